"""Kill test: a writer killed with SIGKILL at random moments loses nothing it reported saved."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.model.annotations.store import DB_NAME, AnnotationStore

ROOT = Path(__file__).resolve().parents[3]

# Adds, edits and deletes annotations as fast as it can; prints each id once the call returned
# (that is, once the change was committed): what the window would show as saved.
_WRITER = """
import sys
from pathlib import Path
from reader.model.annotations.annotation import Colour
from reader.model.annotations.store import AnnotationStore
from reader.model.document.document import Block, BlockKind, Span, make_document

text = "北京時間下午三點，美國總統宣布新的關稅政策。𫫇🙂" * 40
doc = make_document(Path(sys.argv[2]), "關稅", (Block(BlockKind.PARAGRAPH, (Span(text),)),))
store = AnnotationStore.in_data_dir(Path(sys.argv[1]))
colours = list(Colour)
i = 0
while True:
    start = (i * 7) % (len(text) - 20)
    ann = store.add(doc, start, start + 5 + i % 15, colours[i % 5], "筆記 %d" % i)
    print("add", ann.id, flush=True)
    if i % 3 == 0:
        store.set_note(ann.id, "改過 %d" % i)
        print("note", ann.id, flush=True)
    if i % 5 == 0:
        store.delete(ann.id)
        print("delete", ann.id, flush=True)
    i += 1
"""

ROUNDS = 30


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_burst_loses_nothing_saved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    rng = random.Random(20240501)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    added: set[str] = set()
    noted: set[str] = set()
    deleted: set[str] = set()
    began = time.monotonic()
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(data), str(tmp_path / "doc.md")],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the writer is running: now kill it at a random moment
        assert first.startswith("add "), first
        time.sleep(rng.uniform(0, 0.15))
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.stdout.close()
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        # A line cut off by the kill was never completely reported: only whole lines count.
        for line in (first + rest).splitlines(keepends=True):
            if not line.endswith("\n"):
                continue
            kind, ann_id = line.split()
            {"add": added, "note": noted, "delete": deleted}[kind].add(ann_id)
        db = sqlite3.connect(data / DB_NAME)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = dict(db.execute("SELECT id, note FROM annotations").fetchall())
        gone = {r[0] for r in db.execute("SELECT id FROM annotations WHERE deleted IS NOT NULL")}
        db.close()
        assert added <= rows.keys()
        assert all(rows[i].startswith("改過") for i in noted)
        assert deleted <= gone
    assert len(added) > ROUNDS
    with AnnotationStore.in_data_dir(data) as store:  # and the store still opens and works
        assert len(store.all_annotations()) == len(rows) - len(gone)
    assert time.monotonic() - began < 60
