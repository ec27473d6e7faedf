"""Links in feedback labels reachable from the keyboard: Tab moves to a clause link, Return opens it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel


def keyboard_links(label: QLabel) -> QLabel:
    """Let Tab stop on `label`'s links (one after another) and Return open the focused one."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                  | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if not hasattr(label, "_first_link"):
        label._first_link = _FirstLinkOnTab(label)
        label.installEventFilter(label._first_link)
    return label


class _FirstLinkOnTab(QObject):
    """Tab into a label highlights its first link (Qt's label takes the focus with no link chosen, and Return
    then opens nothing)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and event.reason() == Qt.FocusReason.TabFocusReason:
            obj.focusNextPrevChild(True)
        return False


def open_focused_link(label: QLabel, shortcuts) -> bool:
    """When `label` has the focus, hand it the Return that one of `shortcuts` took (it opens the focused link);
    the shortcuts are off meanwhile, or they would take it again."""
    if not label.hasFocus():
        return False
    enabled = [(s, s.isEnabled()) for s in shortcuts]
    for s, _ in enabled:
        s.setEnabled(False)
    try:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(label, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    finally:
        for s, on in enabled:
            s.setEnabled(on)
    return True
