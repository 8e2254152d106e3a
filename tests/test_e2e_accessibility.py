"""axe-core on a support page: violated rules counted by impact, the same whether the page
has one careless element or many of the same kind (rules, not nodes, are counted)."""

from __future__ import annotations

import asyncio

import pytest

from .conftest import PageServer, html, tab_on

pytestmark = pytest.mark.browser

CLEAN = "<main><h1>Returns</h1><p>Send it back within a month.</p></main>"
# an image with no text alternative and a field with no label: two critical rules
CARELESS = (
    "<main><h1>Returns</h1><img src='/box.png' width='20' height='20'>"
    "<form><input type='text' name='order'></form></main>"
)
MANY = CARELESS.replace("<img", "<img src='/a.png'><img src='/b.png'><img", 1)


async def _counts(urls: list[str]) -> list[dict[str, int] | None]:
    found = []
    async with tab_on(urls[0], navigation_timeout_s=20) as driver:
        for url in urls:
            assert (await driver.goto(url)).ok
            found.append(await driver.accessibility())
    return found


def test_violated_rules_are_counted_by_impact():
    pages = {"/clean": html(CLEAN), "/careless": html(CARELESS), "/many": html(MANY)}
    with PageServer(pages) as site:
        clean, careless, many = asyncio.run(
            _counts([site.url + "clean", site.url + "careless", site.url + "many"])
        )
    assert clean == {"critical": 0, "serious": 0, "moderate": 0, "minor": 0}
    assert careless is not None and careless["critical"] == 2
    assert many == careless
