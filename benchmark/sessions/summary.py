"""Human results per cell (site × scenario × device) and how far the robot agrees with them.

Abandoned tasks (window closed) count as failures in the completion rate, as a tester who
stops without an answer did not complete the task. Times are those of successful tasks.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from benchmark.sessions.model import ContactLog, Session, TaskRecord
from benchmark.sessions.stats import (
    Interval,
    adjusted_wald,
    geometric_mean_interval,
    seq_interval,
    share,
    spearman,
)
from benchmark.store.record import Run

Key = tuple[str, str, str]  # site slug, scenario id, device


@dataclass(frozen=True)
class HumanCell:
    key: Key
    n: int
    completion: Interval
    claimed: float
    abandoned: int
    time: Interval | None
    median_time: float | None
    clicks: float
    seq: Interval | None
    seq_verdict: str | None
    first_click_success: float | None
    directness: float | None
    rubric: dict[str, float]


def human_cells(sessions: list[Session]) -> dict[Key, HumanCell]:
    grouped: dict[Key, list[TaskRecord]] = {}
    for session in sessions:
        for task in session.tasks:
            grouped.setdefault(task.key, []).append(task)
    return {key: _cell(key, tasks) for key, tasks in grouped.items()}


def _cell(key: Key, tasks: list[TaskRecord]) -> HumanCell:
    wins = [t for t in tasks if t.succeeded]
    times = [t.time_s for t in wins if t.time_s > 0]
    ratings = [t.seq for t in tasks if t.seq is not None]
    seq = seq_interval(ratings) if ratings else None
    rubric: dict[str, float] = {}
    rated = [t.rubric for t in tasks if t.rubric is not None]
    for name in ("clarity", "completeness", "trust"):
        if rated:
            rubric[name] = round(statistics.fmean(getattr(r, name) for r in rated), 2)
    return HumanCell(
        key=key,
        n=len(tasks),
        completion=adjusted_wald(len(wins), len(tasks)),
        claimed=sum(t.claimed_success for t in tasks) / len(tasks),
        abandoned=sum(t.status == "abandoned" for t in tasks),
        time=geometric_mean_interval(times) if times else None,
        median_time=statistics.median(times) if times else None,
        clicks=round(statistics.fmean(t.clicks for t in tasks), 2),
        seq=seq[0] if seq else None,
        seq_verdict=seq[1] if seq else None,
        first_click_success=share(
            [bool(t.first_click_on_path) for t in tasks if t.first_click is not None]
        ),
        directness=share([t.backtracks == 0 for t in wins]),
        rubric=rubric,
    )


@dataclass(frozen=True)
class Agreement:
    """How far the robot can be trusted: its estimated time against the testers' measured
    time (rank correlation over cells both completed), and the share of cells where robot
    and humans agree on success (humans: completion ≥ 50%)."""

    time_rho: float | None
    time_pairs: int
    success_agreement: float | None
    success_pairs: int


def agreement(run: Run, cells: dict[Key, HumanCell]) -> Agreement:
    robot_times, human_times, agree = [], [], []
    for site_run in run.site_runs:
        for result in site_run.results:
            cell = cells.get((site_run.slug, result.scenario_id, site_run.device))
            if cell is None or result.verdict == "error":
                continue
            agree.append(result.found == (cell.completion.estimate >= 0.5))
            if result.found and cell.time is not None:
                robot_times.append(result.estimated_time_s)
                human_times.append(cell.time.estimate)
    return Agreement(spearman(robot_times, human_times), len(robot_times), share(agree), len(agree))


@dataclass(frozen=True)
class ContactStat:
    store: str
    channel: str
    sent: int
    answered: int
    median_hours: float | None
    geomean_hours: Interval | None


def contact_stats(log: ContactLog) -> list[ContactStat]:
    grouped: dict[tuple[str, str], list[float | None]] = {}
    for entry in log.entries:
        grouped.setdefault((entry.store, entry.channel), []).append(entry.first_response_hours)
    stats = []
    for (store, channel), hours in sorted(grouped.items()):
        answered = [h for h in hours if h is not None and h > 0]
        stats.append(
            ContactStat(
                store=store,
                channel=channel,
                sent=len(hours),
                answered=len(answered),
                median_hours=round(statistics.median(answered), 2) if answered else None,
                geomean_hours=geometric_mean_interval(answered) if answered else None,
            )
        )
    return stats
