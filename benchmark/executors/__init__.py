"""Where the jobs of a run are done (`--executor`).

    local             this process: the jobs share one browser, up to --concurrency at once
    dask-local[:N]    a Dask LocalCluster of N worker processes on this machine (default 2)
    tcp://HOST:8786   an existing Dask cluster (scheduler address)

Whatever the executor, each site × device job runs in its own browser context and sends its
results back as data (`jobs.JobResult`); the coordinator alone writes the run folder.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Protocol

from benchmark.executors.choice import ExecutorChoice, parse_executor

if TYPE_CHECKING:  # the jobs start browsers: imported only when a run starts
    from benchmark.jobs import Job, JobContext, JobResult

__all__ = ["Executor", "ExecutorChoice", "open_executor", "parse_executor"]


class Executor(Protocol):
    name: str  # as the run records it: "local", "dask-local:2", "dask tcp://10.0.0.5:8786"
    browser: str  # what the jobs run in, for the run record
    live_progress: bool  # reports each finished scenario (else only each finished job)

    def submit(self, job: Job) -> None: ...

    async def next_result(self) -> JobResult: ...


def open_executor(
    choice: ExecutorChoice,
    ctx: JobContext,
    concurrency: int,
    on_scenario: Callable[[str], None],
) -> AbstractAsyncContextManager[Executor]:
    """The executor for `choice`; Dask is imported only when asked for."""
    if choice.kind == "local":
        from benchmark.executors.local import LocalExecutor

        return LocalExecutor(ctx, concurrency, on_scenario)
    from benchmark.executors.cluster import DaskExecutor

    return DaskExecutor(ctx, choice, concurrency)
