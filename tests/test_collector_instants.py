"""One unambiguous instant per read (collector.instants): midnight, multi-day events, DST nights, zones."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from collector.instants import UnknownTimeZone, clock_read_instant, stamped_read_instant, zone
from collector.protocol import parse_message
from collector.records import RouteKey, read_line, split_segment

NEW_YORK = ZoneInfo("America/New_York")


def local(*args, tz=NEW_YORK) -> datetime:
    return datetime(*args, tzinfo=tz)


def test_a_read_clocked_before_midnight_and_received_after_it_is_yesterdays():
    # an ultra's aid station replays after a dropout: clock 23:58, received 00:06 on 1 Dec
    instant = clock_read_instant(time(23, 58), local(2026, 12, 1, 0, 6), NEW_YORK)
    assert instant == local(2026, 11, 30, 23, 58)


def test_a_read_of_today_stays_today_and_a_controller_clock_slightly_ahead_is_tolerated():
    assert clock_read_instant(time(14, 2, 15, 310000), local(2026, 11, 30, 14, 2, 16), NEW_YORK) == \
        local(2026, 11, 30, 14, 2, 15, 310000)
    # the controller's clock runs 2 minutes ahead of ours: still today, not yesterday
    assert clock_read_instant(time(14, 4), local(2026, 11, 30, 14, 2), NEW_YORK) == local(2026, 11, 30, 14, 4)


def test_a_read_never_lands_in_the_future_beyond_the_allowed_skew():
    received = local(2026, 11, 30, 9, 0)
    for minute in range(0, 24 * 60, 7):
        read = time(minute // 60, minute % 60)
        instant = clock_read_instant(read, received, NEW_YORK)
        assert received - timedelta(hours=24) < instant <= received + timedelta(minutes=5)
        assert instant.time() == read


def test_a_multi_day_event_dates_each_read_by_when_it_arrived():
    # a 48-hour race: reads arrive live over three days, each gets the date it was read on
    start = local(2026, 6, 12, 8, 0)
    for hours in (0, 15.9, 16.1, 23.99, 24.5, 40, 47.9):
        at = start + timedelta(hours=hours)
        assert clock_read_instant(at.time(), at + timedelta(seconds=3), NEW_YORK) == at


def test_dst_nights_give_each_clock_time_one_real_instant():
    # 1 Nov 2026, New York: 01:00-02:00 happens twice; 01:30 is taken the first time (EDT)
    fall = clock_read_instant(time(1, 30), local(2026, 11, 1, 4, 0), NEW_YORK)
    assert fall.utcoffset() == timedelta(hours=-4)
    assert fall.astimezone(timezone.utc) == datetime(2026, 11, 1, 5, 30, tzinfo=timezone.utc)
    # 8 Mar 2026: 02:30 does not exist; the clock that shows it is read as the moment after the gap
    spring = clock_read_instant(time(2, 30), local(2026, 3, 8, 9, 0), NEW_YORK)
    assert spring.astimezone(timezone.utc) == datetime(2026, 3, 8, 7, 30, tzinfo=timezone.utc)
    # the reads of a night race across the change stay in order
    received = local(2026, 11, 1, 6, 0)
    clocks = [time(0, 50), time(1, 10), time(1, 50)]
    instants = [clock_read_instant(c, received, NEW_YORK) for c in clocks]
    assert instants == sorted(instants)


def test_timestamps_without_an_offset_are_read_in_the_sessions_zone_and_with_one_are_kept():
    assert stamped_read_instant(datetime(2024, 4, 15, 14, 2, 15), NEW_YORK).astimezone(timezone.utc) == \
        datetime(2024, 4, 15, 18, 2, 15, tzinfo=timezone.utc)
    with_offset = datetime(2024, 4, 15, 14, 2, 15, tzinfo=timezone(timedelta(hours=2)))
    assert stamped_read_instant(with_offset, NEW_YORK) == with_offset


def test_unknown_zone_names_are_refused_clearly():
    with pytest.raises(UnknownTimeZone, match="IANA"):
        zone("Mars/Olympus_Mons")
    with pytest.raises(UnknownTimeZone):
        zone("../../etc/passwd")


def test_a_spooled_read_carries_its_instant_with_its_offset():
    read = parse_message("CT01_33~1~aid12~301~23:58:00.00~0~0F2A40~0")
    row, = split_segment(read_line(read, RouteKey(None, "9", "Ultra", "aid12").copy_prefix("c"), "Box@10.0.0.2",
                                   NEW_YORK, received=local(2026, 12, 1, 0, 6)))[0]
    fields = row.split(b"\t")
    assert fields[10] == b"2026-11-30T23:58:00-05:00"
    assert fields[9] == b"23:58:00"


def test_unix_and_millisecond_time_formats_are_understood():
    read = parse_message("CT01_33~1~finish~12~1764547200.31~0~0F2A38~1")
    assert read.read_timestamp == datetime(2025, 12, 1, 0, 0, 0, 310000, tzinfo=timezone.utc)
    assert parse_message("CT01_33~1~finish~12~50535310~0~0F2A38~1").read_time == time(14, 2, 15, 310000)
    row, = split_segment(read_line(read, RouteKey(None, "9", "E", "f").copy_prefix("c"), "d", NEW_YORK))[0]
    assert row.split(b"\t")[9] == b"19:00:00.310000"  # the time of day in the session's zone
