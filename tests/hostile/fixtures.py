"""Hostile fixtures: a library folder made the way an attacker would make a downloaded archive.

Nothing here is checked in as a binary: every fixture is written by this module, into a
temporary folder, by the tests of ``tests/hostile`` (one file per attack of issue 10). To look at
them by hand (or to step through them in the window under ``strace``)::

    .venv/bin/python -m tests.hostile.fixtures /tmp/hostile

builds the whole set there and prints what it made.
"""

from __future__ import annotations

import base64
import os
import random
import struct
import sys
import zlib
from pathlib import Path

#: Module names a worker process (or the reader itself) would import from the working
#: directory if it were on ``sys.path``: multiprocessing's own start-up, the parsing libraries,
#: the standard library modules they import lazily, and the site hooks.
TRAP_MODULES = (
    "multiprocessing",
    "bs4",
    "lxml",
    "markdown",
    "frontmatter",
    "charset_normalizer",
    "opencc",
    "yaml",
    "html",
    "concurrent",
    "sitecustomize",
    "usercustomize",
)

#: The text of the private file that must never be shown (``private.png`` is a real image).
PRIVATE_TEXT = "PRIVATE-FILE-CONTENT root:x:0:0"

ESCAPES = {
    "title": "\x1b]0;pwned-title\x07",  # OSC 0: set the terminal window title
    "clear": "\x1b[2J",  # clear the screen
    "clipboard": "\x1b]52;c;cHduZWQ=\x07",  # OSC 52: write the clipboard
    "csi_c1": "\x9b31m",  # C1 CSI
    "nel": "\x85",  # C1 NEL, a line end to some JSON-lines readers
    "separators": "\u2028\u2029",
}


def png(width: int = 12, height: int = 10, seed: int = 0) -> bytes:
    """A small noisy RGB PNG (noise keeps it bigger than a lazy-loading spacer)."""
    rng = random.Random(seed or width * height)
    raw = b"".join(
        b"\x00" + bytes(rng.randrange(256) for _ in range(3 * width)) for _ in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def trap_module(marker: Path, name: str) -> str:
    """The source of a booby-trapped module: importing it appends its name to ``marker``."""
    return (
        "import os\n"
        f"with open({str(marker)!r}, 'a') as f:\n"
        f"    f.write({name!r} + ' imported in ' + str(os.getpid()) + '\\n')\n"
    )


def make_trap_folder(folder: Path, marker: Path, documents: int = 210) -> Path:
    """A folder of ``documents`` posts (enough for the parse pool) beside booby-trapped
    modules (``multiprocessing.py``, ``bs4.py``, ``lxml.py``…)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in TRAP_MODULES:
        (folder / f"{name}.py").write_text(trap_module(marker, name), encoding="utf-8")
    for i in range(documents):
        (folder / f"post-{i:04d}.md").write_text(
            f"---\ntitle: 文章 {i}\ndate: 2024-01-01\n---\n<p>第 {i} 篇的正文。</p>\n",
            encoding="utf-8",
        )
    return folder


def svg_data_uri(href: str) -> str:
    """A ``data:image/svg+xml`` image whose SVG draws the file ``href`` names."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' width="40" height="40">'
        f'<image xlink:href="{href}" href="{href}" width="40" height="40"/>'
        "<rect width='40' height='40' fill='none'/>" + " " * 200 + "</svg>"
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def make_private_file(folder: Path) -> Path:
    """A file outside every library folder that must never be read (a real PNG, so an SVG
    that names it would draw it)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "private.png"
    path.write_bytes(png(8, 8, seed=7))
    (folder / "private.txt").write_text(PRIVATE_TEXT, encoding="utf-8")
    return path


def svg_document(folder: Path, private: Path) -> Path:
    """A post with SVG images naming a private file, ``/dev/stdin`` and a FIFO."""
    folder.mkdir(parents=True, exist_ok=True)
    fifo = folder / "pipe.png"
    if hasattr(os, "mkfifo") and not fifo.exists():
        os.mkfifo(fifo)
    (folder / "inline.svg").write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg"><image href="{private.as_uri()}"/></svg>',
        encoding="utf-8",
    )
    path = folder / "svg.md"
    path.write_text(
        "---\ntitle: SVG 圖片\n---\n"
        f'<p>前。</p><img src="{svg_data_uri(private.as_uri())}" alt="svg-private">'
        f'<img src="{svg_data_uri("/dev/stdin")}" alt="svg-stdin">'
        f'<img src="{svg_data_uri(fifo.as_uri())}" alt="svg-fifo">'
        '<img src="inline.svg" alt="svg-file"><img src="pipe.png" alt="fifo-file">'
        "<p>後。</p>\n",
        encoding="utf-8",
    )
    return path


RICH = '<img src="{}">'


def rich_text_documents(folder: Path, private: Path) -> tuple[Path, Path, str]:
    """A post whose text holds ``<img src=private>`` as text, and a post whose *file name*
    does; returns both and the markup."""
    folder.mkdir(parents=True, exist_ok=True)
    markup = RICH.format(private)
    quoted = folder / "quote.md"
    escaped = markup.replace("<", "&lt;").replace(">", "&gt;")
    quoted.write_text(
        f"---\ntitle: 標題{escaped}\n---\n<p>引文 {escaped} 結束。</p>\n", encoding="utf-8"
    )
    named = folder / f"{markup.replace('/', '∕')}.md"
    named.write_text("---\ntitle: 名字\n---\n<p>名字的文章。</p>\n", encoding="utf-8")
    return quoted, named, markup


def escape_document(folder: Path) -> Path:
    """A post whose title and body hold terminal control sequences."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "escapes.md"
    body = "".join(f"<p>{name}{seq}end</p>" for name, seq in ESCAPES.items())
    path.write_text(
        f'---\ntitle: "標題{ESCAPES["title"]}{ESCAPES["clear"]}"\n---\n{body}\n',
        encoding="utf-8",
    )
    return path


def link_documents(folder: Path, outside: Path) -> dict[str, Path]:
    """Symbolic links in a library folder: to a file outside it, up and out of their folder,
    to ``/etc/passwd``, inside the folder, and to a folder outside."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sub").mkdir(exist_ok=True)
    real = folder / "real.md"
    real.write_text("---\ntitle: 真的\n---\n<p>真的文章。</p>\n", encoding="utf-8")
    secret = outside / "secret.md"
    outside.mkdir(parents=True, exist_ok=True)
    secret.write_text(f"---\ntitle: secret\n---\n<p>{PRIVATE_TEXT}</p>\n", encoding="utf-8")
    links = {
        "passwd": folder / "passwd.md",
        "outside": folder / "outside.md",
        "up": folder / "sub" / "up.md",
        "inside": folder / "alias.md",
        "folder": folder / "elsewhere",
    }
    targets = {
        "passwd": Path("/etc/passwd"),
        "outside": secret,
        "up": Path("..") / "real.md",
        "inside": Path("real.md"),
        "folder": outside,
    }
    for key, link in links.items():
        if not link.is_symlink():
            link.symlink_to(targets[key])
    return links


def special_files(folder: Path) -> dict[str, Path]:
    """A FIFO and links to devices, named like documents."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    fifo = folder / "fifo.md"
    if hasattr(os, "mkfifo") and not fifo.exists():
        os.mkfifo(fifo)
    made["fifo"] = fifo
    return made


def build_all(root: Path) -> dict[str, object]:
    """Every fixture under ``root``: ``library/`` (documents), ``outside/`` (private files)."""
    outside = root / "outside"
    private = make_private_file(outside)
    library = root / "library"
    made: dict[str, object] = {
        "private": private,
        "svg": svg_document(library / "svg", private),
        "rich": rich_text_documents(library / "rich", private),
        "escapes": escape_document(library / "escapes"),
        "links": link_documents(library / "links", outside),
        "special": special_files(library / "special"),
        "traps": make_trap_folder(root / "traps", root / "trap-marker.txt"),
    }
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-fixtures").resolve()
    for name, value in build_all(target).items():
        print(f"{name}: {value}")
