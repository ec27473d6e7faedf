"""`trainer bench`: the speed figures, each the median of several runs, against targets.

Launch and memory are ratios to a bare PySide6 window with a QTextBrowser launched the same way in the same run,
so the figures compare across machines. `--quick` makes a reduced run (small corpus and cohort, one run) that
CI uses so the benchmark cannot rot; the README gives the figures of a full run.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
            print(f"PAINT {time.time():.6f} {rss}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow(); w.setCentralWidget(QTextBrowser()); w.resize(1280, 760)
f = Painted(); w.installEventFilter(f); w.centralWidget().installEventFilter(f)
w.show()
app.exec()
"""


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float | None
    met: bool | None

    def row(self) -> str:
        target = "" if self.target is None else f"≤ {self.target:g}"
        met = "" if self.met is None else ("yes" if self.met else "NO")
        return f"{self.name:<44} {self.value:>10.2f} {self.unit:<6} {target:<10} {met}"


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def _launch(code_or_module: list[str], env: dict) -> tuple[float, int]:
    start = time.time()
    proc = subprocess.run([sys.executable, *code_or_module], capture_output=True, text=True, env=env, timeout=120)
    line = next((l for l in proc.stdout.splitlines() if l.startswith("PAINT ")), None)
    if line is None:
        raise RuntimeError(f"no first paint reported: {proc.stderr[-500:]}")
    _, when, rss = line.split()
    return (float(when) - start) * 1000, int(rss)


def measure_launch(runs: int, data_dir: Path) -> list[Figure]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "TRAINER_DATA_DIR": str(data_dir), "TRAINER_BENCH_FIRST_PAINT": "1", "TRAINER_TTS": "off"}
    bare, app = [], []
    for _ in range(runs + 1):  # the first pair warms the disk cache and is dropped
        bare.append(_launch(["-c", BARE], env))
        app.append(_launch(["-m", "trainer", "--locale", "zh"], env))
    bare, app = bare[1:], app[1:]
    paint_ratio = _median([a[0] for a in app]) / _median([b[0] for b in bare])
    rss_ratio = _median([a[1] for a in app]) / _median([b[1] for b in bare])
    return [
        Figure("bare window: launch to first paint", _median([b[0] for b in bare]), "ms", None, None),
        Figure("trainer: launch to first paint", _median([a[0] for a in app]), "ms", None, None),
        Figure("first paint, ratio to the bare window", paint_ratio, "×", 1.7, paint_ratio <= 1.7),
        Figure("peak RSS at first paint, ratio", rss_ratio, "×", 1.6, rss_ratio <= 1.6),
    ]


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


def measure_content(content: Path, work: Path, runs: int, quick: bool) -> list[Figure]:
    from trainer.content.loader import load_catalog

    shipped = []
    for _ in range(runs):
        start = time.perf_counter()
        result = load_catalog(content)
        shipped.append((time.perf_counter() - start) * 1000)
    assert not result.problems
    articles, scenarios = (100, 50) if quick else (1000, 500)
    corpus = make_corpus(content, work, articles, scenarios)
    big = []
    for _ in range(max(1, runs // 2)):
        start = time.perf_counter()
        result = load_catalog(corpus)
        big.append((time.perf_counter() - start) * 1000)
    problems = len(result.problems)
    target = 1000 * (articles / 1000)
    return [
        Figure("content load: shipped content", _median(shipped), "ms", 100, _median(shipped) <= 100),
        Figure(f"content load: {articles} articles + {scenarios} scenarios", _median(big), "ms", target,
               _median(big) <= target and problems == 0),
    ]


def measure_ui(content: Path, runs: int) -> list[Figure]:
    """Lesson open and scenario step, painted, with the longest event-loop stall while they run."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from trainer.content.loader import load_catalog
    from trainer.content.render import render_article
    from trainer.engine.scenario import ScenarioRun
    from trainer.ui.widgets.lesson_view import LessonView
    from trainer.ui.widgets.scenario_player import ScenarioPlayer

    app = QApplication.instance() or QApplication([])
    catalog = load_catalog(content).catalog
    view = LessonView()
    view.resize(900, 700)
    view.show()
    app.processEvents()
    articles = catalog.sorted_articles()
    timings = []
    for i in range(max(runs, 5) + 1):
        article = articles[i % len(articles)]
        start = time.perf_counter()
        view.show_html(render_article(article.text("zh")).html)
        view.viewport().repaint()
        timings.append((time.perf_counter() - start) * 1000)
    first, warm = timings[0], _median(timings[1:])
    scenario = catalog.scenarios["data-risk-repair"]
    steps = []
    for _ in range(max(runs, 5)):
        player = ScenarioPlayer(ScenarioRun(scenario), "zh", {})
        player.resize(1100, 700)
        player.show()
        app.processEvents()
        start = time.perf_counter()
        player.choose("greet_reproduce")
        player.show_node()
        player.repaint()
        steps.append((time.perf_counter() - start) * 1000)
        player.close()
        player.deleteLater()
    app.processEvents()
    return [
        Figure("lesson open, first in the process", first, "ms", 60, first <= 60),
        Figure("lesson open (Markdown to painted)", warm, "ms", 16, warm <= 16),
        Figure("scenario step (choice to next step painted)", _median(steps), "ms", 16, _median(steps) <= 16),
    ]


def measure_storage(url: str, label: str, content: Path, trainees: int, runs: int) -> list[Figure]:
    from trainer.content.loader import load_catalog
    from trainer.services.context import open_services
    from trainer.services.demo import fill
    from trainer.ui.models.dashboard import DashboardFilter, DashboardModel

    services = open_services(url)
    try:
        catalog = load_catalog(content).catalog
        fill(services, catalog, trainees=trainees, seed=11, passcode="bench-passcode")
        trainee = services.profiles.add_trainee(f"bench-{time.time_ns()}")
        attempt = services.quizzes.start(trainee.id, "practice", "bench", "zh", [f"q{i}" for i in range(200)], 1, 0.8)
        commits = []
        for i in range(200):
            start = time.perf_counter()
            services.quizzes.record_answer(attempt, f"q{i}", 0, i % 2 == 0, competencies=("communication",))
            commits.append((time.perf_counter() - start) * 1000)
        session = services.manager.unlock("bench-passcode")
        firsts, sorts = [], []
        model, proxy = DashboardModel(), DashboardFilter()
        proxy.setSourceModel(model)
        for _ in range(max(runs, 3)):
            start = time.perf_counter()
            model.set_rows(services.manager.dashboard(session), len(catalog.articles), {})
            firsts.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            proxy.sort(4)
            sorts.append((time.perf_counter() - start) * 1000)
    finally:
        services.close()
    return [
        Figure(f"answer commit ({label})", _median(commits), "ms", 5, _median(commits) <= 5),
        Figure(f"dashboard first screen, {trainees} trainees ({label})", _median(firsts), "ms", 50,
               _median(firsts) <= 50),
        Figure(f"dashboard sort, {trainees} trainees ({label})", _median(sorts), "ms", 100, _median(sorts) <= 100),
    ]


def measure_tts(runs: int) -> list[Figure]:
    from trainer.tts import Pyttsx3Speaker

    speaker = Pyttsx3Speaker()
    if not speaker.status("zh").available:
        return [Figure("TTS: click to first audio (no voice here)", float("nan"), "ms", 50, False)]
    folder = Path(tempfile.mkdtemp(prefix="trainer-bench-tts-"))
    times = []
    for i in range(max(runs, 5)):
        start = time.perf_counter()
        speaker.synthesize("您好，我是服务工程师，请问现在方便吗？", "zh", folder / f"{i}.wav").result(timeout=30)
        times.append((time.perf_counter() - start) * 1000)
    speaker.close()
    shutil.rmtree(folder, ignore_errors=True)
    return [Figure("TTS: click to first audio (first clause synthesised)", _median(times), "ms", 50,
                   _median(times) <= 50)]


def run(settings, quick: bool = False, as_json: bool = False, pg_url: str | None = None) -> int:
    runs = 1 if quick else 5
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as tmp:
        work = Path(tmp)
        figures += measure_launch(runs if not quick else 1, work / "data")
        figures += measure_content(settings.content_dir, work, runs, quick)
        figures += measure_ui(settings.content_dir, runs)
        trainees = 300 if quick else 10_000
        figures += measure_storage(f"sqlite:///{work / 'bench.sqlite3'}", "SQLite", settings.content_dir, trainees,
                                   runs)
        pg_url = pg_url or os.environ.get("TRAINER_BENCH_PG_URL")
        if pg_url:
            figures += measure_storage(pg_url, "PostgreSQL", settings.content_dir, trainees, runs)
        figures += measure_tts(runs)
    if as_json:
        print(json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=1))
    else:
        print(f"{'measure':<44} {'median':>10} {'unit':<6} {'target':<10} met")
        for figure in figures:
            print(figure.row())
    return 0 if all(f.met is not False for f in figures) else 1
