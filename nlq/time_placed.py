"""The place a finish time would have had in a past field, read from a question's text (names blanked); pure.

Asked by runners and coaches setting a goal: "where would a 3:15:00 have placed overall in the 2025 marathon?", "if I'd
run 1:45:00 there in 2024, what would my place have been in M40-44?", "if my daughter runs 25 minutes at Naperville,
where would that have put her?". The answer is 1 + the finishers kept (the race, sex, age group and year asked) who
ran faster than that time (chip, or gun when asked): a tie with the time is placed level, as results place ties
(``nlq.sqlbuild``). Before this reading the time was left unread and the question declined.
"""

from __future__ import annotations

import re

from nlq import rx
from nlq.constructs import Found

# "3:15:00", "3:15" (a marathon: hours), "22:00", "25 minutes"
_TIME = r"(?P<{name}>\d{{1,2}}:\d\d(?::\d\d)?|\d{{1,3}}(?:\.\d)? ?(?:minutes|mins?|min)\b)"
# the place asked of the time said: "where would a 3:15:00 have placed", "what place would 22:00 have been"
_OF_THE_TIME = re.compile(
    r"\bwhere would (?:a |an |my |her |his |their |your |that |this |the )?" + _TIME.format(name="t1") +
    r"(?: finish| time| run| result)? (?:have )?(?:placed|put (?:me|her|him|them|you)|landed|finished|ranked|come in|gotten (?:me|her|"
    r"him|them|you))\b|"
    r"\bwhat (?:place|position) would (?:a |an )?" + _TIME.format(name="t2") +
    r"(?: finish| time| run)? (?:have )?(?:been|gotten|got|earned|taken|had|placed)\b")
# the time said of the runner, then the place asked: "if I'd run 1:45:00 there …, what would my place have been"
_RAN = re.compile(r"\b(?:if )?(?:i|you|she|he|they|someone|(?:my|our) [a-z]+)(?:'d| had| would have)? (?:ran|run|runs|finished in|"
                  r"finishes in|clocked|clocks|posted|posts|did|does|hit|hits) (?:a |an )?" + _TIME.format(name="t") +
                  r"(?: (?:flat|even))?")
_PLACE_ASKED = re.compile(r"\bwhat would (?:my|her|his|their|your|the) (?:overall |age[- ]?group )?(?:place|placing|position|finish) "
                          r"have been\b|"
                          r"\bwhere would (?:that|it|i|she|he|they|you|this) have (?:placed|put (?:me|her|him|them|you)|landed|"
                          r"finished|ranked|come in)\b|"
                          r"\bwhat (?:place|position) would (?:that|it|i|she|he|they|you|this) have (?:been|gotten|got|had|"
                          r"earned|taken|placed|finished)\b")


def _seconds(said: str) -> float:
    """ "3:15:00": 11700.0; "3:15": 11700.0 (under 10 before the colon: hours); "22:00": 1320.0; "25 minutes":
    1500.0."""
    if ":" not in said:
        return float(rx.match(r"[\d.]+", said).group(0)) * 60
    parts = [int(part) for part in said.split(":")]
    if len(parts) == 3:
        return float(parts[0] * 3600 + parts[1] * 60 + parts[2])
    return float(parts[0] * 3600 + parts[1] * 60 if parts[0] < 10 else parts[0] * 60 + parts[1])


def find_time_placed(text: str) -> Found | None:
    """The finish time (seconds) whose place ``text`` asks, and the spans read; None when none is asked."""
    if said := _OF_THE_TIME.search(text):
        return Found(_seconds(said.group("t1") or said.group("t2")), (said.span(),))
    if (asked := _PLACE_ASKED.search(text)) and (ran := _RAN.search(text)):
        return Found(_seconds(ran.group("t")), (ran.span(), asked.span()))
    return None
