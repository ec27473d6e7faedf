"""Twee 3 (the text form of a Twine 2 story) in and out, as pure functions.

Out: StoryTitle, StoryData (with an IFID), one passage per step with tags (the speaker and the step's kind) and
its card's position, the line, and `[[label->target]]` links; the step's own data rides along in an HTML comment
(`<!--trainer {...}-->`, hidden by Twine's story formats), and the scenario's in a `TrainerScenario` passage, so
our import reads it back with nothing lost.

In: a story of ours comes back as it went out; a plain Twine story becomes a skeleton (passages → steps, links →
choices, passages without links → endings, positions kept) with the list of what is left to fill. Bad input
(escapes, duplicate names, no start passage, bad StoryData or metadata JSON) gives warnings, never an exception.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field

DATA_PASSAGE = "TrainerScenario"
_STEP_DATA = re.compile(r"<!--trainer (\{.*?\})-->", re.S)
_LINK = re.compile(r"\[\[(.+?)\]\]", re.S)
_SPECIAL = {"StoryTitle", "StoryData", "StoryInit", "StoryMenu", "StoryCaption", "StoryBanner", "StoryAuthor",
            "StorySubtitle", "StoryShare", "PassageReady", "PassageDone", "PassageHeader", "PassageFooter"}
_CODE_TAGS = {"script", "stylesheet", "widget", "Twine.private", "annotation"}
_IFID_NS = uuid.UUID("6f1c1d9c-9e1a-4c53-8b1c-7d5a7f3c2e10")  # our IFIDs: the same scenario id, the same IFID


@dataclass
class Passage:
    name: str
    tags: list[str]
    meta: dict
    text: str
    line: int  # of its header, for warnings


@dataclass
class Story:
    title: str = ""
    data: dict = field(default_factory=dict)
    passages: list[Passage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def passage(self, name: str) -> Passage | None:
        return next((p for p in self.passages if p.name == name), None)


# -- the header's escapes -----------------------------------------------------------------------------------


def escape(name: str) -> str:
    return re.sub(r"([\\\[\]{}])", r"\\\1", name)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _split_header(header: str) -> tuple[str, str | None, str | None]:
    """name, tag block, metadata block of a header (after '::'); metacharacters escaped with '\\' are the
    name's own."""
    i, n, name = 0, len(header), []
    while i < n and header[i] not in "[{":
        if header[i] == "\\" and i + 1 < n:
            name.append(header[i:i + 2])
            i += 2
            continue
        name.append(header[i])
        i += 1
    rest = header[i:].strip()
    tags = meta = None
    if rest.startswith("["):
        end = rest.find("]")
        if end < 0:
            tags, rest = rest[1:], ""
        else:
            tags, rest = rest[1:end], rest[end + 1:].strip()
    if rest.startswith("{"):
        meta = rest
    return _unescape("".join(name).strip()), tags, meta


def parse(text: str) -> Story:
    story = Story()
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    current: Passage | None = None
    body: list[str] = []
    seen: set[str] = set()

    def close() -> None:
        if current is None:
            return
        current.text = "\n".join(body).rstrip("\n")  # trailing blank lines are not the passage's
        if current.name in seen:
            story.warnings.append(f"line {current.line}: a second passage named '{current.name}' (kept the first)")
        else:
            seen.add(current.name)
            story.passages.append(current)

    for number, line in enumerate(text.split("\n"), 1):
        if line.startswith("::"):
            close()
            name, tags, meta_text = _split_header(line[2:])
            meta: dict = {}
            if meta_text is not None:
                try:
                    meta = json.loads(meta_text)
                    if not isinstance(meta, dict):
                        raise ValueError
                except ValueError:
                    story.warnings.append(f"line {number}: the metadata of '{name}' is not a JSON object "
                                          "(discarded)")
                    meta = {}
            if not name:
                story.warnings.append(f"line {number}: a passage without a name (skipped)")
                current, body = None, []
                continue
            current, body = Passage(name, (tags or "").split(), meta, "", number), []
        elif current is not None:
            body.append(line)
        elif line.strip():
            story.warnings.append(f"line {number}: text before the first passage (ignored)")
    close()
    title = story.passage("StoryTitle")
    story.title = title.text.strip() if title else ""
    data = story.passage("StoryData")
    if data is not None:
        try:
            story.data = json.loads(data.text)
            if not isinstance(story.data, dict):
                raise ValueError
        except ValueError:
            story.warnings.append(f"line {data.line}: StoryData is not a JSON object (discarded)")
            story.data = {}
    if not story.data.get("ifid"):
        story.warnings.append("StoryData has no ifid")
    return story


# -- out ------------------------------------------------------------------------------------------------------


def ifid(scenario_id: str) -> str:
    return str(uuid.uuid5(_IFID_NS, scenario_id)).upper()


def _comment(data) -> str:
    # `-->` cannot occur inside the comment: JSON may write '>' as \u003e
    return "<!--trainer " + json.dumps(data, ensure_ascii=False).replace(">", "\\u003e") + "-->"


def _label(text: str) -> str:
    """A link label cannot hold the link's own markup."""
    return re.sub(r"\s+", " ", text.replace("]]", "] ]").replace("->", "→").replace("<-", "←").replace("|", "｜"))


def export(data: dict) -> str:
    """A scenario (the mapping of its YAML file) as Twee 3."""
    nodes = data.get("nodes") or {}
    head = {k: v for k, v in data.items() if k != "nodes"}
    story_data = {"ifid": ifid(str(data.get("id", ""))), "format": "Harlowe", "format-version": "3.3.9",
                  "start": str(data.get("start", "")), "tag-colors": {"ending": "green", "reply": "blue",
                                                                        "timed": "orange"}}
    title = data.get("title", {})
    out = [f":: StoryTitle\n{title.get('zh', '') if isinstance(title, dict) else title}\n",
           ":: StoryData\n" + json.dumps(story_data, ensure_ascii=False, indent=2) + "\n",
           f":: {DATA_PASSAGE} [Twine.private]\n{_comment(head)}\n"]
    for node_id, node in nodes.items():
        kind = "ending" if "ending" in node else "reply" if "reply" in node else \
            "timed" if node.get("timer") else "choices"
        tags = [str(node.get("speaker", "")), kind]
        meta = {"size": "100,100"}
        pos = node.get("pos")
        if isinstance(pos, (list, tuple)) and len(pos) == 2:
            meta["position"] = f"{pos[0]},{pos[1]}"
        lines = [str((node.get("text") or {}).get("zh", ""))]
        for choice in node.get("choices") or ():
            lines.append(f"[[{_label(str((choice.get('text') or {}).get('zh', choice.get('id'))))}->"
                         f"{choice.get('next')}]]")
        if isinstance(node.get("reply"), dict) and node["reply"].get("next"):
            lines.append(f"[[{_label(str(node['reply'].get('prompt', {}).get('zh', 'reply')))}->"
                         f"{node['reply']['next']}]]")
        if "ending" in node:
            lines.append(f"''{(node['ending'].get('title') or {}).get('zh', '')}''")
        lines.append(_comment(node))
        out.append(f":: {escape(node_id)} [{' '.join(t for t in tags if t)}] "
                   f"{json.dumps(meta, ensure_ascii=False)}\n" + "\n".join(lines) + "\n")
    return "\n".join(out)
