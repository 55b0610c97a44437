"""The QR code element a display can carry: the public live-results page's address as inline SVG.

Made here with ``segno`` (pure Python, offline): a kiosk on the finish-line network has no internet, so no
CDN or QR service may be involved. Pure functions.
"""

from __future__ import annotations

from html import escape
from typing import Any

import segno

from dashboards.definition import STAGE_HEIGHT, STAGE_WIDTH


def qr_svg(text: str) -> str:
    """``text`` as an SVG QR code (medium error correction, sized by its container, white quiet zone)."""
    return segno.make_qr(text, error="m").svg_inline(omitsize=True, border=2, light="#ffffff")


def qr_element(spec: dict[str, Any] | None, url: str) -> str:
    """Stage HTML placing the QR code of ``url`` at ``spec`` ({"x", "y", "size"}: its centre and side in
    stage pixels); empty when the template has no QR code or the address is unknown."""
    if spec is None or not url:
        return ""
    left, top = spec["x"] / STAGE_WIDTH * 100, spec["y"] / STAGE_HEIGHT * 100
    side = spec["size"] / STAGE_HEIGHT * 100
    return (f'<a class="el p88-qr" href="{escape(url)}" data-url="{escape(url)}" style="left:{left:.3f}%;'
            f'top:{top:.3f}%;width:{side:.3f}cqh;height:{side:.3f}cqh;transform:translate(-50%,-50%);'
            f'display:block">{qr_svg(url)}</a>')
