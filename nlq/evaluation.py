"""Execution-accuracy evaluation of the question layer (as Spider and Defog's sql-eval score text-to-SQL).

A case passes when the gold query's result appears in the answer: every gold column is matched by an answer
column with the same values (names and extra columns ignored), rows compared as a multiset — as a list
only when the case is ``ordered``. Floats are compared to 0.1 (finish times are tenths of seconds).
"""

from __future__ import annotations

import itertools
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Case:
    company: str                   # slug
    category: str
    question: str
    gold_sql: str
    ordered: bool


@dataclass(frozen=True)
class Outcome:
    case: Case
    passed: bool
    gold_rows: int
    detail: str                    # why it failed, or the path that answered


def load_cases(path: Path) -> tuple[list[Case], date]:
    """Every template asked by every company, with that company's names filled in."""
    spec = tomllib.loads(path.read_text())
    cases = []
    for slug, names in spec["companies"].items():
        for template in spec["case"]:
            cases.append(Case(slug, template["category"], template["question"].format(**names),
                              template["sql"].format(**names), template.get("ordered", False)))
    return cases, spec["today"]


def _norm(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float, Decimal)):
        return round(float(value), 1)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def same_result(gold_columns: int, gold_rows: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
                ordered: bool) -> bool:
    """Whether ``rows`` hold the gold result (see the module docstring)."""
    gold = [tuple(_norm(v) for v in row) for row in gold_rows]
    got = [tuple(_norm(v) for v in row) for row in rows]
    if len(gold) != len(got):
        return False
    if not gold:
        return True
    width = len(got[0])

    def column_key(values: list[Any]) -> list[str]:
        return sorted(map(repr, values))

    candidates = []
    for i in range(gold_columns):
        wanted = column_key([row[i] for row in gold])
        candidates.append([j for j in range(width) if column_key([row[j] for row in got]) == wanted])
        if not candidates[-1]:
            return False
    for mapping in itertools.product(*candidates):
        projected = [tuple(row[j] for j in mapping) for row in got]
        if projected == gold if ordered else Counter(projected) == Counter(gold):
            return True
    return False


def evaluate(cases: list[Case], gold: Callable[[Case], tuple[int, list[tuple]]],
             answer: Callable[[Case], tuple[str, list[list[Any]]]]) -> list[Outcome]:
    """Run each case's gold query and the system's answer; ``answer`` returns (path, rows)."""
    outcomes = []
    for case in cases:
        width, gold_rows = gold(case)
        path, rows = answer(case)
        passed = path in ("parser", "llm") and same_result(width, gold_rows, rows, case.ordered)
        outcomes.append(Outcome(case, passed, len(gold_rows), path if passed or path == "none" else "wrong result"))
    return outcomes


def scores(outcomes: list[Outcome]) -> dict[str, dict[str, float | int]]:
    """Per category and overall: cases, passed, accuracy, and how many gold answers were empty."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.case.category].append(outcome)
        groups["overall"].append(outcome)
    return {name: {"cases": len(group), "passed": sum(o.passed for o in group),
                   "accuracy": round(sum(o.passed for o in group) / len(group), 3),
                   "empty_gold": sum(o.gold_rows == 0 for o in group)}
            for name, group in groups.items()}
