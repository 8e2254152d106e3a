"""The shopper's log: every step with its measured and estimated time, and the counters
(clicks, page loads, backtracks, searches) that become the scenario result."""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmark.agent.contract import Candidate, Outcome, PageView
from benchmark.agent.layout import is_widget, reading_order
from benchmark.measure.human_time import StepCost, first_page_seconds, step_seconds
from benchmark.store.record import Action, Step, TimeInputs


@dataclass
class Trace:
    mobile: bool
    steps: list[Step] = field(default_factory=list)
    clicks: int = 0
    page_loads: int = 0
    backtracks: int = 0
    searches: int = 0
    measured_ms: float = 0.0
    estimated_s: float = 0.0
    pointer: tuple[float, float] | None = None

    def open(self, outcome: Outcome) -> None:
        self.page_loads += 1
        self._add("open", "start page", None, outcome, first_page_seconds())

    def act(
        self,
        action: Action,
        target: Candidate | None,
        label: str,
        outcome: Outcome,
        view: PageView | None,
        *,
        typed: str = "",
        note: str | None = None,
    ) -> Step:
        """Record a click-like action on `target` (seen in `view`)."""
        page_load = outcome.navigated
        cost = self._cost(action, target, view, typed, page_load)
        if action != "open":
            self.clicks += 1
        if page_load:
            self.page_loads += 1
        if action == "back":
            self.backtracks += 1
        if action == "search":
            self.searches += 1
        region = target.region if target is not None else None
        inputs = TimeInputs(
            scanned=cost.scanned,
            scroll_px=cost.scroll_px,
            viewport_h=cost.viewport_h,
            distance_px=cost.distance_px,
            width_px=cost.width_px,
            typed_chars=cost.typed_chars,
            mobile=cost.mobile,
        )
        page = view.pid or None if view is not None else None
        return self._add(action, label, region, outcome, step_seconds(cost), note, page, inputs)

    def _add(
        self,
        action: Action,
        label: str,
        region: str | None,
        outcome: Outcome,
        estimated: float,
        note: str | None = None,
        page: str | None = None,
        cost: TimeInputs | None = None,
    ) -> Step:
        step = Step(
            n=len(self.steps) + 1,
            action=action,
            label=label[:200],
            region=region,
            url=outcome.url,
            page_load=outcome.navigated,
            measured_ms=outcome.elapsed_ms,
            estimated_s=estimated,
            note=note or outcome.error,
            page=page,
            cost=cost,
        )
        self.steps.append(step)
        self.measured_ms += outcome.elapsed_ms
        self.estimated_s = round(self.estimated_s + estimated, 2)
        return step

    def add_seconds(self, seconds: float) -> None:
        self.estimated_s = round(self.estimated_s + seconds, 2)

    def _cost(
        self,
        action: str,
        target: Candidate | None,
        view: PageView | None,
        typed: str,
        page_load: bool,
    ) -> StepCost:
        if target is None or view is None:
            return StepCost(action=action, page_load=page_load, mobile=self.mobile)
        vw = view.viewport.get("w", 1280)
        vh = view.viewport.get("h", 720)
        scroll_y = view.scroll.get("y", 0)
        # Chat bubbles appear whenever their script loads: leaving them out keeps the count,
        # and so the estimate, the same on every run.
        visible = [
            c
            for c in reading_order(view.candidates)
            if c.kind != "field" and not is_widget(c, view)
        ]
        scanned = next((i for i, c in enumerate(visible) if c.id == target.id), len(visible))
        top = target.y - scroll_y
        scroll_px = 0.0 if target.fixed or 0 <= top <= vh - target.h else abs(top - vh / 2)
        target_vy = top if scroll_px == 0 else vh / 2
        start = self.pointer or ((vw / 2, vh - 40) if self.mobile else (vw / 2, vh / 2))
        cx, cy = target.x - view.scroll.get("x", 0) + target.w / 2, target_vy + target.h / 2
        distance = ((cx - start[0]) ** 2 + (cy - start[1]) ** 2) ** 0.5
        self.pointer = (cx, cy)
        return StepCost(
            action=action,
            scanned=scanned,
            scroll_px=scroll_px,
            viewport_h=vh,
            distance_px=distance,
            width_px=min(target.w, target.h) or 20.0,
            typed_chars=len(typed),
            page_load=page_load,
            mobile=self.mobile,
        )
