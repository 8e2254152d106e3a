"""Facts across a site: merged from the pages its scenarios reached, compared across sites.

Each scenario result carries the facts stated on the page that answered it. A site's
factbook keeps, per fact, the first value found (desktop before mobile, scenarios in the
run's order) with its evidence; the scorecard then marks, per fact, which site states the best
value ("best" is declared in ``data/facts.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml
from pydantic import BaseModel, ConfigDict

from benchmark import DATA_DIR
from benchmark.store.record import FactValue, Run

FACTS_FILE = DATA_DIR / "facts.yaml"


class FactKind(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    better: str | None = None  # "higher" | "lower" | "true"


@lru_cache(maxsize=1)
def fact_kinds() -> dict[str, FactKind]:
    data = yaml.safe_load(FACTS_FILE.read_text(encoding="utf-8"))
    return {name: FactKind.model_validate(spec) for name, spec in data.items()}


def site_facts(run: Run, slug: str) -> dict[str, FactValue]:
    """The facts of one site, first found first (desktop before other devices)."""
    devices = sorted(run.devices, key=lambda d: d != "desktop")
    found: dict[str, FactValue] = {}
    for device in devices:
        site_run = run.site_run(slug, device)
        if site_run is None:
            continue
        for result in site_run.results:
            for name, fact in result.facts.items():
                found.setdefault(name, fact)
    return found


@dataclass(frozen=True)
class Ranked:
    best: set[str]  # slugs holding the best value
    gap: dict[str, float]  # slug → how far from the best, 0..1 (relative: 30 vs 60 days is 0.5)


def rank(name: str, values: dict[str, FactValue]) -> Ranked:
    """Which sites state the best value of a fact, and how far each other site is from it."""
    kind = fact_kinds().get(name)
    if kind is None or kind.better is None or not values:
        return Ranked(set(), {})
    if kind.better == "true":
        scores = {slug: 1.0 if fact.value is True else 0.0 for slug, fact in values.items()}
    else:
        # nothing (free, same day) is nothing in any currency or unit
        units = {fact.unit for fact in values.values() if fact.number}
        if len(units) > 1:
            return Ranked(set(), {})
        numbers = {s: f.number for s, f in values.items() if f.number is not None}
        if not numbers:
            return Ranked(set(), {})
        if kind.better == "higher":
            top = max(numbers.values())
            scores = {s: (n / top if top > 0 else 1.0) for s, n in numbers.items()}
        else:
            bottom = min(numbers.values())
            scores = {s: (bottom / n if n > 0 else 1.0) for s, n in numbers.items()}
    best_score = max(scores.values())
    if best_score <= 0:  # nobody offers it ("no" everywhere): nothing to highlight
        return Ranked(set(), {})
    return Ranked(
        {s for s, v in scores.items() if v == best_score},
        {s: round(best_score - v, 2) for s, v in scores.items()},
    )
