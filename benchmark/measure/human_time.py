"""Findability measures and the estimated human time model.

Estimated human time is a keystroke-level model (Card, Moran & Newell), computed from what the
shopper agent saw and did, so the same page always gives the same estimate:

    decide     1.2 s   mental preparation before each action (KLM "M")
    scan       0.25 s  per link label read, in reading order, before the chosen one (max 40)
    scroll     1.0 s   per screen height scrolled to bring the target into view
    point      Fitts' law: a + b·log2(D/W + 1); mouse a=0.2 b=0.1, touch a=0.25 b=0.1
    click/tap  0.2 s
    type       0.28 s per character (0.4 s on a phone keyboard), plus Enter
    back       1.1 s   to reach the browser's back control, plus decide and the page load
    page load  1.0 s   per page load (a fixed system-response time, not the measured one, so
                       the estimate does not vary between runs; measured times are reported
                       separately as "measured time")
    read       2.0 s + 0.24 s per word of the snippet that answers the task (250 words/min)
    consent    3.0 s once per visit when the site shows a consent banner
    pop-up     2.5 s once per visit when a pop-up must be closed

Constants are documented here and in the README; changing one changes the agent's
fingerprint (`benchmark.fingerprint`), so runs before and after are not compared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

DECIDE_S = 1.2
SCAN_PER_LABEL_S = 0.25
SCAN_MAX_LABELS = 40
SCROLL_PER_SCREEN_S = 1.0
CLICK_S = 0.2
TYPE_PER_CHAR_S = {False: 0.28, True: 0.4}
ENTER_S = 0.2
BACK_REACH_S = 1.1
PAGE_LOAD_S = 1.0
READ_BASE_S = 2.0
READ_PER_WORD_S = 0.24
CONSENT_S = 3.0
POPUP_S = 2.5
AGE_GATE_S = 3.0  # read the question, find the adult's answer, click it
FITTS = {False: (0.2, 0.1), True: (0.25, 0.1)}


@dataclass(frozen=True)
class StepCost:
    """What the model needs to know about one action."""

    action: str
    scanned: int = 0
    scroll_px: float = 0.0
    viewport_h: float = 720.0
    distance_px: float = 0.0
    width_px: float = 20.0
    typed_chars: int = 0
    page_load: bool = False
    mobile: bool = False


def fitts_seconds(distance_px: float, width_px: float, mobile: bool) -> float:
    a, b = FITTS[mobile]
    return a + b * math.log2(max(distance_px, 0.0) / max(width_px, 4.0) + 1)


def step_seconds(cost: StepCost) -> float:
    """Estimated seconds a person needs for one action."""
    seconds = DECIDE_S
    if cost.action == "back":
        seconds += BACK_REACH_S
    else:
        seconds += SCAN_PER_LABEL_S * min(cost.scanned, SCAN_MAX_LABELS)
        seconds += SCROLL_PER_SCREEN_S * (cost.scroll_px / max(cost.viewport_h, 1.0))
        seconds += fitts_seconds(cost.distance_px, cost.width_px, cost.mobile) + CLICK_S
        if cost.typed_chars:
            seconds += TYPE_PER_CHAR_S[cost.mobile] * cost.typed_chars + ENTER_S
    if cost.page_load:
        seconds += PAGE_LOAD_S
    return round(seconds, 2)


def reading_seconds(snippet: str | None) -> float:
    words = len((snippet or "").split())
    return round(READ_BASE_S + READ_PER_WORD_S * words, 2)


def first_page_seconds() -> float:
    """Opening the start page: one page load."""
    return PAGE_LOAD_S


def directness(verdict: str, backtracks: int) -> str:
    """Tree-testing vocabulary: direct success, indirect success, failure."""
    if verdict == "found":
        return "direct"
    if verdict == "found_after_backtracking":
        return "indirect"
    return "fail"
