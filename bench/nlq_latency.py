"""Parser-path answer latency over the full archive: every company asks its worked example questions.

    .venv/bin/python bench/nlq_latency.py [--scale 1.0] [--rounds 3] [--home DIR | --keep]

Generates and exports the archive into its own embedded PostgreSQL under a temporary P88_HOME, removed at
the end unless ``--keep`` (or reuses ``--home`` if it already holds an export, and keeps it), then times
``nlq.service.ask`` end to end (vocabulary lookups, parsing, SQL building, the guard, DuckDB) next to the
bare DuckDB run of the same scoped SQL, in one run; then answers per second with 1 client and with 8
concurrent clients (threads asking for different companies at once), side by side. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import psycopg

from homes import add_home_options, temporary_home
from nlq.examples import company_examples
from nlq.live import is_live
from nlq.service import Context, ask
from warehouse import embedded
from warehouse.archive import catalog_path, open_archive
from warehouse.export import export_archive
from warehouse.generate import generate
from warehouse.migrate import migrate


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def prepare(home: Path, scale: float) -> dict[str, float]:
    """Generate and export unless ``home`` already holds an archive."""
    if catalog_path(home).exists():
        return {}
    url = embedded.start(home / "pg").url
    try:
        with psycopg.connect(url) as conn:
            migrate(conn)
        started = time.perf_counter()
        generate(url, scale=scale, seed=42)
        generated = time.perf_counter() - started
        export_archive(url, home)
    finally:
        embedded.stop(home / "pg")
    return {"generate_s": round(generated, 1), "export_s": round(time.perf_counter() - started - generated, 1)}


def throughput(home: Path, work: list[tuple[Context, str]], clients: int, seconds: float) -> float:
    """Answers per second from ``clients`` threads asking ``work`` round robin for ``seconds``."""
    deadline = time.perf_counter() + seconds

    def client(offset: int) -> int:
        answered = 0
        while time.perf_counter() < deadline:
            ctx, question = work[(offset + answered * clients) % len(work)]
            answered += ask(question, ctx).path == "parser"
        return answered

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        answered = sum(pool.map(client, range(clients)))
    return round(answered / (time.perf_counter() - started), 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=20.0, help="How long each throughput run lasts.")
    add_home_options(parser, reuse=True)
    args = parser.parse_args()
    home = temporary_home("p88-bench-nlq-", args.keep, args.home)
    setup = prepare(home, args.scale)
    with open_archive(home) as conn:
        partners = conn.execute("SELECT partner_id, slug FROM timing_partners ORDER BY 1").fetchall()
        rows = conn.execute("SELECT count(*) FROM results").fetchone()[0]
    total, query_only, paths, work = [], [], {}, []
    for partner_id, slug in partners:
        ctx = Context(partner_id, slug, home)
        questions = [q for q in company_examples(partner_id, home) if not is_live(q)]
        work += [(ctx, question) for question in questions]
        for question in questions:
            for _ in range(args.rounds):
                reply = ask(question, ctx)
                paths[reply.path] = paths.get(reply.path, 0) + 1
                if reply.path != "parser":
                    continue
                total.append(reply.elapsed_ms)
                with open_archive(home) as conn:
                    started = time.perf_counter()
                    conn.execute(reply.sql).fetchmany(1001)
                    query_only.append((time.perf_counter() - started) * 1000)
    one, eight = (throughput(home, work, clients, args.seconds) for clients in (1, 8))
    print(json.dumps({
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.platform(),
        "cpus": os.cpu_count(), "scale": args.scale, "results_rows": rows, **setup,
        "answers": len(total), "paths": paths,
        "ask_ms": {"p50": percentile(total, 0.5), "p95": percentile(total, 0.95), "max": round(max(total), 1)},
        "duckdb_only_ms": {"p50": percentile(query_only, 0.5), "p95": percentile(query_only, 0.95)},
        "ask_over_duckdb_p50": round(statistics.median(total) / statistics.median(query_only), 2),
        "answers_per_s": {"1_client": one, "8_clients": eight, "ratio_8_over_1": round(eight / one, 2)},
    }, indent=2))


if __name__ == "__main__":
    main()
