"""The archive, generated: pure numpy from a seed to five tables (polars DataFrames). No I/O here.

Same seed and scale → the same rows, byte for byte. The shape follows the original platform's production
data: heavy-tailed event sizes, events held every year by the same company, runners who come back across
years and distances with a consistent ability, finish times by distance, sex and age, DNS/DNF rates, and
places computed exactly as the glossary defines them (per race, by chip time among finishers).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
import polars as pl
from faker.providers.person.en_US import Provider as Names

from warehouse.generate.reference import (
    AGE_BANDS, COMPANIES, MAX_EVENT_SIZE, MIN_EVENT_SIZE, PRODUCTION_COUNTS, RACE_KM, SERIES, YEARS,
)

# Below this the 13 companies' runner pools are too small for the heavy-tailed event sizes.
MIN_SCALE = 0.005
QUALIFIERS = ("", "Downtown", "Riverfront", "Harbor", "Park", "Hills", "Valley", "Lakeside", "Heritage", "Classic")
RACE_START = {"50K": (6, 30), "Marathon": (7, 0), "Half Marathon": (7, 30), "10K": (8, 0), "5K": (8, 30), "1 Mile": (9, 30)}
# Finish-time model: minutes per km over 10K for a 28-year-old of each sex, and Riegel's fatigue exponent.
BASE_PACE = {"M": 5.35, "F": 6.0, "X": 5.7}
RIEGEL = 1.07
DNF_RATE = {"50K": 0.08, "Marathon": 0.03, "Half Marathon": 0.012}
DNS_RATE, DQ_RATE, OTHER_DNF_RATE = 0.035, 0.001, 0.004
MAX_RACES_PER_RUNNER = 60  # the keenest runners: about five races a year for eleven years


@dataclass(frozen=True)
class Archive:
    timing_partners: pl.DataFrame
    events: pl.DataFrame
    races: pl.DataFrame
    participants: pl.DataFrame
    results: pl.DataFrame

    def tables(self) -> dict[str, pl.DataFrame]:
        return {name: getattr(self, name) for name in ("timing_partners", "events", "races", "participants", "results")}


def scaled_counts(scale: float) -> dict[str, int]:
    """Production counts times ``scale``: 13 companies always, every other table rounded and at least one."""
    if not (MIN_SCALE <= scale <= 10):  # also refuses NaN
        raise ValueError(f"scale must be between {MIN_SCALE} and 10, got {scale}")
    counts = {name: max(1, round(n * scale)) for name, n in PRODUCTION_COUNTS.items()}
    counts["timing_partners"] = len(COMPANIES)
    counts["events"] = max(counts["events"], len(COMPANIES))
    counts["races"] = max(counts["races"], counts["events"])
    counts["results"] = max(counts["results"], counts["races"])
    counts["participants"] = min(max(counts["participants"], len(COMPANIES)), counts["results"])
    return counts


def build(scale: float = 1.0, seed: int = 42) -> Archive:
    counts = scaled_counts(scale)
    rng = np.random.default_rng(seed)
    events = _events(rng, counts["events"])
    races = _races(rng, events, counts["races"])
    races = races.with_columns(size=_race_sizes(rng, events, races, counts["results"], counts["participants"]))
    participants = _participants(rng, races, counts["participants"])
    results = _results(rng, races, participants)
    partners = pl.DataFrame({
        "company": np.arange(len(COMPANIES), dtype=np.int32),
        "name": [c.name for c in COMPANIES], "slug": [c.slug for c in COMPANIES],
        "city": [c.city for c in COMPANIES], "state": [c.state for c in COMPANIES],
    })
    return Archive(partners, events.drop("series_size"), races.drop("size", "series_size"),
                   participants.drop("ability"), results)


def split_exactly(total: int, weights: np.ndarray, minimum: int = 0) -> np.ndarray:
    """Integers proportional to ``weights`` that sum to ``total`` exactly (largest remainder), each >= minimum."""
    weights = np.asarray(weights, dtype=float)
    spare = total - minimum * len(weights)
    if spare < 0:
        raise ValueError("total too small for the minimum")
    raw = spare * weights / weights.sum()
    base = np.floor(raw).astype(np.int64)
    short = spare - base.sum()
    base[np.argsort(-(raw - base), kind="stable")[:short]] += 1
    return base + minimum


def _events(rng: np.random.Generator, total: int) -> pl.DataFrame:
    per_company = split_exactly(total, [c.weight for c in COMPANIES], minimum=1)
    series_weights = np.array([s.weight for s in SERIES])
    rows = []
    for company_index, (company, n_events) in enumerate(zip(COMPANIES, per_company)):
        combos = [(s, city, q) for q in QUALIFIERS for s in range(len(SERIES)) for city in company.cities]
        n_series = min(len(combos), max(1, math.ceil(n_events / 8.5)))
        base = len(SERIES) * len(company.cities)  # the plain "{city} {series}" names come first
        odds = np.repeat(series_weights, len(company.cities))
        first = rng.choice(base, size=min(n_series, base), replace=False, p=odds / odds.sum())
        chosen = [combos[i] for i in first] + combos[base:base + max(0, n_series - base)]
        start_years = np.minimum(YEARS[0] + rng.geometric(0.35, len(chosen)) - 1, YEARS[-1])
        candidates = [(k, y) for k, start in enumerate(start_years) for y in YEARS if y >= start]
        if len(candidates) < n_events:  # few series for many events: let every series run every year
            candidates = [(k, y) for k in range(len(chosen)) for y in YEARS]
        held = np.array([0.3 if y == 2020 else 0.75 if y == 2021 else 1.0 for _, y in candidates])
        picks = rng.choice(len(candidates), size=n_events, replace=False, p=held / held.sum())
        for pick in sorted(picks, key=lambda i: (candidates[i][1], candidates[i][0])):
            k, year = candidates[pick]
            series_index, (city, state), qualifier = chosen[k][0], chosen[k][1], chosen[k][2]
            series = SERIES[series_index]
            place = f"{city} {qualifier}".strip()
            rows.append((company_index, series.pattern.format(city=place), _event_day(series, year), city, state,
                         series_index, series.size))
    frame = pl.DataFrame(rows, schema=["company", "name", "event_date", "city", "state", "series", "series_size"],
                         orient="row").sort(["event_date", "company", "name"])
    n = frame.height
    providers = np.array(["runsignup", "raceroster", "chronotrack", "csv"])[rng.choice(4, n, p=[0.45, 0.2, 0.25, 0.1])]
    return frame.with_columns(
        event_id=pl.Series(np.arange(1, n + 1, dtype=np.int64)),
        provider=pl.Series(providers),
        provider_event_id=pl.Series(rng.integers(10_000, 999_999, n).astype(str)),
    )


def _event_day(series, year: int) -> date:
    if series.month == 11 and series.day == 26:  # Thanksgiving: the fourth Thursday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if (series.month, series.day) == (7, 4):
        return date(year, 7, 4)
    day = date(year, series.month, series.day)
    return day + timedelta(days=(5 - day.weekday()) % 7)  # the Saturday on or after


def _races(rng: np.random.Generator, events: pl.DataFrame, total: int) -> pl.DataFrame:
    """Each event's main race, plus optional races of its lineup picked by their odds until ``total``."""
    series = events["series"].to_list()
    chosen = [(row, SERIES[s].races[0][0]) for row, s in enumerate(series)]
    extras = [(row, name, odds) for row, s in enumerate(series) for name, odds in SERIES[s].races[1:]]
    if total - len(chosen) > len(extras):  # more races than the lineups offer: fun runs join the events
        taken = {(row, name) for row, name, _ in extras} | set(chosen)
        extras += [(row, name, 0.05) for name in ("1 Mile", "5K", "10K") for row in range(events.height)
                   if (row, name) not in taken]
    need = min(total - len(chosen), len(extras))
    if need > 0:
        odds = np.array([o for *_, o in extras])
        chosen += [extras[i][:2] for i in rng.choice(len(extras), size=need, replace=False, p=odds / odds.sum())]
    rows, names = zip(*sorted(chosen, key=lambda rn: (rn[0], -RACE_KM[rn[1]])))
    ev = events[list(rows)]
    return pl.DataFrame({
        "race_id": np.arange(1, len(rows) + 1, dtype=np.int64),
        "event_id": ev["event_id"], "company": ev["company"], "name": list(names),
        "distance_km": [RACE_KM[n] for n in names], "race_date": ev["event_date"],
        "start_time": [datetime.combine(d, time(*RACE_START[n])) for d, n in zip(ev["event_date"].to_list(), names)],
        "series_size": ev["series_size"],
    })


def _race_sizes(rng: np.random.Generator, events: pl.DataFrame, races: pl.DataFrame, total: int,
                runners: int) -> np.ndarray:
    years = np.array([d.year for d in events["event_date"].to_list()])
    trend = np.interp(years, [2015, 2019, 2020, 2021, 2025], [0.85, 1.0, 0.55, 0.8, 1.05])
    weights = events["series_size"].to_numpy() * trend * rng.lognormal(0.0, 1.0, events.height)
    low = min(MIN_EVENT_SIZE, total // events.height)
    # an event cannot have more runners than its company has (it matters only at small scales)
    company = events["company"].to_numpy()
    pool = runners * np.bincount(company, minlength=len(COMPANIES)) / events.height
    high = np.minimum(MAX_EVENT_SIZE, np.maximum(low, np.floor(0.9 * pool[company]))).astype(np.int64)
    if high.sum() < total:
        raise ValueError("this scale is too small for the archive's event sizes; use a larger --scale")
    sizes = _fit_sizes(weights, total, low, high)
    # within an event, the main (longest) race or the 5K takes most of the field
    popularity = races["name"].replace_strict({"5K": 3.0, "Half Marathon": 2.5, "Marathon": 2.0, "10K": 1.5,
                                               "50K": 0.6, "1 Mile": 0.5}, return_dtype=pl.Float64).to_numpy()
    share = popularity * rng.uniform(0.6, 1.4, races.height)
    event_of_race = races["event_id"].to_numpy() - 1
    race_sizes = np.zeros(races.height, dtype=np.int64)
    bounds = np.flatnonzero(np.diff(np.concatenate([[-1], event_of_race, [events.height]])))
    for start, stop in zip(bounds[:-1], bounds[1:]):
        size = sizes[event_of_race[start]]
        count = stop - start
        race_sizes[start:stop] = split_exactly(size, share[start:stop], minimum=1 if size >= count else 0)
    return race_sizes


def _fit_sizes(weights: np.ndarray, total: int, low: int, high: np.ndarray) -> np.ndarray:
    """Event sizes following ``weights``, each within [low, high], summing to ``total`` exactly."""
    scale = total / weights.sum()
    for _ in range(50):
        sizes = np.clip(weights * scale, low, high)
        if abs(sizes.sum() - total) < 1:
            break
        free = (sizes > low) & (sizes < high)
        scale *= 1 + (total - sizes.sum()) / max(1.0, sizes[free].sum())
    sizes = np.clip(np.floor(np.clip(weights * scale, low, high)), low, high).astype(np.int64)
    short = total - sizes.sum()
    order = np.argsort(-weights, kind="stable")
    step = 1 if short > 0 else -1
    i = 0
    while short != 0:
        j = order[i % len(order)]
        if low <= sizes[j] + step <= high[j]:
            sizes[j] += step
            short -= step
        i += 1
    return sizes


def _participants(rng: np.random.Generator, races: pl.DataFrame, total: int) -> pl.DataFrame:
    per_race = races.group_by("company").agg(pl.col("size").sum().alias("results"), pl.col("size").max().alias("largest"))
    per_race = per_race.sort("company")
    per_company = split_exactly(total, per_race["results"].to_numpy(), minimum=1)
    # nobody runs a race twice, so a company needs at least as many runners as its largest race has results
    largest = per_race["largest"].to_numpy()
    while (short := np.maximum(largest - per_company, 0)).any():
        per_company += short
        spare = np.flatnonzero(per_company > largest)
        for _ in range(short.sum()):
            richest = spare[np.argmax(per_company[spare] - largest[spare])]
            if per_company[richest] <= largest[richest]:
                raise ValueError("this scale is too small for the archive's race sizes; use a larger --scale")
            per_company[richest] -= 1
    company = np.repeat(np.arange(len(COMPANIES), dtype=np.int32), per_company)
    n = len(company)
    sex = np.array(["M", "F", "X"])[rng.choice(3, n, p=[0.475, 0.52, 0.005])]
    male, female = _names(Names.first_names_male), _names(Names.first_names_female)
    last = _names(Names.last_names)
    first = np.where(sex == "M", male[0][rng.choice(len(male[0]), n, p=male[1])],
                     female[0][rng.choice(len(female[0]), n, p=female[1])])
    neutral = sex == "X"
    first[neutral] = np.where(rng.random(neutral.sum()) < 0.5, male[0][rng.choice(len(male[0]), neutral.sum(), p=male[1])],
                              first[neutral])
    surname = last[0][rng.choice(len(last[0]), n, p=last[1])]
    age_2020 = np.clip(rng.normal(40, 12.5, n), 11, 84)
    birth = (np.datetime64("2020-07-01") - (age_2020 * 365.25).astype("timedelta64[D]")).astype("datetime64[D]")
    home_city, home_state = _homes(rng, company)
    ids = np.arange(1, n + 1, dtype=np.int64)
    frame = pl.DataFrame({
        "participant_id": ids, "company": company, "first_name": first, "last_name": surname, "sex": sex,
        "birth_date": birth, "city": home_city, "state": home_state,
        "ability": rng.lognormal(0.0, 0.16, n),
    })
    domain = pl.Series(np.array(["example.com", "example.org", "example.net"])[ids % 3])
    email = pl.concat_str(pl.col("first_name"), pl.lit("."), pl.col("last_name"), (pl.col("participant_id") % 997),
                          pl.lit("@"), domain).str.to_lowercase().str.replace_all(" ", "")
    return frame.with_columns(email=email).select(*frame.columns[:-1], "email", "ability")


def _names(weighted: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    names = np.array(list(weighted))
    weights = np.array(list(weighted.values()), dtype=float)
    return names, weights / weights.sum()


def _homes(rng: np.random.Generator, company: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    everywhere = [place for c in COMPANIES for place in c.cities]
    city = np.empty(len(company), dtype=object)
    state = np.empty(len(company), dtype=object)
    for index, c in enumerate(COMPANIES):
        mine = np.flatnonzero(company == index)
        weights = 1.0 / np.arange(1, len(c.cities) + 1)
        local = rng.choice(len(c.cities), len(mine), p=weights / weights.sum())
        away = rng.random(len(mine)) < 0.12
        places = np.array([c.cities[i] for i in local], dtype=object)
        travellers = rng.choice(len(everywhere), away.sum())
        for slot, pick in zip(np.flatnonzero(away), travellers):
            places[slot] = everywhere[pick]
        city[mine] = [p[0] for p in places]
        state[mine] = [p[1] for p in places]
    return city.astype(str), state.astype(str)


def _assign_runners(rng: np.random.Generator, race_index: np.ndarray, sizes: np.ndarray,
                    runners: np.ndarray) -> np.ndarray:
    """Give each result slot of a company's races a runner: some run once, a few dozens of times, never
    twice in one race."""
    total = int(sizes.sum())
    counts = split_exactly(total, rng.lognormal(0.0, 1.1, len(runners)), minimum=1)
    cap = min(len(sizes), MAX_RACES_PER_RUNNER)
    counts = np.minimum(counts, cap)
    shortfall = total - counts.sum()
    while shortfall > 0:  # capped runners' results go to the others
        room = np.flatnonzero(counts < cap)
        if len(room) == 0:
            raise ValueError("more results than runners x races; use a larger --scale")
        add = rng.choice(room, min(shortfall, len(room)), replace=False)
        counts[add] += 1
        shortfall = total - counts.sum()
    # Seat race by race, each time the runners with the most races still to run (ties in random order):
    # distinct runners within a race by construction; the counts are met exactly whenever that is possible.
    remaining = counts.astype(np.float64) + rng.random(len(runners)) * 0.5
    assigned = np.empty(total, dtype=np.int64)
    start = 0
    for size in sizes:
        # (in ascending order: argpartition's order follows the SIMD instructions NumPy picks on the CPU, AVX2,
        # AVX-512 or none, and the order decides which runner each result's random draws go to)
        chosen = (np.sort(np.argpartition(-remaining, size - 1)[:size]) if size < len(runners)
                  else np.arange(len(runners)))
        remaining[chosen] -= 1
        assigned[start:start + size] = runners[chosen]
        start += size
    return assigned


def _results(rng: np.random.Generator, races: pl.DataFrame, participants: pl.DataFrame) -> pl.DataFrame:
    race_ids = races["race_id"].to_numpy()
    sizes = races["size"].to_numpy()
    company_of_race = races["company"].to_numpy()
    company_of_runner = participants["company"].to_numpy()
    slots_race, slots_runner = [], []
    for company in range(len(COMPANIES)):
        mine = np.flatnonzero(company_of_race == company)
        runners = participants["participant_id"].to_numpy()[company_of_runner == company]
        slots_race.append(np.repeat(race_ids[mine], sizes[mine]))
        slots_runner.append(_assign_runners(rng, race_ids[mine], sizes[mine], runners))
    race_id = np.concatenate(slots_race)
    runner = np.concatenate(slots_runner)
    r = race_id - 1
    p = runner - 1
    n = len(race_id)
    sexes = ("M", "F", "X")
    sex = np.select([participants["sex"].to_numpy() == x for x in sexes[:2]], [0, 1], 2)[p]
    race_date = races["race_date"].to_numpy().astype("datetime64[D]")[r]
    birth = participants["birth_date"].to_numpy().astype("datetime64[D]")[p]
    age = _age_on(race_date, birth)
    band = np.searchsorted([lo for lo, _ in AGE_BANDS], age, side="right") - 1
    race_names = list(RACE_KM)
    name = np.select([races["name"].to_numpy() == x for x in race_names], range(len(race_names)))[r]
    km = races["distance_km"].to_numpy()[r]
    pace = np.array([BASE_PACE[x] for x in sexes])[sex]
    pace = pace * (1 + 0.00011 * np.maximum(0, age - 28) ** 2 + 0.004 * np.maximum(0, 18 - age) ** 2)
    pace *= participants["ability"].to_numpy()[p] * rng.lognormal(0.0, 0.045, n)
    pace *= np.where(name == race_names.index("50K"), 1.18, 1.0)  # trails are slower
    chip = np.round(np.maximum(km * 60 * pace * (km / 10) ** (RIEGEL - 1), km * 60 * 2.85), 1)
    roll = rng.random(n)
    dnf = np.array([DNF_RATE.get(x, OTHER_DNF_RATE) for x in race_names])[name]
    status = np.select([roll < DNS_RATE, roll < DNS_RATE + dnf, roll < DNS_RATE + dnf + DQ_RATE], [1, 2, 3], 0)
    start_delay = rng.uniform(0, 1, n) * np.minimum(600, sizes[r] / 20) + np.clip((pace - 4) * 40, 0, 240) * rng.random(n)
    gun = np.round(chip + start_delay, 1)
    finished = status == 0
    shuffle = rng.random(n)
    bib_offset = races.select((pl.col("size").cum_sum() - pl.col("size")).over("event_id"))["size"].to_numpy()
    bands = [f"{lo:02d}-{hi:02d}" for lo, hi in AGE_BANDS]
    frame = pl.DataFrame({
        "race_id": race_id, "event_id": races["event_id"].to_numpy()[r], "company": company_of_race[r].astype(np.int32),
        "participant_id": runner, "sex": sex.astype(np.int8), "band": band.astype(np.int8),
        "age": age.astype(np.int32), "status": status.astype(np.int8),
        "chip_time_s": np.where(finished, chip, np.nan), "gun_time_s": np.where(finished, gun, np.nan),
        "shuffle": shuffle, "bib_offset": bib_offset[r],
    }).with_columns(pl.col("chip_time_s", "gun_time_s").fill_nan(None))
    place = pl.col("chip_time_s").rank("ordinal")  # nulls (non-finishers) get no place
    return (
        frame.sort("race_id", "chip_time_s", "participant_id", nulls_last=True)
        .with_columns(
            result_id=pl.int_range(1, n + 1, dtype=pl.Int64),
            overall_place=place.over("race_id").cast(pl.Int32),
            gender_place=place.over("race_id", "sex").cast(pl.Int32),
            age_group_place=place.over("race_id", "sex", "band").cast(pl.Int32),
            # bibs: unique within an event, a block per race (runners shuffled), from a base the event picked
            bib=(pl.col("shuffle").rank("ordinal").over("race_id").cast(pl.Int64) + pl.col("bib_offset")
                 + pl.when(pl.col("event_id") % 3 == 0).then(0).when(pl.col("event_id") % 3 == 1).then(99)
                 .otherwise(999)).cast(pl.String),
            age_group=pl.col("sex").replace_strict(dict(enumerate(sexes)), return_dtype=pl.String)
            + pl.col("band").replace_strict(dict(enumerate(bands)), return_dtype=pl.String),
            status=pl.col("status").replace_strict(dict(enumerate(("FIN", "DNS", "DNF", "DQ"))), return_dtype=pl.String),
        )
        .select("result_id", "race_id", "event_id", "company", "participant_id", "bib", "age", "age_group", "status",
                "chip_time_s", "gun_time_s", "overall_place", "gender_place", "age_group_place")
    )


def _age_on(day: np.ndarray, birth: np.ndarray) -> np.ndarray:
    years = day.astype("datetime64[Y]").astype(int) - birth.astype("datetime64[Y]").astype(int)
    before_birthday = (day - day.astype("datetime64[Y]")) < (birth - birth.astype("datetime64[Y]"))
    return np.clip(years - before_birthday, 1, 120)


