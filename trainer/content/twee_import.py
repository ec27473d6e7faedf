"""A Twee 3 story as one of our scenarios: ours back with nothing lost, a plain Twine story as a skeleton."""

from __future__ import annotations

import json
import re

from trainer.content.twee import _CODE_TAGS, _LINK, _SPECIAL, _STEP_DATA, DATA_PASSAGE, Passage, Story

_KEY = re.compile(r"^[a-z][a-z0-9]*([_-][a-z0-9]+)*$")  # a step id as the schema has it
SPEAKERS = ("customer", "trainee", "narrator", "colleague", "manager")


def slug(name: str, sep: str = "_") -> str:
    """A passage name as a step id (lower-case letters, digits and `sep`), '' when nothing of it is left."""
    text = re.sub(r"[^a-z0-9]+", sep, name.lower()).strip(sep)
    return re.sub(r"^[0-9" + re.escape(sep) + "]+", "", text)


def links(text: str) -> list[tuple[str, str]]:
    """(label, target) of each `[[...]]` link: label->target, target<-label, label|target, target."""
    found = []
    for raw in _LINK.findall(text):
        raw = raw.split("][", 1)[0]  # SugarCube's setter: [[label|target][$x to 1]]
        if "->" in raw:
            label, _, target = raw.rpartition("->")
        elif "<-" in raw:
            target, _, label = raw.partition("<-")
        elif "|" in raw:
            label, _, target = raw.partition("|")
        else:
            label = target = raw
        label, target = label.strip(), target.strip()
        if target:
            found.append((label or target, target))
    return found


def _text(value: str) -> dict:
    return {"zh": value, "en": value}


def _position(passage: Passage, warnings: list[str]) -> list[int] | None:
    raw = passage.meta.get("position")
    if raw is None:
        return None
    try:
        x, y = (int(float(v)) for v in str(raw).split(","))
        return [x, y]
    except ValueError:
        warnings.append(f"line {passage.line}: '{passage.name}' has a position that is not 'x,y' (laid out anew)")
        return None


def to_scenario(story: Story, scenario_id: str, competency: str) -> tuple[dict, list[str]]:
    """The scenario data (the mapping a YAML file holds) and the warnings met on the way."""
    warnings = list(story.warnings)
    head_passage = story.passage(DATA_PASSAGE)
    head = None
    if head_passage is not None:
        found = _STEP_DATA.search(head_passage.text)
        try:
            head = json.loads(found.group(1)) if found else None
        except ValueError:
            warnings.append(f"line {head_passage.line}: the {DATA_PASSAGE} data is not JSON (read as a plain story)")
    passages = [p for p in story.passages if p.name not in _SPECIAL and p.name != DATA_PASSAGE
                and not set(p.tags) & _CODE_TAGS]
    for p in story.passages:
        if set(p.tags) & _CODE_TAGS and p.name != DATA_PASSAGE:
            warnings.append(f"line {p.line}: '{p.name}' is {'/'.join(sorted(set(p.tags) & _CODE_TAGS))} "
                            "(not a step; left out)")
    ids: dict[str, str] = {}
    for i, p in enumerate(passages, 1):
        base = p.name if _KEY.match(p.name) else (slug(p.name) or f"passage_{i}")
        node_id, n = base, 2
        while node_id in ids.values():
            node_id, n = f"{base}_{n}", n + 1
        ids[p.name] = node_id
    names = {p.name for p in passages}
    start = str(story.data.get("start") or "")
    if start not in names:
        if start:
            warnings.append(f"StoryData names the start passage '{start}', which the story does not have")
        start = "Start" if "Start" in names else ""
        if not start and passages:
            start = passages[0].name
            warnings.append(f"no start passage (StoryData 'start' or a passage named Start): '{start}', the first, "
                            "is the start")
    nodes: dict[str, dict] = {}
    added: dict[str, str] = {}  # missing passage a link names -> the step made for it
    for p in passages:
        ours = _STEP_DATA.search(p.text) if head is not None else None
        node = None
        if ours:
            try:
                node = json.loads(ours.group(1))
            except ValueError:
                warnings.append(f"line {p.line}: the step data of '{p.name}' is not JSON (read as a plain passage)")
        if not isinstance(node, dict):
            node = _skeleton(p, ids, added, warnings)
        pos = _position(p, warnings)
        if pos is not None:
            node["pos"] = pos
        nodes[ids[p.name]] = node
    for target, node_id in added.items():
        nodes[node_id] = {"speaker": "narrator", "text": _text(target), "ending": {"title": _text(target)}}
    if not nodes:
        warnings.append("the story has no passages: a single step to start from")
        nodes["start"] = {"speaker": "narrator", "text": _text("（待写）"), "ending": {"title": _text("（待写）")}}
        start = "start"
    if head is not None and isinstance(head, dict):
        data = dict(head)
        data["nodes"] = nodes
        return data, warnings
    title = story.title or scenario_id
    data = {"id": scenario_id, "title": _text(title), "summary": _text(title), "competencies": [competency],
            "start": ids.get(start, start), "nodes": nodes}
    return data, warnings


def _skeleton(p: Passage, ids: dict[str, str], added: dict[str, str], warnings: list[str]) -> dict:
    body = _STEP_DATA.sub("", p.text)
    found = links(body)
    line = re.sub(r"\s+\n", "\n", _LINK.sub("", body)).strip() or p.name
    speaker = next((t for t in p.tags if t in SPEAKERS), "customer")
    node: dict = {"speaker": speaker, "text": _text(line)}
    if not found:
        node["ending"] = {"title": _text(p.name)}
        return node
    choices, used = [], set()
    for k, (label, target) in enumerate(found, 1):
        if target not in ids:
            if target not in added:
                made = slug(target) or f"missing_{len(added) + 1}"
                while made in ids.values() or made in added.values():
                    made += "_x"
                added[target] = made
                warnings.append(f"line {p.line}: '{p.name}' links to '{target}', which the story does not have "
                                f"(a step '{made}' was added to fill)")
            next_id = added[target]
        else:
            next_id = ids[target]
        choice_id = slug(label) or f"choice_{k}"
        while choice_id in used:
            choice_id += f"_{k}"
        used.add(choice_id)
        choices.append({"id": choice_id, "text": _text(label), "next": next_id})
    node["choices"] = choices
    return node
