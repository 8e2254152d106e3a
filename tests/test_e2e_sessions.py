"""Recorded tester sessions, played by a script in headless Chromium through the overlay:
answers and ratings given, one task given up, one abandoned by closing the window. The saved
sessions, the statistics, the import and the scorecard section are asserted on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmark import api
from benchmark.demo.server import DEMO_BENCHMARK, DemoServer
from benchmark.errors import SpecError
from benchmark.sessions.model import load_sessions
from benchmark.sessions.stats import adjusted_wald
from benchmark.sessions.summary import human_cells

from .conftest import write

pytestmark = pytest.mark.browser
SITES = ("Northwind Outfitters", "Maison Lumière")
SCENARIOS = ("returns-policy", "contact")


async def _found(page, answer: str, seq: int, rubric: tuple[int, int, int] | None = None):
    await page.locator("#sb-found").click()
    await page.locator("#sb-answer").fill(answer)
    await page.locator("#sb-answer-ok").click()
    await page.locator(f"#sb-seq input[value='{seq}']").check()
    if rubric:
        for name, value in zip(("clarity", "completeness", "trust"), rubric, strict=True):
            await page.locator(f"#sb-{name}").select_option(str(value))
    await page.locator("#sb-comment").fill("fine")
    await page.locator("#sb-submit").click()


def careful_tester(window, task) -> object:
    async def act() -> None:
        page = window.page
        await page.locator("#sb-found").wait_for()
        if task.site.slug == "northwind-outfitters":
            await page.get_by_role("link", name="Help", exact=True).first.click()
            if task.scenario.id == "returns-policy":
                await page.get_by_role("link", name="Returns & refunds").first.click()
                await page.wait_for_url("**/help/returns")
                await _found(page, "30 days, refund to my card", 6, (5, 4, 5))
            else:
                await page.get_by_role("link", name="Contact us").first.click()
                await page.wait_for_url("**/help/contact")
                await _found(page, "care@northwind-outfitters.example", 7)
        elif task.scenario.id == "returns-policy":
            await page.locator("#sb-giveup").click()
            await page.locator("#sb-seq input[value='2']").check()
            await page.locator("#sb-submit").click()
        else:
            await page.close()  # the tester closes the window mid-task

    return act()


def hasty_tester(window, task) -> object:
    async def act() -> None:
        page = window.page
        await page.locator("#sb-found").wait_for()
        await _found(page, "14 days", 3)  # claims to have found it on the home page

    return act()


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    results = tmp_path_factory.mktemp("results")
    with DemoServer() as server:
        first, path = api.record_session(
            DEMO_BENCHMARK,
            tester="T01",
            results_dir=results,
            sites=SITES,
            scenarios=SCENARIOS,
            seed=7,
            headless=True,
            actor=careful_tester,
            demo=server,
        )
        second, _ = api.record_session(
            DEMO_BENCHMARK,
            tester="T02",
            results_dir=results,
            sites=SITES[:1],
            scenarios=SCENARIOS[:1],
            seed=1,
            headless=True,
            actor=hasty_tester,
            demo=server,
        )
        bench = write(
            results / "bench.yaml",
            DEMO_BENCHMARK.read_text(encoding="utf-8")
            .replace("devices: [desktop, mobile]", "devices: [desktop]")
            .replace("scenarios: all", "scenarios: [returns-policy, contact]"),
        )
        robot = api.run_benchmark(bench, results_dir=results, demo=server, screenshots=False)
    return first, second, path, results, robot


def test_session_records_every_task(recorded):
    first, _, path, results, _ = recorded
    assert path.exists() and json.loads(path.read_text())["tester"] == "T01"
    assert first.site_order in ([*SITES], [*SITES][::-1]) and first.seed == 7
    tasks = {(t.site_slug, t.scenario_id): t for t in first.tasks}
    returns = tasks[("northwind-outfitters", "returns-policy")]
    assert returns.status == "success" and returns.criteria_met and returns.answer_matches
    assert returns.verified and returns.seq == 6 and returns.rubric.trust == 5
    assert returns.first_click.label == "Help" and returns.first_click_on_path
    assert returns.clicks >= 2 and returns.pages[-1].endswith("/help/returns")
    assert returns.time_s > 0 and (results / "sessions" / returns.trace).stat().st_size > 1000
    contact = tasks[("northwind-outfitters", "contact")]
    assert contact.verified and contact.answer == "care@northwind-outfitters.example"
    gave_up = tasks[("maison-lumiere", "returns-policy")]
    assert gave_up.status == "gave_up" and gave_up.verified is False and gave_up.seq == 2
    abandoned = tasks[("maison-lumiere", "contact")]
    assert abandoned.status == "abandoned" and abandoned.seq is None


def test_a_claim_that_does_not_hold_is_not_verified(recorded):
    _, second, _, _, _ = recorded
    (task,) = second.tasks
    assert task.claimed_success and task.criteria_met is False and task.verified is False


def test_statistics_per_cell(recorded):
    _, _, _, results, _ = recorded
    cells = human_cells(load_sessions(results))
    returns = cells[("northwind-outfitters", "returns-policy", "desktop")]
    assert returns.n == 2 and returns.completion == adjusted_wald(1, 2)
    assert returns.seq.estimate == 4.5 and returns.rubric["clarity"] == 5
    # T02 clicked nothing, so only T01's first click counts; both successes were direct
    assert returns.first_click_success == 1.0 and returns.directness == 1.0
    contact = cells[("maison-lumiere", "contact", "desktop")]
    assert contact.abandoned == 1 and contact.completion.estimate == 0.0 and contact.time is None


def test_scorecard_puts_testers_beside_the_robot(recorded):
    _, _, _, _, robot = recorded
    outputs, _ = api.report(robot.run_dir)
    html = outputs["html"].read_text(encoding="utf-8")
    assert "Human testers beside the robot" in html and "T01, T02" in html
    assert "n=2" in html and "abandoned" in html
    assert "Human testers beside the robot" in outputs["md"].read_text(encoding="utf-8")


def test_import_validates_and_deduplicates(recorded, tmp_path):
    _, _, path, _, _ = recorded
    elsewhere = tmp_path / "results"
    assert api.import_session_files([path], elsewhere) == (4, 0)
    assert api.import_session_files([path], elsewhere) == (0, 4)
    broken = tmp_path / "broken.json"
    broken.write_text('{"session_id": "x",\n "tester": ')
    with pytest.raises(SpecError, match=r"broken.json:2: invalid JSON"):
        api.import_session_files([broken], elsewhere)
    wrong = tmp_path / "wrong.json"
    data = json.loads(path.read_text())
    data["tasks"][0]["seq"] = 9
    wrong.write_text(json.dumps(data))
    with pytest.raises(SpecError, match=r"tasks\[0\]\.seq"):
        api.import_session_files([wrong], elsewhere)
    shutil.rmtree(elsewhere / "sessions")
    assert not list(Path(elsewhere).glob("sessions/*.json"))
