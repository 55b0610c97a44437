"""Words people add to a question that say again what the parser computes anyway — a clarifier in brackets, a label
before a colon, an example, a self-correction, a fact told before the question — read off the question before it is
parsed, so that none of them is left unread (and the question declined) or read as something else.

``read_clarifiers(question)`` is pure: text in, text out. Each rewrite says what it reads and where the rule it leans
on lives (how a percentile or a standard deviation is taken: ``nlq.sqlbuild``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NEWSPAPER = r"(?:Times|Register|Advocate|Journal|Review-Journal|Herald|Gazette|Tribune|Chronicle|Courier|Observer|Inquirer|" \
             r"Dispatch|Register-Guard)"
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|" \
         r"dec(?:ember)?)"
_RACE = r"(?:an?\s+)?(?:1[- ]mile|one[- ]mile|mile|kids'? (?:run|mile|race|dash)|5 ?k|10 ?k|half(?:[- ]marathon)?|(?:full )?marathon)"
# "… and it has both a 10K and a 5K. How many finished the 10K?": the races an event holds, told (never a cohort of
# runners of both, nor the races asked)
_RACES_TOLD = re.compile(rf"(?:,?\s+(?:and|so)\s+)?(?:\s*\b(?:it|which|that|the event|this event)\s+)?\s*\b(?:has|had|have|"
                         rf"holds|held|offers|offered|includes|included|features|featured)\s+(?:both\s+)?{_RACE}(?:\s*,\s*{_RACE})*,?"
                         rf"\s+(?:and|&)\s+{_RACE}(?:\s+(?:race|races|option|options|distance|distances))?(?=\s*[.!;]\s*\S)",
                         re.IGNORECASE)
# (kept when the question points back at them: "… has a 5K and a 10K. How many ran both?")
_POINTED_BACK = re.compile(r"\b(?:both|either|each|them|they|which one|which race|which of|per race|by race|side by side|"
                           r"every race|all (?:two|three|four|of them|those|these|the races|its races))\b", re.IGNORECASE)
# "loyalty list for marketing:", "Churn check:": a label (a list still asks for the runners by name); never "Retention
# check for the Tacoma Fall Half Marathon:", which names the event
_LABEL = re.compile(r"^\s*(?:[\w'-]+ ){0,2}(?:(?P<list>list)|check|numbers|stats)(?: for (?:marketing|sales|the board|a sponsor|"
                    r"sponsors|the team|the deck|a deck))?\s*:\s*(?=\S)", re.IGNORECASE)
_LABEL_NAMING = re.compile(r"^\s*(?:[\w'-]+ ){0,2}(?:list|check|numbers|stats) for (?:the |our )?[A-Z]")
# "— is it growing?" beside a count per year: what the counts answer
_GROWING = re.compile(r"\s*[—–-]?\s*(?:is it|are they|has it been|was it|are we) (?:growing|shrinking|getting (?:bigger|smaller)|"
                      r"going (?:up|down)|up or down|trending (?:up|down))\s*\?", re.IGNORECASE)
_PER_YEAR = re.compile(r"\b(?:per|each|by|every) year\b|\byear[- ]by[- ]year\b|\bover the years\b", re.IGNORECASE)

_POSSESSIVE = {"he": "his", "she": "her", "they": "their", "i": "my"}
# a runner said in a question of her own result: a pronoun, or a name (two words) typed as it comes
_RUNNER_SAID = r"(?:he|she|they|i|(?!(?:he|she|they|it|the|a|an|we|you|many|most|all|any|some|more|fewer|our|their|his|her|my|every|each)\b)[a-z][\w'-]+ [a-z][\w'-]+?)"


def _possessive(who: str) -> str:
    """ "she" → "her", "Erin Malone" → "Erin Malone's": whose result is asked."""
    return _POSSESSIVE.get(who.lower(), f"{who}'s")


_SENTENCE_START = r"(^\s*|[.:;!?]\s+|\s[-\u2013\u2014]\s+)"   # a sentence's start, kept as said
Rewrite = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _compiled(*rewrites: tuple[str, str | Callable[[re.Match[str]], str]]) -> tuple[Rewrite, ...]:
    return tuple((re.compile(pattern, re.IGNORECASE), replacement) for pattern, replacement in rewrites)


# "across all the men's and women's age groups": every age group of those two sexes, no one sex
BOTH_SEXES_GROUPS = (r"\s*\b(?P<each>(?:in |for )?each (?:of )?|by |per )?(?:(?:in |across )?(?:all|every) (?:of )?)?(?:the )?"
                     r"(?:men'?s and women'?s|women'?s and men'?s|male and female|female and male) age[- ]?groups?\b"
                     r"(?! (?:winners|champions|awards|podiums|places|leaders)\b)")

# read before a label is taken off the question's start (they may stand where a label's words would)
_BEFORE_LABEL = _compiled(
    # a runner's missing result told before her status is asked ("… but her time isn't showing.", "we can't find his
    # finish.", "there's no time for him"): the status asked answers it
    (r",?\s*\b(?:but |and )?(?:(?:her|his|their|my) (?:time|result|finish|name)s? (?:isn'?t|is not|aren'?t|are not|wasn'?t|was "
     r"not) (?:showing(?: up)?|there|listed|up|in the results)|(?:we|i) (?:can'?t|cannot|couldn'?t|could not) find (?:her|his|"
     r"their|my) (?:time|result|finish|name)s?)\b", ""),
    # "what age group was she in, and who won it", "what age group she was put in for X last year and who won it": the
    # winner of her age group in her race (its age group shown with it; "it" had read as her own wins)
    (rf"\b(?:what|which) age[- ]?group (?:(?:was|is|were) (?P<who>{_RUNNER_SAID})|(?P<who2>she|he|they) (?:was|is|were))"
     r"(?: (?:put|placed|entered|listed|running|racing))?(?: in)?\b(?P<rest>[^?]{0,80}?),? and who won (?:it|that|that one|"
     r"that group|that age group)\b",
     lambda said: f"who won {_possessive(said['who'] or said['who2'])} age group{said['rest']}"),
    # "did he finish or DNF?", "is she listed as a finisher?", "was he a DNS, DNF or disqualified?": her result, with its status
    # ("did kathryn bradley finish the 2024 turkey trot or DNF?", "listed as a finisher or as DNS": never a filter on
    # the last status said)
    (rf"\b(?:did|does) (?P<who>{_RUNNER_SAID}) (?:finish|complete)(?: it)?\b(?P<rest>[^?]{{0,80}}?),? or (?:dnf|dns|not|"
     r"did (?:he|she|they|i) dnf|drop(?:ped)? out)\b|"
     rf"\b(?:is|was) (?P<who2>{_RUNNER_SAID}) (?:listed|shown|recorded) as (?:a )?(?:finisher|dnf|dns)(?: or (?:as )?(?:a )?"
     r"(?:finisher|dnf|dns|dq))?\b",
     lambda said: f"what was {_possessive(said['who'] or said['who2'])} status{said['rest'] or ''}"),
    # "Who won the 2025 Chicago Shamrock 5K, and how far behind her was Sarah Walker?": behind the winner (named beside
    # her gap), never the runners behind Sarah
    (r"(\bwho won\b[^?]*?\bhow (?:far|much|many seconds|many minutes) behind) (?:her|him|them)\b", r"\1 the winner"),
    # "… in both 2017 and 2022. How much did each of their times change between those two years?": the years said
    (r"(\b20\d\d\b.*\b20\d\d\b[^?]*?)\s+(?:between|in|over|across) (?:those|these|the) two years\b", r"\1"),
    # "list all of her entries by year with her status and time, including the ones she didn't finish": every status
    # (it read a DNF filter)
    (r",?\s*\b(?:including|incl\.?|even) (?:the ones?|those|any|the races?|the results?)(?: that)? (?:(?:she|he|they|i|we) )?"
     r"(?:didn'?t|did not|never|couldn'?t|could not) finish(?:ed)?\b", " (any status)"),
    # "did mary calahan finish the 2024 shamrock 5k?": her result with its status (a DNS had shown as an empty list),
    # never a finish asked of a time, a place or someone else ("did she finish under 25 minutes", "ahead of him")
    (rf"^\s*(?:(?:and|so|but)\s+)?(?:did|does) (?P<who>{_RUNNER_SAID}) (?:finish|complete)\b(?P<rest>(?:(?! (?:under|over|below|"
     r"above|faster|slower|quicker|in (?:the )?(?:top|first|\d)|within|ahead|behind|before|after|sub|at least|more|less|"
     r"first|second|third|last|\d+(?:st|nd|rd|th))\b)[^?.!;])*)\?\s*$",
     lambda said: f"what was {_possessive(said['who'])} status{said['rest']}?"),
    # "how much slower her 2025 Nashua time was than her 2019 one": her time there in 2025 than in 2019 (a change of
    # her time between two years; the years had been left unread)
    (r"\b(?P<who>her|his|my|their|[\w'-]+ [\w'-]+'s) (?P<y1>20\d\d) (?P<what>(?:[\w'-]+ ){0,4}?)(?P<noun>time|result|finish|run|"
     r"race|pace)(?P<verb> (?:was|is|were))? than (?:(?:her|his|my|their|[\w'-]+ [\w'-]+'s) )?(?P<y2>20\d\d)(?: (?:one|time|result|"
     r"run|race))?\b",
     lambda said: f"{said['who']} {said['what']}{said['noun']}{said['verb'] or ''} in {said['y1']} than in {said['y2']}"),
    # "Kathryn Bradley 2018 Cincinnati Turkey Trot - finished or dnf?": her result, with its status
    (r"\b(?:finished|finish) or (?:dnf|dns|not)\b", "status"),
    # "is it true regina hogan won nashua outright? which years": the claim checked is the question asked
    (_SENTENCE_START + r"(?:is it (?:true|right|correct)|am i right|did i hear (?:right|correctly)|"
     r"can you confirm)(?: that)?,?\s+(?=\S)", r"\1"),
    # "the Tampa marathon course record right now": the record standing today (over every edition)
    (r"\b((?:course |event )?records?) (?:right now|as of (?:now|today)|currently|at the moment|as it stands(?: now)?)\b",
     r"current \1"),
    # "how big has the X field been each year", "how big was the X field in 2024": the field's size
    (r"\bhow big (?:has|have) ((?:the |its |our )?[^?]+?) been\b", r"\1 size"),
    (r"\bhow big (?:was|is|were) ((?:the |its |our )?[^?]+? fields?)\b", r"\1 size"),
    # "finishers per year, from the first edition on", "since it began": every edition, as an event's name says anyway
    (r",?\s*\b(?:from|since) (?:the|its) (?:very )?first (?:edition|year|one|race)(?: (?:on(?:wards?)?|to (?:now|today|"
     r"date)))?\b|,?\s*\bsince (?:it|the event|the race) (?:began|started)\b", ""),
    # "Before we print: confirm the 2023 winning time and the winner's name", "— confirm her winning time each year": a
    # fact checked is the fact asked (never "confirm that …", a claim)
    (_SENTENCE_START + r"(?:please |can you |could you |pls )?(?:confirm|verify|double[- ]check|fact[- ]check)"
     r"(?: for me)?\s+(?=(?:the|her|his|their|its)\b)", r"\1what was "),
    # "Milwaukee club roster check: how many Milwaukee runners …": the club asking (its town is said again if meant)
    (r"^\s*(?:the |our |my )?[\w'. -]{0,30}?\b(?:running )?(?:club|team|crew|group)(?: roster| membership| members)? "
     r"(?:check|question|request|count|update)\s*:\s*", ""),
    # "the fastest Sarasota man and the fastest Sarasota woman": the fastest man and woman from that town
    (r"\b(fastest|quickest|top|first) ([\w.'-]+(?: [\w.'-]+){0,2}) (man|woman|male|female|guy|lady)(?:'s)?( time)? and (?:the )?\1 \2 "
     r"(woman|man|female|male|lady|guy)(?:'s)?( time)?\b", r"\1 \3\4 and the \1 \5\6 from \2"),
    # "fastest man's time and fastest woman's time": the fastest man and the fastest woman (their times shown)
    (r"\b(fastest|quickest) (man|woman|male|female)'s time and (?:the )?\1 (woman|man|female|male)'s time\b", r"\1 \2 and the \1 \3"),
    # "Count every race that day, not just the 5K", "not only the half": every race of it
    (r"[,.;]?\s*\b(?:(?:count(?:ing)?|include|including) )?(?:every|all|each|both) (?:of the )?races?(?: that day| of it| at it| there)?"
     r"[,;]? not (?:just|only) the (?:1 mile|one mile|mile|\d+ ?k|half(?: marathon)?|marathon|full)(?: race)?\b\.?|"
     r"[,;]?\s*\bnot (?:just|only) the (?:1 mile|one mile|mile|\d+ ?k|half(?: marathon)?|marathon|full)(?: race)?\b\.?", " (all races)"),
    # "how many took part in last spring's Shamrock 5K, counting the mile too": every race of it (never the one its name
    # or the words say)
    (r",?\s*\b(?:counting|including|plus|with) (?:the )?(?:1 mile|one mile|mile|\d+ ?k|half(?: marathon)?|marathon|fun run|"
     r"kids'? (?:race|run))(?: race| runners| finishers)? (?:too|as well|also)\b", " (all races)"),
    # "(mile included)", "the 10k included": every race of it
    (r"\s*\(\s*(?:the )?(?:1 mile|one mile|mile|\d+ ?k|half(?: marathon)?|marathon|fun run)(?: race)? (?:included|too|as well)\s*\)",
     " (all races)"),
    # "Savannah Morning News wants to know: …", "For the Flagstaff Daily Sun: …", "Sarasota Herald-Tribune: …": the
    # newspaper asking (its town is no filter)
    (r"^\s*(?:(?:for|from) )?(?:the )?(?-i:(?:[A-Z][\w.'-]*\s+){0,3}(?:(?:Morning|Daily|Evening|Sunday|Weekly) )?"
     r"(?:News|Times|Herald|Gazette|Tribune|Post|Journal|Sun|Star|Chronicle|Courier|Dispatch|Inquirer|Press|Bee|Observer|Sentinel|"
     r"Globe|Examiner|Telegraph|Reporter|Register)(?:-[A-Z]\w+)?)(?: (?:sports )?(?:desk|writer|reporter|editor))?"
     r"(?: (?:wants to know|asks|is asking|would like to know|needs to know|question|story|piece|request))?\s*(?::|,|\s[-\u2013\u2014]\s)\s*", ""),
    # "X didn't happen in 2025 — which year did we last time it?": a year told as not held is not the one asked
    (r"\s+(?:didn'?t|did not|wasn'?t|was not)\s+(?:happen|take place|run|get held|go ahead|held)\s+(?:(?:in\s+)?20\d\d|last year|"
     r"this year)(?=\s*(?:[.!:;]|\s[-\u2013\u2014]\s|[\u2013\u2014]))", ""),
    # "Since there was no Buffalo race in 2025: how many of its 2024 finishers …": a year told as not held, before the
    # question (which names what it asks of)
    (r"^\s*(?:since|as|because|given that)\s+there\s+(?:was|were)\s+no\s+[\w' ]{2,60}?\s+(?:in\s+)?(?:20\d\d|last year|this year)"
     r"\s*(?::|,|\s[-\u2013\u2014]\s|[\u2013\u2014])\s*(?=\S)", ""),
    # "(interpolated percentiles)": how percentiles are taken (quantile_cont, nlq.sqlbuild.aggregate)
    (r"\(\s*(?:continuous|interpolated|linear)(?:\s*(?:/|or|,)\s*(?:continuous|interpolated|linear))?"
     r"(?: percentiles?| quantiles?| interpolation)?(?: is fine| please| ok(?:ay)?)?\s*\)", " "),
    # "whole-minute bands", "bands of whole minutes": bands a minute wide
    (r"\bwhole[- ]minute\b", "1-minute"),
    (r"\b(pace |time )?(bands|buckets|bins) of (?:whole|one|1|single) minutes?\b", r"1-minute \1\2"),
    # "Count each race separately, e.g. a half and a 5K on the same day are two.": an example of what was said
    (r"(?<=[\w?])[,;]?\s*\b(?:e\.\s?g\.?|for example|for instance),?\s[^.?!()]*(?:[.!]|(?=\?)|$)", "."),
    # "(count result rows, not people)": results, as counted unless people are said; "(as a number 1-12)": a month's
    (r"\(\s*count(?:ing)? (?:result rows|results|rows|every finish|each finish)(?:,? not (?:people|runners|persons))?\s*\)|"
     r"\(\s*as a number(?: (?:1|one)\s*(?:-|–|to)\s*(?:12|twelve))?\s*\)", " "),
    # "sample standard deviation": the one given (stddev_samp, nlq.sqlbuild.aggregate)
    (r"\bsample (?=standard deviation|std\.? ?dev|stdev)", ""),
    # "Thanksgiving crowd vs St. Patrick's crowd:": a label of the comparison the question then says
    (r"^[^:?]{0,60}\bcrowd\s+(?:vs\.?|versus|or|and)\s+[^:?]{0,60}\bcrowd\s*:\s*", ""),
    # "top 3 women and top 3 men", "the 3 fastest men and the 3 fastest women": the top N of each sex
    (r"\b(?:the )?(?:top (\d+|three|five|ten)|(\d+|three|five|ten) fastest) (?:women|men|females|males) and (?:the )?"
     r"(?:top \1|\2 fastest) (?:women|men|females|males)\b", lambda said: f"top {said.group(1) or said.group(2)} men and women"),
    # "the fastest masters man and masters woman", "the fastest men and women" (no number): the first of each sex
    (r"\b(fastest|quickest) (masters? |overall )?(?:men and (?:the )?(?:masters? )?women|women and (?:the )?(?:masters? )?men|"
     r"man and (?:the )?(?:masters? )?woman|woman and (?:the )?(?:masters? )?man|males? and females?|females? and males?)\b"
     r"(?! (?:runners|finishers|entrants))", r"fastest \2man and woman"),
    # "the 5 slowest …, slowest first": the order a bottom list comes in anyway
    (r"(\b(?:\d+|three|five|ten) slowest\b[^?]*?)[,;]?\s*\(?slowest (?:first|to fastest)\)?", r"\1"),
    # "podium (places 1-3)": what a podium is
    (r"(\bpodium\b[^?]{0,40}?)\s*\(\s*(?:places? )?1\s*(?:-|–|to|through)\s*3\s*\)|\(\s*(?:places? )?1\s*(?:-|–|to|"
     r"through)\s*3\s*\)(?=[^?]{0,40}\bpodium\b)", r"\1"),
    # "…percentiles, interpolated"
    (r"(\bpercentiles?\b[^?]*?)[,;]?\s*\b(?:interpolated|linearly interpolated|continuous)\b", r"\1"),
)
# read after it
_AFTER_LABEL = _compiled(
    # "Ithaca Shamrock bounced back last year - what was the percent growth …", "the shamrock fell off a cliff last
    # year. percent drop vs 2024?": the change told in a word of its own before the figure that measures it
    (r"\b(?:bounced back|had an? (?:big|great|good|bad|rough|record|tough|down|huge|banner|strong|weak|slow) year|fell off a "
     r"cliff|took (?:a (?:hit|dive|nosedive|tumble)|off)|tanked|boomed|exploded|cratered|slumped|collapsed|surged|soared|"
     r"plummeted|plunged|nosedived)\b(?=[^?]*\b(?:percent|%|change|grow|grew|growth|drop|decline|rise|increase|decrease|"
     r"jump|fall)\b)", ""),
    # "what pace per kilometer does that work out to": what is it
    (r"\b(?:does|do|did|would) (that|it|this) (?:work|come) out (?:to|at)\b", r"is \1"),
    # "the F70-74 age group record at X": the fastest finisher ever of that age group there
    # ("the M40-44 record holder": who holds it, shown)
    (r"\b(?:the )?([mf]\d\d-\d\d) (?:age[- ]?group |ag |division )?(?:course )?record(?:[- ]holders?)?\b", r"the fastest \1 finisher ever"),
    # "the men's record in the Bend 10K", "tacoma half womens record?", "the record holder": the course record (the
    # fastest ever there) — never "on record", a personal or an age group's record, nor records as the archive's rows
    (r"(?<!\bon )(?<!\boff )(?<!\bpersonal )(?<!\bcourse )(?<!\bage group )(?<!\bage-group )(?<!\bworld )(?<!\bnational )"
     r"(?<!\bstate )(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\bour )(?<!\bthe )\brecord\b(?!s)(?= (?:in|at|for|on|holder|time)\b|"
     r"\s*(?:[?.,;:()]|\s[-\u2013\u2014]|$))", "course record"),   # ("the masters record (40+) for men")
    (r"(?<=\bthe )record\b(?= (?:in|at|for|holder)\b|\s*(?:[?.,;:)]|\s[-\u2013\u2014]|$))", "course record"),
    # "who owns the women's half record at Buffalo": who holds it
    (r"\bwho (?:owns|has owned|currently owns)\b(?=[^?]*\brecord\b)", "who holds"),
    # "finished the event (full or half) 3 or more times": any of its races, said as the races (never one of them)
    (rf"(?<=\bevent )\(\s*(?:either |any of )?(?:the )?(?:full|{_RACE})(?:\s*(?:,|/|or)\s*(?:the )?(?:full|{_RACE}))+\s*\)",
     "(any race)"),
    # "the age group winners … for the award engraving": what the list is for (the names, groups and times asked)
    (r",?\s+(?:for|before) (?:the |our )?(?:award|awards|trophy|trophies|plaque|plaques|medal|medals) (?:engraving|engraver|"
     r"ceremony|presentation|table|order)s?\b", ""),
    # "the Buffalo half marathon (the 13.1)", "the Tampa Marathon (the full 26.2)": the race its name says, said again to
    # pick that race of the event's
    (r"\b(half(?: marathon)?)\s*\((?:the |a )?(?:half )?13\.1(?: ?(?:miles?|mi|miler))?\)", r"\1's half marathon race"),
    (r"\b((?:full )?marathon)\s*\((?:the |a )?(?:full )?26\.2(?: ?(?:miles?|mi|miler))?\)", r"\1's marathon race"),
    # "since we took it on in 2021", "since they started timing it in 2019", "ever since it began in 2018": since that
    # year (it read the one year)
    (r"\b(?:ever )?since (?:we|they|you|it|i)\b(?! (?:ran|finished|raced|did|won|was|were|placed)\b)[^?.!,;]{0,40}?\b(?:in|back in) "
     r"(?=(?:20)?\d\d\b)", "since "),
    # "this year's... sorry, last year's", "this year... er, 2025", "last year's... no wait, 2024": the words taken back
    (r"\b[\w']+(?: [\w']+)?\s*(?:\.\.\.|…)\s*(?:sorry|i mean|oops|correction|(?:no,? )?wait|er+m?|um+|uh+|"
     r"actually|make that|scratch that)[,:]?\s+", ""),
    # "Sorry, I meant 2023: how many finished the Chicago Shamrock 5K?": the year said first is the question's (when the
    # question says no other)
    (r"^\s*(?:(?:sorry|oops)[,.]?\s+)?(?:i meant|i mean|correction|make (?:that|it))[,:]?\s+(20\d\d)\s*[:;,.!\u2013\u2014-]+\s*"
     r"(?P<rest>(?![^\n]*\b(?:20\d\d|(?:this|last|next) year)\b)[^\n]+)", r"\g<rest> (\1)"),
    # "Napa Valley Register asked how many …", "Tampa Bay Times wants local numbers for …", "for the Stamford Advocate": a
    # newspaper that asks (its name holds a city, never where anything was)
    # (only names no company or place is called: never "Lone Star wants", "Desert Sun asked")
    (rf"(?:\b(?:for|from) )?(?:the )?(?:[A-Z][\w.'-]*\s+){{0,3}}{_NEWSPAPER}(?:'s)?(?: (?:reporter|sports desk|editor))?\s+"
     r"(?:asked|asks|wants|wanted|is asking|needs|needed|requested|called|emailed|would like)(?: (?:us|me|for|about|to know))?\b\s*",
     ""),
    (rf"\s+for the (?:[A-Z][\w.'-]*\s+){{0,3}}{_NEWSPAPER}(?=\s*[.:;,!?-])", ""),
    # "Writing up the Stamford Harvest recap.": what the answer is for, in a sentence of its own
    # (what it is of said: "the Stamford Harvest: Of everyone who finished either race there …")
    (r"^\s*(?:i'?m |we'?re )?(?:writing|putting together|working on|doing) (?:up )?(?P<what>(?:the |a |our |my )?[^.?!:]{0,60}?)\s*"
     r"\b(?:recap|story|article|report|piece|write-?up|preview|feature|column)\b\s*[.:!]\s*", r"\g<what>: "),
    # "Lisa Shah from Greenville ran Atlanta again in April 2025. What was her …": told she ran it before, nothing asked
    # (never "in 2024 and again in 2025": two editions said)
    (r"^(\s*[A-Z][a-z'-]+ [A-Z][A-Za-z'-]+\b[^.?!]{0,60}?\b(?:ran|raced|did|finished|ran in)\b[^.?!]{0,40}?)(?<!\band)\s+again\b"
     r"(?=[^.?!]*[.!]\s)", r"\1"),
    # "Linda Hawkins called the office — she wants to know …": how the question came in
    (r"\s*\b(?:called|phoned|rang|emailed|e-mailed|messaged|wrote to|wrote in to) (?:the office|us|our office|in)\b", ""),
    # "how many DNF and how many DNS": both counted ("how many DNF and DNS")
    (r"(?i:\b(how many (?:dnf|dns|dq|dsq|no-show|finisher|starter)(?:'?s|es)?) and how many (?=(?:dnf|dns|dq|dsq|no-show|finisher|"
     r"starter)(?:'?s|es)?\b))", r"\1 and "),
    # "who won the women's side of the full": the women's race of it
    (r"(?i:\b(won|wins|win|winner of|winners of) the ((?:wo)?men'?s) side of\b)", r"\1 the \2 race of"),
    # "what chip time did 10th place run? want to know what it took to crack the top 10": why it is asked
    (r"(?i:[.?!;,-]?\s*(?:i |we )?(?:want|wanted|need|needed|trying|try|wanting|wanna) (?:to )?(?:know|see|figure out|find out) "
     r"(?:what|how fast) it (?:took|takes|would take) to (?:crack|make|get into|break into|reach) the top \d+\b[^?]*)", ""),
    # "which age groups had the most finishers? top 3, biggest first": the top 3 are shown biggest first anyway (it read
    # "biggest" as a second ranking, of one)
    (r"(?i:(\btop (?:\d{1,3}|three|five|ten)),?\s*(?:the )?(?:biggest|largest|most|highest|greatest)(?: ones?)? first\b)", r"\1"),
    # "DQs? who, and which bib": the runners listed, with their bibs (a list shows them)
    (r"(?i:\bwho\b,?\s*and (?:which|what|their) bibs?(?: numbers?)?\b)", "who"),
    # "(5K and the mile when there was one)": the mile of the years it was run
    (r"(?i:\s*\bwhen there (?:was|were) (?:one|any)\b)", ""),
    # "firecracker in greenville last july, both the mile and the 5k: …": the races said, never runners of both
    (rf"(?i:(?<=[,(:]) both(?= (?:the )?(?:full|{_RACE}) (?:and|&) (?:the )?(?:full|{_RACE})\b))", ""),
    # "which events were last held before 2024": none held from 2024 on; "last held in 2022 or earlier": none after 2022
    (r"(?i:\b(?:were|was|have been|has been) last (held|run|timed|put on) before (20\d\d)\b)",
     lambda said: f"have not been {said.group(1)} since {int(said.group(2)) - 1}"),
    (r"(?i:\b(?:were|was|have been|has been) last (held|run|timed|put on) in (20\d\d) or (?:earlier|before)\b)",
     lambda said: f"have not been {said.group(1)} since {said.group(2)}"),
    # ("the average gun-minus-chip gap and the biggest one": the biggest, "one" no number)
    (r"(?i:\b(biggest|largest|smallest|highest|lowest|longest|shortest) one\b(?! of\b))", r"\1"),
    # "who are our most loyal runners?": the runners with the most finishes (loyalty is coming back)
    (r"(?i:\b(?:our |the )?(?:(top \d+|\d+|three|five|ten) )?most loyal (runners|participants|customers|athletes|racers|finishers)\b)",
     lambda said: f"the {'top ' + said.group(1).removeprefix('top ') + ' ' if said.group(1) else ''}{said.group(2)} with the "
                  f"most finishes"),
    # "what percent actually live in Stamford": live there
    (r"\b(?:actually|really|truly) (?=(?:live[sd]?|resides?|are from|were from|comes? from|came from)\b)", ""),
    # "came across the river from Kentucky": came from there
    (r"\b(?:across|over) the (?:river|border|state line|bridge|lake) (?=from\b)", ""),
    # "how many races has each of them finished with you, all events counted": every event, as such a count is anyway
    (r",?\s+(?:with )?(?:all|every) (?:of (?:our|your|the) )?(?:events|races) (?:counted|included|combined)\b", ""),
    # "ran the new 5K at the Solstice": the race, new that year (what it was, not which)
    (rf"\bthe (?:brand[- ])?new (?={_RACE}\b)", "the "),
    # "springfield 2019 had both the full and the half. DNF rate for each": the races the event had, said (never a cohort
    # of runners who ran both, as "who ran both the full and the half" is)
    # (never "in the years it offered both the full and the half": the editions that had both)
    (rf"(?<!\bwho )(?<!\bthat )(?<!\bit )(?<!\bthey )(?<!\bwhen )(?<!\bwhich )\b(had|has|held|offer(?:s|ed)|host(?:s|ed)|feature[sd]|include[sd]|runs) both(?= (?:the |an? )?(?:full|{_RACE})s?"
     rf"(?: races?)? (?:and|&) (?:the |an? )?(?:full|{_RACE}))", r"\1"),
    # "in 2023, I mean 2022", "last year - sorry, 2024", "2021 (make that 2022)", "this September — sorry, September 2025",
    # "this year - er, last december": a date taken back by the one after it
    (rf"(?i:\b(?:(?:{_MONTH}\s+)?20\d\d|(?:this|last) (?:year|{_MONTH})(?:'s)?|{_MONTH})\s*(?:,|\(|[-\u2013\u2014])?\s*(?:sorry,? |"
     rf"oops,? )?(?:i mean|i meant|correction|(?:no,? )?wait|actually|make (?:that|it)|scratch that|sorry|er+|um+|uh+)[,:]?\s+"
     rf"(?=(?:20\d\d|(?:this|last) (?:year|{_MONTH})|{_MONTH})\b))", ""),
    # "men's and women's course records": the record of each of the two
    (r"\b(?:(?:the )?(?:men'?s|male) and (?:the )?(?:women'?s|female)|(?:the )?(?:women'?s|female) and (?:the )?"
     r"(?:men'?s|male)) course records?|\bcourse records? (?:for|of) (?:the )?(?:men|women) (?:and|&) (?:for |of )?(?:the )?"
     r"(?:women|men)\b", "course record of men and of women"),
    # "the course records at X for every race, men and women": each race's record of each sex (it counted the runners)
    (r"\bcourse records\b(?P<rest>[^?.:]*?),?\s+(?:for )?(?:both )?(?:men and women|women and men|each sex|both sexes)\b",
     r"course record of men and of women\g<rest>"),
    # "Awards check for Cleveland Memorial Day 5K 2025:": a label before the event the question is about (never
    # "Retention check for …", which says what is asked)
    (r"^\s*(?:awards?|results?|quick|sanity|data|post[- ]race|final|race[- ]day)(?: (?:committee|team))? (?:check|numbers|stats|"
     r"report|recap) for (?=(?:the |our )?(?:20\d\d )?[A-Z][^:?]{0,80}:)", ""),
    # "The announcer wants to give a shout-out to anyone who has finished every X. Who are they?": the runners listed
    (r"^\s*(?:the |our |my )?[\w'-]+(?: [\w'-]+)? (?:wants?|would like|needs?|plans?|is planning|is going) to (?:give (?:a )?"
     r"shout-?outs? to|recogni[sz]e|honou?r|thank|call out|congratulate|mention|read out|announce)\s+(?=(?:anyone|everyone|"
     r"everybody|anybody|all (?:the )?(?:runners|finishers|people))\b)", "List "),
    # "the F50-54 awards": the podium of that group (places 1-3)
    (r"\b([FMX]\d\d-\d\d) awards\b", r"\1 podium"),
    # "Masters awards at Tampa: …": what the question is for, before the place it is about
    (r"^\s*(?:(?:masters|age[- ]group|overall|ag)\s+)?awards?\s+(?=(?:at|for)\s+[^:?]{2,60}:)", ""),
    # "how close was it at the front - how many seconds separated 1st and 2nd": what the margin asked shows
    (r"^\s*how (?:close|tight) was (?:it|the race|the finish)(?: at the (?:front|top)| up front)?\s*(?:[-\u2013\u2014:,?]|\.\.\.)\s*(?=\S)",
     ""),
    # "crossed after 3:00 on the gun clock": a gun time over it
    (r"\b(?:crossed(?: the line)?|finished|came in|came across)?\s*\b(after|over|past|beyond|under|before|within) "
     r"(\d{1,2}:\d\d(?::\d\d)?) on the gun clock\b",
     lambda said: f" with a gun time {'under' if said.group(1) in ('under', 'before', 'within') else 'over'} {said.group(2)}"),
    # "wants to know how the female share of finishers has moved over the years": the question said indirectly
    (r"\bhow (the [^?.,;:]{3,80}?) (has|have) (moved|changed|shifted|evolved|trended|developed|grown|shrunk|declined)\b",
     r"how \2 \1 \3"),
    # "across all the men's and women's age groups": every age group of those two sexes (no one sex kept; non-binary
    # runners' groups left out, as the words say)
    # ("in each of the men's and women's age groups", "by …": one row per group; "in every …", "across all …": all of
    # them; the two sexes kept by nlq.parser, which reads BOTH_SEXES_GROUPS in the question as asked)
    (BOTH_SEXES_GROUPS, lambda said: " by age group" if said.group("each") else ""),
    # (never "the men's and women's division winners": the two sexes' own winners)
    (r"\b(?:the )?(?:men'?s and women'?s|women'?s and men'?s|male and female|female and male) (age[- ]?group) (?=winners|"
     r"champions|awards|podiums|places|leaders)", r"\1 "),
    # "a 3:30 limit, measured on the gun clock": gun time, as "on the gun clock" says
    (r"\b(?:measured|timed|taken|counted|judged|enforced) (?:on|by|with|using|off|from) (?:the )?gun(?: clock| time)?\b",
     "on the gun clock"),
    # "(4 meaning between 4:00 and 4:59:59)": what a label in the answer will mean, no filter
    (r"\s*\(\s*\d{1,2} (?:meaning|means|=|is|stands for) [^()]*\)", " "),
    # "repeat customers": runners who came back
    (r"\brepeat (?:customers|clients)\b", "returning runners"),
    # "lived elsewhere than Illinois": outside it
    (r"\b(?:somewhere |anywhere )?elsewhere than\b", "outside"),
    # "across the portfolio": every event of the company
    (r"\b(?:across|over) (?:the|our) (?:whole |entire )?portfolio\b|\bportfolio[- ]wide\b", "across all our events"),
    # "(the full marathon only, not the shorter races)": the race said, and the others set aside again
    (r"(\bonly)\s*,?\s*(?:and )?not the (?:shorter|longer|other) (?:races?|distances?|ones?)\b", r"\1"),
    # "(by gender place)": how a winner or podium is found anyway (the stored places, nlq.sqlbuild)
    (r"\(\s*(?:by|using|per) (?:the )?(?:gender|sex|overall|age[- ]group) places?\s*\)", " "),
    # "(DNS as a share of that race's entries)": how a no-show rate is taken anyway (nlq.constructs_sql: DNS ÷ entries)
    # (only after a rate said: "how many DNS were there (DNS as a share of entries)" asks for the share too)
    (r"(\brates?\b[^()?]{0,60}?)\s*\(\s*(?:dns|no[- ]shows?)\s+(?:as an?|in)\s+(?:share|percent(?:age)?|fraction|proportion) of "
     r"[^()]*\bentries\s*\)|(\brates?\b[^()?]{0,60}?)\s*\(\s*(?:dnf|dnfs)\s+(?:as an?|in)\s+(?:share|percent(?:age)?|fraction|"
     r"proportion) of [^()]*\bstarters\s*\)", lambda said: (said.group(1) or said.group(2)) + " "),
    # (said of a count, "how many DNS were there (DNS as a share of entries)": the count and its rate)
    (r"\s*\(\s*(dns|no[- ]shows?|dnfs?)\s+(?:as an?|in)\s+(?:share|percent(?:age)?|fraction|proportion) of [^()]*\b"
     r"(?:entries|starters)\s*\)", lambda said: f" and the {'DNF' if said.group(1).lower().startswith('dnf') else 'DNS'} rate"),
    # "(every finish in every race counts once)": results, as "every finish counts" says
    (r"\(\s*(?:every|each) (?:finish|result)(?: in (?:every|each|any) race)? counts?(?: once)?\s*\)", " (every finish counts) "),
    # "(each finish counted)": said as "every finish counts" is (results, not people)
    (r"\b(?:each|every) (finish|result)(?:es|s)? counted\b", r"every \1 counts"),
    # "(different event names, not editions)": the different events said again
    (r"\(\s*(?:different |distinct |unique |separate )?(?:event )?names?,? not (?:editions|years)\s*\)", " "),
)


# "who ran both A and B in the same year? just a count": how many, not the runners listed
JUST_A_COUNT = re.compile(r"\s*[,;:(-]?\s*\b(?:just|only) (?:a|the) (?:count|number|total)\b(?: please)?\s*\)?|\s*[,;:(-]?\s*\b(?:count|"
                           r"number) only\b\s*\)?|\s*[,;:(.?-]?\s*\b(?:just|only|please) count (?:them|those|these)(?: up)?\b"
                           r"(?: please)?\s*[.!)]?", re.IGNORECASE)


# "who's our all-time leader in age-group wins": who has the most of them ("the leader in …": the runner with the most);
# said as the question's own words (the parser reads "the most" off the whole question as well as its parts)
_LEADER = _compiled(
    # "fastest man vs fastest woman at X - what were their times?": each sex's first, as "the fastest man and fastest woman"
    (r"\b((?:fastest|quickest|first|top) (?:man|woman|male|female|guy|girl))\s+(?:vs\.?|versus|against|or)\s+(?:the )?"
     r"((?:fastest|quickest|first|top) (?:man|woman|male|female|guy|girl))\b", r"\1 and \2"),
    (r"\bwho(?:'s| is| was)? (?:our |the )?(?:all[- ]time |career )?(?:leader|record holder) (?:in|for) (?:the )?(?:most )?"
     r"((?:age[- ]?group|ag|division) (?:wins|titles|victories))\b", r"who has the most \1"),
    (r"\b(?:our |the )?(?:all[- ]time |career )?(?:leader|record holder) (?:in|for) (?:the )?(?:most )?((?:age[- ]?group|ag|division) "
     r"(?:wins|titles|victories))\b", r"the runner with the most \1"),
    # "our top 3 runners by number of age-group wins", "the 5 runners with the most AG titles": a leaderboard of wins
    # (the N had become the podium's depth, or the wins a ranking of the age groups)
    (r"\b(?:(?:give|show|list)(?: me| us)? )?(?:our |the )?top (\d+|three|five|ten) (?:runners|athletes|people) (?:by|ranked by|in) "
     r"(?:(?:the )?(?:number|count) of |most |total )?((?:age[- ]?group|ag|division) (?:wins|titles|victories))\b",
     r"which \1 runners have the most \2"),
    (r"\b(?:the |our )?(\d+|three|five|ten) (?:runners|athletes|people) with the most ((?:age[- ]?group|ag|division) "
     r"(?:wins|titles|victories))\b", r"which \1 runners have the most \2"),
    # "which runners have 10 or more AG titles", "won 15 or more age group titles with us": runners who won an age group
    # that many times
    (r"\b(?:(?:have|has|had) (?:won )?|won )((?:at least |more than |over )?\d+(?: or more| or over|\+)?) (?:age[- ]?group|ag|"
     r"division) (?:wins|titles|victories)\b", r"have won an age group \1 times"),
    # "who has won their age group the most times? top 5": the runners with the most age-group wins
    (r"\bwho(?:'s| has| have)? won (?:their|his|her|an|the) (?:age[- ]?group|ag|division) the most(?: times| often)?(?=[^?]*\?\s*"
     r"(?:the )?top (?:\d+|three|five|ten)\b)", r"which runners have the most age group wins"))


def said_plainly(question: str) -> str:
    """``question`` in the words its whole is read by (``_LEADER``), before any other reading; unchanged otherwise."""
    for pattern, replacement in _LEADER:
        question = pattern.sub(replacement, question)
    return question


def read_clarifiers(question: str) -> str:
    """``question`` without the words that only say again what its answer computes, in the order written above."""
    if (count := JUST_A_COUNT.search(question)) and not re.search(r"\bhow many\b", question, re.IGNORECASE):
        question = re.sub(r"^\s*(?:who|which( runners| people| women| men| finishers)?|which ones|list(?: the)?(?: runners| people)?)\b",
                          lambda said: f"how many{said.group(1) or ''}", question[:count.start()] + question[count.end():],
                          count=1, flags=re.IGNORECASE)
    if (told := _RACES_TOLD.search(question)) and not _POINTED_BACK.search(question[told.end():]):
        question = question[:told.start()] + question[told.end():]
    for pattern, replacement in _BEFORE_LABEL:
        question = pattern.sub(replacement, question)
    if not _LABEL_NAMING.search(question):
        question = _LABEL.sub(lambda said: "list: " if said.group("list") else "", question)
    if _PER_YEAR.search(question):
        question = _GROWING.sub("?", question)
    for pattern, replacement in _AFTER_LABEL:
        question = pattern.sub(replacement, question)
    return question
