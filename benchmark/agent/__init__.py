"""The shopper agent: perceive → candidates → scent → act → goal check, with evidence.

It only uses what a person could see and click, through `benchmark.browser.PageDriver`.
"""

from .shopper import ShopperSettings, run_scenario, warm_up

__all__ = ["ShopperSettings", "run_scenario", "warm_up"]
