"""``/builder``: the race director's workspace — template designer, timing-session picker, display URLs.

Every action goes through the same library functions as the JSON APIs, on a tenant connection of the
logged-in user's company. Widgets carry ``css_classes`` named ``p88-*`` so the browser tests (and anyone
scripting the page) can find them.
"""

from __future__ import annotations

import html
import io
import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pandas as pd
import panel as pn

from collector.race_setup import RANK_BY, describe
from collector.sessions import bind_event, bind_roster
from dashboards import displays, layouts, race_setup_form, roster_sources, stage, templates, timing
from dashboards.auth import COOKIE_NAME, Identity
from dashboards.definition import (ALIGNMENTS, FIELDS, KINDS, MODES, default_definition, image_ids, unknown_fonts, validate,
                                   with_image_urls)
from dashboards.designer import StageDesigner, apply_move, positions
from dashboards.fonts import DEFAULT_FONT, FONTS
from dashboards.images import image_urls, upload_image
from dashboards.qr import qr_element
from dashboards.runner import Read, field_values, sample_values
from dashboards.web import WebContext
from project88.errors import P88Error
from warehouse import tenancy
from warehouse.database import connect

class SessionEnded(P88Error):
    """The login behind an open builder page has ended since the page was opened."""


ELEMENT_COLUMNS = ["field", "text", "font", "size", "color", "align", "x", "y"]
PREVIEW_HEIGHT = 405           # 1920x1080 at 720 px wide
PREVIEW_RESULTS_URL = "/results/preview"   # what the preview's QR code says: a display's names its own page
# the shown link's own address (the LAN one a TV can open), not the address this page was opened on
_LINK_JS = """const m = /(https?:\\/\\/[^\\s"'<>&]+)?\\/display\\/[A-Za-z0-9]{8}/.exec(target.text || '');
const url = m && (m[1] ? m[0] : window.location.origin + m[0]);
"""
REMEMBERED = ("template", "event", "session")   # choices kept in the page's URL, so a reload restores them
DEFAULTS = default_definition()
QR_PLACE = validate({"qr": {}})["qr"]            # where a QR code goes when first switched on


def _widget(kind, name: str, key: str, **kwargs):
    return kind(name=name, css_classes=[f"p88-{key}"], **kwargs)


class _Select(pn.widgets.Select):
    """A Select that shows its None option ("(no roster)") as chosen when first drawn: Panel leaves a None
    value out of the first render, and the browser then shows a blank select."""

    def _init_params(self) -> dict[str, Any]:
        params = super()._init_params()
        if self.value is None and None in self.values:
            params["value"] = None
        return params


def query_choice(query: dict[str, Any], key: str, values: list[Any]) -> Any:
    """The id ``query[key]`` names when it is one of ``values`` (what a reloaded page chose), else None."""
    try:
        wanted = int(str(query.get(key, "")))
    except ValueError:
        return None
    return wanted if wanted in values else None


class Builder:
    """One builder page: widgets, the draft definition they describe, and the actions on it."""

    def __init__(self, ctx: WebContext, partner_id: int, user_id: int | None, email: str | None,
                 session: Identity | None = None) -> None:
        self.ctx, self.partner_id, self.user_id, self.email = ctx, partner_id, user_id, email
        self.login = session          # the login behind the page, re-checked before every database action
        self.images: dict[str, int | None] = {"active": None, "resting": None, "logo": None}   # image ids
        self.image_urls: dict[int, str] = {}          # their data URLs, for the preview
        self._sessions: dict[int, dict] = {}
        self.status = pn.pane.Alert("", alert_type="light", css_classes=["p88-status"], visible=False)
        self.template = _widget(pn.widgets.Select, "Template", "template", options={})
        self.new_name = _widget(pn.widgets.TextInput, "New template", "new-name", placeholder="New template name")
        self.versions = _widget(pn.widgets.Select, "Version history", "versions", options={})
        self.note = _widget(pn.widgets.TextInput, "Note for this save", "note", placeholder="optional")
        self.mode = _widget(pn.widgets.RadioButtonGroup, "Mode", "mode", options=list(MODES), value="results")
        self.event = _widget(_Select, "Event (roster)", "event", options={})
        self.session = _widget(_Select, "Timing session", "session", options={})
        self.provider_event = _widget(_Select, "Provider event (RunSignUp, Race Roster, ChronoTrack Live, "
                                      "CSV)", "provider-event", options={})
        self.locations = _widget(pn.widgets.MultiChoice, "Trigger locations (none: all)", "locations", options=[])
        self.sessions_table = pn.widgets.Tabulator(pd.DataFrame(), disabled=True, height=160, show_index=False,
                                                   css_classes=["p88-sessions"], sizing_mode="stretch_width")
        self.live_reads = pn.widgets.Tabulator(pd.DataFrame(), disabled=True, height=160, show_index=False,
                                               css_classes=["p88-live-reads"], sizing_mode="stretch_width")
        self.elements = pn.widgets.Tabulator(
            pd.DataFrame(columns=ELEMENT_COLUMNS), show_index=False, height=220, sizing_mode="stretch_width",
            editors={"field": {"type": "list", "values": list(FIELDS)},
                     "align": {"type": "list", "values": list(ALIGNMENTS)},
                     "font": {"type": "list", "values": list(FONTS)}},
            titles={"text": "label (message: its text)"}, css_classes=["p88-elements"], selectable=1,
        )
        self.duration = _widget(pn.widgets.FloatInput, "Seconds per runner", "duration", value=5.0, start=0.1, end=600)
        # the layout (template kind) and its settings, the catch-up limit and the QR code; out-of-range values
        # are left to definition.validate, whose message the status line shows. Layout settings without a
        # control here are kept as the loaded definition has them.
        layout = self._layout = DEFAULTS["layout"]
        self.kind = _widget(pn.widgets.Select, "Layout", "kind", options=list(KINDS), value="single")
        self.max_lag = _widget(pn.widgets.FloatInput, "Catch up beyond (s)", "max-lag", value=5.0, start=0.5, end=600)
        self.rows = _widget(pn.widgets.IntInput, "Runners shown (latest, leaderboard)", "rows", value=layout["rows"],
                            start=1, end=30)
        self.division_s = _widget(pn.widgets.FloatInput, "Seconds per division (leaderboard)", "division-s",
                                  value=layout["division_s"], start=1, end=600)
        self.min_finishers = _widget(pn.widgets.IntInput, "Predict after N finishers (announcer)", "min-finishers",
                                     value=layout["min_finishers"], start=1, end=100)
        self.countdown_to = _widget(pn.widgets.TextInput, "Countdown to (clock, with UTC offset)", "countdown-to",
                                    value="", placeholder="2026-11-26T08:00:00-05:00")
        self.qr = _widget(pn.widgets.Checkbox, "QR code to the public live results", "qr", value=False)
        self.qr_x, self.qr_y, self.qr_size = (
            _widget(pn.widgets.IntInput, label, f"qr-{key}", value=QR_PLACE[key], width=110)
            for label, key in (("QR x", "x"), ("QR y", "y"), ("QR size", "size")))
        self.active_bg = _widget(pn.widgets.ColorPicker, "Active background", "active-bg", value="#0b1f3a", width=140)
        self.resting_bg = _widget(pn.widgets.ColorPicker, "Resting background", "resting-bg", value="#0b1f3a", width=140)
        self.active_image = _widget(pn.widgets.FileInput, "Active background image", "active-image", accept="image/*")
        self.logo = _widget(pn.widgets.FileInput, "Resting logo", "logo", accept="image/*")
        self.resting_image = _widget(pn.widgets.FileInput, "Resting background image", "resting-image",
                                     accept="image/*")
        self.sponsor_image = _widget(pn.widgets.FileInput, "Add a sponsor image", "sponsor-image", accept="image/*")
        self.sponsors = _widget(pn.widgets.MultiChoice, "Sponsor images (in turn between runners)", "sponsors",
                                options={}, value=[])
        self.messages = _widget(pn.widgets.TextAreaInput, "Resting messages (one per line)", "messages", height=80)
        self.resting_size = _widget(pn.widgets.IntInput, "Message size", "resting-size",
                                    value=DEFAULTS["resting"]["size"], start=8, end=400, width=110)
        self.resting_color = _widget(pn.widgets.ColorPicker, "Message colour", "resting-color",
                                     value=DEFAULTS["resting"]["color"], width=140)
        self.rotate = _widget(pn.widgets.FloatInput, "Seconds per message", "rotate", value=8.0, start=1, end=3600)
        self.resting_font = _widget(pn.widgets.Select, "Message font", "resting-font", options=list(FONTS),
                                    value=DEFAULT_FONT)
        self.preview_state = _widget(pn.widgets.RadioButtonGroup, "Preview", "preview-state",
                                     options=["active (sample)", "active (live)", "resting"], value="active (sample)")
        self.preview = StageDesigner(width=720, height=PREVIEW_HEIGHT, css_classes=["p88-preview"],
                                     stylesheets=[stage.stage_css(f"{PREVIEW_HEIGHT}px")])
        self.hours = _widget(pn.widgets.IntInput, "Link valid for (hours)", "hours", value=24, start=1, end=720)
        self.controller_event = _widget(pn.widgets.TextInput, "Controller event id (from the timing software)",
                                        "controller-event", placeholder="e.g. 12345")
        self.url = pn.pane.HTML("", css_classes=["p88-url"])
        self.active_displays = pn.widgets.Tabulator(pd.DataFrame(), disabled=True, height=150, show_index=False,
                                                    selectable=1, css_classes=["p88-displays"], sizing_mode="stretch_width")
        self.import_file = _widget(pn.widgets.FileInput, "Import templates (JSON)", "import", accept=".json,application/json")
        # the race setup of the chosen timing session's controller event (what its live results are scored with)
        self._setup_event: str | None = None
        self.setup_note = pn.pane.HTML("", css_classes=["p88-setup-note"])   # HTML: event ids are never markup
        self.start_mat, self.finish_mat = (
            _widget(pn.widgets.AutocompleteInput, label, key, options=[], restrict=False, min_characters=0,
                    placeholder="a location seen in the reads, or type one")
            for label, key in (("Start mat", "start-mat"), ("Finish mat", "finish-mat")))
        self.rank_by = _widget(pn.widgets.RadioButtonGroup, "Rank by", "rank-by", options=list(RANK_BY), value="chip")
        self.race_day = _widget(pn.widgets.DatePicker, "Race day (the gun times' date)", "race-day")
        self.guns = pn.widgets.Tabulator(
            pd.DataFrame(columns=race_setup_form.GUN_COLUMNS), show_index=False, height=140,
            sizing_mode="stretch_width", editors={"race": None}, css_classes=["p88-guns"],
            titles={"gun": "gun: time of day in the event's zone (empty: the guntime read)"})
        self._wire()

    # -- data ---------------------------------------------------------------------------------------------
    def _allow(self, action: str) -> None:
        """Raise unless the login behind the page is still current and its role may do ``action``
        (``tenancy.PERMISSIONS``): a page left open stops working when its session ends (logout, new
        password, user disabled), and a changed role applies at once."""
        if self.login is None:
            return
        current = self.ctx.current(self.login)
        if current is None:
            raise SessionEnded("your session has ended; reload the page and log in again")
        tenancy.require_role(current.role, action)

    def _db(self, work, action: str = "read"):
        self._allow(action)
        return self.ctx.as_tenant(self.partner_id, work)

    def _act(self, label: str, work) -> Any:
        """Run an action; show success or the error as one line, never a traceback."""
        try:
            result = work()
        except P88Error as error:
            self._say(f"{label}: {error}", "danger")
            return None
        return result

    def _say(self, text: str, kind: str = "success") -> None:
        self.status.param.update(object=text, alert_type=kind, visible=True)

    def refresh(self) -> None:
        def load(conn):
            return (templates.list_templates(conn), timing.events(conn), timing.sessions(conn)["sessions"],
                    displays.list_active_displays(conn))

        found, events, sessions, active = self._db(load)
        self.provider_event.options = {"(choose a provider event)": None, **{
            f"{e['provider']}: {e['event_name']} — {e['event_date'] or 'no date'} ({e['roster']} on roster)":
                (e["provider"], e["provider_event_id"]) for e in self._db(roster_sources.provider_events)}}
        self.template.options = {f"{t.name} (v{t.current_version})": t.id for t in found}
        if self.template.value not in self.template.values:   # a blank select would hide which one is edited
            self.template.value = next(iter(self.template.values), None)
        self.event.options = {"(no roster)": None, **{f"{e['name']} — {e['event_date']}": e["event_id"] for e in events}}
        self.session.options = {"(choose a session)": None, **{
            f"#{s['id']} {s['session_name']} — {s['total_reads']} reads, locations {', '.join(s['locations']) or '-'}": s["id"]
            for s in sessions}}
        self._sessions = {s["id"]: s for s in sessions}
        self.sessions_table.value = pd.DataFrame([
            {"id": s["id"], "session": s["session_name"], "event": s["event_name"], "point": s["timing_point"],
             "status": s["status"], "reads": s["total_reads"], "last read": s["last_read"],
             "locations": ", ".join(s["locations"]), "devices": ", ".join(s["devices"])} for s in sessions])
        self.active_displays.value = pd.DataFrame([
            {"id": d.id, "template": d.template_name, "version": d.template_version, "session": d.timing_session_id,
             "mode": d.mode, "locations": ", ".join(d.locations), "expires": d.expires_at} for d in active])

    def fetch_provider_events(self, _event=None) -> None:
        """Ask every provider the company has credentials for for its event list."""
        reports = self._act("Provider events", lambda: self._allow("change") or roster_sources.fetch_events(
            self.ctx.owner_url, self.partner_id))
        if reports is not None:
            self.refresh()
            self._say("Provider events: " + ("; ".join(f"{r.provider} {r.inserted} new, {r.updated} changed"
                                                       for r in reports) or "no provider credentials stored yet"))

    def sync_provider_roster(self, _event=None) -> None:
        """Sync the chosen provider event's roster and use it as this display's roster event."""
        if not self.provider_event.value:
            self._say("Sync roster: choose a provider event first", "warning")
            return
        provider, provider_event_id = self.provider_event.value
        report = self._act("Sync roster", lambda: self._allow("change") or roster_sources.sync(
            self.ctx.owner_url, self.partner_id, provider, provider_event_id))
        if report is not None:
            self.refresh()
            if report.event_id is not None:
                self.event.value = report.event_id
            self._say(f"Roster synced: {report.inserted} new, {report.updated} changed, {report.unchanged} unchanged")

    def bind_controller_event(self, _event=None) -> None:
        """Claim a controller's event id for this company (admins only) and, when a roster event is chosen
        above, score it against that roster. Unlike ``p88 collector bind`` (the machine's owner), an event
        with reads already waiting is refused: nothing in them says they are this company's."""
        event_id = self.controller_event.value.strip()
        if not event_id:
            self._say("Bind: type the controller's event id first", "warning")
            return
        roster = self.event.value

        def bind() -> int:
            self._allow("bind")  # the login and its role are re-checked first, like every other action
            with connect(self.ctx.owner_url, autocommit=True) as conn:  # collector_bindings is a system table
                moved = bind_event(conn, self.partner_id, event_id, claim_waiting=False)
                if roster:
                    bind_roster(conn, self.partner_id, event_id, roster)
            return moved

        moved = self._act("Bind", bind)
        if moved is not None:
            self.refresh()
            self._say(f"Event {event_id} is yours: its controllers' reads go into your sessions"
                      + (f" ({moved} waiting reads moved in)" if moved else "")
                      + (" and it is scored against the chosen roster" if roster else ""))

    def load_template(self, template_id: int | None) -> None:
        if template_id is None:
            self.apply_definition(default_definition())
            self.versions.options = {}
            return

        def load(conn):
            stored = templates.get_definition(conn, template_id)
            definition = validate(stored)
            return (stored, definition, templates.list_versions(conn, template_id),
                    image_urls(conn, image_ids(definition)))

        stored, definition, versions, urls = self._db(load)
        self.image_urls.update(urls)
        self.versions.options = {f"v{v.version} {v.created_at:%Y-%m-%d %H:%M} {v.note or ''}".strip(): v.version
                                 for v in versions}
        self.versions.value = versions[0].version if versions else None    # the current one, newest first
        self.apply_definition(definition)
        if missing := unknown_fonts(stored):
            self._say(f"This template names fonts displays cannot show ({', '.join(missing)}); they show in "
                      f"{DEFAULT_FONT} until you choose another font from the list and save", "warning")

    def apply_definition(self, definition: dict) -> None:
        definition = validate(definition)
        active, resting = definition["active"], definition["resting"]
        self.elements.value = pd.DataFrame(active["elements"], columns=ELEMENT_COLUMNS)
        self.duration.value = definition["duration_s"]
        self.kind.value, self.max_lag.value = definition["kind"], definition["max_lag_s"]
        layout = self._layout = definition["layout"]
        qr = definition["qr"] or QR_PLACE
        self.rows.value, self.division_s.value = layout["rows"], layout["division_s"]
        self.min_finishers.value = layout["min_finishers"]
        self.countdown_to.value = layout["countdown_to"] or ""
        self.qr.value = definition["qr"] is not None
        self.qr_x.value, self.qr_y.value, self.qr_size.value = qr["x"], qr["y"], qr["size"]
        self.active_bg.value, self.resting_bg.value = active["background"], resting["background"]
        self.images = {"active": active["background_image"], "resting": resting["background_image"],
                       "logo": resting["logo"]}
        self.sponsors.param.update(options={_sponsor_label(i): i for i in resting["sponsors"]},
                                   value=resting["sponsors"])
        self.messages.value = "\n".join(resting["messages"])
        self.rotate.value = resting["rotate_s"]
        self.resting_size.value, self.resting_color.value = resting["size"], resting["color"]
        self.resting_font.value = resting["font"]
        self.render_preview()

    def draft(self) -> dict:
        """The definition the widgets describe, validated (raises TemplateError naming the bad part)."""
        rows = self.elements.value.to_dict("records") if len(self.elements.value) else []
        elements = [{**row, "size": _number(row["size"]), "x": _number(row["x"]), "y": _number(row["y"]),
                     "text": row.get("text") or ""} for row in rows]
        return validate({
            "kind": self.kind.value, "max_lag_s": self.max_lag.value,
            "layout": {**self._layout, "rows": self.rows.value, "division_s": self.division_s.value,
                       "min_finishers": self.min_finishers.value,
                       "countdown_to": self.countdown_to.value.strip() or None},
            "qr": {"x": self.qr_x.value, "y": self.qr_y.value, "size": self.qr_size.value} if self.qr.value else None,
            "duration_s": self.duration.value,
            "active": {"background": self.active_bg.value, "background_image": self.images["active"],
                       "elements": elements},
            "resting": {"background": self.resting_bg.value, "background_image": self.images["resting"],
                        "logo": self.images["logo"], "sponsors": list(self.sponsors.value),
                        "rotate_s": self.rotate.value,
                        "messages": [m.strip() for m in self.messages.value.splitlines() if m.strip()],
                        "font": self.resting_font.value, "size": self.resting_size.value,
                        "color": self.resting_color.value},
        })

    def render_preview(self, *_events) -> None:
        try:
            definition = self.draft()
        except P88Error as error:
            self._say(f"Preview: {error}", "warning")
            return
        definition = with_image_urls(definition, self.image_urls)
        resting = self.preview_state.value == "resting"
        qr = qr_element(definition["qr"], PREVIEW_RESULTS_URL)
        board = layouts.sample_html(definition, datetime.now(timezone.utc), qr)   # list and clock layouts
        self.preview.param.update(positions=positions(definition["active"]["elements"]),
                                  editable=not resting and board is None)
        if resting:
            self.preview.html = stage.render_resting(definition, 0, qr)
            return
        if board is not None:
            self.preview.html = board      # made-up finishers: the elements are the runner layouts' only
            return
        values = sample_values()
        if self.preview_state.value == "active (live)" and self.session.value is not None:
            values = self._latest_live_values() or values
        self.preview.html = stage.render_active(definition, values, extra=qr)

    def dragged(self, event) -> None:
        """A drag on the preview: its numbers go into the element table (which stays editable)."""
        rows = self.elements.value.to_dict("records")
        changed = apply_move(rows, event.new)
        if changed:
            index = event.new["index"]
            self.elements.patch({key: [(index, value)] for key, value in changed.items()})
            self.render_preview()

    def _latest_live_values(self) -> dict | None:
        session, event, mode = self.session.value, self.event.value, self.mode.value

        def load(conn):
            reads = timing.latest_reads(conn, session, 1)
            if not reads:
                return None
            runners = timing.runners_by_bib(conn, event, [reads[0].bib]) if event else {}
            return field_values(reads[0], runners.get(reads[0].bib), mode)

        return self._db(load)

    def refresh_live_reads(self) -> None:
        session = self.session.value
        if session is None:
            self.live_reads.value = pd.DataFrame()
            return
        reads = self._db(lambda conn: timing.latest_reads(conn, session, 10))
        self.live_reads.value = reads_frame(reads)

    def restore_choices(self, query: dict[str, Any]) -> None:
        """Choose the template, event and timing session a reloaded page's URL names (see ``remember``)."""
        for key in REMEMBERED:
            widget = getattr(self, key)
            if (value := query_choice(query, key, widget.values)) is not None:
                widget.value = value

    def remember(self, _event=None) -> None:
        """Keep the current choices in the page's URL (a reload, or a bookmark, comes back to them)."""
        if pn.state.location is not None:
            pn.state.location.update_query(**{key: getattr(self, key).value or "" for key in REMEMBERED})

    # -- actions ------------------------------------------------------------------------------------------
    def create(self, _event=None) -> None:
        name = self.new_name.value
        info = self._act("Create", lambda: self._db(
            lambda conn: templates.create_template(conn, name, self.draft(), self.user_id), "change"))
        if info:
            self.new_name.value = ""
            self._after_change(info, f"Created template {info.name!r}")

    def save(self, _event=None) -> None:
        note = self.note.value or None
        info = self._on_template("Save", lambda conn, tid, user: templates.save_version(conn, tid, self.draft(), user, note))
        if info:
            self.note.value = ""
            self._after_change(info, f"Saved {info.name!r} as version {info.current_version}")

    def restore(self, _event=None) -> None:
        version = self.versions.value
        if version is None:
            self._say("Restore: choose a version", "warning")
            return
        info = self._on_template("Restore", lambda conn, tid, user: templates.restore_version(conn, tid, version, user))
        if info:
            self._after_change(info, f"Restored version {version} as version {info.current_version}")

    def duplicate(self, _event=None) -> None:
        info = self._on_template("Duplicate", templates.duplicate_template)
        if info:
            self._after_change(info, f"Duplicated as {info.name!r}")

    def delete(self, _event=None) -> None:
        if self._on_template("Delete", lambda conn, tid, _user: templates.delete_template(conn, tid) or True):
            self.refresh()
            self.template.value = next(iter(self.template.options.values()), None)
            self._say("Template deleted")

    def _on_template(self, label: str, action) -> Any:
        """``action(conn, template_id, user_id)`` on the chosen template, or a hint to choose or create one."""
        template_id = self.template.value
        if template_id is None:
            self._say(f"{label}: choose a template first (or type a name, then Create)", "warning")
            return None
        return self._act(label, lambda: self._db(lambda conn: action(conn, template_id, self.user_id), "change"))

    def export(self) -> io.StringIO:
        document = self._db(templates.export_templates)
        return io.StringIO(json.dumps(document, indent=2))

    def do_import(self, event) -> None:
        if not event.new:
            return
        try:
            document = json.loads(event.new)
        except (ValueError, RecursionError):     # nested past the parser's depth is no JSON we can take either
            self._say("Import: the file is not JSON", "danger")
            return
        created = self._act("Import", lambda: self._db(
            lambda conn: templates.import_templates(conn, document, self.user_id), "change"))
        if created:
            self.refresh()
            self._say(f"Imported {len(created)} template(s): {', '.join(t.name for t in created)}")

    def upload(self, slot: str, event) -> None:
        if not event.new:
            return
        data = event.new
        stored = self._act("Image", lambda: self._db(lambda conn: upload_image(conn, data, self.user_id), "change"))
        if stored:
            image_id, url = stored
            self.image_urls[image_id] = url
            if slot == "sponsors":       # one more in the rotation (the same image twice is one upload)
                self.sponsors.options = {**self.sponsors.options, _sponsor_label(image_id): image_id}
                self.sponsors.value = [*(i for i in self.sponsors.value if i != image_id), image_id]
            else:
                self.images[slot] = image_id
            self._say(f"Image accepted ({len(url) // 1024} KB after optimising)")
            self.render_preview()

    def open_display(self, _event=None) -> None:
        template_id = self.template.value
        if template_id is None:
            self._say("Open display: save the template first", "warning")
            return
        args = (template_id, self.session.value, list(self.locations.value), self.mode.value, self.event.value,
                timedelta(hours=self.hours.value), self.user_id)
        info = self._act("Open display", lambda: self._db(lambda conn: displays.create_display(conn, *args),
                                                          "change"))
        if info:
            self.url.object = url_html(self.ctx.screen_origin, info.id)
            self.refresh()
            self._say(f"Display {info.id} is open until {info.expires_at:%Y-%m-%d %H:%M %Z}")

    def revoke(self, _event=None) -> None:
        self._on_display("Revoke", displays.revoke_display, "revoked")

    def extend(self, _event=None) -> None:
        hours = self.hours.value
        self._on_display("Extend", lambda conn, display_id: displays.extend_display(conn, display_id, timedelta(hours=hours)),
                         f"extended by {hours} h from now")

    def _on_display(self, label: str, action, done: str) -> None:
        """``action(conn, display_id)`` on the display selected in the active-displays table."""
        rows = self.active_displays.selection
        if not rows:
            self._say(f"{label}: select a display in the table first", "warning")
            return
        display_id = self.active_displays.value.iloc[rows[0]]["id"]
        if self._act(label, lambda: self._db(lambda conn: action(conn, display_id), "change")):
            self.refresh()
            self._say(f"Display {display_id} {done}")

    def _after_change(self, info: templates.TemplateInfo, message: str) -> None:
        self.refresh()
        if self.template.value == info.id:
            self.load_template(info.id)
        else:
            self.template.value = info.id
        self._say(message)

    # -- layout -------------------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.template.param.watch(lambda e: self.load_template(e.new), "value")
        self.session.param.watch(self._session_chosen, "value")
        for widget in (self.kind, self.max_lag, self.rows, self.division_s, self.min_finishers, self.countdown_to,
                       self.qr, self.qr_x,
                       self.qr_y, self.qr_size, self.elements, self.duration, self.active_bg, self.resting_bg,
                       self.sponsors, self.messages, self.rotate, self.resting_font, self.resting_size,
                       self.resting_color, self.preview_state, self.mode, self.event):
            widget.param.watch(self.render_preview, "value")
        self.preview.param.watch(self.dragged, "moved")
        for slot, widget in (("active", self.active_image), ("resting", self.resting_image), ("logo", self.logo),
                             ("sponsors", self.sponsor_image)):
            widget.param.watch(lambda e, slot=slot: self.upload(slot, e), "value")
        self.import_file.param.watch(self.do_import, "value")

    def _session_chosen(self, event) -> None:
        session = self._sessions.get(event.new) if event.new is not None else None
        self.locations.options = list(session["locations"]) if session else []
        self.locations.value = ["finish"] if session and "finish" in session["locations"] else []
        self.refresh_live_reads()
        self.load_race_setup(session["event_id"] if session else None)
        self.render_preview()

    def load_race_setup(self, event_id: str | None) -> None:
        """Show the stored race setup of the controller event ``event_id`` (None: the chosen session has none)."""
        form = self._act("Race setup", lambda: self._db(lambda conn: race_setup_form.load_form(conn, event_id))
                         ) if event_id else None
        self._setup_event = form.event_id if form else None
        if form is None:
            self.setup_note.object = "Choose a timing session of a controller event to set its race setup."
            self.guns.value = pd.DataFrame(columns=race_setup_form.GUN_COLUMNS)
            return
        setup = form.setup
        for widget, value in ((self.start_mat, setup.start_location), (self.finish_mat, setup.finish_location)):
            widget.param.update(options=form.locations, value=value)
        self.rank_by.value, self.race_day.value = setup.rank_by, form.race_day
        self.guns.value = pd.DataFrame(form.gun_rows(), columns=race_setup_form.GUN_COLUMNS)
        self.setup_note.object = (f"Controller event <b>{html.escape(form.event_id)}</b>, times in {form.zone.key}"
                                  + ("" if form.races else " (bind a roster to set each race's gun)")
                                  + f": {html.escape(describe(setup))}")

    def save_race_setup(self, _event=None) -> None:
        """Store the form as the event's race setup (admins and directors): every scoring of the event uses it."""
        event_id = self._setup_event
        if event_id is None:
            self._say("Race setup: choose a timing session of a controller event first", "warning")
            return
        if self.race_day.value is None:
            self._say("Race setup: choose the race day the gun times are on", "warning")
            return
        rows = self.guns.value.to_dict("records")
        args = (self.start_mat.value or "", self.finish_mat.value or "", self.rank_by.value, rows, self.race_day.value)
        setup = self._act("Race setup", lambda: self._db(
            lambda conn: race_setup_form.save_form(conn, self.partner_id, event_id, *args), "change"))
        if setup:
            self.load_race_setup(event_id)
            self._say(f"Race setup of event {event_id} saved: {describe(setup)}")

    def add_element(self, _event=None) -> None:
        row = {"field": "name", "text": "", "font": DEFAULT_FONT, "size": 64, "color": "#ffffff", "align": "center",
               "x": 960, "y": 540}
        self.elements.value = pd.concat([self.elements.value, pd.DataFrame([row])], ignore_index=True)

    def remove_element(self, _event=None) -> None:
        if self.elements.selection:
            self.elements.value = self.elements.value.drop(index=self.elements.selection).reset_index(drop=True)

    def view(self) -> pn.viewable.Viewable:
        def button(label: str, key: str, action, kind: str = "default"):
            widget = pn.widgets.Button(name=label, button_type=kind, css_classes=[f"p88-{key}"])
            widget.on_click(action)
            return widget

        copy = pn.widgets.Button(name="Copy link", css_classes=["p88-copy"])
        copy.js_on_click(args={"target": self.url}, code=_LINK_JS + "if (url) navigator.clipboard.writeText(url);")
        open_tab = pn.widgets.Button(name="Open in a new tab", css_classes=["p88-open-tab"])
        open_tab.js_on_click(args={"target": self.url}, code=_LINK_JS + "if (url) window.open(url, '_blank');")
        export = pn.widgets.FileDownload(callback=self.export, filename="display-templates.json",
                                         label="Export all (JSON)", css_classes=["p88-export"])
        self.refresh()
        self.restore_choices(pn.state.location.query_params if pn.state.location is not None else {})
        self.load_template(self.template.value)
        for key in REMEMBERED:
            getattr(self, key).param.watch(self.remember, "value")
        pn.state.add_periodic_callback(lambda: self._act("Latest reads", self.refresh_live_reads), period=2000)
        header = pn.pane.HTML(f"<b>Project88 builder</b> — {html.escape(self.email or '')} · "
                              "<a href='/ask'>Questions</a> · <a href='/logout'>Log out</a>",
                              sizing_mode="stretch_width")
        templates_card = pn.Card(
            pn.Row(self.template, button("Duplicate", "duplicate", self.duplicate),
                   button("Delete", "delete", self.delete, "danger")),
            pn.Row(self.new_name, button("Create", "create", self.create, "primary")),
            pn.Row(self.versions, button("Restore version", "restore", self.restore)),
            pn.Row(self.import_file, export), title="Templates", collapsible=False)
        providers_row = pn.Row(self.provider_event, pn.Column(
            button("Sync roster", "sync-roster", self.sync_provider_roster),
            button("Fetch provider events", "fetch-provider-events", self.fetch_provider_events)))
        bind_row = pn.Row(self.controller_event, button("Bind to our company", "bind", self.bind_controller_event))
        session_card = pn.Card(self.mode, self.event, providers_row, bind_row, self.session, self.locations,
                               self.sessions_table,
                               pn.pane.Markdown("**Latest reads**"), self.live_reads,
                               title="Mode, event and timing session", collapsible=False)
        setup_card = pn.Card(self.setup_note, pn.Row(self.start_mat, self.finish_mat),
                             pn.Row(self.rank_by, self.race_day), self.guns,
                             button("Save race setup", "save-setup", self.save_race_setup, "primary"),
                             title="Race setup (live times and places)", collapsible=False)
        design_card = pn.Card(
            pn.pane.Markdown("**Active state** — drag an element on the preview to place it, its corner grip to size "
                             "it, or edit the cells (1920×1080 pixels)"),
            self.elements, pn.Row(button("Add element", "add-element", self.add_element),
                                  button("Remove selected", "remove-element", self.remove_element)),
            pn.Row(self.kind, self.max_lag, self.rows),
            pn.Row(self.division_s, self.countdown_to, self.min_finishers),
            pn.Row(self.qr, self.qr_x, self.qr_y, self.qr_size),
            pn.Row(self.duration, self.active_bg, self.active_image),
            pn.pane.Markdown("**Resting state** (slides: the next message and sponsor after each runner)"),
            pn.Row(self.resting_bg, self.resting_image, self.rotate),
            pn.Row(self.logo, self.sponsor_image), self.sponsors,
            pn.Row(self.messages, pn.Column(self.resting_font, pn.Row(self.resting_size, self.resting_color))),
            pn.Row(self.note, button("Save version", "save", self.save, "primary")),
            title="Template designer", collapsible=False)
        display_card = pn.Card(
            pn.Row(self.hours, button("Open display", "open-display", self.open_display, "success")),
            self.url, pn.Row(copy, open_tab), pn.pane.Markdown("**Active displays**"), self.active_displays,
            pn.Row(button("Extend selected", "extend", self.extend), button("Revoke selected", "revoke", self.revoke)),
            title="Display URL", collapsible=False)
        return pn.Column(header, self.status, pn.Row(
            pn.Column(templates_card, session_card, setup_card, width=560),
            pn.Column(pn.Row(self.preview_state), self.preview, design_card, display_card, width=760)))


def _sponsor_label(image_id: int) -> str:
    return f"Sponsor image {image_id}"


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def reads_frame(reads: list[Read]) -> pd.DataFrame:
    """The latest-reads table: clock times as text (a time column would reach the browser as milliseconds
    since midnight)."""
    return pd.DataFrame([{"id": r.read_id, "location": r.location, "bib": r.bib,
                          "time": r.read_time.isoformat(timespec="milliseconds")} for r in reads])


def url_html(origin: str, display_id: str) -> str:
    """The display's link as the builder shows it: whole, on the address screens on the LAN open."""
    url = html.escape(f"{origin}/display/{display_id}")
    return f'<a class="display-link" href="{url}" target="_blank">{url}</a>'


def builder_app(ctx: WebContext) -> pn.viewable.Viewable:
    identity = ctx.identity_from_cookie(pn.state.cookies.get(COOKIE_NAME))
    if identity is None:  # the auth provider already redirected; a cookie that expired since then lands here
        return pn.pane.HTML("<p>Your session has ended. <a href='/login?next=/builder'>Log in again</a>.</p>")
    return Builder(ctx, identity.partner_id, identity.user_id, identity.email, session=identity).view()
