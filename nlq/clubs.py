"""A running club or a coach asking after runners it names ("Phoenix Pacers here. Samuel Hensley, Jacqueline Smith and
Amanda Garcia ran the Vegas 5K …", "Two of our Concord Striders, Christopher Costa and Craig Wallace, ran …"): the club
says who asks, and the names say whom the question is of. The archive holds no clubs, so the club's words are set
aside — only when the question names runners (``nlq.parser`` asks so): a club asked of on its own ("how many Hartford
Harriers finished") stays words it could not use.

Pure: text in, text out; unchanged when no club is said.
"""

from __future__ import annotations

import re

from nlq import rx

# a club by its name: capitalised words and what clubs call themselves ("Finger Lakes Runners Club", "SF Road Warriors",
# "Steel City Striders"); "Runners" alone only where a club is plainly meant ("Windy City Runners checking in")
_CLUB_WORD = r"(?:Striders|Harriers|Pacers|Joggers|Road Warriors|Road Runners|Running Club|Run Club|Runners Club|Track Club|" \
             r"Athletic Club|Racing Team|Running Crew|Run Crew|Tri Club|Running Group|Run Group)"
_CLUB = rf"(?:[A-Z][\w'.&-]*\s+){{0,3}}?(?:{_CLUB_WORD}|Runners(?=\s+(?:here|checking in|club|group|newsletter|report)\b))" \
        r"(?:\s+(?:club|group|team|crew))?"
_END = r"\s*(?:[.!:;,]|\s[\u2013\u2014-])\s*"   # what ends the club's words: a stop, a colon, a dash
_SAID = (
    # "Hi, I coordinate the Hartford Harriers.", "I coach", "we're the …": who asks, in a sentence of its own
    rf"^\s*(?i:(?:(?:hi|hello|hey)[,!]?\s+)?(?:i|we)(?:'m|'re| am| are)?\s+(?:coordinate|coach|captain|lead|manage|organi[sz]e|"
    rf"run|with|(?:a )?(?:member|coach|captain) (?:of|with))\s+(?:the\s+)?){_CLUB}{_END}",
    # "Phoenix Pacers here.", "Windy City Runners checking in —", "Steel City Striders newsletter:"
    rf"^\s*(?:the\s+)?{_CLUB}\s*(?:here|checking in|(?:club\s+)?(?:report|newsletter|update|recap|question))?{_END}",
    # "Two of our Concord Striders, X and Y", "Our SF Road Warriors group had X, Y and Z at …"
    rf"(?i:\b(?:(?:two|three|four|five|six|\d+|all|some|several|a few) of\s+)?(?:our|my)\s+(?:own\s+)?){_CLUB}"
    r"(?:\s+(?:members|runners|folks))?(?:\s+(?:had|has|sent|entered))?\s*,?\s*",
    # "Three of ours ran …", "I coach A, B and C": the asker's runners, named after
    r"(?i:\b(?:two|three|four|five|six|\d+) of ours\s+)",
    r"(?i:^\s*i coach\s+)(?=[A-Z][A-Za-z'-]+ [A-Z])",   # (never "I coach three kids who …"; "I coach DARRYL MONTOYA" too)
    # "A and B are our two most loyal members —": said of them, nothing asked (never "who are our 10 most loyal runners")
    r"(?i:(?<!\bwho)(?<!\bwhich)(?<!\bwhat)\s+(?:are|were)\s+(?:our|my)\s+(?:two|three|four|\d+)?\s*(?:(?:most|best|fastest|top|oldest|newest)\s+\w+\s+)?"
    r"(?:members|runners)\b)",
)
_CLUB_SAID = re.compile("|".join(f"(?:{said})" for said in _SAID))
# the runners named, counted: "which of the three was quickest", "age group places for the three of them", "All three
# ran the Tampa full"
# (never "between the two of them": of them together)
_COUNTED = ((re.compile(r"(?<!between )\b(?:for |of )?the (?:two|three|four|five|six) of (?:them|us)\b", re.IGNORECASE), "for each of them"),
            (re.compile(r"\bwhich of the (?:two|three|four|five|six)\b(?! (?:races|events|years|editions))", re.IGNORECASE),
             "which of them"),
            (re.compile(r"\ball (?:three|four|five|six)(?= (?:ran|finished|did|raced|entered)\b)", re.IGNORECASE), "they"))


def without_club(question: str) -> str:
    """``question`` with the club (or coach) that asks set aside and its runners said as "them": "Phoenix Pacers here.
    Samuel Hensley, … ran the Vegas 5K — age group places for the three of them?" → "Samuel Hensley, … ran the Vegas 5K —
    age group places for each of them?"."""
    for said, meant in _COUNTED:
        question = said.sub(meant, question)
    return rx.sub(r"\s{2,}", " ", _CLUB_SAID.sub(" ", question)).strip() if _CLUB_SAID.search(question) else question
