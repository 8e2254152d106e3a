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

# Headless-only builds: no window system, no extensions, less memory per renderer. Used for
# headless runs when present; headed tester sessions need a full Chromium.
SYSTEM_HEADLESS_SHELLS = ("/usr/bin/chromium-headless-shell", "chromium-headless-shell")
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


def playwright_headless_shell() -> str | None:
    """Playwright's own headless shell (``playwright install chromium`` downloads it beside
    Chromium), where its browser registry says it would be."""
    try:
        import json

        from playwright._impl._driver import compute_driver_executable

        package = Path(compute_driver_executable()[1]).parent
        entries = json.loads((package / "browsers.json").read_text(encoding="utf-8"))["browsers"]
        revision = next(b["revision"] for b in entries if b["name"] == "chromium-headless-shell")
    except Exception:
        return None
    root = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache/ms-playwright")
    path = (
        root
        / f"chromium_headless_shell-{revision}"
        / "chrome-headless-shell-linux64"
        / "chrome-headless-shell"
    )
    return str(path) if path.exists() and os.access(path, os.X_OK) else None


def _first_executable(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = name if os.path.isabs(name) and os.access(name, os.X_OK) else shutil.which(name)
        if found:
            return found
    return None


def system_chromium() -> str | None:
    return _first_executable(SYSTEM_BROWSERS)


def headless_shell(ask_playwright: bool = True) -> BrowserChoice | None:
    """A headless-only build, if there is one: Playwright's, then the system's."""
    shell = playwright_headless_shell() if ask_playwright else None
    if shell:
        return BrowserChoice(shell, "playwright headless shell")
    shell = _first_executable(SYSTEM_HEADLESS_SHELLS)
    return BrowserChoice(shell, "system headless shell") if shell else None


def find_chromium(
    override: str | None = None, *, ask_playwright: bool = True, headless: bool = False
) -> BrowserChoice:
    """The browser to launch, in order: `override`, Playwright's download, the system's; for
    a headless run, a headless shell (Playwright's, then the system's) before either."""
    if override:
        if not (Path(override).exists() and os.access(override, os.X_OK)):
            raise BrowserUnavailable(f"--browser-path {override}: not an executable file")
        return BrowserChoice(override, "--browser-path")
    if headless:
        shell = headless_shell(ask_playwright)
        if shell:
            return shell
    if ask_playwright:
        path = playwright_chromium()
        if path:
            return BrowserChoice(path, "playwright")
    path = system_chromium()
    if path:
        return BrowserChoice(path, "system")
    raise BrowserUnavailable(HOW_TO_INSTALL)


# What `browser --install` asks apt for, without recommended packages (chromium recommends
# printing, fonts and Perl modules a headless run never uses): the headless shell for runs,
# the full browser for headed tester sessions.
SYSTEM_PACKAGES = ("chromium-headless-shell", "chromium")


def install_system_chromium() -> str:
    """Install Debian's chromium packages. Only as root, only where apt-get exists."""
    if os.geteuid() != 0:
        raise BrowserUnavailable(HOW_TO_INSTALL + " (not running as root, so not installing it)")
    apt = shutil.which("apt-get")
    if not apt:
        raise BrowserUnavailable(HOW_TO_INSTALL + " (no apt-get on this system)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [apt, "install", "-y", "-q", "--no-install-recommends", *SYSTEM_PACKAGES]
    attempt = subprocess.run(install, env=env, check=False)
    if attempt.returncode != 0:
        subprocess.run([apt, "update", "-q"], env=env, check=False)
        attempt = subprocess.run(install, env=env, check=False)
    path = system_chromium()
    if attempt.returncode != 0 or not path:
        raise BrowserUnavailable("apt-get install chromium failed; " + HOW_TO_INSTALL)
    return path
