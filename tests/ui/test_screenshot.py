"""`trainer screenshot` renders real pages to PNG, with Chinese in a CJK font."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from tests.conftest import ROOT


def shoot(tmp_path, page, size="1366x768", locale="zh"):
    out = tmp_path / f"{page}-{locale}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "trainer", "--locale", locale, "screenshot", "--page", page,
                          "--out", str(out), "--size", size, "--demo"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return QImage(str(out))


def test_every_page_renders_at_the_requested_size(tmp_path):
    from trainer.ui.main_window import PAGES

    for page in PAGES:
        image = shoot(tmp_path, page)
        assert (image.width(), image.height()) == (1366, 768)
        colours = {image.pixelColor(x, y).name() for x in range(0, 1366, 37) for y in range(0, 768, 29)}
        assert len(colours) > 3, f"{page} looks blank"


def test_small_screen_and_english(tmp_path):
    image = shoot(tmp_path, "home", size="1024x600", locale="en")
    assert (image.width(), image.height()) == (1024, 600)


def test_bad_size_is_one_clear_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "trainer", "screenshot", "--page", "home", "--out",
                          str(tmp_path / "x.png"), "--size", "huge"], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 2 and run.stderr.strip().count("\n") == 0 and "--size" in run.stderr


def test_chinese_is_drawn_with_a_cjk_font(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from trainer.ui import style

    family = style.cjk_family()
    assert family is not None, "no CJK font: install fonts-noto-cjk"
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "服务规范训练首问负责制")
