"""The scripted shopper: a first-time visitor performing one support task, either finding
the page that answers it (`agent.navigate`) or opening the live chat (`agent.chat_flow`).

It only uses what a person could see and click, through the `Driver` contract
(`agent.contract`): a Chromium tab in a run, saved page views in tests (`agent.replay`).
"""

from __future__ import annotations

from benchmark.agent.chat_flow import ChatFlow
from benchmark.agent.contract import Driver
from benchmark.agent.navigate import PageTask
from benchmark.agent.state import ShopperSettings
from benchmark.errors import PageCrashed
from benchmark.spec.models import Scenario
from benchmark.store.record import ScenarioResult

__all__ = ["ShopperSettings", "run_scenario"]


async def run_scenario(
    driver: Driver, scenario: Scenario, start_url: str, settings: ShopperSettings
) -> ScenarioResult:
    """Run one scenario from the start page. Page crashes end the scenario with an error."""
    task = PageTask(driver, scenario, settings)
    try:
        failed = await task.start(start_url)
        if failed is not None:
            return failed
        if scenario.kind == "chat":
            return await ChatFlow(task).run()
        return await task.run()
    except PageCrashed as exc:
        return task.result("error", reason=exc.reason)
