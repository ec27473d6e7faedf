"""Messages raised by the Qt-free core, listed so that pyside6-lupdate collects them for translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from trainer.errors import TrainerError

CORE_MESSAGES = (
    QT_TRANSLATE_NOOP("core", "a name is required"),
    QT_TRANSLATE_NOOP("core", "a name has at most {limit} characters"),
    QT_TRANSLATE_NOOP("core", "a PIN is 4 to 8 digits"),
    QT_TRANSLATE_NOOP("core", "the passcode needs at least 6 characters"),
    QT_TRANSLATE_NOOP("core", "the passcode needs at least 3 different characters"),
    QT_TRANSLATE_NOOP("core", "a manager account exists already"),
    QT_TRANSLATE_NOOP("core", "wrong passcode"),
    QT_TRANSLATE_NOOP("core", "a trainee named '{name}' exists already"),
    QT_TRANSLATE_NOOP("core", "this trainee no longer exists"),
    QT_TRANSLATE_NOOP("core", "wrong PIN"),
    QT_TRANSLATE_NOOP("core", "an assessment needs a name"),
    QT_TRANSLATE_NOOP("core", "too many wrong passcodes: try again in {seconds} seconds"),
    QT_TRANSLATE_NOOP("core", "the manager area is locked"),
    QT_TRANSLATE_NOOP("core", "an assessment named '{name}' exists already"),
    QT_TRANSLATE_NOOP("core", "a team or intake has at most {limit} characters"),
    # trainer/services/content.py, roleplay.py, attempts.py
    QT_TRANSLATE_NOOP("core", "no question {id} in the content"),
    QT_TRANSLATE_NOOP("core", "no lesson {id} in the content"),
    QT_TRANSLATE_NOOP("core", "no scenario {id} in the content"),
    QT_TRANSLATE_NOOP("core", "this play has ended"),
    QT_TRANSLATE_NOOP("core", "this move is not on offer here"),
    QT_TRANSLATE_NOOP("core", "this quiz no longer exists"),
    # trainer/services/live.py
    QT_TRANSLATE_NOOP("core", "a live session is a quiz or a role-play, not {kind}"),
    QT_TRANSLATE_NOOP("core", "unknown language {lang}"),
    QT_TRANSLATE_NOOP("core", "a live session needs a title"),
    QT_TRANSLATE_NOOP("core", "a title has at most {limit} characters"),
    QT_TRANSLATE_NOOP("core", "a live quiz needs at least one question"),
    QT_TRANSLATE_NOOP("core", "a question appears twice in this live quiz"),
    QT_TRANSLATE_NOOP("core", "a question id has 1 to {limit} characters"),
    QT_TRANSLATE_NOOP("core", "no free code for a live session: close some open sessions"),
    QT_TRANSLATE_NOOP("core", "an item id has 1 to {limit} characters"),
    QT_TRANSLATE_NOOP("core", "an item has {low} to {high} choices"),
    QT_TRANSLATE_NOOP("core", "an item's position starts at 0"),
    QT_TRANSLATE_NOOP("core", "this live session has ended"),
    QT_TRANSLATE_NOOP("core", "{item} is not a question of this live quiz"),
    QT_TRANSLATE_NOOP("core", "show an item first"),
    QT_TRANSLATE_NOOP("core", "no such live session"),
    QT_TRANSLATE_NOOP("core", "no open live session has the code {code}"),
    QT_TRANSLATE_NOOP("core", "join the live session first"),
    QT_TRANSLATE_NOOP("core", "the presenter has moved on"),
    QT_TRANSLATE_NOOP("core", "too late: the answer has been revealed"),
    QT_TRANSLATE_NOOP("core", "choice {choice} is not one of the {options} choices"),
    # trainer/services/roster.py
    QT_TRANSLATE_NOOP("core", "the file is neither UTF-8 nor GBK text"),
    QT_TRANSLATE_NOOP("core", "not a CSV text file"),
    QT_TRANSLATE_NOOP("core", "the file is empty"),
    QT_TRANSLATE_NOOP("core", "not a CSV file: {detail}"),
    QT_TRANSLATE_NOOP("core", "the first line must name the columns, with a 'name' (姓名) column"),
    QT_TRANSLATE_NOOP("core", "a quoted field is not closed: a \" is missing"),
    QT_TRANSLATE_NOOP("core", "not valid CSV: {detail}"),
    QT_TRANSLATE_NOOP("core", "too many rows (at most {limit})"),
    QT_TRANSLATE_NOOP("core", "the name is missing"),
    QT_TRANSLATE_NOOP("core", "the name is longer than 100 characters"),
    QT_TRANSLATE_NOOP("core", "the name contains control characters"),
    QT_TRANSLATE_NOOP("core", "'{name}' is listed twice (first on line {first})"),
    QT_TRANSLATE_NOOP("core", "a team or intake is longer than 100 characters"),
    QT_TRANSLATE_NOOP("core", "the file lists no trainees"),
    # trainer/services/backup.py
    QT_TRANSLATE_NOOP("core", "the backup could not be made: {detail}"),
    QT_TRANSLATE_NOOP("core", "{file} is damaged (the integrity check failed)"),
    QT_TRANSLATE_NOOP("core", "{file} is not a trainer database"),
    QT_TRANSLATE_NOOP("core", "{file} is not a trainer database: {detail}"),
    QT_TRANSLATE_NOOP("core", "{file} was written by a newer version of trainer (schema {revision})"),
    QT_TRANSLATE_NOOP("core", "{file} cannot be restored ({detail}); nothing was changed"),
    QT_TRANSLATE_NOOP("core", "the restore failed: {detail}; the records before it are in {kept}"),
    # trainer/db/failures.py
    QT_TRANSLATE_NOOP("core", "cannot save to {where}: the database file or its folder is read-only. Nothing was "
                              "changed; make it writable (or start trainer with another --db) and try again"),
    QT_TRANSLATE_NOOP("core", "cannot save to {where}: the disk is full. Everything saved before is kept; free some "
                              "space and try again"),
    QT_TRANSLATE_NOOP("core", "the disk holding {where} reported an error ({detail}). Everything saved before is "
                              "kept: copy the file somewhere safe and check the disk"),
    QT_TRANSLATE_NOOP("core", "the database server {where} cannot be reached ({detail}); nothing can be saved until "
                              "it is back"),
)


def translated(template: str, fields: dict) -> str:
    """A core message template in the interface language, filled in."""
    text = QCoreApplication.translate("core", template)
    try:
        return text.format(**fields) if fields else text
    except (KeyError, IndexError, ValueError):
        return template.format(**fields) if fields else template


def message(exc: BaseException) -> str:
    """The error's text in the interface language."""
    if isinstance(exc, TrainerError) and exc.template:
        translated = QCoreApplication.translate("core", exc.template)
        try:
            return translated.format(**exc.fields) if exc.fields else translated
        except (KeyError, IndexError, ValueError):
            return str(exc)
    return str(exc)


SPEECH_REASONS = (
    QT_TRANSLATE_NOOP("speech", "the speech engine is starting"),
    QT_TRANSLATE_NOOP("speech", "no Chinese (Mandarin) voice is installed"),
    QT_TRANSLATE_NOOP("speech", "no English voice is installed"),
    QT_TRANSLATE_NOOP("speech", "espeak-ng is not installed (sudo apt-get install espeak-ng)"),
    QT_TRANSLATE_NOOP("speech", "no audio output device was found"),
    QT_TRANSLATE_NOOP("speech", "speech is switched off (TRAINER_TTS=off)"),
    QT_TRANSLATE_NOOP("speech", "the speech engine produced no audio"),
    QT_TRANSLATE_NOOP("speech", "the speech engine did not start"),
)


def speech_reason(reason: str) -> str:
    """Why reading aloud is unavailable, in the interface language."""
    return QCoreApplication.translate("speech", reason)
