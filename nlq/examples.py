"""Worked example questions: shown as clickable suggestions, offered when a question cannot be answered,
and given to the model as the closest precedents.

Templates are filled with the asking company's own names (its biggest event, its latest season, a runner
who raced often), so every suggestion it sees works on its own data and never mentions another company's.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from nlq.execute import run
from warehouse.archive import ArchiveMissing

TEMPLATES = (
    "How many runners finished the {event} under {hours} hours?",
    "Show me all participants in the {event} in {year}",
    "Find all male runners aged 35 in the {event}",
    "Analyze performance for the {event}",
    "Show me {person}'s {distance} PR",
    "How many people finished under 3 hours in marathons last year?",
    "Show our active events",
    "Top 10 women in the {event} in {year}",
    "Who won the {event} in {year}?",
    "How many finishers per year in the {event}?",
    "Compare men and women in the {event}",
    "Average {distance} finish time by age group",
    "Which runners ran the most races?",
    "What's the current timing data for session 1?",
)


def fill(event: str, year: int, person: str, distance: str, hours: int) -> list[str]:
    """The templates with one company's names in them."""
    return [t.format(event=event, year=year, person=person, distance=distance, hours=hours) for t in TEMPLATES]


def company_examples(partner_id: int, home: Path) -> list[str]:
    """The example questions for one company, built from its biggest event and its most regular runner; cached
    per archive version, as the vocabulary is (an export makes a new version)."""
    try:
        return list(_company_examples(partner_id, home, (home / "archive").resolve()))
    except ArchiveMissing:
        return [t for t in TEMPLATES if "{" not in t]


@lru_cache(maxsize=64)
def _company_examples(partner_id: int, home: Path, _version: Path) -> tuple[str, ...]:
    biggest = run("SELECT e.name, max(year(e.event_date)) AS last_year, count(*) AS runners, "
                  "arg_max(ra.name, ra.distance_km) AS distance "
                  "FROM results r JOIN events e ON e.event_id = r.event_id JOIN races ra ON ra.race_id = r.race_id "
                  "GROUP BY e.name ORDER BY runners DESC, e.name LIMIT 1", partner_id, home).rows
    regular = run("SELECT p.first_name || ' ' || p.last_name FROM results r "
                  "JOIN participants p ON p.participant_id = r.participant_id WHERE r.status = 'FIN' "
                  "GROUP BY p.participant_id, p.first_name, p.last_name ORDER BY count(*) DESC, 1 LIMIT 1",
                  partner_id, home).rows
    if not biggest:
        return tuple(t for t in TEMPLATES if "{" not in t)
    event, year, _, distance = biggest[0]
    hours = 3 if distance in ("Marathon", "50K") else 2 if distance == "Half Marathon" else 1
    distance_words = {"1 Mile": "mile", "Half Marathon": "half marathon"}.get(distance, distance.lower())
    return tuple(fill(event, year, regular[0][0] if regular else "Pat Smith", distance_words, hours))


def closest(question: str, examples: list[str], limit: int = 3) -> list[str]:
    """The examples most like ``question`` (word overlap, order ignored)."""
    return [match for match, _, _ in process.extract(question, examples, scorer=fuzz.token_set_ratio,
                                                      limit=limit)]
