"""Checklist audits: support-findability practices, each pass, fail or not applicable with
the evidence that decided it. Definitions (titles, weights) live in ``data/audits.yaml``;
each check is a small pure function of the saved run, one module per family."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import yaml
from pydantic import BaseModel, ConfigDict

from benchmark import DATA_DIR
from benchmark.measure.checks.base import AuditResult, Context
from benchmark.measure.checks.contact import (
    chat_hours_shown,
    contact_form_usable,
    response_time_stated,
)
from benchmark.measure.checks.footer import contact_in_footer, faq_in_footer, super_footer
from benchmark.measure.checks.reach import policies_everywhere, support_hub, support_on_mobile
from benchmark.store.record import Run, SiteRun

AUDITS_FILE = DATA_DIR / "audits.yaml"
CHECKS: dict[str, Callable[[Context], AuditResult]] = {
    "support_hub": support_hub,
    "super_footer": super_footer,
    "contact_in_footer": contact_in_footer,
    "faq_in_footer": faq_in_footer,
    "contact_form_usable": contact_form_usable,
    "response_time_stated": response_time_stated,
    "chat_hours_shown": chat_hours_shown,
    "policies_everywhere": policies_everywhere,
    "support_on_mobile": support_on_mobile,
}


class AuditSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    why: str
    weight: float = 1.0


@lru_cache(maxsize=1)
def audit_specs() -> dict[str, AuditSpec]:
    data = yaml.safe_load(AUDITS_FILE.read_text(encoding="utf-8"))
    specs = {name: AuditSpec.model_validate(spec) for name, spec in data.items()}
    assert set(specs) == set(CHECKS), "data/audits.yaml and benchmark/checks/ disagree"
    return specs


def audit_site_run(site_run: SiteRun, run: Run) -> list[AuditResult]:
    """All audits of one site × device. A check that fails with a bug is an error result."""
    desktop = run.site_run(site_run.slug, "desktop") if site_run.device != "desktop" else None
    context = Context(site_run, desktop)
    results = []
    for audit_id, check in CHECKS.items():
        try:
            result = check(context)
        except Exception as exc:  # one broken check never sinks the report
            result = AuditResult(
                id=audit_id, status="error", evidence=f"{type(exc).__name__}: {exc}"
            )
        results.append(result)
    return results


def audit_run(run: Run) -> dict[tuple[str, str], list[AuditResult]]:
    return {
        (sr.slug, sr.device): audit_site_run(sr, run)
        for sr in run.site_runs
        if sr.status != "failed"
    }


__all__ = ["CHECKS", "AuditResult", "audit_run", "audit_site_run", "audit_specs"]
