"""A click on something another layer lies over fails at once, as Playwright's own check
would after its whole time limit; what a scroll or a moment frees is still clicked."""

from __future__ import annotations

import asyncio
import time

import pytest

from benchmark.agent.contract import CLICK_FAILED

from .conftest import PageServer, html, tab_on

pytestmark = pytest.mark.browser

LINK = "<a href='/help' id='go'>Help centre</a>"
# an empty layer left over the whole page (its stylesheet would have hidden it)
VEILED = LINK + "<div style='position:fixed;inset:0;z-index:9'></div>"
# a bar fixed to the bottom of the window, over the link until the link is scrolled up
BARRED = (
    "<div style='height:640px'></div>" + LINK + "<div style='height:1500px'></div>"
    "<div style='position:fixed;left:0;right:0;bottom:0;height:120px;background:#eee'>"
    "Add to basket</div>"
)
# a layer that goes away on its own soon after the page loads
PASSING = VEILED.replace("<div ", "<div id='veil' ") + (
    "<script>setTimeout(() => document.getElementById('veil').remove(), 400)</script>"
)


async def _click(url: str) -> tuple[bool, str | None, float]:
    async with tab_on(url) as driver:
        assert (await driver.goto(url)).ok
        view = await driver.perceive()
        target = next(c for c in view.candidates if c.text == "Help centre")
        start = time.perf_counter()
        outcome = await driver.click(target.id)
        took = time.perf_counter() - start
    return outcome.navigated, outcome.error, took


def test_a_link_under_a_layer_fails_at_once_and_says_what_lies_over_it():
    with PageServer({"/": html(VEILED), "/help": html("<h1>Help</h1>")}) as site:
        navigated, error, took = asyncio.run(_click(site.url))
    assert not navigated
    assert error is not None and error.startswith(CLICK_FAILED) and "div" in error
    assert took < 2.5  # the click's own limit is 4 s


def test_a_link_under_a_sticky_bar_or_a_passing_layer_is_still_clicked():
    pages = {"/": html(BARRED), "/passing": html(PASSING), "/help": html("<h1>Help</h1>")}
    with PageServer(pages) as site:
        barred = asyncio.run(_click(site.url))
        passing = asyncio.run(_click(site.url + "passing"))
    assert barred[0] and barred[1] is None
    assert passing[0] and passing[1] is None
