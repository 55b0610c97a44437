"""``p88 up``: the whole stack in one terminal, each service a child process; Ctrl-C or SIGTERM stops it all.

The database comes first (started and migrated here), then every service in SERVICES. Once the collector
and the web server answer, one block says where everything is (``project88.welcome``). A service that dies
takes the stack down with a clear line rather than leaving a half-working race day. On a fresh installation
the demo race (``project88.demo``) is played when the first display screen opens.

The services run in their own sessions: a stop signal reaches ``p88 up`` alone (from the terminal's Ctrl-C
as from ``kill``), which then asks every service to stop at once, once, and ends any that did not within
STOP_WITHIN_S.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable

from rich.console import Console

from project88 import welcome
from project88.demo import Demo, prepare, race_command, wanted
from project88.errors import P88Error
from project88.settings import Settings
from warehouse import embedded
from warehouse.database import connect, owner_url
from warehouse.migrate import migrate

# (name, p88 sub-command) of each long-running service; each issue that adds a server adds it here.
SERVICES: list[tuple[str, list[str]]] = [("collector", ["collector"]), ("exporter", ["export", "--nightly"]),
                                             ("web", ["serve"])]
DEMO_RACE = "demo race"  # a one-shot service: it ends when the race does
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
STOP_WITHIN_S = 8.0      # every service together; the database's own stop follows (all within 10 s)
READY_WITHIN_S = 90.0
POLL_S = 0.5

console = Console()


def run_stack(settings: Settings, demo: bool | None = None, verbose: bool = False) -> None:
    """Run until a stop signal. ``demo`` None = only on a fresh installation; ``verbose`` = the web access log."""
    started_database = settings.uses_embedded_database and not embedded.status(settings.pgdata).running
    children: dict[str, subprocess.Popen] = {}
    for sig in STOP_SIGNALS:
        signal.signal(sig, _interrupt)
    try:
        url = owner_url(settings)
        with connect(url, autocommit=True) as conn:
            migrate(conn)
            ready_demo = prepare(conn, url, settings) if demo or (demo is None and wanted(conn)) else None
        console.print(f"database ready at {embedded.status(settings.pgdata).url or 'P88_DATABASE_URL'}", soft_wrap=True)
        where = welcome.addresses(settings)
        for name, argv in SERVICES:
            children[name] = _spawn(argv + (["--verbose"] if verbose and name == "web" else []))
        _wait_until_ready(children, {"collector": f"{where.status}/health", "web": f"{where.web}/health"})
        print(welcome.block(where, ready_demo), flush=True)
        _supervise(children, ready_demo, where.web)
    except KeyboardInterrupt:
        pass
    finally:
        for sig in STOP_SIGNALS:  # a second Ctrl-C must not cut the stop short
            signal.signal(sig, signal.SIG_IGN)
        _stop(children)
        if started_database:
            embedded.stop(settings.pgdata)
        console.print("stack stopped")


def _interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def _spawn(argv: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "project88", *argv], start_new_session=True)


def _wait_until_ready(children: dict[str, subprocess.Popen], probes: dict[str, str]) -> None:
    """Until every probed service answers HTTP (any status: up is up, degraded or not)."""
    deadline = time.monotonic() + READY_WITHIN_S
    waiting = dict(probes)
    while True:
        _check(children)
        waiting = {name: probe for name, probe in waiting.items() if not _answers(probe)}
        if not waiting:
            return
        if time.monotonic() > deadline:
            console.print(f"[yellow]{', '.join(waiting)} not answering after {READY_WITHIN_S:.0f} s[/yellow]")
            return
        time.sleep(POLL_S)


def _supervise(children: dict[str, subprocess.Popen], demo: Demo | None, web: str) -> None:
    """Watch the services until a signal; play the demo race once the first screen opens."""
    while True:
        _check(children)
        if demo is not None and DEMO_RACE not in children and _screens_open(web):
            console.print(f"a screen opened the demo display: playing {demo.race_label} at {demo.speed:g}x")
            children[DEMO_RACE] = _spawn(race_command(demo))
            demo = None
        time.sleep(POLL_S)


def _check(children: dict[str, subprocess.Popen]) -> None:
    """Raise when a service has died; forget a one-shot service that finished well."""
    for name, child in list(children.items()):
        if child.poll() is None:
            continue
        if name == DEMO_RACE and child.returncode == 0:
            console.print(f"{name} finished")
            del children[name]
            continue
        raise P88Error(f"{name} exited with code {child.returncode}; the stack stopped")


def _stop(children: dict[str, subprocess.Popen]) -> None:
    """SIGINT to every running service at once, then a kill for any still running after STOP_WITHIN_S."""
    running = {name: child for name, child in children.items() if child.poll() is None}
    for child in running.values():
        child.send_signal(signal.SIGINT)
    deadline = time.monotonic() + STOP_WITHIN_S
    for name, child in running.items():
        try:
            child.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            console.print(f"{name} did not stop within {STOP_WITHIN_S:.0f} s; killing it")
            child.kill()
            child.wait()


def _answers(url: str) -> bool:
    return _get(url, lambda response: True) is not None


def _screens_open(web: str) -> bool:
    """Whether any display screen is open on the web server (its /health counts them)."""
    health = _get(f"{web}/health", json.load)
    return bool(health and health.get("live", {}).get("screens"))


def _get(url: str, read: Callable) -> object | None:
    """``read(response)`` for any HTTP answer, None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return read(response)
    except urllib.error.HTTPError as error:
        return read(error)
    except OSError:
        return None
