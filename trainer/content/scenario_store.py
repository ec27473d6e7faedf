"""Scenario drafts kept as files until the content library keeps them: a draft beside the content, publishing
into it (the published file's previous version kept as a revision)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from trainer.content.scenario_draft import ScenarioDraft
from trainer.errors import TrainerError


class ScenarioFileStore:
    def __init__(self, content_dir: Path, drafts_dir: Path) -> None:
        self.content_dir = Path(content_dir)
        self.drafts_dir = Path(drafts_dir)

    def draft_path(self, scenario_id: str) -> Path:
        return self.drafts_dir / "scenarios" / f"{scenario_id}.yaml"

    def published_path(self, scenario_id: str) -> Path:
        return self.content_dir / "scenarios" / f"{scenario_id}.yaml"

    def open(self, scenario_id: str) -> ScenarioDraft:
        """The draft where one is kept, else the published scenario."""
        for path in (self.draft_path(scenario_id), self.published_path(scenario_id)):
            if path.is_file():
                try:
                    return ScenarioDraft.from_yaml(path.read_text(encoding="utf-8"))
                except (ValueError, UnicodeDecodeError, Exception) as exc:  # noqa: BLE001 - any unreadable file
                    raise TrainerError("{path}: cannot be read: {why}", path=str(path),
                                       why=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        raise TrainerError("no scenario '{id}'", id=scenario_id)

    def save(self, draft: ScenarioDraft) -> None:
        _write(self.draft_path(draft.id), draft.to_yaml())

    def publish(self, draft: ScenarioDraft) -> None:
        """Refused while the draft has findings (errors, or anything left to fill)."""
        found = draft.findings()
        if found:
            raise TrainerError("not published: {count} findings to resolve first ({first})", count=len(found),
                               first=found[0].message)
        target = self.published_path(draft.id)
        if target.is_file():
            revision = self.drafts_dir / "revisions" / f"{draft.id}.{time.strftime('%Y%m%d-%H%M%S')}.yaml"
            _write(revision, target.read_text(encoding="utf-8"))
        _write(target, draft.to_yaml())
        try:
            self.draft_path(draft.id).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise TrainerError("cannot remove the draft {path}: {why}", path=str(self.draft_path(draft.id)),
                               why=exc.strerror or str(exc))


def _write(path: Path, text: str) -> None:
    """Whole or not at all: a crash mid-write leaves the old file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        raise TrainerError("cannot write {path}: {why}", path=str(path), why=exc.strerror or str(exc))
