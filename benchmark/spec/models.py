"""Benchmark and scenario files: strict models and loaders with file:line errors.

Settings precedence, lowest first: built-in defaults < benchmark file < command-line flags.
Unknown keys are errors, so a misspelt setting never silently falls back to its default.

A little longer than 300 lines: the scenario and benchmark models share their strict base,
their "unknown name" errors and the checks that need both (a benchmark names scenarios), and
read best side by side.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from benchmark import PACKAGE_DIR
from benchmark.errors import SpecError
from benchmark.spec.devices import unknown_device
from benchmark.spec.files import LineIndex, Loc, field_name, read_yaml, validate
from benchmark.text import normalize

# The bundled scenarios ship inside the package (a `pip install` has them too); a user's
# folder adds scenarios and replaces bundled ones of the same id.
DEFAULT_SCENARIOS_DIR = PACKAGE_DIR / "scenarios"
_SLUG = r"^[a-z0-9][a-z0-9-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- scenarios


class ProofRule(_Strict):
    """One way a page can prove it answers the task. Exactly one key is set."""

    fact: str | None = None
    cue: str | None = None
    field: str | None = None
    questions: int | None = Field(default=None, ge=1)
    chat_panel: bool | None = None
    topic: str | None = None  # the text speaks of this intent at length (its vocabulary)
    contact_details: bool | None = None  # a phone or e-mail where every shopper sees it
    hub: int | None = Field(default=None, ge=2)  # links to this many support topics

    @model_validator(mode="after")
    def _exactly_one(self) -> ProofRule:
        set_keys = [k for k, v in self.model_dump().items() if v is not None]
        if len(set_keys) != 1:
            raise ValueError(
                "give exactly one of fact, cue, field, questions, chat_panel, topic, "
                "contact_details, hub"
            )
        return self

    @property
    def kind(self) -> str:
        return next(k for k, v in self.model_dump().items() if v is not None)


class Success(_Strict):
    heading: list[str] = Field(default_factory=list)
    # topics whose pages often answer this task too (exchanges on the returns page): a
    # heading naming one answers unless the page links on to a page of the task's own
    shared: list[str] = Field(default_factory=list)
    # topics whose sentences do not speak of this one: the cost of sending an item back is
    # no delivery cost ("Shipping & returns" / "you pay the shipping to return your item")
    apart: list[str] = Field(default_factory=list)
    # topics whose pages answer this task in a sentence that names it ("Delivery" / "the
    # e-mail holds a Track & Trace code to follow your parcel"), as a help page does
    told: list[str] = Field(default_factory=list)
    proof_any: list[ProofRule] = Field(min_length=1)


class TimeCurve(_Strict):
    """Estimated seconds that score 0.9 (`good_s`) and 0.5 (`median_s`)."""

    good_s: float = Field(gt=0)
    median_s: float = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> TimeCurve:
        if self.good_s >= self.median_s:
            raise ValueError("good_s must be smaller than median_s")
        return self


class Scenario(_Strict):
    id: str = Field(pattern=_SLUG)
    title: str = Field(min_length=1)
    task: str = Field(min_length=1)
    intent: str
    also: list[str] = Field(default_factory=list)
    kind: Literal["page", "chat"] = "page"
    success: Success
    facts: list[str] = Field(default_factory=list)
    click_budget: int = Field(default=8, ge=1, le=40)
    weight: float = Field(default=1.0, ge=0)
    may_be_absent: bool = False
    when_absent: Literal["zero", "not_applicable"] = "zero"
    time_curve: TimeCurve = TimeCurve(good_s=15, median_s=45)

    @property
    def intents(self) -> list[str]:
        return [self.intent, *self.also]


def _require_known(
    path: Path, lines: LineIndex, what: str, items: list[tuple[Loc, str]], known: list[str]
) -> None:
    """Every name must be one of `known`; the first that is not is a SpecError at its line."""
    for loc, name in items:
        if name not in known:
            raise SpecError(
                path,
                f"unknown {what} {name!r}; known: {', '.join(known)}",
                line=lines.line_of(loc),
                field=field_name(loc),
            )


def load_scenario(path: Path, intents: set[str], facts: set[str]) -> Scenario:
    data, lines = read_yaml(path)
    scenario = validate(Scenario, data, path, lines)
    if scenario.id != path.stem:
        raise SpecError(
            path,
            f"id {scenario.id!r} must match the file name {path.stem!r}",
            line=lines.line_of(("id",)),
            field="id",
        )
    known_intents = sorted(intents)
    _require_known(path, lines, "intent", [(("intent",), scenario.intent)], known_intents)
    _require_known(
        path,
        lines,
        "intent",
        [(("also", i), name) for i, name in enumerate(scenario.also)],
        known_intents,
    )
    for key in ("heading", "shared", "apart", "told"):
        named = getattr(scenario.success, key)
        where = [(("success", key, i), name) for i, name in enumerate(named)]
        _require_known(path, lines, "intent", where, known_intents)
    for i, rule in enumerate(scenario.success.proof_any):
        ref = rule.fact or rule.cue or rule.field or rule.topic
        if ref is not None:
            pool = sorted(facts) if rule.fact else known_intents
            _require_known(path, lines, rule.kind, [(("success", "proof_any", i), ref)], pool)
    _require_known(
        path,
        lines,
        "fact",
        [(("facts", i), name) for i, name in enumerate(scenario.facts)],
        sorted(facts),
    )
    return scenario


def load_scenarios(folder: Path, intents: set[str], facts: set[str]) -> dict[str, Scenario]:
    """Every ``*.yaml`` in `folder`, keyed by id, in file-name order."""
    if not folder.is_dir():
        raise SpecError(folder, "scenario folder not found")
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise SpecError(folder, "no scenario files (*.yaml) in this folder")
    return {path.stem: load_scenario(path, intents, facts) for path in files}


def scenario_library(
    folder: Path | None, intents: set[str], facts: set[str]
) -> dict[str, Scenario]:
    """The bundled scenarios, extended and overridden (same id) by those in `folder`."""
    library = load_scenarios(DEFAULT_SCENARIOS_DIR, intents, facts)
    if folder is not None and folder.resolve() != DEFAULT_SCENARIOS_DIR:
        library.update(load_scenarios(folder, intents, facts))
    return library


# ---------------------------------------------------------------- benchmark files


class Site(_Strict):
    name: str = Field(min_length=1, max_length=60)
    start_url: str
    allowed_hosts: list[str] = Field(default_factory=list)
    ignore_robots: bool = False
    # the market the store serves (ISO 3166-1, "AR"), when its address does not say it (a
    # .com store): phone numbers are read with this country's numbering
    country: str | None = None

    @field_validator("start_url")
    @classmethod
    def _url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https", "demo") or not parts.netloc:
            raise ValueError(f"{value!r} is not an http(s) URL (e.g. https://shop.example.com/)")
        return value

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Z]{2}", value):
            raise ValueError(f"{value!r} is not a two-letter country code (ISO 3166-1, e.g. CL)")
        return value

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, value: list[str]) -> list[str]:
        for host in value:
            if not re.fullmatch(r"[A-Za-z0-9.-]+(:\d+)?", host):
                raise ValueError(f"{host!r} is not a host name (like shop.example.com)")
        return [h.lower() for h in value]

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", normalize(self.name)).strip("-") or "site"


class Politeness(_Strict):
    robots_txt: bool = True
    max_requests_per_second: float = Field(default=2.0, gt=0, le=50)
    user_agent: str = Field(default="supportbench", pattern=r"^[A-Za-z0-9._-]{1,40}$")
    contact: str | None = None
    block: list[Literal["analytics", "ads", "video"]] = Field(default_factory=list)
    block_hosts: list[str] = Field(default_factory=list)


class Timeouts(_Strict):
    navigation_s: float = Field(default=20, gt=0, le=120)
    scenario_s: float = Field(default=120, gt=0, le=900)
    chat_wait_s: float = Field(default=8, gt=0, le=60)


class Alerts(_Strict):
    """What `supportbench check` does with a change: notify these Apprise URLs (``env:NAME``
    reads one from the environment) once a cell of your store has not passed for `after`
    checks in a row; never for the cells matching `mute` ("northwind/mobile/*")."""

    notify: list[str] = Field(default_factory=list)
    after: int = Field(default=2, ge=1, le=50)
    mute: list[str] = Field(default_factory=list)


class Benchmark(_Strict):
    name: str = Field(min_length=1)
    your_store: Site
    competitors: list[Site] = Field(default_factory=list)
    devices: list[str] = Field(default_factory=lambda: ["desktop", "mobile"], min_length=1)
    scenarios: list[str] | Literal["all"] = "all"
    politeness: Politeness = Politeness()
    concurrency: int | None = Field(default=None, ge=1, le=32)
    accessibility: bool = True  # run axe-core on every support page reached
    timeouts: Timeouts = Timeouts()
    scenarios_dir: str | None = None
    alerts: Alerts = Alerts()

    @model_validator(mode="after")
    def _unique(self) -> Benchmark:
        for i, site in enumerate(self.competitors):
            if site.ignore_robots:
                raise ValueError(
                    f"competitors[{i}] ({site.name}): ignore_robots is only allowed "
                    "for your own store; robots.txt is always honoured for others"
                )
        names = [s.name for s in self.sites]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"site names must be unique; repeated: {', '.join(dupes)}")
        slugs = [s.slug for s in self.sites]
        if len(set(slugs)) != len(slugs):
            raise ValueError("site names must differ in more than punctuation or case")
        if len(set(self.devices)) != len(self.devices):
            raise ValueError("devices are listed twice")
        return self

    @property
    def sites(self) -> list[Site]:
        return [self.your_store, *self.competitors]


class LoadedBenchmark(BaseModel):
    """A validated benchmark file with its scenarios resolved."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: Path
    spec: Benchmark
    scenarios: list[Scenario]


def load_benchmark(
    path: Path,
    all_scenarios_for: Callable[[Path | None], dict[str, Scenario]],
    scenarios_dir: Path | None = None,
) -> LoadedBenchmark:
    """Load a benchmark file. `all_scenarios_for(folder)` gives the scenarios available with
    the user's scenario folder (None: the bundled ones only)."""
    data, lines = read_yaml(path)
    spec = validate(Benchmark, data, path, lines)
    _check_devices(spec, path, lines)
    _check_robots(spec, path, lines)
    folder = scenarios_dir
    if folder is None and spec.scenarios_dir:
        folder = (path.parent / spec.scenarios_dir).resolve()
    available: dict[str, Scenario] = all_scenarios_for(folder)
    if spec.scenarios == "all":
        # the weightiest tasks first, so scorecards open with what matters most
        chosen = sorted(available.values(), key=lambda s: (-s.weight, s.id))
    else:
        _require_known(
            path,
            lines,
            "scenario",
            [(("scenarios", i), sid) for i, sid in enumerate(spec.scenarios)],
            list(available),
        )
        chosen = [available[sid] for sid in spec.scenarios]
    return LoadedBenchmark(path=path, spec=spec, scenarios=chosen)


def _check_devices(spec: Benchmark, path: Path, lines: LineIndex) -> None:
    for i, device in enumerate(spec.devices):
        problem = unknown_device(device)
        if problem:
            raise SpecError(
                path, problem, line=lines.line_of(("devices", i)), field=f"devices[{i}]"
            )


def _check_robots(spec: Benchmark, path: Path, lines: LineIndex) -> None:
    """robots.txt may be switched off for your own store only, as with ``ignore_robots``."""
    if not spec.politeness.robots_txt and spec.competitors:
        raise SpecError(
            path,
            "false would ignore robots.txt on competitors' sites too; robots.txt is always "
            "honoured for others (for your own store use your_store.ignore_robots: true)",
            line=lines.line_of(("politeness", "robots_txt")),
            field="politeness.robots_txt",
        )


def spec_hash(loaded: LoadedBenchmark, lexicon_files: list[Path], agent_version: str) -> str:
    """Fingerprint of what defines a run's measurements: the benchmark file's settings (as
    validated, so comments do not count), its scenarios, the lexicon and the agent (code and
    data files, see `benchmark.fingerprint`). A run is resumed only under the same hash."""
    digest = hashlib.sha256(agent_version.encode())
    digest.update(loaded.spec.model_dump_json(exclude={"alerts"}).encode())  # not measured
    for scenario in sorted(loaded.scenarios, key=lambda s: s.id):
        digest.update(scenario.model_dump_json().encode())
    for path in sorted(lexicon_files):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
