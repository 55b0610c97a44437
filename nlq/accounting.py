"""Every content word of a question is accounted for, or the question is not answered as if it were not there.

Pure. After the parser has resolved the company's names (events, a runner, cities, states), each remaining
word must be one the parser reads (``READ``: the words of its patterns — measures, filters, dimensions,
shapes), a word that carries no meaning for the query (``FILLER``, a short reviewed list), or a number the
parse used. Whatever is left is returned as *not used*: the service declines (or asks the model) and says
what it understood and what it could not use, instead of answering a different question confidently.

Words for data the archive does not hold (money, weather, volunteers, ...) are listed in ``NOT_HELD`` so
the answer can say what data exists rather than only "not understood".
"""

from __future__ import annotations

import re

from nlq import rx
from nlq.entities import NUMBER_WORDS

# Words the parser's patterns read (nlq.parser, nlq.entities): they are used when they appear.
READ = frozenset("""
how many much number numbers count counts tally tallies headcount headcounts bests total amount long take took taken needed fast averaged averaging
show list lists listed give gave display wore wearing worn get see find search look lookup up who whom whose which what when where
is there any anyone anybody everyone everybody someone somebody
top first best fastest quickest slowest slower faster quicker last bottom worst
second third fourth fifth sixth seventh eighth ninth tenth bigger smaller larger higher lower sends send separately
win wins won winning winner winners champion champions title titles podium podiums leader leaders record records course
most least biggest largest smallest often frequent frequently common popular repeat produce produced produces producing
compare compared compares comparing comparison vs versus against fewer difference between trend trends growth grow grown shrink shrunk shrank shrinking change changed
moved evolved evolve evolving trended shifted shift shifts
over time years year year-by-year year-over-year year-to-year annual annually season seasons month months monthly yearly springs summers falls autumns winters
average averages avg mean median medians percentile percentiles typical standard deviation std dev stdev stddev interquartile inter-quartile iqr spread performance stats statistics statistic summary summarize summarise
breakdown overview profile analyze analyse analysis report
by per each every across broken down split
age ages aged age-group group groups division divisions masters master grandmasters grandmaster old older younger young
year-old year-olds yo olds twenties thirties forties fifties sixties seventies eighties
sex gender x f men man male males guys guy boys boy gents gent women woman female females ladies lady gal gals girls girl non-binary nonbinary
women's men's womens mens
finish finished finishers finisher finishing completed complete
fin dnf dnfs dnf'd dnfed dnf-ed dns dq dqs disqualified disqualification disqualifications started start dropped out no-show no-shows did
under sub below than less within inside cracked beat breaking broke break above more longer
hours hour hrs hr h minutes minute mins min m seconds second secs sec mi
time times finish-time chip net gun clock performance performances
runner runners participant participants people person athletes athlete entrants entrant result results
racer racers
race races event events distance distances edition editions categories category buckets bucket
full-marathon full-marathons marathon marathons marathoner marathoners half halfs halves half-marathon half-marathons ultra ultras ultramarathon ultramarathons
k km kms kilometers kilometres mile miles 5k 10k 50k 5ks 10ks 50ks
since after before from to through during in of onward onwards
this current so far previous past
january february march april may june july august september october november december
active upcoming inaugural edition debut final opening
pr prs pb pbs personal
unique distinct different individual
city cities town towns hometowns crowd crowds separate state states hometown living residents resident based
ran run running went raced racing
held hold holds hosted host staged stage travel traveled travelled traveling travelling hail hails hailed happen happened happens participation turnout entries entry attendance size sizes brought bring brings
finishes dqs date dates came come coming home fun ago spring summer fall autumn winter season full ytd finish-line
history counts put live lives lived reside resides resided residing grand combined pooled lumped field fields address addresses thanksgiving turnout draw draws drawn drew attract attracts attracted represented range bracket recent latest earliest place places placed starters starter
counting registered registrants registrant registrations registration signed show showed entered enter enters status statuses teen teens teenage teenager teenagers minor minors non-finishers non-finisher nonfinishers
""".split())

# Words that carry no meaning for the query: articles, pronouns, politeness, the company talking about itself.
FILLER = frozenset("""
a an the and or either but at on for with as it its it's this that these those there their them they
i me my we us our ours you your u ur plz please pls could can would will do does did done have has had having be been
being am are was were
tell let know want need like wants wanted ask asks asked asking wondering wonders wondered curious interested ended wound
stat fun quick historically pulls pull attracts attract attracted somewhere forever basically while
all overall total kind sort some
our company team timed timing time we've weve we'd i'd i'm
event's race's
about around roughly approximately exactly just only also ever earned into made going
give given shown showing
name names whats what's anything single database db records system among amongst
he she him her his hers got
thanks archive together whole entire beginning starting offer offered itself themselves something everything lot lots plus brand
husband wife spouse son daughter mom dad mother father brother sister friend boyfriend girlfriend love loves loved enjoy enjoys
aunt uncle niece nephew cousin grandma grandpa grandmother grandfather grandson granddaughter neighbor neighbour coworker co-worker colleague
recorded produced drew actually actual really truly terms outright very pull i.e ie e.g eg meaning namely chart graph plot too then s fare fared stack stacks stacked calendar
saw seen blew blow blown monster giant huge massive shout-out shoutout shout-outs shoutouts pulled now
raw posted
real such thinking can't cannot couldn't possible impossible impossibly implausible implausibly suspicious suspiciously flag flags flagged
chronologically chronological racked racking collected collecting amassed notched tallied logged clocked company-wide companywide ones
qa scoring verify verifying verified confirm confirming file files spreadsheet sheet marked carry carries sitting bibs
tough competitive shows appears appear bragging rights all-time alltime true genuine still doing looking check checking audit auditing digging permit flies flew fly flying drove drives drive driving travels traveled travelled traveling travelling ok okay says say said claims claimed thinks think thought believes believe swears swore insists reckons bunch arguing argue data rows altogether buddy buddies pal pals teammate teammates
""".split())

# Data the archive does not hold: a question about it is declined with what data exists.
NOT_HELD = frozenset("""
revenue revenues money income profit profits cost costs price prices fee fees paid pay payment payments
dollars dollar sponsor sponsors sponsorship donation donations charity raised fundraising
volunteer volunteers staff weather temperature temperatures rain raining wind windy snow humidity heat
shirt shirts t-shirt t-shirts tee tees swag medal medals prize prizes award-money bib-cost
elevation hills hilly course-map parking hotel hotels porta potties portapotties photos photo
splits lap-times
""".split())

_WORD = re.compile(r"[a-z0-9][a-z0-9'.:-]*")
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")  # the places find_place reads


# number words read as digits, "once" and "twice" as the counts they are
_NUMBER_WORDS = {word: str(value) for word, value in NUMBER_WORDS.items()} | {"once": "1", "twice": "2"}


def content_words(text: str) -> list[str]:
    """The words of ``text`` (lower-cased, possessives and trailing punctuation dropped, number words as
    digits), in order."""
    words = []
    for raw in _WORD.findall(text.lower()):
        word = raw.rstrip(".:'-")
        word = word[:-2] if word.endswith(("'s", "'d")) else word[:-3] if word.endswith(("'ve", "'re", "'ll")) else word
        if word:
            head, dash, rest = word.partition("-")  # "one-mile" reads as "1-mile"
            words.append(_NUMBER_WORDS.get(word) or (_NUMBER_WORDS[head] + dash + rest if head in _NUMBER_WORDS
                                                     and dash else word))
    return words


def not_used(text: str, used_numbers: set[float]) -> list[str]:
    """Words of ``text`` (the question with the resolved names blanked out) the parse did not account for.

    ``used_numbers`` holds every number the parse used (years, limits, ages, time limits in hours or
    minutes, distances); any other number is not used ("more than 5 races" where nothing reads the 5)."""
    left = []
    for word in content_words(text):
        if word in READ or word in FILLER or _ORDINAL.match(word):
            continue
        head, dash, rest = word.partition("-")
        if dash and head in READ and _is_number(rest):  # "sub-4", "top-10"
            word = rest
        if dash and head in READ and (rest in READ or rest in FILLER):      # "per-mile", "first-ever"
            continue
        if aged := rx.fullmatch(r"(\d{1,2}(?:(?:-to-|-)\d{1,2})?)-(?:year-olds?|years-old|somethings?)", word):
            word = aged.group(1).replace("-to-", "-")   # "39-year-olds", "30-to-39-year-old": an age said
        if _is_number(word):
            # every part used ("4:30-5:00": the 5 of a marathon's 5K splits is not its 5:00)
            if all(any(abs(part - used) < 1e-9 for used in used_numbers) for part in _numbers(word) if part):
                continue
            left.append(word)
            continue
        left.append(word)
    return list(dict.fromkeys(left))


# (an order opens the question or one of its sentences: "Aaron Martin says we got it wrong - please change his result")
_CHANGE = re.compile(r"(?:^|(?<=[.!?;])\s|\s[-\u2013\u2014])\s*(?:(?:please|pls|can you|could you|would you|i need you to|i want to|"
                     r"we need to)\s+)?"
                     r"(?:change|update|delete|remove|edit|modify|set|fix|correct|insert|add|register|email|"
                     r"send(?!\s+(?:me|us|both)\b)|"   # ("could you send both of the times", "send me …": a reply asked for)
                     r"cancel|refund|move|rename|merge|upload|import|publish|disqualify|dq)\b"
                     # "change in finishers from 2023 to 2024", "add up …": a noun or a sum, not an order
                     # ("DQ count by race", "update rate": a noun said before its count, not an order)
                     r"(?!\s+(?:in|of|from|between|over|since|up|aside|counts?|rates?|numbers?|totals?|tally|tallies|"
                     # ("DQ audit: …": a noun before what the question is for)
                     r"breakdown|by|per|share|percent(?:age)?s?|stats|figures|and|&|vs\.?|versus|audit|check|review|report|"
                     r"summary|question|list)\b)", re.IGNORECASE)


def asks_to_change(question: str) -> bool:
    """Whether ``question`` asks to change data ("change Billy Hines' time to 45:00", "delete the 2019 results"):
    questions only read."""
    return bool(_CHANGE.search(question))


def asks_to_send(question: str) -> bool:
    """Whether an order in ``question`` is to send something ("email the top 3 women their results", "send the list
    to the city"): nothing is sent from here, whatever is asked."""
    return asks_to_change(question) and bool(rx.search(r"\b(?:e-?mail|send|text|message|notify)\b", question.lower()))


def not_held(words: list[str]) -> list[str]:
    """The words among ``words`` that ask for data the archive does not hold."""
    return [word for word in words if word in NOT_HELD or word.rstrip("s") in NOT_HELD]


def _is_number(word: str) -> bool:
    return bool(rx.fullmatch(r"[mfx]?[\d.:,-]+[a-z]*", word)) and any(c.isdigit() for c in word)


def _numbers(word: str) -> list[float]:
    return [float(n) for n in rx.findall(r"\d+(?:\.\d+)?", word)]
