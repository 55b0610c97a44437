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
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS p88_small_archive WITH (FORCE)")
        conn.execute("CREATE DATABASE p88_small_archive TEMPLATE p88_template")
    url = with_database(pg_server, "p88_small_archive")
    generate(url, scale=SMALL_SCALE, seed=SMALL_SEED)
    home = Path(tempfile.mkdtemp(prefix="p88-small-archive-"))
    export_archive(url, home)
    with psycopg.connect(url) as conn:
        partners = conn.execute("SELECT partner_id, slug FROM timing_partners ORDER BY partner_id").fetchall()
    return SmallArchive(home=home, database_url=url, partners=[(p, s) for p, s in partners])
