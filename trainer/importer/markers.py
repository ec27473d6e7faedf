"""Clause numbers in every form Chinese and English rules use, found anywhere in a line, and kept only where they
continue a numbering (so "3声" or a page number in mid-sentence is not a clause). Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}

# full-width digits and brackets to half width, one character for one, so offsets stay the same
_HALF = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "（": "(", "）": ")", "．": ".",
                       "\u3000": " ", "：": ":", "；": ";"})


def half_width(text: str) -> str:
    return text.translate(_HALF)


def cn_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = CN_DIGITS[ch]
    return total + current


_CN = "[一二三四五六七八九十百零〇两]{1,4}"
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("chapter", re.compile(rf"第\s*({_CN}|\d{{1,3}})\s*(?:章|部分|部|篇)")),
    ("part", re.compile(rf"第\s*({_CN}|\d{{1,3}})\s*[节節]")),
    ("article", re.compile(rf"第\s*({_CN}|\d{{1,3}})\s*[条條]")),
    ("cn", re.compile(rf"({_CN})\s*[、.]")),
    ("pcn", re.compile(rf"\(\s*({_CN})\s*\)")),
    ("dotted", re.compile(r"(\d{1,2}(?:\.\d{1,2}){1,3})(?:\s*、|\.(?=\D)|\s+|(?=[^\d.%]))")),
    ("num", re.compile(r"(\d{1,3})\s*(?:、|\.(?![\d.])|\s*\)(?!\)))")),
    ("pnum", re.compile(r"\(\s*(\d{1,2})\s*\)")),
    ("circled", re.compile(r"([\u2460-\u2473])")),
    ("alpha", re.compile(r"(?<![A-Za-z])([a-h])\s*[.、)](?![A-Za-z.])")),
    ("bullet", re.compile(r"([➢●•◆▪■◇►▶])\s*")),
    ("bare", re.compile(r"(\d{1,2})(?=\s*[\u4e00-\u9fff]|\s+[A-Z])")),
]
# what may stand right before a number found in mid-line
_BEFORE = set("。；;:！？!?）)”\"」』 ,，.…、")


@dataclass(frozen=True)
class Candidate:
    block: int  # index into the blocks
    start: int  # offset of the marker in the block's text
    end: int  # offset just after it
    style: str
    value: tuple[int, ...]  # (3,) or (7, 2, 1)
    raw: str


def candidates(texts: list[str]) -> list[Candidate]:
    out = []
    for bi, text in enumerate(texts):
        flat = half_width(text)
        taken: list[tuple[int, int]] = []
        for style, pattern in PATTERNS:
            for m in pattern.finditer(flat):
                start, end = m.start(), m.end()
                if any(s <= start < e for s, e in taken):
                    continue
                if not _context_ok(flat, start, style):
                    continue
                value = _value(style, m.group(1))
                if value is None:
                    continue
                out.append(Candidate(bi, start, end, style, value, text[start:end].strip()))
                taken.append((start, end))
    out.sort(key=lambda c: (c.block, c.start))
    return out


def _context_ok(flat: str, start: int, style: str) -> bool:
    if start == 0:
        return True
    before = flat[start - 1]
    if style == "bare":
        return False  # "1电话铃响…" only at the start of a line
    if style in ("num", "dotted", "pnum") and (before.isdigit() or before == "."):
        return False
    if style == "cn" and (before in CN_DIGITS or before in "十百第"):
        return False
    if style in ("chapter", "article", "part", "dotted", "circled", "pcn", "bullet"):
        return True  # distinctive enough to stand after any character ("…职责1.1、严格…")
    if before in _BEFORE:
        return True
    # "…日常行为规范1. 精神风貌": after a Chinese character only the outline decides
    return "\u4e00" <= before <= "\u9fff" and style in ("cn", "num", "alpha") or before.isdigit() and style == "cn"


def _value(style: str, text: str) -> tuple[int, ...] | None:
    if style == "circled":
        return (ord(text) - 0x2460 + 1,)
    if style == "alpha":
        return (ord(text) - ord("a") + 1,)
    if style == "bullet":
        return (1,)
    if style == "dotted":
        return tuple(int(p) for p in text.split("."))
    v = cn_value(text.replace(" ", ""))
    return None if v is None or v == 0 else (v,)


@dataclass
class Outline:
    """The numbering state while reading: a stack of (style, value) from the top level down."""

    stack: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    last_seen: dict[str, int] = field(default_factory=dict)
    last_depth: dict[str, int] = field(default_factory=dict)

    def accept(self, c: Candidate, force: bool = False) -> int | None:
        """The depth at which `c` continues the numbering, or None (then it is text). Updates the state.
        `force`: a number Word itself put there (its numbering may go on across headings)."""
        style, value = c.style, c.value
        if force and style != "dotted":
            styles = [s for s, _ in self.stack]
            if style in styles:
                del self.stack[styles.index(style):]
            return self._push(style, value)
        if style == "dotted":
            return self._dotted(c)
        if style == "bullet":  # every bullet is the next item of its list
            styles = [s for s, _ in self.stack]
            if style in styles:
                del self.stack[styles.index(style):]
            return self._push(style, value)
        v = value[0]
        styles = [s for s, _ in self.stack]
        if style in styles:
            depth = styles.index(style)
            last = self.stack[depth][1][0]
            if v == last + 1 or (v == last + 2 and len(self.stack) == depth + 1 and style != "bare"):
                del self.stack[depth:]
                return self._push(style, value)
            return None
        if v == self.last_seen.get(style, -5) + 1 and v != 1:
            # 第三条 after 第二章: rules numbered right through the chapters, at the depth they had
            del self.stack[self.last_depth.get(style, len(self.stack)):]
            return self._push(style, value)
        if v == 1:
            return self._push(style, value)
        return None

    def _dotted(self, c: Candidate) -> int | None:
        value = c.value
        for tries in (value, _tenths(value)):
            if tries is None:
                continue
            for depth in range(len(self.stack) - 1, -1, -1):
                style, have = self.stack[depth]
                if style == "dotted" and len(have) == len(tries) and have[:-1] == tries[:-1] \
                        and tries[-1] == have[-1] + 1:
                    del self.stack[depth:]
                    return self._push("dotted", tries)
                if style in ("dotted", "num", "bare") and len(tries) == len(have) + 1 and tries[:-1] == have \
                        and tries[-1] == 1:
                    del self.stack[depth + 1:]
                    return self._push("dotted", tries)
            if not self.stack and tries[-1] == 1:
                return self._push("dotted", tries)
            # a new top-level group written only with dotted numbers (4.1 after 3.9)
            for depth in range(len(self.stack) - 1, -1, -1):
                style, have = self.stack[depth]
                if style == "dotted" and len(have) == len(tries) and len(tries) >= 2 and \
                        tries[-2] == have[-2] + 1 and tries[-1] == 1 and tries[:-2] == have[:-2]:
                    del self.stack[depth:]
                    return self._push("dotted", tries)
        return None

    def _push(self, style: str, value: tuple[int, ...]) -> int:
        self.stack.append((style, value))
        self.last_seen[style] = value[-1]
        self.last_depth[style] = len(self.stack) - 1
        return len(self.stack) - 1

    def reset(self) -> None:
        self.stack.clear()
        self.last_seen.clear()
        self.last_depth.clear()


def _tenths(value: tuple[int, ...]) -> tuple[int, ...] | None:
    """Web copies turn "8.1" into "8.10": read "8.10, 8.20, 8.30" as 8.1, 8.2, 8.3."""
    if value[-1] >= 10 and value[-1] % 10 == 0:
        return (*value[:-1], value[-1] // 10)
    return None
