"""``python -m reader``."""

import sys

from reader.app import main

# The guard matters: the indexer's worker processes ("spawn") import the main module again.
if __name__ == "__main__":
    sys.exit(main())
