"""The semantic layer's question spec: one typed object saying what a question asks, whoever read it.

The deterministic parser reads a question into a ``Parsed``; a language model fills a ``QuestionSpec`` through
its JSON schema (Ollama's structured output). Both meet here: ``to_parsed`` checks a spec against the company's
own names and turns it into the same ``Parsed`` the parser makes, so one compiler (``nlq.sqlbuild``) writes the
SQL and one explainer (``nlq.explain``) says what was computed — a model never writes SQL on this path, and a
spec cannot name a table, a column or another company. ``from_parsed`` is the reverse, for the worked examples
the model is shown. Pure: no I/O.

The vocabulary of the spec (README, "Semantic layer"):
- measures: a count (results, or distinct runners), a list of results, an average/median/slowest finish time,
  the average age, pace per km or mile, the gun−chip gap, DNF/DNS rates (÷ starters), a share of the results
  that meet other filters, the oldest/youngest finisher, the percent change between two years;
- dimensions (``group_by``, rankings): year, month, sex, age group, runner state or city, race, event;
- filters: events (every edition unless dated), distances, a date range, sex, age range, age group, a finish-time
  or pace limit, status, runner city/state (negated: "not from"), out-of-state, event city/state;
- cohorts: runners with N or more finishes, first-timers, returning runners, runners of both events, runners who
  also finished in another year; rankings: one row per value of a dimension by a measure, top/bottom N.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from nlq import rx
from nlq.constructs import SHARED_COHORTS, Cohort, FieldLimit, Metric, Ranking, WinnerGap, gap_words
from nlq.entities import DISTANCE_LABELS, MEASURE_LIST, PERCENTILES, AgeRange, BirthYears, DateRange, Distance, TimeLimit, duration_words
from nlq.parser import INTENTS, Parsed, compared_label
from nlq.audits import Audit
from nlq.records import Records
from nlq.rivals import Rival
from nlq.vocabulary import US_STATES, Person, Vocabulary
from project88.errors import P88Error

Dimension = Literal["year", "date", "month", "month_of_year", "quarter", "season", "edition", "race_edition", "event_race", "age_decade", "sex", "age_group", "masters", "state", "city", "event_state", "event_city", "race",
                    "event", "compared", "runner", "clock_minute", "clock_hour", "status", "last_name"]


# a race as the spec names it (nlq.entities.DISTANCE_LABELS)
RaceLabel = Literal["Marathon", "Half Marathon", "10K", "5K", "1 Mile", "50K", "ultra"]

class SpecError(P88Error):
    """A spec that names what the company's data does not hold (an unknown event, city or runner) or asks
    for an impossible combination; the message says which part."""


class Limit(BaseModel):
    """A finish-time filter in seconds: under (<), over (>) or between."""
    model_config = ConfigDict(extra="forbid")
    op: Literal["<", ">", "between"]
    seconds: float = Field(gt=0, lt=7 * 86_400)
    upper_seconds: float | None = Field(default=None, gt=0, lt=7 * 86_400)
    upper_open: bool = Field(default=False, description="between: the upper edge left out ('up to 2:29:59' is under 2:30:00)")


class GapLimit(BaseModel):
    """A filter on the gun−chip gap in seconds: "gun time at least 2 minutes after chip time" is (">=", 120)."""
    model_config = ConfigDict(extra="forbid")
    op: Literal["<", "<=", ">", ">="]
    seconds: float = Field(ge=0, lt=86_400)


class BehindWinner(BaseModel):
    """Finishers kept by how far behind their race's winning time: "within 30 minutes of the winner" is ("<=", 1800 s);
    "more than 10% behind the winner" is (">", percent 10)."""
    model_config = ConfigDict(extra="forbid")
    op: Literal["<=", ">"]
    seconds: float = Field(default=0, ge=0, lt=86_400)
    percent: float = Field(default=0, ge=0, le=1000, description="of the winning time, instead of seconds")


class AgainstField(BaseModel):
    """Runners kept by how they compare with their own field's average or median (a time with their race's finishers,
    an age with everyone at their event that year, whoever the question counts): "faster than the average" is
    ("time", "<", "avg"), "older than the median age" ("age", ">", "median")."""
    model_config = ConfigDict(extra="forbid")
    measure: Literal["time", "age"]
    op: Literal["<", ">"]
    aggregate: Literal["avg", "median"]


class AroundRunner(BaseModel):
    """The runners placed around the named runner in her own race (the runner the reference, never a filter): "who beat
    me" is ("ahead", "overall"), "who won my age group" ("winner", "age_group"), "who finished one place after her"
    ("next_behind", "overall"); each listed runner comes with the seconds apart from her time."""
    model_config = ConfigDict(extra="forbid")
    side: Literal["ahead", "behind", "next_ahead", "next_behind", "next_either", "winner", "to_winner", "to_place", "to_average", "to_median",
                  "to_previous_best", "to_previous", "to_first", "to_best", "to_distance_best", "to_record",
                  "to_old_record"] = Field(description="to_*: her own finishes, each with the seconds from "
                                                                       "that reference (the others: the runners around her)")
    scope: Literal["overall", "sex", "age_group"] = "overall"
    city: str = Field(default="", max_length=80, description="her home city, to pick her among runners of her name")
    within_s: float = Field(default=0.0, ge=0, lt=86_400, description="only those this many seconds or less from her time")
    with_her: bool = Field(default=False, description="ahead/behind: she is counted among them (\"at or ahead of her\")")
    place: int = Field(default=0, ge=0, le=1000, description="to_place: the place whose time she is set against")


class Runner(BaseModel):
    model_config = ConfigDict(extra="forbid")
    first_name: str = Field(max_length=80)
    last_name: str = Field(max_length=80)


# percentiles of the finish time: "p90" is the time 90% of finishers beat or equal (DuckDB quantile_cont); "p25,p75" two
Percentile = Annotated[str, Field(pattern=rf"^{PERCENTILES}$")]
# a percentile of the runners' age on race day: "p75_age"
AgePercentile = Annotated[str, Field(pattern=r"^p[1-9]\d?_age$")]
# several measures at once, in the order asked ("median,p95"); a percentile of a pace or of the gun−chip gap
Measures = Annotated[str, Field(pattern=rf"^{MEASURE_LIST}$")]
MetricPercentile = Annotated[str, Field(pattern=r"^(?:pace_km|pace_mile|gun_chip_gap)_p[1-9]\d?$|^behind_winner_at_[3-9]$|"
                                               r"^behind_winner_at_[1-9]\d{1,2}$")]


class CohortSpec(BaseModel):
    """Runners chosen by their own history (each counted once)."""
    model_config = ConfigDict(extra="forbid")
    kind: Literal["min_finishes", "first_timers", "returning", "both", "also_in_year", "every_edition", "never_finished",
                  "improved", "without", "only", "streak"] = Field(description="improved: each runner's best time of the two "
                                                                     "years asked compared (count: the later year); "
                                                                     "without: runners of one of the two events or "
                                                                     "races named who never finished the other "
                                                                     "(without); only: runners of the one race in "
                                                                     "distances who ran no other race of the events "
                                                                     "and dates asked; streak: runners by their "
                                                                     "runs of consecutive calendar years with a finish")
    count: int = Field(default=0, ge=-2, le=3000, description="min_finishes: at least this many; also_in_year: the "
                                                               "year, or -2 for any later edition; streak: at least "
                                                               "this many years in a row (0: the longest streak and "
                                                               "how many runners have it)")
    distinct_years: bool = False
    distinct_events: bool = Field(default=False, description="min_finishes: count different events, not finishes")
    earlier_finish: bool = Field(default=False, description="first_timers: only earlier finishes count")
    any_event: bool = Field(default=False, description="first_timers/returning: earlier results at any event count")
    elsewhere: str = Field(default="", max_length=200, description="first_timers/returning: earlier results at this "
                                                                    "other event (its name) count, not the same event's")
    same_race: bool = Field(default=False, description="first_timers/returning: only earlier results in a race of the "
                                                       "distance asked count (\"their first marathon with us\")")
    entries: bool = Field(default=False, description="runners chosen by their entries, any status, not finishes")
    absent: bool = Field(default=False, description="also_in_year: runners who did NOT finish it in that year")
    slower: bool = Field(default=False, description="improved: runners slower in the later year, not faster")
    margin_s: float = Field(default=0, ge=0, lt=86_400, description="improved: by more than this many seconds")
    margin_at_least: bool = Field(default=False, description="improved: by at least margin_s, not more than it")
    editions: bool = Field(default=False, description="min_finishes: count editions of the named event, not finishes")
    listed: bool = Field(default=False, description="min_finishes: list the runners with their counts, not how many")
    same_year: bool = Field(default=False, description="both: both within one calendar year (any year)")
    exact: bool = Field(default=False, description="min_finishes: exactly count, not at least")
    order: Literal["", "later", "earlier"] = Field(default="", description="both, two legs of one year: the second "
                                                                          "leg said to come later or earlier")
    with_returning: bool = Field(default=False, description="first_timers: the returning runners counted beside them")
    without: str = Field(default="", max_length=200, description="without: the event (its name) or race (5K, Half "
                                                                 "Marathon, …) never finished")
    dated_both: bool = Field(default=False, description="without, of two events: the dates asked hold for the event "
                                                        "never finished too, not only for the one finished")
    started: bool = Field(default=False, description="without, of two events: never run (any start counts), not "
                                                     "never finished")
    only_no_shows: bool = Field(default=False, description="never_finished: every entry a DNS (no DNF or DQ either)")
    each_event: bool = Field(default=False, description="min_finishes, of two or more events: at least count at each "
                                                        "of them (\"at least twice each\")")
    spread: list[int] = Field(default_factory=list, max_length=10, description="min_finishes of distinct_events: a row "
                              "for each of these counts of different events (\"exactly one, two, or all three of our events\")")
    leg_races: list[Literal["", "Marathon", "Half Marathon", "10K", "5K", "1 Mile", "50K", "ultra"]] = Field(
        default_factory=list, max_length=4, description="both: each leg's own race, \"\" for any (beside legs); "
                                                         "also_in_year: [the race of the year asked, the race of the other]")
    legs: list[tuple[str, int]] = Field(default_factory=list, max_length=4,
                                        description="both: each event with its own year, [[event, year], ...] (year 0: any)")


class RankingSpec(BaseModel):
    """One row per value of a dimension, ordered by a measure."""
    model_config = ConfigDict(extra="forbid")
    dimension: Dimension
    measure: Literal["count", "dnf", "dnf_rate", "dns_rate", "finish_rate", "avg_time", "median_time", "max_time", "min_time",
                     "avg_gap", "median_gap",
                     "margin", "change", "avg_age",
                     "median_age", "people", "events", "states", "cities"] = "count"
    descending: bool = True
    limit: int = Field(default=1, ge=1, le=1000)
    min_group: int = Field(default=0, ge=0, le=100000, description="only groups of at least this many results "
                                                                   "(0: every group)")
    max_group: int = Field(default=0, ge=0, le=100000, description="only groups of at most this many results "
                                                                   "(\"age groups with fewer than 3 finishers\": 2; 0: no limit)")
    size: bool = Field(default=False, description="count: a group's size is its finishers (\"biggest age group\")")
    group_people: bool = Field(default=False, description="min_group counts different runners, each once "
                                                          "(\"at least 10 runners\"), not results")
    group_counts: Literal["results", "finishers", "starters"] = Field(
        default="results", description="which results min_group counts: finishers (FIN), starters (every status but "
                                       "DNS) or every result")
    counted: bool = Field(default=False, description="the number of groups kept, one row (\"how many age groups had "
                                                     "20+ finishers\"), not the groups")
    both_ends: list[str] = Field(default_factory=list, max_length=2, description="the words said of the two ends, "
                                 "highest first ([\"biggest\", \"smallest\"]: \"which years had the biggest and the "
                                 "smallest fields\"): the first limit values from each end, each row labelled")


class Filters(BaseModel):
    """Who among the results: the filters a share's part is made of, and every spec's own."""
    model_config = ConfigDict(extra="forbid")
    sex: Literal["M", "F", "X"] | None = None
    sex_negated: bool = Field(default=False, description="every runner but sex (non-binary runners too)")
    age_min: int | None = Field(default=None, ge=1, le=120)
    age_max: int | None = Field(default=None, ge=1, le=120)
    born_from: int | None = Field(default=None, ge=1900, le=2100, description="birth year, inclusive (participants.birth_date)")
    born_until: int | None = Field(default=None, ge=1900, le=2100, description="birth year, inclusive")
    age_group: str | None = Field(default=None, pattern=r"^[MFX]\d{2}-\d{2}$")
    more_age_groups: list[Annotated[str, StringConstraints(pattern=r"^[MFX]\d{2}-\d{2}$")]] = Field(
        default=[], max_length=5, description="age_group's fellow groups: any of them, one row each")
    finish_time: Limit | None = None
    pace_limit_s_per_km: Limit | None = None
    gun_chip_gap_limit_s: GapLimit | None = Field(default=None, description="the gun−chip gap as a filter: \">\" 60 "
                                                                            "= gun time more than a minute after chip time")
    status: Literal["FIN", "DNF", "DNS", "DQ", "STARTED", "UNFINISHED", "DNF_OR_DQ"] | None = None
    statuses: list[Literal["FIN", "DNF", "DNS", "DQ"]] = Field(default=[], max_length=3, description="with group_by status: "
                                                                "only these statuses, a row each (none: every status)")
    runner_city: str | None = Field(default=None, max_length=80)
    runner_state: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    runner_state_negated: bool = False
    runner_city_negated: bool = Field(default=False, description="runners living anywhere but runner_city")
    more_states: list[Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]] = Field(
        default=[], max_length=50, description="runner_state's fellow states: from any of them (FL or GA; a region's states)")
    more_cities: list[Annotated[str, StringConstraints(max_length=80)]] = Field(
        default=[], max_length=10, description="runner_city's fellow home cities: from any of them (Dallas or Fort Worth)")
    out_of_state: bool = False


class SharePart(Filters):
    """The part a share counts: filters, or runners chosen by their own history (first-timers, returning runners,
    runners who also finished in another year: each runner once, among the whole's runners)."""
    cohort: CohortSpec | None = None
    events: list[str] = Field(default=[], max_length=3, description="the events the part is of, among the whole's "
                                                                     "(\"what fraction of our DNFs happened at X\")")
    event_city: str | None = Field(default=None, max_length=80, description="the city the part's events were held in")
    distances: list[RaceLabel] = Field(
        default=[], max_length=3, description="the races the part is of, among the whole's (\"what share did the 1 mile\")")
    runner: Runner | None = Field(default=None, description="with around_runner: the runner the part is placed around "
                                                           "(\"what percent of her age group finished ahead of X\")")
    around_runner: AroundRunner | None = None


class RunnersOf(SharePart):
    """The runners another question chooses, each once: its filters and dates, or runners by their own history."""
    date_from: date | None = Field(default=None, description="first day included")
    date_until: date | None = Field(default=None, description="first day no longer included")


class QuestionSpec(Filters):
    """What one question asks of one company's archive. Unset fields mean "not asked"."""
    answer: Literal["count", "list", "find", "top", "compare", "analyze", "trend"] = Field(
        description="count; list rows; find a runner's results; top N fastest; compare groups; analyze times; trend over time")
    about: Literal["results", "people", "events", "races"] = "results"
    events: list[str] = Field(default=[], max_length=3, description="event names exactly as the company names them")
    distances: list[RaceLabel] = Field(default=[], max_length=3)
    races_excluded: list[RaceLabel] = Field(
        default=[], max_length=3, description="races set aside, every other race kept (\"excluding the half\")")
    years_excluded: list[int] = Field(default=[], max_length=10, description="years set aside, every other year kept")
    event_races: dict[str, RaceLabel] = Field(
        default={}, max_length=3, description="events of `events` each said with a race of its own (\"the Tacoma half or "
                                              "the Bend Turkey Trot 5K\"): that race of it; an event not here, every race")
    events_at_named_race: bool = Field(default=False, description="several events, each taken at the race its name says "
                                                                  "(an event naming no race: every race)")
    date_from: date | None = Field(default=None, description="first day included")
    date_until: date | None = Field(default=None, description="first day no longer included")
    years_compared: list[int] = Field(default=[], max_length=10)
    month: int | None = Field(default=None, ge=1, le=12, description="a month of every year")
    seasons: list[Literal["spring", "summer", "fall", "winter"]] = Field(
        default=[], max_length=4, description="seasons of every year (meteorological: spring = Mar–May, winter = Dec–Feb)")
    edition: Literal["first", "last", "first_and_last"] | None = Field(
        default=None, description="only the earliest/latest edition (of the events named, or of events), or both ends")
    edition_own: bool = Field(default=False, description="the edition is the runner's own first/latest result (of the "
                                                       "events named), not the event's")
    last_editions: int = Field(default=0, ge=0, le=50, description="only the latest N editions of the events named")
    men_and_women: bool = False
    with_count: bool = Field(default=False, description="the count of results beside the measure")
    with_time: bool = Field(default=False, description="a pace metric: the finish time (measure, clock) beside it")
    group_shares: bool = Field(default=False, description="answer count with group_by: each group's percent of all")
    top_places: int | None = Field(default=None, ge=1, le=1000, description="only the first N places of each "
                                                                          "race (overall)")
    top_places_within: Literal["sex", "age_group"] | None = Field(
        default=None, description="top_places within the runner's sex or age group (their places there), not overall")
    totals: list[Literal["events", "event_names", "editions", "races", "finishers", "results", "starters", "runners",
                         "runner_results", "finishing_runners"]] = \
        Field(default=[], max_length=8, description="answer count: several counts side by side, in this order (\"how many "
                                                    "events, races and finishers\"); events and editions count event rows, "
                                                    "event_names each event once, runners each person once, "
                                                    "finishing_runners each finisher once, "
                                                    "runner_results the results of runners at named events")
    year_over_year: bool = Field(default=False, description="trend: each year's count with its change from the year "
                                                            "before")
    best_place: Literal["", "overall", "gender", "age_group"] = Field(
        default="", description="answer top: results ranked by that place, best first (last_place: worst first)")
    averaged_over: Literal["edition", "year", "race", "event", "runner"] | None = Field(
        default=None, description="answer count: the count of each edition (year, race of an edition, event, runner), "
                                  "averaged over them (\"average finishers per edition\", \"how many times has each "
                                  "finisher finished it, on average\")")
    finish_clock_window_s: tuple[Annotated[float, Field(ge=0, le=86_400)], Annotated[float, Field(ge=0, le=86_400)]] | None = \
        Field(default=None, description="the times of day runners crossed the line, seconds after midnight [start, end) "
                                        "(the race's start time plus the gun time): [32100, 32700] = 8:55 to 9:05 am")
    behind_winner: BehindWinner | None = None
    against_field: AgainstField | None = None
    around_runner: AroundRunner | None = Field(default=None, description="needs runner (one): the runners around her in "
                                                                           "her race, she is not among them")
    finish_time_bands: list[float] = Field(default=[], max_length=8, description="edges (seconds) of finish-time bands "
                                           "counted side by side: under the first, each up to the next, the last or slower")
    age_bands: list[int] = Field(default=[], max_length=10, description="edges (years of age on race day) of age brackets "
                                 "counted side by side: under the first, each up to the next, the last and over")
    bands_left_out: list[Annotated[int, Field(ge=0, le=10)]] = Field(
        default=[], max_length=9, description="finish_time_bands or age_bands: the bands between the edges not asked "
                                              "(0 is under the first edge), neither counted nor a row")
    last_name: Annotated[str, StringConstraints(max_length=60)] | None = Field(default=None, description="only runners of "
                                                                                   "this last name (a family: 'how many Smiths')")
    back_percent: float = Field(default=0.0, ge=0, le=100, description="only places within the last N percent of their "
                                                                       "race's finishers (the slowest N%, the back of the pack)")
    top_percent: float = Field(default=0.0, ge=0, le=100, description="only places within the first N percent of their "
                                                                     "race's finishers (within top_places_within)")
    locals_only: bool = Field(default=False, description="only runners living in the town their event was held in ('locals')")
    check: Literal["duplicate_bibs", "entered_twice", "tied_places", "shared_times", "age_group_mismatch", "missing_data"] | None = Field(
        default=None, description="a check of the results themselves, counted (answer list: the ones found): a bib more "
                                  "than once in one race, a runner more than once in one race, an overall place given to more "
                                  "than one finisher, a finisher's chip time shared with another of the race, an age outside "
                                  "its age group, a finisher missing check_fields")
    check_fields: list[Literal["chip_time_s", "gun_time_s", "overall_place"]] = Field(
        default=[], max_length=3, description="check missing_data: the columns a finisher misses (none: any of the three)")
    records: Literal["sex", "age_group"] | None = Field(default=None, description="only results that are a course record "
                                                       "(the fastest finish of its race, every edition) of its sex, or of "
                                                       "its age group: standing now (the records a runner holds)")
    records_broken: bool = Field(default=False, description="records_set_then: only records that beat one set at an "
                                                            "earlier edition (\"which records fell\"), never a first edition's")
    records_set_then: bool = Field(default=False, description="records: a record on the day it was run, broken since or "
                                                              "not (records set in the dates)")
    crossing_shown: bool = Field(default=False, description="answer list: each result's time of day at the finish line "
                                                            "beside it (the race's start plus the gun time)")
    time_placed_s: float | None = Field(default=None, gt=0, lt=86_400, description="the place a finish in this many seconds "
                                        "would have had among the finishers kept (1 + those faster)")
    out_of: Literal["overall", "sex", "age_group"] | None = Field(
        default=None, description="answer list: each of the runner's results with the number of finishers its place is "
                                  "among (of its race, its sex or its age group)")
    place_among: bool = Field(default=False, description="answer list: each of the runner's results with its place among "
                                                         "the finishers of its race the filters keep (\"her place among "
                                                         "women from New Haven\")")
    sex_by_pronoun: bool = Field(default=False, description="winners: the sex kept was read from her/his in a follow-up "
                                                            "(\"Who won X? What was her time?\"), said back if the "
                                                            "overall winner was of the other sex")
    bands_as_columns: bool = Field(default=False, description="finish_time_bands: one row, a column per band (each band "
                                   "asked with its own \"how many\")")
    band_width_s: float = Field(default=0.0, ge=0, le=3600, description="bands of this many seconds each, as the data "
                                "fills them (\"in each 1-minute pace band\"): of the pace when metric is a pace, else of the time")
    runner: Runner | None = None
    more_runners: list[Runner] = Field(default=[], max_length=4, description="other runners named with runner: each "
                                                                              "one's own rows (group_by runner)")
    event_city: str | None = Field(default=None, max_length=80)
    event_state: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    event_state_negated: bool = Field(default=False, description="events held anywhere but event_state")
    group_by: list[Dimension] = Field(default=[], max_length=3)
    count_distinct: Dimension | Literal["edition"] | None = Field(
        default=None, description="answer count: how many different values of this dimension (states represented; "
                                  "edition: one event of one year)")
    measure: Literal["average", "median", "fastest", "slowest", "fastest_and_slowest", "average_age", "median_age",
                     "stddev", "iqr", "total_km", "total_miles", "last_crossing", "first_crossing", "finish_span"] | Percentile | AgePercentile | \
        Measures | None = None
    metric: Literal["pace_km", "pace_mile", "median_pace_km", "median_pace_mile", "fastest_pace_km", "fastest_pace_mile",
                    "slowest_pace_km", "slowest_pace_mile", "gun_chip_gap", "median_gun_chip_gap",
                    "largest_gun_chip_gap", "smallest_gun_chip_gap", "dnf_rate",
                    "dns_rate", "dq_rate", "finish_rate", "oldest", "youngest", "oldest_age", "youngest_age", "youngest_and_oldest",
                    "youngest_and_oldest_age", "share",
                    "share_of_people", "winning_margin"] | \
        MetricPercentile | None = None
    share_of: SharePart | None = Field(default=None, description="metric share: the filters of the part counted")
    also_share_of: list[SharePart] = Field(default=[], max_length=3, description="metric share: more parts, each its "
                                           "own percent of the same whole (\"% from WA, and % from OR\")")
    runners_of: RunnersOf | None = Field(default=None, description="only the runners another question chooses (\"of the runners "
                                                                  "who finished all three of our events in 2022, how many …\")")
    runners_of_absent: bool = Field(default=False, description="with runners_of: those of them with none of the results "
                                                               "asked, counted (\"… how many did not come back in 2025\")")
    compared: list[Filters] = Field(default=[], max_length=3, description="group_by compared: the groups of runners "
                                                                      "compared (two, or two places and everyone else), "
                                                                      "each by its own filters")
    limit: int | None = Field(default=None, ge=1, le=1000)
    place: int | None = Field(default=None, ge=1, le=100_000, description="the runner at this place")
    place_overall: bool = Field(default=False, description="place: overall even when a sex is filtered")
    place_in_age_group: bool = Field(default=False, description="place: the place within the runner's age group")
    bib: str | None = Field(default=None, pattern=r"^\d{1,6}$", description="the runner wearing this bib number")
    winners: bool = False
    winners_by: Literal["sex", "age_group"] | None = None
    personal_best: bool = False
    last_place: bool = False
    oldest_first: bool = Field(default=False, description="a runner's results or winners listed oldest first")
    first_to: bool = Field(default=False, description="the earliest finish of those kept, the first across the line that "
                                                      "day: the first woman to break 3 hours")
    groups_with_any: bool = Field(default=False, description="group_by: only the groups holding one at least (in which "
                                                             "years did anyone DNF), never a group counted as 0")
    sorted_by: Literal["", "oldest", "youngest", "fastest", "slowest"] = Field(
        default="", description="answer list: every runner by age (oldest or youngest first) or by time (fastest or "
                                "slowest first)")
    distinct_people: bool = False
    active_only: bool = False
    not_held: bool = Field(default=False, description="events: those with no edition in the dates asked")
    first_held: bool = Field(default=False, description="events: those new in the dates asked (no edition of the name "
                                                        "before them)")
    tied_counted: bool = Field(default=False, description="runners ranked by their finishes: the most any has and how many "
                                                          "runners share it, one row")
    combined_time: bool = Field(default=False, description="runners who finished every event named (in the dates asked), "
                                                           "ranked by the sum of their best times there (seconds)")
    clock: Literal["chip", "gun"] = "chip"
    gun_places: bool = Field(default=False, description="winners and places by the fastest gun time (\"who won on gun "
                                                        "time\"), not the places given (on chip time)")
    pace_clock: Literal["chip", "gun"] = Field(default="chip", description="a pace metric: of the chip time (the "
                                                                           "glossary's), or of the gun time when asked so")
    cohort: CohortSpec | None = None
    ranking: RankingSpec | None = None
    change_years: tuple[int, int] | None = None
    difference_unsigned: bool = Field(default=False, description="with difference: its size too, beside it (\"how far "
                                                                  "apart were their times\", \"and the gap\")")
    runners_compared: Literal["", "head_to_head", "beat_count", "both_finished", "places_apart", "faster_by", "most_finishes",
                              "fewest_finishes", "better_best", "shared_times", "each_finishes", "faster_in", "each_wins"] = Field(
        default="", description="runner and more_runners measured against each other, by their finishes: head_to_head "
                                "(each one's wins over the races all finished), beat_count (runner's wins of them), both_finished (how many such races), "
                                "places_apart, faster_by (the faster and the seconds between, race by race), "
                                "most_finishes / fewest_finishes (the one with the most or fewest), better_best (the "
                                "faster best time), shared_times (each one's time side by side, race by race), "
                                "each_finishes (each one's finishes, the most first), faster_in (the races in which "
                                "runner was the fastest of them), each_wins (each one's overall wins, the most first)")
    shared_races_only: bool = Field(default=False, description="runner and more_runners: only the races every one of "
                                                                "them finished (\"in the races we both finished, our average time\")")
    wins_before: bool = Field(default=False, description="winners: each with her wins of that race of the event at earlier "
                                                         "editions (\"has she won it before?\")")
    change_sign: Literal["", "up", "down"] = Field(default="", description="with change_years and a group_by: only the "
                                                                           "groups whose change went that way")
    difference: tuple[Annotated[str, StringConstraints(max_length=120)], Annotated[str, StringConstraints(max_length=120)]] | \
        None = Field(default=None, description="compare by sex (\"M\", \"F\"), by age class (\"masters\", \"under 40\"), by event (two of events), by the "
                                               "groups compared (each one's city, state or age range: \"under 50\", "
                                               "\"50+\") or, for a count, by race (two of distances): the first's "
                                               "measure minus the second's, one row")


_METRICS = {"pace_km": Metric("pace", "km"), "pace_mile": Metric("pace", "mile"),
            "median_pace_km": Metric("pace", "km", "median"), "median_pace_mile": Metric("pace", "mile", "median"),
            "fastest_pace_km": Metric("pace", "km", "min"), "fastest_pace_mile": Metric("pace", "mile", "min"),
            "slowest_pace_km": Metric("pace", "km", "max"), "slowest_pace_mile": Metric("pace", "mile", "max"),
            "gun_chip_gap": Metric("gap"), "median_gun_chip_gap": Metric("gap", aggregate="median"),
            "largest_gun_chip_gap": Metric("gap", aggregate="max"), "smallest_gun_chip_gap": Metric("gap", aggregate="min"),
            "dnf_rate": Metric("rate", "DNF"), "dns_rate": Metric("rate", "DNS"), "dq_rate": Metric("rate", "DQ"),
            "finish_rate": Metric("rate", "FIN"), "oldest": Metric("oldest"), "youngest": Metric("youngest"),
            "oldest_age": Metric("oldest", "age"), "youngest_age": Metric("youngest", "age"),
            "youngest_and_oldest": Metric("age_extremes"), "youngest_and_oldest_age": Metric("age_extremes", "age"),
            "share": Metric("share"), "share_of_people": Metric("share", "people"),
            "winning_margin": Metric("margin")}


def _metric_of(name: str, clock: str = "chip") -> Metric:
    """The metric a spec names: "pace_mile", "gun_chip_gap_p90" (a percentile of it), …; a pace of ``clock`` (the
    spec's pace clock)."""
    if m := rx.fullmatch(r"behind_winner_at_(\d+)", name):   # the time between the winner and a later place
        return Metric("margin", m.group(1))
    if m := rx.fullmatch(r"(pace_km|pace_mile|gun_chip_gap)_(p\d+)", name):
        base = _METRICS[m.group(1)]
        metric = Metric(base.kind, base.unit, m.group(2))
    else:
        metric = _METRICS[name]
    return replace(metric, clock=clock) if metric.kind == "pace" else metric


def _metric_name(metric: Metric) -> str | None:
    if metric.kind == "margin" and metric.unit:
        return f"behind_winner_at_{metric.unit}"
    if metric.aggregate.startswith("p") and metric.kind in ("pace", "gap"):
        return ("gun_chip_gap" if metric.kind == "gap" else f"pace_{metric.unit}") + f"_{metric.aggregate}"
    return next((name for name, value in _METRICS.items() if value == metric), None)


def to_parsed(spec: QuestionSpec, question: str, vocabulary: Vocabulary, confidence: float = 0.9) -> Parsed:
    """The ``Parsed`` a spec means for this company, its names checked against ``vocabulary``.
    Raises SpecError for a name the company's data does not hold."""
    events = _known_events(spec, vocabulary)
    _check_places(spec, vocabulary)
    if spec.metric in ("share", "share_of_people") and spec.share_of is None:
        raise SpecError("a share needs share_of: the filters of the part to count")
    if spec.around_runner and (spec.runner is None or spec.more_runners):
        raise SpecError("around_runner needs one runner: the one the others are placed against")
    if spec.also_share_of and spec.share_of is None:
        raise SpecError("also_share_of adds parts to share_of: give share_of first")
    if spec.cohort and spec.cohort.elsewhere and spec.cohort.kind not in ("first_timers", "returning"):
        raise SpecError("cohort elsewhere (earlier results at another event) is of first_timers or returning only")
    if spec.cohort and spec.cohort.count == -1:
        raise SpecError("cohort count -1 is no year: give the year, or -2 for any later edition")
    if spec.cohort and spec.cohort.leg_races and len(spec.cohort.leg_races) != (
            2 if spec.cohort.kind == "also_in_year" else len(spec.cohort.legs)):
        raise SpecError("cohort leg_races needs one race per leg (also_in_year: two, the year asked's and the other's)")
    if spec.cohort and spec.cohort.kind == "only" and len(spec.distances) != 1:
        raise SpecError("cohort only needs exactly one race in distances (the one its runners ran)")
    if spec.cohort and spec.cohort.kind == "improved" and (
            len(set(spec.years_compared)) != 2 or spec.cohort.count not in spec.years_compared):
        raise SpecError("cohort improved needs years_compared of two years, count the later of them")
    if any(part.cohort and part.cohort.kind not in SHARED_COHORTS for part in (spec.share_of, *spec.also_share_of) if part):
        raise SpecError(f"a share of runners can be of {', '.join(SHARED_COHORTS)} only")
    # (by sex within each year too: "men's and women's median every year, plus the gap")
    by_sex = spec.group_by in (["sex"], ["year", "sex"]) and set(spec.difference or ()) == {"M", "F"}
    by_event = spec.group_by == ["event"] and len(spec.events) == 2 and \
        {d.lower() for d in spec.difference or ()} == {e.lower() for e in spec.events}
    by_race = spec.group_by == ["race"] and len(spec.distances) == 2 and spec.measure is None and \
        set(spec.difference or ()) == set(spec.distances)
    by_group = spec.group_by == ["compared"] and len(spec.compared) == 2 and spec.difference is not None
    by_masters = spec.group_by == ["masters"] and set(spec.difference or ()) == {"masters", "under 40"}
    # (two runners' fastest times, race by race: "how much faster was A than B", each told apart by her first name)
    by_runner = spec.group_by == ["race", "runner"] and spec.runner is not None and len(spec.more_runners) == 1 and \
        set(spec.difference or ()) == {spec.runner.first_name, spec.more_runners[0].first_name}
    if spec.difference and not (spec.answer == "compare" and (spec.measure in ("average", "median", None) and
                                (by_sex or by_event or by_race or by_group or by_masters) or spec.measure == "fastest" and (
                                    by_sex or by_runner))):
        raise SpecError("a difference is of a count or of the average or median time, compared by sex (M, F; each "
                        "year too), by age class (masters, under 40), "
                        "between the two events named or the two groups compared, or of a count between the two "
                        "distances named")
    parsed = Parsed(
        question=question, intent=spec.answer if spec.answer in INTENTS else None, subject=spec.about,
        confidence=confidence, events=events,
        distances=tuple(DISTANCE_LABELS[label] for label in spec.distances), race_of_name=spec.events_at_named_race,
        event_races=_event_races(spec, events),
        races_excluded=tuple(DISTANCE_LABELS[label] for label in spec.races_excluded), years_excluded=tuple(spec.years_excluded),
        dates=_dates(spec), years=tuple(spec.years_compared), sex=spec.sex, sex_negated=spec.sex_negated, age=_ages(spec), born=_born(spec),
        age_group=spec.age_group, more_age_groups=tuple(spec.more_age_groups), time_limit=_limit(spec.finish_time),
        time_bands=tuple(sorted(spec.finish_time_bands)), age_bands=tuple(sorted(spec.age_bands)), bands_left_out=tuple(sorted(set(spec.bands_left_out))), bands_as_columns=spec.bands_as_columns, band_width=spec.band_width_s, limit=spec.limit, status=spec.status,
        statuses=tuple(spec.statuses), crossing_shown=spec.crossing_shown, out_of=spec.out_of,
        place_among=spec.place_among, sex_by_pronoun=spec.sex_by_pronoun, time_placed=spec.time_placed_s,
        records=Records(spec.records, spec.records_set_then, spec.records_broken and spec.records_set_then) if spec.records else None, last_name=spec.last_name,
        audit=Audit(spec.check, tuple(spec.check_fields) or (("chip_time_s", "gun_time_s", "overall_place") if spec.check == "missing_data"
                                                             else ()), spec.answer == "list") if spec.check else None,
        among=to_parsed(QuestionSpec(answer="count", **spec.runners_of.model_dump()), question, vocabulary)
        if spec.runners_of else None, among_absent=spec.runners_of_absent and spec.runners_of is not None,
        local=spec.locals_only, top_percent=spec.top_percent, back_percent=spec.back_percent,
        person=Person(spec.runner.first_name, spec.runner.last_name) if spec.runner else None,
        more_people=tuple(Person(more.first_name, more.last_name) for more in spec.more_runners) if spec.runner else (),
        runner_city=spec.runner_city, runner_state=spec.runner_state, event_city=spec.event_city,
        event_state=spec.event_state, event_state_negated=spec.event_state_negated, group_by=tuple(spec.group_by),
        measure=spec.measure,
        distinct_of=spec.count_distinct,
        personal_best=spec.personal_best, winners=spec.winners or spec.winners_by is not None, place=spec.place,
        place_overall=spec.place_overall, place_in_age_group=spec.place_in_age_group, bib=spec.bib,
        month=spec.month, seasons=tuple(spec.seasons), edition=spec.edition, edition_own=spec.edition_own, last_editions=spec.last_editions,
        last_place=spec.last_place, oldest_first=spec.oldest_first, first_to=spec.first_to,
        groups_with_any=spec.groups_with_any,
        sorted_by=spec.sorted_by, active_only=spec.active_only, not_held=spec.not_held, first_held=spec.first_held, tied_counted=spec.tied_counted, combined_time=spec.combined_time,
        distinct_people=spec.distinct_people,
        metric=_metric_of(spec.metric, spec.pace_clock) if spec.metric else None, clock=spec.clock, gun_placed=spec.gun_places,
        runner_state_negated=spec.runner_state_negated, out_of_state=spec.out_of_state,
        runner_city_negated=spec.runner_city_negated,
        more_states=tuple(spec.more_states), more_cities=tuple(spec.more_cities),
        cohort=Cohort(**{**spec.cohort.model_dump(), "legs": tuple(map(tuple, spec.cohort.legs)),
                         "leg_races": tuple(spec.cohort.leg_races), "spread": tuple(spec.cohort.spread),
                         # (the other event as the company spells it)
                         "elsewhere": next((name for name in vocabulary.events
                                            if name.lower() == spec.cohort.elsewhere.lower()), "")}) if spec.cohort
        else None,
        ranking=Ranking(**{**spec.ranking.model_dump(), "both_ends": tuple(spec.ranking.both_ends)}) if spec.ranking
        else None, change_years=spec.change_years,
        change_sign=spec.change_sign, pair=spec.runners_compared if spec.runner and spec.more_runners else "",
        shared_races=spec.shared_races_only and bool(spec.runner and spec.more_runners), wins_before=spec.wins_before,
        difference=tuple(spec.difference) if spec.difference else (), apart=spec.difference_unsigned,
        pace_limit=_limit(spec.pace_limit_s_per_km), gap_limit=_gap_limit(spec.gun_chip_gap_limit_s),
        clock_window=_clock_window(spec.finish_clock_window_s),
        field_limit=FieldLimit(spec.against_field.measure, spec.against_field.op, spec.against_field.aggregate)
        if spec.against_field else None,
        winner_gap=WinnerGap(spec.behind_winner.op, spec.behind_winner.seconds, spec.behind_winner.percent)
        if spec.behind_winner else None, winners_by=spec.winners_by, men_and_women=spec.men_and_women,
        rival=Rival(spec.around_runner.side, spec.around_runner.scope, spec.around_runner.city, spec.around_runner.within_s,
                    spec.around_runner.with_her, spec.around_runner.place)
        if spec.around_runner else None,
        with_count=spec.with_count, with_time=spec.with_time, group_shares=spec.group_shares, averaged_over=spec.averaged_over,
        year_over_year=spec.year_over_year, best_place=spec.best_place, totals=tuple(spec.totals),
        top_places=spec.top_places, top_places_within=spec.top_places_within,
        share_of=to_parsed(QuestionSpec(answer="count", **spec.share_of.model_dump()), question, vocabulary)
        if spec.share_of else None,
        also_shares=tuple(to_parsed(QuestionSpec(answer="count", **part.model_dump()), question, vocabulary)
                          for part in spec.also_share_of),
        compared=tuple(to_parsed(QuestionSpec(answer="count", **group.model_dump()), question, vocabulary)
                       for group in spec.compared))
    if by_group and set(spec.difference) != {label for _, label in map(compared_label, parsed.compared, parsed.compared[::-1]) if label}:
        raise SpecError("a difference between the groups compared names each group as its label does: a city, a "
                        "state, or an age range (\"under 50\", \"30-39\", \"50+\")")
    return parsed


def from_parsed(parsed: Parsed) -> QuestionSpec:
    """The spec of a parse (the worked examples shown to the model). Raises SpecError for a parse the spec
    cannot say (no intent, or a value outside the spec's bounds: "under 0 minutes")."""
    if parsed.intent is None:
        raise SpecError("the parse found no question word")
    try:
        return _spec_of(parsed)
    except ValidationError as error:
        raise SpecError(f"the reading does not fit the spec: {error.errors()[0]['msg']}") from None


def _spec_of(parsed: Parsed) -> QuestionSpec:
    metric = _metric_name(parsed.metric) if parsed.metric else None
    return QuestionSpec(
        answer=parsed.intent, about=parsed.subject, events=list(parsed.events),
        distances=[d.label for d in parsed.distances], races_excluded=[d.label for d in parsed.races_excluded],
        years_excluded=list(parsed.years_excluded),
        events_at_named_race=parsed.race_of_name and len(parsed.events) > 1,
        event_races={name: race.label for name, race in parsed.event_races},
        date_from=parsed.dates.start if parsed.dates else None, date_until=parsed.dates.end if parsed.dates else None,
        years_compared=list(parsed.years) if parsed.dates is None else [], sex=parsed.sex, sex_negated=parsed.sex_negated,
        men_and_women=parsed.men_and_women, with_count=parsed.with_count, with_time=parsed.with_time, group_shares=parsed.group_shares,
        averaged_over=parsed.averaged_over, year_over_year=parsed.year_over_year, totals=list(parsed.totals), top_places=parsed.top_places, top_places_within=parsed.top_places_within,
        best_place=parsed.best_place,
        age_min=parsed.age.low if parsed.age else None,
        born_from=parsed.born.first if parsed.born else None, born_until=parsed.born.last if parsed.born else None,
        age_max=parsed.age.high if parsed.age else None, age_group=parsed.age_group,
        more_age_groups=list(parsed.more_age_groups),
        finish_time=_spec_limit(parsed.time_limit), pace_limit_s_per_km=_spec_limit(parsed.pace_limit),
        finish_clock_window_s=parsed.clock_window,
        behind_winner=BehindWinner(op=parsed.winner_gap.op, seconds=parsed.winner_gap.seconds,
                                   percent=parsed.winner_gap.percent) if parsed.winner_gap else None,
        around_runner=AroundRunner(side=parsed.rival.side, scope=parsed.rival.scope, city=parsed.rival.city,
                                   within_s=parsed.rival.within_s, with_her=parsed.rival.with_her,
                                   place=parsed.rival.place) if parsed.rival else None,
        gun_chip_gap_limit_s=GapLimit(op=parsed.gap_limit.op, seconds=parsed.gap_limit.seconds) if parsed.gap_limit
        else None,
        against_field=AgainstField(measure=parsed.field_limit.measure, op=parsed.field_limit.op,
                                   aggregate=parsed.field_limit.aggregate) if parsed.field_limit else None,
        finish_time_bands=list(parsed.time_bands), age_bands=list(parsed.age_bands), bands_left_out=list(parsed.bands_left_out), bands_as_columns=parsed.bands_as_columns, band_width_s=parsed.band_width, status=parsed.status,
        statuses=list(parsed.statuses), crossing_shown=parsed.crossing_shown, out_of=parsed.out_of,
        place_among=parsed.place_among, sex_by_pronoun=parsed.sex_by_pronoun, time_placed_s=parsed.time_placed,
        records=parsed.records.of if parsed.records else None,
        check=parsed.audit.kind if parsed.audit else None, check_fields=list(parsed.audit.fields) if parsed.audit else [],
        runners_of=_runners_of(from_parsed(parsed.among)) if parsed.among else None, runners_of_absent=parsed.among_absent,
        records_set_then=bool(parsed.records and parsed.records.set_then),
        records_broken=bool(parsed.records and parsed.records.broken), last_name=parsed.last_name,
        locals_only=parsed.local, top_percent=parsed.top_percent, back_percent=parsed.back_percent,
        runner=Runner(first_name=parsed.person.first_name, last_name=parsed.person.last_name) if parsed.person
        else None, more_runners=[Runner(first_name=p.first_name, last_name=p.last_name) for p in parsed.more_people],
        runner_city=parsed.runner_city, runner_state=parsed.runner_state,
        runner_state_negated=parsed.runner_state_negated, out_of_state=parsed.out_of_state,
        runner_city_negated=parsed.runner_city_negated,
        more_states=list(parsed.more_states), more_cities=list(parsed.more_cities),
        event_city=parsed.event_city, event_state=parsed.event_state, event_state_negated=parsed.event_state_negated,
        group_by=list(parsed.group_by),
        count_distinct=parsed.distinct_of,
        measure=parsed.measure, metric=metric, share_of=_share_part(from_parsed(parsed.share_of)) if parsed.share_of else None,
        also_share_of=[_share_part(from_parsed(part)) for part in parsed.also_shares],
        compared=[_filters(from_parsed(group)) for group in parsed.compared],
        limit=parsed.limit, place=parsed.place, place_overall=parsed.place_overall,
        place_in_age_group=parsed.place_in_age_group, bib=parsed.bib, month=parsed.month, seasons=list(parsed.seasons),
        edition=parsed.edition, edition_own=parsed.edition_own, last_editions=parsed.last_editions,
        winners=parsed.winners and parsed.winners_by is None,
        winners_by=parsed.winners_by,
        personal_best=parsed.personal_best, last_place=parsed.last_place, oldest_first=parsed.oldest_first,
        first_to=parsed.first_to, groups_with_any=parsed.groups_with_any, sorted_by=parsed.sorted_by,
        distinct_people=parsed.distinct_people,
        active_only=parsed.active_only, not_held=parsed.not_held, first_held=parsed.first_held, tied_counted=parsed.tied_counted, combined_time=parsed.combined_time, clock=parsed.clock, gun_places=parsed.gun_placed,
        pace_clock=parsed.metric.clock if parsed.metric and parsed.metric.kind == "pace" else "chip",
        cohort=CohortSpec(**{**asdict(parsed.cohort), "legs": [list(leg) for leg in parsed.cohort.legs],
                             "leg_races": list(parsed.cohort.leg_races), "spread": list(parsed.cohort.spread)})
        if parsed.cohort else None,
        ranking=RankingSpec(dimension=parsed.ranking.dimension, measure=parsed.ranking.measure,
                            descending=parsed.ranking.descending, limit=parsed.ranking.limit,
                            min_group=parsed.ranking.min_group, max_group=parsed.ranking.max_group, size=parsed.ranking.size,
                            group_people=parsed.ranking.group_people, group_counts=parsed.ranking.group_counts,
                            counted=parsed.ranking.counted, both_ends=list(parsed.ranking.both_ends))
        if parsed.ranking else None, change_years=parsed.change_years, change_sign=parsed.change_sign,
        runners_compared=parsed.pair, difference_unsigned=parsed.apart, shared_races_only=parsed.shared_races,
        wins_before=parsed.wins_before, difference=parsed.difference or None)


def _filters(spec: QuestionSpec) -> Filters:
    return Filters(**{name: getattr(spec, name) for name in Filters.model_fields})


def _share_part(spec: QuestionSpec) -> SharePart:
    return SharePart(**{name: getattr(spec, name) for name in SharePart.model_fields})


def _runners_of(spec: QuestionSpec) -> RunnersOf:
    return RunnersOf(**{name: getattr(spec, name) for name in RunnersOf.model_fields})


def _known_events(spec: QuestionSpec, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The spec's events as the company spells them; SpecError names any it does not have."""
    known = {name.lower(): name for name in vocabulary.events}
    elsewhere = [spec.cohort.elsewhere] if spec.cohort and spec.cohort.elsewhere else []
    unknown = [name for name in (*spec.events, *elsewhere) if name.lower() not in known]
    if unknown:
        shown = ", ".join(vocabulary.events[:12]) + (", …" if len(vocabulary.events) > 12 else "")
        raise SpecError(f"no event called {', '.join(repr(n) for n in unknown)} in {vocabulary.company}'s data "
                        f"(its events: {shown})")
    return tuple(known[name.lower()] for name in spec.events)


def _event_races(spec: QuestionSpec, events: tuple[str, ...]) -> tuple[tuple[str, Distance], ...]:
    """The spec's races said with its events, each event as the company spells it; SpecError for one not in events."""
    spelt = {name.lower(): name for name in events}
    if stray := [name for name in spec.event_races if name.lower() not in spelt]:
        raise SpecError(f"event_races names {', '.join(map(repr, stray))}, not among events")
    return tuple((spelt[name.lower()], DISTANCE_LABELS[label]) for name, label in spec.event_races.items())


def _check_places(spec: QuestionSpec, vocabulary: Vocabulary) -> None:
    cities = {city.lower() for city in vocabulary.cities}
    for city in (spec.runner_city, spec.event_city, *spec.more_cities):
        if city and city.lower() not in cities:
            raise SpecError(f"no city called {city!r} in {vocabulary.company}'s data")
    for state in (spec.runner_state, spec.event_state, *spec.more_states):
        if state and state not in US_STATES.values():
            raise SpecError(f"{state!r} is not a US state code")
    for runner in ([spec.runner, *spec.more_runners] if spec.runner else []):
        if Person(runner.first_name, runner.last_name) not in vocabulary.people:
            raise SpecError(f"no runner called {runner.first_name} {runner.last_name} in {vocabulary.company}'s data")


def _dates(spec: QuestionSpec) -> DateRange | None:
    if spec.date_from is None and spec.date_until is None:
        return None
    start, end = spec.date_from or date(1900, 1, 1), spec.date_until or date(9999, 1, 1)
    if end <= start:
        raise SpecError(f"the date range {start} to {end} is empty")
    whole_year = start.month == start.day == end.month == end.day == 1 and end.year == start.year + 1
    return DateRange(start, end, str(start.year) if whole_year else f"{start:%Y-%m-%d} to {end:%Y-%m-%d}")


def _ages(spec: QuestionSpec) -> AgeRange | None:
    if spec.age_min is None and spec.age_max is None:
        return None
    low, high = spec.age_min or 1, spec.age_max or 120
    return AgeRange(low, high, f"aged {low} and over" if high == 120 else f"aged {low}–{high}")


def _born(spec: QuestionSpec) -> BirthYears | None:
    if spec.born_from is None and spec.born_until is None:
        return None
    first, last = spec.born_from or 1900, spec.born_until or 2100
    if last < first:
        raise SpecError(f"no one is born from {first} until {last}")
    return BirthYears(first, last, f"born in {first}" if first == last else f"born {first}–{last}")


def _spec_limit(limit: TimeLimit | None) -> Limit | None:
    return Limit(op=limit.op, seconds=limit.seconds, upper_seconds=limit.upper, upper_open=limit.upper_open) if limit else None


def _gap_limit(limit: GapLimit | None) -> TimeLimit | None:
    """A gun−chip gap limit, worded as the parser words it."""
    return TimeLimit(limit.op, limit.seconds, words=gap_words(limit.op, limit.seconds)) if limit else None


def _limit(limit: Limit | None) -> TimeLimit | None:
    if limit is None:
        return None
    if limit.op == "between" and limit.upper_seconds is None:
        raise SpecError("a between time limit needs upper_seconds")
    words = {"<": "under", ">": "over", "between": "between"}[limit.op] + " " + duration_words(limit.seconds)
    if limit.upper_seconds is not None:
        words += f" and {'under ' * limit.upper_open}{duration_words(limit.upper_seconds)}"
    return TimeLimit(limit.op, limit.seconds, limit.upper_seconds, words, limit.upper_open)


def _clock_window(window: tuple[float, float] | None) -> tuple[float, float] | None:
    if window is not None and window[0] >= window[1]:
        raise SpecError("finish_clock_window_s needs its start before its end")
    return tuple(window) if window else None
