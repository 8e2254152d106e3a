"""The site's own search box: found the way a person spots it, used with the intent's
search word in the page's language ("returns", "retours", "devoluciones")."""

from __future__ import annotations

from benchmark.agent.contract import Candidate, FormField, PageView
from benchmark.agent.scent import Scent
from benchmark.agent.state import ShopperState, candidate_key
from benchmark.spec.lexicon import CueView
from benchmark.text import words

SEARCH_FIELD_NAMES = {
    "q",
    "s",
    "query",
    "search",
    "keyword",
    "keywords",
    "term",
    "searchterm",
    "k",
    "search_query",
    "searchquery",
    "text",
}


async def site_search(
    task: ShopperState, view: PageView, cues: CueView, scent: Scent
) -> str | None:
    """Use the site's own search with the intent word. Returns None if there is none, "dead
    end" when the search led to an error page instead of results."""
    field = find_search_field(view, cues)
    if field is None:
        control = next(
            (
                c
                for c in view.candidates
                if scent.is_search_control(c)
                and c.kind in ("button", "toggle", "link")
                and candidate_key(c) not in task.here.tried
            ),
            None,
        )
        if control is None or not task.budget_left():
            return None
        task.here.tried.add(candidate_key(control))
        outcome = await task.d.click(control.id)
        task.note_first(control.label, None)
        task.trace.act("expand", control, control.label or "search", outcome, view)
        if outcome.navigated:
            task.push(task.d.url)
        view = await task.perceive()
        field = find_search_field(view, cues)
        if field is None:
            return "moved"
    if not task.budget_left():
        return None
    target = _as_candidate(field)
    if task.dead(view, target):
        return None  # it did not take the text before: a person does not type there again
    term = cues.search_term(task.scenario.intent)
    task.searched = True
    outcome = await task.d.search(field.id, term)
    task.note_first(f"search: {term}", None)
    task.note_dead(view, target, outcome)
    task.trace.act("search", target, f"search: {term}", outcome, view, typed=term)
    task.last_action_expanded = False
    if outcome.navigated:
        task.push(task.d.url, results_page=True)
        if not outcome.ok:
            return "dead end"  # an error page instead of results: nothing there to read
    return "searched"


def _as_candidate(field: FormField) -> Candidate:
    """The search box as a control the trace records and the dead-control memory knows."""
    return Candidate(
        id=field.id,
        kind="field",
        tag="input",
        text="",
        name=field.description,
        href=None,
        region=field.region,
        x=field.x,
        y=field.y,
        w=field.w,
        h=field.h,
    )


def find_search_field(view: PageView, cues: CueView) -> FormField | None:
    """A visible site-search box whose form (if any) is sent with GET."""
    for f in view.fields:
        if f.form_method not in (None, "get"):
            continue
        if f.type not in ("search", "text"):
            continue
        if f.in_search or f.type == "search" or f.name.lower() in SEARCH_FIELD_NAMES:
            return f
        tokens = words(f.description)
        if tokens and cues.best(tokens, "search"):
            return f
    return None
