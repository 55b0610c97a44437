"""What someone says happened, told around a question about a runner's result — the words a support desk gets: "she
says she was the 6th woman but the site says 25th", "my garmin said under 28", "he swears he finished", "can't find
his result", "Ted Simpson called, …". A claim is why the question is asked, never a filter of it: the result as
recorded is what is asked ("whats her overall place and gender place"), so the claim's time, place or status must not
narrow it (it kept "6th woman" as a place and found no row). Pure: text in, spans out; ``nlq.parser`` reads the
question again without them.
"""

from __future__ import annotations

import re

# where a claim ends: the sentence's end, a dash, or the question said on in the same breath ("… never got an award can
# you check …", "… is wrong, what chip time do you have")
_END = (r"(?=\s*(?:[.?!;\n]|$)|\s+[-\u2013\u2014]+\s|\s*,?\s+(?:(?:can|could|would|will) (?:you|u|we|someone)|what'?s?|whats|"
        r"how|which|where|when|who|please|pls|thanks?|thank you)\b)")
# someone's word for it: "she says", "he swears", "I think", "a friend told her", "is confused"
_SAYS = (r"(?:(?:really|definitely|honestly|still|also|just) )?(?:says|said|say|thinks|thought|think|swears|swore|claims|"
         r"claimed|believes|believed|insists|insisted|remembers|remembered|brags?|bragged|boasts?|boasted|keeps (?:saying|telling)|"
         r"(?:tells|told) (?:me|us|her|him|them|everyone|everybody|people|anyone who will listen)|"
         r"(?:is|was|am|'m|'s) (?:sure|certain|convinced|positive|confused))\b")
_WHO = r"(?:she|he|i|they|we|(?:a|her|his|my|their|the) (?:friend|coach|wife|husband|mom|dad|daughter|son|partner|runner))"
# what a watch, a page or the clock shows: "my garmin said under 28", "the results say 27:19", "her result shows 227th"
_SOURCE = (r"(?:(?:my|her|his|their|the|your|our) )?(?:watch|garmin|strava|gps|app|phone|results?(?: page| site| list)?|site|"
           r"website|web ?page|page|listing|(?:finish(?:[- ]line)? )?clock|timer|it)")
_SHOWS = r"(?:says|said|say|shows|showed|show|reads|read|lists|listed|had|has|gave|gives)\b(?: (?:her|him|me|them))?"
# the trouble told: "can't find his result", "her result is missing", "there's no time for her", "maybe she's under
# the wrong race", "her chip must have failed", "never got an award"
_TROUBLE = (r"\b(?:(?:she|he|i|they) )?(?:can'?t|cannot|couldn'?t|could not|does ?n'?t|did ?n'?t) (?:find|see)\b|"
            r"\b(?:is|are|was|were|looks?|seems?) (?:missing|wrong|off|incorrect|messed up|not right)\b|"
            r"\bthere(?:'s| is| was) no (?:time|result|finish|record)\b|\bmaybe (?:she|he|i|they|it)\b|"
            r"\bmust (?:have|'ve) (?:failed|been|gotten|got|missed)\b|\bnever (?:got|received|gotten)\b")
# who got in touch, and how: "Ted Simpson called,", "Kathleen Roach emailed:", "From an email:", "lady on the phone"
_CONTACT = (r"\b(?:called|phoned|emailed|e-mailed|wrote|texted|messaged)(?: (?:in|us|me|the office))?(?=\s*[,:])|"
            r"\bfrom an? (?:e-?mail|call|message|voicemail|ticket)\s*:|\bon the phone\b")
# a claim's words asked about, not told ("what did the results say for her?", "who said the course was long?")
_ASKED_BEFORE = re.compile(r"(?:\b(?:what|which|who|where|when|how|why)|(?:^|[.?!;:,]\s*)(?:does|did|do|is|was))\b"
                           r"[^.?!;:,\n]{0,40}$", re.IGNORECASE)
_CLAIM = re.compile(rf"(?:\b{_WHO}(?:\s+|(?='s\b)))?(?:\b|(?='s\b)){_SAYS}[^.?!;\n]*?{_END}|\b{_SOURCE}\s+{_SHOWS}[^.?!;\n]*?{_END}|"
                    rf"(?:{_TROUBLE})[^.?!;\n]*?{_END}|{_CONTACT}", re.IGNORECASE)


def claims(question: str) -> list[tuple[int, int]]:
    """Where ``question`` tells what someone says, thinks or sees happened (spans, in order); none when it tells
    nothing of the kind. Said of a runner's result by a support desk: never a filter (``nlq.parser`` reads the rest)."""
    return [m.span() for m in _CLAIM.finditer(question)
            if m.group(0).strip() and not _ASKED_BEFORE.search(question[:m.start()])]
