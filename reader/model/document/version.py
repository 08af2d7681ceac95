"""The parser's version and the file suffixes it reads: what the library index and its scan
need of the parser, without importing it (its document classes, patterns and tables are ~15 ms
of ``reader search``'s start-up). :mod:`~reader.model.document.parser` re-exports both.
"""

from __future__ import annotations

#: Bump whenever parsing output changes (or a pickled class moves): cached documents of another
#: version are parsed again.
# 7: embed cards keep their words out of the text (Block.card); 8: nesting bounded, CRLF read,
# documents read through files.py (links, special files); 9: the author's spaces between Chinese
# words kept (only source line breaks between Chinese characters vanish), Block.lang; 10:
# Markdown lists nested by two spaces, bold table header cells, media titles, captions not
# repeated by the placeholder, dates from a 日期： line of the body.
PARSER_VERSION = 10

DOCUMENT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm"})
