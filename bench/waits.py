"""Where a run's time goes: every call the agent makes to the browser, timed.

Runs the demo benchmark (or the file given) with every coroutine of the page driver and of its
tab wrapped in a timer, and prints the total, count and mean of each, largest first. At
concurrency 1 the totals add up to the wall time (calls nest: `PageDriver.click` includes the
`Tab._after` and `Tab._settle` it waits for); at higher concurrency they overlap.

Usage:
    python bench/waits.py                  # the demo, one site-run at a time
    python bench/waits.py --concurrency 4 --benchmark mybench.yaml
"""

from __future__ import annotations

import argparse
import collections
import functools
import inspect
import tempfile
import time
from pathlib import Path

from benchmark import api
from benchmark.browser import driver, tab
from benchmark.demo.server import DEMO_BENCHMARK

TOTAL: dict[str, float] = collections.defaultdict(float)
CALLS: collections.Counter[str] = collections.Counter()


def timed(cls: type, name: str) -> None:
    method = getattr(cls, name)
    label = f"{cls.__name__}.{name}"

    @functools.wraps(method)
    async def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return await method(*args, **kwargs)
        finally:
            TOTAL[label] += time.perf_counter() - started
            CALLS[label] += 1

    setattr(cls, name, wrapper)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", type=Path, default=DEMO_BENCHMARK)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    for cls in (driver.PageDriver, tab.Tab):
        for name, member in list(vars(cls).items()):
            if inspect.iscoroutinefunction(member):
                timed(cls, name)
    started = time.perf_counter()
    api.run_benchmark(
        args.benchmark,
        results_dir=Path(tempfile.mkdtemp(prefix="supportbench-waits-")),
        concurrency=args.concurrency,
    )
    print(f"wall {time.perf_counter() - started:.0f} s, concurrency {args.concurrency}")
    for label, seconds in sorted(TOTAL.items(), key=lambda kv: -kv[1])[: args.top]:
        mean_ms = seconds / CALLS[label] * 1000
        print(f"{label:<32} {seconds:7.1f} s {CALLS[label]:6d} calls {mean_ms:6.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
