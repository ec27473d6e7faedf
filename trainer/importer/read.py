"""Read stage: a document's bytes -> blocks with their place in the file. Pure: bytes in, blocks out."""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from html.parser import HTMLParser

from trainer.importer.model import Block, DocumentError, Place

MAX_BYTES = 40 * 1024 * 1024  # a code of conduct is a few hundred KB; pictures in a .docx may take some MB
MAX_CHARS = 3_000_000
MAX_UNPACKED = 200 * 1024 * 1024  # what a .docx may unpack to
FORMATS = (".docx", ".pdf", ".txt", ".md", ".markdown", ".html", ".htm")


def read_document(name: str, data: bytes) -> list[Block]:
    """The blocks of the document `name` (its suffix says the format) whose bytes are `data`."""
    lower = name.lower()
    suffix = lower[lower.rfind("."):] if "." in lower else ""
    if suffix not in FORMATS:
        raise DocumentError("{name}: not a format trainer can import (use .docx, .pdf, .txt, .md or .html)",
                            name=name)
    if not data.strip():
        raise DocumentError("{name}: the file is empty", name=name)
    if len(data) > MAX_BYTES:
        raise DocumentError("{name}: the file is too big ({size:.1f} MB; the limit is {limit} MB)",
                            name=name, size=len(data) / 1048576, limit=MAX_BYTES // 1048576)
    if suffix == ".docx":
        blocks = read_docx(name, data)
    elif suffix == ".pdf":
        blocks = read_pdf(name, data)
    elif suffix in (".html", ".htm"):
        blocks = read_html(name, decode_text(name, data))
    else:
        blocks = read_text(name, decode_text(name, data), markdown=suffix in (".md", ".markdown"))
    blocks = [_radicals(b) for b in blocks]
    if sum(len(b.text) for b in blocks) > MAX_CHARS:
        raise DocumentError("{name}: the document is too long to review (more than {n:,} characters)",
                            name=name, n=MAX_CHARS)
    if not any(b.text.strip() for b in blocks):
        raise DocumentError("{name}: the document holds no text", name=name)
    return blocks


_RADICALS = re.compile(r"[\u2e80-\u2fdf]")


def _radicals(b: Block) -> Block:
    """PDF text layers often give a Kangxi radical (⼀ U+2F00) for the character it looks like (一): read it as
    that character, so 第⼀条 is 第一条."""
    if not _RADICALS.search(b.text):
        return b
    import unicodedata

    return b.with_text(_RADICALS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), b.text))


# -- plain text ---------------------------------------------------------------------------------------

def decode_text(name: str, data: bytes) -> str:
    """The text of `data`, its encoding detected: a BOM, UTF-16 by its zero bytes, else UTF-8, else GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) >= 4 and max(zeros_even, zeros_odd) > len(sample) // 8 and min(zeros_even, zeros_odd) * 4 < max(
            zeros_even, zeros_odd):
        text = data.decode("utf-16-le" if zeros_odd > zeros_even else "utf-16-be", errors="replace")
        if _looks_like_text(text):
            return text
    if b"\0" in sample:
        raise DocumentError("{name}: this is not a text file (it holds binary data)", name=name)
    for encoding in ("utf-8", "gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise DocumentError("{name}: this is not a text file (it holds binary data)", name=name)


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0xE000 <= ord(ch) <= 0xF8FF
              or ch == "\ufffd")
    return bad / len(sample) < 0.01


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_ITEM = re.compile(r"^\s*(?:[-*+•·]\s+)")


def read_text(name: str, text: str, markdown: bool = False) -> list[Block]:
    blocks = []
    for i, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip().replace("\u3000", " ").strip()
        if not stripped:
            continue
        kind, level = "para", 0
        if markdown:
            m = _MD_HEADING.match(stripped)
            if m:
                kind, level, stripped = "heading", len(m.group(1)), m.group(2)
            elif _MD_ITEM.match(stripped):
                kind, stripped = "item", _MD_ITEM.sub("", stripped, count=1)
            stripped = re.sub(r"(\*\*|__|`)", "", stripped)
        blocks.append(Block(stripped, Place(name, i), len(blocks), kind, level))
    return blocks


# -- html ---------------------------------------------------------------------------------------------

_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
         "select", "iframe", "svg", "head"}
_BREAK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table",
          "ul", "ol", "dt", "dd", "blockquote", "pre", "hr", "title", "td", "th"}


class _HtmlBlocks(HTMLParser):
    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name = name
        self.blocks: list[Block] = []
        self.skip = 0
        self.buf: list[str] = []
        self.line = 1
        self.kind, self.level = "para", 0

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if text:
            self.blocks.append(Block(text, Place(self.name, self.line), len(self.blocks), self.kind, self.level))
        self.buf = []
        self.kind, self.level = "para", 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
            return
        if tag in _BREAK:
            self.flush()
            self.line = self.getpos()[0]
            if re.fullmatch(r"h[1-6]", tag):
                self.kind, self.level = "heading", int(tag[1])
            elif tag == "li":
                self.kind = "item"

    def handle_startendtag(self, tag, attrs):
        if tag in _BREAK and not self.skip:
            self.flush()
            self.line = self.getpos()[0]

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BREAK and not self.skip:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        if not self.buf:
            self.line = self.getpos()[0]
        self.buf.append(data)


def read_html(name: str, text: str) -> list[Block]:
    parser = _HtmlBlocks(name)  # comments are dropped by HTMLParser's default handle_comment
    parser.feed(text)
    parser.close()
    parser.flush()
    return parser.blocks


# -- docx ---------------------------------------------------------------------------------------------

def read_docx(name: str, data: bytes) -> list[Block]:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise DocumentError("{name}: this Word file is password-protected (or an old .doc): save it unprotected "
                            "as .docx and import again", name=name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if "word/document.xml" not in archive.namelist():
            raise DocumentError("{name}: this .docx is damaged (it has no document part)", name=name)
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED:  # a small file that unpacks to gigabytes (a zip bomb) is refused unopened
            raise DocumentError("{name}: the file is too big ({size:.1f} MB; the limit is {limit} MB)", name=name,
                                size=unpacked / 1048576, limit=MAX_UNPACKED // 1048576)
        from docx import Document

        document = Document(io.BytesIO(data))
    except DocumentError:
        raise
    except Exception as exc:  # zipfile.BadZipFile, lxml errors, KeyError from a broken package
        raise DocumentError("{name}: this .docx is damaged and cannot be read ({why})", name=name,
                            why=type(exc).__name__) from None
    from trainer.importer.docx_numbering import Numbering

    numbering = Numbering.of(document)
    # python-docx looks a paragraph's style up anew each time (slow on long documents): once here
    styles = {st.style_id: st for st in document.styles if st.type == 1}
    default_style = next((st for st in styles.values() if st.element.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}default") in ("1", "true")), None)
    blocks: list[Block] = []
    index = 0
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            index += 1
            from docx.text.paragraph import Paragraph

            para = Paragraph(child, document)
            text = para.text.strip()
            if not text:
                continue
            style_obj = styles.get(para._p.style) if para._p.style else default_style
            style = (style_obj.name if style_obj is not None else "") or ""
            kind, level = "para", 0
            m = re.match(r"(?:Heading|标题)\s*(\d)", style)
            if m:
                kind, level = "heading", int(m.group(1))
            elif style == "Title":
                kind, level = "heading", 0
            label = numbering.label(child, style_obj)
            if label and kind == "para":
                kind = "item"
            blocks.append(Block(text, Place(name, index), len(blocks), kind, level, label))
        elif tag == "tbl":
            from docx.table import Table

            for row in Table(child, document).rows:
                index += 1
                cells = []
                for cell in row.cells:
                    t = cell.text.strip()
                    if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                        cells.append(t)
                if cells:
                    blocks.append(Block("；".join(cells), Place(name, index), len(blocks), "row"))
    return blocks


# -- pdf ----------------------------------------------------------------------------------------------

def read_pdf(name: str, data: bytes) -> list[Block]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        why = type(exc).__name__
        if "Password" in why or "Encrypt" in str(exc):
            raise DocumentError("{name}: this PDF is password-protected: save an unprotected copy and import again",
                                name=name) from None
        raise DocumentError("{name}: this PDF is damaged and cannot be read ({why})", name=name, why=why) from None
    blocks: list[Block] = []
    line = 0
    try:
        for page_no, page in enumerate(pdf.pages, start=1):
            text = page.extract_text() or ""
            for raw in text.splitlines():
                line += 1
                stripped = raw.strip()
                if stripped:
                    blocks.append(Block(stripped, Place(name, line, page_no), len(blocks)))
    except Exception as exc:
        raise DocumentError("{name}: this PDF is damaged and cannot be read ({why})", name=name,
                            why=type(exc).__name__) from None
    finally:
        pdf.close()
    if not blocks:
        raise DocumentError("{name}: this PDF has no text: run OCR first", name=name)
    return blocks
