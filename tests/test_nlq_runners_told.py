"""Runners told of in a family's words (nlq.asker) and several named runners measured against each other
(nlq.runner_pairs): the rewrites as pure functions, then each reading parsed and compiled (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from nlq.asker import (field_after_story, question_after_story, read_runners_told, read_story_of_one, relative_unnamed,
                       said_with_surname, signed_up_front, surname_candidates)
from nlq.parser import parse
from nlq.runner_pairs import find_pair
from nlq.sqlbuild import build
from nlq.vocabulary import Person, Vocabulary, person_candidates

TODAY = date(2026, 11, 30)
PEOPLE = (Person("Grace", "Okafor"), Person("Tom", "Okafor"), Person("Ines", "Okafor"))
VOCABULARY = Vocabulary(company="River Timing", events=("Elm Creek Half Marathon", "Elm Creek Turkey Trot"),
                        cities=("Elm Creek",), people=PEOPLE)


@pytest.mark.parametrize("asked, said", [
    # the asker named in brackets, her relative by relation: "I", "our times", "he" said by name
    ("My brother Tom Okafor and I (Grace Okafor) both ran the Elm Creek half in 2024. How far apart were our times?",
     "Tom Okafor and Grace Okafor both ran the Elm Creek half in 2024. How far apart were the times of Grace Okafor and "
     "Tom Okafor?"),
    # introduced first; a relative's first name alone shares her surname; "did I beat him"
    ("Hi, I'm Grace Okafor. My little brother Tom and I ran the 2023 Elm Creek Turkey Trot. By how much did I beat him?",
     "Tom Okafor and Grace Okafor ran the 2023 Elm Creek Turkey Trot. By how much did Grace Okafor beat Tom Okafor?"),
    # introduced last, in brackets; "beating me", "our head-to-head", "we both"
    ("My sister Ines keeps beating me at Elm Creek. What's our head-to-head, in the years we both finished? (I'm Tom "
     "Okafor)", "Ines Okafor keeps beating Tom Okafor at Elm Creek. What's the head-to-head of Tom Okafor and Ines Okafor, "
                "in the years Tom Okafor and Ines Okafor both finished?"),
    # the asker named first with her town, or in brackets with it; "me vs my husband"; "our half times"
    ("Grace Okafor (Elm Creek). My husband Tom and I ran the Elm Creek half. For the years we both finished, who was "
     "faster?", "Tom Okafor and Grace Okafor ran the Elm Creek half. For the years Grace Okafor and Tom Okafor both "
                "finished, who was faster?"),
    ("My husband Tom and I (Grace Okafor, Elm Creek) ran the Elm Creek half. Our half times?",
     "Tom Okafor and Grace Okafor ran the Elm Creek half. the half times of Grace Okafor and Tom Okafor?"),
    ("Grace Okafor: me vs my husband Tom at the Elm Creek half - who has more finishes?",
     "Grace Okafor vs Tom Okafor at the Elm Creek half - who has more finishes?"),
    # the asker asking ("can I get", "give me") is never a runner
    ("Me (Tom Okafor) and my wife Grace Okafor ran it twice. Can I get both our times?",
     "Tom Okafor and Grace Okafor ran it twice. Can I get the times of Tom Okafor and Grace Okafor?"),
    # a runner and her relative, told in the third person: "he" and "her" by the sex the words give them
    ("Tom Okafor and his wife Grace both ran the Elm Creek Turkey Trot last year. How far ahead of her was he?",
     "Tom Okafor and Grace Okafor both ran the Elm Creek Turkey Trot last year. How far ahead of Grace Okafor was Tom "
     "Okafor?"),
    # a short first name said alone, and "faster" without its "than"
    ("grace okafor and her husband frederick did the elm creek half in 2022, how many seconds faster was fred",
     "grace okafor and frederick okafor did the elm creek half in 2022, how many seconds faster was frederick okafor than "
     "grace okafor"),
])
def test_runners_told_are_said_by_name(asked: str, said: str) -> None:
    assert read_runners_told(asked) == said


@pytest.mark.parametrize("asked, said", [
    # one runner a story is told of: her name in the question itself, the story kept as told
    ("My daughter Ines Okafor has run the Elm Creek Turkey Trot since she was six. Can you list her times there by year?",
     "Ines Okafor has run the Elm Creek Turkey Trot since she was six. Can you list Ines Okafor's times there by year?"),
    ("Grace Okafor says there's no time for her at the 2024 Elm Creek half. Was she a DNS or a DNF?",
     "Grace Okafor says there's no time for her at the 2024 Elm Creek half. Was Grace Okafor a DNS or a DNF?"),
    # her age told beside the question; a dash joins the question to the story
    ("my mom grace okafor ran elm creek a few times at 61 - what's her fastest half?",
     "grace okafor ran elm creek a few times - what's grace okafor's fastest half?"),
    # "why doesn't she have a time": her status, asked alone or before the question
    ("why doesn't grace okafor have a time for the 2024 elm creek half", "What was grace okafor's status for the 2024 elm "
                                                                         "creek half?"),
    ("Why doesn't Grace Okafor have a result for the 2024 Elm Creek half? What status is she under?",
     "Grace Okafor has no result for the 2024 Elm Creek half. What status is Grace Okafor under?"),
])
def test_a_story_of_one_runner_says_her_name_in_the_question(asked: str, said: str) -> None:
    assert read_story_of_one(asked) == said


def test_a_story_is_read_only_when_the_question_as_written_is_not_read_whole() -> None:
    # (a story may hold what the question counts on, "ran both A and B … at each": the question as written first)
    asked = "My mom Grace Okafor ran the 2024 Elm Creek Turkey Trot. What was her time?"
    written = parse(asked, VOCABULARY, TODAY)
    assert (written.question, written.person, written.unused) == (asked, Person("Grace", "Okafor"), ())
    told = parse("Grace Okafor thinks her times have slipped at the Elm Creek Turkey Trot. Can you list her times there "
                 "by year?", VOCABULARY, TODAY)
    assert (told.person, told.unused, told.notes) == (Person("Grace", "Okafor"), (), ())


@pytest.mark.parametrize("asked", [
    # nothing of her said again: the question asks of the race ("… dropped out … What was the DNF rate?")
    "My husband Tom Okafor dropped out of the 2024 Elm Creek half. What was its DNF rate?",
    # a word in lower case in a question that capitalises is no name ("her son pay")
    "how much did Grace Okafor and her son pay in entry fees?",
    # no relative, no asker
    "How many runners finished the 2024 Elm Creek half?",
])
def test_questions_of_no_runner_told_are_unchanged(asked: str) -> None:
    assert read_runners_told(asked) == asked


def test_first_names_sharing_a_surname_are_each_given_it_when_the_archive_holds_them() -> None:
    asked = "Grace, Tom and Ines Okafor all ran Elm Creek in 2021. What were their places?"
    assert {("Grace", "Okafor"), ("Tom", "Okafor"), ("Ines", "Okafor")} <= set(surname_candidates(asked))
    assert ("Tom", "Okafor") in person_candidates("Tom and Grace Okafor, Elm Creek half 2019: pace for each?")
    people = [(person.first_name, person.last_name) for person in PEOPLE]
    assert said_with_surname(asked, people).startswith("Grace Okafor, Tom Okafor and Ines Okafor all ran")
    # (a place or an event's name is never given a runner's surname)
    assert said_with_surname("Tacoma and Bend Turkey Trot finishers", people) == "Tacoma and Bend Turkey Trot finishers"


@pytest.mark.parametrize("text, kind", [
    ("a vs b at x — in the years they both finished it, how many times did each of them come out ahead?", "head_to_head"),
    ("what's our head-to-head there?", "head_to_head"),
    ("across every race, how many wins does each have?", "head_to_head"),
    ("how many races have a and b both finished? like same race", "both_finished"),
    ("in how many races did a and b both finish?", "both_finished"),
    ("how many places apart did they finish?", "places_apart"),
    ("how many places separated them?", "places_apart"),
    ("who was quicker and by how much", "faster_by"),
    ("who won and by how much? i remember it being close", "faster_by"),
    ("for each year they both finished, how far apart were they?", "faster_by"),
    ("who has run the tacoma half more times? and how many?", "most_finishes"),
    ("which of them has finished fewer races?", "fewest_finishes"),
])
def test_pairs_are_read(text: str, kind: str) -> None:
    assert find_pair(text).value == kind


def test_no_pair_is_read_of_one_runner_or_of_a_plain_comparison() -> None:
    assert find_pair("how far apart were their times?") is None   # (one race: their times' difference, unsigned)
    parsed = parse("Who was faster at the 2024 Elm Creek Turkey Trot and by how much, Grace Okafor?", VOCABULARY, TODAY)
    assert not parsed.pair   # (one runner named: no one to measure her against)


@pytest.mark.parametrize("question, kind, shown", [
    ("Grace Okafor vs Tom Okafor at the Elm Creek Half Marathon: head to head in the years both finished?",
     "head_to_head", ("wins", "races_together")),
    ("How many races have Grace Okafor and Tom Okafor both finished?", "both_finished", ("races",)),
    ("Grace Okafor and Tom Okafor, 2020 Elm Creek half: how many places apart were they?", "places_apart",
     ("places_apart",)),
    ("Grace and Tom Okafor at the 2020 Elm Creek Turkey Trot - who was faster and by how much?", "faster_by",
     ("faster_first_name", "seconds_apart")),
    ("Grace Okafor or Tom Okafor, who has finished the Elm Creek Turkey Trot more times?", "most_finishes", ("finishes",)),
    # (each one's time in a column of her own, in the races both finished; who was faster there, with both times)
    ("For each year Grace Okafor and Tom Okafor both finished the Elm Creek half, what were the times?", "shared_times",
     ("grace_okafor_s", "tom_okafor_s")),
    ("For the years Grace Okafor and Tom Okafor both finished the Elm Creek half, who was faster?", "faster_by",
     ("grace_okafor_s", "tom_okafor_s", "faster_first_name")),
    ("Grace Okafor vs Tom Okafor: who has more finishes at the Elm Creek Turkey Trot? Give both counts.", "each_finishes",
     ("finishes",)),
])
def test_pairs_are_compiled_over_their_finishes(question: str, kind: str, shown: tuple[str, ...]) -> None:
    parsed = parse(question, VOCABULARY, TODAY)
    assert (parsed.pair, parsed.person, parsed.more_people, parsed.unused, parsed.notes) == (
        kind, Person("Grace", "Okafor"), (Person("Tom", "Okafor"),), (), ()), parsed
    sql = build(parsed, TODAY).sql
    assert "r.status = 'FIN'" in sql and all(column in sql for column in shown), sql


def test_two_runners_times_apart_are_unsigned_and_of_the_race_a_name_says() -> None:
    apart = parse("Grace Okafor and Tom Okafor both ran the 2024 Elm Creek Half Marathon. How far apart were their "
                  "times?", VOCABULARY, TODAY)
    assert (apart.apart, apart.cohort, [d.label for d in apart.distances], apart.unused) == (True, None, ["Half Marathon"], ())
    assert "ABS(" in build(apart, TODAY).sql
    # "how far ahead of B was A": B's time minus A's, whoever is named twice
    ahead = parse("Tom Okafor and Grace Okafor ran the 2024 Elm Creek half. How far ahead of Grace Okafor was Tom Okafor?",
                  VOCABULARY, TODAY)
    assert ahead.difference == ("Grace", "Tom") and not ahead.apart


def test_runners_told_are_looked_up_and_their_years_compared() -> None:
    # the asker and her relative in lower case are names to look up ("my dad jeremy … (i'm michael boone)")
    assert {("tom", "okafor"), ("grace", "okafor")} <= set(person_candidates(
        "my dad tom beat me again at the elm creek turkey trot in 2020 (i'm grace okafor). by how much?"))
    assert read_runners_told("my dad tom beat me again at elm creek in 2020 (i'm grace okafor). by how much?") == \
        "tom okafor beat grace okafor at elm creek in 2020 by how much?"
    # "each of their times", "in both 2017 and 2022 … between those two years": each one's change
    change = parse("Grace and Tom Okafor ran the Elm Creek Half Marathon in both 2017 and 2022. How much did each of "
                   "their times change between those two years?", VOCABULARY, TODAY)
    assert (change.change_years, change.cohort, change.group_by, change.unused, change.notes) == (
        (2017, 2022), None, ("runner",), (), ())
    # each named runner keeps a row, empty in a year he has no finish in (Tom a DNS in 2022 is not left out)
    assert "FULL JOIN" in build(change, TODAY).sql
    told = read_runners_told("Grace Okafor first ran Elm Creek with her son Tom as a kid. How did each of their times "
                             "change from 2015 to 2023?")
    assert told.endswith("How did the times of Grace Okafor and Tom Okafor change from 2015 to 2023?")


def test_a_claim_told_before_the_question_and_an_event_said_short_after_a_name_are_read() -> None:
    # what a runner claims is what the question checks, never a filter of it ("last year" was the PR's, not the question's)
    claim = parse("Tom Okafor thinks he set a PR at Elm Creek last year. What's his fastest Elm Creek Half Marathon, and "
                  "which year?", VOCABULARY, TODAY)
    assert (claim.person, claim.personal_best, claim.dates, claim.unused) == (Person("Tom", "Okafor"), True, None, ())
    # a question pointing back at the claim's race ("his fastest time there") keeps the story: never every race of his
    there = parse("Tom Okafor thinks he set a PR at the Elm Creek Turkey Trot last year. What's his fastest time there?",
                  VOCABULARY, TODAY)
    assert there.events == ("Elm Creek Turkey Trot",)
    # a vague count claimed, then asked exactly
    vague = parse("Tom Okafor swears he has finished the Elm Creek Turkey Trot a bunch of times. How many times exactly?",
                  VOCABULARY, TODAY)
    assert (vague.intent, vague.person, vague.events, vague.unused) == (
        "count", Person("Tom", "Okafor"), ("Elm Creek Turkey Trot",), ())
    # which of the three ways to have no finish: her results whatever their status, every word read
    status = parse("Was Grace Okafor a no-show, a DNF or a DQ at the 2024 Elm Creek Turkey Trot?", VOCABULARY, TODAY)
    assert (status.status, status.person, status.unused) == (None, Person("Grace", "Okafor"), ())
    # a runner's name said just before an event named with a word skipped ("elm creek solstice 10k")
    events = Vocabulary(company="River Timing", events=("Elm Creek Half Marathon", "Elm Creek Summer Solstice 10K",
                                                        "Oak Hill Summer Solstice 10K"), cities=("Elm Creek", "Oak Hill"),
                        people=PEOPLE)
    short = parse("grace okafor elm creek solstice 10k 2024 - what pace per mile was that", events, TODAY)
    assert (short.events, short.person, short.unused) == (("Elm Creek Summer Solstice 10K",), Person("Grace", "Okafor"), ())


@pytest.mark.parametrize("asked, story, question", [
    ("Kaitlyn Roman was registered for the Ithaca Shamrock 5K in March 2025 but didn't show. Was that common? What share "
     "of that year's entries were no-shows (DNS)?", "Kaitlyn Roman was registered for the Ithaca Shamrock 5K in March 2025 "
     "but didn't show. Was that common?", "What share of that year's entries were no-shows (DNS)?"),
    ("My husband Daniel Bailey dropped out of the San Jose Mother's Day 5K in 2024 and feels terrible. What was the "
     "overall DNF rate at that race?", "My husband Daniel Bailey dropped out of the San Jose Mother's Day 5K in 2024 and "
     "feels terrible.", "What was the overall DNF rate at that race?"),
    ("Kelly Le didn't show at the Elm Creek Turkey Trot in 2024. How many no-shows were there in total?",
     "Kelly Le didn't show at the Elm Creek Turkey Trot in 2024.", "How many no-shows were there in total?"),
])
def test_a_question_of_the_field_after_a_story_of_one_runner_is_set_apart(asked: str, story: str, question: str) -> None:
    assert field_after_story(asked) == (story, question)


@pytest.mark.parametrize("asked", [
    "Tom Okafor swears he has finished the Elm Creek Turkey Trot a bunch of times. How many times exactly?",  # of him
    "Grace Okafor ran the Elm Creek half in 2024. What share of the finishers did she beat?",                 # "she"
    "Grace Okafor ran the Elm Creek half in 2024. How many Okafors finished it?",                               # her name
    "How many finishers did the Elm Creek half have in 2024?",                                                 # no story
])
def test_a_question_of_her_or_with_no_story_is_not_set_apart(asked: str) -> None:
    assert field_after_story(asked) is None


def test_the_field_after_a_story_is_read_with_the_storys_event_and_year_and_no_runner() -> None:
    field = parse("My husband Tom Okafor dropped out of the Elm Creek Turkey Trot in 2024 and feels terrible. What was "
                  "the overall DNF rate at that race?", VOCABULARY, TODAY)
    assert (field.person, field.events, field.dates.words, field.metric.kind, field.unused) == (
        None, ("Elm Creek Turkey Trot",), "2024", "rate", ())


@pytest.mark.parametrize("asked, years", [
    ("Tom Okafor ran the Elm Creek Half Marathon in 2017 and 2023. which year was he quicker?", (2017, 2023)),
    ("Tom Okafor ran the Elm Creek Half Marathon in 2017 and again in 2023. which year was he quicker?", (2017, 2023)),
    ("Grace Okafor ran both the Elm Creek half and the Elm Creek Turkey Trot in 2024. Which one was she faster at?", (2024,)),
])
def test_which_of_her_results_was_the_faster_is_her_fastest_of_those_asked(asked: str, years: tuple[int, ...]) -> None:
    parsed = parse(asked, VOCABULARY, TODAY)
    assert (parsed.intent, parsed.limit, parsed.years, parsed.unused) == ("top", 1, years, ()), parsed
    assert parsed.dates is None if len(years) > 1 else parsed.dates.words == "2024"
    # of several events by pace (their races may differ in distance), of one event's years by time
    assert (parsed.metric.kind, parsed.metric.aggregate) == ("pace", "min") if len(parsed.events) > 1 else (
        parsed.metric is None)


def test_her_second_year_said_with_again_is_kept_not_lost_with_a_cohort_of_one() -> None:
    parsed = parse("Tom Okafor ran the Elm Creek Half Marathon in 2017 and again in 2023. What were his times?",
                   VOCABULARY, TODAY)
    assert (parsed.intent, parsed.years, parsed.cohort, parsed.unused) == ("list", (2017, 2023), None, ())


def test_a_story_whose_words_are_all_its_own_leaves_the_question_read_alone_unless_it_points_back() -> None:
    alone = parse("Grace Okafor is a legend in the masters ranks around here. How many times has she won her age group?",
                  VOCABULARY, TODAY)
    assert (alone.person, alone.place, alone.place_in_age_group, alone.winners, alone.unused) == (
        Person("Grace", "Okafor"), 1, True, False, ())
    # "his times there": the story holds where, so it is never dropped (declined, not all his times)
    back = parse("Tom Okafor from Oak Hill has done Elm Crek every year since 2021. Can you list his times there by year?",
                 VOCABULARY, TODAY)
    assert back.unused
    assert question_after_story("Tom Okafor has done it for years. Can you list his times there?") is None


def test_a_timing_crews_words_for_the_results_file_are_read() -> None:
    counted = parse("results QA for the 2023 Elm Creek Half Marathon file: how many bibs are marked DQ?", VOCABULARY, TODAY)
    assert (counted.intent, counted.status, counted.unused) == ("count", "DQ", ())
    podium = parse("verifying before posting: who is sitting 1-2-3 overall at the 2023 Elm Creek Turkey Trot?", VOCABULARY,
                   TODAY)
    assert (podium.intent, podium.limit, podium.unused) == ("top", 3, ())


def test_a_tie_told_before_the_question_is_never_set_aside_as_talk() -> None:
    tied = parse("2023 Elm Creek Turkey Trot — I think two kids tied on chip time. Which bibs, and what was the time?",
                 VOCABULARY, TODAY)
    assert "tied" in tied.unused   # declined saying so, never every finisher's bib


@pytest.mark.parametrize("asked", [
    # a sentence naming her, then her age-group wins said with "she … her": each one (it looked for overall wins)
    "Grace Okafor is up for our club's 'age group hero' award. Every time she won her age group — which event and year?",
    # her age told in her story: no age filter ("when she was 8" was kept as age 8)
    "Grace Okafor started racing with us when she was 8. List her times at the Elm Creek Turkey Trot.",
])
def test_a_runner_told_of_first_keeps_what_is_asked_of_her(asked: str) -> None:
    parsed = parse(asked, VOCABULARY, TODAY)
    assert parsed.person == Person("Grace", "Okafor") and not parsed.unused and parsed.age is None
    # (her age-group wins: the first place of her age group, or the winners of each age group among her results)
    assert ("won" not in asked) or (parsed.place, parsed.place_in_age_group) == (1, True) or parsed.winners_by == "age_group"


def test_a_name_opening_a_question_is_an_asker_only_beside_her_relative() -> None:
    # ("Tacoma Half: my wife …" would be a runner "Tacoma Half": an opening name is read as the asker's only then)
    assert read_runners_told("Elm Creek: how many finishers in 2024?") == "Elm Creek: how many finishers in 2024?"
    assert read_runners_told("Grace Okafor. How many races have I finished?") == "Grace Okafor. How many races have I finished?"


def test_why_it_is_asked_is_no_filter() -> None:
    parsed = parse("Grace Okafor and Tom Okafor keep arguing about this: how many races has each of them finished?",
                   VOCABULARY, TODAY)
    assert parsed.group_by == ("runner",) and not parsed.unused


@pytest.mark.parametrize("asked, relative", [
    # the relative is one of the runners asked of, and never named: who she is cannot be told
    ("I'm Tom Okafor. Did my wife beat me at the 2024 Elm Creek half?", "my wife"),
    ("Tom Okafor: how many finishes do my wife and I have?", "my wife"),
    ("What was my daughter's time at the Elm Creek Turkey Trot?", "my daughter"),
    ("I (Grace Okafor) and my husband both ran the Elm Creek half. Who was faster?", "my husband"),
    ("was my son faster than me in 2024 (I am Grace Okafor)", "my son"),
    # a relative only told of, or named
    ("Tom Okafor here. My wife and I ran the Elm Creek half in 2018, what was my time?", None),
    ("My wife and I love the Elm Creek half. How many finishers did it have in 2024?", None),
    ("Tom Okafor: in how many races did my wife Grace beat me?", None),
    ("my wife, Grace Okafor, and I - who has more finishes?", None),
])
def test_a_relative_asked_of_without_her_name_is_said_back(asked: str, relative: str | None) -> None:
    assert relative_unnamed(asked) == relative


def test_a_question_of_an_unnamed_relative_is_declined_with_why() -> None:
    parsed = parse("I'm Tom Okafor. Did my wife beat me at the 2024 Elm Creek Half Marathon?", VOCABULARY, TODAY)
    assert "my wife" in parsed.unused and any("say the name" in note for note in parsed.notes)


def test_the_races_both_finished_keep_a_measure_of_each_to_those_races() -> None:
    parsed = parse("In the races Grace Okafor and Tom Okafor both finished, what was each one's average time?", VOCABULARY, TODAY)
    assert (parsed.shared_races, parsed.measure, parsed.pair, parsed.unused) == (True, "average", "", ())
    sql = build(parsed, TODAY).sql
    # (the races finished by every runner named, by name: a namesake is no second runner)
    assert "HAVING COUNT(DISTINCT (p2.first_name, p2.last_name)) = 2" in sql, sql
    # "their times side by side" over those races is the pair's own reading; "their average times" is not
    assert parse("For the years Grace Okafor and Tom Okafor both finished, what were their times?", VOCABULARY,
                 TODAY).pair == "shared_times"
    assert parse("Only counting races Grace Okafor and Tom Okafor both finished, what were their average times?",
                 VOCABULARY, TODAY).pair == ""


@pytest.mark.parametrize("asked", [
    "In how many races did Grace Okafor beat Tom Okafor?",
    "In how many races did Grace Okafor finish ahead of Tom Okafor?",
    "How many of those races did Grace Okafor come in ahead of Tom Okafor?",
])
def test_in_how_many_races_one_beat_the_other_is_counted(asked: str) -> None:
    parsed = parse(asked, VOCABULARY, TODAY)
    assert (parsed.pair, parsed.person, parsed.unused) == ("beat_count", Person("Grace", "Okafor"), ())


def test_two_runners_combined_count_is_one_total() -> None:
    combined = parse("How many finishes do Grace Okafor and Tom Okafor have combined?", VOCABULARY, TODAY)
    assert (combined.group_by, combined.unused) == ((), ())
    assert parse("How many finishes do Grace Okafor and Tom Okafor have?", VOCABULARY, TODAY).group_by == ("runner",)


def test_in_which_years_one_was_faster_are_the_races_she_was_faster_in() -> None:
    parsed = parse("My son Tom Okafor and I (Grace Okafor) ran the Elm Creek Turkey Trot together. In which years was he faster "
                   "than me?", VOCABULARY, TODAY)
    assert (parsed.pair, parsed.unused) == ("faster_in", ())


def test_break_75_two_runners_together_and_the_races_one_won() -> None:
    # "between the two of them", "in total": one total (each one's count was given; "the two of them" was read as "each")
    for asked in ("How many races did Grace Okafor and Tom Okafor finish between the two of them?",
                  "How many races did Grace Okafor and Tom Okafor finish in total?"):
        assert parse(asked, VOCABULARY, TODAY).group_by == (), asked
    assert parse("How many races have Grace Okafor and Tom Okafor each finished in total?", VOCABULARY, TODAY).group_by == ("runner",)
    # "in which years was X faster than Y": the races X was the fastest in (every shared race was listed)
    years = parse("In which years was Tom Okafor faster than Grace Okafor at the Elm Creek Turkey Trot?", VOCABULARY, TODAY)
    assert (years.pair, years.person) == ("faster_in", Person("Tom", "Okafor"))
    assert "HAVING ARG_MIN(first_name, time_s) = 'Tom'" in build(years, TODAY).sql
    # "who beat whom how many times": each one's wins
    assert parse("Grace Okafor vs Tom Okafor: who beat whom how many times?", VOCABULARY, TODAY).pair == "head_to_head"
    # "over the races both he and X finished": those races alone
    both = parse("What's Tom Okafor's average time over the races both he and Grace Okafor finished?", VOCABULARY, TODAY)
    assert (both.shared_races, both.unused) == (True, ())


KNOWN = [("Grace", "Okafor"), ("Tom", "Okafor")]


@pytest.mark.parametrize("asked, said", [
    # signed at the end: in brackets with a town, after a dash, after the question mark; lower case given capitals
    ("did i run the elm creek half faster in 2024 or 2025? (grace okafor, elm creek)",
     "I'm Grace Okafor from elm creek. did i run the elm creek half faster in 2024 or 2025?"),
    ("What's my best Turkey Trot time - Tom Okafor", "I'm Tom Okafor. What's my best Turkey Trot time"),
    ("how many times have i finished the half? grace okafor", "I'm Grace Okafor. how many times have i finished the half?"),
    # named first without "I'm": with "again", a town in brackets and "here", "from" a town
    ("Tom Okafor again. What was my place last year?", "I'm Tom Okafor. What was my place last year?"),
    ("Grace Okafor (Elm Creek) here. Which of my races was the fastest?",
     "I'm Grace Okafor from Elm Creek. Which of my races was the fastest?"),
    ("Tom Okafor from Elm Creek. How did I do in 2023?", "I'm Tom Okafor from Elm Creek. How did I do in 2023?"),
])
def test_an_asker_who_signs_is_said_up_front(asked: str, said: str) -> None:
    assert signed_up_front(asked, KNOWN) == said


@pytest.mark.parametrize("asked", [
    "What was my time at the Turkey Trot (Elm Creek Half)?",          # (no runner the archive holds)
    "Who won the half in 2024? (Grace Okafor asked)",                 # (no first person said)
    "How many finished the half in 2024 - Tom Okafor",                # (no question said before the name: "- X" may be part)
    "Tom Okafor from Elm Creek. How many of our races has he won?",   # ("our races": the company's, no asker)
])
def test_a_signature_the_archive_does_not_hold_or_that_asks_nothing_of_the_asker_is_left(asked: str) -> None:
    assert signed_up_front(asked, KNOWN) == asked


def test_an_asker_from_a_town_keeps_it_for_her_family() -> None:
    # ("I'm X from Town. My husband Y and I …": both runners of that town, her relative named by her surname)
    said = read_runners_told("I'm Grace Okafor from Elm Creek. My husband Tom and I both ran the half. Who was faster?")
    assert said.startswith("From Elm Creek.") and "Tom Okafor and Grace Okafor" in said
    # ("Tom lives with us in Elm Creek": where he lives, told apart from a namesake)
    assert "Tom Okafor is from Elm Creek" in read_runners_told(
        "Did my son Tom beat me at the 2024 Elm Creek half? I'm Grace Okafor, and Tom lives with us in Elm Creek.")


@pytest.mark.parametrize("asked, kind, ahead", [
    # each one's wins, said runner by runner
    ("Of the races Grace Okafor and Tom Okafor both finished, how many did Tom Okafor win, and how many did Grace Okafor "
     "win?", "head_to_head", None),
    # how many the one said was faster: "in how many was X faster", "how many did X win" of the races both finished
    ("How many races have Grace Okafor and Tom Okafor both finished, and in how many was Tom Okafor quicker?", "beat_count",
     "Tom"),
    ("In the races Grace Okafor and Tom Okafor both finished, how many did Grace Okafor win?", "beat_count", "Grace"),
    ("Has Tom Okafor always beaten Grace Okafor every time?", "beat_count", "Tom"),
    ("Has Grace Okafor ever been slower than Tom Okafor in a race they both finished?", "beat_count", "Tom"),
    # "has X ever beaten Y …? which ones": those races
    ("Has Tom Okafor ever outrun Grace Okafor at Elm Creek? If so, which races?", "faster_in", "Tom"),
    # "which of them has won it more times": each one's overall wins
    ("Grace Okafor and Tom Okafor are both signed up for the Elm Creek half. Who has won it more often?", "each_wins", None),
])
def test_this_sessions_pair_readings(asked: str, kind: str, ahead: str | None) -> None:
    parsed = parse(asked, VOCABULARY, TODAY)
    assert (parsed.pair, parsed.unused) == (kind, ()), asked
    if ahead:
        assert parsed.person.first_name == ahead, asked


def test_each_ones_wins_keep_a_runner_with_none() -> None:
    sql = build(parse("Which of them has won the Elm Creek half the most, Grace Okafor or Tom Okafor? Give both win counts.",
                      VOCABULARY, TODAY), TODAY).sql
    assert "COUNT(*) FILTER(WHERE overall_place = 1) AS wins" in sql and "HAVING" not in sql


def test_break_76_kinds() -> None:
    # ", and in which races?" in the same sentence: those races (it gave the count alone)
    assert parse("Has Tom Okafor ever outrun Grace Okafor, and in which races?", VOCABULARY, TODAY).pair == "faster_in"
    # "in how many half marathons was X faster": the count of that distance's shared races (it gave their best times' gap)
    halves = parse("In how many half marathons was Grace Okafor faster than Tom Okafor?", VOCABULARY, TODAY)
    assert (halves.pair, halves.person, halves.unused) == ("beat_count", Person("Grace", "Okafor"), ())
    # "who won most of the races all three finished": each one's wins over those races (overall wins of each were given)
    assert parse("Grace Okafor, Tom Okafor and Ines Okafor: who has won the most of the races all three finished?",
                 VOCABULARY, TODAY).pair == "head_to_head"
    # "won the women's race more times, me or my sister": overall wins are what is counted, so the sex is said back
    sisters = parse("I'm Grace Okafor. Who has won the Elm Creek half women's race more times, me or my sister Ines?",
                    VOCABULARY, TODAY)
    assert sisters.pair == "each_wins" and "women's" in sisters.unused
    # a field's question signed by a runner: who asks, said up front, never her filter
    assert signed_up_front("How many finished the Elm Creek half in 2024? — Grace Okafor", KNOWN) == \
        "Grace Okafor here. How many finished the Elm Creek half in 2024?"
    assert signed_up_front("How many finished the half in 2024? Tom Okafor", KNOWN) == \
        "Tom Okafor here. How many finished the half in 2024?"
    assert signed_up_front("How many races has she finished? — Grace Okafor", KNOWN) == \
        "How many races has she finished? — Grace Okafor"
