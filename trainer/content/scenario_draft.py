"""A scenario being edited: plain data (the mapping its YAML file holds), the edits the scenario map makes,
the checker's findings with their place, and the YAML written back. No Qt: the map renders it, QUndoCommands
call its edits, tests and scripts use it alone."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import yaml

from trainer.content.scenario_check import Finding, ScenarioChecker, check_needs, stats
from trainer.content.scenario_layout import CARD_W, GAP_X, free_spot, layered

SPEAKERS = ("customer", "trainee", "narrator", "colleague", "manager")
RATINGS = ("excellent", "acceptable", "failed")


@dataclass(frozen=True)
class Arrow:
    """A way from one step to another as the map draws it."""

    source: str
    target: str
    kind: str  # choice | otherwise | reply | enter-otherwise (the step's own `requires`/`otherwise`)
    index: int  # the choice's index (kind choice/otherwise), else 0
    label: dict  # {zh, en}: the choice's text, or empty
    score: dict  # competency -> delta
    requires: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()


class _NoLines:
    """The checker names lines for files; a draft's findings carry their key path instead."""

    def line_of(self, loc: tuple) -> int:
        return 0


def _text(node_text: Any, lang: str) -> str:
    return node_text.get(lang, "") if isinstance(node_text, dict) else ""


class ScenarioDraft:
    def __init__(self, data: dict) -> None:
        self.data = data
        self.data.setdefault("nodes", {})
        self.listeners: list[Callable[[set[str]], None]] = []  # told the step ids an edit changed
        self.revision = 0
        self.competencies: set[str] | None = None  # the catalog's, when known: scores are checked against them
        self.has_clause: Callable[[str], bool] | None = None

    # -- reading -------------------------------------------------------------------------------------

    @classmethod
    def from_yaml(cls, text: str) -> ScenarioDraft:
        data = yaml.safe_load(text)
        if not isinstance(data, dict):
            raise ValueError("a scenario file holds a mapping of keys")
        return cls(data)

    @classmethod
    def from_scenario(cls, scenario) -> ScenarioDraft:
        return cls(scenario.model_dump(mode="json", exclude_defaults=True))

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    @property
    def start(self) -> str:
        return str(self.data.get("start", ""))

    @property
    def nodes(self) -> dict[str, dict]:
        return self.data["nodes"]

    def node(self, node_id: str) -> dict:
        return self.nodes[node_id]

    def kind_of(self, node_id: str) -> str:
        node = self.nodes[node_id]
        if "ending" in node:
            return "ending"
        if "reply" in node:
            return "reply"
        return "timed" if node.get("timer") else "choices"

    def pos(self, node_id: str) -> tuple[int, int] | None:
        pos = self.nodes[node_id].get("pos")
        return (int(pos[0]), int(pos[1])) if isinstance(pos, (list, tuple)) and len(pos) == 2 else None

    def arrows(self, node_id: str) -> list[Arrow]:
        node = self.nodes.get(node_id) or {}
        out = []
        for i, choice in enumerate(node.get("choices") or []):
            if not isinstance(choice, dict):
                continue
            label = choice.get("text") if isinstance(choice.get("text"), dict) else {}
            req, sets = tuple(choice.get("requires") or ()), tuple(choice.get("sets") or ())
            if choice.get("next"):
                out.append(Arrow(node_id, str(choice["next"]), "choice", i, label, dict(choice.get("score") or {}),
                                 req, sets))
            if choice.get("otherwise"):
                out.append(Arrow(node_id, str(choice["otherwise"]), "otherwise", i, label, {}, req))
        reply = node.get("reply")
        if isinstance(reply, dict) and reply.get("next"):
            score: dict[str, int] = {}
            for expect in reply.get("expect") or []:
                for comp, value in (expect.get("score") or {}).items():
                    score[comp] = score.get(comp, 0) + max(int(value), 0)
            out.append(Arrow(node_id, str(reply["next"]), "reply", 0, {}, score, (), tuple(reply.get("sets") or ())))
        if node.get("otherwise"):
            out.append(Arrow(node_id, str(node["otherwise"]), "enter-otherwise", 0, {}, {},
                             tuple(node.get("requires") or ())))
        return out

    def all_arrows(self) -> list[Arrow]:
        return [a for n in self.nodes for a in self.arrows(n)]

    def references_to(self, node_id: str) -> list[str]:
        """What points at a step, in words fit for "Delete?" (`start`, `ask_name.choices[1]` ...)."""
        found = ["start"] if self.start == node_id else []
        for arrow in self.all_arrows():
            if arrow.target == node_id and arrow.source != node_id:
                where = {"choice": f"choices[{arrow.index}]", "otherwise": f"choices[{arrow.index}].otherwise",
                         "reply": "reply", "enter-otherwise": "otherwise"}[arrow.kind]
                found.append(f"{arrow.source}.{where}")
        return found

    def flags(self) -> list[str]:
        """Every flag the scenario sets or requires, for "Play from here"."""
        names: set[str] = set()
        for node in self.nodes.values():
            names.update(node.get("requires") or ())
            for choice in node.get("choices") or ():
                names.update(choice.get("sets") or ())
                names.update(choice.get("requires") or ())
            if isinstance(node.get("reply"), dict):
                names.update(node["reply"].get("sets") or ())
        return sorted(names)

    def find(self, words: str, lang: str) -> list[str]:
        """Steps whose id, line or choices hold `words` (case-insensitive), in file order."""
        needle = words.strip().lower()
        if not needle:
            return []
        hits = []
        for node_id, node in self.nodes.items():
            texts = [node_id, _text(node.get("text"), "zh"), _text(node.get("text"), "en")]
            texts += [_text(c.get("text"), lang) for c in node.get("choices") or () if isinstance(c, dict)]
            texts += [_text(c.get("text"), "zh" if lang == "en" else "en") for c in node.get("choices") or ()
                      if isinstance(c, dict)]
            if any(needle in t.lower() for t in texts):
                hits.append(node_id)
        return hits

    def new_id(self, stem: str = "step") -> str:
        n = len(self.nodes) + 1
        while f"{stem}_{n}" in self.nodes:
            n += 1
        return f"{stem}_{n}"

    # -- edits (each tells the listeners which steps it changed) -----------------------------------------

    def _changed(self, ids: Iterable[str]) -> None:
        self.revision += 1
        changed = set(ids)
        for listener in list(self.listeners):
            listener(changed)

    def add_step(self, node_id: str, node: dict, index: int | None = None) -> None:
        if node_id in self.nodes:
            raise ValueError(f"a step '{node_id}' exists already")
        items = list(self.nodes.items())
        items.insert(len(items) if index is None else index, (node_id, node))
        self.data["nodes"] = dict(items)
        self._changed({node_id})

    def remove_step(self, node_id: str) -> tuple[int, dict]:
        """Takes the step out (what pointed at it now points nowhere: the map draws that red). Returns its place
        and data, for undo."""
        index = list(self.nodes).index(node_id)
        node = self.nodes.pop(node_id)
        self._changed({node_id} | {a.source for a in self.all_arrows() if a.target == node_id})
        return index, node

    def set_node(self, node_id: str, node: dict) -> dict:
        old = self.nodes[node_id]
        self.nodes[node_id] = node
        self._changed({node_id})
        return old

    def set_field(self, key: str, value: Any) -> Any:
        """A scenario-level field (title, summary, competencies, start); None removes it."""
        old = self.data.get(key)
        if value is None:
            self.data.pop(key, None)
        else:
            self.data[key] = value
        self._changed(set(self.nodes) if key == "start" else set())
        return old

    def set_pos(self, node_id: str, pos: tuple[int, int] | None) -> tuple[int, int] | None:
        old = self.pos(node_id)
        node = {k: v for k, v in self.nodes[node_id].items() if k != "pos"}  # a new mapping: see snapshot
        if pos is not None:
            node["pos"] = [int(pos[0]), int(pos[1])]
        self.nodes[node_id] = node
        self._changed({node_id})
        return old

    def rename_step(self, old: str, new: str) -> None:
        """A new id for a step; the start, every choice, reply and `otherwise` that named it follow."""
        if new in self.nodes:
            raise ValueError(f"a step '{new}' exists already")
        self.data["nodes"] = {(new if k == old else k): v for k, v in self.nodes.items()}
        touched = {old, new}
        if self.data.get("start") == old:
            self.data["start"] = new
        for node_id, node in list(self.nodes.items()):
            if old not in (a.target for a in self.arrows(node_id)):
                continue
            node = self.nodes[node_id] = copy.deepcopy(node)  # never changed in place (see snapshot)
            touched.add(node_id)
            if node.get("otherwise") == old:
                node["otherwise"] = new
            for choice in node.get("choices") or ():
                for key in ("next", "otherwise"):
                    if choice.get(key) == old:
                        choice[key] = new
            if isinstance(node.get("reply"), dict) and node["reply"].get("next") == old:
                node["reply"]["next"] = new
        self._changed(touched)

    def linked_choice(self, source: str, target: str, lang_text: dict | None = None) -> dict:
        """The source step's data with one more choice, leading to `target` (what a drag onto a step makes)."""
        node = copy.deepcopy(self.nodes[source])
        if "reply" in node:  # a typed reply has one way on: the drag moves it
            node["reply"]["next"] = target
            return node
        if "ending" in node:  # an ending that leads on is no longer one
            node.pop("ending")
        choices = node.setdefault("choices", [])
        taken = {c.get("id") for c in choices}
        n = len(choices) + 1
        while f"choice_{n}" in taken:
            n += 1
        choices.append({"id": f"choice_{n}", "text": lang_text or {"zh": f"选项 {n}", "en": f"Choice {n}"},
                        "next": target})
        return node

    # -- checking ------------------------------------------------------------------------------------

    def snapshot(self) -> ScenarioDraft:
        """The draft as it stands, for a check in another thread while editing goes on: the edits replace a
        step's mapping rather than change it in place, so a copy of the top two levels is enough."""
        copy_ = ScenarioDraft({**self.data, "nodes": dict(self.nodes)})
        copy_.competencies, copy_.has_clause, copy_.revision = self.competencies, self.has_clause, self.revision
        return copy_

    def findings(self) -> list[Finding]:
        """The checker's findings on the draft as it stands, each with its place (node, field)."""
        from pydantic import ValidationError

        from trainer.content.schema import ScenarioFile

        try:
            scenario = ScenarioFile.model_validate(self.data)
        except ValidationError as exc:
            from trainer.content.problems import _message, key_path

            return [Finding("schema", "error", tuple(e["loc"]), f"{key_path(tuple(e['loc']))}: {_message(e)}")
                    for e in exc.errors()]
        checker = ScenarioChecker(scenario, _NoLines(), self.id)
        checker.check()
        found = list(checker.findings)
        if self.competencies is not None:
            for kind, loc, value in checker.needs:
                missing = check_needs([(kind, loc, value)], _NoLines(), self.id, self.competencies,
                                      self.has_clause or (lambda ref: True))
                found += [Finding("reference", "error", loc, p.message) for p in missing]
        return found

    def scenario(self):
        """The draft as a ScenarioFile (for the player), or None while it does not pass the schema."""
        from pydantic import ValidationError

        from trainer.content.schema import ScenarioFile

        try:
            return ScenarioFile.model_validate(self.data)
        except ValidationError:
            return None

    def stats(self) -> dict | None:
        scenario = self.scenario()
        return stats(scenario) if scenario is not None else None

    # -- layout and writing ----------------------------------------------------------------------------

    def layout(self, force: bool = False) -> set[str]:
        """Gives every step without a position one (all of them with `force`), clear of the other cards.
        Changes the data without telling the listeners: done on opening, before the map is drawn."""
        out = {n: [a.target for a in self.arrows(n)] for n in self.nodes}
        want = layered(self.start, list(self.nodes), out)
        missing = [n for n in self.nodes if force or self.pos(n) is None]
        if len(missing) == len(self.nodes):
            for n in missing:
                self.nodes[n]["pos"] = list(want[n])
            return set(missing)
        taken = [self.pos(n) for n in self.nodes if n not in missing]
        right = max(x for x, _ in taken) + CARD_W + GAP_X
        for n in missing:
            spot = free_spot((right + want[n][0], want[n][1]), taken)
            self.nodes[n]["pos"] = list(spot)
            taken.append(spot)
        return set(missing)

    def spot_near(self, x: float, y: float) -> tuple[int, int]:
        taken = [p for p in (self.pos(n) for n in self.nodes) if p is not None]
        return free_spot((int(x), int(y)), taken)

    def to_yaml(self) -> str:
        return dump_yaml(self.data)


def new_step(speaker: str = "customer", text: dict | None = None) -> dict:
    """A step just made on the map: a line to write, and no way on yet (a dead end until it is linked on or
    made an ending: the map shows that as a finding)."""
    return {"speaker": speaker, "text": text or {"zh": "（待写）", "en": "(to write)"}}


class _Dumper(yaml.SafeDumper):
    pass


def _represent_dict(dumper: yaml.SafeDumper, data: dict):
    # a short mapping of plain values ({zh, en}, scores, a choice's few keys) on one line, as authors write them
    flow = all(not isinstance(v, (dict, list)) for v in data.values()) and len(data) <= 4
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


def _represent_list(dumper: yaml.SafeDumper, data: list):
    flow = all(not isinstance(v, (dict, list)) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(tuple, _represent_list)


def dump_yaml(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100_000)

