"""The rooms stay clear: the core never imports Qt or the UI; the UI never touches the database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CORE = ["trainer.cli", "trainer.config", "trainer.content.loader", "trainer.services.context",
        "trainer.services.profiles", "trainer.db.migrate"]


def test_import_linter_contracts_hold():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    run = subprocess.run([str(lint_imports), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_core_runs_without_qt():
    """Importing and using the core loads no PySide6 module (so scripts and servers need no Qt)."""
    code = (
        "import sys\n"
        f"for m in {CORE!r}: __import__(m)\n"
        "from trainer.content.loader import load_catalog\n"
        f"load_catalog({str(ROOT / 'content')!r})\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'trainer.ui')))\n"
        "print(bad)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_ui_never_imports_sqlalchemy_directly():
    offenders = []
    for path in (ROOT / "trainer" / "ui").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import sqlalchemy", "from sqlalchemy", "from trainer.db", "import trainer.db")):
                offenders.append(f"{path.relative_to(ROOT)}: {stripped}")
    assert offenders == []
