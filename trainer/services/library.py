"""The organisation's content library: its own lessons, phrases, questions and role-plays, kept in the database
in the same text formats as the shipped reference content, drafted, published to every desk, and reverted.

The API other parts of trainer use (the document importer and the scenario map save through it too)::

    lib = services.library
    row = lib.item("articles/phone-conduct.zh.md")          # ItemText: text (draft, else published, else the
                                                             # reference file), its state and a token
    lib.save_draft(path, text, author, comment="", token=row.token)   # DraftRow; ConflictError when someone
                                                             # saved the item since `token` (None: no check)
    lib.check({path: text})                                  # problems of the draft catalog with these texts
    lib.hide(path, author) / lib.revert(path, author, number=None)    # a draft hiding, or back to a revision
                                                             # (None: back to the reference)
    lib.discard_draft(path)
    lib.publish(author, comment)                             # PublishOutcome; PublishRefused(problems) when the
                                                             # draft catalog has any error (warnings allowed)
    lib.published_catalog() / lib.draft_catalog()            # LoadResult: the reference overlaid with the items
    lib.publication()                                        # id of the latest publish (desks poll it)
    lib.items(); lib.history(path); lib.diff(path, number)

Paths are the item's place in the content folder (`articles/<id>.zh.md`, `phrases/<name>.yaml`,
`quizzes/<name>.yaml`, `scenarios/<id>.yaml`, `competencies.yaml`); problems name library items
`library:<path>:line`. Authors are plain names (the manager's); every publish, revert and import is in the audit
log.
"""

from __future__ import annotations

import json
import secrets
import threading
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content import library as lib
from trainer.content.loader import LIBRARY, LoadResult, load_overlaid
from trainer.db.models import (AuditEntry, LibraryDraft, LibraryItem, LibraryPublication, LibraryRevision,
                               aware, utcnow)
from trainer.errors import ContentProblem, TrainerError
from trainer.services.library_rows import (ConflictError, DraftRow, ItemRow, ItemText, PublishOutcome,  # noqa: F401
                                           PublishRefused, RevisionRow)


def phrase_hits(catalog, sentence: str) -> list:
    """The one place the library's "try it" box calls the phrase checker (a better judge can replace it here)."""
    from trainer.engine.phrases import PhraseChecker

    return PhraseChecker.from_catalog(catalog).check(sentence)


class LibraryService:
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session], content_dir: Path) -> None:
        self._writer = writer
        self._reader = reader
        self.content_dir = Path(content_dir)
        self._reference = lib.reference_files(self.content_dir)
        self._units: dict = {}  # unit key -> Unit (trainer.content.units), for _load
        self._units_lock = threading.Lock()

    # -- reading ---------------------------------------------------------------------------------

    def reference_text(self, path: str) -> str | None:
        file = self._reference.get(path)
        return file.read_text(encoding="utf-8") if file is not None else None

    def publication(self) -> int:
        """The id of the latest publish (0: none yet)."""
        with self._reader() as db:
            return db.scalar(select(func.max(LibraryPublication.id))) or 0

    def items(self) -> list[ItemRow]:
        with self._reader() as db:
            published = {i.path: i for i in db.scalars(select(LibraryItem))}
            drafts = {d.path: d for d in db.scalars(select(LibraryDraft))}
            last = {r.path: r for r in db.scalars(
                select(LibraryRevision).where(LibraryRevision.id.in_(
                    select(func.max(LibraryRevision.id)).group_by(LibraryRevision.path))))}
        rows = []
        for path in sorted(set(self._reference) | set(published) | set(drafts) | set(last)):
            item, draft, rev = published.get(path), drafts.get(path), last.get(path)
            state = lib.state_of(path in self._reference, (item.text, item.hidden) if item else None)
            if state == "reference" and path not in self._reference and draft is None:
                continue  # a new item reverted away: nothing left of it
            rows.append(ItemRow(
                path=path, kind=lib.kind_of(path), state="draft" if draft else state, published_state=state,
                revision=rev.number if rev else 0, author=rev.author if rev else "",
                at=aware(rev.at) if rev else None, draft_author=draft.author if draft else "",
                draft_at=aware(draft.at) if draft else None))
        return rows

    def item(self, path: str) -> ItemText:
        lib.check_path(path)
        with self._reader() as db:
            item, draft = db.get(LibraryItem, path), db.get(LibraryDraft, path)
            revision = item.revision if item else self._last_number(db, path)
        reference = self.reference_text(path)
        published = (None if item.hidden else item.text) if item else reference
        state = lib.state_of(path in self._reference, (item.text, item.hidden) if item else None)
        if draft is not None:
            text = None if draft.hidden else (draft.text if draft.text is not None else reference)
            return ItemText(path, text, "draft", draft.token, path in self._reference, reference, published)
        return ItemText(path, published, state, f"r{revision}", path in self._reference, reference, published)

    def history(self, path: str) -> list[RevisionRow]:
        with self._reader() as db:
            revs = db.scalars(select(LibraryRevision).where(LibraryRevision.path == path)
                              .order_by(LibraryRevision.number.desc()))
            return [RevisionRow(r.path, r.number, r.author, aware(r.at), r.comment, r.hidden,
                                r.text is None and not r.hidden) for r in revs]

    def revision_text(self, path: str, number: int) -> str | None:
        """The item's text at a revision (0: the reference); None when hidden then."""
        if number == 0:
            return self.reference_text(path)
        with self._reader() as db:
            rev = db.scalar(select(LibraryRevision).where(LibraryRevision.path == path,
                                                          LibraryRevision.number == number))
        if rev is None:
            raise TrainerError("{path} has no revision {number}", path=path, number=number)
        return None if rev.hidden else (rev.text if rev.text is not None else self.reference_text(path))

    def diff(self, path: str, number: int) -> str:
        """What revision `number` changed, against the one before it (the reference before the first)."""
        after = self.revision_text(path, number)
        before = self.revision_text(path, number - 1) if number > 1 else self.reference_text(path)
        return lib.diff(before, after, f"{path} ({number - 1 or 'reference'})", f"{path} ({number})")

    def _overlay(self, db: Session, drafts: bool) -> dict[str, bytes | None]:
        overlay: dict[str, bytes | None] = {}
        for item in db.scalars(select(LibraryItem)):
            overlay[item.path] = None if item.hidden else item.text.encode("utf-8")
        if drafts:
            for draft in db.scalars(select(LibraryDraft)):
                if draft.hidden:
                    overlay[draft.path] = None
                elif draft.text is None:  # back to the reference
                    overlay.pop(draft.path, None)
                else:
                    overlay[draft.path] = draft.text.encode("utf-8")
        return overlay

    def published_catalog(self, cache_dir: Path | None = None, write_later: bool = False) -> tuple[int, LoadResult]:
        """What every desk uses: the reference with the published items over it, and the publication it is
        (files parsed before are taken from the unit cache in `cache_dir`)."""
        with self._reader() as db:
            publication = db.scalar(select(func.max(LibraryPublication.id))) or 0
            overlay = self._overlay(db, drafts=False)
        if cache_dir is None:
            return publication, load_overlaid(self.content_dir, overlay)
        from trainer.content.cache import load_catalog_cached

        return publication, load_catalog_cached(self.content_dir, cache_dir, write_later, overlay)[0]

    def published_content(self, cache_dir: Path | None = None, write_later: bool = False):
        """(publication, LoadResult, repository): the published catalog as a ContentRepository
        (trainer.services.content) whose items from the library carry the library's revision number, and those
        from the reference files their file hash."""
        from trainer.services.content import _QUESTION_ID, FileContent

        with self._reader() as db:
            items = {i.path: (i.revision, i.text) for i in db.scalars(select(LibraryItem)) if not i.hidden}
        publication, result = self.published_catalog(cache_dir, write_later)
        repo = FileContent.of(result, self.content_dir)
        for path, (number, text) in items.items():
            repo._revisions[LIBRARY + path] = str(number)
            if path.startswith("quizzes/"):  # its questions are the library's now, at this revision
                for question_id in _QUESTION_ID.findall(text or ""):
                    if question_id in result.catalog.questions:
                        repo._origins[f"question:{question_id}"] = LIBRARY + path
        return publication, result, repo

    def _load(self, overlay: dict[str, bytes | None]) -> LoadResult:
        """The overlaid catalog, with the units of files seen before kept in memory: a check while typing
        parses only the text that changed."""
        from trainer.content.loader import load_units

        with self._units_lock:
            result, fresh, _used = load_units(self.content_dir, self._units, overlay)
            if len(self._units) + len(fresh) > 400:
                self._units.clear()
            self._units.update(fresh)
        return result

    def draft_catalog(self, replacing: dict[str, str | None] | None = None, store=None) -> LoadResult:
        """The catalog as it would be published now (with `replacing`: some items' texts in an editor);
        unfinished parts are warnings here."""
        with self._reader() as db:
            overlay = self._overlay(db, drafts=True)
        for path, text in (replacing or {}).items():
            overlay[path] = None if text is None else text.encode("utf-8")
        result = load_overlaid(self.content_dir, overlay, store) if store is not None else self._load(overlay)
        drafted = lib.as_draft(result.problems)  # unfinished parts of a draft: warnings for now
        result.problems[:] = [p for p in drafted if p.is_error]
        result.warnings[:0] = [p for p in drafted if p.is_warning]
        return result

    def check(self, texts: dict[str, str]) -> list[ContentProblem]:
        """Problems and warnings of the draft catalog with `texts` (path -> text in an editor): those of these
        items first."""
        result = self.draft_catalog({lib.check_path(p): t for p, t in texts.items()})
        problems = result.problems + result.warnings
        names = {LIBRARY + p for p in texts}
        return sorted(problems, key=lambda p: p.path not in names)

    def try_phrase(self, texts: dict[str, str], sentence: str) -> list:
        """What the phrase checker finds in `sentence` with the phrase bank as edited (`texts`), before anything
        is saved: the hits (trainer.engine.phrases)."""
        return phrase_hits(self.draft_catalog(texts).catalog, sentence)

    # -- drafts ----------------------------------------------------------------------------------

    def _token(self, db: Session, path: str) -> str:
        draft = db.get(LibraryDraft, path)
        if draft is not None:
            return draft.token
        item = db.get(LibraryItem, path)
        return f"r{item.revision if item else self._last_number(db, path)}"

    @staticmethod
    def _last_number(db: Session, path: str) -> int:
        return db.scalar(select(func.max(LibraryRevision.number)).where(LibraryRevision.path == path)) or 0

    def _put_draft(self, path: str, text: str | None, hidden: bool, author: str, comment: str,
                   token: str | None) -> DraftRow:
        lib.check_path(path)
        if text is not None and len(text.encode("utf-8")) > lib.MAX_TEXT:
            raise TrainerError("the text is too large to save ({size:,} bytes; the limit is {limit:,})",
                               size=len(text.encode("utf-8")), limit=lib.MAX_TEXT)
        with self._writer.begin() as db:
            current = self._token(db, path)
            if token is not None and token != current:
                draft, item = db.get(LibraryDraft, path), db.get(LibraryItem, path)
                who, when = (draft.author, draft.at) if draft else (item.author, item.at) if item else ("?", utcnow())
                raise ConflictError(path, who, aware(when))
            draft = db.get(LibraryDraft, path)
            if draft is None:
                draft = LibraryDraft(path=path)
                db.add(draft)
            draft.text, draft.hidden, draft.author, draft.comment = text, hidden, author, comment
            draft.at, draft.token = utcnow(), secrets.token_hex(8)
            return DraftRow(path, draft.token, author, aware(draft.at))

    def save_lesson(self, texts: dict[str, str], tokens: dict[str, str], author: str, comment: str = "",
                    article_id: str = "", renumbered: dict[str, str] | None = None) -> list[str]:
        """A lesson's files saved as drafts in one transaction, and every item referring to a renumbered clause
        (`article_id:old` -> `article_id:new`, in questions, role-plays, phrases and other lessons' notes) saved
        with its references following. ConflictError (nothing saved) when a file changed since its token. The
        paths saved."""
        from trainer.content.article_draft import follow_references

        changes: dict[str, str] = dict(texts)
        if renumbered:
            for row in self.items():
                if row.path in changes or row.kind == "competencies":
                    continue
                current = self.item(row.path).text
                if current is None:
                    continue
                moved = follow_references(current, article_id, renumbered)
                if moved != current:
                    changes[row.path] = moved
        for path, text in changes.items():
            lib.check_path(path)
        with self._writer.begin() as db:
            for path, token in tokens.items():
                if token is not None and self._token(db, path) != token:
                    draft, item = db.get(LibraryDraft, path), db.get(LibraryItem, path)
                    who, when = (draft.author, draft.at) if draft else (item.author, item.at) if item else ("?", utcnow())
                    raise ConflictError(path, who, aware(when))
            for path, text in changes.items():
                draft = db.get(LibraryDraft, path)
                if draft is None:
                    draft = LibraryDraft(path=path)
                    db.add(draft)
                draft.text, draft.hidden, draft.author = text, False, author
                draft.comment = comment if path in texts else (comment or "references follow renumbered clauses")
                draft.at, draft.token = utcnow(), secrets.token_hex(8)
        return sorted(changes)

    def tokens(self, paths: list[str]) -> dict[str, str]:
        with self._reader() as db:
            return {p: self._token(db, p) for p in paths}

    def save_draft(self, path: str, text: str, author: str, comment: str = "", token: str | None = None) -> DraftRow:
        """Keep `text` as the item's draft (not yet seen by the desks)."""
        return self._put_draft(path, text, False, author, comment, token)

    def hide(self, path: str, author: str, comment: str = "", token: str | None = None) -> DraftRow:
        """A draft hiding the item (a reference item no desk shows once published)."""
        return self._put_draft(path, None, True, author, comment, token)

    def revert(self, path: str, author: str, number: int | None = None, comment: str = "") -> DraftRow:
        """A draft bringing the item back to revision `number`, or to the reference (None)."""
        if number is None:
            if path not in self._reference:
                return self.hide(path, author, comment or "removed")
            return self._put_draft(path, None, False, author, comment or "back to the reference", None)
        with self._reader() as db:
            rev = db.scalar(select(LibraryRevision).where(LibraryRevision.path == path,
                                                          LibraryRevision.number == number))
        if rev is None:
            raise TrainerError("{path} has no revision {number}", path=path, number=number)
        return self._put_draft(path, rev.text, rev.hidden, author, comment or f"back to revision {number}", None)

    def discard_draft(self, path: str) -> None:
        with self._writer.begin() as db:
            db.execute(delete(LibraryDraft).where(LibraryDraft.path == path))

    # -- publishing ------------------------------------------------------------------------------

    def publish(self, author: str, comment: str = "") -> PublishOutcome:
        """Every draft at once, after the whole validator passes on the catalog they make (unfinished parts and
        all other errors refuse; warnings are allowed). One revision per item, one audit entry."""
        with self._writer.begin() as db:
            drafts = list(db.scalars(select(LibraryDraft).order_by(LibraryDraft.path)))
            if not drafts:
                raise TrainerError("nothing to publish: no item has a draft")
            result = self._load(self._overlay(db, drafts=True))
            refused = lib.blocking(result.problems, result.warnings)
            if refused:
                raise PublishRefused(refused + [w for w in result.warnings if not lib.unfinished(w)])
            publication = LibraryPublication(author=author, comment=comment, items=len(drafts), at=utcnow())
            db.add(publication)
            db.flush()
            for draft in drafts:
                number = self._last_number(db, draft.path) + 1
                db.add(LibraryRevision(path=draft.path, number=number, text=draft.text, hidden=draft.hidden,
                                       author=author, at=publication.at, comment=draft.comment or comment,
                                       publication_id=publication.id))
                item = db.get(LibraryItem, draft.path)
                if draft.text is None and not draft.hidden:  # back to the reference
                    if item is not None:
                        db.delete(item)
                    continue
                if item is None:
                    item = LibraryItem(path=draft.path)
                    db.add(item)
                item.text, item.hidden, item.revision = draft.text, draft.hidden, number
                item.author, item.at = author, publication.at
            paths = tuple(d.path for d in drafts)
            db.execute(delete(LibraryDraft))
            db.add(AuditEntry(actor=author, action="publish-content", detail=json.dumps(
                {"publication": publication.id, "comment": comment, "items": list(paths)}, ensure_ascii=False)))
            return PublishOutcome(publication.id, paths, tuple(result.warnings))  # none unfinished

    # -- packs (trainer.services.packs) ----------------------------------------------------------

    def export_pack(self, out: Path | str, author: str) -> int:
        """The published library (not the drafts) as a content pack; how many items it holds."""
        from trainer.services.packs import export_library

        return export_library(self, out, author)

    def import_pack(self, source: Path | str | bytes, author: str, publish: bool = False,
                    comment: str = "") -> tuple[int, PublishOutcome | None]:
        """The pack's items as drafts (one transaction), after checking the pack and the catalog it makes;
        PackError (nothing written) for a bad pack or a catalog with errors. With `publish`, published too."""
        from trainer.services.packs import import_library

        return import_library(self, source, author, publish, comment)

    def note(self, author: str, action: str, detail: dict) -> None:
        """An audit entry for a library action done elsewhere (a pack imported)."""
        with self._writer.begin() as db:
            db.add(AuditEntry(actor=author, action=action, detail=json.dumps(detail, ensure_ascii=False)))
