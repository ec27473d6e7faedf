"""`trainer content list | export | import`: the organisation's content library from the command line.

    trainer content list                          each item with its state and revision
    trainer content export --out pack.zip         the published library as a content pack
    trainer content import pack.zip [--publish]   a pack's items as drafts (published with --publish);
                                                  needs the manager passcode (TRAINER_MANAGER_PASSCODE or a prompt)

Exit status: 0 done (warnings allowed), 2 refused with nothing written (a bad pack, content with errors, a wrong
passcode).
"""

from __future__ import annotations

import sys


def register(sub, add) -> None:
    p = add("content", "the organisation's content library: list, export or import a content pack")
    actions = p.add_subparsers(dest="content_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="each item with its state (reference, changed, new, hidden, draft) and revision")
    export = actions.add_parser("export", help="write the published library as a content pack (zip)")
    export.add_argument("--out", required=True, metavar="PACK.zip")
    imp = actions.add_parser("import", help="read a content pack into the library as drafts")
    imp.add_argument("pack", metavar="PACK.zip")
    imp.add_argument("--publish", action="store_true", help="publish the imported items at once")
    imp.add_argument("--comment", default="", help="the revision comment")
    p.set_defaults(run=_run)


def _run(settings, args) -> int:
    from trainer.services.context import open_services

    services = open_services(settings.db_url, content_dir=settings.content_dir)
    try:
        if args.content_action == "list":
            return _list(services)
        if args.content_action == "export":
            count = services.library.export_pack(args.out, "trainer content export")
            print(f"{args.out}: {count} items")
            return 0
        return _import(services, args)
    finally:
        services.close()


def _list(services) -> int:
    rows = services.library.items()
    width = max((len(r.path) for r in rows), default=10)
    for r in rows:
        when = r.at.astimezone().strftime("%Y-%m-%d %H:%M") if r.at else ""
        revision = f"r{r.revision}" if r.revision else "-"
        draft = f"  (draft by {r.draft_author})" if r.state == "draft" else ""
        print(f"{r.path:<{width}}  {r.state:<9}  {revision:<5}  {r.author} {when}{draft}".rstrip())
    return 0


def _import(services, args) -> int:
    from trainer.cli import _manager_passcode
    from trainer.errors import AuthError
    from trainer.services.packs import PackError

    passcode = _manager_passcode()
    if not passcode:
        print("trainer: the manager passcode is needed (set TRAINER_MANAGER_PASSCODE or run in a terminal)",
              file=sys.stderr)
        return 2
    try:
        session = services.manager.unlock(passcode)
    except AuthError as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 2
    try:
        count, outcome = services.library.import_pack(args.pack, session.name, publish=args.publish,
                                                      comment=args.comment)
    except PackError as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        for problem in exc.problems[:50]:
            print(problem, file=sys.stderr)
        return 2
    finally:
        services.manager.lock(session)
    if outcome is None:
        print(f"{count} items imported as drafts; publish them in the Content page or with --publish")
    else:
        for warning in outcome.warnings:
            print(warning, file=sys.stderr)
        print(f"{count} items imported and published (publication {outcome.publication})")
    return 0
