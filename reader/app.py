"""Application entry point: the command line, or the window."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.cli.main import run as run_cli
from reader.cli.main import wants_cli
from reader.model.safe_path import child_environment, make_safe

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reader", description="Tongwen Reader (同文閱讀器)")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders to open")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def _window_icon() -> QIcon:
    from importlib import resources

    from PySide6.QtGui import QIcon

    icon = resources.files("reader.resources").joinpath("icons/tongwen-reader.png")
    return QIcon(str(icon))


def run_gui(argv: Sequence[str]) -> int:
    """Start the window."""
    args = _gui_args(argv)
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(f"reader: no such file or folder: {missing[0]}", file=sys.stderr)
        return 1
    from reader.model.paths import data_dir

    try:
        folder = data_dir(args.data_dir)
    except OSError as exc:
        where = args.data_dir or "the data folder"
        print(f"reader: cannot use {where} for the reader's data: {exc.strerror or exc}",
              file=sys.stderr)  # fmt: skip
        return 1
    from reader.ui.instance import InstanceServer, hand_off

    paths = [p.resolve() for p in args.paths]
    # A window already open on this data folder: it opens the files, this process is done.
    if hand_off(folder, paths):
        return 0
    from PySide6.QtWidgets import QApplication

    from reader.ui.interrupt import InterruptCloser
    from reader.ui.language import chosen_language, install_translators
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import open_settings

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Tongwen Reader")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("tongwen-reader")
    app.setWindowIcon(_window_icon())
    # Translators go in before any widget exists: texts are translated when widgets are built.
    language = chosen_language(open_settings(folder))
    install_translators(app, language)
    window = MainWindow(folder, paths, language=language)
    server = InstanceServer(folder, window)
    server.opened.connect(window.open_handed_over)
    window.show()
    # What start-up built (modules, Qt wrappers, dictionaries) lives as long as the app: keeping
    # it out of full garbage collections halves their pauses on the UI thread (44 → 20 ms
    # with a 64,000-document library open).
    gc.freeze()
    # Ctrl+C in the terminal closes the window (saving state) at once, not at Qt's next timer.
    InterruptCloser(window)
    return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``reader`` with ``argv`` (default: the process arguments)."""
    args = list(sys.argv[1:] if argv is None else argv)
    # ``python -m reader`` puts the working directory (often a downloaded archive) first on the
    # module path: nothing imported from now on (bs4, lxml…), here or in a child, comes from it.
    make_safe()
    child_environment()
    if wants_cli(args):
        return run_cli(args)
    return run_gui(args)
