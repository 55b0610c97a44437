"""A controller event's race setup (collector.scoring.RaceSetup: mats, hand-set guns, ranking), stored with its
binding in ``collector_bindings`` so every scorer of the event — the live display hub, the results API and
page, ``p88 results`` — scores it alike. Set by ``p88 collector bind`` (or ``p88 results --save``); the rows
are behind the company's wall, so a tenant connection sees only its own company's setups.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import psycopg

from collector.sessions import BindingError
from project88.errors import ConfigError

if TYPE_CHECKING:  # imported when used: the commands import this module for its help texts alone
    from collector.scoring import RaceSetup

GUN_HELP = ("A race's gun, RACE=TIME (repeatable: wave starts), e.g. \"5K=2026-11-26T08:00:00-05:00\"; a time without "
            "an offset is in the event's zone. Overrides the guntime reads for that race.")
START_HELP = "The start mat's location (any case; default: the event's stored setup, else 'start')."
FINISH_HELP = "The finish mat's location (any case; default: the event's stored setup, else 'finish')."
RANK_HELP = "Rank by 'chip' or 'gun' time (USATF road rules make gun time official; default: stored, else chip)."
RANK_BY = ("chip", "gun")
GUN_YEARS = (1990, 2100)   # the years a hand-set gun may fall in


def parse_gun(text: str, tz: ZoneInfo) -> tuple[str, datetime]:
    """``RACE=TIME`` of ``--gun`` as (race, instant): an ISO time, one without an offset read in ``tz`` (the
    event's zone, as its controllers' clocks are: collector.instants). Raises ConfigError."""
    from collector.instants import stamped_read_instant

    race, _, when = text.rpartition("=")
    try:
        if not race.strip():
            raise ValueError("no race")
        local = datetime.fromisoformat(when.strip())
        if not GUN_YEARS[0] <= local.year <= GUN_YEARS[1]:
            raise ValueError("no race day")   # year 1 or 9999: no race, and past the calendar in other zones
        return race.strip(), stamped_read_instant(local, tz)
    except (ValueError, OverflowError):
        raise ConfigError(f"--gun {text!r}: give RACE=TIME, e.g. \"5K=2026-11-26T08:00:00-05:00\" (a year from "
                          f"{GUN_YEARS[0]} to {GUN_YEARS[1]})") from None


def event_zone(conn: psycopg.Connection, event_id: str) -> ZoneInfo:
    """The zone the event's clocks are read in: its binding's, else P88_TIME_ZONE, else this machine's."""
    from collector.instants import machine_zone_name, zone
    from project88.settings import get_settings

    row = conn.execute("SELECT time_zone FROM collector_bindings WHERE event_id = %s", (event_id,)).fetchone()
    return zone((row and row[0]) or get_settings().time_zone or machine_zone_name())


def changed_setup(base: RaceSetup, tz: ZoneInfo, guns: list[str], start_location: str | None = None,
                  finish_location: str | None = None, rank_by: str | None = None) -> RaceSetup:
    """``base`` with the options given (None / no guns: kept as they are); a ``--gun`` replaces that race's
    gun (race names match in any case, as scoring matches them) and leaves the other races' guns. Raises
    ConfigError for a gun that does not parse (``parse_gun``) or an unknown ``rank_by``."""
    if rank_by is not None and rank_by not in RANK_BY:
        raise ConfigError(f"--rank-by {rank_by!r}: give one of {', '.join(RANK_BY)}")
    given = dict(parse_gun(gun, tz) for gun in guns)
    kept = {race: at for race, at in base.guns.items() if race.casefold() not in {r.casefold() for r in given}}
    return replace(base, guns=kept | given,
                   start_location=start_location if start_location is not None else base.start_location,
                   finish_location=finish_location if finish_location is not None else base.finish_location,
                   rank_by=rank_by if rank_by is not None else base.rank_by)


def stored_setup(conn: psycopg.Connection, event_id: str) -> RaceSetup:
    """The race setup stored for the controller event ``event_id`` (the defaults of a plain race for what is
    not set, or when the event is not bound — or bound to a company the connection cannot see)."""
    from collector.scoring import RaceSetup

    row = conn.execute("""SELECT start_location, finish_location, guns, rank_by FROM collector_bindings
                          WHERE event_id = %s""", (event_id,)).fetchone()
    if row is None:
        return RaceSetup()
    start, finish, guns, rank_by = row
    set_fields = {"start_location": start, "finish_location": finish, "rank_by": rank_by}
    return RaceSetup(guns={race: datetime.fromisoformat(at) for race, at in guns.items()},
                     **{name: value for name, value in set_fields.items() if value is not None})


def save_setup(conn: psycopg.Connection, partner_id: int, event_id: str, setup: RaceSetup) -> None:
    """Store ``setup`` as the race setup of the controller event ``event_id`` of ``partner_id``. Raises
    BindingError when the event is not bound to that company."""
    guns = json.dumps({race: at.isoformat() for race, at in setup.guns.items()})
    updated = conn.execute(
        """UPDATE collector_bindings SET start_location = %s, finish_location = %s, guns = %s, rank_by = %s
           WHERE event_id = %s AND partner_id = %s""",
        (setup.start_location, setup.finish_location, guns, setup.rank_by, event_id, partner_id)).rowcount
    if not updated:
        raise BindingError(f"event id {event_id!r} is not bound to this company: p88 collector bind --event-id "
                           f"{event_id} --partner <slug>")


def describe(setup: RaceSetup) -> str:
    """The setup in one line, as the commands confirm it."""
    guns = ", ".join(f"{race} at {at.isoformat()}" for race, at in setup.guns.items()) or "from the guntime reads"
    return (f"start mat {setup.start_location!r}, finish mat {setup.finish_location!r}, guns {guns}, "
            f"ranked by {setup.rank_by} time")
