"""Scripts: what a text is written in, how it shows in another script, and how both scripts match.

The bottom layer of the model: it imports nothing else of the reader (OpenCC and its data only),
and every other subsystem may import it. ``modes`` names the scripts and display modes and picks
the OpenCC configuration between them, ``detect`` tells which script a text is in, ``tables``
builds OpenCC's converters over compact tables of its dictionaries (searched in place by
``sorted_search`` for a short text), ``convert`` converts,
``mapped`` converts while keeping the map between original offsets and display
positions (UTF-16 units included), and ``fold`` gives both scripts one canonical form. The fold
is here, not with search or find, because the library's full-text search and an article's find
both use it and may not import each other. Two departures from STYLE.md's "pure functions for
conversion" and "frozen dataclasses": converters are built lazily, once, and shared between
threads, because building one loads its dictionaries (DESIGN.md; 10–60 ms, see ``tables``); and
:class:`~reader.model.script.mapped.DisplayText` is a slotted class, not a frozen dataclass,
because it keeps lookup arrays and builds its UTF-16 index only when one is asked for.
"""
