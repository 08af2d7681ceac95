#!/usr/bin/env bash
# Install Tongwen Reader with its test and lint tools (if needed), then run lint, types and tests.
# Extra arguments go to pytest. The whole shared corpus is tested when ../shared is present.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh test,lint
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff format --check reader tests benchmarks main.py
.venv/bin/ruff check reader tests benchmarks main.py
.venv/bin/mypy
.venv/bin/lint-imports --no-cache
.venv/bin/python -m pytest "$@"
