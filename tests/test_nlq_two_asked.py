"""Two questions asked in one (nlq.two_asked): where a question splits, what each part carries of the other, and
where it never splits (pure: no archive). The answers side by side are checked on the archive by the evaluation's
development set ("two things asked at once" templates) and by tests/test_nlq_service.py."""

from __future__ import annotations

from datetime import date

import pytest

from nlq.parser import parse
from nlq.two_asked import TwoAsked, leans_on_words, of_those, said_with_answer, says_all_it_asks, shown_in, two_asked
from nlq.vocabulary import Person, Vocabulary

TODAY = date(2026, 11, 30)
VOCABULARY = Vocabulary(
    "X", ("Cincinnati Turkey Trot", "Napa Summer Solstice 10K", "Nashua Mother's Day 5K"), ("Cincinnati", "Napa", "Nashua"),
    people=(Person("James", "Glass"),), event_cities=("Cincinnati", "Napa", "Nashua"),
    held_at=(("Cincinnati Turkey Trot", "Cincinnati"), ("Napa Summer Solstice 10K", "Napa"),
             ("Nashua Mother's Day 5K", "Nashua")),
    editions=(("Cincinnati Turkey Trot", date(2024, 11, 28)), ("Napa Summer Solstice 10K", date(2023, 6, 24))))


@pytest.mark.parametrize("question, first, second", [
    # a label said first: the event and year carried to the second question
    ("Cincinnati Turkey Trot 2024: how many finishers, and how many no-shows?",
     "Cincinnati Turkey Trot 2024: how many finishers?", "how many no-shows at the Cincinnati Turkey Trot in 2024?"),
    # the winner and a count of the same edition
    ("who won the Napa Summer Solstice 10K in 2023 and how many finished it?",
     "who won the Napa Summer Solstice 10K in 2023?", "how many finished it at the Napa Summer Solstice 10K in 2023?"),
    # the runner the first names, said again where the second speaks of him
    ("How many times has James Glass finished the Nashua Mother's Day 5K, and what is his best time there?",
     "How many times has James Glass finished the Nashua Mother's Day 5K?",
     "what is his best time there at the Nashua Mother's Day 5K (James Glass)?"),
])
def test_two_questions_are_each_said_whole(question: str, first: str, second: str) -> None:
    asked = two_asked(question, VOCABULARY, TODAY)
    assert asked is not None and (asked.first, asked.second, asked.leans) == (first, second, "")


def test_the_same_asked_of_a_town_is_of_its_events() -> None:
    # ("… What about Providence?": its one event by name, or every event held there — never where runners live)
    towns = Vocabulary("X", ("Stamford Harvest 10K", "Providence Jingle Bell Run", "Providence Summer Solstice 10K"),
                       ("Stamford", "Providence"), event_cities=("Providence", "Stamford"),
                       held_at=(("Stamford Harvest 10K", "Stamford"), ("Providence Jingle Bell Run", "Providence"),
                                ("Providence Summer Solstice 10K", "Providence")))
    several = two_asked("How many finished the Stamford Harvest 10K in 2025? What about Providence?", towns, TODAY)
    one = two_asked("How many finished the Providence Jingle Bell Run in 2025? What about Stamford?", towns, TODAY)
    assert (several.second, several.apart) == ("How many finished the events held in Providence in 2025?", True)
    assert (one.second, one.apart) == ("How many finished the Stamford Harvest 10K in 2025?", True)
    assert parse(several.second, towns, TODAY).event_city == "Providence"


def test_a_runner_said_by_name_in_the_second_is_no_word_leaned_on() -> None:
    # ("… how much slower was he, and what place did he get in 2024?": the place had been dropped by the whole reading)
    asked = two_asked("How many times has James Glass finished the Nashua Mother's Day 5K, and what is his best time there?",
                      VOCABULARY, TODAY)
    assert asked.runner == "James Glass" and not leans_on_words(asked)
    assert leans_on_words(TwoAsked("how many women finished?", "what was their average time?"))


@pytest.mark.parametrize("question", [
    "how many finished the Cincinnati Turkey Trot in 2024?",                          # one question
    "finishers and what share were women at the Cincinnati Turkey Trot in 2024?",     # one question, no second start
    # the second points at a yes or no, or measures the first one's two values against each other
    "Did James Glass run the Nashua Mother's Day 5K in 2024, and what was his time?",
    "median age at the Cincinnati Turkey Trot in 2015 and in 2024, and how many years older the 2024 field was",
    # one verb for both: one question of two groups; the first's words left unsaid in the second
    "Cincinnati Turkey Trot 2024: how many men and how many women finished?",
    "Cincinnati Turkey Trot 2024: what percentage of men and what percentage of women broke 30 minutes in the 5K?",
    "how many runners finished the Cincinnati Turkey Trot in 2024 and how many in 2023?",
    # a bare "how many" of the first one's answer
    "Cincinnati Turkey Trot 2024 - any DQs? how many",
    # three things in a list: a row each, read whole
    "At the 2024 Cincinnati Turkey Trot, how many finished, how many dropped out and how many didn't start?",
    # the first keeps some runners (or events) the second may mean ("their", "they"), unsaid there
    "How many women finished the Cincinnati Turkey Trot in 2024, and what was their average time?",
    "How many of our events were in Ohio, and how many finishers did they have in total?",
])
def test_one_question_or_a_second_that_leans_on_the_first_is_not_split(question: str) -> None:
    assert two_asked(question, VOCABULARY, TODAY) is None


@pytest.mark.parametrize("question, leans, columns, row, second", [
    # the edition found: its year, beside the event
    ("When was the last Cincinnati Turkey Trot, and how many finished it?", "edition", ["event", "event_date"],
     ["Cincinnati Turkey Trot", date(2024, 11, 28)], "how many finished in 2024 at the Cincinnati Turkey Trot?"),
    ("Which year had the most finishers at the Cincinnati Turkey Trot, and who won that year?", "edition",
     ["year", "finishers"], [2024, 905], "who won in 2024 at the Cincinnati Turkey Trot?"),
    # the runner found: a sentence telling what the first asked, by name
    ("Who won the Napa Summer Solstice 10K in 2023? How many times has he run it?", "runner",
     ["first_name", "last_name", "chip_time_s"], ["Joshua", "Arnold", 2399.7],
     "Joshua Arnold won the Napa Summer Solstice 10K in 2023. How many times has he run it?"),
    # the event found: by name, with the first one's year
    ("Which event had the most finishers in 2024? Who won it?", "event", ["event", "finishers"],
     ["Cincinnati Turkey Trot", 905], "Who won the Cincinnati Turkey Trot in 2024?"),
    ("Which event had the most finishers in 2024? Who were its male and female winners?", "event", ["event", "finishers"],
     ["Cincinnati Turkey Trot", 905], "Who were the Cincinnati Turkey Trot's male and female winners in 2024?"),
])
def test_a_second_question_about_the_first_ones_answer_is_said_with_it(question: str, leans: str, columns: list[str],
                                                                       row: list, second: str) -> None:
    asked = two_asked(question, VOCABULARY, TODAY)
    assert asked.leans == leans
    assert said_with_answer(asked, columns, row, VOCABULARY, TODAY) == second


@pytest.mark.parametrize("question, shown, not_shown", [
    ("What's James Glass's fastest 5K ever, and which event and year was it?", ["event", "year"], ["chip_time_s"]),
    ("Who was the fastest woman ever at the Napa Summer Solstice 10K? What year was her best time?", ["event_date"],
     ["event", "chip_time_s"]),
    ("Who won the 2024 Cincinnati Turkey Trot 5K? Where is he from?", ["city"], ["year"]),
    # ("… the top three women …, and were any of them masters?": their ages show it; it kept masters as a filter)
    ("Who were the top 5 men at the 2023 Napa Summer Solstice 10K, and was any of them over 50?", ["age"], ["sex"]),
    ("the first three women at the 2024 Cincinnati Turkey Trot - and were any of them locals?", ["city"], ["age"]),
])
def test_a_second_question_asking_where_or_when_the_first_ones_answer_was_is_shown_by_its_row(
        question: str, shown: list[str], not_shown: list[str]) -> None:
    asked = two_asked(question, VOCABULARY, TODAY)
    assert asked.leans == "shown" and shown_in(asked, shown) and not shown_in(asked, not_shown)


def test_that_runner_asked_of_every_year_is_said_by_name_and_town_without_the_first_ones_year() -> None:
    asked = two_asked("Who won the Napa Summer Solstice 10K in 2023? How many times has that runner finished it?",
                      VOCABULARY, TODAY)
    said = said_with_answer(asked, ["first_name", "last_name", "city"], ["Joshua", "Arnold", "Sonoma"], VOCABULARY, TODAY)
    assert said.startswith("How many times has Joshua Arnold from Sonoma finished it") and "2023" not in said


def test_an_answer_that_does_not_say_the_edition_or_runner_leaves_the_second_unsaid() -> None:
    asked = two_asked("Who won the Napa Summer Solstice 10K in 2023? How many times has he run it?", VOCABULARY, TODAY)
    assert said_with_answer(asked, ["winners"], [1], VOCABULARY, TODAY) is None


def test_a_second_question_said_after_a_semicolon_or_asking_which_race_is_split() -> None:
    assert two_asked("How many finished the Cincinnati Turkey Trot in 2024; who won it?", VOCABULARY, TODAY) is not None
    asked = two_asked("What was the DNF rate at the Cincinnati Turkey Trot in 2024? Which race had the most DNFs?",
                      VOCABULARY, TODAY)
    assert asked is not None and asked.second.startswith("Which race had the most DNFs")


def test_a_second_question_with_its_own_edition_takes_no_year_and_an_it_with_nothing_to_carry_is_not_split() -> None:
    asked = two_asked("How many finishers in 2024, and who won the most recent race?", VOCABULARY, TODAY)
    assert asked is not None and "2024" not in asked.second
    assert two_asked("Who won the most recent race, and how many finishers did it have?", VOCABULARY, TODAY) is None


@pytest.mark.parametrize("question, second, kept", [
    # the first one's runners, narrowed: its status and age kept beside the second's own sex
    ("Cincinnati Turkey Trot 2024: how many masters finished, and how many of those were women?",
     "how many of those were women at the Cincinnati Turkey Trot in 2024?", {"sex": "F", "status": "FIN"}),
    # its home town kept for a ranking of them
    ("How many runners from Nashua ran the Nashua Mother's Day 5K in 2024? Which of them was fastest?",
     "Which of them was fastest at the Nashua Mother's Day 5K in 2024?", {"runner_city": "Nashua"}),
])
def test_a_second_question_asked_of_the_first_ones_runners_keeps_them(question: str, second: str,
                                                                      kept: dict[str, str]) -> None:
    asked = two_asked(question, VOCABULARY, TODAY)
    assert asked is not None and asked.leans == "those" and asked.second == second
    first, read = parse(asked.first, VOCABULARY, TODAY), parse(asked.second, VOCABULARY, TODAY)
    narrowed = of_those(read, first)
    assert {name: getattr(narrowed, name) for name in kept} == kept
    assert narrowed.age == first.age and narrowed.events == read.events


def test_a_second_question_of_them_keeps_its_own_filter_of_a_kind() -> None:
    first = parse("how many women finished the Cincinnati Turkey Trot in 2024?", VOCABULARY, TODAY)
    read = parse("how many of them were men at the Cincinnati Turkey Trot in 2024?", VOCABULARY, TODAY)
    assert of_those(read, first).sex == "M"


def test_that_runner_in_the_second_is_the_first_ones_answer_by_name() -> None:
    asked = two_asked("Who holds the Napa Summer Solstice 10K course record, and how many times has that runner finished it?",
                      VOCABULARY, TODAY)
    assert asked.leans == "runner"
    said = said_with_answer(asked, ["first_name", "last_name"], ["Joshua", "Arnold"], VOCABULARY, TODAY)
    assert said.startswith("how many times has Joshua Arnold finished it") and "Napa Summer Solstice 10K" in said


def test_a_second_count_with_its_noun_left_out_takes_the_first_ones() -> None:
    asked = two_asked("How many finishers did the Cincinnati Turkey Trot have in 2023, and how many did the 2024 edition have?",
                      VOCABULARY, TODAY)
    assert asked is not None and asked.second.startswith("how many finishers did the 2024 edition have")


@pytest.mark.parametrize("second, own", [
    ("what was the women's winning time at the Napa Summer Solstice 10K in 2023?", True),
    ("who holds it at the Napa Summer Solstice 10K?", False),     # (the first one's answer: "it")
    ("who?", False),
])
def test_a_second_question_says_all_it_asks_in_words_of_its_own(second: str, own: bool) -> None:
    assert says_all_it_asks(TwoAsked("who won the Napa Summer Solstice 10K in 2023?", second)) is own


def test_that_year_in_the_second_is_the_one_year_the_first_asks_of() -> None:
    asked = two_asked("James Glass ran the Nashua Mother's Day 5K in 2023 and 2024. How much faster was he in 2024, and "
                      "what was his overall place that year?", VOCABULARY, TODAY)
    assert asked is not None and "in 2024" in asked.second and "that year" not in asked.second


def test_a_second_count_asked_of_what_they_were_counts_the_first_ones_noun() -> None:
    asked = two_asked("Cincinnati Turkey Trot 2024: how many finishers in total, and how many were masters?", VOCABULARY, TODAY)
    assert asked is not None and asked.second.startswith("how many finishers were masters")
    # (never a status of its own: "… and how many were DNFs" counts the DNFs)
    asked = two_asked("Cincinnati Turkey Trot 2024: how many finishers, and how many were DNFs?", VOCABULARY, TODAY)
    assert asked is None or "finishers were" not in asked.second


def test_a_runners_whole_record_asked_second_is_of_every_year() -> None:
    asked = two_asked("James Glass ran the Nashua Mother's Day 5K in 2023. What was his chip time, and how many times has he "
                      "run it in total?", VOCABULARY, TODAY)
    assert asked is not None and "2023" not in asked.second and "James Glass" in asked.second


def test_a_year_that_is_the_first_ones_answer_is_said_in_the_second() -> None:
    # ("Which was our worst year for finishers, and what was the DNF rate that year?": the rate of the worst year, never
    # the years ranked by the rate)
    asked = two_asked("Which was our best year for finishers, and what was the DNF rate that year?", VOCABULARY, TODAY)
    assert asked.leans == "edition"


def test_the_first_ones_years_said_again_as_that_stretch() -> None:
    asked = two_asked("How many events did we time from 2021 to 2024, and how many finishers over that stretch?",
                      VOCABULARY, TODAY)
    assert asked.second == "how many finishers from 2021 to 2024?"


@pytest.mark.parametrize("question, shown", [
    # (break 58: "Top 3 women at X — were any of them masters?" kept masters as a filter, at 1.0)
    ("Top 5 men at the 2023 Napa Summer Solstice 10K — were any of them over 50?", ["age"]),
    ("first three finishers of the 2024 Cincinnati Turkey Trot - any women among them?", ["sex"]),
])
def test_a_check_of_the_first_ones_rows_after_a_dash_is_shown_by_them(question: str, shown: list[str]) -> None:
    asked = two_asked(question, VOCABULARY, TODAY)
    assert asked.leans == "shown" and shown_in(asked, shown)


def test_a_count_asked_of_the_runner_after_which_was_her_fastest_leans_on_no_words() -> None:
    asked = two_asked("Which was James Glass's fastest 5K, and how many 5Ks has he finished?", VOCABULARY, TODAY)
    assert asked.runner == "James Glass" and not leans_on_words(asked)


def test_the_first_asked_again_of_another_year() -> None:
    # ("… had how many finishers in 2023? And in 2024?": the year was unused)
    asked = two_asked("The Cincinnati Turkey Trot had how many finishers in 2023? And in 2024?", VOCABULARY, TODAY)
    assert asked is not None and asked.second == "The Cincinnati Turkey Trot had how many finishers in 2024?"
    assert two_asked("How many finished the Napa Summer Solstice 10K in 2023 and 2024?", VOCABULARY, TODAY) is None


def test_a_runners_count_of_every_race_carries_no_race_of_the_first() -> None:
    # ("What is her best 5K time, and how many races has she finished?": all her races, not her 5Ks)
    asked = two_asked("What is James Glass's best 5K time, and how many races has he finished?", VOCABULARY, TODAY)
    assert asked is not None and asked.second == "how many races has he finished (James Glass)?"


def test_a_second_count_said_with_a_preposition_is_of_the_first_ones_runner() -> None:
    # ("…, and at how many different events?": her events — it was read alone, or dropped; "different" counts, no comparison)
    asked = two_asked("How many races has James Glass finished, and at how many different events?", VOCABULARY, TODAY)
    assert asked is not None and (asked.first, asked.second) == (
        "How many races has James Glass finished?", "at how many different events (James Glass)?")
    assert parse(asked.second, VOCABULARY, TODAY).distinct_of == "event"
    assert parse("at how many separate event editions (James Glass)?", VOCABULARY, TODAY).distinct_of == "edition"
    # (of no runner, "…, and in how many different cities?" is where the events counted were: one question)
    assert two_asked("Last year how many events did we time, and in how many different cities?", VOCABULARY, TODAY) is None
