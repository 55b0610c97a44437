"""Answering a question end to end: live or archive, parser or model, guard, execution, one Reply.

The order is fixed: live-timing questions go to PostgreSQL; the deterministic parser answers when it is
confident; otherwise the model drafts SQL (when one is configured and reachable); otherwise the reply says
plainly that it could not answer and offers the closest worked examples. Every path's SQL passes the guard.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from nlq.accounting import not_held
from nlq.examples import closest, company_examples
from nlq.execute import DEFAULT_ROW_CAP, QueryFailed, run
from nlq.guard import GuardError
from nlq.live import LiveQueryFailed, is_live, plan_live, run_live
from nlq.parser import CONFIDENT, Parsed, parse
from nlq.sqlbuild import Unanswerable, build
from nlq.vocabulary import find_people, load_vocabulary, person_candidates
from project88.settings import Settings


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

    @property
    def answered(self) -> bool:
        return self.sql is not None and self.path != "none"

    @property
    def declined(self) -> bool:
        return not self.answered

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "declined": self.declined}


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
    """The parser's reading of ``question`` with the company's own names resolved."""
    vocabulary = load_vocabulary(ctx.partner_id, ctx.home)
    candidates = [pair for pair in person_candidates(question) if not vocabulary.names_a_place(pair)]
    people = find_people(candidates, ctx.partner_id, ctx.home)
    return parse(question, vocabulary.with_people(people), ctx.today or date.today())


def explain(question: str, ctx: Context) -> dict[str, Any]:
    """Parse only (no execution): intent, entities, confidence and the SQL the parser would run."""
    if is_live(question):
        plan = plan_live(question)
        return {"question": question, "tenant": ctx.tenant, "intent": plan.intent, "confidence": 0.9,
                "path": "live", "entities": {}, "sql": plan.sql, "explanation": plan.explanation}
    parsed = understand(question, ctx)
    reply = {"question": question, "tenant": ctx.tenant, "intent": parsed.intent,
             "confidence": parsed.confidence, "path": "parser", "entities": parsed.entities(),
             "notes": list(parsed.notes)}
    try:
        plan = build(parsed, ctx.today or date.today())
        reply.update(sql=plan.sql, explanation=plan.explanation)
    except Unanswerable as error:
        reply.update(sql=None, explanation=str(error))
    return reply


def examples(ctx: Context) -> list[str]:
    return company_examples(ctx.partner_id, ctx.home)


def ask(question: str, ctx: Context) -> Reply:
    """Answer ``question`` for one company; never raises for a question it cannot answer."""
    started = time.perf_counter()
    question = question.strip()
    reply = _live(question, ctx) if is_live(question) else _archive(question, ctx)
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


def _archive(question: str, ctx: Context) -> Reply:
    parsed = understand(question, ctx)
    reply = Reply(question, ctx.tenant, parsed.intent, parsed.confidence, "parser", None, "",
                  entities=parsed.entities(), understood=parsed.understood(), not_used=list(parsed.unused))
    if missing := not_held(list(parsed.unused)):
        return _unanswered(reply, f"the archive holds events, races, runners and their results (times, places, "
                                  f"status, age groups, home towns), not {', '.join(missing)}", ctx)
    notes = list(parsed.notes)
    if parsed.unused:  # never answered as if those words were not there
        notes.append(f"I understood: {parsed.understood()}. I could not use: "
                     f"{', '.join(repr(w) for w in parsed.unused)}")
    notice = "; ".join(notes) or None
    if not parsed.unused and parsed.confidence >= CONFIDENT:
        try:
            plan = build(parsed, ctx.today or date.today())
        except Unanswerable as error:
            notice = str(error)
        else:
            reply.sql, reply.explanation = plan.sql, plan.explanation
            reply.chart = {"x": plan.chart[0], "y": plan.chart[1]} if plan.chart else None
            return _execute(reply, ctx)
    return _ask_model(reply, notice or "the question is outside what the parser understands", ctx)


def _ask_model(reply: Reply, why: str, ctx: Context) -> Reply:
    if ctx.settings is None:
        return _unanswered(reply, why, ctx)
    from nlq.llm import LlmFailed, LlmUnavailable, draft_sql  # LangChain takes 0.6 s to import: only when asked
    try:
        draft = draft_sql(reply.question, ctx.partner_id, _precedents(reply.question, ctx), ctx.settings, ctx.today)
    except LlmUnavailable as error:
        return _unanswered(reply, f"{why}; the language model is unavailable ({error})", ctx)
    except LlmFailed as error:
        return _unanswered(reply, f"{why}; the language model gave no usable SQL ({error})", ctx)
    reply.path, reply.sql, reply.explanation = "llm", draft.sql, draft.explanation
    reply.notice = "answered by the language model: check the SQL before relying on it"
    return _execute(reply, ctx)


def _precedents(question: str, ctx: Context) -> list[tuple[str, str]]:
    """The company's worked examples closest to ``question``, with the parser's SQL for each."""
    pairs = []
    for example in closest(question, examples(ctx), limit=4):
        if is_live(example):
            continue
        try:
            pairs.append((example, build(understand(example, ctx), ctx.today or date.today()).sql))
        except Unanswerable:
            continue
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
    reply.explanation = reply.explanation or "No query was run."
    reply.sql, reply.columns, reply.rows = None, [], []
    reply.suggestions = closest(reply.question, examples(ctx))
    return reply
