"""The ``supportbench`` command. Each command parses its options, calls `benchmark.api` and
prints where the results are. Domain errors become one line on stderr and an exit code:
0 done, 1 run partial (some site failed), 2 bad input, 3 no usable browser."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from benchmark import __version__
from benchmark.cli import history, people, runs
from benchmark.cli.common import app, console

__all__ = ["app", "history", "people", "runs"]


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """supportbench: scripted support tasks in real Chromium, scored side by side."""
    if version:
        console.print(f"supportbench {__version__}")
        raise typer.Exit(0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
