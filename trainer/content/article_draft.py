"""A lesson as the lesson editor holds it: plain data (no Qt), its clauses in both languages, edited by small
operations that keep the numbering right and make every reference to a renumbered clause follow it.

The texts round-trip: `ArticleDraft.parse(zh, en).texts()` gives back the files (blank lines between blocks
normalised to one). The editor pushes one QUndoCommand per operation; each operation returns what undoes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainer.content.markdown import CLAUSE_RE

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_HEADING = re.compile(r"^##\s+(\d+)\s")
# a number a test may ask about: digits, or a Chinese numeral counted (第二次, 三声, 两个小时)
FACT_RE = re.compile(r"\d+(?:\.\d+)?|第[一二三四五六七八九十两]+|[一二三四五六七八九十两百]+(?=[次声天小时分钟秒个名日周年月项条遍倍])")


@dataclass
class Block:
    kind: str  # heading | clause | other
    text: str  # a clause: its text without the number; otherwise the block as written
    number: str = ""


@dataclass
class LangText:
    front: str
    blocks: list[Block] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> "LangText":
        text = text.replace("\r\n", "\n")
        m = _FRONT.match(text)
        front, body = (m.group(1), text[m.end():]) if m else ("", text)
        blocks = []
        for chunk in re.split(r"\n\s*\n", body.strip("\n")):
            if not chunk.strip():
                continue
            c = CLAUSE_RE.match(chunk)
            if chunk.startswith("#"):
                blocks.append(Block("heading", chunk))
            elif c:
                blocks.append(Block("clause", chunk[len(c.group(1)):].lstrip(" "), c.group(1)))
            else:
                blocks.append(Block("other", chunk))
        return cls(front, blocks)

    def text(self) -> str:
        parts = [f"{b.number} {b.text}" if b.kind == "clause" else b.text for b in self.blocks]
        return f"---\n{self.front}\n---\n\n" + "\n\n".join(parts) + "\n"

    def clause(self, number: str) -> Block | None:
        return next((b for b in self.blocks if b.kind == "clause" and b.number == number), None)

    def note(self, number: str) -> str:
        """The note (a '> ' quote) right after a clause, without its marks."""
        i = self._index(number)
        if i is not None and i + 1 < len(self.blocks) and self.blocks[i + 1].kind == "other" \
                and self.blocks[i + 1].text.startswith(">"):
            return "\n".join(line[1:].lstrip() for line in self.blocks[i + 1].text.split("\n"))
        return ""

    def set_note(self, number: str, note: str) -> None:
        i = self._index(number)
        if i is None:
            return
        has = i + 1 < len(self.blocks) and self.blocks[i + 1].kind == "other" and self.blocks[i + 1].text.startswith(">")
        quoted = "\n".join("> " + line for line in note.split("\n")) if note.strip() else ""
        if has and quoted:
            self.blocks[i + 1].text = quoted
        elif has:
            del self.blocks[i + 1]
        elif quoted:
            self.blocks.insert(i + 1, Block("other", quoted))

    def _index(self, number: str) -> int | None:
        return next((i for i, b in enumerate(self.blocks) if b.kind == "clause" and b.number == number), None)


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split("."))


def _shift(number: str, parent: tuple[int, ...], start: int, by: int) -> str:
    """`number` with its component after `parent` moved by `by` when it is at or past `start`."""
    parts = _key(number)
    depth = len(parent)
    if len(parts) > depth and parts[:depth] == parent and parts[depth] >= start:
        parts = parts[:depth] + (parts[depth] + by,) + parts[depth + 1:]
    return ".".join(str(p) for p in parts)


class ArticleDraft:
    """Both files of one lesson. Clause numbers are the Chinese file's; the English file follows them."""

    def __init__(self, article_id: str, zh: LangText, en: LangText | None) -> None:
        self.article_id = article_id
        self.langs: dict[str, LangText] = {"zh": zh}
        if en is not None:
            self.langs["en"] = en
        # clause number when opened -> its number now (references to it follow)
        self.renamed: dict[str, str] = {n: n for n in self.numbers()}

    @classmethod
    def parse(cls, article_id: str, zh: str, en: str | None) -> "ArticleDraft":
        return cls(article_id, LangText.parse(zh), LangText.parse(en) if en is not None else None)

    def texts(self) -> dict[str, str]:
        return {lang: t.text() for lang, t in self.langs.items()}

    def files(self) -> dict[str, str]:
        """Library path -> text, for saving."""
        return {f"articles/{self.article_id}.{lang}.md": text for lang, text in self.texts().items()}

    def numbers(self) -> list[str]:
        return [b.number for b in self.langs["zh"].blocks if b.kind == "clause"]

    def text_of(self, number: str, lang: str) -> str:
        block = self.langs[lang].clause(number) if lang in self.langs else None
        return block.text if block else ""

    def set_text(self, number: str, lang: str, text: str) -> str:
        """Change a clause's text; the text it had."""
        block = self.langs[lang].clause(number)
        before, block.text = block.text, text
        return before

    # -- operations that renumber ------------------------------------------------------------------

    def _renumber(self, change) -> None:
        for lt in self.langs.values():
            for b in lt.blocks:
                if b.kind == "clause":
                    b.number = change(b.number)
        self.renamed = {old: change(now) for old, now in self.renamed.items()}

    def insert_after(self, number: str, zh: str, en: str) -> str:
        """A new clause after `number`, at its level; the ones after it move up by one. Its number."""
        parts = _key(number)
        parent, new_last = parts[:-1], parts[-1] + 1
        self._renumber(lambda n: _shift(n, parent, new_last, 1))
        new = ".".join(str(p) for p in parent + (new_last,))
        for lang, text in (("zh", zh), ("en", en)):
            if lang not in self.langs:
                continue
            lt = self.langs[lang]
            at = self._after_subtree(lt, number)
            lt.blocks.insert(at, Block("clause", text, new))
        return new

    def delete(self, number: str) -> tuple[dict[str, list[tuple[int, Block]]], dict[str, str]]:
        """Remove a clause (with its note and sub-clauses); the ones after it move down. What undoes it."""
        before = dict(self.renamed)
        removed: dict[str, list[tuple[int, Block]]] = {}
        parts = _key(number)
        for lang, lt in self.langs.items():
            start = next((i for i, b in enumerate(lt.blocks) if b.kind == "clause" and b.number == number), None)
            if start is None:
                continue
            end = self._after_subtree(lt, number)
            removed[lang] = list(enumerate(lt.blocks[start:end], start))
            del lt.blocks[start:end]
        self.renamed = {old: new for old, new in self.renamed.items()
                        if _key(new)[:len(parts)] != parts}
        self._renumber(lambda n: _shift(n, parts[:-1], parts[-1] + 1, -1))
        return removed, before

    def undelete(self, number: str, removed: dict[str, list[tuple[int, Block]]], renamed: dict[str, str]) -> None:
        parts = _key(number)
        self._renumber(lambda n: _shift(n, parts[:-1], parts[-1], 1))
        for lang, blocks in removed.items():
            for i, block in blocks:
                self.langs[lang].blocks.insert(i, block)
        self.renamed = renamed

    def can_move(self, number: str, step: int) -> bool:
        parts = _key(number)
        other = ".".join(str(p) for p in parts[:-1] + (parts[-1] + step,))
        return parts[-1] + step >= 1 and other in self.numbers()

    def move(self, number: str, step: int) -> str | None:
        """Swap a clause (and its note and sub-clauses) with its neighbour at the same level (-1 up, +1 down);
        the number it has now, or None when there is no neighbour that way."""
        if not self.can_move(number, step):
            return None
        parts = _key(number)
        other = ".".join(str(p) for p in parts[:-1] + (parts[-1] + step,))
        first, second = (other, number) if step < 0 else (number, other)
        for lt in self.langs.values():
            a0 = next((i for i, b in enumerate(lt.blocks) if b.kind == "clause" and b.number == first), None)
            b0 = next((i for i, b in enumerate(lt.blocks) if b.kind == "clause" and b.number == second), None)
            if a0 is None or b0 is None:
                continue
            b1 = self._after_subtree(lt, second)
            lt.blocks[a0:b1] = lt.blocks[b0:b1] + lt.blocks[a0:b0]
        swap = {number: other, other: number}

        def change(n: str) -> str:
            p = _key(n)
            for old, new in swap.items():
                o = _key(old)
                if p[:len(o)] == o:
                    return ".".join(str(x) for x in _key(new) + p[len(o):])
            return n

        self._renumber(change)
        return other

    @staticmethod
    def _after_subtree(lt: LangText, number: str) -> int:
        """The index after a clause, its note(s) and its sub-clauses (up to the next clause not under it)."""
        parts = _key(number)
        start = next(i for i, b in enumerate(lt.blocks) if b.kind == "clause" and b.number == number)
        i = start + 1
        while i < len(lt.blocks):
            b = lt.blocks[i]
            if b.kind == "heading" or (b.kind == "clause" and _key(b.number)[:len(parts)] != parts):
                break
            i += 1
        while i > start + 1 and lt.blocks[i - 1].kind == "other" and not lt.blocks[i - 1].text.startswith(">"):
            i -= 1  # key points and examples after the last clause belong to the article, not the clause
        return i

    # -- references ------------------------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        """Clause numbers that changed since the draft was opened: old -> new."""
        return {old: new for old, new in self.renamed.items() if old != new}


def follow_references(text: str, article_id: str, mapping: dict[str, str]) -> str:
    """`text` with every `article-id:old` reference turned into `article-id:new` (all at once, so 1.2->1.3 and
    1.3->1.4 do not chain)."""
    if not mapping:
        return text
    pattern = re.compile(rf"(?<![a-z0-9-]){re.escape(article_id)}:(\d+(?:\.\d+)*)(?![\d.]*\d)")
    return pattern.sub(lambda m: f"{article_id}:{mapping.get(m.group(1), m.group(1))}", text)


def highlight_facts(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers in a clause (the facts a test will ask about)."""
    return [m.span() for m in FACT_RE.finditer(text)]
