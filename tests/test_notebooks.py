"""The analyst notebooks run top to bottom on the small archive and compute what direct queries compute."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import psycopg
import pytest
from nbclient import NotebookClient

from warehouse.archive import open_archive

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def run_notebook(name: str, monkeypatch, **env: str) -> dict:
    """Execute a notebook with the given environment; return its final ``summary`` cell's value."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    last = notebook.cells[-1].outputs[-1]
    return ast.literal_eval(last["data"]["text/plain"])


def test_notebooks_are_committed_without_outputs():
    for path in NOTEBOOKS.glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), path.name


def test_the_season_review_counts_a_companys_finishers_of_its_latest_season(small_archive, monkeypatch):
    partner_id, slug = small_archive.partners[0]
    summary = run_notebook("season_review", monkeypatch, P88_HOME=str(small_archive.home), P88_PARTNER=slug)
    with open_archive(small_archive.home) as conn:
        season = conn.execute("SELECT max(year(event_date)) FROM events WHERE partner_id = ?", [partner_id]).fetchone()[0]
        finishers = conn.execute("""SELECT count(*) FROM results JOIN events USING (event_id)
                                    WHERE results.partner_id = ? AND year(event_date) = ? AND status = 'FIN'""",
                                 [partner_id, season]).fetchone()[0]
    assert summary["season"] == season and summary["finishers"] == finishers > 0
    assert set(summary["distances"]) <= {"Marathon", "Half Marathon", "10K", "5K", "1 Mile", "50K"}


def test_the_runner_history_finds_repeat_runners_and_pr_progressions(small_archive, monkeypatch):
    partner_id, slug = small_archive.partners[2]
    summary = run_notebook("runner_history", monkeypatch, P88_HOME=str(small_archive.home), P88_PARTNER=slug)
    with open_archive(small_archive.home) as conn:
        runners = conn.execute("SELECT count(DISTINCT participant_id) FROM results WHERE partner_id = ?",
                               [partner_id]).fetchone()[0]
    assert summary["runners"] == runners
    assert 0 < summary["repeat_runners"] < runners
    assert summary["most_races"] >= 2 and summary["prs_of_top_runner"] >= 1


@pytest.fixture
def live_reads(small_archive):
    """A live session with reads for the first two companies (the second's is newer), removed afterwards."""
    with psycopg.connect(small_archive.database_url, autocommit=True) as conn:
        sessions = []
        for (partner_id, _), reads in zip(small_archive.partners[:2], (7, 3)):
            session = conn.execute("""INSERT INTO timing_sessions (partner_id, session_name) VALUES (%s, 'Live test')
                                      RETURNING id""", (partner_id,)).fetchone()[0]
            sessions.append(session)
            conn.execute("""INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib,
                                read_time, raw_line, received_at)
                            SELECT %s, %s, CASE WHEN n %% 2 = 0 THEN 'finish' ELSE '10k' END, n, n::text, '09:00',
                                   'raw', now() - make_interval(mins => n)
                            FROM generate_series(1, %s) n""", (partner_id, session, reads))
        yield
        conn.execute("DELETE FROM timing_sessions WHERE id = ANY(%s)", (sessions,))


def test_the_live_monitor_shows_only_its_own_companys_latest_session(small_archive, live_reads, monkeypatch):
    slug = small_archive.partners[0][1]
    summary = run_notebook("live_event_monitor", monkeypatch, P88_DATABASE_URL=small_archive.database_url,
                           P88_PARTNER=slug, P88_HOME=str(small_archive.home))
    assert summary == {"partner": slug, "session": "Live test", "reads": 7, "locations": ["10k", "finish"]}
