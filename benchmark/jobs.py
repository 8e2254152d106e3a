"""One site × device job: what any executor needs to run it, and what it sends back.

A job runs every scenario of one site on one device in its own browser context and returns
its results as data (measured site-run, page views, screenshots as bytes, tracebacks); it writes
nothing into the run folder, so it may run here, in another process or on another machine
(`executors`). Only harness failures (crash, internal error, every task past its deadline, lost
worker) are worth running again; a site that is down or a failed task is a result, never retried.
"""

from __future__ import annotations

import asyncio
import os
import platform
import shutil
import socket
import tempfile
import traceback
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from benchmark import __version__
from benchmark.agent import ShopperSettings, SiteMemory, first_visit, run_scenario
from benchmark.agent.chat_vendors import VendorFile
from benchmark.artifacts import PageLog
from benchmark.browser import BrowserSession, PageDriver, SiteContext, SiteSettings
from benchmark.errors import SiteError, SiteUnreachable
from benchmark.measure.site import measure_site_run
from benchmark.plan import blocked_hosts, help_desk_hosts
from benchmark.spec.fingerprint import agent_version
from benchmark.spec.lexicon import Lexicon
from benchmark.spec.models import LoadedBenchmark, Scenario, Site
from benchmark.store.record import ScenarioResult, SiteRun, now_iso
from benchmark.store.rundir import SCREENSHOTS_DIR

BACKSTOP_S = 30.0
# kinds of failure that say nothing about the site: run the job again (bounded)
RETRY_KINDS = frozenset({"crashed", "internal", "lost-worker", "timeout"})


def identity() -> str:
    """What a worker must match to take part in a run: the release and the fingerprint of
    the measurement code and data (two workers with the same identity measure alike)."""
    return f"{__version__}+{agent_version()}"


@dataclass(frozen=True)
class Job:
    index: int  # the site's place in the benchmark (0 = your store)
    site: Site
    device: str
    start_url: str  # demo:// already resolved to where the stores are served
    attempt: int = 1

    @property
    def key(self) -> str:
        return f"{self.site.slug}--{self.device}"


@dataclass(frozen=True)
class BrowserOptions:
    """How a worker opens its browser: its own Chromium (found on that machine unless a path
    is given) or a Playwright server's endpoint."""

    path: str | None = None
    endpoint: str | None = None
    headless: bool = True
    rate_per_second: float = 2.0  # per host, for the jobs sharing this browser
    local_network: bool = False
    recycle_after: int = 20  # jobs; a long-lived worker starts a fresh browser after them

    def session(self) -> BrowserSession:
        return BrowserSession(
            self.path,
            headless=self.headless,
            rate_per_second=self.rate_per_second,
            local_network=self.local_network,
            endpoint=self.endpoint,
        )


@dataclass
class JobContext:
    """What every job of a run shares (sent once to each worker)."""

    loaded: LoadedBenchmark
    lexicon: Lexicon
    vendors: VendorFile
    browser: BrowserOptions
    screenshots: bool = True
    identity: str = field(default_factory=identity)


@dataclass
class JobResult:
    key: str
    site_run: SiteRun
    pages: PageLog
    screenshots: dict[str, bytes] = field(default_factory=dict)  # file name → JPEG
    errors_log: str = ""  # tracebacks of internal errors, for the run's errors.log

    @property
    def retryable(self) -> bool:
        return self.site_run.status == "failed" and self.site_run.error_kind in RETRY_KINDS


def lost(job: Job, reason: str) -> JobResult:
    """The result of a job whose worker went away (or refused it) before it answered."""
    site_run = new_site_run(job)
    site_run.status, site_run.error, site_run.error_kind = "failed", reason, "lost-worker"
    site_run.finished_at = now_iso()
    return JobResult(job.key, site_run, PageLog())


def new_site_run(job: Job) -> SiteRun:
    return SiteRun(
        site=job.site.name,
        slug=job.site.slug,
        device=job.device,
        start_url=job.start_url,
        role="yours" if job.index == 0 else "competitor",
        country=job.site.country,
    )


def where(session: BrowserSession, executor: str, worker: str = "") -> dict[str, str]:
    """Where a job ran, for the run record: a run spread over machines says which did what."""
    return {
        "executor": executor,
        "worker": worker,
        "host": f"{socket.gethostname()} (pid {os.getpid()}, Python {platform.python_version()})",
        "supportbench": identity(),
        "chromium": session.version,
        "playwright": driver_version(),
    }


def driver_version() -> str:
    return metadata.version("playwright")


class SiteJob:
    """Runs one job in an open browser session."""

    def __init__(self, ctx: JobContext, job: Job, session: BrowserSession) -> None:
        self.ctx = ctx
        self.job = job
        self.session = session
        self.memory = SiteMemory()  # shared by the tasks of this site × device
        self.screenshot_dir = Path(tempfile.mkdtemp(prefix="supportbench-shots-"))
        self.errors_log = ""
        self.timeouts = 0

    async def run(self, on_scenario=lambda key: None) -> JobResult:  # type: ignore[no-untyped-def]
        self.on_scenario = on_scenario
        site_run = new_site_run(self.job)
        pages = PageLog()
        context: SiteContext | None = None
        try:
            context = await self.session.open_site(self._settings())
            await self._scenarios(context, site_run, pages)
        except SiteError as exc:
            site_run.status, site_run.error, site_run.error_kind = "failed", exc.reason, exc.kind
        except Exception as exc:  # one site's bug must not sink the run
            self._log_bug(site_run, exc)
        finally:
            if context is not None:
                site_run.guard = {
                    "requests": context.guard.requests,
                    "page_requests": context.guard.documents,
                    "throttled_s": round(context.guard.throttled_s, 2),
                    "popups_closed": context.guard.popups_closed,
                    "third_party_blocked": context.guard.third_party_blocked,
                    "blocked": context.guard.blocked[:20],
                }
                await context.close()
            site_run.finished_at = now_iso()
        return JobResult(self.job.key, site_run, pages, self._shots(), self.errors_log)

    def _settings(self) -> SiteSettings:
        spec = self.ctx.loaded.spec
        site = self.job.site
        return SiteSettings(
            name=site.name,
            start_url=self.job.start_url,
            device=self.job.device,
            allowed_hosts=site.allowed_hosts,
            # only your own store may go without robots.txt (spec.py refuses it for others)
            robots_txt=spec.politeness.robots_txt or self.job.index > 0,
            ignore_robots=site.ignore_robots,
            product=spec.politeness.user_agent,
            contact=spec.politeness.contact,
            navigation_timeout_s=spec.timeouts.navigation_s,
            block_hosts=blocked_hosts(spec.politeness.block, spec.politeness.block_hosts),
            help_desk_hosts=help_desk_hosts(),
        )

    def _shots(self) -> dict[str, bytes]:
        shots = {p.name: p.read_bytes() for p in sorted(self.screenshot_dir.glob("*"))}
        shutil.rmtree(self.screenshot_dir, ignore_errors=True)
        return shots

    async def _scenarios(self, context: SiteContext, site_run: SiteRun, pages: PageLog) -> None:
        await context.check_robots(site_run.start_url)
        # One tab per site × device: every task starts by opening the start page in it, so no
        # task inherits another's page; reusing the tab spares a renderer start per task.
        driver = await PageDriver.open(context)
        try:
            await self._visit_and_tasks(context, driver, site_run, pages)
        finally:
            await driver.close()
            # keep what the browser saw and measure it (the same function `supportbench
            # report` runs again on a saved run)
            measure_site_run(
                site_run,
                pages.pages,
                {s.id: s for s in self.ctx.loaded.scenarios},
                self.ctx.lexicon,
            )

    async def _visit_and_tasks(
        self, context: SiteContext, driver: PageDriver, site_run: SiteRun, pages: PageLog
    ) -> None:
        lexicon = self.ctx.lexicon.for_site(site_run.country)
        visit = await first_visit(
            driver,
            site_run.start_url,
            lexicon,
            context.consent.log.summary,
            context.hosts.allows,
            pages,
        )
        if not visit.outcome.ok:
            raise SiteUnreachable(site_run.site, visit.outcome.error or "start page failed to load")
        context.consent.narrow()
        site_run.language = visit.language
        site_run.interruptions = visit.interruptions
        site_run.page_roles = visit.page_roles
        for scenario in self.ctx.loaded.scenarios:
            if not driver.usable:
                await driver.close()
                driver = await PageDriver.open(context)
            result = await self._scenario(context, driver, site_run, scenario, pages)
            site_run.results.append(result)
            self.on_scenario(site_run.key)
        if any(r.verdict == "error" for r in site_run.results):
            errors = [r for r in site_run.results if r.verdict == "error"]
            site_run.status = "failed" if len(errors) == len(site_run.results) else "partial"
            site_run.error = errors[0].reason
            if site_run.status == "failed" and self.timeouts == len(errors):
                site_run.error_kind = "timeout"

    async def _scenario(
        self,
        context: SiteContext,
        driver: PageDriver,
        site_run: SiteRun,
        scenario: Scenario,
        pages: PageLog,
    ) -> ScenarioResult:
        spec = self.ctx.loaded.spec
        name = f"{site_run.key}--{scenario.id}.jpg"
        settings = ShopperSettings(
            lexicon=self.ctx.lexicon.for_site(site_run.country),
            allows=context.hosts.allows,
            mobile=context.is_mobile,
            vendors=self.ctx.vendors,
            deadline_s=spec.timeouts.scenario_s,
            chat_wait_s=spec.timeouts.chat_wait_s,
            screenshot=self.screenshot_dir / name if self.ctx.screenshots else None,
            screenshot_rel=f"{SCREENSHOTS_DIR}/{name}",
            accessibility=spec.accessibility,
            pages=pages,
            visited=site_run.visited,
            a11y=site_run.accessibility,
            memory=self.memory,
        )
        await driver.reset_pointer()
        try:
            return await asyncio.wait_for(
                run_scenario(driver, scenario, site_run.start_url, settings),
                timeout=spec.timeouts.scenario_s + BACKSTOP_S,
            )
        except TimeoutError:
            self.timeouts += 1
            await driver.close()  # its page is in an unknown state: the next task gets a new one
            return ScenarioResult(
                scenario_id=scenario.id,
                verdict="error",
                reason=f"did not finish within {spec.timeouts.scenario_s:g} s",
            )

    def _log_bug(self, site_run: SiteRun, exc: Exception) -> None:
        site_run.status = "failed"
        site_run.error = f"internal error ({type(exc).__name__}: {exc}); see errors.log"
        site_run.error_kind = "internal"
        self.errors_log += f"--- {site_run.key}\n{traceback.format_exc()}\n"
