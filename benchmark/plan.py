"""The plan of a run: the run record it starts from (sites with their resolved addresses,
devices, the full scenario definitions, the settings that shape a measurement) and the
run-wide choices taken before any browser starts (concurrency, third parties to block)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmark import DATA_DIR, __version__
from benchmark.measure.channels import channel_patterns
from benchmark.politeness import on_local_network
from benchmark.spec.fingerprint import agent_version
from benchmark.spec.models import LoadedBenchmark
from benchmark.store.record import Run, ScenarioRef, SiteRef

BLOCKLIST = DATA_DIR / "blocklist.yaml"


def blocked_hosts(categories: list[str], extra: list[str]) -> list[str]:
    """Hosts of the blocked third-party categories (data/blocklist.yaml), plus any given."""
    lists = yaml.safe_load(BLOCKLIST.read_text(encoding="utf-8")) if categories else {}
    return [h.lower() for c in categories for h in lists[c]] + [h.lower() for h in extra]


def help_desk_hosts() -> list[str]:
    """Help-desk vendors' hosts (data/channels.yaml): a store's help centre often lives there
    (store.zendesk.com, store.gorgias.help), and a shopper follows the store's link to it."""
    return [h for pattern in channel_patterns().help_centre.values() for h in pattern.hosts]


def default_concurrency() -> int:
    """Three contexts per core, at most six: a context spends most of its time waiting (pages
    settling, chat widgets, the network), so the cores take more than two each; each context
    costs a renderer's memory (bench/speed.py: peak PSS 731 MB at four, 865 MB at six)."""
    return max(1, min(6, 3 * (os.cpu_count() or 1)))


def new_run(
    loaded: LoadedBenchmark,
    run_id: str,
    spec_hash: str,
    resolve: Callable[[str], str],
    scenarios_dir: Path | None = None,
) -> Run:
    spec = loaded.spec
    start_urls = [resolve(s.start_url) for s in spec.sites]
    return Run(
        run_id=run_id,
        name=spec.name,
        benchmark_file=str(loaded.path.resolve()),
        spec_hash=spec_hash,
        agent_version=agent_version(),
        measured_by=agent_version(),
        tool_version=__version__,
        settings={
            "politeness": spec.politeness.model_dump(),
            "timeouts": spec.timeouts.model_dump(),
            "concurrency": spec.concurrency,
            "scenarios_dir": str(scenarios_dir.resolve()) if scenarios_dir else None,
            # every site on this machine or a private network (judged on the resolved URLs:
            # demo:// becomes http://127.0.0.1:PORT/), see browser.session
            "local_network": all(on_local_network(url) for url in start_urls),
        },
        sites=[
            SiteRef(
                name=s.name,
                slug=s.slug,
                role="yours" if i == 0 else "competitor",
                start_url=start_urls[i],
            )
            for i, s in enumerate(spec.sites)
        ],
        devices=list(spec.devices),
        scenarios=[
            ScenarioRef(
                id=s.id,
                title=s.title,
                task=s.task,
                weight=s.weight,
                when_absent=s.when_absent,
                good_s=s.time_curve.good_s,
                median_s=s.time_curve.median_s,
                spec=s,
            )
            for s in loaded.scenarios
        ],
    )
