"""Where a control sits on the page, as a person sees it: reading order, and the fixed
corner widgets (chat bubbles, back-to-top buttons) that are no part of the page."""

from __future__ import annotations

from benchmark.agent.contract import Candidate, PageView

WIDGET_ZONE_PX = 170


def is_widget(c: Candidate, view: PageView) -> bool:
    """A fixed element in a bottom corner: a chat bubble or a back-to-top button."""
    if not c.fixed:
        return False
    top_in_viewport = c.y - view.scroll.get("y", 0)
    vw = view.viewport.get("w", 1280)
    near_side = c.x < 160 or c.x + c.w > vw - 160
    return top_in_viewport > view.viewport.get("h", 720) - WIDGET_ZONE_PX and near_side


def reading_order(candidates: list[Candidate]) -> list[Candidate]:
    """Top to bottom, then left to right, in rows of 12 px."""
    return sorted(candidates, key=lambda c: (round(c.y / 12), c.x))
