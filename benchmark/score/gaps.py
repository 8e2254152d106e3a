"""Where your store loses: every task, fact, channel and audit in which a competitor does
better, with the size of the gap and the competitor's evidence next to yours.

Gaps are on one 0–1 scale so they can be ordered together:
- a task: the best competitor's score minus yours (per device);
- a fact: how far your value is from a better one a competitor states (30 vs 60 days is
  0.5), only where theirs is better by the fact's own rule (data/facts.yaml); a value that is
  worse, or not comparable (another unit or currency), is no gap;
- "you don't say": a fact a competitor states and you do not, whatever its value; milder
  (`UNSTATED_GAP`), since not stating a policy is not the same as having a worse one;
- a channel: 0.5 for each kind of channel (phone, live chat, WhatsApp…) a competitor offers
  and you do not;
- an audit: its weight, when you fail and a competitor passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmark.measure.checks import AuditResult, audit_specs
from benchmark.score.facts import fact_kinds, rank
from benchmark.score.scoring import result_score
from benchmark.store.record import ChannelFinding, FactValue, Run

CHANNEL_GAP = 0.5
UNSTATED_GAP = 0.25
CHANNEL_KINDS = ("phone", "email", "contact_form", "live_chat", "messaging")
MIN_GAP = 0.05


@dataclass(frozen=True)
class Gap:
    area: str  # task | fact | unstated | channel | audit
    title: str
    gap: float
    yours: str
    theirs: str
    competitor: str
    evidence: str = ""
    url: str | None = None


def _yours(run: Run) -> str | None:
    return next((s.slug for s in run.sites if s.role == "yours"), None)


def _names(run: Run) -> dict[str, str]:
    return {s.slug: s.name for s in run.sites}


def task_gaps(run: Run, yours: str) -> list[Gap]:
    gaps = []
    names = _names(run)
    for device in run.devices:
        mine = run.site_run(yours, device)
        if mine is None:
            continue
        for scenario in run.scenarios:
            my_result = next((r for r in mine.results if r.scenario_id == scenario.id), None)
            my_score = result_score(my_result, scenario) if my_result else None
            best = None
            for sr in run.site_runs:
                if sr.slug == yours or sr.device != device:
                    continue
                result = next((r for r in sr.results if r.scenario_id == scenario.id), None)
                score = result_score(result, scenario) if result else None
                if score is not None and (best is None or score > best[0]):
                    best = (score, sr.slug, result)
            if best is None or my_score is None or best[0] - my_score < MIN_GAP:
                continue
            score, slug, result = best
            gaps.append(
                Gap(
                    area="task",
                    title=f"{scenario.title} ({device})",
                    gap=round(score - my_score, 2),
                    yours=_describe(my_result),
                    theirs=_describe(result),
                    competitor=names[slug],
                    evidence=result.evidence.snippet or "",
                    url=result.evidence.final_url,
                )
            )
    return gaps


def _describe(result) -> str:  # type: ignore[no-untyped-def]
    if result is None:
        return "not run"
    if not result.found:
        return result.verdict.replace("_", " ")
    return (
        f"{result.verdict.replace('_', ' ')} in {result.clicks} clicks, "
        f"est. {result.estimated_time_s:.0f} s"
    )


def fact_gaps(run: Run, yours: str, books: dict[str, dict[str, FactValue]]) -> list[Gap]:
    gaps = []
    names = _names(run)
    for name, kind in fact_kinds().items():
        if kind.better is None:
            continue
        stated = {slug: book[name] for slug, book in books.items() if name in book}
        others = {slug: fact for slug, fact in stated.items() if slug != yours}
        if not others:
            continue
        if yours not in stated:
            best = sorted(rank(name, others).best) or list(others)
            gaps.append(
                _fact_gap(
                    "unstated",
                    kind.label,
                    UNSTATED_GAP,
                    "not stated",
                    others[best[0]],
                    names[best[0]],
                )
            )
            continue
        ranked = rank(name, stated)
        gap = ranked.gap.get(yours, 0.0)
        better = sorted(s for s in ranked.best if s != yours)
        if not better or gap < MIN_GAP:
            continue
        gaps.append(
            _fact_gap(
                "fact",
                kind.label,
                gap,
                str(stated[yours].value),
                stated[better[0]],
                names[better[0]],
            )
        )
    return gaps


def _fact_gap(
    area: str, title: str, gap: float, mine: str, theirs: FactValue, competitor: str
) -> Gap:
    return Gap(
        area=area,
        title=title,
        gap=round(gap, 2),
        yours=mine,
        theirs=str(theirs.value),
        competitor=competitor,
        evidence=theirs.snippet,
        url=theirs.url,
    )


def channel_gaps(
    run: Run, yours: str, channels: dict[str, dict[str, list[ChannelFinding]]]
) -> list[Gap]:
    names = _names(run)
    by_site = {
        slug: {kind: {f.name for f in found} for kind, found in kinds.items()}
        for slug, kinds in channels.items()
    }
    mine = by_site.get(yours, {})
    gaps = []
    for kind in CHANNEL_KINDS:
        if mine.get(kind):
            continue
        for slug, kinds in by_site.items():
            if slug != yours and kinds.get(kind):
                gaps.append(
                    Gap(
                        area="channel",
                        title=kind.replace("_", " "),
                        gap=CHANNEL_GAP,
                        yours="not offered",
                        theirs=", ".join(sorted(kinds[kind]))[:120],
                        competitor=names[slug],
                    )
                )
                break
    return gaps


def audit_gaps(run: Run, yours: str, audits: dict[tuple[str, str], list[AuditResult]]) -> list[Gap]:
    specs = audit_specs()
    names = _names(run)
    gaps = []
    for device in run.devices:
        mine = {a.id: a for a in audits.get((yours, device), [])}
        for audit_id, result in mine.items():
            if result.status != "fail":
                continue
            winner = next(
                (
                    (slug, a)
                    for (slug, dev), found in audits.items()
                    if slug != yours and dev == device
                    for a in found
                    if a.id == audit_id and a.status == "pass"
                ),
                None,
            )
            if winner is None:
                continue
            slug, theirs = winner
            gaps.append(
                Gap(
                    area="audit",
                    title=f"{specs[audit_id].title} ({device})",
                    gap=specs[audit_id].weight,
                    yours=result.evidence,
                    theirs=theirs.evidence,
                    competitor=names[slug],
                    url=theirs.url,
                )
            )
    return gaps


def where_you_lose(
    run: Run,
    audits: dict[tuple[str, str], list[AuditResult]],
    books: dict[str, dict[str, FactValue]],
    channels: dict[str, dict[str, list[ChannelFinding]]],
) -> list[Gap]:
    """Every gap of your store, largest first, from the scorecard's facts, channels and
    audits (computed once, in `benchmark.score.scorecard`)."""
    yours = _yours(run)
    if yours is None:
        return []
    gaps = (
        task_gaps(run, yours)
        + fact_gaps(run, yours, books)
        + channel_gaps(run, yours, channels)
        + audit_gaps(run, yours, audits)
    )
    return sorted(gaps, key=lambda g: (-g.gap, g.area, g.title))
