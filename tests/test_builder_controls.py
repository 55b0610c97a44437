"""Issue 13, the builder's missing controls: a controller event's race setup (mats, per-race guns, rank-by),
the layouts' settings, and sponsor images that slides show between runners.

Pure parts first, then the builder in-process on a tenant database (``two_companies``), then a slides display
in Chromium on a real ``p88 serve``.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import psycopg
import pytest
from PIL import Image

from collector.live_results import score_event
from collector.race_setup import stored_setup
from collector.scoring import RaceSetup
from collector.sessions import bind_event, bind_roster
from dashboards import stage, templates
from dashboards.definition import TemplateError, image_ids, validate, with_image_urls
from warehouse import tenancy
from warehouse.database import tenant_connection
from web_fixtures import Client, race_day_database, wait_until

NEW_YORK = ZoneInfo("America/New_York")
EVENT, SESSION = "ct-alpha", 50          # company 1's controller event (bound by the seed) and its session
PNG = "data:image/png;base64,iVBORw0KGgo="


def _png(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 180), color).save(out, "PNG")
    return out.getvalue()


# -- pure: sponsor images in a definition and on the resting stage ----------------------------------------------

def test_sponsor_images_are_uploaded_image_ids_and_render_one_per_rotation():
    definition = validate({"kind": "slides", "resting": {"sponsors": [3, 4]}})
    assert definition["resting"]["sponsors"] == [3, 4] and image_ids(definition) == {3, 4}
    assert validate({})["resting"]["sponsors"] == []                        # templates saved before sponsors
    for bad in ([PNG], [None], "3", list(range(1, 22))):
        with pytest.raises(TemplateError, match="resting.sponsors"):
            validate({"resting": {"sponsors": bad}})
    rendered = with_image_urls(definition, {3: PNG, 4: 'data:image/png;base64,AA");x:url(y'})
    assert rendered["resting"]["sponsors"] == [PNG]                         # an unclean URL never reaches a page
    rendered = with_image_urls(definition, {3: PNG, 4: PNG.replace("png", "jpeg")})
    assert f'<img class="sponsor" alt="" src="{PNG}">' in stage.render_resting(rendered, 0)
    assert 'src="data:image/jpeg' in stage.render_resting(rendered, 1)
    assert f'src="{PNG}"' in stage.render_resting(rendered, 2)


# -- the builder in-process -----------------------------------------------------------------------------------

def _builder(db_url: str, user: tenancy.User | None = None):
    from dashboards.auth import Identity
    from dashboards.builder import Builder
    from dashboards.live import LiveHub
    from dashboards.web import WebContext

    login = user and Identity(user.partner_id, user.user_id, user.email, user.session_generation)
    builder = Builder(WebContext(db_url, b"s" * 32, LiveHub(db_url)), 1, user and user.user_id, None, session=login)
    builder.refresh()
    return builder


@pytest.fixture
def race(owner, two_companies) -> None:
    """Company 1's controller event: a timing session with a start and a finish read of bib 100 (a Marathon
    runner of roster event 1), its clocks in New York."""
    owner.execute("""INSERT INTO timing_sessions (id, partner_id, session_name, event_id, timing_point)
                     VALUES (%s, 1, 'Turkey Trot', %s, 'Finish')""", (SESSION, EVENT))
    for sequence, (location, at) in enumerate((("Start Line", "07:31"), ("Finish Line", "10:31")), 1):
        stamp = datetime.fromisoformat(f"2026-11-26T{at}:00").replace(tzinfo=NEW_YORK)
        owner.execute("""INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib,
                                                   read_time, read_timestamp, raw_line)
                         VALUES (1, %s, %s, %s, '100', %s, %s, 'test')""",
                      (SESSION, location, sequence, stamp.time(), stamp))
    bind_event(owner, 1, EVENT, "America/New_York")
    bind_roster(owner, 1, EVENT, 1)


def _chosen(builder, session: int = SESSION):
    builder.session.value = session
    return builder


def _fill(builder, gun: str) -> None:
    builder.start_mat.value, builder.finish_mat.value, builder.rank_by.value = "Start Line", "Finish Line", "gun"
    builder.race_day.value = date(2026, 11, 26)
    builder.guns.value = _with_gun(builder.guns.value, gun)


def _with_gun(frame, gun: str):
    """The gun table with the Marathon's gun typed in."""
    return frame.assign(gun=[gun if race == "Marathon" else shown for race, shown in zip(frame.race, frame.gun)])


def _stored(db_url: str) -> RaceSetup:
    with tenant_connection(1, db_url) as conn:
        return stored_setup(conn, EVENT)


def test_the_race_setup_set_in_the_builder_is_stored_scored_with_and_shown_after_a_reload(db_url, race):
    builder = _chosen(_builder(db_url))
    assert builder.start_mat.options == ["Finish Line", "Start Line"]       # what the event's reads saw
    # the roster's races: the archive's Marathon, and the provider roster's bib without one ("Race")
    assert builder.guns.value.to_dict("records") == [{"race": "Marathon", "gun": ""}, {"race": "Race", "gun": ""}]
    assert builder.race_day.value == date(2026, 11, 26)                     # the day of its first read
    _fill(builder, "07:30")
    builder.save_race_setup()
    assert "Race setup of event ct-alpha saved" in builder.status.object, builder.status.object
    gun = datetime(2026, 11, 26, 7, 30, tzinfo=NEW_YORK)
    assert _stored(db_url) == RaceSetup("Start Line", "Finish Line", {"Marathon": gun}, "gun")
    with tenant_connection(1, db_url, autocommit=True) as conn:            # what displays and p88 results read
        [result] = score_event(conn, 1, EVENT).results
    assert (result.bib, result.chip_time_s, result.gun_time_s) == ("100", 3 * 3600.0, 3 * 3600.0 + 60)

    again = _chosen(_builder(db_url))                                         # a reloaded page
    assert (again.start_mat.value, again.finish_mat.value, again.rank_by.value) == ("Start Line", "Finish Line", "gun")
    assert again.guns.value.to_dict("records")[0] == {"race": "Marathon", "gun": "07:30:00"}
    assert "America/New_York" in again.setup_note.object
    again.guns.value = _with_gun(again.guns.value, "")                       # back to the guntime read
    again.save_race_setup()
    assert _stored(db_url).guns == {}


@pytest.mark.parametrize("gun", ["half past seven", "25:00", "7.30am"])
def test_a_bad_gun_time_is_one_plain_line_and_stores_nothing(db_url, race, gun):
    builder = _chosen(_builder(db_url))
    _fill(builder, gun)
    builder.save_race_setup()
    assert builder.status.object == (f"Race setup: the gun time of 'Marathon' must be a time of day like 08:00:00 "
                                     f"or 07:30 (got {gun!r})")
    assert builder.status.alert_type == "danger" and _stored(db_url) == RaceSetup()


@pytest.mark.parametrize("gun", ["9999-12-31T23:59:59", "0001-01-01T00:00:00"])
def test_a_gun_on_no_race_day_is_one_plain_line_and_stores_nothing(db_url, race, gun):
    builder = _chosen(_builder(db_url))
    _fill(builder, gun)
    builder.save_race_setup()
    assert "a year from 1990 to 2100" in builder.status.object and builder.status.alert_type == "danger"
    assert _stored(db_url) == RaceSetup()


def test_two_races_differing_only_in_case_cannot_get_two_guns(db_url, owner, race):
    from dashboards.race_setup_form import GunTimeError, save_form
    with tenant_connection(1, db_url) as conn, pytest.raises(GunTimeError, match="differ only in case"):
        save_form(conn, 1, EVENT, "", "", "chip", [{"race": "5K", "gun": "08:00"}, {"race": "5k", "gun": "08:10"}],
                  date(2026, 11, 26))


def test_the_race_day_is_the_roster_events_date_before_any_read(db_url, owner, two_companies):
    from dashboards.race_setup_form import load_form
    bind_event(owner, 1, "ct-early", "America/New_York")
    bind_roster(owner, 1, "ct-early", 1)
    roster_day = owner.execute("SELECT event_date FROM events WHERE event_id = 1").fetchone()[0]
    with tenant_connection(1, db_url) as conn:
        assert load_form(conn, "ct-early").race_day == roster_day


def test_a_viewer_cannot_change_the_race_setup_and_a_director_can(db_url, owner, race):
    viewer, director = (tenancy.add_user(owner, f"{role}@alpha.example", "a long password", "alpha", role)
                        for role in ("viewer", "director"))
    builder = _chosen(_builder(db_url, viewer))
    assert builder.guns.value.to_dict("records")[0] == {"race": "Marathon", "gun": ""}   # a viewer reads it
    _fill(builder, "07:30")
    builder.save_race_setup()
    assert "your role (viewer) may not" in builder.status.object and _stored(db_url) == RaceSetup()
    builder = _chosen(_builder(db_url, director))
    _fill(builder, "07:30")
    builder.save_race_setup()
    assert _stored(db_url).rank_by == "gun"


def test_a_session_without_a_controller_event_has_no_race_setup_to_save(db_url, two_companies):
    builder = _chosen(_builder(db_url), 1)                  # the seed's session: made by hand, no event id
    assert "Choose a timing session of a controller event" in builder.setup_note.object
    builder.save_race_setup()
    assert builder.status.object == "Race setup: choose a timing session of a controller event first"


def test_layout_controls_round_trip_through_the_saved_definition(db_url, owner, two_companies):
    builder = _builder(db_url)
    builder.kind.value, builder.rows.value, builder.division_s.value = "leaderboard", 6, 12.5
    builder.min_finishers.value = 3
    builder.countdown_to.value = "2026-11-26T08:00:00-05:00"
    builder.qr.value = True
    builder.qr_x.value, builder.qr_y.value, builder.qr_size.value = 1700, 880, 300
    builder.resting_size.value, builder.resting_color.value = 120, "#FFD166"
    builder.save()
    assert "as version 2" in builder.status.object, builder.status.object
    saved = owner.execute("""SELECT definition FROM display_template_versions
                             WHERE template_id = 1 AND version = 2""").fetchone()[0]
    assert saved["layout"] | {"rows": 6, "division_s": 12.5, "countdown_to": "2026-11-26T08:00:00-05:00",
                              "min_finishers": 3} == saved["layout"]
    assert saved["qr"] == {"x": 1700, "y": 880, "size": 300}
    assert (saved["resting"]["size"], saved["resting"]["color"]) == (120, "#ffd166")
    again = _builder(db_url)                                 # the saved template loads into the controls
    assert (again.kind.value, again.rows.value, again.division_s.value) == ("leaderboard", 6, 12.5)
    assert again.min_finishers.value == 3
    assert (again.countdown_to.value, again.qr.value, again.qr_size.value) == ("2026-11-26T08:00:00-05:00", True, 300)
    assert again.preview.html.count("<tr>") == 4              # the sample leaderboard, within its 6 rows


@pytest.mark.parametrize("control, value, says", [
    ("rows", 50, "Save: layout.rows must be a number from 1 to 30 (got 50)"),
    ("division_s", 0.2, "Save: layout.division_s must be a number from 1 to 600 (got 0.2)"),
    ("countdown_to", "tomorrow 8am", "Save: layout.countdown_to must be a date and time with its UTC offset"),
    ("qr_size", 5, "Save: qr.size must be a number from 80 to 1000 (got 5)"),
])
def test_a_layout_value_definitions_refuse_is_one_plain_line(db_url, owner, two_companies, control, value, says):
    builder = _builder(db_url)
    builder.qr.value = True
    getattr(builder, control).value = value
    builder.save()
    assert builder.status.object.startswith(says) and builder.status.alert_type == "danger"
    assert "Traceback" not in builder.status.object
    assert owner.execute("SELECT current_version FROM display_templates WHERE id = 1").fetchone()[0] == 1


def test_sponsor_images_uploaded_in_the_builder_are_saved_shown_and_carried_by_an_export(db_url, two_companies):
    builder = _builder(db_url)
    builder.kind.value = "slides"
    for color in ((200, 30, 30), (30, 30, 200), (200, 30, 30)):          # the same image twice is one sponsor
        builder.upload("sponsors", SimpleNamespace(new=_png(color)))
    sponsors = builder.sponsors.value
    assert len(sponsors) == 2 and len(builder.sponsors.options) == 2
    builder.preview_state.value = "resting"
    assert '<img class="sponsor" alt="" src="data:image/jpeg;base64,' in builder.preview.html
    builder.save()
    with tenant_connection(1, db_url, autocommit=True) as conn:
        assert templates.get_definition(conn, 1)["resting"]["sponsors"] == sponsors
        document = templates.export_templates(conn, [1])
    with tenant_connection(2, db_url, autocommit=True) as conn:            # another company imports it
        [copy] = templates.import_templates(conn, json.loads(json.dumps(document)))
        theirs = templates.renderable(conn, copy.id)["resting"]["sponsors"]
    assert len(theirs) == 2 and all(url.startswith("data:image/jpeg;base64,") for url in theirs)


# -- a slides display in Chromium ---------------------------------------------------------------------------

GUN = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=30)


@pytest.fixture(scope="module")
def web_db(pg_server, template_url):
    roster = "Bib,First Name,Last Name,Gender,Age,Race\n301,Uma,Vance,F,31,5K\n"
    with race_day_database(pg_server, "p88_builder_controls", roster, "Sponsor Run", "970", 70, "Sponsor Run",
                           "Finish") as made:
        yield made


@pytest.mark.browser
def test_a_slides_display_shows_the_sponsor_images_between_runners(web, web_db, browser):
    url, ids = web_db
    client = Client(web.base, token=ids["token"])
    uploaded = [client.call("POST", "/api/images", raw=_png(color))[1] for color in ((220, 40, 40), (40, 40, 220))]
    status, body = client.call("POST", "/api/templates", {"name": "Sponsors", "definition": {
        "kind": "slides", "duration_s": 1, "resting": {"messages": ["Thanks to our sponsors"], "rotate_s": 600,
                                                       "sponsors": [image["image_id"] for image in uploaded]}}})
    assert status == 201, body
    status, body = client.call("POST", "/api/display/generate-url",
                               {"template_id": body["template"]["id"], "session_id": 70, "mode": "results"})
    assert status == 201, body
    page = browser.new_page()
    page.goto(f"{web.base}/display/{body['display_id']}")
    sponsor = page.locator(".p88-stage img.sponsor")

    def showing(image: dict) -> bool:
        return sponsor.count() == 1 and sponsor.get_attribute("src") == image["data_url"]

    wait_until(lambda: showing(uploaded[0]), "the first sponsor on the resting screen", 30)
    assert sponsor.evaluate("e => e.complete && e.naturalWidth") == 320   # the image really loads
    with psycopg.connect(url, autocommit=True) as mats:
        at = GUN + timedelta(minutes=22)
        last = mats.execute("""INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number,
                                                         bib, read_time, read_timestamp, raw_line)
                               VALUES (%s, 70, 'finish', 1, '301', %s, %s, 'test') RETURNING id""",
                            (ids["partner"], at.time(), at)).fetchone()[0]
        mats.execute("SELECT pg_notify('timing_reads', %s)",
                     (json.dumps({"session_id": 70, "partner_id": ids["partner"], "last_id": last}),))
    wait_until(lambda: "Uma Vance" in page.locator(".p88-stage").first.inner_text(), "the runner", 30)
    wait_until(lambda: showing(uploaded[1]), "the next sponsor after the runner", 30)
    page.close()
