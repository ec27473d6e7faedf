"""Scenario validation: each class of graph error is named by file and line; stats give the score range."""

from __future__ import annotations

import pytest
import yaml

from trainer.content.loader import load_catalog

SCENARIO = {
    "id": "data-risk",
    "title": {"zh": "有数据风险的维修", "en": "The data-risk repair"},
    "summary": {"zh": "格式化之前", "en": "Before formatting"},
    "competencies": ["communication", "data-safety"],
    "start": "arrive",
    "nodes": {
        "arrive": {
            "speaker": "customer",
            "text": {"zh": "电脑坏了，里面有重要资料。", "en": "My PC is broken and has important files."},
            "choices": [
                {"id": "backup", "text": {"zh": "先备份", "en": "Back up first"}, "next": "sign",
                 "feedback": {"zh": "对", "en": "Right"}, "score": {"data-safety": 2},
                 "refs": ["phone-conduct:1.1"], "sets": ["backup_done"]},
                {"id": "format", "text": {"zh": "直接格式化", "en": "Format now"}, "next": "fixed",
                 "feedback": {"zh": "错", "en": "Wrong"}, "requires": ["backup_done"], "otherwise": "disaster"},
            ],
        },
        "sign": {
            "speaker": "trainee",
            "text": {"zh": "请您签字确认。", "en": "Please sign to confirm."},
            "timer": 20,
            "on_timeout": "wait",
            "choices": [
                {"id": "explain", "text": {"zh": "说明后果", "en": "Explain"}, "next": "fixed",
                 "feedback": {"zh": "好", "en": "Good"}, "score": {"communication": 1, "data-safety": 1}},
                {"id": "wait", "text": {"zh": "沉默", "en": "Silence"}, "next": "fixed",
                 "feedback": {"zh": "不好", "en": "Not good"}, "score": {"communication": -1}},
            ],
        },
        "fixed": {"speaker": "narrator", "text": {"zh": "修好了", "en": "Fixed"},
                  "ending": {"rating": "excellent", "title": {"zh": "好", "en": "Good"},
                             "debrief": {"zh": "数据安全", "en": "Data safe"}}},
        "disaster": {"speaker": "narrator", "text": {"zh": "数据丢了", "en": "Data lost"},
                     "ending": {"rating": "failed", "title": {"zh": "事故", "en": "Disaster"},
                                "debrief": {"zh": "先备份", "en": "Back up first"}}},
    },
}


def write(content, data, name="data-risk.yaml"):
    (content / "scenarios" / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                              encoding="utf-8")


def problems(content):
    return [str(p) for p in load_catalog(content).problems]


def line_of(content, needle, name="data-risk.yaml"):
    lines = (content / "scenarios" / name).read_text(encoding="utf-8").split("\n")
    return next(i + 1 for i, line in enumerate(lines) if needle in line)


@pytest.fixture
def scenario():
    import copy

    return copy.deepcopy(SCENARIO)


def test_valid_scenario_loads_with_stats(content, scenario):
    write(content, scenario)
    result = load_catalog(content)
    assert result.problems == []
    assert "data-risk" in result.catalog.scenarios
    [item] = [i for i in result.items if i["kind"] == "scenario"]
    assert item["stats"] == {
        "nodes": 4, "endings": 2, "reachable_nodes": 4,
        # best: backup (+2 data) then explain (+1 comm, +1 data); worst comm: backup then silence
        "score": {"communication": {"min": -1, "max": 1}, "data-safety": {"min": 0, "max": 3}},
    }


def test_unknown_next_target_suggests_the_name(content, scenario):
    scenario["nodes"]["sign"]["choices"][0]["next"] = "fxed"
    write(content, scenario)
    line = line_of(content, "next: fxed")
    assert f"content/scenarios/data-risk.yaml:{line}: nodes.sign.choices[0].next: unknown node 'fxed' " \
           "(did you mean 'fixed'?)" in problems(content)


def test_unreachable_node(content, scenario):
    scenario["nodes"]["orphan"] = {"speaker": "narrator", "text": {"zh": "无", "en": "None"},
                                   "ending": SCENARIO["nodes"]["fixed"]["ending"]}
    write(content, scenario)
    assert f"content/scenarios/data-risk.yaml:{line_of(content, 'orphan:')}: nodes.orphan: unreachable from the " \
           "start node 'arrive'" in problems(content)


def test_dead_end(content, scenario):
    del scenario["nodes"]["fixed"]["ending"]
    write(content, scenario)
    found = problems(content)
    assert f"content/scenarios/data-risk.yaml:{line_of(content, 'fixed:')}: nodes.fixed: dead end: the node has " \
           "no choices, no reply and is not an ending" in found


def test_loop_with_no_way_out(content, scenario):
    scenario["nodes"]["sign"]["choices"][0]["next"] = "arrive"
    scenario["nodes"]["sign"]["choices"][1]["next"] = "sign"
    scenario["nodes"]["arrive"]["choices"][1]["next"] = "sign"
    scenario["nodes"]["arrive"]["choices"][1]["otherwise"] = "arrive"
    write(content, scenario)
    found = problems(content)
    assert any("nodes.sign: a loop with no way out" in m for m in found)
    assert any("nodes.arrive: a loop with no way out" in m for m in found)


def test_scenario_without_an_ending(content, scenario):
    for node in ("fixed", "disaster"):
        scenario["nodes"][node] = {"speaker": "narrator", "text": {"zh": "再来", "en": "Again"},
                                   "choices": [{"id": "again", "text": {"zh": "再来", "en": "Again"}, "next": "arrive",
                                                "feedback": {"zh": "再来", "en": "Again"}}]}
    write(content, scenario)
    assert problems(content) == [
        f"content/scenarios/data-risk.yaml:{line_of(content, 'nodes:')}: the scenario has no ending (a node with "
        "'ending:')"]


def test_flag_required_but_never_set(content, scenario):
    scenario["nodes"]["arrive"]["choices"][1]["requires"] = ["consent_signed"]
    write(content, scenario)
    assert f"content/scenarios/data-risk.yaml:{line_of(content, 'requires:')}: nodes.arrive.choices[1].requires: " \
           "flag 'consent_signed' is never set" in problems(content)


def test_unknown_clause_and_article_references(content, scenario):
    scenario["nodes"]["arrive"]["choices"][0]["refs"] = ["phone-conduct:9.9", "no-such-article:1.1"]
    write(content, scenario)
    found = problems(content)
    assert any(m.endswith("nodes.arrive.choices[0].refs[0]: unknown clause 'phone-conduct:9.9'") for m in found)
    assert any(m.endswith("nodes.arrive.choices[0].refs[1]: unknown clause 'no-such-article:1.1'") for m in found)


def test_duplicate_ids(content, scenario):
    scenario["nodes"]["sign"]["choices"][1]["id"] = "explain"
    write(content, scenario)
    write(content, {**SCENARIO}, name="copy.yaml")
    found = problems(content)
    assert any(m.endswith("nodes.sign.choices[1].id: duplicate choice id 'explain' in node 'sign'") for m in found)
    assert any("copy.yaml:1: id 'data-risk' does not match the file name 'copy.yaml'" in m for m in found)
    assert "content/scenarios/data-risk.yaml:1: duplicate scenario id 'data-risk' (first at " \
           "content/scenarios/copy.yaml:1)" in found


def test_duplicate_node_id_is_a_duplicate_yaml_key(content, scenario):
    write(content, scenario)
    path = content / "scenarios" / "data-risk.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "  fixed:\n    speaker: narrator\n", encoding="utf-8")
    found = problems(content)
    assert any("duplicate key 'fixed'" in m for m in found)


def test_timer_needs_a_timeout_choice_and_scores_need_known_competencies(content, scenario):
    scenario["nodes"]["sign"]["on_timeout"] = "hang-up"
    scenario["nodes"]["sign"]["choices"][0]["score"] = {"etiquette": 1}
    write(content, scenario)
    found = problems(content)
    assert any(m.endswith("nodes.sign.on_timeout: no choice 'hang-up' in this node") for m in found)
    assert any(m.endswith("nodes.sign.choices[0].score: unknown competency 'etiquette'") for m in found)


def test_schema_errors_in_a_scenario(content, scenario):
    scenario["nodes"]["arrive"]["speaker"] = "robot"
    scenario["nodes"]["fixed"]["ending"]["rating"] = "great"
    write(content, scenario)
    found = problems(content)
    assert any(m.startswith(f"content/scenarios/data-risk.yaml:{line_of(content, 'speaker: robot')}: "
                            "nodes.arrive.speaker: ") for m in found)
    assert any("nodes.fixed.ending.rating: " in m for m in found)


def test_free_text_reply_counts_in_the_score_range(content, scenario):
    scenario["nodes"]["sign"] = {
        "speaker": "customer", "text": {"zh": "为什么要签字？", "en": "Why sign?"},
        "reply": {"prompt": {"zh": "请解释", "en": "Explain"}, "next": "fixed",
                  "feedback": {"zh": "说明后果并请客户签字", "en": "Explain and ask for a signature"},
                  "forbidden_penalty": {"communication": -3},
                  "expect": [{"id": "consequence", "label": {"zh": "说明后果", "en": "consequence"},
                              "patterns": {"zh": ["数据", "丢失"], "en": ["data", "lost"]},
                              "score": {"data-safety": 2, "communication": 1}}]},
    }
    write(content, scenario)
    result = load_catalog(content)
    assert result.problems == []
    [item] = [i for i in result.items if i["kind"] == "scenario"]
    assert item["stats"]["score"] == {"communication": {"min": -3, "max": 1}, "data-safety": {"min": 0, "max": 4}}
