"""Benchmarks remove the temporary P88_HOME they made (gigabytes at scale 1.0) unless told to keep it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def run_bench(*args: str) -> tuple[Path, str]:
    """A stand-in benchmark: makes its home, writes into it, prints the home and exits."""
    script = ("import argparse, sys\nfrom homes import add_home_options, temporary_home\n"
              "parser = argparse.ArgumentParser()\nadd_home_options(parser, reuse=True)\n"
              "args = parser.parse_args(sys.argv[1:])\n"
              "home = temporary_home('p88-bench-test-', args.keep, args.home)\n"
              "(home / 'pg').mkdir(exist_ok=True)\n(home / 'pg' / 'data').write_bytes(b'x' * 1000)\nprint(home)\n")
    result = subprocess.run([sys.executable, "-c", script, *args], cwd=BENCH, capture_output=True, text=True,
                            timeout=60, env={"PYTHONPATH": str(BENCH), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip()), result.stderr


def test_a_temporary_home_is_removed_at_exit_and_the_output_says_so():
    home, said = run_bench()
    assert not home.exists()
    assert f"removed the temporary home {home}" in said and "--keep" in said


def test_keep_leaves_it_and_says_where(tmp_path):
    home, said = run_bench("--keep")
    try:
        assert (home / "pg" / "data").exists() and f"kept {home}" in said
    finally:
        subprocess.run(["rm", "-rf", str(home)], check=True)


def test_a_given_home_is_reused_and_never_removed(tmp_path):
    home, said = run_bench("--home", str(tmp_path / "mine"))
    assert home == tmp_path / "mine" and (home / "pg" / "data").exists() and said == ""
