"""What delivery costs: the price of the standard option and the order value from which it
is free."""

from __future__ import annotations

import itertools
import re

from benchmark.measure.extract.common import (
    Amount,
    Fact,
    amounts,
    asks,
    clip,
    contains,
    cue_positions,
    durations,
    has_cue,
    is_free,
    lines,
    original_offsets,
    with_headings,
    words,
)
from benchmark.measure.extract.options import another_option, free_for, names_standard
from benchmark.measure.extract.owners import about_returns, intent_words, refund_words
from benchmark.measure.extract.sentences import BRACKETED, ROW_WORDS, size
from benchmark.measure.extract.shipping import about_shipping, item_topic
from benchmark.phrases import Phrase, find_phrase
from benchmark.spec.lexicon import CueView

THRESHOLD_REACH = 28  # characters between a threshold word and its amount
NEGATION_WORDS = 6  # "60 €, el envío no es gratuito": a negation of "free" said after the amount
# "–", "to", "do", "bis", "à" (not "未満", under: Chinese, Japanese and Korean write bounds there)
# a dash, a short word ("to", "do", "bis"), or Chinese "or"/"to" ("$699或是$999", "100至200元")
_RANGE_JOIN = re.compile(
    r"\s*(?:[-–—~〜]|[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4}|或是|或者|或|至|到)\s*"
)
_PLUS_AFTER = re.compile(r"\s*(?:[^\W\d_]{1,3}\s*)?\+")  # "+", "et +", "and +"
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


def split_amounts(sentence: str, cues: CueView) -> tuple[list[Amount], list[Amount]]:
    """(prices, thresholds): an amount right after "over", "dès", "ab"…, or right before
    "or more", "et plus", "oder mehr" or a "+" ("$35+"), is a threshold."""
    # cues are found in the normalised sentence, amounts in the sentence as written
    at = original_offsets(sentence)
    marks = [at[m] for m in cue_positions(sentence, cues, "threshold")]
    after = [at[m] for m in cue_positions(sentence, cues, "threshold_after")]
    found = amounts(sentence, cues)
    # a threshold word names the first amount after it, not the next ones ("Orders under
    # $75 ship for $6.99")
    # "minimum order value (goods in the basket) 800 р": the least an order may come to
    least = {
        a.start
        for m in cue_positions(sentence, cues, "minimum")
        if (a := _least(sentence, at[m], found))
    }
    claimed = {a.start for m in marks if (a := _named_after(sentence, m, found, cues))}
    claimed -= least  # "ab einem Mindestbestellwert von 20 € für 4,90 €": no range of values
    # … and a word after an amount the last amount before it, not an earlier price ("送料550円、
    # 5,000円以上で無料", "díj 1 490 Ft, 20 000 Ft feletti")
    claimed |= {
        max(near, key=lambda a: a.end).start
        for m in after
        if (near := [a for a in found if 0 <= m - a.end <= AFTER_REACH])
    }
    # "od 3,99 € do 6,99 €", "from $50 to $99.99": the amount after a bound joined to it by a
    # dash or a short word is the range's other end, no price
    claimed |= {
        b.start
        for a, b in itertools.pairwise(found)
        if a.start in claimed and _RANGE_JOIN.fullmatch(sentence[a.end : b.start])
    }
    # "0.00$ à 98.99$ : 12.99$", "Orders $0–$49.99: $5.99": a band of order values labelling
    # the price after it
    claimed |= {
        x.start
        for a, b, c in zip(found, found[1:], found[2:], strict=False)
        if _RANGE_JOIN.fullmatch(sentence[a.end : b.start]) and ":" in sentence[b.end : c.start]
        for x in (a, b)
    }
    # "0원 ~ 49,999원" on a table's row of its own: a range from nothing is a band of order
    # values, never what delivery costs
    claimed |= {
        x.start
        for a, b in itertools.pairwise(found)
        if not a.number and _RANGE_JOIN.fullmatch(sentence[a.end : b.start])
        for x in (a, b)
    }
    prices, thresholds = [], []
    for amount in found:
        if amount.start in least:
            continue
        # "$35+", "99.00$ et +": a threshold
        near = amount.start in claimed or bool(_PLUS_AFTER.match(sentence[amount.end :]))
        (thresholds if near else prices).append(amount)
    return prices, thresholds


def _named_after(sentence: str, mark: int, found: list[Amount], cues: CueView) -> Amount | None:
    """The amount a threshold word names: the first one after it, unless a price is named in
    between ("未滿收取運費80元": under it, shipping costs 80) or another quantity is the bound
    ("bis 2 kg werden CHF 7.00 verrechnet": up to 2 kg, the price is 7.00)."""
    near = [a for a in found if 0 <= a.start - mark <= THRESHOLD_REACH]
    if not near:
        return None
    first = min(near, key=lambda a: a.start)
    if any(ch.isdigit() for ch in sentence[mark : first.start]):
        return None
    between = words(sentence[mark : first.start])
    return None if has_cue(between, cues, "shipping", "links", "page", "proof") else first


MINIMUM_REACH = 80  # characters from "minimum order" to its amount, a note in brackets between


def _least(sentence: str, mark: int, found: list[Amount]) -> Amount | None:
    """The amount a minimum-order cue names: the first after it in the same clause, no
    other number between."""
    near = [a for a in found if 0 <= a.start - mark <= MINIMUM_REACH]
    if not near:
        return None
    first = min(near, key=lambda a: a.start)
    between = sentence[mark : first.start]
    return None if any(ch.isdigit() or ch in ";.!?" for ch in between) else first


def _money(name: str, amount: Amount, sentence: str) -> Fact:
    return Fact(name, amount.text, clip(sentence, 220), amount.number, amount.currency)


def shipping_cost(text: str, cues: CueView) -> Fact | None:
    """The price of the first (standard) delivery option named next to a shipping word, or
    listed under a shipping heading ("Shipping costs" / "Pickup point: 3,90 €"); where no
    price is named, "free" when delivery is said to be free with no amount at all ("free
    shipping on every order"; not "free over $50", not "not eligible for free shipping").
    An international option's price is never that; an express option's only where the page
    names no other option."""
    express = names_standard(text, cues)
    for item in with_headings(text):
        sentence = item.sentence
        if not about_shipping(item_topic(item, cues), cues):
            continue
        if cues.has(words(sentence), "refused"):
            continue  # "uncollected parcels are charged 200 kr": no price of delivering
        prices = _standard(sentence, item.above, cues, express)
        if prices:
            return _money("shipping_cost", prices[0], sentence)
    for line in lines(text):  # table rows: "Standard  3–5 business days  $5.95"
        if "\t" not in line and size(line) > ROW_WORDS:
            continue  # a paragraph with a fee and a time in it is no row of a price table
        prices = _standard(line, None, cues, express)
        if prices and durations(line, cues) and not about_returns(words(line), cues)[1]:
            return _money("shipping_cost", prices[0], line)
    return None if free_shipping_threshold(text, cues) else _free_for_all(text, cues)


def _standard(sentence: str, heading: str | None, cues: CueView, express: bool) -> list[Amount]:
    """The prices of a sentence that are no threshold and not another option's (abroad, and
    with `express`, an express one)."""
    prices, thresholds = split_amounts(sentence, cues)
    if thresholds:
        # "0 EUR (pasūtījumiem virs 20 EUR); 3 EUR (…līdz 20 EUR)": nothing to pay is the
        # price above the threshold, not the delivery price
        prices = [p for p in prices if p.number]
    return [p for p in prices if not another_option(sentence, p.start, heading, cues, express)]


def _about_exchanges(sentence: str, cues: CueView) -> bool:
    """Speaks of exchanging an item ("the first exchange ships free")."""
    return contains(words(sentence), intent_words(cues, "exchange"), cues)


def _free_for_all(text: str, cues: CueView) -> Fact | None:
    """Delivery said to be free, unnegated, with no amount (a threshold or a price) beside it,
    and not by a promotion ("free shipping during our summer promotion")."""
    for item in with_headings(text):
        sentence = item.sentence
        if asks(sentence) or amounts(sentence, cues) or _about_exchanges(sentence, cues):
            continue  # "the first exchange ships free" says nothing of delivering orders
        if sentence.rstrip().endswith(":") or cue_positions(sentence, cues, "threshold"):
            continue  # "Free shipping:" leads to its terms; "free over a certain amount"
        tokens = words(sentence)
        qualifies = free_for(sentence, cues)
        free_at = [i for i, what in qualifies.items() if what != "returns"]
        # "Entrega gratuita y devoluciones fáciles": free says delivery, whatever else is said
        said = any(what in ("delivery", "both") for what in qualifies.values())
        if not free_at or not (said or about_shipping(item_topic(item, cues), cues)):
            continue
        if cues.has(tokens, "promotion"):
            continue  # "free shipping promos apply in the 48 states": a promotion's, not always
        if contains(tokens, refund_words(cues), cues):
            continue  # "if you chose free delivery, we deduct its cost from the refund"
        if any(cues.has(tokens[max(0, i - NEGATION_WORDS) : i], "negation") for i in free_at):
            continue
        return Fact("shipping_cost", "free", clip(sentence, 220), 0.0)
    return None


def free_shipping_threshold(text: str, cues: CueView) -> Fact | None:
    """The order value from which delivery is free. A restriction after the amount or in
    brackets ("over $50, US only", "(solo en territorio nacional)") is no negation; a
    threshold said of delivery abroad or to remote parts ("Baleares: gratis desde 100 €") is
    not the standard delivery's."""
    express = names_standard(text, cues)
    for item in with_headings(text):
        sentence, tokens = item.sentence, words(item.sentence)
        prices, found = split_amounts(sentence, cues)
        if not prices and not found and is_free(tokens, cues) and item.above:
            # a lead-in over a bare "free": "Orders over 250 kr:" / "Standard shipping: free"
            sentence = item.above
            prices, found = split_amounts(sentence, cues)
        # a price of nothing beside a threshold says free too: "0 EUR (orders over 20 EUR)",
        # and so does a heading over a bare threshold: "Free shipping" / "On orders over $50"
        titled = found and not prices and is_free(words(item.above or ""), cues)
        if not (is_free(tokens, cues) or titled or (found and any(not p.number for p in prices))):
            continue
        thresholds = [
            t for t in found if not another_option(sentence, t.start, item.above, cues, express)
        ]
        if not thresholds or not (about_shipping(tokens, cues) or len(thresholds) == 1):
            continue
        said = BRACKETED.sub(" ", sentence[: thresholds[0].end])
        if _about_exchanges(said, cues):
            continue  # "frete grátis para pedidos da troca acima de R$149": an exchange's
        rest = BRACKETED.sub(" ", sentence[thresholds[0].end :])
        free_after = is_free(words(rest), cues) and not is_free(words(said), cues)
        said_words, rest_words = without_free(words(said), cues), without_free(words(rest), cues)
        if cues.has(said_words, "negation") or (
            free_after and cues.has(rest_words[:NEGATION_WORDS], "negation")
        ):
            continue
        return _money("free_shipping_threshold", thresholds[0], sentence)
    return None
