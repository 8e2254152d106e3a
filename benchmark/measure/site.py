"""The measure stage: every measure of a site × device, as a pure function of its artifacts.

Given the saved page views (`benchmark.artifacts`) and the site-run the agent recorded (its
steps with their time-model inputs, the verdict of each task and the view it was reached on),
this computes again, with the code and data of today:

- the page records the audits and the channel inventory read (home, sample and visited pages);
- each task's evidence (the heading and sentence that answer it) and its support facts;
- the facts the open chat panel states (reply time, hours) and the chat vendor;
- the estimated human time of every step and of each task.

The runner calls it when a site-run ends; ``supportbench report RUN_DIR`` calls it again on a
saved run, so a better extractor or time model improves old runs too. The verdicts (what the
shopper did and whether it reached the answer) are the agent's and stay as recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmark.agent.contract import PageView
from benchmark.measure.answer import check_goal
from benchmark.measure.extract.contact import panel_hours, response_time
from benchmark.measure.human_time import (
    CONSENT_S,
    POPUP_S,
    StepCost,
    first_page_seconds,
    reading_seconds,
    step_seconds,
)
from benchmark.measure.pages import norm_url, take
from benchmark.spec.fingerprint import agent_version
from benchmark.spec.lexicon import CueView, Lexicon
from benchmark.spec.models import Scenario
from benchmark.store.record import (
    ChatEvidence,
    FactValue,
    Run,
    ScenarioResult,
    SiteRun,
    Step,
    now_iso,
)
from benchmark.text import clip

INTERRUPTION_S = {"consent": CONSENT_S, "popup": POPUP_S}
CHAT_READ_CHARS = 120  # a person reads the panel's greeting, not the whole widget


def step_time(step: Step) -> float:
    """Estimated seconds of one recorded step, from its time-model inputs."""
    if step.action == "open":
        return first_page_seconds()
    if step.cost is None:
        return step.estimated_s  # a step recorded without inputs keeps its estimate
    return step_seconds(
        StepCost(action=step.action, page_load=step.page_load, **step.cost.model_dump())
    )


def measure_site_run(
    site_run: SiteRun,
    pages: dict[str, PageView],
    scenarios: dict[str, Scenario],
    lexicon: Lexicon,
) -> SiteRun:
    """Measure one site × device in place from its saved page views; returns it."""
    lexicon = lexicon.for_site(site_run.country)

    def cues_of(view: PageView) -> CueView:
        return lexicon.for_page(view.lang, view.text, view.url, view.locale)[1]

    site_run.pages = []
    seen: set[str] = set()
    for role, pid in [*site_run.page_roles, *(("visited", pid) for pid in site_run.visited)]:
        view = pages.get(pid)
        if view is not None and norm_url(view.url) not in seen:
            seen.add(norm_url(view.url))
            site_run.pages.append(take(view, cues_of(view), role))
    for interruption in site_run.interruptions:
        interruption.estimated_s = INTERRUPTION_S.get(interruption.kind, interruption.estimated_s)
    first_visit_s = sum(i.estimated_s for i in site_run.interruptions)
    for result in site_run.results:
        scenario = scenarios.get(result.scenario_id)
        if scenario is not None:
            measure_result(result, scenario, pages, cues_of, site_run.accessibility)
            if result.found and first_visit_s:
                result.estimated_time_s = round(result.estimated_time_s + first_visit_s, 2)
    return site_run


def measure_result(
    result: ScenarioResult,
    scenario: Scenario,
    pages: dict[str, PageView],
    cues_of: Callable[[PageView], CueView],
    accessibility: dict[str, dict[str, int] | None],
) -> None:
    """Evidence, facts and estimated time of one task (its verdict stays as recorded)."""
    for step in result.steps:
        step.estimated_s = step_time(step)
    total = sum(step.estimated_s for step in result.steps)
    chat = result.evidence.chat
    if result.found and chat is not None and chat.panel_open:
        text = chat.panel_text or ""
        total += reading_seconds(text[:CHAT_READ_CHARS])
        view = pages.get(result.answer_page or "")
        cues = cues_of(view) if view is not None else None
        result.facts = _chat_facts(chat, text, cues, scenario, result.evidence.final_url or "")
    elif result.found and (view := pages.get(result.answer_page or "")) is not None:
        cues = cues_of(view)
        # the label of the last link clicked that opened a page: the one that led here
        via = next(
            (s.label for s in reversed(result.steps) if s.action == "click" and s.page_load), None
        )
        goal = check_goal(view, scenario, cues, opened=None, via=via)
        result.evidence.heading, result.evidence.snippet = goal.heading, goal.snippet
        result.facts = {
            name: FactValue(
                value=f.value, snippet=f.snippet, url=view.url, number=f.number, unit=f.unit
            )
            for name, f in goal.facts.items()
        }
        total += reading_seconds(goal.snippet)
        a11y = accessibility.get(norm_url(view.url))
        result.page = take(view, cues, "answer", scenario.id, a11y)
    result.estimated_time_s = round(total, 2)


def _chat_facts(
    chat: ChatEvidence, text: str, cues: CueView | None, scenario: Scenario, url: str
) -> dict[str, FactValue]:
    """Reply time and opening hours the chat panel states, and the vendor's name."""
    found: dict[str, FactValue] = {}
    if cues is not None:
        for name, extractor in (("chat_response_time", response_time), ("chat_hours", panel_hours)):
            fact = extractor(clip(text, 400), cues) if name in scenario.facts else None
            if fact is not None:
                found[name] = FactValue(
                    value=fact.value,
                    snippet=fact.snippet,
                    url=url,
                    number=fact.number,
                    unit=fact.unit,
                )
    if "chat_vendor" in scenario.facts:
        found["chat_vendor"] = FactValue(
            value=chat.vendor_name or "unknown widget",
            snippet="; ".join(chat.detected_by)[:220],
            url=url,
        )
    return found


def measure_run(run: Run, pages_of: Callable[[str], dict[str, PageView]], lexicon: Lexicon) -> Run:
    """Measure every site-run of a saved run again from its artifacts (`pages_of(key)`),
    with the scenario definitions the run was made with; records which code measured it."""
    scenarios = {ref.id: ref.spec for ref in run.scenarios if ref.spec is not None}
    for site_run in run.site_runs:
        pages = pages_of(site_run.key)
        if pages:
            measure_site_run(site_run, pages, scenarios, lexicon)
    run.measured_by, run.measured_at = agent_version(), now_iso()
    return run
