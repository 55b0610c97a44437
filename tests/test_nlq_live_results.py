"""Questions about the race right now read the live results scored from the reads, under the company wall."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from collector.live_results import score_event
from nlq.service import Context, ask
from warehouse.database import tenant_connection

TODAY = date(2026, 11, 26)


@pytest.fixture
def scored(race_day, db_url: str, tmp_path: Path) -> dict[str, Context]:
    """Event 555 scored (3 finishers of the 5K; the seeded event ct-alpha was scored earlier)."""
    with tenant_connection(1, db_url, autocommit=True) as conn:
        score_event(conn, 1, "555")
    return {slug: Context(partner, slug, tmp_path, db_url, None, TODAY) for slug, partner in (("alpha", 1), ("bravo", 2))}


def test_how_many_have_finished_counts_the_latest_scored_race(scored) -> None:
    reply = ask("How many have finished so far?", scored["alpha"])
    assert (reply.path, reply.intent, reply.columns, reply.rows) == ("live", "count", ["finishers"], [[3]])
    assert "live_results" in reply.sql and "most recently scored event" in reply.explanation


def test_who_is_leading_names_the_first_places_of_the_race(scored) -> None:
    reply = ask("Who is leading the 5K right now?", scored["alpha"])
    at = reply.columns.index
    assert sorted((row[at("bib")], row[at("place")]) for row in reply.rows) == [("302", 1), ("303", 1)]  # a tie
    women = ask("Who is the leading woman in the 5k right now?", scored["alpha"])
    assert [(row[at("first_name")], row[at("sex_place")]) for row in women.rows] == [("Cara", 1)]
    assert ask("Who is leading the 10K right now?", scored["alpha"]).rows == []        # nobody finished it


def test_current_results_of_a_named_event_fastest_first(scored) -> None:
    reply = ask("Current results for event 555", scored["alpha"])
    at = reply.columns.index
    assert [(row[at("bib")], row[at("chip_time_s")]) for row in reply.rows] == [
        ("302", 1260.0), ("303", 1260.0), ("301", 1320.0)]
    earlier = ask("current results for event ct-alpha", scored["alpha"])
    assert [row[at("bib")] for row in earlier.rows] == ["100"]


def test_another_company_sees_only_its_own_live_results(scored) -> None:
    bravo = scored["bravo"]
    assert ask("Current results for event 555", bravo).rows == []
    reply = ask("How many have finished so far?", bravo)       # bravo's own latest race: its seeded one
    assert reply.rows == [[1]] and "partner_id = 2" in reply.sql
