"""The bundled sample library (the seed documents), found in editable and regular installs."""

from __future__ import annotations

from pathlib import Path

from reader.model.script.tables import package_folder


def sample_library() -> Path:
    """The folder of the bundled sample documents (the seed documents)."""
    try:
        root = package_folder("reader.resources")  # without importlib.resources' zip readers
    except ModuleNotFoundError:
        # Running from a source tree that was never installed: resources/ sits beside reader/.
        return Path(__file__).resolve().parents[3] / "resources" / "samples"
    return root / "samples"
