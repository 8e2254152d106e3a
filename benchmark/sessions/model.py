"""Recorded tester sessions and the mystery-shopper contact log, as files.

A session is one tester doing a list of tasks (site × scenario × device) in a random, recorded
order of sites. It is saved after every task under ``results/sessions/<session-id>.json``
(versioned), so a closed window or a crash loses at most the task in progress, which is saved
as abandoned. Sessions recorded elsewhere are imported with `import_sessions` (validated,
deduplicated by task).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from benchmark.errors import SpecError, UserError
from benchmark.spec.files import field_name
from benchmark.store.rundir import write_atomic

SESSION_API_VERSION = 1
SESSIONS_DIR = "sessions"
CONTACT_LOG = "contact-log.json"
Channel = Literal["email", "chat", "phone", "form", "social"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleRating(_Model):
    """A short rubric for a support article, 1 (poor) to 5 (excellent)."""

    clarity: int = Field(ge=1, le=5)
    completeness: int = Field(ge=1, le=5)
    trust: int = Field(ge=1, le=5)


class Click(_Model):
    label: str
    url: str
    at_s: float


class TaskRecord(_Model):
    task_id: str
    site: str
    site_slug: str
    scenario_id: str
    device: str
    order: int = Field(ge=0)
    started_at: str
    ended_at: str | None = None
    status: Literal["success", "gave_up", "abandoned"]
    claimed_success: bool
    criteria_met: bool | None = None  # the page given meets the scenario's success criteria
    answer_matches: bool | None = None  # the answer agrees with the facts on that page
    verified: bool | None = None
    answer: str | None = None
    answer_page: str | None = None
    time_s: float = Field(ge=0)
    clicks: int = Field(ge=0)
    first_click: Click | None = None
    first_click_on_path: bool | None = None
    pages: list[str] = Field(default_factory=list)
    backtracks: int = Field(default=0, ge=0)
    seq: int | None = Field(default=None, ge=1, le=7)
    comment: str | None = None
    rubric: ArticleRating | None = None
    trace: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.site_slug, self.scenario_id, self.device)

    @property
    def succeeded(self) -> bool:
        """Success as checked, falling back to the tester's claim when it could not be."""
        return self.verified if self.verified is not None else self.status == "success"


class Session(_Model):
    api_version: int = SESSION_API_VERSION
    session_id: str = Field(pattern=r"^[A-Za-z0-9._-]{3,80}$")
    tester: str = Field(min_length=1, max_length=80)
    benchmark: str
    spec_hash: str
    created_at: str
    device: str
    seed: int
    site_order: list[str]
    tasks: list[TaskRecord] = Field(default_factory=list)

    @field_validator("api_version")
    @classmethod
    def _version(cls, value: int) -> int:
        if value != SESSION_API_VERSION:
            raise ValueError(
                f"session format version {value}; this supportbench reads "
                f"version {SESSION_API_VERSION}"
            )
        return value


def sessions_dir(results_dir: Path) -> Path:
    return results_dir / SESSIONS_DIR


def save_session(results_dir: Path, session: Session) -> Path:
    path = sessions_dir(results_dir) / f"{session.session_id}.json"
    write_atomic(path, session.model_dump_json(indent=2))
    return path


def read_session_file(path: Path) -> Session:
    """Parse and validate a session file; every problem is one SpecError naming file and field."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(path, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(path, f"cannot read: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(
            path, f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno
        ) from None
    if not isinstance(data, dict):
        raise SpecError(path, "a session file holds one JSON object")
    try:
        return Session.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        message = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            message = "unknown field"
        raise SpecError(path, message, field=field_name(tuple(err["loc"]))) from None


def load_sessions(results_dir: Path, benchmark: str | None = None) -> list[Session]:
    """Sessions saved under ``results/sessions`` (for one benchmark name if given)."""
    found = []
    for path in sorted(sessions_dir(results_dir).glob("*.json")):
        try:
            session = read_session_file(path)
        except SpecError:
            continue
        if benchmark is None or session.benchmark == benchmark:
            found.append(session)
    return found


def _task_key(task: TaskRecord) -> tuple[str, str]:
    return (task.task_id, task.started_at)


def import_sessions(results_dir: Path, files: list[Path]) -> tuple[int, int]:
    """Validate files recorded elsewhere and merge them in. Returns (tasks added, tasks that
    were already there). Nothing is written unless every file is valid."""
    incoming = [read_session_file(path) for path in files]
    added = skipped = 0
    for session in incoming:
        path = sessions_dir(results_dir) / f"{session.session_id}.json"
        existing = read_session_file(path) if path.exists() else None
        if existing is not None and existing.tester != session.tester:
            raise SpecError(
                path,
                f"session id {session.session_id!r} already belongs to tester {existing.tester!r}",
                field="session_id",
            )
        merged = existing or session.model_copy(update={"tasks": []})
        known = {_task_key(t) for t in merged.tasks}
        for task in session.tasks:
            if _task_key(task) in known:
                skipped += 1
                continue
            merged.tasks.append(task)
            known.add(_task_key(task))
            added += 1
        save_session(results_dir, merged)
    return added, skipped


# ---------------------------------------------------------------- mystery shopper


class ContactLogEntry(_Model):
    """A pre-sale question a person sent to a store, and when the first answer came."""

    id: str
    store: str = Field(min_length=1)
    channel: Channel
    question: str = Field(min_length=1)
    sent_at: datetime
    answered_at: datetime | None = None
    quality: str | None = None

    @property
    def first_response_hours(self) -> float | None:
        if self.answered_at is None:
            return None
        return (self.answered_at - self.sent_at).total_seconds() / 3600


class ContactLog(_Model):
    api_version: int = 1
    entries: list[ContactLogEntry] = Field(default_factory=list)


def read_contact_log(results_dir: Path) -> ContactLog:
    path = results_dir / CONTACT_LOG
    if not path.exists():
        return ContactLog()
    try:
        return ContactLog.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise SpecError(path, f"invalid contact log: {first['msg']}") from None


def add_contact(results_dir: Path, entry: dict[str, object]) -> ContactLogEntry:
    log = read_contact_log(results_dir)
    entry = {**entry, "id": f"c{len(log.entries) + 1}"}
    try:
        item = ContactLogEntry.model_validate(entry)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        option = str(err["loc"][0]).replace("_at", "").replace("_", "-")
        raise UserError(f"--{option}: {err['msg']}") from None
    if item.answered_at is not None and item.answered_at < item.sent_at:
        raise UserError("--answered: the answer cannot come before the question was sent")
    log.entries.append(item)
    write_atomic(results_dir / CONTACT_LOG, log.model_dump_json(indent=2))
    return item


def new_session_id(tester: str, when: datetime) -> str:
    return f"{when.strftime('%Y%m%d-%H%M%S')}-{re.sub(r'[^a-z0-9]+', '-', tester.lower())[:30]}"
