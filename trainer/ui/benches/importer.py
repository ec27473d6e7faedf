"""Document import figures (issue 19): coverage, precision, phrase lists and furniture on the five source
documents, and the time to import a 50-page .docx."""

from __future__ import annotations

import statistics
import time

from trainer.ui.bench import Figure


def measure(ctx) -> list[Figure]:
    from trainer.importer.measure import measure as measure_seeds, seeds_dir
    from trainer.importer.pipeline import import_bytes
    from trainer.importer.sample import long_docx

    figures: list[Figure] = []
    seeds = seeds_dir()
    if seeds is not None:
        m = measure_seeds(seeds, ctx.settings.content_dir)
        figures += [
            Figure("import: coverage of reference clauses, 5 seeds (≥ 80)", m.coverage * 100, "%", None,
                   m.coverage >= 0.8),
            Figure("import: precision of found clauses, 5 seeds (≥ 70)", m.precision * 100, "%", None,
                   m.precision >= 0.7),
            Figure("import: seed phrases in the right list (= 100)",
                   100 * m.phrases_right / max(1, m.phrases_total), "%", None, m.phrases_right == m.phrases_total),
            Figure("import: table-of-contents/banner lines surviving", len(m.survivors), "lines", 0,
                   not m.survivors),
        ]
    data = long_docx(50)
    times = []
    for _ in range(max(1, min(ctx.runs, 3))):
        start = time.perf_counter()
        import_bytes("long.docx", data)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    figures.append(Figure("import: a 50-page .docx", median, "s", 5, median <= 5))
    return figures
