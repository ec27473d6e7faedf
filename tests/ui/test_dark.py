"""A dark palette: every page's text reads at WCAG AA (4.5:1 against what is behind it, measured on the drawn
pixels), the answer chosen stays readable once the options are locked, and the charts are dark, not white boxes."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from tests.conftest import CONTENT
from tests.ui.conftest import settle
from trainer.content.loader import load_catalog
from trainer.engine.quiz import QuizSpec
from trainer.services.context import open_services
from trainer.services.demo import fill
from trainer.ui import style
from trainer.ui.main_window import PAGES
from trainer.ui.palette import contrast, dark_palette, luminance


def drawn_contrast(widget) -> tuple[float, QColor]:
    """The contrast of a widget's text against its ground, from its pixels: the ground is the commonest colour,
    the text the pixel farthest from it."""
    image = widget.grab().toImage()
    counts = Counter(image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    ground = QColor.fromRgb(counts.most_common(1)[0][0])
    best = max((QColor.fromRgb(p) for p in counts), key=lambda c: contrast(c, ground))
    return contrast(best, ground), ground


@pytest.fixture
def dark(qapp):
    old = QApplication.palette()
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(old)
    style.apply(QApplication.instance(), 1.0)


def test_every_page_reads_at_aa_in_a_dark_palette(dark, make_window, sqlite_url, monkeypatch, qtbot):
    monkeypatch.setenv("TRAINER_TTS", "off")
    services = open_services(sqlite_url)
    fill(services, load_catalog(CONTENT).catalog, trainees=3, seed=8, passcode="demo-passcode")
    services.close()
    window = make_window(locale="zh")
    assert style.is_dark()
    window.choose_trainee(0)
    low = []
    sampled = 0
    for key in PAGES:
        window.show_page(key)
        settle(qtbot)
        labels = [w for w in window.stack.currentWidget().findChildren(QLabel)
                  if w.isVisible() and w.text().strip() and w.width() > 8 and w.height() > 8]
        for label in labels[:25]:
            ratio, _ = drawn_contrast(label)
            sampled += 1
            if ratio < 4.5:
                low.append(f"{key}: {label.text()[:30]!r} {ratio:.2f}:1")
    assert sampled >= 30 and not low, "\n".join(low)
    # an answer checked: the options are locked, the chosen one stays readable
    window.show_page("quizzes")
    page = window.pages["quizzes"]
    page.start(QuizSpec(kinds=("classify",), count=1))
    settle(qtbot)
    runner = page.runner
    runner.form.choose(0)
    runner.check_button.click()
    qtbot.waitUntil(lambda: runner.feedback.isVisible())
    chosen = runner.form.buttons[0]
    assert not chosen.isEnabled() and chosen.isChecked()
    assert drawn_contrast(chosen)[0] >= 4.5
    assert drawn_contrast(runner.feedback)[0] >= 4.5
    # the manager's charts follow the palette
    window.show_page("manager")
    manager = window.pages["manager"]
    manager._on_dialog_accepted(window.state.services.manager.unlock("demo-passcode"))
    qtbot.waitUntil(lambda: manager.model.rowCount() > 0, timeout=10000)
    manager._on_row_opened(manager.model.index(0, 0))
    settle(qtbot)
    from PySide6.QtCharts import QChartView

    views = [v for v in window.findChildren(QChartView) if v.isVisible() and v.chart() is not None]
    assert views
    for view in views:
        ratio, ground = drawn_contrast(view)
        assert luminance(ground) < 0.1, ground.name()  # a dark chart, not a white box
        assert ratio >= 4.5


def test_a_competency_with_too_few_answers_is_drawn_grey_with_its_share(qtbot):
    """廉洁自律 with 2 answers (1 right) showed no bar and no value; it is drawn, in grey, at 50 %."""
    from types import SimpleNamespace

    from PySide6.QtCharts import QChartView

    from trainer.ui.widgets.trainee_detail import competency_chart

    muted = "#8b949e"
    row = SimpleNamespace(competencies={"data": (10, 8), "integrity": (2, 1)})
    chart = competency_chart(row, {"data": "数据安全", "integrity": "廉洁自律"}, "掌握程度", muted)
    bars = chart.series()[0].barSets()[0]
    place = 0  # the last competency is the first category (drawn at the bottom)
    assert bars.at(place) == 50 and bars.isBarSelected(place) and bars.selectedColor().name() == muted
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    grey = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if QColor(image.pixel(x, y)).name() == muted)
    assert grey > 100  # the grey bar is on screen
