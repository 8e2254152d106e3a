"""Scores, as in Lighthouse: each scenario result maps to 0–1, a site's score is the weighted
mean of its scenario scores, and results that do not apply get weight 0.

- found (directly or after backtracking): the estimated human time mapped on a log-normal
  curve where the scenario's ``good_s`` scores 0.90 and its ``median_s`` scores 0.50
  (backtracking already costs time, so it already lowers the score);
- not found: 0;
- not offered: 0 when the scenario says a missing feature counts against the site
  (``when_absent: zero``, e.g. no live chat), otherwise not applicable;
- error (the page crashed, the site failed): not applicable, and flagged in the report.

The overall score is the mean over devices, and only when every device of the run produced
a complete site-run: a device that failed, is missing or left tasks in error would otherwise
drop out of the mean and could lift a site above one that completed everything. Such a site
has no overall score, and says why ("incomplete: mobile failed").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from benchmark.store.record import Run, ScenarioRef, ScenarioResult, SiteRun

Z_90 = 1.2815515655446004  # the standard normal quantile at 0.90


def time_score(seconds: float, good_s: float, median_s: float) -> float:
    """Log-normal complementary CDF: good_s → 0.90, median_s → 0.50, longer → towards 0."""
    if seconds <= 0:
        return 1.0
    sigma = (math.log(median_s) - math.log(good_s)) / Z_90
    z = (math.log(seconds) - math.log(median_s)) / sigma
    return round(max(0.0, min(1.0, 0.5 * math.erfc(z / math.sqrt(2)))), 2)


def result_score(result: ScenarioResult, scenario: ScenarioRef) -> float | None:
    if result.found:
        return time_score(result.estimated_time_s, scenario.good_s, scenario.median_s)
    if result.verdict == "not_found":
        return 0.0
    if result.verdict == "not_offered":
        return 0.0 if scenario.when_absent == "zero" else None
    return None


@dataclass(frozen=True)
class SiteScore:
    score: float | None
    counted: int
    weight: float


def site_score(site_run: SiteRun, scenarios: dict[str, ScenarioRef]) -> SiteScore:
    total = weights = 0.0
    counted = 0
    for result in site_run.results:
        scenario = scenarios.get(result.scenario_id)
        if scenario is None:
            continue
        score = result_score(result, scenario)
        if score is None or scenario.weight == 0:
            continue
        total += score * scenario.weight
        weights += scenario.weight
        counted += 1
    return SiteScore(round(total / weights, 2) if weights else None, counted, weights)


@dataclass(frozen=True)
class Overall:
    """A site's overall score, or None with the reason it cannot be given."""

    score: float | None
    incomplete: str | None = None  # e.g. "mobile failed; desktop: 2 tasks in error"


def _device_problem(site_run: SiteRun | None, device: str) -> str | None:
    if site_run is None:
        return f"{device} not run"
    if site_run.status == "failed":
        return f"{device} failed"
    errors = sum(r.verdict == "error" for r in site_run.results)
    if errors:
        return f"{device}: {errors} task{'s' if errors > 1 else ''} in error"
    return None


def overall_scores(run: Run) -> dict[str, Overall]:
    """Per site slug: the mean of its device scores (each device counts the same), or no
    score when a device is missing, failed or has tasks in error."""
    scenarios = {s.id: s for s in run.scenarios}
    overall = {}
    for site in run.sites:
        scores, problems = [], []
        for device in run.devices:
            site_run = run.site_run(site.slug, device)
            problem = _device_problem(site_run, device)
            if problem:
                problems.append(problem)
                continue
            assert site_run is not None
            score = site_score(site_run, scenarios).score
            if score is not None:
                scores.append(score)
        if problems:
            overall[site.slug] = Overall(None, "; ".join(problems))
        else:
            overall[site.slug] = Overall(round(sum(scores) / len(scores), 2) if scores else None)
    return overall
