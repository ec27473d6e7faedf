"""The reviewer's edits on plain data: reject, edit, merge, split; what is saved follows them."""

import pytest

from tests.importer.fixtures import CODE_ZH
from trainer.content.loader import load_catalog
from trainer.importer.draft import draft_files, write_folder
from trainer.importer.pipeline import import_bytes
from trainer.importer.review import ReviewDraft


def draft() -> ReviewDraft:
    return ReviewDraft([import_bytes("code.txt", CODE_ZH.encode())])


def test_merge_split_reject_and_save(tmp_path):
    review = draft()
    lesson = review.documents[0].structure.lessons[0]
    phone = lesson.sections[1]
    assert [c.number for c in phone.clauses] == ["2.1", "2.2", "2.3"]
    merged = review.merge_next(phone, 0)
    assert merged.text == "电话铃响3声内必须接起。客户投诉须在24小时内答复。"
    assert [c.number for c in phone.clauses] == ["2.1", "2.2"]
    new = review.split(phone, 0, len("电话铃响3声内必须接起。"))
    assert (new.number, new.text) == ("2.2", "客户投诉须在24小时内答复。") and phone.clauses[2].number == "2.3"
    with pytest.raises(ValueError):
        review.split(phone, 0, 0)
    review.edit(lesson.sections[0].clauses[1], "本规范适用于全体客服和上门服务人员。")
    review.reject(lesson.sections[0].clauses[0])
    files, summary = draft_files(review.accepted_documents())
    assert summary.clauses == 4
    zh = files["articles/code-1.zh.md"]
    assert "1.1 本规范适用于全体客服和上门服务人员。" in zh and "为提高服务质量" not in zh
    write_folder(files, tmp_path / "drafts")
    assert load_catalog(tmp_path / "drafts").ok


def test_a_rejected_clause_can_be_accepted_again():
    review = draft()
    clause = review.documents[0].structure.lessons[0].clauses[0]
    review.reject(clause)
    assert review.is_rejected(clause)
    review.accept(clause)
    files, summary = draft_files(review.accepted_documents())
    assert summary.clauses == 5
