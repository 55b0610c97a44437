"""Where a device resumes: from its first read, on every new connection. Pure.

A device is ``<client name>@<address>``: all CTP01 says of a controller before it sends a read, and not
enough to tell boxes apart. Two boxes behind one NAT, or a spare given the failed box's name and address,
share it, each numbering its reads from 1; told to resume after what "its" name already delivered, such a box
would never send its own unsent reads. So a connection is asked for everything: ``start~<location>~1`` for
each location the device has delivered reads at (plain ``start`` when it has delivered none). A resent read
is the same read (device, location, sequence, bib, clock) and stored once; another box's read is kept.
"""

from __future__ import annotations

from collections import defaultdict

FIRST_SEQUENCE = 1


class LocationBook:
    """Locations each device delivered reads at, per route key, as spooled by this process: PostgreSQL knows
    the rest, but a device reconnecting during an outage must be asked again for every location it used."""

    def __init__(self) -> None:
        self._seen: dict[tuple, set[str]] = defaultdict(set)

    def remember(self, route: tuple, device: str, location: str) -> None:
        self._seen[(route, device)].add(location)

    def locations(self, route: tuple, device: str) -> set[str]:
        """Locations this device has delivered reads at (empty when it has sent nothing yet)."""
        return self._seen.get((route, device), set())
