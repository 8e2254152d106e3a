"""Device names a benchmark may use: ``desktop``, ``mobile`` or any of Playwright's devices.

The names are read from the installed Playwright's type declarations (its ``Devices`` type
lists every descriptor), so a benchmark file is checked before any browser or driver starts,
and the list is always the one of the Playwright that will run it.
"""

from __future__ import annotations

import difflib
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

DEVICE_ALIASES = {"desktop": "Desktop Chrome", "mobile": "Pixel 7"}
_TYPES = Path("driver") / "package" / "types" / "types.d.ts"
_DEVICES_BLOCK = re.compile(r"type Devices = \{(.*?)\n\}", re.S)
_NAME = re.compile(r'^\s*"([^"]+)": DeviceDescriptor;', re.M)


@lru_cache(maxsize=1)
def playwright_devices() -> tuple[str, ...]:
    """Playwright's device names, or () when its declarations cannot be read."""
    spec = importlib.util.find_spec("playwright")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            text = (Path(folder) / _TYPES).read_text(encoding="utf-8")
        except OSError:
            continue
        block = _DEVICES_BLOCK.search(text)
        if block:
            return tuple(_NAME.findall(block.group(1)))
    return ()


def unknown_device(name: str) -> str | None:
    """Why `name` is not a device (with the nearest known names), or None if it is one."""
    known = playwright_devices()
    if name in DEVICE_ALIASES or not known or name in known:
        return None
    choices = [*DEVICE_ALIASES, *known]
    near = difflib.get_close_matches(name, choices, n=3, cutoff=0.4)
    if not near:
        lowered = {c.lower().replace(" ", ""): c for c in choices}
        near = difflib.get_close_matches(name.lower().replace(" ", ""), lowered, n=3, cutoff=0.4)
        near = [lowered[n] for n in near]
    hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else ""
    return f"unknown device {name!r} (use desktop, mobile or a Playwright device name){hint}"
