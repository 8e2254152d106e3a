"""The scripted shopper: a first-time visitor performing one support task.

Each turn it looks at the page, checks whether the task is answered, and otherwise takes the
most promising action a person would: follow a link whose label promises the answer, open a
menu or disclosure that may hide one, use the site's search box when nothing promises, and go
back when a branch leads nowhere. It stops at the scenario's click budget or time limit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from benchmark.agent.chat_vendors import VendorFile
from benchmark.agent.contract import Candidate, FormField, PageView
from benchmark.agent.goal import GoalCheck, check_goal
from benchmark.agent.popups import close_control
from benchmark.agent.scent import FOLLOW, MENU, Scent, Scored
from benchmark.agent.trace import Trace
from benchmark.errors import PageCrashed
from benchmark.measure.human_time import reading_seconds
from benchmark.measure.pages import take
from benchmark.spec.lexicon import CueView, Lexicon, detect_language
from benchmark.spec.models import Scenario
from benchmark.store.record import Evidence, FactValue, FirstClick, PageSnapshot, ScenarioResult
from benchmark.text import words

MAX_SNAPSHOTS = 40  # pages remembered per site × device for the audits
MAX_WEAK_CHAIN = 2  # scent fades: after two vague links in a row a person turns back
SEARCH_FIELD_NAMES = {
    "q",
    "s",
    "query",
    "search",
    "keyword",
    "keywords",
    "term",
    "searchterm",
    "k",
    "search_query",
    "searchquery",
    "text",
}


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
    a11y_cache: dict[str, dict[str, int] | None] = field(default_factory=dict)  # per site × device
    seen_pages: dict[str, PageSnapshot] = field(default_factory=dict)  # per site × device


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


def _key(c: Candidate) -> str:
    return f"{c.kind}|{' '.join(words(c.label))}|{c.href or ''}"


def norm_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/') or '/'}" + (
        f"?{parts.query}" if parts.query else ""
    )


class Shopper:
    def __init__(self, driver: object, scenario: Scenario, settings: ShopperSettings) -> None:
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
        self.first_click: FirstClick | None = None
        self._first_depth = 0
        self._first_undone = False
        self._last_action_expanded = False
        self.menu_memory: dict[str, list[tuple[str, float]]] = {}
        self.followed: set[str] = set()
        self._pending_reveal: tuple[str, set[str]] | None = None
        self._last_toggle: str | None = None

    # ---------------------------------------------------------------- helpers

    @property
    def here(self) -> Visit:
        return self.stack[-1]

    def _cues(self, view: PageView) -> CueView:
        self.language = detect_language(self.s.lexicon, view.lang, view.text)
        return self.s.lexicon.view(self.language)

    def _time_left(self) -> bool:
        return time.monotonic() - self.started < self.s.deadline_s

    def _budget_left(self) -> bool:
        return self.trace.clicks < self.scenario.click_budget

    def _note_first(self, label: str, url: str | None) -> None:
        if self.first_click is None:
            self.first_click = FirstClick(label=label, url=url, on_success_path=False)
            self._first_depth = len(self.stack)

    def _push(self, url: str, results_page: bool = False, weak: bool = False) -> None:
        self.visited.add(norm_url(url))
        depth = self.stack[-1].weak_depth + 1 if weak and self.stack else 0
        self.stack.append(Visit(url=url, results_page=results_page, weak_depth=depth))

    async def _look(self) -> tuple[PageView, CueView]:
        """Perceive the page; close a pop-up that appeared on its own (not one we opened)."""
        view = await self.d.perceive()
        cues = self._cues(view)
        if view.overlays and not self._last_action_expanded and self._budget_left():
            target = close_control(view, cues)
            if target is not None:
                outcome = await self.d.click(target.id)
                self.trace.act("close-popup", target, target.label or "close", outcome, view)
                view = await self.d.perceive()
        key = norm_url(view.url)
        if key not in self.s.seen_pages and len(self.s.seen_pages) < MAX_SNAPSHOTS:
            self.s.seen_pages[key] = take(view, cues, "visited")
        return view, cues

    # ---------------------------------------------------------------- main loop

    async def run(self, start_url: str) -> ScenarioResult:
        self.navigation_started = time.monotonic()
        outcome = await self.d.goto(start_url)
        if not outcome.ok:
            return self._result("error", reason=f"start page: {outcome.error}")
        self.trace.open(outcome)
        self._push(self.d.url)
        if self.scenario.kind == "chat":
            from benchmark.agent.chat_flow import ChatFlow

            return await ChatFlow(self).run()
        return await self._navigate()

    async def _navigate(self) -> ScenarioResult:
        reason = "nothing on the site promised the answer"
        skip_goal = False
        while True:
            if not self._time_left():
                reason = f"time limit ({self.s.deadline_s:g} s) reached"
                break
            view, cues = await self._look()
            if not skip_goal:
                goal = check_goal(view, self.scenario, cues, self.here.sections_opened)
                self.topic_seen |= goal.topic_seen
                if goal.found:
                    return await self._found(goal, view, cues)
                if goal.expand_id is not None and self._budget_left():
                    self.here.sections_opened.add(goal.expand_id)
                    outcome = await self.d.click(goal.expand_id)
                    self._note_first(goal.expand_label or "", None)
                    self.trace.act(
                        "expand",
                        view.candidate(goal.expand_id),
                        goal.expand_label or "",
                        outcome,
                        view,
                    )
                    self._last_action_expanded = True
                    continue
            skip_goal = False
            if not self._budget_left():
                reason = f"click budget ({self.scenario.click_budget}) used"
                break
            step = await self._next_step(view, cues)
            if step == "stop":
                break
            skip_goal = step == "searched"
        return self._result(self._failure_verdict(), reason=reason)

    async def _next_step(self, view: PageView, cues: CueView) -> str:
        """Choose the next action, cheapest promising first:

        1. a link whose label names the task (strong scent)
        2. a menu or disclosure whose label promises (help, the topic, a hamburger)
        3. a folded footer column not yet looked into
        4. a weaker link (a help hub, a related page)
        5. back, when an earlier page still had promising options
        6. the site's search box
        7. back, or stop on the start page
        """
        scent = Scent(cues, self.scenario.intents, self.s.allows)
        ranked = scent.rank(view)
        self._remember_reveal(view, ranked)
        self.strong_seen |= any(s.strong for s in ranked)
        opened_layer = self._opened_layer(view)
        if opened_layer is not None:
            # A menu we opened covers the page: a person picks from it or closes it.
            inside = [s for s in ranked if s.id in opened_layer]
            if any(
                s.score >= FOLLOW or s.candidate.kind == "toggle"
                for s in inside
                if _key(s.candidate) not in self.here.tried
            ):
                ranked = inside
            else:
                return await self._close_layer(view)
        fresh = [
            s
            for s in ranked
            if _key(s.candidate) not in self.here.tried
            and not (
                s.candidate.kind == "link" and norm_url(s.candidate.href or "") in self.visited
            )
        ]
        links = [
            s
            for s in fresh
            if s.candidate.kind in ("link", "button")
            and s.score >= FOLLOW
            and not scent.is_menu_toggle(s.candidate)
            and (s.strong or self.here.weak_depth < MAX_WEAK_CHAIN)
        ]
        toggles = [
            s.candidate
            for s in fresh
            if s.candidate.kind == "toggle" and s.score >= MENU and self._worth_opening(s.candidate)
        ]
        folded = [
            c
            for c in scent.explorable(view)
            if self._worth_opening(c) and c.id not in {t.id for t in toggles}
        ]
        options = len(links) + len(toggles) + len(folded)
        self.here.promising = max(0, options - 1)
        if links and links[0].strong:
            return await self._follow(links[0].candidate, view, weak=False)
        if toggles or folded:
            return await self._expand((toggles or folded)[0], view)
        if links:
            return await self._follow(links[0].candidate, view, weak=not links[0].strong)
        if any(v.promising for v in self.stack[:-1]):
            return await self._back()
        if not self.searched:
            done = await self._search(view, cues, scent)
            if done:
                return done
        if len(self.stack) > 1:
            return await self._back()
        return "stop"

    def _opened_layer(self, view: PageView) -> set[int] | None:
        """Ids inside a large layer (drawer, full-screen menu) that our last action opened."""
        if not self._last_action_expanded or not view.overlays:
            return None
        return {i for overlay in view.overlays for i in overlay.members}

    async def _close_layer(self, view: PageView) -> str:
        """Close the menu we opened: its toggle again if reachable, else the Escape key."""
        self._last_action_expanded = False
        toggle = next(
            (c for c in view.candidates if _key(c) == self._last_toggle and c.covered is not True),
            None,
        )
        if toggle is not None and self._budget_left():
            outcome = await self.d.click(toggle.id)
            self.trace.act("expand", toggle, "close menu", outcome, view)
        else:
            await self.d.press("Escape")
        return "moved"

    def _worth_opening(self, c: Candidate) -> bool:
        """A menu not opened on this page yet, unless we already know it holds nothing new:
        a person remembers what the site's hamburger menu contains."""
        key = _key(c)
        if key in self.here.opened:
            return False
        revealed = self.menu_memory.get(key)
        if revealed is None:
            return True
        return any(score >= FOLLOW and k not in self.followed for k, score in revealed)

    def _remember_reveal(self, view: PageView, ranked: list[Scored]) -> None:
        if self._pending_reveal is None:
            return
        toggle, before = self._pending_reveal
        self._pending_reveal = None
        scores = {_key(s.candidate): s.score for s in ranked}
        self.menu_memory[toggle] = [
            (k, scores.get(k, 0.0)) for c in view.candidates if (k := _key(c)) not in before
        ]

    # ---------------------------------------------------------------- actions

    async def _follow(self, c: Candidate, view: PageView, weak: bool = False) -> str:
        self.here.tried.add(_key(c))
        self.followed.add(_key(c))
        self._last_action_expanded = False
        outcome = await self.d.click(c.id)
        self._note_first(c.label, outcome.url if outcome.navigated else c.href)
        self.trace.act("click", c, c.label, outcome, view, note=outcome.error)
        if outcome.navigated:
            if not outcome.ok or norm_url(self.d.url) in self.visited:
                self._push(self.d.url, weak=weak)
                return await self._back()
            self._push(self.d.url, weak=weak)
        return "moved"

    async def _expand(self, c: Candidate, view: PageView) -> str:
        self.here.opened.add(_key(c))
        self.here.tried.add(_key(c))
        self.followed.add(_key(c))
        self._last_toggle = _key(c)
        self._pending_reveal = (_key(c), {_key(x) for x in view.candidates})
        outcome = await self.d.click(c.id)
        self._note_first(c.label, None)
        self.trace.act("expand", c, c.label, outcome, view)
        self._last_action_expanded = True
        if outcome.navigated:
            self._last_action_expanded = False
            self._push(self.d.url)
        return "moved"

    async def _back(self) -> str:
        if len(self.stack) <= 1:
            return "stop"
        if not self._budget_left():
            return "stop"
        outcome = await self.d.back()
        self.trace.act("back", None, "back", outcome, None)
        self._last_action_expanded = False
        self.stack.pop()
        if len(self.stack) < self._first_depth:
            self._first_undone = True
        if not outcome.ok:
            fallback = await self.d.goto(self.here.url)
            if not fallback.ok:
                return "stop"
        self.here.opened.clear()
        self.here.sections_opened.clear()
        return "moved"

    async def _search(self, view: PageView, cues: CueView, scent: Scent) -> str | None:
        """Use the site's own search with the intent word. Returns None if there is none."""
        field = find_search_field(view, cues)
        if field is None:
            control = next(
                (
                    c
                    for c in view.candidates
                    if scent.is_search_control(c)
                    and c.kind in ("button", "toggle", "link")
                    and _key(c) not in self.here.tried
                ),
                None,
            )
            if control is None or not self._budget_left():
                return None
            self.here.tried.add(_key(control))
            outcome = await self.d.click(control.id)
            self._note_first(control.label, None)
            self.trace.act("expand", control, control.label or "search", outcome, view)
            if outcome.navigated:
                self._push(self.d.url)
            view = await self.d.perceive()
            field = find_search_field(view, cues)
            if field is None:
                return "moved"
        if not self._budget_left():
            return None
        term = cues.search_term(self.scenario.intent)
        self.searched = True
        outcome = await self.d.search(field.id, term)
        self._note_first(f"search: {term}", None)
        target = Candidate(
            id=field.id,
            kind="field",
            tag="input",
            text="",
            name=field.description,
            href=None,
            region=field.region,
            x=field.x,
            y=field.y,
            w=field.w,
            h=field.h,
        )
        self.trace.act("search", target, f"search: {term}", outcome, view, typed=term)
        self._last_action_expanded = False
        if outcome.navigated:
            self._push(self.d.url, results_page=True)
        return "searched"

    # ---------------------------------------------------------------- endings

    def _failure_verdict(self) -> str:
        if self.scenario.may_be_absent and not self.strong_seen and not self.topic_seen:
            return "not_offered"
        return "not_found"

    async def _found(self, goal: GoalCheck, view: PageView, cues: CueView) -> ScenarioResult:
        self.trace.add_seconds(reading_seconds(goal.snippet))
        shot = None
        if self.s.screenshot is not None and await self.d.screenshot(self.s.screenshot, goal.y):
            shot = self.s.screenshot_rel
        evidence = Evidence(
            final_url=view.url, heading=goal.heading, snippet=goal.snippet, screenshot=shot
        )
        facts = {
            name: FactValue(
                value=f.value, snippet=f.snippet, url=view.url, number=f.number, unit=f.unit
            )
            for name, f in goal.facts.items()
        }
        verdict = "found" if self.trace.backtracks == 0 else "found_after_backtracking"
        if self.first_click is not None:
            self.first_click.on_success_path = not self._first_undone
        result = self._result(verdict, evidence=evidence, facts=facts)
        result.page = take(view, cues, "answer", self.scenario.id, await self._accessibility(view))
        return result

    async def _accessibility(self, view: PageView) -> dict[str, int] | None:
        """axe-core once per support page of the site × device (pages repeat across tasks)."""
        if not self.s.accessibility:
            return None
        key = norm_url(view.url)
        if key not in self.s.a11y_cache:
            self.s.a11y_cache[key] = await self.d.accessibility()
        return self.s.a11y_cache[key]

    def _result(
        self,
        verdict: str,
        *,
        reason: str | None = None,
        evidence: Evidence | None = None,
        facts: dict[str, FactValue] | None = None,
    ) -> ScenarioResult:
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
            facts=facts or {},
            language=self.language,
            reason=None if verdict in ("found", "found_after_backtracking") else reason,
        )


def find_search_field(view: PageView, cues: CueView) -> FormField | None:
    """A visible site-search box whose form (if any) is sent with GET."""
    for f in view.fields:
        if f.form_method not in (None, "get"):
            continue
        if f.type not in ("search", "text"):
            continue
        if f.in_search or f.type == "search" or f.name.lower() in SEARCH_FIELD_NAMES:
            return f
        tokens = words(f.description)
        if tokens and cues.best(tokens, "search"):
            return f
    return None


async def run_scenario(
    driver: object, scenario: Scenario, start_url: str, settings: ShopperSettings
) -> ScenarioResult:
    """Run one scenario from the start page. Page crashes end the scenario with an error."""
    shopper = Shopper(driver, scenario, settings)
    try:
        return await shopper.run(start_url)
    except PageCrashed as exc:
        result = shopper._result("error", reason=exc.reason)
        return result
