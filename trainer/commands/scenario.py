"""`trainer scenario export ID --out FILE.twee` and `trainer scenario import FILE.twee --out DIR`: Twine in and out."""

from __future__ import annotations

import sys
from pathlib import Path


def register(sub, add) -> None:
    p = add("scenario", "a scenario to and from Twine (Twee 3)")
    actions = p.add_subparsers(dest="scenario_action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write a scenario as a Twee 3 story",
                           description="write a scenario as a Twee 3 story")
    e.add_argument("scenario_id", metavar="ID")
    e.add_argument("--out", required=True, metavar="FILE.twee")
    e.set_defaults(run=_export)
    i = actions.add_parser("import", help="make a scenario from a Twee 3 story (.twee or .tw)",
                           description="make a scenario from a Twee 3 story (.twee or .tw); a plain Twine story "
                                       "gives a skeleton and the list of what is left to fill")
    i.add_argument("story", metavar="FILE.twee")
    i.add_argument("--out", required=True, metavar="DIR", help="a content folder (scenarios/ is made in it)")
    i.add_argument("--id", metavar="ID", help="the new scenario's id (default: from the file name)")
    i.add_argument("--force", action="store_true", help="replace a scenario file of the same id")
    i.set_defaults(run=_import)


def _export(settings, args) -> int:
    from trainer.content.twee_files import export_file

    out = export_file(settings.content_dir, args.scenario_id, Path(args.out))
    print(f"{args.scenario_id} -> {out}", file=sys.stderr)
    return 0


def _import(settings, args) -> int:
    from trainer.content.twee_files import import_file
    from trainer.errors import TrainerError

    story = Path(args.story)
    if story.suffix.lower() not in (".twee", ".tw"):
        raise TrainerError("{path}: a Twee story ends in .twee or .tw", path=str(story))
    done = import_file(story, Path(args.out), settings.content_dir, args.id, args.force)
    for warning in done.warnings:
        print(f"{story}: warning: {warning}")
    for item in done.to_fill:
        print(f"{done.path}: to fill: {item}")
    for item in done.errors:
        print(f"{done.path}: {item}")
    print(f"{done.scenario_id} -> {done.path} ({len(done.to_fill)} left to fill)", file=sys.stderr)
    return 1 if done.errors else 0
