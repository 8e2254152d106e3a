"""Shipping: costs, the free-shipping threshold, delivery and processing times, weekends,
duties and unusual addresses."""

from __future__ import annotations

import re

from benchmark.measure.extract.common import (
    Amount,
    Duration,
    Fact,
    Item,
    amounts,
    clip,
    contains,
    cue_positions,
    durations,
    has_cue,
    is_free,
    lines,
    sentences,
    timed,
    with_headings,
    without_business_days,
    words,
)
from benchmark.measure.extract.owners import about_returns, return_words
from benchmark.spec.lexicon import CueView
from benchmark.text import Phrase, find_phrase

THRESHOLD_REACH = 28  # characters between a threshold word and its amount
NEGATION_WORDS = 6  # "60 €, el envío no es gratuito": a negation of "free" said after the amount
_BRACKETS = re.compile(r"\([^)]*\)")
AFTER_REACH = 14  # characters between an amount and "or more" after it ("45 € d'achats et plus")


def without_free(tokens: list[str], cues: CueView) -> list[str]:
    """`tokens` without their words of "free": "geen verzendkosten", "keine Versandkosten"
    say free, their negation word denies nothing."""
    tokens = list(tokens)
    for lang, _ in cues.languages:
        for word in lang.spec.units.free:
            phrase = Phrase.of(word)
            while (at := find_phrase(tokens, phrase, lang.compounds)) >= 0:
                del tokens[at : at + len(phrase.words)]
    return tokens


def about_shipping(tokens: list[str], cues: CueView) -> bool:
    """Speaks of delivery, and not of sending things back or refunds ("30 days after
    delivery", "we reimburse the costs of delivery within 14 days"). A
    business-days word proves a shipping page, but not a sentence: "refund issued within
    5–7 business days" is no delivery."""
    tokens = without_business_days(tokens, cues)
    delivery = has_cue(tokens, cues, "shipping", "proof", "links", "page")
    return (delivery or cues.has(tokens, "arrives")) and not about_returns(tokens, cues)[1]


def _split_amounts(sentence: str, cues: CueView) -> tuple[list[Amount], list[Amount]]:
    """(prices, thresholds): an amount right after "over", "dès", "ab"…, or right before
    "or more", "et plus", "oder mehr" or a "+" ("$35+"), is a threshold."""
    marks = cue_positions(sentence, cues, "threshold")
    after = cue_positions(sentence, cues, "threshold_after")
    found = amounts(sentence, cues)
    # a threshold word names the first amount after it, not the next ones ("Orders under
    # $75 ship for $6.99")
    claimed = {a.start for m in marks if (a := _named_after(sentence, m, found, cues))}
    # … and a word after an amount the last amount before it, not an earlier price ("送料550円、
    # 5,000円以上で無料", "díj 1 490 Ft, 20 000 Ft feletti")
    claimed |= {
        max(near, key=lambda a: a.end).start
        for m in after
        if (near := [a for a in found if 0 <= m - a.end <= AFTER_REACH])
    }
    prices, thresholds = [], []
    for amount in found:
        near = amount.start in claimed or sentence[amount.end : amount.end + 1] == "+"
        (thresholds if near else prices).append(amount)
    return prices, thresholds


def _named_after(sentence: str, mark: int, found: list[Amount], cues: CueView) -> Amount | None:
    """The amount a threshold word names: the first one after it, unless a price is named in
    between ("未滿收取運費80元": under it, shipping costs 80)."""
    near = [a for a in found if 0 <= a.start - mark <= THRESHOLD_REACH]
    if not near:
        return None
    first = min(near, key=lambda a: a.start)
    between = words(sentence[mark : first.start])
    return None if has_cue(between, cues, "shipping", "links", "page", "proof") else first


def _money(name: str, amount: Amount, sentence: str) -> Fact:
    return Fact(name, amount.text, clip(sentence, 220), amount.number, amount.currency)


def shipping_cost(text: str, cues: CueView) -> Fact | None:
    """The price of the first (standard) delivery option named next to a shipping word, or
    listed under a shipping heading ("Shipping costs" / "Pickup point: 3,90 €")."""
    for item in with_headings(text):
        sentence = item.sentence
        if not about_shipping(_topic(item, cues), cues):
            continue
        prices, _ = _split_amounts(sentence, cues)
        if prices:
            return _money("shipping_cost", prices[0], sentence)
    for line in lines(text):  # table rows: "Standard  3–5 business days  $5.95"
        prices, _ = _split_amounts(line, cues)
        if prices and durations(line, cues):
            return _money("shipping_cost", prices[0], line)
    return None


def free_shipping_threshold(text: str, cues: CueView) -> Fact | None:
    """The order value from which delivery is free. A restriction after the amount or in
    brackets ("over $50, US only", "(solo en territorio nacional)") is no negation."""
    for sentence in sentences(text):
        tokens = words(sentence)
        if not is_free(tokens, cues):
            continue
        _, thresholds = _split_amounts(sentence, cues)
        if not thresholds or not (about_shipping(tokens, cues) or len(thresholds) == 1):
            continue
        said = _BRACKETS.sub(" ", sentence[: thresholds[0].end])
        rest = _BRACKETS.sub(" ", sentence[thresholds[0].end :])
        free_after = is_free(words(rest), cues) and not is_free(words(said), cues)
        said_words, rest_words = without_free(words(said), cues), without_free(words(rest), cues)
        if cues.has(said_words, "negation") or (
            free_after and cues.has(rest_words[:NEGATION_WORDS], "negation")
        ):
            continue
        return _money("free_shipping_threshold", thresholds[0], sentence)
    return None


def delivery_time_days(text: str, cues: CueView) -> Fact | None:
    """The first delivery time stated next to a shipping word, e.g. "3–5 business days", or
    listed under a delivery heading ("Delivery times" / "France: 2–4 business days").
    Sentences about preparing the order ("we ship within 3 days") are processing times. A
    time said without a number ("the next business day") counts only where none is: it is
    often one option's ("choose Next-Day Air … you would get it the next business day")."""
    spare: Fact | None = None
    for item in with_headings(text):
        sentence, tokens = item.sentence, _topic(item, cues)
        if not about_shipping(tokens, cues):
            continue
        for d in _after_processing(sentence, tokens, cues):
            # "24/48 horas", "livraison en 48h": a day or more counted in hours
            if d.kind in ("day", "business_day", "week") or (d.kind == "hour" and d.high >= 24):
                days = round(d.days, 2)
                fact = Fact("delivery_time_days", d.label(), clip(sentence, 220), days, "days")
                if not d.numberless:
                    return fact
                spare = spare or fact
    return spare


def delivery_times(text: str, cues: CueView) -> Fact | None:
    """Each named delivery option ("Standard", "Express", "Point relais") with its time.

    The option is named in the sentence or table row itself, or in a short heading line just
    above it ("International shipping" followed by "We ship to Canada in 7–12 days"); the time
    an order takes to leave ("we ship within 2 days") is no option's delivery time."""
    options: dict[str, str] = {}
    snippet = ""
    heading: str | None = None
    for row in lines(text):
        for sentence in sentences(row) if "\t" not in row else [row]:
            found = [
                d for d in _after_processing(sentence, words(sentence), cues) if d.kind != "minute"
            ]
            name = _option_name(sentence, cues)
            if not found:
                if name is not None and len(words(sentence)) <= 5:
                    heading = name
                elif len(words(sentence)) <= 5:
                    heading = None
                continue
            if contains(words(sentence), return_words(cues)):
                continue
            name = name or heading
            if name is not None and name not in options:
                options[name] = found[0].label()
                snippet = snippet or clip(sentence, 220)
    if not options:
        return None
    value = "; ".join(f"{name}: {time}" for name, time in options.items())
    return Fact("delivery_times", value, snippet)


def _option_name(sentence: str, cues: CueView) -> str | None:
    """The delivery option a sentence or table row is about, as the lexicon names it."""
    tokens = words(sentence)
    for lang, _ in cues.languages:
        for phrase in lang.facts["delivery_options"]:
            if find_phrase(tokens[:8], phrase, lang.compounds) >= 0:
                return phrase.text[:1].upper() + phrase.text[1:]
    return None


def _processing(
    sentence: str, cues: CueView, found: list[Duration] | None = None
) -> tuple[int, Duration | None] | None:
    """Where a sentence says how soon an order leaves, and in what time (None: the same day):
    the first duration after a processing cue ("ships within 2 days"), unless the same day is
    said before it ("shipped the same day, delivered in 1–2 days"); never in a sentence about
    returns or refunds. `found`: the sentence's durations, if known."""
    if not cue_positions(sentence, cues, "processing"):
        return None
    if about_returns(words(sentence), cues)[1]:
        return None  # "refunds are processed within 5 days" is no order leaving
    found = durations(sentence, cues) if found is None else found
    after = timed(sentence, cues, "processing", found)
    same = cue_positions(sentence, cues, "same_day")
    if same and (not after or min(same) < after[0].start):
        return min(same), None
    return (after[0].start, after[0]) if after else None


def _topic(item: Item, cues: CueView) -> list[str]:
    """The words that say what an item is about: its own if they name a topic ("Shipping &
    Returns" / "Orders over € 100 ship free"), else its heading's too, else the label under it
    ("5–7 business days" / "Delivery") if the heading speaks of neither delivery, preparation
    nor returns."""
    for said in (item.sentence, item.context):
        tokens = words(said)
        topical = about_returns(tokens, cues)[1] or cues.has(tokens, "processing")
        if topical or about_shipping(tokens, cues):
            return tokens
    return words(item.labelled or item.context)


def _listed_processing(
    sentence: str, heading: str, cues: CueView
) -> tuple[int, Duration | None] | None:
    """An item under a processing heading: its first duration is the processing time."""
    heading_words = words(heading)
    if not cues.has(heading_words, "processing") or about_returns(heading_words, cues)[1]:
        return None
    found = durations(sentence, cues)
    return (found[0].start, found[0]) if found else None


def _after_processing(sentence: str, tokens: list[str], cues: CueView) -> list[Duration]:
    """The durations of a sentence that are not its processing time: "ships within 24 hours
    and arrives in 2–3 days" leaves 2–3 days; a sentence only about processing leaves none.
    A reply time is no delivery time either ("we reply to messages within 2 business days")."""
    found = durations(sentence, cues)
    if cues.has(tokens, "response"):
        replies = timed(sentence, cues, "response", found)
        found = [d for d in found if d not in replies]
    if not cues.has(tokens, "processing"):
        return found
    processing = _processing(sentence, cues, found)
    return [] if processing is None else [d for d in found if d.start > processing[0]]


def order_processing_time(text: str, cues: CueView) -> Fact | None:
    """How soon an order leaves the warehouse ("same business day", "24 hours"), said in
    the sentence or listed under a processing heading ("Processing time" / "1–2 days")."""
    for item in with_headings(text):
        sentence = item.sentence
        processing = _processing(sentence, cues)
        if processing is None and item.above is not None:
            processing = _listed_processing(sentence, item.above, cues)
        if processing is None:
            continue
        d = processing[1]
        if d is None:
            return Fact("order_processing_time", "same day", clip(sentence, 220), 0, "hours")
        return Fact("order_processing_time", d.label(), clip(sentence, 220), d.hours, "hours")
    return None
