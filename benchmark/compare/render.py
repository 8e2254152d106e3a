"""A comparison as HTML (self-contained, the scorecard's look), Markdown (for a pull request
or a chat message) and JSON (versioned), from one model. Page text is escaped everywhere."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmark.compare.classify import MARKS
from benchmark.compare.compare import Comparison, Row
from benchmark.report.render import template_env
from benchmark.store.rundir import write_atomic

BAD, GOOD = "!+", "-*"


def sentence(row: Row) -> str:
    """ "Tienda Sol (desktop): live-chat fixed – not offered → found" """
    where = f"{row.site} ({row.device})" if row.device else row.site
    what = row.subject if row.kind == "cell" else f"{row.kind} {row.subject}"
    return f"{where}: {what} {MARKS[row.mark]} – {row.why or f'{row.before} → {row.after}'}"


def headline(rows: list[Row]) -> str:
    counts = Counter(r.mark for r in rows)
    parts = [f"{counts[m]} {MARKS[m]}" for m in "!+-*~" if counts[m]]
    return ", ".join(parts) if parts else "no change"


def mark_class(mark: str) -> str:
    if mark in BAD:
        return "mark-bad"
    if mark in GOOD:
        return "mark-good"
    return "mark-x" if mark in "x~" else "mark-same"


def _context(c: Comparison) -> dict[str, object]:
    hidden = [r for r in c.rows if r.mark == "x"]
    reasons = Counter(r.why for r in hidden)
    return {
        "c": c,
        "yours_flagged": [r for r in c.yours if r.mark not in "=x"],
        "not_comparable": len(hidden),
        "not_comparable_why": "; ".join(f"{why} ({n})" for why, n in reasons.most_common()),
        "marks": MARKS,
        "sentence": sentence,
        "headline": headline,
        "mark_class": mark_class,
    }


def render_comparison(c: Comparison) -> dict[str, str]:
    env = template_env()
    html = env.get_template("compare.html.j2").render(**_context(c))
    env.autoescape = False
    md = env.get_template("compare.md.j2").render(**_context(c))
    return {"html": html, "md": md, "json": c.to_json()}


def write_comparison(c: Comparison, folder: Path) -> dict[str, Path]:
    """compare-<earlier run>.{html,md,json} in the later run's folder."""
    written = {}
    for kind, text in render_comparison(c).items():
        path = folder / f"compare-{c.before.run_id}.{kind}"
        write_atomic(path, text)
        written[kind] = path
    return written
