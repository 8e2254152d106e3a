"""Charts drawn into the self-contained reports with pygal: inline SVG, no script (the
reports' Content-Security-Policy allows none), offline."""

from __future__ import annotations

import re
from typing import Any


def _label(created_at: str) -> str:
    return created_at[:16].replace("T", " ")


def score_chart(trend: Any) -> str:
    """Every site's score per run as an inline SVG line chart; a gap where the measurement
    definition changed."""
    import pygal
    from pygal.style import Style

    labels: list[str] = []
    positions: list[int | None] = []  # run index per x position (None: the break)
    for i, (_, created) in enumerate(trend.runs):
        if i in trend.breaks:
            labels.append("definition changed")
            positions.append(None)
        labels.append(_label(created))
        positions.append(i)
    chart = pygal.Line(
        js=[],
        disable_xml_declaration=True,
        allow_interruptions=True,
        width=900,
        height=320,
        range=(0, 100),
        x_label_rotation=25,
        legend_at_bottom=True,
        truncate_legend=40,
        style=Style(background="transparent", plot_background="#fff", font_family="system-ui"),
        title="Score per run (0–100)",
    )
    chart.x_labels = labels
    for slug, name, role in trend.sites:
        values = [None if p is None else trend.scores[slug][p] for p in positions]
        chart.add(f"{name} (you)" if role == "yours" else name, values)
    svg = chart.render(is_unicode=True)
    return re.sub(r"<script\b.*?</script>", "", svg, flags=re.S)  # no script in the report
