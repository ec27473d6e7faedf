"""What a user installs: the wheel carries every shipped file, and trainer installed from it into a fresh virtual
environment, run from a folder outside the checkout, has the checkout's whole catalog and its translations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Run by both interpreters (the checkout's and the installed one): everything a trainee can be shown.
FINGERPRINT = r"""
import hashlib, json
from trainer import paths
from trainer.content.loader import load_catalog
from trainer.engine.bank import build_bank

def files(root):
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}

result = load_catalog(paths.content_dir())
catalog = result.catalog
print(json.dumps({
    "problems": [str(p) for p in result.problems],
    "articles": {a.id: {lang: [c.number + " " + c.text for c in t.clauses] for lang, t in sorted(a.texts.items())}
                 for a in catalog.articles.values()},
    "phrases": sorted([p.id, p.kind, p.text.zh, p.text.en] for p in catalog.phrases.values()),
    "scenarios": sorted(catalog.scenarios),
    "questions": sorted(build_bank(catalog)),
    "content_files": files(paths.content_dir()),
    "resource_files": files(paths.resources_dir()),
}, ensure_ascii=False, sort_keys=True))
"""


def shipped_files() -> list[str]:
    """Every file of content/ and resources/ the repository holds (as a fresh clone has them)."""
    if (ROOT / ".git").exists():
        out = subprocess.run(["git", "ls-files", "content", "resources"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
        return sorted(line for line in out.splitlines() if (ROOT / line).is_file())
    return sorted(p.relative_to(ROOT).as_posix() for d in ("content", "resources") for p in (ROOT / d).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


def clean_env(tmp: Path) -> dict:
    """The environment of a user who has nothing of the checkout: no PYTHONPATH, their own data directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TRAINER_", "VIRTUAL_ENV"))}
    env.update(TRAINER_DATA_DIR=str(tmp / "data"), QT_QPA_PLATFORM="offscreen", TRAINER_TTS="off")
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    [built] = out.glob("trainer-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with trainer installed from the wheel, not editable (pip's cache keeps the
    dependencies' wheels, so this takes well under a minute after the first run on a machine)."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                         capture_output=True, text=True, timeout=900)
    assert pip.returncode == 0, pip.stderr[-3000:]
    return venv


def test_the_wheel_carries_every_shipped_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [f for f in shipped_files() if f"trainer/_shipped/{f}" not in names]
    assert missing == []
    assert "trainer/db/migrations/script.py.mako" in names


def test_the_installed_trainer_has_the_checkouts_catalog(installed, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = clean_env(tmp_path)
    python = str(installed / "bin" / "python")
    theirs = subprocess.run([python, "-c", FINGERPRINT], cwd=outside, env=env, capture_output=True, text=True,
                            timeout=300)
    assert theirs.returncode == 0, theirs.stderr[-3000:]
    ours = subprocess.run([sys.executable, "-c", FINGERPRINT], cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=300)
    installed_view, checkout_view = json.loads(theirs.stdout), json.loads(ours.stdout)
    assert installed_view["content_files"] and installed_view["questions"]
    assert installed_view == checkout_view
    # and it read them from inside the installed package, not from this checkout
    where = subprocess.run([python, "-c", "from trainer import paths; print(paths.content_dir())"], cwd=outside,
                           env=env, capture_output=True, text=True, timeout=120).stdout.strip()
    assert where.startswith(str(installed)) and "_shipped" in where


def test_installed_validate_counts_as_the_checkout(installed, tmp_path):
    env = clean_env(tmp_path)
    theirs = subprocess.run([str(installed / "bin" / "trainer"), "validate", "--json"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    ours = subprocess.run([sys.executable, "-m", "trainer", "validate", "--json"], cwd=ROOT,
                          env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=300)
    assert theirs.returncode == ours.returncode == 0
    assert json.loads(theirs.stdout)["items"] == json.loads(ours.stdout)["items"]
    assert len(json.loads(theirs.stdout)["items"]) >= 43


def test_the_installed_role_play_page_shows_every_scenario_in_chinese(installed, tmp_path):
    from trainer.content.loader import load_catalog

    env = clean_env(tmp_path)
    shown = subprocess.run([str(installed / "bin" / "trainer"), "--locale", "zh", "screenshot", "--page", "roleplay",
                            "--out", str(tmp_path / "roleplay.png"), "--describe"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0, shown.stderr[-3000:]
    page = json.loads(shown.stdout)
    titles = [s.title.zh for s in load_catalog(ROOT / "content").catalog.scenarios.values()]
    assert len(titles) >= 7 and all(t in page["texts"] for t in titles)
    assert page["sections"][:3] == ["首页", "课程", "情景演练"]  # the translation came with it
    assert (tmp_path / "roleplay.png").stat().st_size > 10_000


def test_a_user_install_finds_its_content_inside_the_user_site(wheel, tmp_path):
    """`pip install --user`: the files land in the user's site-packages with the package, and are found there."""
    base = tmp_path / "userbase"
    env = {**clean_env(tmp_path), "PYTHONUSERBASE": str(base)}
    python = Path(sys.base_prefix) / "bin" / "python3"  # a user install is made outside any virtual environment
    if not python.exists():
        python = Path(sys.executable)
    # (a Debian system Python marks itself externally managed; this user base is a throwaway folder)
    pip = subprocess.run([str(python), "-m", "pip", "install", "-q", "--user", "--no-deps", "--break-system-packages",
                          "--no-warn-script-location", str(wheel)], env=env, capture_output=True, text=True,
                         timeout=300)
    assert pip.returncode == 0, pip.stderr[-2000:]
    code = ("from trainer import paths; c = paths.content_dir(); "
            "print(c); print(len([p for p in c.rglob('*') if p.is_file()]))")
    found = subprocess.run([str(python), "-c", code], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120)
    assert found.returncode == 0, found.stderr
    where, count = found.stdout.split()
    assert where.startswith(str(base)) and int(count) == len([f for f in shipped_files() if f.startswith("content/")])
