"""Why an archive answer is empty, or mixes races: the notices ``nlq.service`` puts on a parser answer so an
empty list or a 0 is never read as "the race was held and nobody came", and an answer over every race of an
event says so. Each check is a small query over the company's own archive, run only when it applies.

``rows(select)`` runs a query scoped to the company (``nlq.execute.run``) and returns its rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from sqlglot import exp

from nlq import rx
from nlq.rivals import REFERENCES
from nlq.constructs import LATER_YEAR
from nlq.entities import distance_mention
from nlq.parser import EVERY_RACE, Parsed
from nlq.vocabulary import Person
from nlq.sqlbuild import DISTANCE_TOLERANCE_KM, build, col, date_conditions, filters_of, lit, table

Rows = Callable[[exp.Select | str], list[tuple]]


def nothing_found(rows: list[list]) -> bool:
    """No row, one row of zeros and nulls (a count of 0, an average of nothing), or a row per thing listed ("from CT,
    from NY and everywhere else", "DNF, DNS and DQ") with nothing beside any label."""
    return not rows or len(rows) == 1 and all(value in (0, None) for value in rows[0]) or \
        len(rows) > 1 and all(value in (0, None) for row in rows for value in row[1:])


def no_edition(parsed: Parsed, rows: Rows) -> str | None:
    """The named events (or those held in the city named) held no edition in the dates asked — or, of two events
    named ("A in July 2024 and also B that November"), one did not: say so with their editions' years."""
    if parsed.dates is None or not (named := _events_asked(parsed, rows)):
        return None
    dated = exp.select(col("name", "e")).distinct().from_(table("events", "e")).where(
        col("name", "e").isin(*[lit(name) for name in named]), *date_conditions(parsed.dates))
    held = {name for (name,) in rows(dated)}
    if held and (not parsed.events or held == set(named)):   # (of the events held in a city, any one is enough)
        return None
    missing = [name for name in named if name not in held]
    years = ", ".join(map(str, _edition_years(missing, rows))) or "none"
    when = parsed.dates.words if parsed.dates.words.split(" ", 1)[0] in ("after", "before", "since", "from", "until") else \
        f"in {parsed.dates.words}"   # ("had no edition after May 13, 2023")
    return f"{' / '.join(missing)} had no edition {when} (editions: {years})"


def years_not_held(parsed: Parsed, rows: Rows) -> str | None:
    """Of the years a question compares ("2020 and 2021", "from 2019 to 2020"), those the named events did not
    hold: their row is missing (or their count 0) because there was no race, not because no one came."""
    compared = set(parsed.years) | set(parsed.change_years or ())
    if len(compared) < 2 or not parsed.events:
        return None
    held = _edition_years(parsed.events, rows)
    missing = sorted(compared - set(held))
    if not missing:
        return None
    return (f"{' / '.join(parsed.events)} had no edition in {' or '.join(map(str, missing))} "
            f"(editions: {', '.join(map(str, held)) or 'none'})")


def no_race(parsed: Parsed, rows: Rows) -> str | None:
    """The named events (or, none named, all the company's events) had no race of the distance asked (in the dates
    asked): say which races they had."""
    if not parsed.distances or any(d.km is None for d in parsed.distances):
        return None
    if not (named := _events_asked(parsed, rows)):
        if parsed.events or parsed.event_city or parsed.cohort and parsed.cohort.kind == "both":
            return None
        # ("how many half marathon runners in 2024" of a company that never held a half): none of its events
        races = _races([], parsed, rows)
        if not races or _runs_distance(races, parsed.distances):
            return None
        when = f" in {parsed.dates.words}" if parsed.dates else ""
        return (f"your events{when} had no {' or '.join(d.label for d in parsed.distances)} race "
                f"(their races: {', '.join(dict.fromkeys(name for name, _ in races))})")
    # (of two years compared, "the Las Vegas 10K in 2025 compared to 2022": the races of those years)
    years = () if parsed.dates else _compared_years(parsed)
    when = f" in {parsed.dates.words}" if parsed.dates else f" in {' or '.join(map(str, years))}" if years else ""
    # runners of both: each event must run the race ("both the Manchester Half (half) and the Nashua 5K")
    each = bool(parsed.cohort and parsed.cohort.kind == "both" and len(named) > 1)
    for group in ([name] for name in named) if each else [named]:
        if (races := _races(group, parsed, rows, years)) and not _runs_distance(races, parsed.distances):
            return (f"{' / '.join(group)}{when} had no {' or '.join(d.label for d in parsed.distances)} race "
                    f"(its races: {', '.join(dict.fromkeys(name for name, _ in races))})"
                    + (": ask without the race" if each else ""))
    return None


def legs_out_of_order(parsed: Parsed, rows: Rows) -> str | None:
    """ "… also finished B two weeks later": two events of one year whose editions did not come in the order said
    (B was held before A, or the same day) — said back, as no runner ran them so."""
    cohort = parsed.cohort
    if not (cohort and cohort.order and len(cohort.legs) == 2 and all(year for _, year in cohort.legs)):
        return None
    (first, first_year), (second, second_year) = cohort.legs
    year = exp.func("year", col("event_date", "e"))
    held = dict(rows(exp.select(col("name", "e"), exp.func("min", col("event_date", "e"))).from_(table("events", "e")).where(
        exp.or_(exp.and_(col("name", "e").eq(lit(first)), year.eq(lit(first_year))),
                exp.and_(col("name", "e").eq(lit(second)), year.copy().eq(lit(second_year))))).group_by(col("name", "e"))))
    if first not in held or second not in held:
        return None
    later = cohort.order == "later"
    if held[second] > held[first] if later else held[second] < held[first]:
        return None
    return (f"the {second} in {second_year} was held on {held[second]:%B %-d}, "
            f"{'the same day as' if held[second] == held[first] else 'before' if later else 'after'} the {first} "
            f"({held[first]:%B %-d}): not {'later' if later else 'earlier'}, as the question says")


def distances_not_run(parsed: Parsed, rows: Rows) -> str | None:
    """Some of several distances asked were not run by the named events in the dates asked ("the 5K and 10K
    finishers at the 2024 Bend Turkey Trot", which had no 10K): say which, as the answer has no row for them."""
    if len(parsed.distances) < 2 or any(d.km is None for d in parsed.distances) or not (
            named := _events_asked(parsed, rows)) or not (races := _races(named, parsed, rows)):
        return None
    unrun = [d.label for d in parsed.distances if not _runs_distance(races, (d,))]
    if not unrun:
        return None
    when = f" in {parsed.dates.words}" if parsed.dates else ""
    return (f"{' / '.join(named)}{when} had no {' or '.join(unrun)} race (its races: "
            f"{', '.join(dict.fromkeys(name for name, _ in races))}), so the answer has no row for it")


def no_such_event(parsed: Parsed, rows: Rows) -> str | None:
    """ "the Pittsburgh Marathon": a city and a distance said as an event's name, where no event held in that city
    ran that race — or no event at all is held in the city named — an event the company does not have (declined), not
    a count of 0."""
    if parsed.events or not parsed.event_city:
        return None
    if not _events_asked(parsed, rows):   # ("the atlanta spring marathon" where no event of yours is held in Atlanta)
        return f"none of your events is held in {parsed.event_city}"
    if not rx.search(rf"\b{re.escape(parsed.event_city)}\s+(?:half|full|marathon|ultra|\d+ ?k|\d+ ?miles?)\b", parsed.question,
                     re.IGNORECASE):
        return None
    # (over every edition: "the Chicago Marathon last October" is no event whatever its date)
    missing = no_race(replace(parsed, dates=None, years=(), change_years=()), rows)
    return f"no event of yours is called like that: {missing}" if missing else None


def after_the_archive(parsed: Parsed, rows: Rows) -> str | None:
    """Dates after the company's latest event ("in June" said in November 2026, the archive ending in 2025)."""
    if parsed.dates is None:
        return None
    [(latest,)] = rows("SELECT max(event_date) FROM events")
    if latest is None or latest >= parsed.dates.start:
        return None
    return f"{parsed.dates.words} is after the archive's latest event ({latest.isoformat()})"


def no_events_in_dates(parsed: Parsed, rows: Rows) -> str | None:
    """No event of the company's in the dates asked, none named ("how many finishers in 2023?" of a company that held
    none that year): said with the years it held events, so a 0 is not taken for a year no one came."""
    if parsed.dates is None or parsed.events or parsed.event_city:
        return None
    query = exp.select(exp.Count(this=exp.Star())).from_(table("events", "e")).where(*date_conditions(parsed.dates))
    if rows(query)[0][0]:
        return None
    years = [str(year) for (year,) in rows("SELECT DISTINCT year(event_date) FROM events ORDER BY 1")]
    return f"no events were held in {parsed.dates.words} (years with events: {', '.join(years) or 'none'})"


def bib_not_worn(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """ "who was bib 9001 at …" where no runner of what was asked wore it: say so, with how many entries there are
    (a lookup of nobody, not a list of no one)."""
    if not parsed.bib:
        return None
    counted = build(replace(parsed, bib=None, intent="count", subject="results", status=None, group_by=(),
                            distinct_people=False, metric=None, measure=None), today)   # (entries, never a pace)
    entries = rows(counted.sql)[0][-1]
    return f"no runner wore bib {parsed.bib} in what was asked ({entries} entries there)" if entries else None


def place_beyond_the_field(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """ "the 100th finisher" of a field of 45: how many finished."""
    if not parsed.place:
        return None
    # places are per race: the biggest field among the races asked about
    counted = build(replace(parsed, place=None, intent="count", subject="results", status="FIN", group_by=("race",)),
                    today)
    finishers = max((row[-1] for row in rows(counted.sql)), default=0)
    return f"at most {finishers} finishers in a race match, so no one placed {parsed.place}" \
        if finishers < parsed.place else None


def races_mixed(parsed: Parsed, rows: Rows) -> list[str]:
    """The races of the named events (or those held in the city named) in the dates (or the years compared) asked, when the question names events
    but no race and they ran more than one (a 5K and a kids' mile): its answer mixes them. Empty otherwise. A
    side-by-side comparison of counts ("A vs B finishers") says "every race" in its explanation, unless the years compared
    ran different races (then each year's races, one string); a difference, a change or a time compared is one number
    that mixes distances, so it is flagged too."""
    one_number = bool(parsed.difference or parsed.change_years or parsed.measure or parsed.metric)
    # ("A vs B finishers" counts; "compare A in 2022 and 2024" shows their times too: those mix the races)
    counts_said = rx.search(r"\b(?:finishers|runners|entrants|entries|participants|starters|people|turnout|field|dnfs?|"
                            r"how many|number of)\b", parsed.question.lower())
    # (a check of the results, "a bib used twice in one race", is of every race: each race is checked on its own)
    if not (parsed.events or parsed.event_city) or parsed.subject == "events" or parsed.distances or parsed.races_excluded or parsed.share_of and parsed.share_of.distances or parsed.person or parsed.audit or \
            parsed.cohort and not any(distance_mention(name.lower()) for name in parsed.events) or \
            "race" in parsed.group_by or \
            rx.search(EVERY_RACE, parsed.question.lower()) or parsed.ranking and parsed.ranking.dimension == "race":
        return []
    # ("the 24 fastest at Tampa": the events held in the city named)
    events, years = _events_asked(parsed, rows), _compared_years(parsed)
    names = list(dict.fromkeys(name for name, _ in _races(events, parsed, rows, years)))
    if parsed.intent == "compare" and not one_number and counts_said and len(years) > 1:
        held = {year: races for year in years if (races := ", ".join(name for name, _ in _races(events, parsed, rows, (year,))))}
        # (the same races each year: counts side by side of like with like; a line-up changed: unlike, said by year; a
        # year not held is said by years_not_held)
        return [] if len(set(held.values())) <= 1 else ["; ".join(f"{year}: {races}" for year, races in held.items())]
    return names if len(names) > 1 else []


def runner_races_counted(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """ "How many times has she run the Houston Turkey Trot?" when she finished more than one of its races (its 5K
    and its mile, some years both): each race's count and the editions they fall in ("5K 7, 1 Mile 3 over 7
    editions"), since the answer counts every finish. None otherwise (a race named, or one race finished)."""
    if not (parsed.person and parsed.intent == "count" and parsed.events) or parsed.distances or parsed.group_by or \
            parsed.more_people:
        return None
    query = filters_of(parsed, today)
    query.need("ra")
    found = rows(query.build([col("name", "ra"), exp.Count(this=exp.Star())]).group_by(col("name", "ra")).order_by(
        exp.Ordered(this=exp.Count(this=exp.Star()), desc=True), exp.Literal.number(1)))
    if len(found) < 2:
        return None
    (editions,), = rows(query.build([exp.Count(this=exp.Distinct(expressions=[col("event_id", "r")]))]))
    return f"{', '.join(f'{name} {count}' for name, count in found)} over {editions} edition{'s' * (editions != 1)}"


def _races_finished(parsed: Parsed, rows: Rows) -> list[str]:
    """The races (by name) anyone finished in the dates asked, at any of the company's events, when more than one."""
    query = exp.select(col("name", "ra")).distinct().from_(table("results", "r")).join(
        table("races", "ra"), on=col("race_id", "ra").eq(col("race_id", "r"))).join(
        table("events", "e"), on=col("event_id", "e").eq(col("event_id", "r"))).where(
        col("status", "r").eq(lit("FIN")), *(date_conditions(parsed.dates) if parsed.dates else [])).order_by(
        exp.Literal.number(1))
    names = [name for name, in rows(query)]
    return names if len(names) > 1 else []


def events_ranked_over_races(parsed: Parsed, rows: Rows) -> list[str]:
    """The races run in the dates asked, when events are ranked by a time with no race named ("which event had the
    slowest average finish time in 2024"): each event's figure is over all its races. Empty when only one race
    was run."""
    if not (parsed.ranking and parsed.ranking.dimension in ("event", "edition") and
            parsed.ranking.measure in ("avg_time", "median_time")) or parsed.distances or parsed.events or (
            parsed.metric and parsed.metric.kind == "pace"):   # (a pace is per km whatever the race's length)
        return []
    return _races_finished(parsed, rows)


def event_times_mixed(parsed: Parsed, rows: Rows) -> list[tuple[str, list[str]]]:
    """Of several events whose times are compared, each at a race of its own ("the Las Vegas Turkey Trot or the
    Santa Fe Firecracker 5K": the second at its 5K), those taken at every race although they ran more than one:
    (event, its races). A time over a mile and a 10K is not comparable with one 5K's. Empty otherwise."""
    timed = parsed.ranking.measure in ("avg_time", "median_time") if parsed.ranking else parsed.measures_a_time
    if len(parsed.events) < 2 or not timed or (each := parsed.race_of_each_event()) is None:
        return []
    mixed = [(name, list(dict.fromkeys(race for race, _ in _races([name], parsed, rows))))
             for name in parsed.events if name not in each]
    return [(name, races) for name, races in mixed if len(races) > 1]


def fastest_over_distances(parsed: Parsed, rows: Rows) -> list[str]:
    """The distances finished in the dates asked, when the fastest runners are asked with no event, city or
    distance named ("top 5 women in 2021", "who was the fastest man in 2024"): a mile's time ranks above every 5K.
    Empty when only one distance was run."""
    if parsed.intent != "top" or parsed.subject != "results" or parsed.events or parsed.event_city or parsed.distances or \
            parsed.person or parsed.ranking or parsed.group_by or parsed.cohort or parsed.metric or parsed.place or \
            parsed.winners:
        return []
    return _races_finished(parsed, rows)


def runner_distances_mixed(parsed: Parsed, rows: Rows, today: date) -> list[str]:
    """The races the named runners finished within what was asked (events, dates), when a time of theirs is asked
    with no distance and no grouping by race ("what's her average time", "which was her slowest Houston Turkey Trot":
    the years ranked by her time; two runners compared) and they finished more than one: one number over a mile and a 10K means little.
    Empty otherwise."""
    ranked_by_time = parsed.ranking is not None and parsed.ranking.dimension in ("year", "edition") and \
        parsed.ranking.measure in ("avg_time", "median_time", "max_time", "min_time")
    # ("compare Darrell Perez and Shannon Perez at X": their results summed up side by side, times among them)
    # (never "how many races have I finished compared to my husband": counts, which distances do not split)
    summed_up = parsed.intent == "compare" and not parsed.measure and "runner" in parsed.group_by and \
        not rx.search(r"\bhow many\b", parsed.question.lower())
    # (never of a grouping already said but by year, "her fastest time at each event", nor "her best and worst times with
    # us": the extremes of all she ran, as asked)
    if not parsed.person or parsed.distances or set(parsed.group_by) - {"runner", "year"} or \
            parsed.measure == "fastest_and_slowest" or not (parsed.measures_a_time or ranked_by_time or summed_up):
        return []
    query = filters_of(parsed, today)
    query.need("ra")
    query.where.append(col("status", "r").eq(lit("FIN")))
    names = [name for name, in rows(query.build([col("name", "ra")]).distinct().order_by(exp.Literal.number(1)))]
    return names if len(names) > 1 else []


def change_not_held(parsed: Parsed, rows: Rows) -> str | None:
    """Of the two years a change is taken between, one in which the named events held no edition, or not the race
    asked: the change has no value (declined with why, never an empty table)."""
    if not parsed.change_years or parsed.change_sign:   # ("which events grew": none did is an answer)
        return None
    if not (named := _events_asked(parsed, rows)):   # ("the average half marathon finisher in 2025 than 2024")
        first, last = parsed.change_years
        return f"no results match the question in both {first} and {last}, so there is no change to give"
    for year in parsed.change_years:
        races = _races(named, parsed, rows, (year,))
        if not races:
            years = ", ".join(map(str, _edition_years(named, rows))) or "none"
            return f"{' / '.join(named)} had no edition in {year} (editions: {years})"
        if parsed.distances and all(d.km is not None for d in parsed.distances) and not _runs_distance(
                races, parsed.distances):
            return (f"{' / '.join(named)} had no {' or '.join(d.label for d in parsed.distances)} race in {year} "
                    f"(its races that year: {', '.join(dict.fromkeys(name for name, _ in races))})")
    return None


def cohort_year_not_held(parsed: Parsed, rows: Rows) -> str | None:
    """ "came back the next year", "also finished it in 2020": the year a cohort looks in, when the named events (or
    those of the city named) held no edition then — everyone would be counted out (or, "did not come back", in):
    declined with why, never a 0. A share's part is such a cohort too ("what percent … came back this year")."""
    cohort = parsed.cohort or (parsed.share_of.cohort if parsed.share_of else None)
    if cohort and cohort.kind == "both" and cohort.legs:   # each leg's event in its own year
        for name, year in cohort.legs:
            if year and year not in (held := _edition_years([name], rows)):
                return f"{name} had no edition in {year} (editions: {', '.join(map(str, held)) or 'none'})"
        return None
    if not cohort or cohort.kind != "also_in_year" or cohort.any_event or not (named := _events_asked(parsed, rows)):
        return None
    held = _edition_years(named, rows)
    if cohort.count in held or cohort.count == LATER_YEAR and (len(held) > 1 if not parsed.dates else any(
            year >= parsed.dates.end.year for year in held)):   # ("again in any later year": one edition after)
        return None
    if cohort.count == LATER_YEAR:
        return f"{' / '.join(named)} had no later edition (editions: {', '.join(map(str, held)) or 'none'})"
    return f"{' / '.join(named)} had no edition in {cohort.count} (editions: {', '.join(map(str, held)) or 'none'})"


def _runs_distance(races: list[tuple[str, float]], distances: Sequence) -> bool:
    """Whether any of ``races`` (name, km) is one of ``distances``."""
    return any(km and abs(km - d.km) < DISTANCE_TOLERANCE_KM for _, km in races for d in distances)


def _compared_years(parsed: Parsed) -> tuple[int, ...]:
    return tuple(parsed.change_years or ()) or (tuple(parsed.years) if parsed.intent == "compare" and
                                                 parsed.dates is None else ())


def other_races(parsed: Parsed, rows: Rows) -> list[str]:
    """The other races of the named events in the dates asked, when the race was chosen by the event's name (finish
    times of "the Napa Half Marathon": its half marathon, not its 5K). Empty otherwise."""
    if not parsed.race_of_name:
        return []
    chosen = {d.label for d in parsed.distances}
    # (of the years compared or listed, "2023 vs 2024", "who won it in 2017 and 2018": the races held then, not in every
    # edition)
    years = () if parsed.dates else _compared_years(parsed) or tuple(parsed.years)
    return [name for name in dict.fromkeys(name for name, _ in _races(list(parsed.events), parsed, rows, years))
            if name not in chosen]


def namesakes(parsed: Parsed, rows: Rows) -> str | None:
    """Several runners share the name asked about ("John Smith"): their results are counted together, and the
    answer says so with where each lives (a runner is known to the archive by name, not by person)."""
    if not parsed.person:
        return None
    city = parsed.runner_city or (parsed.rival.city if parsed.rival else None)
    shared = []
    for person in (parsed.person, *parsed.more_people):   # (two runners compared: either one shared, or both)
        same = exp.select("city", "state").from_("participants").where(
            exp.column("first_name").eq(lit(person.first_name)), exp.column("last_name").eq(lit(person.last_name)))
        # "John Smith from Atlanta": those of them (of several runners named, the town keeps each one's results)
        if city:
            same = same.where(exp.column("city").eq(lit(city)))
        if parsed.runner_state:
            same = same.where(exp.column("state").eq(lit(parsed.runner_state)))
        found = rows(same.order_by("city"))
        if len(found) < 2:
            continue
        homes = "; ".join(f"{city}, {state}" if city else "unknown" for city, state in found[:6])
        more = f" and {len(found) - 6} more" if len(found) > 6 else ""
        pick = f"even {city} does not tell them apart" if city else "add a home city to pick one"
        shared.append(f"{len(found)} runners are named {person.name} ({homes}{more}); "
                      f"their results are counted together: {pick}")
    return "; ".join(shared) or None


def towns_sharing_a_name(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """A home town said without its state that names towns in several states among the results asked ("runners from
    Portland": Portland, ME and Portland, OR): counted together, and said so. None when one state holds them all, a
    state was said, or a runner was named (her town tells namesakes apart)."""
    if not parsed.runner_city or parsed.runner_state or parsed.runner_city_negated or parsed.more_cities or \
            parsed.person:
        return None
    query = filters_of(parsed, today)
    query.need("p")
    states = [state for state, in rows(query.build([col("state", "p")]).distinct().order_by(exp.Literal.number(1)))
              if state]
    if len(states) < 2:
        return None
    return (f"{parsed.runner_city} names towns in {len(states)} states here ({', '.join(states)}), counted together: "
            "add the state to keep one")


def runner_not_placed(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """Of the runners around a named one (``nlq.rivals``): she has no result in the races asked, or no finish to be
    ahead of or behind — said, never an empty list or a 0 (which read as "she won"). None when she has her place."""
    if parsed.share_of and parsed.share_of.rival and parsed.share_of.person and not parsed.rival:
        # ("what percentage of the women finished ahead of her": the share's part places her)
        parsed = replace(parsed, rival=parsed.share_of.rival, person=parsed.share_of.person, share_of=None, metric=None, sex=None)
    if not (parsed.person and (parsed.rival or parsed.crossing_shown)):   # (or her moment at the line: she has none)
        return None
    city = parsed.rival.city if parsed.rival else parsed.runner_city
    who = parsed.person.name + (f" of {city}" if city else "")
    own = replace(parsed, rival=None, sex=None, statuses=(), status=None, runner_city=city or None, age=None, age_group=None)
    query = filters_of(own, today)
    query.need("e", "ra")
    found = rows(query.build([col("name", "e"), exp.func("year", col("event_date", "e")), col("name", "ra"), col("status", "r")]))
    if not found:
        # ("the 10K" of an event where she ran the 5K: say what she did run there)
        anywhere = filters_of(replace(own, distances=(), race_of_name=False), today)
        anywhere.need("ra")
        elsewhere = rows(anywhere.build([col("name", "ra"), col("status", "r")])) if parsed.distances else []
        ran = f" (ran: {', '.join(f'{race} {status}' for race, status in elsewhere)})" if elsewhere else ""
        return f"{who} has no result in the race asked{ran}: nothing to compare"
    if not (parsed.rival and parsed.rival.side == "winner") and all(status != "FIN" for *_, status in found):
        statuses = ", ".join(dict.fromkeys(status for *_, status in found))
        return f"{who} did not finish ({statuses}): " + ("no time to be ahead of or behind" if parsed.rival else
                                                           "no moment at the finish line to give")
    return None


def runners_without_a_finish(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """Of several runners named and measured against each other ("how far ahead of me did he finish"), those with no
    finish in what was asked, and their status there: an empty comparison is never left to read as "no gap"."""
    if not (results := _results_of_each(parsed, rows, today)):
        return None
    missing, finished = [], {}
    for person, theirs in results.items():
        who = person.name
        finished[who] = _races_finished_of(theirs)
        if not finished[who]:
            missing.append(_no_finish(who, theirs) if theirs else _no_result(parsed, person, rows, today))
    if missing:
        return "; ".join(missing) + ": nothing to compare"
    if "race" in parsed.group_by and not set.intersection(*(set(races) for races in finished.values())):
        # compared race by race, and no race finished by all of them: "both ran Bend 2025", one the mile, one the 5K
        return f"no race finished by {'both' if len(finished) == 2 else 'all'} of them, so no time to compare race by race (" + "; ".join(
            f"{who}: {', '.join(races)}" for who, races in finished.items()) + ")"
    return None


def runners_without_a_result(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """Of several runners named, those with no result at all in what was asked (and the races they ran there instead),
    when the others have: an answer of the others is never left to read as of them all ("who placed higher at the
    Manchester Half Marathon, Tina Torres or Anita Evans": Tina Torres ran its 5K)."""
    results = _results_of_each(parsed, rows, today)
    missing = [person for person, theirs in results.items() if not theirs]
    if not missing or len(missing) == len(results):
        return None
    shown = " and ".join(p.name for p in results if p not in missing)
    return "; ".join(_no_result(parsed, person, rows, today) for person in missing) + f": the answer is of {shown} only"


def runners_apart(parsed: Parsed, rows: Rows, today: date) -> tuple[str, bool] | None:
    """Of several runners compared with no race named or grouped by ("who was faster at the 2024 Houston Turkey Trot,
    A or B"), those with no finish there, and whether the others finished no race in common (a 1 mile against a 5K:
    their times do not compare): (what to say, whether the times are apart), or None."""
    if parsed.intent != "compare" or not (results := _results_of_each(parsed, rows, today)):
        return None
    said, finished = [], {}
    for person, theirs in results.items():
        who = person.name
        if races := _races_finished_of(theirs):
            finished[who] = races
        elif theirs:
            said.append(_no_finish(who, theirs))
    apart = len(finished) > 1 and not (parsed.distances or "race" in parsed.group_by) and \
        not set.intersection(*(set(races) for races in finished.values()))
    if apart:
        said.append(f"{' and '.join(finished)} finished different races there (" + "; ".join(
            f"{who}: {', '.join(races)}" for who, races in finished.items()) + "): their times do not compare; name a race")
    return ("; ".join(said), apart) if said else None


def _results_of_each(parsed: Parsed, rows: Rows, today: date) -> dict[Person, list[tuple[str, str]]]:
    """Each runner named (when several are) and their (status, race) results in what was asked, whatever status or
    rival was asked; {} for one runner or none."""
    named = (parsed.person, *parsed.more_people) if parsed.person else ()
    if len(named) < 2:
        return {}
    query = filters_of(replace(parsed, status=None, statuses=(), rival=None), today)
    query.need("p", "ra")
    found = rows(query.build([col("first_name", "p"), col("last_name", "p"), col("status", "r"), col("name", "ra")]))
    return {person: [(status, race) for first, last, status, race in found
                     if (first.lower(), last.lower()) == (person.first_name.lower(), person.last_name.lower())]
            for person in named}


def _races_finished_of(theirs: list[tuple[str, str]]) -> list[str]:
    """The races (in order, once each) a runner's (status, race) results finished."""
    return list(dict.fromkeys(race for status, race in theirs if status == "FIN"))


def _no_finish(who: str, theirs: list[tuple[str, str]]) -> str:
    """ "Erika Mcdonald has no finish there (DNS)": a runner's results there, none a finish."""
    return f"{who} has no finish there ({', '.join(dict.fromkeys(status for status, _ in theirs))})"


def _no_result(parsed: Parsed, person: Person, rows: Rows, today: date) -> str:
    """ "Allen Miles has no result in the 10K in what was asked; Allen Miles ran the 5K there" (the race the event's
    name says), else that the runner has no result in what was asked."""
    alone = replace(parsed, person=person, more_people=())
    elsewhere = _races_run_instead(alone, rows, today)
    return _not_in_the_race(alone, elsewhere) if elsewhere else f"{person.name} has no result in what was asked"


def no_record_held(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """Of the records a named runner holds (``nlq.records``), none: said with how many finishes of hers were looked at,
    so an empty list never reads as "no such runner"."""
    if not (parsed.records and parsed.person):
        return None
    query = filters_of(replace(parsed, records=None, status="FIN"), today)
    finishes = rows(query.build([exp.Count(this=exp.Star())]))[0][0]
    kind = "age-group record" if parsed.records.of == "age_group" else "course record"
    who = parsed.person.name
    return f"{who} holds no {kind} standing now in what was asked " + (
        f"(none of {who}'s {finishes} finish{'es' if finishes != 1 else ''} there is the fastest of its race)" if finishes else f"({who} has no finish there)")


def runner_outside_group(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """A named runner asked of in an age group she has no result in (what else was asked kept): said, with the groups
    she ran in — never an empty answer at full confidence."""
    if not (parsed.person and parsed.age_group and not parsed.more_people):
        return None
    query = filters_of(replace(parsed, age_group=None, more_age_groups=(), place=None, winners=False, status=None), today)
    found = rows(query.build([exp.func("string_agg", exp.Distinct(expressions=[col("age_group", "r")]), lit(", "))]))
    if not found or not found[0][0]:
        return None
    who = parsed.person.name
    return f"{who} has no result in {parsed.age_group} in what was asked (age groups there: {found[0][0]})"


def runner_outside_place_group(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """A named runner asked of her place among a group she is not in ("Amanda Webb's place among runners 50 and over",
    she 29): said, with her own age and home there — never an empty answer at full confidence (``Parsed.place_among``)."""
    if not (parsed.place_among and parsed.person):
        return None
    query = filters_of(replace(parsed, age=None, runner_city=None, runner_state=None, more_states=(), more_cities=(),
                               runner_state_negated=False, runner_city_negated=False, out_of_state=False, sex=None,
                               place_among=False), today)
    found = rows(query.build([col("age", "r"), col("city", "p"), col("state", "p")]))
    if not found:
        return None
    theirs = "; ".join(f"age {age}, from {city}, {state}" for age, city, state in found)
    return f"{parsed.person.name} is not among the runners asked about there ({theirs})"


def runner_in_another_town(parsed: Parsed, rows: Rows) -> str | None:
    """A named runner said with a town ("Karen Fuller (Nashua)") where no runner of that name lives, when one does
    elsewhere: said, with the towns of that name — never an empty answer at full confidence (a town said beside a name
    tells namesakes apart, so it is kept as said)."""
    if not (parsed.person and parsed.runner_city and not parsed.more_people):
        return None
    query = exp.select(col("city", "p")).distinct().from_(table("participants", "p")).where(
        col("first_name", "p").eq(lit(parsed.person.first_name)), col("last_name", "p").eq(lit(parsed.person.last_name)))
    towns = sorted(town for (town,) in rows(query) if town)
    if not towns or parsed.runner_city in towns:
        return None
    who = parsed.person.name
    return f"no {who} from {parsed.runner_city} in your results (a {who} lives in {', '.join(towns)}): ask without the town"


def runner_in_another_race(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """A named runner asked of at an event in a race she did not run there ("Brent Perry ran the Greenville Half
    Marathon in 2024. What was his overall placing?", he ran its 10K): said, with the races she ran there — never an
    empty answer at full confidence."""
    if not (races := _races_run_instead(parsed, rows, today)):
        return None
    return (f"{_not_in_the_race(parsed, races)}: ask for that race by name (\"the {races.split(', ')[0]} at the "
            f"{parsed.events[0]}\")")


def _races_run_instead(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """The races ("10K, 5K") the one runner named ran at the events asked, when she has no result at all (whatever
    else was asked: a place, a win, a status) in the race asked there; None otherwise."""
    if not (parsed.person and parsed.events and parsed.distances and not parsed.more_people):
        return None
    hers = replace(Parsed(question="", intent="count", subject="results", confidence=1.0), events=parsed.events,
                   distances=parsed.distances, race_of_name=parsed.race_of_name, event_races=parsed.event_races,
                   dates=parsed.dates, years=parsed.years, person=parsed.person, runner_city=parsed.runner_city)
    if rows(filters_of(hers, today).build([exp.Count(this=exp.Star())]))[0][0]:
        return None
    query = filters_of(replace(hers, distances=(), race_of_name=False, event_races=()), today)
    query.need("ra")
    found = rows(query.build([exp.func("string_agg", exp.Distinct(expressions=[col("name", "ra")]), lit(", "))]))
    return found[0][0] if found and found[0][0] else None


def _not_in_the_race(parsed: Parsed, races: str) -> str:
    """ "Allen Miles has no result in the 10K in what was asked; Allen Miles ran the 5K there"."""
    who, asked = parsed.person.name, " / ".join(d.label for d in parsed.distances)
    return f"{who} has no result in the {asked} in what was asked; {who} ran the {races} there"


def namesakes_in_a_share(parsed: Parsed, rows: Rows, today: date) -> str | None:
    """A share of the field ahead of (or beaten by) a named runner when two runners of that name ran the races asked:
    said, never one blended figure (each field row was counted once per namesake)."""
    part = parsed.share_of
    if not (part and part.rival and part.person and part.rival.side not in REFERENCES):
        return None
    own = replace(parsed, share_of=None, metric=None, sex=None, person=part.person, runner_city=part.rival.city or None)
    query = filters_of(own, today)
    query.need("p")
    found = rows(query.build([exp.Count(this=exp.Distinct(expressions=[col("participant_id", "r")])),
                              exp.func("string_agg", exp.Distinct(expressions=[col("age_group", "r")]), lit(", "))]))
    if found and found[0][0] > 1:
        who = part.person.name
        return (f"{found[0][0]} runners named {who} ran what was asked ({found[0][1]}): a share of the field around one of "
                f"them needs which one — add a home city, or ask of each")
    return None


def fewer_editions(parsed: Parsed, rows: Rows) -> str | None:
    """The named events that have held fewer editions than the latest N asked ("its last 20 editions"): every one of
    theirs is counted, and the answer says so. None when each has held N or more."""
    if not parsed.last_editions or not parsed.events:
        return None
    held = exp.select(col("name", "e"), exp.func("count", exp.Star())).from_(table("events", "e")).where(
        col("name", "e").isin(*[lit(name) for name in parsed.events])).group_by(col("name", "e")).order_by(exp.Literal.number(1))
    short = [f"{name} has held {count} edition{'s' * (count != 1)}" for name, count in rows(held)
             if count < parsed.last_editions]
    return f"{'; '.join(short)}, fewer than the {parsed.last_editions} asked: every one is counted" if short else None


def _edition_years(names: Sequence[str], rows: Rows) -> list[int]:
    """The years in which any of the events ``names`` held an edition, in order."""
    editions = exp.select(exp.func("year", col("event_date", "e"))).distinct().from_(table("events", "e")).where(
        col("name", "e").isin(*[lit(name) for name in names])).order_by(exp.Literal.number(1))
    return [year for (year,) in rows(editions)]


def _events_asked(parsed: Parsed, rows: Rows) -> list[str]:
    """The events a question is about: those it names, else those held in the city it names ("at Buffalo")."""
    if parsed.events or not parsed.event_city:
        return list(parsed.events)
    held = exp.select("name").distinct().from_("events").where(exp.column("city").eq(lit(parsed.event_city)))
    return [name for (name,) in rows(held.order_by("name"))]


def _races(named: list[str], parsed: Parsed, rows: Rows, years: Sequence[int] = ()) -> list[tuple[str, float]]:
    """(race name, distance km) of the named events' editions (of every event when ``named`` is empty) in the dates
    asked, or in ``years`` (every edition without either)."""
    query = exp.select(col("name", "ra"), col("distance_km", "ra")).distinct().from_(table("races", "ra")).join(
        table("events", "e"), on=col("event_id", "e").eq(col("event_id", "ra"))).order_by(exp.Literal.number(1))
    if named:
        query = query.where(col("name", "e").isin(*[lit(name) for name in named]))
    if years:
        query = query.where(exp.func("year", col("event_date", "e")).isin(*[lit(year) for year in years]))
    return rows(query.where(*date_conditions(parsed.dates)) if parsed.dates else query)


_STATUS_SAID = {"FIN": "finished", "DNF": "did not finish (DNF)", "DNS": "did not start (DNS)", "DQ": "disqualified (DQ)"}


def statuses_counted(parsed: Parsed, answer: list[list], rows: Rows, today: date) -> str | None:
    """A count of results whatever their status ("how many people ran the 5K") when some of them did not finish or
    never started: said with each status's count, so an entry that never started is not taken for a runner who ran
    (the glossary counts results at a named event). None unless the breakdown adds up to the answer given."""
    if not (parsed.intent == "count" and parsed.subject == "results" and len(answer) == 1 and len(answer[0]) == 1) \
            or parsed.status or parsed.statuses or parsed.group_by:
        return None
    query = filters_of(parsed, today).build([col("status", "r"), exp.Count(this=exp.Star())])
    found = rows(query.group_by(col("status", "r")).order_by(exp.Ordered(this=exp.Count(this=exp.Star()), desc=True)))
    if sum(n for _, n in found) != answer[0][0] or all(status == "FIN" for status, _ in found):
        return None   # (a cohort or a comparison the filters alone do not make: never a breakdown of another count)
    return ("Counted every entry whatever its status: " + ", ".join(f"{n:,} {_STATUS_SAID.get(status, status)}"
                                                                    for status, n in found) +
            "; ask for finishers or starters to count those only")
