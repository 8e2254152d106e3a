"""Checking a tester's claim: does the page they gave meet the scenario's success criteria,
and does their answer agree with the facts stated on it?"""

from __future__ import annotations

import re

from benchmark.agent.chat_vendors import VendorFile, generic_launchers, sightings
from benchmark.agent.contract import ChatProbe, PageView
from benchmark.measure.answer import check_goal
from benchmark.measure.extract import Fact, extract
from benchmark.spec.lexicon import Lexicon, detect_language
from benchmark.spec.models import Scenario
from benchmark.text import normalize

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers(text: str) -> set[float]:
    return {float(n.replace(",", ".")) for n in _NUMBER.findall(text)}


def answer_agrees(answer: str | None, facts: dict[str, Fact]) -> bool | None:
    """True when the answer names a value stated on the page (30 for "30 days", the email
    address…), False when it names none, None when there is nothing to compare with."""
    if not facts:
        return None
    if not answer:
        return False
    said = _numbers(answer)
    flat = normalize(answer)
    for fact in facts.values():
        if isinstance(fact.value, bool):
            continue
        value = str(fact.value)
        if _numbers(value) and _numbers(value) & said:
            return True
        if not _numbers(value) and normalize(value) in flat:
            return True
    return False


def verify(
    scenario: Scenario,
    lexicon: Lexicon,
    view: PageView | None,
    chat: ChatProbe | None,
    vendors: VendorFile,
    answer: str | None,
) -> tuple[bool | None, bool | None]:
    """(criteria met, answer agrees); None where the page could not be read."""
    if view is None:
        return None, None
    cues = lexicon.view(detect_language(lexicon, view.lang, view.text))
    if scenario.kind == "chat":
        probe = chat or ChatProbe()
        opened = any(s.panel_open for s in sightings(probe, vendors))
        return opened or bool(probe.large_layers and generic_launchers(probe, cues)), None
    goal = check_goal(
        view, scenario, cues, opened={s.toggle_id for s in view.sections if s.toggle_id is not None}
    )
    facts = goal.facts if goal.found else extract(scenario.facts, view.text, cues)
    return goal.found, answer_agrees(answer, facts)
