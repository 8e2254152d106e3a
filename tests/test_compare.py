"""Marks and alert states, table-driven: every mark, every transition, the not-comparable
path. No browser, no database."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from benchmark.compare.alerts import AlertState, step
from benchmark.compare.classify import Thresholds, classify_cell, classify_item
from benchmark.compare.snapshot import CellRecord, ItemRecord

T = Thresholds()
CELL = CellRecord(
    site="Shop",
    slug="shop",
    role="yours",
    device="desktop",
    scenario="returns-policy",
    definition="d1",
    verdict="found",
    clicks=2,
    page_loads=3,
    estimated_time_s=30.0,
    steps=("click: Help", "click: Returns"),
    final_url="https://shop.example/returns",
    screenshot=None,
    reason=None,
    score=0.8,
    error=None,
)


@pytest.mark.parametrize(
    ("before", "after", "mark"),
    [
        ({}, {}, "="),
        ({}, {"verdict": "not_found"}, "!"),
        ({}, {"verdict": "not_offered"}, "!"),
        ({"verdict": "not_found"}, {}, "*"),
        ({"verdict": "not_found"}, {"verdict": "not_offered"}, "="),
        ({}, {"clicks": 3, "page_loads": 4}, "+"),
        ({}, {"clicks": 1, "page_loads": 2}, "-"),
        ({}, {"estimated_time_s": 45.0}, "+"),  # 15 s more: beyond 5 s and 25 %
        ({}, {"estimated_time_s": 34.0}, "="),  # 4 s: within the threshold
        ({}, {"estimated_time_s": 20.0}, "-"),
        ({}, {"clicks": 3, "estimated_time_s": 10.0}, "+"),  # worse wins over better
        ({}, {"verdict": "error", "error": "timeout"}, "~"),
        ({"error": "crashed"}, {"verdict": "not_found"}, "~"),  # never "new failure"
        ({}, {"definition": "d2"}, "x"),
        ({"definition": None}, {}, "x"),
    ],
)
def test_every_cell_mark(before, after, mark):
    got = classify_cell(replace(CELL, **before), replace(CELL, **after), T)
    assert got.mark == mark, got.why


def test_a_cell_on_one_side_only_is_not_comparable():
    assert classify_cell(None, CELL, T).mark == "x"
    assert classify_cell(CELL, None, T).mark == "x"


ITEM = ItemRecord(
    site="Shop",
    slug="shop",
    role="competitor",
    device="",
    kind="fact",
    name="return_window_days",
    value="30",
    number=30.0,
    better="higher",
    definition="d1",
)


@pytest.mark.parametrize(
    ("before", "after", "mark"),
    [
        ({}, {}, "="),
        ({}, {"value": "60", "number": 60.0}, "-"),
        ({}, {"value": "14", "number": 14.0}, "+"),
        (
            {"better": "lower", "name": "refund_delay"},
            {"better": "lower", "name": "refund_delay", "value": "14", "number": 14.0},
            "-",
        ),
        ({"value": None, "number": None}, {}, "-"),  # now stated
        ({}, {"value": None, "number": None}, "+"),  # no longer stated
        ({"better": "true", "value": "no"}, {"better": "true", "value": "yes"}, "-"),
        ({"better": None, "value": "a@x.example"}, {"better": None, "value": "b@x.example"}, "~"),
        ({"kind": "channel", "value": "+34 1"}, {"kind": "channel", "value": None}, "+"),
        (
            {"kind": "channel", "value": "Email"},
            {"kind": "channel", "value": "Email, WhatsApp"},
            "-",
        ),
        ({"kind": "channel", "value": "A"}, {"kind": "channel", "value": "B"}, "~"),
        ({"kind": "audit", "value": "pass"}, {"kind": "audit", "value": "fail"}, "+"),
        ({"kind": "audit", "value": "fail"}, {"kind": "audit", "value": "pass"}, "-"),
        ({"kind": "audit", "value": "pass"}, {"kind": "audit", "value": "not_applicable"}, "~"),
        ({}, {"definition": "d2", "value": "60"}, "x"),
    ],
)
def test_every_item_mark(before, after, mark):
    assert classify_item(replace(ITEM, **before), replace(ITEM, **after)).mark == mark


CELL_ID = "shop/desktop/returns-policy"


@pytest.mark.parametrize(
    ("marks", "events", "final"),
    [
        ("==", [None, None], "passing"),
        ("+", [None], "degraded"),  # one bad check: no alert yet
        ("!!", [None, "alert"], "failing"),  # the second in a row alerts
        ("!!!", [None, "alert", None], "failing"),  # alerted once, not again
        ("!+", [None, "alert"], "degraded"),  # degraded and failing both count
        ("!=", [None, None], "passing"),  # recovered before an alert: no notice
        ("!!=", [None, "alert", "recovery"], "passing"),
        ("!x!", [None, None, "alert"], "failing"),  # "not comparable" re-bases, no event
        ("!~", [None, None], "failing"),  # a harness error neither alerts nor recovers
        ("~~~", [None, None, None], "passing"),
    ],
)
def test_alert_state_machine(marks, events, final):
    state = None
    got = []
    for i, mark in enumerate(marks):
        state, event = step(state, CELL_ID, mark, "why", f"run{i}", after=2)
        got.append(event.kind if event else None)
    assert got == events and state is not None and state.state == final


def test_a_new_definition_re_bases_and_an_unchanged_failure_is_no_recovery():
    state, _ = step(None, CELL_ID, "!", "", "r1", after=1, found=False)
    state, event = step(state, CELL_ID, "!", "", "r2", after=1, found=False)
    assert state.notified and event is None  # alerted at r1 already
    state, event = step(state, CELL_ID, "x", "", "r3", found=False)  # the agent was upgraded
    assert state.reference_run == "r3" and state.state == "failing" and event is None
    state, event = step(state, CELL_ID, "=", "", "r4", found=False)  # same as r3: still broken
    assert state.state == "failing" and event is None
    state, event = step(state, CELL_ID, "*", "", "r5", found=True)
    assert state.state == "passing" and event is not None and event.kind == "recovery"


def test_muted_cells_keep_their_state_but_never_notify():
    state = None
    for i, mark in enumerate("!!="):
        state, event = step(state, CELL_ID, mark, "", f"r{i}", after=2, mute=["shop/*/*"])
        assert event is None
        if i == 1:
            assert state.state == "failing" and state.consecutive == 2


def test_the_reference_run_is_the_last_passing_one():
    state = AlertState(cell=CELL_ID, reference_run="r0")
    state, _ = step(state, CELL_ID, "!", "", "r1")
    assert state.reference_run == "r0"  # compared with the last good run, not the bad one
    state, _ = step(state, CELL_ID, "=", "", "r2")
    assert state.reference_run == "r2"


def _record(history, r, run_id, created, **settings):
    from benchmark.compare.snapshot import history_rows
    from benchmark.score.scorecard import analyse

    r = r.model_copy(deep=True)
    r.run_id, r.created_at = run_id, created
    r.settings = {**r.settings, **settings}
    cells, items = history_rows(r, analyse(r))
    history.record(r, Path("/tmp") / run_id, cells, items)


def test_trend_scores_per_run_and_a_break_where_the_definition_changed(tmp_path):
    from benchmark.compare.trends import load_trend
    from benchmark.report.charts import clicks_chart, score_chart
    from benchmark.store.history import History

    from .factories import run

    history = History(tmp_path / "history.sqlite")
    base = run()
    _record(history, base, "r1", "2026-11-01T03:00:00Z")
    _record(history, base, "r2", "2026-11-02T03:00:00Z")
    _record(history, base, "r3", "2026-11-03T03:00:00Z", timeouts={"scenario_s": 30})
    assert load_trend(history, "other") is None
    trend = load_trend(history, base.name)
    assert [r for r, _ in trend.runs] == ["r1", "r2", "r3"]
    assert trend.breaks == [2]  # r3 was measured with another timeout
    assert {slug for slug, _, _ in trend.sites} == {s.slug for s in base.sites}
    assert all(len(v) == 3 and v[0] == v[1] for v in trend.scores.values())
    assert trend.cells and all(marks[0].startswith(("✔", "✘")) for *_, marks in trend.cells)
    assert load_trend(history, base.name, until="r2").runs[-1][0] == "r2"
    svg = score_chart(trend)
    assert svg.startswith("<svg") and "<script" not in svg and "definition changed" in svg
    assert trend.clicks == {
        "returns-policy (desktop)": [1, 1, 1],
        "gift-card (desktop)": [None] * 3,
    }
    assert "<svg" in clicks_chart(trend) and "<script" not in clicks_chart(trend)
    history.close()


def test_scheduler_templates_never_overlap_and_keep_the_history():
    import yaml

    from benchmark.compare.schedule import template

    args = (Path("my bench.yaml"), Path("results"), Path("/srv/cx"))
    cron = template("cron", *args, "0 3 * * *", "/srv/cx/.venv/bin/supportbench")
    assert cron.rstrip().splitlines()[-1].startswith("0 3 * * * cd /srv/cx && flock -n ")
    assert "check 'my bench.yaml' --results-dir results" in cron
    systemd = template("systemd", *args, "daily", "supportbench")
    assert "Persistent=true" in systemd and "OnCalendar=daily" in systemd
    workflow = yaml.safe_load(template("github-actions", *args, "0 3 * * *", "supportbench"))
    steps = workflow["jobs"]["check"]["steps"]
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert workflow["concurrency"] and triggers["schedule"] == [{"cron": "0 3 * * *"}]
    save = next(s for s in steps if s.get("uses", "").startswith("actions/cache/save"))
    assert save["if"] == "always()"  # a regression (exit 1) must not lose the history
    assert steps[-1]["if"] == "steps.check.outcome == 'failure'"
