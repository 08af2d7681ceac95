"""``python -m reader``."""

import sys

# ``-m`` put the working directory first on the module path: out with it before the reader
# imports anything (html, bs4, lxml…) that a file there could stand in for.
from reader.model.safe_path import make_safe

make_safe()

from reader.app import main  # noqa: E402 - after the path is safe

# The guard matters: the indexer's worker processes ("spawn") import the main module again.
if __name__ == "__main__":
    sys.exit(main())
