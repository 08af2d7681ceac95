"""Bundled resources (installed as ``reader.resources``): the sample library."""
