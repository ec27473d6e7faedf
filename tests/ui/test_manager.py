"""The manager area as a manager uses it: unlock, dashboard, one trainee, items, roster import, exports."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from trainer.ui import style
from trainer.ui.models.dashboard import COLUMNS

from tests.ui.conftest import settle, type_text
from trainer.content.loader import load_catalog
from trainer.services.context import open_services
from trainer.services.demo import fill
from tests.conftest import CONTENT


def cohort_window(make_window, sqlite_url, monkeypatch, trainees: int, seed: int):
    """A window over a demo cohort (manager passcode demo-passcode), speech off."""
    monkeypatch.setenv("TRAINER_TTS", "off")
    services = open_services(sqlite_url)
    fill(services, load_catalog(CONTENT).catalog, trainees=trainees, seed=seed, passcode="demo-passcode")
    services.close()
    return make_window()


@pytest.fixture
def manager_page(make_window, sqlite_url, monkeypatch, qtbot):
    window = cohort_window(make_window, sqlite_url, monkeypatch, trainees=25, seed=5)
    window.choose_trainee(0)
    settle(qtbot)
    window.show_page("manager")
    settle(qtbot)
    page = window.pages["manager"]
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.dialog.passcode, "demo-passcode")
    qtbot.keyClick(page.dialog.passcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 25, timeout=10000)
    settle(qtbot)
    return window, page


def test_a_wrong_passcode_keeps_it_locked(make_window, sqlite_url, monkeypatch, qtbot):
    monkeypatch.setenv("TRAINER_TTS", "off")
    services = open_services(sqlite_url)
    services.profiles.create_manager("陈经理", "服务第一-2026")
    services.profiles.add_trainee("王小明")
    services.close()
    window = make_window()
    page = window.pages["manager"]
    window.show_page("manager")
    settle(qtbot)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    for _ in range(6):
        page.dialog.passcode.clear()
        type_text(qtbot, page.dialog.passcode, "guess-0000")
        qtbot.keyClick(page.dialog.passcode, Qt.Key.Key_Return)
    assert "请" in page.dialog.error.text() and "秒后再试" in page.dialog.error.text()
    assert not page.unlocked and not page.tabs.isVisible()


def test_the_dashboard_sorts_filters_and_applies_the_ready_rule(manager_page, qtbot):
    window, page = manager_page
    header = page.table.horizontalHeader()
    average_column = 4
    page.table.sortByColumn(average_column, Qt.SortOrder.DescendingOrder)
    averages = [page.model.data(page.model.index(r, 0), page.model.RowRole).average
                for r in range(page.model.rowCount())]
    assert averages == sorted(averages, reverse=True)
    assert header.sortIndicatorSection() == average_column
    group = page.group.itemData(1)
    page.group.setCurrentIndex(1)
    rows = [page.model.data(page.model.index(r, 0), page.model.RowRole) for r in range(page.model.rowCount())]
    assert rows and all(group in (r.team, r.intake) for r in rows)
    page.group.setCurrentIndex(0)
    name = rows[0].name
    type_text(qtbot, page.search, name)
    assert page.model.rowCount() >= 1
    assert all(name in page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount()))
    page.search.clear()
    page.rule_lessons.setValue(0)
    page.rule_average.setValue(0)
    page.rule_passed.setValue(0)
    assert page.model.ready_count() == 25 and "达标 25 / 25" in page.count.text()
    page.rule_average.setValue(100)
    assert page.model.ready_count() < 25
    qtbot.mouseClick(page.how_button, Qt.MouseButton.LeftButton)
    assert "掌握程度" in page.dialog.text() and "100%" in page.dialog.text()


def test_opening_a_trainee_shows_charts_and_a_replayable_role_play(manager_page, qtbot):
    window, page = manager_page
    rows = [page.model.data(page.model.index(r, 0), page.model.RowRole) for r in range(page.model.rowCount())]
    row = next(i for i, r in enumerate(rows) if r.plays)
    page._on_row_opened(page.model.index(row, 0))
    settle(qtbot)
    detail = page.detail
    assert page.tabs.currentWidget() is detail and rows[row].name in detail.heading.text()
    assert detail.competencies.chart().series()[0].barSets()[0].count() == 7
    assert detail.progress_chart.chart().series()[0].count() == 10
    assert detail.plays.count() == rows[row].plays
    assert "→" in detail.replay.toPlainText()
    assert detail.lessons.count() == 16 and "题）" in detail.lessons.item(0).text()


def test_item_statistics_and_violated_clauses(manager_page, qtbot):
    window, page = manager_page
    page.tabs.setCurrentWidget(page.items)  # the Questions tab, and its Compute button, as a manager does
    qtbot.mouseClick(page.items.refresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.items.table.rowCount() > 0, timeout=20000)
    facilities = [page.items.table.item(r, 2).data(Qt.ItemDataRole.DisplayRole)
                  for r in range(page.items.table.rowCount())]
    assert all(0 <= f <= 100 for f in facilities)
    qtbot.waitUntil(lambda: page.items.violated.count() > 0, timeout=5000)
    assert "×" in page.items.violated.item(0).text()


def test_roster_import_all_or_nothing_with_the_audit_log(manager_page, qtbot, tmp_path):
    window, page = manager_page
    bad = tmp_path / "bad.csv"
    bad.write_bytes("姓名,团队\n新人甲,华东一组\n,华东二组\n".encode("gbk"))
    page.roster.import_roster(bad)
    qtbot.waitUntil(page.roster.import_button.isEnabled, timeout=20000)  # imported in a worker
    assert "没有导入任何数据" in page.roster.import_result.text() and "第 3 行：缺少姓名" in page.roster.import_result.text()
    many = tmp_path / "many.csv"  # thousands of bad rows: a dozen listed, then how many more
    many.write_bytes(("姓名,PIN\n" + "".join(f"人{i},12\n" for i in range(3000))).encode())
    page.roster.import_roster(many)
    qtbot.waitUntil(page.roster.import_button.isEnabled, timeout=20000)  # imported in a worker
    shown = page.roster.import_result.text().splitlines()
    assert len(shown) == 14 and shown[-1] == "……还有 2988 行有问题"
    assert shown[1] == "第 2 行：PIN 码为 4 到 8 位数字"
    good = tmp_path / "good.csv"
    good.write_bytes("姓名,团队\n新人甲,华东一组\n新人乙,华东二组\n".encode("utf-8-sig"))
    page.roster.import_roster(good)
    qtbot.waitUntil(page.roster.import_button.isEnabled, timeout=20000)  # imported in a worker
    assert page.roster.import_result.text() == "新增 2 名学员，更新 0 名。"
    qtbot.waitUntil(lambda: page.model.rowCount() == 27, timeout=10000)
    settle(qtbot)
    assert any("导入名册 good.csv：新增 2 人，更新 0 人" in page.roster.audit.item(i).text()
               for i in range(page.roster.audit.count()))


def test_exports_from_the_dashboard(manager_page, qtbot, tmp_path):
    from openpyxl import load_workbook

    window, page = manager_page
    page.write_export("csv", tmp_path / "d.csv")
    settle(qtbot)
    with open(tmp_path / "d.csv", encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == 26
    page.write_export("xlsx", tmp_path / "d.xlsx")
    settle(qtbot)
    assert load_workbook(tmp_path / "d.xlsx").sheetnames == ["总览", "记录"]
    page.write_export("xapi", tmp_path / "d.json")
    settle(qtbot)
    assert (tmp_path / "d.json").stat().st_size > 1000


def test_locking_and_switching_trainee_hides_the_records(manager_page, qtbot):
    window, page = manager_page
    window.choose_trainee(1)
    settle(qtbot)
    assert not page.unlocked and page.model.rowCount() == 0 and not page.tabs.isVisible()


def test_my_progress_shows_only_my_own_record(make_window, sqlite_url, monkeypatch, qtbot):
    window = cohort_window(make_window, sqlite_url, monkeypatch, trainees=5, seed=9)
    window.choose_trainee(2)
    settle(qtbot)
    me = window.state.trainee
    window.show_page("progress")
    settle(qtbot)
    page = window.pages["progress"]
    assert page.detail.heading.text().startswith(me.name)
    assert page.detail.progress_chart.chart().series()[0].count() == 10  # my ten quizzes, nobody else's
    assert "最薄弱的能力项" in page.note.text()
    window.choose_trainee(3)
    settle(qtbot)
    assert page.detail.heading.text().startswith(window.state.trainee.name)


def test_a_new_trainee_sees_what_is_missing_not_empty_charts(make_window, sqlite_url, monkeypatch, qtbot):
    window = cohort_window(make_window, sqlite_url, monkeypatch, trainees=2, seed=4)
    new = window.state.services.profiles.add_trainee("新学员")
    window.reload_trainees()
    settle(qtbot)
    window.choose_trainee(window.trainee_model.row_of(new.id))
    settle(qtbot)
    window.show_page("progress")
    settle(qtbot)
    detail = window.pages["progress"].detail
    assert detail.progress.currentWidget() is detail.no_results
    assert detail.no_results.text() == "还没有完成的测验。"
    axis = detail.competencies.chart().axes(Qt.Orientation.Vertical)[0]
    names = list(window.state.catalog.competency_names("zh").values())
    grey = style.color("muted")
    assert axis.categories() == [f'<span style="color: {grey}">{name}</span>' for name in reversed(names)]
    assert detail.too_few_note.text() == "灰色：作答还不足 5 题"
    assert [h.text() for h in detail.panel_titles] == ["各课掌握程度", "情景演练", "所选演练的回放"]
    assert detail.plays.count() == 0 and detail.replay.placeholderText() == "还没有情景演练记录。"


def test_edit_reset_and_delete_from_the_dashboard(manager_page, qtbot):
    from PySide6.QtWidgets import QMessageBox

    window, page = manager_page
    page.table.selectRow(0)
    row = page.selected_row()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.dialog.team.setText("华中一组")
    qtbot.mouseClick(page.dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.team == "华中一组" for r in page.model._rows), timeout=5000)
    page.search.setText(row.name)
    page.table.selectRow(0)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    page.dialog.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: any(r.name == row.name and r.answers == 0 for r in page.model._rows), timeout=5000)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.dialog.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.model.total() == 24, timeout=5000)
    page.roster.reload_audit()
    settle(qtbot)
    actions = [page.roster.audit.item(i).text() for i in range(page.roster.audit.count())]
    assert any("删除了" in a for a in actions) and any("清空了" in a and "的记录" in a for a in actions)
    assert any("编辑了" in a for a in actions)


def test_back_up_now_and_restore_from_the_manager_area(manager_page, qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from trainer.services import backup

    window, page = manager_page
    page.tabs.setCurrentIndex(4)
    qtbot.mouseClick(page.roster.backup_button, Qt.MouseButton.LeftButton)
    assert page.roster.import_result.text().startswith("已备份到")
    [made] = [b for b in backup.backups(page.roster.backup_folder()) if b.name.endswith("-manual.sqlite3")]
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.dialog.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 24, timeout=5000)
    page.roster.confirm_restore(made)
    page.roster.dialog.button(QMessageBox.StandardButton.Yes).click()
    assert not window.isVisible()  # trainer closes after a restore
    services = open_services(window.state.settings.db_url)
    try:
        session = services.manager.unlock("demo-passcode")
        assert len(services.manager.dashboard(session)) == 25
        assert services.manager.audit_log(session)[0].action == "restore"
    finally:
        services.close()


def test_the_locked_manager_page_keeps_its_heading_and_unlock_button_at_the_top(make_window, sqlite_url, monkeypatch,
                                                                                  qtbot):
    from tests.ui.conftest import open_page

    window, page = open_page(make_window, sqlite_url, monkeypatch, "manager")
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: page.unlock_button.isVisible())
    assert not page.unlocked and not page.tabs.isVisible()
    title = page.title.mapTo(page, page.title.rect().topLeft()).y()
    button = page.unlock_button.mapTo(page, page.unlock_button.rect().topLeft()).y()
    assert title < 60 and button < 200, (title, button)  # not spread down the empty page
    page.lock()  # locking again (as after leaving the desk) keeps the same place
    assert page.unlock_button.mapTo(page, page.unlock_button.rect().topLeft()).y() == button


def test_exports_and_the_count_follow_the_search_and_a_bad_path_is_told(manager_page, qtbot, tmp_path):
    import json

    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    window, page = manager_page
    name = page.model.data(page.model.index(0, 0), page.model.RowRole).name
    page.search.setText(name)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count.text().startswith("显示 1 人（共 25 人）· 其中达标")
    page.write_export("xlsx", tmp_path / "one.xlsx")
    settle(qtbot)
    book = load_workbook(tmp_path / "one.xlsx")
    [sheet_dashboard, sheet_attempts] = book.sheetnames
    assert [r[0] for r in list(book[sheet_attempts].values)[1:]] and \
        {r[0] for r in list(book[sheet_attempts].values)[1:]} == {name}
    page.write_export("xapi", tmp_path / "one.json")
    settle(qtbot)
    actors = {s["actor"]["name"] for s in json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))}
    assert actors == {name}
    page.write_export("csv", tmp_path / "missing-folder" / "x.csv")
    settle(qtbot)
    box = window.findChild(QMessageBox, "ErrorBox")
    assert box is not None and "无法写入" in box.text()


def test_switching_language_while_unlocked_redraws_the_manager_area(manager_page, qtbot):
    window, page = manager_page
    first = page.model.data(page.model.index(0, 0), page.model.RowRole)
    names = [page.model.data(page.model.index(r, 0), page.model.RowRole).name for r in range(page.model.rowCount())]
    assert names == sorted(names)  # by name, A to Z, once every row has come
    page._on_row_opened(page.model.index(0, 0))
    settle(qtbot)
    window.set_locale("en")
    settle(qtbot)
    weakest = COLUMNS.index("weakest")
    english = set(window.state.catalog.competency_names("en").values()) | {""}
    assert all(page.model.data(page.model.index(r, weakest)) in english for r in range(page.model.rowCount()))
    assert page.group.itemText(0) == "everyone" and page.count.text().endswith(f"of {page.model.total()}")
    assert page.detail.panel_titles[0].text() == "Mastery per lesson"
    assert page.detail.summary.text().startswith("Answers:") and first.name in page.detail.heading.text()
    window.set_locale("zh")
    settle(qtbot)


def test_a_file_that_is_no_backup_is_refused_in_the_interface_language(manager_page, qtbot, tmp_path):
    window, page = manager_page
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    page.roster.confirm_restore(notes)
    assert "notes.sqlite3 不是本软件的数据库" in page.roster.import_result.text()


def test_a_roster_with_pins_imports_while_the_window_keeps_answering(manager_page, qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    window, page = manager_page
    roster = tmp_path / "pins.csv"
    roster.write_bytes(("姓名,PIN\n" + "".join(f"新员工{i},{2000 + i}\n" for i in range(30))).encode())
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    page.roster.import_roster(roster)
    assert not page.roster.import_button.isEnabled() and page.roster.import_result.text().startswith("正在导入")
    qtbot.waitUntil(page.roster.import_button.isEnabled, timeout=30000)
    timer.stop()
    assert page.roster.import_result.text() == "新增 30 名学员，更新 0 名。"
    assert len(ticks) >= 10  # about 2 s of hashing, the event loop running all along


def test_the_audit_log_reads_in_words_in_both_languages(manager_page, qtbot):
    window, page = manager_page
    row = page.model.data(page.model.index(0, 0), page.model.RowRole)
    window.state.services.manager.update_trainee(page.session, row.id, team="新组")
    page.roster.reload_audit()
    settle(qtbot)
    first = page.roster.audit.item(0).text()
    assert f"编辑了 {row.name}：团队：{row.team} → 新组" in first and "{" not in first
    window.set_locale("en")
    settle(qtbot)
    page.roster.reload_audit()
    settle(qtbot)
    assert f"edited {row.name}: team: {row.team} → 新组" in page.roster.audit.item(0).text()
    window.set_locale("zh")
    settle(qtbot)


def test_a_trainee_made_inactive_can_be_shown_and_made_active_again(manager_page, qtbot):
    window, page = manager_page
    row = page.model.data(page.model.index(0, 0), page.model.RowRole)
    window.state.services.manager.update_trainee(page.session, row.id, active=False)
    page.reload()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.model.total() == 24, timeout=10000)
    page.show_inactive.setChecked(True)
    qtbot.waitUntil(lambda: page.model.total() == 25, timeout=10000)
    names = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert f"{row.name}（已停用）" in names
    index = page.model.index(names.index(f"{row.name}（已停用）"), 0)
    page.table.setCurrentIndex(index)
    page._on_edit_clicked()
    settle(qtbot)
    page.dialog.active.setChecked(True)
    page.dialog.buttons.buttons()[0].click()
    page.show_inactive.setChecked(False)

    def listed():
        return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]

    qtbot.waitUntil(lambda: row.name in listed(), timeout=10000)  # active again: on the list without a mark
    assert page.model.total() == 25 and not [n for n in listed() if "已停用" in n]


def test_a_restore_that_fails_locks_the_area_instead_of_leaving_it_unusable(manager_page, qtbot, tmp_path):
    import sqlite3

    from tests.services.test_backup import _old_schema_database

    window, page = manager_page
    broken = _old_schema_database(tmp_path / "old.sqlite3", "0004")
    conn = sqlite3.connect(broken)
    conn.execute("CREATE TABLE audit_log (x INTEGER)")  # in the way of the next migration
    conn.commit()
    conn.close()
    page.roster.restore(broken)
    assert "没有做任何改动" in page.roster.import_result.text()
    assert not page.unlocked and page.session is None and not page.tabs.isVisible()
    page.reload()  # nothing raises: the manager unlocks again to go on
    settle(qtbot)
    assert window.state.services.profiles.list_trainees()  # the records are there


def test_the_import_result_and_the_audit_log_follow_a_language_switch(manager_page, qtbot, tmp_path):
    window, page = manager_page
    good = tmp_path / "good.csv"
    good.write_bytes("姓名,团队\n新人丙,华东一组\n".encode())
    page.roster.import_roster(good)
    qtbot.waitUntil(page.roster.import_button.isEnabled, timeout=20000)
    page.roster.reload_audit()
    settle(qtbot)
    window.set_locale("en")
    settle(qtbot)
    assert page.roster.import_result.text() == "Trainees added: 1; updated: 0."
    assert page.roster.audit.item(0).text().endswith("imported the roster good.csv: 1 added, 0 updated")
    window.set_locale("zh")
    settle(qtbot)
    assert page.roster.import_result.text() == "新增 1 名学员，更新 0 名。"


def test_renaming_or_deleting_trainees_updates_the_top_list_and_the_trainee_tab(manager_page, qtbot):
    window, page = manager_page
    me = window.state.trainee
    window.state.services.manager.update_trainee(page.session, me.id, name="改名后的学员")
    page.reload()
    settle(qtbot)
    assert window.state.trainee.id == me.id and window.state.trainee.name == "改名后的学员"
    assert window.top.trainees.currentText() == "改名后的学员" and page.unlocked  # same trainee: still unlocked
    other = next(page.model.data(page.model.index(r, 0), page.model.RowRole) for r in range(page.model.rowCount())
                 if page.model.data(page.model.index(r, 0), page.model.RowRole).id != me.id)
    page.trainee.show_row(other)
    settle(qtbot)
    page.dashboard._do("delete", other.id)
    settle(qtbot)
    assert not page.tabs.isTabEnabled(page.tabs.indexOf(page.detail))
    assert other.name not in [window.trainee_model.trainee(r).name for r in range(window.trainee_model.rowCount())]
