"""Mastery and readiness: the rules the dashboard applies, written once and shown to the manager."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class ReadyRule:
    lessons: float = 0.8  # share of lessons completed
    average: float = 0.8  # share of answers right
    passed: int = 1  # assessments (or quizzes) passed

    def describe(self, lang: str) -> str:
        return RULE_TEXT["en" if lang == "en" else "zh"].format(
            n=MIN_ANSWERS_FOR_COMPETENCY, lessons=self.lessons, average=self.average, passed=self.passed,
            assessments="assessment" if self.passed == 1 else "assessments")

    def ready(self, row, lessons_total: int) -> bool:
        lesson_share = row.lessons_completed / lessons_total if lessons_total else 0.0
        return (lesson_share >= self.lessons and (row.average or 0.0) >= self.average
                and row.quizzes_passed >= self.passed)


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
