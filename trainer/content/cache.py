"""What the last loads learnt of each content file, kept on disk so a start parses only files it has not seen.

Parsing YAML and Markdown is most of a content load. Each file's unit (trainer.content.units: its parse, its own
problems, its own checks) is kept in a file named by a hash of the content file's path and bytes; a load reads
every content file (cheap), takes the units of files seen before and parses only new or edited ones, then does
the checks across files afresh. The cache folder is named by a hash of the loader's code and the trainer version,
so a new trainer never reads an older one's units. A missing, damaged or foreign unit file is parsed afresh, and
a cache that cannot be written is only a slower next start.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import tempfile
import threading
from hashlib import blake2b
from pathlib import Path

from trainer import __version__
from trainer.content.loader import LoadResult, load_units
from trainer.content.units import Unit
from trainer.gcpause import collector_paused

FORMAT = b"trainer-content-units 1"
_CODE = Path(__file__).resolve().parent
PREFIX = "content-units-"


def code_key() -> str:
    """A hash of everything a unit is made by: the content package's code, the trainer version, and the Python,
    PyYAML, markdown-it-pyrs and pydantic that parse and validate (an upgrade of any may read a file differently)."""
    import markdown_it_pyrs
    import pydantic
    import yaml

    digest = blake2b(FORMAT, digest_size=8)
    for version in (__version__, sys.version, yaml.__version__, markdown_it_pyrs.__version__, pydantic.VERSION):
        digest.update(str(version).encode() + b"\0")
    for name, code in _code_parts():
        digest.update(name.encode())
        digest.update(code)
    return digest.hexdigest()


def _code_parts():
    """The content package's modules and trainer.errors (ContentProblem): their source files, or, in the desktop
    bundle (which ships no sources), their compiled code."""
    if (_CODE / "loader.py").exists():
        for path in [*sorted(_CODE.glob("*.py")), _CODE.parent / "errors.py"]:
            yield path.name, path.read_bytes()
        return
    import importlib.util
    import marshal
    import pkgutil

    names = [f"trainer.content.{i.name}" for i in pkgutil.iter_modules([str(_CODE)])] or [
        f"trainer.content.{i.name}" for i in pkgutil.iter_modules(sys.modules["trainer.content"].__path__)]
    for name in sorted(names) + ["trainer.errors"]:
        spec = importlib.util.find_spec(name)
        code = spec.loader.get_code(name) if spec is not None and spec.loader is not None else None
        yield name, marshal.dumps(code) if code is not None else b""


class UnitCache:
    """Units in `folder`, one pickle file each, named by the content file's key (loader.unit_key)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.unit"

    def get(self, key: str) -> Unit | None:
        try:
            with self._file(key).open("rb") as stream:
                unit = pickle.load(stream)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a damaged or foreign cache file is only parsed afresh
            return None
        return unit if isinstance(unit, Unit) else None

    def put(self, units: dict[str, Unit]) -> None:
        """Keep `units`; a disk that refuses only means they are parsed again next time."""
        if not units:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for key, unit in units.items():
                fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=key, suffix=".tmp")
                try:
                    with os.fdopen(fd, "wb") as stream:
                        pickle.dump(unit, stream, protocol=pickle.HIGHEST_PROTOCOL)
                    os.replace(tmp, self._file(key))
                except BaseException:
                    Path(tmp).unlink(missing_ok=True)
                    raise
        except (OSError, pickle.PicklingError, RecursionError):
            pass

    def prune(self, used: set[str]) -> None:
        """Remove units this load did not use once they outnumber the ones it did (edits leave old versions
        behind). Units of another content folder sharing this cache may go too; that folder is then parsed
        afresh once."""
        try:
            files = [f for f in self.folder.iterdir() if f.suffix == ".unit"]
            stale = [f for f in files if f.stem not in used]
            if len(stale) > max(len(files) - len(stale), 100):
                for file in stale:
                    file.unlink(missing_ok=True)
        except OSError:
            pass


def _remove_older_caches(cache_dir: Path, current: Path) -> None:
    """Units made by another trainer version, and the whole-catalog cache earlier versions kept."""
    try:
        for entry in cache_dir.iterdir():
            if entry.name.startswith(PREFIX) and entry != current and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            elif entry.name.startswith("catalog-") and entry.suffix == ".pickle":
                entry.unlink(missing_ok=True)
    except OSError:
        pass


def unit_folder(cache_dir: Path) -> Path:
    return cache_dir / f"{PREFIX}{code_key()}"


_writes_lock = threading.Lock()
_writes: dict[Path, threading.Thread] = {}  # cache folder -> the write under way


def _write(cache_dir: Path, folder: Path, cache: UnitCache, fresh: dict[str, Unit], used: set[str]) -> None:
    if not folder.exists():
        _remove_older_caches(cache_dir, folder)
    cache.put(fresh)
    cache.prune(used)


def wait_for_writes(folder: Path | None = None) -> None:
    """Until the units a load parsed are on disk (all folders', or `folder`'s)."""
    with _writes_lock:
        threads = [t for f, t in _writes.items() if folder is None or f == folder]
    for thread in threads:
        thread.join()


def load_catalog_cached(root: Path | str, cache_dir: Path, write_later: bool = False,
                        overlay: dict[str, bytes | None] | None = None) -> tuple[LoadResult, int]:
    """The catalog of `root` (with the library's `overlay` over it, see loader.load_overlaid) and how many of its
    files had to be parsed (0 when none changed since a load that used this cache). `write_later`: the units parsed now are written by a thread of their own, so the catalog
    is there without waiting for the disk (a first start writes thousands of files); a later load of the same
    cache waits for that write first, and so does the interpreter's exit."""
    folder = unit_folder(cache_dir)
    wait_for_writes(folder)
    cache = UnitCache(folder)
    # the catalog is kept for the app's life: frozen, later collections do not walk it (see trainer.gcpause)
    with collector_paused(freeze=True):
        result, fresh, used = load_units(Path(root), cache, overlay)
    if fresh:
        if write_later:
            thread = threading.Thread(target=_write, args=(cache_dir, folder, cache, fresh, used),
                                      name="content-cache-write")
            with _writes_lock:
                _writes[folder] = thread
            thread.start()
        else:
            with collector_paused():
                _write(cache_dir, folder, cache, fresh, used)
    return result, len(fresh)
