"""What the browser reports about a page, as plain data the agent can reason about.

The browser layer fills these from ``browser/js/perceive.js``; the agent, the goal check, the
measures and the tests read them without knowing anything about Playwright. `Driver` is the
contract between the agent and whatever serves it pages. Saved views make unit tests fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Protocol


def _from_dict(cls: type, data: dict[str, Any]):  # type: ignore[no-untyped-def]
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Candidate:
    """Something a person could click: a link, a button, a menu toggle."""

    id: int
    kind: str  # link | button | toggle | submit
    tag: str
    text: str
    name: str
    href: str | None
    region: str  # header | nav | main | aside | footer | dialog | other
    x: float
    y: float
    w: float
    h: float
    in_viewport: bool = False
    covered: bool | None = None
    fixed: bool = False
    expanded: bool | None = None
    target_blank: bool = False
    classes: str = ""
    el_id: str = ""
    group: str = ""  # the heading of the footer or menu column a link sits in

    @property
    def label(self) -> str:
        """What a person reads: the visible text, else the accessible name."""
        return self.text or self.name


@dataclass
class FormField:
    id: int
    type: str
    name: str
    label: str
    placeholder: str
    form_method: str | None
    form_action: str | None
    in_search: bool
    region: str
    x: float
    y: float
    w: float
    h: float

    @property
    def description(self) -> str:
        return " ".join(p for p in (self.label, self.placeholder, self.name) if p)


@dataclass
class Overlay:
    """A layer covering a large part of the screen (modal, newsletter pop-up)."""

    id: int
    area: float
    text: str
    dialog: bool
    members: list[int]


@dataclass
class Section:
    """A heading and the visible text under it."""

    heading: str
    level: int
    tag: str
    region: str
    collapsed: bool
    toggle_id: int | None
    y: float
    text: str
    chars: int = 0
    link_chars: int = 0

    @property
    def mostly_links(self) -> bool:
        """A list of links (a footer column, a menu), not content that answers anything."""
        return self.chars > 0 and self.link_chars / self.chars > 0.8


@dataclass
class Link:
    """Any link on the page, visible or folded away in a menu."""

    href: str
    text: str
    region: str
    visible: bool


@dataclass
class FormSummary:
    method: str
    search: bool
    region: str
    fields: list[dict[str, str]]
    submit_visible: bool


_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` for these plain records, without its deep copies: a big page's
    view (3,000 candidates) was 4 ms of the event loop each time it was named or saved."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    items = value.items() if isinstance(value, dict) else vars(value).items()  # or a dataclass
    return {k: v if isinstance(v, _SCALARS) else _plain(v) for k, v in items}


@dataclass
class PageView:
    url: str
    title: str
    lang: str
    h1: list[str]
    viewport: dict[str, float]
    scroll: dict[str, float]
    candidates: list[Candidate] = field(default_factory=list)
    fields: list[FormField] = field(default_factory=list)
    overlays: list[Overlay] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    forms: list[FormSummary] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    region_text: dict[str, str] = field(default_factory=dict)  # header / footer in plain text
    generator: str = ""
    text: str = ""
    locale: str = ""  # og:locale or Content-Language ("bg_BG", "fr-FR"): the market it serves
    banners: list[Overlay] = field(default_factory=list)  # cookie bars no consent tool handled
    pid: str = ""  # its name among the run's artifacts (benchmark.artifacts), once recorded

    @classmethod
    def from_js(cls, data: dict[str, Any]) -> PageView:
        return cls(
            url=data["url"],
            title=data.get("title", ""),
            lang=data.get("lang", ""),
            h1=list(data.get("h1", [])),
            viewport=dict(data.get("viewport", {"w": 1280, "h": 720})),
            scroll=dict(data.get("scroll", {"x": 0, "y": 0, "height": 0})),
            candidates=[_from_dict(Candidate, c) for c in data.get("candidates", [])],
            fields=[_from_dict(FormField, f) for f in data.get("fields", [])],
            overlays=[_from_dict(Overlay, o) for o in data.get("overlays", [])],
            sections=[_from_dict(Section, s) for s in data.get("sections", [])],
            links=[_from_dict(Link, link) for link in data.get("links", [])],
            forms=[_from_dict(FormSummary, form) for form in data.get("forms", [])],
            scripts=list(data.get("scripts", [])),
            region_text=dict(data.get("region_text", {})),
            generator=data.get("generator", ""),
            text=data.get("text", ""),
            locale=data.get("locale", ""),
            banners=[_from_dict(Overlay, b) for b in data.get("banners", [])],
        )

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    def candidate(self, cid: int) -> Candidate | None:
        return next((c for c in self.candidates if c.id == cid), None)


CONTENT = ("main", "other", "aside")  # a page's own content: not its header, footer or menu
CLICK_FAILED = "could not click"  # how an Outcome's error begins when a click never went through


@dataclass
class Outcome:
    """What happened after an action: did a page (or a client-side route) load, how long."""

    ok: bool
    navigated: bool = False
    url: str = ""
    elapsed_ms: float = 0.0
    status: int | None = None
    error: str | None = None
    new_document: bool = False


@dataclass
class ChatProbe:
    """Chat widgets seen on a page (from ``browser/js/chat.js``)."""

    vendors: list[dict[str, Any]] = field(default_factory=list)
    corner_launchers: list[dict[str, Any]] = field(default_factory=list)
    large_layers: list[dict[str, Any]] = field(default_factory=list)


class Driver(Protocol):
    """What the agent needs of a browser tab: look, act, and report what happened.

    `benchmark.browser.PageDriver` drives a Chromium tab; `benchmark.agent.replay.ReplayDriver`
    serves saved page views, so the decision loop can be tested without a browser."""

    @property
    def url(self) -> str: ...

    @property
    def usable(self) -> bool: ...

    async def goto(self, url: str, retries: int = 0) -> Outcome: ...

    async def click(self, element_id: int) -> Outcome: ...

    async def click_point(self, x: float, y: float) -> Outcome: ...

    async def click_selector(self, selector: str, frame: str | None = None) -> Outcome: ...

    async def box_of(self, selector: str) -> dict[str, float] | None: ...

    async def search(self, field_id: int, text: str) -> Outcome: ...

    async def back(self) -> Outcome: ...

    async def press(self, key: str) -> None: ...

    async def pause(self, seconds: float) -> None: ...

    async def perceive(self) -> PageView: ...

    async def chat_probe(self, vendors: list[dict[str, Any]]) -> ChatProbe: ...

    async def accessibility(self) -> dict[str, int] | None: ...

    async def panel_text(self, selectors: list[str], limit: int = 600) -> str: ...

    async def screenshot(self, path: Path, scroll_to_y: float | None = None) -> bool: ...

    async def reset_pointer(self) -> None: ...

    async def stir(self) -> None: ...

    async def close(self) -> None: ...
