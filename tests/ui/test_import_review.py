"""Import a document…: the import runs off the GUI thread, then the reviewer accepts, rejects, merges, splits
and saves drafts that trainer validate accepts."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.importer.fixtures import CODE_ZH, docx_bytes
from trainer.content.loader import load_catalog
from trainer.ui.importer.review_dialog import ImportReviewDialog


def clause_items(dialog):
    out, stack = [], [dialog.found_tree.topLevelItem(i) for i in range(dialog.found_tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item.data(0, Qt.ItemDataRole.UserRole) is not None:
            out.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return out


def removal_item(dialog, text):
    from trainer.ui.importer.review_dialog import REMOVAL

    found = dialog.found_tree.findItems(text, Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
    return next(i for i in found if i.data(0, REMOVAL) is not None)


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_review_and_save_drafts(qtbot, tmp_path, size):
    (tmp_path / "code.txt").write_bytes(CODE_ZH.encode("utf-16"))
    (tmp_path / "上门.docx").write_bytes(docx_bytes())
    dialog = ImportReviewDialog(paths=[tmp_path / "code.txt", tmp_path / "上门.docx"])
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=20000)
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert dialog.width() <= size[0] and dialog.height() <= size[1]
    items = clause_items(dialog)
    assert len(items) == 5 + 6
    assert items[0].text(0) == "1.1 为提高服务质量，制定本规范。" and "第一章 第一条" in items[0].text(1)
    assert "code.txt:6" in items[0].text(1)
    rings = next(i for i in items if "3声" in i.text(0))
    assert rings.text(2) == "3声"  # a clause holding a rule number is marked
    # reject the first clause with the button
    dialog.found_tree.setCurrentItem(items[0])
    assert dialog.document_view.textCursor().selectedText() == "为提高服务质量，制定本规范。"[:24]
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert items[0].checkState(0) == Qt.CheckState.Unchecked
    # merge 2.1 and 2.2
    rings = next(i for i in clause_items(dialog) if i.text(0).startswith("2.1 电话铃响"))
    dialog.found_tree.setCurrentItem(rings)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    merged = dialog.found_tree.currentItem()
    assert merged.text(0) == "2.1 电话铃响3声内必须接起。客户投诉须在24小时内答复。"
    # Split…: the reviewer puts a line break where the second clause begins and presses OK
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    def type_break():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog) and box.textValue() == merged.text(0)[4:]
        box.setTextValue("电话铃响3声内必须接起。\n客户投诉须在24小时内答复。")
        box.accept()

    QTimer.singleShot(50, type_break)
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    assert [i.text(0)[:4] for i in clause_items(dialog)][2:5] == ["2.1 ", "2.2 ", "2.3 "]
    # put a removed page counter back
    furniture = removal_item(dialog, "第1页/共2页")
    dialog.found_tree.setCurrentItem(furniture)
    assert dialog.restore_button.isEnabled()
    # (restoring starts this document's review over; done on a second dialog below)
    # save as drafts in a new folder, typed in
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "drafts"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=20000)
    assert "Saved 2 lessons, 10 clauses" in dialog.status.text()
    result = load_catalog(tmp_path / "drafts")
    assert result.ok
    zh = (tmp_path / "drafts" / "articles" / "code-1.zh.md").read_text(encoding="utf-8")
    assert "为提高服务质量" not in zh
    dialog.grab().save(str(Path("/tmp") / f"trainer-import-review-{size[0]}.png"))


def test_a_scanned_pdf_says_run_ocr_and_nothing_is_shown(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from tests.importer.fixtures import pdf_bytes

    (tmp_path / "scan.pdf").write_bytes(pdf_bytes(None, image_only=True))
    dialog = ImportReviewDialog(paths=[tmp_path / "scan.pdf"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "ErrorBox") is not None, timeout=20000)
    box = dialog.findChild(QMessageBox, "ErrorBox")
    assert "this PDF has no text: run OCR first" in box.text()
    assert "this PDF has no text: run OCR first" in dialog.status.text()
    assert dialog.review is None and not dialog.save_button.isEnabled()


def test_restore_removed_furniture(qtbot, tmp_path):
    (tmp_path / "code.txt").write_text(CODE_ZH, encoding="utf-8")
    dialog = ImportReviewDialog(paths=[tmp_path / "code.txt"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=20000)
    before = len(dialog.review.documents[0].cleaned.removed)
    item = removal_item(dialog, "第1页/共2页")
    dialog.found_tree.setCurrentItem(item)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(dialog.review.documents[0].cleaned.removed) == before - 1
    assert "第1页/共2页" in dialog.document_view.toPlainText()
    assert any("第1页/共2页" in i.text(0) for i in clause_items(dialog))


def test_the_window_opens_the_import_from_its_file_menu(make_window, qtbot):
    window = make_window()
    menu = window.file_menu
    action = next(a for a in menu.actions() if a.text() == "导入规范文件…")
    action.trigger()
    dialog = window.findChild(ImportReviewDialog)
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.windowTitle() == "导入规范文件" and dialog.choose_button.text() == "选择文件…"
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.grab().save("/tmp/trainer-import-review-empty-zh.png")
    dialog.reject()


def test_the_app_opens_the_drafted_folder(make_window, sqlite_url, monkeypatch, qtbot, tmp_path):
    """`trainer --content drafts` after `trainer import-document`: the drafted lessons are there to read."""
    from tests.ui.conftest import settle
    from tests.ui.test_main_window import _seed
    from trainer.importer.service import import_to_folder

    (tmp_path / "code.txt").write_text(CODE_ZH, encoding="utf-8")
    summary, errors = import_to_folder([tmp_path / "code.txt"], tmp_path / "drafts")
    assert errors == []
    monkeypatch.setenv("TRAINER_TTS", "off")
    _seed(sqlite_url, ("王小明", None))
    window = make_window(db=sqlite_url, content=str(tmp_path / "drafts"))
    window.choose_trainee(0)
    window.show_page("lessons")
    settle(qtbot)
    page = window.pages["lessons"]
    titles = [page.lesson_list.item(i).text() for i in range(page.lesson_list.count())]
    assert titles == ["客户服务行为规范"]
    page.lesson_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "电话铃响3声内必须接起" in page.view.toPlainText())
    assert "2.1" in page.view.toPlainText()
