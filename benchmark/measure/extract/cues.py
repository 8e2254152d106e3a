"""Where a sentence says it: cue words and phrases of the page's languages found in a
sentence, as token positions or character spans of its normalised text, with the endings and
front letters each language writes on a word."""

from __future__ import annotations

import re
from functools import lru_cache

from benchmark.phrases import Phrase, find_phrase, may_start, reach
from benchmark.spec.lexicon import CueView
from benchmark.text import (
    MIN_COMPOUND_WORD,
    MIN_PREFIX_WORD,
    SEPARABLE_REACH,
    max_suffix,
    normalize,
    word_matches,
    words,
)

_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")  # kana and Han


def _ending(word: str) -> str:
    """The ending a cue word may carry, as `benchmark.text.word_matches` allows it."""
    return rf"\w{{0,{max_suffix(word)}}}" if len(word) >= MIN_PREFIX_WORD else ""


@lru_cache(maxsize=16384)
def _phrase_pattern(
    words: tuple[str, ...],
    tail: str | None = "",
    head: str = r"\b",
    gap: int = 0,
    joins: tuple[str, ...] = (),
) -> re.Pattern[str]:
    """A cue phrase as a regex over normalised text: its words apart, each maybe with `tail`
    (a short ending), between word edges, with up to `SEPARABLE_REACH` words after its first
    `gap` words when it has a gap. Chinese and Japanese are written without spaces or edges:
    their characters follow one another, and nothing is added around them."""
    if all(_UNSPACED.fullmatch(w) for w in words):
        return re.compile("".join(re.escape(w) for w in words))
    # a phrase's words are kept without its connectors ("click and collect" is "click
    # collect"): the text may write one between them, with no comma before it
    said = "|".join(map(re.escape, joins))
    join = rf"(?:\s+(?:{said})\s+|\W+)" if joins else r"\W+"
    seps = [join] * (len(words) - 1)
    if gap:
        seps[gap - 1] = rf"(?:\W+\w+){{0,{SEPARABLE_REACH}}}?\W+"
    body = re.escape(words[0]) + (_ending(words[0]) if tail is None else tail)
    for sep, word in zip(seps, words[1:], strict=True):
        body += sep + re.escape(word) + (_ending(word) if tail is None else tail)
    return re.compile(head + body + r"\b")


def _written(phrase: Phrase, norm: str) -> bool:
    """Could the phrase be in the normalised text at all? Every pattern of a phrase writes
    its first word as it is, so a text without it has no match (a quick test before the
    regex)."""
    return bool(phrase.words) and phrase.words[0] in norm


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
        # Korean "출고됩니다" is "출고" + endings; elsewhere a cue word takes a short ending
        # ("odeslán" is written "odeslána", "verzonden" "verzondene"), as in `word_matches`
        tail = r"\w*" if lang.spec.suffixes else None
        within = [tuple(words(w)) for w in lang.spec.units.within]
        # "processar e enviar" is kept as "processar enviar" (see `_phrase_pattern`)
        joins = tuple(sorted({w for c in lang.spec.connectors for w in words(c)}))
        for phrase in lang.facts[group]:
            if time_first and not (lang.spec.time_first or phrase.follows):
                continue
            if time_first is False and phrase.follows:
                continue
            if not _written(phrase, norm):
                continue
            joined = joins if _dropped(phrase) else ()
            # a cue that is itself a particle ("로부터", "from") is written on the end of
            # the word it follows: "발송한 날로부터 3~5일" counts from the day of dispatch
            head = "" if _particle(phrase.words, lang.spec.suffixes) else r"\b"
            # a long cue word ends a compound as in `word_matches`: "Bruttobestellwert"
            if lang.compounds and len(phrase.words[0]) >= MIN_COMPOUND_WORD:
                head = ""
            pattern = _phrase_pattern(phrase.words, tail, head, phrase.gap, joined)
            bounded = any(w and phrase.words[-len(w) :] == w for w in within)
            found += [
                (m.start(), m.end() - m.start() + WITHIN_REACH if bounded else None)
                for m in pattern.finditer(norm)
            ]
    return found


def _particle(words: tuple[str, ...], suffixes: list[str]) -> bool:
    """One word made only of the language's particles ("부터", "로부터" = "로" + "부터")."""
    if len(words) != 1 or not suffixes:
        return False
    rest, endings = words[0], _endings(tuple(suffixes))
    while rest:
        ending = next((x for x in endings if rest.endswith(x)), None)
        if ending is None:
            return False
        rest = rest[: -len(ending)]
    return True


@lru_cache(maxsize=8)
def _endings(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """A language's particles as cue words are kept: normalised (Korean in jamo)."""
    return tuple(e for x in suffixes if (e := normalize(x)))


def phrase_spans(
    sentence: str, phrases: list[tuple[Phrase, bool]], cues: CueView | None = None
) -> list[tuple[int, int]]:
    """Character spans (normalised sentence) where any of the phrases is written; a cue word
    may carry a short ending, as in `benchmark.text.word_matches`, and with `cues` the letters
    the page's languages write on a word ("ההחזר" is "החזר" after "ה", "iadesinde" "iade")."""
    norm = normalize(sentence)
    prefixes, suffixed, joins = (
        cues.remembered(("phrase_spans",), lambda: _span_settings(cues))
        if cues
        else ([], False, ())
    )
    spans = []
    for phrase, compounds in phrases:
        if not _written(phrase, norm):
            continue
        # Warenrücksendung, Rückgabefrist
        tail = r"\w*" if compounds or suffixed else r"\w{0,3}"
        head = "" if compounds else r"\b"
        if prefixes and not compounds:
            head = r"(?<!\w)(?:" + "|".join(map(re.escape, prefixes)) + ")?"
        pattern = _phrase_pattern(
            phrase.words, tail, head, phrase.gap, joins if _dropped(phrase) else ()
        )
        spans += [m.span() for m in pattern.finditer(norm)]
    return sorted(set(spans))


def _dropped(phrase: Phrase) -> bool:
    """Was a connector left out of the phrase's words ("click and collect" kept as "click
    collect")? Only then may the text write one between them: the plainer pattern is faster."""
    return bool(phrase.joins)


def _span_settings(cues: CueView) -> tuple[list[str], bool, tuple[str, ...]]:
    """What the page's languages put before a word, whether they put endings on it, and the
    connector words a phrase may be written with (once per language mix: every sentence of
    every page asks)."""
    langs = [lang.spec for lang, _ in cues.languages]
    prefixes = sorted({normalize(p) for spec in langs for p in spec.prefixes}, key=len)[::-1]
    suffixed = any(spec.suffixes for spec in langs)
    joins = tuple(sorted({w for spec in langs for c in spec.connectors for w in words(c)}))
    return prefixes, suffixed, joins


def cue_group(cues: CueView, group: str) -> list[tuple[Phrase, bool]]:
    """The fact cues of `group` in every language of the page, with how each compounds."""
    return cues.remembered(
        ("cue_group", group),
        lambda: [(p, lang.compounds) for lang, _ in cues.languages for p in lang.facts[group]],
    )


def contains(
    tokens: list[str], phrases: list[tuple[Phrase, bool]], cues: CueView | None = None
) -> bool:
    for form in forms(tokens, cues):
        possible = {c: may_start(form, c) for c in (False, True)}
        if any(
            possible[compounds](p) and find_phrase(form, p, compounds) >= 0
            for p, compounds in phrases
        ):
            return True
    return False


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
    spans = set()
    for form in forms(tokens, cues):
        possible = {c: may_start(form, c) for c in (False, True)}
        for phrase, compounds in phrases:
            if not possible[compounds](phrase):
                continue
            first = phrase.words[0]
            spans |= {
                (i, i + (0 if phrase.gap else len(phrase.words)))
                for i in range(len(form))
                if word_matches(first, form[i], compounds)
                and find_phrase(form[i : i + reach(phrase)], phrase, compounds) == 0
            }
    return sorted(spans)


def starts(
    tokens: list[str], phrases: list[tuple[Phrase, bool]], cues: CueView | None = None
) -> list[int]:
    """Token indexes where any of the phrases starts."""
    return sorted({i for i, _ in cue_spans(tokens, phrases, cues)})


def and_words(cues: CueView) -> frozenset[str]:
    """The words that join two things said apart ("and", "und", "et"): a negation before one
    does not reach past it, and two days joined by one are a list, not a range."""
    return cues.remembered(
        ("and_words",),
        lambda: frozenset(
            w for lang, _ in cues.languages for c in lang.spec.connectors for w in words(c)
        ),
    )


def free_words(cues: CueView) -> list[tuple[Phrase, bool]]:
    """The words of "free" ("gratis", "sans frais", "kostenlos") in every language of the page,
    in any case where it inflects ("бесплатная", "бесплатной")."""
    return cues.remembered(
        ("free_words",),
        lambda: [
            (p, lang.compounds)
            for lang, _ in cues.languages
            for p in lang.phrases(lang.spec.units.free, inflected=True)
        ],
    )
