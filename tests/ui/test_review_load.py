"""The review load as a manager sees it: a column on the dashboard, the group's total under it, a figure on the
trainee's page, and the ready rule's "overdue reviews ≤" box, set from the keyboard."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import type_text
from trainer.engine.mastery import review_day
from trainer.services.context import open_services
from trainer.ui.models.dashboard import COLUMNS

PASSCODE = "demo-passcode"


def cohort(sqlite_url) -> None:
    """王小明 with 3 cards overdue and 2 due today (and 4 due tomorrow); 李娜 with none due; 张伟 with 1 due today."""
    services = open_services(sqlite_url)
    services.profiles.create_manager("陈经理", PASSCODE)
    now = datetime.now(timezone.utc)
    start, tomorrow = review_day(now)
    for name, overdue, today, later in (("王小明", 3, 2, 4), ("李娜", 0, 0, 1), ("张伟", 0, 1, 0)):
        trainee = services.profiles.add_trainee(name)
        for kind, count, when in (("old", overdue, start - timedelta(days=2)), ("today", today, None),
                                  ("later", later, tomorrow + timedelta(hours=5))):
            items = [f"{kind}-{i}" for i in range(count)]
            services.review.missed(trainee.id, items)
            for item in items if when is not None else ():
                services.review.rate(trainee.id, item, 1, now=when)
    services.close()


@pytest.fixture
def dashboard(make_window, sqlite_url, monkeypatch, qtbot, request):
    monkeypatch.setenv("TRAINER_TTS", "off")
    cohort(sqlite_url)
    window = make_window(locale=getattr(request, "param", "zh"))
    window.show_page("manager")
    page = window.pages["manager"]
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.dialog.passcode, PASSCODE)
    qtbot.keyClick(page.dialog.passcode, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and "…" not in page.count.text(), timeout=10000)
    return window, page


def cell(page, name: str, column: str) -> str:
    for r in range(page.model.rowCount()):
        if page.model.data(page.model.index(r, 0)) == name:
            return page.model.data(page.model.index(r, COLUMNS.index(column)))
    raise AssertionError(name)


def test_the_dashboard_shows_each_trainees_load_and_the_groups_total(dashboard, qtbot):
    window, page = dashboard
    column = COLUMNS.index("reviews")
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "待复习"
    assert (cell(page, "王小明", "reviews"), cell(page, "李娜", "reviews"), cell(page, "张伟", "reviews")) == \
        ("5（逾期 3）", "0", "1")
    assert page.load.text() == "· 待复习：6 张（逾期 3 张）" and page.load.isVisible()
    # the heaviest load first, by a click on the column's header (twice: the first click sorts ascending)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    assert [page.model.data(page.model.index(r, 0)) for r in range(3)] == ["王小明", "张伟", "李娜"]
    # a search narrows the total to the trainees shown
    type_text(qtbot, page.search, "张伟")
    assert page.model.rowCount() == 1 and page.load.text() == "· 待复习：1 张（逾期 0 张）"
    page.search.clear()
    assert page.load.text() == "· 待复习：6 张（逾期 3 张）"


def test_the_ready_rule_counts_overdue_cards_when_the_manager_says_so(dashboard, qtbot):
    window, page = dashboard
    for box in (page.rule_lessons, page.rule_average, page.rule_passed):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box, "0")
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert page.rule_overdue.text() == "不限"
    assert [cell(page, n, "ready") for n in ("王小明", "李娜", "张伟")] == ["达标", "达标", "达标"]
    page.rule_overdue.setFocus()
    qtbot.keyClick(page.rule_overdue, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.rule_overdue, "2")
    qtbot.keyClick(page.rule_overdue, Qt.Key.Key_Tab)
    assert page.rule_overdue.value() == 2
    assert [cell(page, n, "ready") for n in ("王小明", "李娜", "张伟")] == ["未达标", "达标", "达标"]
    assert "达标 2 / 3" in page.count.text()
    qtbot.mouseClick(page.how_button, Qt.MouseButton.LeftButton)
    assert "逾期的复习卡片不超过 2 张" in page.dialog.text() and "复习量" in page.dialog.text()
    page.dialog.close()
    # back to any number: the load no longer counts
    page.rule_overdue.setFocus()
    qtbot.keyClick(page.rule_overdue, Qt.Key.Key_Down)
    qtbot.keyClick(page.rule_overdue, Qt.Key.Key_Down)
    qtbot.keyClick(page.rule_overdue, Qt.Key.Key_Down)
    assert page.rule_overdue.text() == "不限" and cell(page, "王小明", "ready") == "达标"


def test_the_trainees_page_shows_their_review_load(dashboard, qtbot):
    window, page = dashboard
    row = next(r for r in range(3) if page.model.data(page.model.index(r, 0)) == "王小明")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # opens the chosen trainee
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.detail, timeout=5000)
    assert "待复习卡片：5（逾期 3）" in page.detail.summary.text()


TEXTS = {"zh": ("5（逾期 3）", "· 待复习：6 张（逾期 3 张）", "不限"),
         "en": ("5 (3 overdue)", "· reviews due: 6 (3 overdue)", "any")}


# the English manager page needs 1,235 pixels (the rule, counts and buttons in a row; 1,261 before the review
# load came), and the Chinese one 614 pixels of height (as before): at 1024×600 the Chinese width is checked
@pytest.mark.parametrize(("dashboard", "size"), [("zh", (1024, 600)), ("zh", (1366, 768)), ("en", (1366, 768))],
                         indirect=["dashboard"])
def test_on_small_and_large_screens_in_both_languages_nothing_is_cut(dashboard, qtbot, size):
    window, page = dashboard
    window.resize(*size)
    qtbot.wait(50)
    column, total, any_number = TEXTS[window.state.locale]
    assert cell(page, "王小明", "reviews") == column
    assert page.load.text() == total and page.rule_overdue.text() == any_number
    assert window.width() <= size[0] and (window.height() <= size[1] or size == (1024, 600))
    page.table.resizeColumnsToContents()
    for widget in (page.load, page.count, page.rule_overdue, page.how_button, *page.rule_parts):
        assert widget.isVisible() and widget.width() >= min(widget.sizeHint().width(), 120), widget
        assert widget.mapTo(window, widget.rect().topRight()).x() <= window.width()
    reviews = COLUMNS.index("reviews")
    assert page.table.columnWidth(reviews) >= page.table.horizontalHeader().sectionSizeHint(reviews)
    window.grab().save(f"/tmp/pt-speed-review-load-{window.state.locale}-{size[0]}.png")
