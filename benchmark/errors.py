"""The exception tree. A traceback always means a bug in supportbench, never bad input.

    SupportbenchError
     ├── UserError            bad input or options; the CLI prints one line and exits 2
     │    ├── SpecError       a benchmark, scenario or lexicon file is wrong (file, line, field)
     │    ├── RunDirError     a results folder is missing or not a supportbench run
     │    ├── CompareError    runs that cannot be compared as asked (unknown id, no earlier run)
     │    ├── NotifyError     a notification URL that is malformed, unset or refused
     │    └── ExecutorError   --executor cannot be used: no Dask, no scheduler, workers of
     │                        another supportbench
     ├── BrowserUnavailable   no Chromium could be found or started; exit 3
     ├── Interrupted          Ctrl-C: finished work saved, the run can be resumed; exit 130
     └── SiteError           one site could not be benchmarked; recorded in the run, others go on
          ├── SiteUnreachable    connection refused, DNS, TLS, timeout on the start page
          ├── RobotsDisallowed   robots.txt forbids the start URL for our user agent
          └── PageCrashed        the renderer crashed or the page closed itself

Only `benchmark.browser` imports Playwright; it maps Playwright's errors into these.
"""

from __future__ import annotations

from pathlib import Path


class SupportbenchError(Exception):
    """Base of every error supportbench raises on purpose."""


class UserError(SupportbenchError):
    """Something the user can fix: a file, an option, a path."""

    exit_code = 2


class SpecError(UserError):
    """A benchmark, scenario or lexicon file is malformed or invalid.

    Renders as ``file:line: field: what is wrong`` so editors can jump to it.
    """

    def __init__(
        self,
        path: Path | str | None,
        message: str,
        *,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path) if self.path is not None else "<input>"
        if self.line is not None:
            where += f":{self.line}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {' '.join(what.split())}"  # one line, whatever the parser said


class RunDirError(UserError):
    """A results folder cannot be read as a supportbench run."""


class CompareError(UserError):
    """Runs that cannot be compared as asked: an unknown run id, no earlier run."""


class NotifyError(UserError):
    """A notification URL that is malformed, unset or refused."""


class ExecutorError(UserError):
    """The executor asked for cannot run the jobs (named in the message)."""


class BrowserUnavailable(SupportbenchError):
    """No usable Chromium: not installed, or it failed to start."""

    exit_code = 3


class Interrupted(SupportbenchError):
    """The user stopped the run. What finished is saved and can be resumed."""

    exit_code = 130

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        super().__init__(
            f"interrupted; finished site-runs are saved in {run_dir}. "
            f"Resume with: supportbench run --resume {run_dir}"
        )


class SiteError(SupportbenchError):
    """One site could not be benchmarked. The run records the reason and carries on."""

    kind = "error"

    def __init__(self, site: str, reason: str) -> None:
        self.site = site
        self.reason = reason
        super().__init__(f"{site}: {reason}")


class SiteUnreachable(SiteError):
    kind = "unreachable"


class RobotsDisallowed(SiteError):
    kind = "robots-disallowed"


class PageCrashed(SiteError):
    kind = "crashed"
