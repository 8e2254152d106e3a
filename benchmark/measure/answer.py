"""Has the shopper arrived? A page answers a task when a heading names the topic and the text
under that heading proves it (a return window, an order-number field, a list of questions…).

Headings are the page title and ``<h1>`` (then the whole page is the scope), or any sub-heading,
question, accordion or disclosure (then only the text under it counts). A disclosure whose
heading matches but is still closed is reported so the shopper can open it, as a person would.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmark.agent.contract import CONTENT, PageView, Section
from benchmark.measure.contacts import contact_details
from benchmark.measure.extract import EXTRACTORS, Fact, extract
from benchmark.measure.extract.exchanges import item_words
from benchmark.measure.extract.sentences import QUESTION_MARKS
from benchmark.measure.help import (
    hub_topics,
    names_help,
    question_units,
    questions_asked,
    task_sentence,
)
from benchmark.measure.topic import sentence_with, speaks_of
from benchmark.spec.lexicon import CueView
from benchmark.spec.models import ProofRule, Scenario
from benchmark.text import words


@dataclass
class GoalCheck:
    found: bool = False
    heading: str | None = None
    snippet: str | None = None
    y: float | None = None
    facts: dict[str, Fact] = field(default_factory=dict)
    expand_id: int | None = None
    expand_label: str | None = None
    topic_seen: bool = False  # some heading names the topic, proven or not


def heading_matches(
    text: str,
    scenario: Scenario,
    cues: CueView,
    intents: list[str] | None = None,
    kinds: tuple[str, ...] = ("page", "legal"),
) -> bool:
    """The heading names the topic, or a legal text that states it (terms of sale); a help
    page is also named as shoppers know the help hub ("Kundendienst", "Customer service").
    A question asked in a page's text names it in the shopper's words, as links do ("How can
    I track my parcel?"): `kinds` then adds "links"."""
    tokens, intents = words(text), scenario.success.heading if intents is None else intents
    return any(cues.best(tokens, kind, intent) for intent in intents for kind in kinds) or (
        "faq" in intents and names_help(tokens, cues)
    )


def _heading_intents(view: PageView, scenario: Scenario, cues: CueView) -> list[str]:
    """The topics whose headings answer here: the task's own, and those sharing a page with
    it unless the page's content links on to a page of the task's own ("See exchanges")."""
    onward = any(
        c.kind == "link"
        and c.region in CONTENT
        and cues.best(words(c.label), "links", scenario.intent)
        for c in view.candidates
    )
    return scenario.success.heading + ([] if onward else scenario.success.shared)


def _questions(view: PageView) -> int:
    heads = sum(1 for s in view.sections if s.heading.rstrip().endswith(QUESTION_MARKS))
    links = sum(1 for c in view.candidates if c.label.rstrip().endswith(QUESTION_MARKS))
    return max(heads, links, questions_asked(_main_text(view)))


def _field_matches(view: PageView, intent: str, cues: CueView) -> str | None:
    for f in view.fields:
        if f.in_search:
            continue
        tokens = words(f.description)
        if tokens and cues.best(tokens, "fields", intent):
            return f.description
    return None


LINK_SHARE = 0.6  # text that is mostly link labels is a menu, not an answer


def _mostly_links(view: PageView, scope: str) -> bool:
    """Page level: the main content is mostly link labels (a hub, a category listing)."""
    content = [c for c in view.candidates if c.region in CONTENT]
    link_words = sum(len(words(c.text)) for c in content if c.kind == "link")
    return link_words > LINK_SHARE * max(1, len(words(scope)))


def _proof(
    rule: ProofRule,
    scope: str,
    view: PageView,
    cues: CueView,
    section: Section | None,
    apart: tuple[str, ...] = (),
) -> str | None:
    """The snippet proving `rule` on this scope, or None (`apart`: topics whose sentences
    do not speak of this one)."""
    if rule.topic:
        if (section is not None and section.mostly_links) or (
            section is None and _mostly_links(view, scope)
        ):
            return None
        return speaks_of(rule.topic, scope, cues, apart)
    if rule.fact:
        fact = EXTRACTORS[rule.fact](scope, cues) if rule.fact in EXTRACTORS else None
        return fact.snippet if fact else None
    if rule.cue:
        if section is not None and section.mostly_links:
            return None
        tokens = item_words(words(scope), cues)  # "exchange rate" proves no exchange
        match = cues.best(tokens, "proof", rule.cue)
        return sentence_with(scope, match.phrase) if match else None
    if rule.field:
        label = _field_matches(view, rule.field, cues)
        return f"form field: {label}" if label else None
    if rule.hub:
        count = len(hub_topics(view, cues, section))
        return f"links to {count} support topics" if count >= rule.hub else None
    if rule.questions:
        if section is not None and section.mostly_links:
            return None
        count = _questions(view) if section is None else scope.count("?")
        return f"{count} questions listed" if count >= rule.questions else None
    return None


def _main_text(view: PageView) -> str:
    """The page's content for a page-level match: what follows the first ``<h1>`` (so promo
    bars and menus above it do not count), or the whole page when it has no ``<h1>``."""
    first_h1 = next((s for s in view.sections if s.tag == "h1" and s.text), None)
    return first_h1.text if first_h1 is not None else view.text


def _scopes(
    view: PageView, scenario: Scenario, cues: CueView
) -> list[tuple[str, str, float | None, Section | None]]:
    """(heading, text, y, section) for every heading naming the topic, page level first."""
    scopes: list[tuple[str, str, float | None, Section | None]] = []
    intents = _heading_intents(view, scenario, cues)
    for head in [view.title, *view.h1]:
        if head and heading_matches(head, scenario, cues, intents):
            scopes.append((head, _headed(head, _main_text(view)), None, None))
            break
    for section in view.sections:
        if section.region in ("nav", "header"):
            continue
        if heading_matches(section.heading, scenario, cues, intents):
            scopes.append(
                (section.heading, _headed(section.heading, section.text), section.y, section)
            )
    for question, answer in question_units(_main_text(view)):  # an FAQ written as text
        if heading_matches(question, scenario, cues, intents, ("page", "legal", "links")):
            scopes.append((question, _headed(question, answer), None, None))
    return scopes


def _answers(section: Section) -> bool:
    """The section is content that may answer: open, in the page's own content, not a list
    of links (a footer column "Delivery" of links speaks of nothing)."""
    return not section.collapsed and section.region in CONTENT and not section.mostly_links


def _headed(heading: str, text: str) -> str:
    """The text under a heading, read with the heading on top as a person reads it: the
    heading is often the subject of the lines below ("Right of withdrawal" over "within 14
    days") or the answer itself ("Free returns within 30 days")."""
    return f"{heading}\n{text}" if heading and not text.startswith(heading) else text


def _without_links(text: str, view: PageView) -> str:
    """`text` without the labels of the page's links: a teaser is no answer."""
    for c in view.candidates:
        if c.kind == "link" and c.text.strip():
            text = text.replace(c.text, " ")
    return text


def _states_a_fact(
    result: GoalCheck, heading: str, text: str, view: PageView, scenario: Scenario, cues: CueView
) -> bool:
    """`result` found under `heading` if `text` states a fact that proves the task."""
    for rule in scenario.success.proof_any:
        if rule.fact and (snippet := _proof(rule, text, view, cues, None)):
            result.found, result.topic_seen = True, True
            result.heading, result.snippet = heading, snippet
            result.facts = extract(scenario.facts, text, cues)
            return True
    return False


def _tells_the_task(
    result: GoalCheck, heading: str, text: str, scenario: Scenario, cues: CueView
) -> bool:
    """`result` found under `heading` if a sentence of `text` names a task proved by words
    and says something of it (`help.task_sentence`)."""
    for rule in scenario.success.proof_any:
        if rule.cue and (snippet := task_sentence(text, rule.cue, cues)):
            result.found = result.topic_seen = True
            result.heading, result.snippet = heading, snippet
            return True
    return False


def check_goal(
    view: PageView,
    scenario: Scenario,
    cues: CueView,
    opened: set[int] | None = None,
    via: str | None = None,
) -> GoalCheck:
    """Does this page answer the scenario? `opened` lists disclosures already opened here;
    `via` is the label of the link that led here, when it named the task."""
    opened = opened or set()
    result = GoalCheck()
    apart = tuple(scenario.success.apart)
    scopes = _scopes(view, scenario, cues)
    for heading, text, y, section in scopes:
        result.topic_seen = True
        if section is not None and section.collapsed:
            if (
                section.toggle_id is not None
                and section.toggle_id not in opened
                and result.expand_id is None
            ):
                result.expand_id, result.expand_label = section.toggle_id, section.heading
            continue
        for rule in scenario.success.proof_any:
            snippet = _proof(rule, text, view, cues, section, apart)
            if snippet:
                result.found, result.heading, result.snippet, result.y = True, heading, snippet, y
                result.facts = extract(scenario.facts, text, cues)
                return result
    # several short answers on the topic ("How is delivery charged?", "Do you deliver to the
    # regions?") speak of it at length together, as one section would
    page = {view.title, *view.h1}
    parts = [(h, t) for h, t, _, sec in scopes if (_answers(sec) if sec else h not in page)]
    if len(parts) > 1 and any(r.topic for r in scenario.success.proof_any):
        together = "\n".join(t for _h, t in parts)
        rule = next(r for r in scenario.success.proof_any if r.topic)
        if snippet := _proof(rule, together, view, cues, None, apart):
            result.found, result.heading, result.snippet = True, parts[0][0], snippet
            result.facts = extract(scenario.facts, together, cues)
            return result
    # an FAQ or help page answers under a heading of its own ("Preguntas frecuentes" / "El
    # plazo de entrega es de 24-48h"), not with a link's teaser; so does a page reached by a
    # link that named the task ("Retours" / "Délais & éligibilité" / "Fenêtre de retour : 14
    # jours"; "Estado del pedido" / "… verificar el estado de su pedido"): with a fact the
    # task asks for, or a sentence that names the task and says it, not talk of the topic
    hub = next((h for h in [view.title, *view.h1] if h and names_help(words(h), cues)), None)
    named = via if via and heading_matches(via, scenario, cues) else None
    topics = scenario.success.told
    heads = [h for h in [view.title, *view.h1] if h] if topics else []
    about = next((h for h in heads if heading_matches(h, scenario, cues, topics)), None)
    main = _main_text(view)
    told = _without_links(main, view) if hub is not None or named or about else ""
    if hub is not None and (
        _states_a_fact(result, hub, told, view, scenario, cues)
        or _tells_the_task(result, hub, told, scenario, cues)
    ):
        return result
    if named and (
        _states_a_fact(result, named, _headed(named, main), view, scenario, cues)
        or _tells_the_task(result, named, told, scenario, cues)
    ):
        return result
    # the page of a topic that tells the task in passing ("Delivery" / "… a Track & Trace
    # code to follow your parcel"): a sentence naming the task, as on a help page
    if about and _tells_the_task(result, about, told, scenario, cues):
        return result
    if any(rule.contact_details for rule in scenario.success.proof_any):
        details = contact_details(view, cues)
        if details is not None:
            where, snippet, text = details
            result.found, result.topic_seen = True, True
            result.heading = f"contact details in the {where}"
            result.snippet = snippet
            result.facts = extract(scenario.facts, text, cues)
    return result
