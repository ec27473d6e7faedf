"""`trainer questions import/export`: a question file in, a content folder out; our bank out as GIFT or XML."""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from trainer.errors import TrainerError
from trainer.exchange.bank import bank_items, check, from_item, read_any

MAX_BYTES = 20 * 1024 * 1024


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[dict] = field(default_factory=list)  # {"line", "reason"}
    warnings: list[dict] = field(default_factory=list)  # {"line", "message"}
    errors: list[str] = field(default_factory=list)  # validation problems of the written folder (none expected)
    files: list[str] = field(default_factory=list)


def read_question_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TrainerError("{name}: cannot be read ({why})", name=path.name, why=exc.strerror or exc) from None
    if not data.strip():
        raise TrainerError("{name}: the file is empty", name=path.name)
    if len(data) > MAX_BYTES:
        raise TrainerError("{name}: the file is too big ({size:.1f} MB)", name=path.name, size=len(data) / 1048576)
    from trainer.importer.model import DocumentError
    from trainer.importer.read import decode_text

    try:
        return decode_text(path.name, data)
    except DocumentError as exc:
        raise TrainerError(str(exc)) from None


def import_questions(path: Path, out: Path, fmt: str | None = None) -> ImportReport:
    """Questions of `path` (GIFT, Moodle XML or Aiken) as quizzes/<category>.yaml in a new folder `out`."""
    import yaml

    from trainer.content.loader import load_catalog
    from trainer.exchange.moodle_xml import XmlError
    from trainer.importer.draft import COMPETENCIES

    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise TrainerError("{out}: the folder is not empty: choose a new folder for the questions", out=out)
    text = read_question_file(path)
    try:
        parsed = read_any(path.name, text, fmt)
    except XmlError as exc:
        raise TrainerError("{name}: {why}", name=path.name, why=str(exc)) from None
    report = ImportReport(skipped=[{"line": line, "reason": reason} for line, reason in parsed.skipped])
    report.warnings = [{"line": line, "message": m} for line, m in parsed.warnings]
    sets: dict[str, list[dict]] = {}
    names: dict[str, str] = {}
    used: set[str] = set()
    stem = _slug(path.stem) or "imported"
    for n, item in enumerate(parsed.items, start=1):
        q, reason, warnings = from_item(item, f"{stem}-{n}")
        if q is None or (reason := check(q)) is not None:
            report.skipped.append({"line": item.line, "reason": reason})
            continue
        base, k = q["id"], 1
        while q["id"] in used:
            k += 1
            q["id"] = f"{base}-{k}"
        used.add(q["id"])
        report.warnings += [{"line": item.line, "message": f"{q['id']}: {w}"} for w in warnings]
        if q.get("clauses"):
            # the folder has no lessons: a clause cited here would not resolve; the reviewer adds them back
            report.warnings.append({"line": item.line, "message": f"{q['id']}: cites {', '.join(q['clauses'])}, "
                                    "which are not in this folder: removed (add them when it joins the lessons)"})
            del q["clauses"]
            q.pop("lesson", None)
        category = item.category.split("/")[-1].strip() if item.category else ""
        file = _slug(category) or (stem if not category else f"{stem}-set-{len(names) + 1}")
        names.setdefault(category, file)
        sets.setdefault(names[category], []).append(q)
        report.imported += 1
    report.skipped.sort(key=lambda s: s["line"])
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".questions-", dir=out.parent))
    try:
        staged = scratch / out.name
        (staged / "quizzes").mkdir(parents=True)
        (staged / "competencies.yaml").write_text(COMPETENCIES, encoding="utf-8")
        origin = {file: cat for cat, file in names.items()}
        for file, questions in sets.items():
            head = f"# Imported from {path.name}" + (f" (category {origin[file]})" if origin.get(file) else "") + "\n"
            body = yaml.safe_dump({"questions": questions}, allow_unicode=True, sort_keys=False, width=120)
            (staged / "quizzes" / f"{file}.yaml").write_text(head + body, encoding="utf-8")
            report.files.append(f"quizzes/{file}.yaml")
        report.errors = [str(p).replace(f"{scratch.name}/", "", 1) for p in load_catalog(staged).problems]
        if out.exists():
            out.rmdir()
        staged.rename(out)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return report


def export_questions(content: Path, fmt: str, out: Path, lesson: str | None = None) -> int:
    from trainer.exchange import gift, moodle_xml

    items = bank_items(content, lesson)
    text = gift.write(items) if fmt == "gift" else moodle_xml.write(items)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return len(items)


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:40].strip("-")
