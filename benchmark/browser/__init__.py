"""The browser layer: the only package that imports Playwright.

BrowserSession  one Chromium per run         → open_site(SiteSettings) → SiteContext
SiteContext     one context per site×device  (guard, robots, rate limit, consent)
PageDriver      one tab the agent acts on     (perceive, click, back, search, chat probe)
"""

from benchmark.browser.driver import PageDriver
from benchmark.browser.locate import BrowserChoice, find_chromium, install_system_chromium
from benchmark.browser.recorder import TaskConfig, TaskOutcome, TaskWindow
from benchmark.browser.session import BrowserSession, SiteContext, SiteSettings

__all__ = [
    "BrowserChoice",
    "BrowserSession",
    "PageDriver",
    "SiteContext",
    "SiteSettings",
    "TaskConfig",
    "TaskOutcome",
    "TaskWindow",
    "find_chromium",
    "install_system_chromium",
]
