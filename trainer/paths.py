"""Where trainer finds its shipped files, in a source checkout and when installed."""

from __future__ import annotations

import site
import sys
import sysconfig
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    # A source checkout (or editable install) keeps content/ and resources/ beside the package;
    # `pip install .` puts them under <data scheme>/share/trainer/ (the venv or prefix, or the user base).
    found = [_PACKAGE_DIR.parent / name]
    for base in (sysconfig.get_path("data"), sys.prefix, getattr(site, "USER_BASE", None)):
        if base:
            found.append(Path(base) / "share" / "trainer" / name)
    return found


@cache
def _shipped(name: str) -> Path:
    candidates = _candidates(name)
    return next((p for p in candidates if p.is_dir()), candidates[0])


def content_dir() -> Path:
    return _shipped("content")


def resources_dir() -> Path:
    return _shipped("resources")
