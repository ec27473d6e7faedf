"""`trainer` / `python -m trainer`: parse the command line, then start the GUI or run a subcommand."""

from __future__ import annotations

import argparse
import sys

from trainer import __version__
from trainer.errors import TrainerError

SUBCOMMANDS = {
    "validate": "check content files; print one 'path:line: message' per problem",
    "screenshot": "render a page offscreen to a PNG file",
    "db": "bring the database up to date and show its location and schema version",
    "check-phrase": "find forbidden phrases (服务忌语) in a reply; exit 1 when there is any",
    "demo": "fill the database with a realistic cohort of trainees, and set the manager passcode",
    "report": "export the dashboard, attempts and item statistics (needs the manager passcode)",
    "bench": "measure speed against the targets (median of runs; exit 1 when a target is missed)",
}


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="URL", default=default,
                        help="database URL (default: SQLite in the user data directory; also TRAINER_DB_URL), "
                             "e.g. postgresql+psycopg://user:pass@host/trainer")
    parser.add_argument("--content", metavar="DIR", default=default, help="content directory (default: shipped content)")
    parser.add_argument("--locale", choices=["zh", "en"], default=default, help="language of the interface and content")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer",
        description="服务规范训练 / Service Conduct Trainer. Without a subcommand, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    _global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="subcommands")

    def add(name: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=SUBCOMMANDS[name], description=SUBCOMMANDS[name])
        _global_options(p, suppress=True)
        return p

    p = add("validate")
    p.add_argument("--json", action="store_true", help="print a JSON report")
    p.add_argument("--library", action="store_true",
                   help="check the organisation's catalog (the reference with the library's items over it, drafts "
                        "included) in the database given by --db")
    p.add_argument("paths", nargs="*", metavar="PATH", help="content directory or files (default: the content directory)")

    p = add("screenshot")
    p.add_argument("--page", required=True, help="home, lessons, roleplay, quizzes, review, progress, manager, classroom")
    p.add_argument("--out", required=True, metavar="FILE.png")
    p.add_argument("--size", default="1366x768", metavar="WxH")
    p.add_argument("--demo", action="store_true", help="use a temporary database with sample trainees")
    p.add_argument("--describe", action="store_true",
                   help="print what the page shows as JSON (its texts, the window's sections and size)")

    add("db")

    p = add("demo")
    p.add_argument("--trainees", type=int, default=50, metavar="N")
    p.add_argument("--days", type=int, default=30, metavar="D")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--passcode", default="demo-passcode", metavar="P")

    p = add("report")
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf", "xapi"])
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--group", metavar="G", help="a team or an intake")
    p.add_argument("--trainee", metavar="T", help="one trainee, by name")

    p = add("bench")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--quick", action="store_true", help="a reduced run (small corpus and cohort, one run)")
    p.add_argument("--pg", metavar="URL", help="also measure on this PostgreSQL (or TRAINER_BENCH_PG_URL)")

    p = add("check-phrase")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.add_argument("--lang", choices=["zh", "en"], help="language of the report (default: the interface language)")
    p.add_argument("text", nargs="?", help="the reply (default: read from standard input)")

    for register in _command_modules():
        register(sub, lambda name, help_: _add_command(sub, name, help_))
    return parser


def _add_command(sub, name: str, help_: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_, description=help_)
    _global_options(p, suppress=True)
    return p


def _command_modules():
    """Subcommands kept in trainer/commands/: each module has `register(sub, add)`, where `add(name, help)` gives
    a parser (with the global options) and the module sets `run=handler` on it, `handler(settings, args) -> int`.
    The modules import only argparse at the top, so `trainer --help` stays fast."""
    import importlib
    import pkgutil

    from trainer import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"trainer.commands.{info.name}")
        if hasattr(module, "register"):
            yield module.register


def _opens_the_window(argv: list[str]) -> bool:
    """True for a command line of global options only: the window opens, and the subcommands' parser (and the
    command modules it imports) need not be built before its first paint."""
    i = 0
    while i < len(argv):
        if argv[i] in ("--db", "--content", "--locale"):
            i += 2
        elif argv[i].startswith(("--db=", "--content=", "--locale=")):
            i += 1
        else:
            return False
    return True


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trainer")
    _global_options(parser, suppress=False)
    parser.set_defaults(command=None)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = (_window_parser() if _opens_the_window(argv) else build_parser()).parse_args(argv)
    try:
        from trainer.config import Settings

        settings = Settings.resolve(db=args.db, content=args.content, locale=args.locale)
        if getattr(args, "run", None) is not None:
            return args.run(settings, args)
        if args.command == "validate":
            from trainer import cli

            if args.library:
                return cli.validate_library(settings, args.json)
            return cli.validate(settings, args.paths, args.json)
        if args.command == "db":
            from trainer import cli

            return cli.db_info(settings)
        if args.command == "demo":
            from trainer import cli

            return cli.demo(settings, args.trainees, args.days, args.seed, args.passcode)
        if args.command == "report":
            from trainer import cli

            pdf = None
            if args.format == "pdf":
                from trainer.ui.app import application, ensure_platform

                ensure_platform()
                application()
                from trainer.ui import report_pdf as pdf
            return cli.report(settings, args.format, args.out, args.group, args.trainee, pdf)
        if args.command == "bench":
            from trainer.ui.app import application, ensure_platform

            ensure_platform()
            application()
            from trainer.ui import bench

            return bench.run(settings, quick=args.quick, as_json=args.json, pg_url=args.pg)
        if args.command == "check-phrase":
            from trainer import cli

            return cli.check_phrase(settings, args.text, args.json, args.lang)
        if args.command == "screenshot":
            from trainer.ui.screenshot import screenshot

            return screenshot(settings, page=args.page, out=args.out, size=args.size, demo=args.demo,
                              describe=args.describe)
        from trainer.ui.app import run

        return run(settings)
    except TrainerError as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
