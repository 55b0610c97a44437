"""The archive at scale, side by side in one run: generation; full export vs the raw COPY-out floor;
incremental export after one new day of results; typical analytics queries in DuckDB vs PostgreSQL.

    .venv/bin/python bench/export.py [--scale 1.0]     # prints JSON; takes a few minutes at scale 1.0

Runs on its own embedded PostgreSQL in a temporary P88_HOME, removed at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from datetime import datetime, timezone

import adbc_driver_postgresql.dbapi as adbc
import psycopg

from homes import add_home_options, temporary_home
from warehouse import embedded
from warehouse.archive import open_archive
from warehouse.export import SOURCES, adbc_uri, export_archive
from warehouse.generate import generate
from warehouse.migrate import migrate

# Portable SQL: the same text runs on DuckDB and PostgreSQL.
QUERIES = {
    "finishers_per_year_and_distance": """
        SELECT extract(year FROM x.race_date) AS y, x.name, count(*) FROM results r JOIN races x USING (race_id)
        WHERE r.status = 'FIN' GROUP BY 1, 2 ORDER BY 1, 2""",
    "median_marathon_by_age_group": """
        SELECT r.age_group, percentile_cont(0.5) WITHIN GROUP (ORDER BY r.chip_time_s)
        FROM results r JOIN races x USING (race_id)
        WHERE x.name = 'Marathon' AND r.status = 'FIN' GROUP BY 1 ORDER BY 1""",
    "repeat_runners_per_company": """
        SELECT partner_id, count(*) FROM (SELECT partner_id, participant_id FROM results
        GROUP BY 1, 2 HAVING count(*) >= 5) t GROUP BY 1 ORDER BY 1""",
    "top_10_fastest_5k_women_2024": """
        SELECT p.first_name, p.last_name, r.chip_time_s FROM results r JOIN races x USING (race_id)
        JOIN participants p USING (participant_id)
        WHERE x.name = '5K' AND p.sex = 'F' AND extract(year FROM x.race_date) = 2024 AND r.status = 'FIN'
        ORDER BY r.chip_time_s, r.result_id LIMIT 10""",
}


def timed(action) -> tuple[float, object]:
    began = time.perf_counter()
    value = action()
    return time.perf_counter() - began, value


def copy_out_floor(url: str) -> float:
    """Raw COPY (SELECT ...) TO STDOUT of every exported table, bytes discarded: the floor."""
    began = time.perf_counter()
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        for sql, *_ in SOURCES.values():
            with cur.copy(f"COPY ({sql}) TO STDOUT (FORMAT binary)") as copy:
                for _ in copy:
                    pass
    return time.perf_counter() - began


def adbc_read(url: str) -> float:
    began = time.perf_counter()
    with adbc.connect(adbc_uri(url)) as conn, conn.cursor() as cur:
        cur.execute("SELECT * FROM results")
        cur.fetch_arrow_table()
    return time.perf_counter() - began


def age_a_day(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")  # past the touch triggers
            for table in ("events", "races", "participants", "results"):
                conn.execute(f"UPDATE {table} SET updated_at = updated_at - interval '1 day'")
        conn.execute("VACUUM ANALYZE")


def one_new_day(url: str) -> int:
    """A new race day for one company: 2,000 results added to one of its races."""
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("""
            INSERT INTO results (result_id, race_id, event_id, partner_id, participant_id, bib, age, age_group,
                                 status, chip_time_s, gun_time_s, overall_place, gender_place, age_group_place)
            SELECT (SELECT max(result_id) FROM results) + row_number() OVER (), race_id, event_id, partner_id,
                   participant_id, 'N' || bib, age, age_group, status, chip_time_s, gun_time_s, overall_place,
                   gender_place, age_group_place
            FROM results WHERE race_id = (SELECT race_id FROM results WHERE partner_id = 1 LIMIT 1) LIMIT 2000
            """).rowcount


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    add_home_options(parser)
    args = parser.parse_args()
    home = temporary_home("p88-bench-export-", args.keep)
    url = embedded.start(home / "pg").url
    try:
        with psycopg.connect(url) as conn:
            migrate(conn)
        generation, counts = timed(lambda: generate(url, scale=args.scale, seed=42))
        age_a_day(url)  # as if loaded yesterday: the nightly export's overlap then covers only new rows
        floor = copy_out_floor(url)
        full, _ = timed(lambda: export_archive(url, home, full=True))
        adbc_results = adbc_read(url)
        added = one_new_day(url)
        incremental, report = timed(lambda: export_archive(url, home))
        queries = {}
        with psycopg.connect(url) as pg, open_archive(home) as duck:
            for name, sql in QUERIES.items():
                duck_s, duck_rows = timed(lambda: duck.execute(sql).fetchall())
                pg_s, pg_rows = timed(lambda: pg.execute(sql).fetchall())
                assert len(duck_rows) == len(pg_rows), name
                queries[name] = {"duckdb_s": round(duck_s, 3), "postgres_s": round(pg_s, 3),
                                 "speedup": round(pg_s / duck_s, 1)}
    finally:
        embedded.stop(home / "pg")
    rows = sum(counts.values())
    print(json.dumps({
        "benchmark": "export",
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.system()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "scale": args.scale, "rows": rows,
        "generate_s": round(generation, 1), "generate_rows_per_s": round(rows / generation),
        "copy_out_floor_s": round(floor, 1), "full_export_s": round(full, 1),
        "ratio_export_to_floor": round(full / floor, 2),
        "adbc_results_rows_per_s": round(counts["results"] / adbc_results),
        "incremental": {"rows_added": added, "seconds": round(incremental, 2),
                        "changed_partitions": {t: p for t, p in report.partitions.items() if p}},
        "queries": queries,
    }, indent=2))


if __name__ == "__main__":
    main()
