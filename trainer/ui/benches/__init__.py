"""Further `trainer bench` figures, one module per capability (see `trainer.ui.bench.run`).

A module here defines ``measure(ctx: BenchContext) -> list[Figure]``; `ctx` carries the settings, a scratch
folder, the number of runs, whether the run is quick, and the PostgreSQL URL if one was given. Figures are
medians (or ratios against the bare window measured in the same run) with their target.
"""
