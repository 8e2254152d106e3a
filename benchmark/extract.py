"""Support facts read from the text of the pages the shopper reached.

Each extractor is a pure function of text and the page's cues, and returns a `Fact` with the
snippet that proves it, or None. A fact that is not in the text is reported as not found; an
extractor never guesses. Unit words (days, Tage, jours…) come from the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from .lexicon import CueView
from .text import Phrase, clip, find_phrase, normalize, words

LANGUAGE_REGIONS = {
    "en": "US",
    "fr": "FR",
    "es": "ES",
    "ro": "RO",
    "de": "DE",
    "it": "IT",
    "pt": "PT",
    "nl": "NL",
}
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")
_AMOUNT = re.compile(
    r"(?:(?P<cur1>[€$£]|lei|ron|chf)\s?(?P<num1>\d+(?:[.,]\d{1,2})?)"
    r"|(?P<num2>\d+(?:[.,]\d{1,2})?)\s?(?P<cur2>[€$£]|eur\b|euros?\b|lei\b|ron\b|chf\b))"
)


@dataclass(frozen=True)
class Fact:
    name: str
    value: str | int | float | bool
    snippet: str


@dataclass(frozen=True)
class _Unit:
    kind: str
    days: float


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _unit_pattern(cues: CueView) -> tuple[re.Pattern[str], dict[str, _Unit]]:
    """A regex for "<number> <unit>" in the page's language and English."""
    units: dict[str, _Unit] = {}
    for lang, _ in cues.languages:
        spec = lang.spec.units
        for kind, per_day in (
            ("business_day", 1.4),
            ("day", 1),
            ("week", 7),
            ("month", 30),
            ("hour", 1 / 24),
        ):
            for word in getattr(spec, kind):
                units.setdefault(normalize(word), _Unit(kind, per_day))
    alternatives = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\d.,])(\d{{1,3}})(?:\s*(?:-|–|to|a|à|bis|tot|al|la|e)\s*(\d{{1,3}}))?"
        rf"[\s-]*(?P<unit>{alternatives})\b"
    )
    return pattern, units


def _unit_of(match: re.Match[str], units: dict[str, _Unit]) -> _Unit:
    return units[match.group("unit")]


def _has_any(sentence_words: list[str], cues: CueView, intent: str, *kinds: str) -> bool:
    return any(cues.best(sentence_words, kind, intent) for kind in kinds)


def _return_words(cues: CueView) -> list[tuple[Phrase, bool]]:
    """Cues that speak of sending something back, not of the money coming back."""
    found = []
    for lang, _ in cues.languages:
        refund = {
            p.text for kind in ("links", "proof", "page") for p in lang.intents["refund"][kind]
        }
        for kind in ("links", "proof"):
            found += [
                (p, lang.compounds) for p in lang.intents["returns"][kind] if p.text not in refund
            ]
    return found


def return_window_days(text: str, cues: CueView) -> Fact | None:
    """Days a shopper has to send an item back, from a sentence about sending things back.

    Sentences about refunds ("refunds take 10 days") rank below sentences about returning,
    and business days (a processing delay, usually) below calendar days.
    """
    pattern, units = _unit_pattern(cues)
    returning = _return_words(cues)
    best: tuple[int, int, Fact] | None = None
    for order, sentence in enumerate(_sentences(text)):
        tokens = words(sentence)
        about_return = any(find_phrase(tokens, p, c) >= 0 for p, c in returning)
        if not about_return and not _has_any(tokens, cues, "returns", "proof", "links"):
            continue
        for m in pattern.finditer(normalize(sentence)):
            unit = _unit_of(m, units)
            if unit.kind == "hour":
                continue
            count = int(m.group(2) or m.group(1))
            days = count if unit.kind == "business_day" else int(count * unit.days)
            score = (2 if about_return else 1) - (1 if unit.kind == "business_day" else 0)
            fact = Fact("return_window_days", days, clip(sentence, 220))
            if best is None or (score, -order) > (best[0], best[1]):
                best = (score, -order, fact)
    return best[2] if best else None


def delivery_time_days(text: str, cues: CueView) -> Fact | None:
    """The first delivery-time range stated next to a shipping word, e.g. "3–5 business days"."""
    pattern, units = _unit_pattern(cues)
    for sentence in _sentences(text):
        tokens = words(sentence)
        if not _has_any(tokens, cues, "shipping", "proof", "links", "page"):
            continue
        for m in pattern.finditer(normalize(sentence)):
            unit = _unit_of(m, units)
            if unit.kind not in ("day", "business_day", "week"):
                continue
            low, high = m.group(1), m.group(2) or m.group(1)
            label = "business days" if unit.kind == "business_day" else unit.kind + "s"
            value = f"{low}–{high} {label}" if low != high else f"{low} {label}"
            return Fact("delivery_time_days", value, clip(sentence, 220))
    return None


def _amounts(sentence: str) -> list[str]:
    """Prices as written on the page ("4,95 €", "$5.95")."""
    return [" ".join(m.group(0).split()) for m in _AMOUNT.finditer(sentence.lower())]


def _is_free(tokens: list[str], cues: CueView) -> bool:
    free = {normalize(w) for lang, _ in cues.languages for w in lang.spec.units.free}
    return any(t in free for t in tokens)


def shipping_cost(text: str, cues: CueView) -> Fact | None:
    """The first paid delivery price named next to a shipping word."""
    for sentence in _sentences(text):
        tokens = words(sentence)
        if not _has_any(tokens, cues, "shipping", "proof", "links", "page"):
            continue
        amounts = _amounts(sentence)
        if amounts and not _is_free(tokens, cues):
            return Fact("shipping_cost", amounts[0], clip(sentence, 220))
    return None


def free_shipping_threshold(text: str, cues: CueView) -> Fact | None:
    """The order value above which delivery is free, from a sentence saying so."""
    for sentence in _sentences(text):
        tokens = words(sentence)
        if _is_free(tokens, cues) and _has_any(tokens, cues, "shipping", "proof", "links", "page"):
            amounts = _amounts(sentence)
            if amounts:
                return Fact("free_shipping_threshold", amounts[0], clip(sentence, 220))
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of `text` that contains the span start:end."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "\n", "! ", "? "))
    rights = [i for mark in (". ", "\n", "! ", "? ") if (i := text.find(mark, end)) >= 0]
    right = min(rights) if rights else len(text)
    return clip(text[left + 1 : right + 1].strip(), 220)


def email(text: str, cues: CueView) -> Fact | None:
    m = _EMAIL.search(text)
    if m is None:
        return None
    return Fact("email", m.group(0).lower(), _sentence_around(text, m.start(), m.end()))


def phone(text: str, cues: CueView, region: str | None = None) -> Fact | None:
    """The first valid phone number, normalised to international format."""
    default = region or LANGUAGE_REGIONS.get(cues.primary.code, "US")
    for candidate_region in dict.fromkeys([default, "US", "GB"]):
        for m in phonenumbers.PhoneNumberMatcher(text, candidate_region):
            number = phonenumbers.format_number(
                m.number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            return Fact("phone", number, _sentence_around(text, m.start, m.end))
    return None


EXTRACTORS: dict[str, Callable[[str, CueView], Fact | None]] = {
    "return_window_days": return_window_days,
    "delivery_time_days": delivery_time_days,
    "shipping_cost": shipping_cost,
    "free_shipping_threshold": free_shipping_threshold,
    "email": email,
    "phone": phone,
}
# Facts that other modules record (the chat module names the vendor).
RECORDED_FACTS = {"chat_vendor"}
FACT_NAMES = frozenset(EXTRACTORS) | RECORDED_FACTS


def extract(names: list[str], text: str, cues: CueView) -> dict[str, Fact]:
    """Run the named extractors on `text`; facts not found are simply absent."""
    found: dict[str, Fact] = {}
    for name in names:
        extractor = EXTRACTORS.get(name)
        if extractor is None:
            continue
        fact = extractor(text, cues)
        if fact is not None:
            found[name] = fact
    return found
