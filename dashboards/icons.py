"""Icons drawn as inline SVG, so that no page needs the internet for them.

A Panel widget given an icon *name* renders a Bokeh ``TablerIcon``, whose stylesheet and font BokehJS loads
from a public CDN (there is no setting to serve them locally): offline the icon is blank, and every page
view calls out. An icon given as SVG is drawn from the page itself. Paths from Tabler Icons (MIT licence).
"""

from __future__ import annotations

_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" '
        'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{}</svg>')


def _svg(*paths: str) -> str:
    return _SVG.format("".join(f'<path d="{d}"/>' for d in paths))


SEND = _svg("M10 14l11 -11", "M21 3l-6.5 18a.55 .55 0 0 1 -1 0l-3.5 -7l-7 -3.5a.55 .55 0 0 1 0 -1l18 -6.5")
STOP = _svg("M5 7a2 2 0 0 1 2 -2h10a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2z")
REPEAT = _svg("M4 12v-3a3 3 0 0 1 3 -3h13m-3 -3l3 3l-3 3", "M20 12v3a3 3 0 0 1 -3 3h-13m3 3l-3 -3l3 -3")
UNDO = _svg("M9 14l-4 -4l4 -4", "M5 10h11a4 4 0 1 1 0 8h-1")
TRASH = _svg("M4 7l16 0", "M10 11l0 6", "M14 11l0 6", "M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2 -2l1 -12",
             "M9 7v-3a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v3")

# ``pn.chat.ChatInterface(button_properties=CHAT_BUTTONS)``: its five buttons, same actions, SVG icons
CHAT_BUTTONS = {"send": {"icon": SEND}, "stop": {"icon": STOP}, "rerun": {"icon": REPEAT},
                "undo": {"icon": UNDO}, "clear": {"icon": TRASH}}
# ``message_params``: no reaction icons (a heart per answer, drawn by name otherwise)
CHAT_MESSAGES = {"reaction_icons": {}, "show_reaction_icons": False}
