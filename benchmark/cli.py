"""The ``supportbench`` command. Each command parses its options, calls `benchmark.api` and
prints where the results are. Domain errors become one line on stderr and an exit code:
0 done, 1 run partial (some site failed), 2 bad input, 3 no usable browser."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from benchmark import __version__, api
from benchmark.errors import SupportbenchError

app = typer.Typer(
    name="supportbench",
    help="How easy is it for a shopper to get help on your store, compared with competitors?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)

ResultsDir = Annotated[
    Path, typer.Option("--results-dir", help="Where run folders and the history database go.")
]
BrowserPath = Annotated[
    str | None,
    typer.Option(
        "--browser-path", help="Chromium or Chrome executable to use instead of the one found."
    ),
]
Concurrency = Annotated[
    int | None,
    typer.Option(
        "--concurrency",
        min=1,
        max=32,
        help="Site × device runs at the same time (default: from the CPU count, at most 4).",
    ),
]


def _fail(exc: SupportbenchError) -> typer.Exit:
    err.print(f"supportbench: error: {exc}", highlight=False, markup=False, soft_wrap=True)
    return typer.Exit(getattr(exc, "exit_code", 2))


def _run(call: object, total: int, label: str) -> api.RunResult:
    columns = [
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=err, transient=False, disable=not err.is_terminal) as bar:
        task = bar.add_task(label, total=total)

        def on_progress(key: str, n: int) -> None:
            if n:
                bar.advance(task, n)
            bar.update(task, description=f"{label} · {key}")

        return call(on_progress)  # type: ignore[operator]


def _warn_problems(problems: list[str]) -> None:
    for problem in problems:
        err.print(f"supportbench: warning: {problem}", highlight=False, markup=False)


def _summary(result: api.RunResult, started: float) -> None:
    run = result.run
    _warn_problems(run.problems)
    table = Table(title=f"{run.name} ({run.status})", show_lines=False)
    table.add_column("site")
    table.add_column("device")
    table.add_column("status")
    table.add_column("found", justify="right")
    for sr in run.site_runs:
        found = sum(r.found for r in sr.results)
        status = sr.status if not sr.error else f"{sr.status}: {sr.error}"
        table.add_row(sr.site, sr.device, status, f"{found}/{len(sr.results)}")
    console.print(table)
    console.print(f"Finished in {time.monotonic() - started:.0f} s.")
    console.print(f"Scorecard: {result.outputs['html']}", highlight=False)
    console.print(
        f"Also: {result.outputs['md']}, {result.outputs['csv']}, {result.outputs['json']}",
        highlight=False,
    )


@app.command()
def run(
    benchmark_file: Annotated[Path | None, typer.Argument(help="The benchmark YAML file.")] = None,
    resume: Annotated[
        Path | None,
        typer.Option(
            help="Finish a stopped run: only what is missing from this run folder is done."
        ),
    ] = None,
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
    scenarios_dir: Annotated[
        Path | None,
        typer.Option(
            help="Folder of your own scenario files: they add to the bundled ones and "
            "replace those with the same id."
        ),
    ] = None,
    browser_path: BrowserPath = None,
    concurrency: Concurrency = None,
    headed: Annotated[bool, typer.Option(help="Show the browser windows.")] = False,
    screenshots: Annotated[
        bool, typer.Option(help="Save a screenshot as evidence of each result.")
    ] = True,
) -> None:
    """Run a benchmark file: every scenario on every site and device.

    Example: supportbench run benchmarks/outdoor.yaml --concurrency 2
    Example: supportbench run --resume results/20261123-101500-outdoor
    """
    started = time.monotonic()
    if (benchmark_file is None) == (resume is None):
        err.print("supportbench: error: give a benchmark file, or --resume RUN_DIR (not both)")
        raise typer.Exit(2)
    options = {
        "scenarios_dir": scenarios_dir,
        "browser_path": browser_path,
        "concurrency": concurrency,
        "headless": not headed,
        "screenshots": screenshots,
    }
    try:
        if resume is not None:
            saved = api.read_run(resume)
            total = len(saved.sites) * len(saved.devices) * len(saved.scenarios)
            result = _run(
                lambda progress: api.resume_run(resume, on_progress=progress, **options),
                total,
                saved.name,
            )
        else:
            inputs = api.load_inputs(benchmark_file, scenarios_dir)
            result = _run(
                lambda progress: api.run_benchmark(
                    benchmark_file, results_dir=results_dir, on_progress=progress, **options
                ),
                api.total_scenario_results(inputs),
                inputs.benchmark.spec.name,
            )
    except SupportbenchError as exc:
        raise _fail(exc) from None
    _summary(result, started)
    raise typer.Exit(result.exit_code)


@app.command()
def demo(
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
    browser_path: BrowserPath = None,
    concurrency: Concurrency = None,
) -> None:
    """Run the bundled demo: eight local stores, desktop and mobile, all scenarios.

    Example: supportbench demo
    """
    run(
        api.DEMO_BENCHMARK,
        resume=None,
        results_dir=results_dir,
        scenarios_dir=None,
        browser_path=browser_path,
        concurrency=concurrency,
        headed=False,
        screenshots=True,
    )


@app.command("serve-demo")
def serve_demo(
    port: Annotated[
        int, typer.Option(help="First port; the stores use the following ones.")
    ] = 8700,
) -> None:
    """Serve the demo stores on 127.0.0.1 for browsing, until Ctrl-C.

    Example: supportbench serve-demo --port 8700
    """
    try:
        server = api.DemoServer(base_port=port).start()
    except OSError as exc:
        err.print(f"supportbench: error: cannot listen on port {port}: {exc.strerror}")
        raise typer.Exit(2) from None
    for store_id, running in server.running.items():
        console.print(f"{running.store.name:<22} {running.url}   ({store_id})", highlight=False)
    console.print("Serving; press Ctrl-C to stop.")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


@app.command()
def scenarios(
    scenarios_dir: Annotated[
        Path | None,
        typer.Option(help="Folder of your own scenario files (added to the bundled ones)."),
    ] = None,
) -> None:
    """List the scenarios (support tasks) and their click budgets.

    Example: supportbench scenarios
    """
    try:
        found = api.list_scenarios(scenarios_dir)
    except SupportbenchError as exc:
        raise _fail(exc) from None
    table = Table(show_lines=False)
    table.add_column("id", no_wrap=True)
    for column in ("title", "intent", "budget", "weight", "task"):
        table.add_column(column)
    for s in found:
        table.add_row(s.id, s.title, s.intent, str(s.click_budget), f"{s.weight:g}", s.task)
    console.print(table)


@app.command()
def report(
    run_dir: Annotated[Path, typer.Argument(help="A run folder under results/.")],
) -> None:
    """Re-render the scorecard (HTML, Markdown, CSV) of a saved run from its run.json.

    Example: supportbench report results/20261123-101500-demo
    """
    try:
        outputs, problems = api.report(run_dir)
    except SupportbenchError as exc:
        raise _fail(exc) from None
    _warn_problems(problems)
    console.print(f"Scorecard: {outputs['html']}", highlight=False)


@app.command()
def browser(
    install: Annotated[
        bool,
        typer.Option(help="Install Debian's chromium when none is found (needs root and apt-get)."),
    ] = False,
    browser_path: BrowserPath = None,
) -> None:
    """Show which Chromium supportbench will drive (and install one if asked).

    Example: supportbench browser --install
    """
    try:
        choice = api.ensure_browser(browser_path, install=install)
    except SupportbenchError as exc:
        raise _fail(exc) from None
    console.print(f"Chromium: {choice.path} ({choice.source})", highlight=False)


session_app = typer.Typer(
    help="Recorded tester sessions: people doing the same tasks.", no_args_is_help=True
)
contact_app = typer.Typer(
    help="Mystery-shopper log: questions people sent to stores.", no_args_is_help=True
)
app.add_typer(session_app, name="session")
app.add_typer(contact_app, name="contact-log")


@session_app.command("start")
def session_start(
    tester: Annotated[str, typer.Option(help="The tester's name or code.")],
    benchmark_file: Annotated[Path, typer.Option("--benchmark", help="The benchmark YAML file.")],
    site: Annotated[list[str] | None, typer.Option(help="Only this site (repeatable).")] = None,
    scenario: Annotated[
        list[str] | None, typer.Option(help="Only this scenario (repeatable).")
    ] = None,
    device: Annotated[
        str, typer.Option(help="desktop, mobile or a Playwright device.")
    ] = "desktop",
    seed: Annotated[int | None, typer.Option(help="Seed of the random order of sites.")] = None,
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
    browser_path: BrowserPath = None,
) -> None:
    """Open a window per task with the task, a timer and "I found it" / "I give up".

    Example: supportbench session start --tester T01 --benchmark mybench.yaml --site "Summit Gear"
    """
    try:
        session, path = api.record_session(
            benchmark_file,
            tester=tester,
            results_dir=results_dir,
            sites=tuple(site or ()),
            scenarios=tuple(scenario or ()),
            device=device,
            seed=seed,
            browser_path=browser_path,
        )
    except SupportbenchError as exc:
        raise _fail(exc) from None
    done = sum(t.status != "abandoned" for t in session.tasks)
    console.print(
        f"{done}/{len(session.tasks)} tasks recorded for {session.tester}: {path}", highlight=False
    )


@session_app.command("import")
def session_import(
    files: Annotated[list[Path], typer.Argument(help="Session files recorded elsewhere.")],
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
) -> None:
    """Import session files from other machines (validated; tasks already here are skipped).

    Example: supportbench session import remote/20261120-101500-t07.json
    """
    try:
        added, skipped = api.import_session_files(files, results_dir)
    except SupportbenchError as exc:
        raise _fail(exc) from None
    console.print(f"{added} tasks imported, {skipped} already there.")


@contact_app.command("add")
def contact_add(
    store: Annotated[str, typer.Option(help="The store asked.")],
    channel: Annotated[str, typer.Option(help="email, chat, phone, form or social.")],
    question: Annotated[str, typer.Option(help="The question, as sent.")],
    sent: Annotated[str, typer.Option(help="When it was sent, e.g. 2026-11-20T10:00.")],
    answered: Annotated[str | None, typer.Option(help="When the first answer came.")] = None,
    quality: Annotated[str | None, typer.Option(help="A note on the answer's quality.")] = None,
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
) -> None:
    """Record a pre-sale question a person sent to a store (supportbench sends nothing).

    Example: supportbench contact-log add --store "Summit Gear" --channel email
    --question "Do you ship to Norway?" --sent 2026-11-20T10:00 --answered 2026-11-20T15:30
    """
    try:
        entry = api.add_contact(
            results_dir,
            store=store,
            channel=channel,
            question=question,
            sent_at=sent,
            answered_at=answered,
            quality=quality,
        )
    except SupportbenchError as exc:
        raise _fail(exc) from None
    hours = entry.first_response_hours
    console.print(
        f"Logged {entry.id}: {entry.store} by {entry.channel}"
        + (f", first answer after {hours:.1f} h" if hours is not None else "")
    )


@contact_app.command("list")
def contact_list(results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR) -> None:
    """First-response times per store and channel.

    Example: supportbench contact-log list
    """
    try:
        stats = api.contact_summary(results_dir)
    except SupportbenchError as exc:
        raise _fail(exc) from None
    table = Table()
    for column in ("store", "channel", "sent", "answered", "median first response"):
        table.add_column(column)
    for s in stats:
        median = f"{s.median_hours:.1f} h" if s.median_hours is not None else "—"
        table.add_row(s.store, s.channel, str(s.sent), str(s.answered), median)
    console.print(table)


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """supportbench: scripted support tasks in real Chromium, scored side by side."""
    if version:
        console.print(f"supportbench {__version__}")
        raise typer.Exit(0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
