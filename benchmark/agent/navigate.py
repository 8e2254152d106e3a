"""The page task: a first-time visitor looking for the page that answers a support question.

Each turn it looks at the page, checks whether the task is answered, and otherwise takes the
most promising action a person would: follow a link whose label promises the answer, open a
menu or disclosure that may hide one, use the site's search box when nothing promises, and go
back when a branch leads nowhere. It stops at the scenario's click budget or time limit.
"""

from __future__ import annotations

from benchmark.agent.contract import Candidate, Driver, PageView
from benchmark.agent.scent import FOLLOW, MENU, Scent, Scored
from benchmark.agent.search import site_search
from benchmark.agent.state import ShopperSettings, ShopperState, candidate_key
from benchmark.measure.answer import GoalCheck, check_goal
from benchmark.measure.human_time import reading_seconds
from benchmark.measure.pages import host_of, norm_url
from benchmark.spec.lexicon import CueView
from benchmark.spec.models import Scenario
from benchmark.store.record import Evidence, ScenarioResult

MAX_WEAK_CHAIN = 2  # scent fades: after two vague links in a row a person turns back
MAX_UNCLICKABLE = 2  # clicks that did not go through before the page's links are given up
LATE_CONTENT_S = 1.0  # a footer fetched by script after load is there a second later


class PageTask(ShopperState):
    """Find the page (or section) that answers the task, the way a person browses."""

    def __init__(self, driver: Driver, scenario: Scenario, settings: ShopperSettings) -> None:
        super().__init__(driver, scenario, settings)
        self.menu_memory: dict[str, list[tuple[str, float]]] = {}
        self.followed: set[str] = set()
        self._pending_reveal: tuple[str, set[str]] | None = None
        self._last_toggle: str | None = None

    async def run(self) -> ScenarioResult:
        return await self._navigate()

    async def _navigate(self) -> ScenarioResult:
        reason = "nothing on the site promised the answer"
        skip_goal = False
        while True:
            if not self.time_left():
                reason = f"time limit ({self.s.deadline_s:g} s) reached"
                break
            view, cues = await self.look()
            if not skip_goal:
                goal = check_goal(
                    view, self.scenario, cues, self.here.sections_opened, via=self.here.via
                )
                self.topic_seen |= goal.topic_seen
                if goal.topic_seen and self.first_click is not None and not self.first_undone:
                    self.topic_under_first = True
                if goal.found:
                    return await self._found(goal, view, cues)
                expand = goal.expand_id
                section = None if expand is None else view.candidate(expand)
                if expand is not None and self.budget_left() and not self.dead(view, section):
                    self.here.sections_opened.add(expand)
                    outcome = await self.d.click(expand)
                    self.note_dead(view, section, outcome)
                    label = goal.expand_label or ""
                    self.note_first(label, None)
                    self.trace.act("expand", section, label, outcome, view, note=outcome.error)
                    self.last_action_expanded = outcome.ok
                    continue
            skip_goal = False
            if not self.budget_left():
                reason = f"click budget ({self.scenario.click_budget}) used"
                break
            step = await self._next_step(view, cues)
            if step == "stop":
                break
            skip_goal = step == "searched"
        if reason.startswith("nothing") and self.topic_seen:
            # the reports must not say "nothing promised it" when a page on the topic was open
            reason = "pages on the topic were opened, but none stated the answer"
        elif reason.startswith("nothing") and self.strong_seen:
            reason = "links that named the task were followed, but no page answered it"
        if self.first_click is not None:
            self.first_click.on_success_path = True if self.topic_under_first else None
        return self.result(self._failure_verdict(), reason=reason)

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
                if candidate_key(s.candidate) not in self.here.tried
            ):
                ranked = inside
            else:
                return await self._close_layer(view)
        fresh = [
            s
            for s in ranked
            if candidate_key(s.candidate) not in self.here.tried
            and not self.dead(view, s.candidate)
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
            c
            for s in fresh
            if (c := s.candidate).kind == "toggle"
            and s.score >= MENU
            and self._worth_opening(c, view)
        ]
        folded = [
            c
            for c in scent.explorable(view)
            if self._worth_opening(c, view) and c.id not in {t.id for t in toggles}
        ]
        if self.unclickable.get(norm_url(view.url), 0) >= MAX_UNCLICKABLE:
            # Clicks here do not go through (a layer nobody could close covers the page): a
            # person stops trying the page's links and turns to the search box or goes back.
            links, toggles, folded = [], [], []
        options = len(links) + len(toggles) + len(folded)
        self.here.promising = max(0, options - 1)
        if links and links[0].strong:
            return await self._follow(links[0].candidate, view, weak=False)
        if toggles or folded:
            return await self._expand((toggles or folded)[0], view)
        if links:
            return await self._follow(links[0].candidate, view, weak=not links[0].strong)
        if not view.region_text.get("footer", "").strip():
            # Nothing promising, no footer yet: a person scrolls to the page's end, where a footer
            # written in by script (or loaded on scroll) appears, once: nothing came, not again.
            page = norm_url(view.url)
            if self.here.looked_again:
                self.s.memory.bare_ends.add(page)
            elif page not in self.s.memory.bare_ends:
                self.here.looked_again = True
                await self.d.press("End")
                await self.d.pause(LATE_CONTENT_S)
                return "moved"
        if any(v.promising for v in self.stack[:-1]):
            return await self._back()
        if not self.searched:
            done = await site_search(self, view, cues, scent)
            if done == "dead end":
                return await self._back()
            if done:
                return done
        if len(self.stack) > 1:
            return await self._back()
        return "stop"

    def _opened_layer(self, view: PageView) -> set[int] | None:
        """Ids inside a large layer (drawer, full-screen menu) that our last action opened."""
        if not self.last_action_expanded or not view.overlays:
            return None
        return {i for overlay in view.overlays for i in overlay.members}

    async def _close_layer(self, view: PageView) -> str:
        """Close the menu we opened: its toggle again if reachable, else the Escape key."""
        self.last_action_expanded = False
        toggle = next(
            (
                c
                for c in view.candidates
                if candidate_key(c) == self._last_toggle and c.covered is not True
            ),
            None,
        )
        if toggle is not None and self.budget_left():
            outcome = await self.d.click(toggle.id)
            self.trace.act("expand", toggle, "close menu", outcome, view)
        else:
            await self.d.press("Escape")
        return "moved"

    def _worth_opening(self, c: Candidate, view: PageView) -> bool:
        """A menu not opened on this page yet (nor dead), unless we already know it holds
        nothing new: a person remembers what the site's hamburger menu contains."""
        key = candidate_key(c)
        if key in self.here.opened or self.dead(view, c):
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
        scores = {candidate_key(s.candidate): s.score for s in ranked}
        self.menu_memory[toggle] = [
            (k, scores.get(k, 0.0))
            for c in view.candidates
            if (k := candidate_key(c)) not in before
        ]

    # ---------------------------------------------------------------- actions

    async def _follow(self, c: Candidate, view: PageView, weak: bool = False) -> str:
        self.here.tried.add(candidate_key(c))
        self.followed.add(candidate_key(c))
        self.last_action_expanded = False
        outcome = await self.d.click(c.id)
        self.note_first(c.label, outcome.url if outcome.navigated else c.href)
        note = outcome.error
        if note is None and outcome.navigated and host_of(outcome.url) != host_of(view.url):
            note = f"now on {host_of(outcome.url)}"  # a help centre on another host
        self.trace.act("click", c, c.label, outcome, view, note=note)
        self.note_dead(view, c, outcome)
        if outcome.navigated:
            if not outcome.ok or norm_url(self.d.url) in self.visited:
                self.push(self.d.url, weak=weak)
                return await self._back()
            self.push(self.d.url, weak=weak, via=None if weak else c.label)
        return "moved"

    async def _expand(self, c: Candidate, view: PageView) -> str:
        self.here.opened.add(candidate_key(c))
        self.here.tried.add(candidate_key(c))
        self.followed.add(candidate_key(c))
        self._last_toggle = candidate_key(c)
        self._pending_reveal = (candidate_key(c), {candidate_key(x) for x in view.candidates})
        outcome = await self.d.click(c.id)
        self.note_first(c.label, None)
        self.trace.act("expand", c, c.label, outcome, view, note=outcome.error)
        # a click that did not go through opened nothing: a layer on the page now is not ours
        self.last_action_expanded = outcome.ok
        self.note_dead(view, c, outcome)
        if outcome.navigated:
            self.last_action_expanded = False
            self.push(self.d.url)
        return "moved"

    async def _back(self) -> str:
        if len(self.stack) <= 1:
            return "stop"
        if not self.budget_left():
            return "stop"
        outcome = await self.d.back()
        self.trace.act("back", None, "back", outcome, None)
        self.last_action_expanded = False
        self.stack.pop()
        if len(self.stack) < self.first_depth:
            self.first_undone = True
        if not outcome.ok:
            fallback = await self.d.goto(self.here.url)
            if not fallback.ok:
                return "stop"
        self.here.opened.clear()
        self.here.sections_opened.clear()
        return "moved"

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
        verdict = "found" if self.trace.backtracks == 0 else "found_after_backtracking"
        if self.first_click is not None:
            self.first_click.on_success_path = not self.first_undone
        await self.accessibility(view)
        result = self.result(verdict, evidence=evidence)
        result.answer_page = self.s.pages.keep(view)
        return result
