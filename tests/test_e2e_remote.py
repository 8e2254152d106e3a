"""A run on a remote browser: a Playwright server started in another process on 127.0.0.1
(Playwright's own ``launchServer``) serves the run through ``--browser-endpoint``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmark import api
from benchmark.browser.locate import find_chromium
from benchmark.errors import BrowserUnavailable

pytestmark = pytest.mark.browser

SERVER_JS = """
const { chromium } = require(process.argv[1]);
chromium.launchServer({ executablePath: process.argv[2], host: '127.0.0.1', port: 0 })
  .then((server) => { console.log(server.wsEndpoint()); });
"""
BENCHMARK = """
name: Remote browser
your_store: {name: Northwind Outfitters, start_url: "demo://northwind/"}
devices: [desktop]
scenarios: [returns-policy, contact]
politeness: {max_requests_per_second: 20, user_agent: supportbench-demo}
"""


@pytest.fixture
def playwright_server():
    from playwright._impl._driver import compute_driver_executable

    node, cli = compute_driver_executable()
    package = str(Path(cli).parent)
    proc = subprocess.Popen(
        [node, "-e", SERVER_JS, package, find_chromium(None).path],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        endpoint = proc.stdout.readline().strip()
        assert endpoint.startswith("ws://127.0.0.1:"), endpoint
        yield endpoint
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_playwright_server_in_another_process_serves_a_run(tmp_path, demo, playwright_server):
    bench = tmp_path / "remote.yaml"
    bench.write_text(BENCHMARK)
    result = api.run_benchmark(
        bench, results_dir=tmp_path / "results", demo=demo, browser_endpoint=playwright_server
    )
    assert result.run.status == "complete"
    assert playwright_server in (result.run.browser or "")
    verdicts = {r.scenario_id: r.verdict for r in result.run.site_runs[0].results}
    assert verdicts == {"returns-policy": "found", "contact": "found"}


def test_an_endpoint_that_does_not_answer_is_a_browser_not_available(tmp_path, demo):
    bench = tmp_path / "remote.yaml"
    bench.write_text(BENCHMARK)
    with pytest.raises(BrowserUnavailable, match=r"browser endpoint ws://127\.0\.0\.1:9/"):
        api.run_benchmark(
            bench, results_dir=tmp_path / "results", demo=demo, browser_endpoint="ws://127.0.0.1:9/"
        )
