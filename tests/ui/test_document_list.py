"""The document list model: Qt's model tester, ordering, converted titles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.modeltest import ModelTester

from reader.model.document import DocumentSummary, Script
from reader.ui.document_list import DocumentListModel, DocumentSortModel, ErrorRole


def _summary(name: str, day: int | None, script: Script = Script.TRADITIONAL) -> DocumentSummary:
    date = datetime(2020, 10, day, tzinfo=UTC) if day else None
    return DocumentSummary(Path(f"/lib/{name}.md"), f"標題{name}", date, "中央社", script)


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = DocumentListModel()
    model.set_documents([_summary("a", 1), _summary("b", 2)])
    model.add_documents([_summary("c", 3), _summary("a", 4)])
    qtmodeltester.check(model)
    proxy = DocumentSortModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_newest_first_undated_last() -> None:
    model = DocumentListModel()
    model.set_documents([_summary("old", 1), _summary("none", None), _summary("new", 9)])
    proxy = DocumentSortModel()
    proxy.setSourceModel(model)
    titles = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert titles == ["標題new", "標題old", "標題none"]


def test_titles_follow_the_converter() -> None:
    model = DocumentListModel()
    model.set_documents([_summary("亞", 1)])
    assert model.index(0).data() == "標題亞"
    model.set_converter(lambda text, script: text.replace("標題", "标题"))
    assert model.index(0).data() == "标题亞"


def test_error_rows_carry_their_reason() -> None:
    model = DocumentListModel()
    bad = DocumentSummary(
        Path("/lib/x.md"), "x.md", None, "", Script.NON_CHINESE, "the file is empty"
    )
    model.set_documents([bad])
    assert model.index(0).data(ErrorRole) == "the file is empty"
