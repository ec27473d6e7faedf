"""Articles to safe HTML for the lesson view: anchors on sections and clauses, a contents list, no raw HTML.

The Markdown parser runs with raw HTML off (it is shown as text); links, autolinks and images are switched
off so nothing is ever fetched from the network. A reference written as `article-id:1.2` becomes an internal
link to that clause.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt

from trainer.content.markdown import CLAUSE_RE, SECTION_RE
from trainer.content.model import ArticleText

REF_RE = re.compile(r"\b([a-z0-9]+(?:-[a-z0-9]+)+):(\d+(?:\.\d+)+)\b")


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str
    level: int  # 2: section, 3: clause


@dataclass(frozen=True)
class RenderedLesson:
    html: str
    toc: tuple[TocEntry, ...]


def clause_anchor(number: str) -> str:
    return "c-" + number.replace(".", "-")


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.disable(["image", "link", "autolink", "html_inline", "html_block"])
    return md


def render_article(text: ArticleText, known_articles: frozenset[str] = frozenset()) -> RenderedLesson:
    md = _md()
    tokens = md.parse(text.body)
    toc: list[TocEntry] = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.tag == "h2":
            title = tokens[i + 1].content.strip()
            m = SECTION_RE.match(title)
            anchor = f"s-{m.group(1)}" if m else f"h-{len(toc)}"
            tok.attrSet("id", anchor)
            toc.append(TocEntry(anchor, title, 2))
        elif tok.type == "paragraph_open" and tok.level == 0:
            inline = tokens[i + 1]
            m = CLAUSE_RE.match(inline.content.strip())
            if m:
                anchor = clause_anchor(m.group(1))
                tok.attrSet("id", anchor)
                tok.attrSet("class", "clause")
                toc.append(TocEntry(anchor, f"{m.group(1)} {_short(m.group(2))}", 3))
    body = md.renderer.render(tokens, md.options, {})
    body = _decorate(body, known_articles)
    title = html.escape(text.title)
    summary = html.escape(text.summary)
    page = f'<h1>{title}</h1>\n<p class="summary">{summary}</p>\n{body}'
    return RenderedLesson(page, tuple(toc))


_PARA_RE = re.compile(r'<p id="(c-[0-9-]+)" class="clause">(\d+(?:\.\d+)+)')
_H2_RE = re.compile(r'<h2 id="([^"]+)">')


def _decorate(body: str, known: frozenset[str]) -> str:
    # QTextBrowser scrolls to <a name>, not to id attributes: give every anchor a named <a>.
    body = _PARA_RE.sub(r'<p class="clause"><a name="\1"></a><span class="num">\2</span>', body)
    body = _H2_RE.sub(r'<h2><a name="\1"></a>', body)

    def link(m: re.Match) -> str:
        if known and m.group(1) not in known:
            return m.group(0)
        return f'<a href="clause:{m.group(1)}:{m.group(2)}">{m.group(0)}</a>'

    return REF_RE.sub(link, body)


def _short(text: str, limit: int = 22) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_text(markdown_text: str) -> str:
    """The readable text of a Markdown fragment (for reading aloud and search)."""
    tokens = _md().parse(markdown_text)
    parts = []
    for tok in tokens:
        if tok.type == "inline":
            parts.append("".join(child.content for child in tok.children or [] if child.type in ("text", "code_inline"))
                         or tok.content)
    return "\n".join(p for p in parts if p.strip())
