"""`--executor` read from the command line: which executor, how many workers, which cluster."""

from __future__ import annotations

from dataclasses import dataclass

from benchmark.errors import ExecutorError

DEFAULT_LOCAL_WORKERS = 2


@dataclass(frozen=True)
class ExecutorChoice:
    kind: str  # local | dask-local | dask
    workers: int = 0  # dask-local: worker processes
    address: str = ""  # dask: the scheduler

    @property
    def given(self) -> str:
        """As written after --executor."""
        return self.address if self.kind == "dask" else self.name

    @property
    def name(self) -> str:
        if self.kind == "dask-local":
            return f"dask-local:{self.workers}"
        return f"dask {self.address}" if self.kind == "dask" else "local"


def parse_executor(value: str | None) -> ExecutorChoice:
    """`--executor` as given on the command line, or a clear error."""
    text = (value or "local").strip()
    if text == "local":
        return ExecutorChoice("local")
    if text == "dask-local" or text.startswith("dask-local:"):
        count = text.partition(":")[2] or str(DEFAULT_LOCAL_WORKERS)
        if not count.isdigit() or int(count) < 1:
            raise ExecutorError(f"--executor {text}: the worker count must be a whole number ≥ 1")
        return ExecutorChoice("dask-local", workers=int(count))
    if text.startswith(("tcp://", "tls://", "ws://", "wss://", "inproc://")):
        return ExecutorChoice("dask", address=text)
    raise ExecutorError(
        f"--executor {text}: use local, dask-local[:N] or a Dask scheduler address "
        "(tcp://host:8786)"
    )
