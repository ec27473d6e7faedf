"""Rate limits against a hostile phone on the room's network: joins per address, messages per connection."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    join_burst: int = 8  # join attempts an address may make at once ...
    join_per_s: float = 0.5  # ... and then one every two seconds
    all_joins_per_s: float = 40.0  # all addresses together (a room of 300 joins within a minute)
    all_joins_burst: int = 120
    messages_per_s: float = 10.0  # per connection (answers, pings)
    messages_burst: int = 20
    connections_per_address: int = 12
    connections: int = 600
    bad_messages: int = 10  # then the connection is closed
    message_bytes: int = 4096


@dataclass
class Bucket:
    burst: float
    per_s: float
    clock: object = time.monotonic
    tokens: float = field(default=-1.0)
    at: float = 0.0

    def take(self) -> bool:
        now = self.clock()
        if self.tokens < 0:
            self.tokens, self.at = self.burst, now
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.per_s)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class JoinLimiter:
    def __init__(self, limits: Limits, clock=time.monotonic) -> None:
        self._limits = limits
        self._clock = clock
        self._by_address: dict[str, Bucket] = {}
        self._all = Bucket(limits.all_joins_burst, limits.all_joins_per_s, clock)

    def allow(self, address: str) -> bool:
        if len(self._by_address) > 10_000:  # a flood of spoofed addresses: forget the full buckets
            self._by_address = {a: b for a, b in self._by_address.items() if b.tokens < b.burst - 1}
        bucket = self._by_address.setdefault(address, Bucket(self._limits.join_burst, self._limits.join_per_s,
                                                             self._clock))
        return bucket.take() and self._all.take()
