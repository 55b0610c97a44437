"""Nothing is lost when PostgreSQL goes away mid-race or the collector itself is killed."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time

import psycopg
import pytest

from collector.background import BackgroundCollector
from collector.server import CollectorConfig
from collector.sessions import bind_event
from collector.simulator import plan_race, run_controller
from warehouse import embedded
from warehouse.migrate import migrate

from collector_fixtures import Peer, collector_status, event_reads, free_port, play, start_collector, wait_for


@pytest.fixture
def own_server(tmp_path):
    """A PostgreSQL of this test's own, so the test can stop it without hurting the rest of the run."""
    pgdata = tmp_path / "pg"
    url = embedded.start(pgdata).url
    with psycopg.connect(url, autocommit=True) as conn:
        migrate(conn)
        conn.execute("INSERT INTO timing_partners (partner_id, name, slug) VALUES (1, 'Alpha', 'alpha')")
        bind_event(conn, 1, "777")
    yield pgdata, url
    embedded.stop(pgdata)


def _stream_then_stop_the_database(collector, plan, pgdata) -> threading.Thread:
    """A controller playing ``plan`` at 1200x in the background; the database stopped 1 s in."""
    stream = threading.Thread(target=lambda: asyncio.run(
        run_controller("127.0.0.1", collector.port, plan, event_id="777", speed=1200, linger_s=0.5)))
    stream.start()
    time.sleep(1.0)
    embedded.stop(pgdata)
    return stream


def test_postgres_stopped_for_ten_seconds_mid_stream_loses_and_doubles_nothing(own_server, tmp_path):
    pgdata, url = own_server
    plan = plan_race(300, ["finish"], seed=7)  # at 1200x the runners cross from about 7 s to 15 s
    config = CollectorConfig(spool_dir=tmp_path / "spool", database_url=url, host="127.0.0.1", port=0)
    with BackgroundCollector(config) as collector:
        stream = _stream_then_stop_the_database(collector, plan, pgdata)
        down_at = time.monotonic()
        wait_for(lambda: collector.status()["spool_backlog"] > 0 and not collector.status()["database_connected"],
                 what="reads spooled while the database is down")
        time.sleep(max(0.0, 10 - (time.monotonic() - down_at)))
        assert collector.status()["total_reads"] > 1  # still accepting while the database is away
        embedded.start(pgdata)
        stream.join(60)
        with psycopg.connect(url) as conn:
            wait_for(lambda: event_reads(conn) == plan.total(), timeout=60, what="every read after the restart")
            dupes = conn.execute("""SELECT count(*) - count(DISTINCT (location_name, sequence_number))
                                    FROM timing_reads""").fetchone()[0]
        assert collector.status()["database_connected"]
    assert dupes == 0


def test_a_collector_killed_with_reads_in_its_spool_drains_them_after_a_restart(db_url, owner, tmp_path, two_companies):
    bind_event(owner, 1, "777")
    home, port, status_port = tmp_path / "home", free_port(), free_port()
    plan = plan_race(500, ["start", "finish"])
    unreachable = "host=127.0.0.1 port=1 dbname=p88 connect_timeout=1"
    first = start_collector(home, unreachable, port, status_port)
    try:
        asyncio.run(run_controller("127.0.0.1", port, plan, event_id="777", linger_s=0.2))
        wait_for(lambda: collector_status(status_port)["total_reads"] == plan.total(),
                 what="reads durable in the spool")
        assert collector_status(status_port)["database_connected"] is False
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert list((home / "spool").glob("*.spool")), "the killed collector left its spool behind"
    assert event_reads(owner) == 0
    second = start_collector(home, db_url, port, status_port)
    try:
        wait_for(lambda: event_reads(owner) == plan.total(), what="the spool drained after the restart")
        wait_for(lambda: collector_status(status_port)["spool_backlog"] == 0, what="an empty spool")
    finally:
        second.send_signal(signal.SIGINT)
        assert second.wait(20) == 0


def test_a_poison_line_during_an_outage_costs_no_other_read(own_server, tmp_path):
    """The attack run's loss: while PostgreSQL was away, one read whose lap overflows its column made the
    loader set the whole shared segment aside (11,200-14,500 reads lost). Now it is quarantined alone."""
    pgdata, url = own_server
    plan = plan_race(20_000, ["finish"], seed=7)  # 20,001 reads crossing from about 7 s to 15 s at 1200x
    config = CollectorConfig(spool_dir=tmp_path / "spool", database_url=url, host="127.0.0.1", port=0)
    with BackgroundCollector(config) as collector:
        stream = _stream_then_stop_the_database(collector, plan, pgdata)
        wait_for(lambda: not collector.status()["database_connected"], what="the outage noticed")
        time.sleep(7)  # the stream is now spooling
        poison = Peer(collector.port)
        poison.send("Other~1.0~CTP01")
        poison.send("ack~geteventinfo~Hartford Marathon~777~Finish line", "ack~getlocations~finish")
        poison.send("CT01_33~1~finish~666~10:00:00.00~99999999999~0F2A38~1",
                    "CT01_33~2~finish~667~10:00:01.00~0~0F2A38~1")
        time.sleep(3)
        embedded.start(pgdata)
        stream.join(90)
        poison.close()
        with psycopg.connect(url) as conn:
            wait_for(lambda: event_reads(conn) == plan.total() + 1, timeout=90, what="every good read")
            reasons = [r for (r,) in conn.execute("SELECT reason FROM quarantined_lines").fetchall()]
        assert collector.status()["spool_rejected"] == 0
    assert any("lap must be" in reason for reason in reasons)


# ---- from the third attack run ---------------------------------------------------------------------------
def test_a_spool_that_cannot_be_written_for_a_while_is_retried_and_loses_nothing(config, alpha, owner, monkeypatch):
    """The attack run's loss: the disk full for a moment killed the spool writer for good (988 of 3,000
    reads stored, none after), while /health said ok. Now the batch is kept and retried, and health says why."""
    import errno

    from collector import spool as spool_module

    real, full = spool_module._append, threading.Event()

    def append(fd: int, data: bytes) -> None:
        if full.is_set():
            real(fd, data[: len(data) // 2])  # part of the batch lands, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(spool_module, "_append", append)
    plan = plan_race(2000, ["finish"], seed=3)
    with BackgroundCollector(config) as collector:
        full.set()
        report = play(collector.port, plan)
        health = wait_for(lambda: (h := collector.collector.health())["status"] == "failing" and h,
                          what="health reporting the spool failure")
        assert "No space left" in health["spool_error"] and event_reads(owner) == 0
        assert collector.status()["total_reads"] == 0  # nothing counted as received before it is durable
        full.clear()  # space again
        wait_for(lambda: event_reads(owner) == plan.total() == report.sent, what="every read once space is back")
        assert collector.collector.health()["status"] == "ok" and collector.status()["spool_error"] is None


def test_a_second_collector_on_the_same_home_refuses_to_start_and_the_first_keeps_storing(db_url, owner, tmp_path,
                                                                                         two_companies):
    bind_event(owner, 1, "777")
    home, port, status_port = tmp_path / "home", free_port(), free_port()
    plan = plan_race(300, ["finish"])
    first = start_collector(home, db_url, port, status_port)
    try:
        second = subprocess.run(
            [sys.executable, "-m", "project88", "collector", "--host", "127.0.0.1", "--port", str(free_port()),
             "--status-port", str(free_port())], env={**os.environ, "P88_HOME": str(home), "P88_DATABASE_URL": db_url},
            capture_output=True, text=True, timeout=60)
        assert second.returncode != 0 and "another collector" in second.stderr and str(first.pid) in second.stderr
        asyncio.run(run_controller("127.0.0.1", port, plan, event_id="777", linger_s=0.2))
        wait_for(lambda: event_reads(owner) == plan.total(), what="the first collector's reads")
    finally:
        first.send_signal(signal.SIGINT)
        assert first.wait(20) == 0
