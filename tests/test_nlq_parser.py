"""The deterministic parser, as a specification: what each kind of question is read as (pure, no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from nlq.constructs import RANK_ALL, FieldLimit
from nlq.entities import DISTANCES, find_age, find_dates, find_distance, find_limit, find_sex, find_status, find_time_limit
from nlq.parser import CONFIDENT, _events_minus, _later_year_said, change_said_as_a_fall, compared_label, parse
from nlq.live import is_live
from nlq.records import Records
from nlq.spelling import expand_abbreviations
from nlq.sqlbuild import Unanswerable, build
from nlq.time_placed import find_time_placed
from nlq.vocabulary import Person, Vocabulary, family_candidates, match_events, person_candidates, said_otherwise
from nlq.clubs import without_club

TODAY = date(2026, 11, 23)
VOCABULARY = Vocabulary(
    company="Big River Race Management",
    events=("Hartford Marathon", "Hartford Spring Marathon", "Mystic Jingle Bell Run", "Napa Half Marathon",
            "Stamford Turkey Trot"),
    cities=("Hartford", "Mystic", "New Haven", "Stamford", "Providence"),
    people=(Person("Michael", "Wardian"),),
)


def read(question: str):
    return parse(question, VOCABULARY, TODAY)


# --------------------------------------------------------------------------- entities, one at a time

@pytest.mark.parametrize("text, label", [
    ("marathon finishers", "Marathon"), ("half marathon", "Half Marathon"), ("the half", "Half Marathon"),
    ("13.1 runners", "Half Marathon"), ("a 10k", "10K"), ("5 k", "5K"), ("the mile run", "1 Mile"),
    ("ultras", "ultra"), ("50k trail", "50K"), ("26.2", "Marathon"), ("runners", None),
])
def test_distances_are_read_with_half_before_marathon(text: str, label: str | None) -> None:
    found = find_distance(text)
    assert (found.label if found else None) == label


@pytest.mark.parametrize("text, start, end", [
    ("in 2024", date(2024, 1, 1), date(2025, 1, 1)),
    ("last year", date(2025, 1, 1), date(2026, 1, 1)),
    ("this season", date(2026, 1, 1), date(2027, 1, 1)),
    ("in june 2024", date(2024, 6, 1), date(2024, 7, 1)),
    ("december 2023", date(2023, 12, 1), date(2024, 1, 1)),
    ("since 2019", date(2019, 1, 1), date(2027, 1, 1)),
    ("between 2018 and 2020", date(2018, 1, 1), date(2021, 1, 1)),
    ("2018-2020", date(2018, 1, 1), date(2021, 1, 1)),
    ("before 2018", date(1900, 1, 1), date(2018, 1, 1)),
    ("in the last 3 years", date(2023, 1, 1), date(2027, 1, 1)),
    ("in may", date(2026, 5, 1), date(2026, 6, 1)),
    ("from april 5 to may 20, 2024", date(2024, 4, 5), date(2024, 5, 21)),            # days and day ranges
    ("between january 1 2023 and february 28 2023", date(2023, 1, 1), date(2023, 3, 1)),
    ("on october 12th, 2025", date(2025, 10, 12), date(2025, 10, 13)),
    ("between 1 march and 31 may 2024", date(2024, 3, 1), date(2024, 6, 1)),            # day first
    ("on 2024-03-16", date(2024, 3, 16), date(2024, 3, 17)),                            # a day in digits
    ("on 3/16/2024", date(2024, 3, 16), date(2024, 3, 17)),
    ("between 2023-03-01 and 2023-06-30", date(2023, 3, 1), date(2023, 7, 1)),          # two days in digits
    ("from 3rd of june to 20 july 2025", date(2025, 6, 3), date(2025, 7, 21)),
    ("march through may 2025", date(2025, 3, 1), date(2025, 6, 1)),                      # a range of months
    ("fall 2023 (september through november)", date(2023, 9, 1), date(2023, 12, 1)),    # the one year said
    ("in the past 12 months", date(2025, 11, 23), date(2026, 11, 24)),                   # up to today
    ("the last six months", date(2026, 5, 23), date(2026, 11, 24)),
    ("in the first half of 2024", date(2024, 1, 1), date(2024, 7, 1)),
    ("the second half of 2023", date(2023, 7, 1), date(2024, 1, 1)),
    ("from 2019 on", date(2019, 1, 1), date(2027, 1, 1)),
    ("2022 onwards", date(2022, 1, 1), date(2027, 1, 1)),
    ("our summer events in 2023", date(2023, 6, 1), date(2023, 9, 1)),                  # the one year said
    ("in the past 30000 months", date(1900, 1, 23), date(2026, 11, 24)),                # none before 1900, no error
])
def test_dates_absolute_and_relative_to_today(text: str, start: date, end: date) -> None:
    found = find_dates(text, TODAY)
    assert (found.start, found.end) == (start, end)


def test_may_as_a_verb_is_not_a_month() -> None:
    assert find_dates("who may have run", TODAY) is None


@pytest.mark.parametrize("text, sex", [("male runners", "M"), ("the women", "F"), ("women's race", "F"),
                                       ("ladies", "F"), ("men", "M"), ("non-binary", "X"), ("runners", None),
                                       ("men and women together", None), ("both men and women", None),
                                       ("the fastest teen girl", "F"), ("a boy", "M")])
def test_sex(text: str, sex: str | None) -> None:
    assert find_sex(text) == sex


@pytest.mark.parametrize("text, low, high", [
    ("aged 35", 35, 35), ("35-year-olds", 35, 35), ("in their 40s", 40, 49), ("aged 30 to 34", 30, 34),
    ("over 50", 51, 120), ("50 and over", 50, 120), ("40+", 40, 120), ("masters", 40, 120),
    ("under 20 years", 1, 19), ("finishers who were under 20", 1, 19), ("19 and under", 1, 19),
    ("the fastest teen", 13, 19), ("a teenager", 13, 19), ("teenage runners", 13, 19), ("minors (under 18)", 1, 17), ("how many minors", 1, 17),
])
def test_ages(text: str, low: int, high: int) -> None:
    age = find_age(text)
    assert (age.low, age.high) == (low, high)


@pytest.mark.parametrize("text, op, seconds", [
    ("under 3 hours", "<", 10800), ("sub-3", "<", 10800), ("sub 3:30", "<", 12600), ("faster than 1:45", "<", 6300),
    ("under 2:30:15", "<", 9015), ("over 5 hours", ">", 18000), ("under 25 minutes", "<", 1500),
    ("in under three hours", "<", 10800),
])
def test_time_limits(text: str, op: str, seconds: int) -> None:
    limit = find_time_limit(text, None)
    assert (limit.op, limit.seconds) == (op, seconds)


def test_sub_20_on_a_5k_means_minutes_and_over_50_is_an_age() -> None:
    assert find_time_limit("sub-20", find_distance("5k")).seconds == 1200
    assert find_time_limit("runners over 50", None) is None
    assert find_time_limit("finishers who were under 20", find_distance("5k")) is None      # people are an age
    assert find_time_limit("finishers who ran under 20", find_distance("5k")).seconds == 1200
    limit = find_time_limit("between 3 and 4 hours", None)
    assert (limit.op, limit.seconds, limit.upper) == ("between", 10800, 14400)


@pytest.mark.parametrize("text, limit", [("top 10", 10), ("top five", 5), ("3 fastest", 3), ("winner", 1),
                                          ("2024 fastest 3 women", 3), ("the podium", 3),
                                          ("who won", 1), ("the fastest time", 1), ("the fastest women", None),
                                          ("show runners", None)])
def test_how_many_rows_a_ranking_wants(text: str, limit: int | None) -> None:
    assert find_limit(text) == limit


@pytest.mark.parametrize("text, status", [("finished", "FIN"), ("finishers", "FIN"), ("dnfs", "DNF"),
                                          ("did not start", "DNS"), ("disqualified", "DQ"), ("ran", None)])
def test_statuses(text: str, status: str | None) -> None:
    assert find_status(text) == status


# --------------------------------------------------------------------------- names from the company's data

def test_event_names_match_with_typos_and_prefer_the_longest_exact_name() -> None:
    assert [m.value for m in match_events("runners in the hartferd marathon", VOCABULARY.events)] == \
        ["Hartford Marathon"]
    assert [m.value for m in match_events("the Hartford Spring Marathon", VOCABULARY.events)] == \
        ["Hartford Spring Marathon"]
    assert [m.value for m in match_events("the napa half in 2024", VOCABULARY.events)] == ["Napa Half Marathon"]
    # a marathon said by its city and "full" ("the Tampa full"), twice in one question: one race
    assert [m.value for m in match_events("the stamford full in 2024", ("Stamford Marathon", "Stamford Turkey Trot"))] == \
        ["Stamford Marathon"]
    twice = parse("Of the people who finished the Hartford full in 2025, how many have finished the Hartford full three or "
                  "more times?", VOCABULARY, TODAY)
    assert (twice.events, [d.label for d in twice.distances], twice.unused) == (("Hartford Marathon",), ["Marathon"], ())


def test_a_distance_alone_is_not_an_event_that_contains_it() -> None:
    assert match_events("how many half marathon finishers", VOCABULARY.events) == []


def test_two_events_in_one_question() -> None:
    found = match_events("compare the Hartford Marathon and the Stamford Turkey Trot", VOCABULARY.events)
    assert [m.value for m in found] == ["Hartford Marathon", "Stamford Turkey Trot"]


def test_person_candidates_from_possessives_and_capitalised_pairs() -> None:
    assert ("Michael", "Wardian") in person_candidates("Show me Michael Wardian's marathon PR")
    assert ("jane", "doe") in person_candidates("results for jane doe")
    assert ("lisa", "hood") in person_candidates("did Beth Barber or lisa hood run more races")   # a second, lower case
    assert ("regina", "hogan") in person_candidates("is it true regina hogan won nashua outright?")   # a claim checked
    assert ("jacqueline", "lopez") in person_candidates("my mom jacqueline lopez did the tampa half")   # a relative named


# --------------------------------------------------------------------------- whole questions

def test_runners_finished_the_event_under_3_hours() -> None:
    parsed = read("How many runners finished the Hartford Marathon under 3 hours?")
    assert (parsed.intent, parsed.subject) == ("count", "results")
    assert parsed.events == ("Hartford Marathon",)
    assert parsed.distances == (DISTANCES["marathon"],)   # a time limit: the race the event's name says
    assert parsed.race_of_name
    assert (parsed.time_limit.op, parsed.time_limit.seconds, parsed.status) == ("<", 10800, "FIN")
    assert parsed.confidence >= CONFIDENT


@pytest.mark.parametrize(("question", "race"), [
    ("average pace at the Hartford Marathon in 2024", "Marathon"),
    ("who won the 2023 hartford marathon", "Marathon"),
    ("Napa half: women's winners each year", "Half Marathon"),
])
def test_finish_times_of_an_event_named_for_a_distance_are_of_that_race(question: str, race: str) -> None:
    assert [d.label for d in read(question).distances] == [race]


@pytest.mark.parametrize("question", [
    "How many runners finished the Hartford Marathon in 2024?",    # a count: every race, said in a notice
    "average pace at the Hartford Marathon in 2024, all races",
    "top 3 home states of Hartford Marathon runners",              # a ranking by count
])
def test_other_questions_of_an_event_named_for_a_distance_keep_every_race(question: str) -> None:
    assert read(question).distances == ()


def test_participants_in_an_event_last_year() -> None:
    parsed = read("Show me all participants in the Hartford Marathon last year")
    assert parsed.intent == "list" and parsed.dates.start == date(2025, 1, 1)


def test_male_runners_aged_35() -> None:
    parsed = read("Find all male runners aged 35 in the Hartford Marathon")
    assert (parsed.intent, parsed.sex, parsed.age.low, parsed.age.high) == ("find", "M", 35, 35)


def test_analyze_an_event() -> None:
    parsed = read("Analyze performance for the Hartford Marathon")
    assert parsed.intent == "analyze" and parsed.events == ("Hartford Marathon",)


def test_a_runners_pr() -> None:
    parsed = read("Show me Michael Wardian's marathon PR")
    assert parsed.personal_best and parsed.person == Person("Michael", "Wardian")
    assert parsed.distance.label == "Marathon"


def test_under_3_hours_in_marathons_last_year() -> None:
    parsed = read("How many people finished under 3 hours in marathons last year?")
    assert parsed.intent == "count" and parsed.events == () and parsed.distance.label == "Marathon"


def test_our_active_events() -> None:
    parsed = read("I'm from Big River Race Management, show me our active events")
    assert (parsed.intent, parsed.subject, parsed.active_only) == ("list", "events", True)


def test_compare_years_sexes_and_events() -> None:
    assert read("Compare the Hartford Marathon 2023 and 2024").group_by == ("year",)
    assert read("compare men and women in the Hartford Marathon").group_by == ("sex",)
    assert read("Hartford Marathon vs Stamford Turkey Trot").group_by == ("event",)


def test_trends_default_to_years() -> None:
    parsed = read("How has the Mystic Jingle Bell Run grown?")
    assert (parsed.intent, parsed.group_by) == ("trend", ("year",))


def test_runner_city_and_event_city_are_told_apart() -> None:
    assert read("How many runners from Providence ran the Hartford Marathon?").runner_city == "Providence"
    assert read("List events in Mystic").event_city == "Mystic"
    assert read("How many runners from Texas finished?").runner_state == "TX"


def test_another_companys_event_is_unknown_and_not_guessed() -> None:
    parsed = read("How many runners finished the Boston Marathon under 3 hours?")
    assert parsed.events == () and parsed.confidence < CONFIDENT
    assert "Boston Marathon" in parsed.notes[0]


def test_an_unknown_person_is_said_not_guessed() -> None:
    parsed = parse("Show me Jane Nobody's marathon PR", Vocabulary("X", (), ()), TODAY)
    assert parsed.person is None and parsed.confidence < CONFIDENT


def test_gibberish_has_no_intent_and_builds_nothing() -> None:
    parsed = read("purple monkey dishwasher")
    assert parsed.intent is None and parsed.confidence < CONFIDENT
    with pytest.raises(Unanswerable):
        build(parsed, TODAY)


# --------------------------------------------------------------------------- the SQL it builds

def test_values_are_literals_never_spliced_text() -> None:
    vocabulary = Vocabulary("X", ("O'Brien's 5K",), ())
    plan = build(parse("How many finishers in O'Brien's 5K?", vocabulary, TODAY), TODAY)
    assert "'O''Brien''s 5K'" in plan.sql


def test_only_the_tables_a_question_needs_are_joined() -> None:
    sql = build(read("how many events did we time in 2024"), TODAY).sql
    assert "FROM events" in sql and "results" not in sql
    sql = build(read("How many runners finished the Hartford Marathon under 3 hours?"), TODAY).sql
    assert "participants" not in sql


def test_a_numeric_series_gets_chart_axes() -> None:
    plan = build(read("How many finishers per year in the Mystic Jingle Bell Run?"), TODAY)
    assert plan.chart == ("year", "finishers")


def test_explanations_say_the_conventions() -> None:
    plan = build(read("How many runners finished the Hartford Marathon?"), TODAY)
    assert "every race, every edition" in plan.explanation
    timed = build(read("How many runners finished the Hartford Marathon under 3 hours?"), TODAY)
    assert "Marathon race of the Hartford Marathon" in timed.explanation and "under 3 hours" in timed.explanation


def test_plural_distances_and_where_most_runners_come_from() -> None:
    assert read("number of finishers in 10Ks").distance.label == "10K"
    parsed = read("which state do most of our runners come from")
    assert (parsed.intent, parsed.group_by) == ("top", ("state",))
    plan = build(parsed, TODAY)
    assert "ORDER BY runners DESC" in plan.sql and "status" not in plan.sql and "highest first" in plan.explanation


def test_a_question_with_nothing_recognised_is_not_answered_with_every_runner() -> None:
    assert read("show me everything").confidence < CONFIDENT


def test_did_anyone_from_a_city_win() -> None:
    parsed = read("did anyone from Providence win the Hartford Marathon?")
    assert (parsed.intent, parsed.winners, parsed.runner_city) == ("top", True, "Providence")


def test_event_and_city_words_are_not_taken_for_a_runners_name() -> None:
    assert VOCABULARY.names_a_place(("Hartford", "Marathon")) and VOCABULARY.names_a_place(("New", "Haven"))
    assert not VOCABULARY.names_a_place(("Michael", "Wardian"))


def test_winning_time_last_place_and_age_group_winners() -> None:
    assert read("What was the winning time at the Hartford Marathon in 2024?").winners
    last = read("Who finished last in the Hartford Marathon 2025?")
    assert (last.intent, last.last_place, last.limit) == ("top", True, 1)
    assert "ORDER BY r.chip_time_s DESC" in build(last, TODAY).sql
    group = build(read("age group winners F40-44 in the Hartford Marathon"), TODAY)
    assert "r.age_group_place = 1" in group.sql


# --------------------------------------------------------------------------- words are never silently dropped

def test_a_real_word_is_not_corrected_into_a_parser_word() -> None:
    # "minus" is English, not a typo of "mins": the gun−chip gap is read, not a time in minutes
    parsed = read("average gun minus chip at the Napa Half Marathon in 2020")
    assert parsed.metric is not None and parsed.metric.kind == "gap" and parsed.time_limit is None


def test_a_misspelt_event_name_does_not_swallow_the_next_word() -> None:
    parsed = read("How many finishers at the Stamford Turky Trot last year?")
    assert parsed.events == ("Stamford Turkey Trot",)
    assert parsed.dates is not None and parsed.dates.start == date(2025, 1, 1) and not parsed.unused


def test_a_percent_sign_is_a_word_that_must_be_used() -> None:
    assert read("what % of Mystic Jingle Bell Run finishers were women").metric.kind == "share"
    assert "percent" in read("show % Mystic Jingle Bell Run finishers").unused


@pytest.mark.parametrize("question, filters", [
    ("What proportion of Hartford Marathon finishers in 2024 were from outside Connecticut?",
     {"runner_state": "CT", "runner_state_negated": True}),
    ("what share of the Mystic Jingle Bell Run runners were aged 40 to 49", {"age": (40, 49)}),
    ("What fraction of Napa Half Marathon finishers came from Providence?", {"runner_city": "Providence"}),
    ("what percentage of 2023 Stamford Turkey Trot finishers were women", {"sex": "F"}),
])
def test_a_share_counts_the_part_among_the_whole(question: str, filters: dict) -> None:
    parsed = read(question)
    assert parsed.metric.kind == "share" and not parsed.unused
    part = parsed.share_of
    found = {"runner_state": part.runner_state, "runner_state_negated": part.runner_state_negated,
             "age": (part.age.low, part.age.high) if part.age else None, "runner_city": part.runner_city,
             "sex": part.sex}
    assert {key: found[key] for key in filters} == filters
    assert parsed.sex is None and parsed.runner_state is None  # the part's filters never narrow the whole
    assert "percent of them" in build(parsed, TODAY).explanation


@pytest.mark.parametrize("question, state", [
    ("how many runners from Mass. finished the Hartford Marathon", "MA"),
    ("finishers of the Napa Half Marathon from calif in 2024?", "CA"),
    ("Hartford Marathon runners from N.Y. in 2023", "NY"),
])
def test_state_abbreviations_are_read_after_from(question: str, state: str) -> None:
    parsed = read(question)
    assert parsed.runner_state == state and not parsed.unused


def test_short_forms_are_written_out() -> None:
    assert read("How many finished the Napa HM in 2024?").events == ("Napa Half Marathon",)
    assert read("Stamford TT finishers in 2023?").events == ("Stamford Turkey Trot",)


def test_a_bare_question_about_finishers_asks_how_many() -> None:
    parsed = read("Mystic Jingle Bell Run finishers from Providence in 2024?")
    assert parsed.intent == "count" and parsed.runner_city == "Providence"


def test_men_versus_women_is_those_two_groups() -> None:
    parsed = read("average finish time at the Hartford Marathon, men vs women")
    assert parsed.group_by == ("sex",) and parsed.men_and_women
    assert "IN ('M', 'F')" in build(parsed, TODAY).sql


def test_a_comparative_over_a_dimension_is_a_ranking() -> None:
    parsed = read("Which of our events had more finishers in 2023?")
    assert parsed.ranking is not None and parsed.ranking.dimension == "event" and parsed.ranking.limit == 1


def test_never_finished_before_looks_at_earlier_finishes_only() -> None:
    parsed = read("How many 2025 Hartford Marathon finishers had never finished it before?")
    assert parsed.cohort.kind == "first_timers" and parsed.cohort.earlier_finish
    assert "no earlier finish" in build(parsed, TODAY).explanation
    assert not read("How many first-timers ran the 2025 Hartford Marathon?").cohort.earlier_finish


def test_not_is_read_only_inside_a_negation_the_parser_understands() -> None:
    assert "not" in read("total finishes in 2024, not by gender").unused
    # "not unique people" says to count results, each runner as often as they finished
    every = read("total finishes in 2024, not unique people")
    assert not every.unused and not every.distinct_people
    assert not read("how many runners did not finish the Hartford Marathon in 2024").unused
    assert read("Hartford Marathon finishers not from Connecticut").runner_state_negated


def test_ten_plus_finishes_is_a_cohort_not_an_age() -> None:
    parsed = read("how many runners have 10+ finishes")
    assert parsed.cohort.kind == "min_finishes" and parsed.cohort.count == 10 and parsed.age is None


def test_a_month_range_said_with_between_and() -> None:
    dates = read("list our events between march 2024 and may 2025").dates
    assert (dates.start, dates.end) == (date(2024, 3, 1), date(2025, 6, 1))


def test_gun_time_asked_for_is_shown_and_ordered_by() -> None:
    plan = build(read("fastest gun time at the Mystic Jingle Bell Run in 2024"), TODAY)
    assert "r.gun_time_s" in plan.sql.split("FROM")[0] and "ORDER BY r.gun_time_s" in plan.sql
    assert "fastest gun time first" in plan.explanation


def test_no_shows_across_events_count_results_not_events() -> None:
    parsed = read("how many no-shows did we have across all our 2024 events")
    assert parsed.subject == "results" and parsed.status == "DNS"


def test_both_of_two_years_is_a_cohort_of_those_years() -> None:
    parsed = read("how many runners finished the Hartford Marathon in both 2022 and 2024")
    assert parsed.cohort.kind == "both" and parsed.years == (2022, 2024) and parsed.dates is None
    assert "COUNT(DISTINCT YEAR(e.event_date)) >= 2" in build(parsed, TODAY).sql


def test_both_events_one_said_short_and_never_one_alone() -> None:
    parsed = read("how many people ran both the Mystic Jingle Bell Run and the Napa half in 2024")
    assert set(parsed.events) == {"Mystic Jingle Bell Run", "Napa Half Marathon"}
    # only one of the two found: declined, never answered as a cohort of one
    assert read("how many ran both the Mystic Jingle Bell Run and the Boston thing").confidence < CONFIDENT


def test_returning_runners_who_finished_it_before() -> None:
    parsed = read("of the 2025 Stamford Turkey Trot finishers how many were returning runners (finished it before)")
    assert parsed.cohort.kind == "returning" and parsed.cohort.earlier_finish and not parsed.unused


@pytest.mark.parametrize("question, subject", [
    ("how many races were there at the Napa Half Marathon in 2024", "races"),
    ("how many times have we timed the Stamford Turkey Trot", "events"),
    ("how many runners have done 5 or more races", "results"),
])
def test_what_is_counted(question: str, subject: str) -> None:
    assert read(question).subject == subject


def test_the_slowest_finisher_is_a_person() -> None:
    parsed = read("who was the slowest finisher at the Mystic Jingle Bell Run 2023")
    assert parsed.intent == "top" and parsed.last_place and parsed.measure is None


def test_a_share_of_results_dated_after_the_part() -> None:
    parsed = read("what % of Napa Half Marathon finishers were women in 2024")
    assert parsed.dates.start == date(2024, 1, 1) and parsed.share_of.sex == "F" and parsed.share_of.dates is None


@pytest.mark.parametrize("question", [
    "Hartford Marathon 2024 - how many finished and how many set a course record",   # (two statuses as verbs are read: totals)
])
def test_what_the_parser_cannot_compute_is_never_answered_as_if_unsaid(question: str) -> None:
    assert read(question).unused


def test_a_short_form_never_stands_for_a_longer_unknown_name() -> None:
    # "Boston Jingle Bell Run" is not the Mystic one: the word before makes it another, unknown event
    assert read("top 10 at the Boston Jingle Bell Run 2024").events == ()


def test_where_runners_live_is_their_home_state() -> None:
    parsed = read("how many of our runners live in Connecticut")
    assert parsed.runner_state == "CT" and parsed.event_state is None


def test_sub_4_finishers_is_a_time_limit_and_every_word_used() -> None:
    parsed = read("how many sub-4 finishers at the Hartford Marathon last year")
    assert parsed.time_limit.seconds == 4 * 3600 and not parsed.unused


@pytest.mark.parametrize("question", ["change Billy Hines time at the Hartford Marathon 2025 to 45:00 please",
                                      "please delete the 2019 Napa Half Marathon results",
                                      "can you update Jane Doe's age", "DQ Jane Doe from the 2024 Napa Half Marathon",
                                      # (an order after a story told: its own sentence, or after a dash)
                                      "Jane Doe says her age group is wrong - please change it to F40-44.",
                                      "Jane Doe asked us to take her 2019 result down. Delete it.",
                                      "Please send a thank-you email to every 2024 finisher."])
def test_requests_to_change_data_are_recognised(question: str) -> None:
    from nlq.accounting import asks_to_change
    assert asks_to_change(question)
    assert not asks_to_change("how did finishing times change at the Hartford Marathon over the years")
    assert not asks_to_change("Jane Doe ran it in 2019 and 2024. Could you send both of the times?")   # a reply asked for
    from nlq.accounting import asks_to_send
    assert asks_to_send("Email the top 3 women of the 2024 Napa Half Marathon their results")   # said as nothing sent
    assert not asks_to_send("please delete the 2019 Napa Half Marathon results")
    assert not asks_to_change("change in Hartford Marathon finishers between 2022 and 2024")   # a noun, not an order
    assert not asks_to_change("DQ count by race at the 2024 Stamford Turkey Trot")   # a count's noun said first


@pytest.mark.parametrize("question, place, column", [
    ("who was 3rd overall at the Hartford Marathon 2024?", 3, "r.overall_place = 3"),
    ("who finished 2nd woman at the Mystic Jingle Bell Run 2024", 2, "r.gender_place = 2"),
    # (the first among runners with no place of their own: in each race of each edition)
    ("who was the first masters woman in the Napa Half Marathon 2025", 1,
     "QUALIFY RANK() OVER (PARTITION BY r.event_id, r.race_id ORDER BY r.chip_time_s) = 1"),
])
def test_the_runner_at_one_place(question: str, place: int, column: str) -> None:
    parsed = read(question)
    assert parsed.place == place and parsed.intent == "top" and not parsed.unused
    plan = build(parsed, TODAY)
    assert column in plan.sql and f"place {place}" in plan.explanation


def test_a_month_of_any_year() -> None:
    parsed = read("list every event we timed in march, any year")
    assert parsed.month == 3 and parsed.dates is None and not parsed.unused
    assert "MONTH(e.event_date) = 3" in build(parsed, TODAY).sql
    assert read("events in March 2024").month is None


def test_each_edition_of_a_named_event() -> None:
    assert read("how many finishers at each Stamford Turkey Trot").group_by == ("year",)


@pytest.mark.parametrize("question, edition, order", [
    ("when was the last Stamford Turkey Trot we timed", "last", "ORDER BY e.event_date DESC) <= 1"),
    ("When did we first time the Hartford Marathon?", "first", "ORDER BY e.event_date ASC) <= 1"),
])
def test_the_first_or_last_edition_of_an_event(question: str, edition: str, order: str) -> None:
    parsed = read(question)
    assert parsed.subject == "events" and parsed.edition == edition
    sql = build(parsed, TODAY).sql   # (the first day's events all kept: two events held that day are both the first)
    assert f"QUALIFY RANK() OVER ({order}" in sql and "YEAR(e.event_date) AS year" in sql


def test_a_name_already_written_out_is_not_expanded_again() -> None:
    from nlq.spelling import expand_abbreviations
    assert expand_abbreviations("las vegas turkey trot") == "las vegas turkey trot"
    assert expand_abbreviations("the Vegas turkey trot") == "the las vegas turkey trot"
    # a city's nickname, with or without its full stop
    assert expand_abbreviations("finishers from St. Pete") == "finishers from St. Petersburg"
    assert expand_abbreviations("st pete runners") == "St. Petersburg runners"


@pytest.mark.parametrize("question", ["what share of the 2024 Stamford Turkey Trot finishers were masters? (%)",
                                      "dnf % for the Hartford Marathon 2025",
                                      "What place did Michael Wardian finish at the 2025 Hartford Marathon?"])
def test_percent_signs_and_places_said_in_passing_are_read(question: str) -> None:
    assert not read(question).unused


def test_winners_at_every_edition_are_the_winners_themselves() -> None:
    parsed = read("overall winners of the 5k at every Stamford Turkey Trot")
    assert parsed.winners and parsed.intent == "top" and parsed.group_by == ()


def test_two_places_sharing_one_event_name() -> None:
    vocabulary = Vocabulary(company="Golden Gate", events=("San Jose Mother's Day 5K", "Santa Cruz Mother's Day 5K"),
                            cities=("San Jose", "Santa Cruz"))
    parsed = parse("san jose vs santa cruz mothers day 5k - finishers in 2025", vocabulary, TODAY)
    assert set(parsed.events) == {"San Jose Mother's Day 5K", "Santa Cruz Mother's Day 5K"}
    assert parsed.intent == "compare" and parsed.group_by == ("event",) and not parsed.unused


def test_starters_are_every_result_but_dns() -> None:
    parsed = read("how many starters at the Hartford Marathon in 2024")
    assert parsed.status == "STARTED" and not parsed.unused
    assert "r.status <> 'DNS'" in build(parsed, TODAY).sql


@pytest.mark.parametrize("question, state", [("how many Texans finished the Hartford Marathon in 2024", "TX"),
                                             ("new yorkers at the Mystic Jingle Bell Run 2023?", "NY"),
                                             ("how many West Virginians ran the Napa Half Marathon", "WV")])
def test_runners_named_by_their_states_demonym(question: str, state: str) -> None:
    parsed = read(question)
    assert parsed.runner_state == state and parsed.event_state is None and not parsed.unused


def test_a_second_year_is_never_dropped() -> None:
    # (each year said of each: one row each; said once, or of people, may be the total, each, both or either: said back)
    assert "2021" in read("How many runners finished the Hartford Marathon in 2019 and 2021?").unused
    assert read("How many runners finished the Hartford Marathon in 2019 and in 2021?").group_by == ("year",)
    assert "2021" in read("How many different people finished the Hartford Marathon in 2019 and 2021?").unused
    assert not read("How many events before 2021?").unused
    assert not read("list our events between march 2024 and may 2025").unused


def test_runners_within_the_first_places_are_counted_by_their_place() -> None:
    parsed = read("How many women were in the top 10 of the Hartford Marathon 2019?")
    assert (parsed.top_places, parsed.top_places_within, parsed.sex, parsed.intent, parsed.unused) == (
        10, None, "F", "count", ())
    assert "r.overall_place <= 10" in build(parsed, TODAY).sql   # women among the first 10 overall
    # a measure of the first places within a sex: their own places
    women = read("median chip time of the first 5 women at the 2019 Hartford Marathon")
    assert (women.top_places, women.top_places_within, women.measure) == (5, "sex", "median")
    assert "r.gender_place <= 5" in build(women, TODAY).sql
    # within their age group or gender, said so: those places
    groups = read("how many Texans placed in the top 3 of their age group at the 2019 Hartford Marathon?")
    assert (groups.top_places, groups.top_places_within, groups.intent) == (3, "age_group", "count")
    assert "r.age_group_place <= 3" in build(groups, TODAY).sql
    # the fastest N of a group with no place of its own (masters): said back, never the places overall
    assert read("average time of the 10 fastest masters at the 2019 Hartford Marathon").notes
    # "the top 3 in each age group": their age-group places, measured (not the podiums listed)
    podiums = read("average age of the top 3 in each age group at the 2019 Hartford Marathon")
    assert (podiums.top_places, podiums.top_places_within, podiums.winners_by, podiums.measure) == (
        3, "age_group", None, "average_age")


def test_a_reading_outside_the_specs_bounds_has_no_spec_but_no_crash() -> None:
    from nlq.spec import SpecError, from_parsed
    with pytest.raises(SpecError, match="does not fit"):
        from_parsed(read("How many runners finished the Hartford Marathon 2019 in under 0 minutes?"))


def test_an_ordinal_no_place_could_have_is_never_dropped() -> None:
    assert "1000000000000th" in read("Who was the 1000000000000th finisher in the Hartford Marathon 2019?").unused


# --------------------------------------------------------------------------- kinds added from held-out set 4

def test_a_day_no_calendar_has_is_not_a_date() -> None:
    assert find_dates("on february 30 2024", TODAY).words == "2024"


@pytest.mark.parametrize("question", [
    "how many finishers at the stamford turkey trot last yr",
    "how many starters did the mystic jingle bell run have in 2024 pls",
    "top 10 at the stamford turkey trot 2023 w/ chip times",
])
def test_short_words_and_left_out_apostrophes_are_read(question: str) -> None:
    parsed = read(question)
    assert parsed.unused == () and parsed.dates is not None


def test_a_distance_set_aside_with_not_keeps_the_other() -> None:
    parsed = read("how many ran the hartford marathon in 2024 (the half, not the full)")
    assert [d.label for d in parsed.distances] == ["Half Marathon"] and parsed.unused == ()


def test_a_distance_only_ever_said_with_not_is_every_other_race() -> None:
    parsed = read("how many hartford marathon finishers in 2024, not the half")
    assert ([d.label for d in parsed.races_excluded], parsed.distances, parsed.unused) == (["Half Marathon"], (), ())


@pytest.mark.parametrize("question, minimum", [
    ("how many runners have done 7 or more of our races", 7),
    ("runners with at least 3 of the events", 3),
])
def test_runners_with_a_number_of_races(question: str, minimum: int) -> None:
    parsed = read(question)
    assert parsed.cohort.kind == "min_finishes" and parsed.cohort.count == minimum and parsed.unused == ()


def test_first_timers_at_any_of_our_events_look_at_every_event() -> None:
    parsed = read("of the 2025 mystic jingle bell run finishers, how many had never run any of our events before")
    assert parsed.cohort.kind == "first_timers" and parsed.cohort.any_event
    assert not read("how many first timers at the 2025 mystic jingle bell run").cohort.any_event


def test_runners_of_every_edition() -> None:
    parsed = read("how many runners have finished every edition of the stamford turkey trot")
    assert parsed.cohort.kind == "every_edition" and parsed.intent == "count" and parsed.unused == ()
    per_year = read("number of stamford turkey trot finishers each year we timed it")
    assert per_year.cohort is None and per_year.group_by == ("year",)


def test_how_many_over_the_years_is_one_total_and_a_trend_without_how_many() -> None:
    assert read("how many different runners ran the stamford turkey trot over the years").group_by == ()
    assert read("stamford turkey trot finishers over the years").group_by == ("year",)


def test_the_finish_rate_is_finishers_over_starters() -> None:
    parsed = read("completion rate at the 2024 hartford marathon")
    assert (parsed.metric.kind, parsed.metric.unit) == ("rate", "FIN") and parsed.unused == ()


def test_the_top_woman_is_the_womens_winner() -> None:
    parsed = read("who was the first woman at the 2023 stamford turkey trot")
    assert parsed.winners and parsed.sex == "F" and parsed.intent == "top"


def test_a_lower_case_city_and_race_word_with_no_event_there_is_said_back() -> None:
    vocabulary = Vocabulary("Big River", ("Hartford Marathon",), ("Hartford", "Boston"), event_cities=("Hartford",))
    parsed = parse("how many finishers did the boston marathon have in 2024", vocabulary, TODAY)
    assert any("Boston Marathon" in note for note in parsed.notes)
    assert not parse("how many women finished the 2024 hartford half", vocabulary, TODAY).notes


def test_splits_are_data_the_archive_does_not_hold_and_a_split_by_is_a_grouping() -> None:
    assert "splits" in read("halfway split times at the 2024 hartford marathon").unused
    assert "splits" not in read("hartford marathon 2024 finishers split by gender").unused
    assert "splits" not in read("split the 2024 hartford marathon finishers into bands: under 3:30, 3:30-3:59, "
                                "4:00 and over").unused


def test_a_city_with_its_state_code_in_capitals_and_no_comma() -> None:
    parsed = read("how many runners from Providence RI finished the 2024 Hartford Marathon")
    assert (parsed.runner_city, parsed.runner_state) == ("Providence", "RI") and not parsed.unused
    # "in" after a city is a word, never Indiana
    assert read("how many runners from Providence in 2024").runner_state is None


def test_two_questions_in_one_are_not_answered_as_one() -> None:
    assert read("how many times has Michael Wardian run with us and what was his fastest marathon").unused


def test_a_state_set_aside_with_other_than() -> None:
    parsed = read("how many finishers from states other than connecticut at the 2024 hartford marathon")
    assert parsed.runner_state == "CT" and parsed.runner_state_negated and parsed.unused == ()


def test_events_with_their_finisher_counts_are_counted_per_event() -> None:
    parsed = read("show our connecticut events from 2024 with runner totals")
    assert parsed.intent == "count" and parsed.group_by == ("event",)


def test_a_sex_filtered_list_shows_the_place_among_that_sex() -> None:
    sql = build(read("top 5 women at the 2024 hartford marathon"), TODAY).sql
    assert "gender_place" in sql.split("FROM")[0]


def test_months_said_short_before_a_day_or_year() -> None:
    parsed = read("finishers between jan 1 and sept. 30 2025")
    assert (parsed.dates.start, parsed.dates.end) == (date(2025, 1, 1), date(2025, 10, 1)) and parsed.unused == ()


@pytest.mark.parametrize("text, low, high", [
    ("how many teenagers ran", 13, 19), ("kids under 12 at the fun run", 1, 11), ("under-18s who finished", 1, 17),
])
def test_age_words(text: str, low: int, high: int) -> None:
    found = find_age(text)
    assert (found.low, found.high) == (low, high)


def test_every_status_when_no_shows_are_counted_in() -> None:
    parsed = read("entries at the 2024 stamford turkey trot, including no-shows")
    assert parsed.status is None and parsed.unused == ()
    assert read("non-finishers at the 2024 stamford turkey trot").status == "DNF"


def test_runners_who_came_back_a_later_year() -> None:
    parsed = read("how many 2023 mystic jingle bell run finishers came back in 2024")
    assert parsed.cohort.kind == "also_in_year" and parsed.cohort.count == 2024
    assert (parsed.dates.start.year, parsed.unused) == (2023, ())


def test_a_second_later_year_is_not_dropped() -> None:
    assert "2025" in read("how many 2023 stamford turkey trot finishers also ran it in 2024 and 2025").unused


@pytest.mark.parametrize("question, minimum, events", [
    ("how many people have run the mystic jingle bell run more than once", 2, False),
    ("how many runners did 4 or more different events with us", 4, True),
])
def test_repeat_runners_counted_by_finishes_or_by_different_events(question: str, minimum: int, events: bool) -> None:
    cohort = read(question).cohort
    assert (cohort.kind, cohort.count, cohort.distinct_events) == ("min_finishes", minimum, events)


@pytest.mark.parametrize("question, kind, any_event", [
    ("what share of 2024 stamford turkey trot finishers were first-timers", "first_timers", False),
    ("what percent of 2023 finishers came back in 2024", "also_in_year", True),   # no event: back at any
    ("what percent of 2024 stamford turkey trot finishers came back and finished it in 2025", "also_in_year", False),
    ("what fraction of the 2024 stamford turkey trot field had run it before", "returning", False),
])
def test_a_share_of_runners_by_their_history(question: str, kind: str, any_event: bool) -> None:
    parsed = read(question)
    assert parsed.metric.kind == "share" and not parsed.unused
    assert (parsed.share_of.cohort.kind, parsed.share_of.cohort.any_event) == (kind, any_event)


def test_a_share_of_repeat_runners_is_said_back() -> None:
    # runners with 3 or more finishes are counted, never a share of the results (it read every result)
    assert read("what share of 2024 stamford turkey trot finishers had run it 3 or more times").unused


def test_who_finished_the_most_of_our_races_is_people() -> None:
    parsed = read("who has run the most of our events")
    assert (parsed.intent, parsed.subject) == ("top", "people")


def test_a_percentile_of_the_finish_time() -> None:
    parsed = read("75th percentile chip time at the 2024 hartford marathon")
    assert (parsed.measure, parsed.unused) == ("p75", ())
    assert "QUANTILE_CONT" in build(parsed, TODAY).sql.upper()


@pytest.mark.parametrize("question", ["how many more finishers did the stamford turkey trot have in 2024 than 2023",
                                      "how many fewer runners finished the mystic jingle bell run in 2023 than in 2022"])
def test_how_many_more_or_fewer_between_two_years_is_the_change(question: str) -> None:
    parsed = read(question)
    assert parsed.change_years and parsed.dates is None and parsed.unused == ()


def test_a_ranking_by_an_average_keeps_every_group_unless_a_smallest_is_asked() -> None:
    every = build(read("which age group had the fastest average time at the 2024 hartford marathon"), TODAY)
    assert "HAVING" not in every.sql and "results" in every.sql   # each group's size is shown beside its average
    least = build(read("which age group had the fastest average time at the 2024 hartford marathon, "
                       "counting only age groups with 10 or more finishers"), TODAY)
    assert "HAVING COUNT(*) >= 10" in least.sql


def test_minute_miles_are_a_pace_not_the_mile_race() -> None:
    parsed = read("how many runners went under 9 minute miles at the 2024 hartford marathon")
    assert parsed.pace_limit and [d.label for d in parsed.distances] == ["Marathon"] and parsed.unused == ()
    timed = read("how many ran the mile in under 7 minutes at the 2024 stamford turkey trot")
    assert [d.label for d in timed.distances] == ["1 Mile"] and timed.time_limit.seconds == 420


def test_rank_a_dimension_by_a_measure() -> None:
    parsed = read("rank our events by number of finishers in 2024")
    assert (parsed.ranking.dimension, parsed.ranking.limit, parsed.unused) == ("event", 100, ())
    by_time = read("rank the age groups by average time at the 2024 hartford marathon").ranking
    assert (by_time.measure, by_time.descending) == ("avg_time", False)


def test_a_bare_list_of_women_between_two_ages() -> None:
    parsed = read("women between 40 and 44 at the 2024 stamford turkey trot")
    assert (parsed.intent, parsed.sex, parsed.age.low, parsed.age.high) == ("list", "F", 40, 44)
    assert read("finishers between 40 and 44 minutes at the 2024 stamford turkey trot").age is None


@pytest.mark.parametrize("question, part", [
    ("percentage of women finishers at the 2024 stamford turkey trot", "F"),
    ("share of finishers who were women at hartford 2024", "F"),
    ("how many of the finishers at the 2024 mystic jingle bell run were men, as a percentage", "M"),
    ("female percentage at the 2024 stamford turkey trot", "F"),
])
def test_a_share_said_in_many_orders(question: str, part: str) -> None:
    parsed = read(question)
    assert parsed.metric.kind == "share" and parsed.share_of.sex == part and parsed.unused == ()


def test_a_share_of_the_field_that_ran_a_distance() -> None:
    parsed = read("what percentage of runners at the 2024 hartford marathon ran the half")
    assert [d.label for d in parsed.share_of.distances] == ["Half Marathon"] and parsed.unused == ()


@pytest.mark.parametrize("question, dimension", [
    ("how many different home towns did the 2024 stamford turkey trot runners come from", "city"),
    ("how many states were represented at the mystic jingle bell run in 2023", "state"),
    ("how many age groups had a finisher at hartford in 2024", "age_group"),
])
def test_how_many_values_of_a_dimension(question: str, dimension: str) -> None:
    parsed = read(question)
    assert parsed.distinct_of == dimension and "COUNT(DISTINCT" in build(parsed, TODAY).sql.upper()


@pytest.mark.parametrize("question", ["how big was the 2024 stamford turkey trot",
                                      "turnout at the mystic jingle bell run 2023",
                                      "field size at hartford 2024"])
def test_the_size_of_a_field_is_a_count(question: str) -> None:
    parsed = read(question)
    assert parsed.intent == "count" and parsed.unused == ()


def test_a_gender_split_is_a_count_by_sex_not_split_times() -> None:
    parsed = read("gender split at the 2024 stamford turkey trot")
    assert (parsed.intent, parsed.group_by, parsed.unused) == ("count", ("sex",), ())


def test_masters_against_the_open_runners() -> None:
    parsed = read("masters vs open average time at the 2024 hartford marathon")
    assert (parsed.group_by, parsed.age, parsed.unused) == (("masters",), None, ())
    assert "CASE WHEN" in build(parsed, TODAY).sql.upper()


def test_finishers_per_season() -> None:
    parsed = read("how many finishers did we have per season in 2024")
    assert parsed.group_by == ("season",) and "'spring'" in build(parsed, TODAY).sql


def test_a_share_per_year() -> None:
    parsed = read("percentage of women by year at the stamford turkey trot")
    assert parsed.metric.kind == "share" and parsed.group_by == ("year",) and parsed.unused == ()


@pytest.mark.parametrize("question", ["how big was it", "how big is the stamford turkey trot course",
                                      "which events are open to kids"])
def test_size_and_open_words_are_read_only_where_they_mean_a_field_or_a_group(question: str) -> None:
    assert read(question).unused


@pytest.mark.parametrize("question", ["who has run the stamford turkey trot the most times",
                                      "top 10 runners by number of races"])
def test_who_ran_the_most_is_a_ranking_of_people(question: str) -> None:
    parsed = read(question)
    assert (parsed.intent, parsed.subject) == ("top", "people")


def test_new_to_us_is_a_first_timer_at_any_event() -> None:
    cohort = read("how many of our 2024 finishers were new to us").cohort
    assert (cohort.kind, cohort.any_event) == ("first_timers", True)


def test_two_dimensions_joined_by_and() -> None:
    assert read("average chip time by sex and age group at hartford 2024").group_by == ("sex", "age_group")


def test_men_than_women_compares_the_two() -> None:
    parsed = read("how much faster were men than women on average at the 2024 hartford marathon")
    assert parsed.group_by == ("sex",) and parsed.sex is None and parsed.men_and_women


@pytest.mark.parametrize("question", ["for the sponsor deck: how many finished the 2024 stamford turkey trot",
                                      "how many finished the 2024 stamford turkey trot? trying to plan the medals order"])
def test_a_context_clause_is_set_aside(question: str) -> None:
    parsed = read(question)
    assert parsed.intent == "count" and parsed.events == ("Stamford Turkey Trot",) and parsed.unused == ()


def test_a_clause_that_changes_the_question_is_never_set_aside() -> None:
    assert read("how many finished the 2024 stamford turkey trot - excluding walkers").unused


@pytest.mark.parametrize("question", ["percent masters (40+) among 2024 stamford turkey trot finishers",
                                      "% women in the 2024 mystic jingle bell run field",
                                      "percentage of 2024 hartford marathon finishers from connecticut",
                                      "out of state % at the 2024 hartford marathon (finishers not from connecticut)"])
def test_more_ways_to_say_a_share(question: str) -> None:
    parsed = read(question)
    assert parsed.metric.kind == "share" and parsed.unused == ()
    assert not (parsed.runner_state or parsed.out_of_state)   # the part's filter, not the whole's


def test_runners_of_each_of_several_years() -> None:
    parsed = read("how many runners finished the hartford marathon in each of 2022, 2023 and 2024")
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.dates) == ("both", 3, None)


@pytest.mark.parametrize("question, place", [("who placed fifth overall at the 2024 hartford marathon", 5),
                                             ("3rd place woman at the 2024 stamford turkey trot", 3)])
def test_places_said_in_words_or_before_place(question: str, place: int) -> None:
    assert read(question).place == place


def test_a_distance_before_finishes_in_a_cohort() -> None:
    parsed = read("runners with at least 3 marathon finishes with us")
    assert (parsed.cohort.count, [d.label for d in parsed.distances], parsed.unused) == (3, ["Marathon"], ())


def test_a_city_and_a_distance_name_the_race_of_the_event_held_there() -> None:
    vocabulary = Vocabulary("Golden Gate", ("Napa Summer Solstice 10K",), ("Napa",), event_cities=("Napa",))
    parsed = parse("female age group winners in the Napa 5K 2024", vocabulary, TODAY)
    assert not parsed.notes and parsed.event_city == "Napa" and [d.label for d in parsed.distances] == ["5K"]


@pytest.mark.parametrize("question, event", [("finishers at the 2024 stamferd turkey trot", "Stamford Turkey Trot"),
                                             ("how many ran the mystik jingle bell run in 2023", "Mystic Jingle Bell Run")])
def test_a_misspelt_word_of_the_companys_own_names(question: str, event: str) -> None:
    assert read(question).events == (event,)


def test_a_real_word_near_a_name_is_left_alone() -> None:
    from nlq.spelling import correct_names
    assert correct_names("finishers in spring 2025", ("Springfield Spring Marathon",)) == "finishers in spring 2025"


def test_winners_of_each_race_are_the_winners_not_a_count() -> None:
    parsed = read("winners of each race at the 2024 stamford turkey trot")
    assert parsed.winners and parsed.intent == "top" and parsed.group_by == ()


@pytest.mark.parametrize("question", ["excluding walkers: how many finished the 2024 stamford turkey trot",
                                      "how many finished the 2024 stamford turkey trot? just the elites",
                                      "we care about women here, how many finished the 2024 stamford turkey trot"])
def test_a_clause_that_is_not_marked_as_context_is_never_set_aside(question: str) -> None:
    assert read(question).unused


def test_a_purpose_that_is_a_filter_is_read_as_one() -> None:
    assert read("how many finished the 2024 stamford turkey trot, need it for the women only").sex == "F"
    assert (read("we are only interested in women, how many finished the 2024 stamford turkey trot").sex,
            read("how many finished the 2024 stamford turkey trot? I'm only interested in the women.").sex) == ("F", "F")


def test_a_name_word_is_corrected_only_beside_another_word_of_that_name() -> None:
    from nlq.spelling import correct_names
    names = ("Stamford Turkey Trot", "Stamford")
    assert correct_names("finishers at the stamferd turkey trot", names) == "finishers at the stamford turkey trot"
    assert correct_names("finishers from stafford", names) == "finishers from stafford"


def test_a_share_of_men_that_were_women_keeps_its_whole() -> None:
    parsed = read("what % of men at the 2024 hartford marathon were women")
    assert (parsed.sex, parsed.share_of.sex) == ("M", "F")


@pytest.mark.parametrize("text", ["99999 years ago", "3000 years ago"])
def test_years_ago_before_any_race_are_not_a_date(text: str) -> None:
    assert find_dates(text, TODAY) is None


def test_last_month_and_this_month() -> None:
    assert (find_dates("finishers last month", TODAY).start, find_dates("this month", TODAY).start) == (
        date(2026, 10, 1), date(2026, 11, 1))


# --------------------------------------------------------------------------- kinds added from held-out sets 7 and 8

def test_both_sexes_winners_said_many_ways_are_the_first_man_and_woman() -> None:
    for question in ("who won the 2024 hartford marathon, men's and women's?", "hartford marathon 2024 winners (m & f)",
                     "2024 hartford marathon: top man and top woman", "who won the 2024 hartford marathon, male/female"):
        parsed = read(question)
        assert (parsed.winners_by, parsed.sex, parsed.unused) == ("sex", None, ()), question


def test_men_and_women_together_is_neither_a_split_nor_one_sex() -> None:
    parsed = read("average time at the 2024 hartford marathon, men and women together")
    assert (parsed.sex, parsed.group_by, parsed.unused) == (None, (), ())


def test_across_every_race_is_one_total_and_each_womens_age_group_a_grouping() -> None:
    assert read("total finishers across every race in october 2025").group_by == ()
    assert read("finishers per race in october 2025").group_by == ("race",)
    parsed = read("2024 hartford marathon - average time for each women's age group")
    assert (parsed.sex, parsed.group_by) == ("F", ("age_group",))


def test_an_event_named_with_race_after_it_names_that_race() -> None:
    assert [d.label for d in read("avg pace for women in the 2024 napa half marathon race").distances] == [
        "Half Marathon"]
    assert read("finishers at the 2024 napa half marathon").distances == ()   # the whole event
    assert read("avg time at the 2024 napa half marathon, every race").distances == ()


def test_a_short_second_and_third_event_are_found_for_cohorts() -> None:
    parsed = read("how many finished all three: hartford spring marathon, jingle bell run and turkey trot")
    assert len(parsed.events) == 3 and parsed.cohort.kind == "both" and not parsed.unused


@pytest.mark.parametrize("question, count", [
    ("How many runners have finished the Hartford Marathon, the Mystic Jingle Bell Run and the Stamford Turkey Trot?", 3),
    ("which people ran the mystic jingle bell run, the napa half marathon, the stamford turkey trot, and the hartford "
     "marathon", 4),
])
def test_runners_of_a_list_of_events_are_runners_of_every_one(question: str, count: int) -> None:
    parsed = read(question)   # (read sets' writers mean all of them; it was every finisher of any)
    assert (parsed.cohort.kind, parsed.cohort.count, len(parsed.events)) == ("both", count, count)


@pytest.mark.parametrize("question", [
    "How many runners finished the Hartford Marathon, the Mystic Jingle Bell Run and the Stamford Turkey Trot in total?",
    "how many people finished the hartford marathon, the mystic jingle bell run and the napa half marathon, each?",
    "finishers of the hartford marathon, the mystic jingle bell run and the napa half marathon in 2024",
])
def test_a_list_of_events_said_as_a_total_or_each_is_no_cohort(question: str) -> None:
    assert read(question).cohort is None


def test_entered_again_is_a_cohort_of_entries_and_finished_again_of_finishes() -> None:
    entered = read("how many entered the 2024 mystic jingle bell run and entered again in 2025")
    finished = read("how many 2023 mystic jingle bell run finishers came back and finished it again in 2025")
    assert (entered.cohort.kind, entered.cohort.count, entered.cohort.entries) == ("also_in_year", 2025, True)
    assert (finished.cohort.kind, finished.cohort.count, finished.cohort.entries) == ("also_in_year", 2025, False)


@pytest.mark.parametrize("question", [
    "2023 mystic jingle bell run finishers: how many came back and finished any race there the year after?",
    "how many who finished the 2023 mystic jingle bell run came back a year later",
])
def test_came_back_the_year_after_is_the_next_edition(question: str) -> None:
    parsed = read(question)
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.cohort.any_event, parsed.unused) == (
        "also_in_year", 2024, False, ())   # the year after the one said


@pytest.mark.parametrize("question", [
    "Our sponsor asked - how many finished the 2024 stamford turkey trot?",
    "prepping a pitch for a running brand. how many finished the 2024 stamford turkey trot?",
])
def test_who_asked_and_what_it_is_for_are_set_aside(question: str) -> None:
    parsed = read(question)
    assert (parsed.unused, parsed.status, parsed.events) == ((), "FIN", ("Stamford Turkey Trot",))


def test_first_timers_and_returning_runners_said_as_entries_before() -> None:
    first = read("how many 2025 stamford turkey trot finishers had never entered any of our races before")
    again = read("how many 2025 stamford turkey trot finishers had already raced with us before")
    assert (first.cohort.kind, first.cohort.any_event, first.unused) == ("first_timers", True, ())
    assert (again.cohort.kind, again.unused) == ("returning", ())


def test_a_runners_wins_and_events_are_counted() -> None:
    wins = read("how many times has Michael Wardian won the hartford marathon")
    events = read("how many of our events has Michael Wardian finished")
    assert (wins.intent, wins.winners) == ("count", True)
    assert (events.intent, events.distinct_of) == ("count", "edition")


def test_a_ranking_by_average_age_or_median_with_a_smallest_group() -> None:
    parsed = read("which event has the youngest average age, only events with at least 50 finishers")
    assert (parsed.ranking.measure, parsed.ranking.descending, parsed.ranking.min_group) == ("avg_age", False, 50)
    parsed = read("which age group had the slowest median time at the 2024 hartford marathon")
    assert (parsed.ranking.measure, parsed.ranking.descending, parsed.metric) == ("median_time", True, None)


def test_the_count_beside_a_measure_when_both_are_asked() -> None:
    assert read("hartford marathon 2024 vs 2025: finishers and average chip time").with_count
    assert not read("hartford marathon 2024 vs 2025: average chip time").with_count


def test_a_vague_question_is_not_answered() -> None:
    assert read("stats?").notes


def test_short_years_and_swapped_letters() -> None:
    assert read("how many finished the hartford marathon in '23").years == (2023,)
    assert read("napa hlaf marathon finishers 2024").events == ("Napa Half Marathon",)


@pytest.mark.parametrize("question", ["top 0 finishers of the 2024 hartford marathon",
                                      "who was the 0th finisher at the 2024 hartford marathon",
                                      "top 99999999999999999999 runners at the hartford marathon"])
def test_a_top_n_or_place_out_of_range_is_said_back_not_run(question: str) -> None:
    assert read(question).notes


def test_digits_of_any_script_are_read() -> None:
    assert read("how many finished the hartford marathon in ٢٠٢٤").years == (2024,)


def test_a_ranking_keeps_every_value_tied_with_the_last_shown() -> None:
    sql = build(read("which age group had the most finishers at the 2024 hartford marathon"), TODAY).sql
    assert "QUALIFY RANK() OVER (ORDER BY COUNT(*) DESC) <= 1" in sql and "LIMIT" not in sql


# --------------------------------------------------------------------------- kinds from an attack run

@pytest.mark.parametrize("text, low, high", [
    ("over the age of 60", 61, 120), ("under the age of 18", 1, 17), ("aged under 18", 1, 17),
    ("younger than 18", 1, 17), ("aged 18 or younger", 1, 18), ("aged 50-40", 40, 50),
])
def test_ages_said_with_the_age_of_or_younger(text: str, low: int, high: int) -> None:
    age = find_age(text)
    assert (age.low, age.high) == (low, high)
    assert find_time_limit(text, find_distance("5k")) is None      # never a time in minutes


def test_the_first_half_of_a_year_is_no_half_marathon() -> None:
    assert find_distance("in the first half of 2024") is None and find_distance("half finishers") is not None


def test_a_season_of_no_year_is_that_season_of_every_year() -> None:
    spring = read("how many finishers in the spring?")
    assert (spring.seasons, spring.dates, spring.unused) == (("spring",), None, ())
    assert read("finishers by season").unused == ()
    # two seasons of one year compared: one row per season, only those months
    two = read("entrants at our fall events vs our winter events in 2023")
    assert (two.seasons, two.group_by, two.dates.words, two.unused) == (("fall", "winter"), ("season",), "2023", ())
    # a dated season stays a date range, and a verb is no season
    assert read("how many finished last fall?").seasons == ()
    assert read("did the number of finishers fall in 2024?").seasons == ()
    # the same season of two years: that season's months, one row per year (it compared the whole years)
    autumns = read("fall 2023 vs fall 2024 finishers")
    assert (autumns.seasons, autumns.years, autumns.group_by, autumns.notes) == (("fall",), (2023, 2024), ("year",), ())


def test_runners_of_both_or_of_every_edition_are_listed_by_name_when_asked() -> None:
    both = read("name the runners who ran both the Stamford Turkey Trot and the Mystic Jingle Bell Run")
    every = read("anyone finish every single Stamford Turkey Trot? names please")
    assert [(p.cohort.kind, p.cohort.listed, p.notes) for p in (both, every)] == [
        ("both", True, ()), ("every_edition", True, ())]


def test_two_races_of_one_event_at_the_same_edition_are_both_within_one_edition() -> None:
    same = read("how many runners finished both the 5K and the 10K at the same Stamford Turkey Trot?")
    assert (same.cohort.kind, same.cohort.same_year, same.unused) == ("both", True, ())
    said_after = read("2024 Stamford Turkey Trot: how many did the 5K and the 10K that day (finished both)?")
    assert (said_after.cohort.kind, said_after.unused) == ("both", ())


def test_a_ranking_each_year_is_ranked_within_each_year_and_over_the_years_is_pooled() -> None:
    # (a race of one event: "which race" across the company is no race name pooled over its events)
    each = read("which race had the most DNFs each year?")
    assert (each.ranking.dimension, each.group_by) == ("event_race", ("year",))
    pooled = read("which season has drawn the most entrants over the years?")
    assert (pooled.ranking.dimension, pooled.group_by, pooled.unused) == ("season", (), ())


def test_a_one_said_with_a_year_is_not_taken_for_the_year_range() -> None:
    parsed = read("how many runners did more than one race in 2024?")
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.unused) == ("min_finishes", 2, ())
    once = read("how many runners finished only once in 2023?")   # exactly once, not at least once
    assert (once.cohort.kind, once.cohort.count, once.cohort.exact, once.unused) == ("min_finishes", 1, True, ())


def test_the_latest_or_first_event_is_that_edition() -> None:
    assert read("how many finished the most recent mystic jingle bell run?").edition == "last"
    parsed = read("how many women finished the first mystic jingle bell run?")
    assert (parsed.edition, parsed.place) == ("first", None)


def test_men_and_women_named_apart_are_both() -> None:
    for question in ("average time for men and for women at the 2024 hartford marathon",
                     "male finishers and female finishers at the 2024 hartford marathon"):
        assert "sex" in read(question).group_by, question


def test_the_top_n_in_each_group_is_a_top_list_of_each() -> None:
    # ("top 3 in each race": the first three of every race, once said back as a list it could not give)
    parsed = read("top 3 in each race at the 2024 hartford marathon")
    assert (parsed.intent, parsed.limit, parsed.group_by, parsed.unused) == ("top", 3, ("race",), ())


def test_city_runners_are_where_they_live_and_clock_time_is_gun_time() -> None:
    assert (read("how many Providence runners finished in 2025").runner_city,
            read("how many finishers at Providence in 2025").event_city) == ("Providence", "Providence")
    assert read("average clock time at the 2024 hartford marathon").clock == "gun"


def test_the_runner_up_and_the_last_woman_to_finish() -> None:
    assert read("who was the runner-up at the 2024 hartford marathon").place == 2
    parsed = read("who was the last woman to finish the 2024 hartford marathon")
    assert (parsed.last_place, parsed.sex, parsed.limit) == (True, "F", 1)


def test_numbers_too_long_for_a_float_are_no_error() -> None:
    assert read("top " + "9" * 400 + " runners at the hartford marathon").notes
    assert read("finishers " + "9" * 400 + " years ago").unused


# --------------------------------------------------------------------------- kinds from held-out set 9

def test_the_same_race_again_in_another_year() -> None:
    for question in ("of the 2024 napa half marathon finishers (half marathon race), how many finished it again in 2025",
                     "2024 napa half marathon finishers who came back and finished the half again in 2025"):
        parsed = read(question)
        assert (parsed.cohort.kind, parsed.cohort.count, parsed.unused) == ("also_in_year", 2025, ()), question


def test_contractions_and_a_greeting_a_purpose_and_thanks_are_read() -> None:
    assert read("first-timers at the 2025 stamford turkey trot, people who'd never been in our results before").cohort
    parsed = read("Hi team - for the board report I need the number of women who finished the 2024 hartford "
                  "marathon. Thanks!")
    assert (parsed.unused, parsed.sex, parsed.status) == ((), "F", "FIN")


def test_cities_that_name_events_of_a_series_choose_them() -> None:
    vocabulary = Vocabulary(company="Lakeshore", events=("Evanston Run for the Schools", "Naperville Run for the Schools"),
                            cities=("Evanston", "Naperville"), people=())
    parsed = parse("Run for the Schools 2024: Evanston vs Naperville, finishers in each", vocabulary, TODAY)
    assert (len(parsed.events), parsed.runner_city, parsed.event_city, parsed.unused) == (2, None, None, ())
    assert parse("Evanston Run for the Schools finishers from Naperville", vocabulary, TODAY).runner_city == "Naperville"


def test_all_n_of_our_events_and_a_share_not_from_a_state() -> None:
    parsed = read("how many runners finished all three of our 2025 events")
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.cohort.distinct_events) == ("both", 3, True)
    parsed = read("what percentage of 2025 hartford marathon finishers weren't from connecticut?")
    assert (parsed.share_of.runner_state, parsed.share_of.runner_state_negated) == ("CT", True)


def test_rank_the_years_of_an_event_by_a_median_and_pace_per_mile_said_short() -> None:
    parsed = read("rank the years of the hartford marathon by median finish time, fastest first")
    assert (parsed.ranking.dimension, parsed.ranking.measure, parsed.ranking.descending) == ("year", "median_time", False)
    assert read("avg pace/mi at the 2024 hartford marathon").metric.unit == "mile"


# --------------------------------------------------------------------------- kinds from held-out set 10

@pytest.mark.parametrize("question", [
    "I'm writing the newsletter - how many finished the 2024 stamford turkey trot?",
    "Registration wants to know: how many finished the 2024 stamford turkey trot?",
    "coach here - how many finished the 2024 stamford turkey trot?",
    "Board question: how many finished the 2024 stamford turkey trot?",
    "how many finished the stamford turkey trot two years ago (2024)?",
])
def test_who_is_asking_and_a_relative_date_restated_are_read(question: str) -> None:
    parsed = read(question)
    assert (parsed.unused, parsed.status, parsed.years) == ((), "FIN", (2024,)), question


def test_a_year_said_with_returning_runners_is_that_year_and_ever_finished_is_no_cohort() -> None:
    parsed = read("Returning runners: how many 2024 stamford turkey trot finishers had also finished it in 2023?")
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.unused) == ("also_in_year", 2023, ())
    assert read("how many runners from Connecticut have finished one of our races?").cohort is None


def test_the_higher_dnf_rate_the_fastest_pace_and_a_number_sign() -> None:
    parsed = read("which race at the 2024 hartford marathon had the higher DNF rate?")
    assert (parsed.ranking.measure, parsed.ranking.descending) == ("dnf_rate", True)
    assert read("fastest per-mile pace anyone ran at the hartford marathon").metric.aggregate == "min"
    assert read("# finishers hartford marathon 2024").intent == "count"


@pytest.mark.parametrize("question", [
    "finishers at the mystic jingle bell run - the december 2024 one",          # "one": the edition just dated
    "how many registered for the 2024 stamford turkey trot, incl dns",           # "incl" written out
    "which year's hartford marathon had the fewest finishers",                   # a possessive year
    "hartford marathon dnf rate since 2021, all races pooled",                   # "pooled": one total
    "the stamford turkey trot had a 10k too: how many finished it in 2024",      # "too", a word of speech
    "no-show rate at the 2024 stamford turkey trot as a share of all entrants",  # the rate's own definition
])
def test_words_of_speech_and_short_forms_are_read(question: str) -> None:
    assert read(question).unused == ()


@pytest.mark.parametrize("question", ["how many of the registrants for the 2024 hartford marathon were new to us",
                                      "first-timers among the entrants (any status) of the 2025 mystic jingle bell run"])
def test_first_timers_among_entrants_count_every_status(question: str) -> None:
    parsed = read(question)
    assert parsed.cohort.kind == "first_timers" and parsed.cohort.entries and parsed.unused == ()
    assert "'FIN'" not in build(parsed, TODAY).sql


@pytest.mark.parametrize("question, op, seconds", [
    ("how many finished the 2024 hartford marathon under four and a half hours", "<", 16200),
    ("hartford marathon 2024 finishers slower than 3 hrs 45 min", ">", 13500),
    ("how many ran the 2024 hartford marathon in under 2.5 hours", "<", 9000),
    ("mystic jingle bell run finishers under half an hour", "<", 1800),
])
def test_durations_said_in_words_are_time_limits_never_the_half_marathon(question: str, op: str, seconds: int) -> None:
    parsed = read(question)
    assert (parsed.time_limit.op, parsed.time_limit.seconds) == (op, seconds)
    assert all(d.label != "Half Marathon" for d in parsed.distances) and parsed.unused == ()


@pytest.mark.parametrize("question, op, per_km", [
    ("how many 2024 hartford marathon finishers were quicker than 8:30 per mile", "<", 510 / 1.609344),
    ("hartford marathon finishers slower than 5:15/km in 2023", ">", 315),
])
def test_minutes_and_seconds_per_mile_or_km_are_a_pace(question: str, op: str, per_km: float) -> None:
    parsed = read(question)
    assert parsed.pace_limit.op == op and parsed.pace_limit.seconds == pytest.approx(per_km) and parsed.time_limit is None


@pytest.mark.parametrize("question, low, high", [
    ("how many hartford marathon finishers were between 40 and 49", 40, 49),
    ("how many 2024 stamford turkey trot finishers were at least 60 years of age", 60, 120),
])
def test_ages_said_without_the_word_age(question: str, low: int, high: int) -> None:
    parsed = read(question)
    assert (parsed.age.low, parsed.age.high) == (low, high) and parsed.time_limit is None and parsed.unused == ()


def test_a_year_said_with_on_or_after_or_in_or_before_counts_itself() -> None:
    assert read("hartford marathon finishers on or after 2021").dates.start == date(2021, 1, 1)
    assert read("hartford marathon finishers in or before 2021").dates.end == date(2022, 1, 1)


@pytest.mark.parametrize("question", ["how many hartford marathon finishers came from the state of Connecticut",
                                      "which Connecticut city sends the most runners to the hartford marathon"])
def test_a_state_said_as_where_runners_live(question: str) -> None:
    parsed = read(question)
    assert parsed.runner_state == "CT" and parsed.event_state is None and parsed.unused == ()


def test_runners_who_live_outside_a_state_are_no_live_timing_question() -> None:
    from nlq.live import is_live
    assert not is_live("what share of the 2024 hartford marathon finishers live outside Connecticut")
    assert not is_live("how many finishers at the 2024 hartford marathon? let me know if anything looks off with the mats")
    # the start mat said of the gun−chip gap is the archive's; reads at a mat are the collector's
    assert not is_live("how many 2024 hartford marathon finishers lost over 2 minutes between the gun and crossing the start mat")
    assert is_live("how many reads at the finish mat in the last 5 minutes")


@pytest.mark.parametrize("question", [
    "Of the 2024 Hartford Marathon finishers, what percentage were from outside Connecticut?",
    "what proportion of 2024 hartford marathon finishers beat 4 hours",
    "share of 2024 hartford marathon finishers from out of state (not Connecticut)",
])
def test_shares_said_whole_first_or_with_a_verb_of_time(question: str) -> None:
    parsed = read(question)
    assert parsed.metric.kind == "share" and parsed.unused == ()


@pytest.mark.parametrize("question, measure", [
    ("fastest 10k time by year at the stamford turkey trot", "fastest"),
    ("median age for each event", "median_age"),
])
def test_a_measure_per_group_is_taken_over_each_group(question: str, measure: str) -> None:
    parsed = read(question)
    assert parsed.measure == measure and parsed.group_by and parsed.subject == "results" and parsed.unused == ()


def test_a_superlative_before_the_dimension_ranks_it() -> None:
    parsed = read("fastest age group by median time at the 2024 hartford marathon")
    assert (parsed.ranking.dimension, parsed.ranking.measure, parsed.ranking.descending) == ("age_group", "median_time",
                                                                                              False)


def test_masters_against_the_under_40s_is_no_time_limit() -> None:
    parsed = read("hartford marathon 2024 average time, masters vs under-40s")
    assert "masters" in parsed.group_by and parsed.time_limit is None


@pytest.mark.parametrize("question", [
    "who was the third slowest woman at the 2024 hartford marathon",
    "who finished 2nd from the bottom in the 2024 stamford turkey trot",
    "third fastest hartford marathon time of all time",
    "how many finishers across all timing companies in 2024",
])
def test_places_from_the_back_one_runner_per_group_and_other_companies_are_declined(question: str) -> None:
    assert read(question).unused


@pytest.mark.parametrize("question, groups", [
    ("Hartford runners against Providence runners: median time at the 2024 hartford marathon",
     [{"runner_city": "Hartford"}, {"runner_city": "Providence"}]),
    ("stamford turkey trot 2024 finishers from Connecticut compared with New York", [{"runner_state": "CT"},
                                                                                    {"runner_state": "NY"}]),
    ("2024 hartford marathon average time, ages 25-34 vs 55-64", [{"age": (25, 34)}, {"age": (55, 64)}]),
])
def test_two_groups_of_runners_compared_each_by_their_own_filter(question: str, groups: list[dict]) -> None:
    parsed = read(question)
    assert parsed.group_by == ("compared",) and parsed.unused == ()
    assert parsed.runner_city is None and parsed.runner_state is None and parsed.age is None
    for group, said in zip(parsed.compared, groups, strict=True):
        assert {key: (getattr(group, key).low, getattr(group, key).high) if key == "age" else getattr(group, key)
                for key in said} == said
    assert "CASE WHEN" in build(parsed, TODAY).sql


def test_two_events_each_in_its_own_year_are_a_cohort_of_both() -> None:
    parsed = read("how many finishers of the 2023 stamford turkey trot also finished the mystic jingle bell run in 2024")
    assert parsed.cohort.kind == "both" and parsed.dates is None and parsed.unused == ()
    assert parsed.cohort.legs == (("Stamford Turkey Trot", 2023), ("Mystic Jingle Bell Run", 2024))


@pytest.mark.parametrize("question", [
    "For an article about the 2024 Hartford Marathon: how many women finished?",
    "for a board deck, how many finished the 2024 hartford marathon",
    "I'm preparing a sponsor recap and we need the number of 2024 mystic jingle bell run finishers",
    "for the website I want to show the median time at the 2024 hartford marathon",
])
def test_what_the_answer_is_for_is_set_aside(question: str) -> None:
    parsed = read(question)
    assert parsed.unused == () and parsed.events
    assert parsed.dates.start == date(2024, 1, 1)


@pytest.mark.parametrize("question, limit, last", [
    ("bottom 3 finishers of the 2024 mystic jingle bell run", 3, True),
    ("the 20 slowest men at the 2024 hartford marathon", 20, True),
    ("list the three oldest finishers at the 2024 stamford turkey trot", 3, False),
])
def test_a_number_of_the_slowest_or_oldest_is_a_list(question: str, limit: int, last: bool) -> None:
    parsed = read(question)
    assert parsed.limit == limit and parsed.last_place == last and parsed.measure is None and parsed.unused == ()


def test_ranking_every_event_needs_no_event_named() -> None:
    parsed = read("which event had the lowest DNF rate")
    assert parsed.ranking.measure == "dnf_rate" and parsed.confidence >= CONFIDENT


def test_events_counted_per_calendar_month() -> None:
    parsed = read("in which month of the year have we timed the fewest events")
    assert (parsed.ranking.dimension, parsed.ranking.measure, parsed.ranking.descending) == ("month_of_year", "events",
                                                                                            False)


@pytest.mark.parametrize("question", [
    "year-over-year change in hartford marathon finishers, 2023 to 2024",
    "hartford marathon finishers: 2024 total minus 2023 total, change from 2023 to 2024",
])
def test_a_change_between_two_years_said_again_is_one_change(question: str) -> None:
    parsed = read(question)
    assert parsed.change_years == (2023, 2024) and parsed.unused == ()


def test_how_many_of_each_sex_said_twice_is_one_question() -> None:
    parsed = read("how many women and how many men finished the 2024 hartford marathon")
    assert "sex" in parsed.group_by and parsed.unused == ()


@pytest.mark.parametrize("question", ["how many people only raced the hartford marathon",
                                      "how many women or men over 70 finished the 2024 hartford marathon"])
def test_one_event_and_no_other_and_either_sex_with_a_filter_are_declined(question: str) -> None:
    assert read(question).unused


def test_a_year_then_on_gun_time_is_that_year() -> None:
    parsed = read("who won the 2024 hartford marathon on gun time")
    assert parsed.clock == "gun" and parsed.dates.end == date(2025, 1, 1)


def test_a_runner_named_before_a_distance_is_no_event_name() -> None:
    parsed = read("Michael Wardian 10K PR?")
    assert parsed.person and parsed.personal_best and not parsed.notes


def test_a_state_code_typed_lower_case_after_from() -> None:
    assert read("how many hartford marathon finishers from ct").runner_state == "CT"
    assert read("how many hartford marathon finishers were from me").runner_state is None   # "me" is a word


def test_runners_missing_a_later_year_are_a_cohort_of_their_own() -> None:
    parsed = read("how many 2023 hartford marathon finishers did not return in 2024")
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.cohort.absent) == ("also_in_year", 2024, True)
    assert parsed.status == "FIN" and parsed.unused == () and "NOT EXISTS" in build(parsed, TODAY).sql.upper()


def test_an_unknown_event_said_beside_a_known_one_is_said_back() -> None:
    parsed = read("how many finished the Boston Marathon and the Hartford Marathon in 2024")
    assert any("Boston Marathon" in note for note in parsed.notes)
    assert not read("how many finished the 2024 Hartford Marathon Half Marathon race").notes   # a race, not an event


@pytest.mark.parametrize("question, states, negated", [
    ("how many hartford marathon finishers came from Rhode Island or Massachusetts", ("RI", "MA"), False),
    ("2024 stamford turkey trot finishers from neither New York nor New Jersey", ("NY", "NJ"), True),
    ("hartford marathon finishers from CT, NY and MA", ("CT", "NY", "MA"), False),
])
def test_several_home_states_are_one_filter(question: str, states: tuple[str, ...], negated: bool) -> None:
    parsed = read(question)
    assert ((parsed.runner_state, *parsed.more_states), parsed.runner_state_negated) == (states, negated)
    assert parsed.unused == () and parsed.event_state is None


def test_half_and_full_finishers_are_two_races() -> None:
    parsed = read("median time of full runners vs half runners at the 2024 hartford marathon")
    assert sorted(d.label for d in parsed.distances) == ["Half Marathon", "Marathon"] and parsed.unused == ()


@pytest.mark.parametrize("question, legs", [
    ("how many runners finished both the stamford turkey trot in 2022 and the mystic jingle bell run in 2025",
     (("Stamford Turkey Trot", 2022), ("Mystic Jingle Bell Run", 2025))),
    ("how many ran the hartford marathon in 2024 and also the stamford turkey trot in 2024",
     (("Hartford Marathon", 2024), ("Stamford Turkey Trot", 2024))),
    # the year said of the whole question is both events' ("of the 2024 A finishers, how many also …" is A's alone)
    ("In 2024, how many people finished the hartford marathon and also finished the stamford turkey trot?",
     (("Hartford Marathon", 2024), ("Stamford Turkey Trot", 2024))),
    ("of the 2024 hartford marathon finishers, how many also finished the stamford turkey trot?",
     (("Hartford Marathon", 2024), ("Stamford Turkey Trot", 0))),
])
def test_both_events_each_with_the_year_said_after_it(question: str, legs: tuple) -> None:
    parsed = read(question)
    assert parsed.cohort.kind == "both" and parsed.cohort.legs == legs and parsed.unused == ()


@pytest.mark.parametrize("question, low, high", [
    ("how many hartford marathon finishers were at least 35 years old", 35, 120),
    ("how many 2024 hartford marathon finishers were aged 55 or more", 55, 120),
])
def test_an_inclusive_lower_age_is_never_a_cohort_or_one_age(question: str, low: int, high: int) -> None:
    parsed = read(question)
    assert (parsed.age.low, parsed.age.high) == (low, high) and parsed.cohort is None and parsed.unused == ()


@pytest.mark.parametrize("question, op, seconds, upper", [
    ("how many 2024 stamford turkey trot finishers ran under 1300 seconds", "<", 1300, None),
    ("hartford marathon 2024 finishers between 2:45 and 3 hours", "between", 9900, 10800),
])
def test_seconds_and_a_clock_in_a_range_are_time_limits(question: str, op: str, seconds: int, upper: int | None) -> None:
    parsed = read(question)
    assert (parsed.time_limit.op, parsed.time_limit.seconds, parsed.time_limit.upper) == (op, seconds, upper)
    assert parsed.unused == ()


def test_a_year_then_but_not_another_year_is_runners_missing_it() -> None:
    parsed = read("how many finished the hartford marathon in 2022 but not in 2023")
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.cohort.absent) == ("also_in_year", 2023, True)


@pytest.mark.parametrize("question, distance", [
    ("I'm building a report on our half marathons and we need the median time in 2024", "Half Marathon"),
    ("we're preparing slides about the 10k races and I need the number of finishers in 2023", "10K"),
])
def test_what_a_report_is_about_stays_in_the_question(question: str, distance: str) -> None:
    parsed = read(question)
    assert [d.label for d in parsed.distances] == [distance] and parsed.unused == ()


def test_a_city_before_women_is_where_they_live() -> None:
    parsed = read("how many Providence women finished the 2024 hartford marathon")
    assert (parsed.runner_city, parsed.event_city, parsed.sex) == ("Providence", None, "F")


def test_a_share_of_those_under_a_time_is_a_share_of_finishers() -> None:
    parsed = read("what share of 2024 hartford marathon men broke 3 hours")
    assert parsed.metric.kind == "share" and parsed.status == "FIN"


def test_events_ranked_by_their_no_show_rate() -> None:
    parsed = read("which event had the highest DNS rate in 2024")
    assert (parsed.ranking.dimension, parsed.ranking.measure, parsed.status) == ("event", "dns_rate", None)
    assert "'DNS'" in build(parsed, TODAY).sql


def test_the_busiest_month_has_the_most_finishers() -> None:
    # (of one year: the month by its name and number, never "2025-03-01 00:00"; of several years, each year's own month)
    parsed = read("which was our busiest month in 2025")
    assert (parsed.ranking.dimension, parsed.ranking.descending) == ("month_of_year", True) and parsed.unused == ()
    assert read("which was our busiest month in 2023 or 2024").ranking.dimension == "month"


def test_one_sex_compared_to_the_other_is_a_comparison_by_sex() -> None:
    parsed = read("how did the men fare compared with the women at the 2024 hartford marathon, median time")
    assert "sex" in parsed.group_by and parsed.measure == "median" and parsed.unused == ()


def test_returning_runners_said_with_an_earlier_year() -> None:
    parsed = read("how many 2024 stamford turkey trot finishers had run it in a previous year")
    assert parsed.cohort.kind == "returning" and parsed.unused == ()


# --------------------------------------------------------------------------- kinds from held-out set 13

def test_thanksgiving_is_the_week_of_the_fourth_thursday_of_november() -> None:
    dates = read("stamford turkey trot finishers on thanksgiving 2024").dates
    assert (dates.start, dates.end) == (date(2024, 11, 22), date(2024, 11, 29))
    assert read("stamford turkey trot median time last thanksgiving").dates.start == date(2025, 11, 22)


@pytest.mark.parametrize("question, dimension", [
    ("In 2024, of all our events, which one had the most DNFs?", "event"),
    ("which one edition of our events drew the most runners", "edition"),
])
def test_which_one_of_the_events_and_which_edition(question: str, dimension: str) -> None:
    parsed = read(question)
    assert parsed.ranking.dimension == dimension and parsed.unused == ()


@pytest.mark.parametrize("question", ["half marathon finishers by age group, hartford marathon 2024",
                                      "stamford turkey trot finishers per year, 10k only"])
def test_a_bare_noun_phrase_with_a_grouping_counts(question: str) -> None:
    parsed = read(question)
    assert parsed.intent in ("count", "trend") and parsed.group_by and parsed.unused == ()


def test_a_city_in_brackets_after_a_runner_is_where_they_live() -> None:
    parsed = read("Michael Wardian (Providence) - his best marathon time?")
    assert parsed.runner_city == "Providence" and parsed.event_city is None


@pytest.mark.parametrize("question", [
    "Just looking over the 2024 numbers: how many finished the stamford turkey trot in 2024?",
    "We time about twenty races a year. How many women finished the 2024 hartford marathon?",
])
def test_what_the_asker_is_doing_or_who_they_are_is_set_aside(question: str) -> None:
    parsed = read(question)
    assert parsed.unused == () and parsed.events and parsed.runner_state is None and parsed.event_state is None


@pytest.mark.parametrize("question, label", [
    ("share of 2024 stamford turkey trot entrants who ran the 5k rather than the 10k", "5K"),
    ("what percent of 2024 stamford turkey trot finishers did the 10k instead of the 5k", "10K"),
])
def test_a_race_chosen_instead_of_another_is_the_share_s_part(question: str, label: str) -> None:
    parsed = read(question)
    assert [d.label for d in parsed.share_of.distances] == [label] and parsed.unused == ()


def test_kids_under_an_age_with_were_are_an_age_not_a_time() -> None:
    parsed = read("how many runners under 16 were at the 2024 stamford turkey trot")
    assert (parsed.age.high, parsed.time_limit) == (15, None)


def test_apart_from_a_state_negates_it() -> None:
    parsed = read("apart from Connecticut, which home state had the most hartford marathon finishers")
    assert (parsed.runner_state, parsed.runner_state_negated) == ("CT", True) and parsed.unused == ()


# --------------------------------------------------------------------------- kinds from held-out set 14

@pytest.mark.parametrize("question, dimension, descending", [
    ("rank the races of the 2024 stamford turkey trot from fewest finishers to most", "race", False),
    ("rank all our events by entrants of any status, largest first", "event", True),
])
def test_rank_said_with_an_order_from_both_ends(question: str, dimension: str, descending: bool) -> None:
    parsed = read(question)
    assert (parsed.ranking.dimension, parsed.ranking.descending) == (dimension, descending) and parsed.unused == ()


@pytest.mark.parametrize("question", ["hartford marathon finishers per year, oldest to newest",
                                      "stamford turkey trot entrants each year in chronological order"])
def test_the_order_of_a_yearly_list_is_no_oldest_finisher(question: str) -> None:
    parsed = read(question)
    assert parsed.metric is None and "year" in parsed.group_by and parsed.unused == ()


def test_a_runner_named_in_a_first_sentence_is_the_he_or_she_of_the_question() -> None:
    parsed = read("My son Michael Wardian runs with you a lot. What is his best marathon time?")
    assert parsed.person == Person("Michael", "Wardian") and parsed.personal_best and parsed.unused == ()


def test_girls_under_an_age_are_an_age_only() -> None:
    parsed = read("how many girls under 12 finished the 2024 mystic jingle bell run")
    assert parsed.age.high == 11 and parsed.time_limit is None


def test_a_year_before_the_second_event_pairs_it_with_that_year() -> None:
    parsed = read("how many ran the 2023 mystic jingle bell run and also finished the 2024 stamford turkey trot")
    assert parsed.cohort.legs == (("Mystic Jingle Bell Run", 2023), ("Stamford Turkey Trot", 2024))


def test_what_a_list_is_for_and_data_on_file_are_words_of_speech() -> None:
    assert read("top 5 men at the 2024 hartford marathon for the awards sheet").unused == ()
    assert read("how many hartford marathon finishers do we have on record, all races counted").unused == ()


@pytest.mark.parametrize("question", ["is it right that fewer men than women finished the 2024 hartford marathon?",
                                      "did more women or men finish the 2024 stamford turkey trot 10k"])
def test_which_sex_had_more_is_the_two_side_by_side(question: str) -> None:
    parsed = read(question)
    assert parsed.intent == "compare" and "sex" in parsed.group_by and parsed.unused == ()


def test_two_years_said_before_the_comparative() -> None:
    parsed = read("was 2023 or 2024 slower on average at the hartford marathon full?")
    assert parsed.intent == "compare" and parsed.years == (2023, 2024) and [d.label for d in parsed.distances] == [
        "Marathon"] and parsed.unused == ()


def test_a_state_code_before_runners_is_where_they_live() -> None:
    parsed = read("compare the median marathon time of CT runners and RI runners")
    assert [group.runner_state for group in parsed.compared] == ["CT", "RI"] and parsed.unused == ()
    assert "distinct the" not in build(parsed, TODAY).explanation


def test_which_single_edition_ranks_event_and_year() -> None:
    assert read("what one edition had the fewest finishers").ranking.dimension == "edition"


def test_oldest_first_orders_a_yearly_list_by_year_and_one_edition_by_age() -> None:
    assert read("stamford turkey trot finishers by year, oldest first").unused == ()
    assert read("2024 hartford marathon finishers, oldest first").sorted_by == "oldest"


def test_the_most_and_the_fewest_at_once_are_both_ends_of_one_ranking() -> None:
    for question in ("which race had the most finishers and which one had the least",
                     "which years had the biggest and smallest fields at the hartford marathon",
                     "which age group had the most and which the fewest finishers in 2024"):
        parsed = read(question)
        assert parsed.ranking.both_ends and parsed.ranking.limit == 1 and not parsed.unused, question
    assert not read("hartford marathon finishers by year, from most to fewest").ranking.both_ends   # (an order)
    assert read("which runner ran the most races and who ran the fewest").unused   # (no ranking of runners' ends)


def test_did_not_finish_with_no_earlier_year_is_a_dnf_count() -> None:
    parsed = read("how many women did not finish the 2024 hartford marathon")
    assert parsed.cohort is None and parsed.status == "DNF"


def test_a_time_no_one_runs_is_said_back_not_counted() -> None:
    assert read("how many finished a marathon in 2024 under 30").notes
    assert read("how many runners under 30 finished a marathon in 2024").age.high == 29   # said of people: an age
    assert not read("how many finished the 2024 hartford marathon under 3 hours").notes


def test_also_finished_another_event_is_a_cohort_of_both_with_each_events_own_year() -> None:
    parsed = read("of the 2024 Hartford Marathon finishers, how many also ran the Mystic Jingle Bell Run?")
    assert parsed.cohort.kind == "both" and not parsed.unused
    assert parsed.cohort.legs == (("Hartford Marathon", 2024), ("Mystic Jingle Bell Run", 0))   # 0: any year
    dated = read("how many finished the 2023 Stamford Turkey Trot, then also ran the Mystic Jingle Bell Run in 2024")
    assert dated.cohort.legs == (("Stamford Turkey Trot", 2023), ("Mystic Jingle Bell Run", 2024))
    assert "Mystic Jingle Bell Run in any year" in build(parsed, TODAY).explanation


def test_which_of_two_events_came_first_is_read_or_said_back_not_dropped() -> None:
    # (an earlier finish at the other event, since the thirteenth session)
    parsed = read("how many 2024 Stamford Turkey Trot runners had run the Mystic Jingle Bell Run before?")
    assert (parsed.cohort.kind, parsed.cohort.elsewhere, parsed.notes) == ("returning", "Mystic Jingle Bell Run", ())
    later = read("how many 2024 Stamford Turkey Trot runners ran the Mystic Jingle Bell Run afterwards?")
    assert any("not which event they ran first" in note for note in later.notes)


def test_first_timers_in_the_field_are_entrants_of_any_status() -> None:
    assert read("first-timers in the 2024 Stamford Turkey Trot field?").cohort.entries
    assert not read("first-time finishers at the 2024 Stamford Turkey Trot").cohort.entries


@pytest.mark.parametrize("question, event", [
    ("drafting the board email about the Stamford Turkey Trot. how many women finished it in 2024?", "Stamford Turkey Trot"),
    ("A few of our club members ran the Mystic Jingle Bell Run in 2023 - how many finishers were over 60?",
     "Mystic Jingle Bell Run"),
])
def test_a_context_sentence_that_names_the_event_carries_it_into_the_question(question: str, event: str) -> None:
    parsed = read(question)
    assert parsed.events == (event,) and not parsed.unused and parsed.confidence >= CONFIDENT


def test_a_label_naming_the_place_carries_it_and_its_purpose_words_are_set_aside() -> None:
    parsed = read("quick one for the stamford race director - how many finished the 5k in 2024")
    assert parsed.event_city == "Stamford" and not parsed.unused


def test_a_runner_introducing_themselves_is_who_my_means() -> None:
    parsed = read("Michael Wardian here: what's my best marathon time?")
    assert parsed.person == Person("Michael", "Wardian") and parsed.personal_best and not parsed.unused


def test_a_possessive_before_an_event_is_its_runner_not_part_of_a_name() -> None:
    parsed = read("Michael Wardian's turkey trot times")
    assert parsed.events == ("Stamford Turkey Trot",) and parsed.person == Person("Michael", "Wardian")


def test_raced_is_a_runners_results() -> None:
    parsed = read("how many times has Michael Wardian raced with us")
    assert parsed.person and parsed.intent == "count" and not parsed.unused


@pytest.mark.parametrize("question, age, limit", [
    ("how many under 18 finished the Stamford Turkey Trot in 2024", "younger than 18", None),
    ("runners under 25 at the 2024 Mystic Jingle Bell Run?", "younger than 25", None),
    ("how many finished the 2024 Mystic Jingle Bell Run under 25", None, 1500),     # a time is run
    ("how many sub-25 runners at the 2024 Mystic Jingle Bell Run", None, 1500),     # "sub" is always a time
])
def test_a_bare_number_said_of_people_is_an_age_and_one_run_is_a_time(question: str, age: str | None,
                                                                      limit: int | None) -> None:
    parsed = read(question)
    assert (parsed.age.words if parsed.age else None, parsed.time_limit.seconds if parsed.time_limit else None) == (
        age, limit)


@pytest.mark.parametrize("question", [
    "which one event had the most finishers, all time?",
    "which of our events drew the most runners in a single year? event and year please",
])
def test_an_event_in_a_single_year_is_ranked_by_edition(question: str) -> None:
    assert read(question).ranking.dimension == "edition"


def test_at_least_one_of_our_races_is_any_event_and_a_cohort_only_when_nothing_else_is() -> None:
    again = read("how many runners ran at least one of our events in 2023 and again in 2024?")
    assert (again.cohort.kind, again.cohort.count, again.cohort.any_event) == ("also_in_year", 2024, True)
    years = read("how many runners have finished at least one of our races in 4 or more different years")
    assert (years.cohort.kind, years.cohort.count, years.cohort.distinct_years) == ("min_finishes", 4, True)
    # (at least one: every runner who finished, each once)
    once = read("How many runners from Texas have finished at least one of our events?")
    assert (once.cohort, once.distinct_people, once.status) == (None, True, "FIN") and not once.unused


@pytest.mark.parametrize("question", [
    "how many 2024 Stamford Turkey Trot finishers had never run with us at an earlier event?",
    "first-time finishers at the 2024 Stamford Turkey Trot (no earlier Stamford entry)",
])
def test_first_timers_said_with_earlier(question: str) -> None:
    parsed = read(question)
    assert parsed.cohort.kind == "first_timers" and not parsed.unused


@pytest.mark.parametrize("question", [
    "all entrants at the 2024 Stamford Turkey Trot, no-shows included",
    "how many entries did the 2024 Stamford Turkey Trot have, DNFs counted",
])
def test_statuses_said_included_count_every_status(question: str) -> None:
    parsed = read(question)
    assert parsed.status is None and not parsed.unused


@pytest.mark.parametrize("question", [
    "how many Hartford locals finished the 2024 Hartford Marathon",
    "how many kids 12 and under finished the 2024 Stamford Turkey Trot",
    "top 3 home states at the 2024 Stamford Turkey Trot - rank them",
    "how many finishers from outside ct at the 2024 Stamford Turkey Trot",
])
def test_words_that_say_again_what_was_read_are_used(question: str) -> None:
    assert not read(question).unused


@pytest.mark.parametrize("question", [
    "This is Michael Wardian, what's my marathon PR?",
    "Hi, this is Michael Wardian. How many races have I run?",
    "I'm Michael Wardian - how many races have I finished?",
])
def test_a_runner_introducing_themselves_is_the_runner_asked_about(question: str) -> None:
    parsed = read(question)
    assert parsed.person == Person("Michael", "Wardian") and not parsed.unused


@pytest.mark.parametrize("question, counted", [
    ("how many editions of the Hartford Marathon has Michael Wardian finished?", "edition"),
    ("how many different events has Michael Wardian run?", "event"),
    ("how many years has Michael Wardian run the Stamford Turkey Trot?", "year"),
])
def test_a_runners_history_counts_what_is_asked(question: str, counted: str) -> None:
    parsed = read(question)
    assert (parsed.distinct_of, parsed.subject, parsed.person.last_name) == (counted, "results", "Wardian")
    assert "Wardian" in build(parsed, TODAY).sql


def test_each_race_and_a_place_in_every_race_are_per_race_places() -> None:
    each = read("who won each race at the 2024 Napa Half Marathon?")
    assert each.distances == () and each.winners
    second = read("who came 2nd in every race at the 2024 Napa Half Marathon?")
    assert (second.place, second.group_by, second.intent) == (2, (), "top")
    assert "overall_place = 2" in build(second, TODAY).sql


def test_a_finisher_under_20_is_an_age() -> None:
    assert read("fastest finisher under 20 at the 2024 Stamford Turkey Trot").age.high == 19


def test_a_sentence_telling_of_another_event_before_a_question_naming_its_own_is_set_aside() -> None:
    parsed = read("We also time the Mystic Jingle Bell Run. How many finished the 2024 Stamford Turkey Trot?")
    assert parsed.events == ("Stamford Turkey Trot",) and not parsed.unused


def test_which_edition_of_a_named_event_had_the_most_is_a_ranking_of_its_editions() -> None:
    parsed = read("which Stamford Turkey Trot had the most finishers?")
    assert parsed.events == ("Stamford Turkey Trot",) and parsed.ranking.dimension == "edition"


@pytest.mark.parametrize("question, said", [
    ("how many ran both the Stamford Turkey Trot and the Mystic Jingle Bell Run in different years",
     "in different years"),
])
def test_what_cannot_be_computed_is_said_back(question: str, said: str) -> None:
    assert any(said in note for note in read(question).notes)


def test_runners_who_never_finished_are_listed_by_name() -> None:
    # ("which runners have started the Nashua 5K at least 5 times but never finished it": by name, each with that many
    # entries — it was said back, then the number of starts was dropped)
    listed = read("list the runners who entered our races but never finished one").cohort
    assert listed.kind == "never_finished" and listed.listed and listed.count == 0
    assert read("which runners have entered our races 3 or more times but never finished one").cohort.count == 3


@pytest.mark.parametrize("question, event", [
    ("Drafting up the 2023 Stamford Turkey Trot: how many women finished?", "Stamford Turkey Trot"),
    ("Press release for the Mystic Jingle Bell Run: finishers in 2024?", "Mystic Jingle Bell Run"),
    ("Regarding the 2024 Stamford Turkey Trot - how many finished?", "Stamford Turkey Trot"),
    ("The Stamford Turkey Trot race committee wants to know: how many finished in 2024?", "Stamford Turkey Trot"),
    ("We're planning the 2027 Stamford Turkey Trot. How many finished the 2024 edition?", "Stamford Turkey Trot"),
])
def test_labels_and_sentences_before_the_question_keep_its_event(question: str, event: str) -> None:
    parsed = read(question)
    assert parsed.events == (event,) and not parsed.unused
    assert 2027 not in parsed.years


@pytest.mark.parametrize("question", ["Michael Wardian here. What are my marathon times?",
                                      "Hello, Michael Wardian here, how many races have I finished?",
                                      "Michael Wardian asking: how many races have I run?"])
def test_a_runner_saying_who_is_asking_is_the_runner(question: str) -> None:
    assert read(question).person == Person("Michael", "Wardian")


def test_the_over_70s_and_20_year_olds_are_ages() -> None:
    assert read("how many over 70s finished in 2024").age.low == 70
    assert read("how many 20 year olds finished the 2024 Stamford Turkey Trot").age.low == 20


def test_two_questions_in_one_are_said_back_unless_one_answer_holds_both() -> None:
    both = read("how many finishers did the 2024 Stamford Turkey Trot have and what was the winning time?")
    assert any("two questions in one" in note for note in both.notes) or both.unused
    # the finishers counted and their median time: one row holds both
    median = read("how many finishers did the 2024 Stamford Turkey Trot have and what was the median time?")
    assert median.with_count and median.measure == "median" and not median.notes and not median.unused
    average = read("How many 5Ks has Michael Wardian finished with us and what's his average 5K time?")
    assert average.with_count and average.measure == "average" and average.person and not average.unused
    pr = read("how many marathons has Michael Wardian finished, and what's his marathon PR?")
    assert pr.personal_best and not pr.notes and not pr.unused
    best = read("Michael Wardian - how many marathons has he finished, and what's his best?")
    assert best.personal_best and best.person and not best.notes   # his best, beside his number of finishes


@pytest.mark.parametrize("question, low, high", [
    ("how many women in their forties finished the 2024 Stamford Turkey Trot", 40, 49),
    ("how many finishers at the 2024 Stamford Turkey Trot were 65+ yrs old", 65, 120),
    ("what share of 2024 Stamford Turkey Trot finishers were kids or younger, i.e. under 15", 1, 14),
])
def test_more_ways_to_say_an_age(question: str, low: int, high: int) -> None:
    parsed = read(question)
    assert (parsed.age or parsed.share_of.age).low == low and (parsed.age or parsed.share_of.age).high == high


def test_two_swapped_letters_in_an_ordinary_word_are_corrected() -> None:
    assert not read("how many peopel finished the 2024 Stamford Turkey Trot").unused


def test_not_new_to_us_is_a_returning_runner_and_a_restated_state_is_read() -> None:
    back = read("how many 2024 Stamford Turkey Trot finishers were not new to us?")
    assert (back.cohort.kind, back.cohort.any_event) == ("returning", True) and not back.unused
    assert read("how many 2024 Stamford Turkey Trot finishers were new to us?").cohort.kind == "first_timers"
    said = read("what share of 2024 Stamford Turkey Trot finishers came from out of state, i.e. not Connecticut?")
    assert not said.unused


def test_a_runner_introducing_themselves_before_a_question_about_the_field_is_only_the_asker() -> None:
    parsed = read("This is Michael Wardian. How many finished the 2024 Stamford Turkey Trot?")
    assert parsed.person is None and parsed.events == ("Stamford Turkey Trot",) and not parsed.unused


@pytest.mark.parametrize("question, smallest", [
    ("among age groups with more than 10 finishers, which one had the fastest average time at the 2024 napa half "
     "marathon?", 11),
    ("of the states with 25+ runners, which one had the slowest average time at the 2024 Napa Half Marathon?", 25),
    ("which age group had the fastest median time at the 2024 Napa Half Marathon? only groups with at least 8 finishers", 8),
])
def test_a_ranking_of_groups_keeps_only_groups_of_the_size_said(question: str, smallest: int) -> None:
    parsed = read(question)
    assert parsed.ranking.min_group == smallest and parsed.age is None and not parsed.unused


def test_where_runners_live_said_with_a_verb_is_their_home_state() -> None:
    parsed = read("how many finishers of the 2024 Stamford Turkey Trot resided in New York")
    assert (parsed.runner_state, parsed.event_state) == ("NY", None) and not parsed.unused
    share = read("Out of everyone entered in the 2024 Stamford Turkey Trot, what fraction lived in New York?")
    assert share.metric.kind == "share" and share.share_of.runner_state == "NY" and not share.unused


def test_years_ranked_by_median_time_and_a_figure_pooled_across_every_year() -> None:
    ranked = read("rank the Napa Half Marathon years by median half-marathon finish time, slowest first")
    assert (ranked.ranking.dimension, ranked.ranking.measure, ranked.ranking.descending) == ("year", "median_time", True)
    pooled = read("across all years, what's the overall dnf rate at the Hartford Marathon?")
    assert pooled.group_by == () and pooled.metric.unit == "DNF"
    assert read("dnf rate at the Hartford Marathon every year").group_by == ("year",)


def test_race_or_distance_said_after_an_event_name_is_its_race_whatever_is_asked() -> None:
    parsed = read("how many runners have finished the napa half marathon distance 4 or more times")
    assert [d.label for d in parsed.distances] == ["Half Marathon"] and parsed.cohort.count == 4


def test_several_percentiles_at_once_are_one_column_each_never_a_place() -> None:
    parsed = read("what were the 20th and 80th percentile chip times at the 2024 Napa Half Marathon?")
    assert (parsed.measure, parsed.place) == ("p20,p80", None) and not parsed.unused
    assert "QUANTILE_CONT(r.chip_time_s, 0.2)" in build(parsed, TODAY).sql
    assert read("the 95th percentile finish time at the 2024 Napa Half Marathon").place is None


@pytest.mark.parametrize("question, low, high", [
    ("count finishers where age>=65, 2024 napa half marathon", 65, 120),
    ("2024 napa half marathon finishers with age < 18", 1, 17),
    ("how many men between 40 and 49 finished the 2024 Napa Half Marathon?", 40, 49),
])
def test_ages_typed_as_comparisons_or_said_of_people(question: str, low: int, high: int) -> None:
    parsed = read(question)
    assert (parsed.age.low, parsed.age.high, parsed.time_limit) == (low, high, None) and not parsed.unused


def test_the_largest_and_median_gun_chip_gap() -> None:
    largest = read("what was the largest gun minus chip gap at the 2024 Napa Half Marathon?")
    assert (largest.metric.kind, largest.metric.aggregate) == ("gap", "max") and not largest.unused
    assert "MAX(r.gun_time_s - r.chip_time_s)" in build(largest, TODAY).sql
    assert read("median difference between gun and chip time, 2024 Napa Half Marathon").metric.aggregate == "median"


def test_the_company_naming_itself_and_a_short_label_are_set_aside_but_another_company_is_not() -> None:
    assert not read("How many events did Big River time in 2024?").unused
    assert not read("Announcer prep check: who won the 2024 Napa Half Marathon?").unused
    assert read("Lakeshore Timing's biggest race: how many finishers?").unused


def test_never_seen_in_our_results_before_is_a_first_timer_and_all_three_races_every_race() -> None:
    parsed = read("how many 2024 Stamford Turkey Trot finishers had never appeared in our results before?")
    assert parsed.cohort.kind == "first_timers" and not parsed.unused
    assert not read("what pct of entries at the 2024 Stamford Turkey Trot (all two races) were DNS?").unused


def test_home_cities_are_told_apart_by_their_state_and_a_runner_shows_every_place() -> None:
    cities = build(read("top 3 home cities of 2024 Napa Half Marathon finishers"), TODAY).sql
    assert "p.city AS city, p.state AS state" in cities and "GROUP BY 1, 2" in cities
    runner = build(read("what was Michael Wardian's age group place at the 2024 Napa Half Marathon?"), TODAY).sql
    assert "r.gender_place" in runner and "r.age_group_place" in runner


def test_how_much_a_time_changed_between_two_years_is_one_row_with_the_change() -> None:
    much = read("by how much did the average finish time at the Hartford Marathon change from 2022 to 2024?")
    assert (much.change_years, much.measure) == ((2022, 2024), "average")
    assert "average_s_in_2022" in build(much, TODAY).sql
    minus = read("Hartford Marathon: median chip time, 2024 minus 2022, in seconds")
    assert (minus.change_years, minus.measure, minus.unused) == ((2022, 2024), "median", ())
    # "how did it change": the change too, one row with both years (the conventions' "change from X to Y"); a rate's
    # too, its change in percentage points
    how = read("how did the average finish time at the Hartford Marathon change between 2022 and 2024")
    assert (how.change_years, how.measure) == ((2022, 2024), "average")
    rate = read("how did the DNF rate at the Hartford Marathon change between 2022 and 2024")
    assert (rate.change_years, rate.group_by) == ((2022, 2024), ())
    assert "dnf_rate_percent_in_2024" in build(rate, TODAY).sql
    # two years compared, then "how did it change?": the change asked of the comparison, one row
    changed = read("average finish time at the Hartford Marathon, 2022 vs 2024: how did it change?")
    assert (changed.change_years, changed.measure) == ((2022, 2024), "average")


def test_a_count_per_edition_is_averaged_over_the_editions() -> None:
    for question, over in (("average number of finishers per event in 2024", "event"),
                           ("average field size at the mystic jingle bell run", "race"),
                           ("on average, how many runners did each edition of the hartford marathon have", "edition")):
        parsed = read(question)
        assert (parsed.averaged_over, parsed.intent, parsed.measure, parsed.unused) == (over, "count", None, ()), question
    sql = build(read("mean finishers per year at the hartford marathon"), TODAY).sql
    assert sql.startswith("SELECT AVG(finishers) AS average_finishers") and "GROUP BY 1" in sql
    # each runner's results, averaged over the runners (counted by person, never by name)
    per_runner = read("average number of races per runner")
    assert (per_runner.averaged_over, per_runner.unused) == ("runner", ())
    assert "GROUP BY 1" in build(per_runner, TODAY).sql and "r.participant_id AS participant_id" in build(per_runner, TODAY).sql


def test_a_winning_margin_is_the_runner_up_time_minus_the_winner_time() -> None:
    parsed = read("by how much did the winner of the 2024 Hartford Marathon beat the runner-up?")
    assert (parsed.metric.kind, parsed.place, parsed.winners, parsed.unused) == ("margin", None, False, ())
    sql = build(parsed, TODAY).sql
    assert "MIN(r.chip_time_s) FILTER(WHERE r.overall_place = 2) - MIN(r.chip_time_s) FILTER(WHERE r.overall_place = 1)" \
        in sql
    both = read("margin of victory in the men's and women's races at the 2024 Hartford Marathon")
    assert (both.sex, both.group_by) == (None, ("sex",)) and "r.gender_place = 1" in build(both, TODAY).sql


def test_the_first_places_listed_together_are_the_top_of_the_race() -> None:
    for question in ("who were the winner and the runner-up of the 2024 Hartford Marathon",
                     "who finished first and second at the 2024 Hartford Marathon"):
        parsed = read(question)
        assert (parsed.intent, parsed.limit, parsed.place, parsed.winners) == ("top", 2, None, False), question
    assert read("first, second and third place at the 2024 Hartford Marathon").limit == 3


def test_the_runners_with_the_largest_gap_or_fastest_pace_are_listed_with_it() -> None:
    parsed = read("which 5 finishers had the largest gap between gun and chip time at the 2024 Hartford Marathon")
    assert (parsed.intent, parsed.limit, parsed.metric.aggregate) == ("top", 5, "max")
    sql = build(parsed, TODAY).sql
    assert "r.gun_time_s - r.chip_time_s AS gun_minus_chip_s" in sql and "QUALIFY RANK()" in sql
    assert read("what was the largest gun-chip gap at the 2024 Hartford Marathon").intent == "analyze"   # the value


def test_a_difference_between_the_sexes_is_the_first_said_minus_the_second() -> None:
    parsed = read("2024 Hartford Marathon: women's median chip minus men's median chip")
    assert (parsed.difference, parsed.group_by, parsed.measure) == (("F", "M"), ("sex",), "median")
    sql = build(parsed, TODAY).sql
    assert "FILTER(WHERE sex = 'F') - MAX(median_s) FILTER(WHERE sex = 'M') AS difference" in sql
    # of counts: each sex's count and the men's minus the women's
    counts = read("how many men minus women finished the 2024 Hartford Marathon")
    assert (counts.difference, counts.apart, counts.measure, counts.status, counts.notes) == (("M", "F"), False, None, "FIN", ())


def test_performances_where_a_runner_may_appear_again_are_results_not_a_cohort() -> None:
    parsed = read("fastest 4 individual performances at the Hartford Marathon (a runner may appear more than once)")
    assert parsed.cohort is None and not parsed.distinct_people and not parsed.unused


def test_a_series_said_with_its_count_and_its_events_cities_in_brackets() -> None:
    vocabulary = Vocabulary(company="Golden Gate Race Services", events=("San Jose Mother's Day 5K",
                            "Santa Cruz Mother's Day 5K", "Napa Half Marathon"), cities=("San Jose", "Santa Cruz", "Napa"))
    parsed = parse("total finishers of our two Mother's Day 5Ks (Santa Cruz and San Jose) in 2024", vocabulary, TODAY)
    assert len(parsed.events) == 2 and parsed.runner_city is None and not parsed.unused


def test_highest_or_lowest_average_ranks_by_the_average_and_unsupported_rankings_are_said_back() -> None:
    ranked = read("which state had the lowest average time at the 2024 Napa Half Marathon among states with 10+ runners?")
    assert (ranked.ranking.measure, ranked.ranking.descending, ranked.ranking.min_group) == ("avg_time", False, 10)
    assert read("which age group had the slowest 90th percentile time at the Hartford Marathon?").notes
    assert read("which state had the single largest gun-chip gap at the Hartford Marathon?").notes


def test_a_ranking_by_an_average_gap_or_pace_ranks_by_it() -> None:
    gap = read("which year had the biggest average gun-chip gap at the Hartford Marathon?")
    assert (gap.ranking.dimension, gap.ranking.descending, gap.metric.kind, gap.metric.aggregate) == ("year", True, "gap", "avg")
    assert not gap.notes
    pace = read("rank the age groups by median pace per mile at the 2024 Hartford Marathon, fastest first")
    assert (pace.ranking.dimension, pace.ranking.descending, pace.metric.kind, pace.metric.aggregate, pace.metric.unit) == (
        "age_group", False, "pace", "median", "mile")
    sql = build(pace, TODAY).sql
    assert "MEDIAN(r.chip_time_s / (ra.distance_km / 1.609344))" in sql and "ORDER BY median_pace_s_per_mile" in sql


def test_two_measures_asked_together_are_both_answered() -> None:
    assert read("mean and median finish time at the 2024 Hartford Marathon").measure == "average,median"
    assert read("the 10th percentile and the median time, 2024 Hartford Marathon").measure == "p10,median"
    # (of a pace: a column each since the forty-fourth session; it had been said back)
    pace = read("average and median pace per km at the 2024 Hartford Marathon")
    assert pace.measure == "average,median" and not pace.notes and "MEDIAN(" in build(pace, TODAY).sql


def test_a_percentile_of_a_pace_or_of_the_gun_chip_gap() -> None:
    assert read("the 60th percentile pace per km at the 2024 Hartford Marathon").metric.aggregate == "p60"
    assert "QUANTILE_CONT(" in build(read("90th percentile gun minus chip difference, 2024 Hartford Marathon"), TODAY).sql


def test_how_much_faster_one_sex_was_is_the_slower_average_minus_the_faster() -> None:
    parsed = read("how many seconds slower were women than men at the 2024 Hartford Marathon")
    assert (parsed.difference, parsed.measure) == (("F", "M"), "average")
    assert read("how much quicker were women than men in the 2024 Hartford Marathon").difference == ("M", "F")


@pytest.mark.parametrize("question, start", [
    ("finishers since the beginning of 2023", date(2023, 1, 1)),
    ("finishers since February 2024", date(2024, 2, 1)),
    ("finishers after June 2024", date(2024, 7, 1)),
])
def test_since_a_month_or_the_start_of_a_year_is_from_then_on(question: str, start: date) -> None:
    dates = read(question).dates
    assert (dates.start, dates.end) == (start, date(TODAY.year + 1, 1, 1))


def test_rates_and_shares_said_in_other_words() -> None:
    assert read("what fraction of 2024 Hartford Marathon starters didn't complete the race?").metric.unit == "DNF"
    assert read("2024 Hartford Marathon: registered runners who did not show up, as a percentage").metric.unit == "DNS"
    share = read("Napa Half Marathon 2024: masters as a share of finishers")
    assert share.share_of.age.low == 40 and share.events == ("Napa Half Marathon",)
    assert read("share of 2024 Napa Half Marathon finishers whose home state is CT").share_of.runner_state == "CT"


def test_the_n_years_with_the_highest_rate_and_rank_the_years() -> None:
    top = read("Hartford Marathon: the 2 years with the highest DNF rate")
    assert (top.ranking.dimension, top.ranking.measure, top.ranking.limit) == ("year", "dnf_rate", 2)
    every = read("which year of the Hartford Marathon had the fastest average time? rank the years, fastest first")
    assert every.ranking.limit > 1 and not every.unused


def test_how_many_more_is_a_difference_of_counts_between_two_groups() -> None:
    sexes = read("how many more men than women finished the 2024 Hartford Marathon")
    assert (sexes.difference, sexes.measure, sexes.group_by) == (("M", "F"), None, ("sex",))
    assert "COUNT(*) AS finishers" in build(sexes, TODAY).sql and "AS difference" in build(sexes, TODAY).sql
    gap = read("2024 Hartford Marathon: median time men vs women, and the gap (women minus men)")
    assert gap.difference == ("F", "M")   # the order said with "minus", not the order of "men vs women"


def test_kinds_from_the_last_attack_run() -> None:
    # a year before a measure is no count of a top list ("2024 minus 2022 median time")
    assert read("2024 minus 2022 median finish time at the Hartford Marathon").measure == "median"
    # "among <groups> with at least N …, which had": a ranking of those groups
    ranked = read("among age groups with at least 12 finishers, which had the slowest median time at the Hartford Marathon?")
    assert (ranked.ranking.dimension, ranked.ranking.measure, ranked.ranking.min_group) == ("age_group", "median_time", 12)
    # two events and "how many more": their counts and the difference
    more = read("how many more finishers did the Napa Half Marathon have than the Hartford Marathon in 2023")
    assert (more.difference, more.group_by) == (("Napa Half Marathon", "Hartford Marathon"), ("event",))


def test_kinds_from_the_fifth_session_attack_run() -> None:
    # a group's size said in people counts different runners, each once; in results or finishers, the results
    people = read("which home state with 12 or more unique runners had the slowest average time at the Hartford Marathon?")
    assert (people.ranking.min_group, people.ranking.group_people) == (12, True) and not people.unused
    assert "COUNT(DISTINCT r.participant_id) >= 12" in build(people, TODAY).sql
    results = read("which city with at least 12 finishers had the fastest median time at the Hartford Marathon?")
    assert (results.ranking.min_group, results.ranking.group_people) == (12, False)
    # "how much slower was A than B" of two events: the first's average minus the second's; "faster": the reverse
    slower = read("how much slower on average was the Napa Half Marathon than the Hartford Marathon in 2023")
    assert (slower.difference, slower.measure) == (("Napa Half Marathon", "Hartford Marathon"), "average")
    faster = read("how much quicker was the Napa Half Marathon than the Hartford Marathon in 2023")
    assert faster.difference == ("Hartford Marathon", "Napa Half Marathon")
    # two distances and "how many more": each race's count and the difference
    races = read("how many more half marathon finishers than 10k finishers did we have in 2023")
    assert (races.difference, races.group_by) == (("Half Marathon", "10K"), ("race",))
    # masters (or grand masters) of both sexes: the age is a filter of both, the difference between the sexes
    masters = read("how much slower were grand masters women than grand masters men at the 2024 Hartford Marathon")
    assert masters.difference == ("F", "M") and masters.age.low == 50
    # two age groups at once: declined with why, never the first group's count alone
    assert any("between age groups" in note for note in read("how many more in F50-54 than F55-59 at Hartford 2024").notes)
    # a limit beyond any field is said as such, not as the number it was read as
    assert read("top 99999999999999 runners by finishes").entities()["limit"] == "more than 1,000,000,000"


def test_kinds_read_from_held_out_21() -> None:
    # "(at least one race at the event)" of a named runner says what counts as finishing an event: no cohort
    runner = read("how many events has Michael Wardian completed with us (at least one race at each)?")
    assert runner.cohort is None and runner.person is not None and not runner.unused
    # "both A (a note) and B": a parenthesis between the two names
    both = read("runners who finished both the Stamford Turkey Trot (any distance) and the Napa Half Marathon in 2024")
    assert both.cohort.kind == "both" and len(both.events) == 2
    # "came back to run it again in 2024": the year they came back
    back = read("how many finished the Stamford Turkey Trot in 2023 and came back to run it again in 2024")
    assert (back.cohort.kind, back.cohort.count) == ("also_in_year", 2024)
    # "best/least attended event": one edition (an event in one year) by its entries, every status
    attended = read("which was the worst attended event of 2023?")
    assert (attended.ranking.dimension, attended.ranking.descending, attended.ranking.measure) == ("edition", False, "count")


def test_kinds_read_from_held_out_22() -> None:
    # "across both races", "(either race)", "counting every year": the whole event, every edition, no grouping
    for question in ("Stamford Turkey Trot 2024 DNS rate, across both races", "Stamford Turkey Trot 2024 (either race): "
                     "how many finishers", "top 3 home states at the Stamford Turkey Trot counting every year and all races"):
        parsed = read(question)
        assert not parsed.unused and "year" not in parsed.group_by and not parsed.distances, question
    # "finished both races" is still a cohort of runners it cannot count: never read as every race
    assert "both" in read("how many runners finished both races at the Stamford Turkey Trot in 2024?").unused
    # what a question is for, said before it
    assert not read("before we hand out medals: who won the 2024 Hartford Marathon women's race?").unused
    # a runner's finishes and best time "there": one answer, their personal best row
    best = read("how many times has Michael Wardian run the Hartford Marathon and what is his best time there")
    assert best.personal_best and not best.unused


def test_kinds_read_from_held_out_23() -> None:
    entered = read("how many of the 2024 Hartford Marathon entrants had also registered for it in 2023?")
    assert (entered.cohort.kind, entered.cohort.count, entered.cohort.entries) == ("also_in_year", 2023, True)
    back = read("how many 2024 Hartford Marathon finishers had run with us before?")
    assert (back.cohort.kind, back.cohort.any_event) == ("returning", True) and not back.unused
    ranked = read("which years had the most finishers at the Hartford Marathon? rank them")
    assert ranked.ranking.limit > 1 and not ranked.unused
    legs = read("finishers of the 2023 Stamford Turkey Trot who also finished the Hartford Marathon the same year")
    assert legs.cohort.legs == (("Stamford Turkey Trot", 2023), ("Hartford Marathon", 2023)) and not legs.unused
    change = read("median time at the Hartford Marathon 2023 vs 2024 with the change")
    assert change.change_years == (2023, 2024) and change.measure == "median"
    june = read("average time at the Hartford Marathon this past June")   # the latest June before today (2026-11)
    assert (june.dates.start.year, june.dates.start.month) == (TODAY.year, 6)
    assert not read("top 3 women at the 2024 Hartford Marathon for the podium announcements").unused
    ages = read("2024 Hartford Marathon: masters vs under-40 median finish time")
    assert ages.measure == "median" and ages.group_by == ("masters",)


def test_kinds_read_from_held_out_24() -> None:
    # "the top masters woman": place 1 among those ages (the women's winner may be younger: it answered nothing)
    top = read("who was the top masters man at the 2024 Hartford Marathon?")
    assert top.place == 1 and top.age.low == 40 and not top.winners
    won = read("who won among women 50 and over at the 2024 Hartford Marathon")
    assert won.place == 1 and not won.winners
    # "the next year", "the following year": the year after the one said; with none said, asked back
    after = read("of the 2022 Stamford Turkey Trot finishers, how many returned the following year?")
    assert (after.cohort.kind, after.cohort.count) == ("also_in_year", 2023)
    gone = read("how many 2022 Stamford Turkey Trot finishers did not come back the next year")
    assert (gone.cohort.count, gone.cohort.absent) == (2023, True)
    assert any("the next year" in note for note in read("how many Stamford Turkey Trot runners came back the next year").notes)
    # "never entered in an earlier <event>"; "<runner> asked us for …"
    assert not read("how many first-timers ran the 2024 Hartford Marathon, people never entered in an earlier Hartford?").unused
    assert not read("Michael Wardian asked us for his PR. What is his fastest Hartford Marathon time?").unused
    # a share whose part is a race signed up for; "What fraction of 5K finishers …" (no event called "What 5K")
    chose = read("what share of 2024 Napa Half Marathon entrants signed up for the 10K?")
    assert chose.share_of is not None and not chose.unused
    fraction = read("What fraction of 5K finishers at the 2024 Stamford Turkey Trot broke 25 minutes?")
    assert fraction.share_of is not None and not fraction.notes
    # "in which years did <runner> run it": one row per year
    years = read("what years did Michael Wardian run the Hartford Marathon?")
    assert years.group_by == ("year",) and years.intent == "count"


def test_a_rate_defined_as_a_share_and_a_best_asked_with_its_year_stay_what_they_were() -> None:
    # ("signed up", "registered" read as a share's part must not take the rate's own definition for a share)
    rate = read("no-show rate at the 2024 Hartford Marathon (DNS as a share of everyone registered)")
    assert rate.share_of is None and rate.metric.kind == "rate"
    # ("in which years did …" is one row per year; "which event, what year" of a best time is that one result)
    best = read("Michael Wardian's fastest marathon: which event, what year and what time?")
    assert best.group_by != ("year",)


def test_kinds_read_from_held_out_25() -> None:
    from nlq.spelling import correct_names
    # a two-word event city's initials before a word of its event's name: "fw memorial day 5k"
    names = ("Fort Worth Memorial Day 5K", "Fort Worth", "Galveston")
    assert correct_names("avg time at the fw memorial day 5k", names) == "avg time at the Fort Worth memorial day 5k"
    assert correct_names("fw results please", names) == "fw results please"   # two letters alone are left as said
    # "the first edition in 2019 vs 2025, and the change": the years pick the editions (it kept the first only)
    first = read("Stamford Turkey Trot entrants: the inaugural edition in 2019 vs 2024, and the change")
    assert first.change_years == (2019, 2024) and first.edition is None
    # "… compared with 2025, and how many more (or fewer)": a change, not two questions
    more = read("how many finishers did the Hartford Marathon have in 2019 compared with 2024, and how many more in 2024?")
    assert more.change_years == (2019, 2024) and not more.notes
    # "slowest …, by median chip time": slowest first
    slow = read("which age group was slowest at the 2024 Hartford Marathon, by median chip time?")
    assert (slow.ranking.measure, slow.ranking.descending) == ("median_time", True)
    # a bare fragment is a count, also with "(any status)" and a second sentence; "weekend" after an event
    assert read("stamford turkey trot 2024 entrants (any status)").intent == "count"
    assert not read("top 3 women at the 2024 Hartford Marathon weekend").unused
    # "Comparing A with B: …"; "how many seconds did finishers lose between gun and chip"
    assert read("Comparing the 2023 Hartford Marathon with 2024: finishers, and the change").change_years == (2023, 2024)
    lost = read("how many seconds on average did runners lose between gun time and chip time at the 2024 Hartford Marathon")
    assert lost.metric.kind == "gap" and not lost.unused
    # "new to us - never raced with us before", "had already run with us at an earlier event"
    assert not read("how many 2024 Hartford Marathon finishers were new to us, i.e. never ran with us before?").unused
    back = read("how many 2024 Hartford Marathon finishers had already run with us at an earlier event?")
    assert back.cohort.kind == "returning" and not back.unused
    # "median time men vs women, and how much slower were the women": the difference of the sexes
    gap = read("2024 Hartford Marathon median time men vs women, and how much slower were the women?")
    assert gap.difference == ("F", "M")
    # who wants to know, said before the question with its own words
    assert not read("The mayor wants to know where our runners live: top 3 home states in 2024").unused


def test_kinds_read_from_held_out_26() -> None:
    # who is asking and what they are doing, said before the question
    assert not read("timing lead here, checking podiums. Who won the 2024 Hartford Marathon?").unused
    # SQL said in a question
    sql = read("count distinct participant_id for hartford marathon 2024 where sex = 'F' and state = 'CT'")
    assert (sql.sex, sql.runner_state, sql.distinct_people) == ("F", "CT", True) and not sql.unused
    # "(no entry at any earlier edition)": the first-timer's rule said again
    assert not read("how many 2024 Hartford Marathon finishers ran it for the first time (no result at any earlier "
                    "edition)?").unused
    # "the first woman aged 60+ across the line": place 1 among those ages
    first = read("who was the first woman aged 60+ across the line at the 2024 Hartford Marathon?")
    assert first.place == 1 and not first.winners and first.age.low == 60
    # "one row per distance", "what was the change", "distribution: 10th, 50th and 90th percentile"
    assert not read("Michael Wardian's best marathon and half marathon times, one row per distance").unused
    assert read("Hartford Marathon average time 2023 vs 2024 - what's the change?").change_years == (2023, 2024)
    assert not read("2024 Hartford Marathon finish time distribution: 10th, 50th and 90th percentiles").unused
    # counts said as nouns per group: the summary per group, never the rows
    per_race = read("2024 Napa Half Marathon, for each race: starters and finishers")
    assert per_race.intent == "analyze" and per_race.group_by == ("race",)
    # each group's share of all: "by sex, as percentages", "share by home state"
    shares = read("2024 Hartford Marathon finishers by home state, as percentages")
    assert shares.group_shares and shares.group_by == ("state",) and not shares.unused
    assert "SUM(COUNT(*)) OVER ()" in build(shares, TODAY).sql
    # "which states send us the most runners"
    assert not read("top 3 states sending the most runners to the Hartford Marathon").unused


def test_kinds_read_from_held_out_27() -> None:
    from nlq.spelling import correct_names
    # two digits after a word of the company's names are its year, never a distance, a count or an age
    names = ("Hartford Marathon", "Hartford")
    assert correct_names("dnf rate hartford 23 full", names) == "dnf rate hartford 2023 full"
    assert correct_names("hartford 10 fastest women", names) == "hartford 10 fastest women"
    assert correct_names("hartford 25 or older in 2024", names) == "hartford 25 or older in 2024"
    # quartiles are percentiles
    quartiles = read("lower quartile and upper quartile of finish times at the 2024 Hartford Marathon")
    assert quartiles.measure == "p25,p75" and not quartiles.unused
    # every year from A through B: every edition within those years, one count
    streak = read("how many runners finished the Hartford Marathon in every year from 2022 through 2024?")
    assert streak.cohort.kind == "every_edition" and streak.group_by == ()
    assert "AND e3.event_date >=" in build(streak, TODAY).sql
    # "disqualifications", "and what was the change", "how much faster was 2023 than 2024", "3 most common"
    assert not read("how many disqualifications at the Hartford Marathon over all years?").unused
    assert read("Hartford Marathon finishers 2023 vs 2024, and what was the change?").change_years == (2023, 2024)
    assert read("Hartford Marathon average time: how much slower was 2024 than 2023?").change_years == (2023, 2024)
    assert read("the 3 most common home towns of Hartford Marathon runners").limit == 3
    # "how many marathons has she finished, and what's her best marathon time": her best row with her finishes
    assert read("Michael Wardian: how many marathons has he finished, and what's his best full time?").personal_best
    # first-timers among everyone at an event (any status) unless finishing is said
    everyone = read("how many people at the 2024 Hartford Marathon had never raced with us before?")
    assert everyone.cohort.entries
    assert not read("how many 2024 Hartford Marathon finishers had never raced with us before?").cohort.entries
    # gun time and chip time at once: said back, never the chip time alone
    assert any("gun time and chip time" in n for n in read("2024 Hartford Marathon median gun and chip times").notes)


def test_kinds_from_the_fifth_session_end_attack_run() -> None:
    # "at least" sizes a group and never turns the order round
    most = read("which age group had the most finishers at the 2024 Hartford Marathon, counting groups with at least 15?")
    assert most.ranking.descending and most.ranking.min_group == 15
    bottom = read("bottom 2 home states by finishers at the 2024 Hartford Marathon")
    assert (bottom.ranking.dimension, bottom.ranking.descending, bottom.ranking.limit) == ("state", False, 2)
    # a quarter is no quartile (with its year, its three months); the second place of a ranking is said back
    assert read("how many finishers in Q3 2023").dates.start == date(2023, 7, 1)
    assert "q3" in read("finishers in q3").unused   # (alone: it was read as the 75th percentile)
    # "2023 on average" is that year, not "from 2023 on"
    assert read("how much faster were men than women at the Hartford Marathon 2023 on average").dates.end.year == 2024
    assert any("second or later place" in n for n in read("which city had the third most runners at the 2024 "
                                                          "Hartford Marathon?").notes)
    # "each of our events", "which was quicker, A or B": one row per event
    assert read("average finish time at each of our events in 2024").group_by == ("event",)
    assert read("which was quicker in 2024, the Hartford Marathon or the Napa Half Marathon?").group_by == ("event",)
    # a share with a time limit in a race is of that race's runners
    share = read("what percent of men finished the 2024 Napa Half Marathon half marathon in under 90 minutes?")
    assert [d.label for d in share.distances] == ["Half Marathon"]
    # "the year after 2022", "up to 2016", "the year before last"
    assert read("how many finishers the year after 2021").dates.start.year == 2022
    assert read("Hartford Marathon finishers up to 2019").dates.end.year == 2020
    assert read("Hartford Marathon finishers the year before last").dates.start.year == TODAY.year - 2


def test_two_events_each_in_its_own_year_are_said_back_and_a_runners_first_race_is_his_first_day() -> None:
    # (they were answered: both events pooled per year; a count of 1)
    apart = read("Hartford Marathon in 2024 vs Napa Half Marathon in 2023: finishers")
    assert any("each in its own year" in note for note in apart.notes)
    first = read("how old was Michael Wardian at his first race with us?")   # (said back before the seventeenth session)
    assert (first.edition, first.cohort, first.notes) == ("first", None, ())
    assert not read("Hartford Marathon vs Napa Half Marathon finishers in 2024").notes


def test_the_fastest_of_each_sex_compared_is_each_sexs_fastest_time_and_the_difference() -> None:
    parsed = read("what was the gap between the winning man and the winning woman at the 2024 Hartford Marathon")
    assert (parsed.difference, parsed.measure, parsed.group_by, parsed.limit) == (("M", "F"), "fastest", ("sex",), None)
    assert "MIN(r.chip_time_s)" in build(parsed, TODAY).sql


def test_a_city_of_the_companys_events_said_with_a_year_is_that_edition_not_where_runners_live() -> None:
    vocabulary = replace(VOCABULARY, event_cities=("Hartford", "Mystic", "Stamford"))
    edition = parse("how many runners from hartford 2023 came back in 2024", vocabulary, TODAY)
    assert (edition.event_city, edition.runner_city) == ("Hartford", None)
    assert parse("how many runners from Hartford finished in 2023", vocabulary, TODAY).runner_city == "Hartford"


def test_two_digits_after_an_event_word_before_fastest_are_a_year_or_a_count_and_said_back() -> None:
    assert any("could be the year 2022" in note for note in read("stamford 22 top finishers").notes)
    assert not read("stamford turkey trot 2022 top 22").notes


def test_a_ranking_keeps_a_group_size_said_with_what_it_counts_after_the_measure() -> None:
    ranked = read("top 3 states by median time, having 15 or more different finishers")
    assert (ranked.ranking.dimension, ranked.ranking.min_group, ranked.ranking.group_people) == ("state", 15, True)


def test_the_winning_times_change_between_two_years_is_the_change_of_the_fastest_time() -> None:
    parsed = read("by how much did the winner's time at the Hartford Marathon change between 2022 and 2024")
    assert (parsed.change_years, parsed.measure, parsed.winners) == ((2022, 2024), "fastest", False)
    later = read("how much slower was the winning time at the Hartford Marathon in 2022 than in 2024")
    assert (later.change_years, later.measure, later.unused) == ((2022, 2024), "fastest", ())
    # "change in …" asks for the change itself (one row), as "how much did … change" does
    assert read("change in the median time at the Hartford Marathon from 2022 to 2024").change_years == (2022, 2024)


def test_a_top_n_said_after_a_ranking_and_a_size_noun_for_fields() -> None:
    ranked = read("rank the age groups at the 2024 Hartford Marathon by finishers - top 4")
    assert (ranked.ranking.dimension, ranked.ranking.limit, ranked.unused) == ("age_group", 4, ())
    fields = read("which 2 years of the Stamford Turkey Trot had the largest fields?")
    assert (fields.ranking.dimension, fields.ranking.limit, fields.unused) == ("year", 2, ())


def test_finishing_a_named_event_n_times_counts_its_editions() -> None:
    parsed = read("how many runners have finished the Mystic Jingle Bell Run 4 or more times")
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.cohort.editions) == ("min_finishes", 4, True)
    # both readings shown: its editions, and every finish counted
    assert "COUNT(DISTINCT r.event_id) AS editions" in build(parsed, TODAY).sql
    # results said: each finish counts
    assert not read("how many runners have finished 4 or more races at the Mystic Jingle Bell Run").cohort.editions


def test_a_runners_every_result_with_its_year_is_listed_oldest_first() -> None:
    assert read("Michael Wardian: every marathon he finished, with the year").oldest_first
    assert not read("Michael Wardian's last 3 races").oldest_first


def test_words_of_a_question_said_again_are_read_with_what_they_repeat() -> None:
    # "both" said again in brackets
    both = read("how many ran both the Stamford Turkey Trot and the Mystic Jingle Bell Run in 2024 (finishers of both)")
    assert both.cohort.kind == "both" and not both.unused
    # an event said again by the first words of its name, after "an earlier"
    again = read("how many 2024 Mystic Jingle Bell Run finishers were first-timers (no earlier Mystic Jingle entry)")
    assert again.cohort.kind == "first_timers" and not again.unused
    # a home city said again; a state said as a home address; the state of a top-N of cities
    vocabulary = replace(VOCABULARY, event_cities=("Hartford", "Mystic", "Stamford"))
    city = parse("how many Stamford locals (hometown Stamford) finished the 2024 Stamford Turkey Trot", vocabulary, TODAY)
    assert (city.runner_city, city.unused) == ("Stamford", ())
    assert read("what pct of 2024 Hartford Marathon finishers had a Rhode Island home address").share_of.runner_state == "RI"
    top = read("top 5 Connecticut cities by finishers at the 2024 Hartford Marathon")
    assert (top.ranking.dimension, top.runner_state, top.event_state) == ("city", "CT", None)


@pytest.mark.parametrize("question", [
    "Handing out awards: who won the M50-54 age group at the 2024 Stamford Turkey Trot?",
    "I time the Stamford Turkey Trot - how many finishers did we have each year since 2021?",
])
def test_what_the_asker_is_doing_or_which_event_they_run_is_context(question: str) -> None:
    parsed = read(question)
    assert parsed.events == ("Stamford Turkey Trot",) and not parsed.unused and not parsed.notes


def test_editions_ranked_without_an_event_are_each_event_in_each_year_and_by_entries_when_said() -> None:
    biggest = read("the 4 largest event editions by registrations (any status)")
    assert (biggest.ranking.dimension, biggest.ranking.limit, biggest.ranking.size) == ("edition", 4, False)
    assert read("top 2 editions by finishers").ranking.dimension == "edition"
    assert read("top 2 editions of the Stamford Turkey Trot by finishers").ranking.dimension == "year"


def test_a_ranking_by_the_change_between_two_years_ranks_each_groups_change() -> None:
    grew = read("which age group grew the most in finishers from 2022 to 2024 at the Hartford Marathon")
    assert (grew.ranking.dimension, grew.change_years, grew.ranking.descending) == ("age_group", (2022, 2024), True)
    assert "AS change" in build(grew, TODAY).sql and "in_2022" in build(grew, TODAY).sql
    assert read("which event lost the most runners from 2022 to 2024").ranking.descending is False
    rose = read("which event's average time rose the most from 2022 to 2024")   # of a time: never a count
    assert rose.notes or rose.unused


@pytest.mark.parametrize("question, check", [
    # a decimal hour said as a bound ("2.5 hours", written 2:30:00)
    ("how many 2024 Hartford Marathon finishers ran between 3 and 3.5 hours",
     lambda p: (p.time_limit.seconds, p.time_limit.upper) == (10800, 12600)),
    # an age bound said with its unit; "under age 18"
    ("what percent of 2024 Hartford Marathon finishers were under 30 years old", lambda p: p.share_of.age.high == 29),
    ("how many runners under age 18 finished the 2024 Stamford Turkey Trot", lambda p: p.age.high == 17),
    # "outside <code>": not from that state
    ("how many 2024 Stamford Turkey Trot finishers came from outside CT",
     lambda p: (p.runner_state, p.runner_state_negated) == ("CT", True)),
    # how many different home states: the states counted
    ("how many different home states were our 2024 finishers from", lambda p: p.distinct_of == "state"),
    # "rank last year's events"
    ("rank last year's events by finishers", lambda p: p.ranking.dimension == "event" and p.dates.start.year == 2025),
    # a distance set aside after it is named
    ("average chip time of the full at the 2024 Hartford Marathon (the 5K is excluded)",
     lambda p: [d.label for d in p.distances] == ["Marathon"]),
    # "(every event and race)": one figure over them all
    ("how many finishers did we have in 2024 (every event and race)?", lambda p: p.group_by == ()),
    # "came back and finished one in 2025": a race of the same event
    ("of the 2024 Stamford Turkey Trot finishers, how many came back and ran one in 2025?",
     lambda p: (p.cohort.kind, p.cohort.count) == ("also_in_year", 2025)),
    # "how old was she on race day": the age is the age on race day
    ("who was the oldest finisher of the 2024 Stamford Turkey Trot and how old on race day?", lambda p: p.unused == ()),
])
def test_kinds_from_the_twenty_eighth_and_twenty_ninth_sets_in_other_words(question: str, check) -> None:
    parsed = read(question)
    assert not parsed.unused and check(parsed), parsed


def test_a_clause_about_a_runner_or_a_month_carries_them_into_the_question() -> None:
    people = replace(VOCABULARY, people=(Person("Michael", "Wardian"),))
    profile = parse("I'm writing a feature on Michael Wardian. What's his best marathon time?", people, TODAY)
    assert profile.person == Person("Michael", "Wardian") and not profile.unused
    month = read("We're recapping the Stamford Turkey Trot from last November. Who won the women's race?")
    assert (month.dates.start, month.events) == (date(2025, 11, 1), ("Stamford Turkey Trot",))


@pytest.mark.parametrize("question, check", [
    # a time said with "at our events" is of results, not a list of events
    ("slowest marathon time ever at our events", lambda p: p.subject == "results" and p.distances),
    # the field's average age ranks by age
    ("which event had the oldest field in 2024",
     lambda p: (p.ranking.measure, p.ranking.descending) == ("avg_age", True)),
    # a winner's (or the fastest) time changing between years is the fastest time's change
    ("how much slower was the 2024 Hartford Marathon winner than the 2022 winner",
     lambda p: (p.change_years, p.measure, p.winners) == ((2022, 2024), "fastest", False)),
    # an age range said with "year old"; the under-40s vs the over-60s
    ("median time for 30-39 year old women at the 2024 Hartford Marathon", lambda p: (p.age.low, p.age.high) == (30, 39)),
    ("average time at the 2024 Hartford Marathon, under-40s vs over-60s",
     lambda p: [(g.age.low, g.age.high) for g in p.compared] == [(1, 39), (60, 120)]),
    # two counts joined: the summary holds both
    ("how many starters and DNFs at the 2024 Hartford Marathon", lambda p: p.intent == "analyze"),
    ("how many women finished the 2024 Hartford Marathon? and men?", lambda p: p.group_by == ("sex",)),
    # two events compared per year: each event per year
    ("Stamford Turkey Trot vs Mystic Jingle Bell Run, finishers by year", lambda p: p.group_by == ("event", "year")),
    # a difference said after two years: the change
    ("Hartford Marathon median time 2022 vs 2024, with the difference", lambda p: p.change_years == (2022, 2024)),
    # the women's winner than the men's winner: each sex's fastest time and the difference
    ("how much slower was the women's winner than the men's winner at the 2024 Hartford Marathon",
     lambda p: (p.difference, p.measure) == (("F", "M"), "fastest")),
    # no event named: back with us at any event, by any result when runners are said
    ("how many 2023 runners came back in 2024", lambda p: (p.cohort.any_event, p.cohort.entries) == (True, True)),
    ("how many races has Michael Wardian won", lambda p: (p.intent, p.winners) == ("count", True)),
    # the same month of two years
    ("finishers March 2023 vs March 2024", lambda p: (p.month, p.years) == (3, (2023, 2024))),
    ("finishers between april and june 2024", lambda p: (p.dates.start, p.dates.end) == (date(2024, 4, 1),
                                                                                         date(2024, 7, 1))),
])
def test_kinds_from_the_sixth_sessions_break_attempt_in_other_words(question: str, check) -> None:
    parsed = read(question)
    assert not parsed.unused and not parsed.notes and check(parsed), parsed


@pytest.mark.parametrize("question", [
    "Michael Wardian's average finishing position at the Hartford Marathon",   # a place averaged
    "the fastest average time at any of our 2024 events",                        # no group said for the ranking
    "which event's runners had the most first-timers",                           # a cohort per group
    "which timing company timed the most races",                                 # other companies
    "Hartford Marathon 2024: median time, finishers and the DNF rate",           # a rate with other figures
])
def test_questions_the_sixth_sessions_break_attempt_got_wrong_are_now_declined(question: str) -> None:
    parsed = read(question)
    assert parsed.notes or parsed.unused, parsed


@pytest.mark.parametrize("question, check", [
    ("hey, how many marathons has Michael Wardian run with you guys?", lambda p: p.sex is None),   # no sex said
    ("how many disqualifications did we have at our events in 2024", lambda p: (p.status, p.subject) == ("DQ", "results")),
    ("Hartford Marathon, marathon race only - change in average chip time from 2022 to 2024",
     lambda p: p.change_years == (2022, 2024)),
    ("hartford spring marathon (full only) finishers 2023 vs 2024, and the change",
     lambda p: [d.label for d in p.distances] == ["Marathon"]),
    ("how many people did the 2024 Stamford Turkey Trot draw", lambda p: p.intent == "count"),
    ("dnf rate mystic bell run 2024", lambda p: p.events == ("Mystic Jingle Bell Run",)),   # a word of the name skipped
])
def test_kinds_from_the_thirty_second_set_in_other_words(question: str, check) -> None:
    parsed = read(question)
    assert not parsed.unused and not parsed.notes and check(parsed), parsed


@pytest.mark.parametrize("question, low, high", [
    ("how many non-masters finished the 2024 Hartford Marathon", 1, 39),          # it read them as masters
    ("2024 Hartford Marathon finishers no older than 30", 1, 30),                  # it read "older than 30"
    ("average time of finishers no younger than 55 at the 2024 Hartford Marathon", 55, 120),
    ("how many runners aged at least 65 finished in 2024", 65, 120),
])
def test_inclusive_and_negated_age_bounds(question: str, low: int, high: int) -> None:
    parsed = read(question)
    assert (parsed.age.low, parsed.age.high, parsed.unused) == (low, high, ())


def test_a_quarter_of_a_year_is_its_three_months_and_a_bare_quarter_is_said_back() -> None:
    parsed = read("finishers in the third quarter of 2024")
    assert (parsed.dates.start, parsed.dates.end, parsed.unused) == (date(2024, 7, 1), date(2024, 10, 1), ())
    assert read("how many finishers in Q4 2023").dates.end == date(2024, 1, 1)
    assert read("finishers in q2").unused   # which year: said back


def test_the_first_places_of_every_age_group() -> None:
    podium = read("age group podiums at the 2024 Hartford Marathon")
    assert (podium.winners_by, podium.limit, podium.unused) == ("age_group", 3, ())
    assert "r.age_group_place <= 3" in build(podium, TODAY).sql
    men = read("first 5 men per age group at the 2024 Hartford Marathon")
    assert (men.winners_by, men.limit, men.sex, men.unused) == ("age_group", 5, "M", ())
    assert "r.age_group_place = 1" in build(read("age group winners at the 2024 Hartford Marathon"), TODAY).sql


def test_two_years_combined_are_one_range_and_what_date_asks_for_the_edition() -> None:
    both = read("Stamford Turkey Trot finishers in 2023 and 2024 combined")
    assert (both.dates.start, both.dates.end, both.unused) == (date(2023, 1, 1), date(2025, 1, 1), ())
    assert read("how many finishers in 2023 and 2024").unused   # the total or each year: said back
    when = read("what date was the 2024 Stamford Turkey Trot")
    assert (when.subject, when.intent, when.unused) == ("events", "list", ())


def test_kinds_from_the_sixth_sessions_last_break_attempt_in_other_words() -> None:
    # two months joined by "and" are two months, not the span between them (it counted all of 2025)
    assert read("finishers March 2023 and March 2024 combined").unused
    assert read("finishers between March 2023 and June 2023").dates.end == date(2023, 7, 1)
    # quarters or halves of two years compared: said back (it compared the whole years)
    assert read("finishers in the first half of 2023 vs the first half of 2024").notes
    # a ranking by percentage growth: said back (it ranked by the raw change)
    assert read("which event grew the most in percentage terms from 2022 to 2024").notes
    # the share's grouping said after its part
    assert read("percent of 2024 Hartford Marathon finishers who were men, by age group").group_by == ("age_group",)
    # a year before a city the company holds events in: that edition
    vocabulary = replace(VOCABULARY, event_cities=("Hartford", "Mystic", "Stamford"))
    assert parse("2023 stamford finishers who came back in 2024", vocabulary, TODAY).event_city == "Stamford"


@pytest.mark.parametrize("question, check", [
    # "how much faster/slower" between two years is a time's change: the average, or a named runner's own time
    ("how much faster was the average Hartford Marathon finisher in 2024 than in 2022",
     lambda p: (p.change_years, p.measure) == ((2022, 2024), "average")),
    ("how much slower was Michael Wardian at the Hartford Marathon in 2024 than in 2023",
     lambda p: (p.change_years, p.measure) == ((2023, 2024), "fastest")),
    ("Hartford Marathon average time 2022 vs 2024, how much faster or slower was 2024?",
     lambda p: p.change_years == (2022, 2024)),
    ("Hartford Marathon median chip time 2023 vs 2024 - how did it change?", lambda p: p.change_years == (2023, 2024)),
    # each event's own year said before its name
    ("runners who ran both the 2023 Mystic Jingle Bell Run and the 2024 Stamford Turkey Trot",
     lambda p: p.cohort.legs == (("Mystic Jingle Bell Run", 2023), ("Stamford Turkey Trot", 2024))),
    ("top 3 Stamford Turkey Trot years by finishers", lambda p: (p.ranking.dimension, p.ranking.limit) == ("year", 3)),
    ("which 2 years of the Mystic Jingle Bell Run had the highest dnf rates",
     lambda p: (p.ranking.dimension, p.ranking.measure) == ("year", "dnf_rate")),
    ("how many runners have done the Mystic Jingle Bell Run 4+ times (in at least 4 different years)",
     lambda p: (p.cohort.count, p.cohort.distinct_years) == (4, True)),
    ("the last marathon finisher's time at the 2024 Hartford Marathon", lambda p: p.last_place),
    ("Stamford Turkey Trot was new in 2023 - how many of its runners had never raced with us before?",
     lambda p: p.cohort.kind == "first_timers"),
    ("median pace per mile at the 2024 Hartford Marathon (answer in seconds)", lambda p: p.metric.kind == "pace"),
    ("how has the dnf rate at the Hartford Marathon shifted over the years? one figure per year",
     lambda p: p.group_by == ("year",)),
    ("Planning staff. Scheduling next year's crew: finishers by season in 2024", lambda p: p.group_by == ("season",)),
    ("finishers by season (spring, summer and fall) in 2024", lambda p: p.dates.words == "2024"),
    ("rank the months of the year by finishers, most first", lambda p: p.ranking.dimension == "month_of_year"),
    ("share of 2024 Hartford Marathon finishers (every race) from Providence", lambda p: p.share_of is not None),
    ("of the 2023 Stamford Turkey Trot finishers, how many came back (any status) in 2024",
     lambda p: (p.cohort.kind, p.cohort.count) == ("also_in_year", 2024)),
    ("how many 2024 Hartford Marathon runners were first-timers (never ran a prior Hartford Marathon)",
     lambda p: p.cohort.kind == "first_timers"),
    ("Michael Wardian is on our team - his Napa Half Marathon times by year",
     lambda p: [d.label for d in p.distances] == ["Half Marathon"]),
    ("Mystic Jingle Bell Run: total finishers across both editions we've timed", lambda p: p.intent == "count"),
    ("my friend Michael Wardian claims he has run the Hartford Marathon a bunch; how many times?",
     lambda p: p.person is not None),
    ("how many different events (editions) has Michael Wardian finished", lambda p: p.distinct_of == "edition"),
    ("avg 10 k time at the 2024 Hartford Marathon", lambda p: p.measure == "average"),
    ("median chip time per age group at the 2024 Hartford Marathon, sorted descending",
     lambda p: (p.ranking.dimension, p.ranking.measure, p.ranking.descending) == ("age_group", "median_time", True)),
    ("the largest field we have timed", lambda p: p.ranking.dimension == "edition"),
    ("std dev of marathon chip times at the 2024 Hartford Marathon", lambda p: (p.intent, p.measure) == ("analyze", "stddev")),
    ("2024 Hartford Marathon: interquartile range of finish times (75th minus 25th percentile)",
     lambda p: p.measure == "iqr"),
    ("median and std dev of chip times at the 2024 Hartford Marathon", lambda p: p.measure == "median,stddev"),
])
def test_kinds_from_the_thirty_third_to_thirty_sixth_sets_in_other_words(question: str, check) -> None:
    parsed = read(question)
    assert not parsed.unused and not parsed.notes and check(parsed), parsed


def test_a_second_event_said_by_its_city_inside_a_cohort_is_said_back() -> None:
    # "the marathon at Hartford in 2023 and also the half at Providence in 2024": it was read as Hartford in 2024
    parsed = read("how many finished the marathon at Hartford in 2023 and also finished the 10k at Providence in 2024")
    assert any("Providence" in note for note in parsed.notes), parsed


def test_several_runners_named_are_each_counted_or_listed_and_filtered_together() -> None:
    friends = replace(VOCABULARY, people=(Person("Michael", "Wardian"), Person("Beth", "Barber")))
    counted = parse("my running buddies Beth Barber and Michael Wardian: how many races has each finished?", friends, TODAY)
    assert (counted.person, counted.more_people, counted.group_by, counted.unused) == (
        Person("Beth", "Barber"), (Person("Michael", "Wardian"),), ("runner",), ()), counted
    sql = build(counted, TODAY).sql
    assert "p.first_name = 'Beth' AND p.last_name = 'Barber'" in sql and " OR " in sql and "p.last_name AS last_name" in sql
    listed = parse("results of Michael Wardian and Beth Barber at the 2024 Hartford Marathon", friends, TODAY)
    assert listed.more_people and not listed.group_by
    compared = parse("Michael Wardian vs Beth Barber: median marathon time", friends, TODAY)
    assert (compared.group_by, compared.notes) == (("runner",), ())
    # what the spec cannot say of several runners at once is said back, never answered for the first alone
    assert parse("how many races have Michael Wardian and Beth Barber won", friends, TODAY).notes


def test_a_date_in_digits_no_calendar_has_is_said_back() -> None:
    # "2025-02-30": it answered the whole of 2025 at 0.99
    assert any("not a date" in note for note in read("finishers at the Hartford Marathon on 2025-02-30").notes)
    assert any("not a date" in note for note in read("finishers on 6/31/2024").notes)


def test_kinds_from_the_seventh_sessions_break_attempt_in_other_words() -> None:
    friends = replace(VOCABULARY, people=(Person("Michael", "Wardian"), Person("Beth", "Barber")))
    best = parse("fastest marathon for Michael Wardian and Beth Barber", friends, TODAY)   # it counted their entries
    assert (best.personal_best, best.intent, best.notes) == (True, "find", ()), best
    assert parse("top 5 marathon times of Michael Wardian and Beth Barber", friends, TODAY).notes
    more = parse("Beth Barber or Michael Wardian: which of them has finished more races?", friends, TODAY)
    assert (more.intent, more.pair) == ("compare", "most_finishes"), more   # the one with more (nlq.runner_pairs)
    # the fastest time of each group, never the groups counted
    assert read("fastest half in each age group at the 2024 Napa Half Marathon").measure == "fastest"
    # a day said day first; an ordinal before "of <month>" is no place
    day = read("who won on the 5th of March 2024")
    assert (day.dates.start, day.place) == (date(2024, 3, 5), None), day
    assert any("not a date" in n for n in read("finishers on the 30th of February 2024").notes)
    # said back rather than answered wrong
    assert read("2024 Hartford Marathon and the 2023 Mystic Jingle Bell Run, both: how many finishers each").notes
    assert read("how much faster was Michael Wardian in 2024 than in 2023").notes   # which distance?
    assert not read("90th percentile chip time by age group at the 2024 Hartford Marathon, descending").ranking
    # men and women of the same ages compared are two sexes, not two age groups
    assert not read("average marathon time for men 30-39 vs women 30-39").compared
    # one race of one edition (it pooled every 5K of every year)
    assert read("which is the biggest race we have ever timed").ranking.dimension == "race_edition"
    newcomers = read("how many new runners did we have in 2024 (never raced with us before)")
    assert (newcomers.cohort.kind, newcomers.cohort.any_event, newcomers.unused) == ("first_timers", True, ())
    assert read("what percentage of 2024 Hartford Marathon runners dnf'd").metric.kind == "rate"
    either = parse("did Michael Wardian or beth barber finish more races", replace(
        VOCABULARY, people=(Person("Michael", "Wardian"), Person("Beth", "Barber"))), TODAY)
    assert (either.intent, either.group_by) == ("count", ("runner",)), either


def test_finishers_of_a_city_the_company_holds_events_in_are_its_events() -> None:
    held = replace(VOCABULARY, event_cities=("Mystic", "Hartford", "Stamford"))
    at = parse("how many Mystic finishers were there in 2024", held, TODAY)   # (it counted people living there)
    assert (at.event_city, at.runner_city) == ("Mystic", None), at
    assert parse("how many finishers from Mystic in 2024", held, TODAY).runner_city == "Mystic"


@pytest.mark.parametrize("question, check", [
    ("Marketing wants the 2024 Hartford Marathon median finish time", lambda p: p.measure == "median"),
    ("Race office here. Of all 2024 Hartford Marathon entries (any status), what fraction came from outside CT?",
     lambda p: p.share_of is not None and p.share_of.runner_state == "CT"),
    ("how many runners finished each of our three events: Hartford Marathon, Mystic Jingle Bell Run and Stamford Turkey "
     "Trot", lambda p: p.cohort.kind == "both"),
    ("women's winner of the 2024 Hartford Marathon + her time", lambda p: p.dates.words == "2024"),
    ("what's the fastest marathon time at the Hartford Marathon in our data", lambda p: p.intent == "top"),
    ("finishers at our events apr-jun 2024", lambda p: (p.dates.start, p.dates.end) == (date(2024, 4, 1),
                                                                                          date(2024, 7, 1))),
    ("how many finished the Stamford Turkey Trot three falls ago", lambda p: (p.dates.start, p.dates.end) == (
        date(2023, 9, 1), date(2023, 12, 1))),
    ("how many result rows are there for 2024, every status", lambda p: p.intent == "count"),
    ("first-timers at the 2024 Hartford Marathon (never finished an earlier Hartford Marathon edition)",
     lambda p: p.cohort.kind == "first_timers"),
    ("how many times has the Mystic Jingle Bell Run been put on", lambda p: p.distinct_of == "edition"),
])
def test_kinds_from_the_thirty_seventh_set_in_other_words(question: str, check) -> None:
    parsed = read(question)
    assert not parsed.unused and not parsed.notes and check(parsed), parsed


def test_people_who_finished_two_events_each_said_with_its_own_race_are_asked_which_count() -> None:
    # "the Atlanta marathon (full) in 2024 AND the Greenville half (half race) in 2024": every finisher of either was
    # counted at 1.0 where runners of both were meant
    said = read("how many people finished the Hartford Marathon (full) in 2024 and the Mystic Jingle Bell Run (5k) in 2024")
    assert any("say 'both'" in note for note in said.notes), said
    assert not read("how many people finished the Hartford Marathon and the Mystic Jingle Bell Run in 2024").notes


@pytest.mark.parametrize("question, legs, races", [
    ("how many runners finished both the Hartford Marathon (the full) and the Mystic Jingle Bell Run (any race) in 2024",
     (("Hartford Marathon", 2024), ("Mystic Jingle Bell Run", 2024)), ("Marathon", "")),
    ("runners who ran both the Mystic Jingle Bell Run (5k) and the Napa Half Marathon (the half)",
     (("Mystic Jingle Bell Run", 0), ("Napa Half Marathon", 0)), ("5K", "Half Marathon")),
])
def test_both_events_each_with_its_own_race(question: str, legs: tuple, races: tuple) -> None:
    # each event's race said in brackets after it: that race of it alone (it looked for both races at both events)
    parsed = read(question)
    assert (parsed.cohort.kind, parsed.cohort.legs, parsed.cohort.leg_races) == ("both", legs, races)
    assert parsed.distances == () and not parsed.unused


def test_several_named_age_groups_are_each_answered() -> None:
    # each named group's winner (it declined: "two age groups at once"); counts one row per group
    won = read("who won the F30-34 and M30-34 age groups at the 2024 Hartford Marathon")
    assert (won.age_group, won.more_age_groups, won.winners_by, won.sex) == ("F30-34", ("M30-34",), "age_group", None)
    counted = read("how many finished the 2024 Hartford Marathon in F40-44 and F45-49")
    assert counted.group_by == ("age_group",) and counted.sex == "F" and not counted.unused
    assert "r.age_group IN ('F40-44', 'F45-49')" in build(counted, TODAY).sql


def test_a_race_said_of_both_events_in_brackets_is_both_events_race() -> None:
    parsed = read("how many ran both the Hartford Marathon and the Mystic Jingle Bell Run in 2024 (the 5K at both)")
    assert parsed.cohort.leg_races == () and [d.label for d in parsed.distances] == ["5K"]


def test_who_the_named_runners_are_to_the_asker_is_context() -> None:
    family = VOCABULARY.with_people((Person("Michael", "Wardian"), Person("Ann", "Wardian")))
    both = parse("My grandkids Michael Wardian and Ann Wardian both ran the 2024 Hartford Marathon. Their times?", family,
                 TODAY)
    assert both.person and len(both.more_people) == 1 and not both.unused
    assert parse("how many kids finished the 2024 Hartford Marathon", family, TODAY).unused   # an age, never dropped


@pytest.mark.parametrize("question, low, high", [
    ("how many 2024 Hartford Marathon finishers finished 4:30-5:00", 16200, 18000),
    ("2024 Hartford Marathon finishers in 3:45 \u2013 4:15", 13500, 15300),
])
def test_two_clock_times_joined_by_a_dash_are_a_range(question: str, low: float, high: float) -> None:
    limit = read(question).time_limit
    assert (limit.op, limit.seconds, limit.upper) == ("between", low, high) and not read(question).unused


def test_a_dashed_pace_range_and_the_median_man_against_the_median_woman() -> None:
    pace = read("how many 2024 Hartford Marathon finishers ran 5:30-6:00 min/km").pace_limit
    assert (pace.op, pace.seconds, pace.upper) == ("between", 330, 360)
    # each sex's median and the difference (it gave the women's median alone, at 1.0)
    median = read("how much faster was the median man than the median woman at the 2024 Hartford Marathon")
    assert median.measure == "median" and median.difference == ("F", "M") and median.group_by == ("sex",)


@pytest.mark.parametrize("question, said", [
    # both races were applied to both events: mixed at 1.0, an event that ran neither dropped
    ("Hartford Marathon 2024 (the half) vs Mystic Jingle Bell Run 2024 (5k) finishers", "each with its own race"),
])
def test_comparisons_it_cannot_take_are_said_back(question: str, said: str) -> None:
    assert any(said in note for note in read(question).notes), read(question)


@pytest.mark.parametrize("question", [
    "Michael Wardian has run a lot of 10Ks with us. Which one was his fastest?",
    "michael wardian, marathons: his quickest - event and date please",
])
def test_his_fastest_ending_the_clause_is_his_personal_best(question: str) -> None:
    parsed = read(question)
    assert parsed.personal_best and parsed.person == Person("Michael", "Wardian") and not parsed.unused


def test_races_said_before_each_event_are_each_events_own() -> None:
    parsed = read("how many finished the full marathon at the Hartford Marathon and also the 5K at the Stamford Turkey "
                  "Trot (any years)?")
    assert parsed.cohort.kind == "both" and parsed.cohort.raced_legs() == (
        ("Hartford Marathon", 0, "Marathon"), ("Stamford Turkey Trot", 0, "5K"))


@pytest.mark.parametrize("question", [
    "Hartford Marathon, all years pooled: median chip time",
    "pooling every year we've timed it, median chip time at the Hartford Marathon",
    "median chip time at the Hartford Marathon (every race, every year)",
    "combining every Hartford Marathon since 2019, what is the median chip time?",
])
def test_every_year_pooled_is_one_figure(question: str) -> None:
    parsed = read(question)
    assert "year" not in parsed.group_by and parsed.intent != "trend" and not parsed.unused


@pytest.mark.parametrize("question, years", [
    ("Hartford Marathon finishers, 2019 vs last year", (2019, 2025)),
    ("DNF rate at the Hartford Marathon: two years ago vs last year?", (2024, 2025)),
    ("how did the median time at the Hartford Marathon change from 2015 to last year?", (2015, 2025)),
])
def test_a_relative_year_compared_with_another_is_that_year(question: str, years: tuple[int, int]) -> None:
    parsed = read(question)
    assert set(years) <= set(parsed.years) | set(parsed.change_years or ()) and not parsed.unused


def test_finish_time_bands_are_counted_side_by_side() -> None:
    parsed = read("2024 Stamford Turkey Trot: how many finished under 25:00, how many 25:00 up to 35:00, and how many "
                  "35:00 or slower?")
    assert parsed.time_bands == (1500, 2100) and parsed.time_limit is None and parsed.age is None and not parsed.unused
    plan = build(parsed, TODAY)
    assert "< 1500" in plan.sql and "< 2100" in plan.sql and "finish-time bands: under 25 minutes" in plan.explanation


def test_a_state_said_with_home_cities_is_where_runners_live() -> None:
    for question in ("How many different Connecticut home towns do our runners come from?",
                     "how many different home cities in Connecticut do our runners come from?"):
        parsed = read(question)
        assert (parsed.runner_state, parsed.event_state, parsed.distinct_of, parsed.unused) == ("CT", None, "city", ())


def test_either_sex_said_is_no_filter_and_no_row_per_sex() -> None:
    parsed = read("3 fastest finishers aged 50+ at the 2018 Stamford Turkey Trot (men or women), with age and time")
    assert (parsed.sex, parsed.group_by, parsed.unused) == (None, (), ()) and parsed.intent == "top"


def test_a_city_then_its_state_is_where_runners_live() -> None:
    parsed = read("How many different runners from Providence, Rhode Island have finished at least one of our races?")
    assert (parsed.runner_city, parsed.runner_state, parsed.event_state) == ("Providence", "RI", None)


def test_a_woman_first_overall_is_the_overall_place() -> None:
    parsed = read("Has a woman ever been first overall at the Hartford Marathon? If so, who and in what year?")
    assert (parsed.place, parsed.place_overall, parsed.sex, parsed.unused) == (1, True, "F", ())


def test_all_three_of_three_years_is_every_one_of_them() -> None:
    parsed = read("How many runners finished all three of the 2022, 2023 and 2025 Hartford Marathons?")
    assert (parsed.cohort.kind, parsed.cohort.count) == ("both", 3)


@pytest.mark.parametrize("question, bib", [("who was bib 110 at the 2024 stamford turkey trot and what was their time", "110"),
                                           ("bib #2045 at the 2024 Stamford Turkey Trot?", "2045")])
def test_a_bib_is_looked_up_never_read_as_a_year(question: str, bib: str) -> None:
    parsed = read(question)
    assert (parsed.bib, parsed.years, parsed.unused) == (bib, (2024,), ())


def test_full_before_a_year_is_the_marathon() -> None:
    assert [d.label for d in read("noshow rate hartford full 2018").distances] == ["Marathon"]


def test_time_bands_with_a_band_never_asked_are_not_made_up() -> None:
    parsed = read("how many women under 25:00 and how many over 35:00 in the 2024 Stamford Turkey Trot?")
    assert parsed.time_bands == () and parsed.unused   # said back: the gap between them was not asked


def test_winners_of_each_group_are_the_winners_not_a_count_per_group() -> None:
    parsed = read("who won each of the women's age groups at the 2024 Hartford Marathon?")
    assert (parsed.winners_by, parsed.sex, parsed.intent, parsed.group_by) == ("age_group", "F", "top", ())
    both = read("men's and women's champions at the 2024 Hartford Marathon")
    assert (both.winners_by, both.sex, both.notes) == ("sex", None, ())
    counted = read("how many of the age group winners at the 2024 Hartford Marathon were in the overall top 10?")
    assert (counted.intent, counted.top_places, counted.winners_by) == ("count", 10, "age_group")


def test_a_ranking_by_a_share_orders_the_groups_by_it() -> None:
    parsed = read("rank the Hartford Marathon years by the share of finishers who were women, lowest first")
    assert (parsed.ranking.dimension, parsed.ranking.descending, parsed.metric.kind) == ("year", False, "share")
    sql = build(parsed, TODAY).sql
    assert sql.endswith("ORDER BY percent ASC, 1") and "GROUP BY 1" in sql


def test_the_oldest_of_each_year_and_the_years_an_event_was_held() -> None:
    ages = build(read("how old was the oldest finisher at the Hartford Marathon each year?"), TODAY).sql
    assert ages.startswith("SELECT YEAR(e.event_date) AS year, MAX(r.age) AS age") and "GROUP BY 1" in ages
    runners = build(read("who was the youngest finisher at the Hartford Marathon each year?"), TODAY).sql
    assert "RANK() OVER (PARTITION BY year ORDER BY age ASC) <= 1" in runners
    assert read("in how many different years have we timed the Hartford Marathon?").distinct_of == "year"


def test_each_runners_best_times_of_two_years_are_compared() -> None:
    faster = read("of the runners at both the 2023 and 2024 Hartford Marathon, how many ran a faster time in 2024 "
                  "than in 2023?")
    assert (faster.cohort.kind, faster.cohort.count, faster.cohort.slower, faster.cohort.listed, faster.intent) == (
        "improved", 2024, False, False, "count") and not faster.unused
    sql = build(faster, TODAY).sql
    assert "MIN(r.chip_time_s) FILTER(WHERE YEAR(e.event_date) = 2023) AS best_2023_s" in sql
    assert "COUNT(DISTINCT participant_id) FILTER(WHERE (best_2023_s - best_2024_s) > 0) AS runners" in sql
    slower = read("Hartford Marathon runners in both 2022 and 2023: how many got slower?")
    assert (slower.cohort.kind, slower.cohort.count, slower.cohort.slower) == ("improved", 2023, True)
    most = read("which 3 runners improved their time the most from 2022 to 2024 at the Hartford Marathon?")
    assert (most.cohort.listed, most.cohort.count, most.limit) == (True, 2024, 3)
    assert "RANK() OVER (ORDER BY best_2022_s - best_2024_s DESC) <= 3" in build(most, TODAY).sql
    # "faster in 2025" with one year (or the same one twice): the second year asked back, never dropped
    assert read("how many runners were faster in 2024 at the Hartford Marathon?").notes
    assert read("how many runners were faster in 2024 than in 2024 at the Hartford Marathon?").notes
    # one year said: not read as a comparison of two (said back)
    assert "improved" in read("how many runners improved their time at the 2024 Hartford Marathon?").unused


def test_kinds_from_the_tenth_sessions_break_attempt() -> None:
    # the runner at a place in every edition, not entrants per year
    second = read("who finished second at the Hartford Marathon each year?")
    assert (second.place, second.group_by, second.intent) == (2, (), "top")
    # a time's change with no measure said: the average, or a named runner's own best
    assert read("how did the finish time at the Hartford Marathon change from 2019 to 2024?").measure == "average"
    # places other than the first N, or the first places of every edition, are said back (one was kept)
    assert read("who finished first and third at the 2024 Hartford Marathon?").notes
    assert read("who finished first and second at the Hartford Marathon every year?").notes
    # a winning margin averaged or among runners without places of their own is said back (nulls, or events); ranked,
    # it is each race's margin ranked (since the thirty-first session)
    for question in ("average winning margin at the Hartford Marathon",
                     "winning margin among masters at the 2024 Hartford Marathon"):
        assert read(question).notes, question
    largest = read("which race had the largest winning margin?")
    assert (largest.ranking.measure, largest.ranking.descending, largest.notes) == ("margin", True, ())
    # an average count per edition, per group said beside it
    by_event = read("average number of finishers per edition for each event")
    assert (by_event.averaged_over, by_event.group_by) == ("edition", ("event",))
    assert build(by_event, TODAY).sql.endswith("GROUP BY event ORDER BY event")
    # the years something was held, in a month of any year
    may = read("in how many years did we hold an event in May?")
    assert (may.distinct_of, may.month) == ("year", 5)
    assert "COUNT(DISTINCT YEAR(e.event_date))" in build(may, TODAY).sql


def test_the_runner_with_the_largest_gap_of_each_year() -> None:
    parsed = read("for every year, which runner had the biggest gun minus chip gap at the Hartford Marathon?")
    assert (parsed.intent, parsed.group_by, parsed.metric.aggregate) == ("top", ("year",), "max")
    sql = build(parsed, TODAY).sql
    assert "RANK() OVER (PARTITION BY YEAR(e.event_date) ORDER BY r.gun_time_s - r.chip_time_s DESC) <= 1" in sql


def test_the_podium_of_their_age_group_and_the_biggest_average_field() -> None:
    # (from the last break attempt: the overall top 3 at 1.0, and the slowest year by average time at 0.96)
    podium = read("top 3 of their age group at the 2024 Hartford Marathon")
    assert (podium.winners_by, podium.limit) == ("age_group", 3)
    field = read("which year had the biggest average field at the Hartford Marathon?")
    assert (field.averaged_over, field.ranking.dimension, field.measure) == ("race", "year", None)


def test_two_groups_of_runners_compared_by_age_or_home_state() -> None:
    # each group's count and the difference (it was said back)
    more = read("how many women 40-49 vs women 50-59 finished the 2024 Hartford Marathon and how many more")
    assert more.difference == ("40-49", "50-59") and [g.sex for g in more.compared] == ["F", "F"]
    # two age ranges said with any verb are compared, one row each (one was dropped at 1.0)
    ages = read("average chip time at the 2024 Hartford Marathon for runners younger than 40 and for runners 40 and up")
    assert [(group.age.low, group.age.high) for group in ages.compared] == [(1, 39), (40, 120)]
    assert ages.group_by == ("compared",) and ages.age is None and not ages.unused
    # and the difference, the subject of "how much slower" first
    slower = read("how much slower were the over-60s than runners under 40 at the 2024 Hartford Marathon")
    assert slower.difference == ("60+", "under 40") and slower.measure == "average"
    assert "AS difference" in build(slower, TODAY).sql
    # a state's runners against everyone else's
    state = read("2024 Hartford Marathon: average time of Connecticut runners against out-of-state runners")
    assert [(g.runner_state, g.runner_state_negated) for g in state.compared] == [("CT", False), ("CT", True)]
    assert not state.out_of_state and not state.unused


def test_winners_and_bests_said_in_pairs() -> None:
    # each sex's winner, not also the overall winner (it kept only a man who won outright)
    pair = read("first woman and first man across the line at the 2024 Hartford Marathon")
    assert (pair.winners_by, pair.place) == ("sex", None)
    # the oldest of the age-group winners (it ranked age groups by their count)
    oldest = read("which age group winner was the oldest at the 2024 Hartford Marathon?")
    assert (oldest.ranking, oldest.metric.kind, oldest.winners_by) == (None, "oldest", "age_group")
    # a runner's best of each of two distances (it gave the faster one alone)
    bests = read("Michael Wardian: his quickest 10K and his quickest half?")
    assert bests.personal_best and {d.label for d in bests.distances} == {"10K", "Half Marathon"}


def test_shares_edges_and_statuses_said_other_ways() -> None:
    ranked = read("rank the Hartford Marathon years by the proportion of finishers over 60, lowest proportion first")
    assert (ranked.ranking.dimension, ranked.ranking.descending, ranked.metric.kind) == ("year", False, "share")
    assert not ranked.unused
    assert read("what finish time was the cutoff for the slowest 25% at the 2024 Hartford Marathon").measure == "p75"
    dropped = read("of those who really started the 2024 Hartford Marathon, what percentage did not finish?")
    assert (dropped.metric.kind, dropped.metric.unit) == ("rate", "DNF") and not dropped.unused
    starters = read("Hartford Marathon entrants per year, excluding no-shows")
    assert starters.status == "STARTED" and not starters.unused
    elsewhere = read("how many 2024 Hartford Marathon finishers came from anywhere but Connecticut")
    assert (elsewhere.runner_state, elsewhere.runner_state_negated) == ("CT", True) and not elsewhere.unused


def test_where_runners_live_and_where_the_event_was_both_said() -> None:
    vocabulary = Vocabulary("Big River", ("Hartford Marathon",), ("Hartford", "Boston"), event_cities=("Hartford",))
    both = parse("how many runners from Boston finished the marathon at Hartford in 2024", vocabulary, TODAY)
    assert (both.runner_city, both.event_city) == ("Boston", "Hartford") and not both.unused


def test_each_event_with_the_race_said_before_it_and_the_years_in_brackets() -> None:
    # "(in any years)" says when, not which race (it was read as the second event's race, given to both)
    both = read("how many people finished both the half marathon at the Hartford Marathon and the 5K race at the "
                "Stamford Turkey Trot (over all years)?")
    assert both.cohort.leg_races == ("Half Marathon", "5K") and not both.unused


def test_cohorts_of_a_second_year_race_or_event() -> None:
    # the half one year, the full the next: each year with its own race (either race in both years at 1.0)
    step = read("how many runners who did the half at the 2023 Hartford Marathon moved up to the full marathon there "
                "the next year?")
    assert step.cohort.legs == (("Hartford Marathon", 2023), ("Hartford Marathon", 2024))
    assert step.cohort.leg_races == ("Half Marathon", "Marathon") and not step.distances
    # another event some weeks later: its edition of that year
    later = read("of the 2024 Hartford Marathon finishers, how many also finished the Mystic Jingle Bell Run three "
                 "weeks later?")
    assert later.cohort.legs == (("Hartford Marathon", 2024), ("Mystic Jingle Bell Run", 2024)) and not later.unused
    assert later.cohort.order == "later"   # (checked against the editions' dates by the answer)
    once = read("how many runners have finished the Hartford Marathon exactly twice")
    assert (once.cohort.kind, once.cohort.count, once.cohort.exact) == ("min_finishes", 2, True)


def test_gap_limits_rates_and_statuses_said_as_people_say_them() -> None:
    # the gun−chip gap as a filter (the words were taken as read, and every finisher counted)
    lost = read("how many 2024 Hartford Marathon finishers lost more than 2 minutes between the gun and the chip?")
    assert (lost.gap_limit.op, lost.gap_limit.seconds, lost.age) == (">", 120, None) and not lost.unused
    assert "(r.gun_time_s - r.chip_time_s) > 120" in build(lost, TODAY).sql
    behind = read("2024 Hartford Marathon: finishers whose gun time was over 30 seconds behind their chip time")
    assert (behind.gap_limit.op, behind.gap_limit.seconds) == (">", 30)
    least = read("Hartford Marathon 2024 finishers with at least 90 seconds between their gun and chip times")
    assert (least.gap_limit.op, least.gap_limit.seconds) == (">=", 90)
    assert "(r.gun_time_s - r.chip_time_s) >= 90" in build(least, TODAY).sql
    # a share of people who never showed up is the DNS rate (it was a share of the 5K's no-shows among everyone)
    never = read("what share of the people signed up for the 2024 Hartford Marathon never showed up?")
    assert (never.metric.kind, never.metric.unit, never.share_of) == ("rate", "DNS", None)
    reached = read("of the runners who started the 2024 Hartford Marathon, what share reached the finish line?")
    assert (reached.metric.kind, reached.metric.unit) == ("rate", "FIN") and not reached.unused
    wins = read("how many age group titles has Michael Wardian won?")
    assert (wins.top_places, wins.top_places_within, wins.winners) == (1, "age_group", False) and not wins.unused
    bib = read("which bib did Michael Wardian have at the 2024 Hartford Marathon")
    assert bib.person and not bib.unused


def test_each_race_each_group_and_every_edition_said_other_ways() -> None:
    # a race mentioned as a fact, then "each race": every race of it (it kept the one said)
    per_race = read("The 2024 Hartford Marathon also had a 10K. Finishers per race?")
    assert per_race.group_by == ("race",) and not per_race.distances
    # two states, "how many … and how many …": side by side
    states = read("2024 Hartford Marathon: how many finishers were from Connecticut and how many were from New York?")
    assert [g.runner_state for g in states.compared] == ["CT", "NY"] and not states.unused
    pooled = read("DNF rate for the Hartford Marathon, every edition lumped together")
    assert "year" not in pooled.group_by and not pooled.unused


def test_cohorts_of_two_races_and_of_three_years() -> None:
    both = read("Of the 2024 Hartford Marathon half finishers, how many also ran the 10K?")
    assert both.cohort.kind == "both" and len(both.distances) == 2
    assert "COUNT(DISTINCT ra.distance_km) >= 2" in build(both, TODAY).sql
    down = read("how many ran the marathon at the 2023 Hartford Marathon and stepped down and ran the half there in 2024?")
    assert down.cohort.leg_races == ("Marathon", "Half Marathon") and not down.unused and not down.change_years
    three = read("of the people who finished the Hartford Marathon in 2021, how many also finished it in both 2022 and 2023?")
    assert "COUNT(DISTINCT YEAR(e.event_date)) >= 3" in build(three, TODAY).sql


def test_an_event_said_again_by_a_word_only_its_name_has() -> None:
    vocabulary = Vocabulary("Empire", ("Ithaca Shamrock 5K", "Springfield Spring Marathon"), ("Ithaca", "Napa"),
                            event_cities=("Ithaca",))
    again = parse("of the 2025 Ithaca Shamrock 5K finishers, how many were running the Shamrock for the first time?",
                  vocabulary, TODAY)
    assert again.cohort.kind == "first_timers" and not again.unused
    # a season is never an event's word ("the spring" of the Springfield Spring Marathon)
    spring = parse("how many finished the Springfield Spring Marathon in the spring of 2023?", vocabulary, TODAY)
    assert spring.dates.start.month == 3
    home = parse("Ithaca 2024 5K: how many finishers live in Ithaca?", vocabulary, TODAY)
    assert (home.runner_city, home.event_city) == ("Ithaca", "Ithaca") and not home.unused
    # two words inside its name ("no result at any earlier Jingle Bell" of the Mystic Jingle Bell Run)
    inner = read("Mystic Jingle Bell Run 2024: how many finishers were first-timers (no result at any earlier Jingle Bell)?")
    assert inner.cohort.kind == "first_timers" and not inner.unused


def test_a_home_city_negated_or_against_everyone_else() -> None:
    negated = read("how many 2024 Hartford Marathon finishers were not from Providence?")
    assert (negated.runner_city, negated.runner_city_negated) == ("Providence", True) and not negated.unused
    assert "NOT (COALESCE(p.city, '') = 'Providence')" in build(negated, TODAY).sql
    rest = read("2024 Hartford Marathon average time: Stamford runners compared with all other runners")
    assert [(g.runner_city, g.runner_city_negated) for g in rest.compared] == [("Stamford", False), ("Stamford", True)]
    assert not rest.unused
    # the time that made the top N: the Nth place
    top = read("what chip time did you need to break into the top 20 at the 2024 Hartford Marathon?")
    assert top.place == 20 and not top.unused


def test_entries_without_a_finish_and_no_shows_who_came_back() -> None:
    never = read("how many runners signed up for the Hartford Marathon yet never crossed the finish line?")
    assert (never.cohort.kind, never.status) == ("never_finished", None) and not never.unused
    assert "HAVING COUNT(*) FILTER(WHERE r.status = 'FIN') = 0" in build(never, TODAY).sql
    # ("had never finished it before" stays the first-timers)
    assert read("how many 2025 Hartford Marathon finishers had never finished it before?").cohort.kind == "first_timers"
    # a clause saying who ("of the people who were no-shows …") is counted, not listed; the later year said relative
    back = read("Of the people who were no-shows at the Hartford Marathon in 2023, how many came back and finished it "
                "last year?")
    assert (back.status, back.cohort.kind, back.cohort.count) == ("DNS", "also_in_year", 2025) and not back.notes


def test_the_top_finisher_of_a_place_and_the_runner_up_behind_the_winner() -> None:
    top = read("who was the top finisher from Stamford at the 2024 Hartford Marathon?")
    assert (top.intent, top.limit, top.runner_city) == ("top", 1, "Stamford")
    behind = read("how many seconds behind the winner was second place at the 2024 Hartford Marathon?")
    assert behind.metric.kind == "margin" and not behind.unused


def test_each_sexs_winner_among_runners_with_no_places_of_their_own() -> None:
    # the fastest masters man and woman in each race (it asked for each sex's winner aged 40+: an empty answer)
    masters = read("masters winners, men and women, at the 2024 Hartford Marathon")
    assert (masters.winners_by, masters.age.low) == ("sex", 40)
    sql = build(masters, TODAY).sql
    assert "PARTITION BY r.event_id, r.race_id, p.sex ORDER BY r.chip_time_s" in sql and "gender_place = 1" not in sql
    # a year said before "men's winner": the two winners' times and the difference
    winners = read("how much faster was the 2024 men's winner than the women's winner at the Hartford Marathon?")
    assert (winners.difference, winners.measure) == (("F", "M"), "fastest")


def test_a_time_or_a_count_across_all_our_events_is_of_their_results() -> None:
    # it counted the events at 1.0
    time = read("what was the median marathon time across all of our events in 2024?")
    assert (time.subject, time.measure) == ("results", "median")
    field = read("mean number of finishers across all our events in 2024")
    assert field.averaged_over == "event" and not field.unused
    assert read("how many events did we time in 2024?").subject == "events"


def test_groups_said_with_their_own_sex_state_or_age_class() -> None:
    # (from a break attempt: each said group was merged into one filter, or one dropped, at 0.8–1.0)
    state = read("How many more Connecticut runners than out-of-state runners finished the 2024 Hartford Marathon?")
    assert [(g.runner_state, g.runner_state_negated) for g in state.compared] == [("CT", False), ("CT", True)]
    assert state.difference == ("Connecticut", "out of state") and not state.out_of_state
    masters = read("how many more masters than under-40s finished the 2024 Hartford Marathon?")
    assert [(g.age.low, g.age.high) for g in masters.compared] == [(40, 120), (1, 39)] and masters.difference
    sexes = read("average finish time of men under 30 and women over 50 at the 2024 Hartford Marathon")
    assert [(g.sex, g.age.low) for g in sexes.compared] == [("M", 1), ("F", 51)] and sexes.sex is None
    # the first masters man and woman: each sex's fastest masters runner
    pair = read("who were the first masters man and first masters woman at the 2024 Hartford Marathon")
    assert (pair.winners_by, pair.age.low) == ("sex", 40)
    # "not from Portland, Oregon" is not that city of that state
    away = read("how many 2024 Hartford Marathon finishers were not from Hartford, CT?")
    assert "NOT (COALESCE(p.city, '') = 'Hartford' AND COALESCE(p.state, '') = 'CT')" in build(away, TODAY).sql
    # runners ranked by their age-group wins
    ranked = read("which runner has the most age group wins?")
    assert (ranked.subject, ranked.top_places_within, ranked.limit) == ("people", "age_group", 1)
    gap = read("how many 2024 Hartford Marathon finishers lost more than 90 seconds crossing the start line?")
    assert (gap.gap_limit.seconds, gap.notes) == (90, ())


def test_the_last_break_attempts_pairs_said_once() -> None:
    # "under-40 runners" is an age range said with a hyphen (the masters were dropped, the under-40s counted at 1.0)
    masters = read("how many more masters than under-40 finishers at the 2024 Hartford Marathon?")
    assert [(g.age.low, g.age.high) for g in masters.compared] == [(40, 120), (1, 39)] and masters.difference
    # "first" said once for both sexes (the woman alone)
    pair = read("the first grandmasters man and woman at the 2024 Hartford Marathon")
    assert (pair.winners_by, pair.age.low) == ("sex", 50)
    # the winner against the runner-up is the winning margin (it asked for place 1 and place 2 at once: empty)
    margin = read("how many seconds quicker was the 2024 Hartford Marathon winner than second place?")
    assert margin.metric.kind == "margin" and margin.place is None


def test_kinds_from_the_twelfth_sessions_reading_of_sets_53_and_56() -> None:
    # each sex's winner with their own pace, not the two averaged
    pace = read("what pace per km did the male and female winners of the 2024 Hartford Marathon run?")
    assert (pace.intent, pace.metric.kind, pace.winners_by) == ("list", "pace", "sex")
    assert "AVG(" not in build(pace, TODAY).sql
    # a measure of the age-group winners: their times averaged; the slowest of them: that winner
    mean = read("mean finish time of the 2024 Hartford Marathon age group winners")
    assert (mean.intent, mean.measure, mean.winners_by) == ("analyze", "average", "age_group")
    slowest = build(read("which of the 2024 Hartford Marathon age-group winners ran the slowest time?"), TODAY).sql
    assert "RANK() OVER (ORDER BY r.chip_time_s DESC) <= 1" in slowest and "r.age_group_place = 1" in slowest
    # a runner's slowest result with where it was: that result, as her fastest would be
    where = read("Michael Wardian: his slowest 10K with us, and in which year was it?")
    assert (where.intent, where.last_place, where.limit, where.measure) == ("top", True, 1, None)
    # a runner's own city names him, it does not set who he is placed among
    first = build(read("in which years was Michael Wardian from Providence the first man at the Hartford Marathon?"), TODAY).sql
    assert "r.gender_place = 1" in first and "LIMIT 1" not in first
    # "of our events" counts different events
    assert read("how many runners finished three or more of our events in 2024?").cohort.distinct_events
    # the time between the winner and a later place
    behind = read("how many seconds behind the winner was 5th place in the 2024 Hartford Marathon?")
    assert (behind.metric.kind, behind.metric.unit) == ("margin", "5")
    assert "r.overall_place = 5" in build(behind, TODAY).sql
    # a home city said "local"; several home cities said with "or"
    assert read("fastest Stamford local at the 2024 Hartford Marathon").runner_city == "Stamford"
    either = read("what percent of 2024 Hartford Marathon finishers are from either Mystic or New Haven?")
    assert (either.share_of.runner_city, either.share_of.more_cities) == ("Mystic", ("New Haven",))
    assert "p.city IN ('Mystic', 'New Haven')" in build(either, TODAY).sql
    # two events' times: each event's own
    assert read("average finish time at the 2024 Hartford Marathon and at the 2024 Napa Half Marathon").group_by == (
        "event",)
    # DNFs and DQs together: both counted
    both = read("Hartford Marathon 2024: how many DNFs and how many DQs?")
    assert both.status == "DQ" and "COUNT(*) FILTER(WHERE r.status = 'DQ') AS dq" in build(both, TODAY).sql
    # a later year's own race, or the event named again with any race
    later = read("of the people who finished the 10K at the 2022 Hartford Marathon, how many went on to finish the "
                 "marathon there in a later year?")
    assert (later.cohort.kind, later.cohort.leg_races, [d.label for d in later.distances]) == (
        "also_in_year", ("10K", "Marathon"), ["10K"])
    # a context sentence's race is the question's ("… has only had a 10K twice. Who won it?")
    assert [d.label for d in read("The Hartford Marathon has had a 10K twice. Who won it each time?").distances] == ["10K"]
    # the first word of a later sentence is no event's name
    assert not read("Was it faster in 2024? Median 10K time at the Hartford Marathon in 2024.").notes
    # a ranking by an average gap or pace, by several named states, and by average age said "oldest first"
    states = read("rank the 2024 Hartford Marathon finishers from Connecticut, Rhode Island and New York by state "
                  "median time, fastest first")
    assert (states.ranking.dimension, states.ranking.measure, states.ranking.descending) == ("state", "median_time", False)
    # a share's part said with "got" or "ended up"
    assert read("what fraction of 2024 Hartford Marathon finishers got under 3 hours?").share_of.time_limit
    assert read("what fraction of the 2024 Hartford Marathon starters ended up disqualified?").share_of.status == "DQ"


def test_finishers_within_a_time_or_share_of_the_winning_time() -> None:
    within = read("how many finished within 20 minutes of the winner at the 2024 Hartford Marathon?")
    assert (within.intent, within.winners, within.winner_gap.op, within.winner_gap.seconds, within.time_limit) == (
        "count", False, "<=", 1200, None)
    sql = build(within, TODAY).sql
    assert "r.chip_time_s <= (SELECT MIN(r2.chip_time_s) FROM results AS r2 WHERE r2.race_id = r.race_id AND " \
           "r2.status = 'FIN') + 1200" in sql
    share = read("list the women more than 50% behind the winning time at the 2024 Hartford Marathon")
    assert (share.winner_gap.op, share.winner_gap.percent) == (">", 50)
    assert ") * 1.5" in build(share, TODAY).sql


def test_entries_with_no_finish_are_one_status() -> None:
    none = read("how many 2024 Hartford Marathon entrants wound up with no finish (DNF, DNS or DQ)?")
    assert (none.status, none.intent, none.unused) == ("UNFINISHED", "count", ())
    assert "r.status <> 'FIN'" in build(none, TODAY).sql


def test_kinds_from_the_twelfth_sessions_break_attempt() -> None:
    # how much faster, as a least change, never a finish time; "at least" keeps the edge
    margin = read("of the runners in both 2022 and 2023 at the Hartford Marathon, how many were faster by at least "
                  "90 seconds in 2023?")
    assert (margin.cohort.margin_s, margin.cohort.margin_at_least, margin.time_limit) == (90, True, None)
    assert "(best_2022_s - best_2023_s) >= 90" in build(margin, TODAY).sql
    # slower: the later time minus the earlier one (it negated only the first); "lost time" is slower
    lost = read("which runners lost the most time from 2022 to 2023 at the Hartford Marathon?")
    assert (lost.cohort.kind, lost.cohort.slower, lost.cohort.listed, lost.change_years) == ("improved", True, True, None)
    assert "best_2023_s - best_2022_s AS slower_by_s" in build(lost, TODAY).sql
    # "2024 and the year before": both years
    assert read("of the 2024 and the year before Hartford Marathon runners, how many got slower?").years == (2023, 2024)
    # two events' times, each of the race its own name says (a race-less name: every race of it)
    pair = build(read("median time at the Hartford Marathon and at the Napa Half Marathon in 2024"), TODAY).sql
    assert "e.name = 'Hartford Marathon' AND ra.distance_km BETWEEN 42.185 AND 42.205" in pair
    assert "e.name = 'Napa Half Marathon' AND ra.distance_km BETWEEN 21.0875 AND 21.1075" in pair
    # several home cities negated: none of them
    assert "NOT (COALESCE(p.city, '') IN ('Mystic', 'New Haven'))" in build(
        read("how many 2024 Hartford Marathon finishers were not from Mystic or New Haven?"), TODAY).sql
    # DNFs and DQs per year: both, each year
    yearly = read("DNFs and DQs per year at the Hartford Marathon")
    assert (yearly.status, yearly.group_by) == ("DQ", ("year",))
    # "who was the fastest age-group winner": that runner
    who = read("who was the fastest age group winner at the 2024 Hartford Marathon?")
    assert (who.ranking, who.measure, who.winners) == (None, "fastest", True)
    # runners across the company's races are people
    assert read("how many runners from Mystic have finished our races?").distinct_people


def test_runners_of_a_cohort_listed_with_their_years() -> None:
    twice = read("Has anyone won the Hartford Marathon more than once? Who, and in which years?")
    assert (twice.cohort.listed, twice.notes) == (True, ())
    assert "LIST_SORT(LIST(DISTINCT YEAR(e.event_date))) AS in_years" in build(twice, TODAY).sql


def test_an_aside_that_says_the_question_again_is_set_aside() -> None:
    aside = read("what chip time marked the 90th percentile (i.e. slower than nine tenths of the field) at the 2024 "
                 "Hartford Marathon?")
    assert (aside.measure, aside.time_limit, aside.unused) == ("p90", None, ())
    # an aside with a filter of its own is part of the question
    kept = read("how many finished the 2024 Hartford Marathon (i.e. women only)?")
    assert kept.sex == "F"


def test_a_count_per_year_with_its_change_and_a_share_over_the_years() -> None:
    yoy = read("Hartford Marathon finishers each year, with the change from the previous year")
    assert (yoy.intent, yoy.group_by, yoy.year_over_year, yoy.dates) == ("trend", ("year",), True, None)
    sql = build(yoy, TODAY).sql
    assert "finishers - LAG(finishers) OVER (ORDER BY year) AS change_from_year_before" in sql
    assert read("yoy growth in Napa Half Marathon entrants").year_over_year
    share = read("how has the percentage of masters among Hartford Marathon finishers moved over the years?")
    assert share.group_by == ("year",) and share.metric.kind == "share"


def test_kinds_from_the_twelfth_sessions_second_break_attempt() -> None:
    # a top list keeps every runner tied with the last place shown
    assert "RANK() OVER (ORDER BY r.chip_time_s ASC) <= 3" in build(
        read("top 3 men at the 2024 Hartford Marathon"), TODAY).sql
    # different winners counted, each once
    winners = read("how many different women have won the Hartford Marathon?")
    assert (winners.intent, winners.distinct_people, winners.winners) == ("count", True, True)
    # first-timers with no event named are new to the company
    assert read("how many first-time finishers did we have in 2024?").cohort.any_event
    # runners ranked by how many finishes, not by time
    assert read("top 5 runners by number of Hartford Marathon finishes").subject == "people"
    # "the N fastest runners … ever": each runner once, at her best
    assert read("the 5 fastest women ever at the Hartford Marathon").personal_best
    assert not read("the 5 fastest times ever at the Hartford Marathon").personal_best
    # "5K … 5 times": the count is not the distance's number (it was taken as read and dropped)
    assert "5" in read("how many runners have finished the Stamford Turkey Trot 5K 5 times?").unused


def test_kinds_from_the_thirteenth_sessions_reading_of_set_57() -> None:
    # each year's own race, the first said in digits ("1 Mile": its 1 was left unread)
    legs = read("Of the people who finished the 1 Mile at the 2022 Stamford Turkey Trot, how many came back and "
                "finished the 5K there in 2023?")
    assert (legs.cohort.leg_races, legs.unused) == (("1 Mile", "5K"), ())
    # "set his best": the verb of a personal best
    assert read("In which year did Michael Wardian set his marathon best, and what was it?").unused == ()
    # two races "stack up": compared
    assert read("how did the 5K and the 10K stack up at the 2024 Stamford Turkey Trot, finishers for each?").unused == ()
    # "at least one" of our races is every runner once (per year when asked), never a cohort that drops the years
    once = read("how many different people entered at least one of our races, per year, since 2022?")
    assert (once.cohort, once.distinct_people, once.group_by, once.status) == (None, True, ("year",), None)
    # a cohort of each runner's history counted per year: one count a year (it gave one count for all years)
    first = build(read("how many first-timers did the Hartford Marathon have each year?"), TODAY).sql
    assert "GROUP BY 1" in first and "YEAR(e.event_date) AS year" in first
    # a cohort counted over a runner's whole history is not counted per group
    assert read("how many runners have finished the Hartford Marathon 3 or more times, by year?").notes
    # the runner at a place, or the last finisher, with their own pace (it gave every finisher's average pace)
    third = build(read("what pace per km did the 3rd place finisher in the 2024 Hartford Marathon run?"), TODAY).sql
    assert "r.overall_place = 3" in third and "AVG(" not in third
    last = build(read("what was the pace per mile of the last finisher at the 2024 Hartford Marathon?"), TODAY).sql
    assert "RANK() OVER (ORDER BY r.chip_time_s DESC) <= 1" in last and "AVG(" not in last
    assert read("who was in 2nd place at the 2024 Hartford Marathon?").place == 2
    # "counting every race" each year is one count a year, not one per race
    assert read("Hartford Marathon: how many signed up each year, counting every race?").group_by == ("year",)
    # counting each distance as its own race: races counted once, not per distance
    races = read("how many races did we time in 2024, counting each distance at an event as its own race?")
    assert (races.subject, races.group_by, races.unused) == ("races", (), ())
    # "either race", "a race at the 2025 <event>": the other year of the cohort
    both = read("how many who finished either race at the 2024 Hartford Marathon also finished a race at the 2025 "
                "Hartford Marathon?")
    assert (both.cohort.kind, both.cohort.count, both.unused) == ("also_in_year", 2025, ())
    # a city or a state, either of them: said back (it kept both, the city's runners at events held in the state)
    assert read("how many finishers of the 2024 Hartford Marathon were from Mystic or Rhode Island?").notes
    assert not read("how many finishers of the 2024 Hartford Marathon were from Mystic, CT?").notes


def test_kinds_from_the_thirteenth_sessions_reading_of_set_59() -> None:
    # an event said with "full" in its name is that event's marathon (it read the city as where runners live)
    both = read("how many runners finished both the Napa half marathon (half race) and the Hartford full marathon in "
                "the same calendar year?")
    assert (both.cohort.kind, both.cohort.leg_races, both.runner_city) == ("both", ("Half Marathon", "Marathon"), None)
    # "leaving <state> out": not from it
    leaving = read("Leaving Connecticut out, which 3 states sent the most finishers to the 2024 Hartford Marathon?")
    assert (leaving.runner_state, leaving.runner_state_negated, leaving.unused) == ("CT", True, ())
    assert read("fastest marathon at the 2024 Hartford Marathon by a woman in her 50s?").age.low == 50
    # distinct events counted, "of our four" said of them
    three = read("How many runners have entered at least three of our five different events?")
    assert (three.cohort.count, three.cohort.distinct_events, three.unused) == (3, True, ())
    assert read("How many different people have raced with us in the last three years (2023 through 2025)?").unused == ()
    # people over many editions, each once; "people, not entries"
    assert read("how many people have finished the Hartford Marathon since 2020?").distinct_people
    assert not read("how many runners have finished the 2024 Hartford Marathon?").distinct_people
    # people of one edition are people too: a runner of two of its races is one person
    assert read("how many people have finished the 2024 Hartford Marathon?").distinct_people
    assert read("how many entered the 2024 Hartford Marathon, any status? People, not entries.").distinct_people
    # why it is asked, in brackets at the end, is set aside
    assert read("median marathon time at the Hartford Marathon by year (so I can see whether the back of the pack is "
                "getting slower)").unused == ()
    # how much longer the gun time was than the chip time is the gun−chip gap; two medians' difference is not
    assert read("how much longer was the average gun time than the average chip time at the 2024 Hartford "
                "Marathon?").metric.kind == "gap"
    medians = read("how far apart were the median gun time and the median chip time at the 2024 Hartford Marathon?")
    assert medians.metric is None and medians.unused
    # "each <event> finisher" is a runner of it, not one row per edition
    per_runner = read("On average, how many times has each Hartford Marathon finisher finished it?")
    assert (per_runner.averaged_over, per_runner.group_by) == ("runner", ())
    # each sex's measure and the difference, every year
    gap = read("men's and women's median marathon times at the Hartford Marathon every year, plus the gap")
    assert gap.group_by == ("year", "sex") and "GROUP BY year" in build(gap, TODAY).sql
    # a rate per event, in the order said after the question
    ranked = read("For each of our events, what's the no-show (DNS) rate? Highest first.")
    assert (ranked.ranking.dimension, ranked.ranking.measure) == ("event", "dns_rate")
    # a context clause holding a word a best is set with stays a context clause
    assert read("avg chip time for M40-44 at the 2024 Hartford Marathon? trying to set AG award expectations").unused == ()


def test_kinds_from_the_thirteenth_sessions_break_attempt() -> None:
    # the last N finishers are the slowest N (it listed the fastest); second to last is said back
    last = read("Who were the last 3 finishers of the 2024 Hartford Marathon?")
    assert (last.last_place, last.limit) == (True, 3)
    assert read("Who finished second to last at the 2024 Hartford Marathon?").notes
    # a runner's own age-group wins, counted
    wins = read("How many times did Michael Wardian win his age group?")
    assert (wins.intent, wins.winners_by) == ("count", "age_group")
    # "ran the half but not the 10K", "3 or more races in a single year": said back (one was dropped)
    assert read("How many runners ran the half but not the 10K at the 2024 Napa Half Marathon?").notes
    assert read("How many runners have run 3 or more different races at the Stamford Turkey Trot in a single year?").notes
    # a measure and the count asked after it; a measure and the oldest runner are two questions
    assert read("What was the average age of finishers at the 2024 Hartford Marathon and how many were there?").with_count
    with pytest.raises(Unanswerable, match="two questions in one"):
        build(read("What was the average age of finishers at the 2024 Hartford Marathon and who was the oldest?"), TODAY)
    # an earlier history at another event named: returning (or first-timers with "never") there, not both events' runners
    before = read("how many 2024 Hartford Marathon finishers had run the Napa Half Marathon before?")
    assert (before.events, before.cohort.kind, before.cohort.elsewhere, before.cohort.earlier_finish) == (
        ("Hartford Marathon",), "returning", "Napa Half Marathon", True)
    assert "e2.name = 'Napa Half Marathon'" in build(before, TODAY).sql
    never = read("how many 2024 Hartford Marathon runners had never entered the Napa Half Marathon before?")
    assert (never.cohort.kind, never.cohort.elsewhere, never.cohort.earlier_finish) == ("first_timers", "Napa Half Marathon",
                                                                                         False)


def test_two_events_said_by_their_cities_in_a_cohort() -> None:
    # "both Hartford and Napa": each the only event held in that city (it read one city and declined)
    held = replace(VOCABULARY, event_cities=("Hartford", "Napa", "Stamford"),
                   held_at=(("Hartford Marathon", "Hartford"), ("Hartford Spring Marathon", "Hartford"),
                            ("Napa Half Marathon", "Napa"), ("Stamford Turkey Trot", "Stamford")))
    both = parse("how many people finished both Napa and Stamford in the same calendar year?", held, TODAY)
    assert (both.events, both.cohort.kind, both.cohort.same_year) == (("Napa Half Marathon", "Stamford Turkey Trot"),
                                                                      "both", True)
    # a city of two events names neither
    assert parse("how many people finished both Napa and Hartford?", held, TODAY).events != (
        "Napa Half Marathon", "Hartford Marathon")


def test_kinds_from_the_thirteenth_sessions_second_break_attempt() -> None:
    # the first N runners of each year (and of a group with no places of its own), not each year's runners counted
    podium = read("women's podium at the Hartford Marathon every year")
    assert (podium.intent, podium.group_by, podium.limit, podium.sex) == ("top", ("year",), 3, "F")
    assert "PARTITION BY YEAR(e.event_date), e.name, ra.name" in build(podium, TODAY).sql
    masters = read("first place masters man at the Hartford Marathon by year")
    assert (masters.place, masters.age.low) == (1, 40)
    assert "PARTITION BY r.event_id, r.race_id" in build(masters, TODAY).sql
    # a runner's best or worst place, by that place
    worst = read("Michael Wardian's worst age group place")
    assert (worst.best_place, worst.last_place) == ("age_group", True)
    assert "ORDER BY r.age_group_place DESC" in build(worst, TODAY).sql
    assert read("Michael Wardian's best marathon overall place").best_place == "overall"
    # a runner's pace in each race, each row its own
    assert read("Michael Wardian's pace per km in every marathon he ran").intent == "list"
    # the course record of each race: the fastest of each race over every edition
    record = build(read("course record for each race at the Napa Half Marathon"), TODAY).sql
    assert "PARTITION BY ra.name, e.name ORDER BY" in record
    # runners under a time over every edition: each once
    assert read("how many women have ever gone sub-4 in the Hartford Marathon?").distinct_people


def test_kinds_from_the_thirteenth_sessions_last_break_attempt() -> None:
    # two statuses joined by "or", every race of an event, two events each with its race: said back
    # (a DNF or a DQ, started with no finish, is one status since the twenty-first session: "DNF_OR_DQ")
    assert read("how many people DNF'd or DQ'd in the 2023 Hartford Marathon?").status == "DNF_OR_DQ"
    assert read("how many people were no-shows or DNF'd in the 2023 Hartford Marathon?").notes
    assert read("how many runners completed all the races at the Napa Half Marathon in 2024?").notes
    assert not read("how many runners finished each race of the Napa Half Marathon in 2024?").notes
    assert read("how many runners ran the Hartford Marathon marathon in 2024 and the Napa Half Marathon half in "
                "2024").notes
    # every edition said "all editions of"
    assert read("how many runners finished all editions of the Hartford Marathon").cohort.kind == "every_edition"
    # the top 3's average pace stays an average
    assert read("average pace per mile of the top 3 at the 2024 Hartford Marathon").intent == "analyze"
    # the top 3's paces: each one's own
    top = read("pace per mile of the top 3 at the 2024 Hartford Marathon")
    assert (top.intent, top.top_places) == ("list", 3)
    # an earlier history at an event said by its city (its only event)
    held = replace(VOCABULARY, event_cities=("Hartford", "Napa"), held_at=(("Napa Half Marathon", "Napa"),))
    before = parse("how many 2024 Hartford Marathon runners had run in Napa before?", held, TODAY)
    assert (before.cohort.kind, before.cohort.elsewhere, before.event_city) == ("returning", "Napa Half Marathon", None)


def test_kinds_from_the_thirteenth_sessions_review_break_attempt() -> None:
    # a runner's pace in "each of <name>'s races": each race with its own pace
    assert read("Pace in each of Michael Wardian's races").intent == "list"
    # an earlier history in a city of several events is said back (it read the city as where the event was held)
    held = replace(VOCABULARY, event_cities=("Hartford", "Napa"),
                   held_at=(("Hartford Marathon", "Hartford"), ("Hartford Spring Marathon", "Hartford")))
    assert parse("how many 2024 Napa Half Marathon runners had run in Hartford before?", held, TODAY).notes


def test_kinds_from_held_out_set_58() -> None:
    # a runner's results at one place are counted at that place (the place was dropped: every result counted)
    second = read("how many times has Michael Wardian come 2nd in his AG?")
    assert (second.place, second.place_in_age_group) == (2, True)
    assert "r.age_group_place = 2" in build(second, TODAY).sql
    assert "r.overall_place = 3" in build(read("how many times has Michael Wardian finished 3rd overall?"), TODAY).sql
    # a part of a year is no place
    assert read("finishers of the Napa Half Marathon in the 2nd half of 2024").place is None
    # "which had more X, A or B": the one, with its count, as "which had the most" (it listed every finisher of both;
    # the twenty-third session chose the one over both side by side, as most held-out sets' writers did); "give both
    # counts" keeps the two
    which = read("which had more finishers in 2024, the Hartford Marathon or the Napa Half Marathon?")
    assert (which.intent, which.ranking.dimension, which.ranking.limit, which.unused) == ("top", "event", 1, ())
    both = read("which had more finishers in 2024, the Hartford Marathon or the Napa Half Marathon? give both counts")
    assert (both.intent, both.group_by) == ("compare", ("event",))
    assert read("who had the lower DNF rate at the 2024 Hartford Marathon, men or women?").group_by == ("sex",)
    # "which was slower, …": groups compared, not runners' own changes
    assert read("at the 2024 Hartford Marathon, which was slower: the men or the women?").cohort is None
    # no-shows said "not shown up", hyphenated ages, a bare "entrants by state"
    assert read("how many times has Michael Wardian signed up and not shown up?").status == "DNS"
    assert read("how many 65-and-up runners finished the 2024 Napa Half Marathon?").age.low == 65
    assert read("Hartford Marathon 2024: entrants by home state").intent == "count"
    # a runner's "<distance> best" is the personal best
    assert read("Michael Wardian's marathon best - time and year?").personal_best
    # an edition said "the 2024 one"
    assert not read("how many DNFs were there at the Hartford Marathon, the 2024 one?").unused


def test_kinds_from_the_fourteenth_sessions_break_attempt() -> None:
    # periods: the past year is the last twelve months, "so far" is to date, "in recent years" is said back
    assert read("how many finishers have we had in the past year").dates.start == date(2025, 11, 23)
    assert read("how many runners have we timed so far").dates is None
    assert read("how many finished the Hartford Marathon in recent years").unused
    # "how many women did we average per event": counts averaged
    assert read("how many women did we average per event in 2024").averaged_over == "event"
    # said back: two clocks' limits, a sum of times, groups kept by a rate or an average
    for question in ("how many Hartford Marathon finishers had a gun time over 4 hours but a chip time under 4 hours",
                     "total chip time of all finishers at the 2024 Hartford Marathon",
                     "which editions of the Hartford Marathon had a DNF rate over 2%",
                     "list events where the average time was under 28 minutes in 2024"):
        assert read(question).notes, question
    # the runners with the most DNFs, and "as their first race with us"
    assert read("which runner has the most DNFs with us").subject == "people"
    first = read("how many people ran the Napa Half Marathon in 2022 as their first ever race with us")
    assert (first.cohort.kind, first.cohort.any_event, first.edition) == ("first_timers", True, None)
    # both events in the same year, said without "both"
    both = read("how many runners ran the Hartford Marathon and the Napa Half Marathon in the same year")
    assert (both.cohort.kind, both.cohort.same_year) == ("both", True)
    assert read("what's the age breakdown of finishers at the 2024 Hartford Marathon").group_by == ("age_group",)


def test_places_said_in_other_words_from_the_fourteenth_sessions_second_break_attempt() -> None:
    for question, place in (("how many times was Michael Wardian second in his age group", 2),
                            ("how many times did Michael Wardian come in 2nd in his division", 2),
                            ("Michael Wardian second-place age group finishes", 2),
                            ("how many 3rd place age group finishes does Michael Wardian have", 3)):
        parsed = read(question)
        assert (parsed.place, parsed.place_in_age_group) == (place, True), question
    assert read("how many top 3 finishes among women does Michael Wardian have").top_places_within == "sex"
    assert read("which had the older field in 2024, the Hartford Marathon or the Napa Half Marathon?").measure == \
        "average_age"


def test_two_places_at_once_are_said_back_whatever_is_asked() -> None:
    # "who came 2nd or 3rd overall" listed one of the two places at 1.0
    assert read("who came 2nd or 3rd overall in the 2024 Hartford Marathon").notes
    assert read("how many times did Michael Wardian place 2nd or 3rd in his age group").notes


def test_words_that_were_read_but_changed_nothing_in_the_fifteenth_session() -> None:
    # each of these was answered at 0.96-1.0 as if the word were not there (held-out set 62, read)
    wins = read("how often has a runner from Providence won the Stamford Turkey Trot?")
    assert (wins.intent, wins.winners, wins.runner_city) == ("count", True, "Providence")
    assert read("who has won the Hartford Marathon the most times, and how many wins?").intent == "top"
    overall = read("in which years was the overall winner of the Hartford Marathon a woman?")
    assert (overall.place, overall.sex, overall.winners) == (1, "F", True)
    assert read("who was the women's overall winner of the 2024 Hartford Marathon?").place is None
    averaged = read("on average how many times have Hartford Marathon finishers finished it?")
    assert (averaged.averaged_over, averaged.measure, averaged.distinct_people) == ("runner", None, False)
    first = read("when did we hold the Mystic Jingle Bell Run for the first time?")
    assert first.cohort is None and first.subject == "events"
    assert read("which Providence runner has the most finishes with us?").limit == 1
    assert read("how many of our Providence runners have ever signed up for the Hartford Marathon?").distinct_people
    assert read("which edition of the Hartford Marathon had the lowest median runner age?").ranking.measure == \
        "median_age"
    assert read("the 2024 Stamford Turkey Trot had three races: which one had the youngest finishers on average?"
                ).ranking.dimension == "race"
    assert read("which home city has the most top-10 overall finishes at the Hartford Marathon?").top_places == 10
    assert read("rank states by number of podium finishes").top_places == 3
    assert read("which home state has the most podiums at the Hartford Marathon?").top_places == 3
    ranked = read("Hartford Marathon editions ranked by average age of runners")
    assert (ranked.ranking.dimension, ranked.ranking.limit > 1) == ("year", True)
    assert read("of the three races at the 2024 Stamford Turkey Trot, which had the most women?").ranking.dimension == "race"
    assert read("Hartford Marathon finishers year by year, oldest first").ranking is None
    for question in ("in which year did we first put on the Hartford Marathon?", "when was our first race in Mystic?",
                     "the first year we timed the Hartford Marathon", "when did the Stamford Turkey Trot debut?"):
        first = read(question)
        assert (first.subject, first.edition) == ("events", "first"), question
    for question in ("what's the most common age at the Hartford Marathon?",
                     "how many runners set a new PR at the 2025 Hartford Marathon?",
                     "how many distances has Michael Wardian finished with us?",
                     "how big was the drop in finishers at the Hartford Marathon?",
                     # (and from the session's break attempt)
                     "how many in-state finishers did the 2024 Hartford Marathon have?",
                     "are Texans faster than out-of-state runners at the Hartford Marathon?",
                     "which runners ran a personal best at the Hartford Marathon last year?",
                     "which age is most common at the Stamford Turkey Trot?",
                     "how many events on average has each of our runners done?",
                     "which of our events is the oldest?"):
        parsed = read(question)
        assert parsed.notes or parsed.unused, question



def test_a_group_said_as_who_won_is_an_overall_win() -> None:
    # "how many times has a woman won" counted the women's winners; "won by runners over 50" ranked the fastest of them
    for question in ("how many times has a woman won the Hartford Marathon?", "was the 2024 Hartford Marathon won by a woman?",
                     "how many races were won by runners over 50?", "did a teenager ever win the Stamford Turkey Trot?",
                     "number of times a man over 40 won the Hartford Marathon", "how many wins do women have at the Hartford Marathon?"):
        parsed = read(question)
        assert (parsed.place, parsed.place_overall) == (1, True), question
    for question in ("who was the women's winner of the 2024 Hartford Marathon?", "who won the masters race at the Hartford Marathon?"):
        assert not read(question).place_overall, question
    assert read("number of times a man over 40 won the Hartford Marathon").intent == "count"


def test_people_named_by_state_or_as_residents_are_counted_once() -> None:
    for question in ("how many Floridians have ever entered?", "how many Providence residents have run our races?",
                     "how many Vermonters ever registered?",
                     "how many New Yorkers have entered the Hartford Marathon over the years?"):
        assert read(question).distinct_people, question


def test_kinds_from_the_sixteenth_sessions_break_and_set_66() -> None:
    # a group's share of the overall wins: of the overall winners (it counted women's wins among every result)
    share = read("what percentage of the Hartford Marathon races were won by women?")
    assert (share.winners, share.place, share.place_overall, share.share_of.sex, share.share_of.winners) == (True, 1, True, "F", False)
    # overall winners of a sex, counted; their sex asked about, not filtered
    counted = read("how many of the Stamford Turkey Trot winners have been women?")
    assert (counted.intent, counted.place_overall, counted.sex) == ("count", True, "F")
    shown = read("who won the 2024 Hartford Marathon overall, and was it a woman?")
    assert (shown.place_overall, shown.sex) == (True, None)
    assert read("the 2024 overall winners - which of them were men?").sex is None
    # each runner's results averaged (or their median), by a runner's own groups
    per = read("median number of entries per runner, by home city")
    assert (per.averaged_over, per.measure, per.group_by) == ("runner", "median", ("city",))
    each = read("Providence runners with at least one finish: how many finishes does each have on average?")
    assert (each.averaged_over, each.runner_city, each.unused) == ("runner", "Providence", ())
    assert read("On average how many races has each Mystic resident run with us?").averaged_over == "runner"
    # each edition's count, its median: of every race (a time takes the race its name says; a count does not)
    editions = read("median finishers per year at the Napa Half Marathon")
    assert (editions.averaged_over, editions.measure, editions.distances) == ("year", "median", ())
    # a city's people, as they are called
    assert read("how many Hartforders have entered?").runner_city == "Hartford"
    assert read("how many New Havenites finished the 2024 Hartford Marathon?").runner_city == "New Haven"
    assert read("Stamford residents (Connecticut): average entries per runner").runner_state == "CT"
    # the first or last edition, however it is said
    assert read("which year was the Hartford Marathon's debut?").edition == "first"
    assert read("what was the last year we timed the Stamford Turkey Trot?").edition == "last"
    assert read("who won the Mystic Jingle Bell Run the last time we timed it?").edition == "last"
    first = read("the year we first timed the Hartford Marathon: how many finished?")
    assert (first.edition, first.group_by, first.intent) == ("first", ("year",), "count")
    assert read("what was our very first event?").edition == "first"
    # winners listed oldest first when asked
    assert read("Hartford Marathon overall winners, earliest year first").oldest_first
    # a measure of the field used as a filter: each runner against the same field's average or median
    younger = read("how many runners were younger than the median age at the 2024 Hartford Marathon?")
    assert (younger.field_limit, younger.intent, younger.measure, younger.unused) == (
        FieldLimit("age", "<", "median"), "count", None, ())
    beat = read("how many finishers beat the average time at the 2024 Hartford Marathon?")
    sql = build(beat, TODAY).sql
    assert beat.field_limit == FieldLimit("time", "<", "avg") and "r.chip_time_s < (SELECT AVG(r2.chip_time_s) FROM" in sql
    assert "WHERE r2.race_id = r.race_id AND r2.status = 'FIN')" in sql   # (each against their own race's finishers)
    # (another group's average, and "above average" of nothing said: said back)
    assert read("how many women were faster than the average man at the 2024 Hartford Marathon?").unused
    assert read("how many runners at the 2024 Hartford Marathon were above average?").field_limit is None
    # a count of the runner a ranking picks: said back, never a neighbouring answer
    assert read("how many wins does the youngest winner of the Stamford Turkey Trot have?").unused
    assert "events per" in " ".join(read("mean number of events per participant").unused)
    # the editions that held a race; runners with N or more entries; "who" after a plural noun is no question word
    held = read("which years did the Hartford Marathon have a half marathon?")
    assert (held.subject, held.intent) == ("races", "list")
    entries = read("how many runners have 12 or more entries with us?")
    assert (entries.cohort.kind, entries.cohort.count, entries.unused) == ("min_finishes", 12, ())
    assert read("Providence residents who finished the 2024 Hartford Marathon?").intent == "count"
    assert read("who won the Mystic Jingle Bell Run the first time we held it?").edition == "first"
    assert read("Hartford Marathon 2024: who won the one-miler?").distances[0].label == "1 Mile"
    assert read("Hartford Marathon: the first edition, and when was the latest one?").unused
    # a share said without a verb ("percentage of … won by men"); whether the winner was of a group, asked
    share = read("percentage of Hartford Marathon races won by men")
    assert (share.metric.kind, share.winners, share.place_overall, share.share_of.sex) == ("share", True, True, "M")
    asked = read("was the winner of the 2024 Hartford Marathon a teenager?")
    assert (asked.place, asked.place_overall, asked.age.low) == (1, True, 13)
    assert read("how old was the youngest woman to win a race with us?").place_overall
    # runners listed by age when asked, a bare noun phrase with an order is a list
    by_age = read("finishers of the 2024 Hartford Marathon sorted by age, youngest first")
    assert (by_age.intent, by_age.sorted_by, by_age.unused) == ("list", "youngest", ())
    slowest = read("list the 2024 Hartford Marathon women, slowest first")
    assert (slowest.intent, slowest.sorted_by, slowest.limit, slowest.measure) == ("list", "slowest", None, None)
    assert read("list 2024 Hartford Marathon finishers ordered by chip time").sorted_by == "fastest"
    assert read("list the 2024 Hartford Marathon men sorted by age descending").sorted_by == "oldest"
    assert "ORDER BY r.age DESC, r.chip_time_s" in build(read("list the 2024 Hartford Marathon women finishers, oldest first"),
                                                      TODAY).sql
    # (a third break attempt) the winner's age asked about; anyone of an age who won; people who won, counted; the
    # Nth edition said back; a field's average "at that race"
    master = read("who won the 2024 Hartford Marathon and was he a master?")
    assert (master.age, master.place, master.place_overall) == (None, 1, True)
    assert read("has anyone over 50 ever won the Stamford Turkey Trot?").place_overall
    assert read("how many Connecticut residents have won a race?").distinct_people
    assert read("who won the third edition of the Hartford Marathon?").unused
    assert read("how many finishers at the 2024 Hartford Marathon were faster than the average at that race?").field_limit
    # (a last break attempt) the winners of an event asked of a group; "who took the 2024 X"; "the debut X";
    # "crossed the line" is a finish
    women = read("which of the winners of the Stamford Turkey Trot were women?")
    assert (women.sex, women.place, women.place_overall) == ("F", 1, True)
    assert read("were any of the Hartford Marathon winners teenagers?").place_overall
    assert read("who took the 2024 Hartford Marathon?").winners
    assert read("how many finished the debut Mystic Jingle Bell Run?").edition == "first"
    assert read("how many runners crossed the line at the 2024 Hartford Marathon?").status == "FIN"


def test_one_race_of_one_edition_is_ranked_with_its_event_year_and_distance() -> None:
    for question in ("which single race had the most finishers ever?", "worst 3 races for DNF rate - event, year, distance"):
        assert read(question).ranking.dimension == "race_edition", question
    assert read("worst 3 races for DNF rate - event, year, distance").ranking.limit == 3


def test_a_year_before_the_ranked_dimension_is_no_count_of_rows() -> None:
    assert read("which 2024 event had the most finishers?").ranking.limit == 1   # (it showed 2024 rows)
    assert read("which 3 events had the most finishers?").ranking.limit == 3


def test_a_ranking_by_its_runners_different_home_states() -> None:
    ranked = read("which of our 2025 events drew runners from the most different home states?")
    assert (ranked.ranking.dimension, ranked.ranking.measure, ranked.unused) == ("event", "states", ())


def test_a_pace_group_is_no_pace_and_a_best_year_says_best_by_what() -> None:
    assert read("how many 2024 Stamford Turkey Trot finishers ran with a pace group?").unused   # said back, not a pace
    assert read("which was our best year?").unused == ("our best year",)


def test_everyday_shorthands_of_dates_distances_and_records() -> None:
    assert read("stamford turkey trot last oct: how many finished?").dates.words == "October 2025"   # (a month said short)
    assert find_distance("stamford turkey trot 2024 mile") == DISTANCES["mile"]          # (a year is no count of miles)
    record = read("the women's 5K record at the Stamford Turkey Trot: who, what year, what time?")
    assert (record.sex, record.limit, record.unused) == ("F", 1, ())
    assert read("how many events have we timed in November, all time?").month == 11


def test_a_runners_different_distances_and_people_who_doubled_up() -> None:
    distances = read("how many different distances has Michael Wardian finished with us?")
    assert (distances.distinct_of, distances.unused) == ("race", ())
    doubled = read("how many people doubled up (ran 2+ races) at the 2024 Stamford Turkey Trot?")
    assert (doubled.cohort.kind, doubled.cohort.count, doubled.unused) == ("min_finishes", 2, ())


def test_raced_with_us_again_or_not_is_any_entry_at_any_event() -> None:
    again = read("how many of the people who raced with us in 2024 raced with us again in 2025?")
    missing = read("how many people who raced with us in 2023 didn't race with us at all last year?")
    assert [(p.cohort.kind, p.cohort.count, p.cohort.any_event, p.cohort.entries, p.cohort.absent) for p in (again, missing)] == [
        ("also_in_year", 2025, True, True, False), ("also_in_year", 2025, True, True, True)]


def test_the_gap_between_sexes_in_pace_per_mile() -> None:
    gap = read("2024 Stamford Turkey Trot 5K: how much faster per mile were the men than the women on average? give both paces and the gap")
    assert (gap.metric.kind, gap.metric.unit, gap.difference, gap.unused) == ("pace", "mile", ("F", "M"), ())


def test_the_fastest_runners_within_each_group_are_a_top_list_of_each() -> None:
    # (said back before: the top list within each group is read since the thirteenth session)
    for question, group in (("fastest 5 per year at the stamford turkey trot", "year"),
                            ("fastest woman in each age group at the 2024 hartford marathon", "age_group")):
        parsed = read(question)
        assert (parsed.group_by, parsed.unused, parsed.intent) == ((group,), (), "top"), question


def test_kinds_from_the_seventeenth_sessions_break_attempt() -> None:
    assert read("how many finishers in the third quarter of 2024?").place is None      # a quarter, not 3rd place
    biggest = read("what was the biggest event every year?")
    assert (biggest.ranking.dimension, biggest.group_by) == ("event", ("year",))        # (it counted events)
    women = read("by how much per km were the women slower at the 2024 Stamford Turkey Trot?")
    assert (women.metric.kind, women.difference) == ("pace", ("F", "M"))               # (the women's pace alone)
    assert read("how much slower was 100th place than the winner at the 2024 Stamford Turkey Trot?").metric.unit == "100"
    assert read("who has run every edition of the Stamford Turkey Trot?").cohort.listed   # (a count, no names)
    nobody = read("how many runners didn't race with us at all last year?")
    assert (nobody.cohort.kind, nobody.cohort.absent, nobody.dates) == ("also_in_year", True, None)
    spring = read("how many spring events have we timed since 2020?")
    assert (spring.seasons, spring.dates.words) == (("spring",), "since 2020")       # (spring 2020 only)
    assert read("what age is the median woman at the 2024 Stamford Turkey Trot?").measure == "median_age"
    assert read("how many people showed up to the 2024 Stamford Turkey Trot?").status == "STARTED"
    both = read("did more people finish in spring or fall in 2023?")
    assert (both.seasons, both.group_by) == (("spring", "fall"), ("season",))          # (it summed them)


def test_kinds_from_the_seventeenth_sessions_last_break_attempt() -> None:
    first = read("what was Michael Wardian's first event with us?")
    assert (first.edition, first.cohort, first.unused) == ("first", None, ())        # (it counted first-timers: 0)
    outsiders = read("Nutmeggers vs non-Nutmeggers: how many finishers at the 2024 Hartford Marathon")
    assert [g.runner_state_negated for g in outsiders.compared] == [False, True]      # (it was said back)
    second = read("how far behind the women's winner was the second woman at the 2024 Hartford Marathon?")
    assert (second.metric.kind, second.sex) == ("margin", "F")
    top = read("where did runners come from for the 2024 Hartford Marathon? top states")
    assert (top.ranking.dimension, top.ranking.limit) == ("state", 100)              # (it listed runners)


def test_kinds_from_the_review_break_attempt() -> None:
    rate = read("which single race had the best finish rate: event, year, distance")
    assert (rate.ranking.dimension, rate.ranking.measure, rate.ranking.descending) == ("race_edition", "finish_rate", True)
    assert read("first-time runners vs repeat runners at our biggest event in 2025").unused   # (it was dropped)
    assert read("Michael Wardian: his first race with us and his latest").unused             # (it gave the first alone)


def test_kinds_from_the_eighteenth_sessions_reading_of_held_out_68() -> None:
    assert (read("how many finishers at the 2024 Hartford Marathon were sex F").sex,
            read("count the gender x runners at the Stamford Turkey Trot").sex) == ("F", "X")
    assert "x" in read("how many runners with an x in their name finished the Hartford Marathon").unused
    spread = read("Stamford Turkey Trot 2024: the spread between the fastest and slowest finisher, in seconds")
    assert (spread.measure, spread.unused) == ("fastest_and_slowest", ())
    km = read("total kilometers covered by finishers of the 2024 Hartford Marathon")
    assert (km.measure, km.unused, km.notes) == ("total_km", (), ())
    miles = read("how many miles did our finishers run in total in 2024")
    assert (miles.measure, miles.distances) == ("total_miles", ())                    # ("miles" is no 1 Mile race)
    assert "SUM(ra.distance_km)" in build(km, TODAY).sql
    dqs = read("which years did the Hartford Marathon have DQs")
    assert (dqs.intent, dqs.group_by, dqs.groups_with_any) == ("count", ("year",), True)
    assert "FILTER" not in build(dqs, TODAY).sql                                        # (years with none left out)
    assert read("year-by-year headcount of Stamford Turkey Trot finishers").group_by == ("year",)
    sexes = read("median chip time for women and for men at the 2024 Hartford Marathon, and how much slower the women were")
    assert sexes.difference == ("F", "M")
    fast = build(read("Hartford Marathon: sub-3 finishers every year"), TODAY).sql
    assert "COUNT(*) FILTER(WHERE r.chip_time_s < 10800)" in fast                      # (a year with none is 0)
    women = build(read("how many women made the overall top 10 at the Stamford Turkey Trot each year"), TODAY).sql
    assert "FILTER(WHERE p.sex = 'F' AND r.overall_place <= 10)" in women
    born = read("how many finishers of the 2024 Hartford Marathon were born in the 80s")
    assert (born.born.first, born.born.last, born.age, born.years) == (1980, 1989, None, (2024,))   # (no age 80-89)
    assert "YEAR(p.birth_date) BETWEEN 1980 AND 1989" in build(born, TODAY).sql
    assert read("how many 2024 Hartford Marathon finishers were born in May").unused                 # (a birth month)
    ages = read("median age of the finishers vs the DNFs at the 2024 Hartford Marathon")
    assert ([g.status for g in ages.compared], ages.status, ages.measure) == (["FIN", "DNF"], None, "median_age")
    assert read("Mystic JBR 2024 finishers, how many").events == ("Mystic Jingle Bell Run",)
    more = read("how many more finishers did the Hartford Marathon have than the Stamford one in 2024")
    assert set(more.events) == {"Hartford Marathon", "Stamford Turkey Trot"}
    gone = read("of the 2023 Hartford Marathon finishers, how many did not sign up for the 2024 Hartford Marathon")
    assert (gone.cohort.kind, gone.cohort.count, gone.cohort.absent, gone.cohort.entries) == ("also_in_year", 2024, True, True)
    assert read("counting all years together, which event had the highest DNF rate").unused == ()
    start = read("what time did the half start at the 2024 Napa Half Marathon")
    assert (start.subject, start.intent) == ("races", "list")
    assert "start_time" in build(start, TODAY).sql
    assert read("what races did the 2024 Hartford Marathon have").subject == "races"                 # (it listed runners)
    assert read("what portion of 2024 Stamford Turkey Trot finishers were women").metric.kind == "share"
    assert read("Michael Wardian wants his Hartford Marathon times").unused == ()
    states = read("Nutmeggers vs Rhode Islanders at the 2024 Hartford Marathon: finishers from each state")
    assert [g.runner_state for g in states.compared] == ["CT", "RI"]
    ages = read("Hartford Marathon 2024: median age of the marathon finishers vs the half finishers, and the gap (half minus full)")
    assert (ages.difference, ages.measure) == (("Half Marathon", "Marathon"), "median_age")
    any_dnf = read("2024 Hartford Marathon DNFs by state, only the states that had any")
    assert (any_dnf.group_by, any_dnf.groups_with_any, any_dnf.intent) == (("state",), True, "count")
    # ("how much faster was the naperville winner than the evanston winner": in the order said, by the word only each has)
    assert _events_minus("how much faster was the naperville winner than the evanston winner",
                         ("Evanston Run for the Schools", "Naperville Run for the Schools"))[0] == "Naperville Run for the Schools"
    each = read("which years did the Hartford Marathon have a half, and how many finished it each time?")
    assert (each.subject, each.group_by) == ("results", ("year",))                    # (it counted races)
    women = read("what share of the DNFs at the 2024 Hartford Marathon were women")
    assert (women.metric.kind, women.status, women.share_of.sex) == ("share", "DNF", "F")      # (the DNF rate)
    assert read("which runners have a DNF at the Hartford Marathon and a finish at the Stamford Turkey Trot").notes
    second_half = read("what did we time in the second half of last year?")
    assert (second_half.subject, second_half.dates.words) == ("events", "the second half of 2025")
    gaps = read("which 5 marathon finishers at the 2024 Hartford Marathon had the largest gun-chip gap?")
    assert (gaps.intent, gaps.limit) == ("top", 5)                                          # (the largest gap alone)
    sides = read("2024 Hartford Marathon: the average finish time of the marathon and of the half")
    assert sides.group_by == ("race",)                                                       # (two distances pooled)
    firsts = read("who was first overall at the Hartford Marathon and at the Stamford Turkey Trot in 2024?")
    assert (firsts.intent, firsts.group_by, firsts.place) == ("top", (), 1)                  # (it counted finishers)
    assert read("Hartford Marathon DNF rate 2015-2019 vs 2020-2025").notes                 # (four years compared)
    outside = read("how many events did we time outside of Connecticut in 2024?")
    assert (outside.subject, outside.event_state, outside.event_state_negated, outside.runner_state) == ("events", "CT", True, None)
    assert "e.state <> 'CT'" in build(outside, TODAY).sql
    assert read("how many editions have we timed in Rhode Island?").subject == "events"     # (it counted runners)
    assert read("the youngest anyone has ever been when finishing the Hartford Marathon").metric.unit == "age"
    assert read("fastest 10k ever run at one of our events").subject == "results"          # (it ranked the events)
    three = read("how many people entered 3+ of our different events?")
    assert (three.age, three.cohort.entries, three.cohort.distinct_events) == (None, True, True)   # (aged 3 and over)
    assert read("Stamford Turkey Trot: finishers per year + median time").with_count
    assert read("average age at the Stamford Turkey Trot each november").group_by == ("year",)
    bests = read("Michael Wardian: quickest 5k and quickest half marathon")
    assert (bests.personal_best, bests.group_by) == (True, ("race",))                      # (his results by time)
    assert read("Michael Wardian - every event + year he has run").group_by == ("event", "year")
    assert read("2024 recap: number of events, total entries, total finishers").notes     # (one of them given)


def test_kinds_from_the_eighteenth_sessions_last_break_attempt() -> None:
    pace = read("median chip time per km at the 2024 Hartford Marathon")
    assert (pace.metric.kind, pace.metric.unit, pace.metric.aggregate) == ("pace", "km", "median")   # (the time alone)
    assert read("which years was the Stamford Turkey Trot held?").subject == "events"       # (every result listed)
    assert "x" in read("how many 2024 Hartford Marathon finishers were sex M or X").unused    # (the men alone)
    assert "non-binary" in read("women and non-binary runners at the 2024 Hartford Marathon, how many").unused
    assert "dqs" in read("median age of the 2024 Hartford Marathon DNFs and DQs").unused    # (the DNFs alone)


def test_kinds_from_the_nineteenth_sessions_break_findings_and_held_out_76() -> None:
    # "which <groups> had <a subgroup>": one row per group holding one, with how many (it listed the results)
    years = read("which years had sub-18 men at the Hartford Marathon")
    assert (years.intent, years.group_by, years.groups_with_any, years.sex) == ("count", ("year",), True, "M")
    assert read("what events had DNFs in 2024").group_by == ("event",)
    assert read("which states had women under 3 hours at the 2024 Hartford Marathon").group_by == ("state",)
    assert not read("which years had the Stamford Turkey Trot").groups_with_any   # (nothing picks results out)
    # one measure of each clock is said back; a runner's results show both clocks
    assert read("fastest gun time and fastest chip time at the 2024 Hartford Marathon").notes
    wardian = read("Michael Wardian's chip and gun times")
    assert (wardian.notes, wardian.clock) == ((), "gun")
    # the order said after a grouping ranks every group by the measure, when the word fits the measure
    ranked = read("Hartford Marathon median finish time for each year, ranked fastest year first")
    assert (ranked.ranking.dimension, ranked.ranking.measure, ranked.ranking.descending, ranked.unused) == (
        "year", "median_time", False, ())
    assert read("2024 Hartford Marathon DNF rate by race, sorted highest rate first").ranking.measure == "dnf_rate"
    assert read("Hartford Marathon finishers year by year, oldest first").ranking is None   # (the years in order)
    # "per calendar month": one row per month of the year; the two sexes' winners said with an adjective each
    assert read("finishers per calendar month in 2024").group_by == ("month_of_year",)
    assert read("2024 Hartford Marathon: fastest man's and fastest woman's chip time").winners_by == "sex"
    # a season in parentheses after an event's name says when it is held, no filter or grouping
    both = read("how many finished both the Hartford Marathon (fall) and the Mystic Jingle Bell Run (winter) in the same year")
    assert (both.seasons, both.group_by, both.unused) == ((), (), ())
    # "incl." inside a sentence (its full stop no sentence's end), before a list of statuses: every entry
    assert expand_abbreviations("entrants incl. DQs and DNFs") == "entrants including DQs and DNFs"
    assert read("2024 Hartford Marathon entrants including DQs and DNFs").status is None


def test_the_compiler_says_back_what_its_query_cannot_hold() -> None:
    # a top N the query has no place for (the winners listed, "top 5 overall" dropped)
    with pytest.raises(Unanswerable, match="top 5"):
        build(replace(read("who won the Hartford Marathon each year"), limit=5), TODAY)
    # one figure where one row per group was read
    both = read("how many runners finished both the Hartford Marathon and the Napa Half Marathon")
    with pytest.raises(Unanswerable, match="one row per year"):
        build(replace(both, group_by=("year",)), TODAY)
    # the last finisher read beside a count that holds no place for it
    with pytest.raises(Unanswerable, match="last finisher"):
        build(replace(read("how many finished the Hartford Marathon over 5 hours each year"), last_place=True), TODAY)
    assert not read("how many people finished last year's Hartford Marathon?").last_place   # (a date, no place)
    assert read("per year: # of events, # of races, and total entries").notes   # (several counts at once, said back)


def test_kinds_from_the_nineteenth_sessions_second_break_attempt() -> None:
    # an event said short by its city and a race names that race, whatever is asked of it; the full name, a part of
    # it or several races asked of it keep every race
    assert [d.label for d in read("how many finished the 2024 Napa half?").distances] == ["Half Marathon"]
    assert read("how many finished the 2024 Napa Half Marathon?").distances == ()
    assert read("2024 Napa half: finishers in each race").distances == ()
    # "which <groups> had more than N <people>": every group of that size
    big = read("which years had more than 500 finishers at the Hartford Marathon")
    assert (big.ranking.dimension, big.ranking.min_group, big.ranking.limit > 1, big.unused) == ("year", 501, True, ())
    # a share said around a cohort: the cohort's runners among the whole, each once
    share = read("Hartford Marathon finishers in 2024 who finished it again in 2025 - what fraction of the 2024 group?")
    assert (share.metric.kind, share.metric.unit, share.share_of.cohort.kind, share.cohort) == (
        "share", "people", "also_in_year", None)
    # a share's time limit is within the race the event's name says; a year may sit between the whole and the part
    timed = read("% of Napa Half Marathon finishers 2024 under 2 hours")
    assert ([d.label for d in timed.distances], timed.share_of.time_limit.seconds, timed.unused) == (
        ["Half Marathon"], 7200, ())
    # an event said as where the part happened, among every event's: the event is the part
    at = read("of all the DNFs we've ever recorded, what fraction happened at the Mystic Jingle Bell Run?")
    assert (at.events, at.share_of.events, at.status, at.unused) == ((), ("Mystic Jingle Bell Run",), "DNF", ())
    assert read("how many 2024 Hartford Marathon finishers showed up again in 2025").cohort.count == 2025


def test_kinds_from_the_nineteenth_sessions_last_break_attempt() -> None:
    # a share of runners chosen by their history over every event counts each runner once
    back = read("what fraction of 2022 finishers came back in 2023?")
    assert (back.metric.unit, back.share_of.cohort.kind) == ("people", "also_in_year")
    # "who ran the fastest X each year": the runners, not the times alone
    who = read("who ran the fastest marathon in Hartford each year?")
    assert (who.intent, who.measure, who.group_by, who.limit) == ("top", None, ("year",), 1)
    # "oldest year first" is the years in order, no oldest runner
    years = read("average age of Hartford Marathon finishers by year, oldest year first")
    assert (years.measure, years.metric, years.notes, years.unused) == ("average_age", None, (), ())
    # a group's size among the runners kept; a city's events as a share's part
    assert read("which events had more than 500 women finishers in 2024").ranking.min_group == 501
    city = read("of all our DNFs, what share happened in Mystic?")
    assert (city.event_city, city.share_of.event_city) == (None, "Mystic")


def test_kinds_from_the_nineteenth_sessions_review_break_attempt() -> None:
    # an event's name (blanked) after "fastest" keeps the one fastest: "who ran the fastest Napa half each year"
    fastest = read("who ran the fastest Napa half each year?")
    assert (fastest.limit, fastest.group_by, fastest.measure) == (1, ("year",), None)


def test_a_city_said_right_after_a_runners_name_is_where_the_runner_lives() -> None:
    parsed = read("michael wardian new haven - every race he has finished with us")
    assert parsed.person and (parsed.runner_city, parsed.event_city) == ("New Haven", None)
    # a city and a race word after the name is where the event was ("lisa hood galveston half results")
    assert read("michael wardian stamford half results").runner_city is None


def test_the_top_n_age_group_finishers_of_one_age_group_are_runners() -> None:
    parsed = read("top 5 age group winners in the F40-44 at the 2024 hartford marathon")
    assert parsed.ranking is None and parsed.limit == 5 and parsed.age_group == "F40-44"
    assert read("top 3 age groups by finishers at the 2024 hartford marathon").ranking.dimension == "age_group"


def test_the_winner_of_an_age_group_said_without_a_sex_is_each_sexs() -> None:
    parsed = read("who won the 40-44 age group at the 2024 hartford marathon?")
    assert parsed.winners and (parsed.age_group, parsed.more_age_groups) == ("M40-44", ("F40-44",)) and parsed.age is None
    assert read("who was the fastest finisher aged 40-44 at the 2024 hartford marathon?").age is not None


def test_kinds_from_the_twenty_first_sessions_reading_of_held_out_81() -> None:
    # one event or race without the other: "the half but never the full"; "did not finish the 5K" stays a DNF
    half = read("how many people finished the half at the Hartford Marathon but have never finished its full marathon?")
    assert (half.cohort.kind, half.cohort.without, half.unused) == ("without", "Marathon", ())
    events = read("how many runners ran the Mystic Jingle Bell Run but never the Stamford Turkey Trot")
    assert (events.cohort.kind, events.cohort.without) == ("without", "Stamford Turkey Trot")
    # (a year said of one of two events is of it alone, said again after, of both; another year after, unread)
    dated = read("how many runners ran the 2024 Mystic Jingle Bell Run but never the Stamford Turkey Trot")
    assert (dated.cohort.kind, dated.cohort.dated_both, dated.unused) == ("without", False, ())
    assert read("how many ran the 2024 Mystic Jingle Bell Run but never the Stamford Turkey Trot in 2024").cohort.dated_both
    assert read("how many ran the 2024 Mystic Jingle Bell Run but never the Stamford Turkey Trot in 2023").unused
    assert read("how many runners did not finish the 5K at the 2024 Stamford Turkey Trot").status == "DNF"
    # every other event; a race set aside beside the one the event's name says; ages left out; two states
    others = read("how many finishers did we have in 2024 at all our events except the Mystic Jingle Bell Run?")
    assert "Mystic Jingle Bell Run" not in others.events and len(others.events) == 4 and others.unused == ()
    assert read("average time in the half at the 2024 Napa Half Marathon, excluding runners under 20").age.low == 20
    states = read("how many 2024 Hartford Marathon finishers were neither from Maine nor from Vermont?")
    assert (states.runner_state, states.more_states, states.runner_state_negated) == ("ME", ("VT",), True)
    # two years compared, pooled or said relative to the other; a number with a thousands comma
    assert read("did the Stamford Turkey Trot have more finishers in 2024 than in 2023?").group_by == ("year",)
    assert read("did the Stamford Turkey Trot have more finishers last year than the year before?").years == (2024, 2025)
    pooled = read("total finishers at the Stamford Turkey Trot in 2019 and 2022 combined")
    assert (pooled.years, pooled.dates, pooled.group_by) == ((2019, 2022), None, ())
    assert read("which years did the Stamford Turkey Trot have at least 1,000 finishers").ranking.min_group == 1000
    # ("faster than the 2024 winner": a thing of that year, no years compared)
    assert read("how many 2025 Hartford Marathon finishers beat the 2024 winning time?").group_by != ("year",)
    # "one of either group", "in more than one year", "top 5 F", "the first finisher over 60"
    either = read("how many 2024 Stamford Turkey Trot finishers were either aged under 20 or over 60?")
    assert (len(either.compared), either.group_by) == (2, ())
    assert read("how many runners finished the Stamford Turkey Trot in more than one year?").cohort.count == 2
    assert read("2024 Mystic Jingle Bell Run top 5 F").sex == "F"
    assert read("2024 Mystic Jingle Bell Run - first finisher over 60?").limit == 1


def test_the_events_not_held_in_a_year_are_the_others() -> None:
    parsed = read("which of our events did NOT hold an edition in 2024?")
    assert (parsed.subject, parsed.not_held, parsed.unused) == ("events", True, ())
    assert read("which events didn't we time in 2024").not_held
    assert not read("which of our events were held in 2024?").not_held
    sql = build(parsed, TODAY).sql
    assert "NOT" in sql and "MAX(e.event_date)" in sql


def test_kinds_from_the_twenty_first_sessions_break_attempt() -> None:
    schools = Vocabulary(company="Lakeshore", events=("Evanston Run for the Schools", "Naperville Run for the Schools"),
                         cities=("Evanston", "Naperville"), people=())
    # a name shared by two events, narrowed by the city said of it (it counted both)
    assert parse("How many finishers did Run for the Schools have in 2025 in Naperville?", schools, TODAY).events == (
        "Naperville Run for the Schools",)
    assert read("Who are the repeat winners of the Stamford Turkey Trot?").cohort.kind == "min_finishes"
    assert read("Which runner has the most marathon finishes at Hartford?").subject == "people"
    assert read("How many finishers per edition does the Hartford Marathon average?").averaged_over == "edition"
    # said back, never answered as another question: two questions, every event unnamed, first-timers followed on
    assert read("How many finished the 2024 Stamford Turkey Trot; how many of them were women?").notes
    # ("every one of our events in 2024": every event held that year, since the forty-sixth session)
    assert read("How many runners ran every one of our events in 2024?").cohort.kind == "every_edition"
    assert read("How many runners ran every one of our events?").notes
    assert read("How many were first-time finishers at the Stamford Turkey Trot in 2023 and came back in 2024?").notes


def test_kinds_from_the_twenty_second_session() -> None:
    # runners of one race and no other ("ran only the 5K"); "only" beside two races is unread, never filler
    only = read("how many people ran only the 5K at the 2024 Stamford Turkey Trot?")
    assert (only.cohort.kind, [d.label for d in only.distances], only.unused) == ("only", ["5K"], ())
    assert read("how many ran only the 5K or the 10K at the 2024 Stamford Turkey Trot?").unused
    assert read("how many women only did the 5K at the Stamford Turkey Trot?").cohort.kind == "only"
    assert read("how many finishers at the 2024 Stamford Turkey Trot, 5K race only?").cohort is None
    # one event's runners missing from another the same year; in another year, unread
    same = read("how many finished the Hartford Marathon in 2024 that did not run the Stamford Turkey Trot in 2024?")
    assert (same.cohort.kind, same.cohort.without, same.cohort.dated_both) == ("without", "Stamford Turkey Trot", True)
    assert read("how many finished the Hartford Marathon in 2024 but did not run the Stamford Turkey Trot in 2025?").notes
    # one event said short twice, each time with its own race: both races
    either = read("how many people ran either the hartford marathon or the hartford half in 2024?")
    assert (either.events, [d.label for d in either.distances]) == (("Hartford Marathon",), ["Marathon", "Half Marathon"])
    assert [d.label for d in read("how many ran the half at the hartford marathon in 2024?").distances] == ["Half Marathon"]
    # years said as a list: each year, or pooled with "or"
    each = read("how many finished the Mystic Jingle Bell Run in 2023 and in 2024?")
    assert (each.dates, each.years, each.group_by, each.unused) == (None, (2023, 2024), ("year",), ())
    pooled = read("how many finished the Mystic Jingle Bell Run in 2023 or 2024?")
    assert (pooled.dates, pooled.years, pooled.group_by) == (None, (2023, 2024), ())
    # a race set aside with every other kept; a sex negated
    aside = read("how many finished the Stamford Turkey Trot in 2024 excluding the 5K?")
    assert ([d.label for d in aside.races_excluded], aside.distances, aside.unused) == (["5K"], (), ())
    assert [d.label for d in read("how many 2024 Stamford Turkey Trot runners were not in the 5K?").races_excluded] == ["5K"]
    # (a race "alongside" its event: that race there)
    beside = read("how many finished the half alongside the Hartford Marathon in 2024?")
    assert ([d.label for d in beside.distances], beside.events, beside.unused) == (["Half Marathon"], ("Hartford Marathon",), ())
    # (a list of races said not to count, after them)
    listed = read("how many finishers at the Hartford Marathon in 2024? (5K and half don't count)")
    assert ([d.label for d in listed.races_excluded], listed.unused) == (["5K", "Half Marathon"], ())
    assert "without" in read("in how many years was the Stamford Turkey Trot held without a 5K?").unused   # (editions)
    women = read("how many 2024 Stamford Turkey Trot finishers were not women?")
    assert (women.sex, women.sex_negated, women.unused) == ("F", True, ())
    assert read("how many 2024 Stamford Turkey Trot finishers were women?").sex_negated is False
    # an event's latest editions; a state said before the runners is where they live
    latest = read("across the last three editions of the Mystic Jingle Bell Run, how many finishers were from Ohio?")
    assert (latest.last_editions, latest.runner_state, latest.unused) == (3, "OH", ())
    assert read("how many Ohio women finished the Mystic Jingle Bell Run in 2024?").runner_state == "OH"
    # two states said with their runners, one row each; a time between two edges; places held, gun times shown
    states = read("did Ohio runners or Maine runners finish the 2024 Mystic Jingle Bell Run faster? average for each of "
                  "the two states")
    assert (states.intent, states.group_by, states.unused) == ("compare", ("compared",), ())   # (the two, side by side)
    assert {group.runner_state for group in states.compared} == {"OH", "ME"}
    assert read("how many finished the 2024 Hartford Marathon in at least 3:30:00 but under 4:00:00").time_limit.seconds == 12600
    podium = read("who took the top three overall places at the 2024 Hartford Marathon, and their gun times?")
    assert (podium.best_place, podium.clock, podium.limit) == ("overall", "gun", 3)
    # a year set aside; "who never ran" another event; one event said short twice, one race set aside; people of either
    aside = read("how many finishers has the Mystic Jingle Bell Run had excluding 2024?")
    assert (aside.years_excluded, aside.dates, aside.years, aside.unused) == ((2024,), None, (), ())
    never = read("how many finished the Hartford Marathon in 2024 who never ran the Stamford Turkey Trot?")
    assert (never.cohort.kind, never.cohort.without, never.unused) == ("without", "Stamford Turkey Trot", ())
    short = read("how many finished the hartford half but never the hartford marathon?")
    assert (short.cohort.kind, short.cohort.without, short.unused) == ("without", "Marathon", ())
    assert read("how many people ran either the hartford marathon or the hartford half?").distinct_people
    # a sentence telling of something before the question, holding the words it could not use: set aside, its event
    # and year kept when the question names none; never when it tells of the runners
    told = read("Some families do the mile and the 5K on Thanksgiving morning. How many people finished both the 1 mile "
                "and the 5K at the same Stamford Turkey Trot?")
    assert (told.cohort.kind, told.dates, told.unused) == ("both", None, ())
    that = read("The Stamford Turkey Trot added a 10K last year. Who won each race that year?")
    assert (that.events, that.dates.start.year, that.winners, that.unused) == (("Stamford Turkey Trot",), 2025, True, ())
    assert read("We only care about the women here. How many finished the 2024 Stamford Turkey Trot?").sex == "F"
    # runners of every one of the latest editions; "never" right after the first event; an age range by its bounds
    every = read("how many people finished every one of the last three editions of the Mystic Jingle Bell Run?")
    assert (every.cohort.kind, every.last_editions, every.group_by, every.unused) == ("every_edition", 3, (), ())
    assert read("finishers of the Mystic Jingle Bell Run in each of its last three editions").group_by == ("year",)
    ran = read("how many Mystic Jingle Bell Run finishers never ran the Stamford Turkey Trot?").cohort
    assert (ran.kind, ran.started) == ("without", True)   # (never run: a DNF there is a start)
    assert not read("how many Mystic Jingle Bell Run finishers never finished the Stamford Turkey Trot?").cohort.started
    ages = read("how many 2024 Stamford Turkey Trot finishers were at least 40 but under 50?")
    assert ((ages.age.low, ages.age.high), ages.time_limit, ages.compared, ages.unused) == ((40, 49), None, (), ())
    # an earlier year said with "after", the year asked kept; a cohort of the year's runners listed by name
    back = read("how many came back to the Mystic Jingle Bell Run in 2025 after running it in 2024?")
    assert (back.cohort.kind, back.cohort.count, back.dates.start.year, back.unused) == ("also_in_year", 2024, 2025, ())
    listed = read("who DNF'd the 2025 Hartford Marathon after having finished it in 2023?")
    assert (listed.cohort.listed, listed.status, listed.unused) == (True, "DNF", ())
    # a third break attempt: "every year except 2022" keeps the years (no cohort); a time of runners with no finish
    except_year = read("how many finishers did the Mystic Jingle Bell Run have in every year except 2022?")
    assert (except_year.cohort, except_year.years_excluded, except_year.unused) == (None, (2022,), ())
    assert read("how many 2023 Stamford Turkey Trot finishers did not finish under 30 minutes?").notes
    # two races set aside: "NOT (a OR b)", the event and year still applied (it wrote "NOT a OR b AND …")
    two_aside = build(read("how many finished the 2024 Stamford Turkey Trot excluding the 5K and the 10K?"), TODAY).sql
    assert "NOT (ra.distance_km BETWEEN" in two_aside and "Stamford Turkey Trot" in two_aside
    # the last N editions of each of two events, not the last N days of both together
    latest = build(read("how many finished the Mystic Jingle Bell Run and the Stamford Turkey Trot over their last 2 "
                        "editions?"), TODAY).sql
    assert latest.count("LIMIT 2") == 2
    city = read("how many 2024 Hartford Marathon finishers, leaving out anyone from New Haven?")
    assert (city.runner_city, city.runner_city_negated, city.unused) == ("New Haven", True, ())


def test_kinds_from_the_twenty_third_session() -> None:
    # two events, each with the race said beside it: that race of each (the 5K was applied to both, the half dropped)
    pairs = read("how many finished either the Napa half or the Mystic Jingle Bell Run 5K in 2024?")
    assert ([(name, race.label) for name, race in pairs.event_races], pairs.unused) == (
        [("Napa Half Marathon", "Half Marathon"), ("Mystic Jingle Bell Run", "5K")], ())
    sql = build(pairs, TODAY).sql
    assert "e.name = 'Mystic Jingle Bell Run' AND ra.distance_km BETWEEN 4.99" in sql
    # exactly one of two events ("but not both")
    one = read("how many runners finished the Napa Half Marathon or the Mystic Jingle Bell Run but not both?")
    assert (one.cohort.kind, one.cohort.exact, one.unused) == ("both", True, ())
    assert "= 1" in build(one, TODAY).sql
    # a sentence setting a place aside: never a filter; with no event of the question's own, unread
    forget = read("Forget Providence. How many finished the 2024 Mystic Jingle Bell Run?")
    assert (forget.events, forget.event_city, forget.runner_city, forget.unused) == (("Mystic Jingle Bell Run",), None, None, ())
    assert "forget" in read("Forget Providence. How many finished in 2024?").unused
    # "also" heading a list adds the second count; accents and emoji read as plain letters
    added = read("Hartford Marathon 2024 finishers; also Mystic Jingle Bell Run 2024 finishers - total?")
    assert (added.cohort, len(added.events), added.unused) == (None, 2, ())
    plain = read("Hów many fïnishers at the 2024 Mystic Jingle Bell Run? 🏃‍♀️")
    assert (plain.events, plain.status, plain.unused) == (("Mystic Jingle Bell Run",), "FIN", ())
    # more editions than held (said in the notice); years listed per edition; a state's runners against everyone else
    assert read("how many finished the Mystic Jingle Bell Run over its last 20 editions?").last_editions == 20
    listed = read("Mystic Jingle Bell Run finishers in 2021, 2022 and 2024 per edition")
    assert (listed.dates, listed.years, listed.group_by, listed.unused) == (None, (2021, 2022, 2024), ("edition",), ())
    rest = read("average time at the 2024 Hartford Marathon: Connecticut runners vs everyone else")
    assert ([(g.runner_state, g.runner_state_negated) for g in rest.compared], rest.unused) == ([("CT", False), ("CT", True)], ())
    # bands of one width the data fills, of a pace when said; "of men and of women" is each sex
    bands = read("2024 Hartford Marathon finishers in each 1-minute pace-per-mile band (e.g. 8:00-8:59, 9:00-9:59)")
    assert (bands.band_width, bands.metric.unit, bands.distances[0].label, bands.time_limit, bands.unused) == (
        60.0, "mile", "Marathon", None, ())
    assert read("2024 Hartford Marathon finishers in 10-minute buckets").band_width == 600.0
    assert read("average age of men and of women who finished the 2024 Mystic Jingle Bell Run").group_by == ("sex",)
    # a sentence telling of the runner (no cohort of one), of the events (no runners of both), of a new event
    runner = read("Michael Wardian ran more than one race at the 2024 Stamford Turkey Trot. What was his chip time in each race?")
    assert (runner.person.last_name, runner.cohort, runner.events, runner.unused) == ("Wardian", None, ("Stamford Turkey Trot",), ())
    told = read("In 2024 both the Napa Half Marathon and the Mystic Jingle Bell Run held races. Average chip time for each?")
    assert (told.cohort, told.group_by, told.unused) == (None, ("event",), ())
    assert read("the Mystic Jingle Bell Run is new - total finishers so far?").unused == ()
    # a trend wondered about, with the years said as its evidence: each year
    grown = read("has the Mystic Jingle Bell Run shrunk since 2022? finishers for 2022, 2023 and 2024")
    assert (grown.group_by, grown.years, grown.unused) == (("year",), (2022, 2023, 2024), ())
    # a measure of the first N places said in words; a yes/no question of an event's editions (its editions counted)
    top = read("what was the average pace of the ten fastest finishers at the 2024 Hartford Marathon?")
    assert (top.top_places, top.metric.aggregate, top.unused) == (10, "avg", ())
    held = read("Was the Mystic Jingle Bell Run held in 2020?")
    assert (held.intent, held.subject, held.unused) == ("count", "events", ())
    assert read("How many times was the Mystic Jingle Bell Run held in 2019?").subject == "events"
    assert read("Did anyone run the Mystic Jingle Bell Run in 2020 under 20 minutes?").subject != "events"
    # a fourth break attempt: a race set aside by a sentence; "in each of" two years said of the event's count; two
    # years compared per sex; an age-group label no result holds (that sex and ages); races told before a question
    # naming its own; years listed with commas, each
    skip = read("Forget the 5K. How many finishers did the Stamford Turkey Trot have in 2024?")
    assert ([d.label for d in skip.races_excluded], skip.unused) == (["5K"], ())
    each = read("How many finishers did the Mystic Jingle Bell Run have in each of 2023 and 2024?")
    assert (each.cohort, each.group_by) == (None, ("year",))
    assert read("How many runners finished the Mystic Jingle Bell Run in each of 2023 and 2024?").cohort.kind == "both"
    assert read("Mystic Jingle Bell Run finishers in 2023 vs 2024 for men and for women").group_by == ("year", "sex")
    span = read("how many finishers were in the M 30-39 age group at the 2024 Mystic Jingle Bell Run?")
    assert (span.sex, (span.age.low, span.age.high), span.age_group, span.unused) == ("M", (30, 39), None, ())
    told = read("The Stamford Turkey Trot had a 5K and a 10K in 2024. How many finished the 10K at the Stamford Turkey "
                "Trot in 2024?")
    assert [d.label for d in told.distances] == ["10K"]
    commas = read("Mystic Jingle Bell Run finishers in 2024, 2022 each")
    assert (commas.years, commas.group_by, commas.unused) == ((2022, 2024), ("year",), ())
    # from held-out set 91 (read): two races said in brackets pooled; "all entries over the years" pooled; a letter left
    # out; the latest editions "oldest to newest" one row each; "which one had the slower average" is the one; where the
    # asker is based is no filter; two percentiles and the gap between them
    assert read("what share of 2024 Stamford Turkey Trot finishers (both the 10K and the 5K) were women?").cohort is None
    assert read("what percent of all Mystic Jingle Bell Run entries over the years were no-shows?").group_by == ()
    assert read("Mystic Jingle Bell Run totl finishers in 2024").unused == ()
    oldest = read("Mystic Jingle Bell Run finishers for its last two editions, oldest to newest")
    assert (oldest.last_editions, oldest.group_by, oldest.unused) == (2, ("year",), ())
    slower = read("Hartford Marathon vs Mystic Jingle Bell Run in 2024: which one had the slower average finish time?")
    assert (slower.ranking.measure, slower.ranking.descending, slower.ranking.limit) == ("avg_time", True, 1)
    based = read("we're based in Providence - how many Mystic Jingle Bell Run finishers were there in 2024?")
    assert (based.runner_city, based.event_city, based.unused) == (None, None, ())
    apart = read("how far apart were the 20th and 80th percentile finish times at the 2024 Hartford Marathon?")
    assert (apart.measure, apart.notes, apart.unused) == ("p20,p80,spread", (), ())
    assert "p80_minus_p20_s" in build(apart, TODAY).sql
    # both ends of an event's editions, a row each; the years an event was not held
    ends = read("Did the Mystic Jingle Bell Run grow or shrink? Give me finishers at its first edition and at its most "
                "recent one.")
    assert (ends.edition, ends.group_by, ends.unused) == ("first_and_last", ("year",), ())
    gaps = read("Between 2015 and 2025, which years did the Mystic Jingle Bell Run not take place?")
    assert (gaps.subject, gaps.not_held, gaps.unused) == ("events", True, ())
    assert "GENERATE_SERIES(2015, 2025)" in build(gaps, TODAY).sql
    # "every year since 2021" of runners asked for: runners of every edition since (of counts, each year's count)
    since = read("runners who have done the Stamford Turkey Trot every year since 2021")
    assert (since.cohort.kind, since.dates.start.year, since.unused) == ("every_edition", 2021, ())
    assert read("how many finishers did the Stamford Turkey Trot have every year since 2021").group_by == ("year",)
    # from a fifth break attempt: a ranking said in a later sentence; "my city" after where the asker is based (never
    # dropped when not told); "which edition was the latest/first"; "which events shrank"; each event's change;
    # "the men's or the women's"; field sizes; "setting aside the 1 mile"
    later = read("Which states do our runners come from? Top 5 states by unique runners.")
    assert (later.ranking.dimension, later.ranking.limit) == ("state", 5)
    mine = read("I'm based in Providence. How many Mystic Jingle Bell Run finishers in 2024 were from my city?")
    assert (mine.runner_city, mine.unused) == ("Providence", ())
    assert read("How many Mystic Jingle Bell Run finishers in 2024 were from my city?").notes
    latest = read("Which edition of the Mystic Jingle Bell Run was the latest and how many finished it?")
    assert (latest.edition, latest.place) == ("last", None)
    shrank = read("Which events shrank from 2023 to 2024 in finishers?")
    assert (shrank.group_by, shrank.change_sign, shrank.change_years) == (("event",), "down", (2023, 2024))
    assert "a.event = b.event" in build(shrank, TODAY).sql.replace('"', "")
    assert read("change in finishers from 2023 to 2024 for each event").group_by == ("event",)
    assert read("was the men's or the women's median chip time faster at the 2024 Hartford Marathon?").group_by == ("sex",)
    assert read("field sizes by race for the 2024 Stamford Turkey Trot").intent == "count"
    aside = read("Setting aside the 5K, how many finished the 2024 Stamford Turkey Trot?")
    assert ([d.label for d in aside.races_excluded], aside.unused) == (["5K"], ())
    # from held-out set 93 (read): a status's runners listed with names and bibs; "which events …, how many did each
    # have"; "when did we last hold X"; "the smallest X ever"; a year told is not the question's when it asks of every
    # edition; a sentence after the question saying why
    dq = read("need the DQs from the 2024 Hartford Marathon - names and bib numbers please")
    assert (dq.intent, dq.status, dq.unused) == ("list", "DQ", ())
    assert read("which events did we time in 2024, and how many finishers did each have?").group_by == ("event",)
    assert read("When did we last hold the Mystic Jingle Bell Run, and how many finished that edition?").edition == "last"
    small = read("What was the smallest Mystic Jingle Bell Run ever, by finishers? Year and count.")
    assert (small.ranking.dimension, small.ranking.descending) == ("year", False)
    told = read("The Mystic Jingle Bell Run was last held in 2023. Across all its editions, how many different people "
                "are in its results?")
    assert (told.dates, told.edition, told.unused) == (None, None, ())
    why = read("Oldest finisher at the 2024 Mystic Jingle Bell Run? Announcer wants to give a shout-out.")
    assert (why.metric.kind, why.unused) == ("oldest", ())
    assert read("how many finished the 2024 stamford turkey trot? just the elites").unused
    # the masters age groups from one up ("F40-44 and older"): those ages, each group's winner
    masters = read("the winner of each women's masters age group (F40-44 and older) at the 2024 Hartford Marathon")
    assert (masters.sex, masters.age.low, masters.age_group, masters.winners, masters.unused) == ("F", 40, None, True, ())
    # a list said by names and bibs only with a status or "list" (never a question missing what it asks)
    assert read("the 3 oldest finishers at the 2024 Hartford Marathon - names, ages and times").limit == 3
    # a sixth break attempt: the dimension asked in one sentence, its top N said bare in the next
    bare = read("What states do Mystic Jingle Bell Run runners come from? top 5")
    assert (bare.ranking.dimension, bare.ranking.limit, bare.unused) == ("state", 5, ())


def test_kinds_from_the_twenty_fourth_session() -> None:
    # two shares of one whole, the second's verb left out: each its own percent (the second was dropped unsaid)
    two = read("what percent of 2024 Hartford Marathon finishers live in CT, and what percent in MA?")
    assert ((two.share_of.runner_state, [p.runner_state for p in two.also_shares]), two.unused) == (("CT", ["MA"]), ())
    sql = build(two, TODAY).sql
    assert "percent_1" in sql and "percent_2" in sql and "p.state = 'MA'" in sql
    sexes = read("what share of the 2024 Mystic Jingle Bell Run finishers were women and what share were men")
    assert (sexes.share_of.sex, [p.sex for p in sexes.also_shares]) == ("F", ["M"])
    # a second share whose whole reads otherwise is said unused, never dropped
    assert read("what percent of 2024 Hartford Marathon finishers live in CT, and what percent of all 2024 runners "
                "came back?").unused
    # the race said with its event, after the part's own filter, is of the whole
    race = read("what share of finishers came from CT in the half at the 2024 Napa Half Marathon")
    assert ([d.label for d in race.distances], race.share_of.distances, race.share_of.runner_state) == (
        ["Half Marathon"], (), "CT")
    assert [d.label for d in read("what percent of 2024 Hartford Marathon finishers ran the half").share_of.distances] == [
        "Half Marathon"]
    # from held-out set 95 (read): editions said as years; each of its years; bottom N editions; counts by groups
    assert read("how many years has the Mystic Jingle Bell Run been held?").subject == "events"
    assert read("Mystic Jingle Bell Run finishers in each of its years").group_by == ("year",)
    bottom = read("bottom 3 Mystic Jingle Bell Run editions by finishers")
    assert (bottom.last_place, bottom.ranking.dimension, bottom.ranking.descending) == (False, "year", False)
    assert read("2024 Stamford Turkey Trot finisher counts by race and sex").intent == "count"
    # a retention with its two years: the earlier year's finishers, each once, who finished it the later year
    kept = read("Hartford Marathon retention 2023 to 2024")
    assert (kept.years, kept.share_of.cohort.count, kept.metric.unit, kept.unused) == ((2023,), 2024, "people", ())
    # a year told as not held is not the year asked; clarifiers of what is computed anyway are read
    last = read("The Mystic Jingle Bell Run didn't happen in 2025 - which year did we last time it?")
    assert (last.subject, last.edition, last.dates, last.unused) == ("events", "last", None, ())
    for said in ("10th and 90th percentile chip times at the 2024 Hartford Marathon (interpolated percentiles)",
                 "sample standard deviation of chip times at the 2024 Hartford Marathon",
                 "How many races did we time in 2024? Count each race separately, e.g. a half and a 5K are two."):
        assert read(said).unused == (), said
    # streaks of consecutive calendar years: the longest (and how many have it), at least N, or the runners by name
    longest = read("What's the longest streak of consecutive years anyone has finished the Hartford Marathon, and how many "
                   "runners have a streak that long?")
    assert ((longest.cohort.kind, longest.cohort.count), longest.unused) == (("streak", 0), ())
    assert "ROW_NUMBER() OVER (PARTITION BY participant_id ORDER BY year)" in build(longest, TODAY).sql
    assert read("how many runners finished the Hartford Marathon 3 years in a row?").cohort.count == 3
    assert read("who has finished the Mystic Jingle Bell Run the most consecutive years?").cohort.listed
    # "both of our Hartford events": the events held there, named, when there are as many as said
    hartford = replace(VOCABULARY, event_cities=("Hartford",), held_at=(("Hartford Marathon", "Hartford"),
                                                                         ("Hartford Spring Marathon", "Hartford")))
    both = parse("how many people finished both of our Hartford events in 2024?", hartford, TODAY)
    assert (both.cohort.kind, both.events, both.unused) == ("both", ("Hartford Marathon", "Hartford Spring Marathon"), ())
    assert parse("how many people finished all three of our Hartford events?", hartford, TODAY).cohort is None
    # several counts side by side: each one (it gave the last alone, confidently)
    pitch = read("how many events, races and finishers have we timed?")
    assert (pitch.totals, pitch.unused) == (("events", "races", "finishers"), ())
    assert build(pitch, TODAY).sql.count("(SELECT COUNT(") == 3
    assert read("how many different events (by name) and how many editions?").totals == ("event_names", "editions")
    assert read("how many runners and finishers did the 2024 Hartford Marathon have?").totals == ("runner_results", "finishers")
    # "top 5 men and top 5 women", "the 3 fastest women and the 3 fastest men": the top N of each sex (declined since
    # the sixth session, when one list of both was given)
    for said in ("2024 Hartford Marathon: top 5 men and top 5 women", "the 5 fastest women and the 5 fastest men at the 2024 "
                                                                       "Hartford Marathon"):
        each = read(said)
        assert (each.limit, each.group_by, each.sex, each.unused) == (5, ("sex",), None, ()), said
    # from held-out set 96 (read): shapes said of the whole answer
    side = read("2024 Hartford Marathon: average chip time of masters vs under-40 finishers, as two numbers side by side")
    assert (side.difference, side.unused) == (("masters", "under 40"), ())
    per_race = read("Compare Stamford Turkey Trot finishers in each race, 2023 vs 2024 - one row per race with both years' counts")
    assert (per_race.change_years, per_race.group_by) == ((2023, 2024), ("race",))
    assert "FULL JOIN" in build(per_race, TODAY).sql
    more = read("In which years did the Hartford Marathon have more finishers than at its previous edition?")
    assert (more.year_over_year, more.change_sign, more.ranking) == (True, "up", None)
    assert "change_from_year_before > 0" in build(more, TODAY).sql
    kept = read("who was the first woman across the line at the Mystic Jingle Bell Run each year? (by gender place)")
    assert (kept.sex, kept.winners, kept.group_by, kept.unused) == ("F", True, (), ())
    # clarifiers and labels read: a self-correction, "— is it growing?" of a count per year, "podium (places 1-3)",
    # percentiles "interpolated", "loyalty list for marketing:", "men's and women's course records", "3-year streak going"
    fixed = read("median age of finishers at this year's... sorry, last year's Mystic Jingle Bell Run")
    assert (fixed.dates.start.year, fixed.years, fixed.unused) == (2025, (2025,), ())
    assert read("Mystic Jingle Bell Run finishers per year — is it growing?").unused == ()
    assert read("25th and 75th percentile chip times at the 2024 Hartford Marathon, interpolated").unused == ()
    records = read("men's and women's course records at the Hartford Marathon")
    assert (records.group_by, records.men_and_women, records.unused) == (("sex",), True, ())
    assert read("how many runners have a 3-year streak going at the Hartford Marathon?").cohort.count == 3
    listed = read("loyalty list for marketing: runners who have finished the Hartford Marathon in 3 or more different years, "
                  "with how many years each")
    assert (listed.cohort.listed, listed.unused) == (True, ())
    bins = read("distribution of finish times at the 2024 Hartford Marathon, 10-minute bins, label each bin by its lower edge")
    assert (bins.band_width, bins.unused) == (600.0, ())
    away = read("what share of 2024 finishes were by runners whose home state is different from the state the event was held in?")
    assert (away.share_of.out_of_state, away.unused) == (True, ())
    # two shares of one dimension's values: a row each, unless "one row" is asked (a column each)
    rows = read("what percent of 2024 Hartford Marathon finishers live in CT, and what percent in MA?")
    assert "UNION ALL" in build(rows, TODAY).sql
    columns = read("what percent of 2024 Hartford Marathon finishers live in CT, and what percent in MA? one row")
    assert (len(columns.also_shares), columns.unused) == (1, ()) and "UNION ALL" not in build(columns, TODAY).sql
    # several counts per year or per event, side by side; per any other group, declined (never one of them alone)
    yearly = read("how many events and finishers did we have each year?")
    assert (yearly.totals, yearly.group_by) == (("events", "finishers"), ("year",))
    assert "FULL JOIN" in build(yearly, TODAY).sql
    assert read("how many races and finishers per state?").notes
    # from the eleventh break attempt: a bare "top N" after a ranking of one; "lose" between two years; editions that
    # grew compared with the one before; "and how many were returning"; "(the full marathon only, not the shorter races)"
    assert read("Which states send us the most runners? top 5").ranking.limit == 5
    assert read("How many runners did the Hartford Marathon lose from 2023 to 2024?").change_years == (2023, 2024)
    grew = read("Which editions of the Hartford Marathon grew compared with the year before?")
    assert (grew.year_over_year, grew.change_sign, grew.notes, grew.unused) == (True, "up", (), ())
    assert read("How many runners were first-timers at the 2024 Hartford Marathon, and how many were returning?").cohort.with_returning
    assert read("Hartford Marathon (the full marathon only, not the shorter races): finishers in 2024?").unused == ()
    # each event's editions ("with how many editions each has had"), its first and latest year beside them
    each = read("list our events with how many editions each has had and the first year we timed it")
    assert (each.subject, each.group_by, each.edition, each.unused) == ("events", ("event",), None, ())
    assert "first_year" in build(each, TODAY).sql
    # runners who never came back (churn): no later finish, at any of our events when said so
    churn = read("how many of the 2023 Hartford Marathon finishers haven't run any of our events since?")
    assert (churn.cohort.kind, churn.cohort.count, churn.cohort.absent, churn.cohort.any_event, churn.unused) == (
        "also_in_year", -2, True, True, ())
    assert not read("how many 2023 Hartford Marathon finishers never came back?").cohort.any_event
    # from a twelfth break attempt: a second share "of those women" is of the first part — unread, never of everyone;
    # "first-timers, people who had never finished … before" is of earlier finishes; "One row." with its full stop
    nested = read("What percent of 2024 Hartford Marathon finishers were women, and what percent of those women were under 30?")
    assert (nested.also_shares, bool(nested.unused)) == ((), True)
    new = read("How many first-timers were at the 2024 Hartford Marathon, people who had never finished it before?")
    assert new.cohort.earlier_finish
    assert read("what percent of 2024 Hartford Marathon finishers live in CT, and what percent in MA? One row.").also_shares


def test_kinds_from_the_twenty_fifth_session() -> None:
    # the places the company's events were held, listed: each with its events (it was declined)
    held = read("which states have we put on races in?")
    assert (held.subject, held.intent, held.group_by, held.unused) == ("events", "count", ("state",), ())
    assert read("list the cities where we have timed events").group_by == ("city",)
    # where runners come from: each home state with its runners (it listed every result, or counted them all)
    homes = read("what states did the 2024 Hartford Marathon finishers come from?")
    assert (homes.intent, homes.group_by, homes.events, homes.unused) == ("count", ("state",), ("Hartford Marathon",), ())
    assert read("where do our runners travel from?").group_by == ("state",)
    assert read("where is Michael Wardian from?").group_by != ("state",)   # a runner's own home, not a count per state
    # a grouping by the events' place, not the runners' homes
    by_event = read("finishers in 2024 by the state the race was held in")
    assert (by_event.group_by, by_event.unused) == (("event_state",), ())
    assert "e.state AS event_state" in build(by_event, TODAY).sql
    assert read("average finish time per host city").group_by == ("event_city",)
    assert read("finishers per state").group_by == ("state",)
    # from held-out set 100 (read): a time range's upper edge said to its :59 second keeps that whole second
    ranged = read("How many finishers in the Hartford Marathon last year came in between 3:00:00 and 3:29:59?")
    assert (ranged.time_limit.upper, ranged.time_limit.upper_open, ranged.unused) == (12600, True, ())
    assert "r.chip_time_s < 12600" in build(ranged, TODAY).sql
    assert read("Hartford Marathon 2024 finishers from 3:00:00 to 3:29:59").time_limit.upper_open
    assert not read("Hartford Marathon 2024 finishers between 3 and 4 hours").time_limit.upper_open
    # a rate of two races, one row each (it pooled them)
    rates = read("At the 2024 Napa Half Marathon, was the DNF rate higher in the half or the 10K?")
    assert (rates.group_by, rates.unused) == (("race",), ())
    assert read("DNF rate for the half and the 10K combined at the 2024 Napa Half Marathon").group_by == ()
    # the asker named ("Hi! X here, …", "hey its x y, …"): "my" is that runner
    me = read("Hi! Michael Wardian here, I do the Hartford Marathon every year. Could you list my finish times there?")
    assert (me.person.last_name, me.events, me.dates, me.unused) == ("Wardian", ("Hartford Marathon",), None, ())
    # "compared with the year before": that year and the one before, a row each
    before = read("How many finishers did we have at last October's Hartford Marathon compared with the year before?")
    assert (before.years, before.group_by, before.notes, before.unused) == ((2024, 2025), ("year",), (), ())
    # "the fastest men and women" (no number) is the first of each sex (it counted runners per sex)
    assert read("who were the quickest women and men at the 2024 Hartford Marathon?").winners
    assert read("who were the fastest masters man and masters woman at the 2024 Hartford Marathon?").winners
    # "awards": the podium of the group said, or a label
    assert read("the F50-54 awards at the 2024 Hartford Marathon").limit == 3
    assert read("Awards check for Hartford Marathon 2024: every age group winner").unused == ()
    # finishers beside a rate; a misspelt measure word
    assert "finishers" in build(read("finishers and DNF rate for each race at the 2024 Napa Half Marathon"), TODAY).sql
    assert read("what percentge of 2024 Hartford Marathon finishers were women").metric.kind == "share"
    # two counts of two groups ("how many were A and how many B"): the groups compared, a row each (as "A vs B")
    two = read("How many 2024 Hartford Marathon finishers were from CT and how many came from out of state?")
    assert (two.group_by, len(two.compared), two.unused) == (("compared",), 2, ())
    assert read("How many 2024 Hartford Marathon runners finished and how many DNF'd?").difference == ()
    # from a thirteenth break attempt: runners at one event with a finish at another before are everyone there (the
    # history's "had finished" is no status of theirs); finishers only when said so
    back = read("How many runners at the 2024 Hartford Marathon had finished the Mystic Jingle Bell Run in some earlier year?")
    assert (back.status, back.cohort.elsewhere, back.cohort.earlier_finish, back.cohort.entries) == (
        None, "Mystic Jingle Bell Run", True, True)
    assert read("How many 2024 Hartford Marathon finishers had finished the Mystic Jingle Bell Run before?").status == "FIN"
    assert read("which states/cities have we put on races in").group_by == ("city",)
    assert read("how many times has Michael Wardian finished the Hartford Marathon? I think it's 5").unused == ()
    assert read("2024 Hartford Marathon finishers living elsewhere than CT").runner_state_negated
    assert read("How many masters and how many under 40 finished the 2024 Hartford Marathon?").group_by == ("masters",)
    # statuses said as verbs, counted side by side ("how many finished and how many DNF'd")
    statuses = read("How many 2024 Hartford Marathon runners finished and how many DNF'd?")
    assert (statuses.intent, statuses.unused) == ("analyze", ())   # (the summary of each status holds both)
    # from held-out set 102 (read): race week
    assert read("Of the people who finished the Hartford Marathon last year, how many were finishing it for the first "
                "time?").cohort.earlier_finish
    clock = read("We want to close the Hartford Marathon course 6 hours after the gun this year. How many of last year's "
                 "finishers crossed after 6:00 on the gun clock?")
    assert (clock.dates.start.year, clock.clock, clock.time_limit.seconds, clock.unused) == (2025, "gun", 21600, ())
    again = read("how many of last year's Hartford Marathon finishers had also finished it the year before?")
    assert (again.cohort.kind, again.cohort.count, again.unused) == ("also_in_year", 2024, ())
    assert read("how many of the 2024 Hartford Marathon finishers had finished it in 2023 too?").cohort.count == 2023
    gone = read("how many people who finished the Hartford Marathon two years ago did not finish it last year?")
    assert (gone.cohort.kind, gone.cohort.absent, gone.status) == ("also_in_year", True, "FIN")
    top = read("runners who live in Hartford and finished top 10 overall at last year's Hartford Marathon")
    assert (top.top_places, top.limit) == (10, None)
    bands = read("Hartford Marathon last year: how many finishers were under 3:30, how many between 3:30 and 4:30, and how "
                 "many 4:30 or slower?")
    assert (len(bands.time_bands), bands.unused) == (2, ())
    assert read("Hartford Marathon last year: how many finishers crossed between 9:55 and 10:05 am?").time_limit is None   # (a clock window)
    assert read("Hartford Marathon last year: in which hour on the gun clock did the most finish?").unused
    assert read("Hartford Marathon 2024 — which race had the highest no-show rate (DNS as a share of that race's "
                "entries)?").unused == ()
    assert read("Mystic Jingle Bell Run wasn't held last year. how many finished it two years ago?").dates.start.year == 2024
    # of one year's runners, a count of finishes is over every year of the event (it counted within that year: 0)
    many = build(read("how many of last year's Hartford Marathon finishers have finished it 3 or more times?"), TODAY).sql
    assert "r.participant_id IN" in many and many.count("CAST('2025-01-01' AS DATE)") == 1
    # a time of day at the finish line: the race's start time plus the gun time (it read 9:05 as a finish time)
    window = read("Hartford Marathon last year: how many finishers crossed the line between 11:55 and 12:05 pm?")
    assert (window.clock_window, window.time_limit, window.unused) == ((42900.0, 43500.0), None, ())
    assert "ra.start_time + r.gun_time_s * INTERVAL '1' SECOND" in build(window, TODAY).sql
    assert read("Hartford Marathon 2024: how many finished after 1:30 pm?").clock_window == (48600.0, 86400.0)
    # from a fourteenth break attempt: "the largest event" inside a count is a ranking (it summed every event,
    # confidently); "(DNS as a share of entries)" said of a count asks for the rate too; "after 11 am"; "DNS'd"
    largest = read("How many finishers did the largest event have in 2024?")
    assert (largest.ranking.dimension, largest.ranking.limit, largest.unused) == ("event", 1, ())
    assert read("How many DNS were there at the 2024 Hartford Marathon (DNS as a share of entries)?").metric.kind == "rate"
    assert read("How many runners finished the 2024 Hartford Marathon after 11 am?").clock_window == (39600.0, 86400.0)
    assert read("How many finished the 2024 Hartford Marathon, how many DNF'd and how many DNS'd?").unused == ()
    # from a fifteenth break attempt: no clock time ("after 25:00 pm") and an empty window ("between 9 and 9 am") are
    # left unread (it read 13:00, or a finish time of 9 hours); an asker the company has no results of is never set
    # aside ("my best" was everyone's best); "at least 5 finishers" is a group's size, no order (it kept the first)
    assert read("How many finished the 2024 Hartford Marathon after 25:00 pm?").unused
    assert read("How many finished the 2024 Hartford Marathon between 9 and 9 am?").unused
    assert read("How many finished the 2024 Hartford Marathon between 9 and 10 am?").clock_window == (32400.0, 36000.0)
    assert read("Hi, Zyxwvut Qqqqq here, what was my best marathon time?").unused
    states = read("What states did the 2024 Hartford Marathon finishers come from? Only show states with at least 5 finishers.")
    assert (states.ranking.min_group, states.ranking.limit) == (5, RANK_ALL)


def test_kinds_from_the_twenty_sixth_session() -> None:
    # groups of a size, counted: one number (it was declined, the size unread)
    groups = read("how many age groups had 10 or more finishers at the 2024 Hartford Marathon?")
    assert (groups.ranking.dimension, groups.ranking.min_group, groups.ranking.counted, groups.unused) == (
        "age_group", 10, True, ())
    sql = build(groups, TODAY).sql
    assert sql.startswith("SELECT COUNT(*) AS age_groups FROM") and "HAVING COUNT(*) >= 10" in sql
    assert read("in how many years did the Hartford Marathon have at least 300 finishers").ranking.dimension == "year"
    assert not read("which years had more than 300 finishers at the Hartford Marathon").ranking.counted   # the years
    # the clock at the finish line by the minute or hour: the race's start plus the gun time
    busiest = read("what was the busiest minute at the finish of the 2024 Hartford Marathon?")
    assert (busiest.ranking.dimension, busiest.ranking.limit, busiest.unused) == ("clock_minute", 1, ())
    assert "DATE_TRUNC('MINUTE', ra.start_time + r.gun_time_s * INTERVAL '1' SECOND)" in build(busiest, TODAY).sql
    assert read("the most finishers crossing in a single clock minute at the 2024 Hartford Marathon").ranking.limit == 1
    assert read("finishers per clock minute at the 2024 Hartford Marathon").group_by == ("clock_minute",)
    assert read("in how many clock minutes did 10 or more finishers cross at the 2024 Hartford Marathon?").ranking.counted
    assert read("finishers by hour of the clock at the 2024 Hartford Marathon").group_by == ("clock_hour",)
    assert "clock_minute" not in read("average pace in km per minute at the 2024 Hartford Marathon").group_by
    # an hour of the race's own clock is a finish-time band, not the time of day: still unread
    assert read("in which hour on the gun clock did the most finish the 2024 Hartford Marathon").unused
    # the youngest and the oldest at once: each end's runners, labelled; or both ages, one row
    ends = read("Who were the youngest and the oldest finishers at the 2024 Hartford Marathon?")
    assert (ends.metric.kind, ends.metric.unit, ends.unused) == ("age_extremes", "", ())
    assert "UNION ALL" in build(ends, TODAY).sql
    ages = read("how old were the oldest and youngest 2024 Hartford Marathon finishers")
    assert (ages.metric.kind, ages.metric.unit) == ("age_extremes", "age")
    assert read("who was the oldest finisher at the 2024 Hartford Marathon").metric.kind == "oldest"
    # from held-out set 104 (read): "first-time finishers" and "returning runners who'd finished an earlier edition" look
    # at earlier finishes only; "first-timers" at any earlier result (issue 12's 396)
    assert read("how many first-time finishers did the 2024 Hartford Marathon have?").cohort.earlier_finish
    assert not read("how many first-timers ran the 2024 Hartford Marathon?").cohort.earlier_finish
    assert read("Of the 2024 Hartford Marathon finishers, how many were returning runners who'd finished an earlier "
                "edition?").cohort.earlier_finish
    # people counted once in a ranking said so; people at one named event are its results, as runners are
    assert read("top 3 home states by number of people who finished one of our races in 2024").ranking.measure == "people"
    assert read("How many of the people who finished one of our races in 2024 were from Connecticut?").distinct_people
    # each event's own latest edition, with its date (it counted every edition)
    latest = read("for each of our events, how many finishers did its most recent edition have?")
    assert (latest.group_by, latest.edition) == (("event", "date"), "last")
    assert "WHERE e9.name = e.name" in build(latest, TODAY).sql
    # the Fourth of July as a date, as Thanksgiving is
    july = read("how many finished the Hartford Marathon last fourth of july?")
    assert (july.dates.start, july.dates.end, july.unused) == (date(2025, 7, 1), date(2025, 7, 8), ())
    # the asker, then a sentence told, then the question; a wondering after it
    me = read("Michael Wardian here. I've run the Hartford Marathon a few times now. What's my fastest time there?")
    assert (me.person.last_name, me.events, me.unused) == ("Wardian", ("Hartford Marathon",), ())
    assert read("Michael Wardian here - list my Hartford Marathon times by year? Curious whether I'm getting faster.").unused == ()
    # two groups of masters counted: a row per sex
    masters = read("how many masters women and how many masters men finished the 2024 Hartford Marathon?")
    assert (masters.group_by, masters.age.low, masters.unused) == (("sex",), 40, ())
    # growth wondered in a yes/no question is what the two years side by side show; "by how much" asks the change
    assert read("Hartford Marathon finishers 2024 vs 2025 - did we grow?").change_years is None
    assert read("Hartford Marathon finishers 2024 vs 2025 - by how much did we grow?").change_years == (2024, 2025)
    assert read("Hartford Marathon finishers 2024 vs 2025 and the change").change_years == (2024, 2025)
    # "of the 2025 A finishers, how many have ever finished B": runners of both, B in any year (it added the two counts)
    ever = read("Of the 2025 Hartford Marathon finishers, how many have at some point finished the Mystic Jingle Bell Run?")
    assert (ever.cohort.kind, ever.cohort.legs) == ("both", (("Hartford Marathon", 2025), ("Mystic Jingle Bell Run", 0)))
    # "did I win my age group?" of a named runner: her results, with their places (it looked among the overall winners)
    won = read("Michael Wardian here. Did I win my age group at the 2024 Hartford Marathon? What was my place?")
    assert (won.winners, won.intent, won.person.last_name) == (False, "list", "Wardian")
    # from the sixteenth break attempt: an hour of the race's own clock is no time of day; "the Fourth of July" is a
    # day, not place 4; an asker the company has no results of, introduced before a sentence told, is never set aside;
    # a per-minute count is no roster; "the finish line" and "peak" read with the clock
    assert read("In which hour of the race did the most finish the 2024 Hartford Marathon?").unused
    assert read("On the race clock, which minute saw the most finishers at the 2024 Hartford Marathon?").unused
    july = read("How many finishers did the Hartford Marathon have on the Fourth of July 2024?")
    assert (july.place, july.dates.start) == (None, date(2024, 7, 4))
    assert read("Hi, I'm Zelda Quackenbush from Reno. I've run the Hartford Marathon a few times. What's my best time "
                "there?").unused
    assert read("Show finishers per clock minute for the 2024 Hartford Marathon").intent == "count"
    peak = read("peak minute for finishers crossing the finish line at the 2024 Hartford Marathon")
    assert (peak.ranking.dimension, peak.unused) == ("clock_minute", ())
    assert read("Did we grow last year compared to 2024?").change_years is None
    # from held-out set 102 (read): who is to be recognized, said as what someone wants to do, is the list asked
    shout = read("The announcer wants to give a shout-out to anyone who has finished every Hartford Marathon we've timed. "
                 "Who are they?")
    assert (shout.cohort.kind, shout.cohort.listed, shout.unused) == ("every_edition", True, ())
    # the youngest and oldest finishers' ages, no names asked: one row of the two ages
    assert read("the youngest and oldest finishers' ages at the 2024 Hartford Marathon?").metric.unit == "age"
    # from held-out set 104 (read): a share's part said again before it ("Masters participation at X:") is no filter of
    # its whole (it gave 100%); the share of each sex said as two questions; a year told as not held, before the question
    label = read("Masters participation at the 2024 Hartford Marathon: what share of finishers were 40+?")
    assert (label.age, label.share_of.age.low) == (None, 40)
    each_sex = read("what share of the women finishers at the 2024 Hartford Marathon were 40+, and what share of the men?")
    assert (each_sex.group_by, each_sex.sex, each_sex.unused) == (("sex",), None, ())
    assert read("Since there was no Mystic race in 2025: how many of the people who finished the Hartford Marathon in 2024 "
                "went on to finish the Mystic Jingle Bell Run in 2025?").unused == ()
    # from held-out set 106 (read): the editions told ("We have 7 editions of X"), or "all seven X we've timed", then
    # "finished every one of them"; a count of each race listed; records of each sex; editions listed oldest first;
    # where and when held; the races of each year listed; "how big was each X"; a reporter's purpose set aside
    told = read("We have 7 editions of the Hartford Marathon in the archive. How many runners have finished every one of them?")
    assert (told.cohort.kind, told.unused) == ("every_edition", ())
    assert read("How many runners have finished all seven Hartford Marathons we've timed?").cohort.kind == "every_edition"
    races = read("Napa Half Marathon two years ago: how many finished the half, the 10K and the 5K?")
    assert (races.group_by, races.unused) == (("race",), ())
    assert read("Hartford Marathon course records for men and for women, with names").group_by == ("sex",)
    dates = read("List the date of every Hartford Marathon we've timed, oldest first.")
    assert (dates.subject, dates.oldest_first) == ("events", True)
    assert read("Where and when has the Hartford Marathon been held?").subject == "events"
    each_year = read("Which races has the Napa Half Marathon offered in each year?")
    assert (each_year.subject, each_year.intent, each_year.group_by) == ("races", "list", ())
    assert read("How big was each Hartford Marathon? Total entries (any status) per year.").unused == ()
    assert read("A journalist is writing about age and endurance: who is the oldest person ever to finish the Hartford "
                "Marathon, and how old were they?").unused == ()
    # from the seventeenth break attempt: "did I win my age group?" is her age-group wins (it looked for overall wins);
    # "what share of the women were 40 or older, and of the men?" each sex's share (it gave 0%); an hour of the race
    # counted from the gun is unread (it read "third" as place 3, or dropped "the first half hour")
    ag = read("Hi, I'm Michael Wardian from Boston. Did I win my age group at the Hartford Marathon?")
    assert (ag.winners, ag.place, ag.place_in_age_group, ag.intent) == (False, 1, True, "top")
    shares = read("At the 2024 Hartford Marathon, what share of the women were 40 or older, and of the men?")
    assert (shares.group_by, shares.sex, shares.unused) == (("sex",), None, ())
    assert read("How many finished the 2024 Hartford Marathon in the third hour after the gun?").unused
    assert read("How many finished the 2024 Hartford Marathon within the first half hour of the race?").unused


def test_kinds_from_the_twenty_seventh_session() -> None:
    # a day, a month or a holiday said with a year relative to today (today 2026-11-23): that day or month of that year
    # (the year alone had been read, the day or month dropped; "the 4th of July before last" had dropped every date)
    def days(question: str) -> tuple[date, date]:
        parsed = read(question)
        assert parsed.unused == (), question
        return parsed.dates.start, parsed.dates.end

    assert days("How many finished on July 4th the year before last?") == (date(2024, 7, 4), date(2024, 7, 5))
    assert days("how many finished the 4th of July before last") == (date(2024, 7, 4), date(2024, 7, 5))
    assert days("finishers on June 1st last year") == (date(2025, 6, 1), date(2025, 6, 2))
    assert days("how many finished in March of last year?") == (date(2025, 3, 1), date(2025, 4, 1))
    assert days("how many finished in October two years ago?") == (date(2024, 10, 1), date(2024, 11, 1))
    assert days("how many finished the March before last") == (date(2024, 3, 1), date(2024, 4, 1))
    assert days("how many finished on Thanksgiving the year before last") == (date(2024, 11, 22), date(2024, 11, 29))
    assert days("how many finished Thanksgiving 2 years ago") == (date(2024, 11, 22), date(2024, 11, 29))
    assert days("how many finished the Thanksgiving before last?") == (date(2024, 11, 22), date(2024, 11, 29))
    # "finished last Thanksgiving" is a date, not the last finisher
    last = read("how many finished last Thanksgiving")
    assert (last.dates.start, last.last_place, last.unused) == (date(2025, 11, 22), False, ())
    assert days("how many finished last year in May?") == (date(2025, 5, 1), date(2025, 6, 1))
    # a month said as a date that no date read holds is said unused, never dropped; one inside the dates read is held
    assert read("how many finished on March 40th last year?").unused == ("march",)
    assert read("july 4th Hartford Marathon 2024 fastest 3 women").unused == ()
    assert read("the second half of last year (July through December): event names and dates").unused == ()
    assert read("How many finishers did we have at last October's Hartford Marathon compared with the year before?").unused == ()
    assert read("finishers in fall 2023 (september through november)").unused == ()
    # from held-out set 108 (read): a statement after the question or before a colon, saying why it is asked, set
    # aside when the rest is read whole; the part counted beside its whole; a share asked indirectly, kept when a
    # sentence follows ("By year please.")
    assert read("How many finished the 2024 Hartford Marathon? I'm ordering medals.").unused == ()
    assert read("Hartford Marathon DNF rate for each year - it gets hot out there.").unused == ()
    assert read("It's a schools fundraiser, so: how many finished the 2024 Hartford Marathon?").unused == ()
    assert read("How many finished the 2024 Hartford Marathon? Just the women.").sex == "F"   # a filter is never set aside
    part = read("how many entries did the Hartford Marathon have last year, and how many of them were no-shows?")
    assert (part.metric.kind, part.status, part.unused) == ("rate", None, ())
    share = read("Our sponsor wants to know how the female share of finishers at the Hartford Marathon has moved over "
                 "the years. By year please.")
    assert (share.metric.kind, share.group_by, share.unused) == ("share", ("year",), ())
    # from the eighteenth break attempt: "how many times has X run Y" counts his finishes (it counted his no-shows);
    # an event whose name says its distance, said short, gives that race's times (a 1 Mile ranked among 5K times);
    # "ran A and B in the same year" is runners of both (it counted every result of either)
    runs = read("how many times has michael wardian run the hartford marathon?")
    assert (runs.status, runs.unused) == ("FIN", ())
    assert read("how many times has michael wardian entered the hartford marathon?").status is None
    shamrock = Vocabulary(company="Empire", events=("Ithaca Shamrock 5K",), cities=("Ithaca",), people=())
    assert [d.label for d in parse("top 3 women at ithaca shamrock 2018", shamrock, TODAY).distances] == ["5K"]
    assert parse("how many finished the ithaca shamrock in 2018", shamrock, TODAY).distances == ()   # every race
    both = read("how many people ran the Hartford Marathon and the Napa Half Marathon in the same year")
    assert (both.cohort.kind, both.cohort.same_year, both.unused) == ("both", True, ())
    # from held-out set 110 (read) and the nineteenth break attempt: two places compared, each the home of one event,
    # are those events; "every year 2023 through 2025" at a place with one event is that event's; "year order"; a race
    # said short in a sentence told first is kept; "the fastest tenth" is 10%; "what time marked the slowest 10%";
    # "the first 10 finishers" and "the best ten times" are
    # top tens; "how many entries …, and how many were no-shows" both; "who ran both …? just a count" counts
    places = Vocabulary(company="Big River", events=("Napa Half Marathon", "Mystic Jingle Bell Run", "Stamford Turkey Trot"),
                        cities=("Napa", "Mystic", "Stamford"), event_cities=("Napa", "Mystic", "Stamford"),
                        held_at=(("Napa Half Marathon", "Napa"), ("Mystic Jingle Bell Run", "Mystic"),
                                 ("Stamford Turkey Trot", "Stamford")), people=())
    versus = parse("Median 5K time last year at Mystic versus Stamford?", places, TODAY)
    assert (set(versus.events), versus.unused) == ({"Mystic Jingle Bell Run", "Stamford Turkey Trot"}, ())
    every = parse("how many ppl finished mystic every year 2023 through 2025?", places, TODAY)
    assert (every.events, every.cohort.kind, every.notes) == (("Mystic Jingle Bell Run",), "every_edition", ())
    assert read("Across all our events, what's the average finisher age each year? Year order.").unused == ()
    told = parse("I'm charting the Napa half. Finishers per year, in year order?", places, TODAY)
    assert [d.label for d in told.distances] == ["Half Marathon"]
    tenth = read("What time did you need to be in the fastest tenth of the 2024 Hartford Marathon?")
    assert (tenth.measure, tenth.unused) == ("p10", ())
    assert read("What time marked the slowest 10% of finishers at the 2024 Hartford Marathon?").measure == "p90"
    first = read("first 10 finishers of the 2024 Hartford Marathon")
    assert (first.intent, first.limit) == ("top", 10)
    assert read("best ten times at the 2024 Hartford Marathon").limit == 10
    assert read("How many entries did the Hartford Marathon have in 2025 and how many were no-shows?").metric.kind == "rate"
    counted = read("who ran both the Hartford Marathon and the Napa Half Marathon in the same year? just a count")
    assert (counted.intent, counted.cohort.listed) == ("count", False)
    # "across all the men's and women's age groups": every age group of those two sexes (it kept the women only);
    # "men's and women's age group winners" every group's winner (it ranked the women's)
    groups = read("how many finished top 5 in their age group at the 2024 Hartford Marathon, across all the men's and "
                  "women's age groups?")
    assert (groups.sex, groups.men_and_women, groups.top_places, groups.group_by, groups.unused) == (None, True, 5, (), ())
    each = read("average time in each of the men's and women's age groups at the 2024 Hartford Marathon")
    assert (each.sex, each.men_and_women, each.group_by) == (None, True, ("age_group",))
    winners = read("men's and women's age group winners at the 2024 Hartford Marathon")
    assert (winners.sex, winners.winners_by) == (None, "age_group")
    # finish-time bands each asked with its own "how many": one row, a column each (held-out 44 and 102 wanted it so)
    bands = read("how many finished the 2024 Hartford Marathon under 3:30, how many between 3:30 and 4:30, and how many "
                 "4:30 or slower?")
    assert (bands.time_bands, bands.bands_as_columns) == ((12600, 16200), True)
    assert build(bands, TODAY).sql.count("COUNT(*) FILTER(WHERE") == 3
    assert not read("Break the 2024 Hartford Marathon finishers into bands: under 3:30, 3:30 to 4:30, 4:30 or slower").bands_as_columns
    # from the twentieth break attempt: "how many Hartford Marathons has X done" counts his finishes (it counted his
    # no-shows); a limit's count "counting DNFs" is unread (runners with no finish have no time over it; it was dropped)
    assert read("how many Hartford Marathons has Michael Wardian done?").status == "FIN"
    assert read("with a 6:30:00 limit, how many would have missed it at the 2024 Hartford Marathon, counting DNFs?").unused


def test_kinds_from_the_twenty_eighth_session() -> None:
    # a remark after the question never gives its dates when the question said its own (the remark's "since 2015"
    # had replaced "last year": every word was read, so it was never set aside); a remark asking for a filter keeps it
    remark = read("how many finished the Napa Half Marathon in 2024? We've timed it every year since 2016.")
    assert (remark.dates.start, remark.dates.end, remark.unused) == (date(2024, 1, 1), date(2025, 1, 1), ())
    women = read("how many finished the Hartford Marathon last year? I'd like the women only.")
    assert (women.sex, women.dates.start) == ("F", date(2025, 1, 1))
    told = read("how many finished the 2023 Hartford Marathon? I did the Napa Half Marathon that year as well.")
    assert (told.cohort, told.events, told.unused) == (None, ("Hartford Marathon",), ())
    # from held-out set 112 (read) and the twenty-first break attempt: the results desk. The runners around one named
    # runner in her own race (the runner the reference, never a filter: "who won my age group" had ranked her own wins)
    friends = replace(VOCABULARY, people=(Person("Michael", "Wardian"), Person("Beth", "Barber")))
    winner = parse("Michael Wardian here. Who won my age group at the 2024 Hartford Marathon?", friends, TODAY)
    assert (winner.rival.side, winner.rival.scope, winner.intent, winner.winners, winner.unused) == (
        "winner", "age_group", "list", False, ())
    beaten = parse("how many people beat Beth Barber at the 2024 Stamford Turkey Trot?", friends, TODAY)
    assert (beaten.rival.side, beaten.rival.scope, beaten.intent) == ("ahead", "overall", "count")
    sql = build(beaten, TODAY).sql
    assert "JOIN results AS r8 ON r8.race_id = r.race_id" in sql and "r.chip_time_s < r8.chip_time_s" in sql
    assert "p.first_name = 'Beth'" not in sql   # (she is not among those counted)
    around = parse("I came 3rd in my age group at the 2024 Stamford Turkey Trot. Who were the two women ahead of me? "
                   "(Beth Barber)", friends, TODAY)
    assert (around.rival.side, around.rival.scope, around.place, around.sex, around.unused) == (
        "ahead", "age_group", None, "F", ())
    after = parse("Beth Barber here - who finished right behind me in the 2024 Stamford Turkey Trot, and how many seconds back?",
                  friends, TODAY)
    assert (after.rival.side, after.unused) == ("next_behind", ())
    assert "ABS(r.chip_time_s - r8.chip_time_s)" in build(after, TODAY).sql   # (to her own time: namesakes each theirs)
    # her home city picks her among namesakes (it filtered the runners around her); "by less than a minute" is read
    city = parse("how many finished ahead of Beth Barber from Hartford at the 2024 Stamford Turkey Trot?",
                 replace(friends, cities=(*friends.cities, "Hartford")), TODAY)
    assert (city.rival.city, city.runner_city) == ("Hartford", None)
    close = parse("who beat Beth Barber by less than a minute at the 2024 Stamford Turkey Trot?", friends, TODAY)
    assert (close.rival.within_s, close.time_limit, close.unused) == (60, None, ())
    assert "ABS(r.chip_time_s - r8.chip_time_s) <= 60" in build(close, TODAY).sql
    # on gun time: ahead by the gun clock (places follow chip time); "by how many seconds did she beat the runner-up" is
    # the winning margin, no runner around
    assert "r.gun_time_s < r8.gun_time_s" in build(parse("how many beat Beth Barber on gun time at the 2024 Stamford "
                                                         "Turkey Trot?", friends, TODAY), TODAY).sql
    assert read("Who won the 2024 Hartford Marathon, and by how many seconds did she beat the runner-up?").rival is None
    # two runners named around "beat": their times and the gap, whoever is named first
    gap = parse("By how many seconds did Beth Barber beat Michael Wardian at the 2024 Stamford Turkey Trot?", friends, TODAY)
    assert (gap.difference, gap.group_by, gap.measure, gap.rival) == (("Michael", "Beth"), ("race", "runner"), "fastest", None)
    behind = parse("How far behind Michael Wardian was Beth Barber at the 2024 Stamford Turkey Trot?", friends, TODAY)
    assert behind.difference == ("Beth", "Michael")
    # a runner's own time between two years, said in more ways
    improved = read("By how much did Michael Wardian improve at the Hartford Marathon from 2023 to 2024?")
    assert (improved.change_years, improved.measure, improved.unused) == ((2023, 2024), "fastest", ())
    assert read("how much slower was Michael Wardian at the Hartford Marathon in 2024 compared with 2023?").change_years == (2023, 2024)
    again = read("Michael Wardian ran the Hartford Marathon in 2023 and again in 2024. How many seconds faster was he the "
                 "second time?")
    assert (again.change_years, again.cohort, again.measure, again.edition) == ((2023, 2024), None, "fastest", None)
    # "was it a personal best": every year's finish there, fastest first (the year asked alone was its own best)
    best = read("Michael Wardian here - was my Hartford Marathon last year a personal best?")
    assert (best.dates, best.sorted_by, best.intent, best.personal_best) == (None, "fastest", "list", False)
    assert read("what's Michael Wardian's PR at the Hartford Marathon and when did he set it?").unused == ()
    # every status counted, a row each; the DQs listed, "anyone disqualified", "DNF'd or got DQ'd"
    statuses = read("For the 2024 Hartford Marathon, how many finishers, DNFs, DQs and no-shows did we have?")
    assert (statuses.group_by, statuses.status, statuses.intent) == (("status",), None, "count")
    assert "SELECT r.status AS status, COUNT(*)" in build(statuses, TODAY).sql
    assert read("count of results by status at the 2024 Hartford Marathon").group_by == ("status",)
    assert read("was anyone disqualified at the 2024 Hartford Marathon?").intent == "list"
    assert read("who DNF'd or got DQ'd at the 2024 Hartford Marathon?").status == "DNF_OR_DQ"
    assert read("Before awards go out: who DNF'd at the 2024 Hartford Marathon?").unused == ()
    assert read("Which runners were disqualified at the 2024 Hartford Marathon? Bibs too please.").unused == ()
    rate = read("2024 Hartford Marathon: how many DNFs did we have, and what was the DNF rate?")
    assert (rate.metric.kind, rate.unused, rate.notes) == ("rate", (), ())
    # "how close was the finish for the win" is the winning margin (every phrase of it read); "the full finish order";
    # a list's purpose ("for the award engraving") said after it
    close = read("How close was the finish for the win at the Hartford Marathon each year? Gap between 1st and 2nd, by year.")
    assert (close.metric.kind, close.group_by, close.unused) == ("margin", ("year",), ())
    assert read("How close was the women's race at the 2024 Hartford Marathon?").metric.kind == "margin"
    order = read("Can I see the full finish order of the 2024 Hartford Marathon - place, name and time?")
    assert (order.intent, order.distances, order.unused) == ("list", (), ())
    assert read("need the age group winners for the 2024 Hartford Marathon for the trophy engraving").unused == ()
    # her own finish against a reference: her race's winner, its average, her own earlier best or latest finish there
    # ("how much faster than the average finisher was X" had counted her finishes faster than the average: 0)
    to_winner = read("How much slower was Michael Wardian than the winner at the 2024 Hartford Marathon?")
    assert (to_winner.rival.side, to_winner.person.last_name, to_winner.intent, to_winner.unused) == (
        "to_winner", "Wardian", "list", ())
    assert "SELECT MIN(r7.chip_time_s) FROM results AS r7 WHERE r7.race_id = r.race_id" in build(to_winner, TODAY).sql
    group = read("How far behind the age group winner was Michael Wardian at the 2024 Hartford Marathon?")
    assert (group.rival.side, group.rival.scope) == ("to_winner", "age_group")
    average = read("How much faster than the average finisher was Michael Wardian at the 2024 Hartford Marathon?")
    assert (average.rival.side, average.field_limit, average.unused) == ("to_average", None, ())
    best = read("Michael Wardian here. How many seconds faster was my 2024 Hartford Marathon than my previous best there?")
    assert (best.rival.side, best.unused) == ("to_previous_best", ())
    assert "e7.event_date < e.event_date" in build(best, TODAY).sql
    last = read("how much faster was Michael Wardian at the 2024 Hartford Marathon than last time?")
    assert (last.rival.side, last.edition) == ("to_previous", None)
    assert read("how far behind the winner was the runner-up at the 2024 Hartford Marathon?").metric.kind == "margin"
    # "how many seconds slower was I in 2024 than the year before", the year before read as a runner's other year: her
    # time's change (it counted her as a runner of both years)
    before = read("Michael Wardian here - how many seconds slower was I at the Hartford Marathon in 2024 than the year before?")
    assert (before.change_years, before.cohort, before.measure) == ((2023, 2024), None, "fastest")
    # the statuses said as what one count holds are no rows of their own
    started = read("How many runners actually started the 2024 Hartford Marathon? Count finishers, DNFs and DQs, not the no-shows.")
    assert "status" not in started.group_by and started.statuses == ()
    # a runner's moment at the finish line: her results, each with its time of day at the line
    crossed = read("What time of day did Michael Wardian cross the finish line at the 2024 Hartford Marathon?")
    assert (crossed.crossing_shown, crossed.unused) == (True, ())
    assert "ra.start_time + r.gun_time_s * INTERVAL '1' SECOND AS crossed_line_at" in build(crossed, TODAY).sql
    # from the twenty-third break attempt: two runners' gap is race by race (a mile had been set against a 5K); the
    # winners of each sex at an event of several races, none named, race by race; "… ? Just count them"
    pair = parse("By how many seconds did Beth Barber beat Michael Wardian at the 2024 Stamford Turkey Trot?", friends, TODAY)
    assert pair.group_by == ("race", "runner")
    assert "HAVING NOT MAX(fastest_s) FILTER(WHERE first_name = 'Michael') IS NULL" in build(pair, TODAY).sql
    sexes = read("How much faster was the men's winner than the women's winner at the 2024 Stamford Turkey Trot?")
    assert sexes.group_by == ("race", "sex")
    assert read("How much faster was the men's winner than the women's winner at the 2024 Hartford Marathon?").group_by == ("sex",)
    counted = parse("Which women beat Beth Barber at the 2024 Stamford Turkey Trot? Just count them", friends, TODAY)
    assert (counted.intent, counted.sex, counted.unused) == ("count", "F", ())
    assert "COUNT(DISTINCT r.result_id)" in build(counted, TODAY).sql
    # from held-out set 114 (read): "the men's record in X" is the course record (it listed every man); a runner's gap to
    # the course record of her sex, or to the record before her edition ("by how much did she beat the old record"), the
    # holder named beside her ("off Brandon Long's course record") only naming it; age-group awards with no depth said
    # are the first three of each group, counted, per year, or as a share of the finishers
    record = read("who holds the mens record in the Hartford Marathon and what year did they set it")
    assert (record.intent, record.sex, record.limit, record.unused) == ("top", "M", 1, ())
    off = parse("Beth Barber won the 2024 Stamford Turkey Trot. How many seconds off Michael Wardian's course record was she?",
                friends, TODAY)
    assert (off.rival.side, off.person.first_name, off.more_people) == ("to_record", "Beth", ())
    old = read("Michael Wardian broke the men's record at the Hartford Marathon in 2024. By how much did he beat the old mark?")
    assert (old.rival.side, old.metric, old.unused) == ("to_old_record", None, ())
    assert "e7.event_date < e.event_date" in build(old, TODAY).sql and "p7.sex = p.sex" in build(old, TODAY).sql
    awards = read("How many age-group awards have we given at the Hartford Marathon each year?")
    assert (awards.top_places, awards.top_places_within, awards.group_by, awards.intent) == (3, "age_group", ("year",), "count")
    share = read("What percentage of the 2024 Hartford Marathon finishers went home with an age-group award?")
    assert (share.metric.kind, share.share_of.top_places, share.unused) == ("share", 3, ())
    # "our all-time leader in age-group wins"; "the F70-74 age group record at X" (its fastest finisher ever); age-group
    # awards "per year" said with no "how many"; "how much did he take off the old record"
    leader = read("Who's our all-time leader in age-group wins, and how many does he have?")
    assert (leader.subject, leader.intent, leader.limit, leader.top_places, leader.unused) == ("people", "top", 1, 1, ())
    group = read("F70-74 age group record at the Hartford Marathon?")
    assert (group.age_group, group.limit, group.intent, group.unused) == ("F70-74", 1, "top", ())
    assert read("Age-group awards per year at the Hartford Marathon (top three in each group), in year order.").top_places == 3
    took = read("Michael Wardian set a new Hartford Marathon record in 2024. How much did he take off the old record?")
    assert (took.rival.side, took.unused) == ("to_old_record", ())
    # the pace of a record is the pace of that fastest finish (it averaged every finish of the holder)
    pace = read("Michael Wardian's record at the Hartford Marathon - what pace per mile does that work out to?")
    assert (pace.metric.kind, pace.metric.aggregate, pace.unused) == ("pace", "min", ())
    # "the course records at X for every race, men and women": each race's record of each sex (it counted the runners)
    board = read("For the records board: the course records at the Hartford Marathon for every race, men and women.")
    assert (board.group_by, board.men_and_women, board.intent, board.unused) == (("race", "sex"), True, "top", ())
    # from the twenty-fourth break attempt: a leaderboard of age-group wins with a top N is unread (the N had become the
    # podium's depth); a home town said for one of two runners compared is unread (it filtered both); "the masters record
    # (40+)" is the record
    assert read("who has won their age group the most times at the Hartford Marathon? show the top 5").unused == ("top 5",)
    town = parse("by how many seconds did Beth Barber beat Michael Wardian of Hartford at the 2024 Stamford Turkey Trot?",
                 replace(friends, cities=(*friends.cities, "Hartford")), TODAY)
    assert town.notes and town.difference == ()
    masters = read("the masters record (40+) for men at the Hartford Marathon")
    assert (masters.intent, masters.limit, masters.age.low) == ("top", 1, 40)


def test_kinds_from_the_twenty_ninth_session() -> None:
    # from held-out set 114 (read): the records board. The course records a runner holds, or set in a year, are the
    # records themselves (ranked over every result, every edition), the runner and dates filtering them — "which
    # course records does she hold" had listed all her results, fastest first
    held = read("How many course records does Michael Wardian currently own across all our events?")
    assert (held.records, held.intent, held.limit, held.person, held.unused) == (Records("sex"), "count", None,
                                                                                   Person("Michael", "Wardian"), ())
    sql = build(held, TODAY).sql
    assert "r.result_id IN (SELECT result_id FROM (SELECT r6.result_id" in sql and "PARTITION BY e6.name, ra6.name, p6.sex)" in sql
    assert "p.first_name = 'Michael'" in sql.split("r.result_id IN")[0] + sql.split("QUALIFY")[-1]
    listed = read("Michael Wardian's name is on our board: which records does he hold at the Hartford Marathon, and when?")
    assert (listed.records, listed.intent, listed.events, listed.unused) == (Records("sex"), "list", ("Hartford Marathon",), ())
    fell = read("how many course records fell in 2024, every race at every event?")
    # (a record set then, broken since or not: the fastest so far, that day's field included; one that "fell" beat a
    # record set at an earlier edition, never a first edition's — since the forty-fifth session)
    assert (fell.records, fell.intent, fell.dates.start, fell.group_by, fell.unused) == (
        Records("sex", set_then=True, broken=True), "count", date(2024, 1, 1), (), ())
    fell_sql = build(fell, TODAY).sql
    assert "ORDER BY e6.event_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW" in fell_sql
    assert "2024" not in fell_sql.split("IN (SELECT")[1]   # (the field is every year)
    ages = read("How many age-group records does Michael Wardian hold?")
    assert ages.records == Records("age_group") and "PARTITION BY e6.name, ra6.name, r6.age_group" in build(ages, TODAY).sql
    assert read("who holds the course record at the Stamford Turkey Trot?").records is None   # (the record itself)
    # age-group wins: a leaderboard with its N, a number of titles, a streak over editions, every edition
    board = read("our top 4 runners by number of AG wins?")
    assert (board.subject, board.limit, board.top_places, board.top_places_within, board.unused) == (
        "people", 4, 1, "age_group", ())
    titles = read("which runners have 12 or more age group titles with us? names and counts")
    assert (titles.cohort.kind, titles.cohort.count, titles.cohort.listed, titles.unused) == ("min_finishes", 12, True, ())
    streak = read("longest streak of age-group wins over consecutive years at the Stamford Turkey Trot - who, and how many?")
    assert (streak.cohort.kind, streak.cohort.listed, streak.top_places_within, streak.unused) == ("streak", True, "age_group", ())
    every = read("did anybody win their age group at every edition of the Mystic Jingle Bell Run?")
    assert (every.cohort.kind, every.limit, every.unused) == ("every_edition", None, ())
    # a share (or a count) of the age-group awards that went to a group: of the runners placed top 3 in their group
    awards = read("what percent of the AG awards at the 2024 Stamford Turkey Trot went to runners 60 and older?")
    assert (awards.top_places, awards.top_places_within, awards.metric.kind, awards.share_of.age.low, awards.unused) == (
        3, "age_group", "share", 60, ())
    podium = read("list the runners from Hartford who finished top 3 in their age group at the 2024 Hartford Marathon")
    assert (podium.winners, podium.winners_by, podium.top_places) == (False, None, 3)
    assert "r.age_group_place" in build(podium, TODAY).sql.split("FROM")[0]   # (the place asked for, shown)
    # from held-out set 116 (read): local runners and the town paper
    assert read("how many Hartford runners have finished 3 or more different Big River events?").cohort.distinct_events
    assert read("Hartford runners at the Stamford Turkey Trot in 2024, finished or not?").status is None
    every_race = read("Hartford finishers at the Napa Half Marathon each year - all races, not only the half")
    assert (every_race.distances, every_race.unused) == ((), ())
    assert read("how many Stamford runners took part in the 2024 Napa Half Marathon, counting the 10k too?").distances == ()
    paper = read("For the New Haven Register: how many Mystic runners finished the 2024 Hartford Marathon?")
    assert (paper.runner_city, paper.event_city, paper.unused) == ("Mystic", None, ())
    club = read("Providence run club check: how many Providence runners finished the Hartford Marathon in 2025?")
    assert (club.runner_city, club.event_city, club.unused) == ("Providence", None, ())
    town = parse("stamford vs hartford, how many finishers each at the 2024 Stamford Turkey Trot?",
                 replace(VOCABULARY, held_at=(("Stamford Turkey Trot", "Stamford"),)), TODAY)
    assert [group.runner_city for group in town.compared] == ["Stamford", "Hartford"]
    told = read("The New Haven crowd says they beat the Mystic crowd. Average time at the 2024 Hartford Marathon, "
                "New Haven finishers vs Mystic finishers?")
    assert ([group.runner_city for group in told.compared], told.unused) == (["New Haven", "Mystic"], ())
    # an event said by one word of its name, with "the" ("the jingle"); never a word the parser reads
    assert read("how many finished the jingle in 2024?").events == ("Mystic Jingle Bell Run",)
    held_in = replace(VOCABULARY, event_cities=("Mystic",), held_at=(("Mystic Jingle Bell Run", "Mystic"),))
    assert parse("the oldest mystic finisher ever?", held_in, TODAY).event_city == "Mystic"
    # "the fastest Mystic man and the fastest Mystic woman": each sex's first from that town; "taken part"; the
    # fastest of each of two towns compared is said unread (it ranked both towns as one)
    town_pair = read("who were the fastest Mystic man and the fastest Mystic woman at the 2024 Hartford Marathon?")
    assert (town_pair.winners_by, town_pair.runner_city, town_pair.unused) == ("sex", "Mystic", ())
    assert read("fastest man's time and fastest woman's time at the 2024 Hartford Marathon").winners_by == "sex"
    assert read("how many Mystic runners have taken part in the Hartford Marathon?").unused == ()
    each = read("Mystic vs Providence at the Hartford Marathon: the fastest man and woman from each town?")
    assert each.notes and each.confidence < CONFIDENT
    # from the twenty-fifth break attempt: wins at an event are counted as wins (it counted editions: "10 or more" found
    # none); the awards' share said with "50+" reads whole (an empty clause had become the word "groupnone"); records
    # held "currently" or "right now" are the archive's, never live timing
    wins = read("Who has 10 or more age group wins at the Stamford Turkey Trot?")
    assert (wins.cohort.count, wins.cohort.editions, wins.unused) == (10, False, ())
    women = read("how many of the AG awards went to women 50+ at the 2024 Stamford Turkey Trot")
    assert (women.top_places, women.sex, women.age.low, women.unused) == (3, "F", 50, ())
    assert not is_live("how many course records does she currently hold?") and is_live("who is leading right now?")
    # a runner's "marathon record with us" is her history, never the course records she holds; a word of a place's name
    # is never an event said by one word ("the new haven …" is no event called "New …")
    assert read("Michael Wardian's marathon record with us: how many marathons has he started?").records is None
    assert read("Does Michael Wardian have any course records?").records == Records("sex")
    assert parse("how many finished the haven in 2024", replace(VOCABULARY, events=(*VOCABULARY.events, "Haven Harbor Run")),
                 TODAY).events == ()
    # families, told apart by their last name: a ranking or a row per last name
    families = read("which family name had the most finishers at the 2024 Hartford Marathon?")
    assert (families.ranking.dimension, families.unused) == ("last_name", ())
    assert "p.last_name AS last_name" in build(families, TODAY).sql
    assert read("2024 Hartford Marathon finishers per surname").group_by == ("last_name",)
    # a family said by its last name (found among the company's runners, as stored): "how many Smiths", "the Garcia
    # family", "runners named Lee"
    assert family_candidates("How many Smiths ran? And the Garcia family, or anyone named Lee?") == ["Smith", "Garcia", "Lee"]
    kin = replace(VOCABULARY, families=("Smith",))
    smiths = parse("How many Smiths were in the 2024 Hartford Marathon field?", kin, TODAY)
    assert (smiths.last_name, smiths.intent, smiths.unused) == ("Smith", "count", ())
    assert "p.last_name = 'Smith'" in build(smiths, TODAY).sql
    assert parse("list the smith family's finishes at the Hartford Marathon", kin, TODAY).last_name == "Smith"
    assert read("How many Smiths were in the 2024 Hartford Marathon field?").unused   # (no runner of that name: unread)
    assert parse("how many Smiths have run our races", kin, TODAY).notes   # (it counted the races, the name unkept)
    # the moment a town's first runner crossed, "in the half" saying the race (never a finish time "in 1:32")
    town_first = read("what time of day did the first Mystic runner cross the finish line in the half at the 2024 Napa Half Marathon?")
    assert (town_first.measure, town_first.runner_city, town_first.unused) == ("first_crossing", "Mystic", ())
    assert read("what time of day did the first finisher cross the line in the half at the 2024 Napa Half Marathon?").unused == ()
    # "locals" with no town named: runners whose home is the town their event was held in (each event its own)
    local = read("what share of each field lived in the host town at the Hartford Marathon and the Stamford Turkey Trot in 2024?")
    assert (local.share_of.local, local.unused) == (True, ())
    assert "p.city = e.city AND p.state = e.state" in build(read("how many locals ran the 2024 Hartford Marathon?"), TODAY).sql
    assert read("how many Mystic locals ran the 2024 Hartford Marathon?").local is False   # (that town)
    # from held-out set 118 (read): runners and coaches setting goals. The time that made a place ("what time took 3rd in
    # women 30-34", "what did it take to crack the top 10 in men's 35-39", "the cutoff for the M45-49 podium")
    third = read("What time took 3rd in women 30-34 at the 2024 Hartford Marathon?")
    assert (third.place, third.age_group, third.unused) == (3, "F30-34", ())
    crack = read("what did it take to crack the top 10 in men's 35-39 at the Hartford Marathon last year?")
    assert (crack.place, crack.age_group, crack.limit, crack.unused) == (10, "M35-39", None, ())
    assert read("What was the cutoff for the M45-49 podium at the 2024 Hartford Marathon?").place == 3
    assert read("Hartford Marathon - 3rd place time in F35-39 every year, oldest to newest").place == 3
    # who improved the most between two years, "and by how many seconds" (it counted them), "knocked the most time off"
    most = read("Who knocked the most time off their Hartford Marathon between 2024 and 2025, and by how many seconds?")
    assert (most.cohort.kind, most.cohort.listed, most.limit, most.unused) == ("improved", True, 1, ())
    # the share of a field slower than a time said of the asker; the share of her own field ahead of a runner
    beat = read("I ran 3:30 at the 2024 Hartford Marathon. What percentage of the finishers did I beat?")
    assert (beat.share_of.time_limit.op, beat.share_of.time_limit.seconds, beat.unused) == (">", 12600, ())
    friends = replace(VOCABULARY, people=(Person("Beth", "Barber"),))
    ahead = parse("At the 2024 Hartford Marathon, what percentage of Beth Barber's age group finished ahead of her?", friends, TODAY)
    assert (ahead.person, ahead.share_of.rival.side, ahead.share_of.rival.scope, ahead.unused) == (None, "ahead", "age_group", ())
    whole = build(ahead, TODAY).sql.split(" FROM ")[-1]
    assert "p8.first_name = 'Beth'" in whole and "r8.age_group = r.age_group" in whole   # (the whole is her group's field)
    # places within the first N% of a group's finishers (never a top N, unread)
    tenth = read("the slowest time that still made the top 10% of the F40-44 group at the 2024 Hartford Marathon")
    assert (tenth.top_percent, tenth.top_places_within, tenth.measure, tenth.unused) == (10, "age_group", "slowest", ())
    assert "r.age_group_place <= (0.1 * (SELECT COUNT(r5.result_id)" in build(tenth, TODAY).sql
    # "the most" of one runner even with a filter said first ("Among the women, who improved the most"); several only
    # when asked so ("which runners improved the most"); a place per edition in year order when "by year" is said
    among = read("Among the women, who improved the most at the Hartford Marathon from 2024 to 2025?")
    assert (among.limit, among.sex) == (1, "F")
    assert read("which runners improved the most at the Hartford Marathon from 2024 to 2025?").limit is None
    assert read("3rd place time for F40-44 at the Hartford Marathon, by year").oldest_first
    # "which age group had the slowest winning time": each group's own winner ranked (it ranked the overall winners'
    # groups); "biggest improvement in the X 5K": runners, never the event's editions
    slowest = read("Which age group had the slowest winning time at the 2024 Hartford Marathon?")
    assert (slowest.winners, slowest.top_places, slowest.top_places_within, slowest.ranking.dimension) == (
        False, 1, "age_group", "age_group")
    assert read("biggest improvement in the Hartford Marathon from 2024 to 2025? name and seconds dropped").subject == "results"
    # from the twenty-sixth break attempt: "biggest improvement among the women" lists the runner (it counted them);
    # "what gun time took 3rd"; "awards 0 deep" unread (it counted every finisher); "each field" a row per race
    assert read("biggest improvement among the women at the Hartford Marathon from 2024 to 2025").cohort.listed
    assert (read("what gun time took 3rd in women 30-34 at the 2024 Hartford Marathon").place,) == (3,)
    assert read("how many age group awards at the 2024 Hartford Marathon with awards 0 deep").unused
    fields = read("what share of each field lived in the host town at the 2024 Stamford Turkey Trot")
    assert (fields.group_by, fields.unused) == (("race",), ())
    # "what time took third" (a place said in a word); "still landed in the top 10% of the group" (the group asked)
    assert read("What time took third in men's 55-59 at the 2024 Hartford Marathon?").place == 3
    landed = read("For the M35-39 group at the 2024 Hartford Marathon, the slowest time that still landed in the top 10% of the group?")
    assert (landed.top_places_within, landed.unused) == ("age_group", ())


@pytest.mark.parametrize("text, seconds", [
    ("where would a 3:15:00 have placed overall in the 2025 marathon?", 11700.0),
    ("where would a 22:00 have placed among women at the 2024 x 5k", 1320.0),
    ("what place would 3:15 have gotten me in 2024", 11700.0),
    ("if i'd run 1:45:00 there in 2024, what would my place have been in m40-44?", 6300.0),
    ("if my daughter runs 25 minutes at x, where would that have put her overall?", 1500.0),
    ("where did she place in 2024?", None),
    ("if i'd run 1:45:00 there in 2024, what percent would i have beaten?", None),
])
def test_the_place_a_time_would_have_had_is_read_with_its_time(text: str, seconds: float | None) -> None:
    found = find_time_placed(text)
    assert (found.value if found else None) == seconds


def test_kinds_from_the_thirtieth_session() -> None:
    # from held-out set 118 (read, last session): a coach's runner told of, before or after the question; a verb of
    # going under a time; two age groups' averages and the gap; "who won each of the masters women's age groups"
    told = read("Michael Wardian is one of mine. What was his best Hartford Marathon time?")
    assert (told.person, told.personal_best, told.unused) == (Person("Michael", "Wardian"), True, ())
    after = read("List Michael Wardian's finishes from 2024 with the event and his time. He's one of my runners.")
    assert (after.person, after.intent, after.unused) == (Person("Michael", "Wardian"), "list", ())
    under = read("how many times has Michael Wardian gone under 2:40:00 at the Hartford Marathon?")
    assert (under.intent, under.time_limit.seconds, under.unused) == ("count", 9600, ())
    groups = read("how much faster on average were the M40-44 men than the F40-44 women at the 2024 Hartford Marathon?")
    assert (groups.difference, groups.age_group, groups.more_age_groups, groups.unused) == (("F", "M"), "M40-44", ("F40-44",), ())
    masters = read("who won each of the masters women's age groups at the 2024 Stamford Turkey Trot?")
    assert (masters.winners_by, masters.sex, masters.age.low) == ("age_group", "F", 40)
    slowest = read("Among the men's age groups at the 2024 Stamford Turkey Trot, what was the slowest winning time and which group?")
    assert (slowest.ranking.dimension, slowest.ranking.descending, slowest.top_places, slowest.top_places_within) == (
        "age_group", True, 1, "age_group")
    # the one of two events ("which of A and B had more"): a ranking, never their finishers listed
    which = read("which of the Hartford Marathon and the Stamford Turkey Trot had more finishers in 2024?")
    assert (which.ranking.dimension, which.ranking.limit, which.intent) == ("event", 1, "top")
    # a podium over years said as a list: the first three of each year
    podium = read("top 3 women at the Hartford Marathon in 2023, 2024 and 2025")
    assert (podium.group_by, podium.years, podium.dates, podium.unused) == (("year",), (2023, 2024, 2025), None, ())
    # her place out of how many, in her age group; her best there and a later finish against it
    out_of = build(read("Michael Wardian's age group place at the 2024 Hartford Marathon, out of how many?"), TODAY).sql
    assert "AND r5.age_group = r.age_group) AS finishers_in_age_group" in out_of
    best = read("Michael Wardian's best time at the Hartford Marathon, and how far off that was his 2024 run?")
    assert (best.rival.side, best.intent, best.personal_best, best.unused) == ("to_best", "list", False, ())
    anywhere = read("Michael Wardian's fastest marathon with us, and how far off it was his 2024 Hartford Marathon?")
    assert anywhere.rival.side == "to_distance_best" and "e7.name = e.name" not in build(anywhere, TODAY).sql
    first = read("How much faster was Michael Wardian's 2024 Hartford Marathon than the first time he ran it?")
    assert first.rival.side == "to_first" and "ARG_MIN(r7.chip_time_s, e7.event_date)" in build(first, TODAY).sql
    # "at or ahead of her": she is counted among them, her place shown
    share = read("what percent of his age group finished at or ahead of Michael Wardian at the 2024 Hartford Marathon?")
    assert share.share_of.rival.with_her and "r.chip_time_s <= r8.chip_time_s" in build(share, TODAY).sql
    # the place a time would have had, and the time that made a place said in more words
    placed = read("where would a 2:50:00 have placed among men at the 2024 Hartford Marathon?")
    assert (placed.time_placed, placed.sex, placed.unused) == (10200.0, "M", ())
    assert "COUNT(*) FILTER(WHERE r.chip_time_s < 10200) + 1 AS place_with_that_time" in build(placed, TODAY).sql
    cut = read("What did a woman need to run to finish top 10 among women at the 2024 Hartford Marathon?")
    assert (cut.place, cut.sex, cut.intent) == (10, "F", "top")
    half = read("slowest time that still made the top half of the F40-44 group at the 2024 Hartford Marathon")
    assert (half.top_percent, half.distances[0].label, half.unused) == (50.0, "Marathon", ())
    beaten = read("A 3:30:00 at the 2024 Hartford Marathon would have beaten what percentage of finishers?")
    assert (beaten.metric.kind, beaten.share_of.time_limit.seconds, beaten.unused) == ("share", 12600, ())
    # runners who got faster: the N said, "ran it faster" counted
    faster = read("List the 5 runners who got the most faster at the Hartford Marathon from 2024 to 2025")
    assert (faster.cohort.kind, faster.cohort.listed, faster.limit, faster.unused) == ("improved", True, 5, ())
    # winners over the years as a timeline; a place said in a word before "time"
    assert read("how has the women's winning time at the Hartford Marathon changed over the years?").oldest_first
    assert read("third place overall time at the Hartford Marathon, year by year").place == 3
    # against the time of a place of her race: "how far off the third-place time in her group", "the podium"
    place = read("Michael Wardian was 4th in M40-44 at the 2024 Hartford Marathon. How many seconds was he off the third-place "
                 "time in his group?")
    assert (place.rival.side, place.rival.place, place.rival.scope, place.unused) == ("to_place", 3, "age_group", ())
    assert "r7.age_group_place = 3) AS place_3_time_s" in build(place, TODAY).sql
    podium = read("Michael Wardian ran the 2024 Hartford Marathon. What time would have gotten him on the podium?")
    assert (podium.rival.side, podium.rival.place, podium.rival.scope) == ("to_place", 3, "overall")
    # from held-out set 121 (read): the year-end review. The company's runners across its events are people (at a named
    # event, its result rows: a retention share there is of rows); the change told in words of its own before its figure
    assert read("What percentage of all our runners live in Connecticut?").metric.unit == "people"
    kept = read("of the runners who finished the Hartford Marathon in 2024, what share came back and finished it in 2025?")
    assert kept.metric.unit == ""
    side = read("put the Hartford Marathon and the Mystic Jingle Bell Run side by side on DNF rate")
    assert (side.group_by, side.metric.kind) == (("event",), "rate")
    counted = read("hartford marathon and mystic jingle bell run side by side: finishers in 2025")
    assert (counted.group_by, counted.intent) == (("event",), "count")
    assert read("busiest calendar month?").ranking.dimension == "month_of_year"
    told = read("the Hartford Marathon fell off a cliff last year. percent drop in finishers vs 2024?")
    assert (told.change_years, told.unused) == ((2024, 2025), ())
    busiest = read("which calendar month is our busiest, counting finishers over all years?")
    assert (busiest.ranking.dimension, busiest.unused) == ("month_of_year", ())
    assert "MONTH(e.event_date) AS month_number" in build(busiest, TODAY).sql
    smallest = read("Which was the smallest Mystic Jingle Bell Run we've timed? year and how many finished")
    assert (smallest.ranking.dimension, smallest.ranking.descending) == ("year", False)
    edition = read("What's the biggest single edition we've ever timed, by finishers? Event, year and count.")
    assert (edition.ranking.dimension, edition.ranking.descending) == ("edition", True)
    every_sex = read("Sex breakdown of last year's Mystic Jingle Bell Run finishers - how many men, women and nonbinary?")
    assert (every_sex.group_by, every_sex.men_and_women) == (("sex",), False)
    side = read("Put our two events side by side on DNF rate, all years combined.")
    assert (side.group_by, side.unused) == (("event",), ())
    every = read("how many runners have finished the Hartford Marathon in every one of the 8 years we've timed it?")
    assert (every.cohort.kind, every.unused) == ("every_edition", ())
    first = read("How many people were finishing the Hartford Marathon for the first time in 2023?")
    assert (first.cohort.kind, first.cohort.earlier_finish) == ("first_timers", True)
    # an event said by the only town it is held in, its editions counted ("finished it three or more times")
    town = Vocabulary(company="Sunshine", events=("Tampa Marathon",), cities=("Tampa",), event_cities=("Tampa",),
                      held_at=(("Tampa Marathon", "Tampa"),))
    loyal = parse("Of the people who finished Tampa last year, how many have now finished it three or more times?", town, TODAY)
    assert (loyal.events, loyal.cohort.kind, loyal.cohort.editions, loyal.unused) == (("Tampa Marathon",), "min_finishes", True, ())
    # from held-out set 123 (read): planning next year's edition. Both ends of the finish line's morning; a line "has to
    # be live" is no live timing; the average of an event's last N editions; a purpose said first
    ends = read("At the 2024 Hartford Marathon, what clock times did the first and the last finishers come in?")
    assert (ends.measure, ends.unused) == ("first_crossing,last_crossing", ())
    assert not is_live("what clock time did the first finisher cross? Need to know when the finish line has to be live.")
    last_three = read("What's the average number of finishers at the Hartford Marathon over the last three editions?")
    assert (last_three.averaged_over, last_three.last_editions, last_three.unused) == ("edition", 3, ())
    groups = read("For ordering age-group medals: how many different age groups had finishers at the 2025 Hartford Marathon?")
    assert (groups.distinct_of, groups.unused) == ("age_group", ())
    assert read("How big was each age group at the 2025 Hartford Marathon (finishers)?").group_by == ("age_group",)
    pace = read("Sizing the 2:00 pace group: how many Hartford Marathon finishers last year came in between 3:55:00 and 4:05:00?")
    assert (pace.time_limit.op, pace.unused) == ("between", ())
    trend = read("Can you pull Hartford Marathon finishers by year? Trying to see if the 2025 jump was a fluke.")
    assert (trend.dates, trend.group_by) == (None, ("year",))
    back = read("Of the 2025 Hartford Marathon finishers, how many were returning runners who had finished it in an earlier year?")
    assert (back.cohort.kind, back.cohort.earlier_finish) == ("returning", True)
    assert read("Hartford Marathon entries last yr?").intent == "count"


def test_kinds_from_the_thirty_first_session() -> None:
    # from held-out set 125 (read): an edition's size ranked ("record year", "record field", entries said after it),
    # of every race; "how long did the start take to clear" (the gap said after it, or the biggest); the chip-time
    # spread said "from first to last finisher"; a percentile said short before "minus"; events held in a month of
    # any year; the editions of a distance ranked ("across all our half marathons, which one")
    record = read("Stamford Turkey Trot record year by entrants?")
    assert (record.ranking.dimension, record.ranking.size, record.status, record.records) == ("year", False, None, None)
    biggest = read("Biggest Napa Half Marathon ever - year and how many entrants?")
    assert (biggest.ranking.dimension, biggest.status, biggest.subject) == ("year", None, "results")
    assert read("Napa Half Marathon record year for finishers?").status == "FIN"
    cleared = read("How long did the start take to clear at the 2024 Napa Half Marathon? I mean the biggest gun-minus-chip gap.")
    assert (cleared.metric.kind, cleared.metric.aggregate, cleared.unused) == ("gap", "max", ())
    assert read("how long did it take everyone to cross the start at the 2024 Napa Half Marathon?").metric.aggregate == "max"
    spread = read("How long was the finish at the 2024 Stamford Turkey Trot from first to last finisher, in chip time?")
    assert (spread.measure, spread.unused) == ("fastest_and_slowest", ())
    assert read("2024 Stamford Turkey Trot, gap between first and last finisher chip time?").measure == "fastest_and_slowest"
    minus = read("the 75th minus 25th percentile chip time at the 2024 Napa Half Marathon")
    assert (minus.measure, minus.place, minus.unused) == ("p25,p75,iqr", None, ())
    defined = read("interquartile range at the 2024 Napa Half Marathon (75th minus 25th percentile chip time)")
    assert (defined.measure, defined.unused) == ("iqr", ())
    assert read("the 10th to 90th percentile range at the 2024 Napa Half Marathon").measure == "p10,p90,spread"
    may = read("Which of our events are run in May?")
    assert (may.subject, may.month, may.dates) == ("events", 5, None)
    assert "GROUP BY e.name, e.city, e.state" in build(may, TODAY).sql
    editions = read("Across all our half marathons, which one had the slowest median finish time? Event, year and the median.")
    assert (editions.ranking.dimension, editions.ranking.measure, editions.distances[0].label) == (
        "edition", "median_time", "Half Marathon")
    # from the thirtieth break attempt: a count averaged over the last N editions said "how many … on average" (it
    # gave an average time); both ends of the line said short; a rate of every race over the last editions
    averaged = read("how many entrants on average over the last 3 editions of the Stamford Turkey Trot")
    assert (averaged.averaged_over, averaged.last_editions, averaged.status) == ("edition", 3, None)
    assert read("Ordering medals for Stamford — how many finishers did we average over the last three editions?"
                ).averaged_over == "edition"
    assert read("on average, how many finishers has the Stamford Turkey Trot had over its past 2 editions?").averaged_over == "edition"
    assert read("first and last finisher clock times at the 2024 Napa Half Marathon").measure == "first_crossing,last_crossing"
    rate = read("average DNF rate over the last three editions of the Napa Half Marathon")
    assert (rate.metric.kind, rate.distances) == ("rate", ())
    # tried in the operations manager's words: a DQ count said with its noun first is no order; the middle half of
    # the finish times; the race mix said short ("half vs full split", "the 5K/10K mix")
    assert read("DQ count at the 2024 Stamford Turkey Trot").status == "DQ"
    middle = read("2024 Napa Half Marathon: the middle 50% of finishers ran between what chip times?")
    assert (middle.measure, middle.share_of, middle.unused) == ("p25,p75,iqr", None, ())
    split = read("the 5K/10K mix at the 2024 Stamford Turkey Trot")
    assert (split.group_by, split.group_shares, split.unused) == (("race",), True, ())
    # a distance's races ranked by a measure: one row per event ("which 10K had the fastest median time")
    which = read("which half marathon had the fastest median time in 2024?")
    assert (which.ranking.dimension, which.ranking.measure, which.ranking.descending) == ("event", "median_time", False)
    assert read("slowest half marathon by average time").ranking.dimension == "event"
    assert read("first to last finisher spread at the 2024 Stamford Turkey Trot").measure == "fastest_and_slowest"
    # from held-out set 127 (read): the closest finish for the win, ranked; a named winner's margin is of her race; a
    # writer's label said first; a fact to confirm; the best-placed runner; a record "right now"; "how big has the
    # field been"; "from the first edition on"; a misspelt town before "residents"; a runner's results "in year order";
    # a share of the finishers "over the years" after a label (pooled, never per year)
    closest = read("What was the closest finish ever for the win at the Stamford Turkey Trot? Give me the year and the margin.")
    assert (closest.metric.kind, closest.ranking.measure, closest.ranking.descending, closest.unused) == ("margin", "margin", False, ())
    gap = read("Which year had the smallest gap between first and second place at the Hartford Marathon?")
    assert (gap.ranking.measure, gap.edition) == ("margin", None)
    assert "margin_s IS NULL" not in build(gap, TODAY).sql and "NOT" in build(gap, TODAY).sql
    won = read("Michael Wardian won the 2024 Hartford Marathon outright. By how many seconds did he beat the runner-up?")
    assert (won.metric.kind, won.person) == ("margin", None)
    label = read("Hometown angle: who was the best-placed Stamford runner at the 2024 Stamford Turkey Trot?")
    assert (label.runner_city, label.limit, label.unused) == ("Stamford", 1, ())
    confirm = read("Before we print: confirm the 2024 Hartford Marathon winning time and the winner's name.")
    assert (confirm.winners, confirm.unused) == (True, ())
    record = read("What's the Hartford Marathon course record right now — who ran it and in which year?")
    assert (record.limit, record.unused) == (1, ())
    field = read("How big has the Stamford Turkey Trot field been each year?")
    assert (field.group_by, field.unused) == (("year",), ())
    first_on = read("Stamford Turkey Trot: finishers per year, from the first edition on.")
    assert (first_on.group_by, first_on.edition) == (("year",), None)
    ordered = read("Michael Wardian's every Hartford Marathon: year, overall place and time, in year order.")
    assert (ordered.oldest_first, ordered.group_by) == (True, ())
    pooled = read("For my feature — what percentage of the Stamford Turkey Trot's finishers over the years came from outside "
                  "Connecticut?")
    assert (pooled.metric.kind, pooled.group_by) == ("share", ())
    claim = read("is it true Michael Wardian won the Hartford Marathon outright? which years")
    assert (claim.person, claim.winners, claim.unused) == (Person("Michael", "Wardian"), True, ())
    # from the thirty-first break attempt: "middle half" is no half marathon; "average finishers over the last 3
    # editions" a count; "time from first to last finisher" the spread; a hometown runner said alone; a request after
    # the question set aside; events held in a month with no year said (every year)
    middle_half = read("middle half of finish times for the 2024 Hartford Marathon")
    assert (middle_half.measure, [d.label for d in middle_half.distances]) == ("p25,p75,iqr", ["Marathon"])
    assert read("average finishers over the last 3 editions of the Stamford Turkey Trot").averaged_over == "edition"
    assert read("time from first to last finisher at the 2024 Stamford Turkey Trot").measure == "fastest_and_slowest"
    assert read("best-placed hometown runner at the 2024 Stamford Turkey Trot").local
    mats = read("how many finishers at the 2024 Stamford Turkey Trot? let me know if anything looks off with the timing mats")
    assert (mats.intent, mats.unused) == ("count", ())
    march = read("which events were held in march")
    assert (march.month, march.dates) == (3, None)
    # from held-out set 129 (read, the support inbox): a runner's status asked in other words, her missing time told
    # first; "what age group was she in, and who won it" (the winner of her group, never her own wins)
    dnf = read("Michael Wardian 2024 Hartford Marathon - did he finish or DNF?")
    assert (dnf.person, dnf.intent, dnf.status, dnf.unused) == (Person("Michael", "Wardian"), "list", None, ())
    listed = read("Michael Wardian ran the 2024 Hartford Marathon but his time isn't showing. Is he listed as a finisher?")
    assert (listed.status, listed.unused) == (None, ())
    group = read("Michael Wardian ran the Hartford Marathon in 2024. What age group was he in, and who won it?")
    assert (group.rival.side, group.rival.scope, group.winners, group.unused) == ("winner", "age_group", False, ())
    # from the thirty-second break attempt: a runner named (not a pronoun) in "what age group was X in … and who won
    # it"; "did X finish <event> or DNF" and "listed as a finisher or as DNS" ask her status, never filter on the last
    # status said (a finisher had got an empty answer)
    named = read("what age group was Michael Wardian in at the 2024 Hartford Marathon and who won it")
    assert (named.rival.side, named.rival.scope, named.winners, named.unused) == ("winner", "age_group", False, ())
    for question in ("did michael wardian finish the 2024 Hartford Marathon or DNF?",
                     "Michael Wardian 2024 Hartford Marathon - finished or dnf?",
                     "is michael wardian listed as a finisher or as DNS at the 2024 Hartford Marathon?"):
        asked = read(question)
        assert (asked.person, asked.status, asked.unused) == (Person("Michael", "Wardian"), None, ()), question


def test_kinds_from_the_thirty_second_session() -> None:
    runners = VOCABULARY.with_people((Person("Rosa", "Quinn"), Person("Ned", "Quinn")))
    ask = lambda question: parse(question, runners, TODAY)   # noqa: E731
    # from held-out set 129 (read): a runner's change between two of her years at an event of several races (race by
    # race, never her mile against her 5K; it had asked for the distance), said "her 2025 X time than her 2019 one", or
    # "how much did he improve" after "in 2019 and again in 2020"
    change = ask("how much faster was Rosa Quinn at the Stamford Turkey Trot in 2025 than in 2023?")
    assert (change.change_years, change.group_by, change.notes) == ((2023, 2025), ("race",), ())
    said = ask("Rosa Quinn asks how much slower her 2025 Stamford time was than her 2022 one.")
    assert (said.change_years, said.unused) == ((2022, 2025), ())
    again = ask("Our girl Rosa Quinn ran the Stamford Turkey Trot in 2021 and again in 2022. How much did she improve from "
                "the first year to the second?")
    assert (again.change_years, again.place, again.cohort, again.unused) == ((2021, 2022), None, None, ())
    # the runners either side of her at once
    either = ask("Rosa Quinn ran the 2024 Napa Half Marathon. Who came in right before her and right after her?")
    assert (either.rival.side, either.unused) == ("next_either", ())
    assert "r.overall_place = (r8.overall_place - 1) OR r.overall_place = (r8.overall_place + 1)" in build(either, TODAY).sql
    # her age told beside the question, and a missing time asked "why"
    assert ask("my aunt rosa quinn did the napa half in 2023 at 71, what was her pace per km?").unused == ()
    assert ask("Why doesn't Rosa Quinn have a result for the 2024 Napa Half Marathon? Which status is she "
               "under?").person == Person("Rosa", "Quinn")
    # from the thirty-third break attempt: two runners beaten at an event whose name says its race are compared in
    # that race (it compared its mile too); "did X finish …?" is her status (a DNS had shown as an empty list); "the
    # last 0 editions" is said back (it gave every edition); "who ran X more than 0 times" lists each runner once
    beat = ask("by how much did Rosa Quinn beat Ned Quinn at the 2025 Napa Half Marathon")
    assert ([d.label for d in beat.distances], beat.difference) == (["Half Marathon"], ("Ned", "Rosa"))
    status = ask("did rosa quinn finish the 2024 stamford turkey trot?")
    assert (status.status, status.intent) == (None, "list")
    assert ask("did Rosa Quinn finish the 2024 Napa Half Marathon in under 2 hours?").time_limit
    assert read("winners of the last 0 editions of the Stamford Turkey Trot").notes
    once = read("who ran the stamford turkey trot more than 0 times")
    assert (once.cohort.kind, once.cohort.count, once.cohort.listed) == ("min_finishes", 1, True)
    # every race when said in brackets: "(mile included)"
    assert ask("Rosa Quinn or Ned Quinn: who has finished the Stamford Turkey Trot more times (mile included)?").pair == \
        "most_finishes"
    # from the thirty-fourth break attempt: both neighbours said before her name ("just before and just after X"); "who
    # won …, and how far behind her was X" is behind the winner (named beside), never the runners behind X; "who was
    # faster at <an event's name> in 2024 and by how much" (a long name between); "how many times did A beat B" is A's
    # wins alone
    around = ask("who finished just before and just after Rosa Quinn at the 2024 Stamford Turkey Trot")
    assert (around.rival.side, around.unused) == ("next_either", ())
    behind = ask("Who won the 2025 Stamford Turkey Trot, and how far behind her was Rosa Quinn?")
    assert behind.rival.side == "to_winner" and "AS winner" in build(behind, TODAY).sql
    faster = ask("Rosa Quinn and Ned Quinn: who was faster at the Stamford Turkey Trot in 2024 and by how much?")
    assert (faster.pair, faster.notes) == ("faster_by", ())
    beat = ask("in races both finished, how many times did Ned Quinn beat Rosa Quinn?")
    assert (beat.pair, beat.person) == ("beat_count", Person("Ned", "Quinn"))
    assert "first_name = 'Ned'" in build(beat, TODAY).sql
    # from held-out set 129 (read), more of its kinds: "X's fastest <event said short>, and what year" is her best
    # there (it listed every result); "including the ones she didn't finish" is every status (it read a DNF filter);
    # texting's "u" is filler
    best = ask("What's Rosa Quinn's fastest Napa half, and what year was that?")
    assert (best.personal_best, best.unused) == (True, ())
    every = ask("list all of Rosa Quinn's Stamford Turkey Trot entries by year with her status and time, including the "
                "ones she didn't finish")
    assert (every.status, every.unused) == (None, ())
    assert ask("can u pull up rosa quinn's times at stamford year by year").unused == ()


# --------------------------------------------------------------------------- thirty-fourth session: kinds read in set 135

@pytest.mark.parametrize("question, years", [
    ("how many finishers did the Mystic Jingle Bell Run have in 2021... er, 2023?", (2023,)),
    ("finishers at the Mystic Jingle Bell Run last year... no wait, 2024", (2024,)),
    ("Stamford Turkey Trot this year... actually 2022. how many finished?", (2022,)),
    # (no "...": said with a comma, a dash or in brackets, or before the question)
    ("how many finished the Mystic Jingle Bell Run in 2021, I mean 2023?", (2023,)),
    ("median time at the Mystic Jingle Bell Run last year - sorry, 2022", (2022,)),
    ("Stamford Turkey Trot finishers in 2020 (make that 2021)", (2021,)),
    ("Sorry, I meant 2023: how many finished the Stamford Turkey Trot?", (2023,)),
])
def test_a_year_taken_back_is_replaced_by_the_one_said_after(question: str, years: tuple[int, ...]) -> None:
    parsed = read(question)
    assert (parsed.years, parsed.unused) == (years, ()), parsed


def test_since_we_took_it_on_in_a_year_is_that_year_onward() -> None:
    parsed = read("Stamford Turkey Trot finishers per year since we took it on in 2021")
    assert (parsed.dates.start, parsed.group_by, parsed.unused) == (date(2021, 1, 1), ("year",), ())


def test_a_city_before_a_sexs_winner_is_where_the_race_was_held() -> None:
    held = read("Mystic men's winning time 2023 vs 2024?")
    assert (held.event_city, held.runner_city, held.sex, held.winners) == ("Mystic", None, "M", True)
    living = read("how many Mystic men finished in 2024?")
    assert (living.runner_city, living.event_city) == ("Mystic", None)


def test_the_race_its_name_says_restated_in_brackets_is_that_race_of_the_event() -> None:
    parsed = read("How many runners have finished both the Napa Half Marathon (the 13.1) and the Stamford Turkey Trot?")
    assert (parsed.cohort.kind, [d.label for d in parsed.distances], parsed.unused) == ("both", ["Half Marathon"], ())


@pytest.mark.parametrize("question", [
    "Hartford Marathon in April, Stamford Turkey Trot in November - how many people finished both of those races in 2024?",
    "Hartford Marathon and Stamford Turkey Trot: how many finished both of them?",
])
def test_both_of_those_said_after_two_events_is_runners_of_both(question: str) -> None:
    parsed = read(question)
    assert (parsed.cohort.kind, parsed.unused) == ("both", ()), parsed


def test_give_me_both_after_two_years_compared_is_the_two_figures() -> None:
    parsed = read("Stamford Turkey Trot: was the median time slower in 2024 than 2023? give me both")
    assert (parsed.years, parsed.group_by, parsed.unused) == ((2023, 2024), ("year",), ())


@pytest.mark.parametrize("question", [
    "of the 2023 Stamford Turkey Trot finishers, how many were back at the finish line in 2024?",
    "Stamford repeaters: count the 2023 Stamford Turkey Trot finishers who also crossed the line in 2024",
])
def test_back_at_the_line_or_crossing_it_again_is_a_returning_runner(question: str) -> None:
    parsed = read(question)
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.unused) == ("also_in_year", 2024, ()), parsed


@pytest.mark.parametrize("question", ["how many finished the 2023 shamrock?", "how many finished the shamrock in 2023?"])
def test_one_word_of_an_event_name_said_with_the_and_a_year_is_that_event(question: str) -> None:
    shamrock = replace(VOCABULARY, events=(*VOCABULARY.events, "Pittsburgh Shamrock 5K"))
    parsed = parse(question, shamrock, TODAY)
    assert (parsed.events, parsed.years, parsed.unused) == (("Pittsburgh Shamrock 5K",), (2023,), ()), parsed


def test_one_race_out_of_every_finisher_is_its_share_of_them_all() -> None:
    parsed = read("at the 2023 Stamford Turkey Trot, out of everybody who finished, what % did the 1 mile instead of the 5k?")
    assert (parsed.metric.kind, parsed.unused) == ("share", ()), parsed


@pytest.mark.parametrize("question, said", [
    ("What was Gina Torres's overall place?", "Gina Torres"),       # another first name: the closest runner, said
    ("show all results for tian torres", "tian torres"),            # a typo
    ("How did Tina Torres do?", None),                              # as stored
    ("how did TINA TORRES's race go", None),                        # case and a possessive
    ("Tína Torres' time", None),                                    # an accent and a bare possessive
])
def test_a_runner_named_otherwise_than_stored_gives_the_words_said(question, said):
    assert said_otherwise(question, Person("Tina", "Torres")) == said


def test_apostrophes_and_hyphens_in_a_name_are_the_same_name():
    assert said_otherwise("Kevin O'Brien's 10K times", Person("Kevin", "Obrien")) is None
    assert said_otherwise("Ana Smith-Jones", Person("Ana", "SmithJones")) is None


@pytest.mark.parametrize("question", [
    "Did the Stamford Turkey Trot grow between 2021 and 2023? finisher count for each of those two years",
    "did we get bigger at the stamford turkey trot from 2021 to 2023? finishers for both years",
])
def test_growth_wondered_with_each_years_figure_asked_gives_those_two_years_a_row_each(question: str) -> None:
    parsed = read(question)
    assert (parsed.group_by, parsed.years, parsed.dates, parsed.change_years, parsed.unused) == \
        (("year",), (2021, 2023), None, None, ()), parsed


def test_a_correction_before_the_question_is_not_read_over_a_year_the_question_says() -> None:
    assert read("Sorry, I meant 2023: how many finished the Stamford Turkey Trot in 2022?").unused != ()


# --------------------------------------------------------------------------- thirty-fifth session: kinds read in set 137

@pytest.mark.parametrize("question, asked", [
    ("Phoenix Pacers here. Samuel Hensley and Amy Wu ran the Vegas 5K - age group places for the two of them?",
     "Samuel Hensley and Amy Wu ran the Vegas 5K - age group places for each of them?"),
    ("Two of our Concord Striders, Chris Costa and Craig Wallace, ran the 10K. Where did they each place?",
     "Chris Costa and Craig Wallace, ran the 10K. Where did they each place?"),
    ("Hi, I coordinate the Hartford Harriers. Three of ours ran the Jingle Bell Run: A B, C D and E F. Which of the three "
     "was quickest?", "ran the Jingle Bell Run: A B, C D and E F. which of them was quickest?"),
    ("Windy City Runners checking in — Andrew Miles and John Lee ran the Shamrock 5K.",
     "Andrew Miles and John Lee ran the Shamrock 5K."),
    ("Amber Lucas and Carl Fisher are our two most loyal members — how many races has each finished?",
     "Amber Lucas and Carl Fisher — how many races has each finished?"),
    ("I coach Ariana Beck and Brenda Howell out of Orlando. All three ran the Tampa full",
     "Ariana Beck and Brenda Howell out of Orlando. they ran the Tampa full"),
    ("I coach DARRYL MONTOYA and JAMIE BELTRAN. How did they do?", "DARRYL MONTOYA and JAMIE BELTRAN. How did they do?"),
    # (no club said: unchanged; "runners" of a city are where they live)
    ("How many Stamford runners finished the 2025 Jingle Bell Run?", "How many Stamford runners finished the 2025 Jingle Bell Run?"),
])
def test_a_club_that_asks_of_its_runners_named_is_set_aside(question: str, asked: str) -> None:
    assert without_club(question) == asked


def test_a_club_asked_of_without_runners_named_stays_a_word_not_used() -> None:
    assert "harriers" in read("How many Hartford Harriers finished the 2025 Mystic Jingle Bell Run?").unused


@pytest.mark.parametrize("question, city, runner_city", [
    ("Lisa Shah from Providence ran Mystic again in April 2025. What was her age group place?", "Mystic", "Providence"),
    ("Trevor Scott (Providence) finished Stamford in 2025 — what was his age group place?", "Stamford", "Providence"),
    # ("the Hartford full": the Hartford Marathon, its race said short by the city)
    ("Ann Lee out of Providence ran the Hartford full in Oct 2025 — what was her pace per mile?", "Hartford Marathon", "Providence"),
])
def test_a_city_run_is_where_the_race_was_beside_the_city_a_runner_is_from(question: str, city: str, runner_city: str) -> None:
    held = replace(VOCABULARY, event_cities=("Hartford", "Mystic", "Stamford"),
                   people=(Person("Lisa", "Shah"), Person("Trevor", "Scott"), Person("Ann", "Lee")))
    parsed = parse(question, held, TODAY)
    where = parsed.event_city or " ".join(parsed.events)
    assert (where, parsed.runner_city, parsed.unused) == (city, runner_city, ()), parsed


@pytest.mark.parametrize("question", [
    "Mystic Gazette asked how many Providence residents finished the 2025 Mystic Jingle Bell Run",
    "The Hartford Courant wants to know: how many Providence residents finished the 2025 Mystic Jingle Bell Run?",
    "Writing up the Mystic Jingle Bell Run recap for the Providence Journal. How many finishers in 2025 live in Providence?",
    "Michael Wardian called the office - he wants his 2025 Mystic Jingle Bell Run time",
    "how many 2025 Mystic Jingle Bell Run finishers came across the river from Providence?",
    "what percent of the 2025 Mystic Jingle Bell Run finishers actually live in Providence?",
])
def test_who_passes_a_question_on_is_not_part_of_it(question: str) -> None:
    parsed = read(question)
    assert parsed.unused == () and parsed.intent is not None and "Jingle" in " ".join(parsed.events), parsed


def test_how_many_of_two_statuses_counts_both_and_a_side_is_that_sexs_race() -> None:
    assert read("Mystic Jingle Bell Run 2025: how many DNF and how many DNS?").unused == ()
    won = read("who won the women's side of the 2025 Mystic Jingle Bell Run?")
    assert (won.sex, won.winners, won.unused) == ("F", True, ()), won


def test_one_word_of_an_event_opening_the_question_before_a_year_is_that_event() -> None:
    parsed = read("Jingle 2025, 5K only: how many finished?")
    assert (parsed.events, parsed.unused) == (("Mystic Jingle Bell Run",), ()), parsed


def test_a_month_taken_back_is_replaced_by_the_date_said_after() -> None:
    parsed = read("Mystic Jingle Bell Run finishers this December - sorry, December 2025")
    assert (parsed.dates.start, parsed.dates.end, parsed.unused) == (date(2025, 12, 1), date(2026, 1, 1), ()), parsed


def test_the_races_an_event_had_said_are_no_cohort_of_runners_who_ran_both() -> None:
    told = read("the Napa Half Marathon held both the half and the 10K in 2024. what was the dnf rate of each one?")
    assert (told.cohort, told.group_by, told.unused) == (None, ("race",), ()), told
    assert read("how many runners ran both the half and the 10K at the 2024 Napa Half Marathon?").cohort is not None


def test_a_state_code_typed_lower_case_after_a_city_is_that_state_unless_it_is_a_word() -> None:
    assert read("how many finishers from Providence ri in 2025?").runner_state == "RI"
    assert read("how many finishers from Stamford or Providence in 2025?").runner_state is None


@pytest.mark.parametrize("question", [
    "Michael Wardian: how many races has he finished with us, all events counted?",
    "Michael Wardian ran the brand new 10K at the Mystic Jingle Bell Run in 2025. what was his time?",
    "Michael Wardian's pace at the Hartford full in Oct 2025",
])
def test_words_that_only_say_what_is_counted_anyway_are_read(question: str) -> None:
    assert read(question).unused == (), question


def test_the_order_a_top_n_has_anyway_said_after_it_is_read() -> None:
    parsed = read("which age groups had the most finishers at the 2025 Mystic Jingle Bell Run? top 3, biggest first")
    assert (parsed.limit, parsed.ranking.limit, parsed.unused) == (3, 3, ()), parsed


def test_two_races_on_the_same_day_at_the_one_event_held_in_a_city() -> None:
    # "… the 5K and the 10K at Mystic on the same day": the one event there, both races at one edition (it counted
    # runners of both over any editions, the day dropped)
    held = replace(VOCABULARY, event_cities=("Mystic",), held_at=(("Mystic Jingle Bell Run", "Mystic"),))
    parsed = parse("How many people have finished both the 5K and the 10K at Mystic on the same day?", held, TODAY)
    assert (parsed.cohort.kind, parsed.cohort.same_year, parsed.unused) == ("both", True, ())
    double = parse("Some folks at Mystic do the 5K and then the 10K on the same morning. How many have pulled off that "
                   "double (finished both on the same day)?", held, TODAY)
    assert (double.cohort.kind, double.cohort.same_year, double.unused) == ("both", True, ())


def test_break_run_36_readings() -> None:
    # "the seven fastest …, slowest first": an order a top list does not give yet, never dropped (it gave them fastest first)
    assert "slowest first" in read("the seven fastest finishers at the 2024 Hartford Marathon, slowest first").unused
    # ", in each year" after a city: a word, never the state Indiana (it answered none from "Providence, IN")
    each = read("who was the fastest Hartford Marathon finisher whose hometown is Providence, in each year?")
    assert (each.runner_city, each.runner_state) == ("Providence", None)
    # "both of <runner>'s … times, 2017 and 2022": her two results, never runners of both years
    held = replace(VOCABULARY, people=(Person("Ann", "Lee"),))
    both = parse("Could you send both of Ann Lee's Hartford Marathon times, 2017 and 2022?", held, TODAY)
    assert (both.cohort, both.person, both.years, both.unused) == (None, Person("Ann", "Lee"), (2017, 2022), ())


def test_masters_against_under_40_with_the_difference_or_the_gap() -> None:
    # "…, and the difference": masters minus under 40 in the order said; "…, and the gap": its size; "the difference
    # between A and B": A's minus B's; a difference said any other way is not given yet, and said so (it gave the two
    # figures alone)
    signed = read("2024 Hartford Marathon men: average time for under 40 vs masters, and the difference")
    assert (signed.difference, signed.apart) == (("under 40", "masters"), False)
    size = read("2024 Hartford Marathon men: average time for masters vs under 40, and the gap")
    assert (size.difference, size.apart) == (("masters", "under 40"), True)
    between = read("Hartford Marathon 2024: the difference between under-40 and masters median times")
    assert (between.difference, between.apart, between.unused) == (("under 40", "masters"), False, ())
    assert "differ" in read("Hartford Marathon 2024: how much do masters and under-40 median times differ?").unused


def test_a_runner_named_only_as_why_the_field_is_asked_is_kept_to_say_so() -> None:
    # (the answer is of the field; the service says the runner was named as why it is asked, never silently)
    told = read("Michael Wardian was registered for the 2024 Hartford Marathon but didn't show. What share of that "
                "year's entries were no-shows?")
    assert (told.person, told.told_of) == (None, ("Michael Wardian",))
    assert read("What was Michael Wardian's time at the 2024 Hartford Marathon?").told_of == ()


def test_a_race_the_name_does_not_hold_is_that_race_of_returning_runners_and_first_timers() -> None:
    # "the Hartford full" of the Hartford Marathon: its Marathon race, even of returning runners (it counted every race)
    back = read("How many returning runners finished the 2025 Hartford full?")
    assert (back.cohort.kind, [d.label for d in back.distances], back.unused) == ("returning", ["Marathon"], ())
    # "first-time 10K finishers": no earlier 10K finish with us (the cohort was not read before "<distance> finishers")
    new = read("How many first-time 10K finishers were there in 2022?")
    assert (new.cohort.kind, new.cohort.same_race, new.cohort.any_event, new.cohort.earlier_finish) == \
        ("first_timers", True, True, True)
    assert [d.label for d in new.distances] == ["10K"]


def test_one_event_two_races_each_in_its_own_year() -> None:
    # "the Hartford half in 2017 and then the Hartford full in 2018": the half of 2017 and the full of 2018 (it pooled both
    # years and asked for both races)
    legs = read("How many runners finished the Hartford half in 2017 and then the Hartford full in 2018?")
    assert legs.cohort.raced_legs() == (("Hartford Marathon", 2017, "Half Marathon"), ("Hartford Marathon", 2018, "Marathon"))
    assert (legs.dates, legs.years, legs.unused) == (None, (), ())


def test_returning_city_runners_are_back_at_the_event_held_there() -> None:
    vocabulary = Vocabulary("Big River", ("Hartford Marathon",), ("Hartford", "Boston"), event_cities=("Hartford",))
    parsed = parse("returning Hartford runners in the 2024 marathon", vocabulary, TODAY)
    assert (parsed.event_city, parsed.runner_city, parsed.cohort.kind) == ("Hartford", None, "returning")
    lives = parse("how many Boston runners finished the 2024 Hartford Marathon", vocabulary, TODAY)
    assert lives.runner_city == "Boston"


def test_two_counts_and_their_difference() -> None:
    # each count and the difference, in the order said (it declined: "a difference … of a count only")
    parsed = read("How many men and how many women finished the 2024 Hartford Marathon, and the difference?")
    assert (parsed.difference, parsed.apart, parsed.unused, parsed.notes) == (("M", "F"), False, (), ())
    gap = read("women vs men finishers, Hartford Marathon 2024, and the gap")
    assert (gap.difference, gap.apart) == (("F", "M"), True)
    # masters and under 40: "A minus B" and "the difference between A and B" are A's minus B's
    minus = read("Hartford Marathon 2023: number of under-40 finishers minus number of masters finishers")
    assert (minus.difference, minus.apart, minus.unused) == (("under 40", "masters"), False, ())
    between = read("Hartford Marathon 2023: the difference between under-40 and masters median times")
    assert (between.difference, between.measure, between.unused) == (("under 40", "masters"), "median", ())


def test_the_first_finisher_of_an_event_each_year_is_its_fastest() -> None:
    parsed = read("who was the first Stamford Turkey Trot finisher, for each year?")
    assert (parsed.intent, parsed.limit, parsed.group_by, parsed.edition) == ("top", 1, ("year",), None)
    # "the first <event>" with no runner after it is still its first edition
    assert read("how many finishers did the first Stamford Turkey Trot have?").edition == "first"


def test_an_overall_top_and_one_sexs_top_are_two_lists() -> None:
    parsed = read("first 3 overall and the first 3 women at the 2024 Stamford Turkey Trot")
    assert any("two lists" in note for note in parsed.notes)
    assert not read("top 3 men and top 3 women at the 2024 Stamford Turkey Trot").notes


def test_an_age_range_with_a_suspended_hyphen() -> None:
    parsed = read("How many 30- to 39-year-olds finished the Stamford Turkey Trot in 2023?")
    assert ((parsed.age.low, parsed.age.high), parsed.unused) == ((30, 39), ())


def test_a_count_then_its_rate_asked_in_a_sentence_of_its_own() -> None:
    parsed = read("How many no-shows were there at the 2023 Stamford Turkey Trot? What percent of all entries is that?")
    assert (parsed.metric.kind, parsed.metric.unit, parsed.unused) == ("rate", "DNS", ())
    # a DNF rate is of starters: "of all entries" said of DNFs is not that rate (declined, not answered over starters)
    assert "percent" in read("How many DNFs were there at the 2023 Stamford Turkey Trot? What percent of all entries is that?").unused


def test_two_years_figures_and_how_far_apart_they_are_is_the_change() -> None:
    parsed = read("Hartford Marathon, median chip time in 2021 and in 2023, and how far apart the two are")
    assert (parsed.change_years, parsed.measure, parsed.unused, parsed.notes) == ((2021, 2023), "median", (), ())
    grown = read("How many finishers did the Hartford Marathon have in 2022 compared with 2024, and what's the growth in percent?")
    assert (grown.change_years, grown.unused, grown.notes) == ((2022, 2024), (), ())


def test_a_share_under_a_pace_and_its_whole_said_after_a_sentence() -> None:
    parsed = read("Hartford Marathon 2023 was a big one. Out of everyone who finished, what share ran quicker than "
                  "10-minute-mile pace?")
    assert (parsed.metric.kind, parsed.share_of.pace_limit is not None, parsed.unused) == ("share", True, ())
    assert read("Hartford Marathon 2023: how big a share of its finishers were in their thirties?").unused == ()


def test_whom_a_question_asks_about_is_never_set_aside_as_context() -> None:
    # "We want to give a pin to anyone who has finished … 8 times. How many is that?": the first sentence is who is
    # counted (it was set aside as who the asker is, and everyone counted at 1.0)
    parsed = read("We want to give a pin to anyone who has crossed one of our finish lines at least 8 times. How many "
                  "people qualify?")
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.unused) == ("min_finishes", 8, ())
    # (a question pointing back at the sentence before, "How many people is that?", is never read alone)
    honour = read("We want to honour anyone who has finished 8 times. How many people is that?")
    assert honour.cohort is not None or honour.unused
    assert read("how many runners have crossed the finish at the Hartford Marathon five times or more?").cohort.count == 5


def test_a_rate_said_as_it_is_computed() -> None:
    rate = read("Hartford Marathon 2023: DNFs divided by the people who actually started?")
    assert (rate.metric.kind, rate.metric.unit, rate.unused) == ("rate", "DNF", ())
    # a DNF count over entries is not the DNF rate (of starters): said back, never answered as it
    assert "divided" in read("Hartford Marathon 2023: DNFs divided by entries?").unused
    by_sex = read("2017 Hartford Marathon: DNF rate for the men and for the women, as a share of starters?")
    assert (by_sex.metric.unit, by_sex.group_by, by_sex.unused) == ("DNF", ("sex",), ())
    each = read("Hartford Marathon: DNF rate for every edition please")
    assert each.group_by == ("edition",)
    assert read("how many runners finished every edition of the Hartford Marathon?").cohort.kind == "every_edition"


def test_kinds_from_held_out_set_142() -> None:
    back = read("of the people who finished the 2018 Hartford Marathon, how many were back at the finish in 2019?")
    assert (back.cohort.kind, back.cohort.count, back.unused) == ("also_in_year", 2019, ())
    ages = read("Hartford Marathon 2023, women only: average time for the 40-49s versus the 30-39s, and the difference?")
    assert (len(ages.compared), ages.difference != (), ages.unused) == (2, True, ())
    podium = read("Which years did Michael Wardian make the age group podium (top 3) at the Hartford Marathon?")
    assert (podium.top_places, podium.top_places_within, podium.unused) == (3, "age_group", ())
    few = read("Michael Wardian says he has won his age group at the Hartford Marathon a few times. Which years?")
    assert "few" not in few.unused


def test_a_name_blanked_inside_a_clause_said_back_is_not_shown_as_spaces() -> None:
    parsed = read("how many ran the Hartford Marathon in 2019 and the Hartford Marathon again in 2022, and how many of "
                  "them were women?")
    assert all("   " not in said for said in parsed.unused)


def test_kinds_from_the_thirty_seventh_sessions_break_run() -> None:
    # one event said short by its city and a race word its name holds ("the Hartford marathon"), two races two years
    legs = read("How many finished the Hartford half in 2021 and then the Hartford marathon in 2022?")
    assert legs.cohort.raced_legs() == (("Hartford Marathon", 2021, "Half Marathon"), ("Hartford Marathon", 2022, "Marathon"))
    # the same event said twice, each time with its own race, one year: which count is meant is asked
    assert any("two races of one event" in note for note in read(
        "How many finished the Hartford full in 2019 and the Hartford 5K in 2019?").notes)
    # "under-40" with no unit is an age class; a gap is a size
    gap = read("2023 Stamford Turkey Trot: the gap between under-40 and masters median times")
    assert (gap.time_limit, gap.apart, len(gap.compared)) == (None, True, 2)
    assert read("how many finished the 2023 Stamford Turkey Trot in under 40?").time_limit is not None
    # ages said "30-to-39-year-old" and "30–39-year-olds"
    for said in ("30-to-39-year-old men", "30–39-year-olds"):
        aged = read(f"How many {said} finished the 2023 Hartford Marathon?")
        assert ((aged.age.low, aged.age.high), aged.unused) == ((30, 39), ())
    # "first-ever 10K finishers": their first 10K, no first edition
    first = read("how many first-ever 10K finishers were there in 2019?")
    assert (first.cohort.same_race, first.edition) == (True, None)
    # (never "crossed the finish line first": one race's line)
    assert read("who crossed the finish line first in the 2023 Hartford Marathon?").cohort is None


def test_first_time_city_runners_are_new_to_the_event_held_there() -> None:
    vocabulary = Vocabulary("Big River", ("Hartford Marathon",), ("Hartford", "Boston"), event_cities=("Hartford",))
    parsed = parse("How many first-time Hartford runners finished the 2023 marathon?", vocabulary, TODAY)
    assert (parsed.event_city, parsed.runner_city, parsed.cohort.kind) == ("Hartford", None, "first_timers")


def test_a_race_said_that_is_not_the_names_is_that_race() -> None:
    # "the Napa marathon" of the Napa Half Marathon: a marathon (not held: said so), never its half
    parsed = read("How many finished the Napa marathon in 2022?")
    assert [d.label for d in parsed.distances] == ["Marathon"]


def test_a_time_measure_of_two_years_listed_is_of_each() -> None:
    median = read("Median time at the Hartford Marathon in 2017 and 2021")
    assert (median.group_by, median.dates, median.years, median.unused) == (("year",), None, (2017, 2021), ())
    # a count "in 2018 and 2019" may be the total or each: said back (each when said "in 2018 and in 2019")
    assert "2019" in read("How many finished the Hartford Marathon in 2018 and 2019?").unused
    assert read("How many finished the Hartford Marathon in 2018 and in 2019?").group_by == ("year",)


def test_what_a_sentence_before_the_question_tells_is_kept() -> None:
    # the edition "it" is ("The 2020 X was a small one. How many who finished it came back … in 2021?": 2020's finishers)
    told = read("The 2020 Hartford Marathon was a small one. How many of the people who finished it came back and finished "
                "again in 2021?")
    assert (told.years, told.cohort.kind, told.cohort.count) == ((2020,), "also_in_year", 2021)
    # a bib said in the story ("found a bib from the 2023 X — number 470. Who wore it?")
    bib = read("Sorting the lost and found, we have a bib from the 2023 Hartford Marathon — number 470. Who wore it?")
    assert (bib.bib, bib.years, bib.unused) == ("470", (2023,), ())
    # every race when the question asks per race after a clause naming the event by a race ("… half weekend …")
    per_race = read("Hartford Marathon weekend 2021 had a couple of races going. no-shows per race?")
    assert (per_race.group_by, per_race.distances) == (("race",), ())


def test_years_said_in_brackets_and_a_double_of_two_events() -> None:
    bracketed = read("Hartford Marathon, first year (2016) vs last year we timed it (2024): median time each, and the "
                     "percent change")
    assert (bracketed.change_years, bracketed.unused) == ((2016, 2024), ())
    double = read("In 2021 how many runners did the double — finished the Hartford Marathon and the Stamford Turkey Trot?")
    assert (double.cohort.kind, double.notes) == ("both", ())


def test_kinds_from_the_thirty_seventh_sessions_second_break_run() -> None:
    # the full name said with each race, a race word in the name ("the Napa Half Marathon 10K in 2016 and then …")
    legs = read("How many runners did the Napa Half Marathon 10K in 2016 and then the Napa Half Marathon half in 2023?")
    assert legs.cohort.raced_legs() == (("Napa Half Marathon", 2016, "10K"), ("Napa Half Marathon", 2023, "Half Marathon"))
    # "and then the Napa 5K in 2022" after the event: the other race, by its city
    then = read("How many finished the Napa half in 2019 and then the Napa 5K in 2022?")
    assert then.cohort.raced_legs() == (("Napa Half Marathon", 2019, "Half Marathon"), ("Napa Half Marathon", 2022, "5K"))
    # "what share finished under 2 hours": a share under a time, never the finish rate
    share = read("Out of everyone who finished the 2023 Napa Half Marathon, what share finished under 2 hours?")
    assert (share.metric.kind, share.share_of.time_limit is not None) == ("share", True)
    # a count of two years listed: which is meant is asked
    assert any("each year" in note for note in read("How many finished the Hartford Marathon in 2018 and 2019?").notes)
    assert read("Hartford Marathon, median time in 2021 and in 2023, and how far apart are the two?").change_years == \
        (2021, 2023)


def test_kinds_from_the_thirty_seventh_sessions_last_break_run() -> None:
    # "fastest time in 2018 and in 2022, and how far apart are the two": never the count of each year's first runners
    fastest = read("Hartford Marathon: fastest time in 2018 and in 2022, and how far apart are the two?")
    assert fastest.change_years is None and (fastest.notes or fastest.unused)
    # the year told of the edition the question's race is of ("… finished the 10K came back in 2025")
    told = read("The 2022 Stamford Turkey Trot was a small one. How many who finished the 5K came back in 2025?")
    assert (told.years, told.cohort.kind, told.cohort.count) == ((2022,), "also_in_year", 2025)


def test_two_events_paces_and_their_difference_are_one_row() -> None:
    parsed = read("2024 5Ks: stamford turkey trot against the mystic jingle bell run - average pace per km at each, and the "
                  "difference")   # (the difference was dropped at 1.0)
    assert parsed.difference == ("Stamford Turkey Trot", "Mystic Jingle Bell Run") and parsed.metric.kind == "pace"
    assert [d.label for d in parsed.distances] == ["5K"] and not parsed.event_races   # (the label's race is of both)


def test_a_fall_asked_in_percent_gives_the_percent_as_a_size_too() -> None:
    assert change_said_as_a_fall(read("hartford marathon finishers 2023 vs 2024, how big was the drop, and the drop in percent"))
    assert not change_said_as_a_fall(read("hartford marathon finishers 2023 vs 2024, and the growth in percent"))


def test_two_events_each_said_with_its_own_month_asks_which_count() -> None:
    plain = read("how many runners finished the hartford marathon in april 2024 and the stamford turkey trot in november 2024?")
    assert plain.cohort is None and any("'both'" in note for note in plain.notes)   # (the second month was dropped)


def test_a_word_of_a_named_events_name_said_again_before_first_timers_is_that_event() -> None:
    parsed = read("The 2024 Stamford Turkey Trot was huge. How many of its finishers were Turkey first-timers — nobody "
                  "with a result at an earlier ST Turkey?")   # (it declined "turkey" and "nobody")
    assert (parsed.events, parsed.cohort.kind, parsed.unused) == (("Stamford Turkey Trot",), "first_timers", ())


@pytest.mark.parametrize("question", [
    "2021 was the high-water mark for the Mystic Jingle Bell Run. How many finishers did it have then versus 2024?",
    "Mystic Jingle Bell Run 2021 vs 2024 — both were big years. How many finishers each year?",
])
def test_talk_of_the_years_told_is_no_word_left_unread(question: str) -> None:
    parsed = read(question)
    assert parsed.unused == () and set(parsed.years) == {2021, 2024}


def test_a_runners_record_after_a_story_of_what_she_ran_is_over_everything_she_ran() -> None:
    best = read("Michael Wardian ran the Mystic Jingle Bell Run in 2023. What's his fastest 5K?")
    assert (best.person, best.events, best.dates, best.unused) == (Person("Michael", "Wardian"), (), None, ())
    there = read("Michael Wardian ran the Mystic Jingle Bell Run in 2023. What was his time there?")   # (pointed back)
    assert (there.events, there.dates.start) == (("Mystic Jingle Bell Run",), date(2023, 1, 1))


def test_who_won_after_a_story_of_a_runner_asks_for_the_winner_never_her() -> None:
    parsed = read("Michael Wardian ran the Mystic Jingle Bell Run in 2023. Who won it that year?")   # (0 rows at 1.0)
    assert (parsed.person, parsed.winners, parsed.told_of) == (None, True, ("Michael Wardian",))


def test_a_cohort_said_with_two_years_leaves_the_first_year_to_the_question() -> None:
    # "finished the Turkey Trot in 2021 and again in 2022": 2021 is the year asked, 2022 the cohort's (both were set aside,
    # so every year's runners were counted)
    text = "how many people finished the turkey trot in 2021 and again in 2022?"
    start = text.index("finished")
    kept = _later_year_said(text, (start, len(text) - 1))
    assert text[kept[0]:kept[1]] == " and again in 2022"
    assert _later_year_said(text, (text.index("and"), len(text) - 1)) == (text.index("and"), len(text) - 1)


@pytest.mark.parametrize("question, pointer", [
    ("how many of them were women?", "of them"),
    ("And how many of those were men?", "of those"),
    ("and of those, how many finished?", "of those"),
    ("Who won the Stamford Turkey Trot in 2024? Which of them was fastest?", "of them"),   # (after a question)
])
def test_them_with_nothing_said_before_is_a_word_not_used(question: str, pointer: str) -> None:
    # (it counted every woman's result, at 0.93)
    assert pointer in read(question).unused


@pytest.mark.parametrize("question", [
    "of those who started the 2024 Stamford Turkey Trot, what fraction finished?",   # ("those who": said there)
    "The 2021 Hartford Marathon had 300 finishers. How many of those finishers were women?",
])
def test_them_said_of_something_is_read(question: str) -> None:
    assert not any("of th" in said for said in read(question).unused)


def test_her_age_group_with_no_runner_read_is_a_word_not_used() -> None:
    # (it counted every finisher, at 1.0)
    assert read("How many finishers were in her age group at the 2024 Stamford Turkey Trot?").unused == ("in her age group",)
    told = read("Michael Wardian ran the 2024 Stamford Turkey Trot. How many finished in his age group?")
    assert (told.person, told.out_of, told.unused) == (Person("Michael", "Wardian"), "age_group", ())


def test_a_runners_pace_with_his_place_is_his_result_with_its_pace() -> None:
    # (it averaged his results' paces, the place dropped, at 1.0)
    parsed = read("Michael Wardian ran the Stamford Turkey Trot in 2024. What was his overall place and his pace per km?")
    assert (parsed.intent, parsed.metric.kind, parsed.unused) == ("list", "pace", ())
    assert read("What was Michael Wardian's average pace per km in 2024?").intent == "analyze"


@pytest.mark.parametrize("question", [
    "What are the men's and women's course records at the Napa Half Marathon?",
    "the course records (men and women) for the Napa Half Marathon",
])
def test_course_records_of_both_sexes_are_each_sexs_fastest_ever(question: str) -> None:
    parsed = read(question)   # (it kept the women alone, or counted each sex's runners)
    assert (parsed.intent, parsed.limit, parsed.group_by, parsed.sex, parsed.unused) == ("top", 1, ("sex",), None, ())


def test_the_reference_of_her_age_group_is_read_beside_her_own_time() -> None:
    parsed = read("Michael Wardian ran the Stamford Turkey Trot in 2024. What was his time, and what was the average finish "
                  "time for his age group in that race?")
    assert (parsed.rival.side, parsed.rival.scope, parsed.unused) == ("to_average", "age_group", ())
    assert expand_abbreviations("age grp place") == "age group place"


def test_other_than_a_year_sets_it_aside_and_is_no_comparison() -> None:
    parsed = read("How many people have finished every Hartford Marathon other than the 2021 edition?")
    assert (parsed.years_excluded, parsed.cohort.kind, parsed.notes, parsed.unused) == ((2021,), "every_edition", (), ())


@pytest.mark.parametrize("question", [
    "Michael Wardian started racing with us as a teenager. How many 5Ks has he finished?",
    "Michael Wardian has raced with us every year since 2021. What was his best overall place?",
])
def test_a_phase_of_life_or_a_habit_told_before_the_question_is_no_filter(question: str) -> None:
    # (it counted his 5Ks as a teenager alone; it gave his best place of each year)
    parsed = read(question)
    assert (parsed.person, parsed.age, parsed.group_by, parsed.unused) == (Person("Michael", "Wardian"), None, (), ())
    assert read("How many 5Ks did Michael Wardian finish as a teenager?").age is not None   # (asked: kept)


def test_how_many_in_her_age_group_after_a_told_win_is_her_result_with_its_field() -> None:
    parsed = read("Michael Wardian won M45-49 at the Stamford Turkey Trot in 2023. How many men in his age group finished "
                  "that race?")   # (it counted his wins, 1, at 1.0)
    assert (parsed.intent, parsed.out_of, parsed.person) == ("list", "age_group", Person("Michael", "Wardian"))


@pytest.mark.parametrize("question", [
    "Which town had more finishers in the 2024 Stamford Turkey Trot, Hartford or New Haven?",
    "At the 2024 Stamford Turkey Trot, were Hartford runners or New Haven runners faster on average?",
    "Which sent more finishers to the Stamford Turkey Trot in 2024: Hartford or New Haven?",
])
def test_two_home_towns_asked_which_of_the_two_are_compared(question: str) -> None:
    # (it ranked every town with the two unused, or kept one of them)
    parsed = read(question)
    assert (parsed.intent, parsed.group_by, parsed.ranking, parsed.unused) == ("compare", ("compared",), None, ())
    assert {group.runner_city for group in parsed.compared} == {"Hartford", "New Haven"}


@pytest.mark.parametrize("question", [
    "Who was the first woman to break 3 hours at the Hartford Marathon?",
    "when did a woman first break three hours in the Hartford Marathon, and who was it?",
])
def test_the_first_to_break_a_time_is_the_earliest_such_finish(question: str) -> None:
    # (it declined, or answered the event's first edition whoever ran it, at 1.0)
    parsed = read(question)
    assert (parsed.intent, parsed.first_to, parsed.sex, parsed.time_limit.seconds, parsed.edition, parsed.unused) == (
        "top", True, "F", 10800, None, ())
    sql = build(parsed, TODAY).sql
    assert "ORDER BY e.event_date, r.chip_time_s" in sql and sql.rstrip(";").endswith("LIMIT 1")


@pytest.mark.parametrize("question", [
    "Connecticut vs Rhode Island: how many finishers did our Connecticut events have in 2024 compared with our Rhode Island "
    "events?",
    "Connecticut vs Rhode Island in 2024 - finishers at our events in each state?",
])
def test_two_states_said_of_the_events_compare_where_they_were_held(question: str) -> None:
    # (it compared where the runners lived, at 0.99, or declined)
    parsed = read(question)
    assert (parsed.intent, parsed.event_state, parsed.unused) == ("compare", None, ())
    assert [group.event_state for group in parsed.compared] == ["CT", "RI"]
    assert not any(group.runner_state for group in parsed.compared)


def test_counting_every_distance_and_every_year_is_one_figure_and_each_finish_counts() -> None:
    pooled = read("How many finishes have runners from Maine logged at the Hartford Marathon, counting every distance and "
                  "every year?")   # (it gave a row per year)
    assert (pooled.group_by, pooled.runner_state, pooled.unused) == ((), "ME", ())
    months = read("Adding up every year, which calendar month has given us the most finishers?")
    assert (months.group_by, months.ranking.dimension, months.unused) == ((), "month_of_year", ())
    each = read("How many women aged 80 or older have finished the Hartford Marathon over the years? (count each finish)")
    assert (each.distinct_people, each.unused) == (False, ())   # (it counted people once each)
    assert read("Hartford Marathon 2024: finisher count and median finish time?").with_count


def test_her_hometown_as_where_others_live_is_a_word_not_used() -> None:
    # (it counted her own finish, 1, at 1.0)
    parsed = read("Michael Wardian ran the Stamford Turkey Trot in 2024. How many runners from his hometown finished it?")
    assert parsed.unused == ("from his hometown",)


def test_did_she_run_it_again_and_her_time_is_her_time_there_then() -> None:
    # (it counted her as one runner who came back, her time dropped, at 1.0; no row says she did not)
    parsed = read("Michael Wardian ran the Hartford Marathon in 2022. Did he run it again the next year, and what was his "
                  "time?")
    assert (parsed.intent, parsed.person, parsed.cohort, parsed.dates.start, parsed.unused) == (
        "list", Person("Michael", "Wardian"), None, date(2023, 1, 1), ())


def test_its_first_year_compared_with_last_year_is_the_first_and_the_latest_edition() -> None:
    # (it gave last year's alone, the first year dropped, at 1.0)
    parsed = read("How has the Hartford Marathon grown? Finishers in its first year compared with last year.")
    assert (parsed.edition, parsed.dates, parsed.group_by, parsed.unused) == ("first_and_last", None, ("year",), ())


@pytest.mark.parametrize("question", [
    "Michael Wardian came 2nd in his age group at the 2024 Hartford Marathon. Who won it?",
    "Michael Wardian got 3rd in his age group at the Hartford Marathon in 2024. Who won the age group?",
])
def test_who_won_the_age_group_a_runner_placed_in_is_the_winner_of_hers(question: str) -> None:
    # (it looked for him at that place among the winners: 0 rows, at 1.0; or listed every age group's winner)
    parsed = read(question)
    assert (parsed.rival.side, parsed.rival.scope, parsed.place, parsed.unused) == ("winner", "age_group", None, ())


def test_a_time_changed_between_two_years_is_said_as_seconds_faster_too() -> None:
    # ("how many seconds faster was he the second time": below 0 when slower; the change alone read as slower)
    parsed = read("How much faster was Michael Wardian at the Hartford Marathon in 2024 compared with 2023?")
    assert parsed.change_years == (2023, 2024) and "seconds_faster" in build(parsed, TODAY).sql
    assert "seconds_faster" not in build(read("Percent change in Hartford Marathon finishers from 2023 to 2024"), TODAY).sql


def test_a_race_told_of_as_gone_is_no_race_set_aside_when_every_race_is_asked() -> None:
    # (it left the 10K out of both years, at 1.0)
    parsed = read("hartford marathon shrank a lot without the 10k. total finishers 2025 vs 2024, all races?")
    assert (parsed.races_excluded, parsed.years, parsed.unused) == ((), (2024, 2025), ())
    assert read("hartford marathon finishers in 2025, all races except the 10k").races_excluded   # (said: set aside)


def test_a_nickname_is_read_as_the_formal_names_it_shortens() -> None:
    from nlq.vocabulary import formal_names, name_span
    assert formal_names("ginny") == {"virginia"} and "theodore" in formal_names("ted")
    assert "susan" not in formal_names("hannah")   # (the list has it, but someone saying Hannah means Hannah)
    assert name_span("ginny goodwin ran the buffalo half", Person("Virginia", "Goodwin")) == (0, 13)
    assert name_span("ginny smith ran the buffalo half", Person("Virginia", "Goodwin")) == (0, 0)
    assert name_span("what was michael mueller's best 5k", Person("Mike", "Mueller")) == (9, 26)   # (stored short)


@pytest.mark.parametrize("question, edition", [
    ("What was Michael Wardian's time the first time he ran the Hartford Marathon?", "first"),
    ("Michael Wardian's most recent time at the Hartford Marathon?", "last"),
    ("Michael Wardian: my time the first time I ran the Hartford Marathon, and the most recent time?", "first_and_last"),
    # the runner named between ("the first time <name> ran"), her first at a distance ("his first half")
    ("the last time michael wardian raced the Hartford Marathon, what was his gun time?", "last"),
    ("how old was Michael Wardian at his first half marathon", "first"),
])
def test_the_first_time_a_runner_ran_it_is_her_own_first_result_there(question: str, edition: str) -> None:
    parsed = read(question)
    assert (parsed.edition, parsed.edition_own, parsed.unused) == (edition, True, ())


def test_a_runners_first_race_at_a_distance_is_no_first_place() -> None:
    # ("What was Kristina Parks's first marathon time?" was read as her wins: none, at 0.99)
    parsed = read("Michael Wardian's first 10k result?")
    assert (parsed.edition, parsed.edition_own, parsed.place) == ("first", True, None)
    # a first place said beside it stays one; a first time under a limit is no first result
    assert read("did Michael Wardian win his first marathon?").place in (None, 1)
    assert not read("when was Michael Wardian's first 10k under 40 minutes").edition_own
    assert not read("the last time anyone ran the Hartford Marathon under 2:30, who was it?").edition_own


def test_the_year_after_with_no_year_to_count_from_is_a_word_not_used() -> None:
    assert read("What was Michael Wardian's marathon time the year after?").unused == ("the year after",)
    assert read("Michael Wardian ran the Hartford Marathon in 2023. What was his time the year after?").years == (2024,)


@pytest.mark.parametrize("question, place", [
    ("how many times has Michael Wardian taken first place in his age group?", 1),
    ("who took second place at the 2024 Hartford Marathon?", 2),
])
def test_a_place_taken_is_read_as_that_place(question: str, place: int) -> None:
    assert read(question).place == place


def test_an_age_told_of_the_asker_is_no_filter_unless_runners_her_age_are_asked() -> None:
    assert read("I'm Michael Wardian, 71 years old now. How many races have I finished?").age is None
    assert read("I'm 45 years old. How many runners my age finished the 2024 Hartford Marathon?").age is not None


def test_a_bib_said_as_what_it_was_is_looked_up() -> None:
    assert read("my husband ran the 2024 hartford marathon, his bib was 24. what place did he get?").bib == "24"


def test_a_runners_fastest_and_slowest_are_both_ends_and_the_spread() -> None:
    assert read("Michael Wardian here: the gap between my fastest and my slowest Hartford Marathon?").measure == \
        "fastest_and_slowest"


def test_a_family_with_a_capital_inside_its_name_is_said_as_stored() -> None:
    assert family_candidates("list everyone named O'Connell at the race") == ["O'Connell"]
    assert family_candidates("list all the McIntyres at the race") == ["McIntyre"]


@pytest.mark.parametrize("question, size", [
    ("how many age groups had a full podium at the 2024 Hartford Marathon?", 3),
    ("how many age groups in the marathon had at least three finishers at the 2024 Hartford Marathon?", 3),
    ("2024 Hartford Marathon: number of age groups with 3 or more finishers", 3),
])
def test_age_groups_of_a_size_are_counted(question: str, size: int) -> None:
    ranking = read(question).ranking
    assert (ranking.dimension, ranking.counted, ranking.min_group) == ("age_group", True, size)


def test_a_count_per_year_said_with_its_race_is_averaged_over_the_years() -> None:
    assert read("On average how many half marathon finishers does the Hartford Marathon get per year?").averaged_over == \
        "year"


@pytest.mark.parametrize("question, status", [
    ("how many people DNS'd the 2024 Hartford Marathon?", "DNS"),
    ("how many started the 2024 Hartford Marathon (anyone who wasn't a DNS)?", "STARTED"),
])
def test_a_status_said_as_a_verb_or_by_what_it_was_not(question: str, status: str) -> None:
    assert read(question).status == status


def test_a_time_format_asked_is_no_word_unused() -> None:
    assert not read("What was the gun time of the last finisher at the 2024 Hartford Marathon (in h:mm:ss)?").unused


# --------------------------------------------------------------------------- the owner's and board's questions (set 160's kinds)

def test_groups_below_a_size_are_kept_as_said() -> None:
    # ("which age groups had fewer than 3 finishers": the size was read as 3 or more, or left unread)
    ranking = read("which age groups at the 2024 Hartford Marathon had fewer than 4 finishers?").ranking
    assert (ranking.dimension, ranking.max_group, ranking.min_group, ranking.limit) == ("age_group", 3, 0, RANK_ALL)
    counted = read("number of age groups with 2 or fewer finishers at the 2024 Hartford Marathon").ranking
    assert (counted.counted, counted.max_group) == (True, 2)


@pytest.mark.parametrize("question, descending", [
    ("what was our strongest year on record by total finishers?", True),
    ("our quietest month ever in terms of participation?", False),
])
def test_a_best_or_worst_year_is_the_year_ranked_by_its_finishers(question: str, descending: bool) -> None:
    parsed = read(question)
    assert parsed.ranking.dimension in ("year", "month_of_year") and parsed.ranking.descending is descending, parsed.understood()
    assert parsed.ranking.limit == 1 and not parsed.unused


def test_plural_calendar_groups_asked_busiest_are_every_one_ranked() -> None:
    assert read("Which seasons are busiest for us?").ranking.limit == RANK_ALL
    assert read("busiest month? finishers by month, all years").ranking.limit == RANK_ALL
    assert read("what was our busiest month?").ranking.limit == 1


def test_every_edition_of_every_event_is_a_company_wide_cohort() -> None:
    parsed = read("how many runners have done every event edition we've ever put on?")
    assert parsed.cohort.kind == "every_edition" and parsed.cohort.any_event and not parsed.notes and not parsed.unused


def test_a_race_at_one_event_and_a_race_at_another_is_runners_of_both() -> None:
    parsed = read("how many people ran at least one race at the Hartford Marathon and at least one race at the Mystic "
                  "Jingle Bell Run?")
    assert parsed.cohort.kind == "both" and len(parsed.events) == 2


def test_events_not_held_since_a_year_were_held_last_that_year_or_before() -> None:
    parsed = read("which events has the company not held since 2021?")
    assert parsed.not_held and parsed.dates.start == date(2022, 1, 1) and not parsed.unused


def test_years_without_any_event_are_asked_of_the_whole_calendar() -> None:
    parsed = read("which years between 2016 and 2024 did we time no events at all?")
    assert parsed.years_not_held and not parsed.events and not parsed.unused
    named = read("from 2016 to 2024, which years did we not put on the Mystic Jingle Bell Run?")
    assert named.years_not_held and named.events == ("Mystic Jingle Bell Run",)


def test_new_runners_by_their_first_finish_pass_over_an_earlier_dnf() -> None:
    parsed = read("how many new runners did we welcome in 2024, meaning their first ever finish with us was in 2024?")
    assert parsed.cohort.kind == "first_timers" and parsed.cohort.earlier_finish and not parsed.unused


def test_runners_who_never_finished_anything_since_a_year_are_lapsed() -> None:
    parsed = read("How many runners finished with us in 2022 and have not finished a race with us since?")
    assert parsed.cohort.kind == "also_in_year" and parsed.cohort.absent and not parsed.unused


def test_most_loyal_runners_are_those_with_the_most_finishes() -> None:
    parsed = read("who are our 10 most loyal runners?")
    assert parsed.limit == 10 and parsed.status == "FIN" and not parsed.unused


# --------------------------------------------------------------------------- break 57's kinds (the owner's questions)

def test_a_runners_first_race_at_a_distance_is_her_first_at_that_distance() -> None:
    # ("Christine Johnson's first half marathon time": her first race of any distance, then only if a half: no row)
    sql = build(read("What was Michael Wardian's first half marathon time?"), TODAY).sql
    assert "ra9" in sql and "21.0875" in sql.split("MIN(e9.event_date)")[1]
    parsed = read("When did Michael Wardian run his first marathon, and what was his time?")
    assert parsed.cohort is None and parsed.edition_own and parsed.intent != "count"


@pytest.mark.parametrize("question, entries", [
    ("How many runners raced with us in 2022 and haven't been back since?", False),   # (no later finish, as writers count)
    ("which runners ran with us in 2021 and never since?", False),
    ("How many runners finished a race with us in 2022 and have never finished one with us since?", False),
    ("How many runners entered a race in 2022 and haven't entered one with us since?", True),
])
def test_lapsed_runners_are_counted_by_finishes_unless_entries_are_said(question: str, entries: bool) -> None:
    parsed = read(question)
    assert parsed.cohort.kind == "also_in_year" and parsed.cohort.absent and parsed.cohort.entries is entries
    assert not parsed.unused


def test_events_last_held_before_a_year_had_no_edition_from_it_on() -> None:
    parsed = read("Which events were last held before 2024?")
    assert parsed.not_held and parsed.dates.start == date(2024, 1, 1) and not parsed.unused


def test_the_smallest_event_ranks_editions_and_both_ends_are_each_given() -> None:
    assert read("what was our smallest event ever?").ranking.descending is False
    both = read("What was our biggest event ever, and our smallest?").ranking
    assert both.dimension == "edition" and both.both_ends


def test_years_compared_each_get_a_row_and_a_year_before_of_the_company_is_a_calendar_year() -> None:
    sql = build(read("How many finishers did we have in 2023 versus 2022?"), TODAY).sql
    assert "VALUES" in sql and "COALESCE" in sql
    assert "GENERATE_SERIES" in build(read("How did our number of events change year over year?"), TODAY).sql.upper()
    assert "GENERATE_SERIES" not in build(read("How did Hartford Marathon finishers change year over year?"), TODAY).sql.upper()


def test_runners_ranked_by_the_years_they_ran_in() -> None:
    parsed = read("Which runners have raced with us in the most different years?")
    assert (parsed.subject, parsed.distinct_of, parsed.intent) == ("people", "year", "top") and not parsed.unused
    assert "COUNT(DISTINCT YEAR(" in build(parsed, TODAY).sql


def test_a_runner_of_every_year_the_company_timed_anything() -> None:
    parsed = read("how many people have run with us every single year?")
    assert parsed.cohort.kind == "every_edition" and parsed.cohort.any_event and parsed.cohort.distinct_years
    assert not parsed.notes


def test_years_without_the_named_event_said_as_had_no() -> None:
    parsed = read("Which years had no Mystic Jingle Bell Run?")
    assert parsed.years_not_held and parsed.events == ("Mystic Jingle Bell Run",) and not parsed.unused


def test_a_place_said_of_a_sponsor_who_asks_is_no_filter() -> None:
    parsed = read("Our Connecticut sponsor wants to know: how many finishers did the 2024 Hartford Marathon have?")
    assert parsed.event_state is None and parsed.runner_state is None and not parsed.unused


def test_the_percent_change_of_a_count_by_year_is_each_years_change() -> None:
    assert read("How many distinct runners did we have each year, and what was the percent change?").year_over_year


def test_events_not_held_in_two_years_said_had_no_edition_in_either() -> None:
    # ("Which of our events have we not timed at all in 2025 or this year?" listed the events held then)
    parsed = read("which events didn't we hold in 2023 or 2024?")
    sql = build(parsed, TODAY).sql
    assert parsed.not_held and "NOT e.name IN (SELECT e2.name" in sql and "IN (2023, 2024)" in sql


# --------------------------------------------------------------------------- a statistician's lists (set 162's kinds)

@pytest.mark.parametrize("question, measure", [
    ("Hartford Marathon 2024: min, median and max chip time", "fastest,median,slowest"),
    ("Hartford Marathon 2024 finishers: count, mean, sd, minimum and maximum chip time", "average,stddev,fastest,slowest"),
    ("Q1, median and Q3 of chip times at the 2024 Hartford Marathon", "p25,median,p75"),
    ("Hartford Marathon 2024: mean, median, youngest and oldest age of the finishers",
     "average_age,median_age,youngest_age,oldest_age"),
    ("Hartford Marathon 2024, per race: mean age and median chip time", "average_age,median"),   # (one of each)
    ("Hartford Marathon 2024 gun time 10th/50th/90th percentiles", "p10,p50,p90"),
    ("age quartiles at the 2024 Hartford Marathon (25th, 50th and 75th percentile of age)", "p25_age,p50_age,p75_age"),
])
def test_a_list_of_measures_is_each_measure_of_what_it_is_said_of(question: str, measure: str) -> None:
    parsed = read(question)
    assert parsed.measure == measure and not parsed.unused and not parsed.notes, parsed.understood()


def test_a_list_of_pace_measures_is_a_column_each() -> None:
    parsed = read("mean and standard deviation of pace in minutes per km at the 2024 Hartford Marathon")
    assert parsed.metric.kind == "pace" and parsed.measure == "average,stddev" and not parsed.notes
    sql = build(parsed, TODAY).sql
    assert "AVG(" in sql and "STDDEV_SAMP(" in sql


@pytest.mark.parametrize("question, edges", [
    ("Hartford Marathon 2024 finishers under 3, 3 to 4, 4 to 5 and 5 hours or more?", (10800, 14400, 18000)),
    ("how many 2024 Mystic Jingle Bell Run finishers in each band: under 25, 25-35, 35-45, 45+ minutes", (1500, 2100, 2700)),
    ("Mystic Jingle Bell Run 2024 pace bands per mile: under 8, 8 to under 10, 10 to under 12, 12 and slower", (480, 600, 720)),
])
def test_bands_said_in_plain_numbers_with_a_unit_are_bands(question: str, edges: tuple) -> None:
    parsed = read(question)
    assert parsed.time_bands == edges and parsed.time_limit is None and not parsed.unused, parsed.understood()


def test_every_band_asked_is_a_row_even_when_none_fell_in_it() -> None:
    sql = build(read("Hartford Marathon 2024 finishers under 3, 3 to 4, 4 to 5 and 5 hours or more?"), TODAY).sql
    assert "VALUES" in sql and "COALESCE(q.finishers, 0)" in sql


def test_a_time_limit_said_after_its_number() -> None:
    assert read("how many Hartford Marathon 2024 finishers needed 5 hours or longer?").time_limit.op == ">"
    assert read("Hartford Marathon 2024: how many ran 3:30:00 or faster?").time_limit.op == "<"
    assert read("how many runners have finished 3 or more times?").time_limit is None


@pytest.mark.parametrize("question", [
    "fastest chip time for a man and for a woman at the 2024 Hartford Marathon",
    "median chip time of masters men vs masters women at the 2024 Hartford Marathon",
])
def test_both_sexes_said_apart_are_each_given(question: str) -> None:
    assert "sex" in read(question).group_by and not read(question).unused


def test_events_the_company_ran_both_of_are_no_cohort() -> None:
    parsed = read("Last year we ran the Hartford Marathon and the Hartford Spring Marathon both in Hartford. Median chip "
                  "time at each?")
    assert parsed.cohort is None and "event" in parsed.group_by


def test_a_pace_in_minutes_per_mile_is_given_in_minutes_too() -> None:
    from nlq.parser import minutes_asked
    assert minutes_asked(read("median pace in min/mile at the 2024 Hartford Marathon"))


def test_two_percentiles_said_whole_and_the_seconds_between_them_are_their_spread() -> None:
    parsed = read("how many seconds between the 10th-percentile and the 90th-percentile chip time at the 2024 Hartford Marathon?")
    assert parsed.measure == "p10,p90,spread" and not parsed.unused
    both = read("2024 Hartford Marathon: standard deviation of chip times, and the gap between the 10th and 90th percentile")
    assert both.measure == "stddev,p10,p90,spread"


def test_an_edge_said_before_or_slower_and_the_other_after_are_one_range() -> None:
    limit = read("how many Hartford Marathon 2024 finishers came in at 4:00:00 or slower but under 4:30:00?").time_limit
    assert (limit.op, limit.seconds, limit.upper) == ("between", 14400, 16200)


def test_a_median_gap_and_the_largest_gap_asked_together_are_both_given() -> None:
    sql = build(read("median gun minus chip time at the 2024 Hartford Marathon, and the largest gap"), TODAY).sql
    assert "MEDIAN(r.gun_time_s - r.chip_time_s)" in sql and "MAX(r.gun_time_s - r.chip_time_s)" in sql


@pytest.mark.parametrize("question, edges", [
    ("how many 2024 Hartford Marathon finishers in each age bracket: under 30, 30s, 40s, 50s, 60 and over?", (30, 40, 50, 60)),
    ("Hartford Marathon 2024 finishers by age band - under 20, 20-39, 40-59, 60+", (20, 40, 60)),
])
def test_age_brackets_said_side_by_side_are_counted_each(question: str, edges: tuple) -> None:
    # ("… how many finishers in each age bracket — under 30, 30s, 40s, 50s, 60 and over?" was declined: its numbers unread)
    parsed = read(question)
    assert parsed.age_bands == edges and parsed.age is None and parsed.intent == "count" and not parsed.unused
    sql = build(parsed, TODAY).sql
    assert "AS age_band" in sql and "COALESCE(q.finishers, 0)" in sql
    assert not read("how many finishers under 30 at the 2024 Hartford Marathon?").age_bands
    # (a rate or a time of each bracket is each bracket's, never the whole field's given as if per bracket)
    rated = read("Hartford Marathon 2024 DNF rate for each age band: under 30, 30s, 40s, 50s, 60 and over")
    assert rated.age_bands == (30, 40, 50, 60) and rated.metric.kind == "rate" and not rated.notes
    sql = build(rated, TODAY).sql
    assert "AS age_band" in sql and "GROUP BY" in sql
    timed = read("median chip time of 2024 Hartford Marathon finishers under 30, 30-39, 40-49 and 50+")
    assert timed.intent == "analyze" and timed.measure == "median" and "MEDIAN(" in build(timed, TODAY).sql


def test_events_that_never_held_something_with_no_years_to_be_absent_from_are_said_back() -> None:
    # (break 59: "Which events did not have a 10K?" listed the events that had one, at 0.96)
    with pytest.raises(Unanswerable, match="never held"):
        build(read("Which events did not have a 10K?"), TODAY)
    assert build(read("which events did we not hold in 2023?"), TODAY).sql   # (years to be absent from: answered)


@pytest.mark.parametrize("said, edges, left_out", [
    ([30, 30, 40, 50, 60, 60], (30, 40, 50, 60), (2,)),            # under 30, 30-39, 50-59, 60+: 40-49 not asked
    ([20, 20, 25, 25, 30, 30], (20, 25, 30), ()),                  # each band from where the one before ends
    ([20, 20, 25, 30, 40, 40], (20, 25, 30, 40), (2,)),            # a gap between two bands said
])
def test_bands_said_keep_the_gaps_no_one_asked(said: list, edges: tuple, left_out: tuple) -> None:
    from nlq.entities import bands_said
    assert bands_said(said) == (edges, left_out)
    assert bands_said([30, 30, 40, 35, 45, 45]) is None            # overlapping bands: not read as bands
    assert bands_said([20, 20, 25, 30, 40, 40], open_top=False) == ((20, 25, 30, 40), (2, 4))   # ended on a band


def test_age_brackets_with_a_gap_are_counted_each_and_the_gap_said_back() -> None:
    # ("under 30, 30-39, 50-59, and 60+" was declined; said with no age word, "30-39" tells ages)
    parsed = read("How many finishers at the 2024 Hartford Marathon were under 30, 30-39, 50-59, and 60+?")
    assert (parsed.age_bands, parsed.bands_left_out, parsed.unused) == ((30, 40, 50, 60), (2,), ())
    sql = build(parsed, TODAY).sql
    assert "'30-39'" in sql and "'50-59'" in sql and "IS NULL" in sql
    from nlq.explain import explain
    assert "40-49 not asked" in explain(parsed)


def test_time_bands_ending_on_a_band_or_said_with_over_are_read() -> None:
    closed = read("how many 2024 Mystic Jingle Bell Run finishers ran under 20, 20-25, or 30-40 min?")
    assert (closed.time_bands, closed.bands_left_out) == ((1200, 1500, 1800, 2400), (2, 4)) and not closed.unused
    over = read("how many 2024 Hartford Marathon finishers ran under 3 hours, 3-4 hours and over 4 hours?")
    assert (over.time_bands, over.bands_left_out) == ((10800, 14400), ())


def test_a_start_with_no_finish_said_with_the_bare_verb() -> None:
    parsed = read("How many races did Michael Wardian start but not finish?")
    assert parsed.status == "DNF_OR_DQ" and not parsed.unused


@pytest.mark.parametrize("question, group_by", [
    ("Hartford Marathon finishers per month, all years lumped together", ("month_of_year",)),
    ("finishers by calendar quarter in 2024", ("quarter",)),
])
def test_months_pooled_over_years_and_calendar_quarters(question: str, group_by: tuple) -> None:
    parsed = read(question)
    assert parsed.group_by == group_by and not parsed.unused


def test_an_average_field_size_per_year_is_each_years_races_averaged() -> None:
    parsed = read("average field size per year (finishers per race)")
    assert (parsed.group_by, parsed.averaged_over) == (("year",), "race")


def test_the_fastest_man_and_woman_ever_are_of_every_edition() -> None:
    # ("course records: the fastest man and fastest woman ever" listed every edition's winners)
    parsed = read("Hartford Marathon: the fastest man and fastest woman ever")
    assert not parsed.winners and parsed.group_by == ("sex",) and parsed.limit == 1 and parsed.men_and_women
    said_after = read("Hartford Marathon course records, men's and women's - who holds them?")
    assert "sex" in said_after.group_by and not said_after.unused


def test_a_band_not_asked_counts_in_no_percent() -> None:
    # ("under 20, 20-25, or 30-40 min": the slowest band, every time left, was counted in the percents' whole)
    sql = build(read("how many 2024 Mystic Jingle Bell Run finishers ran under 20, 20-25, or 30-40 min?"), TODAY).sql
    assert "ELSE NULL" in sql and "HAVING" in sql


def test_that_year_with_no_year_said_is_said_back() -> None:
    parsed = read("What about the median finish time that year?")
    assert parsed.notes and parsed.confidence < CONFIDENT


def test_the_change_of_a_share_between_two_years_is_the_share_each_year() -> None:
    # ("how did the women's share … change from 2015 to 2025" gave a pace at 0.96)
    parsed = read("How did the women's share of Hartford Marathon finishers change from 2015 to 2025?")
    sql = build(parsed, TODAY).sql
    assert parsed.change_years == (2015, 2025) and "percent_in_2015" in sql and "pace" not in sql


def test_the_slowest_n_percent_are_places_at_the_back_of_their_race() -> None:
    # ("the average age of the slowest 10% of finishers" read a slowest time; "of the slowest 10%, how many were 60 or
    # older" read a share of 10%)
    parsed = read("Hartford Marathon 2024: average age of the slowest 10% of finishers")
    assert parsed.back_percent == 10 and parsed.measure == "average_age" and not parsed.unused
    counted = read("Hartford Marathon 2024: of the slowest 10% of finishers, how many were 60 or older?")
    assert counted.back_percent == 10 and counted.metric is None and counted.age.low == 60
    assert "r.overall_place > (0.9 * (" in build(counted, TODAY).sql


def test_measures_of_the_gun_chip_gap_listed_are_each_given() -> None:
    sql = build(read("Hartford Marathon 2024: average and maximum gun-minus-chip delay"), TODAY).sql
    assert "AVG(r.gun_time_s - r.chip_time_s)" in sql and "MAX(r.gun_time_s - r.chip_time_s)" in sql


def test_new_events_are_held_then_and_never_before() -> None:
    parsed = read("which events were new in 2025?")
    assert parsed.first_held and not parsed.unused
    assert "NOT e.name IN" in build(parsed, TODAY).sql


def test_every_town_a_story_tells_is_said_to_the_question() -> None:
    # ("We run two 10Ks - Providence … and Stamford …. DNF rate at each?" answered of Providence alone at 0.99)
    towns = replace(VOCABULARY, event_cities=("Providence", "Stamford"))
    parsed = parse("We run two 10Ks, in Providence and in Stamford. What's the DNF rate in the 10K at each?", towns, TODAY)
    assert "stamford" in parsed.unused


def test_records_that_fell_beat_one_set_before() -> None:
    # ("which men's or women's course records fell last year": a first edition's winners and other sexes were counted)
    parsed = read("Which men's or women's course records fell last year? Give the new times.")
    assert parsed.records.set_then and parsed.records.broken and parsed.men_and_women and not parsed.unused
    sql = build(parsed, TODAY).sql
    assert "run_on > first_day" in sql and "IN ('M', 'F')" in sql
    assert not read("how many course records were set last year?").records.broken


def test_the_fastest_of_each_age_bracket_asked() -> None:
    # ("fastest man in his 40s, fastest in his 50s, and fastest 60 or older": it read the last bracket as a filter and
    # said the others back; "in each age bracket: under 30, 30-39, 40+" had answered one runner overall)
    told = read("Hartford Marathon masters bests: fastest man in his 40s, fastest in his 50s, and fastest 60 or older")
    assert (told.intent, told.limit, told.age_bands, told.bands_left_out, told.age, told.unused) == (
        "top", 1, (40, 50, 60), (0,), None, ())
    sql = build(told, TODAY).sql
    assert "PARTITION BY CASE WHEN r.age < 40 THEN NULL WHEN r.age < 50 THEN '40-49'" in sql
    listed = read("top 2 women in each age bracket (under 40, 40-49, 50 and over) at the 2024 Hartford Marathon")
    assert (listed.limit, listed.age_bands, listed.bands_left_out, listed.unused) == (2, (40, 50), (), ())
    # (two ages side by side are two groups compared, never brackets)
    assert not read("how many finishers at the 2024 Hartford Marathon aged 40-49 and 50+").age_bands


def test_age_group_records_are_listed_and_a_record_holder_is_its_runner() -> None:
    records = read("Hartford Marathon age group records for women, with who set them")
    assert records.records == Records("age_group") and records.sex == "F" and not records.unused
    holder = read("Hartford Marathon: the women 60+ record and who holds it")
    assert (holder.intent, holder.limit, holder.age.low, holder.unused) == ("top", 1, 60, ())
    assert not read("who is the M40-44 record holder at the Hartford Marathon?").unused
    # ("what are the current course records at X": one of each sex, never ten finishers of either)
    current = read("What are the current course records at the Hartford Marathon?")
    assert (current.limit, current.group_by) == (1, ("sex",))


def test_the_most_and_how_many_share_it() -> None:
    # ("What's the most times anyone has finished X, and how many runners share that mark?": declined or two answers)
    parsed = read("What's the most times anyone has finished the Mystic Jingle Bell Run, and how many runners share that mark?")
    assert (parsed.subject, parsed.intent, parsed.tied_counted, parsed.unused) == ("people", "top", True, ())
    sql = build(parsed, TODAY).sql
    assert sql.startswith("SELECT MAX(races) AS most_races, COUNT(*) AS runners FROM (")
    assert read("Who's finished the Hartford Marathon the most times? List everybody tied, with the count.").intent == "top"


def test_streaks_every_year_and_years_of_finishes() -> None:
    streak = read("How many runners have an unbroken streak covering every year 2019 through 2025 (at least one finish with "
                  "us each year)?")
    assert (streak.cohort.kind, streak.cohort.distinct_years, streak.group_by, streak.unused) == ("every_edition", True, (), ())
    years = read("How many runners have finished a race with us in ten different calendar years?")
    assert (years.cohort.kind, years.cohort.count, years.cohort.distinct_years) == ("min_finishes", 10, True)
    since = read("Has anybody finished every Mystic Jingle Bell Run since the first one in 2017? Names please.")
    assert since.cohort.kind == "every_edition" and since.dates.words == "since 2017"


def test_the_most_improved_runner_between_two_editions() -> None:
    parsed = read("Hartford Marathon most improved from 2024 to 2025, show times")
    assert (parsed.cohort.kind, parsed.cohort.listed, parsed.limit, parsed.unused) == ("improved", True, 1, ())
    drop = read("Hartford Marathon: biggest drop in chip time for the same runner from 2023 to 2024?")
    assert (drop.cohort.kind, drop.cohort.listed, drop.limit) == ("improved", True, 1)


def test_runners_ranked_by_their_different_events_leave_no_shows_out() -> None:
    parsed = read("Which runner has run the most different events?")
    assert (parsed.subject, parsed.intent, parsed.distinct_of) == ("people", "top", "event")
    sql = build(parsed, TODAY).sql
    assert "COUNT(DISTINCT e.name)" in sql and "r.status <> 'DNS'" in sql


def test_a_runner_pointed_at_by_she_alone_is_said_back() -> None:
    # ("How many times has she run it?" asked with no runner: every entry of every runner was counted at 0.9)
    assert "she" in read("How many times has she run it?").unused
    assert "she" not in read("Who won the 2024 Hartford Marathon women's race, and has she run it before?").unused


def test_rank_them_after_which_had_the_highest_share_ranks_every_group() -> None:
    # ("which of our events had the highest percentage of finishers aged 65+? rank them": 'rank' was said back)
    parsed = read("In 2023, which of our events had the highest percentage of finishers aged 65+? rank them")
    assert (parsed.metric.kind, parsed.ranking.limit, parsed.unused) == ("share", RANK_ALL, ())


def test_state_cities_masters_records_and_it_alone() -> None:
    # (break 63: "Rank the Massachusetts cities …" ranked every city of events held in MA; "Who holds the masters records
    # at X?" listed every masters result at 0.99)
    cities = read("Rank the Massachusetts cities by number of runners (people, all distances).")
    assert (cities.runner_state, cities.event_state, cities.ranking.dimension, cities.ranking.measure) == ("MA", None, "city", "people")
    towns = read("Which towns in Maine sent the most runners? rank them all")
    assert (towns.runner_state, towns.ranking.limit) == ("ME", RANK_ALL)
    masters = read("Who holds the masters records at the Hartford Marathon?")
    assert (masters.limit, masters.group_by, masters.age.low, masters.unused) == (1, ("sex",), 40, ())


def test_runners_of_every_event_of_a_year_counted_by_sex() -> None:
    # ("how many runners finished all of our events in 2024, by sex": said back as unnamed events, or the sex dropped)
    parsed = read("How many runners finished all of our events in 2024, by sex?")
    assert (parsed.cohort.kind, parsed.cohort.any_event, parsed.group_by, parsed.unused) == ("every_edition", True, ("sex",), ())
    sql = build(parsed, TODAY).sql
    assert sql.startswith("SELECT sex, COUNT(*) AS runners FROM (SELECT r.participant_id, p.sex AS sex FROM")
    assert "GROUP BY r.participant_id, p.sex HAVING COUNT(DISTINCT e.event_id) = (SELECT COUNT(*) FROM events AS e3" in sql
    # ("which Texas cities … top 5 cities please": the cities ranked, the top 5 of them)
    cities = read("which cities did the 2024 Hartford Marathon finishers come from? top 5 cities please")
    assert (cities.ranking.dimension, cities.ranking.limit) == ("city", 5)


def test_combined_times_of_runners_who_finished_every_event_named() -> None:
    # ("the 5 fastest combined chip times across A and B in 2023 (had to finish both)": a sum of times, said back)
    parsed = read("2024: top 3 women by combined chip time across the Hartford Marathon and the Mystic Jingle Bell Run "
                  "(must finish both)")
    assert (parsed.combined_time, parsed.limit, parsed.sex, parsed.unused, parsed.notes) == (True, 3, "F", (), ())
    sql = build(parsed, TODAY).sql
    assert "HAVING COUNT(DISTINCT event) = 2" in sql and "SUM(best_s) AS combined_s" in sql
    # (over several years a runner's sum is of which year? said back, as before)
    assert not read("top 3 combined chip times across the Hartford Marathon and the Mystic Jingle Bell Run").combined_time


def test_all_n_of_our_events_of_a_year_are_every_event_held_then() -> None:
    # ("how many women and how many men finished all three of our events in 2025": it asked to name them)
    parsed = read("How many women and how many men finished all three of our events in 2025 (any distance)?")
    assert (parsed.cohort.kind, parsed.cohort.any_event, parsed.group_by) == ("every_edition", True, ("sex",))
    # ("full-series finishers": of the whole series, never of a full marathon)
    series = read("Split the 2024 full-series finishers (people who finished all of that year's events) by sex")
    assert (series.distances, series.cohort.kind, series.unused) == ((), "every_edition", ())


def test_each_distance_on_its_own_and_our_stuff_are_said_as_read() -> None:
    # ("who won F50-54 at each of our races in 2025? count each distance on its own": every race is its own)
    winners = read("who won F50-54 at each of our races in 2025? count each distance on its own")
    assert (winners.winners, winners.age_group, winners.unused) == (True, "F50-54", ())
    assert not read("Michael Wardian ran a bunch of our stuff in 2025. List each race he finished that year.").unused


def test_who_won_then_her_is_the_womens_winner() -> None:
    # ("Who won the 2024 Pittsburgh Shamrock 5K? What was her time?": the overall winner, a man, was given at 1.0)
    assert read("Who won the 2024 Hartford Marathon? What was her time?").sex == "F"
    assert read("who won the 2024 Hartford Marathon and how old was he").sex == "M"
    assert read("who won the 2024 Hartford Marathon?").sex is None


def test_every_event_held_in_a_year_said_other_ways() -> None:
    # (break 64: "which runners finished every event held in 2024", "every 2024 event" were answered as every finisher
    # that year at 0.99-1.0; "how many finishers did we have at every event held in 2024" stays a count of finishers)
    listed = read("which runners finished every event held in 2024")
    assert (listed.cohort.kind, listed.cohort.any_event, listed.cohort.listed) == ("every_edition", True, True)
    assert read("which men finished every 2024 event").cohort.kind == "every_edition"
    assert read("how many finishers did we have at every event held in 2024").cohort is None
    # (a runner told of: "X did all our events in 2025 - what was her place in each?" is her results, no cohort)
    assert read("Michael Wardian did all our events in 2025 - what was his age group place in each race?").cohort is None


@pytest.mark.parametrize("question, kind, count, exact, spread", [
    # (a row for each count of different events; "N-event finishers" are exactly that many; "both our events" every one)
    ("In 2023, how many runners finished exactly 1, exactly 2 and all 3 of our events?", "min_finishes", 3, True, (1, 2, 3)),
    ("how many 2022 two-event finishers were there?", "min_finishes", 2, True, ()),
    ("how many runners finished both our events in 2023?", "every_edition", 0, False, ()),
    ("how many runners finished every one of our 2023 events?", "every_edition", 0, False, ()),   # (2023 is no count)
])
def test_runners_by_how_many_of_a_years_events_they_finished(question: str, kind: str, count: int, exact: bool,
                                                               spread: tuple[int, ...]) -> None:
    parsed = read(question)
    assert (parsed.cohort.kind, parsed.cohort.count, parsed.cohort.exact, parsed.cohort.spread) == (kind, count, exact, spread)
    assert not parsed.unused


def test_a_gun_time_faster_than_the_chip_time_is_a_gap_below_zero() -> None:
    parsed = read("how many gun times were lower than chip times at the 2024 Stamford Turkey Trot?")
    assert parsed.gap_limit.op == "<" and parsed.gap_limit.seconds == 0 and parsed.cohort is None and not parsed.notes


def test_exactly_two_of_our_events_counts_events_not_finishes() -> None:
    cohort = read("how many runners finished exactly two of our events in 2024?").cohort
    assert (cohort.kind, cohort.count, cohort.exact, cohort.distinct_events) == ("min_finishes", 2, True, True)


def test_at_least_n_of_our_m_events_counts_events() -> None:
    # ("in 2025 how many people finished at least 3 of our 4 events?": three different events — it counted finishes)
    cohort = read("in 2024 how many runners completed at least 2 of our 3 events?").cohort
    assert (cohort.kind, cohort.count, cohort.exact, cohort.distinct_events) == ("min_finishes", 2, False, True)


@pytest.mark.parametrize("question, count, top", [
    # runners placed in their age group at every event of a year: the places a filter of the cohort's results (the
    # cohort was dropped, every age-group podium listed at 1.0)
    ("who placed top 3 in their age group at all three of our events in 2024?", 3, 3),
    ("which runners won their age group at both of our events in 2023", 0, None),
])
def test_runners_placed_in_their_age_group_at_every_event_of_a_year(question: str, count: int, top: int | None) -> None:
    parsed = read(question)
    assert parsed.cohort.kind in ("both", "every_edition") and parsed.cohort.count == count and parsed.cohort.listed
    assert (parsed.winners, parsed.winners_by, parsed.unused, parsed.notes) == (True, "age_group", (), ())
    assert top is None or parsed.limit == top


def test_every_event_of_a_year_for_each_of_several_years_is_counted_within_each() -> None:
    # ("From 2016 to 2019, how many runners finished all three of our events in each of those years?": a row a year — it
    # counted three events over the four years, at 1.0); "in every single year" is one count of runners of them all
    each = read("From 2016 to 2019, how many runners finished all three of our events in each of those years?")
    assert (each.cohort.kind, each.cohort.count, each.cohort.same_year, each.group_by) == ("both", 3, True, ("year",))
    assert each.dates.start.year == 2016 and not each.unused
    per = read("In 2016-2019 how many runners finished all three of our events, per year?")
    assert per.cohort.same_year and per.group_by == ("year",)


def test_those_years_with_no_years_said_is_not_read_as_every_year() -> None:
    assert "those years" in read("How many runners finished all three events in each of those years?").unused


def test_a_town_of_an_event_said_but_read_as_no_place_is_not_used() -> None:
    # ("How many runners finished Tallahassee, Tampa and the Orlando Jingle Bell Run every year": Tampa inside the words
    # of "finished … every year", dropped at 1.0)
    florida = Vocabulary(company="Sunshine", events=("Tallahassee Half Marathon", "Tampa Marathon", "Orlando Jingle Bell Run"),
                         cities=("Tallahassee", "Tampa", "Orlando"), event_cities=("Orlando", "Tallahassee", "Tampa"),
                         held_at=(("Tallahassee Half Marathon", "Tallahassee"), ("Tampa Marathon", "Tampa"),
                                  ("Orlando Jingle Bell Run", "Orlando")))
    assert "tampa" in parse("How many runners finished Tallahassee, Tampa and the Orlando Jingle Bell Run every year.", florida,
                            TODAY).unused
    said = parse("how many finishers from Tampa at the Orlando Jingle Bell Run in 2019", florida, TODAY)
    assert said.runner_city == "Tampa" and not said.unused


def test_the_winner_and_the_second_asked_together_are_the_first_two() -> None:
    # ("Who won the women's race at X, and who was second?": it asked for a place 1 that was also 2 — nobody, at 1.0)
    parsed = read("Who won the women's race at the 2025 Stamford Turkey Trot, and who was second?")
    assert (parsed.intent, parsed.limit, parsed.place, parsed.winners, parsed.sex, parsed.notes) == ("top", 2, None, False, "F", ())


@pytest.mark.parametrize("question", [
    # both ends of the field, or the winner's time beside the field's median, asked at once: said back, never one of
    # them given alone (the last dropped; the median of the winner alone, named the median, at 1.0)
    "Who won the 2025 Stamford Turkey Trot and who came in last?",
    "Who came first and last among women at the 2024 Stamford Turkey Trot?",
    "What was the winning time and the median time at the 2024 Stamford Turkey Trot?",
])
def test_two_ends_or_the_winner_beside_the_field_asked_at_once_are_said_back(question: str) -> None:
    assert read(question).notes


@pytest.mark.parametrize("question, status", [
    # who ran a race started it: a no-show ran nothing (break runs 63, 65 and 68 counted so; every entry was counted)
    ("How many people ran the 5K at the 2024 Stamford Turkey Trot?", "STARTED"),
    ("How many runners took part in the 2025 Stamford Turkey Trot?", "STARTED"),
    ("Who ran the most races for us in 2025?", "STARTED"),
    # (said by who they are, or as "have run": break 72 counted every entry)
    ("how many women started the 2024 Stamford Turkey Trot", "STARTED"),
    ("how many masters men started the Hartford Marathon in 2024?", "STARTED"),
    ("How many different people have run the Stamford Turkey Trot over the years?", "STARTED"),
    ("How many times has she started the Stamford Turkey Trot?", "STARTED"),
    ("How many races has he started since 2020?", "STARTED"),
    # (a runner's history of events is of finishes, as the glossary reads "ran it": "ran both", "ran it 3 times")
    ("How many people ran both the Hartford Marathon and the Stamford Turkey Trot in 2024?", None),
])
def test_who_ran_a_race_started_it(question: str, status: str | None) -> None:
    assert read(question).status == status


def test_different_runners_who_finished_beside_the_finishes_are_each_finisher_once() -> None:
    # ("total finishes, and how many different runners finished?": it counted every runner, any status)
    assert read("In 2025 across all our events: total finishes, and how many different runners finished?").totals == (
        "finishers", "finishing_runners")
    assert read("In 2025: total finishes, and how many different runners?").totals == ("finishers", "runners")


def test_a_count_of_runners_with_its_share_asked_after_is_the_share() -> None:
    # ("how many of its starters came from outside Colorado, and what share of starters is that?": the share, whose
    # answer shows the count beside it — it declined "share"); different starters are people, each once
    parsed = read("At the 2024 Stamford Turkey Trot, how many different finishers lived outside Connecticut, and what "
                  "percentage of the field was that?")
    assert (parsed.metric.kind, parsed.metric.unit, parsed.share_of.runner_state, parsed.share_of.runner_state_negated,
            parsed.unused) == ("share", "people", "CT", True, ())


def test_two_age_groups_of_one_sex_are_labelled_by_their_ages() -> None:
    # ("median for men in their 40s vs men in their 30s": the ages alone differ — labelled "men 40s" against "men 30s")
    parsed = read("2025 Stamford Turkey Trot: median chip time for women in their 40s vs women in their 30s")
    assert [compared_label(group, other) for group, other in zip(parsed.compared, parsed.compared[::-1])] == [
        ("age", "40s"), ("age", "30s")]


def test_a_shares_denominator_said_again_is_its_whole() -> None:
    # ("… went under 4 hours? denominator = all finishers of that race": the whole the share reads — it declined
    # "denominator"); another whole than the share's is not set aside
    said = read("What share of the 2024 Hartford Marathon finishers ran under 4 hours? (base: all finishers of the race)")
    assert said.metric.kind == "share" and not said.unused
    assert read("What share of the 2024 Hartford Marathon finishers ran under 4 hours? denominator = all starters").unused


def test_runners_of_both_years_said_as_starts_are_starters() -> None:
    # ("… in both 2024 and 2025 (started in both years)": starts, not finishes)
    parsed = read("How many runners did the Stamford Turkey Trot in both 2023 and 2024 (started in both years)?")
    assert (parsed.cohort.kind, parsed.status) == ("both", "STARTED")


def test_runners_who_came_for_an_events_town_raced_there() -> None:
    # ("lots of SF people came down for santa cruz in 2023. who were the three fastest …": Santa Cruz dropped at 1.0)
    towns = Vocabulary(company="Golden Gate", events=("Santa Cruz Mother's Day 5K", "Napa Summer Solstice 10K"),
                       cities=("Santa Cruz", "Napa", "Oakland"), event_cities=("Napa", "Santa Cruz"),
                       held_at=(("Santa Cruz Mother's Day 5K", "Santa Cruz"), ("Napa Summer Solstice 10K", "Napa")))
    parsed = parse("lots of Oakland people drove up for napa in 2024. who were the three fastest finishers from Oakland?",
                   towns, TODAY)
    assert (parsed.event_city, parsed.runner_city, parsed.unused) == ("Napa", "Oakland", ())


def test_starts_said_outright_stay_starts_whatever_else_is_said() -> None:
    # ("anyone who started, finished or not": starters; "ran it, finished or not": every entry)
    assert read("How many people toed a start line for us in 2024? anyone who started, finished or not").status == "STARTED"
    assert read("How many people ran the 2024 Stamford Turkey Trot, finished or not?").status is None


def test_placed_in_an_age_group_at_every_event_of_a_year_is_a_podium_at_each() -> None:
    # (break 69: "which runners placed in their age group at every event of 2024" listed every result, or each event's
    # podium count, at 0.99–1.0); "every event they ran" is a runner's own events, said back
    parsed = read("Which runners placed in their age group at every event in 2023?")
    assert (parsed.cohort.kind, parsed.winners_by, parsed.limit, parsed.unused, parsed.notes) == (
        "every_edition", "age_group", 3, (), ())
    assert read("Which runners won their age group at every event they entered in 2023?").notes


def test_where_the_askers_family_lives_is_no_filter_unless_the_question_points_back() -> None:
    # (break 69: "My brother lives in Berkeley. Who won …?" kept the winners from Berkeley: none, at 1.0)
    assert read("My daughter lives in Hartford. Who won the 2024 Stamford Turkey Trot?").runner_city is None
    assert read("My daughter lives in Hartford. How many runners from there finished the 2024 Stamford Turkey Trot?"
                ).runner_city == "Hartford"


def test_different_people_who_raced_started() -> None:
    assert read("How many different people raced with us in 2023?").status == "STARTED"


def test_a_place_on_gun_time_is_ranked_by_gun_time() -> None:
    parsed = read("2nd man on gun time at the 2024 Stamford Turkey Trot")
    assert parsed.gun_placed and parsed.place == 2 and parsed.sex == "M"
    sql = build(parsed, TODAY).sql
    assert "RANK()" in sql and "gun_time_s" in sql and "gender_place = 2" not in sql
    # (the winner's own gun time is the winner's, placed as the results place her)
    assert not read("what was the winner's gun time at the 2024 Stamford Turkey Trot?").gun_placed


def test_the_month_an_event_is_held_in_said_after_its_name_is_no_date() -> None:
    # ("the Chicago Shamrock 5K in March and the Indy Jingle Bell Run in December. per year, …": told of, never March 2026)
    vocabulary = Vocabulary(company="Lakeshore", events=("Chicago Shamrock 5K", "Indianapolis Jingle Bell Run"),
                            cities=("Chicago",), editions=(("Chicago Shamrock 5K", date(2024, 3, 16)),
                                                           ("Indianapolis Jingle Bell Run", date(2024, 12, 14))))
    told = parse("Our season opens with the Chicago Shamrock 5K in March and closes with the Indianapolis Jingle Bell Run in "
                 "December. Each year, how many runners finished both in the same year?", vocabulary, TODAY)
    assert told.dates is None and told.group_by == ("year",) and told.cohort.same_year and not told.unused
    # (a month it is not held in, or a month with a year, is the dates asked)
    assert parse("how many finished the Chicago Shamrock 5K in March 2024?", vocabulary, TODAY).dates.start == date(2024, 3, 1)
    assert parse("how many finished the Chicago Shamrock 5K in May?", vocabulary, TODAY).dates is not None


def test_runners_of_both_in_the_same_year_for_years_listed_are_counted_each_year() -> None:
    # (it kept the first year and asked for as many different events as years listed: 0 at 0.8)
    parsed = read("For 2022, 2023 and 2024, how many runners finished both the Stamford Turkey Trot and the Mystic Jingle Bell "
                  "Run in the same year?")
    assert (parsed.dates, parsed.years, parsed.group_by, parsed.cohort.same_year) == (None, (2022, 2023, 2024), ("year",), True)
    assert "HAVING COUNT(DISTINCT e.name) >= 2" in build(parsed, TODAY).sql


@pytest.mark.parametrize("question", ["Who won the 2024 Stamford Turkey Trot? gun time please",
                                      "Who won the women's race at the 2024 Stamford Turkey Trot? Use gun time.",
                                      "who was first (gun time) at the 2024 Stamford Turkey Trot?"])
def test_a_winner_asked_on_gun_time_however_said_is_placed_by_it(question: str) -> None:
    assert read(question).gun_placed   # (break 67: the place given on chip time, at 1.0)


def test_i_mean_is_a_correction_never_a_mean_time() -> None:
    parsed = read("How many finishers did the Hartford Marathon have in 2024, I mean just the full marathon?")
    assert parsed.intent == "count" and parsed.measure is None and parsed.status == "FIN"


@pytest.mark.parametrize("question, edges", [
    # (a band's edge said as whole minutes among clock times, "+" for the open top, "distribution" as the bands)
    ("Stamford Turkey Trot 2024 finish times: under 22, 22-27:59, 28-33:59, 34+", (1320.0, 1680.0, 2040.0)),
    ("Hartford Marathon 2024 time distribution: under 3:30, 3:30-3:59, 4:00-4:29, 4:30+", (12600.0, 14400.0, 16200.0)),
    ("Stamford Turkey Trot 2024 pace buckets per mile: under 9 min, 9:00-10:59, 11+ min", (540.0, 660.0)),
])
def test_bands_said_with_whole_minutes_or_a_plus_are_read(question: str, edges: tuple) -> None:
    parsed = read(question)
    assert parsed.time_bands == edges and not parsed.unused


def test_two_places_and_everywhere_else_are_three_groups() -> None:
    parsed = read("How many finishers of the 2024 Stamford Turkey Trot came from Connecticut, New York, or anywhere else?")
    assert parsed.group_by == ("compared",) and not parsed.unused
    assert [(g.runner_state, g.more_states, g.runner_state_negated) for g in parsed.compared] == [
        ("CT", (), False), ("NY", (), False), ("CT", ("NY",), True)]
    assert [compared_label(g, parsed.compared[-1] if g is not parsed.compared[-1] else parsed.compared[0])[1]
            for g in parsed.compared] == ["Connecticut", "New York", "everywhere else"]


def test_a_state_code_said_after_vs_is_the_second_group() -> None:
    # ("finishers from CT vs NY": NY, where runners are from, was left unused and the comparison declined)
    parsed = read("Stamford Turkey Trot 2024: finishers from CT vs NY")
    assert [g.runner_state for g in parsed.compared] == ["CT", "NY"] and not parsed.unused
    assert read("top 5 finishers at the Stamford Turkey Trot 2024 vs 2023").compared == ()


def test_a_change_said_as_a_verb_against_the_edition_before_is_each_years_change() -> None:
    parsed = read("Stamford Turkey Trot finishers each year, and did that rise or fall compared to the previous year?")
    assert parsed.year_over_year and parsed.group_by == ("year",) and not parsed.unused


def test_a_percent_sign_before_a_word_is_read_as_percent() -> None:
    parsed = read("finishers in 2023 vs 2024 at the Stamford Turkey Trot, and what was the % change?")
    assert parsed.change_years == (2023, 2024) and not parsed.unused


def test_the_fastest_and_slowest_with_their_gap_is_the_spread() -> None:
    parsed = read("Hartford Marathon 2024: the quickest and slowest chip times and the gap between them")
    assert parsed.measure == "fastest_and_slowest" and not parsed.notes and not parsed.unused


def test_two_sexes_of_one_age_are_the_sexes_compared_within_it() -> None:
    parsed = read("average 5K time at the 2024 Stamford Turkey Trot for women 60+ and men 60+")
    assert parsed.group_by == ("sex",) and parsed.age.low == 60 and not parsed.unused
    assert read("median time at the 2024 Stamford Turkey Trot for boys and girls under 18").group_by == ("sex",)


def test_an_age_said_before_share_is_the_part() -> None:
    parsed = read("Stamford Turkey Trot over-60 share of finishers, each year")
    assert parsed.share_of is not None and parsed.share_of.age.low == 61 and parsed.group_by == ("year",)


def test_count_and_percent_asked_after_the_count_is_its_share() -> None:
    parsed = read("How many runners from New Haven finished the 2024 Stamford Turkey Trot? Give me the number and the share.")
    assert parsed.share_of is not None and parsed.share_of.runner_city == "New Haven" and parsed.status == "FIN"


def test_the_fastest_of_first_timers_is_said_back_never_listed() -> None:
    assert read("who was quickest among the first-timers at the 2024 Stamford Turkey Trot?").notes


def test_a_runners_place_among_a_group_ranks_her_in_it() -> None:
    parsed = read("Where did Michael Wardian place among runners from Hartford at the 2024 Stamford Turkey Trot?")
    assert parsed.place_among and parsed.runner_city == "Hartford" and parsed.intent == "list" and parsed.group_by == ()
    sql = build(parsed, TODAY).sql
    assert "place_in_group" in sql and "finishers_in_group" in sql and "RANK()" in sql
    # (her place among her own sex alone is her gender place, as recorded)
    assert not read("What was Michael Wardian's place among men at the 2024 Stamford Turkey Trot?").place_among


def test_an_open_top_band_said_after_and_is_a_time_and_n_plus_hours_is_no_age() -> None:
    # (break 71: "…, 25-29:59 and 30+" read 30+ as runners aged 30 and over, on every band; "5+ hours" as aged 5 and over)
    parsed = read("2024 Stamford Turkey Trot: how many sub-18, 18-22:59, 23-27:59 and 28+?")
    assert parsed.time_bands == (1080.0, 1380.0, 1680.0) and parsed.age is None
    assert read("how many finishers took 6+ hours at the 2024 Hartford Marathon?").age is None


def test_one_town_compared_across_two_states_keeps_the_town() -> None:
    # "Portland: Maine vs Oregon" is that town in each state (the town was dropped: all of each state counted)
    for asked in ("Runners from Hartford: Connecticut vs Maine, how many of each?",
                  "How many runners from Hartford, Connecticut vs Hartford, Maine?",
                  "Hartford runners, Connecticut vs Maine: how many finishers each in 2024?"):
        parsed = read(asked)
        assert [(g.runner_city, g.runner_state) for g in parsed.compared] == [("Hartford", "CT"), ("Hartford", "ME")], asked
        assert not parsed.unused and compared_label(parsed.compared[0], parsed.compared[1]) == ("state", "CT")
    # two states alone stay two states
    states = read("Runners from Connecticut vs Maine, how many of each?")
    assert [(g.runner_city, g.runner_state) for g in states.compared] == [(None, "CT"), (None, "ME")]


def test_winners_asked_whether_they_won_before_get_their_earlier_wins() -> None:
    for asked in ("Who won the 2024 Hartford Marathon, and has he won it before?",
                  "Who won the 2024 Hartford Marathon? Is it his first win?",
                  "Who won the 2024 Hartford Marathon and had that winner won it in an earlier year?",
                  "Who won the 2024 Hartford Marathon - are they repeat winners?"):
        parsed = read(asked)
        assert (parsed.winners, parsed.wins_before, parsed.cohort, parsed.unused) == (True, True, None, ()), asked
        sql = build(parsed, TODAY).sql
        # (of the same race of the same event, won as the winners asked are, at an earlier edition)
        assert "r9.participant_id = r.participant_id" in sql and "e9.event_date < e.event_date" in sql, sql
    # the women's winner: her earlier wins of her sex
    assert "r9.gender_place = 1" in build(read("Who was the first woman at the 2024 Hartford Marathon, and has she won "
                                               "it before?"), TODAY).sql
    # the repeat winners of an event are still its runners who won it more than once
    assert read("who are the repeat winners of the Hartford Marathon?").cohort.kind == "min_finishes"


def test_a_runners_best_time_at_each_edition_is_her_best_of_each_year() -> None:
    parsed = read("Michael Wardian's best time at the Hartford Marathon each year")
    assert parsed.personal_best and "year" in parsed.group_by
    assert "YEAR(e.event_date)" in build(parsed, TODAY).sql.split("GROUP BY")[1]


def test_no_shows_left_out_and_started_said_of_people_are_starts() -> None:
    # ("not counting no-shows", "any status except no-shows": the starters — it read every status, or finishers)
    for asked in ("how many people have run both the Hartford Marathon and the Mystic Jingle Bell Run (not counting no-shows)?",
                  "How many runners did both the Hartford Marathon and the Mystic Jingle Bell Run (any status except no-shows)?"):
        parsed = read(asked)
        assert (parsed.status, parsed.cohort.kind, parsed.cohort.entries, parsed.unused) == ("STARTED", "both", False, ()), asked
    # ("how many Hartford residents started", "ran (started)": starts, never every entry)
    for asked in ("how many Hartford residents started the 2024 Hartford Marathon?",
                  "how many Hartford residents ran (started) the 2024 Hartford Marathon?"):
        assert read(asked).status == "STARTED", asked


def test_finishes_by_runners_are_results_and_the_youngest_kid_is_the_youngest_finisher() -> None:
    finishes = read("how many finishes by runners aged 70 or older have we had?")
    assert (finishes.distinct_people, finishes.status, finishes.age.low) == (False, "FIN", 70)
    youngest = read("who's the youngest kid ever to finish the Mystic Jingle Bell Run?")
    assert (youngest.metric.kind, youngest.unused) == ("youngest", ())


def test_the_race_said_with_the_others_said_left_out_and_who_asks_before_what_is_wanted() -> None:
    race = read("Hartford Marathon (just the marathon race, not the shorter ones): how many finishers in 2025 vs 2024?")
    assert ([d.label for d in race.distances], race.years, race.unused) == (["Marathon"], (2024, 2025), ())
    asked = read("Our sponsor for the Mystic Jingle Bell Run wants to know the % of finishers who were women")
    assert (asked.events, asked.metric.kind, asked.unused) == (("Mystic Jingle Bell Run",), "share", ())


def test_top_runner_hometowns_rank_the_towns() -> None:
    parsed = read("What are our top 5 runner hometowns? city and number of different runners")
    assert (parsed.ranking.dimension, parsed.ranking.limit, parsed.distinct_people) == ("city", 5, True)


def test_a_town_in_the_name_of_who_asks_is_no_filter() -> None:
    # ("a story for the Orlando Sentinel", "The Houston Chronicle sports desk here", "We're a Hartford running store": it
    # kept the events held in that town — 0 or no row, at 1.0)
    for asked in ("I'm writing a story for the Mystic Sentinel. How many finished the 2024 Hartford Marathon?",
                  "The Stamford Chronicle sports desk here. How many finished the 2024 Hartford Marathon?",
                  "We're a Providence running store. How many finished the 2024 Hartford Marathon?"):
        parsed = read(asked)
        assert (parsed.events, parsed.event_city, parsed.unused) == (("Hartford Marathon",), None, ()), asked


def test_winners_asked_of_what_is_not_given_yet_are_said_back() -> None:
    # (later wins; the overall winners beside the women's: each was dropped at 1.0)
    assert "won it since" in read("Who won the 2024 Hartford Marathon, and has that person won it since?").unused
    assert "overall and female" in read("List every overall and female winner of the Hartford Marathon by year").unused


def test_participation_at_each_event_counts_its_entries() -> None:
    parsed = read("For our sponsorship deck: how has participation at each of our events grown year over year?")
    assert (parsed.subject, parsed.group_by) == ("results", ("event", "year"))


def test_break_75_asker_towns_a_town_of_two_states_and_winners() -> None:
    # a town read as where the named event is held, which it is not: who asks ("Boise Weekly: …"), no filter
    weekly = read("Stamford Weekly: how many finished the 2024 Hartford Marathon?")
    assert (weekly.events, weekly.event_city, weekly.unused) == (("Hartford Marathon",), None, ())
    # the town said of runners, the clause between, then two states
    town = read("How many Hartford runners finished the 2024 Mystic Jingle Bell Run — Connecticut vs Maine?")
    assert [(g.runner_city, g.runner_state) for g in town.compared] == [("Hartford", "CT"), ("Hartford", "ME")]
    # "did the 2024 X winner ever win it before": the winner said with her event between
    before = read("Did the 2024 Hartford Marathon winner ever win it before?")
    assert (before.winners, before.wins_before, before.unused) == (True, True, ())
    # every winner with each one's number of wins is not built: said back (it gave one count of wins at 1.0)
    assert read("How many times has each winner of the Hartford Marathon won it?").unused


def test_fifty_second_session_kinds() -> None:
    # "each race we timed": each race of each event (every event's 5K was pooled as one race)
    assert read("finishers in each race we timed in 2024").group_by == ("event_race",)
    assert read("finishers by race at the 2024 Hartford Marathon").group_by == ("race",)
    # "her first race with you": the earliest of her results ("with you" as "with us")
    assert read("Michael Wardian ran his first race with you years back. Which one was it?").edition == "first"
    # a runner's list read as a timeline is oldest first, and so in the SQL of a pace list too
    paced = read("Michael Wardian's pace per mile in each of his Hartford Marathons?")
    assert paced.oldest_first and "ORDER BY e.event_date ASC," in build(paced, TODAY).sql
    # "his best and worst times, and which years": the years are not given with the two times, said back
    assert "which years" in read("Michael Wardian's best and worst marathon times, and which years?").unused
    # "X is back for Y", "X's entered in Y again": a runner entered, told before the question
    back = read("Michael Wardian is back for the Hartford Marathon. How many times has he finished it?")
    assert back.unused == () and back.person == Person("Michael", "Wardian")
    again = read("Michael Wardian's entered in the Napa Half Marathon again. What was his best time there?")
    assert again.unused == ()
    # a tie told in other words is what is asked, never context set aside ("who was it" gave his own results at 1.0)
    tie = read("Michael Wardian again - I heard I had the exact same chip time as another runner at the Napa Half Marathon "
               "in 2024. Who was it?")
    assert tie.unused or tie.notes
    # "… but couldn't make it": she did not run it, a story told before a question of her whole history
    missed = read("I'm Michael Wardian. I entered the Napa Half Marathon in 2024 but wasn't able to make it. How many races "
                  "have I finished?")
    assert (missed.events, missed.years, missed.unused) == ((), (), ())
