"""Word-level text matching shared by the agent, the goal check and the extractors.

Labels on real stores vary in case, accents, punctuation and inflection ("Retours &
remboursements", "RETOUR", "Returns"). Everything is compared on normalised word tokens:
lower-cased, accents removed, split on anything that is not a letter or digit. A cue word also
matches the same word with a short ending (return → returns, devolución → devoluciones), and in
compounding languages a long cue word may sit at either end of a longer word (Rücksendung →
Warenrücksendung, Rückgabefrist).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Chinese and Japanese write words without spaces: each ideograph or kana is its own token,
# so a cue ("退貨", "お問い合わせ") matches as a run of characters inside a longer label. The
# katakana middle dot (返品・交換) is punctuation, not a kana.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = "\u3040-\u30fa\u30fc-\u30ff" + _HAN
_WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+", re.UNICODE)
_HAN_RUN = re.compile(rf"[{_HAN}]+")
SEPARABLE_REACH = 12  # words between a separable verb and its particle ("schick … zurück")
MIN_PREFIX_WORD = 4
MIN_COMPOUND_WORD = 5
# `exact` matching (links to avoid) keeps short cue words whole, "cart" never "Cartes", while
# longer ones still take an ending: "política de privacidad" also avoids "Políticas de Privacidad"
EXACT_BELOW = 6


def max_suffix(cue: str) -> int:
    """Letters a cue word may gain (plurals, inflections): short words gain fewer, so that
    "cont" (account) does not match "contact" while "return" matches "returning"."""
    return 1 if len(cue) <= 4 else 2 if len(cue) == 5 else 3


CACHED_TEXT = 1000  # characters: a sentence or label is remembered, a whole page is not
CACHED_TOKENS = 200  # words: the same for what is worked out from a text's words


def normalize(text: str) -> str:
    """Lower-case, strip accents, keep letters and digits; ß becomes ss."""
    return _normalized(text) if len(text) <= CACHED_TEXT else _fold(text)


@lru_cache(maxsize=16384)
def _normalized(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


class Han(str):
    """One Chinese character of a label, knowing whether a word starts or ends at it.

    Matching stays character by character, so "退貨政策" matches across the words 退貨|政策,
    but a cue that starts and ends inside two different words straddles them and is no match:
    物流 (logistics) is not in 購物|流程 (shopping process)."""

    starts: bool
    ends: bool

    @classmethod
    def of(cls, char: str, starts: bool, ends: bool) -> Han:
        token = cls(char)
        token.starts, token.ends = starts, ends
        return token


_TAUGHT: set[str] = set()
TAUGHT_FREQ = 20_000  # as common as 元 or 的: a cue word wins over the segmenter's guesses


def teach_han_words(phrases: Iterable[str]) -> None:
    """Make the lexicon's Chinese cue words words of the segmenter's dictionary: jieba's
    dictionary is mostly simplified Chinese, and its guesses glue traditional characters
    across words ("990元免運費" became 元免|運費, hiding 免運, free shipping)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    new = [p for p in phrases if _HAN_RUN.fullmatch(p) and len(p) > 1 and p not in _TAUGHT]
    for phrase in new:
        jieba.add_word(phrase, freq=TAUGHT_FREQ)
        _TAUGHT.add(phrase)
    if new:
        _han_words.cache_clear()
        _words.cache_clear()


@lru_cache(maxsize=8192)
def _han_words(run: str) -> tuple[Han, ...]:
    """A run of Chinese characters segmented into words (jieba's dictionary, the lexicon's
    Chinese cue words, and its HMM for words in neither)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokens: list[Han] = []
    for word in jieba.lcut(run, HMM=True):
        for i, char in enumerate(word):
            tokens.append(Han.of(char, i == 0, i == len(word) - 1))
    return tuple(tokens)


def words(text: str) -> list[str]:
    """Normalised word tokens (the extractors read the same sentence for many facts, so a
    short text's are remembered)."""
    return list(_words(text) if len(text) <= CACHED_TEXT else _tokens(text))


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return _tokens(text)


def _tokens(text: str) -> tuple[str, ...]:
    folded = normalize(text)
    tokens = _WORD.findall(folded)
    if not _HAN_RUN.search(folded):
        return tuple(tokens)
    han = iter([t for run in _HAN_RUN.findall(folded) for t in _han_words(run)])
    return tuple(next(han) if _HAN_RUN.fullmatch(t) else t for t in tokens)


def word_matches(cue: str, word: str, compounds: bool = False, exact: bool = False) -> bool:
    """Does one normalised label word match one normalised cue word?"""
    if word == cue:
        return True
    if isinstance(cue, Stem):
        return cue.takes(word)
    if exact and len(cue) < EXACT_BELOW:
        return False
    if (
        len(cue) >= MIN_PREFIX_WORD
        and word.startswith(cue)
        and len(word) - len(cue) <= max_suffix(cue)
    ):
        return True
    return (
        compounds
        and len(cue) >= MIN_COMPOUND_WORD
        and len(word) > len(cue)
        and (word.startswith(cue) or word.endswith(cue))
    )


MIN_STEM = 5  # letters a stem keeps: "cena" (price) stays whole, "dostava" reads "dostav…"


class Stem(str):
    """A cue word cut to its stem (`stem`): it takes an ending that starts like one of the
    language's endings ("dostav": "dostave", "dostavou"; not "dostawcy", suppliers)."""

    starts: frozenset[str] = frozenset()

    def takes(self, word: str) -> bool:
        rest = len(word) - len(self)
        return word.startswith(self) and 0 < rest <= max_suffix(self) and word[-rest] in self.starts


def stem(word: str, endings: Sequence[str]) -> str:
    """`word` without the ending that is only its case or number (one of `endings`, the
    longest first), when the stem left is long enough to say which word it is."""
    for ending in () if isinstance(word, Han) else endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            made = Stem(word[: -len(ending)])
            made.starts = frozenset(e[0] for e in endings)
            return made
    return word


def clip(text: str, limit: int = 160) -> str:
    """Collapse whitespace and cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
