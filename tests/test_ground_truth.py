"""The demo stores' ground truth is itself checked: every shortest path is walked in Chromium
(the page loads must match), and on desktop no link path is shorter than the one written down.
"""

from __future__ import annotations

import asyncio
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from benchmark.agent import first_visit
from benchmark.agent.search import find_search_field
from benchmark.artifacts import PageLog
from benchmark.browser import BrowserSession, PageDriver, SiteSettings
from benchmark.demo.store import Store, load_stores
from benchmark.demo.truth import load_truth
from benchmark.spec.lexicon import detect_language
from benchmark.text import words

STORES = load_stores()
PORT = 1  # the port written into links between a store's hosts when rendered offline
pytestmark = pytest.mark.browser


def _matches(label: str, candidate_label: str) -> bool:
    want, have = words(label), words(candidate_label)
    return bool(want) and have[: len(want)] == want


async def _walk(driver: PageDriver, start: str, path: list[str], lexicon) -> tuple[str, int]:
    outcome = await driver.goto(start)
    assert outcome.ok, outcome.error
    loads = 1
    for label in path:
        view = await driver.perceive()
        if label.startswith("search: "):
            cues = lexicon.view(detect_language(lexicon, view.lang, view.text))
            field = find_search_field(view, cues)
            assert field is not None, f"no search field for {label!r} on {view.url}"
            outcome = await driver.search(field.id, label.removeprefix("search: "))
        else:
            target = next(
                (c for c in view.candidates if _matches(label, c.text) or _matches(label, c.name)),
                None,
            )
            assert target is not None, f"no visible {label!r} on {view.url}"
            outcome = await driver.click(target.id)
        assert outcome.ok, f"{label!r}: {outcome.error}"
        loads += outcome.navigated
    return driver.url, loads


@pytest.mark.parametrize("device", ["desktop", "mobile"])
def test_every_shortest_path_walks_to_an_answer(demo, lexicon, device):
    async def check_store(session: BrowserSession, store: Store) -> list[str]:
        truth = load_truth(store)
        start = demo.url(store.id)
        site = await session.open_site(
            SiteSettings(name=store.name, start_url=start, device=device)
        )
        problems = []
        try:
            driver = await PageDriver.open(site)
            await first_visit(
                driver,
                start,
                lexicon,
                site.consent.log.summary,
                site.hosts.allows,
                PageLog(),
                sample=False,
            )
            await driver.close()
            for scenario, cell in truth.cells.items():
                if not cell.offered or cell.vendor:
                    continue
                driver = await PageDriver.open(site)
                try:
                    url, loads = await _walk(driver, start, cell.path_for(device), lexicon)
                except AssertionError as exc:
                    problems.append(f"{store.id} {scenario}: {exc}")
                    continue
                finally:
                    await driver.close()
                key = store.key_of(url)
                if key.rstrip("/") not in {a.rstrip("/") for a in cell.answers}:
                    problems.append(f"{store.id} {scenario}: path ends on {key}")
                if loads != cell.page_loads_for(device):
                    problems.append(
                        f"{store.id} {scenario}: {loads} page loads, "
                        f"ground truth says {cell.page_loads_for(device)}"
                    )
        finally:
            await site.close()
        return problems

    async def main() -> list[str]:
        async with BrowserSession(rate_per_second=50) as session:
            found = await asyncio.gather(*(check_store(session, s) for s in STORES))
        return [p for problems in found for p in problems]

    assert asyncio.run(main()) == []


def _links(store: Store, path: str, page: dict) -> set[str]:
    if store.spa:
        html = store.render("index.html", path=path, title="") + store.spa_routes()[path]["html"]
    else:
        html = store.render(
            page["template"], port=PORT, path=path, page=page, title=page.get("title", "")
        )
    # fragments (a footer fetched by script) are written into every page once it has loaded
    for frag_path, frag in store.config["pages"].items():
        if frag.get("fragment"):
            html += store.render(frag["template"], port=PORT, path=frag_path, page=frag, title="")
    soup = BeautifulSoup(html, "html.parser")
    # where the page is: "ajuda/envios" is /envios on the store's "ajuda" sub-domain
    sub, _, rest = path.partition("/")
    here = store.urls(PORT).get(sub, f"http://127.0.0.1:{PORT}") + "/" + rest
    return {
        store.key_of(url)
        for a in soup.find_all("a", href=True)
        if urlsplit(url := urljoin(here, a["href"])).port == PORT
    }


@pytest.mark.parametrize("store", STORES, ids=lambda s: s.id)
def test_no_shorter_link_path_than_the_ground_truth(store):
    """Breadth-first search over every link in the HTML (menus included): on desktop, where
    every menu can be opened, the written page loads are the true minimum."""
    pages = store.config["pages"]
    distance = {"/": 1}
    queue = deque(["/"])
    while queue:
        path = queue.popleft()
        for target in _links(store, path, pages[path]):
            if target in pages and target not in distance:
                distance[target] = distance[path] + 1
                queue.append(target)
    for scenario, cell in load_truth(store).cells.items():
        if not cell.offered or cell.vendor:
            continue
        best = min(distance.get(a, distance.get(a.rstrip("/") or "/", 99)) for a in cell.answers)
        written = cell.page_loads_for("desktop")
        if any(step.startswith("search: ") for step in cell.path_for("desktop")):
            assert best == 99, f"{scenario}: answer is linked, yet the path uses search"
        else:
            assert written == best, f"{scenario}: ground truth {written}, shortest link path {best}"
