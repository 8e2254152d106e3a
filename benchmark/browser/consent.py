"""Cookie and consent banners, handled by DuckDuckGo's autoconsent (1,000+ consent tools).

The autoconsent content script runs in every frame and talks to a "background" through
``window.autoconsentSendMessage``; this module is that background. It answers ``init`` with our
configuration and the declarative rules, evaluates the snippets some rules ask for, and records
what was found so the run can say "consent banner: cookieconsent3, refused non-essential".
We opt out: it is the choice that shares least about the visit.
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
BUSY = {"cmpDetected", "openPopupDetected", "runningOptOut", "runningOptIn"}


@lru_cache(maxsize=1)
def _rules_script() -> str:
    rules = json.dumps(json.loads(rules_json()), separators=(",", ":"))
    return f"window.__sbAutoconsentRules = JSON.parse({json.dumps(rules)});"


@dataclass
class ConsentLog:
    """What autoconsent saw in one browser context."""

    cmps: list[str] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    _busy_since: dict[int, float] = field(default_factory=dict)

    def summary(self) -> str | None:
        if not self.cmps:
            return None
        outcome = (
            "refused non-essential cookies"
            if any(r.get("result") for r in self.results)
            else "banner found"
        )
        return f"{', '.join(dict.fromkeys(self.cmps))} ({outcome})"


class Consent:
    def __init__(self) -> None:
        self.log = ConsentLog()

    async def install(self, context: Any) -> None:
        await context.expose_binding("autoconsentSendMessage", self._on_message)
        await context.add_init_script(script=_rules_script())
        await context.add_init_script(script=bundle())

    async def _on_message(self, source: dict[str, Any], message: dict[str, Any]) -> None:
        frame = source["frame"]
        kind = message.get("type")
        try:
            if kind == "init":
                await frame.evaluate(
                    """(cfg) => window.autoconsentReceiveMessage({type: 'initResp', config: cfg,
                        rules: {autoconsent: window.__sbAutoconsentRules || []}})""",
                    CONFIG,
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
        """Wait while autoconsent is busy with a banner on this page (at most `cap_s`)."""
        deadline = time.monotonic() + cap_s
        while id(page) in self.log._busy_since and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
