"""Providers, as a specification: each adapter against a local stand-in speaking its API, syncs that are
idempotent and all-or-nothing, retries that honour Retry-After, CSV/Excel rosters checked before writing,
and the wall between companies on every provider table."""

from __future__ import annotations

import email.utils
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import psycopg
import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from project88.cli import app
from providers import store
from providers.csv_import import RosterInvalid, check, detect_mapping, import_roster, read_table
from providers.http import Http, ProviderAuthError, ProviderError, masked, retry_after_s
from providers.registry import make_provider
from provider_standins import CtLiveStandIn, RaceRosterStandIn, RunSignUpStandIn, iso
from warehouse.database import tenant_connection

RSU_KEY, RSU_SECRET = "key-1234567890", "secret-0987654321"


def count(url: str, partner_id: int, table: str) -> int:
    with tenant_connection(partner_id, url) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def waits() -> list[float]:
    return []


# --------------------------------------------------------------------------- HTTP: retries and errors

def test_429_waits_as_long_as_retry_after_says(httpserver: HTTPServer, waits: list[float]) -> None:
    httpserver.expect_ordered_request("/x").respond_with_data("{}", status=429, headers={"Retry-After": "7"})
    httpserver.expect_ordered_request("/x").respond_with_json({"ok": True})
    body, _ = Http("p", httpserver.url_for(""), sleep=waits.append).get_json("/x")
    assert body == {"ok": True} and waits == [7.0]


def test_retry_after_as_an_http_date() -> None:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    later = email.utils.format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert retry_after_s(later, lambda: now) == 30.0
    assert retry_after_s("garbage") is None and retry_after_s(None) is None


def test_5xx_then_success_backs_off_exponentially(httpserver: HTTPServer, waits: list[float]) -> None:
    for status in (500, 502):
        httpserver.expect_ordered_request("/x").respond_with_data("oops", status=status)
    httpserver.expect_ordered_request("/x").respond_with_json([1])
    assert Http("p", httpserver.url_for(""), sleep=waits.append).get_json("/x")[0] == [1]
    assert waits == [1.0, 2.0]


def test_a_provider_that_keeps_failing_is_an_error_naming_it(httpserver: HTTPServer, waits: list[float]) -> None:
    httpserver.expect_request("/x").respond_with_data("down", status=503)
    with pytest.raises(ProviderError, match="answered 503 5 times"):
        Http("runsignup", httpserver.url_for(""), sleep=waits.append).get_json("/x")
    assert len(waits) == 4


def test_malformed_json_is_an_error_with_the_secrets_masked(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data("<html>maintenance</html>")
    with pytest.raises(ProviderError, match="not JSON") as error:
        Http("p", httpserver.url_for("")).get_json("/x", params={"api_key": "sekrit-value", "page": 1})
    assert "sekrit" not in str(error.value) and "api_key=%2A%2A%2A" in str(error.value) or "***" in str(error.value)


def test_refused_credentials_are_not_retried(httpserver: HTTPServer, waits: list[float]) -> None:
    httpserver.expect_request("/x").respond_with_data("no", status=401)
    with pytest.raises(ProviderAuthError, match="wrong, expired or revoked"):
        Http("p", httpserver.url_for(""), sleep=waits.append).get_json("/x")
    assert waits == []


def test_an_unreachable_provider_is_retried_then_reported(waits: list[float]) -> None:
    with pytest.raises(ProviderError, match="did not answer"):
        Http("p", "http://127.0.0.1:9", sleep=waits.append, attempts=3).get_json("/x")
    assert waits == [1.0, 2.0]


def test_masking_hides_every_secret_parameter() -> None:
    import httpx
    url = httpx.URL("https://x/api?api_key=a&api_secret=b&user_pass=c&page=2")
    assert masked(url) == "https://x/api?api_key=%2A%2A%2A&api_secret=%2A%2A%2A&user_pass=%2A%2A%2A&page=2"


# --------------------------------------------------------------------------- RunSignUp

@pytest.fixture
def runsignup(httpserver: HTTPServer) -> RunSignUpStandIn:
    standin = RunSignUpStandIn(httpserver, RSU_KEY, RSU_SECRET)
    standin.add_race(501, "Hartford Spring 10K", "04/18/2027", "Hartford", "CT",
                     [(7001, "10K", "10 K"), (7002, "5K", "5 K")])
    for n in range(1, 181):
        standin.add_participant(7001, 100 + n, f"Runner{n}", "Ten", bib=n)
    for n in range(1, 71):
        standin.add_participant(7002, 500 + n, f"Runner{n}", "Five", bib=1000 + n, gender="Male")
    return standin


def rsu(standin: RunSignUpStandIn, waits: list[float] | None = None, **secrets):
    return make_provider("runsignup", {"api_key": RSU_KEY, "api_secret": RSU_SECRET, **secrets}, standin.url,
                         sleep=(waits if waits is not None else []).append)


def test_runsignup_roster_pages_across_events_and_lands_once(two_companies, db_url: str,
                                                             runsignup: RunSignUpStandIn) -> None:
    report = store.sync_roster(1, db_url, rsu(runsignup), "501")
    assert (report.inserted, report.updated, report.unchanged) == (250, 0, 0)
    pages = [r for r in runsignup.requests if r.path.endswith("/participants")]
    assert len(pages) == 3                                  # 10K: 100 + 80; 5K: 70 (a short page ends each)
    with tenant_connection(1, db_url) as conn:
        row = conn.execute("""SELECT n.first_name, n.sex, n.bib, n.race_name, n.city, e.name, e.event_date, e.provider
                              FROM normalized_participants n JOIN provider_mappings m USING (normalized_event_id)
                              JOIN events e ON e.event_id = m.event_id WHERE n.bib = '1001'""").fetchone()
    assert row == ("Runner1", "M", "1001", "5K", "Hartford", "Hartford Spring 10K", date(2027, 4, 18), "runsignup")
    assert report.event_id >= 10**12


def test_syncing_twice_changes_nothing(two_companies, db_url: str, runsignup: RunSignUpStandIn) -> None:
    store.sync_roster(1, db_url, rsu(runsignup), "501")
    again = store.sync_roster(1, db_url, rsu(runsignup), "501", full=True)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 250)
    assert count(db_url, 1, "normalized_participants") == 251              # 250 + the seeded one
    assert count(db_url, 1, "events") == 2                                 # the seeded one + this roster's


def test_incremental_sync_asks_only_for_changes_and_newer_wins(two_companies, db_url: str,
                                                               runsignup: RunSignUpStandIn) -> None:
    store.sync_roster(1, db_url, rsu(runsignup), "501")
    changed = runsignup.participants[7001][0]
    changed["bib_num"], changed["last_modified"] = 9999, int(datetime.now(timezone.utc).timestamp()) + 60
    runsignup.requests.clear()
    report = store.sync_roster(1, db_url, rsu(runsignup), "501")
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 0)
    assert all("modified_after_timestamp" in r.args for r in runsignup.requests if r.path.endswith("/participants"))
    stale = dict(changed, bib_num=1, last_modified=1600000000)             # an older copy never overwrites
    runsignup.participants[7001][0] = stale
    assert store.sync_roster(1, db_url, rsu(runsignup), "501", full=True).updated == 0


def test_expired_credentials_write_nothing_and_are_recorded(two_companies, db_url: str,
                                                           runsignup: RunSignUpStandIn) -> None:
    runsignup.api_secret = "rotated"
    with pytest.raises(ProviderAuthError, match="runsignup refused the credentials"):
        store.sync_roster(1, db_url, rsu(runsignup), "501")
    assert count(db_url, 1, "normalized_participants") == 1
    with tenant_connection(1, db_url) as conn:
        status, error = conn.execute("SELECT status, error FROM sync_history ORDER BY id DESC LIMIT 1").fetchone()
    assert status == "failed" and "refused" in error and RSU_SECRET not in error


def test_a_failure_on_a_later_page_leaves_no_half_roster(two_companies, db_url: str, runsignup: RunSignUpStandIn,
                                                         waits: list[float]) -> None:
    runsignup.fail(r"/participants$", 500, times=1)                       # first page: retried and fine
    store.sync_roster(1, db_url, rsu(runsignup, waits), "501")
    assert waits == [1.0]
    runsignup.add_participant(7002, 999, "Late", "Entry", bib=2000, modified=int(datetime.now().timestamp()) + 90)
    runsignup.fail(r"/participants$", 200, times=2, body="not json at all")
    with pytest.raises(ProviderError, match="not JSON"):
        store.sync_roster(1, db_url, rsu(runsignup), "501", full=True)
    with tenant_connection(1, db_url) as conn:
        assert conn.execute("SELECT count(*) FROM normalized_participants WHERE bib = '2000'").fetchone() == (0,)


def test_runsignup_429_with_retry_after_is_honoured(two_companies, db_url: str, runsignup: RunSignUpStandIn,
                                                   waits: list[float]) -> None:
    runsignup.fail(r"^/Rest/race/501$", 429, times=1, headers={"Retry-After": "12"})
    store.sync_roster(1, db_url, rsu(runsignup, waits), "501")
    assert waits == [12.0]


def test_runsignup_results_and_event_list(two_companies, db_url: str, runsignup: RunSignUpStandIn) -> None:
    runsignup.results[7001] = [{"result_id": 1, "place": 1, "bib": 5, "first_name": "Runner5", "last_name": "Ten",
                                "gender": "F", "age": 30, "chip_time": "38:12", "clock_time": "38:20"},
                               {"result_id": 2, "place": None, "bib": 6, "first_name": "Runner6", "last_name": "Ten",
                                "gender": "F", "age": 31, "chip_time": "", "clock_time": ""}]
    report = store.sync_results(1, db_url, rsu(runsignup), "501")
    assert report.inserted == 2
    with tenant_connection(1, db_url) as conn:
        rows = conn.execute("SELECT status, chip_time_s, overall_place FROM normalized_results "
                            "WHERE provider_result_id IN ('1', '2') ORDER BY provider_result_id").fetchall()
    assert rows == [("FIN", 2292.0, 1), ("DNF", None, None)]
    events = store.sync_events(1, db_url, rsu(runsignup))
    assert (events.kind, events.inserted + events.unchanged + events.updated) == ("events", 1)


# --------------------------------------------------------------------------- ChronoTrack Live

def test_ctlive_pages_by_its_headers_and_hashes_the_password(two_companies, db_url: str,
                                                             httpserver: HTTPServer) -> None:
    standin = CtLiveStandIn(httpserver)
    standin.add_event(31337, "Lakeside Half", datetime(2027, 5, 9, 7, tzinfo=timezone.utc), "Madison", "WI")
    standin.entries[31337] = [{"entry_id": 1000 + n, "entry_bib": str(n), "athlete_first_name": f"A{n}",
                               "athlete_last_name": "Lake", "athlete_sex": "F", "entry_age": "40",
                               "location_city": "Madison", "location_region": "WI", "race_name": "Half Marathon",
                               "entry_modify_time": 1700000000} for n in range(1, 601)]
    provider = make_provider("ctlive", {"client_id": "client-abc", "user_id": "timer@example.com",
                                        "password": "pa55word-long"}, standin.url)
    report = store.sync_roster(1, db_url, provider, "31337")
    assert report.inserted == 600
    entry_pages = [r for r in standin.requests if r.path.endswith("/entry")]
    assert [r.args["page"] for r in entry_pages] == ["1", "2", "3"]           # 250 per page, count from header
    assert all("pa55word" not in r.query_string.decode() for r in standin.requests)
    standin.results[31337] = [{"results_id": 1, "results_bib": "1", "results_first_name": "A1",
                               "results_last_name": "Lake", "results_sex": "F", "results_age": "40",
                               "results_time": "1:32:10.4", "results_rank": "1", "race_name": "Half Marathon"},
                              {"results_id": 2, "results_bib": "2", "results_status": "DNS"}]
    assert store.sync_results(1, db_url, provider, "31337").inserted == 2


def test_ctlive_wrong_password_is_a_credentials_error(two_companies, db_url: str, httpserver: HTTPServer) -> None:
    standin = CtLiveStandIn(httpserver)
    provider = make_provider("ctlive", {"client_id": "client-abc", "user_id": "timer@example.com",
                                        "password": "old"}, standin.url)
    with pytest.raises(ProviderAuthError):
        store.sync_events(1, db_url, provider)
    assert count(db_url, 1, "normalized_events") == 1


# --------------------------------------------------------------------------- Race Roster

@pytest.fixture
def raceroster(httpserver: HTTPServer) -> RaceRosterStandIn:
    standin = RaceRosterStandIn(httpserver)
    standin.events[88] = {"id": 88, "name": "Boise Fall Classic", "startDate": "2027-10-03T08:00:00-06:00",
                          "location": {"city": "Boise", "region": "ID"}, "updatedAt": "2026-11-01T10:00:00Z",
                          "subEvents": [{"name": "Half Marathon", "distance": 21.1}]}
    standin.participants[88] = [{"registrationId": 7700 + n, "bib": str(n), "firstName": f"B{n}", "lastName": "Fall",
                                 "gender": "female", "dateOfBirth": "1984-02-29", "city": "Boise", "region": "ID",
                                 "subEventName": "Half Marathon", "updatedAt": iso(1762000000)} for n in range(1, 61)]
    return standin


def test_raceroster_uses_client_credentials_and_pages(two_companies, db_url: str,
                                                      raceroster: RaceRosterStandIn) -> None:
    provider = make_provider("raceroster", {"client_id": "rr-client-123", "client_secret": "rr-secret-456"},
                             raceroster.url)
    report = store.sync_roster(1, db_url, provider, "88")
    assert report.inserted == 60 and raceroster.issued == 1
    assert len([r for r in raceroster.requests if r.path.endswith("/participants")]) == 1   # 60 < 100 per page


def test_raceroster_expired_token_is_renewed_once(two_companies, db_url: str, raceroster: RaceRosterStandIn) -> None:
    provider = make_provider("raceroster", {"client_id": "rr-client-123", "client_secret": "rr-secret-456"},
                             raceroster.url)
    store.sync_roster(1, db_url, provider, "88")
    raceroster.expire_tokens()
    assert store.sync_roster(1, db_url, provider, "88", full=True).unchanged == 60
    assert raceroster.issued == 2


def test_raceroster_revoked_client_is_a_credentials_error(two_companies, db_url: str,
                                                          raceroster: RaceRosterStandIn) -> None:
    provider = make_provider("raceroster", {"client_id": "rr-client-123", "client_secret": "revoked"}, raceroster.url)
    with pytest.raises(ProviderAuthError):
        store.sync_roster(1, db_url, provider, "88")
    assert count(db_url, 1, "normalized_participants") == 1


# --------------------------------------------------------------------------- CSV and Excel

GOOD_CSV = """Bib #,First Name,Surname,Gender,DOB,City,State,Race
1,Ana,Silva,F,1990-01-15,Hartford,CT,5K
2,Ben,Okoro,M,03/04/1985,Mystic,CT,10K
3,Cy,Park,X,,Providence,RI,5K
"""
BAD_CSV = """Bib,First Name,Last Name,Sex,Birth Date
1,Ana,Silva,F,1990-01-15
2,Ben,,M,1985-03-04
3,Cy,Park,Q,1985-13-45
1,Dee,Lowe,F,1991-07-07
4,Eve,Stone,F,1992-02-02
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_columns_are_detected_from_common_headers() -> None:
    mapping = detect_mapping(["Bib #", "First Name", "Surname", "Gender", "DOB", "Hometown", "e-mail"])
    assert mapping == {"bib": "Bib #", "first_name": "First Name", "last_name": "Surname", "sex": "Gender",
                       "birth_date": "DOB", "city": "Hometown", "email": "e-mail"}
    assert detect_mapping(["Nombre", "Apellido"], {"first_name": "Nombre", "last_name": "Apellido"})["last_name"] \
        == "Apellido"


def test_a_good_roster_imports_and_reimporting_changes_nothing(two_companies, db_url: str, tmp_path: Path) -> None:
    path = write(tmp_path, "roster.csv", GOOD_CSV)
    preview, report = import_roster(1, db_url, path, "Hartford Spring 10K", date(2027, 4, 18))
    assert (preview.rows, len(preview.problems), report.inserted) == (3, 0, 3)
    assert [p.birth_date for p in preview.participants] == [date(1990, 1, 15), date(1985, 3, 4), None]
    _, again = import_roster(1, db_url, path, "Hartford Spring 10K", date(2027, 4, 18))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)


def test_bad_rows_are_reported_by_row_number_and_nothing_is_written(two_companies, db_url: str,
                                                                    tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", BAD_CSV)
    with pytest.raises(RosterInvalid) as invalid:
        import_roster(1, db_url, path, "Spring Dash", date(2027, 4, 1))
    problems = [(p.row, p.column) for p in invalid.value.preview.problems]
    assert problems == [(3, "Last Name"), (4, "Birth Date"), (4, "Sex"), (5, "Bib")]
    assert "also on row 2" in invalid.value.preview.problems[-1].message
    assert count(db_url, 1, "normalized_participants") == 1 and count(db_url, 1, "sync_history") == 1
    preview, report = import_roster(1, db_url, path, "Spring Dash", date(2027, 4, 1), skip_bad_rows=True)
    assert report.inserted == 2 and [p.bib for p in preview.participants] == ["1", "4"]


def test_an_excel_roster_reads_like_a_csv(two_companies, db_url: str, tmp_path: Path) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["Bib", "Name", "Gender", "Date of Birth"])
    sheet.append([7, "Maria de la Cruz", "Female", datetime(1979, 6, 1)])
    sheet.append([8, "Li Wei", "M", None])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    table = read_table(path)
    preview = check(table, detect_mapping(table.headers))
    assert [(p.first_name, p.last_name, p.sex, p.birth_date) for p in preview.participants] == [
        ("Maria", "de la Cruz", "F", date(1979, 6, 1)), ("Li", "Wei", "M", None)]


# --------------------------------------------------------------------------- walls, displays, CLI

def test_provider_rows_stay_behind_the_tenant_wall(two_companies, db_url: str, runsignup: RunSignUpStandIn) -> None:
    store.sync_roster(1, db_url, rsu(runsignup), "501")
    for table in ("normalized_events", "normalized_participants", "provider_mappings", "sync_history",
                  "provider_credentials"):
        with tenant_connection(2, db_url) as conn:
            mine = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert mine == 1, table                                           # only bravo's seeded row
    with tenant_connection(2, db_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO normalized_events (partner_id, provider, provider_event_id, event_name) "
                     "VALUES (1, 'x', 'y', 'z')")


def test_a_display_shows_names_from_a_synced_roster(two_companies, db_url: str, runsignup: RunSignUpStandIn) -> None:
    from dashboards.timing import runners_by_bib
    event_id = store.sync_roster(1, db_url, rsu(runsignup), "501").event_id
    with tenant_connection(1, db_url) as conn:
        found = runners_by_bib(conn, event_id, ["1001", "424242"])
    assert set(found) == {"1001"} and (found["1001"]["first_name"], found["1001"]["sex"]) == ("Runner1", "M")
    with tenant_connection(2, db_url) as conn:
        assert runners_by_bib(conn, event_id, ["1001"]) == {}


def test_cli_stores_credentials_masked_and_syncs(two_companies, db_url: str, runsignup: RunSignUpStandIn) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["providers", "credentials", "--partner", "alpha", "--provider", "runsignup",
                                 "--secret", f"api_key={RSU_KEY}", "--secret", f"api_secret={RSU_SECRET}",
                                 "--base-url", runsignup.url])
    assert result.exit_code == 0, result.output
    assert RSU_KEY not in result.output and "ke…90" in result.output
    result = runner.invoke(app, ["providers", "sync", "--partner", "alpha", "--provider", "runsignup", "--event", "501"])
    assert result.exit_code == 0, result.output
    assert "250 new, 0 changed, 0 unchanged" in result.output
    listing = runner.invoke(app, ["providers", "list", "--partner", "alpha"], env={"COLUMNS": "200"})
    assert "Hartford Spring 10K" in listing.output and RSU_SECRET not in listing.output


def test_cli_import_reports_bad_rows_and_fails(two_companies, db_url: str, tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", BAD_CSV)
    result = CliRunner().invoke(app, ["providers", "import-csv", str(path), "--partner", "alpha",
                                      "--event-name", "Spring Dash", "--date", "2027-04-01"])
    assert result.exit_code != 0 and "bib 1 is also on row 2" in result.output


def test_the_builder_syncs_a_provider_roster_and_picks_it_as_the_display_roster(
        two_companies, db_url: str, runsignup: RunSignUpStandIn) -> None:
    from dashboards.auth import LoginRateLimiter
    from dashboards.builder import Builder
    from dashboards.live import LiveHub
    from dashboards.web import WebContext
    from providers.credentials import save_credentials

    with tenant_connection(1, db_url, autocommit=True) as conn:
        save_credentials(conn, 1, "runsignup", {"api_key": RSU_KEY, "api_secret": RSU_SECRET}, runsignup.url)
    builder = Builder(WebContext(db_url, b"s" * 32, LiveHub(db_url), LoginRateLimiter()), 1, None, None)
    builder.refresh()
    builder.fetch_provider_events()
    choice = next(v for label, v in builder.provider_event.options.items() if "Hartford Spring 10K" in label)
    builder.provider_event.value = choice
    builder.sync_provider_roster()
    assert "250 new" in builder.status.object
    label = next(k for k, v in builder.event.options.items() if v == builder.event.value)
    assert label.startswith("Hartford Spring 10K")


# --------------------------------------------------------------------------- results into the archive

def test_published_results_become_archive_rows_once_and_follow_provider_changes(
        two_companies, db_url: str, runsignup: RunSignUpStandIn, tmp_path: Path) -> None:
    from nlq.service import Context, ask
    from providers.publish import age_group, publish_results, race_distance
    from warehouse.export import export_archive

    assert (race_distance("Half Marathon"), race_distance("10 K"), race_distance("26.2 Miles")) == (
        21.0975, 10.0, 42.1648)
    assert race_distance("Fun Run") is None and age_group("F", 37) == "F35-39" and age_group("M", 99) == "M80-99"
    store.sync_roster(1, db_url, rsu(runsignup), "501")
    runsignup.results[7001] = [
        {"result_id": n, "place": n, "bib": n, "first_name": None, "last_name": None, "gender": None, "age": 30 + n,
         "chip_time": f"{40 + n}:00", "clock_time": ""} for n in range(1, 6)]           # names from the roster
    runsignup.results[7001].append({"result_id": 99, "place": None, "bib": 4242, "first_name": None,
                                    "last_name": None, "gender": None, "age": None, "chip_time": "", "clock_time": ""})
    store.sync_results(1, db_url, rsu(runsignup), "501")
    report = publish_results(1, db_url, "runsignup", "501")
    assert (report.inserted, report.updated, len(report.skipped)) == (5, 0, 1) and "4242" in report.skipped[0]
    with tenant_connection(1, db_url) as conn:
        rows = conn.execute("""SELECT p.first_name, ra.name, ra.distance_km, r.chip_time_s, r.overall_place,
                                      r.gender_place, r.age_group
                               FROM results r JOIN participants p USING (participant_id) JOIN races ra USING (race_id)
                               WHERE r.event_id = %s ORDER BY r.chip_time_s""", (report.event_id,)).fetchall()
    assert rows[0] == ("Runner1", "10K", 10.0, 2460.0, 1, 1, "F30-34") and len(rows) == 5
    assert publish_results(1, db_url, "runsignup", "501").unchanged == 5
    runsignup.results[7001][0]["chip_time"] = "40:30"                                   # the provider corrects a time
    store.sync_results(1, db_url, rsu(runsignup), "501")
    again = publish_results(1, db_url, "runsignup", "501")
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 4)

    home = tmp_path / "home"
    export_archive(db_url, home)
    reply = ask("How many finishers in the Hartford Spring 10K?", Context(1, "alpha", home, None, None))
    assert (reply.path, reply.rows) == ("parser", [[5]])
    with tenant_connection(2, db_url) as conn:
        assert conn.execute("SELECT count(*) FROM results WHERE event_id = %s", (report.event_id,)).fetchone() == (0,)


def test_config_lists_provider_credentials_masked(two_companies, db_url: str) -> None:
    result = CliRunner().invoke(app, ["config", "--providers"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Provider credentials" in result.output and "alpha" in result.output and "bravo" in result.output
    assert "api_key=***" in result.output                        # the seeded secret is short: fully masked
