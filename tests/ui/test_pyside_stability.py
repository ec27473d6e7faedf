"""Regression: PySide6 6.12.0 on Python 3.11 aborts after ~5,000 calls to Qt methods returning nothing.

pyproject pins PySide6 below 6.12 on Python 3.11; this test makes 20,000 such calls in one process and
fails (the interpreter aborts) on an affected build.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_twenty_thousand_void_qt_calls_do_not_abort_the_interpreter():
    code = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QTextBrowser
        app = QApplication([])
        browser = QTextBrowser()
        for i in range(5000):
            browser.setHtml(f"<p>第 {i} 条</p>")
            browser.resize(300 + i % 50, 200)
            browser.setReadOnly(True)
            app.processEvents()
        print("ok")
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "ok"
