"""The announcer's view of a race: who just crossed an upstream mat, when they should finish, and any runner's
live status. Pure: no I/O, no clock (like ``collector.scoring``, whose race setup, guns and results it reads).

An upstream mat is any timing location that is neither the start nor the finish mat of the race setup
("5k", "half", "split1"), matched as scoring matches mats: in any case, surrounding spaces ignored.

The prediction rule (``predicted_finish_s``) needs no course distances, only what the race has shown so far:
a runner's predicted finish is their elapsed time at a mat plus the median time that runners of the same race
who already crossed that mat and finished took from the mat to the finish (their chip time minus their
elapsed time at the mat). The median, not the mean, so one runner who stopped at the medical tent does not
move everyone's prediction. With fewer finishers than ``min_finishers`` there is no prediction (None, shown
as "—"), never an invented number. Elapsed times run from the runner's own start crossing (the first at or
after the race's gun), else from the gun — the same start their chip time is measured from. Seconds
throughout; instants are aware datetimes.
"""

from __future__ import annotations

import statistics
from bisect import insort
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from collector.scoring import Crossing, Entrant, RaceSetup, Result, Scorer, first_after, mat_key

MAX_MATCHES = 8            # a search names at most this many runners


def predicted_finish_s(elapsed_s: float | None, transits_s: Sequence[float], min_finishers: int = 1) -> float | None:
    """The predicted finish (seconds from the runner's start): ``elapsed_s`` at a mat plus the median of
    ``transits_s``, the mat-to-finish seconds of the race's finishers who crossed that mat; None when the
    elapsed time is unknown (no start read and no gun) or fewer than ``min_finishers`` (>= 1) have finished."""
    return _predicted(elapsed_s, _median(transits_s, min_finishers))


def _median(transits_s: Sequence[float], min_finishers: int) -> float | None:
    return statistics.median(transits_s) if transits_s and len(transits_s) >= max(min_finishers, 1) else None


def _predicted(elapsed_s: float | None, median_s: float | None) -> float | None:
    return None if elapsed_s is None or median_s is None else elapsed_s + median_s


@dataclass(frozen=True)
class Passing:
    """A runner's first crossing of one upstream mat (at or after their start)."""

    bib: str
    name: str
    race: str
    mat: str                          # as the first read of the mat spelled it
    at: datetime
    elapsed_s: float | None           # since the runner's start; None with no start read and no gun
    predicted_finish_s: float | None  # None once finished, or while there is nothing to predict from
    finish_s: float | None            # the chip time, once finished


@dataclass(frozen=True)
class RunnerStatus:
    """What the announcer's search says of one runner. ``state``: "registered" (no read yet), "started" (read at
    the start mat only), "on course" (``passing`` is the last upstream mat crossed), "finished"."""

    bib: str
    name: str
    race: str
    state: str
    passing: Passing | None = None
    result: Result | None = None


@dataclass(frozen=True)
class Snapshot:
    """The race as the announcer sees it at one moment; immutable, so screens may search it from any thread."""

    passings: tuple[Passing, ...]           # every runner's first crossing of each upstream mat, newest first
    roster: Mapping[str, Entrant]
    results: Mapping[str, Result]           # finishers by bib
    started: frozenset[str]                 # bibs read at the start mat

    def recent(self, count: int, mats: Collection[str] = ()) -> list[Passing]:
        """The newest ``count`` passings, at the given mats only (any case) when some are named."""
        wanted = {mat_key(mat) for mat in mats}
        return [p for p in self.passings if not wanted or mat_key(p.mat) in wanted][:count]

    def search(self, text: str) -> list[RunnerStatus]:
        """A bib (exactly), else every runner whose name contains ``text`` (any case), by name; at most
        ``MAX_MATCHES``. Empty for blank text."""
        text = text.strip()
        if not text:
            return []
        if text in self.roster:
            return [self.status(text)]
        needle = text.casefold()
        named = sorted((e for e in self.roster.values() if needle in _name(e).casefold()),
                       key=lambda e: (_name(e).casefold(), e.bib))
        return [self.status(entrant.bib) for entrant in named[:MAX_MATCHES]]

    def status(self, bib: str) -> RunnerStatus:
        """One roster runner's live status (KeyError for a bib not on the roster)."""
        entrant = self.roster[bib]
        name, race = _name(entrant), entrant.race
        if (result := self.results.get(bib)) is not None:
            return RunnerStatus(bib, name, race, "finished", result=result)
        last = next((p for p in self.passings if p.bib == bib), None)     # newest first
        if last is not None:
            return RunnerStatus(bib, name, race, "on course", passing=last)
        return RunnerStatus(bib, name, race, "started" if bib in self.started else "registered")


class Passings:
    """Upstream-mat crossings, fed as they arrive (``add``, in any order); ``snapshot`` combines them with the
    scorer's starts, guns and results into what the announcer shows."""

    def __init__(self, setup: RaceSetup) -> None:
        self.setup = setup
        self._mats: dict[str, dict[str, list[datetime]]] = defaultdict(lambda: defaultdict(list))  # bib → mat → at
        self._spelling: dict[str, str] = {}                                          # mat key → name first read

    def add(self, crossings: Iterable[Crossing]) -> None:
        """Keep the upstream-mat crossings (the start and finish mats are ``Scorer``'s; guns ignored)."""
        mats = {mat_key(self.setup.start_location), mat_key(self.setup.finish_location)}
        for crossing in crossings:
            mat = mat_key(crossing.location)
            if crossing.is_gun or mat in mats:
                continue
            self._spelling.setdefault(mat, crossing.location.strip())
            insort(self._mats[crossing.bib][mat], crossing.at.astimezone(timezone.utc))

    def upstream(self, locations: Iterable[str]) -> list[str]:
        """The ``locations`` that are upstream mats (neither the start nor the finish mat)."""
        mats = {mat_key(self.setup.start_location), mat_key(self.setup.finish_location)}
        return [location for location in locations if mat_key(location) not in mats]

    def snapshot(self, scorer: Scorer, results: Mapping[str, Result], min_finishers: int = 1) -> Snapshot:
        """Every roster runner's first crossing of each upstream mat with elapsed and predicted finish times;
        ``scorer`` gives the roster and guns, ``results`` the finishers (``LiveEvent.by_bib``)."""
        crossed: list[tuple[Entrant, str, datetime, float | None]] = []
        for bib, mats in self._mats.items():
            entrant = scorer.roster.get(bib)
            if entrant is None:
                continue
            start, result = scorer.start_of(bib), results.get(bib)
            for mat, instants in mats.items():
                at = first_after(instants, start, strictly=False)
                elapsed = (at - start).total_seconds() if at is not None and start else None
                if at is None or result is not None and elapsed is not None and elapsed >= result.chip_time_s:
                    continue    # never crossed it, or only after finishing (walking back past the mat)
                crossed.append((entrant, mat, at, elapsed))
        transits: dict[tuple[str, str], list[float]] = defaultdict(list)   # (race, mat) → mat-to-finish seconds
        for entrant, mat, _, elapsed in crossed:
            result = results.get(entrant.bib)
            if result is not None and elapsed is not None and result.chip_time_s > elapsed:
                transits[entrant.race, mat].append(result.chip_time_s - elapsed)
        medians = {key: _median(values, min_finishers) for key, values in transits.items()}  # once per mat, not runner
        passings = []
        for entrant, mat, at, elapsed in crossed:
            result = results.get(entrant.bib)
            predicted = None if result else _predicted(elapsed, medians.get((entrant.race, mat)))
            passings.append(Passing(entrant.bib, _name(entrant), entrant.race, self._spelling[mat], at, elapsed,
                                    predicted, result.chip_time_s if result else None))
        passings.sort(key=lambda p: (p.at, p.bib), reverse=True)
        return Snapshot(tuple(passings), scorer.roster, results, scorer.started())


def _name(entrant: Entrant) -> str:
    return f"{entrant.first_name or ''} {entrant.last_name or ''}".strip()
