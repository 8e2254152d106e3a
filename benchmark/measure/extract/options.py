"""Which delivery option a price or a time is said of, and what a word of "free" qualifies:
a page names several options (standard, express, abroad) and puts "free" beside delivery,
returns or both; the facts are the standard home delivery's."""

from __future__ import annotations

from benchmark.measure.extract.common import (
    cue_group,
    cue_spans,
    free_words,
    original_offsets,
    phrase_spans,
    starts,
    words,
)
from benchmark.measure.extract.owners import intent_words, return_words
from benchmark.measure.extract.sentences import BRACKETED
from benchmark.phrases import Phrase
from benchmark.spec.lexicon import CueView
from benchmark.text import normalize

MIN_ROOT = 4  # letters of a delivery word found inside a word of "free" ("fraktfritt")
FREE_REACH = 2  # words between "free" and the delivery word it qualifies ("livraison est offerte")


def free_for(sentence: str, cues: CueView) -> dict[int, str]:
    """What each word of "free" in the sentence's words qualifies: "delivery" where a
    delivery word is next to it and no return word is ("Entrega gratuita y devoluciones
    fáciles"), "both" where the delivery word, joined to a return word, stands between it and
    that word ("free shipping & returns", "devoluciones y envíos gratis"), else "returns" if
    a return word is next to it ("free return shipping", "退貨免運費") or a label about returns
    stands before a colon ("Retours France : frais de port offerts"), else "delivery" if the
    word is free delivery by itself ("全館滿888元免運"), else "" (nothing says)."""
    tokens = words(sentence)
    free_at = starts(tokens, free_words(cues), cues)
    if not free_at:
        return {}
    delivery, free_delivery = cues.remembered(("free_for",), lambda: _word_lists(cues))
    itself = {s for s, _ in cue_spans(tokens, free_delivery, cues)}
    ship = cue_spans(tokens, delivery, cues)
    ret = cue_spans(tokens, return_words(cues), cues)
    label, colon, _ = sentence.partition(":")
    labelled = len(words(label)) if colon else 0  # the words of a label before its colon
    by_label = bool(colon) and any(e <= labelled for _, e in ret)
    by_label = by_label and not any(e <= labelled for _, e in ship)
    joins = {normalize(c) for lang, _ in cues.languages for c in lang.spec.connectors}

    def joined(a: tuple[int, int], b: tuple[int, int]) -> bool:  # "shipping & returns"
        first, second = sorted((a, b))
        return all(t in joins for t in tokens[first[1] : second[0]])

    found = {}
    for i in free_at:
        near = [(s, e) for s, e in ship if s - FREE_REACH <= i <= e - 1 + FREE_REACH]
        beside = any(s - 1 <= i <= e for s, e in ret) or (by_label and i >= labelled)
        between = any(
            ((i < n[0] < r[0]) or (r[0] < n[0] < i)) and joined(n, r) for n in near for r in ret
        )
        found[i] = (
            "both"
            if near and between
            else "returns"
            if beside
            else "delivery"
            if near or i in itself
            else ""
        )
    return found


Phrases = list[tuple[Phrase, bool]]


def _word_lists(cues: CueView) -> tuple[Phrases, Phrases]:
    """The delivery words that are neither "free" nor a return ("envíos y devoluciones"), and
    the words of "free" built on one ("fraktfritt", "versandkostenfrei", "fri frakt"; not
    "kostenlos", "gratis"), and those a language lists as such ("免運"): worked out once per
    language mix."""
    back = [set(w.words) for w, _ in return_words(cues)]
    frees = {p.words for p, _ in free_words(cues)}
    delivery = [
        (p, c)
        for p, c in intent_words(cues, "shipping")
        if p.words not in frees and not any(b <= set(p.words) for b in back)
    ]
    said_free = {p.words[0] for p, _ in free_words(cues) if len(p.words) == 1}
    roots = {w for p, _ in delivery for w in p.words if len(w) >= MIN_ROOT} - said_free
    named = {p.words for p, _ in cue_group(cues, "free_delivery")}
    return delivery, [
        (p, c)
        for p, c in free_words(cues)
        if p.words in named or any(r in " ".join(p.words) for r in roots)
    ]


def another_option(
    sentence: str, at: int, heading: str | None, cues: CueView, express: bool = True
) -> bool:
    """Is what `sentence` says at `at` (an offset in it as written: a price, a time) said of
    an option other than the standard home delivery ("Standard $4.95, Express $12.95",
    "International: 7–21 days", "Baleares: 2,95 €"; "- Flat rate: $12.95" under "Express
    shipping")? The option named last before it in its clause decides; where none is, the
    heading. With `express` False, only delivery abroad or to remote parts is another option
    (`names_standard`)."""
    other = cue_group(cues, "abroad") + cue_group(cues, "remote") + cue_group(cues, "collect")
    other += cue_group(cues, "premium") if express else []
    # a note in brackets names an exception, not the option: "(mainland, islands excluded)"
    sentence = BRACKETED.sub(lambda m: " " * len(m.group()), sentence)
    at_ = original_offsets(sentence)
    clause = sentence.rfind(";", 0, at) + 1  # "abroad in 10–20 days; at home in 2–4 days"
    named = [
        (at_[start], is_other)
        for group, is_other in ((cue_group(cues, "delivery_options"), False), (other, True))
        for start, _ in phrase_spans(sentence, group, cues)
        if clause <= at_[start] < at
    ]
    if named:
        return max(named)[1]  # "Express" is both an option and a premium one: premium
    return heading is not None and bool(phrase_spans(heading, other, cues))


def names_standard(text: str, cues: CueView) -> bool:
    """Does the page name a delivery option that is neither express nor abroad ("Standard",
    "Colissimo", "Paczkomat")? Where it does not, its one service is the standard one, however
    it is called ("spedizione express" in a shop that has no other)."""

    def read() -> bool:
        groups = ("premium", "abroad", "remote", "collect")
        other = {p.text for g in groups for p, _ in cue_group(cues, g)}
        options = [(p, c) for p, c in cue_group(cues, "delivery_options") if p.text not in other]
        return bool(phrase_spans(text, options, cues))

    # four extractors ask it of the same page: read it once (keyed by the page's hash, so the
    # memo keeps no page text)
    return cues.remembered(("names_standard", hash(text), len(text)), read)
