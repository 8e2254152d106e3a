"""A browser window for one task of a human tester: the overlay, the event log, the trace.

Each task gets its own context (a fresh first-time visitor) and window. The overlay
(``js/overlay.js``) talks to this module through a binding; pages visited are taken from the
browser's navigation events, clicks from a listener in the page. A Playwright trace of the
task is saved (open it with ``playwright show-trace``). Closing the window ends the task as
abandoned; the session is never left without a record of it.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.async_api import Error as PlaywrightError

from benchmark.agent.contract import ChatProbe, PageView
from benchmark.browser.chat import probe_chat
from benchmark.browser.consent import Consent
from benchmark.browser.driver import PERCEIVE_JS
from benchmark.browser.errors import quietly
from benchmark.browser.session import BrowserSession

OVERLAY_JS = (Path(__file__).parent / "js" / "overlay.js").read_text(encoding="utf-8")
LABELS = {
    "title": "Your task",
    "found": "I found it",
    "give_up": "I give up",
    "answer": "Your answer, in your own words",
    "page": "The page where you found it",
    "next": "Continue",
    "seq": "Overall, how difficult or easy was this task?",
    "very_difficult": "very difficult",
    "very_easy": "very easy",
    "rubric": "Rate the page that answered it (optional), 1 = poor, 5 = excellent:",
    "clarity": "Clarity",
    "completeness": "Completeness",
    "trust": "Trust",
    "comment": "Comment (optional)",
    "submit": "Done",
    "thanks": "Thank you! Next task…",
}


@dataclass
class TaskConfig:
    task: str
    start_url: str
    device: str
    rubric: bool
    trace_path: Path | None
    vendors: list[dict[str, Any]] = field(default_factory=list)
    time_limit_s: float = 1800


@dataclass
class TaskOutcome:
    """What happened in one task window (plain data for `benchmark.sessions`)."""

    status: str  # success | gave_up | abandoned
    started: float
    ended: float
    answer: str | None = None
    answer_page: str | None = None
    seq: int | None = None
    comment: str | None = None
    rubric: dict[str, str] | None = None
    clicks: list[tuple[str, str, float]] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    view: PageView | None = None
    chat: ChatProbe | None = None


class TaskWindow:
    """One task in its own window. `page` is there for scripted testers (the tests)."""

    def __init__(self, session: BrowserSession, config: TaskConfig) -> None:
        self.session = session
        self.config = config
        self.page: Any = None
        self._context: Any = None
        self._phase = "task"
        self._started = time.time()
        self._outcome = TaskOutcome(status="abandoned", started=self._started, ended=0.0)
        self._done = asyncio.Event()

    async def open(self) -> None:
        descriptor = self.session.device(self.config.device)
        descriptor.pop("default_browser_type", None)
        self._context = await self.session.new_context(descriptor)
        # Consent banners are answered for the tester, as for the robot: the task starts on
        # the store, and both measures leave the banner out alike.
        await Consent().install(self._context)
        await self._context.expose_binding("__sbTester", self._on_message)
        await self._context.add_init_script(script=OVERLAY_JS)
        if self.config.trace_path is not None:
            await self._context.tracing.start(screenshots=True, snapshots=True)
        self.page = await self._context.new_page()
        self.page.on("framenavigated", self._on_navigated)
        self.page.on("close", lambda _page: self._finish("abandoned"))

    def _on_navigated(self, frame: Any) -> None:
        if frame == self.page.main_frame and frame.url.startswith("http"):
            pages = self._outcome.pages
            if not pages or pages[-1] != frame.url:
                pages.append(frame.url)

    async def _on_message(self, source: dict[str, Any], message: dict[str, Any]) -> Any:
        kind = message.get("type")
        if kind == "state":
            return {
                "phase": self._phase,
                "task": self.config.task,
                "labels": LABELS,
                "rubric": self.config.rubric,
                "started_at": self._started * 1000,
            }
        if kind == "click" and self._phase == "task":
            self._outcome.clicks.append(
                (
                    str(message.get("label", "")),
                    str(message.get("url")),
                    round(time.time() - self._started, 2),
                )
            )
        elif kind == "found" and self._phase == "task":
            self._outcome.status = "success"
            self._outcome.answer = str(message.get("answer") or "").strip() or None
            self._outcome.answer_page = str(message.get("page") or message.get("url"))
            self._outcome.ended = time.time()
            self._phase = "rating"
            await self._look(source["frame"])
        elif kind == "give_up" and self._phase == "task":
            self._outcome.status = "gave_up"
            self._outcome.ended = time.time()
            self._phase = "rating"
        elif kind == "rating" and self._phase == "rating":
            seq = message.get("seq")
            self._outcome.seq = int(seq) if isinstance(seq, int | float) else None
            self._outcome.comment = str(message.get("comment") or "").strip() or None
            rubric = message.get("rubric") or {}
            if all(str(rubric.get(k, "")).isdigit() for k in ("clarity", "completeness", "trust")):
                self._outcome.rubric = {k: rubric[k] for k in ("clarity", "completeness", "trust")}
            self._phase = "closed"
            self._done.set()
        return None

    async def _look(self, frame: Any) -> None:
        """The page the tester says answered: read it to check the claim."""
        try:
            self._outcome.view = PageView.from_js(json.loads(await frame.evaluate(PERCEIVE_JS, {})))
            self._outcome.chat = await probe_chat(frame, self.config.vendors)
        except PlaywrightError:
            pass

    def _finish(self, status: str) -> None:
        if self._phase in ("task", "rating") and status == "abandoned":
            if self._phase == "task":
                self._outcome.status = "abandoned"
                self._outcome.ended = time.time()
            self._phase = "closed"
        self._done.set()

    async def run(
        self, actor: Callable[[TaskWindow], Awaitable[None]] | None = None
    ) -> TaskOutcome:
        """Open the start page and wait for the tester (a person, or `actor` in tests)."""
        await quietly(self.page.goto(self.config.start_url, wait_until="domcontentloaded"))
        self._started = time.time()
        self._outcome.started = self._started
        self._outcome.pages = [self.page.url] if self.page.url.startswith("http") else []
        actor_task = asyncio.ensure_future(actor(self)) if actor is not None else None
        try:
            await asyncio.wait_for(self._done.wait(), timeout=self.config.time_limit_s)
        except TimeoutError:
            self._finish("abandoned")
        if actor_task is not None:
            actor_task.cancel()
            await asyncio.gather(actor_task, return_exceptions=True)
        if not self._outcome.ended:
            self._outcome.ended = time.time()
        await self.close()
        return self._outcome

    async def close(self) -> None:
        if self._context is None:
            return
        if self.config.trace_path is not None:
            self.config.trace_path.parent.mkdir(parents=True, exist_ok=True)
            await quietly(self._context.tracing.stop(path=str(self.config.trace_path)))
        await quietly(self._context.close())
        self._context = None
