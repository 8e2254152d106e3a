"""Channels: every way a shopper can reach the store, seen on the pages the robot visited.

Links say a lot: ``mailto:`` and ``tel:`` links, WhatsApp or Messenger links, social profiles,
an external help centre (hosts and schemes in ``data/channels.yaml``). Forms with a message
field are contact forms. The chat task adds the live chat (or a bot, or an offline form) and
the contact task adds the addresses and numbers stated in the page text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import phonenumbers
import yaml
from pydantic import BaseModel, ConfigDict, Field

from benchmark import DATA_DIR
from benchmark.agent.contract import PageView
from benchmark.measure.extract.contact import emails, phones
from benchmark.spec.lexicon import CueView
from benchmark.store.record import ChannelFinding, SiteRun
from benchmark.text import words

CHANNELS_FILE = DATA_DIR / "channels.yaml"
KINDS = (
    "email",
    "phone",
    "contact_form",
    "live_chat",
    "chatbot",
    "messaging",
    "social",
    "help_centre",
)


class Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    hosts: list[str] = Field(default_factory=list)
    schemes: list[str] = Field(default_factory=list)
    scripts: list[str] = Field(default_factory=list)


class ChannelFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    social: dict[str, Pattern]
    messaging: dict[str, Pattern]
    help_centre: dict[str, Pattern]


@lru_cache(maxsize=1)
def channel_patterns() -> ChannelFile:
    return ChannelFile.model_validate(yaml.safe_load(CHANNELS_FILE.read_text(encoding="utf-8")))


def _host_matches(host: str, path: str, pattern: str) -> bool:
    domain, _, prefix = pattern.partition("/")
    on_host = host == domain or host.endswith("." + domain)
    return on_host and (not prefix or path.lstrip("/").startswith(prefix))


def classify_link(href: str) -> tuple[str, str] | None:
    """(kind, name) of a link that is itself a channel, else None."""
    parts = urlsplit(href)
    scheme = parts.scheme.lower() + ":"
    host = (parts.hostname or "").lower()
    for kind in ("messaging", "social", "help_centre"):
        for name, pattern in getattr(channel_patterns(), kind).items():
            if scheme in pattern.schemes or (
                host and any(_host_matches(host, parts.path, h) for h in pattern.hosts)
            ):
                return kind, name
    return None


_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _phone(raw: str, region: str) -> str:
    """A dialled number in international form; as written (without invisible marks) when it
    cannot be read in the store's country ("0700 17 267" on a store whose country is unknown
    is not a US number)."""
    raw = _INVISIBLE.sub("", raw).strip()
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return raw
    if not phonenumbers.is_possible_number(number):
        return raw
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_PHONE_TEXT = re.compile(r"\+?[\d\s().\-/]{6,24}")


def find_channels(view: PageView, cues: CueView, region: str = "US") -> list[ChannelFinding]:
    """The channels one page shows, from its links, scripts and forms."""
    found: list[ChannelFinding] = []
    for link in view.links:
        href = link.href.strip()
        lowered = href.lower()
        if lowered.startswith("mailto:"):
            address = unquote(href[7:].split("?")[0]).lower()
            if address:
                found.append(
                    ChannelFinding(kind="email", name=address, evidence=href, url=view.url)
                )
        elif lowered.startswith("tel:"):
            dialled = _phone(unquote(href[4:]), region)
            found.append(ChannelFinding(kind="phone", name=dialled, evidence=href, url=view.url))
            # what the shopper reads on the link is the number they will note down, even
            # when the link dials another one
            shown = _INVISIBLE.sub("", link.text).strip()
            if _PHONE_TEXT.fullmatch(shown) and (also := _phone(shown, region)) != dialled:
                found.append(ChannelFinding(kind="phone", name=also, evidence=href, url=view.url))
        elif (hit := classify_link(href)) is not None:
            found.append(ChannelFinding(kind=hit[0], name=hit[1], evidence=href, url=view.url))
    # what the page says in plain text: a number or address with no link. The header and
    # footer are read as contact blocks; the rest of the page (a seller's box, a delivery
    # help text) only yields numbers written to be dialled (+…, (…)) or after a phone word.
    # A number written beside its WhatsApp link ("WhatsApp: +34 612 345 678") is that
    # messaging channel, not a phone line.
    messaging = {
        digits
        for f in found
        if f.kind == "messaging" and len(digits := re.sub(r"\D", "", f.evidence)) >= 8
    }
    for where in ("header", "footer", "page"):
        text = view.region_text.get(where, "") if where != "page" else view.text
        for address in emails(text):
            found.append(ChannelFinding(kind="email", name=address, evidence=where, url=view.url))
        for fact in phones(text, cues, region, strict=where == "page") if text else []:
            if re.sub(r"\D", "", str(fact.value)) in messaging:
                continue
            found.append(
                ChannelFinding(
                    kind="phone", name=str(fact.value), evidence=fact.snippet, url=view.url
                )
            )
    for name, pattern in channel_patterns().help_centre.items():
        if any(s in src for src in view.scripts for s in pattern.scripts) or (
            view.generator and name.split()[0].lower() in view.generator.lower()
        ):
            found.append(
                ChannelFinding(
                    kind="help_centre", name=name, evidence=view.generator or "script", url=view.url
                )
            )
    for form in view.forms:
        if is_contact_form(form.fields, cues):
            labels = ", ".join(
                f.get("label") or f.get("placeholder") or f.get("name", "") for f in form.fields
            )
            found.append(
                ChannelFinding(
                    kind="contact_form", name="contact form", evidence=labels[:160], url=view.url
                )
            )
    return dedupe(found)


def is_contact_form(fields: list[dict[str, str]], cues: CueView) -> bool:
    """A form with a message field (not a search box, not a newsletter sign-up)."""
    for f in fields:
        text = " ".join(f.get(k, "") for k in ("label", "placeholder", "name"))
        tokens = words(text)
        if f.get("type") == "textarea" or (tokens and cues.best(tokens, "fields", "contact")):
            return True
    return False


def dedupe(findings: list[ChannelFinding]) -> list[ChannelFinding]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for f in findings:
        if (f.kind, f.name) not in seen:
            seen.add((f.kind, f.name))
            unique.append(f)
    return unique


def inventory(site_run: SiteRun) -> dict[str, list[ChannelFinding]]:
    """Every channel of one site × device, by kind, from all pages and tasks."""
    findings: list[ChannelFinding] = []
    for page in site_run.pages:
        findings += page.channels
    for result in site_run.results:
        if result.page is not None:
            findings += result.page.channels
        for name in ("email", "phone"):
            fact = result.facts.get(name)
            if fact is not None:
                findings.append(
                    ChannelFinding(
                        kind=name,
                        name=str(fact.value).lower() if name == "email" else str(fact.value),
                        evidence=fact.snippet,
                        url=fact.url,
                    )
                )
        chat = result.evidence.chat
        if chat is not None and chat.panel_open:
            kind = "chatbot" if chat.mode == "bot" else "live_chat"
            label = chat.vendor_name or "chat"
            if chat.mode == "offline":
                label += " (offline: leave a message)"
            findings.append(
                ChannelFinding(
                    kind=kind,
                    name=label,
                    evidence=chat.panel_text or "",
                    url=result.evidence.final_url or "",
                )
            )
    by_kind: dict[str, list[ChannelFinding]] = {kind: [] for kind in KINDS}
    for f in dedupe(findings):
        by_kind.setdefault(f.kind, []).append(f)
    return by_kind
