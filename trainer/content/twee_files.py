"""Twee files to and from a content folder (what `trainer scenario export/import` and the Content page do)."""

from __future__ import annotations

import copy
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from trainer.content.scenario_draft import ScenarioDraft, dump_yaml
from trainer.content.twee import export, parse
from trainer.content.twee_import import slug, to_scenario
from trainer.errors import TrainerError

MAX_BYTES = 20 * 1024 * 1024  # a Twee file past this is not a story anyone wrote


@dataclass(frozen=True)
class Imported:
    scenario_id: str
    path: Path  # the scenario file written
    warnings: tuple[str, ...]  # met reading the story (escapes, duplicates, no start, bad JSON ...)
    to_fill: tuple[str, ...]  # what the draft has left to fill (the validator's warnings)
    errors: tuple[str, ...]  # what would keep it from loading at all (none for a story we can read)


def export_file(content_dir: Path, scenario_id: str, out: Path) -> Path:
    source = content_dir / "scenarios" / f"{scenario_id}.yaml"
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", scenario_id) or not source.is_file():
        raise TrainerError("no scenario '{id}' in {dir}", id=scenario_id, dir=str(content_dir / "scenarios"))
    try:
        draft = ScenarioDraft.from_yaml(source.read_text(encoding="utf-8"))
    except (ValueError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise TrainerError("{path}: cannot be read: {why}", path=str(source), why=str(exc).splitlines()[0])
    return write_twee(draft.data, out)


def write_twee(data: dict, out: Path | str) -> Path:
    draft = ScenarioDraft(copy.deepcopy(data))
    draft.layout()  # Twine wants a position for every passage
    out = Path(out)
    try:
        out.write_text(export(draft.data), encoding="utf-8")
    except OSError as exc:
        raise TrainerError("cannot write {path}: {why}", path=str(out), why=exc.strerror or str(exc))
    return out


def read_story(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TrainerError("{path}: too large for a Twee story", path=str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise TrainerError("cannot read {path}: {why}", path=str(path), why=exc.strerror or str(exc))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TrainerError("{path}: not UTF-8 text (Twee files are UTF-8)", path=str(path))


def import_file(story_path: Path, out_dir: Path, shipped: Path, scenario_id: str | None = None,
                force: bool = False) -> Imported:
    """Writes out_dir/scenarios/<id>.yaml (and, when the folder has none, the competencies and the lessons the
    scenario cites, from `shipped`), so `trainer validate out_dir` accepts it."""
    story = parse(read_story(story_path))
    competencies = _competency_ids(out_dir) or _competency_ids(shipped) or ["communication"]
    wanted = scenario_id or slug(story_path.stem, "-") or "imported-story"
    data, warnings = to_scenario(story, wanted, competencies[0])
    sid = str(data.get("id") or wanted)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", sid):
        raise TrainerError("'{id}' is not a scenario id (lower-case kebab-case, e.g. upset-customer)", id=sid)
    target = out_dir / "scenarios" / f"{sid}.yaml"
    if target.exists() and not force:
        raise TrainerError("{path} exists already (use --force to replace it)", path=str(target))
    draft = ScenarioDraft(data)
    draft.layout()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (out_dir / "competencies.yaml").exists() and (shipped / "competencies.yaml").exists():
            shutil.copyfile(shipped / "competencies.yaml", out_dir / "competencies.yaml")
        cited = _cited_articles(draft.data)
        if cited and not (out_dir / "sources.yaml").exists() and (shipped / "sources.yaml").exists():
            shutil.copyfile(shipped / "sources.yaml", out_dir / "sources.yaml")  # the lessons cite them
        for article in cited:
            for lang in ("zh", "en"):
                name = f"{article}.{lang}.md"
                if not (out_dir / "articles" / name).exists() and (shipped / "articles" / name).exists():
                    (out_dir / "articles").mkdir(exist_ok=True)
                    shutil.copyfile(shipped / "articles" / name, out_dir / "articles" / name)
        target.write_text(dump_yaml(draft.data), encoding="utf-8")
    except OSError as exc:
        raise TrainerError("cannot write {path}: {why}", path=str(target), why=exc.strerror or str(exc))
    found = draft.findings()
    return Imported(sid, target, tuple(warnings), tuple(f.message for f in found if f.severity == "warning"),
                    tuple(f.message for f in found if f.severity == "error"))


def _competency_ids(root: Path) -> list[str]:
    try:
        data = yaml.safe_load((root / "competencies.yaml").read_text(encoding="utf-8"))
        return [str(c["id"]) for c in data["competencies"]]
    except (OSError, yaml.YAMLError, KeyError, TypeError, UnicodeDecodeError):
        return []


def _cited_articles(data: dict) -> set[str]:
    refs: list[str] = []
    for node in (data.get("nodes") or {}).values():
        for choice in node.get("choices") or ():
            refs += choice.get("refs") or []
        if isinstance(node.get("reply"), dict):
            refs += node["reply"].get("refs") or []
    return {str(r).split(":")[0] for r in refs}
