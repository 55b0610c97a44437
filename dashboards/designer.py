"""The builder's drag-and-drop designer: the 1920x1080 preview where elements are moved and sized by dragging.

The preview is the stage HTML a display renders (``dashboards.stage``), so what is dragged is what screens
show. Each active element carries ``data-index`` (its row in the builder's element table); dragging it moves
it, dragging its corner grip changes its size. While a drag goes on, the new numbers are sent to Python a
few times a second (``moved``), where the builder writes them into the table — so the numbers update as you
drag and stay editable. Plain JavaScript in this file: no bundle, no network.
"""

from __future__ import annotations

from typing import Any

import param
from panel.custom import JSComponent

from dashboards.definition import STAGE_HEIGHT, STAGE_WIDTH

MIN_SIZE, MAX_SIZE = 8, 400          # what definition.validate accepts for an element's size

_CSS = """
.p88-stage .el.p88-drag{cursor:move;outline:1px dashed rgba(255,255,255,.45);touch-action:none}
.p88-stage .el.p88-drag:hover,.p88-stage .el.p88-dragging{outline:2px solid #4dabf7}
.p88-grip{position:absolute;right:-7px;bottom:-7px;width:12px;height:12px;background:#fff;
  border:1px solid #1c7ed6;cursor:nwse-resize;touch-action:none}
"""

_ESM = f"""
const W = {STAGE_WIDTH}, H = {STAGE_HEIGHT}, MIN = {MIN_SIZE}, MAX = {MAX_SIZE}, SEND_MS = 80;
const clamp = (v, lo, hi) => Math.round(Math.min(hi, Math.max(lo, v)));

export function render({{ model, el }}) {{
  const box = document.createElement("div");
  box.className = "p88-designer";
  el.appendChild(box);
  let drag = null, stale = false, lastSent = 0;

  function paint() {{
    if (drag) {{ stale = true; return; }}       // repainting would drop the element under the pointer
    stale = false;
    box.innerHTML = model.html;
    if (!model.editable) return;
    for (const node of box.querySelectorAll(".p88-stage .el[data-index]")) {{
      node.classList.add("p88-drag");
      const grip = document.createElement("span");
      grip.className = "p88-grip";
      node.appendChild(grip);
    }}
  }}

  function send(final) {{
    const now = Date.now();
    if (!final && now - lastSent < SEND_MS) return;
    lastSent = now;
    model.moved = {{index: drag.index, x: drag.x, y: drag.y, size: drag.size}};
  }}

  box.addEventListener("pointerdown", (event) => {{
    const node = event.target.closest(".el[data-index]");
    const row = node && model.positions[Number(node.dataset.index)];
    if (!model.editable || !row) return;
    event.preventDefault();
    const stage = box.querySelector(".p88-stage").getBoundingClientRect();
    drag = {{node, index: Number(node.dataset.index), resize: event.target.classList.contains("p88-grip"),
             px: event.clientX, py: event.clientY, scale: W / stage.width, start: row, ...row}};
    node.classList.add("p88-dragging");
    box.setPointerCapture(event.pointerId);
  }});

  box.addEventListener("pointermove", (event) => {{
    if (!drag) return;
    const dx = (event.clientX - drag.px) * drag.scale, dy = (event.clientY - drag.py) * drag.scale;
    if (drag.resize) {{
      drag.size = clamp(drag.start.size + dy, MIN, MAX);
      drag.node.style.fontSize = (drag.size / H * 100).toFixed(3) + "cqh";
    }} else {{
      drag.x = clamp(drag.start.x + dx, 0, W);
      drag.y = clamp(drag.start.y + dy, 0, H);
      drag.node.style.left = (drag.x / W * 100).toFixed(3) + "%";
      drag.node.style.top = (drag.y / H * 100).toFixed(3) + "%";
    }}
    send(false);
  }});

  function drop(event) {{
    if (!drag) return;
    send(true);
    drag.node.classList.remove("p88-dragging");
    drag = null;
    if (box.hasPointerCapture(event.pointerId)) box.releasePointerCapture(event.pointerId);
    if (stale) paint();
  }}
  box.addEventListener("pointerup", drop);
  box.addEventListener("pointercancel", drop);

  model.on("html", paint);
  model.on("editable", paint);
  paint();
}}
"""


class StageDesigner(JSComponent):
    """The preview stage with draggable elements; watch ``moved`` for the numbers a drag produced."""

    html = param.String(default="", doc="The stage HTML to show (stage.render_active / render_resting).")
    positions = param.List(default=[], doc="Each element's {x, y, size} in stage pixels, by data-index.")
    editable = param.Boolean(default=True, doc="Whether elements can be dragged (not on the resting state).")
    moved = param.Dict(default={}, doc="The latest drag: {index, x, y, size} in stage pixels.")

    _esm = _ESM
    _stylesheets = [_CSS]


def positions(elements: list[dict[str, Any]]) -> list[dict[str, int]]:
    """What the designer needs of each element to drag it: its place and size in stage pixels."""
    return [{"x": int(e["x"]), "y": int(e["y"]), "size": int(e["size"])} for e in elements]


def apply_move(elements: list[dict[str, Any]], moved: dict[str, Any]) -> dict[str, int] | None:
    """The changed numbers of the element a drag moved (x, y, size, within the stage and the size limits),
    or None when the drag names no element of ``elements`` or changes nothing."""
    index = moved.get("index")
    if not isinstance(index, int) or not 0 <= index < len(elements):
        return None
    limits = {"x": (0, STAGE_WIDTH), "y": (0, STAGE_HEIGHT), "size": (MIN_SIZE, MAX_SIZE)}
    changed = {}
    for key, (low, high) in limits.items():
        value = moved.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = int(min(high, max(low, round(value))))
            if value != elements[index][key]:
                changed[key] = value
    return changed or None
