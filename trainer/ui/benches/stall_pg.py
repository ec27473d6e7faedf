"""The longest event-loop stall while a trainee answers a quiz against PostgreSQL with 10 ms of added latency
(issue 15: the window never waits on the database). Runs only when a PostgreSQL URL is given (`ctx.pg_url` or
TRAINER_BENCH_PG_URL); it makes its own database on that server and drops it afterwards.

The latency comes from `DelayProxy`, a loopback TCP proxy that holds every chunk of bytes, both ways, for 10 ms
before passing it on: each round trip to the server takes at least 20 ms more, as over a slow office network.
The quiz page is the real one, in a real main window: each answer is a click on an option and on Check, the
service call runs through CallOp, and a 1 ms timer measures the longest gap in the event loop meanwhile.
"""

from __future__ import annotations

import os
import selectors
import statistics
import socket
import threading
import time

from trainer.ui.bench import BenchContext, Figure, StallMeter

DELAY_S = 0.010
ANSWERS = 12
TARGET_MS = 50


class DelayProxy:
    """127.0.0.1:<port> -> the server, every chunk delayed by `delay` seconds in each direction."""

    def __init__(self, host: str, port: int, delay: float = DELAY_S) -> None:
        self.target, self.delay = (host, port), delay
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except (TimeoutError, OSError):
                continue
            server = socket.create_connection(self.target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._pipe, args=(client, server), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        """Chunks from `source` are sent to `sink` `delay` seconds after they arrived, in order."""
        pending: list[tuple[float, bytes]] = []
        selector = selectors.DefaultSelector()
        selector.register(source, selectors.EVENT_READ)
        try:
            while not self._stop.is_set():
                timeout = max(0.0, pending[0][0] - time.monotonic()) if pending else 0.2
                if selector.select(timeout):
                    data = source.recv(65536)
                    if not data:
                        break
                    pending.append((time.monotonic() + self.delay, data))
                while pending and pending[0][0] <= time.monotonic():
                    sink.sendall(pending.pop(0)[1])
            for _due, data in pending:
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def close(self) -> None:
        self._stop.set()
        self.listener.close()


def measure(ctx: BenchContext) -> list[Figure]:
    pg_url = ctx.pg_url or os.environ.get("TRAINER_BENCH_PG_URL")
    if not pg_url:
        return []
    from trainer.services.scratch import host_port, scratch_database, with_host_port

    with scratch_database(pg_url) as url:
        proxy = DelayProxy(*host_port(url))
        try:
            stalls, waits = _answer_quizzes(with_host_port(url, "127.0.0.1", proxy.port), ctx, max(ctx.runs, 3))
        finally:
            proxy.close()
    stall, wait = statistics.median(stalls), statistics.median(waits)
    return [
        Figure("longest event-loop stall: answering a quiz, PostgreSQL +10 ms", stall, "ms", TARGET_MS,
               stall <= TARGET_MS),
        Figure("answer to its feedback on screen, PostgreSQL +10 ms", wait, "ms", None, None),
    ]


def _answer_quizzes(url: str, ctx: BenchContext, quizzes: int) -> tuple[list[float], list[float]]:
    """A main window over `url` and a trainee who takes `quizzes` practice quizzes of single-choice questions,
    answering each by a click on the option and on Check: the longest stall of each quiz, and each answer's
    time from the click on Check to its feedback on screen."""

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from trainer.config import Settings
    from trainer.engine.quiz import QuizSpec
    from trainer.services.context import open_services
    from trainer.ui.app import build
    from trainer.ui.ops import CallOp

    seed = open_services(url)
    seed.profiles.create_manager("bench", "bench-passcode-1")
    seed.profiles.add_trainee("bench")
    seed.close()
    os.environ.setdefault("TRAINER_TTS", "off")
    settings = Settings.resolve(db=url, locale="zh", content=str(ctx.settings.content_dir))
    app, window = build(settings)
    window.resize(1366, 768)
    window.show()
    meter = StallMeter()

    def spin(done, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.0005)

    opened: list = []
    window.start_finished.connect(opened.append)
    window.start()
    spin(lambda: bool(opened))
    window.choose_trainee(0)
    window.show_page("quizzes")
    page = window.pages["quizzes"]
    stalls: list[float] = []
    waits: list[float] = []
    for _ in range(quizzes):
        spin(lambda: not CallOp.pending() and page.setup is not None)
        page.start(QuizSpec(kinds=("classify",), count=ANSWERS, feedback="immediate"))  # single choice
        spin(lambda: page.runner is not None and not CallOp.pending())
        runner = page.runner
        meter.longest = 0.0
        meter._last = time.perf_counter()
        meter.timer.start()
        for _ in range(len(runner.shown)):
            shown = runner.shown[runner.index]
            button = runner.form.buttons[shown.order.index(shown.question.answer)]
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
            start = time.perf_counter()
            QTest.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)
            spin(lambda: runner.feedback.isVisible())
            waits.append((time.perf_counter() - start) * 1000)
            QTest.mouseClick(runner.check_button, Qt.MouseButton.LeftButton)  # next question (or the result)
            spin(lambda: not CallOp.pending())
        meter._tick()
        meter.timer.stop()
        stalls.append(meter.longest)
        page.back_to_start()
    window.close()
    QApplication.processEvents()
    return stalls, waits
