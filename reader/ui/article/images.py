"""Images in the article pane: only raster formats, only from safe places.

The pane (:class:`reader.ui.article.view.ArticleView`) asks for every image through
``loadResource``; these helpers decide what it gets: raster bytes (PNG, JPEG, GIF, WebP,
recognised by their magic number) from ``data:`` URLs or regular files inside the document's
folder, never anything else.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtGui import QImage

from reader.model.document.files import read_file

_MAX_DATA_BYTES = 8 * 1024 * 1024
_MAX_IMAGE_FILE_BYTES = 32 * 1024 * 1024


def raster_format(data: bytes) -> str | None:
    """The raster format of image bytes by their magic number (PNG, JPEG, GIF, WebP), or None.

    Only these are ever decoded, and as the format sniffed, whatever a name or a MIME type
    says: an SVG (which Qt would render, reading every file its ``<image href>`` names, or
    blocking on ``/dev/stdin``) or any other format is never handed to an image reader.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def raster_image(data: bytes) -> QImage | None:
    """``data`` decoded as the raster format it is, or None (any other format, damaged)."""
    kind = raster_format(data)
    if kind is None:
        return None
    # PySide6 takes the format as str (its stubs say bytes, which it refuses).
    image = QImage.fromData(data, kind)  # type: ignore[arg-type]
    return None if image.isNull() else image


def file_image(path: Path, folder: Path) -> QImage | None:
    """The raster image in the regular file ``path`` inside ``folder``, or None."""
    try:
        target = path.resolve()
    except (OSError, ValueError, RuntimeError):
        return None
    if not target.is_relative_to(folder):
        return None
    try:
        # Regular files only (a FIFO or a device is refused on the open handle), bounded.
        data = read_file(target, _MAX_IMAGE_FILE_BYTES).data
    except OSError:
        return None
    return raster_image(data)


def refused_image() -> QImage:
    """What a refused image is drawn as: one transparent pixel (the placeholder text, made by
    the parser, says what it was)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def data_image(url: str) -> QImage | None:
    """The raster image in a ``data:image/…`` URL, or None (SVG or another format, damaged,
    too large)."""
    header, sep, payload = url.partition(",")
    if not sep or not header.lower().startswith("data:image/"):
        return None
    if len(payload) > _MAX_DATA_BYTES * 4 // 3 + 4:
        return None
    try:
        if header.lower().endswith(";base64"):
            data = base64.b64decode(unquote_to_bytes(payload), validate=False)
        else:
            data = unquote_to_bytes(payload)
    except (ValueError, binascii.Error):
        return None
    return raster_image(data)
