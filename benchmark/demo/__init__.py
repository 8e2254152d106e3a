"""The demo store zoo: ten multi-page stores served on this machine, with ground truth."""

from benchmark.demo.server import DEMO_BENCHMARK, DemoServer
from benchmark.demo.store import Store, load_stores

__all__ = ["DEMO_BENCHMARK", "DemoServer", "Store", "load_stores"]
