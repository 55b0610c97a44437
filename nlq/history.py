"""An event's history asked in a writer's words — "when was the first one held, and how many editions have there been",
"how many times has it been held, and when was the most recent one", "first year held, number of editions, and the
most recent year" — said as the parser's count of its editions, whose answer shows its first and latest edition and
where it is held beside the count (nlq.sqlbuild). Pure: a question in, a question out; unchanged unless the editions
are counted."""

from __future__ import annotations

import re

# the editions counted: "how many times has it been held", "how many editions", "number of editions"
_COUNTED = re.compile(r"\bhow many (?:times|editions|years)\b[^?.;]*?\b(?:held|run|been|timed|put on|staged|hosted|happened)\b|"
                      r"\bhow many (?:editions|have there been)\b|\bnumber of (?:editions|times (?:it'?s |it has )?(?:been )?"
                      r"(?:held|run))\b", re.IGNORECASE)
_END = r"(?=\s*(?:[,;:.?!]|\band\b|$))"
# the rest of the history, shown beside the count: the first and latest edition, where, when it began
_PARTS = re.compile(
    r"(?:\s*[,;:]\s*|\s+)?(?:\band\s+)?(?:"
    r"(?:when|what year|which year|what date|in what year)\s+(?:was|did|is|were)\s+(?:the|its)\s+(?:very\s+)?"
    r"(?:first|most recent|latest|last|newest)(?:\s+(?:one|edition|race|year))?(?:\s+(?:held|run|staged|timed))?|"
    # (never "last year", a date: only "the last edition")
    r"(?:the\s+)?(?:first|most recent|latest)\s+(?:year|edition|date)(?:\s+(?:it was\s+)?(?:held|run))?|"
    r"the\s+last\s+(?:edition|date)(?:\s+(?:it was\s+)?(?:held|run))?|"
    rf"where(?:\s+(?:is|was)\s+it)?(?:\s+held)?){_END}", re.IGNORECASE)
# the count said short, of "it" or of nothing: said as the parser's "how many editions have there been"
_SAID_SHORT = re.compile(r"\bhow many have there been\b|\bnumber of editions\b|\bhow many times (?:has|have) (?:it|they) been "
                         r"(?:held|run|timed|put on|staged)\b|\bhow many times (?:was|is) it (?:held|run)\b", re.IGNORECASE)
# said before the question: "… is new, right?", "history:"
_REMARKS = re.compile(r"\b(?:is|was) (?:it )?(?:new|brand new|fairly new|pretty new|recent)(?:,? right)?\s*\?\s*|"
                      r"\bhistory\s*[:-]", re.IGNORECASE)
# "when did the Napa 10K start, and how many times …": the event, its first edition shown with the count
_STARTED = re.compile(r"\b(?:when|what year|which year|in what year) did (it|the [^?,;]+?) (?:start|begin|first run)\b", re.IGNORECASE)


# "when was the first edition of X and who won it?", "when was the first X we timed, and what was the winning 5K time
# that day?": the winner of the first edition (of that race), shown with its date and time
_FIRST_WINNER = re.compile(
    r"\b(?:when|what year|which year|what date) (?:was|is) (?:the )?(?:very )?first (?:(?:edition|one|running|year) of )?"
    r"(?P<event>[^?,;]+?)(?: (?:we|you|they) (?:timed|held|ran|put on|hosted))?(?: (?:held|run|staged))?,? and (?:who won|"
    r"what was the winning (?:(?P<race>5k|10k|half(?: marathon)?|marathon|mile|1 mile) )?time)(?: it| that one| that year| that day| there)?\b",
    re.IGNORECASE)


def read_history(question: str) -> str:
    """``question`` with an event's history asked beside its editions counted, said as the count alone; the first
    edition's date and winner asked together, said as its winner asked (the answer shows the date)."""
    def first_winner(said: re.Match[str]) -> str:
        race = f"the {said['race']} at " if said["race"] else ""
        return f"who won {race}the first edition of {said['event']}"
    question = _FIRST_WINNER.sub(first_winner, question)
    if not _COUNTED.search(question):
        return question
    said = _SAID_SHORT.sub("how many editions have there been",
                           _PARTS.sub("", _REMARKS.sub(" ", _STARTED.sub(r"\1", question))))
    said = re.sub(r"([.?!:])\s*,\s*(?:and\s+)?", r"\1 ", re.sub(r"^[\s,;:]+(?:and\s+)?", "", said))
    return re.sub(r"\s+([,;:?.])", r"\1", re.sub(r"\s{2,}", " ", said)).strip()
