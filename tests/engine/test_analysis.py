"""Item statistics against a hand-computed example (Moodle's facility and discrimination indices)."""

import pytest

from trainer.engine.analysis import Response, item_analysis, violated_clauses


def test_facility_and_discrimination_match_the_hand_computed_values():
    # four attempts at three questions; right answers per attempt: 3, 2, 1, 0
    marks = {1: (1, 1, 1), 2: (1, 1, 0), 3: (1, 0, 0), 4: (0, 0, 0)}
    responses = [Response(a, f"q{i + 1}", bool(m), '"x"' if m else '"wrong"') for a, ms in marks.items()
                 for i, m in enumerate(ms)]
    totals = {a: (sum(ms), 3) for a, ms in marks.items()}
    stats = {s.question_id: s for s in item_analysis(responses, totals)}
    # q1: x = 1,1,1,0; rest = 1, .5, 0, 0 -> r = .09375 / (.43301 * .41458) = .5222
    assert stats["q1"].facility == pytest.approx(75.0)
    assert stats["q1"].discrimination == pytest.approx(52.22, abs=0.01)
    # q2: x = 1,1,0,0; rest = 1, .5, .5, 0 -> r = .125 / (.5 * .35355) = .7071
    assert stats["q2"].facility == pytest.approx(50.0)
    assert stats["q2"].discrimination == pytest.approx(70.71, abs=0.01)
    # q3: x = 1,0,0,0; rest = 1, 1, .5, 0 -> r = .5222
    assert stats["q3"].facility == pytest.approx(25.0)
    assert stats["q3"].discrimination == pytest.approx(52.22, abs=0.01)
    assert stats["q3"].attempts == 4 and stats["q3"].common_wrong == '"wrong"' and stats["q3"].common_wrong_count == 3


def test_no_spread_means_no_discrimination_and_unfinished_attempts_are_left_out():
    responses = [Response(1, "q", True, "1"), Response(2, "q", True, "1"), Response(3, "q", False, "0")]
    [stats] = item_analysis(responses, {1: (1, 2), 2: (2, 2)})
    assert stats.attempts == 2 and stats.facility == 100.0 and stats.discrimination is None


def test_the_most_violated_clauses():
    events = [("phone-conduct:2.7", "language-norms:4.2"), ("phone-conduct:2.7",), ("data-security:1.3",),
              ("phone-conduct:2.7", "phone-conduct:2.7")]
    assert violated_clauses(events, top=2) == [("phone-conduct:2.7", 3), ("language-norms:4.2", 1)]


def test_mastery_per_article_counts_right_answers_by_the_lesson_each_question_tests():
    from trainer.engine.mastery import per_article

    topics = {"q1": "phone-conduct", "q2": "phone-conduct", "q3": "data-security"}
    answers = [("q1", True), ("q2", False), ("q3", True), ("q1", True), ("gone", False)]
    assert per_article(answers, topics.get) == {"phone-conduct": (3, 2), "data-security": (1, 1)}
