"""The Qt-free model layer: documents, script conversion, articles, the library and annotations.

Nothing here imports PySide6 (ruff's banned-api rule fails it), ``reader.ui``, ``reader.cli``
or ``reader.app``; paths and settings come in as arguments. One package per subsystem, in
layers: :mod:`~reader.model.script` at the bottom (scripts, conversion, folding), then
:mod:`~reader.model.document` (a file parsed into a document), and on both, side by side and
never importing one another, :mod:`~reader.model.article` (one document as it is shown),
:mod:`~reader.model.library` (all documents: index and search) and
:mod:`~reader.model.annotations` (highlights and notes); what joins two of those is composed
above them, in the UI. :mod:`~reader.model.paths` (the data folder and the names of its files)
imports nothing of the reader and may be used by every subsystem. Where this departs from
STYLE.md: its tests live in ``tests/model/<subsystem>/test_<module>.py``, not in a flat
``tests/model/test_<module>.py``, because mirroring a tree of subsystem packages means one
folder per package.
"""
