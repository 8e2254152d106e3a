"""Pop-ups that block the page (newsletter sign-ups, promotions): find the control that
closes them without accepting anything; and age gates (a wine or vape shop asks "Are you 18 or
older?"), answered as an adult shopper would. Consent banners are autoconsent's job."""

from __future__ import annotations

from benchmark.agent.contract import Candidate, PageView
from benchmark.spec.lexicon import CueView
from benchmark.text import words

CLOSE_SYMBOLS = {"×", "✕", "✖", "x", "X", "╳", "⨯"}


def close_control(view: PageView, cues: CueView) -> Candidate | None:
    """The close button of the first blocking overlay, if it has one."""
    for overlay in view.overlays:
        members = [c for i in overlay.members if (c := view.candidate(i)) is not None]
        for c in members:
            if c.kind in ("submit", "field"):
                continue
            if c.text.strip() in CLOSE_SYMBOLS:
                return c
            for label in (c.text, c.name):
                tokens = words(label)
                if tokens and (match := cues.best(tokens, "close")) and match.coverage >= 0.5:
                    return c
    return None


def age_gate_control(view: PageView, cues: CueView) -> Candidate | None:
    """The adult's answer on an overlay that asks for the visitor's age, if there is one."""
    for overlay in view.overlays:
        if not cues.best(words(overlay.text), "age_gate"):
            continue
        for i in overlay.members:
            c = view.candidate(i)
            if c is None or c.kind in ("submit", "field"):
                continue
            for label in (c.text, c.name):
                tokens = words(label)
                if tokens and (match := cues.best(tokens, "age_confirm")) and match.coverage >= 0.5:
                    return c
    return None
