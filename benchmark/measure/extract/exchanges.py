"""Exchanges: whether a store swaps an item for another size or colour."""

from __future__ import annotations

import re

from benchmark.measure.extract.common import (
    Fact,
    and_words,
    clip,
    cue_group,
    cue_spans,
    durations,
    free_words,
    phrase_spans,
    starts,
    statements,
    words,
)
from benchmark.measure.extract.policies import NEGATION_REACH
from benchmark.measure.extract.sentences import heading_like
from benchmark.phrases import Phrase
from benchmark.spec.lexicon import CueView
from benchmark.text import normalize

EXCHANGE_NEGATION_REACH = 5
LISTED_NEGATION_REACH = 8  # … and further back where no "and" stands between


def item_words(tokens: list[str], cues: CueView) -> list[str]:
    """The words without those of money exchanged ("exchange rate", "exchanged for cash",
    "tipo de cambio"): what is left may speak of exchanging an item."""
    spans = cue_spans(tokens, cue_group(cues, "money_exchange"), cues)
    dropped = {i for start, end in spans for i in range(start, end)}
    return [t for i, t in enumerate(tokens) if i not in dropped] if dropped else tokens


def exchanges_offered(text: str, cues: CueView) -> Fact | None:
    """Whether an item can be exchanged (for another size or colour). A negation counts only
    next to the exchange word ("no exchanges", "exchanges are not possible", "non effettuiamo
    cambi"), not anywhere in the sentence: "échange sans tracas, uniquement en ligne" offers
    exchanges. A title naming them ("Returns & exchanges") counts where no sentence does
    ("Returns & exchanges" / "We do not exchange items" offers none)."""
    phrases = [
        (p, lang.compounds)
        for lang, _ in cues.languages
        for kind in ("links", "proof", "page")
        for p in lang.read["exchange"][kind]
    ]
    spare: Fact | None = None  # a title naming exchanges, if no sentence says more
    for sentence in statements(text):
        sentence = _past_label(sentence, phrases, cues)
        tokens = item_words(words(sentence), cues)
        found = starts(tokens, phrases, cues)
        if not found:
            continue
        if heading_like(sentence) or _title(sentence, tokens, cues):
            # "Returns & exchanges"; "No exchanges, sorry" refuses
            offered = not _denied(tokens[: min(found)], cues)
            spare = spare or Fact("exchanges_offered", offered, clip(sentence, 220))
            continue
        at = min(found)
        before = tokens[max(0, at - EXCHANGE_NEGATION_REACH) : at]  # "non è possibile effettuare"
        # "we can't offer a refund or exchange": further back where no "and" stands between
        listed = tokens[max(0, at - LISTED_NEGATION_REACH) : at]
        if not any(w in and_words(cues) for w in listed):
            before = listed
        # "exchanges are not possible" (in its clause: "exchanges only, no refunds" refuses
        # the refund)
        spans = phrase_spans(sentence, phrases, cues)
        rest = normalize(sentence)[spans[0][1] :] if spans else " ".join(tokens[at + 1 :])
        clause = words(re.split(r"[,;]", rest)[0])
        # "we only offer exchanges", "solo se aceptan cambios": only restricts, it offers them
        kept = ([w for w in part if not cues.has([w], "only")] for part in (before, clause))
        before, clause = kept
        # where the verb ends the clause after its time ("交換は対応しておりません", "교환은
        # 불가능합니다"), its negation is at the clause's end, however far
        reach = None if cues.primary.spec.time_first else NEGATION_REACH
        refused = _denied(before, cues) or _denied(clause, cues, reach)
        # "to exchange, return the item and place a new order": a return and a new purchase
        refused = refused or cues.has(tokens, "new_order")
        # refused after a time ("if 30 days have gone by, we can't offer an exchange") is a
        # time limit on exchanges that are offered
        limited = refused and bool(durations(sentence, cues))
        fact = Fact("exchanges_offered", not refused or limited, clip(sentence, 220))
        if fact.value:
            return fact
        # "no exchanges on orders paid with PayPal" / "… exchange within 3 months": refused
        # for some orders, offered for the rest
        spare = fact if spare is None or spare.value else spare
    return spare


TITLE_WORDS = 10  # "Politique de retour, d'échange et de remboursement" is a title


def _past_label(sentence: str, phrases: list[tuple[Phrase, bool]], cues: CueView) -> str:
    """What follows a short label's colon, where it names exchanges itself: "Échanges : nous
    n'offrons pas d'échanges" is read from "nous", the label only says what it is about."""
    parts = re.split(r"[:：]", sentence, maxsplit=1)
    if len(parts) < 2 or not heading_like(parts[0].strip()):
        return sentence
    rest = parts[1]
    return rest.strip() if starts(item_words(words(rest), cues), phrases, cues) else sentence


def _title(sentence: str, tokens: list[str], cues: CueView) -> bool:
    """A page's or section's title naming exchanges among other things, longer than a
    heading: no full stop, no figure, no negation. It names the topic and offers nothing a
    sentence below may refuse."""
    return (
        not re.search(r"[.!?;:。！？]\s*$", sentence)
        and not re.search(r"\d", sentence)
        and len(tokens) <= TITLE_WORDS
        and not starts(tokens, [(p, False) for p, _ in cue_group(cues, "negation")], cues)
    )


PRICE_REACH = 3  # words from a negation to the word of "free" it denies


def _denied(part: list[str], cues: CueView, reach: int | None = None) -> bool:
    """A negation among the words around the exchange word (the first `reach` of them) that
    denies the exchange, not its price: "los cambios no serán gratuitos", "no free exchanges"
    (exchanges that cost)."""
    frees = starts(part, free_words(cues), cues)
    # a negation may be written in several tokens ("ません": Japanese is read a character at
    # a time); it is a whole word even where words compound ("returneringen" ends in "ingen")
    negations = starts(part, [(p, False) for p, _ in cue_group(cues, "negation")], cues)
    return any(
        not any(0 < f - i <= PRICE_REACH for f in frees)
        for i in negations
        if reach is None or i < reach
    )
