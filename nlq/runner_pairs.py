"""Two or more named runners measured against each other, as families and training partners ask — read from the
question's text (names already blanked out by the parser), and the SQL of each; pure.

- ``head_to_head``: "in the years they both finished, how many times did each come out ahead", "what's our
  head-to-head" — over the races every one of them finished (the same race on the same day), how many each won
  (the fastest of them there), beside how many races they shared;
- ``beat_count``: "in races both finished, how many times did A beat B" — the races both finished in which the first
  runner (``Parsed.person``, the one said beating) was the faster;
- ``both_finished``: "how many races have A and B both finished" — the races every one of them finished;
- ``places_apart``: "how many places apart did they finish" — in each race they all finished, the first and last of
  their overall places and the places between;
- ``faster_by``: "who was faster, and by how much", "who won and by how much" — in each race they all finished,
  the fastest of them and the seconds to the slowest;
- ``better_best``: "who has the better best time there, A or B? what is it" — each one's fastest finish, the faster;
- ``most_finishes`` / ``fewest_finishes``: "who has run the Tacoma half more times, A or B? how many" — each one's
  finishes, the one (or those tied) with the most, or the fewest;
- ``each_finishes``: "who has more finishes with you, me or my wife? Give both counts" — each one's finishes, the
  most first;
- ``shared_times``: "for every year we both finished the half, show our times side by side" — in each race they all
  finished, each one's time in a column of her own.

A runner is told apart by her first and last name (namesakes counted as one, which ``nlq.nothing_found`` says);
times are chip times unless gun time is asked (the glossary); every figure is of finishes.
"""

from __future__ import annotations

import re

from sqlglot import exp

from nlq import rx
from nlq.constructs import Found

PAIRS = ("head_to_head", "beat_count", "both_finished", "places_apart", "faster_by", "most_finishes", "fewest_finishes", "better_best",
         "shared_times", "each_finishes", "faster_in", "each_wins")

_EACH = r"(?:each(?: (?:of (?:them|the two|us)|one|runner))?|either (?:of them|one))"
# "has X ever beaten Y", "has X ever finished ahead of Y", "has X ever been slower than Y" (names blanked)
_EVER_BEATEN = r"(?:\b(?:has|have|did)\s{2,}ever (?:beaten|beat|outrun|outran|outpaced|finished (?:ahead of|in front of)|" \
               r"been (?:faster|quicker|slower) than|(?:run|ran) (?:faster|quicker|slower) than)\s{2,}|" \
               r"\b(?:has|have|did)\s{2,}(?:always )?(?:beaten|beat|outrun|outran|finished ahead of)\s{2,}(?:every|each) (?:time|race)\b)"
_READINGS = (
    # ("has X ever beaten Y in a race we both finished? Which one(s)?": those races)
    # (", and in which races?" said in the same sentence too)
    ("faster_in", _EVER_BEATEN + r"[^?]*?(?:\?\s*|,?\s+)(?:and\s+|if so,?\s+)?(?:in\s+)?(?:which|what) (?:ones?|one\(s\)|races?|years?|"
                                 r"times?|events?)\b"),
    # ("how many did X win and how many did Y win": each one's wins)
    ("head_to_head", r"\bhow many (?:races |times )?did\s{2,}win,? and how many (?:did\s{2,}|for\s{2,})"),
    # (names blanked: "how many times did                beat               ")
    # ("in how many races did X beat Y": the same count)
    ("beat_count", r"\bhow many (?:times|(?:of (?:the |those |our )?)?(?:races|events|editions|starts))(?: together)? (?:did|has|have|had)\s{2,}(?:beat|beaten|outrun|outran|outpaced|finish(?:ed)? (?:ahead of|in front of)|"
                   r"c[ao]me (?:in )?ahead of|placed? ahead of|been ahead of|gotten the better of)\s{2,}" + "|" + _EVER_BEATEN +
                  # ("in how many was I faster", "how many times was Andrea Williams quicker")
                  # ("in how many half marathons was I faster than my daughter": of that distance's races)
                  r"|\b(?:in )?how many(?: (?:times|races|of them|of those|of these|(?:half )?marathons|halfs|halves|5ks|10ks|"
                  r"(?:\w+ )?races))? (?:was|were)\s{2,}(?:faster|quicker|ahead)\b"),
    ("head_to_head", r"\bhead[- ]?to[- ]?head\b(?:\s+(?:record|score|tally))?|\bkeep(?:s|ing)? score\b|"
                     rf"\bhow many (?:times )?(?:has|have|did|does) {_EACH} (?:won|win|beaten|beat|come out ahead|came out ahead)"
                     r"(?: the other)?\b|\bhow many (?:wins|victories) (?:does|did|has) " + _EACH + r"(?: have| got)?\b|"
                     r"\bhow many has " + _EACH + r" won\b|\bwho (?:wins|won|beats|beat) more often\b|\bwho beat whom\b"),
    ("both_finished", r"\bhow many (?:races|times|events|editions)\b[^?]{0,60}?\b(?:both|all) (?:finish(?:ed)?|cross(?:ed)?|complete[d]?|"
                      r"ran|run|done|raced)\b(?: the same race| together)?|\bboth finished the same race\b"),
    ("places_apart", r"\bhow many places (?:apart|between|separated)\b|\bplaces apart\b"),
    ("better_best", r"\bwho(?:'s| has| had| owns)? (?:got )?(?:the )?(?:better|faster|quicker) (?:best|pb|pr|personal best|personal "
                    r"record|fastest)(?: time)?\b|\bwhose (?:best|pb|pr|personal best)(?: time)? is (?:better|faster|quicker)\b"),
    # ("in which years was he faster than me", "which years did X beat Y": those races, the first of them the fastest)
    ("faster_in", r"\b(?:in )?which (?:years|races|editions|times) (?:was|were|did)\s{2,}(?:faster|quicker|ahead|beat|finish "
                  r"ahead)\b"),
    ("faster_by", r"\bwho (?:was|ran|finished|came in|got there)?\s*(?:faster|quicker|first|ahead)\b[^?]{0,90}?\b(?:and )?"
                  r"(?:by how (?:much|many (?:seconds|minutes))|how much|how far)\b|"
                  r"\bwho (?:won|beat who|came out ahead)\b[^?]{0,90}?\b(?:and )?by how (?:much|many (?:seconds|minutes))\b"),
)
# "who has run X more times", "who has more finishes", "which of them has finished it more often"
_MORE = re.compile(r"\b(?:who|which (?:of (?:them|the two|us)|one))(?: of them)?(?:'s| has| had| have| did)?(?: (?:run|ran|finished|"
                   r"done|raced|completed)(?: [^?]{0,60}?)?)? (?P<more>more|most|fewer|fewest|less)(?: (?:finishes|times|"
                   r"races|often))?\b")


# "which of them has won it more times", "who has won more often": each one's wins
_MORE_WINS = re.compile(r"\b(?:who|which (?:of (?:them|the two|us)|one))(?: of them)?(?:'s| has| had| have)? won(?: [^?]{0,60}?)? "
                        r"(?:more|most)(?: times| often)?\b|\bwho has (?:more|the most) wins\b")
# "give both counts", "show me both win counts": every runner's own figure
_BOTH_COUNTS = r"\b(?:give|show|with|and)(?: me)? (?:both|each|all|the two|everyone'?s) (?:win )?(?:counts|numbers|totals)\b"


# the races they shared, said: "in the years they both finished it", "counting the years we both finished", "same race,
# both crossed the line", "over the races both he and Charlene Duncan finished" (the names blanked between)
_SHARED = r"\b(?:in|for|over|across|counting|of)?\s*(?:the |each |every |all )?(?:years?|races?|times|editions)\s+(?:that\s+)?" \
          r"(?:they|we|both|and\s+both|both\s+(?:(?:he|she|i|you)\s+)?and|all (?:two|three|four|2|3|4)|all of (?:them|us))" \
          r"(?:\s*(?:have|'ve|had))?(?:\s+(?:both|all))?\s+(?:finished|ran|raced|did|" \
          r"crossed)(?: it| them| together)?\b|" \
          r"\b(?:like |i mean )?(?:the )?same race\b|\bboth crossed the (?:finish )?line\b|\b(?:they'?re|we'?re) always together\b"


def find_pair(text: str) -> Found | None:
    """The measure of several named runners asked, or None. "Both" is said of the runners ("they have both done it")."""
    shared = [said.span() for said in rx.finditer(_SHARED + r"|\bboth\b", text)]
    for kind, pattern in _READINGS:
        if said := rx.search(pattern, text):
            return Found(kind, (said.span(), *shared))
    if rx.search(_SHARED, text) and (won := rx.search(r"\bhow many (?:(?:of )?(?:them|those|these) |times |races )?(?:did|has|"
                                                      r"have)\s{2,}(?:win|won)\b", text)):
        # ("of the races we both finished, how many did he win": the races he was the faster of the two in)
        return Found("beat_count", (won.span(), *shared))
    if (apart := rx.search(r"\bhow (?:far|much|many (?:seconds|minutes)) apart\b", text)) and (
            each := rx.search(r"\b(?:for |in )?(?:each|every) (?:year|time|race|edition)\b|\bin the years\b|\b(?:by|per) year\b|"
                              r"\byear by year\b", text)):
        # "for each year they both finished, how far apart were they": race by race, the seconds between them
        return Found("faster_by", (apart.span(), each.span(), *shared))
    if said := _MORE_WINS.search(text):   # ("which of them has won it more times? give both win counts")
        # ("who won most of the races all three finished": each one's wins over those races)
        return Found("head_to_head" if rx.search(_SHARED, text) else "each_wins",
                     (said.span(), *shared, *(m.span() for m in rx.finditer(_BOTH_COUNTS, text))))
    if said := _MORE.search(text):
        if both := rx.search(_BOTH_COUNTS, text):
            # ("who has more finishes? Give both counts": each one's, the most first)
            return Found("each_finishes", (said.span(), both.span()))
        return Found("fewest_finishes" if said["more"] in ("fewer", "fewest", "less") else "most_finishes", (said.span(),))
    if rx.search(_SHARED, text):   # (said, it is among ``shared``)
        # ("for the years we both finished, who was faster?": race by race, the faster and both times)
        if faster := rx.search(r"\bwho (?:was|ran|finished|came in)\s*(?:faster|quicker|first|ahead)\b", text):
            return Found("faster_by", (faster.span(), *shared))
        # ("for each year we both finished, what were our times", "show our two chip times side by side")
        # (never "their average times": a measure of each, over those races — Parsed.shared_races)
        if times := rx.search(r"(?<!average )(?<!mean )(?<!median )(?<!typical )(?<!best )(?<!fastest )(?<!slowest )(?<!worst )"
                              r"\b(?:(?:chip|gun|finish(?:ing)?) )?times\b(?: side[- ]by[- ]side)?", text):
            return Found("shared_times", (times.span(), *shared))
    return None


def shared_races(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` (names blanked) says the races every runner named finished ("in the races we both finished",
    "in the years they both ran it"), or () when it does not."""
    return tuple(said.span() for said in rx.finditer(_SHARED, text))


def races_all_finished(finishes: exp.Select, race: exp.Column, first_name: exp.Column, last_name: exp.Column,
                       people: int) -> exp.Select:
    """The races (``race``) of ``finishes`` — a select over the finishes of the runners named — that each of the
    ``people`` runners finished: told apart by name (``first_name``, ``last_name``), so a namesake is no second runner."""
    runner = exp.Tuple(expressions=[first_name, last_name])
    return finishes.select(race).group_by(race.copy()).having(
        exp.Count(this=exp.Distinct(expressions=[runner])).eq(exp.Literal.number(people)))


def pair_query(kind: str, query, clock: exp.Column, runners: list[tuple[str, str]]) -> exp.Select:
    """The SQL of ``kind`` over ``query`` (``nlq.sqlbuild``'s query over results, its filters applied: the runners
    named among them); ``runners``: (first, last) of each runner named, every one of whom a shared race holds, the
    first of them the one said beating (of ``beat_count``)."""
    people, (first, last) = len(runners), runners[0]
    query.need("p", "e", "ra")
    finishes = query.build([exp.column("race_id", "r"), exp.alias_(exp.column("name", "e"), "event"),
                            exp.column("event_date", "e"), exp.alias_(exp.column("name", "ra"), "race"),
                            exp.column("first_name", "p"), exp.column("last_name", "p"), exp.alias_(clock, "time_s"),
                            exp.column("overall_place", "r")])
    shared = races_all_finished(exp.select().from_("finishes"), exp.column("race_id"), exp.column("first_name"),
                                exp.column("last_name"), people)
    of_shared = exp.column("race_id").isin(query=shared)
    if kind == "better_best":
        best = exp.select("first_name", "last_name", exp.alias_(exp.Min(this=exp.column("time_s")), "best_s"),
                          exp.alias_(exp.func("arg_min", exp.column("event"), exp.column("time_s")), "event"),
                          exp.alias_(exp.func("arg_min", exp.column("event_date"), exp.column("time_s")), "event_date")).from_(
            "finishes").group_by("first_name", "last_name")
        fastest = exp.Window(this=exp.func("rank"), order=exp.Order(expressions=[exp.Ordered(
            this=exp.Min(this=exp.column("time_s")))]), over="OVER")
        select = best.qualify(exp.EQ(this=fastest, expression=exp.Literal.number(1))).order_by("last_name", "first_name")
    elif kind == "each_wins":   # (every one of them, with no win too: the most first)
        won = exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=exp.column("overall_place").eq(
            exp.Literal.number(1))))
        select = exp.select("first_name", "last_name", exp.alias_(won, "wins"), exp.alias_(exp.Count(this=exp.Star()),
                                                                                         "finishes")).from_(
            "finishes").group_by("first_name", "last_name").order_by(exp.Ordered(this=exp.column("wins"), desc=True),
                                                                      "last_name", "first_name")
    elif kind in ("most_finishes", "fewest_finishes", "each_finishes"):
        counted = exp.select("first_name", "last_name", exp.alias_(exp.Count(this=exp.Star()), "finishes")).from_(
            "finishes").group_by("first_name", "last_name")
        if kind == "each_finishes":   # (every one of them, the most first)
            select = counted.order_by(exp.Ordered(this=exp.column("finishes"), desc=True), "last_name", "first_name")
        else:
            top = exp.Window(this=exp.func("rank"), order=exp.Order(expressions=[exp.Ordered(
                this=exp.Count(this=exp.Star()), desc=kind == "most_finishes")]), over="OVER")
            select = counted.qualify(exp.EQ(this=top, expression=exp.Literal.number(1))).order_by("last_name", "first_name")
    elif kind == "both_finished":
        select = exp.select(exp.alias_(exp.Count(this=exp.Star()), "races")).from_(shared.subquery("shared"))
    elif kind in ("head_to_head", "beat_count"):
        best = exp.Window(this=exp.Min(this=exp.column("time_s")), partition_by=[exp.column("race_id")], over="OVER")
        raced = exp.select("*", exp.alias_(best, "best_s")).from_("finishes").where(of_shared)
        select = exp.select("first_name", "last_name",
                            exp.alias_(exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(
                                this=exp.column("time_s").eq(exp.column("best_s")))), "wins"),
                            exp.alias_(exp.Count(this=exp.Star()), "races_together")).from_(
            raced.subquery("raced")).group_by("first_name", "last_name").order_by(
            exp.Ordered(this=exp.column("wins"), desc=True), "last_name", "first_name")
        if kind == "beat_count":   # (the first runner named is the one said beating: Parsed.person)
            select = select.where(exp.and_(exp.column("first_name").eq(exp.Literal.string(first)),
                                           exp.column("last_name").eq(exp.Literal.string(last))))
    else:   # places_apart, faster_by, faster_in, shared_times: race by race
        time = exp.column("time_s")
        shown = [exp.alias_(exp.func("min", exp.column("overall_place")), "best_place"),
                 exp.alias_(exp.func("max", exp.column("overall_place")), "worst_place"),
                 exp.alias_(exp.Sub(this=exp.func("max", exp.column("overall_place")),
                                    expression=exp.func("min", exp.column("overall_place"))), "places_apart")] \
            if kind == "places_apart" else _each_ones_time(runners) if kind == "shared_times" else [
                *_each_ones_time(runners),   # ("what were our times and who was faster": each time, then who)
                exp.alias_(exp.func("arg_min", exp.column("first_name"), time), "faster_first_name"),
                exp.alias_(exp.func("arg_min", exp.column("last_name"), time), "faster_last_name"),
                exp.alias_(exp.func("min", time), "faster_s"), exp.alias_(exp.func("max", time), "slower_s"),
                exp.alias_(exp.Sub(this=exp.func("max", time), expression=exp.func("min", time)), "seconds_apart")]
        year = exp.alias_(exp.func("year", exp.column("event_date")), "year")
        select = exp.select("event", "event_date", year, "race", *shown).from_("finishes").where(of_shared).group_by(
            "race_id", "event", "event_date", "race").order_by("event_date", "event", "race")
        if kind == "faster_in":   # (the races the first runner named was the fastest of them in)
            select = select.having(exp.and_(*(exp.func("arg_min", exp.column(name), time.copy()).eq(exp.Literal.string(said))
                                              for name, said in (("first_name", first), ("last_name", last)))))
    return select.with_("finishes", as_=finishes)


def _each_ones_time(runners: list[tuple[str, str]]) -> list[exp.Expression]:
    """Each runner's time in a race, in a column of her own ("daniel_wallace_s")."""
    return [exp.alias_(exp.Filter(this=exp.Max(this=exp.column("time_s")), expression=exp.Where(this=exp.and_(
        exp.column("first_name").eq(exp.Literal.string(name)), exp.column("last_name").eq(exp.Literal.string(surname))))),
        re.sub(r"\W+", "_", f"{name}_{surname}".lower()) + "_s") for name, surname in runners]


SAID = {"beat_count": "over the races they all finished, how many the first of them won (was the fastest of them)",
        "head_to_head": "each one's wins (the fastest of them) over the races they all finished, beside how many those were",
        "both_finished": "the races every one of them finished (the same race, the same day)",
        "places_apart": "in each race they all finished, their best and worst overall place and the places between",
        "faster_by": "in each race they all finished, each one's time, the fastest of them and the seconds to the slowest",
        "faster_in": "the races they all finished in which the first of them was the fastest, each one's time and the seconds "
                     "to the slowest",
        "better_best": "each one's fastest finish: the faster of them (ties kept)",
        "most_finishes": "each one's finishes: the one with the most (ties kept)",
        "fewest_finishes": "each one's finishes: the one with the fewest (ties kept)",
        "shared_times": "in each race they all finished, each one's time side by side",
        "each_finishes": "each one's finishes, the most first",
        "each_wins": "each one's overall wins (first place) among her finishes, the most first"}
