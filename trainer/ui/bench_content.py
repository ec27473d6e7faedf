"""`trainer bench`'s content figures: loading the shipped content and a generated corpus of 1,000 articles and 500
scenarios, on a first start (nothing cached), after an edit, and unchanged; and how long the per-file cache
write goes on after a first start (the app does it in the background)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from trainer.ui.bench import Figure, _median


def make_corpus(content: Path, target: Path, articles: int, scenarios: int) -> Path:
    """A content directory with `articles` articles and `scenarios` scenarios, copied from the shipped ones."""
    import re

    root = target / "content"
    shutil.copytree(content, root)
    shipped_articles = sorted((content / "articles").glob("*.zh.md"))
    shipped_scenarios = sorted((content / "scenarios").glob("*.yaml"))
    for n in range(articles - len(shipped_articles)):
        source = shipped_articles[n % len(shipped_articles)]
        article_id = source.name[: -len(".zh.md")]
        new_id = f"{article_id}-copy-{n}"
        for lang in ("zh", "en"):
            text = (content / "articles" / f"{article_id}.{lang}.md").read_text(encoding="utf-8")
            (root / "articles" / f"{new_id}.{lang}.md").write_text(
                text.replace(f"id: {article_id}\n", f"id: {new_id}\n", 1), encoding="utf-8")
    for n in range(scenarios - len(shipped_scenarios)):
        source = shipped_scenarios[n % len(shipped_scenarios)]
        new_id = f"{source.stem}-copy-{n}"
        text = source.read_text(encoding="utf-8")
        (root / "scenarios" / f"{new_id}.yaml").write_text(
            re.sub(rf"^id: {re.escape(source.stem)}$", f"id: {new_id}", text, count=1, flags=re.M),
            encoding="utf-8")
    return root


def _edit(root: Path, n: int) -> None:
    """An edit of one article and one scenario, as a content author saves them."""
    article = sorted((root / "articles").glob("*.zh.md"))[0]
    article.write_text(article.read_text(encoding="utf-8") + f"\n<!-- edit {n} -->\n", encoding="utf-8")
    scenario = sorted((root / "scenarios").glob("*.yaml"))[0]
    scenario.write_text(scenario.read_text(encoding="utf-8") + f"\n# edit {n}\n", encoding="utf-8")


def _load_times(root: Path, cache_dir: Path, runs: int) -> tuple[float, float, float, int, float]:
    """Median milliseconds of a load with nothing cached (a new install or trainer version), of one after an
    article and a scenario were edited, and of one with nothing changed; the problems found; and the median
    milliseconds the first start's cache write went on after its catalog was there (the app writes it in the
    background, as here)."""
    from trainer.content.cache import load_catalog_cached, wait_for_writes

    files = (sum(1 for sub in ("articles", "scenarios", "quizzes", "phrases") for _ in (root / sub).iterdir())
             + sum(1 for _ in root.glob("*.yaml")))  # competencies.yaml, sources.yaml
    cold, edited, unchanged, writes, problems = [], [], [], [], 0
    for n in range(runs):
        shutil.rmtree(cache_dir, ignore_errors=True)
        for times, expected in ((cold, files), (edited, 2), (unchanged, 0)):
            if times is edited:
                _edit(root, n)
            start = time.perf_counter()
            result, parsed = load_catalog_cached(root, cache_dir, write_later=True)
            times.append((time.perf_counter() - start) * 1000)
            wait_for_writes()
            if times is cold:
                writes.append((time.perf_counter() - start) * 1000 - cold[-1])
            assert parsed == expected, (parsed, expected)
        problems = len(result.problems)
    return _median(cold), _median(edited), _median(unchanged), problems, _median(writes)


def measure_content(content: Path, work: Path, runs: int, quick: bool) -> list[Figure]:
    shipped = work / "shipped" / "content"
    shutil.copytree(content, shipped)
    cold, edited, unchanged, problems, write = _load_times(shipped, work / "cache", runs)
    assert not problems
    articles, scenarios = (100, 50) if quick else (1000, 500)
    corpus = make_corpus(content, work, articles, scenarios)
    big = _load_times(corpus, work / "cache", max(1, runs // 2))
    target = 1000 * (articles / 1000)
    size = f"{articles} articles + {scenarios} scenarios"
    figures = [Figure("content load: shipped, first start (nothing cached)", cold, "ms", 100, cold <= 100),
               Figure("content load: shipped, an article and a scenario edited", edited, "ms", 100, edited <= 100),
               Figure("content load: shipped, unchanged", unchanged, "ms", 100, unchanged <= 100)]
    for label, value in zip(("first start (nothing cached)", "an article and a scenario edited", "unchanged"), big):
        figures.append(Figure(f"content load: {size}, {label}", value, "ms", target, value <= target and big[3] == 0))
    figures += [Figure("content cache written after a first start (background): shipped", write, "ms", None, None),
                Figure(f"content cache written after a first start (background): {size}", big[4], "ms", None,
                       None)]
    return figures
