#!/usr/bin/env bash
# Update the interface catalogues from the code, then build the .qm files the app loads.
#   bash scripts/translations.sh          # lupdate (new strings appear as unfinished) + lrelease
#   bash scripts/translations.sh release  # lrelease only
# Translate with Qt Linguist (.venv/bin/pyside6-linguist) or by editing the .ts files.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=resources/translations
mapfile -t sources < <(find reader/ui -name '*.py' | sort)
if [[ "${1:-}" != release ]]; then
    for lang in zh_TW zh_CN; do
        .venv/bin/pyside6-lupdate "${sources[@]}" -locations none -no-obsolete \
            -target-language "$lang" -ts "$dir/tongwen_$lang.ts"
    done
    # English is the source language: its catalogue holds only the plural forms.
    .venv/bin/pyside6-lupdate "${sources[@]}" -locations none -no-obsolete -pluralonly \
        -target-language en -ts "$dir/tongwen_en.ts"
fi
for lang in zh_TW zh_CN en; do
    .venv/bin/pyside6-lrelease -silent "$dir/tongwen_$lang.ts" -qm "$dir/tongwen_$lang.qm"
done
