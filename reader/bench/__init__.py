"""Benchmarks: ``python -m reader.bench SUBCOMMAND`` (see ``__main__`` for the list)."""
