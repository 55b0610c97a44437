"""A question asked of the runners another question chooses: "Of the people who finished all three of our 2022 events,
how many finished at least one of our races in 2023?", "2022 two-event finishers - how many of them came back in 2023?",
"How many of the runners who finished both our events in 2023 finished both again in 2024?".

Split in two (``among_asked``, every way it can be split): the question choosing the runners (``Among.runners``, said
as a count of them) and the question asked of them (``Among.asked``, said whole). Each is read by the parser on its own
and the second's results are kept to the first's runners (``with_runners_of`` sets ``Parsed.among``; the SQL is
``nlq.constructs_sql.runner_ids``). The second speaks of the first's events and year when it names none of its own
("how many came back in 2024": to the same event; "what was their average pace at the Springfield marathon": that
year's). Asked of those who did not ("how many did not come back in 2025"), the first's runners with none of the second's
results are counted (``Among.absent``, ``Parsed.among_absent``). Pure: text in, text out; readings in, a reading out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from nlq import rx
from nlq.constructs import SHARED_COHORTS
from nlq.parser import Parsed

# the words that say who the runners are, one of them in the part that chooses them
_RUNNERS = (r"\b(?:runners?|people|persons?|finishers|folks|athletes|participants|racers|ones|everyone|everybody|those|"
            r"women|men|who|that)\b")
# the first part said before the question ("Of the people who …, how many …", "For the folks who …, what was their …")
_OF_THE = re.compile(r"^\s*(?:[^:?]{3,60}:\s*)?(?:(?:so|ok|okay|now|and),?\s+)?(?:of|among|from|for|amongst) (?P<who>[^?]{3,260}?)\s*"
                     r"(?:[,:;]|\s[-\u2013\u2014]+)\s*(?P<ask>(?:how many|what|who|which)\b[^?]*)\??\s*$", re.IGNORECASE | re.DOTALL)
# the runners said first, the question asked of them after a dash, colon or question mark ("2022 two-event finishers -
# how many of them …", "Runners who finished both … in 2024: how many came back in 2025?")
_THEN_ASKED = re.compile(r"^\s*(?P<who>[^?]{3,260}?)\s*(?:[,:;?]|\s[-\u2013\u2014]+)\s*(?P<ask>how many\b[^?]*)\??\s*$",
                         re.IGNORECASE | re.DOTALL)
# "how many of the runners who finished both … in 2023 finished both again in 2024": split before a verb of the second
_HOW_MANY_OF = re.compile(r"^\s*how many of (?P<rest>(?:the|those|these|our|all (?:the|those)) [^?]{3,300}?)\??\s*$",
                          re.IGNORECASE | re.DOTALL)
_SECOND_VERB = re.compile(r"\b(?:came|come|were|are|returned|repeated|went|then|also|finished|ran|raced|did|completed|made|got|"
                          r"showed|signed|entered)\b", re.IGNORECASE)
# the second part coming back to what the first chose ("came back", "again", "returned"): its events, its own year
# (never "returning runners": runners with an earlier result, a cohort of the second's own results)
_BACK = re.compile(r"\b(?:again|came back|come back|coming back|were back|was back|are back|back for|returned|return|"
                   r"repeated|repeat)\b", re.IGNORECASE)
# the second part said of the company's events at large, not the first's ("at least one of our races", "with us")
_ANY_OF_OURS = re.compile(r"\b(?:any|one|at least one|some) of (?:our|the company's) (?:events|races)\b|\bwith us\b|"
                          r"\b(?:any|another|a) (?:race|event)\b(?! at\b)", re.IGNORECASE)
# the second asked of those who did not ("how many did not come back in 2025", "how many never returned")
_NOT_DONE = re.compile(r"\b(?:did not|didn'?t|never|failed to|have not|haven'?t|has not|hasn'?t) (?:come back|came back|"
                       r"return(?:ed)?|finish(?:ed)?|run|ran|race[d]?|show(?:ed)? up|do|did)\b", re.IGNORECASE)
# the first's events pointed at in the second ("finished all three again", "did both again")
_THOSE_EVENTS = re.compile(r"\b(?P<all>both|all (?:three|four|five|six|\d)|all of them|them all)\b(?! of\b)(?!\s+(?:the|our)\b)",
                           re.IGNORECASE)
# the year after the first's ("came back the next year")
_NEXT_YEAR = re.compile(r"\b(?:the )?(?:very )?(?:next|following) (?:year|season|edition)\b|\ba year later\b|"
                        r"\bthe (?:year|season) after\b", re.IGNORECASE)


@dataclass(frozen=True)
class Among:
    runners: str    # the question choosing the runners, said as a count of them: "how many people who finished …"
    asked: str      # the question asked of them, said whole: "how many runners finished … in 2023"
    back: bool      # the second comes back to what the first chose ("again", "came back"): of its events, its own year
    absent: bool = False   # asked of those who did NOT ("how many did not come back in 2025"): the first's runners
    #                        with none of the second's results


def among_asked(question: str) -> list[Among]:
    """Every way ``question`` splits into runners chosen and a question asked of them, likeliest first; none when it
    asks no question of another's runners. The parser reads each part (``nlq.service``) and keeps the first split
    both of whose parts it reads whole."""
    question = question.strip()
    splits: list[tuple[str, str]] = []
    if said := _OF_THE.match(question):
        splits.append((said["who"], said["ask"]))
    elif (said := _THEN_ASKED.match(question)) and not rx.match(r"\s*how many\b", said["who"], re.IGNORECASE) and (
            _BACK.search(said["ask"]) or rx.search(r"\b(?:of|among) (?:them|those|these)\b|\b(?:they|their)\b", said["ask"], re.IGNORECASE)):
        # (only a question pointing back at them: "Retention check: how many …" is one question with a label)
        splits.append((said["who"], said["ask"]))
    elif said := _HOW_MANY_OF.match(question):
        rest = said["rest"]
        for verb in _SECOND_VERB.finditer(rest):
            who, ask = rest[:verb.start()].strip(), rest[verb.start():]
            if who and not rx.search(r"\b(?:who|that)\s*$", who, re.IGNORECASE):
                splits.append((who, f"how many {ask}"))
    return [Among(_runners_said(who), _asked_said(ask), bool(_BACK.search(ask)), bool(_NOT_DONE.search(ask)))
            for who, ask in splits if rx.search(_RUNNERS, who, re.IGNORECASE) and len(who.split()) >= 2]


def asked_of(asked: str) -> Among:
    """A question asked of the runners another question chose, said after it ("… and how many of them came back in
    2025?")."""
    return Among("", _asked_said(asked), bool(_BACK.search(asked)), bool(_NOT_DONE.search(asked)))


def _runners_said(who: str) -> str:
    """The runners chosen, said as a question counting them ("the people who finished all three …" → "how many people
    finished all three …")."""
    who = rx.sub(r"^(?:the|those|these|all (?:the|those|of the)|all|everyone|everybody|every)\s+", "", who.strip(), flags=re.IGNORECASE)
    who = rx.sub(r"\b(?:who|that) (?=(?:had |have |has )?(?:finished|ran|run|raced|did|completed|started|entered|won|placed))", "",
                 who, flags=re.IGNORECASE)
    return f"how many {who}"


def _asked_said(ask: str) -> str:
    """The question asked of the runners, said whole: pointers at them and "came back" dropped ("how many of them came
    back and finished at least one of our races in 2023" → "how many runners finished at least one of our races in
    2023")."""
    ask = ask.strip()
    ask = rx.sub(r"\b(?:of|among) (?:them|those|these)\b\s*", "", ask, flags=re.IGNORECASE)
    # ("40 or older on the day of the Pittsburgh Shamrock 5K", "going by the age group they had at X": at X)
    ask = rx.sub(r"\b(?:on|as of) the (?:race )?day of\b", "at", ask, flags=re.IGNORECASE)
    ask = rx.sub(r",?\s*(?:going by|using|based on|by) (?:the |their )?(?:age group|age)s? (?:they|he|she) (?:had|were|was|ran in|"
                 r"raced in)? ?(?=at\b)", " ", ask, flags=re.IGNORECASE)
    # ("how many did not come back in 2025": those who did, set against the first's runners — ``Among.absent``)
    ask = _NOT_DONE.sub(lambda said: "finished" if rx.search(r"come|came|return|finish|show", said.group(0)) else
                        said.group(0).split()[-1].replace("run", "ran").replace("do", "did"), ask)
    # ("came back for the Las Vegas Turkey Trot in 2025 and finished": finished it)
    ask = rx.sub(r"\b(?:came|come|were|was|are) back (?:for|to) (?P<what>[^?]+?) and (?P<verb>finished|ran|completed|raced)\b",
                 r"\g<verb> \g<what>", ask, flags=re.IGNORECASE)
    ask = rx.sub(r"\b(?:came|come|were|was|are|got|made it) back to (finish|run|race|do|complete)\b",
                 lambda said: {"finish": "finished", "run": "ran", "race": "raced", "do": "did", "complete": "completed"}[
                     said[1].lower()], ask, flags=re.IGNORECASE)
    ask = rx.sub(r"\b(?:came|come|were|was|are) back and |\b(?:repeated|returned) and |\bthen |\bwent on to (?=finish|run|race)",
                 "", ask, flags=re.IGNORECASE)
    ask = rx.sub(r"\b(?:came|come|were|was|are) back\b|\breturned(?: to)?\b|\brepeated\b", "finished", ask, flags=re.IGNORECASE)
    ask = rx.sub(r"\s*\bagain\b", "", ask, flags=re.IGNORECASE)
    ask = rx.sub(r"^how many (?!runners|people|finishers|of|were|was|are|is|in each|per|by)", "how many runners ", ask,
                 flags=re.IGNORECASE)
    return rx.sub(r"\s{2,}", " ", ask).strip()


def year_left_out(parsed: Parsed) -> bool:
    """Whether a reading of runners chosen by their history within one year leaves out another year the question says
    ("Of the people who finished all three of our 2022 events, how many … in 2023?" read as the 2022 cohort alone):
    the question may ask something of those runners in that other year."""
    if not (parsed.dates and parsed.cohort) or parsed.cohort.kind in ("also_in_year", "improved", "streak") or \
            parsed.cohort.legs or parsed.change_years or parsed.compared or parsed.group_by:
        return False
    return any(not parsed.dates.start.year <= year < parsed.dates.end.year for year in parsed.years)


def with_events_said(asked: str, runners: Parsed) -> str:
    """The second question with the first's events said where it points at them ("finished both again in 2024" →
    "finished both the Bowling Green Shamrock 5K and the Cincinnati Turkey Trot in 2024"; of every event of a year,
    "all three of our events")."""
    def said(match: re.Match[str]) -> str:
        if not runners.events:
            return f"{match['all']} of our events"
        names = [f"the {name}" for name in runners.events]
        return f"{match['all']} {', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else f"{match['all']} {names[0]}"
    return _THOSE_EVENTS.sub(said, asked, count=1)


def with_next_year(asked: str, runners: Parsed) -> str:
    """The second question with "the next year" said as the year after the first's one year, and "that year" as that
    year (unchanged otherwise)."""
    if len(years := {runners.dates.start.year, runners.dates.end.year - 1} if runners.dates else set()) == 1:
        year = years.pop()
        asked = _NEXT_YEAR.sub(f"in {year + 1}", asked)
        return rx.sub(r"\b(?:in )?(?:that|the same) (?:calendar )?(?:year|season)\b", f"in {year}", asked, flags=re.IGNORECASE)
    return asked


def _asks_of_them(asked: Parsed) -> bool:
    """Whether the second reading asks what can be asked of a set of runners: how many of them (per group), a time or a
    pace of theirs, or the fastest of them — not a record, a winner, a place, a personal best or a time that would have
    placed, which are of a field the runners chosen are not."""
    return asked.intent in ("count", "analyze", "top", "compare") and not (
        asked.winners or asked.records or asked.place or asked.personal_best or asked.time_placed or asked.rival or
        asked.pair or asked.person or asked.ranking or asked.combined_time or asked.audit or asked.share_of or
        asked.edition or asked.intent == "count" and asked.limit)


def _chooses_runners(runners: Parsed) -> bool:
    """Whether the first reading is a plain set of runners — its results' runners, or a cohort's — not one result, a
    ranking, a measure or a group ("whose very first start was in 2019" read as the year's earliest finish is not)."""
    return runners.intent == "count" and not (
        runners.first_to or runners.limit or runners.edition or runners.ranking or runners.measure or runners.metric or
        runners.group_by or runners.winners or runners.place or runners.person or runners.records or runners.audit)


def with_runners_of(asked: Parsed, runners: Parsed, among: Among) -> Parsed | None:
    """The second reading kept to the first's runners: its events and dates, when it names none, the first's (its own
    year when it comes back to them); None when the split asks nothing of another's runners (the first chooses none
    by their history and the second neither comes back nor asks of another year — read whole instead)."""
    another_year = asked.dates is not None and runners.dates is not None and (asked.dates.start, asked.dates.end) != (
        runners.dates.start, runners.dates.end)
    if not (_asks_of_them(asked) and _chooses_runners(runners)):
        return None
    # (a rate or a share of them is of the runners chosen, which a rate of the second's results is not: not yet)
    if not (runners.cohort or among.back or another_year) or asked.among or runners.among or asked.metric:
        return None
    carried: dict[str, object] = {}
    if asked.event_city and not asked.events and (named := tuple(event for event in runners.events
                                                                 if event.lower().startswith(asked.event_city.lower()))):
        # ("… how many were back to finish Atlanta again in 2025": the first's event of that town, by its name)
        asked = replace(asked, events=named, event_city=None)
    # (a cohort of every event held is of the company's events; "returning runners" looks at any earlier event, but of
    # the first's results)
    if not (asked.events or asked.event_city or asked.event_state or _ANY_OF_OURS.search(among.asked) or asked.cohort and
            asked.cohort.any_event and asked.cohort.kind not in SHARED_COHORTS):
        carried.update(events=runners.events, event_city=runners.event_city, event_state=runners.event_state,
                       distances=asked.distances or (runners.distances if runners.events else ()))
    if asked.dates is None and not among.back and not asked.years:
        carried.update(dates=runners.dates, years=runners.years)
    if asked.status is None and not rx.search(r"\b(?:entered|signed up|registered|any status|started|showed up|dnf|dns|dq)\w*\b",
                                              among.asked, re.IGNORECASE):
        carried.update(status="FIN")   # (their finishes, as the runners chosen are counted by finishes; coming back too)
    # (how many of them, per group too: each runner once — "how many per age group at the Chicago Shamrock 5K that year")
    counted = asked.intent == "count" and not (asked.cohort or asked.measure or asked.metric)
    if among.absent and not (counted and not asked.limit):
        return None   # (those who did not, counted only)
    return replace(asked, **carried, among=runners, among_absent=among.absent, distinct_people=asked.distinct_people or counted)
