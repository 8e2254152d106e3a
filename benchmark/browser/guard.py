"""The guard of one site × device: a browser context whose every request passes through it.

It enforces, at the network layer, what the agent also respects by choice:
- page navigations stay on the allowed hosts (third-party resources such as chat widgets load);
- no navigation other than GET (so no form is ever submitted, even by a page's own script);
- robots.txt is honoured for every page, not only the start page;
- requests for pages and data to the site's hosts are spaced by the run's rate limiter;
- redirects are fetched here and each hop checked, loops cut after `MAX_REDIRECTS`;
- downloads are refused, pop-up windows closed.

Scripts, style sheets and fonts from the site's own hosts pass without being judged
(`judged_requests`): none of the above applies to them, and each judged request costs a
round trip through this process while the page waits (three in four of a demo run's requests).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from playwright.async_api import BrowserContext, Route
from playwright.async_api import Error as PlaywrightError

from benchmark.browser.consent import Consent
from benchmark.browser.errors import describe_error, in_background, quietly
from benchmark.errors import RobotsDisallowed, SiteUnreachable
from benchmark.politeness import (
    HostPolicy,
    RateLimiter,
    RobotsRules,
    is_loopback_name,
    judged_requests,
    netloc,
)

UNREACHABLE = (
    "connection",
    "host name",
    "address unreachable",
    "TLS error",
    "redirect loop",
    "timed out",
)
MAX_REDIRECTS = 10
# Headers of a fetched page that no longer describe the body handed to Chromium (Playwright
# hands it over decoded and whole).
REFETCHED_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}
REDIRECT_STUB = "<!doctype html><title>Redirect</title><meta name=robots content=noindex>"
THROTTLED_TYPES = {"document", "xhr", "fetch", "eventsource", "websocket"}


@dataclass
class SiteSettings:
    """Everything the browser layer needs to know about one site × device."""

    name: str
    start_url: str
    device: str
    allowed_hosts: list[str] = field(default_factory=list)
    robots_txt: bool = True
    ignore_robots: bool = False
    product: str = "supportbench"
    contact: str | None = None
    navigation_timeout_s: float = 20.0
    block_hosts: list[str] = field(default_factory=list)  # third-party hosts never loaded
    help_desk_hosts: list[str] = field(default_factory=list)  # help centres it may link to


@dataclass
class GuardLog:
    blocked: list[dict[str, str]] = field(default_factory=list)
    documents: int = 0
    requests: int = 0  # judged ones: see judged_requests
    throttled_s: float = 0.0
    popups_closed: int = 0
    third_party_blocked: int = 0


class SiteContext:
    """A browser context for one site × device, with its guard, robots rules and consent."""

    def __init__(
        self,
        context: BrowserContext,
        settings: SiteSettings,
        limiter: RateLimiter,
        is_mobile: bool = False,
    ) -> None:
        self.context = context
        self.is_mobile = is_mobile
        self.settings = settings
        self.limiter = limiter
        self.hosts = HostPolicy(
            settings.start_url, settings.allowed_hosts, settings.help_desk_hosts
        )
        self.guard = GuardLog()
        self.consent = Consent()
        self.robots: dict[str, RobotsRules] = {}
        self._creating = False
        self._hops: dict[str, int] = {}  # redirect target -> hops so far
        self.redirects: dict[str, str] = {}  # page URL answered by a redirect -> its target
        self._tasks: set[asyncio.Future[None]] = set()

    async def start(self) -> None:
        await self.consent.install(self.context)
        await self.context.route(
            judged_requests(self.hosts, self.settings.block_hosts), self._route
        )
        self.context.on("page", self._on_page)

    def _on_page(self, page: Any) -> None:
        if self._creating:
            return
        self.guard.popups_closed += 1
        in_background(page.close(), self._tasks)

    async def new_page(self) -> Any:
        self._creating = True
        try:
            return await self.context.new_page()
        finally:
            self._creating = False

    async def check_robots(self, url: str) -> None:
        """Fetch robots.txt for `url`'s origin; raise if the start URL is disallowed."""
        rules = await self._robots_for(url)
        if rules is not None and not rules.allows(url):
            raise RobotsDisallowed(self.settings.name, rules.reason(url))

    async def _robots_for(self, url: str) -> RobotsRules | None:
        if not self.settings.robots_txt or self.settings.ignore_robots:
            return None
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            await self.limiter.wait(netloc(url))
            target, headers = loopback_target(origin + "/robots.txt", {})
            try:
                response = await self.context.request.get(
                    target,
                    headers=headers,
                    timeout=self.settings.navigation_timeout_s * 1000,
                    max_redirects=5,
                )
                self.robots[origin] = RobotsRules(response.status, await response.text())
            except PlaywrightError as exc:
                reason = describe_error(exc)
                if reason.startswith(UNREACHABLE):
                    raise SiteUnreachable(self.settings.name, reason) from None
                self.robots[origin] = RobotsRules(0)
        return self.robots[origin]

    async def _route(self, route: Route) -> None:
        request = route.request
        url = request.url
        self.guard.requests += 1
        if self._is_page_navigation(request):
            self.guard.documents += 1
            reason = await self._navigation_refusal(url, request.method)
            if reason:
                await self._refuse(route, url, reason)
                return
            self.guard.throttled_s += await self.limiter.wait(netloc(url))
            await self._open_document(route, url)
            return
        if self._blocked(url):
            self.guard.third_party_blocked += 1
            await quietly(route.abort("blockedbyclient"))
            return
        if self.hosts.allows(url) and request.resource_type in THROTTLED_TYPES:
            self.guard.throttled_s += await self.limiter.wait(netloc(url))
        await quietly(route.continue_())

    async def _refuse(self, route: Route, url: str, reason: str) -> None:
        self.guard.blocked.append({"url": url, "reason": reason})
        # "204 No Content", not an abort: Chromium then keeps the page it was on, error page
        # and all (a script's off-site redirect leaves the page usable), and a page still
        # loading when one of its frames tried to take over goes on loading.
        await quietly(route.fulfill(status=204, body=""))

    async def _open_document(self, route: Route, url: str) -> None:
        """Fetch a page ourselves, without following redirects. Chromium follows a redirect
        without asking the route again, so a redirect is answered with a stub page and the
        driver opens its target as a new navigation, which is guarded like any other.
        Redirect loops are cut after MAX_REDIRECTS hops."""
        target, headers = loopback_target(url, route.request.headers)
        try:
            response = await route.fetch(
                url=target if target != url else None,
                headers=headers if target != url else None,
                max_redirects=0,
                timeout=self.settings.navigation_timeout_s * 1000,
            )
        except PlaywrightError:
            # Let Chromium try: it reports its own network error (refused, TLS, timeout…).
            await quietly(route.continue_())
            return
        try:
            location = response.headers.get("location")
            if 300 <= response.status < 400 and location:
                await self._answer_redirect(route, url, urljoin(url, location), response)
                return
            self._hops.pop(url, None)
            headers = {
                k: v for k, v in response.headers.items() if k.lower() not in REFETCHED_HEADERS
            }
            await quietly(route.fulfill(response=response, headers=headers))
        finally:
            await quietly(response.dispose())

    async def _answer_redirect(self, route: Route, url: str, target: str, response: Any) -> None:
        hops = self._hops.pop(url, 0) + 1
        if hops > MAX_REDIRECTS:
            await self._refuse(route, target, "redirect loop (too many redirects)")
            return
        self._hops[target] = hops
        self.redirects[url] = target
        cookies = response.headers.get("set-cookie")
        await quietly(
            route.fulfill(
                status=200,
                headers={
                    "content-type": "text/html; charset=utf-8",
                    "cache-control": "no-store",
                    **({"set-cookie": cookies} if cookies else {}),
                },
                body=REDIRECT_STUB,
            )
        )

    @staticmethod
    def _is_page_navigation(request: Any) -> bool:
        """A top-level document. The first request of a window the site opened has no frame
        yet: it is guarded like a page too (and the window closed by _on_page). Aborting it
        instead would stop Chromium from ever announcing the window."""
        if not request.is_navigation_request():
            return False
        try:
            return request.frame.parent_frame is None
        except PlaywrightError:
            return True

    def _blocked(self, url: str) -> bool:
        if not self.settings.block_hosts:
            return False
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        location = f"{host}:{parts.port}" if parts.port else host
        target = location + parts.path
        return any(
            host == entry
            or host.endswith("." + entry)
            or location == entry
            or ("/" in entry and (target.startswith(entry) or f"www.{target}".startswith(entry)))
            for entry in self.settings.block_hosts
        )

    async def _navigation_refusal(self, url: str, method: str) -> str | None:
        if method != "GET":
            return f"{method} navigation refused: supportbench never submits forms"
        if not self.hosts.allows(url):
            return "off the allowed hosts"
        try:
            rules = await self._robots_for(url)
        except SiteUnreachable as exc:
            return exc.reason
        if rules is not None and not rules.allows(url):
            return rules.reason(url)
        return None

    async def close(self) -> None:
        await quietly(self.context.close())


def loopback_target(url: str, headers: dict[str, str]) -> tuple[str, dict[str, str]]:
    """Where to fetch `url` from this process. Chromium resolves names under localhost to
    this machine itself (RFC 6761) but the fetcher beside it does not: such a name is asked
    at 127.0.0.1 with its own Host header."""
    parts = urlsplit(url)
    if not is_loopback_name(parts.hostname or ""):
        return url, headers
    netloc = "127.0.0.1" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc)), {**headers, "host": parts.netloc}
