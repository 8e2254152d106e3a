"""Each site's score over the runs of a benchmark, and each cell's result over time, from the
history: the leaderboard over time and the charts drawn into the scorecard (pygal, inline SVG,
no script). Lines break where the measurement definition changed: points on either side of
the break were not measured the same way."""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmark.compare.classify import FOUND
from benchmark.compare.compare import recorded_cells
from benchmark.store.history import History

MAX_RUNS = 20


@dataclass
class Trend:
    benchmark: str
    runs: list[tuple[str, str]]  # (run id, created at), oldest first
    sites: list[tuple[str, str, str]]  # (slug, name, role)
    scores: dict[str, list[float | None]]  # slug → score 0–100 per run (None: not measured)
    breaks: list[int] = field(default_factory=list)  # runs measured unlike the one before
    cells: list[tuple[str, str, str, list[str]]] = field(default_factory=list)  # your cells
    clicks: dict[str, list[int | None]] = field(default_factory=dict)  # "task (device)" → clicks

    @property
    def leaders(self) -> list[tuple[str, float | None]]:
        """Sites by their latest score, best first (the leaderboard as it stands)."""
        latest = [(name, self.scores[slug][-1]) for slug, name, _ in self.sites]
        return sorted(latest, key=lambda x: -(x[1] if x[1] is not None else -1))


def load_trend(
    history: History, benchmark: str, limit: int = MAX_RUNS, until: str | None = None
) -> Trend | None:
    """The trend of a benchmark's last `limit` runs (up to the run `until`, if given); None
    with fewer than two runs."""
    runs = [r for r in history.runs() if r["name"] == benchmark]
    if until is not None:
        ids = [r["run_id"] for r in runs]
        runs = runs[: ids.index(until) + 1] if until in ids else runs
    runs = runs[-limit:]
    if len(runs) < 2:
        return None
    trend = Trend(benchmark, [(str(r["run_id"]), str(r["created_at"])) for r in runs], [], {})
    seen: dict[str, tuple[str, str]] = {}
    per_run = [recorded_cells(history, run_id) for run_id, _ in trend.runs]
    for run_id, _ in trend.runs:  # a site that failed has no cells, but is in the race
        for sr in history.site_runs(run_id):
            seen.setdefault(str(sr["slug"]), (str(sr["site"]), str(sr["role"])))
    trend.sites = [(slug, name, role) for slug, (name, role) in seen.items()]
    trend.sites.sort(key=lambda s: (s[2] != "yours", s[1]))
    for slug, _, _ in trend.sites:
        series: list[float | None] = []
        for cells in per_run:
            scores = [c.score for c in cells.values() if c.slug == slug and c.score is not None]
            series.append(round(100 * sum(scores) / len(scores), 1) if scores else None)
        trend.scores[slug] = series
    for i in range(1, len(per_run)):
        before = {k: c.definition for k, c in per_run[i - 1].items()}
        after = {k: c.definition for k, c in per_run[i].items()}
        shared = before.keys() & after.keys()
        if not shared or any(before[k] != after[k] for k in shared):
            trend.breaks.append(i)
    keys = [k for k, c in per_run[-1].items() if c.role == "yours"]
    for key in keys:
        marks = []
        for cells in per_run:
            c = cells.get(key)
            if c is None:
                marks.append("–")
            elif c.verdict == "error" or c.error:
                marks.append("error")
            elif c.verdict in FOUND:
                marks.append(f"✔ {c.clicks}")
            else:
                marks.append("✘")
        last = per_run[-1][key]
        trend.cells.append((last.site, last.device, last.scenario, marks))
        trend.clicks[f"{last.scenario} ({last.device})"] = [
            c.clicks if (c := cells.get(key)) is not None and c.verdict in FOUND else None
            for cells in per_run
        ]
    return trend
