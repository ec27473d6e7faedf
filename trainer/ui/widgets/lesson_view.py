"""The lesson text: a QTextBrowser that loads nothing from anywhere and scrolls to clauses."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from trainer.ui import style


def _css() -> str:
    c = style.DARK if style.is_dark() else style.LIGHT
    return f"""
        h1 {{ font-size: x-large; font-weight: 700; margin-bottom: 4px; }}
        p.summary {{ color: {c['muted']}; margin-bottom: 12px; }}
        h2 {{ font-size: large; font-weight: 700; margin-top: 18px; margin-bottom: 6px; color: {c['accent_strong']}; }}
        p {{ line-height: 160%; margin-top: 4px; margin-bottom: 4px; }}
        p.clause {{ margin-top: 6px; margin-bottom: 6px; }}
        span.num {{ color: {c['accent']}; font-weight: 700; }}
        blockquote {{ color: {c['muted']}; margin-left: 18px; margin-right: 12px; }}
        p.sources {{ color: {c['muted']}; font-size: small; margin-bottom: 12px; }}
        p.cite {{ font-size: small; }}
        table.conflict {{ margin-left: 18px; margin-right: 12px; margin-top: 2px; margin-bottom: 8px;
                          background-color: {c['sidebar']}; border: 1px solid {c['accent']}; }}
        table.conflict td {{ border: none; padding: 6px 10px; }}
        a.src {{ color: {c['muted']}; }}
        li {{ line-height: 150%; }}
        a {{ color: {c['accent']}; text-decoration: none; }}
        table {{ border-collapse: collapse; }}
        th, td {{ border: 1px solid {c['border']}; padding: 4px 8px; }}
        th {{ background-color: {c['sidebar']}; }}
    """


class LessonView(QTextBrowser):
    clause_link_clicked = Signal(str)  # "article-id:1.2"
    sources_toggled = Signal(str)  # a clause number whose "来源 / Sources" link was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LessonView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.document().setDocumentMargin(24)

    def show_html(self, html: str, untranslated: bool = False) -> None:
        """`untranslated`: the lesson is written in one language only, shown here in its original one."""
        if untranslated:
            import html as html_lib

            note = self.tr("Not translated yet: this lesson is shown in its original language.")
            html = f'<p class="summary"><b>{html_lib.escape(note)}</b></p>\n' + html
        self.document().setDefaultStyleSheet(_css())
        self.setHtml(html)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        return None  # no images, no files, no network: a lesson is text only

    def clause_at_cursor(self) -> str | None:
        """The anchor of the clause the text cursor (or selection) is in, if any."""
        block = self.textCursor().block()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                for name in fmt.anchorNames():
                    if name.startswith("c-"):
                        return name
                it += 1
            text = block.text()
            if text[:1].isdigit() and "." in text[:6]:
                break
            block = block.previous()
        return None

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "clause":
            self.clause_link_clicked.emit(url.path())
        elif url.scheme() == "sources":
            self.sources_toggled.emit(url.path())
        elif url.toString().startswith("#"):
            self.scrollToAnchor(url.fragment())

    def move_to_top(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.Start)
