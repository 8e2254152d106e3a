"""The human side: recorded tester sessions and the mystery-shopper contact log."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from benchmark.api.inputs import DEFAULT_RESULTS_DIR, demo_if_needed, load_inputs, with_history
from benchmark.demo.server import DemoServer
from benchmark.errors import UserError
from benchmark.sessions.model import (
    ContactLogEntry,
    Session,
    import_sessions,
    load_sessions,
    read_contact_log,
    sessions_dir,
)
from benchmark.sessions.model import add_contact as add_contact_entry
from benchmark.sessions.summary import ContactStat, contact_stats
from benchmark.spec.devices import unknown_device

if TYPE_CHECKING:
    from benchmark.sessions.recorder import Actor


def human_evidence(results_dir: Path, benchmark: str) -> dict[str, object]:
    """Tester sessions of this benchmark and the contact log, for the scorecard."""
    return {
        "sessions": load_sessions(results_dir, benchmark),
        "contacts": read_contact_log(results_dir),
    }


def record_session(
    benchmark_path: Path,
    *,
    tester: str,
    results_dir: Path = DEFAULT_RESULTS_DIR,
    sites: tuple[str, ...] = (),
    scenarios: tuple[str, ...] = (),
    device: str = "desktop",
    seed: int | None = None,
    headless: bool = False,
    browser_path: str | None = None,
    actor: Actor | None = None,
    demo: DemoServer | None = None,
) -> tuple[Session, Path]:
    """Record a tester doing the benchmark's tasks in visible windows (see `sessions`)."""
    problem = unknown_device(device)
    if problem:
        raise UserError(f"--device: {problem}")
    from benchmark.sessions.recorder import SessionOptions
    from benchmark.sessions.recorder import record_session as record_tester

    inputs = load_inputs(benchmark_path)
    options = SessionOptions(
        tester=tester,
        results_dir=results_dir,
        device=device,
        sites=sites,
        scenarios=scenarios,
        seed=seed,
        headless=headless,
        browser_path=browser_path,
    )
    with demo_if_needed(inputs.benchmark, demo) as resolve:
        session = asyncio.run(
            record_tester(
                inputs.benchmark,
                inputs.spec_hash,
                inputs.lexicon,
                inputs.vendors,
                options,
                resolve,
                actor,
            )
        )
    with_history(results_dir, lambda h: h.record_session(session))
    return session, sessions_dir(results_dir) / f"{session.session_id}.json"


def import_session_files(
    files: list[Path], results_dir: Path = DEFAULT_RESULTS_DIR
) -> tuple[int, int]:
    added, skipped = import_sessions(results_dir, files)
    for session in load_sessions(results_dir):
        with_history(results_dir, lambda h, s=session: h.record_session(s))
    return added, skipped


def add_contact(results_dir: Path = DEFAULT_RESULTS_DIR, **fields: object) -> ContactLogEntry:
    entry = add_contact_entry(results_dir, fields)
    with_history(results_dir, lambda h: h.record_contact(entry))
    return entry


def contact_summary(results_dir: Path = DEFAULT_RESULTS_DIR) -> list[ContactStat]:
    return contact_stats(read_contact_log(results_dir))
