"""Run a benchmark: every site × device in its own browser context, sites in parallel up to
the concurrency limit, scenarios of one site × device one after the other.

Each site × device first gets a warm-up visit (robots.txt, consent banner, pop-ups), then each
scenario starts by opening the start page anew in the context's one tab, as the same
first-time visitor who has already dismissed the banner. A site that fails (unreachable,
robots.txt says no, crashes) is recorded with its reason and the others carry on. Every
finished site-run is saved at once.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmark.agent import ShopperSettings, first_visit, run_scenario
from benchmark.agent.chat_vendors import VendorFile
from benchmark.artifacts import PageLog, save_pages
from benchmark.browser import BrowserSession, PageDriver, SiteContext, SiteSettings
from benchmark.errors import SiteError, SiteUnreachable
from benchmark.measure.site import measure_site_run
from benchmark.plan import blocked_hosts, default_concurrency, help_desk_hosts
from benchmark.politeness import on_local_network
from benchmark.spec.lexicon import Lexicon
from benchmark.spec.models import LoadedBenchmark, Scenario, Site
from benchmark.store.record import (
    Run,
    ScenarioResult,
    SiteRun,
    now_iso,
)
from benchmark.store.rundir import SCREENSHOTS_DIR, save_run, save_site_run

log = logging.getLogger("supportbench")
BACKSTOP_S = 30.0


@dataclass
class RunOptions:
    run_dir: Path
    browser_path: str | None = None
    browser_endpoint: str | None = None  # a Playwright server's ws:// URL, instead of launching
    concurrency: int | None = None
    headless: bool = True
    screenshots: bool = True
    resolve_url: Callable[[str], str] = field(default=lambda url: url)
    on_progress: Callable[[str, int], None] = field(default=lambda key, n: None)


class Runner:
    def __init__(
        self,
        loaded: LoadedBenchmark,
        run: Run,
        lexicon: Lexicon,
        vendors: VendorFile,
        options: RunOptions,
    ) -> None:
        self.loaded = loaded
        self.run = run
        self.lexicon = lexicon
        self._cookie_answers: dict[str, set[str]] = {}  # per site × device, shared by tasks
        self.vendors = vendors
        self.options = options
        self._save_lock = asyncio.Lock()
        self._scenarios_by_id = {s.id: s for s in loaded.scenarios}

    async def execute(self) -> Run:
        spec = self.loaded.spec
        limit = self.options.concurrency or spec.concurrency or default_concurrency()
        semaphore = asyncio.Semaphore(limit)
        # Resuming: what completed (or partly) is kept; failed site-runs are done again, since
        # a site that was down or a page that crashed may well work now.
        self.run.site_runs = [sr for sr in self.run.site_runs if sr.status != "failed"]
        done = {(sr.slug, sr.device) for sr in self.run.site_runs}
        jobs = [
            (i, site, device)
            for i, site in enumerate(spec.sites)
            for device in spec.devices
            if (site.slug, device) not in done
        ]
        save_run(self.options.run_dir, self.run)
        async with BrowserSession(
            self.options.browser_path,
            headless=self.options.headless,
            rate_per_second=spec.politeness.max_requests_per_second,
            local_network=all(on_local_network(site.start_url) for site in self.run.sites),
            endpoint=self.options.browser_endpoint,
        ) as session:
            self.run.browser = f"Chromium {session.version} ({session.executable})"

            async def guarded(i: int, site: Site, device: str) -> None:
                async with semaphore:
                    site_run = await self._site_run(session, i, site, device)
                await self._finish(site_run)

            try:
                await asyncio.gather(*(guarded(*job) for job in jobs))
            except asyncio.CancelledError:
                # Ctrl-C: what finished is saved; the run can be resumed.
                self.run.status = "interrupted"
                self.run.site_runs.sort(key=lambda sr: (self._site_order(sr.slug), sr.device))
                save_run(self.options.run_dir, self.run)
                raise
        self.run.site_runs.sort(key=lambda sr: (self._site_order(sr.slug), sr.device))
        statuses = [sr.status for sr in self.run.site_runs]
        if statuses and all(s == "complete" for s in statuses):
            self.run.status = "complete"
        elif any(s != "failed" for s in statuses):
            self.run.status = "partial"
        else:
            self.run.status = "failed"
        self.run.finished_at = now_iso()
        save_run(self.options.run_dir, self.run)
        return self.run

    def _site_order(self, slug: str) -> int:
        return next((i for i, s in enumerate(self.run.sites) if s.slug == slug), 99)

    async def _finish(self, site_run: SiteRun) -> None:
        async with self._save_lock:
            self.run.site_runs.append(site_run)
            save_site_run(self.options.run_dir, site_run)
            save_run(self.options.run_dir, self.run)

    async def _site_run(
        self, session: BrowserSession, index: int, site: Site, device: str
    ) -> SiteRun:
        spec = self.loaded.spec
        start_url = self.options.resolve_url(site.start_url)
        site_run = SiteRun(
            site=site.name,
            slug=site.slug,
            device=device,
            start_url=start_url,
            role="yours" if index == 0 else "competitor",
            country=site.country,
        )
        settings = SiteSettings(
            name=site.name,
            start_url=start_url,
            device=device,
            allowed_hosts=site.allowed_hosts,
            # only your own store may go without robots.txt (spec.py refuses it for others)
            robots_txt=spec.politeness.robots_txt or index > 0,
            ignore_robots=site.ignore_robots,
            product=spec.politeness.user_agent,
            contact=spec.politeness.contact,
            navigation_timeout_s=spec.timeouts.navigation_s,
            block_hosts=blocked_hosts(spec.politeness.block, spec.politeness.block_hosts),
            help_desk_hosts=help_desk_hosts(),
        )
        context: SiteContext | None = None
        try:
            context = await session.open_site(settings)
            await self._scenarios(context, site_run)
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
            self.options.on_progress(site_run.key, 0)
        return site_run

    def _measure(self, site_run: SiteRun, pages: PageLog) -> None:
        """Keep what the browser saw, and measure the site-run from it (the same function
        `supportbench report` runs again on a saved run)."""
        save_pages(self.options.run_dir, site_run.key, pages)
        measure_site_run(site_run, pages.pages, self._scenarios_by_id, self.lexicon)

    async def _scenarios(self, context: SiteContext, site_run: SiteRun) -> None:
        await context.check_robots(site_run.start_url)
        # One tab per site × device: every task starts by opening the start page in it, so no
        # task inherits another's page; reusing the tab spares a renderer start per task.
        driver = await PageDriver.open(context)
        try:
            await self._tasks(context, driver, site_run)
        finally:
            await driver.close()

    async def _tasks(self, context: SiteContext, driver: PageDriver, site_run: SiteRun) -> None:
        pages = PageLog()
        try:
            await self._visit_and_tasks(context, driver, site_run, pages)
        finally:
            self._measure(site_run, pages)

    async def _visit_and_tasks(
        self, context: SiteContext, driver: PageDriver, site_run: SiteRun, pages: PageLog
    ) -> None:
        visit = await first_visit(
            driver,
            site_run.start_url,
            self.lexicon.for_site(site_run.country),
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
        for scenario in self.loaded.scenarios:
            if not driver.usable:
                await driver.close()
                driver = await PageDriver.open(context)
            result = await self._scenario(context, driver, site_run, scenario, pages)
            site_run.results.append(result)
            self.options.on_progress(site_run.key, 1)
        if any(r.verdict == "error" for r in site_run.results):
            errors = [r for r in site_run.results if r.verdict == "error"]
            site_run.status = "failed" if len(errors) == len(site_run.results) else "partial"
            site_run.error = errors[0].reason

    async def _scenario(
        self,
        context: SiteContext,
        driver: PageDriver,
        site_run: SiteRun,
        scenario: Scenario,
        pages: PageLog,
    ) -> ScenarioResult:
        spec = self.loaded.spec
        name = f"{site_run.key}--{scenario.id}.jpg"
        settings = ShopperSettings(
            lexicon=self.lexicon.for_site(site_run.country),
            allows=context.hosts.allows,
            mobile=context.is_mobile,
            vendors=self.vendors,
            deadline_s=spec.timeouts.scenario_s,
            chat_wait_s=spec.timeouts.chat_wait_s,
            screenshot=(self.options.run_dir / SCREENSHOTS_DIR / name)
            if self.options.screenshots
            else None,
            screenshot_rel=f"{SCREENSHOTS_DIR}/{name}",
            accessibility=spec.accessibility,
            pages=pages,
            visited=site_run.visited,
            a11y=site_run.accessibility,
            cookie_answers=self._cookie_answers.setdefault(site_run.key, set()),
        )
        await driver.reset_pointer()
        try:
            return await asyncio.wait_for(
                run_scenario(driver, scenario, site_run.start_url, settings),
                timeout=spec.timeouts.scenario_s + BACKSTOP_S,
            )
        except TimeoutError:
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
        with (self.options.run_dir / "errors.log").open("a", encoding="utf-8") as handle:
            handle.write(f"--- {site_run.key}\n{traceback.format_exc()}\n")
