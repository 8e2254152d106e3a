"""Playwright's error messages, turned into one readable reason each."""

from __future__ import annotations

import asyncio
import contextlib
import re
from typing import Any

from playwright.async_api import Error as PlaywrightError

_NET_REASONS = {
    "ERR_CONNECTION_REFUSED": "connection refused",
    "ERR_CONNECTION_RESET": "connection reset",
    "ERR_CONNECTION_CLOSED": "connection closed without an answer",
    "ERR_EMPTY_RESPONSE": "empty response",
    "ERR_NAME_NOT_RESOLVED": "host name could not be resolved",
    "ERR_ADDRESS_UNREACHABLE": "address unreachable",
    "ERR_TIMED_OUT": "connection timed out",
    "ERR_CONNECTION_TIMED_OUT": "connection timed out",
    "ERR_TOO_MANY_REDIRECTS": "redirect loop (too many redirects)",
    "ERR_CERT_AUTHORITY_INVALID": "TLS error: certificate not trusted",
    "ERR_CERT_COMMON_NAME_INVALID": "TLS error: certificate is for another host",
    "ERR_CERT_DATE_INVALID": "TLS error: certificate expired or not yet valid",
    "ERR_SSL_PROTOCOL_ERROR": "TLS error: protocol error",
    "ERR_SSL_VERSION_OR_CIPHER_MISMATCH": "TLS error: no common version or cipher",
    "ERR_BLOCKED_BY_CLIENT": "blocked by supportbench's guard",
    "ERR_ABORTED": "navigation aborted",
    "ERR_INVALID_RESPONSE": "invalid response",
    "ERR_HTTP2_PROTOCOL_ERROR": "HTTP/2 protocol error",
    "ERR_INTERNET_DISCONNECTED": "no network",
}


# Errors of Playwright's own HTTP client (used for robots.txt), which speaks Node.js.
_NODE_REASONS = {
    "ECONNREFUSED": "connection refused",
    "ECONNRESET": "connection reset",
    "ENOTFOUND": "host name could not be resolved",
    "EAI_AGAIN": "host name could not be resolved",
    "ETIMEDOUT": "connection timed out",
    "EHOSTUNREACH": "address unreachable",
    "self-signed certificate": "TLS error: certificate not trusted",
    "unable to verify": "TLS error: certificate not trusted",
    "certificate has expired": "TLS error: certificate expired or not yet valid",
    "does not match certificate": "TLS error: certificate is for another host",
    "Max redirect count exceeded": "redirect loop (too many redirects)",
}
# Playwright's own words for what a page did.
_PAGE_REASONS = {
    "Download is starting": "the link is a file download (refused)",
}


def describe_error(exc: BaseException) -> str:
    """One line a CX lead can read, from a Playwright error."""
    text = str(exc)
    code = re.search(r"net::(ERR_[A-Z0-9_]+)", text)
    if code:
        return _NET_REASONS.get(code.group(1), code.group(1).lower().replace("_", " "))
    for marker, reason in (_NODE_REASONS | _PAGE_REASONS).items():
        if marker in text:
            return reason
    if "Timeout" in text and "exceeded" in text:
        found = re.search(r"Timeout (\d+)ms exceeded", text)
        return f"timed out after {int(found.group(1)) / 1000:g} s" if found else "timed out"
    if "crash" in text.lower():
        return "the page crashed"
    if "closed" in text.lower():
        return "the page or browser closed"
    if "ERR_SSL" in text or "SSL" in text:
        return "TLS error"
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return first[:200]


async def quietly(awaitable: Any) -> None:
    """Await something whose failure does not matter (closing a page that already closed)."""
    with contextlib.suppress(PlaywrightError):
        await awaitable


def in_background(awaitable: Any, tasks: set[asyncio.Future[None]]) -> None:
    """Start `awaitable` without waiting for it (its failure does not matter); `tasks` holds
    it until it ends, so it is not garbage-collected half-way."""
    task = asyncio.ensure_future(quietly(awaitable))
    tasks.add(task)
    task.add_done_callback(tasks.discard)
