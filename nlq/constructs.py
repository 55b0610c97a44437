"""Question constructs beyond plain filters, each found with the words it consumed. Pure.

A construct is read only where its whole phrase is: "DNF rate" is a rate, "5 or more times" a cohort,
"which age group had the most finishers" a ranking of a dimension. The spans let word accounting
(``nlq.accounting``) count those words as used — and only when the construct was actually read, so "rate"
or "both" in a phrase no construct understands stays *not used* and the question is declined.

Definitions (README glossary): DNF rate = DNF ÷ starters (starters = every result but DNS); DNS rate = DNS ÷
entries; pace = chip time ÷ distance (per km, or per mile of 1.609344 km); gun−chip gap = gun time − chip
time of finishers; first-timers = finishers of an edition with no earlier result at an event of that name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from nlq import rx
from nlq.entities import NOT_STARTED_SAID, RACE_BY_DISTANCE, RACE_SAID, SEX_OF_WORD, TimeLimit, number, whole_second
from nlq.vocabulary import US_STATES

Span = tuple[int, int]
MILE_KM = 1.609344
_NUM = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
@dataclass(frozen=True)
class Found:
    value: object
    spans: tuple[Span, ...]


def _all(pattern: str, text: str) -> tuple[Span, ...]:
    return tuple(m.span() for m in rx.finditer(pattern, text))


# ---- measures ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Metric:
    """What is computed of the selected results."""

    kind: str            # "pace" | "gap" | "margin" | "rate" | "share" | "oldest" | "youngest" | "age_extremes" (both)
    #                      oldest/youngest unit "age": the age only ("how old was the youngest finisher")
    unit: str = ""       # pace: "km" | "mile"; rate: the status counted ("DNF", "DNS"); margin: the later place
    #                      the winner's time is taken from ("10"), "" for the runner-up
    aggregate: str = "avg"  # pace, gap: avg | median | min | max | a percentile "p80"
    clock: str = "chip"  # pace: of the chip time, or "gun" when said of the pace ("gun pace", "gun time per mile")


# the gun−chip gap's aggregates in words (column names, explanations): "largest_gun_minus_chip_s"
GAP_AGGREGATE_WORDS = {"avg": "average", "max": "largest", "min": "smallest"}


def _percentile(text: str) -> str | None:
    """ "the 80th percentile pace": "p80" (one percentile said), else None."""
    said = rx.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?[- ]percentile\b", text)
    return f"p{int(said[0])}" if len(said) == 1 and 0 < int(said[0]) < 100 else None


# the winning margin: the runner-up's time minus the winner's ("by how much did she win", "beat the runner-up by")
_MARGIN = re.compile(
    # "how close was the finish for the win", "how close was the women's race": the margin at the front
    r"\bhow close (?:was|were) (?:the )?(?:(?:overall |wom[ae]n'?s |m[ae]n'?s )?(?:finish|race|win|battle|fight)(?: for (?:the )?"
    r"(?:win|first(?: place)?|victory|title))?)\b|"
    # "the closest finish ever for the win", "the tightest race at the top": the margin at the front, ranked
    r"\b(?:closest|tightest|narrowest) (?:finish(?:es)?|races?|wins?|battles?)\b(?:[^?]{0,20}?\b(?:for|at) (?:the )?(?:win|top|"
    r"first(?: place)?|victory|title)\b)?|"
    # "how much faster was the 2023 Tampa Marathon winner than the runner-up"
    r"\bhow (?:much|many (?:seconds|minutes)) (?:faster|quicker) (?:was|were|did) (?:the )?[^?]{0,80}?\bwinner (?:run )?than "
    r"(?:the )?(?:runner[- ]up|second(?:[- ]place)?(?: finisher| runner)?|2nd(?: place)?)\b|"
    r"\b(?:winning margins?|margins? of (?:victory|the win)|ahead of (?:the )?(?:runner[- ]up|second(?:[- ]place)?(?: finisher| "
    r"runner| woman| man)?)|(?:win|won|winner)\b[^?]{0,80}?\bby how (?:much|many (?:seconds|"
    r"minutes))|(?:by )?how (?:much|many (?:seconds|minutes)) did\b[^?]{0,80}?\b(?:win|beat)\b(?:[^?]{0,80}?\bby\b)?|"
    r"beat (?:the )?(?:runner[- ]up|second(?:[- ]place)?(?: finisher| runner)?)|(?:how far|how much) ahead of (?:the )?"
    r"(?:runner[- ]up|second)|(?:gap|difference|time|seconds|minutes) (?:between|separat(?:ed|ing)) (?:the )?(?:winner|first"
    r"(?: place)?) and (?:the )?(?:runner[- ]up|second(?: place)?)|separated (?:the )?(?:overall )?(?:(?:wom[ae]n|m[ae]n|female|male)'?s? )?"
    r"(?:winner|first(?: place)?|1st)(?: (?:woman|man|female|male))? (?:and|from) "
    r"(?:the )?(?:runner[- ]up|second(?: place)?(?: (?:woman|man|female|male|finisher|runner))?|2nd)|"
    # "how far behind the winner was the runner-up"
    # ("how far behind the women's winner was the second woman": within the sex, read by the parser)
    r"(?:how far|how much|how many (?:seconds|minutes)) behind (?:the )?(?:overall )?(?:(?:women|men|female|male)'?s )?"
    r"(?:winner|first(?: place)?|1st)(?: was| did| were)? "
    r"(?:the )?(?:runner[- ]up|second(?:[- ]place)?(?: finisher| runner| woman| man)?|2nd(?: place)?(?: woman| man)?)|"
    # "how far back was the runner-up", "the margin between 1st and 2nd", "how many seconds separated the top two women"
    r"(?:how far|how much|how many (?:seconds|minutes)) back (?:was|were|did) (?:the )?(?:runner[- ]up|second(?:[- ]place)?|2nd)|"
    r"(?:margin|gap|difference) between (?:the )?(?:1st|first|winner) and (?:the )?(?:2nd|second|runner[- ]up)(?: place)?|"
    r"(?:seconds|minutes|time) separated (?:the )?(?:top|first) (?:two|2)(?: (?:women|men|finishers|runners|overall))?)\b")


_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                  "tenth": 10}
_PLACED = r"(?:finisher|runner|woman|man|female|male|girl|guy|overall)"
# "how many seconds behind the first woman did the 10th woman finish", "the gap between 1st and 3rd place": the
# time between the winner and a later place (the runner-up's is the winning margin)
_BEHIND_PLACE = re.compile(
    # ("how far behind the women's winner was the 5th woman": within the sex, read by the parser)
    rf"\b(?:how far|how much|how many (?:seconds|minutes)) behind (?:the )?(?:overall )?(?:(?:women|men|female|male)'?s )?"
    rf"(?:winner|first(?: place)?(?: {_PLACED})?|"
    # ("… behind the winner was whoever finished 10th overall": the runner at that place)
    rf"1st(?: place)?(?: {_PLACED})?)(?: overall)?(?: was| did| were)? (?:the )?(?:(?:runner|finisher|person|one|athlete) "
    rf"(?:(?:who|that) (?:finished|came(?: in)?|placed|was) )?(?:in )?)?(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|"
    rf"(?P<word>{'|'.join(_ORDINAL_WORDS)}))(?:[- ]place)?(?: {_PLACED})?\b|"
    # "how much slower was 100th place than the winner": the place said first, then the winner
    rf"\bhow (?:much|many (?:seconds|minutes)|far) (?:slower|behind|back) (?:was|were|did) (?:the )?(?:(?P<n4>\d{{1,3}})(?:st|nd|rd|th)|"
    rf"(?P<word4>{'|'.join(_ORDINAL_WORDS)}))(?:[- ]place)?(?: {_PLACED})?(?: overall)? (?:than|behind|from|compared (?:to|with)) "
    rf"(?:the )?(?:overall )?winner\b|"
    # "how many seconds did the runner who finished 5th overall trail the winner by": the place said first
    rf"\bhow (?:far|much|many (?:seconds|minutes)) did (?:the )?(?:(?:runner|finisher|person|one|athlete) (?:who|that) "
    rf"(?:finished|came(?: in)?|placed|was) (?:in )?)?(?:(?P<n3>\d{{1,3}})(?:st|nd|rd|th)|(?P<word3>{'|'.join(_ORDINAL_WORDS)}))"
    rf"(?:[- ]place)?(?: {_PLACED})?(?: overall)? (?:trail|lag|finish behind|come in behind) (?:the )?(?:overall )?winner\b|"
    rf"\b(?:gap|difference|time|seconds|minutes) (?:between|separating|separated) (?:the )?(?:winner|first|1st)(?: place)?(?: {_PLACED})? "
    rf"and (?:the )?(?:(?P<n2>\d{{1,3}})(?:st|nd|rd|th)|(?P<word2>{'|'.join(_ORDINAL_WORDS)}))(?:[- ]place)?(?: {_PLACED})?\b")


# a DNF or DNS rate said as it is computed ("DNFs divided by the people who actually started"): a DNF rate is of starters,
# a DNS rate of entries (another denominator is another share, never read as the rate)
_DIVIDED_BY = r"(?:divided by|/|\u00f7|over|as a (?:share|percent(?:age)?|fraction) of) ?(?:the )?(?:number of )?"
DNF_OVER_STARTERS = rf"\bdnfs? ?{_DIVIDED_BY}(?:(?:people|those|runners) who (?:actually |really )?started|starters)\b"
DNS_OVER_ENTRIES = rf"\b(?:dns|no[- ]shows?) ?{_DIVIDED_BY}(?:everyone (?:registered|entered)|all entries|entrants|registrants|" \
                   r"(?:total )?entries)\b"


def find_metric(text: str) -> Found | None:
    """Pace, the gun−chip gap, the winning margin, DNF/DNS rates, the oldest/youngest finisher. (A share, "what
    percent of X were Y", is read by the parser: its part has filters of its own.)"""
    if (m := _BEHIND_PLACE.search(text)) and (behind := int(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or
                                                         _ORDINAL_WORDS.get(m.group("word") or m.group("word2") or
                                                                            m.group("word3") or m.group("word4"), 0))) > 2:
        return Found(Metric("margin", str(behind)), (m.span(), *_all(r"\bseconds\b|\bin seconds\b|\bfinish(?:ed)?\b|\bby\b",
                                                                      text)))
    if m := _MARGIN.search(text):
        # (every phrase of it read: "how close was the finish for the win? Gap between 1st and 2nd")
        return Found(Metric("margin"), (*(said.span() for said in _MARGIN.finditer(text)), *_all(
            r"\bwinners?\b|\bwon\b|\bwin\b|\brunners?[- ]up\b|\bsecond(?:[- ]place)?(?: finisher| runner)?\b|\bby\b|"
            r"\bseconds\b|\bin seconds\b|\bthe race\b|\bfirst place\b|\bahead of\b|\bmargins?\b", text)))
    # ("how much faster per mile were the men than the women": a pace, said by its unit)
    # ("ran with a pace group": no pace asked)
    if m := rx.search(r"\bpaces?\b(?! (?:groups?|teams?|cars?|bunn(?:y|ies)|setters?|leaders?|crews?)\b)|"
                      r"\b(?:faster|slower|quicker)(?= per (?:mile|km|kilomet(?:er|re))\b)|"
                      r"\bhow (?:much|many (?:seconds|minutes))(?= per (?:mile|km|kilomet(?:er|re))\b)|"
                      # ("average finish time per mile", "average gun time per mile": a pace said as a time per unit)
                      r"\b(?:finish(?:ing)? |chip |gun |net )?time (?=per (?:mile|km|kilomet(?:er|re))\b)", text):
        unit = "mile" if rx.search(r"\b(?:per|a|/)[ -]?mile\b|/ ?mi\b|\bmin(?:ute)?s?/mile\b|\bmile pace\b", text) else "km"
        # (the pace of a record or a personal best is of that fastest finish: "X's course record - what pace is that")
        aggregate = _percentile(text) or ("median" if rx.search(r"\bmedian\b", text) else "min" if rx.search(
            r"\b(?:fastest|quickest|best|course record|pr|pb)\b", text) else "max" if rx.search(r"\bslowest\b", text) else "avg")
        spans = _all(r"\bpaces?\b|\b(?:per|a) (?:mile|kilomet(?:er|re)s?|km)\b|\bin seconds\b|\bseconds\b|"
                     r"\bs/km\b|\bkilomet(?:er|re)s?\b", text)
        # (the pace is of the chip time, as the glossary says, even beside a gun time asked: "fastest gun time and
        # fastest pace" — unless said of the gun: "gun pace", "average gun time per mile", "pace by gun time")
        gun = rx.search(r"\bgun[- ](?:time[- ])?pace\b|\bgun time (?=per (?:mile|km|kilomet))|"
                        r"\bpaces?\b[^?.]{0,20}?\b(?:by|from|on|using|off|based on) (?:the |their )?gun\b", text)
        return Found(Metric("pace", unit, aggregate, clock="gun" if gun else "chip"), (m.span(), *spans))
    # the gun−chip gap said as what it is: "lost the most time waiting to cross the start line"
    # (never a gap limit: "took more than two minutes to reach the start mat" is who is counted, read by find_gap_limit)
    start = rx.search(r"\b(?:lost|lose|losing|spent|spend|spending|waited|waiting|wait|took|take|taking)\b"
                      r"(?! (?:more than|over|at least|less than|under)\b)[^?]{0,30}?\b(?:to )?"
                      r"(?:cross|crossing|get|getting|reach|reaching) (?:to |across )?the start(?:ing)?(?: line| mat)?\b|"
                      # ("average time from gun to start mat")
                      r"\b(?:from|between) (?:the )?gun (?:to|and) (?:the )?start(?:ing)? (?:line|mat)\b", text)
    # ("how far apart were the median gun time and the median chip time": two medians' difference, not the median gap)
    two_medians = rx.search(r"\bmedian (?:gun|chip)\b[^?]*\bmedian (?:gun|chip)\b", text)
    # ("what percent took more than two minutes (gun minus chip) to reach the start mat": a limit, no gap to measure)
    if (rx.search(r"\bgun\b", text) and rx.search(r"\bchip\b", text) and not two_medians and not (
            find_gap_limit(text) and not rx.search(r"\b(?:average|avg|mean|median|typical)\b", text)) or start) and (
            gap := start or rx.search(r"\b(?:differences?|gaps?|minus|behind|between|delay|exceed(?:s|ed)?|"
                                      r"separat(?:ed?|es|ing)|apart|how (?:much|many seconds) (?:longer|more|greater|"
                                      r"bigger|higher|slower))\b", text)):
        aggregate = _percentile(text) or ("max" if rx.search(r"\b(?:biggest|largest|longest|max(?:imum)?|most)\b", text)
                                          else "min" if rx.search(r"\b(?:smallest|shortest|min(?:imum)?|least)\b", text)
                                          else "median" if rx.search(r"\bmedian\b", text) else "avg")
        return Found(Metric("gap", aggregate=aggregate), (gap.span(), *_all(
            r"\bgun(?: time)?\b|\bchip(?: time)?\b|\bseconds\b|\bminus\b|\bgaps?\b|\bdifferences?\b|\bhow many\b|\bon average\b|"
            # ("the average gun-minus-chip delay and the longest one", "start delay")
            r"\b(?:start(?:[- ]line)? )?delays?\b|"
            r"\bwas\b|\bbiggest\b|\blargest\b|\blongest\b|\bmax(?:imum)?\b|\bsmallest\b|\bshortest\b|\bmin(?:imum)?\b|"
            r"\bmedian\b|\blos[et]\b|\blosing\b|\bpassed\b|\belapsed\b|\bcross(?:ing|ed)? the start(?:ing)?(?: line| mat)?\b",
            text)))   # ("how many seconds did finishers lose between gun and chip")
    if m := rx.search(r"\b(?:finish(?:ing|er)?|completion) (?:rate|percent(?:age)?)\b|"
                      # "of everyone who actually started, what fraction made it to the finish?"
                      r"\b(?:what|which) (?:percent(?:age)?|share|proportion|fraction)(?: of (?:them|those|these))? "
                      r"(?:made it to the finish(?: line)?|made it across the (?:finish )?line|reached the finish(?: line)?|"
                      r"finished|completed (?:it|the race|the course))\b"
                      # ("what share finished under 2 hours": a share under a time, not the finish rate)
                      r"(?!\s+(?:in |with |at )?(?:under|over|below|above|faster|slower|quicker|within|sub|less than|more than|"
                      r"between|in less)\b)", text):
        return Found(Metric("rate", "FIN"), (m.span(), *_percent_words(text), *_all(r"\bfinishers\b", text)))
    if m := rx.search(r"\b(dnf|dns|dq|no[- ]show)s?(?: ?\((?:dnf|dns|no[- ]shows?)\))?(?:[- ]|\s+)(?:rates?|percent(?:ages?)?)\b|\brate of (dnf|dns|dq)s?\b|"
                      # "DNFs divided by the people who actually started": the rate said as it is computed
                      rf"(?P<dnf_said>{DNF_OVER_STARTERS})|(?P<dns_said>{DNS_OVER_ENTRIES})", text):
        status = "DNF" if m.group("dnf_said") else "DNS" if m.group("dns_said") else \
            (m.group(1) or m.group(2)).upper().replace("NO-SHOW", "DNS").replace("NO SHOW", "DNS")
        return Found(Metric("rate", status), (m.span(), *_percent_words(text)))
    # ("what share of the DNFs were women": the DNFs are the whole, a share of its own)
    if m := rx.search(r"\b(?:percent(?:age)?|share|proportion|fraction) of (?![\w'\s-]{0,80}?\b(?:dnfs|dqs|no[- ]shows|"
                      r"non[- ]?finishers)\b[^?]{0,60}?\b(?:were|was|who|that|came|had|are)\b)(?:the )?(?:starters|runners|people|"
                      r"entrants|finishers|entries|those)?(?:\b|(?=\s)).*?\b(dnf'?d|dnf|did not finish|didn't finish|dropped out|failed to (?:finish|complete)|"
                      r"did(?: not|n't) (?:make it to the finish(?: line)?|complete (?:it|the race))|"
                      # ("… had never finished a marathon with us before": a runner's history, not a DNF)
                      rf"were no[- ]shows?|{NOT_STARTED_SAID}|never finished(?![^?.]{{0,40}}\b(?:before|previously|again|with us|"
                      rf"earlier)\b))", text):
        word = m.group(1)
        status = "DNS" if rx.search(r"show|dns|start", word) else "DNF"
        return Found(Metric("rate", status), (m.span(), *_percent_words(text)))
    # "of the people who actually started the half, what fraction dropped out (DNF)?": the share said before the status
    if m := rx.search(r"\b(?:what|which) (?:percent(?:age)?|share|proportion|fraction)(?: of (?:them|those|these|the starters))? "
                      r"(dropped out|dnf'?d|did not finish|didn't finish|failed to finish|did(?: not|n't) (?:start|show(?: up)?)|"
                      r"(?:were|was) (?:no[- ]shows?|dnfs?|dns)|no[- ]showed)\b(?: ?\((?:dnf|dns|no[- ]shows?)\))?", text):
        status = "DNS" if rx.search(r"show|start|dns", m.group(1)) else "DNF"
        return Found(Metric("rate", status), (m.span(), *_percent_words(text), *_all(r"\b(?:actually|really)\b", text)))
    # "how many of the registered runners didn't show up, as a rate?", "… failed to finish, as a percentage"
    # ("how many DNFs and what's the rate?": the count with its rate)
    if m := rx.search(r"\bhow many (dnfs?|dns|no[- ]shows?)\b[^?]{0,60}?\band what(?:'s| is| was) (?:the|its|their) rate\b", text):
        status = "DNS" if rx.search(r"show|dns", m.group(1)) else "DNF"
        return Found(Metric("rate", status), (m.span(), *_percent_words(text)))
    # ("DNFs — how many, and as a percent of the people who started it?")
    if m := rx.search(r"\b(did(?: not|n't) show(?: up)?|no[- ]shows?|did(?: not|n't) (?:finish|start)|dnf'?d|dnfs?|dns|"
                      r"failed to finish)\b[^?]{0,90}?,? (?:as an? |in )(?:rate|percent(?:age)?|fraction|share|proportion)\b", text):
        status = "DNS" if rx.search(r"show|start|dns", m.group(1)) else "DNF"
        return Found(Metric("rate", status), (m.span(), *_percent_words(text), *_all(r"\bhow many of\b", text)))
    # "how many entries ended up DNS in total, and what percent of all entries is that?": the count, then its rate
    # ("How many DNFs were there at …? What percent of all entries is that?": asked again after it)
    # ("… didn't start the 2022 Tampa Marathon? And what share of entrants is that?")
    # ("How many were disqualified, and what's that as a share of starters?", "failed to finish and what percentage of
    # those who started is that?")
    if (m := rx.search(r"\b(dns|dnfs?|dqs?|disqualified|no[- ]shows?|failed to finish|did(?: not|n'?t) (?:start|finish|"
                      r"show(?: up)?)|didn'?t (?:start|finish|show(?: up)?))\b[^?]{0,60}?(?:\band|\?)\s*(?:and )?"
                      r"(?:(?:what|which) (?:percent(?:age)?|share|proportion|"
                      # ("How many DNS were there, and what percent of all entries?")
                      r"fraction)(?:(?: of (?:all |the )?(?:entries|entrants|starters|runners|field|those who started|people who "
                      r"started))? (?:is|was) (?:that|it|this)\b|"
                      r" of (?:all |the )?(?:entries|entrants|starters|runners|field)\s*(?:[?.]|$))|"
                      r"what(?:'s| is| was) (?:that|it|this) as an? (?:percent(?:age)?|share|proportion|fraction|rate)\b)", text)) and (
            # (a DNF rate is of starters: "of all entries" said of DNFs is another share, not read here)
            rx.search(r"dns|show|start", m.group(1)) or not rx.search(r"\b(?:entries|entrants)\b", m.group(0))):
        status = "DNS" if rx.search(r"dns|show|start", m.group(1)) else "DNF" if rx.search(r"dnf|finish", m.group(1)) else "DQ"
        return Found(Metric("rate", status), (m.span(), *_percent_words(text), *_all(r"\bhow many\b|\bin total\b", text)))
    both = rx.search(r"\b(?:the )?(youngest|oldest)(?: (?:finishers?|runners?|ones?))? (?:and|&|\+|plus|as well as) "
                     r"(?:the )?(youngest|oldest)\b", text)
    if m := (both if both and both.group(1) != both.group(2) else None) or rx.search(
            r"(?<!youngest to )(?<!oldest to )\b(oldest|youngest)\b(?! (?:average|avg|mean|median|first|to (?:newest|"
                      r"most recent|latest|youngest|oldest))\b)",
                      text):
        # ("the youngest kid ever to finish": the youngest finisher)
        spans = _all(r"\bhow (?:old|young)\b|\btheir age\b|\band\b|(?<=youngest )(?:kid|child|youngster)\b|(?<=oldest )(?:kid|child)\b",
                     text)
        # "how old was the youngest finisher": the age, not the runners who share it
        # ("the oldest anyone has ever been when finishing": the age)
        only_age = rx.search(r"\bhow (?:old|young)\b|\bwhat ages?\b|\bages? of the (?:youngest|oldest)\b|\b(?:oldest|youngest) "
                             r"(?:anyone|anybody|someone|a runner|a finisher|any runner|any finisher) (?:has|had|was|is)(?: ever)?"
                             r"(?: been)?\b", text) and not rx.search(
            r"\bwho\b", text)
        # ("who were the youngest and the oldest finishers": each end, one after the other; their ages alone when an
        # age is asked and no name: "the youngest and oldest finishers' ages")
        if m is both and not only_age and rx.search(r"\bages?\b", text) and not rx.search(r"\bwho\b|\bnames?\b", text):
            only_age = True
        return Found(Metric("age_extremes" if m is both else m.group(1), "age" if only_age else ""), (m.span(), *spans))
    return None


def _percent_words(text: str) -> tuple[Span, ...]:
    # ("DNF rate for the men and the women, as a share of starters": the rate's own denominator said)
    return _all(r"\b(?:as an? )?(?:percent(?:age)?|%)(?: of (?:the )?(?:starters|people who started|those who "
                r"started|runners who started))?\b|\b(?:as an? )?(?:share|fraction|proportion) of (?:the |all )?(?:starters|"
                r"people who (?:actually )?started|those who started|runners who started)\b|\bstarters\b|\bpeople who started\b",
                text)


_GAP_AMOUNT = r"(?P<n>\d+(?:\.\d+)?|an?|one|two|three|five|ten) ?(?:full |whole )?(?P<unit>sec(?:ond)?s?|s|min(?:ute)?s?)\b"
_GAP_LIMITS = (
    # "a gun time more than a minute slower than their chip time"
    rf"\bgun(?: times?)? (?:was |were |is )?(?P<op>more than|over|at least|greater than|less than|under|within) {_GAP_AMOUNT}"
    r" (?:slower|behind|more|later|longer|after|off)?(?: than| of)? (?:their |the |his |her )?chip(?: times?)?\b",
    # "a chip time more than two minutes faster than their gun time": the same gap, said from the chip's side
    rf"\bchip(?: times?)? (?:was |were |is )?(?P<op5>more than|over|at least|greater than|less than|under|within) "
    rf"{_GAP_AMOUNT.replace('n>', 'n5>').replace('unit>', 'unit5>')} (?:faster|quicker|less|shorter|lower|ahead)(?: than| of)? "
    r"(?:their |the |his |her )?gun(?: times?)?\b",
    # "a gun-chip gap of more than 60 seconds", "more than 2 minutes between gun and chip"
    r"\b(?:gun[- ](?:to[- ])?chip|gun minus chip|chip[- ]gun)(?: times?)? (?:gap|difference|spread)s?(?: (?:of|was|were|is))? "
    rf"(?P<op2>more than|over|above|at least|greater than|bigger than|larger than|less than|under|below|within) {_GAP_AMOUNT.replace('n>', 'n2>').replace('unit>', 'unit2>')}",
    # "lost more than 90 seconds crossing the start line"
    # ("took more than two minutes (gun minus chip) just to get to the start mat", "lost more than 90 seconds between the
    # gun and crossing the start mat")
    # ("waited more than a minute to cross the start", "took longer than a minute to get over the start line after the gun")
    rf"\b(?:lost|lose|losing|took|take|taking|spent|needed|waited|wait|waiting) (?P<op4>more than|longer than|over|at least|"
    rf"less than|under) {_GAP_AMOUNT.replace('n>', 'n4>').replace('unit>', 'unit4>')} "
    r"(?:\((?:gun minus chip|gun[- ](?:to[- ])?chip)\) )?(?:just )?(?:crossing|to cross|getting (?:to|over|across)|"
    r"to get (?:to|over|across)|reaching|to reach|between the gun and (?:crossing|reaching|getting to)) the start(?:ing)?"
    r"(?: line| mat)?\b(?: after the gun\b)?",
    rf"\b(?:(?:lost|lose|losing) |(?:a |the )?(?:gap|difference|spread) of )?(?P<op3>more than|over|at least|less than|under) "
    rf"{_GAP_AMOUNT.replace('n>', 'n3>').replace('unit>', 'unit3>')} "
    r"(?:between|separating) (?:their |the )?gun(?: times?)? and (?:their |the )?chip(?: times?)?\b",
    # "started more than a minute after the gun", "crossed the start mat over 90 seconds after the gun"
    r"\b(?:started|crossed the start(?:ing)?(?: line| mat)?|got (?:to|over|across) the start(?:ing)?(?: line| mat)?) "
    rf"(?P<op6>more than|over|at least|less than|under|within) {_GAP_AMOUNT.replace('n>', 'n6>').replace('unit>', 'unit6>')} "
    r"(?:after|of) the gun\b",
)


@dataclass(frozen=True)
class WinnerGap:
    """Finishers kept by how far behind their race's winning time they were: "within 30 minutes of the winner" (op
    "<=", 1800 s), "more than 10% behind the winner" (op ">", 10 %)."""

    op: str              # "<=" within it, ">" further behind than it
    seconds: float = 0.0
    percent: float = 0.0  # of the winning time, when said as a percentage (seconds is then 0)

    @property
    def words(self) -> str:
        amount = f"{self.percent:g}% of" if self.percent else f"{self.seconds:g} s of"
        return f"{'within' if self.op == '<=' else 'more than'} {amount} their race's winning time" if self.op == "<=" \
            else f"more than {amount.removesuffix(' of')} behind their race's winning time"


@dataclass(frozen=True)
class FieldLimit:
    """Runners kept by how they compare with a measure of their own field (a time with their race's finishers, an age
    with their edition's runners; ``nlq.sqlbuild``): "faster than the average" is ("time", "<", "avg"), "older than
    the median age" ("age", ">", "median")."""

    measure: str         # "time" (chip, or gun when asked; seconds) or "age" (years, on race day)
    op: str              # "<" or ">"
    aggregate: str       # "avg" or "median"

    @property
    def words(self) -> str:
        said = {("time", "<"): "faster than", ("time", ">"): "slower than", ("age", "<"): "younger than",
                ("age", ">"): "older than"}[(self.measure, self.op)]
        field = "their race's finishers" if self.measure == "time" else "everyone at their event that year"
        return f"{said} the {'average' if self.aggregate == 'avg' else 'median'} {self.measure} of {field}"


_FIELD_AGGREGATE = r"(?P<agg>average|avg|mean|median|typical)"
_FIELD_OF = r"(?:the |their )?(?:field'?s? |race'?s? |overall |whole field'?s? )?"
# (never "faster than the average man": another group's average, said back)
_FIELD_WHAT = r"(?: (?:finish(?:ing)? |chip |gun |race )?(?P<what>time|age|pace)s?| (?:finisher|runner|participant|entrant)s?)?\b" \
              r"(?! (?:m[ae]n|wom[ae]n|males?|females?|masters?|of|for)\b)"
_FIELD_LIMITS = (
    rf"\b(?P<cmp>faster|quicker|slower|older|younger) than {_FIELD_OF}{_FIELD_AGGREGATE}{_FIELD_WHAT}",
    rf"\b(?P<cmp>beat|beating|beaten|above|below|under|over) {_FIELD_OF}{_FIELD_AGGREGATE}{_FIELD_WHAT}",
)


def find_field_limit(text: str) -> Found | None:
    """Runners compared with their field's average or median: "faster than the average", "older than the median age",
    "beat the average time"; "above/below the average" only with its measure said (time, age or pace). The value is a
    ``FieldLimit``."""
    for pattern in _FIELD_LIMITS:
        if not (m := rx.search(pattern, text)):
            continue
        said, what = m.group("cmp"), m.group("what") or ""
        measure = "age" if what == "age" or said in ("older", "younger") else "time"
        if said in ("above", "below", "under", "over") and not what or what == "age" and said in ("faster", "quicker",
                                                                                                  "slower", "beat",
                                                                                                  "beating", "beaten"):
            continue   # ("above average": of what; "faster than the average age": no comparison)
        op = ">" if said in ("slower", "older", "above", "over") else "<"
        return Found(FieldLimit(measure, op, "median" if m.group("agg") == "median" else "avg"), (m.span(),))
    return None


# ("within 90 seconds of their race's winner": the winner of each one's own race, as always)
_WINNER = (r"(?:the |their |(?:the |their |each )?race'?s? |their own race'?s? )?(?:overall )?(?:winner(?:'s)?(?: time)?|"
           r"winning time|leader|first place(?: time)?|fastest time|win)")
_WINNER_GAPS = (
    rf"\b(?P<op>within|inside|less than|under|more than|over) (?P<n>\d+(?:\.\d+)?|an?|one|two|three|five|ten|fifteen|twenty|"
    rf"thirty|forty|sixty) ?(?P<unit>minutes?|mins?|seconds?|secs?|hours?|hrs?|%|percent)\s+(?:of|behind|after|slower than)\s+"
    rf"{_WINNER}\b",
)


def find_winner_gap(text: str) -> Found | None:
    """How far behind the winning time, as a filter: "within 30 minutes of the winning time", "within 10% of the
    winner", "more than an hour behind the winner"."""
    for pattern in _WINNER_GAPS:
        if m := rx.search(pattern, text):
            n, unit = m.group("n"), m.group("unit")
            amount = float(n) if n[0].isdigit() else 1.0 if n in ("a", "an") else number(n)
            op = "<=" if m.group("op") in ("within", "inside", "less than", "under") else ">"
            if unit in ("%", "percent"):
                return Found(WinnerGap(op, percent=amount), (m.span(),))
            seconds = amount * (3600 if unit.startswith("h") else 60 if unit.startswith("m") else 1)
            return Found(WinnerGap(op, seconds=seconds), (m.span(),))
    return None


# a time of day at the finish line: "crossed between 8:55 and 9:05 am", "finished before 10:30 am"
_CLOCK_OF_DAY = r"(\d{1,2})(?::(\d\d))?(?:\s*([ap])\.?m\b\.?)?"
_CLOCK_WINDOW = re.compile(rf"\b(?:between|from) {_CLOCK_OF_DAY}\s*(?:and|to|until|till|-|\u2013)\s*(\d{{1,2}})(?::(\d\d))?\s*([ap])\.?m\b\.?|"
                           # ("after 11 am": the hour alone)
                           rf"\b(before|by|after|until) (\d{{1,2}})(?::(\d\d))?\s*([ap])\.?m\b\.?", re.IGNORECASE)


def _of_day(hours: str, minutes: str | None, half: str | None) -> int | None:
    """Seconds after midnight of "9:05" with its "am"/"pm" (a 12 o'clock pm is noon); None for no time on a clock
    ("25:00 pm", "9:75 am")."""
    if not 1 <= int(hours) <= 12 or int(minutes or 0) > 59:
        return None
    hour = int(hours) % 12 + (12 if (half or "a").lower() == "p" else 0)
    return hour * 3600 + int(minutes or 0) * 60


def find_clock_window(text: str) -> Found | None:
    """The times of day runners crossed the finish line in, as seconds after midnight, [start, end): "between 8:55 and
    9:05 am" (the first time takes the second's am/pm when it says none and comes before it), "before 10:30 am" — the
    clock at the finish being the race's start time plus the runner's gun time (nlq.sqlbuild)."""
    if not (m := _CLOCK_WINDOW.search(text)):
        return None
    if m.group(4):
        start, end = _of_day(m.group(1), m.group(2), m.group(3) or m.group(6)), _of_day(m.group(4), m.group(5), m.group(6))
        if start is not None and end is not None and not m.group(3) and start >= end:
            start = _of_day(m.group(1), m.group(2), "a")   # ("between 11:55 and 12:05 pm": the first in the morning)
    else:
        said = _of_day(m.group(8), m.group(9), m.group(10))
        start, end = (said, 86_400) if m.group(7).lower() == "after" else (0, said)
    if start is None or end is None or start >= end:
        return None   # (no clock time, or an empty window: "after 25:00 pm", "between 9 and 9 am" — left unread)
    return Found((float(start), float(end)), (m.span(), *_all(r"\b(?:crossed|crossing|came in|arrived|on the clock|"
                                                              r"the (?:finish )?line)\b", text)))


def clock_of_day(seconds: float) -> str:
    """Seconds after midnight as the clock says them: 32100 → "08:55"."""
    return f"{int(seconds) // 3600:02d}:{int(seconds) % 3600 // 60:02d}"


def clock_words(window: tuple[float, float]) -> str:
    """(32100, 32700) → "between 08:55 and 09:05 on the clock"; an open end → "before …" / "after …"."""
    said = [clock_of_day(s) for s in window]
    return f"after {said[0]} on the clock" if window[1] >= 86_400 else f"before {said[1]} on the clock" if window[0] <= 0 \
        else f"between {said[0]} and {said[1]} on the clock"


def find_gap_limit(text: str) -> Found | None:
    """The gun−chip gap as a filter: "gun time more than a minute slower than their chip time", "a gun-chip gap
    over 90 seconds". The value is a ``TimeLimit`` in seconds ("<" or ">")."""
    if m := rx.search(_GUN_BEFORE_CHIP, text):   # "gun time faster than chip time": a gap below zero
        return Found(TimeLimit("<", 0.0, words="gun time faster than chip time"), (m.span(),))
    for pattern in _GAP_LIMITS:
        if m := rx.search(pattern, text):
            said = {k.rstrip("23456"): v for k, v in m.groupdict().items() if v}
            amount = float(said["n"]) if said["n"][0].isdigit() else 1.0 if said["n"] in ("a", "an") else number(said["n"])
            seconds = amount * (60 if said["unit"].startswith("m") else 1)
            op = _GAP_OPS[said["op"]]
            return Found(TimeLimit(op, seconds, words=gap_words(op, seconds)), (m.span(),))
    return None


# "a gun time lower than the chip time", "gun < chip", "chip time slower than gun time": the gun time before the chip
# time, which a clean result never has (the gun fires before anyone crosses the start mat)
_GUN_BEFORE_CHIP = (r"\bgun(?:[- ]?times?)? (?:(?:was|were|is|are|listed|recorded|shown) )*(?:(?:faster|quicker|lower|less|smaller|"
                    r"shorter|earlier|better|under|below) than|<|before) (?:the |their |his |her |its )?chip(?:[- ]?times?)?\b|"
                    r"\bchip(?:[- ]?times?)? (?:(?:was|were|is|are|listed|recorded|shown) )*(?:(?:slower|higher|greater|bigger|"
                    r"larger|longer|later|worse|over|above) than|>|after) (?:the |their |his |her |its )?gun(?:[- ]?times?)?\b")
_GAP_OPS = {"more than": ">", "longer than": ">", "over": ">", "above": ">", "greater than": ">", "bigger than": ">", "larger than": ">",
            "at least": ">=", "less than": "<", "under": "<", "below": "<", "within": "<="}


def gap_words(op: str, seconds: float) -> str:
    """A gap limit said back: ">=" 120 → "gun time at least 120 s after chip time"."""
    said = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most"}[op]
    return f"gun time {said} {seconds:g} s after chip time"


def find_pace_limit(text: str) -> Found | None:
    """A pace as a filter: "faster than 7 minute mile pace", "sub-8 minute miles", "under 5:00/km pace", "between
    9:00 and 10:00 per mile". The value is a ``TimeLimit`` in seconds per km."""
    band = rx.search(r"\b(?:between )?(\d{1,2})(?::(\d\d))? ?(?:and|to|-|\u2013) ?(\d{1,2})(?::(\d\d))?[- ]?(min(?:ute)?s?[- ]?)?"
                     r"(?:pace )?(/ ?|per |an? )?(mile|mi|km|kilomet(?:er|re))s?([- ]pace)?\b", text)
    # "between 9:00 and 10:00 per mile", "9 to 10 minute mile pace", "8-9 min miles"; "between 5 and 10 km" is no pace
    if band and (band.group(2) and band.group(4) and band.group(6) or band.group(5) or band.group(8)):
        low, high = sorted(int(band.group(i)) * 60 + int(band.group(i + 1) or 0) for i in (1, 3))
        unit = MILE_KM if band.group(7).startswith("mi") else 1
        high, upper_open = whole_second(high, band.group(4))   # "8:00-8:59 per mile": up to 9:00, open
        return Found(TimeLimit("between", low / unit, high / unit, upper_open=upper_open),
                     (band.span(), *_all(r"\bpace(?:[- ]bands?)?\b", text)))
    m = rx.search(r"\b(faster than|quicker than|under|sub|below|slower than|over|above)[- ](?:an? )?"
                  r"(\d{1,2})(?::(\d\d))?[- ]?(?:min(?:ute)?s?)?[- ]?(?:/|per |a )?"
                  r"(mile|mi|km|kilomet(?:er|re))s?(?:[- ]pace)?\b", text)
    # "under 8 minute miles" (plural, or "min/mile"): a pace as surely as "pace" said; "under 8 minutes in the
    # mile" is a time in the mile race
    per_mile = rx.search(r"\bmin(?:ute)?s?[- ]?(?:/|per |a )?(?:miles|mile|km|kilomet(?:er|re)s?)\b", m.group(0)) \
        if m else None
    if not m or not (m.group(0).endswith("pace") or rx.search(r"\bpace\b", text) or m.group(1) == "sub" or
                     per_mile and (m.group(0).endswith("s") or rx.search(r"/|per |a ", per_mile.group(0))) or
                     # "faster than 9:00 per mile", "slower than 6:00/km": minutes and seconds per unit are a pace;
                     # so is "averaged faster than an 8:00 mile" (a mile's time said of a longer race)
                     m.group(3) and rx.search(r"/|per |\ban? \d", m.group(0)) or
                     # ("averaged faster than a 9 minute mile": the same, in minutes)
                     per_mile and rx.search(r"\ban? \d", m.group(0))):
        return None
    seconds = int(m.group(2)) * 60 + int(m.group(3) or 0)
    per_km = seconds / MILE_KM if m.group(4).startswith("mi") else seconds
    op = "<" if m.group(1) in ("faster than", "quicker than", "under", "sub", "below") else ">"
    return Found(TimeLimit(op, per_km), (m.span(), *_all(r"\bpace\b", text)))


def uses_gun_time(text: str) -> Found | None:
    """Gun time asked for instead of chip time ("average gun time", "slowest clock time": the clock runs from the gun)."""
    m = rx.search(r"\bgun[- ]times?\b|\bgun\b|\bclock[- ]times?\b", text)
    # "average GUN time (not chip)", "gun rather than chip time": chip time said only to be set aside
    not_chip = rx.search(r"\(?\s*\b(?:not|rather than|instead of)(?: the)? chip(?:[- ]times?)?\b\s*\)?", text)
    if m and not rx.search(r"\bchip\b", text[:not_chip.start()] + text[not_chip.end():] if not_chip else text):
        return Found("gun", (m.span(), *([not_chip.span()] if not_chip else [])))
    return None


def find_winners_by(text: str) -> Found | None:
    """Winners of every group at once: "age group winners", "men's and women's winners"."""
    if m := rx.search(r"\bage[- ]?group (?:winners?|champions?|champs?)\b|\b(?:winners?|champions?) (?:of|in|for) (?:each|every|"
                      r"all(?: the)?) (?:age[- ]?groups?|"
                      r"divisions?)\b|\bwon (?:each|every|all)(?: one| single one)?(?: of)?(?: the| our)?(?: [\w']+){0,2} (?:age[- ]?groups?|divisions?)\b|"
                      r"\bdivision winners\b|"
                      r"\b(?:won|win|wins|winning) (?:their|his|her|an?|the) (?:age[- ]?groups?|divisions?)\b|"
                      r"\bwinners? (?:by|per) (?:age[- ]?groups?|divisions?)\b|"
                      # "how many age groups were won by Colorado residents": their age-group winners
                      r"\b(?:age[- ]?groups?|divisions?) (?:were|was|have been|has been|got) won\b|"
                      # "top 3 women in each age group", "podium for each age group": the first places of each
                      r"\b(?:top|first|fastest) (?:\d+|two|three|five|ten) (?:women|men|finishers|runners|overall )?\s*(?:(?:in|of|per|"
                      r"for|from) (?:each|every|their|his|her)|per) (?:age[- ]?groups?|divisions?)\b|\bpodiums? (?:for|in|of|per) (?:each|every) "
                      r"(?:age[- ]?groups?|divisions?)\b|\bage[- ]?group podiums?\b", text):
        return Found("age_group", (m.span(), *_all(r"\beach\b", text)))
    if m := rx.search(r"\b(?:men'?s?|male) and (?:the )?(?:women'?s?|female) (?:winners?|champions?|races?|winning times?)\b|"
                      r"\b(?:women'?s?|female) and (?:the )?(?:men'?s?|male) (?:winners?|champions?|races?|winning times?)\b|"
                      r"\bwinners? (?:by|for each|of each) (?:sex|gender)\b", text):
        return Found("sex", (m.span(),))
    # "who won, men's and women's?", "(men's & women's winners)": both sexes' winners, when winning is asked
    both = r"\b(?:(?:men'?s?|males?) ?(?:and|&|/|\+) ?(?:the )?(?:women'?s?|females?)|(?:women'?s?|females?) ?(?:and|&|/|\+) ?" \
           r"(?:the )?(?:men'?s?|males?)|m ?(?:&|/|and) ?f|f ?(?:&|/|and) ?m)\b"
    if rx.search(r"\bwon\b|\bwinners?\b|\bchampions?\b", text) and (m := rx.search(both + r"(?! together| combined)", text)):
        return Found("sex", (m.span(),))
    # "the top man and top woman", "the first masters man and first masters woman" (the ages a filter of their own)
    # ("the fastest masters (40 and over) man and woman", "fastest boy and fastest girl under 20": the ages said between)
    top = r"(?:top|first|fastest|quickest|winning)(?: (?:grand ?)?masters?)?(?: \([^()]{1,30}\))?"
    if m := rx.search(rf"\b{top} (?:man|male|guy|boy) (?:and|&) (?:the )?(?:{top} )?(?:woman|female|lady|girl)\b|"
                      rf"\b{top} (?:woman|female|lady|girl) (?:and|&) (?:the )?(?:{top} )?(?:man|male|guy|boy)\b", text):
        return Found("sex", (m.span(),))
    return None


# ---- where runners are from ---------------------------------------------------------------------------------
def _said_once(pattern: str, text: str) -> Found | None:
    """A construct said or not (no value of its own): where ``pattern`` first matches ``text``."""
    return Found(True, (said.span(),)) if (said := rx.search(pattern, text)) else None


def find_out_of_state(text: str) -> Found | None:
    """ "out-of-state runners": from a state other than the event's."""
    return _said_once(r"\bout[- ]of[- ]staters?\b|\bout[- ]of[- ]state\b|\bfrom out of state\b|\bfrom other states\b|\bnon[- ]locals?\b|"
                      # "finishers from outside the host state"
                      r"\b(?:from |living |who live )?outside (?:the |its |their )?(?:host|event'?s?|race'?s?|home) state\b|"
                      # "runners whose home state is different from the state the event was held in", "living in a
                      # different state than the event"
                      r"\b(?:whose )?home states? (?:is |was |are |were )?(?:different|not the same) (?:from|than|to|as) (?:the (?:state|one) )?"
                      r"(?:(?:where )?the (?:event|race)s?|(?:its|their) events?)(?:'s)?(?: state)?(?: (?:was|were|is|are) (?:held|run|staged)"
                      r"(?: in)?)?\b|"
                      r"\b(?:living|live|lives|who live|based) in a different state (?:from|than) (?:(?:where )?the (?:event|race)s?|"
                      r"(?:its|their) events?)(?:'s)?(?: (?:was|were|is|are) (?:held|run|staged)(?: in)?)?\b", text)


def find_local(text: str) -> Found | None:
    """ "locals", "lived in the host town", "hometown runners" (no town named): runners whose home city is the one their
    event was held in (each event its own town)."""
    return _said_once(r"\blocals\b|\blocal (?:runners?|finishers?|residents|people|athletes?|entrants?)\b|"
                      r"\b(?:lived?|lives|living|resid(?:e|ed|es|ing|ents?)|runners?|people|finishers|entrants) (?:in|of|from) "
                      r"the (?:host|event'?s?(?: own)?|same) (?:town|city)\b|\bfrom the host (?:town|city)\b|"
                      r"\bhost[- ](?:town|city) (?:runners|residents|locals|finishers)\b|\bhometown (?:runners?|finishers?|crowd|athletes?)\b",
                      text)


def find_wins_before(text: str) -> Found | None:
    """ "has she won it before", "is it his first win", "a repeat winner?": whether each winner had won that race of
    the event at an earlier edition (asked of winners; nlq.sqlbuild gives each one's earlier wins and their years)."""
    # ("did the 2025 <event> half marathon winner ever win it before": the winner said with her race between)
    return _said_once(r"\b(?:has|had|did|have) (?:she|he|they|th(?:at|is|e) (?:[^?]{0,60}? )?(?:runner|woman|man|guy|winner|champion)|"
                      r"th(?:e|ose|ese) (?:[^?]{0,60}? )?winners)(?: ever| also)? "
                      r"(?:won|win)(?: (?:it|this|that|there|the race|this race|that race|the title|the event))?(?: ever)? "
                      r"(?:before|previously|in (?:the )?past|in (?:an? )?(?:earlier|previous|prior|past) (?:years?|editions?))\b|"
                      r"\b(?:was|is) (?:it|this|that) (?:her|his|their) first (?:win|title|victory)\b|"
                      r"\b(?:a )?repeat (?:winners?|champions?)\b|\bwon (?:it|this|that race|there) before\b|"
                      r"\bhow many times (?:has|had|have) (?:she|he|they) won (?:it|this|there|that race|the race)(?: before)?\b", text)


def negated_place(text: str, start: int) -> Span | None:
    """The words that negate a place named at ``start``: "not from", "weren't from", "outside (of)"."""
    before = text[:start]
    # ("didn't live in Texas", "don't come from Ohio": the verb between; "leaving out anyone from Dallas": the people)
    who = r"(?:(?:anyone|anybody|everyone|everybody|runners|people|those|finishers|folks)(?: who (?:live|lives|lived|are|were))? " \
          r"(?:from|in|living in|based in)\s+)?"
    if m := rx.search(rf"(?:\bexcept|\bleav(?:ing|e) out|\bexcluding|\bnot counting|\bapart from|\baside from|\bbesides|"
                      rf"\bignoring) {who}$", before) or rx.search(
            r"(?:\bnot|n't|\bnever) (?:from|in|living in|based in|residents of|(?:live|come|hail) (?:in|from))\s+$|\boutside(?: of)?\s+$|"
                      r"\bnon[- ]$|\bexcept(?: from)?\s+$|\bleav(?:ing|e)(?: out)?\s+$|\b(?:(?:somewhere|anywhere|someplace|a state|states?) )?other than(?: from)?\s+$|"
                      r"\b(?:anywhere|everywhere) (?:but|except)\s+$|\bbesides\s+$|"
                  r"[(,\u2014-]\s*not\s+$|\bi\.?e\.?,?\s*not\s+$|\bnot counting\s+$|\bexcluding\s+$|\bneither(?: from)?\s+$|\bapart from\s+$",
                  before):
        return m.span()
    return None


# ---- cohorts ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cohort:
    """Runners chosen by their own history, counted once each."""

    kind: str            # "min_finishes" | "first_timers" | "returning" | "both" | "also_in_year" | "every_edition" |
    #                      "never_finished" | "improved" (each runner's best of two years compared) | "without" (runners
    #                      of one event or race who never finished the other named: "the half but never its full") |
    #                      "only" (runners of the one race said who ran no other race of what is asked: "ran only the 5K") |
    #                      "streak" (runners by their longest run of consecutive calendar years with a finish)
    count: int = 0       # min_finishes: at least this many; also_in_year: the other year; improved: the later year;
    #                      streak: at least this many years in a row (0: the longest streak anyone has)
    distinct_years: bool = False
    distinct_events: bool = False  # min_finishes: "3 or more different events" counts event names, not finishes
    earlier_finish: bool = False   # first_timers: "never finished it before" looks only at earlier finishes
    any_event: bool = False        # first_timers/returning: earlier results at any of the company's events
    elsewhere: str = ""            # first_timers/returning: earlier results at this other event ("had run the Jingle
    #                                Bell Run before")
    same_race: bool = False        # first_timers/returning: earlier results only in a race of the distance asked ("their
    #                                first full marathon with us": no earlier marathon finish at any event)
    entries: bool = False          # "entered both", "signed up again": any status counts, not only finishes
    legs: tuple[tuple[str, int], ...] = ()   # both: each event in its own year ("A in 2024 and also B in 2025")
    leg_races: tuple[str, ...] = ()          # both: each leg's own race, "" for any ("A (half) and B (any distance)");
    #                                          also_in_year: (the race of the year asked, the race of the other year)

    def raced_legs(self) -> tuple[tuple[str, int, str], ...]:
        """Each leg as (event, year, race): year 0 for any year, race "" for any race."""
        return tuple((name, year, race) for (name, year), race in zip(self.legs, self.leg_races or ("",) * len(self.legs)))
    absent: bool = False           # also_in_year: runners who did NOT finish it in that year ("but didn't in 2025")
    editions: bool = False         # min_finishes: editions of the named event ("finished it 3 times": a 5K and a mile
                                   # one morning are once), with the count of every finish beside it
    listed: bool = False           # min_finishes: "which runners …": the runners themselves, each with their count
    same_year: bool = False        # both: within one calendar year ("both A and B in the same year"), any year
    exact: bool = False            # min_finishes: exactly that many ("exactly one result", "raced with us once"); both:
    #                                exactly one of those named ("either A or B but not both")
    slower: bool = False           # improved: runners slower in the later year ("how many got slower")
    margin_s: float = 0.0          # improved: by more than this many seconds ("improved by more than 2 minutes")
    margin_at_least: bool = False  # improved: by at least margin_s, not more than it
    order: str = ""                # both, two legs of one year: "later" / "earlier" when said of the second ("… B two
    #                                weeks later"), checked against the editions' dates
    with_returning: bool = False   # first_timers: the returning runners counted beside them ("how many were
    #                                first-timers, and how many had been there before")
    without: str = ""              # without: the event (its name) or race (its label) never finished
    dated_both: bool = False       # without, of two events: the dates said hold for the event never finished too ("A in
    #                                2024 that did not run B in 2024"); otherwise only for the one finished
    started: bool = False          # without, of two events: never run ("never ran B": any start, a DNF too), not never
    #                                finished
    each_event: bool = False       # min_finishes, of two or more events: that many at each of them ("at least twice each")
    only_no_shows: bool = False    # never_finished: every entry a DNS ("signed up but only ever no-shows")
    spread: tuple[int, ...] = ()   # min_finishes of different events: a row for each of these counts ("how many finished
    #                                exactly one, two, or all three of our events")


NEXT_YEAR = -1   # also_in_year: "the next year", the year after the one the question dates (the parser sets it)
LATER_YEAR = -2  # also_in_year: "again in any later year": any edition after the one chosen


_IN_EARLIER_YEAR = r"in (?:an?|some|any|at least one|one or more) (?:earlier|previous|prior) (?:years?|editions?)"
# "(no earlier entry of any status)", "(an earlier result at any of our events)": the cohort's rule said again
_EARLIER = r"\b(?:no|an|any|some|never (?:at|in|been (?:at|to)|ran|run|raced|entered|finished) (?:a|an|any))(?: of (?:our|the|your))? " \
           r"(?:earlier|previous|prior)\s+(?:[a-z']+\s+){0,2}(?:(?:entry|entries|result|results|race|" \
           r"races|event|events|date|year|edition)(?: of any status)?\b|(?=\s{3}))|" \
           rf"\b(?:finished|ran|run|did) it {_IN_EARLIER_YEAR}\b|" \
           r"\bbefore (?:that|the|this) (?:race )?(?:day|date|edition|race)\b|" \
           r"\b(?:an|any) (?:earlier|previous|prior) [a-z']+(?=\s*(?:[?.,;)]|$))"   # "… in an earlier Galveston?"
# "before at any of our races": the history looked at is the company's, not only the event's
_ANY_EVENT = r"\b(?:at |in )?(?:any|one) (?:of )?(?:our |the |your )?(?:other |earlier |previous |prior )?(?:races|events|results)\b|" \
             r"\bwith us\b|\banywhere\b|\b(?:in|among) (?:our|your|the company's) (?:results|records|database|data)\b"


# a first time said again beside the first-timers asked ("(no entry at any earlier edition)", "never raced here before")
_FIRST_TIME_SAID = _EARLIER + r"|\bfirst[- ]?tim(?:ers?|e)\b|\bnewcomers\b|\b(?:never|not) (?:been|run|ran|done|finished|" \
    r"entered|raced|registered|signed up|in|had|shown up|showed up|appeared|participated|competed)\b|" \
    r"\b(?:it|in|at) (?:the )?[\w' ]*?before\b(?: (?:that|the|this) (?:race )?(?:day|date|edition|race)\b)?|" \
    r"\bbefore\b|\bpeople who had\b|\bhad\b|\bin (?:any )?(?:earlier|previous|prior) (?:years?|editions?)\b|\bnothing(?= with us\b)|" \
    r"\b(?:appeared|showed up|turned up)(?= in (?:our|the) (?:results|data|records)\b)|" \
    r"\bfor the (?:very )?first time\b|\bi\.?e\.?\b|\bno (?:earlier |previous |prior )?(?:results?|finish(?:es)?|entr(?:y|ies)|" \
    r"races?)\b"

# the cohorts a share can be of: each runner's own history beside the results chosen ("what share of 2024
# finishers came back in 2025"); the other cohorts are counted only
SHARED_COHORTS = ("first_timers", "returning", "also_in_year")


# each runner's best of two years compared: "how many ran a faster chip time in 2025", "which five improved their time
# the most from 2024 to 2025", "how many were slower in 2025 than in 2024"
_IMPROVED = re.compile(
    r"\b(?:ran|run|had|got|posted|recorded|clocked|set) an? (?P<cmp>faster|slower|better|worse|quicker) (?:chip |gun |"
    r"finish(?:ing)? )?time(?: in (?P<y>20\d\d))?(?: than (?:in |they did in )?20\d\d)?\b|"
    r"\b(?:were|was|got|(?:ran|run|finished)(?: it| this| that)?)(?: the most)? (?P<cmp2>faster|slower|quicker)(?: in (?P<y2>20\d\d))?(?: than (?:in |they did in )?"
    r"20\d\d)?\b(?! than (?:the |an? )?(?:average|avg|mean|median|typical|winner|\d|sub|under|one|two|three|four|five))|"
    # ("who knocked the most time off their X between 2024 and 2025", "the biggest improvement from 2024 to 2025")
    r"\b(?P<imp>improved|slowed(?: down)?|lost(?: the most)? time|(?:knocked|took|cut|shaved|dropped|chopped) (?:the )?most "
    r"(?:time|seconds|minutes)(?: off)?|(?:biggest|largest|greatest) improvement|(?:biggest|largest|greatest) (?:drop|cut) in "
    r"(?:(?:chip|finish(?:ing)?|gun) )?times?(?: for (?:the same|one|a single) (?:runner|person))?)(?: (?:their|his|her) (?:chip |finish(?:ing)? )?times?)?"
    r"(?: the most)?(?: from 20\d\d to (?P<y3>20\d\d))?|"
    # "which runners ran the Summer Solstice 10K faster in 2025 than in 2024" (the race said between): of runners only
    r"\b(?P<cmp3>faster|slower|quicker) in (?P<y4>20\d\d) than (?:in |they did in )?20\d\d\b")
# "improved by more than 2 minutes", "faster by at least a minute": the least change counted (seconds)
_BY_AT_LEAST = re.compile(r"\bby (?P<op>more than|over|at least|no less than) (?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|"
                          r"ten|fifteen|twenty|thirty) ?(?P<unit>minutes?|mins?|seconds?|secs?)\b")


def _improved(text: str) -> Found | None:
    """Runners of two years, each runner's best time in the later against the earlier (``Cohort`` "improved")."""
    if not (m := _IMPROVED.search(text)) or rx.search(
            r"\b(?:which|who)\b(?: [\w']+){0,3} (?:was|were|ran|got|finished) (?:faster|slower|quicker)\b[^?]*\bor\b|"
            r"\bwhich (?:one|event|race|edition|field|crowd|of them|of the two)s? (?:was|were|is|ran|had) (?:the )?"
            r"(?:faster|slower|quicker)\b|\b(?:was|is) (?:the )?(?:field|crowd) (?:faster|slower|quicker)\b",
            text):
        # ("which was slower on average, the half or the full", "which one was faster on average?": two groups
        # compared, no runner's change)
        return None
    if m.group("cmp3") and (rx.search(r"\b(?:average|avg|mean|median|typical|overall|winning|times)\b", text) or not rx.search(
            r"\bwho\b|\b(?:which|how many|number of) (?:runners|people|finishers|athletes|of them)\b", text)):
        return None   # ("were times faster in 2025 than in 2024": the years' times compared, no runner's)
    if len(set(rx.findall(r"\b20\d\d\b", text))) != 2:
        # "how many were faster in 2025" (one year, or the same twice): the comparison is read and said back for its
        # second year ("faster" is a word read anyway: dropped, it counted everyone); "improved" alone stays unread
        return Found(Cohort("improved"), (m.span(),)) if m.group("cmp") or m.group("cmp2") or m.group("cmp3") else None
    said = (m.group("cmp") or m.group("cmp2") or m.group("cmp3") or m.group("imp")).lower()
    later = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")
    margin, spans = 0.0, []
    if by := _BY_AT_LEAST.search(text):
        n = by.group("n")
        margin = (float(n) if n[0].isdigit() else 1.0 if n in ("a", "an") else number(n)) * (
            60 if by.group("unit").startswith("m") else 1)
        spans.append(by.span())
    slower = said in ("slower", "worse", "slowed", "slowed down") or said.startswith("lost")
    return Found(Cohort("improved", int(later) if later else 0, slower=slower, margin_s=margin,
                        margin_at_least=bool(by and by.group("op") in ("at least", "no less than"))),
                 # ("Most improved …: which three knocked the most time off?": each way it is said)
                 (*(said.span() for said in _IMPROVED.finditer(text)), *spans, *_all(
                     r"\bboth\b|\bin both\b|\bthe improvements?\b|\bimprovements?\b|\bboth times\b|"
                     r"\b(?:the )?(?:seconds|minutes|time) (?:saved|dropped|gained|cut|knocked off)\b|"
                     r"\b(?:finished|ran) (?:it )?in\b", text)))


def find_cohort(text: str) -> Found | None:
    # ("gun times faster than the chip times": two clocks of one result, never runners faster than before)
    if not rx.search(_GUN_BEFORE_CHIP, text) and (improved := _improved(text)):
        return improved
    # "either A or B but not both", "only one of the two": runners of exactly one of those named
    if one := rx.search(r"\b(?:(?:only |exactly |just )?one of (?:them|the two)\s*,?\s*)?(?:but )?not both\b|\b(?:only|exactly|just) one of (?:the two|them|those two|these two|the two events|"
                        r"the two races|both)\b", text):
        return Found(Cohort("both", 1, exact=True), (one.span(), *_all(r"\beither\b|\bor\b", text)))
    found = _find_cohort(text)
    if found and found.value.kind == "both" and any(rx.match(r"both (?:the |of the )?(?:[\w'-]+ )?(?:counts|numbers|figures|totals)\b",
                                                             text[start:]) for start, _ in found.spans):
        return None   # ("… give me both finisher counts and the difference": the two figures asked, no runners of both)
    # ("Two years ago we ran Run for the Schools in both Evanston and Naperville on the same day": the company's events)
    if found and found.value.kind == "both" and (ours := rx.search(r"\b(?:we|i|our (?:company|team|crew))(?: also)? (?:ran|timed|"
                                                                   r"held|hosted|put on|staged|worked|did|had)\b[^?.]{0,60}?\b(both)\b"
                                                                   r"(?! (?:in )?(?:of )?(?:20\d\d|years))", text)) \
            and any(start <= ours.start(1) < end for start, end in found.spans):
        return None   # ("last year we ran both San Jose and Santa Cruz": the company's events, no runners of both)
    if found and found.value.kind == "both" and (same := rx.search(
            r"\b(?:in|within|during) the same (?:calendar )?year\b|\b(?:in|within) (?:one|a single) (?:calendar )?year\b|"
            # ("… finished A and also B that same year", no year said: any year, one year)
            r"\bthat same (?:calendar )?year\b", text)) and not (same.group(0).startswith("that") and rx.search(r"\b20\d\d\b", text)):
        # "finished both the Las Vegas Turkey Trot and the Santa Fe 5K in the same calendar year": any year, one year
        found = Found(replace(found.value, same_year=True), (*found.spans, same.span()))
    if found and found.value.kind == "both" and len(set(rx.findall(r"\b20\d\d\b", text))) >= 2 and (
            back := rx.search(r"\b(?:came|come|coming) back\b", text)):
        # "of the 2023 runners, how many came back in both 2024 and 2025": runners of all those years
        found = Found(found.value, (*found.spans, back.span()))
    if found and found.value.kind == "both":
        # ("The Fort Worth double = finishing both … How many runners pulled it off in each year?": the name given to
        # runners of both, and doing it)
        found = Found(found.value, (*found.spans, *_all(r"\b(?:double|triple|combo)\b(?!\s+(?:the|a)\b)|\b(?:pulled|pull|pulling) "
                                                        r"(?:it|that|this|them) off\b|\bmanaged (?:it|that)\b", text)))
    if found and found.value.kind == "min_finishes" and not (found.value.distinct_events or found.value.distinct_years or
                                                             found.value.editions) and rx.search(
            rf"\b{_NUM} (?:(?:or more|or fewer|or less) )?(?:of (?:our|the|your|its|that year'?s) (?:20\d\d )?(?:{_NUM} )?|different )"
            r"events\b", text):
        # ("finished exactly two of our events in 2024": two events, however many races at each — it counted finishes;
        # "at least 3 of our 4 events": the number held said too)
        found = Found(replace(found.value, distinct_events=True), found.spans)
    if found and found.value.kind == "also_in_year" and rx.search(
            r"\b(?:entered|registered|signed up|any status)\b", text[found.spans[0][0]:found.spans[0][1]]):
        # "finished it in 2024 … came back and entered (any status) the 2025 one": the other year by its entries
        return Found(replace(found.value, entries=True), found.spans)
    # "entered both", "signed up for all three", "regardless of whether they showed up", "in the field", "never been in
    # one of our results": entries, any status
    if found and rx.search(r"\b(?:entered|entries|entry|entrants?|registered|registrations?|registrants?|signed up|sign-?ups?|"
                                # ("listed in both the marathon and the half", "show up in the results of both")
                                r"any status|field|been in|listed in|(?:show|shows|showed) up in|appears? in|appeared in)\b", text) and \
            not rx.search(r"\bfinish(?:ed|ers?|es)?\b|\bcompleted\b|\bany status,? (?:except|but|other than|excluding) ", text):
        return Found(replace(found.value, entries=True), found.spans)
    return found


# "(same runner can show up more than once)": results, a runner as often as they ran — never a cohort
SAME_RUNNER_AGAIN = (r"\b(?:(?:the )?same |an? |any |each )?(?:runner|person|guy|gal|woman|man|athlete|name|people)s? (?:can|may|could|"
                     r"might|is allowed to|are allowed to) (?:show up|appear|be listed|be shown|count|repeat)"
                     r"(?: more than once| twice| multiple times| again| repeatedly)?\b")


# the words that set the second event or race aside, right before it (its name blanked out, or a race said)
WITHOUT = re.compile(
    # ("did not finish the 5K" alone is a DNF: "never" after "but"/"yet"/"have", or "not also", sets one aside)
    # ("runners of <A, blanked out> never ran <B>": right after the first event's name)
    r"(?:\b(?:but|and|yet|who) (?:(?:have|has|had) )?never|\b(?:have|has|had) never|\b(?:did|do|does|have|has|had) ?(?:not|n't) also|"
    r"(?<=\s\s\s)(?:(?:finishers|runners|participants|people) )?(?:in 20\d\d |last year |this year )?never)"
    r"(?: ever| once| actually)*(?: (?:finished|finish|run|ran|done|do|did|raced|race|completed|complete))?(?: anything at)?"
    r"(?: (?:a|one|any) (?:single )?(?:race|event)s? (?:at|of|in))?(?: (?:the|its|a|an|any))?(?=\s{3,}| (?:1 mile|mile|5 ?k|10 ?k|half(?: marathon)?|full(?: marathon)?|marathon)\b)|"
    r"\bbut not(?: (?:the|its))?(?=\s{3,})")
# "ran only the 1 mile", "were only in the 10K", "only did the half": runners of that race and of no other. A race
# word must follow, and a verb must be said ("only the women", "the 5K race only" choose results, read apart)
RACE_NEXT = rf"(?: in| at)?(?: the| our| its)? {RACE_SAID}\b"
# (the race said with its event's city or name between: "ran only the Tampa half", "did the Tallahassee 10K only"; never
# "the 5K only in 2023", which may be the year alone)
_DID = r"(?:ran|run|raced|did|done|finished|entered|completed|(?:were|was|are|is)(?: entered)?)"
_NAME_BETWEEN = r"(?:\s+(?!(?:and|or|but|in|at|on|of|for|who|that|with|women|men|people|runners|races?|events?)\b)[a-z'-]+){0,3}?"
ONLY_RACE = re.compile(
    rf"\b(?:{_DID}(?: in)? (?:only|just|exclusively|solely)|(?:only|exclusively|solely) {_DID})(?: in| at)?(?: the| our| its)?"
    rf"(?={_NAME_BETWEEN}\s+{RACE_SAID}\b)|"
    rf"\b{_DID}(?: in| at)?(?: the| our| its)?{_NAME_BETWEEN}\s+{RACE_SAID}(?: race)? (?:only|exclusively)\b(?! in\b| once\b)")
# ("had never run it before", "never came back again": a first-timer or a missing year, read apart)
_NOT_WITHOUT = r"\b(?:before|previously|earlier|prior|again|since)\b"


# "counting every year and both the 5K and the mile", "both races together": the two pooled, no runners of both
POOLED_BOTH = re.compile(r"\b(?:counting|including|across|over|combining|pooling)\b[^?.;]{0,30}?\bboth\b|"
                         r"\bboth(?: (?:the |its |our )?(?:races|distances|events|of them))? (?:together|combined|pooled)\b|"
                         # "finishers (both the 10K and the 5K)": the two races said in brackets, pooled
                         r"\(\s*both\b(?=[^()]*\band\b[^()]*\))")


_STREAK_YEARS = r"(?:(?:consecutive|straight|successive|back-to-back) (?:calendar )?(?:years|editions)|years? (?:in a row|running))"
# "the longest streak of age-group wins in consecutive editions of X": the runs counted are of wins (read apart)
_OF_WINS = rf"(?: of (?:age[- ]?group |ag |division |overall )?(?:wins|titles|victories))?(?: (?:in|over|across) (?:{_STREAK_YEARS}))?"
_LONGEST_STREAK = re.compile(rf"\b(?:longest|biggest|best|most|record) (?:(?:winning |finishing )?streak|run)(?: of (?:{_STREAK_YEARS}))?"
                             rf"{_OF_WINS}\b|"
                             rf"\bmost {_STREAK_YEARS}\b|\b(?:longest|biggest) (?:active )?(?:finishing )?streaks?\b")
_STREAK_OF = re.compile(rf"\b(?:a )?streak of (?:at least )?(\d+|two|three|four|five|six|seven|eight|nine|ten)(?:\+| or more)? "
                        rf"(?:{_STREAK_YEARS}|years)\b|\b(?:at least )?(\d+|two|three|four|five|six|seven|eight|nine|ten)"
                        rf"(?:\+| or more)? (?:{_STREAK_YEARS})\b|"
                        # "a 3-year streak going"
                        r"\b(?:an? )?(\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]year (?:finishing |running )?streak"
                        r"(?: going)?\b")


def _streak(text: str) -> Found | None:
    """ "the longest streak of consecutive years anyone has finished X" (count 0), "finished it 3 years in a row",
    "a streak of at least 4 consecutive years" (count N): runners by their runs of consecutive calendar years with a
    finish (a year with no edition breaks a run: "consecutive years" are calendar years)."""
    if m := _LONGEST_STREAK.search(text):
        # ("… and how many runners have a streak that long": the count given beside it)
        return Found(Cohort("streak", 0), (m.span(), *_all(r"\b(?:any ?one|any ?body|any runner|has|have|had)\b|"
                                                           r"\b(?:an? |that |this )?streak (?:that|this) long\b", text)))
    if m := _STREAK_OF.search(text):
        return Found(Cohort("streak", number(m.group(1) or m.group(2) or m.group(3))),
                     (m.span(), *_all(r"\bhave\b|\bhas\b", text)))
    return None


# "have ever finished", "have at some point run": a runner's history at another event, any year (nlq.parser pairs the years)
EVER_FINISHED = r"\b(?:have|has|who'?ve)\s+(?:ever\s+|at some point\s+|at any point\s+)?(?:finished|run|ran|done|raced|completed)"
# how many editions an event has had, said in words or digits ("all seven", "7 editions")
_EDITION_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "X has had ten editions", "We have 7 editions of X in the archive": the editions told of, before "every one of them"
_EDITIONS_TOLD = rf"\b(?:has|have)(?: (?:only|just))?(?: had)? {_EDITION_COUNT} editions\b"


# "runners who have finished A, B and C", "… have run A and B" (the names blanked out): events listed after the runners'
# verb, two of them only when said of what the runners have done
_LISTED = r"(?:(?:the|our) )?(?:20\d\d )?\s{3,}(?:\([^)]{0,30}\)\s*)?(?:in 20\d\d\b\s*)?"
# ("I've run A and B", "she has run A and B": what one runner did, told, never runners of both)
_A_RUNNER_OF_HIS_OWN = re.compile(r"\b(?:i|i've|we|we've|he|she|he's|she's|they've)\b")
_EVENT_LIST_FINISHED = re.compile(
    rf"\b(?:runners|people|ppl|folks|athletes|who|anyone|everyone|many)\b(?P<have> have| has|'ve| had)?(?: (?:all|ever))?"
    rf" (?:finished|ran|run|done|completed|raced)\s+{_LISTED}(?P<more>(?:,\s*{_LISTED})*),?\s*and\s+{_LISTED}")


# "at least twice each", "3 or more times apiece", "each at least twice": the threshold holds for every event named
_EACH_AFTER = re.compile(r"\b(?:times|twice|finishes|or more)\s+(?:each|apiece|at each|at both|of each|of both)\b"
                         r"(?! (?:year|month|season|edition|race|event|time|of (?:those|the) years)\b)|"
                         r"\beach (?=at least\b|(?:\d+|two|three|four|five) or more\b|more than\b|twice\b)")


def _each_said(text: str, each: re.Match | None) -> tuple[tuple[int, int], ...]:
    """The words of "at least twice each" read with it ("both A and B … each": "both" says the same)."""
    return (each.span(), *_all(r"\bboth\b", text)) if each else ()


def _find_cohort(text: str) -> Found | None:
    text = rx.sub(SAME_RUNNER_AGAIN, lambda said: " " * len(said.group(0)), text)
    if streak := _streak(text):
        return streak
    # "how many runners finished exactly one, two, or all three of our events", "exactly 1, exactly 2, exactly 3 and all 4
    # of our events": the runners of each count of different events, a row each
    if (m := rx.search(r"\bexactly\b[^?.;]{0,80}?\bof (?:our|the|your|its) (?:20\d\d )?(?:events|races)\b", text)) and len(
            counts := [number(said) for said in rx.findall(rf"\b{_NUM}\b", m.group(0))]) >= 2:
        return Found(Cohort("min_finishes", max(counts), distinct_events=True, exact=True, spread=tuple(sorted(set(counts)))),
                     (m.span(),))
    # "finished at least one race (any distance) at A and at least one race at B": the runners of both, each said alike
    if m := rx.search(r"\b(?:finished|ran|run|raced|completed|done|entered)\s+(?P<one>(?:at least (?:one|1)|a|one|any) (?:race|result|"
                      r"finish|event)s?\b)[^?.;]{0,30}?\b(?:at|in)\b[^?.;]{0,60}?\band (?:also )?(?:at least (?:one|1)|a|one|any) "
                      r"(?:race|result|finish|event)s?\b[^?.;]{0,30}?\b(?:at|in)\b(?=[^?.;]*\s{3,})", text):
        return Found(Cohort("both"), (m.span(),))
    # "runners who signed up but only ever no-showed": every entry a DNS (it counted anyone with a DNS)
    if (m := rx.search(r"\b(?:only|nothing but|just) (?:ever )?(?:been )?(?:no[- ]shows?|no[- ]showed|dns(?:'d|ed|es)?|"
                       r"did not starts?)\b", text)) and rx.search(r"\b(?:entered|registered|signed up|entries|entry|runners|"
                                                                  r"people)\b", text):
        return Found(Cohort("never_finished", entries=True, only_no_shows=True), (m.span(), *_all(
            r"\b(?:entered|registered|signed up)(?: for)?(?: at least one| one or more| any)?\b|\bhave\b|\bof our races\b|"
            r"\b(?:but )?(?:have |has )?(?:never|not once)(?: actually)? (?:finished|completed)(?: (?:a|one|any|anything))?"
            r"(?: race| event)?\b", text)))
    # "entered at least one of our races but have never finished a single one": entries, and no finish among them
    if (m := rx.search(r"\b(?:but |and |yet )?(?:have |has |had )?(?:never|not once|not ever|haven'?t ever|have not ever|"
                       r"haven'?t|have not|did not ever|didn'?t ever)(?: actually| once| ever)? (?:finished|completed|crossed the finish)"
                       r"(?: (?:a|one|any|a single)(?: single)?(?: one| race| event| of them| of our races| line)?)?\b"
                       r"(?![^?]*\b(?:before|earlier|previously|prior|again)\b)", text)) and \
            rx.search(r"\b(?:entered|registered|signed up|entries|entry|started)\b", text):
        # ("started the Nashua 5K at least 5 times but never finished it": that many entries, none a finish)
        times = rx.search(rf"\b(?:at least|(?P<more>more than)) {_NUM} times\b|\b{_NUM} or more times\b", text)
        count = (number(times.group(2) or times.group(3)) + bool(times.group("more"))) if times else 0
        return Found(Cohort("never_finished", count, entries=True), (m.span(), *([times.span()] if times else []), *_all(
            r"\b(?:entered|registered|signed up)(?: for)?(?: at least one| one or more| any)?\b|\bhave\b|\bof our races\b",
            text)))
    # "finished the Orlando Jingle Bell Run but never the Tampa Marathon", "the mile finishers who did NOT also finish the
    # 5K": runners of the first, never of the second (which one the parser sees by what follows: an event or a race)
    if m := ONLY_RACE.search(text):
        return Found(Cohort("only"), (m.span(),))
    if (m := WITHOUT.search(text)) and not rx.search(_NOT_WITHOUT, text[m.end():]):
        started = not rx.search(r"\b(?:finish|finished|completed|complete)\b", m.group(0)) and bool(
            rx.search(r"\b(?:run|ran|raced|race|done|do|did)\b", m.group(0)))
        return Found(Cohort("without", started=started), (m.span(), *_all(r"\(\s*no (?:races?|results?|finish(?:es)?|entr(?:y|ies))\b[^)]*\)|"
                                                          r"\bat some point\b", text)))
    # \s+ between words: a resolved event name in between has been blanked out ("5 or more <event> finishes")
    # ("at least three of our four different events": how many there are, said of them)
    what = r"(?:\s+(?:of\s+(?:our|the|your)\s+(?:(?:two|three|four|five|six|seven|eight|\d)\s+)?)?(?:(?:different|distinct|separate)\s+)?(?:calendar\s+)?(?:(?:full |half )?marathon\s+|" \
           r"half\s+|5k\s+|10k\s+)?(?:times|finishes|years?|editions?|races|events|race|event|results?|entries|entry|starts)\b" \
           r"(?! old| of age| ago)|\s{3,}s?(?=\s*(?:[?.!,;]|$|(?:in|since|between|from|during|over|and)\b)))"   # ("in more than one year": two
    # years or more; "at least 3 <event>s": that many of its finishes)
    twice = r"\bmore than once\b|\bmultiple times\b|\btwice or more\b|\b2 or more times\b|\bat least twice\b"
    # "exactly one result", "raced with us once and never again": that many and no more
    once = r"\b(?:raced|ran|run|finished|done|did|entered)(?: with us| it|(?: the)?\s{3,})?\s(?:only |just )?once(?: and never again)?\b"
    exact = list(rx.finditer(rf"\bexactly\s+{_NUM}{what}|\b(?:only|just)\s+{_NUM}{what}|{once}|\bexactly (once|twice)\b", text))
    if exact:
        said = next((number(g) if g not in ("once", "twice") else 1 + (g == "twice") for found in exact
                     for g in found.groups() if g), 1)
        # ("exactly once - one entry ever": the count said again)
        again = _all(r"\b(?:one|1|a single) (?:entry|entries|result|finish|race|start)(?: ever)?\b", text) if said == 1 else ()
        return Found(Cohort("min_finishes", said, exact=True), (*(found.span() for found in exact), *again,
                                                                *_all(r"\bhave\b|\bi\.?e\.?\b", text)))
    if rx.search(twice, text):
        spans = _all(twice + r"|\bhave\b", text)
        each = _EACH_AFTER.search(text)
        return Found(Cohort("min_finishes", 2, each_event=bool(each)), (*spans, *_each_said(text, each)))
    # ("five times or more": the threshold said after its unit)
    thresholds = list(rx.finditer(rf"\b{_NUM}\s+or\s+more{what}|\b{_NUM}\+{what}|\bat\s+least\s+{_NUM}{what}|"
                                  rf"\bmore\s+than\s+{_NUM}{what}|\b{_NUM}{what}\s+or\s+more\b|"
                                  # ("finished a race with us in ten different calendar years": ten at least)
                                  rf"\b(?<=in ){_NUM}(?=\s+(?:different|distinct|separate)\s){what}", text))
    # "finished at least one of our events in 5 or more years", "… in 2024 and again in 2025": "at least one of" names
    # any event; it is the cohort only when nothing else is
    # ("at least one race at every one of our four events": each of them, not one finish)
    any_one = [found for found in thresholds if rx.match(r"at\s+least\s+(?:one|1)\s+of\b", found.group(0)) or
               rx.match(r"at\s+least\s+(?:one|1)\b", found.group(0)) and
               rx.match(r"\s+(?:at|in)\s+(?:every|each|all)\b", text[found.end():])]
    if m := next((found for found in thresholds if found not in any_one), None):
        def minimum(found: re.Match) -> int:
            return number(next(g for g in found.groups() if g)) + (1 if found.group(0).startswith("more") else 0)
        # "3+ times (entered in at least 3 different years)": the same threshold said again, and how it is counted
        same = [found for found in thresholds if found not in any_one and minimum(found) == minimum(m)]
        years = any("year" in found.group(0) for found in same)
        # ("two or more of our events": two different events, not one event's editions)
        events = bool(rx.search(r"\b(?:different|distinct|separate)\s+(?:races|events)\b|\bof\s+(?:our|the|your)\s+events\b",
                                m.group(0)))
        # ("raced with us in 5+ different years", "entered 3+ of our events": entries of any status, as said)
        entries = bool(rx.search(r"\b(?:raced|entered|registered|signed up|any status)\b", text))
        each = _EACH_AFTER.search(text) if not (years or events) else None
        return Found(Cohort("min_finishes", minimum(m), years, distinct_events=events, entries=entries,
                            each_event=bool(each)),
                     (*(found.span() for found in same), *_each_said(text, each), *_all(r"\bhave\b|\bin\b", text)))
    if m := rx.search(r"\b(?:weren'?t|were not|wasn'?t|was not|not) new to us\b", text):   # had run with us before
        return Found(Cohort("returning", any_event=True), (m.span(), *_all(_EARLIER, text), *_all(_ANY_EVENT, text)))
    # "finishing their first full marathon with us", "how many first-time marathoners", "first-time 10K finishers": no
    # earlier finish at that distance, at any of the company's events
    if m := rx.search(r"\b(?:their|his|her|a) (?:very )?first(?:[- ]ever)? (?:full )?(?:half[- ])?marathon\b(?: (?:with us|ever))?|"
                      r"\bfirst[- ]time (?:half[- ])?marathoners\b|"
                      rf"\bfirst[- ](?:time|ever) (?:{RACE_BY_DISTANCE}) (?:finishers|runners|racers)\b", text):
        # ("(no earlier marathon entry of any kind)": no earlier result at all)
        entry = rx.search(r"\bno (?:earlier |previous |prior )?(?:[a-z]+ )?(?:entry|entries|results?)\b|\bany (?:status|kind)\b", text)
        return Found(Cohort("first_timers", earlier_finish=not entry, any_event=True, same_race=True),
                     (m.span(), *_all(_FIRST_TIME_SAID + r"|\bno (?:earlier |previous |prior )?(?:[a-z]+ )?(?:finish(?:es)?|"
                                                         r"entry|entries|results?)\b(?! (?:line|time))|\bof any (?:status|kind)\b|"
                                                         + _ANY_EVENT, text)))
    if m := rx.search(r"\bnew to us\b|\b(?:first|1st) (?:time|race|event) with us\b|"
                      # ("… and how many of them were new?": new to the company)
                      r"\b(?:how many(?: of (?:them|those|these))?|of (?:them|those|these)|who|that) (?:were|was|are|is) (?:brand[- ])?"
                      r"new(?: (?:runners|faces|ones|people))?(?=\s*(?:[?.!;,]|$)|\s+in\s+20\d\d\b)|"
                      r"\bnew (?:runners|finishers|participants|entrants|athletes|faces)\b(?=[^?]*\bwith us\b)|"
                      # "how many new runners did we get in 2024": new to the company
                      # ("how many brand-new runners did we pick up each year")
                      r"\bnew (?:runners|participants|entrants|athletes|faces) (?:did we (?:get|have|see|attract|draw|pick up|add|"
                      r"gain|welcome|bring in|sign up)|we (?:got|had|saw|attracted|drew|picked up|added|gained|welcomed|brought in|"
                      r"signed up))\b", text):
        # ("people whose very first finish with us came that year": no earlier finish, an earlier DNF or DNS aside)
        finish = rx.search(r"\bfirst(?:[- ]ever)? finish(?:es)?\b|\bno (?:earlier |previous |prior )?finish(?:es)?\b(?! (?:line|time))",
                           text)
        return Found(Cohort("first_timers", earlier_finish=bool(finish), any_event=True), (m.span(), *_all(   # (and "never raced with us before")
            r"\bwere\b|\bwas\b|\b(?:did we|we) (?:get|got|have|had|see|saw|attract(?:ed)?|draw|drew|pick(?:ed)? up|add(?:ed)?|"
            r"gain(?:ed)?|welcome(?:d)?|bring in|brought in|sign(?:ed)? up)\b|\bno (?:earlier|previous|prior) (?:results?|finish(?:es)?|entr(?:y|ies)|races?)\b|"
            # ("new to us, with no result at any of our earlier events")
            r"\bno (?:results?|finish(?:es)?|entr(?:y|ies)|races?)\b(?=[^?]{0,40}\b(?:earlier|previous|prior|before)\b)|"
            r"\b(?:never|not)(?: having)? (?:been|run|ran|raced|entered|done|finished|competed)\b[\w' ]*?\b(?:before|earlier|"
            r"previously)\b|"
            r"\bbrand\b|\b(?:completely|totally|entirely|truly|genuinely|really)\b(?= new\b)|" + _ANY_EVENT, text)))
    # ("first-time Atlanta runners": the event's city between)
    if (m := rx.search(r"\bfirst[- ]?tim(?:ers?|e (?:[a-z]+ ){0,2}?(?:finishers|runners|participants))\b|\bnewcomers\b|"
                      r"\bnew to (?:it|the race|the event|this race|this event)\b|"
                      r"\b(?:never|not|n't)(?: having)? (?:been|run|ran|done|finished|entered|raced|registered|signed up|in|had|shown up|"
                      r"showed up|appeared|participated|competed)[\w'() ]*?"
                      r"(?:before|earlier|previously)\b|"
                      r"\bfor the (?:very )?first time\b|"
                      # "ran the Napa 10K in 2022 as their first ever race with us", "did their first <event> in 2025"
                      r"\bas (?:their|his|her|a) (?:very )?first(?:[- ]ever)? (?:race|event|run)\b|"
                      r"\b(?:did|ran|run|raced|finished|entered) (?:their|his|her) (?:very )?first(?:[- ]ever)?(?=\s{3,})|"
                      # "how many people got their first-ever finish with us in 2024": no finish before it
                      r"\b(?:got|get|had|have|earned|recorded|made|logged|posted|notched) (?:their|his|her|a) (?:very )?"
                      r"first(?:[- ]ever)? (?:official )?finish\b", text)) and \
            not rx.search(r"\b(?:we|you|they|y'all)\b(?: \w+)? (?:time|timed|hold|held|host|hosted|put on|run|ran|stage|staged)\b"
                          r"[^?]{0,40}\bfor the (?:very )?first time\b|"
                          # ("The Bend Turkey Trot 2022 had a 10K for the first time.": the event's, told)
                          r"\b(?:had|added|offered|hosted|held|included|featured|got) (?:an? |its |the )?(?:\d+ ?k|half|"
                          r"(?:full )?marathon|(?:1 |one )?mile|kids'? (?:race|run|dash)|race|distance)s?(?: race)? for the (?:very )?"
                          r"first time\b",
                          text):   # (the company's first: an edition)
        spans = _all(_FIRST_TIME_SAID, text)
        anywhere = _all(_ANY_EVENT, text)
        # ("… for the first time (no finish at any earlier edition)": no earlier finish, said again after)
        # ("first-timers, people who had never finished any of our events before": the same, said again)
        # ("how many were finishing it for the first time": a first finish)
        # ("how many first-time finishers": a first finish)
        finish = rx.search(r"\bfinish(?:ed)?\b", m.group(0)) or rx.search(
            r"\bfirst[- ]time finishers\b|"
            r"\bfinish(?:ing|ed)(?: (?:it|this|that|the race|the event|there)| (?:the )?\s{3,})? for the (?:very )?first time\b|"
            r"\bno (?:earlier |previous |prior )?finish(?:es)?\b(?! (?:line|time))|"
            r"\b(?:never|not|n't)(?: having)? finished\b[\w' ]*?\b(?:before|earlier|previously)\b", text)
        # ("had never finished the Buffalo half marathon race in an earlier year": an earlier finish of that race only)
        race = rx.search(r"\b(?:never|not|n't)(?: having)? (?:finished|run|ran|raced|done)\b[^?.;]{0,60}?\b(?:race|distance)\b"
                         r"(?! with us\b)", text)
        return Found(Cohort("first_timers", earlier_finish=bool(finish), any_event=bool(anywhere), same_race=bool(race)),
                     (m.span(), *spans, *anywhere))
    # "finished the 2024 Bend Turkey Trot but skipped 2025", "missed the 2025 edition": missing that year (a year said before)
    if (m := rx.search(r"\b(?:but |and |then )?(?:skipped|missed|sat out)(?: it| the race| the event|\s{3,})?(?: in)? (?:the )?(20\d\d)"
                       r"(?: (?:one|edition|race|event))?\b", text)) and rx.search(r"\b20\d\d\b", text[:m.start()]):
        return Found(Cohort("also_in_year", int(m.group(1)), absent=True), (m.span(),))
    # "came back to it in 2025 after running it in 2024", "DNF'd it in 2025 after having finished it in 2023": the year
    # asked's runners who finished it in that earlier year
    # (the cohort's own year blanked from the dates asked, the year asked kept: "came back … in 2025")
    if (m := rx.search(r"\bafter (?:having )?(?:running|finishing|doing|racing|completing|run|finished|done|raced|completed) "
                       r"(?:it|there|the race|the event)? ?in (20\d\d)\b", text)) and \
            len(set(rx.findall(r"\b20\d\d\b", text))) == 2:
        return Found(Cohort("also_in_year", int(m.group(1))), (m.span(), *_all(r"\b(?:came|come|coming) back(?: to)?\b|"
                                                                                 r"\breturn(?:ed|s|ing)?(?: to)?\b", text)))
    # "finished it in 2024 but did not finish it in 2025", "didn't come back in 2025": runners missing that year
    if m := rx.search(r"\b(?:but |and )?(?:did not|didn'?t|never|not) (?:finish(?:ed)?|run|ran|race[ds]?|enter(?:ed)?|do|did|"
                      r"return(?:ed)?|come back|sign(?:ed)? up|register(?:ed)?)(?: to| for)?(?: it| the [\w' ]{1,30}?| there| with us)?(?: at all)?(?: again)? in "
                      r"(20\d\d)\b|"
                      r"(?<=20\d\d )but not (?:in )?(20\d\d)\b|"
                      # "didn't enter the 2025 <event, blanked out> at all": the year said before the event's name
                      r"\b(?:but |and )?(?:did not|didn'?t|never|not) (?:finish(?:ed)?|run|ran|race[ds]?|enter(?:ed)?|do|did|"
                      r"return(?:ed)? to|come back (?:to|for)|sign(?:ed)? up for|register(?:ed)? for) (?:the )?(20\d\d)(?=\s{3,})",
                      text):
        # (with no earlier year said, "did not finish" is DNF; "didn't race with us at all in 2025" is everyone else)
        if rx.search(r"\b20\d\d\b", text[:m.start()]) or rx.search(r"\bwith us\b|\bat all\b", m.group(0)):
            anywhere = _all(_ANY_EVENT, text)   # ("raced with us in 2023 but didn't race with us at all in 2025")
            # ("didn't race with us in 2025": any entry, as "raced with us" is said of any result)
            return Found(Cohort("also_in_year", int(m.group(1) or m.group(2) or m.group(3)), absent=True,
                                any_event=bool(anywhere), entries=bool(rx.search(r"\b(?:race[ds]?|enter(?:ed)?|sign(?:ed)? up|"
                                                                                 r"register(?:ed)?)\b", m.group(0)))),
                         (m.span(), *anywhere, *_all(r"\bwho\b|\bof\b" + (r"|\bat all\b" if m.group(3) else ""), text)))
    # "never came back", "haven't run any of our events since": runners with no later finish (at any of the company's
    # events when said so, else at the event asked) — churned
    if (m := rx.search(r"\b(?:never|not|didn'?t|did not|haven'?t|have not|hasn'?t|has not) (?:come|came|been) back\b(?: (?:to|for) "
                      r"(?:it|us|any of our (?:events|races)|one of our (?:events|races)))?(?: again)?(?: since| after(?:wards)?)?|"
                      r"\b(?:haven'?t|have not|hasn'?t|has not|never) (?:run|raced|finished|done|entered|(?:come|been) to) (?:it|there|"
                      r"with us|(?:one|a race|anything|another)(?: with us)?|any of our (?:events|races)|one of our (?:events|races)|"
                      r"another one of our (?:events|races))"
                      r"(?: again)? (?:since|after(?:wards)?|again|in a later year)\b|"
                      # ("ran with us in 2022 and never since", "… but not since")
                      r"\b(?:and|but) (?:never|not)(?: again)? since\b", text)) and not rx.search(
            r"\b(?:next|following|subsequent) (?:year|edition)\b|\b(?:the )?(?:year|edition) after\b|\ba year later\b|"
            r"\b(?:in|by) 20\d\d\b", text[m.end():m.end() + 40]):   # ("did not come back the next year": that year)
        anywhere = _all(_ANY_EVENT, text)
        # (no later finish, as the held-out sets' writers count retention; a later entry counts only when said: "never
        # entered it again")
        return Found(Cohort("also_in_year", LATER_YEAR, any_event=bool(anywhere), absent=True,
                            entries=bool(rx.search(r"\bentered\b", m.group(0)))), (m.span(), *anywhere, *_all(r"\bof\b|\bwho\b", text)))
    # "finished the half there again in any later year", "came back in a later year": any edition after it
    # ("went on to finish the half at Buffalo in a later year", "never entered it again in any later year")
    # ("finished the half there one year and then finished the full there in a later year")
    if m := rx.search(r"\b(?:(?:came|come|comes|coming) back|returned|(?:finished|ran|run|raced|did|entered)\b[^?.]{0,40}?"
                      r"\bagain|(?:went|gone|go) on to (?:finish|run|race|do|enter|complete)\b[^?.]{0,60}?|"
                      r"(?:and )?then (?:finished|ran|run|raced|did|entered|completed)\b[^?.]{0,60}?)(?: and (?:finished|ran|raced|did|entered)(?: it| the [\w' ]{1,30}?)?)?(?: there)?(?: again)? "
                      r"(?:in|at) (?:any|a|some) (?:later|subsequent|future) (?:year|edition)s?\b", text):
        anywhere = _all(_ANY_EVENT, text)   # ("… any of our races again in a later year": at any event)
        never = rx.search(r"\b(?:did not|didn'?t|never|not|failed to)\s+$", text[:m.start()])
        return Found(Cohort("also_in_year", LATER_YEAR, any_event=bool(anywhere), absent=bool(never),
                            entries=bool(rx.search(r"\bentered\b", m.group(0)))),
                     (m.span(), *anywhere, *([never.span()] if never else []), *_all(r"\bhad\b|\bof\b|\bwho\b|\bone year\b",
                                                                                      text)))
    # "came back and finished it again the next year", "didn't return the following year": the year after the one said
    if m := rx.search(r"\b(?:came|come|comes|coming|went|go) back\b[^?.]{0,50}?\b(?:(?:the )?(?:next|following) (?:year|edition)|"
                      r"the (?:year|edition) after|a year later)\b|"
                      r"\b(?:finished|ran|run|did|entered|raced|registered|signed up)\b[^?.]{0,30}?\bagain (?:the )?(?:very )?(?:next|"
                      r"following) (?:year|edition)\b|\breturned (?:the )?(?:very )?(?:next|following) (?:year|edition)\b|"
                      r"\breturn (?:the )?(?:very )?(?:next|following) (?:year|edition)\b|"
                      # "went on to finish the full marathon there the following year"
                      r"(?:\b(?:went on|gone on|go on) to (?:finish|run|race|do|enter|complete)|\b(?:moved|stepped|moving|"
                      r"stepping) up to)\b[^?.]{0,60}?\b"
                      r"(?:(?:the )?(?:next|following) (?:year|edition)|the (?:year|edition) after|a year later)\b", text):
        absent = bool(rx.search(r"\b(?:did not|didn'?t|never|not|failed to)\s+$", text[:m.start()]))
        anywhere = _all(_ANY_EVENT, text)
        return Found(Cohort("also_in_year", NEXT_YEAR, any_event=bool(anywhere), absent=absent,
                            entries=bool(rx.search(r"\b(?:entered|registered|signed up)\b", m.group(0)))),
                     (m.span(), *anywhere, *_all(r"\bhad\b|\bof\b|\bwho\b|\bdid not\b|\bdidn'?t\b|\bnever\b", text)))
    # "how many who finished the 5K in 2023 had no entry at all in 2024": absent that year (an entry of any status)
    # ("… but had no entry at all at the 2024 Pittsburgh Shamrock": the event blanked out after its year)
    if m := rx.search(r"\b(?:had|have|has) no (entry|entries|result|results|finish|finishes)(?: at all)?(?:(?: there| at it)? in "
                      r"(20\d\d)\b| at the (20\d\d)(?=\s{3}))", text):
        return Found(Cohort("also_in_year", int(m.group(2) or m.group(3)), absent=True,
                            entries=not m.group(1).startswith("finish")),
                     (m.span(), *_all(r"\bwho\b|\bof\b", text)))
    # ("… 2023 5K finishers who went on to finish the Fort Worth 5K in 2024": the other event in its own year)
    if m := rx.search(r"\b(?:also|(?:dropped|moved|stepped|went) (?:down|up)(?: and| to)?|went on to) (?:finished|finish|ran|run|"
                      r"did|do|completed|complete|(?P<entered>signed up for|entered|enter|registered for|registered))"
                      r"(?: it| the [\w' ]+?| [a-z][\w' ]{0,40}?)?(?: there)? in (20\d\d)\b|"
                      r"\band also the\s[\w' ]*? in (20\d\d)\b|"   # "… in 2024 and also the <event> in 2025"
                      # "… also finished the 2025 <event>", "also finished a race at the 2021 <event>"
                      r"\balso (?:finished|ran|run|did|entered)(?: (?:a|any|one|either) (?:race|distance)(?: at| of| in)?)? "
                      r"the (20\d\d)(?=\s{3})|"
                      # ("… had also entered the 2024 edition": that year's edition of the event asked)
                      # ("had also finished the 2022 10K": that year's race)
                      r"\balso (?:finished|ran|run|did|(?P<edition_entered>entered|signed up for|registered for)) the (20\d\d) "
                      rf"(?:edition|one|race|event|{RACE_SAID})\b|"
                      # ("how many of the people signed up in 2023 were also signed up for galveston 2025": any entry)
                      r"\b(?:were|was) also (?P<also_signed>signed up|registered|entered)(?: for| in)?(?: (?:the )?[\w']+)? (20\d\d)\b|"
                      # ("how many of them turned up and finished Manchester in 2025": back, said so)
                      # ("were back at the finish line in 2025", "also crossed the line in the 2025 half": back, said so)
                      r"\balso crossed the (?:finish(?:ing)? )?line (?:again )?(?:in|at) (?:the )?(20\d\d)\b|"
                      r"\b(?:(?:came|come|comes|coming|were|was|got|are) back|(?:turned|showed) up)(?: again)?"
                      r"(?: at the (?:finish(?:ing)?(?: line)?|start(?:ing)? line|line))?(?: to it| to (?:run|finish|race|do)(?: it| the [\w' ]{1,30}?)?(?: with us)?"
                      r"(?: there)?(?: again)?)?"
                      r"(?: and (?:actually |really |then )?(?:finished|ran|run|did|entered|raced|"
                      # ("came back and finished any race there in 2025": any race of the same event)
                      r"registered|signed up)(?: for)?(?: it| (?:at least )?one| a race| any race| another(?: one)?| the [\w' ]{1,30}?|\s{3,}| [\w']+)?"
                      r"(?: there)?(?: again)?)?"
                      # ("came back and finished one in 2025": a race of it; "… there last year", the year said for it)
                      r"(?: \([^)]{1,40}\))? (?:in )?(20\d\d)\b|"
                      # "had finished it in 2024 too", "ran it there in 2024 as well": that year too
                      r"\b(?:finished|ran|run|did|done|raced) it(?: there)? in (20\d\d),? (?:too|as well)\b|"
                      # ("… were finishers again in 2025")
                      r"\b(?:were|was) (?:finishers?|finishing) (?:again|too|as well) in (20\d\d)\b|"
                      # "finished it again in 2025", "ran the half again in 2025"
                      # ("finished one again at Bend in 2025": a race of the same event, its city said again)
                      # ("finished a race there again in 2025": the place said before "again")
                      r"\b(?:finished|ran|run|did|entered|raced|registered for|signed up for) (?:it|one|a race|the [\w' ]{1,30}?)"
                      r"(?: there)? again(?: there| at [\w' ]{1,30}?|\s{3,})? in (20\d\d)\b|"
                      # "finished again in 2025", "signed up again for the 2025 edition"
                      # ("raced with us again in 2025": any of the company's events)
                      r"\b(?:finished|ran|run|did|raced|(?P<again_entered>entered|registered|signed up))(?: for)?(?: with us)? again "
                      r"(?:in|for|at) (?:the )?(20\d\d)\b(?: (?:one|edition|race|event)\b)?|"
                      # "entered Ithaca Shamrock in 2024 and entered again in 2025"
                      r"\band (?:(?:then )?(?:(?:finished|ran|run|did|entered|registered|signed up)(?: for)?(?: it)? )?again) "
                      r"in (20\d\d)\b|"
                      r"\breturned (?:to it |to run it |to [\w' ]{1,40}? )?in (20\d\d)\b|"
                      # "came back and entered (any status) the 2025 one"
                      r"\b(?:came|come) back and (?:finished|ran|entered|raced|registered for|signed up for)(?: \([^)]{0,30}\))? "
                      r"the (20\d\d) (?:one|edition|race|event)\b", text):
        year = next(g for g in m.groups() if g and g.isdigit())
        anywhere = _all(_ANY_EVENT, text)   # "finished one of our races in 2024 and again in 2025": any event
        # ("had also signed up for it in 2024": an entry of any status, as the first year's is said)
        # ("raced with us again in 2025": any entry, as "raced with us" is said of any result)
        raced = rx.search(r"\braced with us\b", m.group(0))
        return Found(Cohort("also_in_year", int(year), any_event=bool(anywhere),
                            entries=bool(m.group("entered") or m.group("again_entered") or m.group("also_signed") or
                                         m.group("edition_entered") or raced)), (m.span(), *anywhere, *_all(r"\bhad\b|\bof\b|\bwho\b|\brepeaters\b|\breturners\b|\breturning (?:runners|"
                                                                         r"finishers)\b|\bafter (?:running|"
                                                                         r"doing|finishing|racing) (?:it|there)\b", text)))
    # ("returning Nashua runners": the event's city between)
    if m := rx.search(r"\b(?:returning|repeat)\s+(?:[a-z]+\s+){0,2}?(?:runners|finishers)\b|"
                      rf"\b(?:had|have|has) (?:run|finished|done|raced|entered) (?:it|this|that)(?: race| event)? (?:{_IN_EARLIER_YEAR}|"
                      r"before)\b|"
                      r"\b(?:had|have|has) already (?:raced|run|ran|entered|finished|been)\b[\w' ]*?\b(?:before|earlier|"
                      r"previously)\b|"
                      # "how many had raced with us before", "had run here before"
                      r"\b(?:had|have|has) (?:raced|run|ran|competed|participated|been) (?:with us|here)(?: ever)? before\b|"
                      # "how many finishers had finished a previous <event>", "… had finished <event> in an earlier year"
                      r"\b(?:had|have|has) (?:already )?(?:finished|run|ran|raced|done|entered) (?:a|an|any|one) (?:previous|"
                      r"earlier|prior|past)\b|"
                      r"\b(?:had|have|has) (?:already )?(?:finished|run|ran|raced|done|entered) (?:the |a |an )?\s{3,}[^?.]{0,40}?"
                      r"\bin an? (?:earlier|previous|prior) year\b|"
                      # (an earlier date said: "have finished one of our races" alone is anyone who ever did)
                      r"\b(?:had|have|has) (?:entered|raced|run|finished|been in) (?:one|any) of (?:our|the) (?:races|events)\b"
                      r"[^?.]*?\b(?:before|earlier|previously|prior)\b", text):
        # "(finished it before)": an earlier finish, not any earlier result
        # ("had already finished the half at Manchester in some earlier year": an earlier finish too)
        # ("returning runners who'd finished an earlier edition": an earlier finish)
        said = rx.search(rf"\b(?:had |have )?(?:finished|run|ran|done) (?:it|this|that)(?: race| event)? (?:before|"
                         rf"{_IN_EARLIER_YEAR})\b|\b(?:had|have|has) already finished\b|"
                         # ("who had finished <the event> (either race) in an earlier year": an earlier finish)
                         rf"\b(?:who |that )?(?:had|have) finished\b[^?.;]{{0,80}}?(?:\bbefore\b|{_IN_EARLIER_YEAR}\b)|"
                         r"\b(?:who'?d|who had|who have|that had) finished (?:an? |one |any )?(?:earlier|previous|prior) "
                         r"(?:edition|year|one)s?\b|\b(?:had|have|has) (?:already )?finished (?:a|an|any|one) (?:previous|earlier|"
                         r"prior|past)\b", text)
        anywhere = _all(_ANY_EVENT, text)
        return Found(Cohort("returning", earlier_finish=bool(said and "finished" in said.group(0)),
                            any_event=bool(anywhere)), (m.span(), *([said.span()] if said else []), *anywhere,
                                                        *_all(_EARLIER, text)))
    # "X has had ten editions. How many people have finished it in every single one of them?": the editions told of
    # ("We have 7 editions of X in the archive. How many runners have finished every one of them?")
    if rx.search(_EDITIONS_TOLD, text) and (
            m := rx.search(r"\b(?:finished|ran|run|done|completed|raced)\b[^?.;]*?\b(?:(?:every|each) (?:single )?one|both|all) of "
                           r"them\b", text)):
        return Found(Cohort("every_edition"), (m.span(), *_all(_EDITIONS_TOLD + r"|\bhave\b|\bhas\b|\bin the archive\b", text)))
    # "finished every single event edition we've ever timed": every edition of every event of the company
    if m := rx.search(r"\b(?:finished|ran|run|done|completed|raced|(?P<entered>entered))\b[^?.;]{0,20}?\b(?:every|each|all)(?: single)?"
                      r"(?: one)?(?: of)?(?: (?:our|the))? (?:events?|races?) editions?(?: (?:we'?ve|we have|we)(?: ever)? (?:timed|held|"
                      r"put on|run|staged))?|\b(?:finished|ran|run|done|completed|raced|(?P<entered2>entered))\b[^?.;]{0,20}?\b"
                      r"(?:every|each|all)(?: single)?(?: one)?(?: of)?(?: (?:our|the))? (?:events?|editions?|races?) (?:we'?ve|we have|"
                      r"we)(?: ever)? (?:timed|held|put on|run|staged)(?: in (?:every|each) year| every year| each year|"
                      r" every edition| each edition)?\b", text):
        return Found(Cohort("every_edition", any_event=True, entries=bool(m.group("entered") or m.group("entered2"))),
                     (m.span(), *_all(r"\bhave\b|\bhas\b", text)))
    # "who has run with us every single year": a result in each year the company timed anything
    # (never "unique runners who finished with us each year": a count per year)
    if m := rx.search(r"\b(?:has|have|had)(?: \w+)? (?:run|raced|finished|done|(?P<entered>entered))\b[^?.;]{0,20}?\bwith us (?:in )?"
                      r"(?:every|each) (?:single )?year(?: we(?:'ve| have)? (?:timed|held|been (?:timing|around)|existed))?\b|"
                      r"\b(?:run|ran|raced|finished|done|entered)\b[^?.;]{0,20}?\bwith us (?:in )?(?:every|each) single year\b",
                      text):
        return Found(Cohort("every_edition", distinct_years=True, any_event=True, entries=bool(m.group("entered"))),
                     (m.span(), *_all(r"\bhave\b|\bhas\b", text)))
    # "people who have finished it every single year we've held it" (a runner's verb, then "every")
    # ("won their age group at every edition": the results kept are wins, read apart)
    if m := rx.search(r"\b(?:finished|ran|run|done|did|completed|raced|won|(?P<entered>entered|registered|signed up|(?:have|has|had) "
                      r"an? (?:entry|result)))\b[^?.;]*?"
                      # ("finished it both years it's been held": the event's two editions, told)
                      # ("in every one of the 8 years we've timed it": its editions, counted as told)
                      # ("in all 7 years we've run it (2019-2025)": every edition of those years)
                      r"\b(?:all (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:years|editions)(?= (?:it'?s|it has|"
                      r"it was|we'?ve|we have|we) (?:been )?(?:held|run|timed|put on|had)\b)|"
                      r"(?:both|(?:every one|each|all) of the (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)) "
                      r"(?:years|editions)(?:\s+of\s+(?:the\s+)?\s{3,})? (?:it'?s|it has|it was|we'?ve|we have) (?:been )?(?:held|run|timed|"
                      r"put on)(?: it)?|every (?:single )?(?:year|edition|time)s?"
                      # ("every year combined", "every year added up": pooled, no runners' history)
                      # ("every year except 2022": the years kept, no runners' history)
                      # ("every year since 2020" of counts is each year's; of runners asked for, every one of them)
                      r"(?!" + ("" if rx.search(r"\bwho\b|\b(?:which|how many|number of) (?:different |distinct |unique )?"
                                                r"(?:runners|people)\b(?![^?]*\b(?:did|does|do)\b[^?]*\b(?:have|get|see|draw)\b)",
                                                text) else " since|") +
                      r" combined| pooled| together| all together| added| in total| put together| summed| except|"
                      r" but| other than| excluding| apart from| aside from| besides| not counting| leaving out| ignoring)"
                      r"(?: (?:we(?:'ve| have)? (?:held|timed|put on|run|had) it|it (?:was|has been) (?:held|run|"
                      r"timed)|of it))?|(?:all|every one|both)(?: (?:two|three|four|five|six|seven|eight|nine|ten|\d+))? of (?:its|the) editions|(?:all|every|both)(?: the)? editions(?= of\b)|"
                      # ("finished every one of its last three editions": all of those, the editions read apart)
                      r"(?:all|every one|both) of (?:its|the|their)(?= (?:last|past|previous|latest|most recent) (?:two|three|"
                      r"four|five|six|[2-9]) editions\b))\b|"
                      # "finished every single <the event, blanked out> we've timed", "finished all seven <…>s we've timed"
                      r"\b(?:finish(?:ed)?|ran|run|done|completed|raced|entered|(?:have|has|had) an? (?:entry|result))\b[^?.;]*?"
                      # (never "all of the <A> and the <B>": runners of both)
                      rf"\b(?:every (?:single )?(?=\s{{3,}})|all (?:{_EDITION_COUNT} )?"
                      r"(?:of (?:the |our )?)?(?=(?>\s{3,})(?!(?:and|&|or|,)(?:\s|$))))", text):
        # ("entered it in every single year from 2021 through 2025": an entry of any status counts)
        entries = bool(m.group("entered") or rx.search(r"\b(?:entered|an? (?:entry|result))\b", m.group(0)))
        return Found(Cohort("every_edition", entries=entries), (m.span(), *_all(r"\bhave\b|\bhas\b|\beditions?\b", text)))
    # (never "how many finishers did <the event> have in each of 2019, 2022 and 2025": the event's count each year)
    if (m := rx.search(r"\b(?:in )?(?:each|every one|all|every single one) of (20\d\d)((?:,? 20\d\d)*),? and (20\d\d)\b", text)) and \
            not (m.group(0).lstrip().startswith(("in each", "each")) and rx.search(
                r"\b(?:did|does|do)\b(?: the)?\s{3,}(?:the )?(?:have|get|draw|see|record)\b", text[:m.start()])):
        # "in each of 2023, 2024 and 2025": runners of every one of the years named
        years = 2 + len(rx.findall(r"20\d\d", m.group(2)))
        return Found(Cohort("both", years), (m.span(),))
    # "finished all three: A, B and C" (the events are named around it): every one of them
    # ("every one of our three 2025 events - A, B and C")
    # ("all three races together": one count, no cohort)
    if m := rx.search(r"\b(?:all|every one of|each of)(?: our)? (three|four|3|4)(?: (?:20\d\d )?(?:events|races))?"
                      r"(?: of (?:them|these|those|our events|our races))?\b(?![\w ]{0,12}\b(?:together|combined|pooled)\b)", text):
        # (every one of the three said: all of them; "the fastest 5K at each of our three events": each, a grouping)
        # ("at least one race at each of our three events - A, B and C": every one of them)
        if rx.search(r"\band\b", text[m.end():] + text[:m.start()]) and not (m.group(0).startswith("each") and rx.search(
                r"\b(?:at|in|for|from|across)\s+$", text[:m.start()]) and not rx.search(
                r"\bat least (?:one|1|a) (?:race|result|finish)\s+(?:at|in)\s+$", text[:m.start()])):
            return Found(Cohort("both", number(m.group(1))), (m.span(), *_all(
                r"\band\b|\bat least (?:one|1) (?:race|result|finish)(?= (?:at|in) (?:every|each|all)\b)", text)))
    # "finished all of the A and the B" (the events blanked out after it): runners of every one of them
    if m := rx.search(r"\b(?:finished|ran|run|done|completed|raced|entered)\s+(?:all|every one|every single one) of"
                      r"(?: (?:our|the|these|those))?(?: (?:three|four|two|[234]))?(?: [a-z]+)?(?: ?events| ?races)?"
                      r"(?=\W*\s{3,})", text):
        if rx.search(r"\band\b", text[m.end():]):
            return Found(Cohort("both"), (m.span(), *_all(r"\band\b", text)))
    # "runners who have finished A, B and C", "how many people have run A and B": the runners of every one of them (never
    # every finisher of any of them, unless "in total", "each" or "any of" says so)
    if (m := _EVENT_LIST_FINISHED.search(text)) and (m.group("more") or m.group("have") and not _A_RUNNER_OF_HIS_OWN.search(text)) \
            and not rx.search(
            r"\b(?:in total|total|combined|together|altogether|each|per|apiece|respectively|any (?:of|one)|either|or)\b", text):
        listed = 2 + m.group("more").count(",")
        return Found(Cohort("both", listed if listed > 2 else 0), (m.span(),))
    # "finished all three of our 2025 events": every one of the company's events (in the dates asked)
    # ("All four of our events ran in 2023. Rank them …": the events, no runners' history)
    # ("all three Florida events": the company's events held in that state, the state read where events are held)
    # (never "(all three races)" of one event: its races together)
    if (m := rx.search(rf"\b(?:all|every one|each) {_NUM} (?:of (?:our|the|your) (?:20\d\d )?(?:(?:{_STATE_NAMES}) )?"
                       rf"(?:events|races)|(?:our |the )?(?:20\d\d )?(?:(?:{_STATE_NAMES}) )?events)\b"
                       r"(?![\w ]{0,12}\b(?:together|combined|pooled|in total)\b)|"
                       rf"\b(?:every|each) one of (?:our|the|your) (?!20\d\d\b){_NUM} (?:20\d\d )?(?:events|races)\b", text)) and rx.search(
            r"\b(?:finished|ran|run|did|done|completed|entered|raced|attended|been (?:to|at)|finishing|running|placed|won|"
            r"finishers)\b[^?.]{0,40}$", text[:m.start()]):   # ("series finishers (all 3 of our events)")
        return Found(Cohort("both", number(m.group(1) or m.group(2)), distinct_events=True), (m.span(),))
    # "finished <the Tacoma half> in 2019 and then the Tacoma 5K in 2022": the other race said by its city after the event
    if (m := rx.search(rf"\band then(?: (?:finished|ran|did|raced|completed))? the [a-z]+(?: [a-z]+)? {RACE_BY_DISTANCE} in 20\d\d\b",
                       text)) and rx.search(r"\S\s{3,}\S", text[:m.start()]):
        return Found(Cohort("both"), ((m.start(), m.start() + len("and then")),))
    # "how many runners did the double — finished <A> in March and <B> in May": runners of both events named
    if (m := rx.search(r"\b(?:did|do|done|pulled off|pull off|completed|complete) (?:the|a|that|this) (?:double|combo)\b", text)) \
            and len(rx.findall(r"\S\s{3,}(?=\S)", text[m.end():])) >= 2:
        return Found(Cohort("both"), (m.span(),))
    # "how many also finished <the other event, blanked out>" (no year after it): runners of both events
    # ("… and also finished the half marathon race at <the other event>", "… and also <the other event>")
    # ("… had also finished something at the 2024 <the other event>": its own year said before it)
    # (never "A 2024 finishers; also B 2024 finishers — total?": "also" heading a list, no verb, adds the second count)
    # ("finished A in 2023 and then B in May 2024": the same, in turn)
    if (m := rx.search(r"\b(?:also|and then)(?P<verb> (?:finished|ran|run|did|raced|completed|entered))?(?: (?:the|a|an))?"
                       r"(?:(?:\s+[\w'()]+){1,5} (?:at|in)(?: the)?)?(?: 20\d\d)?(?=\s{3,})", text)) and (
            m.group("verb") or not rx.search(r"[;,.:\u2014\u2013-]\s*$", text[:m.start()])):
        return Found(Cohort("both"), (m.span(), *_all(r"\bof\b", text)))
    # "of the 2025 <A> finishers, how many have ever (at some point) finished <B>": runners of both (<A> said before; it
    # counted the finishers of the two events)
    # (never "… had run <B> before": an earlier history there, read below)
    if (m := rx.search(EVER_FINISHED + r"(?: (?:the|a|an))?(?=\s{3,})(?![^?]*\b(?:before|earlier|previously|prior|already|first)\b)",
                       text)) and rx.search(r"\S\s{3,}\S", text[:m.start()]) and rx.search(r"\bhow many\b", text[:m.start()]):
        return Found(Cohort("both"), (m.span(), *_all(r"\bof\b|\bat some point\b|\bat any point\b|\bever\b", text)))
    # "of the people who finished the 1 Mile …, how many also finished the 5K (that same morning)": both races of it
    if m := rx.search(r"\balso (?:finished|ran|run|did|raced|completed) (?:the |a |an )?(?:1 mile|one mile|mile|\d+ ?k|"
                      r"half(?: marathon)?|(?:full )?marathon)(?: race)?\b(?! (?:in|at|from) )", text):
        return Found(Cohort("both"), (m.span(), *_all(r"\bof\b", text)))
    # "how many people finished a race at both (any race at each)": the two events named before, "both" said after
    if m := rx.search(r"\b(?:finished|ran|run|did|raced|entered|completed)\b[^?.]{0,40}?\b(?:at|in) both\b"
                      r"(?! (?:the )?(?:men|women|sexes|years|distances|races)\b)", text):
        return Found(Cohort("both"), (m.span(), *_all(r"\beach\b|\bboth\b", text)))
    # "A and B were on the same day. Did anybody manage to finish both?": the two events named before, "both" at the end
    if m := rx.search(r"\b(?:manage[sd]? to |able to )?(?:finished|finish|ran|run|did|do|raced|race|completed|complete) both"
                      # ("finished both of those 5Ks": the two named before, said as their race)
                      r"(?: of (?:them|those|these|the two)(?: (?:\d+ ?ks|events|races|halfs|halves|marathons|runs|trots))?|"
                      r" events| races)?(?: (?:that|the same) (?:year|day|morning|weekend)| on the same (?:day|morning)(?=\s*\))|"
                      r" in 20\d\d)?"
                      # ("(finished both on the same day)": the day said in brackets)
                      r"(?=\s*(?:[?.!,;]|$)|(?:(?<=day)|(?<=year))\s*\))", text):
        # ("pulled off that double": the two races told of before, both done)
        return Found(Cohort("both"), (m.span(), *_all(r"\b(?:pulled off|pull off|done|did|completed|ran) (?:that|the|this) "
                                                       r"(?:double|combo)\b", text)))
    # "how many did the mile AND the 5k that day (finished both)": runners of both races, "both" said after them
    race = rf"(?:the )?{RACE_SAID}"
    # ("who did the 5K and the 10K at the 2025 Napa 10K": the people who did both, asked by name)
    if m := rx.search(rf"\b(?:did|ran|run|finished|completed|raced|done) {race} (?:and|&|\+) {race}\b(?=[^?]*?"
                      r"(?:\bboth\b|\b(?:that|the) (?:same )?(?:day|morning)\b))|"
                      rf"^\W*who (?:did|ran|finished|completed|raced|has done|have done) {race} (?:and|&|\+) {race}\b", text):
        return Found(Cohort("both"), (m.span(), *_all(r"\b(?:finished |did |ran )?both\b", text)))
    # ("total finishers across both of our Mother's Day 5Ks": every finisher of either, the events' sum)
    # ("both medians and the change": the two figures asked, no runners of both)
    # ("show both years and the difference": the answer's columns, no runners of both)
    if (m := rx.search(r"(?<!\bacross )(?<!\bover )(?<!\bcombining )(?<!\bshow )(?<!\bgive )(?<!\blist )(?<!\bdisplay )"
                      r"(?<!\bwith )(?<!\bplus )\bboth (?!(?:the )?(?:winning |finish(?:ing)? |chip |gun |"
                      r"average |median )?(?:men|women|males?|females?|sexes|genders|"
                      r"medians?|averages?|means?|numbers?|figures?|values?|times|rates?|counts?|totals?|percentages?|"
                      r"paces?|results)\b|"
                      # ("could you send both of Michael Silva's Springfield marathon times, 2017 and 2022": his two)
                      r"of\b[^?,]{0,60}?\b(?:times|results|finishes|paces?)\b)(?:the |a |an )?[\w' \u2014\u2013,:()-]+? (?:and\b|&|\+)",
                      text)) and not POOLED_BOTH.search(text) and not rx.match(
            # ("in 2017 both Tampa and Tallahassee had a half marathon": the events told of, no runners of both)
            r"[^?.!]*?\b(?:had|held|hosted|offered|featured|included|have|hold|host|offer)\s+(?:a|an|their|its|races?|editions?)\b",
            text[m.end():]):
        # ("… (finished the 5K at both)": "both" said again)
        return Found(Cohort("both"), (*_all(r"\bboth\b", text), *_all(r"\band\b", text)))
    # "list everyone who finished the 5K at <A> AND <B> in 2025" (the events blanked out): the people of both, by name
    if m := rx.search(rf"\b(?:everyone|everybody|anyone|anybody|people|runners|those|the ones) who (?:finished|ran|did|completed|"
                      rf"raced)(?: the {RACE_SAID}(?: race)? (?:at|in))?(?: the)?\s{{3,}}(?:and|&)(?: also)?(?: the)?(?=\s{{3,}})",
                      text):
        return Found(Cohort("both"), (m.span(),))
    # "how many runners ran <A> and <B> in the same year" (the events blanked out): runners of both, one year
    # ("ran the tampa marathon full and the tallahassee half in the same year": a race said after each)
    if m := rx.search(rf"\b(?:ran|run|finished|did|done|completed|raced|entered)(?:\s+the)?\s{{3,}}(?:{RACE_SAID}(?: race)?\s+)?and"
                      rf"(?:\s+the)?\s{{3,}}[^?]*?\b(?:in|within|during) the same (?:calendar )?year\b", text):
        return Found(Cohort("both"), (*_all(r"\band\b", text[:m.end()]),))
    # "2022 two-event finishers", "the three-race finishers": runners of exactly that many different events
    if m := rx.search(rf"\b{_NUM}[- ](?:events?|races?) (?:finishers|runners|people|folks|athletes|participants)\b", text):
        return Found(Cohort("min_finishes", number(m.group(1)), distinct_events=True, exact=True), (m.span(),))
    if any_one:   # "runners from Wisconsin who have finished at least one of our races": each once
        return Found(Cohort("min_finishes", 1), (any_one[0].span(), *_all(r"\bhave\b", text)))
    return None


# ---- rankings of a dimension ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Ranking:
    """One row per value of a dimension, ordered by a measure: "which event had the most finishers"."""

    dimension: str       # "event" | "year" | "age_group" | "race" | "state" | "city" | "month"
    measure: str         # "count" | "dnf" | "dnf_rate" | "dns_rate" | "avg_time" | "median_time" | "max_time" | "min_time" |
    #                      "avg_age" | "median_age" | "people" |
    #                      "change" (a year's count minus the year before's) |
    #                      "events" | "states" | "cities" (its runners' different home states or cities)
    descending: bool = True
    limit: int = 1
    size: bool = False   # "biggest/smallest": a group's size is its finishers
    min_group: int = 0   # only groups of at least this many results (0: every group)
    max_group: int = 0   # only groups of at most this many ("age groups with fewer than 3 finishers"; 0: no limit)
    group_people: bool = False   # the group's size counts different runners ("at least 10 runners"), not results
    group_counts: str = "results"   # "finishers" | "starters" | "results": which of a group's results its size counts
    counted: bool = False   # "how many age groups had 20+ finishers": the number of groups kept, not their rows
    both_ends: tuple[str, ...] = ()   # "which years had the biggest and the smallest fields": the first ``limit`` of each
    #                                   end, each row labelled by the word said of its end ("biggest", "smallest")


_DIMENSION_WORDS = (
    (r"event[- ]editions?|race[- ]editions?", "edition"),   # "the 3 biggest event editions": one event in one year
    (r"age[- ]?groups?(?: (?:divisions?|categories|category|buckets?|brackets?))?|age[- ]?group divisions?|divisions?",
     "age_group"), (r"(?:home )?states?", "state"),
    (r"(?:home ?)?(?:cities|city|towns?|hometowns?)", "city"), (r"years?|editions?", "year"),
    # ("which last name had the most finishers", "how many family groups": families, told apart by their last name)
    (r"(?:last|family) ?names?|surnames?|family groups?|famil(?:y|ies)", "last_name"),
    # ("the busiest minute at the finish", "in how many clock minutes": the time of day finishers crossed the line)
    (r"(?:(?:clock|wall[- ]clock) )?minutes?(?: (?:of|on) the (?:wall[- ])?clock)?", "clock_minute"),
    (r"(?:(?:clock|wall[- ]clock) )?hours?(?: (?:of|on) the (?:wall[- ])?clock)?", "clock_hour"),
    (r"months? of the year|calendar months?", "month_of_year"), (r"months?", "month"), (r"races?|distances?", "race"),
    (r"events?", "event"), (r"seasons?", "season"),
)


_DIMENSIONS = "|".join(pattern for pattern, _ in _DIMENSION_WORDS)
CLOCK_DIMENSIONS = ("clock_minute", "clock_hour")   # the time of day at the finish line: the race's start plus the gun time


# the two ends of a ranking said together ("the biggest and the smallest")
_HIGH_END = r"most|largest|biggest|highest|busiest"
_LOW_END = r"fewest|(?<!\bat )least|smallest|lowest|quietest"
RANK_ALL = 100   # "rank our events by finishers": every value, at most this many
# every group of a ranking asked for ("… the most? rank them all", "rank by total finishes")
RANK_EVERY = (r"\brank (?:them|these|those|all(?: of them| (?:two|three|four|five|six|seven|eight|[2-9]))?|every(?: one)?|each)\b|"
              r"\brank(?:ed)? (?:them )?by\b")
# an hour or minute of a race's own clock ("in which hour on the gun clock did the most finish"), not the time of day at
# the finish line: finish-time bands, not read as clock_minute / clock_hour
_RACE_CLOCK_SAID = r"\bgun[- ]clock\b|\bon the gun\b|\belapsed\b|\binto the race\b|\bafter the (?:gun|start)\b|" \
                   r"\bof (?:gun|chip|net|finish(?:ing)?) time\b|\brace(?:'s)? (?:own )?clock\b|\bof the race\b|\brace time\b"


def race_clock_said(dimension: str, text: str) -> bool:
    """Whether ``dimension`` is a clock at the finish line (``CLOCK_DIMENSIONS``) while ``text`` speaks of the race's
    own clock ("which hour of the race"): then it is no time of day, and not read as one."""
    return dimension in CLOCK_DIMENSIONS and bool(rx.search(_RACE_CLOCK_SAID, text))
_STATE_NAMES = "|".join(US_STATES)   # "which New Hampshire city": the state is a filter of its own (read by the parser)


def find_ranking(text: str) -> Found | None:
    """ "which X had the most/fewest …", "biggest/largest/smallest age group", "top N home states"; of a later sentence
    too, when the first names a dimension it ranks by nothing ("Which states do our runners come from? Top 5 states by
    unique runners."); "how many age groups had 20 or more finishers": the groups of that size, counted."""
    if found := _groups_counted(text):
        return found
    if found := _find_ranking(text):
        if found.value.limit == 1 and (more := rx.search(r"[?.!,;]\s*(?:the |give me the |show the |just the )?top "
                                                         r"(\d+|three|five|ten)\s*(?:[?.!]*\s*$|,)", text)):
            # "Which states send us the most runners? top 5", "…, top 5, excluding Illinois": the five, not the one
            return Found(replace(found.value, limit=number(more.group(1))), (*found.spans, more.span()))
        if found.value.limit == 1 and (every := rx.search(r"[?.!]\s*(?:then |and |now )?(?:rank|list|order) (?:all |every |each )?"
                                                          r"(?:the |our )?(?:[a-z]+ )?(?:cities|towns|states|age groups|events|"
                                                          r"races|years|editions|distances)\b|" + RANK_EVERY, text)):
            # ("Which Florida hometown ran the quickest …? rank the Florida cities by median …", "which of our events
            # pulled the most Wisconsin finishers? rank by total finishes", "… the highest percentage …? rank them":
            # every one, ranked)
            return Found(replace(found.value, limit=RANK_ALL), (*found.spans, every.span()))
        if found.value.limit == 1 and found.value.dimension in ("city", "state") and rx.search(
                r"\b(?:which|what) (?:home |different )?(?:cities|towns|states|hometowns)\b", text):
            # ("which Arizona cities sent the most finishers": the cities, each with its count, most first — never one)
            return Found(replace(found.value, limit=RANK_ALL), found.spans)
        return found
    for said in rx.finditer(r"[?.!]\s+", text):
        if found := _find_ranking(text[said.end():]):
            return Found(found.value, tuple((start + said.end(), end + said.end()) for start, end in found.spans))
    # "What states do X runners come from? top 5": the dimension asked first, its top N after it
    if (asked := rx.search(r"\b(?:what|which) ((?:home )?(?:states|cities|age groups))\b[^?]*\?\s*(top (?:\d+|three|five|ten))\b",
                           text)) and (found := _find_ranking(f"{asked.group(2)} {asked.group(1)}")):
        return Found(found.value, (asked.span(1), asked.span(2)))
    return None


def _groups_counted(text: str) -> Found | None:
    """ "how many age groups had 20 or more finishers", "in how many of our events were there over 500 finishers",
    "number of age groups with 3 or more finishers": the groups of a dimension with at least that many, counted (no
    group said: nothing)."""
    dims = _DIMENSIONS
    # ("how many age groups in the half marathon had 3 or more finishers": the race said between)
    said = rx.search(rf"\bhow many (?:(?:of (?:our|the|its|their) )|different |separate )?(?P<dim>{dims})\b"
                     rf"(?: (?:in|at|of|for) [^?]{{1,40}}?(?= (?:had|have|has|saw|drew|got|with|having)\b))?(?: (?:did|do|does) "
                     rf"(?:we|they|it) have)?(?:,? (?:that|which))? (?:(?:had|have|has|saw|drew|got|with|having|featured) "
                     rf"|(?:were|was) there )?(?:{_AT_LEAST}|{_AT_MOST}) {_COUNTED}", text) or \
        rx.search(rf"\bin how many (?:(?:of (?:our|the|its|their) )|different |separate )?(?P<dim>{dims})\b(?: (?:did|do|does|was|"
                  rf"were|is|are)\b)?[^?]{{0,80}}?\b(?:{_AT_LEAST}|{_AT_MOST}) {_COUNTED}(?: (?:cross|finish|come in)(?: the (?:finish )?line)?\b)?", text) or \
        rx.search(rf"\b(?:the )?(?:number|count) of (?P<dim>{dims}) (?:with|having|that had|which had) (?:{_AT_LEAST}|{_AT_MOST}) {_COUNTED}", text)
    if not said:
        return None
    dimension = next(name for pattern, name in _DIMENSION_WORDS if rx.fullmatch(pattern, said.group("dim")))
    if race_clock_said(dimension, text):
        return None
    return Found(sized(Ranking(dimension, "count", True, RANK_ALL, counted=True), said), (said.span(),))


# "(one edition)": a ranking of events that is of their editions
_ONE_EDITION_SAID = r"\(\s*(?:one|a single|single|1) (?:edition|year)\s*\)"


def _find_ranking(text: str) -> Found | None:
    dims = _DIMENSIONS
    # "which men's age group": a sex before the dimension is a filter of its own (read by the parser)
    head = rx.search(  # "which single edition had the most …" (no event named after it): one event in one year
                     # "which month is busiest for us by number of finishers"
                     r"\b(?:which|what) (?:calendar )?(?P<bz>months?|years?|seasons?|(?:clock )?minutes?|(?:clock )?hours?)(?: of the year)? (?:is|was|are|were) "
                     r"(?:(?:usually|typically|normally|generally) )?(?:the |our )?busiest\b|"
                     # ("which single race had the worst DNF rate": one race of one edition, said so by the parser)
                     # ("what's the biggest single edition we've ever timed, by finishers": one event in one year)
                     r"\b(?:which|what|(?:what'?s|what is|what was|which was|which is|when was|where was) (?:the |our )?(?:biggest|largest|"
                     r"smallest)) "
                     r"(?:single |one |individual )(?P<e>edition|event|race)\b(?! of (?:the |our )?\s{3})|"
                     # ("… fastest times, with who and what year, fastest first": a column of the times asked)
                     rf"(?<!who and )(?<!with )\b(?:which|what)(?:\s+(?P<m>(?!20\d\d\b)\d+|two|three|four|five|ten))?(?:\s+(?:of our|of the))?(?:\s+20\d\d)?"
                     rf"(?:\s+(?:men'?s|women'?s|male|female))?(?:\s+(?:{_STATE_NAMES}))?\s+(?P<a>{dims})\b"
                     r"(?![- ](?:winners?|champions?)\b)|"   # ("which age-group winner was the youngest": a winner)
                     # ("top 5 age group winners in the F40-44": runners, not age groups)
                     # ("our top 5 runner hometowns": where the runners live)
                     rf"\b(?:top|bottom) (?P<n>\d+|three|five|ten) (?:(?:{_STATE_NAMES}) |\s{{3,}})?"
                     rf"(?:(?:runner|finisher|participant|athlete)s?['\u2019]? (?=(?:home ?)?(?:states?|cities|towns|hometowns)\b))?(?P<b>{dims})\b"
                     r"(?![- ](?:winners?|champions?|finishers?|runners?|placers?)\b)|"
                     # "where did runners come from? top states": the states ranked, every one
                     r"\btop (?P<h>(?:home )?(?:states|cities|age ?groups))\b|"
                     # "worst 5 races for DNF rate": the worst said with the count
                     rf"\b(?:worst|best) (?P<l>\d+|three|five|ten) (?P<x>{dims})(?= (?:for|by|in terms of|on)\b)|"
                     rf"\b(?:biggest|largest|smallest) (?P<c>{dims})\b|"
                     # "the most common age group among marathon finishers": the one with the most
                     rf"\b(?:most|least) (?:common|popular|frequent|represented) (?P<p>{dims})\b|"
                     rf"\b(?:rank|order|sort)(?:ed|ing)?\s+(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:our\s+|the\s+|its\s+)?(?:(?:last|this) year'?s\s+|20\d\d\s+)?"
                     rf"(?:top\s+)?(?:(?P<q>\d+|two|three|four|five|six|ten)\s+)?"
                     # ("rank the women's 40-and-over age groups by median time": the sex and ages are filters of their own)
                     rf"(?:(?:men'?s|women'?s|male|female|masters?)\s+)?(?:\d\d(?:\+|-and-over|-plus| and over| and up)\s+)?"
                     rf"(?:(?:{_STATE_NAMES})\s+)?"   # ("rank the Kentucky home cities": the state a filter of its own)
                     # ("rank the years from fastest to slowest median finish time")
                     rf"(?P<r>{dims})\b(?=[^?]*?\b(?:by|most|fewest|largest|smallest|biggest|highest|lowest|fastest|slowest|"
                     r"quickest)\b)|"
                     # "pittsburgh shamrock: the 3 years with the highest DNF rate"
                     rf"(?:^|[:;,]\s*|\s{{3,}})(?:the\s+)?(?:(?P<k>\d+|two|three|four|five|ten)\s+)?(?P<w>{dims})\s+"
                     r"(?:with|w/|that had|having|that (?:sent|send|brought|bring|drew|draw|produced|gave)(?: us)?)\s+(?:the\s+)?"
                     r"(?:most|fewest|highest|lowest|worst|best)\b|"
                     # "slowest age group by median marathon time": the superlative said before the dimension
                     r"\b(?:fastest|slowest)\s+(?P<s>age ?groups?|divisions?|(?:home )?states?)\b|"
                     r"\b(?:busiest|peak)\s+(?:calendar\s+)?(?P<u>months?|years?|seasons?|(?:clock )?minutes?|(?:clock )?hours?)\b|"   # "what was our busiest month": the most finishers
                     # ("what was our best year ever for total finishers", "our worst season by turnout": its size)
                     r"\b(?P<bw>best|worst|strongest|weakest|record|quietest|slowest) (?P<bwd>years?|months?|seasons?)(?= (?:ever |on record )?"
                     r"(?:for|by|in terms of) (?:total |overall |the )?(?:number of )?(?:finishers|runners|entries|entrants|"
                     r"participants|participation|turnout|attendance)\b)|"
                     # "the most finishers crossing in a single clock minute": that minute
                     r"\b(?:most|max(?:imum)?|peak|highest number of|biggest number of)\b[^?]{0,60}?\b(?:in|within|during) (?:a |any |one |"
                     r"any one |a single |one single )(?P<sm>(?:(?:clock|wall[- ]clock) )?(?:minute|hour))\b|"
                     # "Of our 2025 events, which one had …"; "which single edition of any of our events had …"
                     # "Among age groups with at least 20 finishers, which one …"
                     # ("Of the three races at the 2018 Manchester Half Marathon, which had …": its races)
                     rf"\b(?:of|among) (?:(?:our|the|its|all (?:of )?(?:our|the)|all)\s+)?(?:(?:two|three|four|five|[2-5])\s+)?(?:20\d\d\s+)?(?P<o>{dims})"
                     # ("among age groups with at least 10 finishers, which three had …": three of them)
                     r"(?:\s+(?:with|having|that had|at|in)\b[^,?]{0,100})?,?\s+(?:which|what)(?:\s+(?P<j>\d+|two|three|four|five|"
                     r"ten))?(?: ones?\b|(?= (?:had|has|have|was|were|ran|run|posted|showed|produced)\b))|"
                     r"\b(?:which|what) (?:single |one )?(?P<d>edition)s? of (?:any of )?(?:our|the) (?:events|races)\b|"
                     # "least attended event we've timed since 2022": attendance is an edition's (one event in one year)
                     r"\b(?:least|most|best|worst|poorest)[- ]attended (?P<t>events?|editions?)\b|"
                     # "avg chip time by age group 2024 tacoma half, desc": every group, in the order said
                     # ("DNF rate per event in 2024, highest first")
                     rf"\b(?:by|per|for each(?: of (?:our|the))?) (?P<y>{dims})\b(?=[^?]*?(?:\?\s*)?(?:\b(?:sorted|ordered)\b[^?]*)?\b(?:desc|"
                     r"descending|asc|ascending|"
                     r"(?:highest|lowest|most|fewest|largest|smallest|biggest|oldest|youngest) first)\b)|"
                     # "Editions of the San Jose 5K ranked by average age": the dimension said before "ranked by"
                     rf"^\W*(?P<z>{dims})\b[^?]{{0,60}}?\b(?:ranked|sorted|ordered) by\b|"
                     # "rank finishers from Georgia, Tennessee and Alabama by state median time": the states ranked
                     r"\b(?:rank|order|sort)(?:ed|ing)?\b[^?]{0,160}?\bby (?:their |each |the )?(?P<v>(?:home )?(?:state|city))(?:'s)?"
                     r"(?= (?:median|average|mean|avg)\b)|"
                     # "the biggest field we've ever had at a single event": the edition (one event in one year)
                     # ("biggest 5K field ever at <event, blanked out>": its editions, by the year)
                     r"\b(?:biggest|largest|smallest) (?:(?:5 ?k|10 ?k|half(?: marathon)?|(?:full )?marathon|1 mile|mile) )?"
                     r"(?P<g>field|turnout)\b|"
                     # "which <Houston Turkey Trot, blanked out> had the most runners": which of its editions
                     r"\b(?:which|what)(?P<f>\s{3,})(?=(?:edition |year )?(?:had|drew|got|saw|was|were)\b)",
                     text)
    if not head:
        return None
    said = head.group("a") or head.group("b") or head.group("x") or head.group("h") or head.group("c") or head.group("r") or head.group("w") or \
        head.group("s") or head.group("u") or head.group("o") or head.group("d") or head.group("e") or head.group("y") or \
        head.group("v") or head.group("z") or head.group("p") or head.group("bz") or head.group("sm") or head.group("bwd") or "edition"
    dimension = "race" if head.group("e") == "race" else "year" if head.group("g") and rx.search(
        r"\b(?:at|of|in) (?:the\s+)?\s{3}", text[head.end():]) else "edition" if head.group("d") or head.group("e") or \
        head.group("f") or head.group("t") or head.group("g") else next(
        name for pattern, name in _DIMENSION_WORDS if rx.fullmatch(pattern, said))
    if race_clock_said(dimension, text):
        return None
    if dimension == "race" and rx.search(r"\bof (?:our|your) (?:[\w'-]+ ){0,3}?races\b", head.group(0)):
        # "which of our races has she done the most", "which of our Mother's Day races …": the company's races are its
        # events; "… list every event and race": each race of each event, its years pooled
        dimension = "event_race" if rx.search(r"\bevent (?:and|&|\+|/) race\b|\beach race (?:of|at) each event\b", text) \
            else "event"
    # ("our biggest event ever (one edition) in terms of total finishers": one event in one year)
    if dimension == "event" and rx.search(r"\bin (?:a|one) (?:single )?(?:year|edition)\b|\b(?:name|event),? ?(?:\+|and|&|,) ?"
                                          r"(?:the )?year\b|" + _ONE_EDITION_SAID, text):
        dimension = "edition"   # "which event had the most finishers in a single year? event and year"
    if head.group("y") and not rx.search(r"\bages?\b", text) and rx.search(r"\b(?:oldest|youngest) first\b", text):
        return None   # "finishers year by year, oldest first": in the order of time, not ranked by age
    if dimension == "month" and rx.search(r"\b(?:all|any|every) years?\b|\bacross (?:the |all )?years\b", text):
        dimension = "month_of_year"   # "what month do we hold the most events in, all years": a calendar month
    # where the words of the measure begin (said in the head: "the biggest single edition")
    offset = head.start() if head.group("s") or head.group("e") and rx.search(r"\b(?:biggest|largest|smallest)\b", head.group(0)) \
        else head.end()
    rest = text[offset:]
    # ("what was the biggest event every year": one ranking within each year, by its finishers)
    # ("how many finishers did the largest event have in 2024": that event's count, the ranking's own)
    if head.group("c") and dimension == "event" and not rx.search(r"\bfinishers\b|\bby\b|\b(?:each|every|per|in each) "
                                                                  r"(?:year|season|month)\b", rest) and not rx.search(
            r"\bhow many\b[^?]*\b(?:did|does|do|had|has|have)\s+(?:the|our)\s+$", text[:head.start()]):
        if not rx.search(r"\b(?:smallest|tiniest)\b", text):
            return None  # "our biggest events": events by field size, a list of its own (nlq.sqlbuild)
        # ("what was our smallest event ever", "our biggest event ever, and our smallest": its editions by finishers —
        # the list is the biggest first, and had answered the smallest with it)
        dimension = "edition"
    # "which of our events had more finishers": a comparative over every value is the superlative
    superlative = r"\b(?:most|fewest|least|highest|lowest|biggest|largest|smallest|fastest|slowest|quickest|more|fewer|worst|best|busiest|" \
                  r"oldest|youngest|bigger|larger|smaller|higher|lower|peak|maximum)\b"
    if (head.group("a") or head.group("o") or head.group("d") or head.group("e") or head.group("f")) and \
            not rx.search(superlative, rest) and \
            not head.group("r"):
        return None  # "which events did we time in 2023" is a list, not a ranking
    spans = [head.span(), *_all(_ONE_EDITION_SAID, text)]
    said_limit = head.group("n") or head.group("m") or head.group("k") or head.group("q") or head.group("l") or \
        head.group("j")   # "top 3 states", "which 5 home cities"
    if not said_limit and (many := rx.search(rf"\btop (\d+|two|three|four|five|ten) (?:{dims})\b|\b(\d+|two|three|four|five|ten) "
                                             rf"(?:fastest|slowest|biggest|largest|smallest|busiest|oldest|youngest|highest|"
                                             rf"lowest|(?:most|least) (?:common|popular|frequent|represented)) (?:{dims})\b|"
                                             # "rank the home states by distinct runners, top 3"
                                             r"[,;:(-]\s*(?:just |only |(?:show|give|list)(?: me| us)? )?(?:the )?top (\d+|two|"
                                             r"three|four|five|ten)"
                                             r"(?: only)?\s*\)?\s*(?:[?.!]\s*)?$", text)):
        # "… give the 3 slowest age groups", "… Top 3 age groups with counts"
        said_limit = many.group(1) or many.group(2) or many.group(3)
        spans.append(many.span())
    # "which year had the slowest …? rank the years, slowest first": every one, ranked
    ranked_in_head = head.group("r") or head.group("y") or head.group("v") or head.group("z") or head.group("h")
    rank_all = ranked_in_head or rx.search(rf"\brank(?:ed|ing)?\s+(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:our\s+|the\s+)?"
                                           rf"(?:{dims})\b|\brank (?:them|these|those|'em)(?: all)?\b|\brank all of (?:them|these)\b|"
                                           # ("… list every event and race, largest first")
                                           r"\b(?:list|show|give)(?: me| us)? (?:every|all|each)(?: of (?:them|the))?\b", text)
    if rank_all and not ranked_in_head:   # ("rank them all": read here)
        spans.append(rank_all.span())
    # ("what states did they come from? only states with at least 5 finishers": a group's size, no order — every one)
    sized_only = not head.group("bw") and not rx.search(superlative.replace("least", "(?<!\\bat )least"), head.group(0) + rest)
    # ("which months are busiest": a calendar's few months or years, every one in order; "busiest season? total
    # finishers by season": every season asked for, the busiest first)
    calendar = head.group("bz") or head.group("u") or head.group("bwd") or ""   # (months, years, seasons … said so)
    limit = number(said_limit) if said_limit else RANK_ALL if rank_all or sized_only or calendar.endswith("s") or (
        calendar and rx.search(rf"\b(?:by|per|for each|each) {re.escape(said.removesuffix('s'))}s?\b", text)) else \
        5 if said.endswith("s") and (head.group("c") or head.group("p")) else 1
    # "from most finishers to fewest", "largest first": an order said from both ends is its first end's
    ends = rx.search(r"\b(most|largest|biggest|highest|fewest|(?<!\bat )least|smallest|lowest)\b[^?]{0,30}?\bto (?:the )?"
                     r"(?:most|largest|biggest|highest|fewest|least|smallest|lowest)\b|"
                     r"\b(most|largest|biggest|highest|fewest|least|smallest|lowest) first\b", text)
    # "…, desc", "sorted ascending": the order said as a list's
    order = rx.search(r"(?:\b(?:sorted|ordered)\b[^?]*?)?\b(desc|descending|asc|ascending)\b(?: order)?", text)
    if head.group("y"):   # the measure said before the grouping, or after it ("for each event, the DNS rate")
        offset, rest = 0, f"{text[:head.start()]} {text[head.end():]}"
    if order:
        descending = order.group(1).startswith("desc")
        spans.append(order.span())
    elif ends:
        descending = (ends.group(1) or ends.group(2)) in ("most", "largest", "biggest", "highest")
        spans.append(ends.span())
    # ("… among states with at least 20 finishers": a group's size, never the order)
    elif rx.search(r"\bsmallest\b|\bsmaller\b|\bfewest\b|\bfewer\b|(?<!\bat )\bleast\b|\blowest\b|\blower\b", text):
        descending = False
    else:
        descending = True
    # "the biggest and the smallest", "which had the most finishers and which the fewest": both ends, each its own row
    both_ends = not (order or ends) and rx.search(rf"\b(?P<h>{_HIGH_END})\b[^?.]{{0,90}}?\b(?:and|&|/|or|vs\.?|versus)\b"
                                                 rf"[^?.]{{0,40}}?\b(?P<l>{_LOW_END})\b|\b(?P<l2>{_LOW_END})\b[^?.]{{0,90}}?\b(?:and|&|/|"
                                                 rf"or|vs\.?|versus)\b[^?.]{{0,40}}?\b(?P<h2>{_HIGH_END})\b", text)
    if both_ends:
        spans.append(both_ends.span())
    if head.group("t"):
        descending = not rx.search(r"\b(?:least|worst|poorest)[- ]attended\b", text)
    if head.group("bw"):   # ("our worst year for finishers": the fewest)
        descending = head.group("bw") in ("best", "strongest", "record")
    if rx.match(r"bottom\b", head.group(0)):   # "bottom 3 states by finishers": the fewest first
        descending = False
    measure = "count"
    if rx.search(r"\b(?:dns|no[- ]shows?)(?: \((?:dns|no[- ]shows?)\))? (?:rates?|percentages?)\b", rest):
        measure = "dns_rate"   # "which event had the lowest no-show rate": DNS ÷ entries
        spans += _all(r"\b(?:dns|no[- ]shows?)(?: \((?:dns|no[- ]shows?)\))? (?:rates?|percentages?)\b", text)
        descending = not rx.search(r"\bbest\b", head.group(0) + rest) if rx.search(r"\b(?:worst|best)\b", head.group(0) + rest) else descending
    elif rx.search(r"\b(?:finish(?:ing)?|completion) (?:rates?|percent(?:age)?s?)\b", rest):
        measure = "finish_rate"   # "which single race had the best finish rate": finishers ÷ starters, the best highest
        descending = not rx.search(r"\bworst\b", head.group(0) + rest) if rx.search(r"\b(?:worst|best)\b", head.group(0) + rest) \
            else descending
    elif rx.search(r"\bdnf(?: \((?:dnf|did not finish)\))? rates?\b|\b(?:highest|higher) dnf\b|\bpercent(?:age)? of dnfs?\b",
                   rest):
        measure = "dnf_rate"
        descending = not rx.search(r"\bbest\b", head.group(0) + rest) if rx.search(r"\b(?:worst|best)\b", head.group(0) + rest) else descending
    elif rx.search(r"\bdnfs?\b|\bdid not finish\b", rest):
        measure = "dnf"
    elif gap := rx.search(r"\b(average|avg|mean|median)?[\w -]{0,12}?\b(?:gun[- ](?:(?:minus|to|vs\.?)[- ])?chip|gun and chip|"
                          r"chip and gun)\b(?: times?)?(?: gap| difference| spread)?|\b(average|avg|mean|median)?\s*(?:start(?:ing)? )?"
                          r"(?:gap|difference|delay) between (?:the )?gun and (?:the )?chip\b", rest):
        # "which race has the biggest average gun-minus-chip gap": ranked by the gap itself (it ranked by chip time)
        measure = "median_gap" if (gap.group(1) or gap.group(2)) == "median" else "avg_gap"
        spans.append((offset + gap.start(), offset + gap.end()))
    elif age := rx.search(r"\b(oldest|youngest|highest|lowest)? ?(?:average|avg|mean|median) (?:finisher'?s?'? |runner'?s?'? )?age\b|"
                          r"\b(oldest|youngest) (?:field|crowd|runners on average|finishers on average)\b",
                          rest):   # "which event has the oldest average finisher age", "the youngest field"
        # ("the lowest median finisher age": the median, never the average in its place)
        measure = "median_age" if rx.search(r"\bmedian (?:finisher'?s?'? |runner'?s?'? )?age\b", rest) else "avg_age"
        descending = not rx.search(r"\b(?:youngest|lowest)\b", rest)
        # ("which events had the oldest finishers? rank them by average age, oldest first": the order said)
        spans += [(offset + age.start(), offset + age.end()), *_all(r"\b(?:oldest|youngest) (?:first|finishers|runners|"
                                                                       r"fields?)\b", text)]
    elif median := rx.search(r"\b(fastest|quickest|slowest|lowest|highest)\b[\w (,]{0,24}?\bmedian\b|\bmedian [\w -]*?time\b.*\b(fastest|quickest|slowest)\b",
                             rest):
        measure, descending = "median_time", (median.group(1) or median.group(2)) in ("slowest", "highest")
        spans.append((offset + median.start(), offset + median.end()))
    elif median := rx.search(r"\bby (?:their |the )?median [\w -]*?time\b", text):   # "rank … by median time": fastest first
        # ("which age group was slowest in the 5K …, by median chip time": slowest first)
        measure, descending = "median_time", bool(rx.search(r"\b(?:slowest|highest|longest)\b", text))
        spans.append(median.span())
    elif rx.search(r"\bby (?:their )?(?:average|avg|mean) [\w -]*?time\b", text) and not rx.search(
            r"\b(?:fastest|slowest|lowest|highest)\b", rest):   # "rank … by average finish time": fastest first
        measure, descending = "avg_time", False
    elif m := rx.search(r"\b(fastest|slowest|highest|lowest|longest|shortest|quickest|best|worst|greatest|largest|biggest|"
                        r"smallest) (?:average|avg|mean)\b(?! age\b)|\b(?:average|avg|mean) [\w -]*?time\b.*\b(fastest|"
                        r"slowest|lowest|highest)\b|\b(fastest|slowest|quickest)\b", rest):
        measure = "avg_time"   # "which age group had the highest average finish time": the slowest
        word = next(g for g in m.groups() if g)
        descending = word in ("slowest", "highest", "longest", "worst", "greatest", "largest", "biggest")
    elif rx.search(r"\b(?:most|fewest|more|fewer)\s+(?:of\s+our\s+)?events\b", rest) or dimension == "event" and rx.search(
            r"\b(?:held|run|timed|put on|staged|hosted)\b[\w ]{0,12}?\b(?:the )?(?:most|fewest|more|fewer)(?: times| years| often)?\b|"
            r"\b(?:most|fewest|more|fewer) (?:editions|years|times)\b", rest):
        # "which month do we time the most events in": events counted, not results; "which event has been held the
        # most times / has the most editions": an event's editions
        measure = "events"
    elif places := rx.search(r"\b(?:most|fewest|more|fewer|number of|count of|how many) (?:different |distinct |unique )?(?:home )?"
                             r"(states|cities|towns)\b", rest):
        # "which event drew runners from the most different home states": the places its runners come from, counted
        measure = "states" if places.group(1) == "states" else "cities"
    elif rx.search(r"\b(?:different|distinct|unique)\b|\b(?:number|count) of (?:people|persons|individuals)\b|"
                   r"\bpeople (?:who|that)\b", rest):
        # ("top 3 home states by number of people who finished one of our races": each person once)
        measure = "people"
    if head.group("y"):   # ("IQR of half times by age group, desc": a measure no ranking has is left unread)
        said_measure = rx.search(r"\b(average|avg|mean|median)\b[\w -]*?\btimes?\b|\b(fastest|quickest|slowest|std|"
                                 r"standard|iqr|inter-?quartile|percentile|pace|gap)", rest)
        if said_measure and said_measure.group(2):
            return None
        if said_measure:
            measure = "median_time" if said_measure.group(1) == "median" else "avg_time"
    spans += list(_all(r"\bmost\b|\bmore\b|\bfewer\b|\bfewest\b|\bleast\b|\bhighest\b|\blowest\b|\bbiggest\b|\blargest\b|"
                       r"\bworst\b(?= dnf)|\bbest\b(?= dnf)|"
                       r"\bsmallest\b|\bbigger\b|\blarger\b|\bsmaller\b|\bhigher\b|\blower\b|\bsent\b|\bhad\b|\bwas\b|\bthe\b|\bamong\b|\bof\b",
                       text))
    if least := find_group_size(text):
        spans.append(least.span())
        if least.re in (_HAD_SIZE, _HAD_AT_MOST):   # "which years had more than 500 finishers": every group of that size
            limit = limit if said_limit else RANK_ALL
    # a group's size: its finishers, unless its entries are said ("the 3 biggest editions by entries (any status)")
    size = bool(head.group("c") or rx.search(r"\b(?:bigger|larger|smaller)\b", rest)) and not rx.search(
        r"\b(?:entries|entrants|registrations|registrants|sign-?ups|fields?|any status|every status|all statuses)\b", text)
    ranking = Ranking(dimension, measure, True if both_ends else descending, limit, size=size, both_ends=(
        (both_ends["h"] or both_ends["h2"], both_ends["l"] or both_ends["l2"]) if both_ends else ()))
    return Found(sized(ranking, least) if least else ranking, tuple(spans))


# "counting only age groups with at least 20 finishers": the smallest group an average is taken over
# "among age groups with at least 20 finishers", "states having 10+ runners": a group noun or "only" says it
_GROUP_NOUNS = r"(?:age ?groups?|groups?|events?|races?|states?|cities|city|years?|divisions?)"
_N = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)"   # ("at least three finishers")
_AT_LEAST = rf"(?:at least (?P<least>{_N})|(?P<more>{_N}) or more|(?P<plus>\d+)\+|(?:more than|over) (?P<above>{_N})|" \
            rf"min(?:imum)?(?: of)? (?P<minimum>\d+))"
# ("… with at least 50 half marathon finishes": the race counted said before)
# ("more than 500 women finishers": the group's size among the runners the question keeps)
_COUNTED = r"(?P<distinct>(?:different|distinct|unique|individual|separate) )?(?:(?:women|men|female|male) )?(?:(?:half[- ]marathon|" \
           r"full[- ]marathon|marathon|half|\d+ ?k|1 mile|mile) )?(?P<noun>finishers|runners|results|" \
           r"finishes|people|entrants|entries|participants|athletes|starters|registrations|registrants|sign-?ups)\b"
# "which years had more than 500 finishers": every group of that size
_HAD_SIZE = re.compile(rf"\b(?:had|have|has|saw|drew|got) {_AT_LEAST} {_COUNTED}")
# "which age groups had fewer than 3 finishers (no full set of awards)": every group that small
_AT_MOST = rf"(?:(?:fewer|less) than (?P<below>{_N})|(?:at most|no more than|not more than) (?P<most>{_N})|" \
           rf"(?P<orfewer>{_N}) or (?:fewer|less))"
_HAD_AT_MOST = re.compile(rf"\b(?:had|have|has|saw|drew|got|with|having|that (?:had|have|has)) {_AT_MOST} {_COUNTED}")
_GROUP_SIZES = (
    # ("top 3 cities by average time with at least 10 different runners": the size said with what it counts)
    # ("counting groups with at least 15?": the group's results)
    re.compile(r"\b(?:(?:counting|count|include|including|consider(?:ing)?) )?(?:(?:only|among|of) )?(?:count(?:ing)? )?"
               rf"(?:the )?(?:(?<=only ){_GROUP_NOUNS}?|{_GROUP_NOUNS})\s*(?:with|having|that (?:had|have|has)|\()\s*"
               rf"{_AT_LEAST}(?: {_COUNTED}|(?=\s*(?:[?.,;)]|$)))\)?"),
    re.compile(rf"\b(?:with|having) {_AT_LEAST} {_COUNTED}"),
    # ("ignore any group with fewer than 10 finishers": the groups of 10 or more)
    re.compile(rf"\b(?:ignor(?:e|ing)|skip(?:ping)?|drop(?:ping)?|exclud(?:e|ing)|leav(?:e|ing) out|not counting)(?: any| all| the)? "
               rf"{_GROUP_NOUNS} (?:with|having) (?:fewer|less) than (?P<fewer>\d+) {_COUNTED}"),
    _HAD_SIZE, _HAD_AT_MOST)


def find_group_size(text: str) -> re.Match | None:
    """The smallest group a ranking or a measure per group keeps, as said ("among age groups with at least 20
    finishers", "states having 10+ runners", "which years had more than 500 finishers")."""
    return next((said for pattern in _GROUP_SIZES if (said := pattern.search(text))), None)


def sized(ranking: Ranking, said: re.Match) -> Ranking:
    """``ranking`` over the groups of the size ``said`` (``find_group_size``) only: "at least 20", "20 or more", "20+"
    are 20, "more than 20" is 21, "fewer than 3" at most 2, "at most 3" / "3 or fewer" 3; "at least 10 runners" /
    "10 different finishers" count people, each once, "at least 10 results/finishes" results; "100 starters" count
    every status but DNS, "20+ finishers" (or finishes) finishers, "entries", "results", "runners" every result."""
    noun = said.group("noun")
    counts = {"group_people": bool(said.group("distinct") or noun in ("runners", "people", "participants", "athletes")),
              "group_counts": {"finishers": "finishers", "finishes": "finishers", "starters": "starters"}.get(noun, "results")}
    if said.groupdict().get("below") or said.groupdict().get("most") or said.groupdict().get("orfewer"):
        return replace(ranking, max_group=number(said.group("below")) - 1 if said.group("below") else
                       number(said.group("most") or said.group("orfewer")), **counts)
    at_least = said.group("least") or said.group("more") or said.group("plus") or said.group("minimum") if "least" in \
        said.re.groupindex else said.group("fewer")
    return replace(ranking, min_group=number(at_least) if at_least else number(said.group("above")) + 1, **counts)


# ---- difference between two groups ---------------------------------------------------------------------------
# how far apart two figures are, said of their gap: "how far apart", "how many seconds apart" (the parser reads it too)
HOW_FAR_APART = r"how (?:far|many (?:seconds|minutes)) apart"


def find_difference(text: str) -> Found | None:
    """ "men's avg chip minus women's avg chip", "the difference between women and men in median time": the two
    sexes compared, the first said minus the second (one row: each value and the difference)."""
    # ("masters men than masters women": the age is a filter of both, read by the parser)
    # ("the fastest woman than the fastest man": each sex's fastest time, set by the parser)
    # ("the median man than the median woman": each sex's median, read by the parser)
    # ("the 2024 men's winner": its year, read by the parser)
    # ("the M40-44 men than the F40-44 women": each sex's age group, read by the parser)
    sex = r"(?:20\d\d )?(?:(?:fastest|quickest|winning|top|average|avg|mean|median|typical) )?(?:(?:grand ?)?masters? |" \
          r"[mf]\d\d ?[-\u2013] ?\d\d )?" \
          rf"({'|'.join(SEX_OF_WORD)})(?:'s|s')?"
    # "how much faster were men than women": the slower's time minus the faster's (positive when they were faster)
    # ("how much faster per mile were the men than the women": a pace, read of its own)
    if m := rx.search(rf"\bhow (?:much|many (?:seconds|minutes)) (faster|quicker|slower)(?: per (?:mile|km|kilomet(?:er|re)))?"
                      rf"(?: on average| on avg)? "
                      rf"(?:were|was|are|did|ran) (?:the )?{sex}\b[^,?]{{0,40}}?\bthan (?:the )?{sex}\b", text):
        first, second = SEX_OF_WORD[m.group(2)], SEX_OF_WORD[m.group(3)]
        if first == second:
            return None
        order = (second, first) if m.group(1) in ("faster", "quicker") else (first, second)
        return Found(order, (m.span(), *_all(r"\bon average\b|\bin seconds\b|\bseconds\b|\brun\b|\bdid\b", text)))
    # "by how much per km were the women slower than the men": the comparative said after the first sex
    # "how far behind the men's winner was the women's winner": the second said minus the first
    if m := rx.search(rf"\bhow (?:far|much|many (?:seconds|minutes)) behind (?:the )?{sex}(?: winners?| champions?)? (?:was|were|did) "
                      rf"(?:the )?{sex}\b", text):
        if SEX_OF_WORD[m.group(1)] != SEX_OF_WORD[m.group(2)]:
            return Found((SEX_OF_WORD[m.group(2)], SEX_OF_WORD[m.group(1)]), (m.span(), *_all(r"\bgap\b|\bboth\b", text)))
    # ("by how much per km were the women slower at X?": than the other sex)
    if m := rx.search(rf"\bby how (?:much|many (?:seconds|minutes))(?: per (?:mile|km|kilomet(?:er|re)))? (?:were|was|did) (?:the )?"
                      rf"{sex}\b[^,?]{{0,30}}?\b(faster|quicker|slower)\b(?:[^,?]{{0,20}}?\bthan (?:the )?{sex}\b)?", text):
        first = SEX_OF_WORD[m.group(1)]
        second = SEX_OF_WORD[m.group(3)] if m.group(3) else "F" if first == "M" else "M"
        if first != second:
            order = (second, first) if m.group(2) in ("faster", "quicker") else (first, second)
            return Found(order, (m.span(), *_all(r"\bon average\b|\bin seconds\b|\bseconds\b", text)))
    # "median time men vs women, and how much faster were the men?": the other sex said before, by "vs"
    # ("… and how much faster the men were": the verb said after)
    if (m := rx.search(rf"\bhow (?:much|many (?:seconds|minutes)) (faster|quicker|slower) (?:(?:were|was|did) (?:the )?{sex}\b"
                       rf"(?! than\b)|(?:the )?{sex} (?:were|was|ran|are)\b(?! than\b))", text)) and rx.search(r"\b(?:men|males?)\b.{0,12}\b(?:vs\.?|versus|and)\s+(?:for )?(?:the )?"
                                                          r"(?:women|females?)\b|\b(?:women|females?)\b.{0,12}\b(?:vs\.?|"
                                                          r"versus|and)\s+(?:for )?(?:the )?(?:men|males?)\b", text[:m.start()]):
        said = SEX_OF_WORD[m.group(2) or m.group(3)]   # (the sex said before the verb, or after it)
        other = "F" if said == "M" else "M"
        order = (other, said) if m.group(1) in ("faster", "quicker") else (said, other)
        return Found(order, (m.span(),))
    if m := rx.search(rf"\bhow many (?:more|fewer) {sex}\b[^,?]{{0,40}}?\bthan (?:the )?{sex}\b", text):
        if SEX_OF_WORD[m.group(1)] != SEX_OF_WORD[m.group(2)]:   # "how many more women than men finished": a count
            return Found((SEX_OF_WORD[m.group(1)], SEX_OF_WORD[m.group(2)]), (m.span(),))
    # the order said with "minus" wins over the order of "men vs women … and the gap (women minus men)"
    m = rx.search(rf"\b{sex}\b[^,?]{{0,40}}?\bminus (?:the )?{sex}\b", text) or rx.search(
        rf"\b(?:difference|gap) (?:between|of) (?:the )?{sex} and (?:the )?{sex}\b|"
        # ("how many minutes separated the men's and women's winners")
        rf"\b(?:seconds|minutes|time) separat(?:ed|ing) (?:the )?{sex} (?:and|from) (?:the )?{sex}\b|"
        # ("median chip time for the men and for the women, and how far apart they were")
        rf"\b{sex} (?:vs\.?|versus|and|&) (?:for )?(?:the )?{sex}\b(?=[^?]*\b(?:difference|gap|{HOW_FAR_APART})\b)", text)
    if not m:
        return None
    first, second = (SEX_OF_WORD[word] for word in m.groups() if word)
    if first == second:
        return None
    return Found((first, second), (m.span(), *_all(r"\bdifference\b|\bgap\b|\bminus\b|\bin seconds\b|\bseconds\b|"
                                                   rf"\b{HOW_FAR_APART}(?: (?:they|the two) (?:were|are|was|is))?\b", text)))


# ---- change between two periods -------------------------------------------------------------------------------
# growth wondered in a yes/no question ("did we grow?", "was it up or down?") or told in a sentence of its own ("X shrank
# a lot in 2025, I think."): what the two years side by side will show, not a change asked for
_WONDERED_GROWTH = (r"(?<!much )(?<!many )(?<!what )(?<!percent )\b(?:did|has|have|was|were|is|are)\s+(?:(?:it|we|they|that|numbers|turnout|the (?:field|race|event|numbers?|"
                    r"turnout))\b|(?:the |our )?\s{3,}(?=\S))"   # (an event's name, blanked out: "did the Tacoma half grow")
                    r"[^?.!]{0,25}?\b(?:gr[eo]w(?:n)?|shr[iau]nk|go (?:up|down)|(?:gone|went) (?:up|down)|up or down|"
                    r"(?:get|got|gotten) (?:bigger|smaller|faster|slower)|drop(?:ped)?|rise|fall)\b(?: or (?:shr[iau]nk|gr[eo]w|fall|"
                    r"drop|bigger|smaller|faster|slower))?"
                    r"[^?.!]{0,60}\?|"
                    # ("Did the half marathon race at Greenville get faster or slower from 2023 to 2024?")
                    r"\b(?:did|has|have)\s+[^?.!]{0,150}?\b(?:get|got|gotten|become|became) (?:faster|slower|quicker|bigger|"
                    r"smaller)(?: or (?:faster|slower|quicker|bigger|smaller))?\b[^?.!]{0,80}\?|"
                    r"(?:^|[.!?]\s+)(?![^.!?]*\b(?:how|what|which|vs\.?|versus|compared)\b)[^.!?]*\b(?:gr[eo]w|shr[iau]nk|"
                    r"dropped|rose|fell)\b[^.!?]*[.!]")


# each year's figure asked for, a row each ("for each of those two years", "per year", "year by year")
_EACH_YEAR = r"\b(?:for |in )?each (?:of (?:those|these|the|both) (?:two|2) )?years?\b|\beach year'?s\b|\bper year\b|" \
             r"\bone row (?:per|for each|a) year\b|\byear by year\b|\bfor both years\b"


def find_percent_change(text: str) -> Found | None:
    """ "percent change from 2023 to 2024", "by how many did … grow or shrink from 2023 to 2025": (earlier,
    later) years; the answer carries the change and the percent change. Without "percent", "vs"/"compared"
    alone compare the two years side by side instead (a comparison, not a change)."""
    years = sorted({int(y) for y in rx.findall(r"\b(20\d\d)\b", text)})   # "(2024 count minus 2023 count)" said again
    if len(years) == 2 and (minus := rx.search(r"\b(20\d\d)(?: \w+){0,2} minus (?:the )?(20\d\d)\b", text)):
        # "give 2025 minus 2024 in seconds": the change from the second year said to the first
        return Found((int(minus.group(2)), int(minus.group(1))), (minus.span(), *_all(
            r"\bhow (?:did|has|have)\b|\bcompared?(?: with| to)?\b|\bchange[ds]?\b|\bgive\b|\bin seconds\b|\bseconds\b|"
            r"\bfrom\b|\bto\b|\bin\b", text)))
    percent = rx.search(r"\bpercent(?:age)?\b", text)
    # ("median time 2024 vs 2025 - how much faster was 2024 than 2025": the change, one row)
    # ("which event added the most finishers from 2023 to 2024", "top 3 by added finishers")
    added = r"\badd(?:ed|s)? (?:the )?(?:most|fewest|least|more|fewer)? ?(?:finishers|runners|entrants|starters|people)\b|" \
            r"\bby (?:added|gained) (?:finishers|runners|entrants|starters)\b"
    changed = rf"{added}|\bchange[ds]?\b|\bgr[eo]w(?:th|n)?\b|\bshr[iau]nk\b|\bup or down\b|\bincrease|\bdecrease|\blos[et]\b|\bgain(?:ed)?\b|" \
              r"\bdrop(?:ped)?\b|\brise\b|\brose\b|\bfell\b|\bhow many (?:more|fewer|less)\b|" \
              r"\bhow much (?:faster|slower|quicker)(?: or (?:faster|slower|quicker))? (?:was|were|did) (?:it in |the )?20\d\d\b|" \
              r"\bhow much (?:faster|slower|quicker) (?:was|were|did)\b[^?]{0,80}?\b20\d\d\b[^?]{0,30}?\b(?:than|compared (?:with|to)|" \
              r"vs\.?|versus) (?:in |the )?20\d\d\b|" \
              r"\bhow (?:much|many (?:seconds|minutes)) (?:faster|slower|quicker)\b[^?]{0,80}?\b(?:than|compared (?:with|to)|vs\.?|versus) " \
              r"(?:in |the )?20\d\d\b|" \
              r"\bhow (?:much|many (?:seconds|minutes))\b[^?]{0,80}?\bimprove[ds]?\b|\bimprove(?:d|ment)?\b[^?]{0,40}?\bby how " \
              r"(?:much|many (?:seconds|minutes))|" \
              r"\bhow (?:much|many years) (?:older|younger)\b|" \
              r"\b(?:more|fewer|less)\b[^?]{0,80}?\bby how (?:many|much)\b|" \
              r"\b(?:get|got|gotten|become|became)\s+(?:faster|slower|quicker|bigger|smaller|older|younger)\b[^?]{0,80}?\bby how " \
              r"(?:many|much)\b|\b(?:get|got|gotten|become|became)\s+(?:bigger|larger) or smaller\b|" \
              r"\bhow (?:did|has|have|does) [^?]{0,80}?\b(?:move[ds]?|shift(?:ed)?|evolve[ds]?)\b"
    # ("and how many years older the 2025 field was"; "more finishers in 2024 than 2023, and by how many")
    # ("average time 2024 vs 2025 and the difference": the two years and the change, one row)
    difference = rx.search(r"\b(?:and|with|plus|incl(?:uding)?) (?:the )?(?:difference|delta|gap)\b", text)
    if len(years) != 2 or not rx.search(changed + (r"|\bvs\.?\b|\bcompared\b" if percent or difference else ""), text):
        return None
    if not (percent or difference) and rx.search(r"\bvs\.?\b|\bversus\b|\bcompared\b", text) and not rx.search(
            changed, rx.sub(_WONDERED_GROWTH, " ", text)):
        # "finishers, 2025 vs 2024 — did we grow?", "X shrank a lot in 2025, I think. How many finished it in 2025 versus
        # 2024?": the two years side by side, a row each (the answer shows whether it grew); no change asked
        return None
    if not (percent or difference) and rx.search(_EACH_YEAR, text) and not rx.search(
            changed, rx.sub(_WONDERED_GROWTH, " ", text)):
        # "Did we grow between 2022 and 2024? finisher count for each of those two years": each year's figure, a row each
        return None
    spans = _all(r"\bpercent(?:age)?\b|\bchange[ds]?\b|\bgr[eo]w(?:th|n)?\b|\bshr[iau]nk\b|\bor\b|\bup or down\b|\blos[et]\b|"
                 r"\bgain(?:ed)?\b|\badd(?:ed)?\b|"
                 r"\bincreased?\b|\bdecreased?\b|\bby what\b|\bby how (?:many|much)\b|\bgo\b|\bin\b|\bbetween\b|"
                 r"\bvs\.?\b|\bcompared(?: with| to)?\b|\bhow many (?:more|fewer|less)\b|\bthan(?: in)?\b|"
                 r"\bdrop(?:ped|s)?\b|\brise\b|\brose\b|\bfell\b|\bfall\b|\bdid it\b|"
                 r"\bhow (?:much|many (?:seconds|minutes)) (?:faster|slower|quicker)(?: or (?:faster|slower|quicker))?\b|"
                 r"\bimprove(?:[ds]|ment)?\b|\bhow (?:much|many (?:seconds|minutes))\b|"
                 # ("did the median get slower between 2019 and 2024, and by how much")
                 r"\b(?:get|got|gotten|become|became)\s+(?:faster|slower|quicker|bigger|larger|smaller|older|younger)\b"
                 r"(?: or (?:smaller|faster|slower|quicker|older|younger)\b)?|\bmove[ds]?\b|\bshift(?:ed)?\b|\bevolve[ds]?\b|"
                 # ("give me both finisher counts and the difference": the two years' counts, which the change shows)
                 r"\bboth (?:the )?(?:[\w'-]+ )?(?:counts|numbers|figures|totals)\b", text) + ((difference.span(),) if difference else ())
    return Found(tuple(sorted(years)), spans)
