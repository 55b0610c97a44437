"""Parsing with `nlq.rx`'s cache of compiled patterns against `re`'s own cache (512 patterns), side by side.

    .venv/bin/python bench/nlq_pattern_cache.py --home DIR [--rounds 3]

DIR holds an exported archive (`p88 generate --scale 0.02 --seed 31 && p88 export`). Every question of the
held-out sets is parsed against its company's vocabulary (loaded once, outside the timing), in rounds that
alternate the two caches: "rx" is the code as it runs; "re" routes `nlq.rx.compiled` through `re.compile`,
whose cache holds 512 patterns, fewer than the parser uses. Prints JSON: milliseconds per question, each
mode's median over the rounds, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import time
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb

from nlq import rx
from nlq.evaluation import load_cases
from nlq.parser import parse
from nlq.vocabulary import load_vocabulary

SETS = sorted(Path(__file__).resolve().parent.parent.glob("tests/nlq_heldout*.toml"))
TODAY = date(2026, 11, 30)


def questions(home: Path) -> list[tuple[str, object]]:
    """(question, its company's vocabulary) for every case of the held-out sets over this archive's companies."""
    ids = dict((slug, pid) for pid, slug in duckdb.sql(
        f"SELECT partner_id, slug FROM read_parquet('{home}/archive/timing_partners/**/*.parquet')").fetchall())
    asked = [(case.question, case.company) for path in SETS for case in load_cases(path)[0]]
    vocabularies = {slug: load_vocabulary(ids[slug], home) for _, slug in asked}
    return [(question, vocabularies[slug]) for question, slug in asked]


def timed(asked: list[tuple[str, object]]) -> float:
    """Milliseconds per question to parse them all."""
    start = time.perf_counter()
    for question, vocabulary in asked:
        parse(question, vocabulary, TODAY)
    return (time.perf_counter() - start) * 1000 / len(asked)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    asked = questions(options.home)
    cached = rx.compiled

    def plain(pattern, flags=0):
        return re.compile(pattern, flags)

    runs: dict[str, list[float]] = {"rx": [], "re": []}
    timed(asked)   # warm: imports, the vocabularies' own patterns
    for _ in range(options.rounds):
        for mode in ("rx", "re"):
            rx.compiled = cached if mode == "rx" else plain
            runs[mode].append(round(timed(asked), 2))
    rx.compiled = cached
    medians = {mode: statistics.median(values) for mode, values in runs.items()}
    print(json.dumps({
        "benchmark": "nlq_pattern_cache", "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {platform.python_version()}", "questions": len(asked),
        "ms_per_question": runs, "median_ms": medians,
        "re_over_rx": round(medians["re"] / medians["rx"], 2),
    }, indent=1))


if __name__ == "__main__":
    main()
