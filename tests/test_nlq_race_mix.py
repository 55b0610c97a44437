"""The mix of an event's races said in a race director's words (nlq.race_mix): the rewrite as a pure function, then
each said way read and compiled as each race's count and its share of the races said (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from nlq.parser import parse
from nlq.race_mix import read_race_mix
from nlq.sqlbuild import build
from nlq.vocabulary import Vocabulary

TODAY = date(2026, 11, 23)
VOCABULARY = Vocabulary(company="Big River Race Management", events=("Napa Half Marathon", "Stamford Turkey Trot"),
                        cities=("Napa", "Stamford"), people=())


@pytest.mark.parametrize("asked, said", [
    ("Napa 2024: share of finishers in the half vs the 10K?", "Napa 2024: finishers in the half and the 10K, by race, as percentages"),
    ("what % of the runners did the 5K, the 10K and the mile",
     "runners in the 5K and the 10K and the mile, by race, as percentages"),
    ("half vs 10k, what share of finishers ran each?", "finishers in the half and the 10k, by race, as percentages"),
    ("how did finishers split between the half and the 5K? shares please",
     "finishers in the half and the 5K, by race, as percentages"),
    ("how many finishers were in the 5K and how many in the mile, and what share of the total was each?",
     "finishers in the 5K and the mile, by race, as percentages"),
    # one race's share, a race said for another reason, or no share asked: left as said
    ("what share of finishers ran the half?", "what share of finishers ran the half?"),
    ("how many finishers in the half and the 10K?", "how many finishers in the half and the 10K?"),
    ("what share of the half finishers were women vs men?", "what share of the half finishers were women vs men?"),
])
def test_a_race_mix_is_said_in_the_parsers_words(asked: str, said: str) -> None:
    assert read_race_mix(asked) == said


@pytest.mark.parametrize("question", [
    "Stamford Turkey Trot 2024 - what percent of finishers ran the 5K vs the 10K?",
    "2024 Stamford Turkey Trot: what share of the finishers did the 5K, the 10K and the mile?",
    "Stamford Turkey Trot 2024: 5K or 10K, what share of finishers chose each?",
    "For the 2024 Stamford Turkey Trot, how did the runners divide between the 5K and the 10K? percentages",
])
def test_each_race_is_counted_with_its_share_of_the_races_said(question: str) -> None:
    parsed = parse(question, VOCABULARY, TODAY)
    assert (parsed.group_by, parsed.group_shares, parsed.share_of, parsed.unused) == (("race",), True, None, ())
    assert {race.label for race in parsed.distances} >= {"5K", "10K"}
    sql = build(parsed, TODAY).sql
    assert sql.startswith("SELECT ra.name AS race, COUNT(*) AS ") and "100 * COUNT(*) / SUM(COUNT(*)) OVER () AS percent" in sql
