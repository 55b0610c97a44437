"""What the collector tests share: a collector config and a bound event, a controller played or driven by hand
over real TCP, waiting for reads to land, and a ``p88 collector`` process of its own with its status API."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from collector.server import CollectorConfig
from collector.sessions import bind_event
from collector.simulator import run_controller
from project88.ports import claim_port


def wait_for(predicate, timeout=30.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def count(owner, sql, *params):
    return owner.execute(sql, params).fetchone()[0]


EVENT_READS = "SELECT count(*) FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id WHERE s.event_id = %s"


def event_reads(owner, event_id="777"):
    """Reads stored for one ChronoTrack event (the seeded companies have reads of their own)."""
    return count(owner, EVENT_READS, event_id)


@pytest.fixture
def config(db_url, tmp_path):
    return CollectorConfig(spool_dir=tmp_path / "spool", database_url=db_url, host="127.0.0.1", port=0,
                           ping_interval_s=10, greeting_timeout_s=2, handshake_timeout_s=2)


@pytest.fixture
def alpha(owner, two_companies):
    bind_event(owner, 1, "777")
    return 1


def play(port, plan, **kwargs):
    kwargs.setdefault("event_id", "777")
    return asyncio.run(run_controller("127.0.0.1", port, plan, linger_s=0.2, **kwargs))


class Peer:
    """A hand-driven controller for transcript-level tests."""

    def __init__(self, port: int):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.file = self.sock.makefile("rb")

    def send(self, *lines: str | bytes) -> None:
        self.sock.sendall(b"".join(l if isinstance(l, bytes) else l.encode() + b"\r\n" for l in lines))

    def line(self) -> str:
        return self.file.readline().decode().rstrip("\r\n")

    def handshake(self, event_id="777", locations=("finish",)) -> list[str]:
        self.send("SimpleClient~1.2.3~CTP01")
        header = self.line()
        heard = [header] + [self.line() for _ in range(int(header.rsplit("~", 1)[1]))]
        heard += [self.line(), self.line()]
        self.send(f"ack~geteventinfo~Hartford Marathon~{event_id}~Finish line",
                  "~".join(["ack~getlocations", *locations]))
        heard.append(self.line())
        return heard

    def close(self):
        self.file.close()
        self.sock.close()


def free_port() -> int:
    sock = claim_port("127.0.0.1", 0, "test", "-")
    port = sock.getsockname()[1]
    sock.close()
    return port


def start_collector(home, database_url, port, status_port) -> subprocess.Popen:
    """A ``p88 collector`` process of its own, returned once its status API answers."""
    env = {**os.environ, "P88_HOME": str(home), "P88_DATABASE_URL": database_url}
    child = subprocess.Popen(
        [sys.executable, "-m", "project88", "collector", "--host", "127.0.0.1", "--port", str(port),
         "--status-port", str(status_port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: collector_status(status_port), timeout=30, what="the collector's status API")
    return child


def collector_status(port) -> dict | None:
    """What a collector's status API on ``port`` says, or None while it does not answer."""
    try:
        return json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2).read())
    except OSError:
        return None
