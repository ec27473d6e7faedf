"""Content packs: an organisation's published library as one zip, to move between installations or companies.

A pack holds the items in the layout of `content/` (articles/…, phrases/…, quizzes/…, scenarios/…,
competencies.yaml) and a `pack.json`::

    {"format": "trainer-content-pack", "version": 1, "trainer": "0.1.0", "schema": "0008",
     "created_at": "2026-12-06T22:00:00+00:00", "author": "王经理", "hidden": ["scenarios/gift.yaml"]}

Reading a pack trusts nothing in it: not a zip, a zip bomb, paths outside the pack (`../`, absolute), too many
files, names that are not content items, text that is not UTF-8, a pack from a newer trainer — each is refused
with a PackError saying why, before anything is written. Import then validates the catalog the pack would make
and writes its items as drafts in one transaction (and publishes them with `publish=True`).
"""

from __future__ import annotations

import io
import json
import secrets
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from trainer import __version__
from trainer.content import library as lib
from trainer.content.loader import load_overlaid
from trainer.db.models import AuditEntry, LibraryDraft, LibraryItem, utcnow
from trainer.errors import ContentProblem, TrainerError

FORMAT = "trainer-content-pack"
VERSION = 1
MAX_FILES = 2000  # the reference content is about 60 files
MAX_TOTAL = 64 * 1024 * 1024  # uncompressed
MAX_RATIO = 200  # text compresses about 5:1; a bomb, thousands to one
MAX_PACK = 64 * 1024 * 1024


class PackError(TrainerError):
    """A pack that cannot be imported; nothing was written."""

    def __init__(self, template: str, problems: list[ContentProblem] | None = None, **fields) -> None:
        self.problems = problems or []
        super().__init__(template, **fields)


@dataclass(frozen=True)
class Pack:
    items: dict[str, str]  # path -> text
    hidden: tuple[str, ...]
    meta: dict


def _version_key(version: str) -> tuple[int, ...]:
    parts = []
    for part in str(version).split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def write_pack(out: Path | str, items: dict[str, str], hidden: list[str], author: str, schema: str) -> int:
    """Write a pack of `items` (path -> text); the number of items written."""
    meta = {"format": FORMAT, "version": VERSION, "trainer": __version__, "schema": schema,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "author": author,
            "hidden": sorted(hidden)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pack.json", json.dumps(meta, ensure_ascii=False, indent=2))
        for path in sorted(items):
            zf.writestr(path, items[path].encode("utf-8"))
    try:
        Path(out).write_bytes(buffer.getvalue())
    except OSError as exc:
        raise PackError("cannot write {out}: {why}", out=str(out), why=exc.strerror or str(exc)) from None
    return len(items)


def read_pack(source: Path | str | bytes) -> Pack:
    """The pack's items, after every check; PackError naming the first thing wrong."""
    name = "the pack" if isinstance(source, bytes) else str(source)
    if isinstance(source, bytes):
        data = source
    else:
        try:
            size = Path(source).stat().st_size
            if size > MAX_PACK:
                raise PackError("{name} is too large ({size:,} bytes; a pack is at most {limit:,})", name=name,
                                size=size, limit=MAX_PACK)
            data = Path(source).read_bytes()
        except OSError as exc:
            raise PackError("cannot read {name}: {why}", name=name, why=exc.strerror or str(exc)) from None
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise PackError("{name} is not a content pack (not a zip file)", name=name) from None
    if len(infos) > MAX_FILES:
        raise PackError("{name} holds {count:,} files; a content pack holds at most {limit:,}", name=name,
                        count=len(infos), limit=MAX_FILES)
    total = 0
    for info in infos:
        path = info.filename
        pure = PurePosixPath(path)
        if path.startswith(("/", "\\")) or "\\" in path or ".." in pure.parts or ":" in path:
            raise PackError("{name} has a file outside the pack ({path}); refused", name=name, path=path)
        total += info.file_size
        if info.file_size > lib.MAX_TEXT or total > MAX_TOTAL or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1 << 20):
            raise PackError("{name} unpacks to far more than it holds ({path}: {size:,} bytes); refused as a zip "
                            "bomb", name=name, path=path, size=info.file_size)
    files = {i.filename: i for i in infos if not i.is_dir()}
    if "pack.json" not in files:
        raise PackError("{name} is not a content pack (no pack.json)", name=name)
    try:
        meta = json.loads(_read(zf, files.pop("pack.json")).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise PackError("{name}: pack.json is not valid JSON", name=name) from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise PackError("{name} is not a content pack (pack.json does not say trainer-content-pack)", name=name)
    if not isinstance(meta.get("version"), int) or meta["version"] > VERSION or \
            _version_key(meta.get("trainer", "0")) > _version_key(__version__):
        raise PackError("{name} was written by a newer trainer ({version}); update trainer to import it",
                        name=name, version=str(meta.get("trainer", "?")))
    hidden = meta.get("hidden", [])
    if not isinstance(hidden, list) or not all(isinstance(h, str) for h in hidden):
        raise PackError("{name}: pack.json's hidden list is not a list of paths", name=name)
    items: dict[str, str] = {}
    for path, info in sorted(files.items()):
        try:
            lib.check_path(path)
        except TrainerError:
            raise PackError("{name} holds a file that is not a content item: {path}", name=name, path=path) from None
        raw = _read(zf, info)
        try:
            items[path] = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise PackError("{name}: {path} is not UTF-8 text", name=name, path=path) from None
    for path in hidden:
        try:
            lib.check_path(path)
        except TrainerError:
            raise PackError("{name}: pack.json hides {path}, not a content item", name=name, path=path) from None
    return Pack(items, tuple(hidden), meta)


def export_library(self, out: Path | str, author: str) -> int:
    """LibraryService.export_pack (`self` is the service)."""
    from sqlalchemy import select

    from trainer.db import migrate

    with self._reader() as db:
        rows = list(db.scalars(select(LibraryItem)))
    schema = migrate.head_revision()
    count = write_pack(out, {r.path: r.text for r in rows if not r.hidden},
                       [r.path for r in rows if r.hidden], author, schema)
    self.note(author, "export-content", {"file": str(out), "items": count})
    return count


def import_library(self, source: Path | str | bytes, author: str, publish: bool = False, comment: str = ""):
    """LibraryService.import_pack (`self` is the service)."""
    pack = read_pack(source)
    changes: dict[str, str | None] = {**pack.items, **{h: None for h in pack.hidden}}
    result = self.draft_catalog(changes)
    errors = result.problems  # unfinished parts of a draft are warnings here
    if publish:  # as the publish will see it: unfinished parts are errors
        with self._reader() as db:
            overlay = self._overlay(db, drafts=True)
        overlay.update({k: None if v is None else v.encode("utf-8") for k, v in changes.items()})
        loaded = load_overlaid(self.content_dir, overlay)
        errors = lib.blocking(loaded.problems, loaded.warnings)
    if errors:
        raise PackError("the pack was not imported: {count} problems in the content it holds, the first: "
                        "{first}", errors, count=len(errors), first=str(errors[0]))
    name = source if not isinstance(source, bytes) else "pack"
    comment = comment or f"imported from {Path(str(name)).name}"
    with self._writer.begin() as db:
        for path, text in changes.items():
            draft = db.get(LibraryDraft, path)
            if draft is None:
                draft = LibraryDraft(path=path)
                db.add(draft)
            draft.text, draft.hidden, draft.author, draft.comment = text, text is None, author, comment
            draft.at, draft.token = utcnow(), secrets.token_hex(8)
        db.add(AuditEntry(actor=author, action="import-content", detail=json.dumps(
            {"file": str(name), "items": sorted(changes), "from": pack.meta.get("author", "")},
            ensure_ascii=False)))
    outcome = self.publish(author, comment) if publish else None
    return len(changes), outcome


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, stopping past its declared size (a header may lie about it)."""
    try:
        with zf.open(info) as stream:
            raw = stream.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise PackError("the pack is damaged ({path}: {why})", path=info.filename, why=str(exc)) from None
    if len(raw) > info.file_size:
        raise PackError("the pack is damaged ({path} is longer than it says)", path=info.filename)
    return raw
