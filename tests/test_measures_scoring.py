import pytest

from benchmark.measure.human_time import StepCost, fitts_seconds, reading_seconds, step_seconds
from benchmark.score.scoring import overall_scores, result_score, site_score, time_score

from .factories import result, run


def test_step_time_grows_with_scanning_scrolling_and_typing():
    near = StepCost(action="click", scanned=0, distance_px=100, width_px=50)
    # a single considered click on a visible link: KLM puts it between 1.5 and 2 s
    assert 1.5 <= step_seconds(near) <= 2.0
    assert step_seconds(StepCost(action="click", scanned=40)) > step_seconds(near)
    # scanning is capped: nobody reads 400 labels before giving up on the page
    assert step_seconds(StepCost(action="click", scanned=400)) == step_seconds(
        StepCost(action="click", scanned=40)
    )
    two_screens = StepCost(action="click", scroll_px=1440, viewport_h=720)
    assert step_seconds(two_screens) > step_seconds(near)
    seven, fourteen = (StepCost(action="search", typed_chars=n) for n in (7, 14))
    typing_7 = step_seconds(seven) - step_seconds(StepCost(action="search"))
    typing_14 = step_seconds(fourteen) - step_seconds(StepCost(action="search"))
    assert 0 < typing_7 < typing_14  # typing grows with the characters typed
    on_phone = StepCost(action="search", typed_chars=7, mobile=True)
    assert step_seconds(on_phone) > step_seconds(seven)
    back, back_loading = (StepCost(action="back", page_load=p) for p in (False, True))
    assert step_seconds(back_loading) > step_seconds(back) > step_seconds(StepCost("click"))


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
    overall = overall_scores(r)
    assert overall["mine"].score == mine.score and overall["theirs"].score is None


def test_a_failed_device_voids_the_overall_score_instead_of_lifting_it():
    """Site B scores well on desktop and crashed on mobile; site A completed both devices
    with a middling score. B must not rank above A: it has no overall score, and says why."""
    from benchmark.store.record import SiteRun

    r = run()
    r.devices = ["desktop", "mobile"]
    done = [
        SiteRun(
            site=name,
            slug=slug,
            role=role,
            device=device,
            start_url="https://s.example/",
            results=[result(seconds=seconds)],
        )
        for name, slug, role, device, seconds in (
            ("Mine", "mine", "yours", "desktop", 45),
            ("Mine", "mine", "yours", "mobile", 45),
            ("Theirs", "theirs", "competitor", "desktop", 10),
        )
    ]
    crashed = SiteRun(
        site="Theirs",
        slug="theirs",
        role="competitor",
        device="mobile",
        start_url="https://t.example/",
        status="failed",
        error="the page crashed",
    )
    r.site_runs = [*done, crashed]
    overall = overall_scores(r)
    assert overall["mine"].score == 0.5 and overall["mine"].incomplete is None
    assert overall["theirs"].score is None
    assert overall["theirs"].incomplete == "mobile failed"
    r.site_runs = done  # mobile never ran at all
    assert overall_scores(r)["theirs"].incomplete == "mobile not run"
    errored = result(verdict="error")
    r.site_runs = [*done[:2], done[2].model_copy(update={"results": [errored]}), crashed]
    assert "desktop: 1 task in error" in overall_scores(r)["theirs"].incomplete
