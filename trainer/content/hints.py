"""Words that help an author fix a problem: the name they probably meant, how two numberings differ."""

from __future__ import annotations

import difflib


def did_you_mean(name: str, choices) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def numbering_diff(zh: list[str], en: list[str]) -> str:
    missing = [n for n in zh if n not in en]
    extra = [n for n in en if n not in zh]
    parts = []
    if missing:
        parts.append("missing " + ", ".join(missing[:8]))
    if extra:
        parts.append("not in the Chinese source: " + ", ".join(extra[:8]))
    if not parts:
        parts.append("same clauses in a different order")
    return "clause numbers differ from the Chinese file: " + "; ".join(parts)
