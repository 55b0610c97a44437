"""A named runner as the reference of a question, read from its text (names already blanked out by the parser); pure.

Two kinds, both asked at a results desk every week after a race:

- **the runners around her in her own race**: who finished ahead of her or behind her (by time, chip or gun as asked: a
  tie is neither), one place either side, the winner of her age group or sex, "how many finished ahead of James
  Perez", "who beat me by less than a minute" — each listed with the seconds apart from her time. She is the
  reference, never among the answer: before this reading her name was a filter, and "who won my age group" ranked
  her own wins (none, with full confidence);
- **her own finish against a reference**: her race's winning time, its finishers' average or median (of her sex or age
  group when said), or her own best or latest earlier finish of that event and distance ("how much slower was she than
  the winner", "how many seconds faster than my previous best").

Compared within her race (her distance on the day, ``nlq.sqlbuild`` joins on her own result, so a namesake in the
same race is a reference of their own); said back when she has no result there or no finish (``nlq.nothing_found``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlq import rx
from nlq.constructs import Found

SIDES = ("ahead", "behind", "next_ahead", "next_behind", "next_either", "winner", "to_winner", "to_place", "to_average", "to_median", "to_previous_best",
         "to_previous", "to_first", "to_best", "to_distance_best", "to_record", "to_old_record")
# her own result, with how far it was from a reference: in her race the winner's time, the field's average or median;
# of her own earlier finishes there (the same event and distance) her best, or the latest; her best there over every
# edition, or at her distance over every event ("her best 10K there, and how far off it was her 2025 run"); of everyone
# of her sex there, the course record (every edition), or the record before her edition ("by how much did he beat the
# old record")
REFERENCES = ("to_winner", "to_place", "to_average", "to_median", "to_previous_best", "to_previous", "to_first", "to_best",
              "to_distance_best", "to_record", "to_old_record")
# the references taken over the event's editions at her distance (not her race alone); her best at the distance, over
# every event
OVER_EDITIONS = ("to_previous_best", "to_previous", "to_first", "to_best", "to_distance_best", "to_record", "to_old_record")
SCOPES = ("overall", "sex", "age_group")


@dataclass(frozen=True)
class Rival:
    """The named runner as a reference: ``side`` the runners ahead of her, behind, one place just ahead or behind, or
    the winner — or, for one of ``REFERENCES``, her own finishes against that reference; ``scope`` whom she is
    compared among (overall, her sex, her age group)."""

    side: str     # one of SIDES
    scope: str    # one of SCOPES
    city: str = ""          # the runner's home city, said to pick her among namesakes ("Jason Hernandez of Dallas")
    within_s: float = 0.0   # only those this close to her time, in seconds ("who beat me by less than a minute")
    with_her: bool = False  # she is counted among them ("what percent of her age group finished at or ahead of her")
    place: int = 0          # to_place: the place whose time she is set against ("how far off third place in her group")

    def words(self, runner: str, listed: bool) -> str:
        """ "who finished ahead of Deborah Page in her age group, in her own race" for the explanation (``listed``: each
        runner's time apart from hers is given beside them)."""
        where = {"overall": "overall", "sex": "among runners of their sex", "age_group": "in their age group"}[self.scope]
        division = {"overall": "race", "sex": "sex", "age_group": "age group"}[self.scope]
        said = {"ahead": f"who finished ahead of {runner} {where}", "behind": f"who finished behind {runner} {where}",
                "next_ahead": f"one place ahead of {runner} {where}", "next_behind": f"one place behind {runner} {where}",
                "next_either": f"one place ahead of and one behind {runner} {where}",
                "winner": f"the winner of {runner}'s {division}"}.get(self.side)
        if said is None:   # her own result, and how far from the reference
            where = {"overall": "the race's", "sex": "the race's (of the runner's sex)",
                     "age_group": "the race's (of the runner's age group)"}
            reference = {"to_winner": "winning time", "to_average": "average finish time", "to_median": "median finish time"}
            if self.side in ("to_best", "to_distance_best"):
                where = "of that event and distance" if self.side == "to_best" else "at that distance, at any event"
                return f"each with {runner}'s best finish {where} and the seconds from it (0: the best itself)"
            if self.side in ("to_previous_best", "to_previous", "to_first"):
                earlier = {"to_previous_best": "best", "to_previous": "latest", "to_first": "first"}[self.side]
                return (f"each with the seconds from {runner}'s {earlier} earlier finish of that event and distance "
                        "(negative: faster)")
            if self.side in ("to_record", "to_old_record"):
                record = "the course record" if self.side == "to_record" else "the course record before that edition"
                return f"each with the seconds from {record} of that event and distance for {runner}'s sex (negative: faster)"
            if self.side == "to_place":
                among = {"overall": "in the race", "sex": "among the runner's sex in the race",
                         "age_group": "in the runner's age group in the race"}[self.scope]
                return f"each with the time of place {self.place} {among} and the seconds from it (positive: slower)"
            return f"each with the seconds from {where[self.scope]} {reference[self.side]} (positive: slower)"
        close = f" by {self.within_s:g} s or less" if self.within_s else ""
        if self.with_her:
            said = said.replace("who finished ahead of", "who finished at or ahead of").replace(
                "who finished behind", "who finished at or behind")
        return f"{said}{close}, in {runner}'s own race" + (f", each with the seconds apart from {runner}'s time" if listed else "")


# the runner referred to: a pronoun, or a name the parser blanked out (spaces, "'s" with it)
_REF = r"(?:me|him|her|them|us|\s{4,})"
_DIVISION = r"(?:age[- ]?group|ag|division|category|age class)"
_OWN = r"(?:my|her|his|their|\s{4,}(?:'s)?)"
_WINNER = re.compile(
    rf"\bwho (?:won|took|was first in|topped) (?:{_OWN}|that|this|the same|the) (?:own )?(?P<div1>{_DIVISION})\b|"
    # "X came 2nd in her age group at Y. Who won it?": the age group told
    rf"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth)(?: place)? (?:in|of) {_OWN} (?:own )?(?P<div4>{_DIVISION})\b"
    rf"[^?]*?[.!?]\s+(?:[^?]*?\b)?who (?:won|took|was first in) it\b|"
    rf"\bwho beat {_REF}(?: out)? for (?:the )?(?:(?P<div2>{_DIVISION}) )?(?:win|title|first(?: place)?|top spot|gold|victory)\b|"
    rf"\bwinner of {_OWN} (?P<div3>{_DIVISION})\b")
_NEXT = re.compile(
    rf"\b(?:one place|one spot|a place|right|just|immediately|directly) (?P<side>ahead of|in front of|before|behind|after) {_REF}|"
    rf"\b(?:finished|came in|crossed(?: the line)?|got in) (?:right |just |immediately |directly )(?P<side2>ahead of|in front of|"
    rf"before|behind|after) {_REF}")
_SIDE = re.compile(
    rf"\b(?P<ahead>(?:at or |level with or )?(?:ahead of|in front of)|faster than|beat|outran|outkicked|edged(?: out)?) {_REF}(?!\w)|"
    rf"\b(?:finished|came in|crossed(?: the line)?|got in) (?P<ahead2>before) {_REF}(?!\w)|"
    rf"\b(?P<behind>(?:at or )?behind|slower than) {_REF}(?!\w)|"
    rf"\b(?:finished|came in|crossed(?: the line)?|got in) (?P<behind2>after) {_REF}(?!\w)|"
    rf"\b(?:did|have|has) (?:i|she|he|they|\s{{4,}}) (?P<behind3>beat|outrun|pass)(?=\s*(?:$|[?.,;!]|at\b|in\b|on\b|"
    rf"overall\b|there\b))")
# "by less than a minute", "within 10 seconds of her": how close to her time
_WITHIN = re.compile(rf"\bby (?:less than|under|fewer than|no more than|at most|within) (?P<n>an?|one|\d+(?:\.\d+)?) ?"
                     rf"(?P<unit>minutes?|mins?|seconds?|secs?)\b|\b(?:less than|under|within) (?P<n2>an?|one|\d+(?:\.\d+)?) ?"
                     rf"(?P<unit2>minutes?|mins?|seconds?|secs?) (?:ahead of|behind|of|in front of) {_REF}")
# asked of other runners: their rows or their number
_ASKED = r"\b(?:who|whom|which|how many|how far|how much|how close|by how|how did|how does|list|name|names|anyone|anybody|everyone|" \
         r"people|runners|what (?:time|pace) would)\b"
# the time apart said with it: "and by how many seconds", "how far back"
_APART = re.compile(r"(?:,?\s*(?:and|&)\s+)?(?:by )?how (?:many (?:seconds|minutes)|much(?: time)?|far|close)(?: (?:back|behind|"
                    r"ahead|faster|slower|apart|off|was it))?\b|\b(?:how many )?seconds (?:back|behind|ahead|apart)\b")
_OVERALL = r"\boverall\b"
_BY_SEX = r"\bamong (?:the )?(?:women|men|females|males|girls|guys)\b|\b(?:women|men)'?s (?:race|field|division)\b|\bgender place\b"
_AGE_GROUP = rf"\b(?:in|for|of|within|won) {_OWN} (?:own )?{_DIVISION}\b|\b{_DIVISION} (?:win|title|place|podium)\b|" \
             r"\b(?:in|of) the [mf]?\d\d ?[-\u2013] ?\d\d\b|\bin the [mf]\d\d\b"


# "how much slower was she than the winner", "how far behind the age group winner", "how much faster than the average
# finisher": her time against a reference in her race
_GAP_TO = re.compile(r"\b(?:(?:how (?:much|many (?:seconds|minutes)|far)|by how much)\b[^?]{0,60}?\b(?:than|behind|back from|off|"
                     r"from|after)|how (?:did|does|do) [^?]{0,60}?\bcompare (?:with|to|against)) (?:the |my |her |his |their )?"
                     r"(?P<div>age[- ]?group |ag |division |women'?s |men'?s |overall |female |male )?"
                     r"(?P<ref>winner|winning time|leader|first place|champion|average|avg|mean|median|typical)"
                     r"(?: (?:finisher|runner|time|finish time|finishing time))?\b")


# "what was her time, and what was the average finish time for her age group in that race": her own finish beside
# the reference, no gap asked
_REFERENCE_OF_HER_GROUP = re.compile(rf"\b(?:the |an? )?(?P<ref>average|avg|mean|median|typical|winning) (?:finish(?:ing)? |chip |"
                                     rf"net )?time (?:for|of|in|among|within) {_OWN} (?:own )?(?P<div>{_DIVISION})\b")


# "how many seconds off the course record was he", "how close did he come to his own course record", "by how much did he
# beat the old record": against the fastest ever there of her sex (before her edition, for the old one)
_GAP_TO_RECORD = re.compile(r"\b(?:(?:how (?:much|many (?:seconds|minutes)|far|close)|by how much)\b[^?]{0,60}?\b(?:than|off|short of|"
                            r"from|behind|to|of)) (?:the |his |her |their |my |\s{4,}(?:'s)? )?(?:own )?(?:(?:men'?s|women'?s|"
                            r"overall) )?(?:\w+ )?course record\b|"
                            r"\b(?P<old>(?:beat|broke|broken|smashed|lowered|bettered|take off|took off|taken off|take down|took "
                            r"down|knock(?:ed)? off|shave[d]? off)) the (?:old|previous|former|existing) (?:(?:men'?s|women'?s) )?"
                            r"(?:\w+ )?(?:course record|mark)\b(?:[^?]{0,30}?\bby how (?:much|many (?:seconds|minutes)))?")
# "how many seconds faster was it than my previous best", "how much slower than last time": against her own earlier
# finishes there ("than the year before" is a change between two years, read by nlq.constructs)
_GAP_TO_EARLIER = re.compile(r"\b(?:how (?:much|many (?:seconds|minutes)|far)|by how much)\b[^?]{0,80}?\bthan (?:(?:my|her|his|"
                             r"their|the) )?(?:(?P<best>(?:previous|prior|old|earlier) (?:best|pr|pb|personal best|record))|"
                             r"(?:last|previous|prior) (?:time|one|race)|time before|(?P<first>(?:the )?first time (?:she|he|i|they|you) "
                             r"(?:ran|did|raced|finished) (?:it|there|that race|the race)))\b|"
                             # ("how far off her best Atlanta marathon time was she in 2025": her best before it)
                             r"\b(?:how (?:much|many (?:seconds|minutes)|far)|by how much)\b[^?]{0,40}?\b(?:off|short of|from|than) "
                             r"(?:my|her|his|their) (?:own )?(?P<best2>best|pr|pb|personal best|personal record|fastest)\b")


# "her best time at X, and how far off that was her 2025 run", "his PR there, and how far was his 2025 time off it": her
# best, then a finish against it (the best over every edition; at any event when said "with us", "ever")
_GAP_TO_OWN_BEST = re.compile(r"\b(?P<best>(?:best|fastest|quickest|pr|pb|personal best|personal record)\b[^?]{0,80}?),?\s*(?:and|&)\s+"
                              r"how (?:far|much|many (?:seconds|minutes))\b(?: (?:off|slower|behind|short|away))?"
                              r"(?:(?: of| from)? (?:it|that|this)\b)?(?:[^?]{0,60}?\b(?:off|from|behind|short of|than) (?:it|that|this)\b)?")
_ANY_EVENT = r"\b(?:with us|ever|anywhere|at any (?:of our )?(?:race|event)s?|lifetime|all[- ]time|of all time)\b"


# "how many seconds was she off the third-place time in her group", "how far off the podium was he": against the time of a
# place of her race (of her sex or age group when said; the podium is third place)
_ORDINAL_PLACE = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_GAP_TO_PLACE = re.compile(r"\b(?:how (?:much|many (?:seconds|minutes)|far)|by how much)\b[^?]{0,60}?\b(?:off|behind|from|short of|"
                           r"slower than|than) (?:the )?(?:(?P<div>age[- ]?group |ag |division |women'?s |men'?s )?(?:(?P<n>\d{1,2})"
                           r"(?:st|nd|rd|th)|(?P<word>second|third|fourth|fifth))[- ]place(?: time| finisher| finish)?|"
                           r"(?P<podium>(?:age[- ]?group |ag )?podium))\b|"
                           # ("X was 4th in M60-64 … What time would have gotten him on the podium?": that place's time)
                           r"\bwhat (?:time|pace) would(?:'ve| have)? (?:gotten|got|put) (?:him|her|them) (?:on|onto|into|in) (?:the )?"
                           r"(?:(?P<div2>age[- ]?group |ag )?podium|top[- ](?P<n2>\d{1,2}))\b")


def find_rival(text: str) -> Found | None:
    """The field around the named runner that ``text`` (lowercase, the runner's name blanked out) asks of: a ``Rival``
    and the spans read; None when none is asked. The scope is the runner's age group when the question speaks of it
    ("I came 2nd in my age group … who beat me?"), her sex when said ("among the women"), else overall; "overall"
    said outright wins."""
    if said := _REFERENCE_OF_HER_GROUP.search(text):
        reference = said.group("ref")
        side = "to_median" if reference == "median" else "to_winner" if reference == "winning" else "to_average"
        return Found(Rival(side, "age_group"), (said.span(), *_scope_spans(text)))
    if not rx.search(_ASKED, text):
        return None
    if record := _GAP_TO_RECORD.search(text):
        # ("X set a new women's record … by how many seconds did she beat the old record": the record told, read)
        told = [m.span() for m in rx.finditer(r"\b(?:set|broke|smashed) (?:a )?(?:new )?(?:(?:men|women)'?s )?[\w\s]{0,40}?course "
                                              r"record\b", text)]
        old = record.group("old") or rx.search(r"\b(?:old|previous|former|existing)\b", record.group(0))
        return Found(Rival("to_old_record" if old else "to_record", "sex"), (record.span(), *_apart(text), *told))
    if best := _GAP_TO_OWN_BEST.search(text):
        side = "to_distance_best" if rx.search(_ANY_EVENT, best.group("best")) else "to_best"
        return Found(Rival(side, "overall"), (best.span(),))
    if earlier := _GAP_TO_EARLIER.search(text):
        side = "to_previous_best" if earlier.group("best") or earlier.group("best2") else "to_first" if earlier.group("first") \
            else "to_previous"
        return Found(Rival(side, "overall"), (earlier.span(),))
    if at := _GAP_TO_PLACE.search(text):
        said = at.group("n") or at.group("n2")
        place = int(said) if said else _ORDINAL_PLACE.get(at.group("word") or "", 3)
        div = "age group" if at.group("podium") and "age" in at.group("podium") else \
            (at.group("div") or at.group("div2") or "").strip()
        scope = _scope(div, text, _AGE_GROUP + r"|\b(?:her|his|their|my) (?:own )?group\b|\b[mf]\d\d-\d\d\b", _BY_SEX)
        return Found(Rival("to_place", scope, place=place), (at.span(), *_scope_spans(text)))
    if gap := _GAP_TO.search(text):
        reference = gap.group("ref")
        side = "to_median" if reference == "median" else "to_average" if reference in ("average", "avg", "mean", "typical") \
            else "to_winner"
        return Found(Rival(side, _scope((gap.group("div") or "").strip(), text)), (gap.span(), *_scope_spans(text)))
    if winner := _WINNER.search(text):
        scope = _scope("age group" if any(winner.group(g) for g in ("div1", "div2", "div3", "div4")) else "", text)
        return Found(Rival("winner", scope), (winner.span(), *_apart(text), *_scope_spans(text)))
    if said := _NEXT.search(text):
        toward = said.group("side") or said.group("side2")
        side = "next_ahead" if toward in ("ahead of", "in front of", "before") else "next_behind"
        # "who finished directly ahead of her and directly behind her", "just before and just after Victor Walker": one
        # place either side
        side_said = r"(?:(?:one place|one spot|a place|right|just|immediately|directly) )?(?:ahead of|in front of|before|behind|after)"
        after = rx.match(rf"\s*(?:,|and|&)\s+{side_said}(?: (?:her|him|them|me))?\b", text[said.end():])
        before = rx.search(rf"\b{side_said}\s*(?:,|and|&)\s*$", text[:said.start()])
        other = after.group(0) if after else before.group(0) if before else ""
        if other and (rx.search(r"ahead|front|before", other) is None) == (side == "next_ahead"):
            span = (said.end() + after.start(), said.end() + after.end()) if after else before.span()
            return Found(Rival("next_either", "overall" if rx.search(_OVERALL, text) else _scope("", text, sex_said=_BY_SEX)),
                         (said.span(), span, *_apart(text), *_scope_spans(text)))
    elif said := _SIDE.search(text):
        side = "ahead" if said.group("ahead") or said.group("ahead2") else "behind"
    else:
        return None
    scope = "overall" if rx.search(_OVERALL, text) else _scope("", text, sex_said=_BY_SEX)
    within = _WITHIN.search(text)
    return Found(Rival(side, scope, within_s=_seconds(within) if within else 0.0,
                       with_her=side in ("ahead", "behind") and said.group(0).startswith(("at or", "level with"))),
                 (said.span(), *_apart(text), *_scope_spans(text), *((within.span(),) if within else ())))


def _scope(div: str, text: str, group_said: str = _AGE_GROUP, sex_said: str | None = None) -> str:
    """Whom a runner is set against: the division said with the reference (``div``: "her age group", "women") or, when
    none is, the group ``text`` speaks of (``group_said``; her sex only where ``sex_said`` is given) — else her race."""
    if rx.match(r"age|ag|div", div) or not div and rx.search(group_said, text):
        return "age_group"
    if rx.match(r"wom|men|fem|male", div) or not div and sex_said and rx.search(sex_said, text):
        return "sex"
    return "overall"


def _seconds(within: re.Match[str]) -> float:
    """ "less than a minute": 60.0; "within 10 seconds": 10.0."""
    amount, unit = within.group("n") or within.group("n2"), within.group("unit") or within.group("unit2")
    value = 1.0 if amount in ("a", "an", "one") else float(amount)
    return value * (60 if unit.startswith("min") else 1)


# "who were the two guys ahead of me": the number of them said (the answer lists them all)
_HOW_MANY_AROUND = r"\b(?:one|two|three|four|five|\d{1,2})(?= (?:guys|gals|women|men|runners|people|ladies|girls|others|folks|" \
                   r"finishers)\b(?: \w+){0,2} (?:ahead|in front|behind|before|after|beat|faster|slower)\b)"


def _apart(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _APART.finditer(text))


def _scope_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the places compared and the number of runners around are said (read with the rival)."""
    return tuple(m.span() for m in rx.finditer(f"{_OVERALL}|{_BY_SEX}|{_AGE_GROUP}|{_HOW_MANY_AROUND}", text))
