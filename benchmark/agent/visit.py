"""The first visit of a site × device, before any task: what a newcomer has to clear (consent
banner, pop-ups) and a look at three ordinary pages (home, a category, a product) for the
audits and the channel inventory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from benchmark.agent.contract import Driver, Outcome
from benchmark.agent.popups import age_gate_control, close_control, consent_choice
from benchmark.artifacts import PageLog
from benchmark.measure.human_time import AGE_GATE_S, CONSENT_S, POPUP_S
from benchmark.measure.pages import sample_pages
from benchmark.spec.lexicon import Lexicon
from benchmark.store.record import Interruption

START_RETRIES = 2  # transient failures of the start page only, bounded


@dataclass
class FirstVisit:
    outcome: Outcome
    interruptions: list[Interruption] = field(default_factory=list)
    language: str | None = None
    page_roles: list[tuple[str, str]] = field(default_factory=list)  # (role, pid)


async def first_visit(
    driver: Driver,
    start_url: str,
    lexicon: Lexicon,
    consent_summary: Callable[[], str | None],
    allows: Callable[[str], bool],
    pages: PageLog,
    sample: bool = True,
) -> FirstVisit:
    """Open the start page, clear what blocks it, and look at a category and a product page.

    Scenarios then start from a clean page; each scenario's estimated time is charged the cost
    of the interruptions, since every first-time visitor meets them once.
    """
    outcome = await driver.goto(start_url, retries=START_RETRIES)
    if not outcome.ok:
        return FirstVisit(outcome)
    visit = FirstVisit(outcome)
    view = await driver.perceive()
    visit.language, cues = lexicon.for_page(view.lang, view.text, view.url, view.locale)
    for _ in range(3):
        if not view.overlays:
            break
        adult = age_gate_control(view, cues)
        target = adult or close_control(view, cues)
        if target is None:
            await driver.press("Escape")
        else:
            await driver.click(target.id)
        visit.interruptions.append(
            Interruption(
                kind="age_gate" if adult else "popup",
                detail=view.overlays[0].text[:160],
                estimated_s=AGE_GATE_S if adult else POPUP_S,
            )
        )
        view = await driver.perceive()
    consent = consent_summary()
    if not consent and (choice := consent_choice(view, cues)) is not None:
        # a store's own cookie bar: answered as a person would, least sharing first
        target, answer = choice
        await driver.click(target.id)
        consent = f"cookie banner, no known consent tool ({answer}: {target.label[:40]!r})"
        view = await driver.perceive()
    if consent:
        visit.interruptions.insert(
            0, Interruption(kind="consent", detail=consent, estimated_s=CONSENT_S)
        )
    visit.page_roles.append(("home", pages.keep(view)))
    if sample:
        for role, url in sample_pages(view, cues, allows):
            opened = await driver.goto(url)
            if opened.ok:
                visit.page_roles.append((role, pages.keep(await driver.perceive())))
    return visit
