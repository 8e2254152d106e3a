"""A compact record of a page for the audits and the channel inventory (see `PageSnapshot`):
its support links (visible or in menus), its forms, the channels it shows."""

from __future__ import annotations

from urllib.parse import urlsplit

from benchmark.agent.contract import PageView
from benchmark.measure.channels import classify_link, find_channels, is_contact_form
from benchmark.measure.extract.contact import phone_region
from benchmark.spec.lexicon import CueView
from benchmark.store.record import FieldInfo, FormInfo, LinkInfo, PageSnapshot
from benchmark.text import words

SUPPORT_INTENTS = (
    "returns",
    "refund",
    "exchange",
    "contact",
    "chat",
    "shipping",
    "faq",
    "order_tracking",
    "cancellation",
    "gift_card",
    "loyalty",
)
MAX_LINKS = 160


def host_of(url: str) -> str:
    """The lower-cased host name of a URL ("" if it has none)."""
    return (urlsplit(url).hostname or "").lower()


def norm_url(url: str) -> str:
    """A page's address without its fragment or a trailing slash: the same page twice."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/') or '/'}" + (
        f"?{parts.query}" if parts.query else ""
    )


def link_intents(text: str, cues: CueView) -> list[str]:
    tokens = words(text)
    if not tokens:
        return []
    return [
        intent
        for intent in SUPPORT_INTENTS
        if (m := cues.best(tokens, "links", intent)) is not None and m.coverage >= 0.34
    ]


def take(
    view: PageView,
    cues: CueView,
    role: str,
    scenario_id: str | None = None,
    accessibility: dict[str, int] | None = None,
) -> PageSnapshot:
    links = []
    for link in view.links:
        intents = link_intents(link.text, cues)
        keep = (
            intents
            or link.region == "footer"
            or classify_link(link.href) is not None
            or link.href.lower().startswith(("mailto:", "tel:"))
        )
        if keep and len(links) < MAX_LINKS:
            links.append(
                LinkInfo(
                    text=link.text,
                    href=link.href,
                    region=link.region,
                    visible=link.visible,
                    intents=intents,
                )
            )
    forms = [
        FormInfo(
            method=f.method,
            search=f.search,
            region=f.region,
            fields=[
                FieldInfo(
                    type=x.get("type", ""),
                    label=x.get("label", ""),
                    placeholder=x.get("placeholder", ""),
                )
                for x in f.fields
            ],
            submit_visible=f.submit_visible,
            contact=not f.search and is_contact_form(f.fields, cues),
        )
        for f in view.forms[:10]
    ]
    region = phone_region(cues)
    return PageSnapshot(
        role=role,
        scenario_id=scenario_id,
        url=view.url,
        title=view.title,
        links=links,
        forms=forms,
        channels=find_channels(view, cues, region),
        accessibility=accessibility,
    )


def sample_pages(view: PageView, cues: CueView, allows: object) -> list[tuple[str, str]]:
    """A category page (first menu link) and a product-like page (first content link) that
    are not support pages: where "policies reachable from every page" is checked."""
    picked: list[tuple[str, str]] = []
    home = view.url.split("#")[0].rstrip("/")
    for role, regions in (("category", ("nav", "header")), ("product", ("main", "other"))):
        for link in view.links:
            href = link.href.split("#")[0]
            if link.region not in regions or not allows(href) or href.rstrip("/") == home:
                continue
            tokens = words(link.text)
            avoid = cues.best(tokens, "avoid") if tokens else None
            if link_intents(link.text, cues) or (avoid and avoid.coverage >= 0.6):
                continue
            if href not in {url for _, url in picked}:
                picked.append((role, href))
                break
    return picked
