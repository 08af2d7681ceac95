#!/usr/bin/env bash
# Set up Tongwen Reader on this machine: system packages a Qt window needs (Linux), a virtual
# environment in .venv, and the Python packages. Safe to run again: it skips what is done.
#   scripts/setup.sh [EXTRAS]     e.g. scripts/setup.sh test,lint
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

# --- System packages (Linux): Qt's xcb libraries and a CJK font -------------------------------
SYSTEM_PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxkbcommon0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 fonts-noto-cjk"
if [ "$(uname -s)" = "Linux" ] && command -v dpkg >/dev/null 2>&1; then
  missing=""
  for pkg in $SYSTEM_PACKAGES; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = "0" ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="none"; fi
    if [ "$sudo" != "none" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing system packages:$missing"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "NOTE: the window needs these system packages; install them with:"
      echo "  sudo apt-get install$missing"
    fi
  fi
fi

# --- Python 3.11+ and the virtual environment ------------------------------------------------
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "Tongwen Reader needs Python 3.11 or newer (python3 --version says: $(python3 --version 2>&1))." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv || {
    echo "Could not create a virtual environment; on Debian/Ubuntu: sudo apt-get install python3-venv" >&2
    exit 1
  }
fi

# Reinstall only when the project's requirements (or the extras asked for) changed.
# A plain install is satisfied by any install of the same pyproject.toml; extras need their own.
hash="$(sha1sum < pyproject.toml | cut -c1-12)"
stamp=".venv/.tongwen-installed-$hash-${extras//,/_}"
if [ -z "$extras" ] && compgen -G ".venv/.tongwen-installed-$hash-*" >/dev/null; then
  stamp="$(compgen -G ".venv/.tongwen-installed-$hash-*" | head -n 1)"
fi
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  .venv/bin/python -m pip install -q -e "$spec"
  touch "$stamp"
fi
