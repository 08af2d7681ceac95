"""``python -m reader.bench SUBCOMMAND [ARGS…]``: dispatch to one benchmark module's ``main``."""

from __future__ import annotations

import importlib
import sys

#: subcommand -> module with ``main(argv: list[str]) -> int``
SUBCOMMANDS = {
    "parse": "reader.bench.parse",
}


def main(argv: list[str]) -> int:
    """Run the named benchmark."""
    if not argv or argv[0] not in SUBCOMMANDS:
        print(f"usage: python -m reader.bench {{{','.join(SUBCOMMANDS)}}} [args]", file=sys.stderr)
        return 1
    module = importlib.import_module(SUBCOMMANDS[argv[0]])
    result: int = module.main(argv[1:])
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
