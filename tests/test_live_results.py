"""Live results end to end: a CSV roster, a controller's reads over TCP, `p88 results`, under the wall."""

from __future__ import annotations

import json
import threading
from datetime import timedelta, timezone

import pytest
from typer.testing import CliRunner

from collector.live_results import LiveEvent, NoRoster, score_event
from collector.sessions import BindingError, bind_event, bind_roster
from dashboards.displays import PublicDisplay
from dashboards.results_page import load_board
from project88.cli import app
from warehouse.database import tenant_connection

from race_day_fixtures import WAVE_GUNS


def test_reads_and_a_csv_roster_make_live_results_with_places_among_those_finished(race_day, db_url):
    with tenant_connection(1, db_url, autocommit=True) as conn:
        scored = score_event(conn, 1, "555")
    rows = [(r.bib, r.chip_time_s, r.gun_time_s, r.place, r.sex_place, r.age_group) for r in scored.results]
    assert rows == [("302", 1260.0, 1265.0, 1, 1, "M40-44"), ("303", 1260.0, 1350.0, 1, 1, "F25-29"),
                    ("301", 1320.0, 1332.0, 3, 2, "F30-34")]
    assert scored.flagged == ["401"] and scored.unknown_bibs == ["999"]
    assert scored.results[0].pace_s_per_km == 252.0


def test_p88_results_prints_the_live_results_as_json(race_day, db_url, monkeypatch):
    monkeypatch.setenv("P88_DATABASE_URL", db_url)
    result = CliRunner().invoke(app, ["results", "--partner", "alpha", "--event-id", "555", "--json"])
    assert result.exit_code == 0, result.output
    finishers = json.loads(result.output)
    assert [f["bib"] for f in finishers] == ["302", "303", "301"]
    assert set(finishers[0]) == {"bib", "first_name", "last_name", "sex", "age_group", "race", "chip_time_s",
                                 "gun_time_s", "pace_s_per_km", "place", "sex_place", "age_group_place"}


def test_live_results_are_stored_behind_the_company_wall(race_day, db_url):
    with tenant_connection(1, db_url, autocommit=True) as conn:
        score_event(conn, 1, "555")
        assert conn.execute("SELECT count(*) FROM live_results WHERE event_id = '555'").fetchone()[0] == 3
    with tenant_connection(2, db_url) as conn:
        assert conn.execute("SELECT count(*) FROM live_results WHERE event_id = '555'").fetchone()[0] == 0
        with pytest.raises(NoRoster):
            score_event(conn, 2, "555")  # another company's event is as if it did not exist


def test_an_event_without_a_roster_says_how_to_bind_one(two_companies, db_url, owner):
    bind_event(owner, 1, "556")
    with tenant_connection(1, db_url) as conn, pytest.raises(NoRoster, match="--roster-event"):
        score_event(conn, 1, "556")
    with pytest.raises(BindingError):
        bind_roster(owner, 1, "556", 2)  # an archive event of another company


def gun_times(results) -> dict[str, float | None]:
    return {r.bib: r.gun_time_s for r in results}


def test_the_stored_race_setup_scores_the_hub_the_api_the_results_page_and_p88_results_alike(race_day, db_url):
    with tenant_connection(1, db_url, autocommit=True) as conn:
        live = LiveEvent.open(conn, 1, "555")   # as the display hub opens it, before the setup is stored
        live.sync(conn)
        assert gun_times(live.results) == {"302": 1265.0, "303": 1350.0, "301": 1332.0}   # the guntime read
        gun = conn.execute("SELECT read_timestamp FROM timing_reads WHERE is_gun_time").fetchone()[0]
    earlier = (gun - timedelta(minutes=1)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")  # the event's zone
    outcome = CliRunner().invoke(app, ["collector", "bind", "--event-id", "555", "--partner", "alpha",
                                       "--gun", f"5K={earlier}"])
    assert outcome.exit_code == 0, outcome.output
    with tenant_connection(1, db_url, autocommit=True) as conn:
        assert live.sync(conn) == 10        # no new read: the changed setup alone rescores every read
        assert gun_times(live.results) == WAVE_GUNS
        assert dict(conn.execute("SELECT bib, gun_time_s FROM live_results WHERE event_id = '555'").fetchall()) \
            == WAVE_GUNS
        assert gun_times(score_event(conn, 1, "555").results) == WAVE_GUNS
        session = conn.execute("SELECT id FROM timing_sessions WHERE event_id = '555'").fetchone()[0]
        conn.execute("DELETE FROM live_results")   # the page scores the event itself (no display keeps it current)
        page = load_board(conn, PublicDisplay("d", 1, 1, 1, 1, session, [], "results", None, "live"), "", "5K",
                          lambda partner, event: False)
        assert {row["bib"]: row["gun_time_s"] for row in page.rows} == WAVE_GUNS
    finishers = CliRunner().invoke(app, ["results", "--partner", "alpha", "--event-id", "555", "--json"]).stdout
    assert {f["bib"]: f["gun_time_s"] for f in json.loads(finishers)} == WAVE_GUNS


def test_a_writer_that_stores_after_another_compares_with_the_table_not_with_what_it_stored(race_day, db_url):
    """Two writers of one event (the hub and the results API): rows another wrote over are mended next sync."""
    with tenant_connection(1, db_url, autocommit=True) as conn:
        hub = LiveEvent.open(conn, 1, "555")
        hub.sync(conn)
        right = dict(conn.execute("SELECT bib, place FROM live_results WHERE event_id = '555'").fetchall())
        conn.execute("UPDATE live_results SET place = 9 WHERE bib = '301'")   # as an older snapshot would write
        assert hub.sync(conn) == 0                                            # no new read, yet...
        assert dict(conn.execute("SELECT bib, place FROM live_results WHERE event_id = '555'").fetchall()) == right


def test_a_writer_waits_for_the_one_storing_and_then_scores_what_it_committed(race_day, db_url):
    """``sync`` reads the event's reads only once it holds the event's lock, so what it stores includes every
    read committed before: an older snapshot can never be stored over a newer one."""
    with tenant_connection(1, db_url, autocommit=True) as first, \
            tenant_connection(1, db_url, autocommit=True) as second:
        writer = LiveEvent.open(second, 1, "555")
        with first.transaction():
            first.execute("SELECT pg_advisory_xact_lock(hashtextextended('live-results:555', 1))")
            done = threading.Event()
            waiting = threading.Thread(target=lambda: (writer.sync(second), done.set()))
            waiting.start()
            assert not done.wait(0.5)                     # blocked behind the first writer
            session = first.execute("SELECT id FROM timing_sessions WHERE event_id = '555'").fetchone()[0]
            landed = first.execute(
                """INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time,
                                            read_timestamp, raw_line)
                   SELECT 1, %s, 'finish', 11, '999', '08:30:00', read_timestamp + interval '30 minutes',
                          'CT01_33~11~finish~999~08:30:00.00~0~0F2A38~1' FROM timing_reads WHERE is_gun_time
                   RETURNING id""", (session,)).fetchone()[0]
        waiting.join(10)
        assert done.is_set() and writer.last_read_id == landed   # the read committed while it waited is scored


def test_a_late_registration_is_scored_by_a_writer_that_loaded_the_roster_before_it(race_day, db_url, owner):
    """Bib 999 finished while on no roster; registered late (a provider sync), every writer scores it alike."""
    with tenant_connection(1, db_url, autocommit=True) as conn:
        hub = LiveEvent.open(conn, 1, "555")
        hub.sync(conn)
        assert "999" not in hub.by_bib
        hub.roster_recheck_s = 0.0                      # (15 s between looks on a real race day)
    roster = owner.execute("SELECT normalized_event_id FROM provider_mappings WHERE event_id = %s",
                           (race_day,)).fetchone()[0]
    owner.execute("""INSERT INTO normalized_participants (partner_id, normalized_event_id, provider_participant_id,
                                                          bib, first_name, last_name, sex, age, race_name)
                     VALUES (1, %s, 'late-999', '999', 'Lee', 'Late', 'F', 33, '5K')""", (roster,))
    with tenant_connection(1, db_url, autocommit=True) as conn:
        fresh = score_event(conn, 1, "555")            # as GET /api/timing/results scores it
        hub.sync(conn)                                  # the hub's next batch must not undo it
        stored = dict(conn.execute("SELECT bib, place FROM live_results WHERE event_id = '555'").fetchall())
    assert "999" in hub.by_bib and stored == {r.bib: r.place for r in fresh.results} and "999" in stored


def test_binding_the_event_in_another_time_zone_rescores_a_running_writer(race_day, db_url, owner):
    with tenant_connection(1, db_url, autocommit=True) as conn:
        hub = LiveEvent.open(conn, 1, "555")
        hub.sync(conn)
    bind_event(owner, 1, "555", "America/Chicago")     # the reads are dated again, six hours later
    with tenant_connection(1, db_url, autocommit=True) as conn:
        fresh = {r.bib: r.gun_time_s for r in score_event(conn, 1, "555").results}
        hub.sync(conn)
        assert {r.bib: r.gun_time_s for r in hub.results} == fresh
