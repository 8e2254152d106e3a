"""The live-chat task: find the chat launcher, open it the way a person does, and check that
the conversation panel became visible. Nothing is ever typed into it or sent.

On the start page the shopper waits (up to the benchmark's ``chat_wait_s``) for a launcher to
appear, since widgets load after the page. Without one it follows links that promise a chat
or the contact page ("Live chat", "Contact us") and looks again there.
"""

from __future__ import annotations

import time

from benchmark.agent.chat_vendors import (
    Sighting,
    generic_launchers,
    is_offline,
    new_panel,
    panel_mode,
    probe_payload,
    sightings,
)
from benchmark.agent.contract import ChatProbe, Outcome, PageView
from benchmark.agent.scent import FOLLOW, Scent
from benchmark.agent.state import ShopperState, candidate_key
from benchmark.measure.human_time import reading_seconds
from benchmark.measure.pages import norm_url
from benchmark.store.record import ChatEvidence, Evidence, ScenarioResult
from benchmark.text import clip

POLL_S = 0.25
PANEL_WAIT_S = 5.0
PANEL_SETTLE_S = 0.5  # the panel's content renders just after the panel itself
MAX_PAGES = 3
LATER_PAGE_WAIT_S = 2.5


class ChatFlow:
    def __init__(self, shopper: ShopperState) -> None:
        self.sh = shopper
        self.d = shopper.d
        self.vendors = shopper.s.vendors
        self.payload = probe_payload(self.vendors)
        self.detected: dict[str, Sighting] = {}  # vendor id → first sighting
        self.unopened: list[str] = []  # labels of unknown launchers clicked with no panel
        # from the start of the navigation: "time from page load to a visible launcher"
        self.page_started = shopper.navigation_started

    async def run(self) -> ScenarioResult:
        sh = self.sh
        for page in range(MAX_PAGES):
            view, cues = await sh.look()
            await self.d.stir()  # a widget held until the visitor moves loads now
            # Widgets are site-wide: wait fully on the first page, briefly on later ones.
            wait = sh.s.chat_wait_s if page == 0 else min(LATER_PAGE_WAIT_S, sh.s.chat_wait_s)
            probe, launcher_ms = await self._wait_for_launcher(cues, wait)
            for sighting in sightings(probe, self.vendors):
                self.detected.setdefault(sighting.vendor.id, sighting)
                if sighting.launcher is not None and sh.budget_left():
                    result = await self._open_vendor(sighting, probe, view, launcher_ms)
                    if result is not None:
                        return result
            for item in generic_launchers(probe, cues):
                if sh.budget_left():
                    result = await self._open_generic(item, probe, view, launcher_ms)
                    if result is not None:
                        return result
            if not await self._follow_chat_link(view, cues):
                break
        verdict = (
            "not_found" if (self.detected or self.unopened or sh.strong_seen) else "not_offered"
        )
        if verdict == "not_offered" and not sh.scenario.may_be_absent:
            verdict = "not_found"
        if not self.detected and self.unopened:
            # A store's own chat (no known vendor): its launcher was there, the panel never came.
            labels = ", ".join(repr(label) for label in dict.fromkeys(self.unopened))
            chat = ChatEvidence(
                vendor_name="unknown widget",
                detected_by=[f"launcher {label!r}" for label in dict.fromkeys(self.unopened)],
                mode="shown, would not open",
                generic=True,
            )
            reason = f"a chat launcher ({labels}) was shown but its panel did not open"
            evidence = Evidence(final_url=sh.d.url, chat=chat)
            return sh.result(verdict, reason=reason, evidence=evidence)
        if not self.detected:
            return sh.result(verdict, reason="no chat launcher on the pages visited")
        # The vendor's code is on the page but no launcher showed (or it would not open):
        # "configured, not shown" is recorded with the vendor, apart from "opened".
        first = next(iter(self.detected.values()))
        shown = any(s.launcher is not None for s in self.detected.values())
        names = ", ".join(s.vendor.name for s in self.detected.values())
        chat = ChatEvidence(
            vendor=first.vendor.id,
            vendor_name=first.vendor.name,
            detected_by=[e for s in self.detected.values() for e in s.evidence][:10],
            panel_open=False,
            mode="shown, would not open" if shown else "configured, not shown",
        )
        reason = (
            f"{names}: a launcher was shown but its panel did not open"
            if shown
            else f"{names}: configured in the page's code, but no launcher was shown"
        )
        return sh.result(verdict, reason=reason, evidence=Evidence(final_url=sh.d.url, chat=chat))

    async def _wait_for_launcher(
        self, cues: object, wait_s: float
    ) -> tuple[ChatProbe, float | None]:
        deadline = time.monotonic() + wait_s
        while True:
            probe = await self.d.chat_probe(self.payload)
            visible = any(s.launcher for s in sightings(probe, self.vendors)) or generic_launchers(
                probe, cues
            )
            if visible:
                return probe, round((time.monotonic() - self.page_started) * 1000, 1)
            if time.monotonic() >= deadline:
                return probe, None
            await self.d.pause(POLL_S)

    async def _click_launcher(self, sighting: Sighting) -> Outcome:
        launcher = sighting.launcher
        assert launcher is not None
        if launcher.iframe:
            box = await self.d.box_of(launcher.iframe)
            if box is None:
                return Outcome(ok=False, url=self.d.url, error="launcher disappeared")
            return await self.d.click_point(
                box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            )
        return await self.d.click_selector(launcher.selector or "", frame=launcher.frame)

    async def _open_vendor(
        self, sighting: Sighting, probe: ChatProbe, view: PageView, launcher_ms: float | None
    ) -> ScenarioResult | None:
        clicked_at = time.monotonic()
        outcome = await self._click_launcher(sighting)
        self.sh.trace.act("open-chat", None, f"{sighting.vendor.name} launcher", outcome, view)
        self.sh.note_first(f"{sighting.vendor.name} launcher", None)
        deadline = time.monotonic() + PANEL_WAIT_S
        while time.monotonic() < deadline:
            after = await self.d.chat_probe(self.payload)
            match = next(
                (s for s in sightings(after, self.vendors) if s.vendor.id == sighting.vendor.id),
                None,
            )
            if match is not None and match.panel_open:
                panel_ms = round((time.monotonic() - clicked_at) * 1000, 1)
                await self.d.pause(PANEL_SETTLE_S)
                text = await self.d.panel_text([p.selector for p in sighting.vendor.panel])
                return await self._success(
                    view,
                    sighting.vendor.id,
                    sighting.vendor.name,
                    sighting.evidence,
                    text or match.panel_text,
                    launcher_ms,
                    panel_ms,
                    generic=False,
                )
            await self.d.pause(POLL_S)
        return None

    async def _open_generic(
        self, item: dict, probe: ChatProbe, view: PageView, launcher_ms: float | None
    ) -> ScenarioResult | None:
        clicked_at = time.monotonic()
        rect = item["rect"]
        if item.get("tag") == "iframe":
            outcome = await self.d.click_point(rect["x"] + rect["w"] / 2, rect["y"] + rect["h"] / 2)
        else:
            outcome = await self.d.click(item["id"])
        label = item.get("label") or "chat launcher"
        self.sh.trace.act("open-chat", None, label, outcome, view)
        self.sh.note_first(label, None)
        deadline = time.monotonic() + PANEL_WAIT_S
        while time.monotonic() < deadline:
            after = await self.d.chat_probe(self.payload)
            layer = new_panel(probe, after)
            if layer is not None:
                panel_ms = round((time.monotonic() - clicked_at) * 1000, 1)
                await self.d.pause(PANEL_SETTLE_S)
                text = await self.d.panel_text([layer["selector"]])
                return await self._success(
                    view,
                    None,
                    None,
                    [f"launcher {label!r}"],
                    text or layer.get("text", ""),
                    launcher_ms,
                    panel_ms,
                    generic=True,
                )
            await self.d.pause(POLL_S)
        self.unopened.append(label)
        return None

    async def _follow_chat_link(self, view: PageView, cues: object) -> bool:
        """Follow the best link promising a chat or the contact page, if the budget allows."""
        sh = self.sh
        if not sh.budget_left():
            return False
        scent = Scent(cues, ["chat", "contact"], sh.s.allows)
        ranked = scent.rank(view)
        sh.strong_seen |= any(s.strong and "chat" in s.why for s in ranked)
        for s in ranked:
            c = s.candidate
            if s.score < FOLLOW or candidate_key(c) in sh.here.tried or scent.is_menu_toggle(c):
                continue
            if c.kind == "link" and norm_url(c.href or "") in sh.visited:
                continue
            sh.here.tried.add(candidate_key(c))
            outcome = await self.d.click(c.id)
            sh.note_first(c.label, c.href)
            sh.trace.act("click", c, c.label, outcome, view)
            if outcome.navigated:
                sh.push(self.d.url)
            self.page_started = time.monotonic()
            return True
        return False

    async def _success(
        self,
        view: PageView,
        vendor: str | None,
        name: str | None,
        detected_by: list[str],
        panel_text: str,
        launcher_ms: float | None,
        panel_ms: float,
        generic: bool,
    ) -> ScenarioResult:
        sh = self.sh
        text = clip(panel_text or "", 400)
        sh.trace.add_seconds(reading_seconds(text[:120]))
        shot = None
        if sh.s.screenshot is not None and await self.d.screenshot(sh.s.screenshot):
            shot = sh.s.screenshot_rel
        chat = ChatEvidence(
            vendor=vendor,
            vendor_name=name or "unknown widget",
            detected_by=detected_by,
            launcher_visible_ms=launcher_ms,
            panel_open_ms=panel_ms,
            panel_open=True,
            panel_text=text or None,
            offline=is_offline(text, self.vendors, sh.language or "en"),
            mode=panel_mode(text, self.vendors, sh.language or "en"),
            generic=generic,
        )
        verdict = "found" if sh.trace.backtracks == 0 else "found_after_backtracking"
        if sh.first_click is not None:
            sh.first_click.on_success_path = True
        evidence = Evidence(
            final_url=self.d.url,
            heading=name or "chat widget",
            snippet=text or None,
            screenshot=shot,
            chat=chat,
        )
        result = sh.result(verdict, evidence=evidence)
        result.answer_page = sh.s.pages.keep(view)  # the page the panel opened on
        return result
