"""Reading a roster CSV as Excel saves it in China (UTF-8, UTF-8 with BOM, or GBK), checking every row."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from trainer.errors import TrainerError
from trainer.services.passcodes import pin_digits

HEADERS = {
    "name": ("name", "姓名", "名字", "学员"),
    "team": ("team", "团队", "班组", "小组", "部门"),
    "intake": ("intake", "期次", "批次", "入职批次"),
    "pin": ("pin", "PIN", "密码"),
}
MAX_ROWS = 20_000


@dataclass(frozen=True)
class RosterRow:
    line: int
    name: str
    team: str | None
    intake: str | None
    pin: str | None


class RosterError(TrainerError):
    """The file cannot be imported. `problems` lists every bad row as (line, message); `details` the same as
    (line, message template, fields), for the interface to translate (the templates are in ui/core_strings.py)."""

    def __init__(self, details: list[tuple[int, str, dict]]) -> None:
        self.details = details
        self.problems = [(line, template.format(**fields)) for line, template, fields in details]
        lines = "; ".join(f"line {line}: {message}" for line, message in self.problems[:10])
        more = f" (and {len(self.problems) - 10} more)" if len(self.problems) > 10 else ""
        super().__init__(f"nothing was imported: {lines}{more}")


def _refuse(line: int, template: str, **fields) -> RosterError:
    return RosterError([(line, template, fields)])


def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse(1, "the file is neither UTF-8 nor GBK text")


def _delimiter(first_line: str) -> str:
    """A comma, or what the header line uses instead: a semicolon (Excel in some locales), a tab, or a
    full-width comma typed in Chinese."""
    if "," in first_line:
        return ","
    return next((d for d in (";", "\t", "，") if d in first_line), ",")


def parse(data: bytes) -> list[RosterRow]:
    """Every row, or RosterError listing every bad row (then nothing may be imported)."""
    if b"\x00" in data[:4096]:
        raise _refuse(1, "not a CSV text file")
    text = decode(data)
    first_line = text.splitlines()[0] if text.strip() else ""
    # lines may end in CR LF, LF or a lone CR (Excel for Mac); strict: a quote left open is an error, not the
    # rest of the file read as one name
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise _refuse(1, "the file is empty") from None
    except csv.Error as exc:
        raise _refuse(1, "not a CSV file: {detail}", detail=str(exc)) from None
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        key = next((k for k, names in HEADERS.items() if title.strip().lower() in {n.lower() for n in names}), None)
        if key and key not in columns:
            columns[key] = index
    if "name" not in columns:
        raise _refuse(1, "the first line must name the columns, with a 'name' (姓名) column")
    rows: list[RosterRow] = []
    problems: list[tuple[int, str, dict]] = []
    seen: dict[str, int] = {}

    def problem(line: int, template: str, **fields) -> None:
        problems.append((line, template, fields))

    count = 0
    while True:
        line = reader.line_num + 1  # where this record starts (a quoted field may run over several lines)
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                problem(line, "a quoted field is not closed: a \" is missing")
            else:
                problem(line, "not valid CSV: {detail}", detail=str(exc))
            break
        if not any(cell.strip() for cell in record):
            continue
        count += 1
        if count > MAX_ROWS:
            problem(line, "too many rows (at most {limit})", limit=MAX_ROWS)
            break

        def cell(key: str) -> str | None:
            index = columns.get(key)
            value = record[index].strip() if index is not None and index < len(record) else ""
            return value or None

        name = " ".join((cell("name") or "").split())
        pin = cell("pin")
        if not name:
            problem(line, "the name is missing")
            continue
        if len(name) > 100:
            problem(line, "the name is longer than 100 characters")
            continue
        if any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in name):  # C0, DEL and C1
            problem(line, "the name contains control characters")
            continue
        if pin is not None:
            pin = pin_digits(pin)
            if pin is None:
                problem(line, "a PIN is 4 to 8 digits")
                continue
        if name in seen:
            problem(line, "'{name}' is listed twice (first on line {first})", name=name, first=seen[name])
            continue
        seen[name] = line
        team, intake = cell("team"), cell("intake")
        if (team and len(team) > 100) or (intake and len(intake) > 100):
            problem(line, "a team or intake is longer than 100 characters")
            continue
        rows.append(RosterRow(line, name, team, intake, pin))
    if problems:
        raise RosterError(problems)
    if not rows:
        raise _refuse(2, "the file lists no trainees")
    return rows
