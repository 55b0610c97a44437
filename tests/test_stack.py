"""`p88 up` on a fresh home: database, migrations, every service, one ready block, the demo race played when
its display opens, a replay onto a fresh event id; a stop signal to `p88 up` alone stops it all."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import psycopg

from project88 import welcome
from project88.demo import Demo
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


def wait_for(condition, what: str, seconds: float = 120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.3)
    raise AssertionError(f"{what} did not happen within {seconds} s")


class Output:
    """The stack's output, read as it comes (a thread drains the pipe so the stack never blocks on it)."""

    def __init__(self, stream) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=lambda: self.lines.extend(iter(stream.readline, "")), daemon=True)
        self._thread.start()

    @property
    def text(self) -> str:
        return "".join(self.lines)


def p88(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "project88", *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_up_guides_a_newcomer_plays_the_demo_when_its_display_opens_and_stops_on_a_signal(embedded_home):
    home = embedded_home
    ports = {"P88_COLLECTOR_PORT": free_port(), "P88_STATUS_PORT": free_port(), "P88_WEB_PORT": free_port()}
    env = {**os.environ, "P88_HOME": str(home), **{k: str(v) for k, v in ports.items()}}
    env.pop("P88_DATABASE_URL", None)
    stack = subprocess.Popen([sys.executable, "-m", "project88", "up"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    output = Output(stack.stdout)
    try:
        wait_for(lambda: "Ctrl-C stops every service." in output.text or stack.poll() is not None, "the ready block")
        assert stack.poll() is None, output.text
        services = Path(f"/proc/{stack.pid}/task/{stack.pid}/children").read_text().split()
        block = output.text[output.text.index("Project88 is ready"):]
        web = f"http://127.0.0.1:{ports['P88_WEB_PORT']}"
        assert f"{web}/login" in block
        assert len(re.search(r"demo@project88\.example\s+password (\S+)", block).group(1)) >= 12
        display = re.search(rf"{re.escape(web)}/display/(\w+)", block).group(0)
        session = re.search(r'session #(\d+) "([^"]+)"', block)
        assert re.search(r"demo race\s+\D+ \d{4} .+: [\d,]+ finishers", block), "the race by name, not only number"
        assert status(ports["P88_STATUS_PORT"])["total_reads"] == 0, "the demo race waits for its display"

        assert urllib.request.urlopen(display, timeout=30).status == 200        # a screen opens it
        url = embedded.status(home / "pg").url
        with psycopg.connect(url, autocommit=True) as conn:
            # the race lands in the display's session, with archive bibs, so the display finds real runners
            named = """SELECT s.session_name FROM timing_sessions s JOIN timing_reads t ON t.session_id = s.id
                       JOIN results r ON r.partner_id = s.partner_id AND r.bib = t.bib WHERE s.id = %s LIMIT 1"""
            name = wait_for(lambda: conn.execute(named, (int(session.group(1)),)).fetchone(), "a named runner's read")
            assert name[0] == session.group(2)
            assert conn.execute("SELECT count(*) FROM users WHERE email = 'demo@project88.example'").fetchone()[0] == 1
        assert (home / "archive.duckdb").exists()
        assert "tornado.access INFO" not in output.text and "GET /static" not in output.text, "no access log"

        race = re.search(r"p88 simulate --race (\d+) --new-event --partner ([\w-]+)", block)
        replay = p88("simulate", "--race", race.group(1), "--new-event", "--partner", race.group(2), "--speed", "0",
                     "--locations", "start,finish", env=env)
        assert replay.returncode == 0, replay.stderr
        event_id, sent = re.search(r"event (\d+) \(", replay.stdout).group(1), re.search(r"sent (\d+) of", replay.stdout)
        assert event_id != "12345" and int(sent.group(1)) > 0, replay.stdout
        again = p88("simulate", "--race", race.group(1), "--event-id", event_id, "--speed", "0",
                    "--locations", "start,finish", env=env)
        # the collector asks every connection for everything again (collector/sequences.py): the same race replayed
        # onto the same event is resent whole, stored once, and the replay says how to play it afresh
        assert f"sent {sent.group(1)} of" in again.stdout and "--new-event --partner" in again.stdout, again.stdout
    finally:
        began = time.monotonic()
        stack.send_signal(signal.SIGINT)           # to `p88 up` alone, not its process group
        stack.wait(timeout=30)
        stopped_in = time.monotonic() - began
    assert stack.returncode == 0, output.text
    assert stopped_in < 10, f"stopping took {stopped_in:.1f} s"
    assert len(services) == 3 and not any(Path(f"/proc/{pid}").exists() for pid in services), "every service ended"
    assert "stack stopped" in output.text
    assert not embedded.status(home / "pg").running


def test_sigterm_stops_the_stack_too(embedded_home):
    ports = {"P88_COLLECTOR_PORT": free_port(), "P88_STATUS_PORT": free_port(), "P88_WEB_PORT": free_port()}
    env = {**os.environ, "P88_HOME": str(embedded_home), **{k: str(v) for k, v in ports.items()}}
    env.pop("P88_DATABASE_URL", None)
    stack = subprocess.Popen([sys.executable, "-m", "project88", "up", "--no-demo"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    output = Output(stack.stdout)
    wait_for(lambda: "Ctrl-C stops every service." in output.text or stack.poll() is not None, "the ready block")
    assert "p88 users list" in output.text, output.text   # no demo: how to log in instead
    began = time.monotonic()
    stack.send_signal(signal.SIGTERM)
    stack.wait(timeout=30)
    assert stack.returncode == 0 and time.monotonic() - began < 10, output.text
    assert not embedded.status(embedded_home / "pg").running


def _settings(**values) -> SimpleNamespace:
    return SimpleNamespace(**{"web_host": "127.0.0.1", "web_port": 5006, "collector_port": 61611,
                              "status_port": 61612, **values})


def test_the_ready_block_keeps_every_address_whole_and_names_the_demo():
    demo = Demo("big-river", "Big River Race Management", "demo@project88.example", "s3cret-Pass", 49,
                "Mystic Jingle Bell Run 2018 5K", 962, ("start", "2.5k", "finish"), "12345", 1,
                "Mystic Jingle Bell Run 2018 5K — Finish line", "AbCd1234")
    text = welcome.block(welcome.addresses(_settings()), demo)
    lines = text.splitlines()
    assert any(line.split() == ["web", "http://127.0.0.1:5006/login"] for line in lines)
    assert "password s3cret-Pass" in text and "Big River Race Management" in text
    assert "Mystic Jingle Bell Run 2018 5K: 962 finishers" in text
    assert 'session #1 "Mystic Jingle Bell Run 2018 5K — Finish line"' in text
    assert "http://127.0.0.1:5006/display/AbCd1234" in text
    assert "LAN" not in text, "listening on 127.0.0.1 only: no LAN address"


def test_a_wildcard_web_host_is_shown_with_its_lan_address(monkeypatch):
    monkeypatch.setattr(welcome, "lan_address", lambda: "192.168.1.20")
    where = welcome.addresses(_settings(web_host="0.0.0.0"))
    assert (where.web, where.lan_web) == ("http://127.0.0.1:5006", "http://192.168.1.20:5006")
    assert "http://192.168.1.20:5006/login" in welcome.block(where, None)
    assert welcome.addresses(_settings(web_host="10.0.0.5")).web == "http://10.0.0.5:5006"
