"""After the race: a controller event's live results, scored now, become archive results (``p88 results
publish``), written the way a provider's results are (``warehouse.publish``), so the questions, the notebooks
and the next ``p88 export`` see the race like any other.

The archive event is the event's roster (a CSV import or provider sync made one for race day) unless another
is named. A finisher already in that event under the same bib is updated, not added again: publishing twice
duplicates nothing, and publishing after late reads moves times and places. Runners who have not finished
are not written (the reads cannot tell a DNF from a DNS). Runs on a tenant connection of the company.
"""

from __future__ import annotations

import psycopg

from collector.live_results import bound_roster, roster, score_event
from project88.errors import P88Error
from warehouse.publish import ArchiveResult, PublishReport, write_results


def publish_live_results(conn: psycopg.Connection, partner_id: int, event_id: str,
                         archive_event_id: int | None = None) -> PublishReport:
    """Score controller event ``event_id`` now and write its finishers into ``archive_event_id`` (default: the
    event's roster). Raises NoRoster for an event with no roster bound (or of another company), P88Error for an
    archive event the company does not have."""
    scored = score_event(conn, partner_id, event_id)
    roster_event = bound_roster(conn, event_id)
    target = archive_event_id if archive_event_id is not None else roster_event
    with conn.transaction():
        found = conn.execute("SELECT event_date FROM events WHERE event_id = %s", (target,)).fetchone()
        if found is None:
            raise P88Error(f"archive event {target} is not one of this company's events")
        entrants = {entrant.bib: entrant for entrant in roster(conn, roster_event)}
        earlier = _by_bib(conn, target)               # what an earlier publish (or the roster itself) wrote
        people = _by_bib(conn, roster_event) if roster_event != target else earlier
        results = [ArchiveResult(
            label=f"bib {r.bib}", race_name=r.race, distance_km=entrants[r.bib].distance_km, bib=r.bib,
            first_name=r.first_name, last_name=r.last_name, sex=r.sex, age=entrants[r.bib].age,
            age_group=r.age_group, status="FIN", chip_time_s=r.chip_time_s, gun_time_s=r.gun_time_s,
            overall_place=r.place, participant_id=(earlier.get(r.bib) or people.get(r.bib) or (None, None))[0],
            result_id=(earlier.get(r.bib) or (None, None))[1])
            for r in scored.results]
        report, _ = write_results(conn, partner_id, target, found[0], results)
    return report


def _by_bib(conn: psycopg.Connection, archive_event_id: int) -> dict[str, tuple[int, int]]:
    """bib → (participant id, result id) of an archive event's results."""
    rows = conn.execute("SELECT bib, participant_id, result_id FROM results WHERE event_id = %s AND bib IS NOT NULL",
                        (archive_event_id,)).fetchall()
    return {bib: (participant, result) for bib, participant, result in rows}
