"""`p88 results` end to end over the database: reads as the collector dates them, a CSV roster, the race setup
given on the command line (guns, mat names) or stored by `p88 collector bind`, and an event's zone set after its
reads arrived."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from collector.instants import read_instant, zone
from collector.protocol import parse_message
from collector.race_setup import save_setup, stored_setup
from collector.scoring import RaceSetup
from collector.sessions import BindingError, bind_event, bind_roster
from project88.cli import app
from project88.errors import ConfigError
from providers.csv_import import import_roster
from warehouse.database import tenant_connection

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


# A 10K started by the guntime read at 15:00 and a 5K wave started at 15:30 by hand (clocks in New York).
WAVES = ("CT01_33~1~Start~guntime~15:00:00.00~0~0a0b0c~0", "CT01_33~2~Start~3~15:00:04.00~0~0a0b0c~1",
         "CT01_33~3~Start~1~15:30:05.00~0~0a0b0c~1", "CT01_33~4~Start~2~15:30:10.00~0~0a0b0c~1",
         "CT01_33~5~Finish~3~15:50:00.00~0~0a0b0c~1", "CT01_33~6~Finish~1~15:55:05.00~0~0a0b0c~1",
         "CT01_33~7~Finish~2~16:00:10.00~0~0a0b0c~1")


def bind(*args: str):
    return CliRunner().invoke(app, ["collector", "bind", *args])


def gun_times(*args: str) -> list[tuple[str, float | None]]:
    return sorted((f["bib"], f["gun_time_s"]) for f in results("--event-id", "705", "--json", *args)[0])


def stored_gun_times(owner) -> list[tuple[str, float | None]]:
    return owner.execute("SELECT bib, gun_time_s FROM live_results WHERE event_id = '705' ORDER BY bib").fetchall()


def test_the_race_setup_bind_stores_scores_every_run_until_a_run_saves_another(roster_event, owner):
    deliver(owner, "705", *WAVES, clocks="America/New_York")
    outcome = bind("--event-id", "705", "--partner", "alpha", "--time-zone", "America/New_York", "--roster-event",
                   str(roster_event), "--gun", "5K=2026-11-26T15:30:00", "--start-location", "START")
    assert outcome.exit_code == 0, outcome.output
    assert "5K at 2026-11-26T15:30:00-05:00" in " ".join(outcome.stdout.split())
    assert gun_times() == [("1", 1505), ("2", 1810), ("3", 3000)]              # the stored wave start
    assert gun_times("--gun", "5k=2026-11-26T15:31:00") == [("1", 1445), ("2", 1750), ("3", 3000)]  # this run only
    assert stored_gun_times(owner) == [("1", 1505), ("2", 1810), ("3", 3000)]  # a trial: the displays' rows stay
    assert gun_times() == [("1", 1505), ("2", 1810), ("3", 3000)]
    assert gun_times("--gun", "5k=2026-11-26T15:29:00", "--save") == [("1", 1565), ("2", 1870), ("3", 3000)]
    assert stored_gun_times(owner) == [("1", 1565), ("2", 1870), ("3", 3000)]
    assert bind("--event-id", "705", "--partner", "alpha", "--rank-by", "gun").exit_code == 0  # the rest stays
    assert gun_times() == [("1", 1565), ("2", 1870), ("3", 3000)]
    setup = stored_setup(owner, "705")
    assert list(setup.guns) == ["5k"] and setup.start_location == "START" and setup.finish_location == "finish"
    assert setup.rank_by == "gun"
    assert str(bind("--event-id", "705", "--partner", "alpha", "--rank-by", "fastest").exception) == \
        "--rank-by 'fastest': give one of chip, gun"


@pytest.mark.parametrize("gun", ["5K=half past three", "2026-11-26T15:30:00", "=2026-11-26T15:30:00", "5K",
                                 "5K=0001-01-01T00:00:00", "5K=9999-12-31T23:59:59"])
def test_a_gun_time_that_does_not_parse_is_a_one_line_error_and_binds_nothing(roster_event, owner, gun):
    outcome = bind("--event-id", "706", "--partner", "alpha", "--gun", gun)
    assert isinstance(outcome.exception, ConfigError) and outcome.exception.exit_code == 2
    assert str(outcome.exception) == (f"--gun {gun!r}: give RACE=TIME, e.g. \"5K=2026-11-26T08:00:00-05:00\" (a year from "
                                      "1990 to 2100)")
    assert owner.execute("SELECT count(*) FROM collector_bindings WHERE event_id = '706'").fetchone() == (0,)
    bind_event(owner, 1, "706")
    outcome = CliRunner().invoke(app, ["results", "--partner", "alpha", "--event-id", "706", "--gun", gun, "--save"])
    assert isinstance(outcome.exception, ConfigError) and stored_setup(owner, "706") == RaceSetup()


def test_the_race_setup_is_behind_the_company_wall(roster_event, owner, db_url):
    assert bind("--event-id", "707", "--partner", "alpha", "--gun", "5K=2026-11-26T15:30:00Z",
                "--finish-location", "mat 2").exit_code == 0
    alphas = stored_setup(owner, "707")
    with tenant_connection(2, db_url, autocommit=True) as bravo:
        assert stored_setup(bravo, "707") == RaceSetup()          # another company sees no setup...
        for partner in (2, 1):                                    # ...and cannot set one, even as alpha
            with pytest.raises(BindingError):
                save_setup(bravo, partner, "707", RaceSetup(finish_location="x"))
        assert bravo.execute("UPDATE collector_bindings SET guns = '{}' WHERE event_id = '707'").rowcount == 0
    assert isinstance(bind("--event-id", "707", "--partner", "bravo", "--gun", "5K=2026-11-26T16:00:00Z").exception,
                      BindingError)
    with tenant_connection(1, db_url) as alpha:
        assert stored_setup(alpha, "707") == alphas and alphas.finish_location == "mat 2"
        assert alphas.guns == {"5K": datetime(2026, 11, 26, 15, 30, tzinfo=timezone.utc)}
