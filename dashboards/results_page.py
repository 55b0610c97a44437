"""``/results/<display id>``: the public, read-only live results of one event — no login, like a display.

The address reuses the display's unguessable id, expiry and revocation (``dashboards.displays``): a race
director opens a display, and its QR code points runners' phones here. The id is looked up on the owner
connection; the results come through a tenant connection of the display's company, filtered to the
controller event its timing session belongs to — so only that event's runners, behind the company's wall.
When no open display keeps the event scored, the page scores it from its reads first (at most every
``RESCORE_AFTER_S``: an anonymous page must not be a way to make the server rescan a race on every request).
Server-rendered HTML (search by bib or name, one race at a time), reloaded every ``REFRESH_S`` s; no script.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import urlencode

import psycopg
from psycopg.rows import dict_row
from tornado.ioloop import IOLoop

from collector.live_results import NoRoster, score_event
from dashboards import displays
from dashboards.displays import RESULTS_PREFIX
from dashboards.display_page import gone_page
from dashboards.runner import format_duration
from dashboards.web import OutageAware, WebContext
from warehouse.database import connect, tenant_connection

MAX_ROWS = 500
REFRESH_S = 15
RESCORE_AFTER_S = 10     # with no display scoring the event, page views rescore it at most this often


@dataclass(frozen=True)
class Board:
    """What the page shows: the event's name, its races (name order), and the matching finishers."""

    event_name: str
    races: list[str]
    rows: list[dict[str, Any]]


def load_board(conn: psycopg.Connection, display: displays.PublicDisplay, query: str, race: str | None,
               kept_current: Callable[[int, str], bool]) -> Board | None:
    """The event's live results matching ``query`` (a bib, or part of a name) in ``race`` (None: the first),
    on a tenant connection of the display's company; None when the display has no controller event.
    ``kept_current(company, event)``: whether the live hub already stores its results as reads arrive."""
    row = conn.execute("SELECT event_id, coalesce(event_name, session_name) FROM timing_sessions WHERE id = %s",
                       (display.timing_session_id,)).fetchone()
    if row is None or row[0] is None:
        return None
    event_id, event_name = row
    if not kept_current(display.partner_id, event_id) and not conn.execute(
            "SELECT 1 FROM live_results WHERE event_id = %s AND scored_at > now() - make_interval(secs => %s) LIMIT 1",
            (event_id, RESCORE_AFTER_S)).fetchone():
        try:
            score_event(conn, display.partner_id, event_id, roster_event_id=display.event_id)
        except NoRoster:
            return Board(event_name, [], [])
    races = [r[0] for r in conn.execute(
        "SELECT DISTINCT race FROM live_results WHERE event_id = %s ORDER BY race", (event_id,)).fetchall()]
    chosen = race if race in races else (races[0] if races else "")
    text = query.strip()
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(
            """SELECT bib, first_name, last_name, sex, age_group, chip_time_s, gun_time_s, place, sex_place,
                      age_group_place
               FROM live_results WHERE event_id = %(event)s AND race = %(race)s
                 AND (%(q)s = '' OR bib = %(q)s OR (first_name || ' ' || last_name) ILIKE %(like)s)
               ORDER BY place, bib LIMIT %(limit)s""",
            {"event": event_id, "race": chosen, "q": text, "like": f"%{_like_escape(text)}%", "limit": MAX_ROWS},
        ).fetchall()
    return Board(event_name, races, rows)


def results_html(display_id: str, board: Board, query: str, race: str | None) -> str:
    """The page: title, search form, race tabs, and the finishers' table (or why it is empty)."""
    chosen = race if race in board.races else (board.races[0] if board.races else "")
    tabs = " ".join(
        f'<a class="race{" on" if name == chosen else ""}" href="?{escape(urlencode({"race": name}))}">'
        f"{escape(name)}</a>" for name in board.races)
    lines = "".join(
        f"<tr><td>{r['place']}</td><td>{escape(r['first_name'])} {escape(r['last_name'])}</td>"
        f"<td>{escape(r['bib'])}</td><td>{escape(r['sex'] or '')}</td><td>{escape(r['age_group'] or '')}</td>"
        f"<td>{format_duration(r['chip_time_s'])}</td><td>{format_duration(r['gun_time_s'])}</td>"
        f"<td>{r['sex_place'] or ''}</td><td>{r['age_group_place'] or ''}</td></tr>" for r in board.rows)
    empty = "No finisher matches." if query.strip() else "No finishers yet."
    table = (f'<table id="results"><thead><tr><th>Place</th><th>Name</th><th>Bib</th><th>Sex</th><th>Age group</th>'
             f"<th>Chip time</th><th>Gun time</th><th>Sex place</th><th>AG place</th></tr></thead>"
             f"<tbody>{lines}</tbody></table>" if board.rows else f'<p class="empty">{empty}</p>')
    title = f"Live results — {board.event_name}"
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="refresh" content="{REFRESH_S}"><title>{escape(title)}</title><style>'
            "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#111}"
            "table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #ddd;"
            "text-align:left}a.race{margin-right:.8rem}a.race.on{font-weight:bold}input{font-size:1rem}"
            f"</style></head><body><h1>{escape(title)}</h1>"
            f'<form method="get" action="{RESULTS_PREFIX}{escape(display_id)}"><input type="hidden" name="race" '
            f'value="{escape(chosen)}"><input id="q" name="q" value="{escape(query)}" placeholder="Bib or name">'
            f' <button type="submit">Search</button></form><nav>{tabs}</nav>{table}</body></html>')


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")


class PublicResultsHandler(OutageAware):
    """GET ``/results/<display id>?q=&race=``: anyone with the address; 404/410 like the display itself."""

    def initialize(self, ctx: WebContext) -> None:
        self.ctx = ctx

    async def get(self, display_id: str) -> None:
        query, race = self.get_argument("q", "")[:100], self.get_argument("race", None)
        self.set_header("Cache-Control", "no-store")
        page = await IOLoop.current().run_in_executor(None, self._page, display_id, query, race)
        self.set_status(page[0])
        self.finish(page[1])

    def _page(self, display_id: str, query: str, race: str | None) -> tuple[int, str]:
        with connect(self.ctx.owner_url) as owner:
            display = displays.resolve_public(owner, display_id)
        if display is None or display.status != "live" or display.timing_session_id is None:
            return gone_page(display.status if display and display.timing_session_id else None)
        with tenant_connection(display.partner_id, self.ctx.owner_url, autocommit=True) as conn:
            board = load_board(conn, display, query, race, self.ctx.hub.scores)
        if board is None:
            return gone_page(None)
        return 200, results_html(display_id, board, query, race)


def results_routes(ctx: WebContext) -> list[tuple]:
    return [(RESULTS_PREFIX + r"([A-Za-z0-9]{8})", PublicResultsHandler, {"ctx": ctx})]
