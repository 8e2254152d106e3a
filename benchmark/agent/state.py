"""What one task's shopper knows and keeps: the pages on its way (the browser's history
stack), what it tried, its trace, and the first click. Shared by the page task
(`agent.navigate`) and the chat task (`agent.chat_flow`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmark.agent.chat_vendors import VendorFile
from benchmark.agent.contract import CLICK_FAILED, Candidate, Driver, Outcome, PageView
from benchmark.agent.popups import close_control, consent_choice
from benchmark.agent.trace import Trace
from benchmark.artifacts import PageLog
from benchmark.measure.pages import norm_url
from benchmark.spec.lexicon import CueView, Lexicon
from benchmark.spec.models import Scenario
from benchmark.store.record import Evidence, FirstClick, ScenarioResult
from benchmark.text import words

MAX_VISITED = 40  # pages remembered per site × device for the audits and channels

HUNG_CLICK_MS = 3000  # a click that failed after this long waited out its limit (4 s)


@dataclass
class SiteMemory:
    """What the shopper remembers of a site × device from one task to the next, as a person
    asking a store several questions in a row does."""

    cookie_answers: set[str] = field(default_factory=set)  # cookie-bar buttons already used
    # (page, control) clicks that hung for the click's whole limit: see ShopperState.note_dead
    dead_controls: set[tuple[str, str]] = field(default_factory=set)
    bare_ends: set[str] = field(default_factory=set)  # pages whose end showed no late footer


@dataclass
class ShopperSettings:
    lexicon: Lexicon
    allows: Callable[[str], bool]
    mobile: bool
    vendors: VendorFile
    deadline_s: float = 120.0
    chat_wait_s: float = 8.0
    screenshot: Path | None = None
    screenshot_rel: str | None = None
    accessibility: bool = True
    # per site × device, shared by its tasks:
    pages: PageLog = field(default_factory=PageLog)  # every view seen (the artifacts)
    visited: list[str] = field(default_factory=list)  # first view of each page (pids)
    a11y: dict[str, dict[str, int] | None] = field(default_factory=dict)  # axe by page URL
    memory: SiteMemory = field(default_factory=SiteMemory)


@dataclass
class Visit:
    """A page on the shopper's way (the browser's history stack)."""

    url: str
    tried: set[str] = field(default_factory=set)
    opened: set[str] = field(default_factory=set)
    sections_opened: set[int] = field(default_factory=set)
    promising: int = 0
    results_page: bool = False
    weak_depth: int = 0  # weak (non-naming) links followed in a row to reach this page
    looked_again: bool = False  # scrolled to its end and waited for late content once
    via: str | None = None  # the label of the link naming the task that led here


def candidate_key(c: Candidate) -> str:
    """The same link or button across page loads (ids change, label and target do not)."""
    return f"{c.kind}|{' '.join(words(c.label))}|{c.href or ''}"


class ShopperState:
    """One task's shopper. `start` opens the start page; the task classes act from there."""

    def __init__(self, driver: Driver, scenario: Scenario, settings: ShopperSettings) -> None:
        self.d = driver
        self.scenario = scenario
        self.s = settings
        self.trace = Trace(mobile=settings.mobile)
        self.stack: list[Visit] = []
        self.visited: set[str] = set()
        self.searched = False
        self.strong_seen = False
        self.topic_seen = False
        self.language: str | None = None
        self.started = time.monotonic()
        self.navigation_started = self.started
        self.first_click: FirstClick | None = None
        self.first_depth = 0
        self.first_undone = False
        self.topic_under_first = False  # a page on the topic was reached through the first click
        self.last_action_expanded = False
        self.dead_here: set[tuple[str, str]] = set()  # controls this task's clicks did not move
        self.refused: list[tuple[str, str]] = []  # … since the last look (see `forgive`)
        self.unclickable: dict[str, int] = {}  # clicks per page that did not go through

    @property
    def here(self) -> Visit:
        return self.stack[-1]

    def cues(self, view: PageView) -> CueView:
        self.language, cues = self.s.lexicon.for_page(view.lang, view.text, view.url, view.locale)
        return cues

    def time_left(self) -> bool:
        return time.monotonic() - self.started < self.s.deadline_s

    def budget_left(self) -> bool:
        return self.trace.clicks < self.scenario.click_budget

    def note_first(self, label: str, url: str | None) -> None:
        if self.first_click is None:
            self.first_click = FirstClick(label=label, url=url, on_success_path=False)
            self.first_depth = len(self.stack)

    def push(
        self, url: str, results_page: bool = False, weak: bool = False, via: str | None = None
    ) -> None:
        self.visited.add(norm_url(url))
        depth = self.stack[-1].weak_depth + 1 if weak and self.stack else 0
        self.stack.append(Visit(url=url, results_page=results_page, weak_depth=depth, via=via))

    async def perceive(self) -> PageView:
        """Look at the page and keep the view among the artifacts."""
        view = await self.d.perceive()
        self.s.pages.add(view)
        return view

    async def look(self) -> tuple[PageView, CueView]:
        """Perceive the page; close a pop-up that appeared on its own (not one we opened)."""
        view = await self.perceive()
        cues = self.cues(view)
        choice = consent_choice(view, cues) if self.stack and self.budget_left() else None
        if choice is not None and candidate_key(choice[0]) not in self.s.memory.cookie_answers:
            # a cookie bar that showed up late (after the first visit): answered once per site
            target, answer = choice
            self.s.memory.cookie_answers.add(candidate_key(target))
            outcome = await self.d.click(target.id)
            label = f"cookie banner: {target.label}"
            self.trace.act("close-popup", target, label, outcome, view, note=answer)
            self.forgive(outcome)
            view = await self.perceive()
        if view.overlays and not self.last_action_expanded and self.budget_left():
            target = close_control(view, cues)
            if target is not None:
                outcome = await self.d.click(target.id)
                self.trace.act("close-popup", target, target.label or "close", outcome, view)
                self.forgive(outcome)
                view = await self.perceive()
        self.refused.clear()
        pages = self.s.pages.pages
        known = {norm_url(pages[p].url) for p in self.s.visited if p in pages}
        if norm_url(view.url) not in known and len(self.s.visited) < MAX_VISITED:
            self.s.visited.append(view.pid)
        return view, cues

    async def start(self, start_url: str) -> ScenarioResult | None:
        """Open the start page; an error result if it does not load."""
        self.navigation_started = time.monotonic()
        outcome = await self.d.goto(start_url)
        if not outcome.ok:
            return self.result("error", reason=f"start page: {outcome.error}")
        self.trace.open(outcome)
        self.push(self.d.url)
        return None

    async def accessibility(self, view: PageView) -> None:
        """axe-core once per support page of the site × device (pages repeat across tasks)."""
        key = norm_url(view.url)
        if self.s.accessibility and key not in self.s.a11y:
            self.s.a11y[key] = await self.d.accessibility()

    def note_dead(self, view: PageView, c: Candidate | None, outcome: Outcome) -> None:
        """A control that never took the click is not tried again by this task. One that hung
        for the click's whole limit is not tried by the site × device's later tasks either (each
        would wait as long again); one a layer refused at once is: each task is a first-time
        visitor, who tries the likeliest link."""
        if outcome.ok or outcome.navigated:
            return
        page = norm_url(view.url)
        self.unclickable[page] = self.unclickable.get(page, 0) + 1
        if c is not None and (outcome.error or "").startswith(CLICK_FAILED):
            key = (page, candidate_key(c))
            self.dead_here.add(key)
            self.refused.append(key)
            if outcome.elapsed_ms >= HUNG_CLICK_MS:
                self.s.memory.dead_controls.add(key)

    def forgive(self, closed: Outcome) -> None:
        """A pop-up that came after we last looked (a newsletter offer on a timer) refused the
        clicks made since: once it is closed, those controls are tried again, as a person
        clicks again what they meant to click."""
        if closed.ok:
            for page, key in self.refused:
                self.dead_here.discard((page, key))
                self.s.memory.dead_controls.discard((page, key))
                self.unclickable[page] -= 1
                if self.stack and norm_url(self.here.url) == page:
                    self.here.tried.discard(key)
                    self.here.opened.discard(key)

    def dead(self, view: PageView, c: Candidate | None) -> bool:
        if c is None:
            return False
        key = (norm_url(view.url), candidate_key(c))
        return key in self.dead_here or key in self.s.memory.dead_controls

    def result(
        self, verdict: str, *, reason: str | None = None, evidence: Evidence | None = None
    ) -> ScenarioResult:
        """The task's result as recorded; evidence and facts are measured from the artifacts
        afterwards (`benchmark.measure.site`)."""
        return ScenarioResult(
            scenario_id=self.scenario.id,
            verdict=verdict,  # type: ignore[arg-type]
            clicks=self.trace.clicks,
            page_loads=self.trace.page_loads,
            backtracks=self.trace.backtracks,
            searches=self.trace.searches,
            first_click=self.first_click,
            steps=self.trace.steps,
            measured_time_s=round(self.trace.measured_ms / 1000, 2),
            estimated_time_s=self.trace.estimated_s,
            evidence=evidence or Evidence(final_url=self.d.url),
            language=self.language,
            reason=None if verdict in ("found", "found_after_backtracking") else reason,
        )
