"""What the CLI and users' own scripts call. Each function loads, runs and writes; none of
them prints, so they can be used from notebooks and schedulers too.

    result = run_benchmark(Path("benchmark.yaml"))
    print(result.run.status, result.outputs["html"])
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmark.agent.chat_vendors import VendorFile, load_vendors
from benchmark.browser import BrowserChoice, find_chromium, install_system_chromium
from benchmark.demo.server import DEMO_BENCHMARK, DemoServer
from benchmark.errors import BrowserUnavailable, Interrupted, RunDirError, SpecError, UserError
from benchmark.measure.extract import FACT_NAMES
from benchmark.report import write_reports
from benchmark.runner import Runner, RunOptions, new_run
from benchmark.score.scoring import cell_scores
from benchmark.sessions.model import (
    ContactLogEntry,
    Session,
    import_sessions,
    load_sessions,
    read_contact_log,
    sessions_dir,
)
from benchmark.sessions.model import add_contact as add_contact_entry
from benchmark.sessions.recorder import Actor, SessionOptions
from benchmark.sessions.recorder import record_session as record_tester
from benchmark.sessions.summary import ContactStat, contact_stats
from benchmark.spec.devices import unknown_device
from benchmark.spec.fingerprint import agent_version
from benchmark.spec.lexicon import DATA_DIR as LEXICON_DIR
from benchmark.spec.lexicon import Lexicon, load_lexicon
from benchmark.spec.models import LoadedBenchmark, Scenario, load_benchmark, scenario_library
from benchmark.spec.models import spec_hash as compute_spec_hash
from benchmark.store.history import HISTORY_FILE, History
from benchmark.store.record import Run
from benchmark.store.rundir import new_run_dir, read_run, save_run

DEFAULT_RESULTS_DIR = Path("results")
Progress = Callable[[str, int], None]


@dataclass
class Inputs:
    benchmark: LoadedBenchmark
    lexicon: Lexicon
    vendors: VendorFile
    spec_hash: str
    scenarios_dir: Path | None = None


@dataclass
class RunResult:
    run: Run
    run_dir: Path
    outputs: dict[str, Path]

    @property
    def exit_code(self) -> int:
        """0 when every site completed, 1 when the run is partial or failed."""
        return 0 if self.run.status == "complete" else 1


def list_scenarios(scenarios_dir: Path | None = None) -> list[Scenario]:
    lexicon = load_lexicon()
    return list(scenario_library(scenarios_dir, lexicon.intents, set(FACT_NAMES)).values())


def load_inputs(benchmark_path: Path, scenarios_dir: Path | None = None) -> Inputs:
    """Validate everything before any browser starts: bad input fails fast, with file:line."""
    lexicon = load_lexicon()
    vendors = load_vendors()

    def scenarios_in(folder: Path | None) -> dict[str, Scenario]:
        return scenario_library(folder, lexicon.intents, set(FACT_NAMES))

    loaded = load_benchmark(benchmark_path, scenarios_in, scenarios_dir)
    digest = compute_spec_hash(loaded, sorted(LEXICON_DIR.glob("*.yaml")), agent_version())
    return Inputs(loaded, lexicon, vendors, digest, scenarios_dir)


def _uses_demo(loaded: LoadedBenchmark) -> bool:
    return any(site.start_url.startswith("demo://") for site in loaded.spec.sites)


@contextlib.contextmanager
def _demo_if_needed(
    loaded: LoadedBenchmark, running: DemoServer | None = None
) -> Iterator[Callable[[str], str]]:
    if not _uses_demo(loaded):
        yield lambda url: url
        return
    with contextlib.nullcontext(running) if running else DemoServer() as server:
        for site in loaded.spec.sites:
            if site.start_url.startswith("demo://"):
                store_id = site.start_url.removeprefix("demo://").split("/")[0]
                if store_id not in server.running:
                    raise SpecError(
                        loaded.path,
                        f"no demo store {store_id!r}; there are {', '.join(server.running)}",
                        field="start_url",
                    )
        yield server.resolve


def run_benchmark(
    benchmark_path: Path,
    *,
    results_dir: Path = DEFAULT_RESULTS_DIR,
    scenarios_dir: Path | None = None,
    browser_path: str | None = None,
    concurrency: int | None = None,
    headless: bool = True,
    screenshots: bool = True,
    on_progress: Progress | None = None,
    demo: DemoServer | None = None,
) -> RunResult:
    """Run a benchmark file; ``demo://`` start URLs are served by `demo`, or by demo stores
    started here when it is not given."""
    inputs = load_inputs(benchmark_path, scenarios_dir)
    run_dir = new_run_dir(results_dir, inputs.benchmark.spec.name)
    options = RunOptions(
        run_dir=run_dir,
        browser_path=browser_path,
        concurrency=concurrency,
        headless=headless,
        screenshots=screenshots,
        on_progress=on_progress or (lambda key, n: None),
    )
    return _execute(inputs, None, options, results_dir, demo)


def resume_run(
    run_dir: Path,
    *,
    scenarios_dir: Path | None = None,
    browser_path: str | None = None,
    concurrency: int | None = None,
    headless: bool = True,
    screenshots: bool = True,
    on_progress: Progress | None = None,
    demo: DemoServer | None = None,
) -> RunResult:
    """Finish a run that was stopped: only the site × device runs not saved yet are done."""
    saved = read_run(run_dir)
    if not saved.benchmark_file:
        raise RunDirError(f"{run_dir}: the run does not say which benchmark file it ran")
    if scenarios_dir is None and saved.settings.get("scenarios_dir"):
        scenarios_dir = Path(str(saved.settings["scenarios_dir"]))
    inputs = load_inputs(Path(saved.benchmark_file), scenarios_dir)
    if inputs.spec_hash != saved.spec_hash:
        raise RunDirError(
            f"{run_dir}: the benchmark file, scenarios, lexicon, data files or agent code "
            f"changed since this run started (spec {saved.spec_hash} then, "
            f"{inputs.spec_hash} now); start a new run"
        )
    options = RunOptions(
        run_dir=run_dir,
        browser_path=browser_path,
        concurrency=concurrency,
        headless=headless,
        screenshots=screenshots,
        on_progress=on_progress or (lambda key, n: None),
    )
    return _execute(inputs, saved, options, run_dir.parent, demo)


def _execute(
    inputs: Inputs,
    saved: Run | None,
    options: RunOptions,
    results_dir: Path,
    demo: DemoServer | None,
) -> RunResult:
    run_dir = options.run_dir
    with _demo_if_needed(inputs.benchmark, demo) as resolve:
        run = saved or new_run(
            inputs.benchmark, run_dir.name, inputs.spec_hash, resolve, inputs.scenarios_dir
        )
        run.status, run.finished_at = "running", None
        options.resolve_url = resolve
        runner = Runner(inputs.benchmark, run, inputs.lexicon, inputs.vendors, options)
        try:
            run = asyncio.run(runner.execute())
        except KeyboardInterrupt:
            run = read_run(run_dir)
            run.status = "interrupted"
            save_run(run_dir, run)
            _finish(run, run_dir, results_dir)
            raise Interrupted(run_dir) from None
    return RunResult(run, run_dir, _finish(run, run_dir, results_dir))


def run_demo(**kwargs: object) -> RunResult:
    """The bundled demo benchmark (eight stores, desktop and mobile)."""
    return run_benchmark(DEMO_BENCHMARK, **kwargs)  # type: ignore[arg-type]


def _finish(run: Run, run_dir: Path, results_dir: Path) -> dict[str, Path]:
    outputs = write_reports(run, run_dir, **human_evidence(results_dir, run.name))
    _history(results_dir, lambda h: h.record(run, run_dir.resolve(), cell_scores(run)))
    outputs["json"] = run_dir / "run.json"
    return outputs


def report(run_dir: Path) -> tuple[dict[str, Path], list[str]]:
    """Re-score and re-render a saved run from its ``run.json`` alone. Returns the files
    written and the run's files that could not be read (named in the report too)."""
    run = read_run(run_dir)
    outputs = write_reports(run, run_dir, **human_evidence(run_dir.parent, run.name))
    outputs["json"] = run_dir / "run.json"
    return outputs, run.problems


def ensure_browser(browser_path: str | None = None, install: bool = False) -> BrowserChoice:
    """The Chromium supportbench will use; with `install`, install Debian's when none is found."""
    try:
        return find_chromium(browser_path)
    except BrowserUnavailable:
        if not install or browser_path:
            raise
    return BrowserChoice(install_system_chromium(), "system (installed now)")


def total_scenario_results(inputs: Inputs) -> int:
    spec = inputs.benchmark.spec
    return len(spec.sites) * len(spec.devices) * len(inputs.benchmark.scenarios)


# ---------------------------------------------------------------- the human side


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
    with _demo_if_needed(inputs.benchmark, demo) as resolve:
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
    _history(results_dir, lambda h: h.record_session(session))
    return session, sessions_dir(results_dir) / f"{session.session_id}.json"


def import_session_files(
    files: list[Path], results_dir: Path = DEFAULT_RESULTS_DIR
) -> tuple[int, int]:
    added, skipped = import_sessions(results_dir, files)
    for session in load_sessions(results_dir):
        _history(results_dir, lambda h, s=session: h.record_session(s))
    return added, skipped


def add_contact(results_dir: Path = DEFAULT_RESULTS_DIR, **fields: object) -> ContactLogEntry:
    entry = add_contact_entry(results_dir, fields)
    _history(results_dir, lambda h: h.record_contact(entry))
    return entry


def contact_summary(results_dir: Path = DEFAULT_RESULTS_DIR) -> list[ContactStat]:
    return contact_stats(read_contact_log(results_dir))


def _history(results_dir: Path, action: Callable[[History], None]) -> None:
    history = History(results_dir / HISTORY_FILE)
    try:
        action(history)
    finally:
        history.close()
