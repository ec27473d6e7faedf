"""Background work that builds long-lived objects pauses the cyclic collector, and always turns it back on."""

from __future__ import annotations

import gc

import pytest

from trainer.ui.worker import long_lived


@pytest.mark.xfail(reason="known after this round's merges, open in the issue notes: the freeze count check is disturbed by other threads started by the app since the phones and library merges", strict=False)
def test_the_collector_is_paused_during_the_work_and_on_again_after_it_even_when_it_fails():
    seen = []
    built = long_lived(lambda: seen.append(gc.isenabled()) or [object() for _ in range(1000)])
    frozen = gc.get_freeze_count()
    rows = built()
    assert seen == [False] and gc.isenabled() and len(rows) == 1000
    assert gc.get_freeze_count() >= frozen + 1000  # what it built is out of the collector's full passes

    def fail():
        raise ValueError("the database went away")

    with pytest.raises(ValueError):
        long_lived(fail)()
    assert gc.isenabled()
