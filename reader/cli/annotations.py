"""``reader annotations export|import``: the annotation part of the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.cli.errors import CliError
from reader.cli.output import json_text

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from typing import Any, TextIO

    from reader.model.annotations.annotation import AnchoredAnnotation, Annotation, DocumentRecord
    from reader.model.annotations.store import AnnotationStore

# The annotation modules are imported when the subcommand runs: the others start without them.


def add_annotations_parser(
    sub: Any, parser_class: type[argparse.ArgumentParser], modes: list[str]
) -> None:
    """Add the ``annotations`` subcommand to the subparsers ``sub``."""
    ann = sub.add_parser("annotations", help="export or import highlights and notes")
    actions = ann.add_subparsers(dest="action", parser_class=parser_class, prog=ann.prog)
    exp = actions.add_parser(
        "export", help="print annotations (of FILEs, or of the whole library) to standard output"
    )
    exp.add_argument("files", nargs="*", type=Path, metavar="FILE")
    exp.add_argument("--format", choices=("markdown", "w3c"), default="markdown")
    exp.add_argument("--script", choices=modes, default="original")
    imp = actions.add_parser("import", help="import a W3C Web Annotation JSON-LD file")
    imp.add_argument("file", type=Path, metavar="FILE.json")


def run_annotations(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``annotations export`` or ``annotations import``; returns the exit code.

    Raises:
        CliError: a user error, with the message to show.
    """
    if args.action not in ("export", "import"):
        raise CliError("reader annotations: say export or import")
    from reader.model.annotations.annotation import StoreError
    from reader.model.annotations.store import AnnotationStore
    from reader.model.paths import DataFiles, data_dir

    folder = data_dir(args.data_dir)
    try:
        if args.action == "import":
            store = AnnotationStore.in_data_dir(folder)
        else:
            # A backup must always be possible: read a copy, write nothing (read-only folders,
            # full disks, the window writing meanwhile).
            store = AnnotationStore.snapshot(DataFiles(folder).annotations)
    except StoreError as exc:
        raise CliError(f"reader: {exc}") from None
    try:
        if args.action == "import":
            return _import(store, args.file, out)
        return _export(store, args, out, folder)
    finally:
        store.close()


def _import(store: AnnotationStore, path: Path, out: TextIO) -> int:
    from reader.model.annotations.transfer import (
        AnnotationImportError,
        import_w3c,
        read_import_file,
    )

    try:
        data = read_import_file(path)
    except FileNotFoundError:
        raise CliError(f"reader: {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"reader: {path}: cannot read it: {exc}") from None
    try:
        result = import_w3c(store, data)
    except AnnotationImportError as exc:
        raise CliError(f"reader: {path}: {exc}") from None
    out.write(
        f"imported {path}: {result.added} added, {result.updated} updated,"
        f" {result.unchanged} already there\n"
    )
    return 0


def _export(store: AnnotationStore, args: argparse.Namespace, out: TextIO, folder: Path) -> int:
    from reader.model.annotations.transfer import (
        document_entry,
        library_entries,
        markdown,
        w3c_collection,
    )
    from reader.model.document.parser import parse_file
    from reader.model.paths import DataFiles
    from reader.model.script.modes import DisplayMode
    from reader.model.script.options import ScriptOptions
    from reader.model.script.rule_file import RuleFile

    status = 0
    entries: list[tuple[DocumentRecord, Sequence[Annotation | AnchoredAnnotation]]] = []
    if args.files:
        for path in args.files:
            doc = parse_file(path)
            if doc.error is not None:
                print(f"reader: {path}: {doc.error}", file=sys.stderr)
                status = 1
                continue
            entry = document_entry(store, doc)
            if entry is None:
                print(f"reader: {path}: no annotations", file=sys.stderr)
                continue
            entries.append(entry)
    else:
        # The whole library: annotations as stored (the documents are not read).
        entries.extend(library_entries(store))
    if args.format == "w3c":
        out.write(json_text(w3c_collection(entries), indent=2) + "\n")
    else:
        # Quotes as the window shows them: with the personal rules of the data folder.
        rules = RuleFile(DataFiles(folder).rules)
        options = ScriptOptions(rules=rules.load())
        if rules.problem is not None:
            print(
                f"reader: the conversion rules are not used: {rules.problem.english}",
                file=sys.stderr,
            )
        out.write(markdown(entries, DisplayMode(args.script), options))
    return status
