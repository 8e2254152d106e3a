"""Jobs on Dask: a LocalCluster of worker processes on this machine, or an existing cluster.

Each worker process keeps one browser of its own (`executors.worker`) and runs as many jobs
at once as it has threads. The run's shared context (benchmark, scenarios, lexicon, chat
vendor signatures) is sent to the workers once; each job sends back its results as data.
Dask runs a job again on another worker when its worker dies; the coordinator keeps the first
result of each job. Workers of another supportbench (release or measurement code) are refused
before any job is sent, and a worker that joins later with another version refuses the job.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from dataclasses import replace

from benchmark.errors import ExecutorError
from benchmark.executors.choice import ExecutorChoice
from benchmark.jobs import Job, JobContext, JobResult, identity, lost

# Dask's own logging is for cluster operators; a run reports in its own words
QUIET = logging.ERROR
WORKERS_WAIT_S = 30


def _dask():  # type: ignore[no-untyped-def]
    try:
        import distributed
    except ImportError:
        raise ExecutorError(
            "--executor dask needs Dask: pip install 'supportbench[dask]'"
        ) from None
    return distributed


async def _probe(address: str) -> None:
    """Fail at once, in one line, when nothing listens at a tcp:// scheduler address (Dask
    itself would retry until its connect timeout)."""
    host, _, port = address.partition("://")[2].rpartition(":")
    if not address.startswith("tcp://") or not port.isdigit():
        return
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), 5)
    except (OSError, TimeoutError) as exc:
        raise OSError(exc.strerror or "no answer within 5 s") from None
    writer.close()


class DaskExecutor:
    live_progress = False

    def __init__(self, ctx: JobContext, choice: ExecutorChoice, concurrency: int) -> None:
        self.choice = choice
        self.name = choice.name
        self.browser = ""
        self._concurrency = concurrency
        if choice.kind == "dask":
            # another machine finds its own Chromium; a path given here means nothing there
            ctx = replace(ctx, browser=replace(ctx.browser, path=None))
        self.ctx = ctx
        self._tag = uuid.uuid4().hex[:8]  # job keys are unique to this run on the cluster
        self._results: asyncio.Queue[JobResult] = asyncio.Queue()
        self._waiters: set[asyncio.Task[None]] = set()
        self._cluster = None
        self._client = None
        self._shared = None

    async def __aenter__(self) -> DaskExecutor:
        distributed = _dask()
        for name in ("distributed", "distributed.scheduler", "distributed.nanny"):
            logging.getLogger(name).setLevel(QUIET)
        try:
            if self.choice.kind == "dask-local":
                threads = max(1, self._concurrency // self.choice.workers)
                self._cluster = await distributed.LocalCluster(
                    n_workers=self.choice.workers,
                    threads_per_worker=threads,
                    processes=True,
                    asynchronous=True,
                    dashboard_address=None,
                    silence_logs=QUIET,
                )
                address = self._cluster.scheduler_address
            else:
                address = self.choice.address
                await _probe(address)
            self._client = await distributed.Client(
                address, asynchronous=True, timeout="20s", set_as_default=False
            )
        except OSError as exc:
            await self._close()
            raise ExecutorError(
                f"--executor {self.choice.given}: cannot reach the scheduler ({exc})"
            ) from None
        await self._check_workers()
        self._shared = await self._client.scatter(self.ctx, broadcast=True, hash=False)
        return self

    async def _check_workers(self) -> None:
        """Refuse workers running another supportbench: they would measure otherwise."""
        from benchmark.executors.worker import describe

        assert self._client is not None
        given = self.choice.given
        try:
            await self._client.wait_for_workers(1, timeout=WORKERS_WAIT_S)
            info = await self._client.run(describe)
        except TimeoutError:
            await self._close()
            raise ExecutorError(
                f"--executor {given}: no worker joined the cluster within {WORKERS_WAIT_S} s"
            ) from None
        except Exception as exc:  # a worker without supportbench cannot even say so
            await self._close()
            raise ExecutorError(
                f"--executor {given}: a worker cannot run supportbench ({type(exc).__name__}: "
                f"{exc}); install supportbench[dask] of this version there"
            ) from None
        wanted = identity()
        for address, worker in sorted(info.items()):
            if worker["supportbench"] != wanted:
                await self._close()
                raise ExecutorError(
                    f"--executor {self.choice.given}: worker {address} runs supportbench "
                    f"{worker['supportbench']}, this run needs {wanted}; install the same "
                    "version there"
                )
        self.browser = f"Chromium on {len(info)} Dask worker(s), each its own"

    async def __aexit__(self, *exc: object) -> None:
        for task in self._waiters:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*self._waiters, return_exceptions=True)
        await self._close()

    async def _close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):
                await self._client.close()
        if self._cluster is not None:
            with contextlib.suppress(Exception):
                await self._cluster.close()

    def submit(self, job: Job) -> None:
        from benchmark.executors.worker import run_on_worker

        assert self._client is not None
        future = self._client.submit(
            run_on_worker,
            self._shared,
            job,
            key=f"supportbench-{self._tag}-{job.key}-{job.attempt}",
            pure=False,
        )
        task = asyncio.create_task(self._wait(job, future))
        self._waiters.add(task)
        task.add_done_callback(self._waiters.discard)

    async def _wait(self, job: Job, future) -> None:  # type: ignore[no-untyped-def]
        try:
            result = await future
        except Exception as exc:  # a worker lost for good, a refusal: the job has no result
            result = lost(job, f"no result from the Dask cluster ({type(exc).__name__}: {exc})")
        await self._results.put(result)

    async def next_result(self) -> JobResult:
        return await self._results.get()

    @property
    def client(self):  # type: ignore[no-untyped-def]
        """The Dask client (tests use it to find and stop a worker)."""
        return self._client
