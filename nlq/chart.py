"""A Bokeh chart for answers that are a numeric series (finishers per year, median time by age group)."""

from __future__ import annotations

from bokeh.models import ColumnDataSource, HoverTool
from bokeh.plotting import figure

from nlq.format import cell, clock, is_duration
from nlq.service import Reply


def chart(reply: Reply) -> figure | None:
    """Bars of the reply's y column over its x column, or None when the answer is not a series."""
    if not reply.chart or not reply.rows:
        return None
    x, y = reply.chart["x"], reply.chart["y"]
    xi, yi = reply.columns.index(x), reply.columns.index(y)
    points = [(cell(x, row[xi]), row[yi]) for row in reply.rows if row[yi] is not None]
    if not points:
        return None
    labels = [label for label, _ in points]
    values = [float(value) / 60 if is_duration(y) else float(value) for _, value in points]
    source = ColumnDataSource({"x": labels, "y": values,
                               "shown": [clock(v) if is_duration(y) else f"{v:,.0f}" for _, v in points]})
    unit = " (minutes)" if is_duration(y) else ""
    plot = figure(x_range=labels, height=300, sizing_mode="stretch_width", toolbar_location=None,
                  title=f"{y.replace('_', ' ')}{unit} by {x.replace('_', ' ')}")
    plot.vbar(x="x", top="y", width=0.8, source=source, color="#2b6cb0")
    plot.add_tools(HoverTool(tooltips=[(x, "@x"), (y, "@shown")]))
    plot.y_range.start = 0
    plot.xaxis.major_label_orientation = 0.8 if len(labels) > 8 else 0
    return plot
