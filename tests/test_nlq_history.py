"""An event's history asked in a writer's words (nlq.history): the rewrite as a pure function, then each said way read
and compiled as its editions counted with the first and latest edition and where it is held (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from nlq.history import read_history
from nlq.parser import parse
from nlq.sqlbuild import build
from nlq.vocabulary import Vocabulary

TODAY = date(2026, 11, 23)
VOCABULARY = Vocabulary(company="Big River Race Management", events=("Napa Half Marathon", "Stamford Turkey Trot"),
                        cities=("Napa", "Stamford"), people=())


@pytest.mark.parametrize("asked, said", [
    ("How many times has the Stamford Turkey Trot been held, and when was the most recent one?",
     "How many times has the Stamford Turkey Trot been held?"),
    ("Stamford Turkey Trot is new, right? When was the first one and how many have there been?",
     "Stamford Turkey Trot and how many editions have there been?"),
    ("Stamford Turkey Trot history: first year held, number of editions, and the most recent year.",
     "Stamford Turkey Trot, how many editions have there been."),
    ("When did the Stamford Turkey Trot start, and how many times has it been run?",
     "the Stamford Turkey Trot, and how many editions have there been?"),
    ("What year did the Stamford Turkey Trot begin, and how many editions so far?",
     "the Stamford Turkey Trot, and how many editions so far?"),
    # no editions counted: left as said (the first edition's winner is asked)
    ("who won the first Stamford Turkey Trot?", "who won the first Stamford Turkey Trot?"),
    ("when was the most recent Stamford Turkey Trot?", "when was the most recent Stamford Turkey Trot?"),
    # "last year" is a date, "how many of them" no editions
    ("how many entries did the Stamford Turkey Trot have last year, and how many of them were no-shows?",
     "how many entries did the Stamford Turkey Trot have last year, and how many of them were no-shows?"),
])
def test_a_history_is_said_as_its_editions_counted(asked: str, said: str) -> None:
    assert read_history(asked) == said


@pytest.mark.parametrize("question", [
    "Doing a history box for the Stamford Turkey Trot. When was the first one held, and how many editions have there been?",
    "Stamford Turkey Trot background: what year was the first one, how many times has it been held, and where?",
    "How many times has the Stamford Turkey Trot been held, and when was the most recent one?",
])
def test_the_editions_are_counted_with_the_first_and_latest_beside_them(question: str) -> None:
    parsed = parse(question, VOCABULARY, TODAY)
    assert (parsed.subject, parsed.intent, parsed.edition, parsed.place, parsed.unused) == ("events", "count", None, None, ())
    sql = build(parsed, TODAY).sql
    assert "MIN(e.event_date) AS first_held" in sql and "MAX(e.event_date) AS latest_held" in sql and " AS city" in sql
