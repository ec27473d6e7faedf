"""A smaller room than the bench's (trainer/ui/benches/phones.py), through the same path: simulated phones in a
process of their own answer at once, each is counted once on the console, the roster trainees' answers are in
their records, and a room stays connected through a whole quiz. (The speed figures are the bench's.)"""

from __future__ import annotations

from trainer.ui.benches.phones import run_room
from tests.conftest import CONTENT


def test_a_room_answering_at_once_is_counted_once_and_recorded(tmp_path):
    run = run_room(tmp_path, CONTENT, nicknames=24, roster=6, items=1, at_once=True)
    assert run.counted == [30] and len(run.latencies_ms) == 30  # each phone once on the console
    assert run.recorded == 6  # the roster trainees' answers, in their records
    assert not {"moved-on", "revealed", "bad-choice"} & set(run.refused)


def test_a_room_stays_connected_through_a_whole_quiz(tmp_path):
    run = run_room(tmp_path, CONTENT, nicknames=56, roster=4, items=3, at_once=False)
    assert run.connected_at_end == 60 and run.counted == [60, 60, 60]
    assert run.recorded == 4 * 3
