"""The desktop bundle for people without Python: built with the spec `./dev.sh bundle` uses, then started as a user
starts it, from another folder, with nothing of the checkout on its path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_install import clean_env

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    built = subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath",
                            str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "trainer.spec")],
                           cwd=work, capture_output=True, text=True, timeout=1200)
    assert built.returncode == 0, built.stderr[-4000:]
    executable = work / "dist" / "trainer" / ("trainer.exe" if sys.platform == "win32" else "trainer")
    assert executable.is_file()
    return executable


def test_the_bundle_validates_the_same_content_as_the_checkout(bundle, tmp_path):
    env = clean_env(tmp_path)
    theirs = subprocess.run([str(bundle), "validate", "--json"], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=300)
    ours = subprocess.run([sys.executable, "-m", "trainer", "validate", "--json"], cwd=ROOT,
                          env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=300)
    assert theirs.returncode == 0, theirs.stderr[-3000:]
    assert json.loads(theirs.stdout)["items"] == json.loads(ours.stdout)["items"]


def test_the_bundle_shows_the_role_play_page_with_every_scenario(bundle, tmp_path):
    from trainer.content.loader import load_catalog

    env = clean_env(tmp_path)
    out = tmp_path / "roleplay.png"
    shown = subprocess.run([str(bundle), "--locale", "zh", "screenshot", "--page", "roleplay", "--out", str(out),
                            "--describe"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0, shown.stderr[-3000:]
    page = json.loads(shown.stdout)
    titles = [s.title.zh for s in load_catalog(ROOT / "content").catalog.scenarios.values()]
    assert len(titles) >= 7 and all(t in page["texts"] for t in titles)
    assert page["sections"][2] == "情景演练" and page["size"] == [1366, 768]
    assert out.stat().st_size > 10_000
    # the database was created and brought up to date by the bundled migrations
    db = subprocess.run([str(bundle), "db"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert db.returncode == 0, db.stderr
    lines = dict(line.split(": ", 1) for line in db.stdout.strip().split("\n"))
    assert lines["schema"] == lines["schema known to this version"]
