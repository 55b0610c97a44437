"""Questions over the web: the original /api/v1/nl-* routes and the /ask page, on a real ``p88 serve`` over the
small archive. The company is always the login's or the token's; nothing in a request body can change it."""

from __future__ import annotations

import psycopg
import pytest

from dashboards.harness import WebServerProcess
from nlq.execute import run
from warehouse import tenancy
from web_fixtures import Client, log_in

PASSWORD = "ask-me-anything-42"


@pytest.fixture(scope="module")
def accounts(small_archive) -> dict:
    ids = {slug: pid for pid, slug in small_archive.partners}
    tokens = {}
    with psycopg.connect(small_archive.database_url, autocommit=True) as conn:
        for slug in ("lone-star", "lakeshore", "peachtree", "golden-gate"):
            if not any(u.email == f"director@{slug}.example" for u in tenancy.list_users(conn, slug)):
                tenancy.add_user(conn, f"director@{slug}.example", PASSWORD, slug)
            tokens[slug] = tenancy.create_api_token(conn, ids[slug], "questions")
    return {"ids": ids, "tokens": tokens}


@pytest.fixture(scope="module")
def web(small_archive, accounts):
    with WebServerProcess(small_archive.database_url, small_archive.home) as server:
        yield server


def test_nl_query_answers_for_the_tokens_company(web, accounts, small_archive):
    status, body = Client(web.base, accounts["tokens"]["lone-star"]).call(
        "POST", "/api/v1/nl-query", {"question": "How many events did we time in 2019?"})
    expected = run("SELECT count(*) FROM events WHERE year(event_date) = 2019", accounts["ids"]["lone-star"],
                   small_archive.home).rows[0][0]
    assert status == 200 and body["success"] is True
    assert (body["tenant"], body["path"], body["intent"], body["rows"]) == ("lone-star", "parser", "count",
                                                                           [[expected]])
    assert {"sql", "explanation", "confidence", "elapsed_ms", "columns"} <= body.keys()


def test_a_company_named_in_the_body_is_refused(web, accounts):
    client = Client(web.base, accounts["tokens"]["lone-star"])
    for extra in ({"partner_id": accounts["ids"]["lakeshore"]}, {"tenant": "lakeshore"}):
        status, body = client.call("POST", "/api/v1/nl-query",
                                   {"question": "How many events did we time in 2019?", **extra})
        assert status == 400 and next(iter(extra)) in body["error"] and "login or token" in body["error"]


def test_another_companys_event_is_unknown_over_http(web, accounts):
    body = Client(web.base, accounts["tokens"]["lone-star"]).call(
        "POST", "/api/v1/nl-query", {"question": "How many runners finished the Evanston Half Marathon?"})[1]
    assert body["success"] is False and body["path"] == "none" and body["rows"] == []
    assert "Evanston Half Marathon" in body["notice"] and body["suggestions"]


def test_examples_and_explain(web, accounts):
    client = Client(web.base, accounts["tokens"]["lakeshore"])
    status, body = client.call("GET", "/api/v1/nl-examples")
    assert status == 200 and any("Evanston Half Marathon" in q or "Naperville" in q for q in body["examples"])
    status, body = client.call("POST", "/api/v1/nl-explain", {"question": "top 5 women in the Evanston Half Marathon"})
    assert status == 200 and body["intent"] == "top" and body["entities"]["limit"] == 5
    assert body["sql"].startswith("SELECT") and "rows" not in body


def test_live_questions_over_http_read_only_the_companys_sessions(web, accounts):
    body = Client(web.base, accounts["tokens"]["lakeshore"]).call(
        "POST", "/api/v1/nl-query", {"question": "show our timing sessions"})[1]
    assert body["path"] == "live" and body["success"] is True
    assert all(f"partner_id = {accounts['ids']['lakeshore']}" in body["sql"] for _ in [0])


@pytest.mark.parametrize("raw, status, error", [
    (b'{"question": ""}', 400, "question"),
    (b'{"question": 42}', 400, "question"),
    (b"not json", 400, "not valid JSON"),
    (b'{"question": "' + b"x" * 600 + b'"}', 400, "at most 500"),
])
def test_bad_requests_get_json_errors(web, accounts, raw, status, error):
    got_status, body = Client(web.base, accounts["tokens"]["lone-star"]).call("POST", "/api/v1/nl-query", raw=raw)
    assert got_status == status and error in body["error"]


def test_questions_need_a_login_or_a_token(web):
    assert Client(web.base).call("POST", "/api/v1/nl-query", {"question": "How many events?"})[0] == 401
    assert Client(web.base, "p88_not-a-token").call("GET", "/api/v1/nl-examples")[0] == 401


@pytest.mark.browser
def test_a_director_asks_on_the_page_and_sees_table_sql_and_examples(web, accounts, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    log_in(page, web.base, "/ask", "director@lone-star.example", PASSWORD)
    page.get_by_text("Examples from your own events").first.wait_for(timeout=30_000)
    box = page.get_by_placeholder("Send a message")
    box.fill("How many finishers per year in the El Paso Jingle Bell Run?")
    box.press("Enter")
    page.locator(".p88-answer-table table").first.wait_for(timeout=30_000)
    table = page.locator(".p88-answer-table table").first.inner_text()
    assert "year" in table and "finishers" in table and "2017" in table
    page.locator(".p88-answer-chart").first.wait_for(timeout=10_000)
    page.locator(".p88-answer-sql").first.wait_for(timeout=10_000)
    page.locator(".p88-example button").filter(has_text="Show our active events").first.click()
    page.get_by_text("Listed events").first.wait_for(timeout=30_000)
    context.close()


def test_thirty_two_questions_at_once_from_four_companies_all_answer_walled(web, accounts, small_archive):
    from concurrent.futures import ThreadPoolExecutor

    slugs = ["lone-star", "lakeshore", "peachtree", "golden-gate"]
    question = "How many events did we time in 2019?"
    expected = {slug: run("SELECT count(*) FROM events WHERE year(event_date) = 2019", accounts["ids"][slug],
                          small_archive.home).rows[0][0] for slug in slugs}

    def ask(i: int):
        slug = slugs[i % 4]
        return slug, Client(web.base, accounts["tokens"][slug]).call("POST", "/api/v1/nl-query", {"question": question})

    with ThreadPoolExecutor(32) as pool:
        answers = list(pool.map(ask, range(32)))
    assert [status for _, (status, _) in answers] == [200] * 32
    for slug, (_, body) in answers:
        assert (body["tenant"], body["rows"]) == (slug, [[expected[slug]]])
