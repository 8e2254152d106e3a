"""The analysed scorecard: everything a report shows, computed once from a run.

Scores (per task, per site and device, overall), the facts of each site and which is best,
the channel inventory, the checklist audits, accessibility, "where you lose" and the human
testers beside the robot. Every renderer (HTML, Markdown, CSV, JSON) reads this model; none
computes anything again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from benchmark.measure.channels import KINDS, inventory
from benchmark.measure.checks import AuditResult, audit_run, audit_specs
from benchmark.score.facts import fact_kinds, rank, site_facts
from benchmark.score.gaps import Gap, where_you_lose
from benchmark.score.scoring import Overall, overall_scores, result_score, site_score
from benchmark.sessions.model import ContactLog, Session
from benchmark.sessions.summary import agreement, contact_stats, human_cells
from benchmark.store.record import (
    ChannelFinding,
    FactValue,
    Run,
    ScenarioRef,
    ScenarioResult,
    SiteRef,
    SiteRun,
)

CellKey = tuple[str, str, str]  # site slug, device, scenario id


@dataclass(frozen=True)
class Cell:
    """One site × device × scenario: the result (None if not run) and its score."""

    site: SiteRef
    device: str
    scenario: ScenarioRef
    site_run: SiteRun | None
    result: ScenarioResult | None
    score: float | None


@dataclass
class FactRow:
    name: str
    label: str
    cells: list[tuple[FactValue | None, bool]]  # per site: the fact (or None) and "is best"


def fact_rows(run: Run, books: dict[str, dict[str, FactValue]]) -> list[FactRow]:
    rows = []
    for name, kind in fact_kinds().items():
        values = {slug: book[name] for slug, book in books.items() if name in book}
        if not values:
            continue
        best = rank(name, values).best if len(values) > 1 else set()
        rows.append(
            FactRow(name, kind.label, [(values.get(s.slug), s.slug in best) for s in run.sites])
        )
    return rows


def channel_rows(
    run: Run, channels: dict[str, dict[str, list[ChannelFinding]]]
) -> list[tuple[str, list[str]]]:
    def names(slug: str, kind: str) -> str:
        found = channels.get(slug, {}).get(kind, [])
        return ", ".join(dict.fromkeys(f.name for f in found))

    return [(kind.replace("_", " "), [names(s.slug, kind) for s in run.sites]) for kind in KINDS]


def site_channels(run: Run) -> dict[str, dict[str, list[ChannelFinding]]]:
    """Per site, the channels of all its devices, by kind."""
    per_site: dict[str, dict[str, list[ChannelFinding]]] = {}
    for sr in run.site_runs:
        for kind, items in inventory(sr).items():
            per_site.setdefault(sr.slug, {}).setdefault(kind, []).extend(items)
    return per_site


def audit_rows(
    run: Run, audits: dict[tuple[str, str], list[AuditResult]]
) -> list[tuple[Any, list[list[tuple[str, AuditResult | None]]]]]:
    """Per audit: per site, the result on each device."""
    rows = []
    for audit_id, spec in audit_specs().items():
        cells = []
        for site in run.sites:
            per_device = []
            for device in run.devices:
                found = next(
                    (a for a in audits.get((site.slug, device), []) if a.id == audit_id), None
                )
                per_device.append((device, found))
            cells.append(per_device)
        rows.append((spec, cells))
    return rows


def accessibility_rows(run: Run) -> list[tuple[Any, str, int, dict[str, int]]]:
    """Per site × device: support pages checked and axe-core violations by impact (summed)."""
    rows = []
    for sr in run.site_runs:
        pages = {
            r.page.url: r.page.accessibility
            for r in sr.results
            if r.page is not None and r.page.accessibility is not None
        }
        totals = dict.fromkeys(("critical", "serious", "moderate", "minor"), 0)
        for counts in pages.values():
            for impact, n in counts.items():
                totals[impact] = totals.get(impact, 0) + n
        if pages:
            rows.append((sr, sr.device, len(pages), totals))
    return rows


def human_section(
    run: Run, sessions: list[Session], contacts: ContactLog | None
) -> dict[str, Any] | None:
    """Testers beside the robot, per device, cell by cell; and the mystery-shopper log."""
    contact_rows = contact_stats(contacts) if contacts is not None else []
    if not sessions and not contact_rows:
        return None
    cells = human_cells(sessions)
    tables = []
    for device in run.devices:
        rows = []
        for scenario in run.scenarios:
            pairs = []
            for site in run.sites:
                site_run = run.site_run(site.slug, device)
                robot = (
                    next((r for r in site_run.results if r.scenario_id == scenario.id), None)
                    if site_run
                    else None
                )
                pairs.append((cells.get((site.slug, scenario.id, device)), robot))
            if any(human is not None for human, _ in pairs):
                rows.append((scenario, pairs))
        if rows:
            tables.append((device, rows))
    return {
        "tables": tables,
        "agreement": agreement(run, cells),
        "testers": sorted({s.tester for s in sessions}),
        "sessions": len(sessions),
        "tasks": sum(len(s.tasks) for s in sessions),
        "contacts": contact_rows,
    }


@dataclass
class Scorecard:
    run: Run
    cells: dict[CellKey, Cell]
    device_scores: dict[str, dict[str, float | None]]  # device → site slug → score
    overall: dict[str, Overall]
    facts: dict[str, dict[str, FactValue]]  # site slug → fact name → value
    fact_rows: list[FactRow]
    channels: dict[str, dict[str, list[ChannelFinding]]]  # site slug → kind → findings
    channel_rows: list[tuple[str, list[str]]]
    audits: dict[tuple[str, str], list[AuditResult]]  # (slug, device) → results
    audit_rows: list[tuple[Any, list[list[tuple[str, AuditResult | None]]]]]
    accessibility: list[tuple[Any, str, int, dict[str, int]]]
    gaps: list[Gap]
    human: dict[str, Any] | None

    @property
    def yours(self) -> SiteRef | None:
        return next((s for s in self.run.sites if s.role == "yours"), None)

    def cell(self, slug: str, device: str, scenario_id: str) -> Cell | None:
        return self.cells.get((slug, device, scenario_id))


def _cells(run: Run) -> dict[CellKey, Cell]:
    cells = {}
    for device in run.devices:
        for site in run.sites:
            site_run = run.site_run(site.slug, device)
            for scenario in run.scenarios:
                result = None
                if site_run is not None:
                    result = next(
                        (r for r in site_run.results if r.scenario_id == scenario.id), None
                    )
                score = result_score(result, scenario) if result is not None else None
                cells[(site.slug, device, scenario.id)] = Cell(
                    site, device, scenario, site_run, result, score
                )
    return cells


def analyse(
    run: Run, sessions: list[Session] | None = None, contacts: ContactLog | None = None
) -> Scorecard:
    """The scorecard of a (measured) run, with the testers and contact log beside it."""
    scenarios = {s.id: s for s in run.scenarios}
    device_scores = {
        device: {
            site.slug: site_score(sr, scenarios).score
            if (sr := run.site_run(site.slug, device))
            else None
            for site in run.sites
        }
        for device in run.devices
    }
    books = {s.slug: site_facts(run, s.slug) for s in run.sites}
    channels = site_channels(run)
    audits = audit_run(run)
    return Scorecard(
        run=run,
        cells=_cells(run),
        device_scores=device_scores,
        overall=overall_scores(run),
        facts=books,
        fact_rows=fact_rows(run, books),
        channels=channels,
        channel_rows=channel_rows(run, channels),
        audits=audits,
        audit_rows=audit_rows(run, audits),
        accessibility=accessibility_rows(run),
        gaps=where_you_lose(run, audits, books, channels),
        human=human_section(run, sessions or [], contacts),
    )
