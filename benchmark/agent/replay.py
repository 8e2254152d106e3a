"""A `Driver` that serves saved page views instead of a browser.

The shopper's decision loop (choose, act, back, site search, budget) runs on it exactly as on
Chromium, in milliseconds: unit tests build small sites of views by hand, and
`ReplayDriver.from_site_run` replays a recorded site-run from its artifacts, so a change to the
agent can be tried on pages a real run saw.

A link goes to the saved view of its address (the first one seen there); an action recorded
in the site-run (opening a menu, a search) leads to the view that followed it. Anything else
does nothing, as a dead control would; a link to a page that was never saved answers 404; an
element reported covered (a layer lies over it) cannot be clicked.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmark.agent.contract import CLICK_FAILED, ChatProbe, Outcome, PageView
from benchmark.measure.pages import norm_url
from benchmark.store.record import SiteRun
from benchmark.text import words

SEARCH_BOX = "search box"  # in `hung`: the site's search box never takes the text
Transition = tuple[str, str, str]  # (page url, action, label as words) → next view


def _label(text: str) -> str:
    return " ".join(words(text))


@dataclass
class ReplayDriver:
    """A site of saved views: `pages` by address, `after` for what an action on a page led to
    (a menu opened, an accordion unfolded, a search sent)."""

    pages: dict[str, PageView]
    after: dict[Transition, PageView] = field(default_factory=dict)
    searches: dict[str, str] = field(default_factory=dict)  # typed words → results URL
    probe: ChatProbe = field(default_factory=ChatProbe)
    current: PageView | None = None
    history: list[PageView] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)  # what was done, for tests to read
    hung: set[str] = field(default_factory=set)  # labels whose clicks wait out the 4 s limit

    @classmethod
    def of(cls, views: list[PageView], **kwargs: Any) -> ReplayDriver:
        pages: dict[str, PageView] = {}
        for view in views:
            pages.setdefault(norm_url(view.url), view)
        return cls(pages, **kwargs)

    @classmethod
    def from_site_run(cls, site_run: SiteRun, views: dict[str, PageView]) -> ReplayDriver:
        """Replay a recorded site-run: its views by address, and what each recorded menu,
        accordion or search led to (the view the next step was taken on)."""
        driver = cls.of(list(views.values()))
        for result in site_run.results:
            steps = [s for s in result.steps if s.page in views]
            following = [s.page for s in steps[1:]] + [result.answer_page]
            for step, nxt in zip(steps, following, strict=True):
                if nxt in views and step.action in ("expand", "close-popup", "search"):
                    key = (norm_url(views[step.page].url), step.action, _label(step.label))
                    driver.after.setdefault(key, views[nxt])
        return driver

    # ------------------------------------------------------------------ the Driver contract

    @property
    def url(self) -> str:
        return self.current.url if self.current else "about:blank"

    @property
    def usable(self) -> bool:
        return True

    def _show(self, view: PageView, action: str) -> Outcome:
        if self.current is not None:
            self.history.append(self.current)
        self.current = view
        return Outcome(ok=True, navigated=True, url=view.url, new_document=True, status=200)

    def _missing(self, url: str) -> Outcome:
        """A page the replay does not hold, opened from the current one: the server's error
        page, with the current page left in the history."""
        if self.current is not None:
            self.history.append(self.current)
        self.current = _error_page(url)
        return Outcome(ok=False, navigated=True, url=url, status=404, error="HTTP 404")

    async def goto(self, url: str, retries: int = 0) -> Outcome:
        self.actions.append(f"goto {url}")
        view = self.pages.get(norm_url(url))
        if view is None:
            return Outcome(ok=False, navigated=True, url=url, status=404, error="HTTP 404")
        return self._show(view, "goto")

    async def click(self, element_id: int) -> Outcome:
        assert self.current is not None
        target = self.current.candidate(element_id)
        if target is None:
            return Outcome(ok=False, url=self.url, error=f"{CLICK_FAILED}: no such element")
        self.actions.append(f"{target.kind} {target.label}")
        if target.covered:  # refused at once, as the browser's driver does
            error = f"{CLICK_FAILED}: another element covers it"
            return Outcome(ok=False, url=self.url, error=error, elapsed_ms=900.0)
        if target.label in self.hung:
            error = f"{CLICK_FAILED}: timed out waiting for the element to be stable"
            return Outcome(ok=False, url=self.url, error=error, elapsed_ms=4000.0)
        action = "close-popup" if target.label in ("×", "✕") else "expand"
        for kind in (action, "expand", "close-popup"):
            nxt = self.after.get((norm_url(self.url), kind, _label(target.label)))
            if nxt is not None:
                self.current = nxt  # a menu opened: same page, same history
                return Outcome(ok=True, navigated=False, url=self.url)
        if target.kind == "link" and target.href:
            href = target.href
            if urlsplit(href).path == urlsplit(self.url).path and "#" in href:
                return Outcome(ok=True, navigated=False, url=self.url)
            view = self.pages.get(norm_url(href))
            return self._missing(href) if view is None else self._show(view, "click")
        return Outcome(ok=True, navigated=False, url=self.url)

    async def click_point(self, x: float, y: float) -> Outcome:
        return Outcome(ok=False, url=self.url, error="nothing to click in a replay")

    async def click_selector(self, selector: str, frame: str | None = None) -> Outcome:
        return Outcome(ok=False, url=self.url, error="nothing to click in a replay")

    async def box_of(self, selector: str) -> dict[str, float] | None:
        return None

    async def search(self, field_id: int, text: str) -> Outcome:
        self.actions.append(f"search {text}")
        if SEARCH_BOX in self.hung:
            error = f"{CLICK_FAILED} into the search box: timed out after 4 s"
            return Outcome(ok=False, url=self.url, error=error, elapsed_ms=4000.0)
        target = self.searches.get(text)
        recorded = self.after.get((norm_url(self.url), "search", _label(f"search: {text}")))
        if recorded is not None:
            return self._show(recorded, "search")
        if target is None:
            return Outcome(ok=True, navigated=False, url=self.url)
        if norm_url(target) not in self.pages:
            return self._missing(target)
        return await self.goto(target)

    async def back(self) -> Outcome:
        self.actions.append("back")
        if not self.history:
            return Outcome(ok=False, url=self.url, error="no earlier page to go back to")
        self.current = self.history.pop()
        return Outcome(ok=True, navigated=True, url=self.url, new_document=False)

    async def press(self, key: str) -> None:
        self.actions.append(f"press {key}")

    async def pause(self, seconds: float) -> None:
        return None

    async def perceive(self) -> PageView:
        assert self.current is not None, "nothing opened yet"
        view = copy.deepcopy(self.current)
        view.pid = ""
        return view

    async def chat_probe(self, vendors: list[dict[str, Any]]) -> ChatProbe:
        return self.probe

    async def accessibility(self) -> dict[str, int] | None:
        return None

    async def panel_text(self, selectors: list[str], limit: int = 600) -> str:
        return ""

    async def screenshot(self, path: Path, scroll_to_y: float | None = None) -> bool:
        return False

    async def reset_pointer(self) -> None:
        return None

    async def stir(self) -> None:
        return None

    async def close(self) -> None:
        return None


def _error_page(url: str) -> PageView:
    return PageView(url=url, title="404", lang="", h1=["Not found"], viewport={}, scroll={})
