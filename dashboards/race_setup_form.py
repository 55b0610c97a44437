"""The builder's race setup of a controller event: what its form shows, and storing what the form says.

The rules are ``collector.race_setup``'s (the event's zone, gun parsing, rank-by, storing behind the wall);
this module only turns the form's shapes into them and back: the mats seen in the event's reads, and each
roster race's gun as a time of day on the race day, in the event's time zone. Tenant connections only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import psycopg

from collector.live_results import bound_roster, roster
from collector.race_setup import changed_setup, event_zone, save_setup, stored_setup
from collector.scoring import RaceSetup
from project88.errors import P88Error

GUN_COLUMNS = ["race", "gun"]
_PLAIN = RaceSetup()        # the plain race's mats, for a mat left empty


class GunTimeError(P88Error):
    """A gun time in the form that is no time of day; the message names the race and the example to follow."""


@dataclass(frozen=True)
class SetupForm:
    """What the form shows for one controller event: its stored setup and the choices around it."""

    event_id: str
    zone: ZoneInfo
    setup: RaceSetup
    locations: list[str]     # timing locations seen in the event's reads or announced by its controllers
    races: list[str]         # the bound roster's races, then races with a hand-set gun the roster lacks
    race_day: date           # the date gun times of day are on, in ``zone``

    def gun_rows(self) -> list[dict[str, str]]:
        """One ``{race, gun}`` per race: its hand-set gun as a time of day in the event's zone ("08:00:00"; the
        whole local date and time when it is not on ``race_day``), '' when the guntime read starts it."""
        guns = {race.casefold(): at.astimezone(self.zone) for race, at in self.setup.guns.items()}
        rows = []
        for race in self.races:
            at = guns.get(race.casefold())
            shown = "" if at is None else at.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
            rows.append({"race": race, "gun": shown.removeprefix(f"{self.race_day.isoformat()} ")})
        return rows


def load_form(conn: psycopg.Connection, event_id: str) -> SetupForm:
    """The form of the controller event ``event_id`` (its stored setup, or the plain race's when none)."""
    tz, setup = event_zone(conn, event_id), stored_setup(conn, event_id)
    locations = [row[0] for row in conn.execute(
        """SELECT l.location_name FROM timing_locations l JOIN timing_sessions s ON s.id = l.session_id
           WHERE s.event_id = %(e)s
           UNION SELECT r.location_name FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
           WHERE s.event_id = %(e)s AND NOT r.is_gun_time ORDER BY 1""", {"e": event_id})]
    archive_event = bound_roster(conn, event_id)
    races = sorted({entrant.race for entrant in roster(conn, archive_event)}) if archive_event else []
    races += sorted(race for race in setup.guns if race.casefold() not in {r.casefold() for r in races})
    return SetupForm(event_id, tz, setup, locations, races, _race_day(conn, event_id, setup, tz))


def save_form(conn: psycopg.Connection, partner_id: int, event_id: str, start_mat: str, finish_mat: str,
              rank_by: str, guns: list[dict[str, str]], race_day: date) -> RaceSetup:
    """Store the form as the event's race setup and return it. ``guns``: the form's ``{race, gun}`` rows — the
    whole list of hand-set guns, so a race whose gun is cleared goes back to the guntime read; an empty mat
    is the plain race's. Raises GunTimeError (a gun that is no time of day), ConfigError (a rank-by other
    than chip or gun) or BindingError (the event is not bound to the company)."""
    given = [f"{row['race']}={text}" for row in guns if (text := _gun_text(row, race_day))]
    named = [text.rpartition("=")[0].strip() for text in given]
    if clash := next((race for race in named if sum(r.casefold() == race.casefold() for r in named) > 1), None):
        raise GunTimeError(f"races {', '.join(repr(r) for r in named if r.casefold() == clash.casefold())} differ "
                           "only in case, and scoring matches races in any case: give one gun, or rename one race "
                           "on the roster")
    base = replace(stored_setup(conn, event_id), guns={})
    setup = changed_setup(base, event_zone(conn, event_id), given, start_mat.strip() or _PLAIN.start_location,
                          finish_mat.strip() or _PLAIN.finish_location, rank_by)
    save_setup(conn, partner_id, event_id, setup)
    return setup


def _gun_text(row: dict[str, str], race_day: date) -> str:
    """The row's gun as a local ISO date and time ('' when none), or GunTimeError saying what to type."""
    text = str(row.get("gun") or "").strip()
    if not text:
        return ""
    try:
        return f"{race_day.isoformat()}T{time.fromisoformat(text).isoformat()}"
    except ValueError:
        pass
    try:     # a gun on another day than the race day, as the form shows one
        if len(text) > len("2026-11-26"):
            return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise GunTimeError(f"the gun time of {row['race']!r} must be a time of day like 08:00:00 or 07:30 "
                       f"(got {text!r})")


def _race_day(conn: psycopg.Connection, event_id: str, setup: RaceSetup, tz: ZoneInfo) -> date:
    """The day of the event's first hand-set gun, else of its first read, else its roster event's date (a race
    set up the day before), else today — in its zone."""
    if setup.guns:
        return min(setup.guns.values()).astimezone(tz).date()
    first = conn.execute("""SELECT min(coalesce(r.read_timestamp, r.received_at)) FROM timing_reads r
                            JOIN timing_sessions s ON s.id = r.session_id WHERE s.event_id = %s""",
                         (event_id,)).fetchone()[0]
    if first is not None:
        return first.astimezone(tz).date()
    if (archive_event := bound_roster(conn, event_id)) is not None and (dated := conn.execute(
            "SELECT event_date FROM events WHERE event_id = %s", (archive_event,)).fetchone()):
        return dated[0]
    return datetime.now(tz).date()
