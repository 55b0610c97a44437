"""Questions asked of the runners another question chooses (``nlq.among``): how they split, what the second part is
said as, and their answers on a real archive against hand-written SQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from nlq.among import among_asked, asked_of, with_events_said, with_next_year, with_runners_of, year_left_out
from nlq.execute import run
from nlq.parser import parse
from nlq.service import Context, ask
from nlq.spec import QuestionSpec, from_parsed, to_parsed
from nlq.sqlbuild import build
from nlq.vocabulary import Vocabulary, load_vocabulary

TODAY = date(2026, 11, 23)
VOCABULARY = Vocabulary(company="Bluegrass Timing", events=("Bowling Green Shamrock 5K", "Cincinnati Turkey Trot"),
                        cities=("Bowling Green", "Cincinnati"))


@pytest.mark.parametrize("question, runners, asked", [
    ("Of the people who finished all three of our 2022 events, how many came back and finished at least one of our races "
     "in 2023?", "how many people finished all three of our 2022 events",
     "how many runners finished at least one of our races in 2023"),
    ("2022 two-event finishers - how many of them finished at least one of our events in 2023?",
     "how many 2022 two-event finishers", "how many runners finished at least one of our events in 2023"),
    ("people who finished both Ithaca and Buffalo in 2021 -- how many were back to finish the Ithaca Shamrock 5K in 2022?",
     "how many people finished both Ithaca and Buffalo in 2021", "how many runners finished the Ithaca Shamrock 5K in 2022"),
    ("For the folks who finished all four of our 2025 events, what was their average pace in the Springfield marathon?",
     "how many folks finished all four of our 2025 events", "what was their average pace in the Springfield marathon"),
])
def test_the_runners_chosen_and_the_question_asked_of_them_are_said_apart(question: str, runners: str, asked: str) -> None:
    split = among_asked(question)[0]
    assert (split.runners, split.asked) == (runners, asked)


def test_a_question_asked_of_runners_after_them_is_split_before_its_verb() -> None:
    splits = among_asked("How many of the people who finished all three of our events in 2023 finished all three again in 2024?")
    assert (splits[0].runners, splits[0].asked, splits[0].back) == (
        "how many people finished all three of our events in 2023", "how many runners finished all three in 2024", True)


@pytest.mark.parametrize("question", [
    "How many finishers did the 2024 Bowling Green Shamrock 5K have?",
    "Cincinnati Turkey Trot 2024 - how many finishers?",   # (no runners said before the question: one question)
    "of the 2024 finishers, what percent were women?",     # (a share: read whole)
])
def test_a_question_of_no_other_runners_is_not_split(question: str) -> None:
    assert not [split for split in among_asked(question) if split.asked.startswith("how many runners")]


def test_the_second_part_comes_back_to_the_first_ones_events_and_year() -> None:
    both = parse("how many runners finished both the Bowling Green Shamrock 5K and the Cincinnati Turkey Trot in 2023",
                 VOCABULARY, TODAY)
    assert with_events_said("how many runners finished both in 2024", both) == \
        "how many runners finished both the Bowling Green Shamrock 5K and the Cincinnati Turkey Trot in 2024"
    assert with_next_year("how many runners finished the following year", both) == "how many runners finished in 2024"
    assert asked_of("how many of them came back in 2025?").back and not asked_of("how many of them were women?").back


def test_a_cohort_read_whole_with_a_year_left_out_is_seen() -> None:
    assert year_left_out(parse("Of the runners who finished two or more of our events in 2022, how many finished one of our "
                               "events in 2023?", VOCABULARY, TODAY))
    assert not year_left_out(parse("how many runners finished both of our events in 2022", VOCABULARY, TODAY))


@pytest.fixture(scope="module")
def lone_star(small_archive) -> Context:
    partner_id = dict((slug, pid) for pid, slug in small_archive.partners)["lone-star"]
    return Context(partner_id, "lone-star", small_archive.home, small_archive.database_url, None, TODAY)


def direct(sql: str, ctx: Context) -> int:
    return run(sql, ctx.partner_id, ctx.home).rows[0][0]


FINISHED_2021 = ("SELECT r2.participant_id FROM results r2 JOIN events e2 ON e2.event_id = r2.event_id "
                 "WHERE e2.name = 'Fort Worth Half Marathon' AND year(e2.event_date) = 2021 AND r2.status = 'FIN'")


def test_of_the_runners_of_one_year_how_many_finished_in_another(lone_star: Context) -> None:
    expected = direct("SELECT count(DISTINCT r.participant_id) FROM results r JOIN events e ON e.event_id = r.event_id "
                      f"WHERE e.name = 'Fort Worth Half Marathon' AND year(e.event_date) = 2023 AND r.status = 'FIN' "
                      f"AND r.participant_id IN ({FINISHED_2021})", lone_star)
    assert expected > 0
    reply = ask("Of everyone who finished the Fort Worth Half Marathon in 2021, how many finished it in 2023?", lone_star)
    assert reply.path == "parser" and reply.rows == [[expected]] and reply.confidence >= 0.9
    assert "only the runners chosen first" in reply.explanation
    # (asked after a first question, "of them" in another year: those runners themselves)
    both = ask("How many finished the Fort Worth Half Marathon in 2021, and how many of them came back in 2023?", lone_star)
    assert both.rows[0][-1] == expected


def test_of_the_runners_of_every_event_of_a_year_how_many_came_back_the_next(lone_star: Context) -> None:
    expected = direct("SELECT count(DISTINCT r.participant_id) FROM results r JOIN events e ON e.event_id = r.event_id "
                      "WHERE year(e.event_date) = 2022 AND r.status = 'FIN' AND r.participant_id IN ("
                      "SELECT r2.participant_id FROM results r2 JOIN events e2 ON e2.event_id = r2.event_id "
                      "WHERE year(e2.event_date) = 2021 AND r2.status = 'FIN' GROUP BY 1 HAVING count(DISTINCT e2.event_id) = "
                      "(SELECT count(*) FROM events WHERE year(event_date) = 2021))", lone_star)
    reply = ask("Among the runners who finished every event we held in 2021, how many finished at least one of our races "
                "the following year?", lone_star)
    assert reply.path == "parser" and reply.rows == [[expected]]


def test_a_question_asked_of_another_questions_runners_round_trips_through_the_spec(lone_star: Context) -> None:
    reply = ask("Of everyone who finished the Fort Worth Half Marathon in 2021, how many finished it in 2023?", lone_star)
    spec = QuestionSpec.model_validate_json(from_parsed(reply.read_as).model_dump_json())   # as JSON, as a model sends it
    assert spec.runners_of and spec.runners_of.events == ["Fort Worth Half Marathon"]
    again = to_parsed(spec, reply.question, load_vocabulary(lone_star.partner_id, lone_star.home))
    assert build(again, TODAY).sql == build(reply.read_as, TODAY).sql


def test_runners_are_chosen_only_by_a_plain_set_and_asked_only_what_a_set_answers() -> None:
    runners = parse("how many runners finished the Bowling Green Shamrock 5K in 2022", VOCABULARY, TODAY)
    asked = parse("how many runners finished the Bowling Green Shamrock 5K in 2023", VOCABULARY, TODAY)
    split = asked_of("how many of them finished it again in 2023?")
    assert with_runners_of(asked, runners, split).among is runners
    # (the year's earliest finish is one result, not runners; a winner is of a field, not of the runners chosen)
    assert with_runners_of(asked, replace(runners, first_to=True), split) is None
    assert with_runners_of(replace(asked, winners=True), runners, split) is None


def test_of_the_runners_of_every_event_of_a_year_how_many_never_came_back(lone_star: Context) -> None:
    # (read whole, "never came back the following year" was dropped for the every-event cohort at 1.0)
    expected = direct("SELECT count(*) FROM (SELECT r.participant_id FROM results r JOIN events e ON e.event_id = r.event_id "
                      "WHERE r.status = 'FIN' AND year(e.event_date) = 2021 GROUP BY 1 HAVING count(DISTINCT e.event_id) = "
                      "(SELECT count(*) FROM events WHERE year(event_date) = 2021)) AS c WHERE c.participant_id NOT IN ("
                      "SELECT r2.participant_id FROM results r2 JOIN events e2 ON e2.event_id = r2.event_id "
                      "WHERE r2.status = 'FIN' AND year(e2.event_date) = 2022)", lone_star)
    reply = ask("Of everyone who finished all of our events in 2021, how many never came back the following year?", lone_star)
    assert reply.path == "parser" and reply.rows == [[expected]] and "with none of these" in reply.explanation


def test_the_second_part_is_said_at_the_event_and_in_the_year_the_first_one_chose() -> None:
    # ("… how many were masters (40 or older on the day of the X)", "… going by the age group they had at X that year")
    split = among_asked("Of the runners who finished all three of our events in 2024, how many were masters (40 or older "
                        "on the day of the Bowling Green Shamrock 5K)?")[0]
    assert split.asked == "how many were masters (40 or older at the Bowling Green Shamrock 5K)"
    split = among_asked("the runners who finished both of our events in 2024: how many per age group, going by the age group "
                        "they had at the Cincinnati Turkey Trot that year?")[0]
    both = parse(split.runners, VOCABULARY, TODAY)
    assert with_next_year(split.asked, both) == "how many per age group at the Cincinnati Turkey Trot in 2024"
