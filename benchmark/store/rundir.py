"""The run folder: ``results/<run-id>/run.json``, ``site-runs/`` and ``screenshots/``.

Files are written atomically (temporary file, then rename), so a crash never leaves half a
``run.json``. Every finished site-run is also written on its own under ``site-runs/`` the
moment it finishes, so nothing finished is lost if the process dies. The history database
is `benchmark.store.history`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from benchmark.errors import RunDirError
from benchmark.store.record import API_VERSION, Run, SiteRun

RUN_FILE = "run.json"
SITE_RUNS_DIR = "site-runs"
SCREENSHOTS_DIR = "screenshots"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "run"


def new_run_dir(results_dir: Path, name: str) -> Path:
    """A new, empty run folder. Claimed with an atomic mkdir, so runs started in the same
    second (by other processes too) each get their own: ``…-demo``, ``…-demo-2``…"""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    base = results_dir / f"{stamp}-{slug(name)[:40]}"
    results_dir.mkdir(parents=True, exist_ok=True)
    n = 1
    while True:
        candidate = base if n == 1 else Path(f"{base}-{n}")
        try:
            candidate.mkdir()
        except FileExistsError:
            n += 1
            continue
        (candidate / SITE_RUNS_DIR).mkdir()
        (candidate / SCREENSHOTS_DIR).mkdir()
        return candidate


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for a moment)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write a text file whole or not at all (see `write_atomic_bytes`)."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    """Write a file whole or not at all, with the permissions any new file gets (the
    temporary file's private 0600 would make a shared scorecard unreadable to others)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_run(run_dir: Path, run: Run) -> None:
    write_atomic(run_dir / RUN_FILE, run.model_dump_json(indent=2))


def save_site_run(run_dir: Path, site_run: SiteRun) -> None:
    path = run_dir / SITE_RUNS_DIR / f"{site_run.key}.json"
    write_atomic(path, site_run.model_dump_json(indent=2))


def read_run(run_dir: Path) -> Run:
    """Read a run folder; site-runs saved after the last ``run.json`` write are merged in."""
    path = run_dir / RUN_FILE
    if not run_dir.is_dir():
        raise RunDirError(f"{run_dir}: no such folder")
    if not path.exists():
        raise RunDirError(f"{run_dir}: not a supportbench run (no {RUN_FILE})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RunDirError(f"{path}: unreadable ({exc})") from None
    version = data.get("api_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version < API_VERSION:
        raise RunDirError(
            f"{path}: a run in an older format (version {version}, without the page artifacts "
            f"this supportbench measures from; it reads version {API_VERSION}): re-run the "
            "benchmark, or report it with the supportbench that made it"
        )
    if version != API_VERSION:
        raise RunDirError(
            f"{path}: run format version {version!r}; this supportbench reads version "
            f"{API_VERSION} (use the supportbench that wrote it)"
        )
    try:
        run = Run.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RunDirError(f"{path}: invalid run file at {where}: {first['msg']}") from None
    found, problems = read_site_runs(run_dir)
    for site_run in found:
        if run.site_run(site_run.slug, site_run.device) is None:
            run.site_runs.append(site_run)
    run.problems = problems
    return run


def read_site_runs(run_dir: Path) -> tuple[list[SiteRun], list[str]]:
    """The saved site-runs, and one line for each file that could not be read (a file cut
    short by a crash, edited by hand…): its site × device is missing from the report and
    is done again by ``run --resume``."""
    found, problems = [], []
    for path in sorted((run_dir / SITE_RUNS_DIR).glob("*.json")):
        try:
            found.append(SiteRun.model_validate_json(path.read_text(encoding="utf-8")))
        except OSError as exc:
            problems.append(f"{path}: cannot be read ({exc.strerror}); left out")
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            why = first["msg"] if first["type"] != "json_invalid" else "not whole JSON"
            problems.append(f"{path}: cannot be read ({why}); left out")
    return found, problems
