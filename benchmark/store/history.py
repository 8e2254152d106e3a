"""The history database, ``results/history.sqlite``: every run, tester session and contact-log
entry, for comparisons over time. WAL, one transaction per write; the schema evolves through
numbered migrations recorded in the ``migrations`` table.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from benchmark.store.record import Run

if TYPE_CHECKING:
    from benchmark.sessions.model import ContactLogEntry, Session

HISTORY_FILE = "history.sqlite"


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

    def record_session(self, session: Session) -> None:
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

    def record_contact(self, entry: ContactLogEntry) -> None:
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
