"""Pausing Python's cyclic garbage collector while a load builds many objects that the app then keeps.

A full collection walks every object the process holds. Loading the catalog or 10,000 dashboard rows creates
hundreds of thousands of objects, which triggers many collections that find nothing to free: with the collector
running, a content load takes two to four times as long. Pauses nest and may come from several threads; the
collector runs again when the last one ends. Reference counting frees ordinary objects meanwhile as always.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_paused = 0
_was_enabled = True


@contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """The collector off for the block. `freeze`: move everything alive afterwards out of its reach (gc.freeze),
    for results kept for the app's life, so later collections do not walk them again."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
        _paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if freeze:
                gc.freeze()
            if _paused == 0 and _was_enabled:
                gc.enable()
