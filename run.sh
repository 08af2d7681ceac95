#!/usr/bin/env bash
# Install Tongwen Reader (if needed) and start it. Arguments go to the app: files/folders to open,
# --data-dir DIR, or a subcommand such as `show FILE`.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
