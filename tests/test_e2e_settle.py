"""A page is read once its text has arrived: an image that never comes does not hold it (its
load event never fires; the wait for it is capped at 8 s), while the data its script asks for
is still waited for."""

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
