"""What the scorecard templates receive: the analysed `Scorecard` (benchmark.score.scorecard)
with labels, icons and the definition of every value shown (`DEFINITIONS`, rendered as "How
measured"). Presentation only: nothing here computes a score, a fact or a gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from benchmark.measure import human_time as measures
from benchmark.score.scorecard import Scorecard
from benchmark.spec.lexicon import lexicon_codes
from benchmark.store.record import ScenarioResult, SiteRun

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


def describe_step(action: str, label: str, region: str | None, note: str | None = None) -> str:
    where = f" ({region})" if region and region not in ("other", "main") else ""
    if action == "open":
        return "opened the start page"
    if action == "back":
        return "went back"
    if action == "search":
        return f"{label}"
    after = f" — {note}" if note else ""  # "now on help.store.com", "could not click: …"
    return f"{ACTION_WORDS.get(action, action)} “{label}”{where}{after}"


def cell_view(
    site: Any,
    result: ScenarioResult | None,
    scenario: Any,
    site_run: SiteRun | None,
    score: float | None,
) -> CellView:
    if result is None:
        verdict = "error" if site_run is not None and site_run.status == "failed" else "missing"
        label, icon, css = VERDICT_LABELS.get(verdict, ("not run", "·", "none"))
        return CellView(site.name, site.role, scenario.id, verdict, label, icon, css, None, None)
    label, icon, css = VERDICT_LABELS[result.verdict]
    steps = [describe_step(s.action, s.label, s.region, s.note) for s in result.steps]
    return CellView(
        site.name,
        site.role,
        scenario.id,
        result.verdict,
        label,
        icon,
        css,
        score,
        result,
        steps,
    )


def run_definitions(run: Any) -> list[tuple[str, str]]:
    """`DEFINITIONS`, with what this run's measured times depend on: how many site × device
    runs shared the machine (each waits longer for the processor when more run at once)."""
    contexts = run.settings.get("contexts")
    if not contexts:
        return DEFINITIONS
    note = (
        f" This run had {contexts} site × device run{'s' * (contexts != 1)} at once "
        f"({run.settings.get('executor') or 'local'}); measured times of runs made at another "
        "concurrency are not comparable, estimated times are."
    )
    return [(term, text + note if term == "Measured time" else text) for term, text in DEFINITIONS]


def build_context(card: Scorecard) -> dict[str, Any]:
    """What the templates receive: the scorecard, with labels, icons and the definitions."""
    run = card.run
    tables = []
    for device in run.devices:
        rows = []
        for scenario in run.scenarios:
            cells = []
            for site in run.sites:
                cell = card.cell(site.slug, device, scenario.id)
                assert cell is not None
                cells.append(cell_view(site, cell.result, scenario, cell.site_run, cell.score))
            rows.append((scenario, cells))
        tables.append(DeviceTable(device, card.device_scores[device], rows))
    return {
        "run": run,
        "sites": run.sites,
        "overall": card.overall,
        "tables": tables,
        "failures": [sr for sr in run.site_runs if sr.status != "complete"],
        "interruptions": [(sr, i) for sr in run.site_runs for i in sr.interruptions],
        "definitions": run_definitions(run),
        "scenarios": run.scenarios,
        "politeness": run.settings.get("politeness", {}),
        "facts": card.fact_rows,
        "channels": card.channel_rows,
        "audits": card.audit_rows,
        "accessibility": card.accessibility,
        "gaps": card.gaps,
        "yours": card.yours,
        "audit_marks": AUDIT_MARKS,
        "human": card.human,
        "without_lexicon": without_lexicon(run.site_runs),
    }


def without_lexicon(site_runs: list[SiteRun]) -> list[tuple[str, str]]:
    """(site, language) of the sites read without a lexicon of their own language: English
    and the other lexicons' cues were used, so expect misses there ("und": text mostly in a
    script no lexicon reads)."""
    codes = lexicon_codes()
    found: dict[str, str] = {}
    for sr in site_runs:
        if sr.language and sr.language[:2] not in codes:
            found.setdefault(sr.site, sr.language)
    return list(found.items())
