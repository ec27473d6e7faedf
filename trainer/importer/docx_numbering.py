"""Word's automatic numbering (numbering.xml) turned into the labels a reader sees: "1.", "第一条", "（二）", "1.2"."""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "零一二三四五六七八九十"


def chinese_number(n: int) -> str:
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _CN[tens] + "十" + (_CN[ones] if ones else "")
    return str(n)


def _format(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting",
               "chineseLegalSimplified", "ideographLegalTraditional"):
        return chinese_number(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, rest = "", n
        for v, s in vals:
            while rest >= v:
                out, rest = out + s, rest - v
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "bullet" or fmt == "none":
        return ""
    return str(n)


def _numpr(element):
    ppr = element.find(f"{W}pPr")
    return ppr.find(f"{W}numPr") if ppr is not None else None


@dataclass
class Numbering:
    levels: dict[tuple[str, int], tuple[str, str, int]] = field(default_factory=dict)  # (numId, ilvl) -> fmt, text, start
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> "Numbering":
        out = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return out
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in a.findall(f"{W}lvl"):
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                levels[ilvl] = (fmt.get(f"{W}val") if fmt is not None else "decimal",
                                text.get(f"{W}val") if text is not None else f"%{ilvl + 1}.",
                                int(start.get(f"{W}val")) if start is not None else 1)
            abstract[a.get(f"{W}abstractNumId")] = levels
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{W}val"), {}).items():
                out.levels[(num.get(f"{W}numId"), ilvl)] = spec
        return out

    def label(self, p, style=None) -> str:
        """The number Word shows before paragraph element `p` (its own numbering, else its style's; styles based
        on others are followed), or "" (advances the list's counters)."""
        numpr = _numpr(p)
        while numpr is None and style is not None:
            numpr = _numpr(style.element)
            style = style.base_style
        if numpr is None:
            return ""
        num_id_el, ilvl_el = numpr.find(f"{W}numId"), numpr.find(f"{W}ilvl")
        if num_id_el is None:
            return ""
        num_id = num_id_el.get(f"{W}val")
        ilvl = int(ilvl_el.get(f"{W}val")) if ilvl_el is not None else 0
        spec = self.levels.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        starts = [self.levels.get((num_id, i), ("decimal", "", 1))[2] for i in range(9)]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else starts[ilvl]
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text, _ = spec
        if fmt == "bullet":
            return ""
        label = text
        for i in range(ilvl + 1):
            value = counters[i] or starts[i]
            lvl_fmt = self.levels.get((num_id, i), ("decimal", "", 1))[0]
            label = label.replace(f"%{i + 1}", _format(value, lvl_fmt if i == ilvl else "decimal"))
        return label.strip()
