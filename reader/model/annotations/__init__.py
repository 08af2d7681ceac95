"""Highlights and notes: anchored to a document's original text, stored, exported and imported.

Imports document (the document a highlight belongs to, and how it is recognised after a move) and
script (an export in a display script), never article or library; the store counts by path
(``counts_by_path``, ``count_at_path``) and the UI puts the counts on the library's rows.
``annotation`` holds the value types, the colours and the errors, ``anchoring`` the W3C selectors
and re-anchoring (by position, then exact quote, then fuzzy; what cannot be placed is an orphan,
never dropped), ``schema`` the tables and their migrations, ``store`` the SQLite store that commits
every change at once, ``transfer`` Markdown and W3C Web Annotation JSON-LD out and in, and
``changes`` the typed change events the UI passes on. The store's database file is named in
:mod:`reader.model.paths`, which any subsystem may import.
"""
