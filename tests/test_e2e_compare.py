"""A scheduled check end to end, in Chromium: the demo stores, then the same stores after a
change (Northwind's footer loses its returns link, Quiet Goods adds a live chat, Tienda Sol
drops its phone number). `check` reports exactly those changes with their marks, alerts once
after two failing checks in a row through a JSON webhook on 127.0.0.1, and sends a recovery
notice when the store is back."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from benchmark import api
from benchmark.api import history as hist
from benchmark.demo.server import DemoServer

pytestmark = pytest.mark.browser

BENCHMARK = """
name: Change watch
your_store: {name: Northwind Outfitters, start_url: "demo://northwind/"}
competitors:
  - {name: Quiet Goods, start_url: "demo://quiet-goods/"}
  - {name: Tienda Sol, start_url: "demo://tienda-sol/"}
devices: [desktop]
scenarios: [returns-policy, live-chat, contact]
politeness: {max_requests_per_second: 20, user_agent: supportbench-demo}
timeouts: {navigation_s: 15, scenario_s: 60, chat_wait_s: 6}
alerts: {after: 2, notify: ["json://127.0.0.1:%d/hook"]}
"""


class Webhook(http.server.BaseHTTPRequestHandler):
    received: ClassVar[list[dict]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Webhook.received.append(json.loads(body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def webhook():
    Webhook.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Webhook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], Webhook.received
    server.shutdown()


def test_check_reports_the_changes_alerts_once_and_recovers(tmp_path, webhook):
    port, received = webhook
    bench = tmp_path / "watch.yaml"
    bench.write_text(BENCHMARK % port)
    results = tmp_path / "results"

    def check(variant: str) -> dict:
        with DemoServer(variant=variant) as server:
            return hist.check(
                bench,
                results,
                run=lambda path, **kw: api.run_benchmark(path, demo=server, **kw),
                concurrency=2,
                screenshots=True,
            )

    first = check("")
    assert first["comparison"] is None and first["events"] == [] and received == []

    second = check("changed")
    c = second["comparison"]
    flagged_cells = {
        (r.site, r.subject, r.mark) for r in c.rows if r.kind == "cell" and r.mark != "="
    }
    assert flagged_cells == {
        ("Northwind Outfitters", "returns-policy", "+"),
        ("Quiet Goods", "live-chat", "*"),
    }
    returns = next(r for r in c.yours if r.subject == "returns-policy")
    assert "page loads 2 → 3" in returns.why and returns.steps_added
    assert returns.evidence_before and returns.evidence_after
    assert (Path(c.after.run_dir) / returns.evidence_after).exists()
    items = {(r.site, r.kind, r.subject, r.mark) for r in c.rows if r.mark != "="}
    assert ("Tienda Sol", "channel", "phone", "+") in items
    assert ("Quiet Goods", "channel", "live_chat", "-") in items
    assert {r.site for r in c.signals} == {"Quiet Goods", "Tienda Sol"}
    assert c.exit_code == second["exit_code"] == 1  # your store got worse
    assert second["events"] == [] and received == []  # one failing check is not an alert yet
    report = json.loads(second["outputs"]["json"].read_text(encoding="utf-8"))
    assert report["schema_version"] == 1 and report["counts"]["+"] >= 2
    assert "Northwind Outfitters" in second["outputs"]["md"].read_text(encoding="utf-8")

    third = check("changed")
    assert [e.kind for e in third["events"]] == ["alert"] and len(received) == 1
    message = received[0]
    assert "1 alert" in message["title"]
    assert "northwind-outfitters/desktop/returns-policy: degraded" in message["message"]
    assert "Report:" in message["message"]

    fourth = check("")
    assert [e.kind for e in fourth["events"]] == ["recovery"] and len(received) == 2
    assert "recovered" in received[1]["title"]

    # a run compared with itself has nothing to say
    same, _ = hist.compare_runs(results, c.after.run_id, c.after.run_id)
    assert all(r.mark == "=" for r in same.rows) and same.exit_code == 0


STORE = """
name: Down watch
your_store: {name: Alder Shop, start_url: "%s"}
devices: [desktop]
scenarios: [contact, returns-policy]
politeness: {max_requests_per_second: 20, user_agent: supportbench-test}
timeouts: {navigation_s: 10, scenario_s: 30, chat_wait_s: 2}
alerts: {after: 2, notify: ["json://127.0.0.1:%d/hook"]}
"""


def test_a_store_that_cannot_be_reached_alerts_and_recovers(tmp_path, webhook, page_server):
    """A check whose own store is down records no task at all; two such checks in a row are
    an alert naming the reason, and the store answering again is a recovery."""
    from tests.conftest import html

    port, received = webhook
    up = html(
        '<footer><a href="/contact">Contact us</a></footer>'
        '<p>Call us: <a href="tel:+12125550134">+1 212-555-0134</a></p>'
    )
    pages = {
        "/": up,
        "/contact": html("<h1>Contact us</h1><p>Email help@alder.example</p>"),
    }
    with page_server(pages) as server:
        bench = tmp_path / "down.yaml"
        bench.write_text(STORE % (server.url, port))

        def check() -> dict:
            return hist.check(bench, tmp_path / "results", concurrency=1, run=api.run_benchmark)

        assert check()["events"] == []
        pages["/"] = (503, "text/html", "<h1>Service unavailable</h1>")
        down = check()
        assert down["events"] == [] and received == []  # once is not yet an alert
        again = check()
        assert [e.kind for e in again["events"]] == ["alert", "alert"]
        assert all("could not be reached" in e.detail for e in again["events"])
        assert len(received) == 1 and "alder-shop/desktop/contact" in received[0]["message"]
        pages["/"] = up
        back = check()
        assert {e.kind for e in back["events"]} == {"recovery"} and len(received) == 2
