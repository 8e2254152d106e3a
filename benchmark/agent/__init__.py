"""The shopper agent: perceive → candidates → scent → act → goal check, with evidence.

It only uses what a person could see and click, through the `Driver` contract
(`agent.contract`): a Chromium tab in a run, saved page views in tests (`agent.replay`).
"""

from benchmark.agent.shopper import ShopperSettings, run_scenario
from benchmark.agent.visit import FirstVisit, first_visit

__all__ = ["FirstVisit", "ShopperSettings", "first_visit", "run_scenario"]
