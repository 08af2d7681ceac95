"""The one error type of the command line."""

from __future__ import annotations


class CliError(Exception):
    """A user error: how a command was called, or a file it was given, is wrong.

    :func:`reader.cli.main.run` prints the message as it is to standard error and returns exit
    code 1, never a traceback; so each message carries its own prefix (``reader search: …``,
    ``reader: PATH: …``).
    """
