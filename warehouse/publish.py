"""Writing finished results into one archive event (races, participants, results): what a provider's synced
results (``providers.publish``) and a race's live results (``collector.live_publish``) both become, so the
questions, the notebooks and the nightly export see them like any other event.

Runs inside the caller's transaction on a tenant connection. A result that names the archive rows it became
before (``result_id``) updates them, and only when something differs, so publishing again duplicates nothing.
A result without a name or sex, or in a race of no known distance, is skipped and reported, never invented.
Gender and age-group places are recomputed for the whole event afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import psycopg


@dataclass(frozen=True)
class ArchiveResult:
    """One runner's result for an archive event. Times are seconds; ``status`` FIN, DNF, DNS or DQ (a time and
    place count only for FIN)."""

    label: str                          # how a skip names it: "result 17 (bib 4)"
    race_name: str
    distance_km: float | None           # None: the race must already exist in the event, or it is skipped
    bib: str | None
    first_name: str | None
    last_name: str | None
    sex: str | None
    age: int | None
    age_group: str | None
    status: str
    chip_time_s: float | None
    gun_time_s: float | None
    overall_place: int | None
    birth_date: date | None = None
    city: str | None = None
    state: str | None = None
    email: str | None = None
    participant_id: int | None = None   # the archive person to use (a new one when None)
    result_id: int | None = None        # the archive result it became before (inserted when None)


@dataclass
class PublishReport:
    event_id: int
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)     # why each skipped result was left out

    def summary(self) -> str:
        """What was written, one line, then a line per skipped result."""
        return "\n".join([f"archive event {self.event_id}: {self.inserted} new, {self.updated} changed, "
                          f"{self.unchanged} unchanged results, {len(self.skipped)} skipped",
                          *(f"  skipped {reason}" for reason in self.skipped)])


def write_results(conn: psycopg.Connection, partner_id: int, event_id: int, race_date: date,
                  results: list[ArchiveResult]) -> tuple[PublishReport, list[tuple[int, int] | None]]:
    """Write ``results`` into archive event ``event_id``; returns the counts and, per result in order, the
    (participant_id, result_id) it is now, or None when it was skipped."""
    report = PublishReport(event_id)
    races: dict[str, int] = {}
    written: list[tuple[int, int] | None] = []
    for result in results:
        if not (result.first_name and result.last_name and result.sex):
            report.skipped.append(f"{result.label}: no name or sex")
            written.append(None)
            continue
        race = races.get(result.race_name) or _race(conn, partner_id, event_id, race_date, result, races)
        if race is None:
            report.skipped.append(f"{result.label}: the race {result.race_name!r} has no known distance")
            written.append(None)
            continue
        finished = result.status == "FIN"
        age = result.age if result.age and 1 <= result.age <= 120 else None
        values = (race, result.bib, age, result.age_group, result.status, result.chip_time_s if finished else None,
                  result.gun_time_s, result.overall_place if finished else None)
        participant_id, result_id = result.participant_id, result.result_id
        if result_id is None:
            if participant_id is None:
                participant_id = conn.execute("""
                    INSERT INTO participants (participant_id, partner_id, first_name, last_name, sex, birth_date, city,
                                              state, email)
                    VALUES (nextval('provider_archive_ids'), %s, %s, %s, %s, %s, %s, %s, %s) RETURNING participant_id""",
                    (partner_id, result.first_name, result.last_name, result.sex, result.birth_date, result.city,
                     result.state, result.email)).fetchone()[0]
            result_id = conn.execute("""
                INSERT INTO results (result_id, partner_id, event_id, participant_id, race_id, bib, age, age_group,
                                     status, chip_time_s, gun_time_s, overall_place)
                VALUES (nextval('provider_archive_ids'), %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                RETURNING result_id""", (partner_id, event_id, participant_id, *values)).fetchone()[0]
            report.inserted += 1
        elif conn.execute("""
                UPDATE results SET race_id = %s, bib = %s, age = %s, age_group = %s, status = %s, chip_time_s = %s,
                                   gun_time_s = %s, overall_place = %s
                WHERE result_id = %s AND (race_id, bib, age, age_group, status, chip_time_s, gun_time_s,
                                          overall_place) IS DISTINCT FROM (%s, %s, %s, %s, %s, %s, %s, %s)""",
                (*values, result_id, *values)).rowcount:
            report.updated += 1
        else:
            report.unchanged += 1
        written.append((participant_id, result_id))
    _places(conn, event_id)
    return report, written


def _race(conn: psycopg.Connection, partner_id: int, event_id: int, race_date: date, result: ArchiveResult,
          races: dict[str, int]) -> int | None:
    name = result.race_name
    found = conn.execute("SELECT race_id FROM races WHERE event_id = %s AND name = %s", (event_id, name)).fetchone()
    if found is None:
        if result.distance_km is None:
            return None
        found = conn.execute("""INSERT INTO races (race_id, event_id, partner_id, name, distance_km, race_date)
                                VALUES (nextval('provider_archive_ids'), %s, %s, %s, %s, %s) RETURNING race_id""",
                             (event_id, partner_id, name, result.distance_km, race_date)).fetchone()
    races[name] = found[0]
    return found[0]


def _places(conn: psycopg.Connection, event_id: int) -> None:
    """Overall, gender and age-group places by chip time among each race's finishers, over the whole event, as
    the glossary defines them (a publish adds results to an event that may hold others: no place is kept from
    a count over some of them)."""
    conn.execute("""
        UPDATE results r SET overall_place = ranked.overall_place, gender_place = ranked.gender_place,
                             age_group_place = ranked.age_group_place
        FROM (SELECT x.result_id,
                     rank() OVER (PARTITION BY x.race_id ORDER BY x.chip_time_s) AS overall_place,
                     rank() OVER (PARTITION BY x.race_id, p.sex ORDER BY x.chip_time_s) AS gender_place,
                     rank() OVER (PARTITION BY x.race_id, x.age_group ORDER BY x.chip_time_s) AS age_group_place
              FROM results x JOIN participants p ON p.participant_id = x.participant_id
              WHERE x.event_id = %s AND x.status = 'FIN') ranked
        WHERE r.result_id = ranked.result_id
          AND (r.overall_place, r.gender_place, r.age_group_place)
              IS DISTINCT FROM (ranked.overall_place, ranked.gender_place, ranked.age_group_place)""",
                 (event_id,))
