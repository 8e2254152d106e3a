"""Information scent: how strongly a link or button promises to lead to the answer.

A person scanning a page for the returns policy clicks "Returns & refunds" before "Help", and
"Help" before "Our story". The score of a candidate comes from its label (and accessible name)
matched against the lexicon in the page's language, then its URL path:

    1.00  a label cue of the scenario's intent ("Retours", "Track your order")
    0.85  a label cue of a secondary intent (refund for the returns task)
    0.60  a related label ("Orders", "Policies"), a little less for later ones in the list
    0.55  a help hub ("Help", "Service client", "Klantenservice")
    0.45  a menu toggle ("Menu", a hamburger button)
    0.75  a URL path word of the intent (/retours), 0.45 a hub path (/help)

scaled by the cue's language weight (English on a French page counts 0.9) and by how much of
the label the cue covers (a cue lost in a long promotional sentence counts less); a label
announcing an offer ("Free shipping", "Gratis-Versand") counts 0.9 of the plain one
("Shipping & delivery"), where the terms are. Links to other hosts, other schemes, the current
page, account/cart/social links and chat widgets score nothing, and a help-ish URL under such
a label ("Cookies policy" at /help/) is too weak to follow. An earlier cue in the lexicon's
list ("Help" before "Questions") wins a tie, then the site's navigation, then reading order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from benchmark.agent.contract import Candidate, PageView
from benchmark.agent.layout import is_widget, reading_order
from benchmark.phrases import Phrase, find_phrase
from benchmark.spec.lexicon import CueView, Match
from benchmark.text import words

INTENT = 1.0
SECONDARY = 0.85
RELATED = 0.6
RELATED_DECAY, CUE_DECAY = 0.03, 0.002  # per position in the list: earlier are likelier places
HUB = 0.55
MENU = 0.45
SLUG = 0.75
HUB_SLUG = 0.45
BOTH_BONUS = 0.04  # the path confirms the label: a tie-breaker, never more than the label itself
AVOID_COVERAGE = 0.6
MENU_COVERAGE = 0.5
FOLLOW = 0.5
STRONG = 0.85
ELSEWHERE = 0.85  # a weak promise on a chat control ("Contact our chatbot" for the FAQ)
ELSEWHERE_PATH = 0.5  # a help-ish URL under a label about another topic ("Refund terms", /support)
GROUP = 0.9  # a link that names nothing itself, under a column heading that promises
OFFER = 0.9  # "Free shipping" announces a deal; "Shipping & delivery" promises the terms
WIDGET_INTENTS = ("chat",)  # controls that open a widget in place, never a page to read
_MENU_CLASS = re.compile(
    r"(hamburger|burger|menu-toggle|nav-toggle|navbar-toggler|menu-button|"
    r"mobile-menu|menu-open|offcanvas|drawer-toggle|toggle-menu)",
    re.I,
)
_SEARCH_CLASS = re.compile(r"search", re.I)
_TITLES = re.compile(r"\s*[&/|+,]\s*")  # "Help & FAQ", "Orders / Returns": two titles
CHROME = ("header", "nav", "footer")


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float
    why: str
    strong: bool  # the label names the scenario's intent itself

    @property
    def id(self) -> int:
        return self.candidate.id


def _coverage_factor(match: Match) -> float:
    """All cue ("Customer services") promises more than cue and more ("Track boots")."""
    if match.coverage >= 0.99:
        return 1.0
    if match.coverage >= 0.5:
        return 0.95
    if match.coverage >= 0.25:
        return 0.85
    return 0.7


def path_words(url: str) -> list[str]:
    return words(urlsplit(url).path.replace("-", " ").replace("_", " "))


def same_page(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.netloc, pa.path.rstrip("/"), pa.query) == (pb.netloc, pb.path.rstrip("/"), pb.query)


def label_tokens(c: Candidate) -> tuple[list[str], list[str]]:
    return words(c.text), (words(c.name) if c.name and c.name != c.text else [])


class Scent:
    """Scores candidates for one scenario on one page."""

    def __init__(self, cues: CueView, intents: list[str], allows: Callable[[str], bool]) -> None:
        self.cues = cues
        self.intents = intents
        self.allows = allows
        self._slugs = [
            (Phrase.of(s), lang.compounds, INTENT if i == 0 else SECONDARY, weight)
            for i, intent in enumerate(intents)
            for lang, weight in cues.languages
            for s in lang.spec.intents[intent].slugs
        ]
        self._others = sorted(
            {i for lang, _ in cues.languages for i in lang.spec.intents} - set(intents)
        )
        self._hub_slugs = [
            (Phrase.of(s), lang.compounds, weight)
            for lang, weight in cues.languages
            for s in lang.spec.intents["faq"].slugs
        ]

    def _label_score(self, tokens: list[str]) -> tuple[float, str, bool]:
        """Score of a label, remembered: pages repeat labels, and so do a site's pages."""
        key = ("label", tuple(tokens), *self.intents)
        return self.cues.remembered(key, lambda: self._score_label(tokens))

    def _elsewhere(self, tokens: list[str]) -> tuple[str, Match] | None:
        """A link cue of another scenario's topic in the label, and that topic: "Refund
        policy" leads to the refund policy, whatever its /support/ URL."""
        found = None
        for intent in self._others:
            match = self.cues.best(tokens, "links", intent)
            if match and (found is None or match.coverage > found[1].coverage):
                found = (intent, match)
        return found

    def _score_label(self, tokens: list[str]) -> tuple[float, str, bool]:
        if not tokens:
            return 0.0, "", False
        avoid = self.cues.best(tokens, "avoid")
        if avoid and avoid.coverage >= AVOID_COVERAGE:
            return -1.0, f"avoid ~ {avoid.phrase}", False
        best = self._score_cues(tokens)
        if best[0] == 0.0 and avoid is not None:  # "Cookies policy" filed under /help/
            return 0.0, f"elsewhere ~ {avoid.phrase}", False
        if best[0] > 0.0 and self.cues.best(tokens, "offer"):
            best = (best[0] * OFFER, f"{best[1]}; an offer", best[2])
        if not best[2]:
            found = self._elsewhere(tokens)
            if best[0] == 0.0 and found is not None:
                return 0.0, f"elsewhere ~ {found[1].phrase}", False
            # a related place may well name other topics ("Retours & remboursements" is where
            # exchanges are explained), but a chat launcher opens a widget, not a page
            for intent in WIDGET_INTENTS:
                widget = None if intent in self.intents else self.cues.best(tokens, "links", intent)
                if best[0] > 0.0 and widget is not None:
                    best = (best[0] * ELSEWHERE, f"{best[1]}; also ~ {widget.phrase}", False)
                    break
        return best

    def _score_cues(self, tokens: list[str]) -> tuple[float, str, bool]:
        best = (0.0, "", False)
        for i, intent in enumerate(self.intents):
            base = INTENT if i == 0 else SECONDARY
            for kind, weight in (
                ("links", base),
                ("page", base * 0.95),
                ("related", RELATED),
                ("legal", RELATED),
            ):
                match = self.cues.best(tokens, kind, intent)
                if match:
                    score = weight * match.weight * _coverage_factor(match)
                    decay = RELATED_DECAY if kind in ("related", "legal") else CUE_DECAY
                    score *= 1 - decay * min(match.rank, 5 if decay == RELATED_DECAY else 10)
                    strong = kind not in ("related", "legal")
                    if score > best[0]:
                        best = (
                            score,
                            f"{kind}:{intent} ~ {match.phrase} ({match.language})",
                            strong,
                        )
        hub = self.cues.best(tokens, "hub")
        if hub:
            score = HUB * hub.weight * _coverage_factor(hub)
            if score > best[0]:
                best = (score, f"hub ~ {hub.phrase} ({hub.language})", False)
        return best

    def _slug_score(self, href: str | None) -> tuple[float, str, bool]:
        """Score of the URL path, and whether it names the intent (not just a help hub)."""
        if not href:
            return 0.0, "", False
        path = urlsplit(href).path
        return self.cues.remembered(("path", path, *self.intents), lambda: self._path(href))

    def _path(self, href: str) -> tuple[float, str, bool]:
        tokens = path_words(href)
        if not tokens:
            return 0.0, "", False
        best = (0.0, "", True)
        for phrase, compounds, base, weight in self._slugs:
            if find_phrase(tokens, phrase, compounds) >= 0 and SLUG * base * weight > best[0]:
                best = (SLUG * base * weight, f"path ~ {phrase.text}", True)
        if best[0] == 0.0:
            for phrase, compounds, weight in self._hub_slugs:
                if find_phrase(tokens, phrase, compounds) >= 0:
                    return HUB_SLUG * weight, f"path ~ {phrase.text}", False
        return best

    def is_menu_toggle(self, c: Candidate) -> bool:
        if c.kind not in ("toggle", "button"):
            return False
        # mostly a menu word ("Menu", "Toutes les catégories"): "Collection, afficher les
        # catégories auxiliaires" opens one shelf of the product menu, not the site's menu
        tokens = words(c.label) + words(c.name)
        menu = self.cues.best(tokens, "menu") if tokens else None
        if menu and menu.coverage >= MENU_COVERAGE:
            return True
        return not words(c.text) and bool(_MENU_CLASS.search(f"{c.classes} {c.el_id}"))

    def is_search_control(self, c: Candidate) -> bool:
        tokens = words(c.text) + words(c.name)
        if tokens:
            match = self.cues.best(tokens, "search")
            return bool(match and match.coverage >= 0.5)
        return bool(_SEARCH_CLASS.search(f"{c.classes} {c.el_id}"))

    def score(self, c: Candidate, view: PageView) -> Scored | None:
        """Score one candidate, or None if a shopper would never use it for this task."""
        if c.kind in ("submit", "field") or is_widget(c, view):
            return None
        if c.kind == "link":
            href = c.href or ""
            if not href.lower().startswith(("http://", "https://")):
                return None
            if not self.allows(href) or same_page(href, view.url):
                return None
        if c.expanded is True:
            return None
        text_tokens, name_tokens = label_tokens(c)
        score, why, strong = self._label_score(text_tokens)
        if score < 0:
            return None
        if name_tokens:
            name_score, name_why, name_strong = self._label_score(name_tokens)
            if name_score < 0 and not text_tokens:
                return None
            if name_score * 0.95 > score:
                score, why, strong = name_score * 0.95, name_why + " [name]", name_strong
        if score == 0 and not why and c.group:
            # "All topics" under the footer column "Help & FAQ": the column says where it
            # leads; a heading joining two titles promises each ("Help", "FAQ")
            parts = [c.group, *_TITLES.split(c.group)]
            group, group_why, group_strong = max(self._label_score(words(p)) for p in parts)
            if group > 0:
                score, why, strong = group * GROUP, f"{group_why} [column]", group_strong
        # a control's href (an in-page "#contact", a "#" wired by script) names this page
        href = c.href if c.kind == "link" else None
        slug, slug_why, slug_names_intent = self._slug_score(href)
        if score > 0 and slug and slug_names_intent:
            score, why = min(1.05, score + BOTH_BONUS), f"{why}; {slug_why}"
        elif score == 0 and slug:
            factor = 1.0 if not text_tokens else 0.9
            if why.startswith("elsewhere"):
                factor, slug_why = ELSEWHERE_PATH, f"{slug_why}; {why}"
            score, why = slug * factor, slug_why
        if self.is_menu_toggle(c) and score < MENU:
            score, why = MENU, "menu toggle"
        if score <= 0:
            return None
        return Scored(c, round(score, 3), why, strong and score >= STRONG)

    def explorable(self, view: PageView) -> list[Candidate]:
        """Footer disclosures with no cue in their label ("About", "Shop"): on a phone,
        footers fold their columns away and a person opens them to see what is inside."""
        found = []
        for c in reading_order(view.candidates):
            if c.kind != "toggle" or c.region != "footer" or c.expanded is True:
                continue
            tokens = words(c.label)
            avoid = self.cues.best(tokens, "avoid") if tokens else None
            if avoid and avoid.coverage >= AVOID_COVERAGE:
                continue
            found.append(c)
        return found

    def rank(self, view: PageView) -> list[Scored]:
        """Best first; ties to the site's navigation (content's "Need help?" is about it)."""
        scored = [s for c in view.candidates if (s := self.score(c, view)) is not None]
        order = {c.id: i for i, c in enumerate(reading_order(view.candidates))}
        return sorted(
            scored,
            key=lambda s: (-s.score, s.candidate.region not in CHROME, order.get(s.id, 0)),
        )
