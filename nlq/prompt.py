"""What the model is told. First choice: fill the question spec (nlq.spec) — the company's own names, the
glossary's conventions and its closest worked examples as specs. Last resort: SQL over the schema, with the
rules the guard enforces anyway and the examples' SQL."""

from __future__ import annotations

import json
from collections.abc import Sequence

from nlq.schema import schema_text

GLOSSARY = """\
- A finisher has status 'FIN' (others: 'DNF', 'DNS', 'DQ'); chip_time_s and places exist only for finishers.
- A finish time is chip_time_s (seconds) unless gun time is asked for.
- Distances (distance_km): Marathon 42.195, Half Marathon 21.0975, 10K 10, 5K 5, 1 Mile 1.609, 50K 50;
  ultra = longer than a marathon.
- An event's name is the same every year (use event_date for the year); a name without a year means every edition.
- At a named event, runners are result rows (one per runner per race); across the company's events (none
  named), runners are people, each once (distinct participant_id).
- Places are per race: overall_place, gender_place, age_group_place; age groups look like 'M35-39'.
- "Last year" is the calendar year before today."""

RULES = """\
Write ONE DuckDB SELECT query (WITH and UNION allowed) over only these tables. Never filter on partner_id
and never mention other companies: the system limits every table to the asking company by itself. No
table functions, no files, no settings, no other statements. Answer with JSON only:
{"sql": "<the query>", "explanation": "<one plain-English sentence saying what the query computes>"}"""


def build_messages(question: str, examples: Sequence[tuple[str, str]], today: str) -> list[tuple[str, str]]:
    """(role, content) pairs: system prompt, worked examples as earlier turns, then the question."""
    system = (f"You turn a race timing company's questions into SQL over its results archive. Today is {today}.\n\n"
              f"Tables:\n{schema_text()}\n\nConventions:\n{GLOSSARY}\n\n{RULES}")
    messages = [("system", system)]
    for example_question, sql in examples:
        messages.append(("human", example_question))
        messages.append(("ai", json.dumps({"sql": sql, "explanation": "A worked example."})))
    messages.append(("human", question))
    return messages


def retry_message(error: str) -> tuple[str, str]:
    """What the model is told when its SQL did not pass: the reason, and the same answer format."""
    return ("human", f"That SQL cannot run: {error}. Fix it and answer again with the same JSON format.")


SPEC_RULES = """\
Answer with ONE JSON object following the given schema, nothing else. Use only event names from the list
(exactly as written); leave out every field the question does not ask for. If the question asks for something
the schema cannot say, answer {"answer": "count", "events": ["<the words you could not place>"]} so that it is
refused rather than answered differently."""


def build_spec_messages(question: str, examples: Sequence[tuple[str, str]], today: str,
                        events: Sequence[str]) -> list[tuple[str, str]]:
    """(role, content) pairs for the spec: the company's events, conventions, worked examples as earlier turns
    (question → spec JSON), then the question."""
    system = (f"You read a race timing company's questions into a query spec over its results archive. Today is "
              f"{today}.\n\nIts events: {'; '.join(events)}\n\nConventions:\n{GLOSSARY}\n\n{SPEC_RULES}")
    messages = [("system", system)]
    for example_question, spec_json in examples:
        messages.append(("human", example_question))
        messages.append(("ai", spec_json))
    messages.append(("human", question))
    return messages
