"""One article as the reader shows it: rendered, converted for a display mode, searched, resumed.

Imports document and script, never library or annotations (nor do they import it): an article is put
together with its annotations and its library entry in the UI. ``render`` makes the pane's HTML (and
that of ``reader show --format html``), ``display`` converts a document for one mode (title, clean
text with its position map and HTML, all from the same run conversions) and ``render_article`` reads
and shows one in a call, with the date format passed in; ``display_cache`` keeps those conversions
per document and mode, ``find`` finds words across scripts and answers in offsets of the original
text, and ``positions`` keeps where the reader left off in each document (SQLite, in the data
folder).
"""
