"""A user who installs a release (not an editable checkout) gets everything a run needs."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from benchmark.measure.extract import FACT_NAMES
from benchmark.spec.models import DEFAULT_SCENARIOS_DIR, scenario_library

from .conftest import write

ROOT = Path(__file__).resolve().parent.parent


def test_a_plain_install_ships_the_bundled_scenarios(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "benchmark", source / "benchmark", ignore=shutil.ignore_patterns("__pycache__")
    )
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("supportbench-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "benchmark/scenarios/returns-policy.yaml" in names
    assert "benchmark/data/numbers.yaml" in names and "benchmark/data/currencies.yaml" in names
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    listed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import benchmark, benchmark.api as a; print(benchmark.__file__); "
            "print(len(a.list_scenarios()))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    )
    where, count = listed.stdout.split()
    assert where.startswith(str(target)) and int(count) == 10


def test_a_user_folder_adds_scenarios_and_replaces_bundled_ones(lexicon, tmp_path):
    contact = (DEFAULT_SCENARIOS_DIR / "contact.yaml").read_text(encoding="utf-8")
    write(tmp_path / "contact.yaml", contact.replace("click_budget:", "click_budget: 3 #"))
    faq = (DEFAULT_SCENARIOS_DIR / "faq-help.yaml").read_text(encoding="utf-8")
    write(tmp_path / "help-hub.yaml", faq.replace("id: faq-help", "id: help-hub"))
    library = scenario_library(tmp_path, lexicon.intents, set(FACT_NAMES))
    assert len(library) == 11 and "help-hub" in library
    assert library["contact"].click_budget == 3
    assert scenario_library(None, lexicon.intents, set(FACT_NAMES))["contact"].click_budget != 3
