"""Finding forbidden phrases (服务忌语) in what a trainee says or types.

The rules come from the phrase bank (content/phrases/forbidden.yaml), so a manager who adds a phrase there
needs no code. Matching ignores width, case, spaces and punctuation; a phrase written with punctuation inside
("有问题？关电重启就得了") matches when its parts appear in order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from trainer.content.model import Catalog, I18n, Phrase

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
_PLACEHOLDER = re.compile(r"X+|x{2,}|\*{2,}|…+")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _DROP.sub("", text)


def _parts(phrase: str) -> list[str]:
    phrase = _PLACEHOLDER.sub(" ", unicodedata.normalize("NFKC", phrase))
    return [p for p in (normalize(piece) for piece in re.split(r"[\s\W_]+", phrase)) if p]


@dataclass(frozen=True)
class PhraseHit:
    phrase_id: str
    category: str  # the group in the phrase bank: irresponsible, blaming-customer ...
    category_title: I18n
    matched: str  # the phrase as the bank writes it
    clauses: tuple[str, ...]
    alternative: I18n | None


class PhraseChecker:
    def __init__(self, phrases: list[Phrase]) -> None:
        self._rules: list[tuple[Phrase, str, list[str]]] = []
        for phrase in phrases:
            if phrase.kind != "forbidden":
                continue
            for lang in ("zh", "en"):
                parts = _parts(phrase.text.get(lang))
                if parts and sum(len(p) for p in parts) >= 2:
                    self._rules.append((phrase, lang, parts))

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> "PhraseChecker":
        return cls(list(catalog.phrases.values()))

    def check(self, text: str) -> list[PhraseHit]:
        flat = normalize(text)
        found: dict[str, PhraseHit] = {}
        for phrase, _lang, parts in self._rules:
            if phrase.id in found:
                continue
            at = 0
            for part in parts:
                at = flat.find(part, at)
                if at < 0:
                    break
                at += len(part)
            else:
                found[phrase.id] = PhraseHit(phrase.id, phrase.group, phrase.group_title, phrase.text.zh,
                                             phrase.clauses, phrase.alternative)
        # a hit inside a longer hit is the same offence ("我不知道" within "这我不知道怎么弄")
        hits = list(found.values())
        return [h for h in hits if not any(h is not o and normalize(h.matched) in normalize(o.matched) and
                                           len(normalize(o.matched)) > len(normalize(h.matched)) for o in hits)]
