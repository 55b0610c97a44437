"""Live scoring: crossings + roster + race setup → results, incrementally. Pure: no I/O, no clock.

The timing rules are the usual ones (timing-domain.md, "Scoring conventions"), each with a default a timer
can change in ``RaceSetup``:
- The mats: a read's location is the start or the finish mat when its name is the setup's, in any case and
  with surrounding spaces ignored (controllers name them ``Start``, `` finish``...).
- The gun: a ``guntime`` read (at any location) starts every race that has no gun of its own; a race's gun
  can be set by hand (wave starts: one per race). Of several gun reads (a gun test at 19:00, the real gun at
  20:00), a race's gun is the last one fired at or before its first start- or finish-mat crossing after the
  first gun read — the crossings that follow the real gun; a runner warming up over a mat between a test and
  the real gun would make the test count: set the gun by hand then. Reads before the gun are ignored
  (timing-domain.md, "Scoring conventions").
- Chip (net) time = finish crossing − the runner's own start-mat crossing (the first at or after the gun);
  with no start read, chip time = gun time. Gun time = finish crossing − the race's gun. With no gun at all
  (none read, none set) chip times still run from the start-mat crossing: gun time is unknown (None) and
  places go by chip time.
- The first finish read after the runner's own start (else after the gun) counts; an earlier one is a runner
  walking over the finish mat before the gun or to a back corral, and later reads of the tag are repeats.
- A finish faster than ``min_pace_s_per_km`` × distance is implausible (a tag read at the wrong mat, a
  runner who cut the course): kept out of the results and listed as flagged, never published.
- Places among those finished so far, per race: overall, by sex, by age group, ranked by chip time (or gun
  time, ``rank_by="gun"``, as USATF road rules make official); ties share a place (1, 2, 2, 4). A faster
  chip time arriving later moves the places of everyone behind it.
Times are seconds (floats, to the read's precision); instants are aware datetimes, kept in UTC (Python compares
two datetimes of one zone by their wall clocks, so the two 01:10 of a fall-back night would be equal).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

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
    """Where the mats are and how the race is timed; every field has the default of a plain race. Mat names
    and race names (of ``guns``) match in any case."""

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
    gun_time_s: float | None                 # None while the race has no gun (none read, none set)
    pace_s_per_km: float | None
    place: int = 0
    sex_place: int | None = None
    age_group_place: int | None = None


@dataclass
class _Runner:
    """Every start- and finish-mat crossing of one runner, in order: which count depends on the gun."""

    starts: list[datetime] = field(default_factory=list)
    finishes: list[datetime] = field(default_factory=list)


class Scorer:
    """Feed crossings as they arrive (``add``); ask for ``results()`` at any time."""

    def __init__(self, roster: Iterable[Entrant], setup: RaceSetup | None = None) -> None:
        self.setup = setup or RaceSetup()
        self.roster = {entrant.bib: entrant for entrant in roster}
        self.unknown_bibs: set[str] = set()            # read, but not on the roster
        self.locations: Counter[str] = Counter()       # reads per location as the mats named it (guns aside)
        self._guns: list[datetime] = []                # every gun read, in order
        self._hand_guns = {race.casefold(): _utc(at) for race, at in self.setup.guns.items()}
        self._crossed: dict[str, list[datetime]] = defaultdict(list)  # race → its mat crossings, in order
        self._runners: dict[str, _Runner] = defaultdict(_Runner)

    def add(self, crossings: Iterable[Crossing]) -> set[str]:
        """Take crossings (in any order); returns the races whose results changed."""
        changed: set[str] = set()
        for crossing in crossings:
            if crossing.is_gun:
                races = {entrant.race for entrant in self.roster.values()}
                before = {race: self.gun_of(race) for race in races}
                insort(self._guns, _utc(crossing.at))
                changed |= {race for race in races if self.gun_of(race) != before[race]}
                continue
            self.locations[crossing.location] += 1
            entrant = self.roster.get(crossing.bib)
            if entrant is None:
                self.unknown_bibs.add(crossing.bib)
            elif (mat := self._mat(crossing.location)) is not None:
                runner = self._runners[entrant.bib]
                before_gun, before = self.gun_of(entrant.race), self._times(entrant, runner)
                at = _utc(crossing.at)
                insort(runner.starts if mat == "start" else runner.finishes, at)
                insort(self._crossed[entrant.race], at)
                if (self.gun_of(entrant.race), self._times(entrant, runner)) != (before_gun, before):
                    changed.add(entrant.race)
        return changed

    def gun_of(self, race: str) -> datetime | None:
        """The race's gun: set by hand, else the last gun read at or before the race's first mat crossing after
        the first gun read (the latest gun read while nobody has crossed since); None with neither."""
        hand = self._hand_guns.get(race.casefold())
        if hand is not None or not self._guns:
            return hand
        crossed = self._crossed.get(race, [])
        first = bisect_left(crossed, self._guns[0])
        if first == len(crossed):
            return self._guns[-1]
        return self._guns[bisect_right(self._guns, crossed[first]) - 1]

    def _mat(self, location: str) -> str | None:
        """"start", "finish" or None: the setup's mat names, in any case and spacing."""
        name = mat_key(location)
        if name == mat_key(self.setup.start_location):
            return "start"
        return "finish" if name == mat_key(self.setup.finish_location) else None

    def start_of(self, bib: str) -> datetime | None:
        """The instant a roster runner's chip time runs from: their first start-mat crossing at or after their
        race's gun (any, without a gun), else the gun; None with neither (or a bib on no roster)."""
        entrant = self.roster.get(bib)
        if entrant is None:
            return None
        gun = self.gun_of(entrant.race)
        runner = self._runners.get(bib)
        return (first_after(runner.starts, gun, strictly=False) if runner else None) or gun

    def started(self) -> frozenset[str]:
        """The bibs read at the start mat."""
        return frozenset(bib for bib, runner in self._runners.items() if runner.starts)

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

    def notes(self) -> list[str]:
        """Why results may be missing or partial, in words: a mat nobody was read at while reads came from
        locations that are no mat (all locations read are named), races with crossings but no gun, runners read
        at the finish only before their start, hand-set guns for races the roster does not have."""
        notes: list[str] = []
        others = [location for location in self.locations if self._mat(location) is None]  # a misnamed mat?
        unread = [f"the {mat} mat {name!r}" for mat, name in (("start", self.setup.start_location),
                                                              ("finish", self.setup.finish_location))
                  if others and not any(self._mat(location) == mat for location in self.locations)]
        if unread:
            seen = ", ".join(f"{name!r} ({count})" for name, count in sorted(self.locations.items()))
            notes.append(f"no read at {' or '.join(unread)}; reads were at {seen}")
        races = {entrant.race for entrant in self.roster.values()}
        for race in sorted(race for race in races if self._crossed.get(race) and self.gun_of(race) is None):
            timed = any(runner.starts for bib, runner in self._runners.items() if self.roster[bib].race == race)
            notes.append(f"no gun for {race}: " + ("gun times unknown, places by chip time" if timed else
                                                   "no start-mat reads either, so nobody can be timed"))
        early = sum(1 for bib, runner in self._runners.items() if runner.finishes
                    and self.gun_of(self.roster[bib].race) and not self._times(self.roster[bib], runner))
        if early:
            notes.append(f"{early} runner(s) read at the finish mat only before their start (or the gun)")
        known = {race.casefold() for race in races}
        notes += [f"a gun is set for {race!r}, a race the roster does not have (races: {', '.join(sorted(races))})"
                  for race in self.setup.guns if race.casefold() not in known]
        return notes

    def _times(self, entrant: Entrant, runner: _Runner) -> tuple[float, float | None] | None:
        """(chip, gun) seconds: from the runner's first start crossing at or after the gun (the gun with none)
        to the first finish read after it; gun time is None without a gun; None while not finished."""
        gun = self.gun_of(entrant.race)
        start = self.start_of(entrant.bib)
        finish = first_after(runner.finishes, start, strictly=True) if start is not None else None
        if finish is None:
            return None
        return (finish - start).total_seconds(), (finish - gun).total_seconds() if gun is not None else None

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
                      round(gun, 2) if gun is not None else None, round(pace, 1) if pace else None)


def _utc(instant: datetime) -> datetime:
    return instant.astimezone(timezone.utc)


def mat_key(location: str) -> str:
    """A timing location as mats are matched: any case, surrounding spaces and Unicode normal form ignored
    ("Départ" typed on a Mac and sent by a controller alike)."""
    return unicodedata.normalize("NFC", location.strip()).casefold()


def first_after(instants: list[datetime], after: datetime | None, *, strictly: bool) -> datetime | None:
    """The first of the sorted ``instants`` after ``after`` (at or after unless ``strictly``; any if None)."""
    if after is None:
        return instants[0] if instants else None
    i = (bisect_right if strictly else bisect_left)(instants, after)
    return instants[i] if i < len(instants) else None


def _placed(results: list[Result], rank_by: str) -> list[Result]:
    """Places within one race: overall, by sex, by age group; ties share a place. A race without a gun is
    ranked by chip time whatever ``rank_by`` says (its gun times are unknown)."""
    by_gun = rank_by == "gun" and all(r.gun_time_s is not None for r in results)
    key = (lambda r: r.gun_time_s) if by_gun else (lambda r: r.chip_time_s)
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
