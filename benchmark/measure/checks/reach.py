"""Reaching support: a hub page, policies from every page, the same answers on a phone."""

from __future__ import annotations

from benchmark.measure.checks.base import SUPPORT_INTENTS, AuditResult, Context, intents_of

HUB_TOPICS = 3


def support_hub(ctx: Context) -> AuditResult:
    """A page whose content (not its menus or footer) links contact and at least two other
    support topics, policies among them."""
    best = None
    for page in ctx.pages():
        content = [link for link in page.links if link.region in ("main", "aside", "other")]
        topics = intents_of(content) & SUPPORT_INTENTS
        topics = {"returns" if t in ("refund", "exchange") else t for t in topics}
        policies = topics & {"returns", "shipping"}
        if "contact" in topics and policies and len(topics) >= HUB_TOPICS:
            return AuditResult(
                id="support_hub",
                status="pass",
                url=page.url,
                evidence=f"links {', '.join(sorted(topics))}",
            )
        if best is None or len(topics) > len(best[1]):
            best = (page, topics)
    if best is None:
        return AuditResult(id="support_hub", status="fail", evidence="no page visited")
    return AuditResult(
        id="support_hub",
        status="fail",
        url=best[0].url,
        evidence=f"no page links contact and the policies; best: {best[0].url} "
        f"({', '.join(sorted(best[1])) or 'no support links'})",
    )


def policies_everywhere(ctx: Context) -> AuditResult:
    pages = ctx.pages("home", "category", "product")
    if len(pages) < 2:
        return AuditResult(
            id="policies_everywhere",
            status="not_applicable",
            evidence="fewer than two ordinary pages visited",
        )
    missing = []
    for page in pages:
        topics = intents_of(page.links)
        lacks = [
            name
            for name, group in (("returns", {"returns", "refund"}), ("shipping", {"shipping"}))
            if not topics & group
        ]
        if lacks:
            missing.append(f"{page.role} {page.url} lacks {' and '.join(lacks)}")
    return AuditResult(
        id="policies_everywhere",
        status="fail" if missing else "pass",
        url=pages[0].url,
        evidence="; ".join(missing)
        or f"{len(pages)} pages ({', '.join(p.role for p in pages)}) link both",
    )


def support_on_mobile(ctx: Context) -> AuditResult:
    if ctx.site_run.device == "desktop" or ctx.desktop is None:
        return AuditResult(
            id="support_on_mobile",
            status="not_applicable",
            evidence="checked on the phone run, against the desktop run",
        )
    found_desktop = {r.scenario_id for r in ctx.desktop.results if r.found}
    found_here = {r.scenario_id for r in ctx.site_run.results if r.found}
    lost = sorted(found_desktop - found_here)
    return AuditResult(
        id="support_on_mobile",
        status="fail" if lost else "pass",
        evidence=f"found on desktop but not here: {', '.join(lost)}"
        if lost
        else f"all {len(found_desktop)} answers found on desktop are found here",
    )
