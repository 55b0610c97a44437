"""``/display/<id>``: the no-login fullscreen kiosk page of one display URL.

The id is looked up on the owner connection (the company is unknown until then); the template and
everything after come through a tenant connection of the display's company. Each open screen subscribes to
the display's shared feed in the live hub and unsubscribes when its Panel session is destroyed. An announcer
display (a finish-line laptop) also has a search box above the stage, answered per screen from the feed.
"""

from __future__ import annotations

from collections.abc import Callable

import panel as pn
from bokeh.models import Div, InlineStyleSheet

from dashboards import displays, layouts, stage, templates
from dashboards.displays import results_url
from dashboards.web import WebContext, plain_page
from warehouse.database import connect

SEARCH_BAR_PX = 150        # the announcer's search box and its answer, above the stage


def gone_page(status: str | None) -> tuple[int, str]:
    """The HTTP status and page for a display id that is unknown (404), expired or revoked (410)."""
    code, title, detail = displays.GONE[status]
    return code, plain_page(title, detail)


def lookup(ctx: WebContext, display_id: str) -> displays.PublicDisplay | None:
    with connect(ctx.owner_url) as conn:
        return displays.resolve_public(conn, display_id)


def display_app(ctx: WebContext) -> pn.viewable.Viewable:
    """One screen of a display: the shared feed's current state, updated as the hub broadcasts."""
    display_id = pn.state.route_params.get("display_id", "")
    public = lookup(ctx, display_id)
    if public is None or public.status != "live":  # the request check already answered 404/410; a race lost
        return pn.pane.HTML(gone_page(public.status if public else None)[1])
    definition = ctx.as_tenant(
        public.partner_id, lambda conn: templates.renderable(conn, public.template_id, public.template_version))
    # a bare Bokeh Div, not a Panel HTML pane: an update is one property change, which keeps the cost per
    # screen low when one read is pushed to many screens (bench/display_latency.py)
    announcer = definition["kind"] == "announcer"
    height = f"calc(100vh - {SEARCH_BAR_PX}px)" if announcer else "100vh"
    div = Div(text="", sizing_mode="stretch_both", stylesheets=[InlineStyleSheet(css=stage.stage_css(height))],
              styles={"background": "#000"})
    doc = pn.state.curdoc
    bar, refresh = search_bar(ctx, public.id) if announcer else (None, lambda: None)

    def show(html: str) -> None:
        def update() -> None:
            div.text = html
            refresh()              # a runner searched for may just have crossed a mat
        doc.add_next_tick_callback(update)

    request = doc.session_context.request if doc.session_context else None
    address = results_url(getattr(request, "protocol", None) or "http", pn.state.headers.get("Host", ""), public.id)
    div.text, leave = ctx.hub.subscribe(public, definition, show, address)
    pn.state.on_session_destroyed(lambda _context: leave())
    fullscreen = pn.widgets.Button(name="⛶", width=44, css_classes=["p88-fullscreen"], button_type="light",
                                   styles={"position": "fixed", "top": "8px", "right": "8px", "opacity": "0.3",
                                           "z-index": "10"})
    # browsers allow fullscreen only from a click on the page itself
    fullscreen.js_on_click(code="document.documentElement.requestFullscreen && document.documentElement.requestFullscreen()")
    shown = [bar] if bar is not None else []
    return pn.Column(*shown, pn.pane.Bokeh(div, sizing_mode="stretch_both"), fullscreen, sizing_mode="stretch_both",
                     margin=0, styles={"background": "#000"})


def search_bar(ctx: WebContext, display_id: str) -> tuple[pn.Row, Callable[[], None]]:
    """The announcer's search box (a bib, or part of a name) and its answer, each match's live status from the
    display's feed (``LiveHub.search``); with the function that answers again for the text typed."""
    box = pn.widgets.TextInput(placeholder="Search a bib or a name", css_classes=["p88-search"], width=320)
    answer = pn.pane.HTML("", css_classes=["p88-search-answer"], sizing_mode="stretch_width",
                          height=SEARCH_BAR_PX - 20,
                          styles={"overflow-y": "auto", "color": "#eeeeee", "font-size": "18px"})

    def refresh(*_events) -> None:
        text = box.value_input or ""
        answer.object = layouts.search_html(text, ctx.hub.search(display_id, text))

    box.param.watch(refresh, "value_input")
    return pn.Row(box, answer, height=SEARCH_BAR_PX, sizing_mode="stretch_width", margin=0,
                  styles={"background": "#111111"}), refresh
