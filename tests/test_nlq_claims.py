"""What someone says happened, told around a question about a runner's result (nlq.claims), and the question read
without it (nlq.parser): pure, no database. The support desk's own words are the held-out set 157's kind; these are
other phrasings of it."""

from __future__ import annotations

from datetime import date

import pytest

from nlq.claims import claims
from nlq.parser import parse, without_courtesies
from nlq.vocabulary import Person, Vocabulary

TODAY = date(2026, 11, 30)
VOCABULARY = Vocabulary(
    "X", ("Hartford Marathon", "Mystic Jingle Bell Run"), ("Hartford", "Mystic"),
    people=(Person("Dana", "Whitfield"), Person("Kyle", "Whitfield")), event_cities=("Hartford", "Mystic"),
    held_at=(("Hartford Marathon", "Hartford"), ("Mystic Jingle Bell Run", "Mystic")),
    editions=(("Hartford Marathon", date(2024, 10, 12)), ("Mystic Jingle Bell Run", date(2024, 12, 14))))


def said(question: str) -> list[str]:
    return [question[start:end] for start, end in claims(question)]


@pytest.mark.parametrize("question, told", [
    ("Dana Whitfield thinks she was 3rd woman but the page shows 12th. What place do we have?",
     ["thinks she was 3rd woman but the page shows 12th"]),
    ("my strava had me under 4 hours - what chip time do you show for Dana Whitfield?", ["my strava had me under 4 hours"]),
    ("Dana Whitfield brags she never missed a Hartford Marathon. what do we have",
     ["brags she never missed a Hartford Marathon"]),
    ("Dana Whitfield wrote in, she's certain she finished, what status do we have",
     ["wrote in", "she's certain she finished"]),
    ("he insisted he ran the full but can't find his name, what race is he in",
     ["he insisted he ran the full but can't find his name"]),
])
def test_what_someone_says_or_a_page_shows_is_a_claim(question: str, told: list[str]) -> None:
    assert said(question) == told


@pytest.mark.parametrize("question", [
    "What did the results page show for Dana Whitfield?",        # asked, not told
    "who said the Hartford Marathon course was long?",
    "show me Dana Whitfield's results",                          # "show" is the question's own word
    "How many finished the Hartford Marathon in 2024?",
])
def test_a_question_about_what_was_said_or_shown_tells_no_claim(question: str) -> None:
    assert said(question) == []


def test_a_claimed_place_or_time_is_no_filter_of_her_result() -> None:
    read = parse("Dana Whitfield says she placed 2nd overall at the 2024 Hartford Marathon, the site says otherwise. "
                 "What overall place do we have for her?", VOCABULARY, TODAY)
    assert read.person == Person("Dana", "Whitfield") and read.events == ("Hartford Marathon",) and read.years == (2024,)
    assert read.place is None and not read.unused and read.claims


def test_the_event_a_claim_names_is_carried_only_when_the_question_names_none() -> None:
    read = parse("Dana Whitfield swears she finished the Mystic Jingle Bell Run in 2024. What status do we have for her?",
                 VOCABULARY, TODAY)
    assert read.events == ("Mystic Jingle Bell Run",) and read.status is None
    # ("… says she did X but can't find it. What event do we have her in for 2024?": the event asked, never the claimed)
    read = parse("Dana Whitfield says she did the Mystic Jingle Bell Run last year but can't find it. Which event do we "
                 "have her in for 2024?", VOCABULARY, TODAY)
    assert read.events == () and read.years == (2024,)


def test_that_day_of_a_claim_is_its_date_whatever_event() -> None:
    read = parse("Dana Whitfield swears she ran the Hartford Marathon in 2024 but there's no time for her. Show every "
                 "result we have for her on that day.", VOCABULARY, TODAY)
    assert read.events == () and (read.dates.start, read.dates.end) == (date(2024, 10, 12), date(2024, 10, 13))


def test_a_count_of_her_runs_asked_after_a_claim_of_them_counts_her_runs() -> None:
    # ("X says he has run the Fort Worth Memorial Day 5K every year. How many times has he actually run it?": the story's
    # "every year" became the every-edition cohort: 0, at 0.99)
    read = parse("Dana Whitfield tells everyone she has done the Hartford Marathon every single year. How many times has "
                 "she really run it?", VOCABULARY, TODAY)
    assert read.claims and read.cohort is None and read.intent == "count" and read.events == ("Hartford Marathon",)


@pytest.mark.parametrize("question", [
    # a question of the claim itself, pointing back at it: read as it is
    "Dana Whitfield says she won her age group once. Which race and year was that?",
    "Dana Whitfield swears she has finished the Hartford Marathon a bunch of times. How many times exactly?",
])
def test_a_question_of_the_claim_itself_keeps_it(question: str) -> None:
    assert not parse(question, VOCABULARY, TODAY).claims


@pytest.mark.parametrize("question, plain", [
    ("hi there how many finished the hartford marathon thanks john", "how many finished the hartford marathon"),
    ('"Hello, how many finished?"', "how many finished?"),
    ("Thank you! How many finished?", "Thank you! How many finished?"),   # (a thank-you first is its own sentence)
    ("thanks", "thanks"),                                                # (nothing left: as said)
])
def test_a_greeting_and_a_thank_you_are_said_around_the_question(question: str, plain: str) -> None:
    assert without_courtesies(question) == plain


def test_a_claim_of_another_runner_or_one_asking_no_result_keeps_the_question_as_it_is() -> None:
    # ("which years" asks of the claim about Dana, not of Kyle's results)
    assert not parse("Kyle Whitfield says his wife Dana Whitfield was first woman at the Hartford Marathon. Which years, "
                     "and in which race?", VOCABULARY, TODAY).claims


def test_official_said_of_a_recorded_time_or_place_is_as_recorded() -> None:
    read = parse("Dana Whitfield says her watch had 3:55. What's her official chip time at the 2024 Hartford Marathon?",
                 VOCABULARY, TODAY)
    assert not read.unused and read.claims
    # ("the official time" alone: the gun time to some, said back)
    assert parse("What was Dana Whitfield's official time at the 2024 Hartford Marathon?", VOCABULARY, TODAY).unused == \
        ("official",)
