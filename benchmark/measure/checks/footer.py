"""What the home page's footer offers."""

from __future__ import annotations

from benchmark.measure.checks.base import SUPPORT_INTENTS, AuditResult, Context, intents_of, labels

SUPER_FOOTER_TOPICS = 4


def _footer(ctx: Context):  # type: ignore[no-untyped-def]
    home = ctx.home()
    if home is None:
        return None, []
    return home, [link for link in home.links if link.region == "footer"]


def super_footer(ctx: Context) -> AuditResult:
    home, links = _footer(ctx)
    if home is None:
        return AuditResult(id="super_footer", status="not_applicable", evidence="no home page")
    topics = intents_of(links) & SUPPORT_INTENTS
    topics = {"returns" if t in ("refund", "exchange") else t for t in topics}
    status = "pass" if len(topics) >= SUPER_FOOTER_TOPICS else "fail"
    return AuditResult(
        id="super_footer",
        status=status,
        url=home.url,
        evidence=f"{len(topics)} support topics in the footer "
        f"({', '.join(sorted(topics)) or 'none'})",
    )


def contact_in_footer(ctx: Context) -> AuditResult:
    home, links = _footer(ctx)
    if home is None:
        return AuditResult(id="contact_in_footer", status="not_applicable", evidence="no home page")
    contact = [
        link
        for link in links
        if "contact" in link.intents or link.href.lower().startswith(("mailto:", "tel:"))
    ]
    # an address or number written in the footer as plain text is there for the shopper too
    written = [
        c.name for c in home.channels if c.kind in ("email", "phone") and c.evidence == "footer"
    ]
    found = ([labels(contact)] if contact else []) + written
    return AuditResult(
        id="contact_in_footer",
        status="pass" if found else "fail",
        url=home.url,
        evidence=f"footer: {', '.join(found)}"
        if found
        else "no contact link, email or phone in the footer",
    )


def faq_in_footer(ctx: Context) -> AuditResult:
    home, links = _footer(ctx)
    if home is None:
        return AuditResult(id="faq_in_footer", status="not_applicable", evidence="no home page")
    faq = [link for link in links if "faq" in link.intents]
    return AuditResult(
        id="faq_in_footer",
        status="pass" if faq else "fail",
        url=home.url,
        evidence=f"footer: {labels(faq)}" if faq else "no FAQ or help link in the footer",
    )
