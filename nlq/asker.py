"""Runners told of in a family's or a friend's words, said again by name so that the parser reads them:

- ``read_runners_told``: the asker and a relative ("My wife Rachel King and I (Henry King) both did the Springfield
  half. How far apart were our times?", "I'm Charles Lane. My mom Sheila Lane and I … did I beat her?", "paula davis
  here, my dad dwayne and i …") or a runner and her relative ("Jason Wilson and his wife Jennifer … how far ahead of
  her was he?"): "I", "me", "my", "our times", "we", "he", "her" and a relative's first name said alone become the
  runners' names, and the introduction that named them goes. A relative named by a first name only shares the surname
  of the runner she is told of ("my dad dwayne": Dwayne Davis);
- ``read_story_of_one``: the one runner a story is told of ("my son Chad Powell has run it since he was a kid. Can
  you list his times?"), named again in the question itself (the parser reads it only when the question as written
  is not read whole);
- ``said_with_surname``: first names sharing a surname said once ("Vincent and Melissa Gonzalez", "the Gonzalez family
  (Eugene, Brenda and Stephanie)", "Julia Cochran's pace vs Malik's"), each given it when the archive holds them
  (``surname_candidates`` are the names to look up).

Pure: text in, text out; each unchanged unless its runners are told this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_MALE = "husband|(?:grand|step)?son|dad|daddy|(?:grand|step)?father|(?:step)?brother|boy|grandpa|uncle|nephew|fianc[eé]|boyfriend"
_FEMALE = "wife|(?:grand|step)?daughter|mom|mommy|mum|(?:grand|step)?mother|(?:step)?sister|girl|grandma|aunt|niece|fianc[eé]e|" \
          "girlfriend"
_RELATION = rf"(?P<relation>{_MALE}|{_FEMALE}|kid|child|partner|friend|buddy|teammate|training partner|spouse)"
_AGE = r"\d{1,2}[- ]?(?:year|yr)[- ]?old"
_ADJECTIVES = rf"(?:(?:little|younger|older|big|baby|eldest|oldest|youngest|teenage|teenaged|{_AGE})\s+)*"
# words that never begin or end a name said in lower case ("my dad dwayne and i did …": "and" is no surname)
_NOT_NAME = frozenset(
    "and or & i me my we us our he she him her his they them their ran run runs did does do was is were has have had both "
    "at in on of to for from with together also too just finished finish beat got came placed raced completed did "
    "dropped attempted started said says thinks think wants want who that this the a an here there so but not really "
    "trying curious wondering looking asking writing sure new one first last best fastest time times faster slower quicker "
    "ahead behind".split())
_WORD = r"[A-Za-z][a-z-]*(?:['\u2019](?!s\b)[A-Za-z]+)?"   # (a name, never its possessive "'s": "his dad David's")
_NAME = rf"(?P<first>{_WORD})(?:\s+(?P<last>[A-Za-z][A-Za-z-]*(?:['\u2019](?!s\b)[A-Za-z]+)?))?"
_ASKED = frozenset("what whats what's who how which when where did does is was were can could please pls show list give tell "
                   "between compare versus vs".split())   # (a question's words, never a runner's name)
_SENTENCE = r"(?:^|(?<=[.!?;:,])\s*|\s[-\u2013\u2014]\s*)"

# where the asker lives, said after her name: "I'm Lori Johnson from Northampton, MA.", "Brenda Gonzalez (Chicago) here."
_FROM = r"(?:\s+from\s+(?P<town>[A-Za-z][\w.'-]*(?:\s+(?!(?:here|again)\b)[A-Za-z][\w.'-]*){0,2}(?:,\s*[A-Za-z]{2}\b)?)|\s*\((?P<town2>[^()]{2,40})\))"
# the asker named: "I'm Charles Lane.", "I'm William Kim, 71.", "paula davis here,", "this is X -", "(I'm X)"
_ASKER_SAID = re.compile(
    rf"(?:{_SENTENCE}\s*\(?|\s*\()\s*(?:(?:hi|hey|hello),?\s+)?(?:i['\u2019]?m|i am|this is|my name is)\s+(?P<first>{_WORD})\s+"
    rf"(?P<last>{_WORD})(?:{_FROM})?(?:,?\s+(?:age\s+)?\d{{1,2}})?(?:\s+(?:here|again))?\s*\)?\s*(?:[.!;,:]+|\s[-\u2013\u2014]|$)\s*|"
    rf"^\s*(?P<first2>{_WORD})\s+(?P<last2>{_WORD})\s+here\s*(?:[.!;,:]+|\s[-\u2013\u2014])\s*", re.IGNORECASE)
# the asker signing the question at its end: "… ? (andrea williams, portland)", "… — Andrea Williams", "… - kelly lopez,
# austin tx", "… ? natalie davis" — or opening it with her name and no "I'm": "Kelly Lopez again.", "Brenda Gonzalez
# (Chicago) here.", "Natalie Davis from Lake Placid." (read so only of a runner the archive holds: ``signed_up_front``)
_SIGNED_AFTER = re.compile(rf"(?:\(\s*|\s[-\u2013\u2014]+\s*|(?<=\?)\s*)(?P<first>{_WORD})\s+(?P<last>{_WORD})"
                           rf"(?:\s*,\s*(?P<town>[^()?]{{2,40}}?))?\s*\)?\s*[.!]?\s*$")
_SIGNED_BEFORE = re.compile(rf"^\s*(?P<first>{_WORD})\s+(?P<last>{_WORD})(?:{_FROM}(?:\s+(?:here|again))?|\s+(?:here|again))"
                            r"\s*(?:[.!;:,]+|\s[-\u2013\u2014])\s*")
# a runner said by a pronoun ("how many has she finished? — Laura Mitchell": the name signed may be hers)
_OF_SOMEONE = re.compile(r"\b(?:he|she|his|her|hers|him|they|their|them)\b", re.IGNORECASE)
# (the asker herself, never the company's "our races")
_SPEAKING = re.compile(r"\b(?:i|me|my|mine|myself|i'?ve|i'?m|i'?d)\b", re.IGNORECASE)

# "I (Henry King)", "Me (Matthew Smith)", "and I (Y)": the asker named in brackets where she is said
# ("and I (Daniel Wallace, Eugene OR)": her town said with her, which her name already tells)
_ASKER_BRACKETED = re.compile(rf"\b(?:i|me|myself)\s*\(\s*(?P<first>{_WORD})(?:\s+(?P<last>{_WORD}))?\s*(?:,[^()]*)?\)",
                              re.IGNORECASE)
# "Aaron Dawson. Me vs my wife …", "Dustin Smith (Colorado Springs). My wife …", "Brianna Smith: me vs my husband …": an
# asker who opens the question with her name alone (read so only beside a relative of hers: "Tacoma Half: …" is none)
_ASKER_OPENING = re.compile(r"^\s*(?P<first>[A-Z][a-z-]+)\s+(?P<last>[A-Z][A-Za-z-]+)(?:\s+here)?(?:\s*\([^()]*\))?"
                            r"\s*(?:[.!;:]+|\s[-\u2013\u2014])\s*")
# "my mom Sheila Lane", "our boy Steven Love", "my 17-year-old Scott Price", "my dad dwayne"
_RELATIVE = re.compile(rf"\b(?:my|our)\s+{_ADJECTIVES}(?:{_RELATION}\s+)?{_NAME}", re.IGNORECASE)
# "Jason Wilson and his wife Jennifer", "Amber Johnson or her daughter Stacey", "jennifer smith vs her son dustin",
# "Jeffrey Williams's pace …, and his dad David's": a relative told of a runner named before her
_RELATIVE_OF = re.compile(rf"\b(?P<whose>his|her|their)\s+{_ADJECTIVES}{_RELATION}\s+{_NAME}", re.IGNORECASE)
# the runner she is told of: named right before ("X and his wife"), or opening the question, or said as "X's"
# ("… ran Elm Creek with his mom" is no runner "Elm Creek": "with" joins her to the runner opening the question)
_ANCHOR = (re.compile(rf"\b(?P<first>{_WORD})\s+(?P<last>{_WORD})\s*,?\s+(?:and|or|vs\.?|versus|&)\s+$", re.IGNORECASE),
           re.compile(rf"^\W*(?P<first>{_WORD})\s+(?P<last>{_WORD})\b", re.IGNORECASE),
           re.compile(r"\b(?P<first>[A-Z][a-z-]+)\s+(?P<last>[A-Z][A-Za-z-]+)['\u2019]s?\b"))
# "Vincent and Melissa Gonzalez", "Chad, Natalie and Maria Davis", "the Gonzalez family (Eugene, Brenda and
# Stephanie)": first names sharing a surname said once
_SURNAME_SHARED = re.compile(rf"\b(?P<firsts>{_WORD}(?:\s*,\s*{_WORD})*),?\s+(?:and|&)\s+(?P<first>{_WORD})\s+(?P<last>{_WORD})\b|"
                             rf"\bthe (?P<last2>{_WORD}) family\s*\(\s*(?P<firsts2>{_WORD}(?:\s*,\s*{_WORD})*),?\s+(?:and|&)\s+"
                             rf"(?P<first2>{_WORD})\s*\)")
# "Julia Cochran's pace … vs Malik's": a second runner by her first name, of the first's surname
_FIRST_NAME_AFTER = re.compile(r"\b(?P<first0>[A-Z][a-z-]+)\s+(?P<last>[A-Z][A-Za-z-]+)['\u2019]s?\b(?P<between>[^?.!;]*?\b(?:vs\.?|"
                               r"versus|and|or|than|to|with)\s+)(?P<first>[A-Z][a-z-]+)(?=['\u2019]s\b)")
# an age said beside a runner ("(he's 61!)", "(17)"): what it tells is in the archive
_AGE_ASIDE = re.compile(r"\s*\((?:(?:he|she)['\u2019]?s|age|aged)?\s*\d{1,2}\s*!*\)|,?\s+at (?:age )?\d{1,2}(?=\s*[,.;!?]|\s+[-\u2013\u2014]\s|"
                        r"\s+(?:and|but|so|what|how|is|was)\b)|\s+since (?:he|she|they) (?:was|were) (?:\d{1,2}|a kid|little)\b",
                        re.IGNORECASE)
# "Why doesn't Maria Dean have a time for X?": a story of her missing result, told as such
_WHY_NO = re.compile(r"^\s*why (?:doesn'?t|does not|didn'?t|did not|isn'?t there) (?P<who>[A-Z][a-z'-]+ [A-Z][A-Za-z'-]+) (?:have|get|show)"
                     r" (?:a |any )?(?P<what>time|result|finish)\b(?P<rest>[^?]*)(?:\?|$)", re.IGNORECASE)
# "I" asking for something ("can I get", "I'd like"): the asker, never a runner compared
_ASKING = re.compile(r"\b(?:can|could|may|might|would|should|do|did)\s+i\s+(?:get|have|see|ask|know|find|look|check|request)\b|"
                     r"\bi(?:['\u2019]d| would| want| need| wonder| was wondering| think| noticed| saw| hope)\b", re.IGNORECASE)
# what a runner has ("her time", "my pace"): said of whom, possessive
_HELD = r"(?:(?:finish(?:ing)?|chip|gun|net|official|overall|age[- ]group|own)\s+)?(?:times?|paces?|places?|results?|finish(?:es)?|splits?|" \
        r"best|pr|age[- ]?group|rank(?:ing)?s?|position|status|bib)\b"
# "our times", "both of our chip times", "our two times", "between us", "both of us"
# ("our 5K times", "our half marathon times": the race said between)
_OURS = re.compile(rf"\b(?:both\s+(?:of\s+)?)?our\s+(?:two\s+|both\s+)?(?P<held>(?:(?:\d+k|half|full|marathon|mile|[\d.]+[- ]?mile)\s+)*"
                   rf"{_HELD}(?:\s+(?:times?|paces?)\b)?)|\b(?:both of us|the two of us|between us)\b", re.IGNORECASE)


# a relative said without her name ("my wife", "our son") where what is asked is of her: "did my wife beat me", "how
# many finishes do my wife and I have", "me vs my husband", "my wife's time", or "who was faster" with "my wife" told
# (her name never said after: "my wife," "my wife and I", "my wife beat me", "my wife's time"; "my wife, Melanie
# Dawson," and "my wife melanie" name her)
_UNNAMED = rf"\b(?:my|our)\s+{_ADJECTIVES}(?:{_RELATION.replace('?P<relation>', '')})(?=['\u2019]s\b|\s*[.?!;:)]|\s*$|" \
           rf"\s*,(?!\s*[A-Z][a-z-]+\s+[A-Z])|\s+(?:{'|'.join(sorted(_NOT_NAME))}|vs|versus|beats?|outran|outpaced|ever|faster|slower|quicker|ahead|behind|placed?)\b)"
_RELATIVE_ASKED = re.compile(
    rf"\b(?:did|does|do|has|have|had|was|were|is|are)\s+(?P<a>{_UNNAMED})|"
    rf"\b(?:than|beat|beats|beating|behind|ahead of|against|(?:me|i|myself)\s+(?:and|&|or|vs\.?|versus))\s+(?P<b>{_UNNAMED})|"
    rf"(?P<c>{_UNNAMED})(?:['\u2019]s\s+(?:\w+\s+)?{_HELD}|\s+(?:beat|beats|outran|outpaced|(?:was|ran|finished)\s+(?:faster|slower|"
    rf"ahead|behind|quicker))\b)", re.IGNORECASE)
_OF_US = re.compile(r"\b(?:which|each|both|either|neither) of us\b|\bour\s+(?:\w+\s+)?(?:times?|results?|finish(?:es)?|places?|"
                    r"paces?|races?)\b|\bwho (?:was|ran|finished|came in|got) (?:faster|first|ahead|quicker|slower)\b|\bwe\s+both\b",
                    re.IGNORECASE)
_UNNAMED_SAID = re.compile(_UNNAMED, re.IGNORECASE)


def relative_unnamed(question: str) -> str | None:
    """The relative a question asks of without her name ("I'm Daniel Wallace. Did my wife beat me at …?" → "my wife"),
    or None: who she is the archive cannot tell, so what is asked of her cannot be answered (a relative only told of,
    "my wife and I ran it in 2018, what was my time?", is none)."""
    text = read_runners_told(question)
    if said := _RELATIVE_ASKED.search(text):
        return (said["a"] or said["b"] or said["c"]).strip()
    if _OF_US.search(text) and (said := _UNNAMED_SAID.search(text)):
        return said.group(0).strip()
    return None

# a runner said again by a pronoun ("her" a possessive unless it ends a phrase: "ahead of her and behind her"); never
# a contraction ("he's been slowing down": no name reads better there)
_PRONOUN = re.compile(r"\b(?P<pronoun>he|him|his|she|her)\b(?!['\u2019])(?P<object>(?<=her)(?=\s*(?:[.,;:?!)]|$|\s+(?:and|or|to|in|"
                      r"at|on|by|from|than|with|for|finish(?:ed)?|was|is|did|cross(?:ed)?|last|this|that|the|a|an|overall|back|"
                      r"again|by)\b)))?", re.IGNORECASE)
# a story told of one runner, her name first: "Corey Burns thinks he's …", "Ruth Orozco started near the back …" (never
# what she ran, "X did more than one race …", which the parser reads as asked when the question says it again)
_STORY_OF = re.compile(r"\s*(?P<first>[A-Z][a-z'\u2019-]+)\s+(?P<last>[A-Z][A-Za-z'\u2019-]+)\s+(?=(?:thinks|says|said|claims|"
                       r"believes|swears|wants|wanted|noticed|told|tells|started|attempted|dropped|(?:has|had) no)\b)")


@dataclass(frozen=True)
class _Runner:
    name: str
    sex: str   # "M", "F" or "" (not told)


def _named(first: str, last: str | None, family: str, cased: bool = False) -> str | None:
    """A name said ("Sheila Lane", "dwayne" of the Davis family), or None when its first word is no name (or, in a
    question that capitalises, ``cased``, a word in lower case: "Laura Mitchell and her son pay …")."""
    if first.lower() in _NOT_NAME or cased and first[0].islower():
        return None
    if last and last.lower() not in _NOT_NAME and (last[0].isupper() or first[0].islower()):
        return f"{first} {last}"
    return f"{first} {family}" if family else None


def _cased(text: str) -> bool:
    """Whether the question capitalises names (some word of it begins with a capital past its first)."""
    return bool(re.search(r"(?<=\S)\s+[A-Z]", text))


def _end(said: re.Match[str], name: str) -> int:
    """Where a relative's name ends: after its second word only when that word was her surname."""
    return said.end("last") if said["last"] and name.endswith(said["last"]) else said.end("first")


def _sex(relation: str | None) -> str:
    if not relation:
        return ""
    return "M" if re.fullmatch(_MALE, relation, re.IGNORECASE) else "F" if re.fullmatch(_FEMALE, relation, re.IGNORECASE) else ""


def surname_candidates(question: str) -> list[tuple[str, str]]:
    """(first, last) of each runner a shared surname may name ("Vincent and Melissa Gonzalez": Vincent Gonzalez too)."""
    shared = [(first.strip(), said["last"] or said["last2"]) for said in _SURNAME_SHARED.finditer(question)
              for first in (*(said["firsts"] or said["firsts2"]).split(","), said["first"] or said["first2"])
              if first.strip().lower() not in _NOT_NAME | _ASKED]
    return shared + [(said["first"], said["last"]) for said in _FIRST_NAME_AFTER.finditer(question)]


def said_with_surname(question: str, people: Iterable[tuple[str, str]]) -> str:
    """``question`` with first names that share a surname said once each given it ("Vincent and Melissa Gonzalez" →
    "Vincent Gonzalez and Melissa Gonzalez") — only when the archive holds every one of them (``people``: (first,
    last) of the runners it found), so "Tacoma and Bend Turkey Trot" stays as said."""
    known = {(first.lower(), last.lower()) for first, last in people}
    def said(m: re.Match[str]) -> str:
        last = m["last"] or m["last2"]
        firsts = [first.strip() for first in (*(m["firsts"] or m["firsts2"]).split(","), m["first"] or m["first2"])]
        if not all((first.lower(), last.lower()) in known for first in firsts):
            return m.group(0)
        return ", ".join(f"{first} {last}" for first in firsts[:-1]) + f" and {firsts[-1]} {last}"
    def after(m: re.Match[str]) -> str:
        if (m["first"].lower(), m["last"].lower()) not in known:
            return m.group(0)
        return m.group(0)[:m.start("first") - m.start()] + f"{m['first']} {m['last']}"
    return _FIRST_NAME_AFTER.sub(after, _SURNAME_SHARED.sub(said, question)) if known else question


def signed_up_front(question: str, known: Iterable[tuple[str, str]]) -> str:
    """``question`` with the asker who signs it at its end, or names herself opening it without "I'm", said up front as
    "I'm First Last." (her town after it: "I'm Andrea Williams from portland."), the way the parser reads an asker —
    only when the archive holds her (``known``: (first, last) of the runners found) and the question speaks of herself
    ("my", "I", "me"; never the company's "our races"). A signature after a question of the field ("How many finished the
    2024 half? — Laura Mitchell", no "I" nor "she" in it) is who asks, said up front as "Laura Mitchell here." Unchanged otherwise: "… my time (Tacoma
    Half)?" names no runner."""
    known = {(first.lower(), last.lower()) for first, last in known}
    for pattern in (_SIGNED_BEFORE, _SIGNED_AFTER):
        said = pattern.search(question)
        if not said or (said["first"].lower(), said["last"].lower()) not in known:
            continue
        rest = (question[:said.start()] + " " + question[said.end():]).strip()
        name = " ".join(word if word[:1].isupper() else word.capitalize() for word in (said["first"], said["last"]))
        if not _SPEAKING.search(rest):
            if pattern is _SIGNED_AFTER and re.search(r"[?.!]\s*$", question[:said.start()]) and not _OF_SOMEONE.search(rest):
                # ("How many finished the 2024 half? — Laura Mitchell": who asks, as "Laura Mitchell here." is read —
                # never a filter of the field)
                return f"{name} here. {rest}"
            continue
        town = said.groupdict().get("town") or said.groupdict().get("town2")
        return f"I'm {name}{f' from {town.strip()}' if town else ''}. {rest}"
    return question


def read_runners_told(question: str) -> str:
    """``question`` with the asker and her relative (or a runner and his) said by name throughout."""
    return told[0] if (told := _told(question)) else question


def runners_told(question: str) -> list[tuple[str, str]]:
    """(first, last) of the asker and her relative, or of a runner and his, as told ("i'm michael boone … my dad
    jeremy": Michael Boone, Jeremy Boone) — the names to look up, whatever their case."""
    return [tuple(runner.name.split(maxsplit=1)) for runner in told[1:]] if (told := _told(question)) else []


def _told(question: str) -> tuple[str, _Runner, _Runner] | None:
    """(the question said by name, the relative, the runner she is told of), or None."""
    text = _AGE_ASIDE.sub("", question)
    asker, text = _asker(text)
    if asker:
        if len(relatives := _relatives(text, asker)) != 1:
            return None
        m, relative = relatives[0]
        text = text[:m.start()] + relative.name + text[_end(m, relative.name):]
        return _both_said(_first_person(text, asker.name), relative, asker, first_person_told=True), relative, asker
    if (m := _RELATIVE_OF.search(text)) and (anchor := _anchor(text[:m.start()], m["whose"])) and \
            (name := _named(m["first"], m["last"], anchor.name.split()[-1], _cased(text))):
        relative = _Runner(name, _sex(m["relation"]))
        text = text[:m.start()] + name + text[_end(m, name):]
        return _both_said(text, relative, anchor, first_person_told=False), relative, anchor
    return None


def read_story_of_one(question: str) -> str:
    """``question`` with the one runner a story is told of ("my son Chad Powell has been running it since he was a kid.
    Can you list his times?", "Corey Burns thinks he's been slowing down …", "Why doesn't X have a time for Y?") said
    by name in the question itself, the story before it kept as told; unchanged when the question says nothing of her
    again (it may ask of the race: "… dropped out of X. What was the DNF rate?"). The parser reads it only when the
    question as written is not read whole: a story may hold what the question counts on ("ran both A and B")."""
    text = _AGE_ASIDE.sub("", question)
    if why := _WHY_NO.match(text):   # (asked alone: her status is the answer; else a story told before the question)
        if not (after := text[why.end():]).strip():
            return f"What was {why['who']}'s status{why['rest']}?"
        text = f"{why['who']} has no {why['what']}{why['rest']}. {after.lstrip()}"
    if not (told := _told_of_one(text, _STORY_OF)):
        return question
    m, runner, end, asked = told
    if not _PRONOUN.search(text, asked):
        return question
    return text[:m.start()] + runner.name + text[end:asked] + _third_person(text[asked:], runner, None, first_person_told=False)


def _told_of_one(text: str, opener: re.Pattern[str]) -> tuple[re.Match[str], _Runner, int, int] | None:
    """The one runner a story tells of (a relative, or a name ``opener`` finds first): where she is said, who she is,
    where her name ends, and where the question after the story starts (after its last sentence; a dash may join what
    is wanted to it, "X wants his PR — when?")."""
    if len(relatives := _relatives(text, None)) == 1:
        m, runner = relatives[0]
        end = _end(m, runner.name)
    elif m := opener.match(text):
        runner, end = _Runner(f"{m['first']} {m['last']}", ""), m.end("last")
    else:
        return None
    return m, runner, end, max([end, *(said.end() for said in re.finditer(r"[.!?]+\s+(?=\S)", text))])


# the field a question asks of, not one runner: "what share of that year's entries", "the overall DNF rate at that race"
_FIELD = re.compile(r"\b(?:entries|entrants|finishers|runners|starters|field|everyone|participants|people|folks|"
                    r"(?:dnf|dns|dq|no[- ]show|finish(?:ing)?|drop[- ]?out) rate|share|percent(?:age)?|"
                    r"(?:no[- ]shows|dnfs|dqs|drop[- ]?outs) (?:were|are) there)\b", re.IGNORECASE)


# a runner named first, the story told of her ("Amanda Cordova from Manchester noticed …"), never her own result asked
_NAMED_FIRST = re.compile(r"\s*(?P<first>[A-Z][a-z'\u2019-]+)\s+(?P<last>[A-Z][A-Za-z'\u2019-]+)\b(?!['\u2019]s)(?=[^.!?]*[.!]\s)")


def field_after_story(question: str) -> tuple[str, str] | None:
    """(the story, the question) when a story told of one runner ("Kaitlyn Roman was registered for the Ithaca Shamrock
    5K in March 2025 but didn't show.") comes before a question of the field that says nothing of her again ("What
    share of that year's entries were no-shows?"): she is why it is asked, never its filter. None otherwise."""
    text = _AGE_ASIDE.sub("", question)
    if not (told := _told_of_one(text, _NAMED_FIRST)):
        return None
    _, runner, end, asked = told
    question_said = text[asked:]
    # (a pronoun said again, also in a contraction: "What's the highest she's ever placed there")
    if asked == end or _PRONOUN.search(question_said) or re.search(r"\b(?:he|she)['\u2019](?:s|d|ll)\b", question_said,
                                                                    re.IGNORECASE) or \
            runner.name.split()[-1].lower() in question_said.lower() or not _FIELD.search(question_said):
        return None
    return text[:asked].strip(), question_said.strip()


# what a runner claims or believes before a question checks it: "X thinks he set a PR at Nashua last year."
_CLAIM = re.compile(r"\s*(?:thinks|says|said|claims|claimed|believes|swears|is sure|insists|reckons|told us)\b")


def question_without_claim(question: str) -> str:
    """The question after a runner's claim, with her name said in it ("Mitchell Nguyen thinks he set a PR at Nashua last
    year. What's his fastest Nashua Mother's Day 5K?" → "What's Mitchell Nguyen's fastest Nashua Mother's Day 5K?"): what
    she claims is what the question checks, never a filter of it. ``question`` unchanged when no claim is told first."""
    told = read_story_of_one(question)
    if told == question or not (m := _STORY_OF.match(told)) or not _CLAIM.match(told, m.end("last")):
        return question
    if re.search(r"\b(?:there|that (?:race|event|course))\b", told[told.rfind(". ") + 1:], re.IGNORECASE):
        return question   # ("… at the Bend Turkey Trot last year. What's his fastest time there?": where is the story's)
    asked = max(said.end() for said in re.finditer(r"[.!?]+\s+(?=\S)", told)) if re.search(r"[.!?]+\s+(?=\S)", told) else 0
    return told[asked:] if asked > m.end("last") and f"{m['first']} {m['last']}" in told[asked:] else question


# a question that points back at the story's race or year: "his times there", "that race", "that year"
_BACK_TO_THE_STORY = re.compile(r"\b(?:there|then|that (?:race|event|year|day|one|time)|those (?:races|years|events)|it)\b",
                                re.IGNORECASE)


def question_after_story(question: str) -> tuple[str, str] | None:
    """(the story, the question with her name said in it) when a story of one runner named first ("Jo Garner is a legend
    in the 50+ ranks around here.") comes before a question asked of her ("How many times has she won her age group?");
    the parser reads the question alone only when every word it could not use is the story's. None otherwise."""
    text = _AGE_ASIDE.sub("", question)
    if not (told := _told_of_one(text, _NAMED_FIRST)) or told[3] == told[2] or not _PRONOUN.search(text, told[3]) or \
            _BACK_TO_THE_STORY.search(text, told[3]):
        return None
    _, runner, _, asked = told
    return text[:asked].strip(), _third_person(text[asked:], runner, None, first_person_told=False)


def _asker(text: str) -> tuple[_Runner | None, str]:
    """The asker named, and ``text`` with her introduction said as her name (or gone)."""
    if said := _ASKER_BRACKETED.search(text):
        # ("My husband Daniel Wallace and I (Jennifer)": her surname, his)
        last = said["last"] or next((m["last"] for m in _RELATIVE.finditer(text) if m["relation"] and m["last"]
                                     and m["last"].lower() not in _NOT_NAME), None)
        if last:
            asker = _Runner(f"{said['first']} {last}", "")
            return asker, text[:said.start()] + asker.name + text[said.end():]
    if (said := _ASKER_SAID.search(text)) and (first := said["first"] or said["first2"]).lower() not in _NOT_NAME and \
            (last := said["last"] or said["last2"]).lower() not in _NOT_NAME:
        town = said["town"] or said["town2"]   # (where she lives: her family's too, a filter kept)
        return _Runner(f"{first} {last}", ""), (text[:said.start()] + (f" From {town}. " if town else " ") +
                                                 text[said.end():]).strip()
    if (said := _ASKER_OPENING.match(text)) and not {said["first"].lower(), said["last"].lower()} & (_NOT_NAME | _ASKED) \
            and any(m["relation"] for m in _RELATIVE.finditer(text, said.end())):
        return _Runner(f"{said['first']} {said['last']}", ""), text[said.end():]
    return None, text


def _anchor(before: str, whose: str) -> _Runner | None:
    """The runner a relative is told of ("his wife"), named before it; her sex is what "his" or "her" says."""
    for pattern in _ANCHOR:
        if (said := pattern.search(before)) and not {said["first"].lower(), said["last"].lower()} & (_NOT_NAME | _ASKED):
            return _Runner(f"{said['first']} {said['last']}", {"his": "M", "her": "F"}.get(whose.lower(), ""))
    return None


def _relatives(text: str, asker: _Runner | None) -> list[tuple[re.Match[str], _Runner]]:
    """Each relative named ("my mom Sheila Lane", "my dad dwayne": the asker's surname), where she is said."""
    family = asker.name.split()[-1] if asker else ""
    said = [(m, _named(m["first"], m["last"], family, _cased(text))) for m in _RELATIVE.finditer(text)
            if m["relation"] or re.search(_AGE, m.group(0), re.IGNORECASE)]
    return [(m, _Runner(name, _sex(m["relation"]))) for m, name in said if name and not (asker and name == asker.name)]


def _both_said(text: str, relative: _Runner, anchor: _Runner, first_person_told: bool) -> str:
    """Two runners named: "our times", the pronouns, a first name said alone and a "faster" without its "than"."""
    both = f"{anchor.name} and {relative.name}"
    text = _OURS.sub(lambda said: f"the {said['held']} of {both}" if said["held"] else both, text)
    # "how did each of their Galveston half times change": the times of both
    text = re.sub(rf"\b(?:each of )?their ((?:[\w'-]+ ){{0,3}}?)({_HELD})", rf"the \1\2 of {both}", text, flags=re.IGNORECASE)
    if first_person_told:   # ("how far apart were we", "the years we've both finished", "which of us"): the two of them
        text = re.sub(r"\b(each|which|either|neither) of us\b", rf"\1 of {both}", text, flags=re.IGNORECASE)
        text = re.sub(r"\bwe(?:['\u2019](?P<have>ve))?\b(?!['\u2019]| (?:need|want|get|would|can|could|wonder|were wondering)\b)",
                      lambda said: both + (" have" if said["have"] else ""), text, flags=re.IGNORECASE)
        text = re.sub(r"\bour (head[- ]to[- ]head|record|rivalry)\b", rf"the \1 of {both}", text, flags=re.IGNORECASE)
    text = _third_person(text, relative, anchor, first_person_told)
    # ("Tammy lives with us in Northampton": where she lives, told apart from a namesake)
    text = re.sub(r"\b(?:lives|lived|is living) (?:with (?:us|me|them) )?in\b", "is from", text, flags=re.IGNORECASE)
    return _than_the_other(_first_name_alone(text, relative), relative, anchor)


def _first_person(text: str, asker: str) -> str:
    """ "I", "me", "my" said of the asker's own running → her name ("did I beat her", "ahead of me", "my time"); never
    the asker asking ("can I get", "give me")."""
    asking = [m.span() for m in _ASKING.finditer(text)]
    def said(m: re.Match[str]) -> str:
        if any(start <= m.start() < end for start, end in asking):
            return m.group(0)
        return f"{asker}'s " if m["my"] else asker
    text = re.sub(rf"\b(?P<my>my)\s+(?={_HELD})", said, text, flags=re.IGNORECASE)
    text = re.sub(r"(?<![(\w])(?P<my>)\bi\b(?!['\u2019])", said, text, flags=re.IGNORECASE)
    # ("me and my boy jeffrey", "me vs my husband Kevin", "compare me and my wife Lindsey", "who has won it more times, me
    # or my sister Rebecca?")
    text = re.sub(r"(^\W*(?:compare\s+)?|,\s*)me\s+(and|or|vs\.?|versus)\s", lambda m: f"{m[1]}{asker} {m[2]} ", text,
                  flags=re.IGNORECASE)
    # ("beat me again": who beat whom, the story's "again" said of it)
    return re.sub(r"\b(than|of|beat|beats|beaten|beating|behind|past|over|and|with|before|after)\s+me(?:\s+again\b)?\b",
                  lambda m: f"{m[1]} {asker}", text, flags=re.IGNORECASE)


def _third_person(text: str, relative: _Runner, anchor: _Runner | None, first_person_told: bool) -> str:
    """ "he", "him", "her", "his" → the runner meant: the one runner told of, or in the asker's words the relative (the
    one other runner); else the one of that sex, when the two are told apart by it."""
    def whom(pronoun: str) -> _Runner | None:
        sex = "M" if pronoun in ("he", "him", "his") else "F"
        if first_person_told or anchor is None:
            return relative if relative.sex in (sex, "") else None
        meant = [runner for runner in (relative, anchor) if runner.sex == sex]
        unmeant = [runner for runner in (relative, anchor) if runner.sex not in (sex, "")]
        if len(meant) == 1:
            return meant[0]
        return relative if unmeant == [anchor] else anchor if unmeant == [relative] else None
    def said(m: re.Match[str]) -> str:
        pronoun = m["pronoun"].lower()
        if (runner := whom(pronoun)) is None:
            return m.group(0)
        return f"{runner.name}'s" if pronoun == "his" or pronoun == "her" and m["object"] is None else runner.name
    return _PRONOUN.sub(said, text)


def _first_name_alone(text: str, relative: _Runner) -> str:
    """A relative's first name said alone, or its short form, where a runner is said ("how many seconds faster was
    greg": Gregory Thomas) → her whole name."""
    first, last = relative.name.split(maxsplit=1)
    def said(m: re.Match[str]) -> str:
        short = m["short"].lower()
        return f"{m['before']} {relative.name}" if short not in _NOT_NAME and first.lower().startswith(short) else m.group(0)
    return re.sub(rf"\b(?P<before>was|were|than|did|beat|and|of|behind|ahead of)\s+(?P<short>[A-Za-z]{{3,}})\b"
                  rf"(?!\s+{re.escape(last)}\b)", said, text, flags=re.IGNORECASE)


def _than_the_other(text: str, relative: _Runner, anchor: _Runner) -> str:
    """ "how many seconds faster was Gregory Thomas" → "… than Kristin Thomas": the other one is who he is compared with."""
    def said(m: re.Match[str]) -> str:
        other = anchor.name if m["who"].lower() == relative.name.lower() else relative.name
        return f"{m.group(0)} than {other}"
    names = "|".join(re.escape(runner.name) for runner in (relative, anchor))
    return re.sub(rf"\bhow (?:much|many (?:seconds|minutes))\s+(?:faster|quicker|slower)\s+(?:was|were|did)\s+(?P<who>{names})\b"
                  rf"(?![^?.!]*\bthan\b)", said, text, flags=re.IGNORECASE)
