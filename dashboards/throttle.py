"""A token bucket per client address, for public pages anyone may load (``/display/<id>``).

A display page needs no login, and each load builds a Panel session: a script re-fetching one in a loop
would take the server's time from the directors' APIs. Each address may load ``burst`` pages at once (a
venue's screens behind one NAT address open together), then ``rate_per_s``; beyond that the answer is 429
with ``Retry-After``, which costs nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class AddressBuckets:
    """``take(address)``: 0 when the address may go ahead now, else the seconds until it may.

    Used from the server's event loop only, so it needs no lock.
    """

    def __init__(self, burst: float, rate_per_s: float, max_addresses: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.rate_per_s, self.max_addresses, self._clock = burst, rate_per_s, max_addresses, clock
        self._buckets: dict[str, tuple[float, float]] = {}    # address -> (tokens, when counted)

    @classmethod
    def per_minute(cls, loads: int) -> AddressBuckets | None:
        """``loads`` at once, then ``loads`` a minute, per address; None (no limit) for 0."""
        return cls(burst=loads, rate_per_s=loads / 60) if loads else None

    def take(self, address: str) -> float:
        now = self._clock()
        tokens = self._tokens(address, now)
        if tokens < 1:
            self._buckets[address] = (tokens, now)
            return (1 - tokens) / self.rate_per_s
        if address not in self._buckets and len(self._buckets) >= self.max_addresses:
            self._forget_full(now)
        self._buckets[address] = (tokens - 1, now)
        return 0.0

    def _tokens(self, address: str, now: float) -> float:
        tokens, then = self._buckets.get(address, (self.burst, now))
        return min(self.burst, tokens + (now - then) * self.rate_per_s)

    def _forget_full(self, now: float) -> None:
        """Bound the memory invented addresses can take: a bucket that has refilled is the same as none; if
        that is not enough, the least recently counted half goes."""
        self._buckets = {a: v for a, v in self._buckets.items() if self._tokens(a, now) < self.burst}
        if len(self._buckets) >= self.max_addresses:
            newest = sorted(self._buckets.items(), key=lambda item: item[1][1])[len(self._buckets) // 2:]
            self._buckets = dict(newest)
