"""One unambiguous instant per read: the date of a clock-only read, and the zone of a timestamp without one.

Pure functions. The rule (timing-domain.md): a time-of-day read belongs to the date that puts it nearest to,
and not after, the moment it was received — so a read clocked at 23:58 and received at 00:06 (an aid
station replaying after a dropout) is yesterday's, not 23.9 hours in the future. A controller's clock may
run a little ahead of the collector's, so a read up to ``CLOCK_SKEW`` after its arrival is still today's.
Times are read in the timing session's IANA zone; across a DST change the earlier of two repeated local
times is taken (``fold=0``) and a time inside the skipped hour is moved forward by the gap, as zoneinfo does.
"""

from __future__ import annotations

import os
from datetime import datetime, time, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CLOCK_SKEW = timedelta(minutes=5)


class UnknownTimeZone(ValueError):
    """A name that is not an IANA time zone (``America/New_York``, ``Europe/Berlin``, ``UTC``)."""


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``; raises UnknownTimeZone for anything else."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownTimeZone(f"unknown time zone {name!r}: use an IANA name such as 'America/New_York'") from None


def machine_zone_name() -> str:
    """This machine's IANA zone: ``$TZ``, else the target of ``/etc/localtime``, else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        candidates.append(str(localtime.resolve()).partition("zoneinfo/")[2])
    for name in candidates:
        if name:
            try:
                zone(name)
                return name
            except UnknownTimeZone:
                continue
    return "UTC"


def clock_read_instant(read_time: time, received: datetime, tz: ZoneInfo,
                       skew: timedelta = CLOCK_SKEW) -> datetime:
    """The instant of a time-of-day read: on the local date that puts it nearest to, and not after (beyond
    ``skew``), ``received`` (an aware datetime). Returns an aware datetime in ``tz``."""
    local_received = received.astimezone(tz)
    candidate = datetime.combine(local_received.date(), read_time, tz)
    if _real(candidate) > received + skew:
        candidate = datetime.combine(local_received.date() - timedelta(days=1), read_time, tz)
    return _real(candidate).astimezone(tz)


def stamped_read_instant(stamp: datetime, tz: ZoneInfo) -> datetime:
    """A full timestamp as an instant: one with an offset is kept; one without is read in ``tz``."""
    if stamp.tzinfo is not None:
        return stamp.astimezone(tz)
    return _real(stamp.replace(tzinfo=tz)).astimezone(tz)


def _real(local: datetime) -> datetime:
    """A local time that exists: one inside a DST gap is moved forward by the gap (as clocks are)."""
    utc = local.astimezone(timezone.utc)
    if utc.astimezone(local.tzinfo).replace(tzinfo=None) != local.replace(tzinfo=None):
        return utc.astimezone(local.tzinfo)  # zoneinfo maps a gap time with the pre-gap offset: forward
    return local
