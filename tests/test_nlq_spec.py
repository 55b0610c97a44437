"""The semantic layer's spec: every question the parser reads says the same thing as a spec (round trip over
the whole development set, same SQL), and a spec naming what the company lacks is refused (pure but for the
archive the company's names come from)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from nlq.evaluation import each_template_asked_by, load_cases
from nlq.service import Context, understand
from nlq.spec import QuestionSpec, SpecError, from_parsed, to_parsed
from nlq.sqlbuild import Unanswerable, build
from nlq.vocabulary import load_vocabulary

DEV_SET = Path(__file__).parent / "nlq_eval.toml"


def test_every_development_question_round_trips_through_the_spec(small_archive) -> None:
    """Each development template, asked by one company (the companies taking turns): the spec's fields do not
    depend on whose names fill the template, and every company's names are parsed by the evaluation itself."""
    asked, today = load_cases(DEV_SET)
    cases = each_template_asked_by(asked)
    ids = {slug: pid for pid, slug in small_archive.partners}
    compiled = 0
    for case in cases:
        ctx = Context(ids[case.company], case.company, small_archive.home, None, None, today)
        parsed = understand(case.question, ctx)
        if parsed.intent is None:
            continue
        spec = QuestionSpec.model_validate_json(from_parsed(parsed).model_dump_json())  # as JSON, as a model sends it
        # (the runners the question names, as the service finds them: a share's part may name its own)
        named = (parsed.person, *parsed.more_people, parsed.share_of.person if parsed.share_of else None)
        vocabulary = load_vocabulary(ctx.partner_id, ctx.home).with_people(tuple(person for person in named if person))
        again = to_parsed(spec, case.question, vocabulary)
        try:
            expected = build(parsed, today).sql
        except Unanswerable:
            continue
        assert build(again, today).sql == expected, case.question
        compiled += 1
    assert compiled >= 0.95 * len(cases)


@pytest.fixture(scope="module")
def lone_star(small_archive):
    partner_id = dict((slug, pid) for pid, slug in small_archive.partners)["lone-star"]
    return load_vocabulary(partner_id, small_archive.home)


def test_names_the_company_lacks_are_refused_with_what_it_has(lone_star) -> None:
    with pytest.raises(SpecError, match="no event called 'Boston Marathon'.*Fort Worth Half Marathon"):
        to_parsed(QuestionSpec(answer="count", events=["Boston Marathon"]), "q", lone_star)
    with pytest.raises(SpecError, match="no city called 'Atlantis'"):
        to_parsed(QuestionSpec(answer="count", runner_city="Atlantis"), "q", lone_star)
    with pytest.raises(SpecError, match="no runner called"):
        to_parsed(QuestionSpec(answer="find", runner={"first_name": "Nobody", "last_name": "Atall"}), "q", lone_star)
    with pytest.raises(SpecError, match="empty"):
        to_parsed(QuestionSpec(answer="count", date_from=date(2025, 1, 1), date_until=date(2024, 1, 1)), "q", lone_star)


def test_an_event_name_is_taken_in_any_case_and_spelt_as_the_company_spells_it(lone_star) -> None:
    parsed = to_parsed(QuestionSpec(answer="count", events=["fort worth half marathon"]), "q", lone_star)
    assert parsed.events == ("Fort Worth Half Marathon",)


@pytest.mark.parametrize("hostile", [
    {"answer": "count", "events": ["x'); DROP TABLE results; --"]},
    {"answer": "count", "sql": "SELECT * FROM timing_partners"},
    {"answer": "count", "runner_state": "TX' OR '1'='1"},
    {"answer": "count", "age_group": "M40-44' OR 1=1"},
    {"answer": "delete"},
])
def test_a_spec_cannot_carry_sql_or_unknown_values(lone_star, hostile: dict) -> None:
    with pytest.raises((ValidationError, SpecError)):
        to_parsed(QuestionSpec.model_validate(hostile), "q", lone_star)


def test_a_comparison_of_two_years_needs_both_years(lone_star) -> None:
    # (the model may fill a cohort the parser never would: one year, or a later year not among those compared)
    for years, later in (([2021], 2021), ([2021, 2023], 2022), ([2021, 2021], 2021)):
        with pytest.raises(SpecError, match="cohort improved needs years_compared of two years"):
            to_parsed(QuestionSpec(answer="count", years_compared=years, cohort={"kind": "improved", "count": later}),
                      "q", lone_star)
    both = to_parsed(QuestionSpec(answer="count", years_compared=[2021, 2023], cohort={"kind": "improved", "count": 2023}),
                     "q", lone_star)
    assert (both.cohort.kind, both.cohort.count, both.years) == ("improved", 2023, (2021, 2023))
