"""The HTML of a display's 1920x1080 stage, scaled to whatever screen shows it.

Positions are stored in stage pixels and rendered as percentages (fonts in ``vh``-like units of the
stage), so one template looks the same on a kiosk TV, a laptop and the builder's preview.
"""

from __future__ import annotations

from html import escape
from typing import Any

from dashboards.definition import STAGE_HEIGHT, STAGE_WIDTH
from dashboards.fonts import font_stack

_TRANSLATE = {"left": "0", "center": "-50%", "right": "-100%"}


def stage_css(height: str = "100vh") -> str:
    """A 16:9 box filling the viewport (letterboxed), so stage coordinates map to percentages."""
    return (
        f".p88-stage{{position:relative;overflow:hidden;width:min(100vw, calc({height} * 16 / 9));"
        f"aspect-ratio:16/9;margin:auto;container-type:size;font-family:Arial,sans-serif}}"
        ".p88-stage .el{position:absolute;white-space:nowrap;line-height:1}"
        ".p88-stage img.logo{position:absolute;left:50%;top:12%;max-width:40%;max-height:35%;transform:translateX(-50%)}"
        # below the message (62%), so logo, message and sponsor all show
        ".p88-stage img.sponsor{position:absolute;left:50%;top:70%;max-width:60%;max-height:26%;transform:translateX(-50%)}"
    )


def render_active(definition: dict[str, Any], values: dict[str, str], state_key: str = "", extra: str = "") -> str:
    """The active state: each element with its label and value (``element_text``); unknown bib: bib + time.
    ``extra`` is trusted stage HTML laid over it (the catch-up list, the QR code)."""
    active = definition["active"]
    if "name" not in values:
        # the roster does not know this bib: its bib and read time only, never invented data
        body = _fallback_html(values)
    else:
        body = "".join(
            _element_html(element, text, element["field"], index)
            for index, element in enumerate(active["elements"])
            if (text := element_text(element, values))
        )
    return _stage(active["background"], active["background_image"], body + extra, "active", state_key)


def render_resting(definition: dict[str, Any], message_index: int = 0, extra: str = "") -> str:
    """The resting state: logo, one of the rotating messages and one of the sponsor images, both chosen by
    ``message_index`` (``extra``: trusted stage HTML over it)."""
    resting = definition["resting"]
    parts = []
    if resting["logo"]:
        parts.append(f'<img class="logo" alt="" src="{escape(resting["logo"])}">')
    if resting["sponsors"]:
        sponsor = resting["sponsors"][message_index % len(resting["sponsors"])]
        parts.append(f'<img class="sponsor" alt="" src="{escape(sponsor)}">')
    if resting["messages"]:
        message = resting["messages"][message_index % len(resting["messages"])]
        style = {"field": "message", "font": resting["font"], "size": resting["size"], "color": resting["color"],
                 "align": "center", "x": STAGE_WIDTH // 2, "y": int(STAGE_HEIGHT * 0.62)}
        parts.append(_element_html(style, message, "message"))
    return _stage(resting["background"], resting["background_image"], "".join(parts) + extra, "resting", "")


def render_board(definition: dict[str, Any], body: str, state: str, state_key: str = "") -> str:
    """A list or clock layout (``dashboards.layouts`` makes the trusted ``body``) on the active background."""
    active = definition["active"]
    return _stage(active["background"], active["background_image"], body, state, state_key)


def render_notice(title: str, detail: str) -> str:
    """A plain stage with a message: what open screens show when their display is revoked or expires."""
    heading = {"font": "Arial", "size": 96, "color": "#eeeeee", "align": "center", "x": STAGE_WIDTH // 2, "y": 460}
    body = {**heading, "size": 48, "y": 600}
    return _stage("#111111", None, _element_html(heading, title, "notice") + _element_html(body, detail, "notice"),
                  "gone", "")


def _stage(color: str, image: str | None, body: str, state: str, state_key: str) -> str:
    background = f"background:{color}"
    if image:
        background += f' url("{image}") center/cover no-repeat'
    # escaped: the image URL sits in quotes inside the attribute, which would otherwise end at them
    return (f'<div class="p88-stage" data-state="{state}" data-key="{escape(state_key)}" style="{escape(background)}">'
            f"{body}</div>")


def element_text(element: dict[str, Any], values: dict[str, str]) -> str:
    """What one active element shows: a message its own text; a field its label and value ("Place 3"),
    or nothing while the value is empty (a label alone would announce a blank)."""
    if element["field"] == "message":
        return element["text"]
    value = values.get(element["field"], "")
    return f"{element['text']} {value}".strip() if value else ""


def _element_html(element: dict[str, Any], text: str, field: str, index: int | None = None) -> str:
    left = element["x"] / STAGE_WIDTH * 100
    top = element["y"] / STAGE_HEIGHT * 100
    size = element["size"] / STAGE_HEIGHT * 100
    style = (f"left:{left:.3f}%;top:{top:.3f}%;transform:translate({_TRANSLATE[element['align']]},-50%);"
             f"font-family:{font_stack(element['font'])};font-size:{size:.3f}cqh;color:{element['color']};"
             f"text-align:{element['align']}")
    where = "" if index is None else f' data-index="{index}"'   # the designer drags elements by their index
    return f'<div class="el" data-field="{field}"{where} style="{escape(style)}">{escape(text)}</div>'


def _fallback_html(values: dict[str, str]) -> str:
    bib = {"field": "bib", "font": "Arial", "size": 160, "color": "#ffffff", "align": "center",
           "x": STAGE_WIDTH // 2, "y": 440}
    clock = {**bib, "field": "time", "size": 80, "y": 640}
    return _element_html(bib, values.get("bib", ""), "bib") + _element_html(clock, values.get("time", ""), "time")
