"""Lesson rendering is safe (no HTML from content, nothing from the network) and search finds zh and en."""

from __future__ import annotations

from trainer.content.loader import load_catalog
from trainer.content.render import render_article
from trainer.content.search import search


def article(content, extra: str):
    path = content / "articles" / "phone-conduct.zh.md"
    path.write_text(path.read_text(encoding="utf-8").replace("1.2 禁止使用免提。", "1.2 禁止使用免提。" + extra),
                    encoding="utf-8")
    result = load_catalog(content)
    assert result.problems == []
    return result.catalog, result.catalog.articles["phone-conduct"].text("zh")


def test_clauses_and_sections_get_anchors_and_contents(content):
    catalog, text = article(content, "")
    rendered = render_article(text)
    assert '<a name="c-1-2"></a><span class="num">1.2</span> 禁止使用免提。' in rendered.html
    assert [e.anchor for e in rendered.toc][:4] == ["s-1", "c-1-1", "c-1-2", "s-2"]
    assert rendered.toc[0].title == "1 电话行为规范"


def test_script_and_remote_image_in_an_article_are_shown_as_text(content):
    _, text = article(content, '<script>alert("x")</script><img src="http://evil.example/t.png">')
    html = render_article(text).html
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=" in html


def test_markdown_images_and_links_never_point_to_the_network(content):
    _, text = article(content, " ![logo](http://evil.example/logo.png) [site](https://evil.example/)")
    html = render_article(text).html
    assert "<img" not in html and 'href="http' not in html
    assert "evil.example" in html  # kept visible, as plain text


def test_references_to_clauses_become_internal_links(content):
    catalog, text = article(content, "（见 phone-conduct:2.1）")
    html = render_article(text, frozenset(catalog.articles)).html
    assert '<a href="clause:phone-conduct:2.1">phone-conduct:2.1</a>' in html


def test_search_finds_chinese_and_english_clauses(content):
    catalog = load_catalog(content).catalog
    zh = search(catalog, "免提")
    assert [(h.article_id, h.lang, h.clause) for h in zh] == [("phone-conduct", "zh", "1.2")]
    en = search(catalog, "SPEAKERPHONE")
    assert [(h.lang, h.clause) for h in en] == [("en", "1.2")]


def test_search_ignores_width_and_needs_every_term(content):
    catalog = load_catalog(content).catalog
    assert [h.clause for h in search(catalog, "ｓｐｅａｋｅｒｐｈｏｎｅ")] == ["1.2"]
    assert [h.clause for h in search(catalog, "never speakerphone")] == ["1.2"]
    assert search(catalog, "never elephant") == []
    assert search(catalog, "   ") == []


def test_search_over_the_shipped_lessons():
    from tests.conftest import CONTENT

    catalog = load_catalog(CONTENT).catalog
    hits = search(catalog, "首问")
    assert any(h.article_id == "first-responder" for h in hits)
    assert any(h.lang == "en" for h in search(catalog, "first responder"))
