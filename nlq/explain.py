"""One plain-English sentence saying what a parsed question's query computes, conventions included."""

from __future__ import annotations

from nlq.parser import Parsed

_WHAT = {
    "count": "Counted", "list": "Listed", "find": "Found", "top": "Ranked", "compare": "Compared",
    "analyze": "Summarised", "trend": "Counted",
}
_SEX = {"M": "men", "F": "women", "X": "non-binary runners"}
_STATUS = {"FIN": "finishers", "DNF": "runners who did not finish", "DNS": "runners who did not start",
           "DQ": "disqualified runners"}
_MEASURE = {"average": "the average chip time", "median": "the median chip time",
            "slowest": "the slowest chip time", "average_age": "the average age"}


def explain(parsed: Parsed) -> str:
    """E.g. "Counted finishers in the Marathon races of the Hartford Marathon (every edition), chip time under
    3 hours, last year (2025)." """
    who = _who(parsed)
    verb = "Counted" if parsed.intent == "top" and parsed.group_by else _WHAT.get(parsed.intent or "", "Looked at")
    head = f"{verb} {who}"
    if parsed.events:
        where = " and ".join(f"the {name}" for name in parsed.events)
        every = ["every edition"] if not (parsed.dates or len(parsed.years) > 1) else []
        editions = f" ({', '.join((['every race'] if not parsed.distances else []) + every)})" \
            if every or not parsed.distances else ""
        race = f"the {parsed.distance.label} race of " if parsed.distance else ""
        head += f" in {race}{where}{editions}"
    elif parsed.distances and parsed.subject != "events":
        head += " in " + " and ".join(d.label + " races" for d in parsed.distances)
    parts = [head]
    if parsed.time_limit:
        parts.append(f"chip time {parsed.time_limit.words}")
    if parsed.age:
        parts.append(parsed.age.words)
    if parsed.age_group:
        parts.append(f"age group {parsed.age_group}")
    if parsed.runner_city or parsed.runner_state:
        parts.append(f"from {parsed.runner_city or parsed.runner_state}")
    if parsed.event_city or parsed.event_state:
        parts.append(f"held in {parsed.event_city or parsed.event_state}")
    if parsed.dates:
        parts.append(parsed.dates.words)
    elif len(parsed.years) > 1:
        parts.append(" vs ".join(str(y) for y in parsed.years))
    if parsed.active_only:
        parts.append("held within the last year or upcoming")
    if parsed.group_by or parsed.intent == "trend":
        parts.append("per " + ", ".join(g.replace("_", " ") for g in parsed.group_by or ("year",)))
    sentence = ", ".join(parts)
    if parsed.personal_best:
        sentence += "; a personal best is the fastest chip time as a finisher"
    elif parsed.intent == "top" and parsed.group_by:
        sentence += "; most first"
    elif parsed.intent == "top" and parsed.subject == "results" and not parsed.winners:
        sentence += "; slowest chip time first" if parsed.last_place else "; fastest chip time first"
    return sentence + "."


def _who(parsed: Parsed) -> str:
    if parsed.subject == "events":
        return "events"
    if parsed.subject == "races":
        return "races"
    if parsed.person:
        who = f"{parsed.person.first_name} {parsed.person.last_name}'s results"
    elif parsed.subject == "people":
        who = "runners by number of races"
    else:
        finishers = parsed.time_limit or (parsed.intent == "top" and not parsed.group_by)
        who = _STATUS.get(parsed.status or ("FIN" if finishers else ""), "runners")
        if parsed.sex:
            who = f"{_SEX[parsed.sex]} ({who})" if who != "runners" else _SEX[parsed.sex]
    if parsed.winners:
        who = "winners" + (f" ({_SEX[parsed.sex]})" if parsed.sex else "")
    if parsed.measure:
        who = f"{_MEASURE[parsed.measure]} of {who}"
    if parsed.distinct_people:
        who = f"distinct {who}"
    return who
