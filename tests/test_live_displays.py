"""Race day on the screens: live times and places, every layout, catch-up under a burst, the public results page.

A real ``p88 serve`` on its own database, real Chromium. Rosters come from CSV imports (a real race day); the
reads are written as the collector writes them (rows in ``timing_reads`` and a NOTIFY after each commit),
so each test controls exactly when a runner crosses.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import time
from datetime import date, datetime, timedelta, timezone

import psycopg
import pytest

from collector.live_results import score_event
from collector.sessions import bind_event, bind_roster
from providers.csv_import import import_roster
from warehouse import tenancy
from warehouse.database import tenant_connection
from web_fixtures import Client, fresh_database, stage_text, wait_for_stage_text, wait_until

GUN = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=10)
BURST = 60
ROSTERS = {  # controller event -> (company, timing session, roster rows: bib, first, last, sex, age, race)
    "900": ("delta", 89, [("502", "Ben", "Cole", "M", 41, "5K"), ("501", "Ana", "Diaz", "F", 34, "5K"),
                          ("503", "Cara", "Wu", "F", 29, "5K")]),
    "901": ("delta", 90, [("501", "Ana", "Diaz", "F", 34, "5K"), ("502", "Ben", "Cole", "M", 41, "5K"),
                          ("601", "Eli", "Park", "M", 50, "10K")]),
    "902": ("delta", 91, [("501", "Zed", "Other", "M", 30, "5K")]),
    "903": ("echo", 92, [("501", "Yara", "Elsewhere", "F", 30, "5K")]),
    "904": ("delta", 94, [("701", "Gia", "Lund", "F", 33, "5K"), ("702", "Hal", "Moss", "M", 38, "5K"),
                          ("703", "Ivy", "Nash", "F", 27, "5K")]),
    "905": ("delta", 95, [(str(1000 + n), "Burst", f"No{n:03d}", "F", 30, "5K") for n in range(BURST)]),
}
# an archive event as the roster (last year's results: its times and places must never reach a screen)
ARCHIVE = {"event": "906", "session": 96, "archive_event": 60,
           "runners": [("801", "Kai", "Reyes"), ("802", "Lia", "Ford")]}
SESSIONS = {event: (company, session) for event, (company, session, _) in ROSTERS.items()}
SESSIONS[ARCHIVE["event"]] = ("delta", ARCHIVE["session"])


class Mats:
    """Writes reads as the collector does: rows, then ``NOTIFY timing_reads`` once the batch is committed."""

    def __init__(self, url: str, partners: dict[str, int]) -> None:
        self.conn = psycopg.connect(url, autocommit=True)
        self.partners = partners
        self.sequence = itertools.count(1)

    def cross(self, event: str, *runners: tuple[str, float]) -> float:
        """Each (bib or 'guntime', seconds after the gun) at the finish; returns when it was committed (time.time)."""
        company, session = SESSIONS[event]
        partner = self.partners[company]
        with self.conn.transaction():
            for bib, seconds in runners:
                at = GUN + timedelta(seconds=seconds)
                last = self.conn.execute(
                    """INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time,
                                                 read_timestamp, is_gun_time, raw_line)
                       VALUES (%s, %s, 'finish', %s, %s, %s, %s, %s, 'test') RETURNING id""",
                    (partner, session, next(self.sequence), bib, at.time(), at, bib == "guntime")).fetchone()[0]
        committed = time.time()
        self.conn.execute("SELECT pg_notify('timing_reads', %s)",
                          (json.dumps({"session_id": session, "partner_id": partner, "last_id": last}),))
        return committed


def _seed(url: str, folder) -> dict:
    ids = {}
    with psycopg.connect(url, autocommit=True) as owner:
        for slug in ("delta", "echo"):
            ids[slug] = tenancy.add_partner(owner, slug.title() + " Timing", slug).partner_id
            ids[f"{slug}_token"] = tenancy.create_api_token(owner, ids[slug], "tests")
        for event, (company, session, runners) in ROSTERS.items():
            path = folder / f"roster-{event}.csv"
            path.write_text("Bib,First Name,Last Name,Gender,Age,Race\n"
                            + "".join(f"{b},{f},{l},{s},{a},{r}\n" for b, f, l, s, a, r in runners))
            _, report = import_roster(ids[company], url, path, f"Roster {event}", date(2026, 11, 26))
            owner.execute("""INSERT INTO timing_sessions (id, partner_id, session_name, event_name, event_id,
                                                          timing_point) VALUES (%s, %s, %s, %s, %s, 'Finish')""",
                          (session, ids[company], f"Session {event}", f"Turkey Trot {event}", event))
            bind_event(owner, ids[company], event, "UTC")
            bind_roster(owner, ids[company], event, report.event_id)
        _seed_archive(owner, ids["delta"])
    return ids


def _seed_archive(owner: psycopg.Connection, partner: int) -> None:
    event = ARCHIVE["archive_event"]
    owner.execute("INSERT INTO events (event_id, partner_id, name, event_date) VALUES (%s, %s, 'Marathon 2025', "
                  "'2025-11-27')", (event, partner))
    owner.execute("""INSERT INTO races (race_id, event_id, partner_id, name, distance_km, race_date)
                     VALUES (%s, %s, %s, 'Marathon', 42.195, '2025-11-27')""", (event, event, partner))
    for bib, first, last in ARCHIVE["runners"]:
        owner.execute("""INSERT INTO participants (participant_id, partner_id, first_name, last_name, sex, city)
                         VALUES (%s, %s, %s, %s, 'F', 'Hartford')""", (int(bib), partner, first, last))
        owner.execute("""INSERT INTO results (result_id, race_id, event_id, partner_id, participant_id, bib, age,
                         status, chip_time_s, overall_place) VALUES (%s, %s, %s, %s, %s, %s, 30, 'FIN', 9000, 664)""",
                      (int(bib), event, event, partner, int(bib), bib))
    owner.execute("""INSERT INTO timing_sessions (id, partner_id, session_name, event_name, event_id, timing_point)
                     VALUES (%s, %s, 'Marathon 2026', 'Marathon 2026', %s, 'Finish')""",
                  (ARCHIVE["session"], partner, ARCHIVE["event"]))
    bind_event(owner, partner, ARCHIVE["event"], "UTC")
    bind_roster(owner, partner, ARCHIVE["event"], event)


@pytest.fixture(scope="module")
def web_db(pg_server, template_url, tmp_path_factory):
    with fresh_database(pg_server, f"p88_live_displays_{os.getpid()}") as url:
        yield url, _seed(url, tmp_path_factory.mktemp("rosters"))


@pytest.fixture(scope="module")
def mats(web_db):
    writer = Mats(web_db[0], web_db[1])
    yield writer
    writer.conn.close()


def display(web, ids, event: str, definition: dict, company: str = "delta") -> str:
    """A template with ``definition`` and a results display of the event's timing session; its id."""
    client = Client(web.base, token=ids[f"{company}_token"])
    status, body = client.call("POST", "/api/templates", {"name": f"{event} {definition.get('kind', 'single')}",
                                                          "definition": definition})
    assert status == 201, body
    status, body = client.call("POST", "/api/display/generate-url", {
        "template_id": body["template"]["id"], "session_id": SESSIONS[event][1], "mode": "results"})
    assert status == 201, body
    assert body["results_url"] == f"/results/{body['display_id']}"     # its event's public live results
    return body["display_id"]


def board_rows(page) -> list[list[str]]:
    """The cells of a list layout's table on screen, row by row."""
    return page.locator(".p88-board tr").evaluate_all(
        "rows => rows.map(r => Array.from(r.querySelectorAll('td'), c => c.innerText))")


def element(name: str, y: int, field: str) -> dict:
    return {"field": field, "text": name, "size": 64, "x": 960, "y": y}


@pytest.mark.browser
def test_a_race_shows_names_with_live_chip_times_and_places_and_stores_them(web, web_db, mats, browser):
    single = display(web, web_db[1], "900", {"duration_s": 1, "active": {"elements": [
        element("", 300, "name"), element("", 500, "chip_time"), element("", 700, "overall_place"),
        element("", 850, "age_group")]}})
    page = browser.new_page()
    page.goto(f"{web.base}/display/{single}")
    wait_for_stage_text(page, "Welcome to the finish line")
    mats.cross("900", ("guntime", 0), ("502", 1260))
    wait_for_stage_text(page, "Ben Cole")
    assert stage_text(page).split("\n") == ["Ben Cole", "21:00", "1", "M40-44"]
    mats.cross("900", ("501", 1320))
    wait_for_stage_text(page, "Ana Diaz")
    assert stage_text(page).split("\n") == ["Ana Diaz", "22:00", "2", "F30-34"]
    mats.cross("900", ("503", 1290))                      # faster than Ana, later: Ana moves to third
    wait_for_stage_text(page, "Cara Wu")
    assert stage_text(page).split("\n") == ["Cara Wu", "21:30", "2", "F25-29"]
    delta = web_db[1]["delta"]
    with tenant_connection(delta, web_db[0]) as conn:     # what `p88 results` and the APIs read
        wait_until(lambda: conn.execute("SELECT place FROM live_results WHERE event_id = '900' AND bib = '501'")
                   .fetchone() == (3,), "Ana's stored place to move to 3", 30)
        stored = conn.execute("SELECT bib, chip_time_s, place FROM live_results WHERE event_id = '900' ORDER BY place")
        assert stored.fetchall() == [("502", 1260.0, 1), ("503", 1290.0, 2), ("501", 1320.0, 3)]
    page.close()


@pytest.mark.browser
def test_an_archive_event_as_the_roster_gives_names_and_city_never_its_old_times(web, web_db, mats, browser):
    single = display(web, web_db[1], "906", {"duration_s": 1, "active": {"elements": [
        element("", 300, "name"), element("", 450, "city"), element("", 600, "chip_time"),
        element("", 750, "overall_place"), element("", 900, "pace")]}})
    page = browser.new_page()
    page.goto(f"{web.base}/display/{single}")
    wait_for_stage_text(page, "Welcome to the finish line")
    mats.cross("906", ("guntime", 0), ("802", 3 * 3600 + 5))
    wait_for_stage_text(page, "Lia Ford")
    assert stage_text(page).split("\n") == ["Lia Ford", "Hartford", "3:00:05", "1", "6:52/mi"]
    page.close()


@pytest.mark.browser
def test_each_layout_renders_live_results_in_order_with_a_qr_code(web, web_db, mats, browser):
    qr = {"x": 1750, "y": 900, "size": 240}
    layouts = {
        "latest": display(web, web_db[1], "904", {"kind": "latest", "qr": qr, "layout": {"rows": 2}}),
        "leaderboard": display(web, web_db[1], "904", {"kind": "leaderboard", "qr": qr,
                                                        "layout": {"division_s": 600}}),
        "clock": display(web, web_db[1], "904", {"kind": "clock", "qr": qr}),
        "slides": display(web, web_db[1], "904", {"kind": "slides", "qr": qr, "duration_s": 1, "resting": {
            "messages": ["Shoes by Acme", "Water by Brook"], "rotate_s": 60}}),
    }
    context = browser.new_context()
    pages = {kind: context.new_page() for kind in layouts}
    for kind, page in pages.items():
        page.goto(f"{web.base}/display/{layouts[kind]}")
        page.locator(".p88-stage").first.wait_for()
        assert page.locator(".p88-qr").get_attribute("data-url") == f"{web.base}/results/{layouts[kind]}"
        assert page.locator(".p88-qr svg path").count() >= 1
    wait_for_stage_text(pages["clock"], "Waiting for the start")
    wait_for_stage_text(pages["slides"], "Shoes by Acme")

    mats.cross("904", ("guntime", 0), ("701", 1500), ("702", 1440))
    wait_until(lambda: [r[1] for r in board_rows(pages["leaderboard"])] == ["Hal Moss", "Gia Lund"], "the leaderboard")
    mats.cross("904", ("703", 1380))                      # the fastest, arriving last
    wait_until(lambda: [r[:2] for r in board_rows(pages["leaderboard"])] ==
               [["1", "Ivy Nash"], ["2", "Hal Moss"], ["3", "Gia Lund"]], "Ivy to lead the leaderboard", 30)
    assert "5K · Overall" in stage_text(pages["leaderboard"])
    wait_until(lambda: board_rows(pages["latest"]) == [["1", "Ivy Nash", "703", "23:00"],
                                                       ["2", "Hal Moss", "702", "24:00"]], "the latest finishers", 30)
    # the gun was 10 minutes before this module was imported (a full run reaches this test minutes later)
    wait_until(lambda: (m := re.search(r"5K\s+(?:(\d+):)?(\d+):\d\d", stage_text(pages["clock"]))) and
               int(m.group(1) or 0) * 60 + int(m.group(2)) >= 10, "10 minutes or more on the race clock", 30)
    wait_for_stage_text(pages["slides"], "Ivy Nash")
    wait_for_stage_text(pages["slides"], "Water by Brook")    # the next sponsor after the runners
    context.close()


# the page records when each burst runner's name first appears on the stage (as the runner or in the catch-up list)
WATCH = """() => {
  window.seen = {}; window.listed = false;
  const find = root => { const hit = root.querySelector('.p88-stage'); if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { const f = find(el.shadowRoot); if (f) return f; } }
    return null; };
  setInterval(() => { const stage = find(document); if (!stage) return; const text = stage.innerText;
    if (text.includes('Also finished')) window.listed = true;
    for (const m of text.matchAll(/No(\\d{3})/g)) if (!(m[1] in window.seen)) window.seen[m[1]] = Date.now(); }, 20);
}"""


@pytest.mark.browser
def test_single_runner_and_latest_displays_keep_up_with_ten_finishers_a_second(web, web_db, mats, browser):
    context = browser.new_context()
    pages = {}
    for kind, waiting in (("single", "Welcome to the finish line"), ("latest", "Waiting for the first finisher")):
        pages[kind] = context.new_page()
        pages[kind].goto(f"{web.base}/display/{display(web, web_db[1], '905', {'kind': kind, 'duration_s': 5})}")
        wait_for_stage_text(pages[kind], waiting)
        pages[kind].evaluate(WATCH)
    mats.cross("905", ("guntime", 0))
    crossed = {}
    started = time.monotonic()
    for n in range(BURST):                                 # 10 a second for 6 s
        crossed[f"{n:03d}"] = mats.cross("905", (str(1000 + n), 1200 + n / 10))
        time.sleep(max(0.0, started + (n + 1) / 10 - time.monotonic()))
    for kind, page in pages.items():
        wait_until(lambda: len(page.evaluate("window.seen")) == BURST, f"every burst runner on the {kind} screen", 15)
        seen = page.evaluate("window.seen")
        lags = sorted(seen[n] / 1000 - crossed[n] for n in crossed)
        print(f"{kind}: burst of {BURST} at 10/s, read -> screen lag p50 {lags[BURST // 2]:.2f} s, "
              f"max {lags[-1]:.2f} s")
        # kept up, not queued: one at a time for its 5 s the last would show ~5 minutes late (the < 1 s goal is a
        # speed goal, measured in bench/display_latency.py, not here: a loaded machine made this flaky at 1.5 s)
        assert lags[-1] < BURST * 5 / 10
    assert pages["single"].evaluate("window.listed")       # the skipped were listed, not queued
    context.close()


def test_the_public_results_page_needs_no_login_and_shows_only_its_event(web, web_db, mats, browser):
    ids = web_db[1]
    mats.cross("901", ("guntime", 0), ("502", 1500), ("501", 1400), ("601", 3000))
    mats.cross("902", ("guntime", 0), ("501", 1300))    # the same company's other event, the same bib
    mats.cross("903", ("guntime", 0), ("501", 1300))    # another company's event
    with tenant_connection(ids["delta"], web_db[0], autocommit=True) as conn:
        score_event(conn, ids["delta"], "902")
    with tenant_connection(ids["echo"], web_db[0], autocommit=True) as conn:
        score_event(conn, ids["echo"], "903")
    public = display(web, ids, "901", {"kind": "latest"})
    anonymous = Client(web.base)
    status, page = anonymous.call("GET", f"/results/{public}?race=5K")     # no display open: scored on request
    assert status == 200 and "Live results — Turkey Trot 901" in page
    assert re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td>", page) == [("1", "Ana Diaz"), ("2", "Ben Cole")]
    assert "Zed Other" not in page and "Yara Elsewhere" not in page and "Eli Park" not in page   # 10K: its own tab
    first_tab = anonymous.call("GET", f"/results/{public}")[1]       # races in name order: 10K first
    assert re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td>", first_tab) == [("1", "Eli Park")]
    found = anonymous.call("GET", f"/results/{public}?race=5K&q=502")[1]
    assert "Ben Cole" in found and "Ana Diaz" not in found
    found = anonymous.call("GET", f"/results/{public}?race=5K&q=diaz")[1]
    assert "Ana Diaz" in found and "Ben Cole" not in found
    assert "No finisher matches" in anonymous.call("GET", f"/results/{public}?race=5K&q=%25")[1]
    assert anonymous.call("GET", "/results/zzzzzzzz")[0] == 404

    tab = browser.new_page()                               # a phone that scanned the QR code
    tab.goto(f"{web.base}/results/{public}?race=5K")
    tab.fill("#q", "Ben")
    tab.click("button[type=submit]")
    tab.wait_for_url("**q=Ben**")
    assert tab.locator("#results tbody tr").all_inner_texts() == ["2\tBen Cole\t502\tM\tM40-44\t25:00\t25:00\t1\t1"]
    tab.close()

    client = Client(web.base, token=ids["delta_token"])
    assert client.call("POST", f"/api/displays/{public}/revoke")[0] == 200
    assert anonymous.call("GET", f"/results/{public}")[0] == 410
