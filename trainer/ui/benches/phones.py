"""Phones in the room: 100 answering one question at once (20 roster trainees recorded, 80 nicknames) — each
counted once, the 95th percentile from an answer sent to the console's count updated; and 300 phones connected
for a whole quiz. The phones are WebSocket clients in a process of their own (`trainer.phones.simulate`), the
server and the console in this one, all on 127.0.0.1; the record is a SQLite database in the bench's folder."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from trainer.ui.bench import Figure, StallMeter

WIDE = dict(join_burst=10_000, join_per_s=10_000.0, all_joins_burst=10_000, all_joins_per_s=10_000.0,
            connections_per_address=10_000, connections=10_000)  # every simulated phone shares one address


@dataclass
class RoomRun:
    phones: int
    items: int
    latencies_ms: list[float] = field(default_factory=list)
    counted: list[int] = field(default_factory=list)  # per item: answers in the console's tally
    recorded: int = 0  # roster answers in the trainees' records
    connected_at_end: int = 0
    stall_ms: float = 0.0
    refused: dict = field(default_factory=dict)


def run_room(work: Path, content_dir: Path, nicknames: int, roster: int, items: int, at_once: bool) -> RoomRun:
    """A presenter's quiz with `nicknames + roster` phones answering `items` questions."""
    from PySide6.QtWidgets import QApplication

    from trainer.content.loader import load_catalog
    from trainer.services.content import FileContent
    from trainer.engine.classroom import ClassQuiz, room_suitable
    from trainer.engine.quiz import QuizSpec, build_quiz
    from trainer.phones.gate import LiveGate
    from trainer.phones.limits import Limits
    from trainer.phones.room import Room
    from trainer.services.context import open_services
    from trainer.ui.classroom.console import PresenterConsole
    from trainer.ui.classroom.controller import ClassroomController
    from trainer.ui.classroom.phones import PhoneLink

    QApplication.instance() or QApplication([])
    work.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{(work / f'phones-{nicknames}-{roster}-{time.time_ns()}.sqlite3').as_posix()}"
    services = open_services(url)
    services.profiles.create_manager("bench", "bench-passcode-2026")
    pins = [(f"学员{i:03d}", f"{1000 + i}") for i in range(roster)]
    for name, pin in pins:
        services.profiles.add_trainee(name, pin)
    loaded = load_catalog(content_dir)
    files = FileContent.of(loaded, content_dir)
    services.use_content(files)
    catalog, bank = loaded.catalog, files.bank()
    seed = 20261206
    shown = [s for s in build_quiz(catalog, bank, QuizSpec(count=10_000), seed) if room_suitable(s.question)][:items]
    controller = ClassroomController("zh", catalog.competency_names("zh"), quiz=ClassQuiz(shown, []))
    console = PresenterConsole(controller, None, "phones bench")  # redraws on every change, as in the room
    console.resize(1366, 768)
    console.show()
    state = services.live.open("quiz", "phones bench", "zh", [s.question.id for s in shown], seed)
    controller.start_live(services.live, state)
    link = PhoneLink(Room(code=state.code), LiveGate(services, state), Limits(**WIDE))
    link.start("127.0.0.1", 0)
    controller.start_phones(link)
    total = nicknames + roster
    result = RoomRun(total, len(shown))
    shown_at: dict[tuple[str, str], float] = {}

    def on_update(snapshot) -> None:  # the console has redrawn its counts (on `changed`, emitted just before)
        now = time.monotonic()
        for token, _arrived in snapshot.counted:
            shown_at.setdefault((snapshot.item, token), now)

    controller.phones_updated.connect(on_update)
    controller.phones_updated.connect(console.phones_panel.show_snapshot)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    sim = subprocess.Popen([sys.executable, "-m", "trainer.phones.simulate", "--address", link.server.address,
                            "--code", state.code, "--nicknames", str(nicknames), "--roster", json.dumps(pins),
                            "--items", str(len(shown))] + (["--at-once"] if at_once else []),
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(json.loads(line)) for line in sim.stdout], daemon=True).start()
    meter = StallMeter()

    def next_line(key: str, timeout: float = 180.0) -> dict:
        found: list[dict] = []

        def arrived() -> bool:
            try:
                message = lines.get_nowait()
            except queue.Empty:
                return False
            found.append(message)
            return key in message

        deadline = time.monotonic() + timeout
        while not (found and key in found[-1]):
            if time.monotonic() > deadline or sim.poll() is not None and lines.empty():
                raise RuntimeError(f"the simulated phones stopped: {found}")
            meter.wait(arrived, timeout=1.0)
        return found[-1]

    try:
        ready = next_line("ready")
        if ready["ready"] != total:
            raise RuntimeError(f"only {ready['ready']} of {total} phones joined: {ready['failed']}")
        stalls = []
        for _ in shown:
            key = controller.item_key()
            if at_once:
                next_line("waiting")
                meter.longest = 0.0
                sim.stdin.write("\n")
                sim.stdin.flush()
            sent = next_line("sent")["sent"]
            meter.wait(lambda: link.snapshot is not None and link.snapshot.item == key
                       and link.snapshot.answered >= total, timeout=30)
            meter.wait(lambda: False, timeout=0.3)  # anything counted twice would show now
            stalls.append(meter.longest)
            result.counted.append(sum(controller.votes.phones))
            result.latencies_ms += [(shown_at[(key, token)] - when) * 1000 for token, when in sent.items()
                                    if (key, token) in shown_at]
            controller.reveal()
            controller.next()
        result.stall_ms = max(stalls) if stalls else 0.0
        sim.stdin.write("\n")
        sim.stdin.flush()
        result.connected_at_end = next_line("connected")["connected"]
        result.refused = dict(link.server.refused)
    finally:
        controller.end_live(wait=True)
        console.audience.close()
        console.close()
        sim.kill()
        sim.wait(10)
    session = services.manager.unlock("bench-passcode-2026")
    result.recorded = sum(1 for a in services.reports.answers(session) if a.kind == "classroom")
    services.close()
    return result


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))] if ordered else float("nan")


def measure(ctx) -> list[Figure]:
    content = Path(ctx.settings.content_dir)
    figures: list[Figure] = []
    runs = [run_room(ctx.work / "phones", content, 80, 20, 1, at_once=True) for _ in range(1 if ctx.quick else 3)]
    p95 = sorted(_p95(r.latencies_ms) for r in runs)[len(runs) // 2]
    once = all(r.counted == [100] and len(r.latencies_ms) == 100 and r.recorded == 20 for r in runs)
    figures.append(Figure("phones: 100 answer at once, answer → console count p95", p95, "ms", 200, p95 <= 200))
    figures.append(Figure("phones: 100 answer at once, each counted once (20 recorded)",
                          sum(r.counted[0] for r in runs) / len(runs), "answers", None, once))
    figures.append(Figure("phones: 100 answer at once, longest console stall", max(r.stall_ms for r in runs), "ms",
                          None, None))
    big = run_room(ctx.work / "phones", content, 300 - 20, 20, 3 if ctx.quick else 10, at_once=False)
    held = big.connected_at_end == 300 and all(c == 300 for c in big.counted) and big.recorded == 20 * big.items
    figures.append(Figure(f"phones: 300 connected for a whole quiz ({big.items} questions), still connected",
                          big.connected_at_end, "phones", None, held))
    figures.append(Figure("phones: 300 in a quiz, answer → console count p95", _p95(big.latencies_ms), "ms", None,
                          None))
    return figures
