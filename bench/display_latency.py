"""Display latency, side by side in one run: 10 and 50 display pages in Chromium while reads stream through
the collector at 100 reads/s; server memory per display session; URL generation and builder-action times.

    .venv/bin/python bench/display_latency.py [--pages 10,50] [--seconds 20]     # prints JSON

Runs its own embedded PostgreSQL in a temporary P88_HOME (removed at the end unless ``--keep``), a real
collector (TCP) and a real ``p88 serve``.
Every read goes to the collector at 100 reads/s; one read a second is at ``finish`` (what the displays
trigger on) and the rest at ``10k`` (load the hub must fetch and filter). Latency runs from the moment a
finish read is sent (the controller's schedule, anchored on the first read the collector received) to the
moment each page's DOM shows that read (a MutationObserver's Date.now()); every page counts a sample.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import threading
import time
import urllib.request
from datetime import datetime, time as clock, timedelta, timezone

import psycopg

from collector.background import BackgroundCollector
from collector.server import CollectorConfig
from collector.sessions import bind_event
from collector.simulator import PlannedRead, RacePlan, run_controller
from dashboards.harness import WebServerProcess
from homes import add_home_options, temporary_home
from warehouse import embedded, tenancy
from warehouse.migrate import migrate

RATE = 100                      # reads per second through the collector
PROBE_EVERY = 100               # one finish read per second
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
WATCH_STAGE = """() => new Promise(resolve => {
  window.__seen = {};
  const find = root => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        if (el.shadowRoot.querySelector('.p88-stage')) return el.shadowRoot;
        const inner = find(el.shadowRoot); if (inner) return inner;
      }
    }
    return null;
  };
  const attach = () => {
    const root = find(document);
    if (!root) return setTimeout(attach, 50);
    new MutationObserver(() => {
      const stage = root.querySelector('.p88-stage');
      const key = stage && stage.dataset.key;
      if (key && !(key in window.__seen)) window.__seen[key] = Date.now();
    }).observe(root, {subtree: true, childList: true, attributes: true});
    resolve(true);
  };
  attach();
})"""


def seed(url: str, bibs: list[str]) -> tuple[str, int]:
    """The company, its token and roster; returns (token, partner id)."""
    with psycopg.connect(url, autocommit=True) as conn:
        migrate(conn)
        partner = tenancy.add_partner(conn, "Bench Timing", "bench").partner_id
        token = tenancy.create_api_token(conn, partner, "bench")
        conn.execute("INSERT INTO events (event_id, partner_id, name, event_date) VALUES (1, %s, 'Bench', '2026-05-01')",
                     (partner,))
        conn.execute("""INSERT INTO races (race_id, event_id, partner_id, name, distance_km, race_date)
                        VALUES (1, 1, %s, 'Marathon', 42.195, '2026-05-01')""", (partner,))
        with conn.cursor() as cur, cur.copy("COPY participants (participant_id, partner_id, first_name, last_name, sex) FROM STDIN") as copy:
            for bib in bibs:
                copy.write_row((int(bib), partner, "Runner", f"No{bib}", "F"))
        with conn.cursor() as cur, cur.copy("""COPY results (result_id, race_id, event_id, partner_id, participant_id, bib,
                                               status, chip_time_s) FROM STDIN""") as copy:
            for bib in bibs:
                copy.write_row((int(bib), 1, 1, partner, int(bib), bib, "FIN", 10_000 + int(bib)))
    return token, partner


def timing_session(url: str, partner: int, event_id: str) -> int:
    """A fresh ChronoTrack event and session per run (a reused one would make the collector resume, not resend)."""
    with psycopg.connect(url, autocommit=True) as conn:
        bind_event(conn, partner, event_id)
        return conn.execute("""INSERT INTO timing_sessions (partner_id, session_name, event_id, timing_point)
                               VALUES (%s, %s, %s, 'Finish line') RETURNING id""",
                            (partner, f"Bench {event_id}", event_id)).fetchone()[0]


def steady_plan(seconds: int) -> RacePlan:
    """RATE reads a second, evenly spaced; every PROBE_EVERY-th at finish, the rest at 10k."""
    start = datetime(2026, 5, 1, 8, 0)
    reads: dict[str, list[PlannedRead]] = {"10k": [], "finish": []}
    for i in range(seconds * RATE):
        location = "finish" if i % PROBE_EVERY == PROBE_EVERY // 2 else "10k"
        at = (start + timedelta(seconds=i / RATE)).time()
        reads[location].append(PlannedRead(location, len(reads[location]) + 1, str(1000 + i), at))
    return RacePlan(reads)


def api(base: str, token: str, method: str, path: str, body: dict | None = None) -> tuple[float, dict]:
    request = urllib.request.Request(base + path, data=json.dumps(body).encode() if body is not None else None,
                                     method=method, headers={"Authorization": f"Bearer {token}"})
    began = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        payload = json.load(response)
    return (time.perf_counter() - began) * 1000, payload


def percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"n": len(ordered), "p50_ms": round(pick(0.5), 1), "p95_ms": round(pick(0.95), 1),
            "max_ms": round(ordered[-1], 1)} if ordered else {"n": 0}


def builder_actions(base: str, token: str, session: int, rounds: int = 40) -> tuple[int, dict]:
    created, body = api(base, token, "POST", "/api/templates", {"name": "Bench", "definition": {"duration_s": 0.5}})
    template = body["template"]["id"]
    timings: dict[str, list[float]] = {"generate_url": [], "save_version": [], "restore_version": [], "list_templates": []}
    for i in range(rounds):
        timings["generate_url"].append(api(base, token, "POST", "/api/display/generate-url",
                                           {"template_id": template, "session_id": session})[0])
        timings["save_version"].append(api(base, token, "PUT", f"/api/templates/{template}",
                                           {"definition": {"duration_s": 0.5 + i / 1000}})[0])
        timings["restore_version"].append(api(base, token, "POST", f"/api/templates/{template}/restore",
                                              {"version": 1})[0])
        timings["list_templates"].append(api(base, token, "GET", "/api/templates")[0])
    return template, {name: percentiles(values) for name, values in timings.items()}


def latency_run(web: WebServerProcess, collector: BackgroundCollector, url: str, token: str, template: int,
                partner: int, pages: int, seconds: int, browser) -> dict:
    event_id = f"bench-{pages}"
    session = timing_session(url, partner, event_id)
    displays = [api(web.base, token, "POST", "/api/display/generate-url",
                    {"template_id": template, "session_id": session, "event_id": 1, "locations": ["finish"]})[1]
                for _ in range(pages)]
    rss_before = web.rss_bytes()
    context = browser.new_context(viewport={"width": 960, "height": 540})
    opened = []
    for display in displays:
        page = context.new_page()
        page.goto(web.base + display["url"])
        page.evaluate(WATCH_STAGE)
        opened.append(page)
    time.sleep(2)
    rss_after = web.rss_bytes()
    with psycopg.connect(url, autocommit=True) as conn:
        first_id = conn.execute("SELECT coalesce(max(id), 0) FROM timing_reads").fetchone()[0]
    plan = steady_plan(seconds)
    received_before = collector.collector.stats.total_reads
    thread = threading.Thread(target=lambda: asyncio.run(run_controller(
        "127.0.0.1", collector.port, plan, event_id=event_id, speed=1.0, linger_s=0.5)))
    thread.start()
    deadline = time.monotonic() + 30
    while collector.collector.stats.total_reads == received_before:
        if time.monotonic() > deadline:
            raise RuntimeError("the collector received no read within 30 s")
        time.sleep(0.0005)
    anchor_ms = time.time() * 1000              # the first read of the schedule reached the collector
    thread.join()
    time.sleep(2)
    first_clock = plan.reads["10k"][0].clock
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("""SELECT id, read_time FROM timing_reads WHERE id > %s AND location_name = 'finish'
                               AND NOT is_gun_time""", (first_id,)).fetchall()
    sent_ms = {str(read_id): anchor_ms + _seconds_between(first_clock, at) * 1000 for read_id, at in rows}
    samples, missing = [], 0
    for page in opened:
        seen = page.evaluate("window.__seen")
        for key, at in sent_ms.items():
            if key in seen:
                samples.append(seen[key] - at)
            else:
                missing += 1
    context.close()
    return {"pages": pages, "finish_reads": len(sent_ms), "reads_sent": plan.total(), **percentiles(samples),
            "missed_on_screen": missing,
            "server_rss_per_display_session_mb": round((rss_after - rss_before) / pages / 1e6, 2)}


def _seconds_between(a: clock, b: clock) -> float:
    return (datetime.combine(datetime.min, b) - datetime.combine(datetime.min, a)).total_seconds()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="10,50", help="comma-separated page counts to compare")
    parser.add_argument("--seconds", type=int, default=20, help="seconds of reads per page count")
    add_home_options(parser)
    args = parser.parse_args()
    counts = [int(n) for n in args.pages.split(",")]
    home = temporary_home("p88-bench-display-", args.keep)
    url = embedded.start(home / "pg").url
    from playwright.sync_api import sync_playwright
    try:
        token, partner = seed(url, [str(1000 + i) for i in range(args.seconds * RATE)])
        config = CollectorConfig(spool_dir=home / "spool", database_url=url, host="127.0.0.1", port=0)
        with BackgroundCollector(config) as collector, WebServerProcess(url, home / "web") as web, \
                sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            template, actions = builder_actions(web.base, token, timing_session(url, partner, "bench-actions"))
            runs = [latency_run(web, collector, url, token, template, partner, n, args.seconds, browser) for n in counts]
            browser.close()
    finally:
        embedded.stop(home / "pg")
    goals = {"p95_ms": 250, "server_rss_per_display_session_mb": 2.0, "generate_url_p95_ms": 100,
             "builder_action_p95_ms": 200}
    largest = runs[-1]
    print(json.dumps({
        "benchmark": "display_latency",
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.system()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "reads_per_s": RATE, "runs": runs, "actions": actions, "goals": goals,
        f"ratio_p95_{counts[-1]}_to_{counts[0]}_pages": round(runs[-1]["p95_ms"] / runs[0]["p95_ms"], 2),
        "ratio_p95_to_goal": round(largest["p95_ms"] / goals["p95_ms"], 2),
        "ratio_memory_to_goal": round(largest["server_rss_per_display_session_mb"] / goals["server_rss_per_display_session_mb"], 2),
        "ratio_generate_url_to_goal": round(actions["generate_url"]["p95_ms"] / goals["generate_url_p95_ms"], 2),
        "ratio_save_version_to_goal": round(actions["save_version"]["p95_ms"] / goals["builder_action_p95_ms"], 2),
    }, indent=2))


if __name__ == "__main__":
    main()
