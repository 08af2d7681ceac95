"""The fast paths of the link and image checks give urlparse's verdicts, on every address of the
shared corpus and on generated ones."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.document.html_blocks import _SCHEME_RE, parsed_safe_href, safe_href
from tests.conftest import corpus_files

_ATTRIBUTE_RE = re.compile(r"""(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


@lru_cache(maxsize=1)
def _corpus_addresses() -> list[str]:
    """Every href and src value (and front-matter line) of the shared corpus's posts."""
    found: set[str] = set()
    for path in corpus_files():
        text = path.read_bytes().decode("utf-8", "replace")
        for match in _ATTRIBUTE_RE.finditer(text):
            found.add(match[1] if match[1] is not None else match[2])
        found.update(line.partition(":")[2] for line in text.splitlines()[:12] if ":" in line)
    return sorted(found)


def _has_scheme_by_urlparse(src: str) -> bool:
    try:
        parsed = urlparse(src)
    except ValueError:
        return True  # refused: no file of the folder either way
    return bool(parsed.scheme or parsed.netloc)


def _same_verdicts(address: str) -> None:
    assert safe_href(address) == (parsed_safe_href(address.strip()) if address else None)
    stripped = address.strip()
    if _SCHEME_RE.match(stripped):
        assert _has_scheme_by_urlparse(stripped)


def test_every_address_of_the_corpus_gets_urlparse_s_verdict() -> None:
    addresses = _corpus_addresses()
    for address in addresses:
        _same_verdicts(address)
    # Where the corpus is there, the fast path is the common case.
    if addresses:
        fast = sum(1 for a in addresses if safe_href(a) and "://" in a[:10])
        assert fast > len(addresses) // 4


_PIECES = [
    *"hHtTpPsSmailoAL:/?#[]@.%-_+~ \t\n\r\x01ſKK中國",
    "http",
    "https",
    "mailto",
    "://",
    "//",
]
_URLISH = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=500)
@given(
    st.one_of(_URLISH, st.text(max_size=30), st.from_regex(r"\A(https?|mailto|HTTPS)://.{0,20}"))
)
def test_generated_addresses_get_urlparse_s_verdict(address: str) -> None:
    _same_verdicts(address)


def test_the_shapes_at_the_edges() -> None:
    assert safe_href("https://example.com/a?b#c") == "https://example.com/a?b#c"
    assert safe_href("  HTTP://Example.com ") == "HTTP://Example.com"
    assert safe_href("https://[::1/") is None  # urlparse refuses it: one bracket
    assert safe_href("httpſ://x") is None  # not a scheme (the long s only folds to s)
    assert safe_href("ht\ttps://x") == "ht\ttps://x"  # urlparse drops the tab: https
    assert safe_href("https://中國.tw/路") == "https://中國.tw/路"
