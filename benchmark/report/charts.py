"""Charts drawn into the self-contained reports with pygal: inline SVG, no script (the
reports' Content-Security-Policy allows none), offline."""

from __future__ import annotations

import re
from typing import Any


def _inline(chart: Any) -> str:
    """The chart's SVG without its configuration script (the reports run no script)."""
    return re.sub(r"<script\b.*?</script>", "", chart.render(is_unicode=True), flags=re.S)


def _label(created_at: str) -> str:
    return created_at[:16].replace("T", " ")


def _positions(trend: Any) -> tuple[list[str], list[int | None]]:
    """X labels, and the run each stands for (None: the gap where the definition changed)."""
    labels: list[str] = []
    positions: list[int | None] = []
    for i, (_, created) in enumerate(trend.runs):
        if i in trend.breaks:
            labels.append("definition changed")
            positions.append(None)
        labels.append(_label(created))
        positions.append(i)
    return labels, positions


def _over_runs(trend: Any, title: str, **options: Any) -> tuple[Any, list[int | None]]:
    """A line chart with one x position per run (and a gap where the definition changed)."""
    import pygal
    from pygal.style import Style

    labels, positions = _positions(trend)
    chart = pygal.Line(
        js=[],
        disable_xml_declaration=True,
        allow_interruptions=True,
        width=900,
        height=320,
        x_label_rotation=25,
        legend_at_bottom=True,
        truncate_legend=40,
        style=Style(background="transparent", plot_background="#fff", font_family="system-ui"),
        title=title,
        **options,
    )
    chart.x_labels = labels
    return chart, positions


def clicks_chart(trend: Any) -> str:
    """Your store's clicks per task over the runs; a gap where the task was not found or the
    measurement definition changed."""
    if not trend.clicks:
        return ""
    chart, positions = _over_runs(
        trend, "Your store: clicks to the answer per run (gap: not found)"
    )
    for task, series in trend.clicks.items():
        chart.add(task, [None if p is None else series[p] for p in positions])
    return _inline(chart)


def score_chart(trend: Any) -> str:
    """Every site's score per run as an inline SVG line chart; a gap where the measurement
    definition changed."""
    chart, positions = _over_runs(trend, "Score per run (0–100)", range=(0, 100))
    for slug, name, role in trend.sites:
        values = [None if p is None else trend.scores[slug][p] for p in positions]
        chart.add(f"{name} (you)" if role == "yours" else name, values)
    return _inline(chart)


def time_chart(card: Any, device: str) -> str:
    """Estimated time per task on one device: your store beside the fastest competitor that
    found the answer (a missing bar: not found)."""
    import pygal
    from pygal.style import Style

    run = card.run
    yours = next((s for s in run.sites if s.role == "yours"), None)
    if yours is None:
        return ""
    chart = pygal.HorizontalBar(
        js=[],
        disable_xml_declaration=True,
        width=900,
        height=170 + 44 * len(run.scenarios),
        legend_at_bottom=True,
        print_values=False,
        style=Style(background="transparent", plot_background="#fff", font_family="system-ui"),
        title=f"Estimated time per task, seconds ({device})",
    )
    chart.x_labels = [s.title for s in run.scenarios]

    def seconds(slug: str, scenario: str) -> float | None:
        cell = card.cell(slug, device, scenario)
        result = cell.result if cell is not None else None
        return round(result.estimated_time_s, 1) if result is not None and result.found else None

    mine = [seconds(yours.slug, s.id) for s in run.scenarios]
    best: list[float | None] = []
    for s in run.scenarios:
        times = [t for c in run.sites if c.role != "yours" if (t := seconds(c.slug, s.id))]
        best.append(min(times) if times else None)
    chart.add(f"{yours.name} (you)", mine)
    if len(run.sites) > 1:
        chart.add("fastest competitor", best)
    return _inline(chart)
