"""Running a tester session: the plan of tasks, one window per task, a record per task.

Sites come in a random order (seeded, and the seed and order recorded) to balance learning
effects; within a site the scenarios keep the benchmark's order. The session file is written
after every task.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmark.agent.chat_vendors import VendorFile, probe_payload
from benchmark.browser import BrowserSession, TaskConfig, TaskOutcome, TaskWindow
from benchmark.errors import UserError
from benchmark.sessions.model import (
    ArticleRating,
    Click,
    Session,
    TaskRecord,
    new_session_id,
    save_session,
    sessions_dir,
)
from benchmark.sessions.verify import verify
from benchmark.spec.lexicon import Lexicon
from benchmark.spec.models import LoadedBenchmark, Scenario, Site

Actor = Callable[[TaskWindow, "PlannedTask"], Awaitable[None]]


@dataclass(frozen=True)
class PlannedTask:
    order: int
    site: Site
    scenario: Scenario
    device: str

    @property
    def task_id(self) -> str:
        return f"{self.site.slug}--{self.scenario.id}--{self.device}"


def plan(
    loaded: LoadedBenchmark, sites: list[str], scenarios: list[str], device: str, seed: int
) -> list[PlannedTask]:
    chosen_sites = [s for s in loaded.spec.sites if not sites or s.name in sites or s.slug in sites]
    if not chosen_sites:
        raise UserError(
            f"no site called {', '.join(sites)}; the benchmark has "
            f"{', '.join(s.name for s in loaded.spec.sites)}"
        )
    chosen = [s for s in loaded.scenarios if not scenarios or s.id in scenarios]
    unknown = set(scenarios) - {s.id for s in loaded.scenarios}
    if unknown:
        raise UserError(
            f"unknown scenario {', '.join(sorted(unknown))}; the benchmark has "
            f"{', '.join(s.id for s in loaded.scenarios)}"
        )
    random.Random(seed).shuffle(chosen_sites)
    tasks = [(site, scenario) for site in chosen_sites for scenario in chosen]
    return [PlannedTask(i, site, scenario, device) for i, (site, scenario) in enumerate(tasks)]


def _backtracks(pages: list[str]) -> int:
    return sum(1 for i, url in enumerate(pages) if url in pages[: max(0, i - 1)])


def to_record(
    task: PlannedTask,
    outcome: TaskOutcome,
    trace: str | None,
    lexicon: Lexicon,
    vendors: VendorFile,
) -> TaskRecord:
    claimed = outcome.status == "success"
    criteria, agrees = (
        verify(task.scenario, lexicon, outcome.view, outcome.chat, vendors, outcome.answer)
        if claimed
        else (None, None)
    )
    verified = (
        None
        if not claimed
        else (None if criteria is None else bool(criteria) and agrees is not False)
    )
    if outcome.status == "gave_up":
        verified = False
    clicks = [Click(label=label, url=url, at_s=at) for label, url, at in outcome.clicks]
    pages = outcome.pages
    on_path = None
    if clicks:
        on_path = bool(verified or (verified is None and claimed)) and pages[0] not in pages[1:]
    rubric = (
        ArticleRating(**{k: int(v) for k, v in outcome.rubric.items()}) if outcome.rubric else None
    )
    return TaskRecord(
        task_id=task.task_id,
        site=task.site.name,
        site_slug=task.site.slug,
        scenario_id=task.scenario.id,
        device=task.device,
        order=task.order,
        started_at=_iso(outcome.started),
        ended_at=_iso(outcome.ended),
        status=outcome.status,
        claimed_success=claimed,
        criteria_met=criteria,
        answer_matches=agrees,
        verified=verified,
        answer=outcome.answer,
        answer_page=outcome.answer_page,
        time_s=round(max(0.0, outcome.ended - outcome.started), 2),
        clicks=len(clicks),
        first_click=clicks[0] if clicks else None,
        first_click_on_path=on_path,
        pages=pages,
        backtracks=_backtracks(pages),
        seq=outcome.seq,
        comment=outcome.comment,
        rubric=rubric,
        trace=trace,
    )


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class SessionOptions:
    tester: str
    results_dir: Path
    device: str = "desktop"
    sites: tuple[str, ...] = ()
    scenarios: tuple[str, ...] = ()
    seed: int | None = None
    headless: bool = False
    browser_path: str | None = None
    traces: bool = True
    time_limit_s: float = 1800


async def record_session(
    loaded: LoadedBenchmark,
    spec_hash: str,
    lexicon: Lexicon,
    vendors: VendorFile,
    options: SessionOptions,
    resolve: Callable[[str], str],
    actor: Actor | None = None,
) -> Session:
    now = datetime.now(UTC)
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(10**9)
    tasks = plan(loaded, list(options.sites), list(options.scenarios), options.device, seed)
    session = Session(
        session_id=new_session_id(options.tester, now),
        tester=options.tester,
        benchmark=loaded.spec.name,
        spec_hash=spec_hash,
        created_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        device=options.device,
        seed=seed,
        site_order=list(dict.fromkeys(t.site.name for t in tasks)),
    )
    save_session(options.results_dir, session)
    traces = sessions_dir(options.results_dir) / session.session_id
    payload = probe_payload(vendors)
    async with BrowserSession(options.browser_path, headless=options.headless) as browser:
        for task in tasks:
            trace = traces / f"{task.order:02d}-{task.task_id}.zip" if options.traces else None
            window = TaskWindow(
                browser,
                TaskConfig(
                    task=task.scenario.task,
                    start_url=resolve(task.site.start_url),
                    device=task.device,
                    rubric=task.scenario.kind == "page",
                    trace_path=trace,
                    vendors=payload,
                    time_limit_s=options.time_limit_s,
                ),
            )
            await window.open()
            run_actor = (lambda w, t=task: actor(w, t)) if actor is not None else None
            outcome = await window.run(run_actor)
            relative = str(trace.relative_to(sessions_dir(options.results_dir))) if trace else None
            session.tasks.append(to_record(task, outcome, relative, lexicon, vendors))
            save_session(options.results_dir, session)
    return session
