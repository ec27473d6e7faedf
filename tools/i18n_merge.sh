#!/usr/bin/env bash
# After a merge: collect the strings of every branch, fill the translations kept in resources/i18n/pending/*.json,
# and compile. (Each line of work keeps its new translations in its own JSON map, so merges never lose them.)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
"$BIN/pyside6-lupdate" $(find trainer/ui -name '*.py' | sort) -ts resources/i18n/trainer_zh_CN.ts -no-obsolete >/dev/null
for map in resources/i18n/pending/*.json; do
    "$BIN/python" tools/ts_fill.py resources/i18n/trainer_zh_CN.ts "$map" >/dev/null
done
"$BIN/python" tools/ts_fill.py resources/i18n/trainer_zh_CN.ts
"$BIN/pyside6-lrelease" resources/i18n/trainer_zh_CN.ts -qm resources/i18n/trainer_zh_CN.qm >/dev/null
