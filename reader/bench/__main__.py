"""``python -m reader.bench NAME [ARGS…]``: run one benchmark."""

from __future__ import annotations

import importlib
import sys

#: benchmark name → module with ``main(argv) -> int``
BENCHES = {
    "library": "reader.bench.library",
}


def main(argv: list[str]) -> int:
    """Dispatch to a benchmark."""
    if not argv or argv[0] not in BENCHES:
        print(f"usage: python -m reader.bench {{{','.join(BENCHES)}}} [ARGS…]", file=sys.stderr)
        return 1
    module = importlib.import_module(BENCHES[argv[0]])
    return int(module.main(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
