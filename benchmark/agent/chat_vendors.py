"""Chat widgets: vendor signatures from ``data/chat_vendors.yaml`` and how to read a probe.

The browser reports what it sees (`ChatProbe`); this module decides which vendor it is, which
launcher to click, and whether the panel is open, and recognises the "leave a message" state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from benchmark import DATA_DIR
from benchmark.agent.contract import ChatProbe
from benchmark.errors import SpecError
from benchmark.phrases import Phrase, find_phrase
from benchmark.spec.files import read_yaml, validate
from benchmark.spec.lexicon import CueView
from benchmark.text import words

VENDORS_FILE = DATA_DIR / "chat_vendors.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Detect(_Strict):
    globals: list[str] = Field(default_factory=list)
    scripts: list[str] = Field(default_factory=list)
    selectors: list[str] = Field(default_factory=list)


class Launcher(_Strict):
    selector: str | None = None
    frame: str | None = None
    iframe: str | None = None

    @model_validator(mode="after")
    def _shape(self) -> Launcher:
        if self.iframe and (self.selector or self.frame):
            raise ValueError("an iframe launcher takes no selector or frame")
        if not self.iframe and not self.selector:
            raise ValueError("a launcher needs a selector (or an iframe)")
        return self


class Panel(_Strict):
    selector: str
    min_height: int = 0


class Vendor(_Strict):
    id: str
    name: str
    detect: Detect
    launcher: list[Launcher] = Field(min_length=1)
    panel: list[Panel] = Field(min_length=1)


class VendorFile(_Strict):
    vendors: list[Vendor] = Field(min_length=1)
    offline_cues: dict[str, list[str]] = Field(default_factory=dict)
    bot_cues: dict[str, list[str]] = Field(default_factory=dict)


@lru_cache(maxsize=4)
def load_vendors(path: Path = VENDORS_FILE) -> VendorFile:
    data, lines = read_yaml(path)
    spec = validate(VendorFile, data, path, lines)
    ids = [v.id for v in spec.vendors]
    if len(set(ids)) != len(ids):
        raise SpecError(path, "vendor ids must be unique", field="vendors")
    return spec


def probe_payload(spec: VendorFile) -> list[dict[str, Any]]:
    """The vendor list in the shape ``browser/js/chat.js`` expects."""
    return [
        {
            "id": v.id,
            "globals": v.detect.globals,
            "scripts": v.detect.scripts,
            "selectors": v.detect.selectors,
            "launcher": [launcher.model_dump() for launcher in v.launcher],
            "panel": [p.model_dump() for p in v.panel],
        }
        for v in spec.vendors
    ]


@dataclass(frozen=True)
class Sighting:
    """A vendor found on the page, with its visible launcher (if any)."""

    vendor: Vendor
    evidence: list[str]
    launcher: Launcher | None
    panel_open: bool
    panel_text: str


def sightings(probe: ChatProbe, spec: VendorFile) -> list[Sighting]:
    """Vendors on the page, best evidence first (a visible launcher beats a bare global)."""
    by_id = {v.id: v for v in spec.vendors}
    found = []
    for item in probe.vendors:
        vendor = by_id.get(item["id"])
        if vendor is None:
            continue
        launchers = item.get("launchers") or []
        launcher = vendor.launcher[launchers[0]["index"]] if launchers else None
        found.append(
            Sighting(
                vendor,
                list(item.get("evidence", [])),
                launcher,
                bool(item.get("panel_open")),
                item.get("panel_text", ""),
            )
        )
    return sorted(
        found,
        key=lambda s: (s.launcher is None, -sum(e.startswith("element") for e in s.evidence)),
    )


def generic_launchers(probe: ChatProbe, cues: CueView) -> list[dict[str, Any]]:
    """Bottom-corner elements whose label says chat/help/message in the page's languages."""
    picked = []
    for item in probe.corner_launchers:
        tokens = words(item.get("label", ""))
        labelled = bool(tokens) and cues.best(tokens, "chat_launcher") is not None
        if labelled or (not tokens and item.get("tag") == "iframe"):
            picked.append(item)
    return picked


def new_panel(before: ChatProbe, after: ChatProbe) -> dict[str, Any] | None:
    """A large fixed layer that appeared (or grew) after a generic launcher was clicked."""
    old = {layer["key"]: layer["rect"]["h"] for layer in before.large_layers}
    for layer in after.large_layers:
        if layer["key"] not in old or layer["rect"]["h"] > old[layer["key"]] + 100:
            return layer
    return None


def _says(text: str, cues: dict[str, list[str]], language: str) -> bool:
    tokens = words(text)
    return any(
        find_phrase(tokens, Phrase.of(cue)) >= 0
        for lang in dict.fromkeys([language, "en"])
        for cue in cues.get(lang, [])
    )


def is_offline(text: str, spec: VendorFile, language: str) -> bool:
    return _says(text, spec.offline_cues, language)


def panel_mode(text: str, spec: VendorFile, language: str) -> str:
    """live, offline (only "leave a message") or bot, from what the open panel says."""
    if _says(text, spec.bot_cues, language):
        return "bot"
    if _says(text, spec.offline_cues, language):
        return "offline"
    return "live"
