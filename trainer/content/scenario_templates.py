"""Scenarios to start from: the shape of a shipped role-play with its words left to write, and a large generated
one (for the map's speed figures)."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

# the shipped role-plays whose shapes a new scenario may take (the issue names these three)
TEMPLATES = ("upset-customer", "missed-appointment", "data-risk-repair")


def _blank(text: dict, what_zh: str, what_en: str) -> dict:
    return {"zh": f"（待写：{what_zh}）", "en": f"(to write: {what_en})"}


def from_template(content_dir: Path, template: str, new_id: str, title: dict) -> dict:
    """A new scenario with the steps, choices, flags, timers, scores and ratings of a shipped one, and every
    line, choice text, feedback and debrief left to write (their placeholders and missing feedback are the
    map's findings until written)."""
    if template not in TEMPLATES:
        raise ValueError(f"no template '{template}'")
    data = yaml.safe_load((content_dir / "scenarios" / f"{template}.yaml").read_text(encoding="utf-8"))
    nodes = {}
    for node_id, node in data["nodes"].items():
        node = copy.deepcopy(node)
        node["text"] = _blank(node["text"], f"{node_id} 这一步的台词", f"the line of {node_id}")
        for choice in node.get("choices") or ():
            choice["text"] = _blank(choice["text"], f"选项 {choice['id']}", f"choice {choice['id']}")
            choice.pop("feedback", None)
            choice.pop("refs", None)
        if "reply" in node:
            reply = node["reply"]
            reply["prompt"] = _blank(reply["prompt"], "提示", "the prompt")
            reply.pop("feedback", None)
            reply.pop("refs", None)
        if "ending" in node:
            node["ending"]["title"] = _blank(node["ending"]["title"], "结局标题", "the ending's title")
            node["ending"].pop("debrief", None)
        nodes[node_id] = node
    return {"id": new_id, "title": title, "summary": {"zh": "（待写：简介）", "en": "(to write: the summary)"},
            "competencies": list(data["competencies"]), "start": data["start"], "nodes": nodes}


def generated(steps: int, competencies: tuple[str, ...] = ("communication", "process")) -> dict:
    """A scenario of `steps` steps: a main road with two or three choices at each step, some leading back a
    few steps, a flag set early and required late, and an ending every tenth step."""
    nodes: dict[str, dict] = {}
    for i in range(steps):
        node_id = f"s{i}"
        text = {"zh": f"第 {i} 步：客户说了一句话，需要你回应。", "en": f"Step {i}: the customer says something."}
        if i == steps - 1 or (i % 10 == 9):
            rating = ("excellent", "acceptable", "failed")[i % 3]
            nodes[node_id] = {"speaker": "narrator", "text": text,
                              "ending": {"rating": rating, "title": {"zh": f"结局 {i}", "en": f"Ending {i}"},
                                         "debrief": {"zh": "讲评。", "en": "Debrief."}}}
            continue
        nxt = f"s{i + 1}"
        choices = [{"id": "good", "text": {"zh": "好的回应", "en": "A good reply"}, "next": nxt,
                    "score": {competencies[i % len(competencies)]: 1},
                    "feedback": {"zh": "很好。", "en": "Good."}}]
        jump = i + 2 if i + 2 < steps else steps - 1
        choices.append({"id": "skip", "text": {"zh": "跳过一步", "en": "Skip ahead"}, "next": f"s{jump}",
                        "score": {competencies[0]: -1}, "feedback": {"zh": "不妥。", "en": "Not quite."}})
        if i % 7 == 3 and i >= 5:
            choices.append({"id": "back", "text": {"zh": "回到前面", "en": "Go back"}, "next": f"s{i - 3}",
                            "feedback": {"zh": "绕回去了。", "en": "Back again."}})
        if i == 1:
            choices[0]["sets"] = ["noted"]
        nodes[node_id] = {"speaker": "customer" if i % 2 == 0 else "colleague", "text": text, "choices": choices}
    return {"id": "generated", "title": {"zh": f"{steps} 步的情景", "en": f"A {steps}-step scenario"},
            "summary": {"zh": "生成的大情景。", "en": "A generated large scenario."},
            "competencies": list(competencies), "start": "s0", "nodes": nodes}

