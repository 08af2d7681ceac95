"""Dispatch ``python -m reader.bench NAME``."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = {
    "startup": "reader.bench.startup",
}


def main() -> int:
    """Run the named benchmark."""
    if len(sys.argv) < 2 or sys.argv[1] not in BENCHMARKS:
        print(f"usage: python -m reader.bench {{{','.join(sorted(BENCHMARKS))}}} [ARGS…]")
        return 1
    module = importlib.import_module(BENCHMARKS[sys.argv[1]])
    return int(module.main(sys.argv[2:]))


sys.exit(main())
