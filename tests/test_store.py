import json
import os
import stat
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmark.compare.snapshot import history_rows
from benchmark.errors import RunDirError
from benchmark.score.scorecard import analyse
from benchmark.store.history import MIGRATIONS, History
from benchmark.store.rundir import new_run_dir, read_run, save_run, save_site_run

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
    # the broken file is named, with why, not silently dropped
    assert len(back.problems) == 1 and "broken--desktop.json" in back.problems[0]
    assert "not whole JSON" in back.problems[0]
    assert "problems" not in back.model_dump_json()
    assert back.site_runs[0].results[0].facts["return_window_days"].value == 30
    assert not list(run_dir.glob(".*.tmp"))


def test_old_or_foreign_files_are_refused(tmp_path):
    with pytest.raises(RunDirError, match="no such folder"):
        read_run(tmp_path / "nope")
    with pytest.raises(RunDirError, match="not a supportbench run"):
        read_run(tmp_path)
    (tmp_path / "run.json").write_text(json.dumps({"api_version": 1, "run_id": "x"}))
    with pytest.raises(RunDirError, match="older format"):
        read_run(tmp_path)
    (tmp_path / "run.json").write_text(json.dumps({"api_version": 99}))
    with pytest.raises(RunDirError, match="format version 99"):
        read_run(tmp_path)
    (tmp_path / "run.json").write_text("{not json")
    with pytest.raises(RunDirError, match="unreadable"):
        read_run(tmp_path)


def test_history_migrates_once_and_replaces_a_rerecorded_run(tmp_path):
    db_path = tmp_path / "history.sqlite"
    r = run()
    history = History(db_path)
    cells, items = history_rows(r, analyse(r))
    history.record(r, tmp_path, cells, items)
    history.record(r, tmp_path, cells, items)
    assert [row["run_id"] for row in history.runs()] == [r.run_id]
    assert history.db.execute("SELECT count(*) FROM results").fetchone()[0] == len(cells) == 2
    back = history.cells(r.run_id)
    assert [c["definition"] for c in back] == [c["definition"] for c in cells]
    assert all(c["definition"] for c in back) and len(history.items(r.run_id)) == len(items)
    assert history.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    history.close()
    again = History(db_path)
    assert again.db.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    again.close()


def test_a_site_run_file_that_cannot_be_read_is_named_in_the_report(tmp_path):
    from benchmark.report import render_html, render_markdown
    from benchmark.score.scorecard import analyse

    r = run()
    run_dir = new_run_dir(tmp_path, r.name)
    save_run(run_dir, r)
    (run_dir / "site-runs" / "gone--mobile.json").write_text('{"site": "x"}')
    back = read_run(run_dir)
    assert "gone--mobile.json" in render_html(analyse(back))
    assert "gone--mobile.json" in render_markdown(analyse(back))


def test_result_files_get_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        run_dir = new_run_dir(tmp_path, "perm")
        save_run(run_dir, run())
    finally:
        os.umask(old)
    assert stat.S_IMODE((run_dir / "run.json").stat().st_mode) == 0o644


def test_runs_started_in_the_same_second_get_their_own_folders(tmp_path):
    with ThreadPoolExecutor(8) as pool:
        made = list(pool.map(lambda _: new_run_dir(tmp_path, "same"), range(8)))
    assert len({p.name for p in made}) == 8
    assert all((p / "site-runs").is_dir() for p in made)


def test_first_runs_at_the_same_time_share_a_new_history(tmp_path):
    """Several runs opening a history that does not exist yet, at the same moment: each
    migration is applied once, nobody crashes with "table runs already exists"."""
    db = tmp_path / "history.sqlite"
    ready = threading.Barrier(12)

    def open_history(_: int) -> int:
        ready.wait()
        history = History(db)
        try:
            return history.db.execute("SELECT count(*) FROM migrations").fetchone()[0]
        finally:
            history.close()

    for _attempt in range(3):
        db.unlink(missing_ok=True)
        with ThreadPoolExecutor(12) as pool:
            assert list(pool.map(open_history, range(12))) == [len(MIGRATIONS)] * 12
