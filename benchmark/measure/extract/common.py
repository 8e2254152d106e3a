"""Shared pieces of the fact extractors: numbers with units, prices, cue positions (and the
sentences they are read in, from `sentences`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
from benchmark.text import SEPARABLE_REACH, Phrase, clip, find_phrase, normalize, words


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
    return any(cues.best(tokens, kind, intent) for kind in kinds)


def is_free(tokens: list[str], cues: CueView) -> bool:
    """Says "free" (or "sin coste", "kostenlos"…) in the page's language or English."""
    return contains(tokens, free_words(cues), cues)


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")  # kana and Han


def _phrase_pattern(words: tuple[str, ...], tail: str = "", head: str = r"\b", gap: int = 0) -> str:
    """A cue phrase as a regex over normalised text: its words apart, each maybe with `tail`
    (a short ending), between word edges, with up to `SEPARABLE_REACH` words after its first
    `gap` words when it has a gap. Chinese and Japanese are written without spaces or edges:
    their characters follow one another, and nothing is added around them."""
    if all(_UNSPACED.fullmatch(w) for w in words):
        return "".join(re.escape(w) for w in words)
    seps = [r"\W+"] * (len(words) - 1)
    if gap:
        seps[gap - 1] = rf"(?:\W+\w+){{0,{SEPARABLE_REACH}}}?\W+"
    body = re.escape(words[0]) + tail
    for sep, word in zip(seps, words[1:], strict=True):
        body += sep + re.escape(word) + tail
    return head + body + r"\b"


def original_offsets(sentence: str) -> list[int]:
    """For each offset in the normalised sentence, the offset in the sentence as written:
    normalising writes some letters longer (a Hangul syllable as its jamo, "ß" as "ss")."""
    offsets = []
    for i, char in enumerate(sentence):
        offsets += [i] * len(normalize(char))
    return [*offsets, len(sentence)]


def cue_positions(
    sentence: str, cues: CueView, group: str, time_first: bool | None = None
) -> list[int]:
    """Character offsets (in the normalised sentence) where cues of `group` start. With
    `time_first` True, only cues that follow their time (the language writes the time before
    the verb, or the cue is written "… for processing"); False, only cues that may precede it."""
    return sorted(start for start, _ in cue_reaches(sentence, cues, group, time_first))


WITHIN_REACH = 12  # characters from "within" to its time: "innerhalb von 2", "within the next 24"


def cue_reaches(
    sentence: str, cues: CueView, group: str, time_first: bool | None
) -> list[tuple[int, int | None]]:
    """(start, reach) of each cue of `group`: how far after its start a time it names may
    begin, None for anywhere after it; a cue ending in a word of "within" that also says
    "inside" ("versand innerhalb Deutschlands", "ship within the US") names only the time
    right after that word."""
    norm = normalize(sentence)
    found = []
    for lang, _ in cues.languages:
        tail = r"\w*" if lang.spec.suffixes else ""  # Korean "출고됩니다" is "출고" + endings
        within = [tuple(words(w)) for w in lang.spec.units.within]
        for phrase in lang.facts[group]:
            if time_first and not (lang.spec.time_first or phrase.follows):
                continue
            if time_first is False and phrase.follows:
                continue
            pattern = _phrase_pattern(phrase.words, tail, gap=phrase.gap)
            bounded = any(w and phrase.words[-len(w) :] == w for w in within)
            found += [
                (m.start(), m.end() - m.start() + WITHIN_REACH if bounded else None)
                for m in re.finditer(pattern, norm)
            ]
    return found


SINCE_AFTER_CUE = 4  # characters from a cue's start to an "after" that follows it: "出荷後"
TIME_FIRST_REACH = 10  # characters from a time to its verb: "3일 이내 출고", "2 napon belül"
_PUNCTUATION = re.compile(r"[^\w\s]")


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
        since = cue_positions(sentence, cues, "since")
        marks = [m for m in marks if not any(m[0] < p <= m[0] + SINCE_AFTER_CUE for p in since)]

    def after(d: Duration, mark: int, reach: int | None) -> bool:
        return d.start >= mark and (reach is None or d.start - mark <= reach)

    def right_before(d: Duration, verb: int) -> bool:
        return 0 <= verb - d.end <= TIME_FIRST_REACH and not _PUNCTUATION.search(norm[d.end : verb])

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
        or any(right_before(d, v) for v in verbs)
        or n in nearest
    ]


def phrase_spans(
    sentence: str, phrases: list[tuple[Phrase, bool]], cues: CueView | None = None
) -> list[tuple[int, int]]:
    """Character spans (normalised sentence) where any of the phrases is written; a cue word
    may carry a short ending, as in `benchmark.text.word_matches`, and with `cues` the letters
    the page's languages write on a word ("ההחזר" is "החזר" after "ה", "iadesinde" "iade")."""
    norm = normalize(sentence)
    langs = [lang.spec for lang, _ in cues.languages] if cues else []
    prefixes = sorted({normalize(p) for spec in langs for p in spec.prefixes}, key=len)[::-1]
    suffixed = any(spec.suffixes for spec in langs)
    spans = []
    for phrase, compounds in phrases:
        # Warenrücksendung, Rückgabefrist
        tail = r"\w*" if compounds or suffixed else r"\w{0,3}"
        head = "" if compounds else r"\b"
        if prefixes and not compounds:
            head = r"(?<!\w)(?:" + "|".join(map(re.escape, prefixes)) + ")?"
        pattern = _phrase_pattern(phrase.words, tail, head, phrase.gap)
        spans += [m.span() for m in re.finditer(pattern, norm)]
    return sorted(set(spans))


def cue_group(cues: CueView, group: str) -> list[tuple[Phrase, bool]]:
    """The fact cues of `group` in every language of the page, with how each compounds."""
    return [(p, lang.compounds) for lang, _ in cues.languages for p in lang.facts[group]]


def contains(
    tokens: list[str], phrases: list[tuple[Phrase, bool]], cues: CueView | None = None
) -> bool:
    return any(
        find_phrase(form, p, compounds) >= 0
        for form in forms(tokens, cues)
        for p, compounds in phrases
    )


def _span(phrase: Phrase) -> int:
    """Tokens a phrase may cover: a phrase with a gap ("ziehen wir … ab") reaches further."""
    return len(phrase.words) + (SEPARABLE_REACH if phrase.gap else 0)


def forms(tokens: list[str], cues: CueView | None) -> list[list[str]]:
    """`tokens`, and as each language of the page writes them without the letters it puts on
    a word ("ולהחזיר" is "להחזיר" after "ו", "iadelerinde" is "iade" with endings): cue
    phrases match either, token for token."""
    if cues is None:
        return [tokens]
    return [tokens] + [
        b
        for lang, _ in cues.languages
        for shortest in (False, True)
        if (b := lang.bare(tokens, shortest)) is not None
    ]


def cue_spans(
    tokens: list[str], phrases: list[tuple[Phrase, bool]], cues: CueView | None = None
) -> list[tuple[int, int]]:
    """(start, end) token spans where any of the phrases is written (a gap's words unknown:
    its end is its start's), in the words as written or without their affixes (`forms`)."""
    return sorted(
        {
            (i, i + (0 if phrase.gap else len(phrase.words)))
            for form in forms(tokens, cues)
            for phrase, compounds in phrases
            for i in range(len(form))
            if find_phrase(form[i : i + _span(phrase)], phrase, compounds) == 0
        }
    )


def starts(
    tokens: list[str], phrases: list[tuple[Phrase, bool]], cues: CueView | None = None
) -> list[int]:
    """Token indexes where any of the phrases starts."""
    return sorted({i for i, _ in cue_spans(tokens, phrases, cues)})


def free_words(cues: CueView) -> list[tuple[Phrase, bool]]:
    """The words of "free" ("gratis", "sans frais", "kostenlos") in every language of the page."""
    return [
        (Phrase.of(w), lang.compounds) for lang, _ in cues.languages for w in lang.spec.units.free
    ]


__all__ = [
    "Amount",
    "Duration",
    "Fact",
    "Item",
    "amounts",
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
    "sentence_around",
    "sentences",
    "starts",
    "statements",
    "timed",
    "with_headings",
    "without_business_days",
    "words",
]
