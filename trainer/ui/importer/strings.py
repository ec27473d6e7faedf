"""Messages of the Qt-free importer and question exchange, listed for translation (context "core")."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

IMPORTER_MESSAGES = (
    QT_TRANSLATE_NOOP("core", "{name}: not a format trainer can import (use .docx, .pdf, .txt, .md or .html)"),
    QT_TRANSLATE_NOOP("core", "{name}: the file is empty"),
    QT_TRANSLATE_NOOP("core", "{name}: the file is too big ({size:.1f} MB; the limit is {limit} MB)"),
    QT_TRANSLATE_NOOP("core", "{name}: the document is too long to review (more than {n:,} characters)"),
    QT_TRANSLATE_NOOP("core", "{name}: the document holds no text"),
    QT_TRANSLATE_NOOP("core", "{name}: this is not a text file (it holds binary data)"),
    QT_TRANSLATE_NOOP("core", "{name}: this Word file is password-protected (or an old .doc): save it unprotected "
                              "as .docx and import again"),
    QT_TRANSLATE_NOOP("core", "{name}: this .docx is damaged (it has no document part)"),
    QT_TRANSLATE_NOOP("core", "{name}: this .docx is damaged and cannot be read ({why})"),
    QT_TRANSLATE_NOOP("core", "{name}: this PDF is password-protected: save an unprotected copy and import again"),
    QT_TRANSLATE_NOOP("core", "{name}: this PDF is damaged and cannot be read ({why})"),
    QT_TRANSLATE_NOOP("core", "{name}: this PDF has no text: run OCR first"),
    QT_TRANSLATE_NOOP("core", "{name}: no rules found in this document"),
    QT_TRANSLATE_NOOP("core", "{name}: cannot be read ({why})"),
    QT_TRANSLATE_NOOP("core", "{out}: the folder is not empty: choose a new folder for the drafts"),
)
