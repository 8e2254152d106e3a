"""Contacting the store: the form, the promised response time, chat hours."""

from __future__ import annotations

from benchmark.measure.checks.base import AuditResult, Context


def contact_form_usable(ctx: Context) -> AuditResult:
    page = ctx.answer("contact")
    if page is None:
        return AuditResult(
            id="contact_form_usable", status="not_applicable", evidence="contact page not found"
        )
    forms = [f for f in page.forms if f.contact]
    if not forms:
        return AuditResult(
            id="contact_form_usable",
            status="not_applicable",
            url=page.url,
            evidence="no contact form on the contact page",
        )
    form = forms[0]
    unlabelled = [f.placeholder or f.type for f in form.fields if not f.label]
    problems = []
    if unlabelled:
        problems.append(f"fields without a label: {', '.join(unlabelled)}")
    if not form.submit_visible:
        problems.append("no visible send button")
    return AuditResult(
        id="contact_form_usable",
        status="fail" if problems else "pass",
        url=page.url,
        evidence="; ".join(problems)
        or f"{len(form.fields)} labelled fields and a visible send button",
    )


def response_time_stated(ctx: Context) -> AuditResult:
    result = ctx.result("contact")
    if result is None or not result.found:
        return AuditResult(
            id="response_time_stated", status="not_applicable", evidence="contact page not found"
        )
    fact = result.facts.get("response_time")
    if fact is None:
        return AuditResult(
            id="response_time_stated",
            status="fail",
            url=result.evidence.final_url,
            evidence="the contact page states no response time",
        )
    return AuditResult(
        id="response_time_stated",
        status="pass",
        url=fact.url,
        evidence=f"{fact.value}: “{fact.snippet}”",
    )


def chat_hours_shown(ctx: Context) -> AuditResult:
    chat = ctx.result("live-chat")
    if chat is None or not chat.found:
        return AuditResult(
            id="chat_hours_shown", status="not_applicable", evidence="no live chat found"
        )
    contact = ctx.result("contact")
    for source in (chat, contact):
        fact = source.facts.get("chat_hours") if source is not None else None
        if fact is not None:
            return AuditResult(
                id="chat_hours_shown",
                status="pass",
                url=fact.url,
                evidence=f"{fact.value}: “{fact.snippet}”",
            )
    return AuditResult(
        id="chat_hours_shown",
        status="fail",
        url=chat.evidence.final_url,
        evidence="neither the chat panel nor the contact page shows chat hours",
    )
