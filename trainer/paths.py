"""Where trainer finds its shipped files: inside the installed package, or beside it in a source checkout.

A wheel (and so `pip install .`, `pip install --user`, the desktop bundle) carries `content/` and `resources/` as
`trainer/_shipped/` (pyproject's force-include); a source checkout or an editable install reads the folders at the
top of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def files(package: str):
    # importlib.resources (and the zipfile it imports) only where the package is not a plain folder: it is
    # imported before the window's first paint, and a plain folder answers the same question directly
    if _PACKAGE_DIR.is_dir():
        return _PACKAGE_DIR
    from importlib.resources import files as resource_files

    return resource_files(package)


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
