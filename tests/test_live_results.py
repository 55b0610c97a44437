"""Live results end to end: a CSV roster, a controller's reads over TCP, `p88 results`, under the wall."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta, timezone

import pytest
from typer.testing import CliRunner

from collector.background import BackgroundCollector
from collector.live_results import LiveEvent, NoRoster, score_event
from collector.sessions import BindingError, bind_event, bind_roster
from dashboards.displays import PublicDisplay
from dashboards.results_page import load_board
from project88.cli import app
from providers.csv_import import import_roster
from warehouse.database import connect, tenant_connection

from test_collector_ingest import Peer, config, wait_for  # noqa: F401 (fixture)

ROSTER = "Bib,First Name,Last Name,Gender,Age,Race\r\n301,Ana,Diaz,F,34,5K\r\n302,Ben,Cole,M,41,5K\r\n" \
         "303,Cara,Wu,F,29,5K\r\n401,Dan,Ito,M,50,10K\r\n"


@pytest.fixture
def race_day(two_companies, db_url, tmp_path, config):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER)
    _, report = import_roster(1, db_url, path, "Thanksgiving 5K and 10K", date(2026, 11, 26))
    with connect(db_url, autocommit=True) as owner:
        bind_event(owner, 1, "555", "UTC")
        bind_roster(owner, 1, "555", report.event_id)
    with BackgroundCollector(replace(config, time_zone="UTC")) as collector:
        peer = Peer(collector.port)
        peer.handshake(event_id="555", locations=("start", "finish"))
        lines = [
            "CT01_33~1~start~guntime~08:00:00.00~0~0F2A38~1",
            "CT01_33~2~start~301~08:00:12.00~0~0F2A38~1", "CT01_33~3~start~302~08:00:05.00~0~0F2A38~1",
            "CT01_33~4~start~303~08:01:30.00~0~0F2A38~1",
            "CT01_33~5~finish~302~08:21:05.00~0~0F2A38~1",   # chip 21:00.0, gun 21:05.0
            "CT01_33~6~finish~301~08:22:12.00~0~0F2A38~1",   # chip 22:00.0
            "CT01_33~7~finish~302~08:21:07.00~0~0F2A38~1",   # a repeat read of 302
            "CT01_33~8~finish~303~08:22:30.00~0~0F2A38~1",   # chip 21:00.0: ties 302, beats 301 on chip time
            "CT01_33~9~finish~999~08:23:00.00~0~0F2A38~1",   # on no roster
            "CT01_33~10~finish~401~08:05:00.00~0~0F2A38~1",  # 10K in 5 minutes: implausible
        ]
        peer.send(*lines)
        wait_for(lambda: count_reads(db_url) == len(lines), what="the race's reads")
        peer.close()
    return report.event_id


def count_reads(db_url) -> int:
    with tenant_connection(1, db_url) as conn:
        return conn.execute("""SELECT count(*) FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
                               WHERE s.event_id = '555'""").fetchone()[0]


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


WAVE_GUNS = {"302": 1325.0, "303": 1410.0, "301": 1392.0}   # the 5K's gun set by hand a minute before the read one


def gun_times(results) -> dict[str, float | None]:
    return {r.bib: r.gun_time_s for r in results}


def test_the_stored_race_setup_scores_the_hub_the_api_the_results_page_and_p88_results_alike(race_day, db_url):
    with tenant_connection(1, db_url, autocommit=True) as conn:
        live = LiveEvent.open(conn, 1, "555")   # as the display hub opens it, before the setup is stored
        live.catch_up(conn)
        live.store(conn)
        assert gun_times(live.results) == {"302": 1265.0, "303": 1350.0, "301": 1332.0}   # the guntime read
        gun = conn.execute("SELECT read_timestamp FROM timing_reads WHERE is_gun_time").fetchone()[0]
    earlier = (gun - timedelta(minutes=1)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")  # the event's zone
    outcome = CliRunner().invoke(app, ["collector", "bind", "--event-id", "555", "--partner", "alpha",
                                       "--gun", f"5K={earlier}"])
    assert outcome.exit_code == 0, outcome.output
    with tenant_connection(1, db_url, autocommit=True) as conn:
        assert live.catch_up(conn) == 10        # no new read: the changed setup alone rescores every read
        live.store(conn)
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
