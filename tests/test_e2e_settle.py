"""A page is read once its text has arrived and stands still: an image that never comes does
not hold it (its load event never fires; the wait for it is capped at 8 s) while the data its
script asks for is still waited for; an image whose source a script keeps swapping does not
keep it from being still, text that keeps changing does (up to the cap)."""

from __future__ import annotations

import asyncio

import pytest

from .conftest import PageServer, SilentServer, html, tab_on

pytestmark = pytest.mark.browser


async def _open(url: str) -> tuple[float, str]:
    async with tab_on(url, navigation_timeout_s=15) as driver:
        outcome = await driver.goto(url)
        assert outcome.ok, outcome.error
        text = (await driver.perceive()).text
    return outcome.elapsed_ms, text


def test_an_image_that_never_arrives_does_not_hold_the_page():
    with SilentServer() as never:
        page = html(
            f"<h1>Garden tools</h1><img src='{never.url}banner.png' alt=''>"
            "<p id='stock'></p><script>fetch('/stock.json').then(r => r.json())"
            ".then(d => { document.getElementById('stock').textContent = d.note; })</script>"
        )
        stock = (200, "application/json", '{"note": "Ships within two days"}')
        with PageServer({"/": page, "/stock.json": stock}) as site:
            elapsed_ms, text = asyncio.run(_open(site.url))
    assert elapsed_ms < 5000, elapsed_ms
    assert "Ships within two days" in text


async def _stillness_ms(url: str) -> list[float]:
    """How long the driver's wait for a still page lasts on `url` (capped at 1.5 s)."""
    async with tab_on(url) as driver:
        assert (await driver.goto(url)).ok
        took = []
        for _ in range(2):
            started = await driver.page.evaluate("performance.now()")
            await driver._quiet()
            took.append(await driver.page.evaluate("performance.now()") - started)
    return took


# a script that swaps an image's source for ever (a broken image's fallback, offline)
SWAPPING = (
    "<h1>Garden tools</h1><img id='pic' alt=''><script>let n = 0;"
    "setInterval(() => { document.getElementById('pic').src = '/p' + (n++ % 2) + '.png'; }, 20)"
    "</script>"
)
# a ticker that rewrites its text for ever
TICKING = (
    "<h1>Garden tools</h1><p id='t'></p><script>let n = 0;"
    "setInterval(() => { document.getElementById('t').textContent = 'Offer ' + n++; }, 20)</script>"
)


def test_a_page_is_still_when_nothing_a_person_reads_changes():
    pages = {"/swapping": html(SWAPPING), "/ticking": html(TICKING)}
    with PageServer(pages) as site:
        swapping = asyncio.run(_stillness_ms(site.url + "swapping"))
        ticking = asyncio.run(_stillness_ms(site.url + "ticking"))
    assert max(swapping) < 1000, swapping  # the 150 ms quiet window, not the cap
    assert min(ticking) >= 1400, ticking  # text that keeps changing: waited for, up to the cap
