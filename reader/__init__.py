"""Tongwen Reader (同文閱讀器): an offline reader for Chinese-language articles."""

__version__ = "0.1.0"
