"""What every check receives and returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from benchmark.store.record import LinkInfo, PageSnapshot, ScenarioResult, SiteRun

Status = Literal["pass", "fail", "not_applicable", "error"]
POLICY_INTENTS = {"returns", "refund", "exchange", "shipping"}
SUPPORT_INTENTS = {
    "contact",
    "faq",
    "returns",
    "refund",
    "shipping",
    "order_tracking",
    "exchange",
    "cancellation",
}


class AuditResult(BaseModel):
    id: str
    status: Status
    evidence: str
    url: str | None = None


@dataclass
class Context:
    site_run: SiteRun
    desktop: SiteRun | None = None  # for cross-device checks on a mobile site-run

    def result(self, scenario_id: str) -> ScenarioResult | None:
        return next((r for r in self.site_run.results if r.scenario_id == scenario_id), None)

    def answer(self, scenario_id: str) -> PageSnapshot | None:
        result = self.result(scenario_id)
        return result.page if result is not None and result.found else None

    def pages(self, *roles: str) -> list[PageSnapshot]:
        found = [p for p in self.site_run.pages if not roles or p.role in roles]
        if not roles or "answer" in roles:
            found += [r.page for r in self.site_run.results if r.page is not None]
        return found

    def home(self) -> PageSnapshot | None:
        return next((p for p in self.site_run.pages if p.role == "home"), None)


def intents_of(links: list[LinkInfo]) -> set[str]:
    return {intent for link in links for intent in link.intents}


def labels(links: list[LinkInfo], limit: int = 8) -> str:
    return ", ".join(dict.fromkeys(link.text for link in links if link.text))[:200] or "none"
