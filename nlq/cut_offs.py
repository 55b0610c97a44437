"""A cut-off said as a what-if ("If we'd enforced a 3 hour cut-off on gun time at last year's Tacoma half, how many of
the finishers would have been over it?") said plainly as the count it asks for ("… how many of the finishers had a gun
time over 3 hours?"). Pure text to text: the parser reads the plain question; nothing is guessed when the limit, or
what happened to the runners beyond it, is not said."""

from __future__ import annotations

import re

from nlq import rx

# "if we'd enforced a 3 hour cut-off on gun time", "If Tampa had a 6:30 course limit", "had there been a 2:45 time limit"
_WHAT_IF = re.compile(
    r"\b(?:if|had)\s+(?P<who>there|we|we'd|we had|they|they'd|they had|(?-i:[A-Z][\w'.]*(?: [A-Z][\w'.]*){0,3}))\s+"
    r"(?:been|had|have|would have|'d|d)?\s*(?:enforced|had|set|used|applied|imposed|put in|introduced|added|ran with|been)?\s*"
    r"(?:a|an)\s+(?P<limit>\d{1,2}(?:\.\d)?[- ]?(?:hours?|hrs?|h)\b|(?:one|two|three|four|five|six|seven|eight)[- ]hours?|"
    r"\d{1,2}(?::\d\d){1,2})[- ]?(?:cut-?off|course (?:time )?limit|time limit|finish(?:ing)? limit)\b"
    r"(?:\s+(?:on|by|using|based on)\s+(?:the\s+)?(?P<clock>gun|chip)(?:\s+(?:time|clock))?)?", re.IGNORECASE)
# what the limit did to a runner beyond it: "would have been over it", "would've missed it", "would have been cut"
_BEYOND = re.compile(r"\bwould(?:'ve| have)?\s+(?:been\s+(?:over|past|outside|beyond|cut|pulled|swept)(?:\s+(?:off|it|that|the\s+"
                     r"(?:limit|cut-?off)))?|missed\s+(?:it|that|the\s+(?:limit|cut-?off|cut))|not\s+made\s+(?:it|the\s+"
                     r"cut(?:-?off)?)|failed\s+to\s+make\s+(?:it|the\s+cut(?:-?off)?))", re.IGNORECASE)
_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8"}
_OURS = re.compile(r"^(?:there|we|we'd|we had|they|they'd|they had)$", re.IGNORECASE)


def said_as_cut_off(question: str) -> str:
    """``question`` with a what-if cut-off and its runners beyond it said as a time over the limit (chip time unless the
    gun is said); unchanged unless both the limit and what it did to them are said."""
    limit, beyond = _WHAT_IF.search(question), _BEYOND.search(question)
    if not (limit and beyond) or beyond.start() < limit.end():
        return question
    said = limit["limit"].lower().replace("-", " ")
    hours = rx.match(r"(\w+(?:\.\d)?)\s*(?:hours?|hrs?|h)$", said)
    over = f"{_WORDS.get(hours[1], hours[1])} hours" if hours else said
    clock = (limit["clock"] or "chip").lower()
    # (the event said as who had the limit, "If Tampa had …": where it is asked)
    where = "" if _OURS.match(limit["who"]) else f"at {limit['who']} "
    asked = f"{question[:beyond.start()]}had a {clock} time over {over}{question[beyond.end():]}"
    return f"{asked[:limit.start()]}{where}{asked[limit.end():]}".strip()
