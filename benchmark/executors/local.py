"""The default executor: the jobs run in this process, sharing one browser, up to the
concurrency limit at once (Chromium's renderers share the cores)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from benchmark.browser import BrowserSession
from benchmark.jobs import Job, JobContext, JobResult, SiteJob, where


class LocalExecutor:
    name = "local"
    live_progress = True

    def __init__(
        self, ctx: JobContext, concurrency: int, on_scenario: Callable[[str], None]
    ) -> None:
        self.ctx = ctx
        self.on_scenario = on_scenario
        self.browser = ""
        self._slots = asyncio.Semaphore(concurrency)
        self._results: asyncio.Queue[JobResult] = asyncio.Queue()
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: BrowserSession | None = None

    async def __aenter__(self) -> LocalExecutor:
        self._session = await self.ctx.browser.session().__aenter__()
        self.browser = f"Chromium {self._session.version} ({self._session.executable})"
        return self

    async def __aexit__(self, *exc: object) -> None:
        for task in self._tasks:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.__aexit__(*exc)

    def submit(self, job: Job) -> None:
        task = asyncio.create_task(self._run(job))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, job: Job) -> None:
        assert self._session is not None
        async with self._slots:
            result = await SiteJob(self.ctx, job, self._session).run(self.on_scenario)
        result.site_run.worker = where(self._session, self.name)
        await self._results.put(result)

    async def next_result(self) -> JobResult:
        return await self._results.get()
