"""A Chinese PDF with a text layer, written by Qt (as a word processor would), imports like the text it holds."""

from trainer.importer.pipeline import import_bytes


def chinese_pdf(path, lines) -> bytes:
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20)))
    painter = QPainter(writer)
    font = QFont("Noto Sans CJK SC")
    font.setPointSize(11)
    painter.setFont(font)
    step = painter.fontMetrics().height() * 1.6
    y = step
    for i, line in enumerate(lines):
        if i and i % 25 == 0:
            writer.newPage()
            y = step
        painter.drawText(QRectF(0, y - step, writer.width(), step), line)
        y += step
    painter.end()
    return path.read_bytes()


def test_chinese_pdf_with_pages(qapp, tmp_path):
    lines = ["热线服务规范", "第一章 接听", "第一条 电话铃响3声内必须接起。", "第二条 通话结束时需等待客户挂机。",
             *[f"第{n}条 第{n}项服务要求应在{n}小时内完成。" for n in range(3, 40)]]
    doc = import_bytes("规范.pdf", chinese_pdf(tmp_path / "规范.pdf", lines))
    lesson = doc.structure.lessons[0]
    assert lesson.title == "热线服务规范"
    assert lesson.clauses[0].text == "电话铃响3声内必须接起。" and lesson.clauses[0].source_ref == "第一章 第一条"
    assert len(lesson.clauses) == 39
    last = lesson.clauses[-1]
    assert last.place.page == 2 and last.numbers[0].value == 39
