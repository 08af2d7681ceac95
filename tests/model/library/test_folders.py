"""The bundled sample library."""

from __future__ import annotations

import pytest

from reader.model.library.folders import sample_library
from tests.conftest import SHARED


def test_sample_library_is_found_through_the_package() -> None:
    names = sorted(p.name for p in sample_library().iterdir() if p.suffix == ".txt")
    assert names == [
        "000_d043fc81a1e0b39c.txt",
        "001_9d316e97139cf3b5.txt",
        "002_748dbb50b69d8f79.txt",
    ]


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not beside the project")
def test_samples_are_the_seed_bytes() -> None:
    for seed in (SHARED / "seeds").iterdir():
        assert (sample_library() / seed.name).read_bytes() == seed.read_bytes()
