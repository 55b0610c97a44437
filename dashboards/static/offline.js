// Loaded on every Panel page (dashboards/offline.py). BokehJS fetches the stylesheet of a Tabler icon (an icon
// given by name) from a public CDN; point it at ours instead, which is empty: such an icon stays blank rather
// than call out. Every icon our pages show is inline SVG (dashboards/icons.py).
Bokeh.require("models/ui/icons/tabler_icon").TablerIconView._url = "/p88-static/tabler";
