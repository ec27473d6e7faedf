"""Typed models of the content files (pydantic). Unknown keys are errors everywhere."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
SeedRef = Annotated[str, StringConstraints(pattern=r"^\d{3}$")]  # a file's prefix in shared/seeds
# a source document in content/sources.yaml, or a part of a collection: `onsite-codes/claims-survey`; the loader
# checks it against the registry (an unknown one is a problem at its line, the file stays usable)
SourceRef = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# node, choice and flag names inside a scenario: snake_case or kebab-case (calm_down, backup_done)
Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*([_-][a-z0-9]+)*$")]
ClauseRef = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*:\d+(\.\d+)*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# shown after an item's original text to a trainee of the language it has not been translated into yet
UNTRANSLATED = {"zh": "（尚未翻译）", "en": " (not translated yet)"}


class I18nText(Strict):
    zh: Text
    en: Text

    @model_validator(mode="before")
    @classmethod
    def _one_language(cls, data):
        """Single-language content is allowed: the other language shows the original text with a mark (the unit
        lists it as a warning, see units.untranslated)."""
        if isinstance(data, dict) and len(data) == 1:
            (lang, text), = data.items()
            if lang in UNTRANSLATED and isinstance(text, str) and text.strip():
                other = "en" if lang == "zh" else "zh"
                return {lang: text, other: text.strip() + UNTRANSLATED[other]}
        return data

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


# what a step imported from a Twine story has not got yet (feedback, a debrief): an empty text the validator
# reports as a warning, still to fill before publishing. A default is never validated, so it may be empty.
BLANK = I18nText.model_construct(zh="", en="")


class Competency(Strict):
    id: Id
    name: I18nText


class CompetencyFile(Strict):
    competencies: list[Competency] = Field(min_length=1)


class SourcePart(Strict):
    """One document of a collection, under its own title."""

    id: Id
    title: I18nText


class Source(Strict):
    """A source document, named as it names itself; issuer, version and date only where it gives them."""

    id: Id
    seed: SeedRef
    title: I18nText
    issuer: I18nText | None = None
    version: Text | None = None
    date: Text | None = None
    parts: list[SourcePart] = Field(default_factory=list)


class SourcesFile(Strict):
    sources: list[Source] = Field(min_length=1)


class ZhFrontMatter(Strict):
    id: Id
    lang: Literal["zh"]
    title: Text
    summary: Text
    order: int
    competencies: list[Id] = Field(min_length=1)
    sources: list[SourceRef] = Field(min_length=1)


class EnFrontMatter(Strict):
    id: Id
    lang: Literal["en"]
    title: Text
    summary: Text


class ServicePhrase(Strict):
    id: Id
    zh: Text
    en: Text
    sources: list[SourceRef] = Field(min_length=1)
    clauses: list[ClauseRef] = Field(default_factory=list)


class Alternative(I18nText):
    """What to say instead of a forbidden phrase; `composed` when the course wrote it (no source gives one)."""

    composed: bool = False


class ForbiddenPhrase(Strict):
    id: Id
    zh: Text
    en: Text
    # other wordings with the same meaning, matched like the phrase itself
    variants: dict[Lang, list[Text]] = Field(default_factory=dict)
    # proper sentences that contain the phrase's words but are not the phrase (我不管多忙…)
    exceptions: dict[Lang, list[Text]] = Field(default_factory=dict)
    at_start: bool = False  # only as the opening word of a reply (a bare "不，…" / "No, …")
    # the wording to use instead; a phrase without one yet (just imported, say) is a warning, not an error
    alternative: Alternative | None = None
    breaks: list[ClauseRef] = Field(min_length=1)
    sources: list[SourceRef] = Field(min_length=1)


class ServiceGroup(Strict):
    id: Id
    title: I18nText
    phrases: list[ServicePhrase] = Field(min_length=1)


class ForbiddenGroup(Strict):
    id: Id
    title: I18nText
    phrases: list[ForbiddenPhrase] = Field(min_length=1)


class ServiceBank(Strict):
    kind: Literal["service"]
    groups: list[ServiceGroup] = Field(min_length=1)


class ForbiddenBank(Strict):
    kind: Literal["forbidden"]
    groups: list[ForbiddenGroup] = Field(min_length=1)


# -- scenarios ---------------------------------------------------------------------------------------

Speaker = Literal["customer", "trainee", "narrator", "colleague", "manager"]
Rating = Literal["excellent", "acceptable", "failed"]
Scores = dict[Id, int]


class Choice(Strict):
    """One reply the trainee may pick; `requires` flags gate `next` (else `otherwise`, or the choice is hidden)."""

    id: Key
    text: I18nText
    next: Key
    feedback: I18nText = BLANK  # missing: a warning (to fill before publishing)
    score: Scores = Field(default_factory=dict)
    refs: list[ClauseRef] = Field(default_factory=list)
    sets: list[Key] = Field(default_factory=list)
    requires: list[Key] = Field(default_factory=list)
    otherwise: Key | None = None


class Expect(Strict):
    """An element a typed reply should contain (a greeting, an apology, a concrete time...)."""

    id: Key
    label: I18nText
    patterns: dict[Lang, list[Text]]
    score: Scores


class Reply(Strict):
    """A free-text reply, graded by its expected elements and by the forbidden-phrase checker."""

    prompt: I18nText
    expect: list[Expect] = Field(min_length=1)
    forbidden_penalty: Scores = Field(default_factory=dict)  # applied once when the reply holds any forbidden phrase
    next: Key
    feedback: I18nText = BLANK
    refs: list[ClauseRef] = Field(default_factory=list)
    sets: list[Key] = Field(default_factory=list)


class Ending(Strict):
    rating: Rating | None = None  # missing: a warning; played as "acceptable" until the author chooses
    title: I18nText
    debrief: I18nText = BLANK


class Node(Strict):
    speaker: Speaker
    text: I18nText
    choices: list[Choice] = Field(default_factory=list)
    reply: Reply | None = None
    ending: Ending | None = None
    timer: Annotated[int, Field(gt=0, le=600)] | None = None  # seconds to answer
    on_timeout: Key | None = None  # the choice taken when the time runs out
    requires: list[Key] = Field(default_factory=list)  # flags needed to enter; else go to `otherwise`
    otherwise: Key | None = None
    pos: tuple[int, int] | None = None  # where the scenario map draws the step's card (x, y)


class ScenarioFile(Strict):
    id: Id
    title: I18nText
    summary: I18nText
    competencies: list[Id] = Field(min_length=1)
    start: Key
    nodes: dict[Key, Node] = Field(min_length=1)


# -- hand-written quiz questions ---------------------------------------------------------------------

QuestionType = Literal["single", "multiple", "true-false", "numeric", "order", "match", "rewrite", "short"]


class Question(Strict):
    """A hand-written question; it cites the clauses it tests and explains its answer.

    answer: single -> option index; multiple -> list of option indexes; true-false -> true/false;
    numeric -> a number; order -> the option indexes in the right order (options are shown shuffled);
    match -> for each item, the index of its option; rewrite -> none (graded by `expect` and the phrase checker);
    short -> none (a typed answer, right when it is one of `accept`).
    """

    id: Id
    type: QuestionType
    # what the question asks of the trainee, for choosing quiz pools: a fact of an article, the best reply
    # in a situation, or spotting the forbidden phrase in a short dialogue (options are its lines)
    style: Literal["fact", "best-reply", "spot", "classify"] = "fact"
    # the clauses it tests; a question imported from another LMS may cite none yet (the reviewer adds them)
    clauses: list[ClauseRef] = []
    lesson: bool = False  # part of the short check at the end of the clauses' lesson
    prompt: I18nText
    options: list[I18nText] = Field(default_factory=list)
    answer: int | float | bool | list[int] | None = None
    unit: I18nText | None = None  # numeric: the unit shown after the box (小时, hours)
    items: list[I18nText] = Field(default_factory=list)  # match: the situations; answer[i] is the option that fits items[i]
    expect: dict[Lang, list[Text]] = Field(default_factory=dict)  # rewrite: a good rewrite holds one of these (and no forbidden phrase)
    accept: dict[Lang, list[Text]] = Field(default_factory=dict)  # short: the accepted answers (compared without case, spaces, punctuation)
    phrase: Id | None = None  # classify/rewrite: the phrase bank entry the question is about
    explanation: I18nText


class QuizFile(Strict):
    questions: list[Question] = Field(min_length=1)
