"""``p88 results``: a controller event's live results scored now, and ``p88 results publish`` into the archive."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import psycopg
import typer
from rich.console import Console
from rich.table import Table

from project88.errors import ConfigError
from warehouse import tenancy
from warehouse.database import connect, owner_url, tenant_connection

results_app = typer.Typer(
    help="Live results of a controller event, scored now from its reads and roster (and stored for the displays).",
    invoke_without_command=True,
)
console = Console()
PARTNER_HELP = "Slug of the timing company."
EVENT_HELP = "The controller's event id (bound with a --roster-event)."
GUN_HELP = ("A race's gun, RACE=TIME (repeatable: wave starts), e.g. \"5K=2026-11-26T08:00:00-05:00\"; a time without "
            "an offset is in the event's zone. Overrides the guntime reads for that race.")


@results_app.callback()
def results(
    ctx: typer.Context,
    partner: str | None = typer.Option(None, "--partner", help=PARTNER_HELP),
    event_id: str | None = typer.Option(None, "--event-id", help=EVENT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: a list of finishers, fastest chip time first."),
    guns: list[str] = typer.Option([], "--gun", help=GUN_HELP),
    start_location: str = typer.Option("start", "--start-location", help="The start mat's location (any case)."),
    finish_location: str = typer.Option("finish", "--finish-location", help="The finish mat's location (any case)."),
) -> None:
    """Live results of a controller event, scored now from its reads and roster (and stored for the displays)."""
    if ctx.invoked_subcommand is not None:
        return
    if partner is None or event_id is None:
        raise ConfigError("p88 results needs --partner and --event-id (or a command: p88 results publish --help)")
    import json
    from dataclasses import asdict

    from collector.live_results import score_event
    from collector.scoring import RaceSetup
    from collector.standings import standings

    partner_id, url = _company(partner)
    with tenant_connection(partner_id, url, autocommit=True) as conn:
        tz = _event_zone(conn, event_id)
        setup = RaceSetup(start_location, finish_location, dict(parse_gun(gun, tz) for gun in guns))
        scored = score_event(conn, partner_id, event_id, setup)
    notes = [*scored.notes, *(_HINTS if scored.notes else ())]
    if as_json:
        typer.echo(json.dumps([asdict(r) for r in standings(scored.results)], indent=2))
        for note in notes:
            typer.echo(note, err=True)
        return
    table = Table("place", "bib", "name", "sex", "age group", "race", "chip", "gun", "pace /km", "sex pl.", "ag pl.")
    for r in scored.results:
        table.add_row(str(r.place), r.bib, f"{r.first_name} {r.last_name}", r.sex or "", r.age_group or "", r.race,
                      _clock(r.chip_time_s), _clock(r.gun_time_s), _clock(r.pace_s_per_km), str(r.sex_place or ""),
                      str(r.age_group_place or ""))
    console.print(table)
    console.print(f"{len(scored.results)} finishers from {scored.reads} reads"
                  + (f"; flagged (implausibly fast, not published): {', '.join(scored.flagged)}" if scored.flagged else "")
                  + (f"; bibs on no roster: {', '.join(scored.unknown_bibs[:20])}" if scored.unknown_bibs else ""))
    for note in notes:
        console.print(note, markup=False)


_HINTS = ("set the mats with --start-location/--finish-location, a race's gun with --gun "
          "\"RACE=2026-11-26T08:00:00-05:00\"",)


def parse_gun(text: str, tz: ZoneInfo) -> tuple[str, datetime]:
    """``RACE=TIME`` of ``--gun`` as (race, instant): an ISO time, one without an offset read in ``tz`` (the
    event's zone, as its controllers' clocks are: collector.instants). Raises ConfigError."""
    from collector.instants import stamped_read_instant

    race, _, when = text.rpartition("=")
    try:
        if not race.strip():
            raise ValueError("no race")
        return race.strip(), stamped_read_instant(datetime.fromisoformat(when.strip()), tz)
    except ValueError:
        raise ConfigError(f"--gun {text!r}: give RACE=TIME, e.g. \"5K=2026-11-26T08:00:00-05:00\"") from None


def _event_zone(conn: psycopg.Connection, event_id: str) -> ZoneInfo:
    """The zone the event's clocks are read in: its binding's, else P88_TIME_ZONE, else this machine's."""
    from collector.instants import machine_zone_name, zone
    from project88.settings import get_settings

    row = conn.execute("SELECT time_zone FROM collector_bindings WHERE event_id = %s", (event_id,)).fetchone()
    return zone((row and row[0]) or get_settings().time_zone or machine_zone_name())


@results_app.command("publish")
def publish(
    partner: str = typer.Option(..., "--partner", help=PARTNER_HELP),
    event_id: str = typer.Option(..., "--event-id", help=EVENT_HELP),
    archive_event: int | None = typer.Option(
        None, "--archive-event", help="The archive event to write into (default: the event's roster event)."),
) -> None:
    """Make a controller event's live results archive results (races, participants, results); publishing again
    updates only what changed. The next p88 export carries them to the Parquet archive and the questions."""
    from collector.live_publish import publish_live_results

    partner_id, url = _company(partner)
    with tenant_connection(partner_id, url, autocommit=True) as conn:
        report = publish_live_results(conn, partner_id, event_id, archive_event)
    console.print(report.summary(), markup=False)


def _company(slug: str) -> tuple[int, str]:
    url = owner_url()
    with connect(url) as conn:
        return tenancy.get_partner(conn, slug).partner_id, url


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    hours, rest = divmod(round(seconds, 1), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{int(hours)}:{int(minutes):02d}:{secs:04.1f}" if hours else f"{int(minutes)}:{secs:04.1f}"
