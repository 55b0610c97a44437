"""Display latency, the server's fan-out apart from the renderers, side by side in one run:

    .venv/bin/python bench/display_latency.py [--screens 4,50,200] [--pages 4] [--seconds 20]
        [--lag-seconds 120] [--lag-kinds single,latest] [--no-baseline] [--keep]        # prints JSON

(a) fan-out: read → websocket message at 4, 50 and 200 lightweight websocket clients (``display_clients``:
    the Bokeh protocol a display page speaks, nothing rendered), one display URL each, while reads stream
    through the collector at 100 reads/s, one a second at ``finish`` (what the displays show) and the rest at
    ``10k`` (load the hub must fetch and filter); (b) read → DOM in a handful of real Chromium pages, the same
    stream; (c) the server's memory per display session, from (a)'s largest count and from (b); (d) lag at 10
    finishers/s for two minutes: per layout kind, three screens of one URL, how long after read N a message
    names runner N — and, as the baseline, a single-runner layout without catch-up (``max_lag_s`` 600).
Latency runs from the moment a read is sent (the controller's schedule, anchored on the first read the
collector received) to a client's receipt (a) or a MutationObserver's ``Date.now()`` (b); every screen counts
a sample. The controller event is bound to the roster, so the hub scores it live on every batch (no gun read:
times stay blank, names and the scoring work are real). Runs its own embedded PostgreSQL in a temporary
P88_HOME (removed at the end unless ``--keep``), a real collector (TCP) and a real ``p88 serve``.
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
from urllib.parse import urlparse

import psycopg

from collector.background import BackgroundCollector
from collector.server import CollectorConfig
from collector.sessions import bind_event, bind_roster
from collector.simulator import PlannedRead, RacePlan, run_controller
from dashboards.harness import WebServerProcess
from display_clients import ClientPool, last_name
from homes import add_home_options, temporary_home
from warehouse import embedded, tenancy
from warehouse.migrate import migrate

RATE = 100                      # reads per second through the collector, fan-out and DOM runs
PROBE_EVERY = 100               # one finish read per second
LAG_RATE = 10                   # finishers per second in the lag run
LAG_SCREENS = 3                 # screens of the one display URL in each lag run
LAG_FIRST_BIB = 100_000         # the lag runs' runners, apart from the steady runs' bibs
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
    """The company, its token and the roster (archive event 1); returns (token, partner id)."""
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
                copy.write_row((int(bib), partner, "Runner", last_name(bib), "F"))
        with conn.cursor() as cur, cur.copy("""COPY results (result_id, race_id, event_id, partner_id, participant_id, bib,
                                               status, chip_time_s) FROM STDIN""") as copy:
            for bib in bibs:
                copy.write_row((int(bib), 1, 1, partner, int(bib), bib, "FIN", 10_000 + int(bib)))
    return token, partner


def timing_session(url: str, partner: int, event_id: str) -> int:
    """A fresh ChronoTrack event and session per run (a reused one would make the collector resume, not resend),
    scored live against the roster."""
    with psycopg.connect(url, autocommit=True) as conn:
        bind_event(conn, partner, event_id)
        bind_roster(conn, partner, event_id, 1)
        return conn.execute("""INSERT INTO timing_sessions (partner_id, session_name, event_id, timing_point)
                               VALUES (%s, %s, %s, 'Finish line') RETURNING id""",
                            (partner, f"Bench {event_id}", event_id)).fetchone()[0]


def read_plan(seconds: int, rate: int, finish_every: int, first_bib: int) -> RacePlan:
    """``rate`` reads a second, evenly spaced, each a new bib from ``first_bib``; every ``finish_every``-th at
    finish, the rest at 10k."""
    start = datetime(2026, 5, 1, 8, 0)
    reads: dict[str, list[PlannedRead]] = {"10k": [], "finish": []}
    for i in range(seconds * rate):
        location = "finish" if i % finish_every == finish_every // 2 else "10k"
        at = (start + timedelta(seconds=i / rate)).time()
        reads[location].append(PlannedRead(location, len(reads[location]) + 1, str(first_bib + i), at))
    return RacePlan({name: planned for name, planned in reads.items() if planned})


def stream(collector: BackgroundCollector, plan: RacePlan, event_id: str) -> dict[str, float]:
    """Play ``plan`` to the collector in real time; returns each finish read's bib → the wall-clock ms it was
    sent (the schedule anchored on the moment the collector received the first read)."""
    received_before = collector.collector.stats.total_reads
    thread = threading.Thread(target=lambda: asyncio.run(run_controller(
        "127.0.0.1", collector.port, plan, event_id=event_id, speed=1.0, linger_s=0.5)))
    thread.start()
    deadline = time.monotonic() + 30
    while collector.collector.stats.total_reads == received_before:
        if time.monotonic() > deadline:
            raise RuntimeError("the collector received no read within 30 s")
        time.sleep(0.0005)
    anchor_ms = time.time() * 1000
    thread.join()
    first = min(reads[0].clock for reads in plan.reads.values())
    return {read.bib: anchor_ms + _seconds_between(first, read.clock) * 1000 for read in plan.reads["finish"]}


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


def template(base: str, token: str, name: str, definition: dict) -> int:
    return api(base, token, "POST", "/api/templates", {"name": name, "definition": definition})[1]["template"]["id"]


def builder_actions(base: str, token: str, session: int, rounds: int = 40) -> tuple[int, dict]:
    """The template the steady runs show (0.5 s a runner) and the builder's actions timed on it."""
    template_id = template(base, token, "Bench", {"duration_s": 0.5})
    timings: dict[str, list[float]] = {"generate_url": [], "save_version": [], "restore_version": [], "list_templates": []}
    for i in range(rounds):
        timings["generate_url"].append(api(base, token, "POST", "/api/display/generate-url",
                                           {"template_id": template_id, "session_id": session})[0])
        timings["save_version"].append(api(base, token, "PUT", f"/api/templates/{template_id}",
                                           {"definition": {"duration_s": 0.5 + i / 1000}})[0])
        timings["restore_version"].append(api(base, token, "POST", f"/api/templates/{template_id}/restore",
                                              {"version": 1})[0])
        timings["list_templates"].append(api(base, token, "GET", "/api/templates")[0])
    return template_id, {name: percentiles(values) for name, values in timings.items()}


def display_paths(web: WebServerProcess, token: str, template_id: int, session: int, count: int,
                  ) -> list[str]:
    """``count`` new display URLs of the session (their paths), each showing finish reads."""
    body = {"template_id": template_id, "session_id": session, "event_id": 1, "locations": ["finish"]}
    return [urlparse(api(web.base, token, "POST", "/api/display/generate-url", body)[1]["url"]).path
            for _ in range(count)]


def lags(seen: list[dict[str, float]], sent: dict[str, float]) -> tuple[list[float], int]:
    """Per screen and runner: ms from the read's send to the screen first naming it; and how many never did."""
    samples = [screen[bib] - at for screen in seen for bib, at in sent.items() if bib in screen]
    return samples, len(seen) * len(sent) - len(samples)


def fanout_run(web: WebServerProcess, collector: BackgroundCollector, url: str, token: str, template_id: int,
               partner: int, screens: int, seconds: int, first_bib: int) -> dict:
    """(a) and (c): ``screens`` websocket clients, one display URL each, while the steady stream plays."""
    session = timing_session(url, partner, f"fanout-{screens}")
    paths = display_paths(web, token, template_id, session, screens)
    rss_before = web.rss_bytes()
    with ClientPool(web.base, paths) as pool:
        time.sleep(2)
        rss_after = web.rss_bytes()
        sent = stream(collector, read_plan(seconds, RATE, PROBE_EVERY, first_bib), f"fanout-{screens}")
        time.sleep(2)
        samples, missed = lags(pool.stop(), sent)
    return {"screens": screens, "finish_reads": len(sent), **percentiles(samples), "missed": missed,
            "server_rss_per_display_session_mb": round((rss_after - rss_before) / screens / 1e6, 3)}


def dom_run(web: WebServerProcess, collector: BackgroundCollector, url: str, token: str, template_id: int,
            partner: int, pages: int, seconds: int, first_bib: int, browser) -> dict:
    """(b): ``pages`` Chromium pages, one display URL each, the same stream; the DOM's stage key is the read id."""
    event_id = f"dom-{pages}"
    session = timing_session(url, partner, event_id)
    paths = display_paths(web, token, template_id, session, pages)
    rss_before = web.rss_bytes()
    context = browser.new_context(viewport={"width": 960, "height": 540})
    opened = []
    for path in paths:
        page = context.new_page()
        page.goto(web.base + path)
        page.evaluate(WATCH_STAGE)
        opened.append(page)
    time.sleep(2)
    rss_after = web.rss_bytes()
    sent_by_bib = stream(collector, read_plan(seconds, RATE, PROBE_EVERY, first_bib), event_id)
    time.sleep(2)
    with psycopg.connect(url, autocommit=True) as conn:
        ids = dict(conn.execute("""SELECT r.bib, r.id::text FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
                                   WHERE s.event_id = %s AND r.location_name = 'finish'""", (event_id,)).fetchall())
    sent = {ids[bib]: at for bib, at in sent_by_bib.items() if bib in ids}
    samples, missed = lags([page.evaluate("window.__seen") for page in opened], sent)
    context.close()
    return {"pages": pages, "finish_reads": len(sent), **percentiles(samples), "missed": missed,
            "server_rss_per_display_session_mb": round((rss_after - rss_before) / pages / 1e6, 3)}


def lag_run(web: WebServerProcess, collector: BackgroundCollector, url: str, token: str, partner: int, label: str,
            definition: dict, seconds: int, first_bib: int) -> dict:
    """(d): LAG_RATE finishers a second for ``seconds`` on LAG_SCREENS screens of one URL of a template
    ``definition`` (its layout's defaults otherwise: what a timer gets). ``behind_at_end_ms``: when the last
    read was sent, how old the newest runner a screen had named by then was (the worst screen)."""
    event_id = f"lag-{label}"
    session = timing_session(url, partner, event_id)
    template_id = template(web.base, token, f"Bench {label}", definition)
    path = display_paths(web, token, template_id, session, 1)[0]
    with ClientPool(web.base, [path] * LAG_SCREENS) as pool:
        time.sleep(1)
        sent = stream(collector, read_plan(seconds, LAG_RATE, 1, first_bib), event_id)
        time.sleep(5)
        seen = pool.stop()
    samples, missed = lags(seen, sent)
    end = max(sent.values())
    behind = max(end - max((sent[bib] for bib, at in screen.items() if bib in sent and at <= end), default=0)
                 for screen in seen)
    tail, _ = lags(seen, {bib: sent[bib] for bib in sorted(sent, key=sent.get)[-LAG_RATE * 10:]})  # the last 10 s
    return {"layout": label, "finishers": len(sent), "screens": LAG_SCREENS, **percentiles(samples),
            "not_named_within_5s_of_the_end": missed, "behind_at_end_ms": round(behind, 1),
            "last_10s_max_ms": round(max(tail), 1) if tail else None}


def _seconds_between(a: clock, b: clock) -> float:
    return (datetime.combine(datetime.min, b) - datetime.combine(datetime.min, a)).total_seconds()


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screens", default="4,50,200", help="websocket client counts to compare (fan-out)")
    parser.add_argument("--pages", type=int, default=4, help="Chromium pages (read → DOM)")
    parser.add_argument("--seconds", type=int, default=20, help="seconds of steady reads per fan-out or DOM run")
    parser.add_argument("--lag-seconds", type=int, default=120, help="seconds of 10 finishers/s per lag run")
    parser.add_argument("--lag-kinds", default="single,latest", help="layout kinds of the lag runs")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the lag run of a single-runner layout without catch-up (max_lag_s 600)")
    add_home_options(parser)
    args = parser.parse_args()
    counts = [int(n) for n in args.screens.split(",")]
    layouts = [(kind, {"kind": kind}) for kind in args.lag_kinds.split(",") if kind]
    if not args.no_baseline:
        layouts.append(("single-no-catch-up", {"kind": "single", "max_lag_s": 600}))
    home = temporary_home("p88-bench-display-", args.keep)
    url = embedded.start(home / "pg").url
    steady_bibs = args.seconds * RATE
    lag_bibs = args.lag_seconds * LAG_RATE
    roster = [str(1000 + i) for i in range(steady_bibs * (len(counts) + 1))]
    roster += [str(LAG_FIRST_BIB + i) for i in range(lag_bibs * len(layouts))]
    from playwright.sync_api import sync_playwright
    try:
        token, partner = seed(url, roster)
        config = CollectorConfig(spool_dir=home / "spool", database_url=url, host="127.0.0.1", port=0)
        # 200 screens from this one address: the per-address display throttle would refuse most of them
        unthrottled = {"P88_DISPLAY_LOADS_PER_MINUTE": "0"}
        with BackgroundCollector(config) as collector, WebServerProcess(url, home / "web", env=unthrottled) as web:
            template_id, actions = builder_actions(web.base, token, timing_session(url, partner, "bench-actions"))
            fanout = [fanout_run(web, collector, url, token, template_id, partner, n, args.seconds, 1000 + i * steady_bibs)
                      for i, n in enumerate(counts)]
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                dom = dom_run(web, collector, url, token, template_id, partner, args.pages, args.seconds,
                              1000 + len(counts) * steady_bibs, browser)
                browser.close()
            lag = [lag_run(web, collector, url, token, partner, label, definition, args.lag_seconds,
                           LAG_FIRST_BIB + i * lag_bibs) for i, (label, definition) in enumerate(layouts)]
    finally:
        embedded.stop(home / "pg")
    goals = {"p95_ms_at_50_screens": 250, "server_rss_per_display_session_mb": 2.0, "lag_ms": 1000,
             "generate_url_p95_ms": 100, "builder_action_p95_ms": 200}
    by_count = {run["screens"]: run for run in fanout}
    by_layout = {run["layout"]: run for run in lag}
    largest = fanout[-1]
    same_count = by_count.get(args.pages)
    print(json.dumps({
        "benchmark": "display_latency",
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.system()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average": os.getloadavg(),
        "reads_per_s": RATE, "fanout": fanout, "dom": dom, "lag": lag, "actions": actions, "goals": goals,
        f"ratio_p95_{counts[-1]}_to_{counts[0]}_screens": _ratio(largest["p95_ms"], fanout[0]["p95_ms"]),
        "ratio_p95_50_screens_to_goal": _ratio(by_count.get(50, {}).get("p95_ms"), goals["p95_ms_at_50_screens"]),
        f"ratio_dom_p95_to_websocket_p95_at_{args.pages}":
            _ratio(dom["p95_ms"], same_count["p95_ms"]) if same_count else None,
        "ratio_memory_to_goal": _ratio(largest["server_rss_per_display_session_mb"],
                                       goals["server_rss_per_display_session_mb"]),
        "ratio_lag_p95_to_goal": {run["layout"]: _ratio(run.get("p95_ms"), goals["lag_ms"]) for run in lag},
        "ratio_behind_at_end_no_catch_up_to_single": _ratio(by_layout.get("single-no-catch-up", {}).get("behind_at_end_ms"),
                                                            by_layout.get("single", {}).get("behind_at_end_ms")),
        "ratio_generate_url_to_goal": _ratio(actions["generate_url"]["p95_ms"], goals["generate_url_p95_ms"]),
        "ratio_save_version_to_goal": _ratio(actions["save_version"]["p95_ms"], goals["builder_action_p95_ms"]),
    }, indent=2))


if __name__ == "__main__":
    main()
