"""What every command shares: the app, the console, common options, and the one place where
our errors become a line on stderr and an exit code (see `benchmark.errors`)."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from benchmark import api
from benchmark.errors import SupportbenchError

app = typer.Typer(
    name="supportbench",
    help="How easy is it for a shopper to get help on your store, compared with competitors?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
F = TypeVar("F", bound=Callable[..., Any])
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
BrowserEndpoint = Annotated[
    str | None,
    typer.Option(
        "--browser-endpoint",
        help="Use the browser of a Playwright server (ws://host:port/…) instead of launching one.",
    ),
]
Executor = Annotated[
    str,
    typer.Option(
        "--executor",
        help="Where the site × device jobs run: local (this process), dask-local[:N] (N Dask "
        "worker processes here, default 2) or tcp://scheduler:8786 (a Dask cluster).",
    ),
]
Concurrency = Annotated[
    int | None,
    typer.Option(
        "--concurrency",
        min=1,
        max=32,
        help="Site × device runs at the same time (default: three per core, at most 6).",
    ),
]


def _fail(exc: SupportbenchError) -> typer.Exit:
    err.print(f"supportbench: error: {exc}", highlight=False, markup=False, soft_wrap=True)
    return typer.Exit(getattr(exc, "exit_code", 2))


def command(group: typer.Typer, name: str | None = None) -> Callable[[F], F]:
    """Register a command whose domain errors become one line on stderr and their exit
    code (`errors.py`): the one place where errors meet the terminal."""

    def register(fn: F) -> F:
        @functools.wraps(fn)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except SupportbenchError as exc:
                raise _fail(exc) from None

        group.command(name)(guarded)
        return fn

    return register


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


session_app = typer.Typer(
    help="Recorded tester sessions: people doing the same tasks.", no_args_is_help=True
)
contact_app = typer.Typer(
    help="Mystery-shopper log: questions people sent to stores.", no_args_is_help=True
)
app.add_typer(session_app, name="session")
app.add_typer(contact_app, name="contact-log")
