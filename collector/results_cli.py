"""``p88 results``: a controller event's live results scored now, and ``p88 results publish`` into the archive."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from collector.race_setup import (FINISH_HELP, GUN_HELP, RANK_HELP, START_HELP, changed_setup, event_zone, save_setup,
                                  stored_setup)
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


@results_app.callback()
def results(
    ctx: typer.Context,
    partner: str | None = typer.Option(None, "--partner", help=PARTNER_HELP),
    event_id: str | None = typer.Option(None, "--event-id", help=EVENT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: a list of finishers, fastest chip time first."),
    guns: list[str] = typer.Option([], "--gun", help=GUN_HELP),
    start_location: str | None = typer.Option(None, "--start-location", help=START_HELP),
    finish_location: str | None = typer.Option(None, "--finish-location", help=FINISH_HELP),
    rank_by: str | None = typer.Option(None, "--rank-by", help=RANK_HELP),
    save: bool = typer.Option(False, "--save", help="Store these options as the event's race setup (for the "
                              "displays, the API and later runs too)."),
) -> None:
    """Live results of a controller event, scored now from its reads and roster (and stored for the displays).
    The race setup is the event's stored one (p88 collector bind); the options change it for this run only
    (its results are then not stored) or, with --save, for good."""
    if ctx.invoked_subcommand is not None:
        return
    if partner is None or event_id is None:
        raise ConfigError("p88 results needs --partner and --event-id (or a command: p88 results publish --help)")
    import json
    from dataclasses import asdict

    from collector.live_results import score_event
    from collector.standings import standings

    partner_id, url = _company(partner)
    with tenant_connection(partner_id, url, autocommit=True) as conn:
        stored = stored_setup(conn, event_id)
        setup = changed_setup(stored, event_zone(conn, event_id), guns, start_location, finish_location, rank_by)
        if save:
            save_setup(conn, partner_id, event_id, setup)
        # a setup of this run only is a trial: its results are not stored over those the displays show
        scored = score_event(conn, partner_id, event_id, None if save or setup == stored else setup)
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
          "\"RACE=2026-11-26T08:00:00-05:00\" (add --save, or give them to p88 collector bind, to keep them)",)


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
