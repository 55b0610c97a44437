"""`p88 up` on a fresh home: database, migrations, every service, the demo race; Ctrl-C stops it all."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import psycopg

from project88.ports import claim_port
from warehouse import embedded


def free_port() -> int:
    sock = claim_port("127.0.0.1", 0, "test", "-")
    port = sock.getsockname()[1]
    sock.close()
    return port


def status(port: int) -> dict | None:
    try:
        return json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2).read())
    except OSError:
        return None


def test_up_starts_everything_plays_the_demo_race_and_stops_cleanly_on_ctrl_c(tmp_path):
    home = tmp_path / "home"
    ports = {"P88_COLLECTOR_PORT": free_port(), "P88_STATUS_PORT": free_port(), "P88_WEB_PORT": free_port()}
    env = {**os.environ, "P88_HOME": str(home), **{k: str(v) for k, v in ports.items()}}
    env.pop("P88_DATABASE_URL", None)
    stack = subprocess.Popen([sys.executable, "-m", "project88", "up"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            current = status(ports["P88_STATUS_PORT"])
            if current and current["stored_reads"] > 0:
                break
            assert stack.poll() is None, stack.stdout.read()
            time.sleep(0.5)
        else:
            raise AssertionError("the demo race never reached PostgreSQL")
        url = embedded.status(home / "pg").url
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM users WHERE email = 'demo@project88.example'").fetchone()[0] == 1
            names = conn.execute("""SELECT count(*) FROM timing_reads t JOIN timing_sessions s ON s.id = t.session_id
                                    JOIN results r ON r.partner_id = s.partner_id AND r.bib = t.bib""").fetchone()[0]
            assert names > 0, "the demo race replays archive bibs, so displays find real runners"
        assert (home / "archive.duckdb").exists()
    finally:
        stack.send_signal(signal.SIGINT)
        output = stack.communicate(timeout=60)[0]
    assert stack.returncode == 0, output
    assert "demo: log in as demo@project88.example" in output and "stack stopped" in output
    assert not embedded.status(home / "pg").running
