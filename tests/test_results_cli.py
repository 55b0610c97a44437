"""`p88 results` end to end over the database: reads as the collector dates them, a CSV roster, the race setup
given on the command line (guns, mat names), and an event's zone set after its reads arrived."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from typer.testing import CliRunner

from collector.instants import read_instant, zone
from collector.protocol import parse_message
from collector.sessions import bind_event, bind_roster
from project88.cli import app
from providers.csv_import import import_roster

ROSTER = "Bib,First Name,Last Name,Gender,Age,Race\r\n1,Ann,Able,F,30,5K\r\n2,Bob,Baker,M,31,5K\r\n" \
         "3,Cy,Cole,M,40,10K\r\n"
DAY = date(2026, 11, 26)


@pytest.fixture
def roster_event(two_companies, db_url, tmp_path) -> int:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER)
    return import_roster(1, db_url, path, "Turkey Trot", DAY)[1].event_id


def deliver(owner, event_id: str, *lines: str, clocks: str = "UTC", collector_zone: str | None = None) -> None:
    """Reads of an event nobody has bound yet, each received 2 s after its clock time on 26 Nov 2026 (clocks
    showing the time of zone ``clocks``), dated as the collector does in its zone (default: ``clocks``)."""
    for line in lines:
        read = parse_message(line)
        at = datetime.combine(DAY, read.read_time, zone(clocks)) + timedelta(seconds=2)
        owner.execute(
            """INSERT INTO unassigned_reads (event_id, event_name, timing_point, location_name, sequence_number, bib,
                   reader_id, read_time, read_timestamp, is_gun_time, raw_line, received_at, device)
               VALUES (%s, 'Turkey Trot', 'Finish line', %s, %s, %s, %s, %s, %s, %s, %s, %s, 'Box@10.0.0.2')""",
            (event_id, read.location, read.sequence, read.bib, read.reader_id, read.read_time,
             read_instant(read.read_time, read.read_timestamp, at, zone(collector_zone or clocks)), read.is_gun_time,
             read.raw, at))


def results(*args: str) -> tuple[list[dict], str]:
    outcome = CliRunner().invoke(app, ["results", "--partner", "alpha", *args])
    assert outcome.exit_code == 0, outcome.output
    return (json.loads(outcome.stdout), outcome.stderr) if "--json" in args else ([], outcome.stdout)


def test_a_finish_read_before_the_gun_or_the_runners_own_start_does_not_hide_the_real_finish(roster_event, owner):
    deliver(owner, "701", "CT01_33~1~finish~1~19:50:00.00~0~0a0b0c~1",     # 1 walks over the finish mat before the gun
            "CT01_33~2~start~guntime~20:00:00.00~0~0a0b0c~0",
            "CT01_33~3~finish~2~20:01:00.00~0~0a0b0c~1",     # 2 walks over it on the way to a back corral
            "CT01_33~4~start~1~20:00:05.00~0~0a0b0c~1", "CT01_33~5~start~2~20:05:00.00~0~0a0b0c~1",
            "CT01_33~6~finish~1~20:25:00.00~0~0a0b0c~1", "CT01_33~7~finish~2~20:30:00.00~0~0a0b0c~1")
    bind_event(owner, 1, "701", "UTC")
    bind_roster(owner, 1, "701", roster_event)
    finishers, _ = results("--event-id", "701", "--json")
    assert [(f["bib"], f["chip_time_s"], f["gun_time_s"]) for f in finishers] == [("1", 1495, 1500), ("2", 1500, 1800)]


def test_p88_results_takes_mat_names_in_any_case_and_per_race_guns_and_says_what_is_missing(roster_event, owner):
    deliver(owner, "702", "CT01_33~1~Start~guntime~19:00:00.00~0~0a0b0c~0",   # a gun test
            "CT01_33~2~Start~guntime~20:00:00.00~0~0a0b0c~0",   # the 10K's gun
            "CT01_33~3~ Start~3~20:00:04.00~0~0a0b0c~1", "CT01_33~4~START~1~20:30:05.00~0~0a0b0c~1",
            "CT01_33~5~Finish~3~20:50:00.00~0~0a0b0c~1", "CT01_33~6~finish ~1~20:55:05.00~0~0a0b0c~1")
    bind_event(owner, 1, "702", "UTC")
    bind_roster(owner, 1, "702", roster_event)
    finishers, notes = results("--event-id", "702", "--json")
    # the gun test is passed over; with no gun of its own, the 5K (wave start at 20:30) takes the last gun read
    assert [(f["bib"], f["gun_time_s"]) for f in finishers] == [("1", 3305), ("3", 3000)]
    finishers, notes = results("--event-id", "702", "--json", "--gun", "5k=2026-11-26T15:30:00-05:00")
    assert [(f["bib"], f["chip_time_s"], f["gun_time_s"]) for f in finishers] == [("1", 1500, 1505),
                                                                                  ("3", 2996, 3000)]
    assert notes == ""
    _, text = results("--event-id", "702", "--start-location", "mat 1", "--finish-location", "mat 2")
    text = " ".join(text.split())  # the console wraps long lines
    assert "0 finishers from 6 reads" in text
    assert ("no read at the start mat 'mat 1' or the finish mat 'mat 2'; reads were at 'Finish' (1), 'START' (1), "
            "'Start' (1), 'finish' (1)") in text
    assert "--start-location/--finish-location" in text


def test_with_no_gun_chip_times_are_scored_and_the_missing_gun_is_said(roster_event, owner):
    deliver(owner, "703", "CT01_33~1~start~1~20:00:05.00~0~0a0b0c~1", "CT01_33~2~start~2~20:00:06.00~0~0a0b0c~1",
            "CT01_33~3~finish~1~20:25:00.00~0~0a0b0c~1", "CT01_33~4~finish~2~20:26:40.00~0~0a0b0c~1")
    bind_event(owner, 1, "703", "UTC")
    bind_roster(owner, 1, "703", roster_event)
    finishers, notes = results("--event-id", "703", "--json")
    assert [(f["bib"], f["chip_time_s"], f["gun_time_s"], f["place"]) for f in finishers] == \
        [("1", 1495, None, 1), ("2", 1594, None, 2)]
    assert "no gun for 5K: gun times unknown, places by chip time" in notes
    finishers, _ = results("--event-id", "703", "--json", "--gun", "5K=2026-11-26T20:00:00")  # in the event's zone
    assert [f["gun_time_s"] for f in finishers] == [1500, 1600]


def test_binding_a_zone_after_the_reads_arrived_dates_them_again_in_it(roster_event, owner):
    # the gun arrives before the event is bound: the collector dates its clock (Los Angeles) in its own zone
    deliver(owner, "704", "CT01_33~1~start~guntime~09:00:00.00~0~abc123~0", clocks="America/Los_Angeles",
            collector_zone="America/New_York")
    bind_event(owner, 1, "704", "America/Los_Angeles")
    bind_roster(owner, 1, "704", roster_event)
    deliver(owner, "704", "CT01_33~2~finish~1~09:25:00.00~0~abc123~1", clocks="America/Los_Angeles")
    bind_event(owner, 1, "704")  # the finish, dated in the bound zone, moves in; a bind without a zone keeps it
    finishers, _ = results("--event-id", "704", "--json")
    assert [(f["bib"], f["gun_time_s"]) for f in finishers] == [("1", 1500)]
