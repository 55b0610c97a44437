"""The evaluation's two kinds of work, run in worker processes (tests/test_nlq_eval.py): a case's gold query and
the system's answer. Processes, not threads: parsing a question and guarding SQL hold the GIL, so only separate
processes use both of the machine's cores; each worker keeps its own caches (vocabulary, archive connections)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from nlq.evaluation import Case
from nlq.execute import run
from nlq.service import Context, ask


def gold(work: tuple[Case, int, Path]) -> tuple[int, list[tuple]] | None:
    """(column count, rows) of the case's gold query as its company sees the archive; None for a decline."""
    case, partner_id, home = work
    if case.declined:
        return None
    answer = run(case.gold_sql, partner_id, home, row_cap=100_000)
    return len(answer.columns), answer.rows


def answer(work: tuple[Case, int, Path, date]) -> tuple[str, list, float, list[str]]:
    """(path, rows, confidence, columns) of the system's answer to the case's question."""
    case, partner_id, home, today = work
    reply = ask(case.question, Context(partner_id, case.company, home, None, None, today, row_cap=100_000))
    return reply.path, reply.rows, reply.confidence, reply.columns


def both(work: tuple[Case, int, Path, date]) -> tuple[tuple[int, list[tuple]] | None, tuple[str, list, float, list[str]]]:
    """A case's gold and the system's answer in one trip to the worker (half the messages between processes)."""
    case, partner_id, home, today = work
    return gold((case, partner_id, home)), answer(work)
