"""The browser layer: the only package that imports Playwright.

BrowserSession  one Chromium per run         → open_site(SiteSettings) → SiteContext
SiteContext     one context per site×device  (guard, robots, rate limit, consent)
PageDriver      one tab the agent acts on     (perceive, click, back, search, chat probe)

Names are imported on first use, so `benchmark.browser.locate` (finding a Chromium) works
without Playwright installed.
"""

from __future__ import annotations

from benchmark.lazy import lazy_exports

_WHERE = {
    "PageDriver": "driver",
    "BrowserChoice": "locate",
    "find_chromium": "locate",
    "install_system_chromium": "locate",
    "TaskConfig": "recorder",
    "TaskOutcome": "recorder",
    "TaskWindow": "recorder",
    "BrowserSession": "session",
    "SiteContext": "guard",
    "SiteSettings": "guard",
}
__all__ = sorted(_WHERE)


__getattr__ = lazy_exports(__name__, _WHERE)
