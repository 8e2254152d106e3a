"""Does a text speak of a support topic at length? The page-level proof that a policy page
answers its task without one fact in one phrasing ("found, but it does not say how many
days" is a finding too)."""

from __future__ import annotations

import re

from benchmark.measure.extract.common import has_cue
from benchmark.phrases import find_phrase, reach
from benchmark.spec.lexicon import CueView
from benchmark.text import clip, words

TOPIC_MIN_WORDS = 40  # a page about the topic says something: not a title and two links
TOPIC_MIN_CUES = 3  # words of the topic's own vocabulary in what it says
TOPIC_READ_WORDS = 1500  # enough to judge what a page is about
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")


def speaks_of(intent: str, scope: str, cues: CueView, apart: tuple[str, ...] = ()) -> str | None:
    """The sentence that first names the topic, when the scope has enough words and the
    topic's own words (the intent's link, heading and answer words: "return", "retour",
    "Rücksendung") several times among its first `TOPIC_READ_WORDS`. A sentence about one of
    the `apart` topics does not count: "you pay the shipping costs to return your item"
    speaks of return shipping, not delivery."""
    if len(words(scope)) < TOPIC_MIN_WORDS:
        return None
    kept = [
        s
        for s in _SENTENCE_END.split(scope)
        if not any(has_cue(words(s), cues, other, "links", "proof") for other in apart)
    ]
    tokens = [t for s in kept for t in words(s)][:TOPIC_READ_WORDS]
    phrases = [
        (phrase, lang.compounds)
        for lang, _ in cues.languages
        for kind in ("proof", "page", "links")
        for phrase in lang.read[intent][kind]
    ]
    hits, first = 0, None
    for i in range(len(tokens)):
        for phrase, compounds in phrases:
            if find_phrase(tokens[i : i + reach(phrase)], phrase, compounds) == 0:
                hits += 1
                first = first or phrase.text
                break
    return sentence_with("\n".join(kept), first) if first and hits >= TOPIC_MIN_CUES else None


def sentence_with(scope: str, phrase: str) -> str:
    """The first sentence of `scope` with a word of `phrase`: the snippet a report shows."""
    wanted = set(words(phrase))
    for sentence in scope.replace("\n", ". ").split(". "):
        if wanted & set(words(sentence)):
            return clip(sentence, 220)
    return clip(scope, 220)
