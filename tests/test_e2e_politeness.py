"""Politeness, seen from the site's side: the server logs every request, with its time and
user agent. robots.txt is honoured for every page, requests to a host are spaced by the rate
limit, the user agent names supportbench and the contact the user set, blocked third-party
hosts are never asked, and only your own store may be visited against its robots.txt."""

from __future__ import annotations

import itertools

import pytest
from typer.testing import CliRunner

from benchmark import api
from benchmark.cli import app

from .conftest import PageServer, html, write

pytestmark = pytest.mark.browser

RATE = 1  # requests per second per host; unthrottled, this site's page requests come 0.2 s apart
PAGES_AND_DATA = ("/", "/contact", "/help", "/help/returns", "/robots.txt", "/private")


def shop(tracker: str) -> dict[str, tuple]:
    return {
        "/robots.txt": (200, "text/plain", "User-agent: *\nDisallow: /private\n"),
        "/": html(
            "<header><nav><a href='/private/returns'>Returns policy</a> "
            "<a href='/help'>Help</a> <a href='/contact'>Contact us</a></nav></header>"
            f"<main><h1>Shop</h1><img src='{tracker}pixel.gif' alt=''></main>"
            f"<script src='{tracker}tag.js'></script>"
        ),
        "/help": html("<h1>Help</h1><a href='/help/returns'>Returns and refunds</a>"),
        "/help/returns": html("<h1>Returns</h1><p>Return any item within 30 days.</p>"),
        "/private/returns": html("<h1>Returns</h1><p>Return any item within 60 days.</p>"),
        "/contact": html(
            "<h1>Contact us</h1><p>Email help@shop.example or call +1 212-555-0134.</p>"
        ),
    }


def test_robots_rate_limit_user_agent_and_blocked_hosts(tmp_path):
    with PageServer({"/tag.js": (200, "text/javascript", "1")}) as tracker:
        port = tracker.url.rstrip("/").rsplit(":", 1)[1]
        with PageServer(shop(tracker.url)) as site:
            bench = write(
                tmp_path / "b.yaml",
                f"""
name: Polite
your_store: {{name: Shop, start_url: "{site.url}"}}
devices: [desktop]
scenarios: [returns-policy, contact]
politeness:
  max_requests_per_second: {RATE}
  user_agent: acme-cx
  contact: cx@acme.example
  block_hosts: ["127.0.0.1:{port}"]
timeouts: {{navigation_s: 10, scenario_s: 60, chat_wait_s: 2}}
""",
            )
            result = api.run_benchmark(bench, results_dir=tmp_path / "results")
        log = list(site.log)
    site_run = result.run.site_runs[0]
    by_id = {r.scenario_id: r for r in site_run.results}
    assert by_id["returns-policy"].found and by_id["contact"].found

    # robots.txt: the disallowed page was refused before any request left the browser.
    assert by_id["returns-policy"].evidence.final_url.endswith("/help/returns")
    assert not [path for _, path, _, _ in log if path.startswith("/private")]
    assert any("robots.txt disallows /private" in b["reason"] for b in site_run.guard["blocked"])

    # The user agent names supportbench, the user's product token and contact, on every request.
    agents = {agent for _, _, _, agent in log}
    assert agents and all(
        "supportbench/" in a and "acme-cx" in a and "cx@acme.example" in a for a in agents
    ), agents

    # Pages and data requests to the host are spaced by the rate limit.
    times = sorted(t for _, path, t, _ in log if path.split("?")[0] in PAGES_AND_DATA)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) >= 4 and min(gaps) >= 1 / RATE - 0.1, gaps

    # The blocked third-party host was never asked for anything.
    assert tracker.log == []
    assert site_run.guard["third_party_blocked"] >= 2


def test_only_your_own_store_may_ignore_robots(tmp_path):
    closed = {
        "/robots.txt": (200, "text/plain", "User-agent: *\nDisallow: /\n"),
        "/": html("<header><a href='/contact'>Contact us</a></header><h1>Shop</h1>"),
        "/contact": html("<h1>Contact us</h1><p>Email help@shop.example.</p>"),
    }
    with PageServer(closed) as mine, PageServer(closed) as theirs:
        spec = """
name: Robots
your_store: {{name: Mine, start_url: "{mine}", ignore_robots: true}}
competitors:
  - {{name: Theirs, start_url: "{theirs}"{extra}}}
devices: [desktop]
scenarios: [contact]
politeness: {{max_requests_per_second: 20}}
timeouts: {{navigation_s: 10, scenario_s: 40, chat_wait_s: 2}}
"""
        bad = write(
            tmp_path / "bad.yaml",
            spec.format(mine=mine.url, theirs=theirs.url, extra=", ignore_robots: true"),
        )
        refused = CliRunner().invoke(app, ["run", str(bad), "--results-dir", str(tmp_path)])
        good = write(tmp_path / "b.yaml", spec.format(mine=mine.url, theirs=theirs.url, extra=""))
        result = api.run_benchmark(good, results_dir=tmp_path / "results")
        theirs_pages = [path for _, path, _, _ in theirs.log if path != "/robots.txt"]

    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert "bad.yaml" in refused.output and "only allowed for your own store" in refused.output
    by_site = {s.site: s for s in result.run.site_runs}
    assert by_site["Mine"].status == "complete" and by_site["Mine"].results[0].found
    assert by_site["Theirs"].error_kind == "robots-disallowed"
    assert theirs_pages == []
