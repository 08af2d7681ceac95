"""Start Tongwen Reader: ``python main.py [--data-dir DIR] [PATH…]`` or a subcommand."""

import sys

from reader.app import main

if __name__ == "__main__":
    sys.exit(main())
