"""What the history keeps of a run so that a later run can be compared with it: per cell
(site × device × scenario) the verdict, effort, path and evidence, and per site the items
(facts, channels, audits), each under the fingerprint of what defines its measurement."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from benchmark.measure.channels import KINDS
from benchmark.report.render import shown_value
from benchmark.score.facts import fact_kinds
from benchmark.score.scorecard import Scorecard
from benchmark.spec.fingerprint import cell_definition
from benchmark.store.record import Run, ScenarioResult, SiteRun


@dataclass(frozen=True)
class CellRecord:
    site: str
    slug: str
    role: str  # yours | competitor
    device: str
    scenario: str
    definition: str | None  # None: recorded before definitions were kept (not comparable)
    verdict: str
    clicks: int
    page_loads: int
    estimated_time_s: float
    steps: tuple[str, ...]
    final_url: str | None
    screenshot: str | None  # relative to the run folder
    reason: str | None
    score: float | None
    error: str | None  # the harness error of the site-run, if it failed
    backtracks: int = 0
    searches: int = 0
    measured_time_s: float = 0.0

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.slug, self.device, self.scenario)


@dataclass(frozen=True)
class ItemRecord:
    site: str
    slug: str
    role: str
    device: str  # "" for an item of the whole site (facts, channels)
    kind: str  # fact | channel | audit
    name: str
    value: str | None  # as shown; None: not stated / not found
    number: float | None
    better: str | None  # a fact's own rule: higher | lower | true
    definition: str | None

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.slug, self.device, self.kind, self.name)


def measured_settings(run: Run) -> str:
    """The settings of a run that change what is loaded or how long the robot may try."""
    politeness = dict(run.settings.get("politeness") or {})  # type: ignore[call-overload]
    keep = {k: politeness.get(k) for k in ("block", "block_hosts")}
    timeouts = run.settings.get("timeouts") or {}
    return json.dumps({"politeness": keep, "timeouts": timeouts}, sort_keys=True)


def _step(step: object) -> str:
    action = getattr(step, "action", "")
    label = getattr(step, "label", "")
    return f"{action}: {label}" if label else str(action)


def cell_records(run: Run, card: Scorecard) -> list[CellRecord]:
    settings = measured_settings(run)
    specs = {
        s.id: (s.spec.model_dump_json() if s.spec else s.model_dump_json()) for s in run.scenarios
    }
    records = []
    for sr in run.site_runs:
        for r in sr.results:
            cell = card.cells.get((sr.slug, sr.device, r.scenario_id))
            records.append(_cell(sr, r, specs.get(r.scenario_id, ""), settings, cell))
    return records


def _cell(
    sr: SiteRun, r: ScenarioResult, spec: str, settings: str, cell: object | None
) -> CellRecord:
    return CellRecord(
        site=sr.site,
        slug=sr.slug,
        role=sr.role,
        device=sr.device,
        scenario=r.scenario_id,
        definition=cell_definition(spec, sr.device, sr.language, settings),
        verdict=r.verdict,
        clicks=r.clicks,
        page_loads=r.page_loads,
        estimated_time_s=round(r.estimated_time_s, 1),
        steps=tuple(_step(s) for s in r.steps),
        final_url=r.evidence.final_url,
        screenshot=r.evidence.screenshot,
        reason=r.reason,
        score=getattr(cell, "score", None),
        error=sr.error if sr.status == "failed" or r.verdict == "error" else None,
        backtracks=r.backtracks,
        searches=r.searches,
        measured_time_s=round(r.measured_time_s, 1),
    )


def item_records(run: Run, card: Scorecard) -> list[ItemRecord]:
    """Facts and channels per site, audits per site × device; a fact or channel kind that a
    site does not show is recorded too (value None), so "dropped its phone" can be seen."""
    settings = measured_settings(run)
    kinds = fact_kinds()
    records: list[ItemRecord] = []
    for site in run.sites:
        languages = [sr.language for sr in run.site_runs if sr.slug == site.slug]
        language = next((lang for lang in languages if lang), None)
        definition = cell_definition("items", "", language, settings)
        base = {"site": site.name, "slug": site.slug, "role": site.role, "device": ""}
        facts = card.facts.get(site.slug, {})
        for name in kinds:
            fact = facts.get(name)
            records.append(
                ItemRecord(
                    **base,
                    kind="fact",
                    name=name,
                    value=None if fact is None else str(shown_value(fact.value)),
                    number=None if fact is None else fact.number,
                    better=kinds[name].better,
                    definition=definition,
                )
            )
        channels = card.channels.get(site.slug, {})
        for kind in KINDS:
            names = sorted({f.name for f in channels.get(kind, [])})
            records.append(
                ItemRecord(
                    **base,
                    kind="channel",
                    name=kind,
                    value=", ".join(names) or None,
                    number=float(len(names)),
                    better="higher",
                    definition=definition,
                )
            )
    for (slug, device), results in card.audits.items():
        site = next((s for s in run.sites if s.slug == slug), None)
        if site is None:
            continue
        language = next((sr.language for sr in run.site_runs if sr.slug == slug), None)
        definition = cell_definition("audits", device, language, settings)
        for audit in results:
            records.append(
                ItemRecord(
                    site=site.name,
                    slug=slug,
                    role=site.role,
                    device=device,
                    kind="audit",
                    name=audit.id,
                    value=audit.status,
                    number=None,
                    better="pass",
                    definition=definition,
                )
            )
    return records


def as_row(record: CellRecord | ItemRecord) -> dict[str, object]:
    row = asdict(record)
    if "steps" in row:
        row["steps"] = json.dumps(list(row["steps"]), ensure_ascii=False)
    return row


def history_rows(run: Run, card: Scorecard) -> tuple[list[dict[str, object]], list[dict]]:
    """The rows `History.record` keeps for a run: its cells and its site items."""
    cells = [as_row(c) for c in cell_records(run, card)]
    items = [as_row(i) for i in item_records(run, card)]
    return cells, items
