"""The announcer layout: the prediction rule (pure), its feed and stage, and a race in Chromium on a real server.

Pure first (no database): who crossed an upstream mat, elapsed since their start, and the predicted finish —
elapsed at the mat plus the median mat→finish time of the race's finishers through that mat. Then a real
``p88 serve`` on its own database with a CSV roster, reads written as the collector writes them (rows in
``timing_reads`` and a NOTIFY), and Chromium typing into the search box.
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import datetime, time, timedelta, timezone

import psycopg
import pytest

from collector.announcer import Passings, predicted_finish_s
from collector.live_results import LiveEvent
from collector.scoring import Crossing, Entrant, RaceSetup
from dashboards.definition import TemplateError, validate
from dashboards.displays import PublicDisplay
from dashboards.feeds import DisplayFeed
from dashboards.layouts import sample_html, search_html
from dashboards.runner import Read
from web_fixtures import Client, race_day_database, stage_text, wait_for_stage_text, wait_until

GUN = datetime(2026, 11, 26, 13, 0, tzinfo=timezone.utc)
ROSTER = [Entrant("11", "Ana", "Diaz", "F", 34, None, "5K", 5.0),
          Entrant("12", "Ben", "Cole", "M", 41, None, "5K", 5.0),
          Entrant("13", "Cara", "Wu", "F", 29, None, "5K", 5.0), Entrant("14", "Dee", "Ray", "F", 45, None, "5K", 5.0),
          Entrant("21", "Dan", "Ito", "M", 50, None, "10K", 10.0),
          Entrant("22", "Eve", "Moss", "F", 38, None, "10K", 10.0)]


def at(seconds: float) -> datetime:
    return GUN + timedelta(seconds=seconds)


def race(*crossings: tuple[str, str, float], gun: bool = True, setup: RaceSetup | None = None) -> LiveEvent:
    """A scored event (no database): the gun (unless ``gun`` is False), then each (bib, location, seconds
    after the gun)."""
    live = LiveEvent(1, "555", ROSTER, setup)
    if gun:
        live.add([Crossing("guntime", "start", GUN, is_gun=True)])
    live.add(Crossing(bib, location, at(s)) for bib, location, s in crossings)
    return live


def snapshot(live: LiveEvent, min_finishers: int = 1):
    return live.passings.snapshot(live.scorer, live.by_bib, min_finishers)


def by_bib(live: LiveEvent, min_finishers: int = 1) -> dict:
    return {(p.bib, p.mat): p for p in snapshot(live, min_finishers).passings}


# -- the rule --------------------------------------------------------------------------------------------------
def test_the_prediction_is_elapsed_at_the_mat_plus_the_median_transit_of_finishers():
    assert predicted_finish_s(600.0, [700.0, 740.0, 1500.0]) == 1340.0      # the median ignores the walker
    assert predicted_finish_s(600.0, [700.0, 740.0]) == 1320.0
    assert predicted_finish_s(600.0, []) is None                            # nobody finished: no number
    assert predicted_finish_s(None, [700.0]) is None                        # no start and no gun
    assert predicted_finish_s(600.0, [700.0], min_finishers=2) is None


def test_several_runners_at_a_split_get_the_median_of_those_who_finished():
    live = race(("11", "start", 5), ("11", "2.5k", 605), ("11", "finish", 1305),     # 700 s mat → finish
                ("12", "start", 10), ("12", "2.5k", 670), ("12", "finish", 1410),    # 740 s
                ("14", "start", 3), ("14", "2.5k", 903), ("14", "finish", 2403),     # 1500 s: walked it in
                ("13", "start", 20), ("13", "2.5k", 920))                            # on course
    passings = by_bib(live)
    cara = passings["13", "2.5k"]
    assert (cara.elapsed_s, cara.predicted_finish_s, cara.finish_s) == (900.0, 900.0 + 740.0, None)
    ana = passings["11", "2.5k"]
    assert (ana.elapsed_s, ana.predicted_finish_s, ana.finish_s) == (600.0, None, 1300.0)   # finished: its time
    assert [p.bib for p in snapshot(live).recent(3)] == ["13", "14", "12"]              # newest on top


def test_a_runner_with_no_start_read_is_timed_from_the_gun():
    live = race(("11", "start", 5), ("11", "Half", 605), ("11", "finish", 1305),
                ("12", "half ", 640))                   # no start read; the mat named in another case
    ben = by_bib(live)["12", "Half"]
    assert (ben.elapsed_s, ben.predicted_finish_s) == (640.0, 640.0 + 700.0)
    assert ben.mat == "Half"                             # as the mat was first spelled


def test_no_finishers_yet_means_no_prediction_and_no_gun_no_start_means_no_elapsed_time():
    live = race(("11", "start", 5), ("11", "split1", 605), ("12", "split1", 640))
    assert [p.predicted_finish_s for p in snapshot(live).passings] == [None, None]
    assert by_bib(live)["11", "split1"].elapsed_s == 600.0
    no_gun = race(("12", "split1", 640), gun=False)
    assert by_bib(no_gun)["12", "split1"].elapsed_s is None


def test_two_races_through_one_mat_predict_from_their_own_finishers():
    live = race(("11", "5k", 1500), ("11", "finish", 1500 + 800),     # 5K: 800 s from the mat to the finish
                ("21", "5k", 1400), ("21", "finish", 1400 + 1500),   # 10K: 1500 s
                ("12", "5k", 1600), ("22", "5k", 1650))
    passings = by_bib(live)
    assert passings["12", "5k"].predicted_finish_s == 1600 + 800
    assert passings["22", "5k"].predicted_finish_s == 1650 + 1500


def test_a_prediction_waits_for_the_templates_minimum_of_finishers_and_repeats_count_once():
    live = race(("11", "5k", 600), ("11", "5k", 603), ("11", "finish", 1300), ("12", "5k", 650),
                ("13", "5k", 400))                                # before her start: a warm-up, not a crossing
    live.add([Crossing("13", "start", at(500))])
    assert by_bib(live, min_finishers=2)["12", "5k"].predicted_finish_s is None
    assert by_bib(live)["12", "5k"].predicted_finish_s == 650 + 700
    assert "13" not in {p.bib for p in snapshot(live).passings}
    assert len(snapshot(live).passings) == 2


def test_passings_follow_the_race_setups_mats():
    setup = RaceSetup(start_location="Start Line", finish_location="Arrivée")
    live = race(("11", "Start Line", 5), ("11", "finish", 600), ("11", "Arrivée", 1300), setup=setup)
    assert [p.mat for p in snapshot(live).passings] == ["finish"]     # here "finish" is only a split mat
    assert Passings(setup).upstream(["start line", "finish", " ARRIVÉE"]) == ["finish"]
    assert Passings(RaceSetup()).upstream(["Start", "5k", "Finish"]) == ["5k"]


def test_search_finds_a_bib_or_part_of_a_name_with_each_runners_live_status():
    live = race(("11", "5k", 600), ("11", "finish", 1300), ("12", "start", 10), ("12", "5k", 700),
                ("13", "start", 15))
    found = snapshot(live)
    assert [(s.bib, s.state) for s in found.search("12")] == [("12", "on course")]
    assert found.search("12")[0].passing.predicted_finish_s == 690 + 700
    assert [(s.bib, s.state) for s in found.search("a")] == [    # by name: Ana, Cara, Dan, Dee
        ("11", "finished"), ("13", "started"), ("21", "registered"), ("14", "registered")]
    assert found.search("DIAZ")[0].result.chip_time_s == 1300.0 and found.search("diaz")[0].result.place == 1
    assert found.search("  ") == [] and found.search("nobody") == []
    assert "finished 21:40, place 1" in search_html("diaz", found.search("diaz"))
    assert "predicted finish 23:10" in search_html("12", found.search("12"))
    assert "No runner matches “&lt;b&gt;”" in search_html("<b>", [])


# -- the feed and the stage ------------------------------------------------------------------------------------
def feed(live: LiveEvent | None, locations: list[str] | None = None, **layout) -> DisplayFeed:
    display = PublicDisplay("abcdEFGH", 1, 1, 1, 1, 7, locations or [], "results", None, "live")
    return DisplayFeed(display, validate({"kind": "announcer", "layout": layout}), clock=lambda: 1000.0, live=live)


def rows(html: str) -> list[list[str]]:
    return [cells for row in re.findall(r"<tr>(.*?)</tr>", html) if (cells := re.findall(r"<td>(.*?)</td>", row))]


def test_the_announcer_display_lists_upstream_crossings_newest_on_top_and_fills_in_predictions():
    live = race(("11", "start", 5), ("11", "5k", 605))
    board = feed(live, rows=2)
    assert 'data-state="announcer"' in board.html and "Predicted finish" in board.html
    assert rows(board.html) == [["5k", "11", "Ana Diaz", "5K", "10:00", "—"]]
    live.add([Crossing("11", "finish", at(1305)), Crossing("12", "5k", at(640)), Crossing("13", "5k", at(700))])
    board.offer([Read(3, 7, "5k", "13", time(13, 11, 40))], {})
    assert board.advance() and not board.advance()
    assert rows(board.html) == [["5k", "13", "Cara Wu", "5K", "11:40", "23:20"],
                                ["5k", "12", "Ben Cole", "5K", "10:40", "22:20"]]       # layout.rows = 2
    assert [s.bib for s in board.search("wu")] == ["13"]


def test_the_announcer_shows_only_the_displays_upstream_mats_and_waits_without_a_roster():
    live = race(("11", "5k", 600), ("12", "half", 1200))
    assert [r[0] for r in rows(feed(live, ["half", "finish"]).html)] == ["half"]
    assert [r[0] for r in rows(feed(live, ["finish"]).html)] == ["half", "5k"]     # no upstream mat chosen
    empty = feed(None)
    assert "Waiting for the first runner at a split mat" in empty.html and empty.search("11") == []


def test_the_announcer_kind_and_its_minimum_of_finishers_are_validated_and_previewed():
    definition = validate({"kind": "announcer"})
    assert definition["layout"]["min_finishers"] == 1
    assert validate({"kind": "announcer", "layout": {"min_finishers": 3}})["layout"]["min_finishers"] == 3
    for bad in (0, 101, "2", True):
        with pytest.raises(TemplateError, match="layout.min_finishers"):
            validate({"kind": "announcer", "layout": {"min_finishers": bad}})
    preview = sample_html(definition, GUN)
    assert "Jordan Rivera" in preview and "Predicted finish" in preview and "—" in preview


# -- in Chromium -----------------------------------------------------------------------------------------------
LIVE_GUN = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=30)
EVENT, SESSION = "955", 195
RUNNERS = [("501", "Ana", "Diaz", "F", 34, "5K"), ("502", "Ben", "Cole", "M", 41, "5K"),
           ("503", "Cara", "Wu", "F", 29, "5K"), ("504", "Dee", "Ray", "F", 45, "5K")]


@pytest.fixture(scope="module")
def web_db(pg_server, template_url):
    roster = "Bib,First Name,Last Name,Gender,Age,Race\n" + "".join(
        f"{b},{f},{l},{s},{a},{r}\n" for b, f, l, s, a, r in RUNNERS)
    with race_day_database(pg_server, "p88_announcer", roster, "Turkey Trot", EVENT, SESSION, "Split",
                           "Split") as made:
        yield made


class Mats:
    """Reads as the collector writes them: rows, then ``NOTIFY timing_reads`` once the batch is committed."""

    def __init__(self, url: str, partner: int) -> None:
        self.url, self.partner, self.sequence = url, partner, itertools.count(1)

    def cross(self, *reads: tuple[str, str, float]) -> None:
        """Each (bib or 'guntime', location, seconds after the gun)."""
        with psycopg.connect(self.url, autocommit=True) as conn:
            with conn.transaction():
                for bib, location, seconds in reads:
                    instant = LIVE_GUN + timedelta(seconds=seconds)
                    last = conn.execute(
                        """INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib,
                                                     read_time, read_timestamp, is_gun_time, raw_line)
                           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, 'test') RETURNING id""",
                        (self.partner, SESSION, location, next(self.sequence), bib, instant.time(), instant,
                         bib == "guntime")).fetchone()[0]
            conn.execute("SELECT pg_notify('timing_reads', %s)", (json.dumps(
                {"session_id": SESSION, "partner_id": self.partner, "last_id": last}),))


def board_rows(page) -> list[list[str]]:
    return page.locator(".p88-board tr").evaluate_all(
        "rows => rows.map(r => Array.from(r.querySelectorAll('td'), c => c.innerText)).filter(r => r.length)")


@pytest.mark.browser
def test_an_announcer_sees_split_crossings_with_predicted_finishes_and_finds_a_bib(web, web_db, browser):
    url, ids = web_db
    client = Client(web.base, token=ids["token"])
    status, body = client.call("POST", "/api/templates", {"name": "Announcer", "definition": {"kind": "announcer"}})
    assert status == 201, body
    status, body = client.call("POST", "/api/display/generate-url", {
        "template_id": body["template"]["id"], "session_id": SESSION, "mode": "results"})
    assert status == 201, body
    page = browser.new_page()
    page.goto(f"{web.base}/display/{body['display_id']}")
    wait_for_stage_text(page, "Waiting for the first runner at a split mat")
    mats = Mats(url, ids["partner"])

    mats.cross(("guntime", "start", 0), ("501", "start", 4), ("501", "2.5k", 604))
    wait_until(lambda: board_rows(page) == [["2.5k", "501", "Ana Diaz", "5K", "10:00", "—"]],
               "Ana at the split, no prediction yet", 30)
    mats.cross(("502", "2.5k", 660), ("501", "finish", 1304), ("502", "finish", 1400))   # transits 700 and 740 s
    mats.cross(("503", "start", 20), ("503", "2.5k", 920))
    wait_until(lambda: board_rows(page)[:1] == [["2.5k", "503", "Cara Wu", "5K", "15:00", "27:00"]],
               "Cara with her predicted finish (900 s + median 720 s)", 30)
    assert board_rows(page)[1:] == [["2.5k", "502", "Ben Cole", "5K", "11:00", "finished 23:20"],
                                    ["2.5k", "501", "Ana Diaz", "5K", "10:00", "finished 21:40"]]
    assert "Predicted finish" in stage_text(page)

    search = page.locator(".p88-search input")
    search.fill("503")
    answer = page.locator(".p88-search-found")          # inside the answer pane's shadow root
    wait_until(lambda: "#503 Cara Wu" in answer.inner_text(), "the search to find bib 503", 15)
    assert "2.5k at 15:00, predicted finish 27:00" in answer.inner_text()
    search.fill("diaz")
    wait_until(lambda: "finished 21:40, place 1" in answer.inner_text(), "Ana's finish in the search", 15)
    search.fill("Ray")
    wait_until(lambda: "#504 Dee Ray" in answer.inner_text(), "Dee, registered", 15)
    assert "registered, not started" in answer.inner_text()
    mats.cross(("504", "2.5k", 1000))                     # the answer follows the race while it is shown
    wait_until(lambda: "2.5k at 16:40, predicted finish 28:40" in answer.inner_text(), "Dee's split in the search", 30)
    page.close()


def test_a_mat_crossed_only_after_finishing_is_no_passing() -> None:
    """A runner walking back past the half-way mat after the finish is not "on course" again."""
    gun = datetime(2026, 11, 26, 8, 0, tzinfo=timezone.utc)
    roster = [Entrant("11", "Eve", "Lo", "F", 30, None, race="5K", distance_km=5.0)]
    live = LiveEvent(1, "e", roster, RaceSetup())
    live.add([Crossing("guntime", "start", gun, True), Crossing("11", "start", gun + timedelta(seconds=5)),
              Crossing("11", "finish", gun + timedelta(seconds=1500)),
              Crossing("11", "half", gun + timedelta(seconds=1600))])
    assert live.passings.snapshot(live.scorer, live.by_bib).passings == ()


def test_mat_names_match_in_any_unicode_normal_form() -> None:
    from collector.scoring import mat_key
    assert mat_key("De\u0301part ") == mat_key("Départ") and mat_key("FINISH") == mat_key("finish")


def test_a_count_in_the_layout_is_a_whole_number() -> None:
    with pytest.raises(TemplateError, match="whole number"):
        validate({"kind": "announcer", "layout": {"min_finishers": 1.5}})
    assert validate({"kind": "announcer", "layout": {"min_finishers": 3.0}})["layout"]["min_finishers"] == 3
