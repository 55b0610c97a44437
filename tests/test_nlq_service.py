"""Asking questions end to end on a real archive and a real PostgreSQL: answers, refusals and the tenant wall."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from nlq.execute import run
from nlq.service import Context, ask, examples, explain
from nlq.vocabulary import LAST_NAME_MATCH_MIN, PERSON_MATCH_MIN, find_people
from project88.cli import app, main

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def lone_star(small_archive) -> Context:
    partner_id = dict((slug, pid) for pid, slug in small_archive.partners)["lone-star"]
    return Context(partner_id, "lone-star", small_archive.home, small_archive.database_url, None, TODAY)


@pytest.fixture(scope="module")
def lakeshore(small_archive) -> Context:
    partner_id = dict((slug, pid) for pid, slug in small_archive.partners)["lakeshore"]
    return Context(partner_id, "lakeshore", small_archive.home, small_archive.database_url, None, TODAY)


def direct(sql: str, ctx: Context) -> list[tuple]:
    return run(sql, ctx.partner_id, ctx.home, row_cap=100_000).rows


def test_a_count_is_answered_by_the_parser_with_sql_and_explanation(lone_star: Context) -> None:
    reply = ask("How many runners finished the Fort Worth Half Marathon under 2 hours in 2021?", lone_star)
    expected = direct("SELECT count(*) FROM results r JOIN races ra USING (race_id) JOIN events e ON "
                      "e.event_id = r.event_id WHERE e.name = 'Fort Worth Half Marathon' AND year(e.event_date) = 2021 "
                      "AND r.status = 'FIN' AND r.chip_time_s < 7200", lone_star)
    assert (reply.path, reply.intent, reply.rows) == ("parser", "count", [[expected[0][0]]])
    assert expected[0][0] > 0
    assert f"partner_id = {lone_star.partner_id}" in reply.sql       # the guard scoped what ran
    assert "under 2 hours" in reply.explanation and reply.elapsed_ms > 0 and reply.confidence >= 0.9


def test_the_original_platforms_examples_are_answered(lone_star: Context) -> None:
    for question in ("How many runners finished the Fort Worth Half Marathon under 3 hours?",
                     "Show me all participants in the Fort Worth Half Marathon in 2021",
                     "Find all male runners aged 35 in the Fort Worth Half Marathon",
                     "Analyze performance for the Fort Worth Half Marathon",
                     "Show me Helen Schroeder's half marathon PR",
                     "How many people finished under 3 hours in marathons last year?",
                     "I'm from Lone Star Race Timing, show me our active events"):
        reply = ask(question, lone_star)
        assert reply.path == "parser", (question, reply.notice)
        assert reply.columns and reply.sql and reply.explanation
    # an edition the small archive does not hold: declined, saying why, with the editions it has
    reply = ask("Show me all participants in the Fort Worth Half Marathon in 2016", lone_star)
    assert reply.declined and reply.rows == []
    assert "Fort Worth Half Marathon had no edition in 2016 (editions: 2015, 2017" in reply.notice


def test_a_pr_is_the_fastest_finish_at_that_distance(lone_star: Context) -> None:
    reply = ask("Show me Helen Schroeder's half marathon PR", lone_star)
    best = direct("SELECT min(r.chip_time_s) FROM results r JOIN participants p USING (participant_id) JOIN races ra "
                  "USING (race_id) WHERE p.first_name = 'Helen' AND p.last_name = 'Schroeder' AND ra.name = "
                  "'Half Marathon' AND r.status = 'FIN'", lone_star)[0][0]
    assert best in [row[reply.columns.index("personal_best_s")] for row in reply.rows]


def test_a_series_answer_carries_chart_axes(lone_star: Context) -> None:
    reply = ask("How many finishers per year in the El Paso Jingle Bell Run?", lone_star)
    assert reply.chart == {"x": "year", "y": "finishers"} and len(reply.rows) > 1


def test_another_companys_event_answers_as_if_it_does_not_exist(lone_star: Context, lakeshore: Context) -> None:
    reply = ask("How many runners finished the Evanston Half Marathon?", lone_star)
    assert reply.path == "none" and reply.rows == [] and reply.sql is None
    assert "Evanston Half Marathon" in reply.notice
    assert reply.suggestions and not any("Evanston" in s for s in reply.suggestions)
    assert ask("How many runners finished the Evanston Half Marathon?", lakeshore).path == "parser"


def test_counts_are_the_asking_companys_own(lone_star: Context, lakeshore: Context) -> None:
    for ctx in (lone_star, lakeshore):
        reply = ask("How many events did we time in 2019?", ctx)
        assert reply.rows == [[direct("SELECT count(*) FROM events WHERE year(event_date) = 2019", ctx)[0][0]]]


def test_naming_another_company_does_not_reach_its_rows(lone_star: Context, small_archive) -> None:
    reply = ask("I'm from Lakeshore Timing Co., show me our active events", lone_star)
    assert reply.path == "parser"
    with psycopg.connect(small_archive.database_url) as conn:
        own = {r[0] for r in conn.execute("SELECT event_id FROM events WHERE partner_id = %s",
                                          (lone_star.partner_id,))}
    assert {row[0] for row in reply.rows} <= own


def test_a_question_it_cannot_read_says_so_and_suggests_examples(lone_star: Context) -> None:
    reply = ask("purple monkey dishwasher", lone_star)
    assert reply.path == "none" and reply.rows == [] and "could not answer" in reply.notice
    assert len(reply.suggestions) == 3
    assert all(s in examples(lone_star) for s in reply.suggestions)


def test_a_fault_in_reading_a_question_is_said_plainly_and_logged(lone_star: Context, monkeypatch: pytest.MonkeyPatch,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args, **kwargs):
        raise KeyError("a bug of ours")

    monkeypatch.setattr("nlq.service.build", broken)   # (a fault cannot be asked for: one is planted)
    reply = ask("How many finishers did the Fort Worth Half Marathon have in 2021?", lone_star)
    assert reply.declined and reply.rows == [] and reply.sql is None and "went wrong on our side" in reply.notice
    assert "a bug of ours" in caplog.text


def test_examples_use_the_companys_own_names_and_all_work(lone_star: Context) -> None:
    questions = examples(lone_star)
    assert any("Fort Worth Half Marathon" in q for q in questions)
    for question in questions:
        if "session" not in question:
            assert ask(question, lone_star).path == "parser", question


def test_explain_parses_without_running(lone_star: Context) -> None:
    found = explain("Top 10 women in the Fort Worth Half Marathon in 2021", lone_star)
    assert found["intent"] == "top" and found["entities"]["sex"] == "F" and found["entities"]["limit"] == 10
    assert found["sql"].startswith("SELECT") and "rows" not in found
    assert found["declined"] is False and found["not_used"] == []


@pytest.mark.parametrize("question", ["x'; DROP TABLE results;--", "how many finishers at the 2021 Fort Worth Half "
                                                                  "Marathon who brought their dog"])
def test_explain_declines_what_the_answer_would_decline(lone_star: Context, question: str) -> None:
    found, answer = explain(question, lone_star), ask(question, lone_star)
    assert found["declined"] is True and answer.declined and found["sql"] is None
    assert found["not_used"] == answer.not_used and "could not answer" in found["explanation"]
    assert answer.confidence <= 0.3 and answer.explanation == "No answer was given."


def test_live_timing_questions_read_postgres_under_rls(two_companies, db_url: str, tmp_path: Path) -> None:
    alpha = Context(1, "alpha", tmp_path, db_url, None, TODAY)
    bravo = Context(2, "bravo", tmp_path, db_url, None, TODAY)
    reply = ask("What's the current timing data for session 1?", alpha)
    assert reply.path == "live" and reply.columns[:3] == ["location_name", "reads", "unique_bibs"]
    assert [row[:3] for row in reply.rows] == [["finish", 1, 1]]
    assert ask("What's the current timing data for session 1?", bravo).rows == []   # not bravo's session
    recent = ask("How many reads at the finish in the last 10 minutes?", alpha)
    assert recent.rows == [[1, 1]]
    sessions = ask("show our active timing sessions", bravo)
    assert [row[0] for row in sessions.rows] == [2]


def test_live_sql_is_guarded_and_read_only(two_companies, db_url: str, tmp_path: Path) -> None:
    from nlq.guard import GuardError
    from nlq.live import LiveQueryFailed, run_live
    with pytest.raises(GuardError):
        run_live("DELETE FROM timing_reads", 1, db_url)
    with pytest.raises(LiveQueryFailed, match="ran longer"):
        run_live("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 100000000) "
                 "SELECT count(*) FROM t", 1, db_url, timeout_s=0.2)


def test_cli_answers_as_json(small_archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("P88_HOME", str(small_archive.home))
    monkeypatch.setenv("P88_DATABASE_URL", small_archive.database_url)
    result = CliRunner().invoke(app, ["ask", "--tenant", "lone-star", "--json", "--no-model",
                                      "How many events did we time in 2019?"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert {"question", "tenant", "intent", "confidence", "path", "sql", "explanation", "columns", "rows",
            "elapsed_ms"} <= answer.keys()
    assert (answer["tenant"], answer["path"], answer["intent"]) == ("lone-star", "parser", "count")


def test_cli_answers_archive_questions_with_the_database_away(small_archive, monkeypatch: pytest.MonkeyPatch,
                                                              capsys) -> None:
    # an analyst's laptop with the archive and no PostgreSQL: the archive names the company; a live question
    # still needs the database and says so
    monkeypatch.setenv("P88_HOME", str(small_archive.home))
    monkeypatch.setenv("P88_DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none")   # nothing listens there
    result = CliRunner().invoke(app, ["ask", "--tenant", "lone-star", "--json", "--no-model",
                                      "How many events did we time in 2019?"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["rows"] == [[1]]
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--tenant", "lone-star", "--no-model", "How many reads at the finish in the last 10 minutes?"])
    assert exit_.value.code != 0 and "127.0.0.1:9" in capsys.readouterr().err


def test_cli_without_a_model_reports_it_unanswered(small_archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("P88_HOME", str(small_archive.home))
    monkeypatch.setenv("P88_DATABASE_URL", small_archive.database_url)
    monkeypatch.setenv("P88_OLLAMA_HOST", "http://127.0.0.1:9")   # nothing listens there
    result = CliRunner().invoke(app, ["ask", "--tenant", "lone-star", "How many runners in the Boston Marathon?"])
    assert result.exit_code == 1
    assert "Boston Marathon" in result.output and "unavailable" in result.output and "Try:" in result.output


def test_cli_unknown_tenant_is_a_clear_error(small_archive, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("P88_HOME", str(small_archive.home))
    monkeypatch.setenv("P88_DATABASE_URL", small_archive.database_url)
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--tenant", "nobody", "How many events?"])
    assert exit_.value.code != 0 and "unknown timing partner 'nobody'" in capsys.readouterr().err


def test_a_question_longer_than_the_limit_is_declined_unread(lone_star: Context) -> None:
    from nlq.service import MAX_QUESTION
    reply = ask("how many finished " * 5000, lone_star)
    assert reply.declined and f"at most {MAX_QUESTION} characters" in reply.notice and len(reply.notice) < 300


def test_a_distance_the_event_did_not_run_is_said_beside_the_others(lone_star: Context) -> None:
    # the 2021 Fort Worth Half Marathon ran no 10K: its half's row alone, and why (a missing row said nothing)
    reply = ask("finishers of the 10K and the half marathon at the 2021 Fort Worth Half Marathon, by race", lone_star)
    assert [row[0] for row in reply.rows] == ["Half Marathon"]
    assert "Fort Worth Half Marathon in 2021 had no 10K race (its races: Half Marathon)" in reply.notice


def test_an_event_said_to_come_later_that_was_held_earlier_is_said_back(lone_star: Context) -> None:
    # the 2023 Fort Worth Half Marathon (May 13) came before the El Paso Jingle Bell Run (December 16): no one ran it
    # "two weeks later" (it counted the runners of both, at 0.96)
    reply = ask("of the 2023 El Paso Jingle Bell Run finishers, how many also finished the Fort Worth Half Marathon two "
                "weeks later?", lone_star)
    assert reply.declined and "was held on May 13, before the El Paso Jingle Bell Run" in reply.notice
    later = ask("of the 2023 Fort Worth Half Marathon finishers, how many also finished the El Paso Jingle Bell Run "
                "months later?", lone_star)
    assert not later.declined and later.rows


def test_a_runner_is_found_through_a_misspelling_never_swapped_for_another(lone_star) -> None:
    # (on the small archive: Helen Schroeder and Michael Roman run for lone-star; no Michael Moran does. "Michael
    # Moran" scores 0.98 against "Michael Roman" on the whole name, and was answered with Roman's results)
    found = ask("Helen Schroder's results", lone_star)   # one letter dropped: the same runner
    assert found.rows and {(row[5], row[6]) for row in found.rows} == {("Helen", "Schroeder")}
    other = ask("Michael Moran's results", lone_star)
    assert (other.rows, other.path) == ([], "none") and "no runner by that name" in other.notice


def test_a_runners_name_is_matched_as_duckdbs_jaro_winkler_scores_it(lone_star) -> None:
    """Names are matched in memory (rapidfuzz); the runner found is the one DuckDB's own jaro_winkler_similarity
    over the participants picks, for names as stored, misspelt and unknown."""
    stored = direct("SELECT DISTINCT first_name, last_name FROM participants ORDER BY last_name, first_name", lone_star)
    asked = []
    for first, last in stored[::max(1, len(stored) // 60)]:
        asked += [(first, last), (first, last[:-2] + last[-1]), (first[1:] + first[0], last), (first, last + "son")]
    asked.append(("Zzyx", "Qwertyuiop"))
    found_by_duckdb = 0
    for first, last in asked:
        full = "lower(first_name || ' ' || last_name)"
        wanted = f"{first} {last}".lower().replace("'", "''")
        expected = direct(f"SELECT first_name, last_name FROM participants WHERE jaro_winkler_similarity({full}, "
                          f"'{wanted}') >= {PERSON_MATCH_MIN} AND jaro_winkler_similarity(lower(last_name), "
                          f"'{last.lower().replace(chr(39), chr(39) * 2)}') >= {LAST_NAME_MATCH_MIN} GROUP BY ALL "
                          f"ORDER BY max(jaro_winkler_similarity({full}, '{wanted}')) DESC, first_name, last_name "
                          f"LIMIT 1", lone_star)
        found = find_people([(first, last)], lone_star.partner_id, lone_star.home)
        assert [(p.first_name, p.last_name) for p in found] == [tuple(row) for row in expected], (first, last)
        found_by_duckdb += bool(expected)
    assert len(asked) > 200 and len(asked) // 2 < found_by_duckdb < len(asked)   # both outcomes were checked


def test_an_event_not_held_beside_one_held_is_said_and_more_editions_than_held_are_all(lone_star: Context) -> None:
    # (the Fort Worth Half Marathon was not held in 2019; the El Paso Jingle Bell Run was)
    both = ask("How many finishers did the Fort Worth Half Marathon and the El Paso Jingle Bell Run have in 2019?", lone_star)
    el_paso = direct("SELECT count(*) FROM results r JOIN events e ON e.event_id = r.event_id WHERE "
                     "e.name = 'El Paso Jingle Bell Run' AND year(e.event_date) = 2019 AND r.status = 'FIN'", lone_star)
    assert both.rows == [[el_paso[0][0]]] and el_paso[0][0] > 0
    assert "Fort Worth Half Marathon had no edition in 2019" in both.notice and both.confidence < 0.9
    every = ask("How many finishers did the El Paso Jingle Bell Run have across its last 20 editions?", lone_star)
    all_editions = direct("SELECT count(*) FROM results r JOIN events e ON e.event_id = r.event_id WHERE "
                          "e.name = 'El Paso Jingle Bell Run' AND r.status = 'FIN'", lone_star)
    assert every.rows == [[all_editions[0][0]]]
    assert "has held 6 editions, fewer than the 20 asked" in every.notice


def test_an_events_time_over_every_race_beside_one_races_is_said(lakeshore: Context) -> None:
    # (on the small archive the Evanston Half Marathon's name says its race; the Naperville Turkey Trot ran a 5K, a 10K
    # and a mile: its average mixes them, and a comparison with one half marathon said nothing of it)
    reply = ask("Which was faster on average: the Naperville Turkey Trot or the Evanston Half Marathon?", lakeshore)
    assert reply.rows and "Naperville Turkey Trot's time is over all its races (1 Mile, 10K, 5K)" in reply.notice
    assert reply.confidence < 0.9
    counted = ask("How many finishers did the Naperville Turkey Trot and the Evanston Half Marathon have?", lakeshore)
    assert "time is over all its races" not in (counted.notice or "")


def test_a_share_around_a_runner_who_did_not_finish_or_has_a_namesake_is_said(lone_star: Context) -> None:
    # "what percentage of the finishers did X beat": one figure of one runner's own race, or said why not — never a
    # blank 0 of 0 (she did not finish) nor one figure blended of two namesakes (each field row counted twice)
    first, last, event, year = direct("""
        SELECT p.first_name, p.last_name, e.name, year(e.event_date) FROM results r
        JOIN participants p ON p.participant_id = r.participant_id JOIN events e ON e.event_id = r.event_id
        WHERE r.status = 'DNF' AND (SELECT count(*) FROM participants q WHERE q.first_name = p.first_name
                                    AND q.last_name = p.last_name) = 1
        ORDER BY 3, 4, 1, 2 LIMIT 1""", lone_star)[0]
    dnf = ask(f"what percentage of the finishers finished ahead of {first} {last} at the {year} {event}?", lone_star)
    assert dnf.declined and "did not finish" in dnf.notice
    first, last, event, year = direct("""
        SELECT p.first_name, p.last_name, e.name, year(e.event_date) FROM results r
        JOIN participants p ON p.participant_id = r.participant_id JOIN events e ON e.event_id = r.event_id
        WHERE r.status = 'FIN' GROUP BY r.race_id, 1, 2, 3, 4 HAVING count(DISTINCT p.participant_id) > 1
        ORDER BY 3, 4, 1, 2 LIMIT 1""", lone_star)[0]
    twins = ask(f"what percentage of the finishers did {first} {last} beat at the {year} {event}?", lone_star)
    assert twins.declined and f"runners named {first} {last}" in twins.notice


def test_a_runner_asked_of_an_age_group_she_did_not_run_in_is_said(lone_star: Context) -> None:
    # "was X 2nd in women 40-44 at Y": her results in that group, or said that she ran in another (never an empty
    # answer at full confidence)
    first, last, event, year, group = direct("""
        SELECT p.first_name, p.last_name, e.name, year(e.event_date), r.age_group FROM results r
        JOIN participants p ON p.participant_id = r.participant_id JOIN events e ON e.event_id = r.event_id
        WHERE r.status = 'FIN' AND r.age_group LIKE 'F%' AND (SELECT count(*) FROM participants q
                                                            WHERE q.first_name = p.first_name AND q.last_name = p.last_name) = 1
        ORDER BY 3, 4, 1, 2 LIMIT 1""", lone_star)[0]
    other = "F80-99" if group != "F80-99" else "F01-19"
    reply = ask(f"what was {first} {last}'s place in {other} at the {year} {event}?", lone_star)
    assert reply.declined and f"no result in {other}" in reply.notice and group in reply.notice


def test_two_things_asked_at_once_are_answered_side_by_side_and_say_so(lone_star: Context) -> None:
    reply = ask("Fort Worth Half Marathon 2023: how many finishers, and how many no-shows?", lone_star)
    counts = direct("SELECT count(*) FILTER (WHERE r.status = 'FIN'), count(*) FILTER (WHERE r.status = 'DNS') FROM "
                    "results r JOIN events e ON e.event_id = r.event_id WHERE e.name = 'Fort Worth Half Marathon' AND "
                    "year(e.event_date) = 2023", lone_star)
    assert (reply.path, reply.intent, reply.rows) == ("parser", "both", [list(counts[0])])
    assert reply.explanation.startswith("Two questions, answered side by side.") and reply.sql.count("SELECT COUNT") == 2
    spec = reply.to_json()["spec"]
    assert [part["status"] for part in spec["both"]] == ["FIN", "DNS"] and reply.to_json()["declined"] is False


def test_a_question_read_whole_that_drops_one_of_two_things_is_answered_as_two(lone_star: Context) -> None:
    # read whole, "the average pace … and who won it" was the winner's own pace (the winner dropped, at 1.0)
    reply = ask("what was the average pace per km at the Fort Worth Half Marathon in 2023 and who won it?", lone_star)
    winner = direct("SELECT p.first_name, p.last_name FROM results r JOIN events e ON e.event_id = r.event_id JOIN races "
                    "ra ON ra.race_id = r.race_id JOIN participants p ON p.participant_id = r.participant_id WHERE e.name "
                    "= 'Fort Worth Half Marathon' AND ra.name = 'Half Marathon' AND year(e.event_date) = 2023 AND "
                    "r.overall_place = 1", lone_star)
    assert reply.intent == "both" and reply.confidence < 0.9   # two readings disagreed: said less surely
    assert set(winner[0]) <= set(reply.rows[0]) and "avg_pace_s_per_km" in reply.columns


def test_the_same_asked_of_another_town_whose_event_was_not_held_says_so(lone_star: Context) -> None:
    # ("… in 2020? What about El Paso?", El Paso's event not held in 2020: the first answered, the second said not to
    # be — read whole, El Paso had been where runners live, at 1.0)
    reply = ask("How many finished the Fort Worth Half Marathon in 2020? What about El Paso?", lone_star)
    counts = direct("SELECT count(*) FROM results r JOIN events e ON e.event_id = r.event_id WHERE e.name = "
                    "'Fort Worth Half Marathon' AND year(e.event_date) = 2020 AND r.status = 'FIN'", lone_star)
    assert reply.path == "parser" and [tuple(row) for row in reply.rows] == counts and reply.confidence < 0.9
    assert "El Paso Jingle Bell Run had no edition in 2020" in reply.notice and "runner city" not in reply.understood


def test_one_measure_of_two_groups_asked_apart_is_a_row_per_group(lone_star: Context) -> None:
    reply = ask("At the 2023 Fort Worth Half Marathon, how many men finished and how many women?", lone_star)
    counts = direct("SELECT p.sex, count(*) FROM results r JOIN events e ON e.event_id = r.event_id JOIN participants p "
                    "ON p.participant_id = r.participant_id WHERE e.name = 'Fort Worth Half Marathon' AND "
                    "year(e.event_date) = 2023 AND r.status = 'FIN' AND p.sex IN ('M', 'F') GROUP BY 1", lone_star)
    assert sorted(map(tuple, reply.rows)) == sorted(counts) and reply.columns == ["sex", "finishers"]
    assert reply.intent == "both" and reply.explanation.startswith("Two questions, answered a row each.")


def test_a_winner_whose_sex_is_read_from_her_is_said_back_when_a_man_won_overall(lone_star: Context) -> None:
    # (break 70: "Who won X? What was her time?" gave the first woman at 1.0, a man the overall winner)
    won = direct("SELECT e.name, year(e.event_date), p.sex FROM results r JOIN events e USING (event_id) JOIN participants p "
                 "USING (participant_id) WHERE r.overall_place = 1 AND r.status = 'FIN' ORDER BY e.event_date", lone_star)
    name, year, sex = next(row for row in won if row[2] == "M")
    reply = ask(f"Who won the {year} {name}? What was her time?", lone_star)
    assert reply.rows and all(row[reply.columns.index("sex")] == "F" for row in reply.rows)
    assert reply.confidence < 0.9 and "someone of the other sex won overall" in reply.notice


def test_a_runners_place_among_runners_from_her_town_is_her_rank_in_that_group(lone_star: Context) -> None:
    # (break 70: "her place among runners from New Haven" gave her row alone, its places overall, at 1.0)
    name, first, last, city, year, race_id = direct(
        "SELECT e.name, p.first_name, p.last_name, p.city, year(e.event_date), r.race_id FROM results r JOIN events e "
        "USING (event_id) JOIN participants p USING (participant_id) WHERE r.status = 'FIN' AND p.city IS NOT NULL "
        "ORDER BY r.overall_place DESC, r.result_id LIMIT 1", lone_star)[0]
    reply = ask(f"What was {first} {last}'s place among runners from {city} at the {year} {name}?", lone_star)
    rank, of = direct(f"SELECT place, n FROM (SELECT p.first_name, p.last_name, rank() OVER (ORDER BY r.chip_time_s) AS place, "
                      f"count(*) OVER () AS n FROM results r JOIN participants p USING (participant_id) WHERE r.race_id = "
                      f"{race_id} AND r.status = 'FIN' AND p.city = '{city}') WHERE first_name = '{first}' AND "
                      f"last_name = '{last}'", lone_star)[0]
    row = reply.rows[0]
    assert (row[reply.columns.index("place_in_group")], row[reply.columns.index("finishers_in_group")]) == (rank, of)


def test_a_runners_place_among_a_group_she_is_not_in_is_said_back(lone_star: Context) -> None:
    # (break 71: "her place among runners 50 and over", she 29: an empty answer at 1.0)
    name, first, last, year, age = direct(
        "SELECT e.name, p.first_name, p.last_name, year(e.event_date), r.age FROM results r JOIN events e USING (event_id) "
        "JOIN participants p USING (participant_id) WHERE r.status = 'FIN' AND r.age < 40 ORDER BY r.result_id LIMIT 1",
        lone_star)[0]
    reply = ask(f"What was {first} {last}'s place among runners 60 and over at the {year} {name}?", lone_star)
    assert reply.declined and f"is not among the runners asked about there (age {age}" in reply.notice


def test_a_town_said_without_its_state_that_names_towns_in_two_states_says_so(lone_star: Context) -> None:
    # "runners from Portland" with runners from Portland, ME and Portland, OR: counted together, said, claimed less
    city, year = direct("SELECT p.city, year(e.event_date) FROM results r JOIN participants p USING (participant_id) "
                        "JOIN events e ON e.event_id = r.event_id WHERE r.status = 'FIN' GROUP BY 1, 2 "
                        "HAVING count(DISTINCT p.state) > 1 ORDER BY count(*) DESC, 1, 2 LIMIT 1", lone_star)[0]
    states = [state for state, in direct(
        f"SELECT DISTINCT p.state FROM results r JOIN participants p USING (participant_id) JOIN events e ON "
        f"e.event_id = r.event_id WHERE r.status = 'FIN' AND p.city = '{city}' AND year(e.event_date) = {year} "
        f"ORDER BY 1", lone_star)]
    merged = ask(f"how many runners from {city} finished a race in {year}?", lone_star)
    expected = direct(f"SELECT count(*) FROM results r JOIN participants p USING (participant_id) JOIN events e ON "
                      f"e.event_id = r.event_id WHERE r.status = 'FIN' AND p.city = '{city}' AND "
                      f"year(e.event_date) = {year}", lone_star)
    assert merged.rows == [[expected[0][0]]]
    assert f"{city} names towns in {len(states)} states here ({', '.join(states)})" in merged.notice
    assert merged.confidence < 0.9
    one = ask(f"how many runners from {city}, {states[0]} finished a race in {year}?", lone_star)
    assert not (one.notice or "").count("names towns") and one.rows[0][0] < expected[0][0]


def test_a_group_compared_with_no_one_in_it_is_a_row_of_zeros(lone_star: Context) -> None:
    # ("from TX, from AK, and everywhere else" with no one from Alaska: its row says 0, never left out)
    assert direct("SELECT count(*) FROM participants WHERE state = 'AK'", lone_star) == [(0,)]
    expected = dict(direct("SELECT CASE WHEN p.state = 'TX' THEN 'Texas' ELSE 'everywhere else' END, count(*) FROM "
                           "results r JOIN participants p USING (participant_id) JOIN events e ON e.event_id = r.event_id "
                           "WHERE e.name = 'Fort Worth Half Marathon' AND year(e.event_date) = 2021 AND r.status = 'FIN' "
                           "GROUP BY 1", lone_star))
    three = ask("2021 Fort Worth Half Marathon: how many finishers came from TX, from AK, and from everywhere else?",
                lone_star)
    assert three.rows == [["Texas", expected["Texas"]], ["Alaska", 0], ["everywhere else", expected["everywhere else"]]]
    two = ask("2021 Fort Worth Half Marathon: finishers from TX vs AK", lone_star)
    assert [row[0] for row in two.rows] == ["TX", "AK"]
    assert two.rows[1][two.columns.index("finishers")] == 0 and two.rows[1][two.columns.index("median_s")] is None
    assert two.rows[0][two.columns.index("finishers")] == expected["Texas"]
    # (of an edition never held, a row of zeros per group is nothing found: said, never 0 / 0 / 0 at 1.0)
    unheld = min(set(range(2015, 2026)) - {year for year, in direct(
        "SELECT DISTINCT year(event_date) FROM events WHERE name = 'Fort Worth Half Marathon'", lone_star)})
    none = ask(f"{unheld} Fort Worth Half Marathon: how many finishers came from TX, from AK, and from everywhere else?",
               lone_star)
    assert none.declined and f"Fort Worth Half Marathon had no edition in {unheld}" in none.notice


def test_a_runners_times_at_an_event_with_several_races_she_ran_are_counted_per_race_and_edition(lone_star: Context) -> None:
    # "how many times has she run X" when she finished two of its races: every finish counted, each race's share and
    # the editions said, and claimed less (a name with no distance in it was counted silently)
    first, last, event = direct(
        "SELECT p.first_name, p.last_name, e.name FROM results r JOIN participants p USING (participant_id) JOIN events e "
        "ON e.event_id = r.event_id JOIN races ra ON ra.race_id = r.race_id WHERE r.status = 'FIN' "
        "AND p.first_name || p.last_name IN (SELECT first_name || last_name FROM participants GROUP BY 1 "
        "HAVING count(*) = 1) GROUP BY 1, 2, 3 HAVING count(DISTINCT ra.name) > 1 ORDER BY count(*) DESC, 1, 2 LIMIT 1",
        lone_star)[0]
    theirs = (f"FROM results r JOIN participants p USING (participant_id) JOIN events e ON e.event_id = r.event_id "
              f"JOIN races ra ON ra.race_id = r.race_id WHERE r.status = 'FIN' AND p.first_name = '{first}' "
              f"AND p.last_name = '{last}' AND e.name = '{event}'")
    races = direct(f"SELECT ra.name, count(*) {theirs} GROUP BY 1 ORDER BY 2 DESC, 1", lone_star)
    (finishes, editions), = direct(f"SELECT count(*), count(DISTINCT r.event_id) {theirs}", lone_star)
    reply = ask(f"how many times has {first} {last} run the {event}?", lone_star)
    assert reply.rows == [[finishes]] and reply.confidence < 0.9
    each = ", ".join(f"{name} {count}" for name, count in races)
    assert f"every race of {event} ({each} over {editions} editions)" in reply.notice


def test_two_runners_times_over_several_distances_are_given_per_race(lone_star: Context) -> None:
    # (two runners compared over a half and a 5K: each race on its own, never one average over both — break 72)
    pair = direct("SELECT p.first_name, p.last_name FROM results r JOIN participants p USING (participant_id) "
                  "JOIN races ra ON ra.race_id = r.race_id WHERE r.status = 'FIN' AND p.first_name || p.last_name IN "
                  "(SELECT first_name || last_name FROM participants GROUP BY 1 HAVING count(*) = 1) "
                  "GROUP BY 1, 2 HAVING count(DISTINCT ra.name) > 1 ORDER BY count(*) DESC, 1, 2 LIMIT 2", lone_star)
    names = [f"{first} {last}" for first, last in pair]
    expected = direct(
        "SELECT ra.name, p.first_name, round(avg(r.chip_time_s), 1) FROM results r JOIN participants p USING "
        "(participant_id) JOIN races ra ON ra.race_id = r.race_id WHERE r.status = 'FIN' AND p.first_name || ' ' || "
        f"p.last_name IN ('{names[0]}', '{names[1]}') GROUP BY 1, 2 ORDER BY 1, 2", lone_star)
    reply = ask(f"what were the average times of {names[0]} and {names[1]}?", lone_star)
    assert reply.columns[0] == "race" and reply.confidence >= 0.9
    got = sorted((race, first, round(average, 1)) for race, first, _, average in reply.rows)
    assert got == sorted(expected)
