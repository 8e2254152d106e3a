"""Commands over the history: history, compare, check, notify-test, schedule. Exit codes of
compare and check: 0 nothing to flag, 1 your store regressed (a mark in --fail-on) or a site
failed, 2 bad input, 3 nothing could be compared."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from benchmark import api
from benchmark.api import history as hist
from benchmark.cli.common import (
    BrowserPath,
    Concurrency,
    Executor,
    ResultsDir,
    _run,
    _summary,
    app,
    command,
    console,
)
from benchmark.compare.compare import DEFAULT_FAIL_ON, Comparison
from benchmark.compare.notify import send
from benchmark.compare.render import headline, sentence
from benchmark.compare.schedule import KINDS, installed_command, template
from benchmark.errors import UserError
from benchmark.report.render import csv_text

FailOn = Annotated[
    str,
    typer.Option(
        "--fail-on",
        help="Marks of your store's rows that make the exit code 1 (! new failure, + worse, "
        "~ inconclusive, x not comparable).",
    ),
]
COLUMNS = [
    "run_id",
    "created_at",
    "benchmark",
    "status",
    "sites",
    "found",
    "not_found",
    "failed",
    "comparable",
    "spec_hash",
]


@command(app)
def history(
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
    benchmark: Annotated[
        str | None, typer.Option(help="Only runs of this benchmark (its name).")
    ] = None,
    site: Annotated[
        str | None, typer.Option(help="Count only this site's cells (name or slug).")
    ] = None,
    scenario: Annotated[str | None, typer.Option(help="Count only this scenario's cells.")] = None,
    device: Annotated[str | None, typer.Option(help="Count only this device's cells.")] = None,
    format: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    trend: Annotated[
        bool,
        typer.Option(
            "--trend", help="Each site's score per run and your tasks run by run, as a chart page."
        ),
    ] = False,
) -> None:
    """List the runs in the history, oldest first, with found / not found / failed counts.

    Example: supportbench history --benchmark "Outdoor shops" --site northwind --format csv
    Example: supportbench history --trend --benchmark "Outdoor shops"
    """
    if trend:
        found, path = hist.trend_page(results_dir, benchmark)
        table = Table(title=f"{found.benchmark}: score per run")
        table.add_column("site")
        for _, created in found.runs[-8:]:
            table.add_column(created[5:16].replace("T", " "))
        for slug, name, role in found.sites:
            values = found.scores[slug][-8:]
            label = f"{name} (you)" if role == "yours" else name
            table.add_row(label, *("—" if v is None else f"{v:.0f}" for v in values))
        console.print(table)
        if found.breaks:
            console.print(f"measurement definition changed before {len(found.breaks)} run(s)")
        console.print(f"Trend: {path}", highlight=False)
        return
    rows = hist.list_runs(results_dir, benchmark, site, scenario, device)
    if format == "json":
        console.print_json(json.dumps(rows))
    elif format == "csv":
        print(csv_text(COLUMNS, rows), end="")
    elif format == "table":
        table = Table()
        shown = [c for c in COLUMNS if c not in ("benchmark", "spec_hash")]
        for column in shown:
            table.add_column(column.replace("_", " "), no_wrap=column in ("run_id", "created_at"))
        for row in rows:
            row = {
                **row,
                "created_at": str(row["created_at"])[:16].replace("T", " "),
                "comparable": "yes" if row["comparable"] else "no",
            }
            table.add_row(*(str(row[c]) for c in shown))
        console.print(table)
    else:
        raise UserError(f"--format {format}: use table, json or csv")


def _print_comparison(c: Comparison, outputs: dict[str, Path]) -> None:
    for warning in c.warnings:
        console.print(f"warning: {warning}", highlight=False, markup=False)
    console.print(
        f"{c.before.run_id} → {c.after.run_id} ({c.benchmark})", highlight=False, markup=False
    )
    console.print(f"Your store: {headline(c.yours)}", highlight=False, markup=False)
    for row in c.yours:
        if row.mark not in "=x":
            console.print(f"  {row.mark} {sentence(row)}", highlight=False, markup=False)
    if c.signals:
        console.print("Competitive signals:", highlight=False)
        for row in c.signals:
            console.print(f"  {row.mark} {sentence(row)}", highlight=False, markup=False)
    hidden = sum(r.mark == "x" for r in c.rows)
    if hidden:
        console.print(f"{hidden} cells or items not comparable (x)", highlight=False)
    if outputs:
        console.print(f"Report: {outputs['html']}", highlight=False)


@command(app)
def compare(
    run_a: Annotated[
        str | None, typer.Argument(help="The earlier run id (default: the baseline).")
    ] = None,
    run_b: Annotated[
        str | None, typer.Argument(help="The later run id (default: the latest run).")
    ] = None,
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
    baseline: Annotated[
        str, typer.Option(help="Without RUN_A: previous (comparable) run, best run, or a run id.")
    ] = "previous",
    fail_on: FailOn = DEFAULT_FAIL_ON,
    format: Annotated[
        str, typer.Option("--format", help="text, md or json on the terminal.")
    ] = "text",
) -> None:
    """What changed between two runs of a benchmark, cell by cell and item by item.

    The report (HTML, Markdown, JSON) is written into the later run's folder.

    Example: supportbench compare                      (latest run vs the previous comparable one)
    Example: supportbench compare 20261101-030000-outdoor 20261108-030000-outdoor --fail-on '!'
    """
    comparison, outputs = hist.compare_runs(results_dir, run_a, run_b, baseline, fail_on)
    if format == "json":
        print(comparison.to_json())
    elif format == "md":
        print(outputs["md"].read_text(encoding="utf-8"))
    elif format == "text":
        _print_comparison(comparison, outputs)
    else:
        raise UserError(f"--format {format}: use text, md or json")
    raise typer.Exit(comparison.exit_code)


@command(app)
def check(
    benchmark_file: Annotated[Path, typer.Argument(help="The benchmark YAML file.")],
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
    notify: Annotated[
        list[str] | None,
        typer.Option(help="An Apprise URL to notify (repeatable), besides the file's."),
    ] = None,
    fail_on: FailOn = DEFAULT_FAIL_ON,
    browser_path: BrowserPath = None,
    concurrency: Concurrency = None,
    executor: Executor = "local",
) -> None:
    """Run, compare with the previous comparable run, alert: what a scheduler calls.

    Alert states of your store's cells are kept in the history; one message is sent when a
    cell starts alerting (after `alerts.after` checks in a row) or recovers.

    Example: supportbench check benchmarks/outdoor.yaml --notify 'json://hooks.example.com/cx'
    """
    started = time.monotonic()
    inputs = api.load_inputs(benchmark_file)
    outcome = _run(
        lambda progress: hist.check(
            benchmark_file,
            results_dir,
            notify or [],
            fail_on,
            run=api.run_benchmark,
            browser_path=browser_path,
            concurrency=concurrency,
            executor=executor,
            on_progress=progress,
        ),
        api.total_scenario_results(inputs),
        inputs.benchmark.spec.name,
    )
    _summary(outcome["run"], started)
    if outcome["comparison"] is not None:
        _print_comparison(outcome["comparison"], outcome["outputs"])
    else:
        console.print("First run of this benchmark: the next check compares with it.")
    for event in outcome["events"]:
        console.print(
            f"{event.kind}: {event.cell} {event.state} – {event.detail}",
            highlight=False,
            markup=False,
        )
    if outcome["events"]:
        console.print(
            "notified" if outcome["notified"] else "no notification URL set", highlight=False
        )
    raise typer.Exit(outcome["exit_code"])


@command(app, "notify-test")
def notify_test(url: Annotated[str, typer.Argument(help="An Apprise URL (or env:NAME).")]) -> None:
    """Send a test message to a notification URL.

    Example: supportbench notify-test 'json://127.0.0.1:8080/hook'
    """
    send([url], "supportbench test", "If you can read this, supportbench check can reach you.")
    console.print("sent", highlight=False)


@command(app)
def schedule(
    benchmark_file: Annotated[Path, typer.Argument(help="The benchmark YAML file.")],
    cron: Annotated[bool, typer.Option("--cron", help="A crontab line (with flock).")] = False,
    systemd: Annotated[
        bool, typer.Option("--systemd", help="A systemd service and timer.")
    ] = False,
    github_actions: Annotated[
        bool, typer.Option("--github-actions", help="A GitHub Actions workflow.")
    ] = False,
    when: Annotated[
        str | None,
        typer.Option(
            help='When: a cron expression ("0 3 * * *"); for systemd an OnCalendar value.'
        ),
    ] = None,
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
) -> None:
    """Print a ready scheduler template that runs `supportbench check` (no daemon of ours).

    Example: supportbench schedule benchmarks/outdoor.yaml --cron --when "0 3 * * *"
    """
    chosen = [k for k, on in zip(KINDS, (cron, systemd, github_actions), strict=True) if on]
    if len(chosen) != 1:
        raise UserError("choose one of --cron, --systemd, --github-actions")
    api.load_inputs(benchmark_file)  # a template for a file that does not load helps nobody
    kind = chosen[0]
    default = "daily" if kind == "systemd" else "0 3 * * *"
    program = installed_command()
    print(template(kind, benchmark_file, results_dir, Path.cwd(), when or default, program), end="")


__all__ = ["check", "compare", "history", "notify_test", "schedule"]
