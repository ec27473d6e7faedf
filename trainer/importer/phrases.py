"""Phrase lists: what a code tells staff to say (服务用语) and never to say (服务忌语), from lists under such headings,
inline lists ("服务用语：“请”“谢谢”…"), and quoted words in a clause ("严禁说“不”", "应主动说“您好”"). Pure."""

from __future__ import annotations

import re

from trainer.importer.model import FoundLesson, FoundPhrase, Place

SERVICE_HEADS = re.compile(r"(服务常用语|服务用语|文明用语|礼貌用语|规范用语|常用语|标准用语|问候语|Service phrases)")
FORBIDDEN_HEADS = re.compile(r"(服务忌语|禁忌用语|禁忌语|服务禁用语|禁用语|忌语|禁语|Forbidden phrases)")
# before a quotation in the same sentence: the words that forbid it
_FORBID = re.compile(r"(严禁|禁止|不得|不准|不要|不可|切忌|切勿|忌|禁)[^。；;“”]{0,12}$")
_SAY = re.compile(r"(说|问|称呼|用语|表示|告诉|答|问候|报|道)[^。；;“”]{0,6}[:：,，]?\s*$")
_QUOTE = re.compile(r"[“\"]([^“”\"]{1,80}?)(?:[”\"]|(?=\s*[“\"])|(?=$))")


def phrases_of(lessons: list[FoundLesson], loose: list[tuple[str, Place]]) -> list[FoundPhrase]:
    """Every phrase in the clauses of `lessons`, and in `loose` paragraphs (lists outside any clause)."""
    out: list[FoundPhrase] = []
    for li, lesson in enumerate(lessons):
        for section in lesson.sections:
            mode = _mode(section.title)
            for c in section.clauses:
                out.extend(_from_text(c.text, c.place, (li, c.number), mode))
    for text, place in loose:
        out.extend(_from_text(text, place, None, None))
    return _unique(out)


def _mode(title: str) -> str | None:
    if FORBIDDEN_HEADS.search(title):
        return "forbidden"
    if SERVICE_HEADS.search(title):
        return "service"
    return None


def _from_text(text: str, place: Place, clause, mode: str | None) -> list[FoundPhrase]:
    out = []
    # an inline list: everything after "服务用语：" up to the next such heading is that kind
    spans = []
    for m in re.finditer(f"{SERVICE_HEADS.pattern}|{FORBIDDEN_HEADS.pattern}", text):
        spans.append((m.start(), m.end(), "forbidden" if FORBIDDEN_HEADS.fullmatch(m.group(0)) else "service",
                      m.group(0)))
    for m in _QUOTE.finditer(text):
        body = m.group(1).strip()
        if not body:
            continue
        start = m.start()
        kind, heading = mode, "list"
        head = [s for s in spans if s[1] <= start]
        before = text[max(0, start - 40):start]
        sentence_before = re.split(r"[。；;]", before)[-1]
        if head and _list_reaches(text, head[-1][1], start):
            kind, heading = head[-1][2], head[-1][3]
        elif _FORBID.search(sentence_before):
            kind, heading = "forbidden", _FORBID.search(sentence_before).group(1)
        elif _SAY.search(sentence_before):
            kind, heading = "service", _SAY.search(sentence_before).group(1)
        after = text[m.end():m.end() + 8]
        if re.match(r"\s*等?(禁忌语|忌语|禁语|禁用语)", after):
            kind, heading = "forbidden", "等禁忌语"
        if kind is None:
            continue
        for part in _split(body, kind):
            out.append(FoundPhrase(kind, part, place, heading, clause))
    if mode and not out:  # a list item without quotation marks, under a phrase heading
        for part in _split(text, mode):
            if len(part) <= 40:
                out.append(FoundPhrase(mode, part, place, "list", clause))
    return out


def _list_reaches(text: str, head_end: int, start: int) -> bool:
    """Whether the quotation at `start` still belongs to the list that began at `head_end`."""
    between = text[head_end:start]
    return not re.search(r"[。]", re.sub(r"[“\"][^“”\"]*[”\"]", "", between)) or len(between) < 4


def _split(body: str, kind: str) -> list[str]:
    body = body.strip().strip("…. ")
    parts = re.split(r"[、；;]", body) if kind == "forbidden" or "、" in body and len(body) < 40 else [body]
    return [p.strip().strip("…,，.。 ") for p in parts if p.strip().strip("…,，.。 ")]


def _unique(phrases: list[FoundPhrase]) -> list[FoundPhrase]:
    seen, out = set(), []
    for p in phrases:
        key = (p.kind, re.sub(r"[\W_]+", "", p.text))
        if key[1] and key not in seen:
            seen.add(key)
            out.append(p)
    return out
