"""Small, valid run records for tests that do not need a browser."""

from __future__ import annotations

from benchmark.store.record import (
    Evidence,
    FactValue,
    FirstClick,
    Run,
    ScenarioRef,
    ScenarioResult,
    SiteRef,
    SiteRun,
    Step,
)

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> | =HYPERLINK("evil") *bold*'


def result(
    scenario_id: str = "returns-policy",
    verdict: str = "found",
    text: str = "Returns",
    seconds: float = 12.0,
) -> ScenarioResult:
    return ScenarioResult(
        scenario_id=scenario_id,
        verdict=verdict,
        clicks=1,
        page_loads=2,
        first_click=FirstClick(label=text, url="https://s.example/returns", on_success_path=True),
        steps=[
            Step(
                n=1,
                action="open",
                label="start page",
                url="https://s.example/",
                page_load=True,
                measured_ms=300,
                estimated_s=1.0,
            ),
            Step(
                n=2,
                action="click",
                label=text,
                region="footer",
                url="https://s.example/r",
                page_load=True,
                measured_ms=200,
                estimated_s=8.0,
            ),
        ],
        measured_time_s=0.5,
        estimated_time_s=seconds,
        evidence=Evidence(
            final_url="https://s.example/r",
            heading=text,
            snippet=text,
            screenshot="screenshots/a.jpg",
        ),
        facts={"return_window_days": FactValue(value=30, snippet=text, url="https://s.example/r")},
        language="en",
    )


def run(site_text: str = "Returns", status: str = "complete") -> Run:
    scenarios = [
        ScenarioRef(
            id="returns-policy",
            title="Returns",
            task="Find the return window.",
            weight=2,
            when_absent="zero",
            good_s=15,
            median_s=45,
        ),
        ScenarioRef(
            id="gift-card",
            title="Gift cards",
            task="Find gift cards.",
            weight=0.5,
            when_absent="not_applicable",
            good_s=10,
            median_s=35,
        ),
    ]
    mine = SiteRun(
        site="Mine",
        slug="mine",
        role="yours",
        device="desktop",
        start_url="https://s.example/",
        language="en",
        results=[result(text=site_text), result("gift-card", "not_offered", site_text)],
    )
    theirs = SiteRun(
        site="Theirs",
        slug="theirs",
        role="competitor",
        device="desktop",
        start_url="https://t.example/",
        status="failed",
        error="connection refused",
        error_kind="unreachable",
    )
    return Run(
        run_id="20261123-000000-test",
        name="Test run",
        spec_hash="abc",
        agent_version="1",
        tool_version="0.1.0",
        status=status,
        sites=[
            SiteRef(name="Mine", slug="mine", role="yours", start_url="https://s.example/"),
            SiteRef(
                name="Theirs", slug="theirs", role="competitor", start_url="https://t.example/"
            ),
        ],
        devices=["desktop"],
        scenarios=scenarios,
        site_runs=[mine, theirs],
    )


def fact_value(lexicon, name: str, lang: str, text: str):
    """The value the extractor `name` reads in `text` on a page in `lang`, or None."""
    from benchmark.measure.extract import EXTRACTORS

    fact = EXTRACTORS[name](text, lexicon.view(lang))
    return fact.value if fact else None


def fact_number(lexicon, name: str, lang: str, text: str):
    """The number of the fact `name` reads in `text` (an amount's value), or None."""
    from benchmark.measure.extract import EXTRACTORS

    fact = EXTRACTORS[name](text, lexicon.view(lang))
    return fact.number if fact else None
