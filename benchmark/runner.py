"""Run a benchmark: the coordinator of its site × device jobs.

Each job (`jobs.SiteJob`) runs every scenario of one site on one device in its own browser
context: a warm-up visit (robots.txt, consent banner, pop-ups), then each scenario opens the
start page anew in the context's one tab, as the same first-time visitor who has already
dismissed the banner. Where the jobs run is the executor's business (`executors`: this process,
or Dask workers); their results come back here as data, and this coordinator is the only
writer of the run folder: every finished job is saved at once, a job that came back twice is
saved once, and a harness failure (crash, internal error, lost worker) is run again, bounded.
A site that fails (unreachable, robots.txt says no) is recorded with its reason and the others
carry on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from benchmark.agent.chat_vendors import VendorFile
from benchmark.artifacts import save_pages
from benchmark.executors import ExecutorChoice, open_executor
from benchmark.jobs import BrowserOptions, Job, JobContext, JobResult
from benchmark.plan import default_concurrency
from benchmark.politeness import on_local_network
from benchmark.spec.lexicon import Lexicon
from benchmark.spec.models import LoadedBenchmark
from benchmark.store.record import Run, now_iso
from benchmark.store.rundir import SCREENSHOTS_DIR, save_run, save_site_run, write_atomic_bytes

log = logging.getLogger("supportbench")
RETRIES = 1  # a job whose harness failed is run once more


@dataclass
class RunOptions:
    run_dir: Path
    browser_path: str | None = None
    browser_endpoint: str | None = None  # a Playwright server's ws:// URL, instead of launching
    concurrency: int | None = None
    headless: bool = True
    screenshots: bool = True
    executor: ExecutorChoice = field(default_factory=lambda: ExecutorChoice("local"))
    resolve_url: Callable[[str], str] = field(default=lambda url: url)
    on_progress: Callable[[str, int], None] = field(default=lambda key, n: None)


class Runner:
    def __init__(
        self,
        loaded: LoadedBenchmark,
        run: Run,
        lexicon: Lexicon,
        vendors: VendorFile,
        options: RunOptions,
    ) -> None:
        self.loaded = loaded
        self.run = run
        self.lexicon = lexicon
        self.vendors = vendors
        self.options = options

    def _context(self) -> JobContext:
        spec = self.loaded.spec
        rate = spec.politeness.max_requests_per_second
        if self.options.executor.kind != "local":
            # a site's desktop and mobile jobs may run on two workers at once, each with its
            # own browser: each gets its share, so the site never sees more than the rate
            rate /= max(1, len(spec.devices))
        return JobContext(
            loaded=self.loaded,
            lexicon=self.lexicon,
            vendors=self.vendors,
            screenshots=self.options.screenshots,
            browser=BrowserOptions(
                path=self.options.browser_path,
                endpoint=self.options.browser_endpoint,
                headless=self.options.headless,
                rate_per_second=rate,
                local_network=all(on_local_network(site.start_url) for site in self.run.sites),
            ),
        )

    async def execute(self) -> Run:
        spec = self.loaded.spec
        limit = self.options.concurrency or spec.concurrency or default_concurrency()
        # Resuming: what completed (or partly) is kept; failed site-runs are done again, since
        # a site that was down or a page that crashed may well work now.
        self.run.site_runs = [sr for sr in self.run.site_runs if sr.status != "failed"]
        done = {(sr.slug, sr.device) for sr in self.run.site_runs}
        jobs = [
            Job(i, site, device, self.options.resolve_url(site.start_url))
            for i, site in enumerate(spec.sites)
            for device in spec.devices
            if (site.slug, device) not in done
        ]
        progress = self.options.on_progress
        counted: dict[str, int] = {}  # scenarios of each job's attempt counted as they ended

        def scenario_done(key: str) -> None:
            counted[key] = counted.get(key, 0) + 1
            progress(key, 1)

        async with open_executor(
            self.options.executor, self._context(), limit, scenario_done
        ) as executor:
            save_run(self.options.run_dir, self.run)  # once the executor is there to run it
            self.run.browser = executor.browser
            self.run.settings["executor"] = executor.name
            self.run.settings["contexts"] = limit  # site × device runs at once, as run
            pending = {job.key: job for job in jobs}
            for job in jobs:
                executor.submit(job)
            try:
                while pending:
                    result = await executor.next_result()
                    job = pending.get(result.key)
                    if job is None:
                        continue  # a job Dask ran twice (its worker died after it finished)
                    if result.retryable and job.attempt <= RETRIES:
                        log.info("%s: %s; running it again", job.key, result.site_run.error)
                        progress(job.key, -counted.pop(job.key, 0))  # counted again as they end
                        pending[job.key] = replace(job, attempt=job.attempt + 1)
                        executor.submit(pending[job.key])
                        continue
                    del pending[job.key]
                    result.site_run.attempts = job.attempt
                    self._finish(result)
                    if not executor.live_progress:
                        progress(result.key, len(result.site_run.results))
                    progress(result.key, 0)
            except asyncio.CancelledError:
                # Ctrl-C: what finished is saved; the run can be resumed.
                self.run.status = "interrupted"
                self.run.site_runs.sort(key=lambda sr: (self._site_order(sr.slug), sr.device))
                save_run(self.options.run_dir, self.run)
                raise
        self.run.site_runs.sort(key=lambda sr: (self._site_order(sr.slug), sr.device))
        statuses = [sr.status for sr in self.run.site_runs]
        if statuses and all(s == "complete" for s in statuses):
            self.run.status = "complete"
        elif any(s != "failed" for s in statuses):
            self.run.status = "partial"
        else:
            self.run.status = "failed"
        self.run.finished_at = now_iso()
        save_run(self.options.run_dir, self.run)
        return self.run

    def _site_order(self, slug: str) -> int:
        return next((i for i, s in enumerate(self.run.sites) if s.slug == slug), 99)

    def _finish(self, result: JobResult) -> None:
        """Write one job's results: screenshots, page views, its site-run, the run."""
        run_dir = self.options.run_dir
        for name, data in result.screenshots.items():
            write_atomic_bytes(run_dir / SCREENSHOTS_DIR / name, data)
        if result.pages.pages:
            save_pages(run_dir, result.key, result.pages)
        if result.errors_log:
            with (run_dir / "errors.log").open("a", encoding="utf-8") as handle:
                handle.write(result.errors_log)
        self.run.site_runs.append(result.site_run)
        save_site_run(run_dir, result.site_run)
        save_run(run_dir, self.run)
