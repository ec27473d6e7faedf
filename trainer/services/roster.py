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
    """The file cannot be imported; `problems` lists every bad row as (line, message)."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        lines = "; ".join(f"line {line}: {message}" for line, message in problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"nothing was imported: {lines}{more}")


def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterError([(1, "the file is neither UTF-8 nor GBK text")])


def parse(data: bytes) -> list[RosterRow]:
    """Every row, or RosterError listing every bad row (then nothing may be imported)."""
    if b"\x00" in data[:4096]:
        raise RosterError([(1, "not a CSV text file")])
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))  # lines may end in CR LF, LF or a lone CR (Excel for Mac)
    try:
        header = next(reader)
    except StopIteration:
        raise RosterError([(1, "the file is empty")]) from None
    except csv.Error as exc:
        raise RosterError([(1, f"not a CSV file: {exc}")]) from None
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        key = next((k for k, names in HEADERS.items() if title.strip().lower() in {n.lower() for n in names}), None)
        if key and key not in columns:
            columns[key] = index
    if "name" not in columns:
        raise RosterError([(1, "the first line must name the columns, with a 'name' (姓名) column")])
    rows, problems, seen = [], [], {}
    try:
        for line, record in enumerate(reader, start=2):
            if line > MAX_ROWS + 1:
                problems.append((line, f"too many rows (at most {MAX_ROWS})"))
                break
            if not any(cell.strip() for cell in record):
                continue

            def cell(key: str) -> str | None:
                index = columns.get(key)
                value = record[index].strip() if index is not None and index < len(record) else ""
                return value or None

            name = " ".join((cell("name") or "").split())
            pin = cell("pin")
            if not name:
                problems.append((line, "the name is missing"))
                continue
            if len(name) > 100:
                problems.append((line, "the name is longer than 100 characters"))
                continue
            if any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in name):  # C0, DEL and C1
                problems.append((line, "the name contains control characters"))
                continue
            if pin is not None:
                pin = pin_digits(pin)
                if pin is None:
                    problems.append((line, "a PIN is 4 to 8 digits"))
                    continue
            if name in seen:
                problems.append((line, f"'{name}' is listed twice (first on line {seen[name]})"))
                continue
            seen[name] = line
            team, intake = cell("team"), cell("intake")
            if (team and len(team) > 100) or (intake and len(intake) > 100):
                problems.append((line, "a team or intake is longer than 100 characters"))
                continue
            rows.append(RosterRow(line, name, team, intake, pin))
    except csv.Error as exc:
        problems.append((reader.line_num, f"not valid CSV: {exc}"))
    if problems:
        raise RosterError(problems)
    if not rows:
        raise RosterError([(2, "the file lists no trainees")])
    return rows
