"""`GET /api/timing/results`: a race's live results over HTTP, scored now, behind the company wall."""

from __future__ import annotations

from datetime import timedelta

import pytest

from collector.race_setup import save_setup
from collector.scoring import RaceSetup
from dashboards.harness import WebServerProcess
from warehouse import tenancy
from web_fixtures import Client

from race_day_fixtures import WAVE_GUNS

FIELDS = {"bib", "first_name", "last_name", "sex", "age_group", "race", "chip_time_s", "gun_time_s", "pace_s_per_km",
          "place", "sex_place", "age_group_place"}


@pytest.fixture
def clients(race_day, db_url, owner, tmp_path):
    """Scripts of alpha (whose race it is) and bravo, each with its own API token, on a real ``p88 serve``."""
    with WebServerProcess(db_url, tmp_path / "web") as web:
        yield {slug: Client(web.base, token=tenancy.create_api_token(owner, partner, "tests"))
               for slug, partner in (("alpha", 1), ("bravo", 2))}


def test_the_results_are_the_races_finishers_fastest_first_with_filters(clients):
    alpha = clients["alpha"]
    status, body = alpha.call("GET", "/api/timing/results?event_id=555")
    assert status == 200 and body["success"] is True and body["total_finishers"] == 3
    assert [(r["bib"], r["chip_time_s"], r["place"]) for r in body["results"]] == [
        ("302", 1260.0, 1), ("303", 1260.0, 1), ("301", 1320.0, 3)]
    assert set(body["results"][0]) == FIELDS
    assert body["results"][0]["first_name"] == "Ben" and body["results"][0]["pace_s_per_km"] == 252.0
    women = alpha.call("GET", "/api/timing/results?event_id=555&race=5k&sex=f")[1]["results"]
    assert [(r["bib"], r["sex_place"]) for r in women] == [("303", 1), ("301", 2)]
    assert [r["bib"] for r in alpha.call("GET", "/api/timing/results?event_id=555&age_group=F30-34")[1]["results"]] \
        == ["301"]
    assert [r["bib"] for r in alpha.call("GET", "/api/timing/results?event_id=555&limit=1")[1]["results"]] == ["302"]
    assert alpha.call("GET", "/api/timing/results?event_id=555&race=10K")[1]["results"] == []


def test_another_companys_event_answers_404_and_needs_a_login(clients):
    status, body = clients["bravo"].call("GET", "/api/timing/results?event_id=555")
    assert status == 404 and "no roster" in body["error"] and "Ben" not in str(body)
    assert clients["alpha"].call("GET", "/api/timing/results?event_id=nope")[0] == 404
    assert Client(clients["alpha"].base).call("GET", "/api/timing/results?event_id=555")[0] == 401


BAD_PARAMETERS = [
    ("", "event_id is required"),
    ("event_id=555&limit=lots", "limit must be a whole number"),
    ("event_id=555&limit=0", "limit must be from 1 to"),
    ("event_id=555&sex=Q", "sex must be one of M, F, X"),
]


def test_bad_parameters_answer_400_with_a_message(clients):
    # (one server for every case: starting `p88 serve` is most of this test's time)
    for query, message in BAD_PARAMETERS:
        status, body = clients["alpha"].call("GET", f"/api/timing/results?{query}")
        assert status == 400 and message in body["error"], query


def test_the_results_are_scored_with_the_events_stored_race_setup(clients, owner):
    gun = owner.execute("SELECT read_timestamp FROM timing_reads WHERE is_gun_time").fetchone()[0]
    save_setup(owner, 1, "555", RaceSetup(guns={"5k": gun - timedelta(minutes=1)}))   # a wave start set by hand
    status, body = clients["alpha"].call("GET", "/api/timing/results?event_id=555")
    assert status == 200 and {r["bib"]: r["gun_time_s"] for r in body["results"]} == WAVE_GUNS
