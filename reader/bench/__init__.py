"""Benchmarks: ``python -m reader.bench NAME`` (see ``__main__`` for the list)."""
