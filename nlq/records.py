"""The course records standing now, as a filter on results, read from a question's text (names blanked); pure.

A course record is the fastest finish ever (every edition) of one race of one event, of one sex — or of one age
group, for an age-group record; ties share it (the glossary, "Records"). Asked at the records board:

- **records a named runner holds**: "how many of our course records does Kristin Wise hold", "which course records
  belong to her — event, race and time", "is he still on the records board anywhere";
- **records set in a period**: "how many course records were set last year", "which records fell at Manchester in
  2024", "records that date from 2023" — each a record when it was run (the fastest of its race so far, that day's
  field included), whether or not it has been broken since.

Either way the results kept are the records themselves, so the runner, the dates and the event filter the records
and never the field they were ranked in: before this reading "which course records does she hold" listed every
result of hers, fastest first, with full confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlq import rx
from nlq.constructs import Found


@dataclass(frozen=True)
class Records:
    """Which results are kept as records: of each ``sex`` or ``age_group``; standing now, or (``set_then``) a record
    on the day it was run, broken since or not."""
    of: str
    set_then: bool = False
    broken: bool = False   # set then over an earlier record ("which records fell last year"): never a race's first edition

    def words(self) -> str:
        """What a record is, in words, for an explanation."""
        within = "in its age group" if self.of == "age_group" else "of its sex"
        earlier = ", beating one set at an earlier edition" if self.broken else ""
        return (f"set then (the fastest finish of its race so far, {within}, that day's field included{earlier}; broken since "
                "or not)" if self.set_then else
                f"standing now (the fastest finish of its race over every edition, {within}; ties share it)")


_RECORD = r"(?:course |age[- ]?group |ag )?records?\b"
# the runner's hold on them ("does she hold", "belong to", "set by", "her name on the records board")
_HELD = (r"\brecord[- ]?holders?\b|\b(?:hold|holds|holding|held|own|owns|owned|belong(?:s|ing)? to|set by|(?:still )?stands? for|still (?:has|have|"
         r"holds?))\b|\b(?:does|do|did)\s+(?:(?:she|he|they|i|we)\s+)?(?:still )?have (?:any |a |the )?(?:course |age[- ]?group )?records?\b")
# set in a period: "were set last year", "fell at Manchester in 2024", "date from 2023", "new course records in 2024"
_SET = (r"\b(?:(?:were|was|got|been|get) (?:set|broken|established|lowered|beaten)|(?:set|broken|beaten)(?= (?:in|during|last|this|at)\b)|fell|date (?:from|back to)|dating from|were new|"
        r"(?:came|come) from)\b")
# a record beaten ("fell", "were broken", "beat an earlier record"): over one set before, never a first edition's
_BROKEN = r"\b(?:fell|broken|beaten|beat|lowered|toppled)\b"
# the new record said again ("and the new time", "Give the new record times", "with who did it")
_NEW_TIME = r"\b(?:the |their )?new (?:record )?(?:times?|marks?|bests?)\b|\b(?:an )?(?:earlier|older|previous|prior) (?:course |age[- ]?group )?(?:record|one|best)\b"
_NEW = r"\bnew (?:course |age[- ]?group )?records\b"
# the records' scope said again: "every race at every event", "men's and women's", "count each race separately"
_SCOPE = (r"\(?\s*\b(?:(?:men'?s|male),? (?:and|&|or) (?:women'?s|female)|(?:women'?s|female),? (?:and|&|or) (?:men'?s|male)|"
          r"of men and of women)\b,?|\b(?:(?:at |of |for )?(?:every|each|any|all) (?:race|distance|event)s?(?: (?:at|of|in) "
          r"(?:every|each|any|all|our) (?:events?|races?))?)\b,?|\b(?:across|at|in|over) (?:all )?(?:of )?our (?:events?|races?)"
          r"(?: and (?:races?|distances?))?\b|\bcount(?:ing)? each (?:race|record)(?: at each event)?(?: once| separately| as one)?\b"
          r"|\b(?:currently|right now|still|today|as of now|at the moment|anywhere|any more|anymore)\b|\brecords board\b|"
          r"\bon (?:the |our )?board\b|\s*\)")


def find_records(text: str, person: bool, dated: bool) -> Found | None:
    """The records asked for by a runner's hold on them (``person``: standing now) or as set in the question's dates
    (``dated``: records when run): ``Found(Records, spans read)`` — of each sex, or of each age group for age-group
    records; None when the question asks for the records themselves ("the course record at X"), read elsewhere as a
    ranking."""
    said = rx.search(r"\b(?:course|age[- ]?group|ag)? ?records?\b", text)
    if not said or rx.search(r"\b(?:personal|pr|pb|world|state|national)\s+records?\b|\bon record\b|\brecords? (?:of|for) "
                             r"(?:her|his|my|their) own\b", text):
        return None
    # (a runner's "marathon record with us" is her history: a record of hers is a course or age-group record, records, or
    # one she holds or owns)
    if not rx.search(r"\b(?:course|age[- ]?group|ag|division) records?\b|\brecords\b|\brecord[- ]?holders?\b|\b(?:hold|holds|held|"
                     r"own|owns|owned|belong(?:s|ing)? to)\b", text):
        return None
    held = person and rx.search(_HELD, text) or rx.search(r"\brecords? board\b", text) and person
    set_in = dated and (rx.search(_SET, text) or rx.search(_NEW, text))
    # the age-group records themselves listed ("the Tacoma half's age group records for women", "the record in each age
    # group"): each group's standing record (one group's record, "the F45-49 record", is that group's fastest)
    listed = not (person or dated) and rx.search(_AGE_GROUP_RECORDS, text)
    if not (held or set_in or listed):
        return None
    kind = "age_group" if rx.search(r"\b(?:age[- ]?group|ag|division) records?\b", text) or listed else "sex"
    set_then = bool(set_in) and not held
    broken = set_then and bool(rx.search(_BROKEN, text))
    spans = [m.span() for pattern in (_RECORD, _HELD if held else _SET, _NEW, _SCOPE, *((_BROKEN, _NEW_TIME) if broken else ()),
                                      *((_AGE_GROUP_RECORDS,) if listed else ()))
             for m in rx.finditer(pattern, text)]
    return Found(Records(kind, set_then=set_then, broken=broken), tuple(spans))


_AGE_GROUP_RECORDS = (r"\b(?:age[- ]?group|ag|division) (?:course )?records\b|\b(?:course )?records? (?:for|in|of) (?:each|every|all(?: the)?) "
                      r"(?:(?:[mf]|men'?s|women'?s|male|female) )?(?:age[- ]?groups?|divisions?)\b")


# a count asked of the records ("how many course records does she hold"), else they are listed
HOW_MANY = re.compile(r"\bhow many\b|\bcount\b|\bnumber of\b|\btotal\b")
