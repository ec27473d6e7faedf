"""Finding forbidden phrases (服务忌语) in what a trainee says or types.

The rules come from the phrase bank (content/phrases/forbidden.yaml): each phrase, its `variants` (other
wordings of the same thing), its `exceptions` (proper sentences that share its words) and `at_start`. A manager
who adds a phrase there needs no code.

Matching is forgiving about how a phrase is written, not about what it says:
* width, case, spaces and punctuation do not matter, and traditional characters count as simplified (OpenCC);
* in Chinese, up to two filler characters may stand between the characters of a phrase (我也不知道, 这个不归我管啊,
  这事儿你不懂) and the parts of a phrase written with punctuation (有问题？关电重启就得了) may stand apart;
* in English, contractions are expanded (don't = do not) and filler words may stand between the words
  (I just don't know, that is really not my department).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from trainer.content.model import Catalog, I18n, Phrase

ZH_FILLERS = "也都就还可真倒却啊呀吧呢嘛哦了儿的么啦哈个些们着能太是到底那种啥这又"
EN_FILLERS = ("just", "really", "even", "actually", "honestly", "simply", "so", "all", "um", "uh", "like",
              "basically", "frankly", "totally", "completely", "truly", "quite", "very", "guys", "on earth",
              "the hell", "still")
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_PLACEHOLDER = re.compile(r"X{2,}|x{2,}|\*{2,}|…+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CONTRACTIONS = ((r"won't", "will not"), (r"can't", "can not"), (r"cannot", "can not"), (r"n't", " not"),
                 (r"'re", " are"), (r"'m", " am"), (r"'ll", " will"), (r"'ve", " have"), (r"'d", " would"),
                 (r"\bit's\b", "it is"), (r"\bthat's\b", "that is"), (r"\bthere's\b", "there is"),
                 (r"\bwhat's\b", "what is"), (r"\bhere's\b", "here is"), (r"\bhe's\b", "he is"),
                 (r"\bshe's\b", "she is"), (r"\bdont\b", "do not"), (r"\bcant\b", "can not"),
                 (r"\bwont\b", "will not"), (r"\bisnt\b", "is not"), (r"\bdoesnt\b", "does not"),
                 (r"\bim\b", "i am"), (r"\bthats\b", "that is"))


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc

        return opencc.OpenCC("t2s").convert
    except Exception:  # noqa: BLE001 - without OpenCC traditional text is matched as written
        return lambda text: text


# characters OpenCC leaves alone because both forms are in use, folded for matching only
_FOLD = str.maketrans({"著": "着", "’": "'", "‘": "'"})


def _base(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _t2s()(text).casefold()


def normalize(text: str) -> str:
    """Chinese-style normal form: no spaces, no punctuation, simplified, lower case."""
    return _PUNCT.sub("", _base(text))


def english_words(text: str) -> str:
    text = _base(text)
    for pattern, repl in _CONTRACTIONS:
        text = re.sub(pattern, repl, text)
    return " " + " ".join(w for w in _PUNCT.sub(" ", text).split()) + " "


def _zh_parts(phrase: str) -> list[str]:
    phrase = _PLACEHOLDER.sub(" ", _base(phrase))
    return [p for p in (_PUNCT.sub("", piece) for piece in _PUNCT.split(phrase)) if p]


def _zh_regex(phrase: str) -> re.Pattern | None:
    parts = _zh_parts(phrase)
    if not parts or sum(len(p) for p in parts) < 2:
        return None
    filler = f"[{ZH_FILLERS}]{{0,3}}"
    pieces = [filler.join(re.escape(ch) for ch in part) for part in parts]
    return re.compile(".{0,12}?".join(pieces))


def _en_regex(phrase: str, at_start: bool = False) -> re.Pattern | None:
    words = english_words(phrase).split()
    if not words:
        return None
    filler = "(?: (?:" + "|".join(EN_FILLERS) + "))?"
    body = "".join((" " if i == 0 else filler + " ") + re.escape(w) for i, w in enumerate(words))
    return re.compile(("^" if at_start else "") + body + r"(?= )")


@dataclass(frozen=True)
class PhraseHit:
    phrase_id: str
    category: str  # the group in the phrase bank: irresponsible, blaming-customer ...
    category_title: I18n
    matched: str  # the phrase as the bank writes it (Chinese)
    span: tuple[int, int]  # where it was found, in the normalised text
    clauses: tuple[str, ...]
    alternative: I18n | None
    text: I18n | None = None  # the phrase in both languages
    alternative_composed: bool = False  # the alternative was written for this course (no source gives one)

    def phrase_in(self, lang: str) -> str:
        return self.text.get(lang) if self.text else self.matched


@dataclass(frozen=True)
class _Rule:
    phrase: Phrase
    lang: str
    pattern: re.Pattern
    length: int


class PhraseChecker:
    def __init__(self, phrases: list[Phrase]) -> None:
        self._rules: list[_Rule] = []
        self._openers: list[tuple[Phrase, str, str]] = []
        self._exceptions: dict[str, list[str]] = {}
        for phrase in phrases:
            if phrase.kind != "forbidden":
                continue
            for lang in ("zh", "en"):
                texts = [t for text in (phrase.text.get(lang), *phrase.variants.get(lang, ()))
                         for t in _alternatives(text)]
                for text in texts:
                    if phrase.at_start:
                        self._openers.append((phrase, lang, text))
                        continue
                    pattern = _zh_regex(text) if lang == "zh" else _en_regex(text, False)
                    if pattern is not None:
                        self._rules.append(_Rule(phrase, lang, pattern, len(text)))
            self._exceptions[phrase.id] = [normalize(e) for lang in ("zh", "en")
                                           for e in phrase.exceptions.get(lang, ())]

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> "PhraseChecker":
        return cls(list(catalog.phrases.values()))

    def check(self, text: str) -> list[PhraseHit]:
        """Every forbidden phrase in `text`, each once; a phrase found inside a longer one found is dropped."""
        zh = normalize(text)
        en = english_words(text) if re.search(r"[a-z]", _base(text)) else ""
        flat_zh_text = _PUNCT.sub("", _base(text))
        found: dict[str, tuple[_Rule, tuple[int, int], str]] = {}
        for rule in self._rules:
            target = zh if rule.lang == "zh" else en
            if not target:
                continue
            m = rule.pattern.search(target)
            if m is None or self._excepted(rule.phrase.id, flat_zh_text, rule.lang, target, m):
                continue
            known = found.get(rule.phrase.id)
            if known is None or m.end() - m.start() > known[1][1] - known[1][0]:
                found[rule.phrase.id] = (rule, (m.start(), m.end()), rule.lang)
        hits = [(rule, span, lang) for rule, span, lang in found.values()]
        for phrase, lang, opener in self._openers:
            if phrase.id not in found and _opens_with(text, opener):
                rule = _Rule(phrase, lang, re.compile(""), 1)
                found[phrase.id] = (rule, (0, len(opener)), lang)
                hits.append((rule, (0, len(opener)), lang))
        keep = []
        for rule, span, lang in hits:
            inside = any(other is not rule and olang == lang and ospan[0] <= span[0] and span[1] <= ospan[1]
                         and (ospan[1] - ospan[0]) > (span[1] - span[0]) for other, ospan, olang in hits)
            # a phrase that the bank writes inside a longer one found too (我不知道 / 我不知道，这不是我负责的)
            inside = inside or (not rule.phrase.at_start and any(
                other.phrase.id != rule.phrase.id and _contains(other.phrase, rule.phrase) for other, _s, _l in hits))
            if not inside:
                p = rule.phrase
                keep.append(PhraseHit(p.id, p.group, p.group_title, p.text.zh, span, p.clauses, p.alternative,
                                      p.text, p.alternative_composed))
        return sorted(keep, key=lambda h: h.span)

    def _excepted(self, phrase_id: str, flat: str, lang: str, target: str, m: re.Match) -> bool:
        exceptions = self._exceptions.get(phrase_id) or []
        return any(e and e in flat for e in exceptions)


def _contains(longer: Phrase, shorter: Phrase) -> bool:
    short, long = normalize(shorter.text.zh), normalize(longer.text.zh)
    return len(long) > len(short) and short in long


def _alternatives(text: str) -> list[str]:
    """'开发人员/销售人员，怎么这样' -> the phrase with each alternative ('A / B' in English too)."""
    m = re.search(r"(\S+?)\s*/\s*(\S+?)(?=[，,。.!?？！\s]|$)", text)
    if not m:
        return [text]
    return [text[: m.start()] + m.group(1) + text[m.end():], text[: m.start()] + m.group(2) + text[m.end():]]


def _opens_with(text: str, phrase: str) -> bool:
    """The reply opens with the phrase as a word of its own: "不，不能给您换" / "No, ..." (not 不好意思, No clue)."""
    head = _base(text).lstrip()
    word = _PUNCT.sub("", _base(phrase))
    return bool(word) and bool(re.match(re.escape(word) + r"\s*(?:[，,。.!！;；]|$)", head))
