"""Tests of the build scripts under scripts/."""
