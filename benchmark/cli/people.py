"""Commands of the human side: tester sessions and the mystery-shopper contact log."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from benchmark import api
from benchmark.cli.common import (
    BrowserPath,
    ResultsDir,
    command,
    console,
    contact_app,
    session_app,
)


@command(session_app, "start")
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

    done = sum(t.status != "abandoned" for t in session.tasks)
    console.print(
        f"{done}/{len(session.tasks)} tasks recorded for {session.tester}: {path}", highlight=False
    )


@command(session_app, "import")
def session_import(
    files: Annotated[list[Path], typer.Argument(help="Session files recorded elsewhere.")],
    results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR,
) -> None:
    """Import session files from other machines (validated; tasks already here are skipped).

    Example: supportbench session import remote/20261120-101500-t07.json
    """
    added, skipped = api.import_session_files(files, results_dir)

    console.print(f"{added} tasks imported, {skipped} already there.")


@command(contact_app, "add")
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
    entry = api.add_contact(
        results_dir,
        store=store,
        channel=channel,
        question=question,
        sent_at=sent,
        answered_at=answered,
        quality=quality,
    )

    hours = entry.first_response_hours
    console.print(
        f"Logged {entry.id}: {entry.store} by {entry.channel}"
        + (f", first answer after {hours:.1f} h" if hours is not None else "")
    )


@command(contact_app, "list")
def contact_list(results_dir: ResultsDir = api.DEFAULT_RESULTS_DIR) -> None:
    """First-response times per store and channel.

    Example: supportbench contact-log list
    """
    stats = api.contact_summary(results_dir)

    table = Table()
    for column in ("store", "channel", "sent", "answered", "median first response"):
        table.add_column(column)
    for s in stats:
        median = f"{s.median_hours:.1f} h" if s.median_hours is not None else "—"
        table.add_row(s.store, s.channel, str(s.sent), str(s.answered), median)
    console.print(table)
