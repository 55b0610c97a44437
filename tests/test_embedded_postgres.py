"""The embedded server: started on demand, reused, stopped on request, data kept across restarts."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from warehouse import embedded


@pytest.fixture
def pgdata(tmp_path):
    path = tmp_path / "home" / "pg"
    yield path
    embedded.stop(path)


def test_start_reuse_stop_restart_keeps_data(pgdata):
    assert not embedded.status(pgdata).running
    first = embedded.start(pgdata)
    assert first.running and first.url
    again = embedded.start(pgdata)
    assert again.pid == first.pid, "a second start reuses the running server"
    with psycopg.connect(first.url, autocommit=True) as conn:
        conn.execute("CREATE TABLE kept (v int); INSERT INTO kept VALUES (88)")
    assert embedded.stop(pgdata) is True
    assert not embedded.status(pgdata).running
    assert embedded.stop(pgdata) is False, "stopping a stopped server is a no-op"
    restarted = embedded.start(pgdata)
    with psycopg.connect(restarted.url) as conn:
        assert conn.execute("SELECT v FROM kept").fetchone() == (88,)
        assert conn.execute("SHOW shared_buffers").fetchone() == (embedded.SERVER_SETTINGS["shared_buffers"],)


def test_two_processes_starting_at_once_share_one_server(pgdata):
    script = (
        "import sys; from pathlib import Path; from warehouse import embedded;"
        "print(embedded.start(Path(sys.argv[1])).pid)"
    )

    def start_in_a_process(_):
        done = subprocess.run([sys.executable, "-c", script, str(pgdata)], capture_output=True, text=True, check=True)
        return int(done.stdout.strip())

    with ThreadPoolExecutor(2) as pool:
        pids = set(pool.map(start_in_a_process, range(2)))
    assert len(pids) == 1
    assert embedded.status(pgdata).pid in pids
