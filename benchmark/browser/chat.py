"""Chat widgets as the browser sees them: the vendor probe (`js/chat.js`) run in a page or
frame, and the text a chat panel shows once it is open (read, never typed into)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playwright.async_api import Error as PlaywrightError

from benchmark.agent.contract import ChatProbe

_JS = Path(__file__).parent / "js"
# The same for the chat probe, both ways: its vendor signatures go in as one JSON string, polled
# four times a second, which Playwright would otherwise serialise and validate item by item.
CHAT_JS = (
    "(vendors) => JSON.stringify(("
    + (_JS / "chat.js").read_text(encoding="utf-8").strip()
    + ")({vendors: JSON.parse(vendors)}))"
)


async def probe_chat(frame: Any, vendors: list[dict[str, Any]]) -> ChatProbe:
    """Run the chat probe (`js/chat.js`) in a page or frame."""
    return ChatProbe(**json.loads(await frame.evaluate(CHAT_JS, json.dumps(vendors))))


async def panel_text(page: Any, selectors: list[str], limit: int = 600) -> str:
    """Visible text of chat panels: the element's own text, or its iframe's document
    (Chromium lets us read cross-origin frames; we only read, never type)."""
    parts: list[str] = []
    for selector in selectors:
        try:
            handles = await page.query_selector_all(f"{selector} >> visible=true")
        except PlaywrightError:
            continue
        for handle in handles:
            try:
                frame = await handle.content_frame()
                body = "() => document.body ? document.body.innerText : ''"
                text = await (frame.evaluate(body) if frame else handle.inner_text())
            except PlaywrightError:
                continue
            parts.append(" ".join(text.split()))
    return " ".join(p for p in parts if p)[:limit]
