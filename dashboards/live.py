"""Live fan-out: one LISTEN per server process, one feed per display URL, any number of screens per feed.

The collector sends ``NOTIFY timing_reads, {"session_id", "partner_id", "last_id"}`` after each commit. The
hub's thread fetches the new reads of the timing sessions that open displays watch (through a tenant
connection of the display's company), hands them to each display's feed, and the feed decides which runner
every screen of that URL shows — one queue per URL, so no screen "takes" a runner from another.
Screens unsubscribe when their Panel session is destroyed; a feed with no screens is dropped.

Times and places are scored live: one ``LiveEvent`` (collector.live_results) per (company, controller event)
that open displays watch, loaded with the event's reads when its first display opens, fed the new reads
before each batch reaches the feeds, and storing what changed in ``live_results`` (so ``p88 results``, the
APIs and the public results page read the same numbers).
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import threading
import time
from collections.abc import Callable

import psycopg

from collector.announcer import RunnerStatus
from collector.live_results import LiveEvent, NoRoster
from dashboards import displays, stage
from dashboards.displays import PublicDisplay
from dashboards.feeds import DisplayFeed, Screen
from dashboards.qr import qr_element
from dashboards.runner import Read
from dashboards.timing import last_read_id, reads_after, runners_by_bib
from warehouse.database import DatabaseUnavailable, app_url, connect, scope_to_partner, tenant_connection

log = logging.getLogger("dashboards.live")

CHANNEL = "timing_reads"
MAX_WAIT_S = 0.25          # the hub wakes at least this often to advance feeds' timers
RECONNECT_S = 1.0
STATUS_EVERY_S = 15.0      # how often open displays are checked for revocation and expiry


class LiveHub:
    """The process's one listener; ``subscribe`` a screen to a display, call the returned function to leave."""

    def __init__(self, owner_url: str, status_every_s: float = STATUS_EVERY_S) -> None:
        self.owner_url = owner_url
        self.status_every_s = status_every_s
        self._status_due = 0.0
        self._feeds: dict[str, DisplayFeed] = {}
        self._last_seen: dict[int, int] = {}          # timing session -> newest read id handed to feeds
        self._events: dict[tuple[int, str], LiveEvent] = {}   # (company, controller event) -> live scoring
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._tenants: dict[int, psycopg.Connection] = {}
        self.notifications = 0

    # -- screens (called from Panel sessions) ---------------------------------------------------------------
    def subscribe(self, display: PublicDisplay, definition: dict, screen: Screen,
                  results_url: str = "") -> tuple[str, Callable[[], None]]:
        """Add a screen to the display's feed; returns what it should show now and how to leave.
        ``results_url``: the public live-results page's absolute address, for the template's QR code (the
        first screen's address names the server for every screen of the URL)."""
        with self._lock:
            feed = self._feeds.get(display.id)
            if feed is None:
                session = display.timing_session_id
                live = None
                if session is not None:
                    with tenant_connection(display.partner_id, self.owner_url, autocommit=True) as conn:
                        self._last_seen.setdefault(session, last_read_id(conn, session))
                        live = self._live_event(conn, display)
                feed = self._feeds[display.id] = DisplayFeed(display, definition, live=live,
                                                             extra=qr_element(definition["qr"], results_url))
            token = next(self._ids)
            feed.screens[token] = screen
            html = feed.html
        return html, lambda: self._unsubscribe(display.id, token)

    def _unsubscribe(self, display_id: str, token: int) -> None:
        with self._lock:
            feed = self._feeds.get(display_id)
            if feed is None:
                return
            feed.screens.pop(token, None)
            if not feed.screens:
                del self._feeds[display_id]
                self._forget_unwatched_sessions()

    def _live_event(self, conn: psycopg.Connection, display: PublicDisplay) -> LiveEvent | None:
        """The live scoring of the controller event the display's timing session belongs to, loaded with every
        read so far the first time; None for a session with no event id or an event with no roster (the
        bound one, else the display's roster event)."""
        row = conn.execute("SELECT event_id FROM timing_sessions WHERE id = %s",
                           (display.timing_session_id,)).fetchone()
        if row is None or row[0] is None:
            return None
        key = (display.partner_id, row[0])
        if key not in self._events:
            try:
                live = LiveEvent.open(conn, display.partner_id, row[0], display.event_id)
            except NoRoster:
                return None
            live.sync(conn)
            self._events[key] = live
        return self._events[key]

    def _forget_unwatched_sessions(self) -> None:
        watched = {f.display.timing_session_id for f in self._feeds.values()}
        for session in set(self._last_seen) - watched:
            del self._last_seen[session]
        scored = {(f.live.partner_id, f.live.event_id) for f in self._feeds.values() if f.live is not None}
        for key in set(self._events) - scored:
            del self._events[key]

    def scores(self, partner_id: int, event_id: str) -> bool:
        """Whether an open display keeps this controller event's ``live_results`` current."""
        with self._lock:
            return (partner_id, event_id) in self._events

    def search(self, display_id: str, text: str) -> list[RunnerStatus]:
        """An announcer screen's search (``DisplayFeed.search``); empty while the display has no feed here."""
        with self._lock:
            feed = self._feeds.get(display_id)
        return feed.search(text) if feed is not None else []

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"feeds": len(self._feeds), "screens": sum(len(f.screens) for f in self._feeds.values()),
                    "watched_sessions": len(self._last_seen), "scored_events": len(self._events),
                    "notifications": self.notifications}

    # -- the listener thread ------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="display-live-hub", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(5)
        for conn in self._tenants.values():
            conn.close()
        self._tenants.clear()

    def _run(self) -> None:
        down = False     # while PostgreSQL is away, screens keep what they show; one warning per outage
        while not self._stop.is_set():
            try:
                with connect(self.owner_url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if down:
                        log.info("live listener reconnected to PostgreSQL")
                        down = False
                    self._catch_up(None)       # reads that landed while no one listened
                    self._listen(conn)
            except (psycopg.Error, OSError, DatabaseUnavailable) as error:
                if not down:
                    log.warning("live listener lost PostgreSQL (%s); reconnecting every %g s", error, RECONNECT_S)
                down = True
                self._drop_tenants()
                self._stop.wait(RECONNECT_S)
            except Exception:  # a bug must not end live updates for every display of the process
                log.exception("live listener failed; restarting it")
                self._drop_tenants()
                self._stop.wait(RECONNECT_S)

    def _listen(self, conn: psycopg.Connection) -> None:
        while not self._stop.is_set():
            notes = list(conn.notifies(timeout=self._wait(), stop_after=1))
            sessions: set[int] = set()
            for note in notes:
                self.notifications += 1
                try:
                    sessions.add(int(json.loads(note.payload)["session_id"]))
                except (ValueError, KeyError, TypeError):
                    log.warning("ignoring malformed %s payload %r", CHANNEL, note.payload)
            if sessions:
                self._catch_up(sessions)
            self._advance_feeds()
            if time.monotonic() >= self._status_due:
                self._close_gone_displays(conn)

    def _wait(self) -> float:
        with self._lock:
            deadlines = [f.next_deadline() for f in self._feeds.values()]
        soonest = min(deadlines, default=math.inf)
        return max(0.0, min(MAX_WAIT_S, soonest - time.monotonic()))

    def _catch_up(self, sessions: set[int] | None) -> None:
        """Fetch reads after the last seen id for the given (or every) watched session and queue them."""
        with self._lock:
            wanted = [(s, seen) for s, seen in self._last_seen.items() if sessions is None or s in sessions]
            feeds = list(self._feeds.values())
        for session, seen in wanted:
            session_feeds = [f for f in feeds if f.display.timing_session_id == session]
            if not session_feeds:
                continue
            partner = session_feeds[0].display.partner_id
            conn = self._tenant(partner)
            while (batch := reads_after(conn, session, seen))[1] != seen:
                reads, seen = batch
                for live in {id(f.live): f.live for f in session_feeds if f.live is not None}.values():
                    live.sync(conn)      # score first, so the batch shows its runners' live times
                self._offer(session_feeds, reads, conn)
            with self._lock:
                if session in self._last_seen:
                    self._last_seen[session] = max(self._last_seen[session], seen)

    def _offer(self, feeds: list[DisplayFeed], reads: list[Read], conn: psycopg.Connection) -> None:
        """Queue reads on each feed with who each bib is, from its roster (the scored event's, else the
        display's: two displays of one session may use two events)."""
        rosters: dict[int | None, dict] = {}
        for feed in feeds:
            event = feed.live.roster_event_id if feed.live is not None else feed.display.event_id
            if event not in rosters:
                rosters[event] = runners_by_bib(conn, event, [r.bib for r in reads]) if event else {}
            with self._lock:
                feed.offer(reads, rosters[event])

    def _close_gone_displays(self, owner: psycopg.Connection) -> None:
        """Screens of a display revoked or expired since they opened show why, and get no more runners."""
        self._status_due = time.monotonic() + self.status_every_s
        with self._lock:
            ids = list(self._feeds)
        if not ids:
            return
        gone = {i: s for i, s in displays.statuses(owner, ids).items() if s != "live"}
        with self._lock:
            closed = [(self._feeds.pop(i), status) for i, status in gone.items() if i in self._feeds]
            self._forget_unwatched_sessions()
        for feed, status in closed:
            _, title, detail = displays.GONE[status]
            feed.html = stage.render_notice(title, detail)
            for screen in feed.screens.values():
                screen(feed.html)

    def _advance_feeds(self) -> None:
        with self._lock:
            changed = [(feed.html, list(feed.screens.values())) for feed in self._feeds.values() if feed.advance()]
        for html, screens in changed:
            for screen in screens:
                try:
                    screen(html)
                except Exception:  # one broken screen must not stop the others
                    log.exception("a display screen failed to update")

    def _tenant(self, partner_id: int) -> psycopg.Connection:
        conn = self._tenants.get(partner_id)
        if conn is None or conn.closed:
            conn = self._tenants[partner_id] = connect(app_url(self.owner_url), autocommit=True)
            scope_to_partner(conn, partner_id, self.owner_url)
        return conn

    def _drop_tenants(self) -> None:
        for conn in self._tenants.values():
            conn.close()
        self._tenants.clear()

