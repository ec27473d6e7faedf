"""Documents written by the tests themselves: a code of conduct in each format and encoding."""

from __future__ import annotations

import io
import zlib

CODE_ZH = """客户服务行为规范
目 录
第一章 总则........1
第二章 电话规范........2
第一章 总则
第一条 为提高服务质量，制定本规范。
第二条 本规范适用于全体客服人员。
第二章 电话规范
第三条 电话铃响3声内必须接起。
第四条 客户投诉须在24小时内答复。
第1页/共2页
第五条 接听电话时应主动问好，说“您好，这里是客服中心”。
服务用语
1. “请您稍等”
2. “感谢您的耐心等待”
服务忌语：“我不知道”、“这不归我管”
"""


def docx_bytes(numbered: bool = True, tables: bool = True) -> bytes:
    """A Word file with a title, Heading 1/2 styles, Word's automatic numbering and a table."""
    from docx import Document

    doc = Document()
    doc.add_heading("上门服务规范", level=0)
    doc.add_heading("仪容仪表", level=1)
    style = "List Number" if numbered else None
    doc.add_paragraph("上门服务时需着工作服，衣着整洁。", style=style)
    doc.add_paragraph("男士不留长发、不留长指甲。", style=style)
    doc.add_heading("服务时限", level=1)
    doc.add_paragraph("接到报修后2小时内联系客户。", style=style)
    doc.add_paragraph("一般故障须在3天内修复。", style=style)
    if tables:
        table = doc.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "故障等级"
        table.cell(0, 1).text = "响应时间"
        table.cell(1, 0).text = "紧急"
        table.cell(1, 1).text = "30分钟"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def pdf_bytes(lines: list[str] | None, image_only: bool = False) -> bytes:
    """A minimal PDF written by hand: one page of Helvetica text lines, or a page with only a picture."""
    if image_only:
        content = b"q 100 0 0 100 50 600 cm /Im1 Do Q"
        resources = b"<< /XObject << /Im1 5 0 R >> >>"
    else:
        ops = ["BT /F1 12 Tf 14 TL 72 720 Td"]
        for line in lines or []:
            ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
        ops.append("ET")
        content = "\n".join(ops).encode("latin-1")
        resources = b"<< /Font << /F1 4 0 R >> >>"
    pixels = zlib.compress(b"\x80" * (8 * 8))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R /Resources " + resources + b" >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length " + str(len(pixels)).encode() + b" >>\nstream\n" + pixels + b"\nendstream",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


HTML = """<!DOCTYPE html><html><head><title>服务规范</title><script>var ad = "下载";</script>
<style>p {color: red}</style></head><body>
<nav><a href="/">首页</a> | <a href="/dl">立即下载</a></nav>
<!-- a comment that must not become a rule -->
<h1>热线坐席服务规范</h1>
<h2>一、接听规范</h2>
<p>1、电话铃响3声内必须接起。</p>
<p>2、通话结束时需等待客户挂机后方可结束通话。</p>
<h2>二、禁止行为</h2>
<ul><li>（一）严禁对客户说“不”。</li><li>（二）严禁在接听电话时吃、喝或嚼东西。</li></ul>
<footer>版权所有 © 某某文库</footer>
</body></html>"""
