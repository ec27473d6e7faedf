"""What a trainee, manager or presenter reads never shows a source's file number ("000") or a raw clause id
(`data-security:1.3`): sources are named by title, clauses by lesson title and number. Every lesson (notes folded
and unfolded), every text of every role-play and question (hand-written and made from the phrase bank), and every
phrase, in both languages."""

from __future__ import annotations

import html
import re
from functools import lru_cache

import pytest

from tests.conftest import CONTENT
from trainer.content.loader import load_catalog
from trainer.content.refs import clause_label
from trainer.content.render import render_lesson
from trainer.engine.bank import build_bank

BARE_SOURCE = re.compile(r"(?<![\d.])00[0-4](?!\d)")  # 17.001 (Q/ZX 17.001-1999) is a title, not a file number


@lru_cache(maxsize=1)
def catalog():
    result = load_catalog(CONTENT)
    assert result.problems == []
    return result.catalog


def raw_ref_re() -> re.Pattern:
    ids = "|".join(sorted(map(re.escape, catalog().articles), key=len, reverse=True))
    return re.compile(rf"\b(?:{ids}):\d+(?:\.\d+)*")


def unreadable(text: str) -> list[str]:
    return BARE_SOURCE.findall(text) + raw_ref_re().findall(text)


def visible(page: str) -> str:
    """The text of an HTML page as it reads on screen (tags and their attributes, such as link targets, dropped)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_lesson_names_its_sources_by_title_and_its_clauses_by_lesson(lang):
    for article in catalog().sorted_articles():
        every = frozenset(article.clause_numbers)
        for expanded in (frozenset(), every):
            page = visible(render_lesson(article, lang, catalog(), expanded).html)
            assert unreadable(page) == [], (article.id, lang, unreadable(page))
        folded = render_lesson(article, lang, catalog()).html
        titles = [catalog().source_title(s, lang) for s in article.sources]
        assert all(html.escape(t) in folded for t in titles), (article.id, lang)


def scenario_texts(lang: str):
    for scenario in catalog().scenarios.values():
        yield scenario.id, scenario.title.get(lang)
        yield scenario.id, scenario.summary.get(lang)
        for node_id, node in scenario.nodes.items():
            where = f"{scenario.id}.{node_id}"
            yield where, node.text.get(lang)
            for choice in node.choices:
                yield f"{where}.{choice.id}", choice.text.get(lang)
                yield f"{where}.{choice.id}", choice.feedback.get(lang)
            if node.reply:
                yield where, node.reply.prompt.get(lang)
                yield where, node.reply.feedback.get(lang)
                for element in node.reply.expect:
                    yield where, element.label.get(lang)
            if node.ending:
                yield where, node.ending.title.get(lang)
                yield where, node.ending.debrief.get(lang)


def question_texts(lang: str):
    for q in build_bank(catalog()).values():
        for text in (q.prompt, q.explanation, *q.options, *q.items, *([q.unit] if q.unit else [])):
            yield q.id, text.get(lang)


def phrase_texts(lang: str):
    for p in catalog().phrases.values():
        yield p.id, p.text.get(lang)
        yield p.id, p.group_title.get(lang)
        if p.alternative is not None:
            yield p.id, p.alternative.get(lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("texts", [scenario_texts, question_texts, phrase_texts])
def test_no_role_play_question_or_phrase_shows_a_file_number_or_a_raw_clause_id(texts, lang):
    found = [(where, unreadable(text)) for where, text in texts(lang) if unreadable(text)]
    assert found == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_clause_a_role_play_question_or_phrase_cites_reads_as_lesson_title_and_number(lang):
    refs = {r for s in catalog().scenarios.values() for n in s.nodes.values()
            for r in [*(x for c in n.choices for x in c.refs), *(n.reply.refs if n.reply else [])]}
    refs |= {r for q in build_bank(catalog()).values() for r in q.clauses}
    refs |= {r for p in catalog().phrases.values() for r in p.clauses}
    for ref in refs:
        article_id, number = ref.split(":")
        label = clause_label(catalog(), ref, lang)
        assert label == f"{catalog().articles[article_id].text(lang).title} {number}"
        assert unreadable(label) == []
    assert clause_label(catalog(), "data-security:1.3", "zh") == "数据与信息安全 1.3"
    assert clause_label(catalog(), "data-security:1.3", "en") == "Data and information security 1.3"
