"""`trainer content list/export/import` and `validate --library` as a manager meets them: a pack moves the
library between databases unchanged; a hostile pack is refused in words with nothing written."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.test_cli import trainer
from trainer.services.context import open_services

PASS = "secret-pass-1"
LESSON = "articles/phone-conduct.zh.md"


def _prepare(url: str) -> None:
    services = open_services(url)
    try:
        services.profiles.create_manager("王经理", PASS)
        lib = services.library
        lib.save_draft(LESSON, lib.item(LESSON).text.replace("第二次响铃", "第三次响铃"), "王经理", "三声")
        lib.hide("scenarios/gift.yaml", "王经理")
        lib.publish("王经理", "本公司规定")
    finally:
        services.close()


def _fingerprint(url: str) -> tuple:
    services = open_services(url)
    try:
        _, result = services.library.published_catalog()
        catalog = result.catalog
        return (sorted(catalog.articles), sorted(catalog.scenarios), sorted(catalog.questions),
                catalog.clause("phone-conduct:1.1").text, [str(p) for p in result.problems],
                [(r.path, r.state) for r in services.library.items() if r.state != "reference"])
    finally:
        services.close()


def _env(url: str, passcode: str = PASS) -> dict:
    return {"TRAINER_DB_URL": url, "TRAINER_MANAGER_PASSCODE": passcode}


def test_pack_round_trip_gives_an_identical_catalog(tmp_path, db_url):
    _prepare(db_url)
    pack = tmp_path / "pack.zip"
    run = trainer("content", "export", "--out", str(pack), env=_env(db_url))
    assert run.returncode == 0, run.stderr
    names = zipfile.ZipFile(pack).namelist()
    assert names == ["pack.json", LESSON]
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    services = open_services(fresh)
    services.profiles.create_manager("李经理", PASS)
    services.close()
    run = trainer("content", "import", str(pack), "--publish", env=_env(fresh))
    assert run.returncode == 0, run.stderr
    assert "2 items imported and published" in run.stdout
    assert _fingerprint(fresh) == _fingerprint(db_url)
    listing = trainer("content", "list", env=_env(fresh)).stdout
    assert any(line.startswith(LESSON) and " changed " in line and " r1 " in line for line in listing.splitlines())
    assert any(line.startswith("scenarios/gift.yaml") and " hidden " in line for line in listing.splitlines())


def _zip(files: dict[str, bytes], meta: bytes | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pack.json", meta if meta is not None else
                    b'{"format": "trainer-content-pack", "version": 1, "trainer": "0.1.0", "hidden": []}')
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


HOSTILE = {
    "not a zip": (b"PK\x03\x04 this is not really a zip", "not a content pack (not a zip file)"),
    "zip bomb": (_zip({"quizzes/bomb.yaml": b"a" * (40 * 1024 * 1024)}), "refused as a zip bomb"),
    "escaping path": (_zip({"../../evil.yaml": b"x: 1"}), "has a file outside the pack (../../evil.yaml)"),
    "10,000 files": (_zip({f"quizzes/q{i}.yaml": b"x" for i in range(10_000)}), "holds 10,001 files"),
    "newer trainer": (_zip({}, b'{"format": "trainer-content-pack", "version": 1, "trainer": "9.0.0"}'),
                      "written by a newer trainer (9.0.0)"),
    "broken content": (_zip({"quizzes/phone-conduct.yaml": b"questions:\n  - id: x\n    type: single\n"}),
                       "problems in the content it holds"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_pack_is_refused_in_words_and_nothing_is_written(tmp_path, sqlite_url, case):
    _prepare(sqlite_url)
    before = _fingerprint(sqlite_url)
    data, message = HOSTILE[case]
    pack = tmp_path / "pack.zip"
    pack.write_bytes(data)
    run = trainer("content", "import", str(pack), "--publish", env=_env(sqlite_url))
    assert run.returncode == 2
    assert message in run.stderr and "Traceback" not in run.stderr
    assert _fingerprint(sqlite_url) == before


def test_import_needs_the_manager_passcode(tmp_path, sqlite_url):
    _prepare(sqlite_url)
    pack = tmp_path / "pack.zip"
    trainer("content", "export", "--out", str(pack), env=_env(sqlite_url))
    run = trainer("content", "import", str(pack), env=_env(sqlite_url, "wrong-passcode"))
    assert run.returncode == 2 and "wrong passcode" in run.stderr


def test_validate_library_names_library_items_and_allows_warnings(sqlite_url):
    services = open_services(sqlite_url)
    lib = services.library
    lib.save_draft("articles/our-rules.zh.md", lib.item("articles/integrity.zh.md").text
                   .replace("id: integrity", "id: our-rules"), "王经理")
    services.close()
    run = trainer("--db", sqlite_url, "validate", "--library")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines() == [
        "library:articles/our-rules.zh.md:1: warning: not translated yet: article 'our-rules' has no English "
        "version our-rules.en.md"]
    services = open_services(sqlite_url)
    services.library.save_draft("quizzes/phone-conduct.yaml", "questions: [", "王经理")
    services.close()
    run = trainer("--db", sqlite_url, "validate", "--library")
    assert run.returncode == 1
    assert any(line.startswith("library:quizzes/phone-conduct.yaml:1:") for line in run.stdout.splitlines())
