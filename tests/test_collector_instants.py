"""One unambiguous instant per read (collector.instants): midnight, multi-day events, DST nights, zones."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from collector.instants import UnknownTimeZone, clock_read_instant, read_instant, stamped_read_instant, zone
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
    # 1 Nov 2026, New York: 01:00-02:00 happens twice; a live read is the 01:30 nearest to, not after, its arrival
    first = clock_read_instant(time(1, 30), datetime(2026, 11, 1, 5, 35, tzinfo=timezone.utc), NEW_YORK)
    assert first.utcoffset() == timedelta(hours=-4)  # received 01:35 EDT: the first 01:30
    assert first.astimezone(timezone.utc) == datetime(2026, 11, 1, 5, 30, tzinfo=timezone.utc)
    # 8 Mar 2026: 02:30 does not exist; the clock that shows it is read as the moment after the gap
    spring = clock_read_instant(time(2, 30), local(2026, 3, 8, 9, 0), NEW_YORK)
    assert spring.astimezone(timezone.utc) == datetime(2026, 3, 8, 7, 30, tzinfo=timezone.utc)
    # the reads of a night race across the change, each received live, stay in order (compared in UTC: two
    # datetimes of one zone compare by wall clock)
    clocks = [(time(0, 50), 4, 50), (time(1, 10), 5, 10), (time(1, 50), 5, 50), (time(1, 10), 6, 10),
              (time(1, 50), 6, 50)]
    instants = [clock_read_instant(c, datetime(2026, 11, 1, h, m, 2, tzinfo=timezone.utc), NEW_YORK)
                .astimezone(timezone.utc) for c, h, m in clocks]
    assert instants == [datetime(2026, 11, 1, h, m, tzinfo=timezone.utc) for _, h, m in clocks]


def test_in_the_fall_back_hour_the_arrival_picks_the_second_of_two_equal_clock_times():
    # gun 01:40 EDT, a finish clocked 01:10 received live at 01:10:01 EST: the second 01:10, after the gun
    finish = clock_read_instant(time(1, 10), datetime(2026, 11, 1, 6, 10, 1, tzinfo=timezone.utc), NEW_YORK)
    assert finish.astimezone(timezone.utc) == datetime(2026, 11, 1, 6, 10, tzinfo=timezone.utc)
    received_in_new_york = local(2026, 11, 1, 1, 10, 1).replace(fold=1)  # the same arrival, told in local time
    assert clock_read_instant(time(1, 10), received_in_new_york, NEW_YORK).utcoffset() == timedelta(hours=-5)
    # a controller clock 3 minutes ahead: clocked 01:10 EST, received 01:07 EST, still the second 01:10
    ahead = clock_read_instant(time(1, 10), datetime(2026, 11, 1, 6, 7, tzinfo=timezone.utc), NEW_YORK)
    assert ahead.astimezone(timezone.utc) == datetime(2026, 11, 1, 6, 10, tzinfo=timezone.utc)
    # clocked 01:58 EDT and received 4 minutes late, at 01:02 EST: the first 01:58 (the second is ahead)
    late = clock_read_instant(time(1, 58), datetime(2026, 11, 1, 6, 2, tzinfo=timezone.utc), NEW_YORK)
    assert late.astimezone(timezone.utc) == datetime(2026, 11, 1, 5, 58, tzinfo=timezone.utc)
    # an ISO time without an offset follows the same rule when its arrival is known, else takes the first
    stamp = datetime(2026, 11, 1, 1, 10)
    assert stamped_read_instant(stamp, NEW_YORK, datetime(2026, 11, 1, 6, 10, 1, tzinfo=timezone.utc)) \
        .astimezone(timezone.utc) == datetime(2026, 11, 1, 6, 10, tzinfo=timezone.utc)
    assert stamped_read_instant(stamp, NEW_YORK).astimezone(timezone.utc) == \
        datetime(2026, 11, 1, 5, 10, tzinfo=timezone.utc)


def test_a_read_is_redated_from_its_clock_when_its_events_zone_is_set_later():
    # the gun arrived before the event was bound: dated in the collector's zone (New York, 3 hours early),
    # then the event is bound to Los Angeles and its stored clock is read again there
    received = datetime(2026, 11, 26, 17, 0, 5, tzinfo=timezone.utc)       # 09:00:05 in Los Angeles
    read = parse_message("CT01_33~1~start~guntime~09:00:00.00~0~abc123~0")
    los_angeles = ZoneInfo("America/Los_Angeles")
    assert read_instant(read.read_time, read.read_timestamp, received, NEW_YORK) == local(2026, 11, 26, 9, 0)
    assert read_instant(read.read_time, read.read_timestamp, received, los_angeles) == \
        datetime(2026, 11, 26, 9, 0, tzinfo=los_angeles)
    # a timestamp with an offset is the same instant in any zone
    unix = parse_message("CT01_33~2~finish~7~1764547200.31~0~abc123~1")
    assert read_instant(unix.read_time, unix.read_timestamp, received, los_angeles) == unix.read_timestamp


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
