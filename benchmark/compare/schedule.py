"""Ready-to-use scheduler templates for `supportbench check`: cron (with flock, so runs never
overlap), a systemd service and timer (Persistent=true: a run missed while the machine was
off happens at the next boot), and a GitHub Actions workflow that keeps ``results/`` between
runs. No daemon of our own: the machine's scheduler does the waiting."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

KINDS = ("cron", "systemd", "github-actions")


def installed_command() -> str:
    """The supportbench this Python runs (a scheduler has no virtualenv activated)."""
    beside = Path(sys.executable).parent / "supportbench"
    return str(beside) if beside.exists() else "supportbench"


def template(
    kind: str, benchmark: Path, results_dir: Path, workdir: Path, when: str, program: str
) -> str:
    """`when`: a cron expression for cron and GitHub Actions ("0 3 * * *"); for systemd an
    OnCalendar value ("daily", "Mon *-*-* 03:00"). `program`: the supportbench to call."""
    bench, results = shlex.quote(str(benchmark)), shlex.quote(str(results_dir))
    here = shlex.quote(str(workdir))
    command = f"check {bench} --results-dir {results}"
    if kind == "cron":
        return (
            "# supportbench check: add with `crontab -e`. flock skips a run while the last\n"
            "# one is still going; output goes to the results folder's check.log.\n"
            f"{when} cd {here} && flock -n {results}/.check.lock "
            f"{shlex.quote(program)} {command} >> {results}/check.log 2>&1\n"
        )
    if kind == "systemd":
        return (
            "# ~/.config/systemd/user/supportbench-check.service\n"
            "[Unit]\nDescription=supportbench check\n\n"
            "[Service]\nType=oneshot\n"
            f"WorkingDirectory={workdir}\n"
            f"ExecStart={program} {command}\n\n"
            "# ~/.config/systemd/user/supportbench-check.timer\n"
            "[Unit]\nDescription=Run supportbench check on a schedule\n\n"
            f"[Timer]\nOnCalendar={when}\nPersistent=true\n\n"
            "[Install]\nWantedBy=timers.target\n\n"
            "# then: systemctl --user daemon-reload && "
            "systemctl --user enable --now supportbench-check.timer\n"
        )
    if kind == "github-actions":
        return f"""# .github/workflows/supportbench.yml
name: supportbench check
on:
  schedule:
    - cron: "{when}"
  workflow_dispatch:
concurrency: supportbench-check  # never two checks at once
jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 90
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Restore results/ (the history the check compares with)
        uses: actions/cache/restore@v4
        with:
          path: {results_dir}
          key: supportbench-results-${{{{ github.run_id }}}}
          restore-keys: supportbench-results-
      - run: pip install . && playwright install --with-deps chromium
      - name: Check
        id: check
        continue-on-error: true  # keep the history even when the store regressed (exit 1)
        run: supportbench {command}
        env:
          SUPPORTBENCH_NOTIFY: ${{{{ secrets.SUPPORTBENCH_NOTIFY }}}}
      - name: Save results/ for the next check
        if: always()
        uses: actions/cache/save@v4
        with:
          path: {results_dir}
          key: supportbench-results-${{{{ github.run_id }}}}
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: supportbench-results
          path: {results_dir}
      - name: Fail when the check found a regression
        if: steps.check.outcome == 'failure'
        run: exit 1
"""
    raise ValueError(kind)
