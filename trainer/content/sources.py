"""The registry of source documents (content/sources.yaml) and the check of every citation of one.

Articles, phrases and notes cite a source by its id (`engineer-code`) or a part of a collection by
`collection/part` (`onsite-codes/claims-survey`). A citation that does not resolve is a problem at its line; a
bare file number ("000") is named as such, with the id to write instead.
"""

from __future__ import annotations

import difflib

from trainer.content.model import I18n, Source
from trainer.errors import ContentProblem


def build_registry(value, rel: str, line_of) -> tuple[dict[str, Source], list[ContentProblem]]:
    """Source id (and collection/part) -> Source, from a validated SourcesFile; duplicate ids are problems."""
    registry: dict[str, Source] = {}
    found: list[ContentProblem] = []
    seeds: dict[str, str] = {}
    for i, src in enumerate(value.sources):
        if src.id in registry:
            found.append(ContentProblem(rel, line_of(("sources", i, "id")), f"duplicate source id '{src.id}'"))
            continue
        if src.seed in seeds:
            found.append(ContentProblem(rel, line_of(("sources", i, "seed")),
                                        f"seed '{src.seed}' is already the source '{seeds[src.seed]}'"))
        seeds[src.seed] = src.id
        title = I18n(src.title.zh, src.title.en)
        registry[src.id] = Source(
            id=src.id, title=title, seed=src.seed, version=src.version, date=src.date,
            issuer=I18n(src.issuer.zh, src.issuer.en) if src.issuer else None,
        )
        for j, part in enumerate(src.parts):
            key = f"{src.id}/{part.id}"
            if key in registry:
                found.append(ContentProblem(rel, line_of(("sources", i, "parts", j, "id")),
                                            f"duplicate part id '{part.id}' in '{src.id}'"))
                continue
            registry[key] = Source(id=key, title=I18n(part.title.zh, part.title.en), seed=src.seed,
                                   issuer=registry[src.id].issuer, collection=title)
    return registry, found


def citation_problem(ref: str, registry: dict[str, Source]) -> str | None:
    """Why `ref` does not name a source (None when it does)."""
    if ref in registry:
        return None
    by_seed = {s.seed: s.id for s in registry.values() if s.collection is None}
    if ref in by_seed:
        return (f"unknown source '{ref}': that is the file number of a source; cite it by its id "
                f"'{by_seed[ref]}' (content/sources.yaml)")
    collection, _, part = ref.partition("/")
    if part and collection in registry:
        parts = [k.partition("/")[2] for k in registry if k.startswith(collection + "/")]
        close = difflib.get_close_matches(part, parts, n=1)
        hint = f" (did you mean '{collection}/{close[0]}'?)" if close else ""
        return f"unknown part '{part}' of source '{collection}'{hint}"
    close = difflib.get_close_matches(ref, list(registry), n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown source '{ref}'{hint}"
