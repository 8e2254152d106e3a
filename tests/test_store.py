import json

import pytest

from benchmark.errors import RunDirError
from benchmark.store import (
    MIGRATIONS,
    History,
    new_run_dir,
    read_run,
    save_run,
    save_site_run,
)

from .factories import run


def test_run_round_trip_and_site_runs_merged(tmp_path):
    r = run()
    run_dir = new_run_dir(tmp_path, r.name)
    late = r.site_runs.pop()
    save_run(run_dir, r)
    save_site_run(run_dir, late)  # finished after the last run.json write
    (run_dir / "site-runs" / "broken--desktop.json").write_text('{"site": ')
    back = read_run(run_dir)
    assert [sr.slug for sr in back.site_runs] == ["mine", "theirs"]
    assert back.site_runs[0].results[0].facts["return_window_days"].value == 30
    assert not list(run_dir.glob(".*.tmp"))


def test_old_or_foreign_files_are_refused(tmp_path):
    with pytest.raises(RunDirError, match="no such folder"):
        read_run(tmp_path / "nope")
    with pytest.raises(RunDirError, match="not a supportbench run"):
        read_run(tmp_path)
    (tmp_path / "run.json").write_text(json.dumps({"api_version": 0}))
    with pytest.raises(RunDirError, match="format version 0"):
        read_run(tmp_path)
    (tmp_path / "run.json").write_text("{not json")
    with pytest.raises(RunDirError, match="unreadable"):
        read_run(tmp_path)


def test_history_migrates_once_and_replaces_a_rerecorded_run(tmp_path):
    db_path = tmp_path / "history.sqlite"
    r = run()
    history = History(db_path)
    history.record(r, tmp_path, {("mine", "desktop", "returns-policy"): 0.8})
    history.record(r, tmp_path, {})
    assert [row["run_id"] for row in history.runs()] == [r.run_id]
    assert history.db.execute("SELECT count(*) FROM results").fetchone()[0] == 2
    assert history.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    history.close()
    again = History(db_path)
    assert again.db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    again.close()
