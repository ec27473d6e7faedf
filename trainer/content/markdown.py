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


def parse(text: str) -> list[Token]:
    return parser().parse(text)
