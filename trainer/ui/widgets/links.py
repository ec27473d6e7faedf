"""Links in feedback labels reachable from the keyboard: Tab moves to a clause link, Return opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel


def keyboard_links(label: QLabel) -> QLabel:
    """Let Tab stop on `label`'s links (one after another) and Return open the focused one."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                  | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return label


def open_focused_link(label: QLabel) -> bool:
    """When `label` has the focus, hand it the Return a window shortcut took (it opens the focused link)."""
    if not label.hasFocus():
        return False
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(label, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    return True
