"""Draft stage: what was found -> the files of a content folder (path -> text), every item marked as drafted.
Pure: `draft_files` returns the texts; `write_folder` is the one place that touches the disk."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from trainer.importer.model import FoundClause, FoundLesson, FoundPhrase
from trainer.importer.numbers import show, wrong_values
from trainer.importer.pipeline import DocumentResult

UNTRANSLATED = "(not translated yet) "
COMPETENCIES = """\
# Drafted by `trainer import-document`: the competencies of the reference code, to assign lessons to.
competencies:
  - id: etiquette
    name: {zh: 礼仪形象, en: Etiquette and appearance}
  - id: communication
    name: {zh: 沟通用语, en: Communication and language}
  - id: responsibility
    name: {zh: 责任担当, en: Responsibility and follow-through}
  - id: process
    name: {zh: 服务流程, en: Service process and safety}
  - id: complaint-handling
    name: {zh: 投诉处理, en: Complaint handling}
  - id: data-safety
    name: {zh: 数据安全, en: Data and information security}
  - id: integrity
    name: {zh: 廉洁自律, en: Integrity}
"""
_COMPETENCY_WORDS = [("complaint-handling", "投诉"), ("data-safety", "数据|保密|信息安全|资料"),
                     ("integrity", "廉洁|礼品|贿|回扣"), ("communication", "电话|用语|语言|沟通|接听"),
                     ("etiquette", "仪表|仪容|着装|礼仪|形象|举止"), ("process", "流程|现场|施工|上门|维修|安全")]


@dataclass
class Summary:
    lessons: int = 0
    clauses: int = 0
    service_phrases: list[str] = field(default_factory=list)
    forbidden_phrases: list[str] = field(default_factory=list)
    questions: int = 0
    removed_lines: int = 0
    problems: list[str] = field(default_factory=list)  # "file:line: warning: …" the reviewer must finish

    def as_dict(self) -> dict:
        return {"lessons": self.lessons, "clauses": self.clauses, "service_phrases": self.service_phrases,
                "forbidden_phrases": self.forbidden_phrases, "questions": self.questions,
                "removed_lines": self.removed_lines, "problems": self.problems}


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def slug(name: str) -> str:
    stem = re.sub(r"_[0-9a-f]{8,}$", "", Path(name).stem).lower()
    words = re.findall(r"[a-z0-9]+", stem)
    return "-".join(words)[:30].strip("-") or "document"


def source_id(name: str, index: int) -> str:
    m = re.match(r"^(\d{3})(?:\D|$)", Path(name).name)
    return m.group(1) if m else f"{900 + index:03d}"


def draft_files(documents: list[DocumentResult]) -> tuple[dict[str, str], Summary]:
    files: dict[str, str] = {"competencies.yaml": COMPETENCIES}
    summary = Summary()
    sources = []
    used_ids: set[str] = set()
    order = 0
    for di, doc in enumerate(documents):
        base = slug(doc.name)
        if base in used_ids:
            base = f"{base}-{di + 1}"
        used_ids.add(base)
        source = base  # the document's id in the source registry (sources.yaml)
        title = _line(doc.structure.title) or doc.name
        sources.append(f"  - id: {q(source)}\n    seed: {q(source_id(doc.name, di))}\n"
                       f"    # imported from {_line(doc.name)}\n"
                       f"    title: {{zh: {q(title)}, en: {q(UNTRANSLATED + title)}}}\n")
        summary.removed_lines += len(doc.removed)
        lesson_ids = []
        for li, lesson in enumerate(doc.structure.lessons):
            order += 10
            lesson_id = f"{base}-{li + 1}"
            lesson_ids.append(lesson_id)
            zh, en = _article(lesson, lesson_id, source, order)
            files[f"articles/{lesson_id}.zh.md"] = zh
            files[f"articles/{lesson_id}.en.md"] = en
            summary.lessons += 1
            summary.clauses += len(lesson.clauses)
            questions = _number_questions(lesson, lesson_id, source)
            if questions:
                files[f"quizzes/{lesson_id}.yaml"] = "# Drafted by trainer import-document: review before use.\n" \
                                                      "questions:\n" + "".join(questions)
                summary.questions += len(questions)
        phrases = doc.structure.phrases
        service = [p for p in phrases if p.kind == "service"]
        forbidden = [p for p in phrases if p.kind == "forbidden"]
        summary.service_phrases += [p.text for p in service]
        summary.forbidden_phrases += [p.text for p in forbidden]
        # a phrase file of each kind per document, so drafts never replace a bank the folder (or library) has
        for kind, found in (("service", service), ("forbidden", forbidden)):
            if found:
                files[f"phrases/{base}-{kind}.yaml"] = (
                    f"# Drafted by trainer import-document from {_line(doc.name)}: review before use.\n"
                    f"kind: {kind}\ngroups:\n" + _group(base, doc, found, kind, source, lesson_ids, summary))
        classify = _classify_questions(base, phrases, lesson_ids, source)
        if classify:
            files[f"quizzes/{base}-phrases.yaml"] = "# Drafted by trainer import-document: review before use.\n" \
                                                    "questions:\n" + "".join(classify)
            summary.questions += len(classify)
    files["sources.yaml"] = "# The documents these drafts were made from (the source registry).\nsources:\n" + \
        "".join(sources)
    summary.problems.extend(_translation_warnings(files))
    return files, summary


def _translation_warnings(files: dict[str, str]) -> list[str]:
    """`path:line: warning: not translated yet` for each English text the draft left in Chinese."""
    out = []
    for path, text in files.items():
        if path.endswith(".en.md") or path.endswith(".yaml"):
            count = text.count(UNTRANSLATED)
            if count:
                line = text[: text.index(UNTRANSLATED)].count("\n") + 1
                out.append(f"{path}:{line}: warning: {count} English texts not translated yet")
    return out


def _competency(lesson: FoundLesson) -> str:
    text = lesson.title + "".join(s.title for s in lesson.sections)
    for comp, words in _COMPETENCY_WORDS:
        if re.search(words, text):
            return comp
    return "responsibility"


def _article(lesson: FoundLesson, lesson_id: str, source: str, order: int) -> tuple[str, str]:
    title = _line(lesson.title) or lesson_id
    head = (f"---\nid: {lesson_id}\nlang: zh\ntitle: {q(title)}\norder: {order}\n"
            f"competencies: [{_competency(lesson)}]\nsources: [{q(source)}]\n"
            f"summary: {q('导入草稿：' + title)}\n---\n")
    en_head = (f"---\nid: {lesson_id}\nlang: en\ntitle: {q(UNTRANSLATED + title)}\n"
               f"summary: {q(UNTRANSLATED + 'imported draft: ' + title)}\n---\n")
    zh_body, en_body = [], []
    for s in lesson.sections:
        zh_body.append(f"\n## {s.number} {_line(s.title) or title}\n")
        en_body.append(f"\n## {s.number} {UNTRANSLATED}{_line(s.title) or title}\n")
        for c in s.clauses:
            text = _line(c.text)
            zh_body.append(f"\n{c.number} {text}\n\n> 措辞：导入草稿，待审核。出自{{@{source}}}（{_ref(c)}，{c.place}）。\n")
            en_body.append(f"\n{c.number} {UNTRANSLATED}{text}\n\n> Wording: imported draft, to review. From "
                           f"{{@{source}}} ({_ref(c)}, {c.place}).\n")
    return head + "".join(zh_body), en_head + "".join(en_body)


def _ref(c: FoundClause) -> str:
    return c.source_ref.replace("¶", "段落").strip() or "段落"


def _line(text: str) -> str:
    """One Markdown paragraph that the article parser reads as plain text."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^([#>*+\-]|\d+\.)\s*", "", text)
    return text.replace("<", "＜").replace(">", "＞").replace("[", "［").replace("]", "］").replace("`", "'")


def _clause_ref(p: FoundPhrase, lesson_ids: list[str]) -> str | None:
    if p.clause is None or p.clause[0] >= len(lesson_ids):
        return None
    return f"{lesson_ids[p.clause[0]]}:{p.clause[1]}"


def _group(base: str, doc: DocumentResult, phrases: list[FoundPhrase], kind: str, source: str,
           lesson_ids: list[str], summary: Summary) -> str:
    title = _line(doc.structure.title)
    zh_title = ("服务用语：" if kind == "service" else "服务忌语：") + title
    out = [f"  - id: {base}-{kind}\n    title: {{zh: {q(zh_title)}, en: {q(UNTRANSLATED + zh_title)}}}\n"
           "    phrases:\n"]
    fallback = f"{lesson_ids[0]}:{doc.structure.lessons[0].clauses[0].number}"
    for n, p in enumerate(phrases, start=1):
        ref = _clause_ref(p, lesson_ids)
        out.append(f"      - id: {base}-{kind[0]}{n}\n        zh: {q(p.text)}\n        en: {q(UNTRANSLATED + p.text)}\n")
        if kind == "forbidden":
            # no alternative: the document gives none, and the validator lists the phrase as a warning
            out.append(f"        breaks: [{ref or fallback}]\n")
            summary.problems.append(f"phrases/{base}-forbidden.yaml:1: warning: phrase '{base}-{kind[0]}{n}' "
                                    f"({p.text}): alternative needed")
        elif ref:
            out.append(f"        clauses: [{ref}]\n")
        out.append(f"        sources: [{q(source)}]\n        # found at {p.place}: {p.heading}\n")
    return "".join(out)


def _number_questions(lesson: FoundLesson, lesson_id: str, source: str) -> list[str]:
    out = []
    for c in lesson.clauses:
        for k, num in enumerate(c.numbers[:2]):
            wrong = wrong_values(num.value, num.unit)
            if len(wrong) < 3:
                continue
            rng = random.Random(f"{lesson_id}:{c.number}:{k}")
            values = [num.value, *wrong]
            rng.shuffle(values)
            answer = values.index(num.value)
            blank = c.text[: num.span[0]] + "____" + num.unit + c.text[num.span[1]:]
            opts = "".join(f"      - {{zh: {q(show(v) + num.unit)}, en: {q(show(v) + ' ' + num.unit)}}}\n"
                           for v in values)
            prompt = f"第 {c.number} 条：“{_line(blank)[:160]}” 空格处应为多少？"
            out.append(
                f"  - id: {lesson_id}-n{c.number.replace('.', '-')}-{k + 1}\n    type: single\n"
                f"    clauses: [{lesson_id}:{c.number}]\n"
                f"    prompt: {{zh: {q(prompt)}, en: {q(UNTRANSLATED + prompt)}}}\n    options:\n{opts}"
                f"    answer: {answer}\n"
                f"    explanation: {{zh: {q('第 ' + c.number + ' 条：' + _line(c.text)[:200])}, "
                f"en: {q(UNTRANSLATED + 'clause ' + c.number + ': ' + _line(c.text)[:200])}}}\n")
    return out


def _classify_questions(base: str, phrases: list[FoundPhrase], lesson_ids: list[str], source: str) -> list[str]:
    out = []
    counters = {"service": 0, "forbidden": 0}
    for p in phrases:
        counters[p.kind] += 1
        ref = _clause_ref(p, lesson_ids)
        if ref is None:
            continue
        pid = f"{base}-{p.kind[0]}{counters[p.kind]}"
        answer = 0 if p.kind == "service" else 1
        prompt = f"“{p.text}”是服务用语还是服务忌语？"
        out.append(
            f"  - id: {pid}-classify\n    type: single\n    style: classify\n    phrase: {pid}\n"
            f"    clauses: [{ref}]\n    prompt: {{zh: {q(prompt)}, en: {q(UNTRANSLATED + prompt)}}}\n"
            "    options:\n      - {zh: 服务用语, en: A service phrase}\n      - {zh: 服务忌语, en: A forbidden phrase}\n"
            f"    answer: {answer}\n"
            f"    explanation: {{zh: {q('见第 ' + ref.split(':')[1] + ' 条。')}, "
            f"en: {q('See clause ' + ref.split(':')[1] + '.')}}}\n")
    return out


def write_folder(files: dict[str, str], out: Path) -> None:
    """Write the drafted files under `out` (made if missing). Refuses a folder that already holds content."""
    from trainer.errors import TrainerError

    if out.exists() and any(out.iterdir()):
        raise TrainerError("{out}: the folder is not empty: choose a new folder for the drafts", out=out)
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
