"""The importer on the five source documents our reference lessons were made from, as they are (issue 19's figures).
Prints coverage, precision, phrase lists and furniture; `trainer bench` prints the same."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def seeds_dir() -> Path:
    for candidate in (ROOT.parent / "shared" / "seeds", Path(os.environ.get("TRAINER_SEEDS", "/nonexistent"))):
        if candidate.is_dir():
            return candidate
    pytest.skip("the seed documents (../shared/seeds, or TRAINER_SEEDS) are not beside this checkout")


@pytest.fixture(scope="module")
def measured():
    from trainer.importer.measure import measure

    return measure(seeds_dir(), ROOT / "content")


def test_figures_on_the_five_seeds(measured):
    print()
    print("\n".join(measured.lines()))
    print("found clauses no reference lesson has (first 40):")
    print("\n".join("  " + line for line in measured.unmatched_found[:40]))
    print("seed phrases not in the right list:", "; ".join(measured.missed_phrases))
    print("seed phrases also in the other list:", "; ".join(measured.wrong_list))
    assert measured.reference_clauses > 400 and measured.found_clauses > 300
    assert measured.survivors == []  # no table-of-contents or banner line survives


def test_coverage_target(measured):
    assert measured.coverage >= 0.80


@pytest.mark.xfail(reason="precision is below 70 %: 001 and 003 hold whole codes our lessons do not have (listed by "
                          "test_figures_on_the_five_seeds)", strict=True)
def test_precision_target(measured):
    assert measured.precision >= 0.70


@pytest.mark.xfail(reason="6 seed phrases stand in flattened tables, unquoted text or are composed (see the report)", strict=True)
def test_every_seed_phrase_in_the_right_list(measured):
    assert measured.phrases_right == measured.phrases_total


def test_nearly_every_seed_phrase_in_the_right_list(measured):
    assert measured.phrases_right >= 0.95 * measured.phrases_total


def test_every_seed_imports_into_a_valid_folder(tmp_path):
    from trainer.content.loader import load_catalog
    from trainer.importer.service import import_to_folder

    summary, errors = import_to_folder(sorted(seeds_dir().iterdir()), tmp_path / "drafts")
    assert errors == []
    assert summary.lessons >= 20 and summary.removed_lines > 50
    result = load_catalog(tmp_path / "drafts")
    assert result.ok and len(result.catalog.articles) == summary.lessons
