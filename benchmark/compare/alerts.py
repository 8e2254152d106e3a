"""Alert states of your store's cells over scheduled checks (Checkly's model).

Each check marks every cell of your store against its reference run (the last run where the
cell was passing): ``!`` makes it *failing*, ``+`` *degraded*, anything else *passing* (but a
failing cell is only passing again once its answer is found); ``~`` (harness error) leaves the
state as it was, since it says nothing about the store; ``x`` (measured under a new definition)
keeps the state and makes this run the cell's new reference, so the next check can compare.
An alert is sent once a cell has not passed for `after` checks in a row; a recovery notice
only for a cell whose alert was sent. Muted cells keep their state but never notify.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fnmatch import fnmatch

STATES = {"!": "failing", "+": "degraded"}
NO_EVIDENCE = "x~"


@dataclass(frozen=True)
class AlertState:
    cell: str  # "slug/device/scenario"
    state: str = "passing"  # passing | degraded | failing
    consecutive: int = 0  # checks in a row that did not pass
    notified: bool = False  # an alert was sent and no recovery since
    reference_run: str | None = None  # the last run where the cell passed
    updated_run: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class Event:
    kind: str  # alert | recovery
    cell: str
    state: str
    detail: str


def cell_id(slug: str, device: str, scenario: str) -> str:
    return f"{slug}/{device}/{scenario}"


def muted(cell: str, patterns: list[str]) -> bool:
    """`patterns` are shell-style: "northwind/mobile/*", "*/*/live-chat"."""
    return any(fnmatch(cell, p) for p in patterns)


def step(
    prev: AlertState | None,
    cell: str,
    mark: str,
    why: str,
    run_id: str,
    after: int = 2,
    mute: list[str] | None = None,
    found: bool = True,
) -> tuple[AlertState, Event | None]:
    """The next state of one cell after one check, and the notice to send, if any. `found`:
    the answer was found in this check (an unchanged failure is no recovery)."""
    state = prev or AlertState(cell=cell, reference_run=run_id)
    if mark == "x":
        # measured under a new definition: the cell starts again from this run, keeping
        # what was known (an alert sent stays sent until the answer is found again)
        return replace(state, reference_run=run_id, updated_run=run_id), None
    if mark in NO_EVIDENCE:
        return replace(state, updated_run=run_id), None
    new = STATES.get(mark, "passing")
    if new == "passing" and state.state != "passing" and not found:
        new = state.state  # unchanged against a reference that was already failing
    if new == "passing":
        event = Event("recovery", cell, new, why) if state.notified else None
        if event and muted(cell, mute or []):
            event = None
        return AlertState(cell=cell, reference_run=run_id, updated_run=run_id), event
    consecutive = state.consecutive + 1
    event = None
    if consecutive >= after and not state.notified and not muted(cell, mute or []):
        event = Event("alert", cell, new, why)
    return (
        replace(
            state,
            state=new,
            consecutive=consecutive,
            notified=state.notified or event is not None,
            updated_run=run_id,
            detail=why,
        ),
        event,
    )
