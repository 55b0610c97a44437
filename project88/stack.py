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

from project88.settings import Settings
from warehouse import embedded
from warehouse.database import connect, owner_url
from warehouse.migrate import migrate

# (name, p88 sub-command) of each long-running service; each issue that adds a server adds it here.
SERVICES: list[tuple[str, list[str]]] = [("collector", ["collector"]), ("exporter", ["export", "--nightly"])]

console = Console()


def run_stack(settings: Settings) -> None:
    started_database = settings.uses_embedded_database and not embedded.status(settings.pgdata).running
    url = owner_url(settings)
    with connect(url) as conn:
        migrate(conn)
    console.print(f"database ready at {embedded.status(settings.pgdata).url or 'P88_DATABASE_URL'}")
    children = {name: subprocess.Popen([sys.executable, "-m", "project88", *argv]) for name, argv in SERVICES}
    for name, child in children.items():
        console.print(f"started {name} (pid {child.pid})")
    console.print("stack running; press Ctrl-C to stop")
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    try:
        while True:
            for name, child in children.items():
                if child.poll() is not None:
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
