"""Loading and checking everything a run or a session needs, before any browser starts."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmark.agent.chat_vendors import VendorFile, load_vendors
from benchmark.demo.server import DemoServer
from benchmark.errors import SpecError
from benchmark.measure.extract import FACT_NAMES
from benchmark.spec.fingerprint import agent_version
from benchmark.spec.lexicon import DATA_DIR as LEXICON_DIR
from benchmark.spec.lexicon import Lexicon, load_lexicon
from benchmark.spec.models import LoadedBenchmark, Scenario, load_benchmark, scenario_library
from benchmark.spec.models import spec_hash as compute_spec_hash
from benchmark.store.history import HISTORY_FILE, History

DEFAULT_RESULTS_DIR = Path("results")


@dataclass
class Inputs:
    benchmark: LoadedBenchmark
    lexicon: Lexicon
    vendors: VendorFile
    spec_hash: str
    scenarios_dir: Path | None = None


def list_scenarios(scenarios_dir: Path | None = None) -> list[Scenario]:
    lexicon = load_lexicon()
    return list(scenario_library(scenarios_dir, lexicon.intents, set(FACT_NAMES)).values())


def load_inputs(benchmark_path: Path, scenarios_dir: Path | None = None) -> Inputs:
    """Validate everything before any browser starts: bad input fails fast, with file:line."""
    lexicon = load_lexicon()
    vendors = load_vendors()

    def scenarios_in(folder: Path | None) -> dict[str, Scenario]:
        return scenario_library(folder, lexicon.intents, set(FACT_NAMES))

    loaded = load_benchmark(benchmark_path, scenarios_in, scenarios_dir)
    digest = compute_spec_hash(loaded, sorted(LEXICON_DIR.glob("*.yaml")), agent_version())
    return Inputs(loaded, lexicon, vendors, digest, scenarios_dir)


def uses_demo(loaded: LoadedBenchmark) -> bool:
    return any(site.start_url.startswith("demo://") for site in loaded.spec.sites)


@contextlib.contextmanager
def demo_if_needed(
    loaded: LoadedBenchmark, running: DemoServer | None = None
) -> Iterator[Callable[[str], str]]:
    if not uses_demo(loaded):
        yield lambda url: url
        return
    with contextlib.nullcontext(running) if running else DemoServer() as server:
        for site in loaded.spec.sites:
            if site.start_url.startswith("demo://"):
                store_id = site.start_url.removeprefix("demo://").split("/")[0]
                if store_id not in server.running:
                    raise SpecError(
                        loaded.path,
                        f"no demo store {store_id!r}; there are {', '.join(server.running)}",
                        field="start_url",
                    )
        yield server.resolve


def total_scenario_results(inputs: Inputs) -> int:
    spec = inputs.benchmark.spec
    return len(spec.sites) * len(spec.devices) * len(inputs.benchmark.scenarios)


def with_history(results_dir: Path, action: Callable[[History], None]) -> None:
    history = History(results_dir / HISTORY_FILE)
    try:
        action(history)
    finally:
        history.close()
