"""Reading content files defensively: every failure becomes a ContentProblem, never an exception."""

from __future__ import annotations

import re
from pathlib import Path

from trainer.errors import ContentProblem

MAX_BYTES = 2 * 1024 * 1024
# C0 controls but tab and line breaks, DEL, C1 controls but NEL, and the noncharacters YAML refuses
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# next line, line and paragraph separators: YAML counts them as line breaks, editors and trainer do not, so every
# line number after one would be off; and in a lesson they are invisible
_SEPARATOR = re.compile("[\x85\u2028\u2029]")
_EITHER = re.compile(_CONTROL.pattern[:-1] + "\x85\u2028\u2029]")


class FileProblem(Exception):
    def __init__(self, problem: ContentProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_bytes(path: Path, rel: str) -> bytes:
    """The file's bytes, or FileProblem for an unreadable or oversized file (an oversized one is not read)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileProblem(ContentProblem(rel, 1, f"file is too large ({size:,} bytes; the limit is {MAX_BYTES:,})"))
        raw = path.read_bytes()
    except OSError as exc:
        raise FileProblem(ContentProblem(rel, 1, f"cannot read file: {exc.strerror or exc}")) from None
    if len(raw) > MAX_BYTES:  # grown since it was measured
        raise FileProblem(ContentProblem(rel, 1, f"file is too large ({len(raw):,} bytes; the limit is {MAX_BYTES:,})"))
    return raw


def _line(text: str, match: re.Match) -> int:
    return text.count("\n", 0, match.start()) + 1


def decode_text(raw: bytes, rel: str) -> str:
    """The text of a file's bytes, or FileProblem for a binary, empty or non-UTF-8 file or control characters."""
    if b"\x00" in raw:
        raise FileProblem(ContentProblem(rel, 1, "not a text file (it contains binary data)"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FileProblem(ContentProblem(rel, line, "not valid UTF-8 text (save the file as UTF-8)")) from None
    if not text.strip():
        raise FileProblem(ContentProblem(rel, 1, "file is empty"))
    if _EITHER.search(text) is None:  # one pass over the text for the usual case
        return text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad is not None:
        raise FileProblem(ContentProblem(rel, _line(text, bad), f"control character U+{ord(bad.group()):04X} in text"))
    bad = _SEPARATOR.search(text)
    if bad is not None:
        message = (f"an invisible line separator (U+{ord(bad.group()):04X}, often copied from a web page) in text: "
                   "remove it, or press Enter for a new line")
        raise FileProblem(ContentProblem(rel, _line(text, bad), message))
    return text.replace("\r\n", "\n").replace("\r", "\n")

