"""Small-sample statistics against worked examples with known answers."""

import math

import pytest

from benchmark.sessions.stats import (
    adjusted_wald,
    geometric_mean_interval,
    mean_interval,
    seq_interval,
    spearman,
    t_quantile,
)


@pytest.mark.parametrize(
    ("df", "expected"),
    [
        (1, 12.7062),
        (2, 4.3027),
        (4, 2.7764),
        (9, 2.2622),
        (19, 2.0930),
        (29, 2.0452),
        (120, 1.9799),
    ],
)
def test_t_quantiles_match_the_table(df, expected):
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=1e-4)


def test_adjusted_wald_7_of_10():
    # Sauro & Lewis: 7 of 10 users complete → 95% CI about 39% to 90%.
    ci = adjusted_wald(7, 10)
    assert ci.estimate == 0.7
    assert (round(ci.low, 3), round(ci.high, 3)) == (0.392, 0.897)


def test_adjusted_wald_all_succeed_stays_below_one():
    ci = adjusted_wald(5, 5)
    assert ci.high == 1.0 and round(ci.low, 3) == 0.511  # (5 + 1.92) / 8.84 − 0.272


def test_geometric_mean_of_40_60_90():
    ci = geometric_mean_interval([40, 60, 90])
    assert ci.estimate == pytest.approx(60.0)
    sd = math.log(1.5)  # the logs are ln60 − ln1.5, ln60, ln60 + ln1.5
    margin = 4.302653 * sd / math.sqrt(3)
    assert ci.low == pytest.approx(60 * math.exp(-margin), rel=1e-5)
    assert ci.high == pytest.approx(60 * math.exp(margin), rel=1e-5)


def test_seq_mean_compared_with_the_historical_average():
    ci, verdict = seq_interval([4, 5, 5, 6, 5])
    assert ci.estimate == 5.0
    assert (round(ci.low, 3), round(ci.high, 3)) == (4.122, 5.878)
    assert verdict == "not different"
    assert seq_interval([7, 7, 6, 7, 7, 6])[1] == "above"
    assert seq_interval([2, 3, 2, 3, 2])[1] == "below"


def test_one_tester_gives_no_interval_and_no_verdict_against_the_norm():
    """One rating has no spread: a zero-width interval would claim certainty it lacks."""
    ci = mean_interval([3.0])
    assert ci.estimate == 3.0 and not ci.estimable and ci.low is None and ci.high is None
    assert "not estimable" in str(ci)
    seq, verdict = seq_interval([7])
    assert verdict == "not estimable" and not seq.estimable
    assert not geometric_mean_interval([42.0]).estimable
    assert seq_interval([7, 6])[0].estimable


def test_spearman():
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 2, 2, 3], [1, 2, 3, 4]) == pytest.approx(0.9486833, abs=1e-6)
    assert spearman([1, 2], [1, 2]) is None
