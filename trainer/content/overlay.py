"""The library's items laid over the reference files: which files a load reads, and how problems name them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.content.files import MAX_BYTES, FileProblem, read_bytes
from trainer.errors import ContentProblem

LIBRARY = "library:"  # how problems name an item of the organisation's library: library:articles/x.zh.md


@dataclass(frozen=True)
class Entry:
    """One content file to load: a file under the content folder, or an item of the library (its bytes)."""

    name: str
    rel: str  # as problems name it
    path: Path | None = None
    data: bytes | None = None

    def read(self) -> bytes:
        if self.path is None:
            if len(self.data) > MAX_BYTES:
                raise FileProblem(ContentProblem(self.rel, 1, f"item is too large ({len(self.data):,} bytes; "
                                                              f"the limit is {MAX_BYTES:,})"))
            return self.data
        return read_bytes(self.path, self.rel)


def overlaid(sub: str, files: list[Entry], overlay: dict[str, bytes | None]) -> list[Entry]:
    """The reference files of a folder (`sub`, "" for the top) with the library's items laid over them: an item
    replaces the file of its path, adds one, or (None) hides it."""
    prefix = f"{sub}/" if sub else ""
    entries = {e.name: e for e in files}
    for key, data in overlay.items():
        if not key.startswith(prefix) or "/" in key[len(prefix):]:
            continue
        name = key[len(prefix):]
        if data is None:
            entries.pop(name, None)
        else:
            entries[name] = Entry(name, LIBRARY + key, data=data)
    return [entries[name] for name in sorted(entries)]
