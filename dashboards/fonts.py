"""The fonts a display really renders, and nothing else: the builder offers exactly ``FONTS``.

Five open-licensed families (SIL OFL, from the @fontsource npm packages; licences beside the files) ship in
``static/fonts`` and are served by our own server through ``fonts.css`` — so a TV with no internet and no
such font installed still shows them. The three safe families are on every Windows and macOS machine and
have metric-compatible stand-ins (Liberation) on Linux. Every stack ends in a generic family, so a missing
font degrades to a look-alike rather than to a browser's serif default.
"""

from __future__ import annotations

DEFAULT_FONT = "Arial"
SHIPPED = {  # family -> its file in static/fonts (latin subset, regular weight)
    "Anton": "anton.woff2",
    "Bebas Neue": "bebas-neue.woff2",
    "Oswald": "oswald.woff2",
    "Roboto": "roboto.woff2",
    "Roboto Condensed": "roboto-condensed.woff2",
}
SAFE = {"Arial": "sans-serif", "Times New Roman": "serif", "Courier New": "monospace"}   # family -> generic
FONTS = (*SAFE, *SHIPPED)


def font_stack(family: str) -> str:
    """The CSS ``font-family`` value for one of ``FONTS``: the family, then its generic fallback."""
    return f"'{family}', {SAFE.get(family, 'sans-serif')}"


def known_font(family: object) -> str | None:
    """``family`` if displays render it, else None (old templates named any font; they show the default)."""
    return family if isinstance(family, str) and family in FONTS else None
