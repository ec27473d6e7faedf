"""Clean stage: page furniture out (tables of contents, page counters, site banners, repeated headers, pasted-twice
sections, the page markers of web copies), each removal kept so any of it can be restored. Pure."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from trainer.importer.model import Block, Cleaned, Place, Removed

_BANNER = re.compile(
    r"(上传人|上传时间|文档编号|下载文档|立即下载|免费下载|下载积分|合集下载|点击查看更多|查看更多>>|展开阅读全文|资源描述|"
    r"由会员分享|会员分享|可在线阅读|请在.{0,12}上搜索|相关资源|相关搜索|相关文档|最新文档|当前位置[:：]|版权所有|"
    r"经营许可证|ICP备|公网安备|电脑版|侵权|举报|收藏|分享到|扫码|二维码|VIP|文库|精品文档|返回\s*下载|"
    r"阅读全文|原创力|道客巴巴|豆丁|百度文库|Download|Share this|Sign in|Log in|Cookie)",
    re.IGNORECASE)
_PAGE = re.compile(
    r"^(?:.{0,40}_)?(?:第\s*\d+\s*页(?:\s*[/／,，]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页|[-—–]?\s*\d{1,4}\s*[-—–]?|"
    r"Page\s+\d+(?:\s+of\s+\d+)?|\d+\s*/\s*\d+|第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页)$", re.IGNORECASE)
_LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|\.\s\.\s\.|-{4,}|_{4,})\s*\d{1,4}\s*$")
_TOC_HEAD = re.compile(r"^\s*(目\s*录|Contents|Table of contents)\s*$", re.IGNORECASE)
_INLINE_TOC = re.compile(r"目\s*录")
# one heading of an inline table of contents: a short title followed by its page number
_TOC_ENTRY = re.compile(r"\s*([^\d。；;，,\s][^\d。；;]{0,23}?)[.。…·\s]*(\d{1,3})(?=\D|$)")
_FRAGMENT = re.compile(r"^(\d{1,3})、")


def clean(blocks: list[Block]) -> Cleaned:
    removed: list[Removed] = []
    blocks = _drop_banners(blocks, removed)
    blocks = _join_page_fragments(blocks, removed)
    blocks = _drop_toc(blocks, removed)
    blocks = _drop_repeats(blocks, removed)
    blocks = _drop_duplicate_runs(blocks, removed)
    return Cleaned(tuple(blocks), tuple(sorted(removed, key=lambda r: (r.block.seq, r.block.place.offset))))


def restore(cleaned: Cleaned, which: list[int]) -> Cleaned:
    """`cleaned` with the removals at indexes `which` (into cleaned.removed) put back in their place."""
    back = [cleaned.removed[i] for i in which]
    keep = [r for i, r in enumerate(cleaned.removed) if i not in set(which)]
    blocks = sorted([*cleaned.blocks, *(r.block for r in back)], key=lambda b: (b.seq, b.place.offset))
    return Cleaned(tuple(blocks), tuple(keep))


def _drop_banners(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    out = []
    for b in blocks:
        text = b.text.strip()
        if _PAGE.match(text):
            removed.append(Removed(b, "page-counter"))
        elif len(text) <= 80 and _BANNER.search(text) and not _looks_like_rule(text):
            removed.append(Removed(b, "banner"))
        elif re.match(r"^\s*\d+\.\s*\d+、.{0,60}(下载|文档|平台|侵权)", text):
            removed.append(Removed(b, "banner"))
        else:
            out.append(b)
    return out


def _looks_like_rule(text: str) -> bool:
    return bool(re.search(r"(应|要|须|不得|禁止|严禁|不准|不要)", text)) and len(text) > 30


def _join_page_fragments(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """A web copy of a paged document starts each page with "N、" (1、 2、 3、 …), often in mid-sentence; the pages
    are joined back and the markers removed — but only when the markers count up and the pages are long."""
    marked = [(i, int(m.group(1))) for i, b in enumerate(blocks) if (m := _FRAGMENT.match(b.text))]
    if len(marked) < 2:
        return blocks
    values = [v for _, v in marked]
    longs = [len(blocks[i].text) for i, _ in marked]
    run = [marked[0]]
    for item in marked[1:]:
        if item[1] == run[-1][1] + 1:
            run.append(item)
    if len(run) < 2 or run[0][1] != 1 or sum(longs) / len(longs) < 120 or len(run) < len(values) * 0.6:
        return blocks
    pages = {i for i, _ in run}
    out: list[Block] = []
    previous_page: int | None = None
    for i, b in enumerate(blocks):
        if i in pages:
            marker = _FRAGMENT.match(b.text).group(0)
            removed.append(Removed(Block(marker, b.place, b.seq), "page-marker"))
            body = b.text[len(marker):]
            if previous_page is not None and out and out[-1].seq == previous_page:
                out[-1] = out[-1].with_text(out[-1].text + body)
            else:
                out.append(replace(b, text=body.strip(), place=replace(b.place, offset=len(marker))))
            previous_page = out[-1].seq
        else:
            out.append(b)
            previous_page = None
    return out


def _drop_toc(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    out = []
    in_toc = False
    for b in blocks:
        text = b.text.strip()
        if _TOC_HEAD.match(text):
            removed.append(Removed(b, "toc"))
            in_toc = True
            continue
        if _LEADER.search(text) and len(text) < 120:
            removed.append(Removed(b, "toc"))
            continue
        if in_toc and re.search(r"\s*\d{1,3}$", text) and len(text) < 60:
            removed.append(Removed(b, "toc"))
            continue
        in_toc = False
        m = _INLINE_TOC.search(text)
        if m and m.start() < 400:
            b = _cut_inline_toc(b, m.start(), m.end(), removed)
        out.append(b)
    return out


def _cut_inline_toc(b: Block, start: int, end: int, removed: list[Removed]) -> Block:
    pos, entries = end, 0
    while True:
        m = _TOC_ENTRY.match(b.text, pos)
        if not m or len(m.group(1)) > 24:
            break
        pos, entries = m.end(), entries + 1
    if entries < 3:
        return b
    # the table's own entries often name what follows ("前言"): the body starts there, not at the last page number
    cut = b.text[start:pos]
    removed.append(Removed(Block(cut, replace(b.place, offset=b.place.offset + start), b.seq), "toc"))
    return b.with_text(b.text[:start] + b.text[pos:])


def _drop_repeats(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """Lines repeated at once (a title printed twice) keep their first copy; a short line that comes back four times
    or more across the document is a running header or footer and goes entirely."""
    out: list[Block] = []
    for b in blocks:
        if out and b.text == out[-1].text and len(b.text) <= 80:
            removed.append(Removed(b, "repeated-line"))
        else:
            out.append(b)
    # a title glued to the start of the next line ("服务工程师工作制度第一章总则…") after a line holding only it
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if 4 <= len(prev.text) <= 40 and cur.text.startswith(prev.text) and len(cur.text) > len(prev.text):
            rest = cur.text[len(prev.text):]
            removed.append(Removed(Block(prev.text, cur.place, cur.seq), "repeated-line"))
            out[i] = replace(cur, text=rest, place=replace(cur.place, offset=cur.place.offset + len(prev.text)))
    counts = Counter(b.text for b in out if len(b.text) <= 40)
    headers = {t for t, n in counts.items() if n >= 4 and not re.match(r"^[“\"'（(]", t)}
    kept = []
    for b in out:
        if b.text in headers:
            removed.append(Removed(b, "repeated-header"))
        else:
            kept.append(b)
    return kept


def _drop_duplicate_runs(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """A run of paragraphs that repeats an earlier run word for word (a section pasted twice) goes; so does a single
    long paragraph seen before."""
    first: dict[str, int] = {}
    dup = [False] * len(blocks)
    for i, b in enumerate(blocks):
        key = _norm(b.text)
        if len(key) >= 6 and key in first:
            dup[i] = True
        else:
            first.setdefault(key, i)
    out = []
    for i, b in enumerate(blocks):
        long_enough = len(_norm(b.text)) >= 40
        in_run = dup[i] and ((i > 0 and dup[i - 1]) or (i + 1 < len(blocks) and dup[i + 1]))
        if dup[i] and (long_enough or in_run):
            removed.append(Removed(b, "duplicate-section"))
        else:
            out.append(b)
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text)


def place_of(block: Block, offset: int) -> Place:
    return replace(block.place, offset=block.place.offset + offset)
