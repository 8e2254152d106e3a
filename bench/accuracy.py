"""Run the demo benchmark and grade it against the demo stores' ground truth.

Prints the cells the robot got wrong, the facts, channels and audits that differ from the
ground truth, a summary line for each, and ends with one line:
    verdict_accuracy=0.NN page_load_ratio=N.NN cells=N

Usage:
    python bench/accuracy.py                    # run the demo, then grade it
    python bench/accuracy.py --run-dir RUN_DIR  # grade a saved run of the demo
    python bench/accuracy.py --run-dir RUN_DIR --remeasure  # measure its pages again first
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchmark import api
from benchmark.artifacts import load_pages
from benchmark.demo.truth import (
    grade_audits,
    grade_channels,
    grade_facts,
    grade_run,
    load_truths,
    summarize,
    summarize_facts,
)
from benchmark.measure.site import measure_run
from benchmark.spec.lexicon import load_lexicon
from benchmark.store.rundir import read_run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run-dir", type=Path, help="grade this saved demo run")
    parser.add_argument(
        "--remeasure",
        action="store_true",
        help="with --run-dir: measure its saved pages again with today's code first (no browser)",
    )
    parser.add_argument("--concurrency", type=int, default=None)
    parser.add_argument("--browser-path", default=None)
    args = parser.parse_args()

    started = time.monotonic()
    if args.run_dir:
        run = read_run(args.run_dir)
        if args.remeasure:
            run_dir = args.run_dir
            measure_run(run, lambda key: load_pages(run_dir, key), load_lexicon())
    else:
        results = Path(tempfile.mkdtemp(prefix="supportbench-accuracy-"))
        result = api.run_demo(
            results_dir=results, concurrency=args.concurrency, browser_path=args.browser_path
        )
        run = result.run
        print(f"demo run: {result.run_dir} ({time.monotonic() - started:.0f} s)")

    grades = grade_run(run, load_truths())
    wrong = [g for g in grades if not g.correct]
    if wrong:
        print(f"{'store':<16}{'device':<9}{'scenario':<20}{'expected':<13}{'got':<26}why")
        for g in wrong:
            print(
                f"{g.store:<16}{g.device:<9}{g.scenario:<20}{g.expected:<13}{g.verdict:<26}{g.why}"
            )
    else:
        print("every cell right")
    detours = [g for g in grades if g.correct and g.shortest and g.page_loads > g.shortest]
    if detours:
        print(f"\ncells found with more page loads than the shortest path ({len(detours)}):")
        for g in detours:
            print(f"  {g.store:<16}{g.device:<9}{g.scenario:<20}{g.page_loads} vs {g.shortest}")
    truths = load_truths()
    facts = grade_facts(run, truths)
    print("\nfacts that differ from the ground truth:")
    for f in facts:
        if f.status not in ("right", "absent"):
            print(f"  {f.store:<16}{f.fact:<24}{f.status:<9}expected {f.expected!r}, got {f.got!r}")
    channels = grade_channels(run, truths)
    audits = grade_audits(run, truths)
    for title, checks in (("channels", channels), ("audits", audits)):
        wrong_checks = [c for c in checks if not c.ok]
        print(f"\n{title} that differ from the ground truth: {len(wrong_checks)}")
        for c in wrong_checks:
            print(f"  {c.store:<16}{c.device:<9}{c.item:<22}expected {c.expected!r}, got {c.got!r}")
    print(summarize_facts(facts).line())
    print(
        f"channels_matching={sum(c.ok for c in channels)}/{len(channels)} "
        f"audits_matching={sum(c.ok for c in audits)}/{len(audits)}"
    )
    print(summarize(grades).line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
