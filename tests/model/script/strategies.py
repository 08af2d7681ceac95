"""Hypothesis strategies of real text: the samples' characters and those the fold knows."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import strategies as st

from reader.model.document.parser import parse_file
from reader.model.script.fold import fold_table
from tests.conftest import SAMPLES


@lru_cache(maxsize=1)
def _pool() -> list[str]:
    """Real characters: the samples' text plus every character the fold knows, and a few more."""
    chars = set("".join(parse_file(p).text for p in sorted(SAMPLES.iterdir())))
    chars |= {chr(k) for k in list(fold_table())[::7]}
    chars |= set("𫫇😀𠀀AaZzİß ＣＮＡ\t\n")
    return sorted(chars)


def text_of(max_size: int = 40) -> st.SearchStrategy[str]:
    return st.text(alphabet=st.sampled_from(_pool()), max_size=max_size)
