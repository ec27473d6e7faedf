"""Hostile content: whatever a file holds, load_catalog names it in a problem (path, line, one-line message),
never raises, and every other file still loads.

Each example writes hostile files into one copy of the shipped content, loads it and puts the real files back.
TRAINER_FUZZ_SCALE=20 runs twenty times as many examples, for a longer hunt than the test suite's.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trainer.content import scenario_check
from trainer.content.files import MAX_BYTES
from trainer.content.loader import LoadResult, load_catalog
from trainer.content.schema import ScenarioFile
from trainer.content.yamlsrc import MAX_DEPTH, YamlProblem, load_yaml
from trainer.errors import ContentProblem

ROOT = Path(__file__).resolve().parents[2]
SCALE = int(os.environ.get("TRAINER_FUZZ_SCALE", "1"))
EVERYTHING = ("article", "phrase", "question", "scenario")


def fuzz(examples: int) -> settings:
    # a load of the whole shipped content takes ~0.2 s: a few dozen examples per test keep the file near 40 s
    return settings(max_examples=examples * SCALE, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example])


class Shipped:
    """A copy of the shipped content, its clean load, and which files each item comes from."""

    def __init__(self, root: Path, baseline: LoadResult) -> None:
        self.root = root
        self.baseline = baseline
        self.owners: dict[tuple[str, str], set[str]] = {}  # (kind, id) -> the files it comes from

    def __repr__(self) -> str:  # short, for hypothesis's report of a failing example
        return f"Shipped({self.root})"

    def files(self, sub: str) -> list[str]:
        return sorted(f"{sub}/{p.name}" for p in (self.root / sub).iterdir())


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Shipped:
    root = tmp_path_factory.mktemp("fuzz") / "content"
    shutil.copytree(ROOT / "content", root)
    baseline = load_catalog(root)
    assert baseline.ok, baseline.problems[:5]
    s = Shipped(root, baseline)
    for article_id in baseline.catalog.articles:
        s.owners[("article", article_id)] = {f"articles/{article_id}.zh.md", f"articles/{article_id}.en.md"}
    for item in baseline.items:
        if item["kind"] == "scenario":
            s.owners[("scenario", item["id"])] = {item["path"].removeprefix("content/")}
    for phrase in baseline.catalog.phrases.values():
        s.owners[("phrase", phrase.id)] = {phrase.path.removeprefix("content/")}
    for rel in s.files("quizzes"):
        for q in load_yaml((root / rel).read_text(encoding="utf-8")).data["questions"]:
            s.owners[("question", q["id"])] = {rel}
    return s


def present(result: LoadResult, kind: str, ident: str) -> bool:
    catalog = result.catalog
    return ident in {"article": catalog.articles, "scenario": catalog.scenarios, "phrase": catalog.phrases,
                     "question": catalog.questions}[kind]


@contextmanager
def written(root: Path, files: dict[str, bytes]):
    """The files (relative to the content root) replaced or added, and put back afterwards."""
    saved = {rel: (root / rel).read_bytes() if (root / rel).exists() else None for rel in files}
    try:
        for rel, data in files.items():
            (root / rel).write_bytes(data)
        yield
    finally:
        for rel, data in saved.items():
            if data is None:
                (root / rel).unlink()
            else:
                (root / rel).write_bytes(data)


def load_hostile(shipped: Shipped, files: dict[str, bytes], *, invalid: bool = True,
                 keep: tuple[str, ...] = EVERYTHING) -> LoadResult:
    """Load with `files` written in; check every problem is well formed and every other file still loads.

    invalid: each hostile file must be named in a problem (else it may also have loaded cleanly).
    keep: the kinds of item whose other files must still load whole.
    """
    with written(shipped.root, files):
        result = load_catalog(shipped.root)  # never raises
    for p in result.problems:
        assert isinstance(p, ContentProblem)
        assert isinstance(p.path, str) and p.path.startswith("content/"), p
        assert isinstance(p.line, int) and p.line >= 1, p
        assert isinstance(p.message, str) and p.message.strip(), p
        assert "\n" not in p.message and "\r" not in p.message, p  # `path:line: message` is one line
    for rel, data in files.items():
        in_file = [p for p in result.problems if p.path == f"content/{rel}"]
        lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
        assert all(p.line <= lines for p in in_file), (in_file, lines)
        if invalid:
            assert in_file, f"{rel} holds hostile data but no problem names it"
    touched = set(files)
    for (kind, ident), owner in shipped.owners.items():
        if kind in keep and not owner & touched:
            assert present(result, kind, ident), (kind, ident, result.problems[:10])
    return result


# -- strategies ---------------------------------------------------------------------------------------

KNOWN_KEYS = ["id", "lang", "title", "summary", "order", "competencies", "sources", "kind", "groups", "phrases",
              "zh", "en", "alternative", "breaks", "clauses", "variants", "exceptions", "at_start", "start", "nodes",
              "speaker", "text", "choices", "reply", "ending", "next", "feedback", "score", "refs", "sets",
              "requires", "otherwise", "timer", "on_timeout", "rating", "debrief", "expect", "patterns", "prompt",
              "questions", "type", "options", "answer", "explanation", "items", "unit", "phrase", "style", "name"]
KNOWN_WORDS = ["zh", "en", "000", "phone-conduct", "phone-conduct:1.1", "phone-conduct:99.9", "communication",
               "single", "multiple", "true-false", "order", "match", "rewrite", "forbidden", "service", "customer",
               "excellent", "", " ", "---", "~", "null", "yes", "0o17", "1e400", ".nan", "2024-01-01"]

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-2**70, 2**70),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20), st.sampled_from(KNOWN_WORDS))
keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=10), st.integers(-3, 3), st.booleans())
yaml_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5), max_leaves=25)


def dump(value, flow: bool = False) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=flow, sort_keys=False)


yaml_docs = st.builds(dump, st.one_of(yaml_values, st.dictionaries(keys, yaml_values, max_size=6)), st.booleans())
YAML_ALPHABET = "[]{}:-?,&*!|>'\"#%@` \n\t\\.01aby_"
yamlish = st.text(alphabet=YAML_ALPHABET, max_size=200)
random_text = st.one_of(yaml_docs, yamlish, st.text(max_size=200)).map(lambda t: t.encode("utf-8"))
random_data = st.one_of(random_text, st.binary(max_size=200))


def mutated_data(data):
    """The parsed file with one value somewhere replaced by a random one, deleted, or a random key added."""

    @st.composite
    def build(draw):
        root = copy.deepcopy(data)
        parent, key, node = None, None, root
        while isinstance(node, (dict, list)) and node and (parent is None or draw(st.integers(0, 3))):
            key = draw(st.sampled_from(list(node))) if isinstance(node, dict) else draw(st.integers(0, len(node) - 1))
            parent, node = node, node[key]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[key] = draw(yaml_values)
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, dict):
            parent[draw(keys)] = draw(yaml_values)
        else:
            parent.append(draw(yaml_values))
        return dump(root, draw(st.booleans()))

    return build()


@st.composite
def mutated_lines(draw, text: str) -> bytes:
    """The file with a few lines deleted, duplicated, swapped or cut short."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "cut"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    return "\n".join(lines).encode("utf-8")


@st.composite
def with_bad_characters(draw, text: str) -> tuple[bytes, int]:
    """The file with a control character, NUL or a byte that is not UTF-8 put in; and the line it is on."""
    raw = text.encode("utf-8")
    at = draw(st.integers(0, len(raw)))
    while at < len(raw) and 0x80 <= raw[at] < 0xC0:  # at a character boundary
        at += 1
    bad = draw(st.one_of(
        st.characters(max_codepoint=0x1F, exclude_characters="\t\n\r").map(lambda c: c.encode()),
        st.sampled_from(["\x7f", "\x80", "\x85", "\x9f", "\ufffe", "\uffff", "\u2028", "\u2029"]).map(
            lambda c: c.encode()),
        st.binary(min_size=1, max_size=3).filter(lambda b: not _decodes(b) and b"\n" not in b and b"\r" not in b),
    ))
    return raw[:at] + bad + raw[at:], raw[:at].count(b"\n") + 1


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read(shipped: Shipped, rel: str) -> str:
    return (shipped.root / rel).read_text(encoding="utf-8")


# -- random data in every kind of file -------------------------------------------------------------------

TARGETS = {  # a file of each kind to replace, and a new file of that kind to add
    "article": ("articles/phone-conduct.zh.md", "articles/fuzz-article.en.md"),
    "scenario": ("scenarios/gift.yaml", "scenarios/fuzz.yaml"),
    "quiz": ("quizzes/phone-conduct.yaml", "quizzes/fuzz.yaml"),
    "phrases": ("phrases/forbidden.yaml", "phrases/fuzz.yaml"),
    "competencies": ("competencies.yaml", None),
}
# what must still load whole around a hostile file of each kind (without competencies no scenario is valid)
KEEP = {"article": ("article",), "competencies": ("article",), "scenario": EVERYTHING, "quiz": EVERYTHING,
        "phrases": EVERYTHING}


@fuzz(50)
@given(kind=st.sampled_from(sorted(TARGETS)), data=st.lists(random_data, min_size=1, max_size=2))
@example(kind="phrases", data=[b"kind: [1, 2]\n", b"kind: {a: b}\n"])
@example(kind="scenario", data=[b"id: [1, 2]\n", b"\x7f"])
@example(kind="quiz", data=[b"a: 1\nb: \x7f\n", b"- 1\n"])
@example(kind="article", data=[b"---\nid: [1, 2]\ntitle: 5\n---\n", b"---\n\x85\n---\n"])
@example(kind="competencies", data=[b'"a\\nb": 1\n"a\\nb": 2\n'])
@example(kind="scenario", data=[b"id: 2024-13-45\n", b"start: " + b"9" * 5000 + b"\n"])
def test_random_data_in_any_file(shipped, kind, data):
    files = dict(zip([rel for rel in TARGETS[kind] if rel], data, strict=False))
    load_hostile(shipped, files, keep=KEEP[kind])


@pytest.mark.parametrize("rel", ["scenarios/hotline-call.yaml", "quizzes/dialogues.yaml", "phrases/service.yaml",
                                 "competencies.yaml"])
@fuzz(10)
@given(data=st.data())
def test_wrong_values_deep_in_real_files(shipped, rel, data):
    original = load_yaml(read(shipped, rel)).data
    text = data.draw(mutated_data(original)).encode("utf-8")
    keep = ("article",) if rel == "competencies.yaml" else EVERYTHING
    load_hostile(shipped, {rel: text}, invalid=False, keep=keep)


@pytest.mark.parametrize("rel", ["scenarios/upset-customer.yaml", "quizzes/situations.yaml", "phrases/forbidden.yaml",
                                 "competencies.yaml", "articles/data-security.zh.md"])
@fuzz(10)
@given(data=st.data())
def test_real_files_with_lines_deleted_duplicated_or_swapped(shipped, rel, data):
    text = data.draw(mutated_lines(read(shipped, rel)))
    keep = {"competencies.yaml": ("article",), "articles/data-security.zh.md": ()}.get(
        rel, EVERYTHING)
    result = load_hostile(shipped, {rel: text}, invalid=False, keep=keep)
    if rel.startswith("articles/"):
        others = set(shipped.baseline.catalog.articles) - {"data-security"}
        assert others <= set(result.catalog.articles)


@pytest.mark.parametrize("rel", ["scenarios/gift.yaml", "quizzes/integrity.yaml", "phrases/service.yaml",
                                 "competencies.yaml", "articles/integrity.en.md"])
@fuzz(6)
@given(data=st.data())
def test_control_characters_nul_and_bad_utf8_name_their_line(shipped, rel, data):
    raw, line = data.draw(with_bad_characters(read(shipped, rel)))
    keep = ("article",) if rel == "competencies.yaml" else EVERYTHING
    result = load_hostile(shipped, {rel: raw}, keep=keep)
    [problem] = [p for p in result.problems if p.path == f"content/{rel}"]
    if b"\x00" in raw:
        assert problem.line == 1 and "binary" in problem.message
    else:
        assert problem.line == line, (problem, line)
        assert any(words in problem.message for words in ("UTF-8", "control character", "line separator"))


# -- articles: broken front matter ---------------------------------------------------------------------

ZH_ARTICLE = "articles/service-etiquette.zh.md"
EN_ARTICLE = "articles/service-etiquette.en.md"


def front_and_body(text: str) -> tuple[dict, str]:
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


BROKEN_FRONT_MATTER = {
    "not closed": "---\nid: service-etiquette\nlang: zh\n\n## 1 标题\n\n1.1 条款。\n",
    "empty": "---\n---\n## 1 标题\n",
    "a list": "---\n- id\n- lang\n---\n## 1 标题\n",
    "a scalar": "---\njust a sentence\n---\n## 1 标题\n",
    "only the opening line": "---\n",
    "only dashes": "---",
    "indented": "--- \n id: x\n---\n",
    "none": "## 1 标题\n\n1.1 条款。\n",
    "bom and wrong types": "\ufeff---\nid: [1, 2]\ntitle: 5\n---\n",
    "duplicate key": "---\nid: service-etiquette\nid: service-etiquette\n---\n",
    "10,000 brackets": "---\n" + "[" * 10_000 + "\n---\n",
    "100,000 dashes": "---\n" + "- " * 100_000 + "\n---\n",
    "an alias of itself": "---\n&a [*a]\n---\n",
    "a bad date": "---\nid: service-etiquette\nlang: zh\ntitle: 2024-13-45\n---\n",
}


@pytest.mark.parametrize("text", list(BROKEN_FRONT_MATTER.values()), ids=list(BROKEN_FRONT_MATTER))
def test_broken_front_matter(shipped, text):
    load_hostile(shipped, {ZH_ARTICLE: text.encode("utf-8")}, keep=("article",))


@fuzz(15)
@given(data=st.data(), lang=st.sampled_from(["zh", "en"]))
def test_wrong_types_in_front_matter(shipped, data, lang):
    rel = ZH_ARTICLE if lang == "zh" else EN_ARTICLE
    front, body = front_and_body(read(shipped, rel))
    new_front = data.draw(st.one_of(mutated_data(front), yaml_docs), label="front matter")
    load_hostile(shipped, {rel: f"---\n{new_front}---\n{body}".encode("utf-8")}, invalid=False, keep=("article",))


def test_wrong_types_for_known_keys_are_named_by_key_and_line(shipped):
    front, body = front_and_body(read(shipped, ZH_ARTICLE))
    text = f"---\n{dump({**front, 'id': [1, 2], 'title': 5})}---\n{body}"
    result = load_hostile(shipped, {ZH_ARTICLE: text.encode("utf-8")}, keep=("article",))
    messages = [str(p) for p in result.problems]
    assert f"content/{ZH_ARTICLE}:2: id: input should be a valid string" in messages
    assert any(m.startswith(f"content/{ZH_ARTICLE}:") and "title: input should be a valid string" in m
               for m in messages)


# -- huge files, deep nesting, alias bombs --------------------------------------------------------------

YAML_FILES = ["scenarios/gift.yaml", "quizzes/integrity.yaml", "phrases/service.yaml", "competencies.yaml"]


def billion_laughs(levels: int = 9) -> str:
    text = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    for i in range(1, levels):
        text += f"{'abcdefghij'[i]}: &{'abcdefghij'[i]} [" + ", ".join([f"*{'abcdefghij'[i - 1]}"] * 9) + "]\n"
    return text


def alias_bomb_in_a_valid_shape() -> str:
    """Few bytes, each alias a valid value: a million questions' worth of options once expanded."""
    option = "{zh: 对, en: right}"
    return ("x: &o [" + ", ".join([option] * 100) + "]\n"
            "questions:\n" + "".join(f"  - {{id: q{i}, type: single, clauses: [integrity:1.1], prompt: {option}, "
                                       f"explanation: {option}, answer: 0, options: *o}}\n" for i in range(3000)))


HOSTILE = {
    "deep flow": "[" * 10_000,
    "deeper flow": "a: " + "[" * 1_000_000 + "]" * 1_000_000,
    "deep flow mapping": "{a: " * 100_000,
    "deep block": "- " * 100_000,
    "deep indentation": "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 1500)),
    "deep quotes": '[ "]", ' * 50_000,
    "billion laughs": billion_laughs(),
    "alias bomb": alias_bomb_in_a_valid_shape(),
    "self alias": "a: &a [*a]\n",
    "undefined alias": "a: *nope\n",
    "duplicate anchor": "a: &x 1\nb: &x 2\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "python tag": "a: !!python/object/apply:os.system [echo hi]\n",
    "binary tag": "kind: !!binary /w==\n",
    "set and omap": "kind: !!set {a, b}\ngroups: !!omap [a: 1]\n",
    "directive": "%YAML 9.9\n---\na: 1\n",
    "unhashable key": "? [a, b]\n: c\n",
    "tabs": "a:\n\t- b\n",
    "cr only": "kind: service\rgroups: []\r",
    "nel and line separators": "a: 1\x85b: 2\u2028c: [\u2029",
    "long line": "title: " + "长" * 600_000 + "\n",
    "many keys": "".join(f"k{i}: {i}\n" for i in range(30_000)),  # a problem each, found by key
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_yaml_in_every_yaml_file(shipped, name):
    text = HOSTILE[name].encode("utf-8")
    assert len(text) <= MAX_BYTES
    files = dict.fromkeys(YAML_FILES[:3] if name in ("deeper flow", "long line", "many keys") else YAML_FILES, text)
    load_hostile(shipped, files, keep=("article",))


def test_hostile_yaml_in_front_matter(shipped):
    for name in ("deep flow", "deep block", "billion laughs", "self alias", "deep quotes"):
        text = f"---\n{HOSTILE[name]}\n---\n## 1 标题\n\n1.1 条款。\n".encode("utf-8")
        load_hostile(shipped, {ZH_ARTICLE: text, "articles/fuzz-extra.en.md": text}, keep=("article",))


@pytest.mark.parametrize("nesting", ["[" * (MAX_DEPTH + 6) + "]" * (MAX_DEPTH + 6),  # past our limit only
                                     "[" * 100_000])  # past libyaml 0.2.6's own limit too (and never closed)
def test_deep_nesting_is_one_problem_at_its_line(shipped, nesting):
    text = "kind: service\ngroups:\n" + "  - " + nesting + "\n"
    result = load_hostile(shipped, {"phrases/service.yaml": text.encode()}, keep=("article",))
    # whichever libyaml the PyYAML wheel bundles (0.2.6 stops deep nesting itself, older ones leave it to us):
    # one problem, at the line the nesting starts, saying it is nested too deeply; everything else still loads
    mine = [p for p in result.problems if "service.yaml" in p.path]
    assert [(p.path, p.line) for p in mine] == [("content/phrases/service.yaml", 3)]
    assert "nested" in mine[0].message and str(MAX_DEPTH) in mine[0].message


def parsed(text: str):
    """What load_yaml makes of `text`: its data and the tag and place of every node, or its problem."""
    try:
        located = load_yaml(text)
    except YamlProblem as exc:
        return exc.line, exc.message
    nodes, stack, seen = [], [located.root], set()
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        nodes.append((type(node).__name__, node.tag, node.start_mark.line, node.start_mark.column,
                      node.end_mark.line, node.end_mark.column, getattr(node, "style", None),
                      getattr(node, "flow_style", None)))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
    return repr(located.data), nodes


REAL_YAML = sorted(str(p.relative_to(ROOT / "content")) for p in (ROOT / "content").rglob("*.yaml"))


@fuzz(150)
@given(text=st.one_of(yaml_docs, yamlish, st.sampled_from(REAL_YAML).map(
    lambda rel: (ROOT / "content" / rel).read_text(encoding="utf-8"))))
@example(text="a: *x\n")
@example(text="a: &x 1\nb: &x 2\n")
@example(text="a: 1\n---\nb: 2\n")
def test_deep_files_are_composed_as_libyaml_composes_shallow_ones(text):
    """A file that may nest deeply is composed without libyaml's recursion: to the same nodes, or the same problem."""
    shallow = parsed(text)
    deep = parsed("# " + "[" * 500 + "\n" + text)  # the brackets send it the other way; the lines move down one
    if isinstance(shallow[0], int):
        assert deep == (shallow[0] + 1, re.sub(r"line (\d+)", lambda m: f"line {int(m[1]) + 1}", shallow[1]))
    else:
        assert deep[0] == shallow[0]
        assert deep[1] == [(kind, tag, l1 + 1, c1, l2 + 1, c2, style, flow)
                           for kind, tag, l1, c1, l2, c2, style, flow in shallow[1]]


# plain scalars each YAML 1.1 type reads differently, tags, merge keys, and keys that are not strings
TRICKY = ["yes", "No", "ON", "off", "~", "null", "", "0x1F", "0o17", "017", "0b101", "1_000", "1:30", "190:20:30",
          ".inf", "-.Inf", ".NaN", "1e3", "+12", "-0", "2024-01-02", "2024-01-02 10:00:00", "2001-12-14t21:59:43.10-05:00",
          "'quoted'", '"dq \\u00e9"', "!!str 12", "!!int '7'", "!!float 1", "!!binary aGk=", "!!set {a, b}",
          "!!omap [a: 1]", "!!pairs [a: 1, a: 2]", "{<<: {x: 1}, y: 2}", "[1, [2, {a: b}]]", "{1: a, 01: b}",
          "{? [1, 2] : x}", "{true: a, 1.5: b, null: c}", "!custom x", "|\n  block\n", ">-\n  folded\n"]
tricky_docs = st.dictionaries(st.sampled_from(["a", "b", "c", "1", "yes"]),
                              st.sampled_from(TRICKY), max_size=5).map(
    lambda d: "".join(f"{k}: {v}\n" if "\n" not in v else f"{k}: {v}" for k, v in d.items()))


@fuzz(150)
@given(text=st.one_of(tricky_docs, yaml_docs, yamlish, st.sampled_from(REAL_YAML).map(
    lambda rel: (ROOT / "content" / rel).read_text(encoding="utf-8"))))
def test_values_are_what_pyyaml_safe_loader_reads(text):
    """load_yaml's own resolver and quick construction give exactly PyYAML's safe values, or a problem."""
    try:
        ours = load_yaml(text).data
    except YamlProblem:
        return  # a duplicate key, too deep, or what PyYAML refuses as well (checked by the tests above)
    assert repr(ours) == repr(yaml.load(text, Loader=yaml.CSafeLoader))


@pytest.mark.parametrize("text", ["a: !!seq foo\n", "a: !!map foo\n", "a: !!set\n", "a: [!!seq ]\n", "!!seq foo\n",
                                  "a: !!omap x\n", "a: !!pairs x\n", "=: 1\n", "{=: 1, b: 2}\n", "a: {<<: {x: 1}, =: 2}\n",
                                  "? !!str 1\n: a\n", "{1: a, 01: b}\n"])
def test_the_quick_construction_refuses_and_reads_what_pyyaml_does(text):
    try:
        expected = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        with pytest.raises(YamlProblem):
            load_yaml(text)
    else:
        assert repr(load_yaml(text).data) == repr(expected)


@pytest.mark.parametrize("text", ['{"1": a, 1: b}\n', '{"1": a, 1: b, c: "*"}\n', "a: 1\n'a': 2\n"])
def test_a_key_written_twice_is_refused_however_it_is_quoted(text):
    """PyYAML keeps both "1" and 1; trainer refuses the second on every path (with or without an alias)."""
    with pytest.raises(YamlProblem, match="duplicate key"):
        load_yaml(text)


@pytest.mark.parametrize("brk", ["\n", "\r", "\r\n", "\x85", "\u2028", "\u2029"])
@pytest.mark.parametrize("deep", ["- " * 100_000, "? " * 100_000, "[" * 100_000, "- [{a: " * 30_000])
def test_deep_nesting_after_any_line_break_yaml_knows(brk, deep):
    with pytest.raises(YamlProblem, match=f"nested more than {MAX_DEPTH} levels deep|YAML syntax error"):
        load_yaml(f"x:{brk}{deep}")


def test_alias_bomb_is_refused_quickly(shipped):
    result = load_hostile(shipped, {"quizzes/integrity.yaml": billion_laughs().encode()}, keep=("article",))
    [problem] = [p for p in result.problems if "integrity.yaml" in p.path]
    assert "alias" in problem.message


def test_huge_files(shipped):
    big = b"kind: service\n" + b"# " + b"x" * (3 * 1024 * 1024) + b"\n"
    files = {rel: big for rel in ["scenarios/gift.yaml", "quizzes/integrity.yaml", "phrases/service.yaml",
                                  "competencies.yaml", ZH_ARTICLE]}
    result = load_hostile(shipped, files, keep=("article",))
    assert all("file is too large" in p.message for p in result.problems if p.path.removeprefix("content/") in files)
    # just under the limit: a long article body with no clauses still loads in time, with its problems
    front, body = front_and_body(read(shipped, ZH_ARTICLE))
    text = f"---\n{dump(front)}---\n{body}" + "长句" * ((MAX_BYTES - 20_000) // 6)
    assert len(text.encode("utf-8")) < MAX_BYTES
    result = load_hostile(shipped, {ZH_ARTICLE: text.encode("utf-8")}, invalid=False, keep=("article",))
    assert "service-etiquette" in result.catalog.articles


# -- scenarios: graphs that exhaust a naive walk -------------------------------------------------------

T = "{zh: 好, en: ok}"


def flag_scenario(flags: int) -> str:
    """Every choice sets one more flag and comes back: 2**flags states for a naive score range."""
    choices = ", ".join(f"{{id: c{i}, text: {T}, next: b, feedback: {T}, sets: [f{i}]}}" for i in range(flags))
    return (f"id: fuzz\ntitle: {T}\nsummary: {T}\ncompetencies: [communication]\nstart: a\nnodes:\n"
            f"  a: {{speaker: customer, text: {T}, choices: [{choices}]}}\n"
            f"  b: {{speaker: customer, text: {T}, choices: [{{id: back, text: {T}, next: a, feedback: {T}}}, "
            f"{{id: end, text: {T}, next: e, feedback: {T}}}]}}\n"
            f"  e: {{speaker: narrator, text: {T}, ending: {{rating: excellent, title: {T}, debrief: {T}}}}}\n")


def test_a_scenario_with_too_many_flag_combinations_is_a_problem_not_a_hang(shipped):
    result = load_hostile(shipped, {"scenarios/fuzz.yaml": flag_scenario(40).encode()}, keep=KEEP["scenario"])
    assert [str(p) for p in result.problems] == [
        f"content/scenarios/fuzz.yaml:6: nodes: more than {scenario_check.MAX_STATES:,} combinations of node and flags "
        "to walk for the score range; use fewer flags"]
    assert "fuzz" not in result.catalog.scenarios
    result = load_hostile(shipped, {"scenarios/fuzz.yaml": flag_scenario(6).encode()}, invalid=False,
                          keep=KEEP["scenario"])
    assert result.ok and "fuzz" in result.catalog.scenarios


def test_a_very_long_scenario_does_not_exhaust_the_stack():
    n = 15_000  # a chain of nodes longer than Python's recursion limit
    text = {"zh": "好", "en": "ok"}
    nodes = {f"n{i}": {"speaker": "customer", "text": text,
                       "choices": [{"id": "go", "text": text, "next": f"n{i + 1}", "feedback": text,
                                    "score": {"communication": 1}}]} for i in range(n)}
    nodes[f"n{n}"] = {"speaker": "narrator", "text": text,
                      "ending": {"rating": "excellent", "title": text, "debrief": text}}
    scenario = ScenarioFile.model_validate({"id": "chain", "title": text, "summary": text,
                                            "competencies": ["communication"], "start": "n0", "nodes": nodes})
    stats = scenario_check.stats(scenario)
    assert stats["score"] == {"communication": {"min": n, "max": n}}
    assert stats["reachable_nodes"] == n + 1


# -- the command line ----------------------------------------------------------------------------------


def test_validate_prints_problems_and_exits_1_without_a_traceback(shipped_content):
    hostile = {
        "scenarios/gift.yaml": HOSTILE["deeper flow"].encode(),
        "quizzes/integrity.yaml": billion_laughs().encode(),
        "phrases/forbidden.yaml": b"kind: [1, 2]\n",
        "competencies.yaml": b"\xff\xfe\x00c\x00o\x00",
        "articles/phone-conduct.zh.md": b"---\nid: [1, 2]\ntitle: 5\n---\n",
        "articles/phone-conduct.en.md": b"---\nid: phone-conduct\n\x7f\n",
        "scenarios/fuzz.yaml": flag_scenario(40).encode(),
    }
    for rel, data in hostile.items():
        (shipped_content / rel).write_bytes(data)
    run = subprocess.run([sys.executable, "-m", "trainer", "validate", str(shipped_content)],
                         cwd=shipped_content.parent, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and "Error" not in run.stderr, run.stderr
    lines = run.stdout.strip().split("\n")
    for rel in hostile:
        assert any(line.startswith(f"content/{rel}:") for line in lines), rel
    assert all(line.startswith("content/") and line.split(":")[1].isdigit() for line in lines)
