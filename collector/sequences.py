"""Where a device resumes: the first sequence number it has not delivered. Pure.

A controller that reconnects is told ``start~<location>~<n>``: it resends from ``n``. ``n`` is the first gap
in what this device has delivered at that location, not one past the highest number seen — so reads that
someone else numbered ahead (another device on the same address and name, or a hostile peer) can never make
the collector skip a device's own unsent reads. Resending a read that arrived is harmless: it is the same
read (device, location, sequence, bib, time) and stored once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def resume_point(sequences: Iterable[int]) -> int:
    """One past the end of the unbroken run that starts at the lowest sequence; 1 when there is none.

    >>> resume_point([1, 2, 3, 7])
    4
    >>> resume_point([])
    1
    """
    ordered = sorted(set(sequences))
    if not ordered:
        return 1
    expected = ordered[0]
    for sequence in ordered:
        if sequence != expected:
            break
        expected += 1
    return expected


class SequenceBook:
    """Sequences received by this process per (route key, device, location): spooled reads count as
    delivered before PostgreSQL has them, so a controller reconnecting during an outage resumes correctly."""

    def __init__(self) -> None:
        self._seen: dict[tuple, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))

    def remember(self, route: tuple, device: str, location: str, sequence: int) -> None:
        self._seen[(route, device)][location].add(sequence)

    def seen(self, route: tuple, device: str) -> dict[str, set[int]]:
        """Sequence numbers per location (empty when this device has sent nothing yet)."""
        return self._seen.get((route, device), {})
