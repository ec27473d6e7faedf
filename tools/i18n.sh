#!/usr/bin/env bash
# Collect the interface strings into resources/i18n/*.ts (edit translations there, e.g. with
# pyside6-linguist), then compile them to the .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
"$BIN/pyside6-lupdate" $(find trainer/ui -name '*.py' | sort) -ts resources/i18n/trainer_zh_CN.ts -no-obsolete
"$BIN/pyside6-lrelease" resources/i18n/trainer_zh_CN.ts -qm resources/i18n/trainer_zh_CN.qm
