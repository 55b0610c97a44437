"""The guard's cost per query: every gold query of the evaluation sets guarded once (its cache cleared).

    .venv/bin/python bench/nlq_guard.py [--repeat 3]

Every question's SQL passes ``nlq.guard`` (sqlglot parses it, checks it and writes it back scoped to one company),
on the parser path, the model path and the evaluation's gold queries alike. Run this script under two interpreters
side by side to compare sqlglot builds — the project depends on ``sqlglot[c]`` (its mypyc-compiled build,
``sqlglotc``); a second virtualenv with plain ``sqlglot`` of the same version gives the pure-Python figure. Prints
JSON: the sqlglot version, whether its parser is compiled, and milliseconds per guarded query (median of the
repeats' means, and the fastest repeat).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import sqlglot
import sqlglot.parser

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlq.evaluation import load_cases  # noqa: E402
from nlq.guard import _guarded, guard  # noqa: E402


def gold_queries() -> list[str]:
    """The distinct gold queries of every evaluation set (the development set's templates filled for each company)."""
    queries: dict[str, None] = {}
    for path in sorted((ROOT / "tests").glob("nlq_*.toml")):
        cases, _ = load_cases(path)
        queries.update((case.gold_sql, None) for case in cases if case.gold_sql)
    return list(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    queries = gold_queries()
    means = []
    for _ in range(args.repeat):
        _guarded.cache_clear()
        started = time.perf_counter()
        for sql in queries:
            guard(sql, 7)
        means.append((time.perf_counter() - started) * 1000 / len(queries))
    print(json.dumps({
        "benchmark": "nlq_guard", "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpu": platform.processor() or platform.machine(), "python": platform.python_version()},
        "sqlglot": sqlglot.__version__, "compiled": sqlglot.parser.__file__.endswith(".so"),
        "queries": len(queries), "repeats": args.repeat,
        "ms_per_query_median": round(statistics.median(means), 3), "ms_per_query_best": round(min(means), 3),
    }, indent=1))


if __name__ == "__main__":
    main()
