"""Site × device jobs on Dask, in Chromium: a LocalCluster of two worker processes measures the
demo stores as this process does; a worker killed in the middle of a job loses nothing and
duplicates nothing; workers of another supportbench are refused."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time

import pytest

from benchmark import api
from benchmark.demo.server import DemoServer
from benchmark.errors import ExecutorError
from benchmark.executors.choice import ExecutorChoice, parse_executor
from benchmark.executors.cluster import DaskExecutor
from benchmark.executors.worker import WorkerMismatch, run_on_worker
from benchmark.jobs import BrowserOptions, Job, JobContext

from .conftest import write

distributed = pytest.importorskip("distributed")

BENCHMARK = """
name: Cluster check
your_store: {name: Northwind Outfitters, start_url: "demo://northwind/"}
competitors:
  - {name: Quiet Goods, start_url: "demo://quiet-goods/"}
  - {name: Tienda Sol, start_url: "demo://tienda-sol/"}
devices: [desktop, mobile]
scenarios: [returns-policy, contact, live-chat]
politeness: {max_requests_per_second: 20, user_agent: supportbench-demo}
timeouts: {navigation_s: 15, scenario_s: 60, chat_wait_s: 4}
"""


def _cells(run) -> dict[tuple[str, str, str], tuple[str, list[str]]]:
    return {
        (sr.slug, sr.device, r.scenario_id): (r.verdict, [f"{s.action}:{s.label}" for s in r.steps])
        for sr in run.site_runs
        for r in sr.results
    }


@pytest.mark.browser
def test_a_two_worker_cluster_measures_what_this_process_measures(tmp_path):
    bench = write(tmp_path / "b.yaml", BENCHMARK)
    with DemoServer() as demo:
        local = api.run_benchmark(bench, results_dir=tmp_path / "local", demo=demo)
        spread = api.run_benchmark(
            bench, results_dir=tmp_path / "dask", demo=demo, executor="dask-local:2"
        )
    assert local.run.status == spread.run.status == "complete"
    assert _cells(spread.run) == _cells(local.run)
    assert spread.run.settings["executor"] == "dask-local:2"
    workers = {sr.worker["worker"] for sr in spread.run.site_runs}
    assert len(workers) == 2 and all(w.startswith("tcp://127.0.0.1:") for w in workers)
    assert all(sr.worker["chromium"] and sr.worker["playwright"] for sr in spread.run.site_runs)
    # the coordinator wrote what the workers sent back: screenshots and page views
    shots = {p.name for p in (spread.run_dir / "screenshots").iterdir()}
    assert shots == {p.name for p in (local.run_dir / "screenshots").iterdir()} and shots
    assert len(list((spread.run_dir / "artifacts").glob("*.json.gz"))) == 6


def _kill_first_busy_worker(address: str, killed: list[str], stop: threading.Event) -> None:
    """Wait until a worker is in the middle of its first job, then kill its process."""
    with distributed.Client(address, timeout="20s") as client:
        pids = client.run(os.getpid)
        while not stop.is_set():
            busy = [w for w, tasks in client.processing().items() if tasks]
            if busy:
                time.sleep(1.5)  # well into the job: its browser context is open
                killed.append(busy[0])
                os.kill(pids[busy[0]], signal.SIGKILL)
                return
            time.sleep(0.05)


@pytest.mark.browser
def test_a_worker_killed_mid_job_loses_nothing_and_duplicates_nothing(tmp_path):
    bench = write(tmp_path / "b.yaml", BENCHMARK)
    killed: list[str] = []
    stop = threading.Event()
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        DemoServer() as demo,
    ):
        killer = threading.Thread(
            target=_kill_first_busy_worker, args=(cluster.scheduler_address, killed, stop)
        )
        killer.start()
        try:
            result = api.run_benchmark(
                bench,
                results_dir=tmp_path / "results",
                demo=demo,
                executor=cluster.scheduler_address,
            )
        finally:
            stop.set()
            killer.join()
    assert killed, "no worker was ever busy"
    run = result.run
    assert run.status == "complete"
    keys = [sr.key for sr in run.site_runs]
    assert sorted(keys) == sorted(set(keys)) and len(keys) == 6
    assert len(list((result.run_dir / "site-runs").glob("*.json"))) == 6
    assert all(len(sr.results) == 3 for sr in run.site_runs)
    # the killed worker never finished a job: its first one was done elsewhere
    assert killed[0] not in {sr.worker["worker"] for sr in run.site_runs}


def test_executor_names_are_checked_before_anything_runs():
    assert parse_executor(None) == ExecutorChoice("local")
    assert parse_executor("dask-local") == ExecutorChoice("dask-local", workers=2)
    assert parse_executor("dask-local:3").name == "dask-local:3"
    assert parse_executor("tcp://10.0.0.5:8786").name == "dask tcp://10.0.0.5:8786"
    for wrong in ("dask-local:0", "dask-local:two", "spark://x", "threads"):
        with pytest.raises(ExecutorError, match=f"--executor {wrong}"):
            parse_executor(wrong)


def test_a_cluster_with_a_worker_of_another_version_is_refused(tmp_path):
    class Client:
        async def wait_for_workers(self, n, timeout):
            pass

        async def run(self, function):
            return {"tcp://10.0.0.7:4000": {"supportbench": "0.0.9+0123456789ab"}}

        async def close(self):
            pass

    ctx = JobContext(loaded=None, lexicon=None, vendors=None, browser=BrowserOptions())
    executor = DaskExecutor(ctx, ExecutorChoice("dask", address="tcp://10.0.0.5:8786"), 4)
    executor._client = Client()
    with pytest.raises(
        ExecutorError, match=r"worker tcp://10\.0\.0\.7:4000 runs supportbench 0\.0\.9"
    ):
        asyncio.run(executor._check_workers())
    # and a worker that joins later refuses the job itself
    other = JobContext(None, None, None, BrowserOptions(), identity="0.0.9+0123456789ab")
    with pytest.raises(WorkerMismatch, match=r"the run needs 0\.0\.9"):
        run_on_worker(other, Job(0, None, "desktop", "http://127.0.0.1/"))


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    bench = write(tmp_path / "b.yaml", BENCHMARK)
    with pytest.raises(ExecutorError, match="cannot reach the scheduler"):
        api.run_benchmark(bench, results_dir=tmp_path, executor="tcp://127.0.0.1:9")
