"""Benchmarks that print measured figures: ``python -m benchmarks NAME`` from the project's
root. Not part of the installed package (they read ``tests/fixtures`` and ``../shared``)."""
