"""Word-level text matching shared by the agent, the goal check and the extractors.

Labels on real stores vary in case, accents, punctuation and inflection ("Retours &
remboursements", "RETOUR", "Returns"). Everything is compared on normalised word tokens:
lower-cased, accents removed, split on anything that is not a letter or digit. A cue word also
matches the same word with a short ending (return → returns, devolución → devoluciones), and in
compounding languages a long cue word may sit at either end of a longer word (Rücksendung →
Warenrücksendung, Rückgabefrist).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Chinese and Japanese write words without spaces: each ideograph or kana is its own token,
# so a cue ("退貨", "お問い合わせ") matches as a run of characters inside a longer label.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+", re.UNICODE)
MIN_PREFIX_WORD = 4
MIN_COMPOUND_WORD = 5
# `exact` matching (links to avoid) keeps short cue words whole, "cart" never "Cartes", while
# longer ones still take an ending: "política de privacidad" also avoids "Políticas de Privacidad"
EXACT_BELOW = 6


def max_suffix(cue: str) -> int:
    """Letters a cue word may gain (plurals, inflections): short words gain fewer, so that
    "cont" (account) does not match "contact" while "return" matches "returning"."""
    return 1 if len(cue) <= 4 else 2 if len(cue) == 5 else 3


def normalize(text: str) -> str:
    """Lower-case, strip accents, keep letters and digits; ß becomes ss."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def word_matches(cue: str, word: str, compounds: bool = False, exact: bool = False) -> bool:
    """Does one normalised label word match one normalised cue word?"""
    if word == cue:
        return True
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


@dataclass(frozen=True)
class Phrase:
    """A cue phrase as normalised words, with the text it was written as."""

    text: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str, drop: Iterable[str] = ()) -> Phrase:
        dropped = set(drop)
        kept = tuple(w for w in words(text) if w not in dropped)
        return cls(text=text, words=kept or tuple(words(text)))


def find_phrase(
    tokens: Sequence[str], phrase: Phrase, compounds: bool = False, exact: bool = False
) -> int:
    """Index of the first occurrence of `phrase` in `tokens`, or -1."""
    n = len(phrase.words)
    if n == 0 or n > len(tokens):
        return -1
    for start in range(len(tokens) - n + 1):
        if all(
            word_matches(cue, tokens[start + i], compounds, exact)
            for i, cue in enumerate(phrase.words)
        ):
            return start
    return -1


def contains_phrase(tokens: Sequence[str], phrase: Phrase, compounds: bool = False) -> bool:
    return find_phrase(tokens, phrase, compounds) >= 0


def clip(text: str, limit: int = 160) -> str:
    """Collapse whitespace and cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
