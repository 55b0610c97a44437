"""Race-morning roster sync, side by side in one run: a 30,000-runner RunSignUp roster fetched from a local
stand-in (300 pages of 100) and written, then synced again (nothing changes), next to the floor of a plain
COPY of the same rows into ``normalized_participants``.

    .venv/bin/python bench/providers_sync.py [--runners 30000]      # prints JSON

Runs on its own embedded PostgreSQL in a temporary P88_HOME (removed at the end unless ``--keep``); the
stand-in is the tests' RunSignUp one.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import psycopg
from pytest_httpserver import HTTPServer

from homes import add_home_options, temporary_home
from providers import store
from providers.registry import make_provider
from warehouse import embedded, tenancy
from warehouse.migrate import migrate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from provider_standins import RunSignUpStandIn  # noqa: E402  (the tests' stand-in, reused as is)


def timed(work):
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runners", type=int, default=30_000)
    add_home_options(parser)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    home = temporary_home("p88-bench-providers-", args.keep)
    url = embedded.start(home / "pg").url
    server = HTTPServer()
    server.start()
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            migrate(conn)
            partner = tenancy.add_partner(conn, "Bench Timing", "bench").partner_id
        standin = RunSignUpStandIn(server)
        standin.add_race(1, "Big City Marathon", "10/11/2027", "Hartford", "CT", [(10, "Marathon", "26.2 Miles")])
        for n in range(args.runners):
            standin.add_participant(10, n + 1, f"First{n}", f"Last{n}", bib=n + 1)
        provider = make_provider("runsignup", {"api_key": standin.api_key, "api_secret": standin.api_secret},
                                 standin.url)
        fetch_s, entries = timed(lambda: list(provider.get_participants("1")))
        first_s, first = timed(lambda: store.sync_roster(partner, url, provider, "1", full=True))
        again_s, again = timed(lambda: store.sync_roster(partner, url, provider, "1", full=True))
        rows = [store._participant_row(p) for p in entries]

        def copy_floor() -> None:  # as the owner: COPY FROM is not allowed under row-level security
            with psycopg.connect(url) as conn, conn.transaction():
                event = conn.execute("""INSERT INTO normalized_events (partner_id, provider, provider_event_id,
                                        event_name) VALUES (%s, 'floor', '1', 'floor') RETURNING id""",
                                     (partner,)).fetchone()[0]
                columns = ("partner_id", "normalized_event_id") + store.PARTICIPANT_COLUMNS
                with conn.cursor().copy(f"COPY normalized_participants ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row((partner, event) + row)

        floor_s, _ = timed(copy_floor)
    finally:
        server.stop()
        embedded.stop(home / "pg")
    write_s = first_s - fetch_s
    print(json.dumps({
        "benchmark": "providers_sync", "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": platform.platform(), "cpus": os.cpu_count(), "runners": args.runners,
        "pages": -(-args.runners // 100),
        "fetch_s": round(fetch_s, 2), "first_sync_s": round(first_s, 2), "first_sync_inserted": first.inserted,
        "write_s_estimate": round(write_s, 2), "copy_floor_s": round(floor_s, 2),
        "write_over_copy_floor": round(write_s / floor_s, 2),
        "resync_s": round(again_s, 2), "resync_unchanged": again.unchanged,
    }, indent=2))


if __name__ == "__main__":
    main()
