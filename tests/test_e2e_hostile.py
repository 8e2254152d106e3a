"""Hostile and odd pages: injected markup, dialogs, pop-up storms, off-site redirects, odd link
schemes, downloads, a 50 MB page, infinite scroll, a load that never ends, frames from other
origins. The run stays within its budget and the allowed hosts, writes only its run folder, and
every output escapes what the pages said."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from benchmark import api

from .conftest import PageServer, SilentServer, html, tab_on, write

pytestmark = pytest.mark.browser

ROBOTS = {"/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n")}
INJECTED = '<script>window.top.__pwned=1</script><img src=x onerror="window.top.__pwned=2">'
FORMULA = '=HYPERLINK("http://evil.example","x")'


def escaped(text: str) -> str:
    """How a page shows `text` literally: entities, so the browser parses no markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hostile_site(other: str, silent: str) -> dict[str, tuple]:
    storm = """<script>
  alert('Welcome!'); confirm('Really?'); prompt('Your name?');
  for (let i = 0; i < 8; i++) { window.open('/popup?' + i); window.open('OTHER/popup?' + i); }
  document.addEventListener('click', () => { window.open('/popup?click'); });
  window.addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });
</script>""".replace("OTHER/", other)
    home = html(
        f"<header><nav>"
        f'<a href="file:///etc/passwd">Returns policy</a> '
        f'<a href="javascript:alert(1)">Returns</a> '
        f'<a href="data:text/html,&lt;h1&gt;Returns policy&lt;/h1&gt;">Return policy</a> '
        f'<a href="shop-app://returns">Returns &amp; refunds</a> '
        f'<a href="{other}returns">Returns and refunds</a> '
        f'<a href="/go/returns">Return an item</a> '
        f'<a href="/returns-form.pdf">Download the returns form</a>'
        f"</nav></header>"
        f"<main><h1>Shop</h1>"
        f'<iframe src="{other}frame" title="partner" width="300" height="120"></iframe></main>'
        f'<footer><a href="/help">Help {escaped(INJECTED)}</a> '
        f'<a href="/help/returns">Returns policy</a> '
        f'<a href="/delivery">Shipping &amp; delivery</a> <a href="/faq">FAQ</a> '
        f'<a href="/contact">Contact us</a></footer>' + storm,
        title=escaped(f"Shop {INJECTED}"),
    )
    big = "<p>" + ("Lorem ipsum dolor sit amet. " * 40) + "</p>\n"
    fifty_mb = big * (50 * 1024 * 1024 // len(big))
    scroll = """<h1>FAQ</h1><div id="feed"></div><div id="end">loading…</div><script>
  let n = 0;
  const feed = document.getElementById('feed');
  new IntersectionObserver(() => {
    for (let i = 0; i < 50; i++) { const p = document.createElement('p');
      p.textContent = 'Question ' + (++n) + ': more of the same'; feed.appendChild(p); }
  }).observe(document.getElementById('end'));
</script>"""
    return {
        **ROBOTS,
        "/": home,
        "/popup": html("<h1>Special offer!</h1>"),
        "/go/returns": (302, "text/html", "", {"Location": f"{other}returns"}),
        "/returns-form.pdf": (
            200,
            "application/pdf",
            b"%PDF-1.4 returns form",
            {"Content-Disposition": 'attachment; filename="returns-form.pdf"'},
        ),
        "/help": html(
            '<h1>Help centre</h1><ul><li><a href="/help/returns">Returning an item</a></li></ul>'
        ),
        "/help/returns": html(
            f"<h1>Returns {escaped(INJECTED)}</h1>"
            f"<p>You can return items within 30 days of delivery. {escaped(FORMULA)}</p>",
            title=escaped(f"Returns {INJECTED}"),
        ),
        "/delivery": (200, "text/html; charset=utf-8", f"<h1>Shipping</h1>{fifty_mb}"),
        "/faq": html(scroll),
        "/contact": html(
            "<h1>Contact us</h1><p>Email help@shop.example or call +1 212-555-0134.</p>"
            f'<script src="{silent}never.js"></script>'
        ),
    }


OTHER = {
    "/frame": html(
        '<a href="/returns" target="_top">Returns policy</a>'
        "<script>try { top.location = '/hijack'; } catch (e) {}</script>"
    ),
}


def test_hostile_pages_cannot_break_the_run_leave_the_hosts_or_inject_markup(tmp_path, monkeypatch):
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    downloads = Path.home() / "Downloads"
    downloads_before = set(downloads.glob("*")) if downloads.exists() else set()
    with PageServer(OTHER) as other, SilentServer() as silent:
        with PageServer(hostile_site(other.url, silent.url)) as site:
            bench = write(
                tmp_path / "b.yaml",
                f"""
name: Hostile
your_store: {{name: Shop, start_url: "{site.url}"}}
devices: [desktop]
scenarios: [returns-policy, shipping, faq-help, contact]
politeness: {{max_requests_per_second: 20}}
timeouts: {{navigation_s: 20, scenario_s: 60, chat_wait_s: 2}}
""",
            )
            started = time.monotonic()
            result = api.run_benchmark(bench, results_dir=tmp_path / "results")
            elapsed = time.monotonic() - started
        other_paths = [path for _, path in other.requests]
    run_dir = result.run_dir
    site_run = result.run.site_runs[0]
    by_id = {r.scenario_id: r for r in site_run.results}

    # Budget: four scenarios, each bounded; nothing hung.
    assert site_run.status == "complete", site_run.error
    assert elapsed < 4 * 60, elapsed
    assert by_id["returns-policy"].found
    assert by_id["returns-policy"].evidence.final_url.endswith("/help/returns")
    assert by_id["returns-policy"].facts["return_window_days"].value == 30
    assert by_id["contact"].found  # the resource that never arrives does not stop the page
    # The 50 MB page and the endless FAQ were opened and read, within the scenario's limit.
    for scenario, path in (("shipping", "/delivery"), ("faq-help", "/faq")):
        assert any(s.url.endswith(path) for s in by_id[scenario].steps), scenario
        assert by_id[scenario].measured_time_s < 60, scenario

    # Allowed hosts: the other origin served its frame and nothing else (no link, redirect,
    # pop-up or frame-busting navigation reached it).
    assert set(other_paths) <= {"/frame"}, other_paths
    guard = site_run.guard
    assert guard["popups_closed"] >= 8
    reasons = " ".join(b["reason"] for b in guard["blocked"])
    assert "off the allowed hosts" in reasons
    for step in (s for r in site_run.results for s in r.steps):
        assert step.url.startswith(("http://127.0.0.1", "about:")), step.url
    assert not [m for m, _ in site.requests if m != "GET"]

    # Nothing written outside the run folder; the download was refused.
    assert (
        list(workdir.iterdir()) == [] and not (tmp_path / "results" / "returns-form.pdf").exists()
    )
    if downloads.exists():
        assert set(downloads.glob("*")) == downloads_before
    assert not [p for p in run_dir.rglob("*") if p.name.endswith(".pdf")]

    # Escaped everywhere: the injected markup is text in every output format.
    page = (run_dir / "scorecard.html").read_text(encoding="utf-8")
    assert "window.top.__pwned" in page  # it is shown …
    soup = BeautifulSoup(page, "html.parser")
    assert not [s for s in soup.find_all("script") if "__pwned" in s.get_text()]  # … as text
    assert not soup.find_all(attrs={"onerror": True})
    assert "Content-Security-Policy" in page
    markdown = (run_dir / "scorecard.md").read_text(encoding="utf-8")
    assert "<script>" not in markdown and "<img" not in markdown
    rows = list(csv.DictReader(io.StringIO((run_dir / "results.csv").read_text("utf-8"))))
    for row in rows:
        for value in row.values():
            assert not (value or "").startswith(("=", "+", "-", "@")), value
    raw = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    said = json.dumps(INJECTED, ensure_ascii=False)[1:-1]
    assert said in json.dumps(raw, ensure_ascii=False)  # the record keeps what was said


def test_downloads_and_odd_link_schemes_leave_the_page_as_it_was(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with PageServer(OTHER) as other, SilentServer() as silent:
        site = PageServer(hostile_site(other.url, silent.url))
        with site:
            outcomes, blocked = asyncio.run(_visit_odd_links(site.url))
    assert "file download (refused)" in outcomes.pop("direct download")
    for label, (ok, url) in outcomes.items():
        assert ok and url == site.url, (label, url)
    assert "off the allowed hosts" in blocked
    assert list(tmp_path.iterdir()) == []


async def _visit_odd_links(start: str) -> tuple[dict[str, object], str]:
    """Open the PDF directly, then click each odd link from a fresh home page."""
    labels = [
        "Download the returns form",
        "Returns policy",  # file:
        "Returns",  # javascript:
        "Return policy",  # data:
        "Returns & refunds",  # custom scheme
        "Returns and refunds",  # another host
    ]
    outcomes: dict[str, object] = {}
    async with tab_on(start) as driver:
        outcome = await driver.goto(start + "returns-form.pdf")
        outcomes["direct download"] = outcome.error or ""
        for label in labels:
            await driver.goto(start)
            view = await driver.perceive()
            link = next(c for c in view.candidates if c.text == label and c.region == "nav")
            outcome = await driver.click(link.id)
            outcomes[label] = (outcome.ok or "allowed hosts" in (outcome.error or ""), driver.url)
    return outcomes, " ".join(b["reason"] for b in driver.site.guard.blocked)
