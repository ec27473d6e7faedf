"""A long Word document of numbered rules, for the speed figure (50 pages in ≤ 5 s) and its test."""

from __future__ import annotations

import io


def long_docx(pages: int = 50) -> bytes:
    """About `pages` pages: a heading per page and twelve numbered rules of some 60 characters each."""
    from docx import Document

    doc = Document()
    doc.add_heading("服务行为规范汇编", level=0)
    n = 0
    for chapter in range(1, pages + 1):
        doc.add_heading(f"第{chapter}部分 服务要求", level=1)
        for _ in range(12):
            n += 1
            doc.add_paragraph(f"{n}. 第{n}项：服务人员在第{chapter}类工作中应在{n % 9 + 1}小时内完成回访，并做好记录，"
                              "保持礼貌，耐心解答用户提出的问题，不得推诿。")
        doc.add_page_break()
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
