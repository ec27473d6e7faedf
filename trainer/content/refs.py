"""How a clause reference and a phrase's alternative read to a trainee or presenter (Qt-free, no Markdown).

A clause is stored as `article-id:number` (`data-security:1.3`); on screen and in reports it reads as the
lesson's title and the clause number (数据与信息安全 1.3 / Data and information security 1.3). An alternative the
course wrote itself (no source gives one) is labelled as such, never passed off as the code's own words.
"""

from __future__ import annotations

import html
import re

from trainer.content.model import Catalog

# a raw reference as it stands in content files; also what no rendered text may show
RAW_REF_RE = re.compile(r"\b([a-z0-9]+(?:-[a-z0-9]+)*):(\d+(?:\.\d+)+)\b")

SAY_INSTEAD = {"zh": "应该说", "en": "Say instead"}
COMPOSED = {"zh": "推荐说法（本课程编写）", "en": "Suggested wording (written for this course)"}


# lesson titles of the catalog the application shows (lang -> article id -> title), for views that are handed a
# reference without the catalog (a role-play step, a quiz question); set by the UI state when content loads
_shown: dict[str, dict[str, str]] = {}


def remember_titles(catalog: Catalog) -> None:
    """The catalog whose lesson titles label references given without a catalog."""
    _shown.clear()
    for lang in ("zh", "en"):
        _shown[lang] = {a.id: a.text(lang).title for a in catalog.articles.values()}


def clause_label(catalog: Catalog | None, ref: str, lang: str) -> str:
    """`data-security:1.3` -> '数据与信息安全 1.3' ('Data and information security 1.3' in English)."""
    article_id, _, number = ref.partition(":")
    lang = "en" if lang == "en" else "zh"
    if catalog is not None:
        article = catalog.articles.get(article_id)
        title = article.text(lang).title if article is not None else None
    else:
        title = _shown.get(lang, {}).get(article_id)
    if title is None:
        return number or ref  # an unknown article is a validation problem; show at least the number
    return f"{title} {number}" if number else title


def clause_link(ref: str, lang: str, href: str | None = None, catalog: Catalog | None = None) -> str:
    """An HTML link to a clause whose text is its label; `href` defaults to the reference itself."""
    target = html.escape(ref if href is None else href)
    return f'<a href="{target}">{html.escape(clause_label(catalog, ref, lang))}</a>'


def clause_labels(catalog: Catalog | None, refs, lang: str) -> list[str]:
    return [clause_label(catalog, r, lang) for r in refs]


def with_clause_labels(catalog: Catalog | None, text: str, lang: str) -> str:
    """`text` with every raw `article:clause` reference to a known lesson written as its label."""
    def label(m: re.Match) -> str:
        known = catalog.articles if catalog is not None else _shown.get("zh", {})
        return clause_label(catalog, m.group(0), lang) if m.group(1) in known else m.group(0)

    return RAW_REF_RE.sub(label, text)


def alternative_label(composed: bool, lang: str) -> str:
    """'应该说' for the code's own words; '推荐说法（本课程编写）' for wording written for this course."""
    table = COMPOSED if composed else SAY_INSTEAD
    return table["en" if lang == "en" else "zh"]
