"""Search across every lesson in both languages: titles and clauses, width- and case-insensitive."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from trainer.content.model import Catalog


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    lang: str
    clause: str | None  # None: the title or summary matched
    title: str
    snippet: str


def fold(text: str) -> str:
    """Full-width to half-width, case folded, whitespace collapsed: ＡＢＣ１２ == abc12."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def search(catalog: Catalog, query: str, limit: int = 200) -> list[SearchHit]:
    terms = fold(query).split()
    if not terms:
        return []
    hits: list[SearchHit] = []
    for article in catalog.sorted_articles():
        for lang in ("zh", "en"):
            text = article.texts.get(lang)
            if text is None:
                continue
            head = fold(text.title + " " + text.summary)
            if all(t in head for t in terms):
                hits.append(SearchHit(article.id, lang, None, text.title, text.summary))
            for clause in text.clauses:
                body = fold(clause.number + " " + clause.text)
                if all(t in body for t in terms):
                    hits.append(SearchHit(article.id, lang, clause.number, text.title,
                                          _snippet(clause.text, terms[0])))
                if len(hits) >= limit:
                    return hits
    return hits


def _snippet(text: str, term: str, width: int = 60) -> str:
    folded = fold(text)
    at = folded.find(term)
    if at < 0 or len(text) <= width:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, at - width // 3)
    piece = text[start:start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")
