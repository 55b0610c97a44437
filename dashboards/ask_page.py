"""``/ask``: a race director's questions in plain English, answered as a chat — table, chart, explanation,
the SQL behind it (collapsed), and clickable examples built from the company's own events.

The page is a thin view over ``nlq.service``: the same answers as ``p88 ask`` and ``POST /api/v1/nl-query``,
for the company of the logged-in user. The chat log is the session's history.
"""

from __future__ import annotations

import asyncio
import html

import pandas as pd
import panel as pn

from dashboards.auth import COOKIE_NAME
from dashboards.icons import CHAT_BUTTONS, CHAT_MESSAGES
from dashboards.questions_api import question_context
from dashboards.web import WebContext
from nlq import service
from nlq.chart import chart
from nlq.format import cell

ASSISTANT = "Project88"


def answer_view(reply: service.Reply, ask_again) -> pn.Column:
    """One answer as the chat shows it; ``ask_again(question)`` is called when a suggestion is clicked."""
    parts: list = []
    if reply.answered:
        parts.append(pn.pane.Markdown(reply.explanation, css_classes=["p88-explanation"]))
        frame = pd.DataFrame([[cell(c, v) for c, v in zip(reply.columns, row)] for row in reply.rows],
                             columns=reply.columns)
        parts.append(pn.pane.DataFrame(frame, index=False, max_rows=200, sizing_mode="stretch_width",
                                       css_classes=["p88-answer-table"]))
        if (plot := chart(reply)) is not None:
            parts.append(pn.Column(pn.pane.Bokeh(plot), css_classes=["p88-answer-chart"], sizing_mode="stretch_width"))
        more = ", more rows than shown" if reply.truncated else ""
        parts.append(pn.pane.Markdown(
            f"<small>{len(reply.rows)} row(s){more} · answered by the {reply.path} · {reply.intent} · confidence "
            f"{reply.confidence:.2f} · {reply.elapsed_ms:.0f} ms<br>understood as: "
            f"{html.escape(reply.understood)}</small>"))
        parts.append(pn.Card(pn.pane.Markdown(f"```sql\n{reply.sql}\n```"), title="SQL", collapsed=True,
                             css_classes=["p88-answer-sql"], sizing_mode="stretch_width"))
    if reply.notice:
        parts.append(pn.pane.Alert(reply.notice, alert_type="warning", css_classes=["p88-answer-notice"]))
    if reply.suggestions:
        parts.append(pn.pane.Markdown("Try one of these:"))
        parts.extend(_question_button(s, ask_again) for s in reply.suggestions)
    return pn.Column(*parts, sizing_mode="stretch_width")


def _question_button(question: str, ask_again) -> pn.widgets.Button:
    button = pn.widgets.Button(name=question, button_type="light", css_classes=["p88-example"])
    button.on_click(lambda _: ask_again(question))
    return button


def ask_app(ctx: WebContext) -> pn.viewable.Viewable:
    identity = ctx.identity_from_cookie(pn.state.cookies.get(COOKIE_NAME))
    if identity is None:
        return pn.pane.HTML("<p>Your session has ended. <a href='/login?next=/ask'>Log in again</a>.</p>")
    qctx = question_context(ctx, identity.partner_id)

    async def respond(question: str, user: str, instance: pn.chat.ChatInterface):
        reply = await asyncio.get_running_loop().run_in_executor(None, service.ask, question, qctx)
        return pn.chat.ChatMessage(answer_view(reply, send), user=ASSISTANT)

    chat = pn.chat.ChatInterface(callback=respond, user=identity.email or "you", show_rerun=False,
                                 show_undo=False, callback_exception="summary", sizing_mode="stretch_both",
                                 css_classes=["p88-chat"], button_properties=CHAT_BUTTONS,  # SVG: no CDN
                                 message_params=CHAT_MESSAGES)

    def send(question: str) -> None:
        chat.send(question, user=identity.email or "you", respond=True)

    examples = [_question_button(q, send) for q in service.examples(qctx)]
    header = pn.pane.HTML(f"<b>Project88 questions</b> — asking for {html.escape(qctx.tenant)} · "
                          "<a href='/builder'>Builder</a> · <a href='/logout'>Log out</a>")
    return pn.Row(
        pn.Column(header, pn.pane.Markdown("Examples from your own events:"), *examples, width=360),
        chat, sizing_mode="stretch_both", min_height=700)
