"""The README documents every command, the two set-up commands and the outputs."""

import re
from pathlib import Path

from benchmark.cli import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_with_an_example():
    names = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands]
    assert set(names) == {
        *("run", "demo", "serve-demo", "scenarios", "report", "browser"),
        *("history", "compare", "check", "notify-test", "schedule"),
    }
    for name in names:
        assert f"`supportbench {name}" in README, name


def test_command_groups_are_in_the_readme():
    for group in app.registered_groups:
        for command in group.typer_instance.registered_commands:
            name = command.name or command.callback.__name__
            assert f"`supportbench {group.name} {name}" in README, (group.name, name)


def test_two_commands_and_ci_use_the_same_test_command():
    assert "make demo" in README and "make test" in README
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_outputs_and_measures_are_documented():
    for word in (
        "run.json",
        "scorecard.html",
        "scorecard.md",
        "results.csv",
        "history.sqlite",
        "Estimated human time",
        "Page loads",
        "robots.txt",
        "verdict_accuracy=",
    ):
        assert word in README, word


def test_every_dependency_says_in_the_readme_why_it_is_there():
    import tomllib

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    table = README.split("## Libraries, and why each is there", 1)[1].split("\n## ", 1)[0]
    for requirement in project["project"]["dependencies"]:
        name = requirement.split(">")[0].split("=")[0].split("[")[0].strip()
        assert name.lower() in table.lower(), name


def test_architecture_doc_names_modules_that_exist():
    doc = (Path(__file__).parent.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    root = Path(__file__).parent.parent
    for path in set(re.findall(r"`(benchmark/[\w/]+(?:\.py)?/?)`", doc)):
        assert (root / path).exists(), path
