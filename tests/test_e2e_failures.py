"""A run where some sites fail: each failure is reported with its reason, the rest complete,
the exit code says the run was partial."""

from __future__ import annotations

import socket

import pytest
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.store.rundir import read_run

from .conftest import html, write

pytestmark = pytest.mark.browser

SHOP = {
    "/": html('<header><a href="/contact">Contact us</a></header><main><h1>Shop</h1></main>'),
    "/contact": html("<h1>Contact us</h1><p>Email help@shop.example or call +1 212-555-0134.</p>"),
    "/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n"),
}
PRIVATE = {
    "/": html("<h1>Private</h1>"),
    "/robots.txt": (200, "text/plain", "User-agent: *\nDisallow: /\n"),
}
BROKEN = {"/robots.txt": (404, "text/plain", ""), "/": (500, "text/html", "<h1>oops</h1>")}


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_failing_sites_are_reported_and_the_rest_completes(tmp_path, page_server):
    with page_server(SHOP) as shop, page_server(PRIVATE) as private, page_server(BROKEN) as broken:
        bench = write(
            tmp_path / "b.yaml",
            f"""
name: Failures
your_store: {{name: Shop, start_url: "{shop.url}"}}
competitors:
  - {{name: Gone, start_url: "http://127.0.0.1:{closed_port()}/"}}
  - {{name: Private, start_url: "{private.url}"}}
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
        private_hits = [p for m, p in private.requests if p != "/robots.txt"]
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "scorecard.html" in result.output
    run_dir = next((tmp_path / "results").glob("*-failures"))
    run = read_run(run_dir)
    by_site = {sr.site: sr for sr in run.site_runs}
    assert run.status == "partial"
    assert by_site["Shop"].status == "complete" and by_site["Shop"].results[0].found
    assert by_site["Gone"].status == "failed" and "connection refused" in by_site["Gone"].error
    assert by_site["Private"].error_kind == "robots-disallowed"
    assert "robots.txt disallows /" in by_site["Private"].error
    assert private_hits == []  # disallowed pages are never requested
    assert by_site["Broken"].status == "failed" and "HTTP 500" in by_site["Broken"].error
    html_report = (run_dir / "scorecard.html").read_text(encoding="utf-8")
    assert "connection refused" in html_report and "robots.txt disallows" in html_report
