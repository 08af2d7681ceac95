"""Benchmarks: ``python -m reader.bench NAME …`` (see :data:`reader.bench.__main__.BENCHES`)."""
