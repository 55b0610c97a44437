"""How fast the ``p88`` command starts, side by side with the interpreter doing nothing, in one run.

    .venv/bin/python bench/cli_startup.py [--runs 15] [--ask-home DIR --ask-tenant SLUG]   # prints JSON

Each command is started ``--runs`` times as its own process (alternating, so a busy moment hits all of them
alike) and timed wall clock from spawn to exit: ``python -c pass`` (the floor), ``p88 --help`` (the console
script in this interpreter's bin/), ``./p88 --help`` (the bootstrap a newcomer runs) and ``p88 config`` (a
command that reads the settings); with ``--ask-home`` (a P88_HOME holding an export), also ``p88 ask
--no-model`` answering one question on that warm archive. Goals: ``p88 --help`` <= 0.3 s, ``p88 ask`` <= 0.6 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
P88 = str(Path(sys.executable).parent / "p88")
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "p88 --help": [P88, "--help"],
    "./p88 --help": [str(ROOT / "p88"), "--help"],
    "p88 config": [P88, "config"],
}


def wall_seconds(argv: list[str], env: dict[str, str] | None = None) -> float:
    began = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT, env=env)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--ask-home", type=Path, default=None, help="a P88_HOME with an export, to time p88 ask")
    parser.add_argument("--ask-tenant", default="lone-star")
    args = parser.parse_args()
    commands = {name: (argv, None) for name, argv in COMMANDS.items()}
    if args.ask_home is not None:
        env = {**os.environ, "P88_HOME": str(args.ask_home)}
        commands["p88 ask (warm archive)"] = ([P88, "ask", "--tenant", args.ask_tenant, "--no-model",
                                               "How many events did we time in 2019?"], env)
    for argv, env in commands.values():  # warm the file cache and the bytecode first: we measure starts, not disks
        wall_seconds(argv, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (argv, env) in commands.items():
            times[name].append(wall_seconds(argv, env))
    floor = statistics.median(times["python -c pass"])
    print(json.dumps({
        "benchmark": "cli_startup",
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.system()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "runs": args.runs,
        "median_s": {name: round(statistics.median(t), 3) for name, t in times.items()},
        "min_s": {name: round(min(t), 3) for name, t in times.items()},
        "ratio_to_python_pass": {name: round(statistics.median(t) / floor, 1) for name, t in times.items()},
        "goal_p88_help_s": 0.3,
        "goal_p88_ask_s": 0.6,
    }, indent=2))


if __name__ == "__main__":
    main()
