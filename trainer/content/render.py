"""Articles to safe HTML for the lesson view: anchors on sections and clauses, a contents list, no raw HTML.

The Markdown parser has no rule for raw HTML, links, autolinks or images (trainer.content.markdown), so such
text stays text (escaped by the renderer) and nothing is ever fetched from the network. The page is the native
parser's own HTML, the same markdown-it renders; the anchors of sections and clauses are put on its tags by one
pass that counts them against the article's structure. A reference written as `article-id:1.2` becomes an
internal link to that clause.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from trainer.content import markdown
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


def render_article(text: ArticleText, known_articles: frozenset[str] = frozenset()) -> RenderedLesson:
    toc: list[TocEntry] = []
    sections: list[str] = []  # the anchor of each section heading, in order
    paragraphs: list[str | None] = []  # of each top-level paragraph: its clause's anchor, or None
    for kind, level, _, content, _node in markdown.blocks(text.body):
        if kind == "heading":
            if level != 2:
                continue
            m = SECTION_RE.match(content)
            anchor = f"s-{m.group(1)}" if m else f"h-{len(toc)}"
            sections.append(anchor)
            toc.append(TocEntry(anchor, content, 2))
        else:
            m = CLAUSE_RE.match(content)
            paragraphs.append(clause_anchor(m.group(1)) if m else None)
            if m:
                toc.append(TocEntry(paragraphs[-1], f"{m.group(1)} {_short(m.group(2))}", 3))
    body = _decorate(_anchored(markdown.parser().render(text.body), sections, paragraphs), known_articles)
    title = html.escape(text.title)
    summary = html.escape(text.summary)
    page = f'<h1>{title}</h1>\n<p class="summary">{summary}</p>\n{body}'
    return RenderedLesson(page, tuple(toc))


# the tags that matter for placing the anchors; with raw HTML off, every "<" in the page is one of the renderer's
_TAGS = re.compile(r"<(/?)(blockquote|ul|ol|p|h2)(?=[ >])")


def _anchored(page: str, sections: list[str], paragraphs: list[str | None]) -> str:
    """The native renderer's page with an id on each section heading (every <h2>, in order) and an id and class
    on each clause (the top-level paragraphs: a <p> outside any quote or list, in order)."""
    out: list[str] = []
    last = depth = h2 = p = 0
    for m in _TAGS.finditer(page):
        closing, tag = m.group(1), m.group(2)
        if tag in ("blockquote", "ul", "ol"):
            depth += -1 if closing else 1
            continue
        if closing:
            continue
        if tag == "h2":
            attrs = f' id="{sections[h2]}"' if h2 < len(sections) else ""
            h2 += 1
        elif depth == 0:
            anchor = paragraphs[p] if p < len(paragraphs) else None
            attrs = f' id="{anchor}" class="clause"' if anchor else ""
            p += 1
        else:
            continue
        out.append(page[last:m.end()])
        out.append(attrs)
        last = m.end()
    out.append(page[last:])
    return "".join(out)


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

