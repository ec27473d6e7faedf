"""Structure stage: cleaned blocks -> lessons, sections and clauses (in our N.M / N.M.K numbering, each keeping the
document's own number as its source reference), then phrase lists and rule numbers. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainer.importer.markers import Candidate, Outline, candidates
from trainer.importer.model import (Block, Cleaned, FoundClause, FoundLesson, FoundSection, Place, Removed,
                                    Structure)

_CODE_WORDS = re.compile(r"([规規][范範]|制度|[准準][则則]|守[则則]|[标標][准準]|[规規]定|[细細][则則]|[办辦]法|[条條]例|[须須]知|[规規]程|流程|Code of|Conduct|Policy)",
                         re.IGNORECASE)
_SENTENCE_END = "。；;！？!?.”\""


@dataclass
class Node:
    style: str
    raw: str
    text: str
    place: Place
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None

    @property
    def heading(self) -> bool:
        return is_heading(self.text)

    def depth(self) -> int:
        return 1 + max((c.depth() for c in self.children), default=0)


def is_heading(text: str) -> bool:
    t = text.strip().rstrip(":：")
    return 0 < len(t) <= 18 and not re.search(r"[。；;，,！？!?“”\"]", t)


def is_title(text: str) -> bool:
    t = text.strip()
    return 4 <= len(t) <= 32 and bool(_CODE_WORDS.search(t)) and not re.search(r"[。；;，,：:！？!?“”]", t) \
        and not re.match(r"^[\d一二三四五六七八九十(（第]", t)


@dataclass
class _Lesson:
    title: str
    place: Place
    roots: list[Node] = field(default_factory=list)
    preamble: list[tuple[str, Place]] = field(default_factory=list)
    titled: bool = False


def structure(cleaned: Cleaned, title_hint: str) -> tuple[Structure, list[Removed]]:
    """Lessons found in the blocks, and the clauses dropped as word-for-word repeats of earlier ones."""
    blocks = list(cleaned.blocks)
    texts = [_with_label(b) for b in blocks]
    found = candidates(texts)
    by_block: dict[int, list[Candidate]] = {}
    for c in found:
        by_block.setdefault(c.block, []).append(c)
    outline = Outline()
    first = blocks[0].place if blocks else Place(title_hint, 1)
    lessons = [_Lesson(title_hint, first)]
    heading_counters: dict[int, int] = {}
    current: Node | None = None
    path: list[Node] = []  # the last node at each outline depth
    title_levels = _title_levels(blocks)
    for bi, block in enumerate(blocks):
        text = texts[bi]
        lesson = lessons[-1]
        cands = by_block.get(bi, [])
        if block.kind == "heading" and block.level in title_levels or (
                block.kind != "heading" and is_title(text) and not _starts_with_marker(cands)):
            title = re.sub(r"\.(docx?|pdf|txt|html?|wps)$", "", text.strip(), flags=re.IGNORECASE)  # "规范.doc"
            if lesson.roots or lesson.preamble or lesson.titled:
                lessons.append(_Lesson(title, block.place, titled=True))
            else:
                lesson.title, lesson.place, lesson.titled = title, block.place, True
            outline.reset()
            heading_counters.clear()
            current, path = None, []
            continue
        head = PHRASE_HEAD.match(text)
        if head and block.kind != "heading":
            # a phrase list (服务用语 / 服务忌语) is a part of its own; clause numbering goes on after it
            node = Node("phrases", "", head.group(1), _at(block, 0))
            lesson.roots.append(node)
            outline.stack[:] = [("phrases", (1,))]
            path, current = [node], node
            rest = text[head.end():].strip()
            if rest:
                child = Node("para", "", rest, _at(block, head.end()), parent=node)
                node.children.append(child)
                current = child
            continue
        cuts: list[tuple[int, int, int, str]] = []  # (start, end, depth, raw)
        if block.kind == "heading":
            # a styled heading is a level of the outline: by its own number if it has one, else by its level
            level = block.level
            heading_counters[level] = heading_counters.get(level, 0) + 1
            for deeper in [k for k in heading_counters if k > level]:
                del heading_counters[deeper]
            own = cands[0] if cands and cands[0].start == 0 else None
            depth = outline.accept(own) if own is not None else None
            if depth is None:
                own = None
                depth = outline.accept(Candidate(bi, 0, 0, f"h{level}", (heading_counters[level],), ""))
            cuts.append((0, own.end if own else 0, depth if depth is not None else 0, own.raw if own else ""))
        for c in cands:
            if block.kind == "heading" and c.start == 0:
                continue
            depth = outline.accept(c, force=bool(block.label) and c.start == 0)
            if depth is not None:
                cuts.append((c.start, c.end, depth, c.raw))
        pos = 0
        if not cuts or cuts[0][0] > 0:
            lead = text[: cuts[0][0]] if cuts else text
            current = _unnumbered(lesson, current, path, lead.strip(), _at(block, 0), block.kind == "row")
        for k, (start, end, depth, raw) in enumerate(cuts):
            stop = cuts[k + 1][0] if k + 1 < len(cuts) else len(text)
            body = _tidy(text[end:stop], raw)
            node = Node(f"d{depth}", raw.rstrip("、.． ").strip() if raw else "", body, _at(block, start))
            del path[depth:]
            parent = path[-1] if path else None
            node.parent = parent
            (parent.children if parent else lesson.roots).append(node)
            path.append(node)
            current = node
            pos = stop
        del pos
    removed: list[Removed] = []
    out = Structure(title=lessons[0].title, lessons=[], phrases=[])
    seen: set[str] = set()
    for lesson in lessons:
        if lesson.roots:
            out.loose.extend(lesson.preamble)
        for found_lesson in _lessons_of(lesson):
            _dedupe(found_lesson, seen, removed)
            renumber(found_lesson)
            if found_lesson.clauses:
                out.lessons.append(found_lesson)
    if any(lesson.unstructured for lesson in out.lessons):
        out.notes.append("no numbering found: one clause per paragraph")
    return out, removed


PHRASE_HEAD = re.compile(r"^\s*((?:服[务務]|文明|[礼禮]貌|[规規][范範]|[标標][准準]|常用)?(?:常用[语語]|用[语語]|忌[语語]|禁[语語]|禁用[语語]|禁忌用[语語]|禁忌[语語]))\s*[:：]?\s*(?=$|[“\"])")


def _title_levels(blocks: list[Block]) -> set[int]:
    """Heading levels that name a lesson: Word's Title, else the top level when it is used once."""
    levels = [b.level for b in blocks if b.kind == "heading"]
    if not levels:
        return set()
    if 0 in levels:
        return {0}
    top = min(levels)
    return {top} if levels.count(top) == 1 else set()


def _with_label(b: Block) -> str:
    return f"{b.label} {b.text}" if b.label and not b.text.startswith(b.label) else b.text


def _starts_with_marker(cands: list[Candidate] | None) -> bool:
    return bool(cands) and cands[0].start == 0


def _at(block: Block, offset: int) -> Place:
    return Place(block.place.file, block.place.line, block.place.page, block.place.offset + offset)


def _tidy(body: str, raw: str) -> str:
    body = body.strip().lstrip("、.．:：,，;； ").strip()
    if raw and body.startswith(raw.strip()):  # "第二条 第二条 服饰…": the number printed twice
        body = body[len(raw.strip()):].lstrip("、.．:：,， ")
    return body


def _unnumbered(lesson: _Lesson, current: Node | None, path: list[Node], text: str, place: Place,
                row: bool = False) -> Node | None:
    """A paragraph with no number of its own: the rest of the clause before it, a clause of the heading before
    it, or (before any number) the lesson's preamble."""
    if not text:
        return current
    if current is None:
        lesson.preamble.append((text, place))
        return None
    if current.heading:
        node = Node("para", "", text, place, parent=current)
        current.children.append(node)
        return current if not is_heading(text) else node
    if (row or _quoted_line(text)) and current.parent is not None:
        # a table row is a rule of its own, and a line of quoted phrases a list item: beside the clause before it
        node = Node("para", "", text, place, parent=current.parent)
        current.parent.children.append(node)
        return node
    if current.style == "para":
        if current.text and current.text[-1] not in _SENTENCE_END:
            current.text += text  # a line broken in mid-sentence
            return current
        parent = current.parent
        node = Node("para", "", text, place, parent=parent)
        (parent.children if parent else lesson.roots).append(node)
        return node
    current.text += ("" if _cjk_edge(current.text, text) else " ") + text
    return current


def _quoted_line(text: str) -> bool:
    t = text.strip()
    return len(t) >= 3 and t[0] in "“\"" and t[-1] in "”\""


def _cjk_edge(a: str, b: str) -> bool:
    return not a or not b or not (a[-1].isascii() and b[0].isascii())


# -- the outline as our lessons --------------------------------------------------------------------------

def _lessons_of(lesson: _Lesson) -> list[FoundLesson]:
    roots = [r for r in lesson.roots if r.text or r.children]
    if not roots:
        return [_unstructured(lesson)] if lesson.preamble else []
    deep = [r for r in roots if r.depth() >= 3]
    if not lesson.titled and len(deep) >= 2 and sum(r.heading for r in roots) >= 0.6 * len(roots):
        # a document of several codes, each a numbered part with its own sections: one lesson each
        return [_lesson(r.text.rstrip(":："), r.place, r.children or [r], "") for r in roots]
    return [_lesson(lesson.title, lesson.place, roots, "")]


def _lesson(title: str, place: Place, roots: list[Node], prefix: str) -> FoundLesson:
    out = FoundLesson(title=title, place=place)
    loose: list[Node] = []

    def flush_loose() -> None:
        if loose:
            _section(out, title, loose[0], list(loose), prefix, own=False)
            loose.clear()

    for r in roots:
        if r.children:
            flush_loose()
            _section(out, r.text.rstrip(":：") if r.heading else _short(r.text), r, r.children, prefix, own=True)
        elif not r.heading:
            loose.append(r)
    flush_loose()
    out.sections = [s for s in out.sections if s.clauses]
    for n, s in enumerate(out.sections, start=1):
        s.number = n
        for c in s.clauses:
            c.number = f"{n}.{c.number.split('.', 1)[1]}"
    return out


def _section(out: FoundLesson, title: str, head: Node, items: list[Node], prefix: str, own: bool) -> None:
    section = FoundSection(number=len(out.sections) + 1, title=title, source_ref=_ref(head, prefix) if own else "",
                           place=head.place)
    if own and not head.heading and head.text:
        section.clauses.append(FoundClause("0.1", head.text, _ref(head, prefix), head.place))
    flat: list[Node] = []
    for item in items:
        if item.heading and item.children:
            flat.extend(item.children)  # a heading inside a section: its rules are the section's clauses
        else:
            flat.append(item)
    m = len(section.clauses)
    for item in flat:
        if item.heading and not item.children:
            continue
        m += 1
        number = f"0.{m}"
        text = item.text if not item.heading else ""
        if text:
            section.clauses.append(FoundClause(number, text, _ref(item, prefix), item.place))
        for sub in _descendants(item):
            body = sub.text
            if not body or is_heading(body):
                continue
            if not text:
                text = body
                section.clauses.append(FoundClause(number, body, _ref(sub, prefix), sub.place))
                continue
            section.clauses.append(FoundClause(f"{number}.k", body, _ref(sub, prefix), sub.place))
    out.sections.append(section)


def _descendants(node: Node) -> list[Node]:
    """Every node under `node`, in reading order: a fourth level becomes N.M.K like the third."""
    out = []
    for child in node.children:
        out.append(child)
        out.extend(_descendants(child))
    return out


def _flatten(node: Node) -> str:
    parts = [node.text] + [_flatten(c) for c in node.children]
    return "".join(p for p in parts if p)


def _ref(node: Node, prefix: str) -> str:
    chain = []
    leaf = node
    while node is not None:
        if node.raw or node is leaf:
            chain.append(node.raw or "¶")
        node = node.parent
    if prefix:
        chain.append(prefix)
    refs = [r for r in reversed(chain)]
    return " ".join(refs)


def _short(text: str) -> str:
    text = re.split(r"[。；;：:，,]", text, maxsplit=1)[0]
    return text[:24]


def _unstructured(lesson: _Lesson) -> FoundLesson:
    out = FoundLesson(title=lesson.title, place=lesson.place, unstructured=True)
    section = None
    for text, place in lesson.preamble:
        if is_heading(text) or section is None:
            section = FoundSection(len(out.sections) + 1, text if is_heading(text) else lesson.title, "", place)
            out.sections.append(section)
            if is_heading(text):
                continue
        section.clauses.append(FoundClause(f"{section.number}.{len(section.clauses) + 1}", text, "¶", place))
    out.sections = [s for s in out.sections if s.clauses]
    for n, s in enumerate(out.sections, start=1):
        s.number = n
        for m, c in enumerate(s.clauses, start=1):
            c.number = f"{n}.{m}"
    return out


def _dedupe(lesson: FoundLesson, seen: set[str], removed: list[Removed]) -> None:
    for section in lesson.sections:
        kept = []
        for c in section.clauses:
            key = re.sub(r"[\s\W_]+", "", c.text)
            if len(key) >= 8 and key in seen:
                removed.append(Removed(Block(c.text, c.place, -1), "duplicate-section"))
                continue
            seen.add(key)
            kept.append(c)
        section.clauses = kept


def renumber(lesson: FoundLesson) -> None:
    """Sections 1, 2, …; clauses N.1, N.2, …; a third level N.M.K under the clause before it."""
    lesson.sections = [s for s in lesson.sections if s.clauses]
    for n, s in enumerate(lesson.sections, start=1):
        s.number, m, k = n, 0, 0
        for c in s.clauses:
            if c.number.count(".") >= 2 and m:
                k += 1
                c.number = f"{n}.{m}.{k}"
            else:
                m, k = m + 1, 0
                c.number = f"{n}.{m}"
