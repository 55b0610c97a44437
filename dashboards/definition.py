"""What a display template is: a 1920x1080 stage with an active state (a runner) and a resting state.

A definition is plain JSON stored in ``display_template_versions.definition``. ``validate`` is the one gate
every definition passes (builder saves, JSON imports), so a display never renders something malformed.
Images (backgrounds, the logo, sponsors) are ids of uploads in ``display_images`` — checked, re-compressed and stored
once by ``dashboards.images`` — never inline data, so a definition stays within ``MAX_DEFINITION_BYTES``;
``with_image_urls`` puts the images' data URLs in a copy for rendering.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from copy import deepcopy
from datetime import datetime
from typing import Any

from dashboards.fonts import DEFAULT_FONT, known_font
from project88.errors import P88Error

STAGE_WIDTH, STAGE_HEIGHT = 1920, 1080
FIELDS = (
    "name", "first_name", "last_name", "bib", "age", "sex", "age_group", "city", "state", "chip_time",
    "gun_time", "pace", "overall_place", "gender_place", "age_group_place", "time", "message",
)   # "time": the read's clock time (what a pre-race check-in shows)
ALIGNMENTS = ("left", "center", "right")
MODES = ("pre-race", "results")
# single: one runner at a time; latest: the last N crossings; leaderboard: top N per division; clock: race
# clocks or a countdown; slides: single, with the resting rotation (sponsors) moving on between runners;
# announcer: who just crossed an upstream mat with a predicted finish, and a search box (a finish-line laptop)
KINDS = ("single", "latest", "leaderboard", "clock", "slides", "announcer")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_IMAGE_URL = re.compile(r"^data:image/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$")
MAX_ELEMENTS = 40
MAX_MESSAGES = 20
MAX_SPONSORS = 20                    # sponsor images of the resting state, shown one at a time
MAX_DEFINITION_BYTES = 64 * 1024     # as compact JSON; far above what 40 elements and 20 messages need
IMAGE_SLOTS = (("active", "background_image"), ("resting", "background_image"), ("resting", "logo"))
SPONSORS = ("resting", "sponsors")   # a list of image ids: each rotation of the resting state shows the next


class TemplateError(P88Error):
    """A template definition or request the builder cannot accept; the message names the bad part."""


DEFAULT_DEFINITION: dict[str, Any] = {
    "kind": "single",
    "duration_s": 5.0,
    "max_lag_s": 5.0,          # catch-up: no runner waits longer than this to appear (single and slides)
    # min_finishers: the announcer predicts a finish once this many of the race crossed the mat and finished
    "layout": {"rows": 10, "division_s": 8.0, "countdown_to": None, "min_finishers": 1},
    "qr": None,                # {"x", "y", "size"} in stage pixels: a QR code of the public results page
    "active": {
        "background": "#0b1f3a",
        "background_image": None,
        "elements": [
            {"field": "name", "text": "", "font": "Arial", "size": 120, "color": "#ffffff", "align": "center",
             "x": 960, "y": 380},
            {"field": "bib", "text": "", "font": "Arial", "size": 64, "color": "#ffd166", "align": "center",
             "x": 960, "y": 560},
            {"field": "city", "text": "", "font": "Arial", "size": 56, "color": "#cfd8e3", "align": "center",
             "x": 960, "y": 660},
            {"field": "chip_time", "text": "", "font": "Arial", "size": 72, "color": "#ffffff", "align": "center",
             "x": 960, "y": 780},
        ],
    },
    "resting": {
        "background": "#0b1f3a",
        "background_image": None,
        "logo": None,
        "sponsors": [],
        "messages": ["Welcome to the finish line"],
        "rotate_s": 8.0,
        "font": "Arial",
        "size": 88,
        "color": "#ffffff",
    },
}


def default_definition() -> dict[str, Any]:
    return deepcopy(DEFAULT_DEFINITION)


def validate(definition: Any) -> dict[str, Any]:
    """A clean copy of ``definition`` (unknown keys dropped, numbers normalised), or TemplateError saying why.

    Keys left out take the default template's values, so a script may send only what it changes.
    """
    if not isinstance(definition, dict):
        raise TemplateError("a template definition must be a JSON object")
    active = {**DEFAULT_DEFINITION["active"], **_object(definition, "active")}
    resting = {**DEFAULT_DEFINITION["resting"], **_object(definition, "resting")}
    elements = active.get("elements", [])
    if not isinstance(elements, list) or len(elements) > MAX_ELEMENTS:
        raise TemplateError(f"active.elements must be a list of at most {MAX_ELEMENTS} elements")
    messages = resting.get("messages", [])
    if not isinstance(messages, list) or len(messages) > MAX_MESSAGES or not all(isinstance(m, str) for m in messages):
        raise TemplateError(f"resting.messages must be a list of at most {MAX_MESSAGES} strings")
    kind = definition.get("kind", "single")
    if kind not in KINDS:
        raise TemplateError(f"kind must be one of {', '.join(KINDS)} (got {kind!r})")
    layout = {**DEFAULT_DEFINITION["layout"], **_object(definition, "layout")}
    clean = {
        "kind": kind,
        "max_lag_s": _number(definition.get("max_lag_s", DEFAULT_DEFINITION["max_lag_s"]), "max_lag_s", 0.5, 600.0),
        "layout": {
            "rows": _whole(layout["rows"], "layout.rows", 1, 30),
            "division_s": _number(layout["division_s"], "layout.division_s", 1.0, 600.0),
            "countdown_to": _instant(layout["countdown_to"], "layout.countdown_to"),
            "min_finishers": _whole(layout["min_finishers"], "layout.min_finishers", 1, 100),
        },
        "qr": _qr(definition.get("qr")),
        "duration_s": _number(definition.get("duration_s", DEFAULT_DEFINITION["duration_s"]), "duration_s", 0.1, 600.0),
        "active": {
            "background": _color(active.get("background", "#000000"), "active.background"),
            "background_image": _image(active.get("background_image"), "active.background_image"),
            "elements": [_element(e, f"active.elements[{i}]") for i, e in enumerate(elements)],
        },
        "resting": {
            "background": _color(resting.get("background", "#000000"), "resting.background"),
            "background_image": _image(resting.get("background_image"), "resting.background_image"),
            "logo": _image(resting.get("logo"), "resting.logo"),
            "sponsors": _sponsors(resting.get("sponsors", [])),
            "messages": [m[:500] for m in messages],
            "rotate_s": _number(resting.get("rotate_s", 8.0), "resting.rotate_s", 1.0, 3600.0),
            "font": _font(resting.get("font")),
            "size": int(_number(resting.get("size", 88), "resting.size", 8, 400)),
            "color": _color(resting.get("color", "#ffffff"), "resting.color"),
        },
    }
    size = len(json.dumps(clean, ensure_ascii=False, separators=(",", ":")).encode())
    if size > MAX_DEFINITION_BYTES:
        raise TemplateError(f"the definition is {size // 1024} KB as JSON; at most {MAX_DEFINITION_BYTES // 1024} KB "
                            "(images are uploaded separately and referred to by id)")
    return clean


def image_ids(definition: dict[str, Any]) -> set[int]:
    """The uploaded images a (validated) definition refers to."""
    singles = {definition[part][slot] for part, slot in IMAGE_SLOTS if definition[part][slot] is not None}
    return singles | set(definition[SPONSORS[0]][SPONSORS[1]])


def with_image_urls(definition: dict[str, Any], urls: Mapping[int, str]) -> dict[str, Any]:
    """A copy for rendering, each image id replaced by its data URL (None when unknown or not a clean
    image URL: the stage puts it inside a style attribute)."""
    rendered = deepcopy(definition)
    for part, slot in IMAGE_SLOTS:
        url = urls.get(definition[part][slot]) if definition[part][slot] is not None else None
        rendered[part][slot] = url if url is not None and _IMAGE_URL.match(url) else None
    part, slot = SPONSORS
    rendered[part][slot] = [url for i in definition[part][slot] if (url := urls.get(i)) and _IMAGE_URL.match(url)]
    return rendered


def _object(parent: dict, key: str) -> dict:
    value = parent.get(key, {})
    if not isinstance(value, dict):
        raise TemplateError(f"{key} must be a JSON object")
    return value


def _element(element: Any, where: str) -> dict[str, Any]:
    if not isinstance(element, dict):
        raise TemplateError(f"{where} must be a JSON object")
    field = element.get("field")
    if field not in FIELDS:
        raise TemplateError(f"{where}.field must be one of {', '.join(FIELDS)} (got {field!r})")
    align = element.get("align", "center")
    if align not in ALIGNMENTS:
        raise TemplateError(f"{where}.align must be left, center or right")
    text = element.get("text", "")
    if not isinstance(text, str):
        raise TemplateError(f"{where}.text must be a string")
    return {
        "field": field,
        "text": text[:500],
        "font": _font(element.get("font")),
        "size": int(_number(element.get("size", 64), f"{where}.size", 8, 400)),
        "color": _color(element.get("color", "#ffffff"), f"{where}.color"),
        "align": align,
        "x": int(_number(element.get("x", STAGE_WIDTH / 2), f"{where}.x", 0, STAGE_WIDTH)),
        "y": int(_number(element.get("y", STAGE_HEIGHT / 2), f"{where}.y", 0, STAGE_HEIGHT)),
    }


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise TemplateError(f"{where} must be a number from {low:g} to {high:g} (got {value!r})")
    return float(value)


def _whole(value: Any, where: str, low: int, high: int) -> int:
    """A count: 3 or 3.0, never 1.5 quietly cut to 1."""
    number = _number(value, where, low, high)
    if not number.is_integer():
        raise TemplateError(f"{where} must be a whole number from {low} to {high} (got {value!r})")
    return int(number)


def _color(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _COLOR.match(value):
        raise TemplateError(f"{where} must be a colour like #1a2b3c (got {value!r})")
    return value.lower()


def _font(value: Any) -> str:
    # only fonts displays render; a stored template naming another (say Impact) still loads, in the default
    return known_font(value) or DEFAULT_FONT


def unknown_fonts(definition: Any) -> list[str]:
    """The fonts a raw definition names that displays cannot render (``validate`` shows them in the default)."""
    if not isinstance(definition, dict):
        return []
    active, resting = definition.get("active"), definition.get("resting")
    elements = active.get("elements") if isinstance(active, dict) else None
    named = [e.get("font") for e in elements if isinstance(e, dict)] if isinstance(elements, list) else []
    named.append(resting.get("font") if isinstance(resting, dict) else None)
    return sorted({str(f) for f in named if f is not None and known_font(f) is None})


def _instant(value: Any, where: str) -> str | None:
    """An ISO 8601 instant with its UTC offset (a countdown must not depend on the server's time zone)."""
    if value is None:
        return None
    try:
        instant = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        instant = None
    if instant is None or instant.tzinfo is None:
        raise TemplateError(f"{where} must be a date and time with its UTC offset, like 2026-11-26T08:00:00-05:00")
    return instant.isoformat()


def _qr(value: Any) -> dict[str, int] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TemplateError("qr must be a JSON object with x, y and size (stage pixels), or null")
    return {"x": int(_number(value.get("x", STAGE_WIDTH - 180), "qr.x", 0, STAGE_WIDTH)),
            "y": int(_number(value.get("y", STAGE_HEIGHT - 180), "qr.y", 0, STAGE_HEIGHT)),
            "size": int(_number(value.get("size", 240), "qr.size", 80, 1000))}


def _sponsors(value: Any) -> list[int]:
    if not isinstance(value, list) or len(value) > MAX_SPONSORS or None in value:
        raise TemplateError(f"resting.sponsors must be a list of at most {MAX_SPONSORS} uploaded images")
    return [_image(image, f"resting.sponsors[{i}]") for i, image in enumerate(value)]


def _image(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise TemplateError(f"{where} must be an image uploaded through the builder (its image id from "
                            "POST /api/images), not image data")
    return value
