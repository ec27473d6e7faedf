"""Read stage: each format and encoding gives the same text, with its place in the file."""

import codecs

import pytest

from tests.importer.fixtures import CODE_ZH, HTML, docx_bytes, pdf_bytes
from trainer.importer.model import DocumentError
from trainer.importer.read import read_document


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""),
                                          ("gbk", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
                                          ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""), ("big5", b"")])
def test_text_in_every_encoding_is_detected(encoding, bom):
    text = CODE_ZH if encoding != "big5" else "服務規範\n第一條 電話鈴響3聲內必須接起。\n"
    blocks = read_document("code.txt", bom + text.encode(encoding))
    assert blocks[0].text == text.splitlines()[0]
    if encoding == "big5":  # traditional characters are read as such
        assert blocks[1].text == "第一條 電話鈴響3聲內必須接起。"
    else:
        third = next(b for b in blocks if b.text.startswith("第三条"))
        assert third.text == "第三条 电话铃响3声内必须接起。" and third.place.line == 9


def test_docx_headings_numbering_and_tables():
    blocks = read_document("规范.docx", docx_bytes())
    assert blocks[0].kind == "heading" and blocks[0].text == "上门服务规范"
    heading = next(b for b in blocks if b.text == "仪容仪表")
    assert heading.kind == "heading" and heading.level == 1
    items = [b for b in blocks if b.kind == "item"]
    assert [b.label for b in items] == ["1.", "2.", "3.", "4."]
    row = next(b for b in blocks if b.kind == "row" and "紧急" in b.text)
    assert row.text == "紧急；30分钟"


def test_pdf_text_layer_with_pages():
    blocks = read_document("code.pdf", pdf_bytes(["1. Answer the phone within three rings.",
                                                   "2. Never say: I do not know."]))
    assert [b.text for b in blocks] == ["1. Answer the phone within three rings.", "2. Never say: I do not know."]
    assert blocks[1].place.page == 1 and blocks[1].place.line == 2


def test_html_drops_scripts_navigation_and_comments():
    blocks = read_document("page.html", HTML.encode("utf-8"))
    texts = [b.text for b in blocks]
    assert "热线坐席服务规范" in texts and "1、电话铃响3声内必须接起。" in texts
    assert not any("下载" in t or "comment" in t or "color" in t or "首页" in t or "版权" in t for t in texts)
    h1 = next(b for b in blocks if b.text == "热线坐席服务规范")
    assert h1.kind == "heading" and h1.level == 1 and h1.place.line == 5


def test_markdown_headings_and_items():
    blocks = read_document("code.md", "# 服务规范\n\n## 一、电话\n\n- 电话铃响3声内接起。\n".encode())
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("heading", 1, "服务规范"), ("heading", 2, "一、电话"), ("item", 0, "电话铃响3声内接起。")]


@pytest.mark.parametrize("name,data,message", [
    ("empty.txt", b"", "the file is empty"),
    ("blank.docx", b"   \n", "the file is empty"),
    ("binary.txt", bytes(range(256)) * 40, "not a text file"),
    ("broken.docx", b"PK\x03\x04 this is not really a zip file", "damaged"),
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected"),
    ("scan.pdf", pdf_bytes(None, image_only=True), "this PDF has no text: run OCR first"),
    ("broken.pdf", b"%PDF-1.4\n garbage", "damaged"),
    ("slides.pptx", b"PK...", "not a format trainer can import"),
])
def test_bad_documents_get_a_clear_message(name, data, message):
    with pytest.raises(DocumentError) as info:
        read_document(name, data)
    assert message in str(info.value) and name in str(info.value)


def test_a_50_mb_file_is_refused_before_reading():
    with pytest.raises(DocumentError, match=r"too big \(50.0 MB; the limit is 40 MB\)"):
        read_document("huge.txt", b"a" * (50 * 1024 * 1024))


def test_a_docx_that_unpacks_to_gigabytes_is_refused():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (300 * 1024 * 1024) + b"</w:document>")
    data = buf.getvalue()
    assert len(data) < 2 * 1024 * 1024
    with pytest.raises(DocumentError, match=r"too big \(300.0 MB; the limit is 200 MB\)"):
        read_document("bomb.docx", data)
