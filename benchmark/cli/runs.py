"""Commands of robot runs: run, demo, serve-demo, scenarios, report, browser."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from benchmark import api
from benchmark.cli.common import (
    BrowserEndpoint,
    BrowserPath,
    Concurrency,
    Executor,
    ResultsDir,
    _run,
    _summary,
    _warn_problems,
    app,
    command,
    console,
)
from benchmark.demo.store import VARIANTS as DEMO_VARIANTS
from benchmark.errors import UserError


@command(app)
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
    browser_endpoint: BrowserEndpoint = None,
    concurrency: Concurrency = None,
    executor: Executor = "local",
    headed: Annotated[bool, typer.Option(help="Show the browser windows.")] = False,
    screenshots: Annotated[
        bool, typer.Option(help="Save a screenshot as evidence of each result.")
    ] = True,
) -> None:
    """Run a benchmark file: every scenario on every site and device.

    Example: supportbench run benchmarks/outdoor.yaml --concurrency 2
    Example: supportbench run --resume results/20261123-101500-outdoor
    Example: supportbench run benchmarks/outdoor.yaml --executor tcp://10.0.0.5:8786
    """
    started = time.monotonic()
    if (benchmark_file is None) == (resume is None):
        raise UserError("give a benchmark file, or --resume RUN_DIR (not both)")
    options = {
        "scenarios_dir": scenarios_dir,
        "browser_path": browser_path,
        "browser_endpoint": browser_endpoint,
        "concurrency": concurrency,
        "headless": not headed,
        "screenshots": screenshots,
        "executor": executor,
    }
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

    _summary(result, started)
    raise typer.Exit(result.exit_code)


Variant = Annotated[
    str,
    typer.Option(
        help="'changed': the stores after a change (Northwind's footer loses its returns "
        "link, Quiet Goods adds a chat, Tienda Sol drops its phone), to try compare and check."
    ),
]


def _check_variant(variant: str) -> None:
    if variant not in DEMO_VARIANTS:
        raise UserError(f"--variant {variant}: use {' or '.join(v for v in DEMO_VARIANTS if v)}")


@command(app)
def demo(
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
    browser_path: BrowserPath = None,
    concurrency: Concurrency = None,
    executor: Executor = "local",
    variant: Variant = "",
) -> None:
    """Run the bundled demo: ten local stores, desktop and mobile, all scenarios.

    Example: supportbench demo
    Example: supportbench demo --executor dask-local:2
    Example: supportbench demo --variant changed && supportbench compare
    """
    _check_variant(variant)
    started = time.monotonic()
    options = {"browser_path": browser_path, "concurrency": concurrency, "executor": executor}
    inputs = api.load_inputs(api.DEMO_BENCHMARK)
    result = _run(
        lambda progress: api.run_demo(
            variant, results_dir=results_dir, on_progress=progress, **options
        ),
        api.total_scenario_results(inputs),
        inputs.benchmark.spec.name,
    )
    _summary(result, started)
    raise typer.Exit(result.exit_code)


@command(app, "serve-demo")
def serve_demo(
    port: Annotated[
        int, typer.Option(help="First port; the stores use the following ones.")
    ] = 8700,
    variant: Variant = "",
) -> None:
    """Serve the demo stores on this machine for browsing, until Ctrl-C.

    Example: supportbench serve-demo --port 8700
    """
    _check_variant(variant)
    try:
        server = api.DemoServer(base_port=port, variant=variant).start()
    except OSError as exc:
        raise UserError(f"cannot listen on port {port}: {exc.strerror}") from None
    for store_id, running in server.running.items():
        console.print(f"{running.store.name:<22} {running.url}   ({store_id})", highlight=False)
    console.print("Serving; press Ctrl-C to stop.")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


@command(app)
def scenarios(
    scenarios_dir: Annotated[
        Path | None,
        typer.Option(help="Folder of your own scenario files (added to the bundled ones)."),
    ] = None,
) -> None:
    """List the scenarios (support tasks) and their click budgets.

    Example: supportbench scenarios
    """
    found = api.list_scenarios(scenarios_dir)

    table = Table(show_lines=False)
    table.add_column("id", no_wrap=True)
    for column in ("title", "intent", "budget", "weight", "task"):
        table.add_column(column)
    for s in found:
        table.add_row(s.id, s.title, s.intent, str(s.click_budget), f"{s.weight:g}", s.task)
    console.print(table)


@command(app)
def report(
    run_dir: Annotated[Path, typer.Argument(help="A run folder under results/.")],
) -> None:
    """Re-render the scorecard (HTML, Markdown, CSV) of a saved run from its run.json.

    Example: supportbench report results/20261123-101500-demo
    """
    outputs, problems = api.report(run_dir)

    _warn_problems(problems)
    console.print(f"Scorecard: {outputs['html']}", highlight=False)


@command(app)
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
    choice = api.ensure_browser(browser_path, install=install)

    console.print(f"Chromium: {choice.path} ({choice.source})", highlight=False)
    headless = api.ensure_browser(browser_path, headless=True)
    if headless.path != choice.path:
        console.print(f"Headless runs: {headless.path} ({headless.source})", highlight=False)
