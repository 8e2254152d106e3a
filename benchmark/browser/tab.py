"""A Chromium tab as the driver sees it: the browser's own events (navigations, requests,
responses, dialogs, crashes) and the waiting that follows every action — for a navigation to
start, for its document to commit and settle, for redirects to be followed through the guard.

`PageDriver` (driver.py) adds the actions and observations the agent uses.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from playwright.async_api import Error as PlaywrightError

from benchmark.agent.contract import Outcome
from benchmark.browser.errors import in_background
from benchmark.browser.guard import MAX_REDIRECTS, SiteContext
from benchmark.errors import PageCrashed

# Still: no text or element added or removed, nothing shown or hidden (an image's src swapped
# in a loop, a tracker's data-* attributes, change nothing a person reads).
QUIET_JS = """({quiet, cap}) => new Promise((resolve) => {
  let timer = null;
  const finish = () => {
    observer.disconnect(); clearTimeout(timer); clearTimeout(limit); resolve();
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer); timer = setTimeout(finish, quiet);
  });
  observer.observe(document.documentElement, {subtree: true, childList: true, characterData: true,
    attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-expanded', 'inert']});
  timer = setTimeout(finish, quiet);
  const limit = setTimeout(finish, cap);
})"""
NAV_START_WAIT_S = 0.8  # a link: its navigation starts at once, this is only the cap
LOAD_CAP_MS = 8000  # after the DOM is ready, wait at most this long for the load event
# ... or until nothing of the page has been in flight this long: a page whose load event never
# comes (a refused navigation started by a frame while it loaded stops it) is done loading.
LOAD_QUIET_S = 0.5
# A person waits for a page's documents, scripts, styles and data, not for its images and
# media (lazily loaded, or a broken one retried for good) or beacons: they never change the text.
UNWAITED_TYPES = {"image", "media", "ping"}
# Resolves when the document is ready ("interactive": its DOM is parsed; "complete": loaded),
# or with false after `ms`. Read from the page itself: Playwright's own lifecycle events can
# go missing when a frame starts a top-level navigation that the guard refuses.
READY_JS = """([want, ms]) => new Promise(done => {
  const ok = () => want === 'complete' ? document.readyState === 'complete'
                                       : document.readyState !== 'loading';
  if (ok()) return done(true);
  document.addEventListener('readystatechange', () => { if (ok()) done(true); });
  setTimeout(() => done(ok()), ms);
})"""


class Tab:
    """One tab and what happened in it. Create through `PageDriver.open`."""

    def __init__(self, page: Any, site: SiteContext) -> None:
        self.page = page
        self.site = site
        self.timeout_ms = site.settings.navigation_timeout_s * 1000
        self._nav_seq = 0
        self._doc_requests = 0
        self._doc_failures: list[str] = []
        self._doc_status: int | None = None
        self._crashed = False
        self._tasks: set[asyncio.Future[None]] = set()
        self._in_flight: set[Any] = set()
        self._cdp: Any = None  # a DevTools session on the page, opened when first needed
        page.on("framenavigated", self._on_framenavigated)
        page.on("request", self._on_request)
        page.on("requestfailed", self._on_request_failed)
        page.on("requestfinished", self._on_request_done)
        page.on("response", self._on_response)
        page.on("dialog", self._on_dialog)
        page.on("crash", self._on_crash)

    # ------------------------------------------------------------------ events

    def _is_main(self, frame: Any) -> bool:
        try:
            return frame == self.page.main_frame
        except PlaywrightError:
            return False

    def _on_framenavigated(self, frame: Any) -> None:
        if self._is_main(frame):
            self._nav_seq += 1
            self._in_flight.clear()  # the old document's requests are gone with it

    def _on_request(self, request: Any) -> None:
        if request.resource_type not in UNWAITED_TYPES:
            self._in_flight.add(request)
        if request.is_navigation_request() and self._is_main(request.frame):
            self._doc_requests += 1

    def _on_request_done(self, request: Any) -> None:
        self._in_flight.discard(request)

    def _on_request_failed(self, request: Any) -> None:
        self._in_flight.discard(request)
        if request.is_navigation_request() and self._is_main(request.frame):
            self._doc_failures.append(request.failure or "failed")

    def _on_response(self, response: Any) -> None:
        request = response.request
        # A 204 to a navigation leaves the page as it was (the guard refuses pages that way).
        if (
            request.is_navigation_request()
            and self._is_main(request.frame)
            and response.status != 204
        ):
            self._doc_status = response.status

    def _on_dialog(self, dialog: Any) -> None:
        """alert/confirm/prompt: dismissed, as a cautious person would. "Leave this page?"
        (beforeunload) is answered Leave: the shopper has decided to go on."""
        answer = dialog.accept() if dialog.type == "beforeunload" else dialog.dismiss()
        in_background(answer, self._tasks)

    def _on_crash(self, _page: Any) -> None:
        self._crashed = True

    def _alive(self) -> None:
        if self._crashed or self.page.is_closed():
            raise PageCrashed(self.site.settings.name, "the page crashed (renderer process died)")

    @property
    def url(self) -> str:
        return self.page.url

    @property
    def usable(self) -> bool:
        return not self._crashed and not self.page.is_closed()

    # ------------------------------------------------------------------ waiting

    def _mark(self) -> tuple[int, int, int, str]:
        self._doc_status = None
        return (self._nav_seq, self._doc_requests, len(self.site.guard.blocked), self.page.url)

    def _moved(self, state: tuple[int, int, int, str]) -> bool:
        return self._nav_seq != state[0] or self._doc_requests != state[1]

    def _new_block(self, since: int) -> str | None:
        blocked = self.site.guard.blocked[since:]
        return f"{blocked[-1]['reason']} ({blocked[-1]['url']})" if blocked else None

    async def _after(
        self, state: tuple[int, int, int, str], start: float, start_wait: float = NAV_START_WAIT_S
    ) -> Outcome:
        """After an action: wait for a navigation to start, then for its page to settle."""
        seq0, docs0, blocked0, _url0 = state
        deadline = time.perf_counter() + start_wait
        while time.perf_counter() < deadline and not self._moved(state):
            await asyncio.sleep(0.03)
        if self._doc_requests != docs0:
            await self._commit_or_failure(seq0, failures=0)
        blocked = self._new_block(blocked0)
        if self._nav_seq == seq0:
            await self._quiet()
            self._doc_failures.clear()
            if blocked:
                return Outcome(ok=False, url=self.page.url, error=blocked, elapsed_ms=_ms(start))
            return Outcome(ok=True, navigated=False, url=self.page.url, elapsed_ms=_ms(start))
        self._doc_failures.clear()
        await self._settle()
        outcome = self._outcome(start, navigated=True, new_document=self._doc_requests != docs0)
        return self._blame_guard(outcome, blocked0)

    def _blame_guard(self, outcome: Outcome, blocked_since: int) -> Outcome:
        """Left on an error page or a redirect stub because the guard refused where the page
        led: the refusal is the reason."""
        blocked = self._new_block(blocked_since)
        if blocked and (self.page.url.startswith("chrome-error:") or self._redirect_target()):
            outcome.ok, outcome.error = False, blocked
        return outcome

    async def _commit_or_failure(self, seq: int, failures: int) -> None:
        """Wait until a new document commits (navigation number `seq` is past) or another
        document request fails, at most the navigation timeout."""
        deadline = time.perf_counter() + self.timeout_ms / 1000
        while (
            self._nav_seq == seq
            and len(self._doc_failures) == failures
            and time.perf_counter() < deadline
        ):
            await asyncio.sleep(0.03)

    def _outcome(self, start: float, *, navigated: bool, new_document: bool) -> Outcome:
        url = self.page.url
        status = self._doc_status if new_document else None
        error = None
        if url.startswith("chrome-error:"):
            error = "the page failed to load"
        elif self._redirect_target():
            error = "redirect not followed"
        elif status is not None and status >= 400:
            error = f"HTTP {status}"
        return Outcome(
            ok=error is None,
            navigated=navigated,
            url=url,
            elapsed_ms=_ms(start),
            status=status,
            error=error,
            new_document=new_document,
        )

    async def _settle(self) -> None:
        """Let the page finish, then follow the redirects it answered with (see
        SiteContext._open_document): each target opens in its place, as Chromium would have
        done, but as a navigation the guard sees."""
        await self._settle_page()
        for _hop in range(MAX_REDIRECTS + 1):  # the guard cuts loops after MAX_REDIRECTS
            target = self._redirect_target()
            if not target:
                break
            seq, failures = self._nav_seq, len(self._doc_failures)
            try:
                await self.page.evaluate("url => location.replace(url)", target)
            except PlaywrightError:
                self._alive()
            await self._commit_or_failure(seq, failures)
            await self._settle_page()

    def _arrived(self, seq: int, url: str) -> bool:
        """The page at `url` was committed since navigation number `seq`."""
        here = self.page.url.split("#")[0]
        return self._nav_seq != seq and here == url.split("#")[0]

    def _redirect_target(self) -> str | None:
        return self.site.redirects.get(self.page.url.split("#")[0])

    async def _settle_page(self) -> None:
        """Let the page finish: its DOM, the load event (not forever: a page whose last
        resource never arrives is used as it is), a quiet network, consent, a still DOM."""
        await self._ready("interactive", self.timeout_ms)
        cap_ms = min(self.timeout_ms, LOAD_CAP_MS)
        waits = [
            asyncio.ensure_future(self._ready("complete", cap_ms)),
            asyncio.ensure_future(self._network_quiet(LOAD_QUIET_S, cap_ms / 1000)),
        ]
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        for wait in waits:
            wait.cancel()
        await asyncio.gather(*waits, return_exceptions=True)
        self._alive()
        await self._network_quiet()
        await self.site.consent.settle(self.page)
        await self._quiet()
        # in the background: the page is ready now, and the shopper's next look waits for it
        in_background(self._collect_garbage(), self._tasks)

    async def _collect_garbage(self) -> None:
        """Free the page's JavaScript garbage now (the previous document's too): four renderers
        keeping theirs were most of a run's peak memory (demo: peak PSS 895 → 663 MB)."""
        try:
            if self._cdp is None:
                self._cdp = await self.page.context.new_cdp_session(self.page)
            await self._cdp.send("HeapProfiler.collectGarbage")
        except PlaywrightError:
            self._cdp = None

    async def _ready(self, state: str, timeout_ms: float) -> bool:
        """Wait until the current document is `state` (see READY_JS), at most `timeout_ms`,
        also when the page's main thread is too busy to answer."""
        deadline = time.perf_counter() + timeout_ms / 1000
        while (left := deadline - time.perf_counter()) > 0:
            try:
                return await asyncio.wait_for(
                    self.page.evaluate(READY_JS, [state, int(left * 1000)]), left + 0.5
                )
            except (TimeoutError, PlaywrightError):
                self._alive()  # the document changed under us (or hangs): look again
                await asyncio.sleep(0.05)
        return False

    async def _network_quiet(self, quiet_s: float = 0.15, cap_s: float = 1.5) -> None:
        """Wait until no request of the page has been in flight for `quiet_s` (long polls and
        sockets of chat widgets never end: hence the cap)."""
        deadline = time.perf_counter() + cap_s
        quiet_since = time.perf_counter()
        while time.perf_counter() < deadline:
            if self._in_flight:
                quiet_since = time.perf_counter()
            elif time.perf_counter() - quiet_since >= quiet_s:
                return
            await asyncio.sleep(0.03)

    async def _quiet(self, quiet_ms: int = 150, cap_ms: int = 1500) -> None:
        try:
            await self.page.evaluate(QUIET_JS, {"quiet": quiet_ms, "cap": cap_ms})
        except PlaywrightError:
            self._alive()


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)
