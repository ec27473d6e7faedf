"""Our questions to and from the exchange formats, and a folder of imported question sets."""

from __future__ import annotations

import re
from pathlib import Path

from trainer.exchange.model import Answer, Item, Parsed

UNTRANSLATED_EN = "(not translated yet) "
UNTRANSLATED_ZH = "（尚未翻译）"
FORMATS = ("gift", "moodle-xml", "aiken")


def read_any(name: str, text: str, fmt: str | None = None) -> Parsed:
    """Items in `text`, its format from `fmt`, else from the name and the text itself."""
    from trainer.exchange import aiken, gift, moodle_xml

    fmt = fmt or guess_format(name, text)
    return {"gift": gift.parse, "moodle-xml": moodle_xml.parse, "aiken": aiken.parse}[fmt](text)


def guess_format(name: str, text: str) -> str:
    head = text.lstrip("\ufeff \n\r\t")[:200]
    if name.lower().endswith(".xml") or head.startswith("<"):
        return "moodle-xml"
    if re.search(r"(?m)^ANSWER:\s*[A-Z]\s*$", text) and not re.search(r"(?<!\\)\{", text):
        return "aiken"
    return "gift"


# -- ours -> items ------------------------------------------------------------------------------------

def to_item(q, category: str) -> Item:
    """One of our questions as an exchange item (Chinese in the body; the rest in `meta`)."""
    zh = lambda t: t.zh if t is not None else ""  # noqa: E731
    meta: dict = {"id": q.id, "en": {"prompt": q.prompt.en, "explanation": q.explanation.en,
                                     "options": [o.en for o in q.options], "items": [i.en for i in q.items]}}
    for key in ("style", "lesson", "phrase"):
        value = getattr(q, key)
        if value not in (None, False, "fact"):
            meta[key] = value
    if q.clauses:
        meta["clauses"] = list(q.clauses)
    if q.unit is not None:
        meta["unit"] = {"zh": q.unit.zh, "en": q.unit.en}
    item = Item(q.type, q.prompt.zh, 0, title=q.id, category=category, meta=meta,
                general_feedback=q.explanation.zh)
    options = [o.zh for o in q.options]
    if q.type == "single":
        item.answers = [Answer(o, 100 if i == q.answer else 0) for i, o in enumerate(options)]
    elif q.type == "multiple":
        right, wrong = len(q.answer), len(options) - len(q.answer)
        item.answers = [Answer(o, 100 / right if i in q.answer else (-100 / wrong if wrong else 0))
                        for i, o in enumerate(options)]
    elif q.type == "true-false":
        item.truth = bool(q.answer)
    elif q.type == "numeric":
        item.number = float(q.answer)
    elif q.type == "match":
        item.pairs = [(it.zh, options[a]) for it, a in zip(q.items, q.answer)]
        meta["options"] = options
    elif q.type == "order":
        item.pairs = [(str(n + 1), options[i]) for n, i in enumerate(q.answer)]
        meta["options"] = options
        meta["type"] = "order"  # GIFT has no ordering type: it goes out as matching steps to places
    elif q.type == "short":
        item.answers = [Answer(a, 100) for a in q.accept.get("zh", [])]
        meta["accept"] = {k: list(v) for k, v in q.accept.items() if k != "zh"}
        if "zh" not in q.accept:
            meta["accept_zh_missing"] = True
    elif q.type == "rewrite":
        item.kind = "essay"
        meta["type"] = "rewrite"
        meta["expect"] = {k: list(v) for k, v in q.expect.items()}
    del zh
    return item


def bank_items(content: Path, lesson: str | None = None) -> list[Item]:
    """Every question of the content folder's quizzes/, by file (the file is the category), as items."""
    from trainer.content.loader import load_catalog
    from trainer.errors import TrainerError

    result = load_catalog(content)
    if not result.ok:
        raise TrainerError("{content}: the content has problems: run trainer validate first", content=content)
    catalog = result.catalog
    import yaml

    items = []
    for path in sorted((content / "quizzes").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in data.get("questions", []):
            q = catalog.questions.get(entry.get("id"))
            if q is None:
                continue
            if lesson and not (q.clauses and q.clauses[0].split(":")[0] == lesson):
                continue
            items.append(to_item(q, path.stem))
    if lesson and not items:
        raise TrainerError("no questions for lesson '{lesson}'", lesson=lesson)
    return items


# -- items -> ours ------------------------------------------------------------------------------------

def _cjk(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def _pair(text: str, en: str | None) -> dict:
    if en is not None:
        return {"zh": text, "en": en}
    if _cjk(text):
        return {"zh": text, "en": UNTRANSLATED_EN + text}
    return {"zh": UNTRANSLATED_ZH + text, "en": text}


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:40].strip("-")


def from_item(item: Item, fallback_id: str) -> tuple[dict | None, str | None, list[str]]:
    """(question data for our YAML, or None and the reason it is skipped; warnings)."""
    meta = item.meta or {}
    en = meta.get("en") or {}
    warnings: list[str] = []
    kind = meta.get("type") if meta.get("type") in ("rewrite", "order") else item.kind
    q: dict = {"id": meta.get("id") or _slug(item.title) or fallback_id, "type": kind}
    for key in ("style", "lesson"):
        if key in meta:
            q[key] = meta[key]
    if meta.get("clauses"):
        q["clauses"] = meta["clauses"]
    if meta.get("phrase"):
        q["phrase"] = meta["phrase"]
    q["prompt"] = _pair(item.text, en.get("prompt"))
    en_options = en.get("options") or []

    def options(texts: list[str]) -> list[dict]:
        return [_pair(t, en_options[i] if i < len(en_options) else None) for i, t in enumerate(texts)]

    right_text = ""
    if item.kind in ("single", "multiple"):
        q["options"] = options([a.text for a in item.answers])
        right = [i for i, a in enumerate(item.answers) if a.fraction > 0]
        if item.kind == "single":
            q["answer"] = right[0]
        else:
            q["answer"] = right
            weights = {round(item.answers[i].fraction, 3) for i in right}
            if len(weights) > 1 or any(item.answers[i].fraction < 99 for i in right) and not meta:
                warnings.append("partial-credit weights are lost: the positively weighted options are the right set")
        right_text = "；".join(item.answers[i].text for i in right)
    elif item.kind == "true-false":
        q["answer"] = bool(item.truth)
        right_text = "对" if item.truth else "错"
    elif item.kind == "numeric":
        q["answer"] = int(item.number) if float(item.number).is_integer() else item.number
        if "unit" in meta:
            q["unit"] = meta["unit"]
        right_text = f"{item.number:g}"
    elif kind == "order":
        steps = [right for _, right in item.pairs]
        stored = meta.get("options") or steps
        if sorted(stored) != sorted(steps):
            return None, "the ordering question's steps do not match", warnings
        q["options"] = options(stored)
        q["answer"] = [stored.index(s) for s in steps]
        right_text = " → ".join(steps)
    elif item.kind == "match":
        stored = meta.get("options") or list(dict.fromkeys(right for _, right in item.pairs))
        en_items = en.get("items") or []
        q["items"] = [_pair(left, en_items[i] if i < len(en_items) else None) for i, (left, _) in enumerate(item.pairs)]
        q["options"] = options(stored)
        try:
            q["answer"] = [stored.index(right) for _, right in item.pairs]
        except ValueError:
            return None, "a matching answer is not among the options", warnings
        right_text = "；".join(f"{a} → {b}" for a, b in item.pairs)
    elif item.kind == "short":
        texts = [a.text for a in item.answers if a.text]
        accept = {k: v for k, v in (meta.get("accept") or {}).items() if v}
        if meta.get("accept_zh_missing"):
            pass
        elif _cjk("".join(texts)) or meta:
            accept = {"zh": texts, **accept}
        else:
            accept = {"en": texts, **accept}
        q["accept"] = accept
        right_text = " / ".join(texts)
    elif item.kind == "essay":
        if kind != "rewrite":
            return None, "an essay question: not a type trainer has (it cannot be graded)", warnings
        q["expect"] = meta.get("expect") or {}
    feedback = item.general_feedback or "；".join(a.feedback for a in item.answers if a.fraction > 0 and a.feedback)
    if not feedback:
        feedback = f"正确答案：{right_text}" if _cjk(item.text) else f"Right answer: {right_text}"
    q["explanation"] = _pair(feedback, en.get("explanation"))
    if not q.get("clauses"):
        warnings.append("cites no clause yet: add the clauses it tests")
    return q, None, warnings


def check(q: dict) -> str | None:
    """Why our schema or answer check refuses `q`, or None."""
    from pydantic import ValidationError

    from trainer.content.quiz_check import answer_problem
    from trainer.content.schema import Question

    try:
        model = Question.model_validate(q)
    except ValidationError as exc:
        err = exc.errors()[0]
        return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
    return answer_problem(model)
