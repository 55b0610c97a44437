"""Answering a question end to end: live or archive, parser or model, guard, execution, one Reply.

The order is fixed: live-timing questions go to PostgreSQL; the deterministic parser answers when it is
confident; otherwise the model drafts SQL (when one is configured and reachable); otherwise the reply says
plainly that it could not answer and offers the closest worked examples. Every path's SQL passes the guard.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlglot import exp

from nlq import rx
from nlq.accounting import asks_to_change, asks_to_send, not_held
from nlq.examples import closest, company_examples
from nlq.execute import DEFAULT_ROW_CAP, QueryFailed, run
from nlq.guard import GuardError
from nlq.live import LiveQueryFailed, is_live, plan_live, run_live
from nlq.parser import CONFIDENT, Parsed, parse
from nlq.nothing_found import (
    after_the_archive, bib_not_worn, change_not_held, cohort_year_not_held, distances_not_run, event_times_mixed,
    events_ranked_over_races, fastest_over_distances, fewer_editions, legs_out_of_order, namesakes,
    namesakes_in_a_share, no_edition, no_events_in_dates, no_race, no_record_held, no_such_event, nothing_found,
    other_races, place_beyond_the_field, races_mixed, runner_distances_mixed, runner_in_another_race,
    runner_in_another_town, runner_not_placed, runner_outside_group, runner_outside_place_group, runner_races_counted, runners_apart,
    Rows, runners_without_a_finish, runners_without_a_result, statuses_counted, towns_sharing_a_name, years_not_held,
)
from nlq.constructs_sql import differing_dimension
from nlq.sqlbuild import Unanswerable, build
from nlq.spelling import latin_lookalikes
from nlq.among import Among, among_asked, asked_of, year_left_out, with_events_said, with_next_year, with_runners_of
from nlq.two_asked import leans_on_words, of_those, said_with_answer, says_all_it_asks, shown_in, two_asked
from nlq.vocabulary import (
    Vocabulary, also_read_as, family_candidates, find_families, find_people, load_vocabulary, name_span, person_candidates,
    runners_fitting, said_otherwise,
)
from project88.errors import P88Error
from project88.settings import Settings

log = logging.getLogger(__name__)


MAX_QUESTION = 500             # characters: a longer text is declined unread, over the API and the CLI alike
DECLINED_CONFIDENCE = 0.3      # a declined answer is no answer to be sure of, whatever the parse's confidence
MIXED_RACES_CONFIDENCE = 0.8   # an answer over every race of an event that ran several (nothing_found.races_mixed)
TWO_READINGS_CONFIDENCE = 0.8  # two things asked at once, answered apart where the question read whole dropped one
APART_CONFIDENCE = 0.5         # runners compared who finished different races: their times do not compare
RESPELLED_CONFIDENCE = 0.8     # an answer of a runner whose name was written otherwise ("Gina Torres": Tina Torres)


@dataclass
class Reply:
    question: str
    tenant: str
    intent: str | None
    confidence: float
    path: str                                  # "parser" | "llm" | "live" | "none"
    sql: str | None
    explanation: str
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    truncated: bool = False
    elapsed_ms: float = 0.0
    entities: dict[str, Any] = field(default_factory=dict)
    chart: dict[str, str] | None = None        # {"x": column, "y": column} for a numeric series
    notice: str | None = None                  # why the answer is partial or missing
    suggestions: list[str] = field(default_factory=list)
    understood: str = ""                       # what the question was read as, in words
    not_used: list[str] = field(default_factory=list)  # words of the question that could not be used
    spec: dict[str, Any] | None = None         # the question spec (nlq.spec) the SQL was compiled from
    read_as: Parsed | None = field(default=None, repr=False)  # the parser's reading: made a spec when JSON is asked
    parts: tuple[Reply, Reply] = field(default=(), repr=False)  # two questions asked at once: each one's answer

    @property
    def answered(self) -> bool:
        return self.sql is not None and self.path != "none"

    @property
    def declined(self) -> bool:
        return not self.answered

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("read_as", "parts")}
        if data["spec"] is None and self.read_as is not None and self.answered:
            data["spec"] = _spec_json(self.read_as)
        elif data["spec"] is None and self.parts and all(part.read_as for part in self.parts) and self.answered:
            data["spec"] = {"both": [_spec_json(part.read_as) for part in self.parts]}
        return {**data, "declined": self.declined}


@dataclass(frozen=True)
class Context:
    """Who is asking and where the data is; built once per request by the CLI or the web server."""
    partner_id: int
    tenant: str                                # the company's slug
    home: Path                                 # P88_HOME with the archive
    database_url: str | None = None            # owner URL, for live-timing questions
    settings: Settings | None = None           # None: no model is consulted
    today: date | None = None
    row_cap: int = DEFAULT_ROW_CAP


def understand(question: str, ctx: Context) -> Parsed:
    """The parser's reading of ``question`` with the company's own names resolved (look-alike letters of another script
    read as Latin first: a runner's name typed with a Cyrillic е is still hers)."""
    question = latin_lookalikes(question)
    vocabulary = _vocabulary(question, ctx)
    parsed = parse(question, vocabulary, ctx.today or date.today())
    return _runner_told_apart(parsed, vocabulary, ctx) or parsed


def _runner_told_apart(parsed: Parsed, vocabulary: Vocabulary, ctx: Context) -> Parsed | None:
    """The reading with a name several runners begin ("Chris Johnson": Christy, Christopher) read as the one the
    question tells of — by the town said with the runner, by "he" or "she" — when that one alone fits; None when the
    name was said as stored, or none or several fit (then ``names_respelled`` says who else it could be)."""
    question = parsed.question
    if not parsed.person or parsed.more_people or not (said := said_otherwise(question, parsed.person)) or \
            not (others := also_read_as(said, parsed.person, ctx.partner_id, ctx.home)):
        return None
    sex = "M" if rx.search(r"\b(?:he|his|him)\b", question, re.IGNORECASE) else \
        "F" if rx.search(r"\b(?:she|her|hers)\b", question, re.IGNORECASE) else None
    town = parsed.runner_city if not parsed.runner_city_negated else None
    if not (town or sex) or len(fitting := runners_fitting((parsed.person, *others), ctx.partner_id, ctx.home, town,
                                                           sex)) != 1 or fitting[0] == parsed.person:
        return None
    start, end = name_span(question.lower(), parsed.person)
    again = parse(f"{question[:start]}{fitting[0].name}{question[end:]}",
                  vocabulary.with_people((fitting[0], *(person for person in vocabulary.people if person != parsed.person)),
                                         vocabulary.families), ctx.today or date.today())
    return replace(again, question=question) if again.person == fitting[0] else None


def _vocabulary(question: str, ctx: Context) -> Vocabulary:
    """The company's names, with the runners ``question`` may name who exist in its data."""
    vocabulary = load_vocabulary(ctx.partner_id, ctx.home)
    candidates = [pair for pair in person_candidates(question) if not vocabulary.names_a_place(pair)]
    return vocabulary.with_people(find_people(candidates, ctx.partner_id, ctx.home),
                                  find_families(family_candidates(question), ctx.partner_id, ctx.home))


def explain(question: str, ctx: Context) -> dict[str, Any]:
    """Parse only (no execution): intent, entities, confidence and the SQL the parser would run."""
    if is_live(question):
        plan = plan_live(question)
        return {"question": question, "tenant": ctx.tenant, "intent": plan.intent, "confidence": 0.9,
                "path": "live", "entities": {}, "sql": plan.sql, "explanation": plan.explanation, "declined": False}
    parsed = understand(question, ctx)
    reply = {"question": question, "tenant": ctx.tenant, "intent": parsed.intent,
             "confidence": parsed.confidence, "path": "parser", "entities": parsed.entities(),
             "notes": list(parsed.notes), "understood": parsed.understood(), "not_used": list(parsed.unused),
             "declined": False}
    # the same decline /api/v1/nl-query gives (the language model is not asked here)
    if why := _refused(question, parsed) or _not_parsed(parsed):
        reply.update(sql=None, explanation=f"I could not answer this: {why}.", declined=True)
        return reply
    try:
        plan = build(parsed, ctx.today or date.today())
        reply.update(sql=plan.sql, explanation=plan.explanation)
    except Unanswerable as error:
        reply.update(sql=None, explanation=f"I could not answer this: {error}.", declined=True)
    return reply


def examples(ctx: Context) -> list[str]:
    return company_examples(ctx.partner_id, ctx.home)


def ask(question: str, ctx: Context) -> Reply:
    """Answer ``question`` for one company; never raises for a question it cannot answer."""
    started = time.perf_counter()
    question = question.strip()
    if len(question) > MAX_QUESTION:   # never read (nor echoed back) in full
        reply = Reply(question[:80] + "…", ctx.tenant, None, 0.0, "none", None, "")
        return _unanswered(reply, f"a question may be at most {MAX_QUESTION} characters (this one has "
                                  f"{len(question):,}); ask it in fewer words", ctx)
    try:
        reply = _live(question, ctx) if is_live(question) else _archive(question, ctx)
    except P88Error:
        raise   # an archive not exported yet, a database gone away: the caller says so (CLI, API, /ask)
    except Exception:   # a fault of ours in reading the question: said plainly, never a traceback
        log.exception("the question reader failed on %r", question[:200])
        reply = _unanswered(Reply(question, ctx.tenant, None, 0.0, "none", None, ""),
                            "something went wrong on our side while reading this question (it is logged for the "
                            "team); nothing was computed", ctx)
    reply.elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
    return reply


def _live(question: str, ctx: Context) -> Reply:
    plan = plan_live(question)
    reply = Reply(question, ctx.tenant, plan.intent, 0.9, "live", plan.sql, plan.explanation)
    if ctx.database_url is None:
        return _unanswered(reply, "live timing questions need the PostgreSQL database", ctx)
    try:
        reply.columns, rows, reply.truncated, reply.sql = run_live(plan.sql, ctx.partner_id, ctx.database_url,
                                                                   row_cap=ctx.row_cap)
    except (LiveQueryFailed, GuardError) as error:
        return _unanswered(reply, str(error), ctx)
    reply.rows = [list(row) for row in rows]
    return reply


def _archive(question: str, ctx: Context, *, whole: bool = True, kept: Parsed | None = None,
             read: Parsed | None = None) -> Reply:
    """The parser's answer (the model's when it cannot, and ``ctx`` has one); of a ``whole`` question that asks two
    things at once, both answers side by side; of a question asked of the runners another reading ``kept`` ("how many
    of them were women"), with them kept too; of a question asked of the runners another question chooses, its
    answer over them (``_among``). ``read``: the reading to answer, the question already read."""
    parsed = read or understand(question, ctx)
    if whole and (year_left_out(parsed) or parsed.cohort and parsed.cohort.kind == "also_in_year") and \
            (among := _among(question, ctx, by_history=True)) is not None:
        # ("Of the people who finished all three of our 2022 events, how many … in 2023?": read whole, 2023 was left out;
        # "… every one of our events in 2024, how many did not come back in 2025?": read whole, every event was left out)
        return among
    if kept is not None:
        parsed = of_those(parsed, kept)
    parsed = _each_race(parsed, ctx)
    reply = Reply(question, ctx.tenant, parsed.intent, parsed.confidence, "parser", None, "",
                  entities=parsed.entities(), understood=parsed.understood(), not_used=list(parsed.unused))
    if refused := _refused(question, parsed):
        return _unanswered(reply, refused, ctx)
    notice = _not_parsed(parsed)
    if notice is None:
        try:
            plan = build(parsed, ctx.today or date.today())
        except Unanswerable as error:
            notice = str(error)
        else:
            reply.sql, reply.explanation, reply.read_as = plan.sql, plan.explanation, parsed
            reply.chart = {"x": plan.chart[0], "y": plan.chart[1]} if plan.chart else None
            answered = _with_notices(_execute(reply, ctx), parsed, ctx)
            if whole and answered.path == "parser" and (both := _both_asked(question, ctx, answered)) is not None:
                # ("what was the average pace at the 2023 Tacoma half and who won it?": read whole, the winner's own pace
                # — the winner dropped; read as two, each answered)
                both.confidence = min(both.confidence, TWO_READINGS_CONFIDENCE)
                return both
            return answered
    if whole and (both := _both_asked(question, ctx) or _among(question, ctx)) is not None:
        return both
    return _ask_model(reply, notice, ctx)


def _each_race(parsed: Parsed, ctx: Context) -> Parsed:
    """Named runners' times read per race when they finished more than one race in what was asked ("which was her
    slowest Houston Turkey Trot", a mile one year and a 10K another: her slowest edition of each race; "compare A and
    B at X", each at its half and its full); ``parsed`` otherwise. One time over several distances would not compare
    (``nothing_found.runner_distances_mixed``); runners who each ran a race of their own are said apart instead
    (``nothing_found.runners_apart``)."""
    rows, today = _rows_of(ctx), ctx.today or date.today()
    if not runner_distances_mixed(parsed, rows, today) or parsed.more_people and runners_apart(parsed, rows, today):
        return parsed
    return replace(parsed, group_by=("race", *parsed.group_by))


def _among(question: str, ctx: Context, *, by_history: bool = False) -> Reply | None:
    """ "Of the people who finished all three of our 2022 events, how many finished at least one of our races in
    2023?": the second question answered over the runners the first chooses (``nlq.among``), each part read whole by
    the parser; None when the question asks nothing of another's runners, or a part is not read whole (``by_history``:
    or the first chooses its runners by no history of theirs — a reading whole then stands)."""
    for among in among_asked(question):
        runners = understand(among.runners, ctx)
        if _not_parsed(runners) is None and runners.intent == "count" and (runners.cohort or not by_history) and \
                (reply := _asked_of_runners(among, runners, question, ctx)) is not None:
            return reply
    return None


def _asked_of_runners(among: Among, runners: Parsed, question: str, ctx: Context) -> Reply | None:
    """The answer to ``among.asked`` over the runners of the reading ``runners``; None when it is not read whole or
    asks nothing of them (``nlq.among.with_runners_of``)."""
    asked = understand(with_next_year(with_events_said(among.asked, runners), runners), ctx)
    if _not_parsed(asked) is not None or (read := with_runners_of(asked, runners, among)) is None:
        return None
    reply = _archive(question, ctx, whole=False, read=replace(read, question=question))
    return reply if reply.path == "parser" and reply.sql else None


# columns saying which edition or race a row is of, shared by answers of different things
_WHERE_AND_WHEN = {"event", "event_date", "race", "year", "city", "state"}


def _dropped(part: Reply, whole: Reply, *, by_values: bool = False, by_runner: bool = False) -> bool:
    """Whether the answer to the question read whole holds little of one of its two parts' answers: another runner
    than the part's, ``by_runner`` ("Who won X, and what was the women's winning time?" read whole gave the women's
    winner alone), or fewer than half of its columns (a column of the same name read otherwise — every race against the race of the
    name — is a reading, not a drop; a DNF rate's "dnf" beside the race with the most DNFs is not the rate; never
    ``by_values``) and fewer than half of its values (numbers to 0.01: a winner's row is not held by a count of 1)."""
    if by_runner and _runners(part) - _runners(whole) and _runners(whole) or part.rows and not whole.rows:
        return True   # (another runner; or no row at all where the part has some: "winning time …, and who was second?")
    own = set(part.columns) - _WHERE_AND_WHEN
    if not by_values and (shared := own & set(whole.columns)) and len(shared) * 2 >= len(own):
        return False
    def number(value: Any) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    values = [value for row in whole.rows for value in row if value is not None]
    numbers = [float(value) for value in values if number(value)]
    # (the part's own figures, not where and when they are: "what was our worst year for finishers" is held by its
    # finishers — the same year ranked by DNFs holds its year alone)
    keys = {j for j, name in enumerate(part.columns) if name in _WHERE_AND_WHEN} if set(part.columns) - _WHERE_AND_WHEN else set()
    own = [value for row in part.rows for j, value in enumerate(row) if value is not None and j not in keys]
    held = sum(any(abs(float(value) - other) <= 0.01 for other in numbers) if number(value) else value in values
               for value in own)
    return held * 2 < len(own)


def _runners(reply: Reply) -> set[tuple[Any, Any]]:
    """The runners an answer names (first and last name), none when it names none."""
    if not {"first_name", "last_name"} <= set(reply.columns):
        return set()
    first, last = reply.columns.index("first_name"), reply.columns.index("last_name")
    return {(row[first], row[last]) for row in reply.rows}


def _both_asked(question: str, ctx: Context, read_whole: Reply | None = None) -> Reply | None:
    """ "Cincinnati Turkey Trot 2024: how many finishers, and how many no-shows?": each question answered by the parser
    on its own (``nlq.two_asked``), the answers joined in one table (``_joined``); None when it asks one thing, when
    either is not answered, or when both answers are lists of different things. Against the answer of the question ``read_whole``:
    only when that answer dropped one of the two (``_dropped``), is one row or none (a row per group reads both: "how
    many finished the half and how many the 5K") or the second was asked of the first one's answer, and the second says what
    it asks in its own words or with that answer (set against a whole reading, "her group", "their time" are said only
    as well as the words carried)."""
    today, vocabulary = ctx.today or date.today(), _vocabulary(question, ctx)
    asked = two_asked(question, vocabulary, today)
    if asked is None or read_whole is not None and not (asked.leans or asked.apart) and (
            len(read_whole.rows) > 1 or leans_on_words(asked)):
        return None
    alone = replace(ctx, settings=None)
    first = _archive(asked.first, alone, whole=False)
    if asked.leans == "shown":
        # ("Who was the fastest woman ever at X? What year was her best time?": her row, which shows the year; read
        # whole, a ranking of years)
        if first.path != "parser" or not first.rows or not shown_in(asked, first.columns) or \
                read_whole is not None and not _dropped(first, read_whole, by_runner=True):
            return None
        shows = "Its rows show" if len(first.rows) > 1 else "Its row shows"
        first.question, first.explanation = question, f"{first.explanation} {shows} what \"{asked.second}\" asks."
        return first
    if asked.leans == "those":   # (of the first one's runners: kept as the first kept them)
        if first.read_as is None:
            return None
        # ("… in 2024, and how many of them came back in 2025?": those runners themselves, in another year)
        second = _asked_of_runners(asked_of(asked.second), first.read_as, asked.second, alone) or \
            _archive(asked.second, alone, whole=False, kept=first.read_as)
    elif asked.leans:   # (the second is about the first one's answer: said with it, once it is known)
        if first.path != "parser" or len(first.rows) != 1 or \
                (said := said_with_answer(asked, first.columns, first.rows[0], vocabulary, today)) is None:
            return None
        # (an event found: asked of its runners as the first kept them — "which event had the most women finishers …?
        # how many of them were masters?")
        second = _archive(said, alone, whole=False, kept=first.read_as if asked.leans == "event" else None)
    else:
        second = _archive(asked.second, alone, whole=False)
    if asked.apart and first.path == "parser" and first.rows and second.path != "parser":
        # ("How many finished X in 2024? What about Stamford?", Stamford's event not held that year: the first answered
        # and why the second is not — read whole, Stamford was where runners live, at 1.0)
        first.question, first.confidence = question, min(first.confidence, TWO_READINGS_CONFIDENCE)
        first.notice = " ".join(filter(None, [first.notice, f'"{asked.second}": {second.notice or second.explanation}']))
        first.explanation = f"{first.explanation} The second question is not answered."
        return first
    if first.path != "parser" or second.path != "parser" or not first.rows or not second.rows or \
            len(first.rows) > 1 and len(second.rows) > 1 and first.columns != second.columns:
        return None
    columns, rows, how = _joined(first, second)
    reply = Reply(question, ctx.tenant, "both", min(first.confidence, second.confidence), "parser",
                  f"{first.sql};\n{second.sql}", f"Two questions, answered {how}. {first.explanation} "
                  f"{second.explanation}", columns, rows, first.truncated or second.truncated,
                  understood=f"{first.understood} | {second.understood}", parts=(first, second))
    reply.notice = " ".join(filter(None, [first.notice, second.notice])) or None
    # (the first one's runners told apart only when the second says all it asks itself — "… and who holds it?" is asked
    # of the first one's answer, which the whole reading may name better — and only the first's: "any DQs? who?")
    by_runner = says_all_it_asks(asked)
    # (and, of a second asked "of them", the first's own count by its values: "how many DNF'd, and how many of them were
    # masters?" read whole counted the masters' DNFs alone)
    if read_whole is not None and not asked.apart and not any(_dropped(part, read_whole, by_values=asked.leans == "those" and part is first,
                                                   by_runner=by_runner and part is first) for part in reply.parts):
        return None
    return reply


def _joined(first: Reply, second: Reply) -> tuple[list[str], list[list[Any]], str]:
    """Two answers as one table (columns, rows) and how they were joined, said in the explanation: one measure of two
    groups a row each ("how many finished the half and how many finished the full?", as "how many were A and how many
    B" is read whole), rows of the same columns one after the other ("what was his chip time that year, and what did
    he run at San Jose in 2022?"), otherwise side by side (a column of the same name said again with "_2")."""
    groups = differing_dimension((first.read_as, second.read_as)) if first.read_as and second.read_as and \
        first.columns == second.columns else None
    if groups and groups[0] not in first.columns:
        # (each row labelled by what its question differs in: "… age brackets in 2023? And in 2024?" had no year)
        dimension, values = groups
        single = len(first.rows) == len(second.rows) == 1
        return [dimension, *first.columns], [[values[0], *row] for row in first.rows] + [[values[1], *row] for row in second.rows], \
            "a row each" if single else f"the first's rows, then the second's, each with its {dimension}"
    if keyed := _same_keys(first, second):
        # ("How many finishers each year, and how many of them were women?": the two counts of each year side by side)
        taken = set(first.columns)
        return (first.columns + [f"{name}_2" if name in taken else name for name in second.columns[keyed:]],
                [a + b[keyed:] for a, b in zip(first.rows, second.rows)], "side by side, a row for each group")
    if first.columns == second.columns and len(first.columns) > 1:
        return first.columns, first.rows + second.rows, "the first's rows, then the second's"
    taken = set(first.columns)
    return (first.columns + [f"{name}_2" if name in taken else name for name in second.columns],
            [a + b for a in first.rows for b in second.rows], "side by side")


def _same_keys(first: Reply, second: Reply) -> int:
    """How many leading columns (the groups: a year, a race) two answers of the same grouping share, row for row; 0
    unless both are grouped alike, with the same groups in the same order."""
    if not (first.read_as and second.read_as and first.read_as.group_by and
            first.read_as.group_by == second.read_as.group_by and len(first.rows) == len(second.rows) >= 1):
        return 0
    keys = 0
    while keys < min(len(first.columns), len(second.columns)) - 1 and first.columns[keys] == second.columns[keys] and all(
            a[keys] == b[keys] for a, b in zip(first.rows, second.rows)):
        keys += 1
    return keys


def _refused(question: str, parsed: Parsed) -> str | None:
    """Why the question is declined whoever reads it: it asks to change data, or for data the archive does not hold."""
    if asks_to_change(question):
        if asks_to_send(question):   # ("please email Sabrina Murray her times")
            return ("questions only read the archive: nothing is sent or e-mailed from here; ask for the rows and send "
                    "them yourself")
        return ("questions only read the archive: results are changed by re-importing or re-publishing them "
                "(p88 providers, p88 results publish), never from here")
    if missing := not_held(list(parsed.unused)):
        return (f"the archive holds events, races, runners and their results (times, places, status, age groups, "
                f"home towns), not {', '.join(missing)}")
    return None


def _not_parsed(parsed: Parsed) -> str | None:
    """Why the parser does not answer on its own (words it could not use, names not found, a confidence below
    CONFIDENT), or None when it answers."""
    if not parsed.unused and parsed.confidence >= CONFIDENT:
        return None
    notes = list(parsed.notes)
    if parsed.unused:  # never answered as if those words were not there
        notes.append(f"I understood: {parsed.understood()}. I could not use: "
                     f"{', '.join(repr(w) for w in parsed.unused)}")
    return "; ".join(notes) or "the question is outside what the parser understands"


@lru_cache(maxsize=4096)
def _archive_rows(sql: str, partner_id: int, home: Path, _version: Path) -> tuple[tuple, ...]:
    """The rows of a notice's query (an event's races, its editions, a runner's results), run once per archive version:
    the same few are asked of question after question, and an export makes a new version."""
    return tuple(run(sql, partner_id, home).rows)


def _rows_of(ctx: Context) -> Rows:
    """The rows of a query (sqlglot or SQL text) over ``ctx``'s company's archive, cached per archive version: what
    ``nlq.nothing_found`` asks of the data."""
    def rows(query: exp.Select | str) -> list[tuple]:
        sql = query if isinstance(query, str) else query.sql(dialect="duckdb")
        return list(_archive_rows(sql, ctx.partner_id, ctx.home, (ctx.home / "archive").resolve()))
    return rows


def _with_notices(reply: Reply, parsed: Parsed, ctx: Context) -> Reply:
    """Why an executed parser answer is empty (or declined, for an edition not run yet), or that it mixes every
    race of an event that ran several — then at MIXED_RACES_CONFIDENCE (``nlq.nothing_found``)."""
    if reply.path == "none":
        return reply

    rows, today = _rows_of(ctx), ctx.today or date.today()
    missing = None
    if parsed.difference and reply.rows and reply.rows[0][-1] is None and not nothing_found(reply.rows):
        # "how much faster was A than B" where one of them has no finisher in the dates asked: no difference to give
        # (an event with no edition then says so)
        return _unanswered(reply, no_edition(parsed, rows) or "one of the two groups compared has no finisher in what "
                                  "was asked, so there is no difference to give: ask for each", ctx)
    if unplaced := runner_not_placed(parsed, rows, today):   # "who beat her" when she ran another race, or DNF'd
        return _unanswered(reply, unplaced, ctx)
    if blended := namesakes_in_a_share(parsed, rows, today):   # "what % did Samantha Smith beat", two of her in the race
        return _unanswered(reply, blended, ctx)
    if unheld := cohort_year_not_held(parsed, rows):   # "came back the next year" when there was no next edition
        return _unanswered(reply, unheld, ctx)
    if disorder := legs_out_of_order(parsed, rows):   # "… two weeks later" of an event held before the other
        return _unanswered(reply, disorder, ctx)
    if nothing_found(reply.rows) and (unfinished := runners_without_a_finish(parsed, rows, today)):
        return _unanswered(reply, unfinished, ctx)   # "how far ahead of me did he finish", he a DNS there
    if nothing_found(reply.rows) and (elsewhere := runner_in_another_town(parsed, rows)):
        return _unanswered(reply, elsewhere, ctx)   # "Karen Fuller (Nashua) …": she lives in Northampton
    if nothing_found(reply.rows) and (outside := runner_outside_group(parsed, rows, today)):
        return _unanswered(reply, outside, ctx)   # "was Jane Doe 2nd in women 40-44": she ran in another group
    if nothing_found(reply.rows) and (outside := runner_outside_place_group(parsed, rows, today)):
        return _unanswered(reply, outside, ctx)   # "her place among runners 50 and over": she is 29
    if nothing_found(reply.rows) and (elsewhere := runner_in_another_race(parsed, rows, today)):
        return _unanswered(reply, elsewhere, ctx)   # "his placing at the Greenville Half Marathon": he ran its 10K
    if nothing_found(reply.rows):
        if unknown := no_such_event(parsed, rows):
            # ("the Chicago Marathon last October": no event of that city ever ran a marathon — never "the Chicago
            # Shamrock 5K had no edition in October")
            return _unanswered(reply, unknown, ctx)
        missing = no_edition(parsed, rows)
        if missing and parsed.dates.end > today:  # an edition not run yet (this year or later): no result to count
            return _unanswered(reply, f"{missing}; the archive holds results of races already run", ctx)
        if missing and parsed.events and parsed.subject != "events":
            # an edition never held: a question about nothing, not a count of 0 (of its editions, 0 is the answer)
            return _unanswered(reply, missing, ctx)
        if not missing and parsed.events and (no_such_race := no_race(parsed, rows)):
            # "the full marathon at the Buffalo Half Marathon": a race the event did not run, not a count of 0
            return _unanswered(reply, no_such_race, ctx)
        if not missing and (unworn := bib_not_worn(parsed, rows, today)):
            return _unanswered(reply, unworn, ctx)
        if not missing and (unheld := change_not_held(parsed, rows)):
            # a change from a year the event (or its race) was not held: no change to give, not an empty table
            return _unanswered(reply, unheld, ctx)
        missing = missing or no_race(parsed, rows)   # a place's events without that race: an honest 0, with why
        missing = missing or after_the_archive(parsed, rows) or no_events_in_dates(parsed, rows) or \
            place_beyond_the_field(parsed, rows, today)
        missing = missing or no_record_held(parsed, rows, today)
    if missing:
        reply.notice = f"Nothing found: {missing}."
    elif absent := runners_without_a_result(parsed, rows, today):
        # "Tina Torres or Anita Evans, who placed higher at the half marathon", Tina Torres ran its 5K
        reply.notice = f"{absent}."
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif apart := runners_apart(parsed, rows, today):
        # "who was faster at the Houston Turkey Trot, A or B": one ran its 1 mile, the other its 5K (or one did not finish)
        reply.notice = f"{apart[0]}."
        reply.confidence = min(reply.confidence, APART_CONFIDENCE if apart[1] else MIXED_RACES_CONFIDENCE)
    elif len(parsed.events) > 1 and (unheld := no_edition(parsed, rows)):
        # "the Fort Collins 10K and the Cheyenne 5K in 2024", Fort Collins first held in 2025: the answer is Cheyenne's
        reply.notice = f"{unheld}: the answer is of the other events named only."
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif unrun := distances_not_run(parsed, rows):
        reply.notice = f"{unrun}."
    elif counted := runner_races_counted(parsed, rows, today):
        reply.notice = f"Counted {parsed.person.name}'s finishes in every race of {' / '.join(parsed.events)} ({counted}); " \
            "name a race for one."
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif races := races_mixed(parsed, rows):
        # counted over all of them, as the glossary says — but it may not be what was meant
        events = ' / '.join(parsed.events) or f"the events held in {parsed.event_city}"
        # (a time measured over races of different lengths mixes them: a median of a mile and a 5K means neither)
        timed = parsed.measures_a_time and not parsed.metric
        reply.notice = (f"{'Times pooled' if timed else 'Counted'} over every race of {events} ({', '.join(races)})" +
                        ("; races of different lengths make that figure mean little: name a race for one." if timed
                         else "; name a race for one."))
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif distances := events_ranked_over_races(parsed, rows):
        reply.notice = (f"Each event's time is over all its races ({', '.join(distances)} were run): events with "
                        "shorter races rank faster; name a distance to compare like with like.")
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif mixed := event_times_mixed(parsed, rows):
        # "A or B, which was faster on average" with B at the 5K its name says and A at every race: unlike times
        reply.notice = "; ".join(f"{name}'s time is over all its races ({', '.join(races)})" for name, races in mixed) + \
            ": name a race for each to compare like with like."
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif distances := fastest_over_distances(parsed, rows):
        reply.notice = (f"Ranked over every distance run ({', '.join(distances)}): a shorter race's time ranks first; "
                        "name a distance for comparable times.")
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif skipped := years_not_held(parsed, rows):
        reply.notice = f"{skipped}."
    elif shared := namesakes(parsed, rows):
        reply.notice = f"{shared}."
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif towns := towns_sharing_a_name(parsed, rows, today):
        reply.notice = f"{towns}."
        reply.confidence = min(reply.confidence, MIXED_RACES_CONFIDENCE)
    elif fewer := fewer_editions(parsed, rows):
        reply.notice = f"{fewer}."
    elif others := other_races(parsed, rows):
        # (of the race the question or the event's name says: "the Tampa full", "the Napa Half Marathon")
        reply.notice = (f"Answered for the {' / '.join(d.label for d in parsed.distances)} race only; "
                        f"{' / '.join(parsed.events)} also ran {', '.join(others)}: say 'all races' for every race.")
    if counted := statuses_counted(parsed, reply.rows, rows, today):   # "how many people ran the 5K": DNS among them
        reply.notice = " ".join(filter(None, [reply.notice, f"{counted}."]))
    if parsed.sex_by_pronoun and "overall_place" in reply.columns and any(
            row[reply.columns.index("overall_place")] != 1 for row in reply.rows):
        # "Who won X? What was her time?" when a man won overall: her race's winner, the overall winner said to be other
        her, women = ("her", "women") if parsed.sex == "F" else ("his", "men")
        reply.notice = " ".join(filter(None, [reply.notice, f"Read \"{her}\" as the {women}'s winner; where that winner's "
                                              "overall_place is not 1, someone of the other sex won overall: ask who won "
                                              "overall for them."]))
        reply.confidence = min(reply.confidence, TWO_READINGS_CONFIDENCE)
    if parsed.told_of:   # "Kaitlyn Roman didn't show. What share of that year's entries were no-shows?": the field's
        reply.notice = " ".join(filter(None, [reply.notice, f"Answered for the whole field asked about; "
                                              f"{' and '.join(parsed.told_of)} is named as why it is asked, not as a filter."]))
    if parsed.claims:   # "she says she was the 6th woman but the site says 25th": her result as recorded
        reply.notice = " ".join(filter(None, [reply.notice, "The results as recorded; what was told (" + "; ".join(
            f"“{claim}”" for claim in parsed.claims) + ") is not used as a filter."]))
    if respelled := names_respelled(parsed, ctx):   # said first: every other word of the answer is of that runner
        reply.notice = " ".join(filter(None, [respelled, reply.notice]))
        reply.confidence = min(reply.confidence, RESPELLED_CONFIDENCE)
    return reply


def names_respelled(parsed: Parsed, ctx: Context) -> str | None:
    """Which runners were read from a name written otherwise ("Read 'Gina Torres' as Tina Torres, …"), or None: a
    near-miss name is the closest runner, never silently someone else (a break run found three such swaps); the
    others it could as well be are named ("'Chris Smith' as Christina Smith (also a runner: Christopher Smith)")."""
    said = [(words, person) for person in (parsed.person, *parsed.more_people)
            if person and (words := said_otherwise(parsed.question, person))]
    readings = ", ".join(f"'{words}' as {person.name}" + (
        f" (also a runner: {' or '.join(other.name for other in others)} — name them in full to choose)"
        if (others := also_read_as(words, person, ctx.partner_id, ctx.home)) else "") for words, person in said)
    return f"Read {readings}: the closest runner name{'s' if len(said) > 1 else ''} in your results (no runner is " \
           f"named as written)." if said else None


def _ask_model(reply: Reply, why: str, ctx: Context) -> Reply:
    """The model fills the question spec (compiled like the parser's); only if it cannot, it drafts SQL."""
    if ctx.settings is None:
        return _unanswered(reply, why, ctx)
    from nlq.llm import LlmFailed, LlmUnavailable, draft_spec, draft_sql  # LangChain takes 0.6 s to import
    today = ctx.today or date.today()
    try:
        draft = draft_spec(reply.question, _vocabulary(reply.question, ctx), _precedents(reply.question, ctx, spec=True),
                           ctx.settings, today)
    except LlmUnavailable as error:
        return _unanswered(reply, f"{why}; the language model is unavailable ({error})", ctx)
    except LlmFailed as spec_failed:
        try:  # the last resort: the model's own SQL, guarded, and said to be so
            sql_draft = draft_sql(reply.question, ctx.partner_id, _precedents(reply.question, ctx), ctx.settings,
                                  ctx.today)
        except (LlmUnavailable, LlmFailed) as error:
            return _unanswered(reply, f"{why}; the language model gave no usable spec ({spec_failed}) nor SQL "
                                      f"({error})", ctx)
        reply.path, reply.sql, reply.explanation = "llm", sql_draft.sql, sql_draft.explanation
        reply.notice = "answered by the language model's own SQL (it could not fill the question spec): check the " \
                       "SQL before relying on it"
        return _execute(reply, ctx)
    plan = build(draft.parsed, today)
    reply.path, reply.sql, reply.explanation = "llm", plan.sql, plan.explanation
    reply.intent, reply.understood, reply.not_used = draft.parsed.intent, draft.parsed.understood(), []
    reply.spec = draft.spec.model_dump(mode="json", exclude_defaults=True)
    reply.notice = "read by the language model: check that the explanation says what you asked"
    return _execute(reply, ctx)


def _spec_json(parsed: Parsed) -> dict[str, Any] | None:
    # pydantic builds the spec's models on import (~25 ms): only when a spec is asked for (JSON, the model path)
    from nlq.spec import SpecError, from_parsed

    try:
        return from_parsed(parsed).model_dump(mode="json", exclude_defaults=True)
    except SpecError:
        return None


def _precedents(question: str, ctx: Context, spec: bool = False) -> list[tuple[str, str]]:
    """The company's worked examples closest to ``question``, with the parser's spec (JSON) or SQL for each."""
    pairs = []
    today = ctx.today or date.today()
    for example in closest(question, examples(ctx), limit=4):
        if is_live(example):
            continue
        parsed = understand(example, ctx)
        if spec:
            if (said := _spec_json(parsed)) is not None:
                pairs.append((example, json.dumps(said)))
            continue
        with contextlib.suppress(Unanswerable):
            pairs.append((example, build(parsed, today).sql))
    return pairs


def _execute(reply: Reply, ctx: Context) -> Reply:
    try:
        answer = run(reply.sql or "", ctx.partner_id, ctx.home, row_cap=ctx.row_cap)
    except (QueryFailed, GuardError) as error:
        return _unanswered(reply, str(error), ctx)
    reply.sql, reply.columns, reply.truncated = answer.sql, answer.columns, answer.truncated
    reply.rows = [list(row) for row in answer.rows]
    return reply


def _unanswered(reply: Reply, why: str, ctx: Context) -> Reply:
    reply.path, reply.notice = "none", f"I could not answer this: {why}."
    reply.explanation = "No answer was given."   # never the explanation of a query whose rows are not shown
    reply.confidence = min(reply.confidence, DECLINED_CONFIDENCE)
    reply.sql, reply.columns, reply.rows = None, [], []
    reply.suggestions = closest(reply.question, examples(ctx))
    return reply
