"""The shopper agent: perceive → candidates → scent → act → goal check, with evidence.

It only uses what a person could see and click, through the `Driver` contract
(`agent.contract`): a Chromium tab in a run, saved page views in tests (`agent.replay`).
Names are imported on first use, so reading the contract does not load the whole agent.
"""

from __future__ import annotations

from benchmark.lazy import lazy_exports

_WHERE = {
    "FirstVisit": "visit",
    "ShopperSettings": "state",
    "SiteMemory": "state",
    "first_visit": "visit",
    "run_scenario": "shopper",
}
__all__ = sorted(_WHERE)


__getattr__ = lazy_exports(__name__, _WHERE)
