"""Live fan-out: one LISTEN per server process, one feed per display URL, any number of screens per feed.

The collector sends ``NOTIFY timing_reads, {"session_id", "partner_id", "last_id"}`` after each commit. The
hub's thread fetches the new reads of the timing sessions that open displays watch (through a tenant
connection of the display's company), hands them to each display's feed, and the feed decides which runner
every screen of that URL shows — one queue per URL, so no screen "takes" a runner from another.
Screens unsubscribe when their Panel session is destroyed; a feed with no screens is dropped.
"""

from __future__ import annotations

import itertools
import math
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg

from dashboards import displays, stage
from dashboards.displays import PublicDisplay
from dashboards.runner import Read, field_values
from dashboards.timing import last_read_id, reads_after, runners_by_bib
from warehouse.database import DatabaseUnavailable, app_url, connect, scope_to_partner, tenant_connection

log = logging.getLogger("dashboards.live")

CHANNEL = "timing_reads"
MAX_WAIT_S = 0.25          # the hub wakes at least this often to advance feeds' timers
BACKLOG = 10               # beyond this many queued runners, each is shown for less time to catch up
MIN_SHOW_S = 0.5
RECONNECT_S = 1.0
STATUS_EVERY_S = 15.0      # how often open displays are checked for revocation and expiry

Screen = Callable[[str], None]


@dataclass
class DisplayFeed:
    """The state one display URL shows: the runner on screen, the queue behind it, the resting rotation."""

    display: PublicDisplay
    definition: dict
    clock: Callable[[], float] = time.monotonic
    queue: deque = field(default_factory=deque)
    current: dict | None = None
    current_key: str = ""
    shown_until: float = 0.0
    rest_index: int = 0
    rest_next: float = 0.0
    screens: dict[int, Screen] = field(default_factory=dict)
    html: str = ""

    def __post_init__(self) -> None:
        self.rest_next = self.clock() + self.definition["resting"]["rotate_s"]
        self.html = stage.render_resting(self.definition, 0)

    def offer(self, reads: list[Read], runners: dict[str, dict]) -> int:
        """Queue the reads at this display's locations (all locations when none were chosen)."""
        wanted = self.display.locations
        queued = 0
        for read in reads:
            if wanted and read.location not in wanted:
                continue
            self.queue.append((str(read.read_id), field_values(read, runners.get(read.bib), self.display.mode)))
            queued += 1
        return queued

    def advance(self) -> bool:
        """Move to the next runner, back to resting, or to the next message when it is time; True if changed."""
        now = self.clock()
        if self.current is not None and now < self.shown_until:
            return False
        if self.queue:
            self.current_key, self.current = self.queue.popleft()
            duration = self.definition["duration_s"]
            if len(self.queue) > BACKLOG:
                duration = max(MIN_SHOW_S, duration * BACKLOG / len(self.queue))
            self.shown_until = now + duration
            self.html = stage.render_active(self.definition, self.current, self.current_key)
            return True
        if self.current is not None:
            self.current, self.current_key = None, ""
        elif not self._rotates() or now < self.rest_next:
            return False
        else:
            self.rest_index += 1
        self.rest_next = now + self.definition["resting"]["rotate_s"]
        self.html = stage.render_resting(self.definition, self.rest_index)
        return True

    def next_deadline(self) -> float:
        """When ``advance`` next has work: never while resting on a single message."""
        if self.current is not None:
            return self.shown_until
        return self.rest_next if self._rotates() else math.inf

    def _rotates(self) -> bool:
        return len(self.definition["resting"]["messages"]) > 1


class LiveHub:
    """The process's one listener; ``subscribe`` a screen to a display, call the returned function to leave."""

    def __init__(self, owner_url: str, status_every_s: float = STATUS_EVERY_S) -> None:
        self.owner_url = owner_url
        self.status_every_s = status_every_s
        self._status_due = 0.0
        self._feeds: dict[str, DisplayFeed] = {}
        self._last_seen: dict[int, int] = {}          # timing session -> newest read id handed to feeds
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._tenants: dict[int, psycopg.Connection] = {}
        self.notifications = 0

    # -- screens (called from Panel sessions) ---------------------------------------------------------------
    def subscribe(self, display: PublicDisplay, definition: dict, screen: Screen) -> tuple[str, Callable[[], None]]:
        """Add a screen to the display's feed; returns what it should show now and how to leave."""
        with self._lock:
            feed = self._feeds.get(display.id)
            if feed is None:
                feed = self._feeds[display.id] = DisplayFeed(display, definition)
                session = display.timing_session_id
                if session is not None and session not in self._last_seen:
                    with tenant_connection(display.partner_id, self.owner_url) as conn:
                        self._last_seen[session] = last_read_id(conn, session)
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

    def _forget_unwatched_sessions(self) -> None:
        watched = {f.display.timing_session_id for f in self._feeds.values()}
        for session in set(self._last_seen) - watched:
            del self._last_seen[session]

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"feeds": len(self._feeds), "screens": sum(len(f.screens) for f in self._feeds.values()),
                    "watched_sessions": len(self._last_seen), "notifications": self.notifications}

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
                self._offer(session_feeds, reads, conn)
            with self._lock:
                if session in self._last_seen:
                    self._last_seen[session] = max(self._last_seen[session], seen)

    def _offer(self, feeds: list[DisplayFeed], reads: list[Read], conn: psycopg.Connection) -> None:
        """Queue reads on each feed with its own roster (two displays of one session may use two events)."""
        rosters: dict[int | None, dict] = {}
        for feed in feeds:
            event = feed.display.event_id
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

