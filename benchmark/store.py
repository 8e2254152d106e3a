"""Keeping results: ``results/<run-id>/run.json`` and ``results/history.sqlite``.

Files are written atomically (temporary file, then rename), so a crash never leaves half a
``run.json``. Every finished site-run is also written on its own under ``site-runs/`` the
moment it finishes, so nothing finished is lost if the process dies. The history database
uses WAL and one transaction per run; its schema evolves through numbered migrations recorded
in the ``migrations`` table.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from .errors import RunDirError
from .results import API_VERSION, Run, SiteRun

RUN_FILE = "run.json"
SITE_RUNS_DIR = "site-runs"
SCREENSHOTS_DIR = "screenshots"
HISTORY_FILE = "history.sqlite"


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
    """Write a file whole or not at all, with the permissions any new file gets (the
    temporary file's private 0600 would make a shared scorecard unreadable to others)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
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
    if version != API_VERSION:
        raise RunDirError(
            f"{path}: run format version {version!r}; this supportbench reads version "
            f"{API_VERSION} (re-run the benchmark or use the supportbench that wrote it)"
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


# ---------------------------------------------------------------- history database


# Each migration is a list of statements, run in one transaction and recorded in `migrations`.
MIGRATIONS: list[list[str]] = [
    [
        """
        CREATE TABLE runs (
        run_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL,
        spec_hash TEXT NOT NULL,
        agent_version TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        run_dir TEXT NOT NULL,
        benchmark_file TEXT
        )
        """,
        """
        CREATE TABLE site_runs (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
        site TEXT NOT NULL,
        slug TEXT NOT NULL,
        role TEXT NOT NULL,
        device TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        language TEXT
        )
        """,
        """
        CREATE TABLE results (
        id INTEGER PRIMARY KEY,
        site_run_id INTEGER NOT NULL REFERENCES site_runs(id) ON DELETE CASCADE,
        scenario_id TEXT NOT NULL,
        verdict TEXT NOT NULL,
        clicks INTEGER NOT NULL,
        page_loads INTEGER NOT NULL,
        backtracks INTEGER NOT NULL,
        searches INTEGER NOT NULL,
        estimated_time_s REAL NOT NULL,
        measured_time_s REAL NOT NULL,
        final_url TEXT,
        score REAL
        )
        """,
        """
        CREATE INDEX results_by_scenario ON results(scenario_id)
        """,
        """
        CREATE INDEX site_runs_by_site ON site_runs(slug, device)
        """,
    ],
    [
        """
        CREATE TABLE sessions (
        session_id TEXT PRIMARY KEY,
        tester TEXT NOT NULL,
        benchmark TEXT NOT NULL,
        created_at TEXT NOT NULL,
        device TEXT NOT NULL,
        seed INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE session_tasks (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(session_id) ON DELETE CASCADE,
        task_id TEXT NOT NULL,
        site TEXT NOT NULL,
        scenario_id TEXT NOT NULL,
        device TEXT NOT NULL,
        status TEXT NOT NULL,
        verified INTEGER,
        time_s REAL NOT NULL,
        clicks INTEGER NOT NULL,
        backtracks INTEGER NOT NULL,
        seq INTEGER,
        started_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE contact_log (
        id TEXT PRIMARY KEY,
        store TEXT NOT NULL,
        channel TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        answered_at TEXT,
        first_response_hours REAL,
        quality TEXT
        )
        """,
    ],
]


class History:
    """The history database. Open with ``History(path)``; every method is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self._wal()
        self.db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _wal(self) -> None:
        """Switch to WAL. SQLite answers "locked" at once, without waiting, while another
        connection is switching a new database too: try again for a while."""
        deadline = time.monotonic() + 30
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction: all of it lands, or none of it (WAL keeps readers going)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        """Apply the migrations not yet recorded. What is recorded is read inside the write
        transaction that applies them, so two processes opening a new database at once
        cannot both apply the same migration (one waits, then finds it done)."""
        for version, statements in enumerate(MIGRATIONS, start=1):
            with self._transaction():
                self.db.execute(
                    "CREATE TABLE IF NOT EXISTS migrations "
                    "(version INTEGER PRIMARY KEY, applied_at TEXT)"
                )
                done = self.db.execute(
                    "SELECT 1 FROM migrations WHERE version = ?", (version,)
                ).fetchone()
                if done:
                    continue
                for statement in statements:
                    self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO migrations VALUES (?, ?)",
                    (version, datetime.now(UTC).isoformat()),
                )

    def record(
        self, run: Run, run_dir: Path, scores: dict[tuple[str, str, str], float | None]
    ) -> None:
        """Store (or replace) one run. `scores` maps (slug, device, scenario) to a score."""
        db = self.db
        with self._transaction():
            db.execute("DELETE FROM runs WHERE run_id = ?", (run.run_id,))
            db.execute(
                "INSERT INTO runs VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    run.run_id,
                    run.name,
                    run.created_at,
                    run.finished_at,
                    run.status,
                    run.spec_hash,
                    run.agent_version,
                    run.tool_version,
                    str(run_dir),
                    run.benchmark_file,
                ),
            )
            for sr in run.site_runs:
                cursor = db.execute(
                    "INSERT INTO site_runs (run_id, site, slug, role, device, status, error, "
                    "language) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        run.run_id,
                        sr.site,
                        sr.slug,
                        sr.role,
                        sr.device,
                        sr.status,
                        sr.error,
                        sr.language,
                    ),
                )
                for r in sr.results:
                    db.execute(
                        "INSERT INTO results (site_run_id, scenario_id, verdict, clicks, "
                        "page_loads, backtracks, searches, estimated_time_s, measured_time_s, "
                        "final_url, score) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (
                            cursor.lastrowid,
                            r.scenario_id,
                            r.verdict,
                            r.clicks,
                            r.page_loads,
                            r.backtracks,
                            r.searches,
                            r.estimated_time_s,
                            r.measured_time_s,
                            r.evidence.final_url,
                            scores.get((sr.slug, sr.device, r.scenario_id)),
                        ),
                    )

    def record_session(self, session: object) -> None:
        """Store (or replace) a tester session and its tasks."""
        db = self.db
        with self._transaction():
            db.execute("DELETE FROM sessions WHERE session_id = ?", (session.session_id,))
            db.execute(
                "INSERT INTO sessions VALUES (?,?,?,?,?,?)",
                (
                    session.session_id,
                    session.tester,
                    session.benchmark,
                    session.created_at,
                    session.device,
                    session.seed,
                ),
            )
            for t in session.tasks:
                db.execute(
                    "INSERT INTO session_tasks (session_id, task_id, site, scenario_id, device, "
                    "status, verified, time_s, clicks, backtracks, seq, started_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        session.session_id,
                        t.task_id,
                        t.site,
                        t.scenario_id,
                        t.device,
                        t.status,
                        t.verified,
                        t.time_s,
                        t.clicks,
                        t.backtracks,
                        t.seq,
                        t.started_at,
                    ),
                )

    def record_contact(self, entry: object) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO contact_log VALUES (?,?,?,?,?,?,?)",
                (
                    entry.id,
                    entry.store,
                    entry.channel,
                    entry.sent_at.isoformat(),
                    entry.answered_at.isoformat() if entry.answered_at else None,
                    entry.first_response_hours,
                    entry.quality,
                ),
            )

    def runs(self) -> list[dict[str, object]]:
        cursor = self.db.execute("SELECT * FROM runs ORDER BY created_at")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def close(self) -> None:
        self.db.close()
