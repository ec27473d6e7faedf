"""Hostile roster CSVs: whatever the bytes, parse() returns rows or raises RosterError, never anything else."""

from __future__ import annotations

import codecs
import csv
import io
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trainer.errors import TrainerError
from trainer.services.roster import HEADERS, MAX_ROWS, RosterError, RosterRow, parse

# TRAINER_FUZZ_SCALE=50 runs fifty times as many examples, for a longer hunt than the test suite's
SCALE = int(os.environ.get("TRAINER_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=300 * SCALE, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def parse_or_refuse(data: bytes) -> list[RosterRow] | None:
    """The rows, or None when the file is refused with a readable RosterError."""
    try:
        rows = parse(data)
    except RosterError as exc:
        assert isinstance(exc, TrainerError)
        assert exc.problems, "a RosterError lists its problems"
        for line, message in exc.problems:
            assert isinstance(line, int) and line >= 1
            assert isinstance(message, str) and message.strip()
        assert str(exc).startswith("nothing was imported: line ")
        return None
    assert isinstance(rows, list) and rows
    for row in rows:
        assert isinstance(row, RosterRow)
        assert row.name and row.name == " ".join(row.name.split()) and len(row.name) <= 100
        assert all(ord(ch) >= 32 and not 0x7F <= ord(ch) <= 0x9F for ch in row.name)
        assert row.pin is None or (row.pin.isdigit() and 4 <= len(row.pin) <= 8)
    assert len({row.name for row in rows}) == len(rows)
    return rows


# -- any bytes at all --------------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=2000))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe" + "name\nbob\n".encode("utf-16-le"))
@example(b"name\rbob\r")
@example(b'name\n"bob')
@example(b"name\n" + b"x" * 5000 + b"\x00")
def test_random_bytes(data):
    parse_or_refuse(data)


ENCODINGS = ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "big5", "latin-1"]


@FUZZ
@given(st.text(max_size=500), st.sampled_from(ENCODINGS))
def test_random_text_in_any_encoding(text, encoding):
    parse_or_refuse(text.encode(encoding, errors="replace"))


@FUZZ
@given(st.lists(st.text(max_size=40), min_size=1, max_size=6), st.sampled_from(ENCODINGS))
def test_random_text_after_a_good_header(lines, encoding):
    text = "姓名,团队,PIN\n" + "\n".join(lines)
    parse_or_refuse(text.encode(encoding, errors="replace"))


# -- CSVs built from hostile cells ---------------------------------------------------------------------

HEADER_NAMES = [name for names in HEADERS.values() for name in names] + ["备注", "email", "", " name ", "NAME"]
nasty_cell = st.one_of(
    st.text(max_size=30),
    st.sampled_from(['"', '""', '"a"b', "a\nb", "a\r\nb", "\r", "\x00", "\ufeff", " ", ",", "\x7f", "\u2028",
                     "1234", "０１２３", "١٢٣٤", "123456789", "-", "=1+1", "名字\x01"]),
    st.text(alphabet='",\n\r \x00ab', max_size=20),
)


@st.composite
def hostile_csv(draw) -> bytes:
    header = draw(st.lists(st.one_of(st.sampled_from(HEADER_NAMES), nasty_cell), min_size=0, max_size=8))
    width = draw(st.integers(0, 10))
    rows = draw(st.lists(st.lists(nasty_cell, min_size=0, max_size=width), max_size=12))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    for row in [header, *rows]:
        writer.writerow(row)
    text = out.getvalue()
    if draw(st.booleans()):  # a hand-made file: cut anywhere, quotes left open
        text = text[: draw(st.integers(0, len(text)))]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gbk", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        data = codecs.BOM_UTF8 + data
    return data


@FUZZ
@given(hostile_csv())
def test_csv_of_hostile_cells(data):
    parse_or_refuse(data)


def test_huge_and_wide_files_are_refused_or_read():
    assert parse_or_refuse(b"name\n" + b"x" * 200_000 + b"\n") is None  # longer than the csv field limit
    assert parse_or_refuse(b'name\n"' + b"x" * 200_000 + b'"\n') is None
    wide = ",".join(f"c{i}" for i in range(50_000)) + ",name\n" + "," * 50_000 + "张三\n"
    assert [r.name for r in parse_or_refuse(wide.encode())] == ["张三"]
    many = "name\n" + "".join(f"t{i}\n" for i in range(MAX_ROWS + 5))
    assert parse_or_refuse(many.encode()) is None
    assert parse_or_refuse(("name\n" + "a" * 101 + "\n").encode()) is None


def test_old_mac_line_endings_are_read():
    """Excel's "CSV (Macintosh)" ends lines with a lone CR."""
    assert [r.name for r in parse("姓名,团队\r张三,一组\r李四,二组\r".encode("gbk"))] == ["张三", "李四"]


def test_a_name_with_any_control_character_is_refused():
    for ch in ("\x01", "\x7f", "\x80", "\x9f"):
        assert parse_or_refuse(f"name\nbo{ch}b\n".encode()) is None, repr(ch)


# -- a valid roster reads back as written --------------------------------------------------------------

name_chars = st.characters(categories=["L", "N", "Pd", "Po", "Zs"])


def normalized(text: str) -> str:
    return " ".join(text.split())


@st.composite
def valid_roster(draw):
    names = draw(st.lists(st.text(name_chars, min_size=1, max_size=100).filter(lambda s: normalized(s)),
                          min_size=1, max_size=15, unique_by=normalized))
    teams = draw(st.lists(st.one_of(st.none(), st.text(name_chars, max_size=100)),
                          min_size=len(names), max_size=len(names)))
    pins = draw(st.lists(st.one_of(st.none(), st.from_regex(r"[0-9]{4,8}", fullmatch=True)),
                         min_size=len(names), max_size=len(names)))
    columns = {"name": draw(st.sampled_from(HEADERS["name"])), "team": draw(st.sampled_from(HEADERS["team"])),
               "pin": draw(st.sampled_from(HEADERS["pin"])), "note": "备注"}
    order = draw(st.permutations(list(columns)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    writer.writerow([columns[c] for c in order])
    for name, team, pin in zip(names, teams, pins, strict=True):
        cells = {"name": name, "team": team or "", "pin": pin or "", "note": draw(st.text(name_chars, max_size=10))}
        writer.writerow([cells[c] for c in order])
        if draw(st.booleans()):
            writer.writerow(["", "  ", "", ""])  # blank rows are skipped
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
    expected = [(normalized(n), normalized(t or "") or None, p) for n, t, p in zip(names, teams, pins, strict=True)]
    return out.getvalue().encode(encoding), expected


@FUZZ
@given(valid_roster())
def test_a_valid_roster_round_trips(roster):
    data, expected = roster
    rows = parse(data)
    assert [(r.name, r.team and normalized(r.team), r.pin) for r in rows] == expected


@FUZZ
@given(st.lists(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=4),
                min_size=1, max_size=10, unique=True))
def test_a_gbk_roster_from_chinese_excel_round_trips(names):
    data = ("姓名,班组\r\n" + "".join(f"{n},一组\r\n" for n in names)).encode("gbk")
    assert [(r.name, r.team) for r in parse(data)] == [(n, "一组") for n in names]
