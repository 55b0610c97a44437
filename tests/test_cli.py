"""The p88 command: help everywhere, real work against a real database, one-line errors with exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer.main

from project88.cli import LAZY_COMMANDS, app
from project88.lazy import LazyCommand

HEAVY = ("duckdb", "polars", "panel", "bokeh", "sqlglot", "langchain_core", "psycopg", "numpy", "pandas", "pyarrow",
         "pydantic")


def all_command_paths(command=None, prefix=()):
    command = command or typer.main.get_command(app)
    command = command.real if isinstance(command, LazyCommand) else command
    yield prefix
    for name, sub in getattr(command, "commands", {}).items():
        yield from all_command_paths(sub, (*prefix, name))


def p88(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "project88", *args],
        capture_output=True, text=True, input=input, env={**os.environ, **(env or {})}, timeout=120,
    )


COMMAND_PATHS = list(all_command_paths())


def test_the_tree_has_the_foundation_commands():
    names = {" ".join(path) for path in COMMAND_PATHS}
    assert {"db start", "db stop", "db status", "db url", "migrate", "config", "users add", "users list",
            "users passwd", "partners add", "partners list", "up"} <= names


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda p: " ".join(p) or "p88")
def test_every_command_has_help(path):
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert len(result.output.strip().splitlines()) > 3


def test_help_starts_without_loading_any_heavy_library():
    probe = ("import sys\nfrom project88.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             f"print([m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "Usage:" in result.stdout and result.stderr.strip() == "[]", result.stderr


@pytest.mark.parametrize("name", LAZY_COMMANDS)
def test_a_lazy_command_lists_the_help_its_real_command_has(name):
    command = typer.main.get_command(app).commands[name]
    assert isinstance(command, LazyCommand) and command.help
    assert command.help == command.real.help


def test_partners_and_users_round_trip(db_url):
    assert p88("migrate").stdout.strip() == "schema up to date"
    added = p88("partners", "add", "Big River Race Management", "--city", "Hartford", "--state", "CT")
    assert added.returncode == 0, added.stderr
    assert "big-river-race-management" in p88("partners", "list").stdout
    user = p88("users", "add", "rd@bigriver.example", "--partner", "big-river-race-management",
               env={"P88_NEW_PASSWORD": "finish-line-1"})
    assert user.returncode == 0, user.stderr
    listed = p88("users", "list", "--partner", "big-river-race-management")
    assert "rd@bigriver.example" in listed.stdout and "argon2" not in listed.stdout
    changed = p88("users", "passwd", "rd@bigriver.example", input="another-pass\nanother-pass\n")
    assert changed.returncode == 0, changed.stderr


def test_unknown_partner_is_one_line_and_exit_1(db_url):
    result = p88("users", "add", "x@example.com", "--partner", "nobody", env={"P88_NEW_PASSWORD": "whatever1"})
    assert result.returncode == 1
    assert result.stderr.strip() == "p88: unknown timing partner 'nobody'; known: none yet (p88 partners add)"


def test_unreachable_database_names_the_host_masks_the_password_and_exits_2():
    result = p88("migrate", env={"P88_DATABASE_URL": "postgresql://timer:hunter2@127.0.0.1:1/p88"})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("p88: cannot reach PostgreSQL at 127.0.0.1:1/p88")
    assert "hunter2" not in result.stderr and "timer:***@" in result.stderr


def test_invalid_setting_is_a_configuration_error():
    result = p88("config", env={"P88_WEB_PORT": "not-a-port"})
    assert result.returncode == 2
    assert "web_port" in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_exit_2():
    assert p88("partners", "frobnicate").returncode == 2


def test_config_masks_the_database_password():
    # wide enough that the table never wraps the URL: the masked value is checked whole
    result = p88("config", env={"P88_DATABASE_URL": "postgresql://timer:hunter2@db.example:5432/p88", "COLUMNS": "250"})
    assert result.returncode == 0
    assert "hunter2" not in result.stdout and "timer:***@db.example" in result.stdout


def test_db_commands_refuse_to_manage_an_external_server():
    result = p88("db", "stop", env={"P88_DATABASE_URL": "postgresql://timer:hunter2@127.0.0.1:1/p88"})
    assert result.returncode == 2 and "embedded server is not used" in result.stderr


def test_db_lifecycle_on_the_embedded_default(embedded_home):
    env = {"P88_HOME": str(embedded_home), "P88_DATABASE_URL": ""}

    def run(*args: str) -> subprocess.CompletedProcess:
        return p88(*args, env=env)

    try:
        assert run("db", "status").returncode == 1
        started = run("db", "start")
        assert started.returncode == 0 and "PostgreSQL running" in started.stdout
        assert run("migrate").returncode == 0
        assert run("partners", "add", "Kept Timing").returncode == 0
        stopped = run("db", "stop")
        assert stopped.stdout.strip() == "PostgreSQL stopped", stopped.stderr
        assert run("db", "status").returncode == 1
        assert "kept-timing" in run("partners", "list").stdout, "commands start the server on demand, data kept"
        assert run("db", "url").stdout.startswith("postgresql://")
    finally:
        run("db", "stop")
