"""The pure core of displays: template definitions, what a read shows, the stage HTML, sessions, uploads, queues."""

from __future__ import annotations

import io
from datetime import datetime, time, timezone

import pytest
from PIL import Image

from dashboards import stage
from dashboards.auth import Identity, LoginRateLimiter, bearer_token, read_session, sign_session
from dashboards.definition import TemplateError, default_definition, validate
from dashboards.displays import ALPHABET, PublicDisplay, is_display_id, new_display_id
from dashboards.images import MAX_UPLOAD_BYTES, ImageRejected, optimise_image
from dashboards.live import DisplayFeed
from dashboards.login import safe_next
from dashboards.runner import Read, field_values, format_duration, format_pace

RUNNER = {"first_name": "Ana", "last_name": "Lopez", "sex": "F", "age": 41, "age_group": "F40-44", "city": "Hartford",
          "state": "CT", "chip_time_s": 11_045.4, "gun_time_s": 11_102.0, "overall_place": 12, "gender_place": 3,
          "age_group_place": 1, "distance_km": 42.195}


def read(bib: str = "1001", location: str = "finish", read_id: int = 1) -> Read:
    return Read(read_id, 7, location, bib, time(10, 4, 5))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_default_definition_is_valid_and_validation_drops_unknown_keys():
    definition = default_definition()
    definition["surprise"] = 1
    clean = validate(definition)
    assert "surprise" not in clean
    assert clean["active"]["elements"][0]["field"] == "name"


@pytest.mark.parametrize("change, message", [
    (lambda d: d["active"]["elements"][0].update(field="password"), "field must be one of"),
    (lambda d: d["active"]["elements"][0].update(color="red"), "colour like #1a2b3c"),
    (lambda d: d["active"]["elements"][0].update(size=4000), "from 8 to 400"),
    (lambda d: d["active"]["elements"][0].update(x=5000), "from 0 to 1920"),
    (lambda d: d["active"]["elements"][0].update(align="justify"), "left, center or right"),
    (lambda d: d["active"].update(background_image="https://evil.example/x.png"), "uploaded through the builder"),
    (lambda d: d["resting"].update(messages="hello"), "list of at most"),
    (lambda d: d.update(duration_s=0), "duration_s must be a number"),
])
def test_a_bad_definition_is_refused_with_the_part_named(change, message):
    definition = default_definition()
    change(definition)
    with pytest.raises(TemplateError, match=message):
        validate(definition)


def test_times_and_pace_print_the_way_race_results_do():
    assert format_duration(11_045.4) == "3:04:05"
    assert format_duration(1_505) == "25:05"
    assert format_duration(None) == ""
    assert format_pace(11_045.4, 42.195) == "7:01/mi"


def test_a_known_bib_in_results_mode_shows_name_city_time_and_places():
    values = field_values(read(), RUNNER, "results")
    assert values["name"] == "Ana Lopez" and values["city"] == "Hartford" and values["age_group"] == "F40-44"
    assert values["chip_time"] == "3:04:05" and values["overall_place"] == "12" and values["pace"] == "7:01/mi"


def test_pre_race_mode_shows_who_checked_in_but_never_times_or_places():
    values = field_values(read(location="start"), RUNNER, "pre-race")
    assert values["name"] == "Ana Lopez" and values["age"] == "41" and values["city"] == "Hartford"
    assert "chip_time" not in values and "overall_place" not in values


def test_an_unknown_bib_shows_its_bib_and_time_only():
    values = field_values(read(bib="9999"), None, "results")
    assert values == {"bib": "9999", "time": "10:04:05"}
    html = stage.render_active(validate(default_definition()), values)
    assert "9999" in html and "10:04:05" in html
    assert 'data-field="name"' not in html and 'data-field="city"' not in html


def test_the_stage_escapes_text_and_places_elements_in_stage_percentages():
    definition = validate(default_definition())
    values = field_values(read(), {**RUNNER, "last_name": "<script>alert(1)</script>"}, "results")
    html = stage.render_active(definition, values)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "left:50.000%" in html           # x 960 of 1920


def test_the_resting_state_rotates_through_its_messages():
    definition = validate({**default_definition(), "resting": {**default_definition()["resting"],
                                                                 "messages": ["Welcome", "Water at mile 20"]}})
    assert "Welcome" in stage.render_resting(definition, 0)
    assert "Water at mile 20" in stage.render_resting(definition, 1)
    assert "Welcome" in stage.render_resting(definition, 2)


def test_display_ids_are_8_characters_from_62():
    ids = {new_display_id() for _ in range(2000)}
    assert len(ids) == 2000
    assert all(len(i) == 8 and set(i) <= set(ALPHABET) for i in ids)
    assert len(ALPHABET) == 62
    assert is_display_id("a1B2c3D4") and not is_display_id("a1b2c3d") and not is_display_id("a1b2c3d!")


def test_a_session_cookie_round_trips_and_is_refused_when_tampered_with_or_expired():
    secret = b"k" * 32
    cookie = sign_session(secret, Identity(3, 17, "d@example.com"), now=1000, lifetime_s=60)
    assert read_session(secret, cookie, now=1010) == Identity(3, 17, "d@example.com")
    assert read_session(secret, cookie, now=1061) is None
    assert read_session(b"x" * 32, cookie, now=1010) is None
    body, mac = cookie.rsplit(".", 1)
    forged = sign_session(b"attacker", Identity(4, 17, "d@example.com"), now=1000).rsplit(".", 1)[0]
    assert read_session(secret, f"{forged}.{mac}", now=1010) is None
    assert read_session(secret, "garbage", now=1010) is None and read_session(secret, None) is None


def test_bearer_tokens_are_read_from_the_authorization_header():
    assert bearer_token("Bearer p88_abc") == "p88_abc"
    assert bearer_token("Basic abc") is None and bearer_token(None) is None


def test_failed_logins_slow_down_the_failing_source_only_never_the_account_for_everyone():
    clock = Clock()
    limiter = LoginRateLimiter(free=3, address_free=20, base_wait_s=1, max_wait_s=60, clock=clock)
    for _ in range(3):
        assert limiter.retry_after("10.0.0.1", "a@example.com") == 0
        limiter.failed("10.0.0.1", "a@example.com")
    assert limiter.retry_after("10.0.0.1", "A@example.com") == pytest.approx(1)     # this source, this account
    assert limiter.retry_after("10.0.0.2", "a@example.com") == 0                    # the owner elsewhere gets in
    assert limiter.retry_after("10.0.0.1", "b@example.com") == 0                    # and so do other accounts
    waits = []
    for _ in range(8):                                # each further failure doubles the wait, up to the maximum
        clock.now += limiter.retry_after("10.0.0.1", "a@example.com")
        limiter.failed("10.0.0.1", "a@example.com")
        waits.append(limiter.retry_after("10.0.0.1", "a@example.com"))
    assert waits == [2, 4, 8, 16, 32, 60, 60, 60]
    limiter.succeeded("10.0.0.1", "a@example.com")
    assert limiter.retry_after("10.0.0.1", "a@example.com") == 0


def test_one_address_guessing_many_accounts_is_slowed_after_more_tries():
    clock = Clock()
    limiter = LoginRateLimiter(free=2, address_free=4, clock=clock)
    for email in ("a@x.example", "b@x.example", "c@x.example", "d@x.example"):
        limiter.failed("10.0.0.1", email)
    assert limiter.retry_after("10.0.0.1", "e@x.example") == pytest.approx(5)     # a fresh account, same address
    assert limiter.retry_after("10.0.0.2", "e@x.example") == 0
    limiter.succeeded("10.0.0.1", "e@x.example")                 # a success elsewhere does not reset the address
    assert limiter.retry_after("10.0.0.1", "f@x.example") > 0
    clock.now += 3600
    assert limiter.retry_after("10.0.0.1", "f@x.example") == 0   # idle counters are forgotten


def test_the_limiter_keeps_bounded_memory_against_invented_addresses():
    clock = Clock()
    limiter = LoginRateLimiter(max_sources=100, clock=clock)
    for n in range(1000):
        clock.now += 1
        limiter.failed(f"10.0.{n // 250}.{n % 250}", f"user{n}@x.example")
    assert len(limiter._failures) <= 100
    assert limiter.retry_after("10.0.3.249", "user999@x.example") == 0 and ("10.0.3.249",) in limiter._failures


def test_after_login_only_local_paths_are_followed():
    assert safe_next("/builder?x=1") == "/builder?x=1"
    assert safe_next("https://evil.example/") == "/builder"
    assert safe_next("//evil.example/") == "/builder"
    assert safe_next(None) == "/builder"


def _png(size=(3000, 2000), mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 30, 30, 128) if mode == "RGBA" else (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_an_uploaded_image_is_resized_to_the_stage_and_compressed():
    url = optimise_image(_png())
    assert url.startswith("data:image/jpeg;base64,")
    import base64
    image = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))
    assert image.size == (1620, 1080)


def test_a_transparent_logo_stays_transparent():
    assert optimise_image(_png((400, 200), "RGBA")).startswith("data:image/png;base64,")


def test_a_file_that_is_not_an_image_is_refused_clearly():
    with pytest.raises(ImageRejected, match="not a PNG, JPEG or WebP image"):
        optimise_image(b"%PDF-1.7 definitely not an image")
    with pytest.raises(ImageRejected, match="empty"):
        optimise_image(b"")


def test_an_oversized_upload_is_refused_before_decoding():
    with pytest.raises(ImageRejected, match="limit is 10 MB"):
        optimise_image(b"\x89PNG" + b"0" * MAX_UPLOAD_BYTES)


def _feed(clock, locations=("finish",), duration=2.0, messages=("Welcome",), max_lag=5.0) -> DisplayFeed:
    display = PublicDisplay("abcdEFGH", 1, 1, 1, 1, 7, list(locations), "results", None, "live")
    definition = validate({**default_definition(), "duration_s": duration, "max_lag_s": max_lag,
                           "resting": {**default_definition()["resting"], "messages": list(messages), "rotate_s": 5}})
    return DisplayFeed(display, definition, clock=clock)


def test_a_feed_shows_runners_in_order_for_their_duration_then_rests():
    clock = Clock()
    feed = _feed(clock)
    assert feed.offer([read("1", read_id=1), read("2", read_id=2), read("3", "start", read_id=3)], {}) == 2
    assert feed.advance() and 'data-key="1"' in feed.html
    clock.now += 1.9
    assert not feed.advance()
    clock.now += 0.2
    assert feed.advance() and 'data-key="2"' in feed.html
    clock.now += 2.1
    assert feed.advance() and 'data-state="resting"' in feed.html


def test_a_long_queue_is_shown_faster_but_nobody_is_skipped_when_catch_up_allows_the_wait():
    clock = Clock()
    feed = _feed(clock, duration=5.0, max_lag=600)
    feed.offer([read(str(i), read_id=i) for i in range(40)], {})
    shown = []
    while feed.queue or feed.current:
        if feed.advance() and feed.current:
            shown.append(feed.current_key)
        clock.now += 0.5
    assert shown == [str(i) for i in range(40)]
    assert clock.now - 1000 < 40 * 5.0 * 0.75      # the backlog drained faster than 5 s a runner


def test_a_feed_with_no_locations_chosen_takes_every_location():
    feed = _feed(Clock(), locations=())
    assert feed.offer([read(location="start"), read(location="finish", read_id=2)], {}) == 2


def test_a_feed_resting_on_one_message_has_nothing_to_wake_for():
    clock = Clock()
    feed = _feed(clock, messages=("Welcome",))
    clock.now += 60
    assert not feed.advance()
    assert feed.next_deadline() == float("inf")


def test_a_resting_feed_rotates_messages_on_its_own_clock():
    clock = Clock()
    feed = _feed(clock, messages=("One", "Two"))
    assert "One" in feed.html and not feed.advance()
    clock.now += 5.1
    assert feed.advance() and "Two" in feed.html
    assert feed.next_deadline() == pytest.approx(clock.now + 5)


def test_a_display_answers_in_json_with_its_url_and_timezone_aware_dates():
    from dashboards.displays import DisplayInfo
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    info = DisplayInfo("abcdEFGH", 1, 2, "Finish", 3, 4, ["finish"], "results", None, now, now, None)
    assert info.as_json()["url"] == "/display/abcdEFGH" and info.as_json()["expires_at"].endswith("+00:00")
    assert info.as_json()["results_url"] == "/results/abcdEFGH"      # the event's public live results
