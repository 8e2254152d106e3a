"""Compare two recorded runs of a benchmark: which runs (the baseline rule), one row per
cell and site item with its mark, your store's changes apart from the competitors' (the
competitive signals), and the exit code a scheduler acts on."""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmark.compare.classify import MARKS, Mark, Thresholds, classify_cell, classify_item
from benchmark.compare.snapshot import CellRecord, ItemRecord
from benchmark.errors import CompareError
from benchmark.store.history import History

SCHEMA_VERSION = 1
DEFAULT_FAIL_ON = "!+"
FLAGGED = "!+-*"  # marks that are news (good or bad)


@dataclass
class RunInfo:
    run_id: str
    name: str
    created_at: str
    status: str
    run_dir: str


@dataclass
class Row:
    mark: str
    kind: str  # cell | fact | channel | audit
    site: str
    role: str
    device: str
    subject: str  # scenario id, or the item's name
    before: str
    after: str
    why: str
    steps_added: list[str] = field(default_factory=list)
    steps_removed: list[str] = field(default_factory=list)
    evidence_before: str | None = None  # screenshot, relative to the later run's folder
    evidence_after: str | None = None

    @property
    def meaning(self) -> str:
        return MARKS[self.mark]


@dataclass
class Comparison:
    benchmark: str
    before: RunInfo
    after: RunInfo
    baseline: str
    warnings: list[str]
    rows: list[Row]
    fail_on: str = DEFAULT_FAIL_ON
    schema_version: int = SCHEMA_VERSION

    def counts(self) -> dict[str, int]:
        return {m: sum(r.mark == m for r in self.rows) for m in MARKS}

    @property
    def yours(self) -> list[Row]:
        return [r for r in self.rows if r.role == "yours"]

    @property
    def signals(self) -> list[Row]:
        """Competitors' changes that are news: what they added, fixed, lost or broke."""
        return [r for r in self.rows if r.role != "yours" and r.mark in FLAGGED]

    @property
    def comparable(self) -> bool:
        return any(r.mark != "x" for r in self.rows)

    @property
    def exit_code(self) -> int:
        """0 nothing to flag, 1 your store regressed (a mark in `fail_on`), 3 nothing could
        be compared."""
        if not self.comparable:
            return 3
        return 1 if any(r.mark in self.fail_on for r in self.yours) else 0

    def to_json(self) -> str:
        data = asdict(self)
        data["counts"] = self.counts()
        data["exit_code"] = self.exit_code
        for row in data["rows"]:
            row["meaning"] = MARKS[row["mark"]]
        return json.dumps(data, indent=2, ensure_ascii=False)


def _info(row: dict[str, object]) -> RunInfo:
    return RunInfo(
        run_id=str(row["run_id"]),
        name=str(row["name"]),
        created_at=str(row["created_at"]),
        status=str(row["status"]),
        run_dir=str(row["run_dir"]),
    )


def recorded_cells(history: History, run_id: str) -> dict[tuple[str, str, str], CellRecord]:
    cells = {}
    for row in history.cells(run_id):
        row["steps"] = tuple(json.loads(str(row["steps"]))) if row["steps"] else ()
        record = CellRecord(**row)  # type: ignore[arg-type]
        cells[record.key] = record
    return cells


def _items(history: History, run_id: str) -> dict[tuple[str, str, str, str], ItemRecord]:
    return {
        (r := ItemRecord(**row)).key: r  # type: ignore[arg-type]
        for row in history.items(run_id)
    }


def pick_runs(
    history: History, before: str | None, after: str | None, baseline: str = "previous"
) -> tuple[RunInfo, RunInfo, list[str]]:
    """The two runs to compare. `after` defaults to the latest run; `before` to the baseline
    of the same benchmark: the previous run that can be compared (``previous``), the one where
    your store scored best (``best``), or a run id."""
    runs = history.runs()
    by_id = {str(r["run_id"]): r for r in runs}
    for given in (before, after):
        if given and given not in by_id:
            raise CompareError(f"no run {given!r} in {history.path}")
    if not runs:
        raise CompareError(f"no runs recorded in {history.path} yet")
    later = by_id[after] if after else runs[-1]
    warnings: list[str] = []
    if before:
        return _info(by_id[before]), _info(later), warnings
    if baseline not in ("previous", "best"):
        if baseline not in by_id:
            raise CompareError(f"no run {baseline!r} in {history.path} (--baseline)")
        return _info(by_id[baseline]), _info(later), warnings
    earlier = [
        r for r in runs if r["name"] == later["name"] and r["created_at"] < later["created_at"]
    ]
    if not earlier:
        raise CompareError(
            f"no earlier run of {later['name']!r} in {history.path} to compare "
            f"{later['run_id']} with"
        )
    wanted = {c.definition for c in recorded_cells(history, str(later["run_id"])).values()} - {None}
    comparable = [
        r
        for r in earlier
        if wanted & {c.definition for c in recorded_cells(history, str(r["run_id"])).values()}
    ]
    if not comparable:
        warnings.append(
            "no earlier run was measured under the same definitions: every cell is marked x"
        )
        return _info(earlier[-1]), _info(later), warnings
    if baseline == "best":
        chosen = max(comparable, key=lambda r: _your_score(history, str(r["run_id"])))
    else:
        chosen = comparable[-1]
    if chosen is not earlier[-1]:
        warnings.append(
            f"the baseline {chosen['run_id']} is not the run just before "
            f"({earlier[-1]['run_id']}, measured under other definitions or not the best)"
        )
    return _info(chosen), _info(later), warnings


def _your_score(history: History, run_id: str) -> float:
    scores = [
        c.score
        for c in recorded_cells(history, run_id).values()
        if c.role == "yours" and c.score is not None
    ]
    return sum(scores) / len(scores) if scores else 0.0


def compare(
    history: History,
    before: RunInfo,
    after: RunInfo,
    baseline: str = "previous",
    warnings: list[str] | None = None,
    thresholds: Thresholds | None = None,
    fail_on: str = DEFAULT_FAIL_ON,
) -> Comparison:
    t = thresholds or Thresholds()
    a_cells, b_cells = recorded_cells(history, before.run_id), recorded_cells(history, after.run_id)
    rows = []
    for key in list(a_cells) + [k for k in b_cells if k not in a_cells]:
        a, b = a_cells.get(key), b_cells.get(key)
        rows.append(_cell_row(classify_cell(a, b, t), a, b, before, after))
    a_items, b_items = _items(history, before.run_id), _items(history, after.run_id)
    for key in list(a_items) + [k for k in b_items if k not in a_items]:
        ia, ib = a_items.get(key), b_items.get(key)
        mark = classify_item(ia, ib)
        if mark.mark == "=" and ia is not None and ia.value is None:
            continue  # not stated then, not stated now: nothing to say
        rows.append(_item_row(mark, ia, ib))
    order = "!+*-~x="
    rows.sort(key=lambda r: (r.role != "yours", order.index(r.mark)))
    return Comparison(
        benchmark=after.name,
        before=before,
        after=after,
        baseline=baseline,
        warnings=list(warnings or []),
        rows=rows,
        fail_on=fail_on,
    )


def _shown(c: CellRecord | None) -> str:
    if c is None:
        return "–"
    if c.verdict in ("found", "found_after_backtracking"):
        return f"found, {c.clicks} clicks, {c.page_loads} page loads, ~{c.estimated_time_s:.0f} s"
    return c.verdict.replace("_", " ")


def _evidence(run: RunInfo, screenshot: str | None, relative_to: RunInfo) -> str | None:
    if not screenshot:
        return None
    return os.path.relpath(Path(run.run_dir) / screenshot, relative_to.run_dir)


def _cell_row(
    mark: Mark, a: CellRecord | None, b: CellRecord | None, ra: RunInfo, rb: RunInfo
) -> Row:
    any_side = b or a
    assert any_side is not None
    steps_a, steps_b = list(a.steps) if a else [], list(b.steps) if b else []
    added, removed = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=steps_a, b=steps_b).get_opcodes():
        if op in ("replace", "delete"):
            removed += steps_a[i1:i2]
        if op in ("replace", "insert"):
            added += steps_b[j1:j2]
    return Row(
        mark=mark.mark,
        kind="cell",
        site=any_side.site,
        role=any_side.role,
        device=any_side.device,
        subject=any_side.scenario,
        before=_shown(a),
        after=_shown(b),
        why=mark.why,
        steps_added=added,
        steps_removed=removed,
        evidence_before=_evidence(ra, a.screenshot if a else None, rb),
        evidence_after=_evidence(rb, b.screenshot if b else None, rb),
    )


def _item_row(mark: Mark, a: ItemRecord | None, b: ItemRecord | None) -> Row:
    any_side = b or a
    assert any_side is not None
    return Row(
        mark=mark.mark,
        kind=any_side.kind,
        site=any_side.site,
        role=any_side.role,
        device=any_side.device,
        subject=any_side.name,
        before=(a.value if a else None) or "–",
        after=(b.value if b else None) or "–",
        why=mark.why,
    )
