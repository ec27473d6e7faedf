"""GIFT, Moodle XML and Aiken read from fixtures written after Moodle's published format descriptions."""

import pytest

from trainer.exchange import aiken, gift, moodle_xml
from trainer.exchange.bank import check, from_item

GIFT = r"""// A comment line: ignored.
$CATEGORY: $course$/top/phone-etiquette

::Ring::How many rings before you answer?{
=Three#Right: 003 says three.
~Five#Too slow.
####Answer within three rings.
}

// several right answers, with weights
::Greeting parts:: Which belong in the greeting? {
~%50%The company name
~%50%Your work number
~%-100%Your home address
}

::Hold\: wording:: Say \{please\} hold \= wait \~ a moment\# now.{T#Wrong, it is true.#Yes.}

Engineers may argue with a customer.{FALSE}

::Hours::How many hours to answer a complaint?{#24}

::Short::Which word does the 003 hotline forbid saying to a customer?{=No =不 #Never refuse a reasonable request.}

::Match::Match each situation with its phrase.{
=Waiting -> Thank you for waiting
=Leaving -> Goodbye
=Arriving -> Hello
}

The code says calls are answered {~after five rings =within three rings ~whenever convenient} at the latest.

::Essay::Describe a good visit.{}

::Range::How many seconds?{#5:2}

::Interval::How many minutes?{#1..5}

::Cloze::Some {1:SHORTANSWER:=a} text.

[markdown]::Multi line::This question
runs over
two lines?{
=Yes

~No
}

::Partial::Pick the right ones{~%33.3%a ~%33.3%b ~%33.4%c ~%-100%d}

::Html::[html]<p>Answer <b>within</b> three rings &amp; greet.</p>{T}
"""


def test_every_documented_gift_feature_is_read():
    parsed = gift.parse(GIFT)
    by_title = {i.title: i for i in parsed.items}
    ring = by_title["Ring"]
    assert ring.kind == "single" and ring.category == "top/phone-etiquette"
    assert [(a.text, a.fraction, a.feedback) for a in ring.answers] == [
        ("Three", 100, "Right: 003 says three."), ("Five", 0, "Too slow.")]
    assert ring.general_feedback == "Answer within three rings." and ring.line == 4
    greeting = by_title["Greeting parts"]
    assert greeting.kind == "multiple" and [a.fraction for a in greeting.answers] == [50, 50, -100]
    hold = by_title["Hold: wording"]
    assert hold.text == "Say {please} hold = wait ~ a moment# now." and hold.kind == "true-false" and hold.truth
    tf = next(i for i in parsed.items if i.text.startswith("Engineers"))
    assert tf.kind == "true-false" and tf.truth is False and tf.title == ""
    assert by_title["Hours"].kind == "numeric" and by_title["Hours"].number == 24
    short = by_title["Short"]
    assert short.kind == "short" and [a.text for a in short.answers] == ["No", "不"]
    assert short.answers[1].feedback == "Never refuse a reasonable request."
    assert by_title["Match"].pairs == [("Waiting", "Thank you for waiting"), ("Leaving", "Goodbye"),
                                       ("Arriving", "Hello")]
    missing = next(i for i in parsed.items if i.text.startswith("The code says"))
    assert missing.text == "The code says calls are answered _____ at the latest." and missing.kind == "single"
    multi = by_title["Multi line"]
    assert multi.text == "This question\nruns over\ntwo lines?" and multi.kind == "single"
    assert by_title["Partial"].kind == "multiple"
    assert by_title["Html"].text == "Answer within three rings & greet." and by_title["Html"].truth is True
    assert by_title["Essay"].kind == "essay"
    lines = {line: reason for line, reason in parsed.skipped}
    assert "numerical range" in lines[GIFT.splitlines().index("::Range::How many seconds?{#5:2}") + 1]
    assert "numerical range" in lines[GIFT.splitlines().index("::Interval::How many minutes?{#1..5}") + 1]
    assert "cloze" in lines[GIFT.splitlines().index("::Cloze::Some {1:SHORTANSWER:=a} text.") + 1]


def test_gift_items_become_our_questions_or_are_skipped_with_their_line():
    parsed = gift.parse(GIFT)
    kinds, skipped, warnings = {}, [], []
    for n, item in enumerate(parsed.items):
        q, reason, w = from_item(item, f"q-{n}")
        if q is None:
            skipped.append((item.line, reason))
            continue
        assert check(q) is None, (q, check(q))
        kinds[item.title or item.text[:10]] = q["type"]
        warnings += w
    assert kinds["Ring"] == "single" and kinds["Greeting parts"] == "multiple" and kinds["Short"] == "short"
    assert kinds["Match"] == "match" and kinds["Hours"] == "numeric" and kinds["Multi line"] == "single"
    assert [r for _, r in skipped] == ["an essay question: not a type trainer has (it cannot be graded)"]
    assert "partial-credit weights are lost: the positively weighted options are the right set" in warnings
    assert "cites no clause yet: add the clauses it tests" in warnings
    ring, _, _ = from_item(parsed.items[0], "x")
    assert ring["explanation"]["en"] == "Answer within three rings." and ring["answer"] == 0
    assert ring["prompt"] == {"zh": "（尚未翻译）How many rings before you answer?",
                              "en": "How many rings before you answer?"}


XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Default/hotline</text></category></question>
  <question type="multichoice">
    <name><text>rings</text></name>
    <questiontext format="html"><text><![CDATA[<p>电话铃响几声内必须接起？</p>]]></text></questiontext>
    <generalfeedback format="html"><text>003：电话铃响3声内必须接起。</text></generalfeedback>
    <single>true</single>
    <answer fraction="100"><text>3声</text><feedback><text>对</text></feedback></answer>
    <answer fraction="0"><text>5声</text></answer>
    <answer fraction="0"><text>10声</text></answer>
  </question>
  <question type="multichoice">
    <name><text>forbidden</text></name>
    <questiontext format="plain_text"><text>哪些是服务忌语？</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>我不知道</text></answer>
    <answer fraction="50"><text>这不归我管</text></answer>
    <answer fraction="-100"><text>请您稍等</text></answer>
  </question>
  <question type="truefalse">
    <name><text>tf</text></name>
    <questiontext><text>通话结束时需等待客户挂机。</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="shortanswer">
    <name><text>short</text></name>
    <questiontext><text>坐席结束通话前要再次报上什么？</text></questiontext>
    <answer fraction="100"><text>工号</text></answer>
    <answer fraction="100"><text>自己的工号</text></answer>
  </question>
  <question type="numerical">
    <name><text>hours</text></name>
    <questiontext><text>投诉须在几小时内答复？</text></questiontext>
    <answer fraction="100"><text>24</text><tolerance>0</tolerance></answer>
  </question>
  <question type="numerical">
    <name><text>range</text></name>
    <questiontext><text>大约几秒？</text></questiontext>
    <answer fraction="100"><text>5</text><tolerance>2</tolerance></answer>
  </question>
  <question type="matching">
    <name><text>match</text></name>
    <questiontext><text>为每个场合选出用语</text></questiontext>
    <subquestion><text>客户等待</text><answer><text>感谢您的耐心等待</text></answer></subquestion>
    <subquestion><text>结束通话</text><answer><text>再见</text></answer></subquestion>
  </question>
  <question type="ordering">
    <name><text>order</text></name>
    <questiontext><text>上门服务的步骤</text></questiontext>
    <answer fraction="2"><text>自我介绍</text></answer>
    <answer fraction="1"><text>预约时间</text></answer>
    <answer fraction="3"><text>清理现场</text></answer>
  </question>
  <question type="essay"><name><text>essay</text></name><questiontext><text>谈谈体会</text></questiontext></question>
  <question type="multianswer"><name><text>cloze</text></name><questiontext><text>{1:SHORTANSWER:=a}</text></questiontext></question>
  <question type="calculated"><name><text>calc</text></name><questiontext><text>x</text></questiontext></question>
</quiz>
"""


def test_moodle_xml_is_read():
    parsed = moodle_xml.parse(XML)
    by_title = {i.title: i for i in parsed.items}
    rings = by_title["rings"]
    assert rings.text == "电话铃响几声内必须接起？" and rings.category == "Default/hotline" and rings.kind == "single"
    assert rings.general_feedback == "003：电话铃响3声内必须接起。" and rings.line == 4
    assert by_title["forbidden"].kind == "multiple"
    assert by_title["tf"].truth is True and by_title["short"].kind == "short"
    assert by_title["hours"].number == 24
    assert by_title["match"].pairs == [("客户等待", "感谢您的耐心等待"), ("结束通话", "再见")]
    order, _, _ = from_item(by_title["order"], "o")
    assert order["type"] == "order" and [o["zh"] for o in order["options"]] == ["预约时间", "自我介绍", "清理现场"]
    assert order["answer"] == [0, 1, 2] and check(order) is None
    reasons = [r for _, r in parsed.skipped]
    assert reasons == ["a numerical range or tolerance: trainer's numbers are exact",
                       "a 'multianswer' question: not a type trainer has",
                       "a 'calculated' question: not a type trainer has"]
    short, _, _ = from_item(by_title["short"], "s")
    assert short["accept"] == {"zh": ["工号", "自己的工号"]} and check(short) is None


@pytest.mark.parametrize("text,message", [
    ("<quiz><question type='multichoice'>", "not well-formed"),
    ('<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaa">]><quiz>&a;</quiz>', "DTD"),
    ("<html><body>hi</body></html>", "not a Moodle XML question file"),
])
def test_hostile_or_broken_xml_is_refused(text, message):
    with pytest.raises(moodle_xml.XmlError, match=message):
        moodle_xml.parse(text)


AIKEN = """电话铃响几声内必须接起？
A. 3声
B. 5声
C. 10声
ANSWER: A

Which phrase is forbidden?
A) Please wait a moment
B) I don't know
ANSWER: B

A question without an answer line
A. yes
B. no
"""


def test_aiken_is_read():
    parsed = aiken.parse(AIKEN)
    assert [(i.text, [a.fraction for a in i.answers]) for i in parsed.items] == [
        ("电话铃响几声内必须接起？", [100, 0, 0]), ("Which phrase is forbidden?", [0, 100])]
    assert parsed.skipped == [(12, "line 15 is neither an option (A. …) nor ANSWER: X")] or \
        parsed.skipped == [(12, "the question has no ANSWER: line")]
