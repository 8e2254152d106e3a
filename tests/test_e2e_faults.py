"""Faults: a ten-site run where six sites fail in six different ways; SIGKILL and Ctrl-C in the
middle of a run; `run --resume` finishing only what is missing."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmark import api
from benchmark.cli import app
from benchmark.errors import RunDirError
from benchmark.store.history import HISTORY_FILE, History
from benchmark.store.rundir import SITE_RUNS_DIR, read_run

from .conftest import PageServer, SilentServer, closed_port, html, write

pytestmark = pytest.mark.browser

ROBOTS = {"/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n")}
NO_ROBOTS = {"/robots.txt": (404, "text/plain", "")}


def shop(name: str) -> dict[str, tuple]:
    return {
        **ROBOTS,
        "/": html(
            f'<header><a href="/contact">Contact us</a> <a href="/returns">Returns</a></header>'
            f"<main><h1>{name}</h1></main>"
        ),
        "/contact": html(
            "<h1>Contact us</h1><p>Email help@shop.example or call +1 212-555-0134.</p>"
        ),
        "/returns": html("<h1>Returns</h1><p>You can return items within 30 days.</p>"),
    }


BROKEN = {**NO_ROBOTS, "/": (500, "text/html", "<h1>oops</h1>")}
LOOP = {
    **NO_ROBOTS,
    "/": (302, "text/html", "", {"Location": "/a"}),
    "/a": (302, "text/html", "", {"Location": "/"}),
}
# Allocates until V8's heap limit (512 MB, set by supportbench) kills the renderer.
CRASH = {
    **ROBOTS,
    "/": html(
        "<h1>Hungry</h1><script>const hoard = [];"
        "for (;;) { hoard.push(new Array(1e6).fill(Math.random())); }</script>"
    ),
}


def cli() -> list[str]:
    """The installed `supportbench` command, run as a separate process."""
    script = Path(sys.executable).parent / "supportbench"
    return [str(script)] if script.exists() else [sys.executable, "-m", "benchmark.cli"]


def test_ten_sites_six_failures_each_reported_the_rest_complete(tmp_path, self_signed):
    goods = [PageServer(shop(f"Shop {n}")) for n in "ABCD"]
    broken, loop, crash = PageServer(BROKEN), PageServer(LOOP), PageServer(CRASH)
    tls = PageServer(shop("Secure"), tls=self_signed)
    silent = SilentServer()
    servers = [*goods, broken, loop, crash, tls, silent]
    for server in servers:
        server.__enter__()
    try:
        bench = write(
            tmp_path / "b.yaml",
            f"""
name: Faults
your_store: {{name: Shop A, start_url: "{goods[0].url}"}}
competitors:
  - {{name: Shop B, start_url: "{goods[1].url}"}}
  - {{name: Refuses, start_url: "http://127.0.0.1:{closed_port()}/"}}
  - {{name: Shop C, start_url: "{goods[2].url}"}}
  - {{name: Silent, start_url: "{silent.url}"}}
  - {{name: Broken, start_url: "{broken.url}"}}
  - {{name: Loops, start_url: "{loop.url}"}}
  - {{name: Bad TLS, start_url: "{tls.url}"}}
  - {{name: Crashes, start_url: "{crash.url}"}}
  - {{name: Shop D, start_url: "{goods[3].url}"}}
devices: [desktop]
scenarios: [contact, returns-policy]
politeness: {{max_requests_per_second: 20}}
timeouts: {{navigation_s: 4, scenario_s: 40, chat_wait_s: 2}}
""",
        )
        started = time.monotonic()
        result = CliRunner().invoke(
            app, ["run", str(bench), "--results-dir", str(tmp_path / "results")]
        )
        elapsed = time.monotonic() - started
    finally:
        for server in servers:
            server.__exit__()
    assert result.exit_code == 1, result.output  # partial
    assert "Traceback" not in result.output
    run_dir = next((tmp_path / "results").glob("*-faults"))
    run = read_run(run_dir)
    assert run.status == "partial"
    by_site = {sr.site: sr for sr in run.site_runs}
    assert len(by_site) == 10
    for name in ("Shop A", "Shop B", "Shop C", "Shop D"):
        assert by_site[name].status == "complete", by_site[name].error
        assert all(r.found for r in by_site[name].results)
    expected = {
        "Refuses": "connection refused",
        "Silent": "timed out",
        "Broken": "HTTP 500",
        "Loops": "redirect loop",
        "Bad TLS": "TLS error",
        "Crashes": "crashed",
    }
    for name, reason in expected.items():
        assert by_site[name].status == "failed", (name, by_site[name])
        assert reason in (by_site[name].error or ""), (name, by_site[name].error)
    saved = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    errors = {sr["site"]: sr["error"] for sr in saved["site_runs"]}
    report = (run_dir / "scorecard.html").read_text(encoding="utf-8")
    markdown = (run_dir / "scorecard.md").read_text(encoding="utf-8")
    for name, reason in expected.items():
        assert reason in errors[name]
        assert reason in report and reason in markdown, name
    # Ten sites, four at a time: the failures cost their timeouts, not the run's patience.
    assert elapsed < 150, elapsed


def test_transient_errors_are_retried_with_backoff_and_nothing_else_is(tmp_path):
    unavailable = (503, "text/html", "<h1>Try again later</h1>")
    recovering = shop("Recovering")
    recovering["/"] = [unavailable, unavailable, recovering["/"]]
    down = {**ROBOTS, "/": unavailable}
    with (
        PageServer(recovering) as flaky,
        PageServer(down) as gone,
        PageServer({**ROBOTS, "/": BROKEN["/"]}) as broken,
    ):
        bench = write(
            tmp_path / "b.yaml",
            f"""
name: Retries
your_store: {{name: Recovering, start_url: "{flaky.url}"}}
competitors:
  - {{name: Down, start_url: "{gone.url}"}}
  - {{name: Broken, start_url: "{broken.url}"}}
devices: [desktop]
scenarios: [contact]
politeness: {{max_requests_per_second: 20}}
timeouts: {{navigation_s: 10, scenario_s: 40, chat_wait_s: 2}}
""",
        )
        result = CliRunner().invoke(
            app, ["run", str(bench), "--results-dir", str(tmp_path / "results")]
        )
        starts = {
            name: [t for _, path, t, _ in server.log if path == "/"]
            for name, server in (("Recovering", flaky), ("Down", gone), ("Broken", broken))
        }
    assert result.exit_code == 1, result.output
    run = read_run(next((tmp_path / "results").glob("*-retries")))
    by_site = {s.site: s for s in run.site_runs}
    # 503, 503, then the page: found, after waits of about 1 s and 2 s.
    assert by_site["Recovering"].status == "complete" and by_site["Recovering"].results[0].found
    first, second, third = starts["Recovering"][:3]
    assert 0.9 <= second - first < 1.8 and 1.9 <= third - second < 3.0, starts["Recovering"]
    # Always 503: three tries in all, then reported.
    assert len(starts["Down"]) == 3 and "HTTP 503" in (by_site["Down"].error or "")
    # A 500 is not transient: asked once.
    assert len(starts["Broken"]) == 1 and "HTTP 500" in (by_site["Broken"].error or "")


SLOW_SITES = 4


def slow_bench(tmp_path: Path, servers: list[PageServer]) -> Path:
    competitors = "\n".join(
        f'  - {{name: Shop {n}, start_url: "{s.url}"}}' for n, s in enumerate(servers[1:], 2)
    )
    return write(
        tmp_path / "b.yaml",
        f"""
name: Long run
your_store: {{name: Shop 1, start_url: "{servers[0].url}"}}
competitors:
{competitors}
devices: [desktop]
scenarios: [contact, returns-policy, shipping]
concurrency: 1
politeness: {{max_requests_per_second: 20}}
timeouts: {{navigation_s: 5, scenario_s: 40, chat_wait_s: 2}}
""",
    )


def wait_for_site_runs(results: Path, count: int, process: subprocess.Popen) -> Path:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        for run_dir in results.glob("*-long-run"):
            if len(list((run_dir / SITE_RUNS_DIR).glob("*.json"))) >= count:
                return run_dir
        time.sleep(0.05)
    raise AssertionError("no site-run was finished in time")


def test_sigkill_loses_no_finished_site_run_and_resume_finishes_the_rest(tmp_path):
    servers = [PageServer(shop(f"Shop {n}")) for n in range(1, SLOW_SITES + 1)]
    for server in servers:
        server.__enter__()
    try:
        bench = slow_bench(tmp_path, servers)
        results = tmp_path / "results"
        process = subprocess.Popen(
            [*cli(), "run", str(bench), "--results-dir", str(results)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # the browser too: nothing survives the kill
        )
        try:
            run_dir = wait_for_site_runs(results, 1, process)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
        before = {
            p.name: p.read_text(encoding="utf-8") for p in (run_dir / SITE_RUNS_DIR).glob("*")
        }
        killed = read_run(run_dir)  # every file written so far is whole
        assert killed.status == "running" and 1 <= len(killed.site_runs) < SLOW_SITES
        finished = {sr.site for sr in killed.site_runs}
        visits = {s.url: len(s.requests) for s in servers}

        resumed = CliRunner().invoke(app, ["run", "--resume", str(run_dir)])
    finally:
        for server in servers:
            server.__exit__()
    assert resumed.exit_code == 0, resumed.output
    run = read_run(run_dir)
    assert run.status == "complete"
    assert sorted(sr.site for sr in run.site_runs) == [f"Shop {n}" for n in range(1, 5)]
    for name, text in before.items():  # finished site-runs are kept as they were
        assert (run_dir / SITE_RUNS_DIR / name).read_text(encoding="utf-8") == text
    for server, name in zip(servers, [f"Shop {n}" for n in range(1, 5)], strict=True):
        if name in finished:  # not visited again
            assert len(server.requests) == visits[server.url], name
    assert (run_dir / "scorecard.html").exists()
    history = History(results / HISTORY_FILE)
    try:
        check = history.db.execute("pragma integrity_check").fetchone()[0]
        journal = history.db.execute("pragma journal_mode").fetchone()[0]
        recorded = [r["run_id"] for r in history.runs()]
    finally:
        history.close()
    assert check == "ok" and journal == "wal"
    assert recorded == [run_dir.name]


def test_ctrl_c_stops_cleanly_keeps_what_is_done_and_says_how_to_resume(tmp_path):
    servers = [PageServer(shop(f"Shop {n}")) for n in range(1, SLOW_SITES + 1)]
    for server in servers:
        server.__enter__()
    try:
        bench = slow_bench(tmp_path, servers)
        results = tmp_path / "results"
        process = subprocess.Popen(
            [*cli(), "run", str(bench), "--results-dir", str(results)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            # as from a terminal: a suite started in the background, without job control,
            # ignores SIGINT, and its children would inherit that
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        try:
            run_dir = wait_for_site_runs(results, 1, process)
            os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
            out, errors = process.communicate(timeout=60)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # the browser, whatever happened
    finally:
        for server in servers:
            server.__exit__()
    assert process.returncode == 130, errors
    assert "Traceback" not in errors and "Traceback" not in out
    assert len(errors.strip().splitlines()) == 1, errors  # one line, no noise from the driver
    assert f"supportbench run --resume {run_dir}" in " ".join(errors.split())
    run = read_run(run_dir)
    assert run.status == "interrupted"
    assert 1 <= len(run.site_runs) < SLOW_SITES
    assert all(sr.status == "complete" for sr in run.site_runs)
    assert (run_dir / "scorecard.html").exists()  # what is done is reported


def test_resume_retries_failed_sites_from_any_folder_and_refuses_a_changed_benchmark(
    tmp_path, monkeypatch
):
    port = closed_port()
    work = tmp_path / "work"
    with PageServer(shop("Up")) as up:
        bench = write(
            work / "bench.yaml",
            f"""name: Resume
your_store: {{name: Up, start_url: "{up.url}"}}
competitors:
  - {{name: Later, start_url: "http://127.0.0.1:{port}/"}}
devices: [desktop]
scenarios: [contact]
""",
        )
        monkeypatch.chdir(work)  # a relative benchmark path and results folder
        first = api.run_benchmark(Path("bench.yaml"), results_dir=Path("results"))
        statuses = {sr.site: sr.status for sr in first.run.site_runs}
        assert statuses == {"Up": "complete", "Later": "failed"}
        assert Path(first.run.benchmark_file).is_absolute()
        run_dir = first.run_dir.resolve()
        monkeypatch.chdir(tmp_path)  # resumed from another folder
        with PageServer(shop("Later"), port=port) as later:
            resumed = api.resume_run(run_dir)
            assert any(path == "/contact" for _, path in later.requests)
        by_site = {sr.site: sr for sr in resumed.run.site_runs}
        assert by_site["Later"].status == "complete"  # the failed site-run was done again
        assert by_site["Later"].results[0].found and resumed.run.status == "complete"
        bench.write_text(bench.read_text() + "timeouts: {navigation_s: 10}\n")
        with pytest.raises(RunDirError, match="benchmark file, scenarios"):
            api.resume_run(run_dir)
