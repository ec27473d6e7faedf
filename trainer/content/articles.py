"""Articles: Markdown with YAML front matter, split into numbered sections and clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from trainer.content import markdown, problems
from trainer.content.model import ArticleText, Clause, Note
from trainer.content.schema import EnFrontMatter, ZhFrontMatter
from trainer.content.yamlsrc import YamlProblem, load_yaml
from trainer.errors import ContentProblem

ARTICLE_NAME_RE = re.compile(r"^(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>zh|en)\.md$")
# a note under a clause opens with its kind; either language's marker is understood in either file
NOTE_KINDS = {"措辞": "wording", "冲突": "conflict", "wording": "wording", "conflict": "conflict"}
NOTE_RE = re.compile(r"^(措辞|冲突|wording|conflict)\s*[：:]\s*", re.I)
OLD_NOTE_RE = re.compile(r"^(注|note)\s*[：:]", re.I)
# the sentence every conflict note ends with: the company's own rule decides
COMPANY_DECIDES = {"zh": "以本公司规定为准。", "en": "Follow your company's own rule."}
CITE_RE = re.compile(r"\{@([^{}\s]+)\}")


@dataclass(frozen=True)
class ParsedArticle:
    meta: ZhFrontMatter | EnFrontMatter
    text: ArticleText
    key_lines: dict[str, int]  # front matter key -> line in the file


def split_front_matter(text: str, rel: str) -> tuple[str, str, int]:
    """(front matter, body, body's first line number)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise YamlProblem(1, "an article starts with a '---' line and YAML front matter")
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    raise YamlProblem(1, "front matter is not closed by a '---' line")


def extract_clauses(body: str, body_line: int, rel: str) -> tuple[list[Clause], list[ContentProblem]]:
    """Numbered sections (`## N Title`) and clauses (paragraphs starting `N.M `) of an article body."""
    clauses: list[Clause] = []
    found: list[ContentProblem] = []
    section: int | None = None
    seen_unnumbered = False
    seen: dict[str, int] = {}
    notes: dict[int, list[Note]] = {}  # index in clauses -> its notes
    last: tuple[int, ...] = ()  # the previous clause's number, as numbers
    for kind, level, line, content, _ in markdown.blocks(body):
        line += body_line
        if kind == "note":
            note, problem = _note(content, line, rel)
            if problem is not None:
                found.append(problem)
            elif section is None or not clauses or int(clauses[-1].number.split(".")[0]) != section:
                found.append(ContentProblem(rel, line, "a note stands under the clause it is about"))
            else:
                notes.setdefault(len(clauses) - 1, []).append(note)
            continue
        if kind == "heading":
            if level != 2:
                continue
            title = content
            m = markdown.SECTION_RE.match(title)
            if m:
                number = int(m.group(1))
                if seen_unnumbered:
                    found.append(ContentProblem(rel, line, f"numbered section '{title}' after an unnumbered one"))
                expected = 1 if section is None else section + 1
                if number != expected:
                    found.append(ContentProblem(rel, line, f"section {number} should be numbered {expected}"))
                section = number
            else:
                seen_unnumbered = True
                section = None
        else:
            m = markdown.CLAUSE_RE.match(content)
            if not m:
                continue
            number = m.group(1)
            if number in seen:
                found.append(ContentProblem(rel, line, f"clause {number} appears twice (first at line {seen[number]})"))
                continue
            key = tuple(map(int, number.split(".")))
            head = key[0]
            if section is None:
                found.append(ContentProblem(rel, line, f"clause {number} is outside a numbered section ('## N Title')"))
            elif head != section:
                found.append(ContentProblem(rel, line, f"clause {number} stands in section {section}"))
            if clauses and key <= last:
                found.append(ContentProblem(rel, line, f"clause {number} comes after {clauses[-1].number}; number in order"))
            last = key
            seen[number] = line
            clauses.append(Clause(number=number, text=m.group(2).strip(), line=line))
    for index, clause_notes in notes.items():
        c = clauses[index]
        clauses[index] = Clause(c.number, c.text, c.line, tuple(clause_notes))
    return clauses, found


def _note(text: str, line: int, rel: str) -> tuple[Note | None, ContentProblem | None]:
    """The note a blockquote holds (`text`: its paragraphs, see markdown.blocks): its kind marker, its text, the
    sources it cites."""
    m = NOTE_RE.match(text)
    if m is None:
        if OLD_NOTE_RE.match(text):
            why = "a note says whether it is a wording note ('> 措辞：' / '> Wording:') or a conflict ('> 冲突：' / '> Conflict:')"
        else:
            why = "a quoted block is a note: start it with '> 措辞：' / '> Wording:' or '> 冲突：' / '> Conflict:'"
        return None, ContentProblem(rel, line, why)
    kind = NOTE_KINDS[m.group(1).lower()]
    body = text[m.end():].strip()
    cited = tuple(dict.fromkeys(CITE_RE.findall(body)))
    if not cited:
        return None, ContentProblem(rel, line, f"a {kind} note cites the sources it speaks of, as {{@source-id}}")
    if kind == "conflict" and len(cited) < 2:
        return None, ContentProblem(rel, line, "a conflict note cites each source whose rule differs ({@a} … {@b})")
    return Note(kind, body, cited, line), None


def _key_lines(front: str, located) -> dict[str, int]:
    """Front matter key -> its line in the file: where a line starts with the key (front matter is a block
    mapping, its keys at the left), else from the parse's nodes (composed only then)."""
    lines: dict[str, int] = {}
    for i, line in enumerate(front.split("\n")):
        key = line.partition(":")[0].strip("'\"")
        if key and key[0] not in " \t#-" and key not in lines:
            lines[key] = i + 2  # the front matter starts on the file's second line
    return {key: lines.get(key) or located.line_of((key,)) for key in located.data}


def parse_article(text: str, rel: str) -> tuple[ParsedArticle | None, list[ContentProblem]]:
    name = Path(rel).name
    m = ARTICLE_NAME_RE.match(name)
    if not m:
        return None, [ContentProblem(rel, 1, "article files are named <id>.zh.md or <id>.en.md (kebab-case id)")]
    try:
        front, body, body_line = split_front_matter(text, rel)
        located = load_yaml(front, line_offset=1)
    except YamlProblem as exc:
        return None, [ContentProblem(rel, exc.line, exc.message)]
    if not isinstance(located.data, dict):
        return None, [ContentProblem(rel, 2, "front matter must be a mapping of keys (id, lang, title, ...)")]
    model = ZhFrontMatter if m.group("lang") == "zh" else EnFrontMatter
    try:
        meta = model.model_validate(located.data)
    except ValidationError as exc:
        return None, problems.from_validation(exc, located, rel)
    found: list[ContentProblem] = []
    if meta.id != m.group("id"):
        found.append(ContentProblem(rel, located.line_of(("id",)), f"id '{meta.id}' does not match the file name '{name}'"))
    clauses, clause_problems = extract_clauses(body, body_line, rel)
    found.extend(clause_problems)
    decides = COMPANY_DECIDES[meta.lang]
    for clause in clauses:
        for note in clause.notes:
            if note.kind == "conflict" and decides.lower() not in note.text.lower():
                found.append(ContentProblem(rel, note.line, f"a conflict note tells the trainee which rule decides: "
                                                            f"end it with '{decides}'"))
    if not clauses:
        found.append(ContentProblem(rel, body_line, "no numbered clauses (write paragraphs such as '1.1 ...' under '## 1 Title')"))
    article_text = ArticleText(
        lang=meta.lang, title=meta.title, summary=meta.summary, body=body,
        clauses=tuple(clauses), path=rel, body_line=body_line,
    )
    key_lines = _key_lines(front, located)
    return ParsedArticle(meta=meta, text=article_text, key_lines=key_lines), found
