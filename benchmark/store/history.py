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

from benchmark.store.migrations import CELL_COLUMNS, ITEM_COLUMNS, MIGRATIONS
from benchmark.store.record import Run

if TYPE_CHECKING:
    from benchmark.sessions.model import ContactLogEntry, Session

HISTORY_FILE = "history.sqlite"

__all__ = ["CELL_COLUMNS", "HISTORY_FILE", "ITEM_COLUMNS", "MIGRATIONS", "History"]


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
        self,
        run: Run,
        run_dir: Path,
        cells: list[dict[str, object]],
        items: list[dict[str, object]] | None = None,
    ) -> None:
        """Store (or replace) one run: its site-runs, one row per cell (see CELL_COLUMNS)
        and the site items (ITEM_COLUMNS)."""
        db = self.db
        by_site_run = {}
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
                by_site_run[(sr.slug, sr.device)] = cursor.lastrowid
            for cell in cells:
                db.execute(
                    "INSERT INTO results (site_run_id, scenario_id, verdict, clicks, "
                    "page_loads, backtracks, searches, estimated_time_s, measured_time_s, "
                    "final_url, score, definition, steps, screenshot, reason, error) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        by_site_run[(cell["slug"], cell["device"])],
                        cell["scenario"],
                        cell["verdict"],
                        cell["clicks"],
                        cell["page_loads"],
                        cell.get("backtracks", 0),
                        cell.get("searches", 0),
                        cell["estimated_time_s"],
                        cell.get("measured_time_s", 0.0),
                        cell["final_url"],
                        cell["score"],
                        cell["definition"],
                        cell["steps"],
                        cell["screenshot"],
                        cell["reason"],
                        cell["error"],
                    ),
                )
            for item in items or []:
                db.execute(
                    f"INSERT INTO site_items (run_id, {', '.join(ITEM_COLUMNS)}) "
                    f"VALUES (?{', ?' * len(ITEM_COLUMNS)})",
                    (run.run_id, *(item[c] for c in ITEM_COLUMNS)),
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

    def _rows(self, sql: str, args: tuple[object, ...] = ()) -> list[dict[str, object]]:
        cursor = self.db.execute(sql, args)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def runs(self) -> list[dict[str, object]]:
        return self._rows("SELECT * FROM runs ORDER BY created_at, run_id")

    def cells(self, run_id: str) -> list[dict[str, object]]:
        """One row per cell of a run (CELL_COLUMNS); `definition` is None for runs recorded
        before definitions were kept."""
        return self._rows(
            "SELECT s.site, s.slug, s.role, s.device, r.scenario_id AS scenario, r.definition, "
            "r.verdict, r.clicks, r.page_loads, r.estimated_time_s, r.steps, r.final_url, "
            "r.screenshot, r.reason, r.score, COALESCE(r.error, s.error) AS error "
            "FROM results r JOIN site_runs s ON s.id = r.site_run_id WHERE s.run_id = ? "
            "ORDER BY s.id, r.id",
            (run_id,),
        )

    def items(self, run_id: str) -> list[dict[str, object]]:
        return self._rows(
            f"SELECT {', '.join(ITEM_COLUMNS)} FROM site_items WHERE run_id = ? ORDER BY id",
            (run_id,),
        )

    def site_runs(self, run_id: str) -> list[dict[str, object]]:
        return self._rows("SELECT * FROM site_runs WHERE run_id = ? ORDER BY id", (run_id,))

    def alert_states(self, benchmark: str) -> dict[str, dict[str, object]]:
        rows = self._rows("SELECT * FROM alerts WHERE benchmark = ?", (benchmark,))
        return {str(r["cell"]): r for r in rows}

    def save_alert_states(self, benchmark: str, states: list[dict[str, object]]) -> None:
        with self._transaction():
            for s in states:
                self.db.execute(
                    "INSERT OR REPLACE INTO alerts VALUES (?,?,?,?,?,?,?,?)",
                    (
                        benchmark,
                        s["cell"],
                        s["state"],
                        s["consecutive"],
                        int(bool(s["notified"])),
                        s.get("reference_run"),
                        s.get("updated_run"),
                        s.get("detail"),
                    ),
                )

    def close(self) -> None:
        self.db.close()
