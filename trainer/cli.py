"""Qt-free subcommands. Each returns an exit status; errors a person can fix are one line on stderr."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from trainer.config import Settings
from trainer.errors import ContentProblem


def _content_root(path: Path) -> Path:
    """The content directory a file or folder belongs to (the folder holding articles/, phrases/ ...)."""
    path = path.resolve()
    for candidate in [path, *path.parents]:
        if candidate.is_dir() and (
            (candidate / "competencies.yaml").exists() or (candidate / "articles").is_dir()
        ):
            return candidate
    return path if path.is_dir() else path.parent


def validate(settings: Settings, paths: list[str], as_json: bool) -> int:
    from trainer.content.loader import load_catalog

    targets = [Path(p) for p in paths] or [settings.content_dir]
    problems: list[ContentProblem] = []
    warnings: list[ContentProblem] = []
    items: list[dict] = []
    missing = [t for t in targets if not t.exists()]
    for t in missing:
        problems.append(ContentProblem(t.as_posix(), 1, "no such file or directory"))
    roots: dict[Path, list[Path]] = {}
    for t in targets:
        if t.exists():
            roots.setdefault(_content_root(t), []).append(t.resolve())
    for root, wanted in roots.items():
        result = load_catalog(root)
        whole = any(w == root for w in wanted)
        if whole:
            problems.extend(result.problems)
            warnings.extend(result.warnings)
            items.extend(result.items)
        else:
            base = root.parent
            wanted_rel = {w.relative_to(base).as_posix() for w in wanted if w.is_file()}
            wanted_dirs = [w.relative_to(base).as_posix() + "/" for w in wanted if w.is_dir()]

            def inside(rel: str) -> bool:
                return rel in wanted_rel or any(rel.startswith(d) for d in wanted_dirs)

            problems.extend(p for p in result.problems if inside(p.path))
            warnings.extend(p for p in result.warnings if inside(p.path))
            items.extend(i for i in result.items if inside(i["path"]))
    return _print_problems(problems, warnings, items, as_json)


def validate_library(settings: Settings, as_json: bool) -> int:
    """The organisation's catalog as the Content page checks it: the reference overlaid with the published
    items and the drafts, library items named library:<path>."""
    from trainer.services.context import open_services

    services = open_services(settings.db_url, content_dir=settings.content_dir)
    try:
        result = services.library.draft_catalog()
    finally:
        services.close()
    return _print_problems(result.problems, result.warnings, result.items, as_json)


def _print_problems(problems: list[ContentProblem], warnings: list[ContentProblem], items: list[dict],
                    as_json: bool) -> int:
    ok = not problems
    if as_json:
        print(json.dumps({"ok": ok, "errors": [p.as_dict() for p in problems],
                          "warnings": [p.as_dict() for p in warnings], "items": items},
                         ensure_ascii=False, indent=2))
    else:
        for p in [*problems, *warnings]:
            print(p)
        summary = f"{len(items)} items checked, {len(problems)} problem{'s' if len(problems) != 1 else ''}"
        if warnings:
            summary += f", {len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
        print(summary, file=sys.stderr)
    return 0 if ok else 1  # warnings alone leave the exit status 0


def db_info(settings: Settings) -> int:
    from trainer.services.context import open_services

    services = open_services(settings.db_url)
    try:
        info = services.database_info()
    finally:
        services.close()
    for key, value in info.items():
        print(f"{key}: {value}")
    return 0


def check_phrase(settings: Settings, text: str | None, as_json: bool, lang: str | None) -> int:
    """Find forbidden phrases in a reply; exit 1 when there is any."""
    from trainer.content.loader import load_catalog
    from trainer.engine.phrases import PhraseChecker

    if text is None:
        text = sys.stdin.read()
    result = load_catalog(settings.content_dir)
    hits = PhraseChecker.from_catalog(result.catalog).check(text)
    lang = lang or settings.locale or "zh"
    if as_json:
        print(json.dumps({"text": text, "ok": not hits, "hits": [{
            "phrase": h.phrase_id, "category": h.category, "category_title": h.category_title.get(lang),
            "matched": h.phrase_in(lang), "span": list(h.span), "clauses": list(h.clauses),
            "alternative": h.alternative.get(lang) if h.alternative else None,
        } for h in hits]}, ensure_ascii=False, indent=2))
    elif not hits:
        print("没有发现服务忌语。" if lang == "zh" else "No forbidden phrase found.")
    else:
        from trainer.content.refs import alternative_label, clause_labels

        for h in hits:
            better = h.alternative.get(lang) if h.alternative else ""
            say = alternative_label(h.alternative_composed, lang)
            where = clause_labels(result.catalog, h.clauses, lang)
            if lang == "zh":
                print(f"服务忌语“{h.phrase_in('zh')}”（{h.category_title.zh}），违反 {'、'.join(where)}。{say}：“{better}”")
            else:
                print(f"Forbidden phrase “{h.phrase_in('en')}” ({h.category_title.en}), against {', '.join(where)}. "
                      f"{say}: “{better}”")
    return 1 if hits else 0


def demo(settings: Settings, trainees: int, days: int, seed: int, passcode: str) -> int:
    from trainer.content.loader import load_catalog
    from trainer.services.context import open_services
    from trainer.services.demo import fill

    catalog = load_catalog(settings.content_dir).catalog
    services = open_services(settings.db_url)
    try:
        counts = fill(services, catalog, trainees=trainees, days=days, seed=seed, passcode=passcode)
    finally:
        services.close()
    print(", ".join(f"{value:,} {key}" for key, value in counts.items()))
    print(f"manager passcode: {passcode}")
    return 0


def _manager_passcode() -> str | None:
    import getpass
    import os

    passcode = os.environ.get("TRAINER_MANAGER_PASSCODE")
    if passcode:
        return passcode
    if sys.stdin.isatty():
        return getpass.getpass("Manager passcode / 管理员口令: ")
    return None


def report(settings: Settings, fmt: str, out: str, group: str | None, trainee: str | None, pdf=None) -> int:
    """Dashboard, attempts and item statistics for the manager; refuses without the manager passcode."""
    from trainer import exports
    from trainer.content.loader import load_catalog
    from trainer.engine.bank import build_bank
    from trainer.engine.mastery import ReadyRule, weakest
    from trainer.errors import AuthError
    from trainer.services.context import open_services

    passcode = _manager_passcode()
    if not passcode:
        print("trainer: the manager passcode is needed (set TRAINER_MANAGER_PASSCODE or run in a terminal)",
              file=sys.stderr)
        return 2
    catalog = load_catalog(settings.content_dir).catalog
    lang = settings.locale or "zh"
    services = open_services(settings.db_url)
    try:
        try:
            session = services.manager.unlock(passcode)
        except AuthError as exc:
            print(f"trainer: {exc}", file=sys.stderr)
            return 2
        rows = [r for r in services.manager.dashboard(session)
                if (not group or group in (r.team, r.intake)) and (not trainee or r.name == trainee)]
        if trainee and not rows:  # every format alike: an empty file would pass for a trainee with no records
            print(f"trainer: no trainee named {trainee!r}", file=sys.stderr)
            return 2
        if group and not rows:
            print(f"trainer: no trainee in the team or intake {group!r}", file=sys.stderr)
            return 2
        rule = ReadyRule()
        lessons_total = len(catalog.articles)
        names = catalog.competency_names(lang)
        dashboard = exports.dashboard_table(rows, lessons_total, lang, lambda r: names.get(weakest(r), weakest(r)),
                                            lambda r: rule.ready(r, lessons_total))
        attempts = services.reports.attempts(session, group, trainee)
        try:
            if fmt == "csv":
                exports.write_csv(exports.attempts_table(attempts, lang) if trainee else dashboard, out)
            elif fmt == "xlsx":
                items = services.reports.items(session, group)
                sheets = {"总览" if lang != "en" else "Dashboard": dashboard,
                          "记录" if lang != "en" else "Attempts": exports.attempts_table(attempts, lang),
                          "题目分析" if lang != "en" else "Items": exports.items_table(items, lang)}
                exports.write_xlsx(sheets, out)
            elif fmt == "pdf":
                # drawn by the caller's Qt writer (trainer.ui.report_pdf), handed in to keep this module Qt-free
                if trainee:
                    row = rows[0]
                    pdf.trainee_report(out, row, [a for a in attempts if a.kind != "role-play"],
                                       services.roleplay.attempts(row.id), catalog, lang, names,
                                       rule.ready(row, lessons_total))
                else:
                    pdf.group_report(out, group or "", dashboard, lang)
            elif fmt == "xapi":
                bank = build_bank(catalog)

                def describe(kind: str, ident: str):
                    if kind == "question" and ident in bank:
                        return bank[ident].prompt.zh, bank[ident].prompt.en
                    if kind == "lesson" and ident in catalog.articles:
                        a = catalog.articles[ident]
                        return a.text("zh").title, a.text("en").title
                    return None

                statements = exports.xapi_statements(services.reports.answers(session, group, trainee),
                                                     services.reports.lessons(session, group, trainee), attempts,
                                                     describe)
                exports.write_xapi(statements, out)
        except OSError as exc:  # a folder that does not exist, a file open elsewhere, a full disk
            print(f"trainer: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        services.manager.lock(session)
    finally:
        services.close()
    print(out)
    return 0
