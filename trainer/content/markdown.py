"""One Markdown dialect for every article: CommonMark + tables, raw HTML off, no links or images, no network.

The parser is markdown-it-pyrs (markdown-it ported to Rust): it returns a tree, parsed in native code, about seven
times quicker than markdown-it-py's block parser alone. Only the rules below are switched on, so raw HTML, links,
autolinks, images and linkify cannot occur in a tree: such text stays text. Reference definitions (`[x]: url`)
are still recognised, as markdown-it-py did with links off, so they vanish rather than show.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

CLAUSE_RE = re.compile(r"^(\d+(?:\.\d+){1,2})[ \u3000]+(\S.*)$", re.S)
SECTION_RE = re.compile(r"^(\d+)[ \u3000]+(\S.*)$")

RULES = ["blockquote", "code", "fence", "heading", "hr", "lheading", "list", "paragraph", "reference",
         "backticks", "emphasis", "entity", "escape", "newline", "table"]
_CONTAINERS = ("blockquote", "bullet_list", "ordered_list", "list_item")


@lru_cache(maxsize=1)
def parser():
    from markdown_it_pyrs import MarkdownIt

    return MarkdownIt("zero").enable_many(RULES)


def tree(text: str):
    """The article body's syntax tree (markdown_it_pyrs.Node)."""
    return parser().tree(text)


# a block is (kind, level, line, content, node): kind "heading" or "paragraph"; a heading's level (2: a section),
# 0 for a paragraph; its 0-based line in the text parsed; the Markdown source of its inline text, stripped; the
# tree's node. Tuples: a load makes tens of thousands.
Block = tuple[str, int, int, str, object]
# a line that could underline a section's heading inside a list or quote ("Title" over "---"): with that, or a
# "##", a list or quote is looked into for headings (only level 2 ones, sections, matter inside one)
_SETEXT = re.compile(rb"(?m)^[ \t>]*-+[ \t]*$")


def blocks(text: str, root=None) -> list[Block]:
    """Headings (at any depth, as in the rendered page) and top-level paragraphs of `text`, in order."""
    root = tree(text) if root is None else root
    source = text.encode("utf-8")  # source maps are byte offsets
    breaks = [m.start() for m in re.finditer(b"\n", source)]
    found: list[Block] = []

    def inline(node) -> str:
        children = node.children
        if not children or children[0].srcmap is None or children[-1].srcmap is None:
            return ""
        return source[children[0].srcmap[0]:children[-1].srcmap[1]].decode("utf-8").strip()

    def visit(node, top: bool) -> None:
        for child in node.children:
            name = child.name
            if name == "paragraph":
                if top:
                    start, end = child.srcmap
                    found.append(("paragraph", 0, bisect_right(breaks, start - 1),
                                  source[start:end].decode("utf-8").strip(), child))
            elif name == "heading" or name == "lheading":  # `## Title`, or a Title underlined
                found.append(("heading", child.meta.get("level", 0), bisect_right(breaks, child.srcmap[0] - 1),
                              inline(child), child))
            elif name in _CONTAINERS:
                start, end = child.srcmap
                if name == "blockquote" and top:  # a note under a clause
                    text = "\n\n".join(p for p in _quoted_parts(child, source, 1) if p)
                    found.append(("note", 0, bisect_right(breaks, start - 1), text, child))
                part = source[start:end]
                if b"##" in part or _SETEXT.search(part):
                    visit(child, False)

    visit(root, True)
    return found


_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?")
_BLOCKS = ("paragraph", "heading", "lheading", "blockquote", "bullet_list", "ordered_list", "list_item", "table",
           "code_block", "fence", "hr", "definition")


def _unquote(text: str, depth: int, indented: bool) -> str:
    """A block's source inside `depth` quotes as its inline text: the quote marks of its later lines removed
    (and, in a list, their indentation), stripped."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        line = lines[i]
        for _ in range(depth):
            line = _QUOTE_MARK.sub("", line, count=1)
        lines[i] = line.lstrip() if indented else line
    return "\n".join(lines).strip()


def _quoted_parts(node, source: bytes, depth: int, indented: bool = False) -> list[str]:
    """The inline texts a quote holds, in order (as markdown-it's inline tokens carry them): its paragraphs',
    headings', list items' and table cells'."""
    parts: list[str] = []
    run: list = []  # inline nodes of a tight list item, not yet taken

    def take_run() -> None:
        if run and run[0].srcmap and run[-1].srcmap:
            parts.append(_unquote(source[run[0].srcmap[0]:run[-1].srcmap[1]].decode("utf-8"), depth, indented))
        run.clear()

    for child in node.children:
        name = child.name
        if name not in _BLOCKS:
            run.append(child)
            continue
        take_run()
        if name == "paragraph":
            start, end = child.srcmap
            parts.append(_unquote(source[start:end].decode("utf-8"), depth, indented))
        elif name in ("heading", "lheading"):
            kids = child.children
            if kids and kids[0].srcmap and kids[-1].srcmap:
                parts.append(_unquote(source[kids[0].srcmap[0]:kids[-1].srcmap[1]].decode("utf-8"), depth,
                                      indented))
            else:
                parts.append("")
        elif name == "blockquote":
            parts += _quoted_parts(child, source, depth + 1, indented)
        elif name in ("bullet_list", "ordered_list", "list_item"):
            parts += _quoted_parts(child, source, depth, True)
        elif name == "table":
            for section in child.children:
                for row in section.children:
                    parts += [_unquote(source[c.srcmap[0]:c.srcmap[1]].decode("utf-8"), depth, indented)
                              if c.srcmap else "" for c in row.children]
    take_run()
    return parts
