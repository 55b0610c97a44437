"""``p88 providers``: credentials, event lists, roster and result syncs, and CSV/Excel roster imports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from project88.settings import get_settings
from providers import csv_import, store
from providers.publish import publish_results
from providers.credentials import list_credentials, load_credentials, save_credentials
from providers.registry import PROVIDERS, make_provider
from warehouse import tenancy
from warehouse.database import connect, owner_url, tenant_connection

providers_app = typer.Typer(help="Registration and scoring providers: events, rosters and results.",
                            no_args_is_help=True)
console = Console()
PARTNER = typer.Option(..., "--partner", help="The timing company's slug (p88 partners list).")
PROVIDER = typer.Option(..., "--provider", help=f"One of: {', '.join(PROVIDERS)}.")


def _company(slug: str) -> tuple[int, str]:
    url = owner_url(get_settings())
    with connect(url) as conn:
        return tenancy.get_partner(conn, slug).partner_id, url


def _pairs(values: list[str], what: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"{what} must look like name=value, not {value!r}")
        pairs[name.strip()] = rest
    return pairs


@providers_app.command("credentials")
def credentials(partner: str = PARTNER, provider: str = PROVIDER,
                secret: list[str] = typer.Option([], "--secret", help="name=value, e.g. api_key=...; repeatable."),
                base_url: str | None = typer.Option(None, help="Another API address (a sandbox, a stand-in).")) -> None:
    """Store (or update) a company's credentials for a provider; they are shown masked from then on."""
    partner_id, url = _company(partner)
    with tenant_connection(partner_id, url, autocommit=True) as conn:
        save_credentials(conn, partner_id, provider, _pairs(secret, "--secret"), base_url)
        stored = load_credentials(conn, provider)
    console.print(f"saved {provider} credentials for {partner}: {stored.masked()}", markup=False)


@providers_app.command("list")
def list_command(partner: str = PARTNER) -> None:
    """Credentials (masked), synced provider events and the latest syncs of a company."""
    partner_id, url = _company(partner)
    with tenant_connection(partner_id, url) as conn:
        stored = list_credentials(conn)
        events = conn.execute("""
            SELECT n.provider, n.provider_event_id, n.event_name, n.event_date, m.event_id,
                   (SELECT count(*) FROM normalized_participants p WHERE p.normalized_event_id = n.id),
                   (SELECT count(*) FROM normalized_results r WHERE r.normalized_event_id = n.id)
            FROM normalized_events n LEFT JOIN provider_mappings m ON m.normalized_event_id = n.id
            ORDER BY n.event_date DESC NULLS LAST, n.event_name""").fetchall()
        syncs = conn.execute("""SELECT provider, provider_event_id, kind, status, started_at, inserted, updated,
                                unchanged, error FROM sync_history ORDER BY started_at DESC LIMIT 10""").fetchall()
    table = Table("provider", "credentials", "API address", title="Credentials")
    for item in stored:
        table.add_row(item.provider, ", ".join(f"{k}={v}" for k, v in item.masked().items()), item.base_url or "public")
    console.print(table)
    table = Table("provider", "provider event", "name", "date", "archive event", "roster", "results",
                  title="Provider events")
    for row in events:
        table.add_row(*(str(v) if v is not None else "" for v in row))
    console.print(table)
    table = Table("provider", "event", "kind", "status", "started", "+new", "~changed", "=same", "error",
                  title="Latest syncs")
    for row in syncs:
        table.add_row(*(str(v) if v is not None else "" for v in row))
    console.print(table)


def _provider(partner_id: int, url: str, name: str):
    with tenant_connection(partner_id, url) as conn:
        stored = load_credentials(conn, name)
    return make_provider(name, stored.secrets, stored.base_url)


def _report(report: store.SyncReport) -> None:
    where = f" event {report.provider_event_id}" if report.provider_event_id else ""
    archive = f"; archive event {report.event_id}" if report.event_id else ""
    console.print(f"{report.provider}{where} {report.kind}: {report.inserted} new, {report.updated} changed, "
                  f"{report.unchanged} unchanged{archive}", markup=False)


@providers_app.command("events")
def events_command(partner: str = PARTNER, provider: str = PROVIDER) -> None:
    """Fetch the provider's event list into normalized_events."""
    partner_id, url = _company(partner)
    _report(store.sync_events(partner_id, url, _provider(partner_id, url, provider)))


@providers_app.command("sync")
def sync_command(partner: str = PARTNER, provider: str = PROVIDER,
                 event: str = typer.Option(..., "--event", help="The event's id at the provider."),
                 results: bool = typer.Option(False, "--results", help="Sync results instead of the roster."),
                 full: bool = typer.Option(False, "--full", help="Re-read the whole roster, not only changes."),
                 ) -> None:
    """Sync one event's roster (or results): all or nothing, and re-running changes nothing."""
    partner_id, url = _company(partner)
    adapter = _provider(partner_id, url, provider)
    if results:
        _report(store.sync_results(partner_id, url, adapter, event))
    else:
        _report(store.sync_roster(partner_id, url, adapter, event, full=full))


@providers_app.command("publish")
def publish_command(partner: str = PARTNER, provider: str = PROVIDER,
                    event: str = typer.Option(..., "--event", help="The event's id at the provider."),
                    ) -> None:
    """Make an event's synced results part of the archive (races, participants, results); re-running updates
    only what changed. The nightly export then carries them to the Parquet archive and the questions."""
    partner_id, url = _company(partner)
    report = publish_results(partner_id, url, provider, event)
    console.print(report.summary(), markup=False)


@providers_app.command("import-csv")
def import_csv(path: Path = typer.Argument(..., exists=True, dir_okay=False, help="A .csv or .xlsx roster."),
               partner: str = PARTNER,
               event_name: str = typer.Option(..., "--event-name", help="The event this roster is for."),
               event_date: str = typer.Option(..., "--date", help="Its date, YYYY-MM-DD."),
               city: str | None = typer.Option(None), state: str | None = typer.Option(None),
               mapping: list[str] = typer.Option([], "--map", help="field=Header when detection guesses wrong."),
               skip_bad_rows: bool = typer.Option(False, "--skip-bad-rows", help="Import the good rows anyway."),
               dry_run: bool = typer.Option(False, "--dry-run", help="Check and preview only."),
               encoding: str | None = typer.Option(None, "--encoding", help="The text file's encoding when "
                                                   "detection guesses wrong, e.g. cp1250 or mac_roman.")) -> None:
    """Check a roster file and import it; with any bad row nothing is written (unless --skip-bad-rows).
    A file that cannot be read as a roster at all is one line on stderr and exit code 2."""
    partner_id, url = _company(partner)
    try:
        day = date.fromisoformat(event_date)
    except ValueError:
        raise typer.BadParameter(f"--date must be YYYY-MM-DD, not {event_date!r}") from None
    try:
        preview, report = csv_import.import_roster(partner_id, url, path, event_name, day, city=city, state=state,
                                                   overrides=_pairs(mapping, "--map"), skip_bad_rows=skip_bad_rows,
                                                   dry_run=dry_run, encoding=encoding)
    except csv_import.RosterInvalid as invalid:
        _show_preview(invalid.preview)
        raise
    _show_preview(preview)
    if report:
        _report(report)


def _show_preview(preview: csv_import.Preview) -> None:
    for note in preview.notes():
        console.print(note, markup=False)
    console.print("columns: " + ", ".join(f"{field} ← {header!r}" for field, header in preview.mapping.items()),
                  markup=False)
    table = Table("bib", "first", "last", "sex", "age", "city", "race", title=f"Preview ({preview.rows} rows)")
    for p in preview.participants[:5]:
        table.add_row(*(str(v) if v is not None else "" for v in (p.bib, p.first_name, p.last_name, p.sex, p.age,
                                                                  p.city, p.race_name)))
    console.print(table)
    if preview.problems:
        table = Table("row", "column", "problem", title=f"{len(preview.problems)} problem(s)")
        for problem in preview.problems:
            table.add_row(str(problem.row), problem.column, problem.message)
        console.print(table)
