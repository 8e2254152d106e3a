"""Collect once, measure many: a saved run is re-measured from its artifacts, without a
browser, with the code and data of the day."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys

import pytest

from benchmark import api
from benchmark.artifacts import load_pages
from benchmark.spec import lexicon as lexicon_module
from benchmark.store.rundir import read_run

from .conftest import PageServer, html, write

pytestmark = pytest.mark.browser

SHOP = {
    "/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n"),
    "/": html(
        '<header><a href="/help/returns">Returns</a> <a href="/contact">Contact</a></header>'
        "<main><h1>Kettles</h1></main>"
    ),
    "/help/returns": html(
        "<h1>Returns</h1><h2>Time limit</h2><p>Send it back within 45 days of delivery.</p>"
    ),
    "/contact": html("<h1>Contact us</h1><p>Write to care@kettle.example, we answer fast.</p>"),
}


@pytest.fixture(scope="module")
def saved_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("remeasure")
    with PageServer(SHOP) as shop:
        bench = write(
            folder / "bench.yaml",
            f"""name: Kettles
your_store: {{name: Kettle Co, start_url: "{shop.url}"}}
devices: [desktop]
scenarios: [returns-policy, contact]
""",
        )
        result = api.run_benchmark(bench, results_dir=folder / "results")
    return result


def test_the_run_keeps_every_page_it_saw_compressed(saved_run):
    path = saved_run.run_dir / "artifacts" / "kettle-co--desktop.json.gz"
    payload = json.loads(gzip.decompress(path.read_bytes()))
    assert payload["api_version"] == 1
    pages = load_pages(saved_run.run_dir, "kettle-co--desktop")
    urls = {view.url.rsplit("/", 1)[-1] for view in pages.values()}
    assert {"", "returns", "contact"} <= urls
    returns = next(
        r for r in saved_run.run.site_runs[0].results if r.scenario_id == "returns-policy"
    )
    assert returns.answer_page in pages and pages[returns.answer_page].url.endswith("/help/returns")
    assert all(step.page in pages for step in returns.steps if step.action != "open")
    assert returns.facts["return_window_days"].value == 45


def test_report_remeasures_without_playwright(saved_run, tmp_path):
    copy = tmp_path / "run"
    shutil.copytree(saved_run.run_dir, copy)
    (copy / "scorecard.html").unlink()
    code = (
        "import sys\n"
        "sys.modules['playwright'] = None\n"  # any import of Playwright now fails
        "sys.modules['axe_playwright_python'] = None\n"
        "from benchmark.cli import app\n"
        f"app(['report', {str(copy)!r}])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    page = (copy / "scorecard.html").read_text(encoding="utf-8")
    assert "45" in page and "measured by" in page


def test_a_changed_extractor_data_file_changes_the_reported_facts(saved_run, tmp_path, monkeypatch):
    copy = tmp_path / "run"
    shutil.copytree(saved_run.run_dir, copy)
    data = tmp_path / "lexicon"
    shutil.copytree(lexicon_module.DATA_DIR, data)
    english = (data / "en.yaml").read_text(encoding="utf-8")
    # a lexicon where "days" is no longer a unit of time: the return window cannot be read
    unitless = re.sub(r"(?m)^  day: \[.*\]$", "  day: [jour]", english)
    assert unitless != english
    (data / "en.yaml").write_text(unitless)
    monkeypatch.setattr(lexicon_module, "DATA_DIR", data)
    outputs, problems = api.report(copy)
    assert not problems
    markdown = outputs["md"].read_text(encoding="utf-8")
    assert "45" not in markdown.split("## Support facts")[1].split("##")[0]
    recorded = read_run(copy)  # run.json keeps what was measured when the run was made
    returns = next(r for r in recorded.site_runs[0].results if r.scenario_id == "returns-policy")
    assert returns.facts["return_window_days"].value == 45
