"""Articles to safe HTML for the lesson view: anchors on sections and clauses, a contents list, no raw HTML.

The Markdown parser runs with raw HTML off (it is shown as text); links, autolinks and images are switched
off so nothing is ever fetched from the network. A reference written as `article-id:1.2` becomes an internal
link to that clause, reading as the lesson's title and the clause number.

Notes under a clause come in two kinds (see trainer.content.articles): a conflict is always shown, written for
the trainee; wording notes are folded behind a small "来源 / Sources" link on the clause (`sources:<number>`),
shown with the titles of the sources they cite when the clause is in `expanded`. Sources are named by title,
never by their file number.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from trainer.content.articles import CITE_RE, NOTE_RE
from trainer.content.markdown import CLAUSE_RE, SECTION_RE
from trainer.content.model import Article, ArticleText, Catalog, Note
from trainer.content.refs import RAW_REF_RE as REF_RE
from trainer.content.refs import alternative_label, clause_label, clause_labels, with_clause_labels  # noqa: F401

SOURCES_LABEL = {"zh": "来源", "en": "Sources"}
SOURCES_LINE = {"zh": "来源：", "en": "Sources: "}
LIST_SEP = {"zh": "；", "en": "; "}


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


def render_lesson(article: Article, lang: str, catalog: Catalog,
                  expanded: frozenset[str] = frozenset()) -> RenderedLesson:
    """The lesson a trainee reads: its sources by title under the summary, conflicts shown, wording notes
    folded except under the clauses in `expanded` (clause numbers)."""
    return render_article(article.text(lang), frozenset(catalog.articles), catalog=catalog,
                          sources=article.sources, expanded=expanded)


def render_article(text: ArticleText, known_articles: frozenset[str] = frozenset(), *, catalog: Catalog | None = None,
                   sources: tuple[str, ...] = (), expanded: frozenset[str] = frozenset()) -> RenderedLesson:
    md = _md()
    lang = text.lang
    tokens = _with_notes(md.parse(text.body), text, catalog, expanded)
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
    body = _decorate(body, known_articles, catalog, lang)
    body = _toggles(body, text, expanded)
    title = html.escape(text.title)
    summary = html.escape(text.summary)
    page = f'<h1>{title}</h1>\n<p class="summary">{summary}</p>\n'
    if sources:
        page += f'<p class="sources">{_source_titles(sources, catalog, lang)}</p>\n'
    page += body
    return RenderedLesson(page, tuple(toc))


def source_line(sources, catalog: Catalog | None, lang: str) -> str:
    """'来源：《…》；《…》' (plain text) for a lesson's or a note's sources."""
    lang = "en" if lang == "en" else "zh"
    return SOURCES_LINE[lang] + LIST_SEP[lang].join(_title(s, catalog, lang) for s in sources)


def _title(source_id: str, catalog: Catalog | None, lang: str) -> str:
    return catalog.source_title(source_id, lang) if catalog is not None else source_id


def _source_titles(sources, catalog: Catalog | None, lang: str) -> str:
    return html.escape(source_line(sources, catalog, lang))


def note_text(note: Note, catalog: Catalog | None, lang: str, labels: bool = True) -> str:
    """A note's text as a trainee reads it: sources by title, clause references as lesson title + number
    (left raw with `labels=False`, for the lesson's own pass that makes them links)."""
    text = CITE_RE.sub(lambda m: _title(m.group(1), catalog, lang), note.text)
    return with_clause_labels(catalog, text, lang) if catalog is not None and labels else text


def _with_notes(tokens: list[Token], text: ArticleText, catalog: Catalog | None,
                expanded: frozenset[str]) -> list[Token]:
    """Each note's blockquote replaced by its HTML: a conflict always, wording notes only when expanded."""
    notes = {n.line - text.body_line: (c.number, n) for c in text.clauses for n in c.notes}
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type != "blockquote_open" or tok.level != 0:
            out.append(tok)
            i += 1
            continue
        end, depth = i, 0
        for end in range(i, len(tokens)):
            depth += tokens[end].nesting if tokens[end].type.startswith("blockquote") else 0
            if depth == 0:
                break
        found = notes.get(tok.map[0] if tok.map else -1)
        if found is None:  # not a note the loader accepted: shown as written
            out.extend(tokens[i:end + 1])
        else:
            number, note = found
            if note.kind == "conflict" or number in expanded:
                block = Token("html_block", "", 0)
                block.content = _note_html(note, catalog, text.lang)
                out.append(block)
        i = end + 1
    return out


def _note_html(note: Note, catalog: Catalog | None, lang: str) -> str:
    inner = _md().renderInline(note_text(note, catalog, lang, labels=False))  # references: linked with the body
    if note.kind == "conflict":
        return f'<table class="conflict" width="100%"><tr><td>{inner}</td></tr></table>\n'
    cite = _source_titles(note.sources, catalog, lang)
    return f'<blockquote class="wording"><p>{inner}</p><p class="cite">{cite}</p></blockquote>\n'


def _toggles(body: str, text: ArticleText, expanded: frozenset[str]) -> str:
    """A small '来源 / Sources' link at the end of every clause that has wording notes."""
    label = SOURCES_LABEL["en" if text.lang == "en" else "zh"]
    for clause in text.clauses:
        if not any(n.kind == "wording" for n in clause.notes):
            continue
        marker = f'<a name="{clause_anchor(clause.number)}"></a>'
        start = body.find(marker)
        close = body.find("</p>", start) if start >= 0 else -1
        if close < 0:
            continue
        arrow = "▾" if clause.number in expanded else "▸"
        link = f' <a class="src" href="sources:{clause.number}"><small>{label} {arrow}</small></a>'
        body = body[:close] + link + body[close:]
    return body


_PARA_RE = re.compile(r'<p id="(c-[0-9-]+)" class="clause">(\d+(?:\.\d+)+)')
_H2_RE = re.compile(r'<h2 id="([^"]+)">')


def _decorate(body: str, known: frozenset[str], catalog: Catalog | None = None, lang: str = "zh") -> str:
    # QTextBrowser scrolls to <a name>, not to id attributes: give every anchor a named <a>.
    body = _PARA_RE.sub(r'<p class="clause"><a name="\1"></a><span class="num">\2</span>', body)
    body = _H2_RE.sub(r'<h2><a name="\1"></a>', body)

    def link(m: re.Match) -> str:
        if (known and m.group(1) not in known) or (not known and "-" not in m.group(1)):
            return m.group(0)  # not a lesson's id (with no list of lessons, kebab-case ids only)
        label = html.escape(clause_label(catalog, m.group(0), lang)) if catalog is not None else m.group(0)
        return f'<a href="clause:{m.group(1)}:{m.group(2)}">{label}</a>'

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
