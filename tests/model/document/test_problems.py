"""Reason codes for files that cannot be read: stored, read back, worded in English."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.model.document.parser import parse_bytes, parse_file
from reader.model.document.problems import ENGLISH, Problem, Reason


@given(st.sampled_from(list(Reason)), st.text(max_size=20))
def test_a_stored_problem_reads_back_the_same(reason: Reason, detail: str) -> None:
    if "{detail}" not in ENGLISH[reason]:
        detail = ""
    problem = Problem(reason, detail)
    back = Problem.decode(problem.encode())
    assert back.english == problem.english
    if reason is not Reason.OTHER:
        assert back == problem


def test_words_stored_before_reason_codes_come_back_as_they_are() -> None:
    assert Problem.decode("permission denied: x") == Problem(Reason.OTHER, "permission denied: x")
    assert Problem.decode("cannot-read:No space left") == Problem(
        Reason.CANNOT_READ, "No space left"
    )


def test_documents_carry_the_code_and_the_english_words(tmp_path: Path) -> None:
    doc = parse_bytes(b"", tmp_path / "a.md")
    assert doc.problem == Problem(Reason.ZERO_BYTES)
    assert doc.error == "the file is empty (0 bytes)"
    binary = parse_bytes(bytes(range(256)) * 4, tmp_path / "b.md")
    assert binary.problem == Problem(Reason.BINARY)
    missing = parse_file(tmp_path / "nope.md")
    assert missing.problem == Problem(Reason.MISSING)
    assert missing.to_json()["error"] == "the file does not exist"  # the CLI's English
