"""Test set-up: offscreen Qt, a data dir per test, and the fixture documents."""

from __future__ import annotations

import gc
import os
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis's deadline for each example is a timed assertion: on the shared 2-core machine an
# example that takes 15 ms took 301 ms under load (test_anchoring failed so). The tests check
# behaviour; timings go in the benchmarks.
settings.register_profile("reader", deadline=None)
settings.load_profile("reader")

# Must be set before any Qt module is imported (pytest-qt imports Qt when the plugin loads
# the first fixture, after this conftest module has been imported).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the window in English whatever the machine's locale (QLocale.system() reads
# these); the language tests install the Chinese catalogues themselves.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "feedposts"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data dir; the real home is never touched."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("READER_DATA_DIR", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    yield path


@pytest.fixture
def samples() -> list[Path]:
    """The three bundled sample documents."""
    return sorted(SAMPLES.iterdir(), key=lambda p: p.name)


def corpus_files() -> list[Path]:
    """Every post of the shared corpus, or [] when ../shared is not there."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file())


def fixture_posts() -> list[Path]:
    """The fixture set of real posts copied from the corpus."""
    return sorted(p for p in (FIXTURES / "corpus").rglob("*.md") if p.is_file())


_ENGLISH: list[object] = []


@pytest.fixture(autouse=True)
def english_interface(request: pytest.FixtureRequest) -> None:
    """Qt tests see the window as ``reader.app`` sets it up in English: with the English
    catalogue (its plural forms, "1 result" / "2 results") installed once for the session."""
    if _ENGLISH or not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    from PySide6.QtCore import QTranslator

    from reader.ui.language import Language, catalogue

    app = request.getfixturevalue("qapp")
    path = catalogue(Language.ENGLISH)
    translator = QTranslator(app)
    assert path is not None and translator.load(str(path)) and app.installTranslator(translator)
    _ENGLISH.append(translator)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to open a connection fails the test (and is recorded)."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise AssertionError(f"network connection attempted: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]
    return attempts


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` made read-only while the block runs, for root too: as root a permission
    bit stops nothing, so the folder is mounted read-only on itself (skipped where mounting
    is not allowed)."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for p in modes:
            p.chmod(0o500 if p.is_dir() else 0o400)
        try:
            yield folder
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    where = str(folder)
    mounted = subprocess.run(["mount", "--bind", where, where], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot make a folder read-only for root here (mount not allowed)")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", where], check=True, capture_output=True)
        yield folder
    finally:
        subprocess.run(["umount", where], check=True, capture_output=True)


@pytest.fixture(autouse=True)
def collector_unfrozen() -> Iterator[None]:
    """What a test's window froze (the indexer does, batch by batch) is collectable again
    after it: one test's objects never outlive it because of another's freeze."""
    yield
    gc.unfreeze()
