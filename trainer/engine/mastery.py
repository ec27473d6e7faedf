"""Mastery and readiness: the rules the dashboard applies, written once and shown to the manager."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone

MIN_ANSWERS_FOR_COMPETENCY = 5

RULE_TEXT = {
    "zh": ("掌握程度 = 该能力项相关题目的答对率（题目所属课程的能力项；至少 {n} 道题才计算）。"
           "最薄弱能力项 = 掌握程度最低的一项。达标 = 课程完成率不低于 {lessons:.0%}，"
           "全部作答的正确率不低于 {average:.0%}，并且至少通过 {passed} 次考核。"),
    "en": ("Mastery = the share of right answers to the questions of that competency (the competencies of the "
           "question's lesson; computed from {n} answers on). Weakest competency = the lowest mastery. "
           "Ready = at least {lessons:.0%} of the lessons completed, at least {average:.0%} of all answers right, "
           "and at least {passed} {assessments} passed."),
}
LOAD_TEXT = {
    "zh": "复习量 = 今天到期的复习卡片 + 逾期的卡片（今天之前就已到期、还没复习的）。",
    "en": "Review load = the review cards due today + those overdue (due before today and not yet reviewed).",
}
OVERDUE_TEXT = {
    "zh": "达标还要求逾期的复习卡片不超过 {overdue} 张。",
    "en": "Ready also needs no more than {overdue} overdue review {cards}.",
}


@dataclass(frozen=True)
class ReadyRule:
    lessons: float = 0.8  # share of lessons completed
    average: float = 0.8  # share of answers right
    passed: int = 1  # assessments (or quizzes) passed
    overdue: int | None = None  # at most this many overdue review cards; None: the review load does not count

    def describe(self, lang: str) -> str:
        lang = "en" if lang == "en" else "zh"
        text = RULE_TEXT[lang].format(
            n=MIN_ANSWERS_FOR_COMPETENCY, lessons=self.lessons, average=self.average, passed=self.passed,
            assessments="assessment" if self.passed == 1 else "assessments")
        if self.overdue is not None:
            text += (" " if lang == "en" else "") + OVERDUE_TEXT[lang].format(
                overdue=self.overdue, cards="card" if self.overdue == 1 else "cards")
        return text + (" " if lang == "en" else "") + LOAD_TEXT[lang]

    def ready(self, row, lessons_total: int) -> bool:
        lesson_share = row.lessons_completed / lessons_total if lessons_total else 0.0
        return (lesson_share >= self.lessons and (row.average or 0.0) >= self.average
                and row.quizzes_passed >= self.passed
                and (self.overdue is None or row.overdue <= self.overdue))


def review_day(now: datetime) -> tuple[datetime, datetime]:
    """The start of today and of tomorrow on the desk's clock, in UTC: a card due before the first is overdue,
    one due before the second is due today (the review load counts both)."""
    day = now.astimezone().date()
    # each midnight found by its date (a day may have 23 or 25 hours where clocks change)
    start = datetime.combine(day, time()).astimezone()
    tomorrow = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return start.astimezone(timezone.utc), tomorrow.astimezone(timezone.utc)


def group_load(rows) -> tuple[int, int]:
    """(due today, overdue) over the rows shown: the group's review load."""
    return sum(r.due_today for r in rows), sum(r.overdue for r in rows)


def mastery(row) -> dict[str, float]:
    return {c: right / answered for c, (answered, right) in row.competencies.items()
            if answered >= MIN_ANSWERS_FOR_COMPETENCY}


def weakest(row) -> str | None:
    """The competency with the lowest mastery; None when there is none yet, or everything is mastered."""
    scores = mastery(row)
    if not scores or min(scores.values()) >= 1.0:
        return None
    return min(scores, key=lambda c: (scores[c], c))


def per_article(answers, topic_of) -> dict[str, tuple[int, int]]:
    """(answers, right) per article, from (question id, correct) pairs; `topic_of(question id)` names the article
    a question tests (None when the question is no longer in the content)."""
    counts: dict[str, list[int]] = {}
    for question_id, correct in answers:
        article = topic_of(question_id)
        if article is None:
            continue
        pair = counts.setdefault(article, [0, 0])
        pair[0] += 1
        pair[1] += bool(correct)
    return {a: (n, r) for a, (n, r) in counts.items()}
