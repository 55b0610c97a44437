"""Live results of a controller event: its reads and its roster scored now (collector.scoring), stored in
``live_results`` under the company's wall. Runs on a tenant connection (``warehouse.database.tenant_connection``).

The roster is the archive event bound to the controller event (``p88 collector bind --roster-event``):
its results' runners (bib, name, sex, age, age group, race) and, for bibs they lack, the roster a provider
sync or CSV import brought for it (race from its Race/Distance column). The reads are those of every
timing session of the controller event (the start mat and the finish may be different controllers).
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

import psycopg

from collector.scoring import Crossing, Entrant, RaceSetup, Result, Scorer
from project88.errors import P88Error
from warehouse.generate.reference import race_distance

RESULT_COLUMNS = ("bib", "first_name", "last_name", "sex", "age_group", "race", "chip_time_s", "gun_time_s",
                  "pace_s_per_km", "place", "sex_place", "age_group_place")


class NoRoster(P88Error):
    """The controller event is not bound to a roster yet; the message says how to bind it."""


@dataclass(frozen=True)
class Scored:
    results: list[Result]          # finishers, fastest first within each race
    flagged: list[str]             # bibs with an implausibly fast finish, kept out
    unknown_bibs: list[str]        # read, but on no roster
    reads: int


def score_event(conn: psycopg.Connection, partner_id: int, event_id: str, setup: RaceSetup | None = None) -> Scored:
    """Score the controller event ``event_id`` of ``partner_id`` now and store the results (one transaction).
    Raises NoRoster."""
    row = conn.execute("SELECT roster_event_id FROM collector_bindings WHERE event_id = %s", (event_id,)).fetchone()
    if row is None or row[0] is None:
        raise NoRoster(f"event {event_id} has no roster: p88 collector bind --event-id {event_id} --partner <slug> "
                       "--roster-event <archive event id> (p88 providers import-csv prints the id of a roster)")
    crossings = _crossings(conn, event_id)
    scorer = Scorer(roster(conn, row[0]), setup)
    scorer.add(crossings)
    results = scorer.results()
    with conn.transaction():
        conn.execute("DELETE FROM live_results WHERE event_id = %s", (event_id,))
        with conn.cursor() as cur:  # COPY is not allowed under row-level security
            cur.executemany(f"INSERT INTO live_results (partner_id, event_id, {', '.join(RESULT_COLUMNS)}) "
                            f"VALUES ({', '.join(['%s'] * (len(RESULT_COLUMNS) + 2))})",
                            [(partner_id, event_id, *astuple(result)) for result in results])
    return Scored(results, scorer.flagged(), sorted(scorer.unknown_bibs), len(crossings))


def roster(conn: psycopg.Connection, archive_event_id: int) -> list[Entrant]:
    """The runners of an archive event, then the provider roster's bibs the archive lacks."""
    rows = conn.execute(
        """SELECT r.bib, p.first_name, p.last_name, p.sex, r.age, r.age_group, ra.name, ra.distance_km
           FROM results r JOIN participants p ON p.participant_id = r.participant_id
           JOIN races ra ON ra.race_id = r.race_id WHERE r.event_id = %s AND r.bib IS NOT NULL""",
        (archive_event_id,)).fetchall()
    entrants = {row[0]: Entrant(*row[:6], race=row[6], distance_km=row[7]) for row in rows}
    for bib, first, last, sex, age, race in conn.execute(
            """SELECT n.bib, n.first_name, n.last_name, n.sex, n.age, coalesce(n.race_name, '')
               FROM normalized_participants n JOIN provider_mappings m ON m.normalized_event_id = n.normalized_event_id
               WHERE m.event_id = %s AND n.bib IS NOT NULL""", (archive_event_id,)).fetchall():
        entrants.setdefault(bib, Entrant(bib, first, last, sex, age, None, race or "Race",
                                         race_distance(race) if race else None))
    return list(entrants.values())


def _crossings(conn: psycopg.Connection, event_id: str) -> list[Crossing]:
    rows = conn.execute(
        """SELECT r.bib, r.location_name, coalesce(r.read_timestamp, r.received_at), r.is_gun_time
           FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
           WHERE s.event_id = %s ORDER BY r.id""", (event_id,)).fetchall()
    return [Crossing(*row) for row in rows]
