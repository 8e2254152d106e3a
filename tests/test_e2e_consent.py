"""A consent banner of a known tool is refused through autoconsent and recorded, the choice
saved by the time the page has settled; of autoconsent's lifecycle reports only those the
wait for a busy banner needs cross to Python."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import unquote

import pytest

from benchmark.browser.consent import REPORTS_JS
from benchmark.demo.server import ASSETS_DIR

from .conftest import PageServer, html, tab_on

pytestmark = pytest.mark.browser

LIBRARY = ASSETS_DIR / "cookieconsent"
# vanilla-cookieconsent v3 set up with one optional category, as stores write it
SETUP = """CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, marketing: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'Cookies', description: 'We would like to use marketing cookies.',
                    acceptAllBtn: 'Allow all', acceptNecessaryBtn: 'Only necessary' },
    preferencesModal: { title: 'Choices', sections: [] } } } }
});"""
PAGE = (
    "<link rel='stylesheet' href='/cc/cookieconsent.css'>"
    "<h1>Garden tools</h1><a href='/help'>Help</a>"
    "<script src='/cc/cookieconsent.umd.js'></script><script src='/setup.js'></script>"
)


async def _open(url: str) -> tuple[str, str | None]:
    async with tab_on(url) as driver:
        assert (await driver.goto(url)).ok
        # read at once: what a look at the settled page would see
        cookie = await driver.page.evaluate("() => document.cookie")
    return cookie, driver.site.consent.log.summary()


def test_a_known_consent_tool_is_refused_before_the_page_is_read():
    pages = {
        "/": html(PAGE),
        "/setup.js": (200, "text/javascript", SETUP),
        "/cc/cookieconsent.umd.js": (
            200,
            "text/javascript",
            (LIBRARY / "cookieconsent.umd.js").read_text(),
        ),
        "/cc/cookieconsent.css": (200, "text/css", (LIBRARY / "cookieconsent.css").read_text()),
    }
    with PageServer(pages) as site:
        cookie, summary = asyncio.run(_open(site.url))
    assert summary is not None and "refused non-essential cookies" in summary, summary
    stored = dict(part.strip().split("=", 1) for part in cookie.split(";") if "=" in part)
    assert "cc_cookie" in stored, cookie  # the choice was saved before the page was read
    assert json.loads(unquote(stored["cc_cookie"]))["categories"] == ["necessary"]


REPORTS = [
    {"type": "init"},
    {"type": "report", "mainFrame": False, "state": {"lifecycle": "runningOptOut"}},
    {"type": "report", "mainFrame": True, "state": {"lifecycle": "loading"}},
    {"type": "report", "mainFrame": True, "state": {"lifecycle": "cmpDetected"}},
    {"type": "eval", "id": 1},
    {"type": "report", "mainFrame": True, "state": {"lifecycle": "runningOptOut"}},
    {"type": "optOutResult", "result": True},
    {"type": "report", "mainFrame": True, "state": {"lifecycle": "done"}},
    {"type": "report", "mainFrame": True, "state": {"lifecycle": "done"}},
]


async def _heard(messages: list[dict]) -> list[dict]:
    async with tab_on("about:blank") as driver:
        heard = await driver.page.evaluate(
            """([script, messages]) => {
              const heard = [];
              window.autoconsentSendMessage = (m) => { heard.push(m); return Promise.resolve(); };
              (0, eval)(script);
              for (const m of messages) window.autoconsentSendMessage(m);
              return heard;
            }""",
            [REPORTS_JS, messages],
        )
    return heard


def test_only_the_reports_the_busy_wait_needs_cross():
    heard = asyncio.run(_heard(REPORTS))
    assert heard == [REPORTS[i] for i in (0, 3, 4, 5, 6, 7)]


async def _banner_texts(url: str) -> list[str]:
    async with tab_on(url) as driver:
        assert (await driver.goto(url)).ok
        view = await driver.perceive()
    return [b.text for b in view.banners]


def test_a_floating_bar_named_for_privacy_is_a_cookie_banner_a_policy_section_is_not():
    """Consent tools such as Commanders Act name their bar for privacy ("tc-privacy"), not
    cookies: floating over the page, it is a banner to answer; a section of the page's own
    flow named the same way is the privacy policy, read, not answered."""
    bar = (
        "<div id='shop_privacy_bar' style='position:fixed;bottom:0;left:0;right:0'>"
        "By browsing on you agree to our use of cookies for statistics."
        "<button>Agree</button><button>Settings</button></div>"
    )
    policy = (
        "<section class='privacy-policy'><h2>How we use cookies</h2><p>Cookies keep your "
        "basket between visits.</p><a href='/cookies'>Accept or change cookies</a></section>"
    )
    pages = {"/": html("<h1>Tents</h1>" + bar), "/policy": html("<h1>Privacy</h1>" + policy)}
    with PageServer(pages) as site:
        floating = asyncio.run(_banner_texts(site.url))
        in_flow = asyncio.run(_banner_texts(site.url + "policy"))
    assert len(floating) == 1 and "use of cookies" in floating[0]
    assert in_flow == []
