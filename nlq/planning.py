"""Questions of planning a race's next edition, said in the words the parser reads.

Pure: text in, text out, read after the clarifiers (``nlq.parser``). Four kinds, each rewritten to one phrase:

- when the last (or first) finisher crossed, as a time of day: "what time of day did the last marathoner finish?",
  "at what clock time did the last finisher come in?" → "the latest finish-line clock time of marathon finishers"
  (the measure ``last_crossing``: the race's start plus the gun time, nlq.sqlbuild);
- how long the line was busy: "how long was the finish line open, first finisher to last?" → "the finish-line clock
  spread" (``finish_span``, in seconds); "how long after the gun did the last half marathoner finish?" → the slowest
  gun time;
- a time limit supposed ("With a 6:30:00 time limit, how many finishers would have missed it?", "The city wants the
  course cleared in 90 minutes. How many took longer than that?"): the limit said where the question points back at
  it ("over 6:30:00"). A limit said with no pointer back is left as it was (its words unread, never dropped);
- the awards a podium depth needs ("age group awards 3 deep in every age group: how many awards?"): the finishers
  placed 1 to N in their age group, each race's own places (as the results store them), counted;
- start waves of a width ("in each 10-minute wave": finish-time bands) and the time that splits the field in half
  (the median);
- supplies ordered from a past edition's turnout ("how many medals should we order, based on last year's finishers":
  the finishers; bibs and shirts: the entries).
"""

from __future__ import annotations

import re

from nlq import rx
from nlq.entities import RACE_BY_DISTANCE, number

_RACE = RACE_BY_DISTANCE   # "5k", "half marathon", "the full"
# who crossed: "the last finisher", "the last 5K finisher", "the last marathoner", "the last half marathoner"
# ("the first Buffalo runner": a town's runners, the town said capitalized)
_WHO = (rf"(?:very )?(?P<end>last|first|final)(?P<town> (?-i:[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+)?)(?= ))?(?P<race> {_RACE})? ?"
        r"(?P<noun>finishers?|runners?|persons?|people|ones?|marathoners?|half[- ]marathoners?|walkers?|"
        r"participants?|athletes?|guys?|women|men)")
_CROSSED = (r"(?:(?:cross(?:ed)?|finish(?:ed)?|arrive[d]?|make it|made it)(?: (?:across|over|home|the (?:finish(?:ing)? )?line|"
            r"the finish|the mat))?|(?:come|came|get|got) (?:in|through|across|home)(?: the (?:finish(?:ing)? )?line| the finish)?)")
_CLOCK = r"(?:clock time|time of day|time on the clock|time)(?: of (?:the )?day| on the clock)?"
# "what time of day did the last finisher cross the line", "at what clock time did the last finisher come in"
# (never the time a runner "came in with" or "finished in": a finish time)
_LAST_CROSSED = re.compile(rf"\b(?:at |by )?(?:what|which) {_CLOCK} (?:did|does|was|were|is) (?:the )?{_WHO} (?P<between>(?:[\w'-]+ ){{0,6}}?)"
                           rf"{_CROSSED}(?![\w-])(?! with\b| in (?!(?:19|20)\d\d\b|the (?:half|full|marathon|mile|1 mile|\d+ ?k|race)\b))",
                           re.IGNORECASE)   # ("… cross the line in the half": which race, never a finish time)
# "when did the last runner finish, time of day?", "when did the last finisher come in (clock time)?", "when did the
# first finisher cross the line at X last year?": the moment asked of a finisher (never an edition's date)
_WHEN_CROSSED = re.compile(rf"\bwhen (?:did|was|were) (?:the )?{_WHO} {_CROSSED}\b(?:(?P<rest>[^?]*?)[,(\s-]*"
                           r"(?:(?:in |as |on the )?(?:clock time|time of day|the clock)|on the clock)\)?)?(?! with\b)", re.IGNORECASE)
# "what clock times did the first and the last finishers come in", "clock time of the first finisher and of the last",
# "first and last half marathon finishers - what time were they on the clock": both ends of the line's morning
_BOTH_CROSSED = re.compile(
    r"\b(?:at )?(?:what|which) (?:clock |finish(?:-line)? )?times?(?: of day)? (?:did|were|was) (?:the )?(?:very )?first and (?:the )?"
    rf"(?:very )?last (?P<race>{_RACE} )?(?:finishers|runners|ones|people)(?: each)? {_CROSSED}\b|"
    rf"\b(?:the )?(?:finish(?:-line)? )?clock times? of the (?:very )?first (?P<race2>{_RACE} )?(?:finisher|runner|one) and "
    rf"(?:of )?the last(?: (?:finisher|runner|one))?\b|"
    rf"\b(?:the )?first and (?:the )?last (?P<race3>{_RACE} )?"
    r"(?:finishers|runners)\b[\s,:;-]*(?:what|which) (?:clock )?times? (?:were|was|did) they (?:on the clock|cross(?: the line)?|"
    r"finish|come in)\b|"
    # ("first and last finisher clock times")
    rf"\b(?:the )?first and (?:the )?last (?P<race4>{_RACE} )?(?:finisher|runner)s?'?s? (?:finish(?:-line)? )?(?:clock times?|"
    r"times? of day|times? on the clock)\b", re.IGNORECASE)


def _race_named(said: str | None) -> str:
    """ "full" → "marathon", "half" → "half marathon": a race as the parser names it ("" when none was said)."""
    race = (said or "").strip()
    return {"full": "marathon", "full marathon": "marathon", "half": "half marathon", "half-marathon": "half marathon"}.get(
        race.lower(), race)


def _both_crossed(said: re.Match[str]) -> str:
    race = _race_named(said["race"] or said["race2"] or said["race3"] or said["race4"])
    return f"what was the earliest and latest finish-line clock time of {race + ' ' if race else ''}finishers"


# "how long did the start take to clear", "how long did it take everyone to cross the start": the gun-minus-chip gap of
# the last runner over the start mat — or the gap said after it ("… I mean the biggest gun-minus-chip gap", "Give me the
# average gap between gun time and chip time")
_START_CLEARED = re.compile(
    r"\bhow long (?:did|does|do|would|will) (?:it take (?:for )?)?(?:the (?:start(?:ing)?(?: line| corrals?| area)?|field|"
    r"corrals?)|everyone|the whole field|all (?:the )?runners) (?:take )?to (?:clear|(?:cross|get across|get over) the start(?: line|"
    r" mat)?)\b|\bhow long did it take to clear the start(?: line| area| corrals?)?\b", re.IGNORECASE)
_GAP_SAID = re.compile(r"\bgun\b[^?]*\bchip\b|\bchip\b[^?]*\bgun\b", re.IGNORECASE)
# "how long after the gun did the last half marathoner finish": the slowest gun time
_AFTER_THE_GUN = re.compile(rf"\bhow long after the (?:gun|start) (?:did|was|were) (?:the )?{_WHO} {_CROSSED}", re.IGNORECASE)
# "how long was the finish line busy, from the first finisher to the last one", "how long did the finish stay open"
_SPAN = re.compile(r"\bhow long (?:was|did|were|is) the finish(?: line| area)? (?:(?:stay|stayed|kept|remain(?:ed)?) )?(?:busy|open|"
                   r"active|in use|manned|staffed)\b(?:[,\s-]*(?:from )?(?:the )?first (?:finisher|runner|one)s? (?:to|until|"
                   r"till|through) (?:the )?last(?: (?:finisher|runner|one)s?)?\b)?", re.IGNORECASE)

_TIME = r"\d{1,2}:\d\d(?::\d\d)?|\d{1,3}(?:\.\d+)?[- ]?(?:hours?|hrs?|minutes?|mins?)"
# a limit said where it applies: "over a 6 hour cutoff", "would have missed a 6-hour course limit", "within the 5:30
# time limit", "after the 6 hour mark"
_LIMIT_INLINE = re.compile(rf"\b(?P<side>over|under|beyond|past|after|within|inside|outside|missed|made|beat|before)\s+(?:a |an |"
                           rf"the |our |their )?(?P<time>{_TIME})[- ](?:time limit|cut-?off(?: time)?|course limit|limit|mark)\b",
                           re.IGNORECASE)
_OVER = ("over", "beyond", "past", "after", "outside", "missed")
# the limit supposed: "with a 6:30:00 time limit", "if we put a 3:30 limit on", "a cutoff of 4 hours", "a 3:30:00 cutoff"
_LIMIT = re.compile(
    rf"(?:\b(?:if|when) we (?:put|set|had|have|impose[d]?|used?|add(?:ed)?|adopt(?:ed)?|enforce[d]?)|\bwe (?:may|might|could|"
    rf"will|want to|plan to|are going to|'re going to|are thinking of|are considering) (?:set(?:ting)?|put(?:ting)?|"
    rf"impos(?:e|ing)|adopt(?:ing)?|add(?:ing)?|us(?:e|ing)|enforc(?:e|ing))|\bthinking (?:about|of)|\bconsidering|\bwith|"
    rf"\bunder|\bgiven)? ?\b(?:an? |the )(?P<time>{_TIME})[- ](?:hour |hr |minute |min )?(?:time limit|cut-?off|course limit|"
    rf"limit|course closure)(?: time)?(?: (?:on|for|at) (?=the |our |\w))?|\b(?:an? |the )(?:time limit|cut-?off|course limit) of "
    rf"(?P<time2>{_TIME})(?: (?:on|for|at) (?=the |our |\w))?", re.IGNORECASE)
# the course cleared by a time: "wants the course cleared in 90 minutes." (the sentence is the limit)
_CLEARED = re.compile(rf"[^.?!:]*\b(?:course|road|roads|street|streets|route)s? (?:cleared|closed|reopened|open(?:ed)?) (?:in|"
                      rf"within|by|after) (?P<time>{_TIME})[^.?!:]*[.!:]\s*", re.IGNORECASE)
_OVER_IT = re.compile(r"\b(?:would (?:have )?|will |to )?(?:have )?(?:missed|miss|been over|be over|gone over|go over|exceeded|"
                      r"exceed|been outside|be outside|not made|not make|failed to make|fail to make|been cut|be cut|been "
                      r"slower than|be slower than|taken longer than|take longer than|took longer than|went over|was over|were "
                      r"over|were slower than|was slower than|come in over|came in over)(?: it| that| the (?:limit|cut-?off|"
                      r"time limit))\b|\b(?:longer|slower|more) than (?:that|it|the (?:limit|cut-?off|time limit))\b|"
                      r"\bover (?:it|that|the (?:limit|cut-?off|time limit))\b", re.IGNORECASE)
_UNDER_IT = re.compile(r"\b(?:would (?:have )?|will )?(?:have )?(?:made|make|beaten|beat|been under|be under|been within|be within|"
                       r"been inside|finished within|finished under|come in under|came in under)(?: it| that| the (?:limit|"
                       r"cut-?off|time limit))\b|\b(?:faster|quicker|less) than (?:that|it|the (?:limit|cut-?off|time limit))\b|"
                       r"\b(?:under|within|inside) (?:it|that|the (?:limit|cut-?off|time limit))\b", re.IGNORECASE)


def _who(said: re.Match[str]) -> str:
    """ "the last 5K finisher" → "5K finishers"; "the last marathoner" → "marathon finishers"; "the last one" →
    "finishers"."""
    noun = said["noun"].lower()
    race = _race_named(said["race"])
    if noun.startswith("half") or noun.startswith("marathoner") and race.startswith("half"):
        race = "half marathon"
    elif noun.startswith("marathoner"):
        race = "marathon"
    sex = {"women": "women ", "men": "men "}.get(noun, "")
    town = f" from {said['town'].strip()}" if said["town"] else ""
    return f"{race + ' ' if race else ''}{sex}finishers{town}"


def _crossing(said: re.Match[str]) -> str:
    end = "earliest" if said["end"].lower() == "first" else "latest"
    return f"the {end} finish-line clock time of {_who(said)}"


def _time(said: str) -> str:
    """ "6-hour" → "6 hours": a duration as the time limits read it."""
    return rx.sub(r"(\d)[- ]?(hour|hr|minute|min)s?\b", r"\1 \2s", said, flags=re.IGNORECASE)


def _limit_said(question: str) -> str:
    """The supposed limit said where the question points back at it: "over 6:30:00", "under 3:30"; or where it applies
    ("over a 6 hour cutoff" → "over 6 hours")."""
    question = _LIMIT_INLINE.sub(lambda said: f"{'over' if said['side'].lower() in _OVER else 'under'} {_time(said['time'])}",
                                 question)
    if limit := _LIMIT.search(question):
        time, said = limit["time"] or limit["time2"], (limit.start(), limit.end())
    elif cleared := _CLEARED.search(question):
        time, said = cleared["time"], (cleared.start(), cleared.end())
    else:
        return question
    rest = question[said[1]:]
    over, under = _OVER_IT.search(rest), _UNDER_IT.search(rest)
    if not (over or under):
        return question
    pointer = over if over and (not under or over.start() <= under.start()) else under
    rest = f"{rest[:pointer.start()]}{'over' if pointer is over else 'under'} {_time(time)}{rest[pointer.end():]}"
    before = question[:said[0]].rstrip()
    return f"{before} {rest.lstrip(' ,')}" if before else rx.sub(r"^\s*[,;:.-]*\s*", "", rest)


_DEPTH = r"(?P<n>\d|one|two|three|four|five|ten)"
# the podium's depth: "3 deep", "top 3 in each age group", "the first three of every division"
_AWARD_DEPTH = re.compile(rf"(?:\b(?:(?:age[- ]?group|ag|division) )?awards? (?:are |go |given )?)?\b{_DEPTH} deep\b(?: (?:in|of|for|per) (?:each|every) (?:age[- ]?group|division)(?: of each race)?)?|"
                          # ("top-3 age group awards")
                          rf"\btop[- ]{_DEPTH.replace('<n>', '<n3>')} (?:age[- ]?group |ag |division )?awards?\b|"
                          rf"\b(?:top|first) {_DEPTH.replace('<n>', '<n2>')}(?: places?)? (?:in|of|per|for) (?:(?:each|every|the|their) )?"
                          r"(?:age[- ]?groups?|divisions?|groups?)\b(?: of each race)?(?: (?:get|gets|receive|receives|win|wins|earn|earns) "
                          r"(?:an? )?(?:awards?|medals?|trophies)\b\s*[-:,\u2013\u2014]?)?", re.IGNORECASE)
# "how many awards would Stamford have needed", "how many age group awards do we need for X"
_AWARDS_ASKED = re.compile(r"\b(?:how many|(?:the )?(?:number|count) of) (?P<ag>age[- ]?group |ag |division )?(?:awards?|award sets?|"
                           r"trophies|plaques|medals)\b(?: (?:would|will|do|did|does|should|must|have|has)\b(?P<mid>[^?,]*?)\b"
                           r"(?:have )?(?:need(?:ed)?|give|given|gave|hand(?:ed)? out|order(?:ed)?|present(?:ed)?|prepare[d]?)\b"
                           r"(?: out)?| (?:went|go|going|were|was) (?:out|given(?: out)?|handed out)\b| handed out\b)?|"
                           # ("age group awards per year at X (top three in each group)": how many, each year)
                           r"^\s*(?P<ag2>age[- ]?group |ag |division )(?:awards?)\b(?: (?:given|handed out|given out))?(?= (?:per|each|by|every)"
                           r" year\b| at\b)", re.IGNORECASE)
# "went home with an age-group award (top 3 in their group)", "got an AG award": placed in the first N of their age group
_AWARDED = re.compile(rf"\b(?:went home with|got|won|received|earned|took home|picked up) an? (?:age[- ]?group |ag |division )award"
                      rf"(?:\s*\((?:the )?(?:top|first) {_DEPTH.replace('<n>', '<n4>')} (?:in|of) (?:their|the|each) (?:age[- ]?)?"
                      rf"groups?\))?", re.IGNORECASE)
# "what share of the age-group awards (top 3 per group) at X went to masters", "how many of the AG awards went to runners
# 50 and older": of the runners placed in the first N of their age group, the share (or count) of that group
_AWARDS_WENT = re.compile(r"\b(?P<asked>(?:what|which) (?:share|percent(?:age)?|fraction|proportion|%)|how many) of (?:the |our |all )?"
                          r"(?:(?:age[- ]?group|ag|division) )?(?:awards?|award winners|awardees|medals|trophies)"
                          rf"(?:\s*\((?:the )?(?:top|first) {_DEPTH.replace('<n>', '<n5>')} (?:in|of|per|for) (?:each |every |their |the )?"
                          r"(?:age[- ]?)?groups?\))?(?P<mid>[^?]*?)\s*\b(?:went to|were won by|were taken by|went home with|"
                          r"were (?:given|handed) to|(?:were|was) (?=(?:runners|people|women|men|masters|aged|\d)))\s*|"
                          # ("of the AG awards at X last year, what percentage went to runners 50 and older")
                          r"\bof (?:the |our |all )?(?:(?:age[- ]?group|ag|division) )?(?:awards?|award winners|medals|trophies)"
                          r"(?P<mid2>[^?]*?),?\s*(?P<asked2>(?:what|which) (?:share|percent(?:age)?|fraction|proportion|%)|how many)"
                          r" (?:of them )?(?:went to|were won by|were taken by|were (?:given|handed) to)\s*", re.IGNORECASE)
# an age group's awards with no depth said: its first three (the usual podium; "3 deep", "top 5 per age group" say another)
AWARD_DEPTH_UNSAID = 3


def _awards_counted(question: str) -> str:
    """ "If we give age group awards 3 deep in every age group of each race, how many awards would Stamford have
    needed in 2025?" → "how many finished top 3 in their age group at Stamford in 2025?"."""
    if went := _AWARDS_WENT.search(question):
        n = number(went["n5"].lower()) if went["n5"] else AWARD_DEPTH_UNSAID
        share = "how many" if (went["asked"] or went["asked2"]).lower().startswith("how many") else "what percent"
        return (f"{question[:went.start()]}of the runners who finished top {n} in their age group{went['mid'] or went['mid2'] or ''}, "
                f"{share} were {question[went.end():]}")
    if awarded := _AWARDED.search(question):   # ("what percentage of finishers went home with an age-group award")
        n = number(awarded["n4"].lower()) if awarded["n4"] else AWARD_DEPTH_UNSAID
        return f"{question[:awarded.start()]}finished top {n} in their age group{question[awarded.end():]}"
    depth, asked = _AWARD_DEPTH.search(question), _AWARDS_ASKED.search(question)
    if not asked or not depth and not (asked["ag"] or asked["ag2"]):
        return question
    mid = rx.sub(r"^\s*(?:we|you|they|i)\b|\b(?:we|you|they|i)\s*$", "", (asked["mid"] or "")).strip()
    if not depth:   # ("how many age-group awards did we give at X each year": the first three of each group)
        return _handed_out(f"{question[:asked.start()]}how many finished top {AWARD_DEPTH_UNSAID} in their age group"
                           f"{' at ' + mid if mid else ''}{question[asked.end():]}")
    n = number((depth["n"] or depth["n2"] or depth["n3"]).lower())
    if not n:   # ("awards 0 deep": no podium; left as said, unread)
        return question
    # ("how many awards would last year's finishers have needed": among them)
    counted = f"how many finished top {n} in their age group" + (
        f" {'among' if rx.search(r'finishers|runners', mid, re.IGNORECASE) else 'at'} {mid}" if mid else "")
    # (the depth said in a clause of its own, "If we give age group awards 3 deep, how many": it goes, with what else
    # the clause says kept: "… in every age group at Nashua, how many …")
    clause = rx.search(r"\b(?:if|when|assuming|say)\b[^,?.()]*$", question[:depth.start()], re.IGNORECASE)
    start, end = (clause.start() if clause else depth.start()), depth.end()
    if colon := rx.match(r"\s*[,:\u2013\u2014-]", question[end:]):   # ("age group awards 5 deep: how many medals?")
        end += colon.end()
    (first, first_end), (second, second_end) = sorted([(start, end), asked.span()])
    if first_end > second:
        return question
    said = {asked.span(): counted}   # (the depth's words go; the question asked becomes the count)
    text = (question[:first] + said.get((first, first_end), "") + question[first_end:second] +
            said.get((second, second_end), "") + question[second_end:])
    return _handed_out(rx.sub(r"\s*\(\s*\)|\s{2,}", " ", text).strip(" ,"))


def _handed_out(counted: str) -> str:
    """The count of awards rewritten, without the giving said after the depth: "… (top 3 per group) did the X give out
    last year" → "… the X last year"."""
    counted = rx.sub(r"\s+\b(?:did|do|does|will|would)\b(?=[^?]*\b(?:give|hand) out\b)|\s+\b(?:give|gave|given|hand|handed|went|go)"
                     r" out\b", "", counted, flags=re.IGNORECASE)
    return rx.sub(r"\s{2,}", " ", counted)


# supplies ordered from a past edition's turnout: "how many medals should we order for X based on last year's finishers",
# "going by last year's entries, how many bibs for X?" — the turnout counted (medals go to finishers, bibs and shirts to
# entries); with no past edition said, left unread (a forecast the archive cannot make)
_SUPPLY = (r"(?P<what>(?:finisher(?:'s)? )?medals?|bibs?|(?:race |t-)?shirts?|tees?|(?:race )?packets?|timing chips?)")
_BASIS = r"(?:based on|going by|judging by|judging from|using|off|from)\s+(?P<basis>(?:last year|last time|the (?:19|20)\d\d|(?:19|20)\d\d)\b[^?,]*)"
_SUPPLY_ORDERED = (re.compile(rf"\bhow many {_SUPPLY}\b(?P<mid>[^?]*?),?\s*{_BASIS}", re.IGNORECASE),
                   re.compile(rf"\b{_BASIS},\s*how many {_SUPPLY}\b(?P<mid>[^?]*)", re.IGNORECASE))


def _supplies_counted(question: str) -> str:
    """ "How many medals should we order for X based on last year's finishers?" → "how many finishers for X last year
    finishers?" (medals: finishers; bibs, shirts, packets, chips: entries)."""
    if rx.search(r"\bsizes?\b", question):
        return question   # ("how many t-shirts in each size": sizes the archive does not hold)
    for pattern in _SUPPLY_ORDERED:
        if said := pattern.search(question):
            counted = "finishers" if "medal" in said["what"].lower() else "entries"
            mid = rx.sub(r"\b(?:should|do|will|would|must|shall) (?:we|i) (?:order|need|print|get|have|buy|make)\b|\bnext "
                         r"(?:year|time)\b|,", " ", said["mid"], flags=re.IGNORECASE)
            basis = rx.sub(r"'s?\b", "", said["basis"])
            return rx.sub(r"\s{2,}", " ", f"{question[:said.start()]}how many {counted} {mid.strip()} {basis}{question[said.end():]}")
    return question


# start waves or corrals of a width: "in each 10-minute wave" → the finish-time bands of that width
_WAVES = re.compile(r"\b(each|every|per) (\d{1,3})[- ]minute (?:start )?(?:waves?|corrals?|blocks?)\b", re.IGNORECASE)
# the time that splits the field in half: the median
_HALFWAY = re.compile(r"\b(?:what|which) (?:(?:chip|finish(?:ing)?) )?time (?:split|splits|divided|divides|cut|cuts) the "
                      r"(?P<whose>(?:[\w'-]+ ){0,6}?)(?:field|finishers|runners) in (?:half|two)\b", re.IGNORECASE)

# a group said by sex and five years of age: "women 30-34", "men's 35-39" — its age group ("F30-34"), whose places the
# results hold (the archive's age groups are five years wide from 20 to 79)
_SEX_AND_AGES = re.compile(r"\b(?:the )?(?P<sex>women|woman|female|ladies|men|man|male|guys|f|m)(?:'?s)? (?P<low>[2-7][05])[-\u2013](?P<high>[2-7][49])\b"
                           r"(?: (?:age[- ]?group|group|division|category|bracket))?", re.IGNORECASE)
# the time that made a place: "what time took 3rd", "what did it take to crack the top 10", "what time did you need for a
# top-10 finish", "the cutoff for the podium" — the time of the runner at that place (top N: the Nth)
_PLACE_CUT = re.compile(r"\bwhat (?P<what>(?:gun |chip )?time|pace|per-mile pace|pace per mile) (?:took|got|earned|won|was good for) "
                        r"(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<nw>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
                        r"(?: place)?\b|"
                        # ("what did a woman need to run to finish top 10", "what pace would've put you in the top 25", "what
                        # pace per km did you need to be on the F35-39 podium")
                        r"\bwhat (?:(?P<what2>(?:gun |chip )?time|pace(?: per (?:mile|km))?|per-(?:mile|km) pace) )?(?:did it take|"
                        r"would it (?:have )?take?n?|was needed|was required|"
                        r"did (?:you|i|one|a runner|a woman|a man|a guy|a girl|she|he) need|would (?:you|i|one|a \w+|she|he) "
                        r"(?:have )?need(?:ed)?|would(?:'ve| have)? (?:gotten|got|put) (?:you|me|one|a runner|someone))"
                        r"(?: to (?:run|clock|average)(?= to))?"
                        r"(?: to (?:crack|make|get into|be in|be on|reach|land in|finish(?: in)?|be|earn|get(?: into| on)?))?"
                        r"(?: into| in| onto| on)?(?: for)? (?:the |a )?"
                        r"(?:top[- ](?P<n2>\d{1,3}|three|five|ten)\b(?! ?(?:%|percent))(?: finish| spot| place)?|"
                        r"(?:(?P<group2>[MFX]\d\d-\d\d|women'?s|men'?s) )?podium)\b|"
                        r"\b(?:what was )?the cut-?off (?:time )?for (?:the |a )?(?:(?P<group>[MFX]\d\d-\d\d|women'?s|men'?s|overall) )?"
                        r"(?:top[- ](?P<n3>\d{1,3}|three|five|ten)\b(?! ?(?:%|percent))|(?P<podium>podium))\b|"
                        # ("how has the time needed for an M40-44 podium changed by year": the 3rd place time, each year)
                        r"\b(?:what was )?the (?P<what3>time|pace) (?:needed|required|it took) (?:for|to (?:make|get on|be on|reach|"
                        r"crack|get into)) (?:the |an? )?(?:(?P<group3>[MFX]\d\d-\d\d|women'?s|men'?s|overall) )?"
                        r"(?:top[- ](?P<n4>\d{1,3}|three|five|ten)\b(?! ?(?:%|percent))|podium)\b",
                        re.IGNORECASE)

# "I ran 27:40 at Santa Fe last year. What percentage of the 5K finishers did I beat?", "if I'd run 2:15 at Galveston, what
# percent of the field would I have beaten": the share of the field slower than that time
_TIME_RUN = re.compile(r"\b(?:if )?(?:i|you|she|he|they|someone)(?:'d| had| would have)? (?:ran|run|finished in|clocked|posted) (?:a )?"
                       r"(?P<time>\d{1,2}:\d\d(?::\d\d)?)\b", re.IGNORECASE)
_BEATEN = re.compile(r"\bwhat (?P<share>percent(?:age)?|share|fraction|proportion|%) of (?P<who>[^?]*?) (?:did|would|could|do|does) "
                     r"(?:i|you|she|he|they|one|that)(?: have)? (?:beat(?:en)?|finish(?:ed)? ahead of|be(?:en)? ahead of|outr[au]n)\b",
                     re.IGNORECASE)


# "A 4:00:00 at the 2025 Atlanta marathon would have beaten what percentage of finishers?", "what share of half marathon
# finishers at Tallahassee in 2024 would a 2:00:00 have beaten?": the same, the time said as the subject
_TIME_BEAT = re.compile(r"\b(?:an?|the) (?P<time>\d{1,2}:\d\d(?::\d\d)?)(?P<where> [^?]*?)? would (?:have )?(?:beaten|beat|finished "
                        r"ahead of|been ahead of) what (?P<share>percent(?:age)?|share|fraction|proportion|%) of (?P<who>[^?]+)|"
                        r"\bwhat (?P<share2>percent(?:age)?|share|fraction|proportion|%) of (?P<who2>[^?]*?) would (?:an?|the) "
                        r"(?P<time2>\d{1,2}:\d\d(?::\d\d)?) (?:have )?(?:beaten|beat|finished ahead of|been ahead of)\b",
                        re.IGNORECASE)


def _time_beaten(question: str) -> str:
    """The share of a field slower than a time said of the asker (``_TIME_RUN``, ``_BEATEN``) or as the subject
    (``_TIME_BEAT``); unchanged otherwise."""
    if said := _TIME_BEAT.search(question):
        asked = f"what {said['share'] or said['share2']} of {(said['who'] or said['who2']).strip()}{said['where'] or ''} " \
                f"finished slower than {said['time'] or said['time2']}"
        return question[:said.start()] + asked + question[said.end():]
    ran, beaten = _TIME_RUN.search(question), _BEATEN.search(question)
    if not (ran and beaten):
        return question
    asked = f"what {beaten['share']} of {beaten['who']} finished slower than {ran['time']}"
    first, second = sorted([(ran.span(), ""), (beaten.span(), asked)])
    return (question[:first[0][0]] + first[1] + question[first[0][1]:second[0][0]] + second[1] +
            question[second[0][1]:]).strip(" ,")


def _sex_and_ages(said: re.Match[str]) -> str:
    sex = "F" if said["sex"][0].lower() in "fwl" else "M"
    low, high = int(said["low"]), int(said["high"])
    return f"{sex}{low}-{high}" if high == low + 4 else said.group(0)


def _place_cut(said: re.Match[str]) -> str:
    ordinal = said["nw"] and ("first second third fourth fifth sixth seventh eighth ninth tenth".split().index(said["nw"].lower()) + 1)
    n = ordinal or number((said["n"] or said["n2"] or said["n3"] or said["n4"] or "3").lower())
    what = (said["what"] or said["what2"] or said["what3"] or "time").lower()
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n % 100 not in (11, 12, 13) else 0, "th")
    group = next((said[name] for name in ("group", "group2", "group3") if said[name]), "")
    said_as = f"the {n}{suffix} place {'pace per mile' if 'mile' in what else what}{f' in {group}' if group else ''}"
    return said_as if said["what3"] else f"what was {said_as}"


# "the slowest time that still made the top half of the F55-59 group": a share of the field said in a word (never the half
# marathon: "the top half marathoners")
_TOP_SHARE_WORD = re.compile(r"\b(top|bottom|middle) (half|quarter|tenth)\b(?![- ](?:marathon|marathoners?)\b)", re.IGNORECASE)
_SHARE_OF_WORD = {"half": "50%", "quarter": "25%", "tenth": "10%"}


def read_planning(question: str) -> str:
    """``question`` with a finish-line clock, span, supposed time limit or awards count said in the parser's words
    (see above)."""
    question = _TOP_SHARE_WORD.sub(lambda said: f"{said[1]} {_SHARE_OF_WORD[said[2].lower()]}", question)
    question = _START_CLEARED.sub("" if _GAP_SAID.search(question) else "what was the biggest gap between gun and chip time",
                                  question)
    question = _BOTH_CROSSED.sub(_both_crossed, question)
    question = _LAST_CROSSED.sub(lambda said: f"what was {_crossing(said)} {said['between']}".rstrip(), question)
    question = _WHEN_CROSSED.sub(lambda said: f"what was {_crossing(said)}{said['rest'] or ''}", question)
    question = _AFTER_THE_GUN.sub(lambda said: f"what was the slowest gun time of {_who(said)}", question)
    question = _SPAN.sub("what was the finish-line clock spread", question)
    question = _WAVES.sub(r"\1 \2-minute band", question)
    question = _HALFWAY.sub(lambda said: f"what was the median finish time of the {said['whose']}finishers", question)
    question = _PLACE_CUT.sub(_place_cut, _SEX_AND_AGES.sub(_sex_and_ages, _time_beaten(question)))
    return _supplies_counted(_awards_counted(_limit_said(question)))
