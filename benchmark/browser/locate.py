"""Find a Chromium to drive: an explicit path, Playwright's own download, or the system's.

Playwright's browser download needs the internet; many CI machines and offices have only a
package mirror. So the system Chromium (Debian's ``chromium``) is a first-class fallback, and
``supportbench browser --install`` installs it when it runs as root on a Debian-like system.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from benchmark.errors import BrowserUnavailable

SYSTEM_BROWSERS = (
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
)
HOW_TO_INSTALL = (
    "no Chromium found. Install one with `playwright install chromium` (needs internet) or "
    "`sudo apt-get install chromium`, or pass --browser-path /path/to/chrome"
)


@dataclass(frozen=True)
class BrowserChoice:
    path: str
    source: str  # "--browser-path" | "playwright" | "system"


def playwright_chromium() -> str | None:
    """Where Playwright's own Chromium would be, if it was downloaded."""
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            path = p.chromium.executable_path
    except Exception:
        return None
    return path if path and Path(path).exists() else None


def system_chromium() -> str | None:
    for name in SYSTEM_BROWSERS:
        found = name if os.path.isabs(name) and os.access(name, os.X_OK) else shutil.which(name)
        if found:
            return found
    return None


def find_chromium(override: str | None = None, *, ask_playwright: bool = True) -> BrowserChoice:
    """The browser to launch, in order: `override`, Playwright's download, the system's."""
    if override:
        if not (Path(override).exists() and os.access(override, os.X_OK)):
            raise BrowserUnavailable(f"--browser-path {override}: not an executable file")
        return BrowserChoice(override, "--browser-path")
    if ask_playwright:
        path = playwright_chromium()
        if path:
            return BrowserChoice(path, "playwright")
    path = system_chromium()
    if path:
        return BrowserChoice(path, "system")
    raise BrowserUnavailable(HOW_TO_INSTALL)


def install_system_chromium() -> str:
    """Install Debian's chromium package. Only as root, only where apt-get exists."""
    if os.geteuid() != 0:
        raise BrowserUnavailable(HOW_TO_INSTALL + " (not running as root, so not installing it)")
    apt = shutil.which("apt-get")
    if not apt:
        raise BrowserUnavailable(HOW_TO_INSTALL + " (no apt-get on this system)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    attempt = subprocess.run([apt, "install", "-y", "-q", "chromium"], env=env, check=False)
    if attempt.returncode != 0:
        subprocess.run([apt, "update", "-q"], env=env, check=False)
        attempt = subprocess.run([apt, "install", "-y", "-q", "chromium"], env=env, check=False)
    path = system_chromium()
    if attempt.returncode != 0 or not path:
        raise BrowserUnavailable("apt-get install chromium failed; " + HOW_TO_INSTALL)
    return path
