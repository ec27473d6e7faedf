"""The drafted files as items for the content library: the organisation's competencies stay as they are, the
documents join its source registry, everything else is a new item (never published by the import). Pure."""

from __future__ import annotations


def for_library(files: dict[str, str], sources_text: str | None) -> dict[str, str]:
    """`files` (from draft_files) as library items; `sources_text` is the library's sources.yaml now (None: none).

    An id the registry has already keeps its entry there (the same document imported again)."""
    import yaml

    out = {path: text for path, text in files.items() if path not in ("competencies.yaml", "sources.yaml")}
    drafted = files.get("sources.yaml")
    if drafted is None:
        return out
    new_entries = drafted.split("sources:\n", 1)[1]
    if not sources_text or not sources_text.strip():
        out["sources.yaml"] = drafted
        return out
    have = {s.get("id") for s in (yaml.safe_load(sources_text) or {}).get("sources", []) if isinstance(s, dict)}
    kept, entry = [], []
    for line in new_entries.splitlines(keepends=True):
        if line.startswith("  - ") and entry:
            kept.append(entry)
            entry = []
        entry.append(line)
    if entry:
        kept.append(entry)
    added = [e for e in kept if yaml.safe_load("".join(e))[0].get("id") not in have]
    if added:
        out["sources.yaml"] = sources_text.rstrip("\n") + "\n" + "".join("".join(e) for e in added)
    return out
