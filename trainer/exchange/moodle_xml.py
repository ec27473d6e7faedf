"""Moodle XML: multichoice, truefalse, shortanswer, numerical, matching, ordering (the qtype_ordering plugin) and
essay read and written; categories kept; other types reported and skipped. Our own data rides in an XML comment."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as xml_escape

from trainer.exchange.gift import weight
from trainer.exchange.model import Answer, Item, Parsed

META = "trainer: "
KNOWN = {"multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering", "essay", "category"}


class XmlError(ValueError):
    pass


def parse(text: str) -> Parsed:
    if re.search(r"<!(DOCTYPE|ENTITY)", text[:4096]):
        raise XmlError("this XML declares a DTD or entities, which a Moodle question file never does")
    lines = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"<question[\s>]", text)]
    try:
        root = ET.fromstring(text.encode("utf-8"), parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
    except ET.ParseError as exc:
        raise XmlError(f"not well-formed XML ({exc})") from None
    if root.tag != "quiz":
        raise XmlError("not a Moodle XML question file (its root element is not <quiz>)")
    out = Parsed()
    category, meta, index = "", None, 0
    for el in root:
        if el.tag is ET.Comment:
            body = (el.text or "").strip()
            if body.startswith(META):
                try:
                    meta = json.loads(body[len(META):])
                except ValueError:
                    meta = None
            continue
        if el.tag != "question":
            continue
        line = lines[index] if index < len(lines) else 0
        index += 1
        qtype = el.get("type", "")
        if qtype == "category":
            category = _text(el.find("category")).replace("$course$/", "").replace("$system$/", "").strip("/")
            continue
        if qtype not in KNOWN:
            out.skipped.append((line, f"a '{qtype}' question: not a type trainer has"))
            meta = None
            continue
        item = _question(el, qtype, line, category, meta)
        meta = None
        if item.kind == "skip":
            out.skipped.append((line, item.reason))
        else:
            out.items.append(item)
    return out


def _text(el) -> str:
    if el is None:
        return ""
    inner = el.find("text")
    raw = (inner.text if inner is not None else el.text) or ""
    fmt = el.get("format", "")
    if fmt in ("html", "moodle_auto_format", "") and "<" in raw:
        raw = re.sub(r"<br\s*/?>|</p>\s*<p>", "\n", raw)
        raw = re.sub(r"<[^>]+>", "", raw)
        from html import unescape

        raw = unescape(raw)
    return raw.strip()


def _question(el, qtype: str, line: int, category: str, meta) -> Item:
    item = Item("single", _text(el.find("questiontext")), line, title=_text(el.find("name")), category=category,
                meta=meta, general_feedback=_text(el.find("generalfeedback")))
    answers = [Answer(_text(a), float(a.get("fraction", "0") or 0), _text(a.find("feedback")))
               for a in el.findall("answer")]
    if qtype == "essay":
        item.kind = "essay"
    elif qtype == "truefalse":
        right = next((a for a in answers if a.fraction > 0), None)
        if right is None:
            return Item("skip", "", line, reason="a true/false question with no right answer")
        item.kind, item.truth, item.answers = "true-false", right.text.lower() == "true", [right]
    elif qtype == "numerical":
        right = [a for a in answers if a.fraction > 0]
        tolerances = [float(_text(a.find("tolerance")) or 0) for a in el.findall("answer") if float(a.get("fraction", 0) or 0) > 0]
        if len(right) != 1 or any(tolerances):
            return Item("skip", "", line, reason="a numerical range or tolerance: trainer's numbers are exact")
        try:
            item.kind, item.number, item.answers = "numeric", float(right[0].text), right
        except ValueError:
            return Item("skip", "", line, reason=f"a numerical answer that is not a number: {right[0].text!r}")
    elif qtype == "shortanswer":
        item.kind, item.answers = "short", [a for a in answers if a.fraction > 0]
    elif qtype == "matching":
        item.kind = "match"
        for sub in el.findall("subquestion"):
            item.pairs.append((_text(sub), _text(sub.find("answer"))))
    elif qtype == "ordering":
        item.kind = "order"
        ordered = sorted(enumerate(answers), key=lambda p: (p[1].fraction, p[0]))
        item.pairs = [(str(n + 1), a.text) for n, (_, a) in enumerate(ordered)]
    else:
        single = _text(el.find("single")).lower() in ("true", "1")
        item.answers = answers
        right = [a for a in answers if a.fraction > 0]
        if not right:
            return Item("skip", "", line, reason="a multiple-choice question with no right answer")
        item.kind = "single" if single and len(right) == 1 else "multiple"
    return item


# -- writing ------------------------------------------------------------------------------------------

def _t(tag: str, text: str, fmt: str | None = "plain_text") -> str:
    attr = f' format="{fmt}"' if fmt else ""
    return f"<{tag}{attr}><text>{xml_escape(text)}</text></{tag}>"


def write(items: list[Item]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    category = None
    for item in items:
        if item.category != category:
            category = item.category
            out.append(f'  <question type="category"><category><text>$course$/{xml_escape(category)}</text>'
                       "</category></question>")
        if item.meta:
            body = json.dumps(item.meta, ensure_ascii=False, sort_keys=True).replace("--", "-\\u002d")
            out.append(f"  <!-- {META}{body} -->")
        out.append(_question_xml(item))
    out.append("</quiz>")
    return "\n".join(out) + "\n"


_TYPES = {"single": "multichoice", "multiple": "multichoice", "true-false": "truefalse", "numeric": "numerical",
          "short": "shortanswer", "match": "matching", "order": "ordering", "essay": "essay"}


def _question_xml(item: Item) -> str:
    parts = [f'  <question type="{_TYPES[item.kind]}">', "    " + _t("name", item.title, None),
             "    " + _t("questiontext", item.text), "    " + _t("generalfeedback", item.general_feedback),
             "    <defaultgrade>1</defaultgrade>"]
    answer = lambda a: (f'    <answer fraction="{weight(a.fraction)}" format="plain_text"><text>{xml_escape(a.text)}'  # noqa: E731
                        f"</text><feedback><text>{xml_escape(a.feedback)}</text></feedback></answer>")
    if item.kind in ("single", "multiple"):
        parts.append(f"    <single>{'true' if item.kind == 'single' else 'false'}</single>")
        parts.append("    <shuffleanswers>1</shuffleanswers>")
        parts += [answer(a) for a in item.answers]
    elif item.kind == "true-false":
        fb = item.answers[0].feedback if item.answers else ""
        parts.append(answer(Answer("true", 100 if item.truth else 0, fb if item.truth else "")))
        parts.append(answer(Answer("false", 0 if item.truth else 100, "" if item.truth else fb)))
    elif item.kind == "numeric":
        parts.append(f'    <answer fraction="100"><text>{item.number:g}</text><tolerance>0</tolerance></answer>')
    elif item.kind == "short":
        parts.append("    <usecase>0</usecase>")
        parts += [answer(a) for a in item.answers]
    elif item.kind == "match":
        parts.append("    <shuffleanswers>1</shuffleanswers>")
        for left, right in item.pairs:
            parts.append(f'    <subquestion format="plain_text"><text>{xml_escape(left)}</text>'
                         f"<answer><text>{xml_escape(right)}</text></answer></subquestion>")
    elif item.kind == "order":
        parts += ["    <layouttype>VERTICAL</layouttype>", "    <selecttype>ALL</selecttype>",
                  "    <gradingtype>ABSOLUTE_POSITION</gradingtype>"]
        for n, (_, step) in enumerate(item.pairs, start=1):
            parts.append(f'    <answer fraction="{n}" format="plain_text"><text>{xml_escape(step)}</text></answer>')
    elif item.kind == "essay":
        parts += ["    <responseformat>plain</responseformat>", "    <responsefieldlines>5</responsefieldlines>",
                  "    " + _t("graderinfo", item.general_feedback, "plain_text")]
    parts.append("  </question>")
    return "\n".join(parts)
