"""The history database's schema, as numbered migrations: each a list of statements run in
one transaction and recorded in the ``migrations`` table (see `History._migrate`)."""

from __future__ import annotations

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
    # what a comparison needs: each cell's definition, path and evidence, and the site items
    # (facts, channels, audits); runs recorded before have none and are not comparable
    [
        "ALTER TABLE results ADD COLUMN definition TEXT",
        "ALTER TABLE results ADD COLUMN steps TEXT",
        "ALTER TABLE results ADD COLUMN screenshot TEXT",
        "ALTER TABLE results ADD COLUMN reason TEXT",
        "ALTER TABLE results ADD COLUMN error TEXT",
        """
        CREATE TABLE site_items (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
        site TEXT NOT NULL,
        slug TEXT NOT NULL,
        role TEXT NOT NULL,
        device TEXT NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        value TEXT,
        number REAL,
        better TEXT,
        definition TEXT
        )
        """,
        "CREATE INDEX site_items_by_run ON site_items(run_id)",
        """
        CREATE TABLE alerts (
        benchmark TEXT NOT NULL,
        cell TEXT NOT NULL,
        state TEXT NOT NULL,
        consecutive INTEGER NOT NULL,
        notified INTEGER NOT NULL,
        reference_run TEXT,
        updated_run TEXT,
        detail TEXT,
        PRIMARY KEY (benchmark, cell)
        )
        """,
    ],
]

CELL_COLUMNS = (
    "site", "slug", "role", "device", "scenario", "definition", "verdict", "clicks",
    "page_loads", "estimated_time_s", "steps", "final_url", "screenshot", "reason", "score",
    "error",
)  # fmt: skip
ITEM_COLUMNS = (
    "site", "slug", "role", "device", "kind", "name", "value", "number", "better", "definition",
)  # fmt: skip
