"""The quick YAML path (values straight from libyaml's events) reads what PyYAML's safe loader reads, or leaves the
document to the full path; and a problem in a document it read still names its line."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tests.content.test_fuzz import REAL_YAML, ROOT, TRICKY, fuzz, tricky_docs, yaml_docs, yamlish
from trainer.content.loader import load_catalog
from trainer.content.yamlfast import Unusual, quick_values
from trainer.content.yamlsrc import MAX_DEPTH, load_yaml


@fuzz(150)
@given(text=st.one_of(tricky_docs, yaml_docs, yamlish, st.sampled_from(REAL_YAML).map(
    lambda rel: (ROOT / "content" / rel).read_text(encoding="utf-8"))))
def test_quick_values_are_pyyaml_safe_values_or_left_to_the_full_path(text):
    try:
        ours = quick_values(text, MAX_DEPTH)
    except Unusual:
        return
    assert repr(ours) == repr(yaml.load(text, Loader=yaml.CSafeLoader))
    assert repr(quick_values(text.encode("utf-8"), MAX_DEPTH)) == repr(ours)


@pytest.mark.parametrize("rel", REAL_YAML)
def test_every_shipped_yaml_file_takes_the_quick_path(rel):
    text = (ROOT / "content" / rel).read_text(encoding="utf-8")
    assert quick_values(text, MAX_DEPTH) == yaml.load(text, Loader=yaml.CSafeLoader)


@pytest.mark.parametrize("text", ["a: &x 1\nb: *x\n", "a: !!str 1\n", "<<: {a: 1}\n", "{1: a}\n", "a: 1\na: 2\n",
                                  "? [1]\n: a\n", "a: 1\n---\nb: 2\n", "a: 2024-13-45\n", "a: [\n", "yes: 1\n",
                                  "- " * (MAX_DEPTH + 2) + "x\n", "'a': 1\na: 2\n", "a: =\n"])
def test_what_the_quick_path_leaves_to_the_full_one(text):
    with pytest.raises(Unusual):
        quick_values(text, MAX_DEPTH)


@pytest.mark.parametrize("value", TRICKY)
def test_plain_scalars_of_every_type(value):
    text = f"a: {value}\n" if "\n" not in value else f"a: {value}"
    try:
        expected = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return
    try:
        assert repr(quick_values(text, MAX_DEPTH)) == repr(expected)
    except Unusual:
        assert repr(load_yaml(text).data) == repr(expected)


def test_a_line_is_found_for_a_document_read_quickly():
    located = load_yaml("id: x\nnodes:\n  a:\n    text: {zh: 好, en: good}\n    next: b\n", line_offset=10)
    assert located.data["nodes"]["a"]["next"] == "b"
    assert located.line_of(("nodes", "a", "next")) == 15
    assert located.line_of(("nodes", "a", "text", "en")) == 14


def test_a_scenario_read_quickly_names_the_line_of_its_wrong_reference(shipped_content):
    path = shipped_content / "scenarios" / "gift.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("next: red_envelope", "next: red_envelop", 1), encoding="utf-8")
    line = text.split("\n").index("        next: red_envelope") + 1
    problems = [p for p in load_catalog(shipped_content).problems if p.path.endswith("gift.yaml")]
    assert [(p.line, "red_envelop" in p.message) for p in problems] == [(line, True)]


@pytest.mark.parametrize("front", ["competencies: [communication, charm]\n",
                                   "# a comment\n'competencies': [communication, charm]\n",
                                   "competencies:\n  - communication\n  - charm\n"])
def test_an_unknown_competency_in_front_matter_names_its_line(shipped_content, front):
    path = shipped_content / "articles" / "phone-conduct.zh.md"
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("competencies:"))
    lines[at:at + 1] = front.rstrip("\n").split("\n")
    path.write_text("\n".join(lines), encoding="utf-8")
    expected = at + 1 + next(i for i, line in enumerate(front.split("\n")) if "competencies" in line)
    problems = [p for p in load_catalog(shipped_content).problems if p.path.endswith("phone-conduct.zh.md")]
    assert [(p.line, p.message) for p in problems] == [(expected, "competencies: unknown competency 'charm'")]
