"""Render a run as ``scorecard.html`` (self-contained, offline), ``scorecard.md`` and
``results.csv``. Templates autoescape everything: page text is untrusted."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import jinja2

from benchmark.report.charts import clicks_chart, score_chart, time_chart
from benchmark.report.context import build_context
from benchmark.score.scorecard import Scorecard
from benchmark.store.rundir import write_atomic

TEMPLATES = Path(__file__).parent / "templates"
CSV_FIELDS = [
    "run_id",
    "site",
    "role",
    "device",
    "scenario",
    "verdict",
    "score",
    "clicks",
    "page_loads",
    "backtracks",
    "searches",
    "estimated_time_s",
    "measured_time_s",
    "final_url",
    "heading",
    "snippet",
    "first_click",
    "first_click_on_path",
    "language",
    "reason",
]


def template_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "j2"), default_for_string=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["seconds"] = lambda v: "—" if v is None else f"{v:.1f} s"
    env.filters["score"] = lambda v: "—" if v is None else f"{round(v * 100):d}"
    env.filters["md"] = _md_cell
    env.filters["yesno"] = shown_value
    env.filters["heat"] = heat
    env.filters["ci"] = _interval
    return env


def heat(score: float | None) -> str:
    """A score's colour on the overview: red (0) through amber to green (1); grey for none."""
    if score is None:
        return "#f2f4f7"
    return f"hsl({round(120 * max(0.0, min(1.0, score)))}, 70%, 84%)"


def shown_value(value: object) -> object:
    """Booleans read as yes/no, everything else as it is."""
    if value is True or value is False:
        return "yes" if value else "no"
    return value


def _interval(interval: object, fmt: str = "%.1f", scale: float = 1.0) -> str:
    """ "[low–high]" of a 95% interval, or why there is none (one tester cannot give one)."""
    low, high = getattr(interval, "low", None), getattr(interval, "high", None)
    if low is None or high is None:
        return f"[interval not estimable, n={getattr(interval, 'n', 0)}]"
    return f"[{fmt % (low * scale)}–{fmt % (high * scale)}]"


def _md_cell(text: object) -> str:
    """Text safe inside a Markdown table cell: no pipes, no raw HTML, one line."""
    value = " ".join(str(text).split())
    for char, escaped in (
        ("\\", "\\\\"),
        ("|", "\\|"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("`", "\\`"),
        ("*", "\\*"),
        ("_", "\\_"),
        ("[", "\\["),
        ("]", "\\]"),
    ):
        value = value.replace(char, escaped)
    return value


def render_html(card: Scorecard, trend: Any = None) -> str:
    """The scorecard; with the benchmark's `trend` (`compare.trends.Trend`), its "Over time"
    section too."""
    first = card.run.devices[0] if card.run.devices else None
    extra = {
        "trend": trend,
        "trend_svg": score_chart(trend) + clicks_chart(trend) if trend else "",
        "time_svg": time_chart(card, first) if first else "",
    }
    return template_env().get_template("scorecard.html.j2").render(**build_context(card), **extra)


def render_markdown(card: Scorecard, trend: Any = None) -> str:
    env = template_env()
    env.autoescape = False
    return env.get_template("scorecard.md.j2").render(**build_context(card), trend=trend)


def render_trend(trend: Any) -> str:
    """A benchmark's trend on its own page (``supportbench history --trend``)."""
    page = template_env().get_template("trends.html.j2")
    return page.render(trend=trend, trend_svg=score_chart(trend) + clicks_chart(trend))


def render_csv(card: Scorecard) -> str:
    run = card.run
    out = io.StringIO()
    writer = _SafeWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for sr in run.site_runs:
        for r in sr.results:
            fc = r.first_click
            writer.writerow(
                {
                    "run_id": run.run_id,
                    "site": sr.site,
                    "role": sr.role,
                    "device": sr.device,
                    "scenario": r.scenario_id,
                    "verdict": r.verdict,
                    "score": cell.score
                    if (cell := card.cell(sr.slug, sr.device, r.scenario_id))
                    else None,
                    "clicks": r.clicks,
                    "page_loads": r.page_loads,
                    "backtracks": r.backtracks,
                    "searches": r.searches,
                    "estimated_time_s": r.estimated_time_s,
                    "measured_time_s": r.measured_time_s,
                    "final_url": r.evidence.final_url,
                    "heading": r.evidence.heading,
                    "snippet": r.evidence.snippet,
                    "first_click": fc.label if fc else None,
                    "first_click_on_path": fc.on_success_path if fc else None,
                    "language": r.language,
                    "reason": r.reason,
                }
            )
        if not sr.results and sr.error:
            writer.writerow(
                {
                    "run_id": run.run_id,
                    "site": sr.site,
                    "role": sr.role,
                    "device": sr.device,
                    "verdict": "error",
                    "reason": sr.error,
                }
            )
    return out.getvalue()


class _SafeWriter(csv.DictWriter):
    """Every text cell is guarded, whatever the column: page text (titles, URLs, labels)
    must not become a spreadsheet formula when the CSV is opened."""

    def writerow(self, rowdict):  # type: ignore[no-untyped-def,override]
        return super().writerow({k: csv_safe(v) for k, v in rowdict.items()})


def csv_text(fieldnames: list[str], rows: list[dict[str, object]]) -> str:
    """A CSV file's text with every text cell guarded (see `_SafeWriter`)."""
    out = io.StringIO()
    writer = _SafeWriter(out, fieldnames=fieldnames, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def csv_safe(value: object) -> object:
    """Text starting with a formula character gets a leading apostrophe (OWASP advice)."""
    if isinstance(value, str) and value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def write_reports(card: Scorecard, run_dir: Path, trend: Any = None) -> dict[str, Path]:
    """Write every format from one analysed scorecard (and the benchmark's trend, if any)."""
    outputs = {
        "html": run_dir / "scorecard.html",
        "md": run_dir / "scorecard.md",
        "csv": run_dir / "results.csv",
    }
    write_atomic(outputs["html"], render_html(card, trend))
    write_atomic(outputs["md"], render_markdown(card, trend))
    write_atomic(outputs["csv"], render_csv(card))
    return outputs
