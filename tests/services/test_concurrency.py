"""Several desks recording at once on one database (SQLite file or PostgreSQL): nothing lost, nothing locked."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from trainer.services.context import open_services

WRITER = textwrap.dedent("""
    import sys
    from tests.services.drill import drill, given
    from trainer.services.context import open_services
    url, trainee_id, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    s = open_services(url, drill(n))
    attempt = s.quizzes.start(trainee_id, "assessment", "a", "zh", [f"q{i}" for i in range(n)], 1, 0.8)
    for i in range(n):
        s.quizzes.answer(attempt, f"q{i}", given(i % 3 != 0))
    s.quizzes.finish(attempt)
    s.close()
    print("done")
""")


def run_writers(url: str, trainee_ids: list[int], n: int) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, str(t), str(n)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for t in trainee_ids]
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0 and out.strip() == "done", err[-2000:]


def test_two_desks_recording_at_once_lose_nothing(db_url):
    services = open_services(db_url)
    try:
        services.profiles.create_manager("陈经理", "服务第一-2026")
        a, b = services.profiles.add_trainee("王小明"), services.profiles.add_trainee("李娜")
    finally:
        services.close()
    run_writers(db_url, [a.id, b.id], 1000)
    services = open_services(db_url)
    try:
        session = services.manager.unlock("服务第一-2026")
        answers = services.reports.answers(session)
        rows = {r.name: r for r in services.manager.dashboard(session)}
    finally:
        services.close()
    assert len(answers) == 2000
    for name in ("王小明", "李娜"):
        assert rows[name].answers == 1000 and rows[name].correct == sum(1 for i in range(1000) if i % 3 != 0)
        assert rows[name].competencies["communication"] == (1000, rows[name].correct)
        assert rows[name].quizzes_failed == 1
