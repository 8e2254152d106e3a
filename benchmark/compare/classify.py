"""One mark per cell and per site item, from two recorded runs (pure functions).

    !  new failure     the answer was found before and is not now
    +  worse           still found, with more clicks or page loads or a longer estimated
                       time (beyond the thresholds); a fact worse by its own rule, a channel
                       or a passing audit lost
    -  better          the reverse of worse
    *  fixed           not found before, found now
    =  unchanged
    x  not comparable  measured under another definition (code, lexicon, scenario, device,
                       settings), recorded before definitions were kept, or missing on a side
    ~  inconclusive    a harness error (timeout, crash, refusal) on either side, or a value
                       that changed with no rule to say whether for the better

A harness error is never the store getting worse (asv and Lighthouse CI do the same).
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmark.compare.snapshot import CellRecord, ItemRecord

MARKS = {
    "!": "new failure",
    "+": "worse",
    "-": "better",
    "*": "fixed",
    "=": "unchanged",
    "x": "not comparable",
    "~": "inconclusive",
}
FOUND = ("found", "found_after_backtracking")


@dataclass(frozen=True)
class Thresholds:
    """How big a change must be to count: a click or a page load more, and an estimated
    time longer by more than `time_s` seconds and `time_ratio` of the time before."""

    clicks: int = 1
    page_loads: int = 1
    time_s: float = 5.0
    time_ratio: float = 0.25


@dataclass(frozen=True)
class Mark:
    mark: str
    why: str

    @property
    def name(self) -> str:
        return MARKS[self.mark]


def _definitions(
    a: CellRecord | ItemRecord | None, b: CellRecord | ItemRecord | None
) -> Mark | None:
    if a is None or b is None:
        return Mark("x", "only in the later run" if a is None else "only in the earlier run")
    if a.definition is None or b.definition is None:
        return Mark("x", "recorded before measurement definitions were kept")
    if a.definition != b.definition:
        return Mark(
            "x", "measured under another definition (code, lexicon, scenario, device or settings)"
        )
    return None


def classify_cell(a: CellRecord | None, b: CellRecord | None, t: Thresholds) -> Mark:
    if (different := _definitions(a, b)) is not None:
        return different
    assert a is not None and b is not None
    for side, cell in (("earlier", a), ("later", b)):
        if cell.verdict == "error" or cell.error:
            return Mark("~", f"harness error in the {side} run: {cell.error or cell.reason}")
    was, now = a.verdict in FOUND, b.verdict in FOUND
    if was and not now:
        return Mark("!", f"{a.verdict} → {b.verdict}" + (f" ({b.reason})" if b.reason else ""))
    if now and not was:
        return Mark("*", f"{a.verdict} → {b.verdict}")
    if not was:
        return Mark("=", a.verdict if a.verdict == b.verdict else f"{a.verdict} → {b.verdict}")
    worse, better = [], []
    for label, before, after, step in (
        ("clicks", a.clicks, b.clicks, t.clicks),
        ("page loads", a.page_loads, b.page_loads, t.page_loads),
    ):
        if after - before >= step:
            worse.append(f"{label} {before} → {after}")
        elif before - after >= step:
            better.append(f"{label} {before} → {after}")
    slack = max(t.time_s, a.estimated_time_s * t.time_ratio)
    change = b.estimated_time_s - a.estimated_time_s
    timing = f"estimated time {a.estimated_time_s:.0f} s → {b.estimated_time_s:.0f} s"
    if change > slack:
        worse.append(timing)
    elif -change > slack:
        better.append(timing)
    if worse:
        return Mark("+", "; ".join(worse + better))
    if better:
        return Mark("-", "; ".join(better))
    return Mark("=", "")


def classify_item(a: ItemRecord | None, b: ItemRecord | None) -> Mark:
    if (different := _definitions(a, b)) is not None:
        return different
    assert a is not None and b is not None
    if a.value == b.value:
        return Mark("=", "")
    shown = f"{a.value or 'none'} → {b.value or 'none'}"
    if a.kind == "audit":
        order = {"fail": 0, "pass": 1}
        if a.value in order and b.value in order:
            return Mark("-" if order[b.value] > order[a.value] else "+", shown)
        return Mark("~", shown)
    if a.value is None:
        return Mark("-", f"now stated: {b.value}" if a.kind == "fact" else f"added {b.value}")
    if b.value is None:
        return Mark("+", f"no longer stated ({a.value})" if a.kind == "fact" else f"lost {a.value}")
    if a.kind == "channel":
        before, after = set(a.value.split(", ")), set(b.value.split(", "))
        added, lost = sorted(after - before), sorted(before - after)
        parts = [f"added {', '.join(added)}"] * bool(added) + [f"lost {', '.join(lost)}"] * bool(
            lost
        )
        mark = "+" if lost and not added else "-" if added and not lost else "~"
        return Mark(mark, "; ".join(parts))
    if a.better == "true":
        return Mark("-" if b.value == "yes" else "+", shown)
    if a.better in ("higher", "lower") and a.number is not None and b.number is not None:
        if a.number == b.number:
            return Mark("=", shown)
        up = b.number > a.number
        return Mark("-" if up == (a.better == "higher") else "+", shown)
    return Mark("~", f"changed: {shown}")
