"""Content for service tests: the shipped content plus numbered drill questions `q0`, `q1`, ... (single choice,
four options, the right one always B), on a drill lesson that measures communication. Real questions in a real
FileContent, so the services grade them with the one engine, as they grade the shipped ones."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from tests.conftest import CONTENT
from trainer.content.model import Article, ArticleText, Catalog, Clause
from trainer.services.content import FileContent

RIGHT, WRONG = 1, 0  # the drill questions' right option, and a wrong one


@lru_cache(maxsize=1)
def _shipped():
    from trainer.content.loader import load_catalog

    return load_catalog(CONTENT)


def drill(count: int = 100) -> FileContent:
    from trainer.content.schema import I18nText, Question

    shipped = _shipped()
    catalog = replace(shipped.catalog, articles=dict(shipped.catalog.articles),
                      questions=dict(shipped.catalog.questions))
    text = ArticleText("zh", "练习", "", "", (Clause("1.1", "练习条款", 1),), "content/articles/drill.zh.md", 1)
    catalog.articles["drill"] = Article("drill", 99, ("communication",), (), {"zh": text})
    options = [I18nText(zh=z, en=e) for z, e in (("甲", "A"), ("乙", "B"), ("丙", "C"), ("丁", "D"))]
    for i in range(count):
        catalog.questions[f"q{i}"] = Question(
            id=f"q{i}", type="single", clauses=["drill:1.1"], prompt=I18nText(zh=f"练习题 {i}", en=f"Drill {i}"),
            options=options, answer=RIGHT, explanation=I18nText(zh="选乙。", en="B."))
    repository = FileContent.of(shipped, CONTENT)
    return FileContent(catalog, repository._origins, repository._revisions)


def given(right: bool) -> int:
    return RIGHT if right else WRONG
