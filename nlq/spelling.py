"""Typos in the words the parser reads ("marthon", "avrage", "finshed") corrected before parsing. Pure.

Only words of five letters or more that are not known at all are corrected, and only to a word the parser
reads (``nlq.accounting.READ``) that is at least 85% alike and starts with the same letter; a real English
word (pyspellchecker's dictionary) is never "corrected" into another ("minus" is not "mins"). Names are
matched against the company's own names separately, typos allowed (``nlq.vocabulary``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

from nlq import rx
from nlq.accounting import FILLER, NOT_HELD, READ
from nlq.entities import NUMBER_WORDS, RACE_SAID
from nlq.vocabulary import DEMONYMS

# (with the measures nlq.constructs reads, which are not in READ: "percentge" is "percentage")
_TARGETS = sorted(word for word in READ | {"percent", "percentage", "proportion", "fraction"} if word.isalpha() and len(word) >= 4)
_TARGET_SET = frozenset(_TARGETS)
# two letters swapped are corrected towards filler words too ("thier" → "their"): no edit distance reaches them
_SWAP_TARGETS = _TARGET_SET | frozenset(word for word in FILLER if word.isalpha() and len(word) >= 4)


# Short forms race people type, as the words the parser and the names know. City nicknames only where they
# are unambiguous ("LA" could be Louisiana); state abbreviations are read in nlq.vocabulary.match_state.
ABBREVIATIONS = {
    "hm": "half marathon", "tt": "turkey trot", "sf": "san francisco", "nyc": "new york city",
    "abq": "albuquerque", "slc": "salt lake city", "philly": "philadelphia", "cincy": "cincinnati",
    "indy": "indianapolis", "pdx": "portland", "phx": "phoenix", "pgh": "pittsburgh", "atl": "atlanta", "vegas": "las vegas",
    "nola": "new orleans", "ppl": "people", "folks": "people", "diff": "different", "noshow": "no-show", "hw": "how",
    "wht": "what", "wat": "what", "whr": "where",
    "noshows": "no-shows", "spgs": "springs", "whoever": "the runner who", "mara": "marathon", "pct": "percent", "ave": "average",
    "yr": "year", "yrs": "years", "colo": "colorado", "co springs": "colorado springs", "incl": "including", "excl": "excluding", "yoy": "year over year", "lv": "las vegas", "stl": "st. louis", "pls": "please", "plz": "please", "thx": "thanks", "num": "number", "grp": "group", "grps": "groups",
    # apostrophes people leave out
    "didnt": "did not", "doesnt": "does not", "dont": "do not", "wasnt": "was not", "werent": "were not",
    "havent": "have not", "hasnt": "has not", "shes": "she has", "hes": "he has", "whos": "who is", "whove": "who have",
    "ive": "I have", "weve": "we have", "theyve": "they have", "increse": "increase", "decrese": "decrease",
    "halfmarathon": "half marathon", "halfmarathons": "half marathons", "champs": "champions", "champ": "champion",
    "when's": "when is", "whens": "when is",
    "portion": "share",   # ("what portion of the finishers were 40+": a share said in other words)
    "company wide": "company-wide",
}
_THE_RACE = rf"(?:an? |the )?{RACE_SAID}"
_RACE_NAMES = frozenset("half full marathon 5k 10k 50k mile hm".split())   # a race's name as one word
_COUNTED_THERE = frozenset("finishers runners entrants starters dnfs results field residents locals".split())   # who a place's count is of
# (its own full stop inside a sentence too: "total entries incl. no-shows", "incl. DQs": no sentence ends on these)
_ABBREVIATION = re.compile(rf"\b(?:incl|excl)\.|\b(?:{'|'.join(ABBREVIATIONS)})\b(?:\.(?= (?-i:[a-z])))?", re.IGNORECASE)
_MONTHS_SHORT = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
                 "aug": "august", "sep": "september", "oct": "october", "nov": "november", "dec": "december"}
_SYMBOLS = ((re.compile(r"(?<![\w/])w/o\b", re.IGNORECASE), "without"), (re.compile(r"(?<![\w/])w/", re.IGNORECASE), "with "),
            (re.compile(r"(?<!\w)#\s*of\b", re.IGNORECASE), "number of"),
            (re.compile(r"\b(?:st\.?|saint) pete\b", re.IGNORECASE), "St. Petersburg"),   # (its nickname)
            # "how many people DNS'd it", "anyone DQ'd": the status said as a verb
            (re.compile(r"\bdns(?:'|\u2019)?e?d\b", re.IGNORECASE), "didn't start"),
            (re.compile(r"\bdq(?:'|\u2019)?e?d\b", re.IGNORECASE), "disqualified"),
            # "faster then 8:00 per mile": "than" after a comparative, typed as "then"
            (re.compile(r"\b(faster|slower|quicker|more|less|fewer|older|younger|better|worse|bigger|smaller|longer|shorter|"
                        r"greater|higher|lower|rather|other) then\b", re.IGNORECASE), r"\1 than"),
            (re.compile(r"(?<!\w)#\s*(?=[a-z])", re.IGNORECASE), "number of "),   # "# finishers"
            # "the best-placed Cincinnati runner", "highest-placed local": the fastest (places follow the finish times)
            (re.compile(r"\b(?:best|highest|top)[- ]plac(?:ed|ing)\b", re.IGNORECASE), "fastest"),
            # "the fourth of July", "Independence Day": the 4th of July, a day as dates are read ("fourth" is no place)
            (re.compile(r"\bfourth of july\b|\bindependence day\b", re.IGNORECASE), "4th of July"),
            # "jan 1 2023", "sept. 2024": a month said short, before a day or a year
            (re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?= \d)", re.IGNORECASE),
             lambda m: _MONTHS_SHORT[m.group(1).lower()[:3]]),
            # "sept thru nov", "1 mar to 31 may": short months in a range of months
            (re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=(?: (?:thru|through|to|until) | ?[-\u2013] ?)"
                        r"(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.IGNORECASE),
             lambda m: _MONTHS_SHORT[m.group(1).lower()[:3]]),
            (re.compile(r"(\b(?:thru|through|to|until) |\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ?"
                        r"[-\u2013] ?)((?:\d{1,2} )?)(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\b",
                        re.IGNORECASE),   # ("mar-may 2025": written together)
             lambda m: f"{m.group(1)}{m.group(2)}{_MONTHS_SHORT[m.group(3).lower()[:3]]}"),
            (re.compile(r"\bthru\b", re.IGNORECASE), "through"),
            # "last oct", "this sept": a month said short after last/this
            (re.compile(r"\b(last|this|next|past) (jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?", re.IGNORECASE),
             lambda m: f"{m.group(1)} {_MONTHS_SHORT[m.group(2).lower()[:3]]}"),
            # "Cleveland-resident finishers": its residents, said as a pair of words
            (re.compile(r"(?<=[a-z])-(residents?)\b", re.IGNORECASE), r" \1"),
            # "the women's 5K record at X": its course record
            (re.compile(r"\b(5k|10k|half marathon|half|marathon|mile|1 mile|50k) record\b", re.IGNORECASE), r"\1 course record"),
            # "ft worth", "Ft. Collins": a place's Fort said short (never "500 ft")
            (re.compile(r"(?<!\d )\bft\.?(?= [a-z])", re.IGNORECASE), "fort"),
            # "the F40-44 AG winner", "AG awards": an age group said short
            (re.compile(r"\bag\b(?= (?:winners?|places?|placings?|champions?|champs?|titles?|podiums?|wins?)\b)|"
                        r"(?<=\b[mfx]\d\d-\d\d )ag\b", re.IGNORECASE), "age group"),
            # "when did the Fort Collins 10K debut": its first edition (a runner's debut stays unread)
            (re.compile(r"\b(?:when|(?:in )?(?:what|which) year) did (?:the |our )?(.{3,80}?) (?:debut|premiere|launch)\b",
                        re.IGNORECASE), r"when was the first \1"),
            # "which year was the X's debut": its first edition
            (re.compile(r"\b(?:what|which) (?:year|date) (?:was|is) (?:the |our )?(.{3,80}?)(?:'s|s')? (?:debut|premiere|"
                        r"first (?:edition|running)|inaugural (?:edition|running))\b", re.IGNORECASE), r"when was the first \1"),
            # "what was the inaugural year of the Fort Worth 10K", "the last year we timed X": its first or last edition
            (re.compile(r"\b(?:what|which) (?:was|is) (?:the |its )?(?:inaugural|debut|first|opening) year (?:of|for) (?:the |our )?",
                        re.IGNORECASE), "when was the first "),
            (re.compile(r"\b(?:what|which) (?:was|is) (?:the )?(?:last|latest|most recent|final) year (?:we|you) (?:timed|held|"
                        r"hosted|put on|did|ran) (?:the |our )?", re.IGNORECASE), "when was the last "),
            # "the 2024 Turkey Trot had three races - which one had the oldest finishers": which of its races
            (re.compile(r"\b(?:had|has|offered|offers) (?:two|three|four|five|[2-5]) (?:races|distances)\s*(?:[-\u2013\u2014,;:.]\s*)?"
                        r"(which|what) (?:one|of them|of those)\b", re.IGNORECASE), r"- \1 race"),
            # "Greenville Half 2024 had a 5K, 10K and half. Which of the three had …": which of its races (the races
            # listed are the event's, no filter)
            (re.compile(rf"\b(?:had|has|offered|offers|held|featured) {_THE_RACE}(?:,? {_THE_RACE})*,? (?:and|&) {_THE_RACE}"
                        r"\s*[-\u2013\u2014,;:.!]+\s*(which|what) (?:one|of them|of those|of the (?:two|three|four|[2-4]))\b",
                        re.IGNORECASE), r"- \1 race"),
            (re.compile(r"\byear-over-year\b", re.IGNORECASE), "year over year"),
            # "who crossed the line first", "crossed first overall": finished first
            (re.compile(r"\b(?:crossed|crosses|crossing|cross)(?: the (?:finish )?line)? (?=first\b|1st\b)", re.IGNORECASE), "finished "),
            # "jamie watts' marathon PR": a possessive after an s, the name as written
            (re.compile(r"\b([A-Za-z]+s)'(?=\s)"), r"\1"),
            # "in '23": a year said short
            (re.compile(r"(?<![\w'])['\u2019]([0-3]\d)\b"), r"20\1"),
            # "last years finishers": the apostrophe left out (never "in the last years")
            (re.compile(r"(?<!the )\b(last|this) years\b(?! ago)(?= [a-z])", re.IGNORECASE), r"\1 year's"),
            # "her best half time", "his fastest full time": the race said short
            (re.compile(r"\b(best|fastest|pr|pb) half(?= (?:time|finish|result)s?\b)", re.IGNORECASE), r"\1 half marathon"),
            (re.compile(r"\b(best|fastest|pr|pb) full(?= (?:time|finish|result)s?\b)", re.IGNORECASE), r"\1 marathon"),
            # quartiles are percentiles: "the first quartile, median and third quartile"
            # (never "q3" alone: "finishers in q3" is a quarter, said back)
            (re.compile(r"\b(?:first|lower|1st) quartile\b", re.IGNORECASE), "25th percentile"),
            (re.compile(r"\b(?:third|upper|3rd) quartile\b", re.IGNORECASE), "75th percentile"),
            (re.compile(r"\b(?:the )?quartiles\b", re.IGNORECASE), "25th, 50th and 75th percentiles"),
            # "p90 chip hm 2025": a percentile said as analysts write it
            (re.compile(r"(?<![\w.])p([1-9]\d?)\b(?![.=])", re.IGNORECASE), r"\1th percentile"),
            # "how many seconds separated gun time and chip time": the gun−chip gap
            (re.compile(r"\bhow (?:many (?:seconds|minutes)|much time|long) (?:separated|(?:was|is) there between|lay between|"
                        r"(?:was|is) (?:it )?between) (?:the )?gun(?: time)? and (?:the )?chip(?: times?)?\b", re.IGNORECASE),
             "what was the gun-chip gap"),
            # "since 2020 (including 2020)": since a year is from its first day already
            (re.compile(r"\b(since|from|starting(?: in)?) (20\d\d)\s*\(\s*(?:including|incl\.?|inclusive(?: of)?)(?: \2)?\s*\)",
                        re.IGNORECASE), r"\1 \2"),
            # SQL said in a question ("count distinct participant_id … where state = 'AZ'"): in the words it means
            (re.compile(r"\b(?:p\.)?participant_?ids?\b", re.IGNORECASE), "runners"),
            (re.compile(r"\b(?:where|and)\s+(?:p\.)?(?:state|city)\s*=\s*'([^']{2,40})'", re.IGNORECASE), r"from \1"),
            (re.compile(r"\b(?:where|and)\s+(?:p\.)?sex\s*=\s*'([FM])'", re.IGNORECASE),
             lambda m: "women" if m.group(1).upper() == "F" else "men"))


_HOURS_SAID = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + ")"


def _hours(said: str) -> int:
    return int(said) if said.isdigit() else NUMBER_WORDS[said.lower()]


# Durations said in words or mixed units, as the h:mm:ss clock the time limits read ("half" is no half marathon here)
_DURATIONS = (
    # "three and a half hours", "2 and a half hrs"
    (re.compile(rf"\b{_HOURS_SAID} and a half (?:hours?|hrs?)\b", re.IGNORECASE), lambda m: f"{_hours(m.group(1))}:30:00"),
    # "3 1/2 hours", "a 3½-hour cutoff"
    (re.compile(rf"\b{_HOURS_SAID}(?: 1/2|½)[- ]?(?:hours?|hrs?)\b", re.IGNORECASE), lambda m: f"{_hours(m.group(1))}:30:00"),
    # "an hour and a half", "one hour and a half"
    (re.compile(r"\b(?:an|one|1) (?:hour|hr) and a half\b", re.IGNORECASE), lambda m: "1:30:00"),
    (re.compile(r"\bhalf an hour\b", re.IGNORECASE), lambda m: "30 minutes"),
    # "3 hours 30 minutes", "1 hour and 45 mins", "3h30", "3 hrs 5 min"
    (re.compile(rf"\b{_HOURS_SAID} ?(?:hours?|hrs?|h) ?(?:and )?(\d{{1,2}})(?: ?(?:minutes?|mins?|m)\b|\b)"
                r"(?! ?(?:seconds|secs?|s)\b)", re.IGNORECASE), lambda m: f"{_hours(m.group(1))}:{int(m.group(2)):02d}:00"),
    # "3.5 hours", "1.25 hrs": whole minutes only
    (re.compile(r"\b(\d{1,2})\.(5|25|75) ?(?:hours?|hrs?)\b", re.IGNORECASE),
     lambda m: f"{m.group(1)}:{int(float('0.' + m.group(2)) * 60):02d}:00"),
    # "between 11am and noon": the clock's twelve o'clock, as a time of day is read (nlq.constructs.find_clock_window)
    (re.compile(r"\b(?:12 )?(?:noon|midday)\b", re.IGNORECASE), lambda m: "12 pm"),
    # "under an hour"
    (re.compile(r"\b(under|over|within|less than|more than|faster than|slower than) an hour\b", re.IGNORECASE),
     lambda m: f"{m.group(1)} 1 hour"),
)


def expand_abbreviations(question: str) -> str:
    """``question`` with each short form of ``ABBREVIATIONS`` written out ("Fort Worth HM" → "... half
    marathon"), and digits of any script as ASCII ("٢٠٢٤" → "2024")."""
    question = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in question)
    def written_out(m: re.Match) -> str:
        full = ABBREVIATIONS[m.group(0).lower().rstrip(".")]
        already = full.rsplit(" ", 1)[0] + " "  # "Las Vegas" is already written out
        return m.group(0) if " " in full and question[:m.start()].lower().endswith(already) else full

    for symbol, words in _SYMBOLS + _DURATIONS:
        question = symbol.sub(words, question)
    return _ABBREVIATION.sub(written_out, question)


# what a city's people are called: Houston·ians, Chicago·ans, Atlanta·ns, Denver·ites, Portland·ers
_CITY_DEMONYM_ENDINGS = ("ians", "nians", "ans", "ns", "ites", "ers")   # (+ Buffalo·nians, Tampa·nians)
# what a few cities' people are called, past any ending
_CITY_DEMONYMS = {"phoenician": "Phoenix", "angeleno": "Los Angeles", "minneapolitan": "Minneapolis",
                  "new orleanian": "New Orleans", "indianapolitan": "Indianapolis", "cincinnatian": "Cincinnati"}


def latin_lookalikes(question: str) -> str:
    """``question`` with each word that mixes Latin letters with look-alikes of another script written in Latin ("Tаmpа",
    "Rеyes" with a Cyrillic е → "Tampa", "Reyes"); a word wholly in another script is kept."""
    return rx.sub(r"\w+", lambda word: anyascii(word.group(0)) if rx.search(r"[A-Za-z]", word.group(0)) and any(
        c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in word.group(0)) else word.group(0), question)


def plain_letters(question: str) -> str:
    """``question`` with accents taken off its letters ("Hów many fïnishers" → "How many finishers"), emoji and
    other pictographs dropped, and look-alike letters read as Latin (``latin_lookalikes``); punctuation and every other
    character kept."""
    decomposed = unicodedata.normalize("NFKD", latin_lookalikes(question))
    return unicodedata.normalize("NFC", "".join(
        c for c in decomposed if unicodedata.category(c) not in ("Mn", "So", "Sk", "Cs", "Co") and c not in "\u200d\ufe0f"))


def city_residents(question: str, cities: tuple[str, ...]) -> str:
    """``question`` with a city's demonym said as its residents: "How many Houstonians have run with us" → "How
    many Houston residents have run with us" (the filter "from Houston" reads). Each city of ``cities`` (the
    company's) with each ending of ``_CITY_DEMONYM_ENDINGS``, with or without the plural s: San Franciscans,
    Las Vegans."""
    by_demonym, pattern = _city_demonyms(cities)
    if not by_demonym:
        return question
    return rx.sub(pattern, lambda m: f"{by_demonym[m.group(0).lower()]} resident" + (
        "s" if m.group(0).lower().endswith("s") else ""), question, flags=re.IGNORECASE)


@lru_cache(maxsize=64)
def _city_demonyms(cities: tuple[str, ...]) -> tuple[dict[str, str], str]:
    """Each demonym of ``cities`` with its city, and the pattern finding them (built once per company's cities:
    every question is read against them)."""
    by_demonym = {}
    for city in cities:
        if len(city) >= 4:
            stem = city.lower()
            for ending in _CITY_DEMONYM_ENDINGS:
                if ending == "ns" and not stem.endswith(("a", "s")):
                    continue   # Atlanta·ns, Las Vega(s)·ns, never Boston·ns
                for said in {stem[:-1] + ending if ending == "ns" and stem.endswith("s") else stem + ending,
                             stem[:-1] + ending if ending == "ans" and stem.endswith("o") else stem + ending}:
                    by_demonym[said] = by_demonym[said[:-1]] = city   # (Chicago·ans, San Francisc(o)·ans)
    by_demonym |= {said + ending: city for said, city in _CITY_DEMONYMS.items() if city in cities for ending in ("", "s")}
    return by_demonym, rf"\b(?:{'|'.join(sorted(map(re.escape, by_demonym), key=len, reverse=True))})\b"


def correct_spelling(question: str) -> str:
    """``question`` with each misspelt parser word replaced by the word meant (case of the rest kept)."""
    # a word inside a hyphenated compound ("first-timers") is never corrected: the compound is one word
    question = rx.sub(r"(?<![-A-Za-z'])[A-Za-z]{4}(?![-A-Za-z'])", lambda m: _swapped(m.group(0)), question)
    return rx.sub(r"(?<![-A-Za-z])[A-Za-z]{5,}(?![-A-Za-z])", lambda m: _corrected(m.group(0)), question)


# short words too close to others for an edit distance: only two letters swapped ("hlaf") are corrected
_SHORT_WORDS = frozenset("half mile race male time pace year fast slow mean team what many much most".split())


def _swaps(word: str) -> set[str]:
    """``word`` with each pair of neighbouring letters swapped ("hlaf" → {"lhaf", "half", "hlfa"})."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}


def _words_one_letter_short() -> dict[str, tuple[str, ...]]:
    """Each five-letter parser word with one letter left out, to the words it could be ("totl": ("total",))."""
    short: dict[str, tuple[str, ...]] = {}
    for target in (target for target in _TARGETS if len(target) == 5):
        for said in {target[:i] + target[i + 1:] for i in range(5)}:
            short[said] = (*short.get(said, ()), target)
    return short


_ONE_LETTER_SHORT = _words_one_letter_short()


def _swapped(word: str) -> str:
    lowered = word.lower()
    if word != lowered or lowered in _SHORT_WORDS or lowered in READ or lowered in FILLER:
        return word    # a capitalised word may be a name ("Amle")
    meant = _swaps(lowered) & _SHORT_WORDS
    if len(meant) == 1:
        return meant.pop()
    # one letter left out of a longer parser word ("totl" → "total"), when only one fits and it is no English word
    longer = _ONE_LETTER_SHORT.get(lowered, ())
    return longer[0] if len(longer) == 1 and not _english().known([lowered]) else word


def correct_names(question: str, names: tuple[str, ...]) -> str:
    """``question`` with each misspelt word of the company's own names ("chicago shamrok") replaced by the
    name's word: five letters or more, unknown to the parser, at least 85% alike, the same first letter — and
    said beside another word of a name holding it ("chicago"), or a one-word event city said after "at"/"in", so a
    runner called Summers or a town called Stafford is never turned into an event. ``names``: the company's event
    names and event cities."""
    question = _short_year(_cut_short(_initials_written_out(_name_initials_written_out(_one_said_by_place(
        _hyphens_in_names(question, names), names), names), names), names), names)
    words = _name_words(names)
    tokens = rx.findall(r"[a-z0-9']+", question.lower())

    def corrected(m: re.Match) -> str:
        target = _name_word(m.group(0), words)
        if target == m.group(0):
            return target
        index = len(rx.findall(r"[a-z0-9']+", question[:m.start()].lower()))
        beside = {tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)}
        said_with = any(target in name.lower().split() and beside & set(name.lower().split()) for name in names)
        # "avg time at galvaston 2023": a one-word event city after "at"/"in" is a place said alone
        # ("springfeild half 2023 median time": an event city said before a race, as its race is named)
        city = target in {name.lower() for name in names}
        # ("cheyene finishers last year": said before who is counted there)
        said_alone = city and (index > 0 and tokens[index - 1] in ("at", "in") or index + 1 < len(tokens) and tokens[
            index + 1] in _RACE_NAMES | _COUNTED_THERE)
        return target if said_with or said_alone else m.group(0)

    return rx.sub(r"(?<![-A-Za-z'])[A-Za-z]{5,}(?![-A-Za-z])", corrected, question)


def _hyphens_in_names(question: str, names: tuple[str, ...]) -> str:
    """ "the cincinnati turkey-trot": two words of a name joined by a hyphen, said as the name has them."""
    pairs = {f"{first}-{second}" for name in names for first, second in zip(name.lower().split(), name.lower().split()[1:])
             if first.isalpha() and second.isalpha()}
    return rx.sub(r"\b[A-Za-z]+-[A-Za-z]+\b", lambda said: said.group(0).replace("-", " ") if said.group(0).lower() in pairs
                  else said.group(0), question)


def _cut_short(question: str, names: tuple[str, ...]) -> str:
    """ "dnf rate pitt shamrock 5k": a word of a name cut short (four letters or more, no word the parser reads) and
    said right before a later word of the name, written out ("pittsburgh shamrock") when one name word fits."""
    before = _words_before(names)

    def written_out(m: re.Match) -> str:
        short = m.group(1).lower()
        whole = {word for word in before.get(m.group(2).lower(), ()) if word.startswith(short) and word != short}
        return whole.pop() if len(whole) == 1 and short not in READ and short not in FILLER else m.group(1)

    return rx.sub(r"\b([A-Za-z]{4,})(?= ([A-Za-z0-9']+)\b)", written_out, question)


@lru_cache(maxsize=64)
def _words_before(names: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each word of the company's names, and the words said before it in a name (one map per company)."""
    before: dict[str, set[str]] = {}
    for name in names:
        words = name.lower().split()
        for i, later in enumerate(words):
            before.setdefault(later, set()).update(words[:i])
    return {word: frozenset(earlier) for word, earlier in before.items()}


def _short_year(question: str, names: tuple[str, ...]) -> str:
    """ "dnf% springfield 25 full": two digits said right after a word of the company's names, in a question with no
    year written out, are that year ("2025") — never a distance, a time, an age or a count ("tampa 24 fastest")."""
    if rx.search(r"\b(?:19|20)\d\d\b", question):
        return question
    words = _name_word_alternation(names)
    if not words:
        return question
    return rx.sub(rf"\b({words})\s+(1[5-9]|2\d)\b(?!\s*(?:k\b|km|mi\b|mins?\b|minutes?|miles?|years?|yo\b|y/o|\+|%|th\b|"
                  r"st\b|nd\b|rd\b|fastest|slowest|best|top|runners|finishers|women|men|people|or (?:more|older|over)|"
                  r"times|and (?:over|up|older)|[:.]\d))", r"\1 20\2", question, flags=re.IGNORECASE)


def short_year_or_count(question: str, names: tuple[str, ...]) -> str | None:
    """ "tampa 24 fastest": two digits after a word of the company's names, before "fastest"/"top"/"best", in a
    question with no year written out, are the year 2024 or the 24 fastest — said back (a note), never guessed."""
    words = _name_word_alternation(names)
    if not words or rx.search(r"\b(?:19|20)\d\d\b", question):
        return None
    said = rx.search(rf"\b(?:{words})\s+(1[5-9]|2\d)\s+(?:fastest|slowest|quickest|best|top)\b", question, re.IGNORECASE)
    return (f"“{said.group(1)}” could be the year 20{said.group(1)} or how many to list: write the year "
            f"(20{said.group(1)}) or “top {said.group(1)}”") if said else None


def _initials_written_out(question: str, names: tuple[str, ...]) -> str:
    """ "sj mothers day 5k": the initials of a two-word event city ("San Jose": the start of an event's name), said
    right before another word of that event's name, written out — never two letters said alone ("sj")."""
    cities = _two_word_event_cities(names)

    def written_out(m: re.Match) -> str:
        following = m.group(2).lower().replace("'", "")
        for city in cities:
            if "".join(word[0] for word in city.lower().split()) == m.group(1).lower() and any(
                    name.lower().startswith(city.lower() + " ") and following in name.lower().replace("'", "").split()
                    for name in names):
                return f"{city} {m.group(2)}"
        return m.group(0)

    return rx.sub(r"\b([A-Za-z]{2})\s+([A-Za-z']+)", written_out, question) if cities else question


def _one_said_by_place(question: str, names: tuple[str, ...]) -> str:
    """ "San Jose Mother's Day 5K … than the Santa Cruz one": an event said by the first words of its name and "one",
    written out when one name fits — the only event so named, or the one sharing the rest of another name said."""
    def written_out(m: re.Match) -> str:
        start = m.group(1).lower() + " "
        fits = [name for name in names if name.lower().startswith(start)]
        alike = [name for name in fits if any(other != name and other.lower() in question.lower() and
                                              other.lower().endswith(name.lower()[len(start):]) for other in names)]
        return f"the {(alike or fits)[0]}" if len(alike or fits) == 1 else m.group(0)

    return rx.sub(r"\bthe ((?:[A-Za-z.']+ ){0,2}[A-Za-z.']+) one\b", written_out, question)


def _name_initials_written_out(question: str, names: tuple[str, ...]) -> str:
    """ "orlando JBR": three or four letters that are the initials of the last words of one kind of the company's
    events ("Jingle Bell Run"), written out; letters that are a word the parser reads or any other name's are kept."""
    initials = _name_tail_initials(names)
    return rx.sub(r"\b[A-Za-z]{3,4}\b", lambda m: initials.get(m.group(0).lower(), m.group(0)), question) if initials \
        else question


# (per company, not per question: the names are the same for every question the company asks)
@lru_cache(maxsize=64)
def _name_tail_initials(names: tuple[str, ...]) -> dict[str, str]:
    tails: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for start in range(1, len(words) - 2):
            tail = words[start:]
            if all(word.isalpha() for word in tail) and tail[0][0].isupper() and 3 <= len(tail) <= 4:
                tails.setdefault("".join(word[0] for word in tail).lower(), set()).add(" ".join(tail))
    return {said: tail.pop() for said, tail in tails.items()
            if len(tail) == 1 and said not in READ and said not in FILLER and said not in ABBREVIATIONS}


@lru_cache(maxsize=64)
def _name_word_alternation(names: tuple[str, ...]) -> str:
    return "|".join(sorted({w for name in names for w in rx.findall(r"[a-z]{3,}", name.lower())}, key=len, reverse=True))


@lru_cache(maxsize=64)
def _two_word_event_cities(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for name in names if len(name.split()) == 2 and any(
        other.lower().startswith(name.lower() + " ") for other in names))


@lru_cache(maxsize=64)
def _name_words(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({word for name in names for word in rx.findall(r"[a-z]{5,}", name.lower())}))


def _name_word(word: str, words: tuple[str, ...]) -> str:
    lowered = word.lower()
    if lowered in words or lowered in READ or lowered in FILLER or lowered in NOT_HELD:
        return word
    found = process.extractOne(lowered, [w for w in words if w[0] == lowered[0]], scorer=fuzz.ratio, score_cutoff=85)
    swapped = [w for w in words if len(w) == len(lowered) and sorted(w) == sorted(lowered) and sum(
        a != b for a, b in zip(w, lowered)) == 2]   # two letters swapped ("nashau"), below the ratio's cut-off
    return found[0] if found else swapped[0] if len(swapped) == 1 else word


# the words of what a state's people are called ("Bay Staters"): never a typo of a parser word ("states")
_DEMONYM_WORDS = frozenset(word for name in DEMONYMS for word in name.split())


@lru_cache(maxsize=4096)
def _corrected(word: str) -> str:
    lowered = word.lower()
    if lowered in READ or lowered in FILLER or lowered in NOT_HELD or lowered.rstrip("s") in READ or \
            lowered.removesuffix("s") in _DEMONYM_WORDS:
        return word
    # two letters swapped ("peopel") score below the cutoff of a full edit distance
    if len(meant := _swaps(lowered) & _SWAP_TARGETS) == 1 and not _english().known([lowered]):
        return meant.pop()
    found = process.extractOne(lowered, [t for t in _TARGETS if t[0] == lowered[0]], scorer=fuzz.ratio,
                               score_cutoff=85)
    return found[0] if found and not _english().known([lowered]) else word


@lru_cache(maxsize=1)
def _english():
    # loaded (0.1 s) only when a word looks like a typo of a parser word: most questions never need it
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)
