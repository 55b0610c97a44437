"""The analyst notebooks run top to bottom on the small archive, compute what direct queries compute, print
no warnings, and draw their charts with no internet; `p88 notebook` opens them in JupyterLab."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

import nbformat
import psycopg
import pytest
from nbclient import NotebookClient

from project88.notebook import NOTEBOOKS, jupyter_command
from warehouse.archive import open_archive


def execute(name: str, **env: str) -> nbformat.NotebookNode:
    """The notebook executed in a kernel with ``env`` added to the environment."""
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        NotebookClient(notebook, timeout=120, kernel_name="python3",
                       resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return notebook


def summary(notebook: nbformat.NotebookNode) -> dict:
    """The value of the final ``summary`` cell; no cell may have printed a warning or error on the way."""
    printed = [output["text"] for cell in notebook.cells for output in cell.get("outputs", [])
               if output.get("name") == "stderr"]
    assert printed == [], printed
    return ast.literal_eval(notebook.cells[-1].outputs[-1]["data"]["text/plain"])


def as_page(notebook: nbformat.NotebookNode) -> str:
    """The outputs as a notebook front end shows them: HTML, and JavaScript run in order."""
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            parts.append(data.get("text/html", ""))
            if "application/javascript" in data:
                parts.append(f"<script>{data['application/javascript']}</script>")
    return "<!doctype html><html><head><meta charset='utf-8'></head><body>" + "\n".join(parts) + "</body></html>"


@pytest.fixture(scope="module")
def season_review(small_archive) -> nbformat.NotebookNode:
    return execute("season_review", P88_HOME=str(small_archive.home), P88_PARTNER=small_archive.partners[0][1])


def test_notebooks_are_committed_without_outputs():
    for path in NOTEBOOKS.glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), path.name


def test_the_season_review_counts_a_companys_finishers_of_its_latest_season(small_archive, season_review):
    partner_id = small_archive.partners[0][0]
    result = summary(season_review)
    with open_archive(small_archive.home) as conn:
        season = conn.execute("SELECT max(year(event_date)) FROM events WHERE partner_id = ?", [partner_id]).fetchall()[0][0]
        finishers = conn.execute("""SELECT count(*) FROM results JOIN events USING (event_id)
                                    WHERE results.partner_id = ? AND year(event_date) = ? AND status = 'FIN'""",
                                 [partner_id, season]).fetchall()[0][0]
        five_k = conn.execute("""SELECT count(*) FROM results r JOIN races x USING (race_id) JOIN participants p
                                 USING (participant_id) WHERE r.partner_id = ? AND year(x.race_date) = ?
                                 AND r.status = 'FIN' AND x.name = '5K' AND p.sex IN ('F', 'M')
                                 AND r.chip_time_s BETWEEN 600 AND 5400""", [partner_id, season]).fetchall()[0][0]
    assert result["season"] == season and result["finishers"] == finishers > 0
    assert set(result["distances"]) <= {"Marathon", "Half Marathon", "10K", "5K", "1 Mile", "50K"}
    assert result["five_k_finishers"] == five_k > 0
    assert result["five_k_minutes"] == [11.0, 89.0], "the 5K histogram's x axis is in minutes, not bin numbers"


@pytest.mark.browser
def test_the_charts_draw_with_every_address_blocked(season_review, browser):
    page_html = as_page(season_review)
    assert "cdn.bokeh.org" not in page_html, "BokehJS is inlined, not loaded from its CDN"
    context = browser.new_context()
    outside: list[str] = []
    context.route("**/*", lambda route: (outside.append(route.request.url), route.abort()))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_content(page_html)
    page.wait_for_function("() => document.querySelectorAll('.bk-Figure').length == 2", timeout=30_000)
    context.close()
    assert outside == [] and errors == []


def test_the_runner_history_finds_repeat_runners_and_pr_progressions(small_archive):
    partner_id, slug = small_archive.partners[2]
    result = summary(execute("runner_history", P88_HOME=str(small_archive.home), P88_PARTNER=slug))
    with open_archive(small_archive.home) as conn:
        runners = conn.execute("SELECT count(DISTINCT participant_id) FROM results WHERE partner_id = ?",
                               [partner_id]).fetchall()[0][0]
    assert result["runners"] == runners
    assert 0 < result["repeat_runners"] < runners
    assert result["most_races"] >= 2 and result["prs_of_top_runner"] >= 1


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


def test_the_live_monitor_shows_only_its_own_companys_latest_session(small_archive, live_reads):
    slug = small_archive.partners[0][1]
    result = summary(execute("live_event_monitor", P88_DATABASE_URL=small_archive.database_url, P88_PARTNER=slug,
                             P88_HOME=str(small_archive.home)))
    points = result.pop("points_per_location")
    assert result == {"partner": slug, "session": "Live test", "reads": 7, "locations": ["10k", "finish"]}
    assert points > 7, "every location is drawn over the whole session, quiet buckets as 0, not as single points"


def test_p88_notebook_opens_jupyterlab_on_the_notebooks_with_the_archive_and_company(tmp_path):
    argv, env = jupyter_command(tmp_path, "lone-star", 8899, browser=False)
    assert argv[:3] == [sys.executable, "-m", "jupyterlab"]
    assert f"--notebook-dir={NOTEBOOKS}" in argv and "--port=8899" in argv and "--no-browser" in argv
    assert env["P88_HOME"] == str(tmp_path) and env["P88_PARTNER"] == "lone-star"
    assert (NOTEBOOKS / "analyst.py").exists(), "the kernel starts in the notebooks folder and imports it"


def test_p88_notebook_without_an_archive_says_what_to_run_first(tmp_path):
    result = subprocess.run([sys.executable, "-m", "project88", "notebook", "--no-browser"], capture_output=True,
                            text=True, env={**os.environ, "P88_HOME": str(tmp_path)}, timeout=60)
    assert result.returncode == 2 and "p88 export" in result.stderr, result.stderr
