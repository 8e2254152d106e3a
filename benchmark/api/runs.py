"""Robot runs: run a benchmark file, resume a stopped run, re-measure and re-render a saved
one. Playwright is imported only by the functions that start a browser, so `report` works
where no browser (and no Playwright) is installed."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmark.api.inputs import (
    DEFAULT_RESULTS_DIR,
    Inputs,
    demo_if_needed,
    load_inputs,
    with_history,
)
from benchmark.api.people import human_evidence
from benchmark.artifacts import load_pages
from benchmark.compare.snapshot import history_rows
from benchmark.compare.trends import Trend, load_trend
from benchmark.demo.server import DEMO_BENCHMARK, DemoServer
from benchmark.errors import BrowserUnavailable, ExecutorError, Interrupted, RunDirError
from benchmark.executors import parse_executor
from benchmark.measure.site import measure_run
from benchmark.report import write_reports
from benchmark.score.scorecard import analyse
from benchmark.spec.lexicon import load_lexicon
from benchmark.store.history import HISTORY_FILE, History
from benchmark.store.record import Run
from benchmark.store.rundir import new_run_dir, read_run, save_run

if TYPE_CHECKING:
    from benchmark.browser.locate import BrowserChoice
    from benchmark.runner import RunOptions

Progress = Callable[[str, int], None]


@dataclass
class RunResult:
    run: Run
    run_dir: Path
    outputs: dict[str, Path]

    @property
    def exit_code(self) -> int:
        """0 when every site completed, 1 when the run is partial or failed."""
        return 0 if self.run.status == "complete" else 1


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
    browser_endpoint: str | None = None,
    executor: str = "local",
) -> RunResult:
    """Run a benchmark file; ``demo://`` start URLs are served by `demo`, or by demo stores
    started here when it is not given. `browser_endpoint`: a Playwright server to use instead
    of launching Chromium here. `executor`: where the jobs run (`executors.parse_executor`)."""
    inputs = load_inputs(benchmark_path, scenarios_dir)
    options = _options(None, browser_path, concurrency, headless, screenshots, on_progress)
    options.browser_endpoint = browser_endpoint
    options.executor = parse_executor(executor)  # a wrong value makes no run folder
    options.run_dir = new_run_dir(results_dir, inputs.benchmark.spec.name)
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
    browser_endpoint: str | None = None,
    executor: str = "local",
) -> RunResult:
    """Finish a run that was stopped: only the site × device runs not saved yet are done
    (on any executor: the jobs that are missing are the ones submitted)."""
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
    options = _options(run_dir, browser_path, concurrency, headless, screenshots, on_progress)
    options.browser_endpoint = browser_endpoint
    options.executor = parse_executor(executor)
    return _execute(inputs, saved, options, run_dir.parent, demo)


def _options(
    run_dir: Path | None,
    browser_path: str | None,
    concurrency: int | None,
    headless: bool,
    screenshots: bool,
    on_progress: Progress | None,
) -> RunOptions:
    """The runner's options, the same for a new run and a resumed one."""
    from benchmark.runner import RunOptions

    return RunOptions(
        run_dir=run_dir or Path(),
        browser_path=browser_path,
        concurrency=concurrency,
        headless=headless,
        screenshots=screenshots,
        on_progress=on_progress or (lambda key, n: None),
    )


def _execute(
    inputs: Inputs,
    saved: Run | None,
    options: RunOptions,
    results_dir: Path,
    demo: DemoServer | None,
) -> RunResult:
    from benchmark.plan import new_run
    from benchmark.runner import Runner

    run_dir = options.run_dir
    with demo_if_needed(inputs.benchmark, demo) as resolve:
        run = saved or new_run(
            inputs.benchmark, run_dir.name, inputs.spec_hash, resolve, inputs.scenarios_dir
        )
        run.status, run.finished_at = "running", None
        options.resolve_url = resolve
        runner = Runner(inputs.benchmark, run, inputs.lexicon, inputs.vendors, options)
        try:
            run = asyncio.run(runner.execute())
        except (BrowserUnavailable, ExecutorError):
            if saved is None and not any(p.is_file() for p in run_dir.rglob("*")):
                shutil.rmtree(run_dir)  # nothing ran: no empty run folder left behind
            raise
        except KeyboardInterrupt:
            run = read_run(run_dir)
            run.status = "interrupted"
            save_run(run_dir, run)
            _finish(run, run_dir, results_dir)
            raise Interrupted(run_dir) from None
    return RunResult(run, run_dir, _finish(run, run_dir, results_dir))


def run_demo(variant: str = "", **kwargs: object) -> RunResult:
    """The bundled demo benchmark (ten stores, desktop and mobile); `variant` "changed"
    serves the stores after a change (see `demo.store.VARIANTS`)."""
    if variant and kwargs.get("demo") is None:
        with DemoServer(variant=variant) as server:
            return run_benchmark(DEMO_BENCHMARK, demo=server, **kwargs)  # type: ignore[arg-type]
    return run_benchmark(DEMO_BENCHMARK, **kwargs)  # type: ignore[arg-type]


def _finish(run: Run, run_dir: Path, results_dir: Path) -> dict[str, Path]:
    """Record the run in the history, then write its reports (with the benchmark's trend,
    now that the run is part of it)."""
    card = analyse(run, **human_evidence(results_dir, run.name))
    cells, items = history_rows(run, card)
    trends: list[Trend | None] = []

    def record(history: History) -> None:
        history.record(run, run_dir.resolve(), cells, items)
        trends.append(load_trend(history, run.name))

    with_history(results_dir, record)
    outputs = write_reports(card, run_dir, trends[0])
    outputs["json"] = run_dir / "run.json"
    return outputs


def report(run_dir: Path) -> tuple[dict[str, Path], list[str]]:
    """Re-measure a saved run from its artifacts with today's code and data (no browser),
    then re-score and re-render it. Returns the files written and the run's files that
    could not be read (named in the report too). ``run.json`` is left as it was recorded."""
    run = read_run(run_dir)
    measure_run(run, lambda key: load_pages(run_dir, key), load_lexicon())
    trend = None
    if (run_dir.parent / HISTORY_FILE).exists():
        history = History(run_dir.parent / HISTORY_FILE)
        try:
            trend = load_trend(history, run.name, until=run.run_id)
        finally:
            history.close()
    card = analyse(run, **human_evidence(run_dir.parent, run.name))
    outputs = write_reports(card, run_dir, trend)
    outputs["json"] = run_dir / "run.json"
    return outputs, run.problems


def ensure_browser(
    browser_path: str | None = None, install: bool = False, headless: bool = False
) -> BrowserChoice:
    """The Chromium supportbench will use (for headless runs: a headless shell if there is
    one); with `install`, install Debian's when none is found."""
    from benchmark.browser.locate import BrowserChoice, find_chromium, install_system_chromium

    try:
        return find_chromium(browser_path, headless=headless)
    except BrowserUnavailable:
        if not install or browser_path:
            raise
    return BrowserChoice(install_system_chromium(), "system (installed now)")
