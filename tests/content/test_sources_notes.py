"""Source citations and the two kinds of note, as `trainer validate` checks them: each problem at its line."""

from __future__ import annotations

from pathlib import Path

from trainer.content.loader import load_catalog

SOURCES = """sources:
  - id: engineer-code
    seed: "000"
    title: {zh: 《工程师服务行为规范》V1.0, en: Engineers' Service Conduct Code V1.0}
  - id: field-codes
    seed: "003"
    title: {zh: 现场服务工程师服务规范合集, en: Collected codes for field service engineers}
    parts:
      - id: hotline-agent
        title: {zh: 《坐席工程师服务规范及禁止行为》, en: Hotline Agents' Service Rules and Prohibitions}
"""
CONFLICT_ZH = ("> 冲突：两份规范对接听时限的要求不同：{@engineer-code}要求第二声内接起，"
               "{@field-codes/hotline-agent}要求三声内接起。以本公司规定为准。")
CONFLICT_EN = ("> Conflict: the two codes differ on how fast to answer: {@engineer-code} says during the second ring, "
               "{@field-codes/hotline-agent} within three rings. Follow your company's own rule.")
WORDING_ZH = "> 措辞：{@engineer-code}写作“禁止使用免提”。"
WORDING_EN = "> Wording: {@engineer-code} says “do not use the speakerphone”."


def with_notes(content: Path, zh: dict[str, str], en: dict[str, str]) -> Path:
    """The fixture's lesson with `notes` (clause number -> note lines) under its clauses, and a source registry."""
    (content / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    for lang, notes in (("zh", zh), ("en", en)):
        path = content / "articles" / f"phone-conduct.{lang}.md"
        lines = path.read_text(encoding="utf-8").split("\n")
        out = []
        for line in lines:
            out.append(line)
            number = line.split(" ", 1)[0]
            if number in notes:
                out += ["", notes[number]]
        path.write_text("\n".join(out), encoding="utf-8")
    return content


def problems(content: Path) -> list[str]:
    return [str(p) for p in load_catalog(content).problems]


def line_of(content: Path, lang: str, text: str) -> int:
    lines = (content / "articles" / f"phone-conduct.{lang}.md").read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if text in line)


def test_both_kinds_of_note_load_with_the_sources_they_cite(content):
    with_notes(content, {"1.1": CONFLICT_ZH, "1.2": WORDING_ZH}, {"1.1": CONFLICT_EN, "1.2": WORDING_EN})
    result = load_catalog(content)
    assert result.problems == []
    clauses = result.catalog.articles["phone-conduct"].text("zh").clauses
    assert [(n.kind, n.sources) for n in clauses[0].notes] == [("conflict", ("engineer-code", "field-codes/hotline-agent"))]
    assert [(n.kind, n.sources) for n in clauses[1].notes] == [("wording", ("engineer-code",))]
    assert result.catalog.source_title("field-codes/hotline-agent", "zh") == "《坐席工程师服务规范及禁止行为》"


def test_a_file_number_or_an_unknown_source_is_a_problem_at_its_line(content):
    with_notes(content, {"1.2": "> 措辞：{@000}写作“禁止使用免提”。"}, {"1.2": "> Wording: {@engineer-cod} says so."})
    zh, en = line_of(content, "zh", "{@000}"), line_of(content, "en", "{@engineer-cod}")
    found = problems(content)
    assert (f"content/articles/phone-conduct.zh.md:{zh}: note under 1.2: unknown source '000': that is the file number "
            f"of a source; cite it by its id 'engineer-code' (content/sources.yaml)") in found
    assert (f"content/articles/phone-conduct.en.md:{en}: note under 1.2: unknown source 'engineer-cod' "
            f"(did you mean 'engineer-code'?)") in found


def test_front_matter_and_phrase_citations_are_checked(content):
    with_notes(content, {}, {})
    zh = content / "articles" / "phone-conduct.zh.md"
    zh.write_text(zh.read_text(encoding="utf-8").replace("sources: [engineer-code]", 'sources: ["002"]'),
                  encoding="utf-8")
    bank = content / "phrases" / "forbidden.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("sources: [engineer-code]",
                                                             "sources: [field-codes/hotline]"), encoding="utf-8")
    found = problems(content)
    assert "content/articles/phone-conduct.zh.md:8: sources[0]: unknown source '002'" in found
    assert ("content/phrases/forbidden.yaml:11: phrase 'i-dont-know': sources[0]: unknown part 'hotline' of source "
            "'field-codes' (did you mean 'field-codes/hotline-agent'?)") in found


def test_an_old_style_note_must_say_its_kind(content):
    with_notes(content, {"1.2": "> 注：000 写作“禁止使用免提”。"}, {"1.2": WORDING_EN})
    line = line_of(content, "zh", "> 注")
    assert problems(content) == [
        f"content/articles/phone-conduct.zh.md:{line}: a note says whether it is a wording note ('> 措辞：' / "
        f"'> Wording:') or a conflict ('> 冲突：' / '> Conflict:')",
        # the English note then has no Chinese counterpart
        f"content/articles/phone-conduct.en.md:{line_of(content, 'en', '> Wording')}: the notes under 1.2 differ "
        f"from the Chinese file's (kinds [] citing [])",
    ]


def test_a_conflict_cites_both_sources_and_tells_which_rule_decides(content):
    one_source = "> 冲突：{@engineer-code}要求第二声内接起。以本公司规定为准。"
    undecided = CONFLICT_EN.replace(" Follow your company's own rule.", "")
    with_notes(content, {"1.1": one_source}, {"1.1": undecided})
    found = problems(content)
    assert (f"content/articles/phone-conduct.zh.md:{line_of(content, 'zh', '> 冲突')}: a conflict note cites each "
            f"source whose rule differs ({{@a}} … {{@b}})") in found
    assert (f"content/articles/phone-conduct.en.md:{line_of(content, 'en', '> Conflict')}: a conflict note tells the "
            f"trainee which rule decides: end it with 'Follow your company's own rule.'") in found


def test_the_two_languages_carry_the_same_notes(content):
    with_notes(content, {"1.1": CONFLICT_ZH}, {"1.1": WORDING_EN})
    line = line_of(content, "en", "> Wording")
    assert problems(content) == [
        f"content/articles/phone-conduct.en.md:{line}: the notes under 1.1 differ from the Chinese file's "
        f"(kinds ['conflict'] citing [['engineer-code', 'field-codes/hotline-agent']])"]


def test_a_note_outside_a_clause_is_a_problem(content):
    with_notes(content, {}, {})
    zh = content / "articles" / "phone-conduct.zh.md"
    zh.write_text(zh.read_text(encoding="utf-8").replace("## 要点\n", "## 要点\n\n" + WORDING_ZH + "\n"),
                  encoding="utf-8")
    assert problems(content) == [
        f"content/articles/phone-conduct.zh.md:{line_of(content, 'zh', '> 措辞')}: a note stands under the clause it is about"]
