"""'Where you lose' reports a loss only where a competitor is better by the fact's own rule."""

from benchmark.score.facts import site_facts
from benchmark.score.gaps import UNSTATED_GAP, fact_gaps
from benchmark.store.record import FactValue

from .factories import run


def _fact(value, number=None, unit=None) -> FactValue:
    return FactValue(
        value=value, snippet=str(value), url="https://x.example/", number=number, unit=unit
    )


def _with_facts(mine: dict[str, FactValue], theirs: dict[str, FactValue]):
    r = run()
    r.site_runs[0].results[0].facts = mine
    competitor = r.site_runs[1]
    competitor.status, competitor.error = "complete", None
    competitor.results = [r.site_runs[0].results[0].model_copy(update={"facts": theirs})]
    return r


def _by_title(r):
    books = {s.slug: site_facts(r, s.slug) for s in r.sites}
    return {g.title: g for g in fact_gaps(r, "mine", books)}


def test_a_worse_value_of_a_competitor_against_your_silence_is_not_a_loss():
    r = _with_facts({}, {"free_returns": _fact(False)})
    gap = _by_title(r)["Free returns"]
    assert gap.area == "unstated" and gap.gap == UNSTATED_GAP < 1
    assert gap.yours == "not stated" and gap.theirs == "False"


def test_only_a_better_competitor_value_is_a_fact_gap():
    longer = _fact(60, 60, "days")
    shorter = _fact(30, 30, "days")
    assert "Return window (days)" not in _by_title(
        _with_facts({"return_window_days": longer}, {"return_window_days": shorter})
    )
    gap = _by_title(_with_facts({"return_window_days": shorter}, {"return_window_days": longer}))
    assert gap["Return window (days)"].area == "fact"
    assert gap["Return window (days)"].gap == 0.5


def test_values_in_other_currencies_are_not_compared():
    mine = {"shipping_cost": _fact("$5.00", 5.0, "USD")}
    theirs = {"shipping_cost": _fact("4,00 €", 4.0, "EUR")}
    assert "Standard shipping cost" not in _by_title(_with_facts(mine, theirs))
