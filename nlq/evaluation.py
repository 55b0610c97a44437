"""Execution-accuracy evaluation of the question layer (as Spider and Defog's sql-eval score text-to-SQL).

A case passes when the gold query's result appears in the answer: every gold column is matched by an answer
column with the same values (names and extra columns ignored), rows compared as a multiset — as a list
only when the case is ``ordered`` (where rows tied on every number may swap). Floats are compared to 0.1 (finish times are tenths of seconds).
Labels of time or pace bands said in other words ("under 3 hours" for "under 3:00") match band for band, in the order of
where each band starts, when both sides give as many bands.
"""

from __future__ import annotations

import calendar
import itertools
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from nlq import rx


@dataclass(frozen=True)
class Case:
    company: str                   # slug
    category: str
    question: str
    gold_sql: str | None           # None when the right answer is to decline
    ordered: bool = False
    template: int | None = None    # a development set's template it fills (its index), None for a case of its own

    @property
    def declined(self) -> bool:
        return self.gold_sql is None


@dataclass(frozen=True)
class Outcome:
    case: Case
    passed: bool
    gold_rows: int
    detail: str                    # why it failed, or the path that answered
    answered: bool = True          # False when the system declined
    confidence: float = 0.0


def load_cases(path: Path) -> tuple[list[Case], date]:
    """The cases of an evaluation file: templates asked by every company of ``[companies]`` with its names
    filled in (the development set), or cases each naming its ``company`` (the held-out set); a case with
    ``declined = true`` and no ``sql`` is one the system must decline."""
    spec = tomllib.loads(path.read_text())
    cases = []
    for slug, names in spec.get("companies", {None: {}}).items():
        for index, template in enumerate(spec["case"]):
            fill = (lambda text: text.format(**names)) if slug else (lambda text: text)  # noqa: E731
            sql = None if template.get("declined") else fill(template["sql"])
            cases.append(Case(slug or template["company"], template["category"], fill(template["question"]), sql,
                              template.get("ordered", False), index if slug else None))
    return cases, spec["today"]


def each_template_asked_by(cases: list[Case], askers: int = 1) -> list[Case]:
    """``askers`` cases per template of a development set (``load_cases`` order), the companies taking turns:
    template t is asked by companies t, t+1, … (mod their number), so every template is asked and every company's
    names are used; a set of cases each naming its company is returned whole."""
    if any(case.template is None for case in cases):
        return cases
    by_template: dict[int, list[Case]] = {}
    for case in cases:
        by_template.setdefault(case.template, []).append(case)
    return [asked[(t + k) % len(asked)] for t, asked in enumerate(by_template.values())
            for k in range(min(askers, len(asked)))]


def _norm(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float, Decimal)):
        # to 0.1 (finish times are tenths of seconds); a fraction to 4 places, or every small rate would match
        return round(float(value), 1) if abs(value) >= 1 else round(float(value), 4)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return _bracket(_the_rest(str(value)))


# the group of everyone not in the places named: "from CO, from WY, and from everywhere else"
_THE_REST = re.compile(r"(?:everywhere|anywhere|everyone|everybody) else|elsewhere|others?|(?:all )?other (?:states|places|cities|"
                       r"towns)|(?:the )?rest(?: of (?:the )?(?:country|us|field))?", re.IGNORECASE)


def _the_rest(text: str) -> str:
    """The group of everyone not in the places named, in one spelling ("everywhere else", "other states", "the rest"
    are "elsewhere"); any other text as it is."""
    return "elsewhere" if _THE_REST.fullmatch(text.strip()) else text


def _bracket(text: str) -> str:
    """An age bracket in one spelling of the several people write ("30s", "30's" and "30 to 39" are "30-39"; "60+",
    "60 and over" and "60 or older" are "60+"; "<30" and "below 30" are "under 30"); any other text as it is."""
    said = text.strip().lower()
    if m := rx.fullmatch(r"(\d)0'?s", said):
        return f"{m.group(1)}0-{m.group(1)}9"
    if m := rx.fullmatch(r"(\d{1,2})\s*(?:-|\u2013|to)\s*(\d{1,2})", said):
        return f"{m.group(1)}-{m.group(2)}"
    if m := rx.fullmatch(r"(\d{1,2})\s*(?:\+|plus|and (?:over|older|up|above)|or (?:older|over|more))", said):
        return f"{m.group(1)}+"
    if m := rx.fullmatch(r"(?:under|below|<|younger than|less than)\s*(\d{1,2})", said):
        return f"under {m.group(1)}"
    return text


def _numeric(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) and math.isfinite(value)


def _tolerance(gold: Any) -> float:
    """How far an answer may be from a gold number and still be it: 0.05 at 1 and above (tenths of a second, a gold
    rounded to 0.1 or to 0.01 — 465.3 is 465.25, 4.55 is 4.5454); below 1, half the gold's last decimal place, at
    most four (a rate rounded to 0.4 is 0.3788; 0.0338 is no 0.0412; 0 says no places: 0.0000)."""
    if abs(gold) >= 1:
        return 0.05 + 1e-9
    shown = format(gold, "f").rstrip("0").partition(".")[2] if gold else ""
    return 0.5 * 10 ** -min(max(len(shown), 1), 4) + 1e-12 if shown else 0.5e-4 + 1e-12


def _as_gold(value: Any, golds: list[Any]) -> Any:
    """``value`` normalised as the nearest of ``golds`` (one gold column's values) within its tolerance, else as
    itself: rounding both sides apart put 465.25 and a gold of round(…, 1) = 465.3 on two sides of a tenth."""
    if _numeric(value) and (near := [gold for gold in golds if _numeric(gold) and
                                     abs(float(value) - float(gold)) <= _tolerance(float(gold))]):
        return _norm(min(near, key=lambda gold: abs(float(value) - float(gold))))
    return _norm(value)


def same_result(gold_columns: int, gold_rows: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
                ordered: bool, columns: Sequence[str] = ()) -> bool:
    """Whether ``rows`` hold the gold result (see the module docstring). An answer column named as a percent
    (``columns``: the answer's names) also matches the same rate given as a fraction (3.38 % = 0.0338), and a
    column of month names the same months as numbers ("June" = 6), and a runner's first and last names the full name
    ("Debra Bullock"; "winner_first_name" with "winner_last_name" too). A gold row of k values is held by k rows
    whose one column holds those values (the same counts as a row per band, not a column per band); a gold row per
    year with a column per sex, by a row per year and sex (``_pivots``)."""
    if _held(gold_columns, gold_rows, rows, ordered, columns):
        return True
    return any(_held(gold_columns, gold_rows, pivoted, ordered) for pivoted in _pivots(rows, len(gold_rows)))


def _pivots(rows: Sequence[Sequence[Any]], wanted: int) -> list[list[tuple]]:
    """``rows`` turned wide to ``wanted`` rows, one per value of a key column, for each way that holds: a column of
    two or three labels ("F", "M", or years) split every other column into one per label ("men vs women finishers each
    year" as (year, sex, finishers) rows is (year, finishers of F, finishers of M))."""
    if not rows or wanted < 1 or len(rows) % wanted or not 2 <= (labels := len(rows) // wanted) <= 3:
        return []
    width, found = len(rows[0]), []
    for split in range(width):
        values = sorted({repr(row[split]) for row in rows})
        # (labels are words or years: "each event's finishers in 2024 and in 2025" as (event, year, finishers) rows)
        if len(values) != labels or not all(isinstance(row[split], (str, int)) and not isinstance(row[split], bool) for row in rows):
            continue
        for key in (j for j in range(width) if j != split):
            cells = {(repr(row[key]), repr(row[split])): row for row in rows}
            keys = list(dict.fromkeys(repr(row[key]) for row in rows))
            if len(cells) != len(rows) or len(keys) != wanted:
                continue
            # (every key holds every label: as many keys as wanted, each pair once)
            found.append([(cells[k, values[0]][key], *(cells[k, v][j] for v in values for j in range(width)
                                                        if j not in (key, split))) for k in keys])
    return found


def _held(gold_columns: int, gold_rows: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
          ordered: bool, columns: Sequence[str] = ()) -> bool:
    """``same_result`` without a pivot."""
    golds = [[row[i] for row in gold_rows] for i in range(gold_columns)]
    gold = [tuple(_norm(v) for v in row) for row in gold_rows]
    percents = [j for j, name in enumerate(columns) if "percent" in name or name.endswith("_pct")]
    months = [j for j in range(len(rows[0]))
              if all(isinstance(row[j], str) and row[j] in _MONTH_NUMBERS for row in rows)] if rows else []
    # (a prefix names whose: "winner_first_name", "faster_last_name")
    names = [(j, columns.index(name[:-len("first_name")] + "last_name")) for j, name in enumerate(columns)
             if name.endswith("first_name") and name[:-len("first_name")] + "last_name" in columns]
    rows = [(*row, *(_fraction(row[j]) for j in percents), *(_MONTH_NUMBERS[row[j]] for j in months),
             *(f"{row[first]} {row[last]}" for first, last in names)) for row in rows]
    raw, got = rows, [tuple(_norm(v) for v in row) for row in rows]
    if len(gold) == 1 and gold_columns >= 2 and len(got) == gold_columns and any(
            Counter(row[j] for row in got) == Counter(gold[0][:gold_columns]) for j in range(len(got[0]))):
        return True   # (one row of k values given as k rows of one column: "how many under 8:00/mile, 8:00-9:59, …" by band)
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
        candidates.append([j for j in range(width) if column_key([_as_gold(row[j], golds[i]) for row in raw]) == wanted])
        if not candidates[-1] and (labelled := _bands_as_gold(golds[i], raw)):
            # (bands labelled in other words: "under 8:00" is "under 8:00 per mile")
            j, said = labelled   # (the gold's labels set beside the answer's, a column of their own)
            raw = [(*row, said[row[j]]) for row in raw]
            candidates[-1], width = [width], width + 1
        if not candidates[-1]:
            return False
    for mapping in itertools.product(*candidates):
        projected = [tuple(_as_gold(row[j], golds[i]) for i, j in enumerate(mapping)) for row in raw]
        if _same_order(projected, gold) if ordered else Counter(projected) == Counter(gold):
            return True
    return False


# a band's label: "under 8:00", "8:00 to 9:59", "3 hours to 4 hours", "6:00 and over", "12:00 per mile or slower"
_BAND_NUMBER = re.compile(r"(\d+(?::\d\d){0,2}(?:\.\d+)?)(?:\s*(?P<unit>hours?|hrs?|minutes?|mins?)\b)?", re.IGNORECASE)
_TIMED = re.compile(r"\d:\d\d|\b(?:hours?|hrs?|minutes?|mins?|pace)\b|/(?:mi|mile|km)\b", re.IGNORECASE)
_BAND_BELOW = re.compile(r"^\s*(?:under|below|less than|faster than|sub|<)", re.IGNORECASE)


def _band_start(label: str) -> float | None:
    """Where a band labelled ``label`` starts, in its own unit (h:mm:ss and mm:ss as seconds of their kind, "2 hours"
    and "25 minutes" in seconds): -inf for "under …"; None when the label says no number."""
    if _BAND_BELOW.search(label):
        return -math.inf
    if not (found := _BAND_NUMBER.search(label)):
        return None
    if found["unit"] and ":" not in found.group(1):   # ("2 hours to 2:30:00": the hours in seconds, as the clock is)
        return float(found.group(1)) * (3600 if found["unit"].lower().startswith("h") else 60)
    return sum(float(part) * 60 ** k for k, part in enumerate(reversed(found.group(1).split(":"))))


def _bands_in_order(labels: set[Any]) -> list[str] | None:
    """Labels of time or pace bands in the order their bands start; None unless every one is such a label with a start
    of its own (age brackets are compared as _bracket spells them: "30s" is never "40-49")."""
    if not labels or not all(isinstance(label, str) and _TIMED.search(label) for label in labels):
        return None
    starts = {label: _band_start(label) for label in labels}
    if None in starts.values() or len(set(starts.values())) != len(starts):
        return None
    return sorted(starts, key=starts.__getitem__)


def _bands_as_gold(golds: list[Any], rows: Sequence[Sequence[Any]]) -> tuple[int, dict[Any, Any]] | None:
    """An answer column of band labels said in other words than a gold column's, and each of its labels as the gold's
    label of the band in the same place in order ("under 3 hours" is "under 3:00", the second band the second, …);
    None unless both say as many bands, each with a distinct start."""
    if (wanted := _bands_in_order(set(golds))) is None:
        return None
    for j in range(len(rows[0]) if rows else 0):
        if (ours := _bands_in_order({row[j] for row in rows})) is not None and len(ours) == len(wanted):
            return j, dict(zip(ours, wanted))
    return None


def _same_order(got: list[tuple], gold: list[tuple]) -> bool:
    """Rows in the gold order, where rows tied on the order's column (two age groups with the same median, two
    runners with the same time) may come in either order: the gold query leaves ties unordered. The order's
    column is the first numeric one whose values run one way down the gold rows."""
    def runs_one_way(values: list) -> bool:
        pairs = list(zip(values, values[1:]))
        return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)

    numeric = [j for j in range(len(gold[0])) if all(isinstance(row[j], float) for row in gold)]
    key = next((j for j in numeric if runs_one_way([row[j] for row in gold])), None)
    if key is None:
        return got == gold
    start = 0
    for end in range(1, len(gold) + 1):
        if end == len(gold) or gold[end][key] != gold[start][key]:
            if Counter(got[start:end]) != Counter(gold[start:end]):
                return False
            start = end
    return True


_MONTH_NUMBERS = {name: number for number, name in enumerate(calendar.month_name) if name}


def _fraction(percent: Any) -> Any:
    return percent / 100 if isinstance(percent, (int, float, Decimal)) and not isinstance(percent, bool) else percent


def evaluate(cases: list[Case], gold: Callable[[Case], tuple[int, list[tuple]]],
             answer: Callable[[Case], tuple]) -> list[Outcome]:
    """Run each case's gold query and the system's answer; ``answer`` returns (path, rows, confidence) or
    (path, rows, confidence, column names), path "none" for a declined question. A case to decline passes
    only when declined."""
    outcomes = []
    for case in cases:
        path, rows, confidence, *names = answer(case)
        answered = path != "none"
        if case.declined:
            outcomes.append(Outcome(case, not answered, 0, "declined" if not answered else "answered, should decline",
                                    answered, confidence))
            continue
        width, gold_rows = gold(case)
        passed = answered and same_result(width, gold_rows, rows, case.ordered, names[0] if names else ())
        outcomes.append(Outcome(case, passed, len(gold_rows),
                                path if passed or not answered else "wrong result", answered, confidence))
    return outcomes


def scores(outcomes: list[Outcome]) -> dict[str, dict[str, float | int]]:
    """Per category and overall: cases, passed, accuracy, and how many gold answers were empty; overall
    also the figures that say whether answers can be trusted (see ``trust``)."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.case.category].append(outcome)
        groups["overall"].append(outcome)
    report = {name: {"cases": len(group), "passed": sum(o.passed for o in group),
                     "accuracy": round(sum(o.passed for o in group) / len(group), 3),
                     "empty_gold": sum(o.gold_rows == 0 for o in group)}
              for name, group in groups.items()}
    report["overall"].update(trust(outcomes))
    return report


def trust(outcomes: list[Outcome]) -> dict[str, float | int]:
    """Answerable accuracy, wrong-answer rate (answered but wrong, of answerable), decline rate (of
    answerable), decline precision (declines that were right to decline), and calibration: how often an
    answer with confidence >= 0.9 is right."""
    answerable = [o for o in outcomes if not o.case.declined]
    declined = [o for o in outcomes if not o.answered]
    confident = [o for o in outcomes if o.answered and o.confidence >= 0.9]
    ratio = lambda part, whole: round(part / whole, 3) if whole else None  # noqa: E731
    return {
        "answerable": len(answerable),
        "answerable_accuracy": ratio(sum(o.passed for o in answerable), len(answerable)),
        "wrong_answer_rate": ratio(sum(o.answered and not o.passed for o in answerable), len(answerable)),
        "decline_rate": ratio(sum(not o.answered for o in answerable), len(answerable)),
        "to_decline": len(outcomes) - len(answerable),
        "declined_right": sum(o.passed for o in outcomes if o.case.declined),
        "decline_precision": ratio(sum(o.case.declined for o in declined), len(declined)),
        "confident_answers": len(confident),
        "confident_right": ratio(sum(o.passed for o in confident), len(confident)),
    }
