"""The names a company's questions use, resolved against that company's own archive rows.

``Vocabulary`` is plain data (event names, cities, states, people), so the parser stays pure and its tests
need no database; ``load_vocabulary`` fills it from the archive through the guard, which means a company can
only ever resolve its own events and runners — another company's "Austin Turkey Trot" is simply unknown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from nicknames import NickNamer
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler
from sqlglot import exp

from nlq import rx
from nlq.asker import read_runners_told, runners_told, signed_up_front, surname_candidates
from nlq.entities import NUMBER_WORDS
from nlq.execute import run

EVENT_MATCH_MIN = 86          # rapidfuzz partial_ratio over the question; 100 is an exact mention
PERSON_MATCH_MIN = 0.93       # Jaro-Winkler similarity of "first last" (rapidfuzz; DuckDB's gives the same)
# and of the last name alone: "Smyth" for "Smith" (0.89), never "Clark" for "Blake" or "Porter" for "Parker" (0.73,
# 0.80), whose full names pass the first bound on the shared first name
LAST_NAME_MATCH_MIN = 0.88

US_STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york state": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "vermont": "VT", "virginia": "VA", "washington state": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY",
}
# a state by its code, named as people name it ("TX": "Texas"), for the labels of groups compared
STATE_NAMES = {code: name.removesuffix(" state").title() for name, code in US_STATES.items()}


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str

    @property
    def name(self) -> str:
        """ "First Last", as said back and as a story's runner is said again in the question."""
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Vocabulary:
    company: str
    events: tuple[str, ...]                       # distinct event names (a series shares one name)
    cities: tuple[str, ...]                       # cities of its events and runners
    people: tuple[Person, ...] = field(default=())  # people named in this question who exist in its data
    families: tuple[str, ...] = field(default=())   # last names said as a family in this question ("the Smiths"), as stored
    event_cities: tuple[str, ...] = ()            # the cities its events were held in (a subset of ``cities``)
    held_at: tuple[tuple[str, str], ...] = ()     # (event, city) of every event with a city
    editions: tuple[tuple[str, date], ...] = ()   # (event, date) of every edition

    def events_in(self, city: str) -> set[str]:
        """The events held in ``city`` (any case), by name."""
        return {event for event, where in self.held_at if where.lower() == city.lower()}

    def only_event_in(self, city: str) -> str | None:
        """The event held in ``city`` when it is the only one there ("both Santa Fe and Las Vegas")."""
        held = self.events_in(city)
        return held.pop() if len(held) == 1 else None

    def towns_of(self, events: Iterable[str]) -> set[str]:
        """The towns (lower-case) the ``events`` named are held in."""
        named = set(events)
        return {where.lower() for event, where in self.held_at if event in named}

    def with_people(self, people: tuple[Person, ...], families: tuple[str, ...] = ()) -> Vocabulary:
        return replace(self, people=people, families=families)

    def names_a_place(self, pair: tuple[str, str]) -> bool:
        """Whether two words are part of one of its event or city names ("Fort Worth", "Turkey Trot"): then
        they are not looked up as a runner's name, which saves a scan of every runner per question."""
        words = f" {pair[0]} {pair[1]} ".lower()
        return any(words in f" {name.lower()} " for name in self.events + self.cities)


@dataclass(frozen=True)
class Mention:
    value: str                     # the canonical name as stored
    start: int                     # span in the lower-cased question
    end: int


def match_events(question: str, events: tuple[str, ...], limit: int = 3) -> list[Mention]:
    """Event names the question mentions (typos allowed), in the order said, without overlapping."""
    text = question.lower()
    found: list[Mention] = []
    while len(found) < limit:
        best: tuple[float, int, Mention] | None = None
        for name, alias in _aliases(events):
            alignment = fuzz.partial_ratio_alignment(alias, text)
            if alignment is None or alignment.score < EVENT_MATCH_MIN:
                continue
            start, end = _trim_to_name(alias, text, *_widen_to_words(text, alignment.dest_start, alignment.dest_end))
            if start == end or not _names_the_place(alias, text[start:end]):
                continue
            candidate = (alignment.score, len(name), Mention(name, start, end))
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        if best is None:
            break
        found.append(best[2])
        text = text[:best[2].start] + " " * (best[2].end - best[2].start) + text[best[2].end:]
    return sorted(found, key=lambda mention: mention.start)


def _aliases(events: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each event name and the short forms people say: "Fort Worth Half" for "Fort Worth Half Marathon"."""
    pairs = []
    for name in events:
        lowered = name.lower()
        pairs.append((name, lowered))
        if lowered.endswith(" half marathon"):
            pairs.append((name, lowered.removesuffix(" marathon")))
        elif lowered.endswith(" marathon"):   # "the Tampa full marathon", "the Tampa full"
            pairs += [(name, lowered.removesuffix(" marathon") + " full marathon"), (name, lowered.removesuffix(" marathon") + " full")]
    return pairs


_GENERIC_WORDS = {"half", "marathon", "5k", "10k", "50k", "mile", "run", "race", "trot", "the", "for", "day"}


def _names_the_place(alias: str, span: str) -> bool:
    """The distinctive words of an event name (its city, its theme) must be there, typos allowed: "half
    marathon" alone does not mention the "Napa Half Marathon"."""
    said = span.split()
    return all(any(fuzz.ratio(word, other) >= 80 for other in said)
               for word in alias.split() if word not in _GENERIC_WORDS)


def _trim_to_name(alias: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The span without edge words that are no word of the name: a typo shortens the name, so the aligned
    window runs into the next word ("naperville turky trot l|ast year"), which must stay the question's."""
    words = [m for m in rx.finditer(r"[\w']+", text[start:end])]
    named = alias.split()
    keep = [m for m in words if any(fuzz.ratio(m.group(0), word) >= 70 for word in named)]
    if not keep:
        return start, start
    return start + keep[0].start(), start + keep[-1].end()


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "'"):
        end += 1
    return start, end


def match_series(text: str, events: tuple[str, ...], generic: frozenset[str],
                 places: tuple[str, ...] = ()) -> Mention | None:
    """Words that name a series of the company's events without a whole name: "all our Turkey Trots",
    "the Memorial Day 5K" (for "Albuquerque Memorial Day 5K"). The longest run of 2–4 words (plurals
    singular) that stands in at least one event name, holds a word that is not ``generic`` and is not just
    one of ``places`` (a city names where, not which). The mention's value is a ``|``-joined list of the
    names it covers."""
    place_names = {place.lower() for place in places}
    words = [(m.group(0), m.start(), m.end()) for m in rx.finditer(r"[a-z0-9][a-z0-9'-]*", text.lower())]
    # (apostrophes dropped on both sides: "both mothers day 5ks" is the "Mother's Day 5K")
    lowered = {name: f" {name.lower().replace(chr(39), '')} " for name in events}
    for size in (4, 3, 2):
        for i in range(len(words) - size + 1):
            run = words[i:i + size]
            said = [_singular(w) for w, _, _ in run]
            if all(w in generic for w in said) or " ".join(said) in place_names or \
                    text[run[0][1]:run[-1][2]].count("  "):
                continue
            if _named_before(text, words, i, i + size, lowered, generic, place_names):
                continue  # "Erie Turkey Trot": a whole name the company does not have (", Turkey Trot" is none)
            phrase = f" {' '.join(said)} "
            names = [name for name, low in lowered.items() if phrase in low]
            if names:
                return Mention("|".join(sorted(names)), run[0][1], run[-1][2])
    return _scattered(text, words, lowered, generic, place_names) or _one_word(text, words, lowered, generic, place_names)


def _one_word(text: str, words: list[tuple[str, int, int]], lowered: dict[str, str], generic: frozenset[str],
              place_names: set[str]) -> Mention | None:
    """One distinctive word of event names said with "the": "the firecracker" for the "Santa Fe Firecracker 5K" (every
    event whose name holds it), "the 2023 shamrock" too, or opening the question before a year or a place ("Shamrock 2025:
    …", "firecracker in greenville …"). Never a word the parser reads otherwise, nor a place."""
    for i, (word, start, end) in enumerate(words):
        said = word.removesuffix("s") if word.endswith(("trots", "runs", "races")) else word
        before = i - 2 if i >= 2 and rx.fullmatch(r"20\d\d", words[i - 1][0]) else i - 1   # (a year between)
        # ("Shamrock 2025, 5K only: …", "firecracker in greenville last july": the word opening the question, its year or
        # place after it)
        opening = i == 0 and len(words) > 1 and (rx.fullmatch(r"20\d\d", words[1][0]) or words[1][0] == "in")
        # (never a word of a place's name: "the bowling green mile" is the race at Bowling Green)
        if not opening and (before < 0 or words[before][0] not in ("the", "our")) or len(said) < 5 or said in generic or \
                not said.isalpha() or any(said in place.split() for place in place_names):
            continue
        if names := [name for name, low in lowered.items() if f" {said} " in low]:
            return Mention("|".join(sorted(names)), start, end)
    return None


def _singular(word: str) -> str:
    """A word of a name as event names hold it: "trots" is "trot", "mothers" is "mother's" (apostrophes dropped)."""
    return (word.removesuffix("s") if word.endswith(("trots", "runs", "races", "ks")) else word).replace("'", "")


def _named_before(text: str, words: list[tuple[str, int, int]], i: int, end: int, lowered: dict[str, str],
                  generic: frozenset[str], place_names: set[str]) -> bool:
    """Whether words ``i`` to ``end`` close a longer name that is not the company's: a distinctive word right before
    them ("Erie Turkey Trot" is not the company's "Turkey Trot"), or a place the names covered do not hold ("the Napa
    Summer Solstice 10K" where the company's is Providence's). Name words before the run are read with it first:
    "summer" and "mother's" are words of "Summer Solstice 10K" and "Mother's Day 5K"."""
    said = " ".join(_singular(w) for w, _, _ in words[i:end])
    while i > 0 and text[words[i - 1][2]:words[i][1]] == " " and any(
            f" {words[i - 1][0].replace(chr(39), '')} {said} " in low for low in lowered.values()):
        i -= 1
        said = f"{words[i][0].replace(chr(39), '')} {said}"
    if i == 0 or text[words[i - 1][2]:words[i][1]] != " ":
        return False
    covered = [low for low in lowered.values() if f" {said} " in low]
    before = text[:words[i][1]].rstrip().lower()
    if any(before.endswith(place) and (len(before) == len(place) or not before[-len(place) - 1].isalnum())
           and not any(f" {place} " in low for low in covered) for place in place_names):
        return True   # ("the Colorado Springs Shamrock 5K" at a company whose Shamrock 5K is Ithaca's)
    word = words[i - 1][0]
    # a possessive is an owner, not part of a name: "Angela Smith's turkey trot finishes"
    # ("our two Mother's Day 5Ks": a count of them is no name either)
    # ("both mothers day 5ks": which of them, no name either)
    return word not in generic and not word.isdigit() and word not in NUMBER_WORDS and \
        not word.endswith("'s") and word not in ("both", "all", "our", "the", "these", "those", "every", "each", "your",
                                                 "their", "my")


def _scattered(text: str, words: list[tuple[str, int, int]], lowered: dict[str, str], generic: frozenset[str],
               place_names: set[str]) -> Mention | None:
    """A short form that skips words of one event's name, in order: "the Fort Collins 10K" for the "Fort Collins
    Summer Solstice 10K". Only when exactly one name holds them, so it never guesses between events."""
    for size in (4, 3, 2):
        for i in range(len(words) - size + 1):
            said = [w for w, _, _ in words[i:i + size]]
            if all(w in generic for w in said) or " ".join(said) in place_names or \
                    _named_before(text, words, i, i + size, lowered, generic, place_names):
                continue
            # (each word in the name at all first: most runs of words are in none, and need no pattern)
            if not (held := [(name, low) for name, low in lowered.items() if all(w in low for w in said)]):
                continue
            pattern = rx.compiled(r"\b" + r"\b.*\b".join(re.escape(w) for w in said) + r"\b")
            names = [name for name, low in held if pattern.search(low)]
            if len(names) == 1:
                return Mention(names[0], words[i][1], words[i + size - 1][2])
    return None


def match_city(question: str, cities: tuple[str, ...]) -> Mention | None:
    """A city the question names as a whole word (cities are matched exactly, case aside)."""
    text = question.lower()
    for city in sorted(cities, key=len, reverse=True):
        if city.lower() in text and (m := rx.search(rf"\b{re.escape(city.lower())}\b", text)):
            return Mention(city, m.start(), m.end())
    return None


# The abbreviations of AP style and older usage ("from Mass.", "Calif. runners"), read after from/in/of.
STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT", "fla": "FL",
    "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "md": "MD", "mass": "MA",
    "mich": "MI", "minn": "MN", "miss": "MS", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "n.h": "NH",
    "n.j": "NJ", "n.m": "NM", "n.y": "NY", "n.c": "NC", "n.d": "ND", "okla": "OK", "ore": "OR", "oreg": "OR",
    "penn": "PA", "penna": "PA", "r.i": "RI", "s.c": "SC", "s.d": "SD", "tenn": "TN", "tex": "TX", "vt": "VT",
    "va": "VA", "wash": "WA", "w.va": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
}
_STATE_ABBREVIATION = re.compile(r"\b(?:from|in|of) ((?:" + "|".join(re.escape(a) for a in sorted(
    STATE_ABBREVIATIONS, key=len, reverse=True)) + r")\.?)(?=[\s,?!;:]|$)", re.IGNORECASE)


# What a state's people are called ("Oregonians finished …"): always where runners are from.
DEMONYMS = {
    "alabamian": "AL", "alaskan": "AK", "arizonan": "AZ", "arkansan": "AR", "californian": "CA", "coloradan": "CO",
    "connecticuter": "CT", "delawarean": "DE", "floridian": "FL", "georgian": "GA", "hawaiian": "HI",
    "idahoan": "ID", "illinoisan": "IL", "hoosier": "IN", "iowan": "IA", "kansan": "KS", "kentuckian": "KY",
    "louisianan": "LA", "mainer": "ME", "marylander": "MD", "michigander": "MI", "minnesotan": "MN",
    "mississippian": "MS", "missourian": "MO", "montanan": "MT", "nebraskan": "NE", "nevadan": "NV",
    "new hampshirite": "NH", "new jerseyan": "NJ", "new mexican": "NM", "new yorker": "NY",
    "north carolinian": "NC", "north dakotan": "ND", "ohioan": "OH", "oklahoman": "OK", "oregonian": "OR",
    "pennsylvanian": "PA", "rhode islander": "RI", "south carolinian": "SC", "south dakotan": "SD",
    "tennessean": "TN", "texan": "TX", "utahn": "UT", "vermonter": "VT", "virginian": "VA",
    "washingtonian": "WA", "west virginian": "WV", "wisconsinite": "WI", "wyomingite": "WY",
    # what people also call them
    "nutmegger": "CT", "bay stater": "MA", "granite stater": "NH", "buckeye": "OH", "cheesehead": "WI", "sooner": "OK",
    "tar heel": "NC", "keystoner": "PA", "empire stater": "NY", "sunshine stater": "FL", "lone star stater": "TX",
}
_DEMONYM_WORDS = "|".join(sorted(DEMONYMS, key=len, reverse=True))
_DEMONYM = re.compile(rf"\b({_DEMONYM_WORDS})s?\b", re.IGNORECASE)


def out_of_state_said(question: str) -> str:
    """``question`` with runners named as not from a state said as out-of-state runners: "Texans vs non-Texans" →
    "Texans vs out-of-state runners" (the two groups a state and everyone else read)."""
    return rx.sub(rf"\bnon[- ]?(?:{_DEMONYM_WORDS})s?\b", "out-of-state runners", question, flags=re.IGNORECASE)


def match_demonym(question: str) -> Mention | None:
    """Runners named by their state's demonym: "how many Oregonians finished" (a state of residence)."""
    if m := _DEMONYM.search(question):
        return Mention(DEMONYMS[m.group(1).lower()], m.start(), m.end())
    return None


# every state by its name, lower case
_STATE_NAMES = [(re.compile(rf"\b{name}\b"), code) for name, code in US_STATES.items()] + [
    (re.compile(r"\bwashington\b(?!,? d\.?c\b)"), "WA"),   # the city is "Washington, DC" when meant
    (re.compile(r"\bnew york\b(?! city\b)"), "NY")]         # the state, unless a city of the data says it (parser._places)


def state_at(question: str, at: int) -> Mention | None:
    """The US state named exactly at ``at`` in ``question`` (by name, or by its code: in capitals, or typed lower-case
    unless it is also an English word, "portsmouth nh" but never "austin or"), or None."""
    text = question.lower()
    for pattern, code in _STATE_NAMES:
        if m := pattern.match(text, at):
            return Mention(code, at, m.end())
    if (m := rx.compiled(r"([A-Za-z]{2})\b").match(question, at)) and (code := state_code(m.group(1))):
        return Mention(code, at, m.end())
    return None


def state_code(said: str) -> str | None:
    """The state a two-letter code names: in capitals, or typed lower-case unless it is also an English word ("nh",
    never "or", "me", "in"); None otherwise."""
    code = said.upper()
    return code if code in US_STATES.values() and (said.isupper() or said.lower() not in WORD_CODES) else None


def match_state(question: str) -> Mention | None:
    """A US state by name ("Texas"), or after from/in by its code ("from TX") or abbreviation ("from Mass.")."""
    text = question.lower()
    named = [Mention(code, m.start(), m.end()) for pattern, code in _STATE_NAMES if (m := pattern.search(text))]
    if named:   # the first said ("from Ohio or Kentucky"); "West Virginia" over the "Virginia" inside it
        first = min(named, key=lambda said: (said.start, -said.end))
        # (a code said before it as where runners are from: "from TX or over from New York")
        coded = _state_by_code(question[:first.start])
        return coded if coded and not rx.search(r"\bin\s+$", question[:coded.start]) else first
    if m := _STATE_ABBREVIATION.search(question):
        return Mention(STATE_ABBREVIATIONS[m.group(1).lower().rstrip(".")], m.start(1), m.end(1))
    return _state_by_code(question)


def _state_by_code(question: str) -> Mention | None:
    """A state said by its code where a state is expected: "from TX", "GA runners", "from ny"."""
    # ("from CT vs NY": the code said against another, as where runners are from)
    if m := rx.search(r"\b(?:from|in|besides|except|excluding|other than|not|not counting|outside(?: of)?|out of|state (?:is|was|=)|"
                      r"vs\.?|versus) ([A-Z]{2})\b|"
                      r"\b([A-Z]{2}) (?=runners|finishers|residents|women|men|(?:home )?address(?:es)?\b|residences?\b)\b", question):
        # ("GA runners", "listed a PA address")
        if (code := m.group(1) or m.group(2)) in US_STATES.values():
            return Mention(code, m.start(1 if m.group(1) else 2), m.end(1 if m.group(1) else 2))
    # "finishers from ny", "outside nh": a code typed lower-case after "from", unless it is also an English word ("from me")
    if (m := rx.search(r"\b(?:from|outside(?: of)?|out of) ([a-z]{2})\b", question)) and (code := state_code(m.group(1))):
        return Mention(code, m.start(1), m.end(1))
    return None


# state codes that are also English words: read lower-case only where a state is expected ("from ny", never "from me")
WORD_CODES = frozenset("in or me hi ok oh al de la ma mi pa id co ga wa va mo ne".split())


_NOT_NAMES = {"show", "find", "list", "how", "what", "which", "who", "give", "me", "the", "our", "all", "top",
              "compare", "analyze", "analyse", "runners", "runner", "marathon", "half", "race", "event", "results",
              "in", "at", "of", "for", "and", "a", "an", "is", "was", "did", "many", "fastest", "best", "pr",
              "when", "where", "last", "this", "year", "men", "women", "male", "female", "personal", "record"}


def person_candidates(question: str) -> list[tuple[str, str]]:
    """(first, last) pairs the question may name: "Jane Doe's PR", "results for jane doe", "Jane Doe" (also "JANE
    DOE'S", "Jane Doé", a curly apostrophe: read as the plain names they are)."""
    question = _plain_names(question)
    # ("my daughter Yesenia and I … — Andrea Williams": the asker who signs it said up front, her relative's surname hers;
    # every pair said may be her, the archive tells which is)
    question = signed_up_front(question, _pairs_said(question))
    told = runners_told(question)   # ("my dad dwayne and i": Dwayne Davis, the asker's surname)
    return list(dict.fromkeys(_pairs_said(read_runners_told(question)) + told))


def _pairs_said(question: str) -> list[tuple[str, str]]:
    """(first, last) of each pair of words in ``question`` that may name a runner."""
    pairs = []
    patterns = (r"\b([A-Za-z][a-z'-]+) ([A-Za-z][A-Za-z'-]+)'s\b",
                r"\b(?:for|by|of|named|called|runner|athlete|about) ([A-Za-z][a-z'-]+) ([A-Za-z][A-Za-z'-]+)\b",
                r"\b([A-Z][a-z'-]+) ([A-Z][A-Za-z'-]+)\b",
                # typed in lower case: after has/did/is/was, or opening the question ("kylie barrett results")
                r"\b(?:has|did|does|is|was|what'?s|doesn'?t|didn'?t|isn'?t|wasn'?t|hasn'?t) ([a-z][a-z'-]+) ([a-z][a-z'-]+)\b", r"^\s*([a-z][a-z'-]+) ([a-z][a-z'-]+)\b",
                # the asker, named: "hey its rachael santos, whats my …", "i'm john smith", "rachael santos here -"
                r"\b(?:it'?s|this is|i'?m|i am|my name is|name'?s) ([a-z][a-z'-]+) ([a-z][a-z'-]+)\b",
                r"\b([a-z][a-z'-]+) ([a-z][a-z'-]+) here\b",
                # the asker signing the question: "… ? (andrea williams, portland)", "… - kelly lopez", "…? natalie davis"
                r"(?:\(|\s[-\u2013\u2014]+|\?)\s*([a-z][a-z'-]+) ([a-z][a-z'-]+)\s*(?:,[^()?]*)?\)?\s*[.!]?\s*$",
                # a relative named: "my mom jacqueline lopez did …", "our son david gilmore"
                r"\b(?:my|our|her|his) (?:little |younger |older |big |baby |eldest |youngest )?(?:wife|husband|son|daughter|mom|"
                r"mother|dad|father|brother|sister|kid|boy|girl|friend|partner|grandma|grandpa|grandmother|grandfather|aunt|"
                r"uncle|cousin|niece|nephew|teammate|client|runner|athlete) ([a-z][a-z'-]+) ([a-z][a-z'-]+)\b",
                # a claim checked: "is it true regina hogan won nashua", "confirm that john smith …"
                r"\b(?:true|right|sure|confirm|heard)(?: that)? ([a-z][a-z'-]+) ([a-z][a-z'-]+)\b",
                # "every race meagan hall has entered"
                r"\b([a-z][a-z'-]+) ([a-z][a-z'-]+) (?:has|had|have) (?:run|ran|entered|raced|finished|done|won|been)\b",
                # a second runner typed in lower case after the first: "beth barber or lisa hood"
                r"\b[A-Za-z][a-z'-]+ [A-Za-z][A-Za-z'-]+,? (?:and|or|&|vs\.?|versus) ([a-z][a-z'-]+) ([a-z][a-z'-]+)\b")
    for pattern in patterns:
        for first, last in rx.findall(f"(?={pattern})", question):   # overlapping: "What's Kristina Parks'"
            if first.lower() not in _NOT_NAMES and last.lower() not in _NOT_NAMES:
                pairs.append((first, last.rstrip("'")))   # "Kristina Parks' fastest"
    return list(dict.fromkeys(pairs + surname_candidates(question)))


def _plain_names(question: str) -> str:
    """``question`` with accents taken off, curly apostrophes straight and words in capitals capitalised ("TINA
    BURTON'S" → "Tina Burton's"): names as the patterns of ``person_candidates`` find them."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", question) if not unicodedata.combining(c)).replace("\u2019", "'")
    return rx.sub(r"\b[A-Z]{2,}(?:'S)?\b", lambda word: word.group(0).capitalize(), plain)


# a family said by its last name: "how many Smiths", "the Garcia family", "runners named Nguyen", "last name Lee"
# (the name capitalized, the words around it in any case)
# (a name with a capital inside it said too: "O'Connell", "McIntyre"; "all the Patels at …" a family, where "the Mothers at"
# is not)
_SURNAME = r"[A-Z][a-z]*(?:'?[A-Z])?[a-z'-]+"
_PLURAL = r"(?:(?<=[sxz])es|(?<=[cs]h)es|s)"   # ("the Joneses", "the McIntyres")
FAMILY_SAID = (rf"\b(?i:how many) ({_SURNAME}?){_PLURAL}\b|\b(?i:the) ({_SURNAME}?){_PLURAL}\b(?! (?:of|in|at)\b)|"
               rf"\b(?i:the) ([A-Za-z][a-z'-]+) (?i:famil(?:y|ies))\b|\b(?i:named|called|surnamed) ({_SURNAME})\b(?! [A-Z])|"
               rf"\b(?i:(?:last|family) name (?:of )?)([A-Za-z][a-z'-]+)\b|\b(?i:surname) ([A-Za-z][a-z'-]+)\b|"
               rf"\b(?i:all the|every) ({_SURNAME}?){_PLURAL}\b")


def family_candidates(question: str) -> list[str]:
    """Last names the question may say as a family ("how many Smiths", "the Garcia family"), singular."""
    return list(dict.fromkeys(said for m in rx.finditer(FAMILY_SAID, question) for said in m.groups()
                              if said and said.lower() not in _NOT_NAMES))


def find_families(candidates: list[str], partner_id: int, home: Path) -> tuple[str, ...]:
    """The candidates that are a last name of this company's runners, spelled as stored (exactly, any case)."""
    if not candidates:
        return ()
    names = _runner_names(partner_id, home, (home / "archive").resolve())
    # ("O'Connell" is stored Oconnell)
    return tuple(sorted({names.people[index].last_name for name in candidates
                         for index in names.by_surname.get(name.lower(), ()) or names.by_surname.get(
                             name.lower().replace("'", ""), ())}))


def load_vocabulary(partner_id: int, home: Path) -> Vocabulary:
    """The company's event names and cities, cached per archive version (an export makes a new version)."""
    return _cached_vocabulary(partner_id, home, (home / "archive").resolve())


@lru_cache(maxsize=64)
def _cached_vocabulary(partner_id: int, home: Path, _version: Path) -> Vocabulary:
    company = run("SELECT name FROM timing_partners", partner_id, home).rows
    events = run("SELECT DISTINCT name FROM events ORDER BY name", partner_id, home, row_cap=100_000).rows
    held_at = run("SELECT DISTINCT name, city FROM events WHERE city IS NOT NULL", partner_id, home, row_cap=100_000).rows
    held_in = {city for _, city in held_at}
    editions = run("SELECT DISTINCT name, event_date FROM events ORDER BY 1, 2", partner_id, home, row_cap=100_000).rows
    cities = run("SELECT DISTINCT city FROM participants WHERE city IS NOT NULL", partner_id, home,
                 row_cap=100_000).rows
    return Vocabulary(company=company[0][0] if company else "", events=tuple(name for (name,) in events),
                      cities=tuple(sorted({c for (c,) in cities} | held_in)),
                      event_cities=tuple(sorted(held_in)), held_at=tuple(map(tuple, held_at)),
                      editions=tuple(map(tuple, editions)))


def find_people(candidates: list[tuple[str, str]], partner_id: int, home: Path) -> tuple[Person, ...]:
    """The candidates that are runners of this company, spelled as stored (close misspellings allowed); each name
    looked up once per archive version (an export makes a new version)."""
    version = (home / "archive").resolve()
    # (a name with an apostrophe and a typo, "O'Brian", tried without it too: Obrien is stored so)
    found = (_cached_person(partner_id, home, version, first.lower(), last.lower()) or "'" in last and _cached_person(
        partner_id, home, version, first.lower(), last.lower().replace("'", "")) for first, last in candidates)
    return tuple(dict.fromkeys(person for person in found if person))


_NICKNAMES = NickNamer()   # the nicknames package's hand-curated English names and nicknames ("Ginny" of Virginia)


def formal_names(first: str) -> frozenset[str]:
    """The first names ``first`` (lower case) is a nickname of, lower case: "ginny" → {"virginia"}, "ted" →
    {"edward", "edmund", "theodore"}; empty for a name that is no nickname. From the ``nicknames`` package, only the
    longer names a nickname shortens (it lists "hannah" as a nickname of "susan": someone saying Hannah means Hannah)."""
    return frozenset(formal for formal in _NICKNAMES.canonicals_of(first) if len(formal) > len(first))


def nicknames_of(first: str) -> frozenset[str]:
    """The shorter first names ``first`` (lower case) is said by, lower case: "michael" → {"mike", "mick", …}; the
    other way round from ``formal_names`` (a runner stored as Mike, asked of as Michael)."""
    return frozenset(nick for nick in _NICKNAMES.nicknames_of(first) if len(nick) < len(first))


def name_span(text: str, person: Person) -> tuple[int, int]:
    """Where in ``text`` (lower case) the runner is named: as stored, else the two words closest to the name
    ("shanon conley"), or her first name said by a nickname before her last ("ginny goodwin" of Virginia Goodwin);
    (0, 0) when none (or, the other way round, "michael mueller" of Mike Mueller)."""
    if m := rx.search(rf"{re.escape(person.first_name.lower())}\S*\s+{re.escape(person.last_name.lower())}\S*", text):
        return m.start(), m.end()
    name, first, last = person.name.lower(), person.first_name.lower(), person.last_name.lower()
    words = list(rx.finditer(r"[a-z][a-z'-]*", text))
    pairs = [(fuzz.ratio(f"{a.group(0)} {b.group(0).removesuffix(chr(39) + 's')}", name), a.start(), b.end())
             for a, b in zip(words, words[1:])]
    score, start, end = max(pairs, default=(0, 0, 0))
    if score >= 85:
        return start, end
    return next(((a.start(), b.end()) for a, b in zip(words, words[1:])
                 if fuzz.ratio(b.group(0).removesuffix("'s"), last) >= 90 and (
                     first in formal_names(a.group(0)) or first in nicknames_of(a.group(0)))), (0, 0))


def also_read_as(said: str, person: Person, partner_id: int, home: Path) -> tuple[Person, ...]:
    """The other runners of this company a name written otherwise (``said``, "Chris Smith", read as ``person``) could
    as well be: the same last name, a first name the said one begins ("Chris" of Christopher and of Christina) or is a
    nickname of — a tie the closest-name score breaks by letters alone, said back rather than chosen silently."""
    words = _name_words(said)
    if len(words) < 2 or len(first := words[0]) < 3:
        return ()
    names = _runner_names(partner_id, home, (home / "archive").resolve())
    plausible = formal_names(first) | nicknames_of(first)
    return tuple(other for index in names.by_surname.get(person.last_name.lower(), ())
                 if (other := names.people[index]) != person and (
                     (named := other.first_name.lower()).startswith(first) or named in plausible))


def runners_fitting(people: tuple[Person, ...], partner_id: int, home: Path, city: str | None,
                    sex: str | None) -> tuple[Person, ...]:
    """Those of ``people`` of whom a runner of that name lives in ``city`` and is of ``sex`` ('M'/'F'), each when
    given: what a question tells of the runner it names ("Chris Johnson from Fort Worth … his time")."""
    query = exp.select("first_name", "last_name").distinct().from_("participants").where(exp.or_(*[
        exp.and_(exp.column("first_name").eq(exp.Literal.string(person.first_name)),
                 exp.column("last_name").eq(exp.Literal.string(person.last_name))) for person in people]))
    if city:
        query = query.where(exp.column("city").eq(exp.Literal.string(city)))
    if sex:
        query = query.where(exp.column("sex").eq(exp.Literal.string(sex)))
    found = set(map(tuple, run(query.sql(dialect="duckdb"), partner_id, home).rows))
    return tuple(person for person in people if (person.first_name, person.last_name) in found)


def said_otherwise(question: str, person: Person) -> str | None:
    """The words ``question`` names ``person`` by when they are not her name as stored ("Gina Torres" read as Tina
    Torres, the closest runner), else None. Case, accents, apostrophes, hyphens and a possessive do not count as
    another name ("o'brien's" is Obrien)."""
    stored, said = _name_words(person.name), _name_words(question)
    if any(said[i:i + len(stored)] == stored for i in range(len(said))):
        return None
    start, end = name_span(question.lower(), person)
    return rx.sub(r"['\u2019]s?$", "", question[start:end].strip()) or None


def _name_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as names compare: lower case, no accents, no apostrophes or hyphens, no possessive."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    words = rx.findall(r"[a-z]+(?:['\u2019-][a-z]+)*", plain)
    return tuple(rx.sub(r"['\u2019-]", "", rx.sub(r"['\u2019]s$", "", word)) for word in words)


@lru_cache(maxsize=4096)
def _cached_person(partner_id: int, home: Path, version: Path, first: str, last: str) -> Person | None:
    """The runner of this company closest to ``first last`` (lower case), or None: the highest Jaro-Winkler
    similarity of the whole name (rapidfuzz's, the same figures as DuckDB's ``jaro_winkler_similarity``) among
    runners whose last name is close too; of names equally close, the first in name order."""
    names = _runner_names(partner_id, home, version)
    surnames = process.extract(last, names.by_surname.keys(), scorer=JaroWinkler.normalized_similarity,
                               score_cutoff=LAST_NAME_MATCH_MIN, limit=None)
    indexes = [index for surname, _, _ in surnames for index in names.by_surname[surname]]
    wanted = f"{first} {last}"
    close = [(score, index) for index in indexes
             if (score := JaroWinkler.normalized_similarity(wanted, names.full[index])) >= PERSON_MATCH_MIN]
    if not close:
        # a nickname's formal name, exactly ("Ginny Goodwin" is Virginia Goodwin, when no runner is named Ginny Goodwin
        # or close to it; never a name close to the formal one: "Hannah" is no "Susan"), or the nickname a runner is
        # stored by ("Michael Mueller" of Mike Mueller)
        formal = formal_names(first) | nicknames_of(first)
        close = [(JaroWinkler.normalized_similarity(last, names.people[index].last_name.lower()), index) for index in indexes
                 if names.people[index].first_name.lower() in formal]
    if not close:
        return None
    return names.people[min(close, key=lambda hit: (-hit[0], hit[1]))[1]]


@dataclass(frozen=True)
class _RunnerNames:
    people: tuple[Person, ...]                 # each (first name, last name) once, in name order
    full: tuple[str, ...]                      # "first last", lower case, beside each
    by_surname: dict[str, tuple[int, ...]]     # a last name in lower case: the people bearing it (their indexes)


@lru_cache(maxsize=32)
def _runner_names(partner_id: int, home: Path, _version: Path) -> _RunnerNames:
    """Every runner name of this company, read once per archive version: names are then matched in memory, the
    last name first (a DuckDB scan of the participants per name asked had cost more than parsing the question)."""
    rows = run("SELECT DISTINCT first_name, last_name FROM participants "
               "WHERE first_name IS NOT NULL AND last_name IS NOT NULL ORDER BY first_name, last_name",
               partner_id, home, row_cap=100_000_000).rows
    by_surname: dict[str, list[int]] = {}
    for index, (_, last) in enumerate(rows):
        by_surname.setdefault(last.lower(), []).append(index)
    return _RunnerNames(people=tuple(Person(first, last) for first, last in rows),
                        full=tuple(f"{first} {last}".lower() for first, last in rows),
                        by_surname={surname: tuple(indexes) for surname, indexes in by_surname.items()})
