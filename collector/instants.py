"""One unambiguous instant per read: the date of a clock-only read, and the zone of a timestamp without one.

Pure functions. The rule (timing-domain.md): a time-of-day read belongs to the date that puts it nearest to,
and not after, the moment it was received — so a read clocked at 23:58 and received at 00:06 (an aid
station replaying after a dropout) is yesterday's, not 23.9 hours in the future. A controller's clock may
run a little ahead of the collector's, so a read up to ``CLOCK_SKEW`` after its arrival is still today's.
Times are read in the timing session's IANA zone. In a DST fall-back hour a local time happens twice; the same
rule picks one: the later of the two that is not after the arrival (beyond the skew) — a finish clocked 01:10
and received at 01:10 EST is the second 01:10, not the EDT one an hour earlier; a read replayed long after
the night is the second too, unless its arrival rules it out. A timestamp without an offset and with no
arrival to go by takes the earlier (``fold=0``). A time inside the skipped hour is moved forward by the gap,
as clocks are.
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
    """The instant of a time-of-day read: on the local date (and, in a fall-back hour, of the two instants)
    that puts it nearest to, and not after (beyond ``skew``), ``received`` (an aware datetime). Returns an
    aware datetime in ``tz``."""
    today = received.astimezone(tz).date()
    candidates = [*_instants(datetime.combine(today - timedelta(days=1), read_time), tz),
                  *_instants(datetime.combine(today, read_time), tz)]
    return _latest_by(candidates, received, skew)


def stamped_read_instant(stamp: datetime, tz: ZoneInfo, received: datetime | None = None,
                         skew: timedelta = CLOCK_SKEW) -> datetime:
    """A full timestamp as an instant: one with an offset is kept; one without is read in ``tz`` — in a DST
    fall-back hour the later of its two instants not after ``received`` (beyond ``skew``) when given, else
    the earlier."""
    if stamp.tzinfo is not None:
        return stamp.astimezone(tz)
    candidates = _instants(stamp, tz)
    return _latest_by(candidates, received, skew) if received is not None else candidates[0]


def read_instant(read_time: time, read_timestamp: datetime | None, received: datetime, tz: ZoneInfo) -> datetime:
    """The instant of a read as the controller sent it: a full timestamp (``stamped_read_instant``) or a time of
    day only (``clock_read_instant``); what the spool stores, and what a read is re-dated to when its event's
    zone is set after it arrived."""
    if read_timestamp is not None:
        return stamped_read_instant(read_timestamp, tz, received)
    return clock_read_instant(read_time, received, tz)


def _instants(local: datetime, tz: ZoneInfo) -> list[datetime]:
    """The instants a naive local time denotes in ``tz``, earlier first: two in a fall-back hour, else one
    (a time in a spring-forward gap moved past it)."""
    first = _real(local.replace(tzinfo=tz, fold=0))
    second = local.replace(tzinfo=tz, fold=1)
    if first.replace(tzinfo=None) == local and second.utcoffset() != first.utcoffset():
        return [first.astimezone(tz), second.astimezone(tz)]
    return [first.astimezone(tz)]


def _latest_by(candidates: list[datetime], received: datetime, skew: timedelta) -> datetime:
    """The latest of ``candidates`` (in order) not after ``received`` + ``skew``; the earliest if all are after
    it. In UTC: Python adds to and compares datetimes of one zone by wall clock, blind to which 01:10 is which."""
    limit = received.astimezone(timezone.utc) + skew
    fitting = [candidate for candidate in candidates if candidate <= limit]
    return fitting[-1] if fitting else candidates[0]


def _real(local: datetime) -> datetime:
    """A local time that exists: one inside a DST gap is moved forward by the gap (as clocks are)."""
    utc = local.astimezone(timezone.utc)
    if utc.astimezone(local.tzinfo).replace(tzinfo=None) != local.replace(tzinfo=None):
        return utc.astimezone(local.tzinfo)  # zoneinfo maps a gap time with the pre-gap offset: forward
    return local
