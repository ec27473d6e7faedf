"""Typed models of the content files (pydantic). Unknown keys are errors everywhere."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
SeedRef = Annotated[str, StringConstraints(pattern=r"^\d{3}$")]
ClauseRef = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*:\d+(\.\d+)*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class I18nText(Strict):
    zh: Text
    en: Text

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class Competency(Strict):
    id: Id
    name: I18nText


class CompetencyFile(Strict):
    competencies: list[Competency] = Field(min_length=1)


class ZhFrontMatter(Strict):
    id: Id
    lang: Literal["zh"]
    title: Text
    summary: Text
    order: int
    competencies: list[Id] = Field(min_length=1)
    sources: list[SeedRef] = Field(min_length=1)


class EnFrontMatter(Strict):
    id: Id
    lang: Literal["en"]
    title: Text
    summary: Text


class ServicePhrase(Strict):
    id: Id
    zh: Text
    en: Text
    sources: list[SeedRef] = Field(min_length=1)
    clauses: list[ClauseRef] = []


class ForbiddenPhrase(Strict):
    id: Id
    zh: Text
    en: Text
    alternative: I18nText
    breaks: list[ClauseRef] = Field(min_length=1)
    sources: list[SeedRef] = Field(min_length=1)


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
