"""Benchmarks: ``python -m benchmarks NAME`` (see ``__main__`` for the list)."""
