"""Twine in and out: our scenarios come back from Twee 3 with nothing lost; a plain Twine story becomes a
skeleton that `trainer validate` accepts, with what is left to fill as warnings."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from trainer.content.twee import escape, export, parse
from trainer.content.twee_import import links, to_scenario

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED = sorted(p.stem for p in (CONTENT / "scenarios").glob("*.yaml"))


def trainer(*args, cwd=ROOT):
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "TRAINER_CONTENT_DIR": str(CONTENT)}
    return subprocess.run([sys.executable, "-m", "trainer", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=120)


def _without_pos(data):
    return {**data, "nodes": {k: {kk: vv for kk, vv in v.items() if kk != "pos"} for k, v in data["nodes"].items()}}


@pytest.mark.parametrize("scenario_id", SHIPPED)
def test_every_shipped_scenario_goes_out_to_twee_3_and_comes_back_the_same(scenario_id):
    original = yaml.safe_load((CONTENT / "scenarios" / f"{scenario_id}.yaml").read_text("utf-8"))
    original["nodes"][next(iter(original["nodes"]))]["pos"] = [40, 70]
    text = export(original)
    story = parse(text)
    assert story.warnings == []
    assert story.title == original["title"]["zh"]
    assert re.fullmatch(r"[0-9A-F-]{36}", story.data["ifid"]) and story.data["start"] == original["start"]
    first = story.passage(next(iter(original["nodes"])))
    assert first.meta["position"] == "40,70"
    assert all(f"->{c['next']}]]" in first.text for c in original["nodes"][first.name].get("choices", []))
    back, warnings = to_scenario(story, "ignored", "communication")
    assert warnings == []
    assert back == original


def test_the_command_round_trip_writes_a_folder_validate_accepts_with_the_scenarios_stats(tmp_path):
    for scenario_id in SHIPPED:
        out = tmp_path / f"{scenario_id}.twee"
        done = trainer("scenario", "export", scenario_id, "--out", str(out))
        assert done.returncode == 0, done.stderr
        done = trainer("scenario", "import", str(out), "--out", str(tmp_path / "back"))
        assert done.returncode == 0, done.stdout + done.stderr
        back = yaml.safe_load((tmp_path / "back" / "scenarios" / f"{scenario_id}.yaml").read_text("utf-8"))
        original = yaml.safe_load((CONTENT / "scenarios" / f"{scenario_id}.yaml").read_text("utf-8"))
        assert _without_pos(back) == original
        assert all("pos" in node for node in back["nodes"].values())
    report = trainer("validate", "--json", str(tmp_path / "back"))
    assert report.returncode == 0, report.stdout
    result = json.loads(report.stdout)
    assert result["errors"] == []
    assert [w for w in result["warnings"] if "/scenarios/" in w["path"] or "articles" in w["path"]] == []
    stats = {i["id"]: i["stats"] for i in result["items"] if i["kind"] == "scenario"}
    assert sorted(stats) == SHIPPED and stats["gift"]["nodes"] == 19


def test_a_plain_twine_story_becomes_a_skeleton_with_what_is_left_to_fill(tmp_path):
    done = trainer("scenario", "import", str(FIXTURES / "plain_story.twee"), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "a second passage named 'Listen' (kept the first)" in done.stdout
    data = yaml.safe_load((tmp_path / "scenarios" / "plain-story.yaml").read_text("utf-8"))
    assert data["title"]["zh"] == "The Broken Printer" and data["start"] == "start"
    start = data["nodes"]["start"]
    assert [(c["text"]["en"], c["next"]) for c in start["choices"]] == [
        ("Apologise", "listen"), ("Argue", "angry_customer"), ("Hang up", "hang_up")]
    assert start["pos"] == [100, 100] and data["nodes"]["listen"]["pos"] == [300, 100]
    assert "ending" in data["nodes"]["visit_booked"] and "ending" in data["nodes"]["hang_up"]
    assert not any("Helpers" in k or "notes" in k for k in data["nodes"])  # script and private passages left out
    report = json.loads(trainer("validate", "--json", str(tmp_path)).stdout)
    assert report["ok"] and report["errors"] == []
    said = [w["message"] for w in report["warnings"]]
    assert "nodes.visit_booked.ending.rating: no rating yet (excellent, acceptable or failed)" in said
    assert "nodes.start.choices[0].feedback: no feedback yet" in said
    assert any("no path scores on" in m for m in said)
    stats = next(i["stats"] for i in report["items"] if i["kind"] == "scenario")
    assert stats["nodes"] == 5 and stats["endings"] == 2
    text = trainer("validate", str(tmp_path)).stdout
    assert re.search(r"plain-story\.yaml:\d+: warning: nodes\.hang_up\.ending\.rating", text)


def test_a_broken_story_gives_warnings_never_a_crash(tmp_path):
    done = trainer("scenario", "import", str(FIXTURES / "broken_story.tw"), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    for said in ("StoryData is not a JSON object (discarded)", "is not a JSON object (discarded)",
                 "no start passage", "which the story does not have", "text before the first passage"):
        assert said in done.stdout
    assert json.loads(trainer("validate", "--json", str(tmp_path)).stdout)["ok"]
    again = trainer("scenario", "import", str(FIXTURES / "broken_story.tw"), "--out", str(tmp_path))
    assert again.returncode == 2 and "exists already" in again.stderr  # nothing replaced unasked
    (tmp_path / "bad.twee").write_bytes(b"\xff\xfe:: \x00bad")
    bad = trainer("scenario", "import", str(tmp_path / "bad.twee"), "--out", str(tmp_path / "x"))
    assert bad.returncode == 2 and "UTF-8" in bad.stderr and not (tmp_path / "x").exists()
    assert trainer("scenario", "export", "no-such", "--out", str(tmp_path / "n.twee")).returncode == 2


@pytest.mark.parametrize("text", ["", "::", ":: [a] {", ":: a\n[[", ":: a\n[[->]]", ":: a {\"position\": 5}\nx",
                                  ":: StoryData\n[1]", ":: a\n[[b|]]\n:: a\n", "\x00::a"])
def test_odd_input_never_raises(text):
    story = parse(text)
    data, _ = to_scenario(story, "odd", "communication")
    assert data["nodes"] and data["start"] in data["nodes"]


def test_escaped_names_and_link_forms():
    assert escape("a[b]{c}\\d") == "a\\[b\\]\\{c\\}\\\\d"
    story = parse(":: a\\[1\\] [t1 t2] {\"position\":\"5,6\"}\nhi\n\n\n")
    assert story.passages[0].name == "a[1]" and story.passages[0].tags == ["t1", "t2"]
    assert story.passages[0].text == "hi"
    assert links("[[go->x]] [[y<-back]] [[say|z]] [[w]] [[a->b->c]]") == [
        ("go", "x"), ("back", "y"), ("say", "z"), ("w", "w"), ("a->b", "c")]
