"""Benchmarks: ``python -m reader.bench NAME [ARGS…]`` prints measured figures."""
