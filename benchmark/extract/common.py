"""Shared pieces of the fact extractors: sentences, numbers with units, prices."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import CueView
from ..text import Phrase, clip, find_phrase, normalize, words


@dataclass(frozen=True)
class Fact:
    """A support fact with the sentence that states it.

    `value` is what the page says ("3–5 business days", "4,95 €", True); `number` and `unit`
    make values comparable across stores (days, hours, an amount in a currency)."""

    name: str
    value: str | int | float | bool
    snippet: str
    number: float | None = None
    unit: str | None = None


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|\t+")
CURRENCIES = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "£": "GBP",
    "lei": "RON",
    "ron": "RON",
    "chf": "CHF",
    "kr": "SEK",
}
_AMOUNT = re.compile(
    r"(?:(?P<cur1>[€$£]|lei|ron|chf)\s?(?P<num1>\d{1,6}(?:[.,]\d{1,2})?)"
    r"|(?P<num2>\d{1,6}(?:[.,]\d{1,2})?)\s?(?P<cur2>[€$£]|eur\b|euros?\b|lei\b|ron\b|chf\b))"
)
HOURS_PER = {"minute": 1 / 60, "hour": 1, "day": 24, "business_day": 24, "week": 168, "month": 720}


def sentences(text: str) -> list[str]:
    """Sentences and table cells/rows: the units facts are stated in."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def lines(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"\n+", text) if line.strip()]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of `text` that contains the span start:end."""
    marks = (". ", "\n", "! ", "? ")
    left = max(text.rfind(mark, 0, start) for mark in marks)
    rights = [i for mark in marks if (i := text.find(mark, end)) >= 0]
    right = min(rights) if rights else len(text)
    return clip(text[left + 1 : right + 1].strip(), 220)


@dataclass(frozen=True)
class Duration:
    low: int
    high: int
    kind: str  # minute | hour | day | business_day | week | month
    start: int
    end: int

    @property
    def hours(self) -> float:
        return self.high * HOURS_PER[self.kind]

    @property
    def days(self) -> int:
        per = {"week": 7, "month": 30}.get(self.kind, 1)
        return self.high * per

    def label(self) -> str:
        unit = {
            "business_day": "business days",
            "minute": "minutes",
            "hour": "hours",
            "day": "days",
            "week": "weeks",
            "month": "months",
        }[self.kind]
        if self.high == 1:
            unit = unit.rstrip("s")
        span = f"{self.low}–{self.high}" if self.low != self.high else f"{self.high}"
        return f"{span} {unit}"


@lru_cache(maxsize=64)
def _duration_pattern(
    key: tuple[str, ...], fillers: tuple[str, ...], number_words: tuple[str, ...]
) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(u) for u in sorted(key, key=len, reverse=True))
    filler = "|".join(re.escape(f) for f in fillers)
    gap = rf"[\s-]*(?:(?:{filler})\s+)?" if filler else r"[\s-]*"
    spelled = "|".join(re.escape(w) for w in sorted(number_words, key=len, reverse=True))
    number = rf"(?:\d{{1,3}}|\b(?:{spelled}))" if spelled else r"\d{1,3}"
    return re.compile(
        rf"(?<![\d.,])({number})(?:\s*(?:-|–|to|a|à|bis|tot|al|la|e|y|until)\s*({number}))?"
        rf"{gap}(?P<unit>{alternatives})\b"
    )


def _number_words(cues: CueView) -> dict[str, int]:
    table: dict[str, int] = {}
    for lang, _ in cues.languages:
        for value, spelled in enumerate(lang.spec.units.numbers, start=1):
            for word in spelled.split("/"):
                table.setdefault(normalize(word.strip()), value)
    return table


def _unit_table(cues: CueView) -> dict[str, str]:
    table: dict[str, str] = {}
    for lang, _ in cues.languages:
        spec = lang.spec.units
        for kind in ("business_day", "minute", "hour", "day", "week", "month"):
            for word in getattr(spec, kind):
                table.setdefault(normalize(word), kind)
    return table


def durations(sentence: str, cues: CueView) -> list[Duration]:
    """Every "<number> <unit>" or "<a>–<b> <unit>" in a sentence, in order."""
    table = _unit_table(cues)
    spelled = _number_words(cues)
    fillers = tuple(normalize(f) for lang, _ in cues.languages for f in lang.spec.units.filler)
    pattern = _duration_pattern(tuple(table), fillers, tuple(spelled))

    def value(text: str) -> int:
        return int(text) if text.isdigit() else spelled[text]

    found = []
    for m in pattern.finditer(normalize(sentence)):
        low = value(m.group(1))
        high = value(m.group(2) or m.group(1))
        found.append(
            Duration(min(low, high), max(low, high), table[m.group("unit")], m.start(), m.end())
        )
    return found


@dataclass(frozen=True)
class Amount:
    text: str
    number: float
    currency: str
    start: int


def amounts(sentence: str) -> list[Amount]:
    """Prices as written on the page ("4,95 €", "$5.95"), with a comparable number."""
    found = []
    lowered = sentence.lower()
    for m in _AMOUNT.finditer(lowered):
        raw = m.group("num1") or m.group("num2")
        cur = (m.group("cur1") or m.group("cur2") or "").strip()
        number = float(raw.replace(",", "."))
        text = " ".join(sentence[m.start() : m.end()].split())
        found.append(Amount(text, number, CURRENCIES.get(cur, cur.upper()), m.start()))
    return found


def has_cue(tokens: list[str], cues: CueView, intent: str, *kinds: str) -> bool:
    return any(cues.best(tokens, kind, intent) for kind in kinds)


def is_free(tokens: list[str], cues: CueView) -> bool:
    """Says "free" (or "sin coste", "kostenlos"…) in the page's language or English."""
    return any(
        find_phrase(tokens, Phrase.of(word), lang.compounds) >= 0
        for lang, _ in cues.languages
        for word in lang.spec.units.free
    )


def cue_positions(sentence: str, cues: CueView, group: str) -> list[int]:
    """Character offsets (in the normalised sentence) where cues of `group` start."""
    norm = normalize(sentence)
    positions = []
    for lang, _ in cues.languages:
        for phrase in lang.facts[group]:
            pattern = r"\b" + r"\W+".join(re.escape(w) for w in phrase.words) + r"\b"
            positions += [m.start() for m in re.finditer(pattern, norm)]
    return sorted(positions)


def phrase_positions(sentence: str, phrases: list[tuple[Phrase, bool]]) -> list[int]:
    """Character offsets (normalised sentence) where any of the phrases starts; a cue word
    may carry a short ending, as in `benchmark.text.word_matches`."""
    norm = normalize(sentence)
    positions = []
    for phrase, compounds in phrases:
        tail = r"\w*" if compounds else r"\w{0,3}"  # Warenrücksendung, Rückgabefrist
        head = r"" if compounds else r"\b"
        pattern = head + r"\W+".join(re.escape(w) + tail for w in phrase.words) + r"\b"
        positions += [m.start() for m in re.finditer(pattern, norm)]
    return sorted(set(positions))


def contains(tokens: list[str], phrases: list[tuple[Phrase, bool]]) -> bool:
    return any(find_phrase(tokens, p, compounds) >= 0 for p, compounds in phrases)


__all__ = [
    "Amount",
    "Duration",
    "Fact",
    "amounts",
    "clip",
    "contains",
    "cue_positions",
    "durations",
    "has_cue",
    "is_free",
    "lines",
    "sentence_around",
    "sentences",
    "words",
]
