"""The bundled sample library (the seed documents), found in editable and regular installs."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_library() -> Path:
    """The folder of the bundled sample documents (the seed documents)."""
    try:
        root = resources.files("reader.resources")
    except ModuleNotFoundError:
        # Running from a source tree that was never installed: resources/ sits beside reader/.
        return Path(__file__).resolve().parents[3] / "resources" / "samples"
    return Path(str(root.joinpath("samples")))
