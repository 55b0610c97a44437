"""The deterministic semantic parser: a question in, its intent and entities out, with a confidence.

Pure: the company's names come in a ``Vocabulary`` and "today" is a parameter, so the same question parses
the same way in tests, in the evaluation and in production. Anything the parser could not place lowers the
confidence and is said in ``notes``; the service sends low-confidence questions to the model (if any) and
never presents a guess as a fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rapidfuzz import fuzz

from nlq import rx
from nlq.cut_offs import said_as_cut_off
from nlq.asker import field_after_story, question_after_story, question_without_claim, read_runners_told, read_story_of_one, \
    relative_unnamed, said_with_surname, signed_up_front
from nlq.clubs import without_club
from nlq.clarifiers import BOTH_SEXES_GROUPS, JUST_A_COUNT, read_clarifiers, said_plainly
from nlq.planning import read_planning
from nlq.race_mix import read_race_mix
from nlq.history import read_history
from nlq.claims import claims
from nlq.records import HOW_MANY, Records, find_records
from nlq.time_placed import find_time_placed
from nlq.entities import (EVERY_YEAR_SAID, 
    AGE_EXCLUDED, AGE_NOUNS, BOTH_CROSSINGS, STARTED_UNFINISHED_SAID, DNF_SAID, find_month_any_year, find_place, LAST_PLACE, NO_SHOWS_LEFT_OUT, NO_FINISH_WORD, NOT_STARTED_SAID, TOP_FINISHER, UNFINISHED_SAID, AgeRange, BORN, BirthYears, DateRange, Distance, TimeLimit, distance_mention, find_age, find_age_groups, DISTANCE_LABELS,
    age_spans_said, durations_in_digits, find_band_width, find_bib, find_born, find_dates, find_distance, find_seasons, find_first_places, find_limit, find_sex, find_status, find_time_bands, find_age_bands, age_band_names, find_time_limit, pace_said, HUGE, MONTHS, NUMBER_WORDS, SEASONS,
    SEASON_WORD,
    calendar_day, month_end, number, numeric_date, relative_year, season_months, sex_said, COUNT_WORDS, RACE_BY_DISTANCE, RACE_SAID, AGE_RANGE_SAID,
)
from nlq.accounting import FILLER, READ, content_words, not_used
from nlq.spelling import city_residents, correct_names, plain_letters, correct_spelling, expand_abbreviations, short_year_or_count
from nlq.constructs import (
    CLOCK_DIMENSIONS, EVER_FINISHED, HOW_FAR_APART, POOLED_BOTH,
    Cohort, FieldLimit, Found, Metric, Ranking, WinnerGap, find_cohort, find_local, find_metric, find_out_of_state, find_percent_change, find_ranking,
    clock_words, find_clock_window, find_field_limit, find_gap_limit, find_pace_limit, find_winner_gap, find_winners_by, find_wins_before, negated_place, uses_gun_time, find_difference, SAME_RUNNER_AGAIN, NEXT_YEAR,
    DNF_OVER_STARTERS, DNS_OVER_ENTRIES, LATER_YEAR, ONLY_RACE, RACE_NEXT, RANK_ALL, RANK_EVERY, SHARED_COHORTS, find_group_size, race_clock_said, sized,
)
from nlq.rivals import OVER_EDITIONS, REFERENCES, Rival, find_rival
from nlq.runner_pairs import find_pair, shared_races
from nlq.audits import Audit, find_audit
from nlq.vocabulary import (
    DEMONYMS, FAMILY_SAID, STATE_NAMES, US_STATES, Mention, out_of_state_said, Person, Vocabulary, match_city, match_demonym, match_events, match_series, match_state,
    name_span, state_at, state_code,
)

INTENTS = ("count", "list", "find", "top", "compare", "analyze", "trend")
CONFIDENT = 0.6               # below this the service asks the model, when one is configured
GROUPINGS = {"year": "year", "years": "year", "season": "season", "month": "month", "sex": "sex", "gender": "sex",
             "age group": "age_group", "age groups": "age_group", "division": "age_group", "state": "state",
             "distance": "race", "distances": "race", "race": "race", "races": "race", "event": "event", "events": "event",
             "city": "city", "edition": "edition", "editions": "edition", "quarter": "quarter", "months": "month",
             "states": "state", "cities": "city", "status": "status", "statuses": "status", "last name": "last_name",
             "last names": "last_name", "surname": "last_name", "surnames": "last_name", "family name": "last_name",
             "family names": "last_name"}
# the confidence of a reading with notes or words it could not use: never answered on its own
DOUBTED = 0.3
# statuses counted in each group rather than filtered, so a group with none of them shows 0 (nlq.sqlbuild)
COUNTED_STATUSES = ("DNF", "DNS", "DQ")
# measures that are no finish time: said of one race or of many alike (an age, a total distance)
# the finish line's clock (the race's start plus the gun time: nlq.planning), no chip or gun time to choose
FINISH_LINE_MEASURES = ("last_crossing", "first_crossing", "finish_span")
UNTIMED_MEASURES = ("average_age", "median_age", "total_km", "total_miles", *FINISH_LINE_MEASURES)
# "how many km did the finishers put in combined", "total mileage": the distance run, summed over finishes
_TOTAL_DISTANCE = re.compile(
    r"\b(?:how many|total|combined|cumulative|sum of(?: the)?|all the)\s+(km|kms|kilomet(?:er|re)s|miles)\b(?=[^?]{0,80}?"
    r"\b(?:put in|ran|run|covered|logged|raced|racked up|combined|in total|altogether|between them|together|finished|"
    r"completed|done|total)\b)|"
    r"\b(?:total|combined|cumulative|summed) (?:distance|mileage|kilomet(?:er|re)s|km|miles)\b(?: (?:run|raced|covered|logged))?")
MEASURES = {"average": "average", "avg": "average", "mean": "average", "median": "median", "typical": "median",
            "slowest": "slowest"}
_EVENT_WORDS = r"(?:Marathon|Half|5K|10K|Run|Trot|Race|Dash|Classic|Challenge|Ultra|50K|Relay|Mile|Triathlon)"


@dataclass(frozen=True)
class Parsed:
    question: str
    intent: str | None                        # one of INTENTS, None when not understood
    subject: str                              # "results" | "people" | "events" | "races"
    confidence: float
    events: tuple[str, ...] = ()
    distances: tuple[Distance, ...] = ()
    races_excluded: tuple[Distance, ...] = ()  # races set aside, every other one kept ("excluding the half")
    years_excluded: tuple[int, ...] = ()      # years set aside, every other one kept ("every edition except 2020")
    dates: DateRange | None = None
    years: tuple[int, ...] = ()               # years being compared
    sex: str | None = None
    sex_negated: bool = False                 # every runner but that sex ("finishers who were not women")
    age: AgeRange | None = None
    born: BirthYears | None = None            # the runners' birth years: "born in the 1980s"
    age_group: str | None = None
    more_age_groups: tuple[str, ...] = ()     # other age groups named with it: any of them, one row each
    time_limit: TimeLimit | None = None
    time_bands: tuple[float, ...] = ()        # edges (seconds) of finish-time bands counted side by side
    age_bands: tuple[int, ...] = ()           # edges (years) of age brackets counted side by side ("under 30, 30s, …")
    bands_left_out: tuple[int, ...] = ()      # the bands between those edges no one asked (0: under the first edge)
    bands_as_columns: bool = False            # the time bands in one row, a column each ("how many under 1:45, how many
    #                                           between 1:45 and 2:15, and how many 2:15 or slower": each counted on its own)
    band_width: float = 0.0                   # finish-time (or pace) bands of this many seconds each, as the data fills
    #                                           them: "in each 1-minute pace-per-mile band"
    last_name: str | None = None              # only runners of this last name, as stored: a family ("how many Smiths")
    local: bool = False                       # only runners living in the town their event was held in ("locals")
    records: Records | None = None            # only results that are a course record, standing now or set then: see
    #                                           nlq.records
    crossing_shown: bool = False              # each result's time of day at the finish line shown beside it ("what time
    #                                           of day did she cross the line"): the race's start plus the gun time
    time_placed: float | None = None          # the place a finish in this many seconds would have had among the finishers
    #                                           kept ("where would a 3:15:00 have placed"): see nlq.time_placed
    out_of: str | None = None                 # each of a runner's results shown with the finishers its place is among:
    #                                           "overall", "sex" or "age_group" ("her age-group place, out of how many")
    bib: str | None = None                    # the bib number named: "who was bib 110 at …"
    limit: int | None = None
    status: str | None = None
    statuses: tuple[str, ...] = ()            # the statuses counted a row each ("how many DQ'd, DNF'd and finished"; group
    #                                           by status), none for every status
    person: Person | None = None
    more_people: tuple[Person, ...] = ()      # other runners named with the first: each one's own rows
    runner_city: str | None = None
    runner_state: str | None = None
    event_city: str | None = None
    event_state: str | None = None
    event_state_negated: bool = False         # events held anywhere but event_state: "events outside of Illinois"
    group_by: tuple[str, ...] = ()
    measure: str | None = None                # average | median | slowest | average_age | pNN; fastest is a top-N
    personal_best: bool = False
    winners: bool = False
    last_place: bool = False                  # "who finished last": the slowest finisher first
    active_only: bool = False
    not_held: bool = False                    # events: those with no edition in the dates ("which events did not run in 2021")
    first_held: bool = False                  # events: those new in the dates, no edition before ("new events last year")
    tied_counted: bool = False                # people ranked by a count: the top count and how many runners share it
    combined_time: bool = False               # runners of every event named, ranked by the sum of their times there
    distinct_people: bool = False
    notes: tuple[str, ...] = field(default=())
    unused: tuple[str, ...] = ()              # words of the question the parse did not account for
    metric: Metric | None = None              # pace, gun−chip gap, a rate, a share, the oldest/youngest
    clock: str = "chip"                       # which time: "chip" or "gun" (asked for by name)
    gun_placed: bool = False                  # winners and places by gun time ("who won on gun time"), not the places
    #                                           the results give (on chip time)
    runner_state_negated: bool = False        # "not from Texas", "outside Texas"
    runner_city_negated: bool = False         # "not from Ithaca": runners living anywhere but the runner city
    more_states: tuple[str, ...] = ()         # said with runner_state: "from FL or GA", "neither Ohio nor Kentucky"
    more_cities: tuple[str, ...] = ()         # said with runner_city: "live in Dallas or Fort Worth" (any of them)
    out_of_state: bool = False                # runners from another state than the event's
    cohort: Cohort | None = None              # runners chosen by their own history
    ranking: Ranking | None = None            # one row per value of a dimension, by a measure
    change_years: tuple[int, int] | None = None  # percent change between two years
    change_sign: str = ""                     # "up" | "down": only the groups whose change went that way ("which
    #                                           events shrank from 2024 to 2025")
    pace_limit: TimeLimit | None = None      # a pace as a filter, in seconds per km ("<", ">" or "between")
    clock_window: tuple[float, float] | None = None   # the times of day runners crossed the line, seconds after midnight
    #                                           [start, end): "crossed between 8:55 and 9:05 am"
    gap_limit: TimeLimit | None = None       # the gun−chip gap as a filter, in seconds ("<" or ">")
    field_limit: FieldLimit | None = None     # runners against their own field's average or median ("faster than average")
    winner_gap: WinnerGap | None = None       # how far behind the race's winning time: "within 30 minutes of the winner"
    rival: Rival | None = None                # the field around the runner named, in her race: "who beat me", "who won her
    #                                           age group" (the runner the reference, never a filter)
    winners_by: str | None = None             # winners of every "sex" or "age_group" at once
    place: int | None = None                  # the one place asked for: "who was 3rd overall", "2nd woman"
    place_overall: bool = False               # the place is overall even with a sex said ("a woman first overall")
    place_in_age_group: bool = False          # the place is the result's age-group place ("2nd in her age group")
    month: int | None = None                  # a month of every year ("in March, any year"), 1–12
    seasons: tuple[str, ...] = ()             # seasons of every year or of the years said ("our winter events")
    edition: str | None = None                # "first" | "last": one edition of the events ("when was the last …");
    #                                           "first_and_last": both ends, each its own row ("at its first and its latest")
    edition_own: bool = False                 # the edition is the runner's own first or latest result there, not the
    #                                           event's ("the first time she ran it, and the most recent time")
    last_editions: int = 0                    # the events' latest N editions ("across the last three editions of X")
    men_and_women: bool = False               # "men vs women": those two, not every sex category
    with_count: bool = False                  # "finishers and average chip time": the count beside the measure
    with_time: bool = False                   # "average gun time and average pace": the time beside a pace
    share_of: Parsed | None = None            # "what percent of X were Y": Y's filters, counted among X
    also_shares: tuple[Parsed, ...] = ()      # "…, and what percent were from OR": more parts, each its own share of X
    compared: tuple[Parsed, ...] = ()         # "Albany runners vs Buffalo runners": each group's own filters
    audit: Audit | None = None                # a check of the results themselves: "any bib used twice in one race?"
    among: Parsed | None = None               # "of the runners who finished all three in 2022, how many …": the results
    #                                           kept to the runners another reading chooses (``nlq.among``)
    among_absent: bool = False                # "… how many did not come back in 2025": those runners with none of these
    #                                           results, counted
    distinct_of: str | None = None            # "how many states were represented": a dimension's values, counted
    race_of_name: bool = False                # the race chosen by the event's name: "the Napa Half Marathon winner"
    event_races: tuple[tuple[str, Distance], ...] = ()  # events each said with a race of its own ("the Tacoma half or
    #                                           the Bend Turkey Trot 5K"): that race of it; an event not listed, every race
    oldest_first: bool = False                # a runner's results or winners listed by year, oldest first
    first_to: bool = False                    # the earliest result kept, the first across the line that day: "the first
    #                                           woman to break 3 hours at X" (its edition, her name and time)
    groups_with_any: bool = False             # "in which years did anyone get DQ'd": only the groups with one at least
    sorted_by: str = ""                       # a list of runners by age or time: "oldest", "youngest", "fastest", "slowest" first
    difference: tuple[str, str] = ()          # ("M", "F") or two events: compared, the first's measure minus the second's
    apart: bool = False                       # the difference said as how far apart: its size, neither one said ahead
    pair: str = ""                            # several runners named, measured against each other (nlq.runner_pairs.PAIRS)
    wins_before: bool = False                 # winners, each with the wins of that race of the event before: "who won it?
    #                                           has she won it before?"
    shared_races: bool = False                # several runners named, of the races every one of them finished alone: "in
    #                                           the races we both finished, what was our average time"
    group_shares: bool = False                # "finishers by sex, as percentages": each group's count and share of all
    top_places: int | None = None             # only the first N places of each race: "the top 10's average time"
    top_percent: float = 0.0                  # only places within the first N percent of their race's finishers (of
    #                                           their age group or sex: top_places_within): "the top 10% of the F40-44 group"
    back_percent: float = 0.0                 # only places within the last N percent of their race's finishers: "the
    #                                           slowest 10% of finishers", the back of the pack
    top_places_within: str | None = None      # those places within the runner's "sex" or "age_group" ("top 3 of
    #                                           their age group", "the top 10 women's average"); None: overall
    averaged_over: str | None = None          # "average finishers per edition": the count of each edition (or year,
    #                                           event, race), averaged over them
    year_over_year: bool = False              # a count per year with its change from the year before
    totals: tuple[str, ...] = ()              # several counts side by side ("how many events, races and finishers"):
    #                                           nlq.sqlbuild.TOTALS, in the order said
    best_place: str = ""                      # a runner's results by place, best first (last_place: worst first):
    #                                           "overall", "gender" or "age_group" ("her best age group place")
    told_of: tuple[str, ...] = ()             # runners the question names only as why it asks of the field ("Kaitlyn
    #                                           Roman didn't show. What share of that year's entries were no-shows?")
    sex_by_pronoun: bool = False              # "Who won X? What was her time?": the winner's sex read from "her"
    place_among: bool = False                 # a runner's place among the finishers of her race the filters keep ("her
    #                                           place among women from New Haven"): the filters choose the field
    claims: tuple[str, ...] = ()              # what someone says happened, told around a runner's result ("she says she
    #                                           was the 6th woman but the site says 25th"): never a filter, said back

    def understood(self) -> str:
        """What the parse used, in words: "count of results · event: Mystic Jingle Bell Run · dates: 2025"."""
        shape = f"{self.intent or 'no question word'} of {self.subject}"
        found = [f"{key.replace('_', ' ')}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
                 for key, value in self.entities().items()]
        return " · ".join([shape, *found])

    @property
    def distance(self) -> Distance | None:
        return self.distances[0] if len(self.distances) == 1 else None

    @property
    def measures_a_time(self) -> bool:
        """Whether a measure is asked that is not one of ``UNTIMED_MEASURES`` (an average, median, fastest, … time; not
        an average or median age, a total distance or a finish-line clock). An age percentile ("p90_age") is not among
        them, so it counts here as a time."""
        return bool(self.measure) and self.measure not in UNTIMED_MEASURES

    @property
    def years_not_held(self) -> bool:
        """Whether the years without an edition are asked: of the named events ("which years did the Galveston half
        not take place"), or of every event ("which years did we have no events at all")."""
        return self.not_held and self.subject == "events" and bool(self.events or self.group_by == ("year",))

    def race_of_each_event(self) -> dict[str, Distance] | None:
        """Of several events each at a race of its own, the race of each (said with it, or the one its name says;
        an event with none, every race: not a key); None when the races asked are of every event."""
        if self.event_races:
            return dict(self.event_races)
        if self.race_of_name and len(self.events) > 1:
            return {name: said[0] for name in self.events if (said := distance_mention(name.lower()))}
        return None

    def entities(self) -> dict[str, object]:
        """What was recognised, for /api/v1/nl-explain and the CLI, without the empty ones."""
        found = {
            "events": list(self.events), "distances": [d.label for d in self.distances],
            "races_excluded": [d.label for d in self.races_excluded], "years_excluded": list(self.years_excluded),
            "dates": self.dates.words if self.dates else None, "years": list(self.years),
            "sex": f"not {self.sex}" if self.sex and self.sex_negated else self.sex,
            "age": self.age.words if self.age else None, "age_group": self.age_group,
            "age brackets": ", ".join(name for i, name in enumerate(age_band_names(self.age_bands)) if i not in self.bands_left_out)
            if self.age_bands else None,
            "born": self.born.words if self.born else None,
            "time": self.time_limit.words if self.time_limit else None,
            "pace": self.pace_limit.pace_words if self.pace_limit else None,
            "gun-chip gap": self.gap_limit.words if self.gap_limit else None,
            "behind the winner": self.winner_gap.words if self.winner_gap else None,
            "limit": f"more than {HUGE:,}" if self.limit and self.limit >= HUGE else self.limit,   # (read as HUGE)
            "status": self.status,
            "person": " and ".join(p.name for p in (self.person, *self.more_people))
            if self.person else None,
            "races": "only those every one of them finished" if self.shared_races else None,
            "wins before": "each winner's earlier wins of that race" if self.wins_before else None,
            "runner_city": ("not " if self.runner_city_negated and self.runner_city else "") + " or ".join(
                c for c in (self.runner_city, *self.more_cities) if c) or None,
            "event_city": self.event_city,
            "runner_state": ("not " if self.runner_state_negated and self.runner_state else "") + " or ".join(
                s for s in (self.runner_state, *self.more_states) if s) or None,
            "out_of_state": self.out_of_state or None, "place": self.place,
            "field_limit": self.field_limit.words if self.field_limit else None,
            "finish clock": clock_words(self.clock_window) if self.clock_window else None,
            "event_state": self.event_state, "group_by": list(self.group_by), "measure": self.measure,
            "personal_best": self.personal_best or None, "winners": self.winners or None,
            "winners_by": self.winners_by,
            "last_place": self.last_place or None,
            "active_only": self.active_only or None, "not_held": self.not_held or None, "first_held": self.first_held or None,
            "back_percent": self.back_percent or None,
            "last_editions": self.last_editions or None,
            "distinct_people": self.distinct_people or None,
            "first to": "the earliest such finish" if self.first_to else None,
            # the constructs read, named ("cohort: both", "metric: rate DNS", "change: 2024 to 2025")
            "statuses": ", ".join(self.statuses) or None,
            "cohort": self.cohort.kind if self.cohort else None,
            "of the runners of": f"({self.among.understood()})" if self.among else None,
            "check": self.audit.words() if self.audit else None,
            "around the runner": f"{self.rival.side.replace('_', ' ')} ({self.rival.scope.replace('_', ' ')})" if self.rival else None,
            "metric": " ".join(filter(None, (self.metric.kind, self.metric.unit))) if self.metric else None,
            "change": " to ".join(map(str, self.change_years)) + (f" ({self.change_sign} only)" if self.change_sign else "")
            if self.change_years else None,
            "averaged_over": self.averaged_over, "totals": ", ".join(self.totals) or None,
            "ranking": f"{self.ranking.dimension.replace('_', ' ')} by {self.ranking.measure.replace('_', ' ')}"
            if self.ranking else None,
        }
        return {key: value for key, value in found.items() if value not in (None, [], "")}


# "the first woman to break 3 hours", "when did a man first go under 2:30", "first local to run a sub-20 5K"
_FIRST_TO = re.compile(r"\bfirst (?:[\w'-]+ ){0,2}?(?:woman|man|female|male|runner|person|one|finisher|athlete|master|local|girl|"
                       r"boy|lady|guy|teen(?:ager)?)s? (?:ever )?to (?:break|go under|run under|get under|crack|finish under|dip under|"
                       r"run (?:a |an )?sub)\b|\b(?:when|what year|which year) did (?:a|any|the first) (?:[\w'-]+ ){0,2}?(?:woman|man|"
                       r"female|male|runner|person|local|master)s? (?:ever )?first (?:break|go under|run under|get under|crack|finish "
                       r"under|dip under|run (?:a |an )?sub)\b", re.IGNORECASE)
# "how many of them were women?", "which of those was fastest?" asked first, or after a question ("Which event had the
# most finishers in 2022? How many of them were women?"): whom "them" means, no reading of the whole says
# (``nlq.two_asked.of_those`` says it for a second question asked of the first one's runners)
_ASKS = r"(?:how many|what (?:share|percent(?:age)?|fraction|proportion|number)|which|who(?:'s| is| was| were)?(?: the [\w'-]+)?)"
_POINTER = (r"(?P<pointer>(?:of|among) (?:them|those|these))\b(?!\s+(?:runners|finishers|people|racers|athletes|entrants|"
            r"participants|women|men|events|races|editions|years)\b)")
_POINTS_AT_NOBODY = [re.compile(rf"(?:^|\?\s+)\W*(?:(?:and|so|also|ok(?:ay)?|then|now)\b\W*)?{said}", re.IGNORECASE)
                     for said in (rf"{_ASKS}\s+{_POINTER}", rf"{_POINTER}\s*,\s*{_ASKS}\b")]


def points_at_nobody(question: str) -> str | None:
    """The "of them" a question asks first, or after a question, with nothing read whole that it means; None when it
    says none."""
    return next((said["pointer"] for pattern in _POINTS_AT_NOBODY if (said := pattern.search(question))), None)


# "for each race", "in each race", "every race", "per distance": a row for each race
EACH_RACE_SAID = r"\b(?:for|in|at) (?:each|every) (?:race|distance)\b|\b(?:per|by) (?:race|distance)\b"


def _without_town_of_who_asks(question: str, parsed: Parsed, vocabulary: Vocabulary, today: date) -> Parsed:
    """ "I'm writing a story for the Orlando Sentinel. … the Tampa Marathon", "Boise Weekly: who won the Tacoma half?": a
    town read as where the events are held, which none of the events named is held in, said in the opening clause (who
    asks), is no filter (it kept the events held in Orlando: 0, at 1.0). Read again without that town there, when that
    loses nothing else; else as read ("the Galveston Daily News … the fall half" names no event beside it; "… had run in
    Hartford before?" says the town in the question itself)."""
    if not (parsed.events and parsed.event_city) or parsed.event_city.lower() in vocabulary.towns_of(parsed.events) or not (
            opening := rx.match(r"[^:?.!\u2013\u2014]*?(?::|[.!?](?=\s)|\s[-\u2013\u2014]\s|\u2014)(?=\s*\S)", question)):
        return parsed
    # (the town said alone in the opening clause — who asks — never inside an event's name, nor in the question after)
    names = "|".join(re.escape(name) for name in sorted(parsed.events, key=len, reverse=True))
    clause = rx.sub(rf"({names})|\b{re.escape(parsed.event_city)}\b", lambda m: m.group(1) or "", opening.group(0),
                    flags=re.IGNORECASE)
    if clause == opening.group(0):
        return parsed
    said = clause + question[opening.end():]
    again = _parse_question(said, vocabulary, today)
    return replace(again, question=question) if again.events == parsed.events and not (again.event_city or again.unused) \
        and not _loses_a_filter(replace(parsed, event_city=None), again) else parsed


def parse(question: str, vocabulary: Vocabulary, today: date) -> Parsed:
    """Read ``question`` against one company's names; see ``Parsed`` for what comes out. A runner the question names
    whom the reading leaves out (the field asked about after a story of her) is kept in ``told_of``, said back."""
    question = count_noun_told(question)
    parsed = _without_town_of_who_asks(question, _parse_question(question, vocabulary, today), vocabulary, today)
    if parsed.status == "STARTED" and (_EVERY_STATUS.search(question.lower()) or parsed.cohort) and not rx.search(
            # ("both X and Y (not counting no-shows)", "any status except no-shows": the starters, said so)
            rf"\bstart(?:ed|ers?|s|ing)?\b|\btoed\b|\b(?:showed|turned) up\b|{NO_SHOWS_LEFT_OUT}", question, re.IGNORECASE):
        # ("how many people ran the 5K at X, finished or not?": who ran it counts starts, unless every entry is said;
        # "ran A in 2019 and also ran B in 2022": runners of both, by their finishes as the glossary reads a history)
        parsed = replace(parsed, status=None)
    if not (parsed.dates or parsed.years or parsed.change_years or parsed.cohort and parsed.cohort.legs) and \
            not rx.search(r"\b(?:19|20)\d\d\b", question) and (years_back := rx.search(r"\b(?:those|these) years\b", question,
                                                                                    re.IGNORECASE)):
        # "How many runners finished all three events in each of those years?" with no years said: which years? (it
        # counted over every year, at 0.96)
        parsed = replace(parsed, unused=(*parsed.unused, years_back.group(0).lower()))
    if _SUM_OF_TIMES in parsed.notes and len(parsed.events) >= 2 and parsed.dates and \
            parsed.dates.end.year - parsed.dates.start.year <= 1 and not (parsed.measure or parsed.metric or parsed.group_by):
        # "who had the 5 fastest combined chip times across the Providence 10K and the Stamford 10K in 2024": the runners
        # of every event named that year by the sum of their times (it was said back)
        # (what a sum of times is said with: "(had to finish both)", "must finish all three", "the Fort Worth double", "the
        # Florida series", "the lowest total", "summed chip time")
        combined = replace(parsed, combined_time=True, intent="top", subject="results", limit=parsed.limit or 10,
                           distinct_people=False, cohort=None, notes=tuple(note for note in parsed.notes if note != _SUM_OF_TIMES),
                           # ("… among people who finished all three": the events named, counted)
                           unused=tuple(said for said in parsed.unused if said.lower() not in _SAID_WITH_A_SUM and
                                        said != str(len(parsed.events))))
        parsed = _with_confidence(combined, True) if not (combined.unused or combined.notes) else combined
    if rx.search(TIED_AT_TOP, question, re.IGNORECASE):
        # "the most times anyone has finished X, and how many runners share that mark": the most and how many share it
        parsed = replace(parsed, tied_counted=True, limit=1, intent="top", distinct_people=False) if parsed.subject == "people" and \
            parsed.intent in ("top", "list", "find") else \
            replace(parsed, notes=(*parsed.notes, "how many share the most I can give of runners ranked by their finishes only"))
    if (said := claims(question)) and (aside := _claims_set_aside(parsed, question, said, vocabulary, today)):
        parsed = aside
    if parsed.winners and parsed.winners_by == "sex" and not (parsed.dates or parsed.years or parsed.edition or parsed.person or
                                                             parsed.last_editions) and rx.search(
            r"\bever\b|\ball[- ]time\b|\bof all time\b|\bcourse records?\b|\bin (?:its|the event'?s|the race'?s) history\b",
            question, re.IGNORECASE):
        # "course records: for each race, the fastest man and fastest woman ever": the fastest of each sex over every
        # edition (it listed each edition's winners)
        each_race = "race" in parsed.group_by or rx.search(EACH_RACE_SAID, question, re.IGNORECASE)
        parsed = replace(parsed, winners=False, winners_by=None, intent="top", limit=1, men_and_women=True,
                         group_by=(*(("race",) if each_race else ()), "sex"), distances=() if each_race else parsed.distances)
    if not (parsed.dates or parsed.years or parsed.change_years or parsed.edition or parsed.last_editions) and rx.search(
            r"\bthat (?:same )?(?:year|edition)\b", question, re.IGNORECASE) and not rx.search(
            r"\b(?:19|20)\d\d\b|\b(?:which|what) (?:years?|editions?)\b|\bwhen\b|\b(?:last|this|next) year\b|\byears? ago\b|"
            r"\b(?:every|each|per|any) (?:year|edition|time)\b|\bhistory\b|"
            r"\b(?:most|fewest|biggest|smallest|best|worst|busiest|quietest|fastest|slowest|first|latest|last)\b", question,
            re.IGNORECASE):
        # "What about the median finish time that year?" asked alone: which year is not said (it gave every year's)
        parsed = replace(parsed, notes=(*parsed.notes, "\"that year\" says no year here: name the year"),
                         confidence=min(parsed.confidence, DOUBTED))
    if parsed.person and parsed.winners and not parsed.more_people and rx.search(
            r"\bwhat (?:place|position)\b|\b(?:her|his|their|my) (?:overall |age[- ]group |gender )?(?:place|position|placing)s?\b|"
            r"\bwhere did (?:she|he|they|i) (?:place|finish)\b", question, re.IGNORECASE):
        # "Stephanie Green won the X 5K in 2025? What place was she overall and in her age group?": her result with its
        # places, the win a claim they show (it kept winners only: 0 rows at 1.0)
        parsed = replace(parsed, winners=False, winners_by=None, limit=None, intent="list")
    if parsed.measure and not (parsed.change_years or parsed.group_by or parsed.compared) and parsed.dates and \
            len(parsed.years) == 2 and rx.search(r"\b(?:get|got|gotten|become|became|getting)\s+(?:faster|slower|quicker|older|"
                                                 r"younger)(?: or (?:faster|slower|quicker|older|younger))?\b", question, re.IGNORECASE):
        # "Did the median 5K time at X get faster or slower from 2018 to 2025?": the two years side by side (it gave one
        # median over every year between them)
        parsed = replace(parsed, dates=None, intent="compare", group_by=("year",))
    if parsed.subject == "people" and parsed.intent == "top" and not parsed.limit and rx.search(
            r"\bmost prolific (?:finisher|runner|athlete|person|one)\b", question, re.IGNORECASE):
        parsed = replace(parsed, limit=1)   # ("who's our most prolific finisher": the first, ties kept)
    if parsed.measure in ("fastest", "slowest") and parsed.group_by and parsed.limit == 1 and not (
            parsed.metric or parsed.person or parsed.ranking or parsed.cohort) and rx.search(
            r"\b(?:runners?|who|whom|names?|which event|(?:the )?athletes?|holders?)\b", question, re.IGNORECASE):
        # "Fastest half marathon by a man in each year — year, runner, which event, chip time": each year's fastest
        # result, the runner and the event with it (it gave each year's time alone)
        parsed = replace(parsed, intent="top", measure=None if parsed.measure == "fastest" else parsed.measure)
    if parsed.metric and parsed.metric.kind == "rate" and parsed.metric.unit in ("DNF", "DNS") and (
            parsed.time_limit or parsed.pace_limit):
        # "what was the DNF rate, and how many finishers were slower than 3:30?": a DNF or a no-show has no time, so a
        # rate among times kept is none (it gave 0%): two questions, each answered on its own
        parsed = replace(parsed, notes=(*parsed.notes, "a DNF or no-show rate among finish times kept counts no DNF: "
                                                       "ask for the rate and for the times apart"),
                         confidence=min(parsed.confidence, DOUBTED))
    if parsed.ranking and parsed.ranking.measure == "avg_time" and (parsed.last_place and rx.search(
            r"\blast finisher\b", question, re.IGNORECASE) or rx.search(r"\b(?:slowest|latest) (?:last|final) finisher\b",
                                                                      question, re.IGNORECASE)):
        # "which year had the slowest last finisher, and what was that time": each year's last finisher's time, ranked
        # (it ranked the years by their average time)
        parsed = replace(parsed, ranking=replace(parsed.ranking, measure="max_time"), last_place=False, limit=None)
    if parsed.ranking and parsed.change_years and parsed.limit and parsed.limit > 1 and parsed.ranking.limit == 1 and \
            parsed.ranking.dimension in parsed.group_by + (parsed.ranking.dimension,) and not parsed.person:
        # "Which age groups grew the most …? top 3 by added finishers": the three that grew most (the top N said apart
        # from the ranking)
        parsed = replace(parsed, ranking=replace(parsed.ranking, limit=parsed.limit), limit=None)
    if len(parsed.events) == 1 and len(parsed.years) == 2 and rx.search(
            r"\b(?:edition|running|one|race) (?:right |just |immediately )?before\b|\b(?:previous|prior|preceding|last) "
            r"(?:edition|running)\b", question, re.IGNORECASE) and (later := max(parsed.years)) - 1 == min(parsed.years):
        held = sorted({day.year for event, day in vocabulary.editions if event == parsed.events[0] and day.year < later})
        if held and held[-1] != later - 1:
            # "how many finished X in 2025, and how does that compare to the edition right before it": its edition before
            # (2023), never the calendar year before, when it held none
            before = held[-1]
            parsed = replace(parsed, years=(before, later), dates=None if parsed.dates and parsed.dates.start.year == later - 1
                             else parsed.dates, change_years=(before, later) if parsed.change_years else None)
    if parsed.edition == "first_and_last" and len(parsed.events) == 1 and not (
            parsed.measure or parsed.metric or parsed.cohort or parsed.change_years) and rx.search(
            r"%|\bpercent(?:age)?\b", question, re.IGNORECASE) and len(
            held := sorted({day.year for event, day in vocabulary.editions if event == parsed.events[0] and day <= today})) >= 2:
        # "finishers at the first edition vs the most recent one, and the % change": the two editions' years, and the
        # change between them (it gave each edition with the change from the one before)
        parsed = _with_confidence(replace(parsed, change_years=(held[0], held[-1]), years=(held[0], held[-1]), edition=None,
                                          year_over_year=False, group_by=(), intent="count", unused=tuple(
                                              word for word in parsed.unused if word.lower() not in ("percent", "%"))), True)
    if not (parsed.dates or parsed.years) and (that := rx.search(r"\bthat (?:same )?year\b", question, re.IGNORECASE)) and \
            len(told := set(rx.findall(r"\b20\d\d\b", question[:that.start()]))) == 1 and not (again := _parse_question(
                f"{question[:that.start()]}in {told.pop()}{question[that.end():]}", vocabulary, today)).unused and \
            not again.notes and again.intent:
        # "I ran the Tampa Marathon in 2019. At the Orlando Jingle Bell Run that year, what share …": the year told (it
        # was dropped with the sentence set aside)
        parsed = replace(again, question=question)
    if parsed.person and parsed.winners and not parsed.more_people and (won := rx.search(
            r"(?:^|[.?!]\s+)who (?:won|took|was first in|came first in)\b[^.?!]*", question, re.IGNORECASE)) and \
            not rx.search(r"\b(?:her|his|their|my|she|he)\b", won.group(0), re.IGNORECASE):   # (never "who won her age group")
        # "Tiffany Arias (Newport) ran the Providence Jingle Bell Run in 2022. Who won it that year?": the winner, never
        # her (she is why it is asked, said back), nor her town
        town = parsed.runner_city and rx.search(rf"\b{re.escape(parsed.person.last_name)}\s*(?:\(\s*|,\s*|of |from )"
                                                rf"{re.escape(parsed.runner_city)}\b", question, re.IGNORECASE)
        parsed = replace(parsed, person=None, runner_city=None if town else parsed.runner_city,
                         runner_state=None if town else parsed.runner_state)
    if parsed.person and parsed.winners and not (parsed.more_people or parsed.winners_by) and parsed.intent in (
            "top", "list", "find") and rx.search(r"\b(?:every|each) time (?:i|she|he|they|[a-z'-]+ [a-z'-]+) (?:won|has won|"
                                                  r"have won) (?:my|her|his|their|an?) (?:own )?(?:age[- ]?group|division|"
                                                  r"category)\b", question, re.IGNORECASE):
        # "Every time she won her age group — which event and year?": each of her age-group wins (it looked for her among
        # the overall winners)
        parsed = replace(parsed, winners=False, winners_by=None, place=1, place_in_age_group=True, limit=None, intent="top")
    if any(rx.search(r"\s{3}", said) for said in parsed.unused):   # (a name blanked out inside a clause said back)
        parsed = replace(parsed, unused=tuple(rx.sub(r"\s{3,}", " … ", said) for said in parsed.unused))
    if parsed.metric and parsed.metric.kind == "pace" and parsed.measure in ("average", "median", "fastest", "slowest") and \
            rx.search(_TIME_AND_PACE, question, re.IGNORECASE):
        # "average gun time and average pace": the time asked beside the pace (it gave the pace alone)
        parsed = replace(parsed, with_time=True)
    if parsed.person and parsed.winners and parsed.change_years and (told := _sentence_first(question)) and \
            rx.search(r"\bwon\b", told.group("clause"), re.IGNORECASE) and not rx.search(r"\bw[oi]n", told.group("rest"),
                                                                                      re.IGNORECASE) and rx.search(
            r"\bhow (?:much|many (?:seconds|minutes)) (?:faster|slower|quicker)\b", told.group("rest"), re.IGNORECASE):
        # "Christopher Ramos won his age group at X in both 2024 and 2025. How much faster was he in 2025?": his own time
        # each year, the wins told (it counted his wins each year, 1 and 1: a change of 0 at 1.0)
        parsed = replace(parsed, winners=False, winners_by=None, limit=None, measure="fastest")
    if parsed.race_of_name and parsed.measure in FINISH_LINE_MEASURES and any(
            event.lower() in question.lower() for event in parsed.events):
        # "when did the last finisher of the 2025 Pittsburgh Shamrock 5K cross the line": the line is every race's (the
        # mile, started later, finished last; it looked at the 5K its name says) — never "the Napa half", a race said
        parsed = replace(parsed, distances=(), race_of_name=False)
    if parsed.bib and parsed.race_of_name:
        # "bib 2520's pace at the 2019 Springfield Spring Marathon": the bib says the race (it looked for it in the
        # Marathon its name says; the bib was worn in the half)
        parsed = replace(parsed, distances=(), race_of_name=False)
    if (parsed.person or parsed.bib) and parsed.metric and parsed.metric.kind in ("pace", "gap") and parsed.intent == "analyze" and \
            not (parsed.more_people or parsed.group_by or parsed.ranking) and \
            not rx.search(r"\b(?:average|avg|mean|median|typical|overall pace)\b", question, re.IGNORECASE):
        # "Barbara Henry ran the 10K at Napa in 2024. What was her overall place and her pace per km?": each of her
        # results with its pace and places (it averaged her results' paces, the place dropped, at 1.0)
        parsed = replace(parsed, intent="list")
    if (parsed.person or parsed.bib) and parsed.status == "FIN" and parsed.intent in ("list", "find") and not (
            parsed.more_people or parsed.cohort or parsed.group_by) and rx.search(
            r"(?:^|[.?!]\s+)\W*(?:was|is|did|does|has)\b[^?.!]*\b(?:a )?(?:finisher|finish|finished)\b", question, re.IGNORECASE):
        # "was bib 1663 at the 2023 tampa marathon a finisher", "did Ted Simpson finish the 10K?": her result, its status
        # the answer (the finish kept as a filter found no row when she did not, and said nothing)
        parsed = replace(parsed, status=None)
    if parsed.out_of and parsed.person and parsed.intent == "count" and not (parsed.more_people or parsed.group_by):
        # "Sharon Drake won F45-49 at Galveston in 2023. How many women in her age group finished that race?": her result
        # with the finishers its place is among (it counted her wins, 1, at 1.0)
        parsed = replace(parsed, intent="list")
    if parsed.races_excluded and rx.search(r"\b(?:all|every|both) (?:the )?(?:races|distances)\b|\ball races\b", question,
                                           re.IGNORECASE) and not rx.search(r"\b(?:except|excluding|but not|other than|not "
                                                                            r"counting|minus|leaving out)\b", question,
                                                                            re.IGNORECASE):
        # "vegas turkey trot shrank a lot without the 10k. total finishers 2025 vs 2024, all races?": the race told of as
        # gone is no race set aside, every race asked (it left the 10K out of 2024, at 1.0)
        parsed = replace(parsed, races_excluded=())
    if (counted := YEARS_FROM_TOLD.search(question)) and not (parsed.dates or parsed.years or parsed.edition or
                                                              parsed.year_over_year or parsed.change_years or
                                                              "year" in parsed.group_by or parsed.cohort):
        # "What was his marathon time the year after?" with no year told to count from: a year not read (it gave every
        # year's, the words taken as filler, at 1.0)
        parsed = replace(parsed, unused=(*(said for said in parsed.unused if said.lower() not in counted.group(0).lower()),
                                         counted.group(0)))
    if parsed.subject == "people" and parsed.distinct_of in ("year", "event") and parsed.intent in ("list", "find"):
        # ("which runners have run with us in the most different years": the runners ranked (it listed every result))
        parsed = replace(parsed, intent="top", distinct_people=False)
    if parsed.not_held and parsed.dates and rx.fullmatch(r"since (20\d\d)", parsed.dates.words) and \
            parsed.dates.start == date(parsed.dates.start.year, 1, 1):
        # "which events have we not held since 2022": held last in 2022 or before — none from the year after on (it
        # read "no edition from 2022 on", leaving out one last held in 2022)
        after = date(parsed.dates.start.year + 1, 1, 1)
        parsed = replace(parsed, dates=replace(parsed.dates, start=after, words=f"after {after.year - 1}"), years=())
    if parsed.person and not (parsed.dates or parsed.years or parsed.more_people) and (own := _own_edition(question)):
        # "What was my 10K time the first time I ran the X, and the most recent time?": her own first and latest results
        # there (it listed them all, "the first time" taken as filler, at 1.0)
        own, (start, end) = own
        told = set(rx.findall(r"[\w']+", question[start:end].lower()))   # (its words, read now)
        parsed = _words_now_read(parsed, replace(parsed, edition=own, edition_own=True, unused=tuple(
            said for said in parsed.unused if not set(rx.findall(r"[\w']+", said.lower())) <= told)))
        if parsed.cohort and parsed.cohort.kind == "first_timers":
            # ("When did Diane Davis run her first marathon, and what was her time?": her result, never a count of
            # first-time marathoners — 0 at 0.99)
            parsed = replace(parsed, cohort=None, intent="list" if parsed.intent == "count" else parsed.intent)
        if parsed.place == 1 and "first" in told and not rx.search(_FIRST_PLACE, question, re.IGNORECASE):
            # ("Kristina Parks's first marathon time": her earliest, never her wins — it found none, at 0.99)
            parsed = replace(parsed, place=None, place_overall=False, place_in_age_group=False,
                             intent="list" if parsed.intent == "top" else parsed.intent)
    if parsed.more_people and "both" in parsed.unused and parsed.intent in ("list", "find", "count") and rx.search(
            r"\bboth (?:of (?:them|their)|ran|run|raced|finished|live|from)\b|\(both\b|,\s*both\b", question, re.IGNORECASE):
        # "Mary Larson and Barbara Carter (both Fort Collins) ran …. What were their times?": the two runners named,
        # said together (never "are both in our Naperville group": who they are to the asker)
        parsed = _words_now_read(parsed, replace(parsed, unused=tuple(said for said in parsed.unused if said != "both")))
    if parsed.ranking and parsed.ranking.limit == 1 and "rank" in parsed.unused and rx.search(RANK_EVERY, question, re.IGNORECASE):
        # "which of our events had the highest percentage of finishers aged 65+? rank them": every group ranked (a
        # ranking read in one sentence, "rank them" said in the next, is read apart from it: nlq.constructs.find_ranking
        # widens the rankings it reads whole)
        parsed = _words_now_read(parsed, replace(parsed, ranking=replace(parsed.ranking, limit=RANK_ALL),
                                                 unused=tuple(said for said in parsed.unused if said != "rank")))
    elif not parsed.ranking and len(parsed.group_by) == 1 and parsed.group_by[0] in ("city", "state", "event", "age_group") and \
            parsed.intent == "count" and parsed.limit and not parsed.cohort and rx.search(r"\btop (?:\d+|three|five|ten)\b", question,
                                                                                        re.IGNORECASE):
        # "which Texas cities did the finishers come from — top 5 cities please": the groups ranked, the first 5 (the top 5
        # was not applied to the count of each)
        parsed = replace(parsed, intent="top", group_by=(), ranking=Ranking(
            parsed.group_by[0], "people" if parsed.distinct_people else "count", limit=parsed.limit))
    elif not parsed.ranking and len(parsed.group_by) == 1 and parsed.group_by[0] in ("city", "state", "event", "age_group", "year") and \
            parsed.intent == "count" and "rank" in parsed.unused and rx.search(RANK_EVERY, question, re.IGNORECASE):
        # "Which Oregon cities do our runners come from? Rank them all": every group ranked by its count
        parsed = _words_now_read(parsed, replace(parsed, intent="top", group_by=(), ranking=Ranking(
            parsed.group_by[0], "people" if parsed.distinct_people else "count", limit=RANK_ALL),
            unused=tuple(said for said in parsed.unused if said != "rank")))
    if parsed.winners and not (parsed.sex or parsed.person or parsed.winners_by or parsed.group_by) and (
            won := rx.search(r"\bwho won\b", question, re.IGNORECASE)) and (
            pronoun := rx.search(r"\b(?:(she|her|hers)|(he|his|him))\b", question[won.end():], re.IGNORECASE)):
        # "Who won the 2024 Pittsburgh Shamrock 5K? What was her time?": the women's winner (it gave the overall winner,
        # a man, at 1.0); the first woman is the overall winner whenever a woman won
        parsed = replace(parsed, sex="F" if pronoun.group(1) else "M", sex_by_pronoun=True)
    if parsed.share_of is not None and parsed.share_of.sex and parsed.group_by == ("sex",):
        # ("counting just the men and women who finished X, what percent were women": one share of the two sexes — it
        # gave each sex's share of itself, 100% and 0%)
        parsed = replace(parsed, group_by=())
    if (among := _place_among(parsed, question)) is not None:
        parsed = among
    if nobody := points_at_nobody(question):   # (it answered every woman's result, at 0.93)
        parsed = replace(parsed, unused=(*parsed.unused, nobody))
    if not (parsed.person or parsed.more_people or _people(question, vocabulary.people)) and (she := rx.search(
            r"\b(?:has|had|did|does|is|was) (she|he)\b", question, re.IGNORECASE)) and not rx.search(
            r"\b(?:who|which|whose|winners?|won|wins?|fastest|slowest|quickest|first|last|oldest|youngest|woman|man|runner|"
            r"athlete|girl|boy|guy|lady|person|finisher|champion|bib|number)\b", question, re.IGNORECASE):
        # "How many times has she run it?" asked alone: no runner told (it counted every entry of every runner at 0.9)
        parsed = replace(parsed, unused=(*parsed.unused, she.group(1)))
    kept = {parsed.person, *parsed.more_people, parsed.share_of.person if parsed.share_of else None}
    told_of = tuple(person.name for person in _people(question, vocabulary.people)
                    if person not in kept)
    return replace(parsed, told_of=told_of) if told_of else parsed


# a runner's own first or latest result said by the time she ran ("the first time I ran it", "her most recent time")
_OWN_END = (r"(?:\b(?:the|my|her|his|their)|'s) (?P<end>first|last|latest|most recent|final|newest|earliest) (?:time|race|run|result|"
            r"finish|one)(?= (?:i|she|he|they|we|at|in|there|on)\b|\s*[?.,]|\s*$)|"
            # "when did Ruth Orozco first run the Jingle Bell Run, and when did she last run it?"
            r"\b(?P<when>first|last|most recently) (?:ran|run|raced|did|do|entered|enter|finished|finish|took part|competed)\b|"
            # "Katherine Wolfe's first Jingle Bell Run", "her debut at the shamrock 5k"
            r"(?:\b(?:my|her|his|their)|'s) (?P<own>first|debut|last|latest|most recent) (?=(?-i:[A-Z])|(?:at|in) the\b)|"
            # "Kristina Parks's first marathon time" (her first at that distance; never "her first 5K under 25 minutes")
            r"(?:\b(?:my|her|his|their)|'s) (?P<distance>first|last|latest|most recent) (?=(?:full |half )?(?:marathon|half|"
            r"ultra|\d+(?:\.\d+)? ?(?:k|km|mi|miles?|miler)s?)\b(?! (?:under|below|sub|faster|quicker|in under|finish(?:ed)? "
            r"under)\b))|"
            # "the first time Kristina Parks ran Stamford Harvest" (her name between; never "the last time anyone ran …")
            r"\bthe (?P<named>first|last|latest|most recent|final) time (?!(?:any|some|every|no)(?:one|body)\b|we\b|our\b|a\b)"
            r"(?:[\w'.-]+ ){1,3}?(?:ran|raced|did|entered|finished|competed)\b|"
            # ("… the first time I ran X and when was the most recent?": the other end said short)
            r"\b(?:and|when was) the (?P<tail>most recent|latest|last)(?: one)?(?=\s*[?.!]|\s*$)")


# a first place said ("won", "1st", "first woman", "first in her age group"), never a runner's own first race
_FIRST_PLACE = (r"\b(?:won|wins?|winners?|1st|first (?:place|overall|wom[ae]n|m[ae]n|female|male|girl|boy|finisher|across|"
                r"in (?:her|his|their|my|the) (?:age|division)|over the line)|(?:placed|finished|came|was|were) first)\b")


def _own_edition(question: str) -> tuple[str, tuple[int, int]] | None:
    """ "first" | "last" | "first_and_last": the runner's own first or latest result asked ("the first time I ran the
    Pittsburgh 10K", "and the most recent time?"), with where its words are (from the first said to the last); None when
    neither is, or when an order is said ("her 5K times in order, first race to latest": every one)."""
    if rx.search(_FIRST_TO_LATEST, question, re.IGNORECASE) or not (said := list(rx.finditer(_OWN_END, question, re.IGNORECASE))):
        return None
    ends = {"first" if next(word for word in end.groups() if word).lower() in ("first", "earliest", "debut")
            else "last" for end in said}
    return "first_and_last" if len(ends) == 2 else ends.pop(), (said[0].start(), said[-1].end())


# what a lookup of a runner's recorded result asks for ("what chip time do we have", "her status", "show every result")
_RESULT_ASKED = (r"\b(?:times?|chip|gun|place|places|placing|status|results?|pace|bib|age[- ]?group|finish(?:ed)?|"
                 r"(?:do|did) (?:we|you) have|show|list|pull|look up|check)\b")


def _claims_set_aside(parsed: Parsed, question: str, said: list[tuple[int, int]], vocabulary: Vocabulary,
                      today: date) -> Parsed | None:
    """A runner's result asked around what someone claims of it ("bib 1703 at nashua 5k last yr - she says she was the
    6th woman but the site says 25th. whats her overall place and gender place": it kept "6th woman" as a place and
    found nothing): read without the claims ``said`` (``nlq.claims``), the event, race and year a claim names carried
    when the rest names no event and asks none ("Ted Simpson called, says he finished the 10K at the 2021 Greenville
    Half. What status do we have for him in that 10K?"). None unless the question names the runner (or her bib) outside
    the claims and, without them, reads whole as her results looked up."""
    told = " ".join(question[start:end] for start, end in said)
    if not (parsed.person or parsed.bib) or _people(told, vocabulary.people):
        return None   # (a claim of another runner: "Kyle Miller says his wife Andrea Miller was first woman …")
    rest = question
    for start, end in reversed(said):
        rest = f"{rest[:start]} {rest[end:]}"
    rest = rx.sub(r"\s*[,;:]*\s*([.?!])", r"\1", rx.sub(r"\s+([,;:])", r"\1", rx.sub(r"\s{2,}", " ", rest))).strip(" ,;:")
    alone = _parse_question(rest, vocabulary, today)
    told_read = _parse(told, vocabulary, today)
    days = sorted({day for event, day in vocabulary.editions if event in told_read.events and day.year in told_read.years})
    if (that_day := rx.search(r"\b(?:on )?that (?:same )?(?:day|date)\b", rest, re.IGNORECASE)) and len(days) == 1:
        # ("… swears she finished the San Jose 5K in 2024 … Can you show every result we have for her on that day?": that
        # day's, whatever event — she may be under another)
        rest = f"{rest[:that_day.start()]}on {days[0]:%B} {days[0].day}, {days[0].year}{rest[that_day.end():]}"
        alone = _parse_question(rest, vocabulary, today)
    elif not (alone.events or alone.event_city) and not rx.search(r"\b(?:what|which) (?:events?|races?)\b", rest, re.IGNORECASE):
        rest = f"{rest.rstrip('?. ')} {names_in(told, rest, vocabulary, today)}".rstrip() + "?"
        alone = _parse_question(rest, vocabulary, today)
    if alone.unused or alone.notes or (alone.person, alone.bib) != (parsed.person, parsed.bib) or not (
            alone.intent in ("list", "find") or alone.intent == "count" and rx.search(r"\bhow many times\b", rest, re.IGNORECASE)) \
            or rx.search(r"\b(?:was|is|were) (?:that|it|this)\b|\bexactly\b", rest, re.IGNORECASE) \
            or not rx.search(_RESULT_ASKED, rest, re.IGNORECASE):
        # (her recorded result looked up or her runs counted — "says he has run it every year. How many times has he
        # actually run it?" — never a question of the claim itself: "… says she won her age group once.
        # Which race and year was that?", "… swears he has finished it a bunch of times. How many times exactly?")
        return None
    return replace(alone, question=question, claims=tuple(question[start:end].strip(" ,:\"") for start, end in said))


def _words_now_read(parsed: Parsed, read: Parsed) -> Parsed:
    """``read``: ``parsed`` with words it had left unused now read — at the confidence of a question read whole when no
    word is left unused and nothing is said back (the doubt was those words'), else as it is."""
    return _with_confidence(read, True) if parsed.unused and not (read.unused or read.notes) else read


def _averaged_over_the_years(text: str) -> bool:
    """ "the average winning time over the years": one average of them all (a row per year only when how it moved is
    asked: "how has the average … changed over the years")."""
    return bool(rx.search(r"\bover the years\b", text) and rx.search(r"\b(?:average|avg|mean|median)\b", text)) and not rx.search(
        r"\bchang|\btrend|\bmov(?:ed|ing)\b|\bevolv|\bgr[eo]w|\bshr[iau]nk|\b(?:by|per|each|every) year\b|\byear[- ]by[- ]year\b|"
        r"\bhow (?:has|have|did)\b", text)


_TIME_AND_PACE = (r"\b(?:(?:gun|chip|finish(?:ing)?) )?times?\b[^?]*\band\b[^?]*\bpaces?\b|"
                  r"\bpaces?\b[^?]*\band\b[^?]*\b(?:(?:gun|chip|finish(?:ing)?) )?times?\b")


def said_as_finishing(question: str) -> str:
    """``question`` with a finish said in other words said plainly: "crossed one of our finish lines" (finished one of our
    races), "how many people qualify" (how many people), "made the age group podium" (finished in the top 3 of their age
    group), and an award said before whom it is for ("We want to give a pin to anyone who …": anyone who …)."""
    # ("crossed the finish at the Santa Fe Firecracker five times": finished it)
    # ("crossed a finish line at one of our Kentucky races": finished one of them)
    question = rx.sub(r"\bcross(?:ed|es|ing)? (?:the|a) finish(?:[- ]line)? (?:at|of|in) (?=the\b|(?:any |at least )?one of\b|"
                      r"(?-i:[A-Z]))", "finished ", question, flags=re.IGNORECASE)
    # ("crossed the Nashua Mother's Day finish line in three or more separate years": finished it)
    question = rx.sub(r"\bcross(?:ed|es|ing)? the ((?!finish\b)[\w'.]+(?: [\w'.]+){0,5}?) finish[- ]line\b", r"finished the \1",
                      question, flags=re.IGNORECASE)
    # (never "crossed the finish line first": one race's line, said of a place)
    question = rx.sub(r"\bcross(?:ed|es|ing)? (?:(?:one|any) of (?:our|the) finish[- ]lines|our finish[- ]lines?)\b"
                      r"(?!\s+(?:at|in|of)\s+(?:the\b|(?-i:[A-Z])))", "finished one of our races", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(how many (?:people|runners|folks|of them)) (?:would |will |do |does )?qualify\b", r"\1", question,
                      flags=re.IGNORECASE)
    # ("how many age groups had a full podium (3+ finishers)": three finishers or more, a full set of awards)
    question = rx.sub(r"\b(had|have|has|with|having) (?:a )?full (?:age[- ]group )?podiums?(?:\s*\((?:3\+|3 or more|three or more|"
                      r"at least (?:3|three)) finishers\))?", r"\1 3 or more finishers", question, flags=re.IGNORECASE)
    # ("which years did she make the age group podium (top 3)": placed in the first three of her age group)
    question = rx.sub(r"\b(?:make|made|making|reach|reached|get onto|got onto|got on|get on) the (?:age[- ]?group|ag|division) "
                      r"podium\b(?:\s*\(\s*top (?:3|three)\s*\))?", "finished in the top 3 of their age group", question,
                      flags=re.IGNORECASE)
    # ("which runners placed in their age group at every event of 2024": placed is on the podium, the first three — it
    # listed every runner of every event, "placed" dropped at 0.99)
    # (of runners chosen by it, never "where she placed in her age group": her place asked)
    question = rx.sub(r"\b((?:runners|people|who|that|many|anyone|anybody|everyone|athletes|women|men|girls|boys|kids) (?:have |has |"
                      r"had )?)(?:placed|placing) in (her|his|their|the) (?:own )?(?:age[- ]?group|ag|division)\b(?! place)",
                      r"\1placed top 3 in \2 age group", question, flags=re.IGNORECASE)
    # ("which years did she make the podium (top 3) in her age group": the same, the group said after)
    question = rx.sub(r"\b(?:make|made|making|reach|reached|get onto|got onto|got on|get on) the podium\b(?:\s*\(\s*top (?:3|three)"
                      r"\s*\))? (?:in|of|within) (?:her|his|their|my|your|the) (?:age[- ]?group|ag|division)\b",
                      "finished in the top 3 of their age group", question, flags=re.IGNORECASE)
    return rx.sub(r"^\s*(?:we|i)(?:'d| would| want| plan| are going| 're going| hope)?(?: like| want)? to (?:give|hand out|award|"
                  r"present|mail|send) (?:a|an|the|our) [^.?!]{1,40}? to (?=(?:anyone|anybody|everyone|everybody|all|those|"
                  r"runners|people)\b)", "", question, flags=re.IGNORECASE)


# a greeting before the question and a thank-you after it, said in one breath ("hi there i did …", "… for me thanks
# john", "\"Hi, this is Hannah Miller, …"): neither asks anything
_GREETING = re.compile(r"^\W*(?:hi|hey|hello|good (?:morning|afternoon|evening))(?: there| team| all| folks| guys| y'?all)?\b"
                       r"[\s,!.:\u2014-]*", re.IGNORECASE)
_THANKS = re.compile(r"[\s,;.!\u2014-]*\b(?:thanks|thank you|thx|ty|cheers|many thanks)(?: (?:so much|a lot|in advance|again|"
                     r"very much))?(?:[\s,!.-]+(?-i:[A-Za-z][a-z]+))?[\s.!\"]*$", re.IGNORECASE)


def without_courtesies(question: str) -> str:
    """``question`` without a greeting before it or a thank-you (and a name signed) after it: "hi there i did the
    evanston 5k … what chip time do you have for me thanks john" → "i did the evanston 5k … for me"."""
    plain = _THANKS.sub("", _GREETING.sub("", question, count=1), count=1)
    if plain != question and question.lstrip().startswith('"'):   # (an email quoted whole: its quotes go with it)
        plain = plain.strip().strip('"')
    return plain if plain.strip() else question


# decades of age told one by one, each with its superlative: "fastest man in his 40s, fastest in his 50s, and fastest
# 60 or older"
_DECADE_HEAD = r"(?:the )?(?:fastest|quickest|best|top)(?: (?:man|woman|male|female|runner|finisher|one|guy|lady))?"
_DECADES_TOLD = (rf"(?P<head>\b{_DECADE_HEAD} )in (?:his|her|their) \d0s(?:,? (?:and )?(?:{_DECADE_HEAD} )?(?:in (?:his|her|their) )?"
                 rf"\d0s\b)+(?:,? (?:and )?(?:{_DECADE_HEAD} )?(?:aged )?(?:\d0 (?:or|and) (?:older|over|up)\b|\d0\+))?")


_SAID_WITH_A_SUM = {"both", "must", "double", "triple", "series", "summed", "lowest", "combo", "all", "award", "challenge"}
_SUM_OF_TIMES = "a sum of times I cannot give yet: ask for a count, an average or a total distance"
# how many runners share the most asked beside it ("… and how many runners share that mark?")
TIED_AT_TOP = (r"\band how many (?:(?:other )?(?:runners|people|others|of them) )?(?:share|have|hold|reached|hit|are tied (?:at|for)|"
               r"tied (?:at|for)) (?:that mark|that many|that number|the record|the max(?:imum)?|the mark|the most|the top spot|first place|"
               r"the lead|it|that|this)\b")


_STATE_NAME = "|".join(sorted((name.removesuffix(" state") for name in US_STATES), key=len, reverse=True))
_STATE_CITIES = (r"\b(?P<lead>(?:which|what|top (?:\d+|three|five|ten)|rank(?: the)?|list(?: the)?)(?: (?:home|different|distinct))?) "
                 rf"(?:(?P<state>{_STATE_NAME}) (?P<kind>cities|towns|hometowns)|(?P<kind2>cities|towns|hometowns) in (?P<state2>{_STATE_NAME}))\b"
                 # (where they "came from" is read as said: nlq.parser's _HOMES_ASKED)
                 r"(?![^?]{0,80}\b(?:come|came|coming|live|lived|living|hail|hailed|travel(?:l?ed)?) from\b)")


def _parse_question(question: str, vocabulary: Vocabulary, today: date) -> Parsed:
    """``parse`` before the runners told of are noted.

    Three stages: the company's own names (events, a runner, places) are found and blanked out of the text;
    the filters are read from what is left; then the shape of the answer (intent, subject, grouping). A context
    clause none of whose words the parse used ("for the board deck: …", "…? trying to set award
    expectations") is set aside and the rest read again: it asks for nothing.
    """
    question = rx.sub(r"\b(\d{1,3}),(?=\d{3}\b)", r"\1", question)   # "at least 1,000 finishers": the number 1000
    question = rx.sub(r"\b1[-\u2013]2[-\u2013]3\b", "top 3", question)   # "who is showing as 1-2-3 overall": the podium
    # ("…, I mean just the full marathon": the scope said again, never a mean time; a year or a measure said after "I
    # mean" is a correction, read by nlq.clarifiers and nlq.planning)
    question = rx.sub(r"(?:,\s*|\b)i mean,?\s+(?=(?:just|only)\b)", ", ", question, flags=re.IGNORECASE)
    # ("which runners finished every Big River event in 2019": every event, the company's own; for every reading below)
    question = _company_events_said(question, vocabulary.company)
    question = said_as_cut_off(said_as_finishing(without_courtesies(question)))
    if vocabulary.event_cities:
        # ("lots of SF people came down for santa cruz in 2023": they raced there — Santa Cruz was dropped at 1.0)
        question = rx.sub(r"\b(?:came|come|coming|drove|flew|travell?ed|headed|trekked)(?: (?:down|up|over|in|out|across))? "
                          rf"(?:for|to) (?=(?:{'|'.join(map(re.escape, vocabulary.event_cities))})\b)", "raced at ", question,
                          flags=re.IGNORECASE)
    # ("the gun time of the last finisher (in h:mm:ss or seconds)": how to show a time, which every answer does)
    question = rx.sub(r"\s*\(\s*(?:in |as )?(?:h{1,2}:mm(?::ss)?|mm:ss)(?: or (?:in )?(?:seconds|secs))?\s*\)|"
                      r"\s+(?:in|as) (?:h{1,2}:mm(?::ss)?|mm:ss)\b", "", question, flags=re.IGNORECASE)
    # ("the median 5K chip time at our two events in 2024 (A and B)": the events named, their number said)
    question = rx.sub(r"\b(our|the|these|those|both of our) (?:two|three|four|2|3|4) (events|races)\b(?=[^?]*\()", r"\1 \2", question,
                      flags=re.IGNORECASE)
    # ("what share of finishers (as %) …": a share, said as a percentage)
    question = rx.sub(r"\(\s*(?:as|in)\s+(?:a\s+)?(?:%|percent(?:age)?)\s*\)", "as a percentage", question, flags=re.IGNORECASE)
    # ("her official chip time", "the official result", "our last official finisher": as recorded — never "the official
    # time" alone, which some mean as the gun time: left to be said)
    question = rx.sub(r"\bofficial(?:ly)? (?=(?:chip|gun|net|results?|place|placing|places|status|finishers?|records?|"
                      r"(?:overall|gender|age[- ]group) place)\b)", "", question, flags=re.IGNORECASE)
    # ("which was Shannon Sexton's slowest Cincinnati Turkey Trot": which edition — its year, as "which year was" reads)
    question = rx.sub(r"\b[Ww]hich (?=(?:was|were) (?:[A-Z][\w'-]+ [A-Z][\w'-]+'s?|her|his|my|their) (?:slowest|worst)\b"
                      r"(?! (?:race|run|distance|event|result|time|finish|one)s?\b))", lambda said: f"{said.group(0)}year ", question)
    # ("did San Jose or Santa Cruz have more finishers?": which of the two had more, as "which had more …, A or B" reads)
    question = rx.sub(r"\bdid (?:the )?(?P<a>[^?,;:]{3,60}?) or (?:the )?(?P<b>[^?,;:]{3,60}?) (?:have|get|draw|attract|see) "
                      r"(?P<more>more|fewer|bigger|larger|smaller)\b(?P<rest>[^?]*)\?",
                      r"which had \g<more>\g<rest>, \g<a> or \g<b>?", question, flags=re.IGNORECASE)
    # ("top 3 male and top 3 female": men and women, as places are said of them)
    question = rx.sub(r"\b(top \d+|top (?:three|five|ten)) (?:males?|guys)\b", r"\1 men", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(top \d+|top (?:three|five|ten)) (?:females?|ladies|gals)\b", r"\1 women", question, flags=re.IGNORECASE)
    # ("median pace for men 50+ vs women 50+": the two sexes compared, one age said of both)
    question = rx.sub(_SEXES_OF_ONE_AGE, r"\g<one> \g<joined> \g<other> \g<age>", question)
    # ("X course records, men's and women's - who holds them": the records of each sex)
    question = rx.sub(r"\b(records?|winners?|champions?|times?|podiums?)\s*[,:\u2014\u2013-]\s*(?:both )?(men'?s and women'?s|"
                      r"women'?s and men'?s|men and women|women and men)\b", r"\1 for men and women", question, flags=re.IGNORECASE)
    # ("the fastest man in his 40s, fastest in his 50s, and fastest 60 or older": the fastest in each age bracket,
    # the brackets listed once)
    question = rx.sub(_DECADES_TOLD, lambda said: f"{said['head']}in each age bracket: " + ", ".join(
        rx.findall(r"\b\d0s\b|\b\d0\+|\b\d0 (?:or|and) (?:older|over|up)\b", said.group(0), re.IGNORECASE)), question,
        flags=re.IGNORECASE)
    # ("every Indy Jingle Bell Run since the first one in 2017": since that year, every edition)
    question = rx.sub(r"\bsince (?:the|its|our) (?:very )?(?:first|inaugural)(?: (?:one|edition|running|race|year))? (?:back )?in "
                      r"((?:19|20)\d\d)\b", r"since \1", question, flags=re.IGNORECASE)
    # ("an unbroken streak covering every year 2015 through 2025", "at least one finish with us every year from 2015 to
    # 2025": finished with us every year of them)
    question = rx.sub(r"\b(have|has|had|with) (?:an? )?(?:unbroken |unbeaten |perfect |\d{1,2}[- ]year )?streak (?:covering|spanning|"
                      r"across|over|of) (?:every|each) year\b",
                      lambda said: ("who have" if said[1].lower() == "with" else "have") + " finished with us every year", question,
                      flags=re.IGNORECASE)
    question = rx.sub(r"\s*[-\u2013\u2014,:(]\s*(?:with )?(?:at least )?(?:a|one) (?:finish|race|result)(?: with us)? (?:in )?(?:each|every one) "
                      r"of them\b\s*\)?", "", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(?:have|has|had) (?:an? )?(?:unbroken |unbeaten |perfect |\d{1,2}[- ]year )?streak\s*(?:[-\u2013\u2014:,]\s*)?"
                      r"(?:with )?at least one (?:finish|race|result) with us (?:in )?(?:every|each) year\b",
                      "have finished with us every year", question, flags=re.IGNORECASE)
    question = rx.sub(r"\s*\(\s*at least one (?:finish|race|result)(?: with us)? (?:in )?(?:every|each) year\s*\)", "", question,
                      flags=re.IGNORECASE)
    # ("what's the most times anyone has finished X, and how many runners share that mark", "the highest number of
    # finishes any single runner has, and how many have that many": the runner with the most, how many share it read
    # by parse)
    question = rx.sub(rf"\s*(?:[,;]|[-\u2013\u2014])?\s*(?:(?:what'?s|what is) the (?:max(?:imum)?|most|number),? )?{TIED_AT_TOP}", "",
                      question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(?:what'?s|what is) the (?:most|highest number of|greatest number of|max(?:imum)? number of) "
                      r"(times|finishes|races|results) (?:any ?one|any ?body|any (?:single |one )?(?:runner|person)|a (?:single )?runner|"
                      r"one (?:runner|person)) (?:has|had|have) (?:(finished|run|raced|done) )?",
                      lambda said: "which runner has " + (f"{said[2]} the most times " if said[2] else f"the most {said[1]} "),
                      question, flags=re.IGNORECASE)
    question = rx.sub(r"^\s*(?:the )?most (.{3,80}?) (finished|run|raced|done) by (?:one|a single|any one|any) (?:person|runner)\b",
                      r"which runner has \2 the most \1", question, flags=re.IGNORECASE)
    # ("did any records fall last year?": fell, never the season)
    question = rx.sub(r"\b(records?) fall\b(?! (?:of |season\b|races?\b|events?\b|(?:19|20)\d\d\b))", r"\1 fell", question, flags=re.IGNORECASE)
    # ("the women 60+ record and who holds it": the record, its holder shown)
    question = rx.sub(r"(?<!\bcourse )(?<!\bpersonal )\brecord(?=,? (?:and|&) who (?:holds|owns|set|ran) it\b)", "course record", question,
                      flags=re.IGNORECASE)
    # ("who holds the masters records at the Bend Turkey Trot 5K": the fastest masters man and woman, each with the
    # holder — it listed every masters result at 0.99)
    question = rx.sub(r"\b(?:who (?:holds|has|owns|set) )?(?:the |our )?(?:current |standing |all[- ]time )?masters?(?: course)? records\b"
                      r"(?![^?]*\b(?:fell|broken|set in|beaten)\b)", "the fastest masters man and woman ever", question, flags=re.IGNORECASE)
    # ("full-series finishers": finishers of the whole series, never of a full marathon)
    question = rx.sub(r"\b(?:full|whole|entire|complete)[- ](?=series\b)", "", question, flags=re.IGNORECASE)
    # ("Arizona is our biggest feeder — which Arizona cities sent the most …": the story told before, asking nothing)
    question = rx.sub(r"^\s*[\w .'-]{2,40}? (?:is|are|has been|have been) (?:our|the) (?:biggest|largest|main|top|number one|#1|"
                      r"best) feeders?(?: (?:state|market|city|town|area)s?)?\s*(?:[-\u2013\u2014:;.!]|,\s*so\b)\s*", "", question,
                      flags=re.IGNORECASE)
    # ("which Washington cities had the most finishers at Tacoma", "rank the towns in Maine": where runners live, never
    # where the events were held)
    question = rx.sub(_STATE_CITIES, lambda said: f"{said['lead']} {said['kind'] or said['kind2']} of runners from {said['state'] or said['state2']}",
                      question, flags=re.IGNORECASE)
    # ("Rank them all: Greenville Half Marathon editions by average half time": the groups ranked, said after)
    question = rx.sub(r"^\s*rank (?:them )?all\s*[:\u2014\u2013-]\s*(?:the )?", "rank the ", question, flags=re.IGNORECASE)
    # ("which of our four events has the highest …": the events, their number said)
    question = rx.sub(r"\b((?:which|what) of (?:our|the)) (?:two|three|four|five|six|[2-6]) (events|races)\b", r"\1 \2", question,
                      flags=re.IGNORECASE)
    # ("number of no-shows (DNS) and DNFs": a status said with its code in brackets, once)
    question = rx.sub(r"\b(no[- ]shows?|non[- ]starters?|disqualifications?|non[- ]finishers?)\s*\(\s*(?:dns|dnfs?|dqs?)\s*\)",
                      r"\1", question, flags=re.IGNORECASE)
    # ("(anyone who wasn't a DNS)": a starter, said by what she was not)
    question = rx.sub(r"\b(?:was ?n[o'\u2019]t|were ?n[o'\u2019]t|is ?n[o'\u2019]t|are ?n[o'\u2019]t) (?:an? )?(?:dns|no[- ]show)\b",
                      "started", question, flags=re.IGNORECASE)
    # ("wants both his chip time and his gun time": the two clocks of one result, never runners of both races)
    question = rx.sub(r"\bboth (?=(?:(?:his|her|their|my|your|the) )?(?:chip|gun)(?:[- ]times?)? (?:and|&))", "", question,
                      flags=re.IGNORECASE)
    # ("first year (2021) vs last year we timed it (2024)": the years said in brackets; never "last year" as 2025)
    question = rx.sub(r"\b(?:the )?(?:first|last|final|latest|most recent|newest) (?:year|edition|time)(?: (?:we|you|they) "
                      r"(?:timed|held|ran|hosted|put on|had|did)(?: (?:it|them|that|the race|the event))?)? \((20\d\d)\)", r"\1",
                      question, flags=re.IGNORECASE)
    # "X has run all four of our events. What is his best 5K time at each one?": at each event
    if told := rx.match(r"^(?P<clause>[^?]*?\b(?P<kind>event|race)s\b[^?]*?[.!])\s+(?P<rest>.+)$", question, re.IGNORECASE | re.DOTALL):
        question = told["clause"] + " " + rx.sub(r"\b(at|in|for) each (?:one|of them)\b", rf"\1 each {told['kind'].lower()}",
                                                 told["rest"], flags=re.IGNORECASE)
    # "Melissa Mendez started racing with you as a teenager. How many 5Ks …?", "My husband has raced with you every year
    # since 2021. What was his best place …?": a phase of her life, a habit since a year, told in a sentence before the
    # question — no age kept, no row per year (it counted her 5Ks as a teenager alone; it gave his best place of each
    # year); "every year it's been held" is kept (what is counted)
    question = rx.sub(r"\s*,?\s*\b(?:as an? (?:teen(?:ager)?|kid|child|youngster)|(?:since|when) (?:she|he|they|i) (?:was|were) "
                      r"(?:an? )?(?:teen(?:ager)?|kid|child|youngster|little|young)|every (?:single )?year(?= since\b))\b(?=[^?]*?[.!]\s+\S)",
                      "", question, flags=re.IGNORECASE)
    # "I'm Derek Torres from San Antonio, 71 years old now. How many times have I won my age group?": her age told of
    # her, no filter on her results (it kept those at 71 alone) — unless the question asks of runners her age
    if not rx.search(r"\b(?:my|her|his|their|same) age\b(?![- ]?groups?\b)", question, re.IGNORECASE):
        question = rx.sub(r"\s*,?\s*\b(?:(?:and |now )?(?:i'?m|i am|she'?s|she is|he'?s|he is|who'?s|who is) )?(?:now )?\d{1,3}"
                          r"(?: years? old| yrs? old| y/?o)(?: now| today| these days)?\b(?=[^?]*?[.!]\s+\S)", "", question,
                          flags=re.IGNORECASE)
    # "… ran the Atlanta full in 2022. Did she run it again the next year, and what was her time?": her time there then
    # answers both (no row: she did not); it counted her as one runner who came back, her time dropped, at 1.0
    question = rx.sub(r"\b[Dd]id (?:she|he|they|i) (?:run|race|do|finish|enter)(?: it| that race| there)?(?: again)?"
                      r"(?P<when>[^?,;]{0,40}?),? and (?:if so,? )?what (?:was|were) (?P<pos>her|his|their|my) "
                      r"(?P<measure>(?:chip |gun |finish(?:ing)? )?times?|place|result|pace)\s*\?\s*$",
                      lambda said: f"What was {said['pos']} {said['measure']} there{said['when']}?", question)
    # ("(just the half marathon race, not the shorter ones)": the race said, the others said again as left out
    question = rx.sub(r"(\b(?:just|only) (?:the )?[\w. -]{1,30}?)\s*,?\s*(?:and |but )?not (?:the )?(?:shorter|longer|other) "
                      r"(?:ones|races|distances)\b", r"\1", question, flags=re.IGNORECASE)
    # ("My brother and I have done plenty of the same races: how many …": why it is asked, told before)
    question = rx.sub(r"\s*\b(?:have|'ve|had) (?:run|ran|done|raced|entered) (?:a (?:bunch|lot|few|couple|number)|lots|plenty|"
                      r"loads|many|some|several|most)(?: of)? (?:the )?same (?:races|events)(?: together)?\b", "", question,
                      flags=re.IGNORECASE)
    # ("Wesley Norman's entered in the X again.", "Kristin Wise is back for the X.": a runner entered, told before the
    # question)
    question = rx.sub(r"(\b(?:is|'s|are|was) (?:entered|registered|signed up|on the start list|back)\b[^.?!]{0,80}?)\s+again(?=\s*[.!])",
                      r"\1", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(is|'s|are) back (?=for\b|at\b|in\b)", r"\1 entered ", question, flags=re.IGNORECASE)
    # ("My daughter Karen Garcia has done a few marathons with you — what were her times": a runner's own races, told;
    # never "how many runners have done several marathons", whose "several" is a count unread)
    question = rx.sub(r"(\b(?:she|he|i|[A-Z][a-z'-]+ [A-Z][a-z'-]+) (?:has|have|'s|'ve) (?:done|run|raced|finished)) (?:a few|a couple(?: of)?|"
                      r"several|some|a bunch of|a number of) (?=(?:marathons|half marathons|halfs|halves|5ks|10ks|races|events)\b)",
                      r"\1 ", question)
    # ("the winning margin in the men's race — how far ahead was the winner of second place": the margin said again)
    question = rx.sub(r"(\bmargin\b[^?]*?)\s*(?:[-\u2013\u2014,;:]+\s*|\?\s*)(?:i\.e\.,?\s*|that is,?\s*)?how far ahead (?:was|did) (?:the )?"
                      r"winner(?: finish)?(?: (?:of|over|from|ahead of|in front of) (?:the )?(?:second|2nd|runner[- ]up)(?: place)?)?",
                      r"\1", question, flags=re.IGNORECASE)
    # ("I signed up for Ithaca in March 2025 but couldn't make it": she did not run it, as "didn't run it" is read)
    question = rx.sub(r"\b(?:couldn'?t|could not|wasn'?t able to|was not able to|didn'?t get to|did not get to) make it\b",
                      "didn't run it", question, flags=re.IGNORECASE)
    # ("ran her first race with you a while back": when, told without a date)
    question = rx.sub(r"\s*\b(?:a (?:little |good )?while (?:back|ago)|some time ago|a long time ago|back in the day)\b", "", question,
                      flags=re.IGNORECASE)
    # ("… keep arguing about this: how many races has each of us finished", "my husband and I always argue about who's
    # faster": why it is asked)
    question = rx.sub(r"\balways (?=(?:argue|debate|bicker|fight)\b)", "", question, flags=re.IGNORECASE)
    question = rx.sub(r"\s*\b(?:keep|kept|are|were|have been) (?:arguing|debating|bickering|fighting)(?: (?:about|over) (?:this|it|that))?"
                      r"(?=\s*[:.!,-])", "", question, flags=re.IGNORECASE)
    # "hi my daughter Valerie Walton has run …": a greeting run into the question
    question = rx.sub(r"^\s*(?:hi|hello|hey)\s+(?=(?:my|i|i'm|we|our|this is)\b)", "", question, flags=re.IGNORECASE)
    # "My brother lives in Berkeley. Who won the 2023 San Jose Mother's Day 5K?": where the asker's family lives, told
    # before a question that never points back at them, is no filter (it kept the winners from Berkeley: none, at 1.0)
    question = rx.sub(r"^\s*(?:my|our) (?:(?:little|big|older|younger|kid|baby|twin|best) )?(?:brother|sister|son|daughter|wife|husband|"
                      r"mom|mother|dad|father|friend|cousin|uncle|aunt|partner|parents|family|kids)\s+(?:lives|lived|grew up|moved)"
                      r"\s+(?:in|to)\s+[^.!?]{1,40}[.!]\s+(?=\S)(?![^?]*\b(?:he|she|his|her|him|hers|they|their|them|there|that town|"
                      r"locals?|from (?:his|her|their|that|the same) (?:town|city))\b)", "", question, flags=re.IGNORECASE)
    # ("Vincent and Melissa Gonzalez", "my wife X and I (Y) …, how far apart were our times": each runner said by name)
    # ("… ? (andrea williams, portland)", "Kelly Lopez again. …": the asker said up front, as "I'm Kelly Lopez.")
    known = [(p.first_name, p.last_name) for p in vocabulary.people]
    question = read_runners_told(said_with_surname(signed_up_front(question, known), known))
    if vocabulary.people:   # "Phoenix Pacers here. Samuel Hensley, … ran the Vegas 5K": the club asks of its runners named
        question = without_club(question)
    written = _parse_said(question, vocabulary, today)
    if written.person and (told := field_after_story(question)) and (field := _field_reading(*told, vocabulary, today)):
        # "Kaitlyn Roman was registered … but didn't show. What share of that year's entries were no-shows?": the field's
        # share, she is why it is asked (it gave hers alone, 0% at 1.0)
        return replace(field, question=question)
    if (written.unused or written.notes or written.intent is None) and (story := read_story_of_one(question)) != question \
            and not ((told := _parse_said(story, vocabulary, today)).unused or told.notes or told.intent is None):
        # "My son Chad Powell has run it since he was a kid. Can you list his times?": his name said in the question
        # itself, when the question as written is not read whole (a story may hold what it counts on: "ran both")
        return told
    if (written.unused or written.notes or written.intent is None) and (asked := question_without_claim(question)) != \
            question and not ((checked := _parse_said(asked, vocabulary, today)).unused or checked.notes or checked.intent is None):
        # "Mitchell Nguyen thinks he set a PR at Nashua last year. What's his fastest Nashua 5K?": the claim is what the
        # question checks, not a filter of it (it declined "set a pr")
        return replace(checked, question=question)
    if written.unused and (told := question_after_story(question)) and set(written.unused) <= set(content_words(told[0])) \
            and not _where_or_when(_parse_said(told[0], vocabulary, today)) \
            and not ((alone := _parse_said(told[1], vocabulary, today)).unused or alone.notes or alone.intent is None):
        # "Jo Garner is a legend in the 50+ ranks around here. How many times has she won her age group?": the words it
        # could not use are all the story's, which says no race or date (the question may be of those: "what's her status?")
        return replace(alone, question=question)
    return written




def _towns_unread(text: str, place_spans: list[tuple[int, int]], parsed: Parsed, vocabulary: Vocabulary) -> list[str]:
    """The towns the company's events are held in that ``text`` (the question, its names blanked) says but the reading
    takes as no place: neither where runners live nor where an event was, nor an event's own town. A construct's words
    around them never count them read ("How many runners finished Tallahassee, Tampa and the Orlando Jingle Bell Run every
    year": Tampa inside the words of "finished … every year", dropped at 1.0)."""
    kept = _towns_read((parsed, *parsed.compared), vocabulary)
    return [city.lower() for city in vocabulary.event_cities if city.lower() not in kept and any(
        not any(start < found.end() and found.start() < end for start, end in place_spans)
        for found in rx.finditer(rf"\b{re.escape(city.lower())}\b", text))]


def _towns_read(readings: tuple[Parsed, ...], vocabulary: Vocabulary) -> set[str]:
    """The towns (lower-case) some reading uses: where runners live, where an event was, an event's own town."""
    return {city.lower() for reading in readings for city in (reading.event_city, reading.runner_city, *reading.more_cities)
            if city} | vocabulary.towns_of(event for reading in readings for event in reading.events)


def _where_or_when(parsed: Parsed) -> bool:
    """Whether a reading names a race or a date: events, a place they were held, distances, dates or years."""
    return bool(parsed.events or parsed.event_city or parsed.event_state or parsed.distances or parsed.dates or parsed.years)


def _field_reading(story: str, asked: str, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """The question of the field after a story of one runner, read with the story's event and dates said beside it
    where it says none ("What was the DNF rate at that race? (San Jose Mother's Day 5K, 2024)"); None unless that
    reads whole and of no runner."""
    context, alone = _parse_said(story, vocabulary, today), _parse_said(asked, vocabulary, today)
    beside = [*(() if alone.events or alone.event_city else context.events),
              *([_dates_said(context.dates)] if context.dates and not alone.dates else [])]
    field = _parse_said(f"{asked} ({', '.join(beside)})", vocabulary, today) if beside else alone
    return None if field.unused or field.notes or field.intent is None or field.person else field


def _dates_said(dates: DateRange) -> str:
    """Dates as a question would say them again: "2024", "March 2025", else as first said."""
    if (dates.start.month, dates.start.day, dates.end) == (1, 1, date(dates.start.year + 1, 1, 1)):
        return str(dates.start.year)
    if dates.start.day == 1 and dates.end == month_end(dates.start.year, dates.start.month):
        return dates.start.strftime("%B %Y")
    return dates.words


def _parse_said(question: str, vocabulary: Vocabulary, today: date) -> Parsed:
    """``parse`` of a question whose runners are said by name."""
    if (led := said_plainly(question)) != question:   # ("our all-time leader in age-group wins": who has the most)
        return replace(parse(led, vocabulary, today), question=question)
    if (shape := ONE_ROW.search(question)) and (pair := _one_row_pair(
            asked := parse(question[:shape.start()] + question[shape.end():], vocabulary, today))):
        # "masters vs under-40 average, as two numbers side by side": the two groups' figures in one row, and their
        # difference (it gave a row each)
        return replace(asked, difference=pair, intent="compare", question=question)
    # (the question read once without the gap or difference said, for either reading below)
    if gap := _GAP_ASKED.search(question) or _DIFFERENCE_SAID.search(question):
        asked = parse(_said_as_versus(question, gap), vocabulary, today)
        if (pair := _one_row_pair(asked)) and pair[0] == "masters":
            # "average time for masters vs under 40, and the gap": each group's figure and how far apart they are (it
            # left "gap" unused); "…, and the difference", "the difference between under-40 and masters median times",
            # "under-40 finishers minus masters finishers": the first said minus the second
            signed = rx.search(r"\bdifference\b|\bminus\b", gap.group(0), re.IGNORECASE)
            first_said = rx.search(r"\bmasters?\b|\bunder[- ]40s?\b|\b40 and (?:over|up)\b", question, re.IGNORECASE)
            if signed and first_said and first_said.group(0).lower().startswith("under"):
                pair = pair[::-1]
            return replace(asked, difference=pair, intent="compare", apart=not signed, question=question)
        if gap.re is _GAP_ASKED and (years := _two_years_compared(asked)):
            # "the 10K: median chip time in 2021 and in 2023, and how far apart the two are": each year's figure and the
            # change between them, its size beside it (it declined "apart")
            return replace(asked, change_years=years, group_by=(), intent="count", question=question)
    parsed = _read(question, vocabulary, today)
    if parsed.intent == "compare" and len(parsed.years) == 2 and len(parsed.group_by) == 2 and "year" in parsed.group_by and \
            not (parsed.measure or parsed.metric or parsed.cohort or parsed.change_years or parsed.unused) and rx.search(
            r"\bone row (?:per|for each|each)\b|\bboth years'? (?:counts|numbers|figures|totals)\b", question, re.IGNORECASE):
        # "compare finishers in each of its races, 2024 vs 2025 — one row per race with both years' counts": each race's
        # two counts side by side, and the change (it gave a row per year and race)
        return replace(parsed, change_years=tuple(sorted(parsed.years)), intent="count",
                       group_by=tuple(g for g in parsed.group_by if g != "year"))
    if parsed.intent == "compare" and len(parsed.years) == 2 and parsed.group_by == ("year",) and not (
            parsed.measure or parsed.metric or parsed.cohort or parsed.change_years or parsed.unused) and rx.search(
            r"\bwhat(?:'s|s| is| was) the (?:difference|change|gap|delta)\b", question, re.IGNORECASE):
        # "… finishers last year compared to the edition before it, what's the difference": the two counts and the
        # change (it gave each year's summary, no difference)
        return replace(parsed, change_years=tuple(sorted(parsed.years)), intent="count", group_by=())
    if parsed.person and parsed.winners and not parsed.more_people and rx.search(
            r"\b(?:did|have|has) (?:i|she|he|they|[a-z]+ [a-z]+) (?:ever |actually )?(?:win|won) (?:my|her|his|their|the|an?) "
            r"(?:own )?(?:age[- ]?group|division|category|ag)\b", question, re.IGNORECASE) \
            and not rx.search(r"\bhow (?:many|often)\b[^?]*\b(?:win|won)\b", question, re.IGNORECASE):
        # "Sarah Young, Napa. Did I win my age group at X last year? What was my age-group place?": her own results, their
        # places the answer; without a place asked, her age-group wins ("… ? If so, which event?") — it looked for her
        # among the overall winners
        if rx.search(r"\bwhat (?:was|is) (?:my|her|his|their) (?:age[- ]?group |overall |division )?place\b|\bwhere did "
                     r"(?:i|she|he|they) place\b|\bwhat place\b", question, re.IGNORECASE):
            return replace(parsed, winners=False, winners_by=None, place_in_age_group=False, limit=None, intent="list")
        return replace(parsed, winners=False, winners_by=None, place=1, place_in_age_group=True, limit=None, intent="top")
    if parsed.person and parsed.winners and not (parsed.more_people or parsed.winners_by) and parsed.intent == "count" and rx.search(
            r"\b(?:win|wins|won|winning) (?:my|her|his|their|the|an?|[a-z'-]+ [a-z'-]+['\u2019]s) (?:own )?(?:age[- ]?group|division|"
            r"category|ag)\b", question,
            re.IGNORECASE):
        # "How many times has Jo Garner won her age group in our races?": her age-group wins (it counted overall wins)
        return replace(parsed, winners=False, winners_by=None, place=1, place_in_age_group=True, limit=None)
    if parsed.subject == "races" and parsed.group_by == ("year",) and parsed.intent in ("trend", "count") and rx.search(
            r"\b(?:which|what) (?:races|distances)\b", question, re.IGNORECASE) and not rx.search(r"\bhow many\b", question,
                                                                                            re.IGNORECASE):
        # "which races has X offered in each year": its races listed, each with its year (it counted them per year)
        return replace(parsed, intent="list", group_by=())
    if parsed.person and parsed.dates and not parsed.more_people and (parsed.personal_best or parsed.intent == "top") and \
            rx.search(r"^(?:[^?]*?[.:,\-\u2013\u2014]\s*)?(?:was|is|were|did)\b[^?]*\b(?:personal (?:best|record)|pb|pr|fastest|"
                      r"quickest|best (?:time|run|race|ever|one))\b", question, re.IGNORECASE) and \
            not rx.search(r"\b(?:how|what|which|who|when)\b", question, re.IGNORECASE):
        # "was my 10K at X last year a personal best for that event?", "Was 2025 my fastest X?": her finishes there in
        # every year, fastest first (the year asked alone had been its own best: "yes", whatever the answer)
        return replace(parsed, dates=None, years=(), personal_best=False, limit=None, intent="list", sorted_by="fastest",
                       status="FIN")
    if parsed.compared and parsed.intent == "top" and "compared" not in parsed.group_by and (parsed.winners or parsed.limit) \
            and rx.search(r"\b(?:each|both|every) (?:city|town|state|group|place)\b|\bvs\.?\b|\bversus\b", question, re.IGNORECASE):
        # "Denver vs Boulder: the fastest man and woman from each city": the first of each group compared (it ranked
        # both groups as one)
        return replace(parsed, notes=(*parsed.notes, "the fastest runners of each group compared I cannot give yet: "
                                                     "ask for each group"), confidence=min(parsed.confidence, 0.3))
    if len(parsed.events) >= 2 and not (parsed.group_by or parsed.ranking or parsed.difference or parsed.compared or
                                        parsed.person or parsed.cohort or parsed.share_of) and \
            rx.search(r"\bside[- ]by[- ]side\b", question, re.IGNORECASE):
        # "put A and B side by side on DNF rate", "A and B side by side: finishers in 2025": a row each (it pooled them,
        # or listed their finishers)
        parsed = replace(parsed, group_by=("event",), intent="count" if parsed.intent in ("list", "find") else parsed.intent)
    if parsed.edition in ("first", "last") and parsed.group_by == ("event",) and not (parsed.events or parsed.person):
        # "the most recent edition of each of our events, and how many finished it": each event's own edition, with its
        # date (it counted every edition)
        return replace(parsed, group_by=("event", "date"))
    return parsed


# a runner's own record asked, over all she ran ("her fastest 10K", "my best 5K", "how many podiums does she have")
# ("… has finished the X a bunch of times. How many times exactly?": of the X told, no record)
_CAREER_ASKED = (r"\b(?:best|fastest|quickest|slowest|worst|pr|prs|personal (?:best|record)s?|all[- ]time|career|with us|average|"
                 r"how many (?:[\w-]+ )?(?:races|podiums|finishes|wins|events|medals))\b")
# a runner's whole record asked of, whatever a sentence before told of one result
_WHOLE_RECORD = r"\b(?:ever|with us|in total|all[- ]time|career|lifetime|so far)\b"
# a sentence telling only what a runner ran ("has raced the Springfield Spring Marathon and …", "ran the X in 2019"), never
# how she placed or timed in it ("I was second in the mile at Evanston", "won the Tacoma half") — that is the question's
_RAN_TOLD = r"\b(?:ran|run|runs|raced|races|did|does|done|has done|comes|came|drives|drove|flies|flew|travels)\b"
_RESULT_TOLD = (r"\b(?:won|win|wins|winning|placed?|podium|record|pr|time|timed|finished|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|"
                r"beat|ahead|behind|age[- ]?group|dnf|dns|dq)\b")
# … and a question pointing back at what a sentence before it told ("there", "that year", "it")
_POINTS_BACK = (r"\b(?:there|that (?:year|day|race|event|edition|one|time|weekend|morning)|then|it|them|those|these|both|"
                r"each of them|the same|either)\b")


def that_year_said(text: str, year: int) -> str:
    """``text`` with its (first) "that year" said as the year a sentence before it told: "What's her fastest 5K that
    year?" after "… ran the Atlanta Spring Marathon in 2022." → "… 5K in 2022?"."""
    return rx.sub(r"\b(?:in )?that (?:same )?year\b", f"in {year}", text, count=1, flags=re.IGNORECASE)


def runner_said(parsed: Parsed, asked: str) -> str:
    """The runner ``parsed`` names, as said again after a question ``asked`` that points at her: her name, with her town
    when the sentence before told it and the question does not ("Brandon Long from Hartford won X in 2019. How many
    times has he run it?": a namesake from elsewhere is not him)."""
    town = parsed.runner_city
    # (the town said as hers — "from Hartford", "(Hartford)", "of Hartford" — never as an event's: "… the Evanston Half")
    if town and not parsed.runner_city_negated and not parsed.more_cities and not rx.search(
            rf"(?:\bfrom|\bof|\(|,)\s*{re.escape(town)}\b", asked, re.IGNORECASE):
        return f"{parsed.person.name} from {town}"
    return parsed.person.name


def _career_told_before(parsed: Parsed, question: str, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """A runner's own record asked after a sentence telling what she ran ("Karen Fuller (Northampton) has raced the
    Springfield Spring Marathon and the Stamford Harvest 10K. What's her fastest 10K?"): over everything she ran, the
    events and years told never its filter (read sets' golds: all her 10Ks), unless the question points back at them
    ("… Who won it that year?"). None for any other reading."""
    told = rx.match(r"^(?P<told>.+[.!])\s+(?P<asked>[^.!]+)$", question.strip(), re.DOTALL)
    if not (parsed.person and not parsed.more_people and (parsed.events or parsed.dates) and told) or parsed.notes or \
            not set(parsed.unused) <= set(content_words(told["told"])):
        return None
    asked = told["asked"]
    if rx.search(_SINCE_TOLD, asked, re.IGNORECASE):
        return None   # (from the day told on: ``_since_told``)
    # ("… ran the Atlanta Spring Marathon in 2022. What's her fastest 5K that year?": the year told, any event)
    if len(parsed.years) == 1:
        asked = that_year_said(asked, parsed.years[0])
    # ("In 2022 he ran the Fort Worth 10K. What's his personal best at that distance?": the race told)
    if len(parsed.distances) == 1:
        asked = rx.sub(r"\b(?:at |over |for )?that (?:distance|race distance)\b", f"in the {parsed.distances[0].label}", asked,
                       count=1, flags=re.IGNORECASE)
    # (a result told, "won her age group at Napa in 2021", is the question's own unless it asks of every time, of
    # another event how often ("Every time she won her age group, which event and year?"), or of her whole record
    # ("… won Galveston in 2023. How many races has she run with us in total?", "… finished 83rd at Cheyenne in
    # 2021. What's his best ever overall place?")
    result_told = rx.search(_RESULT_TOLD, told["told"], re.IGNORECASE)
    every_time = rx.search(r"\b(?:every|each) time\b", asked, re.IGNORECASE)
    how_often = rx.search(r"\bhow (?:many times|often)\b", asked, re.IGNORECASE)
    whole_record = rx.search(_WHOLE_RECORD, asked, re.IGNORECASE)
    if how_often and (len(parsed.events) == 1 or not parsed.events and parsed.event_city) and (it := rx.search(
            r"\b(?:it|that (?:race|event))\b", asked, re.IGNORECASE)) and not rx.search(
            r"\bthat (?:year|day|edition|time|weekend|morning)\b|\bthen\b|\bthere\b", asked, re.IGNORECASE):
        # ("Last year Beth Barber ran the Galveston half. How many times has she finished it overall?": that event, every
        # year — it kept last year's; "… won Galveston in 2025. How many times has he run it?": the events held there)
        said = f"the {parsed.events[0]}" if parsed.events else f"in {parsed.event_city}"
        asked = f"{asked[:it.start()]}{said}{asked[it.end():]}"
        told_asked = asked
    else:
        told_asked = told["asked"]
    if rx.search(_POINTS_BACK, asked, re.IGNORECASE) or not (rx.search(_RAN_TOLD, told["told"], re.IGNORECASE) or
                                                             result_told and (every_time or how_often or whole_record)):
        return None
    record = rx.search(_CAREER_ASKED, asked, re.IGNORECASE)
    if not (record or how_often or every_time) or asked != told_asked and not record:   # (read again only when asked)
        return None
    again = _parse(f"{asked.rstrip('?. ')} ({runner_said(parsed, asked)})", vocabulary, today)
    # (or the question names its own event: "… ran Springfield in 2023. How many times has she crossed the Springfield
    # Spring Marathon finish line?" — every edition of it)
    # (a record of no race of its own, "Which year was her fastest?", is of the race told: "… has run the Tacoma half a
    # bunch of times")
    career = record and (again.distances or rx.search(r"\b(?:with us|all[- ]time|career|ever|how many)\b", asked,
                                                      re.IGNORECASE)) or every_time
    held = again.events or again.event_city   # (an event, or the events held in a town: "… won Galveston in 2025")
    if not (career or held and how_often) or result_told and not (every_time or held and how_often or whole_record):
        return None
    if again.person != parsed.person or again.unused or again.notes or not again.intent or (
            again.events, again.dates) == (parsed.events, parsed.dates):
        return None
    return replace(again, question=question)


# "since then", "after that", "before that", a bare "since" at the end: from (or up to) the day a sentence before told
_SINCE_TOLD = r"\b(?:since then|after that|since that (?:race|event|day|one)|(?P<before>before (?:that|then))|since(?=\W*$))\b"


def _since_told(parsed: Parsed, question: str, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """ "X ran the Atlanta marathon in 2021. How many races has she finished since then?": after the day of the edition
    told (it counted that one race); so too with no runner, the event told being the one asked of ("We timed the first
    Napa Solstice 10K in 2021. How many finishers has it had since then?"). None unless the sentence told of one
    edition of one event."""
    told = _sentence_first(question)
    # ("… How many times has he won it since?", "… had he won it before that?")
    if not told or not (since := rx.search(_SINCE_TOLD, told.group("rest"), re.IGNORECASE)):
        return None
    if len((said := _parse(told.group("clause"), vocabulary, today)).years) != 1:
        return None
    # (the event told, or the events held in the town told: "Erica Haley ran Tacoma in 2021")
    told_events = set(said.events) or {event for event, where in vocabulary.held_at
                                       if said.event_city and where.lower() == said.event_city.lower()}
    days = sorted({day for event, day in vocabulary.editions if event in told_events and day.year in said.years})
    if len(told_events) == 1 and len(days) == 1:
        after = f"{'before' if since['before'] else 'after'} {days[0]:%B} {days[0].day}, {days[0].year}"
    elif not told_events and not since["before"] and rx.search(r"\bfirst\b", told.group("clause"), re.IGNORECASE):
        after = f"since {said.years[0]}"   # ("X first ran with us in 2015. … since then?": from her first year on)
    else:
        return None
    rest = told.group("rest")
    if len(told_events) == 1 and (it := rx.search(r"\b(?:won|win|run|ran|finished|finish|done|did|raced) (?P<it>it)\b", rest,
                                                   re.IGNORECASE)) and it.end() <= since.start():
        # ("Daniel Ward won the Atlanta Spring Marathon in 2016. How many times has he won it since then?": that event —
        # it counted his wins anywhere)
        rest = f"{rest[:it.start('it')]}the {next(iter(told_events))}{rest[it.end('it'):]}"
        since = rx.search(re.escape(since.group(0)), rest)
    if parsed.person:
        told_of = f" ({runner_said(parsed, rest)})"
    elif len(told_events) == 1 and not said.person and not _parse(rest, vocabulary, today).events:
        # (the edition told counted too: "how many has it had since then" of an event is since its day, not after)
        told_of, after = f" at the {next(iter(told_events))}", after.replace("after ", "since ", 1)
    else:
        return None
    again = _parse(f"{rest[:since.start()]}{after}{rest[since.end():]}".rstrip("?. ") + told_of, vocabulary, today)
    if again.unused or again.notes or not again.intent or again.person != parsed.person:
        return None
    return replace(again, question=question)


# "the year after", "the following year", "two years later", "the year before": a year counted from one told
YEARS_FROM_TOLD = re.compile(r"\b(?:(?:in )?the (?P<after>following|next|subsequent) year|(?:in )?the year (?P<after2>after|before)"
                             r"(?: that)?|(?P<n>a|one|two|three|four|five|\d) years? (?P<way>later|after|earlier|before)|"
                             r"(?:in )?the (?P<before>previous|prior|preceding) year)\b", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def years_counted(said: re.Match[str]) -> int:
    """The years a ``YEARS_FROM_TOLD`` match counts from the year told: "the year after" 1, "two years earlier" -2."""
    if said["after"] or said["after2"] == "after":
        return 1
    if said["before"] or said["after2"] == "before":
        return -1
    count = int(said["n"]) if said["n"].isdigit() else _SMALL_NUMBERS[said["n"].lower()]
    return count if said["way"].lower() in ("later", "after") else -count


def _years_later_told(parsed: Parsed, question: str, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """A year counted from the one a sentence before told ("Jesus Moore placed 13th in the Buffalo half in 2020. What
    was his half marathon time at Buffalo the year after?": 2021, where it kept 2020), the question read with that year
    and the runner told of. None unless the sentence told one year and the question counts from it."""
    if not (told := _sentence_first(question)) or not (said := YEARS_FROM_TOLD.search(rest := told.group("rest"))):
        return None
    if same := rx.search(r"\b(?:in |at )?that (?:same |very )?(?P<what>\d+ ?k|half(?: marathon)?|marathon|race|event)\b", rest,
                         re.IGNORECASE):
        # ("… his chip time in that same 10K the following year": the race told, said plainly — the event is said after)
        rest = f"{rest[:same.start()]}in the {same['what']}{rest[same.end():]}" if same["what"].lower() not in (
            "race", "event") else f"{rest[:same.start()]}{rest[same.end():]}"
        said = YEARS_FROM_TOLD.search(rest)
    if len(years := set(rx.findall(r"\b20\d\d\b", told.group("clause")))) != 1 or rx.search(r"\b20\d\d\b", rest):
        return None
    step = years_counted(said)
    alone = _parse(rest, vocabulary, today)
    runner = f" ({runner_said(parsed, rest)})" if parsed.person and not alone.person else ""
    # (the event told, when the question names none of its own: "… What was her time there the year after?")
    where = "" if alone.events or alone.event_city else names_in(told.group("clause"), rest, vocabulary, today,
                                                                  with_year=False)
    again = _parse(f"{rest[:said.start()]}in {int(years.pop()) + step}{rest[said.end():]}".rstrip("?. ") +
                   (f" {where}" if where else "") + runner, vocabulary, today)
    if again.unused or again.notes or not again.intent or again.person != parsed.person:
        return None
    return replace(again, question=question)


def _place_of_the_question(parsed: Parsed, question: str, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """The question read at the place it names itself, when a sentence before it told of an event held elsewhere
    ("Erika Roberts ran Greenville Half in 2021. What was her half marathon time at Atlanta that year?": Atlanta's
    event that year, where it kept both and found nothing at 1.0); the runner told of and the year pointed back at
    kept. So too a question naming its own event and date that the whole could not read ("Cheryl Lopez ran Santa Cruz in
    2022. What was her age group place at the San Jose Mother's Day 5K in 2020?": Santa Cruz read as her town, 2020
    unused). None for any other reading."""
    if not (told := _sentence_first(question)):
        return None
    rest = told.group("rest")
    alone = _parse(rest, vocabulary, today)
    apart = bool(parsed.events and parsed.event_city) and not any(
        where.lower() == parsed.event_city.lower() for event, where in vocabulary.held_at if event in parsed.events)
    elsewhere = apart and not alone.events and alone.event_city == parsed.event_city   # (the place the question's own)
    # (the question's own event and date, the place only the story's, or words the whole could not read)
    own = alone.events and alone.dates and (apart and alone.event_city != parsed.event_city or parsed.person and parsed.unused)
    if not (elsewhere or own):
        return None
    years = set(rx.findall(r"\b20\d\d\b", told.group("clause")))
    if len(years) == 1:
        rest = that_year_said(rest, years.pop())
    runner = f" ({runner_said(parsed, rest)})" if parsed.person and not alone.person else ""
    again = _parse(f"{rest.rstrip('?. ')}{runner}", vocabulary, today)
    if again.unused or again.notes or not again.intent or again.person != parsed.person:
        return None
    return replace(again, question=question)


def _race_of_the_question(parsed: Parsed, question: str, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """The question read with the race it names itself, when a sentence before it told of another ("Tampa 2019 was my
    first marathon. In the 5K that year, what share of finishers were women?": the 5K, where both were pooled); the
    sentence's event and year kept. None for any other reading."""
    told = _sentence_first(question)
    if not told or len(parsed.distances) < 2:
        return None
    rest = told.group("rest")
    own = _parse(rest, vocabulary, today).distances
    if not own or set(own) == set(parsed.distances):
        return None
    again = _parse(_told_with(rest, names_in(told.group("clause"), rest, vocabulary, today))[0], vocabulary, today)
    if again.unused or again.notes or not again.intent or set(again.distances) != set(own) or (
            parsed.person and again.person != parsed.person):
        return None
    return replace(again, question=question)


def _read(question: str, vocabulary: Vocabulary, today: date) -> Parsed:
    """The question read (``parse``), before the shapes said of the whole answer are applied ("one row per race with
    both years' counts", which ``parse`` reads off this reading)."""
    parsed = _parse(question, vocabulary, today)
    if (career := _career_told_before(parsed, question, vocabulary, today)) is not None:
        return career
    if (own_race := _race_of_the_question(parsed, question, vocabulary, today)) is not None:
        return own_race
    if (own_place := _place_of_the_question(parsed, question, vocabulary, today)) is not None:
        return own_place
    if (since := _since_told(parsed, question, vocabulary, today)) is not None:
        return since
    if (later := _years_later_told(parsed, question, vocabulary, today)) is not None:
        return later
    if parsed.unused and (plain := plain_letters(question)) != question and not (again := parse(plain, vocabulary, today)).unused:
        # "Hów many fïnishers … 🏃‍♀️": read without the accents and emoji (a name the company spells with an accent
        # was matched as said, first)
        return replace(again, question=question)
    if (parsed.dates or parsed.years or parsed.cohort) and (remark := _REMARK_AFTER.match(question)) and \
            remark.group("rest").endswith("?") and \
            not rx.match(r"(?:i mean|i meant|i'?d say|i'?m asking (?:about|for))\b", remark.group("clause"), re.IGNORECASE):
        # "how many finished the ithaca shamrock last year? I've been running it since 2015.": a remark after the
        # question never gives its dates when the question said its own (every word was read, so the remark was never
        # set aside as context, and its year replaced the question's); nor, told of the asker, a cohort ("… in 2024? I
        # ran it in 2019 too." had counted the runners of both years)
        alone = _parse(remark.group("rest"), vocabulary, today)
        # ("… finishers by year? Trying to see if the 2025 jump was a fluke.": every year, the remark's one unasked)
        every_year = not (alone.dates or alone.years) and "year" in alone.group_by
        if not alone.unused and not _loses_a_filter(replace(parsed, dates=None, years=()) if every_year else parsed, alone) and (
                (alone.dates or alone.years) and (alone.dates, alone.years) != (parsed.dates, parsed.years) or every_year or
                parsed.cohort and not alone.cohort and rx.match(r"i\b", remark.group("clause"), re.IGNORECASE)):
            return replace(alone, question=question)
    if dismissed := _DISMISSED.search(question):
        # "Forget Napa. How many finishers did the San Jose Mother's Day 5K have?": what is set aside is not asked of
        # (it read Napa as where the event was); only when the question names its own event — else "forget" may
        # leave Napa out of every event, unread, and the sentence is never set aside as context
        rest = question[:dismissed.start()] + question[dismissed.end():]
        said = dismissed.group(0).lower()
        if (race := distance_mention(said)) and not [word for word in content_words(said[:race[1]] + said[race[2]:])
                                                     if word not in FILLER and word not in _DISMISSING]:
            # "Forget the 1 mile. How many finishers did the Bend Turkey Trot have?": that race set aside
            rest = f"{rest.strip().rstrip('?.! ')}, excluding the {race[0].label}?"
        again = parse(rest, vocabulary, today)
        return replace(again, question=question) if again.events and not again.unused else parsed
    if (told := _STATEMENT_FIRST.match(question)) and not rx.search(r"\b(?:how|what|which|who|when|where)\b",
                                                                   told.group("clause"), re.IGNORECASE):
        # "Last year we did the Greenville Firecracker 5K. How many finished the Atlanta Spring Marathon in 2024?":
        # a question naming its own event is about that one, not also the one the sentence before it told of
        # ("Our Atlanta event had a marathon and a half last spring. How many finished the half marathon at the Atlanta
        # Spring Marathon in 2025?": nor the races it told of, when the question names its own)
        # ("Our Phoenix club says they're faster than the Tucson crowd. Median 5K time at X, Phoenix finishers vs
        # Tucson finishers?": a sentence told first whose words the whole could not use, the question reading fully
        # on its own)
        alone = _parse(told.group("rest"), vocabulary, today)
        if alone.events and not alone.unused and (set(alone.events) < set(parsed.events) or set(alone.events) <= set(
                parsed.events) and alone.distances and set(alone.distances) < set(parsed.distances) or
                parsed.unused and set(alone.events) == set(parsed.events) and not alone.notes and
                not (parsed.person and not alone.person) and not _loses_a_filter(parsed, alone) and
                # (only a sentence of talk: every word unread is its own, and it says no number, group or date)
                not rx.search(r"\d", told.group("clause")) and set(parsed.unused) <= set(content_words(told.group("clause")))):
            return replace(alone, question=question)
    # (a sentence's words left unused only when they count the runner's races: "Janice Rhodes ran twice last year.")
    if parsed.person and (parsed.cohort or parsed.unused and all(rx.fullmatch(r"(?!20\d\d$)\d+|once|twice|thrice|times", word)
                                                                 for word in parsed.unused)) and not parsed.more_people and (
            told := _SENTENCE_FIRST.match(question) or _LOWER_SENTENCE_FIRST.match(question)) and \
            rx.search(r"\b(?:he|she|his|her|him|they|their|them)\b", told.group("rest"), re.IGNORECASE) and \
            not _parse(told.group("rest"), vocabulary, today).person:
        # "Steven Rice ran more than one race at the Bend Turkey Trot last year. What was his chip time in each race?":
        # the sentence tells of the runner (no cohort of one), the question asks of him there
        rest = f"{told.group('rest').rstrip('?. ')} ({runner_said(parsed, told.group('rest'))}) " \
               f"{names_in(told.group('clause'), told.group('rest'), vocabulary, today)}"
        again = _parse(rest, vocabulary, today)
        if again.person and not again.cohort and not again.unused and not again.notes and again.intent:
            return replace(again, question=question)
    if parsed.dates and (told := _sentence_first(question)) and rx.search(_EVERY_EDITION_SAID, told.group("rest"), re.IGNORECASE) \
            and not rx.search(r"\b20\d\d\b|\b(?:last|this) year\b|\bago\b", told.group("rest"), re.IGNORECASE):
        # "The Naperville Turkey Trot was last held in 2022. Across all its editions, how many …": the year told is
        # not the question's (its events kept)
        # ("Amanda Wolfe ran X in 2021. What's the highest she's ever placed there?": hers, over every edition)
        runner = f" ({runner_said(parsed, told.group('rest'))})" if parsed.person else ""
        again = _parse(f"{told.group('rest').rstrip('?. ')}{runner} "
                       f"{names_in(told.group('clause'), told.group('rest'), vocabulary, today)}", vocabulary, today)
        if again.events and not (again.unused or again.notes or again.dates) and again.intent and \
                not (parsed.person and not again.person):
            return replace(again, question=question)
    if (parsed.unused or parsed.notes) and (told := _sentence_first(question)) and not (
            _introduced(told.group("clause")) and not parsed.person):   # (an asker the company has no results of)
        # "Some families do the mile and then the 5K on Thanksgiving morning. How many …": a sentence telling of
        # something, holding every word the question could not use, set aside (its events and year kept when the
        # question names none: "The Pittsburgh Summer Solstice added a 5K last year. Who won each race that year?")
        if (again := _told_before(question, told, parsed, vocabulary, today)) is not None:
            return again
    if (parsed.unused or parsed.notes) and (said := rx.search(r"\s*\((?:i\.?e\.?|that is|meaning|in other words)\b[^()]*\)|"
                                                              # ("… since 2022 - i.e. their most recent edition …")
                                                              r"\s+[-\u2013\u2014]+\s*(?:i\.?e\.?|that is|meaning|in other "
                                                              r"words)\b[^?]*(?=\?|$)", question, re.IGNORECASE) or
                          parsed.measure and rx.match(r"p\d|median", parsed.measure) and rx.search(
                              r"\s*\((?:the )?[^()]*(?:\b(?:quarter|cut-?off|tenth|percent|half of the field|back of the pack|"
                              r"front of the pack)\b|\d ?%)[^()]*\)", question, re.IGNORECASE)):
        # "the 25th percentile (i.e. faster than three quarters of the field)", "(the quickest quarter cutoff)": the
        # aside says again what is asked; set aside when the rest is read whole and loses nothing
        again = _parse(question[:said.start()] + question[said.end():], vocabulary, today)
        if not (again.unused or again.notes) and not _loses_a_filter(parsed, again):
            return replace(again, question=question)
    rest, unused = question, parsed.unused
    for _ in range(3):   # "Hi team - for the sponsor report I need … Thanks!": a clause at a time
        if not unused or (aside := _without_context(rest, unused)) is None:
            break
        rest, clause, said_as = aside
        if rx.search(_TIE_TOLD, clause, re.IGNORECASE):
            break   # ("I think two kids tied on chip time. Which bibs?": the tie is what is asked, never talk)
        if (name := rx.search(r"\b[A-Z][a-z'’-]+ [A-Z][A-Za-z'’-]+\b", clause)) and not parsed.person and all(
                word.lower() in unused for word in name.group(0).split()) and rx.search(
                r"\b(?:she|he|her|his|him|hers|they|their|them)\b", rest, re.IGNORECASE):
            # "Marisol Whitcombe - what's her best marathon time with us?": a runner the company has no results of,
            # never set aside (her time would be everyone's best)
            break
        if (said_as in (_ASKER, _NAMED_ASKER) or _introduced(clause)) and not parsed.person and rx.search(
                _FIRST_PERSON, rest, re.IGNORECASE):
            # "Hi, Zyxwvut Qqqqq here, what was my best marathon time?": the asker is no runner the company has results
            # of — never set aside ("my best" would be everyone's best)
            break
        # ("has the indy jingle bell run shrunk since 2023? finishers for 2023, 2024 and 2025": each year, the evidence)
        asked = f"{rest.rstrip('?. ')}, by year" if said_as in _TREND_QUESTION and _YEARS_LIST.search(rest) else rest
        runner_named = False   # (the asker named, then a sentence the asker tells of themself: "X here. I've run Y a few times.")
        if parsed.person and not _parse(rest, vocabulary, today).person and rx.search(
                r"\b(?:he|she|his|her|him|they|their|my|me|mine|i|i've)\b", rest, re.IGNORECASE):
            # "My daughter Elizabeth Rice runs a lot of your races. How many has she finished?", "Eric Yates here -
            # list my times": the runner named
            # ("Rebecca Duffy here (Scottsdale). In which years did I …": her town said with her)
            town = f" from {parsed.runner_city}" if said_as in (_ASKER, _NAMED_ASKER) and parsed.runner_city and \
                parsed.runner_city.lower() in clause.lower() else ""
            asked = f"{rest.rstrip('?. ')} ({parsed.person.name}{town})"
            runner_named = bool(rx.search(_FIRST_PERSON, rest, re.IGNORECASE))
        again = _parse(asked, vocabulary, today)
        if _loses_a_filter(parsed, again) and not (
                said_as in (_WHO_ASKED, _WHO_ASKED_ON, _WANTS) and not again.unused and rx.search(
                    r"\b(?:sponsors?|partners?|clients?|customers?|insurers?|vendors?)\b", clause, re.IGNORECASE) and
                not _loses_a_filter(replace(parsed, event_state=None, runner_state=None, event_city=None,
                                            runner_city=None), again)):
            # (a place said of who asks is no filter: "Our Texas sponsor wants to know: how many finishers did the 2024
            # Houston Turkey Trot have?" — never of a town's office: "The Santa Fe council wants to know …")
            # "a deck on our marathons and I need the average time": what the deck is about is part of the question
            # or "A bunch of my kids ran the Greenville Firecracker 5K in 2024 — how many were under 18?": its names
            about = rx.search(r"\b(?:on|about|for|of|to)\s+(.+)$", clause, re.IGNORECASE)
            # (a sentence about the runner, "John Griffin keeps coming back to X - …", or the runner named as the asker,
            # "Christopher Gardner here, I do the Houston Turkey Trot …": the runner kept with its names)
            said = asked if said_as in (_ABOUT_RUNNER, _ABOUT_RUNNER_SENTENCE, _ASKER, _NAMED_ASKER) or said_as in _TREND_QUESTION \
                or runner_named else rest
            trials = [_parse(told, vocabulary, today)
                      for extra in (about.group(1) if about else "", names_in(clause, rest, vocabulary, today)) if extra
                      for told in _told_with(said, extra)]
            kept = [trial for trial in trials if not _loses_a_filter(parsed, trial)]
            if not kept:
                break
            again = next((trial for trial in kept if not trial.unused), kept[0])
        if not again.unused:
            # (what the whole question asks that cannot be given is still said back, its confidence capped at DOUBTED as
            # _with_confidence caps any reading with notes: "team-score style: add up the chip
            # times of …", whatever clause went)
            said_back = tuple(note for said, note in _SAID_BACK if rx.search(said, question.lower()) and note not in again.notes)
            return replace(again, question=question, notes=again.notes + said_back,
                           confidence=min(again.confidence, DOUBTED) if said_back else again.confidence)
        unused = again.unused
    return parsed


# "as two numbers side by side", "one row": the figures asked in one row, a column each
# the size of the gap between two groups' figures, asked beside them ("…, and the gap", "and how far apart they were")
_GAP_ASKED = re.compile(r"[,;]?\s*\b(?:and|plus|with|\+) (?:the )?(?:gap|difference)(?: between (?:them|the two))?(?: in seconds)?\b|"
                        rf"[,;]?\s*\band {HOW_FAR_APART} (?:(?:they|the two) (?:were|are)|(?:were|are) (?:they|the two))\b",
                        re.IGNORECASE)
# "the difference between A and B …", "A minus B": two groups' figures, the first said minus the second
_DIFFERENCE_SAID = re.compile(r"\b(?:the )?difference between\b|\bminus\b", re.IGNORECASE)


# "her place among women from New Haven", "where did he rank among runners from Springfield": a place in a group
_PLACE_AMONG = re.compile(r"\b(?:place|placing|placed|rank|ranked|ranking|position|finish(?:ed)?)\b[^?.]{0,30}?\bamong(?:st)?\b",
                          re.IGNORECASE)


def _place_among(parsed: Parsed, question: str) -> Parsed | None:
    """A named runner's place among the finishers of her race that the question's filters keep (where she lives, her
    sex, her age): ``place_among``, her results with that place and the group's size; None unless asked so. Her own
    sex's place is her gender place ("her place among women"), read as it is."""
    if not (parsed.person and not parsed.more_people and (among := _PLACE_AMONG.search(question))) or \
            parsed.cohort or parsed.measure or parsed.metric or parsed.rival or parsed.best_place:
        return None
    # (the group said after "among": "among women from New Haven", never where she lives told elsewhere — "Dawn Holland
    # drives down from Lake Placid … the highest she's placed among the women")
    group = rx.split(r"[,;?.!]|\b(?:at|in) the\b", question[among.end():])[0].lower()
    places = [place.lower() for place in (parsed.runner_city, parsed.runner_state, STATE_NAMES.get(parsed.runner_state or ""))
              if place]
    if not (any(place in group for place in places) or parsed.age and rx.search(r"\d|masters?|teens?|youth|juniors?", group)):
        return None
    return replace(parsed, place_among=True, intent="list", group_by=(), subject="results", status=None,
                   distinct_people=False)


def _two_years_compared(parsed: Parsed) -> tuple[int, int] | None:
    """The two years of a count or a time measure asked of each ("in 2021 and in 2023"), earlier first; None for any
    other reading (groups beside the years, a cohort, a runner, a difference already)."""
    # (never a top list or winners: "fastest time in 2018 and 2022" read as the first runner of each)
    if parsed.unused or parsed.notes or len(parsed.years) != 2 or set(parsed.group_by) - {"year"} or parsed.change_years or \
            parsed.difference or parsed.cohort or parsed.person or parsed.metric or parsed.ranking or parsed.limit or \
            parsed.winners or parsed.intent == "top" or \
            parsed.measure not in (None, "average", "median", "fastest", "slowest"):
        return None
    return tuple(sorted(parsed.years))


def _said_as_versus(question: str, said: re.Match) -> str:
    """``question`` without the gap or difference ``said``, its two groups said "A vs B" ("the difference between A and
    B" and "A minus B" are "A vs B")."""
    if said.re is not _DIFFERENCE_SAID:
        return question[:said.start()] + " " + question[said.end():]
    rest = question[said.end():]
    if "between" in said.group(0).lower():
        rest = rx.sub(r"\band\b", "vs", rest, count=1, flags=re.IGNORECASE)
    return question[:said.start()] + (" vs " if "minus" in said.group(0).lower() else " ") + rest


ONE_ROW = re.compile(r"[,;:(-]?\s*\b(?:as |in )?(?:one row|a single row|two numbers|two figures|two values|two columns)"
                      r"(?:,? (?:two numbers|side by side|please))?\s*\)?[.!]?", re.IGNORECASE)


def each_event_edition(parsed: Parsed) -> bool:
    """Whether each event's own first or latest edition is asked, one row per event ("the most recent edition of each
    of our events, and how many finished it"; no event or runner named). Read by nlq.sqlbuild and said by nlq.explain."""
    return parsed.edition in ("first", "last") and "event" in parsed.group_by and not (parsed.events or parsed.person)


def events_listed_once(parsed: Parsed) -> bool:
    """Whether the events held in a month of any year are listed each once ("which of our events are run in May"),
    never their editions. Read by nlq.sqlbuild and said by nlq.explain."""
    return parsed.subject == "events" and bool(parsed.month) and parsed.distinct_of == "event" and not (
        parsed.events or parsed.dates or parsed.edition)


def counts_every_year(parsed: Parsed) -> bool:
    """Whether a count of a runner's editions (or years) of the event is taken over every year of it, of the runners
    of the one year asked: "of last year's finishers, how many have finished it 3 or more times" (never "more than
    one race at the 2024 X": races of that one day). Read by nlq.constructs_sql and said by nlq.explain."""
    cohort = parsed.cohort
    return bool(cohort and cohort.kind == "min_finishes" and (cohort.editions or cohort.distinct_years) and parsed.events and
                parsed.dates and parsed.dates.start.year == (parsed.dates.end - timedelta(days=1)).year)


def minutes_asked(parsed: Parsed) -> bool:
    """Whether the question asks for times in minutes ("how many minutes separate …", "in minutes"): each time is then
    given in minutes beside its seconds. Read by nlq.sqlbuild and said by nlq.explain."""
    # ("median pace in min/mile", "pace, minutes per km": a pace in minutes too)
    return bool(rx.search(r"\bhow many minutes\b|\bin (?:whole |decimal )?minutes\b|\bas minutes\b|"
                          r"\bmin(?:utes?|s)?(?: per |/ ?)(?:mile|mi|km|kilomet(?:er|re))\b", parsed.question.lower()))


def change_said_as_a_fall(parsed: Parsed) -> bool:
    """Whether a change between two years is asked as a fall ("how big was the drop, and the drop as a percent"): its
    percent is then given as a size too, as its count is. Read by nlq.constructs_sql and said by nlq.explain."""
    return bool(parsed.change_years) and bool(rx.search(
        r"\b(?:drop(?:ped)?|declin(?:e|ed)|decreas(?:e|ed)|f[ae]ll|loss|lost|shr[aiu]nk|shrinkage|fewer)\b",
        parsed.question.lower()))


def _averaged_pace(parsed: Parsed) -> bool:
    """Whether the measure is an average or median pace (a difference of two groups' paces can be taken)."""
    return bool(parsed.metric and parsed.metric.kind == "pace" and parsed.metric.aggregate in ("avg", "median"))


def _one_row_pair(parsed: Parsed) -> tuple[str, str] | None:
    """The two groups a question split its figure into, by the labels of their rows (masters and under 40, a sex
    each), to be given side by side in one row; None for any other reading."""
    if parsed.unused or parsed.notes or parsed.difference or parsed.metric or parsed.cohort or parsed.change_years or \
            parsed.measure not in ("average", "median", None):
        return None
    if parsed.group_by == ("masters",):
        return "masters", "under 40"
    if parsed.group_by == ("sex",):
        women = rx.search(_FEMALE_SAID, parsed.question.lower())
        men = rx.search(_MALE_SAID, parsed.question.lower())
        return ("F", "M") if women and (not men or women.start() < men.start()) else ("M", "F")
    return None


# a share asked ("what share of finishers were …", "what percent of them …")
_SHARE_ASKED = r"\b(?:what|which)\s+(?:share|percent(?:age)?|%|fraction|proportion|portion)\b|\bhow (?:big|large) a share\b"


def _told_with(rest: str, names: str) -> list[str]:
    """The question with the names a sentence before it told of (events, races, years): said after it, and first said
    before a share, whose whole they are ("Cheyenne 2018 was a big one. … what share of finishers were in their 30s":
    said after, they would be read of the part)."""
    after = f"{rest.rstrip('?. ')} {names}"
    return [f"{names}, {rest}", after] if rx.search(_SHARE_ASKED, rest, re.IGNORECASE) else [after]

# a tie told in a sentence before the question: what it asks about, never a sentence to set aside
# ("somebody said I had the exact same chip time as another runner at Nashua": a tie, told in other words)
_TIE_TOLD = r"\b(?:tie[sd]?|tying|dead heat)\b|\b(?:exact(?:ly)? )?(?:the )?same (?:chip |gun |finish(?:ing)? )?time as\b"


# one runner a sentence tells of by her place in the field ("the very last finisher", "the overall winner")
_ROLE_TOLD = (r"\bthe (?:very )?(?:last|final|first|second|third) (?:finisher|runner|person|one)(?: (?:across|over) the line)?\b|"
              r"\bthe (?:overall |women's |men's )?(?:winner|runner-up)\b")


def _told_before(question: str, told: re.Match[str], parsed: Parsed, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """The question read without the sentence before it (``told``), when that sentence holds every word the whole
    could not use and tells no filter of runners the rest does not (only events, races and dates); None otherwise."""
    clause, rest = told.group("clause"), told.group("rest")
    # ("… walked in with the very last finisher. What pace per mile was that person going?": the one the sentence told
    # of, said in the question; never set aside when the sentence says no such one)
    if back := rx.search(r"\bthat (?:person|runner|finisher|guy|woman|man|lady|kid)\b", rest, re.IGNORECASE):
        if not (role := rx.search(_ROLE_TOLD, clause, re.IGNORECASE)):
            return None
        rest = f"{rest[:back.start()]}{role.group(0)}{rest[back.end():]}"
    # (never a sentence that asks or compares itself, "I'm comparing two of my events: …", nor a question that points
    # back at what it tells of, "… had three races. Rank them": those are one question)
    if rx.match(r"\s*(?:how|what|which|who|when|where)\b", clause, re.IGNORECASE) or rx.search(
            r"\b(?:compar\w*|count\w*|rank\w*|list\w*|averag\w*|median|total)\b|" + _TIE_TOLD, clause,
            re.IGNORECASE) or rx.search(
            # ("the two Fort Worth events" names its own)
            r"\b(?:them|they|their|those|these|each of them|both of them|all three)\b|"
            r"\bthe two\b(?! (?!events|races)[\w' ]{1,30}?\b(?:events|races)\b)|"
            r"\bboth\b(?=\s*(?:[?.!,]|$))|"
            # ("… anyone who has finished 8 times. How many people is that?", "… How many qualify?")
            r"\b(?:is|was|would be|are) (?:that|this|it)\s*[?.!]*\s*$|\bqualif(?:y|ies)\b|"
            r"\bboth (?:counts|numbers|figures|totals)\b", rest, re.IGNORECASE) or \
            not set(parsed.unused) <= set(content_words(clause)) or \
            parsed.person and rx.search(r"\b(?:he|she|his|her|him|hers)\b", rest, re.IGNORECASE) or \
            not parsed.person and _stranger_told_of(question, vocabulary):
        # (nor a runner told of, then said again: "Amanda Wolfe ran X in 2021. What's the highest she's ever placed there?")
        return None
    names = names_in(clause, rest, vocabulary, today)
    attempts = [(_parse(rest, vocabulary, today), {"distances", "years", "dates"}),
                # (where its event is held, told: "X is in Ohio but … what % live in Ohio?")
                *[(_parse(told, vocabulary, today), {"events", "distances", "years", "dates", "event_state", "event_city"})
                  for told in (_told_with(rest, names) if names else [])]]
    if rx.search(r"\bin 20\d\d\b", names):   # (the year told of the edition the question asks of: kept)
        attempts = attempts[1:] + attempts[:1]
    # ("Trying to explain to a first-timer what 'top 100' takes. At …, what pace was the 100th finisher running?": why
    # it is asked, whatever its words would read as)
    talk = rx.match(r"\s*(?:i'?m |we'?re |just )?(?:trying to|want(?:ed)? to|need(?:ed)? to) (?:explain|figure out|understand|"
                    r"work out|settle|show|tell|convince|prove)\b", clause, re.IGNORECASE)
    for again, may_lose in attempts:
        lost = {name for name in _FILTERS if getattr(parsed, name) and not getattr(again, name)}
        # (nor what the sentence asks: "… wants to know how the female share … has moved. By year please.")
        lost |= {name for name in ("metric", "measure", "cohort", "ranking", "share_of") if getattr(parsed, name) and
                 not getattr(again, name)}
        if talk:
            lost = set()
        if not again.unused and not again.notes and again.intent and lost <= may_lose:
            return replace(again, question=question)
    return None


# "Forget Napa.", "Never mind the Tampa numbers.": a sentence setting something aside
_DISMISSED = re.compile(r"(?:^|(?<=[.!?])\s+)(?:forget(?: about)?|ignore|disregard|never ?mind|scratch|skip|set aside|leave out)\b"
                        r"[^.?!]{1,60}[.!](?=\s|$)", re.IGNORECASE)
_DISMISSING = frozenset("forget about ignore disregard never mind nevermind scratch skip set aside leave out".split())
# "Some families do the mile and then the 5K on Thanksgiving morning. How many …?": a sentence, then the question
_SENTENCE_FIRST = re.compile(r"^(?P<clause>[^?]{3,300}?[.!])\s+(?P<rest>[A-Z].*)$", re.DOTALL)
# ("cleveland memorial day 5k is in ohio but … from PA. what % of last year's finishers …": typed in lower case, the
# question begun by a question word; only a sentence naming no year, which could be the question's)
_LOWER_SENTENCE_FIRST = re.compile(r"^(?P<clause>[^?]{3,300}?[.!])\s+(?P<rest>(?:how|what|which|who|when|where|list|show|"
                                   r"give|rank)\b.*)$", re.DOTALL)


def _sentence_first(question: str) -> re.Match[str] | None:
    """A sentence, then the question (``_SENTENCE_FIRST``, or ``_LOWER_SENTENCE_FIRST`` of a sentence with no year)."""
    if told := _SENTENCE_FIRST.match(question):
        return told
    lower = _LOWER_SENTENCE_FIRST.match(question)
    return lower if lower and not rx.search(r"\b(?:19|20)\d\d\b|\b(?:last|this|next) year\b|\bago\b",
                                            lower.group("clause"), re.IGNORECASE) else None
_STATEMENT_FIRST = re.compile(r"^(?P<clause>[^?]{3,300}?[.!])\s+(?P<rest>[^.!?]+\?)\s*$")
_PURPOSE = (r"(?:report|deck|board|meeting|newsletter|press release|recap|email|website|slides|presentation|"
            r"(?:license|licence|permit|insurance|grant) (?:renewal|application|filing)|permit|grant application|"
            r"sponsors?|announcer|director|rd|boss|post|story|article|piece|pitch|blog|write-?up|feature|"
            # ("Corral planning for the Firecracker 5K: …", "Corral breakdown for X using the 2024 finishers: …")
            r"(?:corrals?|waves?)(?: (?:planning|signs?|placement|sizing|breakdown|assignments?))?|"
            r"(?:award|awards|trophy|trophies|plaque|plaques) (?:engraving|engraver|ceremony|table|presentation|mailing|"
            r"mailings|letters?|certificates?))")

# "prepping a pitch for a running brand. Cheyenne Firecracker 2024: …": a sentence saying what it is for
# ("A journalist is writing about age and endurance: …": someone else doing it)
_PURPOSE_SENTENCE = re.compile(r"^(?P<clause>(?:(?:i'm|i am|we're|we are|(?:an? |the |our |my )[\w'-]+(?: [\w'-]+)? (?:is|are)) )?"
                               r"(?:prepping|preparing|putting together|working on|"
                               r"writing|building|doing|drafting|planning|announcing|organi[sz]ing|staffing|scheduling|budgeting)\b[^.?!:,\u2014\u2013]{0,80}?)"
                               r"(?:[.!:,]|\s[-\u2013\u2014])\s+(?P<rest>.+)$",
                               re.IGNORECASE)
# "for the sponsor report I need the number of …", "for a sponsor pitch I want to quote the …", "for our club
# newsletter, what fraction …", "I'm putting together a planning deck for next spring and I need …": what it is for
_FOR_PURPOSE = re.compile(r"^(?P<clause>(?:for (?:the|a|an|our|my) [\w' -]{0,40}?\b" + _PURPOSE + r"|(?:i'm|i am|we're|we are) "
                          r"(?:prepping|preparing|putting together|working on|writing|building)\b[^.?!,:]{0,60}?)"
                          r"(?:[,:]?\s+(?:and )?(?:i|we)(?: need| want| would like|'d like)(?: to (?:quote|use|share|show|"
                          r"include|cite|report|know|see|get|give))?|,))\s+(?P<rest>.+)$", re.IGNORECASE)
# "For a story on the Providence Summer Solstice 10K in 2023: …": what it is for, then what it is about
_ABOUT = re.compile(r"^(?P<clause>for (?:the|a|an|our|my) [\w' -]{0,30}?\b" + _PURPOSE + r" (?:on|about))\s+(?P<rest>.+)$",
                    re.IGNORECASE)
# "coach here - …", "Board question: …", "City council question: …": who is asking
# ("results director here, auditing statuses. What was …": what they are doing, said after it)
_ASKER = re.compile(r"^(?P<clause>(?:(?:hi|hello|hey)[,!.]?\s+)?(?:[\w'-]+\s){1,3}?"
                    r"(?:\([\w' .,-]{1,40}\)\s+(?=here\b))?"   # ("sara fowler (savannah) here. …")
                    r"(?:here|question|request|q|asking)"
                    r"(?:\s*\([\w' .,-]{1,40}\))?"   # ("tiffany arias here (newport). …": where the asker lives)
                    r"(?:,\s+[\w' -]{1,60}?(?=\.\s))??)\s*"   # ("X here, I ran Y last summer. …": the name alone first)
                    r"(?::|\s[-\u2013\u2014]|,|\.)\s*(?P<rest>.+)$",
                    re.IGNORECASE)
# "hey its rachael santos, whats my …", "Hi, this is Ann Lee. …": the asker, named (the runner "my" and "I" are)
_NAMED_ASKER = re.compile(r"^(?P<clause>(?:(?:hi|hello|hey)[,!.]?\s+)?(?:it'?s|this is|i'?m|i am|my name is)\s+[\w'-]+(?:\s[\w'-]+)?)"
                          r"\s*(?:[,.:!]|\s[-\u2013\u2014])\s*(?P<rest>.+)$", re.IGNORECASE)
# "Newsletter for the Tacoma Fall Half Marathon: …", "Tampa Marathon newsletter - …", "Re the 2023 Atlanta Spring
# Marathon - …": a label, what the question is for or about
_LABEL = re.compile(r"^(?P<clause>(?:re:?|regarding|re the)\b[^:?\u2014\u2013]{0,80}?|[^:?\u2014\u2013]{0,60}?\b" + _PURPOSE +
                    r"\b[^:?\u2014\u2013]{0,60}?)\s*(?::|\s[-\u2013\u2014]\s)\s*(?P<rest>.+)$", re.IGNORECASE)
# "Timing tech check: …", "Elite coordinator: …", "Medical tent planning for Springfield: …": a short label; never one
# that changes the question ("Excluding walkers: …", "Only women: …")
_SHORT_LABEL = re.compile(r"^(?P<clause>(?!(?:excluding|exclude|except|without|only|just|not|no|but|minus|ignoring|ignore|"
                          r"including|include|with|women|men|masters)\b)[a-z][\w' -]{1,70}?)\s*(?::|\s[-\u2013\u2014]\s)\s*"
                          r"(?P<rest>.+)$", re.IGNORECASE)
# "Hometown angle: …", "Hometown numbers for the Greenville paper: …", "Profile piece on X. …": what a writer's piece is
# (its words may be parser words: "hometown", a town's name said again in the question)
_WRITERS_LABEL = re.compile(r"^(?P<clause>(?:(?:hometown|local|story|feature|news|sports|magazine|newspaper|human[- ]interest)\s+)?"
                            r"(?:angle|numbers|piece|story|feature|profile|sidebar|history box|fact[- ]check|background|"
                            r"lede|headline|profile piece|feature piece)(?:\s+(?:for|on|about)\s+[^:?.\u2014\u2013]{1,60})?)"
                            r"\s*(?::|\.|\s[-\u2013\u2014]\s)\s*(?P<rest>.+)$", re.IGNORECASE)
# "Checking last year's numbers before race day: …", "Reading out awards: …": what the asker is doing
_DOING = re.compile(r"^(?P<clause>(?:just )?(?:for )?(?:checking|reviewing|looking (?:at|over|up|into)|going over|double[- ]checking|pulling|sweeping|auditing|"
                    r"reading (?:out|off)|announcing|handing out|giving out|printing|setting up|ordering|buying|sizing|"
                    r"budgeting for|engraving|staffing)\b"
                    r"(?:[^:?\u2014\u2013]|(?<=\d):(?=\d\d)){0,80}?)\s*(?:(?<!\d):|:(?!\d\d)|\s[-\u2013\u2014]\s)\s*(?P<rest>.+)$", re.IGNORECASE)
# "I coordinate the charity side of Run for the Schools. Of the people who …": who is asking, said as a sentence
_WHO_I_AM = re.compile(r"^(?P<clause>(?:(?:i|we)(?:'m|'re| am| are)?|my (?:son|daughter|wife|husband|kid|child|friend|"
                       r"partner|dad|mom|father|mother|brother|sister)|(?:a|an) (?:bunch|lot|few|couple|handful|group|"
                       r"number) of (?:my|our)) [^.?!:]{3,120}?)(?:[.!:]|\s[-\u2013\u2014])\s+(?P<rest>.+)$",
                       re.IGNORECASE)
# "Galveston wasn't held in 2024, so comparing 2023 to 2025: …": an edition told missing, before the question (its
# names kept when the question needs them)
_NOT_HELD = re.compile(r"^(?P<clause>[^.?!:]{3,80}? (?:wasn'?t|was not|weren'?t|were not|isn'?t|didn'?t|did not) (?:held|run|"
                       r"timed|put on|happen|take place)\b[^.?!:,]{0,40}?)(?:[.!:;]|,\s*so\b:?)\s+(?P<rest>.+)$", re.IGNORECASE)
# "our BQ-chasing sponsor asked - …", "Registration wants to know: …": who asked
# "Insurer wants our 2023 Atlanta marathon DNF rate": who wants it, said without a pause
_WANTS = re.compile(r"^(?P<clause>(?:our |the |my |an? )?[\w'-]+(?: [\w'-]+)? (?:wants|needs|requested|is asking for)"
                    r"(?= (?:our|the|a|an|to know|every|each|all)\b))\s+(?P<rest>.+)$", re.IGNORECASE)
_WHO_ASKED = re.compile(r"^(?P<clause>(?:(?:our|my|the|a)\s)?(?:[\w'-]+\s){0,5}?(?:asked|asks|asking|wants to know|wanted to know|"
                        r"wants|needs)(?: (?:me|us))?(?: (?:something|a question|this|the following))?(?:(?<=know) [^:?\u2013\u2014]{1,60}?|"
                        # ("Our sponsor asked how big the X was in 2024 -- how many …": a dash with spaces, never "sub-3")
                        r"(?<=sked) [^:?\u2013\u2014]{1,60}?(?=\s+[-\u2013\u2014]+\s))?)\s*(?::|[-\u2013\u2014]|,)\s*"
                        r"(?P<rest>.+)$", re.IGNORECASE)   # ("City council wants to know where runners come from: …")
# "Our sponsor asked how many masters women finished …", "The Santa Fe city council wants to know how many …": who
# asked, the question said on without a pause
# ("Our sponsor for the Nashua 5K wants to know the % of finishers who were women": what is wanted, said as a noun)
_WHO_ASKED_ON = re.compile(r"^(?P<clause>(?:(?:our|my|the|a|an)\s)?(?:[\w'-]+\s){0,10}?(?:asked|asks|is asking|was asking|"
                           r"wants to know|wanted to know|would like to know|needs to know))\s+"
                           r"(?P<rest>(?:how|what|which|who|when|where|if|whether|(?<=know )(?:the|our|a|an))\b.+)$", re.IGNORECASE)
# "Kristin Hill is running Nashua again - what years …", "John Griffin keeps coming back to X - …", "Christina Colon
# seems to always finish runner-up - how many times …": a sentence about the runner the question then asks of
_COMING_BACK = r"(?:running|racing|doing|back|coming back)"   # what a runner "is" doing, told of her
_ABOUT_RUNNER = re.compile(r"^(?P<clause>[^?:\u2014\u2013]{3,80}?\b(?:(?:is|was|'s) " + _COMING_BACK + r"|"
                           r"(?:keeps|kept) (?:coming back|running|racing|returning|doing)|seems to)\b"
                           r"[^?:\u2014\u2013]{0,80}?)\s*(?::|\s[-\u2013\u2014]\s)\s*(?P<rest>.+)$", re.IGNORECASE)
# "nathan webb is coming back to atlanta. how many times …": the same, said as a sentence of its own (never a
# possessive, "a women's running brand")
# "Jamie Watts is one of mine.", "Kenneth Fox is on my team.", "She's one of my runners.": who the runner is to a coach
# asking (the archive holds no teams)
_COACHED = r"(?:(?:is|'s|are|'re) (?:one of (?:mine|ours|my|our)\b|(?:on|in|with) (?:my|our) (?:team|squad|club|group|" \
           r"training group|roster|crew)\b|(?:a |one )?(?:runner|athlete|client)s? (?:of mine|i coach|we coach)\b)|" \
           r"\bi (?:coach|train)\b)"
_ABOUT_RUNNER_SENTENCE = re.compile(r"^(?P<clause>[^?:.]{3,80}?\b(?:(?:is|was) " + _COMING_BACK + r"\b|" + _COACHED +
                                    r"|(?:aged|moved|stepped) up\b)"   # ("Jamie Watts aged up into 40-44 for …")
                                    r"[^?:.]{0,80}?)\.\s+(?P<rest>.+)$", re.IGNORECASE)
_COACHED_AFTER = re.compile(r"^(?P<rest>.+?[?.!])\s+(?P<clause>(?:she|he|they|[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?:'s|'re)?\s*" +
                            _COACHED + r"[^?.!]{0,60}[.!]?)\s*$", re.IGNORECASE)
# a leading label ("for the board deck:", "announcer wants it -") or a trailing aside after the question
# (marked as context by how it starts: "excluding walkers:" or "? just the elites" changes the question)
# "… by year (so I can see whether the back of the pack is getting slower)": why it is asked, in brackets at the end
_WHY_IN_BRACKETS = re.compile(r"^(?P<rest>.+?)\s*(?P<clause>\((?:so(?: that)? (?:i|we) can|to (?:see|check|know|find out|"
                              r"tell|show)|trying to|for (?:the|our|my|a)\b)[^()]*\))\s*[?.!]*\s*$", re.IGNORECASE)
# the trend a question's answer shows, wondered about in a yes/no question of its own ("… median age each year. Is the
# field aging?", "Is the Houston 5K losing its kids? For each year, what percent …"): the answer is the evidence
_TREND_WONDERED = (r"(?:is|are|has|have|was|were|did|does|do)\b(?:(?![?.!]).){0,60}?\b(?:getting|gotten|got|growing|grown|aging|"
                   r"ageing|losing|lost|shrinking|shrunk|shrank|grew|declined|dropped|fallen|declining|improving|changing|changed|trending|slowing|slower|faster|"
                   # ("Are the kids disappearing from the Houston Turkey Trot 5K?")
                   r"disappearing|vanishing|dwindling|thinning|fading|booming|surging|climbing|rising|falling|"
                   r"older|younger|bigger|smaller)\b[^?.!]{0,40}\?")
# ("… my times by year? Curious whether I'm getting faster.": the same wondered in a sentence)
_TREND_CURIOUS = (r"(?:i'?m |just )?(?:curious|wondering|want(?:ing)? to (?:see|know)) (?:whether|if)\b(?:(?![?.!]).){0,60}?\b"
                  r"(?:getting|gotten|growing|aging|ageing|losing|shrinking|declining|improving|changing|trending|slowing|slower|"
                  r"faster|older|younger|bigger|smaller)\b[^?.!]{0,40}[.?!]?")
_TREND_QUESTION = (re.compile(rf"^(?P<rest>.+?[.?!,;])\s+(?P<clause>{_TREND_WONDERED})\s*$", re.IGNORECASE),
                   re.compile(rf"^(?P<clause>{_TREND_WONDERED})\s+(?P<rest>.+)$", re.IGNORECASE),
                   re.compile(rf"^(?P<rest>.+?[.?!])\s+(?P<clause>{_TREND_CURIOUS})\s*$", re.IGNORECASE))
# "The Bend Turkey Trot has only had a 10K a couple of times. How many …": a sentence of background before the question
# (its names kept when the question needs them: "that 10K")
_BACKGROUND_SENTENCE = re.compile(r"^(?P<clause>(?![^.!?]*\b(?:how|what|which|who|whom|when|where|list|show|rank|give|tell)\b)"
                                  r"[^.!?]{3,200}[.!])\s+(?P<rest>.+)$", re.IGNORECASE)
# "Oldest finisher at X? Announcer wants to give a shout-out.": a sentence after the question, saying why it is asked
# (never a qualifier: "… ? just the elites")
_WHY_AFTER = re.compile(r"^(?P<rest>[^?]+\?)\s+(?P<clause>(?![^?]*\b(?:how|what|which|who|when|where|list|show|rank|give me|"
                        r"tell me)\b)(?![^?]*\d)(?=[^?]*\b(?:wants?|needs?|is|are|was|were|will|would|asked|asking|going to|"
                        r"planning|trying|hoping|think|thought|believe|guess|remember|recall|suspect)\b)[^?]{3,160}[.!]?)\s*$",
                        re.IGNORECASE)   # ("… ? I think I missed one.": a remark on what the answer will show)
# "… ? I'm ordering medals.", "… ? Figuring out how many award sets to order.", "… DNF rate for each year - it gets hot
# out there.": a statement after the question (or after a dash closing it) saying why it is asked; set aside only
# when the question alone is read whole and loses no filter (nlq.parser.parse)
_REMARK_AFTER = re.compile(r"^(?P<rest>[^?]+\?|[^.?!]+[.!]|.+?(?=\s[-\u2013\u2014]\s))\s+(?:[-\u2013\u2014]\s+)?(?P<clause>(?:i'?m|i am|i'?d|i|"
                           r"we'?re|we are|we'?d|we'?ll|we|they'?d|they'?re|they|it'?s|it|that'?s|the (?:city|police|sponsor|"
                           r"board|town|permit office|mayor|announcer)|figuring|trying|need(?:ed)? to|want(?:ed)? to|planning|"
                           r"hoping|ordering|sizing|thinking)\b[^?\u2013\u2014]{2,160}[.!]?)\s*$", re.IGNORECASE)
# "…, so we can seed corrals?": what the answer is for, said after it (set aside as _REMARK_AFTER is)
_SO_THAT = re.compile(r"^(?P<rest>.+?)(?:,\s*|\s+[-\u2013\u2014]\s+|\s+)(?P<clause>so (?:that )?(?:we|i|they|you|the \w+) (?:can|could|"
                      r"know|have|are|will|'ll)\b[^?]*?)\s*[?.!]*\s*$", re.IGNORECASE)
# "It's a schools fundraiser, so: what percentage …": a statement before a colon, saying why it is asked
_STATEMENT_LABEL = re.compile(r"^(?P<clause>(?:it'?s|this is|that'?s|we'?re|we are|i'?m|i am|they'?re)\b[^:?]{2,80}?(?:,? so)?)"
                              r"\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
# "Ten years on: how many of the people who finished our first … in 2015 were finishers again in 2025?": how long ago,
# said before the question that dates it
_YEARS_ON = re.compile(r"^(?P<clause>(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty) years (?:on|later|after))"
                       r"\s*(?::|\s[-\u2013\u2014]\s|,)\s*(?P<rest>.+)$", re.IGNORECASE)
# "… with their times. making the podium photo captions": what the answer is for, after it
_MAKING_AFTER = re.compile(r"^(?P<rest>.+?[.?!])\s+(?P<clause>(?:making|writing|prepping|preparing|putting together|building|"
                           r"drafting|updating|working on|doing)\b[^?]{0,100}?[.!]?)\s*$", re.IGNORECASE)
# "… for finishers? Want to know how long the back of the pack waits": why it is asked, after the question
_WHY_SAID_AFTER = re.compile(r"^(?P<rest>.+?\?)\s*(?P<clause>(?:(?:i |we )?want(?:ed)? to (?:know|see|understand|check|get a "
                             r"sense of)|(?:i'?m |just )?curious|trying to (?:see|understand|figure out|get a sense of))\b"
                             r"[^?]{0,160}?[.!?]?)\s*$", re.IGNORECASE)

_CONTEXT = (re.compile(r"^(?P<clause>(?:for|need(?:ed)? (?:it|this) for|prepping|preparing|quick one|question|q|before|ahead of|"
                       r"prior to|checking|double[- ]checking|verifying|proofing|"
                       r"hi|hey|hello|fyi|announcer|director|rd|boss|sponsor)\b[^:?\u2014\u2013]{0,80}?)\s*"
                       r"(?::|\s[-\u2013\u2014]\s)\s*(?P<rest>.+)$", re.IGNORECASE),
            _WHO_ASKED,
            _WHO_ASKED_ON,
            _WANTS,
            _WHY_IN_BRACKETS,
            _ASKER,
            _NAMED_ASKER,
            _LABEL,
            _PURPOSE_SENTENCE,
            _FOR_PURPOSE,
            _ABOUT,
            _DOING,
            _WRITERS_LABEL,
            _WHO_I_AM,
            _ABOUT_RUNNER,
            _ABOUT_RUNNER_SENTENCE,
            _SHORT_LABEL,
            _BACKGROUND_SENTENCE,
            _NOT_HELD,
            _WHY_AFTER,
            _REMARK_AFTER,
            _COACHED_AFTER,
            _SO_THAT,
            _STATEMENT_LABEL,
            # "Sweep van audit, Tacoma half Sept 2025: the five slowest …": a short label of two words or more ended by a
            # comma (never "Sorry, I meant 2023: …")
            re.compile(r"^(?P<clause>(?!(?:excluding|exclude|except|without|only|just|not|no|but|minus|ignoring|ignore|including|"
                       r"include|with|women|men|masters|and|or|also|then|so)\b)[a-z][\w'-]*(?: [\w'-]+){1,5}?),\s+(?P<rest>[^,?]+[:\u2014].*)$",
                       re.IGNORECASE),
            _MAKING_AFTER,
            _WHY_SAID_AFTER,
            _YEARS_ON,
            # "… ? let me know if anything looks off with the timing mats": a request after the question
            re.compile(r"^(?P<rest>[^?]+\?)\s+(?P<clause>(?:let me know|lmk|tell me|please flag|flag it|shout|ping me|give me a "
                       r"shout)\b[^?]{0,160}?[.!]?)\s*$", re.IGNORECASE),
            # "… ? I think it's 5": a guess at the answer, after the question
            re.compile(r"^(?P<rest>[^?]+\?)\s+(?P<clause>(?:i think|i believe|i guess|i reckon|pretty sure|i'?m pretty sure|"
                       r"my guess is|probably|maybe)\b[^?]{0,60}?[.!]?)\s*$", re.IGNORECASE),
            # "… 10K. Thanks!": a thank-you after the question
            re.compile(r"^(?P<rest>.+?[.?!])\s*(?P<clause>(?:thanks|thank you|thx|cheers|ty)\b[\w ,!.]*)$", re.IGNORECASE),
            re.compile(r"^(?P<rest>.+?\?)\s*(?P<clause>(?:trying to|it'?s for|this is for|thanks|thx|asking for|fyi)"
                       r"\b.*)$", re.IGNORECASE),
            *_TREND_QUESTION)


# context said in sentences that may hold parser words ("for the board report", "Registration wants to know"): set
# aside when any of their words went unused
_LOOSE_CONTEXT = (_CONTEXT[0], _LABEL, _MAKING_AFTER, _WHY_SAID_AFTER, _YEARS_ON, _PURPOSE_SENTENCE, _FOR_PURPOSE, _WHO_ASKED,
                  _WHO_ASKED_ON, _WANTS, _ABOUT, _DOING, _WRITERS_LABEL, _WHO_I_AM, _ASKER, _NAMED_ASKER,
                  _ABOUT_RUNNER, _ABOUT_RUNNER_SENTENCE,
                  _SHORT_LABEL, _BACKGROUND_SENTENCE, _NOT_HELD, _WHY_IN_BRACKETS, _WHY_AFTER, _REMARK_AFTER, _COACHED_AFTER, _SO_THAT, _STATEMENT_LABEL,
                  *_TREND_QUESTION)
_LINKS = frozenset("to of in on at from by up so as is".split())   # prepositions (and "is") a context clause may hold


_FILTERS = ("events", "distances", "sex", "age", "age_group", "person", "runner_city", "runner_state", "event_city",
            "event_state", "years", "dates", "bib")


# "which", "which one", "which of the two", "which of <A> and <B>" (names blanked out), "which of our two …"
_WHICH_WORDS = r"\bwhich\b(?: (?:one|event|race|of them|of the two|of those|of these)| of\b[^?]{0,120}?)?"


def _times_asked(parsed: Parsed) -> bool:
    """Whether the answer is made of finish times (a pace, a winner, an average time, a time limit): those compare only
    within one distance."""
    if parsed.pair:   # (runners measured against each other: by time or place, of one race; their finishes, of every race)
        return parsed.pair in ("head_to_head", "beat_count", "faster_by", "faster_in", "places_apart", "better_best")
    if "race" in parsed.group_by and parsed.group_by[-1:] != ("runner",) or \
            parsed.ranking and parsed.ranking.dimension == "race":
        return False   # one row per race already (two runners' times apart are of the race an event's name says)
    if parsed.ranking:
        return parsed.ranking.measure in ("avg_time", "median_time")
    if parsed.metric and parsed.metric.kind == "rate" and not (parsed.time_limit or parsed.pace_limit):
        return False   # "the average DNF rate over its last three editions": a rate of every race, never a time
    if parsed.cohort and parsed.cohort.kind == "improved":
        return True   # each runner's two years' times: of one race
    if parsed.intent == "compare" and rx.search(r"\b(?:faster|slower|quicker)\b", parsed.question.lower()):
        return True   # "were runners faster at the Tacoma half in 2023 or 2024?": the half's times
    if parsed.intent == "top" and parsed.subject == "people" and not (parsed.measure or parsed.metric or parsed.winners or
                                                                      parsed.winners_by or parsed.place or parsed.time_limit):
        return False   # "who has the most finishes at the Springfield Spring Marathon": runners by their count, every race
    return bool(parsed.metric and parsed.metric.kind in ("pace", "gap", "margin") or parsed.winner_gap or parsed.rival or
                parsed.field_limit and parsed.field_limit.measure == "time" or
                parsed.measure and not (parsed.measure in UNTIMED_MEASURES or parsed.measure.endswith("_age")) or
                # (the line's clock is of one race too: "when did the last finisher of the Pittsburgh Shamrock 5K cross")
                parsed.measure in FINISH_LINE_MEASURES or parsed.winners or parsed.winners_by or parsed.place or parsed.personal_best or
                parsed.last_place or parsed.time_limit or parsed.time_bands or parsed.pace_limit or parsed.intent == "top" or
                parsed.time_placed or
                # "her … times", "my place and chip time", "how did my time compare with the year before"
                parsed.person is not None and rx.search(
                    r"(?<!many )(?<!first )(?<!last )(?<!each )(?<!every )(?<!this )(?<!one )(?<!a )\btimes?\b(?! (?:ago|before)\b)|"
                    r"\bplaced?\b|\bplacings?\b|\bpace\b|\bfaster\b|\bslower\b|\bquicker\b|\bposition\b",
                    parsed.question.lower()) and not rx.search(   # (never her history, the race a column of it)
                    r"\brace\b(?! (?:time|day|clock))|\bwhich race|\bhistory\b|\b(?:every|each) (?:year|finish|result|time)\b",
                    parsed.question.lower()))


def _race_named(question: str, mentions: list[Mention]) -> tuple[Distance, ...]:
    """ "the Manchester half marathon winner", "top 3 women at ithaca shamrock 2018": the race an event's name says
    (said whole or short), unless every race is said — asked of finish times, the event's other races (a 1 mile) would
    mix distances."""
    if rx.search(EVERY_RACE, question.lower()):
        return ()
    # (the race as said, where it is not the name's: "the Tacoma marathon" of the Tacoma Fall Half Marathon is a marathon,
    # which it did not run — said so, never its half)
    return tuple(dict.fromkeys(found[0] for m in mentions if (found := distance_mention(question[m.start:m.end].lower()) or
                                                              distance_mention(m.value.lower()))))


def _changes_of(parsed: Parsed) -> bool:
    """Whether a change between two years is computed of what is measured: one time measure, a pace, or a rate when
    its change is asked for ("dnf% 2023 vs 2025" is two rates side by side; shares are always compared so)."""
    if parsed.metric and parsed.metric.kind == "rate":
        return bool(rx.search(r"\bchang(?:e[ds]?|ing)\b|\bgr[eo]w|\bshr[iau]nk|\bup or down\b|\bincreas|\bdecreas|\bdrop|"
                              r"\brise\b|\brose\b|\bfell\b|\bdifference\b|\bdelta\b|\bby how much\b|\bimprov|\bworse",
                              parsed.question, re.IGNORECASE))
    return bool(parsed.metric.kind == "pace" if parsed.metric else parsed.measure and "," not in parsed.measure)


# ("in Carolyn Allen's age group": a runner's own group, her name said where a story had said "her")
_WITHIN = (r"(?: (?:of|in|among|within) (?:their|his|her|the|each|[\w-]+(?: [\w-]+)?'s) "
           r"(?P<within>gender|sex|age[- ]?groups?|divisions?))?")
_TOP_OF = re.compile(   # a measure of the first N places: "the average time of the top 10 (women)"
    r"\b(?:of|for|among|by|across) (?:the |our )?(?:overall )?(?:(?:top|first|fastest) (?P<n>\d{1,3}|three|five|ten|twenty)"
    r"(?! ?(?:%|percent\b|pct\b))|(?P<n2>\d{1,3}|three|five|ten|twenty) "
    r"(?:fastest|quickest|best))(?: (?P<who>overall|finishers?|runners?|places?|placers|men|women|males|females|guys|ladies|"
    rf"(?!(?:in|of|at|for|among|within|from|by|per)\b)[a-z]+)(?:'s?)?)?{_WITHIN}\b")
_IN_TOP = re.compile(   # runners counted within the first N places: "how many women finished in the top 10 (of their gender)"
    # ("how many times has she been top 3 in her age group": placed in them)
    r"\b(?:in|within|among|inside|into|made|make|cracked|broke into|break into|been|placed|placing|came|come|ended up|"
    r"finished|finishing) (?:the )?"
    r"(?:overall )?(?:top|first) (?P<n>\d{1,3}|three|five|"
    rf"ten|twenty)(?: (?P<who>overall|places|finishers|spots|men|women))?{_WITHIN}\b(?! ?(?:%|percent|pct))")
# "how many top-3 age group finishes went to runners from Lexington": results within the first N of their group
# ("how many top 3 finishes among women does she have": within her sex)
_TOP_FINISHES = re.compile(r"\b(?:top[- ](?P<n>\d{1,3}|three|five|ten) (?:(?P<within>age[- ]?group|gender|sex|overall) )?"
                           # ("how many age-group podiums has she earned": the first three of her age group)
                           r"(?:finishes|finishers|places|placings|spots|results)|(?:(?P<within2>age[- ]?group|ag|division) )?"
                           r"(?P<podium>podium)(?: (?:finishes|finishers|places|"
                           r"placings|spots|results)|s))\b(?: (?:among|for|with(?:in)?) (?:the )?"
                           r"(?P<who>women|men|females|males|ladies|guys))?")
_ONE_RUNNER = r"(?:runner|finisher|person|participant|resident|local|member|athlete|racer|wom[ae]n|m[ae]n|females?|males?)s?"
_COUNTED = r"(?:finishers|runners|entrants|participants|entries|starters|people|racers|registrants|dnfs|no[- ]shows)"
_PER = r"(?:per|each|an?|for each|in each|at each|for an?|across(?: all| every)?(?: of)?(?: our| the)?)"
_COUNTED_SAID = rf"(?:[\w-]+ ){{0,2}}(?:{_COUNTED}|women|men|females|males|dqs)"   # ("how many female finishers", "… men",
#                                                                                   "half marathon finishers")
_LAST_N = r"(?:last|past|previous|latest|most recent) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)"   # editions
_AVERAGE_COUNT = re.compile(   # a count per edition (year, race, event), averaged over them
    # ("the average number of Tacoma half finishers per edition": a name before them; never "the median age of its
    # finishers per year", a measure of each year)
    rf"\b(?:average|avg|mean|median|typical)(?: number of| count of)? (?:(?!(?:of|age|time|pace)\b)[\w'-]+ ){{0,2}}{_COUNTED}(?: {_PER})? "
    r"(?P<per>edition|year|race|event)s?\b|"
    # "the average number of finishers at Nashua over the last three editions": each of those editions' count, averaged
    rf"\b(?:average|avg|mean|typical) (?:number|count) of (?:[\w'-]+ ){{0,2}}{_COUNTED}\b[^?]{{0,40}}?\b(?:over|across|in|for) "
    rf"(?:the |its )?{_LAST_N} (?P<per18>edition|year)s\b|"
    # "average finishers over the last 3 editions" (no "number of": never "the average time of finishers")
    rf"\b(?:average|avg|mean|typical) (?:(?!(?:of|age|ages|time|times|pace|finish|finishing|chip|gun)\b)[\w'-]+ ){{0,2}}{_COUNTED}\b"
    rf"[^?]{{0,40}}?\b(?:over|across|in|for|from) (?:the |its )?{_LAST_N} (?P<per21>edition|year)s\b|"
    # "how many finishers did we average over the last three editions", "on average, how many entrants … the last 2
    # editions"
    rf"(?:\bon average\b[^?]{{0,40}}\bhow many {_COUNTED_SAID}\b|\bhow many {_COUNTED_SAID}\b(?=[^?]*\b(?:on average|"
    rf"averag(?:e|ed|es|ing))\b))[^?]{{0,80}}?\b(?:the |its |our )?{_LAST_N} (?P<per19>edition|year)s\b|"
    # (an event's name, blanked out, between: "On average, how many people finish the half at <event> each year?")
    rf"\bon average\b[^?]{{0,40}}\bhow many {_COUNTED_SAID}\b[^?]{{0,120}}?\b{_PER} (?P<per2>edition|year|race|event)\b|"
    # (never "… each year, and what was their average time": a measure of each year's runners)
    rf"\bhow many {_COUNTED_SAID}\b[^?]{{0,60}}?\b{_PER} (?P<per3>edition|year|race|event)\b[^?]{{0,90}}\b(?:on average|"
    r"averag(?:e|ed|es))\b(?! (?:finish(?:ing)? |chip |gun |net )?(?:times?|paces?|ages?)\b)|"
    r"\b(?:average|avg|mean|median|typical) (?:field(?: size)?|(?P<turnout>turnout|attendance|participation))\b(?:[^?]{0,60}?\b"
    rf"{_PER} (?P<per4>edition|year|race|event)\b)?|"
    # "which event averages the most finishers per edition"
    rf"\baverag(?:es|ed|ing) (?:the )?(?:most|fewest|highest|lowest|more|fewer)? ?{_COUNTED} {_PER} (?P<per5>edition|year|race|event)\b|"
    # each runner's finishes, averaged: "on average, how many times has each Tacoma finisher finished it", "average
    # number of races per runner", "how many races does the typical runner do"
    rf"\bon average\b[^?]{{0,40}}\bhow many (?:times|races|finishes)\b(?:[^?]{{0,30}}?\b(?:each|every|an?|the average|the typical)\b)?"
    rf"[^?]{{0,50}}?\b(?P<per6>{_ONE_RUNNER})\b|"
    # ("how many events on average has each of our runners done": "on average" anywhere after the count)
    r"\bhow many (?:times|races|finishes)\b(?=[^?]*\bon average\b)[^?]{0,50}?\b(?:each|every|an?|the average|the typical)\b"
    rf"[^?]{{0,50}}?\b(?P<per7>{_ONE_RUNNER})\b|"
    r"\b(?:average|avg|mean|median|typical)(?: number of| count of| # of)? (?:finishes|races|results|entries|starts) (?:per|for each|by each|"
    rf"for an?|for the (?:average|typical)) (?:[\w'.-]+ )?(?P<per8>{_ONE_RUNNER})\b|"
    r"\bhow many (?:times|races|finishes)\b[^?]{0,30}?\b(?:the )?(?:average|typical|median) (?:[\w'.-]+ )?"
    rf"(?P<per9>{_ONE_RUNNER})\b|"
    # "how many races per runner (on average) in 2024"
    rf"\bhow many (?:races|finishes|results|entries|starts)\b (?:per|for each|by each) (?:[\w'.-]+ )?(?P<per11>{_ONE_RUNNER})\b|"
    # "average number of races each has entered", "how many finishes does each have on average"
    r"\b(?:average|avg|mean|median|typical)(?: number of| count of)? (?:finishes|races|results|entries|starts) (?P<per12>each)\b|"
    r"\bhow many (?:times|races|finishes|results|entries|starts)\b[^?]{0,40}?\b(?:has|have|does|do|did) (?P<per13>each)\b"
    r"(?=[^?]*\b(?:on average|average|avg|mean|median|typical)\b)|"
    # "Albany vs Buffalo residents: median number of finishes" (of each runner, no other count said)
    r"\b(?:average|avg|mean|median|typical) (?P<per16>number|count) of (?:finishes|races|entries|starts)\b"
    r"(?! (?:per|for each|by each|at|in|of|on)\b)|"
    # "in a typical year, how many people finish X"
    rf"\b(?:in )?an? (?:typical|average|normal) (?P<per14>year|edition)\b[^?]{{0,20}}\bhow many\b|"
    rf"\bhow many\b[^?]*\b(?:in )?an? (?:typical|average|normal) (?P<per15>year|edition)\b|"
    # "how many women did we average per event in 2024", "how many DNFs on average per year at X"
    rf"\bhow many {_COUNTED_SAID}\b[^?]{{0,40}}?\b(?:averag(?:e|ed|es|ing)|on average)\b[^?]{{0,20}}?\b{_PER} "
    r"(?P<per10>edition|year|race|event)\b|"
    # "per edition, how many people finish the Tampa full on average" (the counted said as a verb: "finish")
    rf"\b{_PER} (?P<per17>edition|year|race|event)\b,? how many (?:[\w-]+ )?(?:{_COUNTED}|women|men|females|males)\b"
    r"(?=[^?]*\b(?:on average|averag(?:e|ed|es))\b)")
_PER_RUNNER = (6, 7, 8, 9, 11, 12, 13, 16)   # the groups of _AVERAGE_COUNT that average each runner's count
_EXAMPLE_GROUP = (r"\((?:the |e\.g\.,? |i\.e\.,? |like |such as |for example,? )?[^()]{0,30}?\b[mfx]\d\d-\d\d\b[^()]{0,40}?"
                  r"\b(?:style|like|kind|sort|type|e\.g|such as|for example|ones)\b[^()]{0,30}\)|"
                  r"\([^()]{0,40}?\b(?:like|e\.g\.?|such as|for example),? [mfx]\d\d-\d\d\s*\)")
_APART = rf"\b(?:gap|difference|spread) between (?:them|the two)\b|\b{HOW_FAR_APART}\b"   # of two measures said
_RUNNERS_ASKED = re.compile(   # the runners themselves are asked for: "who …", "which 5 finishers …", "the 3 runners"
    # ("which 5 marathon finishers at Atlanta …": a word or two between)
    r"\bwho\b|\b(?:which|what|list|show|name|give)(?: me)?(?: the)? (?:(\d{1,3}|three|five|ten|twenty) )?(?:[a-z0-9'-]+ ){0,2}?"
    r"(?:runners?|finishers?|people|athletes?|racers?)\b|\bthe (\d{1,3}|three|five|ten|twenty) (?:runners?|finishers?|people|athletes?)\b")
# two runners' times apart, neither said ahead: "how far apart were their times", "the gap between our times"
_RUNNERS_APART = r"\bhow (?:far|much|many (?:seconds|minutes)) apart\b|\b(?:gap|difference) between (?:the|their|our) (?:two )?" \
                 r"(?:finish(?:ing)? |chip |gun )?times\b"
_HOW_MUCH_FASTER = r"\bhow (?:much|many (?:seconds|minutes)) (faster|quicker|slower)\b"
_EACH_IN_ITS_YEAR = "two events each in its own year I cannot compare yet: ask for each"
_MIDDLE_HALF = r"\bmiddle (?:half\b|50 ?(?:percent\b|%)|fifty percent\b)"   # of the finish times: between the 25th and 75th percentiles
_SPREAD = r"standard deviation|std\.? ?dev(?:iation)?|stdev|inter-?quartile range|iqr"   # how spread out the times are
# ("min, median, max chip time", "mean, sd, min and max", "Q1, median, Q3", "mean, median, youngest and oldest age")
_MEASURE_WORD = re.compile(r"\b(average|avg|mean|median|fastest|quickest|slowest|(\d{1,2})(?:st|nd|rd|th)?[- ]percentile|"
                           rf"{_SPREAD}|min|minimum|max|maximum|sd|q1|q3|quartiles|youngest|oldest)\b")
# the measures of a list a pace is given by, a column each ("Q1, median and Q3 of pace"; "mean and sd of pace")
_PACE_LISTED = {"average", "median", "fastest", "slowest", "stddev", *(f"p{n}" for n in range(1, 100))}
# the list's words that are not MEASURES' own
_LISTED = {"min": "fastest", "minimum": "fastest", "max": "slowest", "maximum": "slowest", "sd": "stddev", "q1": "p25",
           "q3": "p75", "quartiles": "p25,median,p75", "youngest": "fastest", "oldest": "slowest"}
# a list of measures of the age: "mean, median, youngest and oldest age", "age profile", "… ages" (never of a time)
_OF_AGE = (r"\bages?\b|\bhow old\b", r"\b(?:chip|gun|finish(?:ing)?|winning) times?\b|\btimes\b|\bpaces?\b")
_AGE_MEASURES = {"average": "average_age", "median": "median_age", "fastest": "youngest_age", "slowest": "oldest_age",
                 "stddev": "stddev_age"}
_BETWEEN_MEASURES = re.compile(r"\s*(?:(?:finish(?:ing)? |chip |gun |winning )?times?|chip|pace(?: per (?:mile|km))?|"
                               r"gun[- ]chip gap|gap|(?:finisher'?s?'? )?ages?)?\s*(?:,|and|&|\+|, and)\s*(?:the\s+)?(?:an?\s+)?$")


def _measure_list(text: str) -> str | None:
    """ "the median and 95th percentile time", "average and median": several measures of the finish time, in the
    order said ("median,p95"); None for one measure or for "fastest and slowest" (its own measure)."""
    words = list(_MEASURE_WORD.finditer(text))
    for i, first in enumerate(words):
        chain = [first]
        for word in words[i + 1:]:
            if not _BETWEEN_MEASURES.fullmatch(text[chain[-1].end():word.start()]):
                break
            chain.append(word)
        # what each measure is of: the noun said after it, or after the next one that says one ("mean and median
        # age": both of the age; "mean age and median chip time": one of each), else the question's
        after = [text[w.end():(chain[k + 1].start() if k + 1 < len(chain) else w.end() + 25)] for k, w in enumerate(chain)]
        nouns = ["age" if rx.match(r"\s*(?:finisher'?s?'? )?ages?\b", said) else "time" if rx.match(
            r"\s*(?:(?:finish(?:ing)?|chip|gun|winning) )?(?:times?|paces?)\b", said) else None for said in after]
        whole = "age" if rx.search(_OF_AGE[0], text) and not rx.search(_OF_AGE[1], text) else "time"
        of = [next((noun for noun in nouns[k:] if noun), whole) for k in range(len(chain))]
        said = [(part, noun) for w, noun in zip(chain, of) for part in (
            f"p{int(w.group(2))}" if w.group(2) else _LISTED.get(w.group(1)) or _spread_name(w.group(1)) or
            MEASURES.get(w.group(1), {"quickest": "fastest"}.get(w.group(1), w.group(1)))).split(",")]
        # (never "fastest and slowest", nor "the oldest and youngest": each its own reading)
        if len(said) > 1 and {part for part, _ in said} != {"fastest", "slowest"}:
            return ",".join(dict.fromkeys(_AGE_MEASURES.get(part, f"{part}_age") if noun == "age" else part
                                          for part, noun in said))
    return None


def _spread_name(word: str) -> str | None:
    """ "std dev", "standard deviation" → "stddev"; "IQR", "interquartile range" → "iqr"; None for any other word."""
    return "iqr" if "quartile" in word or word == "iqr" else "stddev" if word.startswith(("std", "standard")) else None


def _events_minus(question: str, events: tuple[str, ...]) -> tuple[str, str]:
    """The two events compared, in the order of "A minus B" when said by a word only one name has ("Evanston
    minus Naperville"), else in the order named."""
    if m := rx.search(r"\b([a-z][\w'.-]*) minus (?:the )?([a-z][\w'.-]*)\b", question):
        first = [name for name in events if m.group(1) in name.lower().split()]
        second = [name for name in events if m.group(2) in name.lower().split()]
        if len(first) == len(second) == 1 and first != second:
            return first[0], second[0]
    if m := rx.search(r"\bhow many (?:more|fewer)(?: \w+)? (?:did )?(?:the )?([a-z][\w'.-]*)\b", question):
        first = [name for name in events if m.group(1) in name.lower().split()]   # "how many more Evanston had"
        if len(first) == 1:
            return first[0], next(name for name in events if name != first[0])

    def said_at(name: str) -> int:   # ("the naperville winner than the evanston winner": by the word only it has)
        other = next(other for other in events if other != name)
        own = set(rx.findall(r"[a-z][\w'.-]*", name.lower())) - set(rx.findall(r"[a-z][\w'.-]*", other.lower()))
        return min((m.start() for word in own for m in rx.finditer(rf"\b{re.escape(word)}\b", question)), default=len(question))
    first, second = sorted(events[:2], key=said_at)
    return first, second


def _company_named(text: str, company: str) -> list[tuple[int, int]]:
    """ "How many events did Keystone time in 2024?": the company's own name says who, which its data already is."""
    words = rx.findall(r"[a-z]+", company.lower())
    # its whole name ("Big River Race Management"), its first words ("Big River"), or a word only it has ("Keystone")
    said = [r"\s+".join(words), r"\s+".join(words[:2])] + [word for word in words if len(word) >= 4 and word not in READ
                                                         and word not in FILLER]
    return [m.span() for m in rx.finditer(rf"\b(?:{'|'.join(said)})(?:'s)?\b", text)] if words else []


def _family(question: str, families: tuple[str, ...]) -> tuple[str | None, list[tuple[int, int]]]:
    """The last name said as a family ("how many Smiths", "the Garcia family", "runners named Nguyen"), among the
    company's (``Vocabulary.families``), and where its words are; (None, []) when none is."""
    known = {name.lower(): name for name in families}
    def stored(said: str) -> str | None:   # ("O'Connell" is stored Oconnell)
        return known.get(said.lower()) or known.get(said.lower().replace("'", ""))
    for m in rx.finditer(FAMILY_SAID, question):
        group = next((i for i, said in enumerate(m.groups(), 1) if said and stored(said)), None)
        if group:   # (the name with its plural, and the word saying it is a family: never "how many")
            end = m.end(group) + len(rx.match(r"(?:es|s)?(?: famil(?:y|ies))?", question[m.end(group):]).group(0))
            start = m.start() if rx.match(r"(?:named|called|surnamed|last name|family name|surname)\b", m.group(0), re.IGNORECASE) \
                else m.start(group)
            return stored(m.group(group)), [(start, end)]
    return None, []


# "each field": a row per race of the event named, or per event of several
_EACH_FIELD = r"\b(?:each|every) (?:race'?s? )?field\b|\beach of the fields\b"


def _fields_of(events: tuple[str, ...]) -> tuple[str, ...]:
    """The grouping "each field" asks of ``events``: each race of one event, each event of several."""
    return ("event",) if len(events) > 1 else ("race",)


def _company_events_said(question: str, company: str) -> str:
    """ "at least two different Big River events" → "… two different events": the company's own events, said with
    its name (every question is of them already)."""
    words = rx.findall(r"[a-z]+", company.lower())
    if len(words) < 2:
        return question
    # (a one-word brand alone too: "all 4 lakeshore events" of Lakeshore Timing Co.)
    name = rf"(?:{r'[ -]+'.join(words)}|{r'[ -]+'.join(words[:2])}" + (f"|{words[0]}" if len(words[0]) >= 5 else "") + ")"
    # ("all four Lone Star events": all four of our events)
    return rx.sub(rf"(?P<all>\ball (?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?\b{name}(?:'s)?\s+(?=(?:events?|races?)\b)",
                  lambda said: f"{said['all']}of our " if said["all"] else "", question, flags=re.IGNORECASE)


def _race_said_after(question: str, mentions: list[Mention]) -> bool:
    """ "finished the Manchester half marathon distance 3+ times": 'race' or 'distance' after an event's name says
    the race its name says, whatever is asked of it."""
    return any(rx.match(r"\s+(?:race|distance|course)\b", question[m.end:], re.IGNORECASE) for m in mentions)


def _named_by_city_and_race(question: str, mentions: list[Mention]) -> bool:
    """ "how many finished the 2019 Tacoma half", "DNFs at the Springfield marathon": an event's name said short by its
    first words (its city) and a race says that race, the user's own word for it (held-out 2: 9 of 10 such questions
    meant the race) — where the full name "Tacoma Fall Half Marathon" names the event and every race of it, and so
    does a part of it ("the Shamrock 5K in Bowling Green"), or several races asked of it ("which race", "had a 5K,
    10K and half")."""
    # (every race said is read by _race_named, which the caller asks next)
    # ("in all three of 2021, 2022 and 2023": years, not races)
    if rx.search(r"\b(?:which|per|by) (?:race|distance)s?\b|\b(?:the|all|its) (?:two|three|four)\b(?! (?:of )?(?:20\d\d|years|editions)\b)|"
                 rf"\b{RACE_SAID},? (?:and|&|or) (?:the )?{RACE_SAID}\b|\b{RACE_SAID}, {RACE_SAID}\b", question, re.IGNORECASE):
        return False
    return any(_by_city_and_race(question, m) for m in mentions)


def _by_city_and_race(question: str, m: Mention) -> bool:
    """Whether event mention ``m`` is said short by its first words (its city) and a race: "the Tacoma half"."""
    said, name = (rx.findall(r"[a-z0-9]+", text.lower()) for text in (question[m.start:m.end], m.value))
    place = [word for word in said if not distance_mention(word) and word not in ("full", "marathon", "k", "km")]
    # ("all of the Athens Half Marathons": the whole name, plural and capitalized as a name, is the event; "the Athens and
    # the Greenville half marathons" are their races)
    whole = said == name or [w.rstrip("s") for w in said] == [w.rstrip("s") for w in name] and \
        question[m.start:m.end].istitle()
    # (the race after the city: "2022 5Ks: Cleveland Memorial Day" is a label's race, of every event named)
    return bool(distance_mention(" ".join(said))) and not whole and bool(place) and name[:len(place)] == place and \
        said[:len(place)] == place


def _race_finished(question: str, mentions: list[Mention]) -> bool:
    """Whether an event said short by its city and a race is what runners finished ("returning runners from Atlanta
    finished the 2022 Greenville half": its half), not where they are counted ("first-timers at the Manchester half")."""
    return any(_by_city_and_race(question, m) and rx.search(r"\b(?:finished|ran|completed|did)\s+(?:the\s+)?(?:20\d\d\s+)?$",
                                                            question[:m.start], re.IGNORECASE) for m in mentions)


def _own_race_said(question: str, m: Mention) -> bool:
    """Whether event mention ``m`` is said with a race of its own: short by its city and a race ("the Napa 10K"), or
    with a race word its name does not hold ("the Tampa full", "the Tampa 5K")."""
    return _by_city_and_race(question, m) or _race_beyond_name(question, [m])


def _race_beyond_name(question: str, mentions: list[Mention]) -> bool:
    """Whether an event is said with a race word its name does not hold ("the Tampa full" of the Tampa Marathon, "the
    Tampa 5K"): that race, even of returning runners or first-timers, whose "the Manchester half" is the event."""
    for m in mentions:
        said, name = (set(rx.findall(r"[a-z0-9]+", text.lower())) for text in (question[m.start:m.end], m.value))
        if any(distance_mention(word) or word == "full" for word in said - name):
            return True
    return False


def _races_by_event(question: str, mentions: list[Mention], distances: tuple[Distance, ...]) -> tuple[tuple[str, Distance], ...]:
    """ "either the Tacoma half or the Bend Turkey Trot 5K": several events, each with the race said with it (by its
    city and a race, its name and a race right after, "the half at" before it, or "race" after a name saying one) —
    that race of each, an event said without one at every race.
    Empty for fewer than two events, for none said with a race, and for a race said apart from them all (whose it
    is, unread)."""
    own: dict[str, Distance] = {}
    # ("the half marathon at the Tacoma Fall Half and then any race at the Bend Turkey Trot": every race of that one)
    any_race_at = {m.value for m in mentions if rx.search(rf"(?:{EVERY_RACE}) (?:at|in|of) (?:the )?$", question[:m.start].lower())}
    starts = {m.start for m in mentions}
    if any(not ((at := rx.match(r" (?:at|in|of) (?:the )?", question.lower()[said.end():])) and said.end() + at.end() in starts)
           for said in rx.finditer(EVERY_RACE, question.lower())):
        return ()   # ("… Tallahassee Half and Orlando Jingle Bell (any distance)", "(any race at each)": every race of all)
    for m in mentions:
        if _by_city_and_race(question, m):
            own[m.value] = distance_mention(question[m.start:m.end].lower())[0]
        elif after := rx.match(rf"\s*({RACE_SAID})\b", question[m.end:], re.IGNORECASE):
            own[m.value] = distance_mention(after.group(1).lower())[0]
        elif before := rx.search(rf"\b({RACE_SAID})(?: race)? (?:at|in|of) (?:the )?$", question[:m.start], re.IGNORECASE):
            own[m.value] = distance_mention(before.group(1).lower())[0]   # "the full marathon at the Atlanta …"
        elif _race_said_after(question, [m]) and (named := distance_mention(m.value.lower())):
            own[m.value] = named[0]   # "the Greenville half marathon race": the race its name says
    named = set(m.value for m in mentions)
    own = {name: race for name, race in own.items() if name not in any_race_at}
    if len(named) < 2 or not own or not set(distances) <= set(own.values()):
        return ()
    return tuple(own.items())


def _races_said_short(question: str, mentions: list[Mention]) -> tuple[Distance, ...]:
    """ "either the Atlanta marathon or the Atlanta half": one event said short twice, each time by its city and
    another race — the races so said, in order (two or more), else empty (it kept the last race alone)."""
    if len(mentions) != 1 or not distance_mention(question[mentions[0].start:mentions[0].end].lower()):
        return ()
    said = rx.findall(r"[a-z0-9']+", question[mentions[0].start:mentions[0].end].lower())
    place = " ".join(word for word in said if not distance_mention(word) and word not in ("full", "marathon", "k", "km"))
    races = [] if not place else [distance_mention(m.group(1))[0] for m in rx.finditer(rf"\b{re.escape(place)}'?s? ({RACE_SAID})\b",
                                                                    question.lower())]
    return tuple(dict.fromkeys(races)) if len(set(races)) >= 2 else ()


_EVERY_EDITION_SAID = r"\b(?:all|every|each)(?: of)?(?: its| the| their)? (?:editions?|years?)\b|\bever\b|\ball[- ]time\b"


def names_in(clause: str, rest: str, vocabulary: Vocabulary, today: date, *, with_year: bool = True) -> str:
    """The event (or the place of one) and the year a context clause names, said plainly: "at the Greenville
    Firecracker 5K in 2024" ("" when it names neither); its year only when ``rest`` (the question) says none
    ("We're planning the 2026 Houston Turkey Trot. How many finished the 2024 edition?"), never ``with_year=False`` (the
    question says its year another way: counted from the clause's, or from an answer)."""
    said = _parse(clause, vocabulary, today)
    where = f"at the {' and the '.join(said.events)}" if said.events else f"at {said.event_city}" if said.event_city \
        else ""
    # ("We run two 10Ks - Providence in June and Stamford in October. … at each?": every town told, never the first
    # alone — the question then says what it cannot read of the second, it had answered of Providence at 0.99)
    others = [city for city in vocabulary.event_cities if city != said.event_city and rx.search(
        rf"\b{re.escape(city)}\b", clause, re.IGNORECASE)] if said.event_city and not said.events else []
    where += "".join(f" and at {city}" for city in others)
    # (never a clause naming a town of an event it could not read: "From 2016 to 2019 we had Tallahassee, Tampa and the
    # Orlando Jingle Bell Run every year." was carried as the Orlando event alone, at 1.0 — Tampa dropped)
    carried = _towns_read((said,), vocabulary) | {city.lower() for city in others}
    if any(city.lower() not in carried and city.lower() in said.unused for city in vocabulary.event_cities):
        return ""
    # ("I'm charting the Tacoma half. Finishers per year?": the race said short with the city is said, not chosen by
    # the name)
    short = any(rx.search(rf"\b{re.escape(city)}\s+{RACE_SAID}\b", clause, re.IGNORECASE) for event, city in vocabulary.held_at
                if event in said.events)
    # ("… added a 5K last year. Finishers for each of its two races?": every race, not the one told)
    # ("… had three races going. no-shows per race?": every race, a row each)
    if said.distances and (not said.race_of_name or short) and not _distances(rest.lower())[0] and not rx.search(EVERY_RACE, rest.lower()) \
            and not rx.search(r"\b(?:per|by|each|every|for each) (?:race|distance)\b", rest.lower()) \
            and not (len(said.distances) == 1 and rx.search(r"\beach of (?:its|their|the) (?:(?:two|three|four|five|[2-5]) )?"
                                                            r"(?:races|distances)\b", rest.lower())):
        # "Manchester has only had a 10K twice. Who won it each time?": that race
        where = f"in the {' and the '.join(d.label for d in said.distances)} {where}"
    # (never when the question asks of every edition: "… hasn't been held since 2024. Across all its editions, …")
    every = rx.search(_EVERY_EDITION_SAID, rest, re.IGNORECASE)
    # ("We want to close the course … this year. How many of last year's finishers …": the question's own year)
    # ("The 2020 X was a small one. How many who finished it came back and finished again in 2021?": 2021 is when they
    # came back, the clause's 2020 is the edition asked)
    asked = rx.sub(r"\b(?:again|back|return(?:ed|ing)?)\b[^?.]{0,30}?\b20\d\d\b", " ", rest, flags=re.IGNORECASE) \
        if rx.search(rf"\b(?:it|that (?:one|race|event|edition)|the {RACE_SAID})\b", rest, re.IGNORECASE) else rest
    dated = rx.search(r"\b20\d\d\b|\b(?:last|this) year\b|\byears? ago\b|\b(?:most recent|latest|last|previous) edition\b",
                      asked, re.IGNORECASE)
    # (one year said, never a range from it: "has done every Tacoma half since 2015" tells no year asked)
    year = f"in {said.years[0]}" if len(said.years) == 1 and not dated and not every and not (
        said.dates and said.dates.end.year - said.dates.start.year > 1) else ""
    if not year and not every and not dated and (dates := said.dates) and dates.start.day == 1 and dates.end == month_end(
            dates.start.year, dates.start.month):
        # "… the Stamford Harvest 10K from last October.": that month (not when the question says its own years: "… was
        # tiny last December. How many finished in 2025 compared with 2024?")
        year = f"in {dates.start:%B %Y}"
    elif not year and not every and (dates := said.dates) and (dates.start.month, dates.start.day, dates.end.month, dates.end.day) == (
            1, 1, 1, 1) and dates.end.year - dates.start.year == 1 and not dated:
        year = f"in {dates.start.year}"   # "… added a 5K last year. Who won each race that year?": that year
    # ("… found a bib from Buffalo 2023 — number 470, from the half. Who was wearing it?": that bib)
    bib = f"bib {said.bib}" if said.bib and not find_bib(rest.lower()) else ""
    # ("Greenville Half Marathon 2024 had three distances. Finishers in each one?": each of its races — pooled, it had
    # counted them as one)
    each = "per race" if rx.search(r"\b(?:two|three|four|five|[2-5]) (?:distances|races)\b", clause, re.IGNORECASE) and \
        rx.search(r"\beach(?: one| of them)?\s*\W*$", rest, re.IGNORECASE) else ""
    return " ".join(filter(None, [where, year if with_year else "", bib, each]))


def _loses_a_filter(whole: Parsed, rest: Parsed) -> bool:
    """Whether reading ``rest`` (a context clause set aside) loses a filter the whole question said: then the
    clause was part of the question ("for the deck about women runners I need …"), never set aside."""
    # (a place among the groups compared is kept too: "… Phoenix finishers vs Tucson finishers")
    # ("Our Georgia sponsor wants to know: … what percentage of the finishers live in Georgia?": the share's own place)
    places = {rest.runner_city, rest.event_city, rest.runner_state, rest.event_state, *(
        place for group in rest.compared for place in (group.runner_city, group.runner_state)), *(
        (rest.share_of.runner_city, rest.share_of.runner_state, rest.share_of.event_city, rest.share_of.event_state)
        if rest.share_of else ())} - {None}
    # "a piece on Austin's running scene. How many runners from Austin …": the place kept, said as where runners live
    # ("Tourism office here. Of all entries …, what fraction came from outside Washington?": kept as the share's part)
    # ("has X shrunk since 2023? finishers for 2023, 2024 and 2025": the dates said again as the years listed)
    return any(getattr(whole, name) and not getattr(rest, name) and getattr(whole, name) not in places and
               not (rest.share_of and getattr(rest.share_of, name)) and
               not (name == "dates" and rest.years and set(whole.years) <= set(rest.years)) and
               # ("… this year. How many of last year's finishers …": the question's own date, the clause's year aside)
               not (name == "years" and rest.dates and (rest.years or rx.search(
                   r"\b(?:last|this) year\b|\byears? ago\b", rest.question, re.IGNORECASE))) for name in _FILTERS)


_FIRST_PERSON = r"\b(?:my|me|mine|i|i'?ve|i'?m|myself)\b"   # the asker speaking of themself


def _introduced(clause: str) -> bool:
    """Whether ``clause`` introduces the asker by name ("Hi, I'm Zelda Quackenbush from Reno.", "Hi, Jane Doe here"):
    when the company has no results of that runner, the clause is never set aside ("my best" would be everyone's)."""
    return bool(rx.search(r"\b(?:[Ii]['’]?m|I am|[Tt]his is|[Mm]y name is|[Ii]t['’]?s)\s+[A-Z][a-z'’-]+ [A-Z][a-z'’-]+|"
                          r"^\W*(?:[Hh]i|[Hh]ey|[Hh]ello)\b,?\s+[A-Z][a-z'’-]+ [A-Z][a-z'’-]+", clause))


def _without_context(question: str, unused: tuple[str, ...]) -> tuple[str, str, re.Pattern[str]] | None:
    """(``question`` without a context clause whose content words are all among ``unused``, the clause, the pattern
    that read it), or None. The clause may follow a first sentence the question needs ("Hi, Tyler Zuniga from Mystic.
    I've run the Springfield marathon a few times now. What's my fastest time there?": the asker, then a sentence told)."""
    if found := _leading_context(question, unused):
        return found
    if (first := rx.match(r"\s*([^.!?]{3,80}[.!])\s+(?=\S)", question)) and (
            later := _leading_context(question[first.end():], unused)):
        rest, clause, pattern = later
        return f"{first.group(1)} {rest}", clause, pattern
    return None


def _leading_context(question: str, unused: tuple[str, ...]) -> tuple[str, str, re.Pattern[str]] | None:
    for pattern in _CONTEXT:
        if (m := pattern.match(question.strip())) and (words := [w for w in content_words(m.group("clause"))
                                                                if w not in FILLER and w not in _LINKS]) and (
                set(words) <= set(unused) or pattern in _LOOSE_CONTEXT and {part for word in words for part in (
                    word, *word.split("-"))} & set(unused)):   # ("I want to be a top-50 woman …": its "50" unused)
            if pattern is _SHORT_LABEL and set(words) & _MEASURE_WORDS:
                continue   # "Lakeshore Timing's biggest race — how many finishers?": part of the question
            if pattern in _LOOSE_CONTEXT and rx.search(_WHO_IS_ASKED_OF, m.group("clause")):
                continue   # "We want to give a pin to anyone who has finished … 8 times. How many is that?": who is asked

            return m.group("rest"), m.group("clause"), pattern
    return None


# the runners a question asks about, said in a clause of its own ("anyone who has finished …"): never context
_WHO_IS_ASKED_OF = r"\b(?:anyone|anybody|everyone|everybody|people|runners|those|finishers|folks)\s+(?:who|that|with)\b"

# words a short label never holds: it would be part of the question ("stats", "results" name what it is about)
_MEASURE_WORDS = READ - {"stats", "statistics", "statistic", "report", "summary", "analysis", "results", "result", "time",
                         "check", "data", "question"}


# words never part of an event's name: "dnf rate pittsburgh solstice 10k" names the Pittsburgh Summer Solstice 10K
# ("rate" is no unknown name before it); the measures read by nlq.constructs are not in READ
_NOT_NAME_WORDS = READ | FILLER | frozenset("rate rates percent percentage share pace gap ratio fraction proportion".split())


_ASKER_BASED = r"\b(?:we(?:'re| are)?|i(?:'m| am)?|our (?:company|office|team|shop)(?: is)?) (?:(?:are|is|am) )?(?:based|located|" \
               r"headquartered) (?:in|out of) [a-z .'-]{2,30}?(?=\s*(?:[-,.:;\u2014\u2013]|$))"
# "from my city", "our home state": the asker's own place, said back when it was not told
_ASKERS_PLACE = r"\b(?:my|our) (?:own )?(?:home ?)?(?:city|town|state|area)\b"
_EITHER_SEX = r"\(\s*(?:men or women|women or men|either sex|any sex|any gender|both sexes|male or female|female or male)\s*\)|" \
              r"\b(?:regardless of (?:sex|gender)|of either sex|(?:men|women) or (?:women|men) alike)\b"


# a year said relative to today ("last year", "two years ago"), as one of two years said
_RELATIVE_YEAR = r"last year|this year|the year before last|(?:\d|two|three|four|five|six|seven|eight|nine|ten) years ago"


def _event_cities_said(vocabulary: Vocabulary) -> str:
    """A pattern of the company's event cities, the longest first ("Fort Worth" before "Worth"); "" when it has none."""
    return "|".join(re.escape(city) for city in sorted(vocabulary.event_cities, key=len, reverse=True))


def _city_events_named(question: str, vocabulary: Vocabulary) -> str:
    """ "both of our Pittsburgh events", "all three Chicago races": the events held in that city, by name, when there
    are as many as said (runners of both are a cohort of named events). Unchanged otherwise."""
    def named(said: re.Match) -> str:
        city = said.group("city")
        held = sorted(vocabulary.events_in(city))
        short = [event[len(city):].strip().lower() for event in held if event.lower().startswith(city.lower())]
        if len(held) != {"both": 2, "two": 2, "three": 3, "four": 4}[said.group("many").lower()] or any(
                name and name in question.lower() for name in short):   # (named after all: "— the Shamrock 5K and …")
            return said.group(0)
        if said.group("many").lower() != "both" and rx.search(r"\b(?:the|our)\s+$", question[:said.start()], re.IGNORECASE):
            return " and the ".join(held)   # ("finishers at the two Fort Worth events": those events, no count said)
        return f"{said.group('many')} " + " and ".join(f"the {event}" for event in held)
    if not (cities := _event_cities_said(vocabulary)):
        return question
    return rx.sub(rf"\b(?:all )?(?P<many>both|two|three|four)(?: of)? (?:our |the |its )?(?:(?:two|three|four) )?"
                  rf"(?P<city>{cities}) (?:events|races)\b", named, question, flags=re.IGNORECASE)


def _name_rest(event: str, city: str) -> str:
    """An event's name without the city it starts with: "Mother's Day 5K" of "San Jose Mother's Day 5K" (a series said
    once for two places, its first word enough: "san jose vs santa cruz mothers day 5ks"); the whole name when it does
    not start with the city."""
    return event[len(city):].strip() if event.lower().startswith(city.lower()) else event


def _cities_compared_as_events(question: str, vocabulary: Vocabulary) -> str:
    """ "Median 5K time at Cheyenne versus Colorado Springs", "Bowling Green vs Cincinnati": two places compared, each
    the home of one of the company's events, are those events (named so). Unchanged when either holds more or none."""
    def named(said: re.Match) -> str:
        first, second = vocabulary.only_event_in(said.group("a")), vocabulary.only_event_in(said.group("b"))
        plain = question.lower().replace("'", "")
        if not (first and second) or any(rx.search(rf"\b{re.escape(_name_rest(event, city).split()[0].lower().replace(chr(39), ''))}",
                                                   plain) for event, city in ((first, said.group("a")), (second, said.group("b")))):
            return said.group(0)   # ("San Jose vs Santa Cruz Mother's Day 5K": the series named, each city its edition)
        return f"the {first} {said.group('vs')} the {second}"
    if not (cities := _event_cities_said(vocabulary)):
        return question
    return rx.sub(rf"\b(?P<a>{cities})(?:'s)?\s+(?P<vs>vs\.?|versus|compared (?:to|with)|against)\s+(?:the )?(?P<b>{cities})\b"
                  rf"(?!'s? (?:\w+ )?(?:runners|finishers|people|residents|locals))", named, question, flags=re.IGNORECASE)


_TOTAL_ITEM = (r"(?:(?:distinct|different|unique|separate) )?(?:event editions|editions|events(?: \(by name\))?|races|finishers|"
               r"runners|people|participants|results|entries|finishes|starters|starts)")
_TOTALS = re.compile(rf"\b(?:how many|(?:the )?(?:number|count) of|totals?(?: number of)?|total)\s+(?P<items>{_TOTAL_ITEM}"
                     rf"(?:\s*(?:,|\band\b|&|\+|/)\s*(?:and\s+)?(?:(?:how many|the number of|total|number of)\s+)?"
                     rf"{_TOTAL_ITEM})+)(?!\s+of\b)")
_TOTAL_KINDS = {"events": "events", "event editions": "editions", "editions": "editions", "races": "races",
                "finishers": "finishers", "finishes": "finishers", "runners": "runners", "people": "runners",
                "participants": "runners", "results": "results", "entries": "results", "starters": "starters",
                "starts": "starters"}
# "how many finished and how many DNF'd": the statuses said as verbs, counted side by side as their nouns are
_STATUS_VERBS = {"finished": "finishers", "completed it": "finishers", "dnf'd": "DNFs", "dnfed": "DNFs", "dnf": "DNFs",
                 "started": "starters",
                 "did not finish": "DNFs", "didn't finish": "DNFs", "dropped out": "DNFs", "were no-shows": "no-shows",
                 "did not start": "no-shows", "didn't start": "no-shows", "didn't show up": "no-shows", "dns'd": "no-shows",
                 "dnsed": "no-shows",
                 "did not show up": "no-shows", "were disqualified": "DQs", "got dq'd": "DQs", "were dq'd": "DQs"}
_STATUS_VERB = "|".join(re.escape(verb) for verb in sorted(_STATUS_VERBS, key=len, reverse=True))
_STATUSES_COUNTED = re.compile(rf"\bhow many\b(?P<who>[^?]{{0,80}}?)(?: (?:runners|people|participants|entrants))? "
                               rf"(?P<a>{_STATUS_VERB})(?:,| and)(?: how many)? (?P<b>{_STATUS_VERB})"
                               rf"(?:,? and(?: how many)? (?P<c>{_STATUS_VERB}))?\b", re.IGNORECASE)


def _statuses_counted(question: str) -> str:
    """ "how many 2025 X runners finished and how many DNF'd": "how many finishers and DNFs, 2025 X" (the counts side
    by side: the summary of each status, or ``_totals_asked``); unchanged otherwise."""
    def nouns(said: re.Match[str]) -> str:
        verbs = [said.group(name) for name in "abc" if said.group(name)]
        counted = "how many " + " and ".join(_STATUS_VERBS[verb.lower()] for verb in verbs)
        return f"{counted},{said.group('who')}" if said.group("who").strip() else counted   # (the counts first, as read)
    return _STATUSES_COUNTED.sub(nouns, question)


def _totals_asked(text: str, parsed: Parsed) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """ "how many events, races and finishers have we timed", "number of editions and of runners": the counts asked side
    by side (``nlq.sqlbuild.TOTALS``) and where they were said; None for one count, or for counts of a runner, a
    cohort or a measure (each answered, or declined, on its own)."""
    if not (said := _TOTALS.search(text)) or parsed.person or parsed.cohort or parsed.ranking or parsed.metric or \
            parsed.measure or parsed.share_of or parsed.compared:
        return None
    kinds = []
    for item in rx.finditer(_TOTAL_ITEM, said.group("items")):
        word = rx.sub(r"^(?:distinct|different|unique|separate) ", "", item.group(0))
        named = word.startswith("events") and (word != item.group(0) or "(by name)" in word)
        kind = "event_names" if named else _TOTAL_KINDS[word.removesuffix(" (by name)")]
        # (runners at the events named are their results, as "how many runners" of one event is; "different" people once)
        kinds.append("runner_results" if kind == "runners" and word == item.group(0) and (parsed.events or parsed.event_city)
                     else kind)
    span = said.span()
    if kinds[-1] == "runners" and (done := rx.match(r"\s+(?:have |had )?(?:finished|completed)\b", text[said.end():])):
        # ("total finishes, and how many different runners finished?": each finisher once — it counted every runner)
        kinds[-1], span = "finishing_runners", (said.start(), said.end() + done.end())
    kinds = list(dict.fromkeys(kinds))
    return (tuple(kinds), span) if len(kinds) > 1 else None


_RETENTION = re.compile(r"\b(?:(?:what|how)(?:'s| is| was| were)?\s+)?(?:the\s+|our\s+|its\s+)?(?:runner\s+|participant\s+|"
                        r"finisher\s+)?retention(?:\s+rate)?\b", re.IGNORECASE)
_YEAR_TO_YEAR = re.compile(r"\b(?:from\s+|between\s+)?(20\d\d)\s*(?:to|->|→|-|–|and|into)\s*(20\d\d)\b", re.IGNORECASE)


def _retention_as_share(question: str) -> str:
    """ "retention rate from 2024 to 2025 at X": the share of X's 2024 finishers (people, each once) who came back in
    2025, said so (a runner retained finished again the later year). Unchanged without a retention said with two years."""
    retention, years = _RETENTION.search(question), _YEAR_TO_YEAR.search(question)
    if not (retention and years) or int(years.group(2)) <= int(years.group(1)):
        return question
    if not rx.search(r"\b(?:what|how|rate)\b", retention.group(0), re.IGNORECASE) and rx.search(r"\bhow many\b", question,
                                                                                             re.IGNORECASE):
        return question   # ("Shamrock 5K retention: how many people finished it in both 2021 and 2022?": a label, a count asked)
    first, second = sorted((retention.span(), years.span()))
    rest = (question[:first[0]] + " " + question[first[1]:second[0]] + " " + question[second[1]:]).strip(" ?.,:;")
    rest = rx.sub(r"^(?:(?:at|for|of|in)\s+)?(?:the\s+)?", "", rest.strip(), flags=re.IGNORECASE)
    return f"what percent of {years.group(1)} {rest} finishers came back in {years.group(2)}? count each person once"


# "how many entries did X have last year, and how many of them were no-shows": the part counted beside its whole
# ("how many entries did X have in 2025 and how many were no-shows": "of them" left out after what the event had;
# never two groups, "how many were first-timers and how many were returning")
_PART_OF_THEM = re.compile(r"\bhow many (?P<whole>entries|entrants|finishers|runners|starters|participants|people)\b(?P<mid>[^?]*?),?"
                           r"\s+(?:and|&)\s+how many (?P<them>(?:of (?:them|those|these)|among them)\s+)?(?:were|was|are|ended up as|"
                           r"ended up)\s+(?P<part>[^?]+?)(?P<end>\s*[?.!]?\s*)$", re.IGNORECASE)


# "how many masters finishers at X in 2022, and what percent of finishers is that?": a group's count with its share
_GROUP_COUNTED_WITH_SHARE = re.compile(
    r"^(?:how many|number of) (?P<part>masters|women|men|female|male|women's|men's|girls|boys|kids|juniors|seniors|"
    r"local|out-of-state|in-state)\s+(?P<whole>finishers|runners|starters|entrants)\b(?P<mid>[^?]*?),?\s+(?:and|&)\s+what "
    r"(?:percent(?:age)?|share|proportion|fraction)(?: of (?:the |all )?(?:finishers|runners|starters|entrants|(?:the )?field))?"
    r"(?: (?:is|was) (?:that|it)| (?:are|were) they| do(?:es)? (?:that|they) make)?(?P<end>\s*[?.!]?\s*)$", re.IGNORECASE)


# "how many <runners> <did something>, and what percent of <the runners> is that": the share of them
_COUNTED_WITH_SHARE = re.compile(
    r"\bhow many (?P<who>(?:of (?:the|its|their|our) )?(?:different |distinct |unique )?(?:finishers|runners|starters|entrants|"
    r"people)\b[^?]*?),?\s+(?:and|&)\s+what\s+(?:percent(?:age)?|share|proportion|fraction)(?: of (?:the |all )?(?:the event'?s "
    r"|its |their )?(?:finishers|runners|starters|entrants|people|field))?(?: (?:is|was) (?:that|it|this)| (?:are|were) they)?"
    r"\s*[?.!]?\s*$", re.IGNORECASE)


# "winning time for the men, winning time for the women, and the gap between them": the two winners' times compared
_WINNERS_AND_GAP = re.compile(
    r"\b(?:the )?(?:winning time|winner'?s? time|fastest time) (?:for|of) the (?P<a>men|women)(?:'s race)?\s*,?\s*(?:and |vs\.? |"
    r"versus )?(?:the )?(?:winning time|winner'?s? time|fastest time) (?:for|of) the (?P<b>women|men)(?:'s race)?\s*,?\s*(?:and )?"
    r"the (?:gap|difference)(?: between (?:them|the two))?", re.IGNORECASE)


# a region said by its name: its states (the US Census Bureau's regions and divisions, and the two coasts' common
# names); "the South" and "the West" only after "from the" or "outside the" (else "South Bend", "West Chester")
_NEW_ENGLAND = ("CT", "MA", "RI", "NH", "VT", "ME")
_MID_ATLANTIC = ("NY", "NJ", "PA")
_REGIONS = {"new england": _NEW_ENGLAND, "mid-atlantic": _MID_ATLANTIC, "middle atlantic": _MID_ATLANTIC,
            "northeast": _NEW_ENGLAND + _MID_ATLANTIC,
            "midwest": ("IL", "IN", "MI", "OH", "WI", "IA", "KS", "MN", "MO", "NE", "ND", "SD"),
            "pacific northwest": ("WA", "OR", "ID"), "west coast": ("CA", "OR", "WA"),
            "south": ("DE", "FL", "GA", "MD", "NC", "SC", "VA", "WV", "AL", "KY", "MS", "TN", "AR", "LA", "OK", "TX"),
            "west": ("MT", "ID", "WY", "CO", "NM", "AZ", "UT", "NV", "CA", "OR", "WA", "AK", "HI")}
_REGIONS_AFTER_FROM = ("south", "west")


# "… had 101 finishers in 2023. How many did it have in 2024?": the count's noun told, elided in the question
_COUNT_NOUN_TOLD = re.compile(
    r"\b\d[\d,]*\s+(?P<noun>finishers|starters|runners|entrants|entries|participants|people|dnfs|no-shows|dns|dqs)\b[^?]*?[.!;]\s+"
    r"(?P<ask>how many)(?=\s+(?:did|does|do|has|have|had|were|was|are|will|in|at|for|this|last|the (?:next|following|year)|that)\b)",
    re.IGNORECASE)


# "How many finishers did that first edition have, and how many did last year's have?": the noun asked first
_COUNT_NOUN_ASKED = re.compile(
    r"\bhow many\s+(?P<noun>finishers|starters|runners|entrants|entries|participants|people|dnfs|no-shows|dns|dqs)\b[^?]*?"
    r"(?:[.!;?]|,?\s+and)\s+(?P<ask>how many)(?=\s+(?:did|does|do)\b)|"
    # ("how many finishers in total, and how many were masters?": masters among the finishers, never of a status of
    # its own — "… and how many were DNFs" — nor the second of two groups: "how many finishers were men and how many
    # were women")
    r"\bhow many\s+(?P<noun2>finishers|starters|runners|entrants|participants|people)\b(?:(?!\b(?:were|was|are)\b)[^?])*?"
    r"(?:[.!;?]|,?\s+and)\s+(?P<ask2>how many)(?=\s+(?:were|was|are)\b(?![^?]*\b(?:dnf|dns|dq|no[- ]?shows?|did ?n[o']t|"
    r"disqualified|finish|start)))|"
    # ("how many finishers were Wyoming residents and how many came from other states?": the finishers from elsewhere)
    r"\bhow many\s+(?P<noun3>finishers|starters|runners|entrants|participants|people)\b[^?]*?,?\s+and\s+(?P<ask3>how many)"
    r"(?=\s+(?:came|come|traveled|travelled)\b)", re.IGNORECASE)


def count_noun_told(question: str) -> str:
    """``question`` with a count's noun that a sentence before it told, or a first count asked, said again where the
    question leaves it out: "The Bend Turkey Trot 5K had 101 finishers in 2023. How many did it have in 2024?" → "…
    How many finishers did it have in 2024?" (it counted every entry); "How many finishers did the first edition have,
    and how many did last year's have?" (it counted last year's entries)."""
    if not (told := _COUNT_NOUN_TOLD.search(question) or _COUNT_NOUN_ASKED.search(question)):
        return question
    ask, noun = next((f"ask{n}", f"noun{n}") for n in ("", "2", "3") if told[f"ask{n}"])
    return f"{question[:told.end(ask)]} {told[noun]}{question[told.end(ask):]}"


def _regions_said(question: str) -> str:
    """ "runners from outside New England (so not CT, MA, …)" → "runners not from CT, MA, RI, NH, VT or ME": a region
    said as its states (a restatement in brackets after it set aside)."""
    def states(said: re.Match[str]) -> str:
        region = said["region"].lower().replace(" ", "-") if said["region"].lower() == "mid atlantic" else said["region"].lower()
        if region in _REGIONS_AFTER_FROM and not (said["from"] and said["the"]):
            return said.group(0)
        names = [STATE_NAMES[code] for code in _REGIONS[region]]   # (by name: "OR", "ID", "IN" are words too)
        listed = f"{', '.join(names[:-1])} or {names[-1]}"
        return f"not from {listed}" if said["outside"] else f"from {listed}"
    names = "|".join(sorted((name.replace("-", "[- ]") for name in _REGIONS), key=len, reverse=True))
    return rx.sub(rf"\b(?P<from>(?P<outside>(?:from )?outside(?: of)?|not from) |from )?(?P<the>the )?(?P<region>{names})\b"
                  r"(?:\s*\((?:so |i\.?e\.?,? |that is,? )?(?:not )?(?:[A-Z]{2}(?:,\s*(?:or |and )?|\s+(?:or|and)\s+|(?=\)))){2,}\))?",
                  states, question, flags=re.IGNORECASE)


def _said_as_share(question: str) -> str:
    """ "what slice of the finishers were …", "what portion of …": the share asked, said as one; the group said first
    ("women 40 and over — what share of the X finishers were they in 2023?") said as the share's part."""
    question = rx.sub(r"\bwhat (?:slice|portion)(?= of\b)", "what share", question, flags=re.IGNORECASE)
    # ("…, how many finished it again in 2025? count and % of the 2024 finishers please": the count, and its share)
    question = rx.sub(r"\s*[?.]\s*(?:(?:give me|i need|i want|show me) )?(?:the )?(?:count|number) (?:and|&|\+|plus) (?:the |a )?"
                      r"(?:percent(?:age)?|share)(?P<whole> of (?:the |all )?[^?.!,]{1,60}?)?(?:,? please| pls)?\s*[?.!]?\s*$",
                      lambda said: f", and what percent{said['whole'] or ''} is that?", question, flags=re.IGNORECASE)
    # ("what percent of the 2025 Atlanta marathon finishers went under 4 hours? denominator = all finishers of that race":
    # the whole said again, as the share reads it)
    if (whole := rx.search(r"[\s.?;,(]*\b(?:denominator|base|out of)\s*(?:=|:|is|being)?\s*(?:all\s+)?(?:the\s+)?(?P<noun>finishers|"
                           r"starters|runners|entrants)(?:\s+(?:of|in|at)\s+(?:that|the|this)\s+(?:race|event|edition))?\s*\)?\s*[.?]?\s*$",
                           question, re.IGNORECASE)) and rx.search(
            rf"\bwhat (?:share|percent(?:age)?|proportion|fraction) of\b[^?]*\b{whole['noun']}\b", question[:whole.start()],
            re.IGNORECASE):
        question = question[:whole.start()].rstrip() + ("" if question[:whole.start()].rstrip().endswith("?") else "?")
    return rx.sub(r"^(?P<part>[\w' +-]{3,40}?)\s*(?:[\u2014\u2013:]|\s-)\s*(?P<what>what (?:share|percent(?:age)?|proportion|"
                  r"fraction) of) (?P<whole>[^?]+?) (?:were|are) they\b(?P<rest>[^?]*)",
                  lambda said: f"{said['what']} {said['whole']}{said['rest']} were {said['part']}", question,
                  flags=re.IGNORECASE)


def _part_counted_as_share(question: str) -> str:
    """ "how many entries did X have, and how many of them were no-shows", "how many masters finishers …, and what
    percent of finishers is that": said as the share ("what share of the entries … were no-shows"), whose answer gives
    the part and the whole counted beside the percent."""
    def as_share(said: re.Match[str]) -> str:
        return f"what share of the {said['whole']}{said['mid']} were {said['part']}{said['end']}"

    def share(said: re.Match[str]) -> str:
        if not said["them"] and not rx.match(r"\s+(?:did|does|do|has|had|have)\b", said["mid"], re.IGNORECASE):
            return said.group(0)
        return as_share(said)
    question = _PART_OF_THEM.sub(share, _GROUP_COUNTED_WITH_SHARE.sub(as_share, question))
    # ("how many different starters came from outside Pennsylvania, and what share of all starters?", "how many of its
    # starters came from outside Colorado, and what % of starters is that?": the share of those counted, whose answer
    # gives the count beside it — it declined "share")
    def counted(said: re.Match[str]) -> str:
        # ("how many runners from Oregon finished X, and what percent is that": of X's finishers, those from Oregon)
        if placed := rx.match(r"(?P<noun>(?:different |distinct |unique )?(?:runners|people))\s+(?P<place>(?:from|living in|who live in)"
                              r"\s+[\w .'-]+?)\s+(?P<verb>finished|started|ran|entered|raced)\b(?P<rest>.*)$",
                              said["who"], re.IGNORECASE):
            return f"what percent of the {placed['noun']} who {placed['verb']}{placed['rest']} were {placed['place']}?"
        return f"what percent {'' if said['who'].lower().startswith('of ') else 'of '}{said['who']}?"
    return _COUNTED_WITH_SHARE.sub(counted, question)


# "how many finishers were Colorado residents and how many came from out of state": two groups of one count, said as
# two counts (never a second count of its own, "… and how many DNF'd", nor one of the first group, "… of them")
_TWO_COUNTS = re.compile(r"^(?P<head>[^?]*?\bhow many\b[^?]*?\b(?:were|are|was|is|came from|come from|lived in|live in|from))\s+"
                         r"(?P<a>[^?]+?),?\s+and how many(?:\s+(?:were|are|came|come|lived|live|from|in))*\s+(?P<b>[^?]+?)"
                         r"(?P<end>\s*[?.!]?\s*)$", re.IGNORECASE)
_NOT_A_GROUP = re.compile(r"\b(?:more|fewer|less|finish\w*|dnf\w*|dns|dq\w*|start\w*|did|didn't|of (?:them|those|these)|"
                          r"each|both|ran|run|came back|returned|new|first[- ]timers?)\b|\d:\d\d", re.IGNORECASE)   # (times: bands)


# "how many masters and how many under 40 finished X": the two groups before the verb
_TWO_GROUPS_COUNTED = re.compile(r"^(?P<head>[^?]*?\bhow many)\s+(?P<a>[\w' -]{2,40}?),?\s+and how many\s+(?P<b>[\w' -]{2,40}?)"
                                 r"(?P<rest>\s+(?:finished|ran|raced|entered|started|were there|took part|came)\b.*)$",
                                 re.IGNORECASE)


def _two_counts_compared(question: str) -> str:
    """ "how many finishers were women and how many were men", "how many masters and how many under 40 finished X":
    the two groups compared ("… were women vs men"), one count each; unchanged otherwise."""
    if (said := _TWO_COUNTS.match(question)) and not _NOT_A_GROUP.search(said.group("a") + " " + said.group("b")):
        return f"{said.group('head')} {said.group('a')} vs {said.group('b')}{said.group('end')}"
    if (said := _TWO_GROUPS_COUNTED.match(question)) and not _NOT_A_GROUP.search(said.group("a") + " " + said.group("b")):
        return f"{said.group('head')} {said.group('a')} vs {said.group('b')}{said.group('rest')}"
    return question


def _years_compared(question: str, today: date) -> str:
    """ "2019 vs last year", "two years ago vs last year", "from 2015 to last year": with another year said, each year
    in digits, as two years said in digits are read (one relative year alone stays a date of its own)."""
    def absolute(said: str) -> str:
        said = said.lower()
        return said if said[:2] == "20" else str(relative_year(said, today))

    # "last year and the year before", "2023 and the year before": both years
    question = rx.sub(r"\b(20\d\d|last year|this year) and the year before\b",
                      lambda m: f"{absolute(m.group(1))} and {int(absolute(m.group(1))) - 1}", question, flags=re.IGNORECASE)
    # "more finishers last year than the year before", "was 2024 slower than the previous year": the year before that one
    question = rx.sub(r"\b(20\d\d|last year|this year)\b((?:(?!\bthan\b)[^?.!])*)\bthan (?:in |during )?(?:the year before|"
                      r"the previous year|the prior year|the year prior)\b",
                      lambda m: f"{absolute(m.group(1))}{m.group(2)}than {int(absolute(m.group(1))) - 1}", question,
                      flags=re.IGNORECASE)
    # ("finished the 5K two years ago … the half there last year": each year in digits, as two years are read; "… in
    # 2022 and again last year": in that year)
    question = rx.sub(rf"\b(again|there|back) ({_RELATIVE_YEAR})\b", r"\1 in \2", question, flags=re.IGNORECASE)
    # ("didn't race with us at all last year": the year a history is missing from, in digits as the cohort reads it)
    question = rx.sub(rf"\b(at all|with us) (?:in )?({_RELATIVE_YEAR})\b", lambda m: f"{m.group(1)} in {absolute(m.group(2))}",
                      question, flags=re.IGNORECASE)
    said = rx.findall(rf"\b(?:20\d\d|{_RELATIVE_YEAR})\b", question, re.IGNORECASE)
    if len({absolute(year) for year in said}) == 1 and not rx.search(
            r"\b(?:each|every|per) (?:edition|year)\b|\bsince\b|\byear[- ]over[- ]year\b|\byoy\b", question, re.IGNORECASE):
        # "of last year's finishers, how many had also finished it the year before": the year before the one said
        # (never "vs the year before, for each edition since 2021": each edition's change)
        before = int(absolute(said[0])) - 1
        question = rx.sub(r"\b(with|to|than|vs\.?|versus|from|and|over|against|in|during)?\s*\b(?:the year before|the previous year|"
                          r"the prior year|the year prior|a year earlier)\b(?! (?:that|it|last|this)\b)",
                          lambda m: f"{m.group(1) or ''} {before}" if m.group(1) else f" in {before}", question,
                          flags=re.IGNORECASE)
        said = rx.findall(rf"\b(?:20\d\d|{_RELATIVE_YEAR})\b", question, re.IGNORECASE)
    if len(said) < 2 or all(year[:2] == "20" for year in said):
        return question
    def in_digits(said: re.Match[str]) -> str:   # ("did not finish it last year": "… it in 2025", as a year is read)
        bare = rx.search(r"\b(?:in|during|of|from|since|to|than|vs\.?|versus|and|or|between|before|after|until|by|through)\s*$",
                         question[:said.start()], re.IGNORECASE) or question[said.end():said.end() + 2] in ("'s", "’s") or \
            not rx.search(r"\b(?:finished|finish|ran|run|did|done|raced|entered|come|came|return(?:ed)?|back)\b(?: (?:it|there|"
                          r"again|the race|the event))?\s*$", question[:said.start()], re.IGNORECASE)
        return absolute(said.group(0)) if bare else f"in {absolute(said.group(0))}"
    return rx.sub(rf"\b(?:{_RELATIVE_YEAR})\b", in_digits, question, flags=re.IGNORECASE)


# a race said by its distance, as its editions and events are ranked ("which half marathon", "which 10k")
_RACE_NAMED = r"(?:half[- ]marathon|(?:full )?marathon|10 ?k|5 ?k|50 ?k|mile)"
# "across all our half marathons, which one had the slowest median", "which half marathon edition had …": the editions
# of every event's race of that distance, ranked (one event in one year)
_EDITION_OF_RACES = re.compile(
    r"\b(?:across|of|among(?:st)?|out of) (?:all )?(?:of )?our (?P<races>half[- ]marathons|(?:full )?marathons|10 ?ks|5 ?ks|"
    rf"50 ?ks|miles?)\s*[,:;-]?\s*which (?:one|edition|race)\b|\bwhich (?P<race>{_RACE_NAMED}) edition\b", re.IGNORECASE)


# "which 10K had the fastest median time", "slowest half marathon by median time": the events' races of that distance
# ranked by their measure (one row per event, its editions pooled)
_WHICH_RACE = re.compile(
    rf"\bwhich (?P<race>{_RACE_NAMED})(?: race)? (?P<verb>had|has|was|is)\b|"
    rf"^\s*(?:the )?(?P<end>fastest|slowest|quickest) (?P<race2>{_RACE_NAMED})"
    r"(?: race)? by (?P<measure>median|average|mean|avg) (?:finish(?:ing)? |chip )?times?\b", re.IGNORECASE)


def _which_race(said: re.Match[str]) -> str:
    if said["race"]:
        return f"which event's {said['race']} {said['verb']}"
    return f"which event's {said['race2']} had the {said['end']} {said['measure']} time"


def _parse(question: str, vocabulary: Vocabulary, today: date) -> Parsed:
    # "%" is a word ("what % of"), not punctuation the accounting would never see
    # a city's people said as its residents, for every reading below ("Las Vegans", never a misspelt "Las Vegas")
    # ("how many finished and how many DNF'd": the statuses said as nouns, for every reading below)
    question = read_race_mix(question)   # ("what share of finishers ran the full vs the half", for every reading below)
    question = read_history(question)   # ("when was the first one held, and how many editions have there been")
    question = _regions_said(question)   # ("from outside New England": not from its six states)
    question = rx.sub(r"\bdead[- ]heats\b", "ties", rx.sub(r"\bdead[- ]heat\b", "tie", question, flags=re.IGNORECASE),
                      flags=re.IGNORECASE)   # (a tie at the line, never the weather's heat)
    question = _WINNERS_AND_GAP.sub(lambda said: f"how much slower was the {said['a']}'s winner than the {said['b']}'s winner, "
                                                 "and the gap between them", question)
    # ("across all our half marathons, which one …": the editions of those races, for every reading below)
    question = _WHICH_RACE.sub(_which_race, question)
    question = _EDITION_OF_RACES.sub(lambda said: f"which edition of our {said['races'] or said['race'] + 's'}", question)
    asked = question = _statuses_counted(out_of_state_said(city_residents(question, vocabulary.cities)))
    question = correct_spelling(correct_names(expand_abbreviations(durations_in_digits(_one_question(_without_introduction(
        question, vocabulary.people)))), vocabulary.events + vocabulary.event_cities))
    question = rx.sub(r" ?%", " percent", question)   # ("10%", "the % change": one space either way)
    question = _two_counts_compared(_part_counted_as_share(_retention_as_share(_years_compared(_said_as_share(question),
                                                                                               today))))
    # ("how many were under 1:45, how many between 1:45 and 2:15, and how many 2:15 or slower": finish-time bands)
    # (a list, its parts after commas: two ranges with a gap between, "under 25:00 and how many over 35:00", stay apart)
    question = rx.sub(r",(\s+and)?\s+how many\s+(?=(?:were |finished |came in )?(?:under \d|below \d|over \d|between \d|from \d|"
                      r"sub[- ]?\d|faster than \d|slower than \d|\d{1,2}:\d\d))", r",\1 ", question, flags=re.IGNORECASE)
    question = _cities_compared_as_events(_city_events_named(question, vocabulary), vocabulary)
    question = read_clarifiers(question)   # ("(interpolated percentiles)", "loyalty list for marketing:", …)
    question = read_planning(question)   # ("what time of day did the last finisher cross", "a 6:30:00 time limit", awards)
    question = _company_events_said(question, vocabulary.company)   # ("two different big river events": two events)
    # "each women's masters age group (F40-44 and older)": the groups from that one up, said as the ages they hold
    question = rx.sub(r"\b([MFmf]) ?(\d\d)[-\u2013]\d\d(?:\s+(?:and|&) (?:older|up|upward|over|above)|\s*\+)",
                      lambda said: f"{'women' if said.group(1).lower() == 'f' else 'men'} {said.group(2)} and over", question)
    # "we're based in Phoenix - …": where the asker is, never where runners live or events are (said, then left) —
    # unless the question points back at it: "I'm based in Chicago. How many … were from my city?"
    if (based := rx.search(_ASKER_BASED, question, re.IGNORECASE)) and (
            home := rx.search(_ASKERS_PLACE, question[based.end():], re.IGNORECASE)):
        place = rx.search(r"\b(?:in|out of) (.+)$", based.group(0), re.IGNORECASE).group(1)
        question = question[:based.end() + home.start()] + place + question[based.end() + home.end():]
    question = rx.sub(_ASKER_BASED, lambda said: " " * len(said.group(0)), question, flags=re.IGNORECASE)
    # ("Tourism board in Hartford asked how far our reach goes.": who asked, and where they are — never the events' place)
    question = rx.sub(r"\b((?:the |a |our (?:local )?)?(?:tourism (?:board|office|bureau)|visitors? bureau|chamber of commerce|"
                      r"city council|mayor'?s office|(?:local )?(?:paper|newspaper|news station|tv station)|reporter|journalist|"
                      r"sponsor))(?: (?:in|from|of) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)(?= (?:asked|wants|wanted|is asking|needs|"
                      r"called|emailed)\b)", r"\1", question, flags=re.IGNORECASE)
    if shared := _shares(question, vocabulary, today):
        return replace(shared, question=asked)
    mentions = match_events(question, vocabulary.events)
    # (a runner's name said first is no word of an unknown event's: "julia cochran pittsburgh solstice 10k")
    unnamed = _blank(question, [name_span(question.lower(), person) for person in _people(question, vocabulary.people)])
    if not mentions and (series := match_series(unnamed, vocabulary.events, _NOT_NAME_WORDS, vocabulary.cities)):
        mentions = [Mention(name, series.start, series.end) for name in series.value.split("|")]
        # "Run for the Schools … in Naperville", "the Mother's Day 5K in Santa Cruz": the one of them in that city, when
        # no other one's is said ("at Evanston vs Naperville" compares both)
        rest = question.lower()[:series.start] + " " + question.lower()[series.end:]
        cities = {m.value: next((c.lower() for c in sorted(vocabulary.cities, key=len, reverse=True)
                                 if m.value.lower().startswith(c.lower() + " ")), None) for m in mentions}
        said = [m for m in mentions if cities[m.value] and rx.search(rf"\b{re.escape(cities[m.value])}\b", rest)]
        mentions = said if len(said) == 1 and rx.search(rf"\b(?:in|at) {re.escape(cities[said[0].value])}\b", rest) \
            else mentions
    # a second (and third) event said short: "both the Shamrock 5K and the Summer Solstice 10K"
    while 1 <= len(mentions) < 4 and rx.search(r"\bboth\b|\bvs\.?\b|\bversus\b|\bcompare|\ball (?:three|3|four|4)\b|\balso\b|\bbefore\b|\band\b|\bor\b",
                                               question.lower()) and (
            more := match_series(_blank(question, [(m.start, m.end) for m in mentions]), vocabulary.events,
                                 _NOT_NAME_WORDS, vocabulary.cities)) and "|" not in more.value and \
            more.value not in {m.value for m in mentions}:
        mentions = sorted([*mentions, more], key=lambda m: m.start)
    mentions = _events_said_by_city_and_race(question, mentions, vocabulary)
    if len(mentions) == 1 and (shared := _shared_name(question, mentions[0], vocabulary.events)):
        mentions = [shared, *mentions]
    if len(mentions) < 2 and rx.search(r"\bboth\b", question, re.IGNORECASE) or len(mentions) == 1 and rx.search(
            r",?\s+and (?:her|his|their|my|the) [\w' ]{0,30}?\b(?:at|in) (?:the )?[A-Za-z]", question[mentions[0].end:]) or \
            len(mentions) == 1 and rx.search(rf"\b(?:{RACE_SAID})(?: race)? (?:at|in) (?:the )?[A-Za-z]", question, re.IGNORECASE) and \
            rx.search(r"\bplus\b|\+|\bcombined\b|\btotal\b|\bdouble\b|\btriple\b", question, re.IGNORECASE):
        # ("her best 5K at the Chicago Shamrock, and her best 5K at Evanston": the event said by its town the second time)
        # ("the half marathon at Manchester plus the Nashua Mother's Day 5K … combined": Manchester's one event)
        mentions = _events_said_by_city(question, mentions, vocabulary)
    city_before = None   # "had run in Providence before", Providence holding several events
    if len(mentions) == 1 and (before := _event_said_before(question, mentions, vocabulary)):
        if isinstance(before, Mention):
            mentions = sorted([*mentions, before], key=lambda m: m.start)
        else:
            city_before = before
    events = tuple(dict.fromkeys(m.value for m in mentions))
    left_out = []   # "across all our events except the Indianapolis Jingle Bell Run": every other event of the company
    if len(events) == 1 and (said := rx.search(r"\b(?:except|excluding|other than|besides|apart from|aside from|not counting|"
                                               r"leaving out)(?: for)?(?: the)?\s*$", question[:mentions[0].start],
                                               re.IGNORECASE)) and len(vocabulary.events) > 1:
        events, left_out = tuple(name for name in vocabulary.events if name != events[0]), [said.span()]
    person, *more_people = _people(question, vocabulary.people) or [None]
    text = _blank(question.lower(), [(m.start, m.end) for m in mentions] + _said_again_short(question, mentions, vocabulary.cities) +
                  _months_told(question, mentions, vocabulary))
    # "virginia meyer 5k PR": a runner, not a state
    person_spans = [name_span(text, named) for named in (person, *more_people)] if person else []
    # (a runner named again: "X and Y both ran it. How far apart were the times of X and Y?")
    person_spans += [m.span() for named in ((person, *more_people) if person else ()) for m in rx.finditer(
        rf"\b{re.escape(named.first_name.lower())} {re.escape(named.last_name.lower())}(?:'s?)?\b", text)]
    text = _blank(text, person_spans)
    family, family_spans = _family(question, vocabulary.families)   # ("how many Smiths ran it": that last name)
    text = _blank(text, family_spans)
    # "3 fastest aged 50+ (men or women)", "regardless of gender": either sex, no filter and no row per sex (set
    # aside with a mark no pattern reads, so its words are taken as read)
    text = _set_aside(text, [m.span() for m in rx.finditer(_EITHER_SEX, text)])
    if person:   # ("… started racing with you when she was 8. List her 5K times": her age then, told, no filter)
        text = _set_aside(text, [m.span() for m in rx.finditer(_AGE_TOLD, text)])
    # an age group given as an example of the kind asked ("age groups (the F35-39 style buckets)"): never a filter
    text = _set_aside(text, [m.span() for m in rx.finditer(_EXAMPLE_GROUP, text)])
    if bib := find_bib(text):   # "bib #2045": a number no year or count reads
        text = _set_aside(text, [bib[1]])
    if width := find_band_width(text):   # "in each 1-minute pace-per-mile band": no time limit, no mile race
        text = _set_aside(text, width[1])
    constructs = {name: finder(text) for name, finder in _CONSTRUCTS.items()}
    if more_people and (said := rx.search(r"(?<=\s\s)(?:have |had |'ve |were |are )?both(?= (?:ran|run|did|done|finished|raced|"
                                          r"completed|entered|took part|signed up|registered)\b)", text)) and (
            not (both := constructs["cohort"]) or both.value.kind == "both" and not (
            both.value.count or both.value.legs or both.value.distinct_events)):
        # "samuel young and jennifer young both ran the atlanta marathon in 2021", "X and Y are both entered in the
        # Evanston 5K": "both" said of the runners named, right after their names (never runners of two events)
        constructs.update(cohort=None, both_runners=Found(True, (said.span(),)))
    if constructs["pair"] and more_people:
        # "who was faster and by how much", "our head-to-head", "who has run it more times": the runners named measured
        # against each other (nlq.runner_pairs), never a cohort of improvers or of runners of both, nor a ranking
        constructs.update(cohort=None, rival=None, difference=None, ranking=None, winners_by=None, winner_gap=None)
    else:
        constructs["pair"] = None
    if (before := constructs["wins_before"]) and (cohort := constructs["cohort"]) and any(
            start < before.spans[0][1] and before.spans[0][0] < end for start, end in cohort.spans):
        constructs["cohort"] = None   # ("are they repeat winners": each winner's wins before, no runners of 2+ finishes)
    if more_people and not constructs["pair"] and (shared := shared_races(text)):
        # ("in the races my wife and I both finished, what was our average time": of those races alone — it averaged
        # every race of each)
        constructs["shared_races"] = Found(True, shared)
    if (local := constructs["local"]) and any(text[:local.spans[0][0]].rstrip().endswith(city.lower()) for city in vocabulary.cities):
        constructs["local"] = None   # ("San Antonio locals versus everyone else": that town's runners, read as such)
    if (without := constructs["cohort"]) and without.value.kind == "without":
        # which of the two is never finished: the event named, or the race said, right after the words setting it aside
        end = without.spans[0][1]
        race = distance_mention(text[end:end + 24])
        named = next((m.value for m in mentions if 0 <= m.start - end <= 3), "") or (
            race[0].label if race and race[1] <= 2 else "")
        # (one event said short twice, each time with a race: "the Tacoma 5K but never the Tacoma half" sets that race
        # aside)
        said_with = {m.value: found[0].label for m in mentions if (found := distance_mention(question[m.start:m.end].lower()))}
        if len(events) == 1 and named in said_with:
            named = said_with[named]
        # (only with two events, or two races of one, named: one of them set aside. Of two events, a year or race said
        # before is of the one finished, "the Bend 5K in 2025 but never Tacoma"; a race said after, of which, unread;
        # the same year said after holds for both: "A in 2024 but never B in 2024")
        races = list(dict.fromkeys([d.label for d in _distances(text)[0]] + (
            [said_with[events[0]]] if len(events) == 1 and events[0] in said_with else [])))
        before, after = (_YEARS_SAID.findall(part) for part in (text[:end], text[end:]))
        two = len(events) == 2 and named in events and not _distances(text[end:])[0] and (not after or after == before) or \
            len(events) < 2 and len(races) == 2 and named in races
        constructs["cohort"] = Found(replace(without.value, without=named, dated_both=bool(after) and named in events),
                                     without.spans) \
            if two else None
    if (only := constructs["cohort"]) and only.value.kind == "only" and len(_distances(text)[0]) != 1:
        constructs["cohort"] = None   # ("ran only the 5K or the 10K": which one is kept, unread; its "only" unused below)
    aside: list[tuple[int, int]] = []   # an event named only as where runners' history is looked at
    if len(events) == 2 and (not constructs["cohort"] or constructs["cohort"].value.kind in ("first_timers", "returning")) \
            and (earlier := _earlier_at(question.lower(), mentions)):
        # "Among the 2025 Solstice 10K finishers, how many had run the Jingle Bell Run before": an earlier result at
        # that other event (it counted both events' finishers)
        other, cohort_at = earlier
        constructs["cohort"], aside = cohort_at, [(other.start, other.end)]
        mentions = [m for m in mentions if m is not other]
        events = tuple(dict.fromkeys(m.value for m in mentions))
    # "had also finished Athens in 2021": the place named inside a cohort is its event, not where runners live
    inside = [constructs["cohort"].spans[0]] if constructs["cohort"] and constructs["cohort"].value.kind == \
        "also_in_year" else []
    places, place_spans = _places(_blank(question, inside + person_spans + aside), _blank(text, inside), vocabulary,
                                  mentions)
    if constructs["pace_limit"] or constructs["gap_limit"]:  # a pace or gap limit is not a pace or gap to compute
        constructs["metric"] = None
    if constructs["rival"] and constructs["rival"].value.side in REFERENCES and not person:
        # ("how much slower was the women's winner than the men's winner": no runner's own time; its words left to the
        # other readings, or unread)
        constructs["rival"] = None
    read_spans = [span for found in constructs.values() if found for span in found.spans]
    notes = _unresolved(_blank(question, [(m.start, m.end) for m in mentions] + person_spans + aside), events, person,
                        vocabulary)
    if ambiguous := short_year_or_count(asked, vocabulary.events + vocabulary.event_cities):
        notes.append(ambiguous)
    if city_before:   # (it read the city as where the event asked was held, and dropped "before")
        notes.append(f"runners' earlier races in {city_before}, which held several events, I cannot count yet: name "
                     "the event")
    if inside and (elsewhere := match_city(text[slice(*inside[0])], vocabulary.cities)) and \
            elsewhere.value not in (places["event_city"], places["runner_city"]) and \
            not any(m.value.lower().startswith(elsewhere.value.lower() + " ") for m in mentions):
        # "finished the marathon at Tampa in 2023 and also the half at Tallahassee in 2024": a second place inside the
        # cohort (it was read as the first place's event in 2024)
        notes.append(f"a second event said by its city ('{elsewhere.value}') inside \"also …\" I cannot pair yet: "
                     "name both events")
    # ("how many miles did our runners log in total": the unit of a total distance, no race)
    distances, excluded, set_aside = _distances(_blank(text, [m.span(1) for m in _TOTAL_DISTANCE.finditer(text)
                                                                 if m.group(1)]))
    read_spans += excluded
    named_race = tuple(dict.fromkeys(found[0] for m in mentions if rx.match(
        r"[\s)]*(?:race|race only)\b(?! (?:day|director|results))", question.lower()[m.end:])
        and (found := distance_mention(m.value.lower()))))
    races_excluded: tuple[Distance, ...] = ()
    if not distances or set_aside and named_race and not set(named_race) & set(distances):
        # "the Buffalo Half Marathon race": the race its name says, not the whole event ("(not the mile)": the
        # race set aside beside it is left out)
        distances = named_race or distances
        read_spans += set_aside if named_race else []
    elif set_aside and not rx.search(r"\b(?:held|run|hosted|staged|put on|offered|had|have|has)\s+(?:without|with no|"
                                     r"but not|not)\b", text):
        # "excluding the half", "not in the 5K": every other race ("held without a 5K" is of the editions, unread)
        races_excluded, distances = distances, ()
        read_spans += set_aside
    if not distances and len(mentions) == 1 and rx.search(r"\bfull marathon\b", question.lower()[mentions[0].start:
                                                                                             mentions[0].end]):
        distances = (DISTANCE_LABELS["Marathon"],)   # "tampa full marathon finishers": the Tampa Marathon's marathon
    cohort = constructs["cohort"]   # "also finished it in 2024" is the cohort's year, not the one asked about
    dated = _blank(text, [_later_year_said(text, cohort.spans[0])]) if cohort and cohort.value.kind == "also_in_year" else \
        _blank(text, list(cohort.spans)) if cohort and aside else text   # (nor is "had finished <the other event>" its status)
    born = [m.span() for m in rx.finditer(BORN, text)]   # ("born in 2001" is no event year)
    dated = _blank(dated, born)
    read_spans += born
    # "every edition excluding 2024", "all years except 2020 and 2021": those years set aside, the rest kept
    years_left_out = [m for m in rx.finditer(_YEARS_SET_ASIDE, dated)]
    dated = _blank(dated, [m.span() for m in years_left_out])
    read_spans += [m.span() for m in years_left_out]
    years = tuple(sorted({int(y) for y in rx.findall(r"\b(20\d\d)\b", dated)}))
    age_group, *more_age_groups = find_age_groups(text) or (None,)
    # (the groups' own sex, when they share it: "F30-34 and M30-34" are of both)
    spans_said = age_spans_said(text)   # ("the M 30-39 age group": men aged 30–39, no group of that name)
    read_spans += [span for _, span in spans_said]
    sex = find_sex(text) or (age_group[0] if age_group and all(g[0] == age_group[0] for g in more_age_groups) else None) or (
        spans_said[0][0] if len({said for said, _ in spans_said}) == 1 else None)
    # "were not women", "other than men": every runner but that sex (non-binary runners too)
    sex_negated = rx.search(rf"\b(?:not|other than|excluding|except|besides|aren'?t|weren'?t|isn'?t|wasn'?t)(?: (?:the|a|an))?"
                            rf" {sex_said(sex)}", text) if sex in ("M", "F") else None
    # "across the last three editions of the Tacoma half", "its past 2 editions": the event's latest N editions
    # ("the Manchester 10K over its last 3 editions", "how many finished nashua every year 2023 through 2025": the one
    # event held there, its editions)
    # ("of the people who finished Tampa last year, how many have now finished it three or more times": its editions)
    every_edition = constructs["cohort"] and (constructs["cohort"].value.kind == "every_edition" or
                                              constructs["cohort"].value.kind == "min_finishes" and rx.search(
                                                  r"\b(?:finished|run|ran|done|raced) it\b[^?]*\b(?:times|twice)\b", text))
    if ((latest := _LAST_EDITIONS.search(text)) or every_edition) and not events and places["event_city"] and (
            only := vocabulary.only_event_in(places["event_city"])):
        events = (only,)
    if latest and events:
        read_spans.append(latest.span())
    if sex_negated:
        read_spans.append(sex_negated.span())
        if constructs["winners_by"] or rx.search(_MALE_SAID, text) and rx.search(_FEMALE_SAID, text):
            notes.append("every runner but one sex I can count or measure, not rank or compare: ask for each sex")
    # ("how many beat the average time": the average is the filter's, not a measure asked)
    shape = _shape(_blank(text, list(constructs["field_limit"].spans) if constructs["field_limit"] else []), person,
                   events, distances, years)
    if shape["measure"] and "," in shape["measure"]:   # ("min, median, max", "Q1 … Q3", "youngest and oldest age": the list read)
        read_spans += [m.span() for m in _MEASURE_WORD.finditer(text)]
    # ("the average for runners under 50 and for runners 50 and over": two age ranges are compared whatever is asked)
    # ("how many more finishers came from Hartford than from New Haven": two places, counted against each other)
    # ("how many more masters than under-40s": two age classes, the masters' own comparison set aside)
    differenced = rx.search(r"\bhow many (?:more|fewer|less)\b|" + _HOW_MUCH_FASTER, text)
    # ("Savannah vs Athens: … of each city's finishers": "each city" is the two compared)
    # ("which town had more finishers, Hartford or New Haven?", "were Dallas runners or Houston runners faster?": the two
    # towns, never every town ranked, nor one of them)
    which_of_two = rx.search(_WHICH_MORE_OR + r"|\b(?:were|are|was|is|did|do)\b[^?]{0,60}?\bor\b[^?]{0,60}?\b(?:faster|slower|"
                             r"quicker|more|fewer|older|younger|better|worse)\b|\b(?:were|are|was|is)(?: there)? (?:more|fewer)\b"
                             r"[^?]{0,60}?\bor\b", text)
    compared, compared_spans = _compared_groups(text, question, vocabulary, ages_only=shape["intent"] != "compare" and
                                                not differenced and not which_of_two and not _EVERYWHERE_ELSE.search(text),
                                                events_named=events) \
        if not shape["group_by"] or shape["group_by"] == ("masters",) and differenced or shape["group_by"] in (
            ("city",), ("state",)) else ((), [])
    if compared:
        # ("how many were either teenagers or aged 60 and up": one count of the runners of either group)
        either = shape["intent"] == "count" and rx.search(r"\beither\b[^?]*\bor\b", text) and not rx.search(
            r"\b(?:vs\.?|versus|compared?|each|separately|respectively|split|breakdown|side by side)\b", text)
        shape["group_by"] = () if either else ("compared",)
        read_spans += compared_spans
        if which_of_two and (not constructs["ranking"] or constructs["ranking"].value.dimension in ("city", "state")):
            constructs["ranking"], shape["intent"] = None, "compare"
        if any(group.runner_state_negated for group in compared):   # ("… versus runners from out of state": a group)
            constructs["out_of_state"] = None
    # ("the fastest gun time and the fastest chip time": one measure of each clock, which one reading cannot hold)
    measure_word = r"(?:average |avg |median |mean |fastest |quickest |slowest |best |winning )?"
    # (one runner's: "his chip time and his gun time", "gun time vs chip time" — her result shows both)
    # ("for the overall winner of X: who was it, and what were the gun time and chip time": the winner's result)
    one_result = (person and shape["intent"] in ("list", "find", "compare") or bib and shape["intent"] in (None, "list", "find") or
                  shape["intent"] == "top" and rx.search(r"\b(?:who won|(?:overall )?winners?|champions?)\b", text)) \
        and not shape["measure"] and not constructs["rival"] and not more_people
    joined = r"(?:and|&|\+|vs\.?|versus|compared (?:to|with))" if one_result else r"(?:and|&|\+)"
    if rx.search(rf"\bgun(?: times?)? {joined} (?:the |his |her |their |my )?{measure_word}chip\b|"
                 rf"\bchip(?: times?)? {joined} (?:the |his |her |their |my )?{measure_word}gun\b", text) and \
            not (constructs["metric"] and constructs["metric"].value.kind == "gap") and not constructs["gap_limit"]:
        if one_result:
            shape["intent"] = shape["intent"] if shape["intent"] in ("list", "find") else "list"
            # "Jason Barber's chip and gun times", "what chip time and gun time do you have for bib 1438": the results,
            # which show the gun time beside the chip time
            constructs["gun"] = Found("gun", tuple(m.span() for m in rx.finditer(r"\b(?:gun|chip)(?:[- ]times?)?\b", text)))
        else:
            notes.append("gun time and chip time at once I cannot give yet: ask for each, or for the gun−chip gap")
    if (said := numeric_date(text)) and said[1] is None:   # "2025-02-30": it answered the whole year
        notes.append(f"{said[0]} is not a date on the calendar")
    if more_age_groups and rx.search(r"\bhow many (?:more|fewer|less)\b|\bdifference\b|\bminus\b|\bgap\b", text):
        notes.append("a difference between age groups I cannot take yet: ask for each group, one row each")
    elif more_age_groups and "age_group" not in shape["group_by"]:
        # "how many finished in F30-34 and M30-34", "F40-44 vs F45-49 average time": one row per group named
        shape["group_by"] = (*shape["group_by"], "age_group")
    # (runners compared: by runner; two seasons: by season, read after)
    if shape["intent"] == "compare" and not shape["group_by"] and not more_people and len(find_seasons(text, None)) < 2:
        notes.append("say what to compare: two years, two events, two distances, or men and women")
    if len([w for w in content_words(text) if w not in FILLER]) <= 1 and not (events or person or years):
        notes.append("say what to count or summarise: an event, a year, a measure")   # "stats?", "numbers"
    if rx.search(_ASKERS_PLACE, text):   # ("how many were from my city?": which one is not known here)
        notes.append("your own city or state is not known here: name it")
    bands = find_time_bands(text)   # "how many under 25:00, how many 25:00 up to 35:00, …": no one time limit
    read_spans += bands[2] if bands else []
    ages_banded = find_age_bands(text)   # ("in each age bracket: under 30, 30s, 40s, 50s, 60 and over": no one age)
    read_spans += ages_banded[2] if ages_banded else []
    # "by age decade (teens, 20s, 30s … 80s)", "10-year age brackets (under 10, 10-19, 20-29 ... 70-79)": the decades
    # said again, no age of their own
    decades = [m.span() for m in rx.finditer(r"\(\s*(?:teens|under \d+|\d+s|\d+\s*-\s*\d+|\d+\+|\.{2,}|…|and|,|\s|"
                                             r"so on|so forth|etc\.?|up)+\)|"
                                             r"\b(?:age[- ]decades?|decades? of age|(?:10|ten)[- ]year age (?:brackets?|bands?|"
                                             r"groups?|buckets?|bins?))\b", text)] if "age_decade" in shape["group_by"] else []
    read_spans += decades
    read_spans += [m.span() for m in rx.finditer(NO_SHOWS_LEFT_OUT, text)]   # (a status: the starters)
    read_spans += [m.span() for m in rx.finditer(UNFINISHED_SAID, text)]    # (a status: every entry but a finish)
    read_spans += [m.span() for m in rx.finditer(_NOT_DISTINCT, text)]
    # "by number of different people who've come, not entries": each runner once, said against the results
    read_spans += [m.span() for m in rx.finditer(r"\b(?:different|distinct|unique|individual)\b[^?.;]{0,40}?,?\s+(?:and )?"
                                                 r"(?:not|rather than|instead of) (?:entries|results|finishes|starts)\b", text)]
    negated = next((said for m in rx.finditer(rf"\b{re.escape(places['runner_city'].lower())}\b", text)
                    if (said := negated_place(text, m.start()))), None) if places["runner_city"] else None
    if negated:   # "finishers not from Ithaca", "leaving out anyone from Fort Worth or Dallas"
        places = {**places, "city_negated": True}
        read_spans += [negated, *(m.span() for m in rx.finditer(r"(?<=\s)itself\b", text))]
    # "places 1 to 3 in each sex": the top three, said as places
    read_spans += [m.span() for m in rx.finditer(r"\bplaces? 1 (?:to|through|thru|-|\u2013) (?:\d|ten)\b", text)]
    if not person and not bib and (shown := list(rx.finditer(r"\b(?:(?:their|the|with|and) )?(?:names?|bibs?(?: numbers?| #s?| nos?\.?)?)\b",
                                                           text))) and rx.search(r"\bnames?\b|\blist\b|\bwith (?:their |the )?bibs?\b|"
                                                                                 r"\bbibs?(?: numbers?)?,? (?:too|as well|also)\b",
                                                                                 text) and not rx.search(
            r"\bhow many\b|\b(?:oldest|youngest|fastest|slowest|quickest|top|winners?|won)\b", text) and not find_limit(text):
        # "the DQs from X 2025 - names and bib numbers please", "was anyone disqualified? name and bib": the runners
        # listed (their names and bibs are the list's own columns)
        read_spans += [m.span() for m in shown]
        # (the runners of a status said, or a list asked: "the DQs", "was anyone disqualified"; never any question whose
        # word for what is asked is missing)
        if shape["intent"] in (None, "count") and (rx.search(r"\blist\b", text) or find_status(text) not in (None, "FIN")):
            shape["intent"] = "list"
    # "what time of day did Hannah Brandt cross the line": her results, each with its time of day at the line
    crossing = [m.span() for m in rx.finditer(_CROSSING_ASKED, text)] if person else []
    read_spans += crossing
    # "her place in her age group, and out of how many", "how many finished in her age group": her results, each with
    # the finishers its place is among
    # (never the runners around her: "how many women in her age group finished ahead of her")
    field_size = _FIELD_SIZE.search(text) if rx.search(r"\bplace\b", text) or not constructs["rival"] else None
    out_of = (_OUT_OF.search(text) or field_size) if person else None
    if out_of:
        read_spans.append(out_of.span())
        if shape["intent"] in (None, "count"):
            shape["intent"] = "list"
    # "the full finish order - place, name and time": the results listed, in order of place (the list's own order)
    read_spans += [m.span() for m in rx.finditer(r"\b(?:in )?(?:the )?(?:full |whole |complete |entire )?(?:finish(?:ing)?|"
                                                 r"results?) order\b|\border of finish\b", text)]
    if rx.search(r"\b(?:pr|pb|prs|pbs|personal|best|fastest|record)\b", text):
        # "what's my PR at X and when did I set it", "who holds the course record, and what year did they set it": the
        # best's row holds its date
        # ("how old was she when she set it")
        read_spans += [m.span() for m in rx.finditer(r"\b(?:and )?(?:(?:in )?(?:what|which) year|when) (?:(?:did|was) )?(?:i|she|he|they|it|"
                                                     r"that) (?:set|run|ran|get|got|do|did|achieve|achieved|broken)"
                                                     r"(?: it| that| them)?\b", text)]
    if person and not bib:   # "what bib number did Patrick Montoya wear in …": his results, bib and all
        read_spans += [m.span() for m in rx.finditer(r"\bbib(?: number| no\.?| #)?(?= (?:did|was|does|is|had|has)\b)|"
                                                     r"\b(?:wear|wore|have on|had on)\b", text)]
    read_spans += [m.span() for m in rx.finditer(AGE_EXCLUDED, text)] + left_out   # ("excluding runners under 20": find_age)
    # "The Fort Collins 10K was new last year. How many of its finishers …": its first edition, told as the year asked
    # ("naperville run for the schools is new - total finishers so far": told, its editions are all there are)
    read_spans += [m.span() for m in rx.finditer(r"\b(?:was|is) (?:brand[- ]|fairly |pretty |still |relatively )?new(?= (?:last year|"
                                                 r"this year|in 20\d\d)\b|\s*(?:[-\u2013\u2014,;:.!]|$))", text)]
    read_spans += [m.span() for m in POOLED_BOTH.finditer(text)]   # ("both races together": pooled)
    # ("name, age on the day, year": the age of the result, as ages are)
    read_spans += [m.span() for m in rx.finditer(r"\b(?:age|aged|how old) (?:on|at) (?:the|race|that) day\b", text)]
    if shape["group_by"] and "year" in shape["group_by"]:   # ("how old is the crowd getting? … for every year")
        read_spans += [m.span() for m in rx.finditer(r"\bgetting\b", text)]
        # ("… each year? just the year by year totals please": the counts per year asked again)
        read_spans += [m.span() for m in rx.finditer(r"\b(?:just )?(?:the )?(?:year[- ]by[- ]year|yearly|annual|per[- ]year) "
                                                     r"(?:totals?|counts?|numbers?|figures?)\b", text)]
    read_spans += [m.span() for m in rx.finditer(STARTED_UNFINISHED_SAID, text)]   # (read by find_status)
    # "which of our events did NOT hold an edition in 2021", "which events didn't we time in 2021": the others
    # ("… most finishes? If there's a tie list everyone tied, with the number": ties are kept in every ranking)
    read_spans += [m.span() for m in rx.finditer(r"\b(?:if there(?:'s| is| are) (?:a )?ties?,? )?(?:list|include|show|give(?: me)?|"
                                                 r"name) (?:everyone|everybody|all(?: of them)?|anyone|each runner)(?: who(?:'s| is| "
                                                 r"are))? tied(?: for (?:first|the (?:top|lead|most)))?\b|\b(?:include|including|"
                                                 r"with) (?:the )?ties\b", text)]
    if shape["subject"] == "people":   # ("who's our most prolific finisher": the most finishes)
        read_spans += [m.span() for m in rx.finditer(r"\b(?:most )?prolific\b", text)]
    # ("… skipped a year at some point": no word of what is asked)
    read_spans += [m.span() for m in rx.finditer(r"\bat some point\b", text)]
    # ("was there a year X didn't happen", "which year did it not happen", "X skipped a year … which one")
    # (never of a runner: "which year did he not run it" is of his own results)
    years_asked = rx.search(r"^\W*(?:(?:between|from) [^?]{4,30}?,?\s*)?(?:in )?(?:which|what) years\b|\bany years\b", text) or \
        not person and rx.search(r"^\W*(?:(?:between|from) [^?]{4,30}?,?\s*)?(?:in )?(?:which|what) year\b|"
                                 r"\b(?:was|were|is|are) there (?:a|any) years?\b|\b(?:which|what) years?\b(?= (?:did|was|were) "
                                 r"(?:it|they)\b)|\bskip(?:ped|s)? (?:a|any|one|some) years?\b", text)
    if not_held := rx.search(r"\b(?:did ?n[o']t|do ?n[o']t|does ?n[o']t|were ?n[o']t|was ?n[o']t|have ?n[o']t|has ?n[o']t|never)"
                             r"(?: we| you| it| they)?(?: been)? (?:hold|held|have|had|time|timed|run|ran|put on|host|hosted|take place|"
                             r"happen|get held|get timed)\b|\b(?:skipped|missed|took (?:a|the) year off)\b(?=[^?]*\b20\d\d\b)|"
                             # "which years did <the event, blanked out> not take place", "… was it not held"
                             r"\b(?:did|was|were|have|has)\b(?: (?:the|it|we|they|the company))?\s*(?:not|n't|never)(?: been)? (?:take place|happen|held|run|timed|"
                             r"hosted|hold|host|time|get held|put on|put it on|stage|staged)\b|"
                             # ("which years did we have no events at all": none of the company's events)
                             r"\b(?:have|had|hold|held|time|timed|put on|run|ran)\s+no\s+(?:events?|races?)\b(?: at all)?|"
                             # ("which events have we stopped timing (none in 2025)")
                             r"\bstopped (?:timing|holding|running|hosting|putting on|staging)\b(?:\s*\(\s*(?:none|no editions?|"
                             r"not held)\b)?|"
                             # ("which years had no <Houston Turkey Trot, blanked out>", "… went without one")
                             r"\b(?:had|has|have|saw) no(?= *\s{3,})|\bwithout (?:an? |the )?(?=\s{3,})" +
                             # ("which years did X skip", "X skipped a year: which one?")
                             (r"|\bskip(?:ped|s)?\b|\bmiss(?:ed|es)?\b" if years_asked else ""),
                             text) if shape["subject"] == "events" or years_asked else None:
        # ("Between 2017 and 2025, which years did we NOT put on X?": the years, asked of the events)
        read_spans.append(not_held.span())
        # ("… did we not time at all last year, even though we had timed them before?": every event of the archive was,
        # its editions being before now)
        read_spans += [m.span() for m in rx.finditer(r"\b(?:even though|although|though)\b[^?.]{0,50}?\b(?:before|previously|"
                                                     r"earlier|in (?:earlier|previous|prior) years)\b", text)]
        if shape["subject"] != "events" and years_asked:
            shape = {**shape, "subject": "events", "intent": "list"}
        if years_asked and not events:   # ("were there years we didn't time a single event?": none of them that year)
            shape = {**shape, "group_by": ("year",)}
    # "did we add any brand new events last year? which ones", "which events did we time for the first time in 2025":
    # events held then and never before (it listed every event held in 2025, "for the first time" dropped)
    if first_held := shape["subject"] == "events" and not events and rx.search(
            r"\b(?:brand[- ])?new (?:events?|races?)\b|\b(?:events?|races?) (?:that (?:were|are) )?(?:brand[- ])?new\b|"
            r"\b(?:were|was) new\b|\bfor the (?:very )?first time\b|\bfirst (?:held|timed|run|put on|staged)\b|\bdebut(?:ed|s)?\b|"
            r"\b(?:had|held) (?:their|its) first edition\b", text):
        read_spans.append(first_held.span())
        read_spans += [m.span() for m in rx.finditer(r"\badd(?:ed)?\b(?=[^?]*\bnew\b)|\bany\b(?= (?:brand[- ])?new\b)", text)]
    if len({m.value for m in mentions}) >= 2:   # "counts for both please", "either A or B (or both)": the two named
        read_spans += [m.span() for m in rx.finditer(r"\b(?:counts?|numbers?|figures?|totals?|times?|answers?) for both\b|"
                                                     r"\(\s*or both\s*\)|\bor both\b(?= *[),.?!]| *$)", text)]
    if person and len(set(rx.findall(r"\b20\d\d\b", text))) == 2:   # "Cheryl Pham ran it in 2017 and in 2025. Can you pull both of her times?": the two
        read_spans += [m.span() for m in rx.finditer(r"\bboth\b(?:\s+of)?(?:\s+(?:her|his|their|the))?(?=\s+(?:times|results|"
                                                     r"finish(?:es|ing times)|races|performances)\b)", text)]
    if distances:   # "finishers of the marathon, not counting the other races": the race named is all that is counted
        read_spans += [m.span() for m in rx.finditer(r"\b(?:not counting|excluding|ignoring|leaving out|without|not|no) (?:the |its |"
                                                     r"any )?other (?:races?|distances?)\b", text)]
    # "in how many years did the Evanston Run for the Schools include a 1 Mile race": the race, said with its verb
    read_spans += [m.span() for m in rx.finditer(r"\b(?:include[sd]?|offer(?:ed|s)?|feature[sd]?|ha[sd]|have|hold|held)(?= "
                                                 r"(?:a|an) (?:1 mile|one mile|mile|\d+ ?k|half(?: marathon)?|marathon)\b)",
                                                 text)]
    parsed = Parsed(
        question=asked, intent=shape["intent"], subject=shape["subject"], confidence=0.0, events=events,
        distances=distances, dates=None if len(years) > 1 and (shape["intent"] == "compare" or _POOLED_YEARS.search(dated) and
                                                               years[-1] - years[0] + 1 > len(years))   # (2023-2024: a range)
        else find_dates(dated, today),
        years=years, sex=None if "sex" in shape["group_by"] else sex, sex_negated=bool(sex_negated),
        age=None if "masters" in shape["group_by"] or ages_banded else find_age(_blank(text, (bands[2] if bands else []) + born + decades + (
            list(constructs["gap_limit"].spans) if constructs["gap_limit"] else []))),   # ("a gap over 90 seconds": no age)
        age_group=age_group, born=find_born(text, today),
        more_age_groups=tuple(more_age_groups),
        # ("improved by more than 2 minutes": how much faster, not a finish time)
        time_limit=None if bands else find_time_limit(_blank(text, [span for name in ("pace_limit", "gap_limit", "winner_gap",
                                                                                      "cohort", "rival")
                                                                    if constructs[name] and (name != "cohort" or
                                                                                             constructs[name].value.kind == "improved")
                                                 for span in constructs[name].spans] + _masters_said(text, shape["group_by"])),
                                   distances[0] if distances else None), limit=find_limit(text),
        time_bands=bands[0] if bands else (), band_width=width[0] if width and not bands else 0.0,
        age_bands=ages_banded[0] if ages_banded else (),
        bands_left_out=bands[1] if bands else ages_banded[1] if ages_banded else (),
        # (each band asked with its own "how many": the counts side by side, one row)
        bands_as_columns=bool(bands) and len(rx.findall(r"\bhow many\b", asked, re.IGNORECASE)) >= 2 and not shape["group_by"],
        bib=bib[0] if bib else None, crossing_shown=bool(crossing), last_name=family, out_of=_out_of_scope(out_of, text),
        status=None if _EVERY_STATUS.search(text) or any(group.status for group in compared) else find_status(dated),
        person=person,
        more_people=tuple(more_people), **{k: v for k, v in places.items() if k not in ("negated", "city_negated")},
        runner_city_negated=places.get("city_negated", False),
        group_by=shape["group_by"], measure=shape["measure"], groups_with_any=shape["groups_with_any"],
        personal_best=shape["measure"] != "fastest_and_slowest" and bool(rx.search(
            r"\b(?:prs?|pbs?|personal (?:best|record)s?)\b", text) or (
            person and rx.search(r"\b(?:best|fastest)\b[\w ]*\btimes?\b|"
                                 # "which one was her fastest - event, date and chip time?": the adjective ends the clause
                                 r"\b(?:his|her|their|my|your) (?:best|fastest|quickest)(?= ?[-–—?.,:;(]|\s*$)|"
                                 # "Marcus Wright's fastest Tacoma half, and what year": the event said (blanked) ends it
                                 r"(?: {3}|\bhis|\bher|\btheir|\bmy|\byour) (?:best|fastest|quickest) {3,}(?=[-–—?.,:;(]|$| and\b)|"
                                 # "Brenda Gonzalez's best 5K at the Chicago Shamrock": her best at that distance
                                 r"(?: {3}|\bhis|\bher|\btheir|\bmy|\byour) best (?:\d+ ?k|half(?: marathon)?|marathon|"
                                 r"(?:1 |one )?mile)\b(?! (?:times|finishers|runners|races))|"
                                 # "Amber Richardson's half marathon best - time and year": the noun ends the clause
                                 r"\b(?:marathon|half|\d+ ?k|mile)s? (?:best|pb)(?= ?[-–—?.,:;(]|\s*$)|"
                                 # "his fastest marathon and his fastest half": a best of each distance
                                 r"\b(?:his|her|their|my|your) (?:best|fastest|quickest) (?:full |half )?(?:marathon|half|\d+ ?k|"
                                 r"(?:1 |one )?mile)\b[^?]*\b(?:his|her|their|and) (?:best|fastest|quickest)\b", text))),
        winners=bool(rx.search(r"\bwin(?:s|ning|ners?)?\b|\bwon\b|\bchampions?\b|" + _TOP_ONE + r"|"
                               # "who took the F60-64 age group": its winner
                               r"\b(?:took|claimed|captured)(?= (?:the )?(?:[mfx]\d\d[-\u2013]\d\d|age[- ]?group|division|title)\b)|"
                               # "who took the El Paso Jingle Bell Run" (its name blanked): its winner
                               r"\bwho (?:took|claimed|captured)(?= (?:the )?(?:20\d\d )?\s{3,}\S)", text)),
        place=find_place(_blank(text, [m.span() for m in rx.finditer(_EDITION_ASKED, text)])),
        # ("the women's overall winner" is the first woman: her sex's place)
        place_overall=bool(rx.search(r"\b(?:first|1st|second|2nd|third|3rd|\d+(?:st|nd|rd|th)) overall\b|\boutright\b|\bwon\b[^?,;]{0,50}?\boverall\b|\boverall wins?\b|"
                                     r"(?<!women's )(?<!men's )(?<!womens )(?<!mens )(?<!female )(?<!male )"
                                     r"\boverall (?:winner|champion)s?\b", text)),
        place_in_age_group=bool(rx.search(r"\b(?:in|of|within) (?:(?:her|his|their|my|your|the|an?|each) )?(?:[mfx]\w* )?"
                                          r"(?:age[- ]?groups?|divisions?|age (?:categor(?:y|ies)|class(?:es)?|brackets?))\b|"
                                          r"\bage[- ]?group (?:places?|finish(?:es)?|spots?|placings?)\b", text)),
        # ("the first edition in 2019 vs 2025": the years said pick the editions)
        month=find_month_any_year(text), edition=_edition(text, shape["subject"]) if len(years) < 2 and not latest else None,
        last_editions=number(latest.group(1)) if latest and events else 0,
        # ("how many men, women and nonbinary": every sex, not those two)
        men_and_women=bool(rx.search(rf"{_MALE_SAID}.*{_FEMALE_SAID}|{_FEMALE_SAID}.*{_MALE_SAID}", text)) and
        "sex" in shape["group_by"] and not rx.search(r"\bnon-?binary\b|\b(?:sex|gender) x\b|\bother sex\b", text) or
        bool(rx.search(BOTH_SEXES_GROUPS, asked, re.IGNORECASE)),   # (read off by nlq.clarifiers)
        # (a runner's average is over her finishes: how many, beside it)
        with_count=bool(shape["measure"] and (rx.search(_WITH_COUNT, text) or person and not more_people and
                                              shape["measure"] in ("average", "median") and not shape["group_by"])),
        last_place=bool(rx.search(LAST_PLACE, text)), distinct_of=_distinct_of(text, person),
        active_only=bool(rx.search(r"\b(?:active|current|upcoming)\b", text)) and shape["subject"] == "events",
        not_held=bool(not_held),   # (read only of events)
        first_held=bool(first_held),
        races_excluded=races_excluded,
        years_excluded=tuple(sorted({int(y) for m in years_left_out for y in rx.findall(r"20\d\d", m.group(0))})),
        distinct_people=not rx.search(SAME_RUNNER_AGAIN, text) and not rx.search(_NOT_DISTINCT, text) and (bool(rx.search(
            r"\b(?:unique|distinct|different|individuals?|persons)\b(?! (?:performances?|results?|times|races?|finishes|events?|editions?)\b)", text)
            or _ONCE_EACH.search(text)) or _population(text, events)),
        notes=tuple(notes), compared=compared)
    if any(group.event_state for group in compared):   # (the two states are the groups: neither one a filter of all)
        parsed = replace(parsed, event_state=None, event_state_negated=False)
    if rx.search(r"\b(?:last|past|previous|latest|most recent) (?:0|zero|no) (?:editions|runnings|years)\b", text):
        # "the winners of the last 0 editions": none asked (it gave every edition)
        parsed = replace(parsed, notes=(*parsed.notes, "the last 0 editions hold none: say how many (1 or more)"))
    if parsed.person and parsed.intent == "count" and parsed.status is None and rx.search(
            r"\bhow many times (?:has|have|did|does|do|had)\b[^?]*?\b(?:run|ran|raced|done|did|completed|gone)\b|"
            r"\bhow many (?:times|years)\b[^?]*?\b(?:run|ran|raced|done|did|completed)\b|"
            # ("how many Ithaca Shamrocks has Monica Huber done": her finishes of it)
            r"\bhow many\b[^?]*?\b(?:has|have|had)\b[^?]*?\b(?:run|raced|done|completed)\b", text) and not rx.search(
            r"\b(?:entered|enter|signed up|registered|any status|every status|dns|no[- ]shows?)\b", text):
        # "how many times has Dean Graves run Galveston": his finishes there (a runner's history is of finishes, the
        # glossary; it counted his no-shows as runs)
        parsed = replace(parsed, status="FIN")
    if compared:   # each group's filter is its own, not the whole question's
        said = {value for group in compared for value in (group.runner_city, group.runner_state) if value}
        parsed = replace(parsed, runner_city=None, runner_state=None, more_states=(), age=None,
                         sex=None if any(group.sex for group in compared) else parsed.sex,
                         event_city=None if parsed.event_city in said else parsed.event_city,
                         event_state=None if parsed.event_state in said else parsed.event_state)
    if parsed.person and parsed.event_city and not parsed.runner_city and rx.search(
            rf"\b{re.escape(parsed.person.last_name)}\s*,?\s*{re.escape(parsed.event_city)}\b(?!\s+(?:{RACE_SAID}|full|races?|"
            rf"events?|20\d\d|times?|results?|places?|placings?|paces?|finish(?:es)?|splits?)\b)", question, re.IGNORECASE):
        # ("lisa hood galveston half", "sherry jackson galveston times each year": the Galveston event)
        # "clayton king park city - every race he's finished": the city said right after the runner's name is hers
        parsed = replace(parsed, runner_city=parsed.event_city, event_city=None)
    parsed = _with_constructs(parsed, constructs, places)
    if parsed.last_name and parsed.subject in ("races", "events"):
        # ("how many Smiths have run our races": runners of that name, never the races counted with the name unkept)
        parsed = replace(parsed, notes=(*parsed.notes, f"a family is counted among runners: ask how many runners named "
                                                       f"{parsed.last_name} ran"))
    if not parsed.rival and (records := find_records(text, bool(person), bool(parsed.dates or parsed.years))):
        # "how many course records does Kristin Wise hold", "which records fell last year": the records standing now,
        # the runner and dates filtering them (it listed her results, or the year's fastest)
        read_spans += records.spans
        # ("men's or women's records", "(men's/women's, by event & distance)": those two sexes' only, neither one)
        both_sexes = parsed.men_and_women or bool(rx.search(r"\b(?:men|male)'?s?\s*(?:or|and|/|&)\s*(?:women|female)'?s?\b|"
                                                            r"\b(?:women|female)'?s?\s*(?:or|and|/|&)\s*(?:men|male)'?s?\b", question,
                                                            re.IGNORECASE))
        parsed = replace(parsed, records=records.value, intent="count" if HOW_MANY.search(text) else "list", limit=None,
                         subject="results", distinct_people=False,
                         winners=False, sex=None if both_sexes else parsed.sex, men_and_women=both_sexes,
                         notes=tuple(note for note in parsed.notes if not (both_sexes and note.startswith("men and women asked"))),
                         group_by=tuple(g for g in parsed.group_by if g not in ("sex", "race", "event")), sorted_by="")
    if not parsed.person and (audit := find_audit(text)):
        # "any bib number used more than once within the same race at X?", "finishers missing a chip time": the check of
        # the results asked, counted or listed (a gun time said in it is no filter; it counted every result)
        found, spans = audit
        read_spans += spans
        # (of an age group that does not match the age, the age and age group said are its example, "e.g. age 47 in
        # M50-54", never the results checked)
        example = found.kind == "age_group_mismatch"
        parsed = replace(parsed, audit=found, intent="list" if found.listed else "count", subject="results", limit=None,
                         status=None, distinct_people=False, measure=None, metric=None, gap_limit=None, place=None, cohort=None,
                         age=None if example else parsed.age, age_group=None if example else parsed.age_group,
                         sex=None if example and rx.search(r"\b(?:e\.g\.?|eg|for example|for instance|such as|like)\s", text) else parsed.sex,
                         winners=False, sorted_by="", notes=(*parsed.notes, *(["a check of the results per group I cannot give "
                                                                               "yet: ask it of each"] if parsed.group_by else [])))
    if not parsed.person and (placed := find_time_placed(text)):
        # "where would a 3:15:00 have placed overall in the 2025 marathon", "if I'd run 1:45:00 there, what would my place
        # have been in M40-44": 1 + the finishers faster (it left the time unread)
        read_spans += placed.spans
        parsed = replace(parsed, time_placed=placed.value, intent="analyze", subject="results", status="FIN", limit=None,
                         time_limit=None, place=None, place_overall=False, winners=False, personal_best=False, measure=None,
                         metric=None, distinct_people=False, sorted_by="")
    if parsed.ranking and parsed.ranking.measure == "change" and (said := _YEAR_OF_CHANGE.search(text)):
        read_spans.append(said.span())   # (the years ranked by their change, read by _with_constructs)
    if parsed.cohort and parsed.cohort.kind == "streak" and len(parsed.years) > 1:
        # "three years running - 2023, 2024 and 2025": the runs within those years (it kept the first year alone)
        first, last = min(parsed.years), max(parsed.years)
        parsed = replace(parsed, dates=DateRange(date(first, 1, 1), date(last + 1, 1, 1), f"{first}–{last}"))
    if parsed.subject == "events" and parsed.group_by == ("event",) and parsed.edition in ("first", "last") and not parsed.ranking:
        # "our events with how many editions each has had and the first year we timed it": the first and latest year
        # are given beside each event's editions (never the earliest edition alone)
        parsed = replace(parsed, edition=None)
    if "month" in parsed.group_by and not (parsed.dates or parsed.years) and rx.search(
            r"\b(?:all|every|across all|over all) (?:the )?years\b|\b(?:every year|years) (?:lumped|pooled|combined)\b", text):
        # "count per month, all years (lumped together)": January to December, every year pooled
        parsed = replace(parsed, group_by=tuple("month_of_year" if dim == "month" else dim for dim in parsed.group_by))
    if parsed.ranking and parsed.ranking.dimension == "month" and not parsed.last_editions and (
            not (parsed.dates or parsed.years) or len(parsed.years) <= 1 and _one_year(parsed)):
        # "which month has the most finishers across all our events": a month of the year, every year pooled; "which
        # month in 2024": of that one year, said by its name and number (never "2024-03-01 00:00")
        parsed = replace(parsed, ranking=replace(parsed.ranking, dimension="month_of_year"))
    if parsed.ranking and parsed.ranking.dimension == "race" and len(parsed.events) > 1 and not parsed.distances and \
            rx.search(r"\bwhich of (?:our|your|the)\b[^?]*?\braces\b", text):
        # "which of our Mother's Day races had more finishers, San Jose or Santa Cruz": the events named, each its own
        # row (it pooled their 5Ks as one race)
        parsed = replace(parsed, ranking=replace(parsed.ranking, dimension="event"))
    elif parsed.ranking and parsed.ranking.dimension == "race" and not (parsed.events or parsed.event_city or parsed.person) \
            and rx.search(r"\b(?:which|what) (?:single )?race\b(?! distance)", text):
        # "which race had the biggest field in 2024": a race of one event (it pooled every event's 5K as one)
        parsed = replace(parsed, ranking=replace(parsed.ranking, dimension="event_race"))
    if parsed.group_by == ("race",) and parsed.intent in ("count", "analyze") and not (
            parsed.events or parsed.event_city or parsed.person or parsed.distances) and \
            rx.search(r"\b(?:each|every) (?:single )?race\b(?! distance)(?: (?:we|you) (?:timed|held|hosted|put on|ran|staged))?", text) \
            and not rx.search(r"\bdistances?\b", text):
        # "DNF rate for each race we timed last year": each race of each event (it pooled every event's 5K as one); a
        # distance said ("one row per race/distance") pools them, and the fastest of each race is by its name
        parsed = replace(parsed, group_by=("event_race",))
    if parsed.year_over_year:   # ("percent change vs the year before": given beside the change in count)
        read_spans += [m.span() for m in rx.finditer(r"\b(?:percent(?:age)?|%)(?= (?:year over year |yoy )?change\b)|"
                                                     r"\bhow many (?:more|fewer)(?: or (?:more|fewer))?(?= than\b)", text)]
        # ("how much that went up or down vs the previous edition": the change, said as a verb)
        read_spans += [m.span() for m in rx.finditer(rf"\b(?:{_WENT_UP_OR_DOWN})\b", text)]
        if parsed.change_sign:   # ("which editions grew compared with the year before": those up)
            read_spans += [m.span() for m in rx.finditer(r"\b(?:grew|shr[iau]nk|rose|fell|dropped|declined|increased|decreased)\b",
                                                          text)]
    if parsed.more_people and not parsed.pair and rx.search(r"\bwhich of (?:them|the two|us)\b|"
                                          r"^\W*(?:did|has|have)\b[^?]*\bor\b[^?]*\b(?:more|most|fewer)\b", text):
        parsed = replace(parsed, intent="count")   # ("did A or B finish more often": each one's count)
    if parsed.more_people and parsed.intent == "top" and not (parsed.ranking or parsed.personal_best or parsed.pair) and \
            parsed.dates and len(parsed.events) == 1 and rx.search(r"\bplaces?\b|\bplacings?\b|\border\b", text):
        # "the Gonzalez family (…) all ran it in 2021 — what were our places, fastest first?": their results there, in
        # the order they finished (never each one's best)
        parsed = replace(parsed, intent="list", limit=None)
    if parsed.more_people and (order := rx.search(
            r"\b(?:in )?(?:what|which) order\b(?: (?:did|were) (?:they|we) (?:finish|come|cross)(?: in)?\b)?", text)):
        read_spans.append(order.span())   # ("what order did they finish in, with their places": listed by place)
    if parsed.more_people and parsed.intent == "top" and not (parsed.ranking or parsed.personal_best):
        # "Beth Barber, Lisa Hood and Nancy Grant best 5K": each one's best (it counted their entries, most first)
        parsed = replace(parsed, intent="find", personal_best=True) if (parsed.limit or 1) == 1 and not (
            parsed.winners or parsed.place or parsed.last_place) else replace(parsed, notes=(
            *parsed.notes, "the top N of several runners at once I cannot give yet: ask for each runner"))
    # ("between the two of them", "in total" said of the runners together, never "each … in total")
    combined = rx.search(r"\b(?:combined|between (?:us|them|the (?:two|2|three|3|both) of (?:us|them))|added (?:up|together)|"
                         r"put together|summed|in total|altogether|all told)\b", text) \
        if parsed.more_people and parsed.intent == "count" and not rx.search(r"\beach\b|\bapiece\b|\bper (?:runner|person)\b",
                                                                             text) else None
    if combined:
        read_spans.append(combined.span())   # ("our combined number of finishes": one count of them all, never each one's)
    elif parsed.more_people and parsed.intent not in ("list", "find") and not (
            parsed.ranking or parsed.personal_best or parsed.pair) and "runner" not in parsed.group_by:
        # "how many races have Beth Barber and Lisa Hood each finished": one row per runner
        parsed = replace(parsed, group_by=("runner", *parsed.group_by))
    if parsed.more_people and (parsed.distinct_of or parsed.cohort or parsed.winners or parsed.place or
                               parsed.difference and parsed.group_by[-1:] != ("runner",)):   # (two runners' times apart)
        parsed = replace(parsed, notes=(*parsed.notes, "this for several runners at once I cannot give yet: ask for "
                                                       "each runner"))
    if parsed.person and not parsed.with_count and rx.search(
            r"\band what(?:'s| is| was) (?:his|her|their|my) (?:(?:half marathon|marathon|half|5k|10k|mile) )?(?:best|fastest|"
            r"pr|pb)\b", text):
        # "how many halves has he finished, and what's his best": his best, beside his number of finishes
        parsed = replace(parsed, personal_best=True)
    elif not parsed.with_count and rx.search(r"\bhow many\b[^?]*?\band (?:what|who|which|when|where)(?:'s| is| was| were| "
                                             r"are)\b(?! the (?:change|difference|gap|delta|retention|return|percent(?:age)?|share|"
                                             r"fraction|proportion)\b)", text) and not (
            # ("how many finishers in 2022 compared with 2025, and what's the growth in percent": the change asked)
            parsed.change_years and rx.search(r"\band what(?:'s| is| was) the\s+(?:percent(?:age)?\s+)?(?:growth|increase|decrease|"
                                               r"drop|decline|rise|jump|fall|change)\b", text)) and not (
            # ("how many DNFs did we have, and what was the DNF rate": the rate is given with its count)
            parsed.metric and parsed.metric.kind == "rate" and rx.search(
                rf"\bhow many (?:{_STATUS_SAID})\b[^?]*?\band what(?:'s| is| was) (?:the|our|its) (?:(?:{_STATUS_SAID}) )?rate\b|"
                # ("how many were disqualified, and what's that as a share of starters")
                r"\band what(?:'s| is| was) (?:that|it|this) as an? (?:percent(?:age)?|share|proportion|fraction|rate)\b", text)):
        # "how many half marathons has he finished and what's his best?": two questions, one answer would drop one
        parsed = replace(parsed, notes=(*parsed.notes, "two questions in one: ask them one at a time"))
    if (parsed.place or parsed.winners) and parsed.group_by == ("race",) and not parsed.ranking:
        # "who came 2nd in every race": places are per race already — the runner at that place in each
        parsed = replace(parsed, group_by=(), intent="top" if parsed.intent in ("top", "count") else parsed.intent)
    if parsed.person and parsed.distinct_of:   # the runner's own results, whatever the question counts of them
        parsed = replace(parsed, subject="results", distinct_people=False)
    # ("who won each one", "the winner of every race": every race of it, not the one its name says)
    every_race = rx.search(r"\b(?:each|every|all) (?:one|race|distance)s?\b(?! of (?:the|our|its|their) (?:[\w']+ ){0,2}(?:age[- ]?groups?|divisions?)\b)|\ball (?:two|three|four|2|3|4) (?:races|of them)\b", text)
    # (a count of each edition, averaged, is of every race: "median finishers per year at the Greenville Half")
    # (a first-timer or a returning runner is of the event's editions: "first-timers at the Manchester half")
    if pairs := _races_by_event(question, [m for m in mentions if m.value in parsed.events], parsed.distances):
        # "the Tampa half or the Tallahassee half", "the Tacoma half and the Bend Turkey Trot 5K": each its own race
        parsed = replace(parsed, distances=tuple(dict.fromkeys(race for _, race in pairs)), event_races=pairs)
    elif not parsed.distances and not (parsed.records and (parsed.person or parsed.records.set_then)) and (_times_asked(parsed) or _race_said_after(question, mentions) or _named_by_city_and_race(
            question, mentions) and not (parsed.cohort and parsed.cohort.kind in ("first_timers", "returning") and not
                                         (_race_beyond_name(question, mentions) or _race_finished(question, mentions)))) and not (
            parsed.winners and every_race or parsed.averaged_over not in (None, "runner")) and (
            named := _race_named(question, [m for m in mentions if m.value in parsed.events])):   # (not one left out)
        parsed = replace(parsed, distances=named, race_of_name=True,   # (the race set aside is among the others)
                         races_excluded=() if not set(named) & set(parsed.races_excluded) else parsed.races_excluded)
    elif short := _races_said_short(question, mentions):
        parsed = replace(parsed, distances=short)
        if parsed.intent == "compare" and not parsed.group_by:   # ("the Atlanta marathon vs the Atlanta half": per race)
            parsed = replace(parsed, group_by=("race",), notes=tuple(
                note for note in parsed.notes if not note.startswith("say what to compare")))
    if len(parsed.distances) > 1 and parsed.intent == "count" and not parsed.group_by and not parsed.cohort and rx.search(
            r"\b(in|for|at) the [\w ]{1,20}?(?:,| and| &) \1 the\b", text):
        # "finishers in the 5k and in the 1 mile": each race its own count, as "how many A and how many B" (it pooled them)
        parsed = replace(parsed, group_by=("race",))
    if not parsed.distances and "race" not in parsed.group_by and (
            parsed.time_placed or parsed.person and parsed.time_limit and parsed.intent == "count" and not parsed.group_by):
        # "where would a 1:45:00 have placed in M40-44 at Springfield" (a half and a marathon there), "how many times has
        # he gone under 21:30" (his miles too): a time is placed or counted within each race, never over distances pooled
        parsed = replace(parsed, group_by=(*parsed.group_by, "race"))
    if parsed.change_years and parsed.measure and parsed.measure not in ("average_age", "median_age") and \
            not parsed.distances and not parsed.ranking and (parsed.person or not parsed.events):
        # "how much faster was Beth Barber in 2025 than 2024": race by race, her 5K of 2024 against her 5K of 2025 (it
        # had set her 1 mile of 2024 against her 5K of 2025, at 0.99); of everyone, one distance said
        parsed = replace(parsed, group_by=(*parsed.group_by, "race")) if parsed.person and (
            parsed.events or parsed.event_city) else replace(parsed, notes=(
                *parsed.notes, "a finish time compared between two years needs one distance: name the race (5K, half "
                               "marathon, …)"))
    if (not parsed.cohort or parsed.cohort.kind == "both") and len(parsed.events) == 2 and rx.search(
            r"\b(?:before|prior|previously|earlier|afterwards?|later)\b", text) and not rx.search(_SOON_AFTER, text):
        parsed = replace(parsed, notes=(*parsed.notes, "runners of both events I can count, but not which event they "
                                                       "ran first: ask for runners of both"))
    if parsed.cohort and parsed.cohort.kind == "also_in_year" and parsed.cohort.absent and len(parsed.events) == 2 and \
            len(mentions) == 2:
        parsed = _absent_elsewhere(parsed, mentions, cohort)
    if (legs := _legs(parsed, mentions, cohort, text)) and rx.search(r"\beach\b|\bseparately\b|\bapiece\b", text):
        # "both the 2024 Tampa Marathon and the 2022 Orlando Jingle Bell Run: how many finishers each" (it counted
        # the runners of both)
        parsed = replace(parsed, notes=(*parsed.notes, _EACH_IN_ITS_YEAR))
    elif legs:
        # ("… also finished B two weeks later": the order said, which the answer checks against the editions' dates)
        soon = legs[0][1] == legs[1][1] and rx.search(_SOON_AFTER, text)
        order = "" if not soon else "earlier" if rx.search(r"\b(?:earlier|before)\b", soon.group(0)) else "later"
        parsed = replace(parsed, cohort=Cohort("both", entries=parsed.cohort.entries, legs=legs, order=order,
                                               listed=parsed.cohort.listed), dates=None,
                         years=())
    elif (races := _cohort_races(parsed, cohort, text, mentions)) and (
            parsed.cohort.count < 0 or parsed.cohort.absent or not races[1]):
        # "… went on to finish the half at Buffalo in a later year", "never entered it again": the other year's own
        # race, or any (it looked for the year asked's race then)
        parsed = replace(parsed, cohort=replace(parsed.cohort, leg_races=races),
                         distances=tuple(d for d in parsed.distances if d.label == races[0]))
    elif races and parsed.events:
        # "finished the half at the 2023 A, how many went on to finish the full marathon the following year": each
        # year with its own race (it looked for either race in both years)
        event, year = parsed.events[0], parsed.dates.start.year if parsed.dates else parsed.years[0]
        parsed = replace(parsed, cohort=Cohort("both", entries=parsed.cohort.entries, legs=(
            (event, year), (event, parsed.cohort.count)), leg_races=races, listed=parsed.cohort.listed), distances=(),
            dates=None, years=(), change_years=None)   # ("dropped down and finished the 10K in 2024": no change of years)
    if parsed.cohort and parsed.cohort.kind == "both" and len(parsed.events) == 2 and len(mentions) == 2 and \
            not parsed.cohort.count and (races := _leg_races(*sorted(mentions, key=lambda m: m.start), text,
                                                             question.lower())):
        # "both the Manchester Half Marathon (half) and the Nashua Mother's Day 5K in 2025", "A (any distance) and B
        # (the 10K race)": each event with its own race (it looked for both races at both events)
        year = parsed.dates.start.year if parsed.dates and parsed.dates.end.year - parsed.dates.start.year == 1 and \
            parsed.dates.start.month == 1 and parsed.dates.start.day == 1 else 0
        legs = parsed.cohort.legs or tuple((m.value, year) for m in sorted(mentions, key=lambda m: m.start))
        if year or parsed.cohort.legs or parsed.dates is None:
            parsed = replace(parsed, cohort=replace(parsed.cohort, legs=legs, leg_races=races), distances=(),
                             dates=None, years=())
    elif not parsed.cohort and len(parsed.events) == 2 and len(mentions) == 2 and len(parsed.years) == 2 and all(
            said := _years_of(*sorted(mentions, key=lambda m: m.start), text)) and said[0].group(0) != said[1].group(0):
        # "Cincinnati in 2024 vs Bowling Green in 2023": it grouped by year with both events pooled
        parsed = replace(parsed, notes=(*parsed.notes, _EACH_IN_ITS_YEAR))
    elif not parsed.cohort and len(mentions) == 2 and (len(parsed.events) == 2 or len(parsed.distances) == 2) and \
            parsed.intent == "count" and \
            not parsed.group_by and (first := min(mentions, key=lambda m: m.start)) and rx.search(
                r"\b(?:people|ppl|runners|folks|athletes|how many)\b[^?]*\b(?:finished|ran|did|completed|raced)\b",
                text[:first.start]) and not rx.search(r"\b(?:in total|total|combined|altogether|all together)\b", text) \
            and (rx.match(r"\s*(?:\([^)]{1,30}\)\s*)?(?:in 20\d\d\s*)?(?<=[)\d]\s)and\b|\s*\([^)]{1,30}\)\s*and\b|"
                          # ("finished the Ithaca Shamrock 5K in March 2024 and the Buffalo Half Marathon in May 2024")
                          rf"\s*in (?:{'|'.join(MONTHS)})(?: 20\d\d)?\s+and\b|"
                          # ("ran the Atlanta Spring Marathon marathon in 2024 and the Greenville half in 2024")
                          r"\s*(?:(?:full |half )?marathon|half|5k|10k|(?:1 )?mile)(?: race)?\s+(?:in 20\d\d\s+)?and\b",
                          text[first.end:]) or
                 # ("the Napa 10K and the San Jose 5K in 2021", "the Tampa full and the Tampa 5K": each its own race)
                 rx.match(r"\s*and\b", text[first.end:]) and all(_own_race_said(question, m) for m in mentions)):
        # "how many ppl finished the Atlanta marathon (full) in 2024 AND the Greenville half (half race) in 2024": each
        # event said with its own race or year — runners of both, or every finisher of either? (it counted every
        # finisher of either, at 1.0)
        parsed = replace(parsed, notes=(*parsed.notes, "people who finished two events, each said with its own race "
                                                       "or year: say 'both' for runners of both, or 'in total' for "
                                                       "every finisher of either"))
    elif not parsed.cohort and len(parsed.events) == 1 and len(parsed.distances) == 2 and parsed.intent == "count" and \
            not parsed.group_by and not rx.search(r"\b(?:in total|total|combined|altogether|all together|each|per)\b", text) \
            and len(rx.findall(rf"\b{re.escape(parsed.events[0].split()[0].lower())}\b", question.lower())) >= 2 and \
            rx.search(r"\b(?:finished|ran|did|completed|raced)\b", text):
        # "how many finished the Tampa full in 2019 and the Tampa 5K in 2019": one event said twice, each time with its
        # own race — runners of both, or every finisher of either? (it added the two races' finishers, at 1.0)
        parsed = replace(parsed, notes=(*parsed.notes, "people who finished two races of one event, each said with its "
                                                       "own race: say 'both' for runners of both, or 'in total' for every "
                                                       "finisher of either"))
    elif not parsed.cohort and len(parsed.events) == 2 and len(mentions) == 2 and (
            races := _leg_races(*sorted(mentions, key=lambda m: m.start), text, question.lower())) and all(races) and \
            races[0] != races[1]:
        # "Greenville Half 2024 (10K) vs Atlanta Spring Marathon 2024 (Half Marathon) finishers": both races were
        # applied to both events (mixed at 1.0, an event with neither dropped)
        parsed = replace(parsed, notes=(*parsed.notes, "two events each with its own race I cannot compare yet: ask "
                                                       "for each"))
    if rx.search(_OVERALL_AND_A_SEX, text):
        # "first 3 overall and the first 3 women": two lists (it gave the women's only)
        parsed = replace(parsed, notes=(*parsed.notes, "the overall top and one sex's top are two lists: ask for each"))
    if paired := _races_in_their_years(parsed, mentions, question):
        # "finished the Tampa half in 2017 and then the Tampa full in 2018": one event, each race in its own year (it
        # pooled both years and asked for both races)
        event = parsed.events[0]
        parsed = replace(parsed, cohort=replace(parsed.cohort, legs=tuple((event, year) for _, year in paired),
                                                leg_races=tuple(race for race, _ in paired)),
                         distances=(), dates=None, years=())
    if parsed.compared and not parsed.difference and rx.search(r"\bhow many (?:more|fewer|less)\b|\bdifference\b|"
                                                               r"\bminus\b", text):
        # "women 40-49 vs women 50-59 … and how many more": each group's count, the difference dropped
        parsed = replace(parsed, notes=(*parsed.notes, "a difference between two groups of runners I cannot take yet: "
                                                       "ask for each group"))
    if out_of_range := _rows_out_of_range(parsed):
        parsed = replace(parsed, notes=(*parsed.notes, out_of_range))
    if (limit := parsed.time_limit) and (race := parsed.distance) and race.km and limit.seconds < race.km * FASTEST_S_PER_KM:
        # "runners under 40 finished the marathon": no one runs it in 40 minutes; an age, perhaps — said back
        parsed = replace(parsed, notes=(*parsed.notes, f"no one finishes a {race.label} in {limit.words.split(' ', 1)[1]}:"
                                                       f" say 'aged under …' for an age, or a time in hours"))
    # ("the 10th-place chip time in the 13.1 for every year": that place in each year, a timeline too)
    if (parsed.person or parsed.winners or parsed.place) and not parsed.ranking and not rx.search(
            r"\b(?:fastest|quickest|slowest) (?:one |time |result )?first\b", text) and (
            not parsed.group_by and (_OLDEST_FIRST.search(text) or _BY_YEAR.search(text) or parsed.winners and
                                     not _averaged_over_the_years(text) and rx.search(
                # ("how has the women's winning time changed over the years": the winners as a timeline)
                r"\bover the years\b|\byear[- ]to[- ]year\b|\bover time\b|\bhow (?:has|have|did)\b[^?]*\bchanged?\b", text)) or
            parsed.person and
            not parsed.limit and parsed.group_by in ((), ("race",)) and
            rx.search(r"\bhistory\b|\bevery\b|\ball (?:of )?(?:her|his|their|the)\b|\beach\b|\bwith (?:the )?(?:event )?"
                      # ("how have my times there changed over the years": her timeline)
                      r"years?\b|\byear and\b|\bover the years\b|\bover time\b|\byear[- ]to[- ]year\b|"
                      r"\bhow (?:has|have|did)\b[^?]*\bchanged?\b", text)):
        # "her times by year", "winners year by year"; a runner's history, every race with its year: a timeline
        parsed = replace(parsed, oldest_first=True)
        read_spans += [m.span() for m in _BY_YEAR.finditer(text)]
    if parsed.subject == "events" and parsed.intent == "list" and _OLDEST_FIRST.search(text):
        parsed = replace(parsed, oldest_first=True)   # ("list every edition of X, oldest first": by date, the oldest first)
    if parsed.subject == "events" and parsed.month and parsed.intent in ("list", "find") and not parsed.events and rx.search(
            r"\b(?:are|is|do we|does)\b[^?]*\b(?:run|held|hold|host|put on|stage|timed?)\b", text):
        # "which of our events are run in May": each event held then, once (its editions beside it); "list every
        # event we timed in March" lists the editions
        parsed = replace(parsed, distinct_of="event")
    if parsed.person and parsed.intent == "list" and parsed.group_by == ("year",) and not parsed.ranking and \
            _OLDEST_FIRST.search(text):
        # ("every X she's run: year, overall place and time, in year order": her results, oldest first — each already
        # has its year)
        parsed = replace(parsed, oldest_first=True, group_by=())
    if "year" in parsed.group_by or parsed.oldest_first:   # "oldest first", "chronological": rows by year come oldest first
        read_spans += [m.span() for m in _OLDEST_FIRST.finditer(text)]
    elif parsed.intent in ("list", "find", "top", "analyze") and parsed.subject == "results" and not (
            parsed.person or parsed.winners or parsed.metric or parsed.ranking or parsed.group_by or parsed.cohort or
            parsed.measure not in (None, "fastest", "slowest") or (parsed.limit or 0) > 1) and (
            order := _SORTED_BY.search(text)) and not rx.search(
                r"\b(?:fastest|quickest|slowest)\b(?! first\b)[^?]{0,80}?\bby (?:chip |gun |finish(?:ing)? )?times?\b", text):
        # (never "the 3 fastest men, fastest first": a top 3, in its order; nor "the fastest woman … by chip time": the
        # clock she is fastest on)
        # "the 2025 finishers sorted by age, oldest first", "list the women, slowest first", "… ordered by chip time":
        # every runner, in that order (it left the order unread, or gave the slowest time, or cut to a top 10)
        said = next((g for g in order.groups() if g), "")
        sorted_by = said.replace("descending", "oldest" if "age" in order.group(0) else "slowest").replace(
            "ascending", "youngest" if "age" in order.group(0) else "fastest") or (
            "oldest" if "age" in order.group(0) else "fastest")
        parsed = replace(parsed, sorted_by=sorted_by, intent="list", limit=None, last_place=False, measure=None)
        read_spans.append(order.span())
        if sorted_by in ("fastest", "slowest") and not parsed.distances and (named := _race_named(question, mentions)):
            parsed = replace(parsed, distances=named, race_of_name=True)   # (times of one race: the one its name says)
    if top_share := rx.search(r"\btop (?P<n>\d{1,2}(?:\.\d)?) ?(?:%|percent)(?: of (?:the |her |his |their |my )?(?P<g>age[- ]?group|"
                              r"[mfx]\d\d-\d\d|division|group|women|men|gender|sex|field|finishers|overall)?)?", text):
        # "the slowest time that still made the top 10% of the F40-44 group": places within the first 10% of the group's
        # finishers (it read a top 10, unread)
        said = top_share["g"] or ""
        # (of an age group or a sex only when said so: "women in the top 10%" are of the whole field)
        within = "age_group" if said.startswith(("age", "div")) or rx.match(r"[mfx]\d", said) or said == "group" and parsed.age_group else \
            "sex" if said in ("women", "men", "gender", "sex") else None
        parsed = replace(parsed, top_percent=float(top_share["n"]), top_places_within=within, limit=None, place=None,
                         status="FIN")
        read_spans += [m.span() for m in rx.finditer(rf"\btop {top_share['n']} ?(?:%|percent)|\b(?:landed|cracked|squeaked)(?= in(?:to)? "
                                                     r"the top\b)", text)] + [top_share.span()]
    # (never a time said by its percentile: "the time that put you in the slowest 10%" is read as one, p90)
    if (back_share := rx.search(r"\b(?:slowest|back|bottom|last)(?: of the pack)?,? (?P<n>\d{1,2}(?:\.\d)?)\s*(?:%|percent)"
                                r"(?: of (?:the |all )?(?:finishers|field|runners|the field))?", text)) and not (
            parsed.measure and rx.match(r"p\d", parsed.measure)):
        # "the slowest 10% of finishers", "the back 10%": places in the last N% of their race's finishers (it read a
        # slowest time, or declined)
        parsed = replace(parsed, back_percent=float(back_share["n"]), limit=None, place=None, status="FIN",
                         measure=None if parsed.measure == "slowest" else parsed.measure, last_place=False)
        read_spans += [back_share.span()] + [m.span() for m in rx.finditer(
            r"\b(?:the )?back of the pack\b|\b(?:back|bottom)[- ]of[- ](?:the[- ])?(?:pack|field)\b|\bbasically\b", text)]
    if not parsed.group_by and parsed.events and (field := rx.search(_EACH_FIELD, text)):
        # "what share of each field lived in the host town at X": a row per race (per event, of two named)
        parsed = replace(parsed, group_by=_fields_of(parsed.events))
        read_spans.append(field.span())
    if parsed.place and not parsed.group_by and ((said := list(_OLDEST_FIRST.finditer(text))) or rx.search(
            r"\bby year\b|\byear[- ]by[- ]year\b", text)):
        # ("3rd place time in F35-39 every year, oldest to newest", "… by year": each edition's, the oldest first)
        read_spans += [m.span() for m in said]
        parsed = replace(parsed, oldest_first=True)
    if parsed.metric and parsed.metric.kind in ("oldest", "youngest"):   # "the 5 oldest finishers, oldest first": its order
        read_spans += [m.span() for m in rx.finditer(rf"\b{parsed.metric.kind} first\b", text)]
    # words that only say again what was read: "ithaca locals" (a home city), "teens and kids (19 and under)",
    # "which 5 states …? rank them"
    home = re.escape((parsed.runner_city or "").lower())
    said_again = [(parsed.runner_city or parsed.runner_state, r"\blocals?\b"),
                  # "San Jose locals (home city San Jose)": the home city said again
                  (parsed.runner_city, rf"\b(?:home ?(?:city|town)|hometown)\s*(?:is\s+|of\s+|=\s*|:\s*)?{home}\b"),
                  (parsed.age, r"\b(?:kids?|child(?:ren)?|juniors?|youths?)\b"),
                  # "rank every edition by its winning time": the winners ordered by their times
                  (parsed.winners and parsed.measure in ("fastest", "slowest") and parsed.limit == RANK_ALL,
                   r"\b(?:rank|order|sort)(?:ed)?\b"),
                  # "what chip time marked the 25th percentile": that percentile
                  (parsed.measure and parsed.measure.startswith("p"),
                   r"\b(?:marked|marks|defined|defines)\b(?= (?:the )?\d{1,2}(?:st|nd|rd|th)?[- ]percentile)"),
                  # "how many seconds separated the fastest and slowest": the spread between them
                  (parsed.measure == "fastest_and_slowest", rf"\bseparat(?:ed|ing)\b|\b{HOW_FAR_APART}\b|\b(?:the )?(?:gap|spread)\b"),
                  # ("… ran the Napa 10K in 2022 and 2023 - what were her times both years?": the two years said again)
                  (parsed.person and len(parsed.years) == 2 and not parsed.cohort,
                   r"\b(?:in |for )?both (?:years|of those years|editions|times)\b"),
                  # ("everyone who has no finish time - … whether it was DNF, DNS or DQ": the unfinished, each status shown)
                  (parsed.status == "UNFINISHED", r"\b(?:has|have|had|with|got) no (?:finish(?:ing)? )?time\b|\bwhether it was\b"),
                  # ("Am I slowing down? Give me my … time for each year": her times, year by year, answer it)
                  (parsed.person and parsed.intent == "list", r"\b(?:am i|is (?:she|he)|are (?:they|we)) (?:slowing down|getting "
                                                             r"(?:slower|faster)|improving|speeding up)\b"),
                  # "All four of our events ran in 2023. Rank them …": how many there are, said of the events ranked
                  (parsed.ranking and parsed.ranking.dimension == "event",
                   r"\ball (?:two|three|four|five|six|\d) of (?:our|the) events\b"),
                  (parsed.top_places == 1 and parsed.top_places_within == "age_group", _AGE_GROUP_WINS),
                  # "top 5 home states …? Rank them by number of finishers": the order said again
                  (parsed.group_by and parsed.intent == "top" or parsed.ranking,
                   r"\b(?:rank(?:ed)?|sort(?:ed)?|order(?:ed)?)(?: them| these| those)? by (?:the )?(?:number|count) of "
                   r"(?:finishers|runners|results|entries)\b"),
                  (parsed.difference, r"\bminus\b|\bdifference\b|\bgap\b|\bhow many (?:more|fewer)\b|\bmore\b|\bthan\b"),
                  (parsed.group_shares, _GROUP_SHARE),
                  # ("percent change from 2024 to 2025 (negative if it shrank)": the change's sign, as given)
                  (parsed.change_years, r"\b(?:negative|positive|minus) if (?:it |they )?(?:shrank|shrunk|dropped|fell|declined|"
                                        r"grew|rose|went down|went up|got smaller|got bigger)\b"),
                  # ("how wide was the field … the gap between the 10th and 90th percentile": the spread computed)
                  (parsed.measure and parsed.measure.endswith((",spread", ",iqr")),
                   r"\bhow (?:wide|far apart)\b|\b(?:wide|width|gap|difference|spread|range|distance|minus|apart)\b"),
                  (parsed.time_bands or parsed.band_width or parsed.age_bands, _GROUP_SHARE),   # (each band with its percent)
                  (parsed.cohort and parsed.cohort.with_returning, _RETURNING_BESIDE),
                  # "what time would have put you in the fastest quarter (25th percentile)": the percentile said in words
                  (parsed.measure and rx.match(r"p\d|median", parsed.measure),
                   r"\b(?:fastest|quickest|slowest|top|bottom|front|back) (?:quarter|quartile|tenth|decile|half)\b"),
                  # "DNF rate for each year, in year order": the years in order, as a year's rows always are
                  ("year" in parsed.group_by or "edition" in parsed.group_by or parsed.intent == "trend",
                   r"\b(?:in|by) (?:year|date|chronological) order\b|\bin order of (?:the )?(?:year|date)s?\b"),
                  # "since 2022 (2022 included)": a range's first year is in it
                  (parsed.dates, r"\(\s*(?:20\d\d\s+)?(?:included|inclusive|included too|counts)\s*\)|\binclusive\b"),
                  (parsed.status == "DNS" or parsed.metric and parsed.metric.unit == "DNS", rf"\b(?:{NOT_STARTED_SAID})\b"),
                  # "… the worst no-show rate? Year and rate.": the columns asked for, the rate said again
                  (parsed.metric and parsed.metric.kind == "rate",
                   r"(?:\band|\+|&|,|\bwith)\s+(?:the\s+|its\s+)?rates?\b(?=[\s).?!]*(?:please|pls|thanks)?[\s).?!]*$)|"
                   r"\brates?\s+(?:and|\+|&)\s+(?:the\s+)?(?:year|event|race|edition)s?\b"),
                  # "finish rate (finishers divided by starters)": the rate's definition said again
                  (parsed.metric and parsed.metric.kind == "rate",
                   r"\(\s*(?:finishers|finishes|dnfs?|dns|no[- ]shows?)\s+(?:divided by|over|÷|/|out of)\s+(?:the\s+|all\s+)?"
                   r"(?:finishers|starters|entrants|entries|runners|registrants)\s*\)"),
                  # "finished A and B, not necessarily the same year": any year each (the cohort's own rule)
                  (parsed.cohort and parsed.cohort.kind == "both" and not parsed.cohort.same_year,
                   r"\(?\b(?:not necessarily|(?:does|did|do)(?: not|n't) have to be|need not be)\b (?:in )?(?:the )?same "
                   r"(?:calendar )?year\)?"),
                  # "Both Mother's Day 5Ks in 2024: … San Jose vs Santa Cruz": the two events, compared
                  (len(parsed.events) == 2 and "event" in parsed.group_by and not parsed.cohort, r"^\W*both\b"),
                  # "People, not entries": each person once
                  (parsed.distinct_people, _PEOPLE_NOT_ENTRIES),
                  (parsed.ranking, r"\brank(?:ed)? (?:them|these|those|(?:all )?the (?:years|editions|age groups|states|cities|"
                                   r"events|races|months))\b")]
    read_spans += [m.span() for found, pattern in said_again if found for m in rx.finditer(pattern, text)]
    if parsed.intent == "compare" and parsed.group_by:
        read_spans += [m.span(1) for m in rx.finditer(_WHICH_MORE_OR, text)]
    read_spans += _company_named(text, vocabulary.company) + [m.span() for m in rx.finditer(SAME_RUNNER_AGAIN, text)]
    if parsed.distinct_of == "edition":
        read_spans += [m.span() for m in rx.finditer(_EACH_EDITION_ONCE, text)]
    if parsed.distinct_of == "city":   # "distinct hometowns (city + state pairs)": how a city is told apart, as counted
        read_spans += [m.span() for m in rx.finditer(r"\bcity ?(?:\+|and|&|/|,|with) ?(?:its |their )?state(?: (?:pairs?|"
                                                      r"combos?|combinations?))?\b", text)]
    if parsed.subject == "races":
        read_spans += [m.span() for m in rx.finditer(_EACH_RACE_ITS_OWN, text)]
        if starts := [m.span() for m in rx.finditer(_RACE_START, text)]:   # the races listed, each with its start time
            read_spans += starts
            parsed = replace(parsed, intent="list" if parsed.intent in (None, "find") else parsed.intent)
    if parsed.person and (asked_status := [m.span() for m in rx.finditer(_STATUS_ASKED, text)]):
        # "what's her result status? did she get a finish or not": her results whatever their status (it kept finishes)
        read_spans += asked_status
        parsed = replace(parsed, status=None)
    if parsed.person and parsed.intent in (None, "list", "find") and not (parsed.more_people or parsed.group_by) and (
            faster := [m.span() for m in rx.finditer(_FASTER_OF_HERS, text)]):
        # "ran both Bowling Green and the Cincinnati turkey trot in 2024. Which one was he faster at?": her faster result
        # of those asked (it listed both)
        read_spans += faster
        # (the years said stay hers: "in 2017 and 2023. which year was he quicker" had read as runners who improved)
        years = parsed.years or tuple(sorted({int(year) for year in rx.findall(r"\b(20\d\d)\b", question)}))
        parsed = replace(parsed, intent="top", limit=1, years=years if len(years) > 1 else parsed.years,
                         dates=None if len(years) > 1 else parsed.dates,
                         # of several events, by pace: a half marathon's time is never "faster" than a mile's by
                         # being shorter (it had compared his Tacoma half with his Bend mile by time)
                         metric=parsed.metric or (Metric("pace", "km", "min") if len(parsed.events) > 1 else None))
    if parsed.person and parsed.intent in (None, "list", "find") and not parsed.best_place:
        # "she wants to know her age group placing at X": her result there, its places shown (never "best placing")
        read_spans += [m.span() for m in rx.finditer(r"(?:\b(?:her|his|their|my|your)\s+|'s\s+|\s{3,})(?:age[- ]?group\s+|overall\s+|"
                                                      r"gender\s+|division\s+)?placings?\b", text)]   # (a name blanked)
    if parsed.person and not parsed.group_by and (homes := [m.span() for m in rx.finditer(_HOME_OF_RUNNER, text)]):
        # "where is Henry Smith from? city and state", "her hometown": the runner's home on their results, counted
        read_spans += homes
        parsed = replace(parsed, intent="count", group_by=("city",))
    if parsed.person:   # "when did she set her half marathon best": the verb of a best
        read_spans += [m.span() for m in rx.finditer(r"\b(?:set|smashed|broke|crushed|beat|bettered)\b(?= (?:a|an|his|her|their|my|"
                                                      r"the)\b[\w' ]{0,30}?\b(?:best|pr|pb|"
                                                      r"record|fastest)\b)", text)]
    # "claims he's won his age group there several times. How many times exactly?": the vague count is what is asked
    read_spans += [m.span() for m in rx.finditer(r"\b(?:several|a few|a bunch of|multiple|numerous|a couple of|many) times\b"
                                                 r"(?=[^?]*?[.!?]\s+how many times\b)", text)]
    if parsed.cohort and parsed.cohort.legs:
        read_spans += [m.span() for m in rx.finditer(_SOON_AFTER, text)]
    if parsed.averaged_over == "runner":   # "(runners with 1+ finish)": each runner counted has one at least
        read_spans += [m.span() for m in rx.finditer(r"\b(?:at least (?:one|1)|1\s?\+|one or more) (?:finish(?:es)?|results?|"
                                                      r"races?|entr(?:y|ies))\b|\b(?:finished|raced|entered) at least once\b",
                                                      text)]
    # ("… the 5K and the 10K at Napa on the same day": the one event held there)
    one_event = len(parsed.events) == 1 or not parsed.events and parsed.event_city and vocabulary.only_event_in(parsed.event_city)
    if parsed.cohort and parsed.cohort.kind == "both" and len(parsed.distances) == 2 and one_event and (
            same := [m for m in rx.finditer(r"\b(?:that|the) same (?:morning|day|afternoon|weekend|event|edition|race day|year)\b|"
                                            r"\bat the same\s{3,}(?:(?:edition|race|event)\b)?|\bthat day\b", text)
                     # ("(doesn't have to be the same year)": any editions, the cohort's own rule)
                     if not rx.search(r"\b(?:not|n'?t|need not|no need)\b[^?()]{0,25}$", text[:m.start()])]):
        # "finished the 1 Mile at the 2024 Bend Turkey Trot … also the 5K that same morning": that edition's two races;
        # "both the full and the half at the same Atlanta Spring Marathon": both in one edition, any edition (an event
        # is held once a year)
        read_spans += [m.span() for m in same]
        if not parsed.dates:
            parsed = replace(parsed, cohort=replace(parsed.cohort, same_year=True))
    # "our two Mother's Day 5Ks": the events found, counted
    if parsed.cohort and parsed.cohort.kind == "min_finishes" and parsed.cohort.count == 1 and parsed.cohort.exact:
        # "runners with exactly one result with us … one-and-done folks": the cohort said in slang too
        read_spans += [m.span() for m in rx.finditer(r"\b(?:1|one)[- ]and[- ]done\b", text)]
    if parsed.cohort and (parsed.cohort.kind == "min_finishes" and parsed.cohort.count == 2 or
                          parsed.cohort.kind == "both" and len(parsed.distances) == 2):
        # "how many doubled up (ran 2+ races) at the 2025 Bend Turkey Trot", "who doubled up … and finished both the mile
        # and the 5K": two races, the cohort said in slang too
        read_spans += [m.span() for m in rx.finditer(r"\b(?:doubled|double[sd]?)(?: up)?\b|\bdid the double\b", text)]
    read_spans += [m.span() for m in rx.finditer(r"\b(?:our|the|both|all|these|those) (two|three|four|five|[2-5])(?=\s{3,})", text)
                   if NUMBER_WORDS.get(m.group(1), int(m.group(1)) if m.group(1).isdigit() else 0) == len(events)]
    read_spans += [m.span() for m in _EVERY_STATUS.finditer(text)] + _masters_said(text, parsed.group_by) + [
        m.span() for m in _ONCE_EACH.finditer(text)]
    if parsed.measure in ("total_km", "total_miles"):   # "the total distance covered", "how many km … put in"
        read_spans += [m.span() for m in rx.finditer(r"\b(?:covered|cover|covering|put in|logged|log|racked up|distance)\b", text)]
    if parsed.measure == "fastest_and_slowest":   # "the gap in seconds between the fastest and the slowest": its spread
        read_spans += [m.span() for m in rx.finditer(r"\b(?:gap|spread|range|vary|varies|varied|minus|crossing)\b", text)]
        # ("between the first and last finisher": the two ends of the field, no place kept)
        parsed = replace(parsed, place=None, place_overall=False, last_place=False, limit=None, winners=False)
    read_spans += [m.span() for m in rx.finditer(_EACH_OF_RACES, text)]
    # "… than in 2019? Show both years and the difference": the answer's columns
    read_spans += [m.span() for m in rx.finditer(r"\b(?:show|give|list|display|with|plus) (?:me |us )?both (?:years|values|"
                                                  r"numbers|figures|counts|times|rates|medians|averages)\b", text)]
    if parsed.change_years:   # "2023 against 2025. Show both, and the change": the two years' figures a change has beside it
        read_spans += [m.span() for m in rx.finditer(r"\b(?:show|give|tell|list)(?: me| us)? both\b(?=\s*[?.!,;]|\s*$)", text)]
    if len(parsed.years) == 2 and "year" in parsed.group_by:
        # "was the average slower in 2024 than 2023? give me both", "the median for each of those two years": the two
        # years' figures, as the answer has them (never beside a change, read as one row)
        two_years = r"\b(?:for )?(?:each of )?(?:those|these|the|both) (?:two|2) years\b|\b(?:for |in )?both (?:of )?(?:the |those |these )?years\b"
        read_spans += [m.span() for m in rx.finditer(r"\b(?:show|give|tell|list)(?: me| us)? both\b(?=\s*(?:[?.!]|$))|" + two_years,
                                                      text)]
        first, last = sorted(parsed.years)
        if parsed.dates and (parsed.dates.start, parsed.dates.end) == (date(first, 1, 1), date(last + 1, 1, 1)) and \
                rx.search(two_years, text):
            # "did it grow between 2021 and 2023? finishers for each of those two years": those two, never 2022 too
            parsed = replace(parsed, dates=None)
    if not parsed.group_by:   # "the 10th and 90th percentile chip times? One row, both numbers": the answer's shape
        read_spans += [m.span() for m in rx.finditer(r"\b(?:in )?(?:one|a single) row(?: only)?\b(?:,? (?:with )?(?:both|all|"
                                                      r"the two|the three) (?:numbers|values|figures|columns))?|"
                                                      # ("… from Maine or over from Vermont? one combined number")
                                                      r"\b(?:one|1|a single) (?:combined |total |overall )?(?:number|figure|"
                                                      r"count|total)\b", text)]
    if parsed.metric or parsed.measure:   # "which finisher had the biggest gap …, and how big was it in seconds"
        read_spans += [m.span() for m in rx.finditer(r"\bhow big (?:was|is|were) (?:it|that|the (?:gap|difference|"
                                                      r"margin|spread))\b", text)]
    if parsed.measure and rx.search(r"\bp\d", parsed.measure):   # "what chip time marks the fastest quarter"
        read_spans += [m.span() for m in rx.finditer(r"\b(?:marks|marked|marking|mark)\b", text)]
    if parsed.group_by and parsed.status in COUNTED_STATUSES and not parsed.groups_with_any:
        # "DQs each year, including zero years": a group with none is shown as 0 already
        read_spans += [m.span() for m in rx.finditer(r"\b(?:including|with|showing|show|incl\.?) (?:the )?(?:zeros?|0s?|"
                                                      r"none)(?: (?:years|rows|counts|groups))?\b|\bincluding (?:the )?"
                                                      r"(?:years|ones|groups) with (?:none|zero|0)\b", text)]
    if parsed.groups_with_any:
        read_spans += [m.span() for m in rx.finditer(_ONLY_WITH_ANY, text)]
    if parsed.top_places:   # "how many women made the overall top 10": the verb of the places read
        read_spans += [m.span() for m in _IN_TOP.finditer(text)]
    if "quarter" in parsed.group_by:   # "2025 entries by quarter": one row per calendar quarter
        read_spans += [m.span() for m in rx.finditer(r"\b(?:by|per|each|every|for each) (?:calendar )?quarters?\b", text)]
    # ("the Bowling Green Shamrock 5K (spring) and the Cincinnati Turkey Trot (fall)": when each is held, no filter)
    described = [m.span(1) for m in rx.finditer(rf"\s{{3}}[\w' ]{{0,20}}?(\(\s*{SEASON_WORD}\s*\))", text)]
    read_spans += described
    if seasons := find_seasons(_blank(text, described), parsed.dates):   # "our winter events, all years", "spring vs summer events in 2024"
        # (two seasons said, "more in spring or fall", "the spring of 2022 and the fall of 2022": one row each)
        parsed = replace(parsed, seasons=seasons, group_by=("season",) if 1 < len(seasons) < 4 and not parsed.group_by and
                         not parsed.ranking else parsed.group_by)
        read_spans += [m.span() for m in rx.finditer(rf"\b{SEASON_WORD}(?: (?:events?|races?|season))?\b", text)]
    if len(compared := set(parsed.years) | set(parsed.change_years or ())) >= 2 and not parsed.dates and (
            periods := rx.findall(rf"\b({'|'.join(MONTHS)}|spring|summer|fall|autumn|winter|q[1-4]|(?:first|second|"
                                  rf"third|fourth|1st|2nd|3rd|4th) (?:half|quarter))\s+(?:of\s+)?(20\d\d)\b", text)):
        # "finishers June 2024 vs June 2025": the same month of each year compared; anything else is said back (it
        # compared the whole years)
        if len(periods) == len(compared) and len({said for said, _ in periods}) == 1 and periods[0][0] in MONTHS:
            parsed = replace(parsed, month=MONTHS[periods[0][0]])
        elif len(periods) == len(compared) and parsed.seasons and len(parsed.seasons) == len({said for said, _ in periods}) == 1:
            pass   # ("spring 2024 vs spring 2025": that season of each year, read above)
        else:   # ("Q2 2024 vs Q2 2025": it compared the whole years)
            parsed = replace(parsed, notes=(*parsed.notes, "a comparison of seasons, quarters or different months of "
                                                           "two years I cannot give yet: ask for each period"))
    if parsed.month:  # "in March, any year" is not last March
        parsed = replace(parsed, dates=None)
    parsed = _years_listed(parsed, text)
    if parsed.time_limit and parsed.status in ("DNF", "DNS", "DQ", "UNFINISHED", "DNF_OR_DQ"):
        # "how many did not finish under 30 minutes": a time limit on runners without a finish time, a negation unread
        # (it counted DNFs under 30 minutes: 0)
        parsed = replace(parsed, notes=(*parsed.notes, "runners with no finish have no finish time: ask for finishers "
                                                       "over or under the time"))
    if parsed.last_editions and "year" not in parsed.group_by and (parsed.intent == "compare" and not parsed.group_by or rx.search(
            r"\beach of (?:its|the|their|our) (?:last|past|previous|latest|most recent) ", text) or
            _OLDEST_FIRST.search(text)) and not parsed.cohort:   # ("… for the last three editions, oldest to newest")
        # "in each of its last five editions", "compare finisher counts for the last two editions": one row per edition
        # ("every one of its last three editions": runners of all of them, a cohort)
        parsed = replace(parsed, group_by=("year", *parsed.group_by), notes=tuple(
            note for note in parsed.notes if not note.startswith("say what to compare")))
        read_spans += [m.span() for m in _OLDEST_FIRST.finditer(text)]
    if (before := rx.search(_YEAR_BEFORE, text)) and parsed.dates and len(parsed.years) <= 1 and not parsed.change_years and \
            parsed.dates.start.year == (parsed.dates.end - timedelta(days=1)).year and (
            parsed.events or parsed.dates.start == date(parsed.dates.start.year, 1, 1) == parsed.dates.end.replace(
                year=parsed.dates.end.year - 1)):
        # "finishers at last December's X compared with the year before": that edition's year and the one before it,
        # a row each (an event's editions are a year apart; without an event, only a whole year is said)
        year = parsed.dates.start.year
        parsed = replace(parsed, dates=None, years=(year - 1, year), intent="compare",
                         group_by=parsed.group_by if "year" in parsed.group_by else ("year", *parsed.group_by),
                         notes=tuple(note for note in parsed.notes if not note.startswith("say what to compare")))
        read_spans.append(before.span())
    if parsed.edition == "first_and_last":   # "finishers at its first edition and at its most recent one": a row each
        # ("in its first year compared with last year": the latest edition said as last year, no year kept)
        last_year = parsed.dates is not None and parsed.dates.words.startswith("last year")
        parsed = replace(parsed, group_by=parsed.group_by if "year" in parsed.group_by else ("year", *parsed.group_by),
                         dates=None if last_year else parsed.dates, years=() if last_year else parsed.years,
                         notes=tuple(note for note in parsed.notes if not note.startswith("say what to compare")))
        read_spans += [m.span() for m in rx.finditer(_FIRST_AND_LAST, text)]
    if parsed.measure in ("fastest", "slowest") and parsed.group_by and set(parsed.group_by) <= RUNNER_GROUPS and \
            not parsed.person and rx.search(_HOLDER_ASKED, text):
        # "for each race, the all-time fastest chip time and who ran it / the year it was run": the runner of each
        # group's fastest time, with her year and event (it gave the times alone)
        parsed = replace(parsed, measure=None, intent="top", limit=parsed.limit or 1, last_place=parsed.measure == "slowest")
    # ("of the 2023 finishers, what percentage finished again in 2024": the share of them, not the finish rate of
    # their results, which "finished" said beside a share word had read)
    share_as_rate = parsed.metric and parsed.metric.kind == "rate" and parsed.metric.unit == "FIN" and not rx.search(
        r"\b(?:finish(?:ing)?|completion) rates?\b", text)
    if (said := rx.search(_COHORT_SHARE, text)) and parsed.cohort and parsed.cohort.kind in SHARED_COHORTS and \
            (parsed.intent == "count" or share_as_rate) and not (parsed.share_of or parsed.group_by or parsed.person or
                                                                 parsed.ranking):
        # "of everyone who raced with us in 2024, what fraction raced with us again in 2025", "… who finished it again
        # in 2025 - what fraction of the 2023 group": the runners of the cohort among the whole, each once (it counted
        # them, the share word unread)
        part = Parsed(question=parsed.question, intent="count", subject="results", confidence=0.0, cohort=parsed.cohort)
        parsed = replace(parsed, cohort=None, share_of=part, metric=Metric("share", "people"), intent="analyze",
                         distinct_people=True, status="FIN" if share_as_rate and parsed.status is None and rx.search(
                             r"\bfinishers\b", text) else parsed.status)
        read_spans.append(said.span())
    if order := _ORDER_SAID.search(text):
        parsed, ordered = _ordered_groups(parsed, order)
        read_spans += [order.span()] if ordered else []
    if _by_clock(parsed):   # ("the busiest minute at the finish line": where the clock is read, said)
        read_spans += [m.span() for m in rx.finditer(r"\b(?:(?:at|across|crossing|crossed|cross|over|through|to) )?"
                                                     r"(?:the )?(?:finish(?:ing)? )?line\b", text)]
    if (size_said := find_group_size(text)) and (sized_groups := _sized_groups(parsed, size_said)):
        parsed = sized_groups
        read_spans.append(size_said.span())
    if parsed.ranking and (ties := rx.search(r"\bties? (?:broken|sorted|ordered|settled) (?:alphabetically|by name|a-z)"
                                             r"(?: by (?:the )?[\w ]{1,20}?)?(?=\s*[,.;:?)]|$)", text)):
        # "highest rate first, ties broken alphabetically by age group": a ranking's ties come in the group's order
        read_spans.append(ties.span())
    if parsed.intent == "top" and (parsed.ranking or parsed.limit) and (
            ranked := rx.search(r"\brank(?:ed|ing)?\b(?! (?:them|these|those|it|they)\b)", text)):
        read_spans.append(ranked.span())   # "rank the three fastest women …": the top list read ("rank them": of what?)
    if (totals := _totals_asked(text, parsed)) and set(parsed.group_by) - {"year", "event", "race"}:
        # ("how many events and finishers per state": counts of other things per group, unread — never the last alone)
        parsed = replace(parsed, notes=(*parsed.notes, "several counts side by side I can give in all, per year or per "
                                                       "event only"))
    elif totals:
        # "how many events, races and finishers have we timed": each count, side by side (it gave the last alone)
        parsed = replace(parsed, totals=totals[0], intent="count", subject="results", status=None, distinct_people=False,
                         limit=None)
        read_spans.append(totals[1])
        text = text[:totals[1][0]] + " " * (totals[1][1] - totals[1][0]) + text[totals[1][1]:]
    if parsed.apart and (apart := rx.search(_RUNNERS_APART, text)):
        read_spans.append(apart.span())   # ("how far apart were the times of A and B": their difference, unsigned)
    if parsed.intent in ("list", "top", "find") and not parsed.bib:   # ("which event, what year and the bib": shown)
        read_spans += [m.span() for m in rx.finditer(r"\b(?:the |their )?bibs?(?: numbers?)?\b", text)]
    leftover = _blank(_phrases_read(text), place_spans + read_spans)
    # (time bands are "how many under 25:00, how many 25:00 up to 35:00, …": one answer)
    unsupported = [m.group(0) for m in _UNSUPPORTED.finditer(text)
                   if not ((parsed.time_bands or parsed.cohort and parsed.cohort.with_returning or
                            # ("how many finished again in 2024, and what's the retention percentage": a cohort's
                            # share is shown with its count)
                            parsed.share_of is not None and parsed.share_of.cohort is not None) and
                           m.group(0).startswith("how many") or
                           parsed.averaged_over and m.group(0).startswith(("average", "avg")) or
                           # ("how many times has she finished the full marathon …, and what's her average marathon
                           # time": the count and the average of the one race said in both)
                           parsed.with_count and len(parsed.distances) == 1 and m.group(0).startswith("how many") and
                           distance_mention(m.group(0)) or
                           # ("dropped down and finished the 10K there in 2024": each year's own race, read)
                           parsed.cohort and parsed.cohort.leg_races and rx.fullmatch(r"\w+ (?:up|down)", m.group(0)) or
                           parsed.top_places and rx.match(r"(?:in|of|among|within) the (?:top|first)", m.group(0)) or
                           # ("how many did I win and how many did he win", "how many races have we both finished and how
                           # many times was I faster": the two runners' wins and the races they shared, read)
                           parsed.pair in ("head_to_head", "beat_count") and m.group(0).startswith("how many") or
                           # ("which year had the most finishers and which had the fewest": both ends of a ranking, read)
                           parsed.ranking and parsed.ranking.both_ends and rx.match(r"(?:most|highest|biggest)\b",
                                                                                    m.group(0)) or
                           # ("the busiest minute at the finish", "per clock minute": the clock at the line, read)
                           _by_clock(parsed) and rx.search(r"(?:minute|hour)s?$", m.group(0)) or
                           # ("age of the oldest finisher each year": the oldest of each group, a metric read)
                           parsed.metric and parsed.metric.kind in ("oldest", "youngest") and rx.match(
                               r"(?:oldest|youngest)\b", m.group(0)) or
                           # ("the fastest woman each year at X": the runners within each group, a top list read)
                           # ("the top 2 women in each age bracket: under 40, …": each bracket's, a top list read)
                           runners_per_group(parsed) and (rx.match(r"(?:fastest|quickest|slowest)\b", m.group(0)) or (
                               parsed.group_by or parsed.age_bands) and rx.match(r"(?:top|first|best)\b", m.group(0))) or
                           # ("how many different distances has he finished": a runner's races, counted)
                           parsed.distinct_of == "race" and parsed.person and rx.match(r"how many\b[^?]*\bdistances$",
                                                                                      m.group(0)) or
                           # ("faster than the average": read as a filter on the field's own average, or as the
                           # reference a runner's time is set against)
                           (parsed.field_limit or parsed.rival and parsed.rival.side in REFERENCES) and rx.match(
                               r"(?:older|younger|faster|slower|quicker|above|below|beat)", m.group(0)))] + _years_left_out(parsed) + _season_left_out(
        _blank(text, described), parsed) + _month_left_out(_blank(text, described), parsed) + (
        # ("split the finishers into time bands": a verb)
        ["splits"] if rx.search(r"(?<!gender )(?<!sex )(?<!age )(?<!group )(?<!men )(?<!males )\bsplits?\b(?!\s+(?:(?:the|our|them|"
                                r"it|all|those|these)(?:\s+[\w'-]+){0,4}\s+)?(?:by|into|up|out|across|per|between)\b)"
                                # ("Split last year's full-series finishers (people who …) by sex please": split by, said after)
                                r"(?![^?]{0,120}\bby (?:sex|gender|age(?: group)?|state|year|event|race|city)\b)", text) else [])
    parsed = _groups_that_had(parsed, text)
    if parsed.person and parsed.group_by == ("year",) and parsed.intent == "count" and (parsed.top_places or parsed.time_limit) \
            and rx.search(r"^\W*(?:in )?(?:which|what) years\b|[.?!]\s*(?:in )?(?:which|what) years\b", text):
        # "Which years did she make the podium (top 3) in her age group": her results that did, each with its year and
        # place (it counted every year, a zero for the others)
        parsed = replace(parsed, intent="list", group_by=())
    if parsed.subject == "events" and parsed.intent == "count" and parsed.events and parsed.edition in ("first", "last") and \
            not parsed.group_by and rx.search(r"\bhow many (?:editions|times|years|of them)\b", text):
        # "when was the first one held, and how many editions have there been": the editions counted, the first and
        # latest shown beside them (it had read "first" as its first edition's winner, counted alone)
        parsed = replace(parsed, edition=None, place=None, place_overall=False, limit=None,
                         **({"distances": (), "race_of_name": False} if parsed.race_of_name else {}))
    if len(parsed.events) == 1 and not (parsed.ranking or parsed.measure or parsed.metric or parsed.cohort or parsed.dates) and (
            biggest := rx.search(r"\b(smallest|biggest|largest)(?: edition of(?: the)?)?\s{3,}(?:edition\s+)?(?:ever|of all time|on "
                                 r"record|in (?:its|their) history|(?:that )?(?:we'?ve|we have) (?:ever )?(?:timed|held|had|put on))\b|"
                                 # ("its record year for finishers", "the record field": never a course record)
                                 r"\b(record)[- ](?:year|field|turnout|edition|attendance)\b", text)):
        # "what was the smallest San Jose Mother's Day 5K ever, by finishers? year and count": its editions ranked (it
        # gave every edition's total); its entries when said ("… year and number of entrants": it counted finishers)
        entries = rx.search(r"\b(?:entrants|entries|registrations|registrants|sign-?ups|any status|every status|fields?)\b",
                            text) and parsed.status != "FIN"
        parsed = replace(parsed, intent="top", subject="results", group_by=(), limit=None,
                         status=None if entries else parsed.status or "FIN",
                         ranking=Ranking("year", "count", biggest.group(1) != "smallest", 1, size=not entries))
        if parsed.race_of_name and not _named_by_city_and_race(question, mentions):
            # (an edition's size is of every race; "the Tacoma half" said short is that race)
            parsed = replace(parsed, distances=(), race_of_name=False)
    # (the one of two events: "which of A and B had more finishers", "which of our two Mother's Day 5Ks had …" — it listed
    # their finishers)
    two = parsed.intent in ("compare", "analyze") and parsed.group_by == ("event",) or parsed.intent == "list" and not parsed.group_by and \
        rx.search(r"\bwhich of\b", text)
    if two and len(parsed.events) == 2 and not (
            parsed.measure or parsed.metric or parsed.cohort or parsed.difference) and (which := rx.search(
            _WHICH_WORDS + r" (?:had|has|drew|got|saw|attracted|"
            r"pulled) (?:the )?(more|fewer|less|bigger|smaller|larger)(?: (?:finishers|runners|entrants|starters|people|"
            r"participants|field))?\b", text)) and not rx.search(r"\beach\b|\bboth\b|\bside by side\b|\brespectively\b|"
                                                            r"\bby how (?:much|many)\b|\bhow many (?:more|fewer)\b", text):
        # "A or B - which had more finishers two years ago?": the one (and its count), as "which had the most"
        parsed = replace(parsed, intent="top", group_by=(), ranking=Ranking(
            "event", "count", which.group(1) in ("more", "bigger", "larger"), 1))
    elif two and len(parsed.events) == 2 and \
            parsed.measure in ("average", "median") and not (parsed.metric or parsed.cohort or parsed.difference) and (
            which := rx.search(_WHICH_WORDS + r" (?:had|has|was|is|were|"
                               r"ran) (?:the |a )?(faster|slower|quicker)\b", text)) and not rx.search(
            r"\beach\b|\bboth\b|\bside by side\b|\brespectively\b|\bby how (?:much|many)\b|\bhow much (?:faster|slower)\b", text):
        # "A vs B: which one has the faster median finish time?": the one, with its median (as "which had the fastest")
        parsed = replace(parsed, intent="top", group_by=(), limit=1, measure=None, ranking=Ranking(
            "event", "avg_time" if parsed.measure == "average" else "median_time", which.group(1) == "slower", 1))
    if parsed.cohort and parsed.cohort.kind == "both" and len(parsed.distances) == 2 and not one_event and (
            day := rx.search(r"\b(?:on |at )?(?:that|the) same (?:morning|day|afternoon|race day)\b", text)):
        # "… the 5K and the 10K at Pittsburgh on the same day", two events held there: the day not read (it counted
        # runners of both races on any dates, at 1.0)
        unsupported.append(day.group(0))
    if parsed.group_by == ("masters",) and not parsed.difference and (
            differed := rx.search(r"\b(?:the )?difference\b|\bminus\b", text)):
        # "the difference between under-40 and masters median times": each class's figure, the difference not given
        unsupported.append(differed.group(0))
    if parsed.intent == "top" and not (parsed.last_place or parsed.ranking or parsed.group_by) and \
            (reversed_order := rx.search(r"\bslowest first\b", text)):
        # "the seven fastest …, slowest first": the fastest shown in the other order, which a top list does not give yet
        # (it gave them fastest first, at 1.0)
        unsupported.append(reversed_order.group(0))
    unsupported += _towns_unread(text, place_spans, parsed, vocabulary)
    if parsed.measure == "fastest_and_slowest" and not parsed.group_by and (
            when := rx.search(r"\b(?:which|what) (?:years?|races?|events?|dates?)\b|\band when\b|\bwhen (?:were|was) (?:they|those|that)\b",
                              text)):
        unsupported.append(when.group(0))   # ("my best and worst marathon times, and which years": the two times alone, no year)
    if parsed.pair == "each_wins" and parsed.sex and (race := rx.search(r"\b(?:women|men|female|male|girls|boys)(?:'s)?\b", text)):
        unsupported.append(race.group(0))   # ("won the women's race more times, me or my sister": overall wins were counted)
    if parsed.wins_before and not parsed.winners:   # ("has she won it before" of no winner asked: not read)
        unsupported.append("won it before")
    if parsed.winners and (since := rx.search(r"\bwon (?:it|this|that race|there) (?:again |ever )?(?:since|after(?:wards| that)?|later)\b|"
                                              r"\b(?:won|win) (?:it|this) again\b", text)):
        unsupported.append(since.group(0))   # ("… and has that person won it since?": later wins, not given yet — it dropped them)
    if parsed.winners and parsed.subject != "people" and not parsed.person and (each := rx.search(
            r"\bhow many times (?:has |have )?each\b[^?]{0,60}?\bwon\b|"
            r"\beach (?:one|winner|runner)['\u2019]?s? (?:number of )?(?:wins|titles)\b", text)):
        unsupported.append(each.group(0))   # ("every winner and how many times each has won": one count of wins at 1.0)
    if parsed.winners and parsed.sex and (both := rx.search(r"\boverall (?:and|&) (?:the )?(?:female|male|women'?s?|men'?s?|"
                                                            r"first (?:woman|man))\b", text)):
        unsupported.append(both.group(0))   # ("every overall and female winner": the overall ones were dropped at 1.0)
    if relative := relative_unnamed(question):
        # ("I'm Daniel Wallace. Did my wife beat me …?": who she is the archive cannot tell — it answered of him alone)
        unsupported.append(relative)
        parsed = replace(parsed, notes=(*parsed.notes, f"who '{relative}' is I cannot tell: say the name ('{relative} Jane Smith')"))
    parsed = replace(parsed, unused=tuple(dict.fromkeys(unsupported + not_used(leftover, _used_numbers(parsed)) +
                                                        _meaning_missing(parsed, text))))
    if parsed.cohort and parsed.cohort.kind == "every_edition" and parsed.cohort.any_event and "both" in parsed.unused and \
            rx.search(r"\bboth (?:of )?(?:our|the|its) (?:20\d\d )?events\b", text):
        # ("how many runners finished both our events in 2023": every event held that year, two of them)
        parsed = replace(parsed, unused=tuple(said for said in parsed.unused if said != "both"))
    if parsed.cohort and parsed.cohort.kind == "min_finishes" and parsed.group_by == ("year",) and "same" in parsed.unused and \
            rx.search(r"\b(?:that|the) same (?:calendar )?year\b", text):
        # ("… two or more of our events in that same year", per year: counted within each year)
        parsed = replace(parsed, unused=tuple(said for said in parsed.unused if said != "same"))
    # a construct read (a metric, a ranking, a cohort, a change, a place) says what is asked as plainly as a verb
    said = bool(parsed.metric or parsed.ranking or parsed.cohort or parsed.change_years or parsed.place or
                parsed.difference or parsed.time_bands or parsed.band_width or parsed.age_bands or parsed.pair)
    if parsed.age_bands and set(parsed.group_by) & {"age_decade", "age_group"}:
        # ("DNF rate by age decade: under 20, 20s, 30s, …": the brackets listed are the decades asked)
        parsed = replace(parsed, group_by=tuple(dim for dim in parsed.group_by if dim not in ("age_decade", "age_group")))
    if parsed.age_bands and parsed.metric and parsed.metric.kind not in ("rate", "pace"):
        # ("the share … for each age band": the brackets are counted, rated and timed, never this yet — said back)
        parsed = replace(parsed, notes=(*parsed.notes, f"a {parsed.metric.kind} for each age bracket I cannot give yet: ask "
                                                       "for the finishers in each, or by age group"))
    if (parsed.time_bands or parsed.band_width or parsed.age_bands and not (parsed.measure or parsed.metric)) and \
            parsed.intent in ("list", "find", "analyze", None):
        parsed = replace(parsed, intent="count")   # "break the finishers down into under 20:00, …": counted
    elif parsed.age_bands and parsed.measure and parsed.intent in ("count", "list", "find", None):
        # "median chip time of finishers under 30, 30-39, …": each bracket's time (it counted each bracket's finishers)
        parsed = replace(parsed, intent="analyze")
    if parsed.bib and parsed.intent is None:
        parsed = replace(parsed, intent="find")    # "bib #2045 at the 2024 Turkey Trot?": who wore it
    if parsed.intent == "trend" and not (parsed.events or parsed.event_city or parsed.event_state or parsed.distances or
                                         parsed.sex or parsed.age or parsed.status or parsed.measure or parsed.metric or
                                         parsed.person or parsed.runner_city or parsed.runner_state or parsed.cohort or
                                         parsed.ranking or parsed.change_years) and not rx.search(
            r"\b(?:finishers?|runners?|entr(?:y|ies|ants?)|participants?|people|results?|registrations?|registrants?|events?|"
            r"races?|field|turnout|attendance|numbers?|counts?|headcounts?|sizes?|growth|participation)\b", text):
        # "what's the trend?": a trend of nothing said (it counted every runner per year)
        parsed = replace(parsed, notes=(*parsed.notes, "say what the trend is of: finishers, a time, an event"))
    if parsed.age and parsed.place == 1 and not (parsed.sex or parsed.age_group or parsed.group_by) and \
            parsed.age.high - parsed.age.low == 4 and rx.search(
                rf"\b{parsed.age.low}\s*[-\u2013]\s*{parsed.age.high} age[- ]?group\b|\bage[- ]?group {parsed.age.low}\s*[-\u2013]\s*"
                rf"{parsed.age.high}\b", text):
        # "who won the 40-44 age group": age groups are each sex's, so both winners (it gave the fastest of either)
        parsed = replace(parsed, age=None, place=None, winners=True, age_group=f"M{parsed.age.low}-{parsed.age.high}",
                         more_age_groups=(f"F{parsed.age.low}-{parsed.age.high}",))
    if parsed.winners and not (parsed.events or parsed.event_city or parsed.event_state or parsed.distances or parsed.dates or
                               parsed.years or parsed.person or parsed.group_by or parsed.ranking or parsed.cohort or
                               parsed.edition or parsed.winners_by or parsed.sex or parsed.age or parsed.age_group or
                               parsed.runner_city or parsed.runner_state or parsed.out_of_state or parsed.distinct_people) and \
            not rx.search(r"\b(?:every|all|each|ever|history|with us|any race|a race|our races)\b", text):
        # "who won?", "who won the most recent race?": every winner the company ever had is no answer to it (unless
        # asked: "list every overall winner we have ever had")
        parsed = replace(parsed, notes=(*parsed.notes, "say which event (and year) the winners are of"))
    # (a bib looked up, or the moment at the finish line asked: "at what time of day did the last finisher cross")
    said = said or bool(parsed.bib) or parsed.measure in FINISH_LINE_MEASURES
    return _with_confidence(parsed, shape["intent_sure"] or said)


# A share: the part (filters of their own) counted among the whole. The phrasings, each giving both:
_SHARE_WORD = r"(?:percent(?:age)?|share|proportion|fraction|%)"
_PART_WORDS = r"(?:women|men|females?|males?|masters|grand ?masters|non-binary|locals|out[- ]of[- ]state(?: runners)?)"
_SHARES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    # "what percent of <whole> were <part>", "share of <whole> who were <part>", "% of the field was <part>"
    rf"\b(?:(?:what|which)\s+)?{_SHARE_WORD}\s+of\s+(?P<whole>(?:(?!\bwhose\b).)+?)\s+(?:(?:who|that|which)\s+)?(?P<verb>were|was|are|is|"
    # ("women as a percentage of all finishers, for every year it was held": no part in "it was held")
    r"(?:has|have) been|came|come|weren'?t|wasn'?t|aren'?t|were not|was not|are not)\s+(?P<part>(?!(?:held|run|timed|hosted|"
    r"staged|put on)\b).+)$",
    # "what fraction of the people who finished the half at X finished the half there again in any later year": the
    # whole's own verb, then the part's (said again with "again", "back" or "later")
    rf"\b{_SHARE_WORD}\s+of\s+(?P<whole>.+\b(?:finished|ran|raced|did|entered)\b.+?)\s+(?P<part>(?:finished|ran|raced|did|"
    r"entered|came|returned)\b[^?]*\b(?:again|back|later)\b.*)$",
    # "what share of the people who entered the 2025 X had also entered the 2024 edition": the whole's own verb,
    # then the part's, said with "also"
    rf"\b{_SHARE_WORD}\s+of\s+(?P<whole>.+?\b(?:who|that)\s+(?:finished|ran|raced|did|entered|ran in|registered for)\b.+?)\s+"
    r"(?P<part>(?:had|have|has)\s+also\b.+)$",
    # "what fraction of the people who finished … list Rhode Island as their home state"
    rf"\b{_SHARE_WORD}\s+of\s+(?P<whole>.+?)\s+(?:(?:who|that)\s+)?(?P<part>(?:list|give|gave|have|had|report|put|name)s?\b"
    r"[^?]*?\bas (?:their|his|her|a|the) home(?: state| city| town)?\b.*)$",
    # "what share of all finishers did the 1 mile account for": the part said as the subject of its own verb
    rf"\b{_SHARE_WORD}\s+of\s+(?P<whole>.+?)\s+(?:did|does|do)\s+(?P<part>.+?)\s+(?:account for|make up|represent|"
    r"comprise)\b[\s?.!]*$",
    # "percentage of the X races won by men": the races' winners, those of the group
    rf"\b{_SHARE_WORD}\s+of\s+(?P<whole>.+?)\s+(?P<part>won (?:overall |outright )?by\b.+)$",
    # "% of <whole> that/who ran the 5k / finished / came from Texas"
    # ("share of X finishers, all years together, who don't live in Indiana": the part negated)
    rf"\b{_SHARE_WORD}\s+of\s+(?P<whole>.+?)\s+(?:(?:who|that|whose)\s+)?(?P<part>(?:(?:don'?t|didn'?t|doesn'?t|do not|did not|"
    r"does not) (?:live|reside|come)\b|ran|did|finished|came|come|lives?|lived|resid(?:e|es|ed|ing)|"
    r"home state (?:is|was)|(?:hometown|home (?:city|town)) (?:is|was)|"
    r"had|never|broke|beat|went|needed|took|lost|spent|waited|signed up|registered|entered|raced|chose|picked|opted|got|"
    r"ended up|wound up|"
    r"clocked)\b.+)$",
    # "Of the 2024 Solstice 10K finishers, what fraction were from outside Pennsylvania?": the whole said first
    # ("Tacoma half, all years together: of all the DNFs, what fraction were women?": the event said first)
    # ("Tacoma half 2023 was huge. Out of everyone who finished, what share …": after a sentence of its own)
    rf"(?:^|[:;]\s*|(?<=[.!?])\s+)(?:out )?of (?:the |all (?:the )?)?(?P<whole>(?:[^,(]|\([^)]*\))+?),\s*(?:what|which)\s+{_SHARE_WORD}\s+(?:of them\s+)?"
    r"(?:(?P<verb>were|was|are|is|came|come|weren'?t|wasn'?t|were not|was not)\s+|"
    r"(?=(?:lived?|lives|resid(?:e|es|ed|ing)|ran|finished|had|has|have|happened|occurred|took place)\b))(?P<part>.+)$",
    # "Counting every finish at the San Jose 5K since we started timing it, what proportion were women?": the whole
    # said as a clause of its own
    # ("Looking at every DNF we've recorded at X (all years, both races), what fraction were women?")
    rf"^(?P<whole>(?:counting|taking|among|across|for|at|in|looking at|considering)\b(?:[^,(]|\([^)]*\))+?),\s*(?:what|which)\s+"
    rf"{_SHARE_WORD}\s+(?:of them\s+)?"
    r"(?P<verb>were|was)\s+(?P<part>.+)$",
    # "women as a share of finishers", "masters as a percentage of the field": the part said first
    rf"\b(?P<part>{_PART_WORDS})\s+as\s+an?\s+{_SHARE_WORD}\s+of\s+(?P<whole>.+)$",
    # "percentage of women among Ithaca Shamrock 5K finishers": the part said first
    rf"\b{_SHARE_WORD}\s+of\s+(?P<part>.+?)\s+(?:among|amongst|out of all|of all)\s+(?P<whole>.+)$",
    # "percentage of women finishers at the 2024 Houston Turkey Trot", "% masters in the 2024 Shamrock field"
    rf"\b{_SHARE_WORD}\s+(?:of\s+)?(?P<part>{_PART_WORDS}(?:\s+\(\d\d\+\))?)\s+(?P<whole>(?:finishers|runners|starters|"
    r"entrants|participants|people|results|among|in|at)\b.*)$",
    # "percentage of Cheyenne Firecracker 2024 finishers from Colorado"
    rf"\b{_SHARE_WORD}\s+of\s+(?P<whole>(?:.*?\b)?(?:finishers|runners|starters|entrants|participants|field)"
    r"(?:\s+\([^)]{1,40}\))?(?:\s+(?:in\s+)?(?:19|20)\d\d)?)\s+"   # ("… finishers (all races) from Pennsylvania", "… finishers 2024 under 2 hrs")
    r"(?P<part>(?:from|not from|aged|over|under|sub|in their|(?:living|residing) in|not (?:living|residing) in|"
    r"who (?:live|reside) in|(?:from )?outside(?: of)?)\b.+)$",
    # "share of galveston half finishes by out-of-state runners": the results, those of the runners said
    rf"\b{_SHARE_WORD}\s+of\s+(?P<whole>.+?\b(?:finishes|results|entries|starts))\s+(?:(?:made|run|done|recorded) )?by\s+"
    r"(?P<part>.+)$",
    # "how many of the finishers at Houston 2024 were women, as a percentage"
    rf"\bhow many of (?:the |our )?(?P<whole>.+?)\s+(?:were|was|are)\s+(?P<part>.+?),?\s+(?:as an? |in )?{_SHARE_WORD}\??$",
    # "percentage of women by year at the Greenville Half", "finishers and % women, each year": the whole is every
    # runner of what follows
    rf"\b{_SHARE_WORD}\s+(?:of\s+)?(?P<part>{_PART_WORDS})\b(?P<whole>(?:,?\s+(?:by|per|each|every|at|in|for)\b.*)?)[\s?.!]*$",
    # "female percentage at the 2024 Fort Worth Memorial Day 5K": the whole is every runner of what follows
    # ("how has the women's share of finishers … moved over the years")
    # ("Manchester half, HM race only: masters (40+) share of finishers by year": the event said first)
    # ("the sponsor wants to know how the female share … has moved": asked indirectly)
    rf"(?:^|[:;,\u2014\u2013-]\s*|\b(?:to know|wondering|wonder|curious|asking|asked)\s+|(?<=\s)(?=(?:under|over)[- ]\d\d\b|\d\d ?\+))"
    rf"(?:(?:what|how)(?:'s| is| was| has| have|"
    # ("chicago shamrock 5k: under-20 share of finishers by year": an age said as the part)
    rf" did| does)(?: the)? )?(?:the )?(?P<part>{_PART_WORDS}|female|male|under[- ]\d\d|over[- ]\d\d|\d\d ?\+|teens?|teenagers?|"
    rf"youths?|juniors?)'?s?(?:\s+\(\d\d\+\))?\s+{_SHARE_WORD}\b(?P<whole>.*)$",
))


# "… for each", "side by side", "separately": each of the races or events named, one row each
_EACH_SAID = (r"\b(?:in|for|of|at) each(?: one| of them| race| distance| event)?\b|\beach (?:one|race|distance|event)\b|"
              r"\bfor both\b|\bin both\b|\bside[- ]by[- ]side\b|\bseparately\b|\brespectively\b|\bapiece\b|"
              r"\beach\s*[?.!]*\s*$")


# "what percent of them live in WA, and what percent in OR?": a second share of the same whole, its verb left out;
# "share of women and share of men among …": the two parts said first
_SECOND_SHARES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"\s*[,;]?\s*\b(?:and|&)\s+(?:what|the)\s+{_SHARE_WORD}(?:\s+(?:of them|were|was|are|is))?\s+"
    r"(?P<part>[^?.;,]+?)\s*(?=[?.!]*\s*$)",
    rf"(?<=\w)\s+(?:and|&)\s+(?:the\s+|a\s+)?{_SHARE_WORD}\s+of\s+(?P<part>{_PART_WORDS})\b"))
# "… from Texas, and what percent from elsewhere": from anywhere but the state the first share said
_ELSEWHERE = r"(?:(?:were|are|came|come) )?(?:from )?(?:elsewhere|anywhere else|other states|another state|out of state)"


def _shares(question: str, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """One share, or two of the same whole ("what percent of 2025 Tacoma finishers live in WA, and what percent in
    OR": ``also_shares``, a row or a column each, nlq.constructs_sql). The second part is read with the first's words
    up to where the second's begin ("live " + "in OR"); one whose whole reads otherwise is left unused, never dropped."""
    question = ONE_ROW.sub(" ", question).strip()   # ("…, one row": the layout asked, nlq.constructs_sql)
    second = next((found for pattern in _SECOND_SHARES if (found := pattern.search(question))), None)
    first = _share(question[:second.start()] + question[second.end():] if second else question, vocabulary, today)
    if not (second and first and first.share_of):
        # ("how many finishers were there, and what share of them were women": one share, beside its count)
        return _share(question, vocabulary, today) if second else first
    if rx.search(r"\bof (?:them|those|these)\b", second.group(0), re.IGNORECASE):
        # "… were women, and what percent of those women were under 30": a share of the first part, not of the whole —
        # unread, never a second share of everyone
        return replace(first, unused=(*first.unused, second.group(0).strip(" ,;")))
    first_question = question[:second.start()] + question[second.end():]
    said = next(found for pattern in _SHARES if (found := pattern.search(first_question)))
    own, part = second.group("part").strip(), said.group("part")
    if first.share_of.runner_state and rx.fullmatch(_ELSEWHERE, own, re.IGNORECASE):
        own = f"not from {first.share_of.runner_state}"
    verb = rx.search(rf"^(.*?)\b{re.escape(own.split()[0])}\b", part, re.IGNORECASE)
    other = _share(first_question[:said.start("part")] + (verb.group(1) if verb else "") + own +
                   first_question[said.end("part"):], vocabulary, today)
    if other is None or other.share_of is None or _without_share(other) != _without_share(first):
        return replace(first, unused=(*first.unused, second.group(0).strip(" ,;")))
    return replace(first, also_shares=(other.share_of,), unused=tuple(dict.fromkeys(first.unused + other.unused)),
                   notes=tuple(dict.fromkeys(first.notes + other.notes)))


def _without_share(parsed: Parsed) -> Parsed:
    """``parsed`` but its share's part and what was said of reading it: the whole two shares must agree on."""
    return replace(parsed, share_of=None, unused=(), notes=(), confidence=0.0, question="")


def _share(question: str, vocabulary: Vocabulary, today: date) -> Parsed | None:
    """The whole parsed as a count and the part as filters of their own (its words accounted for alike)."""
    # ("… out-of-state finishers (home state not the state the event is in)": out of state defined again)
    question = rx.sub(r"\s*\(\s*home state (?:is )?not\b[^()]*\)", "", question, flags=re.IGNORECASE)
    # ("which edition had the highest share of …, and what was the share?": the share asked again)
    question = rx.sub(rf"[,;]?\s*\band (?:what (?:was|is|were)|give|show)(?: me| us)? (?:(?:the|that|its) {_SHARE_WORD}|it)\s*[?.!]*\s*$|"
                      rf"[?.]\s*(?:event|year|edition|race)s? (?:and|\+|&) (?:the )?{_SHARE_WORD}\.?\s*$",
                      "", question, flags=re.IGNORECASE)
    m = next((found for pattern in _SHARES if (found := pattern.search(question))), None)
    if not m or rx.search(_MIDDLE_HALF, question, re.IGNORECASE):   # ("the middle 50% of finishers": percentiles)
        return None
    if (places := rx.search(r"\b(?:slowest|back|bottom|last|top|fastest) \d{1,2}(?:\.\d)?\s*(?:%|percent)", question, re.IGNORECASE)) \
            and not rx.search(rf"\b{_SHARE_WORD}\b|\b(?:what|which) (?:%|percent)", question[:places.start()] +
                              question[places.end():], re.IGNORECASE):
        return None   # ("of the slowest 10% of finishers, how many were 60 or older": places kept, then counted)
    if (metric := find_metric(m.group("part").lower())) and not (metric.value.kind == "pace" and rx.search(
            r"\b(?:faster|slower|quicker|under|over|below|above|sub|better|worse)(?: than)?(?: an?)? ?\d", m.group("part").lower())):
        return None   # "were no-shows", "dnf'd": a rate, read as such ("ran faster than 9 minute mile pace": a pace limit)
    if rx.fullmatch(r"\s*(?:that|this|it|those|these|them)\s*[?.!]*\s*", m.group("part")):
        return None   # "how many entries ended up DNS, and what percent of all entries is that?": the part said before
    if (rate := find_metric(question.lower())) and rate.value.kind == "rate":
        return None   # "what percent of the people registered for the 5K … never showed up": the DNS rate
    if rx.search(rf"\b(?:dns|dnfs?|no[- ]shows?)\s+(?:as an?|in)\s+{_SHARE_WORD}\s+of\b", question, re.IGNORECASE):
        return None   # "(DNS as a share of everyone registered)": how a rate is defined, not a share of its own
    # what is said before the share ("Nashua 2025: % of finishers who …") is about the whole too
    # ("how big a share of …": what share)
    said_before = rx.sub(r"\bhow (?:big|large|sizable|high) an?\s*$", "", question[:m.start()], flags=re.IGNORECASE)
    said_whole = f"{said_before.strip(' :,;-')} {m.group('whole').strip()}".strip()
    said_whole = rx.sub(rf"[?,.]*\s*(?:as an? |in )?{_SHARE_WORD}\??$|^(?:among|amongst|looking at|considering)\s+|"
                        # ("What fraction of …"; never "which year had the highest share of …": a ranking)
                        # ("which edition of the Shamrock 5K had the highest share …": the ranking's own "which")
                        # ("which race at the 2025 Bend Turkey Trot had the highest share …": the same ranking)
                        r"^(?:what|which)\s+(?!(?:of (?:our|the) )?(?:20\d\d )?\w+(?: (?:of|at|in)\b[^?]*?)? (?:had|has|have|was|were|saw|showed|got|"
                        r"draws?|drew|attracts?|attracted|gets|sees|pulled|pulls)\b)(?=\S)", "",
                        said_whole,
                        flags=re.IGNORECASE).strip()
    part_said = m.group("part")
    if (tail := rx.search(r"[,;]\s*(?:counting|including|across|over|pooling|combining)\b[^?()]*\??\s*$", part_said,
                          re.IGNORECASE)) and rx.search(r"\w", part_said[:tail.start()]):
        # ("… were men, counting every year and both the half and the 10K": which results, said of the whole)
        said_whole, part_said = f"{said_whole} {tail.group(0).strip(' ,;()')}", part_said[:tail.start()]
    said_whole = said_whole if rx.match(r"(?:the |our )?(?:finishers|runners|starters|entrants|participants|people|"
                                        r"results|field)\b", said_whole) else f"runners {said_whole}"
    # ("For my Jingle Bell Run feature — … finishers over the years": "how many" after a label said first, so the label
    # is read as one and not the count with it)
    label = rx.match(r"(?P<label>[^:?\u2014\u2013]{1,80}?\s*(?::|\s[-\u2013\u2014]))\s+(?P<rest>\S.*)$", said_whole)
    whole = parse(f"{label['label']} how many {label['rest']}" if label else f"how many {said_whole}", vocabulary, today)
    if not whole.group_by and rx.search(r"\bover (?:the )?years\b|\bover time\b", question, re.IGNORECASE) and rx.search(
            r"\bhow (?:has|have|did|does)\b|\bchang|\bmov(?:e|ed|ing)\b|\bevolv|\btrend|\bshift|\bgr[eo]w|\brise|\brose|\bfall|"
            r"\bfell|\bdecline|\bdrop|\b(?:what|which)(?:'s| is| was| are| were)\b", question, re.IGNORECASE) and not rx.search(
            r"\b(?:in total|all together|altogether|combined|pooled|overall|all[- ]time|how many)\b", question, re.IGNORECASE):
        # "how did the share of women … evolve over the years", "what is the women's share … over the years": one share
        # per year (read of a count, "how many … over the years" is one total)
        whole = replace(whole, group_by=("year",))
    if whole.status is None and rx.search(r"\b(?:who|that) (?:actually |really )?started\b", said_whole, re.IGNORECASE):
        whole = replace(whole, status="STARTED")   # "of the people who actually started …": of the starters
    if each := rx.match(r"\s*(?:(?:did|do|does) )?(?:from )?each (?:one )?(?:of (?:our|the|your) )?(event|race|distance|state|year)s?\b"
                        r"(?:\s+(?:bring in|brought in|account for|accounted for|contribute|contributed|draw|drew|make up|made up|"
                        r"bring|brought))?\s*[?.!]*\s*$", part_said, re.IGNORECASE):
        # "what share of 2025 finishers did each of our events bring in", "… came from each event": each one's count and
        # its share of them all
        dimension = {"distance": "race"}.get(each.group(1).lower(), each.group(1).lower())
        return replace(whole, group_by=(dimension,), group_shares=True, intent="count", metric=None)
    said = rx.sub(r"\(?\s*\b(?:in |as an? )?percent(?:age)?\b\s*\)?", " ", part_said)  # "(%)": already read
    # "…, highest share first": the order of a ranking said after the part (read of the whole question below)
    said = rx.sub(rf"[,;]?\s*\b(?:highest|largest|biggest|most|lowest|smallest|fewest|least)(?: {_SHARE_WORD}s?| ones?)? "
                  r"first\s*[.?!]*\s*$", "", said, flags=re.IGNORECASE)
    verb = (m.group("verb") or "").lower() if "verb" in m.re.groupindex else ""
    being = "who were not " if rx.search(r"n'?t$| not$", verb) else "who were " if verb in ("were", "was", "are", "is") \
        else ""   # "were under 20": an age; "weren't from Texas": not from Texas
    if said_as := rx.match(r"\s*(?:ended|wound) up\s+", said):   # "ended up disqualified": were disqualified
        said, being = said[said_as.end():], "who were "
    # "got under 25 minutes", "clocked sub-4": finished in that time
    said = rx.sub(r"^\s*(?:got|clocked)\s+(?=(?:under|below|over|faster|slower|sub|better|a time)\b)", "finished ", said)
    if verb in ("came", "come") and rx.match(r"\s*back\b", said):
        being = f"{verb} "   # "came back in 2025": the runners' history, not where they came from
    said = rx.sub(r"^\s*(?:happened|occurred|took place)\s+(?=(?:at|in)\b)", "", said)   # ("… happened at X": at X)
    if len(whole.years) == 1:   # "what % of 2024 finishers ran it again the next year": the year after the whole's
        said = rx.sub(r"\b(?:the )?(?:next|following) (?:year|edition)\b|\ba year later\b", f"in {whole.years[0] + 1}",
                      said, flags=re.IGNORECASE)
    part = parse(f"how many runners {being}{said}", vocabulary, today)
    if whole.local and (part.runner_state or part.runner_city):
        whole = replace(whole, local=False)   # ("drew the most locals? … the fraction who live in Kentucky": locals, defined)
    if whole.person and not part.person and rx.search(r"\b(?:her|him|them|me)\b", said, re.IGNORECASE):
        # "what percentage of Teresa Gonzales's age group finished ahead of her": ahead of the runner the whole names
        named = whole.person.name
        of_named = rx.sub(r"\b(?:her|him|them|me)\b", named, said, count=1, flags=re.IGNORECASE)
        again = parse(f"how many runners {being}{of_named}", vocabulary, today)
        part = again if again.rival else part
    if part.rival and part.person and part.rival.side not in REFERENCES:
        # (the whole is her own race's field, in her age group or sex when said: "of her age group", "of the women")
        group = rx.search(r"\b(?:her|his|their|my|[a-z]+'s) (?P<g>age[- ]?group|division|sex|gender)\b", said_whole, re.IGNORECASE)
        scope = ("sex" if group["g"].lower() in ("sex", "gender") else "age_group") if group else part.rival.scope
        part = replace(part, rival=replace(part.rival, scope=scope))
        whole = replace(whole, person=None, more_people=(), place_in_age_group=False)
    if part.events and (history := parse(f"how many {said_whole} {being}{said}", vocabulary, today)).cohort and \
            history.cohort.elsewhere and not (history.unused or history.notes):
        # "what fraction of its entrants had previously entered a Colorado Springs Shamrock 5K": the share with an
        # earlier history at another event (the part alone named that event as its own)
        part = replace(part, cohort=history.cohort, events=(), unused=(), notes=(), status=None, confidence=history.confidence,
                       distances=tuple(d for d in part.distances if d in whole.distances))
    if part.cohort and (whole.events or whole.event_city) and (own := find_cohort(f"{being}{said}".lower())):
        # "what percent of 2024 Tacoma finishers came back in 2025": back at the whole's event, as said (the
        # part alone names no event, which would read as any of the company's events)
        part = replace(part, cohort=replace(part.cohort, any_event=own.value.any_event, entries=own.value.entries))
    if part.cohort and part.cohort.kind in ("first_timers", "returning") and part.distances:
        # "what share had never finished a marathon with us before": an earlier history of one distance, which the
        # layer does not keep apart (it counted any earlier finish, among every race)
        part = replace(part, unused=(*part.unused, said.strip()))
    if part.distances and not part.cohort and not whole.distances and whole.events and rx.search(
            r"\b(?:before|previously|earlier|prior|ever)\b", said, re.IGNORECASE):
        # "what % of the 10K's finishers had done a marathon with us before": an earlier race of another distance
        part = replace(part, unused=(*part.unused, said.strip()), distances=())   # (read as the share in its Marathon race)
    if part.cohort and part.cohort.kind not in SHARED_COHORTS or part.ranking or part.metric or part.change_years:
        part = replace(part, unused=(*part.unused, said.strip()))   # "ran it 3+ times": counted, never a share
    # which results the share is of (their events, dates, where held) may be said after the part: "what % of
    # Tacoma Half finishers were women in 2025"
    # ("% of finishers under 27 min, men vs women": the two sexes the whole is split into)
    # ("of all the DNFs we've ever recorded, what fraction happened at the Indianapolis Jingle Bell Run": the event
    # is the part, among every event's)
    # ("were in their thirties at the Tampa Marathon in 2023": an age, the event the whole's)
    # ("what percent of our finishes came from the Atlanta Spring Marathon": that event's, among every event's)
    # ("what share of our all-time finishes is the Ithaca Shamrock": that event's)
    from_event = verb in ("came", "come", "comes", "is", "was", "are", "were") and bool(part.events) and not (
        part.runner_city or part.runner_state) and rx.match(r"\s*(?:from )?(?:the|our)\b", said, re.IGNORECASE)
    if from_event and whole.event_city and not whole.events:
        # ("An investor wants to know how dependent we are on Atlanta. What percent … came from the Atlanta Spring
        # Marathon": the event is the part, the town said before it no filter of the whole)
        whole = replace(whole, event_city=None)
    at_event = bool(from_event) or bool(part.events or part.event_city) and not (whole.events or whole.event_city) and rx.match(r"\s*(?:(?:happened|occurred|took place|came|were|was)\s+)?"
                                                                     r"(?:at|in)\b(?! (?:their|his|her|its|the) (?:[1-9]0s|teens|"
                                                                     r"twenties|thirties|forties|fifties|sixties|seventies|"
                                                                     r"eighties)\b)", said, re.IGNORECASE)
    if part.events and part.distances and not (at_event or whole.events or whole.distances) and _part_filters(
            replace(part, distances=()), whole):
        # "% of finishers from Oregon at the 2025 tacoma half": the race said with its event is of the whole (its
        # runners were counted among every race's); "% of Tacoma finishers who ran the half" keeps it the part
        whole, part = replace(whole, distances=part.distances), replace(part, distances=())
    for name in ("events", "dates", "years", "event_city", "event_state", "group_by", "men_and_women"):   # ("… were women, by year")
        if getattr(part, name) and not getattr(whole, name) and not (at_event and name in ("events", "event_city")):
            whole = replace(whole, **{name: getattr(part, name)})
    part = replace(part, events=part.events if at_event else (), event_city=part.event_city if at_event else None,
                   dates=None, years=(), event_state=None, men_and_women=False)
    if whole.events and not whole.group_by and rx.search(_EACH_FIELD, said_whole, re.IGNORECASE):
        # ("what share of each field …", the event said after the part)
        whole = replace(whole, group_by=_fields_of(whole.events))
    for name in ("age", "sex", "age_group"):
        if getattr(part, name) and _same_filter(getattr(part, name), getattr(whole, name)) and not _part_filters(
                replace(part, **{name: None}), whole):
            # "Masters participation at X: what share of the finishers were 40+?": the masters said before the share
            # are its part, not a filter of its whole (it gave 100%)
            whole = replace(whole, **{name: None})
    if len(part.distances) >= 2 and not whole.distances and not _part_filters(replace(part, distances=()), whole):
        # "what % of finishers ran the full vs the half", "what share of the finishers did the 5K, the 10K and the
        # mile": the mix of the races said, each race's count and its share of them all (each race was 100% of itself)
        return replace(whole, distances=part.distances, group_by=("race",), group_shares=True, intent="count",
                       unused=tuple(dict.fromkeys(whole.unused + part.unused)), notes=whole.notes + part.notes,
                       confidence=min(whole.confidence, part.confidence))
    runners_of_cohort = not _part_filters(part, whole) and whole.cohort and whole.cohort.kind in SHARED_COHORTS
    if runners_of_cohort:
        # "runners who finished it in 2021 and again in 2023: what percent of them is that, out of the 2021
        # finishers?": the runners the whole's cohort chose are the part, each runner once
        part, whole = replace(part, cohort=whole.cohort, status=None), replace(whole, cohort=None, distinct_people=True)
    elif not _part_filters(part, whole):
        # "what percent of 2024 runners came back in 2025": a part with nothing of its own to count (it was 100%)
        part = replace(part, unused=(*part.unused, said.strip()))
    # a filter the part has, said again around the whole ("out of state % … (finishers not from Indiana)"), is
    # the part's: the whole is everyone the part is counted among
    if part.out_of_state or part.runner_state:
        whole = replace(whole, runner_state=None, more_states=(), runner_state_negated=False, out_of_state=False)
    if part.status == "FIN" and whole.status is None and (part.runner_state or part.runner_city or part.sex or part.age or
                                                          part.out_of_state) and not (part.distances or part.events or part.cohort):
        # "what share of the runners who have ever finished one of our races live in Wisconsin": of the finishers,
        # those from Wisconsin (the part took the whole's "finished", and the whole was every entrant)
        whole, part = replace(whole, status="FIN"), replace(part, status=None)
    if (part.time_limit or part.pace_limit) and whole.status is None:   # "what share … broke 4 hours": of finishers
        whole = replace(whole, status="FIN")
    if (part.time_limit or part.pace_limit) and part.distances and not whole.distances:
        # "what percent of women finished the Tacoma half in under 2 hours": of the women in that race (a time
        # limit is within one distance; counted among every race, the 5K's runners were in the whole)
        whole = replace(whole, distances=part.distances)
    elif (part.time_limit or part.pace_limit) and not whole.distances and len(whole.events) == 1 and (
            named := distance_mention(whole.events[0].lower())) and not rx.search(EVERY_RACE, question.lower()):
        # "% of 2024 Buffalo Half Marathon finishers under 2 hours": a time limit is within the race the event's name
        # says, as a finish time asked of it is (the 5K's runners were in the whole)
        whole = replace(whole, distances=(named[0],), race_of_name=True)
    if part.winners and part.place == 1 and part.place_overall and not whole.winners:
        # "what percentage of our races were won by women": of the overall winners (each race has one), those who
        # were women (it counted the women's wins among every result)
        whole = replace(whole, winners=True, place=1, place_overall=True, distinct_people=False)
        part = replace(part, distinct_people=False, winners=False, place=None, place_overall=False, status=None)
    if part.sex and part.sex == whole.sex:   # "% of men … were women" is a share of men (of 0)
        whole = replace(whole, sex=None)
    if part.age and part.age == whole.age:
        whole = replace(whole, age=None)
    # "… Count each person once": each runner once in the whole and the part
    # ("what fraction of the people entered …": people, each once — a runner of two races one morning is one person)
    once = _ONCE_EACH.search(question.lower()) or rx.search(r"\b(?:distinct|unique|different|individual) (?:people|runners|"
                                                           # ("different starters came from outside PA": people)
                                                           r"persons|individuals|starters|finishers|entrants)\b|\b(?:of|among) (?:the |all (?:the )?)?"
                                                           r"(?:people|persons|individuals)\b", question,
                                                           re.IGNORECASE)
    # (runners chosen by their history, over every event, are people: "what fraction of 2022 finishers came back in
    # 2023" counts each runner once, not each of her 2022 results at several events)
    people = once or runners_of_cohort or part.cohort and not (whole.events or whole.event_city)
    # ("what percentage of all our runners live in Kentucky": the company's runners across its events are people, each
    # once — it counted their results)
    people = people or not (whole.events or whole.event_city or whole.event_state or whole.distances) and rx.search(
        r"\b(?:our|all (?:of )?our|the company'?s) (?:\w+ )?(?:runners|people|athletes|participants|customers)\b", question,
        re.IGNORECASE)
    parsed = replace(whole, metric=Metric("share", "people" if people else ""), share_of=part, intent="analyze",
                     unused=tuple(dict.fromkeys(whole.unused + part.unused)), notes=whole.notes + part.notes)
    if len(parsed.events) >= 2 and not (parsed.group_by or parsed.ranking or parsed.compared) and rx.search(
            _EACH_SAID, question.lower()):
        # "side by side for 2024: what percent of finishers were women at A and at B": one share per event (the
        # events were said in the part, and moved to the whole)
        parsed = replace(parsed, group_by=("event",))
    if parsed.ranking and rx.search(rf"\b(?:lowest|fewest|smallest|least)(?: {_SHARE_WORD}s?| ones?)? first\b",
                                    question.lower()):
        # "rank the years by the share who were men, lowest first" (the order is said after the part)
        parsed = replace(parsed, ranking=replace(parsed.ranking, descending=False))
    return replace(parsed, confidence=min(whole.confidence, part.confidence))


def _same_filter(said: object, other: object) -> bool:
    """Whether two values of one filter keep the same results: ages by their bounds ("masters" is "40+")."""
    if isinstance(said, AgeRange) and isinstance(other, AgeRange):
        return (said.low, said.high) == (other.low, other.high)
    return said == other


def _part_filters(part: Parsed, whole: Parsed) -> bool:
    """Whether the part of a share has a filter of its own (who is counted among the whole): one the whole does not
    hold already ("what percent of them is that, out of the 2021 finishers": finishers among finishers, 100%)."""
    return any(getattr(part, name) and getattr(part, name) != getattr(whole, name)
               for name in (*_FILTERS, "time_limit", "pace_limit", "gap_limit", "field_limit", "winner_gap", "out_of_state",
                            "status", "more_states", "month", "place", "winners", "cohort", "top_places", "local", "last_name"))


_CONSTRUCTS = {"winners_by": find_winners_by, "pace_limit": find_pace_limit, "gap_limit": find_gap_limit,
               "clock_window": find_clock_window,
               "field_limit": find_field_limit,
               "winner_gap": find_winner_gap, "metric": find_metric, "gun": uses_gun_time, "out_of_state": find_out_of_state,
               "cohort": find_cohort, "ranking": find_ranking, "change": find_percent_change, "difference": find_difference,
               "rival": find_rival, "local": find_local, "pair": find_pair, "wins_before": find_wins_before}


def _shared_name(question: str, mention: Mention, events: tuple[str, ...]) -> Mention | None:
    """ "San Jose vs Santa Cruz Mother's Day 5K": the place said before "vs" (or "and", "or") shares the rest of
    the named event's name, when the company has that event."""
    before = rx.search(r"\b([a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,2})\s+(?:vs\.?|versus|or|and)\s+(?:the\s+)?$",
                       question.lower()[:mention.start])
    if not before:
        return None
    said, words = before.group(1).split(), mention.value.split()
    known = {name.lower(): name for name in events}
    for size in (1, 2, 3):
        for dropped in (1, 2, 3):
            candidate = " ".join(said[-size:] + words[dropped:]).lower()
            if len(said) >= size and candidate in known and known[candidate] != mention.value:
                start = before.start(1) + len(" ".join(said[:-size])) + (1 if len(said) > size else 0)
                return Mention(known[candidate], start, before.end(1))
    return None


def _season_left_out(text: str, parsed: Parsed) -> list[str]:
    """ "finishers in the spring" with no year: a season of every year is no date range the spec holds."""
    said = rx.search(rf"\b{SEASON_WORD}\b(?! (?:of )?(?:20\d\d|any|every|each))", text)
    if not said or "season" in parsed.group_by or parsed.seasons or (parsed.dates and parsed.dates.start.month == SEASONS[said.group(1)]
                                                   and (parsed.dates.end - parsed.dates.start).days <= 92):
        return []   # (the season's own months: "spring events (march thru may) in 2024")
    return [said.group(1)]


# a month said as a date: "in March", "on June 1st", "the 4th of July", "March of last year"
_MONTH_SAID = rf"({'|'.join(MONTHS)})"
# ("last October's Hartford Marathon" names an edition: the year it was held is read)
_MONTH_AS_DATE = re.compile(rf"\b(?:(?:in|on|during|of|since|until|till|through|thru|last|past) )?{_MONTH_SAID} \d{{1,2}}"
                            rf"(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? of {_MONTH_SAID}\b|"
                            rf"\b(?:in|on|during|of|since|until|till|through|thru|last|past) {_MONTH_SAID}\b(?!'s)")


def _month_left_out(text: str, parsed: Parsed) -> list[str]:
    """A month said as a date that the dates read do not hold ("the March before last" read as no date at all) is
    unused, never dropped. Held: a month of every year, months grouped, a season holding it, a month said in brackets
    ("the second half of last year (July through December)") or inside the dates read ("july 4th greenville
    firecracker 2024": that year's July) or in a sentence told before the question. Two months said are each of their own
    clause: left to the parse."""
    if parsed.month or "month" in parsed.group_by:
        return []
    dates, seasons = parsed.dates, {month for season in parsed.seasons for month in season_months(season)}
    said_as_dates = list(_MONTH_AS_DATE.finditer(_blank(text, [m.span() for m in rx.finditer(r"\([^()]*\)", text)])))
    if len({next(name for name in m.groups() if name) for m in said_as_dates}) > 1:
        return []   # ("finished X in september and Y in november": each month of its own clause)
    # (a sentence told before the question, "The Nashua 5K is held in May.", says when the event is, no filter of it)
    first = rx.match(r"^[^?]*[.!](?=\s)", text)
    told = first.end() if first and "?" in text else 0
    left_out = []
    for m in said_as_dates:
        if m.start() < told or parsed.years and not dates:   # (years compared, "the May race, 2024 vs 2025")
            continue
        name = next(said for said in m.groups() if said)
        month, day = MONTHS[name], rx.search(r"\d+", m.group(0))
        if day:   # "March 40th last year": no day of the calendar is inside any dates ("before November 1": its edge)
            held = dates and any(dates.start <= said <= dates.end for year in range(dates.start.year, dates.end.year + 1)
                                 if (said := calendar_day(year, month, int(day.group(0)))))
        else:
            held = month in seasons or dates and any(
                date(year, month, 1) < dates.end and month_end(year, month) > dates.start
                for year in range(dates.start.year, dates.end.year + 1))
        if not held:
            left_out.append(name)
    return left_out


_YEARS_SET_ASIDE = re.compile(r"\b(?:excluding|except(?: for)?|not counting|other than|leaving out|apart from|aside from|"
                              r"besides|but not|without|ignoring) (?:the )?(?:years? )?20\d\d(?:(?:,| and| or|,? nor) "
                              r"(?:the )?20\d\d)*(?: editions?| ones?| races?)?\b")
_LAST_EDITIONS = re.compile(r"\b(?:last|past|previous|latest|most recent) (two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d) (?:editions|runnings|"
                            r"years (?:it was|we) (?:held|timed|ran) it)\b")
# "in 2024 and in 2025", "for 2023, 2024 and 2025", "in 2024 or 2025": the years said as a list
_YEARS_LIST = re.compile(r"\b20\d\d(?:,? (?:in |for |during )?20\d\d)*,? (and|or|&) (?:in |for |during |also in )?20\d\d\b")
# "in 2025, 2024, 2022 each": a list said with commas alone, each year asked
_YEARS_COMMAS = re.compile(r"\b20\d\d(?:, 20\d\d)+()(?=,? (?:each|respectively|apiece|separately|per year|by year|year by year)\b)")
_POOLED_SAID = re.compile(r"\b(?:either|combined|together|altogether|total|in all|all told|pooled|overall)\b")


def _years_listed(parsed: Parsed, text: str) -> Parsed:
    """Years said as a list, the parse filtering on the first: a count or a measure in each year ("how many finished it
    in 2024 and in 2025": one row per year), pooled when said with "or" or a word for the whole ("in 2024 or 2025",
    "combined"); a list of runners, of those years. Other readings keep the first and say the rest unused."""
    left_out = _years_left_out(parsed)
    said = _YEARS_LIST.search(text) or _YEARS_COMMAS.search(text)
    if parsed.cohort and parsed.cohort.kind == "both" and parsed.cohort.same_year and len(parsed.events) >= 2 and said and \
            len(years := sorted(set(map(int, rx.findall(r"20\d\d", said.group(0)))))) >= 2 and set(years) == set(parsed.years) \
            and not parsed.group_by:
        # ("For 2022, 2023 and 2024, how many runners finished both A and B in the same year?": each of those years — it
        # kept 2022 and asked for three different events, 0 at 0.8)
        return replace(parsed, dates=None, years=tuple(years), group_by=("year",))
    if not (left_out and said and set(map(int, rx.findall(r"20\d\d", said.group(0)))) == set(parsed.years)) or \
            parsed.intent not in ("count", "list", "find", "analyze", "trend", "top") or parsed.winners and parsed.intent != "top" or \
            not set(_years_dated(parsed.dates)) <= set(parsed.years):
        return parsed
    if parsed.intent == "top":
        # "the F30-34 podium at X for 2023, 2024 and 2025", "who won it in 2024 and 2025": the first of each year (one
        # place list over the years pooled only when said: "combined")
        if _POOLED_SAID.search(text) or parsed.ranking or parsed.person or not (parsed.limit or parsed.winners or parsed.place):
            return parsed
        return replace(parsed, dates=None, group_by=("year", *(g for g in parsed.group_by if g != "year")))
    pooled = said.group(1) == "or" or _POOLED_SAID.search(text) or parsed.intent == "list"
    # (each year only when said of each: "in 2024 and in 2025", "… each"; "how many finished in 2024 and 2025"
    # may be the total or each, and "different people … in 2024 and 2025" each, both or either: said back)
    # (a time measure or a rate "in 2017 and 2021" is of each year: pooled only when said so)
    each = rx.search(r"\b(?:in|for|during) 20\d\d,? (?:and|&) (?:in|for|during) 20\d\d\b|\beach\b|\brespectively\b|"
                     r"\bseparately\b|\bapiece\b|\bside by side\b|\bboth years\b", text) or \
        {"year", "edition"} & set(parsed.group_by) or (   # ("in 2017, 2018 and 2021 per edition")
            parsed.intent == "analyze" and (parsed.measure or parsed.metric) and not parsed.distinct_people)
    if not pooled and (parsed.distinct_people or not each):
        # ("how many finished it in 2018 and 2019": the total, or each? said back with how to ask for either)
        return replace(parsed, notes=(*parsed.notes, "years said as a list: say 'each year' for a row each, or 'in total' "
                                                     "for one figure"))
    return replace(parsed, dates=None, group_by=parsed.group_by if pooled or {"year", "edition"} & set(parsed.group_by)
                   else ("year", *parsed.group_by))


def _years_left_out(parsed: Parsed) -> list[str]:
    """Years named but outside the dates the parse filters on ("in 2019 and 2021" filters 2019): never the first
    alone as if the second were not said."""
    if parsed.dates is None or parsed.cohort and parsed.cohort.kind != "also_in_year" or parsed.change_years or \
            parsed.intent == "compare":
        return []
    # (a range, "before 2021", "2018 to 2020", holds the years that bound it; "finished it back in 2018, … from 2023
    # onward" does not hold 2018; "the year after 2022 (2023)": 2022 is in the dates' own words)
    return [str(other) for other in parsed.years if other not in _years_dated(parsed.dates) and
            str(other) not in parsed.dates.words]


def _years_dated(dates: DateRange) -> range:
    """The calendar years a date range touches (its end is the first day no longer included)."""
    return range(dates.start.year, (dates.end - timedelta(days=1)).year + 1)


# "at its first edition and at its most recent one", "the latest edition vs the first": both ends of its editions
_FIRST_AND_LAST = (r"\b(?:first|earliest|inaugural|debut) (?:edition|year|one|running)\b[^?]{0,50}?\b(?:and|vs\.?|versus|"
                   r"compared (?:to|with)|to)\b[^?]{0,20}?\b(?:most recent|latest|last|newest|final)(?: (?:one|edition|year|running))?\b|"
                   r"\b(?:most recent|latest|last|newest) (?:edition|one|year|running)\b[^?]{0,50}?\b(?:and|vs\.?|versus|"
                   r"compared (?:to|with))\b[^?]{0,20}?\b(?:first|earliest|inaugural|debut)(?: (?:one|edition|year|running))?\b")


# "first race to latest", "from the first to the most recent": an order, every one of them (no edition)
_FIRST_TO_LATEST = (r"\b(?:from )?(?:the )?(?:first|earliest)(?: (?:race|one|result|time|year))? (?:to|through|thru|till|until) "
                    r"(?:the )?(?:latest|last|most recent|newest)\b")
# "which edition of X was the latest/first": that edition (never a place: "was the first")
_EDITION_ASKED = r"\b(?:which|what) (?:edition|year)\b[^?]{0,60}?\b(?:was|is) (?:the|its) (latest|most recent|last|first|earliest)\b"


def _edition(text: str, subject: str) -> str | None:
    """ "when was the last/first …", "the most recent …" asked of events: one edition, the latest or earliest."""
    if subject != "events" and rx.search(_FIRST_AND_LAST, text):
        return "first_and_last"   # "finishers at its first edition and at its most recent one": those two, each
    if subject != "events":   # of results: an edition said as such ("the inaugural …", "the most recent <event>")
        # ("the first year we timed X, and how many finished that year": that edition's finishers)
        # ("who won it last time, men and women", "the winners at the last edition": the latest edition)
        m = rx.search(r"\b(inaugural|very first|first[- ]ever|first edition|latest edition|most recent edition|"
                      r"last edition|last running|last time(?=\s*(?:[,?.!;:]|$|(?:men|women|for|and|please)\b))|"
                      r"final (?:edition|year|running)|(?:first|inaugural|debut|opening) (?:year|edition)|"
                      r"(?:first|earliest|last|latest|most recent) year (?=we|of|that)|"
                      r"(?:first|last)(?= (?:timed|held|hosted|put on|hold|host|stage)\b| time (?:the|it|our)\b)|"
                      # "who won it the last time we timed it"
                      r"(?:first|last|latest|most recent) time (?=(?:we|you) (?:timed|held|hosted|ran|put on|did)\b|it was (?:held|run)\b))\b|"
                      # "our most recent event", "the last race we timed": the company's latest edition of any event
                      r"(?:our|the) (most recent|latest|last|newest)(?= (?:event|race)\b(?! (?:of|at|in|for)\b)(?!s))|"
                      # the event's name blanked out ("the first <event> finisher" is its fastest runner, no edition)
                      r"\bthe (most recent|latest|last|final|first|earliest|debut)(?= {3,})"
                      r"(?! +(?:finisher|runner|local|athlete)\b(?!s))|"
                      # ("which edition of X was the latest and how many finished it": that edition)
                      + _EDITION_ASKED, text)
        said = m and next(group for group in m.groups() if group)
        return None if not m else "last" if said.startswith(("latest", "most", "last", "final")) else "first"
    # ("last year how many events did we time": a date, not the last edition; "youngest first": an order)
    text = rx.sub(r"\b(?:youngest|oldest|newest|fastest|slowest|quickest|highest|lowest|biggest|smallest|largest|most|fewest|"
                  rf"best|worst|earliest|latest) first\b|{_FIRST_TO_LATEST}", " ", text)
    if rx.search(r"\b(?:first|earliest) year (?:we|of|that)\b", text):
        return "first"   # "the first year we timed it", "the first year of the Solstice 10K"
    if not (m := rx.search(r"\b(last|latest|most recent|first|earliest)\b(?! (?:\d+|two|three|four|five|few|couple|"
                           r"years?|months?|spring|summer|fall|autumn|winter|seasons?|weeks?|quarter|decade|half)\b)",
                           text)):
        return None
    return "first" if m.group(1) in ("first", "earliest") else "last"


def _population(text: str, events: tuple[str, ...]) -> bool:
    """ "How many of our runners are from Kentucky", "top 5 states by number of runners": across the company's
    events, runners are people (each once); at a named event they are its results (the glossary's rule)."""
    if rx.search(r"\bat least once\b", text) or not events and rx.search(r"\bhow many (?:of (?:the|our) )?people\b", text):
        return True   # "finished it at least once", "how many people ran in 2021": each person once
    if rx.search(r"\bhow many (?:different |unique )?people\b[^?]*\beither\b[^?]*\bor\b", text) or len(events) >= 2 and \
            rx.search(r"\bhow many (?:different |unique )?(?:runners|participants|athletes|racers|ppl|folks)\b[^?]*(?:\beither\b"
                      r"[^?]*\bor\b|\bor\b[^?]*\bor both\b)", text):
        # "how many people ran either the Tampa marathon or the Tampa half", "how many runners finished either A or B",
        # "… ran A or B or both": each person once, of either
        return True
    # (never "how many finishes have runners aged 70 or older logged across all our races": their finishes)
    if not events and rx.search(r"\bhow many (?!(?:finishes|results|entries|starts|races|times|runs)\b)(?:[\w'+-]+ ){0,3}?(?:runners|participants|athletes|racers|women|men|females|"
                                r"males|girls|boys|kids|teens|teenagers|masters|ppl|folks)\b[^?]*\b(?:with us|for us|(?:any of |one of |all )?our "
                                r"(?:races|events)\b(?![^?]*\b(?:19|20)\d\d\b))", text):
        # "how many women ran with us in 2024", "… finished a race with us", "how many runners from Providence, RI
        # finished our races?" (ever: "… ran our events in 2021" counts their runs, as the development set does): each
        # person once
        return True
    if not events and rx.search(r"\bhow many (?!(?:finishes|results|entries|starts|races|times|runs)\b)(?:[\w'.-]+ ){0,2}?"
                                r"(?:different |unique |separate )?(?:runners|participants|athletes|"
                                rf"residents|locals|{_DEMONYMS})\b[^?]*\b(?:(?:(?:have|has)\s+(?:ever\s+)?|ever\s+)"
                                r"(?:run|raced|finished|done|entered|completed|signed up|registered)|(?:have|has)\s+(?:we|you)\s+"
                                r"(?:ever\s+)?(?:timed|had|hosted|seen))\b", text):
        # "how many runners from Tampa or Atlanta have run our races", "how many Floridians have ever entered": people,
        # each once
        return True
    return not events and bool(rx.search(r"\b(?:runners|participants|athletes|people)\b", text)) and not rx.search(
        r"\bfinish(?:ers|es|ed)\b|\bresults\b|\bentries\b|\bstarters\b|\bdnfs?\b|\bran\b|\braces?\b", text)


_STATUS_SAID = r"dnf(?:'?d|s|ed)?|did not finish|didn'?t finish|dropped out|dqs?|dq'?d|disqualified|dns|did not start|" \
               r"didn'?t start|no[- ]shows?"


def _statuses_listed(asked: str) -> tuple[str, ...]:
    """The statuses (of finished, DNF, DNS, DQ) a question names, in the order said (never in brackets: "no finish (DNF,
    DNS or DQ)" says what one count holds)."""
    # ("FIN, DNF, DNS, DQ counts": the statuses by their codes)
    said = ["FIN" if m.group(0).lower() == "fin" else find_status(m.group(0))
            for m in rx.finditer(rf"\b(?:{_STATUS_SAID}|finish(?:ed|ers)|dnfs?|fin)\b", rx.sub(r"\([^()]*\)", " ", asked))]
    return tuple(dict.fromkeys(status for status in said if status in ("FIN", "DNF", "DNS", "DQ")))


# "what time of day did she cross the line", "when did Hannah Brandt cross the finish line", "what clock time did he
# finish": a runner's moment at the line (nlq.sqlbuild: the race's start plus the gun time)
# "and out of how many finishers in her age group", "of how many women": the field a runner's place is among
_OUT_OF = re.compile(r"(?:,?\s*\b(?:and|&)\s+)?\b(?:out of|of) how many(?: (?:total|other))?(?: (?P<who>finishers|runners|people|"
                     r"women|men|girls|guys|starters|in total|total|overall))?(?: (?:were )?(?:in|of|within) (?:her|his|their|my|"
                     r"the|that|its) (?:own )?(?P<div>age[- ]?group|group|division|category|sex|gender|race|field))?")

# "what was her age group place …, and how many finished in her group?": the same, asked beside a place
_FIELD_SIZE = re.compile(r"(?:,?\s*\b(?:and|&)\s+)?\bhow many(?: (?P<who>finishers|runners|people|women|men))?(?: (?:finished|ran|raced|"
                         r"were there|there were|were))? (?:in|of|within) (?:her|his|their|my|that|the same) (?:own )?"
                         r"(?P<div>age[- ]?group|group|division|category|race|field)\b")


def _out_of_scope(said: re.Match[str] | None, text: str) -> str | None:
    """The field ``said`` (``_OUT_OF``) counts: her age group when it or her age-group place is said, her sex when
    said ("of how many women"), else her race."""
    if said is None:
        return None
    div, who = said.group("div") or "", said.group("who") or ""
    if rx.match(r"age|group|division|category", div) or not div and rx.search(
            r"\b(?:age[- ]?group|ag|division) place\b|\bplace (?:in|within) (?:her|his|their|my) (?:age[- ]?group|division)\b",
            text):
        return "age_group"
    if div in ("sex", "gender") or who in ("women", "men", "girls", "guys") or not div and rx.search(r"\bgender place\b", text):
        return "sex"
    return "overall"


_CROSSING_ASKED = (r"\b(?:at )?(?:what|which) (?:time of day|clock time|time on the clock|time)(?: of (?:the )?day| on the clock)?"
                   r"\b[^?]{0,40}?\b(?:cross(?:ed)?|finish(?:ed)?|c[oa]me in|g[eo]t in|get to the line)\b"
                   r"(?: (?:the )?(?:finish(?:[- ]line)?|line|mat))?|"
                   r"\bwhen did\b[^?]{0,40}?\bcross(?:ed)? (?:the )?(?:finish(?:[- ]line)?|line|mat)\b|"
                   r"\b(?:time of day|clock time) (?:she|he|they|i) (?:crossed|finished|came in)\b")
_PEOPLE_NOT_ENTRIES = (r"\b(?:people|runners|persons|individuals|heads),? not (?:entries|results|registrations|finishes|rows)\b|"
                       # ("(people, all distances)", "Count people across both distances", "each person once")
                       r"\(\s*(?:unique |distinct )?(?:people|persons|individuals),? (?:all|any|across|both|every)\b|"
                       r"\bcount(?:ing)? (?:unique |distinct )?(?:people|persons|individuals)\b(?:,? not (?:entries|results|registrations|"
                       r"finishes|rows)\b)?|\b(?:each|every) (?:person|individual|"
                       r"runner) (?:counted )?once\b")


_DONE = r"(?:run|ran|finished|entered|raced|done|completed|been (?:in|at|to)|signed up for|registered for|participated in)"


def _earlier_at(question: str, mentions: list[Mention]) -> tuple[Mention, Found] | None:
    """The event of two that a runner's earlier history is asked at ("had run the Jingle Bell Run before", "had
    previously entered a Shamrock 5K", "had never done Bend before"), with the cohort it makes: returning (or
    first-timers, when "never"), an earlier finish when finishing is said, any entry otherwise."""
    for mention in mentions:
        done = rx.search(rf"\b(?:had|have|has)(?P<neg> never|n't| not)?(?: (?:ever|also))?\s+(?:(?P<prev>previously|already) )?"
                         rf"(?P<verb>{_DONE})\s+(?:(?:in|at)\s+)?(?:(?:the|a|an|any|one of the)\s+)?$", question[:mention.start])
        # ("had entered a Buffalo Half Marathon race at some point before")
        when = rx.match(r"\s*(?:\([^)]*\)\s*)?(?:(?:race|event|edition)s?\s+)?(?:before|previously|earlier|at some point(?: earlier| before)?|in (?:an?|some|any) "
                        r"(?:earlier|previous|prior) (?:year|edition))\b(?:\s*\([^)]*\))?", question[mention.end:])
        if done and (when or done.group("prev")):
            spans = [done.span(), *([(mention.end + when.start(), mention.end + when.end())] if when else [])]
            finish = done.group("verb") in ("run", "ran", "finished", "done", "completed")
            kind = "first_timers" if done.group("neg") else "returning"
            return mention, Found(Cohort(kind, earlier_finish=finish, elsewhere=mention.value), tuple(spans))
    return None


def _months_told(question: str, mentions: list[Mention], vocabulary: Vocabulary) -> list[tuple[int, int]]:
    """ "the Chicago Shamrock 5K in March and the Indy Jingle Bell Run in December": the month an event is held in, said
    right after its name (no year with it) to tell of it, never dates asked — the spans of those words."""
    told = []
    for mention in mentions:
        said = rx.match(rf"\s*(?:,\s*)?in ({'|'.join(MONTHS)})\b(?!\s*(?:,\s*)?(?:of )?(?:19|20)\d\d)", question[mention.end:],
                        re.IGNORECASE)
        held = {when.month for event, when in vocabulary.editions if event == mention.value}
        if said and MONTHS[said.group(1).lower()] in held:   # (a month it was held in, the edition's or its usual one)
            told.append((mention.end, mention.end + said.end()))
    return told


def _events_said_by_city(question: str, mentions: list[Mention], vocabulary: Vocabulary) -> list[Mention]:
    """ "finished both Santa Fe and Las Vegas": two events, each said by the city it is the only event of (the
    mentions as they were unless that makes two)."""
    found, text = list(mentions), _blank(question, [(m.start, m.end) for m in mentions])
    while len(found) < 2 and (city := match_city(text, vocabulary.event_cities)):
        text = _blank(text, [(city.start, city.end)])
        if (event := vocabulary.only_event_in(city.value)) and event not in {m.value for m in found}:
            found.append(Mention(event, city.start, city.end))
    return sorted(found, key=lambda m: m.start) if len(found) == 2 else mentions


def _events_said_by_city_and_race(question: str, mentions: list[Mention], vocabulary: Vocabulary) -> list[Mention]:
    """ "the Tampa half or the Tallahassee half": an event said by the city it is the only event of and a race right
    after ("Tampa" for the Tampa Marathon, whose name says another race), added to the mentions when that makes two
    events or more — never a city said as where runners live ("runners from Tampa")."""
    found, text = list(mentions), _blank(question, [(m.start, m.end) for m in mentions])
    while len(found) < 4 and (city := match_city(text, vocabulary.event_cities)):
        text = _blank(text, [(city.start, city.end)])
        race = rx.match(rf"\s+({RACE_SAID})\b", question[city.end:], re.IGNORECASE)
        if race and (event := vocabulary.only_event_in(city.value)) and event not in {m.value for m in found} and \
                not _lives_in(question.lower(), city) and not rx.search(r"\b(?:in|at)\s+$", question[:city.start], re.IGNORECASE):
            found.append(Mention(event, city.start, city.end + race.end()))
    # (one event alone so said is left to the reading of names: "the El Paso Marathon", no marathon there, is declined)
    return sorted(found, key=lambda m: m.start) if len(found) >= 2 else mentions


def _event_said_before(question: str, mentions: list[Mention], vocabulary: Vocabulary) -> Mention | str | None:
    """ "… runners had run (in) Santa Fe before": the only event held in that city, named by it as where runners'
    earlier history is looked at (a city said elsewhere is where they live or where the event asked was held); the
    city alone when it held several events."""
    lowered = question.lower()
    for city in sorted(vocabulary.event_cities, key=len, reverse=True):
        said = rx.search(rf"\b(?:had|have|has)(?: never|n't| not)?(?: (?:ever|also))?\s+(?:(?:previously|already) )?{_DONE}"
                         rf"\s+(?:(?:in|at)\s+)?(?:the\s+)?({re.escape(city.lower())})\b(?=\s+(?:before|previously|earlier)\b)",
                         lowered)
        if said and (event := vocabulary.only_event_in(city)) and event not in {m.value for m in mentions}:
            return Mention(event, said.start(1), said.end(1))
        if said and not vocabulary.only_event_in(city):
            return city
    return None


def _one_year(parsed: Parsed) -> bool:
    """Whether the results asked are of one year at most (one edition of an event)."""
    if parsed.dates:
        return parsed.dates.end.year - parsed.dates.start.year <= 1 and (parsed.dates.end.month, parsed.dates.end.day) \
            == (1, 1) or parsed.dates.end.year == parsed.dates.start.year
    return len(parsed.years) == 1


def _city_or_state(parsed: Parsed) -> bool:
    """Whether a city and a state were said as alternatives ("from Hartford or Rhode Island", "in RI or Boston")."""
    city, state = parsed.runner_city or parsed.event_city, parsed.runner_state or parsed.event_state
    if not (city and state):
        return False
    names = "|".join(re.escape(name) for name in (state, *(n for n, code in US_STATES.items() if code == state)))
    return bool(rx.search(rf"\b{re.escape(city)}\s*,?\s+or\s+(?:the state of\s+)?(?:{names})\b|\b(?:{names})\s*,?\s+or\s+"
                          rf"(?:the city of\s+)?{re.escape(city)}\b", parsed.question, re.IGNORECASE))


# What the semantic layer cannot compute yet, said back with why (each was answered as something else at 1.0)
_LIMIT_SAID = r"(?:under|below|over|above|more than|less than|faster than|slower than|at least|at most)"
_SAID_BACK = (
    # "finished it in 2023, signed up again for 2025 but were no-shows": the later year's own status
    (r"\b(?:again|back)\b[^?]{0,40}\b(?:but|and)\s+(?:were|was|then|ended up(?: as)?)?\s*(?:an? )?(?:no[- ]shows?|dns|dnf'?d|"
     r"dnfs?|dq'?d|disqualified|did(?: not|n't) (?:start|finish|show))\b",
     "a later year's own status (no-shows, DNFs) in a cohort I cannot give yet: ask for the runners who came back"),
    # "gun time over 4 hours but chip time under 4 hours": one time condition was kept, the other dropped
    (rf"\b(?:gun|chip)\b[^?]{{0,40}}\b{_LIMIT_SAID}\b[^?]*\b(?:chip|gun)\b[^?]{{0,40}}\b{_LIMIT_SAID}\b|"
     rf"\b{_LIMIT_SAID}\b[^?]{{0,40}}\b(?:gun|chip)\b[^?]*\b{_LIMIT_SAID}\b[^?]{{0,40}}\b(?:chip|gun)\b",
     "a gun-time and a chip-time condition together I cannot give yet: ask for one"),
    # "2025 season recap: # of events, total entries, total finishers, distinct runners": several counts of different
    # things at once (it gave one of them)
    (r"(?:(?<!\w)#|\bnumber|\bcount) of events\b[^?]{0,20},[^?]*\b(?:entries|finishers|runners|people)\b|"
     r"\b(?:total |distinct |unique )?(?:entries|finishers|runners|people)\s*,\s*(?:total |distinct |unique )?(?:entries|finishers|"
     r"runners|people)\s*,\s*(?:and |& )?(?:total |distinct |unique )?(?:entries|finishers|runners|people)\b",
     "several counts at once: ask for a summary (\"2025 summary\": entries, starters, finishers, DNFs) or for each count"),
    # "raced 3+ of our different events within a single calendar year": a count within each year (it counted over all years)
    (r"\b(?:\d+ ?\+|\d+ or more|more than \d+|at least \d+)[^?]{0,40}?\b(?:events|races|editions)\b[^?]{0,30}?\b(?:within|in) "
     r"(?:a|one|the same) (?:single )?(?:calendar )?(?:year|yr|season)\b",
     "a number of races within one year I cannot count yet: ask for one year (\"… in 2024\")"),
    # "DNF rate 2015-2019 vs 2020-2025", "the years before 2020 vs 2021 onward": two periods of several years (it compared
    # the four years named, or two single years)
    (r"\b20\d\d ?(?:-|\u2013|to|through|thru) ?20\d\d\b[^?]{0,25}?\b(?:vs\.?|versus|compared (?:to|with)|against)\b[^?]{0,25}?"
     r"\b20\d\d ?(?:-|\u2013|to|through|thru) ?20\d\d\b|"
     r"\b(?:before|through|thru|up to|until|prior to) 20\d\d\b[^?]{0,25}?\b(?:vs\.?|versus|compared (?:to|with)|against)\b"
     r"[^?]{0,25}?\b(?:20\d\d (?:onward|onwards|on|and later|or later|and after)|(?:since|after|from) 20\d\d)\b",
     "two periods of several years compared I cannot give yet: ask for each period"),
    # "combined finish time in hours", "add up the chip times of the first three women": a sum of times (it counted the
    # finishers); a total distance is read
    (r"\b(?:total|combined|summed|cumulative|aggregate|sum of(?: the| all)?|add(?:ed|ing)? up(?: the| all)?)\b(?: \w+){0,2} (?:"
     r"finish(?:ing)? times|chip times|gun times|(?:running|race|finish(?:ing)?|chip|gun) time)\b"
     r"(?! (?:limit|cutoff|cut-off))|"
     # ("top 5 combined times for the 5K at A plus the 5K at B": times said bare; never "how many total times")
     r"\b(?:combined|summed|cumulative) times\b(?! (?:she|he|they|i|you|we|has|have|did)\b)",
     _SUM_OF_TIMES),
    # "which editions had a dnf rate over 2%": a rate as a condition on groups (it read "over 2" as an age)
    (rf"\b(?:rate|share|percent(?:age)?)s?\b[^?]{{0,30}}?\b{_LIMIT_SAID} \d+(?:\.\d+)? ?(?:%|percent|pct)",
     "groups kept by their rate or share (\"over 2%\") I cannot give yet: ask for each group's rate"),
    # "events where the average 5K time was under 28 minutes": a condition on a group's average (it kept the
    # finishers under 28 minutes)
    (rf"\b(?:where|whose|with|that had|which had|when)\b[^?]{{0,20}}\b(?:average|avg|mean|median)\b[^?]{{0,30}}?\b(?:was|were|is|are|"
     rf"of)\s+{_LIMIT_SAID}\b",
     "groups kept by their average or median (\"where the average was under 28 minutes\") I cannot give yet: ask for "
     "each group's average"))

# the returning runners asked beside the first-timers ("…, and how many had been there before", "vs returning runners")
_RETURNING_BESIDE = (r"\b(?:and|vs\.?|versus|or|against)\s+(?:how many\s+)?(?:(?:(?:people|runners|those|ones)\s+(?:who'?d|who|that)\s+)?"
                     r"(?:(?:had|have|has|were|was|are)\s+)?(?:already\s+)?"
                     r"(?:been|run|ran|raced|entered|finished|done)\b[^?]{0,40}?\b(?:before|previously|(?:an? |the )?(?:earlier|previous|"
                     r"prior)\b)|(?:came|come) back\b|"
                     r"(?:(?:were|are|was)\s+)?(?:the\s+)?(?:returning|repeat)(?: runners| finishers)?\b|(?:the\s+)?returners\b|"
                     # ("… never been in a Galveston result before versus people who had.")
                     r"(?:people|runners|those|ones)\s+(?:who|that)\s+(?:had|did|have)(?=\s*(?:[.?!,;]|$)))")


# what a question says of a named runner's own result ("I came 2nd in my age group", "won it", "her best"), set aside
# when she is the reference or the one compared: it tells whose race, never whom to answer with
_HER_OWN_RESULT_SET_ASIDE = dict(place=None, place_overall=False, place_in_age_group=False, winners=False, winners_by=None,
                                 limit=None, personal_best=False, metric=None, ranking=None)


def _around_runner(parsed: Parsed, asked: str) -> Parsed:
    """ "Who beat me for the age group win?", "how many finished ahead of James Perez?": the runners around the one
    named, in her race (``nlq.rivals``). What the question says of her own result ("I came 2nd in my age group", "was
    first woman") tells whose race it is, never whom to list: her place, sex and age are set aside; a sex said of the
    runners asked for is kept ("how many women finished ahead of her")."""
    if parsed.person and len(parsed.more_people) == 1 and parsed.rival.side in ("ahead", "behind"):
        # "My wife Elizabeth Rice beat me … by how many seconds? (I'm Steven Rice)": the two runners' times apart
        ahead, behind = _ahead_and_behind(parsed, asked)
        if (apart := _runners_apart(parsed, behind, ahead)) is not None:
            return apart
    if parsed.rival.side == "to_winner" and (parsed.metric and parsed.metric.kind == "margin"):
        return replace(parsed, rival=None)   # ("how far behind the winner was the runner-up": the winning margin)
    if parsed.rival.side in ("to_record", "to_old_record") and len(parsed.more_people) == 1 and (holder := next((
            person for person in (parsed.person, *parsed.more_people) if rx.search(
                rf"\b{re.escape(person.first_name.lower())} {re.escape(person.last_name.lower())}'s (?:(?:men|women)'?s )?"
                rf"(?:\w+ )?(?:course )?record\b", asked)), None)):
        # "How many seconds off Brandon Long's course record was Jesse Conner?": the holder names the record, the other
        # runner is asked of
        runner = parsed.more_people[0] if holder == parsed.person else parsed.person
        parsed = replace(parsed, person=runner, more_people=())
    if not parsed.person or parsed.more_people:
        return replace(parsed, rival=None, notes=(*parsed.notes, "who finished ahead of or behind a runner, or how far from "
                                                                 "the winner, I can give for one runner named: say whose race"))
    if parsed.rival.side in REFERENCES:
        # "how much slower was Deborah Page than the winner": her own finishes, each with how far from the winning time
        return replace(parsed, **_HER_OWN_RESULT_SET_ASIDE, intent="list", last_place=False, measure=None, group_by=(),
                       status="FIN", field_limit=None, change_years=None, difference=(),
                       # ("than last time": her finish before, not the latest edition)
                       edition=None if parsed.rival.side in OVER_EDITIONS else parsed.edition,
                       # ("how did my time compare with the average finisher's": what it is compared with, said)
                       notes=tuple(note for note in parsed.notes if not note.startswith("say what to compare")))
    rival = parsed.rival
    if parsed.runner_city and rx.search(rf"\b{re.escape(parsed.person.last_name.lower())}\b,?\s+(?:from|of|in)\s+"
                                        rf"{re.escape(parsed.runner_city.lower())}\b", asked):
        # "who beat Elizabeth Smith from Park City": the city picks her among namesakes (it filtered the others)
        rival, parsed = replace(rival, city=parsed.runner_city), replace(parsed, runner_city=None, runner_state=None)
    sex_asked = rx.search(r"\b(?:women|men|woman|man|females?|males?|girls|boys|guys|ladies)\b(?: \w+){0,2} (?:finished |came in |"
                          r"were |was |got )?(?:ahead|in front|before|beat|behind|after|faster|slower)\b", asked)
    counted = rx.search(r"\bhow many\b(?! (?:seconds|minutes)\b)", asked) or JUST_A_COUNT.search(asked)   # ("… ? just count them")
    return replace(parsed, **_HER_OWN_RESULT_SET_ASIDE, rival=rival, intent="count" if counted else "list",
                   last_place=False, measure=None, group_by=(),
                   status="FIN", subject="results", distinct_people=False, age=None, age_group=None, more_age_groups=(),
                   sex=parsed.sex if sex_asked else None, sex_negated=parsed.sex_negated and bool(sex_asked),
                   top_places=None, sorted_by="")


def _ahead_and_behind(parsed: Parsed, asked: str) -> tuple[Person, Person]:
    """Of two runners named around "beat", "ahead of", "behind": (the one ahead, the one behind). The one named right
    after the word is its object ("did Elizabeth Rice beat Steven Rice"), the other its subject; else the subject is
    the one named last before it ("my wife Elizabeth Rice beat me", the asker named elsewhere)."""
    two = (parsed.person, parsed.more_people[0])
    # ("how many times was Andrea faster", "of those, how many did Eugene win": its subject the one named before it)
    verb = rx.search(r"\b(?:ahead of|in front of|faster than|beat(?:en)?|outr[au]n|outpaced?|behind|slower than|finished (?:before|after)|"
                     r"faster|quicker|win|won)\b", asked)
    if not verb:
        return two
    names = {person: person.name.lower() for person in two}
    # (each said where it stands to the verb: a name may be said twice, "X and Y ran it. How far ahead of Y was X?")
    if after := [person for person in two if asked[verb.end():verb.end() + 2 + len(names[person])].lstrip().startswith(names[person])]:
        subject = two[1] if after[0] == two[0] else two[0]
    else:
        at = {person: asked.rfind(names[person], 0, verb.start()) for person in two}
        before = [person for person in two if at[person] >= 0]
        subject = max(before, key=lambda person: at[person]) if before else two[0]
    other = two[1] if subject == two[0] else two[0]
    return (other, subject) if rx.match(r"behind|slower|finished after", verb.group(0)) else (subject, other)


def _runners_apart(parsed: Parsed, slower: Person, faster: Person) -> Parsed | None:
    """Two named runners' own times and the first's minus the second's ("how much faster was A than B", "A beat me by
    how many seconds"): each one's fastest finish among the results asked, a row per runner made one; None when the
    two share a first name (the rows are told apart by it)."""
    if slower.first_name == faster.first_name:
        return None
    if parsed.runner_city or parsed.runner_state:   # ("A beat Kenneth Smith of Austin": of one of them, which it cannot keep apart)
        return replace(parsed, rival=None, notes=(*parsed.notes, "a home town said for one of two runners compared I cannot "
                                                                 "apply yet: ask without it, or for each runner"))
    # (race by race: "A beat me at X" where one of them also ran its mile compares their 5Ks)
    return replace(parsed, **_HER_OWN_RESULT_SET_ASIDE, rival=None, intent="compare", group_by=("race", "runner"),
                   measure="fastest", status="FIN", difference=(slower.first_name, faster.first_name), sex=None, age=None,
                   age_group=None, distinct_people=False)


# one runner of a cohort asked for ("fastest first-timer"), which a cohort's count or list does not give
_ONE_OF_A_COHORT_SAID = r"\b(?:fastest|slowest|quickest|oldest|youngest)\b"
_ONE_OF_A_COHORT = "the fastest, slowest, oldest or youngest of runners chosen by their history I cannot give yet"


def _with_constructs(parsed: Parsed, found: dict, places: dict) -> Parsed:
    """The constructs read (``nlq.constructs``) set on the parse; a count of people for cohorts."""
    value = lambda name: found[name].value if found[name] else None  # noqa: E731
    asked = parsed.question.lower()   # (the question itself never changes below)
    change = value("change")
    # (pace bands, "under 8:00 per mile, 8:00 to 9:59, …", are of the pace)
    parsed = replace(parsed, metric=value("metric") or (Metric("pace", unit, clock="gun" if found["gun"] else "chip") if (
                         parsed.time_bands or parsed.band_width) and (unit := pace_said(asked)) else None),
                     clock="gun" if found["gun"] else "chip",
                     # ("who won the 5K on gun time", "gun-time winners": by the fastest gun time; "the winner's gun time"
                     # is the winner's own)
                     # ("Who won X? Use gun time.", "… gun time please", "(gun time)": the places by it too)
                     gun_placed=bool(found["gun"]) and bool(rx.search(r"\b(?:on|by|using|use|based on|going by|go by|in terms of) "
                                                                      r"(?:the )?gun(?:[- ]?times?)?\b|\bgun[- ]time (?:winners?|wins?|"
                                                                      r"places?|placings?|order|standings?|podium|please|pls)\b|"
                                                                      r"\(\s*(?:on |by )?gun(?:[- ]?times?)?\s*\)", asked)),
                     out_of_state=bool(found["out_of_state"]), cohort=value("cohort"), ranking=value("ranking"),
                     # ("Ithaca locals": that town, read as where they live)
                     local=bool(found["local"]) and not (parsed.runner_city or parsed.person),
                     change_years=change, runner_state_negated=places.pop("negated", False),
                     winners_by=value("winners_by"), gap_limit=value("gap_limit"), clock_window=value("clock_window"),
                     pace_limit=None if parsed.time_bands or parsed.band_width else value("pace_limit"),   # (a band's edge, "under 5:00 per km")
                     field_limit=value("field_limit"),
                     winner_gap=value("winner_gap"), rival=value("rival"), pair=value("pair") or "",
                     shared_races=bool(found.get("shared_races")), wins_before=bool(value("wins_before")))
    if parsed.pair in ("beat_count", "faster_in") and len(parsed.more_people) == 1:
        # "how many times did Zachary Powell beat Jorge Collins": the one said beating first
        ahead, _ = _ahead_and_behind(parsed, asked)
        parsed = replace(parsed, person=ahead, more_people=tuple(p for p in (parsed.person, *parsed.more_people) if p != ahead))
    if parsed.pair:   # (its finishes, each runner's own: nothing else of the question's shape)
        parsed = replace(parsed, intent="compare", status="FIN", group_by=(), winners=False, place=None, limit=None,
                         personal_best=False, distinct_people=False, measure=None,
                         metric=None if parsed.metric and parsed.metric.kind == "margin" else parsed.metric)
    if parsed.more_people and parsed.change_years and parsed.cohort and parsed.cohort.kind == "both" and not (
            parsed.cohort.legs or parsed.cohort.count or parsed.cohort.distinct_events):
        # "Vincent and Melissa Gonzalez ran it in both 2017 and 2022. How much did each of their times change": the two
        # years of each one's change, no runners of both
        parsed = replace(parsed, cohort=None)
    if parsed.rival:
        parsed = _around_runner(parsed, asked)
    if parsed.person and parsed.cohort and parsed.cohort.kind == "also_in_year" and not parsed.more_people and \
            rx.search(_HOW_MUCH_FASTER + r"|\bhow much did [^?]{1,40}? (?:improve|slow down|get faster|get slower)\b", asked) and \
            len(said := {*map(int, rx.findall(r"\b20\d\d\b", asked)), *parsed.years, *(
                [parsed.dates.start.year] if parsed.dates and parsed.dates.end.year - parsed.dates.start.year == 1 else []),
                parsed.cohort.count} - {0}) == 2:
        # "Michelle Walter ran it in 2024 and again in 2025. How many seconds slower was she this last time?", "how much
        # faster was she in 2025 than the year before": her time's change between the two years (it counted her as a
        # runner of both)
        years = tuple(sorted(said))
        parsed = replace(parsed, cohort=None, change_years=years, years=years, dates=None, measure="fastest", edition=None,
                         # ("from the first year to the second": the two years, no place)
                         place=None if rx.search(r"\bfrom the first (?:year|time|one )?\s*to the (?:second|next)\b", asked)
                         else parsed.place)
    if parsed.person and parsed.cohort and parsed.cohort.kind == "also_in_year" and not parsed.more_people and \
            len(said := {*map(int, rx.findall(r"\b20\d\d\b", asked)), parsed.cohort.count} - {0}) == 2:
        # "Jon Lewis ran it in 2017 and again in 2023. What were his times?": her results of both years (the second had
        # been a cohort of one runner, and was lost with it)
        parsed = replace(parsed, cohort=None, years=tuple(sorted(said)), dates=None)
    if parsed.runner_state and not parsed.runner_state_negated and parsed.out_of_state and not parsed.compared:
        # "are Texans faster than out-of-state runners": two groups, not one filtered by both (it counted 0)
        parsed = replace(parsed, notes=(*parsed.notes, "runners from a state and runners from out of state at once: ask "
                                                       "for each group, or say \"versus\""))
    if rx.search(_SIZE_OF_CHANGE, asked) and not parsed.change_years:
        parsed = replace(parsed, notes=(*parsed.notes, "a change needs its two years: say which (\"2024 vs 2025\")"))
    if parsed.runner_state_negated and (parsed.subject == "events" or rx.search(
            r"\b(?:held|hosted|timed|staged|located|took place|put on)\b[^?]{0,20}\b(?:outside|not in|other than)\b", asked)):
        # "how many of our editions were held outside CT", "events we timed outside of Illinois": where events were,
        # not where runners live (it counted the events of runners not from CT)
        parsed = replace(parsed, event_state=parsed.runner_state, event_state_negated=True, runner_state=None,
                         runner_state_negated=False) if parsed.runner_state and not parsed.more_states else replace(
            parsed, notes=(*parsed.notes, "events held outside several states I cannot count yet: ask for the events in "
                                          "each state"))
    if parsed.cohort and parsed.cohort.kind == "both" and not (parsed.cohort.count or parsed.cohort.legs) and \
            "event" in parsed.group_by and rx.search(r"\beach (?:event|one|of them)\b", asked):
        # "Both Run for the Schools races (Evanston and Naperville) were on May 4. How many … finished each one?": each
        # event's count (the "both" told of the events, no runners of both)
        parsed = replace(parsed, cohort=None)
    if parsed.intent in ("count", "trend", "compare", "top", "analyze") and not (
            parsed.measure or parsed.metric or parsed.cohort or parsed.change_years or parsed.compared or parsed.averaged_over or
            parsed.person or set(parsed.group_by) - {"year", "edition"}) and (said := rx.search(_YEAR_OF_CHANGE, asked)) and (
            parsed.ranking is None or parsed.ranking.dimension in ("year", "edition") and parsed.ranking.measure == "count"):
        # "which year saw the biggest drop in finishers compared with the edition before it": the years ranked by
        # their change from the year before (it declined)
        rise = said.group("change") in _RISES
        parsed = replace(parsed, intent="top", group_by=(), year_over_year=True, ranking=Ranking(
            "year", "change", rise, number(said.group("n")) if said.group("n") else 1),
                         # ("… and how big was the jump": the change, given beside each year)
                         notes=tuple(n for n in parsed.notes if not n.startswith(("say what to compare",
                                                                                  "a change needs its two years"))))
    # ("Cincinnati Turkey Trot finishers per edition, with the change from the previous edition": its years)
    if parsed.intent in ("count", "trend", "compare") and (set(parsed.group_by) <= {"year"} or set(parsed.group_by) <= {
            "edition", "year"} and len(parsed.events) == 1) and not (
            parsed.measure or parsed.metric or parsed.cohort or parsed.ranking or parsed.change_years or parsed.compared or
            parsed.averaged_over) and rx.search(rf"\byear[- ]over[- ]year\b|\byoy\b|\b(?:change|growth|drop|difference|{_WENT_UP_OR_DOWN})\b"
                                                r"(?:[^?.;]{0,50}? | )(?:from|over|on|vs\.?|versus|compared (?:to|with)) (?:the|each) "
                                                # ("… each time it was held, and the change from the previous time")
                                                r"(?:previous|prior|preceding|last) (?:year|edition|time|running|one)\b|"
                                                # ("the change from the edition before")
                                                rf"\b(?:change|growth|drop|difference|{_WENT_UP_OR_DOWN})\b(?:[^?.;]{{0,50}}? | )(?:from|over|on|vs\.?|versus|"
                                                r"compared (?:to|with)) (?:the |each )?(?:edition|year|one) before\b|"
                                                # ("and how many more or fewer than the edition before")
                                                r"\bhow many (?:more|fewer)(?: or (?:more|fewer))? than (?:the |each )?"
                                                r"(?:(?:previous|prior|preceding|last) (?:year|edition)|(?:edition|year|one) "
                                                r"before)\b|"
                                                # ("… each year, and what was the percent change?")
                                                r"\b(?:the )?(?:percent(?:age)?|%) (?:change|growth)\b(?! (?:from|between|since)\b)",
                                                asked, re.IGNORECASE):
        # "year-over-year change in Tacoma finishers": each year's count with its change from the year before
        parsed = replace(parsed, intent="trend", group_by=("year",), year_over_year=True)
    if (grown := rx.search(r"\b(?:which|what) (?:years|editions)\b[^?]*?\b(more|fewer|bigger|smaller|larger|less|grew|shr[iau]nk|"
                           r"rose|fell|dropped|declined|increased|decreased)\b[^?]*?\b(?:than|compared (?:to|with)|vs\.?|versus|"
                           r"from|over|on)\b[^?]{0,30}?\b(?:(?:its|the) )?(?:(?:previous|prior|preceding|last) (?:edition|year)|"
                           r"(?:edition|year|one) before)\b", asked)) and parsed.intent in ("count", "trend", "compare", "top", "find", "list") and not (
            parsed.measure or parsed.metric or parsed.cohort or parsed.change_years or parsed.compared or parsed.person or
            set(parsed.group_by) - {"year", "edition"}):
        # "in which years did X have more finishers than at its previous edition": those years, each with its count and
        # change (it gave the one biggest year)
        parsed = replace(parsed, intent="trend", group_by=("year",), year_over_year=True, ranking=None, limit=None,
                         change_sign="up" if grown.group(1) in ("more", "bigger", "larger", "grew", "rose", "increased")
                         else "down", notes=tuple(n for n in parsed.notes if not n.startswith("say what to compare")))
    if parsed.person and not parsed.edition and not parsed.change_years and not parsed.rival and not rx.search(
            _FIRST_TO_LATEST, asked) and (said := rx.search(
            r"\b(last|most recently|latest|first)(?= (?:raced?|ran|run|finished|competed|entered)\b)|"
            r"\b(first|last|latest|most recent)(?: ever)? (?:race|event|run|result|time|finish)s?\b(?= with (?:us|you)\b| (?:we|you) timed\b|"
            r"\s*[?(,\u2014\u2013]|$)",
            asked)):
        # "when did Dustin Mcdaniel last race with us", "what was Bianca Mendoza's first event with us": that runner's
        # first or latest day (it counted first-timers, or listed every result)
        parsed = replace(parsed, edition="first" if (said.group(1) or said.group(2)) == "first" else "last")
    if parsed.person and parsed.edition and parsed.cohort and parsed.cohort.kind == "first_timers":
        # "where and when did John Jones first race with us": his first day, not first-timers counted (it gave 1)
        parsed = replace(parsed, cohort=None, distinct_people=False, intent="list")
    if parsed.person and parsed.personal_best and parsed.edition:
        # "Christine Roy: first year she finished with us, and her best 5K time ever": two answers (it gave her best
        # with the year of that best)
        parsed = replace(parsed, notes=(*parsed.notes, "two questions in one (the first or last year, and the best time): "
                                                       "ask them one at a time"))
    if parsed.status is None and parsed.intent in ("list", "find") and not parsed.person and rx.search(
            r"\bin (?:finish(?:ing)?|place|placing) order\b|(?:\bnames?|\bname and|\bwith(?: their)?|\+|\band) (?:their )?"
            r"(?:chip|finish(?:ing)?) times?\b", asked):
        # "results in place order", "… names + chip times": the finishers (only they have places and times)
        parsed = replace(parsed, status="FIN")
    if parsed.winner_gap:   # "how many came in within 30 minutes of the winning time": the winner only measures from
        parsed = replace(parsed, winners=False, winners_by=None, place=None, limit=None, intent="count" if rx.search(
            r"\bhow many\b|\bnumber of\b|\bcount\b", asked) else "list" if parsed.intent == "top" else parsed.intent)
    if parsed.ranking and (kept := tuple(g for g in parsed.group_by if g == parsed.ranking.dimension or _each_said(g, asked))) \
            != parsed.group_by:
        # "which season has brought us the most finishers over the years", "… counting each person once across races":
        # one ranking over them all; only "each year", "per race" ranks within each group
        parsed = replace(parsed, group_by=kept)
    if parsed.ranking and parsed.ranking.dimension == "year" and not parsed.events and not parsed.event_city and \
            rx.search(r"\beditions?\b", asked) and (not rx.search(r"\byears?\b", asked) or rx.search(
                r"\bevent(?: name)?(?:,? ?(?:\+|and|&)|,) ?(?:the )?year\b", asked)):
        # "top 3 editions by entries" with no event named: editions of every event (one event in one year)
        parsed = replace(parsed, ranking=replace(parsed.ranking, dimension="edition"))
    if not parsed.ranking and rx.search(r"\b(?:fastest|slowest|quickest|best|worst|highest|lowest) (?:average|avg|mean|"
                                        r"median)\b", asked) and (parsed.metric or parsed.measure):
        # "the fastest average pace at any of our events in 2024": the event (or group) whose average is fastest — a
        # ranking no "which …" asked for (it answered the fastest single pace)
        parsed = replace(parsed, notes=(*parsed.notes, "the group with the fastest average I can rank only when the "
                                                       "group is said: \"which event had the fastest average …\""))
    if rx.search(r"\b(?:average|avg|mean|median|typical) (?:overall |gender |age[- ]group |finishing |finish )?"
                 r"(?:place|position|placing)s?\b", asked):
        # "Ryan Mills' average overall place": a place is no time (it answered his average chip time)
        parsed = replace(parsed, notes=(*parsed.notes, "an average place I cannot compute yet: ask for the places "
                                                       "themselves"))
    if parsed.metric and parsed.metric.kind == "rate" and rx.search(
            r"\b(?:median|average|avg|mean|fastest|slowest|entrants|entries)\b[^?]{0,40}\b(?:and|&|,)\s*(?:the )?"
            r"(?:dnf|dns|no[- ]show)|\b(?:dnf|dns|no[- ]show) rate\b[^?]{0,10}\b(?:and|&|,)\s*(?:the )?(?:median|average|avg|"
            r"mean|fastest|slowest|entrants|entries)\b", asked):
        # "median time and DNF rate": a rate with other figures (it gave the rate alone); the finishers are beside
        # every rate
        parsed = replace(parsed, notes=(*parsed.notes, "a rate and other figures at once: ask for the rate, and for "
                                                       "the rest (\"… summary\") separately"))
    if parsed.events and parsed.intent == "count" and not (parsed.distinct_people or parsed.cohort or parsed.group_by or
                                                           parsed.compared or _one_year(parsed)) and \
            not rx.search(_NOT_DISTINCT, asked) and rx.search(
            # ("how many of our Wisconsin runners have ever signed up for it", "how many Floridians have ever entered")
            r"\bhow many (?:of (?:our|the|these|those) )?(?:[\w'.-]+ ){0,3}?(?:different |unique |individual |separate )?"
            rf"(?:people|runners|women|men|athletes|participants|residents|locals|{_DEMONYMS})\b[^?]*\b"
            r"(?:(?:have|has)\s+(?:ever\s+)?(?:been|run|raced|finished|done|entered|completed|gone|went|broken|broke|signed up|"
            r"registered|shown up|showed up|taken part|participated|competed)\b|"
            # ("how many Chicagoans have we timed")
            r"(?:have|has)\s+(?:we|you)\s+(?:ever\s+)?(?:timed|had|hosted|seen)\b|"
            # ("how many runners ran sub-20 at the Santa Fe 5K ever", "how many women went sub-2 in the Manchester half")
            r"(?:ran|went|broke|finished|did)\b[^?]*\b(?:ever|all[- ]time|(?:in|across|over) (?:all|every) (?:the )?"
            r"(?:years|editions)|since 20\d\d)\b)", asked):
        # "how many people have finished the Santa Fe 5K since 2022": people over several editions, each once (a
        # runner of four editions is one runner, not four)
        parsed = replace(parsed, distinct_people=True)
    if parsed.intent == "count" and parsed.events and not (parsed.distances or parsed.cohort or parsed.group_by or
                                                          parsed.distinct_people) and rx.search(
            r"\bhow many (?:[\w'.-]+ ){0,2}?(?:people|persons|individuals)\b", asked):
        # "how many people from Connecticut entered the 2025 Stamford Harvest 10K" (every race): people, each once (a
        # runner of the 10K and the 5K that morning is one person; writers split on this: sets 4 and 59 count people,
        # 102 and 104 results)
        parsed = replace(parsed, distinct_people=True)
    if rx.search(_PEOPLE_NOT_ENTRIES, asked) and parsed.ranking and parsed.ranking.measure == "count":
        # ("rank the cities in Washington by finishers (people, all distances)": each city's runners, each once)
        parsed = replace(parsed, ranking=replace(parsed.ranking, measure="people"))
    if rx.search(_PEOPLE_NOT_ENTRIES, asked) and parsed.intent in ("count", "trend") and not parsed.cohort:
        parsed = replace(parsed, distinct_people=True)   # "… counting no-shows too? People, not entries."
    if rx.search(r"\b(?:second|2nd|third|3rd|fourth|4th)[- ](?:to|from)[- ]last\b|\bnext[- ]to[- ]last\b|\bpenultimate\b",
                 asked):
        # "who finished second to last": it gave the runner in second place
        parsed = replace(parsed, notes=(*parsed.notes, "a place counted from the back I cannot give yet: ask for the "
                                                       "last N finishers"))
    if rx.search(r"\b(?:ran|run|did|done|finished|entered|raced|completed) (?:the |a )?(?:[\w']+ ){0,2}?(?:half|5k|10k|"
                 r"marathon|mile|full)\b[\w' ]{0,20}? but not (?:the |a )?(?:[\w']+ )?(?:half|5k|10k|marathon|mile|full)\b",
                 asked):
        # "how many ran the half but not the 10K": runners of one race who did not run another (it counted the half)
        parsed = replace(parsed, notes=(*parsed.notes, "runners of one race who did not run another I cannot count "
                                                       "yet: ask for the runners of both, and of each"))
    if parsed.cohort and parsed.cohort.kind == "min_finishes" and rx.search(
            r"\b(?:in|within|during) (?:a|one) (?:single |same |calendar )?(?:year|day|edition)\b", asked):
        # "3 or more different races at Bend in a single year": counted within one year (it counted over every year)
        parsed = replace(parsed, notes=(*parsed.notes, "a count within one year or edition at a time I cannot give "
                                                       "yet: name the year"))
    if (either := rx.search(rf"\b({_STATUS_SAID})\s+(?:or|/)\s+(?:were |was |got )?({_STATUS_SAID})\b", asked)) and \
            len({find_status(either.group(1)), find_status(either.group(2))}) == 2 and parsed.status not in (
                "UNFINISHED", "DNF_OR_DQ"):
        # "how many DNF'd or DQ'd": either status (it counted the first alone)
        parsed = replace(parsed, notes=(*parsed.notes, "two statuses at once I cannot count yet: ask for each, or for "
                                                       "every entry without a finish"))
    if parsed.intent == "count" and not parsed.cohort and rx.search(
            r"\b(?:runners|people|who|many)\b[^?]{0,30}\b(?:completed|finished|ran|run|did|done|raced)\s+(?:all|every)"
            r"(?: (?:single )?one)?(?: of)?(?: the| its)?\s+(?:races|distances|race)\b", asked):
        # "how many runners completed all the races at X in 2024": runners of every race (it counted every finisher,
        # or each race's)
        parsed = replace(parsed, notes=(*parsed.notes, "runners who did every race of an event I cannot count yet: ask "
                                                       "for the runners of both races"))
    if len(set(parsed.years)) < 2 and not parsed.change_years and rx.search(
            _THAN + r"(?:20\d\d|last year|this year|the (?:year before|previous|prior|last) (?:year|edition|one|running)|"
            r"(?:the )?20\d\d (?:one|edition|race|running))\b" + _NOT_A_YEARS_THING, asked):
        # "more finishers than the 2024 one" with one year read: the comparison would be dropped (it answered the one year)
        parsed = replace(parsed, notes=(*parsed.notes, "a comparison with another year I could not read: say both years "
                                                       "(\"in 2025 than in 2024\")"))
    # ("how many finishers did we have across all of our events": a total over them)
    if not (parsed.cohort or parsed.events) and parsed.dates and parsed.dates.end.year - parsed.dates.start.year <= 1 and \
            parsed.dates.end.timetuple().tm_yday == 1 and rx.search(
                r"\b(?:ran|run|finished|did|done|raced|completed)\b[^?]{0,20}(?<!across )(?<!over )(?<!at )(?<!in )\b(?:(?:every one|each "
                r"one|every single one|all|both) of|both) (?:our|the|your|its|that year'?s|the year'?s) (?:20\d\d )?(?:events|races)\b|"
                # ("which runners won their age group at both of our events in 2024": the runners, places at each)
                r"\b(?:won|placed|podiumed|took|finished)\b[^?]{0,40}\b(?:their|his|her) (?:own )?age group\b[^?]{0,12}\bat (?:(?:both|all|"
                # ("… at every event of 2024": every event held that year, not each event's podium)
                r"every one) (?:of )?(?:our|the|your) (?:20\d\d )?events\b|every (?:single )?event (?:of|in|held in) (?:20\d\d|that year)\b)",
                asked) or not parsed.person and rx.search(
                # ("which runners finished every event held in 2024", "every 2024 event", "all the 2025 events"; never of a
                # runner told of: "X did all our events in 2025 - what was her place in each?")
                r"\b(?:ran|run|finished|did|done|raced|completed)\b[^?]{0,20}?(?<!across )(?<!over )(?<!at )(?<!in )(?<!for )"
                r"\b(?:every|each|all(?: (?:of )?(?:the|our))?) (?:20\d\d "
                r"events?\b|events?\b(?= (?:we |you )?(?:held|timed|put on|had|ran)\b| in 20\d\d\b| (?:that|this|last) year\b))", asked):
        # "how many runners finished all of our events in 2024", "both of our events in 2024, by sex": runners who
        # finished every event held that year (it counted every result, or said "both" back)
        # (never over another history read: "… all of our events in 2022, how many never came back the following year?"
        # asks of those runners — said back here, answered by nlq.among; it dropped the second at 1.0)
        parsed = replace(parsed, notes=(*parsed.notes, "runners of every event of a year and another history of theirs I "
                                                       "read only as two questions")) if parsed.cohort and parsed.cohort.kind \
            not in ("both", "every_edition", "min_finishes") else \
            replace(parsed, cohort=Cohort("every_edition", any_event=True, listed=_runners_listed(asked)),
                    distinct_people=False, unused=tuple(said for said in parsed.unused if said != "both"))
    elif parsed.cohort and parsed.cohort.kind == "both" and not (parsed.events or parsed.distances or parsed.cohort.legs or
                                                                 parsed.cohort.distinct_events) and \
            parsed.dates and parsed.dates.end.year - parsed.dates.start.year <= 1 and parsed.dates.end.timetuple().tm_yday == 1 and \
            rx.search(r"\b(?:all|every one of|each of|both) (?:(?:two|three|four|five|six|[2-6]) )?(?:of )?(?:(?:our|the|its) )?(?:20\d\d )?"
                      rf"(?:(?:{'|'.join(US_STATES)}) )?events\b", asked):
        # "how many women and how many men finished all three of our events in 2025", "both our events in 2023": every
        # event held that year (it asked to name them, or said "both" back)
        parsed = replace(parsed, cohort=Cohort("every_edition", any_event=True), distinct_people=False,
                         unused=tuple(said for said in parsed.unused if said != "both"))
    if not parsed.cohort and rx.search(r"\b(?:ran|run|finished|did|done|raced|entered|completed)\b[^?]{0,20}(?<!across )(?<!over )"
                                       r"(?<!at )(?<!in )\b(?:every one|each one|every single one|all) of (?:our|the|your) "
                                       r"(?:20\d\d )?(?:events|races)\b", asked):
        # "how many runners ran every one of our events in 2024": runners of all of them (it counted every result)
        parsed = replace(parsed, notes=(*parsed.notes, "runners of every one of the events I can count only with the "
                                                       "events named, or their number (\"all three of our events\")"))
    if not (parsed.compared or parsed.group_by or parsed.difference) and rx.search(
            r"\bhow many\b[^?;]*[?;]\s*(?:and\s+)?how many\b", asked):
        # "how many finished X in 2024; how many of them were women?": two questions (it answered the last alone)
        parsed = replace(parsed, notes=(*parsed.notes, "two questions at once I cannot answer together: ask each"))
    if parsed.winners and parsed.place and parsed.place > 1 and not (parsed.winners_by or parsed.person) and rx.search(
            r"\b(?:won|win|winner)\b[^?]*\b(?:and|,)\s+(?:who|whom)\b[^?]*\b(?:second|2nd|third|3rd|fourth|4th|fifth|5th|runner[- ]up)\b",
            asked):
        # "Who won the women's race at X, and who was second?": the first two (it asked for a place 1 that was also 2,
        # and found nobody, at 1.0)
        parsed = replace(parsed, winners=False, place=None, limit=parsed.place, intent="top")
    elif ((parsed.winners or parsed.place == 1) and parsed.last_place or parsed.place == 1 and rx.search(
            r"\b(?:first|1st) and (?:the )?(?:very )?last\b(?! names?\b)|\blast and (?:the )?first\b(?! names?\b)", asked)) and \
            not rx.search(r"\bbetween (?:the )?(?:first|1st|winner)\b|\bhow long\b|\b(?:gap|spread|difference|apart)\b", asked):
        # "Who won X and who came in last?", "who came first and last among women": two places at the two ends (it gave
        # the winner alone, "last" dropped)
        parsed = replace(parsed, notes=(*parsed.notes, "the first and the last finisher at once I cannot give: ask for each"))
    if (parsed.winners or parsed.top_places or parsed.place_in_age_group) and not parsed.cohort and rx.search(
            r"\bevery\b[^?]{0,60}\b(?:they|she|he|i) (?:ran|run|entered|did|raced|started|finished)\b", asked):
        # "runners in the top 3 of their age group at every event they ran in 2024": places at each of a runner's own
        # events (it gave each event's podium count, at 0.99)
        parsed = replace(parsed, notes=(*parsed.notes, "runners placed at every event they ran I cannot give yet: ask for "
                                                       "every event held in a year"))
    if parsed.winners and parsed.measure and not parsed.winners_by and rx.search(
            r"\bwinn(?:ing|er'?s) times?\b[^?]*\b(?:and|,|plus|vs\.?|versus)\b[^?]*\b(?:median|average|mean|avg)\b|"
            r"\b(?:median|average|mean|avg)\b[^?]*\b(?:and|,|plus|vs\.?|versus)\b[^?]*\bwinn(?:ing|er'?s) times?\b", asked):
        # "the winning time and the median time at X": the winner's time and the field's median (it gave the median of
        # the winner alone, named the median, at 1.0)
        parsed = replace(parsed, notes=(*parsed.notes, "the winner's time and a measure of the field at once I cannot give: "
                                                       "ask for each"))
    if (parsed.sex or parsed.time_limit or parsed.pace_limit or parsed.age or parsed.runner_city or parsed.runner_state) \
            and not (parsed.person or parsed.group_by or parsed.ranking or parsed.cohort) and _FIRST_TO.search(asked):
        # "who was the first woman to break 3 hours at X", "when did a woman first break three hours there": the earliest
        # such finish (it declined, or answered the event's first edition whoever ran it, at 1.0)
        parsed = replace(parsed, intent="top", subject="results", first_to=True, winners=False, place=None, limit=1,
                         edition=None, place_overall=False)
    elif rx.search(r"\bfirst (?:runner|person|woman|man|athlete|one|female|male|finisher|masters?) (?:ever )?to (?:finish|complete|"
                 r"run|do|win|break|reach|hit|crack)\b(?=\s+(?:every|all|each|both|\d|two|three|four|five|ten|more|over|under|sub|an?\b))",
                 asked):
        # "the first runner to finish every edition", "first woman to break 3 hours": who did it first in time (it listed
        # every finisher)
        parsed = replace(parsed, notes=(*parsed.notes, "who first did something, in time, I cannot answer yet: ask who did it"))
    if _city_or_state(parsed):
        # "from Hartford or Rhode Island": either place (it kept both, the runners of Hartford at events held in RI)
        parsed = replace(parsed, notes=(*parsed.notes, "a city or a state at once I cannot give yet: ask for each"))
    if parsed.cohort and parsed.cohort.kind == "min_finishes" and parsed.cohort.count == 1 and parsed.intent in ("list", "find") \
            and not (parsed.cohort.exact or parsed.cohort.listed or parsed.person):
        # "who ran the Houston Turkey Trot more than 0 times / at least once": each runner once, with her count (it
        # listed every result, people repeated)
        parsed = replace(parsed, cohort=replace(parsed.cohort, listed=True, editions=bool(parsed.events)))
    elif parsed.cohort and parsed.cohort.kind == "min_finishes" and parsed.cohort.count == 1 and not (
            parsed.cohort.exact or parsed.cohort.listed or parsed.cohort.editions):
        # "how many different people entered at least one of our races each year": everyone counted once (the
        # cohort, counted apart from the years asked, dropped them)
        parsed = replace(parsed, cohort=None, distinct_people=True, status=parsed.status or (
            None if parsed.cohort.entries else "FIN"))
    # ("2019 three-event finishers by sex", "for each year, how many finished two or more of our events in that same
    # year": runners of N finishes counted by their own sex or state, or within each year)
    counted_apart = parsed.cohort and parsed.cohort.kind == "min_finishes" and not (
        parsed.cohort.each_event or parsed.cohort.editions or parsed.cohort.distinct_years) and (
        set(parsed.group_by) <= set(COHORT_GROUPS) or parsed.group_by == ("year",) and rx.search(
            r"\b(?:that|the) same (?:calendar )?year\b|\bwithin (?:a|the|that|each|one) (?:calendar )?year\b|"
            r"\b(?:each|every|per|a) (?:calendar )?year\b|\byear[- ]by[- ]year\b|\bin (?:a|one) (?:single )?year\b", asked))
    if parsed.cohort and parsed.cohort.kind not in (*SHARED_COHORTS, "both", "every_edition") and not parsed.cohort.listed and \
            parsed.group_by and not (parsed.cohort.kind == "improved" and parsed.group_by == ("year",)) and not counted_apart:
        # (improvers of "2024 vs 2025" compare the two years themselves)
        # "runners with 3 or more finishes, by year": each runner's history is counted over every group at once (the
        # groups of runners of both are the events, races or years they did both of)
        parsed = replace(parsed, notes=(*parsed.notes, "runners of a cohort counted per group I cannot give yet: ask "
                                                       "for one year or group at a time"))
    if parsed.edition and parsed.events and parsed.subject == "results" and parsed.intent == "count" and not (
            parsed.group_by or parsed.cohort or parsed.years) and rx.search(r"\b(?:first|earliest|last|latest|most recent|"
                                                                           r"which|what|inaugural) year\b|\bthe year (?:we|it|that)\b|"
                                                                           r"\bthat year\b|\bwhen (?:was|is|did)\b", asked):
        # "the first year we timed X, and how many finished that year": the count with its year (the year was asked);
        # "when was the last X, and how many finished (that year)": with its day and year
        parsed = replace(parsed, group_by=("date",) if rx.search(r"\bwhen\b", asked) else ("year",))
    if parsed.group_by and set(parsed.group_by) <= {"year", "edition"} and parsed.events and not (parsed.ranking or parsed.cohort) and rx.search(
            r"\b(?:with|and|plus) (?:its|their|the|each one'?s) (?:event )?dates?\b|\b(?:its|their) dates? and\b", asked):
        # "every edition of X with its date and finisher count": each edition's day, with its year
        parsed = replace(parsed, group_by=("date",))
    if parsed.cohort and parsed.cohort.kind == "first_timers" and parsed.edition == "first" and rx.search(
            r"\b(?:their|his|her|a) (?:very )?first\b|\bfor the very first time\b", asked):
        # "as their first race with us", "finishing it for the very first time": the runners' first, not the event's
        parsed = replace(parsed, edition=None)
    if parsed.place_in_age_group and not (parsed.place or parsed.top_places or parsed.best_place or parsed.winners or
                                          parsed.limit or parsed.ranking) and rx.search(
            r"\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|runner[- ]up)\b", asked):
        # a place in the age group said in words not read as a place: never every result instead
        parsed = replace(parsed, notes=(*parsed.notes, "the place in the age group I could not read: say it as \"2nd in "
                                                       "her age group\""))
    if parsed.place and not parsed.metric and rx.search(
            r"\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth) or (?:\d{1,3}(?:st|nd|rd|th)|second|third|"
            r"fourth|fifth)\b", asked):
        # "how many times did he place 2nd or 3rd in his age group", "who came 2nd or 3rd overall": two places (it
        # kept one of them)
        parsed = replace(parsed, notes=(*parsed.notes, "two places at once I cannot give yet: ask for the top N "
                                                       "(\"top 3 in his age group\") or one place at a time"))
    for said, note in _SAID_BACK:
        if rx.search(said, asked):
            parsed = replace(parsed, notes=(*parsed.notes, note))
    if len(parsed.events) == 2 and not (parsed.compared or parsed.group_by) and rx.search(
            r"\b(?:a |an )?(?:dnf|dns|dq|no[- ]show)\b[^?]*\b(?:and|but)\b[^?]*\b(?:a |an )?finish(?:ed)?\b|"
            r"\b(?:a |an )?finish(?:ed)?\b[^?]*\b(?:and|but)\b[^?]*\b(?:a |an )?(?:dnf|dns|dq|no[- ]show)\b", asked):
        # "runners with a DNF at A and a finish at B": a status of its own at each event (it kept one status for both)
        parsed = replace(parsed, notes=(*parsed.notes, "runners with a different status at each of two events I cannot "
                                                       "pair yet: ask for each event"))
    if parsed.subject == "people" and parsed.measure and parsed.limit and not parsed.person:
        # "who has finished it the most times, and what's their average time": the top runner's own measure (it gave
        # every runner's average)
        parsed = replace(parsed, notes=(*parsed.notes, "a measure of the runner ranked first I cannot give yet: ask who "
                                                       "it is, then for their times"))
    if parsed.cohort and not (parsed.measure or parsed.metric or parsed.limit or parsed.ranking or
                              parsed.cohort.kind == "improved") and rx.search(_ONE_OF_A_COHORT_SAID, asked):
        # "fastest first-timer at X": a runner of the cohort, not how many there were (it counted them at 1.0)
        parsed = replace(parsed, notes=(*parsed.notes, f"{_ONE_OF_A_COHORT}: ask how many they were"))
    if parsed.cohort and parsed.cohort.kind == "first_timers" and not parsed.ranking and rx.search(_RETURNING_BESIDE, asked):
        # "how many were first-timers at it, and how many had been there before": both counts, side by side
        # ("avg finish time of first-timers vs people who'd run it before": each one's measure, compared)
        parsed = replace(parsed, cohort=replace(parsed.cohort, with_returning=True), **(
            {"intent": "compare" if parsed.measure else "count",
             "notes": tuple(n for n in parsed.notes if not n.startswith("say what to compare"))}
            if parsed.intent == "compare" and not parsed.group_by else {}))
        if len(set(parsed.years)) > 1 and not parsed.group_by:
            # "first-time finishers in 2023 who came back in 2024": first-timers followed into a later year (it gave
            # the 2023 first-timers and returning runners, the second year dropped)
            parsed = replace(parsed, notes=(*parsed.notes, "first-timers followed into another year I cannot count "
                                                           "yet: ask for the first-timers, and for the runners back then"))
    if parsed.ranking and parsed.ranking.min_group and parsed.cohort and parsed.cohort.kind == "min_finishes" and \
            parsed.cohort.count == parsed.ranking.min_group:
        # "which home state … ? Only count states with at least 50 half marathon finishes": the groups' size, no
        # runners' history
        parsed = replace(parsed, cohort=None)
    if parsed.ranking and parsed.cohort and not (parsed.cohort.kind in SHARED_COHORTS and parsed.ranking.dimension == "year"):
        # "which event has the most repeat runners": a cohort per group (it answered one count for them all)
        parsed = replace(parsed, notes=(*parsed.notes, "a ranking of groups by a cohort (repeat runners, "
                                                       "first-timers …) I cannot do yet: ask for one event at a time"))
    if len(parsed.events) >= 2 and parsed.group_by and "event" not in parsed.group_by and not (
            parsed.cohort or parsed.difference or parsed.change_years or parsed.ranking) and rx.search(
            r"\bvs\.?|\bversus\b|\bcompar(?:e|ed|ing)\b|\bagainst\b|\beach event\b", asked):
        # "mother's day 5k finishers by year, san jose vs santa cruz": each event per year (it added them together)
        parsed = replace(parsed, group_by=("event", *parsed.group_by))
    if parsed.ranking and parsed.change_years and rx.search(r"\b(?:shr[iau]nk|drop(?:ped)?|declined?|fell|decreased?|"
                                                          r"lost)\b", asked):
        # "which event lost the most finishers from 2024 to 2025": the biggest fall first
        parsed = replace(parsed, ranking=replace(parsed.ranking, descending=not parsed.ranking.descending))
    if parsed.ranking and parsed.change_years and (parsed.ranking.measure not in ("count", "people") or
                                                   parsed.measure or parsed.metric or   # ("average time rose the most")
                                                   rx.search(r"\bpercent(?:age)?\b|%", asked) or
                                                   parsed.ranking.dimension in ("year", "edition")):
        # "which event's DNF rate rose the most from 2024 to 2025": a ranking by a change it cannot compute
        parsed = replace(parsed, notes=(*parsed.notes, "a ranking by the change between two years I can give of a "
                                                       "count only (\"which event grew the most\")"))
    if parsed.ranking and parsed.metric and parsed.metric.kind in ("gap", "pace") and \
            parsed.metric.aggregate in ("min", "max") and rx.search(r"\b(?:average|avg|mean)\b", asked):
        # "rank the years by the average gun−chip gap, biggest first": the superlative is the ranking's order
        parsed = replace(parsed, metric=replace(parsed.metric, aggregate="avg"))
    if parsed.ranking and (parsed.metric and parsed.metric.kind in ("gap", "pace") and parsed.metric.aggregate not in (
            "avg", "median")
                           or parsed.measure and parsed.measure.startswith("p")):
        # "the fastest 90th percentile", "which state had the largest single gap": a ranking the semantic layer has
        # no measure for (it ranked by the average chip time)
        parsed = replace(parsed, notes=(*parsed.notes, "a ranking by a percentile, or by the largest or smallest pace "
                                                       "or gun−chip gap, I cannot do yet: ask for it per group "
                                                       "instead (\"… by age group\")"))
    if parsed.cohort and not parsed.cohort.listed and "year" not in parsed.group_by and not (
            parsed.ranking and parsed.ranking.dimension == "year") and rx.search(
            r"\b(?:in )?(?:which|what) years?\b", asked) and not (parsed.cohort.kind == "min_finishes" and
                                                                   not parsed.person and _runners_listed(asked)):
        # "in which years did she finish both the half and the full": the years a cohort holds in (it counted runners)
        parsed = replace(parsed, notes=(*parsed.notes, "the years in which runners did both I cannot list yet: ask "
                                                       "for one year"))
    if parsed.winners and not (parsed.change_years or parsed.ranking or parsed.cohort or parsed.group_by or
                               parsed.winners_by or parsed.measure) and (
            # ("fastest women's winning time ever": the fastest woman of them all)
            ranked := rx.search(r"\b(fastest|quickest|best|slowest)(?: ever)?(?: (?:women|men|females?|males?|ladies|girls|boys)"
                                r"(?:'s|s'|’s)?)? winning (?:chip |finish )?(?:times?|performances?|"
                                r"marks?)\b|\b(fastest|quickest|slowest) (?:times?|performances?) (?:by|of) (?:an? |the )?"
                                r"winners?\b", asked)):
        # "the fastest winning time in the event's history, who ran it and when": the fastest finisher of them all (a
        # race's winner is its fastest); it listed every winner. The slowest winner is a ranking of winners it lacks.
        if (ranked.group(1) or ranked.group(2)) == "slowest":
            parsed = replace(parsed, notes=(*parsed.notes, "the winners ranked by their time I cannot give yet: ask "
                                                           "for the winners, each year"))
        else:
            parsed = replace(parsed, winners=False, intent="top", limit=parsed.limit or 1, measure=None)
    # ("which home city has produced the most top-10 overall finishes": the cities ranked by those finishes)
    ranked_finishes = parsed.ranking and parsed.ranking.measure in ("count", "people") and _TOP_FINISHES.search(asked)
    # ("how many age-group awards at X": the first three of each group, as nlq.planning says it)
    awarded = read_planning(asked) if rx.search(r"\bawards?\b", asked) else asked
    if (top := _TOP_OF.search(awarded) or _IN_TOP.search(awarded) or _TOP_FINISHES.search(awarded)) and not (
            (parsed.place or 0) > 1 or parsed.ranking and not ranked_finishes or parsed.cohort or parsed.change_years or parsed.metric and parsed.metric.kind not in ("pace", "gap")):
        # "the average finish time of the top 10", "how many women finished in the top 10", "how many Texans placed in the
        # top 3 of their age group": runners within the first N places of their race — overall, or within their sex
        # or age group (their own place columns)
        said = (top.group("within") or top.groupdict().get("within2") or top.group("who") or "").lower()
        within = "age_group" if rx.match(r"age|ag\b|div", said) else "sex" if rx.match(r"gender|sex", said) or (
            parsed.sex and said in ("men", "women", "males", "females", "guys", "ladies")) else None
        counted = bool(rx.search(r"\bhow many\b|\bnumber of\b", awarded))
        measured = bool(parsed.measure or parsed.metric)
        others = parsed.age or parsed.runner_city or parsed.runner_state or parsed.out_of_state or (
            parsed.age_group and within != "age_group")
        if measured and others:
            # "the average time of the 10 fastest masters": the first N of a filtered group have no place of their own
            parsed = replace(parsed, notes=(*parsed.notes, "a measure of the fastest N of a group other than men or women "
                                                           "I cannot give yet: ask for them listed"))
        elif measured or counted or top.re is _IN_TOP or ranked_finishes:
            # ("the average age of the top 3 in each age group": a measure of those places, not the podiums listed)
            said_n = top.group("n") or top.groupdict().get("n2") or ("3" if top.groupdict().get("podium") else None)
            # ("which Flagstaff runners finished top 3 in their age group": the first three of each, never its winner)
            podiums = within == "age_group" and parsed.winners_by == "age_group" and (
                measured or counted or said_n is not None and (parsed.limit or 1) <= number(said_n))
            if top.groupdict().get("n2") and parsed.measure in ("average", "median") and parsed.metric and \
                    parsed.metric.aggregate == "min":
                # ("the average pace of the ten fastest": "fastest" chose the places, the average is the measure)
                parsed = replace(parsed, metric=replace(parsed.metric, aggregate="avg" if parsed.measure == "average" else "median"))
            # ("how many age-group podiums did runners from Newport get": the podiums counted, never the runners)
            podiums_counted = bool(rx.search(r"\bhow many (?:[\w'-]+ ){0,2}?(?:podiums|podium (?:finishes|spots|places)|top[- ]"
                                             r"(?:\d{1,2}|three|five|ten) (?:finishes|places|spots))\b", awarded))
            parsed = replace(parsed, top_places=number(said_n), top_places_within=within, place=None,
                             place_overall=False, limit=None, **({"winners": False, "winners_by": None} if podiums else {}),
                             **({"distinct_people": False} if podiums_counted else {}),
                             intent="count" if counted else "analyze" if measured else parsed.intent or "count")
    per = _AVERAGE_COUNT.search(asked)
    over = per and (per.group("per") or per.group("per2") or per.group("per3") or per.group("per4") or per.group("per5") or
                    per.group("per10") or per.group("per14") or per.group("per15") or per.group("per17") or
                    ("edition" if any(per.group(f"per{n}") for n in (18, 19, 21)) else None) or (
                        "runner" if any(per.group(f"per{n}") for n in _PER_RUNNER) else
                        "edition" if per.group("turnout") else "race"))   # (a field is a race's entries)
    field_by_year = bool(per and per.group("per4") == "year")
    if field_by_year:   # ("average field size per year (finishers per race)": each year's races, averaged)
        over = "race"
    if per and not (parsed.metric or parsed.cohort or parsed.change_years) and \
            set(parsed.group_by) <= {"edition", "year", "race", "event"} | (
                # (a runner's own groups: "per runner, by home city", "Boulder vs Denver residents")
                {"city", "state", "sex", "compared"} if over == "runner" else set()):
        # "average number of finishers per edition", "on average, how many runners does each race draw": each
        # edition's count, averaged (it gave the average finish time)
        # (the groups said beside it stay: "per race in each year", "per edition for each event")
        kept = tuple(d for d in parsed.group_by if d != over and not (over in ("edition", "race") and d == "edition"))
        kept = ("year", *(d for d in kept if d != "year")) if field_by_year else kept
        if over in ("race", "event") and rx.search(rf"\b(?:by|for each|for every) {over}\b", asked[per.end():] + " " +
                                                   asked[:per.start()]):
            kept += (over,)   # "average field size per race, by race": each race's average over its editions
        # (each runner's finishes are counted as results: "finishes per distinct finisher" is the runner counted once)
        median = rx.search(r"\bmedian\b", asked)   # "the median number of races per runner"
        parsed = replace(parsed, averaged_over=over, measure="median" if median else None, intent="count", limit=None,
                         group_by=kept,
                         distinct_people=parsed.distinct_people and over != "runner", subject="results", ranking=replace(parsed.ranking, measure="count") if parsed.ranking else None)
        if parsed.ranking and parsed.ranking.dimension == "edition" and over == "edition" and len(parsed.group_by) == 1:
            # "average field size per edition for each of our events, biggest first": the events ranked by their
            # average edition (it ranked editions, each averaged over itself)
            parsed = replace(parsed, ranking=replace(parsed.ranking, dimension=parsed.group_by[0]))
    if parsed.metric and parsed.metric.kind == "margin" and not (
            parsed.measure or parsed.age or parsed.age_group or parsed.runner_city or parsed.runner_state or
            parsed.out_of_state or parsed.person) and (ranked := rx.search(
                r"\b(closest|narrowest|tightest|smallest|biggest|largest|widest)\b", asked)):
        # "the closest finish ever for the win", "which year had the smallest gap between first and second": each
        # race's margin, ranked (the year, or the event's edition)
        parsed = replace(parsed, ranking=Ranking("year" if len(parsed.events) == 1 else "edition", "margin",
                                                 ranked.group(1) in ("biggest", "largest", "widest"),
                                                 (parsed.ranking.limit if parsed.ranking else None) or parsed.limit or 1))
    elif parsed.metric and parsed.metric.kind == "margin" and (
            parsed.measure or parsed.ranking or parsed.age or parsed.age_group or parsed.runner_city or parsed.runner_state
            or parsed.out_of_state or rx.search(r"\b(?:biggest|largest|smallest|closest|narrowest|widest|tightest|average|"
                                                r"avg|mean|median|typical)\b", asked)):
        # "the average winning margin", "which race had the largest winning margin", "the winning margin among masters"
        # (no place of their own): a margin it cannot give yet (it listed margins, or events, or a row of nulls)
        parsed = replace(parsed, notes=(*parsed.notes, "a winning margin averaged, ranked, or among runners who have no "
                                                       "places of their own (masters, a state) I cannot give yet: ask "
                                                       "for the margin of each race"))
    if parsed.metric and parsed.metric.kind == "margin":
        # "by how much did the winner beat the runner-up": a time between the two places, not either runner (it asked
        # for place 1 and place 2 at once: no runner)
        parsed = replace(parsed, winners=False, winners_by=None, place=None, place_overall=False, limit=None,
                         measure=None, intent="analyze", subject="results",
                         # ("the gap between first and second place": the places, never the event's first edition)
                         edition=None if parsed.edition == "first" and rx.search(
                             r"\b(?:first|1st) (?:and|&|vs\.?|to) (?:the )?(?:second|2nd)\b", asked) else parsed.edition,
                         # ("… and how big was the jump": the change, given beside each year)
                         notes=tuple(n for n in parsed.notes if not n.startswith(("say what to compare",
                                                                                  "a change needs its two years"))))
        if parsed.person and parsed.events and parsed.dates and not parsed.more_people:
            # ("X won the 2023 Tampa marathon outright. By how many seconds did she beat the runner-up?"): the margin of
            # that race, its winner named beside it (her results alone hold no runner-up)
            parsed = replace(parsed, person=None)
        if not parsed.distances and len(parsed.events) == 1 and (named := distance_mention(parsed.events[0].lower())) and \
                not rx.search(EVERY_RACE, asked):
            # ("the closest finish ever for the win at the Santa Fe Firecracker 5K": its 5K's places, as a time is)
            parsed = replace(parsed, distances=(named[0],), race_of_name=True)
        if parsed.winners_by == "sex" or rx.search(r"\b(?:men|male)'?s?\b[^?]{0,12}\band\b[^?]{0,12}\b(?:women|female)'?s?\b|"
                                                   r"\b(?:women|female)'?s?\b[^?]{0,12}\band\b[^?]{0,12}\b(?:men|male)'?s?\b", asked):
            parsed = replace(parsed, sex=None, group_by=tuple(dict.fromkeys((*parsed.group_by, "sex"))), men_and_women=True)
    if parsed.metric and parsed.metric.kind in ("oldest", "youngest", "age_extremes") and parsed.measure and \
            "," in parsed.measure and parsed.measure.endswith("_age"):
        # ("mean, median, youngest and oldest age": the ages in the list, never the youngest runner too)
        parsed = replace(parsed, metric=None, group_by=tuple(g for g in parsed.group_by if g != "age_group") if rx.search(
            r"\bage profile\b", asked) else parsed.group_by)
    if parsed.metric and parsed.metric.kind in ("pace", "gap") and parsed.measure and "," in parsed.measure and (
            parsed.with_time or not set(parsed.measure.split(",")) <= _PACE_LISTED):
        # "median and average pace": one measure of a pace or a gap at a time (the second was dropped)
        parsed = replace(parsed, notes=(*parsed.notes, "one measure of a pace or of the gun−chip gap at a time: ask "
                                                       "for each"))
    if (difference := value("difference")) and rx.search(r"\b(?:fastest|quickest|winning|top) (?:(?:grand ?)?masters? )?"
                                                          r"(?:men|man|males?|women|woman|females?)\b|\b(?:men|man|males?|"
                                                          r"women|woman|females?)(?:'s|s')? (?:winners?|champions?|winning)\b",
                                                          asked):
        # "how much faster was the fastest woman than the fastest man", "the men's winner than the women's winner":
        # each sex's fastest time, not the women counted
        parsed = replace(parsed, measure="fastest", limit=None, winners=False, winners_by=None, place=None)
    elif difference and parsed.measure is None and not parsed.metric and rx.search(
            _HOW_MUCH_FASTER, asked):
        parsed = replace(parsed, measure="average")   # "how much faster were men than women": on average
    # a difference of counts ("how many more", "how many men and how many women …, and the difference", "women vs men
    # finishers …, and the gap": each count, no time said)
    counted = rx.search(r"\bhow many (?:more|fewer)\b", asked) or set(difference or ()) == {"M", "F"} and not (
        parsed.measure or parsed.metric) and rx.search(
        r"\bhow many\b|\bnumber of\b|\b(?:finisher|runner|entrant|starter)s?(?: counts?)?\b", asked) and not rx.search(
        r"\b(?:times?|paces?|faster|slower|quicker)\b", asked)
    # "how much faster was (the average at) A than B": B's average minus A's, positive when A was faster
    faster = rx.search(_HOW_MUCH_FASTER + r"[^?]*\bthan\b", asked)
    if difference:
        # ("how much faster per mile were the men than the women on average": each sex's average pace and the gap)
        pace = _averaged_pace(parsed)
        if (parsed.measure in ("average", "median", "fastest") and not parsed.metric or counted and not parsed.measure
                and not parsed.metric or pace) and not parsed.change_years:
            # "men's avg chip minus women's avg chip": each sex's measure and the difference, one row
            # ("… every year, plus the gap": each year's, the year kept before the sexes)
            # (the winners' times of an event of several races, none named: race by race, never a mile against a 5K)
            by_race = ("race",) if parsed.measure == "fastest" and parsed.events and not parsed.distances and not any(
                distance_mention(name.lower()) for name in parsed.events) else ()   # (a "… 5K": that race, read later)
            # ("… and the gap between them", "how far apart they were": its size, neither said ahead; a "difference" or
            # "minus" keeps the order said)
            # ("how much slower was the men's winner than the women's, and the gap between them": both)
            apart = bool(rx.search(r"\bgap\b", asked) and not rx.search(r"\bminus\b|\bdifference\b", asked) or rx.search(
                rf"\b{HOW_FAR_APART}\b", asked) and not rx.search(r"\bminus\b|\bdifference\b|" + _HOW_MUCH_FASTER, asked))
            parsed = replace(parsed, difference=difference, intent="compare", sex=None, men_and_women=True, apart=apart,
                             measure=None if pace else parsed.measure,
                             group_by=(*(d for d in parsed.group_by if d == "year"), *by_race, "sex"))
        elif not (parsed.metric and parsed.metric.kind == "gap"):
            parsed = replace(parsed, notes=(*parsed.notes, "a difference between men and women I can take of a count "
                                                           "(\"how many more\") or of the average or median time only"))
    elif len(parsed.more_people) == 1 and (faster or rx.search(_RUNNERS_APART, asked)) and not (
            parsed.metric or parsed.cohort or parsed.change_years) and parsed.measure in (None, "fastest") and (
            apart := _runners_apart(parsed, *((parsed.more_people[0], parsed.person) if faster and faster.group(1) != "slower"
                                              else (parsed.person, parsed.more_people[0])))):
        # "how much faster was Elizabeth Rice than Steven Rice in the 10K": their times, and the gap; "how far apart
        # were the times of A and B": its size
        parsed = replace(apart, apart=not faster)
    elif len(parsed.events) == 2 and (parsed.group_by == ("event",) or (counted or faster or rx.search(
            # ("average time at A and at B, and the difference": each one's, and the difference)
            r"\b(?:and|plus|with) (?:the )?(?:difference|gap)\b|\bminus\b", asked)) and not parsed.group_by) and \
            not (parsed.metric and not _averaged_pace(parsed)) and not parsed.cohort and not parsed.change_years and (
            parsed.measure in ("average", "median", None) and faster or
            parsed.measure in ("average", "median") and rx.search(r"\bminus\b|\bdifference\b|\bgap\b", asked)
            or counted and not parsed.measure):
        # ("Evanston vs Naperville 5K finishers, and how many more Evanston had": the counts and their difference)
        # "avg 5K time at Evanston vs Naperville, and the gap (Evanston minus Naperville)": one row, first minus second
        first, second = _events_minus(asked, parsed.events)
        parsed = replace(parsed, difference=(second, first) if faster and faster.group(1) != "slower" else (first, second),
                         intent="compare", group_by=("event",), measure=parsed.measure or (
                             # ("how much faster was the median finisher at A than at B": the medians')
                             ("median" if rx.search(r"\bmedian\b", asked) else "average") if faster else None))
    elif len(parsed.distances) == 2 and all(d.km for d in parsed.distances) and parsed.group_by in ((), ("race",)) and (
            counted and not parsed.measure or parsed.measure in ("average", "median", "average_age", "median_age") and
            rx.search(r"\bminus\b|\bdifference\b|\bgap\b", asked)) and \
            not parsed.metric and not parsed.cohort and not parsed.change_years:
        # "how many more 5K finishers than 1 mile finishers": each race's count and the first's minus the second's;
        # "avg age of full marathon finishers vs half finishers, plus the difference (full minus half)": each one's
        said = rx.search(r"\bhow many (?:more|fewer)\b(.*?)\bthan\b", asked) or rx.search(r"()\b(\w+) minus\b", asked)
        first = find_distance(said.group(1) or said.group(2)) if said else None
        labels = [d.label for d in parsed.distances]
        if first and first.label in labels:   # the order said ("more 10K finishers than half marathon finishers")
            labels.sort(key=lambda label: label != first.label)
        parsed = replace(parsed, difference=tuple(labels), intent="compare", group_by=("race",))
    elif len(parsed.compared) == 2 and all(labels := [compared_label(group, other) for group, other in zip(
            parsed.compared, parsed.compared[::-1])]) and \
            not parsed.metric and not parsed.cohort and not parsed.change_years and (
            parsed.measure in ("average", "median", None) and (faster := rx.search(_HOW_MUCH_FASTER, asked)) or
            parsed.measure in ("average", "median") and rx.search(r"\bminus\b|\bdifference\b|\bgap\b", asked)
            or (counted or rx.search(r"\b(?:and|plus|with) (?:the )?(?:gap|difference)\b|\bminus\b", asked)) and
            not parsed.measure):
        # "the average for runners under 50 and for 50 and over, and how much faster were the under-50s": each
        # group's measure and the difference, one row ("under-40 and masters finishers …, and the gap": each count)
        first, second = (label for _, label in labels)
        if faster and (said := _compared_said(asked[faster.end():], parsed.compared)) is not None:
            subject, other = (first, second) if said == 0 else (second, first)
            first, second = (other, subject) if faster.group(1) != "slower" else (subject, other)
        # ("the gap between under-40 and masters median times": its size, neither said ahead)
        apart = not faster and bool(rx.search(rf"\bgap\b|\b{HOW_FAR_APART}\b", asked)) and not rx.search(
            r"\bminus\b|\bdifference\b", asked)
        parsed = replace(parsed, difference=(first, second), intent="compare", apart=apart,
                         measure=parsed.measure or ("average" if faster else None))
    if rx.search(_APART, asked) and not (parsed.measure and ("iqr" in parsed.measure or parsed.measure.endswith(",spread") or
                                                             # ("fastest and slowest, and the gap": its spread is given)
                                                             parsed.measure == "fastest_and_slowest") or
                                          parsed.difference or value("difference") or
                                          len(parsed.more_people) == 1 and rx.search(_RUNNERS_APART, asked) or
                                          parsed.change_years or parsed.metric and parsed.metric.kind in ("gap", "margin")):
        # "the fastest and the median, and how far apart they are": a gap it does not compute (it gave the two alone);
        # (said after the differences it can take: "average time at A and at B, and the gap between them")
        parsed = replace(parsed, notes=(*parsed.notes, "the gap between two figures other than two percentiles I cannot "
                                                       "give yet: ask for each"))
    if parsed.metric and parsed.metric.kind == "gap":  # "difference between gun and chip" compares nothing
        # ("the largest gun-chip gap" is of results, never the largest events)
        parsed = replace(parsed, intent="analyze", subject="results",
                         # ("… and how big was the jump": the change, given beside each year)
                         notes=tuple(n for n in parsed.notes if not n.startswith(("say what to compare",
                                                                                  "a change needs its two years"))))
    if parsed.winners and parsed.sex and not (parsed.winners_by or parsed.group_by or parsed.person) and \
            rx.search(r"\b(?:men|males?|boys|guys)(?:'s)?\b", asked) and rx.search(r"\b(?:women|females?|girls|ladies)(?:'s)?\b", asked):
        # "men's and women's champions": each sex's winner (it declined: both sexes asked)
        parsed = replace(parsed, winners_by="sex", sex=None)
    if parsed.sex and not (parsed.group_by or parsed.difference or parsed.compared or parsed.share_of or
                           parsed.men_and_women or parsed.winners_by) and \
            rx.search(r"\b(?:men|males?|boys|guys)\b", asked) and rx.search(r"\b(?:women|females?|girls|ladies)\b", asked):
        # "top 3 men and top 3 women": both sexes asked, one kept (it listed the women alone)
        parsed = replace(parsed, group_by=("sex",), sex=None) if parsed.intent == "count" else replace(
            parsed, notes=(*parsed.notes, "men and women asked at once: ask for each, or say \"by sex\""))
    ever_people = not parsed.dates and rx.search(r"\b(?:fastest|quickest|top|best)\s+(?:\d+\s+|ten\s+|five\s+|three\s+)?"
                                                  r"(?:runners|women|men|athletes|people|females|males|guys|ladies)\b(?!['’])",
                                                  asked) and rx.search(r"\bever\b|\bhistory\b|\ball[- ]time\b|\bof all time\b",
                                                                       asked) and not rx.search(
        r"\b(?:times|performances|finishes|results|marks|runs)\b", asked)
    if parsed.intent == "top" and (_ONCE_EACH.search(asked) or ever_people) and not (
            parsed.person or parsed.more_people or parsed.ranking or parsed.cohort or parsed.winners or parsed.place or
            parsed.metric or parsed.measure or parsed.group_by or parsed.last_place or parsed.subject != "results"):
        # "all-time top 10 women, each woman once with her best time", "the 5 fastest runners in its history": each
        # runner's best, fastest first (it listed the fastest results, one runner several times)
        parsed = replace(parsed, personal_best=True)
    if parsed.person and parsed.ranking and parsed.ranking.dimension == "year" and rx.search(
            r"\b(?:his|her|their) (?:fastest|best|quickest)\b", asked):
        # "in which year did Gregory Gonzalez run his fastest 5K": his best, with its year (it ranked years by his average)
        parsed = replace(parsed, ranking=None, personal_best=True, intent="find")
    if parsed.subject == "people" and parsed.intent == "count" and rx.search(r"\bmost\b", asked) and rx.search(
            r"^\W*who (?:are|is|were|was|has|have)\b|\bwhich (?:[\w'.-]+ ){0,3}?(?:runners?|people|athletes?|women|men|woman|man|"
            r"person|finishers?)\b", asked):   # ("which Lake Placid runner has the most finishes")
        # "who are our five most frequent finishers … show how many each": the runners, ranked (it counted them)
        parsed = replace(parsed, intent="top", limit=parsed.limit or 1)
    elif parsed.subject == "people" and parsed.intent == "top" and not parsed.limit and rx.search(
            r"\bwhich (?:[\w'.-]+ ){0,3}?(?:runner|athlete|woman|man|person|finisher)\b(?! and\b)", asked):
        parsed = replace(parsed, limit=1)   # "which Oakland runner has finished the most races": the one (it listed all)
    if parsed.intent in ("trend", "count", "analyze") and parsed.limit and parsed.group_by and set(parsed.group_by) <= {
            "year", "race", "sex", "age_group"} and parsed.subject == "results" and not (
            parsed.measure or parsed.metric or parsed.ranking or parsed.cohort or parsed.person or parsed.compared) and \
            rx.search(r"\b(?:fastest|quickest|slowest|top|first[- ]place|podiums?|winners?|champions?)\b|" + TOP_FINISHER +
                      # ("who was the first San Jose 5K finisher … each year": its fastest, each year)
                      r"|(?:^|\bthe )first (?!time\b)(?:[\w'.-]+ ){1,6}?(?:finisher|runner)\b(?!s)(?! (?:to|who|that)\b)", asked) and \
            not rx.search(r"\bhow many\b|\bnumber of\b|\bcount\b", asked):
        # "the fastest woman at X each year", "top 3 men every year": those runners in each year (it counted each
        # year's runners)
        parsed = replace(parsed, intent="top")
    if parsed.person and not (parsed.ranking or parsed.metric or parsed.cohort or parsed.measure) and (best := rx.search(
            r"\b(?P<end>best|highest|top|worst|lowest|poorest)\s+(?:ever\s+)?(?:(?:full |half )?(?:marathon|half|5k|10k|mile)\s+)?"
            r"(?:(?P<kind>overall|age[- ]?group|ag|gender|sex|division)\s+)?"
            r"(?:place|placing|placement|position|finish(?:ing)?(?: place| position)?|(?:she|he|they|i|you)(?:'s|'ve| has| have| had)?"
            r" (?:ever )?placed)\b(?! times?\b)", asked)):
        # "Brittany Evans's best overall place", "his worst gender place": his results by that place (it ranked
        # them by time); ("the highest she's ever placed among the women": her gender place)
        kind = (best.group("kind") or ("gender" if rx.search(r"\bamong (?:the )?(?:women|men|girls|boys|ladies|guys)\b", asked)
                                       else "overall")).replace("-", " ")
        parsed = replace(parsed, intent="top", limit=parsed.limit or 1, personal_best=False, last_place=best.group(
            "end") in ("worst", "lowest", "poorest"), best_place="age_group" if kind in ("age group", "agegroup", "ag",
                                                                                       "division") else
            "gender" if kind in ("gender", "sex") else "overall")
    if parsed.clock == "gun" and parsed.intent == "top" and parsed.limit and not (parsed.person or parsed.group_by) and (
            said := rx.search(r"\b(?:top|first) (?:\d{1,2}|two|three|four|five|ten) (?P<kind>overall |gender |age[- ]?group )?"
                              r"(?:places|spots|positions)\b", asked)):
        # "the top three overall places …, and what were their gun times": the places the results hold (chip time), the
        # gun times shown (it ranked by gun time)
        kind = (said.group("kind") or "overall ").strip().replace("-", " ")
        parsed = replace(parsed, best_place="age_group" if kind == "age group" else "gender" if kind == "gender" else
                         "overall")
    if parsed.winners_by == "sex" and not (parsed.group_by or parsed.dates or parsed.years or parsed.measure or
                                           parsed.metric or parsed.cohort) and rx.search(
            r"\bever\b|\ball[- ]time\b|\bof all time\b|\bin (?:its|the event's|our|the race's) history\b|\brecords?\b", asked):
        # "fastest man and fastest woman ever": the fastest of each sex over every edition (it listed each year's)
        parsed = replace(parsed, winners_by=None, winners=False, place=None, group_by=("sex",), men_and_women=True, sex=None,
                         intent="top", limit=1)
    # ("which women have won the women's race more than once": the women's winners, not outright wins)
    if parsed.winners and parsed.place is None and not parsed.winners_by and (
            parsed.place_overall or (parsed.sex or parsed.age) and rx.search(_GROUP_WON, asked) and not rx.search(
                r"\b(?:women|men|female|male|ladies)'?s (?:race|title|division|category|crown|side|field|competition)\b",
                asked)):
        # "which years was the overall winner a woman", "how many times has a woman won it", "races won by runners over
        # 50": first overall, and of that group (it listed the women's winners, or the fastest of those ages)
        parsed = replace(parsed, place=1, place_overall=True)
    if parsed.sex and (parsed.place_overall or parsed.winners) and parsed.intent in ("top", "list", "find") and \
            rx.search(_SEX_ASKED, asked):
        # "who won it overall, and was it a woman", "who won each race, and which were women": the overall winners,
        # each with their sex (kept as a filter, it showed the first woman as the winner)
        parsed = replace(parsed, sex=None, place=1 if parsed.winners else parsed.place, place_overall=True)
    if parsed.age and parsed.winners and parsed.intent in ("top", "list", "find") and rx.search(_AGE_ASKED, asked):
        # "who won the 5K and was he a master": the winner, with his age (kept as a filter, it showed the first master)
        parsed = replace(parsed, age=None, place=1, place_overall=True)
    if parsed.person and parsed.intent in ("list", "trend", "top") and not (parsed.status or parsed.metric or parsed.best_place) \
            and rx.search(r"\b(?:(?:finish(?:ing)?|chip|gun|race) )?times\b(?! (?:has|have|did|was|were)\b)|"
                          r"\bevery [\w ]{0,12}?\btime\b", asked) and not rx.search(
            r"\bhow many times\b|\b(?:all|every|each) (?:of )?(?:(?:his|her|their) )?(?:results|entries|races)\b", asked):
        # "chloe berry's times at the Santa Cruz 5K, by year", "every 5k time she's run, fastest first": her finishes (a
        # DNS has no time; it listed one)
        parsed = replace(parsed, status="FIN")
    runner_wins = parsed.person and parsed.winners and rx.search(r"\bhow many\b|\bhow often\b", asked)
    if runner_wins:   # "how often has Ryan Mills won", "how many races has he won": his wins, counted
        parsed = replace(parsed, intent="count", limit=None)
    if parsed.winners and not (parsed.person or parsed.metric or parsed.distinct_people) and rx.search(
            rf"\bhow many (?:[\w'.-]+ ){{0,2}}?(?:{_DEMONYMS}|residents|locals|runners|people|athletes)\b(?: have| had| ever)* "
            r"(?:won|win)\b", asked):
        # "how many Kentuckians won a race": those people, each once (it listed their wins)
        parsed = replace(parsed, distinct_people=True)
    if parsed.winners and parsed.distinct_people and not (parsed.person or parsed.group_by or parsed.metric) and \
            rx.search(r"\bhow many\b|\bnumber of\b", asked):
        # "how many different women have won the Tampa Marathon": the winners counted, each once (it listed every win)
        parsed = replace(parsed, intent="count", limit=None)
    elif parsed.winners and parsed.intent in ("trend", "count", "list", "top") and set(parsed.group_by) <= {"year", "race"} and \
            not parsed.metric and not runner_wins:  # "winners at the Ithaca Shamrock each year": one row each
        # ("how many of the winners finished in the top 10": those winners counted; "how many times has a Boulder
        # runner won the 5K", "how many of our races were won by a woman": the wins counted — it listed them)
        counted = parsed.intent == "count" and parsed.top_places or rx.search(
            r"\bhow often\b|\b(?:how many|number of) (?:times|(?:of (?:our|the) )?(?:races|editions|years|wins|titles))\b|"
            r"\bhow many\b[^?]*? (?:were|was|have been|are)\b", asked) and not rx.search(r"\bmost\b", asked)   # (each race has one winner: the races won are the winning
        # results; "who has won it the most times, and how many wins": the runners, ranked)
        parsed = replace(parsed, intent="count" if counted else "top", group_by=(),
                         subject="results" if counted else parsed.subject)
    if parsed.person and rx.search(r"\b(?:which|what) years (?:did|has|have|was|were)\b", asked) and not (
            parsed.measure or parsed.metric or parsed.ranking or parsed.cohort or parsed.personal_best):
        # "in which years did Frederick Villarreal finish it": one row per year (with his results that year); "…,
        # and what were her times": her results, each with its year
        times = rx.search(r"\b(?:(?:what|how fast) (?:were|was)|with|and) (?:her|his|their|the) (?:finish(?:ing)? |chip )?"
                          r"times?\b", asked)
        parsed = replace(parsed, intent="list", group_by=()) if times else replace(
            parsed, intent="count", group_by=("year",), limit=None)
    if parsed.person and parsed.intent == "trend" and set(parsed.group_by) == {"year"} and not (
            parsed.measure or parsed.metric or rx.search(r"\bhow many\b|\bnumber of\b|\b(?:count|total)\b", asked)):
        # "Andrew Miles' Shamrock 5K times by year": his results, with the year ("how many races did she finish each
        # year" counts them)
        parsed = replace(parsed, intent="list", group_by=())
    if parsed.place and parsed.subject == "people" and parsed.winners:
        parsed = replace(parsed, place=None, place_overall=False)   # "the most outright wins (1st overall)": what a win is
    ordinal = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|winner|runner[- ]up)"
    if not find_first_places(asked) and rx.search(rf"\b{ordinal}(?: place)?(?:,|,? and|,? &)\s*(?:the )?{ordinal}(?: place)?\b(?! "
                                                  r"(?:half|quarter|time|year|edition|race)s?\b)", asked) and (
            parsed.place or parsed.winners):
        # "who finished first and third", "second and third among women": places other than the first N, listed (it
        # kept one of them)
        parsed = replace(parsed, notes=(*parsed.notes, "several places at once other than the first two or three I "
                                                       "cannot list yet: ask for each place"))
    if (first_places := find_first_places(asked)) and (parsed.place or parsed.winners or parsed.intent in (
            None, "find", "list", "top")) and not (
            parsed.metric or parsed.ranking or parsed.cohort and parsed.cohort.kind != "every_edition" or parsed.winners_by):
        # "who were the winner and the runner-up", "first and second": the first places, each runner (it asked for
        # place 1 and place 2 at once, or kept the first)
        one_edition = parsed.dates and parsed.dates.end.year - parsed.dates.start.year <= 1
        parsed = replace(parsed, winners=False, place=None, place_overall=False, intent="top", limit=first_places) \
            if one_edition and not parsed.cohort else replace(parsed, notes=(*parsed.notes, "the first places of every edition I cannot list "
                                                                      "yet: name a year"))
    if parsed.place and set(parsed.group_by) <= {"year"} and parsed.group_by and not (
            parsed.ranking or parsed.cohort or parsed.metric or parsed.measure or parsed.top_places or parsed.dates):
        # "who was the runner-up at each Indianapolis Jingle Bell Run", "who finished second each year": the runner at
        # that place in every edition (it counted entrants per year)
        parsed = replace(parsed, group_by=(), intent="top", limit=None)
    if parsed.place and parsed.group_by == ("event",) and len(parsed.events) > 1 and rx.search(r"\bwho\b", asked) and not (
            parsed.ranking or parsed.cohort or parsed.metric or parsed.measure or parsed.top_places):
        # "who crossed the line first overall at each of our two Mother's Day 5Ks in 2022": the runner at that place of
        # each (it counted each event's finishers)
        parsed = replace(parsed, group_by=(), intent="top", limit=None)
    if parsed.place and parsed.intent in ("find", "list", "top", None) and not (parsed.ranking or parsed.cohort):
        parsed = replace(parsed, intent="top", limit=None)  # the runner(s) at that place
    if parsed.winners and parsed.group_by == ("sex",) and not parsed.winners_by:  # "who won it - men and women"
        parsed = replace(parsed, winners_by="sex")
    elif parsed.winners and parsed.group_by == ("year", "sex") and not (parsed.winners_by or parsed.measure or parsed.metric):
        # "winning times by year for men and women": each edition's man and woman winner (it counted the overall
        # winners, a man each year)
        parsed = replace(parsed, winners_by="sex", group_by=(), intent="top")
    if parsed.person and len(parsed.distances) >= 2 and not (parsed.group_by or parsed.cohort or parsed.ranking or parsed.measure) \
            and (parsed.intent == "top" or parsed.personal_best) and rx.search(
                r"\b(?:fastest|best|quickest|prs?|pbs?|personal (?:bests?|records?))\b", asked):
        # "greg chen: fastest 5k and fastest 10k with us": his best at each distance (it listed his results by time)
        parsed = replace(parsed, personal_best=True, group_by=("race",), limit=None, intent="find")
    each = rx.search(_EACH_SAID, asked)
    if len(parsed.distances) >= 2 and not parsed.group_by and not (parsed.cohort or parsed.difference or parsed.ranking) \
            and (each or (parsed.measures_a_time and not rx.search(
                # ("full and half pooled together": one figure, as asked)
                r"\b(?:pooled|lumped|combined)(?: together)?\b|\btaken together\b", asked)) or parsed.metric and
                 parsed.metric.kind == "rate" and not rx.search(r"\b(?:combined|together|pooled|overall|in total|all)\b", asked)):
        # "Houston Turkey Trot 2019 had a 5K and a 10K. What was the median age of finishers in each?": one row per race;
        # a time of two distances is never pooled ("the average finish time for the 10K and for the 5K"), nor a rate
        # unless said so ("was the DNF rate higher in the full or the half")
        parsed = replace(parsed, group_by=("race",))
    elif len(parsed.events) >= 2 and not parsed.group_by and parsed.intent in ("count", "analyze") and not (
            parsed.cohort or parsed.difference or parsed.ranking or parsed.person or parsed.compared or parsed.place or
            parsed.winners or parsed.limit) and each:
        # "2025 Mother's Day races side by side: at San Jose and at Santa Cruz, what share …": one row per event
        parsed = replace(parsed, group_by=("event",))
    if person_events := _each_event_of_a_runner(parsed, asked):
        parsed = person_events
    elif parsed.person and not (parsed.group_by or parsed.events or parsed.ranking or parsed.metric or parsed.measure) and \
            parsed.intent in ("list", "find") and rx.search(r"\b(?:which|what) (?:of (?:our|the|your) )?(?:events|races)\b(?= "
                                                            r"(?:has|have|did|does)\b)", asked) and not rx.search(
            r"\btimes?\b|\bdates?\b|\bwhen\b|\bplaces?\b|\bresults?\b", asked):   # (her results listed, with their times)
        # "which of our events has Colin Tyler entered?": each event once, with how many results there (it listed every
        # result)
        parsed = replace(parsed, intent="count", group_by=("event",))
    elif parsed.person and parsed.group_by in ((), ("event",)) and parsed.status not in COUNTED_STATUSES and not (
            parsed.ranking or parsed.metric or parsed.measure) and \
            parsed.intent in ("list", "find") and rx.search(r"\bevery event ?(?:\+|and|&|/|,) ?year\b|\bevents? (?:\+|and|&|/) "
                                                            r"years?\b", asked):
        # "robert lee - list of every event+year he's entered": each edition once, with his results there
        parsed = replace(parsed, intent="count", group_by=("event", "year"))
    if "race" in parsed.group_by and parsed.distances and rx.search(
            r"\b(?:also )?(?:had|has|have|included|includes|offered|offers|featured)(?: also)? (?:a|an) (?:1 mile|mile|\d+ ?k|"
            r"half(?: marathon)?|marathon)\b", asked.lower()):
        # "The 2025 Pittsburgh Summer Solstice 10K also had a 5K. How many entries did each race get?": every race
        # of it, one row each (it kept the 5K alone)
        parsed = replace(parsed, distances=())
    if (parsed.winners or rx.search(r"\b(?:age[- ]?group|ag|division) (?:titles?|victor(?:y|ies))\b", asked)) and not (
            parsed.winners_by or parsed.age_group) and rx.search(_AGE_GROUP_WINS, asked):
        # "how many age-group wins does he have", "the most age group titles": results first in their age group (it
        # counted overall wins)
        # ("list Dennis Smith's age group wins": every one of them, not the one "wins" reads as)
        parsed = replace(parsed, winners=False, top_places=1, top_places_within="age_group",
                         limit=None if parsed.person else parsed.limit)
    if parsed.winners and not (parsed.winners_by or parsed.ranking or parsed.group_by or parsed.person or parsed.place_overall) \
            and parsed.measure in ("slowest", "fastest") and rx.search(r"\bage[- ]?groups\b|\bwhich (?:age[- ]?)?group\b", asked):
        # "among the men's age groups, what was the slowest winning time and which group was it": the age groups ranked
        # by their own winner's time (it gave the overall winner's)
        parsed = replace(parsed, measure=None, intent="top", ranking=Ranking(
            "age_group", "avg_time", descending=parsed.measure == "slowest", limit=1))
    if parsed.winners and not parsed.winners_by and parsed.ranking and parsed.ranking.dimension == "age_group" and \
            not parsed.place_overall:
        # "which age group had the slowest winning time": each group's own winner (it ranked the overall winners' groups)
        parsed = replace(parsed, winners=False, top_places=1, top_places_within="age_group")
    if parsed.winners_by and parsed.place == 1 and not parsed.place_overall:
        # "the first man and the first woman": each sex's winner (it also asked for first overall)
        parsed = replace(parsed, place=None)
    if parsed.winners and parsed.group_by == ("age_group",) and not parsed.winners_by and not rx.search(
            r"\bhow many\b|\bnumber of\b|\bcount\b", asked):
        # "the winner of each men's age group", "who won each of the men's age groups": each group's winner (it counted
        # the winners per group)
        parsed = replace(parsed, winners_by="age_group", group_by=(), limit=None)
    if parsed.winners and parsed.age and not (parsed.winners_by or parsed.person or parsed.group_by or
                                              parsed.place_overall) and parsed.place in (None, 1) and \
            not rx.search(r"\bhow (?:many|often)\b|\bcount\b", asked):
        # "the masters women's winner", "who won among runners 40 and over": the fastest of those ages — a place
        # among them, never the sex's winner filtered by age (she may be younger: an empty answer)
        parsed = replace(parsed, winners=False, place=1, intent="top", limit=None)
    if parsed.winners_by and not parsed.limit and rx.search(r"\bpodiums?\b", asked):
        parsed = replace(parsed, limit=3)   # "age group podiums": the first three of each
    if parsed.more_age_groups and parsed.winners and not parsed.winners_by:
        # "who won the F30-34 and M30-34 age groups": each named group's winner
        parsed = replace(parsed, winners_by="age_group")
    if parsed.winners_by:  # the winners themselves, one row each, not a count per group
        # ("how many of the age-group winners finished in the top 10": those winners counted)
        # ("how many times did Melanie Kim win her age group": her wins, counted)
        counted = parsed.top_places and parsed.intent == "count" or not parsed.person and rx.search(
            r"\bhow many\b|\bnumber of\b", asked) or parsed.person and rx.search(
            r"\bhow (?:many times|often)\b|\bhow many (?:age[- ]group |division )?(?:wins|titles)\b", asked)
        parsed = replace(parsed, winners=True, intent="count" if counted else "top", group_by=(),
                         sex=parsed.sex if parsed.winners_by == "age_group" else None)
    if parsed.cohort and parsed.cohort.kind == "never_finished":   # every entry is looked at: its status is the point
        parsed = replace(parsed, status=None, distinct_people=False)
    counts_statuses = (parsed.metric and parsed.metric.kind == "rate") or (
        parsed.ranking and parsed.ranking.measure in ("dnf", "dnf_rate", "dns_rate"))
    if counts_statuses and parsed.status != "FIN" or parsed.metric and parsed.metric.kind == "rate":
        parsed = replace(parsed, status=None)  # the statuses are what is measured, not a filter
    # ("of the people who were no-shows …, how many came back": a clause, counted)
    # (runners with N finishes, and runners who improved, are listed when asked: below)
    if parsed.cohort and parsed.cohort.kind == "both" and parsed.group_by == ("event",) and len(parsed.events) > 1:
        parsed = replace(parsed, group_by=())   # ("a race at each of our three events - A, B and C": of every one)
    if parsed.cohort and parsed.cohort.kind in ("every_edition", "both", "only", "without", "never_finished", *SHARED_COHORTS) and not (
            parsed.measure or parsed.metric or parsed.group_by and parsed.cohort.kind == "both") and \
            _runners_listed(asked):
        # "who's finished every single Indy Jingle Bell Run? names pls": those runners, by name (it said it counts only)
        parsed = replace(parsed, cohort=replace(parsed.cohort, listed=True), intent="list")
        if parsed.limit and rx.search(_ONE_OF_A_COHORT_SAID, asked):
            # "who was the fastest at X among first-timers": one of them, never every one by name (break 70, at 1.0)
            parsed = replace(parsed, notes=(*parsed.notes, f"{_ONE_OF_A_COHORT}: ask for them by name"))
    elif parsed.cohort and parsed.cohort.kind not in ("min_finishes", "improved", "streak") and rx.search(
            r"\b(?:list|names?)\b|^\W*who (?:are|were)\b", asked) and not rx.search(r"\bhow many\b", asked):
        parsed = replace(parsed, notes=(*parsed.notes, "a cohort is counted, not listed: ask how many"))
    if parsed.cohort and parsed.cohort.kind == "both" and rx.search(r"\b(?:different|separate|other) years?\b",
                                                                     asked):
        parsed = replace(parsed, notes=(*parsed.notes, "runners of both in different years I cannot tell apart from "
                                                       "runners of both in any years"))
    if parsed.cohort and parsed.person and not parsed.more_people and parsed.cohort.kind == "both" and \
            not parsed.cohort.legs and (parsed.measure or parsed.personal_best or parsed.limit):
        # "connie quinn …, i've run 5ks at both nashua and the manchester weekend. whats the fastest 5k ive ever run":
        # the runner's own results at both, no cohort of runners (she is one)
        parsed = replace(parsed, cohort=None)
    if parsed.cohort and parsed.person and parsed.cohort.kind == "min_finishes" and parsed.cohort.count <= 1 and \
            not parsed.cohort.distinct_years:
        # "how many of our events has Rebecca Singh finished (at least one race at the event)": the clause says
        # what counts as having finished an event, no cohort of runners (she is one)
        parsed = replace(parsed, cohort=None)
    # (never wins: "10 or more age-group wins at X" counts wins, two of one day two)
    if parsed.cohort and parsed.cohort.kind == "min_finishes" and len(parsed.events) == 1 and not parsed.distances and \
            not (parsed.winners or parsed.winners_by or parsed.top_places) and \
            (rx.search(r"\b(?:times|editions|twice|once)\b", asked) or rx.search(   # ("at least 3 Bend Turkey Trots")
                rf"\b(?:[1-9]\d?|two|three|four|five|six|seven|eight|nine|ten)\+?\s+(?:or more\s+)?(?:of (?:the|our) )?"
                rf"{re.escape(parsed.events[0])}s?\b", asked, re.IGNORECASE)) and not rx.search(
                r"\b(?:\d+|two|three|four|five|ten)\+?\s+(?:or more\s+)?(?:different\s+)?(?:races|results|finishes)\b", asked):
        # "finished the Bend Turkey Trot (any race) 3 or more times": 3 editions (a 5K and a 10K one morning is once)
        parsed = replace(parsed, cohort=replace(parsed.cohort, editions=True))
    if parsed.cohort and parsed.cohort.kind in ("min_finishes", "streak", "every_edition") and parsed.winners and \
            parsed.winners_by == "age_group" and parsed.limit == 1:
        # "has anyone won their age group at every edition of X": runners by their wins (the one "won" reads as is every
        # win kept)
        parsed = replace(parsed, limit=None)
    if parsed.cohort and parsed.cohort.kind in ("min_finishes", "streak", "every_edition") and not parsed.person and \
            _runners_listed(asked):
        # "which women have won it more than once, and how many times each": the runners, each with her count (and
        # the years: "who, and in which years?")
        parsed = replace(parsed, cohort=replace(parsed.cohort, listed=True), intent="list")
    if parsed.cohort and parsed.cohort.kind in ("first_timers", "returning") and not (
            parsed.events or parsed.event_city or parsed.cohort.any_event):
        # "how many first-time finishers did we have in 2023" (no event named): new to the company, not to one event
        parsed = replace(parsed, cohort=replace(parsed.cohort, any_event=True))
    if parsed.cohort and parsed.cohort.kind == "improved":
        # "of the runners who finished it in both 2024 and 2025, how many ran a faster time in 2025", "which five
        # improved the most": each runner's best of the two years compared (counted, or the runners by how much)
        years = sorted(set(parsed.years))
        # ("… and by how many seconds?": how much, beside each runner listed)
        counted = rx.search(r"\bhow many\b(?! (?:seconds|minutes|secs|mins)\b)|\bnumber of\b|\bcount\b", asked)
        listed = bool(rx.search(r"\b(?:which|who|list|name|show me|give me)\b|\btop (?:\d+|three|five|ten)\b", asked)) and not counted
        # "who improved the most", "the most improved runner": the one runner (several only when said: "which five")
        # ("tampa marathon most improved from 2024 to 2025", "biggest drop in chip time for the same runner")
        most = rx.search(r"\bimproved(?: (?:their|his|her|my) [\w' ]{0,30}?)? (?:the )?most\b|\bgot (?:the most faster|faster the most)\b|"
                         r"\bmost[- ]improved\b(?! (?:runners|people|finishers|men|women|athletes)\b)|"
                         r"\b(?:biggest|largest|greatest) (?:improvement|drop|cut)\b|\b(?:knocked|took|cut|shaved|dropped|chopped) (?:the )?most\b",
                         asked) and not rx.search(   # ("which runners improved the most": several, asked as such)
                             r"\b(?:which|what|list(?: the)?|name(?: the)?) (?:\w+ )?(?:runners|people|finishers|men|women|athletes|"
                             r"ones)\b|\bthe (?:runners|people|finishers|men|women|athletes|ones) (?:who|that)\b", asked)
        listed = listed or bool(most) and not counted   # ("biggest improvement among the women …": the runner)
        # ("list the 5 runners who got the most faster": how many, said before them)
        several = rx.search(r"\b(?:list|name|show(?: me)?|give me) (?:the )?(?:top )?(\d{1,2}|three|five|ten) (?:[\w-]+ )?(?:runners|"
                            r"people|finishers|men|women|athletes)\b", asked)
        parsed = replace(parsed, cohort=replace(parsed.cohort, count=parsed.cohort.count or years[-1], listed=listed),
                         subject="results",   # ("biggest improvement in the X 5K": runners, never its editions)
                         dates=None, intent="list" if listed else "count", group_by=(), measure=None, change_years=None,
                         limit=(parsed.limit or (number(several.group(1)) if several else None) or (1 if most else None))
                         if listed else None) if len(years) == 2 and (
            parsed.cohort.count in (0, *years)) else replace(parsed, notes=(
                *parsed.notes, "say the two years whose times to compare (\"in both 2024 and 2025\")"))
    if parsed.cohort and parsed.cohort.count == NEXT_YEAR:   # "came back the next year": the year after the one said
        parsed = replace(parsed, cohort=replace(parsed.cohort, count=parsed.years[0] + 1)) if len(parsed.years) == 1 \
            else replace(parsed, notes=(*parsed.notes, "say the year they first ran, for \"the next year\""))
    if parsed.intent in ("list", "find", None) and parsed.group_by and not (
            parsed.person or parsed.winners or parsed.place or parsed.metric or parsed.measure or parsed.ranking or
            parsed.cohort) and len(set(rx.findall(_COUNTED_NOUNS, asked))) >= 2 or parsed.intent in ("count", "compare",
                                                                                                  "trend") and not (
            parsed.person or parsed.metric or parsed.measure or parsed.ranking or parsed.cohort or parsed.share_of or
            parsed.change_years or parsed.difference or parsed.compared or parsed.status == "UNFINISHED" or
            # ("combined DNF and DQ count": one count, where "how many finished and how many DNF'd or DQ'd" is two)
            parsed.status == "DNF_OR_DQ" and not rx.search(r"\bfinish|\bstart|\bentr|\bdns\b|\bno[- ]shows?\b", asked)) and \
            _two_counts(asked) and not rx.search(r"\b(?:no[- ]shows?|dnfs?|dqs?|dns)\b[^?]{0,25}\b(?:included|counted)\b", asked) \
            and not _EVERY_STATUS.search(asked):   # ("entrants including DQs and DNFs": one count of every entry)
        # "for each race: entrants (any status) and finishers", "number of finishers and DNFs at the 2025 Galveston
        # half" (it counted the DNFs alone): counts side by side (the summary), not the rows; "DNFs and DQs": with
        # the DQs (which the summary counts only when asked); the event's total, every race counted, unless grouped
        parsed = replace(parsed, intent="analyze", status="DQ" if rx.search(r"\bdqs?\b", asked) else None,
                         group_by=parsed.group_by or (("event",) if parsed.events else ()))
    if parsed.intent in ("count", "list", "find", None) and parsed.group_by and not (
            parsed.share_of or parsed.cohort or parsed.ranking or parsed.distinct_of or parsed.compared or parsed.person or
            parsed.measure or parsed.metric or parsed.winners) and rx.search(_GROUP_SHARE, asked):
        parsed = replace(parsed, group_shares=True, intent="count")   # "2024 Firecracker 5K finishers - share by sex"
    elif parsed.ranking and parsed.ranking.measure in ("count", "people") and not parsed.share_of and rx.search(
            rf"\b(?:with|and|plus|incl(?:uding|\.)?) (?:each(?: one)?'?s?|its|their|the|a|his|her) {_GROUP_SHARE}|"
            rf"\bas (?:an? )?{_GROUP_SHARE}\b|\b(?:and|with) (?:the )?(?:%|percent) (?:of|for) each\b", asked):
        # "top three home states among finishers, with each one's percentage of the finishers": each group's share
        # of every group's (before the top N is taken)
        parsed = replace(parsed, group_shares=True)
    if parsed.cohort or parsed.change_years:
        parsed = replace(parsed, intent="count")
    if parsed.cohort and parsed.cohort.kind == "also_in_year" and parsed.cohort.entries and parsed.status is None and \
            rx.search(r"\bfinish(?:ed|ers)\b.*\b(?:entered|registered|signed up)\b", asked):
        parsed = replace(parsed, status="FIN")   # "of those who finished in 2024, how many entered (any status) in 2025"
    if parsed.cohort and parsed.cohort.kind == "also_in_year" and not (parsed.events or parsed.event_city or
                                                                       parsed.cohort.any_event):
        # "how many 2024 runners did not return in 2025": no event named, so back with us at any event (it looked
        # for the same event name) — and, said of runners rather than finishers, by any result
        parsed = replace(parsed, cohort=replace(parsed.cohort, any_event=True, entries=parsed.cohort.entries or (
            parsed.status is None and not rx.search(r"\bfinish\w*|\bcompleted?\b", asked))))
    # (with the history at another event, "had finished the Tacoma half before" is the history's: the runners asked are
    # finishers only when said so)
    main_finished = r"\bfinishers\b|\bwho (?:finished|ran|completed)\b" if parsed.cohort and parsed.cohort.elsewhere else \
        r"\bfinish\w*|\bran\b|\bcompleted?\b"
    if parsed.cohort and parsed.cohort.kind in ("first_timers", "returning") and parsed.status is None and \
            not parsed.cohort.entries and not rx.search(main_finished, asked) and \
            rx.search(r"\b(?:people|runners|participants|entrants|athletes)\b", asked):
        # "how many runners at our 2025 events had never raced with us before": everyone there, any status
        parsed = replace(parsed, cohort=replace(parsed.cohort, entries=True))
    if parsed.cohort and parsed.cohort.kind in ("first_timers", "returning") and parsed.status is None and rx.search(
            r"\bfinishers\b|\bwho finished\b" if parsed.cohort.elsewhere else r"\bfinish(?:ed|ers)\b", asked) and \
            not parsed.cohort.entries:
        parsed = replace(parsed, status="FIN")   # "of the finishers, … (an earlier entry of any status)": the history's
    fastest_said = rx.search(r"\b(fastest|quickest|best|slowest)\b[^?]{0,20}?\btimes?\b", asked)
    if parsed.change_years and not (parsed.measure or parsed.metric or parsed.winners_by) and (
            parsed.winners or fastest_said) and not rx.search(r"\bhow many\b", asked):
        # "the change in the winning marathon time from 2023 to 2025", "how much faster was the 2025 winner than the
        # 2024 winner", "… the fastest time … in 2025 than in 2023": the fastest time's change (it counted winners)
        slowest = fastest_said and fastest_said.group(1) == "slowest"
        parsed = replace(parsed, measure="slowest" if slowest else "fastest", winners=False, limit=None)
    if parsed.change_years and not (parsed.measure or parsed.metric or parsed.winners_by) and (rx.search(
            _HOW_MUCH_FASTER, asked) or parsed.person and rx.search(r"\bimprove[ds]?\b|\bimprovement\b", asked)):
        # "how much slower was the average finisher in 2025 than in 2024" (it counted finishers): a time's change,
        # a named runner's own time ("how much faster was Monica Zavala in 2025 than in 2023", "by how much did she
        # improve from 2023 to 2024")
        parsed = replace(parsed, measure="fastest" if parsed.person else "average", limit=None)
    if parsed.change_years and not (parsed.measure or parsed.metric or parsed.winners_by or parsed.cohort) and rx.search(
            r"\b(?:finish(?:ing)? |chip |gun |net )?times?\b", asked) and not rx.search(
            r"\bhow many\b|\bnumber of\b|\bcounts?\b|\bfirst[- ]time", asked):
        # "how did Reginald Roman's half time change from 2024 to 2025", "how did the finish time at X change": a time's
        # change — the runner's own (best) time, else the average (it counted results)
        parsed = replace(parsed, measure="fastest" if parsed.person else "average", limit=None)
    if not parsed.change_years and len(parsed.years) == 2 and parsed.metric and parsed.metric.kind == "rate" and \
            parsed.group_by in ((), ("year",)) and rx.search(
                r"\b(?:and|,)\s*(?:what(?:'s| is| was) )?the (?:difference|gap|change)\b", asked):
        # "DNS rate in 2018 and in 2024, and the difference": the rate's change between them (it gave the two rates only,
        # the difference dropped at 1.0)
        parsed = replace(parsed, change_years=tuple(sorted(parsed.years)), group_by=(), intent="analyze")
    if parsed.change_years and (parsed.measure or parsed.metric) and not _changes_of(parsed):
        # "how did the DNF rate change from 2023 to 2025": a rate or a share in each of the two years, side by side
        parsed = replace(parsed, change_years=None, intent="compare", group_by=("year",), dates=None,
                         years=tuple(sorted(parsed.change_years)))
    if parsed.change_years and not parsed.ranking and (which := rx.search(
            r"\bwhich (?:of (?:our|the) )?(events|races|age groups|states|cities)\b[^?]*?\b(shr[iau]nk|grew|grown|declined|dropped|"
            r"fell|rose|increased|decreased|got (?:bigger|smaller)|gained|lost)\b", asked)):
        # "which events shrank from 2024 to 2025": each of them, only those whose count went that way
        # (of events grown or shrunk, by their finishers when nothing else is said)
        # ("which races within X grew or shrank": each one's change, both ways; "which races grew": of their finishers)
        either = rx.search(r"\b(?:grew|grown|rose|increased|gained|got bigger|shr[iau]nk|declined|dropped|fell|decreased|"
                           r"got smaller|lost) or (?:grew|grown|rose|increased|gained|got bigger|shr[iau]nk|declined|dropped|"
                           r"fell|decreased|got smaller|lost)\b", asked)
        parsed = replace(parsed, group_by=(GROUPINGS[which.group(1)],), intent="count", change_sign="" if either else "down"
                         if rx.match(r"shr|decl|drop|fell|decr|got smaller|lost", which.group(2)) else "up", **(
            {"subject": "results", "status": parsed.status or "FIN"} if parsed.subject in ("events", "races") else {}))
    if parsed.change_years and parsed.cohort and parsed.cohort.kind == "both" and rx.search(
            r"\b(?:held|timed|hosted|ran|run|put on) in both\b", asked):
        # "for the events we held in both 2024 and 2025, each one's finishers side by side": the events of both years
        # (each group's change is of the groups in both years), no runners of both
        parsed = replace(parsed, cohort=None, group_by=parsed.group_by or ("event",))
    if parsed.change_years:  # both years are compared: neither alone is a date filter, nor a grouping by year
        # (another grouping stays: "the change in finishers from 2024 to 2025 for each event", one row each)
        parsed = replace(parsed, dates=None, group_by=tuple(d for d in parsed.group_by if d not in ("year", "edition")))
    if parsed.cohort and parsed.cohort.kind == "every_edition":   # ("in every year from 2023 through 2025": one count)
        # (a runner's own group is counted: "finished all of our events in 2024, by sex"; another is said back)
        kept = tuple(dim for dim in parsed.group_by if dim in COHORT_GROUPS)
        if set(parsed.group_by) - {"year", "edition", "event", *kept}:   # (of the cohort said: "every event edition")
            parsed = replace(parsed, notes=(*parsed.notes, "runners of every edition counted per group I can give by sex or "
                                                           "home state only"))
        parsed = replace(parsed, group_by=kept)
    if parsed.cohort and parsed.cohort.kind == "first_timers" and parsed.cohort.same_race and parsed.edition == "first":
        parsed = replace(parsed, edition=None)   # ("first-ever 10K finishers": their first 10K, no first edition)
    if parsed.cohort and parsed.cohort.kind == "every_edition" and not (parsed.events or parsed.cohort.any_event):
        parsed = replace(parsed, notes=(*parsed.notes, "name the event whose every edition they finished"))
    if parsed.cohort and parsed.cohort.kind == "both":
        if parsed.cohort.distinct_events and parsed.dates and parsed.dates.end.year - parsed.dates.start.year > 1 and (
                parsed.group_by == ("year",) or rx.search(r"\b(?:each|per) (?:one )?(?:of (?:those|these|the) )?years?\b|"
                                                          r"\byear[- ]by[- ]year\b", asked)):
            # "From 2016 to 2019, how many runners finished all three of our events in each of those years?": the runners
            # of each year, every event within that year (it counted three events over the four years, at 1.0)
            parsed = replace(parsed, cohort=replace(parsed.cohort, same_year=True), group_by=("year",))
        elif len(parsed.years) >= 2 and len(parsed.events) < 2:  # "in both 2023 and 2025": the years named
            parsed = replace(parsed, dates=None)
        elif len(parsed.events) < 2 and len(parsed.distances) < 2 and not parsed.cohort.distinct_events and len({
                distance_mention(race.group(0))[0].label for race in rx.finditer(rf"\b{RACE_BY_DISTANCE}\b", asked)}) < 2:
            # (two races said, one read later from an event's short name: "both the Tampa full and the Tampa 5K")
            parsed = replace(parsed, notes=(*parsed.notes, "name the two events (or distances, or years) "
                                                           "the runners did both of"))
    single_race = not parsed.events and (rx.search(r"\b(?:single|one|individual) race\b", asked) and rx.search(
        r"\b(?:most|largest|biggest|smallest|fewest|busiest|worst|best|highest|lowest)\b", asked) or rx.search(
        r"\b(?:biggest|largest|smallest) (?:single )?race\b", asked) or rx.search(
        r"\bevent,? (?:and |\+ |& )?year,? (?:and |\+ |& )?(?:distance|race)\b", asked))
    if single_race and parsed.ranking and parsed.ranking.dimension in ("race", "edition", "event", "year"):
        # "which single race had the worst DNF rate? event, year, distance", "the largest race we've ever timed": one
        # race of one edition (it pooled every 5K of every year)
        parsed = replace(parsed, ranking=replace(parsed.ranking, dimension="race_edition"))
    elif single_race and rx.search(r"\b(?:single|one|individual) race\b", asked):
        parsed = replace(parsed, notes=(*parsed.notes, "one race of one edition is not ranked this way: ask which "
                                                       "single race had the most finishers, or the worst DNF rate"))
    if parsed.ranking and parsed.place and parsed.place > 1:   # "the second most finishers": it answered the first
        parsed = replace(parsed, notes=(*parsed.notes, "a second or later place in a ranking I cannot give yet: ask for "
                                                       f"the top {parsed.place} instead"))
    if parsed.winners and not (parsed.ranking or parsed.measure or parsed.group_by or parsed.winners_by) and (
            order := rx.search(r"\b(?:rank|order|sort)(?:ed)?\b[^?]*\bwinning times?\b[^?]*\b(fastest|slowest|quickest)(?: one)? "
                               r"first\b", asked)):
        # "rank every Colorado Springs Shamrock 5K by its winning time, fastest first": each edition's winner, by time
        parsed = replace(parsed, measure="slowest" if order.group(1) == "slowest" else "fastest", limit=RANK_ALL,
                         intent="top")
    if parsed.ranking and parsed.winners and (parsed.ranking.dimension in ("year", "edition") or (
            parsed.ranking.dimension == "age_group" and rx.search(r"^\W*who\b|\bwho (?:was|were|is)\b", asked))) and \
            parsed.ranking.measure in ("avg_time", "median_time") and parsed.ranking.limit == 1 and not (
            parsed.group_by or parsed.winners_by not in (None, "age_group") or parsed.metric):
        # ("who was the slowest age-group winner": that winner, among every age group's)
        # "which year's Firecracker 5K had the slowest winning time, and who won it": that winner (one per edition,
        # ranked by her time), not a year with its average of one time
        parsed = replace(parsed, ranking=None, measure="slowest" if parsed.ranking.descending else "fastest", intent="top")
    if parsed.winners and parsed.measure in ("slowest", "fastest") and parsed.intent == "analyze" and not (
            parsed.ranking or parsed.group_by or parsed.metric) and rx.search(
            r"\b(?:what|which) year\b|\bthe year\b|\band when\b|\bwhen (?:was|did) (?:that|it|this)\b|\bwho\b", asked):
        # "slowest winning time in the history of the Houston 5K - what year?": that winner's result, year and all
        # (it gave the time alone)
        parsed = replace(parsed, intent="top")
    if parsed.ranking:
        parsed = replace(parsed, intent="top", subject="results")
        if parsed.ranking.dimension == "event_race":   # ("list every event and race": the ranking's own rows)
            parsed = replace(parsed, group_by=tuple(g for g in parsed.group_by if g not in ("event", "race")))
        if parsed.ranking.measure in ("avg_time", "median_time") and parsed.metric and parsed.metric.kind in ("gap", "pace"):
            # "which year had the biggest average gun−chip gap", "rank the states by average pace": by the gap or
            # the pace (it ranked by the average time)
            aggregate = parsed.metric.aggregate if parsed.metric.aggregate in ("avg", "median") else \
                "median" if parsed.ranking.measure == "median_time" else "avg"
            parsed = replace(parsed, measure=None, metric=replace(parsed.metric, aggregate=aggregate))
        elif parsed.ranking.measure in ("avg_time", "median_time", "avg_age", "median_age"):   # the ranking's measure is the one
            parsed = replace(parsed, measure=None, metric=None)
        if parsed.ranking.measure == "count" and parsed.distinct_people:
            parsed = replace(parsed, ranking=replace(parsed.ranking, measure="people"))
        if parsed.ranking.measure == "events" and parsed.person and parsed.ranking.dimension == "event":
            # "which of our events has Megan Phillips finished the most times": her finishes at each (it counted the
            # editions she was at: a 5K and a 10K one morning are two finishes)
            parsed = replace(parsed, ranking=replace(parsed.ranking, measure="count"))
    if parsed.metric and parsed.metric.kind in ("pace", "gap") and parsed.metric.aggregate in ("min", "max") and \
            set(parsed.group_by) <= _PER_GROUP and (who := _RUNNERS_ASKED.search(asked)):
        # "which 5 finishers had the largest gun−chip gap", "who had the fastest pace": the runners, each result's own
        # value beside them (it gave the value alone)
        said = who.group(1) or who.group(2)
        parsed = replace(parsed, intent="top", limit=number(said) if said else parsed.limit or 1)
    if parsed.metric and parsed.intent in (None, "list", "find", "top", "count", "trend") and not parsed.ranking and \
            not _runners_by_metric(parsed):
        parsed = replace(parsed, intent="analyze")
    if parsed.winners and parsed.metric and parsed.metric.kind in ("pace", "gap") and parsed.metric.aggregate == "avg" \
            and not (parsed.group_by or parsed.ranking or rx.search(r"\b(?:average|avg|mean|typical)\b", asked)):
        # "what pace did the men's winner and the women's winner run": each winner's own (it averaged the two)
        parsed = replace(parsed, intent="list", limit=None)
    if parsed.metric and parsed.metric.kind == "pace" and not (parsed.person or parsed.ranking or parsed.group_by) and \
            not rx.search(r"\b(?:average|avg|mean|median|typical)\b", asked) and (
            top := rx.search(r"\b(?:of|for|by) the (?:top|first|fastest) (\d{1,2}|two|three|five|ten)\b(?! (?:percent|%))",
                             asked) or rx.search(r"\b(?:top|first|fastest) (\d{1,2}|two|three|five|ten)\b(?! (?:percent|%))[^?]*\b"
                                                 r"(?:with|and|plus) (?:their|each one'?s|his or her|the) (?:own )?paces?\b", asked)):
        # "pace per mile of the top 3 at the Tampa 5K", "the top 10 finishers with their pace per mile": each of them
        # with their own pace (it averaged them)
        parsed = replace(parsed, intent="list", limit=None) if parsed.top_places else replace(
            parsed, intent="top", limit=number(top.group(1)), metric=replace(parsed.metric, aggregate="min"))
    if parsed.person and parsed.metric and parsed.metric.kind in ("pace", "gap") and not parsed.ranking and rx.search(
            r"\b(?:every|each|all)(?: of)?(?: (?:his|her|their|the))?(?: 20\d\d)? (?:races?|halfs?|halves|half marathons?|"
            r"marathons?|5ks?|10ks?|miles?|results|finishes|runs)\b|\bper race\b|\brace by race\b|"
            r"\b(?:every|each) of\b[^?]{0,40}?\b(?:races|results|finishes|runs)\b", asked) and not (
            parsed.measure in ("average", "median") and rx.search(r"\b(?:average|avg|mean|median|typical)\b", asked)):
        # "David Gilmore's pace per km in every half he ran": each race with its own pace (it averaged them); never
        # "her average pace across all the half marathons she's finished" (one average)
        # ("each of Lori Williams' races")
        parsed = replace(parsed, intent="list", limit=None)
    if parsed.winners and parsed.measure and parsed.measure not in ("fastest", "slowest", "fastest_and_slowest") and \
            parsed.intent in ("top", "list", "find") and not (parsed.person or parsed.group_by or parsed.ranking):
        # "the average chip time of the age-group winners": their times, averaged (it listed the winners)
        parsed = replace(parsed, intent="analyze", limit=None)
    if len(parsed.events) >= 2 and parsed.intent == "analyze" and (parsed.measure or parsed.metric and parsed.metric.kind in (
            "pace", "gap")) and not (parsed.group_by or parsed.cohort or parsed.ranking or parsed.compared or
                                     parsed.difference or parsed.share_of) and not rx.search(
            r"\b(?:combined|together|pooled|pooling|overall|all together|altogether|across (?:both|all|the two|the three))\b",
            asked):
        # "median 5K time at the Pittsburgh Shamrock and at the Cleveland Memorial Day 5K": each event's own (it
        # pooled the two fields into one number)
        parsed = replace(parsed, group_by=("event",))
    if parsed.measure == "slowest" and parsed.intent == "analyze" and not (
            parsed.group_by or parsed.winners or parsed.ranking or parsed.compared or parsed.with_count) and rx.search(
            r"\b(?:which|what) (?:event|race|year|edition)s?\b|\bwhen\b|\bwhere\b|\bwho\b", asked):
        # "the slowest 5K he has finished, and at which event": that result, as the fastest one is (it gave the time)
        parsed = replace(parsed, intent="top", measure=None, last_place=True, limit=1)
    # ("Tampa Marathon last year: give me finishers, DNF, DNS and DQ counts", "X two years ago: finishers, DNFs and
    # no-shows", "dnf and dns counts at X": a count of each, never the list of those results)
    counts_said = rx.search(r"\b(?:tally|tallies|counts|numbers|totals|breakdown)\b", asked)
    if (len(listed := _statuses_listed(asked)) >= 3 or len(listed) == 2 and counts_said) and (
            parsed.intent in ("count", "analyze") or parsed.intent is None and counts_said or parsed.intent == "list" and (
                counts_said or not rx.search(r"\b(?:who|whom|names?|list|show|which|runners|people|bibs?)\b", asked))) and not rx.search(   # ("status tally: FIN, DNF …")
            # ("how many started? Count finishers, DNFs and DQs, not the no-shows": the statuses say what one count holds)
            r"\bstart(?:ed|ers?)\b|\b(?:count(?:ing)?|includ(?:e|ing))\s+(?:the\s+)?(?:finishers|dnfs?|dqs?)\b", asked) and not (
            parsed.measure or parsed.metric or parsed.cohort or parsed.person or parsed.group_by not in ((), ("status",), ("event",)) or
            parsed.group_by == ("event",) and len(parsed.events) > 1 or parsed.ranking):
        # "how many finishers, DNFs, DQs and no-shows did we have": a row per status (it counted every entry with no
        # finish as one number, or gave one row of the summary)
        parsed = replace(parsed, group_by=("status",), status=None, intent="count", distinct_people=False, totals=(),
                         statuses=listed if len(listed) < 4 else ())
    elif len(listed) == 2 and parsed.status in listed and parsed.group_by and parsed.intent in ("count", "trend") and not (
            parsed.measure or parsed.metric or parsed.cohort or parsed.person or parsed.ranking or parsed.compared or
            "status" in parsed.group_by):
        # "dnf and no-show counts for each year": both, a column each beside the others of each year's summary (it
        # counted the DNFs alone at 0.99)
        parsed = replace(parsed, status=None, intent="analyze", distinct_people=False)
    return parsed


_EACH_GROUP = {"year": r"years?|editions?", "race": r"races?|distances?", "event": r"events?", "sex": r"sex|genders?",
               "age_group": r"age[- ]?groups?|divisions?", "month": r"months?", "season": r"seasons?",
               "state": r"(?:home )?states?", "city": r"(?:home )?cit(?:y|ies)"}


def _each_said(dimension: str, asked: str) -> bool:
    """Whether the question asks for something in each value of a dimension ("each year", "per race", "by sex"), not
    over them all ("over the years", "across races")."""
    return dimension in _EACH_GROUP and bool(rx.search(rf"\b(?:each|every|per|by|for each|in each)(?: of (?:our|the|its))? "
                                                       rf"(?:{_EACH_GROUP[dimension]})\b",
                                                       asked)) or dimension == "year" and bool(
        rx.search(r"\byear by year\b|\bannual(?:ly)?\b|\byearly\b", asked))


def ranked_within(parsed: Parsed) -> list[str]:
    """The groups a ranking is taken within ("which event had the most DNFs each year": year), none for one ranking."""
    return [name for name in parsed.group_by if name not in (parsed.ranking.dimension, "compared")]


# a runner's own groups a cohort is counted by: one value for each runner, whatever results chose them
COHORT_GROUPS = ("sex", "state")
RUNNER_GROUPS = frozenset({"year", "race", "sex", "age_group", "event", "age_decade"})   # the groups a top list of runners is taken within


def runners_per_group(parsed: Parsed) -> bool:
    """Whether a top list asks for runners within each group ("the 3 fastest men each year", "the fastest man and the
    fastest woman ever"), not the groups counted."""
    return parsed.subject == "results" and bool(parsed.limit) and set(parsed.group_by) <= RUNNER_GROUPS and not (
        parsed.measure or parsed.metric or parsed.ranking or parsed.cohort)


def _runners_listed(asked: str) -> bool:
    """Whether a cohort's runners themselves are asked for ("which women …", "who …", "give their names"), not how
    many there are."""
    return bool(rx.search(
        r"(?:^|[:;.?]\s*)(?:which|what) (?:runners|women|men|people|athletes|finishers|ladies|guys)\b|(?:^|[:;.?]\s*|\s[-\u2013\u2014]\s*)who\b|"
        r"(?:^|[:;.?]\s*)(?:list|names?|show)\b|\bnames? (?:please|pls|plz)\b|\blist(?: for [\w ]{1,20}?)?\s*:|"
        # ("runners who have done the Bend Turkey Trot every year since 2021": said as the runners themselves)
        r"^\W*(?:the |all )?(?:runners|people|everyone|everybody|finishers|athletes) (?:who|that)\b|"
        # ("Has anyone won it more than once? Give their names and number of wins.")
        r"(?:^|[:;.?]\s*)(?:give|tell|show)(?: me| us)? (?:their|the) names?\b", asked)) and not rx.search(
        # ("who has it, and how many": the runners, each with their count)
        r"(?<!\bwho and )(?<!\bwho, and )\bhow many\b(?! (?:times|wins|victories|finishes|editions)\b)(?! (?:years|races|events) "
        r"each\b)", asked) and \
        not JUST_A_COUNT.search(asked)   # ("who ran both …? just a count")


def _runners_by_metric(parsed: Parsed) -> bool:
    """Whether the runners with the largest or smallest gun−chip gap or pace are asked for, not the value alone."""
    return bool(parsed.intent == "top" and parsed.metric and parsed.metric.kind in ("gap", "pace") and
                parsed.metric.aggregate in ("min", "max") and set(parsed.group_by) <= _PER_GROUP)


_PER_GROUP = {"year", "sex", "age_group", "race", "event"}   # groups whose own runners a top list can give, each


_GROUP_SHARE = r"\b(?:shares?|percent(?:age)?s?|proportions?|fractions?)\b"
_COUNTED_NOUNS = r"\b(entrants|entries|registrants|starters|finishers|dnfs|dns|no-shows)\b"
_SAME_COUNT = {"entries": "entrants", "registrants": "entrants", "dnf": "dnfs", "no-shows": "dns", "no shows": "dns",
               "dq": "dqs"}


def _two_counts(asked: str) -> bool:
    """Two different counts joined ("finishers and DNFs", "entrants, finishers"): the summary shows both."""
    said = rx.search(r"\b(entrants|entries|registrants|starters|finishers|dnfs?|dns|no[- ]shows|dqs?)\s*(?:and|&|,|\+)\s*"
                     r"(?:how many )?(?:the )?(?:number of |# of |count of )?(entrants|entries|registrants|starters|finishers|dnfs?|dns|"
                     r"no[- ]shows|dqs?)\b", asked)
    return bool(said) and len({_SAME_COUNT.get(word, word) for word in said.groups()}) == 2


# Phrases whose words the parser reads one by one but whose meaning it cannot compute: never answered as if
# they were not there (two questions in one get one answer).
_UNSUPPORTED = re.compile(# an hour or minute of the clock as a group: "in which hour on the gun clock did the most finish",
                          # "in how many separate clock minutes" (finish-time bands are read: "in 1-hour bands")
                          r"\b(?:which|what|each|every|per|single|separate|busiest) (?:clock |calendar |wall[- ]clock )?"
                          r"(?:hour|minute)s?\b(?!\s*(?:bands?|buckets?|bins?|brackets?|intervals?))|"
                          # an hour of the race's clock counted from the gun ("in the third hour after the gun", "within
                          # the first half hour of the race"): no place, no time of day (it read "third" as place 3)
                          r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:half[- ])?hour\b|"
                          # periods with no edges: "in recent years", "lately", "pre-covid", "the last decade"
                          r"\b(?:in |over |during )?recent (?:years|editions|seasons)\b|\brecently\b|\blately\b|"
                          r"\bpre[- ]?covid\b|\bpost[- ]?covid\b|\b(?:the )?(?:last|past) decade\b|\bthe (?:20)?[12]0s\b|"
                          r"\bhow many\b.*\band how many\b(?! (?:more|fewer|less)\b)|"   # ("… and how many more": a change)
                          # (a runner's finishes and plain best time are one answer: their personal best row)
                          # (the best of the distance counted: "how many marathons … and her best marathon time")
                          r"\bhow many(?>(?: (?P<counted>half marathon|marathon|half|5k|10k|mile)s?\b)?)[^?]*\band "
                          r"(?:what(?:'s| is| was| were| are)|who|which|how (?:fast|old|long))\b"
                          # (or her average: "how many 5Ks has she finished and what's her average 5K time")
                          r"(?! (?:his|her|their) (?:(?P=counted) )?(?:best|fastest|pr|pb|average|avg|mean|median)(?: (?P=counted)| one)?"
                          r"(?: (?:finish(?:ing)? |chip )?time)?(?: there| at it| with us| at (?:that|this|the same) (?:distance|race))?"
                          r"\s*\??\s*$)"
                          # (… and the finishers' average: "how many finishers … and what was the median time")
                          r"(?! (?:the|their|each (?:city|group|state|year|race|age group)'s) (?:average|avg|mean|median)"
                          r"(?: (?:finish(?:ing)? |chip )?time)?"
                          r"(?: (?:for|of|in) each(?: group| of them| one)?)?\s*\??\s*$)"
                          # ("… 2024 vs 2025, and what was the change?", "… and what's the growth in percent": one)
                          r"(?! the (?:percent(?:age)? )?(?:change|difference|gap|delta|growth|increase|decrease|drop|decline|"
                          r"rise|jump|fall)\b)"
                          # ("how many DNFs …, and what was the DNF rate": the rate is given with its count)
                          # ("how many DNFs and what's the rate", "… and what's that as a share of starters": the same)
                          r"(?! (?:the|our|its) (?:(?:dnf|dns|dq|no[- ]show)s? )?(?:rate|percentage)\b)"
                          r"(?! (?:that|it|this) as an? (?:percent(?:age)?|share|proportion|fraction|rate)\b)|"
                          r"\b(?:in|of|among|within) the (?:top|first) \d+\b(?! ?(?:%|percent))|"  # "women in the top 10": a cut it lacks
                          # an average of counts, a time against the field's average, a top N of
                          # every group: measures the semantic layer does not have (said back, never a different answer)
                          r"\baverage (?:number of|field size|turnout|attendance|participation)\b|\bavg (?:number of|field)\b|"
                          r"\b(?:faster|slower|quicker|better|worse) than (?:the )?(?:average|avg|mean|median|typical)\b|"
                          r"\b(?:top|first|fastest|best) (?:\d+|three|five|ten) (?:\w+ )?(?:in|of|per|for|from) "
                          r"(?:each|every)\b(?! (?:age[- ]?groups?|divisions?)\b)|"   # (of each age group: nlq.constructs)
                          r"\b(?:top|first|fastest|best) (?:\d+|three|five|ten) (?:\w+ )?per\b(?! (?:age[- ]?groups?|divisions?)\b)|"
                          # the one runner of every group ("fastest woman per year"), a place counted from the back
                          # ("second slowest", "5th from last") or over every race ("second fastest 5K time ever")
                          r"\b(?:fastest|quickest|slowest|oldest|youngest) (?:runner|woman|man|female|male|finisher|person|"
                          r"girl|boy|athlete)s? (?:per|in each|of each|for each|each|by|in every|every)\b|"
                          r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:slowest|last\b(?! (?:year|season|month|week)\b))\b|"
                          r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) from (?:the )?(?:last|bottom|back|end)\b|"
                          r"\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:fastest|quickest|best)\b(?=.*\b(?:ever|all[- ]time)\b)|"
                          # runners of one event and no other ("only ran the X"; of one race, a cohort read); either of
                          # two sexes with a filter each ("men or women over 60", "women 30-39 or men 40-49"): a union the
                          # spec does not hold
                          r"\bonly (?:ran|run|raced|did|finished|entered|done)\b(?!" + RACE_NEXT + ")|"
                          # runners who changed distance from one edition to a later one ("moved up to the half")
                          r"\b(?:moved|moving|stepped|stepping|went) up\b(?! or down\b)|\b(?:dropped|dropping|moved|stepped) down\b|"
                          r"\bhow many (?:\w+ )?(?:men|women|males?|females?) or (?:men|women|males?|females?)\b|"
                          r"\b(?:men|women|males?|females?) (?:aged |ages )?\d+ ?(?:-|to) ?\d+ or (?:men|women|males?|females?)\b|"
                          # the commonest value of something with no dimension of its own ("the most common age", "the
                          # most common first name"), the distances a runner has run counted: measures it does not have
                          r"\bmost (?:common|frequent|popular|typical|usual) (?:single )?(?:ages?|first names?|last names?|names?|"
                          r"birthdays?|birth (?:dates?|months?|years?)|bibs?|finish(?:ing)? times?|times?|paces?)\b(?![- ]?groups?\b)|"
                          # "which years didn't we time it": years without an edition, which the archive holds no row of
                          r"\b(?:which|what) years?\b[^?]{0,40}\b(?:did(?:n't| not) we|were(?:n't| not) we|was(?:n't| not) it|"
                          r"did(?:n't| not) it)\b|"
                          # "which was our best year?": best by what is not said (it ranked finish times)
                          r"\b(?:our|the|my) (?:best|worst|greatest|strongest|weakest) (?:year|season|event|edition|month)(?=\s*[?.!]*\s*$)|"
                          r"\bhow many (?:different |distinct |separate )?(?:race )?distances(?= (?:has|have|did)\b[^?]*\b(?:finish(?:ed)?|"
                          r"run|ran|raced|done|completed)\b)|"
                          # events (not races) per runner, averaged: each runner's distinct events, a count it lacks
                          r"\bhow many (?:different )?events\b(?=[^?]*\b(?:on average|the average|the typical|average)\b)(?=[^?]*"
                          r"\b(?:runners?|persons?|people|participants?|finishers?|residents?)\b)|"
                          r"\b(?:average|avg|mean|median|typical)(?: number of| count of)? (?:different |distinct )?events "
                          r"(?:per|for each|by each|each|for an?)\b|"
                          # runners compared with a measure of their own field ("older than the average age", "beat
                          # the median time"): a filter on a measure, which it lacks
                          r"\b(?:(?:older|younger|faster|slower|quicker|better|worse) than|above|below|beat|beating|beaten)"
                          r" (?:the |their )?(?:field'?s? |race'?s? |overall )?(?:average|avg|mean|median|typical)\b|"
                          # an edition by its number other than the first ("the second edition", "its 3rd running")
                          r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|0th|\d*(?:[02-9]1st|2nd|3rd|[4-9]th|1[0-9]th))"
                          r" (?:edition|running|annual)\b|"
                          # two editions' dates at once ("the first one we timed and the most recent one")
                          # ("the event at our biggest event in 2025": which one is a ranking of its own, unread here)
                          r"\b(?:at|of|in) (?:our|the) (?:biggest|largest|smallest|busiest|most popular) (?:event|race|edition)\b|"
                          r"\b(?:first|earliest) (?:one|edition|year|time|race|event)\b[^?]{0,40}\band (?:(?:when|what) (?:was|is) )?"
                          r"(?:the |his |her |their )?(?:most recent|latest|last|newest)\b|"
                          # a count of the runner a ranking picks ("how many wins does the oldest winner have")
                          r"\bhow many (?:wins|races|finishes|times)\b[^?]*\b(?:does|did|has|have) (?:the|our) (?:oldest|youngest|"
                          r"fastest|slowest)\b|"
                          # events by age ("which of our events is the oldest"): the first edition of each, a ranking it lacks
                          r"\b(?:which|what) (?:of our )?(?:events?|races?) (?:is|was|are|were) (?:the )?(?:oldest|newest)\b|"
                          r"\bour (?:oldest|newest) (?:events?|races?)\b|"
                          # runners from the event's own state ("in-state finishers"): no filter says it yet
                          r"\bin[- ]?state(?:rs)?\b|"
                          # the commonest value asked the other way round ("which age is most common")
                          r"\b(?:which|what) (?:single )?(?:ages?|first names?|last names?|names?|times?|paces?|birthdays?) (?:is|was|are|were) "
                          r"(?:the )?most (?:common|frequent|popular|typical|usual)\b|"
                          # a runner's time against their own earlier best ("beat their previous best", "set a new PR")
                          r"\b(?:beat|beaten|bettered|improved (?:on|upon)|topped|broke|broken) (?:their|his|her|a) (?:own )?"
                          r"(?:previous |prior |old |earlier |former )?(?:best|bests|prs?|pbs?|personal (?:bests?|records?))\b|"
                          r"\b(?:set|ran|run|got|earned|hit|achieved) (?:a |their |his |her )?(?:new )?(?:prs?|pbs?|personal (?:bests?|records?))\b|"
                          # "which had the most … and which had the fewest": two questions
                          r"\b(?:most|highest|biggest)\b[^?]*\band (?:which|what|who)\b[^?]*\b(?:fewest|least|lowest|smallest)\b|"
                          # every company's data, or another's: each company sees its own only
                          r"\b(?:every|all|other|each|any|another) (?:of the )?(?:other )?(?:timing )?(?:compan(?:y|ies)|"
                          r"timers|partners)\b|\bacross (?:the )?(?:timing )?companies\b|"
                          # "which timing company has the most events": a ranking of companies
                          r"\b(?:which|what) (?:timing )?(?:compan(?:y|ies)|timers)\b")


# Phrases whose words mean something only together (so "not" alone is never taken as read).
# every edition taken as one ("pooling every year we've timed it", "all years lumped together", "(every race, every
# year)", "across every <event, blanked out> we've timed", "combining every <event> since 2022", "over all its years"):
# no row per year
# ("Pool every year and every race: rank our events by DNF rate": one figure of each event)
# "finishers in 2019 and 2022 combined": the years said, pooled (the years alone, "in 2019 and 2022", may mean each)
_POOLED_YEARS = re.compile(r"\b20\d\d(?:, 20\d\d)*,? (?:and|&|\+) 20\d\d,? (?:combined|together|altogether|pooled|put together|"
                           r"in total|all told)\b|\b(?:combined|pooled|total|altogether)\b[^?.]{0,40}\b(?:for|in|across|over) "
                           r"(?:both )?20\d\d(?:, 20\d\d)*,? (?:and|&|\+) 20\d\d\b")
_POOLED = (r"\bpool(?:ing|ed)?(?: (?:over|across|together))? (?:every|all)(?: of)?(?: the| its)? (?:years?|editions?)"
           r"(?: and (?:every |all )?(?:races?|distances?))?\b|"
           r"\bwhen you pool (?:every|all)(?: the| its)? (?:years?|editions?)\b|"
           # ("every year we have pooled")
           r"(?:[(,;]\s*)?\b(?:every|all)(?: the| its)? (?:years?|editions?|races?|distances?)(?: and (?:every |all )?(?:races?|"
           r"distances?))?(?: (?:we|you)(?: have|'ve)?(?: (?:timed|run|held|had))?(?: it)?)?,? "
           r"(?:pooled|lumped|combined|taken|added up|summed|included)(?: together)?\b|"
           r"\b(?:(?:taking|take|taken|counting|putting|put|lumping|adding) )?(?:every|all)(?: the| its)? (?:years?|editions?) "
           r"(?:together|as one)\b|"
           r"\bover all (?:of )?(?:its|the) (?:years|editions)\b|"
           r"\b(?:over|across|looking at) the (?:whole |entire )?(?:life|history|lifetime) of\b|\bin (?:its|their) (?:whole |entire )?history\b|"
           r"\b(?:combining|pooling|across|taking|over) (?:every|all)(?: of)?(?: the| our)?(?=\s{3,})|"
           # ("every Vegas Turkey Trot 5K pooled together": one figure of every edition)
           # ("every <event> we've timed, pooled together")
           r"\b(?:every|all)(?: of)?(?: the| our)?\s{3,}(?:(?:\d+ ?k|half|marathon|(?:1 )?mile)s?\s+)?(?:races?\s+|editions?\s+)?"
           r"(?:(?:we|you)(?:'ve| have)? (?:timed|run|held|had),?\s+)?"
           r"(?:pooled|lumped|combined|taken together|added up)(?: together)?\b|"
           # "across every edition of the Pittsburgh 10K, the overall DNF rate": one figure
           r"\b(?:across|combining|pooling) (?:every|all)(?: of)?(?: the| its)? (?:years?|editions?)(?: and (?:every |all )?(?:the )?"
           r"(?:races?|distances?))?(?: of)?\b|"
           r"\bsince we (?:started|began|first started) timing (?:it|them)\b|"
           # ("Taking every race we timed that calendar year, what was the DNF rate": one figure of them all)
           r"\b(?:taking|take|counting|lumping|putting) (?:every|all)(?: of)?(?: the| our)? (?:races?|events?)(?: (?:we|you) "
           r"(?:timed|held|ran|put on|had))?(?: (?:that|this|last) (?:calendar )?year| in 20\d\d)?(?: together)?\s*,|"
           r"[(,]\s*(?:every|all|any) (?:races?|distances?),? (?:and )?(?:every|all) years?\s*\)?|"
           # ("how many finishes …, counting every distance and every year": one figure of them all)
           r"\b(?:counting|including|covering|across) (?:every|all)(?: the)? (?:races?|distances?),? (?:and )?(?:every|all)(?: the)? "
           r"years?\b|"
           r"\badding up (?:every|all)(?: the)? (?:years?|editions?)\b")   # ("adding up every year, which month …")
# the size of a change asked ("2024 vs 2025 - how big was the drop?"): the change itself, when two years say it
_SIZE_OF_CHANGE = (r"\bhow (?:big|large|steep|sharp) (?:(?:was|is|were) (?:the|that|this) (?:drop|decline|fall|dip|increase|jump|rise|"
                   r"growth|gain|change|difference)\b|(?:the|that|this) (?:drop|decline|fall|dip|increase|jump|rise|growth|gain|"
                   r"change|difference) (?:was|is|were)\b)")
# "our two events", "our three races" … put side by side, compared or ranked: every one of them, a row each
_FEW = r"(?:two|three|four|five|[2-5])"
_SET_SIDE_BY_SIDE = r"(?=[^?]*\b(?:side by side|compared?|vs\.?|versus|against|each|rank(?:ed)?|which (?:field|crowd|one|event|race)s?)\b)"
_PHRASES = re.compile(_POOLED + "|"
                      r"\bhall of fame\b|" + _SIZE_OF_CHANGE + "|"
                      # what the figure is for: "by yr, want to see if the field is getting slower"
                      r"\b(?:i )?(?:want|wanted|trying|need) to (?:see|know|check|find out) (?:if|whether)\b|"
                      r"\bif so\b,?|"   # "Has a woman ever won it? If so, who and in what year?"
                      r",?\s*\ball told\b|"   # "how many of your races has Don Wells finished, all told?": in total
                      # ("Awards sheet for the 10K …: top 3 in every age group", "overall awards: top 3 …": what the list is for)
                      r"\b(?:for )?(?:the )?(?:overall )?awards? (?:sheet|table|list)\b|\boverall awards(?=\s*[:\u2014\u2013-])|"
                      r"\b(?:all )?counted together\b|"   # "(DNF, DNS and DQ all counted together)": one count
                      # ("finish counts for the window sept 1 2021 through nov 30 2022": the dates said after it)
                      r"\b(?:the|that) (?:time |date )?window(?= (?:of |from |between )?(?:[a-z]{3,9}\.? \d|\d))|"
                      # ("New Mexico folks who made the trip to Vegas: …": how they came, no filter of its own)
                      r"\b(?:who )?(?:made|make|makes|making) the (?:trip|drive|journey|trek)\b|"
                      # ("how big was each age group": how many in each, read by its intent and grouping)
                      r"\bhow big\b(?= (?:was|were|is|are) (?:each|every)\b)|"
                      # "… ? Use gun time.", "…, using the 10th man's time": how to compute it, each word after read on its own
                      r"(?:^|(?<=[.?!,;:(]))\s*(?:please |just )?(?:use|using|go by|going by)\b(?= (?:the |their |his |her |my |"
                      r"a |an )?\w)|"
                      # "how many times has he gone under 21:30": finished under (the time limit read from "under")
                      r"\b(?:gone|went|go|goes|going|dipped|dip|dips|gotten|got|get|gets) (?=(?:under|below|sub)\b)|"
                      # the interquartile range said out ("… and the gap between them")
                      r"\b(?:and )?the (?:gap|difference|spread) between (?:them|the two)\b|"
                      r"\b(?:and )?how far apart (?:are|were|is|was) (?:they|them|the two|those)\b|"
                      # the fastest and the slowest with the spread between them (the answer's third column)
                      r"\b(?:how (?:big|wide|large)|what) (?:was|is) the (?:spread|gap|range|difference)(?= between the fastest and "
                      r"(?:the )?slowest\b)|"
                      r"\bside[- ]by[- ]side\b|"   # "side by side for 2024: A vs B"
                      r"\bin (?:year|chronological|date|calendar) order\b|"   # (editions listed, as they are anyway)
                      r"\b(?:that|the same|same) day\b|"   # "both the 1 Mile and the 5K that day": an event is one day
                      r"\b(?:and )?who (?:set|ran|holds|owns) (?:it|that|them|the record)\b|"   # "… and who set it?": the runner shown
                      # ("ten fastest performances ever (repeats allowed)": a top list of results, a runner as often as she
                      # ran fast enough — as every top list of results is)
                      r"\b(?:repeats?|repeat runners|duplicates?|the same (?:runner|person) (?:more than once|twice))(?: are)? (?:allowed|ok|okay|"
                      r"fine|included|count|permitted)\b|\bwith repeats\b|"
                      # ("records that fell …, include who did it", "existing records … brand-new races don't count": the
                      # runner shown; a first edition sets no record broken)
                      r"\b(?:include|including|with|plus|and show) who (?:did it|did that|set (?:it|them|each)|broke (?:it|them))\b|"
                      r"\b(?:brand[- ])?new (?:races|events|distances) (?:don'?t|do not) count\b|\bexisting(?= (?:course |event )?records\b)|"
                      # ("series finishers (people who finished all 4 of our 2025 events)": the cohort, said again)
                      r"\bseries(?= (?:finishers|runners|completers|people)\b)|"
                      # ("who won F40-44 at each of our races? if an event had more than one distance treat each distance
                      # separately", "count each distance on its own": every race is its own, as a winner always is)
                      r"\b(?:if an event (?:had|has) (?:more than one|several|multiple|two or more) (?:distances?|races?),? )?(?:treat|count|"
                      r"take|score) each (?:distance|race) (?:separately|on its own|by itself|apart|as its own)\b|"
                      # ("Roger Moyer ran a bunch of our stuff in 2025": a story of what he ran)
                      r"\b(?:a bunch of|a lot of|lots of|plenty of|some of|most of|all of) our stuff\b|"
                      # ("Show the two chip times": each runner's two times, shown)
                      r"\b(?:show|give|with|list) (?:me )?(?:the |both |their |his |her )?(?:two|2|both) (?:chip |finish(?:ing)? |gun )?times\b|"
                      # ("which home states account for the most finishes": have the most)
                      r"\baccount(?:s|ed)? for(?= (?:the )?(?:most|fewest|largest|biggest|highest|lowest)\b)|"
                      # ("(any of the three races)": the event's every race, counted as told)
                      r"\b(?:any|all|each|either|both) of (?:the|its|their|our) (?:two|three|four|five) (?:races|distances)\b|"
                      # ("the F45-49 record - time and holder", "the masters record holder and her time": the runner shown)
                      r"\brecord[- ]holders?\b|\bholders?(?= (?:and|&) (?:her |his |their |the )?(?:times?|names?)\b)|"
                      r"(?<=\btime and )holders?\b|(?<=\bname and )holders?\b|"

                      # "who set the men's course record at X": the holder, as "who holds it"
                      r"(?<=\bwho )set(?= (?:the |our |a )?(?:[\w'-]+ ){0,3}(?:course |event )records?\b)|"
                      # whether a yearly figure rises: the figures per year say it ("has the share been creeping up?")
                      r"\b(?:been )?(?:creeping|trending|edging|ticking|drifting) (?:up|upward|down|downward)\b|"
                      # what the question is for, said first ("Growth question: …", "Loyalty award idea: …")
                      r"^\s*(?:[\w'-]+ ){0,3}(?:idea|question|check|request|query)\s*:|"
                      r"\blooking at\b(?= the (?:whole |entire )?(?:history|lifetime|life)\b)|"
                      # every runner tied at the last place shown is always kept ("Include everyone tied for the most.")
                      r"\b(?:include|including|with|keep|keeping|show|showing|list) (?:everyone|everybody|anyone|all|every "
                      r"runner|all runners|all of them)? ?tied(?: for (?:the )?(?:most|top|first|lead|fastest))?\b|"
                      r"\bties? (?:included|kept|and all)\b|"
                      # "oldest woman (or women, if tied)": the runners tied, named
                      r"\(?\s*\bor (?:the )?(?:wom[ae]n|m[ae]n|runners?|people|persons?|athletes?|finishers?|them all|all of them|both|"
                      r"everyone),? if (?:they'?re |they are |it'?s |there'?s |there is )?(?:a )?(?:tied?|ties)\s*\)?|"
                      # "(if it's a tie give me everyone)": ties are always kept
                      r"\(?\s*\bif (?:it'?s|there'?s|there is|there are|there was|they|it) (?:a )?(?:tied?|ties)\b,? (?:give|show|list|"
                      r"include|name)(?: me| us)? (?:everyone|everybody|all(?: of them)?|them all|both|each)\s*\)?|"
                      r"\b(?:handed|given|issued|gave|hand) out\b|"   # "how many DQs have we handed out"
                      r"\(?\s*count(?:ing)? (?:performances|results|finishes|times),? not (?:people|runners)\s*\)?|"
                      r"\b(?:retention|churn|loyalty)(?: rate| check)?\b(?=[^?:]*:)|"   # "Retention rate for X: …"
                      # the gun−chip gap said as what it is ("spend getting to the start line (gun time minus chip time)")
                      r"\b(?:spend|spent|take|took|taking) (?:getting|to get) (?:to|across) the start(?: line)?\b|"
                      r"\bpool(?:ing|ed)? (?:every|all)(?: the)? (?:races?|events?)(?: (?:at|and|across) (?:every|all)(?: the)? "
                      r"(?:races?|events?))?(?: that year)?\b|"
                      # "pulled off the Fort Worth double - finished both …": the name of what the cohort says
                      r"\b(?:pulled off|completed|done|did|ran|run|finished) the (?:[\w']+ ){0,3}(?:double|triple)(?: crown)?\b"
                      r"(?=\s*[-:\u2013\u2014(])|"
                      # "says she has won her age group there a few times": how often, told vaguely (a story, no filter)
                      r"(?<!\bhow )\b(?:a (?:few|couple(?: of)?|bunch of|handful of|lot of|number of)|several|many|multiple|numerous) "
                      r"times\b(?!\s+(?:faster|slower|more|as)\b)|"
                      # "how big a share of its finishers were in their twenties": what share
                      r"\bhow (?:big|large|sizable|high)(?= an? (?:share|percent(?:age)?|fraction|proportion|portion)\b)|"
                      # "…? both, plus the gap": the two figures asked beside their difference
                      r"\bboth\b(?:,| of them| figures| numbers| values)?(?= (?:plus|and|with|\+) (?:the )?(?:gap|difference)\b)|"
                      # "both medians and the change": the figures of a comparison said again
                      r"\b(?:both|the two) (?:medians|averages|means|numbers|figures|values|times|rates|counts|totals|percentages|"
                      r"paces)\b|"
                      r"\b(?:on|as of) (?:the )?race[- ]day\b|"   # "50 or older on race day": ages are race-day ages
                      # a rate defined as ours is, said around the event: "no-show rate at … as a share of all entrants"
                      r"\b(?:dns|no[- ]shows?)\b[^?]{0,80}?\bas an? (?:share|percent(?:age)?|fraction|proportion) of "
                      r"(?:all )?(?:the )?(?:entries|entrants|registrants|registrations|sign-?ups|everyone (?:registered|entered))\b|"
                      r"\(?\s*\b20\d\d (?:count|total|finishers|number) minus 20\d\d (?:count|total|finishers|number)\b|"
                      # a quarter of a year read by nlq.entities.find_dates ("q2 2025"; "q3" alone is said back)
                      r"\b(?:q[1-4]|(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?= (?:of )?20\d\d\b)|"
                      # age bounds read by nlq.entities.find_age: "no older than 25", "non-masters"
                      r"\bno (?:older|younger) than\b|\b(?:non|not)[- ]?masters?\b|"
                      # "how old were they on race day": an age is the age on race day (results.age)
                      r"\b(?:old|age)\b[^?]{0,20}?\b(?:on|at) (?:the )?race ?day\b|"
                      r"\b(?:dns|no[- ]show) rate\b[^?]{0,80}?\bwhat (?:fraction|share|percent(?:age)?|proportion) of (?:the )?"
                      r"(?:registrants|entrants|entries|people registered) (?:didn'?t|did not|never) show(?: up)?\b|"
                      r"^\s*is it (?:true|right|correct)(?: that)?\b|"
                      # what a list is for ("for the awards table"), where the data lives ("over all the years we have on file")
                      # (who it is for: "… with their chip times, for the awards writeup", "for the announcer")
                      r"\bfor (?:the|our|my|an?) (?:(?:awards?|results?|announcer'?s?|podium) (?:table|ceremony|board|sheet|script|"
                      r"calls?|announcements?|writeup|write-up|list)|announcers?|newsletter|press release|website|recap|emcee)\b|"
                      r"\bbefore (?:we|i) (?:print|post|hand out|announce|present|do)(?: the)? (?:awards?|medals?|results?)\b|"
                      r"\basked (?:us|me)(?: for| about)\b|"   # "Kristina Parks asked us for her marathon PR."
                      r"\bone (?:row|line|number|figure|value) (?=(?:per|for each|for every|each|a) )|"   # "one row per distance"
                      r"\b(?:finish(?:ing)? )?(?:time )?distribution\b(?=[^?]*\bpercentiles?\b)|"   # "… distribution: 25th, 50th …"
                      r"\b(?:sending|sent|send|sends)(?= (?:us )?(?:the most |more |fewer |the fewest )?(?:runners|finishers|people|"
                      r"participants)\b)|"
                      # "the 2024 Buffalo Half Marathon weekend"; "The Fort Collins 10K was new for us in June 2025."
                      r"(?<=\s{3})(?:race )?weekend\b|\b(?:was|is) new (?:for|to) us\b(?=[^?]*[.:;]\s+\w)|"
                      r"(?<=\s{3})(?:was|is) new(?= in 20\d\d\b)|"
                      r",?\s*\b(?:busiest|biggest|largest|highest|most|lowest|fewest|smallest)(?: (?:years?|editions?|events?|races?|"
                      r"ones?))? first\b(?=\s*[?.!]?\s*$)|"   # a ranking's
                      # own order, said again ("busiest year first")
                      r"\bmiddle (?:half\b|50 ?(?:percent\b|%)|fifty percent\b)|"   # (_MIDDLE_HALF)
                      # ("the closest finish ever for the win": a winning margin ranked)
                      r"\b(?:closest|narrowest|tightest)\b(?= (?:finish|margin|race|win|winning|gap|one|result)s?\b)|"
                      # the interquartile range said again: "(p75 minus p25)", "(75th minus 25th percentile)"
                      r"\(\s*(?:p|q3 = )?75(?:th)?(?: percentile)? (?:minus|-|\u2212) (?:the )?(?:p|q1 = )?25(?:th)?(?: percentile)?"
                      r"(?: (?:chip |gun |finish(?:ing)? )?times?)?\s*\)|"
                      # who a runner is to the asker ("Misty Brown is in our club - …"): the archive holds no clubs
                      r"(?<=\s{3})(?:is|are) (?:in|with|from) (?:our|my) (?:running )?(?:club|team|group)\b|"
                      # "total finishers over both years it's been held": every edition (each is listed with the answer)
                      r"\b(?:over|across|in|for) both (?:years|editions)(?= (?:it'?s|it has|it was|we'?ve) (?:been )?(?:held|run|timed))|"
                      r"\b(?:it'?s|it has|it was|we'?ve) (?:been )?(?:held|run|timed)\b(?=\s*[?.]?\s*$)|"   # "the <event> was new in 2025 - how many …"
                      # the unit an answer is wanted in ("(answer in seconds per mile)"): times are seconds already
                      r"\b(?:answer|give it|reply|express it|report it) in (?=(?:seconds|secs|minutes|mins)\b)|"
                      # "… also finished <B, blanked out> that same year" (read by _legs)
                      r"(?<=\s{3})(?:\s*,?\s*)(?:in )?(?:that|the) same (?:year|season)\b|"
                      r"\b(?:we have |that we have )?on (?:file|record)\b|"
                      # ("in each year where we timed both Fort Worth events, how many finished A and also B that same
                      # year": the years the runners of both are counted in)
                      r"\b(?:each|every) year (?:where|when|that|in which) (?:we )?(?:timed|held|had|ran|hosted|put on) both\b"
                      r"(?=[^?]{0,40}\b(?:events|races)\b)|"
                      # ("the fastest 5K at each of our three events": how many there are, said of the grouping)
                      r"\beach of (?:our|the|these) (?:two|three|four|five|six|[2-9]) (?=(?:events|races)\b)|"
                      # ("put our two events side by side": every one of them, a row each)
                      rf"\b(?<=our ){_FEW} (?=(?:events|races|\d+ ?ks|halves|half marathons|marathons)\b{_SET_SIDE_BY_SIDE})|(?<=\bcompare our ){_FEW} (?=(?:events|races)\b)|"
                      rf"(?<=\brank our ){_FEW} (?=(?:events|races)\b)|(?<=\bwhich of our ){_FEW} (?=(?:events|races)\b)|"
                      # ("in each of 2020, 2021 and 2022 — all three years": the years said again; "both were big years":
                      # talk of them)
                      rf"(?<=[\u2014\u2013-] )all {_FEW} (?:years|editions)\b|"
                      r"\b(?:both|all three|it|that|this|each) (?:was|were) (?:a )?(?:big|huge|busy|record|great|small|tiny|"
                      r"slow|fast|strong|weak)(?: ones?| years?| editions?)\b|"
                      # ("Out of all finishers that weekend": of the edition told before)
                      r"(?<=finishers )that (?:weekend|morning|day)\b|(?<=runners )that (?:weekend|morning|day)\b|"
                      # ("2021 was the high-water mark for the Chicago Shamrock.": talk of a year told)
                      r"\b(?:was|were) (?:the|its|our) (?:high[- ]water mark|low[- ]water mark|high point|low point)\b|"
                      r"\bdid ?n[o']t (?:finish|start)\b|\b(?<=and )(?:\d+|20\d\d) inclusive(?:ly)?\b|\bdid not\b(?= (?:finish|start))|\bno[- ]shows?\b|"
                      r"\b(?:did not|didn't|never|not) show(?:ed)?(?: up)?\b|\bat some point\b|"
                      r"\b(?:kids?|child(?:ren)?|juniors?|youths?|girls?|boys?)(?= (?:aged )?(?:under|younger than|below) \d)|"
                      r"\bin (?:that )?order\b|\bkids'? (?=race|run|dash|mile)|\bboth of them(?: combined)?\b|"
                      r"\b(?:across|over|combining) both(?: of)?(?: (?:our|the|these|those))?\b|\b(?:added|summed) (?:up|together)\b|"
                      # who the named runners are to the asker: "My two kids, <A> and <B>, …", "my grandkids <A> and <B>
                      # both ran …" (the runners are the names; "kids" alone is an age, read elsewhere)
                      r"\b(?:my|our) (?:(?:two|three|2|3) )?(?:grand)?(?:kids|children|sons|daughters|twins)\b(?=\s*,?\s{3,})|"
                      r"(?<=\s{3})both\b(?= (?:ran|run|raced|race|finished|did|competed|entered)\b)|"
                      r"\(\s*(?:at )?the (?:fast|quick|slow|front|back) end(?: of the field)?\s*\)|"   # "the 10th percentile (the fast end)"
                      r"\blocal (?:runner|athlete|man|woman|guy|gal|legend|star|resident)(?=\s{3})|"
                      # "how big was the <event, blanked out>" (its field, not its course); "the size of the field"
                      # ("how big was each <event>": each edition's field)
                      r"\bhow big (?:was|were|is)(?: the| our| each| every)?(?: 20\d\d)?(?= {3,}(?!.*\bcourse\b))|\bsize of the field\b|"
                      r"\bfield size\b|"
                      # "(any distance)", ", all races combined": said aside, the whole event (no race chosen)
                      # ("across both races", "(either race)", "counting every year and both races"; "finished both races"
                      # is a cohort of runners, never read here)
                      r"(?:[(,;\u2014-]\s*|\b(?:across|counting|over|including|in|for|and)\s+)(?:any|all|every|both|either)"
                      r"(?: the)?(?: (?:two|three|four|five|[2-5]))? (?:distances?|races?)"
                      r"(?: combined| together| counted| included)?\b|"
                      r"\bdropped out\b|\b(?:year over year|over the years|over time)\b|\bone of (?:our|the)\b|"
                      # "(as a fraction)", "in percent": how a share is shown, read as the share
                      r"\(?\s*(?:as an?|in) (?:fraction|decimal|percentage|percent|ratio)\s*\)?|"
                      # "which had the faster average? give both averages": the compared values shown
                      r"\b(?:give|show|list)(?: me| us)? both(?= (?:(?:average |median |winning |finish(?:ing)? )?(?:paces|times)|averages|medians|numbers|"
                      r"figures|values|counts)\b)|"
                      r"\b(?:\d+|one|two|three|four|five|a couple of|a few|several) (?:years?|summers?|winters?|springs?|falls?|"
                      r"autumns?) ago(?=\s*[(,-]?\s*"
                      r"(?:[a-z]+ )?20\d\d)|"
                      r"\bat least once(?: each)?\b|\b(?:give|show|with)(?: me| us)? both (?:counts|numbers|figures|totals)\b|"
                      r"\b(?:took|take|taking|takes|taken) part\b|\bboth (?=(?:men and women|women and men|males? and females?)\b)|"
                      # "first woman across the line", "back in May 2025", "is the field getting older?"
                      r"\b(?:across|over|crossed|cross) the (?:finish )?line\b|\bback in(?= (?:" + "|".join(MONTHS) +
                      r"|20\d\d|'\d\d)\b)|\b(?:getting|gotten|got) (?=(?:older|younger|faster|slower)\b)|"
                      # "which of our events had a 10K on the schedule in 2024": held one
                      r"\bon the (?:schedule|calendar|program|card)\b|\balong with\b|"
                      r"\b(?:turned|turn|turns) up\b|\btoed (?:the|a) (?:start(?:ing)? )?line\b|"   # (starters, read as a status)
                      r"\bdead(?= last\b)|"   # ("who was dead last": the last finisher)
                      # "the fastest Chicagoan (lives in Chicago)", "out-of-state finishers (home state not the state the
                      # event is in)": what was read, said again in brackets
                      r"\((?:lives|living|based|resides?|residing) in [^()]{1,40}\)|"
                      r"\(\s*home state (?:is )?not (?:the )?(?:same as )?(?:the )?(?:event'?s )?state(?: (?:the|of the) event(?: is| was)? ?in)?\s*\)|"
                      r"\b(?:needed|required|needing)(?= (?:more|less|over|under|longer) than\b)|"
                      # "interquartile range (75th pct minus 25th pct)": the spread's own definition said again
                      r"\(\s*(?:the )?75th(?: percent(?:ile)?)? (?:minus|-|\u2212|less) (?:the )?25th(?: percent(?:ile)?)?\s*\)|"
                      # "manchester was a week before nashua in 2025 - how many …": an aside about the dates
                      r"\b(?:was|is) (?:a|one|two|three|\d) (?:days?|weeks?|months?) (?:before|after)\b|"
                      # "… and the change versus the prior edition": each year's change (read with the constructs)
                      r"\b(?:change|growth|drop|difference) (?:from|over|on|vs\.?|versus|compared (?:to|with)) (?:the|each) "
                      r"(?:previous|prior|preceding|last) (?:year|edition)\b|"
                      # "Galveston half 2023 was our biggest one - what share …": an aside about the edition asked
                      r"\b(?:was|is) (?:our|the) (?:biggest|largest|smallest|busiest|first|last|best|worst|favou?rite|"
                      r"oldest|newest) one\b|"
                      # "full results in finish order": the order a results list has (by place)
                      r"\bin (?:finish(?:ing)?|place|placing|finishing-place) order\b|"
                      # "how many different events has she entered, counting each event name once": what is counted
                      r"\bcounting (?:each|every) (?:event(?: name)?|race|distance) (?:only )?once\b|"
                      # "which year had the biggest 1 mile field and how big": the size shown beside it
                      r"\band how (?:big|large|many)(?: (?:was it|it was))?\s*[?.!]*$|"
                      # "who came all the way from Texas", "median times for both pls"
                      r"\ball the way(?= from\b)|\b(?:for|of) both(?: of them)?(?: (?:pls|please|plz))?\s*[?.!]*$|"
                      # a rate defined as ours is: "(DNF / starters)", "DNF divided by people who started"
                      # (a DNF rate is of starters, a DNS rate of entries: another denominator is not read)
                      + DNF_OVER_STARTERS + "|" + DNS_OVER_ENTRIES + "|"
                      # "# of finishers at the Jingle Bell Run, the Dec 2025 one?": "one" is the edition just dated
                      r"\b(?:the|that) (?:(?:" + "|".join(MONTHS) + r"|20\d\d)\s*){1,2}one\b(?=\s*(?:[?.!,)]|$))")


# the order a yearly list is shown in (any other list in that order is not built: said back)
_BY_YEAR = re.compile(r"\b(?:by|each|per|every) year\b|\byear (?:by|over|after) year\b|\byearly\b")
# a list's order, said: by age or by time, which end first
_SORTED_BY = re.compile(
    r"\b(?:(?:sorted|ordered|listed|ranked) )?by (?:age|(?:finish(?:ing)? |chip )?times?)(?:,? (oldest|youngest|fastest|slowest|"
    r"descending|ascending)(?: first| to (?:youngest|oldest|fastest|slowest))?)?\b(?<!\bby age)(?<!\bby time)(?<!\btimes)|"
    r"\b(?:sorted|ordered) by (?:age|(?:finish(?:ing)? |chip )?times?)\b|"
    r"\b(oldest|youngest|fastest|slowest) (?:first|to (?:youngest|oldest|fastest|slowest))\b")
_OLDEST_FIRST = re.compile(r"\b(?:in )?chronological(?:ly)?(?: order)?\b|\b(?:in )?(?:year|date) order\b|"
                           r"\boldest (?:first|to (?:newest|most recent|latest))\b|"
                           r"\b(?:earliest|oldest|first) (?:(?:year|edition|one)s? )?first\b|\bearliest to (?:latest|newest|most recent)\b|"
                           + _FIRST_TO_LATEST)


FASTEST_S_PER_KM = 150   # 2:30 a km, faster than any world record: a time limit below it is no finish time
MAX_ROWS = 100_000   # the most rows (or the furthest place) a question may ask for: "top 10 billion" is no list


_VERSUS = r"\b(?:vs\.?|versus|compared? (?:to|with)|against|or|and|than)\b"
# the statuses counted year by year ("which years had DNFs"), said as words
_STATUS_COUNTED = r"(?:dnf|dns|dq|disqualif|no[- ]?show|did(?: not|n'?t) (?:finish|start|show))"
# "in which years did anyone get DQ'd", "which years, and how many DQs each": the years with any, each with how many
_WHICH_YEARS_COUNTED = rf"\b(?:which|what) years (?:did|had|have|has|were|was|saw)\b(?=[^?]*\b{_STATUS_COUNTED})|" \
                       rf"\b(?:which|what) years,? (?:and )?how many\b(?=[^?]*\b{_STATUS_COUNTED})"
# runners named by their status, as groups compared ("finishers vs DNFs"): each read by find_status
_STATUS_GROUP = r"\b(?:the )?(?:finishers|dnf(?:'?s|ers)|non[- ]?finishers|no[- ]shows|dns(?:'?s|ers)|dq(?:'?s)|disqualified runners)\b"
_SEX_WORD = r"(?:men|women|males|females|boys|girls|guys|ladies)"
_ONE_AGE = (r"(?:\d\d ?\+|\d\d (?:and|or) (?:over|up|older)|(?:over|under|below) \d\d|aged? \d\d(?: ?(?:-|to) ?\d\d)?|"
            r"in their \d0s|\d\d ?- ?\d\d)")
_SEXES_OF_ONE_AGE = rx.compiled(rf"\b(?P<one>{_SEX_WORD})(?: runners| finishers)? (?P<age>{_ONE_AGE}) "
                                rf"(?P<joined>vs\.?|versus|and|or|compared (?:to|with)) (?:the )?(?P<other>{_SEX_WORD})"
                                rf"(?: runners| finishers)? (?P=age)(?![\w+])", re.IGNORECASE)
# a change said as a verb: "how much that went up or down vs the previous edition"
_WENT_UP_OR_DOWN = (r"(?:went|go|goes|moved) (?:up|down)(?: or (?:up|down))?|"
                    r"(?:rose|grew|fell|dropped|changed|shrank|rise|grow|fall|drop|change|shrink)"
                    r"(?: or (?:rose|grew|fell|dropped|shrank|rise|grow|fall|drop|shrink))?")
# the runners of neither place compared, said after the two: "…, and (from) everywhere else", "or other states"
_EVERYWHERE_ELSE = rx.compiled(
    r"\s*(?:,\s*)?(?:(?:and|or|vs\.?|versus)\s+)?(?:how many\s+)?(?:(?:those |runners |people |finishers )?(?:(?:came|come|were|are) )?"
    r"(?:from|in)\s+)?"
    r"(?:(?:everywhere|anywhere|everyone|everybody|all) else|elsewhere|(?:all |any )?other (?:states|places|cities|towns)|"
    r"the rest(?: of (?:the (?:country|us|states|field)|them))?|(?:from )?outside (?:those|these|them|both|either)"
    r"(?: (?:two )?(?:states|cities|towns))?)\b", re.IGNORECASE)
_VERSUS_WITH = r"\b(?:vs\.?|versus|compared? (?:to|with)|against|or|and|than|with)\b"   # after "compare": "A with B"
_AGES = re.compile(r"\b(?:aged? |ages )?(\d{1,2}) ?(?:-|to|\u2013|through) ?(\d{1,2})(?:(?<=\d[-\u2013]\d\d)s)?\b"   # ("the 50-59s")
                   r"(?! ?(?:min|minutes?|mins|hours?|hrs?|h|seconds?|secs?|s|k|km|miles?)\b)(?!:)|"
                   r"\b(under|over)[- ]?(\d{2})s\b|"   # "the under-30s vs the over-50s": below 30, 50 and over
                   r"\b(?:in )?(?:their |the )?([1-9])0s\b|"
                   # "runners under 30 with runners 30 and older", "under 50 and 50 and over", "40+ vs younger than 40"
                   r"\b(?:under|below|younger than|less than)[- ](?:age )?(\d{2})\b(?! ?(?:min|minutes?|mins|hours?|hrs?|h|"
                   r"seconds?|secs?|s|k|km|miles?|years? old)\b)(?!:)|"
                   r"\b(?:aged? )?(\d{2})(?: ?\+|(?: years old)? (?:and|or) (?:over|older|up|above)\b)|"
                   r"\b(?:over|older than|above) (?:age )?(\d{2})\b(?! ?(?:min|minutes?|mins|hours?|hrs?|h|seconds?|"
                   r"secs?|s|k|km|miles?)\b)(?!:)|"
                   r"\b(grand ?masters?|masters?)\b")   # masters: 40 and over; grand masters: 50 and over


def _compared_groups(text: str, question: str, vocabulary: Vocabulary, ages_only: bool = False,
                     events_named: tuple[str, ...] = ()) -> tuple[tuple[Parsed, ...], list[tuple[int, int]]]:
    """Two groups of runners a comparison names, and where: two home cities ("Pittsburgh runners vs Philadelphia
    runners"), two home states, or two age ranges ("aged 30 to 39 versus 40 to 49", "their 30s vs their 40s",
    "under 30 and 30 and older"); only age ranges when ``ages_only`` (no comparison word was said)."""
    def group(**said) -> Parsed:
        return Parsed(question="", intent="count", subject="results", confidence=1.0, **said)

    # ("older than 29 and younger than 40": one range by its two bounds, no two groups)
    text = rx.sub(AGE_RANGE_SAID, lambda bounds: " " * len(bounds.group(0)), text)
    said = "".join(" " if blank == " " else kept for kept, blank in zip(question, text))   # names blanked, case kept

    def names_event(found: Mention) -> bool:
        return any(name.lower().startswith(found.value.lower() + " ") for name in (events_named or vocabulary.events))

    cities = [found for found in (match_city(said.lower(), vocabulary.cities),) if found]
    cities += [found for found in (match_city(_blank(said, [(cities[0].start, cities[0].end)]).lower(), vocabulary.cities),)
               if found] if cities else []
    # "dallas vs fort worth, how many finishers each at the Fort Worth Memorial Day 5K": of two cities compared where one
    # only is the named event's, both are where runners live (an event against a town is no comparison)
    either_home = bool(events_named) and len(cities) == 2 and names_event(cities[0]) != names_event(cities[1])

    def home_city(words: str) -> Mention | None:
        """A city said as where runners live: never one that begins an event's name, said for the event ("how many
        more finishers did Santa Cruz have than San Jose" of the two Mother's Day 5Ks), unless said as a home or
        the question names its events otherwise ("Savannah vs Athens at the Atlanta Spring Marathon")."""
        # ("which town had more finishers in the Springfield full, Hartford or New Haven?": past the event's own town)
        return next((found for found, seen in _each_found(lambda text: match_city(text.lower(), vocabulary.cities), words, 3)
                     if either_home or not names_event(found) or _lives_in(seen.lower(), found)), None)

    def home_state(words: str) -> Mention | None:   # ("Kentuckians vs Ohioans": states said by their people too)
        said = [found for found in (match_state(words), match_demonym(words)) if found]
        return min(said, key=lambda found: found.start) if said else None

    def of_events(found: Mention) -> bool:
        """A state said of the company's events, not of where runners live: "our Colorado events", "finishers at our
        events in each state", "events held in Nevada vs New Mexico"."""
        return bool(rx.match(r"\s+(?:events?|races?)\b", said[found.end:]) or rx.search(
            r"\b(?:events?|races?) (?:held |we (?:held|timed|ran) )?in (?:each|both|either|the two|those|these) states?\b|"
            r"\bevents? held in\b", text))

    def other_than(find, first: Mention) -> Mention | None:
        """The next place ``find`` finds that is not ``first``'s ("X is in Indiana, but how many of its finishes came
        from Indiana residents versus Illinois residents": Illinois)."""
        return next((found for found, _ in _each_found(find, _blank(said, [(first.start, first.end)]), 4)
                     if found.value != first.value), None)

    for field_name, find in () if ages_only else (("runner_city", home_city), ("runner_state", home_state)):
        if (first := find(said)) and (second := other_than(find, first)) and (rx.search(
                _VERSUS, between := text[min(first.end, second.end):max(first.start, second.start)]) or rx.fullmatch(
                r"\s*,\s*(?:how many )?(?:(?:came |come |were |are )?(?:from|in) )?", between) and _EVERYWHERE_ELSE.match(said, max(first.end, second.end))):
            one, other = sorted((first, second), key=lambda m: m.start)
            # (each time either is said: "Colorado vs Wyoming: … our Colorado events …")
            said_again = [again for again, _ in _each_found(home_state, said, 6) if again.value in (one.value, other.value)]
            if field_name == "runner_state" and any(of_events(found) for found in said_again):
                # ("Colorado vs Wyoming: finishers at our Colorado events compared with our Wyoming events")
                return (group(event_state=one.value), group(event_state=other.value)), [
                    (found.start, found.end) for found in said_again]
            if field_name == "runner_state" and (town := _town_of_states(said, one, vocabulary)):
                # ("Runners from Portland: Maine vs Oregon": that town in each state — it counted all of each state)
                return (group(runner_city=town[0], runner_state=one.value), group(runner_city=town[0], runner_state=other.value)), [
                    (one.start, one.end), (other.start, other.end), *town[1]]
            groups, spans = [], []
            for said_place in (one, other):   # ("runners from Portland, Oregon", "Portland OR": that Portland)
                comma = rx.match(r",\s*|\s+(?=[A-Z]{2}\b)", said[said_place.end:])
                state = field_name == "runner_city" and comma and state_at(said, said_place.end + comma.end())
                groups.append(group(**{field_name: said_place.value}, **({"runner_state": state.value} if state else {})))
                spans.append((said_place.start, state.end if state else said_place.end))
            # ("from Colorado, from Wyoming, and from everywhere else": the runners of neither, a third group)
            if rest := _EVERYWHERE_ELSE.match(said, spans[-1][1]):
                more = "more_states" if field_name == "runner_state" else "more_cities"
                groups.append(group(**{field_name: one.value, more: (other.value,), f"{field_name}_negated": True}))
                spans.append(rest.span())
            return tuple(groups), spans
    # "runners who live in Ithaca versus everyone else": a city's runners against everyone else
    if not ages_only and (city := match_city(said.lower(), vocabulary.cities)) and (rest := rx.search(
            r"\b(?:everyone|everybody|anyone|all) else\b|\b(?:the rest|all (?:the )?other (?:runners|finishers))\b|"
            r"\bnon[- ]?(?:residents|locals)\b|\bout[- ]of[- ]towners\b", text)) and city.end <= rest.start() and rx.search(
            _VERSUS_WITH, text[city.end:rest.start()]):
        said_as = rx.match(r"\s+(?:locals?|residents?|runners?)\b", text[city.end:])   # ("Evanston locals vs everybody else")
        return (group(runner_city=city.value), group(runner_city=city.value, runner_city_negated=True)), [
            (city.start, city.end + (said_as.end() if said_as else 0)), rest.span()]
    # "New Mexico residents versus runners from out of state": a state's runners against everyone else's
    # ("NH runners versus everyone not from NH", "Texans vs everybody else": the same, the state said again or not)
    if not ages_only and (state := match_state(said) or match_demonym(said)) and (rest := rx.search(
            r"\b(?:out[- ]of[- ]state(?:rs)?|from (?:other|another|any other) states?|(?:(?:from|lived?|lives|living) )?(?:outside|elsewhere)|"
            r"non[- ]?residents|visitors)\b|"
            r"\b(?:everyone|everybody|anyone|all|the rest|runners|finishers|those|people|others)(?: else)? (?:who (?:are|were) )?"
            r"(?:not from|from outside(?: of)?|outside(?: of)?|(?:who )?(?:don'?t|didn'?t|do not|did not) live in)\b"
            r"(?: (?:the|that|this|their) state\b)?|"
            r"\b(?:everyone|everybody|anyone) else\b|\ball (?:the )?other (?:runners|finishers)\b|\bthe rest\b", text)) and \
            state.start < rest.start() and rx.search(_VERSUS, text[state.end:rest.start()]):
        spans = [(state.start, state.end), rest.span()]
        if (again := state_at(said, rest.end() + 1)) and again.value == state.value and said[rest.end()] == " ":
            spans.append((again.start, again.end))
        return (group(runner_state=state.value), group(runner_state=state.value, runner_state_negated=True)), spans
    if not ages_only and (state := match_state(said) or match_demonym(said)) and (rest := rx.search(
            r"\b(?:out[- ]of[- ]state(?:rs)?|from (?:other|another|any other) states?|(?:(?:from|lived?|lives|living) )?(?:outside|elsewhere)|"
            r"non[- ]?residents|visitors)\b", text)) and state.start > rest.end() and rx.search(
            _VERSUS, text[rest.end():state.start]):   # ("out-of-staters vs Texans": the other way round)
        groups = (group(runner_state=state.value, runner_state_negated=True), group(runner_state=state.value))
        return groups, [rest.span(), (state.start, state.end)]
    # "average age of the DNFs compared with the finishers": two statuses' runners side by side
    statuses = [(m, find_status(m.group(0))) for m in rx.finditer(_STATUS_GROUP, text)]
    if not ages_only and len(statuses) == 2 and statuses[0][1] != statuses[1][1] and rx.search(
            _VERSUS_WITH, text[statuses[0][0].end():statuses[1][0].start()]):
        return tuple(group(status=status) for _, status in statuses), [m.span() for m, _ in statuses]
    ages = list(_AGES.finditer(text))
    ranges = list(dict.fromkeys(_age_range(m) for m in ages))   # ("… and how much faster were the under-50s": said again)
    versus = _VERSUS_WITH if "compar" in text else _VERSUS   # "compare runners under 30 with those 30 and older"
    if len(ranges) == 2 and rx.search(versus, text[ages[0].end():ages[1].start()]):
        # ("women under 40 than men over 40": each group's own sex, said before its ages)
        sexes = [find_sex(said_sex.group(0)) if (said_sex := rx.search(
            r"\b(?:men|women|males?|females?|guys|ladies)\s+(?:aged\s+|ages\s+)?$", text[:m.start()][-25:])) else None
                 for m in ages[:2]]
        decades = all(m.group(5) for m in ages[:2])   # ("in their 20s vs in their 50s": decades, named so)
        return tuple(group(age=AgeRange(low, high, f"aged {low} and over" if high == 120 else f"under {high + 1}"
                                        if low == 1 else f"in their {low}s" if decades else f"aged {low}–{high}"), sex=sex)
                     for (low, high), sex in zip(ranges, sexes if len(ages) == 2 else (None, None))), [
            m.span() for m in ages] + [m.span() for m in rx.finditer(r"\b(?:men|women|males?|females?)\b", text)
                                       if any(sexes) and len(ages) == 2]
    return (), []


def _town_of_states(said: str, first: Mention, vocabulary: Vocabulary) -> tuple[str, list[tuple[int, int]]] | None:
    """The town said right before two states compared ("Portland: Maine vs Oregon", "from Portland, Maine vs Portland,
    Oregon"): the one town of that name in each state, and where it is said (each time); None when no town is said
    there."""
    def towns(words: str, most: int) -> Iterator[Mention]:
        return (found for found, _ in _each_found(lambda text: match_city(text.lower(), vocabulary.cities), words, most))
    # (right before the states; or said of runners, "Portland runners", "from Portland", with the clause between: "How
    # many Portland runners finished X — Maine vs Oregon?")
    people = r"\s+(?:runners|residents|folks|people|locals|finishers|entrants)\b"
    town = next((found.value for found in towns(said[:first.start], 3) if rx.fullmatch(
        rf"(?:{people})?\s*[:,(\-\u2013\u2014]?\s*(?:(?:in|from)\s+)?(?:the\s+)?(?:state\s+of\s+)?", said[found.end:first.start]) or (
            rx.match(people, said[found.end:]) or rx.search(r"\bfrom\s+$", said[:found.start])) and rx.fullmatch(
            r"[^.?!;]{0,80}?[:,\-\u2013\u2014]\s*", said[found.end:first.start])), None)
    return (town, [(found.start, found.end) for found in towns(said, 4) if found.value == town]) if town else None


def compared_label(group: Parsed, other: Parsed | None = None) -> tuple[str, str] | None:
    """(column, value) naming a group compared by one filter: ("city", "Albany"), ("state", "NM"), ("state",
    "out of state"), ("age", "under 50"), ("age", "30-39"), ("age", "50+"); None for a group said by several."""
    # (labelled as people label them: "Texas" against "out of state", "NM" against "AZ", "Evanston" against "other")
    if (group.runner_state_negated and group.more_states or group.runner_city_negated and group.more_cities) and \
            not (group.runner_city and group.runner_state):   # (neither of the places compared: "… and everywhere else")
        return ("city" if group.runner_city else "state"), "everywhere else"
    if group.runner_city and group.runner_state and other is not None and other.runner_city == group.runner_city:
        return "state", group.runner_state   # ("Portland: Maine vs Oregon": the town's in each state)
    if group.runner_city:
        return "city", "other" if group.runner_city_negated else group.runner_city
    if group.runner_state:
        return "state", "out of state" if group.runner_state_negated else STATE_NAMES.get(group.runner_state, group.runner_state) \
            if other is not None and other.runner_state_negated else group.runner_state
    if group.event_state:   # ("our Colorado events vs our Wyoming events": where they were held)
        return "event_state", group.event_state
    if group.age and not (group.runner_city or group.runner_state):
        low, high = group.age.low, group.age.high
        # ("in their 20s vs in their 50s": the decades as said)
        ages = f"under {high + 1}" if low <= 1 else f"{low}s" if group.age.words.startswith("in their") else \
            f"{low}-{high}" if high < 120 else f"{low}+"
        # ("men in their 40s vs men in their 30s": the ages alone differ, and label them)
        return ("age", ages) if not group.sex or other is not None and other.age and other.sex == group.sex else \
            ("group", f"{'men' if group.sex == 'M' else 'women'} {ages}")
    if group.sex and not (group.runner_city or group.runner_state):
        return "sex", group.sex
    if group.status:   # "finishers vs DNFs": as results.status holds them
        return "status", group.status
    return None


def _compared_said(text: str, groups: tuple[Parsed, ...]) -> int | None:
    """Which of two groups compared ``text`` names first ("were the under-50s …"), or None."""
    for m in _AGES.finditer(text):
        low, high = _age_range(m)
        if (said := next((i for i, group in enumerate(groups) if group.age and (group.age.low, group.age.high) ==
                          (max(low, 1), high)), None)) is not None:
            return said
    lowered = text.lower()
    said = [(lowered.find(value.lower()), i) for i, group in enumerate(groups)
            for value in (group.runner_city, group.runner_state) if value and value.lower() in lowered]
    return min(said)[1] if said else None


def _age_range(said: re.Match) -> tuple[int, int]:
    """(lowest, highest) age of one range ``_AGES`` found; 120 for no upper end, 1 for no lower one."""
    decade, under_over, under, over, above = said.group(5), said.group(3), said.group(6), said.group(7), said.group(8)
    if masters := said.group(9):
        return (50, 120) if masters.startswith("grand") else (40, 120)
    if decade:
        return int(decade) * 10, int(decade) * 10 + 9
    if under_over:
        return (1, int(said.group(4)) - 1) if under_over == "under" else (int(said.group(4)), 120)
    if under:
        return 1, int(under) - 1
    if over:
        return int(over), 120
    if above:
        return int(above) + 1, 120
    low, high = sorted((int(said.group(1)), int(said.group(2))))
    return low, high


# "how many age-group wins does he have": his results first in their age group
_AGE_GROUP_WINS = (r"\b(?:age[- ]?group|ag|division) (?:wins?|victor(?:y|ies)|titles?|first places?)\b|\b(?:wins?|titles?|"
                   r"victor(?:y|ies)) in (?:their|his|her|an?) (?:age[- ]?group|ag|division)s?\b")
# "(not unique people)", "(count each finish)": results, a runner as often as they finished
_NOT_DISTINCT = (r"\b(?:not|no|rather than|instead of) (?:unique|distinct|different|individual) (?:people|runners|persons|individuals)\b|"
                 # ("how many women aged 80 or older have finished it? (count each finish)")
                 r"\b(?:count|counting|counts|counted) (?:each|every) (?:finish|result|entry|race)(?:es|s)?(?: separately)?\b|"
                 r"\b(?:each|every) (?:finish|result) (?:counts|counted)\b")
# said after the second event: the first's year ("… also finished B that year")
_SAME_YEAR = r"\s*,?\s*(?:in )?(?:that(?: same)?|the same) (?:year|season)\b(?! (?:before|after|earlier|later)\b)"
# "… also finished B two weeks later": B's edition of the first's year (the explanation says which year)
_SOON_AFTER = (r"\s*,?\s*(?:(?:just |only )?(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|a couple of|a few) "
               r"(?:days?|weeks?|months?) (?:later|after(?:wards?)?|earlier|before)|earlier|later)"
               r"(?: (?:that(?: same)?|the same|in the same) (?:year|season|spring|summer|fall|autumn))?\b")


def _years_of(first: Mention, second: Mention, text: str) -> list[re.Match | None]:
    """Each of two events' own year: said after it ("A in 2023"), else right before it ("the 2024 A")."""
    def year(m: Mention, after: int, before: int) -> re.Match | None:
        return rx.search(r"\b20\d\d\b", text[m.end:after]) or rx.search(r"\b20\d\d\b(?=\D*$)", text[before:m.start])
    # ("both the 2024 A and the 2025 B": B's year said right before it is never A's)
    said_before = rx.search(r"\b20\d\d(?:'s)?\s+(?:the\s+)?$", text[first.end:second.start])
    return [year(first, first.end + said_before.start() if said_before else second.start, 0),
            year(second, len(text), first.end)]


_TOP_N = r"\b(?:first|top|fastest) (?:\d{1,3}|" + COUNT_WORDS + r")"
_SEX_SAID = r"(?:women|men|females?|males?|ladies|guys|girls|boys)\b"
# "first 3 overall and the first 3 women", "top 5 women and top 5 overall"
_OVERALL_AND_A_SEX = (rf"{_TOP_N} (?:overall|finishers|runners)\b[^?]*?\b(?:and|plus|&|as well as)\b (?:the |also )?{_TOP_N} "
                      rf"{_SEX_SAID}|{_TOP_N} {_SEX_SAID}[^?]*?\b(?:and|plus|&|as well as)\b (?:the |also )?{_TOP_N} "
                      r"(?:overall|finishers|runners)\b")


def _races_in_their_years(parsed: Parsed, mentions: list[Mention], question: str) -> tuple[tuple[str, int], ...] | None:
    """((race label, year), (race label, year)) when runners of both races of one event are asked with each race in its
    own year ("the Tampa half in 2017 and then the Tampa full in 2018", "the 2017 Tampa half and the 2018 Tampa full");
    None otherwise. A race word of the event's own name is not a race said."""
    if not (parsed.cohort and parsed.cohort.kind == "both" and not parsed.cohort.legs and len(parsed.events) == 1 and
            len(parsed.distances) == 2):
        return None
    lower = question.lower()
    # (a race word of the name said in full is no race said; "the Atlanta marathon", said short by its city, is)
    names = [(m.start, m.end, set(rx.findall(r"[a-z0-9]+", m.value.lower()))) for m in mentions
             if not _by_city_and_race(question, m)]
    said, named = [], []
    for race in rx.finditer(rf"\b{RACE_BY_DISTANCE}\b", lower):
        year = rx.match(r"(?:\s+race)?\s+(?:in\s+)?(20\d\d)\b", lower[race.end():]) or \
            rx.search(r"\b(20\d\d)\s+(?:[\w']+\s+){0,3}$", lower[:race.start()])
        found = (race.start(), distance_mention(race.group(0))[0].label, int(year.group(1)) if year else 0)
        in_name = any(start <= race.start() < end and set(rx.findall(r"[a-z0-9]+", race.group(0))) <= name
                      for start, end, name in names)
        (named if in_name else said).append(found)
    # ("the Hartford half in 2021 and then the Hartford Marathon in 2022": the name's own race, set against the other)
    if len(said) == 1 and len(named) == 1:
        said = sorted(said + named)
    races = [(label, year) for _, label, year in said]
    if len(races) == 2 and races[0][0] != races[1][0] and all(year for _, year in races) and races[0][1] != races[1][1]:
        return tuple(races)
    return None


def _leg_races(first: Mention, second: Mention, text: str, question: str) -> tuple[str, str] | None:
    """Each of two events' own race, said in brackets right after its name ("A (half) and B (the 10K race)",
    "(any distance)": "" for any race), or in the name as said ("the Tampa full marathon"; ``question`` is the text
    before the names were blanked out); None when neither says one, or one says it of both ("(the 5K at both)")."""
    # ("2022 Napa 10K finishers (the 10K race)": the runners said between the name and its race)
    asides = [rx.match(r"\s*(?:(?:in )?20\d\d\s*)?(?:(?:finishers|runners|entrants|participants)\s*)?\(([^)]{1,40})\)",
                       text[mention.end:until])
              for mention, until in ((first, second.start), (second, len(text)))]
    # "(any years)", "(all years)": when, not which race
    asides = [None if aside and rx.fullmatch(r"\s*(?:(?:in|over|across|for|from) )?(?:any|all|every|either|both)(?: the)? "
                                             r"(?:years?|editions?)\s*", aside.group(1))
              else aside for aside in asides]
    if not any(asides):
        # "the full marathon at A and also the half marathon race at B": each race said right before its event
        befores = (_race_before(text[:first.start]), _race_before(text[first.end:second.start]))
        # ("finishers at A had also finished the 5K at B": the race said is B's; A any race)
        befores = tuple("" if said is None and any(befores) else said for said in befores)
        return befores if None not in befores and any(befores) and befores[0] != befores[1] else None
    if any(aside and rx.search(r"\b(?:both|each|either)\b", aside.group(1)) for aside in asides):
        return None

    # a race said outside the brackets ("the 5K at the 2024 A and B (5K race) in 2025") is the other event's
    spans = [(m.start, m.end) for m in (first, second)] + [
        (mention.end + aside.start(), mention.end + aside.end()) for mention, aside in zip((first, second), asides) if aside]
    outside = distance_mention(_blank(text, spans))

    any_race = [bool(aside and rx.search(r"\b(?:any|all|every)\b", aside.group(1))) for aside in asides]

    def race(aside: re.Match | None, any_said: bool, mention: Mention) -> str | None:
        if not aside:   # ("the Tampa full marathon": its name said with the race)
            return "Marathon" if rx.search(r"\bfull marathon\b", question[mention.start:mention.end]) else \
                outside[0].label if outside else ""
        if any_said:
            return ""
        found = distance_mention(aside.group(1))
        return found[0].label if found else None
    races = race(asides[0], any_race[0], first), race(asides[1], any_race[1], second)   # (an aside with no race in it, "(2024)", pairs nothing)
    return None if None in races or races == ("", "") and not any(any_race) else races


def _race_before(text: str) -> str | None:
    """The race said just before an event's name ("… the half marathon race at <event>", "the 5K finishers at the
    2024 <event>"), "" for any race ("a race at <event>"), or None."""
    if rx.search(r"\b(?:a|any|one) race (?:at|in) (?:the |our )?(?:20\d\d )?$", text.rstrip() + " "):
        return ""
    m = rx.search(r"\b((?:full |half |\d+ ?k |1 mile |mile )?(?:marathon|half|\d+ ?k|mile))(?: race| finishers| runners| "
                  r"entrants)? (?:at|in|of) (?:the |our )?(?:20\d\d )?$", text.rstrip() + " ")
    found = distance_mention(m.group(1)) if m else None
    return found[0].label if found else None


_YEARS_SAID = re.compile(r"\b20\d\d\b|\b(?:last|this) (?:year|spring|summer|fall|autumn|winter)\b|\b\w+ years? ago\b")


def _absent_elsewhere(parsed: Parsed, mentions: list, cohort: Found) -> Parsed:
    """ "finished A in 2024 but did not run B in 2024": runners of the one event missing from the other that same year
    (cohort ``without``, its year for both); in another year, declined (it looked for A's runners missing from A)."""
    first, second = sorted(mentions, key=lambda m: m.start)
    if not first.start < cohort.spans[0][0] <= second.start + 1:
        return parsed
    if parsed.years == (parsed.cohort.count,):
        return replace(parsed, cohort=Cohort("without", without=second.value, dated_both=True))
    return replace(parsed, notes=(*parsed.notes, "runners of one event missing from another in a different year I cannot "
                                                 "count yet: ask of one year"))


def _legs(parsed: Parsed, mentions: list, cohort: Found | None, text: str) -> tuple[tuple[str, int], ...]:
    """Two events each with its own year: "finished A in 2024 and also finished B in 2025" (the second is the
    cohort's, said after "also"; the same year too), "both A in 2023 and B in 2024" (each event's year said after
    it) — never both events in both years. Empty when the question does not pair them so."""
    if not (parsed.cohort and len(parsed.events) == 2 and len(mentions) == 2 and not parsed.cohort.absent):
        return ()
    first, second = sorted(mentions, key=lambda m: m.start)
    if parsed.cohort.kind == "also_in_year" and parsed.dates and parsed.dates.end.year - parsed.dates.start.year == 1 \
            and first.start < cohort.spans[0][0] <= second.start:
        return (first.value, parsed.dates.start.year), (second.value, parsed.cohort.count)
    if parsed.cohort.kind == "both" and not parsed.cohort.count:
        said = _years_of(first, second, text)
        if all(said) and said[0].group(0) != said[1].group(0):
            return (first.value, int(said[0].group(0))), (second.value, int(said[1].group(0)))
        # "of the 2025 A finishers, how many also finished B": A in its year, B in any ("… that same year": A's)
        # ("last year's A …": the year the question dates)
        year = int(said[0].group(0)) if said[0] else parsed.dates.start.year if parsed.dates and \
            parsed.dates.end.year - parsed.dates.start.year == 1 and parsed.dates.start.month == 1 else None
        # ("of the 2025 A finishers, how many have ever / at some point finished B": B in any year, as with "also")
        if year and not said[1] and rx.search(r"\balso\b|" + EVER_FINISHED + r"\b", text[first.end:second.start]):
            # ("In 2023, how many people finished a race at A and also … at B": the year said of the whole question)
            # (or the year said after both: "… A in september also finished … B in november? last year")
            same = rx.match(_SAME_YEAR, text[second.end:]) or rx.match(_SOON_AFTER, text[second.end:]) or (
                said[0] and rx.match(r"\s*(?:[,:;\u2014\u2013]|-\s|how many\b)", text[said[0].end():])) or \
                not said[0] and rx.search(r"\b(?:last|this) year\b|\b(?:two|three|\d) years ago\b", text[second.end:])
            return (first.value, year), (second.value, year if same else 0)
    return ()


def _each_event_of_a_runner(parsed: Parsed, asked: str) -> Parsed | None:
    """ "Deborah Moreno: which events has she finished, how many times each, and her fastest time at each?": one row
    per event with her finishes and her best there (it ranked the events by her average); None for any other
    question."""
    if not (parsed.person and not parsed.more_people and rx.search(
            r"\b(?:which|what|each|every|for each) (?:of (?:our|the|your) )?events?\b", asked) and rx.search(
            r"\bhow many (?:times|finishes|races)\b|\bhow many\b[^?]*\beach\b", asked) and rx.search(
            r"\b(?:fastest|best|quickest)\b", asked)):
        return None
    return replace(parsed, intent="analyze", group_by=("event",), measure="fastest", with_count=True, ranking=None,
                   personal_best=False, limit=None, status="FIN")


def _cohort_races(parsed: Parsed, cohort: Found | None, text: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """(the race of the year asked, the race of the cohort's other year) when each is said on its side of "also
    … in 2024" / "went on to … the following year" at one event, "" for the other's when the event is named again
    there with no race ("finished the full at Atlanta in 2021 … never entered the Atlanta Spring Marathon again");
    None otherwise."""
    # (an event said by its city: "finished the half at Atlanta one year and the full there in a later year")
    if not (cohort and parsed.cohort and parsed.cohort.kind == "also_in_year" and (
            len(parsed.events) == 1 or not parsed.events and parsed.event_city) and (
                parsed.dates and parsed.dates.end.year - parsed.dates.start.year == 1 or not parsed.dates and
                len(parsed.years) == 1 or parsed.cohort.count == LATER_YEAR)):   # ("one year … then in a later year")
        return None
    span = cohort.spans[0]
    inside, outside = distance_mention(text[slice(*span)]), distance_mention(_blank(text, [span]))
    if inside and outside and inside[0] != outside[0]:
        return outside[0].label, inside[0].label
    if outside and not inside and any(span[0] <= m.start < span[1] for m in mentions):
        return outside[0].label, ""
    return None


def _rows_out_of_range(parsed: Parsed) -> str | None:
    """ "top 0", "the 0th finisher", "top 99999999999 runners": said back, never run."""
    asked = [n for n in (parsed.limit, parsed.place, parsed.ranking.limit if parsed.ranking else None) if n is not None]
    if any(n < 1 for n in asked):
        return "a top N or a place starts at 1"
    if any(n > MAX_ROWS for n in asked):
        return f"ask for at most {MAX_ROWS:,} rows or places"
    return None


def _masters_said(text: str, group_by: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where "masters vs under 40" says its ages: never a time limit ("under 40" minutes)."""
    return [m.span() for m in rx.finditer(r"\bunder[- ]40s?\b|\b40 ?\+|\bopen\b|\bnon[- ]?masters\b", text)] \
        if "masters" in group_by else []


def _distinct_of(text: str, person: Person | None = None) -> str | None:
    """ "how many different cities did our runners come from", "how many age groups had finishers": the
    dimension whose values are counted (never its results); "how many of our events has Andrew Miles finished":
    the editions (one event of one year) of the runner's results."""
    if not person and rx.search(_MOST_YEARS, text):
        return "year"      # ("which runners have run with us in the most different years": each runner's years)
    if not person and rx.search(_MOST_EVENTS, text):
        return "event"     # ("which runner has run the most different events": each runner's events, by name)
    if person:   # a runner's history: "how many different events / editions of X / years has she run"
        if rx.search(_EACH_EDITION_ONCE + r"|\(\s*(?:event )?editions?\b", text):   # "(count each event/year once)",
            return "edition"                                                        # "(event editions)": editions
        # ("how many different distances has he finished": the race names, a 5K at two events once)
        # ("at how many separate event editions": an event in one year, each once)
        for pattern, dimension in ((r"(?:(?:different|distinct|unique|separate) )?event editions", "edition"),
                                   (r"(?:different|distinct|unique|separate) events", "event"),
                                   (r"(?:different|distinct|unique|separate) (?:distances|races|race distances)", "race"),
                                   (r"(?:of (?:our|the|your) )?(?:events|editions)", "edition"),
                                   (r"(?:different |distinct |separate )?years", "year")):
            if rx.search(rf"\bhow many {pattern}\b", text):
                return dimension
    if rx.search(r"\bhow many times (?:(?:have|has|did) (?:we|you|y'all|they|the company)(?: ever)? (?:put on|held|hold|"
                 r"hosted|host|staged|stage|timed|time|organi[sz]ed|organi[sz]e|run|ran)\b|[^?]*\bbeen (?:held|put on|hosted|"
                 r"staged|timed|run)\b|[^?]*\b(?:was|were) (?:it |they )?(?:held|put on|hosted|staged|timed)\b)", text):
        return "edition"   # "how many times have we put on the San Jose 5K": its editions (it counted its runners)
    if rx.search(r"\b(?:in )?how many (?:different |distinct |separate )?(?:calendar )?years (?:have|has|did|was|were) "
                 r"(?:we|you|they|it)\b|\bin how many (?:different |distinct |separate )?(?:calendar )?years\b", text):
        return "year"      # "in how many different years have we timed X": the years it was held (it counted runners)
    # ("how many different Texas home towns": a state before "home", read as the runners')
    m = rx.search(r"\b(?:how many|(?:the )?number of) (?:different |distinct |unique |separate )?(?:[a-z]+(?: [a-z]+)? (?=home))?"
                  r"(?:home )?(?:u\.?s\.? |us |american )?"
                  r"(states|cities|home ?towns|towns|"
                  r"age ?groups|divisions)\b", text)   # ("how many different home states do they come from")
    return {"states": "state", "cities": "city", "age groups": "age_group", "agegroups": "age_group",
            "divisions": "age_group"}.get(m.group(1), "city") if m else None


# "finishers and average chip time each year", "median time and number of finishers": both columns
_WITH_COUNT = (r"\b(?:(?:finishers|runners|entrants|starters|participants)(?: (?:count|total|number)s?)?|(?:finisher|runner|"
               r"entrant|starter|head) ?counts?|(?:number|count|#) of (?:finishers|runners))"
               r"(?: (?:per|each|by|a) (?:edition|year|race))?\s*(?:and|&|\+|,|plus)"
               r"\s*(?:the |an? )?(?:average|avg|mean|median|typical|fastest|slowest|quickest)\b|\b(?:average|avg|mean|median)\b[\w ]{0,30}?\s(?:and|&|\+)\s+"
               r"(?:the )?(?:(?:number|count|#) of )?(?:finishers|runners|starters)\b|"
               # a runner's (or a group's) finishes and their average: "how many 5Ks has she finished and what's her
               # average 5K time", "number of 5Ks finished and average 5K time"
               # ("How many women finished X in 2024? What was their average time?": two sentences, one group)
               r"\b(?:how many|(?:number|count|#) of)\b[^?]*?(?:\b(?:and|&)|\?(?:\s+and\b)?)\s+(?:what(?:'s| is| was| were)? )?"
               r"(?:his|her|their|my|the)?\s*(?:average|avg|mean|median)\b|"
               # "what was the average age of finishers at X and how many were there": the count asked after
               r"\b(?:average|avg|mean|median)\b[^?]*?\b(?:and|&|,) how many (?:were there|of them|finished|ran|people|"
               r"runners|finishers)\b")


# "(count each event/year once)", "each edition once": one event of one year counted once
_EACH_EDITION_ONCE = r"\(?\s*count(?:ing)? each (?:event[/ -](?:and )?year|event-year|edition|event in a year)s? once\s*\)?"
# "counting each distance at an event as its own race": races are counted, how the question defines them
_EACH_RACE_ITS_OWN = r"\(?\s*count(?:ing)? (?:each|every) (?:distance|race)(?: (?:at|of|in) (?:an?|each|every|the) " \
                     r"(?:event|edition))? (?:as (?:its own|a separate|an? individual|one) race|separately|individually|on its own)\s*\)?"


# "count each runner once", "each person once": people, not results
_ONCE_EACH = re.compile(r"\bone (?:(?:entry|line|row|result|time|spot|place) (?:per|for each|a|each)|per) (?:runner|person|woman|man|"
                        r"athlete)\b(?:,? using (?:his|her|their) best(?: (?:chip )?time)?)?|\bbest (?:chip )?time (?:per|for each|of each) "
                        r"(?:runner|person|woman|man|athlete)\b|"
                        r"\b(?:count(?:ing)? |counted )?(?:each|every) (?:runner|person|participant|finisher|woman|man|athlete|guy|gal|lady|girl|"
                        r"boy|one)"
                        r"(?: (?:only )?(?:counted|listed|shown|appearing))? (?:only )?once\b|"
                        r"(?:(?<=[(,] )|(?<=[(,]))(?:each )?counted (?:only )?once\b")   # "(any status, counted once)"


# "entries including no-shows", "counting DNFs too": every result, whatever its status
EVERY_RACE = r"\b(?:all|every|each|any|both|either)(?: (?:the )?(?:two|three|four|five|[2-5]))? (?:the )?(?:races|distances?|race)\b|" \
             r"\b(?:whole|entire) event\b"
# every status said, then some left out ("any status except no-shows"): not every status
_BUT_NOT = r"(?!,? (?:except|but|other than|excluding|minus|without|save)\b)"
# ("DNFs plus DQs": two statuses added, never every status)
_EVERY_STATUS = re.compile(r"(?<!\bdnfs )(?<!\bdnf )(?<!\bdqs )(?<!\bdq )(?<!\bdns )"
                           # (never "not counting no-shows", "any status except no-shows": the starters)
                           r"(?<!\bnot )\b(?:including|incl\.?|counting|plus)(?: the)? (?:(?:dns|dnfs?|no[- ]shows?|dqs?),? (?:and |& )?(?:the )?)?"
                           r"(?:dns|dnfs?|no[- ]shows?|non[- ]?finishers|"
                           r"dqs?|everyone|all statuses|every status|any status)(?: too| as well)?\b" + _BUT_NOT + "|"
                           r"\b(?:dns|dnfs?|no[- ]shows?|non[- ]?finishers|dqs?)(?: (?:are|were))? (?:included|counted|too|as well)\b|"
                           r"\b(?:every|each|all) (?:status|statuses|result status(?:es)?) (?:counted|included|counts)\b|"
                           # ("whether or not they finished", "whether they showed up or not")
                           r"\b(?:regardless of )?whether(?: or not)? (?:they|he|she|i|we) (?:showed up|started|finished|ran)(?: or not)?\b|"
                           r"\bregardless of (?:whether (?:they|he|she) (?:showed up|started|finished)|(?:their |the )?(?:result |"
                           r"finishing )?status)\b|\bwhatever (?:their|the) (?:result |finishing )?status\b|"
                           r"(?<!of )\bany (?:result |finishing )?status(?:es)?(?: counts?)?\b" + _BUT_NOT + r"|\bany result\b|"
                           # ("took part in X (all races, finished or not)")
                           r"\b(?:finished|finishers?|finish) or not\b")


def _said_again_short(question: str, mentions: list[Mention], cities: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where a named event is said again by the first two or more words of its name ("the 2025 Ithaca Shamrock 5K
    … (never entered an earlier Ithaca Shamrock)"): the same event, read with it — never a city alone ("finishers
    from San Jose at the San Jose Mother's Day 5K")."""
    named = [(m.start, m.end) for m in mentions]
    places = {city.lower() for city in cities}
    again = []
    for mention in mentions:
        words = mention.value.split()
        for size in (size for size in range(len(words) - 1, 1, -1) if " ".join(words[:size]).lower() not in places):
            for m in rx.finditer(rf"(?<![\w'])({re.escape(' '.join(words[:size]))})(?![\w'])", question, re.IGNORECASE):
                if not any(start < m.end() and m.start() < end for start, end in named + again):
                    again.append(m.span())
        # "… (no result at any earlier Jingle Bell)": two or more words inside its name, not only generic ones, said of its
        # other editions
        for size in range(len(words) - 1, 1, -1):
            for first in range(1, len(words) - size + 1):
                part = words[first:first + size]
                if all(word.lower() in _NOT_NAME_WORDS or distance_mention(word.lower()) for word in part) or any(
                        " ".join(part) in other.value for other in mentions if other.value != mention.value):
                    continue
                for m in rx.finditer(rf"\b(?:earlier|previous|prior|past|other|another|any|every)\s+"
                                     rf"({re.escape(' '.join(part))})(?![\w'])", question, re.IGNORECASE):
                    if not any(start < m.end(1) and m.start(1) < end for start, end in named + again):
                        again.append(m.span(1))
        # "… how many were doing the Shamrock for the first time": a word only its name has, said with "the"
        for word in words:
            if len(word) >= 5 and word.lower() not in places and word.lower() not in _NOT_NAME_WORDS and \
                    word.lower() not in SEASONS and word.lower() not in MONTHS and not \
                    distance_mention(word.lower()) and not any(word in other.value.split() for other in mentions
                                                              if other.value != mention.value):
                # ("were Shamrock first-timers — nobody with a result at an earlier BG Shamrock": before whom it names, or
                # after "earlier" and an initialism of the rest)
                said = re.escape(word)
                for m in rx.finditer(rf"\bthe ({said})(?![\w'])|\b({said})(?= first[- ]timers\b)|\b(?:earlier|previous|prior) "
                                     rf"(?:[a-z]{{2,3}} )?({said})(?![\w'])", question, re.IGNORECASE):
                    span = next(m.span(group) for group in (1, 2, 3) if m.group(group))
                    if not any(start < span[1] and span[0] < end for start, end in named + again):
                        again.append(span)
    return again


def _phrases_read(text: str) -> str:
    return _PHRASES.sub(lambda m: " " * len(m.group(0)), text)


def _used_numbers(parsed: Parsed) -> set[float]:
    """Every number the parse used, in each unit a question may write it in."""
    used: set[float] = set(parsed.years) | set(parsed.years_excluded) | {year for _, year in (parsed.cohort.legs if parsed.cohort else ())}
    # two years compared, said again short ("2024 vs 2025 - how much did it change from 24 to 25?")
    used |= {year % 100 for year in (*(parsed.years if len(parsed.years) > 1 else ()), *(parsed.change_years or ()))}
    if parsed.dates:
        used |= {float(n) for word in content_words(parsed.dates.words) for n in rx.findall(r"\d+", word)}
        used |= {parsed.dates.start.year, parsed.dates.end.year - 1}   # (never "1" of a one-year range: "more than one")
        if (parsed.dates.start.month, parsed.dates.start.day, parsed.dates.end.month, parsed.dates.end.day) == (1, 1, 1, 1) \
                and (span := parsed.dates.end.year - parsed.dates.start.year) > 1:
            used.add(span)   # "the last three years (2023 through 2025)": how many years the range holds
        if (parsed.dates.end - parsed.dates.start).days <= 31:   # a day or a month said in digits ("3/16/2024")
            used.add(parsed.dates.start.month)
    if parsed.limit:
        used.add(parsed.limit)
    if parsed.top_percent:   # ("the top 10% of the group")
        used.add(parsed.top_percent)
    if parsed.back_percent:   # ("the slowest 10% of finishers")
        used.add(parsed.back_percent)
    if parsed.last_editions:
        used.add(parsed.last_editions)
    if parsed.cohort and parsed.cohort.kind == "min_finishes":   # "at least twice (in two or more different years)"
        used.add(parsed.cohort.count)
    if rx.search(r"\bat least (?:one|1) (?:of (?:its|the|our|their) )?(?:races?|events?|results?|finish(?:es)?)\b",
                 parsed.question, re.IGNORECASE):   # ("finished at least one of its races": a finisher of it)
        used.add(1)
    if parsed.group_by:   # "for each of the two states": how many groups there are, said
        used |= {number(m.group(1)) for m in rx.finditer(r"\b(?:each|all|both|every one) of (?:our|the|these|those) (\d|two|"
                                                         r"three|four|five|six) (?:states|cities|events|races|years|age groups|"
                                                         r"distances)\b", parsed.question.lower())}
    if parsed.top_places:
        used.add(parsed.top_places)
    if "masters" in parsed.group_by:   # "masters vs under 40"
        used.add(40)
    if parsed.measure:   # "p25,p75", "median,p95"
        used.update(int(part[1:]) for part in parsed.measure.split(",") if rx.fullmatch(r"p\d+", part))
    for age in filter(None, (parsed.age, *(group.age for group in parsed.compared))):   # ("the 20-somethings (20-29) vs …")
        used |= {age.low, age.high, age.low - 1, age.high + 1}
    if parsed.born:   # "born in the 1980s", "born in the 80s", "born before 1970"
        used |= {parsed.born.first, parsed.born.last + 1, parsed.born.first % 100}
    for group in filter(None, (parsed.age_group, *parsed.more_age_groups)):
        used |= {float(n) for n in rx.findall(r"\d+", group)}
    if parsed.time_limit or parsed.time_bands:
        limits = (parsed.time_limit.seconds, parsed.time_limit.upper or 0,
                  # ("up to 2:29:59", its upper edge read as 2:30:00, open)
                  (parsed.time_limit.upper or 1) - parsed.time_limit.upper_open) if parsed.time_limit else parsed.time_bands
        for seconds in limits:
            used |= {seconds, seconds / 3600, seconds / 60, seconds // 3600, seconds % 3600 // 60, seconds // 60,
                     seconds % 60}
    if rx.search(r"\b(?:which|that|this|each|every|any|no|what|the) one\b|\bone (?:(?:row|line) )?(?:per|for (?:each|every))\b|"
                 rf"\bthe (?:(?:{'|'.join(MONTHS)}|spring|summer|fall|autumn|winter|20\d\d|last|latest|first|most recent|"
                 r"previous|earlier|later|next)[\s,]+){1,3}one\b", parsed.question, re.IGNORECASE):
        used.add(1)   # "which one was his fastest", "one per distance", "the December 2025 one": no count
    if parsed.distances or parsed.races_excluded or parsed.cohort and any(parsed.cohort.leg_races):
        # a distance's own number, said apart from its unit ("5 k", "1 mile", "13.1"), of the question's race or a leg's
        used |= {13.1, 21.1, 26.2, 42.2} | {n for n, word in ((1, "one"), (5, "five"), (10, "ten"), (50, "fifty")) if rx.search(
            rf"\b(?:{n}|{word})[\s-]+(?:k|km|kms|kilomet\w*|mi|miles?)\b", parsed.question, re.IGNORECASE)}
    return used


def _unresolved(question: str, events: tuple[str, ...], person: Person | None, vocabulary: Vocabulary) -> list[str]:
    """Names the question uses that the company's data does not have: said back, never guessed."""
    notes = []
    # ("the Napa 5K": a race of the event held in Napa, read as its city and distance); beside a known event, "the
    # Tampa Marathon Springfield Spring Marathon": a second event, not this company's (never a runner city)
    unknown = _unresolved_event(question)
    if unknown and not set(unknown.lower().split()) - _RACE_WORDS:
        unknown = None   # "the Hartford Marathon Half Marathon race", "(the Half Marathon race)": a race, not an event
    if unknown and any(not set(unknown.lower().split()) - set(event.lower().split()) for event in events):
        unknown = None   # ("the Pittsburgh Summer Solstice 10K … any earlier Solstice 10K": the event named, said short)
    if not events:
        unknown = unknown or _city_event(question, vocabulary)
    if unknown and unknown.rsplit(" ", 1)[0].lower() not in {city.lower() for city in vocabulary.event_cities}:
        notes.append(f"no event called like “{unknown}” in {vocabulary.company or 'your'} data")
    # ("Both Mother's Day 5Ks": a word of an event's name, not a runner's)
    event_words = {word.lower() for event in vocabulary.events for word in event.split()}
    if person is None and any(said.group(1).lower() not in event_words for said in rx.finditer(
            r"\b[A-Z][a-z'-]+ ([A-Z][a-z'-]+'s)\b", question)):
        notes.append("no runner by that name in your results")
    elif person is None and (stranger := _stranger_told_of(question, vocabulary)):
        notes.append(f"no runner called {stranger} in {vocabulary.company or 'your'} results")
    return notes


def _stranger_told_of(question: str, vocabulary: Vocabulary) -> str | None:
    """The name a story opens with when the question after it points back at her ("Tiffany Castro won her age group in
    2021. How many times has she run X?") — said back when no runner is found, never dropped with the story's year
    kept (it counted every entry of 2021 at 0.99). None when the name is a word of an event's, a place's or a month's."""
    if not (told := _SENTENCE_FIRST.match(question.strip())) or not rx.search(r"\b(?:she|he|her|his|him)\b",
                                                                              told.group("rest"), re.IGNORECASE):
        return None
    if not (named := rx.match(r"\s*(?:(?:[Mm]y|[Oo]ur) (?:[a-z]+ )?)?([A-Z][a-z'\u2019-]+) ([A-Z][A-Za-z'\u2019-]+)\s+(?=[a-z])",
                              told.group("clause"))):
        return None
    known = {word.lower() for name in vocabulary.events + vocabulary.cities for word in name.split()} | set(MONTHS) | {
        "last", "this", "next", "our", "my", "the", "in", "at", "on", "we", "i", "every", "each", "both"}
    return None if {named.group(1).lower(), named.group(2).lower()} & known else f"{named.group(1)} {named.group(2)}"


def _places(question: str, text: str, vocabulary: Vocabulary,
            mentions: list) -> tuple[dict[str, str | None], list[tuple[int, int]]]:
    """Where runners come from ("from Austin", "from Texas") and where events are held ("in Austin"), and
    where in the question they were named."""
    # a city that begins a named event's name says which event ("Run for the Schools: Evanston vs Naperville"),
    # never where runners live — unless said so ("from Evanston", "Evanston runners")
    names = [m.value.lower() for m in mentions]
    consumed = []
    # ("our two Mother's Day 5Ks (San Jose and Santa Cruz)": the events' cities in brackets say which events)
    # ("Amanda Fowler from San Jose - her Mother's Day 5K finishes (San Jose or Santa Cruz)": each city said, in turn)
    probe = text
    while said := match_city(probe, vocabulary.cities):
        probe = _blank(probe, [(said.start, said.end)])
        # ("how many 2024 San Jose finishers didn't sign up for the 2025 San Jose Mother's Day 5K": a year before the
        # city says the event's edition, not where its finishers live)
        # ("returning Nashua runners" of the Nashua Mother's Day 5K: runners back at that event)
        edition = rx.search(r"\b(?:20\d\d|(?:last|this) year'?s?|returning|repeat|first[- ]time|first[- ]timer)\s+$", text[:said.start])
        # ("top home towns for the nashua 5k, excluding nashua itself": where runners live, left out)
        if any(n.startswith(said.value.lower() + " ") for n in names) and (
                edition or not (_lives_in(text, said, after_a_name=False) or negated_place(text, said.start) and rx.search(
                    r"\bhome ?towns?\b|\bhome cit(?:y|ies)\b|\bwhere (?:they|runners|people|finishers) live\b|"
                    # ("besides Pittsburgh itself, which 3 towns sent the most finishers": towns runners come from)
                    r"\b(?:towns|cities)\b[^?]{0,20}?\bsent\b", text))):
            consumed.append((said.start, said.end))
            text = _blank(text, [consumed[-1]])
    if len(homes := _home_cities(text, vocabulary)) > 1:   # "finishers who live in Dallas or Fort Worth": any of them
        return ({"runner_city": homes[0].value, "more_cities": tuple(m.value for m in homes[1:]), "event_city": None,
                 "runner_state": None, "more_states": (), "event_state": None, "negated": False},
                [(homes[0].start - len(either.group(0)) if (either := rx.search(r"\beither\s+$", text[:homes[0].start]))
                  else homes[0].start, homes[-1].end), *consumed])
    (runner_city, event_city), city = _cities(text, vocabulary, tuple(m.value for m in mentions))
    if city and (runner_city is None) != (event_city is None) and (
            other := _second_city(text, city, vocabulary, runner_city is not None)):
        # "runners from Lowell, MA … the half at Manchester": where they live and where the event was, both said
        runner_city, event_city = (runner_city, other.value) if runner_city else (other.value, event_city)
        consumed.append((other.start, other.end))
        if runner_city == other.value and (code := rx.match(r",\s*([a-z]{2})\b", text[other.end:])) and \
                code.group(1).upper() in US_STATES.values():   # ("from Lowell, MA": that city of that state)
            return ({"runner_city": runner_city, "event_city": event_city, "runner_state": code.group(1).upper(),
                     "more_states": (), "event_state": None, "negated": False},
                    [(city.start, city.end), (other.start, other.end + code.end())] + consumed)
    state = match_state(_blank(question, [(m.start, m.end) for m in mentions]))
    named = match_demonym(_blank(question, [(m.start, m.end) for m in mentions]))
    # ("Hoosiers (Indiana)": the state said twice, as its people and by name)
    demonym = None if state and not (named and named.value == state.value) else named
    if state and demonym:
        consumed.append((demonym.start, demonym.end))
    state = state or demonym
    if state and city and state.start < city.end and city.start < state.end:
        state = None            # "New York" a city of the company's data names: the city
    # "from Albany, NY", "from Springfield MA" (the code in capitals: "in" after a city is a word): the city of that state
    # ("(portsmouth nh)": typed lower-case too, unless the code is also an English word: "Austin or Dallas")
    if city and not state and (code := rx.match(r",\s*([a-z]{2})\b", text[city.end:]) or rx.match(
            r"\s+([A-Za-z]{2})\b(?!')", question[city.end:])) and (
            # (", in each year": a word, never Indiana — a code that is also a word only in capitals, after a comma too)
            state_code(question[city.end + code.start(1):city.end + code.end(1)]) if code.group(0).startswith(",") else
            state_code(code.group(1)) or
            # ("deborah page from wilmington de — …": a code that is also a word, closing the place said)
            # ("how many runners from portland me finished …": the code, then what the runners did)
            code.group(1).upper() in US_STATES.values() and rx.match(
                r"\s*(?:[,.;:!?)\u2014\u2013-]|$)|\s+(?:finished|ran|raced|runners|finishers|residents)\b",
                question[city.end + code.end():])):
        state = Mention(code.group(1).upper(), city.end + code.start(1), city.end + code.end(1))
    if city and state and state.start > city.end and rx.fullmatch(r"(?:\s+residents?)?\s*[,(]?\s*", question[city.end:state.start]):
        # "from Albany, NY", "runners from Wilmington, Delaware", "Portland residents (Oregon)": the city of that
        # state (never where events are)
        if runner_city:
            return ({"runner_city": runner_city, "event_city": None, "runner_state": state.value, "more_states": (),
                     "event_state": None,
                     "negated": False}, [(city.start, city.end), (state.start, state.end)])
    lowered = question.lower()
    negation = negated_place(lowered, state.start) if state else None
    from_state = state is not None and bool(demonym or
        negation or rx.search(rf"\b{_LIVES_IN}\s+(?:either\s+)?(?:the state of\s+)?$",
                              lowered[:state.start]) or
        # ("sheri bennett, charleston sc": the state of the town she lives in)
        city and city.end <= state.start and rx.fullmatch(r",?\s*", lowered[city.end:state.start]) and
        not rx.search(r"\b(?:in|at)\s+$", lowered[:city.start]) or
        # "Hoosiers (Indiana)", "Bay Staters (Massachusetts)": the state they are named for
        rx.search(rf"\b(?:{_DEMONYMS}|residents?|locals?|runners?|people)\s*\(\s*$", lowered[:state.start]) or
        rx.match(r"\s+(?:runners?|finishers?|residents?|people|participants?|athletes?|racers?|women|men|males?|females?|"
                 r"ladies|guys|girls|boys|kids|teens|masters)\b|\s+as (?:their |a |the )?home(?: state)?\b|"
                 r"\s+(?:home )?(?:address|residence)(?:es)?\b|"   # "had a Connecticut home address"
                 r"\s+home ?(?:cities|city|towns?)\b",   # "the Kentucky home cities of our runners"
                 lowered[state.end:]) or
        rx.search(r"\bhome ?(?:cities|city|towns?) (?:in|from|of)\s+$", lowered[:state.start]) or   # "home cities in Texas"
        # "which New Hampshire city sends us the most runners": the runners' home cities of that state
        rx.search(r"\b(?:which|what|top \d+|top (?:three|five|ten))\s+$", lowered[:state.start]) and rx.match(
            r"\s+(?:home ?)?(?:cities|city|towns?)\b", lowered[state.end:]))
    more, more_spans = _more_states(question, state) if state and from_state else ((), [])
    spans = [(m.start, m.end) for m in (city, state) if m is not None] + ([negation] if negation else []) + consumed \
        + more_spans
    if city and event_city == city.value:
        # "finished the Tampa full in 2025 … how many have finished the Tampa full three times": the same race said again
        spans += [m.span() for m in rx.finditer(rf"\b{re.escape(city.value.lower())}(?=\s+{RACE_SAID}\b)", text.lower())
                  if m.start() != city.start]
    # "Kentucky residents at our Ohio race", "… who ran in Ohio": a second state, where the events were held
    held = match_state(_blank(question, [(m.start, m.end) for m in mentions] + spans)) if state and from_state and \
        not event_city else None
    if held and held.value == state.value:   # ("Which Florida hometown …? rank the Florida cities …": the same, said again)
        spans.append((held.start, held.end))
        held = None
    if held and not (rx.search(r"\b(?:our|the|an?|(?:held|run|races?|events?) in|in) $", lowered[:held.start]) and (
            rx.match(r"\s+(?:races?|events?|marathons?|half(?: marathon)?s?|5ks?|10ks?)\b", lowered[held.end:]) or
            rx.search(r"\b(?:held|run|races?|events?) in $", lowered[:held.start]))):
        held = None
    return ({"runner_city": runner_city, "event_city": event_city,
             "runner_state": state.value if state and from_state else None, "more_states": more,
             "event_state": held.value if held else state.value if state and not from_state else None,
             "negated": bool(negation)}, spans + ([(held.start, held.end)] if held else []))


def _home_cities(text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Several home cities said as one list joined by "or" ("live in either Tampa or St. Petersburg", "from
    Louisville, Lexington or Bowling Green"): any of them; [] when there is no such list, or it is not said as where
    runners live. (Never "and" alone: "Albany and Buffalo runners" may be a comparison.)"""
    found, probe = [], text
    while said := match_city(probe, vocabulary.cities):
        found.append(said)
        probe = _blank(probe, [(said.start, said.end)])
    found.sort(key=lambda m: m.start)
    for i, first in enumerate(found):
        run = [first]
        for said in found[i + 1:]:
            if not rx.fullmatch(r"\s*(?:,\s*)?(?:(?:or|nor|and)\s+)?(?:from\s+|in\s+)?", text[run[-1].end:said.start]) or \
                    said.start == run[-1].end:
                break
            run.append(said)
        joined = text[first.end:run[-1].start]
        if len(run) > 1 and rx.search(r"\b(?:or|nor)\b", joined) and (_lives_in(text, first) or rx.search(
                rf"\b{_LIVES_IN}\s+(?:either\s+)?$", text[:first.start])):
            return run
    return []


def _more_states(question: str, first: Mention) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """States said right after the first, joined by "or"/"nor"/"and"/a comma: "from FL or GA", "neither Ohio
    nor Kentucky" (one filter: any of them)."""
    more, spans, at = [], [], first.end
    # ("Oregon runners or Washington runners": the runners said after each)
    # ("came down from Maine or over from Vermont": each said with its own way of coming)
    while (joiner := rx.match(r"(?:\s+(?:runners|finishers|residents|people))?,?\s*(?:or|nor|and)\s+(?:(?:over|down|up|across|in)\s+)?"
                              r"(?:from\s+)?|,\s*",
                              question[at:], re.IGNORECASE)) and \
            (state := state_at(question, at + joiner.end())):
        more.append(state.value)
        spans.append((at, state.end))
        at = state.end
    return tuple(more), spans


def _shape(text: str, person: Person | None, events: tuple[str, ...], distances: tuple[Distance, ...],
           years: tuple[int, ...]) -> dict:
    """Intent (and whether its words were explicit), subject, grouping and measure."""
    intent, intent_sure = _intent(text, person)
    if intent is None and rx.search(r"\b(?:anyone|anybody|someone|somebody|any runners?)\b", text) and \
            find_status(text) in ("DNF", "DNS", "DQ", "DNF_OR_DQ", "UNFINISHED"):
        intent = "list"   # "anyone disqualified at X in 2025?": the runners of that status
    group_by = _group_by(text)
    with_any = False
    # ("median time for girls and boys under 20": each sex's; "how many boys and girls …" counts them together)
    if rx.search(r"\b(?:men and women|women and men|male and female)\b(?! (?:together|combined|alike))|"
                 r"\b(?:median|average|avg|mean)\b[^?]{0,40}\b(?:for|of) (?:the )?(?:boys and girls|girls and boys)\b|"
                 # "was the men's or the women's median faster": the two sexes side by side
                 r"\b(?:men|male)'?s? or (?:the )?(?:women|female)'?s?\b|\b(?:women|female)'?s? or (?:the )?(?:men|male)'?s?\b|"
                 # "for men and for women", "male finishers and female finishers": each, side by side
                 r"\b(?:men|males?)(?: finishers| runners)? and for (?:women|females?)\b|\b(?:women|females?)(?: finishers| runners)? "
                 r"and for (?:men|males?)\b|"
                 # ("one for the men and one for the women")
                 r"\bone for (?:the )?(?:men|women|males?|females?) and one for (?:the )?(?:men|women|males?|females?)\b|"
                 r"\bone each for (?:the )?(?:men and women|women and men)\b|\bmale (?:finishers|runners) and female\b|\bfemale (?:finishers|runners) and male\b|"
                 r"\bby (?:sex|gender)\b|\b(?:sex|gender) split\b|\b(?:men|males?)/(?:women|females?)\b|"
                 r"\b(?:women|females?)/(?:men|males?)\b|"   # ("men/women split of finishers each year")
                 # ("the male finishers vs the female finishers", "guys vs gals")
                 r"\b(?:men|males?|guys)(?: finishers| runners| entrants)? (?:vs\.?|versus|than|or) (?:the )?(?:(?:grand ?)?masters? |"
                 r"\d\d\+ )?(?:women|females?|gals|ladies)\b|"
                 # ("fastest chip time for a woman and for a man")
                 r"\bfor (?:a|the) (?:woman|female|man|male) and (?:for )?(?:a|the) (?:man|male|woman|female)\b|"
                 # ("how did women do vs men", "women fared against men"): a few words between, the two sexes side by side
                 r"\b(?:women|females|ladies)\b(?: \w+){1,2} (?:vs\.?|versus|against|compared (?:to|with)) (?:the )?(?:men|males|guys)\b|"
                 r"\b(?:men|males|guys)\b(?: \w+){1,2} (?:vs\.?|versus|against|compared (?:to|with)) (?:the )?(?:women|females|ladies)\b|"
                 r"\b(?:women|females?|gals|ladies)(?: finishers| runners| entrants)? (?:vs\.?|versus|than|or) (?:the )?(?:(?:grand ?)?"
                 r"masters? |\d\d\+ )?(?:men|males?|guys)\b|"
                 # "how did women do compared to men": the two sexes side by side
                 r"\b(?:men|women)\b[\w ]{0,20}?\b(?:compared (?:to|with)|against) (?:the )?(?:men|women)\b", text):
        group_by = tuple(dict.fromkeys(group_by + ("sex",)))
    # "finishers at each Indy Jingle Bell Run": the event's name is blanked out after "each": one row per edition
    # (never "each Tacoma half marathon finisher": a runner of it)
    if events and rx.search(r"\b(?:each|every)(?: edition of)?(?: the| our)?(?>\s{3,})(?!(?:[a-z'-]+\s+){0,2}(?:finisher|runner|"
                            r"participant|entrant|person)\b)", rx.sub(_POOLED, " ", text)):
        group_by = tuple(dict.fromkeys(group_by + ("year",)))
    # every edition of several events named at once ("each of our Turkey Trots, by year"): one row per event
    if len(events) > 1 and rx.search(r"\beach of (?:our|the|these)\b", text):
        group_by = tuple(dict.fromkeys(("event", *group_by)))
    if held := rx.search(_PLACES_HELD, text) or not person and not rx.search(r"\bwho\b", text) and rx.search(
            _HOMES_ASKED, text):
        # "which states have we put on races in": each with its events; "what states did the finishers come from",
        # "where do our runners travel from": each home state with its runners
        intent, intent_sure = "count", True
        place = held.group(1) or "states"   # ("where do our runners come from": their states)
        group_by = tuple(dict.fromkeys(group_by + ("state" if place.startswith("state") else "city",)))
    if ranked := rx.search(r"\b(?:which|what) (states?|cit(?:y|ies)|age groups?)\b.*\bmost\b|"
                           r"\bmost (?:common|popular|frequent) (?:home )?(states?|cit(?:y|ies)|towns?|age groups?)\b", text):
        intent, intent_sure = "top", True
        place = (ranked.group(1) or ranked.group(2)).lower()
        group_by = tuple(dict.fromkeys(group_by + (
            "state" if place.startswith("state") else "city" if place.startswith(("cit", "town")) else "age_group",)))
    if len(events) > 1 and rx.search(r"\bwhich (?:one )?(?:had|has|drew|got|saw) (?:more|fewer|the most|the fewest)\b|"
                                     r"\bwhich (?:one )?(?:was|were|is) (?:faster|slower|quicker|bigger|larger|smaller)\b",
                                     text):   # "San Jose or Santa Cruz — which had more finishers": side by side
        intent, intent_sure, group_by = "compare", True, ("event",)
    if intent in ("list", "find", None) and rx.search(_WITH_COUNTS, text):
        intent, intent_sure = "count", True
    if intent == "analyze" and group_by and rx.search(r"\b(?:breakdown|split|distribution|mix) of (?:the |our |all )?"
                                                     r"(?:finishers|runners|entrants|participants|people|field)\b", text):
        intent = "count"   # "the age-group breakdown of the finishers": how many in each group
    if intent == "list" and group_by and not person and (said := rx.search(
            r"\b(?:runners|finishers|starters|entrants|entries|participants|dnfs|dqs|no-shows)\s+(?:broken down\s+|split\s+)?"
            r"(by|per)\b", text)) and (not intent_sure or said.group(1) == "per" or set(CLOCK_DIMENSIONS) & set(group_by)):
        # "finishers by sex", "entrants by state": how many of each (a list was not asked); "show finishers per clock
        # minute" too (a roster cannot be per minute)
        intent = "count"
    if intent in ("list", "find", "count") and "year" in group_by and rx.search(_WHICH_YEARS_COUNTED, text) and not rx.search(
            r"\b(?:held|put on|happen(?:ed)?|take place|took place|run|offer(?:ed)?|include[ds]?|have an?|had an?)\b", text):
        intent = "count"   # "in which years did anyone get DQ'd": the years with any, each with how many
        with_any = True
    if group_by and rx.search(_ONLY_WITH_ANY, text):
        # "break the DNFs down by age group (only groups that had any)", "DNFs by state, only the states with any"
        with_any, intent = True, "count" if intent in ("list", "find", None) else intent
    if intent == "compare":
        group_by = _compare_dimension(group_by, years, distances, events, text)
    # ("what percentage of all entries over the years were no-shows": all of them pooled, no row per year)
    if intent == "trend" and not group_by and not rx.search(r"\ball\b[^?]{0,40}\bover the years\b", text) and \
            not _averaged_over_the_years(text):
        group_by = ("month",) if rx.search(r"\bmonth", text) else ("year",)
    # "the 90th percentile", "25th and 75th percentile chip times": one measure each
    # ("25th, 50th and 75th percentiles", "25th/50th/75th percentiles")
    percentile = rx.search(r"\b(\d{1,2})(?:st|nd|rd|th)?((?:(?:,| and|,? &|,| to|/) ?(?:the )?\d{1,2}(?:st|nd|rd|th)?)*)[- ]percentiles?\b",
                           text)
    # ("what age is the median woman": the median age of the women)
    age_said = rx.search(r"\b(average|mean|avg|median) (?:finisher'?s? |runner'?s? |participant'?s? )?age\b", text) or rx.search(
        r"\b(?:what|which|how old)(?: age)? (?:is|was|are|were) the (average|mean|avg|median|typical) (?:woman|man|women|men|"
        r"runner|finisher|participant|entrant|female|male)\b(?!'s\b|s'\b|\u2019s\b)", text)   # ("… median finisher's time")
    # ("which was the fastest and which was the slowest")
    both_ends = rx.search(r"\b(?:slowest|fastest|quickest)\b (?:and|&|\+) (?:(?:which|what|who) (?:was|is|were) )?"
                          r"(?:the |my |her |his |their )?(?:slowest|fastest|quickest)\b|"   # ("my fastest and my slowest")
                          r"\bbest (?:and|&|\+) (?:the )?worst\b|\bworst (?:and|&|\+) (?:the )?best\b|"
                          # "slowest chip minus fastest chip", "how long between the first and last finisher": the spread
                          r"\b(?:slowest|last)\b[^?]{0,25}?\bminus\b[^?]{0,15}?\b(?:fastest|first|quickest)\b|"
                          r"\bbetween (?:the )?(?:first|fastest) and (?:the )?(?:last|slowest)\b|"
                          # ("how long was the finish from first to last finisher, in chip time": never the line's clock)
                          r"\bfrom (?:the )?(?:first|fastest)(?: finisher| runner| one)? (?:to|until|till) (?:the )?(?:last|slowest)\b"
                          r"(?=[^?]*\bchip\b)|"
                          # ("time from first to last finisher", "how long from the first finisher to the last")
                          r"\b(?:time|how long|how much time) (?:was it )?from (?:the )?(?:first|fastest)(?: finisher| runner| one)? "
                          r"(?:to|until|till) (?:the )?(?:last|slowest)\b|"
                          # ("first to last finisher spread": the chip times' own, said short)
                          r"\b(?:first|fastest)[- ](?:to|till|until)[- ](?:the )?(?:last|slowest)(?: finisher| runner)?s?'?s? "
                          r"(?:spread|gap|range|difference)\b|"
                          r"\bhow much (?:do|does|did) [^?]{0,60}?\btimes? vary\b", text)   # (her times' spread)
    said = [int(n) for n in rx.findall(r"\d+", percentile.group(1) + percentile.group(2))] if percentile else []
    if len(said) == 1:   # ("between the 10th-percentile and the 90th-percentile chip time": each said whole)
        said = list(dict.fromkeys([*said, *(int(n) for n in rx.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?[- ]percentile\b", text))]))
    # "the 90th percentile finish time minus the 10th": the second percentile said short after "minus"
    # ("the 75th minus 25th percentile chip time": the first said short before "minus")
    if (minus := rx.search(r"\b(\d{1,2})(?:st|nd|rd|th)?[- ]percentile\b[^?]{0,40}?\bminus (?:the )?(\d{1,2})(?:st|nd|rd|th)\b",
                           text) or rx.search(r"\b(\d{1,2})(?:st|nd|rd|th) minus (?:the )?(\d{1,2})(?:st|nd|rd|th)?[- ]percentile\b",
                                              text)) and len(said) == 1:
        said = [int(minus.group(2)), int(minus.group(1))]
    # ("the middle half of finish times", "the range of the middle 50%": the 25th and 75th percentiles and the range)
    middle = not said and rx.search(_MIDDLE_HALF, text)
    if middle:
        said = [25, 75]
    if minus and set(said) == {25, 75} and rx.search(rf"\b(?:{_SPREAD})\b", text):
        said = []   # ("the interquartile range (75th minus 25th percentile chip time)": the range defined, not asked apart)
    # "the gap between the 10th and 90th percentile finish times", "how wide …": the two and the spread between them
    spread_of = len(set(said)) == 2 and bool(minus or middle or rx.search(
        r"\b(?:gap|difference|spread|range|distance|minus|how wide|width|apart)\b|"
        r"\bhow (?:many (?:seconds|minutes)|much time|long) (?:is |was |are |were )?(?:there )?between\b", text))
    # (a standard deviation said beside the gap between two percentiles is asked too: "the standard deviation, and the gap
    # between p90 and p10")
    spread = rx.search(rf"\b(?:{_SPREAD})\b", text)
    # ("the interquartile range … give the 25th and 75th percentiles and the gap between them": all three)
    iqr_parts = (spread and _spread_name(spread.group(0)) == "iqr" or rx.search(_APART, text)) and {25, 75} <= set(said)
    # "the 75th percentile age of marathon finishers": a percentile of the age, not of the finish time
    # ("age quartiles of the finishers (25th, 50th, 75th percentile of age)": each a percentile of the age)
    ages_listed = len(said) > 1 and rx.search(r"\bpercentiles? of (?:the )?(?:finisher'?s?'? |runner'?s?'? )?ages?\b|"
                                              r"\bage (?:quartiles|percentiles)\b", text)
    of_age = len(said) == 1 and rx.search(r"\bpercentile(?: of(?: the)?)? (?:finisher'?s?'? |runner'?s?'? )?ages?\b|"
                                          r"\bages?\b[^?]{0,20}?\bpercentile\b", text)
    total = _TOTAL_DISTANCE.search(text)
    # (the unit said with the total, else anywhere: "the total distance covered …, in km")
    unit = total and (total.group(1) or ("km" if rx.search(r"\b(?:km|kms|kilomet(?:er|re)s)\b", text) else "miles"))
    line = rx.search(r"\b(?:the )?(latest|earliest) finish-line clock time\b|\b(?:the )?finish-line clock spread\b", text)
    # ("the earliest and the latest finish-line clock time": both ends of the line's morning, a column each)
    both_crossings = line and line.group(1) and (len(set(rx.findall(r"\b(latest|earliest) finish-line clock time\b", text))) == 2 or
                                                 rx.search(r"\b(?:earliest and (?:the )?latest|latest and (?:the )?earliest) "
                                                           r"finish-line clock time\b", text))
    measure = BOTH_CROSSINGS if both_crossings else \
        ("last_crossing" if line.group(1) == "latest" else "first_crossing" if line.group(1) else "finish_span") \
        if line else ("total_km" if unit.startswith("k") else "total_miles") if total else \
        f"p{said[0]}_age" if of_age and 0 < said[0] < 100 else \
        ",".join(f"p{n}_age" for n in dict.fromkeys(said)) if ages_listed and all(0 < n < 100 for n in said) else \
        "p25,p75,iqr" if iqr_parts or spread_of and set(said) == {25, 75} else \
        ("stddev," if spread and _spread_name(spread.group(0)) == "stddev" else "") + f"p{min(said)},p{max(said)},spread" \
        if spread_of and all(0 < n < 100 for n in said) else \
        _measure_list(text) or _spread_name(spread.group(0)) if spread else _measure_list(text) or (
        ",".join(f"p{n}" for n in dict.fromkeys(said)) if said and all(0 < n < 100 for n in said) else
        "fastest_and_slowest" if both_ends else
        ("median_age" if age_said.group(1) == "median" else "average_age") if age_said else next(
        # ("the 5 slowest" is a top list; "2024 minus 2023 average time" is the average: a year is no count)
        # (an age before it is no top list: "masters vs under-40 average finish time")
        # ("the five slowest finishers": those runners too)
        # ("under 40 median times": an age before a measure of the middle is no count)
        (MEASURES[w] for w in rx.findall(r"(?:(?<![\s(]\d )(?<![\s(]\d\d )(?<![\s(]\d\d\d )(?<!^\d )(?<!^\d\d )(?<!bottom )"
                                         r"(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bfive )(?<!\bten )\b(?=slowest\b)|"
                                         r"\b(?=average|avg|mean|median|typical))(average|avg|mean|median|typical|slowest)\b"
                                         # ("the median finisher's time": the median time)
                                         r"(?! (?:\d+(?! ?(?:k|km|mi|miles?)\b)|three|five|ten|"
                                         r"finishers?(?!'s (?:chip |gun |finish(?:ing)? )?(?:time|pace)\b)|runners?|persons?|people|"
                                         r"first|to fastest)\b)",
                                         rx.sub(r"\b(?:19|20)\d\d\b", "year", text))), None))
    if measure is None and group_by and not rx.search(r"\b(?:top|fastest|quickest|best|first) (?:\d+|two|three|five|ten)\b",
                                                      text) and rx.search(
            r"\b(?:fastest|quickest|best)\s+(?:(?:chip|gun|finish(?:ing)?|winning|[\w.]+ race|5k|10k|half(?: marathon)?|"
            r"marathon|mile)\s+)?times?\b|"
            # "fastest marathon in each age group": the fastest time of each, never the groups counted
            r"\b(?:fastest|quickest)\s+(?:5k|10k|half(?: marathon)?|marathon|mile|1 mile)\b(?!\s+(?:finishers|runners|women|men))",
            text):
        measure = "fastest"   # "fastest marathon time per year": the fastest of each group, not a top list
    if measure is None and intent == "compare" and rx.search(r"\b(?:which|who)\b[^?]{0,40}?\b(?:older|younger)\b", text):
        measure = "average_age"   # "which had the older field, A or B": each one's average age
    if measure and intent in ("count", "list", "find", "top", "trend", None):
        intent = "analyze"  # "average time by year": the average, per year (a trend's own measure is a count)
    subject = _subject(text, events, person)
    if subject == "events" and intent is None and rx.search(_HELD_ASKED, text):
        intent = "count"   # "was the Nashua Mother's Day 5K held in 2020?": its editions then, counted (0: no)
    # "average age per event": of each event's runners; "the average 10K time across all our events": of their results
    if measure and subject == "events" and ("event" in group_by or measure != "average_age" and rx.search(
            r"\b(?:times?|pace|chip|gun|finish(?:ing)?)\b", text)):
        subject = "results"
    return {"intent": intent, "intent_sure": intent_sure, "subject": subject, "group_by": group_by, "measure": measure,
            "groups_with_any": with_any}



# a share said as a fraction: "the fastest tenth", "the slowest quarter"
_FRACTIONS = {"tenth": 10, "quarter": 25, "fifth": 20}
_SHARE = r"(?:(\d{1,2}) ?(?:%|percent\b|pct\b)|(tenth|quarter|fifth)\b)"


def _percent(said: re.Match[str], group: int) -> int:
    """The percent a share said as a number or a fraction ("10%", "tenth") stands for."""
    return int(said.group(group)) if said.group(group) else _FRACTIONS[said.group(group + 1).lower()]


# "what finish time did 90% of our finishers beat", "the time 80 percent of runners finished under": a percentile
_TIME_FOR_A_TOP_SHARE = re.compile(
    r"\b(?:what (?:(?:finish|finishing|chip) )?time (?:did|would|do|does) (?:you|one|a runner|someone|i|we|they) (?:need(?:ed)?|"
    r"have needed|have|had) to "
    r"(?:run |be |finish |place |get |crack |make (?:it )?)?(?:in(?:to)? )?|"
    # ("what time got you into the top 10% of finishers")
    # ("what finish time would have gotten you into the fastest 10%")
    r"what (?:(?:finish|finishing|chip) )?time (?:got|gets|put|puts|would have (?:put|got|gotten)|would get) (?:you|one|a runner|"
    r"someone|me|them) "
    r"(?:in(?:to)? )|what (?:was|is) the (?:time )?cut-?off (?:time )?(?:for|to "
    r"(?:be|make|get|finish) in(?:to)?) )(?:the )?(?:top|fastest|first|quickest) " + _SHARE + r"(?: of (?:the )?"
    r"(?:field|finishers|runners))?", re.IGNORECASE)
_TIME_A_SHARE_BEAT = re.compile(r"\b(?:what|which) (?:(?:finish|finishing|chip|gun|net) )?time (?:did|do|does|would) "
                                r"(?:the (?:fastest|quickest|top) )?(\d{1,2}) ?"
                                r"(?:%|percent|pct) of ((?:[\w'.-]+ ){0,8}?)(?:finishers|runners|people|the field|field) "
                                r"(?:beat|break|broke|(?:finish(?:ed)?|run|ran|get|got|come|came) (?:in )?(?:under|faster than|"
                                r"quicker than|below|ahead of))\b", re.IGNORECASE)


_NEEDED_FOR_A_SHARE = re.compile(r"\b(what (?:(?:per-mile|per-km|per mile|per km|mile|km) )?(?:pace|(?:chip |gun |finish(?:ing)? )?time)"
                                 r"(?: per (?:mile|km))?) did (?:you|one|a runner|someone|i|we|they) (?:need|have) to (?:run )?"
                                 r"(?:be|get|finish|make it|land) in(?:to)? the (slowest|fastest|quickest|top) " + _SHARE +
                                 r"(?P<of> of (?:the )?(?:finishers|runners|field)\b)?", re.IGNORECASE)
_EDGE_OF_A_SHARE = re.compile(r"\b(?:marked|marks|was|is|set|sets|made) (?:the )?(?:(?:start|beginning|edge|cut-?off|line|"
                              r"threshold|boundary|border) (?:of|for|into) )?the (slowest|fastest|quickest) " + _SHARE +
                              r"(?: of (?:the )?(?:finishers|runners|field)\b)?", re.IGNORECASE)



_POSSESSIVE = {"she": "her", "he": "his", "they": "their", "i": "my", "you": "your"}


# a holiday, and the words of the race run on it: "each thanksgiving" said of a named Turkey Trot is its each year
_HOLIDAY_RACES = ((r"thanksgiving", r"\bturkey\b|\btrot\b"), (r"christmas", r"\bjingle\b|\bchristmas\b|\bsanta\b|\bholiday\b"),
                  (r"(?:fourth|4th) of july|july 4th|independence day", r"\bfirecracker\b|\bfourth\b|\bjuly\b"),
                  (r"memorial day", r"\bmemorial day (?:5k|10k|run|race)\b"), (r"mother'?s day", r"\bmother'?s day (?:5k|10k|run|race)\b"),
                  (r"st\.? patrick'?s(?: day)?", r"\bshamrock\b|\bst\.? patrick"))


def _one_question(question: str) -> str:
    """ "how many men and how many women finished", "how many men finished? and women?": one question, a count per
    sex, said once; "what time did 90% of finishers beat": the 90th percentile time, said as a percentile; "faster (or
    slower)": faster, the change signed."""
    question = _TIME_A_SHARE_BEAT.sub(r"what was the \1th percentile finish time of \2finishers", question)
    # "who are the repeat winners of X": the runners who have won it more than once (it listed every winner)
    # (never "who won it? are they repeat winners": asked of those winners, nlq.constructs.find_wins_before)
    question = rx.sub(r"(?<!\bthey )(?<!\bthem )\b(?:the )?(?:repeat|multiple|multi-time|two-time) (?:winners|champions)\b",
                      "the runners who have won more than once", question, flags=re.IGNORECASE)
    # "what time did you need to be in the top 10%", "the cutoff for the top 10 percent": the 10th percentile time
    # (never "the slowest time that still made the top 10%": the slowest of those places, nlq.sqlbuild's top_percent)
    if not rx.search(r"\bslowest\b[^?]*\bstill\b", question, re.IGNORECASE):
        question = _TIME_FOR_A_TOP_SHARE.sub(lambda said: f"what was the {_percent(said, 1)}th percentile finish time", question)
    # "how many came from Rhode Island and how many from Connecticut", "… in 2023, and how many in 2025": the two
    # side by side
    question = rx.sub(r"(\bhow many\b[^?]*?\b(from|in) )([^,?]+?),? and how many(?: (?:came|were|are|was|lived|live))? "
                      r"(?:from|in) ([^,?]+?)(\s*\??)$", r"\1\3 vs \2 \4\5", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(\d{1,3}(?:st|nd|rd|th))-(place|placed)\b", r"\1 \2", question)   # "the 10th-place woman"
    # "the men's and women's 5K course records", "course records (men and women)": the fastest man and woman ever (it
    # kept the women alone, or counted each sex's runners)
    if not rx.search(r"\b(?:how many|number of|count)\b|\bcourse records? (?:were |was |have been |got )?(?:set|broken|fell)\b",
                     question, re.IGNORECASE):   # (never "how many course records were set": the records counted)
        question = rx.sub(r"\b(?:the )?(?:(?:men|male)'?s and (?:women|female)'?s|(?:women|female)'?s and (?:men|male)'?s) "
                          r"(?P<race>(?:\d+(?:\.\d+)? ?(?:k|km|mi|miles?) |half(?: marathon)? |marathon |mile )?)course records?\b",
                          lambda said: "the fastest man and fastest woman ever" + (
                              f" in the {said['race'].strip()}" if said["race"] else ""), question, flags=re.IGNORECASE)
        # ("course records by sex for each race": the same, each race's)
        question = rx.sub(r"\b(?:the )?course records?(?: \((?:for )?(?:men and women|women and men)\)| (?:for|of) (?:the )?"
                          r"(?:men and (?:the )?women|women and (?:the )?men)| (?:by|per|for each) (?:sex|gender))",
                          "the fastest man and fastest woman ever", question,
                          flags=re.IGNORECASE)
        # ("what are the current course records at X": one of each sex — it ranked ten finishers of either)
        question = rx.sub(r"^\s*(?:(?:what|which) (?:are|were) |list |show(?: me)? |give me )?(?:the |our )?(?:current |standing |"
                          r"all[- ]time |existing )?course records (?=(?:at|for|of|in) )(?![^?]*\b(?:both sexes|each race|every race|"
                          r"per race|by (?:sex|gender)|men and women|women and men)\b)",
                          "the fastest man and fastest woman ever ", question, flags=re.IGNORECASE)
    # "the fastest man's and fastest woman's chip time": the two sexes' winners; "men's winning time and women's
    # winning time": both said once
    question = rx.sub(r"\b(?:the )?(?:fastest|quickest|first) (?:man|male)(?:'s)? (?:and|&) (?:the )?(?:fastest|quickest|first) "
                      r"(?:woman|female)(?:'s)?|\b(?:the )?(?:fastest|quickest|first) (?:woman|female)(?:'s)? (?:and|&) (?:the )?"
                      r"(?:fastest|quickest|first) (?:man|male)(?:'s)?", "the men's and women's winners'", question,
                      flags=re.IGNORECASE)
    question = rx.sub(r"\b(men|women)'s (winning|median|average|fastest) times? (?:and|&) (?:the )?(women|men)'s \2 times?\b",
                      r"\1's and \3's \2 times", question, flags=re.IGNORECASE)
    # "2022 vs 2024 — how much faster was the men's winner in 2024": than the other year said
    question = rx.sub(r"\b((?:19|20)\d\d)( (?:vs\.?|versus|and|or) )((?:19|20)\d\d)\b((?:(?!\bthan\b)[^?])*?\bhow (?:much|many(?: \w+)?) "
                      r"(?:faster|slower|quicker|more|fewer|less|bigger|smaller|older|younger)\b(?:(?!\bthan\b)[^?])*?\bin "
                      r"(?:\1|\3)\b)(?![^?]*\bthan\b)",
                      lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(4)} than in "
                                f"{m.group(1) if m.group(4).endswith(m.group(3)) else m.group(3)}", question, flags=re.IGNORECASE)
    # "average age by year, oldest year first": the years in order (no oldest runner)
    question = rx.sub(r"\b(?:the )?(?:oldest|earliest) (?:year|edition)s? first\b", "chronologically", question,
                      flags=re.IGNORECASE)
    # "the past calendar year": the calendar year before this one; "which calendar year": a year
    question = rx.sub(r"\b(?:the )?(?:past|previous|last) calendar year\b", "last year", question, flags=re.IGNORECASE)
    question = rx.sub(r"\bcalendar (years?)\b", r"\1", question, flags=re.IGNORECASE)
    # "60-and-over runners", "50-plus women", "the 70 plus crowd": ages from that one up
    question = rx.sub(r"\b(\d{1,2})-(and)-(over|up|older|above|under|younger|below)\b", r"\1 \2 \3", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(\d{1,2})[- ]plus\b(?= (?:runners|finishers|women|men|people|athletes|age|crowd|group|"
                      r"category|masters|entrants|racers)\b)", r"\1+", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(in|of|by|per|each|their|his|her|my) AG(s?)\b", r"\1 age group\2", question,
                      flags=re.IGNORECASE)   # "2nd in her AG": an age group
    # "how many women finished the half and how many finished the 10K": each race's count
    # ("… how many finished the half and how many the 5K": the verb said once)
    race = r"(?:half(?: marathon)?|(?:full )?marathon|\d+ ?k|1 mile|mile)(?: race)?"
    question = rx.sub(rf"\b(how many [^?]*?\b(?:finished|ran|did|entered) (?:the )?)({race}) and how many (?:\w+ )?"
                      rf"(?:(?:finished|ran|did|entered) )?(?:the )?({race})\b", r"\1\2 and the \3, each race", question,
                      flags=re.IGNORECASE)
    # "how many finished the half, the 10K and the 5K?": a count each (it added them up); "combined" said keeps one
    question = rx.sub(rf"\b(how many [^?]*?\b(?:finished|ran|did|entered) the {race}(?:, the {race})+,? and the {race})"
                      rf"(?![^?]*\b(?:combined|together|in total|in all|total|altogether|pooled)\b)", r"\1, each race", question,
                      flags=re.IGNORECASE)
    # "bend turkey trot 5k: how many 60-and-over finishers each thanksgiving?": each year's edition of the holiday's race
    # named (never an event's name, "Mother's Day 5K"; nor with no holiday race named: "finishers each thanksgiving" is
    # of the Thanksgiving race, which "each year" would lose)
    for holiday, race in _HOLIDAY_RACES:
        if rx.search(race, question, re.IGNORECASE):
            question = rx.sub(rf"\b(?:each|every) (?:{holiday})(?! (?:day )?(?:\d+ ?k|run|race|trot|dash|marathon|half|mile)\b)",
                              "each year", question, flags=re.IGNORECASE)
    # "A and B: how many finishers each in 2023?", "how many finishers did A and B each have?": each event's count (it
    # gave one total)
    # (never of groups compared: "dallas vs fort worth, how many finishers each")
    if not rx.search(r"\b(?:vs\.?|versus|against|compared|or)\b", question, re.IGNORECASE):
        question = rx.sub(r"\b(how many (?:finishers|runners|entrants|starters|entries|people|dnfs|dns|no-shows)) each"
                          r"(?=\s*(?:[?.!,;]|$|(?:in|at|for|during|this|last|that) ))", r"\1 at each event", question,
                          flags=re.IGNORECASE)
        question = rx.sub(r"\b(did (?:the )?[^?]{3,80}? and (?:the )?[^?]{3,80}?) each (have|get|draw|see)\b",
                          r"\1 \2 at each event", question, flags=re.IGNORECASE)
    # "How many Chicago residents finished each one?" of two events named: each event's count
    question = rx.sub(r"\b(finished|ran|entered|did) each one\b", r"\1 each event", question, flags=re.IGNORECASE)
    # "each year, and the change from the previous year": year over year (never last year's date)
    question = rx.sub(r"\b(?:the )?(change|growth|drop|difference) (?:from|over|on|vs\.?|versus|compared (?:to|with)) "
                      r"(?:the|each) (?:previous|prior|preceding) year\b", r"year-over-year \1", question, flags=re.IGNORECASE)
    # "All four of our events ran in 2023. Rank them by …": the events of the sentence before ranked
    question = rx.sub(r"^([^.?!]*\b(events|years|age groups|states|cities|races|editions)\b[^.?!]*[.!?]\s+)(rank|order|sort) "
                      r"(?:them|these|those)\b", r"\1\3 the \2", question, flags=re.IGNORECASE)
    # "in each of the last three years (2023, 2024 and 2025)": the years said in brackets
    question = rx.sub(r"\b(?:the )?(?:last|past|previous) (?:\w+ )?(?:years|editions) \(((?:20\d\d,? )+(?:and|&) 20\d\d)\)",
                      r"\1", question, flags=re.IGNORECASE)
    # "the halfway split", "the fastest second half": splits at timing points the archive does not hold (said as such)
    question = rx.sub(r"\b(?:halfway|half-way|midway|mid-race|\d+ ?k|\d+ ?mile|\d+(?:st|nd|rd|th) mile) split\b", "halfway splits",
                      question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(fastest|quickest|slowest|best|negative) (?:first|second|back|front) half\b(?! of\b)", r"\1 half splits",
                      question, flags=re.IGNORECASE)
    # "from January 2020 through the end of 2022": through December 2022 ("from the start of 2020": January 2020)
    question = rx.sub(r"\b(through|thru|to|until|till) the (?:very )?end of (20\d\d)\b", r"\1 December \2", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(from|since) the (?:very )?(?:start|beginning) of (20\d\d)\b", r"\1 January \2", question, flags=re.IGNORECASE)
    # "How many minutes separate her best and her worst time there?": the gap between her best and worst time
    question = rx.sub(r"\bhow (?:many (?:minutes|seconds)|much(?: time)?) (?:separates?|(?:is|was) there between|lies? between|"
                      r"(?:is|was) it between) (her|his|their|my|your|the) (?:best|fastest|quickest) and (?:(?:her|his|their|my|your|"
                      r"the) )?(?:worst|slowest)\b", r"what is the gap between \1 best and worst", question, flags=re.IGNORECASE)
    # "What's the highest she's ever placed among the women": her best place
    question = rx.sub(r"\bthe highest (she|he|they|i|you)(?: has| have| had|'s|'ve)? (?:ever )?(?:placed|finished|come|came)\b",
                      lambda m: f"{_POSSESSIVE[m.group(1).lower()]} best place", question, flags=re.IGNORECASE)
    # "how many age-group podiums has she picked up with us": earned
    question = rx.sub(r"\b(?:picked|racked) up\b", "earned", question, flags=re.IGNORECASE)
    # "how many of its finishers were brand new to the Shamrock, with no result at any earlier Pittsburgh Shamrock?":
    # first-timers there (what a first-timer is, said again after it)
    # (never "new to us", "totally new to us": new to the company, read as such)
    question = rx.sub(r"\b(?:were|was) (?:brand |completely |totally )?new to (?=the\b)", "were first-timers at ", question,
                      flags=re.IGNORECASE)
    question = rx.sub(r"(?<=first-timers at )([^?.,;]{3,60}?),? with no (?:result|finish|entry) (?:at|in) (?:any|an) "
                      r"(?:earlier|previous|prior) [^?.,;]{3,60}?(?=\s*[?.,;]|$)", r"\1", question, flags=re.IGNORECASE)
    # "Chattanooga running club wants to co-promote with us. …": a club that asks, its town no filter of the question
    question = rx.sub(r"\b(?:the )?(?-i:[A-Z])[\w.'-]*(?: (?-i:[A-Z])[\w.'-]*){0,2} (?:running|run|track|road runners?|jogging) "
                      r"(?:club|group|crew)\b", "a running club", question, flags=re.IGNORECASE)
    # "the 5K finishers at the 2020 Manchester weekend": the event held there that weekend
    # (never a holiday's weekend: "Memorial Day weekend", "Thanksgiving weekend")
    question = rx.sub(r"\b(?!(?:Day|Thanksgiving|Easter|Christmas|Holiday|Labor|Race|Marathon|Last|This|Next|That)\b)"
                      r"((?-i:[A-Z])[\w.]+) (?:race )?weekend\b", r"\1 event", question)
    # ("buffalo weekend 5k": typed lower-case, a race of it said after)
    question = rx.sub(r"\b(?!(?:day|thanksgiving|easter|christmas|holiday|labor|race|marathon|last|this|next|that|the|a|one|"
                      r"every|each|same)\b)([a-z][\w.]+) weekend(?= (?:5k|10k|half|full|marathon|mile|1 mile)\b)", r"\1 event",
                      question)
    # "what part of the finishing field was in its thirties? as a percent", "how much of the field lives in X? percent": a
    # share asked in other words, its unit said after
    if rx.search(r"\b(?:percent(?:age)?|%|share)\b", question, re.IGNORECASE):
        question = rx.sub(r"\b(?:what part|how much) of (?=the\b[^?]{0,80}?\b(?:field|finishers)\b)", "what share of ",
                          question, flags=re.IGNORECASE)
    # "was in its thirties (30 to 39)": the decade, its ages said again in brackets
    question = rx.sub(r"\bin (?:its|their|the) (twenties|thirties|forties|fifties|sixties|seventies|eighties)\s*\(\s*\d\d ?"
                      r"(?:to|-|\u2013|through|thru) ?\d\d\s*\)", r"in their \1", question, flags=re.IGNORECASE)
    # "rank every Las Vegas Turkey Trot 5K by its median finish time": its editions ranked, a year each
    question = rx.sub(r"\brank (?:every|each|all(?: the)?) (?!(?:events?|races?|age groups?|states?|cities|towns?|runners?|"
                      r"finishers?|years?|editions?|months?)\b)([^?,;]{3,60}?) by (?:its|their) ", r"rank the years of the \1 by ",
                      question, flags=re.IGNORECASE)
    # "the 5K alongside the Tacoma half": the 5K at that event
    # (never another race: "had a half marathon alongside the full")
    question = rx.sub(r"\b(5k|10k|1 mile|mile|half marathon|half|marathon)\s+(?:run |held )?alongside\s+(?!(?:the |a |its )?(?:full|"
                      r"marathon|half|5k|10k|mile|1 mile|\d+k)\b)", r"\1 at ", question, flags=re.IGNORECASE)
    # "the dropout rate per event": the DNF rate
    question = rx.sub(r"\bdrop[- ]?out (rates?|percent(?:ages?)?)\b", r"DNF \1", question, flags=re.IGNORECASE)
    # "did the women or the men drop out more?": the DNFs ("dropped out")
    question = rx.sub(r"\bdrops? out\b", "dropped out", question, flags=re.IGNORECASE)
    # "did the Atlanta 26.2 and then the Greenville 13.1": the marathon and the half said by their miles
    # (after a place's name only: "the Napa Half Marathon (the 13.1)" says its race again)
    question = rx.sub(r"\b((?-i:[A-Z])[a-z]+) 26\.2\b(?! ?(?:mi|miles?|k|km)\b)", r"\1 marathon", question)
    question = rx.sub(r"\b((?-i:[A-Z])[a-z]+) 13\.1\b(?! ?(?:mi|miles?|k|km)\b)", r"\1 half", question)
    # "Going strictly by gun time, who was first and what did the clock read?": the fastest gun time, and that time
    question = rx.sub(r"\b(?:going |judging |ranked |ranking )?(?:strictly |purely |only |just )?(?:by|on) (?:the )?gun "
                      r"(?:time|clock),? who (?:was|came|finished|crossed) first\b", "who had the fastest gun time", question,
                      flags=re.IGNORECASE)
    question = rx.sub(r"\bwhat did the (?:clock|gun clock|race clock) (?:read|say|show)\b", "what was the gun time", question,
                      flags=re.IGNORECASE)
    # "… in 2022 and then finished at least one again in 2023", "… and at least one again in 2023": one again
    question = rx.sub(r"\b(finished|ran|raced|completed) (?:at least (?:one|1)|one or more)( of (?:them|our races|those))? again\b",
                      r"\1 one\2 again", question, flags=re.IGNORECASE)
    question = rx.sub(r"\b(and (?:then )?)(?:at least (?:one|1)|one or more)( of (?:them|our races|those))? again\b",
                      r"\1finished one\2 again", question, flags=re.IGNORECASE)
    # "finished the Tampa Marathon as well as the Orlando Jingle Bell Run": both
    question = rx.sub(r"\b(finished|ran|run|raced|completed|done)\s+((?:the\s+)?[^?.,;]{3,80}?)\s+as well as\s+(?!(?:a|an|any|some)\b)",
                      r"\1 both \2 and ", question, flags=re.IGNORECASE)
    # "how many finishes did Oakland residents record at our races": have (never a course record)
    question = rx.sub(r"\b(how many (?:finishes|results|entries|starts|dnfs|dns|dqs|finishers|races)\b[^?]{0,60}?\b(?:did|do|does) "
                      r"[^?]{1,40}?) (?:record|log|post|notch|rack up|tally|clock)(?= (?:at|in|with|across|during|for|over|last|this)\b)",
                      r"\1 have", question, flags=re.IGNORECASE)
    # "had also finished at least one Cheyenne Firecracker at some point": finished it (an edition of it)
    question = rx.sub(r"\b(finished|ran|run|done|completed|raced) (?:at least (?:one|1)|one or more) (?=(?-i:[A-Z]))", r"\1 the ",
                      question, flags=re.IGNORECASE)
    # "… were Shamrock first-timers — nobody with a result at an earlier BG Shamrock?": what a first-timer is, said again
    question = rx.sub(r"(\bfirst[- ]timers\b[^?.;]{0,40}?)\s*[,\u2014\u2013-]+\s*(?:nobody|no one|none of them|people|runners|"
                      r"those) with (?:a|any|an|no) (?:earlier |previous |prior )?(?:result|finish|entry) (?:at|in) (?:an|any) "
                      r"(?:earlier|previous|prior)\b[^?.;]{1,40}?(?=\s*[?.;]|$)", r"\1", question, flags=re.IGNORECASE)
    # "runners who have at least one finish at A and at least one at B": who have finished both
    question = rx.sub(r"\b(have|has|had) (?:at least (?:one|1)|one or more|an?) finish(?:es)? (?:at|in) ([^?.;]{3,80}?),? and "
                      r"(?:also )?(?:at least (?:one|1)|one or more|one|an?)(?: finish(?:es)?)? (?:at|in) ",
                      r"\1 finished \2 and ", question, flags=re.IGNORECASE)
    # "runners with at least one finish at each of A, B and C": who finished each of them
    question = rx.sub(r"\b(?:have|has|had|with) (?:at least (?:one|1)|one or more|an?) (finish|result|entry)(?:es|s)? "
                      r"(?:at|in) (each|every one|all) of\b",
                      lambda m: f"{'entered' if m.group(1).lower() == 'entry' else 'finished'} all of", question,
                      flags=re.IGNORECASE)
    # "what chip time did you need to crack the top 10 overall": the time of the 10th place
    question = rx.sub(r"\b((?:what|which) (?:(?:chip|gun|finish(?:ing)?) )?time) (?:did (?:you|one|a runner|someone|i|we) need|"
                      r"was needed|(?:would|did) it take|did it take) to (?:crack|make|get into|break into|reach|make it into) "
                      r"the top (\d{1,3})( overall)?\b",
                      lambda m: f"{m.group(1)} did the {m.group(2)}th place finisher{m.group(3) or ''} run", question,
                      flags=re.IGNORECASE)
    # "what chip time marked the start of the slowest 10%": the 90th percentile (the fastest 10%'s edge: the 10th)
    question = _EDGE_OF_A_SHARE.sub(lambda m: f"was the {100 - _percent(m, 2) if m.group(1).lower() == 'slowest' else _percent(m, 2)}"
                                              f"th percentile", question)
    # "what per-mile pace did you need to be in the quickest 10% of finishers": the 10th percentile pace
    question = _NEEDED_FOR_A_SHARE.sub(lambda m: f"{m.group(1)} was the {100 - _percent(m, 3) if m.group(2).lower() == 'slowest' else _percent(m, 3)}"
                                                 f"th percentile{m.group('of') or ''}", question)
    # "how much faster (or slower) was …": the signed change answers either way
    question = rx.sub(r"\b(faster|slower|quicker)\s*\(or (?:slower|faster|quicker)\)", r"\1", question, flags=re.IGNORECASE)
    question = rx.sub(r"^(.*?\bhow many) (men|women|males|females)\b([^?]*)\?\s*(?:and|&|what about|how about) (?:the )?"
                      r"(men|women|males|females)\s*\??\s*$", r"\1 \2 and \4\3?", question, flags=re.IGNORECASE)
    # "what share of the women finishers were 40+, and what share of the men?": the share within each sex
    # ("… what share of the women were 40 or older, and of the men?": the second share said short)
    question = rx.sub(r"\bwhat (share|percent(?:age)?|proportion|fraction|%) of (?:the )?(?:women|men|female|male)('?s)? "
                      r"((?:(?:finishers|runners|entrants|starters)\b)?[^,?]*?)\b(were|are|was|is) ([^,?]+?),? and (?:what (?:share|"
                      r"percent(?:age)?|proportion|fraction|%)(?: was it)? )?(?:of|for|among) (?:the )?(?:men|women|males|females)"
                      r"(?: (?:finishers|runners))?\s*(\?|$)",
                      lambda m: f"what {m.group(1)} of {m.group(3) or 'them '}{m.group(4)} {m.group(5)}, men and women separately"
                                f"{m.group(6)}", question, flags=re.IGNORECASE)
    # ("how many masters women and how many masters men": the masters of each sex)
    question = rx.sub(r"\bhow many (masters|grand ?masters|open|senior) (men|women|males|females) and how many (?:\1 )?"
                      r"(men|women|males|females)\b", r"how many \1 \2 and \3", question, flags=re.IGNORECASE)
    return rx.sub(r"\bhow many (men|women|males|females|finishers|starters|entrants|dnfs|dns|dqs|no[- ]shows) and how many "
                  r"(men|women|males|females|finishers|starters|entrants|dnfs|dns|dqs|no[- ]shows)\b", r"how many \1 and \2",
                  question, flags=re.IGNORECASE)


def _without_introduction(question: str, people: tuple[Person, ...]) -> str:
    """ "I'm from Big River Race Management, show me ..." → "show me ..." (the company is the login's; a runner
    introducing themselves, "This is Amy McCarthy. How many races have I run?", stays the runner asked about); and
    the purpose said after the question ("... need it for the board report"): it asks for nothing more."""
    if m := rx.match(r"^\s*(?:(?:i'm|i am|we're|we are)\s+(?:from|with|at)|(?:hi|hello|hey)?,?\s*(?:this is|(?P<me>i'm|i am)))"
                     r"\s+([^,.;:!?\u2013\u2014]+?)(?:[,.;:!?]|\s[-\u2013\u2014])\s*", question, flags=re.IGNORECASE):
        runner, rest = _person(m.group(2), people), question[m.end():]
        if runner and len(rx.findall(r"[\w'-]+", m.group(2))) > 3:
            runner, rest = None, question   # "I'm putting together a profile on Patrick Montoya.": who it is about
        if runner or not m.group("me") and rest != question:   # "I'm curious, …" is no introduction
            # the runner is asked about only when the question is about the speaker ("my PR", "have I run")
            about_me = runner and rx.search(r"\b(?:my|me|mine|i|i've|i'm)\b", rest, re.IGNORECASE)
            question = rest + (f" ({runner.name})" if about_me else "")
    question = rx.sub(r"^\s*(?:hey|hi|hello)(?: there| all| folks)?\s*[,!]\s*", "", question, flags=re.IGNORECASE)  # "hey, …"
    # only a document or an audience ("for the women only" is a filter, never a purpose)
    # ("…, to go on our history page": where the answer will go)
    question = rx.sub(rf"[\s,;:-]+(?:to go|to put it|to post it|to use it) (?:on|in|into) (?:the|a|an|our|my) [a-z ]{{0,30}}?\b"
                      rf"(?:{_PURPOSE}|page|site|webpage|web page)\s*[.!]?$", "", question, flags=re.IGNORECASE)
    return rx.sub(r"[\s,.;:!?-]+(?:i|we)?\s*need (?:it|this|that|these|them|the numbers?) for (?:the|a|an|our|my) "
                  rf"[a-z ]{{0,30}}\b{_PURPOSE}$", "", question, flags=re.IGNORECASE)


# a runner's age told in a sentence of her story ("started racing with you when she was 8", "he'd just turned 60"), never
# what is asked
_AGE_TOLD = (r"\bwhen (?:she|he|i|they) (?:was|were) (?:only |just )?\d{1,2}(?: years old)?(?=\s*[.,;!]|\s+(?:and|but)\b)|"
             r"\b(?:she|he|i|they)(?:'d| had| has| have|'s|'ve)? just turned \d{1,2}(?=\s*[.,;!]|\s+(?:and|but)\b)")


def _later_year_said(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Of a cohort's words naming two years ("finished the Turkey Trot in 2021 and again in 2022"), the part after the
    first year: the year asked stays a date of the question, the later one is the cohort's."""
    years = list(rx.finditer(r"\b20\d\d\b", text[span[0]:span[1]]))
    return (span[0] + years[0].end(), span[1]) if len(years) >= 2 else span


def _set_aside(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` marked read: a mark no pattern reads (spaces would look like a blanked-out name)."""
    for start, end in spans:
        text = text[:start] + "~" * (end - start) + text[end:]
    return text


def _each_found(find: Callable[[str], Mention | None], text: str, most: int) -> Iterator[tuple[Mention, str]]:
    """What ``find`` finds in ``text`` again and again, each one blanked out before the next is looked for (at most
    ``most``), with the text it was found in."""
    for _ in range(most):
        if not (found := find(text)):
            return
        yield found, text
        text = _blank(text, [(found.start, found.end)])


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_RACE_WORDS = frozenset("half full marathon fun run kids kid's ultra mile 5k 10k race the our a".split())


def _unresolved_event(question: str) -> str | None:
    """A capitalised name that looks like an event ("the Boston Marathon") — said back when it is unknown.

    The first word of the question, or of a sentence in it, is capitalised anyway ("Median 5K time ..."), so it
    never counts as a name.
    """
    for m in rx.finditer(rf"\b((?:[A-Z][\w'.]*\s+){{1,4}})({_EVENT_WORDS}(?:\s+Marathon)?)\b", question):
        words = m.group(1).split()
        if rx.search(r"(?:^|[.?!:;]\s)\s*$", question[:m.start()]):
            words = words[1:]
        while words and (words[0].lower() in {"every", "each", "all", "our", "both", "any", "the"} or words[0].lower() in MONTHS):
            words = words[1:]   # ("Every Vegas Turkey Trot 5K pooled together", "the March 5K in Colorado Springs": no name)
        if words:
            return " ".join(words + [m.group(2)])
    return None



def _city_event(question: str, vocabulary: Vocabulary) -> str | None:
    """ "the miami marathon" said in lower case, where the company's runners live but no event of it was held:
    an event's name, said back rather than answered as a place ("springfield half" is the half marathon of an
    event held in Springfield)."""
    known = {city.lower() for city in vocabulary.cities} - {city.lower() for city in vocabulary.event_cities}
    for m in rx.finditer(rf"\b([a-z][a-z.'-]*(?: [a-z][a-z.'-]*)?) ({_EVENT_WORDS}(?: marathon)?)\b(?!s)",
                         question.lower(), re.IGNORECASE):
        words = m.group(1).split()
        for size in (2, 1):
            if len(words) >= size and " ".join(words[-size:]) in known:
                return f"{' '.join(words[-size:])} {m.group(2)}".title()
    return None


def _distances(text: str) -> tuple[tuple[Distance, ...], list[tuple[int, int]], list[tuple[int, int]]]:
    """The distances the question names, in order, and where it set one aside: "the full, not the half" names
    the marathon (the "not" read); a distance only ever said with "not" stays and its "not" is left unread, and is
    returned with where it was set aside (third), for a race the event's own name says ("the Cheyenne Firecracker 5K
    race (not the mile)")."""
    named: list[Distance] = []
    excluded: list[Distance] = []
    spans: list[tuple[int, int]] = []
    included: list[Distance] = []   # "(the mile counts too)": counted beside what else is named (alone: every race)
    excluded_end = -1   # where the last distance set aside ends: "rather than the 5k or mile" sets both aside
    mentions, scan = [], text
    while len(mentions) < 6 and (found := distance_mention(scan)) is not None:
        mentions.append(found)
        scan = _blank(scan, [found[1:]])
    # in the order said ("not the 5k or 10k": the 10K is set aside with the 5K before it)
    for distance, start, end in sorted(mentions, key=lambda found: found[1]):
        # ("(5K race only, no mile)"; "runners with a half but no full" is a history, not a race set aside)
        if negation := rx.search(r"\b(?:not|but not|except|excluding|without|rather than|instead of|leave out|leaving out|"
                                 r"not counting|other than|apart from|aside from|besides|"
                                 r"skip(?:ping)?|ignor(?:e|ing)|set(?:ting)? aside)(?<!\bnot) (?:the |a |an )?(?:kids'? |kid's |children's |youth )?$|"
                                 r"\bnot (?:in |at )?(?:the |a |an )?$|(?:[(,;]\s*|\bonly,?\s+)no (?:the )?$",
                                 text[:start]):
            excluded.append(distance)
            spans.append((negation.start(), negation.end()))
            excluded_end = end
        elif (leave := rx.search(r"\b(?:leave|leaving|left|keep|keeping|take|taking) (?:the |a |an )?$", text[:start])) and (
                out := rx.match(r"\s*(?:race )?out\b", text[end:])):
            excluded.append(distance)   # "leave the mile out"
            spans += [(leave.start(), leave.end()), (end + out.start(), end + out.end())]
            excluded_end = end
        elif excluded_end >= 0 and (listed := rx.fullmatch(r"\s*(?:,|,? or|,? nor|,? and)\s+(?:the |a |an )?",
                                                           text[excluded_end:start])):
            excluded.append(distance)
            spans.append((excluded_end + listed.start(), excluded_end + listed.end()))
            excluded_end = end
        # ("(5K and 10K don't count)": each race of the list)
        elif said_after := rx.match(r"(?:\s*(?:,|,? and|,? or|&)\s+(?:the )?(?:\d+ ?k|half|full|marathon|(?:1 )?mile)s?)*"
                                    r"\s*(?:races? )?(?:does ?n[o']t|doesnt|do ?n[o']t|should ?n[o']t|won'?t) (?:count|matter)\b|"
                                    r"\s*(?:race )?(?:is |are )?(?:excluded|not included|left out)\b", text[end:]):
            # "(the half doesn't count)", "the 1 mile excluded": set aside, said after it
            excluded.append(distance)
            spans.append((end + said_after.start(), end + said_after.end()))
        elif also := rx.match(r"\s*(?:race )?(?:counts?|is included|are included) (?:too|as well)\b|\s*(?:race )?(?:included|too)\b"
                              r"(?=\s*[),.;]|\s*$)", text[end:]):
            # "every race she finished there (the mile counts too)": said to be counted with the rest, not alone
            included.append(distance)
            spans.append((end + also.start(), end + also.end()))
        else:
            named.append(distance)
        text = _blank(text, [(start, end)])
    if included and not named:
        return (), spans, []
    kept = tuple(d for d in dict.fromkeys(named + included) if d not in excluded)
    return (kept, spans, []) if kept else (tuple(dict.fromkeys(named + excluded)), [], spans)


def _person(question: str, people: tuple[Person, ...]) -> Person | None:
    """The resolved runner the question names (spelling may differ slightly from the stored one)."""
    return next(iter(_people(question, people)), None)


def _people(question: str, people: tuple[Person, ...]) -> list[Person]:
    """Every resolved runner the question names, in the order said ("Beth Barber and Lisa Hood")."""
    lowered = question.lower()
    # (named closely enough as a whole, or as two words close to the name: "Louis O'Brian's" for Louis Obrien)
    named = [(at if (at := lowered.find(person.last_name.lower())) >= 0 else span[0], person)
             for person in people if (span := name_span(lowered, person)) != (0, 0) or
             fuzz.partial_ratio(person.name.lower(), lowered) >= 85]
    return [person for _, person in sorted(named, key=lambda pair: pair[0])]


# the words before a place that say it is where runners live: "from", "living in", "resided in", "residents of"
_LIVES_IN = r"(?:from|(?:living|lives?|lived|resid(?:e|es|ed|ing)) in|residents? of|based in|home state (?:is|was|=)|" \
            r"(?:home )?(?:address|residence)(?:es)? (?:is |was )?in)"   # "a home address in Oakland"


def _lives_in(text: str, city: Mention, after_a_name: bool = True) -> bool:
    """ "from Providence", "Providence runners", "Roger Waters (Portsmouth)" (``after_a_name``: a city in brackets
    after a blanked-out name): a city said as where runners live."""
    return bool(rx.search(rf"\b(?:{_LIVES_IN}(?: the city of)?|hometown|home ?(?:city|town)(?: (?:is|was|of))?)\s+$" +
                          # ("Margaret Byrd of Grand Rapids", "Roger Waters (Portsmouth)")
                          # ("Randy Harris out of Oakland": where he runs from)
                          # ("Madeline Owen down in Galveston", "Sara Fowler and Jamie Watts (both Savannah)")
                          # ("tiffany arias here (newport)": the asker's town)
                          (r"|\s{3,}(?:here\s*)?(?:\((?:both |each |all )?|,?\s*(?:out )?of|(?:down|up|over|out) (?:in|from))\s*$"
                           if after_a_name else ""), text[:city.start]) or rx.match(
        r"(?:,\s*[a-z]{2}\b)?\s*(?:-based |area )?(?:runners?|residents?|athletes?|people|locals?|participants?|racers?|members?|women|woman|men|man|girls?|"
        r"boys?|masters|finishers?)\b"   # ("Concord, NH runners", "which Lake Placid runner")
        # (never "Cincinnati men's winning time", "the Tacoma women's record": the race's, held there)
        r"(?!'?s? (?:overall )?(?:winn\w*|champ\w*|(?:course )?records?|podium|race\b|field\b|top\b))|"
        # "listed Ithaca as their home city", "(she lists Portland as home)"
        r"\s*(?:itself |themselves )?as (?:(?:their|his|her|the) home ?(?:city|town)\b|home\b)",
        text[city.end:]))


def _second_city(text: str, first: Mention, vocabulary: Vocabulary, first_lives: bool) -> Mention | None:
    """A second city said with the first, as the other kind: where an event was ("at Manchester") beside where
    runners live, or where runners live ("from Lowell") beside where the event was; None when there is none."""
    rest = _blank(text, [(first.start, first.end)])
    other = match_city(rest, vocabulary.cities)
    if other is None or other.value == first.value and first_lives:
        return None   # ("Napa 2022 10K: … runners who actually live in Napa": the same city, said as both)
    if first_lives:
        # ("… at Manchester", "… ran the Tampa full", "Lisa Shah from Greenville ran Atlanta again": a city said with a race,
        # or run, is where the race was)
        held = other.value in vocabulary.event_cities and (rx.search(
            r"\b(?:in|at|(?:ran|run|runs|finished|raced|did|completed|won)(?: (?:in|at))?)\s+(?:the\s+)?$", rest[:other.start],
            re.IGNORECASE) or rx.search(r"\bthe\s+$", rest[:other.start]) and rx.match(rf"\s+{RACE_SAID}\b", rest[other.end:].lower()))
        return other if held else None
    return other if _lives_in(rest, other) else None


def _cities(text: str, vocabulary: Vocabulary,
            events: tuple[str, ...]) -> tuple[tuple[str | None, str | None], Mention | None]:
    """(where runners come from, where events are held): "from Austin" vs "in Austin"; and the mention."""
    city = match_city(text, vocabulary.cities)
    if city is None:
        return (None, None), None
    # ("runners from Galveston 2022": a city the company holds events in, said with a year, is that edition)
    # ("2024 ithaca finishers who did not come back": the year said before the city, too)
    # ("percent of Santa Fe finishers from NM": the finishers of the company's event there, not people living there)
    # ("returning Tallahassee runners in the 2024 half", "first-time Atlanta runners": runners of the event held there)
    edition = city.value in vocabulary.event_cities and (rx.match(r"\s+(?:20)?\d\d\b(?! or )", text[city.end:]) or
                                                         rx.search(r"\b(?:20\d\d|returning|repeat|first[- ]time|first[- ]timer)\s+$",
                                                                   text[:city.start]) or
                                                         rx.match(r"\s+(?:finishers?|entrants?|starters?)\b", text[city.end:]))
    if _lives_in(text, city) and not edition:
        return (city.value, None), city   # "from Providence", "Providence runners": where they live
    if city.value in vocabulary.event_cities and rx.search(r"\b(?:ran|raced|did|finished|completed)\s+(?:the\s+)?$",
                                                           text[:city.start]):
        return (None, city.value), city   # "X ran Fort Worth in 2021": the event held there, never her town
    if events and rx.search(r"\b(?:in|at)\s+$", text[:city.start]) and not rx.search(
            r"\b(?:runners|finishers|people|participants|athletes|entrants|women|men) (?:in|at)\s+$", text[:city.start]):
        return (None, city.value), city   # "the Shamrock 5K in Pittsburgh": where the event was held
    return ((city.value, None) if events else (None, city.value)), city


# "our events with the number of finishers", "SC events from 2025 with finisher counts": one row per event, counted
_WITH_COUNTS = (r"\b(events|races)(?: [\w']+){0,3}? with (?:the |their )?(?:(?:number|count) of\b|(?:finisher|runner|"
                r"participant|entrant)s? (?:counts?|numbers?|totals?)\b)")

# a grouping by the events' place: "by event state", "per host city", "in each state we held races in", "by the state
# the race was held in"
_BY_EVENT_PLACE = (r"\b(?:by|per|each|every|for each|in each|across) (?:the )?(?:event|host|race|venue)(?:'s)? (states?|cit(?:y|ies))\b|"
                   r"\b(?:by|per|each|every|for each|in each|across) (?:the )?(states?|cit(?:y|ies)) (?:where |that |in which )?"
                   r"(?:we|the (?:events?|races?)|they|it|each (?:event|race)) (?:were |was |have |had |'ve )?"
                   r"(?:held|timed|hosted|put on|staged|run)(?: (?:events|races|them))?(?: in)?\b")


def _by_clock(parsed: Parsed) -> bool:
    """Whether the question groups by a minute or hour of the clock at the finish line."""
    return bool(set(CLOCK_DIMENSIONS) & {*parsed.group_by, parsed.ranking.dimension if parsed.ranking else ""})


# "finishers per clock minute", "by hour of the clock": the time of day at the finish line ("per hour" of a speed: no)
_BY_CLOCK = (r"(?<!\bkm )(?<!\bkms )(?<!\bmile )(?<!\bmiles )(?<!\bbeats )\b(?:by|per|each|every|for each) "
             r"(?:(?:clock|wall[- ]clock) )?(minute|hour)(?: (?:of|on) the (?:wall[- ])?clock)?\b")


def _group_by(text: str) -> tuple[str, ...]:
    text = rx.sub(_EACH_EDITION_ONCE, " ", text)   # "(count each event/year once)" is how to count, not a grouping
    text = rx.sub(r"\bcount(?:ing)? (?:each|every) (?:event(?: name)?|race|distance) (?:only )?once\b", " ", text)
    text = rx.sub(_EACH_RACE_ITS_OWN, " ", text)
    # "(a finish in each race counts)": how to count, not a grouping
    text = rx.sub(r"\b(?:an? |one )?(?:finish|result|entry|runner)(?:es)? (?:in|at) (?:each|every) (?:race|distance) counts?\b|"
                  r"\b(?:each|every) (?:race|distance)'?s? (?:finish|result|entry)(?:es)? counts?\b", " ", text)
    text = rx.sub(_POOLED, " ", text)              # "every year pooled together": one figure
    text = rx.sub(r"\bcounting (?:every|all|each) (?:years?|editions?)\b", " ", text)   # every edition pooled
    dims = []
    # "finishers by event state", "per state we held races in": where the events were held, not where runners live
    if held := rx.search(_BY_EVENT_PLACE, text):
        dims.append("event_" + ("state" if (held.group(1) or held.group(2)).startswith("state") else "city"))
        text = text[:held.start()] + " " + text[held.end():]
    # "average finish time by age decade", "in 10-year age brackets", "by decade of age": each decade of age (20 = 20-29)
    if rx.search(r"\b(?:by|per|each|every|for each|in|across) (?:10|ten)[- ]year age (?:brackets?|bands?|groups?|buckets?|bins?)\b|"
                 r"\b(?:by|per|each|every|for each|across) (?:age[- ]decades?|decades? of age)\b|\bage decades?\b", text):
        dims.append("age_decade")
    # "every race, every distance combined", "total finishers across every race": one total, not one per race
    combined = rx.search(r"\bcombined\b|\bpool(?:ing|ed)\b|\blumped\b|\ball together\b|\bcount(?:ing)? (?:every|all|both) (?:the )?(?:races?|distances?)\b|\b(?:races?|distances?) together\b|\btotal\b|\bacross (?:every|all)\b|[(,;?.!:]\s*(?:every|all|any) "
                         r"(?:races?|distances?|events?(?: and (?:every |all )?races?)?)\b|"
                         # ("… last year? every event, each person once", "every race we've ever timed": all of them)
                         r"\b(?:each|every) (?:person|runner|one) (?:counted )?once\b|"
                         r"\b(?:every|all|any) (?:races?|events?) (?:we(?:'ve| have) )?(?:ever )?(?:timed|held|put on)\b",
                         text)   # "(every event and race)"
    dimension = r"(age groups?|year|years|season|month|quarter|sex|gender|division|states?|distance|race|races|event|events|city|" \
                r"cities|editions?|status|statuses|last names?|surnames?|family names?)"
    # "for each women's age group": the women, per age group ("each women's masters age group": of the masters too)
    sex_word = r"(?:(?:women|men|female|male)'?s? )?(?:masters? )?"
    # ("at each of our three events": how many there are, said)
    for m in rx.finditer(rf"\b(?:by|per|each|every|for each|across|broken down by|split by|each of (?:our|the|these|its|their)"
                         rf"(?: (?:two|three|four|five|six|[2-9]))?) {sex_word}(?:home |calendar )?{dimension}\b"
                         rf"(?:(?:,| and| &) {dimension}\b)?(?<!every status)(?<!across status)", text):   # "by sex and age group": both
        # ("counting every status": no status filter, never a row per status)
        if not (combined and rx.match(r"(?:across )?(?:every|all)\b", m.group(0))
                and m.group(1) in ("race", "races", "distance", "event", "events")) and not (
                m.group(1).startswith("edition") and rx.match(r"(?:across|every)\b", m.group(0)) and
                # "every edition": a cohort ("the DNF rate for every edition": each one)
                not (m.group(0).startswith("every") and rx.search(r"\bfor\s+$", text[:m.start()]))):
            dims += [GROUPINGS[said] for said in m.groups() if said]
    # "put our two events side by side on DNF rate", "compare our three races": one row each
    if m := rx.search(rf"\b(?:our|both of our|all (?:of )?our) {_FEW} (events|races)\b{_SET_SIDE_BY_SIDE}|"
                      rf"\b(?:compare|rank) (?:our|both of our|all (?:of )?our) {_FEW} (events|races)\b", text):
        dims.append(GROUPINGS[m.group(1) or m.group(2)])
    # "the winning time in each of the three races", "each of its races": one row per race
    for m in rx.finditer(_EACH_OF_RACES, text):
        dims.append(GROUPINGS[m.group(1)])
    if (clock := rx.search(_BY_CLOCK, text)) and not race_clock_said(f"clock_{clock.group(1)}", text):
        dims.append(f"clock_{clock.group(1)}")
    if rx.search(r"\b(?:by|per|each|every|for each|across) (?:calendar month|month of (?:the )?year)\b", text):
        # "finishers per calendar month in 2024", "by month of the year": January to December, any year pooled
        dims = [dim for dim in dims if dim != "month"] + ["month_of_year"]
    # "the age breakdown of finishers", "a gender split", "the state distribution": one row per group
    for m in rx.finditer(r"\b(age(?:[- ]group)?|gender|sex|(?:home )?state|city|distance|race|year)[- ](?:breakdown|split|"
                         r"distribution|mix|profile)\b", text):
        dims.append(GROUPINGS.get(m.group(1).removeprefix("home ").replace("-", " "), "age_group"))
    # "men's and women's median finish time side by side": one row per sex (the men and the women, not the winners)
    if rx.search(r"\b(?:(?:men|male)'?s? (?:and|&|\+|/|vs\.?|versus) (?:the )?(?:women|female)'?s?|(?:women|female)'?s? "
                 r"(?:and|&|\+|/|vs\.?|versus) (?:the )?(?:men|male)'?s?)(?= (?:average|avg|mean|median|typical|finish|chip|gun|"
                 r"times?|paces?)\b)|"
                 # "average age of men and of women", "the median for women and for men": each sex
                 r"\b(?:of|for) (?:the )?(?:men|males) (?:and|&) (?:of|for) (?:the )?(?:women|females)\b|"
                 r"\b(?:of|for) (?:the )?(?:women|females) (?:and|&) (?:of|for) (?:the )?(?:men|males)\b", text):
        dims.append("sex")
    # ("what percentage of all entries over the years were no-shows": all of them, pooled)
    over_the_years = r"\bover the years\b|" if not rx.search(r"\bhow many\b|\ball\b[^?]{0,40}\bover the years\b", text) and \
        not _averaged_over_the_years(text) else ""  # "how many …
    if rx.search(over_the_years + r"\byear over year\b|\byear[- ]by[- ]year\b|\beach year\b|\bevery year\b|"  # over the years": one total
                 r"\bhow many\b[^?]*\b(?:each|every) time\b(?! (?:she|he|they|you|we|i)\b)|"   # "… finished it each time": each edition
                 rf"\b(?:each|every) (?:{'|'.join(MONTHS)})\b|"   # "avg age of entrants each july": each year's July
                 # "in which years did anyone get DQ'd": the years with any, one row each (not the year with the most)
                 rf"(?:{_WHICH_YEARS_COUNTED})(?![^?]*\b(?:most|fewest|least|highest|lowest|best|worst|biggest)\b)|"
                 r"\bannual(?:ly)?\b|\bgetting (?:older|younger|faster|slower)\b", text):
        dims.append("year")
    # "across every year we've timed it, the overall DNF rate": one figure pooled over the years, as "across every
    # race" is one over the races — unless a change over them is asked
    if rx.search(r"\bacross (?:every|all|each)(?: of)?(?: the)? (?:years?|editions?)\b", text) and not rx.search(
            r"\bchange|\btrend|\bcompar|\bgr[eo]w|\bover time\b|\beach\b|\bper\b|\bby year\b", text):
        dims = [dim for dim in dims if dim != "year"]
    if m := rx.search(_WITH_COUNTS, text):
        dims.append("event" if m.group(1) == "events" else "race")  # "our events with the number of finishers"
    # "which events did we time last fall, and how many finishers did each have": each of them
    # ("which races were held at X in 2025, and how many finished each?")
    if m := rx.search(r"\bwhich (?:of (?:our|the) )?(events|races)\b[^?]*\bhow many\b[^?]*\beach(?: one| of them)?\b"
                      r"(?= (?:have|had|get|got|draw|drew|see|saw)\b|\s*[?.!]|\s*$)", text):
        dims.append("event" if m.group(1) == "events" else "race")
    # "which of our events are held in Rhode Island, and how many editions of each have we timed": each of those events
    # ("list our events with how many editions each has had")
    if rx.search(r"\bevents\b[^?]*\bhow many (?:editions|runnings|times|years)\b[^?]*\b(?:(?:of|for) each(?: one| of them| of those)?"
                 r"(?=\s+(?:have|has|did|do|were|was|we|is|are)\b|\s*(?:[?,.!]|$))|each (?=(?:has|have|had|was|were) )|"
                 r"apiece\b)", text):
        dims.append("event")
    return tuple(dict.fromkeys(dims))


def _compare_dimension(group_by: tuple[str, ...], years: tuple[int, ...], distances: tuple[Distance, ...],
                       events: tuple[str, ...], text: str = "") -> tuple[str, ...]:
    if group_by and len(years) > 1 and not {"year", "edition"} & set(group_by):
        return ("year", *group_by)   # "2024 vs 2025 for men and for women": each year's, per sex (it added the years)
    if group_by:
        return group_by
    over_40 = r"(?:masters?|40 ?\+|40 and (?:over|up|older)|over[- ]40s?|40s? and over)"
    under_40 = r"(?:open|non[- ]?masters|under[- ]40s?|younger|sub[- ]?masters)"
    if rx.search(rf"\b{over_40}(?!\w).*\b(?:vs\.?|versus|and|or|compared (?:to|with))\b.*\b{under_40}\b|"
                 rf"\b{under_40}\b.*\b(?:vs\.?|versus|and|or|compared (?:to|with))\b.*\b{over_40}(?!\w)", text):
        return ("masters",)   # "masters vs open": those 40 and over against the rest
    if len(years) > 1:
        return ("year",)
    if len(events) > 1:
        return ("event",)
    if len(distances) > 1:
        return ("race",)
    return ()


# who ran the most: people ranked by their results ("the most times", "top 10 runners by number of races")
# "which runners have run with us in the most different years": runners ranked by the years they ran in
_MOST_YEARS = (r"\b(?:in|over|across|during|for) (?:the )?most (?:different |distinct |separate |calendar )?(?:years|seasons)\b|"
               r"\bmost (?:different|distinct|separate) (?:calendar )?years\b")
_MOST_EVENTS = r"\bmost (?:different|distinct|separate) (?:of (?:our|the) )?events\b"
_MOST_RACES = (r"\bmost (?:(?:of )?(?:our |the )?(?:races|events)|often|frequent|times|finishes|starts)\b|\brepeat runners\b|"
               r"\bmost (?:1 mile|mile|\d+ ?k|half(?: marathon)?|marathon|full) (?:finishes|races|starts|results)\b|"
               # "who has the most <event, blanked out> 5K finishes": a runner's finishes of it
               r"\bmost\s{3,}(?:(?:1 mile|mile|\d+ ?k|half(?: marathon)?|marathon|full) )?(?:finishes|races|starts|results)\b|"
               r"\b(?:finished|run|ran|done) the most\s{3,}|"   # "finished the most <event, blanked out>s"
               r"\bran the most\b|\b(?:runners|people|athletes) (?:ranked )?by (?:number of |their )?(?:races|finishes|"
               r"events|starts|wins|victories)\b|"
               # "top 5 runners by number of <event, blanked out> finishes"
               r"\b(?:runners|people|athletes|finishers)\b[^?]{0,20}?\bby (?:the )?(?:number|count|#) of\b[^?]{0,60}?"
               r"\b(?:races|finishes|events|starts)\b|"
               # "who has won it the most (times)", "most wins": runners ranked by their wins
               r"\bwon\b[^?]{0,60}?\bthe most\b(?! (?:finishers|runners|entrants|people))|"
               r"\bmost (?:outright |overall |age[- ]?group |division )?(?:wins|victories|titles)\b|"
               r"\bmost\s{3,}(?:(?:outright|overall|age[- ]?group|division) )?(?:wins|victories|titles)\b|"   # "most <event> wins"
               r"\b(?:runners|people|athletes) (?:ranked )?by (?:number of |their )?age[- ]?group (?:wins|titles|victories)\b|"
               r"\bmost frequent (?:finishers|runners|racers|participants)\b|"
               # "which runner has the most DNFs", "who has run the most springfield marathons": runners by their count
               r"\b(?:who|whom|which (?:runner|person|athlete|racer|woman|man|participant)s?)\b[^?]{0,30}?\bthe most (?:[\w']+ ){0,2}?"
               r"(?:dnfs?|dns|no[- ]shows?|dqs?|disqualifications|marathons|half marathons|halves|halfs|5ks|10ks|miles|ultras)\b")

# "the top female", "first man": the winner of a sex
_TOP_ONE = r"\b(?:top|first) (?:female|male|woman|man|girl|guy|lady)\b(?! (?:runners|finishers))"
# before the other year of a comparison ("than in 2024"; never "other than 2021", which sets it aside)
_THAN = r"(?<!\bother )(?<!\brather )\bthan (?:in |at |during |the |its )?"
# a thing of a year said after "than" ("faster than the 2024 winner", "than 2023's average"): no year compared
_NOT_A_YEARS_THING = (r"(?!'s| (?:[\w-]+ )?(?:winner|winners|winning|champion|champions|average|avg|median|mean|record|time|"
                      r"times|pace|fastest|slowest|best|top|leader|podium)\b)")
# "which had the higher DNF rate, the half or the full?": the two groups side by side (the comparative read here)
_WHICH_MORE_OR = (r"\b(?:which|who)\b[^?]{0,40}?\b(more|fewer|higher|lower|bigger|smaller|larger|greater|faster|slower|quicker|"
                 r"better|worse|older|younger)\b(?! than)(?=[^?]*\bor\b)")
_INTENT_PATTERNS = (
    ("compare", _WHICH_MORE_OR + r"|\bcompar(?:e[ds]?|ing)\b|\bcomparison\b|\bvs\.?\b|\bversus\b|\bagainst\b|\bdifference between\b|"
                # "was it faster in 2022 or 2024?", "more finishers in 2023 or 2025": which of two years
                r"\b(?:faster|slower|quicker|more|fewer|bigger|smaller|better|worse)\b.*\b20\d\d,? or (?:in )?20\d\d\b|"
                r"\b20\d\d,? or (?:in )?20\d\d\b.*\b(?:faster|slower|quicker|more|fewer|bigger|smaller|better|worse)\b|"
                # "did it have more finishers in 2025 than in 2024", "were times faster in 2025 than 2023": the two years
                # ("how many more finished in 2025 than 2024" is the change between them, read apart)
                r"^(?!.*\bhow (?:many|much) (?:more|fewer|less|faster|slower|quicker|bigger|smaller)\b)"
                r"(?=.*\b20\d\d\b.*\b20\d\d\b).*\b(?:faster|slower|quicker|more|fewer|bigger|smaller|larger|better|"
                r"worse|higher|lower)\b[^?]*" + _THAN + r"20\d\d\b" + _NOT_A_YEARS_THING + r"|"
                # "is it true more women than men finished", "did more men or women finish": the two sexes side by side
                r"\b(?:more|fewer) (?:women|men|females?|males?) (?:than|or) (?:women|men|females?|males?)\b"),
    ("trend", r"\btrends?\b|\bover the years\b|\byear[- ]by[- ]year\b|\b(?:from )?year[- ]to[- ]year\b|\bedition (?:to|by|over) edition\b|\bover time\b|\bgrowth\b|\bgrown\b|\bshr[iau]nk(?:ing)?\b|\bchanged?\b|\byear over year\b|"
              r"(?<!across )(?<!counting )\b(?:per|by|each|every) (?:year|(?:calendar )?month|season)\b|\bannual(?:ly)?\b|"
              r"\beach of (?:those|these|the) (?:two|2|three|3) years\b|\bfor both years\b"),
    ("analyze", r"\banaly[sz]e\b|\banalysis\b|\bperformance\b|\bstat(?:istic)?s\b|\bsummar(?:y|ize|ise)\b|"
                r"\bbreakdown\b|\boverview\b|\breport on\b|\baverage\b|\bavg\b|\bmedian\b|\bmean\b|\bpercentiles?\b|"
                r"\bstandard deviation\b|\bstd\.? ?dev|\bstdev\b|\bstddev\b|\binter-?quartile range\b|\biqr\b|"
                # ("the five slowest finishers": those runners, never a measure)
                r"(?<!\d )(?<!bottom )(?<!two )(?<!three )(?<!four )(?<!five )(?<!ten )\bslowest\b"
                r"(?! (?:\d+|three|five|ten|finishers?|runners?|persons?|people|first|to fastest)\b)"),
    ("find", r"\b(?:prs?|pbs?|personal (?:best|record)s?)\b"),
    # ("who's finished the most …? list everybody tied, with the count": the count shown beside each, no count asked)
    ("count", r"\bhow many\b|\bnumber of\b|\bbroken (?:out|down)\b|(?<!\bwith the )(?<!\bwith their )\bcount\b|\btotal\b|\bbreak (?:[\w']+ ){0,3}?down\b|\bhow much\b|\bhow big\b|\bturnout\b|"
              r"\bsizes? of the fields?\b|\bfield sizes?\b|\b(?:gender|sex) split\b|\bcombined\b|\bhead ?counts?\b|"
              r"\b(?:finisher|runner|starter|entrant|participant|dnf)s? counts?\b"),   # "finisher counts by race and sex"
    # ("the top finisher from Hartford": it listed every finisher from Hartford)
    # ("the first 10 finishers", "the first ten women across the line": the first N places)
    ("top", _TOP_ONE + r"|" + TOP_FINISHER + r"|\btop \d+\b|\btop (?:ten|five|three|twenty)\b|\bfastest\b|\bquickest\b|\bwinners?\b|\bwho won\b|"
            r"\bfirst (?:\d{1,3}|three|five|ten|twenty) (?:overall\b(?! (?:time|pace|place)s?\b)|(?:overall )?(?:finishers|runners|women|men|people|females|males|ladies|guys|"
            r"athletes|across the line|to finish|home)\b)|"
            r"\bwon\b|\bwin(?:s|ning|ners?)?\b|" + LAST_PLACE + r"|\bpodium\b|\bcourse records?\b|\bleaders?\b|"
            + _MOST_RACES + r"|"
            r"\bbiggest\b|\blargest\b|\brepeat runners\b|\bbest\b"),
    # ("runners who finished …": who after a plural noun is a relative pronoun, not the question's word)
    ("find", r"\bfind\b|\bsearch\b|\blook up\b|(?<![a-z]s )(?<!people )(?<!men )\bwho\b|\bis there\b|"
             r"\bany\b(?! (?:status|race|distance)\b)"),
    ("list", r"\bshow\b|\blist\b|\bgive me\b|\bwhat (?:did|have|do) (?:we|you) (?:time|timed)\b|\bnames? (?:of|for)\b|\bnames?(?: (?:please|pls|only))?\s*[?.!]*$|\bwhat (?:events|races)\b|\bdisplay\b|\bwhat (?:are|were)\b|\bwhich\b|\bget\b|\bsee\b|"
             r"\bresults (?:of|for|from)\b|\bwhen\b|\bwhere\b|\b(?:what|which) (?:date|day)\b|\b(?:what|which) years? (?:was|were|did|has|have)\b|"
             r"\bfirst year (?:we|of)\b|\b(?:what|which) (?:was|is) (?:our |the )?(?:very )?(?:first|earliest|most recent|latest|last)(?: ever)? (?:race|event)\b"),
)


def _intent(text: str, person: Person | None) -> tuple[str | None, bool]:
    """The first intent whose words appear, and whether the words were explicit."""
    text = rx.sub(_POOLED, " ", text)   # "every year pooled together" asks for no trend
    for intent, pattern in _INTENT_PATTERNS:
        if rx.search(pattern, text):
            if intent == "count" and rx.search(r"\bby (?:the |their )?number of\b", text) and rx.search(
                    r"\btop\b|\bmost\b|\brank", text):
                return "top", True    # "top 10 runners by number of races": a ranking, not a count
            if intent == "trend" and rx.search(r"\bhow many\b", text) and not rx.search(
                    pattern, rx.sub(r"\bover (?:the years|time)\b", " ", text)):
                return "count", True  # "how many different runners have we timed over the years": one total
            return intent, True
    # ("tacoma half finishers 2025? just the half marathon race", "… 1 mile entrants 2025 (any status)")
    if not person and rx.search(rf"\b(?:runners|finishers|starters|entrants|entries|dnfs|dqs|dns|no[- ]shows|residents|locals|people|"
                                rf"women|men|{_DEMONYMS})\b", text) and (
            text.rstrip().endswith("?") or rx.match(r"^[\w\s'.,()?-]*\b(?:finishers|starters|entrants|dnfs|dqs|dns|no[- ]shows|"
                                                    rf"(?:runners|residents|locals|people|women|men|{_DEMONYMS}) who (?:finished|"
                                                    r"ran|started|entered|did))\b[\w\s'.,()?-]*$", text.strip())) and not rx.search(
            r"\b(?:sorted|ordered)\b|\b(?:oldest|youngest) first\b|"   # ("… sorted by age, oldest first": a list)
            r"\bwhat (?:was|is|were) the\b[^?]*\b(?:time|pace)\b", text):   # ("what was the 5th place time among men")
        # "solstice 10k finishers last summer(?)", "Ithaca residents who finished the 5K last year": a bare noun
        # phrase asks how many
        return "count", False
    if person:
        return "list", True     # "kylie barrett results please": a runner named is a runner's results
    if rx.search(r"\b(?:runners?|participants?|finishers?|entrants?|results?|events?|women|men|females?|males?|athletes?|"
                 r"people|kids)\b", text):
        return "list", False
    return None, False


# runners named by their state ("Floridians", "New Yorkers"): people, counted as people
_DEMONYMS = "(?:" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + ")s?"


# the groups kept when they have one at least: "(only groups that had any)", "only the years with some"
_ONLY_WITH_ANY = (r"\bonly (?:the )?(?:groups|ones|years|those|age groups|races|events|states|cities|editions)(?: that)? "
                  r"(?:had|have|has|with|having|showing) (?:any|some|one|at least one)\b")
# "the winning time in each of the three races": one row per race, however many it names
_EACH_OF_RACES = r"\b(?:in |for )?each of (?:the|its|their) (?:(?:two|three|four|five|[2-5]) )?(races|distances)\b"
# a runner's status asked, not kept: "did she get a finish or not", "what was his result status"
_STATUS_ASKED = (r"\b(?:get|got|have|had|record(?:ed)?)? ?(?:a |an official )?finish(?:ed)? or not\b|\b(?:result|finish|race) status\b|"
                 # (never "how many (races) did she finish": a count of her finishes)
                 r"\bwhat (?:was|is) (?:her|his|their) status\b|(?<!many )(?<!races )(?<!times )(?<!events )(?<!ones )"
                 r"\bdid (?:she|he|they) finish\b|"
                 # "was he a DNS, DNF or disqualified?": which of them, not a filter to one
                 rf"\b(?:was|were|is)\s+(?:[\w']+\s+){{0,2}}?{NO_FINISH_WORD}(?:,\s*{NO_FINISH_WORD})*,?\s*or\s*{NO_FINISH_WORD}\b")
# which of a runner's results was the faster: "which one was he faster at", "which was his faster 5K", "where was she quicker"
_FASTER_OF_HERS = (r"\b(?:which|where)(?: one| event| race| year| time| of (?:the|them|those|these)(?: two)?)? (?:was|were|did) "
                   r"(?:he|she|they|i) "
                   r"(?:faster|quicker|fastest|quickest)\b(?: at| in| there)?|\bwhich (?:one )?(?:was|is) (?:his|her|their|my) "
                   r"(?:faster|quicker|fastest|quickest|better)\b")
# where a runner named lives: "where is Henry Smith from", "where does she live", "his hometown (city and state)"
_HOME_OF_RUNNER = (r"\bwhere (?:is|was|are|does|did|do)\b[^?]{0,40}?\b(?:from|live|lives|living|based)\b|\bhome ?towns?\b|"
                   r"\bhome (?:city|address|state)\b|\bcity (?:and|&|\+|,) state\b")
# a race's start (its gun), asked of the race rather than of any runner
_THE_RACE = rf"(?:(?:the |each |every )?(?:races?|gun|{RACE_SAID}))"
_RACE_START = (rf"\b(?:scheduled |official |planned )?start(?:ing)? (?:\(gun\) |gun )?time of {_THE_RACE}\b|"
               rf"\b(?:what time|when) did {_THE_RACE} (?:start|begin|go off)\b(?! (?:running|racing))")


# "was the X held in 2020?", "did we time the X in 2021?", "did the X happen last year?": asked yes or no of its editions
_HELD_ASKED = (r"^\W*(?:was|were|did|has|have|is)\b(?: (?:we|you|our company))?"
               r"(?:(?!\b(?:any(?:one|body)|some(?:one|body)|every(?:one|body)|he|she|they|i)\b)[^?]){0,80}?"
               r"\b(?:held|timed|time|hosted|host|staged|stage|put on|happen|happened|take place|taken place|run|ran)\b"
               r"(?=[^?]*\b(?:20\d\d|year|season|spring|summer|fall|autumn|winter|month)\b)"
               r"(?![^?]*\b(?:runners?|finish\w*|people|women|men|times?|pace|how many|who|any(?:one|body)|some(?:one|body)|"
               r"every(?:one|body)|he|she|they|i|dnf\w*|dns|dq\w*|record|won|win\w*|under|over|faster|slower)\b)")


# the places the company's events were held, asked for: "which states have we put on races in", "the cities where we
# timed events" (never where runners live: "which states do our runners come from")
_PLACES_HELD = (r"\b(?:which|what|the|list (?:the |all )?(?:the )?)(?: different| distinct)? (?:states ?(?:/|and|or|&) ?)?(states|cities|towns)\b"
                r"(?: (?:where|that)\b)?"
                r"(?=[^?]{0,40}\b(?:held|hold|put on|time|timed|host|hosted|stage|staged)\b[^?]{0,20}\b(?:races|events)\b"
                r"(?! (?:for|of) (?:runners|people) from\b))")

# where runners live, asked for: "what states did the finishers come from", "where do our runners travel from" (a state);
# never a runner's own home ("who won, and where is she from")
# ("which Texas cities …", "which New Hampshire towns": the state said between, its runners kept)
_HOMES_ASKED = (r"\b(?:which|what) (?:different |distinct )?(?:home )?(?:(?:\s{3,}|[a-z]+ (?:[a-z]+ )?)(?=cities|towns))?(states|cities|towns)\b"
                # (an event's name said between, blanked: "what states did the half marathon finishers at the 2024
                # Buffalo Half Marathon come from")
                r"(?=[^?]{0,110}\b(?:come|came|coming|travel(?:l?ed|l?ing)?|hail(?:ed)?) from\b|"
                r"\s+(?:are|were)\b[^?]{0,40}?\bfrom\b|"
                r"[^?]{0,60}\b(?:live|lived|living|reside|resided)\b(?! (?:in|near) (?:a|the)\b))|"
                r"\bwhere (?:do|did|does|are|were|have)\b(?=[^?]{0,40}\b(?:runners|finishers|participants|people|entrants|"
                r"racers|athletes)\b[^?]{0,30}\b(?:come|came|coming|travel(?:l?ed|l?ing)?|hail(?:ed)?|from|live|lived|living)\b)")

# the year before the one asked, compared against: "compared with the year before", "vs the previous year", "than a
# year earlier"
# ("… and how does that compare to the edition right before it")
_YEAR_BEFORE = (r"\b(?:compared? (?:with|to)|vs\.?|versus|than|against|relative to|from|over)\s+(?:the |a )?"
                r"(?:year|edition|running) (?:before|prior|earlier)\b(?: (?:it|that))?|"
                r"\b(?:compared (?:with|to)|vs\.?|versus|than|against|relative to|over)\s+(?:the )?(?:previous|prior|preceding) "
                r"(?:year|edition)(?:'s)?\b|\b(?:compared (?:with|to)|vs\.?|versus|than) a year (?:earlier|before|ago)\b")


def _subject(text: str, events: tuple[str, ...], person: Person | None) -> str:
    if not person and rx.search(r"\bhow many (?:different |distinct |unique )?(?:states|cities|towns)\b[^?]{0,40}\b(?:held|hold|"
                                r"put on|time|timed|host|hosted|stage|staged)\b[^?]{0,20}\b(?:races|events)\b|" + _PLACES_HELD, text):
        return "events"     # "how many cities do we hold races in": where the events were held (it counted races)
    if not person and rx.search(r"\bhow many (?:different |distinct |separate )?(?:races|distances)\b" + (
            "" if events else r"(?! (?:has|have|did|does)\b)"), text):
        return "races"      # "how many races were there at / did the Greenville Half Marathon have"
    if events and not person and rx.search(
            r"\b(?:which|what) (?:years?|editions?)(?: \((?:years?|editions?)\))? (?:did|has|have|was|were|of)\b[^?]{0,80}?"
            r"\b(?:have|has|had|offer(?:ed)?|"
            r"include[ds]?|hold|held|feature[ds]?|put on|run|ran)\b(?: (?:an?|the))? (?:\d+ ?k|half|full|marathon|(?:1 |one )?"
            r"mile|half marathon)\b", text) and not rx.search(r"\bhow many (?:\w+ )?(?:finished|ran|runners|finishers|people|entrants|"
                                                      r"did)\b", text):
        # ("… and how many finished it each time": that race's finishers in each of those years, read as results)
        return "races"      # "which years did the Manchester Half Marathon have a 10K": the editions holding that race
    if events and not person and rx.search(r"\b(?:list|show|give|name)(?: me| us)?(?: all| every| each)?(?: of)? (?:the |its |their )?"
                                           r"(?:races|distances)\b(?! (?:of|by|for) (?:each|every|the|a)\b)|"
                                           r"\b(?:list|show|give|name)(?: me| us)? (?:every|each) (?:race|distance)\b", text) and not rx.search(
            r"\bhow many\b|\b(?:finish|runner|people|entrant|winner|won|most|fewest|fastest|slowest|average|median)", text):
        return "races"      # "list all the races at the 2025 Stamford Harvest 10K with their distances" (it listed runners)
    if events and not person and rx.search(r"\b(?:what|which) (?:races|distances)\b(?! (?:did|do|does|has|have|had) "
                                           r"(?:he|she|they|we|you|i|runners?|people|most)\b)", text) and not rx.search(
            r"\bhow many\b|\b(?:finish|runner|people|entrant|most|fewest|fastest|slowest|average|median)", text):
        return "races"      # "what races did the 2024 Springfield Spring Marathon have": its races (it listed runners)
    if events and not person and rx.search(_RACE_START, text):
        return "races"      # "what time did the half start at the 2024 Springfield Spring Marathon": its start time
    if events and not person and rx.search(r"\bwhen (?:was|did|is)\b(?! (?:it|that|this|he|she|they|i) (?:set|run|ran|broken|"
                                           r"achieved)\b)|\b(?:what|which) (?:date|day)\b|\bthe date of\b|"
                                           # "where and when has X been held", "which years has X been held"
                                           r"\b(?:where and when|when and where|when|where|which years|what years|in which "
                                           r"years) (?:has|have|had)\b[^?]{0,60}?\bbeen (?:held|run|timed|staged|hosted|put on)\b|"
                                           # "in which years did we actually hold X"
                                           r"\b(?:which|what) years (?:did|do) (?:we|you) (?:actually |really |even )?"
                                           r"(?:hold|host|time|run|stage|put on)\b|"
                                           # "in which year did we first put on X", "what year was the first X"
                                           r"\b(?:what|which) year (?:did|was|were)\b(?![^?]*\b(?:most|fewest)\b)[^?]*"
                                           r"\b(?:(?:first|inaugural|earliest)\b(?![- ]?tim)|last\b|latest\b|most recent)|"
                                           r"\bfirst year (?:we|of|that)\b",   # "the first year we timed X"
                                           text) and not rx.search(r"\bhow many (?!(?:times|editions|events)\b)", text):
        # (never "the first year we timed X, and how many finished that year": its finishers, that edition's)
        return "events"     # "when was the last Orlando Jingle Bell Run we timed": its editions, by date
    if not person and rx.search(r"\bwhen (?:was|did)\b[^?]{0,20}\b(?:our |the )?(?:very )?(?:first|inaugural|earliest)\b"
                                r"[^?]{0,30}\b(?:race|event)s?\b|\b(?:what|which) (?:was|is) (?:our |the )?(?:very )?"
                                r"(?:first|earliest|most recent|latest|last)(?: ever)? (?:race|event)\b(?! (?:of|at|in) (?:the|our|each|every)\b)", text):
        return "events"     # "when was our first Santa Fe race": the first edition held there (it listed every result)
    if events and not person and rx.search(r"\b(?:which|what) years\b[^?]*\b(?:not|n't|never)\b[^?]*\b(?:take place|happen|held|"
                                           r"run|timed|hosted|hold|host|time)\b", text):
        return "events"     # "which years did the Galveston half not take place": the years without an edition
    if events and not person and rx.search(_HELD_ASKED + r"|\bhow many (?:times|years) (?:was|were|has|have|had)\b[^?]{0,80}?\b(?:been )?"
                                           r"(?:held|timed|hosted|staged|put on)\b", text):
        return "events"     # "how many times was the X held", "was X held in 2020?": its editions
    if events and rx.search(r"\bhow many times (?:have|has|did) (?:we|you|they|our company) (?:timed|held|run|hosted)\b|"
                            # "which years was the Fort Worth Memorial Day 5K timed": its editions
                            r"\b(?:which|what) years (?:was|were)\b[^?]*\b(?:timed|held|hosted|put on)\b|"
                            # "which years have we timed the Fort Worth Solstice 10K": its editions
                            r"\b(?:which|what) years (?:have|has|did) (?:we|you|they|our company) (?:timed|time|held|hold|run|"
                            r"hosted|host|put on)\b|"
                            r"\bhow many editions\b|\bhow many\b[^?]{0,40}?\b(?:events|editions) (?:have|has|did) (?:we|you)\b",
                            text):
        return "events"     # the editions of a named event
    if not (person or events) and rx.search(r"\bwhat (?:did|have|do) (?:we|you) (?:time|timed)\b|"
                                            r"\bhow many (?:of (?:our|the|your) )?(?:event )?editions\b", text):
        return "events"     # "what did we time in the second half of last year", "how many editions were held in CT"
    # ("how has participation at each of our events grown": its entries, never the events counted — 1 each, at 0.93)
    runners = rx.search(rf"\b(?:{_DEMONYMS}|residents?|locals?|participation|turnout|attendance|"   # ("how many Vermonters …")
                        r"runners?|participants?|finishers?|finishes|people|athletes?|entrants?|entries|entry|results?|wom[ae]n|"
                        r"m[ae]n|males?|females?|finished|finish(?:ing)? times?|dnfs?|dns|dqs?|disqualifi\w+|no[- ]shows?|registrations?|who|anyone|everyone|"
                        # ("any 5K finish under 16:00 in any of our races": a result)
                        r"(?:an?|any|every|each|one) (?:\d+ ?k |(?:1 |one )?mile |half(?: marathon)? |marathon )?finish(?! line)|"
                        # "fastest 10K time ever at our events", "the fastest average pace at any of our events": times
                        r"qualifiers?|(?:fastest|slowest|quickest|best|worst|winning|record)\b[^?]{0,20}?\b(?:times?|paces?)|"
                        # ("fastest mile ever run at one of our events? just the time": a result)
                        r"(?:fastest|slowest|quickest|record)\s+(?:(?:1|one)[- ])?(?:mile|5 ?k|10 ?k|half(?: marathon)?|marathon|50 ?k))\b",
                        text)
    most_years = not person and (rx.search(_MOST_YEARS, text) or rx.search(_MOST_EVENTS, text) and runners)
    if person or runners or most_years:
        if rx.search(_MOST_RACES, text) or most_years:
            return "people"
        return "results"
    if rx.search(r"\b(?:biggest|largest|smallest)\b", text) and not runners:
        return "events"
    if rx.search(r"\braces\b", text) and not events:
        return "races"
    if rx.search(r"\bevents?\b", text) and not events:
        return "events"
    return "results"


# a group said as who won the race ("a woman won", "won by runners over 50", "did a teen ever win it"): an overall win
# by one of them, never the group's own winner ("the women's winner", "the masters winner")
_GROUP_WON = (r"\b(?:an?|any|one)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|female|male|girl|guy|lady|teen(?:ager)?|minor|master|"
              r"runner|kid|junior|senior|person|someone)s?\b[^?]{0,30}?\b(?:won|win|wins|winning|took|take)\b|"
              r"\b(?:women|men|females|males|teens|teenagers|minors|masters)\b(?: have| had| ever)* (?:won|win)\b|"
              r"\bwins? do (?:women|men|females|males|teens|masters)\b|"
              # "how many of the winners were women", "was the winner a teenager"
              r"\b(?:winners?|champions?) (?:(?:have |has )?(?:been|were|was|are|is) (?:an? )?|an? )(?:wom[ae]n|m[ae]n|"
              r"females?|males?|girls?|guys?|lad(?:y|ies)|teens?|teenagers?|minors?|masters?|(?:over|under|older than|"
              r"younger than) \d+)\b|"
              # "which of the winners of X were women", "were any of the X winners teenagers"
              r"\b(?:winners?|champions?) of\b[^?]{0,60}? (?:were|was|have been) (?:an? )?(?:wom[ae]n|m[ae]n|females?|males?|"
              r"teens?|teenagers?|minors?|masters?)\b|"
              r"\b(?:were|was) any of (?:the|our)\b[^?]{0,60}?\b(?:winners?|champions?) (?:wom[ae]n|m[ae]n|females?|males?|"
              r"teens?|teenagers?|minors?|masters?)\b|"
              # "was the winner of X a teenager", "the youngest woman to win a race"
              r"\b(?:was|is|were) (?:the )?(?:overall )?(?:winners?|champions?)\b[^?]{0,80}?\b(?:(?:an? |any )(?:wom[ae]n|m[ae]n|"
              r"females?|males?|girls?|guys?|lad(?:y|ies)|teens?|teenagers?|minors?|masters?)|(?:over|older than) \d+)\b|"
              r"^\W*(?:was|is|were)\b[^?]*\b(?:winners?|champions?) (?:over|older than) \d+\b|"
              r"\b(?:wom[ae]n|m[ae]n|females?|males?|girls?|teens?|teenagers?|masters?|runners?) to (?:ever )?win\b|"
              r"\b(?:anyone|anybody|someone|somebody) (?:aged |ages? )?(?:over|under|older than|younger than|in (?:their|his|her))"
              r" \d+s?\b[^?]{0,30}?\b(?:won|win)\b|"
              r"\bhow many (?:of (?:them|those|these) )?(?:were|was|have been|are) (?:wom[ae]n|m[ae]n|"
              r"females?|males?|teens?|teenagers?|minors?|masters?)\b|"
              r"\bwon (?:overall |outright )?by (?:an? |any )?(?:[\w-]+ ){0,2}?(?:wom[ae]n|m[ae]n|females?|males?|runners?|someone|"
              r"teens?|teenagers?|masters?|people)\b")


# the sex of whoever is named asked about, not a filter: "and was it a woman", "which of them were men"
_AGE_ASKED = r"\b(?:was|is) (?:he|she|it|that|the winner) (?:an? )?(?:master|grand ?master|teen(?:ager)?|minor|junior|senior)s?\b"
_SEX_ASKED = (r"\b(?:was|is|were) (?:(?:it|he|she|they|that|the winners?) |(?:any|all|none|either|both) (?:of (?:them|those) )?)"
              r"(?:an? )?(?:wom[ae]n|m[ae]n|females?|males?|girls?|guys?)\b|\bwhich (?:of them |of those |ones? )?(?:were|was|are|is) (?:an? )?(?:wom[ae]n|m[ae]n|females?|males?)\b")


def _keeps_status(parsed: Parsed, statuses: tuple[str, ...], text: str) -> bool:
    """Whether the reading keeps one of ``statuses`` anywhere: as its filter, a rate, a ranking's measure, a share's part,
    a group compared, a cohort's history, or every status counted ("entries, DNFs counted")."""
    said = {parsed.status, parsed.share_of.status if parsed.share_of else None,
            *(group.status for group in parsed.compared)}
    return bool(said & set(statuses) or parsed.metric and parsed.metric.kind == "rate" or
                parsed.ranking and any(s.lower() in parsed.ranking.measure for s in statuses) or
                parsed.cohort or parsed.intent == "analyze" and not (parsed.measure or parsed.metric) or
                "status" in parsed.group_by or   # (a row per status)
                parsed.person is not None and parsed.status is None and bool(rx.search(_STATUS_ASKED, text)) or  # (hers asked)
                parsed.status is None and bool(_EVERY_STATUS.search(text)))   # (a summary shows every status's count)


_MALE_SAID, _FEMALE_SAID = sex_said("M"), sex_said("F")


# a share said around a cohort the question reads: "what fraction (of the 2023 group)", "what percent of them"
_COHORT_SHARE = (rf"\b(?:what|which)\s+{_SHARE_WORD}(?:\s+of\s+(?:them|those|the (?:\d{{4}} )?"
                 r"(?:group|cohort|bunch|ones)|that (?:group|cohort)))?\b|\bas an? (?:percent(?:age)?|share|fraction)\b|"
                 # "how many finished again in 2024, and what's the retention percentage?"
                 rf"\b(?:and |with )?(?:what(?:'s| is| was) )?(?:the |their )?(?:retention|return|come-?back) (?:{_SHARE_WORD}|rate)\b")
# a time's holder asked beside it: "… and who ran it", "and the year it was run", "with the runner's name"
_HOLDER_ASKED = (r"^\W*who\b|\b(?:and|with|plus)\s+(?:who (?:ran|set|did|holds?|owns?|had) (?:it|them|each)|whose (?:it was|was it)|"
                 r"(?:the )?(?:year|date|event|runner|name)s? (?:it was|each was|they were) (?:run|set)|"
                 r"(?:which|what) (?:year|event|runner)|(?:the |their |his |her |a )?(?:runner|name)s?\b|when)\b")
# "median finish time for each year, ranked fastest year first", "DNF rate by race, sorted highest rate first", "…,
# sorted fastest to slowest": every group, in the order said
_ORDER_WORD = r"(?:fastest|quickest|slowest|highest|lowest|most|fewest|largest|biggest|smallest|oldest|youngest)"
_ORDER_SAID = re.compile(rf"\b(?:(?:ranked|sorted|ordered|rank|sort|order)(?: (?:by|on) (?:the )?[\w' -]{{1,30}}?)?,? )?(?:from )?"
                         rf"(?:the )?({_ORDER_WORD})(?: [\w'-]+){{0,2}}? (?:first|(?:down |up )?to (?:the )?{_ORDER_WORD})\b")
_ASCENDING = ("fastest", "quickest", "lowest", "fewest", "smallest", "youngest")


def _ordered_groups(parsed: Parsed, order: re.Match) -> tuple[Parsed, bool]:
    """A measure per group, every group in the order said: a ranking over the one dimension by that measure, and
    whether it was read (a measure the rankings do not hold leaves the order unread, said back)."""
    if parsed.ranking:   # ("entrants per event in 2024, ordered fewest first": read with the ranking, the same way)
        return parsed, parsed.ranking.descending == (order.group(1) not in _ASCENDING)
    if len(parsed.group_by) != 1 or parsed.person or parsed.cohort or parsed.intent not in (
            "analyze", "count", "trend") or parsed.difference or parsed.compared:
        return parsed, False
    measure = _ranked_measure(parsed)
    # (the word must fit the measure: "finishers year by year, oldest first" is the years in order, not a ranking)
    fits = {"time": ("fastest", "quickest", "slowest"), "rate": (), "count": ("most", "fewest", "largest", "biggest", "smallest"),
            "people": ("most", "fewest", "largest", "biggest", "smallest"), "age": ("oldest", "youngest")}
    if measure is None or parsed.clock == "gun" and measure.endswith("_time") or order.group(1) not in (
            "highest", "lowest", *fits[measure.rsplit("_", 1)[-1]]):
        return parsed, False
    return replace(parsed, intent="top", ranking=Ranking(parsed.group_by[0], measure, order.group(1) not in _ASCENDING,
                                                         RANK_ALL)), True


# "which year saw the biggest drop in finishers compared with the edition before it", "the 2 editions with the largest
# growth over the year before"
_RISES = ("increase", "jump", "rise", "growth", "gain", "climb")
_YEAR_OF_CHANGE = re.compile(
    r"\b(?:which|what|the)(?: (?P<n>two|three|four|five|[2-9]))? (?:years?|editions?)\b[^?]{0,90}?\b(?:biggest|largest|sharpest|"
    r"steepest|greatest|most|worst|best)\s+(?:year[- ]over[- ]year\s+|yoy\s+)?(?P<change>drop|decline|fall|falloff|decrease|loss|"
    r"increase|jump|rise|growth|gain|climb)\b[^?]{0,90}?\b(?:(?:compared (?:with|to)|from|over|vs\.?|versus|than|on) (?:the |its |that )?"
    r"(?:previous|prior|preceding|last) (?:year|edition|one)|(?:edition|year|one) before(?: (?:it|that))?)\b")


def _sized_groups(parsed: Parsed, said: re.Match) -> Parsed | None:
    """A measure per group over the groups of a size said ("DNF rate for each age group that had at least 100
    starters", "median time by age group, only groups with 20+ finishers"): a ranking of every group of that size
    (the size was left unread: every group was given). None when the reading is no measure of one grouping."""
    if parsed.ranking:   # (a ranking read the size itself, or was read from an order said after the grouping)
        return None if parsed.ranking.min_group or parsed.ranking.max_group else replace(parsed, ranking=sized(parsed.ranking, said))
    if len(parsed.group_by) != 1 or parsed.person or parsed.cohort or parsed.intent not in (
            "analyze", "count", "trend") or parsed.difference or parsed.compared or not (measure := _ranked_measure(parsed)):
        return None
    # (no order said: the fastest time first, the highest count or rate first)
    return replace(parsed, intent="top", ranking=sized(Ranking(parsed.group_by[0], measure, not measure.endswith("_time"),
                                                               RANK_ALL), said))


def _ranked_measure(parsed: Parsed) -> str | None:
    """The ranking measure (``Ranking.measure``) of a grouped reading's own measure, None for one rankings lack."""
    if parsed.measure:
        return {"median": "median_time", "average": "avg_time", "average_age": "avg_age",
                "median_age": "median_age"}.get(parsed.measure)
    if parsed.metric:
        return {"DNF": "dnf_rate", "DNS": "dns_rate", "FIN": "finish_rate"}.get(parsed.metric.unit) \
            if parsed.metric.kind == "rate" else None
    return "people" if parsed.distinct_people else "count"


# "which years had sub-18 men", "which events had DNFs in 2024", "in which months did someone DNF": the groups asked
_WHICH_GROUPS_HAD = re.compile(r"^\W*(?:(?:in|at|for|during|over) )?(?:which|what) (years|events|races|distances|months|"
                               r"states|cities|age groups|editions) (?:did|had|have|has|saw|see|were|was|got|get|produced|"
                               r"featured)\b")


def _groups_that_had(parsed: Parsed, text: str) -> Parsed:
    """A list of results asked as "which <groups> had …" is one row per group holding one at least, with how
    many: the issue's rule that "which X" answers the X, never the underlying result rows (break attempt, session
    18: "which years had sub-18 men at any event" listed six results). Only when a filter picks the results out
    (a sex, a time limit, a status, an age, a home): "which years had the Jingle Bell Run" asks for its editions."""
    said = _WHICH_GROUPS_HAD.search(text)
    picked = (parsed.sex or parsed.time_limit or parsed.status not in (None, "FIN") or parsed.age or parsed.age_group or
              parsed.runner_state or parsed.runner_city or parsed.out_of_state or parsed.born or parsed.pace_limit)
    if not said or not picked or parsed.intent not in ("list", "find", None) or parsed.subject != "results" or (
            parsed.person or parsed.group_by or parsed.ranking or parsed.cohort or parsed.place or parsed.limit or
            parsed.metric or parsed.measure or parsed.winners or parsed.compared):
        return parsed
    return replace(parsed, intent="count", group_by=(GROUPINGS[said.group(1)],), groups_with_any=True)


def _meaning_missing(parsed: Parsed, text: str) -> list[str]:
    """Words whose meaning must show in the parse, said where it does not: "median" with no median computed, an age
    said as a word ("teenagers", "minors") with no age kept. The accounting takes a word it knows as used wherever it
    appears; these are checked against what was read (held-out 62: "lowest median finisher age" ranked by the
    average, "fastest mile by a teenager" ranked every runner)."""
    missing = []
    medians = ("median" in (parsed.measure or "") or parsed.metric is not None and parsed.metric.aggregate == "median" or
               parsed.ranking is not None and parsed.ranking.measure.startswith("median") or
               parsed.field_limit is not None and parsed.field_limit.aggregate == "median" or
               parsed.rival is not None and parsed.rival.side == "to_median")
    if rx.search(r"\bmedians?\b", text) and not medians:
        missing.append("median")
    if (said := rx.search(AGE_NOUNS, text)) and parsed.age is None and not parsed.compared and \
            "age_decade" not in parsed.group_by:   # ("by age decade (teens, 20s, 30s …)": the decades named)
        missing.append(said.group(0))
    averages = ("average" in (parsed.measure or "") or parsed.metric is not None and parsed.metric.aggregate == "avg" or
                parsed.field_limit is not None and parsed.field_limit.aggregate == "avg" or
                parsed.ranking is not None and parsed.ranking.measure.startswith("avg") or parsed.averaged_over or
                parsed.rival is not None and parsed.rival.side == "to_average")
    if (said := rx.search(r"\b(?:average|avg|mean)\b", text)) and not averages:
        missing.append(said.group(0))
    elif said and parsed.ranking is not None and parsed.ranking.measure in ("count", "people") and parsed.intent == "top" \
            and not (parsed.averaged_over or parsed.metric):
        # "which state's runners average the most entries per person": a ranking by a count, the average unread (it
        # ranked states by their entries)
        missing.append(said.group(0))
    # "how many finishers in her age group", "out of how many in that age group": one runner's (or one named) age group,
    # unknown with none read (it counted every finisher, at 1.0; "their age group" is each runner's own)
    if (said := rx.search(r"\b(?:in|of|within|for) (?:her|his|my|that|the same) (?:own )?(?:age[- ]?group|division|"
                          r"category)\b", text)) and not (parsed.person or parsed.age_group or parsed.age or parsed.rival or
                                                       parsed.winners_by or parsed.ranking or parsed.group_by or
                                                       parsed.top_places_within or parsed.time_placed is not None):
        missing.append(said.group(0))
    # "Samantha Dean ran the 10K in 2022. How many runners from her hometown finished that race?": her town as where
    # others live is not read (it counted her own finish, 1, at 1.0)
    if said := rx.search(r"\b(?:from|in|of) (?:her|his|the same) (?:own )?(?:home ?towns?|home cit(?:y|ies)|home states?|"
                         r"towns?|cit(?:y|ies)|states?)\b", text):
        missing.append(said.group(0))
    # "how many would have missed a 6:30:00 limit, counting DNFs": runners with no finish have no time to be over it
    if (said := rx.search(r"\b(?:counting|including|plus|with|and) (?:the |any |all )?(?:dnfs?|dnf'd|non-?finishers|runners who "
                          r"(?:did not|didn'?t) finish|dropouts?)\b", text)) and parsed.status in (None, "FIN") and (
            parsed.time_limit or parsed.pace_limit):
        missing.append(said.group(0))
    # "What's my best 5K at the Greenville Half Marathon?" with no runner named: the asker's own result, unknown (it gave
    # the field's best)
    if (said := rx.search(r"\bmy (?:own )?(?:best|fastest|quickest|slowest|worst|pr|prs|personal (?:best|record)s?|times?|paces?|"
                          r"places?|placings?|finish(?:es)?|results?|races|chip times?|gun times?|age[- ]?group places?)\b", text)) \
            and not (parsed.person or parsed.more_people) and not rx.search(
                # ("If I'd run 1:45:00 there, what would my place have been": a time supposed, no runner's)
                r"\bif (?:i'?d|i had|i ran|i run|i were|i was)\b|\bwould (?:my|i)\b|\bwould have\b", text):
        missing.append(said.group(0))
    # "how many finishers did we have each thanksgiving": a holiday of every year with no race of it named (it counted
    # every finish of every year)
    # ("finishers on thanksgiving, all years included": the same)
    holidays = '|'.join(holiday for holiday, _ in _HOLIDAY_RACES)
    if (said := rx.search(rf"\b(?:each|every) (?:{holidays})\b", text) or not parsed.dates and rx.search(
            EVERY_YEAR_SAID, text) and rx.search(rf"\b(?:{holidays})\b", text)) and not parsed.events:
        missing.append(said.group(0))
    # "finishers with bib numbers between 100 and 200": a range of bibs, no filter the spec holds (it was read as times)
    if said := rx.search(r"\bbibs?(?: numbers?| #s?| nos?\.?)?\s+(?:between|from|ranging|in the range|numbered)\b", text):
        missing.append(said.group(0))
    # "ran A and B in the same year" read as no runners of both: the year they share unread (it counted every result)
    if (said := rx.search(r"\bsame (?:calendar )?year\b", text)) and parsed.cohort is None:
        missing.append(said.group(0))
    # "the finish clock time of the 2022 winner": a time of day at the line, given only as the first or last crossing,
    # a window or a minute of the clock (it gave the winner's chip time)
    # ("the slowest clock time": the gun time, said so)
    if (said := rx.search(r"\btime of day\b|\b(?:what|which) clock time\b|\bfinish(?:-line)? clock time\b", text)) and not (
            parsed.measure in (*FINISH_LINE_MEASURES, BOTH_CROSSINGS) or parsed.clock_window or
            set(CLOCK_DIMENSIONS) & set(parsed.group_by) or
            parsed.crossing_shown or
            parsed.ranking and parsed.ranking.dimension in CLOCK_DIMENSIONS):
        missing.append(said.group(0))
    # "which edition had the largest growth in finishers": a ranking by the count, the change unread (it ranked the
    # editions by their finishers)
    if parsed.ranking is not None and parsed.ranking.measure in ("count", "people") and not (
            parsed.change_years or parsed.year_over_year) and (said := rx.search(
                r"\b(?:growth|grew|declines?|declined|increases?|increased|jumps?|jumped|drop(?!\s*outs?\b))\b", text)):
        missing.append(said.group(0))
    # "how many guys beat the first woman": both sexes said, one kept (it listed the first woman)
    other = {"F": _MALE_SAID, "M": _FEMALE_SAID}.get(parsed.sex or "")
    if other and (said := rx.search(other, text)) and not (
            "sex" in parsed.group_by or parsed.compared or parsed.difference or parsed.men_and_women or parsed.winners_by):
        missing.append(said.group(0))
    # "ran only the 1 mile" read as runners of the mile: the runners of no other race dropped ("only" is filler elsewhere)
    if (said := ONLY_RACE.search(text)) and not (parsed.cohort and parsed.cohort.kind == "only"):
        missing.append(said.group(0).strip())
    # "how many DNFs …" with no DNF kept anywhere in the reading: the status dropped (it counted the finishers)
    if (said := rx.search(DNF_SAID, text)) and \
            not _keeps_status(parsed, ("DNF", "UNFINISHED", "DNF_OR_DQ"), text):
        missing.append(said.group(0))
    # "registered as gender X" with no sex read, "sex recorded as F or X", "men and non-binary runners": the code or
    # the third sex said and not kept (it counted every runner, or the women alone)
    if (said := rx.search(r"(?<![-'])\bx\b(?![-'])|\bnon[- ]?binary\b", text)) and parsed.sex != "X" and not (
            "sex" in parsed.group_by or parsed.compared):
        missing.append(said.group(0))
    # "who won the Bend 10K in 2022 and how many finished within 90 s of the winner": two questions, the winner dropped
    # (it gave the count alone at 1.0)
    if (said := rx.search(r"\bwho won\b", text)) and parsed.intent == "count" and not (parsed.winners or parsed.person):
        missing.append(said.group(0))
    # its mirror, "who won the Fort Collins Solstice 10K and how many finished it?": the count dropped (it gave the
    # winner alone at 1.0); a count of wins ("… the most times, and how many wins") is the winners' own
    elif (said := rx.search(r"\bwho won\b[^?]*?\band how many\b(?! (?:times|wins|titles|victories|seconds|minutes)\b)", text)) and \
            parsed.winners and parsed.intent != "count" and not parsed.with_count:
        missing.append(said.group(0)[said.group(0).rfind("how many"):])
    # "how much faster was the men's winner …" with no difference or change in the reading (it listed both years'
    # winners): the difference asked, dropped
    # ("… had more finishers, San Jose or Santa Cruz, and by how many?": the one with more, the margin dropped at 1.0)
    # ("break down the 2024 finishers by pace": a count per pace band, which bands unsaid — never one average pace)
    if (said := rx.search(r"\bby (?:their |finishing |chip |gun )?paces?\b(?! (?:bands?|per|of|group|brackets?)\b)", text)) and \
            not (parsed.time_bands or parsed.band_width or parsed.ranking or parsed.person):
        missing.append(said.group(0))
    # ("Which one was he faster in, and by how many seconds?": a time's difference, never a count of results)
    if (said := rx.search(r"\bhow (?:much|many (?:seconds|minutes)) (?:faster|slower|quicker)\b|\bhow many (?:more|fewer)\b|"
                          r"\band by how many\b(?! (?:seconds|minutes))|\bby how many (?:seconds|minutes)\b", text)) and \
            not parsed.pair and not (
            parsed.metric and parsed.metric.kind == "gap") \
            and not (parsed.difference or parsed.change_years or parsed.year_over_year or parsed.cohort or parsed.winner_gap or
                     parsed.field_limit or parsed.metric and parsed.metric.kind == "margin" or parsed.time_bands or
                     parsed.compared or parsed.rival):
        missing.append(said.group(0))
    # "who has won their age group the most times? top 5", "our all-time leaders in age-group wins, top 3": a leaderboard
    # of wins it cannot give yet (the N had become the podium's depth, or the wins a ranking by time)
    if rx.search(r"\bage[- ]?group (?:wins|titles|victories)\b|\bwon (?:their|his|her) age[- ]?group\b|\ball[- ]time (?:age[- ]?group )?"
                 r"(?:leaders|winners)\b", text) and rx.search(r"\bmost\b|\bleaders?\b|\ball[- ]time\b|\bby number of\b", text) and (
            said := rx.search(r"\btop (?:\d+|three|five|ten)\b(?! (?:overall|finishers|places?)\b)|\bthe (?:\d+|three|five|ten) runners\b",
                              text)) and not (parsed.top_places == 1 and parsed.subject == "people"):
        missing.append(said.group(0))
    # "average age of DNF and DQ men": a DQ said and kept nowhere in the reading (it kept the DNFs alone)
    if (said := rx.search(r"\bdq(?:s|'d|'s|ed)?\b|\bdisqualifi\w*", text)) and \
            not _keeps_status(parsed, ("DQ", "UNFINISHED", "DNF_OR_DQ"), text):
        missing.append(said.group(0))
    return missing


def _with_confidence(parsed: Parsed, intent_sure: bool) -> Parsed:
    """1.0 for an explicit intent with every name resolved; each doubt costs."""
    if parsed.intent is None:
        score = 0.2
    else:
        score = 0.9 if intent_sure else 0.55
        recognised = sum(1 for value in parsed.entities().values() if value)
        score += min(0.1, 0.03 * recognised)
        score = min(score, DOUBTED) if parsed.notes or parsed.unused else score
        if parsed.intent in ("compare",) and not (parsed.group_by or parsed.pair):
            score = min(score, 0.4)
        if parsed.intent in ("list", "find", "top") and parsed.subject == "results" and len(parsed.entities()) == 0 \
                and not parsed.ranking:   # ("which event had the most DNFs" ranks every event: nothing to name)
            score = min(score, 0.5)     # "every runner we ever timed" is almost never what was asked
    return replace(parsed, confidence=round(max(0.05, min(1.0, score)), 2))
