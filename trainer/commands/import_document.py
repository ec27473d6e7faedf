"""`trainer import-document FILE... --out DIR [--json]`: a company's code of conduct as a draft content folder."""

from __future__ import annotations


def register(sub, add) -> None:
    p = add("import-document", "turn code-of-conduct documents (.docx .pdf .txt .md .html) into draft lessons, "
                               "phrases and questions")
    p.add_argument("files", nargs="+", metavar="FILE", help="the documents to import")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="DIR", help="write a draft content folder here (a new or empty folder)")
    where.add_argument("--into-library", action="store_true", help="add the drafts to the content library")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--simplified", action="store_true",
                   help="convert traditional characters to simplified ones (otherwise they are kept as written)")
    p.set_defaults(run=_run)


def _run(settings, args) -> int:
    import json
    import sys
    from pathlib import Path

    from trainer.errors import TrainerError
    from trainer.importer.service import import_to_folder

    if args.into_library:
        raise TrainerError("--into-library: the content library is not part of this version yet; "
                           "use --out DIR and validate the drafts")
    summary, errors = import_to_folder([Path(f) for f in args.files], Path(args.out), simplified=args.simplified)
    if args.json:
        print(json.dumps({**summary.as_dict(), "errors": errors}, ensure_ascii=False, indent=2))
    else:
        for line in summary.problems + errors:
            print(line)
        print(f"{summary.lessons} lessons, {summary.clauses} clauses, {len(summary.service_phrases)} service and "
              f"{len(summary.forbidden_phrases)} forbidden phrases, {summary.questions} questions drafted; "
              f"{summary.removed_lines} lines of page furniture removed; written to {args.out}", file=sys.stderr)
    return 1 if errors else 0
