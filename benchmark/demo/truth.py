"""Ground truth of the demo stores, and grading a run against it.

A cell (store × device × scenario) is right when:
- the answer is offered and the robot found it on one of the answer pages (for live chat: it
  opened the panel of the right vendor);
- the answer is not offered and the robot said "not offered".

The page-load ratio compares, over the cells the robot got right and found, the robot's page
loads with those of the shortest click path written in the ground truth.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from benchmark.demo.store import STORES_DIR, Store, load_stores
from benchmark.measure.channels import inventory
from benchmark.measure.checks import audit_run
from benchmark.score.facts import site_facts
from benchmark.spec.files import read_yaml, validate
from benchmark.store.record import Run, ScenarioResult
from benchmark.text import normalize


class Cell(BaseModel):
    model_config = ConfigDict(extra="forbid")

    offered: bool = True
    answers: list[str] = Field(default_factory=list)
    path: list[str] | dict[str, list[str]] | None = None
    page_loads: int | dict[str, int] | None = None
    vendor: str | None = None
    offline: bool | None = None

    def path_for(self, device: str) -> list[str]:
        if isinstance(self.path, dict):
            return self.path[device]
        return list(self.path or [])

    def page_loads_for(self, device: str) -> int | None:
        if isinstance(self.page_loads, dict):
            return self.page_loads[device]
        return self.page_loads


class GroundTruth(BaseModel):
    model_config = ConfigDict(extra="forbid")

    store: str
    facts: dict[str, Any] = Field(default_factory=dict)  # None: not stated on the site
    channels: dict[str, Any] = Field(default_factory=dict)
    audits: dict[str, str] = Field(default_factory=dict)
    cells: dict[str, Cell]


def load_truth(store: Store) -> GroundTruth:
    path = store.folder / "ground_truth.yaml"
    data, lines = read_yaml(path)
    return validate(GroundTruth, data, path, lines)


def load_truths(folder: Path = STORES_DIR) -> dict[str, tuple[Store, GroundTruth]]:
    """Ground truth of every demo store, keyed by the store's display name."""
    return {store.name: (store, load_truth(store)) for store in load_stores(folder)}


@dataclass(frozen=True)
class Grade:
    store: str
    device: str
    scenario: str
    expected: str
    verdict: str
    correct: bool
    why: str
    page_loads: int
    shortest: int | None


def grade_result(cell: Cell, result: ScenarioResult, device: str, store: Store) -> tuple[bool, str]:
    if not cell.offered:
        ok = result.verdict == "not_offered"
        return ok, "" if ok else f"expected not_offered, got {result.verdict}"
    if not result.found:
        return False, f"offered but {result.verdict}: {result.reason or ''}".strip()
    if cell.vendor is not None:
        got = result.evidence.chat.vendor if result.evidence.chat else None
        ok = got == cell.vendor
        return ok, "" if ok else f"vendor {got!r}, expected {cell.vendor!r}"
    path = store.key_of(result.evidence.final_url or "").rstrip("/") or "/"
    answers = {a.rstrip("/") or "/" for a in cell.answers}
    ok = path in answers
    return ok, "" if ok else f"stopped on {path}, answer is on {', '.join(sorted(answers))}"


def grade_run(run: Run, truths: dict[str, tuple[Store, GroundTruth]]) -> list[Grade]:
    grades = []
    for site_run in run.site_runs:
        if site_run.site not in truths:
            continue
        store, truth = truths[site_run.site]
        for result in site_run.results:
            cell = truth.cells.get(result.scenario_id)
            if cell is None:
                continue
            correct, why = grade_result(cell, result, site_run.device, store)
            grades.append(
                Grade(
                    store=truth.store,
                    device=site_run.device,
                    scenario=result.scenario_id,
                    expected="offered" if cell.offered else "not_offered",
                    verdict=result.verdict,
                    correct=correct,
                    why=why,
                    page_loads=result.page_loads,
                    shortest=cell.page_loads_for(site_run.device) if cell.offered else None,
                )
            )
    return grades


@dataclass(frozen=True)
class Summary:
    cells: int
    correct: int
    robot_page_loads: int
    shortest_page_loads: int

    @property
    def verdict_accuracy(self) -> float:
        return self.correct / self.cells if self.cells else 0.0

    @property
    def page_load_ratio(self) -> float:
        return self.robot_page_loads / self.shortest_page_loads if self.shortest_page_loads else 0.0

    def line(self) -> str:
        return (
            f"verdict_accuracy={self.verdict_accuracy:.2f} "
            f"page_load_ratio={self.page_load_ratio:.2f} cells={self.cells}"
        )


def summarize(grades: list[Grade]) -> Summary:
    found_right = [g for g in grades if g.correct and g.shortest]
    return Summary(
        cells=len(grades),
        correct=sum(g.correct for g in grades),
        robot_page_loads=sum(g.page_loads for g in found_right),
        shortest_page_loads=sum(g.shortest or 0 for g in found_right),
    )


# ---------------------------------------------------------------- facts

CONTAINED = {"delivery_times", "duties_taxes"}  # free text: the truth must appear in the value


def _flat(value: object) -> str:
    return " ".join(normalize(str(value)).split())


def fact_matches(name: str, expected: object, got: object) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    if name in CONTAINED:
        return _flat(expected) in _flat(got)
    return _flat(expected) == _flat(got)


@dataclass(frozen=True)
class FactGrade:
    store: str
    fact: str
    expected: object
    got: object
    status: str  # right | wrong | missed | invented | absent


def grade_facts(run: Run, truths: dict[str, tuple[Store, GroundTruth]]) -> list[FactGrade]:
    """Each store's factbook (see `benchmark.factbook`) against its ground-truth facts."""
    grades = []
    for site in run.sites:
        if site.name not in truths:
            continue
        truth = truths[site.name][1]
        found = {name: fact.value for name, fact in site_facts(run, site.slug).items()}
        for name in sorted(set(truth.facts) | set(found)):
            expected, got = truth.facts.get(name), found.get(name)
            if expected is None:
                status = "invented" if name in found else "absent"
            elif name not in found:
                status = "missed"
            else:
                status = "right" if fact_matches(name, expected, got) else "wrong"
            grades.append(FactGrade(truth.store, name, expected, got, status))
    return grades


@dataclass(frozen=True)
class FactSummary:
    stated: int
    right: int
    invented: int

    @property
    def accuracy(self) -> float:
        return self.right / self.stated if self.stated else 0.0

    def line(self) -> str:
        return (
            f"facts_accuracy={self.accuracy:.2f} facts_stated={self.stated} "
            f"facts_invented={self.invented}"
        )


def summarize_facts(grades: list[FactGrade]) -> FactSummary:
    return FactSummary(
        stated=sum(g.status in ("right", "wrong", "missed") for g in grades),
        right=sum(g.status == "right" for g in grades),
        invented=sum(g.status == "invented" for g in grades),
    )


# ---------------------------------------------------------------- channels and audits


@dataclass(frozen=True)
class Check:
    store: str
    device: str
    item: str
    expected: object
    got: object

    @property
    def ok(self) -> bool:
        return self.expected == self.got


def _channel_names(found: dict[str, list[Any]], kind: str) -> object:
    names = [f.name for f in found.get(kind, [])]
    if kind == "contact_form":
        return bool(names)
    if kind == "chatbot":
        return bool(names)
    if kind == "live_chat":
        return names[0].split(" (")[0] if names else None
    return sorted(set(names))


def grade_channels(run: Run, truths: dict[str, tuple[Store, GroundTruth]]) -> list[Check]:
    """Each store's channel inventory (all devices together) against its ground truth."""
    checks = []
    for site in run.sites:
        if site.name not in truths:
            continue
        truth = truths[site.name][1]
        merged: dict[str, list[Any]] = {}
        for site_run in run.site_runs:
            if site_run.slug == site.slug:
                for kind, items in inventory(site_run).items():
                    merged.setdefault(kind, []).extend(items)
        for kind, expected in truth.channels.items():
            if isinstance(expected, list):
                expected = sorted(expected)
            checks.append(Check(truth.store, "all", kind, expected, _channel_names(merged, kind)))
    return checks


def grade_audits(run: Run, truths: dict[str, tuple[Store, GroundTruth]]) -> list[Check]:
    checks = []
    results = audit_run(run)
    for site_run in run.site_runs:
        if site_run.site not in truths:
            continue
        truth = truths[site_run.site][1]
        got = {a.id: a.status for a in results.get((site_run.slug, site_run.device), [])}
        for audit, expected in truth.audits.items():
            if audit == "support_on_mobile" and site_run.device == "desktop":
                expected = "not_applicable"
            checks.append(Check(truth.store, site_run.device, audit, expected, got.get(audit)))
    return checks
