"""Shared pieces of the fact extractors: numbers with units, prices, cue positions (and the
sentences they are read in, from `sentences`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from benchmark.measure.extract.cues import (
    and_words,
    contains,
    cue_group,
    cue_positions,
    cue_reaches,
    cue_spans,
    forms,
    free_words,
    original_offsets,
    phrase_spans,
    starts,
)
from benchmark.measure.extract.durations import Duration, durations
from benchmark.measure.extract.numbers import Amount
from benchmark.measure.extract.numbers import amounts as read_amounts
from benchmark.measure.extract.sentences import (
    Item,
    asks,
    lines,
    sentence_around,
    sentences,
    statements,
    with_headings,
)
from benchmark.spec.lexicon import CueView
from benchmark.text import clip, normalize, words


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


def amounts(sentence: str, cues: CueView) -> list[Amount]:
    """Prices as written on the page ("4,95 €", "$1,000", "C$9.95"), read in its language."""
    return read_amounts(sentence, cues.primary.code)


def business_days(tokens: list[str], cues: CueView) -> list[tuple[int, int]]:
    """Token spans where a business-day word stands ("business days", "Werktage", "días
    hábiles")."""
    units = {tuple(words(u)) for lang, _ in cues.languages for u in lang.spec.units.business_day}
    return [
        (i, i + len(u))
        for u in units
        if u
        for i in range(len(tokens))
        if tuple(tokens[i : i + len(u)]) == u
    ]


def without_business_days(tokens: list[str], cues: CueView) -> list[str]:
    """`tokens` without their business-day words: they prove a shipping page, but a sentence
    with one may speak of refunds or replies ("refund issued within 5–7 business days")."""
    spans = business_days(tokens, cues)
    return [t for i, t in enumerate(tokens) if not any(a <= i < b for a, b in spans)]


def has_cue(tokens: list[str], cues: CueView, intent: str, *kinds: str) -> bool:
    """Speaks of `intent` in the words of its cues as written: their reach is what the
    extractors' rules were weighed against."""
    return any(cues.best(tokens, kind, intent, as_written=False) for kind in kinds)


def is_free(tokens: list[str], cues: CueView) -> bool:
    """Says "free" (or "sin coste", "kostenlos"…) in the page's language or English."""
    return contains(tokens, free_words(cues), cues)


SINCE_AFTER_CUE = 4  # characters from a cue's end to the "after" that follows it: "出荷後"
TIME_FIRST_REACH = 10  # characters from a time to its verb: "3일 이내 출고", "2 napon belül"
_PUNCTUATION = re.compile(r"[^\w\s]")


def right_before(norm: str, d: Duration, verb: int) -> bool:
    """Does `d` end right before the cue at `verb`, nothing but words between?"""
    return 0 <= verb - d.end <= TIME_FIRST_REACH and not _PUNCTUATION.search(norm[d.end : verb])


def verb_timed(sentence: str, cues: CueView, group: str, found: list[Duration]) -> list[Duration]:
    """The durations a cue of `group` written after its time times: "翌営業日の発送"."""
    norm = normalize(sentence)
    verbs = cue_positions(sentence, cues, group, time_first=True)
    return [d for d in found if any(right_before(norm, d, v) for v in verbs)]


def timed(sentence: str, cues: CueView, group: str, found: list[Duration]) -> list[Duration]:
    """The durations a cue of `group` times ("ships within 2 days"), in order: each one after
    such a cue and, in languages that put the time first ("3営業日以内に発送", "24小時內回覆"),
    one that ends right before such a cue with no punctuation between; in languages whose
    clauses end in the verb, the nearest one before a cue written after its time."""
    marks = cue_reaches(sentence, cues, group, time_first=False)
    verbs = cue_positions(sentence, cues, group, time_first=True)
    norm = normalize(sentence)
    if cues.primary.spec.time_first:
        # "出荷後1~3日でお届け": a cue followed by "after" is the day a time counts from
        # (counted from the cue's end: a Hangul syllable normalises to two or three letters)
        since = cue_positions(sentence, cues, "since")
        ends = dict(phrase_spans(sentence, cue_group(cues, group), cues))
        marks = [
            m
            for m in marks
            if not any(m[0] < p <= ends.get(m[0], m[0]) + SINCE_AFTER_CUE for p in since)
        ]

    def after(d: Duration, mark: int, reach: int | None) -> bool:
        return d.start >= mark and (reach is None or d.start - mark <= reach)

    # a clause's final verb: the nearest time before it, wherever the clause put it
    nearest = set()
    if cues.primary.spec.verb_final:
        for verb in verbs:
            before = [n for n, d in enumerate(found) if d.end <= verb]
            nearest |= {max(before, key=lambda n: found[n].end)} if before else set()
    return [
        d
        for n, d in enumerate(found)
        if any(after(d, m, reach) for m, reach in marks)
        or any(right_before(norm, d, v) for v in verbs)
        or n in nearest
    ]


__all__ = [
    "Amount",
    "Duration",
    "Fact",
    "Item",
    "amounts",
    "and_words",
    "asks",
    "business_days",
    "clip",
    "contains",
    "cue_group",
    "cue_positions",
    "cue_reaches",
    "cue_spans",
    "durations",
    "forms",
    "free_words",
    "has_cue",
    "is_free",
    "lines",
    "original_offsets",
    "phrase_spans",
    "sentence_around",
    "sentences",
    "starts",
    "statements",
    "timed",
    "verb_timed",
    "with_headings",
    "without_business_days",
    "words",
]
