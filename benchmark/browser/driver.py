"""A page the shopper agent can look at and act on, without knowing about Playwright.

Every action returns an `Outcome` (did a page load, how long it took, what went wrong) and
every observation a `PageView`. Navigation is detected from the browser's own events (see
`browser.tab`), so full page loads and client-side route changes (single-page apps) are both
seen.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from pathlib import Path
from typing import Any

from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Error as PlaywrightError

from benchmark.agent.contract import CLICK_FAILED, ChatProbe, Outcome, PageView
from benchmark.browser.chat import panel_text, probe_chat
from benchmark.browser.errors import describe_error, quietly
from benchmark.browser.guard import SiteContext
from benchmark.browser.tab import NAV_START_WAIT_S, Tab, _ms
from benchmark.errors import PageCrashed

_JS = Path(__file__).parent / "js"
# The page hands back one JSON string: Playwright's own value serialiser walks every object of
# a 3,700-link page in ~1 s, JSON.stringify does it in a few ms (measured on a real store page).
PERCEIVE_JS = (
    "(args) => JSON.stringify(("
    + (_JS / "perceive.js").read_text(encoding="utf-8").strip()
    + ")(args))"
)
TRANSIENT = {"connection reset", "empty response", "connection closed without an answer"}
TRANSIENT |= {"HTTP 502", "HTTP 503", "HTTP 504"}
RETRY_BASE_S = 1.0
TOGGLE_NAV_START_WAIT_S = 0.25  # a button or menu toggle rarely navigates: look briefly
PREPARE_CLICK_JS = (_JS / "click.js").read_text(encoding="utf-8").strip()
UNVEIL_JS = (_JS / "unveil.js").read_text(encoding="utf-8").strip()
COVER_RECHECK_S = (0.3, 0.5)  # a layer over the element may be on its way out: look again
AXE = Axe()  # for its bundled axe-core
AXE_JS = "axe.run(document,{resultTypes:['violations']}).then(r=>r.violations.map(v=>v.impact))"
CLICK_TIMEOUT_MS = 4000


class PageDriver(Tab):
    """One tab the agent acts on. Create with ``await PageDriver.open(site)``."""

    _unveiled = -1  # the navigation whose transparent blocks were scrolled to (unveil.js)

    @classmethod
    async def open(cls, site: SiteContext) -> PageDriver:
        return cls(await site.new_page(), site)

    # ------------------------------------------------------------------ actions

    async def reset_pointer(self) -> None:
        """Park the mouse in the corner, so no menu opens on hover when the next page loads."""
        with contextlib.suppress(PlaywrightError):
            await self.page.mouse.move(0, 0)

    async def stir(self) -> None:
        """A person's presence: the pointer crosses a corner, the wheel turns a notch. Speed
        plugins (WP Rocket, LiteSpeed…) hold scripts back, chat widgets first, until then."""
        with contextlib.suppress(PlaywrightError):
            await self.page.mouse.move(3, 3)
            await self.page.mouse.wheel(0, 1)
            await self.page.mouse.move(0, 0)

    async def goto(self, url: str, retries: int = 0) -> Outcome:
        """Open a URL. Transient network failures (a reset connection, an empty answer, a
        502/503/504) are retried `retries` times, after 1 s, 2 s, 4 s…; nothing else is."""
        outcome = await self._goto_once(url)
        for attempt in range(retries):
            if outcome.ok or outcome.error not in TRANSIENT:
                break
            await asyncio.sleep(RETRY_BASE_S * 2**attempt)
            outcome = await self._goto_once(url)
        return outcome

    async def _goto_once(self, url: str) -> Outcome:
        start = time.perf_counter()
        blocked_before = len(self.site.guard.blocked)
        self._doc_status = None
        seq = self._nav_seq
        try:
            await self.page.goto(url, wait_until="commit", timeout=self.timeout_ms)
        except PlaywrightError as exc:
            self._alive()
            if not self._arrived(seq, url):
                reason = self._new_block(blocked_before) or describe_error(exc)
                return Outcome(ok=False, url=self.page.url, error=reason, elapsed_ms=_ms(start))
            # The page came, then a script tried to navigate away (refused by the guard).
        await self._settle()
        return self._blame_guard(
            self._outcome(start, navigated=True, new_document=True), blocked_before
        )

    async def click(self, element_id: int) -> Outcome:
        """Click an element reported by `perceive` (links open in this tab, as a person would)."""
        self._alive()
        locator = self.page.locator(f'[data-sb-id="{element_id}"]').first
        state = self._mark()
        start = time.perf_counter()
        leads_away = False
        try:
            prepared = await self._prepare(locator)
            if prepared["cover"]:  # Playwright would wait out its limit for the same answer
                error = f"{CLICK_FAILED}: {prepared['cover']} lies over it"
                return Outcome(ok=False, url=self.page.url, elapsed_ms=_ms(start), error=error)
            leads_away = prepared["leadsAway"]
            await locator.click(timeout=CLICK_TIMEOUT_MS)
        except PlaywrightError as exc:
            self._alive()
            if not self._moved(state):
                error = f"{CLICK_FAILED}: {describe_error(exc)}"
                return Outcome(ok=False, url=self.page.url, elapsed_ms=_ms(start), error=error)
        wait = NAV_START_WAIT_S if leads_away else TOGGLE_NAV_START_WAIT_S
        return await self._after(state, start, start_wait=wait)

    async def _prepare(self, locator: Any) -> dict[str, Any]:
        """`click.js` on the element: whether it leads away, and what lies over it (looked at
        again while a layer over it may be on its way out)."""
        prepared = await locator.evaluate(PREPARE_CLICK_JS, timeout=CLICK_TIMEOUT_MS)
        for pause in COVER_RECHECK_S:
            if not prepared["cover"]:
                break
            await asyncio.sleep(pause)
            prepared = await locator.evaluate(PREPARE_CLICK_JS, timeout=CLICK_TIMEOUT_MS)
        return prepared

    async def click_point(self, x: float, y: float) -> Outcome:
        """Click at viewport coordinates (a widget drawn inside an iframe)."""
        self._alive()
        state = self._mark()
        start = time.perf_counter()
        try:
            await self.page.mouse.click(x, y)
        except PlaywrightError as exc:
            return Outcome(ok=False, url=self.page.url, error=describe_error(exc))
        return await self._after(state, start)

    async def click_selector(self, selector: str, frame: str | None = None) -> Outcome:
        """Click the first visible match of `selector`, inside the iframe `frame` if given."""
        self._alive()
        scope = self.page.frame_locator(frame).first if frame else self.page
        locator = scope.locator(f"{selector} >> visible=true").first
        state = self._mark()
        start = time.perf_counter()
        try:
            await locator.click(timeout=CLICK_TIMEOUT_MS)
        except PlaywrightError as exc:
            self._alive()
            return Outcome(ok=False, url=self.page.url, error=describe_error(exc))
        return await self._after(state, start)

    async def box_of(self, selector: str) -> dict[str, float] | None:
        locator = self.page.locator(f"{selector} >> visible=true").first
        try:
            return await locator.bounding_box(timeout=1000)
        except PlaywrightError:
            return None

    async def search(self, field_id: int, text: str) -> Outcome:
        """Type `text` into a site-search field and press Enter (the only form ever sent)."""
        self._alive()
        locator = self.page.locator(f'[data-sb-id="{field_id}"]').first
        start = time.perf_counter()
        try:
            # a box under a layer fails at once, as a click on a covered link does
            prepared = await self._prepare(locator)
            if prepared["cover"]:
                error = f"{CLICK_FAILED}: {prepared['cover']} lies over the search box"
                return Outcome(ok=False, url=self.page.url, elapsed_ms=_ms(start), error=error)
            await locator.click(timeout=CLICK_TIMEOUT_MS)
            await locator.fill(text, timeout=CLICK_TIMEOUT_MS)
        except PlaywrightError as exc:
            error = f"{CLICK_FAILED} into the search box: {describe_error(exc)}"
            return Outcome(ok=False, url=self.page.url, elapsed_ms=_ms(start), error=error)
        state = self._mark()
        start = time.perf_counter()
        try:
            await locator.press("Enter", timeout=CLICK_TIMEOUT_MS)
        except PlaywrightError as exc:
            self._alive()
            if not self._moved(state):
                return Outcome(ok=False, url=self.page.url, error=describe_error(exc))
        return await self._after(state, start, start_wait=1.5)

    async def back(self) -> Outcome:
        self._alive()
        state = self._mark()
        start = time.perf_counter()
        try:
            await self.page.go_back(wait_until="commit", timeout=self.timeout_ms)
        except PlaywrightError as exc:
            self._alive()
            return Outcome(ok=False, url=self.page.url, error=describe_error(exc))
        if not self._moved(state):
            return Outcome(ok=False, url=self.page.url, error="no earlier page to go back to")
        await self._settle()
        return self._outcome(start, navigated=True, new_document=self._doc_requests != state[1])

    async def press(self, key: str) -> None:
        try:
            await self.page.keyboard.press(key)
        except PlaywrightError:
            self._alive()
        await self._quiet()

    async def pause(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    # ------------------------------------------------------------------ observation

    async def perceive(self) -> PageView:
        data = await self._read()
        if data.get("veiled") and self._unveiled != self._nav_seq:  # once a document
            self._unveiled = self._nav_seq
            with contextlib.suppress(PlaywrightError):
                await self.page.evaluate(UNVEIL_JS, data["veiled"])
            await self._quiet()
            data = await self._read()
        return PageView.from_js(data)

    async def _read(self) -> dict[str, Any]:
        for _attempt in range(3):
            self._alive()
            try:
                return json.loads(await self.page.evaluate(PERCEIVE_JS, {}))
            except PlaywrightError as exc:
                self._alive()
                last = exc
                await self._settle()
        raise PageCrashed(self.site.settings.name, f"cannot read the page: {describe_error(last)}")

    async def chat_probe(self, vendors: list[dict[str, Any]]) -> ChatProbe:
        self._alive()
        try:
            return await probe_chat(self.page, vendors)
        except PlaywrightError:
            self._alive()
            return ChatProbe()

    async def accessibility(self) -> dict[str, int] | None:
        """axe-core on the current page: the number of violated rules per impact."""
        try:
            await self.page.evaluate(AXE.axe_script)
            # only violations' impacts: other result types doubled a check on a 3,700-link
            # page (9 → 21 s), their nodes (HTML, selectors) cost a third of it on the demo
            impacts = await self.page.evaluate(AXE_JS)
        except PlaywrightError:
            self._alive()
            return None
        finally:
            await self._collect_garbage()  # axe-core leaves ~140 MB on a 1,600-link page
        counts = dict.fromkeys(("critical", "serious", "moderate", "minor"), 0)
        for impact in impacts:
            counts[impact or "minor"] = counts.get(impact or "minor", 0) + 1
        return counts

    async def panel_text(self, selectors: list[str], limit: int = 600) -> str:
        return await panel_text(self.page, selectors, limit)

    async def screenshot(self, path: Path, scroll_to_y: float | None = None) -> bool:
        try:
            if scroll_to_y is not None:
                await self.page.evaluate("y => scrollTo(0, Math.max(0, y - 90))", scroll_to_y)
            path.parent.mkdir(parents=True, exist_ok=True)
            # one pixel per CSS pixel: a phone's 2.6× device pixels tripled the encoding work
            await self.page.screenshot(
                path=str(path), type="jpeg", quality=70, scale="css", timeout=15000
            )
            return True
        except PlaywrightError:
            return False

    async def close(self) -> None:
        await quietly(self.page.close())

    # ------------------------------------------------------------------ internals
