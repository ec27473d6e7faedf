"""Structure stage: sections and clauses in every numbering form, as our N.M, with the document's own numbers."""

import pytest

from tests.importer.fixtures import CODE_ZH, HTML, docx_bytes
from trainer.importer.pipeline import import_bytes


def clauses(name: str, text: str):
    doc = import_bytes(name, text.encode("utf-8"))
    return [(c.number, c.source_ref, c.text) for lesson in doc.structure.lessons for c in lesson.clauses]


@pytest.mark.parametrize("lines,refs", [
    (["第一章 总则", "第一条 接起电话。", "第二条 等客户挂机。", "第二章 接待", "第三条 起身致意。"],
     ["第一章 第一条", "第一章 第二条", "第二章 第三条"]),
    (["一、电话", "（一）接起电话。", "（二）等客户挂机。", "二、接待", "(一)起身致意。"],
     ["一 （一）", "一 （二）", "二 (一)"]),
    (["一、电话", "1. 接起电话。", "2．等客户挂机。", "二、接待", "1、起身致意。"], ["一 1", "一 2", "二 1"]),
    (["1 电话", "1.1 接起电话。", "1.2 等客户挂机。", "1.2.1 挂机前道别。", "2 接待", "2.1 起身致意。"],
     ["1 1.1", "1 1.2", "1 1.2 1.2.1", "2 2.1"]),
    (["一、电话", "（1）接起电话。", "（2）等客户挂机。", "二、接待", "①起身致意。"], ["一 （1）", "一 （2）", "二 ①"]),
    (["１、电话", "１．１、接起电话。", "１．２、等客户挂机。"], ["１ １．１", "１ １．２"]),  # full width
    (["一、电话a.接起电话。b.等客户挂机。"], ["一 a", "一 b"]),  # letters, in one line
    (["一、电话", "➢接起电话。", "➢等客户挂机。"], ["一 ➢", "一 ➢"]),  # bullets
])
def test_every_numbering_form(lines, refs):
    found = clauses("code.txt", "接待规范\n" + "\n".join(lines) + "\n")
    assert [r for _, r, _ in found] == refs
    assert found[0][2] == "接起电话。"
    assert [n for n, _, _ in found][:2] == ["1.1", "1.2"]


def test_one_line_document_with_numbers_in_mid_sentence():
    text = ("一、目的使员工规范工作。二、工作职责:1、部门负责人职责1.1、严格遵守公司的各项管理制度;1.2、每天工作8小时,"
            "接到报修后2小时内响应;2、员工职责2.1、服从部门领导的工作安排。")
    found = clauses("one-line.txt", text)
    assert ("2.1", "二 1 1.1", "严格遵守公司的各项管理制度;") in found
    assert any(t.startswith("每天工作8小时") for _, _, t in found)
    assert ("2.3", "二 2 2.1", "服从部门领导的工作安排。") in found


def test_collection_of_codes_gives_one_lesson_each():
    text = ("坐席工程师服务规范\n一、接听\n1电话铃响3声内必须接起。\n2通话结束时需等待客户挂机。\n"
            "服务工程师工作制度\n第一章总则\n第一条 为了规范服务工程师的工作行为，制定本制度。\n")
    doc = import_bytes("合集.txt", text.encode())
    assert [lesson.title for lesson in doc.structure.lessons] == ["坐席工程师服务规范", "服务工程师工作制度"]
    assert doc.structure.lessons[0].clauses[0].text == "电话铃响3声内必须接起。"


def test_a_document_without_numbers_gives_one_clause_per_paragraph_and_says_so():
    doc = import_bytes("plain.txt", "服务须知\n对客户要热情。\n上门前要预约时间。\n离开前清理现场。\n".encode())
    lesson = doc.structure.lessons[0]
    assert lesson.unstructured and [c.text for c in lesson.clauses] == ["对客户要热情。", "上门前要预约时间。",
                                                                        "离开前清理现场。"]
    assert doc.structure.notes == ["no numbering found: one clause per paragraph"]


def test_word_headings_numbering_and_tables():
    doc = import_bytes("规范.docx", docx_bytes())
    lesson = doc.structure.lessons[0]
    assert lesson.title == "上门服务规范"
    assert [s.title for s in lesson.sections] == ["仪容仪表", "服务时限"]
    assert [(c.number, c.source_ref) for c in lesson.sections[1].clauses][:2] == [("2.1", "3"), ("2.2", "4")]
    assert "紧急；30分钟" in [c.text for c in lesson.clauses]
    assert lesson.clauses[0].place.line == 3


def test_phrase_lists_and_rule_numbers():
    doc = import_bytes("code.txt", CODE_ZH.encode())
    kinds = {p.text: p.kind for p in doc.structure.phrases}
    assert kinds == {"您好，这里是客服中心": "service", "请您稍等": "service", "感谢您的耐心等待": "service",
                     "我不知道": "forbidden", "这不归我管": "forbidden"}
    rings = next(c for c in doc.structure.lessons[0].clauses if "3声" in c.text)
    assert [(n.value, n.unit) for n in rings.numbers] == [(3.0, "声")]
    assert not any("稍等" in c.text for c in doc.structure.lessons[0].clauses)  # the list is not a rule


def test_html_page():
    doc = import_bytes("page.html", HTML.encode())
    lesson = doc.structure.lessons[0]
    assert lesson.title == "热线坐席服务规范" and [s.title for s in lesson.sections] == ["接听规范", "禁止行为"]
    assert [p.text for p in doc.structure.phrases if p.kind == "forbidden"] == ["不"]


def test_english_code():
    doc = import_bytes("code.md", b"# Service code\n\n## 1 Phone\n\n1.1 Answer within 3 rings.\n\n"
                                  b"1.2 Never say \"I don't know\".\n")
    lesson = doc.structure.lessons[0]
    assert [(c.number, c.text) for c in lesson.clauses] == [("1.1", "Answer within 3 rings."),
                                                            ("1.2", "Never say \"I don't know\".")]
    assert [(n.value, n.unit) for n in lesson.clauses[0].numbers] == [(3.0, "rings")]


def test_a_50_page_word_document():
    from trainer.importer.sample import long_docx

    doc = import_bytes("long.docx", long_docx(50))
    lesson = doc.structure.lessons[0]
    assert len(lesson.sections) == 50 and len(lesson.clauses) == 600
    assert lesson.sections[1].clauses[0].source_ref == "第2部分 13" and lesson.sections[1].clauses[0].number == "2.1"


def test_one_rule_per_sentence_but_never_inside_a_quotation():
    found = clauses("code.txt", "规范\n1、多聆听客户陈述，积极引导客户解决问题。语言清晰严谨，态度耐心亲切；对用户的问题不推诿，积极帮助客户。"
                                "\n2、接听时说“您好。这里是客服中心。”然后记录。\n")
    assert [(n, t) for n, _, t in found] == [
        ("1.1", "多聆听客户陈述，积极引导客户解决问题。"), ("1.2", "语言清晰严谨，态度耐心亲切；"),
        ("1.3", "对用户的问题不推诿，积极帮助客户。"), ("1.4", "接听时说“您好。这里是客服中心。”然后记录。")]
    assert [r for _, r, _ in found] == ["1", "1", "1", "2"]


def test_rule_numbers_and_not_words_with_one_in_them():
    from trainer.importer.numbers import rule_numbers, wrong_values

    found = rule_numbers("电话铃响3声内接起，一般在第二次响铃中接起；请再说一遍；投诉须在24小时内答复，满意率不低于95%。")
    assert [(n.value, n.unit) for n in found] == [(3, "声"), (2, "次"), (24, "小时"), (95, "%")]
    assert wrong_values(95, "%") == [47, 85, 90]  # a percentage stays at most 100
    assert wrong_values(3, "声") == [6, 4, 2] and wrong_values(24, "小时") == [48, 36, 12]
