"""What one display URL shows, moment by moment: a state machine with no I/O (clocks are passed in).

The live hub ``offer``s each batch of reads (with who each bib is) and calls ``advance`` when
``next_deadline`` comes; ``html`` is what every screen of the URL shows. By the template's ``kind``:
- single / slides: one runner at a time for ``duration_s``, queued in arrival order. Catch-up: when some
  queued runner would appear more than ``max_lag_s`` after its read arrived, the feed jumps to the newest
  (once the current one has had ``MIN_SHOW_S``) and lists the skipped ones under it, so at 10 finishers/s
  every runner reaches the screen within about ``MIN_SHOW_S``. Slides move the resting rotation (sponsor
  messages) on after each runner instead of returning to the same message.
- latest: the last N crossings, newest on top, re-rendered on each batch (no queue, so nothing lags).
- leaderboard: the top N of one division from the live results, the next division every ``division_s``.
- clock: each race's elapsed gun time (or a countdown to ``layout.countdown_to``), every second.
- announcer: the last N upstream-mat crossings (the display's locations that are upstream mats, else every
  one) with predicted finishes (collector.announcer), re-rendered on each batch; ``search`` answers the
  announcer's search box from the same moment's snapshot.
Times and places come from ``live`` (the controller event's live scoring), never from an archive.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from collector.announcer import RunnerStatus, Snapshot
from dashboards import layouts, stage
from dashboards.displays import PublicDisplay
from dashboards.runner import Read, field_values, live_fields

if TYPE_CHECKING:
    from collector.live_results import LiveEvent

BACKLOG = 10               # beyond this many queued runners, each is shown for less time to catch up
MIN_SHOW_S = 0.5           # no runner is replaced sooner than this, so a name is readable even in a rush
Screen = Callable[[str], None]


@dataclass
class Queued:
    key: str                   # the read id: the stage's data-key
    values: dict[str, str]     # field_values of the read
    arrived: float             # feed clock when offered


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class DisplayFeed:
    """The state one display URL shows; ``screens`` are the open pages to push ``html`` to."""

    display: PublicDisplay
    definition: dict
    clock: Callable[[], float] = time.monotonic
    wall: Callable[[], datetime] = _utc_now
    live: LiveEvent | None = None          # live scoring of the display's controller event, if it has a roster
    extra: str = ""                        # trusted stage HTML on every state: the QR code
    queue: deque[Queued] = field(default_factory=deque)
    current: dict | None = None
    current_key: str = ""
    skipped: list[str] = field(default_factory=list)
    shown_since: float = 0.0
    shown_until: float = 0.0
    rest_index: int = 0
    rest_next: float = 0.0
    recent: deque = field(default_factory=deque)     # latest: (read, who) newest first
    division_index: int = 0
    dirty: bool = True                      # list layouts: something to re-render
    snapshot: Snapshot | None = None        # announcer: the race when last rendered (what search reads)
    screens: dict[int, Screen] = field(default_factory=dict)
    html: str = ""

    def __post_init__(self) -> None:
        self.kind = self.definition["kind"]
        self.recent = deque(maxlen=self.definition["layout"]["rows"])
        turn_s = (self.definition["layout"]["division_s"] if self.kind == "leaderboard"
                  else self.definition["resting"]["rotate_s"])
        self.rest_next = self.clock() + turn_s   # the next resting message, or the next leaderboard division
        if self.kind in ("single", "slides"):
            self.html = stage.render_resting(self.definition, 0, self.extra)
        else:
            self.advance()

    # -- input ------------------------------------------------------------------------------------------------
    def offer(self, reads: list[Read], runners: dict[str, dict]) -> int:
        """Take the reads at this display's locations (all when none were chosen); ``runners``: who each bib
        is (``timing.runners_by_bib``). Returns how many were taken."""
        wanted = self.display.locations
        taken = [read for read in reads if not wanted or read.location in wanted]
        now = self.clock()
        for read in taken:
            if self.kind in ("single", "slides"):
                self.queue.append(Queued(str(read.read_id), self._values(read, runners.get(read.bib)), now))
            elif self.kind == "latest":
                self.recent.appendleft((read, runners.get(read.bib)))
        self.dirty = self.dirty or bool(reads)   # results or guns may have changed even at other locations
        return len(taken)

    def _values(self, read: Read, who: dict | None) -> dict[str, str]:
        """What a read shows: the roster's identity with the live result's times and places."""
        if who is None or self.live is None or self.display.mode != "results":
            return field_values(read, who, self.display.mode)
        entrant = self.live.scorer.roster.get(read.bib)
        live = live_fields(self.live.by_bib.get(read.bib), entrant.distance_km if entrant else None)
        return field_values(read, {**who, **live}, self.display.mode)

    # -- time -------------------------------------------------------------------------------------------------
    def advance(self) -> bool:
        """Move to what should show now; True if ``html`` changed."""
        now = self.clock()
        if self.kind in ("single", "slides"):
            return self._advance_runner(now)
        if self.kind == "clock":
            return self._show(layouts.clock_html(self.definition, self._guns(), self.wall(), self._countdown(),
                                                 self.extra))
        if self.kind == "announcer":
            return self._advance_announcer()
        if self.kind == "latest":
            if not self.dirty:
                return False
            rows = [self._values(read, who) for read, who in self.recent]
            return self._show(layouts.latest_html(self.definition, rows, self.extra))
        return self._advance_leaderboard(now)

    def next_deadline(self) -> float:
        """When ``advance`` next has work (feed clock); ``inf`` while nothing can change on its own."""
        if self.kind == "clock":
            return math.floor(self.clock()) + 1.0
        if self.kind in ("latest", "announcer"):
            return -math.inf if self.dirty else math.inf
        if self.kind == "leaderboard":
            return -math.inf if self.dirty else self.rest_next
        if self.current is not None:
            if self.queue and self._lagging(self.clock()):
                return self.shown_since + MIN_SHOW_S
            return self.shown_until
        return self.rest_next if self._rotates() else math.inf

    # -- single runner and slides -----------------------------------------------------------------------------
    def _advance_runner(self, now: float) -> bool:
        if self.current is not None and now < self.shown_until:
            if self.queue and now >= self.shown_since + MIN_SHOW_S and self._lagging(now):
                return self._jump(now)
            return False
        if self.queue:
            if self._lagging(now):
                return self._jump(now)
            item = self.queue.popleft()
            return self._show_runner(now, item, [])
        if self.current is not None:
            self.current, self.current_key, self.skipped = None, "", []
            if self.kind == "slides":
                self.rest_index += 1       # the next sponsor between runners, not the same one again
        elif not self._rotates() or now < self.rest_next:
            return False
        else:
            self.rest_index += 1
        self.rest_next = now + self.definition["resting"]["rotate_s"]
        self.html = stage.render_resting(self.definition, self.rest_index, self.extra)
        return True

    def _duration(self) -> float:
        duration = self.definition["duration_s"]
        if len(self.queue) > BACKLOG:
            duration = max(MIN_SHOW_S, duration * BACKLOG / len(self.queue))
        return duration

    def _lagging(self, now: float) -> bool:
        """Would some queued runner appear more than ``max_lag_s`` after arriving, one duration per runner?"""
        start = max(now, self.shown_until) if self.current is not None else now
        duration, limit = self._duration(), self.definition["max_lag_s"]
        return any(start + i * duration - item.arrived > limit for i, item in enumerate(self.queue))

    def _jump(self, now: float) -> bool:
        """Show the newest queued runner now, listing the rest (newest first) as also finished."""
        newest = self.queue.pop()
        skipped = [item.values.get("name") or f"#{item.values['bib']}" for item in reversed(self.queue)]
        self.queue.clear()
        return self._show_runner(now, newest, skipped)

    def _show_runner(self, now: float, item: Queued, skipped: list[str]) -> bool:
        self.current_key, self.current, self.skipped = item.key, item.values, skipped
        self.shown_since, self.shown_until = now, now + self._duration()
        self.html = stage.render_active(self.definition, self.current, self.current_key,
                                        layouts.also_finished_html(skipped) + self.extra)
        return True

    def _rotates(self) -> bool:
        resting = self.definition["resting"]
        return max(len(resting["messages"]), len(resting["sponsors"])) > 1

    # -- lists and clocks -------------------------------------------------------------------------------------
    def _advance_leaderboard(self, now: float) -> bool:
        turn = now >= self.rest_next
        if not (turn or self.dirty):
            return False
        results = self.live.results if self.live else []
        pages = layouts.divisions(results)
        if turn:
            self.division_index += 1
            self.rest_next = now + self.definition["layout"]["division_s"]
        division = pages[self.division_index % len(pages)] if pages else None
        rows = layouts.leaders(results, division, self.definition["layout"]["rows"]) if division else []
        return self._show(layouts.leaderboard_html(self.definition, division, rows, self.extra))

    def _advance_announcer(self) -> bool:
        if not self.dirty:
            return False
        passings = []
        if self.live is not None:
            self.snapshot = self.live.passings.snapshot(self.live.scorer, self.live.by_bib,
                                                        self.definition["layout"]["min_finishers"])
            mats = self.live.passings.upstream(self.display.locations)
            passings = self.snapshot.recent(self.definition["layout"]["rows"], mats)
        return self._show(layouts.announcer_html(self.definition, passings, self.extra))

    def search(self, text: str) -> list[RunnerStatus]:
        """The announcer's search: the runners matching ``text`` (a bib, or part of a name) with their live
        status as last rendered; empty before a render or without live scoring (no roster). Safe from a
        screen's thread: it reads an immutable snapshot the hub's thread replaces."""
        snapshot = self.snapshot
        return snapshot.search(text) if snapshot is not None else []

    def _guns(self) -> dict[str, datetime | None]:
        if self.live is None:
            return {}
        races = {entrant.race for entrant in self.live.scorer.roster.values()}
        return {race: self.live.scorer.gun_of(race) for race in races}

    def _countdown(self) -> datetime | None:
        start = self.definition["layout"]["countdown_to"]
        return datetime.fromisoformat(start) if start else None

    def _show(self, html: str) -> bool:
        self.dirty = False
        if html == self.html:
            return False
        self.html = html
        return True
