"""The JSON APIs: the original platform's timing routes (names and fields kept), displays and templates.

Every route but ``/health`` acts for the caller's company only (session cookie or Bearer token); the
company never comes from the request body, and another company's ids answer 404 because Row Level
Security hides them. Bodies are capped per route (``max_body_bytes``; 64 KB unless a route says otherwise)
and refused with 413 before they are read.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tornado.ioloop import IOLoop

from collector.live_results import NoRoster, Scored, score_event
from collector.standings import standings
from dashboards import displays, templates, timing
from dashboards.bodies import KB, MB
from dashboards.images import MAX_UPLOAD_BYTES, upload_image
from dashboards.web import ApiError, JsonHandler, WebContext, whole_number
from warehouse.database import connect

MAX_HOURS = displays.MAX_LIFETIME / timedelta(hours=1)
TEMPLATE_BODY = 256 * KB          # a definition is at most 64 KB once validated; unknown keys are dropped
MAX_RESULTS = 10_000              # finishers in one answer; a marathon has at most a few tens of thousands
SEXES = ("M", "F", "X")


class HealthHandler(JsonHandler):
    """Liveness for load balancers and ``p88 up``: no company data, so no login."""

    public = True

    async def get(self) -> None:
        def probe() -> str | None:
            try:
                with connect(self.ctx.owner_url) as conn:
                    conn.execute("SELECT 1")
                return None
            except Exception as error:  # the answer is the error text itself
                return str(error)

        error = await IOLoop.current().run_in_executor(None, probe)
        self.reply({"status": "ok" if error is None else "degraded", "service": "web",
                    "database_connected": error is None, "database_error": error, "live": self.ctx.hub.stats()},
                   200 if error is None else 503)


class DatabaseStatusHandler(JsonHandler):
    async def get(self) -> None:
        self.reply(await self.tenant(timing.database_status))


class StatsHandler(JsonHandler):
    async def get(self) -> None:
        session = self.int_argument("session_id")
        self.reply(await self.tenant(lambda conn: timing.stats(conn, session)))


class RecentReadsHandler(JsonHandler):
    async def get(self) -> None:
        limit = self.int_argument("limit", 50)
        if not 1 <= limit <= timing.MAX_RECENT:
            raise ApiError(400, f"limit must be from 1 to {timing.MAX_RECENT}")
        session = self.int_argument("session_id")
        self.reply(await self.tenant(lambda conn: timing.recent_reads(conn, limit, session)))


class LiveResultsHandler(JsonHandler):
    """``GET /api/timing/results?event_id=<controller event id>[&race=&sex=&age_group=&limit=]``: the event's
    live results scored now from its reads and roster (and stored for the screens), fastest chip time first;
    each finisher has the fields ``p88 results --json`` prints. An event of another company, or one with no
    roster bound, answers 404."""

    async def get(self) -> None:
        event_id = self.get_argument("event_id", "").strip()
        if not event_id:
            raise ApiError(400, "event_id is required: the timing controller's event id")
        limit = self.int_argument("limit", MAX_RESULTS)
        if not 1 <= limit <= MAX_RESULTS:
            raise ApiError(400, f"limit must be from 1 to {MAX_RESULTS}")
        sex = self.get_argument("sex", "").strip().upper() or None
        if sex is not None and sex not in SEXES:
            raise ApiError(400, f"sex must be one of {', '.join(SEXES)}")
        race = self.get_argument("race", "").strip() or None
        group = self.get_argument("age_group", "").strip() or None
        partner_id = self.identity.partner_id

        def score(conn) -> Scored | str:
            try:
                return score_event(conn, partner_id, event_id)
            except NoRoster as error:   # RLS hides another company's event: it answers like an unbound one
                return str(error)

        scored = await self.tenant(score)
        if isinstance(scored, str):
            raise ApiError(404, scored)
        self.reply({"success": True, "event_id": event_id, "total_finishers": len(scored.results),
                    "results": standings(scored.results, race=race, sex=sex, age_group=group, limit=limit),
                    "generated_at": datetime.now(timezone.utc)})


class SessionsHandler(JsonHandler):
    """``/api/timing/sessions`` and ``/api/chronotrack/sessions``: the builder's timing-session picker."""

    async def get(self) -> None:
        self.reply(await self.tenant(timing.sessions))


class ProviderEventsHandler(JsonHandler):
    """``GET /api/providers/<name>/events``: the company's synced events of one provider, with roster sizes and
    the archive event a display can use as its roster."""

    async def get(self, provider: str) -> None:
        def events(conn):
            return conn.execute("""
                SELECT n.provider_event_id, n.event_name, n.event_date, n.city, n.state, n.synced_at,
                       m.event_id AS archive_event_id,
                       (SELECT count(*) FROM normalized_participants p WHERE p.normalized_event_id = n.id) AS roster
                FROM normalized_events n LEFT JOIN provider_mappings m ON m.normalized_event_id = n.id
                WHERE n.provider = %s ORDER BY n.event_date DESC NULLS LAST, n.event_name""", (provider,)).fetchall()

        rows = await self.tenant(events)
        keys = ("provider_event_id", "event_name", "event_date", "city", "state", "synced_at", "archive_event_id",
                "roster")
        self.reply({"success": True, "provider": provider, "events": [dict(zip(keys, row)) for row in rows]})


class GenerateUrlHandler(JsonHandler):
    """``POST /api/display/generate-url``: a display session and its shareable URL."""

    async def post(self) -> None:
        body = self.body_json()
        template_id = _int(body, "template_id", required=True)
        session_id = _int(body, "session_id")
        event_id = _int(body, "event_id")
        locations = body.get("locations") or []
        if not isinstance(locations, list) or not all(isinstance(x, str) for x in locations):
            raise ApiError(400, "locations must be a list of location names")
        mode = body.get("mode", "results")
        lifetime = _hours(body.get("expires_in_hours", 24))
        user = self.identity.user_id
        info = await self.tenant(lambda conn: displays.create_display(
            conn, template_id, session_id, locations, mode, event_id, lifetime, user))
        self.reply({"success": True, "display_id": info.id, **info.as_json()}, 201)


class DisplaysHandler(JsonHandler):
    async def get(self) -> None:
        active = await self.tenant(displays.list_active_displays)
        self.reply({"success": True, "displays": [d.as_json() for d in active]})


class DisplayActionHandler(JsonHandler):
    """``POST /api/displays/<id>/revoke`` and ``/extend`` (body ``{"hours": 24}``)."""

    async def post(self, display_id: str, action: str) -> None:
        if action == "revoke":
            info = await self.tenant(lambda conn: displays.revoke_display(conn, display_id))
        else:
            lifetime = _hours(self.body_json().get("hours", 24))
            info = await self.tenant(lambda conn: displays.extend_display(conn, display_id, lifetime))
        self.reply({"success": True, **info.as_json()})


class TemplatesHandler(JsonHandler):
    max_body_bytes = TEMPLATE_BODY

    async def get(self) -> None:
        self.reply({"success": True, "templates": await self.tenant(templates.list_templates)})

    async def post(self) -> None:
        body = self.body_json()
        user = self.identity.user_id
        info = await self.tenant(lambda conn: templates.create_template(
            conn, body.get("name"), body.get("definition", {}), user))
        self.reply({"success": True, "template": info}, 201)


class TemplateHandler(JsonHandler):
    max_body_bytes = TEMPLATE_BODY

    async def get(self, template_id: str) -> None:
        tid = int(template_id)
        version = self.int_argument("version")

        def load(conn):
            return templates.get_info(conn, tid), templates.get_definition(conn, tid, version)

        info, definition = await self.tenant(load)
        self.reply({"success": True, "template": info, "definition": definition})

    async def put(self, template_id: str) -> None:
        body = self.body_json()
        tid, user = int(template_id), self.identity.user_id

        def save(conn):
            if isinstance(body.get("name"), str):
                templates.rename_template(conn, tid, body["name"])
            return templates.save_version(conn, tid, body.get("definition"), user, body.get("note"))

        self.reply({"success": True, "template": await self.tenant(save)})

    async def delete(self, template_id: str) -> None:
        tid = int(template_id)
        await self.tenant(lambda conn: templates.delete_template(conn, tid))
        self.reply({"success": True})


class TemplateVersionsHandler(JsonHandler):
    async def get(self, template_id: str) -> None:
        tid = int(template_id)
        self.reply({"success": True, "versions": await self.tenant(lambda conn: templates.list_versions(conn, tid))})


class TemplateRestoreHandler(JsonHandler):
    async def post(self, template_id: str) -> None:
        tid, version, user = int(template_id), _int(self.body_json(), "version", required=True), self.identity.user_id
        info = await self.tenant(lambda conn: templates.restore_version(conn, tid, version, user))
        self.reply({"success": True, "template": info})


class TemplateDuplicateHandler(JsonHandler):
    async def post(self, template_id: str) -> None:
        tid, user = int(template_id), self.identity.user_id
        info = await self.tenant(lambda conn: templates.duplicate_template(conn, tid, user))
        self.reply({"success": True, "template": info}, 201)


class TemplateExportHandler(JsonHandler):
    async def get(self) -> None:
        raw = self.get_argument("ids", "")
        try:
            ids = [int(x) for x in raw.split(",") if x.strip()] or None
        except ValueError:
            raise ApiError(400, "ids must be comma-separated template ids") from None
        self.set_header("Content-Disposition", 'attachment; filename="display-templates.json"')
        self.reply(await self.tenant(lambda conn: templates.export_templates(conn, ids)))


class TemplateImportHandler(JsonHandler):
    max_body_bytes = 32 * MB          # templates with their images, each image checked as an upload is

    async def post(self) -> None:
        document, user = self.body_json(), self.identity.user_id
        created = await self.tenant(lambda conn: templates.import_templates(conn, document, user))
        self.reply({"success": True, "templates": created}, 201)


class ImageUploadHandler(JsonHandler):
    """``POST /api/images``: the raw file (or a multipart ``file`` field), checked, optimised and stored; its
    ``image_id`` is what a template definition names (with the optimised ``data_url`` for previews)."""

    max_body_bytes = MAX_UPLOAD_BYTES + 2 * MB    # room for multipart framing; the file itself is checked after

    async def post(self) -> None:
        body = self.body()
        files = self.request.files.get("file")
        data, user = (files[0].body if files else body), self.identity.user_id
        image_id, url = await self.tenant(lambda conn: upload_image(conn, data, user))
        self.reply({"success": True, "image_id": image_id, "data_url": url, "bytes": len(url)})


def _int(body: dict, key: str, required: bool = False) -> int | None:
    value = body.get(key)
    if value is None:
        if required:
            raise ApiError(400, f"{key} is required")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(400, f"{key} must be a whole number")
    return whole_number(key, value)


def _hours(value: object) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_HOURS:
        raise ApiError(400, f"hours must be a number from 0 to {MAX_HOURS:g}")
    return timedelta(hours=value)


def api_routes(ctx: WebContext) -> list[tuple]:
    routes = [
        (r"/health", HealthHandler),
        (r"/api/timing/database-status", DatabaseStatusHandler),
        (r"/api/timing/stats", StatsHandler),
        (r"/api/timing/recent-reads", RecentReadsHandler),
        (r"/api/timing/sessions", SessionsHandler),
        (r"/api/timing/results", LiveResultsHandler),
        (r"/api/chronotrack/sessions", SessionsHandler),
        (r"/api/display/generate-url", GenerateUrlHandler),
        (r"/api/providers/([a-z0-9_-]{1,40})/events", ProviderEventsHandler),
        (r"/api/displays", DisplaysHandler),
        (r"/api/displays/([A-Za-z0-9]{8})/(revoke|extend)", DisplayActionHandler),
        (r"/api/templates", TemplatesHandler),
        (r"/api/templates/export", TemplateExportHandler),
        (r"/api/templates/import", TemplateImportHandler),
        (r"/api/templates/([0-9]{1,18})", TemplateHandler),
        (r"/api/templates/([0-9]{1,18})/versions", TemplateVersionsHandler),
        (r"/api/templates/([0-9]{1,18})/restore", TemplateRestoreHandler),
        (r"/api/templates/([0-9]{1,18})/duplicate", TemplateDuplicateHandler),
        (r"/api/images", ImageUploadHandler),
    ]
    return [(pattern, handler, {"ctx": ctx}) for pattern, handler in routes]
