"""One Chromium per run, one context per site × device, every request through a guard
(`browser.guard`).

Chromium is launched once with flags that keep it quiet offline and its pages' heaps bounded;
each site × device gets its own context (cookies, cache, device profile, honest user agent).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, BrowserContext, Playwright, async_playwright
from playwright.async_api import Error as PlaywrightError

from benchmark.browser.errors import describe_error
from benchmark.browser.guard import GuardLog, SiteContext, SiteSettings
from benchmark.browser.locate import find_chromium, headless_shell
from benchmark.errors import BrowserUnavailable, UserError
from benchmark.politeness import RateLimiter, user_agent
from benchmark.spec.devices import DEVICE_ALIASES

LAUNCH_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
    "--mute-audio",
    # A page cannot eat more than 512 MB of JavaScript heap: a runaway page crashes its own
    # tab (reported as such) instead of the machine.
    "--js-flags=--max-old-space-size=512",
]
# Pages are handed to Chromium by the guard (see SiteContext._open_document), so Chromium no
# longer knows they came from this machine, and its Local Network Access checks would stop
# them from loading anything from another local origin. For benchmarks whose sites are all on
# this machine or a private network, contexts get the local-network-access permission; for
# public sites the checks stay as they are. (Not a --disable-features switch: Chromium keeps
# only the last such switch, which would undo the ones Playwright sets.)
LOCAL_NETWORK_PERMISSIONS = ["local-network-access"]
# Playwright's driver (Node.js) keeps garbage it could free until its heap is large; capped, it
# holds about half as much. Only when the user has not set NODE_OPTIONS themselves.
DRIVER_NODE_OPTIONS = "--max-old-space-size=192 --max-semi-space-size=1"
DRIVER_GONE = "Connection closed while reading from the driver"


def _quiet_when_driver_gone(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Pending browser calls fail when Ctrl-C stops Playwright's driver; that is expected,
    not worth a warning. Everything else goes to asyncio's default handler."""
    if DRIVER_GONE in str(context.get("exception", "")):
        return
    loop.default_exception_handler(context)


async def _start_playwright() -> Playwright:
    """Start Playwright's driver with a capped heap (it inherits this process's environment)."""
    if "NODE_OPTIONS" in os.environ:
        return await async_playwright().start()
    os.environ["NODE_OPTIONS"] = DRIVER_NODE_OPTIONS
    try:
        return await async_playwright().start()
    finally:
        del os.environ["NODE_OPTIONS"]


class BrowserSession:
    """The browser for a run. Use as ``async with BrowserSession(...) as session``."""

    def __init__(
        self,
        browser_path: str | None = None,
        *,
        headless: bool = True,
        rate_per_second: float = 2.0,
        local_network: bool = False,
        endpoint: str | None = None,
    ) -> None:
        self._browser_path = browser_path
        self._endpoint = endpoint
        self._headless = headless
        self._local_network = local_network
        self.limiter = RateLimiter(rate_per_second)
        self._pw: Playwright | None = None
        self._browser: Browser | None = None
        self.executable: str | None = None

    async def __aenter__(self) -> BrowserSession:
        endpoint = self._endpoint
        if endpoint and not endpoint.startswith(("ws://", "wss://")):
            raise UserError(f"--browser-endpoint {endpoint}: expected a ws:// or wss:// URL")
        asyncio.get_running_loop().set_exception_handler(_quiet_when_driver_gone)
        self._pw = await _start_playwright()
        if endpoint:
            # a browser served elsewhere (a Playwright server: ``launchServer`` or any service
            # speaking Playwright's protocol, with its own launch flags); Playwright refuses a
            # server of another version when connecting
            self.executable = endpoint
            opening = self._pw.chromium.connect(endpoint, timeout=30_000)
            failed = f"browser endpoint {endpoint}"
        else:
            self.executable = self._choose()
            opening = self._pw.chromium.launch(
                executable_path=self.executable, headless=self._headless, args=LAUNCH_ARGS
            )
            failed = f"Chromium at {self.executable} failed to start"
        try:
            self._browser = await opening
        except PlaywrightError as exc:
            await self._pw.stop()
            raise BrowserUnavailable(f"{failed}: {describe_error(exc)}") from None
        return self

    def _choose(self) -> str:
        """An explicit path; else for a headless run a headless shell; else Playwright's
        Chromium or the system's (`locate.find_chromium`)."""
        if self._browser_path:
            return find_chromium(self._browser_path).path
        assert self._pw is not None
        if self._headless and (shell := headless_shell()) is not None:
            return shell.path
        own = self._pw.chromium.executable_path
        if own and Path(own).exists():
            return own
        return find_chromium(None, ask_playwright=False).path

    async def __aexit__(self, *exc: object) -> None:
        # After Ctrl-C the terminal has stopped Playwright's driver too: closing is best effort.
        if self._browser is not None:
            with contextlib.suppress(Exception):
                await self._browser.close()
        if self._pw is not None:
            with contextlib.suppress(Exception):
                await self._pw.stop()

    @property
    def version(self) -> str:
        return self._browser.version if self._browser else ""

    def device(self, name: str) -> dict[str, Any]:
        assert self._pw is not None
        key = DEVICE_ALIASES.get(name, name)
        if key not in self._pw.devices:
            known = ", ".join(["desktop", "mobile", *sorted(self._pw.devices)][:12])
            raise UserError(
                f"unknown device {name!r}; use desktop, mobile or a Playwright "
                f"device name such as {known}, …"
            )
        return dict(self._pw.devices[key])

    async def new_context(self, descriptor: dict[str, Any]) -> BrowserContext:
        """A plain context for a human tester (no guard: a person browses as they like)."""
        assert self._browser is not None
        descriptor = dict(descriptor)
        descriptor["user_agent"] = user_agent(descriptor.get("user_agent", ""))
        return await self._browser.new_context(**descriptor, accept_downloads=False)

    async def open_site(self, settings: SiteSettings) -> SiteContext:
        assert self._browser is not None
        descriptor = self.device(settings.device)
        descriptor.pop("default_browser_type", None)
        descriptor["user_agent"] = user_agent(
            descriptor.get("user_agent", ""), settings.product, settings.contact
        )
        context = await self._browser.new_context(
            **descriptor,
            accept_downloads=False,
            service_workers="block",
            ignore_https_errors=False,
            java_script_enabled=True,
        )
        context.set_default_timeout(settings.navigation_timeout_s * 1000)
        if self._local_network:
            await context.grant_permissions(LOCAL_NETWORK_PERMISSIONS)
        site = SiteContext(
            context, settings, self.limiter, is_mobile=bool(descriptor.get("is_mobile"))
        )
        await site.start()
        return site


__all__ = ["BrowserSession", "GuardLog", "SiteContext", "SiteSettings"]
