"""Subcommands of `trainer`, one module per group (see `trainer.__main__._command_modules`).

A module here defines::

    def register(sub, add):
        p = add("name", "one line of help")
        p.add_argument(...)
        p.set_defaults(run=_run)

    def _run(settings, args) -> int: ...

Exit status (README, "Command-line conventions"): 0 done (warnings allowed); 1 done, but problems were found;
2 refused, nothing written (raise a TrainerError, or return 2).
"""
