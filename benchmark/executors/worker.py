"""The Dask worker's side: one browser per worker process, kept across jobs.

Dask runs each task in one of the worker's threads; Playwright wants one event loop. So a
worker keeps a loop in a thread of its own with the browser in it, and each task hands its job
to that loop and waits. After `recycle_after` jobs the worker opens a fresh browser for the
next ones (and closes the old one when its last job ends): long nights leak less memory.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass

from benchmark.browser import BrowserSession
from benchmark.errors import ExecutorError
from benchmark.jobs import BrowserOptions, Job, JobContext, JobResult, SiteJob, identity, where


class WorkerMismatch(ExecutorError):
    """This worker runs another supportbench than the run's coordinator."""


def describe() -> dict[str, str]:
    """What this worker runs (asked of every worker before a run starts)."""
    from benchmark.jobs import driver_version

    return {"supportbench": identity(), "playwright": driver_version()}


def run_on_worker(ctx: JobContext, job: Job) -> JobResult:
    """A Dask task: run one job in this worker's browser."""
    mine = identity()
    if ctx.identity != mine:
        raise WorkerMismatch(f"this worker runs supportbench {mine}, the run needs {ctx.identity}")
    return _worker_browser().run(ctx, job, _address())


_lock = threading.Lock()
_browser: WorkerBrowser | None = None


def _worker_browser() -> WorkerBrowser:
    global _browser
    with _lock:
        if _browser is None:
            _browser = WorkerBrowser()
        return _browser


@dataclass
class _Generation:
    options: BrowserOptions
    session: BrowserSession
    served: int = 0
    running: int = 0


class WorkerBrowser:
    """The worker's one browser, in an event loop of its own. A job of a run with other
    browser settings (another rate, a Playwright server) starts a new browser as recycling
    does; the old one is closed when its last job ends, so a worker never keeps two idle."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        thread = threading.Thread(target=self.loop.run_forever, name="sb-browser", daemon=True)
        thread.start()
        self._current: _Generation | None = None
        self._opening = asyncio.Lock()

    def run(self, ctx: JobContext, job: Job, address: str) -> JobResult:
        return asyncio.run_coroutine_threadsafe(self._run(ctx, job, address), self.loop).result()

    async def _run(self, ctx: JobContext, job: Job, address: str) -> JobResult:
        generation = await self._generation(ctx.browser)
        try:
            result = await SiteJob(ctx, job, generation.session).run()
            result.site_run.worker = where(generation.session, "dask", address)
            return result
        finally:
            generation.running -= 1
            if generation is not self._current and generation.running == 0:
                await generation.session.__aexit__(None, None, None)

    async def _generation(self, options: BrowserOptions) -> _Generation:
        async with self._opening:
            current = self._current
            if (
                current is None
                or current.options != options
                or current.served >= options.recycle_after
            ):
                session = await options.session().__aenter__()
                self._current = _Generation(options, session)
                if current is not None and current.running == 0:
                    await current.session.__aexit__(None, None, None)
            generation = self._current
            generation.served += 1
            generation.running += 1
            return generation


def _address() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "?"
