"""What ``reader --version``, ``reader convert`` and ``reader search`` leave unimported.

Each subcommand imports what it needs when it runs (reader/cli/main.py): a new process, as a
user starts it, must not pull in the window, the parser's HTML stack, the databases or the
dataclass machinery where the command has no use for them. These run the command line in a
fresh interpreter (``-I``: nothing from the environment or the working folder) and look at
``sys.modules`` when it is done.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.app import main
from tests.conftest import SAMPLES

# The arguments come one a line; what the command printed, then one module a line, go back.
_PROBE = """
import contextlib, io, sys
from reader.app import main
sys.stdin = io.TextIOWrapper(io.BytesIO(sys.argv[2].encode()), encoding="utf-8")
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
    main(sys.argv[1].split("\\n"))
sys.stdout.write(out.getvalue() + "\\0" + "\\n".join(sorted(sys.modules)))
"""

# Never wanted by a command that shows no window and parses no document.
_NEVER = ("PySide6", "shiboken6", "bs4", "lxml", "frontmatter", "yaml", "markdown_it",
          "charset_normalizer", "opencc", "reader.ui")  # fmt: skip


def _imported(args: list[str], stdin: str = "") -> tuple[str, set[str]]:
    result = subprocess.run(
        [sys.executable, "-I", "-c", _PROBE, "\n".join(args), stdin],
        capture_output=True, text=True, encoding="utf-8", check=True, timeout=120,
    )  # fmt: skip
    out, _, modules = result.stdout.partition("\0")
    return out, set(modules.split("\n"))


def _under(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m in names or m.startswith(tuple(n + "." for n in names)))


def test_version_imports_the_argument_parser_only(tmp_path: Path) -> None:
    out, modules = _imported(["--data-dir", str(tmp_path), "--version"])
    assert out.startswith("Tongwen Reader ")
    unwanted = (*_NEVER, "reader.model.document", "reader.model.script.tables",
                "reader.model.paths", "platformdirs", "sqlite3", "logging", "json", "typing",
                "dataclasses", "inspect", "subprocess", "shutil")  # fmt: skip
    assert _under(modules, unwanted) == []


def test_convert_imports_the_converter_without_rules_logging_or_databases(tmp_path: Path) -> None:
    out, modules = _imported(
        ["--data-dir", str(tmp_path), "convert", "--script", "taiwan"], "我用软件下载视频\n"
    )
    assert out == "我用軟體下載影片\n"
    assert {"reader.model.script.tables", "reader.model.script.native"} <= modules
    unwanted = (*_NEVER, "reader.model.document.parser", "reader.model.script.rules",
                "reader.model.script.options", "reader.model.library", "platformdirs", "sqlite3",
                "logging", "dataclasses", "inspect", "gzip", "subprocess", "shutil")  # fmt: skip
    assert _under(modules, unwanted) == []


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    assert main(["--data-dir", str(data), "index", str(SAMPLES)]) == 0
    return data


def test_search_imports_the_index_without_the_parse_pool_or_the_window(indexed: Path) -> None:
    out, modules = _imported(["--data-dir", str(indexed), "search", "停火", "--limit", "3"])
    assert "停火" in out
    assert {"reader.model.library.search", "reader.model.script.fold"} <= modules
    # The index is opened and searched; nothing of the document layer but its version (the
    # parser, its document classes), of the list (listing), of updating (the scan, progress),
    # the renderer (for a date), the repair of damaged databases (storage) or logging is
    # imported, nor typing.
    unwanted = (
        *_NEVER,
        "multiprocessing",
        "concurrent.futures.process",
        "platformdirs",
        "tempfile",
        "logging",
        "typing",
        "reader.model.document.parser",
        "reader.model.document.document",
        "reader.model.document.problems",
        "reader.model.article.render",
        "reader.model.library.listing",
        "reader.model.library.records",
        "reader.model.library.scan",
        "reader.model.library.progress",
        "reader.model.storage",
    )
    assert _under(modules, unwanted) == []
