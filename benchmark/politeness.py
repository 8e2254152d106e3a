"""Politeness rules, kept free of the browser so they can be tested alone.

- `HostPolicy`: which hosts the shopper may navigate to: the start host and every other host
  of the same registrable domain (help.store.com, kundenservice.store.de: the Public Suffix
  List through tldextract's bundled, offline snapshot), the help-desk vendors' hosts a store
  links its help centre to (Zendesk, Gorgias, Freshdesk…: `data/channels.yaml`), and the
  hosts the benchmark file allows. Third-party resources (chat widgets, images) may still
  load; only page navigations are held to the list.
- `RobotsRules`: robots.txt for our user agent, read per RFC 9309 by protego (the longest
  matching rule wins, `*` and `$` are patterns; 4xx: no rules; 5xx or unreachable: treat
  everything as disallowed).
- `RateLimiter`: at most N requests per second per host, shared by every context of a run.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract
from protego import Protego

from benchmark import __version__

ROBOTS_TOKEN = "supportbench"


def user_agent(device_ua: str, product: str = ROBOTS_TOKEN, contact: str | None = None) -> str:
    """The device's normal user agent plus honest product tokens and where to reach the person
    running it. supportbench is always named: it is the name robots.txt rules are matched
    against, and a site owner should be able to tell what visited them."""
    tokens = [f"{ROBOTS_TOKEN}/{__version__}"]
    if product != ROBOTS_TOKEN:
        tokens.insert(0, product)
    tokens.append(f"(+{contact})" if contact else "(+https://github.com/supportbench/supportbench)")
    return f"{device_ua} {' '.join(tokens)}"


def on_local_network(url: str) -> bool:
    """The URL names this machine or a private network (localhost, 127.x, 10.x, 192.168.x…)
    by address; host names are not looked up."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


def netloc(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


LOOPBACK_NAME = "localhost"


def _twin(host: str) -> str:
    return host[4:] if host.startswith("www.") else f"www.{host}"


@lru_cache(maxsize=1)
def _suffixes() -> tldextract.TLDExtract:
    # the bundled Public Suffix List only (no download); private suffixes count, so two
    # shops on myshopify.com are two sites
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def registrable_domain(host: str) -> str:
    """``help.store.co.uk`` → ``store.co.uk``; '' for addresses and single labels. Names
    under ``localhost`` (RFC 6761: always this machine) are sites of their own, one label
    below it: ``help.shop.localhost`` → ``shop.localhost``."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 2 and labels[-1] == LOOPBACK_NAME:
        return ".".join(labels[-2:])
    parts = _suffixes()(host)
    return parts.top_domain_under_public_suffix if parts.suffix and parts.domain else ""


def is_loopback_name(host: str) -> bool:
    """``shop.localhost``: resolved to 127.0.0.1 by browsers, not by every resolver."""
    return host.lower().rstrip(".").endswith("." + LOOPBACK_NAME)


@dataclass
class HostPolicy:
    """Hosts the shopper may open pages on. Entries are ``host`` (any port) or ``host:port``;
    `vendor_domains` are domains whose every sub-domain is allowed (``zendesk.com``), or a
    domain with a path prefix (``hubspot.com/knowledge``)."""

    start_url: str
    extra: list[str] = field(default_factory=list)
    vendor_domains: list[str] = field(default_factory=list)
    same_site: bool = True

    def __post_init__(self) -> None:
        start = netloc(self.start_url)
        host, _, port = start.partition(":")
        self._exact: set[str] = {start}
        self._hosts: set[str] = set()
        if not port:
            self._hosts |= {host, _twin(host)}
        else:
            self._exact.add(f"{_twin(host)}:{port}")
        for entry in self.extra:
            (self._exact if ":" in entry else self._hosts).add(entry.lower())
        # the site: the start host's registrable domain, and those of the hosts allowed (a
        # start on a port keeps its sub-domains on that port: help.shop.localhost:8001)
        sites = [(host, int(port) if port else None)]
        sites += [(e.lower(), None) for e in self.extra if ":" not in e]
        self._sites: set[tuple[str, int | None]] = (
            {(d, p) for h, p in sites if (d := registrable_domain(h))} if self.same_site else set()
        )

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = (parts.hostname or "").lower()
        loc = f"{host}:{parts.port}" if parts.port else host
        if loc in self._exact or host in self._hosts:
            return True
        if self._sites and (registrable_domain(host), parts.port) in self._sites:
            return True
        return any(_under(host, parts.path, entry) for entry in self.vendor_domains)

    def own_hosts(self) -> list[str]:
        """The hosts named outright (``host:port`` or ``host`` on any port), not those allowed
        as sub-domains of the site or of a help-desk vendor."""
        return sorted(self._exact | self._hosts)

    def describe(self) -> list[str]:
        same = [
            f"*.{site}" + (f":{port}" if port else "")
            for site, port in sorted(self._sites, key=lambda s: (s[0], s[1] or 0))
        ]
        return self.own_hosts() + same + [f"*.{d}" for d in self.vendor_domains]


def _under(host: str, path: str, entry: str) -> bool:
    domain, _, prefix = entry.partition("/")
    on_host = host == domain or host.endswith("." + domain)
    return on_host and (not prefix or path.lstrip("/").startswith(prefix))


@dataclass
class RobotsRules:
    """robots.txt for one origin. `status` is the HTTP status of the fetch (0 if it failed)."""

    status: int
    text: str = ""
    agent: str = ROBOTS_TOKEN

    def __post_init__(self) -> None:
        # 2xx: the rules as written; 4xx: no rules (allow all); 5xx or no answer: stay out.
        self._parser: Protego | None = None
        self._allow_all = 400 <= self.status < 500
        if 200 <= self.status < 300:
            self._parser = Protego.parse(self.text)
            self._allow_all = False

    def allows(self, url: str) -> bool:
        if self._parser is not None:
            return bool(self._parser.can_fetch(url, self.agent))
        return self._allow_all

    def reason(self, url: str) -> str:
        if self.status >= 500 or self.status == 0:
            got = f"HTTP {self.status}" if self.status else "no answer"
            return f"robots.txt could not be read ({got}); RFC 9309 says to stay out"
        return f"robots.txt disallows {urlsplit(url).path or '/'} for {self.agent}"


class RateLimiter:
    """Spaces requests to each host at least ``1 / per_second`` seconds apart."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second
        self._next: dict[str, float] = {}
        self._lock = asyncio.Lock()

    async def wait(self, host: str) -> float:
        """Wait for this host's next slot; returns the seconds waited."""
        async with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self.interval
        delay = slot - now
        if delay > 0:
            await asyncio.sleep(delay)
        return delay


# Files that are never a page: what a site's own hosts serve under these endings loads unjudged.
UNJUDGED_ENDINGS = ("js", "mjs", "css", "woff", "woff2", "ttf", "otf")


def judged_requests(hosts: HostPolicy, block_hosts: list[str]) -> re.Pattern[str]:
    """Every URL but the scripts, style sheets and fonts of the hosts the site names outright
    (a host with something blocked on it is judged whole). Playwright's driver matches the
    pattern itself, so the requests it leaves out never reach this process."""
    names = []
    for own in hosts.own_hosts():
        host, _, port = own.partition(":")
        if any(_touches(host, entry) for entry in block_hosts):
            continue
        names.append(re.escape(host) + (f":{port}" if port else r"(?::\d+)?"))
    if not names:
        return re.compile(r"^")
    endings = "|".join(UNJUDGED_ENDINGS)
    return re.compile(
        rf"^(?!https?://(?:{'|'.join(names)})/[^?#]*\.(?:{endings})(?:[?#]|$))", re.IGNORECASE
    )


def _touches(host: str, entry: str) -> bool:
    name = entry.partition("/")[0].partition(":")[0].lower()
    return host == name or host.endswith("." + name) or name.endswith("." + host)
