"""Notifications through Apprise URLs (Slack, Teams, e-mail, a generic JSON webhook…): one
message per check. An entry ``env:NAME`` reads the URL from that environment variable, so a
benchmark file can name a secret without holding it."""

from __future__ import annotations

import os

from benchmark.errors import NotifyError


def resolve_urls(urls: list[str]) -> list[str]:
    resolved = []
    for url in urls:
        if url.startswith("env:"):
            name = url.removeprefix("env:")
            value = os.environ.get(name, "").strip()
            if not value:
                raise NotifyError(f"notification URL {url}: the variable {name} is not set")
            resolved.append(value)
        else:
            resolved.append(url)
    return resolved


def send(urls: list[str], title: str, body: str) -> None:
    """Send one message to every URL; raise if any could not be delivered."""
    import apprise

    for url in resolve_urls(urls):
        target = apprise.Apprise()
        if not target.add(url):
            raise NotifyError(f"{_redacted(url)}: not a notification URL Apprise understands")
        if not target.notify(title=title, body=body):
            raise NotifyError(f"{_redacted(url)}: the notification could not be delivered")


def _redacted(url: str) -> str:
    """Scheme and host only: the rest of a webhook URL is often its secret."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/')[0].split('@')[-1]}/…" if rest else url
