"""The ``p88`` command line run as its own process against one database."""

from __future__ import annotations

import os
import subprocess
import sys


def p88(db_url: str, *args: str, password: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "P88_DATABASE_URL": db_url, **({"P88_NEW_PASSWORD": password} if password else {})}
    return subprocess.run([sys.executable, "-m", "project88", *args], env=env, capture_output=True, text=True,
                          timeout=120)
