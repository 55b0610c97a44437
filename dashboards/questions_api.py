"""The plain-English question API (the original platform's routes): ``POST /api/v1/nl-query``,
``GET /api/v1/nl-examples``, ``POST /api/v1/nl-explain``.

The company always comes from the login cookie or the API token; a body holding anything but the question (a
``tenant``, a ``partner_id``) is refused, so a client never believes it switched company. Answering runs DuckDB
and possibly the model, so it happens off the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from tornado.ioloop import IOLoop

from dashboards.web import ApiError, JsonHandler, WebContext
from nlq import service
from warehouse.database import connect

T = TypeVar("T")


def question_context(ctx: WebContext, partner_id: int) -> service.Context:
    """Who is asking, as the question layer needs it; the slug is read with the owner's connection."""
    with connect(ctx.owner_url) as conn:
        slug = conn.execute("SELECT slug FROM timing_partners WHERE partner_id = %s", (partner_id,)).fetchone()
    if ctx.settings is None:
        raise ApiError(503, "this server was started without settings, so it cannot answer questions")
    return service.Context(partner_id, slug[0] if slug else str(partner_id), ctx.settings.home, ctx.owner_url,
                           ctx.settings)


class QuestionHandler(JsonHandler):
    write_action = "read"       # a question is POSTed but changes nothing: viewers may ask

    async def answer(self, work: Callable[[service.Context], T]) -> T:
        assert self.identity is not None
        partner_id = self.identity.partner_id

        def run() -> T:
            return work(question_context(self.ctx, partner_id))

        return await IOLoop.current().run_in_executor(None, run)

    def question(self) -> str:
        body = self.body_json()   # (any Content-Type: "curl -d" sends JSON as form data)
        if extra := sorted(set(body) - {"question"}):
            raise ApiError(400, f"unknown field(s) {', '.join(extra)}: send only {{\"question\": \"...\"}}; the "
                                "company always comes from your login or token")
        question = body.get("question")
        if not isinstance(question, str) or not question.strip():
            raise ApiError(400, "send {\"question\": \"...\"} with the question in plain English")
        if len(question) > service.MAX_QUESTION:
            raise ApiError(400, f"a question may be at most {service.MAX_QUESTION} characters")
        return question


class NlQueryHandler(QuestionHandler):
    async def post(self) -> None:
        question = self.question()
        reply = await self.answer(lambda ctx: service.ask(question, ctx))
        self.reply({"success": reply.answered, **reply.to_json()})


class NlExplainHandler(QuestionHandler):
    async def post(self) -> None:
        question = self.question()
        found: dict[str, Any] = await self.answer(lambda ctx: service.explain(question, ctx))
        self.reply({"success": found.get("sql") is not None, **found})


class NlExamplesHandler(QuestionHandler):
    async def get(self) -> None:
        examples = await self.answer(service.examples)
        self.reply({"success": True, "examples": examples})


def question_routes(ctx: WebContext) -> list[tuple]:
    return [(route, handler, {"ctx": ctx}) for route, handler in (
        (r"/api/v1/nl-query", NlQueryHandler),
        (r"/api/v1/nl-explain", NlExplainHandler),
        (r"/api/v1/nl-examples", NlExamplesHandler),
    )]
