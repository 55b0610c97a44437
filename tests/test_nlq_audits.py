"""Checks of the results themselves (``nlq.audits``): read from the question, and their SQL run by DuckDB over a few
hand-made results with each fault planted once — a bib twice in one race, a runner twice in one race, an overall place
given twice, a chip time shared, an age outside its age group, a finisher with no time, a gun time before the chip time."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from nlq.audits import find_audit
from nlq.parser import parse
from nlq.sqlbuild import build
from nlq.vocabulary import Vocabulary

TODAY = date(2026, 11, 23)
VOCABULARY = Vocabulary(company="Lone Star Race Timing", events=("Fort Worth Half Marathon",), cities=("Fort Worth",),
                        event_cities=("Fort Worth",), held_at=(("Fort Worth Half Marathon", "Fort Worth"),))


@pytest.fixture(scope="module")
def planted() -> duckdb.DuckDBPyConnection:
    """One edition, a half marathon (race 10) and a 5K (race 11): bib 100 twice in the half (once more in the 5K, which
    is no fault); runner 4 twice in the 5K; place 2 and chip time 5100 given to two finishers of the half; runner 2 aged
    41 in M35-39; runner 4 finished the 5K with no time or place; runner 3's gun time before her chip time."""
    db = duckdb.connect()
    db.execute("CREATE TABLE events AS SELECT 1 AS event_id, 'Fort Worth Half Marathon' AS name, DATE '2021-05-01' AS event_date, "
               "'Fort Worth' AS city, 'TX' AS state")
    db.execute("CREATE TABLE races AS SELECT * FROM (VALUES (10, 1, 'Half Marathon', 21.0975), (11, 1, '5K', 5.0)) "
               "AS t(race_id, event_id, name, distance_km)")
    db.execute("CREATE TABLE participants AS SELECT i AS participant_id, 'Runner' AS first_name, 'No' || i AS last_name, "
               "CASE WHEN i = 3 THEN 'F' ELSE 'M' END AS sex, 'Fort Worth' AS city, 'TX' AS state FROM range(1, 5) AS t(i)")
    db.execute("""CREATE TABLE results AS SELECT * FROM (VALUES
        (1, 10, 1, 1, '100', 30, 'M30-34', 'FIN', 5000.0, 5010.0, 1),
        (2, 10, 1, 2, '100', 41, 'M35-39', 'FIN', 5100.0, 5120.0, 2),
        (3, 10, 1, 3, '101', 25, 'F25-29', 'FIN', 5100.0, 5090.0, 2),
        (4, 11, 1, 1, '100', 30, 'M30-34', 'FIN', 1500.0, 1510.0, 1),
        (5, 11, 1, 4, '102', 52, 'M50-54', 'FIN', NULL, NULL, NULL),
        (6, 11, 1, 4, '103', 52, 'M50-54', 'DNS', NULL, NULL, NULL))
        AS t(result_id, race_id, event_id, participant_id, bib, age, age_group, status, chip_time_s, gun_time_s, overall_place)""")
    return db


def answer(question: str, db: duckdb.DuckDBPyConnection) -> list[tuple]:
    parsed = parse(question, VOCABULARY, TODAY)
    assert not parsed.unused and not parsed.notes, (question, parsed.unused, parsed.notes)
    return db.execute(build(parsed, TODAY).sql).fetchall()


@pytest.mark.parametrize("question, found", [
    ("How many bibs were used more than once in the same race at the Fort Worth Half Marathon in 2021?", 1),
    ("Is any runner entered twice in the same race at the Fort Worth Half Marathon in 2021? How many?", 1),
    ("How many tied places at the 2021 Fort Worth Half Marathon?", 1),
    ("How many finishers have the same chip time as another finisher at the 2021 Fort Worth Half Marathon?", 2),
    ("How many results at the 2021 Fort Worth Half Marathon have an age group that doesn't match the age?", 1),
    ("How many finishers at the 2021 Fort Worth Half Marathon are missing a chip time?", 1),
    ("How many gun times were faster than the chip times at the 2021 Fort Worth Half Marathon?", 1),
])
def test_each_check_counts_the_fault_planted_once(question: str, found: int, planted: duckdb.DuckDBPyConnection) -> None:
    assert answer(question, planted) == [(found,)]


def test_a_check_asked_which_lists_what_it_found(planted: duckdb.DuckDBPyConnection) -> None:
    assert answer("Which bibs were used twice in the same race at the 2021 Fort Worth Half Marathon?", planted) == [
        ("Fort Worth Half Marathon", 2021, "Half Marathon", "100", 2)]


@pytest.mark.parametrize("question, kind", [
    ("Cheyenne 2024 - two kids say they had the same bib. How many?", "duplicate_bibs"),
    ("did the same runner appear twice in a single race at the Fort Worth Half Marathon?", "entered_twice"),
    ("were any overall places shared by two finishers in one race?", "tied_places"),
    ("how many finishers share their exact chip time with another finisher?", "shared_times"),
    ("how many results list an age outside the runner's age group?", "age_group_mismatch"),
    ("any finishers without a recorded chip time? count them", "missing_data"),
])
def test_checks_are_read_in_other_words(question: str, kind: str) -> None:
    assert find_audit(question.lower())[0].kind == kind


@pytest.mark.parametrize("question", [
    "how many runners have entered more than once?",            # a history across years, not one race twice
    "which runners finished the fort worth half marathon twice?",
    "how many dnfs had no finish time?",                        # a DNF has none: no finisher is missing it
    "what was the average time of the finishers in the same race?",
])
def test_other_questions_are_no_check(question: str) -> None:
    assert find_audit(question) is None


def test_an_example_said_with_the_check_is_no_filter() -> None:
    parsed = parse("How many results at the 2021 Fort Worth Half Marathon have an age group that doesn't match the age "
                   "(e.g. age 47 in M50-54)?", VOCABULARY, TODAY)
    assert parsed.audit.kind == "age_group_mismatch" and parsed.age is None and parsed.age_group is None and not parsed.unused
