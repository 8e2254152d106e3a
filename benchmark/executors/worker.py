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
    return _browser_for(ctx.browser).run(ctx, job, _address())


_lock = threading.Lock()
_browsers: dict[BrowserOptions, WorkerBrowser] = {}


def _browser_for(options: BrowserOptions) -> WorkerBrowser:
    with _lock:
        if options not in _browsers:
            _browsers[options] = WorkerBrowser(options)
        return _browsers[options]


@dataclass
class _Generation:
    session: BrowserSession
    served: int = 0
    running: int = 0


class WorkerBrowser:
    def __init__(self, options: BrowserOptions) -> None:
        self.options = options
        self.loop = asyncio.new_event_loop()
        thread = threading.Thread(target=self.loop.run_forever, name="sb-browser", daemon=True)
        thread.start()
        self._current: _Generation | None = None
        self._opening = asyncio.Lock()

    def run(self, ctx: JobContext, job: Job, address: str) -> JobResult:
        return asyncio.run_coroutine_threadsafe(self._run(ctx, job, address), self.loop).result()

    async def _run(self, ctx: JobContext, job: Job, address: str) -> JobResult:
        generation = await self._generation()
        try:
            result = await SiteJob(ctx, job, generation.session).run()
            result.site_run.worker = where(generation.session, "dask", address)
            return result
        finally:
            generation.running -= 1
            if generation is not self._current and generation.running == 0:
                await generation.session.__aexit__(None, None, None)

    async def _generation(self) -> _Generation:
        async with self._opening:
            current = self._current
            if current is None or current.served >= self.options.recycle_after:
                session = await self.options.session().__aenter__()
                self._current = _Generation(session)
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
