"""Live scoring: crossings + roster + race setup → results, incrementally. Pure: no I/O, no clock.

The timing rules are the usual ones (timing-domain.md, "Scoring conventions"), each with a default a timer
can change in ``RaceSetup``:
- The gun: a ``guntime`` read (at any location) starts every race that has no gun of its own; a race's gun
  can be set by hand (wave starts: one per race). Reads before a runner's gun are ignored.
- Chip (net) time = finish crossing − the runner's own start-mat crossing (the first after the gun); with no
  start read, chip time = gun time. Gun time = finish crossing − the race's gun.
- The first finish read after the start counts; later reads of the same tag at the finish are repeats.
- A finish faster than ``min_pace_s_per_km`` × distance is implausible (a tag read at the wrong mat, a
  runner who cut the course): kept out of the results and listed as flagged, never published.
- Places among those finished so far, per race: overall, by sex, by age group, ranked by chip time (or gun
  time, ``rank_by="gun"``, as USATF road rules make official); ties share a place (1, 2, 2, 4). A faster
  chip time arriving later moves the places of everyone behind it.
Times are seconds (floats, to the read's precision); instants are aware datetimes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from warehouse.generate.reference import age_group


@dataclass(frozen=True)
class Entrant:
    """A runner of the roster: the race (as the roster names it) decides the gun and the places."""

    bib: str
    first_name: str
    last_name: str
    sex: str | None          # "M" | "F" | "X"
    age: int | None
    age_group: str | None    # as the roster gives it, else made from sex and age (5-year bands)
    race: str                # "Half Marathon", "5K", ...
    distance_km: float | None


@dataclass(frozen=True)
class Crossing:
    """One read as scoring sees it: a tag (bib) at a location at an instant, or a gun."""

    bib: str
    location: str
    at: datetime
    is_gun: bool = False


@dataclass(frozen=True)
class RaceSetup:
    """Where the mats are and how the race is timed; every field has the default of a plain race."""

    start_location: str = "start"
    finish_location: str = "finish"
    guns: dict[str, datetime] = field(default_factory=dict)   # race → gun set by hand (wave starts)
    rank_by: str = "chip"                                     # "chip" or "gun"
    min_pace_s_per_km: float = 150.0                          # faster than 2:30 /km is implausible


@dataclass(frozen=True)
class Result:
    """A finisher, scored now. Places are among those finished so far."""

    bib: str
    first_name: str
    last_name: str
    sex: str | None
    age_group: str | None
    race: str
    chip_time_s: float
    gun_time_s: float
    pace_s_per_km: float | None
    place: int = 0
    sex_place: int | None = None
    age_group_place: int | None = None


@dataclass
class _Runner:
    start: datetime | None = None
    finish: datetime | None = None


class Scorer:
    """Feed crossings as they arrive (``add``); ask for ``results()`` at any time."""

    def __init__(self, roster: Iterable[Entrant], setup: RaceSetup | None = None) -> None:
        self.setup = setup or RaceSetup()
        self.roster = {entrant.bib: entrant for entrant in roster}
        self.gun: datetime | None = None              # the guntime read, for races without their own gun
        self.unknown_bibs: set[str] = set()            # read, but not on the roster
        self._runners: dict[str, _Runner] = defaultdict(_Runner)

    def add(self, crossings: Iterable[Crossing]) -> set[str]:
        """Take crossings (any order within a batch is fine); returns the races whose results changed."""
        changed: set[str] = set()
        pending = sorted(crossings, key=lambda c: (not c.is_gun, c.at))  # guns first: they decide "before"
        for crossing in pending:
            if crossing.is_gun:
                if self.gun is None or crossing.at < self.gun:
                    self.gun = crossing.at
                    changed |= {e.race for e in self.roster.values() if e.race not in self.setup.guns}
                continue
            entrant = self.roster.get(crossing.bib)
            if entrant is None:
                self.unknown_bibs.add(crossing.bib)
                continue
            if self._take(entrant, crossing):
                changed.add(entrant.race)
        return changed

    def gun_of(self, race: str) -> datetime | None:
        return self.setup.guns.get(race, self.gun)

    def _take(self, entrant: Entrant, crossing: Crossing) -> bool:
        runner = self._runners[entrant.bib]
        gun = self.gun_of(entrant.race)
        if crossing.location == self.setup.start_location:
            # the first start-mat crossing after the gun; one read before the gun is a runner warming up
            if (gun is None or crossing.at >= gun) and (runner.start is None or crossing.at < runner.start):
                runner.start = crossing.at
                return runner.finish is not None
            return False
        if crossing.location == self.setup.finish_location:
            if runner.finish is None or crossing.at < runner.finish:  # the first finish read counts
                runner.finish = crossing.at
                return True
        return False

    def results(self) -> list[Result]:
        """Every finisher so far, fastest first (by ``rank_by``) within each race, races in name order."""
        by_race: dict[str, list[Result]] = defaultdict(list)
        for bib, runner in self._runners.items():
            entrant = self.roster[bib]
            if (scored := self._score(entrant, runner)) is not None:
                by_race[entrant.race].append(scored)
        ranked: list[Result] = []
        for race in sorted(by_race):
            ranked += _placed(by_race[race], self.setup.rank_by)
        return ranked

    def flagged(self) -> list[str]:
        """Bibs whose finish is implausibly fast for their distance: kept out of the results."""
        return sorted(bib for bib, runner in self._runners.items()
                      if self._times(self.roster[bib], runner) and self._implausible(self.roster[bib], runner))

    def _times(self, entrant: Entrant, runner: _Runner) -> tuple[float, float] | None:
        gun = self.gun_of(entrant.race)
        if runner.finish is None or gun is None or runner.finish <= gun:
            return None
        start = runner.start if runner.start is not None and runner.start < runner.finish else gun
        return (runner.finish - start).total_seconds(), (runner.finish - gun).total_seconds()

    def _implausible(self, entrant: Entrant, runner: _Runner) -> bool:
        times = self._times(entrant, runner)
        return bool(times and entrant.distance_km and
                    times[0] < self.setup.min_pace_s_per_km * entrant.distance_km)

    def _score(self, entrant: Entrant, runner: _Runner) -> Result | None:
        times = self._times(entrant, runner)
        if times is None or self._implausible(entrant, runner):
            return None
        chip, gun = times
        pace = chip / entrant.distance_km if entrant.distance_km else None
        return Result(entrant.bib, entrant.first_name, entrant.last_name, entrant.sex,
                      entrant.age_group or (age_group(entrant.sex, entrant.age) if entrant.sex else None),
                      entrant.race, round(chip, 2),
                      round(gun, 2), round(pace, 1) if pace else None)


def _placed(results: list[Result], rank_by: str) -> list[Result]:
    """Places within one race: overall, by sex, by age group; ties share a place."""
    key = (lambda r: r.gun_time_s) if rank_by == "gun" else (lambda r: r.chip_time_s)
    ordered = sorted(results, key=lambda r: (key(r), r.bib))
    overall = _competition_ranks([key(r) for r in ordered])
    sex_places = _group_ranks(ordered, key, lambda r: r.sex)
    group_places = _group_ranks(ordered, key, lambda r: r.age_group)
    return [Result(**{**r.__dict__, "place": overall[i], "sex_place": sex_places[i],
                      "age_group_place": group_places[i]}) for i, r in enumerate(ordered)]


def _competition_ranks(times: list[float]) -> list[int]:
    """1, 2, 2, 4: equal times share the better place (times must be sorted)."""
    ranks = []
    for i, time in enumerate(times):
        ranks.append(ranks[-1] if i and time == times[i - 1] else i + 1)
    return ranks


def _group_ranks(ordered: list[Result], key, group) -> list[int | None]:
    members: dict[object, list[int]] = defaultdict(list)
    for i, result in enumerate(ordered):
        if group(result) is not None:
            members[group(result)].append(i)
    places: list[int | None] = [None] * len(ordered)
    for indices in members.values():
        for i, rank in zip(indices, _competition_ranks([key(ordered[i]) for i in indices])):
            places[i] = rank
    return places
