"""Messages the Qt-free scenario code raises (content/twee_files.py, content/scenario_store.py), listed here so
pyside6-lupdate collects them for translation (context "core", as trainer/ui/core_strings.py shows them)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MAP_CORE_MESSAGES = (
    QT_TRANSLATE_NOOP("core", "no scenario '{id}' in {dir}"),
    QT_TRANSLATE_NOOP("core", "no scenario '{id}'"),
    QT_TRANSLATE_NOOP("core", "{path}: cannot be read: {why}"),
    QT_TRANSLATE_NOOP("core", "cannot write {path}: {why}"),
    QT_TRANSLATE_NOOP("core", "cannot read {path}: {why}"),
    QT_TRANSLATE_NOOP("core", "{path}: too large for a Twee story"),
    QT_TRANSLATE_NOOP("core", "{path}: not UTF-8 text (Twee files are UTF-8)"),
    QT_TRANSLATE_NOOP("core", "'{id}' is not a scenario id (lower-case kebab-case, e.g. upset-customer)"),
    QT_TRANSLATE_NOOP("core", "{path} exists already (use --force to replace it)"),
    QT_TRANSLATE_NOOP("core", "{path}: a Twee story ends in .twee or .tw"),
    QT_TRANSLATE_NOOP("core", "not published: {count} findings to resolve first ({first})"),
    QT_TRANSLATE_NOOP("core", "cannot remove the draft {path}: {why}"),
)
