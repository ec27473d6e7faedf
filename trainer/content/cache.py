"""The last loaded catalog, kept on disk and reused while no content file and no loader code has changed.

Parsing YAML and Markdown is most of a content load; a start with unchanged content reads one file instead. The key
is a hash of every file's path and bytes under the content directory (reading them is cheap; parsing is not), of
the loader's own source and of the trainer version, so an edited file, an added or removed one, or a new trainer
always loads afresh. A missing, unreadable or stale cache is ignored, and a cache that cannot be written is only a
slower next start.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from hashlib import blake2b
from pathlib import Path

from trainer import __version__
from trainer.content.loader import LoadResult, load_catalog

FORMAT = b"trainer-catalog-cache 1"
_CODE = Path(__file__).resolve().parent


def fingerprint(root: Path) -> str | None:
    """A hash of everything the catalog is made from, or None when a file cannot be read (then no cache)."""
    digest = blake2b(FORMAT, digest_size=20)
    digest.update(__version__.encode())
    try:
        for path in sorted(_CODE.glob("*.py")):
            digest.update(path.read_bytes())
        for path in sorted(root.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape"))
                digest.update(len(data).to_bytes(8, "little"))
                digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def cache_file(root: Path, cache_dir: Path) -> Path:
    name = blake2b(str(root.resolve()).encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
    return cache_dir / f"catalog-{name}.pickle"


def _read(file: Path, key: str) -> LoadResult | None:
    try:
        with file.open("rb") as stream:
            if pickle.load(stream) != key:
                return None
            result = pickle.load(stream)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a damaged or foreign cache file is only ignored
        return None
    return result if isinstance(result, LoadResult) else None


def _write(file: Path, key: str, result: LoadResult) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=file.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as stream:
                pickle.dump(key, stream, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(result, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # a read-only or full disk: the next start loads afresh


def load_catalog_cached(root: Path | str, cache_dir: Path) -> tuple[LoadResult, bool]:
    """The catalog of `root` and whether it came from the cache; loads (and caches) it afresh when anything changed."""
    root = Path(root)
    key = fingerprint(root)
    file = cache_file(root, cache_dir)
    if key is not None:
        cached = _read(file, key)
        if cached is not None:
            return cached, True
    result = load_catalog(root)
    if key is not None:
        _write(file, key, result)
    return result, False
