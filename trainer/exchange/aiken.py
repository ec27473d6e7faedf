"""The Aiken format: a one-line question, lettered options ("A." or "A)"), then "ANSWER: B"."""

from __future__ import annotations

import re

from trainer.exchange.model import Answer, Item, Parsed

_OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
_ANSWER = re.compile(r"^ANSWER:\s*([A-Z])\s*$")


def parse(text: str) -> Parsed:
    out = Parsed()
    item: Item | None = None
    letters: list[str] = []
    for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if item is None:
            item, letters = Item("single", line, n), []
            continue
        m = _OPTION.match(line)
        if m and not item.answers or m and letters and ord(m.group(1)) == ord(letters[-1]) + 1:
            letters.append(m.group(1))
            item.answers.append(Answer(m.group(2).strip()))
            continue
        a = _ANSWER.match(line)
        if a and item.answers:
            if a.group(1) in letters:
                item.answers[letters.index(a.group(1))].fraction = 100
                out.items.append(item)
            else:
                out.skipped.append((item.line, f"ANSWER: {a.group(1)} names no option"))
            item = None
            continue
        out.skipped.append((item.line, f"line {n} is neither an option (A. …) nor ANSWER: X"))
        item = None
    if item is not None:
        out.skipped.append((item.line, "the question has no ANSWER: line"))
    return out
