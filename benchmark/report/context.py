"""What the scorecard templates receive: plain data built from ``run.json`` alone.

The report never talks to a browser; `supportbench report RUN_DIR` rebuilds it from the saved
run. Every value shown has its definition in `DEFINITIONS` (rendered as "How measured").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from benchmark.measure import human_time as measures
from benchmark.measure.channels import KINDS, inventory
from benchmark.measure.checks import AuditResult, audit_run, audit_specs
from benchmark.score.facts import fact_kinds, rank, site_facts
from benchmark.score.gaps import where_you_lose
from benchmark.score.scoring import overall_scores, result_score, site_score
from benchmark.sessions.model import ContactLog, Session
from benchmark.sessions.summary import agreement, contact_stats, human_cells
from benchmark.store.record import FactValue, Run, ScenarioResult, SiteRun

VERDICT_LABELS = {
    "found": ("found", "✔", "ok"),
    "found_after_backtracking": ("found after backtracking", "↩", "warn"),
    "not_found": ("not found", "✘", "bad"),
    "not_offered": ("not offered", "–", "none"),
    "error": ("error", "!", "err"),
}
AUDIT_MARKS = {
    "pass": ("✔", "ok"),
    "fail": ("✘", "bad"),
    "not_applicable": ("n/a", "none"),
    "error": ("!", "err"),
}
ACTION_WORDS = {
    "open": "opened",
    "click": "clicked",
    "expand": "opened",
    "back": "went back",
    "search": "searched",
    "close-popup": "closed pop-up",
    "open-chat": "opened chat",
}

DEFINITIONS = [
    (
        "Verdict",
        "found: the answer was reached without going back; found after backtracking: "
        "reached after at least one dead end; not found: the shopper gave up (nothing promising "
        "left, click budget or time limit); not offered: nothing on the site even named the "
        "topic (for tasks where a store may simply not offer it, like gift cards); error: the "
        "page crashed or the site could not be visited.",
    ),
    (
        "Clicks",
        "Every click a person would make: links, menu and accordion toggles, closing a "
        "pop-up, the browser's back button, submitting the site search.",
    ),
    (
        "Page loads",
        "Pages seen, counting the start page; a client-side route change in a "
        "single-page app counts as a page load.",
    ),
    ("Backtracks", "Times the shopper went back because a branch led nowhere."),
    (
        "First click",
        "The first action taken, and whether it stayed on the path to the "
        "answer (tree testing's first-click success).",
    ),
    (
        "Estimated human time",
        "A keystroke-level model: "
        f"{measures.DECIDE_S:g} s to decide each action, {measures.SCAN_PER_LABEL_S:g} s per link "
        f"label read before the chosen one (up to {measures.SCAN_MAX_LABELS}), "
        f"{measures.SCROLL_PER_SCREEN_S:g} s per screen scrolled, Fitts' law to point, "
        f"{measures.CLICK_S:g} s to click, {measures.TYPE_PER_CHAR_S[False]:g} s per character "
        f"typed ({measures.TYPE_PER_CHAR_S[True]:g} s on a phone), {measures.PAGE_LOAD_S:g} s per "
        f"page load, {measures.READ_BASE_S:g} s + {measures.READ_PER_WORD_S:g} s per word to read "
        f"the answer, plus {measures.CONSENT_S:g} s for a consent banner and "
        f"{measures.POPUP_S:g} s per pop-up that every first-time visitor meets. It uses fixed "
        "page-load times, so the same site gives the same estimate on every run.",
    ),
    (
        "Measured time",
        "Wall-clock time of the shopper's navigations and actions in Chromium "
        "(network and rendering included, the agent's own thinking excluded).",
    ),
    (
        "Support facts",
        "Read from the text of the page that answered each task (returns, shipping, contact) "
        "and from the open chat panel, with the sentence that states them. Durations become "
        "days or hours and prices keep their currency, so values compare across stores; a fact "
        "not stated is shown as not found, never guessed.",
    ),
    (
        "Channels",
        "From the links of every page visited (mailto:, tel:, WhatsApp, Messenger, social "
        "profiles, help-centre hosts), forms with a message field, the contact page text and "
        "the chat task (live agents, a bot, or only a 'leave a message' form).",
    ),
    (
        "Checklist",
        "Each practice is pass, fail or not applicable, with the evidence that decided it; "
        "definitions in benchmark/data/audits.yaml.",
    ),
    (
        "Accessibility",
        "axe-core run on every support page reached: the number of violated rules per impact.",
    ),
    (
        "Human testers",
        "Completion rate with an adjusted-Wald 95% interval (abandoned tasks count as "
        "failures; success is the tester's claim checked against the scenario's criteria and "
        "the facts on the page given); time as the geometric mean of successful tasks with a "
        "95% interval on the log scale (Student's t), median too; SEQ mean with a t interval, "
        "compared with the historical average of 5.5; first-click success and directness as in "
        "tree testing; agreement of the robot's estimated time with the testers' time as "
        "Spearman's rank correlation over the cells both completed.",
    ),
    (
        "Score",
        "0–1 per task: the estimated time on a log-normal curve where the task's "
        "'good' time scores 0.90 and its 'median' time 0.50; not found scores 0; not offered "
        "scores 0 for tasks where absence counts (live chat, cancellation, exchanges) and is "
        "left out for the others; errors are left out. A site's score is the weighted mean "
        "over tasks (weights below); the overall score is the mean over devices, given only "
        "when every device completed: a site whose device failed, was not run or had tasks "
        "in error is marked incomplete and has no overall score.",
    ),
]


@dataclass
class CellView:
    site_name: str
    role: str
    scenario_id: str
    verdict: str
    verdict_label: str
    icon: str
    css: str
    score: float | None
    result: ScenarioResult | None
    steps: list[str] = field(default_factory=list)


@dataclass
class DeviceTable:
    device: str
    site_scores: dict[str, float | None]
    rows: list[tuple[Any, list[CellView]]]


def describe_step(action: str, label: str, region: str | None) -> str:
    where = f" ({region})" if region and region not in ("other", "main") else ""
    if action == "open":
        return "opened the start page"
    if action == "back":
        return "went back"
    if action == "search":
        return f"{label}"
    return f"{ACTION_WORDS.get(action, action)} “{label}”{where}"


def cell_view(
    site: Any, result: ScenarioResult | None, scenario: Any, site_run: SiteRun | None
) -> CellView:
    if result is None:
        verdict = "error" if site_run is not None and site_run.status == "failed" else "missing"
        label, icon, css = VERDICT_LABELS.get(verdict, ("not run", "·", "none"))
        return CellView(site.name, site.role, scenario.id, verdict, label, icon, css, None, None)
    label, icon, css = VERDICT_LABELS[result.verdict]
    steps = [describe_step(s.action, s.label, s.region) for s in result.steps]
    return CellView(
        site.name,
        site.role,
        scenario.id,
        result.verdict,
        label,
        icon,
        css,
        result_score(result, scenario),
        result,
        steps,
    )


@dataclass
class FactRow:
    name: str
    label: str
    cells: list[tuple[FactValue | None, bool]]  # per site: the fact (or None) and "is best"


def fact_rows(run: Run) -> list[FactRow]:
    books = {s.slug: site_facts(run, s.slug) for s in run.sites}
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


def channel_rows(run: Run) -> list[tuple[str, list[str]]]:
    per_site: dict[str, dict[str, list[str]]] = {}
    for sr in run.site_runs:
        for kind, items in inventory(sr).items():
            names = per_site.setdefault(sr.slug, {}).setdefault(kind, [])
            names += [i.name for i in items if i.name not in names]
    return [
        (
            kind.replace("_", " "),
            [", ".join(per_site.get(s.slug, {}).get(kind, [])) for s in run.sites],
        )
        for kind in KINDS
    ]


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


def build_context(
    run: Run, sessions: list[Session] | None = None, contacts: ContactLog | None = None
) -> dict[str, Any]:
    scenarios = {s.id: s for s in run.scenarios}
    tables = []
    for device in run.devices:
        rows = []
        for scenario in run.scenarios:
            cells = []
            for site in run.sites:
                site_run = run.site_run(site.slug, device)
                result = None
                if site_run is not None:
                    result = next(
                        (r for r in site_run.results if r.scenario_id == scenario.id), None
                    )
                cells.append(cell_view(site, result, scenario, site_run))
            rows.append((scenario, cells))
        site_scores = {}
        for site in run.sites:
            site_run = run.site_run(site.slug, device)
            site_scores[site.slug] = site_score(site_run, scenarios).score if site_run else None
        tables.append(DeviceTable(device, site_scores, rows))
    audits = audit_run(run)
    failures = [sr for sr in run.site_runs if sr.status != "complete"]
    interruptions = [(sr, i) for sr in run.site_runs for i in sr.interruptions]
    return {
        "run": run,
        "sites": run.sites,
        "overall": overall_scores(run),
        "tables": tables,
        "failures": failures,
        "interruptions": interruptions,
        "definitions": DEFINITIONS,
        "scenarios": run.scenarios,
        "politeness": run.settings.get("politeness", {}),
        "facts": fact_rows(run),
        "channels": channel_rows(run),
        "audits": audit_rows(run, audits),
        "accessibility": accessibility_rows(run),
        "gaps": where_you_lose(run, audits),
        "yours": next((s for s in run.sites if s.role == "yours"), None),
        "audit_marks": AUDIT_MARKS,
        "human": human_section(run, sessions or [], contacts),
    }
