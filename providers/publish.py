"""Publishing a provider event's synced results into the archive (races, participants, results), so the
questions, the notebooks and the nightly export see them like any other event.

One transaction on a tenant connection. Each normalized result remembers the archive rows it became, so
publishing again changes only what the provider changed. Names and sex missing from a result are taken from
the synced roster by bib; a result that still has none is skipped and reported, never invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import psycopg

from project88.errors import P88Error
from providers.store import archive_event, find_event
from warehouse.database import tenant_connection
from warehouse.generate.reference import age_group, race_distance



@dataclass
class PublishReport:
    event_id: int
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)     # why each skipped result was left out


_RESULTS = """
    SELECT r.id, r.provider_result_id, r.race_name, r.bib, r.status, r.chip_time_s, r.gun_time_s, r.overall_place,
           coalesce(r.age, p.age), coalesce(r.first_name, p.first_name), coalesce(r.last_name, p.last_name),
           coalesce(r.sex, p.sex), p.birth_date, p.city, p.state, p.email, r.archive_participant_id,
           r.archive_result_id
    FROM normalized_results r
    LEFT JOIN LATERAL (SELECT * FROM normalized_participants n WHERE n.normalized_event_id = r.normalized_event_id
                       AND n.bib = r.bib LIMIT 1) p ON true
    WHERE r.normalized_event_id = %s ORDER BY r.id"""


def publish_results(partner_id: int, url: str, provider: str, provider_event_id: str) -> PublishReport:
    """Make a synced event's results part of the archive; see the module docstring."""
    with tenant_connection(partner_id, url) as conn, conn.transaction():
        normalized, event = find_event(conn, provider, provider_event_id)
        event_id = archive_event(conn, partner_id, normalized, event)
        if event_id is None:
            raise P88Error(f"{provider} event {provider_event_id} has no date, so it cannot join the archive")
        report = PublishReport(event_id)
        races: dict[str, int] = {}
        for row in conn.execute(_RESULTS, (normalized,)).fetchall():
            (row_id, result_key, race_name, bib, status, chip, gun, place, age, first, last, sex, birth, city, state,
             email, participant_id, result_id) = row
            if not (first and last and sex):
                report.skipped.append(f"result {result_key} (bib {bib or '-'}): no name or sex, not on the roster")
                continue
            race = races.get(race_name or "") or _race(conn, partner_id, event_id, event.event_date, race_name, races)
            if race is None:
                report.skipped.append(f"result {result_key}: the race {race_name!r} has no known distance")
                continue
            chip = chip if status == "FIN" else None
            values = (race, bib, age if age and 1 <= age <= 120 else None, age_group(sex, age), status, chip, gun,
                      place if status == "FIN" else None)
            if result_id is None:
                participant_id = conn.execute("""
                    INSERT INTO participants (participant_id, partner_id, first_name, last_name, sex, birth_date, city,
                                              state, email)
                    VALUES (nextval('provider_archive_ids'), %s, %s, %s, %s, %s, %s, %s, %s) RETURNING participant_id""",
                    (partner_id, first, last, sex, birth, city, state, email)).fetchone()[0]
                result_id = conn.execute("""
                    INSERT INTO results (result_id, partner_id, event_id, participant_id, race_id, bib, age, age_group,
                                         status, chip_time_s, gun_time_s, overall_place)
                    VALUES (nextval('provider_archive_ids'), %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                    RETURNING result_id""", (partner_id, event_id, participant_id, *values)).fetchone()[0]
                conn.execute("UPDATE normalized_results SET archive_participant_id = %s, archive_result_id = %s "
                             "WHERE id = %s", (participant_id, result_id, row_id))
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
        _places(conn, event_id)
    return report


def _race(conn: psycopg.Connection, partner_id: int, event_id: int, race_date, name: str | None,
          races: dict[str, int]) -> int | None:
    name = name or "Race"
    found = conn.execute("SELECT race_id FROM races WHERE event_id = %s AND name = %s", (event_id, name)).fetchone()
    if found is None:
        km = race_distance(name)
        if km is None:
            return None
        found = conn.execute("""INSERT INTO races (race_id, event_id, partner_id, name, distance_km, race_date)
                                VALUES (nextval('provider_archive_ids'), %s, %s, %s, %s, %s) RETURNING race_id""",
                             (event_id, partner_id, name, km, race_date)).fetchone()
    races[name] = found[0]
    return found[0]


def _places(conn: psycopg.Connection, event_id: int) -> None:
    """Gender and age-group places by chip time among finishers, as the glossary defines them."""
    conn.execute("""
        UPDATE results r SET gender_place = ranked.gender_place, age_group_place = ranked.age_group_place
        FROM (SELECT x.result_id,
                     rank() OVER (PARTITION BY x.race_id, p.sex ORDER BY x.chip_time_s) AS gender_place,
                     rank() OVER (PARTITION BY x.race_id, x.age_group ORDER BY x.chip_time_s) AS age_group_place
              FROM results x JOIN participants p ON p.participant_id = x.participant_id
              WHERE x.event_id = %s AND x.status = 'FIN') ranked
        WHERE r.result_id = ranked.result_id
          AND (r.gender_place, r.age_group_place) IS DISTINCT FROM (ranked.gender_place, ranked.age_group_place)""",
                 (event_id,))
