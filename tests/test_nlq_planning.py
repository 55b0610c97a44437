"""Questions of planning a race's next edition (nlq.planning): the rewrites as a pure function, then each kind read and
compiled (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from nlq.parser import parse
from nlq.planning import read_planning
from nlq.sqlbuild import build
from nlq.vocabulary import Vocabulary

TODAY = date(2026, 11, 23)
VOCABULARY = Vocabulary(company="Big River Race Management",
                        events=("Hartford Marathon", "Napa Half Marathon", "Stamford Turkey Trot"),
                        cities=("Hartford", "Napa", "Stamford"), people=())


def read(question: str):
    return parse(question, VOCABULARY, TODAY)


@pytest.mark.parametrize("asked, said", [
    ("what time of day did the last finisher cross the line?", "what was the latest finish-line clock time of finishers?"),
    ("at what clock time did the last half marathoner come in?",
     "what was the latest finish-line clock time of half marathon finishers?"),
    ("what time did the first 5K finisher cross at Stamford", "what was the earliest finish-line clock time of 5K finishers at Stamford"),
    ("when did the last runner finish, time of day?", "what was the latest finish-line clock time of finishers?"),
    ("what time did the last finisher of the napa half cross the finish line in 2024",
     "what was the latest finish-line clock time of finishers of the napa half in 2024"),
    ("how long after the gun did the last marathoner finish?", "what was the slowest gun time of marathon finishers?"),
    # "when" asked of a finisher crossing is the moment, clock words said or not (it had been an edition's date)
    ("when did the first finisher cross the line at Stamford?", "what was the earliest finish-line clock time of finishers at Stamford?"),
    ("how long was the finish line busy, from the first finisher to the last?", "what was the finish-line clock spread?"),
    # a supposed limit, where the question points back at it
    ("With a 6:30:00 time limit, how many finishers would have missed it?", "how many finishers over 6:30:00?"),
    ("If we put a 3:30 limit on the Napa half, how many would have made it?", "the Napa half, how many under 3:30?"),
    ("The city wants the course cleared in 90 minutes. How many took longer than that?", "How many over 90 minutes?"),
    ("how many were over a 6 hour cutoff?", "how many were over 6 hours?"),
    ("how many would have missed a 6-hour course limit?", "how many would have over 6 hours?"),
    ("how many finished within the 5:30 time limit?", "how many finished under 5:30?"),
    # start waves, the time splitting the field in half, supplies from a past edition's turnout
    ("how many runners in each 10-minute wave?", "how many runners in each 10-minute band?"),
    ("what chip time split the 2025 Napa half field in half?", "what was the median finish time of the 2025 Napa half finishers?"),
    ("How many medals should we order for the Napa half based on last year's finishers?",
     "how many finishers for the Napa half last year finishers?"),
    ("Going by last year's entries, how many bibs for Stamford?", "how many entries for Stamford last year entries?"),
    # awards a podium depth needs
    ("If we give awards 3 deep in every age group, how many awards would Stamford have needed in 2025?",
     "how many finished top 3 in their age group at Stamford in 2025?"),
    ("Top 3 per age group get awards - how many awards for Stamford 2025?",
     "how many finished top 3 in their age group for Stamford 2025?"),
])
def test_planning_questions_said_in_the_parsers_words(asked: str, said: str) -> None:
    assert read_planning(asked) == said


@pytest.mark.parametrize("question", [
    "With a 6:30:00 time limit, how many finished?",          # a limit said, never pointed back at: left as it was
    "how many awards do we need for Stamford?",               # awards with no depth: left unread
    "how many medals should we order for Stamford next year?",  # no past edition said: a forecast, left unread
    "what was the winning time at the Napa half?",
])
def test_other_questions_are_left_as_they_are(question: str) -> None:
    assert read_planning(question) == question


def test_the_finish_line_clock_is_a_measure_of_the_start_plus_the_gun_time() -> None:
    last = read("what time of day did the last finisher cross the line at the 2024 Napa half?")
    assert (last.measure, last.unused) == ("last_crossing", ())
    assert "MAX(ra.start_time + r.gun_time_s * INTERVAL '1' SECOND) AS last_crossing_at" in build(last, TODAY).sql
    span = read("how long was the finish line open at the 2024 Napa half, first finisher to last?")
    assert (span.measure, span.unused) == ("finish_span", ())
    assert "MAX(EPOCH(ra.start_time) + r.gun_time_s) - MIN(EPOCH(ra.start_time) + r.gun_time_s)" in build(span, TODAY).sql
    # a time of day asked of anything else is unread, never the winner's chip time
    assert read("what clock time did the winner of the 2024 Napa half finish?").unused == ("what clock time",)


def test_a_supposed_limit_and_an_awards_count() -> None:
    limit = read("We may set a 3:30 limit on the Napa half, measured on the gun clock. How many 2024 finishers would have "
                 "missed it?")
    assert (limit.time_limit.op, limit.time_limit.seconds, limit.clock, limit.unused) == (">", 12600, "gun", ())
    awards = read("How many age group awards would the 2024 Stamford Turkey Trot have needed, 3 deep in each age group?")
    assert (awards.intent, awards.top_places, awards.top_places_within, awards.unused) == ("count", 3, "age_group", ())
    assert "r.age_group_place <= 3" in build(awards, TODAY).sql
