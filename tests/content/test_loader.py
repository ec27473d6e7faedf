"""Content loading: every problem named by file and line, all at once; good content loads whole."""

from __future__ import annotations

from pathlib import Path

from trainer.content.loader import load_catalog


def messages(root: Path) -> list[str]:
    return [str(p) for p in load_catalog(root).problems]


def test_valid_content_loads_articles_clauses_and_phrases(content):
    result = load_catalog(content)
    assert result.problems == []
    article = result.catalog.articles["phone-conduct"]
    assert article.clause_numbers == ("1.1", "1.2", "2.1")
    assert article.text("en").clauses[2].text.startswith("Never answer")
    assert result.catalog.clause("phone-conduct:2.1").text == "回答对方问题时，严禁生硬地说“我不知道”。"
    assert result.catalog.phrases["i-dont-know"].kind == "forbidden"


def test_clause_lines_point_into_the_file(content):
    article = load_catalog(content).catalog.articles["phone-conduct"]
    lines = (content / "articles" / "phone-conduct.zh.md").read_text(encoding="utf-8").split("\n")
    for clause in article.text("zh").clauses:
        assert lines[clause.line - 1].startswith(clause.number)


def test_yaml_syntax_error_names_file_and_line(content):
    (content / "phrases" / "forbidden.yaml").write_text("kind: forbidden\ngroups:\n  - id: [unclosed\n", encoding="utf-8")
    [msg] = messages(content)
    assert msg.startswith("content/phrases/forbidden.yaml:4: YAML syntax error") or msg.startswith(
        "content/phrases/forbidden.yaml:3: YAML syntax error"
    )


def test_front_matter_syntax_error_counts_lines_from_the_file_start(content):
    path = content / "articles" / "phone-conduct.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Telephone conduct", "title: [oops"),
                    encoding="utf-8")
    [msg] = [m for m in messages(content) if "phone-conduct.en.md" in m]
    assert msg.startswith("content/articles/phone-conduct.en.md:")
    assert "YAML syntax error" in msg


def test_unknown_key_is_reported_at_its_line(content):
    path = content / "articles" / "phone-conduct.zh.md"
    path.write_text(path.read_text(encoding="utf-8").replace("order: 10\n", "order: 10\nauthor: 张三\n"), encoding="utf-8")
    assert "content/articles/phone-conduct.zh.md:7: author: unknown key" in messages(content)


def test_schema_error_gives_the_key_path(content):
    path = content / "phrases" / "forbidden.yaml"
    text = path.read_text(encoding="utf-8").replace("        breaks: [phone-conduct:2.1]\n", "")
    path.write_text(text, encoding="utf-8")
    assert messages(content) == [
        "content/phrases/forbidden.yaml:6: groups[0].phrases[0].breaks: required key is missing"
    ]


def test_wrong_type_is_reported(content):
    path = content / "articles" / "phone-conduct.zh.md"
    path.write_text(path.read_text(encoding="utf-8").replace("order: 10", "order: first"), encoding="utf-8")
    [msg] = messages(content)
    assert msg.startswith("content/articles/phone-conduct.zh.md:6: order: ")


def test_duplicate_phrase_id(content):
    path = content / "phrases" / "forbidden.yaml"
    text = path.read_text(encoding="utf-8")
    (content / "phrases" / "more.yaml").write_text(text, encoding="utf-8")
    assert messages(content) == [
        "content/phrases/more.yaml:6: duplicate phrase id 'i-dont-know' (first at content/phrases/forbidden.yaml:6)"
    ]


def test_duplicate_yaml_key(content):
    path = content / "competencies.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "competencies: []\n", encoding="utf-8")
    assert messages(content) == ["content/competencies.yaml:6: duplicate key 'competencies' (first at line 1)"]


def test_empty_file(content):
    (content / "phrases" / "forbidden.yaml").write_text("  \n", encoding="utf-8")
    problems = messages(content)
    assert "content/phrases/forbidden.yaml:1: file is empty" in problems


def test_binary_file(content):
    (content / "articles" / "phone-conduct.en.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    problems = messages(content)
    assert "content/articles/phone-conduct.en.md:1: not a text file (it contains binary data)" in problems


def test_not_utf8(content):
    (content / "articles" / "phone-conduct.en.md").write_bytes("---\nid: x\n标题\n".encode("gbk"))
    assert "content/articles/phone-conduct.en.md:3: not valid UTF-8 text (save the file as UTF-8)" in messages(content)


def test_clause_numbers_must_match_between_languages(content):
    path = content / "articles" / "phone-conduct.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("1.2 Never", "1.3 Never"), encoding="utf-8")
    [msg] = messages(content)
    assert msg.startswith("content/articles/phone-conduct.en.md:")
    assert "missing 1.2" in msg and "not in the Chinese source: 1.3" in msg


def test_clause_in_the_wrong_section_and_out_of_order(content):
    path = content / "articles" / "phone-conduct.zh.md"
    path.write_text(path.read_text(encoding="utf-8").replace("2.1 回答", "1.3 回答"), encoding="utf-8")
    problems = messages(content)
    assert any("clause 1.3 stands in section 2" in m for m in problems)


def test_unresolved_clause_reference_suggests_a_name(content):
    path = content / "phrases" / "forbidden.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("phone-conduct:2.1", "phone-conduc:2.1"), encoding="utf-8")
    assert messages(content) == [
        "content/phrases/forbidden.yaml:6: phrase 'i-dont-know': unknown article 'phone-conduc' in "
        "'phone-conduc:2.1' (did you mean 'phone-conduct'?)"
    ]
    path.write_text(path.read_text(encoding="utf-8").replace("phone-conduc:2.1", "phone-conduct:9.9"), encoding="utf-8")
    assert messages(content) == [
        "content/phrases/forbidden.yaml:6: phrase 'i-dont-know': article 'phone-conduct' has no clause 9.9"
    ]


def test_every_problem_is_reported_not_only_the_first(content):
    (content / "phrases" / "forbidden.yaml").write_text("", encoding="utf-8")
    (content / "articles" / "phone-conduct.en.md").write_bytes(b"\x00\x01")
    (content / "articles" / "notes.txt").write_text("scratch", encoding="utf-8")
    files = sorted({m.split(":")[0] for m in messages(content)})
    assert files == [
        "content/articles/notes.txt",
        "content/articles/phone-conduct.en.md",
        "content/phrases/forbidden.yaml",
    ]


def test_broken_file_does_not_hide_the_valid_ones(content):
    (content / "phrases" / "forbidden.yaml").write_text("kind: [", encoding="utf-8")
    result = load_catalog(content)
    assert "phone-conduct" in result.catalog.articles
    assert len(result.problems) == 1


def test_raw_html_and_deep_nesting_do_not_crash(content):
    nested = "a: " + "[" * 200 + "]" * 200 + "\n"
    (content / "phrases" / "forbidden.yaml").write_text(nested, encoding="utf-8")
    problems = messages(content)
    assert len(problems) == 1 and problems[0].startswith("content/phrases/forbidden.yaml:1:")


def test_a_file_of_thousands_of_broken_items_lists_the_first_hundred_and_a_count(content, tmp_path):
    from trainer.content.cache import load_catalog_cached

    question = ("  - id: q{n}\n    type: single\n    clauses: [phone-conduct:9.9]\n"
                "    prompt: {{zh: 问, en: Q}}\n    options: [{{zh: 甲, en: A}}]\n    answer: 3\n"
                "    explanation: {{zh: 因为, en: because}}\n")
    text = "questions:\n" + "".join(question.format(n=n) for n in range(3000))
    (content / "quizzes").mkdir(exist_ok=True)
    (content / "quizzes" / "many.yaml").write_text(text, encoding="utf-8")
    for _ in range(2):  # parsed, then from the cache: the same list
        result, _parsed = load_catalog_cached(content, tmp_path / "cache")
        mine = [p for p in result.problems if p.path == "content/quizzes/many.yaml"]
        assert len(mine) == 101
        assert all("more problems" not in p.message for p in mine[:100])
        assert mine[-1].message == "… and 5,900 more problems in this file (the first 100 are listed)"
        assert mine[-1].line > mine[99].line  # at the file's last problem
        assert result.problems == load_catalog(content).problems


def test_thousands_of_schema_errors_in_one_file_are_counted_not_listed(content, tmp_path):
    from trainer.content.cache import load_catalog_cached

    (content / "quizzes").mkdir(exist_ok=True)
    text = "questions:\n" + "".join(f"  - id: q{n}\n    type: single\n" for n in range(2000))
    (content / "quizzes" / "bare.yaml").write_text(text, encoding="utf-8")
    for _ in range(2):
        result, _parsed = load_catalog_cached(content, tmp_path / "cache")
        mine = [p for p in result.problems if p.path == "content/quizzes/bare.yaml"]
        assert len(mine) == 101
        assert mine[0].message == "questions[0].prompt: required key is missing" and mine[0].line == 2
        assert mine[-1].message.startswith("… and ") and "more problems in this file" in mine[-1].message
        total = len(mine) - 1 + int(mine[-1].message.split()[2].replace(",", ""))
        assert total == 2000 * 2  # prompt and explanation missing from each question (clauses may come later)
        assert result.problems == load_catalog(content).problems


def test_an_invisible_line_separator_is_named_at_its_line(content):
    path = content / "phrases" / "forbidden.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[3] = lines[3] + "\u2028"
    path.write_text("\n".join(lines), encoding="utf-8")
    [problem] = load_catalog(content).problems
    assert (problem.path, problem.line) == ("content/phrases/forbidden.yaml", 4)
    assert "invisible line separator (U+2028" in problem.message
