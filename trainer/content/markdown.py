"""One Markdown dialect for every article: CommonMark + tables, raw HTML off, no network."""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

CLAUSE_RE = re.compile(r"^(\d+(?:\.\d+){1,2})[ \u3000]+(\S.*)$", re.S)
SECTION_RE = re.compile(r"^(\d+)[ \u3000]+(\S.*)$")


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    # html=False: raw HTML in an article is shown as text, never interpreted.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.disable("image")
    return md


@lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    # finding sections and clauses needs the blocks only; inline parsing is most of markdown-it's time
    md = MarkdownIt("commonmark", {"html": False})
    md.enable("table")
    md.disable("inline")
    md.disable("html_block")  # never matches with html off; asked of every line otherwise
    return md


def parse(text: str) -> list[Token]:
    """Block tokens of an article (inline tokens keep their raw `content`), for its structure."""
    return _block_parser().parse(text)
