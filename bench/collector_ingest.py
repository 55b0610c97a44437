"""Collector ingest, side by side in one run: TCP → durable in PostgreSQL vs the original's INSERT per read
vs a raw COPY of the same rows (the floor), and send-to-commit latency at a steady 1,000 reads/s.

    .venv/bin/python bench/collector_ingest.py [--runners 30000] [--locations 8]   # prints JSON

Runs on its own embedded PostgreSQL in a temporary P88_HOME, so it never touches your data; the folder is
removed at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import statistics
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import psycopg

from homes import add_home_options, temporary_home
from collector.background import BackgroundCollector
from collector.protocol import parse_message
from collector.records import RouteKey, read_line
from collector.server import CollectorConfig
from collector.sessions import bind_event, find_or_create_session
from collector.simulator import plan_race, run_controller
from warehouse import embedded
from warehouse.migrate import migrate

COLUMNS = ("partner_id", "session_id", "location_name", "sequence_number", "bib", "reader_id", "read_time",
           "read_timestamp", "lap_count", "gator", "is_gun_time", "raw_line", "received_at")


def fresh_session(conn: psycopg.Connection, event_id: str) -> int:
    bind_event(conn, 1, event_id)
    return find_or_create_session(conn, 1, RouteKey(1, event_id, "Bench", "Finish line"))


def _play(port: int, plan) -> None:
    asyncio.run(run_controller("127.0.0.1", port, plan, event_id="tcp", linger_s=0.0))


def tcp_to_postgres(url: str, spool: Path, plan) -> dict:
    with psycopg.connect(url, autocommit=True) as conn:
        fresh_session(conn, "tcp")
    with BackgroundCollector(CollectorConfig(spool_dir=spool, database_url=url, host="127.0.0.1", port=0)) as c:
        # the timing controller is another machine: play it from another process, not under our GIL, and
        # start the clock at the first read received (not at the process start)
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            done = pool.submit(_play, c.port, plan)
            while c.collector.stats.total_reads == 0:
                time.sleep(0.001)
            began = time.perf_counter()
            done.result()
            sent = time.perf_counter() - began
        while c.collector.stats.stored_reads < plan.total():
            time.sleep(0.005)
        elapsed = time.perf_counter() - began
    return {"reads": plan.total(), "seconds": round(elapsed, 3), "reads_per_s": round(plan.total() / elapsed),
            "send_seconds": round(sent, 3)}


def copy_rows(plan, session_id: int) -> list[bytes]:
    """The plan's reads as COPY text lines for timing_reads (COLUMNS order), made as the collector makes them."""
    prefix = RouteKey(1, "x", "Bench", "Finish line").copy_prefix("bench")
    head = f"1\t{session_id}\t".encode()
    return [head + read_line(parse_message(r.line()), prefix)[2:].split(b"\t", 5)[5]
            for reads in plan.reads.values() for r in reads]


def insert_per_read(url: str, plan, limit: int) -> dict:
    """The original platform: one INSERT, autocommitted, per read."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = [line.rstrip(b"\n").decode().split("\t") for line in copy_rows(plan, fresh_session(conn, "insert"))]
        rows = rows[:limit]
        sql = f"INSERT INTO timing_reads ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * len(COLUMNS))})"
        began = time.perf_counter()
        for row in rows:
            conn.execute(sql, row)
        elapsed = time.perf_counter() - began
    return {"reads": len(rows), "seconds": round(elapsed, 3), "reads_per_s": round(len(rows) / elapsed)}


def raw_copy(url: str, plan) -> dict:
    """The floor: the same rows, already COPY text, COPYed straight into the table in one transaction."""
    with psycopg.connect(url, autocommit=True) as conn:
        payload = b"".join(copy_rows(plan, fresh_session(conn, "copy")))
        began = time.perf_counter()
        with conn.transaction(), conn.cursor().copy(f"COPY timing_reads ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            copy.write(payload)
        elapsed = time.perf_counter() - began
    return {"reads": plan.total(), "seconds": round(elapsed, 3), "reads_per_s": round(plan.total() / elapsed)}


def latency_at(url: str, spool: Path, rate: int, seconds: int) -> dict:
    """Send-to-commit latency: a read counts as committed when its NOTIFY arrives and the row is visible."""
    with psycopg.connect(url, autocommit=True) as conn:
        fresh_session(conn, "latency")
    plan = plan_race(rate * seconds, ["finish"], seed=3)
    reads = plan.reads["finish"]
    sent_at: dict[int, float] = {}
    seen_at: dict[int, float] = {}
    listening = threading.Event()

    def listen() -> None:
        with psycopg.connect(url, autocommit=True) as conn, psycopg.connect(url, autocommit=True) as reader:
            conn.execute("LISTEN timing_reads")
            listening.set()
            last = 0
            for note in conn.notifies(timeout=seconds + 30):
                now = time.perf_counter()
                rows = reader.execute("SELECT id, sequence_number FROM timing_reads WHERE id > %s AND bib <> 'guntime'"
                                    " AND location_name = 'finish' AND session_id = %s",
                                    (last, json.loads(note.payload)["session_id"])).fetchall()
                for read_id, seq in rows:
                    seen_at.setdefault(seq, now)
                    last = max(last, read_id)
                if len(seen_at) >= len(reads) - 1:
                    return

    listener = threading.Thread(target=listen)
    listener.start()
    listening.wait()

    async def paced(port: int) -> None:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"SimpleClient~1.2.3~CTP01\r\nack~geteventinfo~Bench~latency~Finish line\r\n"
                     b"ack~getlocations~finish\r\n")
        began = time.perf_counter()
        for i, read in enumerate(reads[1:]):
            delay = began + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent_at[read.sequence] = time.perf_counter()
            writer.write((read.line() + "\r\n").encode())
        await writer.drain()
        await asyncio.sleep(1)
        writer.close()

    with BackgroundCollector(CollectorConfig(spool_dir=spool, database_url=url, host="127.0.0.1", port=0)) as c:
        asyncio.run(paced(c.port))
        listener.join(seconds + 30)
    latencies = sorted((seen_at[s] - sent_at[s]) * 1000 for s in sent_at if s in seen_at)
    return {"rate_per_s": rate, "reads": len(sent_at), "committed": len(latencies),
            "p50_ms": round(statistics.median(latencies), 1),
            "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 1), "max_ms": round(latencies[-1], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runners", type=int, default=30_000)
    parser.add_argument("--locations", type=int, default=8)
    parser.add_argument("--baseline-reads", type=int, default=20_000)
    parser.add_argument("--latency-seconds", type=int, default=10)
    add_home_options(parser)
    args = parser.parse_args()
    home = temporary_home("p88-bench-ingest-", args.keep)
    url = embedded.start(home / "pg").url
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            migrate(conn)
            conn.execute("INSERT INTO timing_partners (partner_id, name, slug) VALUES (1, 'Bench', 'bench')")
        names = ["start", *[f"{k}k" for k in range(5, 5 * (args.locations - 1), 5)], "finish"][: args.locations]
        plan = plan_race(args.runners, names)
        tcp = tcp_to_postgres(url, home / "spool-tcp", plan)
        copy = raw_copy(url, plan)
        insert = insert_per_read(url, plan, args.baseline_reads)
        latency = latency_at(url, home / "spool-latency", 1000, args.latency_seconds)
    finally:
        embedded.stop(home / "pg")
    print(json.dumps({
        "benchmark": "collector_ingest",
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.system()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "tcp_to_postgres": tcp, "raw_copy": copy, "insert_per_read_autocommit": insert,
        "ratio_tcp_to_raw_copy": round(tcp["reads_per_s"] / copy["reads_per_s"], 2),
        "ratio_tcp_to_insert_per_read": round(tcp["reads_per_s"] / insert["reads_per_s"], 1),
        "latency_at_1000_per_s": latency,
    }, indent=2))


if __name__ == "__main__":
    main()
