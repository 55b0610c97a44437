"""The ``p88`` command: one plain CLI over the libraries in collector/, warehouse/, dashboards/ and nlq/.

Exit codes: 0 success, 1 the operation failed, 2 a usage or configuration error (including a database that
cannot be reached). Known errors print one line, never a traceback.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from project88.errors import ConfigError, P88Error
from project88.lazy import lazy_group

if TYPE_CHECKING:
    from project88.settings import Settings

# Imported only when run (project88/lazy.py): these load DuckDB, Panel, LangChain and friends, which the other
# commands and `p88 --help` do not need. The commands below import what they use inside themselves, likewise.
LAZY_COMMANDS = {
    "collector": "collector.cli:collector_app", "providers": "providers.cli:providers_app",
    "simulate": "collector.cli:simulate", "generate": "warehouse.cli:generate_command",
    "export": "warehouse.cli:export_command", "serve": "dashboards.cli:serve_command", "ask": "nlq.cli:ask_command",
    "notebook": "project88.notebook:notebook_command", "results": "collector.results_cli:results_app",
}

app = typer.Typer(help="Project88: ChronoTrack collector, race archive, live displays and plain-English questions.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  cls=lazy_group(LAZY_COMMANDS))
db_app = typer.Typer(help="The embedded PostgreSQL server (unused when P88_DATABASE_URL is set).", no_args_is_help=True)
users_app = typer.Typer(help="Users who log in to the web pages, each acting for one timing company.", no_args_is_help=True)
partners_app = typer.Typer(help="Timing companies: the tenants whose data never mixes.", no_args_is_help=True)
tokens_app = typer.Typer(help="API tokens for scripts (Authorization: Bearer ...), each acting for one timing company.",
                         no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(partners_app, name="partners")
app.add_typer(tokens_app, name="tokens")

console = Console()
err_console = Console(stderr=True)


def _require_embedded(settings: Settings) -> None:
    from project88.settings import mask_url

    if not settings.uses_embedded_database:
        raise ConfigError(
            f"P88_DATABASE_URL is set ({mask_url(settings.database_url.get_secret_value())}); "
            "the embedded server is not used"
        )


@db_app.command("start")
def db_start() -> None:
    """Start the embedded PostgreSQL (or reuse the one already running) under $P88_HOME/pg."""
    from project88.settings import get_settings
    from warehouse import embedded

    settings = get_settings()
    _require_embedded(settings)
    server = embedded.start(settings.pgdata)
    console.print(f"PostgreSQL running (pid {server.pid}) at {server.url}")


@db_app.command("stop")
def db_stop() -> None:
    """Stop the embedded PostgreSQL; its data stays in $P88_HOME/pg."""
    from project88.settings import get_settings
    from warehouse import embedded

    settings = get_settings()
    _require_embedded(settings)
    stopped = embedded.stop(settings.pgdata)
    console.print("PostgreSQL stopped" if stopped else "PostgreSQL was not running")


@db_app.command("status")
def db_status() -> None:
    """Say whether the database is running and reachable; exit 1 when it is not."""
    from project88.settings import get_settings, mask_url
    from warehouse import embedded
    from warehouse.database import connect, owner_url

    settings = get_settings()
    if settings.uses_embedded_database:
        server = embedded.status(settings.pgdata)
        if not server.running:
            console.print(f"stopped (data directory {settings.pgdata})")
            raise typer.Exit(1)
        console.print(f"running (pid {server.pid}) at {server.url}")
        return
    with connect(owner_url(settings)) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    console.print(f"reachable: PostgreSQL {version} at {mask_url(settings.database_url.get_secret_value())}")


@db_app.command("url")
def db_url() -> None:
    """Print the owner connection URL (starting the embedded server if needed), for psql and scripts."""
    from warehouse.database import owner_url

    print(owner_url())


@app.command("migrate")
def migrate_command() -> None:
    """Bring the schema up to date; running it again changes nothing."""
    from project88.settings import get_settings
    from warehouse.database import connect, owner_url
    from warehouse.migrate import migrate, set_app_password

    settings = get_settings()
    with connect(owner_url(settings)) as conn:
        done = migrate(conn)
        if settings.app_password is not None:
            set_app_password(conn, settings.app_password.get_secret_value())
    if done:
        for migration in done:
            console.print(f"applied {migration.version} {migration.name}")
    else:
        console.print("schema up to date")


@app.command("config")
def config_command(
    providers: bool = typer.Option(False, "--providers",
                                   help="Also list every company's stored provider credentials (masked)."),
) -> None:
    """Show the effective settings and where each comes from (secrets masked)."""
    from project88.settings import Settings, get_settings, mask_url

    settings = get_settings()
    table = Table("setting", "value", "source")
    for name, field in Settings.model_fields.items():
        value = getattr(settings, name)
        env_names = [f"P88_{name.upper()}"] + ([a for a in field.validation_alias.choices] if field.validation_alias else [])
        source = next((env for env in env_names if env in os.environ), None)
        if name == "database_url":
            shown = mask_url(value.get_secret_value()) if value else f"(embedded, data in {settings.pgdata})"
        elif hasattr(value, "get_secret_value"):
            shown = "***"
        else:
            shown = "" if value is None else str(value)
        table.add_row(f"P88_{name.upper()}" if name != "ollama_host" else "OLLAMA_HOST", shown, source or "default")
    console.print(table)
    if providers:
        console.print(_provider_credentials(settings))


def _provider_credentials(settings: Settings) -> Table:
    """Provider credentials of every company, masked (they live in PostgreSQL, not in the environment)."""
    from providers.credentials import StoredCredentials
    from warehouse.database import connect, owner_url

    with connect(owner_url(settings, start=False)) as conn:
        rows = conn.execute("""SELECT p.slug, c.provider, c.secrets, c.base_url, c.updated_at
                               FROM provider_credentials c JOIN timing_partners p USING (partner_id)
                               ORDER BY p.slug, c.provider""").fetchall()
    table = Table("company", "provider", "credentials", "API address", title="Provider credentials")
    for slug, provider, secrets, base_url, updated_at in rows:
        masked = StoredCredentials(provider, secrets, base_url, updated_at).masked()
        table.add_row(slug, provider, ", ".join(f"{k}={v}" for k, v in masked.items()), base_url or "public")
    return table


@partners_app.command("add")
def partners_add(
    name: str = typer.Argument(..., help="The company's name, e.g. 'Big River Race Management'."),
    slug: str | None = typer.Option(None, help="Short id used on the command line; made from the name if omitted."),
    city: str | None = typer.Option(None),
    state: str | None = typer.Option(None, help="2-letter US state."),
) -> None:
    """Add a timing company."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        partner = tenancy.add_partner(conn, name, slug, city, state)
    console.print(f"added timing partner {partner.partner_id} {partner.slug!r} ({partner.name})")


@partners_app.command("list")
def partners_list() -> None:
    """List the timing companies."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        partners = tenancy.list_partners(conn)
    table = Table("id", "slug", "name", "city", "state")
    for p in partners:
        table.add_row(str(p.partner_id), p.slug, p.name, p.city or "", p.state or "")
    console.print(table)


@users_app.command("add")
def users_add(
    email: str = typer.Argument(...),
    partner: str = typer.Option(..., "--partner", help="Slug of the timing company the user acts for."),
    role: str = typer.Option("director", help="admin, director or viewer."),
    name: str | None = typer.Option(None, help="Display name."),
    password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True,
                                 envvar="P88_NEW_PASSWORD", help="Prompted for when omitted."),
) -> None:
    """Add a user to a timing company."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        user = tenancy.add_user(conn, email, password, partner, role, name)
    console.print(f"added user {user.user_id} {user.email} ({user.role}) to {partner}")


@users_app.command("list")
def users_list(partner: str | None = typer.Option(None, "--partner", help="Only this company's users.")) -> None:
    """List users (never their password hashes)."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        users = tenancy.list_users(conn, partner)
        slugs = {p.partner_id: p.slug for p in tenancy.list_partners(conn)}
    table = Table("id", "email", "partner", "role", "last login")
    for u in users:
        role = f"{u.role} (disabled)" if u.disabled_at else u.role
        table.add_row(str(u.user_id), u.email, slugs[u.partner_id], role, str(u.last_login_at or ""))
    console.print(table)


@users_app.command("passwd")
def users_passwd(
    email: str = typer.Argument(...),
    password: str = typer.Option(..., prompt="New password", hide_input=True, confirmation_prompt=True,
                                 envvar="P88_NEW_PASSWORD"),
) -> None:
    """Set a user's password; every session of the user ends (they log in again everywhere)."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        tenancy.set_password(conn, email, password)
    console.print(f"password changed for {email}; their sessions have ended")


@users_app.command("disable")
def users_disable(email: str = typer.Argument(...)) -> None:
    """Stop a user from logging in and end every session they have, at once."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        tenancy.set_disabled(conn, email, True)
    console.print(f"disabled {email}; their sessions have ended")


@users_app.command("enable")
def users_enable(email: str = typer.Argument(...)) -> None:
    """Let a disabled user log in again."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        tenancy.set_disabled(conn, email, False)
    console.print(f"enabled {email}")


_PARTNER_HELP = "Slug of the timing company (p88 partners list)."


@tokens_app.command("create")
def tokens_create(
    name: str = typer.Argument(..., help="What the token is for, e.g. 'results scoreboard'."),
    partner: str = typer.Option(..., "--partner", "--tenant", help=_PARTNER_HELP),
    expires_in_days: float | None = typer.Option(None, "--expires-in-days",
                                                 help="Expire after this many days, 0.01 to 3650 (default: never)."),
) -> None:
    """Make a token and print it once: only its hash is stored."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    lifetime = tenancy.token_lifetime(expires_in_days) if expires_in_days is not None else None
    with connect(owner_url()) as conn:
        token = tenancy.create_api_token(conn, tenancy.get_partner(conn, partner).partner_id, name,
                                         expires_in=lifetime)
    err_console.print(f"token {name!r} for {partner} (shown only now; keep it secret):")
    print(token)


@tokens_app.command("list")
def tokens_list(
    partner: str | None = typer.Option(None, "--partner", "--tenant", help="Only this company's tokens."),
) -> None:
    """List tokens: id, name, dates and state (never the token or its hash)."""
    from datetime import datetime, timezone

    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        tokens = tenancy.list_api_tokens(conn, partner)
        slugs = {p.partner_id: p.slug for p in tenancy.list_partners(conn)}
    now = datetime.now(timezone.utc)
    table = Table("id", "partner", "name", "created", "expires", "last used", "state")
    for t in tokens:
        state = ("revoked" if t.revoked_at else "expired" if t.expires_at and t.expires_at <= now else "live")
        table.add_row(str(t.token_id), slugs[t.partner_id], t.name, f"{t.created_at:%Y-%m-%d %H:%M}",
                      f"{t.expires_at:%Y-%m-%d %H:%M}" if t.expires_at else "never",
                      f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "", state)
    console.print(table)


@tokens_app.command("revoke")
def tokens_revoke(
    token_id: int = typer.Argument(..., help="The token's id (p88 tokens list)."),
    partner: str = typer.Option(..., "--partner", "--tenant", help=_PARTNER_HELP),
) -> None:
    """Revoke a token: requests carrying it answer 401 from now on."""
    from warehouse import tenancy
    from warehouse.database import connect, owner_url

    with connect(owner_url()) as conn:
        token = tenancy.revoke_api_token(conn, token_id, partner)
    console.print(f"revoked token {token.token_id} {token.name!r} of {partner}")


@app.command("up")
def up(
    demo: bool | None = typer.Option(None, "--demo/--no-demo",
                                     help="Sample data, a login and a live race (default: on a fresh install)."),
    verbose: bool = typer.Option(False, "--verbose", help="Also log every web request (the access log)."),
) -> None:
    """Start the whole stack: database, migrations, collector, exporter, web server; Ctrl-C stops it all."""
    from project88.settings import get_settings
    from project88.stack import run_stack

    run_stack(get_settings(), demo, verbose=verbose)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app, turning known errors into one line on stderr and an exit code."""
    try:
        app(args=argv)
    except P88Error as error:
        err_console.print(f"p88: {error}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(error.exit_code)
    except Exception as error:
        from pydantic import ValidationError  # only once something failed: the CLI starts without pydantic

        if not isinstance(error, ValidationError):
            raise
        first = error.errors()[0]
        err_console.print(f"p88: invalid configuration: {first['loc'][0]}: {first['msg']}", markup=False, soft_wrap=True)
        sys.exit(2)
