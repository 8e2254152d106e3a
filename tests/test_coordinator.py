"""The coordinator on its own (no browser): it saves each job's first result once, runs a job
again only after a harness failure and only once, and never retries what the robot found or
did not find."""

from __future__ import annotations

import asyncio
import contextlib
import json

from benchmark import runner as runner_module
from benchmark.api.inputs import load_inputs
from benchmark.artifacts import PageLog
from benchmark.jobs import Job, JobResult, new_site_run
from benchmark.plan import new_run
from benchmark.runner import Runner, RunOptions
from benchmark.store.record import ScenarioResult

from .conftest import write

BENCHMARK = """
name: Coordinator
your_store: {name: Alpha, start_url: "http://127.0.0.1:9/"}
competitors:
  - {name: Beta, start_url: "http://127.0.0.1:9/b/"}
  - {name: Gamma, start_url: "http://127.0.0.1:9/g/"}
devices: [desktop]
scenarios: [contact]
"""


class ScriptedExecutor:
    """Answers each submitted job with the next outcome written for its site: 'found',
    'not_found', 'crashed' (harness), 'down' (the site's own failure), 'twice' (found, and
    Dask's second copy of the same result)."""

    name = "scripted"
    browser = "none"
    live_progress = False

    def __init__(self, script: dict[str, list[str]], scenario_done=None) -> None:
        self.script = script
        self.scenario_done = scenario_done  # as the local executor: each scenario as it ends
        self.live_progress = scenario_done is not None
        self.submitted: list[tuple[str, int]] = []
        self.queue: asyncio.Queue[JobResult] = asyncio.Queue()

    def submit(self, job: Job) -> None:
        self.submitted.append((job.site.slug, job.attempt))
        outcome = self.script[job.site.slug].pop(0)
        site_run = new_site_run(job)
        if outcome in ("crashed", "down"):
            site_run.status, site_run.error = "failed", outcome
            site_run.error_kind = "crashed" if outcome == "crashed" else "unreachable"
        else:
            verdict = "not_found" if outcome == "not_found" else "found"
            site_run.results = [ScenarioResult(scenario_id="contact", verdict=verdict)]
        if self.scenario_done is not None:
            self.scenario_done(job.key)  # a crash after its scenario ended counts it too
        site_run.worker = {"executor": "scripted", "worker": f"w{len(self.submitted)}"}
        result = JobResult(job.key, site_run, PageLog())
        for _ in range(2 if outcome == "twice" else 1):
            self.queue.put_nowait(result)

    async def next_result(self) -> JobResult:
        return await self.queue.get()


def _run(tmp_path, monkeypatch, script, on_progress=None, live=False):
    inputs = load_inputs(write(tmp_path / "b.yaml", BENCHMARK))
    run_dir = tmp_path / "run"
    (run_dir / "site-runs").mkdir(parents=True)
    run = new_run(inputs.benchmark, "run", inputs.spec_hash, lambda url: url)
    executor = ScriptedExecutor(script)

    @contextlib.asynccontextmanager
    async def fake_open(choice, context, limit, scenario_done):
        if live:
            executor.scenario_done, executor.live_progress = scenario_done, True
        yield executor

    monkeypatch.setattr(runner_module, "open_executor", fake_open)
    options = RunOptions(run_dir=run_dir)
    if on_progress is not None:
        options.on_progress = on_progress
    runner = Runner(inputs.benchmark, run, inputs.lexicon, inputs.vendors, options)
    return asyncio.run(runner.execute()), executor, run_dir


def test_progress_counts_each_scenario_once_when_a_job_is_run_again(tmp_path, monkeypatch):
    """A job that crashed after some scenarios ended is run again whole: what its first
    attempt counted is taken back, so the bar ends at the number of results."""
    done = []
    for live in (False, True):
        done.clear()
        run, _, _ = _run(
            tmp_path / str(live),
            monkeypatch,
            {"alpha": ["crashed", "found"], "beta": ["not_found"], "gamma": ["found"]},
            on_progress=lambda key, n: done.append(n),
            live=live,
        )
        assert sum(done) == sum(len(sr.results) for sr in run.site_runs) == 3
    assert -1 in done  # live: the crashed attempt's scenario was counted, then taken back


def test_a_harness_failure_is_run_again_once_and_a_result_never(tmp_path, monkeypatch):
    run, executor, _ = _run(
        tmp_path,
        monkeypatch,
        {"alpha": ["crashed", "found"], "beta": ["not_found"], "gamma": ["down"]},
    )
    assert sorted(executor.submitted) == [("alpha", 1), ("alpha", 2), ("beta", 1), ("gamma", 1)]
    by_slug = {sr.slug: sr for sr in run.site_runs}
    assert by_slug["alpha"].status == "complete" and by_slug["alpha"].attempts == 2
    assert by_slug["beta"].results[0].verdict == "not_found" and by_slug["beta"].attempts == 1
    assert by_slug["gamma"].status == "failed" and by_slug["gamma"].attempts == 1
    assert run.status == "partial" and run.settings["executor"] == "scripted"


def test_retries_are_bounded_and_a_second_copy_is_ignored(tmp_path, monkeypatch):
    run, executor, run_dir = _run(
        tmp_path,
        monkeypatch,
        {"alpha": ["crashed", "crashed", "found"], "beta": ["twice"], "gamma": ["found"]},
    )
    assert executor.submitted.count(("alpha", 2)) == 1 and ("alpha", 3) not in executor.submitted
    assert [sr.slug for sr in run.site_runs] == ["alpha", "beta", "gamma"]
    assert {sr.slug: sr.status for sr in run.site_runs}["alpha"] == "failed"
    saved = sorted(p.name for p in (run_dir / "site-runs").iterdir())
    assert saved == ["alpha--desktop.json", "beta--desktop.json", "gamma--desktop.json"]
    beta = json.loads((run_dir / "site-runs" / "beta--desktop.json").read_text())
    assert beta["worker"]["worker"] == "w2"
