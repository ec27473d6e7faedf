"""Moodle's GIFT format: every documented feature read (comments, $CATEGORY:, ::titles::, [formats], per-answer
feedback, ####general feedback, %weights%, escapes, multi-line questions, the missing-word form), and written."""

from __future__ import annotations

import json
import re

from trainer.exchange.model import Answer, Item, Parsed

META = "// trainer: "
_SPECIAL = "~=#{}:"


def escape(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for ch in _SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", "\\n")


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt == "n" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out).strip()


def _unescaped(text: str, chars: str, start: int = 0) -> int:
    """Index of the first of `chars` in `text` from `start` that no backslash escapes, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in chars:
            return i
        i += 1
    return -1


def parse(text: str) -> Parsed:
    out = Parsed()
    category, meta = "", None
    chunk: list[str] = []
    chunk_line = 0
    chunk_meta = None

    def finish():
        nonlocal chunk, chunk_meta
        if chunk and "".join(chunk).strip():
            item = _question("\n".join(chunk), chunk_line, category, chunk_meta)
            if item.kind == "skip":
                out.skipped.append((item.line, item.reason))
            else:
                out.items.append(item)
        chunk, chunk_meta = [], None

    for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if line.startswith(META):
            try:
                meta = json.loads(line[len(META):])
            except ValueError:
                out.warnings.append((n, "an unreadable trainer comment was ignored"))
            continue
        if line.startswith("//"):
            continue
        if not line:
            if chunk and _balanced("\n".join(chunk)):
                finish()
            continue
        if line.startswith("$CATEGORY:") and not chunk:
            category = re.sub(r"^\$(course|system|module|coursecategory|cat\d+)\$/?", "",
                              line[len("$CATEGORY:"):].strip()).strip("/")
            continue
        if not chunk:
            chunk_line, chunk_meta, meta = n, meta, None
        chunk.append(raw)
    finish()
    return out


def _balanced(text: str) -> bool:
    """Whether every answer block opened in `text` is closed (a blank line inside one does not end it)."""
    depth, i = 0, 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
    return depth <= 0


def _question(text: str, line: int, category: str, meta) -> Item:
    fmt = re.match(r"^(?:::.*?::)?\s*\[(html|moodle|plain|markdown)\]", text.strip(), re.S)
    text = re.sub(r"^\[(html|moodle|plain|markdown)\]", "", text.strip()).strip()
    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end > 0:
            title, text = unescape(text[2:end]), text[end + 2:].strip()
    text = re.sub(r"^\[(html|moodle|plain|markdown)\]", "", text).strip()
    start = _unescaped(text, "{")
    if start < 0:
        return Item("skip", "", line, reason="no answer block {…}: a description, not a question")
    end = _unescaped(text, "}", start)
    if end < 0:
        return Item("skip", "", line, reason="the answer block is not closed with }")
    if _unescaped(text, "{", end + 1) >= 0:
        return Item("skip", "", line, reason="several answer blocks (a cloze question): not a type trainer has")
    before, block, after = text[:start], text[start + 1:end], text[end + 1:]
    prompt = unescape(before) + (" _____ " + unescape(after) if after.strip() else "")
    if fmt and fmt.group(1) == "html":  # our texts are plain: the tags go, entities are read
        import html

        prompt = html.unescape(re.sub(r"<br\s*/?>|</p>\s*<p>", "\n", prompt))
        prompt = re.sub(r"<[^>]+>", "", prompt).strip()
    item = Item("single", prompt.strip(), line, title=title, category=category, meta=meta)
    block, general = _split_general(block)
    item.general_feedback = general
    body = block.strip()
    if re.fullmatch(r"(?s)\d+:[A-Z_]+:.*", body):
        return Item("skip", "", line, reason="an embedded-answers (cloze) question: not a type trainer has")
    if not body:
        item.kind = "essay"
        return item
    tf = re.fullmatch(r"(?s)(TRUE|FALSE|T|F)\s*((?:#(?:[^#\\]|\\.)*)*)", body)
    if tf:
        item.kind, item.truth = "true-false", tf.group(1).startswith("T")
        feedback = [unescape(f) for f in re.split(r"(?<!\\)#", tf.group(2))[1:]]
        item.answers = [Answer("TRUE" if item.truth else "FALSE", 100, feedback[0] if feedback else "")]
        return item
    if body.startswith("#"):
        return _numeric(item, body[1:])
    answers = _answers(body)
    if not answers:
        return Item("skip", "", line, reason="no answers in the answer block")
    if all(sign == "=" for sign, _ in answers) and any("->" in a for _, a in answers):
        item.kind = "match"
        for _, a in answers:
            left, _, right = _split_unescaped(a, "->")
            item.pairs.append((unescape(left), unescape(right)))
        return item
    parsed = [_weighted(sign, a) for sign, a in answers]
    item.answers = parsed
    if all(sign == "=" for sign, _ in answers):
        item.kind = "short"
        return item
    right = [a for a in parsed if a.fraction > 0]
    if not right:
        return Item("skip", "", line, reason="a multiple-choice question with no right answer")
    full = [a for a in right if a.fraction >= 100]
    item.kind = "single" if len(right) == 1 and len(full) == 1 else "multiple"
    return item


def _split_general(block: str) -> tuple[str, str]:
    i = 0
    while i < len(block):
        if block[i] == "\\":
            i += 2
            continue
        if block.startswith("####", i):
            return block[:i], unescape(block[i + 4:])
        i += 1
    return block, ""


def _split_unescaped(text: str, sep: str) -> tuple[str, str, str]:
    i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(sep, i):
            return text[:i], sep, text[i + len(sep):]
        i += 1
    return text, "", ""


def _answers(body: str) -> list[tuple[str, str]]:
    """The answers of a block as (sign, text with its weight and feedback), split at unescaped ~ and =."""
    out, i, current, sign = [], 0, [], None
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            current.append(body[i:i + 2])
            i += 2
            continue
        if ch in "~=":
            if sign is not None:
                out.append((sign, "".join(current).strip()))
            sign, current = ch, []
        else:
            current.append(ch)
        i += 1
    if sign is not None:
        out.append((sign, "".join(current).strip()))
    return out


def _weighted(sign: str, text: str) -> Answer:
    weight = 100.0 if sign == "=" else 0.0
    m = re.match(r"%(-?\d+(?:\.\d+)?)%", text)
    if m:
        weight, text = float(m.group(1)), text[m.end():]
    body, _, feedback = _split_unescaped(text, "#")
    return Answer(unescape(body), weight, unescape(feedback))


def _numeric(item: Item, body: str) -> Item:
    answers = [a for _, a in _answers(body)] if re.search(r"(?<!\\)=", body) else [body]
    if len(answers) != 1:
        return Item("skip", "", item.line, reason="a numerical question with several ranges: not a type trainer has")
    value, _, feedback = _split_unescaped(answers[0], "#")
    value = re.sub(r"^%\d+(\.\d+)?%", "", value.strip())
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?", value.strip())
    if not m or (m.group(2) and float(m.group(2)) != 0):
        return Item("skip", "", item.line, reason="a numerical range or tolerance: trainer's numbers are exact")
    item.kind, item.number = "numeric", float(m.group(1))
    item.answers = [Answer(m.group(1), 100, unescape(feedback))]
    return item


def weight(fraction: float) -> str:
    """A percentage as Moodle lists its grades: 33.33333, 50, -100."""
    return f"{fraction:.5f}".rstrip("0").rstrip(".")


# -- writing ------------------------------------------------------------------------------------------

def write(items: list[Item]) -> str:
    lines: list[str] = ["// Questions exported by trainer (GIFT). Lines starting // trainer: carry what GIFT cannot.",
                        ""]
    category = None
    for item in items:
        if item.category != category:
            category = item.category
            lines += [f"$CATEGORY: $course$/{category}", ""]
        if item.meta:
            lines.append(META + json.dumps(item.meta, ensure_ascii=False, sort_keys=True))
        lines.append(f"::{escape(item.title)}::{escape(item.text)} {{{_block(item)}}}")
        lines.append("")
    return "\n".join(lines)


def _block(item: Item) -> str:
    general = f"####{escape(item.general_feedback)}" if item.general_feedback else ""
    fb = lambda a: f"#{escape(a.feedback)}" if a.feedback else ""  # noqa: E731
    if item.kind == "true-false":
        return ("TRUE" if item.truth else "FALSE") + general
    if item.kind == "numeric":
        return f"#{item.number:g}{general}"
    if item.kind == "essay":
        return general
    if item.kind in ("match", "order"):
        pairs = item.pairs
        return "\n" + "\n".join(f"={escape(a)} -> {escape(b)}" for a, b in pairs) + (f"\n{general}" if general else "") + "\n"
    if item.kind == "short":
        return " ".join(f"={escape(a.text)}{fb(a)}" for a in item.answers) + general
    if item.kind == "single":
        return "\n" + "\n".join(("=" if a.fraction >= 100 else "~") + escape(a.text) + fb(a) for a in item.answers) + \
            (f"\n{general}" if general else "") + "\n"
    parts = []
    for a in item.answers:
        parts.append(f"~%{weight(a.fraction)}%{escape(a.text)}{fb(a)}")
    return "\n" + "\n".join(parts) + (f"\n{general}" if general else "") + "\n"
