"""A settled page's JavaScript garbage is freed at once, not kept while the shopper reads on:
four renderers each holding theirs were most of a run's peak memory."""

from __future__ import annotations

import asyncio

import pytest

from .conftest import PageServer, html, tab_on

pytestmark = pytest.mark.browser

# Builds ~100 MB of short-lived arrays while loading, and keeps nothing of them.
CHURN = """<h1>Shop</h1><script>
let kept = 0;
for (let i = 0; i < 50; i++) { const a = new Array(250000).fill(i); kept += a.length; }
document.querySelector('h1').dataset.kept = kept;
</script>"""


async def _heap_after_settling(url: str) -> tuple[int, int]:
    async with tab_on(url) as driver:
        outcome = await driver.goto(url)
        assert outcome.ok
        await asyncio.gather(*driver._tasks)  # the collection runs in the background
        cdp = await driver.page.context.new_cdp_session(driver.page)
        usage = await cdp.send("Runtime.getHeapUsage")
        kept = await driver.page.evaluate("document.querySelector('h1').dataset.kept")
    return int(usage["usedSize"]), int(kept)


def test_a_settled_page_keeps_no_garbage():
    with PageServer({"/": html(CHURN)}) as site:
        used, kept = asyncio.run(_heap_after_settling(site.url))
    assert kept == 50 * 250000  # the page did build its arrays
    assert used < 20_000_000, f"{used / 1e6:.0f} MB of JavaScript heap still in use"
