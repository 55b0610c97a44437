"""Durations, days, look-alike letters and names said in the ways people type them (pure: no archive)."""

from __future__ import annotations

from datetime import date

import pytest

from nlq.constructs import find_gap_limit, find_metric, find_winner_gap
from nlq.entities import EARLIEST_YEAR, durations_in_digits, find_dates
from nlq.history import read_history
from nlq.parser import parse
from nlq.spelling import correct_names, plain_letters
from nlq.sqlbuild import build
from nlq.vocabulary import Person, Vocabulary, match_series

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("said, written", [
    ("under twenty-five minutes", "under 25 minutes"),
    ("in under twenty five minutes", "in under 25 minutes"),
    ("under an hour and forty minutes", "under 1:40:00"),
    ("less than three hours and ten minutes", "less than 3:10:00"),
    ("within a minute and a half of the winner", "within 90 seconds of the winner"),
    ("under twenty-two and a half minutes", "under 1350 seconds"),
    ("two and a half hours", "2:30:00"),
    ("half an hour", "30 minutes"),
    ("eight minutes and thirty seconds per mile", "8:30 per mile"),
    ("under 8 and a half minutes per mile", "under 8:30 per mile"),
])
def test_a_duration_in_words_is_written_in_digits(said: str, written: str) -> None:
    assert durations_in_digits(said) == written


@pytest.mark.parametrize("said", ["25 minutes", "2 hours and 5 minutes", "5 minutes 30 seconds", "under an hour",
                                  "two hours", "ten minutes", "the top ten", "which one was the first"])
def test_digits_and_one_amount_in_a_word_are_kept_as_said(said: str) -> None:
    assert durations_in_digits(said) == said


def test_a_half_said_in_a_duration_is_no_half_marathon() -> None:
    # (the 10K is the race the event's name says)
    vocabulary = Vocabulary("X", ("Napa Summer Solstice 10K",), ("Napa",), event_cities=("Napa",))
    parsed = parse("how many finishers at the Napa Summer Solstice 10K in 2024 were within a minute and a half of "
                   "their race's winner?", vocabulary, TODAY)
    assert ([d.label for d in parsed.distances], parsed.winner_gap.seconds, parsed.unused) == (["10K"], 90.0, ())


@pytest.mark.parametrize("said, start, end", [
    ("finishers since april 25, 2021", date(2021, 4, 25), date(2027, 1, 1)),
    ("finishers after april 24, 2021", date(2021, 4, 25), date(2027, 1, 1)),
    ("finishers before may 1, 2024", date(EARLIEST_YEAR, 1, 1), date(2024, 5, 1)),
    ("finishers until may 1, 2024", date(EARLIEST_YEAR, 1, 1), date(2024, 5, 2)),
    ("finishers on may 1, 2024", date(2024, 5, 1), date(2024, 5, 2)),
    ("finishers in 2021 before november 1 2021", date(2021, 1, 1), date(2021, 11, 1)),
    ("finishers since 4 july 2022", date(2022, 7, 4), date(2027, 1, 1)),
])
def test_a_day_after_since_or_before_is_one_end_of_a_range(said: str, start: date, end: date) -> None:
    dates = find_dates(said, TODAY)
    assert (dates.start, dates.end) == (start, end)


def test_letters_of_another_script_inside_a_latin_word_are_read_as_latin() -> None:
    assert plain_letters("the 2023 T\u0430mp\u0430 Marathon") == "the 2023 Tampa Marathon"   # Cyrillic а
    assert plain_letters("Москва marathon") == "Москва marathon"   # a word wholly in another script is kept


def test_a_name_joined_by_a_hyphen_is_said_as_the_name_has_it() -> None:
    assert correct_names("the cincinnati turkey-trot in 2019", ("Cincinnati Turkey Trot", "Cincinnati")) == \
        "the cincinnati turkey trot in 2019"
    assert correct_names("a well-known race", ("Cincinnati Turkey Trot",)) == "a well-known race"


@pytest.mark.parametrize("text, events, places", [
    ("fastest time at the providence summer solstice 10k in 2024", ("Pittsburgh Summer Solstice 10K",), ("Providence",)),
    ("finishers at the nashua mother's day 5k", ("San Jose Mother's Day 5K", "Santa Cruz Mother's Day 5K"), ("Nashua",)),
    ("finishers at the colorado springs shamrock 5k", ("Ithaca Shamrock 5K",), ("Colorado Springs",)),
    ("finishers at the erie turkey trot", ("Bend Turkey Trot",), ()),
])
def test_another_companys_event_is_never_read_as_ours_by_the_words_they_share(text: str, events: tuple[str, ...],
                                                                              places: tuple[str, ...]) -> None:
    assert match_series(text, events, frozenset({"summer", "springs", "the", "5k", "10k", "day"}), places) is None


def test_our_series_said_short_is_still_read() -> None:
    names = ("San Jose Mother's Day 5K", "Santa Cruz Mother's Day 5K")
    assert match_series("both mother's day 5ks in 2019", names, frozenset({"the", "5k", "day"}), ("Nashua",)).value == \
        "|".join(names)
    assert match_series("summer solstice 10k finishers", ("Pittsburgh Summer Solstice 10K",), frozenset({"summer"}),
                        ("Providence",)).value == "Pittsburgh Summer Solstice 10K"


@pytest.mark.parametrize("said, seconds", [
    ("started more than a minute after the gun", 60),
    ("waited more than 2 minutes to cross the start", 120),
    ("crossed the start mat over 90 seconds after the gun", 90),
    ("took longer than a minute to get over the start line after the gun", 60),
    ("a gap of more than 60 seconds between gun time and chip time", 60),
])
def test_the_gun_chip_gap_said_as_a_late_start_is_a_limit(said: str, seconds: int) -> None:
    limit = find_gap_limit(said).value
    assert (limit.op, limit.seconds) == (">", seconds)


def test_the_pace_is_of_the_chip_time_unless_said_of_the_gun() -> None:
    assert find_metric("fastest gun time and fastest pace").value.clock == "chip"
    assert find_metric("fastest gun pace").value.clock == "gun"
    assert find_metric("average gun time per mile").value.clock == "gun"


def test_the_winner_of_each_ones_own_race() -> None:
    assert find_winner_gap("within 90 seconds of their race's winner").value.seconds == 90


def test_the_first_editions_date_and_winner_asked_together_is_its_winner() -> None:
    assert read_history("when was the first edition of the Napa Half Marathon held, and who won it?") == \
        "who won the first edition of the Napa Half Marathon?"


def test_a_runner_told_of_who_is_not_in_the_data_is_said_back() -> None:
    vocabulary = Vocabulary("Cascade", ("Tacoma Fall Half Marathon",), ("Tacoma",), event_cities=("Tacoma",),
                            people=(Person("Jenny", "Olson"),))
    parsed = parse("Tiffany Castro won her age group in 2021. How many times has she run the Tacoma Fall Half "
                   "Marathon?", vocabulary, TODAY)
    assert "no runner called Tiffany Castro in Cascade results" in parsed.notes


VOCABULARY = Vocabulary("Keystone", ("Pittsburgh Summer Solstice 10K", "Indianapolis Jingle Bell Run"),
                        ("Pittsburgh", "Wilmington", "Philadelphia", "Indianapolis"),
                        people=(Person("Deborah", "Page"),), event_cities=("Pittsburgh", "Indianapolis"),
                        held_at=(("Pittsburgh Summer Solstice 10K", "Pittsburgh"),
                                 ("Indianapolis Jingle Bell Run", "Indianapolis")))


def read(question: str):
    return parse(question, VOCABULARY, TODAY)


def test_a_state_code_typed_lower_case_after_a_town_closes_the_place_said() -> None:
    parsed = read("deborah page from wilmington de — what overall place did she get at each Pittsburgh Solstice 10K?")
    assert (parsed.runner_city, parsed.runner_state, parsed.unused) == ("Wilmington", "DE", ())
    assert read("runners from Wilmington in 2024 at the Pittsburgh Summer Solstice 10K").runner_state is None


def test_a_town_left_out_of_the_towns_that_sent_runners() -> None:
    parsed = read("besides Pittsburgh itself, which 3 towns sent the most finishers to the 2024 Solstice 10K?")
    assert (parsed.runner_city, parsed.runner_city_negated, parsed.ranking.dimension) == ("Pittsburgh", True, "city")


def test_each_status_listed_is_counted_even_when_none_had_it() -> None:
    parsed = read("Indianapolis Jingle Bell Run 2023: how many DNF, how many DNS, how many DQ?")
    assert (parsed.group_by, parsed.statuses) == (("status",), ("DNF", "DNS", "DQ"))
    assert "VALUES ('DNF', 0), ('DNS', 1), ('DQ', 2)" in build(parsed, TODAY).sql


@pytest.mark.parametrize("question", ["what slice of the Indianapolis Jingle Bell Run finishers in 2023 were women?",
                                      "what portion of the Indianapolis Jingle Bell Run finishers in 2023 were women?"])
def test_a_slice_or_portion_is_a_share(question: str) -> None:
    parsed = read(question)
    assert (parsed.metric.kind, parsed.share_of.sex, parsed.unused) == ("share", "F", ())


def test_breaking_into_the_top_places_is_placing_in_them() -> None:
    parsed = read("In which years did Deborah Page break into the top 100 overall at the Pittsburgh Summer Solstice 10K?")
    assert (parsed.top_places, parsed.unused) == (100, ())


def test_a_region_is_said_as_its_states() -> None:
    parsed = read("how many finishers at the Indianapolis Jingle Bell Run in 2023 came from outside New England "
                  "(so not CT, MA, RI, NH, VT or ME)?")
    assert (parsed.runner_state, parsed.more_states, parsed.runner_state_negated, parsed.unused) == (
        "CT", ("MA", "RI", "NH", "VT", "ME"), True, ())


def test_the_two_winners_and_the_gap_between_them() -> None:
    parsed = read("Indianapolis Jingle Bell Run 2023: winning time for the men, winning time for the women, and the gap")
    assert (parsed.difference, parsed.measure, parsed.apart, parsed.unused) == (("M", "F"), "fastest", True, ())


def test_a_group_said_first_is_the_part_of_the_share_asked_of_they() -> None:
    parsed = read("women 40 and over — what share of the Indianapolis Jingle Bell Run finishers were they in 2023?")
    assert (parsed.metric.kind, parsed.share_of.sex, parsed.share_of.age.low, parsed.unused) == ("share", "F", 40, ())


def test_why_it_is_asked_is_set_aside_whatever_its_words_read_as() -> None:
    parsed = read("Trying to explain to a first-timer what 'top 100' takes. What was the 100th place time at the "
                  "Indianapolis Jingle Bell Run in 2023?")
    assert (parsed.cohort, parsed.place, parsed.unused) == (None, 100, ())


def test_a_rates_two_years_and_the_difference_is_its_change() -> None:
    parsed = read("Indianapolis Jingle Bell Run: the DNF rate in 2022 and in 2023, and the difference")
    assert (parsed.metric.unit, parsed.change_years) == ("DNF", (2022, 2023))


def test_a_state_code_that_is_also_a_word_closes_the_town_before_what_the_runners_did() -> None:
    parsed = read("how many runners from wilmington me finished the Pittsburgh Summer Solstice 10K")
    assert (parsed.runner_city, parsed.runner_state) == ("Wilmington", "ME")
    assert read("how many runners from wilmington or philadelphia finished the Pittsburgh Summer Solstice 10K"
                ).runner_state is None


def test_only_ever_no_shows_is_every_entry_a_dns() -> None:
    parsed = read("how many runners signed up but were only ever no-shows?")
    assert (parsed.cohort.kind, parsed.cohort.only_no_shows) == ("never_finished", True)


def test_a_winner_asked_beside_a_count_is_said_back() -> None:
    assert "who won" in read("who won the Pittsburgh Summer Solstice 10K in 2024 and how many finished within a minute "
                             "of the winner?").unused


def test_a_time_asked_beside_a_pace_is_given_with_it() -> None:
    sql = build(read("average gun time and average pace per km at the Pittsburgh Summer Solstice 10K in 2024"), TODAY).sql
    assert "AVG(r.gun_time_s)" in sql and "AVG(r.chip_time_s / ra.distance_km)" in sql


@pytest.mark.parametrize("said, year", [("the year after", 2021), ("the following year", 2021), ("two years later", 2022),
                                        ("the year before", 2019)])
def test_a_year_counted_from_one_a_sentence_told_is_that_year(said: str, year: int) -> None:
    vocabulary = Vocabulary("X", ("Buffalo Half Marathon",), ("Buffalo",), people=(Person("Jesus", "Moore"),),
                            event_cities=("Buffalo",), held_at=(("Buffalo Half Marathon", "Buffalo"),))
    parsed = parse(f"Jesus Moore placed 13th in the Buffalo Half Marathon in 2020. What was his time there {said}?",
                   vocabulary, TODAY)
    assert (parsed.years, parsed.events, parsed.person, parsed.place, parsed.unused) == (
        (year,), ("Buffalo Half Marathon",), Person("Jesus", "Moore"), None, ())


def test_that_same_race_a_year_counted_from_the_story_is_the_race_told_that_year() -> None:
    vocabulary = Vocabulary("X", ("Buffalo Half Marathon",), ("Buffalo",), people=(Person("Jesus", "Moore"),),
                            event_cities=("Buffalo",), held_at=(("Buffalo Half Marathon", "Buffalo"),))
    parsed = parse("Jesus Moore placed 13th in the Buffalo Half Marathon in 2020. What was his chip time in that same half "
                   "marathon the following year?", vocabulary, TODAY)
    assert (parsed.years, parsed.events, [d.label for d in parsed.distances], parsed.unused) == (
        (2021,), ("Buffalo Half Marathon",), ["Half Marathon"], ())
