"""Two questions asked in one ("Cincinnati Turkey Trot 2024: how many finishers, and how many no-shows?", "who won the
Napa 10K in 2023 and how many finished it?", "How many finished Galveston in 2025? Who won?"): split at the "and" or the
question mark that starts the second question, each said whole — the event, race, year and runner one names carried to
the other — so each is read by the parser on its own and both answers are given side by side (``nlq.service``).

A second question about the first one's answer ("when was the most recent one, and who won it?", "which year had the
most finishers, and who won that year?", "Which event had the most finishers in 2022? Who won it?", "Who won Galveston
in 2025? How many times has he run it?") is said once that answer is known (``said_with_answer``): the edition's year,
the event or the runner by name. A second asked of the first one's runners ("… And how many of them were women?") keeps
them as the first kept them (``of_those``: filters, not words). Never split after a yes/no question
("did she run it again, and what was her time?"). Pure: text in, text out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from nlq import rx
from nlq.parser import (TIED_AT_TOP, YEARS_FROM_TOLD, Parsed, count_noun_told, names_in, parse, points_at_nobody, that_year_said,
                        years_counted)
from nlq.vocabulary import Vocabulary, match_events

# "<first>, and <how many|what|who|…> …", "<first>? <who …>?": the second question's own start
# ("Who were the top three women at X, and were any of them masters?": who they are is in their rows)
_ANY_OF_THEM = r"(?:were|was|are|is) (?:any|either|both|all|none|one|some) of (?:them|those|these|the (?:three|two|five|\d+))\b"
# ("…, and at how many separate event editions?": where the first's are counted, a preposition first)
_SECOND_START = (r"(?P<b>(?:(?:(?:at|in|across|over|from) )?how (?:many|much|long|fast|old)|what(?:'s| is| was| were)?|who(?:'s| is| was| won)?|"
                 rf"where|which|{_ANY_OF_THEM})\b[^?]*\??)\s*$")
_SECOND = re.compile(r"^(?P<a>.+?)(?:(?:\s*,\s*|\s*;\s*|\s+)(?:and|plus|&)\s+(?:also\s+)?|\s*;\s*)" + _SECOND_START,
                     re.IGNORECASE | re.DOTALL)
# ("Top 3 women at X — were any of them masters?", "Podium women at X - any masters among them?": a check of the first's
# rows said after a dash)
_CHECK_AFTER_DASH = re.compile(rf"^(?P<a>.+?)\s+[-\u2013\u2014]+\s+(?P<b>(?:{_ANY_OF_THEM}|any [\w-]+(?: [\w-]+)? among "
                               r"(?:them|those|these)\b)[^?]*\??)\s*$", re.IGNORECASE | re.DOTALL)
_SECOND_ASKED_APART = re.compile(r"^(?P<a>[^?]+\?)\s+(?:and\s+|also\s+)?" + _SECOND_START, re.IGNORECASE | re.DOTALL)
_QUESTION_WORD = r"\b(?:how|what|what's|who|who's|which|where|when|list|show|give|tell)\b"
# a second question asking where, when or in which event the first one's answer was, or only "how many" of it ("…, and
# which event and year was it?", "… any DQs? how many"): the first's answer shows it, read whole
_OF_THE_ANSWER = re.compile(rf"{_ANY_OF_THEM}|(?:where|when|what year)\b|which (?:event|year|race|edition|one|(?:age[- ]?)?group|division)s?\b(?: and \w+)?(?:\W*$| (?:was|is|were) "
                            r"(?:it|that|this|they)\b| did (?:she|he|they|i|you) (?:run|set|do|get) (?:it|that|this)\b)|"
                            r"how (?:many|much)\W*$", re.IGNORECASE)
# what a second question asked of the first one's answer asks, and the columns of that answer that show it
_SHOWN_BY = ((re.compile(r"when\b|what year\b|which (?:year|edition)\b", re.IGNORECASE), {"year", "event_date"}),
             (re.compile(r"where\b", re.IGNORECASE), {"event", "city"}),
             (re.compile(r"which event\b", re.IGNORECASE), {"event"}),
             (re.compile(r"which race\b", re.IGNORECASE), {"race"}),
             (re.compile(r"which (?:(?:age[- ]?)?group|division)\b", re.IGNORECASE), {"age_group"}),
             (re.compile(rf"{_ANY_OF_THEM} (?:(?:grand )?masters?|veterans?|seniors?|juniors?|teens?|kids|minors|(?:over|under|older "
                         r"than|younger than) \d+|\d+ or (?:older|over|younger|under)|in their \d0s)\W*$", re.IGNORECASE), {"age"}),
             (re.compile(rf"{_ANY_OF_THEM} (?:locals?|local runners|from (?:out of state|(?:[A-Z][\w.'-]*\s?)+)|in-state|out-of-state)\W*$",
                         re.IGNORECASE), {"city", "state"}),
             (re.compile(rf"{_ANY_OF_THEM} (?:women|men|female|male)\W*$", re.IGNORECASE), {"sex"}))
# a yes/no first question ("did she run it again, and what was her time?"): the second leans on its answer
_YES_OR_NO = re.compile(r"(?:^|[.:;!?\u2014-]\s*)(?:did|does|do|was|were|is|are|has|have|had)\b", re.IGNORECASE)
# a first question answered by one edition ("when was the most recent one", "which year had the most finishers",
# "what was the biggest X ever") or by one runner ("who won …", "who was the fastest woman")
# ("What's my marathon personal best, which year was it, and …": asked after a comma too)
_EDITION_ANSWER = re.compile(r"(?:^|[.:;!?,\u2014-]\s*)(?:when\b|(?:which|what) (?:year|edition|date|day)\b|"
                             r"(?:what|which) (?:was|is) (?:the|our) (?:biggest|largest|smallest|first|last|latest|most recent|"
                             r"fastest|slowest|best|worst|busiest|quietest|strongest|weakest)\b)", re.IGNORECASE)
# a first question answered by one event ("which event had the most finishers in 2022")
_EVENT_ANSWER = re.compile(r"(?:^|[.:;!?\u2014-]\s*)(?:which|what) (?:of our )?events?\b", re.IGNORECASE)
_RUNNER_ANSWER = re.compile(r"(?:^|[.:;!?\u2014-]\s*)who\b", re.IGNORECASE)
# the second question pointing at that answer
# the event found, pointed at as its owner ("who were its male and female winners?")
_ITS = re.compile(r"\bits\b", re.IGNORECASE)
_EDITION_POINTED_AT = re.compile(r"\b(?:that year|that (?:one|edition|race|day)|then|(?P<verb>won|win|finished|finish|ran|run|"
                                 r"entered|did|do) it)\b", re.IGNORECASE)
# a first question answered by which of several, when or where: a second one's "her" may mean her there
_ASKS_WHICH = re.compile(r"(?:^|[.?!:]\s+)\W*(?:which|when|where|what (?:year|event|race))\b", re.IGNORECASE)
# her own result said by what it is of ("her group", "his time"), or the runners around it ("ahead of her"): the second
# leans on the first one's result
_HER_RESULT = (r"(?:his|her|hers)(?: own)? (?:age[- ]?group|group|division|category|race|time|place|pace|finish|result)s?|"
               r"(?:ahead of|in front of|behind|than|beat|before|after|around) (?:her|him)")   # (or the field around her)
# one runner, and runners, said by pronoun
_SHE = r"he|she|him|his|her|hers"
_THEY = r"they|them|their|those|these"
_RUNNER_POINTED_AT = re.compile(rf"\b(?:{_SHE}|their|them|those|that (?:runner|person|woman|man|guy|athlete))\b", re.IGNORECASE)
_POINTS_AT_ANSWER = (r"\b(?:that (?:one|edition|year|day|date|age[- ]?group|group|division|category|bracket)|then|the one|each|"
                     r"every one|per|in them|of them)\b")
# a second question measuring the first one's answers against each other ("… and how many years older the 2025 field was")
_MEASURED_AGAINST = r"\b(?:older|younger|faster|slower|quicker|more|fewer|less|bigger|smaller|larger|(?<!many )differen\w*|gap|chang\w*)\b"
# a limit said against a time or an age of its own ("how many finishers were slower than 3:30", "needed more than 90
# minutes"): no measure of the first question's answer
_THAN_A_TIME = (r"\b(?:older|younger|faster|slower|quicker|more|less|longer)\s+than\s+(?:\d|an? (?:hour|minute)|one|two|three|"
                r"four|five|six)[^?]*")
# a runner's whole record asked of ("how many times has she finished it", "has he ever won it"): of every year, with "so
# far" of a second question, with "has"/"have" of "that runner" said by name
_WHOLE_RECORD = r"ever|how many times|how often|in total|all[- ]time|career"
_WHOLE_RECORD_ASKED = rf"\b(?:has|have|{_WHOLE_RECORD})\b"
# a runner's races of every kind counted ("how many races has she finished", "how many events has he run"): her whole
# record, of no event
_HER_WHOLE_RECORD = (r"^\W*how many (?:races|events)\b(?![^?]*\b(?:there|it|them|that|this|those|these)\b)[^?]*\b(?:has|have)\b|"
                     r"^\W*how many (?:races|events|finishes) (?:in total|overall|altogether|all told)\W*$")
# "best 5K and total number of races": her best, and her races of every kind counted — two questions
_TOTAL_AFTER_BEST = re.compile(r"^(?P<a>.*\b(?:best|fastest|quickest|pr|pb|personal (?:best|record))\b[^?]*?)\s*,?\s+(?:and|&|\+) "
                               r"(?:the |her |his |their |my )?total (?:number of |count of |# of )?(?P<what>races|finishes|events)"
                               r"(?: run| finished| done)?\s*\??\s*$", re.IGNORECASE | re.DOTALL)
# "how many of them were women", "which of those was fastest": the first question's own runners, narrowed
_OF_THOSE = re.compile(r"\b(?:of|among) (?:those|them|these)\b", re.IGNORECASE)
# what the first question kept its runners by, carried to a second asked "of them" — each kind set together, and only
# when the second keeps none of its own of that kind
_KEPT_TOGETHER = (("sex", "sex_negated"), ("age",), ("born",), ("age_group", "more_age_groups"), ("time_limit",),
                  ("pace_limit",), ("gap_limit",), ("field_limit",), ("winner_gap",),
                  ("runner_city", "runner_city_negated", "more_cities"), ("runner_state", "runner_state_negated", "more_states"),
                  ("out_of_state",), ("local",), ("last_name",), ("cohort",), ("status",), ("person",),
                  ("event_state", "event_state_negated"), ("event_city",),
                  # ("How many finishers did X have each year, and how many of them were women?": each year's)
                  ("group_by",))
# what runners did, said as a verb or a noun ("finished", "finishers"); only as a verb, to be said again after an
# elided second question ("how many men finished and how many women?")
_DID = r"\b(?:finish\w*|ran|run|raced|start\w*|dnf'?d|entered|registered|showed up|came|did)\b"
_VERB = r"\b(?:finished|ran|raced|started|dnf'?d|entered|registered|showed up)\b"


@dataclass(frozen=True)
class TwoAsked:
    first: str    # each said whole, as the parser reads a question
    second: str   # (of the first one's answer: said as asked, ``said_with_answer`` says it whole)
    leans: str = ""   # "edition" | "event" | "runner": the second is about the first one's answer; "those": about
    #                   the first one's runners (``of_those``); "shown": asks where or when that answer was (``shown_in``)
    runner: str = ""  # the runner the first names, said by name in the second where it speaks of him or her
    apart: bool = False   # plainly two questions ("… in 2025? What about Santa Cruz?"): never one reading of both


# the first question asked again of another year: "… in 2023? And in 2024?", "… in 2023. What about 2022?"
_ANOTHER_YEAR = re.compile(r"^(?P<a>[^?]+\?|.+?[.!])\s*(?:and|what about|how about|same for|same question for)\s+(?:in |for )?"
                           r"(?:the )?(?P<y>20\d\d)(?: edition| race)?\s*\??\s*$", re.IGNORECASE | re.DOTALL)
# the first question's dates said again ("… and how many finishers in total over that stretch?")
_THAT_PERIOD = re.compile(r"\b(?:over|in|during|across|for) (?:that|this|the same) (?:stretch|period|time(?:frame)?|span|"
                          r"window|time span|range)\b|\b(?:over|in|during|across) (?:those|these|the same) years\b", re.IGNORECASE)


# the first question asked of another event: "… in 2025? What about Santa Cruz?", "… And the Bend Turkey Trot?"
_ANOTHER_EVENT = re.compile(r"^(?P<a>[^?]+\?)\s*(?:and\s+)?(?:what|how) about\s+(?:the\s+)?(?P<x>[^?0-9]{3,60}?)\s*\??\s*$|"
                            r"^(?P<a2>[^?]+\?)\s*and\s+(?:the\s+)?(?P<x2>[^?0-9]{3,60}?)\s*\?\s*$", re.IGNORECASE | re.DOTALL)


def _asked_of_another_event(first: str, other: str, vocabulary: Vocabulary) -> TwoAsked | None:
    """The first question and the same asked of ``other`` in its place, when ``other`` names one of the company's
    events (or the town of its events: each held there) and the first names one event; None otherwise."""
    said = match_events(first, vocabulary.events)
    named = match_events(other, vocabulary.events)
    town = other.strip()
    # ("… What about Providence?", two events held there: both of them — read whole, where runners live, at 1.0)
    several = len(vocabulary.events_in(town)) > 1
    event = named[0].value if len(named) == 1 else vocabulary.only_event_in(town) or (
        f"events held in {town}" if several else None)
    if len(said) != 1 or not event or event == said[0].value:
        return None
    return TwoAsked(first, f"{first[:said[0].start]}{event}{first[said[0].end:]}", apart=True)


def two_asked(question: str, vocabulary: Vocabulary, today: date) -> TwoAsked | None:
    """The two questions ``question`` asks at once, each said whole; None when it asks one."""
    question = count_noun_told(question.strip())   # ("how many finishers …, and how many did last year's have?")
    if total := _TOTAL_AFTER_BEST.match(question):
        question = f"{total['a']}, and how many {total['what']} in total?"
    if (again := _ANOTHER_YEAR.match(question)) and len(years := rx.findall(r"\b20\d\d\b", again["a"])) == 1:
        # ("The Atlanta Spring Marathon had how many finishers in 2023? And in 2024?": the first, asked of 2024)
        first = again["a"].strip()
        return TwoAsked(first, rx.sub(rf"\b{years[0]}\b", again["y"], first))
    if (other := _ANOTHER_EVENT.match(question)) and (asked := _asked_of_another_event(
            (other["a"] or other["a2"]).strip(), other["x"] or other["x2"], vocabulary)):
        # ("How many finishers did the San Jose Mother's Day 5K have in 2025? What about Santa Cruz?": the first, asked of
        # the Santa Cruz event — it read Santa Cruz as where runners live)
        return asked
    if not (said := _SECOND.match(question) or _SECOND_ASKED_APART.match(question) or _CHECK_AFTER_DASH.match(question)) or \
            rx.search(TIED_AT_TOP, question, re.IGNORECASE):   # ("… and how many share that mark": one answer, nlq.parser)
        return None
    first, second = said["a"].strip(), said["b"].strip()
    # ("any masters among them?": were any of them masters)
    second = rx.sub(r"^any ([\w-]+(?: [\w-]+)?) among (?:them|those|these)\b", r"were any of them \1", second, flags=re.IGNORECASE)
    if not rx.search(_QUESTION_WORD, first, re.IGNORECASE) and not rx.search(r"[:\u2014-]\s*$|:\s", first) and \
            not rx.search(r"\?", first) and said.re is not _CHECK_AFTER_DASH and not rx.match(r"who\b", second, re.IGNORECASE):
        # ("finishers and what share were women": one question; "winning time at X in 2025, and who was second?": two)
        return None
    asked = _asked_part(first)
    if _YES_OR_NO.match(asked) or rx.search(_MEASURED_AGAINST, rx.sub(_THAN_A_TIME, " ", second), re.IGNORECASE):
        return None
    if _OF_THE_ANSWER.match(second):
        # ("Who was the fastest woman ever at X? What year was her best time?": her row shows the year)
        return TwoAsked(first, second, "shown") if any(asks.match(second) for asks, _ in _SHOWN_BY) else None
    read = parse(first, vocabulary, today)
    if rx.match(r"(?:at|in|across|over|from) how many\b", second, re.IGNORECASE) and not read.person:
        return None   # ("how many events did we time, and in how many different cities?": theirs, one question read whole)
    if len(said := set(rx.findall(r"\b20\d\d\b", rx.split(r"(?<=[.!])\s+", first)[-1]))) == 1:
        # ("… How much faster was he in 2025, and what was his overall place that year?": the year the first asks of)
        second = that_year_said(second, int(said.pop()))
    if read.dates and (period := _THAT_PERIOD.search(second)) and not rx.search(r"\b20\d\d\b", second) and \
            read.dates.start.timetuple().tm_yday == 1 and read.dates.end.timetuple().tm_yday == 1:
        # ("How many events did we time in 2021-2025, and how many finishers in total over that stretch?": those years)
        first_year, last_year = read.dates.start.year, read.dates.end.year - 1
        years = f"in {first_year}" if first_year == last_year else f"from {first_year} to {last_year}"
        second = f"{second[:period.start()]}{years}{second[period.end():]}"
    if (counted := YEARS_FROM_TOLD.search(second)) and len(read.years) == 1 and not rx.search(r"\b20\d\d\b", second):
        # ("What was my overall place at Springfield in 2023, and what was my marathon time there the year after?": 2024)
        second = f"{second[:counted.start()]}in {read.years[0] + years_counted(counted)}{second[counted.end():]}"
    if _EDITION_ANSWER.search(asked) and (_EDITION_POINTED_AT.search(second) or YEARS_FROM_TOLD.search(second)):
        # ("… which year was it, and what did I run in the marathon the year after?": a year counted from the answer's)
        return TwoAsked(first, second, "edition", runner=_runner_pointed_at(second, read))
    if _RUNNER_ANSWER.search(asked) and _RUNNER_POINTED_AT.search(second) and not read.person:
        return TwoAsked(first, second, "runner")
    if _EVENT_ANSWER.search(asked) and (_EDITION_POINTED_AT.search(second) or _OF_THOSE.search(second) or
                                        _ITS.search(second)):
        return TwoAsked(first, second, "event")
    if _EDITION_ANSWER.search(asked):
        return None
    # (never of a status counted first: "how many DNFs, and how many finishers needed more than 90 minutes?")
    if (opener := rx.search(r"\b(?P<o>how many|what (?:percent(?:age)?|share|fraction|proportion) of) (?:[\w'-]+ ){0,2}[\w'-]+\s*$",
                            asked, re.IGNORECASE)) and second.lower().startswith(opener["o"].lower()) and not rx.search(
            r"\bhow many (?:dnfs?|dns|dqs?|no[- ]shows?|non[- ]?finishers|drop[- ]?outs)(?: (?:were|was) there| in total| total)?\s*$",
            asked, re.IGNORECASE) and \
            not rx.search(_DID, first, re.IGNORECASE) and (rx.search(_DID, second, re.IGNORECASE) or len(second.split()) > 4):
        return None   # ("how many men and how many women finished X?", "what percentage of men and what percentage of
        #               women broke 30 minutes?": one verb for both, one question of two groups)
    if rx.match(r"how many (?:in|at|for|from|with|on|during)\b", second, re.IGNORECASE):
        return None   # ("how many events have we timed in Ohio and how many in Pennsylvania?": the first's words, unsaid)
    if len(rx.findall(r"\b(?:how (?:many|much)|what|who|which|when|where)\b", _asked_part(first), re.IGNORECASE)) > 1:
        return None   # ("how many finished, how many dropped out and how many didn't start": three, a row each)
    if _OF_THOSE.search(second):
        if read.subject != "results":
            return None
        # ("how many masters finished X? And how many of them were women?": the masters who finished, narrowed)
        return TwoAsked(_with_context(first, second, vocabulary, today, with_race=False),
                        _with_context(second, first, vocabulary, today, read), "those")
    if _RUNNER_POINTED_AT.search(second) and not read.person:
        return None   # ("… and what was her time?": whose, only an answer says)
    if rx.search(_POINTS_AT_ANSWER, second, re.IGNORECASE):
        return None
    if (verb := rx.search(_VERB, first, re.IGNORECASE)) and rx.match(r"how many [\w'-]+(?: [\w'-]+)?\W*$", second, re.IGNORECASE) \
            and not rx.search(_DID, second, re.IGNORECASE):
        # ("how many men finished and how many women?": the women who finished)
        second = f"{second.rstrip('?. ')} {verb.group(0)}?"
    if rx.search(r"\b(?:it|there)\b", second, re.IGNORECASE) and not names_in(first, second, vocabulary, today):
        return None   # ("Who won the most recent race, and how many finishers did it have?": which "it", unsaid)
    asked_second, second = second, _with_context(second, first, vocabulary, today, read)
    second_read = parse(second, vocabulary, today)
    if _some_kept(read) and not _some_kept(second_read):
        # ("how many women finished X, and what was their average time?", "how many of our events were in Ohio, and how
        # many finishers did they have?": the women, the Ohio events — not carried, unsaid)
        return None
    return TwoAsked(_with_context(first, second, vocabulary, today, second_read, with_race=False), second,
                    runner=_runner_pointed_at(asked_second, read))


def said_with_answer(asked: TwoAsked, columns: list[str], row: list[Any], vocabulary: Vocabulary, today: date) -> str | None:
    """The second question said whole with the first one's answer (``row``, its ``columns``): the edition found said as
    its year beside the event ("who won it" → "who won in 2025 at the Ithaca Shamrock 5K"), the runner found by name —
    as a sentence telling what the first asked when it began "who" ("Who won Galveston in 2025? How many times has he
    run it?" → "Troy Guzman won Galveston in 2025. How many times has he run it?"). None when the answer does not say
    it."""
    found = dict(zip(columns, row))
    if asked.leans == "event":
        if not (event := found.get("event")) or (pointed := _EDITION_POINTED_AT.search(asked.second)) and \
                pointed.group(0).lower() == "then":
            return None
        if pointed:
            verb = f"{pointed['verb']} " if pointed["verb"] else ""
            said = f"{asked.second[:pointed.start()]}{verb}the {event}{asked.second[pointed.end():]}"
        elif _ITS.search(asked.second):   # ("Who were its male and female winners?")
            said = _ITS.sub(f"the {event}'s", asked.second, count=1)
        else:   # ("… how many of them ran under 25 minutes": its runners, the first's kept with them by ``of_those``)
            said = f"{asked.second.rstrip('?. ')} at the {event}"
        return f"{said.rstrip('?. ')} {names_in(asked.first, said, vocabulary, today)}".rstrip() + "?"
    if asked.leans == "runner":
        if not (found.get("first_name") and found.get("last_name")):
            return None
        # (her town tells her from a namesake: "Brandon Long from Hartford")
        name = f"{found['first_name']} {found['last_name']}" + (f" from {found['city']}" if found.get("city") else "")
        if (named := rx.sub(r"\bthat (?:runner|person|woman|man|guy|athlete)\b", name, asked.second, flags=re.IGNORECASE)) \
                != asked.second:   # ("Who holds the course record, and how many times has that runner finished it?")
            # (her whole record asked — "how many times has that runner finished it?" — is of every year, not the first's)
            every_year = bool(rx.search(_WHOLE_RECORD_ASKED, asked.second, re.IGNORECASE))
            return f"{named.rstrip('?. ')} {names_in(asked.first, named, vocabulary, today, with_year=not every_year)}" \
                .rstrip() + "?"
        if who := _RUNNER_ANSWER.search(asked.first):
            return f"{asked.first[:who.start()]}{who.group(0)[:-3]}{name}{asked.first[who.end():]}".rstrip("?. ") + \
                f". {asked.second}"
        return f"{asked.second.rstrip('?. ')} ({name})?"
    year = found.get("year") or next((value.year for key, value in found.items()
                                      if key.endswith("date") and isinstance(value, date)), None)
    if not year:
        return None
    if counted := YEARS_FROM_TOLD.search(asked.second):   # ("… the year after": its year and one)
        said = f"{asked.second[:counted.start()]}in {year + years_counted(counted)}{asked.second[counted.end():]}"
    elif pointed := _EDITION_POINTED_AT.search(asked.second):
        verb = f"{pointed['verb']} " if pointed["verb"] else ""
        said = f"{asked.second[:pointed.start()]}{verb}in {year}{asked.second[pointed.end():]}"
    else:
        return None
    where = names_in(asked.first, said, vocabulary, today, with_year=False)
    runner = f"({asked.runner})" if asked.runner else ""
    return " ".join(filter(None, [said.rstrip("?. "), where, runner])) + "?"


def shown_in(asked: TwoAsked, columns: list[str]) -> bool:
    """Whether an answer with ``columns`` shows what a second question ``asked`` of it (``leans == "shown"``) asks:
    "what year was her best time?" by its year or date, "where was that?" by its event or town."""
    return any(asks.match(asked.second) and shown & set(columns) for asks, shown in _SHOWN_BY)


def of_those(read: Parsed, first: Parsed) -> Parsed:
    """The reading of a second question asked "of them" (``read``) keeping the first one's runners too: each kind of
    filter the first kept them by (sex, age, home, time, status …) that ``read`` sets none of ("How many masters
    finished X? And how many of them were women?" → the women masters who finished X); "of them", unused read alone
    (``points_at_nobody``), now said."""
    carried = {name: getattr(first, name) for kind in _KEPT_TOGETHER
               if not any(getattr(read, name) for name in kind) for name in kind}
    nobody = points_at_nobody(read.question)
    return replace(read, **carried, unused=tuple(said for said in read.unused if said != nobody))


def leans_on_words(asked: TwoAsked) -> bool:
    """Whether a second question points back at the first one's runners in words ("her group", "their time", "those")
    rather than saying all it asks itself (an event pointed at — "who won it", "there" — is said again whole; a runner
    the first names, said by name: "… and what place did he get in 2024?")."""
    # (never after a first asked "which one", "when", "where": "… Which one was she faster at, and what was her time?";
    # nor of her result: "… what percent of her group finished ahead of her")
    # (a count of hers asked after "which was her fastest 5K" is of her, named: "… and how many 5Ks has he finished?")
    counted = asked.runner and rx.match(r"\s*how many\b", asked.second, re.IGNORECASE)   # (a singular "they" too)
    pronouns = _HER_RESULT if counted else f"{_THEY}|{_HER_RESULT}" if asked.runner and not _ASKS_WHICH.search(asked.first) \
        else f"{_THEY}|{_SHE}"
    return bool(rx.search(rf"\b(?:{pronouns})\b", asked.second, re.IGNORECASE))


def says_all_it_asks(asked: TwoAsked) -> bool:
    """Whether the second question says what it asks in words of its own — four words or more, none pointing back ("it",
    "that", "her", "they"): "… and what was the women's winning time?" does; "… and who holds it?" does not."""
    return len(asked.second.split()) >= 4 and not rx.search(rf"\b(?:it|its|that|this|{_THEY}|{_SHE})\b", asked.second,
                                                            re.IGNORECASE)


def _runner_pointed_at(part: str, read: Parsed) -> str:
    """The name of the runner ``read`` names, when ``part`` speaks of him or her ("what place did he get"), or of the
    asker she is ("Mason Hayes here. …, and what did I run the year after?"); else ""."""
    if not (read.person and (rx.search(rf"\b(?:{_SHE}|they|their|i|my|me)\b", part, re.IGNORECASE) or rx.match(
            # ("How many different events has she finished, and how many finishes in total?": hers, said of no one else)
            r"\W*how many (?:finishes|races|results|starts|dnfs)\b(?:\s+(?:in total|overall|altogether|all told|total))?\W*$",
            part, re.IGNORECASE) or rx.match(   # ("…, and at how many different events?": where hers were)
            r"\W*(?:at|in|across|over|from) how many (?:different |separate |distinct )?(?:events?|event editions|editions|races|"
            r"years|cities|towns|states)\W*$", part, re.IGNORECASE))):
        return ""
    # (her town said with her tells her from a namesake: "Lisa Hood from Fort Worth" — said even when the part names it
    # as an event's: "… finished the Evanston Half Marathon", never ``parser.runner_said``'s test)
    town = read.runner_city if read.runner_city and not (read.runner_city_negated or read.more_cities) else ""
    return f"{read.person.name} from {town}" if town else read.person.name


def _some_kept(read: Parsed) -> bool:
    """Whether a reading keeps only some of the runners (by sex, age, home, time, history) or of the events (by their
    state): a second question may mean them ("… and what was their average time?", "… and how many finishers did they
    have?"), which only the words of the first say."""
    return bool(read.sex or read.age or read.born or read.age_group or read.time_limit or read.pace_limit or
                read.runner_city or read.runner_state or read.out_of_state or read.local or read.cohort or
                read.last_name or read.field_limit or read.winner_gap or read.event_state)


def _asked_part(first: str) -> str:
    """The first question without a label said before it ("Atlanta 2025: did …" → "did …")."""
    return rx.split(r":\s+|\s[\u2014\u2013-]\s", first, maxsplit=1)[-1]


def _with_context(part: str, other: str, vocabulary: Vocabulary, today: date, other_read: Parsed | None = None, *,
                  with_race: bool = True) -> str:
    """``part`` with the event, race and year ``other`` names (each when ``part`` says none of its own; the race only
    ``with_race``: a race the second question names is its measure's — "…, and what's her best half marathon time?" —
    never the first's) and the runner ``other`` names, when ``part`` speaks of him or her."""
    names = names_in(other, part, vocabulary, today)
    read = other_read or parse(other, vocabulary, today)
    if read.race_of_name or not with_race:   # (the race an event's name says, chosen for a time: the other's to choose)
        names = rx.sub(r"^in the .+?(?: (?=at )|$)", "", names)
    own = parse(part, vocabulary, today)
    # (never said again with her town of a part that names her itself: "Heather Smith from Erie, PA — what's her best 5K")
    runner = f"({said})" if (said := _runner_pointed_at(part, read)) and not (own.person and " from " in said) else ""
    # ("…, and how many times has she run Galveston in total?": her whole record there, never the first's year)
    every_year = runner and rx.search(rf"\b(?:so far|{_WHOLE_RECORD})\b", part, re.IGNORECASE)
    if runner and not (own.events or own.event_city or own.distances) and rx.search(_HER_WHOLE_RECORD, part, re.IGNORECASE):
        # ("What is her best 5K time with us, and how many races has she finished?": all her races, never the 5K or
        # the event the first (or its story) names)
        names = ""
    elif own.events or own.event_city:   # (its own event: only the year carried, when it says none)
        year = rx.search(r"\bin (?:[A-Z][a-z]+ )?20\d\d\b", names)
        names = year.group(0) if year and not (own.dates or own.years or every_year) else ""
    elif own.edition or every_year:   # ("…, and who won the most recent race?": its own edition, never the first's year)
        names = rx.sub(r"\s*\bin (?:[A-Z][a-z]+ )?20\d\d\b", "", names).strip()
    return " ".join(filter(None, [part.rstrip("?. "), names, runner])) + "?"
