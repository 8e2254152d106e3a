"""The demo store zoo: eight multi-page stores served on 127.0.0.1, with ground truth."""

from benchmark.demo.server import DEMO_BENCHMARK, DemoServer, Store, load_stores

__all__ = ["DEMO_BENCHMARK", "DemoServer", "Store", "load_stores"]
