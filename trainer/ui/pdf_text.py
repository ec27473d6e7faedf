"""The PDF's text layer gives the characters that were drawn: 项目, 能力, 一组, 不足, 颜色, 自律.

Qt writes each font's ToUnicode map from the font's cmap, and Noto Sans CJK maps a Kangxi radical (U+2F00–U+2FD5)
and the ideograph it looks like (一 U+4E00 and ⼀ U+2F00) to one glyph; Qt's reverse lookup then finds the
radical, so a report's 一 力 目 色 足 自 are copied, searched and read aloud as ⼀ ⼒ ⽬ ⾊ ⾜ ⾃. This rewrites the
maps after Qt writes the file: every radical a map gives becomes its ideograph (its compatibility decomposition,
NFKC). A report never draws a radical on purpose, so nothing is lost.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"^\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(.*)$")
_CHAR = re.compile(rb"^(\s*<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)(.*)$")


def ideograph(text: str) -> str:
    """`text` with each CJK radical as the ideograph it stands for (⼀ → 一, ⽬ → 目)."""
    return _RADICALS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def _fix_hex(token: bytes) -> bytes:
    raw = bytes.fromhex(token.decode("ascii"))
    if len(raw) % 2:
        return token
    text = raw.decode("utf-16-be", errors="surrogatepass")
    fixed = ideograph(text)
    return token if fixed == text else fixed.encode("utf-16-be").hex().upper().encode("ascii")


def _fix_values(part: bytes) -> bytes:
    return _HEX.sub(lambda m: b"<" + _fix_hex(m.group(1)) + b">", part)


def fix_cmap(data: bytes) -> bytes:
    """A ToUnicode CMap with its destinations (never its glyph codes) mapped from radicals to ideographs."""
    out, section = [], None
    for line in data.split(b"\n"):
        word = line.strip()
        if word.endswith(b"beginbfrange") or word.endswith(b"beginbfchar"):
            section = word.split()[-1]
        elif word in (b"endbfrange", b"endbfchar"):
            section = None
        elif section == b"beginbfrange" and (m := _RANGE.match(line)):
            lo, hi, rest = m.groups()
            if rest.strip().startswith(b"[") or lo == hi:
                line = b"<" + lo + b"> <" + hi + b"> " + _fix_values(rest)
            else:  # an incrementing range: spelt out, so one radical in it cannot shift the others
                start = bytes.fromhex(rest.strip()[1:-1].decode("ascii")).decode("utf-16-be", "surrogatepass")
                values = [chr(ord(start[-1]) + i) for i in range(int(hi, 16) - int(lo, 16) + 1)]
                line = (b"<" + lo + b"> <" + hi + b"> [" + b" ".join(
                    b"<" + (start[:-1] + ideograph(v)).encode("utf-16-be").hex().upper().encode() + b">"
                    for v in values) + b"]")
        elif section == b"beginbfchar" and (m := _CHAR.match(line)):
            line = m.group(1) + _fix_values(m.group(2)) + m.group(3)
        out.append(line)
    return b"\n".join(out)


def fix_text_layer(path: Path | str) -> int:
    """Rewrite the ToUnicode maps of the PDF at `path` in place; the number of maps changed."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(str(path))
    writer = PdfWriter(clone_from=reader)
    changed, seen = 0, set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            cmap_ref = font.get(NameObject("/ToUnicode"))
            if cmap_ref is None or id(cmap_ref.get_object()) in seen:
                continue
            stream = cmap_ref.get_object()
            seen.add(id(stream))
            data = stream.get_data()
            fixed = fix_cmap(data)
            if fixed != data:
                stream.set_data(fixed)
                changed += 1
    if changed:
        with open(path, "wb") as out:
            writer.write(out)
    return changed
