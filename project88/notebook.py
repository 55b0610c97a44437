"""``p88 notebook``: JupyterLab on the analyst notebooks (``notebooks/``), reading this P88_HOME's archive.

JupyterLab is the optional ``notebooks`` extra (``.venv/bin/pip install -e '.[notebooks]'``): the platform runs
without it. The notebooks take their parameters from the environment (``P88_HOME``, ``P88_PARTNER``), which
this command sets for the JupyterLab server and so for every kernel it starts.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import typer

from project88.errors import ConfigError
from project88.ports import PORT_BOUNDS

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def jupyter_command(home: Path, partner: str | None, port: int | None, browser: bool) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of a JupyterLab server on the notebooks folder for ``home``."""
    argv = [sys.executable, "-m", "jupyterlab", f"--notebook-dir={NOTEBOOKS}"]
    if port is not None:
        argv.append(f"--port={port}")
    if not browser:
        argv.append("--no-browser")
    if os.geteuid() == 0:  # JupyterLab refuses root unless told (containers, CI machines run as root)
        argv.append("--allow-root")
    env = {**os.environ, "P88_HOME": str(home)}
    if partner:
        env["P88_PARTNER"] = partner
    return argv, env


def notebook_command(
    partner: str | None = typer.Option(None, "--partner",
                                       help="The timing company the notebooks look at (sets P88_PARTNER)."),
    port: int | None = typer.Option(None, **PORT_BOUNDS,
                                    help="JupyterLab's port (default: its own, 8888 or the next free)."),
    browser: bool = typer.Option(True, "--browser/--no-browser", help="Open a browser tab."),
) -> None:
    """Open the analyst notebooks in JupyterLab on this P88_HOME's archive (needs the 'notebooks' extra)."""
    from project88.settings import get_settings
    from warehouse.archive import catalog_path

    home = get_settings().home
    if not NOTEBOOKS.is_dir():
        raise ConfigError(f"no notebooks folder at {NOTEBOOKS}: run p88 from a clone of the project")
    if not catalog_path(home).exists():
        raise ConfigError(f"no archive under {home} yet: run `p88 export` (or `p88 up`) first")
    if importlib.util.find_spec("jupyterlab") is None:
        raise ConfigError("JupyterLab is not installed: .venv/bin/pip install -e '.[notebooks]'")
    argv, env = jupyter_command(home, partner, port, browser)
    os.execve(argv[0], argv, env)
