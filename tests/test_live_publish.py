"""After the race: `p88 results publish` turns a scored race's live results into archive results, once."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from collector.live_publish import publish_live_results
from collector.live_results import NoRoster
from project88.cli import app
from project88.errors import P88Error
from warehouse.archive import open_company_archive
from warehouse.database import tenant_connection
from warehouse.export import export_archive

ARCHIVED = """SELECT r.bib, p.first_name, ra.name, ra.distance_km, r.status, r.chip_time_s, r.gun_time_s, r.overall_place,
                     r.gender_place, r.age, r.age_group
              FROM results r JOIN participants p USING (participant_id) JOIN races ra USING (race_id)
              WHERE r.event_id = %s ORDER BY r.chip_time_s, r.bib"""


def publish(*args: str):
    result = CliRunner().invoke(app, ["results", "publish", "--partner", "alpha", "--event-id", "555", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_publishing_writes_the_finishers_into_the_roster_event_once(race_day, db_url):
    assert "archive event %d: 3 new, 0 changed, 0 unchanged results, 0 skipped" % race_day in publish()
    with tenant_connection(1, db_url) as conn:
        rows = conn.execute(ARCHIVED, (race_day,)).fetchall()
    assert rows == [("302", "Ben", "5K", 5.0, "FIN", 1260.0, 1265.0, 1, 1, 41, "M40-44"),
                    ("303", "Cara", "5K", 5.0, "FIN", 1260.0, 1350.0, 1, 1, 29, "F25-29"),
                    ("301", "Ana", "5K", 5.0, "FIN", 1320.0, 1332.0, 3, 2, 34, "F30-34")]
    assert "0 new, 0 changed, 3 unchanged results" in publish()           # again: nothing duplicated
    with tenant_connection(1, db_url) as conn:
        assert conn.execute("SELECT count(*) FROM results WHERE event_id = %s", (race_day,)).fetchone() == (3,)
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 3 + 1   # + the seeded runner


def test_publishing_after_a_late_faster_read_moves_times_and_places(race_day, db_url, owner):
    publish()
    session = owner.execute("SELECT id FROM timing_sessions WHERE event_id = '555' LIMIT 1").fetchone()[0]
    owner.execute("""INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time,
                                               read_timestamp, raw_line)
                     SELECT 1, %s, 'finish', 99, '301', '08:20:12', read_timestamp + interval '20 min 12 s', 'late'
                     FROM timing_reads WHERE is_gun_time""", (session,))   # the mat sent it late
    assert "0 new, 3 changed, 0 unchanged results" in publish()   # 301 now first; 302 and 303 share second
    with tenant_connection(1, db_url) as conn:
        rows = conn.execute(ARCHIVED, (race_day,)).fetchall()
    assert [(bib, chip, place) for bib, _, _, _, _, chip, _, place, *_ in rows] == [
        ("301", 1200.0, 1), ("302", 1260.0, 2), ("303", 1260.0, 2)]


def test_a_published_race_is_in_the_next_export(race_day, db_url, tmp_path):
    publish()
    home = tmp_path / "home"
    export_archive(db_url, home)
    archive = open_company_archive(home, 1)
    assert archive.execute("SELECT bib, chip_time_s FROM results WHERE event_id = ? ORDER BY chip_time_s, bib",
                           [race_day]).fetchall() == [("302", 1260.0), ("303", 1260.0), ("301", 1320.0)]


def test_publishing_into_another_archive_event_links_the_same_people(race_day, db_url):
    with tenant_connection(1, db_url, autocommit=True) as conn:
        first = publish_live_results(conn, 1, "555")
        other = publish_live_results(conn, 1, "555", archive_event_id=1)   # the seeded Alpha Marathon
        assert (other.event_id, other.inserted) == (1, 3)
        people = conn.execute("""SELECT count(DISTINCT participant_id) FROM results
                                 WHERE event_id IN (%s, 1) AND bib <> '100'""", (first.event_id,)).fetchone()[0]
    assert people == 3


def test_the_wall_holds_when_publishing(race_day, db_url):
    with tenant_connection(2, db_url, autocommit=True) as conn, pytest.raises(NoRoster):
        publish_live_results(conn, 2, "555")            # another company's event is as if it did not exist
    with tenant_connection(1, db_url, autocommit=True) as conn, pytest.raises(P88Error, match="not one of"):
        publish_live_results(conn, 1, "555", archive_event_id=2)   # bravo's archive event
    with tenant_connection(2, db_url) as conn:
        assert conn.execute("SELECT count(*) FROM results WHERE event_id = %s", (race_day,)).fetchone() == (0,)


def test_places_count_every_finisher_the_archive_event_already_holds(race_day, db_url, owner):
    publish()
    # a finisher the event held before (an earlier import), faster than everyone scored live
    owner.execute("""INSERT INTO results (result_id, partner_id, event_id, race_id, participant_id, bib, status,
                                          chip_time_s, gun_time_s, age, age_group, overall_place, gender_place,
                                          age_group_place)
                     SELECT nextval('provider_archive_ids'), partner_id, event_id, race_id, participant_id, '399', 'FIN',
                            1000.0, 1001.0, age, age_group, 1, 1, 1
                     FROM results WHERE event_id = %s AND bib = '302'""", (race_day,))
    publish()
    with tenant_connection(1, db_url) as conn:
        rows = conn.execute(ARCHIVED, (race_day,)).fetchall()
    assert [(bib, place, gender_place) for bib, _, _, _, _, _, _, place, gender_place, *_ in rows] == [
        ("399", 1, 1), ("302", 2, 2), ("303", 2, 1), ("301", 4, 2)]
