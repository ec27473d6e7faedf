"""A role-play and a quiz run with a room: votes, the majority's way, ties, undo, team scores."""

from __future__ import annotations

import pytest

from tests.engine.test_scenarios_play import SCENARIOS, catalog
from trainer.engine.bank import build_bank
from trainer.engine.classroom import ClassQuiz, ClassRolePlay, Votes, answer_at, right_place, room_suitable
from trainer.engine.phrases import PhraseChecker
from trainer.engine.questions import grade
from trainer.engine.quiz import QuizSpec, build_quiz


def test_votes_from_the_room_teams_and_desks_add_up_and_a_tie_has_no_majority():
    votes = Votes(4)
    votes.add(1)
    votes.add(1)
    votes.add(2)
    votes.set_team("一组", [0, 0, 3, 0])
    votes.set_live({0: 1})
    assert votes.counts() == [1, 2, 4, 0] and votes.total == 7 and votes.majority() == 2
    votes.add(1, 2)
    assert votes.counts() == [1, 4, 4, 0] and votes.majority() is None
    votes.add(1, -10)
    assert votes.counts()[1] == 0  # a mistaken key press is taken back, never below zero


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_a_room_voting_for_the_best_choice_reaches_the_best_ending_with_full_marks(scenario_id):
    scenario = catalog().scenarios[scenario_id]
    play = ClassRolePlay(scenario, PhraseChecker.from_catalog(catalog()))
    while not play.finished:
        if play.is_reply:
            play.reveal_reply([e.id for e in play.node.reply.expect], "zh")
        else:
            best = play.best_choice()
            play.votes.add(best, 5)
            play.votes.add((best + 1) % len(play.choices()), 2)
            step = play.reveal()
            assert step is not None and step.was_best
        play.next()
    assert play.run.ending.rating == "excellent"
    assert play.run.totals == play.run.maxima


def test_a_tie_waits_for_the_presenter_and_back_undoes_the_move():
    play = ClassRolePlay(catalog().scenarios["upset-customer"], PhraseChecker.from_catalog(catalog()))
    first_node = play.node_id
    play.votes.add(0)
    play.votes.add(1)
    assert play.reveal() is None and play.revealed is None  # a tie: nothing happens until the presenter picks
    step = play.reveal(1)
    assert step.choice_id == play.scenario.nodes[first_node].choices[1].id and play.step_number == 1
    play.back()  # the room reconsiders: the votes are still there
    assert play.node_id == first_node and play.revealed is None and play.votes.counts()[:2] == [1, 1]
    play.reveal(0)
    play.next()
    assert play.node_id != first_node and play.step_number == 2 and play.votes.total == 0
    play.back()
    assert play.node_id == first_node and play.moves == []


def test_a_room_quiz_scores_teams_on_correctness_only():
    bank = build_bank(catalog())
    shown = build_quiz(catalog(), bank, QuizSpec(kinds=("classify", "true-false", "best-reply"), count=6), seed=3)
    quiz = ClassQuiz(shown, ["红队", "蓝队", " 红队 ", ""])
    assert quiz.teams == ["红队", "蓝队"] and quiz.shown and all(room_suitable(s.question) for s in quiz.shown)
    answered = 0
    while not quiz.finished:
        right = right_place(quiz.current)
        assert grade(quiz.current.question, answer_at(quiz.current, right))
        quiz.set_team_answer("红队", right)
        quiz.set_team_answer("蓝队", (right + 1) % 2 if quiz.index % 2 else right)
        assert quiz.reveal() == right
        quiz.set_team_answer("蓝队", right)  # too late: the answer is revealed
        answered += 1
        quiz.next()
    assert quiz.scores() == {"红队": answered, "蓝队": (answered + 1) // 2}
    assert quiz.leaderboard()[0] == ("红队", answered)
    quiz.back()  # from the end back to the last question, as the room left it: revealed, its points kept
    assert quiz.index == answered - 1 and quiz.revealed and quiz.scores()["红队"] == answered
    assert quiz.team_answers["红队"] == right_place(quiz.current)
    quiz.back()  # and once more: the reveal is taken back with its points, the answers stay
    assert not quiz.revealed and quiz.scores()["红队"] == answered - 1 and "红队" in quiz.team_answers
    quiz.back()  # the question before, still revealed, its votes and answers as they were
    assert quiz.index == answered - 2 and quiz.revealed and quiz.team_answers
