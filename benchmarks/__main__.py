"""``python -m benchmarks NAME [ARGS…]``: run one benchmark."""

from __future__ import annotations

import importlib
import sys

# name -> module with ``main(argv) -> int``; one line per benchmark keeps merges trivial.
BENCHMARKS = {
    "parse": "benchmarks.parse",
    "script": "benchmarks.script",
    "startup": "benchmarks.startup",
    "annotations": "benchmarks.annotations",
    "library": "benchmarks.library",
    "fidelity": "benchmarks.fidelity",
    "archive": "benchmarks.archive",
    "notebook": "benchmarks.notebook",
    "marks": "benchmarks.marks",
}


def main(argv: list[str]) -> int:
    """Dispatch to the named benchmark."""
    if not argv or argv[0] not in BENCHMARKS:
        print(f"usage: python -m benchmarks {{{','.join(sorted(BENCHMARKS))}}} [ARGS…]")
        return 1
    module = importlib.import_module(BENCHMARKS[argv[0]])
    return int(module.main(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
