"""`trainer bench`: the speed figures, each the median of several runs, against targets.

Launch and memory are ratios to a bare PySide6 window with a QTextBrowser launched the same way in the same run,
so the figures compare across machines. `--quick` makes a reduced run (small corpus and cohort, one run) that
CI uses so the benchmark cannot rot; the README gives the figures of a full run.
"""

from __future__ import annotations

import gc
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
        return f"{self.name:<58} {self.value:>10.2f} {self.unit:<6} {target:<10} {met}"


class StallMeter:
    """The longest time the event loop went without running: what the user feels as a frozen window.

    A 1 ms timer ticks while the measured work runs (each piece scheduled on the event loop, as a click is);
    the longest gap between two ticks is the stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def run(self, steps, settle: float = 0.02) -> None:
        """Run each step from the event loop, letting it spin `settle` seconds (and until `wait()` is true)."""
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        self._last = time.perf_counter()
        self.timer.start()
        for step in steps:
            loop = QEventLoop()
            QTimer.singleShot(0, step)
            QTimer.singleShot(round(settle * 1000), loop.quit)
            loop.exec()
        app.processEvents()
        self._tick()
        self.timer.stop()

    def wait(self, done, timeout: float = 60.0) -> None:
        """Spin the event loop until `done()` (work in a worker thread reporting back)."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        self._last = time.perf_counter()
        self.timer.start()
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        self._tick()
        self.timer.stop()


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
    import compileall

    import trainer

    # An installed trainer has its bytecode compiled (pip does it); a source checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module at each launch, which no user's launch does.
    compileall.compile_dir(str(Path(trainer.__file__).parent), quiet=2)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env = {**env, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "TRAINER_DATA_DIR": str(data_dir), "TRAINER_BENCH_FIRST_PAINT": "1", "TRAINER_TTS": "off"}
    bare, app = [], []
    for _ in range(runs + 1):  # the first pair warms the disk cache and is dropped
        bare.append(_launch(["-c", BARE], env))
        app.append(_launch(["-m", "trainer", "--locale", "zh"], env))
    bare, app = bare[1:], app[1:]
    # the median of each pair's ratio: a pair launched back to back sees the same machine, so a slow moment
    # (another program, a cold cache) moves both and cancels out
    paint_ratio = _median([a[0] / b[0] for a, b in zip(app, bare)])
    rss_ratio = _median([a[1] / b[1] for a, b in zip(app, bare)])
    return [
        Figure("bare window: launch to first paint", _median([b[0] for b in bare]), "ms", None, None),
        Figure("trainer: launch to first paint", _median([a[0] for a in app]), "ms", None, None),
        Figure("first paint, ratio to the bare window", paint_ratio, "×", 1.5, paint_ratio <= 1.5),
        Figure("peak RSS at first paint, ratio", rss_ratio, "×", 1.6, rss_ratio <= 1.6),
    ]


def measure_storage(url: str, label: str, content: Path, trainees: int, runs: int) -> list[Figure]:
    from trainer.content.loader import load_catalog
    from trainer.services.context import open_services
    from trainer.services.demo import fill
    from trainer.ui.models.dashboard import DashboardModel
    from trainer.ui.pages.manager_dashboard import FIRST_SCREEN
    from trainer.ui.worker import long_lived, run_in_background

    from trainer.services.content import FileContent

    services = open_services(url)
    try:
        loaded = load_catalog(content)
        catalog = loaded.catalog
        services.use_content(FileContent.of(loaded, content))
        fill(services, catalog, trainees=trainees, seed=11, passcode="bench-passcode")
        # the cohort's generation leaves millions of objects the app itself never holds; without this, the garbage
        # collector walking them would be measured instead of the dashboard
        gc.collect()
        gc.freeze()
        trainee = services.profiles.add_trainee(f"bench-{time.time_ns()}")
        # answers as a trainee gives them: graded and recorded (competencies, review card, revision) in one commit
        singles = [qid for qid, q in services.content.bank().items() if q.type == "single"]
        asked = [singles[i % len(singles)] for i in range(200)]
        attempt = services.quizzes.start(trainee.id, "practice", "bench", "zh", asked, 1, 0.8)
        commits = []
        for i, question_id in enumerate(asked):
            start = time.perf_counter()
            services.quizzes.answer(attempt, question_id, i % 2)
            commits.append((time.perf_counter() - start) * 1000)
        session = services.manager.unlock("bench-passcode")
        firsts, wholes, sorts = [], [], []
        model = DashboardModel()
        meter = StallMeter()
        for _ in range(max(runs, 3)):
            # as the manager page does it: the first screen, then every row from a worker thread, then a sort
            start = time.perf_counter()
            model.set_rows(services.manager.dashboard(session, limit=FIRST_SCREEN), len(catalog.articles), {})
            firsts.append((time.perf_counter() - start) * 1000)
            loaded: list = []
            start = time.perf_counter()
            run_in_background(long_lived(lambda: services.manager.dashboard(session)),
                              lambda rows: (model.set_rows(rows, len(catalog.articles), {}), loaded.append(rows)),
                              loaded.append)
            meter.wait(lambda: bool(loaded))
            wholes.append((time.perf_counter() - start) * 1000)

            def sort() -> None:
                start = time.perf_counter()
                model.sort(4)
                sorts.append((time.perf_counter() - start) * 1000)

            meter.run([sort])
    finally:
        services.close()
    return [
        Figure(f"answer commit ({label})", _median(commits), "ms", 5, _median(commits) <= 5),
        Figure(f"dashboard first screen, {trainees} trainees ({label})", _median(firsts), "ms", 50,
               _median(firsts) <= 50),
        Figure(f"dashboard, all {trainees} rows, in a worker thread ({label})", _median(wholes), "ms", None, None),
        Figure(f"dashboard sort, {trainees} trainees ({label})", _median(sorts), "ms", 100, _median(sorts) <= 100),
        Figure(f"longest event-loop stall: dashboard load and sort ({label})", meter.longest, "ms", 50,
               meter.longest <= 50),
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


@dataclass
class BenchContext:
    settings: object
    work: Path
    runs: int
    quick: bool
    pg_url: str | None


def _more_figures(ctx: BenchContext) -> list[Figure]:
    import importlib
    import pkgutil

    from trainer.ui import benches

    figures: list[Figure] = []
    for info in sorted(pkgutil.iter_modules(benches.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"trainer.ui.benches.{info.name}")
        if hasattr(module, "measure"):
            figures += module.measure(ctx)
    return figures


def run(settings, quick: bool = False, as_json: bool = False, pg_url: str | None = None) -> int:
    from trainer.ui.bench_content import measure_content

    runs = 1 if quick else 5
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as tmp:
        work = Path(tmp)
        figures += measure_launch(1 if quick else 2 * runs + 1, work / "data")
        figures += measure_content(settings.content_dir, work, runs, quick)
        trainees = 300 if quick else 10_000
        figures += measure_storage(f"sqlite:///{work / 'bench.sqlite3'}", "SQLite", settings.content_dir, trainees,
                                   runs)
        pg_url = pg_url or os.environ.get("TRAINER_BENCH_PG_URL")
        if pg_url:
            figures += measure_storage(pg_url, "PostgreSQL", settings.content_dir, trainees, runs)
        figures += measure_tts(runs)
        figures += _more_figures(BenchContext(settings, work, runs, quick, pg_url))
    if as_json:
        print(json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=1))
    else:
        print(f"{'measure':<58} {'median':>10} {'unit':<6} {'target':<10} met")
        for figure in figures:
            print(figure.row())
    return 0 if all(f.met is not False for f in figures) else 1
