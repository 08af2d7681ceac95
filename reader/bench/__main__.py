"""``python -m reader.bench NAME [ARGS…]``: run one benchmark."""

from __future__ import annotations

import importlib
import sys

# name -> module with ``main(argv) -> int``; one line per benchmark keeps merges trivial.
BENCHMARKS = {
    "parse": "reader.bench.parse",
    "script": "reader.bench.script",
    "startup": "reader.bench.startup",
    "annotations": "reader.bench.annotations",
    "library": "reader.bench.library",
}


def main(argv: list[str]) -> int:
    """Dispatch to the named benchmark."""
    if not argv or argv[0] not in BENCHMARKS:
        print(f"usage: python -m reader.bench {{{','.join(sorted(BENCHMARKS))}}} [ARGS…]")
        return 1
    module = importlib.import_module(BENCHMARKS[argv[0]])
    return int(module.main(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
