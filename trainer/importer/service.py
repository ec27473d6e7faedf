"""Import documents into a new draft content folder, checked by the validator before anything is kept."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from trainer.errors import TrainerError
from trainer.importer.draft import Summary, draft_files, write_folder
from trainer.importer.pipeline import Progress, import_paths


def import_to_folder(paths: list[Path], out: Path, progress: Progress | None = None,
                     simplified: bool = False) -> tuple[Summary, list[str]]:
    """Draft `paths` into `out`; (summary, validation errors). Raises TrainerError, writing nothing, for a
    document that cannot be imported or an `out` that already holds files."""
    _check_target(out)
    result = import_paths(paths, progress, simplified)
    return save_drafts(result.documents, out)


def _check_target(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise TrainerError("{out}: the folder is not empty: choose a new folder for the drafts", out=out)


def save_drafts(documents, out: Path) -> tuple[Summary, list[str]]:
    """The draft files of `documents` (as found, or as reviewed) written to the new folder `out` once the
    validator has read them in a scratch folder beside it; (summary, validation errors)."""
    from trainer.content.loader import load_catalog

    _check_target(out)
    files, summary = draft_files(documents)
    for doc in documents:
        summary.problems.extend(f"{doc.name}: note: {n}" for n in doc.structure.notes)
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".import-", dir=out.parent))
    try:
        staged = scratch / out.name
        write_folder(files, staged)
        errors = [str(p).replace(f"{scratch.name}/", "", 1) for p in load_catalog(staged).problems]
        if out.exists():
            out.rmdir()
        staged.rename(out)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return summary, errors
