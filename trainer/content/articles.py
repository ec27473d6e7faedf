"""Articles: Markdown with YAML front matter, split into numbered sections and clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from trainer.content import markdown, problems
from trainer.content.model import ArticleText, Clause
from trainer.content.schema import EnFrontMatter, ZhFrontMatter
from trainer.content.yamlsrc import YamlProblem, load_yaml
from trainer.errors import ContentProblem

ARTICLE_NAME_RE = re.compile(r"^(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>zh|en)\.md$")


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
    last: tuple[int, ...] = ()  # the previous clause's number, as numbers
    for kind, level, line, content, _ in markdown.blocks(body):
        line += body_line
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
    return clauses, found


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
    if not clauses:
        found.append(ContentProblem(rel, body_line, "no numbered clauses (write paragraphs such as '1.1 ...' under '## 1 Title')"))
    article_text = ArticleText(
        lang=meta.lang, title=meta.title, summary=meta.summary, body=body,
        clauses=tuple(clauses), path=rel, body_line=body_line,
    )
    key_lines = _key_lines(front, located)
    return ParsedArticle(meta=meta, text=article_text, key_lines=key_lines), found
