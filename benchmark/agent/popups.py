"""Pop-ups that block the page (newsletter sign-ups, promotions): find the control that
closes them without accepting anything; and age gates (a wine or vape shop asks "Are you 18 or
older?"), answered as an adult shopper would. Consent banners are autoconsent's job."""

from __future__ import annotations

from benchmark.agent.contract import Candidate, PageView
from benchmark.spec.lexicon import CueView
from benchmark.text import words

CLOSE_SYMBOLS = {"×", "✕", "✖", "x", "X", "╳", "⨯"}


def _says(c: Candidate, cues: CueView, kind: str) -> bool:
    """Its text or accessible name is mostly a cue of `kind` ("close", "age_confirm"…)."""
    for label in (c.text, c.name):
        tokens = words(label)
        if tokens and (match := cues.best(tokens, kind)) and match.coverage >= 0.5:
            return True
    return False


def _closes(c: Candidate, cues: CueView) -> bool:
    return c.text.strip() in CLOSE_SYMBOLS or _says(c, cues, "close")


def close_control(view: PageView, cues: CueView) -> Candidate | None:
    """The close button of the first blocking overlay, if it has one."""
    for overlay in view.overlays:
        members = [c for i in overlay.members if (c := view.candidate(i)) is not None]
        for c in members:
            if c.kind not in ("submit", "field") and _closes(c, cues):
                return c
    return None


def age_gate_control(view: PageView, cues: CueView) -> Candidate | None:
    """The adult's answer on an overlay that asks for the visitor's age, if there is one."""
    for overlay in view.overlays:
        if not cues.best(words(overlay.text), "age_gate"):
            continue
        members = [c for i in overlay.members if (c := view.candidate(i)) is not None]
        for c in members:
            if c.kind not in ("submit", "field") and _says(c, cues, "age_confirm"):
                return c
    return None


def consent_choice(view: PageView, cues: CueView) -> tuple[Candidate, str] | None:
    """On a cookie bar no consent tool handled: the answer that shares least ("Reject all",
    "Only necessary"), else the one that lets the page be used ("Got it", "Accept"), else its
    close button — with what the choice was."""
    for banner in view.banners:
        members = [
            c
            for i in banner.members
            if (c := view.candidate(i)) is not None and c.kind not in ("submit", "field")
        ]
        for kind, choice in (("consent_reject", "refused"), ("consent_accept", "accepted")):
            for c in members:
                if _says(c, cues, kind):
                    return c, choice
        for c in members:
            if _closes(c, cues):
                return c, "closed"
    return None
