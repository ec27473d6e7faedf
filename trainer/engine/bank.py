"""Questions made from the phrase bank: classify a phrase, rewrite a forbidden one, match situations to phrases.

They join the hand-written questions in one bank, each citing the clause it tests, so a manager who adds a
phrase to content/phrases gets its questions without writing any.
"""

from __future__ import annotations

import random

from trainer.content.model import Catalog, Phrase
from trainer.content.refs import alternative_label
from trainer.content.schema import I18nText, Question

SERVICE_LABEL = I18nText(zh="服务用语（应该说）", en="Service phrase (say it)")
FORBIDDEN_LABEL = I18nText(zh="服务忌语（不能说）", en="Forbidden phrase (never say it)")
# words a polite rewrite holds (any one); the phrase checker makes sure no forbidden phrase is left
POLITE = {"zh": ["您", "请", "对不起", "抱歉", "马上", "帮您", "我们会", "谢谢"],
          "en": ["please", "sorry", "i will", "i'll", "we will", "we'll", "right away", "thank", "let me", "could"]}


def _t(text) -> I18nText:
    return I18nText(zh=text.zh, en=text.en)


def _fallback_clause(catalog: Catalog, kind: str) -> str | None:
    """The language-norms clause that lists this kind of phrase (3.1 service phrases, 4.1 forbidden)."""
    ref = "language-norms:3.1" if kind == "service" else "language-norms:4.1"
    return ref if catalog.has_clause(ref) else None


def classify_question(catalog: Catalog, phrase: Phrase) -> Question | None:
    clauses = list(phrase.clauses) or [c for c in [_fallback_clause(catalog, phrase.kind)] if c]
    if not clauses:
        return None
    forbidden = phrase.kind == "forbidden"
    if forbidden:
        why = I18nText(zh=f"“{phrase.text.zh}”是服务忌语（{phrase.group_title.zh}）。",
                       en=f"“{phrase.text.en}” is a forbidden phrase ({phrase.group_title.en}).")
        if phrase.alternative is not None:
            say = {lang: alternative_label(phrase.alternative_composed, lang) for lang in ("zh", "en")}
            why = I18nText(zh=f"{why.zh}{say['zh']}：“{phrase.alternative.zh}”",
                           en=f"{why.en} {say['en']}: “{phrase.alternative.en}”")
    else:
        why = I18nText(zh=f"“{phrase.text.zh}”是服务用语（{phrase.group_title.zh}）。",
                       en=f"“{phrase.text.en}” is a service phrase ({phrase.group_title.en}).")
    return Question(
        id=f"classify-{phrase.id}", type="single", style="classify", clauses=clauses,
        prompt=I18nText(zh=f"这句话是服务用语还是服务忌语？\n“{phrase.text.zh}”",
                        en=f"Is this a service phrase or a forbidden phrase?\n“{phrase.text.en}”"),
        options=[SERVICE_LABEL, FORBIDDEN_LABEL], answer=1 if forbidden else 0, explanation=why, phrase=phrase.id,
    )


def rewrite_question(phrase: Phrase) -> Question | None:
    if phrase.kind != "forbidden" or not phrase.clauses or phrase.alternative is None:
        return None
    return Question(
        id=f"rewrite-{phrase.id}", type="rewrite", clauses=list(phrase.clauses),
        prompt=I18nText(zh=f"“{phrase.text.zh}”是服务忌语。请把它改写成得体的服务用语：",
                        en=f"“{phrase.text.en}” is a forbidden phrase. Rewrite it as proper service language:"),
        expect=POLITE,
        explanation=I18nText(
            zh=f"{alternative_label(phrase.alternative_composed, 'zh')}：“{phrase.alternative.zh}”",
            en=f"{alternative_label(phrase.alternative_composed, 'en')}: “{phrase.alternative.en}”"),
        phrase=phrase.id,
    )


def match_questions(catalog: Catalog, count: int = 8, per_question: int = 4, seed: int = 2026) -> list[Question]:
    """Situations (the service phrase groups) to match with a phrase of each."""
    groups: dict[str, list[Phrase]] = {}
    for phrase in catalog.phrases.values():
        if phrase.kind == "service":
            groups.setdefault(phrase.group, []).append(phrase)
    names = sorted(g for g, items in groups.items() if items)
    if len(names) < per_question:
        return []
    rng = random.Random(seed)
    questions = []
    for n in range(count):
        chosen = rng.sample(names, per_question)
        phrases = [rng.choice(sorted(groups[g], key=lambda p: p.id)) for g in chosen]
        clauses = sorted({c for p in phrases for c in p.clauses}) or [_fallback_clause(catalog, "service")]
        if not clauses[0]:
            continue
        questions.append(Question(
            id=f"match-{n + 1}", type="match", clauses=clauses,
            prompt=I18nText(zh="为每个场合选出合适的服务用语：", en="Match each situation with the right service phrase:"),
            items=[_t(p.group_title) for p in phrases], options=[_t(p.text) for p in phrases],
            answer=list(range(per_question)),
            explanation=I18nText(
                zh="；".join(f"{p.group_title.zh}：“{p.text.zh}”" for p in phrases),
                en="; ".join(f"{p.group_title.en}: “{p.text.en}”" for p in phrases)),
        ))
    return questions


def build_bank(catalog: Catalog) -> dict[str, Question]:
    """Every question: the hand-written ones and those made from the phrase bank."""
    bank: dict[str, Question] = dict(catalog.questions)
    for phrase in sorted(catalog.phrases.values(), key=lambda p: p.id):
        for q in (classify_question(catalog, phrase), rewrite_question(phrase)):
            if q is not None:
                bank[q.id] = q
    for q in match_questions(catalog):
        bank[q.id] = q
    return bank
