"""Fingerprints of what defines a measurement, computed from the files themselves.

Two runs are comparable, and a stopped run may be resumed, only when everything that decides
what the robot does and reads was the same: the benchmark file's settings, the scenarios, the
lexicon, the data files (chat vendors, facts, channels, numbers…), the agent's code and the
JavaScript it runs in the page. Nobody has to remember to bump a version: a changed file is a
changed fingerprint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from benchmark import PACKAGE_DIR

PACKAGE = PACKAGE_DIR
# The code that decides what the shopper does, sees and extracts (not the reports, the CLI
# or the history: re-rendering a run never changes what was measured).
MEASUREMENT_CODE = (
    "agent/*.py",
    "browser/*.py",
    "browser/js/*.js",
    "measure/**/*.py",
    "spec/lexicon.py",
    "politeness.py",
    "text.py",
)
MEASUREMENT_DATA = ("data/**/*.yaml",)


def _files(patterns: Iterable[str]) -> list[Path]:
    return sorted({p for pattern in patterns for p in PACKAGE.glob(pattern) if p.is_file()})


def digest_files(paths: Iterable[Path], digest: hashlib._Hash | None = None) -> hashlib._Hash:
    """Add each file's name (relative to the package when inside it) and bytes to a digest."""
    digest = digest or hashlib.sha256()
    for path in paths:
        name = path.relative_to(PACKAGE) if path.is_relative_to(PACKAGE) else path.name
        digest.update(str(name).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest


@lru_cache(maxsize=1)
def agent_version() -> str:
    """Fingerprint of the measurement code and its data files (12 hex digits)."""
    return digest_files(_files(MEASUREMENT_CODE + MEASUREMENT_DATA)).hexdigest()[:12]


LEXICON = "data/lexicon/"


@lru_cache(maxsize=1)
def code_version() -> str:
    """Like `agent_version`, without the lexicon: each language is fingerprinted on its own,
    so a new Polish phrase does not make every French cell incomparable."""
    files = [
        p
        for p in _files(MEASUREMENT_CODE + MEASUREMENT_DATA)
        if not str(p.relative_to(PACKAGE)).startswith(LEXICON)
    ]
    return digest_files(files).hexdigest()[:12]


@lru_cache(maxsize=64)
def lexicon_version(language: str | None) -> str:
    """Fingerprint of the lexicon files a page in `language` is read with (its own, and
    English, the fallback of every language)."""
    codes = sorted({"en", (language or "en")[:2].lower()})
    files = [p for c in codes if (p := PACKAGE / LEXICON / f"{c}.yaml").is_file()]
    return digest_files(files).hexdigest()[:12]


def cell_definition(scenario: str, device: str, language: str | None, settings: str) -> str:
    """What defines one cell's measurement (site × device × scenario): the code and data
    that act and read, the lexicon slice of the site's language, the scenario's definition
    (as JSON), the device, and the settings that change what is loaded (as JSON). Two cells
    are compared only under the same definition (16 hex digits)."""
    digest = hashlib.sha256()
    for part in (code_version(), lexicon_version(language), scenario, device, settings):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()[:16]
