"""Pages that work with no internet: every script, stylesheet and font comes from this server.

BokehJS and Panel's resources are served by the Bokeh server in its default ``server`` resource mode, but two
things still point at public CDNs:

- Panel builds component stylesheet addresses on its CDN first and rewrites them to the local copy when a
  page is rendered; models made outside that moment keep the CDN address (seen intermittently on the
  builder). ``before_panel_import`` makes Panel's "CDN" this server itself, which serves Panel's ``dist/``.
- BokehJS loads the stylesheet of a Tabler icon (an icon given by name) from a CDN. ``offline.js``, added to
  every Panel page, points it at an empty stylesheet here; the icons we show are SVG (``dashboards.icons``).

The display fonts (``dashboards.fonts``) are ours too: every Panel page links ``fonts.css`` in its document
head (``@font-face`` rules do not apply inside the shadow roots Panel renders components in).

``tests/test_offline.py`` opens every page with every other address blocked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tornado.web import StaticFileHandler

STATIC = Path(__file__).resolve().parent / "static"
PREFIX = "/p88-static/"
PANEL_DIST_PREFIX = "/p88-panel/"  # Panel appends "<version>/dist/" to its CDN root


def before_panel_import() -> None:
    """Make Panel's CDN address this server (Panel reads PANEL_CDN_ROOT once, when it is first imported)."""
    if "panel" in sys.modules:
        raise RuntimeError("dashboards.offline.before_panel_import() must run before panel is imported")
    os.environ["PANEL_CDN_ROOT"] = PANEL_DIST_PREFIX


def serve_locally() -> list[tuple]:
    """Add ``offline.js`` and the display fonts to every Panel page; the routes serving them, the empty Tabler
    stylesheet and Panel's dist."""
    import panel as pn
    from panel.io.resources import DIST_DIR

    pn.config.js_files = {**pn.config.js_files, "p88_offline": f"{PREFIX}offline.js"}
    pn.config.css_files = [*pn.config.css_files, f"{PREFIX}fonts/fonts.css"]   # dashboards.fonts
    return [(rf"{PANEL_DIST_PREFIX}[^/]+/dist/(.*)", StaticFileHandler, {"path": str(DIST_DIR)}),
            (rf"{PREFIX}(.*)", StaticFileHandler, {"path": str(STATIC)})]
