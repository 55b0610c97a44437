"""Runner-name lookup for questions over the full archive: a DuckDB scan per name against the in-memory match.

    .venv/bin/python bench/nlq_names.py [--scale 1.0] [--names 40] [--home DIR | --keep]

A question naming a runner is matched against the company's runners by Jaro-Winkler similarity (a close
misspelling allowed, ``nlq.vocabulary``). Side by side in one run, name by name, for every company: the scan
the question layer used before (DuckDB's ``jaro_winkler_similarity`` over the participants, through the guard)
and the match it uses now (rapidfuzz over the company's names, read once per archive version — that read is
timed too). Names asked: stored names, the same with one letter dropped, and made-up ones. Both must find the
same runner. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import time
from datetime import datetime, timezone

from homes import add_home_options, temporary_home
from nlq.execute import run
from nlq.vocabulary import LAST_NAME_MATCH_MIN, PERSON_MATCH_MIN, _cached_person, _runner_names
from nlq_latency import percentile, prepare
from warehouse.archive import archive_dir, open_archive


def scan(partner_id: int, home, first: str, last: str) -> tuple[str, str] | None:
    """The earlier lookup: one DuckDB query over the company's participants per name."""
    full = "lower(first_name || ' ' || last_name)"
    wanted = f"{first} {last}".lower().replace("'", "''")
    surname = last.lower().replace("'", "''")
    rows = run(f"SELECT first_name, last_name FROM participants WHERE jaro_winkler_similarity({full}, '{wanted}') >= "
               f"{PERSON_MATCH_MIN} AND jaro_winkler_similarity(lower(last_name), '{surname}') >= {LAST_NAME_MATCH_MIN} "
               f"GROUP BY ALL ORDER BY max(jaro_winkler_similarity({full}, '{wanted}')) DESC, first_name, last_name "
               f"LIMIT 1", partner_id, home).rows
    return tuple(rows[0]) if rows else None


def asked_names(stored: list[tuple[str, str]], count: int, rng: random.Random) -> list[tuple[str, str]]:
    """``count`` names as stored, as many with a letter of the last name dropped, and a quarter as many made up."""
    picked = rng.sample(stored, min(count, len(stored)))
    misspelt = [(first, last[:-2] + last[-1]) for first, last in picked if len(last) > 3]
    made_up = [(f"Zq{first.lower()}", f"Xv{last.lower()}") for first, last in picked[: max(1, count // 4)]]
    return picked + misspelt + made_up


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--names", type=int, default=40, help="Stored names asked per company (and as many misspelt).")
    add_home_options(parser, reuse=True)
    args = parser.parse_args()
    home = temporary_home("p88-bench-names-", args.keep, args.home)
    built = prepare(home, args.scale)
    version = archive_dir(home).resolve()
    with open_archive(home) as conn:
        partners = [row[0] for row in conn.execute("SELECT partner_id FROM timing_partners ORDER BY 1").fetchall()]
        participants = conn.execute("SELECT count(*) FROM participants").fetchone()[0]
    rng = random.Random(42)
    scans, matches, loads, differ, asked, found = [], [], [], [], 0, 0
    for partner_id in partners:
        started = time.perf_counter()
        names = _runner_names.__wrapped__(partner_id, home, version)   # (uncached: the read itself is timed)
        loads.append(time.perf_counter() - started)
        _runner_names(partner_id, home, version)
        stored = [(person.first_name, person.last_name) for person in names.people]
        for first, last in asked_names(stored, args.names, rng):
            started = time.perf_counter()
            by_scan = scan(partner_id, home, first, last)
            scans.append(time.perf_counter() - started)
            started = time.perf_counter()
            person = _cached_person.__wrapped__(partner_id, home, version, first.lower(), last.lower())
            matches.append(time.perf_counter() - started)
            by_match = (person.first_name, person.last_name) if person else None
            asked, found = asked + 1, found + (by_match is not None)
            if by_scan != by_match:
                differ.append({"asked": f"{first} {last}", "scan": by_scan, "match": by_match})

    def ms(values: list[float]) -> dict[str, float]:
        values = [v * 1000 for v in values]
        return {"p50": percentile(values, 0.5), "p95": percentile(values, 0.95), "max": round(max(values), 1)}

    print(json.dumps({
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.machine(),
        "cores": os.cpu_count(), "python": platform.python_version(), **built,
        "participants": participants,
        "companies": len(partners), "names_asked": asked, "names_found": found, "answers_differ": differ,
        "scan_ms": ms(scans), "in_memory_ms": ms(matches), "names_read_once_per_company_ms": ms(loads),
        "scan_over_in_memory_p50": round(statistics.median(scans) / statistics.median(matches), 1),
    }, indent=1))


if __name__ == "__main__":
    main()
