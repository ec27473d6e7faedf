"""Articles to safe HTML for the lesson view: anchors on sections and clauses, a contents list, no raw HTML.

The Markdown parser has no rule for raw HTML, links, autolinks or images (trainer.content.markdown), so such
text stays text and nothing is ever fetched from the network. The page is written from the parser's tree by the
renderer below, which knows every kind of node those rules make and escapes all text; anything else adds only
its children's text. A reference written as `article-id:1.2` becomes an internal link to that clause.
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
    root = markdown.tree(text.body)
    toc: list[TocEntry] = []
    for kind, level, _, content, node in markdown.blocks(text.body, root):
        if kind == "heading":
            if level != 2:
                continue
            m = SECTION_RE.match(content)
            anchor = f"s-{m.group(1)}" if m else f"h-{len(toc)}"
            node.attrs = {**node.attrs, "id": anchor}
            toc.append(TocEntry(anchor, content, 2))
        else:
            m = CLAUSE_RE.match(content)
            if m:
                anchor = clause_anchor(m.group(1))
                node.attrs = {**node.attrs, "id": anchor, "class": "clause"}
                toc.append(TocEntry(anchor, f"{m.group(1)} {_short(m.group(2))}", 3))
    body = _decorate(to_html(root), known_articles)
    title = html.escape(text.title)
    summary = html.escape(text.summary)
    page = f'<h1>{title}</h1>\n<p class="summary">{summary}</p>\n{body}'
    return RenderedLesson(page, tuple(toc))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


_INLINE_TAGS = {"strong": "strong", "em": "em", "code_inline": "code"}
_BLOCK_TAGS = {"blockquote": "blockquote", "bullet_list": "ul", "ordered_list": "ol", "list_item": "li"}
_ALIGNED = ("left", "right", "center")


def to_html(root) -> str:
    """The HTML of a markdown_it_pyrs tree, as markdown-it renders the same tokens, with each node's attributes."""
    out: list[str] = []
    _render(root, out)
    return "".join(out)


def _open(tag: str, node, extra: dict | None = None) -> str:
    attrs = {**(extra or {}), **node.attrs}  # the tree keeps no order: id first, then by name
    return f"<{tag}" + "".join(f' {_escape(k)}="{_escape(attrs[k])}"' for k in sorted(attrs, key=_attr_order)) + ">"


def _attr_order(name: str) -> tuple[bool, str]:
    return name != "id", name


def _render(node, out: list[str]) -> None:
    for child in node.children:
        name = child.name
        if name in ("text", "text_special"):
            out.append(_escape(child.meta.get("content", "")))
        elif name == "softbreak":
            out.append("\n")
        elif name == "hardbreak":
            out.append("<br />\n")
        elif name in _INLINE_TAGS:
            tag = _INLINE_TAGS[name]
            out.append(_open(tag, child))
            _render(child, out)
            out.append(f"</{tag}>")
        elif name in ("paragraph", "heading", "lheading"):
            tag = "p" if name == "paragraph" else f"h{child.meta.get('level', 1)}"
            _block_start(node, out)
            out.append(_open(tag, child))
            _render(child, out)
            out.append(f"</{tag}>\n")
        elif name in _BLOCK_TAGS:
            tag = _BLOCK_TAGS[name]
            _block_start(node, out)
            start = child.meta.get("start", 1) if name == "ordered_list" else 1
            out.append(_open(tag, child, {"start": str(start)} if start != 1 else None))
            if name != "list_item":
                out.append("\n")
            _render(child, out)
            out.append(f"</{tag}>\n")
        elif name == "table":
            _block_start(node, out)
            _table(child, out)
        elif name in ("code_block", "fence"):
            _block_start(node, out)
            info = child.meta.get("info", "").strip() if name == "fence" else ""
            lang = info.split()[0] if info else ""
            code = f'<code class="{_escape(child.meta.get("lang_prefix", "language-") + lang)}">' if lang else "<code>"
            out.append(f"<pre>{code}{_escape(child.meta.get('content', ''))}</code></pre>\n")
        elif name == "hr":
            _block_start(node, out)
            out.append("<hr />\n")
        elif name == "definition":
            continue
        else:  # nothing the rules make: its text only
            _render(child, out)


def _table(table, out: list[str]) -> None:
    alignments = table.meta.get("alignments") or []
    out.append(_open("table", table) + "\n")
    for part in table.children:  # thead, tbody
        tag, cell = ("thead", "th") if part.name == "thead" else ("tbody", "td")
        out.append(f"<{tag}>\n")
        for row in part.children:
            out.append("<tr>\n")
            for i, item in enumerate(row.children):
                align = alignments[i] if i < len(alignments) else None
                out.append(_open(cell, item, {"style": f"text-align:{align}"} if align in _ALIGNED else None))
                _render(item, out)
                out.append(f"</{cell}>\n")
            out.append("</tr>\n")
        out.append(f"</{tag}>\n")
    out.append("</table>\n")


def _block_start(parent, out: list[str]) -> None:
    # a block inside a list item starts on its own line, after the item's tag or its (tight) text
    if parent.name == "list_item" and out and not out[-1].endswith("\n"):
        out.append("\n")


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

