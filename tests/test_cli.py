"""The command line: help everywhere, clear one-line errors, the right exit codes."""

import pytest
from typer.testing import CliRunner

from benchmark.cli import app

from .conftest import write

COMMANDS = ["run", "demo", "serve-demo", "scenarios", "report", "browser"]
GROUP_COMMANDS = [
    ["session", "start"],
    ["session", "import"],
    ["contact-log", "add"],
    ["contact-log", "list"],
]
runner = CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.mark.parametrize("command", GROUP_COMMANDS, ids=" ".join)
def test_every_group_command_has_help_with_an_example(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_contact_log_add_and_list(tmp_path):
    base = [
        "contact-log",
        "add",
        "--store",
        "Summit Gear",
        "--channel",
        "email",
        "--question",
        "Do you ship to Norway?",
        "--results-dir",
        str(tmp_path),
    ]
    ok = runner.invoke(app, [*base, "--sent", "2026-11-20T10:00", "--answered", "2026-11-20T14:30"])
    assert ok.exit_code == 0 and "4.5 h" in ok.output
    _one_line_error(
        runner.invoke(app, [*base, "--sent", "2026-11-20T10:00", "--answered", "2026-11-19T10:00"]),
        "--answered",
    )
    fax = [("fax" if arg == "email" else arg) for arg in base]
    _one_line_error(runner.invoke(app, [*fax, "--sent", "2026-11-20T10:00"]), "--channel")
    _one_line_error(runner.invoke(app, [*base, "--sent", "yesterday"]), "--sent")
    listed = runner.invoke(app, ["contact-log", "list", "--results-dir", str(tmp_path)])
    assert "Summit Gear" in listed.output and "4.5 h" in listed.output


def test_session_import_rejects_a_malformed_file(tmp_path):
    bad = write(tmp_path / "s.json", '{"api_version": 1, "session_id": "ok-id"}')
    _one_line_error(
        runner.invoke(app, ["session", "import", str(bad), "--results-dir", str(tmp_path)]),
        "s.json",
        "required",
    )


def test_version_and_scenarios_list():
    assert "supportbench 0." in runner.invoke(app, ["--version"]).output
    result = runner.invoke(app, ["scenarios"])
    assert result.exit_code == 0 and "returns-policy" in result.output


def _one_line_error(result, *fragments):
    assert result.exit_code == 2, result.output
    text = result.stderr.strip()
    assert text.startswith("supportbench: error:") and "Traceback" not in result.output
    assert len(text.splitlines()) == 1, text
    for fragment in fragments:
        assert fragment in text


def test_bad_benchmark_file_is_one_line_and_exit_2(tmp_path):
    path = write(tmp_path / "b.yaml", "name: x\nyour_store: {name: a, start_url: nope}\n")
    _one_line_error(runner.invoke(app, ["run", str(path)]), "b.yaml:2", "your_store.start_url")
    _one_line_error(runner.invoke(app, ["run", str(tmp_path / "missing.yaml")]), "not found")
    write(tmp_path / "bad.yaml", "name: [unclosed\n")
    _one_line_error(runner.invoke(app, ["run", str(tmp_path / "bad.yaml")]), "invalid YAML")


def test_unknown_scenario_and_bad_scenario_folder(tmp_path):
    path = write(
        tmp_path / "b.yaml",
        "name: x\nyour_store: {name: a, start_url: 'http://127.0.0.1:9/'}\n"
        "scenarios: [returns-policy, nope]\n",
    )
    _one_line_error(runner.invoke(app, ["run", str(path)]), "unknown scenario 'nope'")
    write(tmp_path / "sc" / "x.yaml", "id: y\n")
    _one_line_error(
        runner.invoke(app, ["run", str(path), "--scenarios-dir", str(tmp_path / "sc")]), "x.yaml"
    )


def test_report_of_a_missing_run(tmp_path):
    _one_line_error(runner.invoke(app, ["report", str(tmp_path / "none")]), "no such folder")


def test_browser_command_names_the_chromium():
    result = runner.invoke(app, ["browser"])
    assert result.exit_code == 0 and "Chromium:" in result.output


def test_unknown_device_fails_before_any_browser_with_the_nearest_names(tmp_path):
    path = write(
        tmp_path / "b.yaml",
        "name: x\nyour_store: {name: a, start_url: 'http://127.0.0.1:9/'}\ndevices: [iphone13]\n",
    )
    result = runner.invoke(app, ["run", str(path), "--results-dir", str(tmp_path / "r")])
    _one_line_error(result, "b.yaml:3", "unknown device 'iphone13'", "iPhone 13")
    assert not (tmp_path / "r").exists()  # nothing started, nothing written


def test_robots_txt_switched_off_for_competitors_is_refused(tmp_path):
    path = write(
        tmp_path / "b.yaml",
        "name: x\nyour_store: {name: a, start_url: 'http://127.0.0.1:9/'}\n"
        "competitors: [{name: b, start_url: 'http://127.0.0.1:8/'}]\n"
        "politeness: {robots_txt: false}\n",
    )
    _one_line_error(runner.invoke(app, ["run", str(path)]), "politeness.robots_txt")


def test_headless_runs_prefer_a_headless_shell(tmp_path, monkeypatch):
    """Playwright's headless shell first, then the system's; the full browser otherwise and
    for headed sessions. Fake executables stand in for the real ones."""
    import json
    from pathlib import Path

    from playwright._impl._driver import compute_driver_executable

    from benchmark.browser import locate

    def executable(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("#!/bin/sh\n")
        path.chmod(0o755)
        return str(path)

    full = executable(tmp_path / "bin" / "chromium")
    system_shell = executable(tmp_path / "bin" / "chromium-headless-shell")
    monkeypatch.setattr(locate, "SYSTEM_BROWSERS", (full,))
    monkeypatch.setattr(locate, "SYSTEM_HEADLESS_SHELLS", (system_shell,))
    monkeypatch.setattr(locate, "playwright_chromium", lambda: None)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "pw"))
    assert locate.find_chromium(headless=True).path == system_shell
    assert locate.find_chromium().path == full
    package = Path(compute_driver_executable()[1]).parent
    registry = json.loads((package / "browsers.json").read_text())["browsers"]
    revision = next(b["revision"] for b in registry if b["name"] == "chromium-headless-shell")
    own = executable(
        tmp_path
        / "pw"
        / f"chromium_headless_shell-{revision}"
        / "chrome-headless-shell-linux64"
        / "chrome-headless-shell"
    )
    assert locate.find_chromium(headless=True) == locate.BrowserChoice(
        own, "playwright headless shell"
    )
    assert locate.find_chromium(str(full), headless=True).path == full  # an explicit path wins
