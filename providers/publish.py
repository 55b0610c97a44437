"""Publishing a provider event's synced results into the archive (races, participants, results), so the
questions, the notebooks and the nightly export see them like any other event.

One transaction on a tenant connection. Each normalized result remembers the archive rows it became, so
publishing again changes only what the provider changed. Names and sex missing from a result are taken from
the synced roster by bib; a result that still has none is skipped and reported, never invented.
"""

from __future__ import annotations

from project88.errors import P88Error
from providers.store import archive_event, find_event
from warehouse.database import tenant_connection
from warehouse.generate.reference import age_group, race_distance
from warehouse.publish import ArchiveResult, PublishReport, write_results

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
        rows = conn.execute(_RESULTS, (normalized,)).fetchall()
        results = [ArchiveResult(
            label=f"result {key} (bib {bib or '-'})", race_name=race or "Race",
            distance_km=race_distance(race or "Race"), bib=bib, first_name=first, last_name=last, sex=sex, age=age,
            age_group=age_group(sex, age) if sex else None, status=status, chip_time_s=chip, gun_time_s=gun,
            overall_place=place, birth_date=birth, city=city, state=state, email=email,
            participant_id=participant_id, result_id=result_id)
            for (_, key, race, bib, status, chip, gun, place, age, first, last, sex, birth, city, state, email,
                 participant_id, result_id) in rows]
        report, written = write_results(conn, partner_id, event_id, event.event_date, results)
        # each normalized result remembers the archive rows it became, so the next publish updates them
        with conn.cursor() as cur:
            cur.executemany(
                "UPDATE normalized_results SET archive_participant_id = %s, archive_result_id = %s WHERE id = %s",
                [(*ids, row[0]) for row, result, ids in zip(rows, results, written)
                 if ids is not None and result.result_id is None])
    return report
