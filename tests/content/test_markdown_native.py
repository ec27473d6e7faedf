"""Articles are parsed by markdown-it-pyrs (native) when the content loads; the sections, clauses and notes it
finds, at their lines, are those markdown-it-py found (the parser before), for every shipped article and for
Markdown beyond them. The native parser's rules leave raw HTML, links and images as text."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from tests.conftest import CONTENT
from trainer.content import markdown
from trainer.content.articles import NOTE_KINDS, NOTE_RE, extract_clauses, split_front_matter
from trainer.content.markdown import CLAUSE_RE, SECTION_RE

SHIPPED = sorted(p.name for p in (CONTENT / "articles").glob("*.md"))


def _before() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
    md.enable("table")
    md.disable("inline")
    md.disable("html_block")
    return md


def structure_before(body: str) -> list[tuple]:
    """What the markdown-it-py tokens gave (trainer before this round): each level-2 heading's title, each
    top-level clause's number and text, each top-level quote's text, with its 0-based line."""
    tokens = _before().parse(body)
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "blockquote_open" and tok.level == 0:
            depth, parts = 0, []
            for inner in tokens[i:]:
                depth += inner.nesting if inner.type.startswith("blockquote") else 0
                if inner.type == "inline":
                    parts.append(inner.content.strip())
                if depth == 0:
                    break
            out.append(("note", tok.map[0], "\n\n".join(p for p in parts if p)))
        elif tok.type == "heading_open" and tok.tag == "h2":
            out.append(("section", tok.map[0], tokens[i + 1].content.strip()))
        elif tok.type == "paragraph_open" and tok.level == 0:
            m = CLAUSE_RE.match(tokens[i + 1].content.strip())
            if m:
                out.append(("clause", tok.map[0], m.group(1), m.group(2).strip()))
    return out


def structure_now(body: str) -> list[tuple]:
    out = []
    for kind, level, line, content, _ in markdown.blocks(body):
        if kind == "note":
            out.append(("note", line, content))
        elif kind == "heading" and level == 2:
            out.append(("section", line, content))
        elif kind == "paragraph":
            m = CLAUSE_RE.match(content)
            if m:
                out.append(("clause", line, m.group(1), m.group(2).strip()))
    return out


def body_of(name: str) -> tuple[str, int]:
    _, body, line = split_front_matter((CONTENT / "articles" / name).read_text(encoding="utf-8"), name)
    return body, line


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_article_has_the_sections_clauses_and_notes_it_had(name):
    body, line = body_of(name)
    before = structure_before(body)
    assert structure_now(body) == before
    clauses, problems = extract_clauses(body, line, name)
    assert problems == []
    assert [(c.number, c.line, c.text) for c in clauses] == [(n, line + at, t) for kind, at, *rest in before
                                                              if kind == "clause" for n, t in [rest]]
    assert len(clauses) > 5


def test_the_shipped_notes_are_read_with_their_kind_and_sources():
    body, line = body_of("phone-conduct.zh.md")
    clauses, _ = extract_clauses(body, line, "phone-conduct.zh.md")
    notes = [n for c in clauses for n in c.notes]
    texts = [t for kind, _, t in (s[:3] for s in structure_before(body)) if kind == "note"]
    assert len(notes) == len(texts) > 0
    for note, text in zip(notes, texts):
        m = NOTE_RE.match(text)
        assert note.kind == NOTE_KINDS[m.group(1).lower()] and note.text == text[m.end():].strip()
        assert note.sources and all(f"{{@{s}}}" in note.text for s in note.sources)


MARKDOWN = [
    "## 1 标题 **粗** `代码`\n\n1.1 一段 *强调*\n续行  \n硬换行\\\n再一行\n",
    "- a\n- b\n\n1. x\n2. y\n\n3) z\n",
    "- loose\n\n- list\n  more\n\n  > quoted\n",
    "5. five\n   - nested\n   - again\n\n---\n\n***\n",
    "> ## 2 nested heading\n> 2.1 not a clause here\n\n2.2 a clause\n",
    "- item\n\n  Nested title\n  ---\n\n> quoted\n> ===\n\n- a\n  - b\n    ## 3 deep\n",
    "## 1 A\n\n1.1 x\n\n> 措辞：one {@a}\n> still the note\n>\n> second paragraph {@b}\n\n1.2 y\n",
    "## 1 A\n\n1.1 x\n\n> 冲突：{@a} and {@b}\n> - a list\n> - in a note\n>\n> > nested {@c}\n> > more\n",
    "## 1 A\n\n1.1 x\n> 措辞：lazy {@a}\ncontinued lazily\n\n> | a | b |\n> |---|---|\n> | {@c} | d |\n",
    "| a | b | c |\n|:-|-:|:-:|\n| 1 | 2 | 3 |\n| x |\n",
    "```py extra\ncode <b>&amp;\n```\n\n~~~\nplain\n~~~\n\n    indented <i>\n",
    "Setext heading\n---\n\nAnother\n===\n\n## \n\n##   spaced ## \n",
    "&amp; &copy; &#35; &nope; \\* \\_ \\< 5 < 6 > 4 \"q\" 'a'\n",
    "[ref]: http://evil.example/\n\n[text][ref] [text](http://evil.example/) ![i](http://evil.example/i.png)\n",
    "<http://evil.example/> http://evil.example/ www.evil.example\n\n<script>alert(1)</script>\n\n<img src=x onerror=y>\n",
    "<div>\n*html block*\n</div>\n\n<!-- comment -->\n",
    "1.1 clause\n\n1.2 another\twith tab\n   1.3 indented clause\n",
    "- [ ] task\n- [x] done\n\n~~strike~~ __strong__ _em_ ***both***\n",
]


@pytest.mark.parametrize("body", MARKDOWN)
def test_markdown_beyond_the_shipped_articles_has_the_same_structure(body):
    assert structure_now(body) == structure_before(body)


@pytest.mark.parametrize("body", [b for b in MARKDOWN if "evil" in b or "<" in b])
def test_raw_html_links_and_images_stay_text_in_the_native_parse(body):
    html = markdown.parser().render(body)
    assert not re.search(r"<(script|img|a |div|iframe)", html, re.I)
    assert "href=" not in html and "src=" not in html.replace("src=x", "")
    kinds = {node.name for node in markdown.tree(body).walk()}
    assert not kinds & {"link", "image", "autolink", "html_block", "html_inline", "linkify"}


def test_a_long_article_has_every_clause():
    body = "\n\n".join(f"## {s} 第{s}节\n\n" + "\n\n".join(f"{s}.{c} 条款内容 **{c}**" for c in range(1, 40))
                       for s in range(1, 30))
    assert structure_now(body) == structure_before(body)
    assert len(extract_clauses(body, 1, "x")[0]) == 29 * 39
