"""The collector's commands: ``p88 collector [bind|unassigned|archive-reads]`` and ``p88 simulate``."""

from __future__ import annotations

import asyncio
import logging
import time

import typer
from rich.console import Console
from rich.table import Table

from collector.race_setup import FINISH_HELP, GUN_HELP, RANK_HELP, START_HELP
from project88.errors import ConfigError, P88Error
from project88.ports import PORT_BOUNDS
from project88.settings import get_settings
from warehouse import tenancy
from warehouse.database import connect, owner_url

collector_app = typer.Typer(
    help="The ChronoTrack collector: with no sub-command, listen for timing controllers (Ctrl-C stops).",
    invoke_without_command=True,
)
console = Console()


@collector_app.callback()
def collector(
    ctx: typer.Context,
    host: str = typer.Option("0.0.0.0", help="Address to listen on."),
    port: int | None = typer.Option(None, **PORT_BOUNDS, help="TCP port for controllers (default: P88_COLLECTOR_PORT)."),
    status_port: int | None = typer.Option(None, **PORT_BOUNDS, help="HTTP status port (default: P88_STATUS_PORT)."),
    partner: str | None = typer.Option(
        None, help="Claim every connection for this company (one listener port per company)."),
    ping_interval: float = typer.Option(10.0, help="Seconds between keepalive pings."),
    allow: list[str] = typer.Option(
        [], "--allow", help="Only controllers from this network may connect (CIDR, repeatable; default any)."),
) -> None:
    """Listen for ChronoTrack controllers; every read goes through the spool into PostgreSQL."""
    if ctx.invoked_subcommand is not None:
        return
    import ipaddress

    from collector.server import CollectorConfig
    from collector.service import serve

    settings = get_settings()
    url = owner_url(settings)
    for network in allow:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            raise ConfigError(f"--allow {network!r} is not a network such as 10.0.0.0/24") from None
    partner_id = None
    if partner:
        with connect(url) as conn:
            partner_id = tenancy.get_partner(conn, partner).partner_id
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("tornado.access").setLevel(logging.WARNING)  # not a line per /status or /health poll
    config = CollectorConfig(
        spool_dir=settings.home / "spool", database_url=url, host=host,
        port=settings.collector_port if port is None else port, partner_id=partner_id,
        time_zone=_time_zone(settings.time_zone), allow=tuple(allow), ping_interval_s=ping_interval,
    )
    asyncio.run(serve(config, settings.status_port if status_port is None else status_port))


@collector_app.command("bind")
def bind(
    event_id: str = typer.Option(..., "--event-id", help="The ChronoTrack event id (from geteventinfo)."),
    partner: str = typer.Option(..., "--partner", help="Slug of the timing company that owns the event."),
    time_zone: str | None = typer.Option(
        None, "--time-zone", help="IANA zone the event's clock times are in (default: P88_TIME_ZONE or this machine's)."),
    roster_event: int | None = typer.Option(
        None, "--roster-event", help="The archive event whose runners are this event's roster (for live results)."),
    start_location: str | None = typer.Option(None, "--start-location", help=START_HELP),
    finish_location: str | None = typer.Option(None, "--finish-location", help=FINISH_HELP),
    guns: list[str] = typer.Option([], "--gun", help=GUN_HELP),
    rank_by: str | None = typer.Option(None, "--rank-by", help=RANK_HELP),
) -> None:
    """Give an event id to a timing company; its waiting unassigned reads move into the company's sessions.
    The race setup given (mats, guns, ranking) is stored for every scoring of the event's live results; what
    is not given stays as it was."""
    from collector.instants import zone
    from collector.race_setup import changed_setup, describe, event_zone, save_setup, stored_setup
    from collector.sessions import bind_event, bind_roster

    zone_name = _time_zone(time_zone) if time_zone else None
    with connect(owner_url(), autocommit=True) as conn:
        partner_id = tenancy.get_partner(conn, partner).partner_id
        # checked before binding, so a bad gun time binds nothing
        tz = zone(zone_name) if zone_name else event_zone(conn, event_id)
        setup = changed_setup(stored_setup(conn, event_id), tz, guns, start_location, finish_location, rank_by)
        with conn.transaction():
            moved = bind_event(conn, partner_id, event_id, zone_name)
            if roster_event is not None:
                bind_roster(conn, partner_id, event_id, roster_event)
            save_setup(conn, partner_id, event_id, setup)
    console.print(f"event {event_id} belongs to {partner}; moved {moved} unassigned reads into its sessions"
                  + (f"; clock times read in {zone_name}" if zone_name else "")
                  + (f"; scored against the roster of archive event {roster_event}" if roster_event else "")
                  + f"; {describe(setup)}")


@collector_app.command("rejected")
def rejected(
    reload: bool = typer.Option(False, "--reload", help="Load the set-aside reads again (safe to repeat)."),
) -> None:
    """Reads PostgreSQL refused (each kept alone with its reason) and segments set aside whole."""
    from collector import rejected as set_aside

    spool_dir = get_settings().home / "spool"
    with connect(owner_url(), autocommit=True) as conn:
        if reload:
            report = set_aside.reload(conn, spool_dir)
            console.print(f"reloaded {report.segments} segments and refused reads: {report.reads} reads, "
                          f"{report.stored} newly stored, {report.still_refused} still refused"
                          + "".join(f"\n  still refused whole: {why}" for why in report.segments_refused))
            return
        reads = set_aside.refused_reads(conn)
    segments = set_aside.rejected_segments(spool_dir)
    table = Table("id", "received", "event id", "line", "reason", title="Reads PostgreSQL refused")
    for quarantine_id, received, event_id, line, reason in reads:
        table.add_row(str(quarantine_id), str(received), event_id or "", line, reason)
    console.print(table)
    console.print(f"{len(segments)} segments set aside whole"
                  + "".join(f"\n  {path}" for path in segments)
                  + ("\nLoad them again with: p88 collector rejected --reload" if reads or segments else ""))


def _time_zone(name: str | None) -> str:
    """An IANA zone name checked against this machine's zone database (default: this machine's zone)."""
    from collector.instants import UnknownTimeZone, machine_zone_name, zone

    name = name or machine_zone_name()
    try:
        zone(name)
    except UnknownTimeZone as error:
        raise ConfigError(str(error)) from None
    return name


@collector_app.command("unassigned")
def unassigned() -> None:
    """Reads waiting for an event binding, per event and timing point."""
    with connect(owner_url()) as conn:
        rows = conn.execute(
            """SELECT event_id, max(event_name), timing_point, count(*), max(received_at)
               FROM unassigned_reads GROUP BY event_id, timing_point ORDER BY 5 DESC"""
        ).fetchall()
    table = Table("event id", "event", "timing point", "reads", "last read")
    for event_id, name, point, count, last in rows:
        table.add_row(event_id or "(none)", name or "", point, str(count), str(last))
    console.print(table)


@collector_app.command("archive-reads")
def archive_reads(days: int = typer.Option(30, min=1, help="Move reads received more than this many days ago.")) -> None:
    """Move old reads to timing_reads_archive now (the collector also does it every hour)."""
    from collector.retention import archive_old_reads

    with connect(owner_url(), autocommit=True) as conn:
        moved = archive_old_reads(conn, days)
    console.print(f"moved {moved} reads older than {days} days to timing_reads_archive")


def simulate(
    host: str = typer.Option("127.0.0.1", help="Collector address."),
    port: int | None = typer.Option(None, **PORT_BOUNDS, help="Collector port (default: P88_COLLECTOR_PORT)."),
    runners: int = typer.Option(500, min=1, help="Runners in a generated race."),
    race: int | None = typer.Option(None, help="Replay this archive race's finishers (bibs and chip times)."),
    speed: float = typer.Option(60.0, min=0, help="Race seconds per wall second (0 = as fast as possible)."),
    locations: str = typer.Option("start,10k,finish", help="Comma-separated timing locations."),
    event_id: str | None = typer.Option(None, help="Event id the simulated controller reports (default 12345)."),
    new_event: bool = typer.Option(False, "--new-event",
                                   help="Report an event id never used before (a replay; needs --partner)."),
    partner: str | None = typer.Option(None, "--partner", help="Bind the event id to this company first."),
    event_name: str | None = typer.Option(
        None, help="Event name the controller reports (default: the --race's name, else 'Project88 Demo Marathon')."),
    timing_point: str = typer.Option("Finish line", help="Timing point the controller reports (its description)."),
    seed: int = typer.Option(88, help="Seed for the generated race."),
    wait: float = typer.Option(0.0, min=0, help="Seconds to keep retrying while the collector is not up yet."),
) -> None:
    """Play a race to a collector as a ChronoTrack controller would (greeting, handshake, resume, pings)."""
    from collector.replay import FIRST_EVENT_ID, fresh_event_id, race_label
    from collector.sessions import bind_event
    from collector.simulator import plan_from_archive, plan_race, run_controller

    names = [name.strip() for name in locations.split(",") if name.strip()]
    if not names:
        raise ConfigError("--locations needs at least one location")
    if new_event and (event_id is not None or partner is None):
        raise ConfigError("--new-event picks the event id itself and binds it: give --partner, not --event-id")
    try:
        plan = plan_from_archive(owner_url(), race, names) if race is not None else plan_race(runners, names, seed=seed)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    event_id = event_id or str(FIRST_EVENT_ID)
    if new_event or partner is not None or (race is not None and event_name is None):
        with connect(owner_url(), autocommit=True) as conn:
            event_id = fresh_event_id(conn) if new_event else event_id
            event_name = event_name or (race_label(conn, race) if race is not None else None)
            if partner is not None:
                bind_event(conn, tenancy.get_partner(conn, partner).partner_id, event_id)
    event_name = event_name or "Project88 Demo Marathon"
    if partner is not None:
        console.print(f"event {event_id} ({event_name}) belongs to {partner}")
    port = get_settings().collector_port if port is None else port
    deadline = time.monotonic() + wait
    while True:
        try:
            report = asyncio.run(run_controller(host, port, plan, event_id=event_id, event_name=event_name,
                                                description=timing_point, speed=speed))
            break
        except OSError as error:
            if time.monotonic() >= deadline:
                raise P88Error(f"cannot reach the collector at {host}:{port}: {error.strerror or error}") from None
            time.sleep(0.5)
    console.print(f"sent {report.sent} of {plan.total()} reads ({', '.join(report.starts)})")
    if any(start != "start" for start in report.starts):  # the collector knew this device: a race played again
        console.print(f"the collector already had reads of this device at event {event_id}, and stores those it "
                      "holds once; replay a race onto a fresh event id with --new-event --partner <company>")
