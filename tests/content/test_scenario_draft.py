"""The scenario draft the map edits: findings with their place, edits whose references follow, the layout,
and the YAML written back."""

import shutil
from pathlib import Path

import yaml

from trainer.content.loader import load_catalog
from trainer.content.scenario_draft import ScenarioDraft, new_step
from trainer.content.scenario_layout import overlaps
from trainer.content.scenario_templates import TEMPLATES, from_template, generated

CONTENT = Path(__file__).resolve().parents[2] / "content"


def _small() -> ScenarioDraft:
    return ScenarioDraft({
        "id": "tiny", "title": {"zh": "小", "en": "Tiny"}, "summary": {"zh": "小", "en": "Tiny"},
        "competencies": ["communication"], "start": "a",
        "nodes": {
            "a": {"speaker": "customer", "text": {"zh": "你好", "en": "Hello"}, "choices": [
                {"id": "go", "text": {"zh": "去", "en": "Go"}, "next": "b", "score": {"communication": 1},
                 "feedback": {"zh": "好", "en": "Good"}}]},
            "b": {"speaker": "narrator", "text": {"zh": "完", "en": "End"},
                  "ending": {"rating": "excellent", "title": {"zh": "完", "en": "End"},
                             "debrief": {"zh": "好", "en": "Good"}}},
        }})


def kinds(draft):
    return sorted({(f.kind, f.node) for f in draft.findings()})


def test_a_clean_draft_has_no_findings_and_each_fault_is_found_at_its_step():
    d = _small()
    assert kinds(d) == []
    a = d.node("a")
    a["choices"].append({"id": "lost", "text": {"zh": "迷", "en": "Lost"}, "next": "nowhere",
                         "feedback": {"zh": "x", "en": "x"}})
    d.add_step("c", {"speaker": "customer", "text": {"zh": "孤", "en": "Alone"}})
    d.add_step("loop", {"speaker": "customer", "text": {"zh": "圈", "en": "Round"}, "choices": [
        {"id": "again", "text": {"zh": "再", "en": "Again"}, "next": "loop", "feedback": {"zh": "x", "en": "x"}}]})
    a["choices"].append({"id": "spin", "text": {"zh": "转", "en": "Spin"}, "next": "loop",
                         "feedback": {"zh": "x", "en": "x"}})
    a["choices"].append({"id": "gated", "text": {"zh": "门", "en": "Gate"}, "next": "secret",
                         "requires": ["vip"], "feedback": {"zh": "x", "en": "x"}})
    d.add_step("secret", {"speaker": "narrator", "text": {"zh": "秘", "en": "Secret"},
                          "ending": {"rating": "failed", "title": {"zh": "秘", "en": "Secret"}}})
    d.set_field("competencies", ["communication", "process"])
    found = kinds(d)
    assert ("dangling", "a") in found
    assert ("dead-end", "c") in found and ("unreachable", "c") in found
    assert ("loop", "loop") in found
    assert ("flag-never-set", "a") in found
    assert ("ending-unreached", "secret") in found
    assert ("unscored", None) in found
    assert ("to-fill", "secret") in found  # no debrief yet


def test_renaming_a_step_moves_every_reference_and_the_start():
    d = _small()
    d.node("b")["otherwise"] = "a"
    d.rename_step("a", "greet")
    assert d.start == "greet" and "a" not in d.nodes
    d.rename_step("b", "done")
    assert d.node("greet")["choices"][0]["next"] == "done"
    assert kinds(d) == [("schema", "done")] or all(f.kind != "dangling" for f in d.findings())
    assert d.references_to("done") == ["greet.choices[0]"]


def test_a_new_step_linked_by_a_choice_is_no_dead_end_and_deleting_it_leaves_a_dangling_link():
    d = _small()
    d.add_step("c", new_step())
    d.set_node("a", d.linked_choice("a", "c"))
    assert ("dangling", "a") not in kinds(d)
    index, node = d.remove_step("c")
    assert ("dangling", "a") in kinds(d)
    d.add_step("c", node, index)
    assert ("dangling", "a") not in kinds(d)


def test_layout_of_500_steps_has_no_overlapping_cards_and_positions_survive_the_file(tmp_path):
    d = ScenarioDraft(generated(500))
    d.layout()
    assert overlaps({n: d.pos(n) for n in d.nodes}) == []
    d.node("s3")["pos"] = [0, 0]  # a card dropped onto the start's
    d.node("s4").pop("pos")
    d.layout()
    assert d.pos("s4") not in {d.pos(n) for n in d.nodes if n != "s4"}
    again = ScenarioDraft.from_yaml(d.to_yaml())
    assert again.pos("s3") == (0, 0) and again.data == d.data


def test_shipped_scenarios_write_back_the_same_data_and_load_with_positions(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    for path in sorted((CONTENT / "scenarios").glob("*.yaml")):
        d = ScenarioDraft.from_yaml(path.read_text("utf-8"))
        assert ScenarioDraft.from_yaml(d.to_yaml()).data == yaml.safe_load(path.read_text("utf-8"))
        d.layout()
        (root / "scenarios" / path.name).write_text(d.to_yaml(), "utf-8")
    result = load_catalog(root)
    assert result.problems == [] and result.warnings == []
    gift = result.catalog.scenarios["gift"]
    assert all(node.pos is not None for node in gift.nodes.values())


def test_templates_keep_the_shape_and_list_what_is_left_to_write():
    for name in TEMPLATES:
        data = from_template(CONTENT, name, "new-one", {"zh": "新", "en": "New"})
        d = ScenarioDraft(data)
        found = d.findings()
        assert [f for f in found if f.severity == "error"] == []
        assert any(f.kind == "to-fill" for f in found)
        assert d.stats()["nodes"] == len(yaml.safe_load((CONTENT / "scenarios" / f"{name}.yaml").read_text())["nodes"])
