"""The mix of an event's races, said in a race director's words, rewritten in the parser's: "what share of finishers ran
the full vs the half", "how did finishers split between the half and the 5K? shares please", "full vs half, what
share of finishers ran each", "how many finishers were in the 5K and how many in the mile, and what share of the total
was each" → "finishers in the full and the half, by race, as percentages": each race's count and its share of the
races said (nlq.sqlbuild's group shares). Pure: a question in, a question out."""

from __future__ import annotations

import re

from nlq.entities import RACE_BY_DISTANCE

# one race by its distance; two to four of them joined ("the 5K, the 10K and the mile")
_RACE = rf"(?:the )?(?:{RACE_BY_DISTANCE}|50 ?k)"
_RACES = rf"(?P<races>{_RACE}(?:(?:(?:,? and|,| vs\.?| versus| or| &) |/){_RACE}){{1,3}})"
_SHARE = r"(?:percent(?:age)?s?|shares?|proportions?|fractions?|%)"
_WHO = r"(?:the |all (?:the )?|our )?(?P<who>finishers|runners)"
_MIX = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    # "share of finishers in the 5K vs the 10K", "what % of the finishers did the half vs the 10K"
    rf"\b(?:what |which )?{_SHARE} of {_WHO} (?:(?:who |that )?(?:ran|did|chose|picked|went for|were in|was in)(?: in)? |in )"
    rf"{_RACES}(?: races?)?(?:,? (?:each|respectively))?(?=\s*[?.!]*\s*$|\s+(?:at|in|for|during|of)\b)",
    # "full vs half, what share of finishers ran each"
    rf"\b{_RACES}\s*[,:;-]+\s*(?:what |which )?{_SHARE} of {_WHO} (?:ran|did|chose|picked|went for) each(?=\s*[?.!]*\s*$)",
    # "how did finishers split between the half and the 5K? shares please"
    rf"\bhow (?:did|do|does|was|were) {_WHO} (?:split|divide|break down)(?: up)? (?:between|among|across) {_RACES}\s*"
    rf"(?:[?.!,;:-]+\s*(?:as )?{_SHARE}(?: please| pls)?)?(?=\s*[?.!]*\s*$)",
    # "half vs full split at our events last year", "the 5K/10K mix"
    rf"\b{_RACES} (?:split|mix|breakdown)\b",
    # "how many finishers were in the 5K and how many in the mile, and what share of the total was each"
    rf"\bhow many {_WHO} (?:were in|ran|did) (?P<first>{_RACE}) and how many (?:in |ran |did )?(?P<second>{_RACE}),? and "
    rf"(?:what|the) {_SHARE} of (?:the |them )?(?:total|all)? ?(?:was|were|is|for)? ?each(?=\s*[?.!]*\s*$)",
))


# "out of everybody who finished, what % did the 1 mile instead of the 5k": one race's share of every finisher (the
# denominator said first; the race it was chosen over is no second share)
_ONE_OF_ALL = re.compile(
    rf"\bout of (?:everybody|everyone|all (?:of )?(?:the )?(?:finishers|runners|people))(?: who (?:finished|ran|crossed the line))?"
    rf"\s*[,:;-]?\s*(?:what|which) (?P<share>{_SHARE}) (?P<verb>did|ran|chose|picked|went for) (?P<race>{_RACE})"
    rf"(?: (?:instead of|rather than|over|and not|not) {_RACE})?", re.IGNORECASE)


def read_race_mix(question: str) -> str:
    """``question`` with a mix of races said as the parser reads it (unchanged when none is said)."""
    if said := _ONE_OF_ALL.search(question):
        question = f"{question[:said.start()]}what {said['share']} of finishers {said['verb']} {said['race']}{question[said.end():]}"
    for pattern in _MIX:
        if said := pattern.search(question):
            races = said["races"] if "races" in pattern.groupindex else f"{said['first']} and {said['second']}"
            races = " and ".join(race if race.lower().startswith("the ") else f"the {race}"
                                 for race in re.split(r"\s*(?:,? and|,| vs\.?| versus| or| &)\s+|/", races, flags=re.IGNORECASE))
            who = said["who"].lower() if "who" in pattern.groupindex else "finishers"   # ("the 5K/10K split": of finishers)
            rest = question[said.end():].rstrip(" ?.!")
            return f"{question[:said.start()]}{who} in {races}{rest}, by race, as percentages"
    return question
