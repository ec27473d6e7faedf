"""Every shipped role-play: the best path is excellent with the maximum score; forbidden behaviour fails."""

from __future__ import annotations

from functools import lru_cache

import pytest

from tests.conftest import CONTENT
from trainer.content.loader import load_catalog
from trainer.engine.phrases import PhraseChecker
from trainer.engine.scenario import RATING_RANK, ScenarioRun


@lru_cache(maxsize=1)
def catalog():
    result = load_catalog(CONTENT)
    assert result.problems == []
    return result.catalog


SCENARIOS = ["upset-customer", "missed-appointment", "data-risk-repair", "hotline-call", "price-competitor",
             "first-responder", "gift"]


def best_reply(node) -> str:
    return "，".join(e.patterns["zh"][0] for e in node.reply.expect)


def play_best(scenario_id: str) -> ScenarioRun:
    run = ScenarioRun(catalog().scenarios[scenario_id], PhraseChecker.from_catalog(catalog()))
    while not run.finished:
        if run.node.reply is not None:
            step = run.reply(best_reply(run.node), "zh", seconds=5.0)
            assert step.missing == () and step.hits == ()
        else:
            run.choose(run.solver.best_choice(run.node_id, run.flags), seconds=5.0)
    return run


def test_the_seven_scenarios_are_shipped():
    assert set(SCENARIOS) <= set(catalog().scenarios)


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_each_scenario_is_substantial(scenario_id):
    scenario = catalog().scenarios[scenario_id]
    ratings = [n.ending.rating for n in scenario.nodes.values() if n.ending]
    assert len(scenario.nodes) >= 12 and len(ratings) >= 3
    assert {"excellent", "acceptable", "failed"} <= set(ratings)
    assert all(c.refs for n in scenario.nodes.values() for c in n.choices), "every choice cites a clause"


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_the_best_path_is_excellent_with_the_maximum_in_every_competency(scenario_id):
    run = play_best(scenario_id)
    assert run.ending.rating == "excellent"
    assert run.totals == run.maxima
    assert all(step.was_best for step in run.steps)


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_a_forbidden_phrase_leads_to_a_failed_ending(scenario_id):
    """Every choice that says a forbidden phrase (服务忌语) ends in failure, however well the rest is played."""
    checker = PhraseChecker.from_catalog(catalog())
    scenario = catalog().scenarios[scenario_id]
    offending = [(node_id, c) for node_id, node in scenario.nodes.items() for c in node.choices
                 if checker.check(c.text.zh)]
    for node_id, choice in offending:
        outcome = _outcome_after(scenario, node_id, choice)
        assert outcome == "failed", (node_id, choice.id)


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_every_way_into_a_failed_ending_is_a_recorded_lesson(scenario_id):
    scenario = catalog().scenarios[scenario_id]
    failed = {n for n, node in scenario.nodes.items() if node.ending and node.ending.rating == "failed"}
    into_failure = [c for node in scenario.nodes.values() for c in node.choices
                    if c.next in failed or c.otherwise in failed]
    assert into_failure
    for choice in into_failure:
        assert choice.feedback.zh and choice.feedback.en and choice.refs


def test_formatting_without_backup_and_signature_is_a_disaster():
    run = ScenarioRun(catalog().scenarios["data-risk-repair"])
    run.choose("format_right_away")
    assert run.finished and run.ending.rating == "failed"
    assert run.totals["data-safety"] <= 0


def test_formatting_after_backup_and_signature_goes_on():
    run = play_best("data-risk-repair")
    formatted = [s for s in run.steps if s.choice_id == "format_c"]
    assert formatted and formatted[0].next_node != "failed_data_lost"
    assert {"backup_done", "consent_signed"} <= run.flags


def test_a_timeout_takes_the_authors_choice():
    scenario = catalog().scenarios["hotline-call"]
    run = ScenarioRun(scenario)
    assert run.node.timer is not None
    step = run.timeout()
    assert step.kind == "timeout" and step.choice_id == run.scenario.nodes[step.node_id].on_timeout


def test_a_typed_reply_with_a_forbidden_phrase_loses_points_and_shows_the_alternative():
    scenario = catalog().scenarios["hotline-call"]
    run = ScenarioRun(scenario, PhraseChecker.from_catalog(catalog()))
    while run.node.reply is None:
        run.choose(run.solver.best_choice(run.node_id, run.flags))
    reply = run.node.reply
    step = run.reply("我不知道，这事你不懂", "zh")
    assert [h.phrase_id for h in step.hits] and all(h.alternative is not None for h in step.hits)
    assert reply.forbidden_penalty and step.score == reply.forbidden_penalty  # nothing expected was said
    assert set(step.missing) == {e.id for e in reply.expect}


def _outcome_after(scenario, node_id: str, choice) -> str:
    """The ending reached by taking `choice` at `node_id` and then always the best choice."""
    run = ScenarioRun(scenario)
    run._node_id = node_id  # noqa: SLF001 - start the walk at this node with no flags
    run.choose(choice.id)
    while not run.finished:
        if run.node.reply is not None:
            run.reply(best_reply(run.node), "zh")
        else:
            run.choose(run.solver.best_choice(run.node_id, run.flags))
    return run.ending.rating


def test_rating_rank_orders_the_endings():
    assert RATING_RANK["excellent"] > RATING_RANK["acceptable"] > RATING_RANK["failed"]


def _scenario(nodes: dict, start: str = "n0"):
    from trainer.content.schema import ScenarioFile

    text = {"zh": "好", "en": "ok"}
    return ScenarioFile.model_validate({"id": "made", "title": text, "summary": text,
                                        "competencies": ["communication"], "start": start, "nodes": nodes})


def _node(*choices, ending: str | None = None) -> dict:
    text = {"zh": "好", "en": "ok"}
    if ending:
        return {"speaker": "narrator", "text": text, "ending": {"rating": ending, "title": text, "debrief": text}}
    return {"speaker": "customer", "text": text,
            "choices": [{"id": c, "text": text, "next": nxt, "feedback": text, "score": {"communication": pts}}
                        for c, nxt, pts in choices]}


def test_a_scenario_longer_than_the_recursion_limit_can_be_played_to_its_best_ending():
    n = 5_000  # the loader accepts it; the look-ahead walks it without Python's recursion
    nodes = {f"n{i}": _node(("go", f"n{i + 1}", 1), ("stop", "bad", 0)) for i in range(n)}
    nodes[f"n{n}"] = _node(ending="excellent")
    nodes["bad"] = _node(ending="failed")
    run = ScenarioRun(_scenario(nodes))
    assert run.solver.value("n0", frozenset()) == (RATING_RANK["excellent"], n)
    for _ in range(3):
        choice = run.solver.best_choice(run.node_id, run.flags)
        assert choice == "go"
        run.choose(choice, seconds=1.0)


def test_the_look_ahead_never_takes_a_loop_for_the_best_way():
    nodes = {"n0": _node(("round", "n1", 5), ("on", "n2", 1)),
             "n1": _node(("back", "n0", 5), ("out", "poor", 0)),
             "n2": _node(("end", "good", 1)),
             "good": _node(ending="excellent"), "poor": _node(ending="acceptable")}
    run = ScenarioRun(_scenario(nodes))
    assert run.solver.best_choice("n0", frozenset()) == "on"  # the loop scores more but never ends well
    assert run.solver.value("n0", frozenset()) == (RATING_RANK["excellent"], 2)
    run.solver.value("n1", frozenset())  # an earlier look-ahead from elsewhere does not change the answer
    assert run.solver.best_choice("n0", frozenset()) == "on"


def test_weighing_a_choice_at_one_node_does_not_change_the_advice_at_another():
    """A way back through the node being weighed is a loop there, but a fine way elsewhere: the look-ahead
    keeps the two apart."""
    nodes = {"s": _node(("s1", "y", 0), ("s_good", "eg", 0)),
             "y": _node(("y1", "x", 0), ("y2", "ea", 0)),
             "x": _node(("x1", "s", 0), ("x2", "ef", 0)),
             "eg": _node(ending="excellent"), "ea": _node(ending="acceptable"), "ef": _node(ending="failed")}
    run = ScenarioRun(_scenario(nodes, start="s"))
    run.choose("s1", seconds=1.0)  # the look-ahead weighed s's choices first
    assert run.solver.best_choice("y", frozenset()) == "y1"  # y1 -> x1 -> s -> s_good: excellent
    assert ScenarioRun(_scenario(nodes, start="s")).solver.best_choice("y", frozenset()) == "y1"


@pytest.mark.parametrize("scenario_id", [s for s in SCENARIOS
                                         if any(n.reply for n in catalog().scenarios[s].nodes.values())])
def test_a_forbidden_phrase_typed_on_the_best_way_caps_the_rating_at_acceptable(scenario_id):
    run = ScenarioRun(catalog().scenarios[scenario_id], PhraseChecker.from_catalog(catalog()))
    typed = False
    while not run.finished:
        if run.node.reply is not None and not typed:
            step = run.reply(best_reply(run.node) + "，我不知道，这个不归我管", "zh", seconds=5.0)
            assert step.hits  # the checker finds it
            typed = True
        elif run.node.reply is not None:
            run.reply(best_reply(run.node), "zh", seconds=5.0)
        else:
            run.choose(run.solver.best_choice(run.node_id, run.flags), seconds=5.0)
    assert run.ending.rating == "excellent" and run.said_forbidden
    assert run.rating == "acceptable"
    assert play_best(scenario_id).rating == "excellent"  # without it, the best way stays excellent


def play_with(scenario_id: str, forced: dict[str, str]) -> ScenarioRun:
    """The best path, except at the nodes in `forced`, where the given choice is taken."""
    run = ScenarioRun(catalog().scenarios[scenario_id], PhraseChecker.from_catalog(catalog()))
    while not run.finished:
        if run.node.reply is not None:
            run.reply(best_reply(run.node), "zh", seconds=5.0)
        else:
            run.choose(forced.get(run.node_id) or run.solver.best_choice(run.node_id, run.flags), seconds=5.0)
    return run


# Where two sources require different things, a trainee who follows either is not failed; the best choice is the
# one both accept, and the feedback says what each requires.
CONFLICTING_RULES = [
    # door-to-door-service 4.4: 30 minutes / 4 hours ahead (工程师服务流程及规范) or 5-10 minutes before (Huawei checklist)
    ("missed-appointment", {"running_late": "call_at_955", "next_appointment": "call_wang_later"},
     {"running_late": "call_liu_now", "next_appointment": "call_wang_now"},
     ("5-10分钟", "《华为项目工程师现场服务规范检查Checklist》", "《工程师服务流程及规范》")),
    # work-style 1.7: decline and refer (工程师服务行为规范) or give the published price (Q/ZX 17.001 §3.3.7)
    ("price-competitor", {"maintenance_done": "public_price"}, {"maintenance_done": "refer_presales"},
     ("公开报价", "《用户服务人员行为规范》", "《工程师服务行为规范》")),
]


@pytest.mark.parametrize("scenario_id, followed, both_accept, named", CONFLICTING_RULES)
def test_following_either_of_two_conflicting_sources_is_not_failed(scenario_id, followed, both_accept, named):
    run = play_with(scenario_id, followed)
    assert run.ending.rating != "failed"
    for step in run.steps:
        if step.choice_id is not None and followed.get(step.node_id) == step.choice_id:
            assert all(v >= 0 for v in step.score.values()), (step.choice_id, step.score)
            assert not step.was_best
            feedback = step.feedback.get("zh")
            assert all(word in feedback for word in named) and "以本公司规定为准" in feedback
            assert "two codes" in step.feedback.get("en") or "codes differ" in step.feedback.get("en")
    for node_id, choice_id in both_accept.items():
        assert play_best(scenario_id).solver.best_choice(node_id, frozenset()) == choice_id
