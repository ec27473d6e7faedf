"""Phrase lists: what a code tells staff to say (服务用语) and never to say (服务忌语), from lists under such headings,
inline lists ("服务用语：“请”“谢谢”…"), and quoted words in a clause ("严禁说“不”", "应主动说“您好”"). Pure."""

from __future__ import annotations

import re

from trainer.importer.model import FoundLesson, FoundPhrase, Place

SERVICE_HEADS = re.compile(r"(服[务務]常用[语語]|服[务務]用[语語]|文明用[语語]|[礼禮]貌用[语語]|[规規][范範]用[语語]|常用[语語]|[标標][准準]用[语語]|[问問]候[语語]|Service phrases)")
FORBIDDEN_HEADS = re.compile(r"(服[务務]忌[语語]|禁忌用[语語]|禁忌[语語]|服[务務]禁用[语語]|禁用[语語]|忌[语語]|禁[语語]|Forbidden phrases)")
# before a quotation in the same sentence: the words that forbid it
_FORBID = re.compile(r"([严嚴]禁|禁止|不得|不[准準]|不要|不可|切忌|切勿|忌|禁)[^。；;“”]{0,12}$")
_SAY = re.compile(r"([说說]|[问問]|[称稱]呼|用[语語]|表示|告诉|答|[问問]候|[报報]|道|[语語][术術]|[话話][术術]|[话話]述|[语語]为|示意[^。；;“”]{0,4}|介[绍紹][^。；;“”]{0,8}|如)[^。；;“”]{0,6}[:：,，]?\s*$")
# a quotation ends at its closing mark; web copies lose some, so also before the next quotation, a semicolon,
# ", 然后" or the next phrase heading
_QUOTE = re.compile(r"[“\"]([^“”\"]{1,80}?)(?:[”\"]|(?=\s*[“\"])|(?=[;；])|(?=[,，]\s*然后)|(?=服务忌语|服务用语)|(?=$))")
# words said without quotation marks, after a colon: "自我介绍:您好,我是XXX。"
_SAID = re.compile(r"(?:[说說]|介[绍紹]|道[别別]|[问問]候[语語]|[话話][术術]|[话話]述|告知|答[复復])\s*[:：]\s*(?![“\"])((?:您好|如果|请|[谢謝][谢謝]|[对對]不起|很抱歉|感[谢謝]|打[扰擾]|[欢歡]迎)[^。；;“”]{1,60}[。]?)")


def phrases_of(lessons: list[FoundLesson], loose: list[tuple[str, Place]]) -> list[FoundPhrase]:
    """Every phrase in the clauses of `lessons`, and in `loose` paragraphs (lists outside any clause)."""
    out: list[FoundPhrase] = []
    for li, lesson in enumerate(lessons):
        for section in lesson.sections:
            section_mode = _mode(section.title)
            inherited, depth, carry = None, 0, None
            for c in section.clauses:
                level = c.number.count(".")
                if inherited and level <= depth:
                    inherited = None
                own = _mode(c.text[:8])
                if own:  # "一、礼貌用语“您好”…": this clause and the ones under it list phrases
                    inherited, depth = own, level
                mode = own or inherited or section_mode or carry
                out.extend(_from_text(c.text, c.place, (li, c.number), mode))
                # a list begun at the end of this clause ("…一、礼貌用语“您好”…") goes on in the next ones
                carry = _trailing_list(c.text) or (carry if _QUOTE.search(c.text) else None)
    for text, place in loose:
        out.extend(_from_text(text, place, None, None))
    return _unique(out)


def _trailing_list(text: str) -> str | None:
    heads = list(re.finditer(f"{SERVICE_HEADS.pattern}|{FORBIDDEN_HEADS.pattern}", text))
    if not heads or not _list_reaches(text, heads[-1].end(), len(text)):
        return None
    return "forbidden" if FORBIDDEN_HEADS.fullmatch(heads[-1].group(0)) else "service"


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
    previous_end, previous_kind = -10, None
    quote_only = _quote_only(text)
    for m in _QUOTE.finditer(text):
        body = m.group(1).strip()
        if not body:
            continue
        rest = re.match(r"([^“”\"。]{1,40})”", text[m.end():]) if text[m.end() - 1:m.end()] == "”" else None
        if rest:  # “您好,宁夏电通服务”,XXX工号,请问有什么可以帮您?”: a closing mark too early
            body = body + rest.group(1)
        start = m.start()
        kind, heading = mode, "list"
        chained = previous_kind is not None and re.fullmatch(r"\s*[”\"]?\s*[或和、,，及与]?\s*", text[previous_end:start])
        head = [s for s in spans if s[1] <= start]
        before = text[max(0, start - 40):start]
        sentence_before = re.split(r"[。；;]", before)[-1]
        near = re.split(r"[。；;，,]", before)[-1]
        if _FORBID.search(near):  # "…多运用礼貌用语…,严禁说“我不知道”": the words right before decide
            kind, heading = "forbidden", _FORBID.search(near).group(1)
        elif head and _list_reaches(text, head[-1][1], start):
            kind, heading = head[-1][2], head[-1][3]
        elif chained:  # “感谢您的耐心等待”或“很抱歉，让您久等啦”: the second is said like the first
            kind, heading = previous_kind, "quoted with the one before"
        elif _FORBID.search(sentence_before):
            kind, heading = "forbidden", _FORBID.search(sentence_before).group(1)
        elif _SAY.search(sentence_before):
            kind, heading = "service", _SAY.search(sentence_before).group(1)
        after = text[m.end():m.end() + 8]
        if re.match(r"\s*等?(禁忌语|忌语|禁语|禁用语)", after):
            kind, heading = "forbidden", "等禁忌语"
        if kind is None and quote_only:
            kind, heading = "service", "a list of quoted phrases"
        previous_end = m.end()
        previous_kind = kind
        if kind is None:
            continue
        for part in _split(body, kind):
            out.append(FoundPhrase(kind, part, place, heading, clause))
    for m in _SAID.finditer(text):
        kind = "forbidden" if _FORBID.search(text[max(0, m.start() - 14):m.start()]) else "service"
        out.append(FoundPhrase(kind, m.group(1).strip(), place, "said after a colon", clause))
    if mode and not out:  # a list item without quotation marks, under a phrase heading
        for part in _split(text, mode):
            if len(part) <= 40 and not re.search(r"[:：]", part):
                out.append(FoundPhrase(mode, part, place, "list", clause))
    return out


def _quote_only(text: str) -> bool:
    rest = re.sub(r"[“\"][^“”\"]*(?:[”\"]|$)", "", text)
    return len(re.sub(r"[\s、，,。.；;：:…“”\"]+", "", rest)) <= 2 and ("“" in text or '"' in text)


def _list_reaches(text: str, head_end: int, start: int) -> bool:
    """Whether the quotation at `start` still belongs to the list that began at `head_end`."""
    between = text[head_end:start]
    return not re.search(r"[。]", re.sub(r"[“\"][^“”\"]*[”\"]", "", between)) or len(between) < 4


def _split(body: str, kind: str) -> list[str]:
    body = body.strip().strip("…. ")
    # a forbidden list in one quotation ("我不知道、不清楚、这个不归我管……"); a service phrase stays whole
    parts = re.split(r"[、；;]", body) if kind == "forbidden" else [body]
    return [p.strip().strip("…,，.。 ") for p in parts if p.strip().strip("…,，.。 ")]


def _unique(phrases: list[FoundPhrase]) -> list[FoundPhrase]:
    seen, out = set(), []
    for p in phrases:
        key = (p.kind, re.sub(r"[\W_]+", "", p.text))
        if key[1] and key not in seen:
            seen.add(key)
            out.append(p)
    return out
