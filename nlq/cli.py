"""``p88 ask``: one question for one company, answered in the terminal or as JSON."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from nlq.format import cell, to_json
from nlq.live import is_live
from nlq.service import Context, Reply, ask
from project88.settings import Settings, get_settings
from warehouse.archive import partner_id_of


def ask_command(
    question: str = typer.Argument(..., help='In plain English, e.g. "How many runners finished under 3 hours?"'),
    tenant: str = typer.Option(..., "--tenant", help="The asking timing company's slug (p88 partners list)."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole answer as one JSON object."),
    model: bool = typer.Option(True, "--model/--no-model",
                               help="Let the language model (P88_OLLAMA_MODEL) try what the parser cannot."),
) -> None:
    """Answer a question over the company's archive (or live timing data), showing the SQL it ran."""
    settings = get_settings()
    partner_id, url = _company(settings, tenant, needs_database=is_live(question))
    ctx = Context(partner_id, tenant, settings.home, url, settings if model else None)
    reply = ask(question, ctx)
    if as_json:
        typer.echo(to_json(reply.to_json(), indent=2))
    else:
        _show(reply)
    if not reply.answered:
        raise typer.Exit(1)


def _company(settings: Settings, slug: str, *, needs_database: bool) -> tuple[int, str | None]:
    """The company's partner id and, when the question needs PostgreSQL (live timing) or the archive does not
    know the company, the database URL. An archive question thus starts no database and loads no driver."""
    if not needs_database and (partner_id := partner_id_of(settings.home, slug)) is not None:
        return partner_id, None
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    url = owner_url(settings)
    with connect(url) as conn:
        return tenancy.get_partner(conn, slug).partner_id, url


def _show(reply: Reply) -> None:
    console = Console()
    if reply.answered:
        console.print(reply.explanation, markup=False)
        table = Table(*reply.columns)
        for row in reply.rows:
            table.add_row(*(cell(column, value) for column, value in zip(reply.columns, row)))
        console.print(table)
        more = " (more rows than shown)" if reply.truncated else ""
        console.print(f"{len(reply.rows)} row(s){more} · {reply.path} · {reply.intent} · confidence "
                      f"{reply.confidence:.2f} · {reply.elapsed_ms:.0f} ms", style="dim")
        console.print(reply.sql, style="dim", soft_wrap=True, markup=False)
    if reply.notice:
        console.print(reply.notice, style="yellow", markup=False)
    if reply.suggestions:
        console.print("Try:", style="bold")
        for suggestion in reply.suggestions:
            console.print(f"  {suggestion}", markup=False)
