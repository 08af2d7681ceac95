"""The command line: ``reader [--data-dir DIR] SUBCOMMAND …`` (DESIGN.md's contract).

:mod:`~reader.cli.main` parses the arguments and dispatches ``show`` and ``convert`` itself;
:mod:`~reader.cli.annotations` and :mod:`~reader.cli.library` hold the ``annotations`` and the
``index``/``search`` subcommands; every user error is a :class:`~reader.cli.errors.CliError`
(exit code 1 with its message). A client of the model layer beside the UI: it imports
``reader.model`` only, never Qt or ``reader.ui``, so a subcommand starts without a display.
"""
