"""Delivery terms besides time and price: weekend shipping, customs duties, PO boxes."""

from __future__ import annotations

import re

from benchmark.measure.extract.common import (
    Fact,
    amounts,
    and_words,
    asks,
    business_days,
    clip,
    cue_group,
    cue_positions,
    cue_spans,
    sentences,
    statements,
    with_headings,
    words,
)
from benchmark.measure.extract.sentences import after_joined
from benchmark.measure.extract.shipping import about_shipping
from benchmark.spec.lexicon import CueView
from benchmark.text import normalize


def weekend_shipping(text: str, cues: CueView) -> Fact | None:
    """Whether orders ship or arrive on weekends, said in a sentence about delivery or under a
    heading about it ("Delivery" / "(Saturdays, Sundays and holidays excluded)")."""
    for item in with_headings(text):
        sentence = item.sentence
        tokens = words(sentence)
        if asks(sentence) or cues.has(tokens, "premium"):
            continue  # an express option's weekend rule is not the standard delivery's
        weekdays_only = cues.has(tokens, "weekdays_only") or _weekdays_range(tokens, cues)
        weekend = cues.has(tokens, "weekend")
        if not (weekdays_only or weekend):
            continue
        # its own words first: "Shipping & Returns" / "Orders ship on business days only"
        if not any(
            about_shipping(topic, cues) or cues.has(topic, "processing")
            for topic in (tokens, words(item.context))
        ):
            continue
        # "weekend orders ship the next business day": a business day named without a number
        moved = any(not (i and tokens[i - 1].isdigit()) for i, _ in business_days(tokens, cues))
        # "Saturday deliveries are at no extra cost": what is free is not refused
        free = {
            i for a, b in cue_spans(tokens, cue_group(cues, "we_pay"), cues) for i in range(a, b)
        }
        said = [w for i, w in enumerate(tokens) if i not in free]
        refused = cues.has(said, "negation") and not _said_in_a_clause(sentence, cues)
        ships = weekend and not (weekdays_only or moved or refused)
        through = weekend and _through_weekend(tokens, cues)
        ships = ships or through
        if ships and not (through or _weekend_delivery(tokens, cues)):
            continue  # "weekends slow delivery down" names weekends, not a weekend service
        return Fact("weekend_shipping", ships, clip(sentence, 220))
    return None


WEEKEND_REACH = 1  # words between a weekend word and the delivery it qualifies
RANGE_REACH = 2  # tokens from a range's first day to its last: "Monday - Saturday", "lun. au sam."


def _through_weekend(tokens: list[str], cues: CueView) -> bool:
    """A range of days that ends on a weekend day: "Monday - Saturday", "Montag bis Samstag"."""
    day = [cues.has(tokens[i : i + 1], "weekdays") for i in range(len(tokens))]
    return any(
        day[i]
        and not cues.has(tokens[i : i + 1], "weekend")
        and cues.has(tokens[j : j + 1], "weekend")
        for i in range(len(tokens))
        for j in range(i + 1, min(len(tokens), i + RANGE_REACH + 1))
    )


def _said_in_a_clause(sentence: str, cues: CueView) -> bool:
    """A clause of its own ships at a weekend, with no negation in it: "we ship on Saturdays
    until noon and on Sundays no parcels leave" ships on Saturdays."""
    joins = and_words(cues)
    for part in re.split(r"[,;]", sentence):
        clause: list[str] = []
        for token in [*words(part), ""]:
            if token and token not in joins:
                clause.append(token)
                continue
            weekend = cues.has(clause, "weekend") and not cues.has(clause, "negation")
            if weekend and _weekend_delivery(clause, cues):
                return True
            clause = []
    return False


def _weekdays_range(tokens: list[str], cues: CueView) -> bool:
    """A range of days from a weekday to a weekday: "Monday–Friday", "Mon-Fri", "lundi au
    vendredi" (the weekend left out); not a list ("on Mondays and Tuesdays")."""
    joins = and_words(cues)
    day = [
        cues.has(tokens[i : i + 1], "weekdays") and not cues.has(tokens[i : i + 1], "weekend")
        for i in range(len(tokens))
    ]
    return any(
        day[i] and day[j] and not joins & set(tokens[i + 1 : j])
        for i in range(len(tokens))
        for j in range(i + 1, min(len(tokens), i + RANGE_REACH + 1))
    )


def _weekend_delivery(tokens: list[str], cues: CueView) -> bool:
    """A weekend word right next to a word of shipping: "Saturday delivery", "we ship on
    weekends", "livraison le samedi"."""
    days = [i for i in range(len(tokens)) if cues.has(tokens[i : i + 1], "weekend")]
    return any(
        about_shipping(tokens[j : j + 1], cues) or cues.has(tokens[j : j + 1], "processing")
        for i in days
        for j in range(max(0, i - WEEKEND_REACH - 1), min(len(tokens), i + WEEKEND_REACH + 2))
        if j != i
    )


TAX_NOTE_REACH = 14  # characters from an amount to the tax word that qualifies it


def duties_taxes(text: str, cues: CueView) -> Fact | None:
    """What the store says about customs duties and import taxes, as written. A tax word
    that only qualifies a price ("100 euro (excl. BTW)", "prices incl. VAT") says nothing
    about duties. A sentence that says who pays them ("customs duties are the customer's
    responsibility") comes before one that only names them ("7–21 days depending on
    customs")."""
    named: Fact | None = None
    for sentence in sentences(text):
        if not cues.has(words(sentence), "duties"):
            continue
        ends = [a.end for a in amounts(sentence, cues)]
        norm = normalize(sentence)
        said = cue_positions(sentence, cues, "duties")
        if said and all(
            any(0 <= p - e <= TAX_NOTE_REACH for e in ends) or after_joined(norm[:p]) for p in said
        ):
            continue  # "4,95 € inkl. MwSt.", "berekend op de prijs excl. BTW"
        fact = Fact("duties_taxes", clip(sentence, 120), clip(sentence, 220))
        if any(cues.has(words(sentence), group) for group in PAYER_GROUPS):
            return fact
        named = named or fact
    return named


PAYER_GROUPS = ("shopper", "burden", "paid", "we_pay")  # words that say who pays


def po_box(text: str, cues: CueView) -> Fact | None:
    """Whether PO boxes and parcel lockers are accepted as delivery addresses."""
    for sentence in statements(text):
        tokens = words(sentence)
        if not cues.has(tokens, "po_box") or cues.has(tokens, "depends"):
            continue  # "delivery to PO boxes depends on the courier" says neither
        # "only" restricts ("the only service for a PO box address"), it does not refuse
        said = [w for w in tokens if not cues.has([w], "only")]
        return Fact("po_box", not cues.has(said, "negation"), clip(sentence, 220))
    return None
