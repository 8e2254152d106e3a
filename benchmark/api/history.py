"""Reading the history: the runs recorded, comparisons of two runs, and the scheduled check
(run, compare with the last comparable run, update alert states, notify)."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path

from benchmark.api.inputs import DEFAULT_RESULTS_DIR, load_inputs
from benchmark.compare import alerts
from benchmark.compare.classify import FOUND, Mark, Thresholds, classify_cell
from benchmark.compare.compare import (
    DEFAULT_FAIL_ON,
    Comparison,
    RunInfo,
    compare,
    pick_runs,
    recorded_cells,
)
from benchmark.compare.notify import send
from benchmark.compare.render import headline, sentence, write_comparison
from benchmark.compare.trends import Trend, load_trend
from benchmark.errors import CompareError
from benchmark.report.render import render_trend
from benchmark.store.history import HISTORY_FILE, History
from benchmark.store.rundir import slug, write_atomic

NOTIFY_ENV = "SUPPORTBENCH_NOTIFY"  # space-separated Apprise URLs, added to the file's


def _open(results_dir: Path) -> History:
    path = results_dir / HISTORY_FILE
    if not path.exists():
        raise CompareError(f"{path}: no history yet (run a benchmark first)")
    return History(path)


def list_runs(
    results_dir: Path = DEFAULT_RESULTS_DIR,
    benchmark: str | None = None,
    site: str | None = None,
    scenario: str | None = None,
    device: str | None = None,
) -> list[dict[str, object]]:
    """One row per recorded run (oldest first) with its found / not found / error counts over
    the cells that match the filters; runs with no matching cell are left out."""
    history = _open(results_dir)
    try:
        rows = []
        for run in history.runs():
            if benchmark and run["name"] != benchmark:
                continue
            cells = [
                c
                for c in history.cells(str(run["run_id"]))
                if (not site or site in (c["site"], c["slug"]))
                and (not scenario or c["scenario"] == scenario)
                and (not device or c["device"] == device)
            ]
            if not cells and (site or scenario or device):
                continue
            rows.append(
                {
                    "run_id": run["run_id"],
                    "created_at": run["created_at"],
                    "benchmark": run["name"],
                    "status": run["status"],
                    "sites": len({c["slug"] for c in cells}),
                    "spec_hash": run["spec_hash"],
                    "found": sum(c["verdict"] in FOUND for c in cells),
                    "not_found": sum(c["verdict"] in ("not_found", "not_offered") for c in cells),
                    "failed": sum(c["verdict"] == "error" or bool(c["error"]) for c in cells),
                    "comparable": all(c["definition"] for c in cells) if cells else False,
                    "run_dir": run["run_dir"],
                }
            )
        return rows
    finally:
        history.close()


def trend_page(
    results_dir: Path = DEFAULT_RESULTS_DIR, benchmark: str | None = None
) -> tuple[Trend, Path]:
    """A benchmark's trend (every site's score per run, your cells run by run) written as
    ``trends-<benchmark>.html`` beside the run folders. Without a name, the history must hold
    one benchmark only."""
    history = _open(results_dir)
    try:
        names = list(dict.fromkeys(str(r["name"]) for r in history.runs()))
        if benchmark is None:
            if len(names) != 1:
                raise CompareError(
                    f"--trend needs --benchmark, one of: {', '.join(names) or '(none yet)'}"
                )
            benchmark = names[0]
        trend = load_trend(history, benchmark)
    finally:
        history.close()
    if trend is None:
        raise CompareError(f"{benchmark!r} needs two recorded runs for a trend")
    path = results_dir / f"trends-{slug(benchmark)}.html"
    write_atomic(path, render_trend(trend))
    return trend, path


def compare_runs(
    results_dir: Path = DEFAULT_RESULTS_DIR,
    before: str | None = None,
    after: str | None = None,
    baseline: str = "previous",
    fail_on: str = DEFAULT_FAIL_ON,
    thresholds: Thresholds | None = None,
) -> tuple[Comparison, dict[str, Path]]:
    """Compare two runs (see `pick_runs` for the defaults) and write the comparison into
    the later run's folder as HTML, Markdown and JSON."""
    history = _open(results_dir)
    try:
        a, b, warnings = pick_runs(history, before, after, baseline)
        comparison = compare(history, a, b, baseline, warnings, thresholds, fail_on)
    finally:
        history.close()
    return comparison, write_comparison(comparison, Path(b.run_dir))


def check(
    benchmark_path: Path,
    results_dir: Path = DEFAULT_RESULTS_DIR,
    notify: list[str] | None = None,
    fail_on: str = DEFAULT_FAIL_ON,
    run: object = None,
    **run_options: object,
) -> dict[str, object]:
    """What a scheduler calls: run the benchmark, compare with the previous comparable run,
    move your store's cells through their alert states, and send one message when a cell
    starts or stops alerting. `run` is a function to run with (`api.run_benchmark`)."""
    inputs = load_inputs(benchmark_path, run_options.get("scenarios_dir"))  # type: ignore[arg-type]
    settings = inputs.benchmark.spec.alerts
    urls = [*settings.notify, *(notify or []), *os.environ.get(NOTIFY_ENV, "").split()]
    result = run(benchmark_path, results_dir=results_dir, **run_options)  # type: ignore[operator]
    run_id = result.run.run_id
    try:
        comparison, written = compare_runs(results_dir, after=run_id, fail_on=fail_on)
    except CompareError:
        comparison, written = None, {}  # the first run: nothing to compare with yet
    events = _update_alerts(results_dir, inputs.benchmark.spec.name, run_id, settings, result.run)
    if events and urls:
        send(urls, *_message(inputs.benchmark.spec.name, events, comparison, written))
    return {
        "run": result,
        "comparison": comparison,
        "outputs": written,
        "events": events,
        "notified": bool(events and urls),
        "exit_code": max(result.exit_code, comparison.exit_code if comparison else 0),
    }


def _store_down(run: object) -> list[tuple[tuple[str, str, str], str]]:
    """The cells of your store that no task could reach because the store itself could not
    be reached (its start page failed: network error, HTTP error), with the reason. Such a
    run records no cell, yet it is the worst news a check can bring: every task fails."""
    scenarios = [s.id for s in getattr(run, "scenarios", [])]
    return [
        ((sr.slug, sr.device, scenario), f"your store could not be reached: {sr.error}")
        for sr in getattr(run, "site_runs", [])
        if sr.role == "yours" and sr.status == "failed" and sr.error_kind == "unreachable"
        for scenario in scenarios
    ]


def _update_alerts(
    results_dir: Path, benchmark: str, run_id: str, settings: object, run: object = None
) -> list[alerts.Event]:
    """Mark each of your store's cells against its own reference run (its last passing run)
    and step its alert state; the states are kept in the history. A store that could not be
    reached fails every cell (`_store_down`)."""
    history = _open(results_dir)
    try:
        saved = {
            cell: alerts.AlertState(
                **{k: v for k, v in row.items() if k != "benchmark"}  # type: ignore[arg-type]
            )
            for cell, row in history.alert_states(benchmark).items()
        }
        current = recorded_cells(history, run_id)
        cache: dict[str, dict] = {run_id: current}
        marks: list[tuple[str, Mark]] = []
        for key, cell in current.items():
            if cell.role != "yours":
                continue
            prev = saved.get(alerts.cell_id(*key))
            ref_run = prev.reference_run if prev else None
            if ref_run and ref_run not in cache:
                cache[ref_run] = recorded_cells(history, ref_run)
            reference = cache.get(ref_run, {}).get(key) if ref_run else None
            # a cell seen for the first time passes: it becomes its own reference
            first = Mark("=", "first check")
            mark = classify_cell(reference, cell, Thresholds()) if reference else first
            marks.append((alerts.cell_id(*key), mark))
        marks += [
            (alerts.cell_id(*key), Mark("!", why))
            for key, why in _store_down(run)
            if key not in current  # tasks it did before the store went down are marked above
        ]
        events, states = [], []
        for cid, mark in marks:
            state, event = alerts.step(
                saved.get(cid),
                cid,
                mark.mark,
                mark.why,
                run_id,
                settings.after,  # type: ignore[attr-defined]
                settings.mute,  # type: ignore[attr-defined]
            )
            states.append({**asdict(state), "notified": state.notified})
            if event:
                events.append(event)
        history.save_alert_states(benchmark, states)
        return events
    finally:
        history.close()


def _message(
    benchmark: str, events: list[alerts.Event], comparison: Comparison | None, written: dict
) -> tuple[str, str]:
    alerts_sent = [e for e in events if e.kind == "alert"]
    recovered = [e for e in events if e.kind == "recovery"]
    title = f"supportbench · {benchmark}: " + ", ".join(
        part
        for part in (
            f"{len(alerts_sent)} alert{'s' * (len(alerts_sent) != 1)}" if alerts_sent else "",
            f"{len(recovered)} recovered" if recovered else "",
        )
        if part
    )
    lines = [
        f"{'ALERT' if e.kind == 'alert' else 'RECOVERED'} {e.cell}: {e.state} – {e.detail}"
        for e in events
    ]
    if comparison is not None:
        lines.append(f"Your store since {comparison.before.run_id}: {headline(comparison.yours)}")
        lines += [f"Competitor: {sentence(r)}" for r in comparison.signals[:5]]
    if written:
        lines.append(f"Report: {written['html']}")
    return title, "\n".join(lines)


__all__ = ["RunInfo", "check", "compare_runs", "list_runs"]
