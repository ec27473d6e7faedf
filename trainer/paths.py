"""Where trainer finds its shipped files, in a source checkout and when installed."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # A source checkout (or editable install) keeps content/ and resources/ beside the package;
    # `pip install .` puts them under <prefix>/share/trainer/.
    beside = _PACKAGE_DIR.parent / name
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "trainer" / name


def content_dir() -> Path:
    return _shipped("content")


def resources_dir() -> Path:
    return _shipped("resources")
