"""One plain-English sentence saying what a parsed question's query computes, conventions included."""

from __future__ import annotations

from dataclasses import replace

from datetime import date

from nlq import rx
from nlq.constructs import GAP_AGGREGATE_WORDS, LATER_YEAR, RANK_ALL, Ranking, clock_words
from nlq.entities import age_band_names, band_names, duration_words
from nlq.parser import (Parsed, change_said_as_a_fall, counts_every_year, each_event_edition,
                        events_listed_once, minutes_asked, ranked_within, runners_per_group)
from nlq.rivals import REFERENCES
from nlq.runner_pairs import SAID as PAIR_SAID

_WHAT = {
    "count": "Counted", "list": "Listed", "find": "Found", "top": "Ranked", "compare": "Compared",
    "analyze": "Summarised", "trend": "Counted",
}
_SEX = {"M": "men", "F": "women", "X": "non-binary runners"}
_ONE_OF_SEX = {"M": "man", "F": "woman", "X": "non-binary runner"}
_STATUS = {"FIN": "finishers", "DNF": "runners who did not finish", "DNS": "runners who did not start",
           "DQ": "disqualified runners", "STARTED": "starters (every result but DNS)",
           "UNFINISHED": "entries with no finish (DNS, DNF or DQ)",
           "DNF_OR_DQ": "starters with no finish (DNF or DQ)"}
# a runner's results of one status ("how many races did she start but not finish": her starts with no finish)
_HER_RESULTS = {"FIN": "finishes", "DNF": "DNFs", "DNS": "no-shows (DNS)", "DQ": "disqualifications",
                "STARTED": "starts (every result but DNS)", "UNFINISHED": "entries with no finish (DNS, DNF or DQ)",
                "DNF_OR_DQ": "starts with no finish (DNF or DQ)"}
_MEASURE = {"average": "the average chip time", "median": "the median chip time",
            "fastest": "the fastest chip time", "slowest": "the slowest chip time", "average_age": "the average age", "median_age": "the median age",
            "youngest_age": "the youngest age", "oldest_age": "the oldest age", "stddev_age": "the standard deviation of the age",
            "fastest_and_slowest": "the fastest and the slowest chip time (and the spread between them)",
            "stddev": "the standard deviation of the chip time (sample)",
            "iqr": "the interquartile range of the chip time (75th minus 25th percentile)",
            "total_km": "the total distance run (km, each finish's race distance summed)",
            "total_miles": "the total distance run (miles, each finish's race distance summed)",
            "last_crossing": "the time of day the last finisher crossed the line (the race's start plus the gun time)",
            "first_crossing": "the time of day the first finisher crossed the line (the race's start plus the gun time)",
            "finish_span": "how long the finish line was busy: the last finisher's crossing minus the first's (seconds, "
                           "on the clock at the line)"}


_TOTAL_WORDS = {"events": "events (each edition)", "event_names": "events by name (each once over its editions)",
                "editions": "editions", "races": "races (each race of each edition)", "finishers": "finishers (finishes)",
                "results": "results (every status)", "starters": "starters (every result but DNS)",
                "runners": "runners (each person once)", "runner_results": "runners (their results)",
                "finishing_runners": "finishers (each person once)"}
_DISTINCT_WORDS = {"state": "home states", "city": "home cities", "age_group": "age groups", "event": "events",
                   "edition": "editions (an event in one year)", "year": "years", "race": "races", "month": "months",
                   "month_of_year": "months", "sex": "sexes"}


def explain(parsed: Parsed) -> str:
    """E.g. "Counted finishers in the Marathon races of the Hartford Marathon (every edition), chip time under
    3 hours, last year (2025)." """
    if parsed.audit:   # (a check of the results asked: nlq.constructs_sql.audit_query)
        checked = explain(replace(parsed, audit=None, intent="list")).removeprefix("Listed ").rstrip(".")
        return f"{'Listed' if parsed.audit.listed else 'Counted'} {parsed.audit.words()}, among the {checked}."
    if parsed.among:   # (the second question of "of the runners who …, how many …", over the first one's runners)
        if parsed.among_absent:
            return (f"Counted the runners chosen first with none of these: {explain(replace(parsed, among=None, among_absent=False))} "
                    f"The runners chosen first: {explain(parsed.among)}")
        return f"{explain(replace(parsed, among=None)).rstrip('.')}; only the runners chosen first: {explain(parsed.among)}"
    if parsed.years_not_held:   # (nlq.sqlbuild: the years without one)
        within = parsed.dates.words if parsed.dates else "between its first and latest editions" if parsed.events else \
            "between your first and latest events"
        held = f"the {' and the '.join(parsed.events)} held no edition" if parsed.events else "none of your events was held"
        return f"Listed the years in which {held}, {within}."
    who = "events" if parsed.ranking and parsed.ranking.measure == "events" else _who(parsed)
    verb = "Counted the groups of" if parsed.ranking and parsed.ranking.counted else "Ranked" if parsed.ranking else \
        "Listed" if parsed.cohort and parsed.cohort.listed else "Compared" if (
        parsed.change_years or parsed.cohort and parsed.cohort.with_returning) and (parsed.measure or parsed.metric) else \
        "Counted" if parsed.intent == "top" and parsed.group_by and not (parsed.metric and parsed.metric.kind in (
            "gap", "pace")) and not runners_per_group(parsed) else \
        _WHAT.get(parsed.intent or "", "Looked at")
    head = f"{verb} {'editions' if parsed.subject == 'events' and parsed.events and who == 'events' else who}"
    if parsed.totals:   # "how many events, races and finishers": each count (nlq.sqlbuild.TOTALS)
        head = "Counted, side by side, " + ", ".join(_TOTAL_WORDS[kind] for kind in parsed.totals)
    if parsed.distinct_of in ("city", "state") and parsed.subject == "events" and parsed.intent == "count":
        head = f"Counted events and the different {parsed.distinct_of.replace('city', 'citie')}s they were held in"
    elif parsed.distinct_of and parsed.intent in ("count", "trend"):   # "how many states were represented"
        head = f"Counted the different {_DISTINCT_WORDS[parsed.distinct_of]} of {who}"
    elif events_listed_once(parsed):   # "which of our events are run in May"
        head = "Listed each event once, with its editions and its first and latest date"
    if parsed.events:
        where = " and ".join(f"the {name}" for name in parsed.events)
        every = [f"its last {parsed.last_editions} editions"] if parsed.last_editions else \
            ["every edition"] if not (parsed.dates or len(parsed.years) > 1 or parsed.edition or (
            parsed.cohort and parsed.cohort.legs)) else []
        editions = f" ({', '.join((['every race'] if not parsed.distances and parsed.subject != 'events' else []) + every)})" \
            if every or not parsed.distances and parsed.subject != "events" else ""
        race = f"the {' and '.join(d.label for d in parsed.distances)} race{'s' * (len(parsed.distances) > 1)} of " \
            if parsed.distances else ""
        if (own := parsed.race_of_each_event()) is not None:   # "the Half Marathon of the Tacoma …, the 5K of the Bend …"
            race, where = "", " and ".join(f"the {own[name].label} of the {name}" if name in own else
                                           f"the {name} (every race)" for name in parsed.events)
        # ("was the Nashua Mother's Day 5K held in 2020": "Counted editions of the Nashua Mother's Day 5K, 2020")
        head += f" of {where}{editions}" if parsed.subject == "events" and not race and who == "events" and \
            not parsed.distinct_of else f" in {race}{where}{editions}"
    elif parsed.distances and parsed.subject != "events":
        head += " in " + " and ".join(d.label + " races" for d in parsed.distances)
    elif parsed.distances:   # "which of our events had a 10K in 2024": the events holding that race
        head += " holding a " + " or a ".join(d.label + " race" for d in parsed.distances)
    if parsed.years_excluded:
        head += " except " + " and ".join(map(str, parsed.years_excluded))
    if parsed.races_excluded:
        head += " except the " + " and ".join(d.label for d in parsed.races_excluded) + \
            f" race{'s' * (len(parsed.races_excluded) > 1)}"
    parts = [head, *filter_words(parsed)]
    if parsed.dates:
        parts.append(parsed.dates.words)
    elif len(parsed.years) > 1 and not ({"year", "edition"} & set(parsed.group_by) or parsed.intent in ("compare", "trend")
                                        or parsed.cohort or parsed.change_years):
        parts.append(" and ".join(str(y) for y in parsed.years) + " together")   # "in 2019 and 2022 combined"
    elif len(parsed.years) > 1 and "edition" in parsed.group_by:
        parts.append(", ".join(str(y) for y in parsed.years[:-1]) + f" and {parsed.years[-1]}")
    elif len(parsed.years) > 1:
        parts.append(" vs ".join(str(y) for y in parsed.years))
    if parsed.month:
        parts.append(f"in {date(2000, parsed.month, 1):%B} of any year")
    if 0 < len(parsed.seasons) < 4:   # (all four named: "which season - spring, summer, fall or winter -")
        parts.append("in " + " or ".join(parsed.seasons) + ("" if parsed.dates or parsed.years else " of any year"))
    if parsed.not_held:
        parts.append("with no edition then (each with its last edition)")
    if parsed.first_held:
        parts.append("new then (no edition of the name before)")
    if parsed.tied_counted:
        parts.append("the most any one runner has, and how many runners share it")
    if parsed.combined_time:
        parts.append(f"runners who finished all {len(parsed.events)} events, by the sum of their best {parsed.clock} times there "
                     "(seconds), lowest first")
    if parsed.active_only:
        parts.append("held within the last year or upcoming")
    if parsed.compared and "compared" not in parsed.group_by:   # the runners of either group, counted together
        parts.append("either " + " or ".join(", ".join(filter_words(group)) for group in parsed.compared))
    if parsed.group_by or parsed.intent == "trend":
        parts.append("per " + ", ".join(
            "group (" + " against ".join(", ".join(filter_words(group) or [_STATUS.get(group.status or "", "")])
                                         for group in parsed.compared) + ")"
            if g == "compared" else
            _GROUP_WORDS.get(g, g.replace("_", " ")) for g in parsed.group_by or ("year",)))
    if parsed.subject == "events" and parsed.group_by == ("event",) and parsed.intent == "count" and not parsed.totals:
        parts.append("each with its first and latest year")   # (nlq.sqlbuild: an event's editions, when it began)
    if parsed.year_over_year:   # (the first year has no change; of an event, a year with no edition is skipped)
        before = "the edition before" if parsed.events else "the year before (a year with none counts 0)"
        parts.append(f"each with its change from {before} (the count and percent)" + (
            f", only the years {'up' if parsed.change_sign == 'up' else 'down'} from it" if parsed.change_sign else ""))
    sentence = ", ".join(parts + _constructs(parsed))
    if parsed.personal_best:
        sentence += "; a personal best is the fastest chip time as a finisher"
    elif parsed.intent == "top" and parsed.metric and parsed.metric.kind in ("gap", "pace") and \
            parsed.metric.aggregate in ("min", "max") and not parsed.ranking:   # the runners by their gap or pace
        first = {("gap", "max"): "largest gap", ("gap", "min"): "smallest gap", ("pace", "min"): "fastest pace",
                 ("pace", "max"): "slowest pace"}[parsed.metric.kind, parsed.metric.aggregate]
        sentence += f"; one row per finisher, {first} first (ties kept)"
    elif parsed.intent == "top" and parsed.group_by and runners_per_group(parsed):
        sentence += f"; the {parsed.limit} {'slowest' if parsed.last_place else 'fastest'} ({parsed.clock} time) of each, ties kept"
    elif parsed.intent == "top" and parsed.group_by and not parsed.ranking:
        sentence += "; most first"
    elif parsed.intent == "top" and parsed.first_to:
        sentence += "; the earliest such finish, the first across the line that day"
    elif parsed.intent == "top" and parsed.best_place:   # "her best age group place": by that place, ties kept
        sentence += f"; by {parsed.best_place.replace('_', ' ')} place, {'worst' if parsed.last_place else 'best'} first"
    elif parsed.intent == "top" and parsed.subject == "results" and not (parsed.winners or parsed.ranking):
        sentence += f"; {'slowest' if parsed.last_place else 'fastest'} {parsed.clock} time first"
    if parsed.oldest_first:
        sentence += "; oldest first"
    if parsed.groups_with_any:
        sentence += "; only those with one at least"
    if parsed.sorted_by:
        sentence += f"; by {'age' if parsed.sorted_by in ('oldest', 'youngest') else 'time'}, {parsed.sorted_by} first"
    if minutes_asked(parsed):   # (nlq.sqlbuild gives each time in minutes beside its seconds)
        sentence += "; times also in minutes"
    return sentence + "."


def _bands_asked(parsed: Parsed, names: list[str]) -> str:
    """The bands asked, in words, and those between them not asked ("under 30, 30-39, 50-59, 60 and over (40-49 not
    asked: not counted)")."""
    left_out = [name for i, name in enumerate(names) if i in parsed.bands_left_out]
    return ", ".join(name for i, name in enumerate(names) if i not in parsed.bands_left_out) + (
        f" ({', '.join(left_out)} not asked: not counted)" if left_out else "")


def filter_words(parsed: Parsed) -> list[str]:
    """The runner-level filters, in words: ["aged 30–39", "from Albany"]."""
    parts: list[str] = []
    if parsed.time_limit:
        parts.append(f"{parsed.clock} time {parsed.time_limit.words}")
    if parsed.time_bands:
        pace = parsed.metric.unit if parsed.metric and parsed.metric.kind == "pace" else None
        parts.append(f"counted in {'pace' if pace else 'finish-time'} bands: " + _bands_asked(parsed, band_names(parsed.time_bands, pace)) +
                     (" (a column each)" if parsed.bands_as_columns else ""))
    if parsed.age_bands:
        parts.append(("in each age bracket (age on race day): " if runners_per_group(parsed) else
                      "counted in age brackets (age on race day): ") + _bands_asked(parsed, age_band_names(parsed.age_bands)))
    if parsed.band_width:
        pace = parsed.metric.unit if parsed.metric and parsed.metric.kind == "pace" else None
        width = f"{parsed.band_width / 60:g}-minute" if parsed.band_width % 60 == 0 else f"{parsed.band_width:g}-second"
        parts.append(f"counted in {width} {f'pace (per {pace})' if pace else 'finish-time'} bands, each by its lower edge")
    if parsed.age:
        parts.append(parsed.age.words)
    if parsed.born:
        parts.append(parsed.born.words)
    if parsed.bib:
        parts.append(f"bib {parsed.bib}")
    if parsed.top_places:
        within = {"sex": " within their sex", "age_group": " within their age group"}.get(parsed.top_places_within, " overall")
        parts.append(f"first{within} in each race" if parsed.top_places == 1 else
                     f"the first {parsed.top_places} places of each race{within}")
    if parsed.age_group:
        parts.append(f"age group {parsed.age_group}" if not parsed.more_age_groups else
                     f"age groups {', '.join((parsed.age_group, *parsed.more_age_groups))}")
    if parsed.runner_city or parsed.runner_state:
        states = " or ".join(code for code in (parsed.runner_state, *parsed.more_states) if code)
        cities = " or ".join(city for city in (parsed.runner_city, *parsed.more_cities) if city)
        place = f"{cities}, {states}" if cities and states else cities or states
        parts.append(f"{'not ' if parsed.runner_state_negated or parsed.runner_city_negated else ''}from {place}")
    if parsed.wins_before and parsed.winners:
        parts.append("each winner with her wins of that race at its earlier editions (wins_before, years_won_before)")
    if parsed.shared_races:
        parts.append("in the races every one of them finished (the same race, the same day)")
    if parsed.out_of_state:
        parts.append("from another state than the event's")
    if parsed.pace_limit:
        parts.append(parsed.pace_limit.pace_words)
    if parsed.gap_limit:
        parts.append(parsed.gap_limit.words)
    if parsed.clock_window:
        parts.append(f"crossing the line {clock_words(parsed.clock_window)} (the race's start time plus the gun time)")
    if parsed.field_limit:
        parts.append(parsed.field_limit.words)
    if parsed.winner_gap:
        parts.append(parsed.winner_gap.words)
    if parsed.top_percent:
        within = {"age_group": " of their age group", "sex": " of their sex"}.get(parsed.top_places_within or "", "")
        parts.append(f"placed in the top {parsed.top_percent:g}%{within} (a place at most that share of its finishers)")
    if parsed.back_percent:
        parts.append(f"placed in the slowest {parsed.back_percent:g}% of their race's finishers (a place past "
                     f"{100 - parsed.back_percent:g}% of its finishers)")
    if parsed.local:
        parts.append("locals (home in the town their event was held in)")
    if parsed.last_name:
        parts.append(f"last name {parsed.last_name}")
    if parsed.records:
        parts.append(parsed.records.words())
    if parsed.crossing_shown:
        parts.append("each with the time of day it crossed the line (the race's start time plus the gun time)")
    if parsed.time_placed:
        parts.append(f"the place a finish of {duration_words(parsed.time_placed)} would have had among them (1 + the "
                     f"finishers faster; a tie placed level)")
    if parsed.out_of:
        among = {"overall": "its race", "sex": "its race of the runner's sex", "age_group": "its race's age group"}[parsed.out_of]
        parts.append(f"each with the number of finishers in {among} (the field its place is out of)")
    if parsed.place_among:
        parts.append("each with its place among the finishers of its race kept by the filters above (place_in_group, "
                     f"by {'gun' if parsed.clock == 'gun' else 'chip'} time, of finishers_in_group)")
    if parsed.statuses:
        parts.append(f"status {', '.join(parsed.statuses)} only")
    if parsed.rival and parsed.person:
        parts.append(parsed.rival.words(parsed.person.name, parsed.intent == "list"))
    if parsed.men_and_women:
        parts.append("men and women only")
    if parsed.event_city or parsed.event_state:
        parts.append(f"held {'outside' if parsed.event_state_negated and not parsed.event_city else 'in'} "
                     f"{parsed.event_city or parsed.event_state}")
    return parts


_GROUP_WORDS = {"masters": "age class (masters 40+ against under 40)", "date": "event date",
                "event_state": "state the event was held in", "event_city": "city the event was held in",
                "age_decade": "decade of age (20 = 20-29)",
                "clock_minute": "minute of the clock at the finish line (the race's start time plus the gun time)",
                "clock_hour": "hour of the clock at the finish line (the race's start time plus the gun time)",
                "status": "status (FIN, DNF, DNS, DQ)"}
_COHORTS = {"first_timers": "runners with no earlier {what} {where}",
            "returning": "runners with an earlier {what} {where}",
            "both": "runners who {finished} {both}{any}{same_year}", "also_in_year": "runners who also {finished} {it} {in_year}{any}",
            "absent": "runners who did not {finish} {it} {in_year}{any}",
            "min_finishes": "runners with {exactly}{count}{or_more} {unit}{ever}{at_each}",
            "every_edition": "runners who {finished} every edition of it{any}",
            "every_event_edition": "runners who {finished} every edition of every event{any}",
            "every_event_that_year": "runners who {finished} every event held then{any}",
            "every_year_any_event": "runners who {finished} a race in every year any event was held{any}",
            "never_finished": "runners with {entries} and no finish",
            "spread": "runners by how many different events they {finished} ({spread}), a row each",
            "only_no_shows": "runners whose every entry is a no-show (DNS)",
            "without": "runners who {finished} {others} but never {never} the {without}{never_when}{any}",
            "only": "runners who {finished} the {race} and no other race{any}",
            "streak": "runners by their runs of consecutive calendar years with {a_finish} ({streak})"}
_RANKED = {"count": "finishers", "dnf": "DNFs", "dnf_rate": "DNF rate (DNF ÷ starters)",
           "dns_rate": "DNS rate (DNS ÷ entries)", "finish_rate": "finish rate (finishers ÷ starters)",
           "avg_time": "average chip time", "median_time": "median chip time", "max_time": "its last finisher's chip time",
           "min_time": "its fastest chip time", "avg_age": "average age", "median_age": "median age",
           "avg_gap": "average gun time − chip time (seconds)", "median_gap": "median gun time − chip time (seconds)",
           "margin": "winning margin (the runner-up's time − the winner's, seconds)",
           "change": "its change from the year before",
           "people": "distinct runners", "events": "events", "states": "different home states of its runners",
           "cities": "different home cities of its runners"}
_METRICS = {"gap": "{aggregate} of gun time − chip time (seconds)",
            "margin": "the winning margin of each race: the runner-up's time − the winner's (seconds)", "rate": "{unit} rate = {unit} ÷ {whole}",
            "share": "percent of them {unit}", "oldest": "the {count}oldest finisher{s} (ties kept)",
            "youngest": "the {count}youngest finisher{s} (ties kept)"}


def _measure_words(measure: str) -> str:
    """ "the median chip time and the 95th percentile of the finish time (seconds)": each measure asked."""
    parts = measure.split(",")
    if all(rx.fullmatch(r"p\d+_age", part) for part in parts):   # ("25th, 50th and 75th percentile of age")
        return " and ".join(f"the {_percentile_words(part.removesuffix('_age'))}" for part in parts) + " of the age on race day"
    if all(rx.fullmatch(r"p\d+", part) for part in parts):   # "25th and 75th percentiles of the finish time"
        return " and ".join(f"{p[1:]}th" for p in parts) + \
            f" percentile{'s' if len(parts) > 1 else ''} of the finish time (seconds)"
    if parts[-1] == "spread" and len(parts) >= 3:   # "p10,p90,spread": both, and the later minus the earlier
        low, high = (_percentile_words(p) for p in parts[-3:-1])
        return f"{_measure_words(','.join(parts[:-1]))}, and the {high} minus the {low}"
    return " and ".join(_MEASURE.get(part) or f"the {_percentile_words(part)} of the finish time (seconds)"
                        for part in parts)


def _share_part_words(part: Parsed, each_once: bool) -> str:
    """The filters of a share's part, in words: "from WA", "women, in the 5K", "finishers" (its status alone)."""
    words = ", ".join(filter_words(part) + _sex(part) + [f"in the {d.label}" for d in part.distances] + [
        f"at the {name}" for name in part.events] + (
        [_cohort_words(part) + (", each counted once" if each_once else "")] if part.cohort else []))
    return words or (_STATUS.get(part.status, part.status) if part.status else "")   # "what fraction of starters finished"


def _percentile_words(aggregate: str) -> str:
    """ "p80" → "80th percentile"; any other aggregate as it is."""
    return f"{aggregate[1:]}th percentile" if rx.fullmatch(r"p\d+", aggregate) else aggregate


def _age_group_wins(parsed: Parsed) -> bool:
    """Whether the results kept are age-group wins (a cohort of them counts wins, not finishes)."""
    return parsed.winners_by == "age_group" and (parsed.limit or 1) == 1 or (
        parsed.top_places_within == "age_group" and parsed.top_places == 1)


def _cohort_words(parsed: Parsed) -> str:
    """The cohort said as computed: "runners with no earlier result at the same event"."""
    cohort = parsed.cohort
    beside = "" if not cohort.with_returning else ", and the returning runners (an earlier {what} {where}), each measured " \
        "side by side" if parsed.measure else ", with the returning runners (an earlier {what} {where}) counted beside them"
    kind = "absent" if cohort.absent else "only_no_shows" if cohort.only_no_shows else \
        ("every_year_any_event" if cohort.distinct_years else "every_event_that_year" if parsed.dates and
         parsed.dates.end.year - parsed.dates.start.year <= 1 else "every_event_edition") if cohort.kind == "every_edition" and \
        cohort.any_event else "spread" if cohort.spread else cohort.kind
    return (_COHORTS[kind] + beside).format(
        spread=", ".join(map(str, cohort.spread)),
        streak=f"{cohort.count} or more years in a row" if cohort.count else "the longest run anyone has, and how many have it",
        finish="enter" if cohort.entries else "finish",
        entries=f"{cohort.count} or more entries" if cohort.kind == "never_finished" and cohort.count else "an entry",
        a_finish="an entry" if cohort.entries else "an age-group win" if _age_group_wins(parsed) else "a finish",
        what=(f"{parsed.distances[0].label} " if cohort.same_race and parsed.distances else "") +
        ("finish" if cohort.earlier_finish else "result"), year=cohort.count, count=cohort.count,
        in_year="in a later year" if cohort.count == LATER_YEAR else f"in {cohort.count}",
        both="exactly one of them, not both" if cohort.exact and cohort.kind == "both" else
        f"{cohort.count} different events" if cohort.distinct_events and cohort.kind == "both" else
        f"all {len(parsed.events)} events" if len(parsed.events) > 2 else
        f"in every one of the {cohort.count} years" if cohort.count > 2 else
        f"in all {len(parsed.years)} years" if len(parsed.years) > 2 and not cohort.legs else
        " and ".join(f"the {name}{f' ({race})' if race else ''} {f'in {year}' if year else 'in any year'}"
                     for name, year, race in cohort.raced_legs())
        if cohort.legs else
        f"both the {parsed.distances[0].label} and the {parsed.distances[1].label}" if len(parsed.distances) == 2 and
        len(parsed.events) < 2 else "both",
        finished="entered" if cohort.entries else "won their age group at" if _age_group_wins(parsed) and cohort.kind == \
        "every_edition" else "started" if parsed.status == "STARTED" else "finished", any=" (any status)" if cohort.entries else "",
        same_year="" if not cohort.same_year else " at the same edition" if len(parsed.events) == 1 and not cohort.legs
        else " in the same calendar year",
        exactly="exactly " if cohort.exact else "", or_more="" if cohort.exact else " or more",
        # (the year's runners, every year of the event counted: nlq.constructs_sql._whole_history)
        ever=" (counted over every year of it)" if counts_every_year(parsed) else "",
        without=cohort.without, never="started" if cohort.started else "finished",
        at_each=f" at each of the {len(parsed.events)} events" if cohort.each_event and len(parsed.events) >= 2 else "",
        never_when=" in those dates" if cohort.dated_both else " (in any year or race)" if
        cohort.without in parsed.events and (parsed.dates or parsed.distances) else "",
        race=parsed.distances[0].label if parsed.distances else "",
        others=" and ".join(f"the {name}" for name in (
            parsed.events if len(parsed.events) >= 2 else [d.label for d in parsed.distances]) if name != cohort.without),
        where="at any of the company's events" if cohort.any_event else f"at the {cohort.elsewhere}" if cohort.elsewhere
        else "at the same event",
        it="at any of the company's events" if cohort.any_event else f"the {cohort.elsewhere}" if cohort.elsewhere else
        f"its {cohort.leg_races[1]}" if cohort.kind == "also_in_year" and cohort.leg_races and cohort.leg_races[1] else "it",
        unit="different years" if cohort.distinct_years else "different events" if cohort.distinct_events
        else "editions of it (two of its races one day count once" + (")" if cohort.listed else
                                                                      "; beside it, counting every finish)")
        if cohort.editions else "results (any status)" if cohort.entries else
        "age-group wins" if _age_group_wins(parsed) else
        {"DNS": "no-shows", "DNF": "DNFs", "DQ": "DQs"}.get(parsed.status or "", "finishes"))


def _constructs(parsed: Parsed) -> list[str]:
    """The parts of the spec beyond plain filters, each said as computed."""
    said = []
    if parsed.cohort and parsed.cohort.kind == "improved":
        cohort = parsed.cohort
        earlier = next((year for year in parsed.years if year != cohort.count), "the other year")
        way = "slower" if cohort.slower else "faster"
        if cohort.margin_s:
            way += f" by {'at least' if cohort.margin_at_least else 'more than'} {cohort.margin_s:g} s"
        apart = "" if parsed.distances else " in each race"
        said.append(f"runners with a finish in both {earlier} and {cohort.count}, each runner's best time of each year{apart}; "
                    + (f"{'the ' + str(parsed.limit) if parsed.limit else 'every one'} {way} in {cohort.count}, listed by how "
                       f"much, most first{' (ties kept)' if parsed.limit else ''}" if cohort.listed
                       else f"those {way} in {cohort.count} counted"))
    elif parsed.cohort:
        said.append(_cohort_words(parsed) + ("" if parsed.measure and parsed.cohort.with_returning else
                                             ", each counted once" if not parsed.cohort.listed else
                                             ", each runner listed with the count and its years"
                                             if parsed.cohort.kind == "min_finishes" and not parsed.cohort.each_event
                                             else ", each runner listed by name"))
    if parsed.ranking:
        ranking = parsed.ranking
        order = "highest and lowest" if ranking.both_ends else "highest" if ranking.descending else "lowest"
        measure = "the percent below" if parsed.metric and parsed.metric.kind == "share" else \
            "the pace below" if parsed.metric and parsed.metric.kind == "pace" else \
            "the gun−chip gap below" if parsed.metric and parsed.metric.kind == "gap" else \
            "the average below" if parsed.averaged_over else \
            "editions" if ranking.measure == "events" and ranking.dimension == "event" else \
            _RANKED[ranking.measure] if ranking.measure != "count" or ranking.size or parsed.status == "FIN" \
            else "results (every status)"
        within = [_GROUP_WORDS.get(g, g.replace("_", " ")) for g in ranked_within(parsed)]
        if ranking.counted:   # "how many age groups had 20+ finishers": the groups of that size, counted
            said.append(f"each {ranking.dimension.replace('_', ' ')} with {_group_size(ranking)} "
                        f"{'different runners' if ranking.group_people else ranking.group_counts}, the groups counted")
        else:
            said.append(f"one row per {ranking.dimension.replace('_', ' ')} by {measure}, "
                        f"{order} first, " + ("every one shown" if ranking.limit >= RANK_ALL else
                                              f"{ranking.limit} shown{' of each' if ranking.both_ends else ''} (ties kept)")
                        + (f" for each {' and '.join(within)}" if within else "")
                        + (f", groups of {_group_size(ranking)} "
                           f"{'different runners' if ranking.group_people else ranking.group_counts} only"
                           if ranking.min_group or ranking.max_group else ""))
    if parsed.metric and not (parsed.time_bands or parsed.band_width):   # (pace bands say their pace with the bands)
        metric = parsed.metric
        if metric.kind in ("pace", "gap") and (parsed.place or parsed.last_place):   # one runner's own value
            own = f"pace in seconds per {metric.unit} ({metric.clock} time ÷ distance)" \
                if metric.kind == "pace" else "gun time − chip time (seconds)"
            said.append(f"the {'runner at that place' if parsed.place else 'last finisher (the slowest time)'}, with "
                        f"their own {own}")
        elif metric.kind == "pace" and parsed.intent == "list":   # each runner listed with their own
            said.append(f"each one's own pace in seconds per {metric.unit} ({metric.clock} time ÷ distance)")
        elif metric.kind == "pace":
            aggregate = " and ".join(
                {"average": "average", "fastest": "fastest", "slowest": "slowest", "stddev": "standard deviation of the"}.get(
                    one, _percentile_words(one)) for one in parsed.measure.split(",")) \
                if parsed.measure and "," in parsed.measure and not parsed.with_time else \
                {"min": "fastest", "max": "slowest"}.get(metric.aggregate, _percentile_words(metric.aggregate))
            said.append(f"{'their number and ' if parsed.with_count else ''}{aggregate} pace in seconds per {metric.unit} "
                        f"({metric.clock} time ÷ distance)")
            if parsed.with_time:
                said.append(f"{aggregate} {parsed.clock} time (seconds) beside it")
        else:
            parts = (parsed.share_of, *parsed.also_shares) if parsed.share_of else ()
            # (a share of people says "each runner counted once" itself, below)
            units = [_share_part_words(part, parsed.distinct_people and metric.unit != "people") for part in parts]
            unit = ", and of them ".join(units) + " (each a share of the same whole)" if len(units) > 1 else \
                units[0] if units else metric.unit
            many = (parsed.limit or 1) > 1   # "the 5 youngest finishers"
            if metric.kind in ("oldest", "youngest") and metric.unit == "age":
                said.append(f"the age of the {metric.kind} finisher")
            elif metric.kind == "age_extremes":
                said.append("the ages of the youngest and the oldest finisher, and how many they are of" if metric.unit == "age" else
                            "the youngest finisher, then the oldest (ties kept)")
            elif metric.kind == "margin" and metric.unit:
                said.append(f"the time between the winner and place {metric.unit} of each race: place {metric.unit}'s "
                            "time − the winner's (seconds)")
            else:
                aggregate = GAP_AGGREGATE_WORDS.get(metric.aggregate, _percentile_words(metric.aggregate))
                if metric.kind == "gap" and parsed.measure in ("average", "median") and \
                        {"average": "avg"}.get(parsed.measure, parsed.measure) != metric.aggregate:
                    aggregate = f"{parsed.measure} and {aggregate}"   # ("the median …, and the biggest gap": both)
                said.append(_METRICS[metric.kind].format(aggregate=aggregate, unit=unit, whole="entries" if unit == "DNS" else "starters",
                                                         count=f"{parsed.limit} " if many else "", s="s" if many else "")
                            + (", each runner counted once" if metric.kind == "share" and metric.unit == "people" else "")
                            + (" beside the gun and chip times' own" if metric.kind == "gap" and
                               metric.aggregate in ("avg", "median") and " and " not in aggregate else ""))
    if parsed.averaged_over:
        # (an event's count is of each of its editions: "average field size per event, by event")
        over = {"race": "race of each edition", "event": "edition"}.get(parsed.averaged_over, parsed.averaged_over)
        middle = "the median taken" if parsed.measure == "median" else "averaged"
        said.append(f"counted per {over}, then {middle} over them (with the fewest and the most)")
    if parsed.group_shares:
        said.append("each with its percent of them all")
    if parsed.subject == "events" and parsed.intent == "count" and parsed.events and not parsed.group_by:
        said.append("with its first and latest edition and where it is held")   # (nlq.sqlbuild: its history)
    if parsed.place:
        said.append(f"place {parsed.place}" + (" overall" if parsed.place_overall else " in their age group"
                                                if parsed.place_in_age_group else ""))
    if parsed.edition and parsed.edition_own:   # ("the first time she ran it, and the most recent time")
        said.append("the runner's own first and latest there" if parsed.edition == "first_and_last" else
                    f"the runner's own {'first' if parsed.edition == 'first' else 'latest'} there only")
    elif parsed.edition:
        said.append("its first and latest editions" if parsed.edition == "first_and_last" else
                    f"each event's {'first' if parsed.edition == 'first' else 'latest'} edition only"
                    if each_event_edition(parsed) else
                    f"the {'earliest' if parsed.edition == 'first' else 'latest'} only")
    if parsed.change_years:
        timed = parsed.measures_a_time or bool(parsed.metric and parsed.metric.kind == "pace")
        said.append(("each one's count in both years and the change from {} to {}" if parsed.ranking else
                     # (a time's change: "how much faster" is answered either way, its sign says which)
                     "the change from {} to {} (negative: faster), its size and percent change" if timed else
                     "the change from {} to {} in percentage points, its size and percent change" if parsed.metric and
                     parsed.metric.kind == "rate" else
                     "the change from {} to {}, its size and percent change").format(*parsed.change_years) +
                    (" (and the percent's size)" if change_said_as_a_fall(parsed) else ""))
        if parsed.change_sign:   # ("which events shrank"): only those whose change went that way
            said.append(f"only those {'down' if parsed.change_sign == 'down' else 'up'} from "
                        f"{parsed.change_years[0]} to {parsed.change_years[1]}")
    if parsed.pair:   # several runners measured against each other
        said.append(PAIR_SAID[parsed.pair])
    if parsed.difference and parsed.group_by[-1:] == ("runner",):   # two runners named, told apart by first name
        runners = {person.first_name: f"{person.name}'s" for person in (parsed.person, *parsed.more_people)}
        said.append(("the difference: {} minus {}, and its size (how far apart)" if parsed.apart else
                     "the difference: {} minus {}").format(
            *(runners.get(name, name) for name in parsed.difference)))
    elif parsed.difference:
        said.append(("the difference: the {} minus the {}, and its size (the gap)" if parsed.apart else
                     "the difference: the {} minus the {}").format(*(_SEX[group] + "'s" if group in _SEX else group
                                                                     for group in parsed.difference)))
    if parsed.clock == "gun" and not (parsed.metric and parsed.metric.kind == "gap"):
        said.append("gun time")
    return said


def _sex(parsed: Parsed) -> list[str]:
    return [_sex_words(parsed)] if parsed.sex else []


def _sex_words(parsed: Parsed) -> str:
    return f"runners other than {_SEX[parsed.sex]}" if parsed.sex_negated else _SEX[parsed.sex]


def _who(parsed: Parsed) -> str:
    if parsed.subject == "events":
        return "events"
    if parsed.subject == "races":
        return "races"
    if parsed.records:   # ("how many course records does she hold": her records, never her results)
        kind = "age-group records" if parsed.records.of == "age_group" else "course records"
        return f"{parsed.person.name}'s {kind}" if parsed.person else \
            f"{_SEX[parsed.sex]}'s {kind}" if parsed.sex else kind
    if parsed.more_people:
        names = [p.name for p in (parsed.person, *parsed.more_people)]
        who = f"the results of {', '.join(names[:-1])} and {names[-1]}"
    elif parsed.person and not (parsed.rival and parsed.rival.side not in REFERENCES):   # (those around her: a filter)
        who = f"{parsed.person.name}'s {_HER_RESULTS.get(parsed.status or '', 'results')}"
    elif parsed.subject == "people":
        counted = {"DNF": "DNFs", "DNS": "no-shows (DNS)", "DQ": "disqualifications", "FIN": "finishes"}
        apart = {"year": "years", "event": "events (by name)"}.get(parsed.distinct_of or "")
        who = f"runners by number of {counted.get(parsed.status or '', 'races')}" if not apart else \
            f"runners by the number of different {apart} with {'a finish' if parsed.status == 'FIN' else 'a start (no-shows left out)'}"
    else:
        finishers = parsed.time_limit or (parsed.intent == "top" and not parsed.group_by and not (
            parsed.ranking and parsed.ranking.measure in ("count", "people", "dnf", "dnf_rate", "dns_rate")
            and not parsed.ranking.size)) or (parsed.cohort and not parsed.cohort.entries)   # a cohort is of finishers
        who = _STATUS.get(parsed.status or ("FIN" if finishers else ""), "runners")
        if parsed.sex:
            who = f"{_sex_words(parsed)} ({who})" if who != "runners" else _sex_words(parsed)
    if parsed.winners:
        by = {"sex": " (the first man and the first woman)",
              "age_group": " of each age group named" if parsed.age_group else " of every age group"}
        who = "winners" + (f" ({_SEX[parsed.sex]})" if parsed.sex else by.get(parsed.winners_by or "", ""))
        if parsed.winners_by == "age_group" and parsed.limit and parsed.limit > 1:   # "top 3 in each age group"
            who = f"the first {parsed.limit}" + (f" {_SEX[parsed.sex]}" if parsed.sex else "") + " of every age group"
        if parsed.person:   # "how many times has Ryan Mills won it"
            who = f"{parsed.person.name}'s wins" + (
                f" (first {_ONE_OF_SEX[parsed.sex]})" if parsed.sex else "")
    if parsed.distinct_people and not (parsed.measure or parsed.metric):   # a measure, a rate or share: of results
        who = f"distinct {who}"
    if parsed.measure and not (parsed.metric or parsed.averaged_over):   # (the median of per-runner counts: said there)
        measure = _measure_words(parsed.measure)
        measure = measure.replace("chip time", "gun time") if parsed.clock == "gun" else measure
        who = f"{'the number and ' if parsed.with_count else ''}{measure} of {who}"
    return who


def _group_size(ranking: Ranking) -> str:
    """The size of the groups a ranking keeps, in words: "20 or more", "2 or fewer"."""
    return f"{ranking.min_group} or more" if ranking.min_group else f"{ranking.max_group} or fewer"
