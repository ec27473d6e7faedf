"""Rule numbers in a clause (3 rings, 24 hours, 95 %) and a draft fact question for each: the right number and
three plausible wrong ones in the same unit. Pure and reproducible."""

from __future__ import annotations

import re

from trainer.importer.markers import cn_value
from trainer.importer.model import RuleNumber

UNITS = ("个工作日", "工作日", "小时", "分钟", "秒钟", "秒", "天", "日", "周", "个月", "月", "年", "次", "声", "遍", "%",
         "％", "公里", "米", "人", "hours", "hour", "minutes", "minute", "seconds", "second", "days", "day",
         "rings", "times", "percent")
_NUM = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百]{1,4})"
_RULE = re.compile(_NUM + r"\s*(" + "|".join(re.escape(u) for u in UNITS) + r")")


def rule_numbers(text: str) -> list[RuleNumber]:
    out = []
    for m in _RULE.finditer(text):
        raw, unit = m.group(1), m.group(2)
        value = float(raw) if raw[0].isdigit() else cn_value(raw)
        if value is None or value == 0:
            continue
        before = text[max(0, m.start() - 1):m.start()]
        if before.isdigit() or before in ".-/":
            continue
        if raw == "一" and before != "第":  # 说一遍, 查一下, 一次就把工作做好: words, not rule numbers
            continue
        if unit in ("年", "月", "日") and (value > 31 or re.match(r"[\d-]", text[m.end():m.end() + 1] or " ")):
            continue  # a date, not a rule
        out.append(RuleNumber(float(value), "%" if unit == "％" else unit, m.group(0), m.span()))
    return out


def wrong_values(value: float, unit: str) -> list[float]:
    """Three different plausible wrong values for `value` (never negative; percentages at most 100)."""
    if value == int(value):
        v = int(value)
        pool = [v * 2, v + 1, v - 1, v * 3, v + 2, max(1, v // 2), v * 4] if v <= 10 else \
            [v * 2, round(v * 1.5), max(1, v // 2), v + 10, max(1, v - 10), v * 3, v - 5, v + 5, v - 20]
    else:
        pool = [value * 2, value + 1, value / 2, value + 0.5]
    out = []
    for w in pool:
        if unit == "%" and w > 100:
            continue
        if w > 0 and w != value and w not in out:
            out.append(w)
        if len(out) == 3:
            break
    return out


def show(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
