"""The collector over real TCP into a real PostgreSQL: every read lands exactly once, whatever happens."""

from __future__ import annotations

import asyncio
import json
import socket
import time
import urllib.request

import psycopg
import pytest

from collector.background import BackgroundCollector
from collector.retention import archive_old_reads
from collector.server import CollectorConfig
from collector.sessions import BindingError, bind_event
from collector.simulator import plan_race, run_controller

from collector_fixtures import Peer, count, event_reads, play, wait_for

LOCATIONS = ["start", "10k", "finish"]


def test_the_handshake_follows_ctp01_settings_then_eventinfo_locations_and_start(config, alpha):
    with BackgroundCollector(config) as collector:
        peer = Peer(collector.port)
        heard = peer.handshake()
        peer.close()
    assert heard == ["Project88~1.0~5", "stream-mode=push", "time-format=normal", "guntimes=true",
                     "newlocations=true", "location=multi", "geteventinfo", "getlocations", "start"]


def test_ten_thousand_reads_land_exactly_once_and_each_batch_is_notified(config, alpha, owner, db_url):
    listener = psycopg.connect(db_url, autocommit=True)
    listener.execute("LISTEN timing_reads")
    plan = plan_race(3333, LOCATIONS)  # 3 x (3333 runners + 1 gun time) = 10,002 reads
    with BackgroundCollector(config) as collector:
        report = play(collector.port, plan)
        wait_for(lambda: event_reads(owner) == plan.total(), what="all reads")
    assert report.sent == plan.total() == 10_002
    rows = owner.execute("""SELECT location_name, count(*), count(DISTINCT sequence_number), min(sequence_number),
                                   max(sequence_number), count(*) FILTER (WHERE is_gun_time)
                            FROM timing_reads WHERE session_id > 2 GROUP BY 1 ORDER BY 1""").fetchall()
    assert rows == [(loc, 3334, 3334, 1, 3334, 1) for loc in sorted(LOCATIONS)]
    session = owner.execute("SELECT id, partner_id, event_id, timing_point FROM timing_sessions WHERE event_id = '777'").fetchone()
    assert session[1:] == (1, "777", "Finish line")
    notes = [json.loads(n.payload) for n in listener.notifies(timeout=1, stop_after=10_000)]
    listener.close()
    assert notes and {n["session_id"] for n in notes} == {session[0]} and {n["partner_id"] for n in notes} == {1}
    assert max(n["last_id"] for n in notes) == count(owner, "SELECT max(id) FROM timing_reads")


def test_a_reconnect_mid_stream_asks_for_everything_again_and_stores_it_without_gaps_or_duplicates(config, alpha,
                                                                                                   owner):
    plan = plan_race(1000, LOCATIONS)
    with BackgroundCollector(config) as collector:
        first = play(collector.port, plan, stop_after=1500)
        assert first.starts == ["start"]
        wait_for(lambda: collector.status()["stored_reads"] >= 1, what="first reads stored")
        time.sleep(0.3)  # what was in flight when the cable was pulled has landed
        stored = event_reads(owner)
        second = play(collector.port, plan)
        wait_for(lambda: event_reads(owner) == plan.total(), what="all reads")
        wait_for(lambda: collector.collector.stats.duplicates == stored, what="the resent reads ignored")
    assert sorted(second.starts) == sorted(f"start~{loc}~1" for loc in LOCATIONS)  # collector.sequences: why
    assert second.sent == plan.total()
    gaps = owner.execute(
        "SELECT location_name, count(*), max(sequence_number) FROM timing_reads WHERE session_id > 2 GROUP BY 1").fetchall()
    assert all(n == last == 1001 for _, n, last in gaps)


def test_reads_for_an_unclaimed_event_wait_unassigned_then_move_exactly_once_when_bound(config, owner, two_companies):
    plan = plan_race(50, ["finish"])
    with BackgroundCollector(config) as collector:
        play(collector.port, plan, event_id="999")
        wait_for(lambda: count(owner, "SELECT count(*) FROM unassigned_reads") == 51, what="unassigned reads")
    assert event_reads(owner, "999") == 0
    assert bind_event(owner, 2, "999") == 51
    assert bind_event(owner, 2, "999") == 0
    assert count(owner, "SELECT count(*) FROM unassigned_reads") == 0
    assert count(owner, "SELECT count(*) FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id "
                        "WHERE s.event_id = '999' AND s.partner_id = 2 AND r.partner_id = 2") == 51
    with pytest.raises(BindingError, match="already bound to another timing company"):
        bind_event(owner, 1, "999")


def test_a_listener_of_one_company_claims_every_connection_for_it(config, owner, two_companies):
    from dataclasses import replace

    with BackgroundCollector(replace(config, partner_id=2)) as collector:
        play(collector.port, plan_race(20, ["finish"]), event_id="unbound-event")
        wait_for(lambda: count(owner, "SELECT count(*) FROM timing_reads WHERE partner_id = 2 AND bib <> '100'") == 21,
                 what="company reads")
    assert count(owner, "SELECT count(*) FROM unassigned_reads") == 0


def test_two_hundred_controllers_at_once_all_land(config, owner, two_companies):
    plan = plan_race(20, ["finish"])

    async def many():
        return await asyncio.gather(*(
            run_controller("127.0.0.1", collector.port, plan, event_id=f"ev-{i}", linger_s=0.5) for i in range(200)))

    with BackgroundCollector(config) as collector:
        reports = asyncio.run(many())
        wait_for(lambda: count(owner, "SELECT count(*) FROM unassigned_reads") == 200 * 21, what="200 x 21 reads")
    assert sum(r.sent for r in reports) == 200 * 21
    assert count(owner, "SELECT count(DISTINCT event_id) FROM unassigned_reads") == 200
    assert count(owner, "SELECT count(*) FROM connection_log WHERE disconnected_at IS NOT NULL") == 200


def test_malformed_input_is_quarantined_verbatim_and_the_connection_keeps_working(config, alpha, owner):
    with BackgroundCollector(config) as collector:
        peer = Peer(collector.port)
        peer.handshake()
        peer.send(b"x" * 1_000_000 + b"\r\n",                      # a 1 MB line
                  b"\xff\xfe\x00garbage\x81\r\n",                 # invalid UTF-8
                  "CT01_33~1~finish~9478~99:99:99~0~0F2A38~1",    # impossible time
                  "CT01_33~2~finish~9478~14:02:15.31~0~0F2A38~1")  # and then a good read
        peer.send("ping")
        assert peer.line() == "ack~ping"
        wait_for(lambda: count(owner, "SELECT count(*) FROM timing_reads WHERE bib = '9478'") == 1, what="good read")
        wait_for(lambda: count(owner, "SELECT count(*) FROM quarantined_lines") == 3, what="quarantine")
        status = collector.status()
        peer.close()
    reasons = [r for (r,) in owner.execute("SELECT reason FROM quarantined_lines ORDER BY id")]
    assert reasons[0] == "line longer than 4096 bytes"
    assert reasons[1] == "not valid UTF-8"
    assert reasons[2].startswith("time out of range")
    raw = owner.execute("SELECT raw FROM quarantined_lines ORDER BY id").fetchall()
    assert bytes(raw[1][0]) == b"\xff\xfe\x00garbage\x81"
    assert status["quarantined"] == 3 and status["connections"] == 1


def test_a_peer_that_never_greets_is_closed_and_others_are_unaffected(config, alpha, owner):
    with BackgroundCollector(config) as collector:
        silent = socket.create_connection(("127.0.0.1", collector.port), timeout=5)
        play(collector.port, plan_race(10, ["finish"]))
        assert silent.recv(100) == b""  # closed by the collector after greeting_timeout
        wait_for(lambda: event_reads(owner) == 11, what="reads")


def test_binary_garbage_instead_of_a_greeting_is_quarantined_and_closed(config, owner, two_companies):
    with BackgroundCollector(config) as collector:
        peer = Peer(collector.port)
        peer.send(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n")  # a TLS hello, say
        assert peer.file.read() == b""
        wait_for(lambda: count(owner, "SELECT count(*) FROM quarantined_lines") == 1, what="quarantine")
    assert "no CTP01 greeting" in owner.execute("SELECT reason FROM quarantined_lines").fetchone()[0]


def test_a_flood_of_connections_beyond_the_limit_is_refused_without_hurting_the_open_ones(config, alpha, owner):
    from dataclasses import replace

    with BackgroundCollector(replace(config, max_connections=3)) as collector:
        holders = [Peer(collector.port) for _ in range(3)]
        for holder in holders:
            holder.handshake()
        extra = socket.create_connection(("127.0.0.1", collector.port), timeout=5)
        assert extra.recv(10) == b""
        assert collector.status()["refused_connections"] == 1
        for holder in holders:
            holder.close()
        wait_for(lambda: collector.status()["connections"] == 0, what="holders gone")
        play(collector.port, plan_race(5, ["finish"]))
        wait_for(lambda: event_reads(owner) == 6, what="reads")


def test_idle_connections_that_never_greet_cannot_lock_out_a_real_controller(config, alpha, owner):
    from dataclasses import replace

    with BackgroundCollector(replace(config, max_connections=50, max_connections_per_address=20,
                                     greeting_timeout_s=30)) as collector:
        idle = [socket.create_connection(("127.0.0.1", collector.port)) for _ in range(200)]
        wait_for(lambda: collector.status()["refused_connections"] == 0 and collector.status()["connections"] >= 20,
                 what="the idle flood held")
        assert collector.status()["connections"] <= 20  # one address never holds more than its share
        play(collector.port, plan_race(5, ["finish"]))  # greets at once, so an idle slot is given up for it
        wait_for(lambda: event_reads(owner) == 6, what="the real controller's reads")
        for sock in idle:
            sock.close()


def test_greeted_connections_idle_past_the_limit_give_way_to_a_real_controller(config, alpha, owner):
    from dataclasses import replace

    with BackgroundCollector(replace(config, max_connections_per_address=4, idle_evict_after_s=0.6)) as collector:
        peers = [Peer(collector.port) for _ in range(4)]      # this address's whole share, every one greeted
        for peer in peers:
            peer.handshake(event_id="778")
        busy, strays = peers[0], peers[1:]
        for sequence in range(1, 11):                         # 1 s: one sends reads, the others only ping replies
            busy.send(f"CT01_33~{sequence}~finish~{sequence}~08:00:{sequence:02d}.00~0~abc~1")
            for stray in strays:
                stray.send("ack~ping")
            time.sleep(0.1)
        play(collector.port, plan_race(5, ["finish"]))        # the longest idle stray gives way, not the busy one
        wait_for(lambda: event_reads(owner) == 6, what="the real controller's reads")
        busy.send("CT01_33~11~finish~11~08:00:11.00~0~abc~1")
        wait_for(lambda: count(owner, "SELECT count(*) FROM unassigned_reads WHERE event_id = '778'") == 11,
                 what="the busy connection's reads, all of them")
        assert collector.status()["refused_connections"] == 0
        for peer in peers:
            peer.close()


def test_a_listener_with_an_allow_list_refuses_other_addresses(config, alpha):
    from dataclasses import replace

    with BackgroundCollector(replace(config, allow=("10.0.0.0/24",))) as collector:
        peer = socket.create_connection(("127.0.0.1", collector.port), timeout=5)
        assert peer.recv(10) == b""
        wait_for(lambda: collector.status()["refused_connections"] == 1, what="the refusal counted")


def test_a_quiet_controller_that_answers_pings_stays_and_a_dead_one_is_dropped(config, alpha):
    from dataclasses import replace

    with BackgroundCollector(replace(config, ping_interval_s=0.2)) as collector:
        quiet, dead = Peer(collector.port), Peer(collector.port)
        quiet.handshake()
        dead.handshake()
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            assert quiet.line() == "ping"
            quiet.send("ack~ping")
        assert collector.status()["connections"] == 1  # the one that never answered is gone
        assert quiet.sock.fileno() != -1
        quiet.close()
        dead.close()


def test_a_new_location_is_asked_for_and_started(config, alpha, owner):
    with BackgroundCollector(config) as collector:
        peer = Peer(collector.port)
        peer.handshake(locations=("finish",))
        peer.send("CT01_33~1~halfway~newlocation~08:00:00.00~0~0F2A38~1")
        assert peer.line() == "getlocations"
        peer.send("ack~getlocations~finish~halfway")
        assert peer.line() == "start~halfway~1"
        peer.send("CT01_33~1~halfway~321~08:01:00.00~0~0F2A38~1")
        wait_for(lambda: count(owner, "SELECT count(*) FROM timing_reads WHERE location_name = 'halfway'") == 1, what="read")
        peer.close()
    assert count(owner, "SELECT count(*) FROM timing_locations WHERE location_name = 'halfway'") == 1


def test_the_status_api_reports_the_fields_of_the_original_platform_and_more(db_url, tmp_path, alpha):
    from collector.status_api import status_app
    import tornado.httpserver
    from project88.ports import claim_port

    config = CollectorConfig(spool_dir=tmp_path / "spool", database_url=db_url, host="127.0.0.1", port=0)
    with BackgroundCollector(config) as collector:
        sock = claim_port("127.0.0.1", 0, "status", "P88_STATUS_PORT")
        port = sock.getsockname()[1]

        async def serve_status():
            tornado.httpserver.HTTPServer(status_app(collector.collector)).add_sockets([sock])

        asyncio.run_coroutine_threadsafe(serve_status(), collector.loop).result(5)
        peer = Peer(collector.port)
        peer.handshake()
        body = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=5).read())
        health = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5).read())
        peer.close()
    assert body["service"] == "timing-collector" and body["status"] == "running"
    assert body["tcp_port"] == collector.port and body["connections"] == 1
    assert set(body) >= {"total_reads", "current_sessions", "database_connected", "spool_backlog", "quarantined"}
    assert body["current_sessions"][0]["event_id"] == "777"
    assert health["status"] in ("ok", "degraded")


def test_reads_older_than_thirty_days_move_to_the_archive_exactly_once(owner, two_companies):
    owner.execute("""INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time,
                         raw_line, received_at)
                     SELECT 1, 1, 'finish', 100 + n, 'b' || n, '08:00', 'raw', now() - make_interval(days => 19 + 2 * n)
                     FROM generate_series(1, 10) n""")
    assert archive_old_reads(owner) == 5   # 31, 33, 35, 37 and 39 days old
    assert archive_old_reads(owner) == 0
    assert count(owner, "SELECT count(*) FROM timing_reads_archive WHERE sequence_number > 100") == 5
    assert count(owner, "SELECT count(*) FROM timing_reads WHERE sequence_number > 100") == 5
