"""Live results of a controller event: its reads and its roster scored now (collector.scoring), stored in
``live_results`` under the company's wall. Runs on a tenant connection (``warehouse.database.tenant_connection``).

The roster is the archive event bound to the controller event (``p88 collector bind --roster-event``):
its results' runners (bib, name, sex, age, age group, race) and, for bibs they lack, the roster a provider
sync or CSV import brought for it (race from its Race/Distance column). The reads are those of every
timing session of the controller event (the start mat and the finish may be different controllers).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import astuple, dataclass

import psycopg

from collector.announcer import Passings
from collector.race_setup import stored_setup
from collector.scoring import Crossing, Entrant, RaceSetup, Result, Scorer
from project88.errors import P88Error
from warehouse.generate.reference import race_distance

ROSTER_RECHECK_S = 15.0   # bibs on no roster are looked up again at most this often, or when a new one is read
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
    notes: tuple[str, ...] = ()    # why results may be missing or partial (Scorer.notes)


def score_event(conn: psycopg.Connection, partner_id: int, event_id: str, setup: RaceSetup | None = None,
                roster_event_id: int | None = None) -> Scored:
    """Score the controller event ``event_id`` of ``partner_id`` now, from all its reads, with its stored race
    setup (``stored_setup``) and store the results (one transaction); ``roster_event_id`` is the roster when
    none is bound. A ``setup`` given is a trial: scored with it, stored not (``live_results`` keeps what the
    stored setup makes, which the displays show). Raises NoRoster."""
    live = LiveEvent.open(conn, partner_id, event_id, roster_event_id, setup)
    reads = live.catch_up(conn) if setup else live.sync(conn)
    return Scored(live.results, live.scorer.flagged(), sorted(live.scorer.unknown_bibs), reads,
                  tuple(live.scorer.notes()))


def bound_roster(conn: psycopg.Connection, event_id: str) -> int | None:
    """The archive event whose runners the controller event ``event_id`` is scored against, if bound."""
    row = conn.execute("SELECT roster_event_id FROM collector_bindings WHERE event_id = %s", (event_id,)).fetchone()
    return row[0] if row else None


class LiveEvent:
    """One controller event scored as its reads arrive: the pure Scorer and the newest read id fed to it;
    ``store`` writes only the rows that differ from the table (a faster finisher moves the places of everyone
    behind). With ``follows_stored``, ``catch_up`` rescores it all when the event's stored race setup changed
    (a timer's ``p88 collector bind --gun`` while displays run). Not thread-safe: one owner (the live hub's
    thread, or one command) drives it; several owners (two web servers' hubs, the results API) may score
    one event at once, and ``sync`` keeps their writes in order."""

    def __init__(self, partner_id: int, event_id: str, entrants: list[Entrant], setup: RaceSetup | None = None,
                 roster_event_id: int | None = None, follows_stored: bool = False) -> None:
        self.partner_id, self.event_id, self.roster_event_id = partner_id, event_id, roster_event_id
        self.follows_stored = follows_stored
        self.scorer = Scorer(entrants, setup)
        self.passings = Passings(self.scorer.setup)   # start and upstream mats: the announcer layout
        self.last_read_id = 0
        self.results: list[Result] = []              # finishers now, fastest first within each race
        self.by_bib: dict[str, Result] = {}
        self._zone: str | None = None                # the event's time zone its reads were dated in when fed
        self._looked_up: set[str] = set()            # bibs on no roster when it was last looked up again
        self._roster_checked = 0.0                   # when (time.monotonic())
        self.roster_recheck_s = ROSTER_RECHECK_S

    @classmethod
    def open(cls, conn: psycopg.Connection, partner_id: int, event_id: str, roster_event_id: int | None = None,
             setup: RaceSetup | None = None) -> LiveEvent:
        """The event with its roster loaded (the bound one, else ``roster_event_id``) and no reads yet, scored
        with ``setup``, else following the event's stored one. Raises NoRoster when neither roster is known."""
        archive_event = bound_roster(conn, event_id) or roster_event_id
        if archive_event is None:
            raise NoRoster(f"event {event_id} has no roster: p88 collector bind --event-id {event_id} --partner "
                           "<slug> --roster-event <archive event id> (p88 providers import-csv prints the id of a "
                           "roster)")
        return cls(partner_id, event_id, roster(conn, archive_event), setup or stored_setup(conn, event_id),
                   archive_event, follows_stored=setup is None)

    def catch_up(self, conn: psycopg.Connection) -> int:
        """Feed the event's reads newer than the last one fed (every timing session of the event: the start mat
        and the finish may be different controllers); returns how many were read. Starts over first when what
        the reads mean changed since: the stored race setup, or the event's time zone (binding it again
        re-dates the reads already stored)."""
        zone = conn.execute("SELECT time_zone FROM collector_bindings WHERE event_id = %s",
                            (self.event_id,)).fetchone()
        setup = stored_setup(conn, self.event_id) if self.follows_stored else self.scorer.setup
        if setup != self.scorer.setup or (zone and zone[0]) != self._zone:
            self._zone = zone and zone[0]
            self._rescore(setup)
        rows = conn.execute(
            """SELECT r.id, r.bib, r.location_name, coalesce(r.read_timestamp, r.received_at), r.is_gun_time
               FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
               WHERE s.event_id = %s AND r.id > %s ORDER BY r.id""", (self.event_id, self.last_read_id)).fetchall()
        if rows:
            self.last_read_id = rows[-1][0]
            self.add(Crossing(*row[1:]) for row in rows)
        unknown = self.scorer.unknown_bibs
        if self.roster_event_id is not None and unknown and (
                unknown - self._looked_up or time.monotonic() - self._roster_checked >= self.roster_recheck_s):
            # bibs on no roster: a late registration (a provider sync, a CSV import) may have added them since
            self._looked_up, self._roster_checked = set(unknown), time.monotonic()
            entrants = roster(conn, self.roster_event_id)
            if unknown & {entrant.bib for entrant in entrants}:
                self._rescore(self.scorer.setup, entrants)
                return self.catch_up(conn)
        return len(rows)

    def _rescore(self, setup: RaceSetup, entrants: Iterable[Entrant] | None = None) -> None:
        """Start over with ``setup`` (and ``entrants``, else the same roster): every read is fed again."""
        self.scorer = Scorer(self.scorer.roster.values() if entrants is None else entrants, setup)
        self.passings = Passings(setup)
        self.last_read_id, self.results, self.by_bib = 0, [], {}

    def add(self, crossings: Iterable[Crossing]) -> None:
        """Score crossings (no I/O); ``results`` and ``by_bib`` are recomputed when a race's results changed."""
        crossings = list(crossings)
        self.passings.add(crossings)
        if self.scorer.add(crossings) or not self.results:
            self.results = self.scorer.results()
            self.by_bib = {result.bib: result for result in self.results}

    def sync(self, conn: psycopg.Connection) -> int:
        """``catch_up`` then ``store`` as the event's only writer until they are done (a transaction-scoped
        advisory lock per event): every writer's reads include all reads committed before it took the lock,
        so a writer that read fewer reads never stores after one that read more. Returns how many reads were
        fed."""
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, %s))",
                         (f"live-results:{self.event_id}", self.partner_id))
            fed = self.catch_up(conn)
            self.store(conn)
        return fed

    def store(self, conn: psycopg.Connection) -> int:
        """Write to ``live_results`` the results that differ from its rows, and delete rows of bibs no longer
        among them; returns how many rows were written or deleted. Compared with the table, not with what this
        writer stored last, since another writer of the event may have stored since."""
        with conn.transaction():
            stored = {row[0]: Result(*row) for row in conn.execute(
                f"SELECT {', '.join(RESULT_COLUMNS)} FROM live_results WHERE event_id = %s", (self.event_id,))}
            changed = [result for result in self.results if stored.get(result.bib) != result]
            gone = [bib for bib in stored if bib not in self.by_bib]
            if gone:
                conn.execute("DELETE FROM live_results WHERE event_id = %s AND bib = ANY(%s)", (self.event_id, gone))
            if changed:
                with conn.cursor() as cur:  # COPY is not allowed under row-level security
                    cur.executemany(_UPSERT, [(self.partner_id, self.event_id, *astuple(r)) for r in changed])
        return len(changed) + len(gone)


_UPSERT = (f"INSERT INTO live_results (partner_id, event_id, {', '.join(RESULT_COLUMNS)}) "
           f"VALUES ({', '.join(['%s'] * (len(RESULT_COLUMNS) + 2))}) "
           "ON CONFLICT (partner_id, event_id, bib) DO UPDATE "
           f"SET {', '.join(f'{c} = EXCLUDED.{c}' for c in RESULT_COLUMNS[1:])}, scored_at = now()")


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
