"""The main window as a new user meets it: first run, trainees, language, zoom, errors."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.ui.conftest import type_text
from trainer.services.context import open_services
from trainer.ui.dialogs.profiles import FirstRunDialog, PasscodeDialog, PinDialog, TraineeDialog


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def fill_first_run(qtbot, dialog, passcode="服务第一-2026", confirm=None):
    type_text(qtbot, dialog.name, "陈经理")
    type_text(qtbot, dialog.passcode, passcode)
    type_text(qtbot, dialog.confirm, confirm if confirm is not None else passcode)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)


def test_first_run_creates_the_manager_then_asks_for_a_trainee(make_window, qtbot, sqlite_url):
    window = make_window()
    assert isinstance(window.dialog, FirstRunDialog)
    fill_first_run(qtbot, window.dialog, confirm="服务第一-2025")
    assert window.dialog.isVisible() and window.dialog.error.text() == "两次输入的口令不一致"
    window.dialog.confirm.clear()
    type_text(qtbot, window.dialog.confirm, "服务第一-2026")
    qtbot.mouseClick(ok_button(window.dialog), Qt.MouseButton.LeftButton)
    assert isinstance(window.dialog, TraineeDialog)
    type_text(qtbot, window.dialog.name, "王小明")
    qtbot.keyClick(window.dialog.name, Qt.Key.Key_Return)
    assert window.state.trainee.name == "王小明"
    assert window.top.trainees.currentText() == "王小明"
    assert window.pages["home"].title.text() == "欢迎，王小明"
    services = open_services(sqlite_url)
    try:
        services.manager.unlock("服务第一-2026")
        assert [t.name for t in services.profiles.list_trainees()] == ["王小明"]
    finally:
        services.close()


def test_weak_passcode_is_explained_in_chinese(make_window, qtbot):
    window = make_window()
    fill_first_run(qtbot, window.dialog, passcode="123")
    assert window.dialog.isVisible()
    assert window.dialog.error.text() == "口令至少需要 6 个字符"


def _seed(url, *trainees):
    services = open_services(url)
    services.profiles.create_manager("陈经理", "服务第一-2026")
    for name, pin in trainees:
        services.profiles.add_trainee(name, pin)
    services.close()


def test_language_switch_retranslates_the_whole_window(make_window, qtbot, sqlite_url):
    _seed(sqlite_url, ("王小明", None))
    window = make_window(locale="zh")
    assert window.windowTitle() == "服务规范训练"
    assert [window.nav.item(i).text() for i in range(3)] == ["首页", "课程", "情景演练"]
    window.top.language.setFocus()
    qtbot.keyClick(window.top.language, Qt.Key.Key_Down)  # 中文 -> English, as a keyboard user would
    assert window.state.locale == "en"
    assert window.windowTitle() == "Service Conduct Trainer"
    assert window.top.app_title.text() == "Service Conduct Trainer"
    assert [window.nav.item(i).text() for i in range(3)] == ["Home", "Lessons", "Role-play"]
    assert window.pages["lessons"].search_box.placeholderText() == "Search all lessons (Ctrl+F)"
    assert window.pages["roleplay"].title.text() == "Role-play"
    assert window.state.prefs.get("view/locale") == "en"
    qtbot.keyClick(window.top.language, Qt.Key.Key_Up)
    assert window.nav.item(1).text() == "课程" and window.pages["manager"].title.text() == "管理"


def test_the_language_choice_is_remembered(make_window, qtbot, sqlite_url):
    _seed(sqlite_url, ("王小明", None))
    first = make_window(locale=None)
    first.set_locale("en")
    second = make_window(locale=None)
    assert second.state.locale == "en" and second.nav.item(0).text() == "Home"


def test_switching_trainee_asks_for_a_pin_when_there_is_one(make_window, qtbot, sqlite_url):
    _seed(sqlite_url, ("王小明", None), ("李娜", "2468"))
    window = make_window()
    names = [window.top.trainees.itemText(i) for i in range(window.top.trainees.count())]
    wang, li = names.index("王小明"), names.index("李娜")
    window.choose_trainee(wang)
    assert window.state.trainee.name == "王小明"
    window.choose_trainee(li)
    assert isinstance(window.dialog, PinDialog)
    type_text(qtbot, window.dialog.pin, "1111")
    qtbot.keyClick(window.dialog.pin, Qt.Key.Key_Return)
    assert window.dialog.isVisible() and window.dialog.error.text() == "PIN 码错误"
    assert window.state.trainee.name == "王小明"
    window.dialog.pin.clear()
    type_text(qtbot, window.dialog.pin, "2468")
    qtbot.keyClick(window.dialog.pin, Qt.Key.Key_Return)
    assert window.state.trainee.name == "李娜"
    assert window.top.trainees.currentText() == "李娜"


def test_cancelling_the_pin_keeps_the_current_trainee(make_window, qtbot, sqlite_url):
    _seed(sqlite_url, ("王小明", None), ("李娜", "2468"))
    window = make_window()
    names = [window.top.trainees.itemText(i) for i in range(window.top.trainees.count())]
    window.choose_trainee(names.index("王小明"))
    window.top.trainees.setCurrentIndex(names.index("李娜"))
    window.choose_trainee(names.index("李娜"))
    qtbot.keyClick(window.dialog, Qt.Key.Key_Escape)
    assert window.state.trainee.name == "王小明" and window.top.trainees.currentText() == "王小明"


def test_the_last_trainee_is_chosen_again_on_start(make_window, sqlite_url):
    _seed(sqlite_url, ("王小明", None), ("张伟", None))
    window = make_window()
    window.choose_trainee([window.top.trainees.itemText(i) for i in range(2)].index("张伟"))
    again = make_window()
    assert again.state.trainee is not None and again.state.trainee.name == "张伟"


def test_zoom_keys_change_the_text_size_and_are_remembered(make_window, qtbot, sqlite_url):
    _seed(sqlite_url, ("王小明", None))
    window = make_window()
    before = QApplication.font().pixelSize()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.state.prefs.zoom == 1.25
    assert QApplication.font().pixelSize() > before
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.state.prefs.zoom == 1.1
    again = make_window()
    assert again.state.prefs.zoom == 1.1
    assert QApplication.font().pixelSize() == round(15 * 1.1)
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.state.prefs.zoom == 1.0


def test_pages_are_reachable_by_keyboard(make_window, qtbot, sqlite_url):
    _seed(sqlite_url, ("王小明", None))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages["manager"]
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Up)
    assert window.stack.currentWidget() is window.pages["progress"]


def test_every_control_has_an_accessible_name(make_window, sqlite_url):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    _seed(sqlite_url, ("王小明", None))
    window = make_window()
    unnamed = []
    for kind in (QAbstractButton, QComboBox, QLineEdit):
        for widget in window.findChildren(kind):
            label = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if widget.isVisible() and not label.strip():
                unnamed.append(widget)
    assert unnamed == []


def test_manager_area_needs_the_passcode(make_window, qtbot, sqlite_url):
    _seed(sqlite_url, ("王小明", None))
    window = make_window()
    page = window.pages["manager"]
    window.show_page("manager")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PasscodeDialog)
    type_text(qtbot, dialog.passcode, "guess-1234")
    qtbot.keyClick(dialog.passcode, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() == "口令错误" and not page.unlocked
    dialog.passcode.clear()
    type_text(qtbot, dialog.passcode, "服务第一-2026")
    qtbot.keyClick(dialog.passcode, Qt.Key.Key_Return)
    assert page.unlocked and page.unlock_button.text() == "锁定(&L)"
    window.choose_trainee(0)  # switching trainee locks the manager area again
    assert not page.unlocked


def test_a_bad_database_shows_one_clear_message(make_window, tmp_path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database\n" * 50, encoding="utf-8")
    window = make_window(db=f"sqlite:///{notes}")
    assert window.dialog.objectName() == "StartErrorBox"
    assert "is not a trainer database" in window.dialog.text()
    assert window.state.services is None


def test_broken_content_opens_with_the_rest_and_lists_the_problems(make_window, shipped_content, sqlite_url):
    _seed(sqlite_url, ("王小明", None))
    (shipped_content / "articles" / "broken.zh.md").write_text("---\nid: [\n---\n", encoding="utf-8")
    window = make_window(content=shipped_content)
    assert window.dialog.objectName() == "ContentProblemsDialog"
    assert "content/articles/broken.zh.md:2:" in window.dialog.text.toPlainText()
    assert len(window.state.catalog.articles) >= 10
    assert window.problems_button.isVisible() and window.problems_button.text() == "1 个内容问题"


def test_without_a_chinese_font_the_window_says_what_to_install(tmp_path, make_window):
    """A machine with only Latin fonts (fontconfig limited to DejaVu), in a process of its own."""
    import subprocess
    import sys
    import textwrap

    assert make_window(start=False).font_warning is None  # this machine has Noto CJK
    (tmp_path / "fonts.conf").write_text(textwrap.dedent(f"""\
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp_path}/cache</cachedir></fontconfig>
        """), encoding="utf-8")
    script = textwrap.dedent("""
        from trainer.config import Settings
        from trainer.ui.app import build
        app, window = build(Settings.resolve(locale="en"))
        print(window.font_warning.text() if window.font_warning is not None else "NO WARNING")
    """)
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"), "QT_QPA_PLATFORM": "offscreen",
           "TRAINER_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "No Chinese font is installed" in done.stdout and "fonts-noto-cjk" in done.stdout


def test_a_language_switch_redraws_each_page_once_and_reads_nothing(make_window, sqlite_url, monkeypatch, qtbot):
    """The switch ran twice (the window called every page, then the LanguageChange event did again), each time
    with database reads; now the translator's event is the one path, and a redraw reads nothing."""
    from tests.ui.conftest import open_page, settle
    from trainer.ui.ops import CallOp
    from trainer.ui.pages.review import ReviewPage

    window, page = open_page(make_window, sqlite_url, monkeypatch, "review")
    for key in ("lessons", "quizzes", "roleplay", "progress", "manager", "classroom"):
        window.pages[key]  # built, as after a morning's use
    settle(qtbot)
    calls = []
    plain = ReviewPage.retranslate
    monkeypatch.setattr(ReviewPage, "retranslate", lambda self: (calls.append(self), plain(self)))
    started = []
    run = CallOp.run
    monkeypatch.setattr(CallOp, "run", lambda op: (started.append(op), run(op)))
    window.set_locale("en")
    assert calls == [page] and page.count.text() == "Nothing is due now."
    assert window.nav.item(1).text() == "Lessons" and window.pages["manager"].title.text() == "Manager"
    assert [type(op._parent).__name__ for op in started] == []  # no database read for a redraw
    window.set_locale("zh")
    assert len(calls) == 2 and page.count.text() == "现在没有到期的卡。"
