"""A small generated archive (scale 0.01, seed 42), loaded in its own database and exported, once per run.

Shared by the archive, notebook and question-layer tests; deterministic, so evaluations built on it hold.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from warehouse.database import with_database
from warehouse.export import export_archive
from warehouse.generate import generate

SMALL_SCALE, SMALL_SEED = 0.01, 42


@dataclass(frozen=True)
class SmallArchive:
    home: Path                          # a P88_HOME holding archive/ and archive.duckdb
    database_url: str                   # owner URL of the database the archive was exported from
    partners: list[tuple[int, str]]     # (partner_id, slug), in id order


@pytest.fixture(scope="session")
def small_archive(pg_server: str, template_url: str) -> SmallArchive:
    return make_archive(pg_server, SMALL_SCALE, SMALL_SEED)


@pytest.fixture(scope="session")
def archives(pg_server: str, template_url: str, small_archive: SmallArchive):
    """Archives of other (scale, seed) pairs, made once each on first use: ``archives(0.02, 31)``."""
    made = {(SMALL_SCALE, SMALL_SEED): small_archive}

    def archive(scale: float, seed: int) -> SmallArchive:
        if (scale, seed) not in made:
            made[scale, seed] = make_archive(pg_server, scale, seed)
        return made[scale, seed]

    return archive


def make_archive(pg_server: str, scale: float, seed: int) -> SmallArchive:
    """A generated archive in a database of its own, exported under a new P88_HOME."""
    name = f"p88_archive_{str(scale).replace('.', '_')}_{seed}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE p88_template")
    url = with_database(pg_server, name)
    generate(url, scale=scale, seed=seed)
    home = Path(tempfile.mkdtemp(prefix=f"p88-archive-{scale}-{seed}-"))
    export_archive(url, home)
    with psycopg.connect(url) as conn:
        partners = conn.execute("SELECT partner_id, slug FROM timing_partners ORDER BY partner_id").fetchall()
    return SmallArchive(home=home, database_url=url, partners=[(p, s) for p, s in partners])
