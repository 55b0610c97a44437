"""From a parsed question to SQL over the archive's contract tables, built as sqlglot expressions.

Pure and deterministic: no string splicing (every value is a sqlglot literal), only the joins a question
needs, and no company filter — the guard adds that to every table on the way to the database. The
conventions (a finisher is FIN, a finish time is the chip time, an event name without a year means every
edition) are the glossary's; ``explain`` says in one sentence which of them a query used.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlglot import exp

from nlq import rx
from nlq.entities import MARATHON_KM, DateRange, Distance, TimeLimit, age_band_names, season_months
from nlq.constructs import CLOCK_DIMENSIONS, MILE_KM, clock_of_day
from nlq.constructs_sql import audit_query, constructs_query, runner_ids
from nlq.explain import explain, filter_words
from nlq.parser import (COUNTED_STATUSES, RUNNER_GROUPS, Parsed, compared_label, each_event_edition, events_listed_once,
                        minutes_asked, runners_per_group)
from nlq.rivals import OVER_EDITIONS, REFERENCES
from nlq.runner_pairs import pair_query, races_all_finished
from project88.errors import P88Error

DEFAULT_TOP = 10
DIALECT = "duckdb"
TABLES = {"r": "results", "ra": "races", "e": "events", "p": "participants", "r8": "results", "p8": "participants"}
JOINS = {  # how each table joins onto results (r8, p8: a named runner's result in the same race, nlq.rivals)
    "ra": ("race_id", "r"), "e": ("event_id", "r"), "p": ("participant_id", "r"), "r8": ("race_id", "r"),
    "p8": ("participant_id", "r8"),
}


class Unanswerable(P88Error):
    """The parser understood too little to build a query; the message says what was missing."""


@dataclass(frozen=True)
class Plan:
    sql: str
    explanation: str
    chart: tuple[str, str] | None      # (x column, y column) when the answer is a numeric series


def col(name: str, table: str) -> exp.Column:
    return exp.column(name, table=table)


def table(name: str, alias: str) -> exp.Table:
    """``name AS alias``, built as nodes: ``exp.to_table`` parses its text, which took a fifth of building a query."""
    return exp.Table(this=exp.to_identifier(name), alias=exp.TableAlias(this=exp.to_identifier(alias)))


def lit(value: object) -> exp.Expression:
    if isinstance(value, str):
        return exp.Literal.string(value)
    if isinstance(value, date):
        return exp.cast(exp.Literal.string(value.isoformat()), "DATE")
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 7200.0 and 7200 are one number: one spelling, so one question is one SQL
    return exp.Literal.number(value)


def _finish() -> exp.Expression:
    return col("status", "r").eq(lit("FIN"))


def status_condition(status: str, alias: str = "r") -> exp.Expression:
    """A status filter (on the results table ``alias``); "STARTED" (starters) is every result but DNS, "UNFINISHED"
    every result but a finish, "DNF_OR_DQ" a start with no finish."""
    if status == "DNF_OR_DQ":
        return col("status", alias).isin(lit("DNF"), lit("DQ"))
    if status in ("STARTED", "UNFINISHED"):
        return col("status", alias).neq(lit("DNS" if status == "STARTED" else "FIN"))
    return col("status", alias).eq(lit(status))


def ranked_first(select: exp.Select, measure: exp.Expression, descending: bool, limit: int,
                 partition: list[exp.Expression] | None = None, *, both_ends: tuple[str, ...] = ()) -> exp.Select:
    """``select`` cut to its first ``limit`` values of ``measure`` and every value tied with the last one
    (a tie for "the most" is never cut at random) — within each group of ``partition`` when given; ``both_ends``
    (the words said of the first end and the last, "biggest", "smallest"): its last ``limit`` values too, each row
    labelled by its end in a column ``end``."""
    def rank(desc: bool) -> exp.Window:
        return exp.Window(this=exp.func("rank"), partition_by=[p.copy() for p in partition or []] or None,
                          order=exp.Order(expressions=[exp.Ordered(this=measure.copy(), desc=desc)]))
    kept = rank(descending) <= lit(limit)
    if not both_ends:
        return select.qualify(kept)
    label = exp.alias_(exp.Case(ifs=[exp.If(this=kept.copy(), true=lit(both_ends[0]))], default=lit(both_ends[1])), "end")
    # (the label last: the select's groups and order are said by position)
    return select.select(label).qualify(exp.or_(kept, rank(not descending) <= lit(limit)))


def _edition_ends(edition: str) -> tuple[str, ...]:
    """The aggregates of the edition's day an ``edition`` reading keeps: "first" the earliest, "last" the latest,
    "first_and_last" both."""
    return ("min", "max") if edition == "first_and_last" else ("min" if edition == "first" else "max",)


def _on_any(edges: list[exp.Expression]) -> exp.Expression:
    """One condition of several days kept (any of them), or the one."""
    return exp.paren(exp.or_(*edges)) if len(edges) > 1 else edges[0]


def _filtered(agg: str, expression: exp.Expression | None, condition: exp.Expression | None,
              alias: str) -> exp.Expression:
    func = exp.Count(this=exp.Star()) if agg == "count" else exp.func(agg, expression)
    if condition is not None:
        func = exp.Filter(this=func, expression=exp.Where(this=condition))
    return exp.alias_(func, alias)


class _Query:
    """A SELECT over results (or events/races) that adds joins as columns and filters ask for them."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.tables: list[str] = [base]
        self.where: list[exp.Expression] = []
        self.compared: exp.Expression | None = None   # the label of each group compared (see _compare_groups)
        self.age_band: exp.Expression | None = None   # each result's age bracket asked ("under 30, 30-39, …"; see band_case)

    def need(self, *aliases: str) -> None:
        for alias in aliases:
            if alias not in self.tables:
                self.tables.append(alias)

    def equals(self, alias: str, column: str, value: object) -> None:
        """Filter ``alias.column = value``, joining ``alias`` if needed."""
        self.need(alias)
        self.where.append(col(column, alias).eq(lit(value)))

    def build(self, columns: list[exp.Expression]) -> exp.Select:
        # (built in place, copy=False: each builder call had copied the whole query so far; and_ copies the filters,
        # which may build several queries)
        query = exp.select(*columns).from_(table(TABLES[self.base], self.base), copy=False)
        for alias in self.tables[1:]:
            query = query.join(table(TABLES[alias], alias), on=self._join_condition(alias), copy=False)
        if self.where:
            query = query.where(exp.and_(*self.where), copy=False)
        return query

    def _join_condition(self, alias: str) -> exp.Expression:
        if self.base == "r":
            key, other = JOINS[alias]
            return col(key, alias).eq(col(key, other))
        if self.base == "e" and alias == "ra":
            return col("event_id", "ra").eq(col("event_id", "e"))
        if self.base == "ra" and alias == "e":
            return col("event_id", "e").eq(col("event_id", "ra"))
        raise Unanswerable(f"cannot join {TABLES[alias]} onto {TABLES[self.base]}")


def date_conditions(dates: DateRange, alias: str = "e") -> list[exp.Expression]:
    """Events dated within ``dates`` (start inclusive, end exclusive), on the events table ``alias``."""
    return [col("event_date", alias) >= lit(dates.start), col("event_date", alias) < lit(dates.end)]


DISTANCE_TOLERANCE_KM = 0.01   # a race is "the 5K" when its distance is within this of 5 km


def _distance_condition(parsed: Parsed) -> exp.Expression | None:
    """The races asked. Of several events each taken at the race said with it ("the Tacoma half or the Bend Turkey
    Trot 5K") or at the race its name says ("the Atlanta Spring Marathon and the Greenville Half Marathon"), each event
    with its own race (one with none, every race)."""
    if parsed.cohort and parsed.cohort.kind == "only":
        return None   # every race is looked at: the runners of the one said who ran no other (nlq.constructs_sql)
    if (own := parsed.race_of_each_event()) is not None:
        return exp.paren(exp.or_(*[exp.and_(col("name", "e").eq(lit(name)), *(
            [distance_condition((own[name],))] if name in own else [])) for name in parsed.events]))
    return distance_condition(parsed.distances)


def distance_condition(distances: tuple[Distance, ...], alias: str = "ra") -> exp.Expression | None:
    """Races of any of ``distances`` (on the races table ``alias``), within the tolerance race lengths are
    measured to; None for no distance."""
    km = col("distance_km", alias)
    conditions = []
    for distance in distances:
        if distance.km is None:
            conditions.append(km > lit(MARATHON_KM + DISTANCE_TOLERANCE_KM))
        else:
            conditions.append(km.between(lit(round(distance.km - DISTANCE_TOLERANCE_KM, 4)),
                                         lit(round(distance.km + DISTANCE_TOLERANCE_KM, 4))))
    # (in brackets when several: "NOT (a OR b)", never "NOT a OR b", which dropped every filter after it)
    return exp.paren(exp.or_(*conditions)) if len(conditions) > 1 else conditions[0] if conditions else None


def runners_condition(parsed: Parsed, alias: str = "p") -> exp.Expression:
    """Results of the runner the question names, or of any of the several it names (on participants ``alias``)."""
    return exp.or_(*[exp.and_(col("first_name", alias).eq(lit(person.first_name)),
                              col("last_name", alias).eq(lit(person.last_name)))
                     for person in (parsed.person, *parsed.more_people)])


# the results' own place column of each scope: overall, within the runner's sex, within her age group
PLACE_COLUMNS = {"overall": "overall_place", "sex": "gender_place", "age_group": "age_group_place"}


def _around_runner(query: _Query, parsed: Parsed) -> None:
    """The runners placed against the named one (``r8``, ``p8``: her result, joined on her race) in her own race
    (``nlq.rivals``): ahead of or behind her by time (chip, or gun when asked; a tie is neither), the next place
    either side, or the winner of the places compared (her place need not be a finish: a DNF's age group was won).
    Each namesake in the race is a reference of their own, so every gap is to the right one."""
    rival, clock = parsed.rival, clock_column(parsed)
    hers = _on(clock, "r8")
    her_field(query, parsed)
    place = PLACE_COLUMNS[rival.scope]
    theirs, her_place = col(place, "r"), col(place, "r8")
    query.where.append({"ahead": lambda: clock <= hers if rival.with_her else clock < hers,
                        "behind": lambda: clock >= hers if rival.with_her else clock > hers,
                        "next_ahead": lambda: theirs.eq(exp.Sub(this=her_place, expression=lit(1))),
                        "next_behind": lambda: theirs.eq(exp.Add(this=her_place, expression=lit(1))),
                        "next_either": lambda: exp.or_(theirs.eq(exp.Sub(this=her_place, expression=lit(1))),
                                                       theirs.eq(exp.Add(this=her_place, expression=lit(1)))),
                        "winner": lambda: theirs.eq(lit(1))}[rival.side]())
    if rival.within_s:   # "by less than a minute"
        query.where.append(_apart(parsed) <= lit(rival.within_s))


def her_field(query: _Query, parsed: Parsed) -> None:
    """The results of the named runner's own race (``r8``, ``p8``: her result) within the places compared — her sex or
    age group when said: the field she is placed against ("what percentage of the women finished ahead of her" is of
    these)."""
    rival = parsed.rival
    query.need("p", "r8", "p8")
    query.where.append(runners_condition(parsed, "p8"))
    if rival.city:
        query.where.append(col("city", "p8").eq(lit(rival.city)))
    if rival.side != "winner":
        query.where.append(status_condition("FIN", "r8"))
    if rival.scope == "sex":
        query.where.append(col("sex", "p8").eq(col("sex", "p")))
    if rival.scope == "age_group":
        query.where.append(col("age_group", "r8").eq(col("age_group", "r")))


def _from_reference(parsed: Parsed) -> list[exp.Expression]:
    """Beside each of her finishes: the reference of her race (the winning time, the finishers' average or median; of
    her sex or age group when asked), her time minus it in seconds, positive when slower, and its size."""
    rival, clock = parsed.rival, clock_column(parsed)
    if rival.side in OVER_EDITIONS:
        return _from_editions(parsed, _on(clock, "r7"))
    if rival.side == "to_place":
        # (the time of that place in her race, her sex or her age group: the results' own places)
        field = _in_same(_field_of("min", clock, "r7"), rival.scope, "r7").where(
            col(PLACE_COLUMNS[rival.scope], "r7").eq(lit(rival.place)))
        apart = exp.Sub(this=clock.copy(), expression=exp.Subquery(this=field))
        return [exp.alias_(exp.Subquery(this=field.copy()), f"place_{rival.place}_time_s"),
                exp.alias_(apart, f"seconds_vs_place_{rival.place}"), exp.alias_(exp.Abs(this=apart.copy()), "seconds_apart")]
    aggregate = {"to_winner": "min", "to_average": "avg", "to_median": "median"}[rival.side]
    field = _in_same(_field_of(aggregate, clock, "r7"), rival.scope, "r7")
    name = {"to_winner": "winner", "to_average": "average", "to_median": "median"}[rival.side]
    apart = exp.Sub(this=clock.copy(), expression=exp.Subquery(this=field))
    # (the reference itself beside how far she was from it: "what was her time, and the average for her age group")
    shown = [exp.alias_(exp.Subquery(this=field.copy()), f"{name}_time_s"),
             exp.alias_(apart, f"seconds_behind_{name}" if name == "winner" else f"seconds_vs_{name}"),
             exp.alias_(exp.Abs(this=apart.copy()), "seconds_apart")]
    if rival.side != "to_winner":
        return shown
    # ("who won, and how far behind was she"): the winner of her race (or sex, or age group) named beside
    winner = exp.select(exp.func("arg_min", exp.DPipe(this=exp.DPipe(this=col("first_name", "p6"), expression=lit(" ")),
                                                      expression=col("last_name", "p6")), _on(clock, "r6"))).from_(
        table("results", "r6")).join(
        table("participants", "p6"), on=col("participant_id", "p6").eq(col("participant_id", "r6"))
    ).where(col("race_id", "r6").eq(col("race_id", "r")), status_condition("FIN", "r6"))
    if rival.scope == "sex":
        winner = winner.where(col("sex", "p6").eq(col("sex", "p")))
    elif rival.scope == "age_group":
        winner = winner.where(col("age_group", "r6").eq(col("age_group", "r")))
    return [exp.alias_(exp.Subquery(this=winner), "winner"), *shown]


def _from_editions(parsed: Parsed, theirs: exp.Column) -> list[exp.Expression]:
    """Beside each of her finishes: her time minus a reference over the event's editions at her distance, in seconds
    (negative: faster; NULL when there is none), and its size — her own best or latest earlier finish, the course
    record of her sex, or that record before her edition."""
    side = parsed.rival.side
    own, before = side in ("to_previous_best", "to_previous", "to_first", "to_best", "to_distance_best"), side not in (
        "to_record", "to_best", "to_distance_best")
    earlier = exp.select(exp.func("arg_max", theirs, col("event_date", "e7")) if side == "to_previous" else
                         exp.func("arg_min", theirs, col("event_date", "e7")) if side == "to_first" else
                         exp.func("min", theirs)).from_(
        table("results", "r7")).join(
        table("events", "e7"), on=col("event_id", "e7").eq(col("event_id", "r7"))).join(
        table("races", "ra7"), on=col("race_id", "ra7").eq(col("race_id", "r7"))).where(
        status_condition("FIN", "r7"), *([] if side == "to_distance_best" else [col("name", "e7").eq(col("name", "e"))]),
        exp.Abs(this=exp.Sub(this=col("distance_km", "ra7"), expression=col("distance_km", "ra"))) <= lit(DISTANCE_TOLERANCE_KM))
    if own:
        earlier = earlier.where(col("participant_id", "r7").eq(col("participant_id", "r")))
    else:   # (everyone of her sex)
        earlier = _in_same(earlier, "sex", "r7")
    if before:
        earlier = earlier.where(col("event_date", "e7") < col("event_date", "e"))
    apart = exp.Sub(this=clock_column(parsed), expression=exp.Subquery(this=earlier))
    name = {"to_previous_best": "previous_best", "to_previous": "previous_finish", "to_first": "first_finish",
            "to_record": "course_record",
            "to_old_record": "old_record", "to_best": "best", "to_distance_best": "best"}[side]
    # (her best shown beside the seconds from it: "what's her best there, and how far off it was her 2025 run")
    best = [exp.alias_(exp.Subquery(this=earlier.copy()), "personal_best_s")] if side in ("to_best", "to_distance_best") else []
    return [*best, exp.alias_(apart, f"seconds_vs_{name}"), exp.alias_(exp.Abs(this=apart.copy()), "seconds_apart")]


def _records(parsed: Parsed) -> exp.Select:
    """The results that are a course record (``nlq.records``): a finish (chip, or gun when asked) as fast as the
    fastest of its race of its event, of its sex or age group — over every edition (standing now), or over the
    editions up to its own day (set then, broken since or not); ties share a record. Ranked over every result, so the
    question's runner, dates and places filter the records, never the field."""
    clock = _on(clock_column(parsed), "r6")
    key = col("age_group", "r6") if parsed.records.of == "age_group" else col("sex", "p6")
    # (the fastest so far: every finish of the race up to and including its own day, in date order)
    so_far = exp.Order(expressions=[exp.Ordered(this=col("event_date", "e6"))]) if parsed.records.set_then else None
    fastest = exp.Window(this=exp.func("min", clock.copy()), partition_by=[col("name", "e6"), col("name", "ra6"), key],
                         order=so_far, spec=exp.WindowSpec(kind="RANGE", start="UNBOUNDED", start_side="PRECEDING",
                                                           end="CURRENT ROW") if so_far else None)
    # (a record broken beats one set at an earlier edition: never its race's first, of its sex or group)
    first_day = exp.Window(this=exp.func("min", col("event_date", "e6")), partition_by=[col("name", "e6"), col("name", "ra6"),
                                                                                        key.copy()])
    when = [exp.alias_(col("event_date", "e6"), "run_on"), exp.alias_(first_day, "first_day")] if parsed.records.broken else []
    every = exp.select(col("result_id", "r6"), exp.alias_(clock, "finish_s"), exp.alias_(fastest, "fastest_s"), *when).from_(
        table("results", "r6")).join(
        table("races", "ra6"), on=col("race_id", "ra6").eq(col("race_id", "r6"))).join(
        table("events", "e6"), on=col("event_id", "e6").eq(col("event_id", "r6"))).join(
        table("participants", "p6"), on=col("participant_id", "p6").eq(
            col("participant_id", "r6"))).where(status_condition("FIN", "r6"))
    kept = exp.column("finish_s").eq(exp.column("fastest_s"))
    if parsed.records.broken:
        kept = exp.and_(kept, exp.column("run_on") > exp.column("first_day"))
    return exp.select("result_id").from_(every.subquery("finishes")).where(kept)


def _top_percent(query: _Query, parsed: Parsed) -> None:
    """Results placed within the first ``top_percent`` of their race's finishers — of their age group or sex when said
    (``top_places_within``): a place at most N% of the group's finishers (the 10th of 100 is in the top 10%)."""
    within = parsed.top_places_within
    if within == "sex":
        query.need("p")
    field = _in_same(_field_of("count", col("result_id", "r"), "r5"), within, "r5")
    query.where.append(col(PLACE_COLUMNS[within or "overall"], "r") <= exp.Mul(this=lit(parsed.top_percent / 100),
                                                                             expression=exp.Subquery(this=field)))


def _in_same(field: exp.Select, scope: str | None, alias: str) -> exp.Select:
    """``field``, a subquery over results ``alias`` (``r7``; its runners joined as ``p7``), kept to the result ``r``'s
    own sex or age group (``scope``); unchanged for any other scope."""
    if scope == "sex":
        people = "p" + alias[1:]
        return field.join(table("participants", people),
                          on=col("participant_id", people).eq(col("participant_id", alias))).where(col("sex", people).eq(col("sex", "p")))
    if scope == "age_group":
        return field.where(col("age_group", alias).eq(col("age_group", "r")))
    return field


def _on(column: exp.Column, alias: str) -> exp.Column:
    """``column`` of another reference to its table (``alias``): the named runner's time on ``r8``, a field's on ``r2``."""
    other = column.copy()
    other.set("table", exp.to_identifier(alias))
    return other


def _field_of(aggregate: str, value: exp.Column, alias: str, key: str = "race_id", status: str | None = "FIN") -> exp.Select:
    """``aggregate`` of ``value`` over the results (``alias``) sharing the result ``r``'s race (or ``key``), of
    ``status``: the winning time of her race is ("min", chip time)."""
    field = exp.select(exp.func(aggregate, _on(value, alias))).from_(table("results", alias)) \
        .where(col(key, alias).eq(col(key, "r")))
    return field.where(status_condition(status, alias)) if status else field


def _apart(parsed: Parsed) -> exp.Expression:
    """Seconds between a runner's time and the named runner's (always positive)."""
    clock = clock_column(parsed)
    return exp.Abs(this=exp.Sub(this=clock, expression=_on(clock, "r8")))


def filters_of(parsed: Parsed, today: date) -> _Query:
    """The conditions (and the tables they join) of ``parsed``'s filters alone, over results."""
    query = _Query("r")
    _apply_filters(query, parsed, today)
    return query


def latest_editions(parsed: Parsed, alias: str = "e") -> exp.Expression:
    """Editions (on the events table ``alias``) among each named event's own latest ``parsed.last_editions``: of two
    events, the last two of each, not the last two days of both together."""
    def latest(name: str) -> exp.Select:
        return exp.select(col("event_date", "e9")).distinct().from_(table("events", "e9")).where(
            col("name", "e9").eq(lit(name))).order_by(exp.Ordered(this=col("event_date", "e9"), desc=True)).limit(
            lit(parsed.last_editions))
    return exp.paren(exp.or_(*[exp.and_(col("name", alias).eq(lit(name)), col("event_date", alias).isin(query=latest(name)))
                               for name in parsed.events]))


def _apply_filters(query: _Query, parsed: Parsed, today: date) -> None:
    """Every entity the question named becomes one condition, joining the table it lives in."""
    runner_level = query.base == "r"
    if parsed.events:
        query.need("e")
        query.where.append(col("name", "e").isin(*[lit(name) for name in parsed.events]))
    if (distance := _distance_condition(parsed)) is not None:
        query.need("ra", "e")
        query.where.append(distance)
    if parsed.years_excluded:
        query.need("e")
        query.where.append(exp.Not(this=exp.func("year", col("event_date", "e")).isin(*[lit(y) for y in parsed.years_excluded])))
    if parsed.races_excluded:
        query.need("ra", "e")
        query.where.append(exp.Not(this=distance_condition(parsed.races_excluded)))
    if parsed.not_held and (parsed.dates or len(parsed.years) > 1):
        # events with no edition in the dates (or the years said: "in 2025 or this year"): none of the names held then
        query.need("e")
        held = exp.select(col("name", "e2")).from_(table("events", "e2")).where(
            *date_conditions(parsed.dates, "e2") if parsed.dates else
            [exp.func("year", col("event_date", "e2")).isin(*[lit(y) for y in parsed.years])])
        query.where.append(exp.Not(this=col("name", "e").isin(query=held)))
    elif parsed.dates:
        query.need("e")
        query.where.extend(date_conditions(parsed.dates))
    if parsed.first_held and parsed.dates:
        # events new in the dates: held then, and no edition of the name before ("new events last year")
        before = exp.select(col("name", "e2")).from_(table("events", "e2")).where(
            col("event_date", "e2") < exp.cast(lit(parsed.dates.start.isoformat()), "date"))
        query.where.append(exp.Not(this=col("name", "e").isin(query=before)))
    if parsed.last_name and runner_level:   # a family: "how many Smiths"
        query.equals("p", "last_name", parsed.last_name)
    if parsed.records and runner_level:
        query.where.append(col("result_id", "r").isin(query=_records(parsed)))
    if parsed.among and runner_level:   # "of the runners who finished all three in 2022, …": their results only
        query.where.append(col("participant_id", "r").isin(query=runner_ids(parsed.among, today)))
    if parsed.bib and runner_level:   # bibs are text in the archive ("0110" is not "110")
        query.where.append(col("bib", "r").eq(lit(parsed.bib)))
    if parsed.years and len(parsed.years) > 1 and parsed.dates is None and not parsed.not_held:
        query.need("e")
        query.where.append(exp.func("year", col("event_date", "e")).isin(*[lit(y) for y in parsed.years]))
    if parsed.month:
        query.need("e")
        query.where.append(exp.func("month", col("event_date", "e")).eq(lit(parsed.month)))
    if parsed.seasons:
        query.need("e")
        months = sorted(month for season in parsed.seasons for month in season_months(season))
        query.where.append(exp.func("month", col("event_date", "e")).isin(*[lit(month) for month in months]))
    if parsed.edition and parsed.person and (not parsed.events or parsed.edition_own) and runner_level:
        # "Juan Dunn's first ever race with us", "when did she last race with us": that runner's first or latest day;
        # "the first time I ran the Pittsburgh 10K, and the most recent time": hers there (both)
        ends = _edition_ends(parsed.edition)
        edges = []
        for end in ends:
            own = exp.select(exp.func(end, col("event_date", "e9"))).from_(table("results", "r9")).join(
                table("events", "e9"), on=col("event_id", "e9").eq(col("event_id", "r9"))).where(
                col("participant_id", "r9").eq(col("participant_id", "r")),
                *([status_condition(parsed.status, "r9")] if parsed.status else
                  # (her own first time there is one she ran: a no-show is none)
                  [status_condition("STARTED", "r9")] if parsed.edition_own else []),
                *([col("name", "e9").isin(*[lit(name) for name in parsed.events])] if parsed.events else []))
            if parsed.edition_own and (raced := distance_condition(parsed.distances, "ra9")) is not None:
                # ("Christine Johnson's first half marathon time": her first half, never her first race if a 5K)
                own = own.join(table("races", "ra9"), on=col("race_id", "ra9").eq(col("race_id", "r9"))).where(raced)
            edges.append(col("event_date", "e").eq(exp.Subquery(this=own)))
        query.need("e")
        query.where.append(_on_any(edges))
    if parsed.last_editions and parsed.events:   # "the last three editions of X": its latest N event days
        query.need("e")
        query.where.append(latest_editions(parsed))
    if parsed.edition and parsed.events and not parsed.edition_own and runner_level:   # "the inaugural Fort Collins 10K"
        # ("at its first edition and at its most recent one": both)
        ends = _edition_ends(parsed.edition)
        edges = []
        for end in ends:
            edge = exp.select(exp.func(end, col("event_date", "e9"))).from_(
                table("events", "e9")).where(
                col("name", "e9").isin(*[lit(name) for name in parsed.events]))
            if (held := distance_condition(parsed.distances, "ra9")) is not None:
                # (the last edition that held the race asked: "the 1 mile, the last time we held it")
                edge = edge.join(table("races", "ra9"),
                                 on=col("event_id", "ra9").eq(col("event_id", "e9"))).where(held)
            edges.append(col("event_date", "e").eq(exp.Subquery(this=edge)))
        query.need("e")
        query.where.append(_on_any(edges))
    if parsed.edition in ("first", "last") and not (parsed.events or parsed.person or parsed.group_by or parsed.cohort) and \
            runner_level:
        # "our most recent event", "the last race we timed": the company's latest (or first) event day, whatever event
        edge = exp.select(exp.func("min" if parsed.edition == "first" else "max", col("event_date", "e9"))).from_(
            table("events", "e9"))
        if parsed.event_city:   # ("our most recent event in Tucson")
            edge = edge.where(col("city", "e9").eq(lit(parsed.event_city)))
        query.need("e")
        query.where.append(col("event_date", "e").eq(exp.Subquery(this=edge)))
    if each_event_edition(parsed) and runner_level:   # "the latest edition of each of our events": each event's own
        own = exp.select(exp.func("min" if parsed.edition == "first" else "max", col("event_date", "e9"))).from_(
            table("events", "e9")).where(col("name", "e9").eq(col("name", "e")))
        query.need("e")
        query.where.append(col("event_date", "e").eq(exp.Subquery(this=own)))
    if parsed.active_only:
        query.need("e")
        query.where.append(col("event_date", "e") >= lit(today - timedelta(days=365)))
    if parsed.event_city:
        query.equals("e", "city", parsed.event_city)
    if parsed.event_state and parsed.event_state_negated:   # "events outside of Illinois"
        query.need("e")
        query.where.append(col("state", "e").neq(lit(parsed.event_state)))
    elif parsed.event_state:
        query.equals("e", "state", parsed.event_state)
    if not runner_level:
        return
    if parsed.sex and parsed.sex_negated:   # ("not women": men, non-binary runners and any sex not recorded)
        query.need("p")
        query.where.append(exp.func("coalesce", col("sex", "p"), lit("")).neq(lit(parsed.sex)))
    elif parsed.sex:
        query.equals("p", "sex", parsed.sex)
    if parsed.men_and_women:
        query.need("p")
        query.where.append(col("sex", "p").isin(lit("M"), lit("F")))
    if parsed.age:
        query.where.append(col("age", "r").between(lit(parsed.age.low), lit(parsed.age.high)))
    if parsed.born:   # "born in the 1980s": the birth year on the runner's record
        query.need("p")
        query.where.append(exp.func("year", col("birth_date", "p")).between(lit(parsed.born.first), lit(parsed.born.last)))
    if parsed.age_group:   # (several named: any of them)
        query.where.append(col("age_group", "r").isin(*map(lit, (parsed.age_group, *parsed.more_age_groups))))
    if parsed.person and parsed.rival and parsed.rival.side not in REFERENCES:   # "who beat her": those around her
        _around_runner(query, parsed)
    elif parsed.person:   # (several runners named: any of them)
        query.need("p")
        query.where.append(runners_condition(parsed))
        if parsed.shared_races and parsed.more_people:   # ("in the races we both finished"): those every one finished
            finishes = exp.select().from_(table("results", "r2")).join(
                table("participants", "p2"), on=col("participant_id", "p2").eq(col("participant_id", "r2"))).where(
                status_condition("FIN", "r2"), runners_condition(parsed, "p2"))
            shared = races_all_finished(finishes, col("race_id", "r2"), col("first_name", "p2"), col("last_name", "p2"),
                                        1 + len(parsed.more_people))
            query.where.append(col("race_id", "r").isin(query=shared))
    if parsed.runner_city and parsed.runner_city_negated:   # "not from Ithaca": anywhere else (a home city unknown too)
        query.need("p")
        city = exp.func("coalesce", col("city", "p"), lit(""))   # ("not from Austin or San Antonio": neither)
        home = city.isin(*[lit(said) for said in (parsed.runner_city, *parsed.more_cities)]) if parsed.more_cities else \
            city.eq(lit(parsed.runner_city))
        if parsed.runner_state:   # "not from Portland, Oregon": not that city of that state (Portland, Maine is not it)
            home = exp.and_(home, exp.func("coalesce", col("state", "p"), lit("")).eq(lit(parsed.runner_state)))
        query.where.append(exp.Not(this=exp.paren(home)))
    elif parsed.runner_city and parsed.more_cities:   # "live in Dallas or Fort Worth": any of them
        query.need("p")
        query.where.append(col("city", "p").isin(*[lit(city) for city in (parsed.runner_city, *parsed.more_cities)]))
    elif parsed.runner_city:
        query.equals("p", "city", parsed.runner_city)
    if parsed.runner_state and not parsed.runner_city_negated:
        query.need("p")
        state = col("state", "p")
        if parsed.more_states:   # "from FL or GA", "from neither Ohio nor Kentucky"
            said = state.isin(*[lit(code) for code in (parsed.runner_state, *parsed.more_states)])
            query.where.append(exp.Not(this=said) if parsed.runner_state_negated else said)
        else:
            query.where.append(state.neq(lit(parsed.runner_state)) if parsed.runner_state_negated
                               else state.eq(lit(parsed.runner_state)))
    if parsed.out_of_state:
        query.need("p", "e")
        query.where.append(col("state", "p").neq(col("state", "e")))
    if parsed.local:   # "locals": home in the town their event was held in (Springfield, MA is not Springfield, IL)
        query.need("p", "e")
        query.where.extend([col("city", "p").eq(col("city", "e")), col("state", "p").eq(col("state", "e"))])
    if parsed.pace_limit:
        limit = parsed.pace_limit
        query.need("ra")
        pace = exp.Div(this=clock_column(parsed), expression=col("distance_km", "ra"))
        query.where.append(col("distance_km", "ra") > lit(0))
        per_km = lit(round(limit.seconds, 4))
        query.where.append(_within(pace, limit) if limit.op == "between" else
                           pace < per_km if limit.op == "<" else pace > per_km)
    if parsed.clock_window:   # "crossed between 8:55 and 9:05 am": the clock at the line is the start plus the gun time
        at_line = exp.cast(_at_line(query), "TIME")
        start, end = (exp.cast(lit(f"{clock_of_day(s)}:00"), "TIME") for s in parsed.clock_window)
        query.where.append(exp.and_(at_line >= start, at_line < end) if parsed.clock_window[1] < 86_400 else at_line >= start)
    if parsed.gap_limit:   # "gun time more than a minute slower than chip time"
        gap = exp.Sub(this=col("gun_time_s", "r"), expression=col("chip_time_s", "r"))
        limit = parsed.gap_limit
        query.where.append(_COMPARISONS[limit.op](this=exp.paren(gap), expression=lit(limit.seconds)))
    if parsed.winner_gap:   # "within 30 minutes of the winning time": of each finisher's own race
        _behind_winner(query, parsed)
    if parsed.time_limit:
        chip = clock_column(parsed)
        limit = parsed.time_limit
        query.where.append(_within(chip, limit) if limit.op == "between"
                           else chip < lit(limit.seconds) if limit.op == "<" else chip > lit(limit.seconds))
    if parsed.top_places:   # the first N places of each race (overall, or within the runner's sex)
        query.where.append(col(PLACE_COLUMNS[parsed.top_places_within or "overall"], "r") <= lit(parsed.top_places))
    if parsed.top_percent:   # "the top 10% of the F40-44 group": places within the first N% of its finishers
        _top_percent(query, parsed)
    if parsed.back_percent:   # "the slowest 10% of finishers": places in the last N% of their race's finishers
        field = _field_of("count", col("result_id", "r"), "r5")
        query.where.append(col(PLACE_COLUMNS["overall"], "r") > exp.Mul(this=lit(1 - parsed.back_percent / 100),
                                                                       expression=exp.Subquery(this=field)))
    status = parsed.status or ("FIN" if _needs_finish(parsed) else None)
    if status:
        query.where.append(status_condition(status))
    if parsed.statuses:   # "how many DQ'd, DNF'd and finished": those statuses, a row each
        query.where.append(col("status", "r").isin(*map(lit, parsed.statuses)))
    if parsed.compared:
        _compare_groups(query, parsed, today)
    if parsed.winners_by == "sex":  # "men's and women's winners": those two, not every sex category
        query.need("p")
        query.where.append(col("sex", "p").isin(lit("M"), lit("F")))
    if parsed.field_limit:
        _against_field(query, parsed)
    if parsed.winners and not _winners_among(parsed):
        # ("the youngest woman to win a race": an overall win, by a woman)
        place = ("overall_place" if parsed.place_overall else
                 "age_group_place" if parsed.age_group or parsed.winners_by == "age_group" else
                 "gender_place" if parsed.sex or parsed.winners_by == "sex" else "overall_place")
        # "top 3 in each age group": the first places of every group, not its winner alone
        depth = parsed.limit if parsed.winners_by and parsed.limit and parsed.limit > 1 else 1
        if parsed.gun_placed and depth == 1 and place in ("overall_place", "gender_place"):
            # "who won the 5K on gun time": the fastest gun time of the race (of her sex), not the place given on chip time
            fastest = _field_of("min", col("gun_time_s", "r"), "r2")
            if place == "gender_place":   # (of the runner's own sex)
                query.need("p")
                fastest = fastest.join(table("participants", "p2"), on=col("participant_id", "p2").eq(col("participant_id", "r2"))).where(
                    col("sex", "p2").eq(col("sex", "p")))
            query.where.extend([status_condition("FIN", "r"), col("gun_time_s", "r").eq(exp.Subquery(this=fastest))])
        else:
            query.where.append(col(place, "r").eq(lit(1)) if depth == 1 else col(place, "r") <= lit(depth))


_COMPARISONS = {"<": exp.LT, "<=": exp.LTE, ">": exp.GT, ">=": exp.GTE}


def _behind_winner(query: _Query, parsed: Parsed) -> None:
    """Finishers within (or further than) a time or a percentage of their race's winning time (its fastest
    finisher's chip time, or gun time when asked)."""
    gap, clock = parsed.winner_gap, clock_column(parsed)
    winning = exp.Subquery(this=_field_of("min", clock, "r2"))
    edge = exp.Mul(this=winning, expression=lit(1 + gap.percent / 100)) if gap.percent else \
        exp.Add(this=winning, expression=lit(gap.seconds))
    query.where.append(_COMPARISONS[gap.op](this=clock.copy(), expression=edge))


def _against_field(query: _Query, parsed: Parsed) -> None:
    """Each runner against their own field's average or median: a time against their race's finishers (a 5K's and a
    10K's times never mix), an age against everyone of their edition (of the question's status when it has one).
    The field is everyone there, whoever the question counts: "how many women beat the average time" is against
    the race's average, not the women's."""
    limit = parsed.field_limit
    timed = limit.measure == "time"
    value = clock_column(parsed) if timed else col("age", "r")
    field = _field_of(limit.aggregate, value, "r2", key="race_id" if timed else "event_id",
                      status="FIN" if timed else parsed.status)
    query.where.append(_COMPARISONS[limit.op](this=value.copy(), expression=exp.Subquery(this=field)))


def _within(value: exp.Expression, limit: TimeLimit) -> exp.Expression:
    """A between limit: both edges in, or the upper one open ("up to 2:29:59" is under 2:30:00)."""
    low, high = lit(round(limit.seconds, 4)), lit(round(limit.upper, 4))
    return exp.and_(value >= low, value < high) if limit.upper_open else value.between(low, high)


def _filtered_by_runner(parsed: Parsed) -> bool:
    """Whether runners are chosen by something with no place column of its own (an age range, where they live):
    a place among them is the Nth fastest of them, not a place the results hold. A runner's own city or state
    ("Amanda Vargas from Chicago") says who she is, not whom she is placed among."""
    return bool(parsed.age or (parsed.runner_city or parsed.runner_state) and not parsed.person or parsed.out_of_state)


def _age_decade() -> exp.Expression:
    """A result's decade of age on race day: 20 is 20-29."""
    return exp.Mul(this=exp.IntDiv(this=col("age", "r"), expression=lit(10)), expression=lit(10))


# the groups a top list of runners is taken within ("the fastest woman each year"), beside each race of each event
_GROUP_KEYS = {"year": lambda: exp.func("year", col("event_date", "e")), "race": lambda: col("name", "ra"),
               "sex": lambda: col("sex", "p"), "age_group": lambda: col("age_group", "r"), "event": lambda: col("name", "e"),
               "age_decade": _age_decade}
assert set(_GROUP_KEYS) == RUNNER_GROUPS


def _winners_among(parsed: Parsed) -> bool:
    """Whether each sex's winners are asked of runners with no places of their own ("the masters winners, men and
    women", "the first man and woman from Ohio"): the fastest of them, not the sex's winner filtered (an empty
    answer when the winner was younger)."""
    return parsed.winners_by == "sex" and _filtered_by_runner(parsed)


def _compare_groups(query: _Query, parsed: Parsed, today: date) -> None:
    """ "Albany runners vs Buffalo runners", "aged 30 to 39 versus 40 to 49": each group's own filters give its
    label (the "compared" dimension); only runners of one of the groups are kept."""
    label, either = exp.Case(), []
    column, labels = _group_labels(parsed)
    for group, value in zip(parsed.compared, labels):
        own = _Query(query.base)
        _apply_filters(own, group, today)
        query.need(*own.tables[1:])
        label = label.when(exp.and_(*own.where), lit(value))
        either.append(exp.and_(*[condition.copy() for condition in own.where]))
    query.where.append(exp.or_(*either))
    query.compared = exp.alias_(label, column)


def _each_group_listed(counted: exp.Select, parsed: Parsed) -> exp.Select:
    """A count per group compared (``counted``: its first column the group's label) with a row for each group in the
    order said, its counts 0 where it had none (its times NULL): no group is left out for having no one."""
    column, labels = _group_labels(parsed)
    return each_listed(counted, column, labels, _counts(counted))


def _counts(counted: exp.Select) -> set[str]:
    """The names of ``counted``'s figures that are counts (a count, or a count of some rows), after its first column."""
    return {projection.alias for projection in counted.expressions[1:] if isinstance(
        inner := projection.unalias(), exp.Count) or isinstance(inner, exp.Filter) and isinstance(inner.this, exp.Count)}


def _group_labels(parsed: Parsed) -> tuple[str, list[str]]:
    """The column naming the groups compared and each group's label, in the order said: each labelled against the
    last, the last against the first ("state": "CO", "WY", "everywhere else")."""
    against = [parsed.compared[-1]] * (len(parsed.compared) - 1) + [parsed.compared[0]]
    return _group_label(parsed.compared[0], parsed.compared[-1])[0], [
        _group_label(group, other)[1] for group, other in zip(parsed.compared, against)]


def _group_label(group: Parsed, other: Parsed) -> tuple[str, str]:
    """(column, value) naming one group compared (against the other): ("city", "Albany"), ("age", "30-39"), else its
    filters in words."""
    return compared_label(group, other) or ("compared", ", ".join(filter_words(group)))


def clock_column(parsed: Parsed) -> exp.Column:
    """The finish time a question is about: chip time, or gun time when it asks for gun time by name."""
    return col("gun_time_s" if parsed.clock == "gun" else "chip_time_s", "r")


def _needs_finish(parsed: Parsed) -> bool:
    """Times, places and bests only exist for finishers (constructs say for themselves)."""
    if parsed.ranking or parsed.metric or parsed.cohort or parsed.change_years:
        return False
    return bool(parsed.time_limit or parsed.pace_limit or parsed.gap_limit or parsed.winner_gap or parsed.personal_best or
                parsed.winners or parsed.field_limit and parsed.field_limit.measure == "time" or
                (parsed.intent == "top" and parsed.subject == "results" and not parsed.group_by))


def _at_line(query: _Query) -> exp.Expression:
    """The moment a finisher crossed the line: the race's start (the gun) plus their gun time (NULL for the rest)."""
    query.need("ra")
    return exp.Add(this=col("start_time", "ra"), expression=exp.Mul(
        this=col("gun_time_s", "r"), expression=exp.Interval(this=lit("1"), unit=exp.var("SECOND"))))


def band_case(value: exp.Expression, edges: tuple[float, ...] | tuple[int, ...], names: list[str],
              left_out: tuple[int, ...]) -> exp.Case:
    """The band of ``value`` between ``edges`` (named ``names``: under the first edge, each edge up to the next, the
    last edge and above), NULL in a band ``left_out`` (not asked: "under 30, 30-39, 50-59, 60+" leaves out 40-49)."""
    band = exp.Case()
    for i, (edge, name) in enumerate(zip(edges, names)):   # each band below its upper edge; the last, every value left
        band = band.when(value.copy() < lit(edge), exp.null() if i in left_out else lit(name))
    return band.else_(exp.null() if len(edges) in left_out else lit(names[-1]))


def _dimension(name: str, query: _Query) -> exp.Expression:
    if name == "age_band" and query.age_band is not None:   # "DNF rate for each age band: under 30, 30-39, …"
        return exp.alias_(query.age_band.copy(), "age_band")
    if name in CLOCK_DIMENSIONS:   # "the busiest minute at the finish": the clock at the line, to the minute
        return exp.alias_(exp.func("date_trunc", lit(name.removeprefix("clock_")), _at_line(query)), name)
    if name == "year":
        query.need("e")
        return exp.alias_(exp.func("year", col("event_date", "e")), "year")
    if name == "date":            # the day an event was held: "when was the last X and how many finished"
        query.need("e")
        return exp.alias_(col("event_date", "e"), "event_date")
    if name == "month":
        query.need("e")
        return exp.alias_(exp.func("date_trunc", lit("month"), col("event_date", "e")), "month")
    if name == "quarter":         # a calendar quarter of each year: "2025 entries by quarter"
        query.need("e")
        return exp.alias_(exp.func("quarter", col("event_date", "e")), "quarter")
    if name == "month_of_year":   # a calendar month over every year ("which month of the year")
        query.need("e")
        return exp.alias_(exp.func("monthname", col("event_date", "e")), "month")
    if name == "event":
        query.need("e")
        return exp.alias_(col("name", "e"), "event")
    if name == "edition":   # one event of one year: "how many of our events has Andrew Miles finished"
        query.need("e")
        return exp.alias_(col("event_id", "e"), "event")
    if name == "race":
        query.need("ra")
        return exp.alias_(col("name", "ra"), "race")
    if name == "status":   # "the count of results by status": FIN, DNF, DNS, DQ
        return exp.alias_(col("status", "r"), "status")
    if name == "runner":   # a runner named in the question (one of several): told apart by name
        query.need("p")
        return exp.alias_(col("first_name", "p"), "first_name")
    if name in ("event_state", "event_city"):   # where the event was held, whatever is counted
        query.need("e")
        return exp.alias_(col(name.removeprefix("event_"), "e"), name)
    if name in ("sex", "city", "state", "last_name") and query.base == "r":   # ("which last name had the most finishers")
        query.need("p")
        return exp.alias_(col(name, "p"), name)
    if name in ("city", "state"):
        query.need("e")
        return exp.alias_(col(name, "e"), name)
    if name == "age_group" and query.base == "r":
        return exp.alias_(col("age_group", "r"), "age_group")
    if name == "compared" and query.compared is not None:
        return query.compared.copy()
    if name == "age_decade" and query.base == "r":   # each decade of age on race day: 20 is 20-29
        return exp.alias_(_age_decade(), "age_decade")
    if name == "masters" and query.base == "r":   # masters = 40 and over on race day (the glossary's)
        return exp.alias_(exp.Case().when(col("age", "r") >= lit(40), lit("masters")).else_(
            lit("under 40")), "age_class")
    if name == "season":                          # meteorological seasons, as dates are read (nlq.entities)
        query.need("e")
        month = exp.func("month", col("event_date", "e"))
        return exp.alias_(exp.Case()
                          .when(month.isin(lit(3), lit(4), lit(5)), lit("spring"))
                          .when(month.isin(lit(6), lit(7), lit(8)), lit("summer"))
                          .when(month.isin(lit(9), lit(10), lit(11)), lit("fall"))
                          .else_(lit("winter")), "season")
    raise Unanswerable(f"cannot break {TABLES[query.base]} down by {name.replace('_', ' ')}")


def dimension_columns(name: str, query: _Query) -> list[exp.Expression]:
    """The columns that tell one value of a dimension apart: a city with its state (Springfield, MA is not
    Springfield, IL), an edition by its event and year."""
    # (an edition's date beside its year: "which edition was our smallest ever … and when")
    if name == "edition":
        return [_dimension("event", query), _dimension("year", query), _dimension("date", query)]
    if name == "race_edition":   # one race of one edition: "which single race had the worst DNF rate"
        return [_dimension("event", query), _dimension("year", query), _dimension("race", query), _dimension("date", query)]
    if name == "date":           # "when was the last X, and how many finished that year": the day, and its year
        return [_dimension("date", query), _dimension("year", query)]
    if name == "event_race":     # one race of an event, every year of it: "which of our races … every event and race"
        return [_dimension("event", query), _dimension("race", query)]
    if name == "runner":
        return [_dimension("runner", query), exp.alias_(col("last_name", "p"), "last_name")]
    if name == "month_of_year":   # ("which calendar month is busiest? give the month number"): its name and number
        return [_dimension(name, query), exp.alias_(exp.func("month", col("event_date", "e")), "month_number")]
    column = _dimension(name, query)
    if name == "city":
        return [column, exp.alias_(col("state", column.this.table), "state")]
    if name == "event_city":
        return [column, exp.alias_(col("state", "e"), "event_state")]
    return [column]


def _grouped(query: _Query, dims: list[str], measures: list[exp.Expression],
             keys: tuple[exp.Expression, ...] = ()) -> exp.Select:
    """``measures`` per value of ``dims`` (and of ``keys``, columns of the caller's own), in that order."""
    columns = [column for name in dims for column in dimension_columns(name, query)] + list(keys)
    select = query.build(columns + measures)
    if columns:
        positions = [exp.Literal.number(i + 1) for i in range(len(columns))]
        # (a month of the year in calendar order, by its number: "finishers per month, all years" had April first)
        names = [column.alias for column in columns]
        order = [exp.Literal.number(names.index("month_number") + 1) if name == "month" and "month_number" in names
                 else position for name, position in zip(names, positions)]
        select = select.group_by(*positions).order_by(*order)
    return select


def each_listed(counted: exp.Select, column: str, values: list[str] | list[int], zero: set[str]) -> exp.Select:
    """``counted`` (a row per value of ``column``, then its figures) with a row for each of ``values`` in that order,
    the figures named in ``zero`` 0 where it had none (the others NULL): the statuses, years or bands asked are each
    answered, never left out for having none."""
    listed = exp.Values(expressions=[exp.Tuple(expressions=[lit(value), exp.Literal.number(i)]) for i, value in enumerate(values)],
                        alias=exp.TableAlias(this=exp.to_identifier("l"), columns=[exp.to_identifier(column),
                                                                                    exp.to_identifier("said")]))
    figures = [projection.alias for projection in counted.expressions if projection.alias != column]
    return (exp.select(col(column, "l"), *[exp.alias_(exp.func("coalesce", col(name, "q"), lit(0)) if name in zero else
                                                      col(name, "q"), name) for name in figures])
            .from_(listed).join(counted.subquery("q"), on=col(column, "q").eq(col(column, "l")), join_type="left")
            .order_by(col("said", "l")))


def _each_status_listed(counted: exp.Select, statuses: tuple[str, ...]) -> exp.Select:
    """A count per status (``counted``: its first column the status, its last the count) with a row for each status
    listed, in the order said, 0 where none had it: "how many DNF, how many DNS, how many DQ" answers the three (it
    left out the DQ row, none having been disqualified)."""
    return each_listed(counted, "status", list(statuses), {counted.expressions[-1].alias})


def _difference(compared: exp.Select, groups: tuple[str, str], counted: bool = False, keys: int = 0,
                paired: bool = False, unsigned: bool = False) -> exp.Select:
    """One row from a comparison of two groups (its first columns the ``keys`` other groupings, each kept — "every
    year" — then the group, its last the measure): each group's measure and the first's minus the second's ("men's
    average minus women's"). A group with no row has a count of 0 (``counted``); its average is NULL, and so is the
    difference; its size beside it when ``unsigned`` ("how far apart were their times", "and the gap")."""
    kept = [column.alias for column in compared.expressions[:keys]]
    group, measure = compared.expressions[keys].alias, compared.expressions[-1].alias
    first, second = (exp.Filter(this=exp.func("max", exp.column(measure)), expression=exp.Where(
        this=exp.column(group).eq(lit(value)))) for value in groups)
    if counted:
        first, second = exp.func("coalesce", first, lit(0)), exp.func("coalesce", second, lit(0))
    named = [f"{measure}_{'_'.join(rx.findall(r'[A-Za-z0-9+]+', value))}" for value in groups]   # "average_s_under_50"
    difference = exp.Sub(this=first.copy(), expression=second.copy())
    # (a gap asked: its size, beside the difference in the order said — people say "the gap" of either)
    size = [exp.alias_(exp.Abs(this=difference.copy()), "gap")] if unsigned else []
    select = (exp.select(*map(exp.column, kept), exp.alias_(first, named[0]), exp.alias_(second, named[1]),
                         exp.alias_(difference, "difference"), *size)
              .with_("compared", as_=compared).from_("compared"))
    if paired:   # (two runners, race by race: only the races both finished, never a mile against a 5K)
        select = select.having(exp.and_(first.copy().is_(exp.Null()).not_(), second.copy().is_(exp.Null()).not_()))
    return select.group_by(*map(exp.column, kept)).order_by(*map(exp.column, kept)) if kept else select


def _kept_columns(dims: list[str], query: _Query) -> int:
    """How many columns the groupings before a difference's own (its last) take: kept beside it ("each year")."""
    return sum(len(dimension_columns(dim, query)) for dim in dims[:-1])


def share_of_all(count: exp.Expression, within: list[exp.Expression] | None = None) -> exp.Expression:
    """A group's count as a percent of every group's ("finishers by sex, as percentages"): 100 × n ÷ Σ n — of every
    group with the same values of ``within`` when given (each year's time bands)."""
    every = exp.Window(this=exp.Sum(this=count.copy()), partition_by=within or None, over="OVER")
    return exp.alias_(exp.Div(this=exp.Mul(this=lit(100.0), expression=count.copy()), expression=every), "percent")


def _summary_measures(parsed: Parsed) -> list[exp.Expression]:
    """Entries, starters, no-shows, finishers and DNFs (with DQs when asked), and the finishers' fastest, median and
    average; first, when different runners are asked ("how many different finishers, CO vs WY"), each counted once."""
    chip = col("chip_time_s", "r")
    dq = [_filtered("count", None, col("status", "r").eq(lit("DQ")), "dq")] if parsed.status == "DQ" else []
    people = exp.Count(this=exp.Distinct(expressions=[col("participant_id", "r")]))
    once = [exp.alias_(exp.Filter(this=people, expression=exp.Where(this=_finish())) if parsed.status == "FIN" else people,
                       "different_finishers" if parsed.status == "FIN" else "different_runners")] \
        if parsed.distinct_people else []
    return [*once,
        _filtered("count", None, None, "entries"),   # every status: entrants, registrations
        _filtered("count", None, col("status", "r").neq(lit("DNS")), "starters"),
        _filtered("count", None, col("status", "r").eq(lit("DNS")), "dns"),
        _filtered("count", None, _finish(), "finishers"),
        _filtered("count", None, col("status", "r").eq(lit("DNF")), "dnf"),
        *dq,
        _filtered("min", chip.copy(), _finish(), "fastest_s"),       # times are finishers' times
        _filtered("median", chip.copy(), _finish(), "median_s"),
        exp.alias_(exp.func("round", exp.Filter(this=exp.func("avg", chip.copy()), expression=exp.Where(this=_finish())),
                            lit(1)), "average_s"),
    ]


def _count_measure(parsed: Parsed, query: _Query) -> exp.Expression:
    if query.base == "e":
        return exp.alias_(exp.Count(this=exp.Distinct(expressions=[col("event_id", "e")])), "events")
    if query.base == "ra":
        # races of a named event over its editions are its distances ("how many races does the Napa Half hold")
        counted = col("name", "ra") if parsed.events and not parsed.dates else col("race_id", "ra")
        return exp.alias_(exp.Count(this=exp.Distinct(expressions=[counted])), "races")
    if parsed.distinct_people or parsed.subject == "people":
        return exp.alias_(exp.Count(this=exp.Distinct(expressions=[col("participant_id", "r")])), "people")
    name = "wins" if parsed.winners and parsed.person else {
        "FIN": "finishers", "DNF": "dnf", "DNS": "dns", "DQ": "dq", "STARTED": "starters", "UNFINISHED": "unfinished",
        "DNF_OR_DQ": "dnf_or_dq"}.get(
        parsed.status or "", "results" if parsed.person else "runners")   # (a runner's own: her results)
    if parsed.rival and parsed.rival.side not in REFERENCES:   # (around namesakes in one race: each result once)
        return exp.alias_(exp.Count(this=exp.Distinct(expressions=[col("result_id", "r")])), name)
    return exp.alias_(exp.Count(this=exp.Star()), name)


def _runner_columns(query: _Query, parsed: Parsed) -> list[exp.Expression]:
    query.need("e", "ra", "p")
    times = [col("chip_time_s", "r")] + ([col("gun_time_s", "r")] if parsed.clock == "gun" else [])
    # winners of every edition, one runner's races, an all-time top list: which year each row is, said first
    # (dates over several years, "since 2020", are several editions too)
    several_years = not parsed.dates or parsed.dates.end.year - parsed.dates.start.year > 1
    # ("list the kids 12 and under who finished it - name, year, age and time": the year asked for)
    year = [exp.alias_(exp.func("year", col("event_date", "e")), "year")] if (
        (parsed.winners or parsed.person or parsed.intent == "top" or rx.search(r"\byear\b", parsed.question.lower()))
        and several_years and not parsed.month) else []
    # ("what time of day did she cross the line": the moment at the line beside each result)
    crossed = [exp.alias_(_at_line(query), "crossed_line_at")] if parsed.crossing_shown else []
    # ("her age-group place, and out of how many"): the finishers of her race (sex, age group) her place is among
    out_of = [exp.alias_(exp.Subquery(this=_in_same(_field_of("count", col("result_id", "r"), "r5"), parsed.out_of, "r5")),
                         OUT_OF_COLUMNS[parsed.out_of])] if parsed.out_of else []
    out_of += _place_in_group(parsed) if parsed.place_among else []
    out_of += _wins_before(parsed) if parsed.wins_before and parsed.winners else []
    return [*year, exp.alias_(col("name", "e"), "event"), col("event_date", "e"), exp.alias_(col("name", "ra"), "race"),
            col("bib", "r"), col("first_name", "p"), col("last_name", "p"), col("sex", "p"), col("age", "r"),
            col("age_group", "r"), col("city", "p"), col("state", "p"), col("status", "r"), *times,
            col("overall_place", "r"), *_division_places(parsed), *crossed, *out_of]


def _wins_before(parsed: Parsed) -> list[exp.Expression]:
    """Each winner's wins of the same race of the same event at earlier editions, and their years ("has she won it
    before?"): won as the winners asked are (overall, of her sex, of her age group), as a finisher."""
    place = "age_group_place" if parsed.winners_by == "age_group" else "gender_place" if parsed.sex or \
        parsed.winners_by == "sex" else "overall_place"
    earlier = exp.select().from_(table("results", "r9")).join(
        table("events", "e9"), on=col("event_id", "e9").eq(col("event_id", "r9"))).join(
        table("races", "ra9"), on=col("race_id", "ra9").eq(col("race_id", "r9"))).where(
        col("participant_id", "r9").eq(col("participant_id", "r")), col("name", "e9").eq(col("name", "e")),
        col("name", "ra9").eq(col("name", "ra")), col(place, "r9").eq(lit(1)), status_condition("FIN", "r9"),
        col("event_date", "e9") < col("event_date", "e"))
    years = exp.GroupConcat(this=exp.Order(this=exp.cast(exp.func("year", col("event_date", "e9")), "text"), expressions=[
        exp.Ordered(this=col("event_date", "e9"))]), separator=lit(", "))
    return [exp.alias_(exp.Subquery(this=earlier.copy().select(exp.Count(this=exp.Star()))), "wins_before"),
            exp.alias_(exp.Subquery(this=earlier.select(years)), "years_won_before")]


OUT_OF_COLUMNS = {"overall": "finishers_in_race", "sex": "finishers_of_sex", "age_group": "finishers_in_age_group"}


def _place_in_group(parsed: Parsed) -> list[exp.Expression]:
    """A runner's place (by ``clock_column``, ties sharing a place) among the finishers of her race whom the
    question's filters keep, and how many they were: "her place among women from New Haven" (``Parsed.place_among``).
    Her own result is among them when she finished and belongs to the group."""
    group = _Query("r")
    # (the field's dates are the race's own: her race is the one joined, whatever dates were said)
    _apply_filters(group, replace(parsed, person=None, more_people=(), events=(), dates=None, years=(), distances=()),
                   date.min)
    group.where.append(status_condition("FIN", "r"))
    field = group.build([col("result_id", "r"), col("race_id", "r"), exp.alias_(exp.Window(
        this=exp.Rank(), partition_by=[col("race_id", "r")], order=exp.Order(expressions=[exp.Ordered(this=clock_column(parsed))])),
        "place")])

    def of_field(value: exp.Expression, key: str) -> exp.Subquery:   # (the field's rows sharing her result's ``key``)
        return exp.Subquery(this=exp.select(value).from_(field.copy().subquery("g")).where(col(key, "g").eq(col(key, "r"))))
    # (her place, and the group's size in her race whether or not she is among them)
    return [exp.alias_(of_field(col("place", "g"), "result_id"), "place_in_group"),
            exp.alias_(of_field(exp.Count(this=exp.Star()), "race_id"), "finishers_in_group")]


def _division_places(parsed: Parsed) -> list[exp.Column]:
    """The places within the division the question keeps (a sex, an age group): "top 10 women" are ranked by
    their place among women, which the answer shows beside the overall place. A runner's own results show
    every place, as a results page does ("what was her age group place"), and so does the runner at a place ("who
    came 100th overall - and their gender place") or wearing a bib ("bib 1703 … her overall place and gender place")."""
    whole = bool(parsed.person or parsed.place or parsed.bib)
    within = parsed.top_places_within if parsed.top_places else None   # ("top 3 in their age group")
    per = set(parsed.group_by) if parsed.intent == "top" else set()   # ("top 3 men and top 3 women": each one's sex place)
    return ([col("gender_place", "r")] if parsed.sex or parsed.winners_by == "sex" or whole or within == "sex" or "sex" in per
            else []) + (
        [col("age_group_place", "r")] if parsed.age_group or parsed.winners_by == "age_group" or whole or within == "age_group"
        or "age_group" in per
        or parsed.place_in_age_group else [])   # ("the fastest woman, and what was her age group place?")


def _base(parsed: Parsed) -> str:
    return {"events": "e", "races": "ra"}.get(parsed.subject, "r")


# the counts a question may ask for side by side ("how many events, races and finishers have we timed"):
# (subject, status, each person once, count event names, column)
TOTALS = {"events": ("events", None, False, False, "events"), "event_names": ("events", None, False, True, "event_names"),
          "editions": ("events", None, False, False, "editions"), "races": ("races", None, False, False, "races"),
          "finishers": ("results", "FIN", False, False, "finishers"), "results": ("results", None, False, False, "results"),
          "starters": ("results", "STARTED", False, False, "starters"),
          "runners": ("results", None, True, False, "runners"),
          "finishing_runners": ("results", "FIN", True, False, "different_finishers"),
          "runner_results": ("results", None, False, False, "runners")}   # (runners at named events: their results)


def _totals(parsed: Parsed, today: date) -> exp.Select:
    """Several counts of what is asked, one column each, in the order said (``TOTALS``): editions are event rows,
    event names each event once over its editions, races every race of every edition, runners each person once."""
    columns, counts = [], []
    for kind in parsed.totals:
        subject, status, people, names, column = TOTALS[kind]
        asked = replace(parsed, subject=subject, status=status, distinct_people=people, totals=())
        query = _Query(_base(asked))
        _apply_filters(query, asked, today)
        counted = exp.Count(this=exp.Distinct(expressions=[col("name", "e")])) if names else exp.Count(this=exp.Distinct(
            expressions=[col("race_id", "ra")])) if subject == "races" else _count_measure(asked, query).this
        if parsed.group_by:   # ("how many events and finishers each year": the counts of each year, side by side)
            counts.append(_grouped(query, list(parsed.group_by), [exp.alias_(counted, column)]).subquery(column))
        else:
            columns.append(exp.alias_(exp.Subquery(this=query.build([counted])), column))
    if not counts:
        return exp.select(*columns)
    keys = [column.alias for name in parsed.group_by for column in dimension_columns(name, _Query("r"))]
    # (a year with events and no finisher is a row, its count 0)
    select = exp.select(*keys, *(exp.alias_(exp.func("coalesce", exp.column(TOTALS[kind][4]), lit(0)), TOTALS[kind][4])
                                 for kind in parsed.totals)).from_(counts[0])
    for other in counts[1:]:
        select = select.join(other, using=keys, join_type="full")
    return select.order_by(*keys)


def build_query(parsed: Parsed, today: date) -> tuple[exp.Select, tuple[str, str] | None]:
    """The query for a parsed question, and the chart axes when it answers with a numeric series."""
    if parsed.intent is None:
        raise Unanswerable("I could not tell what you want to know (count, list, find, top, compare, analyze "
                           "or trend)")
    if parsed.totals:
        return _totals(parsed, today), None
    if parsed.years_not_held:
        return _years_not_held(parsed), None
    query = _Query(_base(parsed))
    _apply_filters(query, parsed, today)
    dims = list(parsed.group_by)
    if parsed.age_bands and (parsed.metric or parsed.measure or runners_per_group(parsed)) and query.base == "r":
        # a rate or a time of each age bracket asked, or its fastest runners ("the fastest man in his 40s, in his 50s
        # and 60 or older"): the brackets a dimension, the brackets not asked left out
        query.age_band = band_case(col("age", "r"), parsed.age_bands, age_band_names(parsed.age_bands), parsed.bands_left_out)
        query.where.append(exp.Not(this=exp.Is(this=query.age_band.copy(), expression=exp.Null())))
        if not runners_per_group(parsed):
            dims.append("age_band")
    intent = parsed.intent
    if parsed.pair and query.base == "r":   # several named runners measured against each other, by their finishes
        if parsed.status != "FIN":
            query.where.append(_finish())
        return pair_query(parsed.pair, query, clock_column(parsed), [
            (person.first_name, person.last_name) for person in (parsed.person, *parsed.more_people)]), None
    if parsed.among and parsed.among_absent and query.base == "r":
        # "of the runners who finished every one of our events in 2024, how many did not come back in 2025": the runners
        # chosen with none of the results asked (finishes unless another status is said)
        others = filters_of(replace(parsed, among=None, among_absent=False), today)
        if parsed.status is None:
            others.where.append(_finish())
        back = others.build([col("participant_id", "r")])
        return exp.select(exp.alias_(exp.Count(this=exp.Star()), "runners")).from_(
            runner_ids(parsed.among, today).subquery("chosen")).where(
            exp.Not(this=exp.column("participant_id").isin(query=back))), None
    if parsed.audit and query.base == "r":   # "any bib used more than once in one race?": the check of those results
        return audit_query(parsed.audit, query), None
    if query.base == "r" and (construct := constructs_query(parsed, query, dims, today)) is not None:
        return construct
    if parsed.personal_best and query.base == "r":
        return _personal_best(query, parsed), None
    if parsed.combined_time and query.base == "r":
        return _combined_times(query, parsed), None
    if parsed.time_placed and query.base == "r":
        # "where would a 3:15:00 have placed": 1 + the finishers faster (a tie is placed level), and the field's size
        faster = exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(
            this=clock_column(parsed) < lit(parsed.time_placed)))
        select = _grouped(query, dims, [exp.alias_(exp.Add(this=faster, expression=lit(1)), "place_with_that_time"),
                                        exp.alias_(exp.Count(this=exp.Star()), "finishers")])
        return select, _chart(dims, select)
    if parsed.place and intent not in ("list", "find", "top") and query.base == "r":
        # "how many times has she placed 2nd in her age group": results at that place, counted or measured
        if _filtered_by_runner(parsed) and not (parsed.place_in_age_group or parsed.place_overall):
            raise Unanswerable("a place among runners chosen by age or home I can list, not count or measure: ask who "
                               "it was")
        query.where.append(place_held(parsed))
    if intent in ("count", "trend") and parsed.distinct_of and (query.base == "r" or parsed.distinct_of == "year"):
        # ("how many different home states were represented each year": one count per year)
        # (a city with its state: Portland, OR and Portland, ME are two)
        columns = dimension_columns(parsed.distinct_of, query)
        values = [column.this for column in columns]
        counted = exp.Tuple(expressions=values) if len(values) > 1 else values[0]
        measure = exp.alias_(exp.Count(this=exp.Distinct(expressions=[counted])), f"{columns[0].alias}_count")
        dims = dims or (["year"] if intent == "trend" else [])
        select = _grouped(query, dims, [measure])
        return select, _chart(dims, select)
    if intent == "count" and parsed.distinct_of in ("city", "state") and query.base == "e":
        # "in how many different cities did we hold events": the places, with the events beside them
        place = col(parsed.distinct_of, "e")
        return _grouped(query, dims, [_count_measure(parsed, query), exp.alias_(
            exp.Count(this=exp.Distinct(expressions=[place])), "cities" if parsed.distinct_of == "city" else "states")]), None
    if intent in ("count", "trend") and dims and query.base == "r" and parsed.status in COUNTED_STATUSES and \
            not (parsed.distinct_people or parsed.groups_with_any):
        # "number of DNFs in the 10K, year by year": every year with its count, a year with none shown as 0
        query, counted = status_counted(parsed, today)
        select = _grouped(query, dims, [counted])
        return select, _chart(dims, select)
    if intent in ("count", "trend") and "year" in dims and query.base == "r" and _subgroup(parsed) != parsed \
            and parsed.status in (None, "FIN") and not (parsed.distinct_people or parsed.groups_with_any or parsed.compared):
        # "number of sub-20 finishers each year", "women in the overall top 10, per year": every year with its count,
        # a year with none shown as 0
        query, counted = subgroup_counted(parsed, today)
        select = _grouped(query, dims, [counted])
        return select, _chart(dims, select)
    if intent == "count" and parsed.averaged_over and query.base == "r":
        return _averaged(query, parsed, today), None
    if intent == "count":
        counted = _count_measure(parsed, query)
        shares = [share_of_all(counted.this)] if parsed.group_shares and dims else []
        if query.base == "e" and dims == ["event"]:   # each event's editions, with its first and latest year beside them
            shares += _held_years()
        elif query.base == "e" and not dims and parsed.events:
            shares += _history()   # "how many times has X been held, and when was the first": its history too
        select = _grouped(query, dims, [counted, *shares])
        if parsed.statuses and dims == ["status"] and not shares:
            return _each_status_listed(select, parsed.statuses), None
        if _years_listed(parsed, dims):
            return _each_year_listed(select, parsed.years), None
        if dims == ["compared"] and not shares:   # ("from CT, from NY and everywhere else": NY at 0, never left out)
            return _each_group_listed(select, parsed), None
        return select, _chart(dims, select)
    if intent == "trend" and parsed.year_over_year:
        return _year_over_year(query, parsed, today), ("year", _count_measure(parsed, query).alias)
    if intent == "trend":
        measures = [_count_measure(parsed, query)]
        if query.base == "r" and parsed.status in (None, "FIN") and (len(parsed.distances) == 1 or "race" in dims):
            # the finishers' median beside the count, where the times are of one distance (a 5K's and a
            # marathon's times have no median together)
            measures.append(_filtered("median", col("chip_time_s", "r"), _finish(), "median_s"))
        select = _grouped(query, dims or ["year"], measures)
        return select, _chart(dims or ["year"], select)
    if intent in ("analyze", "compare"):
        if query.base != "r":
            select = _grouped(query, dims or (["year"] if intent == "analyze" else []),
                              [_count_measure(parsed, query)])
            return select, _chart(dims, select)
        if parsed.measure:
            counted = [_count_measure(parsed, query)] if parsed.with_count else []
            select = _grouped(query, dims, counted + _measures(parsed.measure, query, parsed))
            if parsed.difference:
                return _difference(select, parsed.difference, keys=_kept_columns(dims, query),
                                   paired=dims[-1:] == ["runner"], unsigned=parsed.apart), None
            return select, _chart(dims, select)
        if parsed.difference:   # "… and how many more Evanston had": the two counts and their difference
            return _difference(_grouped(query, dims, [_count_measure(parsed, query)]), parsed.difference,
                               counted=True, keys=_kept_columns(dims, query), unsigned=parsed.apart), None
        if not dims:
            dims = ["event", "year", "race"] if parsed.events else ["race"]
        if parsed.status:   # the summary counts every status itself: a status filter would show 0 DNFs
            query = _every_status(parsed, today)
        select = _grouped(query, dims, _summary_measures(parsed))
        if _years_listed(parsed, dims):
            return _each_year_listed(select, parsed.years), None
        if dims == ["compared"]:   # ("CT vs NY" with no one from NY: its row, its counts 0 and no times)
            return _each_group_listed(select, parsed), None
        return select, _chart(dims, select) if len(dims) == 1 else None
    if intent == "top":
        return _top(query, parsed, today), None
    return _listing(query, parsed), None


def _held_years() -> list[exp.Expression]:
    """The first and latest year of the events' editions counted."""
    year = exp.func("year", col("event_date", "e"))
    return [exp.alias_(exp.func("min", year), "first_year"), exp.alias_(exp.func("max", year.copy()), "latest_year")]


def _history() -> list[exp.Expression]:
    """Beside a named event's editions counted: its first and latest edition (year and date) and where it is held."""
    held = col("event_date", "e")
    return [*_held_years(),
            exp.alias_(exp.func("min", held), "first_held"), exp.alias_(exp.func("max", held.copy()), "latest_held"),
            exp.alias_(exp.func("string_agg", exp.Distinct(expressions=[col("city", "e")]), lit(", ")), "city"),
            exp.alias_(exp.func("string_agg", exp.Distinct(expressions=[col("state", "e")]), lit(", ")), "state")]


def _every_year_between(each: exp.Select, measure: str) -> exp.Select:
    """``each`` (a year and a count per year held) with a row for every calendar year from its first to its last, 0
    where none was held."""
    held = each.subquery("held")
    first, last = (exp.Subquery(this=exp.select(exp.func(end, exp.column("year"))).from_(each.copy().subquery("span")))
                   for end in ("min", "max"))
    years = exp.alias_(exp.Unnest(expressions=[exp.func("generate_series", first, last)]), "t", table=["year"])
    return (exp.select(col("year", "t"), exp.alias_(exp.func("coalesce", col(measure, "held"), lit(0)), measure))
            .from_(years).join(held, on=col("year", "held").eq(col("year", "t")), join_type="left"))


def _years_listed(parsed: Parsed, dims: list[str]) -> bool:
    """Whether the years a count is given for are a list said ("2023 versus 2022"), each owed a row: never a range."""
    return dims == ["year"] and len(parsed.years) >= 2 and parsed.dates is None and _of_every_event(parsed)


def _of_every_event(parsed: Parsed) -> bool:
    """Whether a count is of the whole company, no event chosen (by name, town or state): a year it held none counts 0
    (an event's own years are its editions)."""
    return not (parsed.events or parsed.event_city or parsed.event_state)


def _each_year_listed(counted: exp.Select, years: tuple[int, ...]) -> exp.Select:
    """A count per year (``counted``: its first column the year) with a row for each year asked, its counts 0 where
    it had none: "how many finishers did we have in 2023 versus 2022" answers both (2023, with no event, was left out)."""
    return each_listed(counted, "year", sorted(years), _counts(counted))


def _year_over_year(query: _Query, parsed: Parsed, today: date) -> exp.Select:
    """Each year's count with its change from the year before (a count, and percent of the year before's; the first
    year held has none). The dates asked pick the years shown, never the years compared with: "since 2021" gives
    2021's change from 2020."""
    if parsed.dates:
        query = _Query(_base(parsed))
        _apply_filters(query, replace(parsed, dates=None, years=()), today)
    counted = _count_measure(parsed, query)
    each = _grouped(query, ["year"], [counted])
    if _of_every_event(parsed):
        # (of the whole company a year with none is 0, the year before of the next: "how did our number of events change
        # year over year" had set 2020 against 2018, 2019 holding none; an event's "year before" is its edition before)
        each = _every_year_between(each, counted.alias)
    name = exp.column(counted.alias)
    before = exp.Window(this=exp.func("lag", name.copy()), order=exp.Order(expressions=[exp.column("year")]))
    change = exp.Sub(this=name.copy(), expression=before.copy())
    changes = exp.select(exp.column("year"), name.copy(), exp.alias_(change, "change_from_year_before"), exp.alias_(
        exp.func("round", exp.Div(this=exp.Mul(this=lit(100.0), expression=exp.paren(change.copy())),
                                  expression=exp.func("nullif", before.copy(), lit(0))), lit(1)), "change_percent")).from_(
        each.subquery("each_year")).order_by(exp.column("year"))
    kept = [exp.column("year").between(lit(parsed.dates.start.year), lit((parsed.dates.end - timedelta(days=1)).year))
            ] if parsed.dates else []
    if parsed.change_sign:   # "the years with more finishers than the edition before": those whose change went that way
        change_kept = exp.column("change_from_year_before")
        kept.append(change_kept > lit(0) if parsed.change_sign == "up" else change_kept < lit(0))
    if not kept:
        return changes
    return exp.select("*").from_(changes.subquery("changes")).where(exp.and_(*kept)).order_by(exp.column("year"))


def ranked_year_over_year(query: _Query, parsed: Parsed, today: date) -> exp.Select:
    """The years ranked by their count's change from the year before ("which year saw the biggest drop in finishers
    compared with the edition before it"): the biggest fall first (``Ranking.descending`` False) or the biggest
    rise, the first ``limit`` kept with ties; the first year, with no year before, is never ranked."""
    changes = _year_over_year(query, parsed, today)
    change = exp.column("change_from_year_before")
    ranked = exp.select("*").from_(changes.subquery("changes")).where(exp.Not(this=exp.Is(this=change.copy(),
                                                                                       expression=exp.Null())))
    return ranked_first(ranked, change.copy(), parsed.ranking.descending, parsed.ranking.limit,
                        both_ends=parsed.ranking.both_ends).order_by(
        exp.Ordered(this=change, desc=parsed.ranking.descending))


_AVERAGED_DIMENSIONS = {"edition": ["edition"], "year": ["year"], "event": ["edition"], "race": ["edition", "race"],
                        "runner": []}


def _averaged(query: _Query, parsed: Parsed, today: date) -> exp.Select:
    """The count of each edition (year, event, race of an edition), averaged over them, with the fewest and the
    most and how many there were: "average finishers per edition" = 212.5 over 8 editions; per group of the
    question's own dimensions when it has them ("per race in each year": one average per year); the median instead
    when ``parsed.measure`` is "median" ("median finishers per year", "the median number of races per runner").
    DNFs, DNSs and DQs are counted in every edition, an edition with none as 0."""
    counted = _count_measure(parsed, query)
    if parsed.status in COUNTED_STATUSES and parsed.averaged_over != "runner" and not parsed.distinct_people:
        query, counted = status_counted(parsed, today)
    if parsed.averaged_over == "runner":   # each runner's finishes (results), not "finishers"
        counted = exp.alias_(counted.this, "finishes" if parsed.status == "FIN" else "results")
    name = counted.alias
    columns = [column for dim in _AVERAGED_DIMENSIONS[parsed.averaged_over] for column in dimension_columns(dim, query)]
    if parsed.averaged_over == "runner":   # each person (two runners may share a name)
        columns = [exp.alias_(col("participant_id", "r"), "participant_id")]
    said = [column for dim in parsed.group_by for column in dimension_columns(dim, query)]
    columns += [column for column in said if column.alias not in {c.alias for c in columns}]
    each = query.build([*columns, counted]).group_by(*[exp.Literal.number(i + 1) for i in range(len(columns))])
    groups = list(dict.fromkeys(column.alias for column in said))
    count = exp.column(name)
    middle, func = ("median", "median") if parsed.measure == "median" else ("average", "avg")
    select = exp.select(*map(exp.column, groups), exp.alias_(exp.func(func, count), f"{middle}_{name}"),
                        exp.alias_(exp.func("min", count.copy()), f"fewest_{name}"),
                        exp.alias_(exp.func("max", count.copy()), f"most_{name}"),
                        exp.alias_(exp.Count(this=exp.Star()), f"{parsed.averaged_over}s")).from_(each.subquery("each_group"))
    return select.group_by(*map(exp.column, groups)).order_by(*map(exp.column, groups)) if groups else select


def _every_status(parsed: Parsed, today: date) -> _Query:
    """The question's query with every filter but its status (the status is then counted, not filtered)."""
    query = _Query(_base(parsed))
    _apply_filters(query, replace(parsed, status=None), today)
    return query


def status_counted(parsed: Parsed, today: date) -> tuple[_Query, exp.Expression]:
    """The question's query over every status, and the count of its status (``COUNTED_STATUSES``) in each group,
    named for it ("dnf"): "DNFs year by year", "the year with the fewest DQs" keep the groups with none as 0."""
    counted = exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=status_condition(parsed.status)))
    return _every_status(parsed, today), exp.alias_(counted, parsed.status.lower())


def _subgroup(parsed: Parsed) -> Parsed:
    """The question without the filters that choose a subgroup of the finishers (a time or pace limit, the first N
    places, a sex, an age range): what each group's count is taken among."""
    return replace(parsed, time_limit=None, pace_limit=None, top_places=None, top_places_within=None, sex=None, age=None)


def subgroup_counted(parsed: Parsed, today: date) -> tuple[_Query, exp.Expression]:
    """The question's results without its subgroup's filters, and the count of those in its subgroup (``_subgroup``)
    in each group, named as its count is ("finishers", "runners"): "sub-20 finishers each year" keeps the years where
    no one broke 20 minutes as 0 (a time limit keeps finishers only, as ``_needs_finish`` says)."""
    query, within = _Query(_base(parsed)), _Query(_base(parsed))
    _apply_filters(query, _subgroup(parsed), today)
    _apply_filters(within, parsed, today)
    query.need(*within.tables)
    limits = [condition for condition in within.where if condition not in query.where]
    return query, exp.alias_(exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=exp.and_(*limits))),
                             _count_measure(parsed, within).alias)


def _measures(measure: str, query: _Query, parsed: Parsed) -> list[exp.Expression]:
    """The measure's columns: one, or the fastest and the slowest time side by side with the spread between them."""
    if measure == "fastest_and_slowest":
        chip = clock_column(parsed)
        if parsed.status is None and not parsed.time_limit:
            query.where.append(_finish())
        return [exp.alias_(exp.func("min", chip), "fastest_s"), exp.alias_(exp.func("max", chip.copy()), "slowest_s"),
                exp.alias_(exp.Sub(this=exp.func("max", chip.copy()), expression=exp.func("min", chip.copy())), "spread_s")]
    parts = measure.split(",")
    if parts[-1] == "spread" and len(parts) >= 3 and all(part.startswith("p") for part in parts[-3:-1]):
        # "p10,p90,spread": the two percentiles and the gap between them ("how wide was the field")
        low, high, chip = parts[-3], parts[-2], clock_column(parsed)
        return [*(measure_column(one, query, parsed) for one in parts[:-1]), exp.alias_(exp.Sub(
            this=aggregate(high, chip), expression=aggregate(low, chip.copy())), f"{high}_minus_{low}_s")]
    if measure in ("last_crossing", "first_crossing"):
        # the moment at the line, and its time of day to the second as asked ("at what time of day did the last
        # finisher cross": 18:13:56)
        at = measure_column(measure, query, parsed)
        return [at, exp.alias_(exp.Cast(this=exp.func("date_trunc", lit("second"), at.this.copy()), to=exp.DataType.build("TIME")),
                               f"{measure}_time")]
    return [measure_column(one, query, parsed) for one in parts]   # "p25,p75": a column each


def measure_column(measure: str, query: _Query, parsed: Parsed) -> exp.Alias:
    """One measure of the finish time (or age) as an aliased aggregate; finishers only unless a status is said."""
    chip = clock_column(parsed)
    if measure == "average_age":
        # (unrounded: a change between two averages is of the averages themselves; tables show one decimal)
        return exp.alias_(exp.func("avg", col("age", "r")), "average_age")
    if measure == "median_age":
        return exp.alias_(exp.func("median", col("age", "r")), "median_age")
    if measure.endswith("_age"):   # "p75_age": a percentile of the age on race day; the youngest, the oldest, its spread
        of_age = {"youngest": "min", "oldest": "max", "stddev": "stddev_samp"}.get(measure.removesuffix("_age"),
                                                                                  measure.removesuffix("_age"))
        return exp.alias_(aggregate(of_age, col("age", "r")), measure)
    if parsed.status is None and not parsed.time_limit:
        query.where.append(_finish())
    if measure in ("last_crossing", "first_crossing"):   # the time of day at the line (nlq.planning)
        return exp.alias_(exp.func("max" if measure == "last_crossing" else "min", _at_line(query)), f"{measure}_at")
    if measure == "finish_span":   # the last crossing minus the first, in seconds
        crossed = exp.Add(this=exp.func("epoch", col("start_time", "ra")), expression=col("gun_time_s", "r"))
        query.need("ra")
        return exp.alias_(exp.Sub(this=exp.func("max", crossed), expression=exp.func("min", crossed.copy())), "finish_span_s")
    if measure in ("total_km", "total_miles"):   # the distance of every finish, summed
        query.need("ra")
        km = exp.func("sum", col("distance_km", "ra"))
        return exp.alias_(km if measure == "total_km" else exp.Div(this=km, expression=lit(MILE_KM)), measure)
    if measure == "average":
        return exp.alias_(exp.func("avg", chip), "average_s")
    if measure == "median":
        return exp.alias_(exp.func("median", chip), "median_s")
    if measure == "fastest":   # per group ("fastest marathon time per year"); alone, the fastest is a top list
        return exp.alias_(exp.func("min", chip), "fastest_s")
    if measure.startswith("p"):  # "p90": the 90th percentile
        return exp.alias_(aggregate(measure, chip), f"{measure}_s")
    if measure == "stddev":      # the sample standard deviation (n − 1), as statistics packages give it
        return exp.alias_(exp.func("stddev_samp", chip), "stddev_s")
    if measure == "iqr":         # the interquartile range: the 75th percentile minus the 25th
        return exp.alias_(exp.Sub(this=aggregate("p75", chip), expression=aggregate("p25", chip.copy())), "iqr_s")
    return exp.alias_(exp.func("max", chip), "slowest_s")


def aggregate(name: str, value: exp.Expression) -> exp.Expression:
    """avg/median/min/max of ``value``, or a percentile "p80" (interpolated, as DuckDB's quantile_cont does)."""
    if name.startswith("p"):
        return exp.func("quantile_cont", value, lit(int(name[1:]) / 100))
    return exp.func(name, value)


def _chart(dims: list[str], select: exp.Select) -> tuple[str, str] | None:
    if len(dims) != 1:
        return None
    return dims[0], select.expressions[1].alias_or_name


def _personal_best(query: _Query, parsed: Parsed) -> exp.Select:
    query.need("p", "ra", "e")
    chip = col("chip_time_s", "r")
    people = [col("first_name", "p"), col("last_name", "p"), col("city", "p"), col("state", "p")]
    race = [] if parsed.distance else [exp.alias_(col("name", "ra"), "race")]
    select = query.build(people + race + [
        exp.alias_(exp.func("min", chip), "personal_best_s"),
        exp.alias_(exp.func("arg_min", col("name", "e"), chip.copy()), "event"),
        exp.alias_(exp.func("arg_min", col("event_date", "e"), chip.copy()), "event_date"),
        # ("which event and year was it"): the year said as such, beside the date
        exp.alias_(exp.func("year", exp.func("arg_min", col("event_date", "e"), chip.copy())), "year"),
        exp.alias_(exp.Count(this=exp.Star()), "finishes"),
    ])
    keys = [col("participant_id", "p")] + [c.copy() for c in people] + ([col("name", "ra")] if race else [])
    # ("her best times at San Jose and at Santa Cruz", "his best 5K time at each of our events"): each event's (never
    # "… and at which event and year": where the one best was run)
    if parsed.person and (len(parsed.events) > 1 or "event" in parsed.group_by and parsed.measure == "fastest"):
        keys.append(col("name", "e"))
    if parsed.person and "year" in parsed.group_by and parsed.measure == "fastest":
        # ("her best time at each Bend Turkey Trot", "… each year"): each edition's, oldest first (it gave her one best)
        keys.append(exp.func("year", col("event_date", "e")))
        return select.group_by(*keys).order_by(exp.column("event_date"), *([exp.column("race")] if race else []))
    select = select.group_by(*keys).order_by(exp.column("personal_best_s"))
    if parsed.person or not parsed.limit:
        return select
    # "the 10 fastest women ever, each once": the first runners by their bests, every one tied with the last kept
    return ranked_first(select, exp.func("min", chip.copy()), False, parsed.limit)


def _combined_times(query: _Query, parsed: Parsed) -> exp.Select:
    """The runners who finished every event named (in the dates asked), each with the sum of their best time at each
    (seconds), the ``limit`` lowest sums first with every sum tied with the last: "the 5 fastest combined chip times
    across A and B in 2024"."""
    query.need("e")
    best = query.build([col("participant_id", "r"), exp.alias_(col("name", "e"), "event"),
                        exp.alias_(exp.func("min", clock_column(parsed)), "best_s")]).where(_finish()).group_by(
        col("participant_id", "r"), col("name", "e"))
    summed = exp.func("sum", exp.column("best_s"))
    runners = exp.select(exp.column("participant_id"), exp.alias_(summed, "combined_s")).from_(best.subquery("best")).group_by(
        exp.column("participant_id")).having(exp.Count(this=exp.Distinct(expressions=[exp.column("event")])).eq(
            lit(len(parsed.events))))
    people = table("participants", "p8")
    select = exp.select(col("first_name", "p8"), col("last_name", "p8"), col("city", "p8"), col("state", "p8"),
                        col("combined_s", "c8")).from_(runners.subquery("c8")).join(
        people, on=col("participant_id", "p8").eq(col("participant_id", "c8")))
    return ranked_first(select, col("combined_s", "c8"), False, parsed.limit or DEFAULT_TOP).order_by(
        col("combined_s", "c8"), col("last_name", "p8"))


def _top(query: _Query, parsed: Parsed, today: date) -> exp.Select:
    limit = parsed.limit if parsed.limit and not parsed.winners else DEFAULT_TOP
    if query.base == "e":
        return _biggest_events(parsed, limit, today)
    if (parsed.group_by or query.age_band is not None) and runners_per_group(parsed):
        # "the fastest woman each year", "top 3 men every year", "the course record of each race": the first N runners
        # of each race (of each event, over the editions asked) in each group
        # (a distance named with no event, "who ran the fastest 5K each year": over every event's race of it)
        over_events = parsed.distances and not (parsed.events or parsed.event_city)
        # ("who won the men's and women's race in 2023 and in 2024": the first man and the first woman of each)
        by_sex = parsed.winners_by == "sex" and "sex" not in parsed.group_by
        band = [query.age_band] if query.age_band is not None else []
        keys = [_GROUP_KEYS[dim]() for dim in parsed.group_by] + [b.copy() for b in band] + (
            [] if over_events else [col("name", "e")]) + [col("name", "ra")] + ([col("sex", "p")] if by_sex else [])
        partition = list({key.sql(): key for key in keys}.values())
        # (a runner's row says its year, race, sex and age group; its decade or bracket of age, when grouped by it, is
        # shown first)
        decade = [exp.alias_(_age_decade(), "age_decade")] if "age_decade" in parsed.group_by else []
        decade += [exp.alias_(b.copy(), "age_band") for b in band]
        select = ranked_first(query.build([*decade, *_runner_columns(query, parsed)]).where(_finish()), clock_column(parsed),
                              parsed.last_place, parsed.limit or 1, partition)
        # (the brackets in the order asked: youngest first)
        in_order = [band_case(col("age", "r"), parsed.age_bands, [f"{i:02d}" for i in range(len(parsed.age_bands) + 1)],
                              parsed.bands_left_out) for _ in band]
        return select.order_by(*in_order, col("event_date", "e"), col("name", "ra"),
                               *([col("sex", "p")] if "sex" in parsed.group_by or by_sex else []),
                               exp.Ordered(this=clock_column(parsed), desc=parsed.last_place))
    if parsed.group_by:
        measure = _count_measure(parsed, query)
        select = _grouped(query, list(parsed.group_by), [measure])
        return select.order_by(exp.Ordered(this=exp.column(measure.alias), desc=True), exp.Literal.number(1),
                               append=False).limit(limit)
    if parsed.subject == "people":
        query.need("p")
        people = [col("first_name", "p"), col("last_name", "p"), col("city", "p"), col("state", "p")]
        counted = "wins" if parsed.winners else {"year": "years", "event": "events"}.get(parsed.distinct_of or "", "races")
        # ("which runners have run with us in the most different years", "… the most different events": the years or
        # the events (by name) each ran in — a no-show ran in none)
        apart = {"year": lambda: exp.func("year", col("event_date", "e")), "event": lambda: col("name", "e")}.get(parsed.distinct_of or "")
        measure = exp.Count(this=exp.Distinct(expressions=[apart()])) if apart else exp.Count(this=exp.Star())
        if apart:
            query.need("e")
            if parsed.status is None:
                query.where.append(exp.NEQ(this=col("status", "r"), expression=exp.Literal.string("DNS")))
        select = query.build(people + [exp.alias_(measure, counted)])
        # "which runner has finished the most …", "who has won it the most times": one, with everyone tied with them
        select = ranked_first(select.group_by(col("participant_id", "p"), *[c.copy() for c in people]),
                              measure.copy(), True, parsed.limit or limit)
        if parsed.tied_counted:   # ("the most times anyone has finished it, and how many share that mark": one row)
            return exp.select(exp.alias_(exp.func("max", exp.column(counted)), f"most_{counted}"),
                              exp.alias_(exp.Count(this=exp.Star()), "runners")).from_(select.subquery("tied"))
        return (select.order_by(exp.Ordered(this=exp.column(counted), desc=True), exp.column("last_name"),
                          exp.column("first_name")))
    select = query.build(_runner_columns(query, parsed))
    if parsed.first_to:   # the earliest finish kept, the first across the line that day
        return select.where(_finish()).order_by(col("event_date", "e"), clock_column(parsed), col("last_name", "p")).limit(1)
    if parsed.place:
        return _at_place(query, parsed)
    if _winners_among(parsed):   # the fastest man and woman of those filtered, in each race
        depth = parsed.limit if parsed.limit and parsed.limit > 1 else 1
        select = ranked_first(select.where(_finish()), clock_column(parsed), False, depth,
                              partition=[col("event_id", "r"), col("race_id", "r"), col("sex", "p")])
        return select.order_by(exp.Ordered(this=col("event_date", "e"), desc=not parsed.oldest_first), col("name", "ra"),
                               col("sex", "p"), clock_column(parsed))
    if parsed.winners and parsed.measure in ("fastest", "slowest"):
        # "which age-group winner's time was the slowest", "the year with the slowest winning time": that winner,
        # every one tied with them
        slowest = parsed.measure == "slowest"
        return ranked_first(select, clock_column(parsed), slowest, parsed.limit or 1).order_by(
            exp.Ordered(this=clock_column(parsed), desc=slowest), col("last_name", "p"))
    if parsed.winners:
        by_group = [col("age_group", "r"), col("age_group_place", "r")] if parsed.winners_by == "age_group" else []
        return select.order_by(exp.Ordered(this=col("event_date", "e"), desc=not parsed.oldest_first), col("name", "ra"),
                               *by_group, col("sex", "p"))
    if parsed.best_place:   # "her best age group place": by that place, best first (worst first when asked)
        place = col(f"{parsed.best_place}_place", "r")
        return ranked_first(select.where(_finish()), place, parsed.last_place, parsed.limit or 1).order_by(
            exp.Ordered(this=place.copy(), desc=parsed.last_place), col("event_date", "e"))
    # ("top 3 men": every runner tied with the third kept, as the places the results hold would; "every 5K time she's
    # run, fastest first": a runner's results, all of them, when no number is said; "which Orlando runners made the age
    # group podium": every one within those places, fastest first)
    if not ((parsed.person or parsed.top_places) and not parsed.limit):
        select = ranked_first(select, clock_column(parsed), parsed.last_place, limit)
    chip = exp.Ordered(this=clock_column(parsed), desc=parsed.last_place)
    return select.order_by(chip, col("last_name", "p"), col("first_name", "p"))


def place_held(parsed: Parsed) -> exp.Expression:
    """The results' own place column equal to the place asked: age group (said, or one age group asked), sex (when one
    is said) or overall."""
    column = "overall_place" if parsed.place_overall else "age_group_place" if parsed.place_in_age_group or \
        parsed.age_group else "gender_place" if parsed.sex else "overall_place"
    return col(column, "r").eq(lit(parsed.place))


def _at_place(query: _Query, parsed: Parsed) -> exp.Select:
    """The runner at one place: by the results' own places (overall, or within the sex asked) in each race;
    among runners filtered further (masters, a city), the Nth fastest of them."""
    # ("2nd man on gun time": the Nth fastest gun time of his sex, never the place given on chip time)
    if (parsed.age_group or _filtered_by_runner(parsed) or parsed.gun_placed) and not (parsed.place_in_age_group or
                                                                                      parsed.place_overall and not parsed.gun_placed):
        # (in each race of each edition: "the masters winners every year"; "won overall by a runner over 50" is the
        # results' own overall place)
        select = query.build(_runner_columns(query, parsed)).where(_finish())
        rank = exp.Window(this=exp.func("rank"), partition_by=[col("event_id", "r"), col("race_id", "r")],
                          order=exp.Order(expressions=[exp.Ordered(this=clock_column(parsed))]))
        return select.qualify(rank.eq(lit(parsed.place))).order_by(
            exp.Ordered(this=col("event_date", "e"), desc=not parsed.oldest_first), col("name", "ra"), clock_column(parsed))
    query.where.append(place_held(parsed))
    return query.build(_runner_columns(query, parsed)).order_by(
        exp.Ordered(this=col("event_date", "e"), desc=not parsed.oldest_first), col("name", "ra"))


def _biggest_events(parsed: Parsed, limit: int, today: date) -> exp.Select:
    """Events by field size (results of all their races), biggest first."""
    query = _Query("r")
    _apply_filters(query, parsed, today)
    query.need("e")
    select = query.build([exp.alias_(col("name", "e"), "event"), col("event_date", "e"),
                          exp.alias_(exp.Count(this=exp.Star()), "runners")])
    return (select.group_by(col("event_id", "e"), col("name", "e"), col("event_date", "e"))
            .order_by(exp.Ordered(this=exp.column("runners"), desc=True), exp.column("event_date")).limit(limit))


def _listing(query: _Query, parsed: Parsed) -> exp.Select:
    if query.base == "e" and parsed.not_held and (parsed.dates or len(parsed.years) > 1):   # each with its last edition
        last = exp.alias_(exp.func("max", col("event_date", "e")), "last_held")
        # ("… and in what year was each one's last edition": its year beside the date)
        last_year = exp.alias_(exp.func("year", exp.func("max", col("event_date", "e"))), "last_year")
        return query.build([exp.alias_(col("name", "e"), "event"), last, last_year]).group_by(col("name", "e")).order_by(
            col("name", "e"))
    if query.base == "e" and events_listed_once(parsed):
        # "which of our events are run in May": each event held in that month of any year once, with its editions
        return query.build([exp.alias_(col("name", "e"), "event"), col("city", "e"), col("state", "e"),
                            exp.alias_(exp.func("count", exp.Star()), "editions"),
                            exp.alias_(exp.func("min", col("event_date", "e")), "first_held"),
                            exp.alias_(exp.func("max", col("event_date", "e")), "last_held")]).group_by(
            col("name", "e"), col("city", "e"), col("state", "e")).order_by(col("name", "e"))
    if query.base == "e":
        columns = [col("event_id", "e"), col("name", "e"), col("event_date", "e"), col("city", "e"),
                   col("state", "e")]
        if parsed.edition or parsed.events:   # an event's editions ("which years have we timed it"): each one's year too
            columns.insert(3, exp.alias_(exp.func("year", col("event_date", "e")), "year"))
        select = query.build(columns)
        if "ra" in query.tables:
            select = select.distinct()
        earliest = parsed.active_only or parsed.edition == "first"
        order = col("event_date", "e") if earliest or parsed.oldest_first and not parsed.edition else \
            exp.Ordered(this=col("event_date", "e"), desc=True)   # ("every edition, oldest first")
        select = select.order_by(order, col("name", "e"))
        # (the first or last edition, every event held that day kept: two events on the company's first day are
        # both its first)
        return ranked_first(select, col("event_date", "e"), not earliest, 1) if parsed.edition else select
    if query.base == "ra":
        query.need("e")
        select = query.build([col("race_id", "ra"), exp.alias_(col("name", "e"), "event"),
                              exp.alias_(exp.func("year", col("event_date", "e")), "year"),
                              exp.alias_(col("name", "ra"), "race"), col("distance_km", "ra"), col("race_date", "ra"),
                              col("start_time", "ra")])
        return select.order_by(exp.Ordered(this=col("race_date", "ra"), desc=True), col("name", "e"))
    if parsed.rival and parsed.rival.side in REFERENCES:   # her own finishes, each with how far from the reference
        return query.build(_runner_columns(query, parsed) + _from_reference(parsed)).order_by(col("event_date", "e"),
                                                                                              col("name", "ra"))
    if parsed.rival:   # around the runner named: each one's time apart from hers, in the order of the places compared
        gap = exp.alias_(_apart(parsed), f"seconds_from_{parsed.person.first_name.lower()}")
        return query.build(_runner_columns(query, parsed) + [gap]).order_by(
            col("event_date", "e"), col("name", "ra"), col(PLACE_COLUMNS[parsed.rival.scope], "r"))
    if parsed.distinct_people and not (parsed.person or parsed.sorted_by or parsed.limit) and query.base == "r":
        return _each_runner_once(query)
    select = query.build(_runner_columns(query, parsed))
    if parsed.sorted_by:   # "oldest first": by age, then by time; "slowest first": by time (a runner with none, last)
        by_age = parsed.sorted_by in ("oldest", "youngest")
        first = exp.Ordered(this=col("age", "r") if by_age else clock_column(parsed),
                            desc=parsed.sorted_by in ("oldest", "slowest"), nulls_first=False)
        select = select.order_by(first, *([clock_column(parsed)] if by_age else []), col("last_name", "p"))
        return select.limit(parsed.limit) if parsed.limit else select
    select = select.order_by(exp.Ordered(this=col("event_date", "e"), desc=not parsed.oldest_first), col("name", "e"),
                             col("name", "ra"),
                             exp.Ordered(this=col("overall_place", "r"), nulls_first=False),
                             col("last_name", "p"), col("first_name", "p"))
    return select.limit(parsed.limit) if parsed.limit else select


def _each_runner_once(query: _Query) -> exp.Select:
    """ "List the runners from Portland": each runner once (as the explanation says), with her results among those kept
    and how many she finished — never a row per result, a runner repeated."""
    query.need("p", "e")
    return query.build([col("first_name", "p"), col("last_name", "p"), col("sex", "p"), col("city", "p"), col("state", "p"),
                        exp.alias_(exp.Count(this=exp.Star()), "results"),
                        exp.alias_(exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=_finish())), "finishes"),
                        exp.alias_(exp.func("min", col("event_date", "e")), "first_result"),
                        exp.alias_(exp.func("max", col("event_date", "e")), "last_result")]).group_by(
        col("participant_id", "p"), col("first_name", "p"), col("last_name", "p"), col("sex", "p"), col("city", "p"),
        col("state", "p")).order_by(col("last_name", "p"), col("first_name", "p"))


def _years_not_held(parsed: Parsed) -> exp.Select:
    """The years (in the dates asked, else between the events' first and latest editions) in which none of the named
    events held an edition: "which years did the Galveston half not take place" (none named: none of the company's
    events, "which years between 2015 and 2025 did we have no events at all")."""
    held = exp.select(exp.func("year", col("event_date", "e"))).from_(table("events", "e"))
    if parsed.events:
        held = held.where(col("name", "e").isin(*[lit(name) for name in parsed.events]))
    if parsed.dates:
        first, last = lit(parsed.dates.start.year), lit((parsed.dates.end - timedelta(days=1)).year)
    else:
        first, last = (exp.Subquery(this=held.copy().select(exp.func(end, exp.func("year", col("event_date", "e"))), append=False))
                       for end in ("min", "max"))
    years = exp.alias_(exp.Unnest(expressions=[exp.func("generate_series", first, last)]), "t", table=["year"])
    return exp.select(exp.column("year")).from_(years).where(
        exp.Not(this=exp.column("year").isin(query=held))).order_by(exp.column("year"))


def build(parsed: Parsed, today: date) -> Plan:
    """SQL (DuckDB dialect, not yet company-scoped), its explanation and chart axes.
    Raises Unanswerable for a question the compiler cannot answer as asked."""
    select, chart = build_query(parsed, today)
    if dropped := _not_held(parsed, select):
        raise Unanswerable(dropped)
    return Plan(_in_minutes(parsed, select).sql(dialect=DIALECT), explain(parsed), chart)


def _in_minutes(parsed: Parsed, select: exp.Select) -> exp.Select:
    """The query with each time it gives in seconds (a column named ``…_s``) given in minutes beside it, when the
    question asks for minutes ("How many minutes separate her best and her worst time?"); unchanged otherwise."""
    if not minutes_asked(parsed) or not isinstance(select, exp.Select):
        return select
    # (a time's change or difference is in seconds too: "by how much did the median time change …, in minutes")
    timed_change = parsed.measures_a_time or bool(parsed.metric and parsed.metric.kind in ("gap", "margin"))
    timed = [projection for projection in select.expressions if not isinstance(projection, exp.Star) and (
        rx.search(r"_s(?:_|$)", projection.alias_or_name) or timed_change and projection.alias_or_name in _TIME_CHANGES)]
    return select.select(*[exp.alias_(exp.Div(this=exp.Paren(this=(projection.unalias()).copy()), expression=lit(60.0)),
                                      f"{rx.sub(r'_s(?=_|$)', '', projection.alias_or_name)}_min") for projection in timed],
                         copy=False) if timed else select


_TIME_CHANGES = ("change", "difference", "gap", "spread")


def _not_held(parsed: Parsed, select: exp.Select) -> str | None:
    """Why the query cannot answer the reading, when it holds no part of something asked (None when it holds all):
    said back, never answered as if it were not asked."""
    if parsed.not_held and not (parsed.dates or len(parsed.years) > 1 or parsed.years_not_held):
        # ("which events did not have a 10K?": no dates to be absent from — it listed the events that had one)
        return "events that never held something I cannot list yet: ask which events held it, or name the years"
    if parsed.limit and parsed.limit > 1 and not any(
            literal.is_number and float(literal.this) == parsed.limit for literal in select.find_all(exp.Literal)):
        # ("did the women's winner also finish top 5 overall": the winners, no 5)
        return f"the top {parsed.limit} I could not apply to this answer: ask for it on its own"
    if parsed.last_place and not any(True for _ in select.find_all(exp.Max, exp.ArgMax)) and not any(
            ordered.args.get("desc") for ordered in select.find_all(exp.Ordered)):
        # ("the last finisher's time and how many took over 90 minutes": the count alone)
        return "the last finisher I could not give with this answer: ask for it on its own"
    if parsed.group_by and parsed.intent not in ("list", "find", "top") and not parsed.difference and \
            len(select.expressions) == 1 and not isinstance(select.expressions[0], exp.Star):
        # ("how many finished both races on the same day? Count per year": the runners counted over every year)
        return (f"one row per {' and '.join(parsed.group_by).replace('_', ' ')} I could not give with this answer: ask "
                f"for one group at a time")
    return None
