#!/usr/bin/env bash
# After a merge: collect the strings of every branch, fill the translations kept in resources/i18n/pending/*.json,
# and compile. (Each line of work keeps its new translations in its own JSON map, so merges never lose them.)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
TS=resources/i18n/trainer_zh_CN.ts
# what either side of the merge (and the commit before it) had translated, wherever its code now lives
known="$(mktemp --suffix=.json)"; trap 'rm -f "$known" "$known".*' EXIT
for rev in HEAD MERGE_HEAD HEAD~1; do
    git show "$rev:$TS" > "$known.$rev.ts" 2>/dev/null || true
done
"$BIN/python" tools/ts_known.py "$known".*.ts > "$known"
"$BIN/pyside6-lupdate" $(find trainer/ui -name '*.py' | sort) -ts resources/i18n/trainer_zh_CN.ts -no-obsolete >/dev/null
for map in resources/i18n/pending/*.json; do
    "$BIN/python" tools/ts_fill.py resources/i18n/trainer_zh_CN.ts "$map" >/dev/null
done
"$BIN/python" tools/ts_fill.py "$TS" "$known"
"$BIN/pyside6-lrelease" resources/i18n/trainer_zh_CN.ts -qm resources/i18n/trainer_zh_CN.qm >/dev/null
