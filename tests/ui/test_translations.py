"""Every interface string has a Chinese translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "trainer_zh_CN.ts"


def test_every_string_is_translated():
    unfinished = [m.findtext("source") for m in ET.parse(TS).iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path):
    bindir = Path(sys.executable).parent
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "trainer" / "ui").rglob("*.py"))
    subprocess.run([str(bindir / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    in_code = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).iter("context")
               for m in c.iter("message")}
    in_ts = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(TS).iter("context")
             for m in c.iter("message")}
    assert sorted(in_code - in_ts) == [], "run tools/i18n.sh and translate the new strings"


def test_compiled_translations_are_current(tmp_path):
    bindir = Path(sys.executable).parent
    qm = tmp_path / "check.qm"
    subprocess.run([str(bindir / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=120)
    assert qm.read_bytes() == (ROOT / "resources" / "i18n" / "trainer_zh_CN.qm").read_bytes(), \
        "run tools/i18n.sh to rebuild the .qm"
