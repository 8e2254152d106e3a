"""Cookie and consent banners, handled by DuckDuckGo's autoconsent (1,000+ consent tools).

The autoconsent content script runs in every frame and talks to a "background" through
``window.autoconsentSendMessage``; this module is that background. It answers ``init`` with our
configuration and the declarative rules, evaluates the snippets some rules ask for, and records
what was found so the run can say "consent banner: cookieconsent3, refused non-essential".
We opt out: it is the choice that shares least about the visit.

Cost: the 1,000 rules weigh 850 kB. They go to every frame during the first visit of a site ×
device; after it (`narrow`), frames get only the rules of the consent tools that visit found
(so a banner that comes back is still answered), or none. That keeps every later page load
light, which matters when hundreds of pages are loaded per run.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from duckduckgo_autoconsent import bundle, rules_json

CONFIG = {
    "enabled": True,
    "autoAction": "optOut",
    "disabledCmps": [],
    "enablePrehide": True,
    "enableCosmeticRules": True,
    "enableGeneratedRules": True,
    "detectRetries": 12,
    "isMainWorld": False,
    "prehideTimeout": 2000,
    "logs": {
        "lifecycle": False,
        "rulesteps": False,
        "evals": False,
        "errors": False,
        "messages": False,
        "waits": False,
        "detectionsteps": False,
    },
}
STALLED_CAP_S = 0.2
BUSY = {"cmpDetected", "openPopupDetected", "runningOptOut", "runningOptIn"}
# Runs before the content script in every frame. Of its lifecycle reports only the main
# frame's busy ones, and the first after them, are heard here (`settle` needs no more): it
# reports every step of every frame, two in three of the messages it sent in a demo run,
# and each one was a round trip through this process.
REPORTS_JS = """(() => {
  const send = window.autoconsentSendMessage;
  if (typeof send !== 'function') return;
  const busyStates = new Set(BUSY_STATES);
  let busy = false;
  window.autoconsentSendMessage = (message) => {
    if (message && message.type === 'report') {
      const now = !!message.mainFrame &&
        busyStates.has(((message.state || {}).lifecycle) || '');
      if (!message.mainFrame || (!now && !busy)) return Promise.resolve();
      busy = now;
    }
    return send(message);
  };
})();
""".replace("BUSY_STATES", json.dumps(sorted(BUSY)))


@lru_cache(maxsize=1)
def all_rules() -> list[dict[str, Any]]:
    return json.loads(rules_json())


@dataclass
class ConsentLog:
    """What autoconsent saw in one browser context."""

    cmps: list[str] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    stalled: bool = False  # an opt-out was still running when the wait for it ended
    _busy_since: dict[int, float] = field(default_factory=dict)

    def summary(self) -> str | None:
        if not self.cmps:
            return None
        outcome = (
            "refused non-essential cookies"
            if any(r.get("result") for r in self.results)
            else "opt-out did not finish"
            if self.stalled
            else "banner found"
        )
        return f"{', '.join(dict.fromkeys(self.cmps))} ({outcome})"


class Consent:
    def __init__(self) -> None:
        self.log = ConsentLog()
        self.rules: str = rules_json()  # JSON text: a string crosses to the page cheaply

    async def install(self, context: Any) -> None:
        await context.expose_binding("autoconsentSendMessage", self._on_message)
        await context.add_init_script(script=REPORTS_JS + bundle())

    def narrow(self) -> None:
        """After the first visit: keep only the rules of the consent tools seen there."""
        seen = set(self.log.cmps)
        self.rules = json.dumps([rule for rule in all_rules() if rule.get("name") in seen])

    async def _on_message(self, source: dict[str, Any], message: dict[str, Any]) -> None:
        frame = source["frame"]
        kind = message.get("type")
        try:
            if kind == "init":
                config = {**CONFIG, "enabled": self.rules != "[]"}
                await frame.evaluate(
                    """([cfg, rules]) => window.autoconsentReceiveMessage({type: 'initResp',
                        config: cfg, rules: {autoconsent: JSON.parse(rules)}})""",
                    [config, self.rules],
                )
            elif kind == "eval":
                try:
                    result = await frame.evaluate(message["code"])
                except Exception:
                    result = False
                await frame.evaluate(
                    "(m) => window.autoconsentReceiveMessage(m)",
                    {"type": "evalResp", "id": message["id"], "result": bool(result)},
                )
            elif kind in ("cmpDetected", "popupFound"):
                self.log.cmps.append(str(message.get("cmp")))
            elif kind in ("optOutResult", "autoconsentDone"):
                self.log.results.append(
                    {"type": kind, "cmp": message.get("cmp"), "result": message.get("result", True)}
                )
            elif kind == "report" and message.get("mainFrame"):
                state = (message.get("state") or {}).get("lifecycle")
                key = id(frame.page)
                if state in BUSY:
                    self.log._busy_since.setdefault(key, time.monotonic())
                else:
                    self.log._busy_since.pop(key, None)
        except Exception:
            return

    async def settle(self, page: Any, cap_s: float = 4.0) -> None:
        """Wait while autoconsent is busy with a banner on this page (at most `cap_s`).

        An opt-out that did not finish once (its buttons never answer: a banner whose script
        is broken or blocked) is not waited for at full length on every later page: a person
        who could not close it carries on with the page as it is."""
        if self.log.stalled:
            cap_s = min(cap_s, STALLED_CAP_S)
        deadline = time.monotonic() + cap_s
        while id(page) in self.log._busy_since:
            if time.monotonic() >= deadline:
                self.log.stalled = True
                return
            await asyncio.sleep(0.1)
