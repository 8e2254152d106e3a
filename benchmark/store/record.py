"""The run record: what every stage after the browser reads and writes (``run.json``).

A run has site-runs (site × device), each with one result per scenario; a result has the steps
the shopper took and the evidence for its verdict. ``API_VERSION`` is bumped on any change that
old readers could not handle; `store.read_run` refuses or upgrades older files.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from benchmark.spec.models import Scenario

API_VERSION = 2  # 2: page artifacts, time-model inputs per step, scenario definitions

Verdict = Literal["found", "found_after_backtracking", "not_found", "not_offered", "error"]
FOUND_VERDICTS = ("found", "found_after_backtracking")
Action = Literal["open", "click", "expand", "back", "search", "close-popup", "open-chat"]


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TimeInputs(_Model):
    """What the time model needs to know about one action (see measure.human_time)."""

    scanned: int = 0
    scroll_px: float = 0.0
    viewport_h: float = 720.0
    distance_px: float = 0.0
    width_px: float = 20.0
    typed_chars: int = 0
    mobile: bool = False


class Step(_Model):
    """One thing the shopper did, on which page view (`page`, a pid of the artifacts)."""

    n: int
    action: Action
    label: str
    region: str | None = None
    url: str
    page_load: bool
    measured_ms: float
    estimated_s: float
    note: str | None = None
    page: str | None = None
    cost: TimeInputs | None = None


class FirstClick(_Model):
    label: str
    url: str | None = None
    # True: the route that answered (or, in a failed task, that reached a page on the topic)
    # went through it; False: the shopper had to come back from it; None: not judged (the
    # task failed and nothing it led to was on the topic)
    on_success_path: bool | None


class ChatEvidence(_Model):
    vendor: str | None = None
    vendor_name: str | None = None
    detected_by: list[str] = Field(default_factory=list)
    launcher_visible_ms: float | None = None
    panel_open_ms: float | None = None
    panel_open: bool = False
    panel_text: str | None = None
    offline: bool | None = None
    # live | offline (leave a message) | bot; not opened: "configured, not shown" (the
    # vendor's code is there, no launcher appeared) or "shown, would not open"
    mode: str | None = None
    generic: bool = False


class FactValue(_Model):
    """A support fact as the page states it, with a comparable number (days, hours, amount)."""

    value: str | int | float | bool
    snippet: str
    url: str
    number: float | None = None
    unit: str | None = None


class ChannelFinding(_Model):
    """A way to reach the store, seen on a page: an email address, a WhatsApp link…"""

    # email | phone | contact_form | live_chat | chatbot | social | messaging | help_centre
    kind: str
    name: str
    evidence: str
    url: str


class LinkInfo(_Model):
    text: str
    href: str
    region: str
    visible: bool
    intents: list[str] = Field(default_factory=list)


class FieldInfo(_Model):
    type: str
    label: str
    placeholder: str = ""


class FormInfo(_Model):
    method: str
    search: bool
    region: str
    fields: list[FieldInfo]
    submit_visible: bool
    contact: bool = False  # has a message field: a form to write to the store


class PageSnapshot(_Model):
    """What the audits need to know about one page, kept in run.json so that the audits can
    be re-run from the saved run without a browser."""

    role: str  # home | category | product | answer
    scenario_id: str | None = None
    url: str
    title: str = ""
    links: list[LinkInfo] = Field(default_factory=list)
    forms: list[FormInfo] = Field(default_factory=list)
    channels: list[ChannelFinding] = Field(default_factory=list)
    accessibility: dict[str, int] | None = None  # axe-core violations by impact


class Evidence(_Model):
    final_url: str | None = None
    heading: str | None = None
    snippet: str | None = None
    screenshot: str | None = None
    chat: ChatEvidence | None = None


class ScenarioResult(_Model):
    scenario_id: str
    verdict: Verdict
    clicks: int = 0
    page_loads: int = 0
    backtracks: int = 0
    searches: int = 0
    first_click: FirstClick | None = None
    steps: list[Step] = Field(default_factory=list)
    measured_time_s: float = 0.0
    estimated_time_s: float = 0.0
    evidence: Evidence = Field(default_factory=Evidence)
    facts: dict[str, FactValue] = Field(default_factory=dict)
    language: str | None = None
    reason: str | None = None
    page: PageSnapshot | None = None  # the answer page
    answer_page: str | None = None  # pid of the view the verdict was reached on

    @property
    def found(self) -> bool:
        return self.verdict in FOUND_VERDICTS


class Interruption(_Model):
    """Something every first-time visitor must deal with before shopping (banner, pop-up)."""

    kind: Literal["consent", "popup", "age_gate"]
    detail: str
    estimated_s: float


class SiteRun(_Model):
    site: str
    slug: str
    role: Literal["yours", "competitor"]
    device: str
    start_url: str
    status: Literal["complete", "partial", "failed"] = "complete"
    error: str | None = None
    error_kind: str | None = None
    language: str | None = None
    country: str | None = None  # as the benchmark declares it for the site, if it does
    interruptions: list[Interruption] = Field(default_factory=list)
    started_at: str = Field(default_factory=now_iso)
    finished_at: str | None = None
    results: list[ScenarioResult] = Field(default_factory=list)
    pages: list[PageSnapshot] = Field(default_factory=list)  # home, sample and visited pages
    page_roles: list[tuple[str, str]] = Field(default_factory=list)  # (role, pid): home…
    visited: list[str] = Field(default_factory=list)  # pids of the pages tasks went through
    accessibility: dict[str, dict[str, int] | None] = Field(default_factory=dict)  # by URL
    guard: dict[str, float | int | list[dict[str, str]]] = Field(default_factory=dict)
    # where the job ran: executor, host, worker, Chromium and Playwright versions there
    worker: dict[str, str] = Field(default_factory=dict)
    attempts: int = 1  # more than one when a harness failure (crash, lost worker) was retried

    @property
    def key(self) -> str:
        return f"{self.slug}--{self.device}"


class SiteRef(_Model):
    name: str
    slug: str
    role: Literal["yours", "competitor"]
    start_url: str


class ScenarioRef(_Model):
    id: str
    title: str
    task: str
    weight: float
    when_absent: str
    good_s: float
    median_s: float
    spec: Scenario | None = None  # the whole definition, so a saved run can be re-measured


class Run(_Model):
    api_version: int = API_VERSION
    run_id: str
    name: str
    benchmark_file: str | None = None
    created_at: str = Field(default_factory=now_iso)
    finished_at: str | None = None
    status: Literal["running", "complete", "partial", "interrupted", "failed"] = "running"
    spec_hash: str
    agent_version: str
    tool_version: str
    browser: str | None = None
    measured_by: str | None = None  # agent fingerprint of the code that computed the measures
    measured_at: str | None = None
    settings: dict[str, object] = Field(default_factory=dict)
    sites: list[SiteRef] = Field(default_factory=list)
    devices: list[str] = Field(default_factory=list)
    scenarios: list[ScenarioRef] = Field(default_factory=list)
    site_runs: list[SiteRun] = Field(default_factory=list)
    # Files of the run folder that could not be read (never saved: found again on reading).
    problems: list[str] = Field(default_factory=list, exclude=True)

    def site_run(self, slug: str, device: str) -> SiteRun | None:
        return next((r for r in self.site_runs if r.slug == slug and r.device == device), None)
