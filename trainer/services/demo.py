"""`trainer demo`: a realistic cohort (teams, intakes, varied skill, real content ids) for trying every view
and for benchmarks. Rows go in with bulk inserts (SQLAlchemy Core executemany), the running totals included."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, insert, select, text

from trainer.content.model import Catalog
from trainer.db.models import (
    CompetencyStats, LessonProgress, Manager, QuizAnswer, QuizAttempt, ReviewCard, ScenarioAttempt, ScenarioStep,
    Trainee, TraineeStats,
)
from trainer.engine import review as fsrs_review
from trainer.engine.bank import build_bank
from trainer.engine.quiz import question_competencies
from trainer.engine.scenario import ScenarioRun
from trainer.services.passcodes import hash_secret

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建文斌宇浩凯鑫婷雪琳晨欣怡佳俊峰"
TEAMS = ("华东一组", "华东二组", "华南一组", "华北一组", "西南一组")
INTAKES = ("2026-09", "2026-10", "2026-11")
QUIZ_LENGTH = 10


def _names(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    names = []
    while len(names) < n:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        if name in taken:
            name = f"{name}{len(taken) % 97 + 2}"
        if name not in taken:
            taken.add(name)
            names.append(name)
    return names


def fill(services, catalog: Catalog, trainees: int = 50, days: int = 30, seed: int = 1,
         passcode: str = "demo-passcode", answers_per_trainee: int = 100) -> dict[str, int]:
    """Adds `trainees` trainees with about `answers_per_trainee` answers each over the last `days` days."""
    rng = random.Random(seed)
    engine = services._engine
    bank = build_bank(catalog)
    questions = sorted((q for q in bank.values() if q.type != "rewrite"), key=lambda q: q.id)
    competencies = {q.id: question_competencies(catalog, q) for q in questions}
    articles = [a.id for a in catalog.sorted_articles()]
    scenarios = sorted(catalog.scenarios.values(), key=lambda s: s.id)
    now = datetime.now(timezone.utc)
    counts = defaultdict(int)
    with engine.begin() as conn:
        manager = conn.execute(select(Manager.id)).first()
        if manager is None:
            conn.execute(insert(Manager), [{"name": "演示经理", "passcode_hash": hash_secret(passcode),
                                            "created_at": now, "failed_attempts": 0}])
        else:
            conn.execute(Manager.__table__.update().values(passcode_hash=hash_secret(passcode), failed_attempts=0,
                                                           locked_until=None))
        taken = set(conn.execute(select(Trainee.name)).scalars())
        next_trainee = (conn.execute(select(func.max(Trainee.id))).scalar() or 0) + 1
        next_attempt = (conn.execute(select(func.max(QuizAttempt.id))).scalar() or 0) + 1
        next_play = (conn.execute(select(func.max(ScenarioAttempt.id))).scalar() or 0) + 1
    trainee_rows, stats_rows, comp_rows, lesson_rows = [], [], [], []
    # review cards, as the app makes them (one per question missed), due from then on: some reviewed since and
    # due later, many overdue; their own random numbers, so the rest of a seeded cohort stays as it was
    card_rng, card_json, cards = random.Random(seed + 1), fsrs_review.new_card(), {}
    attempt_rows, answer_rows, play_rows, step_rows = [], [], [], []
    for i, name in enumerate(_names(rng, trainees, taken)):
        tid = next_trainee + i
        skill = rng.betavariate(5, 2)  # most are fairly good, a few struggle
        started = now - timedelta(days=rng.uniform(days * 0.3, days))
        trainee_rows.append({"id": tid, "name": name, "active": True, "team": rng.choice(TEAMS),
                             "intake": rng.choice(INTAKES), "created_at": started})
        right = answered = passed = failed = 0
        best = None
        comp_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        last = started
        for _ in range(max(1, answers_per_trainee // QUIZ_LENGTH)):
            when = started + timedelta(seconds=rng.uniform(0, (now - started).total_seconds()))
            picked = rng.sample(questions, QUIZ_LENGTH)
            correct = 0
            kind = "assessment" if rng.random() < 0.2 else "practice"
            for n, q in enumerate(picked):
                ok = rng.random() < skill * (0.75 if q.type in ("order", "match") else 1.0)
                correct += ok
                answer = q.answer if ok else (0 if q.answer != 0 else 1) if q.type == "single" else None
                if not ok and (tid, q.id) not in cards:
                    due = when + timedelta(days=card_rng.expovariate(1 / 6))
                    cards[(tid, q.id)] = {"trainee_id": tid, "item_id": q.id, "card": card_json, "due": due,
                                          "created_at": when}
                answer_rows.append({"attempt_id": next_attempt, "question_id": q.id,
                                    "answer": json.dumps(answer, ensure_ascii=False), "correct": ok,
                                    "answered_at": when + timedelta(seconds=20 * n)})
                for comp in competencies[q.id]:
                    comp_counts[comp][0] += 1
                    comp_counts[comp][1] += ok
            ok_quiz = correct / QUIZ_LENGTH >= 0.8
            attempt_rows.append({"id": next_attempt, "trainee_id": tid, "kind": kind, "subject": kind, "lang": "zh",
                                 "seed": rng.randrange(2**31), "question_ids": json.dumps([q.id for q in picked]),
                                 "pass_mark": 0.8, "started_at": when, "finished_at": when + timedelta(minutes=5),
                                 "correct": correct, "total": QUIZ_LENGTH, "passed": ok_quiz, "seconds_used": 300.0})
            next_attempt += 1
            answered += QUIZ_LENGTH
            right += correct
            passed += kind == "assessment" and ok_quiz
            failed += kind == "assessment" and not ok_quiz
            best = max(best or 0.0, correct / QUIZ_LENGTH)
            last = max(last, when)
        done = [a for a in articles if rng.random() < skill]
        for article in done:
            moment = started + timedelta(seconds=rng.uniform(0, (now - started).total_seconds()))
            lesson_rows.append({"trainee_id": tid, "article_id": article, "first_opened_at": moment,
                                "last_opened_at": moment, "completed_at": moment, "best_score": 1.0})
        play_total = 0.0
        plays = 0
        for scenario in rng.sample(scenarios, k=min(len(scenarios), rng.choice((0, 1, 2, 3)))):
            run = ScenarioRun(scenario)
            position = 0
            while not run.finished and position < 40:
                if run.node.reply is not None:
                    reply = "，".join(e.patterns["zh"][0] for e in run.node.reply.expect if rng.random() < skill)
                    step = run.reply(reply or "好的", "zh", 30.0)
                else:
                    options = run.choices()
                    best_id = run.solver.best_choice(run.node_id, run.flags)
                    choice = best_id if rng.random() < skill ** 0.3 else rng.choice(options).id
                    step = run.choose(choice, rng.uniform(3, 25))
                step_rows.append({"attempt_id": next_play, "position": position, "node_id": step.node_id,
                                  "kind": step.kind, "choice_id": step.choice_id, "reply_text": step.reply_text,
                                  "score": json.dumps(step.score), "flags": json.dumps(sorted(run.flags)),
                                  "phrase_hits": "[]", "seconds": step.seconds, "was_best": step.was_best,
                                  "made_at": last})
                position += 1
            maxima = run.maxima
            share = sum(max(0, min(1, run.totals.get(c, 0) / m)) for c, m in maxima.items() if m > 0) / max(
                1, sum(1 for m in maxima.values() if m > 0))
            play_rows.append({"id": next_play, "trainee_id": tid, "scenario_id": scenario.id, "lang": "zh",
                              "started_at": last, "finished_at": last + timedelta(minutes=8),
                              "ending": run.node_id, "rating": run.rating,
                              "scores": json.dumps(run.totals), "maxima": json.dumps(maxima)})
            next_play += 1
            plays += 1
            play_total += share
        stats_rows.append({"trainee_id": tid, "answers": answered, "correct": right, "quizzes_passed": passed,
                           "quizzes_failed": failed, "best_quiz": best, "lessons_completed": len(done),
                           "plays": plays, "play_score": play_total, "last_activity": last})
        comp_rows += [{"trainee_id": tid, "competency": c, "answers": a, "correct": r}
                      for c, (a, r) in comp_counts.items()]
    with engine.begin() as conn:
        for table, rows in ((Trainee, trainee_rows), (TraineeStats, stats_rows), (CompetencyStats, comp_rows),
                            (LessonProgress, lesson_rows), (QuizAttempt, attempt_rows),
                            (ScenarioAttempt, play_rows)):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[start:start + 5000])
        for table, rows in ((QuizAnswer, answer_rows), (ScenarioStep, step_rows),
                            (ReviewCard, list(cards.values()))):
            for start in range(0, len(rows), 20000):
                conn.execute(insert(table), rows[start:start + 20000])
        if conn.dialect.name == "postgresql":
            # the rows above came with their ids: move each sequence past them, or the next trainee added by
            # hand would be given an id that is taken
            for table in (Trainee, QuizAttempt, ScenarioAttempt):
                name = table.__tablename__
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"))
    counts.update(trainees=len(trainee_rows), answers=len(answer_rows), quizzes=len(attempt_rows), cards=len(cards),
                  lessons=len(lesson_rows), plays=len(play_rows), steps=len(step_rows))
    return dict(counts)
