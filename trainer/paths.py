"""Where trainer finds its shipped files: inside the installed package, or beside it in a source checkout.

A wheel (and so `pip install .`, `pip install --user`, the desktop bundle) carries `content/` and `resources/` as
`trainer/_shipped/` (pyproject's force-include); a source checkout or an editable install reads the folders at the
top of the repository.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _shipped(name: str) -> Path:
    packaged = files("trainer").joinpath("_shipped", name)
    if packaged.is_dir():
        return Path(str(packaged))
    return _PACKAGE_DIR.parent / name


def content_dir() -> Path:
    return _shipped("content")


def resources_dir() -> Path:
    return _shipped("resources")


def installed_from_wheel() -> bool:
    """True when the shipped files came with the package (not from a source checkout beside it)."""
    return files("trainer").joinpath("_shipped").is_dir()
