"""How well the importer does on the source documents our reference lessons were made from: coverage, precision,
phrase lists, surviving furniture. Used by a test and by `trainer bench`. Qt-free."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SIMILAR = 0.6


def seeds_dir() -> Path | None:
    """The five source documents: ../shared/seeds beside the checkout, or $TRAINER_SEEDS."""
    import os

    root = Path(__file__).resolve().parents[2]
    for candidate in (root.parent / "shared" / "seeds", Path(os.environ.get("TRAINER_SEEDS", "/nonexistent"))):
        if candidate.is_dir():
            return candidate
    return None


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\W_]+", "", text).lower()


@dataclass
class Measurement:
    reference_clauses: int
    found_clauses: int
    covered: int
    precise: int
    phrases_total: int
    phrases_right: int
    survivors: list[str] = field(default_factory=list)  # table-of-contents or banner lines still in a clause
    unmatched_found: list[str] = field(default_factory=list)  # "seed: text" of found clauses no lesson has
    uncovered: list[str] = field(default_factory=list)  # "article:number text" of reference clauses not found
    missed_phrases: list[str] = field(default_factory=list)
    wrong_list: list[str] = field(default_factory=list)  # bank phrases also found in the other list

    @property
    def coverage(self) -> float:
        return self.covered / self.reference_clauses if self.reference_clauses else 0.0

    @property
    def precision(self) -> float:
        return self.precise / self.found_clauses if self.found_clauses else 0.0

    def lines(self) -> list[str]:
        return [
            f"coverage  {self.coverage:.1%} ({self.covered} of {self.reference_clauses} reference clauses found)",
            f"precision {self.precision:.1%} ({self.precise} of {self.found_clauses} found clauses in a lesson)",
            f"phrases   {self.phrases_right} of {self.phrases_total} seed phrases in the right list "
            f"({len(self.wrong_list)} also in the other list)",
            f"furniture {len(self.survivors)} table-of-contents or banner lines survived",
        ]


def measure(seeds: Path, content: Path) -> Measurement:
    from rapidfuzz import fuzz, process

    from trainer.content.loader import load_catalog
    from trainer.importer.pipeline import import_paths

    catalog = load_catalog(content).catalog
    reference = [(f"{a.id}:{c.number}", normalise(c.text), c.text) for a in catalog.articles.values()
                 for c in a.texts["zh"].clauses]
    files = sorted(p for p in seeds.iterdir() if p.is_file())
    result = import_paths(files)
    found = []  # (seed, normalised, text)
    for doc in result.documents:
        seed = doc.name[:3]
        for lesson in doc.structure.lessons:
            for c in lesson.clauses:
                found.append((seed, normalise(c.text), c.text))
    found_keys = [f[1] for f in found]
    ref_keys = [r[1] for r in reference]
    covered, uncovered = 0, []
    for ref_id, key, text in reference:
        best = process.extractOne(key, found_keys, scorer=fuzz.ratio)
        if best and best[1] / 100 >= SIMILAR:
            covered += 1
        else:
            uncovered.append(f"{ref_id} {text[:60]}")
    precise, unmatched = 0, []
    for seed, key, text in found:
        best = process.extractOne(key, ref_keys, scorer=fuzz.ratio)
        if best and best[1] / 100 >= SIMILAR:
            precise += 1
        else:
            unmatched.append(f"{seed}: {text[:70]}")
    # phrases: each bank phrase from a seed must be found in that seed's list of the same kind
    by_seed: dict[str, dict[str, set[str]]] = {}
    for doc in result.documents:
        lists = by_seed.setdefault(doc.name[:3], {"service": set(), "forbidden": set()})
        for ph in doc.structure.phrases:
            lists[ph.kind].add(normalise(ph.text))
    total = right = 0
    missed, wrong = [], []
    registry = getattr(catalog, "sources", {}) or {}
    for phrase in catalog.phrases.values():
        key = normalise(phrase.text.zh)
        # a phrase cites its sources by registry id (engineer-code, onsite-codes/claims-survey) or file number
        seeds = dict.fromkeys(registry[ref].seed if ref in registry else ref for ref in phrase.sources)
        for seed in seeds:
            if seed not in by_seed:
                continue
            total += 1
            pool = by_seed[seed][phrase.kind]
            if key in pool or any(fuzz.ratio(key, other) >= 85 for other in pool):
                right += 1
            else:
                missed.append(f"{seed} {phrase.kind}: {phrase.text.zh}")
            other_kind = "service" if phrase.kind == "forbidden" else "forbidden"
            if key in by_seed[seed][other_kind]:
                wrong.append(f"{seed} {phrase.kind} also listed as {other_kind}: {phrase.text.zh}")
    survivors = [f"{doc.name[:3]}: {c.text[:70]}" for doc in result.documents for lesson in doc.structure.lessons
                 for c in lesson.clauses if furniture_left(c.text)]
    return Measurement(len(reference), len(found), covered, precise, total, right, survivors, unmatched, uncovered,
                       missed, wrong)


_FURNITURE = re.compile(r"(^目\s*录|\.{4,}|…{3,}|第\s*\d+\s*页\s*/\s*共|上传人|文档编号|下载文档|点击查看更多|"
                        r"展开阅读全文|相关搜索|版权所有|ICP备|由会员分享|资源描述|合集下载)")


def furniture_left(text: str) -> bool:
    return bool(_FURNITURE.search(text))
