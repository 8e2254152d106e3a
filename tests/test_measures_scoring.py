import pytest

from benchmark.measures import StepCost, fitts_seconds, reading_seconds, step_seconds
from benchmark.scoring import overall_scores, result_score, site_score, time_score

from .factories import result, run


def test_step_time_grows_with_scanning_scrolling_and_typing():
    base = StepCost(action="click", scanned=0, distance_px=100, width_px=50)
    assert step_seconds(base) == pytest.approx(1.2 + 0.2 + 0.1 * 1.584962500721156 + 0.2, abs=0.01)
    assert step_seconds(StepCost(action="click", scanned=40)) > step_seconds(base)
    assert step_seconds(StepCost(action="click", scanned=400)) == step_seconds(
        StepCost(action="click", scanned=40)
    )
    assert step_seconds(StepCost(action="click", scroll_px=1440, viewport_h=720)) > step_seconds(
        base
    )
    typed = StepCost(action="search", typed_chars=7)
    assert step_seconds(typed) - step_seconds(StepCost(action="search")) == pytest.approx(
        7 * 0.28 + 0.2, abs=0.01
    )
    assert step_seconds(StepCost(action="back", page_load=True)) == pytest.approx(3.3)


def test_touch_is_slower_than_mouse_and_reading_counts_words():
    assert fitts_seconds(300, 20, mobile=True) > fitts_seconds(300, 20, mobile=False)
    assert reading_seconds("one two three four") == pytest.approx(2.96)


def test_time_score_anchors():
    assert time_score(15, 15, 45) == pytest.approx(0.9, abs=0.01)
    assert time_score(45, 15, 45) == 0.5
    assert time_score(400, 15, 45) < 0.05
    assert time_score(1, 15, 45) > 0.99


def test_result_scores_and_weights():
    r = run()
    scenarios = {s.id: s for s in r.scenarios}
    assert result_score(result(seconds=45), scenarios["returns-policy"]) == 0.5
    assert result_score(result(verdict="not_found"), scenarios["returns-policy"]) == 0.0
    assert result_score(result("gift-card", "not_offered"), scenarios["gift-card"]) is None
    assert result_score(result(verdict="not_offered"), scenarios["returns-policy"]) == 0.0
    assert result_score(result(verdict="error"), scenarios["returns-policy"]) is None
    mine = site_score(r.site_runs[0], scenarios)
    assert mine.counted == 1 and mine.score == time_score(12, 15, 45)
    assert overall_scores(r) == {"mine": mine.score, "theirs": None}
