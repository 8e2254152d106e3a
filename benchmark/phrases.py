"""Cue phrases and where a text writes them: a phrase's words in order, with an ending on a
word where the language inflects, a gap where a German or Dutch verb splits, a connector
between words where the cue left it out ("processed and shipped"). Shared by the agent, the
goal check and the extractors; the words themselves come from `benchmark.text`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from benchmark.text import (
    CACHED_TOKENS,
    MIN_COMPOUND_WORD,
    MIN_PREFIX_WORD,
    SEPARABLE_REACH,
    Han,
    stem,
    word_matches,
    words,
)


@dataclass(frozen=True)
class Phrase:
    """A cue phrase as normalised words, with the text it was written as. A phrase written
    with "…" has a gap there of up to `SEPARABLE_REACH` words: a German or Dutch separable
    verb puts its particle at the end of the clause ("schick … zurück": "Schicke den Artikel
    innerhalb von 30 Tagen zurück"). `gap` is the number of words before it (0: none).
    A phrase that starts with "…" follows what it speaks of (`follows`): "… for processing"
    times the duration before it ("allow 1–2 days for processing"). The connectors left out
    of its words (`joins`: "processed and shipped" is "processed shipped") may stand between
    them in a text, or not ("Click & Collect")."""

    text: str
    words: tuple[str, ...]
    gap: int = 0
    follows: bool = False
    joins: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, drop: Iterable[str] = (), endings: Sequence[str] = ()) -> Phrase:
        dropped = set(drop)
        left, _, right = text.partition("…")
        kept = [
            tuple(stem(w, endings) for w in words(part) if w not in dropped)
            for part in (left, right)
        ]
        written = words(text)
        if right and kept[0] and kept[1]:
            joins = frozenset(dropped.intersection(written))
            return cls(text=text, words=kept[0] + kept[1], gap=len(kept[0]), joins=joins)
        whole = tuple(stem(w, endings) for w in written if w not in dropped)
        follows = text.lstrip().startswith("…")
        joins = frozenset(dropped.intersection(written)) if whole else frozenset()
        return cls(text=text, words=whole or tuple(written), follows=follows, joins=joins)


def reach(phrase: Phrase) -> int:
    """Tokens a phrase may cover in a text: a connector may stand between its words
    ("packed [and] posted"), a gap holds up to `SEPARABLE_REACH` ("ziehen wir … ab")."""
    joined = len(phrase.words) - 1 if phrase.joins else 0
    return len(phrase.words) + joined + (SEPARABLE_REACH if phrase.gap else 0)


def find_phrase(
    tokens: Sequence[str], phrase: Phrase, compounds: bool = False, exact: bool = False
) -> int:
    """Index of the first occurrence of `phrase` in `tokens`, or -1."""
    n = len(phrase.words)
    if n == 0 or n > len(tokens):
        return -1
    if phrase.gap:
        return _find_separated(tokens, phrase, compounds, exact)
    if phrase.joins and not exact:
        return _find_joined(tokens, phrase, compounds)
    for start in range(len(tokens) - n + 1):
        if all(
            word_matches(cue, tokens[start + i], compounds, exact)
            for i, cue in enumerate(phrase.words)
        ) and not _straddles(tokens[start], tokens[start + n - 1]):
            return start
    return -1


def _find_joined(tokens: Sequence[str], phrase: Phrase, compounds: bool) -> int:
    """`find_phrase` for a phrase written with connectors: one may stand before each of its
    words after the first ("préparée et envoyée" in "préparée envoyée")."""
    for start in range(len(tokens) - len(phrase.words) + 1):
        at = start
        for i, cue in enumerate(phrase.words):
            joined = i and at < len(tokens) - 1 and tokens[at] in phrase.joins
            if joined and not word_matches(cue, tokens[at], compounds):
                at += 1
            if at >= len(tokens) or not word_matches(cue, tokens[at], compounds):
                break
            at += 1
        else:
            if not _straddles(tokens[start], tokens[at - 1]):
                return start
    return -1


def _find_separated(tokens: Sequence[str], phrase: Phrase, compounds: bool, exact: bool) -> int:
    """`find_phrase` for a phrase with a gap: its first part, then its second part within
    `SEPARABLE_REACH` words."""
    left, right = phrase.words[: phrase.gap], phrase.words[phrase.gap :]
    at = 0
    while at <= len(tokens) - len(phrase.words):
        start = find_phrase(tokens[at:], Phrase("", left), compounds, exact)
        if start < 0:
            return -1
        start += at
        rest = tokens[start + len(left) : start + len(left) + SEPARABLE_REACH + len(right)]
        if find_phrase(rest, Phrase("", right), compounds, exact) >= 0:
            return start
        at = start + 1
    return -1


def cue_words_for(word: str, compounds: bool) -> list[str]:
    """Every cue word that could match `word` under `word_matches` (and a few that cannot):
    the word, its beginnings of four letters or more and, in compounding languages, its ends
    of five or more. Looking these up beats trying every cue on every word."""
    keys = [word[:n] for n in range(MIN_PREFIX_WORD, len(word))]
    keys.append(word)
    if compounds:
        keys.extend(word[-n:] for n in range(MIN_COMPOUND_WORD, len(word)))
    return keys


@lru_cache(maxsize=4096)
def _start_keys(tokens: tuple[str, ...], compounds: bool) -> frozenset[str]:
    return frozenset(k for t in tokens for k in cue_words_for(t, compounds))


def may_start(tokens: Sequence[str], compounds: bool) -> Callable[[Phrase], bool]:
    """A quick test of which phrases could be written in `tokens` at all: a phrase whose
    first word matches none of the words (`cue_words_for`) cannot, and most cannot. Testing
    that first keeps a page of hundreds of sentences against a lexicon of hundreds of cues
    fast."""
    said = tuple(tokens)
    keys = (
        _start_keys(said, compounds)
        if len(said) <= CACHED_TOKENS  # a sentence's are remembered, a whole page's are not
        else frozenset(k for t in said for k in cue_words_for(t, compounds))
    )
    return lambda phrase: bool(phrase.words) and phrase.words[0] in keys


class PhraseIndex:
    """Phrases by their first word, so that only the phrases that may start at one of a
    text's words are tried; `candidates` keeps the phrases' order (their rank)."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self.phrases = tuple(phrases)
        self._by_first: dict[str, list[int]] = {}
        for rank, phrase in enumerate(self.phrases):
            if phrase.words:
                self._by_first.setdefault(phrase.words[0], []).append(rank)

    def candidates(self, keys: Iterable[str]) -> list[tuple[int, Phrase]]:
        ranks = {r for key in keys for r in self._by_first.get(key, ())}
        return [(r, self.phrases[r]) for r in sorted(ranks)]


def _straddles(first: str, last: str) -> bool:
    """A match of Chinese characters that starts inside one word and ends inside another."""
    return isinstance(first, Han) and isinstance(last, Han) and not (first.starts or last.ends)


def contains_phrase(tokens: Sequence[str], phrase: Phrase, compounds: bool = False) -> bool:
    return find_phrase(tokens, phrase, compounds) >= 0
