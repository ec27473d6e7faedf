"""`trainer questions import FILE --out DIR` and `trainer questions export --format gift|moodle-xml --out FILE`."""

from __future__ import annotations


def register(sub, add) -> None:
    p = add("questions", "exchange questions with Moodle and other LMSs (GIFT, Moodle XML, Aiken)")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="{import,export}")
    imp = verbs.add_parser("import", help="read a GIFT, Moodle XML or Aiken file into a new content folder")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--out", metavar="DIR", required=True, help="a new or empty folder")
    imp.add_argument("--format", choices=["gift", "moodle-xml", "aiken"], help="default: from the file")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(run=_import)
    exp = verbs.add_parser("export", help="write the content's questions as GIFT or Moodle XML")
    exp.add_argument("--format", choices=["gift", "moodle-xml"], required=True)
    exp.add_argument("--out", metavar="FILE", required=True)
    exp.add_argument("--lesson", metavar="ID", help="only the questions of this lesson")
    exp.set_defaults(run=_export)


def _import(settings, args) -> int:
    import json
    import sys
    from pathlib import Path

    from trainer.exchange.service import import_questions

    report = import_questions(Path(args.file), Path(args.out), args.format)
    if args.json:
        print(json.dumps({"imported": report.imported, "skipped": report.skipped, "warnings": report.warnings,
                          "errors": report.errors, "files": report.files}, ensure_ascii=False, indent=2))
    else:
        for s in report.skipped:
            print(f"{args.file}:{s['line']}: skipped: {s['reason']}")
        for w in report.warnings:
            print(f"{args.file}:{w['line']}: warning: {w['message']}")
        for e in report.errors:
            print(e)
        print(f"{report.imported} imported, {len(report.skipped)} skipped", file=sys.stderr)
    return 1 if report.skipped or report.errors else 0


def _export(settings, args) -> int:
    import sys
    from pathlib import Path

    from trainer.exchange.service import export_questions

    n = export_questions(Path(settings.content_dir), args.format, Path(args.out), args.lesson)
    print(f"{n} questions written to {args.out}", file=sys.stderr)
    return 0
