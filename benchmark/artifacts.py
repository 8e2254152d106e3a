"""Artifacts: what the browser saw, kept so every measure can be computed again without it.

Every page view the shopper perceives (visible text with its structure: title, headings and
the text under them, regions, links with their labels, forms and fields, overlays) is kept
once per site × device, named by a fingerprint of its content (``pid``). Steps, results and
the site-run refer to views by that name; `benchmark.measure` reads them. They are written to
``artifacts/<site>--<device>.json.gz`` in the run folder:

    {"api_version": 1, "site_run": "<slug>--<device>", "pages": {"<pid>": PageView, …}}

Bounded: at most `MAX_PAGES` views per site × device (the first ones: a task's answer is
always kept, see `PageLog.keep`), page text cut at `MAX_TEXT` characters and section text at
`MAX_SECTION_TEXT`; gzip brings a typical view to a few kilobytes.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import replace
from pathlib import Path

from benchmark.agent.contract import PageView
from benchmark.errors import RunDirError
from benchmark.store.rundir import write_atomic_bytes

ARTIFACTS_DIR = "artifacts"
ARTIFACTS_VERSION = 1
MAX_PAGES = 80
MAX_TEXT = 40_000
MAX_SECTION_TEXT = 4_000


def _bounded(view: PageView) -> PageView:
    sections = [
        replace(s, text=s.text[:MAX_SECTION_TEXT]) if len(s.text) > MAX_SECTION_TEXT else s
        for s in view.sections
    ]
    return replace(view, text=view.text[:MAX_TEXT], sections=sections, pid="")


def page_id(view: PageView) -> str:
    data = json.dumps(_bounded(view).to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(data.encode()).hexdigest()[:12]


class PageLog:
    """The views of one site × device, in the order first seen."""

    def __init__(self) -> None:
        self.pages: dict[str, PageView] = {}

    def add(self, view: PageView, keep: bool = False) -> str:
        """Remember `view` (unless the log is full and `keep` is false); returns its pid,
        also set on the view so steps taken on it can name it."""
        pid = page_id(view)
        view.pid = pid
        if pid not in self.pages and (keep or len(self.pages) < MAX_PAGES):
            self.pages[pid] = _bounded(view)
            self.pages[pid].pid = pid
        return pid

    def keep(self, view: PageView) -> str:
        """An answer page: kept whatever the bound."""
        return self.add(view, keep=True)


def artifacts_path(run_dir: Path, key: str) -> Path:
    return run_dir / ARTIFACTS_DIR / f"{key}.json.gz"


def save_pages(run_dir: Path, key: str, log: PageLog) -> None:
    payload = {
        "api_version": ARTIFACTS_VERSION,
        "site_run": key,
        "pages": {pid: view.to_dict() for pid, view in log.pages.items()},
    }
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    write_atomic_bytes(artifacts_path(run_dir, key), gzip.compress(data, compresslevel=6))


def load_pages(run_dir: Path, key: str) -> dict[str, PageView]:
    """The saved views of one site × device ({} when none were saved, e.g. a failed site)."""
    path = artifacts_path(run_dir, key)
    if not path.exists():
        return {}
    try:
        payload = json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, EOFError, ValueError) as exc:
        raise RunDirError(f"{path}: unreadable artifacts ({exc})") from None
    if payload.get("api_version") != ARTIFACTS_VERSION:
        raise RunDirError(
            f"{path}: artifacts in an older format (version {payload.get('api_version')!r}); "
            "re-run the benchmark to measure it with this supportbench"
        )
    pages = {}
    for pid, data in payload.get("pages", {}).items():
        view = PageView.from_js(data)
        view.pid = pid
        pages[pid] = view
    return pages


__all__ = ["MAX_PAGES", "PageLog", "load_pages", "page_id", "save_pages"]
