"""Clean stage: furniture goes, each removal listed, and any of it can be put back."""

from trainer.importer.clean import clean, restore
from trainer.importer.model import Block, Place


def blocks(*texts: str) -> list[Block]:
    return [Block(t, Place("doc.txt", i + 1), i) for i, t in enumerate(texts)]


def test_toc_page_counters_and_banners_are_removed_and_reported():
    doc = blocks("服务规范", "目 录", "第一章 总则........1", "第二章 电话……………2", "第一章 总则",
                 "第一条 电话铃响3声内接起。", "第1页 / 共10页", "上传人:张三 文档编号:123 上传时间:2018-05-31",
                 "点击查看更多>>", "- 2 -", "第二条 禁止使用免提。", "展开阅读全文", "相关搜索")
    cleaned = clean(doc)
    assert [b.text for b in cleaned.blocks] == ["服务规范", "第一章 总则", "第一条 电话铃响3声内接起。",
                                                "第二条 禁止使用免提。"]
    reasons = {r.block.text: r.reason for r in cleaned.removed}
    assert reasons["第一章 总则........1"] == "toc" and reasons["目 录"] == "toc"
    assert reasons["第1页 / 共10页"] == "page-counter" and reasons["- 2 -"] == "page-counter"
    assert reasons["点击查看更多>>"] == "banner" and reasons["相关搜索"] == "banner"
    assert reasons["上传人:张三 文档编号:123 上传时间:2018-05-31"] == "banner"


def test_a_rule_that_mentions_downloading_is_kept():
    text = "第三条 严禁向用户发送任何含有病毒的文件，不得私自下载客户资料，违者追究责任。"
    assert [b.text for b in clean(blocks(text)).blocks] == [text]


def test_restoring_a_removal_puts_it_back_in_place():
    cleaned = clean(blocks("第一条 接起电话。", "第1页/共2页", "第二条 等客户挂机。"))
    assert len(cleaned.removed) == 1
    back = restore(cleaned, [0])
    assert [b.text for b in back.blocks] == ["第一条 接起电话。", "第1页/共2页", "第二条 等客户挂机。"]
    assert back.removed == ()


def test_web_copy_page_markers_are_joined_back_in_mid_sentence():
    long = "一" * 130
    cleaned = clean(blocks(f"1、第一条 {long}服饰要选择合适", "2、的衣着。3.1.3保持愉快的情绪。" + long, "3、" + long))
    assert len(cleaned.blocks) == 1
    assert "服饰要选择合适的衣着。3.1.3保持" in cleaned.blocks[0].text
    assert [r.reason for r in cleaned.removed] == ["page-marker"] * 3


def test_an_inline_table_of_contents_is_cut_out_of_a_one_line_document():
    text = ("工程师服务行为规范目 录前言.。3一、日常行为规范3二、办公室行为规范4三、售后服务行为规范4前言本规范是针对日常工作的"
            "指导性文件。一、日常行为规范第一条 仪表举止端庄。")
    cleaned = clean(blocks(text))
    assert cleaned.blocks[0].text == "工程师服务行为规范前言本规范是针对日常工作的指导性文件。一、日常行为规范第一条 仪表举止端庄。"
    assert cleaned.removed[0].reason == "toc" and cleaned.removed[0].block.place.offset == 9


def test_repeated_titles_headers_and_pasted_twice_sections():
    section = ["一、态度要诚恳", "服务人员一定要对客户真诚，耐心倾听客户的每一个问题。", "多用礼貌的短语，表达对客户的尊重。"]
    doc = blocks("客户现场服务规范", "客户现场服务规范", *section, "某某公司内部资料", "二、效率要高", "某某公司内部资料",
                 "尽快完成服务。", "某某公司内部资料", *section, "某某公司内部资料")
    cleaned = clean(doc)
    texts = [b.text for b in cleaned.blocks]
    assert texts == ["客户现场服务规范", *section, "二、效率要高", "尽快完成服务。"]
    reasons = sorted({r.reason for r in cleaned.removed})
    assert reasons == ["duplicate-section", "repeated-header", "repeated-line"]


def test_restoring_furniture_in_a_document_finds_it_again():
    from trainer.importer.pipeline import import_bytes, restore_removed

    text = "服务规范\n第一条 电话铃响3声内接起。\n第1页/共2页\n第二条 禁止使用免提。\n"
    doc = import_bytes("code.txt", text.encode())
    assert [r.reason for r in doc.cleaned.removed] == ["page-counter"]
    back = restore_removed(doc, [0])
    assert back.cleaned.removed == () and "第1页/共2页" in [b.text for b in back.cleaned.blocks]
    assert [c.text for c in back.structure.lessons[0].clauses] == ["电话铃响3声内接起。第1页/共2页", "禁止使用免提。"]
