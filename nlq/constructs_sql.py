"""SQL for the constructs of ``nlq.constructs``: metrics, cohorts, rankings of a dimension, percent change.

Built on ``nlq.sqlbuild``'s query (its filters already applied), as sqlglot expressions with literals only;
no company filter (the guard adds it). Definitions are the glossary's (see ``nlq.constructs``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlglot import exp

from nlq import rx
from nlq.rivals import REFERENCES
from nlq import sqlbuild as sb
from nlq.audits import Audit
from nlq.constructs import CLOCK_DIMENSIONS, GAP_AGGREGATE_WORDS, LATER_YEAR, MILE_KM, RANK_ALL, SHARED_COHORTS, Cohort, Metric
from nlq.entities import DISTANCE_LABELS, age_band_names, band_names
from nlq.parser import COHORT_GROUPS, ONE_ROW, Parsed, change_said_as_a_fall, counts_every_year, ranked_within


def constructs_query(parsed: Parsed, query, dims: list[str],
                     today: date) -> tuple[exp.Select, tuple[str, str] | None] | None:
    """The query when the question is a construct, else None (``query`` is over results, filters applied)."""
    if parsed.ranking and (within := ranked_within(parsed)) and (parsed.change_years or parsed.metric or parsed.averaged_over):
        raise sb.Unanswerable(f"a ranking of {parsed.ranking.dimension.replace('_', ' ')}s within each "
                              f"{' and '.join(within).replace('_', ' ')} by this measure I cannot give yet: "
                              f"ask for one {within[0].replace('_', ' ')} at a time")
    if parsed.change_years and parsed.cohort:
        # ("runners who finished it in both 2024 and 2025: their average each year and the change": the years' whole
        # fields were measured, the runners chosen dropped)
        raise sb.Unanswerable("a change between two years among runners chosen by their history (both years, N or more "
                              "finishes) I cannot give yet: ask for each year's measure of everyone, or how many they were")
    if parsed.change_years and parsed.ranking:
        return _ranked_change(parsed, query), None
    if parsed.change_years:
        return _percent_change(parsed, query, dims, today), None
    if parsed.cohort:
        return _cohort(parsed, query, dims, today), None
    if parsed.ranking and parsed.ranking.measure == "change":
        return sb.ranked_year_over_year(query, parsed, today), None
    if parsed.ranking and parsed.metric and parsed.metric.kind == "share":
        return _ranked_share(parsed, query, today), None
    if parsed.ranking and parsed.metric and parsed.metric.kind == "margin":
        return _ranked_margin(parsed, query, dims), None
    if parsed.ranking and parsed.metric and parsed.metric.kind in ("gap", "pace"):
        return _ranked_metric(parsed, query, today), None
    if parsed.ranking and parsed.averaged_over:
        return _ranked_average(parsed, query, today), None
    if parsed.ranking:
        return _ranking(parsed, query, today), None
    if parsed.metric and parsed.difference and parsed.metric.kind == "pace":   # each group's pace and the gap
        return sb._difference(_metric(parsed, query, dims, today)[0], parsed.difference,
                              keys=sb._kept_columns(dims, query)), None
    if parsed.time_bands:
        return _time_bands(parsed, query, dims), None
    if parsed.age_bands and not (parsed.measure or parsed.metric or query.age_band is not None):
        return _age_bands(parsed, query, dims), None
    if parsed.band_width:
        return _width_bands(parsed, query, dims), None
    if parsed.metric:
        return _metric(parsed, query, dims, today)
    return None


def _time_bands(parsed: Parsed, query, dims: list[str]) -> exp.Select:
    """Finishers counted in each finish-time band, one row per band, fastest first, each with its percent of them all:
    under the first edge, from each edge up to the next, the last edge or slower (seconds of chip time, or gun time
    when asked; seconds per km or mile of pace bands)."""
    _status(parsed, query)
    pace = parsed.metric.unit if parsed.metric and parsed.metric.kind == "pace" else None
    clock = _pace_value(parsed, query) if pace else sb.clock_column(parsed)
    edges = parsed.time_bands
    names = band_names(edges, pace)
    if parsed.bands_as_columns and not dims:   # one row, a column each: each band's count, as each was asked
        lows, highs = (None, *edges), (*edges, None)
        return query.build([exp.alias_(exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=exp.and_(*(
            [clock.copy() >= sb.lit(low)] if low is not None else []) + ([clock.copy() < sb.lit(high)] if high is not None else [])))),
            rx.sub(r"\W+", "_", name).strip("_")) for i, (low, high, name) in enumerate(zip(lows, highs, names))
            if i not in parsed.bands_left_out])
    # (of its group's finishers)
    return _counted_in_bands(parsed, query, dims, clock, edges, names, "pace_band" if pace else "time_band")


def _counted_in_bands(parsed: Parsed, query, dims: list[str], value: exp.Expression, edges: tuple[float, ...] | tuple[int, ...],
                      names: list[str], column: str) -> exp.Select:
    """The results kept counted in each band of ``value`` between ``edges`` (named ``names``: under the first edge,
    each edge up to the next, the last edge and above), a row per band asked (``parsed.bands_left_out`` none), in
    order, with its percent of all those counted in the bands asked; without other groups every band asked is a row, 0 where none fell in
    it ("under 20 min, 20 to 30, …" had left the empty bands out)."""
    band = sb.band_case(value, edges, names, parsed.bands_left_out)
    columns = [column for name in dims for column in sb.dimension_columns(name, query)]
    counted = exp.Count(this=exp.Star())
    select = query.build([*columns, exp.alias_(band, column), exp.alias_(counted, "finishers"),
                          sb.share_of_all(counted, [c.this.copy() for c in columns])]).where(value.copy().is_(exp.null()).not_())
    keys = [exp.Literal.number(i + 1) for i in range(len(columns) + 1)]
    select = select.group_by(*keys).order_by(*keys[:-1], exp.func("min", value.copy()))
    if parsed.bands_left_out:   # (a band not asked is no row, nor in the percents: "under 30, 30-39, 50-59, 60+")
        select = select.having(band.copy().is_(exp.null()).not_())
    if columns:
        return select
    return sb.each_listed(select, column, [name for i, name in enumerate(names) if i not in parsed.bands_left_out],
                          {"finishers", "percent"})


def _age_bands(parsed: Parsed, query, dims: list[str]) -> exp.Select:
    """Finishers (or the results the question keeps) counted in each age bracket asked, one row per bracket in the
    order asked, 0 where none fell in it, each with its percent of them all (age on race day): "under 30, 30s, 40s,
    50s, 60 and over"."""
    _status(parsed, query)
    return _counted_in_bands(parsed, query, dims, sb.col("age", "r"), parsed.age_bands, age_band_names(parsed.age_bands),
                             "age_band")


def _width_bands(parsed: Parsed, query, dims: list[str]) -> exp.Select:
    """Finishers counted in bands of ``parsed.band_width`` seconds, as the data fills them, fastest first: each band by
    its lower edge (seconds, and minutes), with its percent of them all (chip time, or gun time when asked; seconds
    per km or mile of pace bands)."""
    _status(parsed, query)
    pace = parsed.metric.unit if parsed.metric and parsed.metric.kind == "pace" else None
    value = _pace_value(parsed, query) if pace else sb.clock_column(parsed)
    width = sb.lit(parsed.band_width)
    start = exp.Mul(this=exp.func("floor", exp.Div(this=value, expression=width)), expression=width.copy())
    columns = [column for name in dims for column in sb.dimension_columns(name, query)]
    counted = exp.Count(this=exp.Star())
    edge = "pace_band_start" if pace else "time_band_start"
    select = query.build([*columns, exp.alias_(start, f"{edge}_s"),
                          exp.alias_(exp.Div(this=start.copy(), expression=sb.lit(60)), f"{edge}_min"),
                          exp.alias_(counted, "finishers"), sb.share_of_all(counted, [c.this.copy() for c in columns])])
    keys = [exp.Literal.number(i + 1) for i in range(len(columns) + 2)]
    return select.where(value.copy().is_(exp.null()).not_()).group_by(*keys).order_by(*keys)


def _status(parsed: Parsed, query, default: str | None = "FIN") -> None:
    status = parsed.status or default
    if status and not any(isinstance(w, (exp.EQ, exp.NEQ)) and w.this.name == "status" for w in query.where):
        query.where.append(sb.status_condition(status))


def _people() -> exp.Expression:
    return exp.Count(this=exp.Distinct(expressions=[sb.col("participant_id", "r")]))


def _rate_parts(status: str) -> tuple[exp.Expression, exp.Expression]:
    """(results of ``status``, what its rate is taken over): DNF (and any other) ÷ starters (every status but DNS);
    DNS ÷ every entry."""
    column = sb.col("status", "r")
    whole = exp.Count(this=exp.Star()) if status == "DNS" else _count_where(column.neq(sb.lit("DNS")))
    return _count_where(column.eq(sb.lit(status))), whole


def _ratio(numerator: exp.Expression, denominator: exp.Expression) -> exp.Expression:
    """100 × numerator ÷ denominator (NULL when the denominator is 0)."""
    return exp.Mul(this=exp.Literal.number(100.0), expression=exp.Paren(this=exp.Div(
        this=exp.Paren(this=numerator), expression=exp.func("nullif", denominator, sb.lit(0)))))


def _count_where(condition: exp.Expression) -> exp.Expression:
    return exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=condition))


# ---- metrics -------------------------------------------------------------------------------------------------
def _metric(parsed: Parsed, query, dims: list[str], today: date) -> tuple[exp.Select, tuple[str, str] | None]:
    metric = parsed.metric
    if metric.kind in ("oldest", "youngest", "age_extremes") and parsed.measure:
        # "the average age of finishers and who was the oldest": two answers (it gave the oldest alone)
        raise sb.Unanswerable(f"two questions in one (the {parsed.measure.replace('_', ' ')} and the {metric.kind} "
                              "runner): ask them one at a time")
    if metric.kind == "age_extremes" and metric.unit != "age":
        # "who were the youngest and the oldest finishers": the youngest runners, then the oldest, each labelled
        ends = [_metric(replace(parsed, metric=Metric(end)), query, dims, today)[0] for end in ("youngest", "oldest")]
        labelled = [exp.select(exp.alias_(sb.lit(end), "which_end"), exp.Star()).from_(select.subquery(end))
                    for end, select in zip(("youngest", "oldest"), ends)]
        return exp.union(*labelled, distinct=False), None
    if metric.kind in ("oldest", "youngest", "age_extremes"):
        _status(parsed, query)
        if metric.kind == "age_extremes":   # "how old were the youngest and the oldest finishers": both ages, and of how many
            ages = [exp.alias_(exp.func(aggregate, sb.col("age", "r")), f"{end}_age")
                    for aggregate, end in (("min", "youngest"), ("max", "oldest"))]
            select = sb._grouped(query, dims, [*ages, exp.alias_(exp.Count(this=exp.Star()), "results")])
            return select, None
        if metric.unit == "age":   # "how old was the youngest finisher (each year)": the age alone
            age = exp.func("min" if metric.kind == "youngest" else "max", sb.col("age", "r"))
            select = sb._grouped(query, dims, [exp.alias_(age, "age")])
            return select, sb._chart(dims, select)
        query.need("p", "e", "ra")
        groups = [column for name in dims for column in sb.dimension_columns(name, query)]
        # (with the year of that race: "the youngest winner ever - who, how old, and what year")
        year = [] if "year" in dims else [exp.alias_(exp.func("year", sb.col("event_date", "e")), "year")]
        oldest = metric.kind == "oldest"
        # one row per runner (of each group): a runner of two races that day is one oldest finisher, shown at the
        # longer race — and the N oldest are N runners
        runner_row = exp.Window(this=exp.func("row_number"), partition_by=[
            sb.col("participant_id", "r"), *[g.this.copy() for g in groups]], order=exp.Order(expressions=[
                exp.Ordered(this=sb.col("age", "r"), desc=oldest), exp.Ordered(this=sb.col("distance_km", "ra"), desc=True)]))
        runners = query.build([*groups, sb.col("first_name", "p"), sb.col("last_name", "p"), sb.col("age", "r"),
                               sb.col("age_group", "r"), exp.alias_(sb.col("name", "e"), "event"), *year,
                               exp.alias_(sb.col("name", "ra"), "race"), sb.clock_column(parsed),
                               sb.col("overall_place", "r")])   # ("where did the oldest finisher place overall")
        runners = runners.qualify(runner_row.eq(sb.lit(1)))
        shown = [exp.column(column.alias_or_name) for column in runners.expressions]
        keys = [exp.column(g.alias) for g in groups]
        # every runner tied at the last age shown: eight 15-year-olds are all "the youngest finisher" (of each group)
        select = sb.ranked_first(exp.select(*shown).from_(runners.subquery("runners")), exp.column("age"), oldest,
                                 parsed.limit or 1, [key.copy() for key in keys])
        return select.order_by(*[key.copy() for key in keys], exp.Ordered(this=exp.column("age"), desc=oldest),
                               exp.column("last_name"), exp.column("first_name")), None
    if metric.kind in ("gap", "pace") and (parsed.intent in ("top", "list") or parsed.place or parsed.last_place):
        return _runners_by(parsed, query, dims), None
    if metric.kind == "rate":
        counted, whole = _rate_parts(metric.unit)
        measures = [exp.alias_(_ratio(counted, whole), f"{metric.unit.lower()}_rate_percent"),
                    exp.alias_(counted.copy(), metric.unit.lower()),
                    exp.alias_(whole.copy(), "starters" if metric.unit != "DNS" else "entries")]
        if metric.unit != "FIN":   # ("finishers and DNF rate for each race": the finishers beside the rate)
            measures.append(exp.alias_(_count_where(sb.col("status", "r").eq(sb.lit("FIN"))), "finishers"))
    elif metric.kind == "share":
        _status(parsed, query, default=None)
        # runners by their history ("were first-timers") among the whole's results, or each runner once when the
        # whole is said of people ("(counted once)")
        whole = _people() if parsed.share_of.cohort and parsed.distinct_people or parsed.metric.unit == "people" else \
            exp.Count(this=exp.Star())
        parts = (parsed.share_of, *parsed.also_shares)
        measures = []
        for number, share_of in enumerate(parts, 1):   # ("… in WA, and what percent in OR": percent_1, percent_2)
            part = sb.filters_of(share_of, today)
            query.need(*part.tables)
            if share_of.rival and share_of.rival.side not in REFERENCES and share_of.person:
                # ("what percentage of the women finished ahead of Tracey Wood": of the women who finished her own race)
                sb.her_field(query, share_of)
                query.where.append(sb.status_condition("FIN"))
            conditions = [*part.where, *([_history(parsed, share_of.cohort, query)] if share_of.cohort else [])]
            counted = exp.Filter(this=whole.copy(), expression=exp.Where(this=exp.and_(*conditions))) if conditions \
                else whole.copy()
            suffix = f"_{number}" if len(parts) > 1 else ""
            measures += [exp.alias_(_ratio(counted, whole), f"percent{suffix}"), exp.alias_(counted.copy(), f"counted{suffix}")]
        measures.append(exp.alias_(whole.copy(), "of_total"))
        if (rival := parsed.share_of.rival) and rival.side not in REFERENCES and parsed.share_of.person and len(parts) == 1:
            # ("what was her age-group place, and what percent of her age group finished at or ahead of her": her place
            # in the field it is of, beside it)
            measures.append(exp.alias_(exp.func("min", sb.col(sb.PLACE_COLUMNS[rival.scope], "r8")), "her_place"))
        # ("% in WA, and % in OR": a row for each, as a grouping would give; "…, one row": a column each)
        if not rx.search(ONE_ROW, parsed.question) and (labels := differing_dimension(parts)):
            return _shares_as_rows(sb._grouped(query, dims, measures), labels), None
    elif metric.kind == "margin":
        return _margin(parsed, query, dims)
    elif metric.kind == "gap":
        _status(parsed, query)
        gap = _gap_value()
        name = GAP_AGGREGATE_WORDS.get(metric.aggregate, metric.aggregate)
        # ("the median gun minus chip time, and the biggest gap": the median read as the measure, the largest as the gap's)
        also = _PACE_AGGREGATES.get(parsed.measure) if parsed.measure in ("average", "median") else None
        # ("avg and max gun-chip gap": each measure listed, of the gap)
        listed = [_PACE_AGGREGATES[one] for one in parsed.measure.split(",")] if parsed.measure and "," in parsed.measure \
            else [also, metric.aggregate]
        measures = [exp.alias_(sb.aggregate(one, gap.copy()), f"{GAP_AGGREGATE_WORDS.get(one, one)}_gun_minus_chip_s")
                    for one in dict.fromkeys(filter(None, listed))]
        if metric.aggregate in ("avg", "median") and len(measures) == 1:   # the two times it is taken between, beside it
            measures += [exp.alias_(sb.aggregate(metric.aggregate, sb.col(clock, "r")), f"{name}_{clock}")
                         for clock in ("gun_time_s", "chip_time_s")]
    elif parsed.measure and "," in parsed.measure and not parsed.with_time:
        # ("the quartiles (Q1, median, Q3) of pace in minutes per mile", "mean and standard deviation of pace"): a column each
        measures = [_pace(replace(parsed, metric=replace(metric, aggregate=_PACE_AGGREGATES.get(one, one))), query)
                    for one in parsed.measure.split(",")]
    else:
        measures = [_pace(parsed, query)]
        if parsed.with_time:   # ("average gun time and average pace": the time asked, beside the pace)
            measures.insert(0, sb.measure_column(parsed.measure, query, parsed))
        if parsed.with_count:   # ("How many women finished X? And what was their average pace?": the count beside it)
            measures.insert(0, sb._count_measure(parsed, query))
    select = sb._grouped(query, dims, measures)
    return select, sb._chart(dims, select)


def differing_dimension(parts: tuple[Parsed, ...]) -> tuple[str, list[str | int]] | None:
    """The one dimension several readings differ in, and each one's value of it: ("state", ["WA", "OR"]), ("race",
    ["5K", "10K"]), ("sex", ["F", "M"]); None for one reading, or readings that differ otherwise ("masters, and under
    30": a column each). Of several shares' parts, and of two questions asked at once (nlq.service)."""
    if len(parts) < 2:
        return None
    for dimension, value, cleared in (
            ("state", lambda p: p.runner_state if not (p.runner_state_negated or p.more_states) else None,
             {"runner_state": None}),
            ("city", lambda p: p.runner_city if not (p.runner_city_negated or p.more_cities) else None, {"runner_city": None}),
            ("race", lambda p: p.distances[0].label if len(p.distances) == 1 else None, {"distances": ()}),
            ("sex", lambda p: p.sex if not p.sex_negated else None, {"sex": None}),
            # ("… finishers in 2023? And in 2024?": a row each year)
            ("year", lambda p: p.years[0] if len(p.years) == 1 else None, {"years": (), "dates": None})):
        values = [value(part) for part in parts]
        plain = [replace(part, **cleared, question="", unused=(), confidence=0.0) for part in parts]
        if all(values) and len(set(values)) == len(values) and all(other == plain[0] for other in plain[1:]):
            return dimension, values
    return None


def _shares_as_rows(one_row: exp.Select, labels: tuple[str, list[str | int]]) -> exp.Select:
    """The shares of one row per group (percent_1, counted_1, percent_2, …) as a row per part, labelled."""
    dimension, values = labels
    kept = [column.alias for column in one_row.expressions if not column.alias.startswith(("percent_", "counted_"))
            and column.alias != "of_total"]
    rows = [exp.select(*map(exp.column, kept), exp.alias_(sb.lit(value), dimension),
                       exp.alias_(exp.column(f"percent_{n}"), "percent"), exp.alias_(exp.column(f"counted_{n}"), "counted"),
                       exp.column("of_total")).from_("shares") for n, value in enumerate(values, 1)]
    union = rows[0]
    for row in rows[1:]:
        union = exp.union(union, row, distinct=False)
    return exp.select("*").from_(union.subquery("each_share")).with_("shares", as_=one_row)


def _margin(parsed: Parsed, query, dims: list[str]) -> tuple[exp.Select, None]:
    """The winning margin of each race: the runner-up's time minus the winner's (seconds, chip time or gun time
    when asked), by the places within the division kept — among women when a sex is asked, within each age group
    when asked by age group, else overall."""
    _status(parsed, query)
    place = sb.col("age_group_place" if "age_group" in dims or parsed.age_group else
                   "gender_place" if parsed.sex or "sex" in dims else "overall_place", "r")
    clock = sb.clock_column(parsed)
    later = int(parsed.metric.unit or 2)   # ("how far behind the winner was 10th place")
    at = [exp.Filter(this=exp.func("min", clock.copy()), expression=exp.Where(this=place.copy().eq(sb.lit(n))))
          for n in (1, later)]
    query.need("p")
    # the winner by name ("who won and by how much"); of two tied winners, the first by name
    names = [exp.alias_(exp.Filter(this=exp.func("min", sb.col(name, "p")), expression=exp.Where(
        this=place.copy().eq(sb.lit(1)))), f"winner_{name}") for name in ("first_name", "last_name")]
    measures = [*names, exp.alias_(at[0], "winner_s"), exp.alias_(at[1], f"place_{later}_s" if later > 2 else "runner_up_s"),
                exp.alias_(exp.Sub(this=at[1].copy(), expression=at[0].copy()),
                           "behind_winner_s" if later > 2 else "margin_s")]
    return sb._grouped(query, list(dict.fromkeys(["event", "year", "race", *dims])), measures), None


def _ranked_margin(parsed: Parsed, query, dims: list[str]) -> exp.Select:
    """Each race's winning margin (``_margin``), ranked: "the closest finish ever for the win", "which year had the
    biggest winning margin" — races with no runner-up left out."""
    select, _ = _margin(replace(parsed, ranking=None), query, dims)
    margin = next(column.this for column in select.expressions if column.alias in ("margin_s", "behind_winner_s"))
    select = select.having(exp.not_(exp.Is(this=margin.copy(), expression=exp.Null())))
    return _ranked_by(select, margin.copy(), parsed.ranking)


def _ranked_share(parsed: Parsed, query, today: date) -> exp.Select:
    """One row per value of the ranking's dimension with its share (percent, the part counted, the whole), by the
    share, highest first unless asked lowest: "rank the years by the share of finishers who were women"."""
    ranking = parsed.ranking
    select, _ = _metric(parsed, query, [ranking.dimension], today)
    return _ranked_by(select, exp.column("percent"), ranking)


def _ranked_metric(parsed: Parsed, query, today: date) -> exp.Select:
    """One row per value of the ranking's dimension with its gun−chip gap or pace (average unless said), ranked by
    it: "rank the years by the average gap between gun and chip time, biggest first"."""
    select, _ = _metric(replace(parsed, intent="analyze", ranking=None), query, [parsed.ranking.dimension], today)
    # (by the gap or pace itself, never the gun and chip times shown beside a gap)
    ranked = next(column.alias_or_name for column in select.expressions
                  if rx.search(r"gun_minus_chip|pace_s_per", column.alias_or_name))
    return _ranked_by(select, exp.column(ranked), parsed.ranking)


def _ranked_average(parsed: Parsed, query, today: date) -> exp.Select:
    """One row per value of the ranking's dimension with its average count per edition (or year, race), by that
    average, highest first unless asked lowest: "rank our events by average entries per edition"."""
    ranking = parsed.ranking
    select = sb._averaged(query, replace(parsed, group_by=(ranking.dimension,)), today)
    average = next(column.alias for column in select.expressions if column.alias.startswith("average_"))
    return _ranked_by(select, exp.column(average), ranking)


def _ranked_by(select: exp.Select, measure: exp.Expression, ranking) -> exp.Select:
    """``select`` ordered by ``measure`` as the ranking says, cut to its limit with every value tied with the last."""
    if ranking.limit < RANK_ALL:
        select = sb.ranked_first(select, measure.copy(), ranking.descending, ranking.limit, both_ends=ranking.both_ends)
    return select.order_by(exp.Ordered(this=measure, desc=ranking.descending), exp.Literal.number(1), append=False)


def _runners_by(parsed: Parsed, query, dims: list[str]) -> exp.Select:
    """The runners with the largest (or smallest) gun−chip gap or pace of their own, each result's value beside
    them: the first ``limit`` (1 unless said) and every runner tied with the last one — of each group when the
    question has groups ("which finisher had the largest gap each year"). A list (intent "list") is every runner
    chosen, with their own value ("what pace did the men's and the women's winner run"); the runner at a place, or
    the last finisher, with theirs ("what pace did the last marathon finisher run")."""
    metric = parsed.metric
    _status(parsed, query)
    value = _gap_value() if metric.kind == "gap" else _pace_value(parsed, query)
    name = "gun_minus_chip_s" if metric.kind == "gap" else f"pace_s_per_{metric.unit}"
    if parsed.place:
        return sb._at_place(query, parsed).select(exp.alias_(value, name))
    groups = [column for dim in dims for column in sb.dimension_columns(dim, query)]
    runner = sb._runner_columns(query, parsed)
    shown = {column.alias_or_name for column in runner}   # (a runner's row already says its year, race, sex, …)
    select = query.build([*(g for g in groups if g.alias not in shown), *runner, exp.alias_(value, name)])
    if parsed.intent == "list":   # (each sex's winners by sex; the first N places in their order)
        # ("my pace in each of my Atlanta marathons": a runner's timeline, the oldest first when read so)
        return select.order_by(exp.Ordered(this=sb.col("event_date", "e"), desc=not parsed.oldest_first), sb.col("name", "ra"),
                               *([] if parsed.top_places else [sb.col("sex", "p")]), value.copy())
    if parsed.last_place:   # the slowest finisher (each group's), every one tied with them
        clock = sb.clock_column(parsed)
        return sb.ranked_first(select, clock.copy(), True, parsed.limit or 1, [g.this.copy() for g in groups]).order_by(
            *[g.this.copy() for g in groups], exp.Ordered(this=clock, desc=True), sb.col("last_name", "p"))
    descending = metric.aggregate == "max"
    select = sb.ranked_first(select, value.copy(), descending, parsed.limit or 1, [g.this.copy() for g in groups])
    return select.order_by(*[g.this.copy() for g in groups], exp.Ordered(this=value.copy(), desc=descending),
                           sb.col("last_name", "p"))


def _gap_value() -> exp.Expression:
    return exp.Sub(this=sb.col("gun_time_s", "r"), expression=sb.col("chip_time_s", "r"))


def _pace_value(parsed: Parsed, query) -> exp.Expression:
    """A result's pace: seconds per km or per mile (chip time, or gun time when said of the pace, ÷ the race's
    distance)."""
    query.need("ra")
    query.where.append(sb.col("distance_km", "ra") > sb.lit(0))
    per = sb.col("distance_km", "ra") if parsed.metric.unit == "km" else exp.Paren(this=exp.Div(
        this=sb.col("distance_km", "ra"), expression=exp.Literal.number(MILE_KM)))
    return exp.Div(this=sb.col("gun_time_s" if parsed.metric.clock == "gun" else "chip_time_s", "r"), expression=per)


# a measure of the list said as the pace's aggregate
_PACE_AGGREGATES = {"average": "avg", "median": "median", "fastest": "min", "slowest": "max", "stddev": "stddev_samp"}


def _pace(parsed: Parsed, query) -> exp.Alias:
    """The pace aggregate of the finishers' times: seconds per km or per mile (chip time ÷ distance)."""
    metric = parsed.metric
    _status(parsed, query)
    return exp.alias_(sb.aggregate(metric.aggregate, _pace_value(parsed, query)),
                      f"{'stddev' if metric.aggregate == 'stddev_samp' else metric.aggregate}_pace_s_per_{metric.unit}")


# ---- cohorts -------------------------------------------------------------------------------------------------
def _enough(counted: exp.Expression, cohort) -> exp.Expression:
    """A runner's count against the cohort's: at least it, or exactly it ("raced with us once and never again")."""
    return counted.eq(sb.lit(cohort.count)) if cohort.exact else counted >= sb.lit(cohort.count)


def _whole_history(parsed: Parsed, dated, today: date):
    """ "Of last year's X finishers, how many have finished it 3 or more times": those runners (``dated``, the year's
    results asked), with every year of the event counted — an event held once a year has one edition in it."""
    query = sb._Query("r")
    sb._apply_filters(query, replace(parsed, dates=None, years=()), today)
    _status(parsed, query, default=None if parsed.cohort.entries else "FIN")
    query.where.append(sb.col("participant_id", "r").isin(dated.build([sb.col("participant_id", "r")]).subquery()))
    return query


def runner_ids(parsed: Parsed, today: date) -> exp.Select:
    """The runners a reading chooses, a participant_id each (``Parsed.among``: another question's results kept to
    them): its cohort's runners ("finished all three of our 2022 events"), else the runners of its results (finishers
    unless a status is said). Raises Unanswerable for a cohort with no runners to keep (streaks, the most improved)."""
    query = sb._Query("r")
    sb._apply_filters(query, parsed, today)
    if parsed.cohort:
        return _cohort(replace(parsed, measure=None, metric=None, limit=None), query, [], today, ids=True)
    _status(parsed, query)
    return query.build([sb.col("participant_id", "r")]).distinct()


def _cohort(parsed: Parsed, query, dims: list[str], today: date, *, ids: bool = False) -> exp.Select:
    """How many runners (each once) belong to the cohort among the selected results; a cohort of each result's own
    history (first-timers, returning runners) per group of ``dims`` too, or a measure or metric of its results
    ("the average age of first-timers", "the DNF rate of returning runners"); with ``ids``, its runners, a
    participant_id each (``runner_ids``). Raises Unanswerable for a measure of any other cohort."""
    cohort = replace(parsed.cohort, listed=True) if ids else parsed.cohort
    listed = (lambda runners: runners) if ids else _listed   # (with ids: the runners' ids, not their names)
    measured = parsed.measure or parsed.metric
    if ids and (cohort.kind in ("streak", "improved") or cohort.kind == "min_finishes" and cohort.each_event):
        raise sb.Unanswerable("the runners of a streak or of the most improved I cannot ask more of yet")
    if cohort.listed and cohort.kind in SHARED_COHORTS:   # "who DNF'd it in 2025 after finishing it in 2023": by name
        query.where.append(_history(parsed, cohort, query))
        # (the results' status as counted: "list the first-timers at X" are its first-time finishers, no DNS among them)
        _status(parsed, query, default=None if cohort.entries else "FIN")
        return listed(query.build([sb.col("participant_id", "r")]))
    if measured and cohort.kind in SHARED_COHORTS and not cohort.with_returning:
        query.where.append(_history(parsed, cohort, query))
        if parsed.metric:
            return _metric(parsed, query, dims, today)[0]
        _status(parsed, query)
        return sb._grouped(query, dims, sb._measures(parsed.measure, query, parsed))
    if parsed.measure and cohort.with_returning:
        # "avg finish time of first-timers vs people who'd run it before": the measure of each, side by side
        new = _history(parsed, cohort, query)
        label = exp.alias_(exp.If(this=new, true=sb.lit("first-timer"), false=sb.lit("returning")), "runners")
        _status(parsed, query)   # (each group's runners counted beside its measure: "how many of each, and their average")
        return sb._grouped(query, dims, [exp.alias_(_people(), "counted"), *sb._measures(parsed.measure, query, parsed)],
                           (label,))
    if (measured or parsed.limit and not cohort.listed) and cohort.kind != "improved":
        raise sb.Unanswerable("a measure of runners chosen by their whole history (both events, N or more finishes, every "
                           "edition) I cannot give yet: ask how many they were, or for first-timers or returning runners")
    _status(parsed, query, default=None if cohort.entries else "FIN")
    if cohort.kind == "streak":
        return _streaks(query, cohort)
    if counts_every_year(parsed):
        query = _whole_history(parsed, query, today)
    if cohort.kind == "min_finishes" and cohort.each_event and len(parsed.events) >= 2:
        return _at_each(parsed, query)
    if cohort.kind == "min_finishes":
        query.need("e")
        times = exp.Count(this=exp.Distinct(expressions=[exp.func("year", sb.col("event_date", "e"))])) \
            if cohort.distinct_years else exp.Count(this=exp.Distinct(expressions=[sb.col("name", "e")])) \
            if cohort.distinct_events else exp.Count(this=exp.Star())
        if cohort.spread and not ids:   # ("runners who finished exactly one, two, or both …": counted, never listed)
            events = [exp.alias_(times.copy(), "events")]
            return _runners_counted(_per_runner(query, []).select(*events).having(times.isin(*map(sb.lit, cohort.spread))),
                                    events)
        if ids:
            return _per_runner(query, []).having(times.isin(*map(sb.lit, cohort.spread)) if cohort.spread else _enough(times, cohort))
        if cohort.listed:     # "which women have won it more than once": each runner with her count, most first
            query.need("p", "e")
            counted = exp.Count(this=exp.Distinct(expressions=[sb.col("event_id", "r")])) if cohort.editions else times
            name = "editions" if cohort.editions else "years" if cohort.distinct_years else \
                "events" if cohort.distinct_events else "finishes"
            # ("who, and in which years?": the years of those results beside the count)
            years = exp.func("list", exp.Distinct(expressions=[exp.func("year", sb.col("event_date", "e"))]))
            return query.build([sb.col("first_name", "p"), sb.col("last_name", "p"), exp.alias_(counted, name),
                                exp.alias_(exp.func("list_sort", years), "in_years")]).group_by(
                sb.col("participant_id", "r"), sb.col("first_name", "p"), sb.col("last_name", "p")).having(
                _enough(counted.copy(), cohort)).order_by(exp.Ordered(this=exp.column(name), desc=True),
                                                                sb.col("last_name", "p"), sb.col("first_name", "p"))
        if cohort.editions:   # both readings of "finished it 3 times": its editions, and every finish counted
            inner = query.build([sb.col("participant_id", "r"),
                                 exp.alias_(exp.Count(this=exp.Distinct(expressions=[sb.col("event_id", "r")])), "editions"),
                                 exp.alias_(exp.Count(this=exp.Star()), "finishes")]).group_by(sb.col("participant_id", "r"))
            return exp.select(*[exp.alias_(exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(
                this=_enough(exp.column(counted), cohort))), name)
                for counted, name in (("editions", "runners"), ("finishes", "counting_every_finish"))]
                ).from_(inner.subquery("cohort"))
        # ("three-event finishers by sex": by the runner's own group; "in each year … in that same year": within each)
        own, year = _runners_own(dims, query), exp.func("year", sb.col("event_date", "e"))
        within = [year] if dims == ["year"] else []
        inner = _per_runner(query, own, *within).having(_enough(times, cohort))
        if within:   # (a row per runner and year: the runners of each year)
            each_year = [exp.alias_(year.copy(), "year")]
            return _runners_counted(inner.select(*each_year), each_year)
        return _runners_counted(inner, own)
    if cohort.kind == "both":
        query.need("e", "ra")
        if cohort.legs:   # "A in 2024 and also B in 2025": each event in its own year (0: any year), and race
            year = exp.func("year", sb.col("event_date", "e"))
            legs = [exp.and_(sb.col("name", "e").eq(sb.lit(name)), *([year.copy().eq(sb.lit(when))] if when else []),
                             *([sb.distance_condition((DISTANCE_LABELS[race],))] if race else []))
                    for name, when, race in cohort.raced_legs()]
            query.where.append(exp.or_(*[leg.copy() for leg in legs]))
        key = sb.col("name", "e") if len(parsed.events) >= 2 or cohort.distinct_events else exp.func(
            "year", sb.col("event_date", "e")) \
            if len(parsed.years) >= 2 and len(parsed.distances) < 2 else sb.col("distance_km", "ra")
        if cohort.legs:   # which leg a result is ("the half in 2023, the full in 2024" at one event: by year and race)
            key = exp.Case(ifs=[exp.If(this=condition.copy(), true=sb.lit(i)) for i, condition in enumerate(legs)])
        # ("both A and B in the same calendar year": both within one year, any year)
        within = [exp.func("year", sb.col("event_date", "e"))] if cohort.same_year else []
        held = exp.Count(this=exp.Distinct(expressions=[key]))   # (of how many of those named each runner has)
        own = [] if within else _runners_own(dims, query)
        inner = _per_runner(query, own, *within).having(
            # (as many as the events named, or the years said when those are what is held — never the years of a list
            # asked of runners of both events: "for 2022, 2023 and 2024, … both A and B in the same year")
            held.eq(sb.lit(1)) if cohort.exact else held >= sb.lit(max(2, cohort.count, len(parsed.events),
                                                                        len(cohort.legs) or (len(parsed.years) if len(
                                                                            parsed.events) < 2 else 0))))
        if cohort.listed:
            return listed(inner)
        if within and dims == ["year"]:   # "in each year, how many finished both A and B that same year": per year
            each_year = [exp.alias_(within[0].copy(), "year")]   # (a row per runner and year)
            return _runners_counted(inner.select(*each_year), each_year)
        counted = exp.Count(this=exp.Distinct(expressions=[exp.column("participant_id")])) if within else \
            exp.Count(this=exp.Star())
        return _runners_counted(inner, own) if own else exp.select(exp.alias_(counted, "runners")).from_(inner.subquery("cohort"))
    if cohort.kind == "without" and cohort.without in parsed.events:
        # "the 2025 Bend 5K but never any Tacoma": the one event's results asked (its year, its race), and no finish at
        # the other, in any year and race unless its year was said too ("A in 2024 that did not run B in 2024")
        query.need("e")
        query.where.append(sb.col("name", "e").neq(sb.lit(cohort.without)))
        other = exp.select(sb.lit(1)).from_(sb.table("results", "r2")).join(
            sb.table("events", "e2"), on=sb.col("event_id", "e2").eq(sb.col("event_id", "r2"))).where(
            sb.col("participant_id", "r2").eq(sb.col("participant_id", "r")), sb.col("name", "e2").eq(sb.lit(cohort.without)),
            *([] if cohort.entries else [sb.status_condition("STARTED" if cohort.started else "FIN", "r2")]),
            *(sb.date_conditions(parsed.dates, "e2") if cohort.dated_both and parsed.dates else []))
        query.where.append(exp.Not(this=exp.Exists(this=other)))
        inner = _per_runner(query, [])
        if cohort.listed:
            return listed(inner)
        return exp.select(exp.alias_(exp.Count(this=exp.Star()), "runners")).from_(inner.subquery("cohort"))
    if cohort.kind == "without":   # "the half but never the full": a finish of the other race named, none of this one
        query.need("e", "ra")
        never = sb.distance_condition((DISTANCE_LABELS[cohort.without],))
        inner = _per_runner(query, []).having(exp.and_(
            exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=exp.Not(this=never.copy()))) > sb.lit(0),
            exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=never)).eq(sb.lit(0))))
        if cohort.listed:
            return listed(inner)
        return exp.select(exp.alias_(exp.Count(this=exp.Star()), "runners")).from_(inner.subquery("cohort"))
    if cohort.kind == "only":   # "ran only the 5K": results in the race said, none in any other race of what is asked
        query.need("e", "ra")
        said = sb.distance_condition(parsed.distances)
        inner = _per_runner(query, []).having(exp.and_(
            exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=said.copy())) > sb.lit(0),
            exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=exp.Not(this=said))).eq(sb.lit(0))))
        if cohort.listed:
            return listed(inner)
        return exp.select(exp.alias_(exp.Count(this=exp.Star()), "runners")).from_(inner.subquery("cohort"))
    if cohort.kind == "improved":
        return _improved(parsed, query)
    if cohort.kind == "never_finished":   # "entered at least one of our races but never finished one"
        # (none finished; "only no-shows": none so much as started)
        finishes = exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(
            this=sb.col("status", "r").neq(sb.lit("DNS")) if cohort.only_no_shows else sb.col("status", "r").eq(sb.lit("FIN"))))
        inner = _per_runner(query, []).having(exp.and_(finishes.eq(sb.lit(0)), *(
            [exp.Count(this=exp.Star()) >= sb.lit(cohort.count)] if cohort.count else [])))   # ("at least 5 times")
        return listed(inner) if cohort.listed else exp.select(exp.alias_(exp.Count(this=exp.Star()), "runners")).from_(
            inner.subquery("cohort"))
    if cohort.kind == "every_edition" and cohort.any_event:   # "every event edition we've ever timed": each one of them
        query.need("e")
        # (or each year it timed anything: "who has run with us every single year")
        timed_year = exp.func("year", sb.col("event_date", "e3"))
        # ("all three Florida events in 2018": those held in the state said)
        timed = exp.select(exp.Count(this=exp.Distinct(expressions=[timed_year])) if cohort.distinct_years else
                           exp.Count(this=exp.Star())).from_(sb.table("events", "e3")).where(
            *(sb.date_conditions(parsed.dates, "e3") if parsed.dates else []),
            *([sb.col("state", "e3").eq(sb.lit(parsed.event_state))] if parsed.event_state and not parsed.event_state_negated
              else []))
        each = exp.func("year", sb.col("event_date", "e")) if cohort.distinct_years else sb.col("event_id", "e")
        own = _runners_own(dims, query)
        inner = _per_runner(query, own).having(exp.Count(this=exp.Distinct(expressions=[each])).eq(exp.Subquery(this=timed)))
        return listed(inner) if cohort.listed else _runners_counted(inner, own)
    if cohort.kind == "every_edition":
        query.need("e")
        editions = exp.select(exp.Count(this=exp.Distinct(expressions=[exp.func("year", sb.col("event_date", "e3"))]))
                              ).from_(sb.table("events", "e3")).where(
            sb.col("name", "e3").isin(*[sb.lit(name) for name in parsed.events]),
            # "in every year from 2023 through 2025": every edition within the dates asked (or its latest N)
            *(sb.date_conditions(parsed.dates, "e3") if parsed.dates else []),
            *([sb.latest_editions(parsed, "e3")] if parsed.last_editions else []),
            # ("every Springfield Spring Marathon except 2015": the editions left, 2015 no longer one to match)
            *([exp.Not(this=exp.func("year", sb.col("event_date", "e3")).isin(*[sb.lit(y) for y in parsed.years_excluded]))]
              if parsed.years_excluded else []))
        if (held := sb.distance_condition(parsed.distances, "ra3")) is not None:
            # "ran the Bend Turkey Trot 10K in every edition it was held": the editions that held that race
            editions = editions.join(sb.table("races", "ra3"),
                                     on=sb.col("event_id", "ra3").eq(sb.col("event_id", "e3"))).where(held)
        own = _runners_own(dims, query)
        inner = _per_runner(query, own).having(
            exp.Count(this=exp.Distinct(expressions=[exp.func("year", sb.col("event_date", "e"))])).eq(
                exp.Subquery(this=editions)))
        if cohort.listed:
            return listed(inner)
        return _runners_counted(inner, own)
    if cohort.with_returning:   # "how many were first-timers, and how many had been there before": both, side by side
        new = _history(parsed, cohort, query)   # (NOT EXISTS an earlier result)
        back = new.this.copy() if isinstance(new, exp.Not) else exp.Not(this=new.copy())
        return sb._grouped(query, dims, [
            exp.alias_(exp.Filter(this=_people(), expression=exp.Where(this=new)), "first_timers"),
            exp.alias_(exp.Filter(this=_people(), expression=exp.Where(this=back)), "returning")])
    history = _history(parsed, cohort, query)
    # "first-timers at X each year": each edition of the event, one with none as 0 (it was left out); runners new to
    # the company per year are grouped by the year they came, so a year none came holds no row
    if dims and not parsed.ranking and (parsed.events or parsed.event_city):
        return sb._grouped(query, dims, [exp.alias_(exp.Filter(this=_people(), expression=exp.Where(this=history)), "runners")])
    query.where.append(history)
    if parsed.ranking:   # "which year brought us the most brand-new runners": each year's count, the most first
        ranking = parsed.ranking
        select = sb._grouped(query, [ranking.dimension], [exp.alias_(_people(), "runners")])
        return sb.ranked_first(select, _people(), ranking.descending, ranking.limit, both_ends=ranking.both_ends).order_by(
            exp.Ordered(this=exp.column("runners"), desc=ranking.descending), append=False)
    return sb._grouped(query, dims, [exp.alias_(_people(), "runners")])


def _runners_own(dims: list[str], query) -> list[exp.Expression]:
    """The runner's own columns among ``dims`` (``COHORT_GROUPS``: "all three events in 2025, by sex"), each named
    as its group, with the runner's table joined for them."""
    own = [dim for dim in dims if dim in COHORT_GROUPS]
    if own:
        query.need("p")
    return [exp.alias_(sb.col(dim, "p"), dim) for dim in own]


def _per_runner(query, own: list[exp.Expression], *within: exp.Expression) -> exp.Select:
    """A row per runner (and per group of ``within``) of the results kept, with the runner's ``own`` columns
    (``_runners_own``; none: the runner's id alone)."""
    return query.build([sb.col("participant_id", "r"), *own]).group_by(sb.col("participant_id", "r"), *within,
                                                                        *[column.this.copy() for column in own])


def _runners_counted(inner: exp.Select, own: list[exp.Expression]) -> exp.Select:
    """How many runners ``inner`` (a row each) holds, per group of ``own`` when there are any."""
    groups = [exp.column(column.alias) for column in own]
    select = exp.select(*groups, exp.alias_(exp.Count(this=exp.Star()), "runners")).from_(inner.subquery("cohort"))
    return select.group_by(*[g.copy() for g in groups]).order_by(*[g.copy() for g in groups]) if groups else select


def _improved(parsed: Parsed, query) -> exp.Select:
    """Runners with a finish in both years asked, each with their best time of each year: those faster in the later
    year counted (slower when asked), or listed by how much faster (``limit`` of them, ties kept). Times compare
    within one race: with no distance asked, each runner's times of each race are compared apart."""
    cohort = parsed.cohort
    earlier = next(year for year in parsed.years if year != cohort.count)
    query.need("e", "p", "ra")
    race = [] if parsed.distances else [exp.alias_(sb.col("name", "ra"), "race")]
    year, clock = exp.func("year", sb.col("event_date", "e")), sb.clock_column(parsed)
    best = {when: exp.Filter(this=exp.func("min", clock.copy()), expression=exp.Where(this=year.copy().eq(sb.lit(when))))
            for when in (earlier, cohort.count)}
    names = [sb.col("first_name", "p"), sb.col("last_name", "p")]
    inner = query.build([sb.col("participant_id", "r"), *names, *race, exp.alias_(best[earlier], f"best_{earlier}_s"),
                         exp.alias_(best[cohort.count], f"best_{cohort.count}_s")]).group_by(
        sb.col("participant_id", "r"), *[name.copy() for name in names], *[column.this.copy() for column in race]).having(
        exp.and_(exp.Not(this=best[earlier].copy().is_(exp.null())), exp.Not(this=best[cohort.count].copy().is_(exp.null()))))
    before, after = exp.column(f"best_{earlier}_s"), exp.column(f"best_{cohort.count}_s")
    faster = exp.Sub(this=before.copy(), expression=after.copy())   # seconds faster in the later year
    change = exp.Sub(this=after.copy(), expression=before.copy()) if cohort.slower else faster
    # (by more than the margin, or at least it: "improved by at least a minute")
    counted = (exp.GTE if cohort.margin_at_least and cohort.margin_s else exp.GT)(
        this=exp.paren(change.copy()), expression=sb.lit(cohort.margin_s))
    if not cohort.listed:   # (each runner once, though with no race asked a runner's races are compared apart)
        runner = exp.Count(this=exp.Distinct(expressions=[exp.column("participant_id")]))
        return exp.select(exp.alias_(exp.Filter(this=runner, expression=exp.Where(this=counted)), "runners"),
                          exp.alias_(runner.copy(), "in_both_years")).from_(inner.subquery("cohort"))
    name = "slower_by_s" if cohort.slower else "faster_by_s"
    select = exp.select(exp.column("first_name"), exp.column("last_name"), *[exp.column("race") for _ in race],
                        before.copy(), after.copy(),
                        exp.alias_(change, name)).from_(inner.subquery("cohort"))
    if cohort.margin_s or not parsed.limit:   # ("which runners improved": every one who did, not the first 10 of them)
        select = select.where(counted)
    if parsed.limit:   # "the 5 who improved the most": those, ties kept
        select = sb.ranked_first(select, change.copy(), True, parsed.limit)
    return select.order_by(exp.Ordered(this=exp.column(name), desc=True), exp.column("last_name"))


def _history(parsed: Parsed, cohort: Cohort, query) -> exp.Expression:
    """Whether the runner of each result has the history ``cohort`` asks for (one of ``SHARED_COHORTS``): an earlier
    result (at the same event, at another one named, or at any), or a result in another year."""
    query.need("e")
    same = [] if cohort.any_event else [sb.col("name", "e2").eq(sb.lit(cohort.elsewhere) if cohort.elsewhere else
                                                                sb.col("name", "e"))]
    earlier = exp.select("1").from_(sb.table("results", "r2")).join(
        sb.table("events", "e2"),
        on=sb.col("event_id", "e2").eq(sb.col("event_id", "r2"))).where(
        sb.col("participant_id", "r2").eq(sb.col("participant_id", "r")), *same)
    if cohort.kind == "also_in_year":   # in that year, or in any later edition ("again in any later year")
        earlier = earlier.where(sb.col("event_date", "e2") > sb.col("event_date", "e") if cohort.count == LATER_YEAR
                                else exp.func("year", sb.col("event_date", "e2")).eq(sb.lit(cohort.count)))
        # "… finished the 10K again in 2025": that race; "went on to finish the half in a later year": the one said
        if cohort.leg_races:
            said = cohort.leg_races[1]
            distance = sb.distance_condition((DISTANCE_LABELS[said],), "ra2") if said else None
        else:
            distance = sb.distance_condition(parsed.distances, "ra2")
        if distance is not None:
            earlier = earlier.join(sb.table("races", "ra2"),
                                   on=sb.col("race_id", "ra2").eq(sb.col("race_id", "r2"))).where(distance)
        if not cohort.entries:
            earlier = earlier.where(sb.status_condition("FIN", "r2"))
        return exp.Not(this=exp.Exists(this=earlier)) if cohort.absent else exp.Exists(this=earlier)
    earlier = earlier.where(sb.col("event_date", "e2") < sb.col("event_date", "e"))
    if cohort.same_race and (distance := sb.distance_condition(parsed.distances, "ra2")) is not None:
        earlier = earlier.join(sb.table("races", "ra2"), on=sb.col("race_id", "ra2").eq(sb.col("race_id", "r2"))).where(distance)
    if cohort.earlier_finish:
        earlier = earlier.where(sb.status_condition("FIN", "r2"))
    condition = exp.Exists(this=earlier)
    return exp.Not(this=condition) if cohort.kind == "first_timers" else condition


# ---- rankings -----------------------------------------------------------------------------------------------
_COUNTED_GROUPS = {"age_group": "age_groups", "city": "cities", "edition": "editions", "race_edition": "races",
                   "event_race": "races", "month_of_year": "months",
                   "clock_minute": "clock_minutes", "clock_hour": "clock_hours"}   # (else the dimension's name with an s)
AVERAGED = ("avg_time", "median_time", "max_time", "min_time", "avg_gap", "median_gap", "avg_age", "median_age", "dnf_rate", "dns_rate", "finish_rate")   # measures shown with their group's size
def _ranking(parsed: Parsed, query, today: date) -> exp.Select:
    """One row per value of the ranking's dimension with its measure, the first ``limit`` kept (ties too) — within each
    group of the other dimensions asked ("which age group had the most finishers each year": one per year)."""
    ranking = parsed.ranking
    status = sb.col("status", "r")
    if ranking.measure == "dnf":
        measure = exp.alias_(_count_where(status.eq(sb.lit("DNF"))), "dnf")
    elif ranking.measure in ("dnf_rate", "dns_rate", "finish_rate"):
        unit = {"dnf_rate": "DNF", "dns_rate": "DNS", "finish_rate": "FIN"}[ranking.measure]
        measure = exp.alias_(_ratio(*_rate_parts(unit)), f"{ranking.measure}_percent")
    elif ranking.measure == "avg_time":
        _status(parsed, query)
        measure = exp.alias_(exp.func("avg", sb.clock_column(parsed)), "average_s")
    elif ranking.measure == "median_time":
        _status(parsed, query)
        measure = exp.alias_(exp.func("median", sb.clock_column(parsed)), "median_s")
    elif ranking.measure in ("max_time", "min_time"):   # "which year had the slowest last finisher": its last one's time
        _status(parsed, query)
        measure = exp.alias_(exp.func("max" if ranking.measure == "max_time" else "min", sb.clock_column(parsed)),
                             "slowest_s" if ranking.measure == "max_time" else "fastest_s")
    elif ranking.measure in ("avg_gap", "median_gap"):   # the gun time minus the chip time, of finishers
        _status(parsed, query, default="FIN")
        measure = exp.alias_(exp.func("avg" if ranking.measure == "avg_gap" else "median", _gap_value()),
                             f"{'average' if ranking.measure == 'avg_gap' else 'median'}_gun_minus_chip_s")
    elif ranking.measure == "avg_age":
        _status(parsed, query)
        measure = exp.alias_(exp.func("avg", sb.col("age", "r")), "average_age")
    elif ranking.measure == "median_age":
        _status(parsed, query)
        measure = exp.alias_(exp.func("median", sb.col("age", "r")), "median_age")
    elif ranking.measure == "events":
        query.need("e")
        measure = exp.alias_(exp.Count(this=exp.Distinct(expressions=[sb.col("event_id", "e")])),
                             "editions" if ranking.dimension == "event" else "events")
    elif ranking.measure == "people":
        _status(parsed, query, default=None)
        measure = exp.alias_(_people(), "runners")
    elif ranking.measure in ("states", "cities"):   # the different home states (or cities) of its runners
        _status(parsed, query, default=None)
        query.need("p")
        place = [sb.col("state", "p")] if ranking.measure == "states" else [sb.col("city", "p"), sb.col("state", "p")]
        measure = exp.alias_(exp.Count(this=exp.Distinct(expressions=place)), f"home_{ranking.measure}")
    elif parsed.status in sb.COUNTED_STATUSES and not ranking.size or ranking.max_group and parsed.status == "FIN":
        # "which year had the fewest DQs": every group counted, one with none as 0 (it left those out); "which age
        # groups had fewer than 3 finishers": one whose entrants all DNF'd too, with 0
        query, measure = sb.status_counted(parsed, today)
        measure = exp.alias_(measure.this, "finishers") if parsed.status == "FIN" else measure
    else:  # "biggest age group": a group's size is its finishers; "most runners": every result
        _status(parsed, query, default="FIN" if ranking.size else None)
        status = parsed.status or ("FIN" if ranking.size else "")
        measure = exp.alias_(exp.Count(this=exp.Star()), {"FIN": "finishers"}.get(status, "runners"))
    within = _ranked_within(parsed, query)
    dimensions = sb.dimension_columns(ranking.dimension, query)
    dimension = dimensions[0]
    averaged = ranking.measure in AVERAGED
    shares = [sb.share_of_all(measure.this)] if parsed.group_shares and ranking.measure in ("count", "people") else []
    select = query.build([*within, *dimensions, measure, *shares, *([exp.alias_(exp.Count(this=exp.Star()), "results")]
                                                                    if averaged else [])]).group_by(
        *[exp.Literal.number(i + 1) for i in range(len(within) + len(dimensions))])
    if ranking.min_group or ranking.max_group:  # "only age groups with at least 20 finishers"; unasked, every group counts
        size = _people() if ranking.group_people else exp.Count(this=exp.Star())
        status = sb.col("status", "r")
        every_status = parsed.status != "FIN" or ranking.max_group   # (a rate over every entry; groups with no finisher)
        if ranking.group_counts != "results" and every_status:   # "at least 100 starters": of a rate over every entry
            size = exp.Filter(this=size, expression=exp.Where(
                this=status.eq(sb.lit("FIN")) if ranking.group_counts == "finishers" else status.neq(sb.lit("DNS"))))
        select = select.having(size >= sb.lit(ranking.min_group) if ranking.min_group else size <= sb.lit(ranking.max_group))
    if ranking.dimension in ("state", "city", "age_group", *CLOCK_DIMENSIONS):   # (finishers alone cross the line)
        select = select.where(exp.Not(this=exp.Is(this=dimension.this.copy(), expression=exp.Null())))
    if ranking.counted:   # "how many age groups had 20+ finishers": the groups kept, counted (within each group asked)
        kept = [exp.column(column.alias) for column in within]
        counted = exp.select(*kept, exp.alias_(exp.Count(this=exp.Star()), _COUNTED_GROUPS.get(ranking.dimension, f"{ranking.dimension}s"))).from_(
            select.subquery("groups_kept"))
        return counted.group_by(*kept).order_by(*kept) if kept else counted
    return sb.ranked_first(select, measure.this.copy(), ranking.descending, ranking.limit,
                           [column.this.copy() for column in within], both_ends=ranking.both_ends).order_by(
        *[exp.Literal.number(i + 1) for i in range(len(within))],
        exp.Ordered(this=exp.column(measure.alias), desc=ranking.descending), exp.Literal.number(len(within) + 1))


def _streaks(query, cohort: Cohort) -> exp.Select:
    """Each runner's runs of consecutive calendar years with a result among those selected (a run's years minus their
    rank within the runner are one number: the gaps-and-islands rule); then the longest run anyone has and how many
    runners have it (count 0), or how many have one of at least ``cohort.count`` years — by name when listed, each
    with the run's length, first and last year."""
    query.need("e")
    years = query.build([sb.col("participant_id", "r"), exp.alias_(exp.func("year", sb.col("event_date", "e")), "year")]).distinct()
    rank = exp.Window(this=exp.RowNumber(), partition_by=[exp.column("participant_id")],
                      order=exp.Order(expressions=[exp.Ordered(this=exp.column("year"))]))
    runs = exp.select("participant_id", "year", exp.alias_(exp.Sub(this=exp.column("year"), expression=rank), "run")).from_(
        years.subquery("runner_years"))
    streaks = exp.select("participant_id", exp.alias_(exp.Count(this=exp.Star()), "streak_years"),
                         exp.alias_(exp.func("min", exp.column("year")), "first_year"),
                         exp.alias_(exp.func("max", exp.column("year")), "last_year")).from_(runs.subquery("runs")).group_by(
        "participant_id", "run")
    longest = exp.select(exp.func("max", exp.column("streak_years"))).from_(streaks.subquery("all_streaks"))
    kept = exp.column("streak_years").eq(longest.subquery()) if not cohort.count else \
        exp.column("streak_years") >= sb.lit(cohort.count)
    if cohort.listed:   # "who has the longest streak": each runner (their longest run kept), by name
        first, last = sb.col("first_name", "p9"), sb.col("last_name", "p9")
        people = sb.table("participants", "p9")
        best = exp.select("participant_id", exp.alias_(exp.func("max", exp.column("streak_years")), "streak_years"),
                          exp.alias_(exp.func("arg_max", exp.column("first_year"), exp.column("streak_years")), "first_year"),
                          exp.alias_(exp.func("arg_max", exp.column("last_year"), exp.column("streak_years")), "last_year")
                          ).from_(streaks.subquery("each_streak")).where(kept).group_by("participant_id")
        return exp.select(first, last, sb.col("city", "p9"), sb.col("state", "p9"), "streak_years", "first_year",
                          "last_year").from_(best.subquery("best")).join(
            people, on=sb.col("participant_id", "p9").eq(sb.col("participant_id", "best"))).order_by(
            exp.Ordered(this=exp.column("streak_years"), desc=True), last.copy(), first.copy())
    kept_streaks = exp.select("participant_id", "streak_years").from_(streaks.subquery("each_streak")).where(kept)
    runners = exp.alias_(exp.Count(this=exp.Distinct(expressions=[exp.column("participant_id")])), "runners")
    if cohort.count:
        return exp.select(runners).from_(kept_streaks.subquery("kept"))
    return exp.select(exp.alias_(exp.func("max", exp.column("streak_years")), "longest_streak_years"), runners).from_(
        kept_streaks.subquery("kept"))


def _at_each(parsed: Parsed, query) -> exp.Select:
    """ "runners who raced A and B at least twice each": the threshold met at every event named (finishes counted per
    event), how many runners or who."""
    cohort = parsed.cohort
    query.need("e")
    per_event = query.build([sb.col("participant_id", "r"), exp.alias_(exp.Count(this=exp.Star()), "finishes")]).group_by(
        sb.col("participant_id", "r"), sb.col("name", "e"))
    least, most = exp.func("min", exp.column("finishes")), exp.func("max", exp.column("finishes"))
    inner = exp.select(exp.column("participant_id")).from_(per_event.subquery("each_event")).group_by(
        exp.column("participant_id")).having(exp.and_(
            exp.Count(this=exp.Star()).eq(sb.lit(len(parsed.events))), _enough(least, cohort),
            *([_enough(most, cohort)] if cohort.exact else [])))
    if cohort.listed:
        return _listed(inner)
    return exp.select(exp.alias_(exp.Count(this=exp.Star()), "runners")).from_(inner.subquery("cohort"))


def _listed(cohort: exp.Select) -> exp.Select:
    """The runners of a cohort (a query of their participant_id) by name with where they live, each once, by last then
    first name."""
    first, last = sb.col("first_name", "p9"), sb.col("last_name", "p9")
    people = sb.table("participants", "p9")
    return exp.select(first, last, sb.col("city", "p9"), sb.col("state", "p9")).from_(people).where(
        sb.col("participant_id", "p9").isin(query=exp.select("participant_id").from_(cohort.subquery("cohort")))).order_by(
        last.copy(), first.copy())


def _ranked_within(parsed: Parsed, query) -> list[exp.Expression]:
    return [column for name in ranked_within(parsed) for column in sb.dimension_columns(name, query)]


def _ranked_change(parsed: Parsed, query) -> exp.Select:
    """ "which of our events grew its field the most from 2024 to 2025": one row per value of the dimension with
    its count in each year and the change (later − earlier; a year without it counts 0), ranked by the change (the
    biggest growth first; the biggest drop first when a fall is asked: the parser's order)."""
    ranking = parsed.ranking
    earlier, later = parsed.change_years
    _status(parsed, query, default="FIN" if ranking.size else None)
    query.need("e")
    year = exp.func("year", sb.col("event_date", "e"))
    query.where.append(year.isin(sb.lit(earlier), sb.lit(later)))
    counted = _people() if ranking.measure == "people" else exp.Count(this=exp.Star())

    def in_year(when: int) -> exp.Expression:
        return exp.Filter(this=counted.copy(), expression=exp.Where(this=year.copy().eq(sb.lit(when))))

    change = exp.Sub(this=in_year(later), expression=in_year(earlier))
    dimensions = sb.dimension_columns(ranking.dimension, query)
    # (a fall asked — "which event lost the most finishers, and how many did it lose" — says the loss as a number too)
    lost = [] if ranking.descending else [exp.alias_(exp.Sub(this=in_year(earlier), expression=in_year(later)), "decrease")]
    select = query.build([*dimensions, exp.alias_(in_year(earlier), f"in_{earlier}"),
                          exp.alias_(in_year(later), f"in_{later}"), exp.alias_(change, "change"), *lost]).group_by(
        *[exp.Literal.number(i + 1) for i in range(len(dimensions))])
    if ranking.dimension in ("state", "city", "age_group"):
        select = select.where(exp.Not(this=exp.Is(this=dimensions[0].this.copy(), expression=exp.Null())))
    return sb.ranked_first(select, change.copy(), ranking.descending, ranking.limit, both_ends=ranking.both_ends).order_by(
        exp.Ordered(this=exp.column("change"), desc=ranking.descending), exp.Literal.number(1))


# ---- change between two years ---------------------------------------------------------------------------------
# runners said to be counted as people ("distinct runners", "unique finishers", "each person once"): of a change between
# two years, counted so only when said (an event's "how many fewer runners" counts its entries, as the glossary does)
_PEOPLE_SAID = r"\b(?:unique|distinct|different|individual|separate)\b|\b(?:each|every) (?:runner|person|one) (?:counted )?once\b"
def _percent_change(parsed: Parsed, query, dims: list[str], today: date) -> exp.Select:
    """The count (or a time measure, a pace or a rate) in each of two years, its change (second − first; of a rate,
    in percentage points), its size and its percent change: one row, or one per group of ``dims`` held in both years
    ("for each event"; a race's count in one year only has 0 in the other), only those whose change went the way said when ``parsed.change_sign`` is ("which events
    shrank")."""
    earlier, later = parsed.change_years
    points = ""
    if parsed.metric and parsed.metric.kind == "rate":   # "the no-show rate in 2024 and in 2025, and the change"
        counted, whole = _rate_parts(parsed.metric.unit)
        measured = exp.alias_(_ratio(counted, whole), f"{parsed.metric.unit.lower()}_rate_percent")
        points = "_percent_points"
    elif parsed.metric and parsed.metric.kind == "share" and parsed.share_of and not (
            parsed.also_shares or parsed.share_of.cohort or parsed.share_of.rival or parsed.metric.unit == "people"):
        # "how did the women's share of X finishers change from 2015 to 2025": the share each year, in percentage points
        _status(parsed, query, default=None)
        part = sb.filters_of(parsed.share_of, today)
        query.need(*part.tables)
        whole = exp.Count(this=exp.Star())
        counted = exp.Filter(this=whole.copy(), expression=exp.Where(this=exp.and_(*part.where))) if part.where else whole.copy()
        measured, points = exp.alias_(_ratio(counted, whole), "percent"), "_percent_points"
    elif parsed.metric and parsed.metric.kind == "pace":
        measured = _pace(parsed, query)
    elif parsed.metric:   # (a margin, a gap, a share of several parts: never a pace in its place)
        raise sb.Unanswerable(f"the change of this {parsed.metric.kind} between two years I cannot give yet: ask for it "
                           "in each year")
    elif parsed.measure:   # "how much did the average finish time change from 2023 to 2025"
        measured = sb.measure_column(parsed.measure, query, parsed)
    else:   # ("the number of distinct runners from 2024 to 2025": people, each once a year, when said so)
        _status(parsed, query, default=None)
        people = parsed.distinct_people and query.base == "r" and rx.search(_PEOPLE_SAID, parsed.question.lower())
        measured = exp.alias_(exp.Count(this=exp.Distinct(expressions=[sb.col("participant_id", "r")])) if people
                              else exp.Count(this=exp.Star()), "n")
    name = "" if measured.alias == "n" else f"{measured.alias}_"
    timed = bool(name) and not points   # (a time or a pace: its change said as how much faster too)
    query.need("e")
    year = exp.func("year", sb.col("event_date", "e"))
    groups = [column for dim in dims for column in sb.dimension_columns(dim, query)]
    per_year = query.build([*groups, exp.alias_(year, "year"), exp.alias_(measured.this, "n")]).group_by(
        *(exp.Literal.number(i + 1) for i in range(len(groups) + 1)))
    a, b = exp.column("n", "a"), exp.column("n", "b")
    same = [exp.column(group.alias, "a").eq(exp.column(group.alias, "b")) for group in groups]
    keys = [exp.column(group.alias, "a") for group in groups]
    # a race counted in one of the two years only ("the 5K, dropped in 2025") has 0 in the other, never no row (an
    # event not held in one of them is left out: no edition, not an edition of none); runners named ("how did Kenneth
    # and Daniel's times change") each keep a row, empty in a year with no finish
    counted = dims == ["race"] and not name
    named = "runner" in dims and bool(parsed.more_people)
    if counted or named:
        keys = [exp.alias_(exp.func("coalesce", exp.column(group.alias, "a"), exp.column(group.alias, "b")), group.alias)
                for group in groups]
    if counted:
        a, b = exp.func("coalesce", a, sb.lit(0)), exp.func("coalesce", b, sb.lit(0))
    change = exp.Sub(this=b.copy(), expression=a.copy())
    of_year = lambda alias, year: exp.alias_(exp.select("*").from_("per_year").where(  # noqa: E731
        exp.column("year").eq(sb.lit(year))).subquery(), alias, table=True)
    select = (exp.select(*keys,
                         exp.alias_(a, f"{name}in_{earlier}"), exp.alias_(b, f"{name}in_{later}"),
                         exp.alias_(change, f"change{points}"),
                         # "how many fewer/more": the size of the change, whichever way it went
                         exp.alias_(exp.func("abs", change.copy()), f"difference{points}"),
                         exp.alias_(_ratio(change.copy(), a.copy()), "percent_change"),
                         # ("the drop as a percent": its size too)
                         *([exp.alias_(exp.func("abs", _ratio(change.copy(), a.copy())), "percent_size")]
                           if change_said_as_a_fall(parsed) else []),
                         # ("how many seconds faster was he the second time": earlier − later, below 0 when slower)
                         *([exp.alias_(exp.Sub(this=a.copy(), expression=b.copy()), "seconds_faster")]
                           if timed else []))
              .with_("per_year", as_=per_year))
    if counted or named:
        select = select.from_(of_year("a", earlier)).join(of_year("b", later), on=exp.and_(*same), join_type="full")
    else:
        select = (select.from_(sb.table("per_year", "a"))
                  .join(sb.table("per_year", "b"), on=exp.and_(*same) if same else exp.true())
                  .where(exp.column("year", "a").eq(sb.lit(earlier)), exp.column("year", "b").eq(sb.lit(later))))
    if parsed.change_sign:
        select = select.where(change.copy() < sb.lit(0) if parsed.change_sign == "down" else change.copy() > sb.lit(0))
    return select.order_by(*(exp.Literal.number(i + 1) for i in range(len(groups)))) if groups else select


# ---- checks of the results (nlq.audits) ---------------------------------------------------------------------
def audit_query(audit: Audit, query) -> exp.Select:
    """The check's SQL over the results ``query`` keeps (an ``nlq.sqlbuild._Query`` of results, its filters applied)."""
    col, lit = sb.col, sb.lit
    race, runner = col("race_id", "r"), col("participant_id", "r")
    if audit.kind in ("duplicate_bibs", "entered_twice", "tied_places"):
        key = {"duplicate_bibs": col("bib", "r"), "entered_twice": runner, "tied_places": col("overall_place", "r")}[audit.kind]
        name = {"duplicate_bibs": "duplicated_bibs", "entered_twice": "runners_entered_twice", "tied_places": "tied_places"}[audit.kind]
        if audit.kind == "tied_places":   # (a place is given to finishers only)
            query.where.extend([col("status", "r").eq(lit("FIN")), exp.Not(this=exp.Is(this=key.copy(), expression=exp.Null()))])
        query.need("e", "ra")
        groups = query.build([exp.alias_(col("name", "e"), "event"), exp.alias_(exp.func("year", col("event_date", "e")), "year"),
                              exp.alias_(col("name", "ra"), "race"), exp.alias_(key.copy(), "value"),
                              exp.alias_(exp.Count(this=exp.Star()), "times")]).group_by(
            race.copy(), col("name", "e"), col("event_date", "e"), col("name", "ra"), key.copy()).having(exp.Count(this=exp.Star()) > lit(1))
        if audit.listed:
            return exp.select("event", "year", "race", exp.alias_(exp.column("value"), name.removesuffix("s")), "times").from_(
                groups.subquery("checked")).order_by("year", "event", "race", "value")
        return exp.select(exp.alias_(exp.Count(this=exp.Star()), name)).from_(groups.subquery("checked"))
    if audit.kind == "shared_times":
        chip = col("chip_time_s", "r")
        query.where.extend([col("status", "r").eq(lit("FIN")), exp.Not(this=exp.Is(this=chip.copy(), expression=exp.Null()))])
        shared = exp.Window(this=exp.Count(this=exp.Star()), partition_by=[race.copy(), chip.copy()])
        timed = query.build([col("result_id", "r"), exp.alias_(shared, "sharing")])
        return exp.select(exp.alias_(exp.Count(this=exp.Star()), "finishers_sharing_a_time")).from_(
            timed.subquery("checked")).where(exp.column("sharing") > lit(1))
    if audit.kind == "age_group_mismatch":
        group = col("age_group", "r")
        low = exp.cast(exp.func("substr", group.copy(), lit(2), lit(2)), "int")
        high = exp.cast(exp.func("substr", group.copy(), lit(5), lit(2)), "int")
        query.where.extend([exp.Not(this=exp.Is(this=col("age", "r"), expression=exp.Null())), _bounded(group.copy()),
                            exp.Not(this=exp.Between(this=col("age", "r"), low=low, high=high))])
    else:   # missing_data
        query.where.extend([col("status", "r").eq(lit("FIN")), exp.paren(exp.or_(
            *[exp.Is(this=col(field, "r"), expression=exp.Null()) for field in audit.fields]))])
    if audit.listed:
        query.need("e", "ra", "p")
        return query.build([exp.alias_(col("name", "e"), "event"), exp.alias_(exp.func("year", col("event_date", "e")), "year"),
                            exp.alias_(col("name", "ra"), "race"), col("bib", "r"), col("first_name", "p"), col("last_name", "p"),
                            col("age", "r"), col("age_group", "r"), col("status", "r"), col("chip_time_s", "r"),
                            col("gun_time_s", "r"), col("overall_place", "r")])
    name = "mismatched_age_groups" if audit.kind == "age_group_mismatch" else "finishers_missing_data"
    return query.build([exp.alias_(exp.Count(this=exp.Star()), name)])


def _bounded(group: exp.Expression) -> exp.Expression:
    """Whether an age group label has the shape "F45-49" (sex letter, two-digit bounds), so its bounds can be read."""
    return exp.RegexpLike(this=group, expression=exp.Literal.string(r"^[A-Z][0-9]{2}-[0-9]{2}$"))
