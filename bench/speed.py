"""Speed, page loads and memory of a full run over a zoo of demo stores, against a naive baseline.

The zoo is the bundled demo stores plus generated variants of each (another name, the
products in another order: the same layouts, so the same shortest paths and ground truth).
The full benchmark runs every scenario on desktop and mobile at the default concurrency, the
way `supportbench run` does. The naive baseline is written the obvious way: one fresh browser
per scenario, one scenario after the other, nothing shared. Timing all of it would take most
of an hour, so it is timed on a fixed sample of cells, one per demo store × scenario (variant and
device drawn at random), and its mean time per cell is multiplied by the number of cells (say
--baseline-sample 0 to time every cell instead).

The full run is made with each executor asked for (`--executors`, default `local` then
`dask-local:2`), one after the other on the same zoo, so their results per minute and peak
memory stand side by side; the first is the one the speedup is computed from.

Prints what it measured, and ends with one line (figures of the first executor):
    speedup=N.N page_load_ratio=N.NN peak_pss_mb=N peak_rss_mb=N results_per_min=N

Usage:
    python bench/speed.py                       # 30 stores, baseline sampled on 100 cells
    python bench/speed.py --variants 1 --baseline-sample 8 --executors local
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from benchmark import api
from benchmark.demo.server import DEMO_BENCHMARK, DemoServer
from benchmark.demo.store import Store, load_stores
from benchmark.demo.truth import grade_run, load_truths, summarize
from benchmark.plan import default_concurrency


@dataclass
class VariantStore(Store):
    """A demo store under another id and name, its products in another order."""

    variant_id: str = ""

    @property
    def id(self) -> str:
        return self.variant_id or self.folder.name


def build_zoo(variants: int) -> tuple[list[Store], dict[str, str]]:
    """The demo stores and `variants` variants of each; maps every store name to the name of
    the demo store whose ground truth it shares."""
    zoo: list[Store] = []
    base_of: dict[str, str] = {}
    for store in load_stores():
        zoo.append(store)
        base_of[store.name] = store.name
        for n in range(1, variants + 1):
            config = yaml.safe_load(yaml.safe_dump(store.config))  # a deep copy
            config["name"] = f"{store.name} {n + 1}"
            products = config.get("products", [])
            if products:
                shift = n % len(products)
                config["products"] = products[shift:] + products[:shift]
            variant = VariantStore(store.folder, config, variant_id=f"{store.id}-{n + 1}")
            zoo.append(variant)
            base_of[variant.name] = store.name
    return zoo, base_of


def stratified_sample(
    cells: list[tuple[Store, str, str]], base_of: dict[str, str], n: int, rng: random.Random
) -> list[tuple[Store, str, str]]:
    """`n` cells spread evenly over the strata demo store × scenario (the variant drawn at
    random within each, the device in turn). Cells differ mostly by store and scenario (a
    store without chat waits for a launcher that never comes: 15 s against 3-4 s), and every
    stratum holds as many cells, so the sample's mean estimates all cells' mean without a
    plain random draw's luck (the former draw of 40 held five chat cells, three of them on
    stores without chat, where three in ten are)."""
    strata: dict[tuple[str, str], list[tuple[Store, str, str]]] = {}
    for cell in cells:
        strata.setdefault((base_of[cell[0].name], cell[2]), []).append(cell)
    groups = [rng.sample(group, len(group)) for group in strata.values()]
    rng.shuffle(groups)
    devices = sorted({cell[1] for cell in cells})
    for i, group in enumerate(groups):  # as many strata drawn on each device, in turn
        group.sort(key=lambda cell, i=i: cell[1] != devices[i % len(devices)])
    picked: list[tuple[Store, str, str]] = []
    for depth in range(max(len(group) for group in groups)):
        picked += [group[depth] for group in groups if depth < len(group)]
    return picked[: min(n, len(cells))]


class MemoryWatch:
    """Peak memory of this process and everything it started (Playwright's driver, Chromium's
    browser, GPU, network and renderer processes), sampled from /proc every 0.2 s. RSS counts
    pages shared between Chromium's processes once per process, so it overstates; PSS shares
    them out and is printed beside it."""

    def __init__(self) -> None:
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.peak_processes = 0
        self.at_peak: dict[str, list[int]] = {}  # kind of process -> [count, RSS kB, PSS kB]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            pids = family(os.getpid())
            sizes = {
                pid: (_kb(pid, "status", "VmRSS:"), _kb(pid, "smaps_rollup", "Pss:"))
                for pid in pids
            }
            rss = sum(r for r, _ in sizes.values())
            pss = sum(p for _, p in sizes.values())
            if rss > self.peak_rss_kb:
                kinds: dict[str, list[int]] = {}
                for pid, (r, p) in sizes.items():
                    entry = kinds.setdefault(kind_of(pid), [0, 0, 0])
                    entry[0] += 1
                    entry[1] += r
                    entry[2] += p
                self.at_peak = kinds
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self.peak_processes = max(self.peak_processes, len(pids))


def family(root: int) -> list[int]:
    """`root` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def kind_of(pid: int) -> str:
    """python, node (Playwright's driver), chromium, or Chromium's process type (renderer,
    gpu-process, zygote, utility…). Chromium rewrites its command line, hence the search."""
    try:
        line = (
            Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        )
    except OSError:
        return "gone"
    kind = re.search(r"--type=(\S+)", line)
    if kind:
        return kind.group(1)
    program = Path(line.split(" ", 1)[0]).name
    return "python" if program.startswith("python") else program


def _kb(pid: int, name: str, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def write_benchmark(
    path: Path, name: str, stores: list[Store], devices: list[str], scenarios: str | list[str]
) -> Path:
    demo = yaml.safe_load(DEMO_BENCHMARK.read_text(encoding="utf-8"))
    sites = [{"name": s.name, "start_url": f"demo://{s.id}/"} for s in stores]
    spec = {
        "name": name,
        "your_store": sites[0],
        "competitors": sites[1:],
        "devices": devices,
        "scenarios": scenarios,
        "politeness": demo["politeness"],
        "timeouts": demo["timeouts"],
    }
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@dataclass
class FullRun:
    executor: str
    result: api.RunResult
    seconds: float
    summary: object
    memory: MemoryWatch

    def line(self) -> str:
        results = sum(len(sr.results) for sr in self.result.run.site_runs)
        return (
            f"{self.executor}: {self.seconds:.0f} s, {results / (self.seconds / 60):.0f} "
            f"results/min, peak PSS {self.memory.peak_pss_kb / 1024:.0f} MB"
        )


def full_run(work, bench, server, executor, concurrency, browser_path, truths) -> FullRun:  # type: ignore[no-untyped-def]
    """The full benchmark with one executor, timed and watched, as `supportbench run` does."""
    print(f"full run with --executor {executor}: every scenario, concurrency {concurrency}")
    with MemoryWatch() as memory:
        started = time.monotonic()
        result = api.run_benchmark(
            bench,
            results_dir=work / executor.replace(":", "-"),
            concurrency=concurrency,
            browser_path=browser_path,
            demo=server,
            executor=executor,
        )
        seconds = time.monotonic() - started
    results = [r for site_run in result.run.site_runs for r in site_run.results]
    failed = [s for s in result.run.site_runs if s.status != "complete"]
    summary = summarize(grade_run(result.run, truths))
    print(
        f"  {seconds:.0f} s wall, {len(results)} scenario results, "
        f"{len(failed)} site runs not complete"
    )
    print(f"  {summary.line()}")
    print(
        f"  peak memory: RSS {memory.peak_rss_kb / 1024:.0f} MB, "
        f"PSS {memory.peak_pss_kb / 1024:.0f} MB, {memory.peak_processes} processes"
    )
    for kind, (count, rss, pss) in sorted(memory.at_peak.items(), key=lambda kv: -kv[1][1]):
        print(f"    {kind:<14}{count:>3} × RSS {rss / 1024:5.0f} MB  PSS {pss / 1024:5.0f} MB")
    return FullRun(executor, result, seconds, summary, memory)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=2, help="variants per demo store")
    parser.add_argument(
        "--baseline-sample",
        type=int,
        default=100,
        help="cells, one per demo store × scenario first (0: all)",
    )
    parser.add_argument("--concurrency", type=int, default=None)
    parser.add_argument("--browser-path", default=None)
    parser.add_argument("--executors", nargs="+", default=["local", "dask-local:2"])
    args = parser.parse_args()

    zoo, base_of = build_zoo(args.variants)
    work = Path(tempfile.mkdtemp(prefix="supportbench-speed-"))
    devices = ["desktop", "mobile"]
    concurrency = args.concurrency or default_concurrency()
    with DemoServer(stores=zoo) as server:
        bench = write_benchmark(work / "zoo.yaml", "Speed zoo", zoo, devices, "all")
        demo_stores = sum(not isinstance(store, VariantStore) for store in zoo)
        print(f"zoo: {len(zoo)} stores ({demo_stores} demo stores + variants)")
        truths = load_truths()
        shared = {name: truths[base] for name, base in base_of.items()}
        runs = []
        for executor in args.executors:
            runs.append(
                full_run(work, bench, server, executor, concurrency, args.browser_path, shared)
            )
            print(f"  {runs[-1].line()}")
        full, full_s, summary, memory = (
            runs[0].result,
            runs[0].seconds,
            runs[0].summary,
            runs[0].memory,
        )
        results = [r for site_run in full.run.site_runs for r in site_run.results]

        by_name = {store.name: store for store in zoo}
        cells = [
            (by_name[site_run.site], site_run.device, result.scenario_id)
            for site_run in full.run.site_runs
            for result in site_run.results
        ]
        sample = (
            cells
            if args.baseline_sample <= 0
            else stratified_sample(cells, base_of, args.baseline_sample, random.Random(5))
        )
        print(
            f"naive baseline: a fresh browser per scenario, sequential; "
            f"{len(sample)} of {len(cells)} cells timed"
        )
        times = []
        for n, (store, device, scenario) in enumerate(sample):
            one = write_benchmark(
                work / f"cell{n}.yaml", f"Cell {n}", [store], [device], [scenario]
            )
            started = time.monotonic()
            api.run_benchmark(
                one,
                results_dir=work / "baseline",
                concurrency=1,
                browser_path=args.browser_path,
                demo=server,
            )
            times.append(time.monotonic() - started)
        baseline_s = statistics.mean(times) * len(cells)
        label = "measured" if len(sample) == len(cells) else "estimated from the sample"
        spread = statistics.stdev(times) if len(times) > 1 else 0.0
        print(
            f"  {statistics.mean(times):.2f} s per cell (sd {spread:.1f}, standard error "
            f"{spread / len(times) ** 0.5:.2f}, min {min(times):.1f}, max {max(times):.1f}); "
            f"{baseline_s:.0f} s for all {len(cells)} cells ({label})"
        )
    speedup = baseline_s / full_s
    per_min = len(results) / (full_s / 60)
    print(f"results in {work}")
    print(
        f"speedup={speedup:.1f} page_load_ratio={summary.page_load_ratio:.2f} "
        f"peak_pss_mb={memory.peak_pss_kb / 1024:.0f} peak_rss_mb={memory.peak_rss_kb / 1024:.0f} "
        f"results_per_min={per_min:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
