"""Tests of reader.model.script."""

import pytest

# mapped_checks is a helper, not a test module: ask pytest to rewrite its asserts too, so that a
# failing invariant shows its values (as it did when check_map lived in test_mapped.py).
pytest.register_assert_rewrite("tests.model.script.mapped_checks")
