"""Articles are parsed by markdown-it-pyrs now; the lesson a trainee reads, and the clauses the app finds, are
those markdown-it-py gave (the parser before), and raw HTML, links and images still never reach the page."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from tests.conftest import CONTENT
from trainer.content.articles import extract_clauses, split_front_matter
from trainer.content.markdown import CLAUSE_RE, SECTION_RE
from trainer.content.model import ArticleText
from trainer.content.render import _decorate, clause_anchor, render_article

SHIPPED = sorted(p.name for p in (CONTENT / "articles").glob("*.md"))


def _before() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.disable(["image", "link", "autolink", "html_inline", "html_block"])
    return md


def html_before(body: str) -> str:
    """The lesson body as the markdown-it-py renderer made it, with its token edits (trainer before this round)."""
    md = _before()
    tokens = md.parse(body)
    toc = 0
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.tag == "h2":
            m = SECTION_RE.match(tokens[i + 1].content.strip())
            tok.attrSet("id", f"s-{m.group(1)}" if m else f"h-{toc}")
            toc += 1
        elif tok.type == "paragraph_open" and tok.level == 0:
            m = CLAUSE_RE.match(tokens[i + 1].content.strip())
            if m:
                tok.attrSet("id", clause_anchor(m.group(1)))
                tok.attrSet("class", "clause")
                toc += 1
    return _decorate(md.renderer.render(tokens, md.options, {}), frozenset())


def clauses_before(body: str) -> list[tuple[str, int, str]]:
    out = []
    for tok_i, tok in enumerate(tokens := _before().parse(body)):
        if tok.type == "paragraph_open" and tok.level == 0:
            m = CLAUSE_RE.match(tokens[tok_i + 1].content.strip())
            if m:
                out.append((m.group(1), tok.map[0], m.group(2).strip()))
    return out


def body_of(name: str) -> tuple[str, int]:
    _, body, line = split_front_matter((CONTENT / "articles" / name).read_text(encoding="utf-8"), name)
    return body, line


def page(body: str) -> str:
    html = render_article(ArticleText("zh", "T", "S", body, (), "x", 1)).html
    return html.split("\n", 2)[2]  # without the title and summary lines


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_article_renders_as_it_did(name):
    body, _ = body_of(name)
    assert page(body) == html_before(body)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_article_has_the_clauses_it_had_at_the_same_lines(name):
    body, line = body_of(name)
    clauses, problems = extract_clauses(body, line, name)
    assert problems == []
    assert [(c.number, c.line, c.text) for c in clauses] == [(n, line + l, t) for n, l, t in clauses_before(body)]
    assert len(clauses) > 5


MARKDOWN = [
    "## 1 标题 **粗** `代码`\n\n1.1 一段 *强调*\n续行  \n硬换行\\\n再一行\n",
    "- a\n- b\n\n1. x\n2. y\n\n3) z\n",
    "- loose\n\n- list\n  more\n\n  > quoted\n",
    "5. five\n   - nested\n   - again\n\n---\n\n***\n",
    "> ## 2 nested heading\n> 2.1 not a clause here\n\n2.2 a clause\n",
    "- item\n\n  Nested title\n  ---\n\n> quoted\n> ===\n\n- a\n  - b\n    ## 3 deep\n",
    "| a | b | c |\n|:-|-:|:-:|\n| 1 | 2 | 3 |\n| x |\n",
    "| only | head |\n|---|---|\n",
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
def test_markdown_beyond_the_shipped_articles_renders_as_it_did(body):
    assert page(body) == html_before(body)
    assert [(c.number, c.line - 1, c.text) for c in extract_clauses(body, 1, "x")[0]] == clauses_before(body)


@pytest.mark.parametrize("body", [b for b in MARKDOWN if "evil" in b or "<" in b])
def test_raw_html_links_and_images_stay_text(body):
    html = page(body)
    assert not re.search(r"<(script|img|a href|div|iframe)", html, re.I)
    assert "href=" not in html and "src=" not in html.replace("src=x", "")
    assert "&lt;" in html or "evil.example" in html or "&amp;" in html


def test_a_long_article_renders_in_full():
    body = "\n\n".join(f"## {s} 第{s}节\n\n" + "\n\n".join(f"{s}.{c} 条款内容 **{c}**" for c in range(1, 40))
                       for s in range(1, 30))
    assert page(body) == html_before(body)
    assert len(extract_clauses(body, 1, "x")[0]) == 29 * 39
