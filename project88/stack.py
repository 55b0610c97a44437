"""``p88 up``: the whole stack in one terminal, each service a child process, Ctrl-C stops them all.

The database comes first (started and migrated here), then every service in SERVICES. A service that dies
takes the stack down with a clear line rather than leaving a half-working race day.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from rich.console import Console

from project88.demo import prepare, race_command, wanted
from project88.settings import Settings
from warehouse import embedded
from warehouse.database import connect, owner_url
from warehouse.migrate import migrate

# (name, p88 sub-command) of each long-running service; each issue that adds a server adds it here.
SERVICES: list[tuple[str, list[str]]] = [("collector", ["collector"]), ("exporter", ["export", "--nightly"]),
                                             ("web", ["serve"])]

ONE_SHOT = {"demo race"}  # services that end on their own

console = Console()


def _prepare_demo(conn, url: str, settings: Settings) -> list[str]:
    demo = prepare(conn, url, settings)
    console.print(f"demo: log in as [bold]{demo.email}[/bold] with password [bold]{demo.password}[/bold] "
                  f"(company {demo.partner_slug}); race {demo.race_id} is being played to the collector")
    return race_command(demo)


def run_stack(settings: Settings, demo: bool | None = None) -> None:
    """Run until Ctrl-C. ``demo`` None = only on a fresh installation (see project88.demo)."""
    started_database = settings.uses_embedded_database and not embedded.status(settings.pgdata).running
    url = owner_url(settings)
    with connect(url, autocommit=True) as conn:
        migrate(conn)
        race = _prepare_demo(conn, url, settings) if demo or (demo is None and wanted(conn)) else None
    console.print(f"database ready at {embedded.status(settings.pgdata).url or 'P88_DATABASE_URL'}")
    services = SERVICES + ([("demo race", race)] if race else [])
    children = {name: subprocess.Popen([sys.executable, "-m", "project88", *argv]) for name, argv in services}
    for name, child in children.items():
        console.print(f"started {name} (pid {child.pid})")
    console.print("stack running; press Ctrl-C to stop")
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    try:
        while True:
            for name, child in list(children.items()):
                if child.poll() is None:
                    continue
                if name in ONE_SHOT and child.returncode == 0:
                    console.print(f"{name} finished")
                    del children[name]
                    continue
                console.print(f"[red]{name} exited with code {child.returncode}; stopping the stack[/red]")
                raise KeyboardInterrupt
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        _stop(children)
        if started_database:
            embedded.stop(settings.pgdata)
        console.print("stack stopped")


def _stop(children: dict[str, subprocess.Popen]) -> None:
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGINT)
    for name, child in children.items():
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            console.print(f"{name} did not stop in 10 s; killing it")
            child.kill()
