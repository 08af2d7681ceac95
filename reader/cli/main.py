"""The command line: ``reader [--data-dir DIR] SUBCOMMAND …``. No Qt is imported here."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.cli import library as library_cli
from reader.cli.annotations import add_annotations_parser
from reader.cli.errors import CliError
from reader.cli.output import TerminalStream
from reader.model.script.modes import DisplayMode

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from typing import Any, TextIO

# What one subcommand alone needs (the parser, the renderer, the converters, the databases,
# logging) is imported when it runs: ``reader convert`` and ``--version`` start without the
# rest (tests/cli/test_lazy_imports.py pins what each of them leaves unimported).

SUBCOMMANDS = ("show", "convert", "annotations", "index", "search")
DESKTOP_FLAGS = ("--install-desktop-entry", "--uninstall-desktop-entry")


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it (``COLUMNS``, the
    terminal, else 80), without importing shutil (and bz2, lzma under it) for every command."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout; argparse makes one for every argument added, to check it."""

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
        width: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width)  # fmt: skip


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so errors become exit code 1 with a message."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{self.prog}: {message}")


class _Version(argparse.Action):
    """``--version``: argparse's own action, without its help formatter (a line that needs
    no wrapping)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        with contextlib.suppress(AttributeError, OSError):  # as argparse prints it
            sys.stdout.write(f"Tongwen Reader {__version__}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = _Parser(prog="reader", description="Tongwen Reader (同文閱讀器)")
    parser.add_argument("--version", action=_Version, help="show program's version number and exit")
    parser.add_argument("--data-dir", type=Path, help="where settings, index and annotations live")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="Linux: add Tongwen Reader to the applications menu and to Open With for .md, .txt"
        " and .html files (under ~/.local/share)",
    )
    desktop.add_argument(
        "--uninstall-desktop-entry", action="store_true", help="remove what that installed"
    )
    # ``prog`` given: argparse would otherwise lay out a usage line to find it, which imports
    # its help formatter (shutil, textwrap) for every command.
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, prog="reader")
    modes = [m.value for m in DisplayMode]
    show = sub.add_parser("show", help="print documents as text, JSON Lines or HTML")
    show.add_argument("files", nargs="+", type=Path)
    show.add_argument("--format", choices=("text", "json", "html"), default="text")
    show.add_argument("--script", choices=modes, default="original")
    conv = sub.add_parser("convert", help="convert standard input to standard output")
    conv.add_argument("--script", choices=modes, required=True)
    conv.add_argument(
        "--characters-only",
        action="store_true",
        help="Taiwan and mainland modes: convert characters, leave regional vocabulary (软件)",
    )
    conv.add_argument(
        "--tai",
        choices=("台", "臺"),
        help="Taiwan mode: write 台灣 or 臺灣 throughout (default: as Taiwan's writers mix them)",
    )
    add_annotations_parser(sub, _Parser, modes)
    library_cli.add_parsers(sub)
    return parser


def _show(args: argparse.Namespace, out: TextIO) -> int:
    from reader.cli.output import json_text
    from reader.model.article.render import document_html, format_date
    from reader.model.document.parser import parse_file
    from reader.model.script.convert import converter_function

    mode = DisplayMode(args.script)
    status = 0
    for path in args.files:
        doc = parse_file(path)
        if doc.error is not None:
            status = 1
            if args.format == "json":
                out.write(json_text(doc.to_json()) + "\n")
            else:
                print(f"reader: {path}: {doc.error}", file=sys.stderr)
            continue
        conv = converter_function(mode, doc.script)
        if args.format == "json":
            data = doc.to_json()
            data["title"] = conv(doc.title)
            data["author"] = conv(doc.author)
            data["text"] = conv(doc.text)
            out.write(json_text(data) + "\n")
        elif args.format == "html":
            out.write(f'<!DOCTYPE html>\n<meta charset="utf-8">\n{document_html(doc, conv)}\n')
        else:
            header = [conv(doc.title)]
            byline = " · ".join(
                p for p in (format_date(doc.date), conv(doc.author), doc.source_url) if p
            )
            if byline:
                header.append(byline)
            out.write("\n".join(header) + "\n\n" + conv(doc.text) + "\n")
            if len(args.files) > 1:
                out.write("\n")
    return status


def _convert(args: argparse.Namespace, out: TextIO) -> int:
    # A filter of the user's own text: written exactly as converted (``out`` is not wrapped).
    from reader.model.document.textio import UnreadableError, decode_bytes
    from reader.model.script.convert import convert
    from reader.model.script.detect import detect_script
    from reader.model.script.modes import Script

    # Bytes, decoded as the file reader decodes a document (UTF-8, UTF-16, GB18030, Big5…):
    # a terminal or a pipe in another encoding is still read, or said to be unreadable.
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    try:
        text = decode_bytes(data).text if data else ""
    except UnreadableError as exc:
        raise CliError(f"reader convert: the input is not text ({exc})") from None
    mode = DisplayMode(args.script)
    source = detect_script(text)
    # An explicit request converts: text the detector places in the target script already (水泥干后
    # has no character only Simplified has) or calls non-Chinese goes the mixed-script route, which
    # converts whatever is there to convert.
    if (
        (mode.is_traditional and source is not Script.SIMPLIFIED)
        or (mode.is_simplified and source is not Script.TRADITIONAL)
    ) and source is not Script.MIXED:
        source = Script.MIXED
    out.write(convert(text, mode, source, vocabulary=not args.characters_only, tai=args.tai))
    return 0


def run(argv: Sequence[str]) -> int:
    """Run a subcommand; returns the exit code."""
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    # Document text and file names reach the terminal only through TerminalStream.
    out = TerminalStream(sys.stdout)
    with contextlib.redirect_stderr(TerminalStream(sys.stderr)):  # type: ignore[type-var]
        try:
            args = build_parser().parse_args(list(argv))
            if args.command == "convert":  # converts, and logs nothing
                return _convert(args, sys.stdout)
            desktop = args.install_desktop_entry or args.uninstall_desktop_entry
            if args.command == "search" and args.library is None and not desktop:
                # Reads the index, writes nothing and logs nothing (only repairing a damaged
                # database logs, which a search leaves alone): logging is ~5 ms of its start.
                return library_cli.run_search(args, out)  # type: ignore[arg-type]
            _quiet_model_logs()
            if desktop:
                from reader.cli.desktop import run_desktop

                return run_desktop(args.install_desktop_entry, args.data_dir, out)  # type: ignore[arg-type]
            if args.command == "show":
                return _show(args, out)  # type: ignore[arg-type]
            if args.command == "annotations":
                from reader.cli.annotations import run_annotations

                return run_annotations(args, out)  # type: ignore[arg-type]
            if args.command == "index":
                return library_cli.run_index(args, out)  # type: ignore[arg-type]
            if args.command == "search":
                return library_cli.run_search(args, out)  # type: ignore[arg-type]
            raise CliError("reader: no subcommand given")
        except CliError as exc:
            print(exc, file=sys.stderr)
            return 1
        except BrokenPipeError:
            return 0
        except KeyboardInterrupt:
            # Everything is committed batch by batch (or in one transaction): nothing is
            # left half-written, and the next run goes on from there.
            print("reader: interrupted", file=sys.stderr)
            return 1
        except OSError as exc:
            where = f" {exc.filename}" if exc.filename else ""
            print(f"reader:{where}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        except Exception as exc:
            # sqlite3 is imported by the subcommands that open a database: an error of it
            # exists only once it is.
            sqlite3 = sys.modules.get("sqlite3")
            if sqlite3 is None or not isinstance(exc, sqlite3.Error):
                raise
            print(f"reader: {_database_problem(exc, args)}", file=sys.stderr)
            return 1


def _quiet_model_logs() -> None:
    """What the model logs is for the window's log; the command line says it in its own
    words (without a handler, Python would print the model's warnings to stderr)."""
    import logging

    logger = logging.getLogger("reader")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def _database_problem(exc: Exception, args: object) -> str:
    """What stopped a database, in the user's terms where the cause is known."""
    import sqlite3

    from reader.model.paths import data_dir

    text = str(exc)
    folder = getattr(args, "data_dir", None)
    try:
        folder = data_dir(folder)
    except OSError:
        folder = None
    if folder is not None and not os.access(folder, os.W_OK):
        return f"the data folder {folder} is read-only: {text}"
    if isinstance(exc, sqlite3.OperationalError) and "disk is full" in text:
        return f"the disk is full: {text}"
    return f"the database cannot be used: {text}"


def wants_cli(argv: Sequence[str]) -> bool:
    """Whether ``argv`` names a subcommand (or --version/--help) rather than paths to open."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--data-dir":
            skip = True
            continue
        if arg.startswith("--data-dir="):
            continue
        if arg in ("--version", "-h", "--help", *DESKTOP_FLAGS):
            return True
        return arg in SUBCOMMANDS
    return False
