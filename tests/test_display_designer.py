"""Issue 13, the display builder: images that show, labels, real fonts, plain errors, a drag-and-drop
designer, choices that survive a reload, clock times, and display links a TV on the LAN can open.

Pure parts first, then the builder in-process on a tenant database, then the builder in Chromium on the demo
site (``demo_site``: what `p88 up` gives a newcomer).
"""

from __future__ import annotations

import io
import json
import re
from datetime import time as clock
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from dashboards import stage
from dashboards.definition import default_definition, unknown_fonts, validate, with_image_urls
from dashboards.designer import apply_move, positions
from dashboards.fonts import DEFAULT_FONT, FONTS, SHIPPED, font_stack
from dashboards.images import ImageRejected, optimise_image
from dashboards.runner import Read, sample_values
from project88.settings import Settings
from project88.welcome import lan_address
from web_fixtures import log_in

FONTS_DIR = Path(__file__).resolve().parents[1] / "dashboards" / "static" / "fonts"
IMAGE_URL = "data:image/png;base64,iVBORw0KGgo="


class _Tags(HTMLParser):
    """Every tag's attributes as a browser parses them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))


def _png(size=(64, 36)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _with(**element) -> dict:
    definition = default_definition()
    definition["active"]["elements"] = [{**definition["active"]["elements"][0], **element}]
    return validate(definition)


# -- 1. a background image shows ----------------------------------------------------------------------------

def test_the_background_image_stays_inside_the_stage_style_attribute():
    definition = default_definition()
    for part, slot in (("active", "background_image"), ("resting", "background_image"), ("resting", "logo")):
        definition[part][slot] = 5
    rendered = with_image_urls(validate(definition), {5: IMAGE_URL})
    for html in (stage.render_active(rendered, sample_values()), stage.render_resting(rendered)):
        tags = _Tags(html).tags
        assert tags[0][1]["style"].startswith(f'background:#0b1f3a url("{IMAGE_URL}") center/cover')
        assert all(set(attrs) <= {"class", "data-state", "data-key", "style", "data-field", "data-index", "alt", "src"}
                   for _, attrs in tags)                     # no attribute made of the broken-off URL


# -- 3. latest reads show a clock time ----------------------------------------------------------------------

def test_latest_reads_show_clock_times_not_milliseconds_since_midnight():
    from dashboards.builder import reads_frame

    frame = reads_frame([Read(9, 1, "finish", "100", clock(8, 43, 13, 340_000))])
    assert frame.to_dict("records") == [{"id": 9, "location": "finish", "bib": "100", "time": "08:43:13.340"}]


# -- 4. a field carries its label ---------------------------------------------------------------------------

def test_a_field_shows_its_label_with_its_value_and_nothing_while_the_value_is_empty():
    definition = _with(field="overall_place", text="Place")
    html = stage.render_active(definition, {**sample_values(), "overall_place": "3"})
    assert '<div class="el" data-field="overall_place" data-index="0"' in html and ">Place 3</div>" in html
    assert 'data-field="overall_place"' not in stage.render_active(definition, {"name": "Pat", "overall_place": ""})
    message = _with(field="message", text="Go <team>!")
    assert ">Go &lt;team&gt;!</div>" in stage.render_active(message, sample_values())


# -- 5. fonts displays really render --------------------------------------------------------------------------

def test_every_offered_font_is_shipped_or_safe_and_served_with_its_licence():
    css = (FONTS_DIR / "fonts.css").read_text()
    for family, file in SHIPPED.items():
        assert (FONTS_DIR / file).read_bytes()[:4] == b"wOF2"
        assert f"font-family:'{family}';src:url('{file}') format('woff2')" in css
        assert "SIL Open Font License" in (FONTS_DIR / f"LICENSE-{file.removesuffix('.woff2')}.txt").read_text()
    assert set(FONTS) == {"Arial", "Times New Roman", "Courier New", *SHIPPED}
    assert font_stack("Anton") == "'Anton', sans-serif" and font_stack("Courier New") == "'Courier New', monospace"


def test_a_font_displays_cannot_render_loads_in_the_default_and_is_named():
    old = default_definition()
    old["active"]["elements"][0]["font"] = "Impact"
    old["active"]["elements"][1]["font"] = "x;}</style><script>"
    old["resting"]["font"] = "Oswald"
    clean = validate(old)
    assert [e["font"] for e in clean["active"]["elements"][:3]] == ["Arial", "Arial", "Arial"]
    assert clean["resting"]["font"] == "Oswald"
    assert unknown_fonts(old) == ["Impact", "x;}</style><script>"] and unknown_fonts(clean) == []
    html = stage.render_active(_with(font="Bebas Neue"), sample_values())
    assert "font-family:&#x27;Bebas Neue&#x27;, sans-serif" in html and "<script>" not in html


# -- 6. a bad image is explained in plain words -------------------------------------------------------------

@pytest.mark.parametrize("data, says", [
    (b"%PDF-1.7 not an image", "that file is not a PNG, JPEG or WebP image"),
    (_png()[:60], "that image file is damaged or incomplete"),
])
def test_a_bad_image_is_explained_in_plain_words(data, says):
    with pytest.raises(ImageRejected) as refused:
        optimise_image(data)
    assert str(refused.value).startswith(says) and "Error" not in str(refused.value)


# -- 7. dragging produces the numbers -------------------------------------------------------------------------

def test_a_drag_changes_only_what_moved_within_the_stage_and_size_limits():
    elements = validate(default_definition())["active"]["elements"]
    assert positions(elements)[0] == {"x": 960, "y": 380, "size": 120}
    assert apply_move(elements, {"index": 0, "x": 700.4, "y": 380, "size": 120}) == {"x": 700}
    assert apply_move(elements, {"index": 1, "x": -50, "y": 5000, "size": 900}) == {"x": 0, "y": 1080, "size": 400}
    assert apply_move(elements, {"index": 0, "x": 960, "y": 380, "size": 120}) is None
    assert apply_move(elements, {"index": 9, "x": 1}) is None and apply_move(elements, {"x": 1}) is None


# -- 8. a display link a TV on the LAN can open -------------------------------------------------------------

def test_display_links_carry_the_lan_address_unless_the_server_listens_on_loopback():
    from dashboards.server import screen_origin

    lan = lan_address()
    assert lan is not None, "this test needs a network interface with a route"
    assert screen_origin(Settings(), "0.0.0.0", 5006) == f"http://{lan}:5006"
    assert screen_origin(Settings(), "192.168.7.20", 5006) == "http://192.168.7.20:5006"
    assert screen_origin(Settings(), "127.0.0.1", 5006) == "http://127.0.0.1:5006"


def test_the_lan_address_is_found_on_the_interfaces_when_there_is_no_route(monkeypatch):
    import socket

    from project88 import welcome

    routed = welcome.lan_address()
    assert routed in welcome.interface_addresses()

    class NoRoute(socket.socket):
        def connect(self, address):
            raise OSError(101, "Network is unreachable")      # a finish-line network with no gateway

    monkeypatch.setattr(welcome.socket, "socket", NoRoute)
    assert welcome.lan_address() == welcome.interface_addresses()[0]


# -- the builder in-process -----------------------------------------------------------------------------------

def _builder(db_url: str, origin: str = ""):
    from dashboards.builder import Builder
    from dashboards.live import LiveHub
    from dashboards.web import WebContext

    builder = Builder(WebContext(db_url, b"s" * 32, LiveHub(db_url), screen_origin=origin), 1, None, None)
    builder.refresh()
    return builder


@pytest.mark.parametrize("listen", ["0.0.0.0", "127.0.0.1"])
def test_the_builder_shows_the_display_url_a_tv_opens(two_companies, db_url, listen):
    from dashboards.server import screen_origin

    builder = _builder(db_url, screen_origin(Settings(), listen, 5006))
    builder.session.value = 1
    builder.open_display()
    host = lan_address() if listen == "0.0.0.0" else "127.0.0.1"
    link = _Tags(builder.url.object).tags[0][1]["href"]
    assert link.startswith(f"http://{host}:5006/display/") and len(link.rsplit("/", 1)[1]) == 8


def test_the_builder_opens_with_a_template_and_its_current_version_chosen(two_companies, db_url, owner):
    old = {"active": {"elements": [{"field": "name", "font": "Impact"}]}}      # saved before fonts were a list
    owner.execute("""INSERT INTO display_template_versions (template_id, version, partner_id, definition)
                     VALUES (1, 2, 1, %s)""", (json.dumps(old),))
    owner.execute("UPDATE display_templates SET current_version = 2 WHERE id = 1")
    builder = _builder(db_url)
    assert builder.template.value == 1 and builder.versions.value == 2
    assert "fonts displays cannot show (Impact)" in builder.status.object
    assert f"in {DEFAULT_FONT}" in builder.status.object
    assert builder.elements.value["font"].tolist() == [DEFAULT_FONT]


def test_a_reloaded_builder_restores_the_template_event_and_session_its_url_names(two_companies, db_url):
    from dashboards.builder import query_choice

    builder = _builder(db_url)
    builder.restore_choices({"template": "1", "event": "1", "session": "1"})
    assert (builder.template.value, builder.event.value, builder.session.value) == (1, 1, 1)
    assert builder.live_reads.value["time"].tolist() == ["08:00:00.000"]
    assert query_choice({"session": "2"}, "session", builder.session.values) is None     # another company's
    assert query_choice({"session": "x"}, "session", [1]) is None and query_choice({}, "event", [1]) is None


def test_dragging_an_element_writes_its_numbers_into_the_table_and_the_preview(two_companies, db_url):
    builder = _builder(db_url)
    builder.preview.moved = {"index": 0, "x": 400, "y": 200, "size": 150}
    row = builder.elements.value.iloc[0]
    assert (row["x"], row["y"], row["size"]) == (400, 200, 150)
    assert builder.preview.positions[0] == {"x": 400, "y": 200, "size": 150}
    assert "left:20.833%;top:18.519%" in builder.preview.html


# -- in Chromium ----------------------------------------------------------------------------------------------

@pytest.fixture
def builder_page(demo_site, browser):
    web, demo = demo_site
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    log_in(page, web.base, "/builder", demo.email, demo.password)
    page.locator(".p88-preview .el[data-index='0']").wait_for(timeout=30_000)
    yield page
    context.close()


def _cell(page, row: int, field: str):
    return page.locator(".p88-elements .tabulator-row").nth(row).locator(f".tabulator-cell[tabulator-field={field}]")


def _place(page, row: int) -> tuple[int, int]:
    return int(_cell(page, row, "x").inner_text()), int(_cell(page, row, "y").inner_text())


def _wait_until(page, condition, what: str, timeout_s: float = 15.0) -> None:
    for _ in range(int(timeout_s * 10)):
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.browser
def test_elements_are_placed_and_sized_by_dragging_them_on_the_preview(builder_page):
    page = builder_page
    before = _place(page, 0)
    box = page.locator(".p88-preview .el[data-index='0']").bounding_box()
    start = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.move(*start)
    page.mouse.down()
    for step in range(1, 11):                        # 10 x 15 px left and 6 px down on a 720 px wide stage
        page.mouse.move(start[0] - 15 * step, start[1] + 6 * step)
        page.wait_for_timeout(40)
    _wait_until(page, lambda: _place(page, 0) != before, "the numbers to follow the drag")
    page.mouse.up()
    x, y = before[0] - 400, before[1] + 160          # 150 and 60 px at 1920 / 720
    _wait_until(page, lambda: _place(page, 0) == (x, y), f"x, y = {x}, {y} in the table")
    # the table and the preview are updated by separate messages: the preview settles on the same place
    element = page.locator(".p88-preview .el[data-index='0']")
    _wait_until(page, lambda: element.evaluate("e => e.style.left") == f"{x / 1920 * 100:.3f}%",
                f"the preview's left edge at {x / 1920 * 100:.3f}%")

    grip = page.locator(".p88-preview .el[data-index='1'] .p88-grip").bounding_box()
    size = int(_cell(page, 1, "size").inner_text())
    page.mouse.move(grip["x"] + 5, grip["y"] + 5)
    page.mouse.down()
    page.mouse.move(grip["x"] + 5, grip["y"] + 35, steps=5)   # 30 px down: 80 stage px larger
    page.mouse.up()
    _wait_until(page, lambda: _cell(page, 1, "size").inner_text() == str(size + 80), "the size to follow the grip")


@pytest.mark.browser
def test_an_uploaded_background_shows_on_the_preview(builder_page):
    page = builder_page
    page.locator(".p88-active-image input[type=file]").set_input_files(
        files=[{"name": "arch.png", "mimeType": "image/png", "buffer": _png((800, 450))}])
    stage_node = page.locator(".p88-preview .p88-stage")
    _wait_until(page, lambda: "data:image/jpeg" in stage_node.evaluate("e => getComputedStyle(e).backgroundImage"),
                "the uploaded image as the preview's background")


@pytest.mark.browser
def test_labels_and_shipped_fonts_show_on_the_preview(builder_page):
    page = builder_page
    _cell(page, 2, "text").click()
    page.keyboard.type("From")
    page.keyboard.press("Enter")
    city = page.locator(".p88-preview .el[data-index='2']")
    _wait_until(page, lambda: city.inner_text().startswith("From "), "the label before the city")
    _cell(page, 0, "font").click()
    page.locator(".tabulator-edit-list-item", has_text="Anton").click()
    name = page.locator(".p88-preview .el[data-index='0']")
    _wait_until(page, lambda: "Anton" in name.evaluate("e => getComputedStyle(e).fontFamily"), "Anton on the name")
    assert page.evaluate("() => document.fonts.load(\"40px 'Anton'\").then(faces => faces.length)") == 1


@pytest.mark.browser
def test_a_reload_keeps_the_template_version_event_and_session(builder_page):
    page = builder_page
    for key in ("template", "versions"):
        assert page.locator(f".p88-{key} select").input_value() != ""
    event = page.locator(".p88-event option").all_inner_texts()[1]
    page.locator(".p88-event select").select_option(label=event)
    session = page.locator(".p88-session option").all_inner_texts()[1]
    page.locator(".p88-session select").select_option(label=session)
    _wait_until(page, lambda: re.search(r"session=\d", page.evaluate("() => location.search")),
                "the choices in the URL")
    page.reload()
    page.locator(".p88-preview .el[data-index='0']").wait_for(timeout=30_000)
    chosen = {key: page.locator(f".p88-{key} select").evaluate("s => s.options[s.selectedIndex]?.text || ''")
              for key in ("template", "versions", "event", "session")}
    assert chosen["event"] == event and chosen["session"] == session
    assert chosen["template"] and chosen["versions"].startswith("v")



@pytest.mark.browser
def test_a_display_gets_every_shipped_font_from_our_own_server(demo_site, browser):
    web, demo = demo_site
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(f"{web.base}/display/{demo.display_id}")
    page.locator(".p88-stage").first.wait_for(timeout=30_000)
    loaded = page.evaluate("families => Promise.all(families.map(f => document.fonts.load(`40px '${f}'`)))"
                           ".then(found => found.map(faces => faces.length))", list(SHIPPED))
    context.close()
    assert loaded == [1] * len(SHIPPED)
    assert {f"{web.base}/p88-static/fonts/{file}" for file in SHIPPED.values()} <= set(fetched)
