"""Returns, refunds and exchanges."""

from __future__ import annotations

from benchmark.measure.extract.common import (
    Duration,
    Fact,
    Item,
    asks,
    clip,
    contains,
    cue_group,
    cue_positions,
    cue_spans,
    durations,
    free_words,
    has_cue,
    starts,
    with_headings,
    without_business_days,
    words,
)
from benchmark.measure.extract.counted import without_counted_from
from benchmark.measure.extract.options import another_option, free_for
from benchmark.measure.extract.owners import (
    about_money_back,
    about_returns,
    claimed,
    counted_from_elsewhere,
    delivery_deadline,
    intent_words,
    refund_names,
    refund_words,
    whose,
)
from benchmark.measure.extract.prices import split_amounts
from benchmark.spec.lexicon import CueView
from benchmark.text import normalize


def return_window_days(text: str, cues: CueView) -> Fact | None:
    """Days a shopper has to send an item back: a duration that belongs to a word about
    sending things back (not to a refund), calendar days before business days."""
    best: tuple[int, int, Fact] | None = None
    for order, item in enumerate(with_headings(text)):
        if cues.has(words(item.sentence), "not_applicable"):
            continue
        for d, owner, said in _owned(item, cues):
            if d.kind in ("minute", "hour", "business_hour") or owner != "return" or d.numberless:
                continue  # "the period starts the day after delivery" is no window
            # a window counted from the purchase or the delivery before a deadline counted
            # from the return's own steps ("14 days from when the return is accepted")
            if delivery_deadline(said, d, cues) or _named_processing(said, d, cues):
                continue  # "not delivered within 30 days, you may withdraw": the delivery's
            later = counted_from_elsewhere(said, d, cues)
            score = 2 - (1 if d.kind == "business_day" else 0) - (2 if later else 0)
            days = round(d.days)
            fact = Fact("return_window_days", days, clip(said, 220), days, "days")
            if best is None or (score, -order) > (best[0], best[1]):
                best = (score, -order, fact)
    return best[2] if best else None


NAMED_REACH = 2  # characters from a time to the noun that names it: "30 days processing time"


def _named_processing(sentence: str, d: Duration, cues: CueView) -> bool:
    """A time named a processing time by the words right after it ("up to 30 days processing
    time"): how long handling takes, never the shopper's time to send an item back."""
    after = normalize(sentence)[d.end :]
    return any(p <= NAMED_REACH for p in cue_positions(after, cues, "processing"))


def _elsewhere(tokens: list[str], cues: CueView, heading: str | None = None) -> bool:
    """Speaks of delivery or of preparing the order (a business-days word alone does not:
    refunds take business days too). Under a heading about refunds alone, a processing word
    is the refund's ("Refunds" / "Processing time: 7–10 business days")."""
    tokens = without_business_days(tokens, cues)
    if has_cue(tokens, cues, "shipping", "proof", "links", "page"):
        return True
    if heading is not None:
        above = words(heading)
        if about_money_back(above, cues) and not _elsewhere(above, cues):
            return False
    return cues.has(tokens, "processing")


NEGATION_REACH = 3  # words before a cue that negate it: "not free", "n'est pas gratuit"


def _negated(tokens: list[str], at: int, cues: CueView) -> bool:
    return cues.has(tokens[max(0, at - NEGATION_REACH) : at], "negation")


def free_returns(text: str, cues: CueView) -> Fact | None:
    """Whether sending an item back costs the shopper nothing.

    Free: the store says it pays or charges nothing ("we pay", "sans frais", "suportat de
    noi", "você não paga nada"), or calls returns free without a negation just before
    ("free returns"; not "not free", "n'est pas gratuit"). Paid: the cost is put on the
    shopper ("at your own expense", "à votre charge", "deducted from your refund"), not
    negated. A word that only says "cost" or "fee" proves nothing, but a price for sending
    it back does ("Return shipping: $6.95", "반품 배송비는 6,000원"), where nothing else says
    free. Paid wins over free. A parcel refused or never collected is no return; returns free
    only for a fault ("if the item is defective", "si erreur de notre part") are not free."""
    paid: Fact | None = None
    free: Fact | None = None
    priced: Fact | None = None
    for item in with_headings(text):
        sentence, tokens = item.sentence, words(item.sentence)
        if asks(sentence) or not (
            about_returns(tokens, cues)[1] or _under_returns(item.above, cues)
        ):
            continue
        # "a refused parcel is charged its way back", "the diminished value is deducted from
        # the refund": no return the shopper asked for, no cost of sending it back
        if cues.has(tokens, "refused") or cues.has(tokens, "depreciation"):
            continue
        says_paid = [
            i
            for i, end in cue_spans(tokens, cue_group(cues, "paid"), cues)
            # "the customer pays nothing": a negation right after the cue undoes it, too
            if not _negated(tokens, i, cues) and not cues.has(tokens[end : end + 1], "nothing")
        ]
        says_paid += _burdened(tokens, cues)
        we_pay = starts(tokens, cue_group(cues, "we_pay"), cues)
        # "de retourkosten worden niet door ons vergoed": the store does not pay
        says_paid += [i for i in we_pay if _negated(tokens, i, cues)]
        # "Entrega gratuita y devoluciones fáciles": that free is the delivery's
        free_at = [i for i, what in free_for(sentence, cues).items() if what != "delivery"]
        if says_paid and _elsewhere_only(sentence, item.above, cues):
            continue  # "international returns are at the customer's expense"
        if says_paid or any(_negated(tokens, i, cues) for i in free_at):
            paid = paid or Fact("free_returns", False, clip(sentence, 220))
        elif not cues.has(tokens, "fault") and [
            i for i in we_pay + free_at if not _of_refund(tokens, i, cues)
        ]:  # "we pay return shipping for defective items": not for a change of mind
            free = free or Fact("free_returns", True, clip(sentence, 220))
        elif split_amounts(sentence, cues)[0] and not contains(tokens, refund_names(cues), cues):
            priced = priced or Fact("free_returns", False, clip(sentence, 220))
    return paid or free or priced


def _elsewhere_only(sentence: str, heading: str | None, cues: CueView) -> bool:
    """Is the sentence said of returns from abroad or remote parts only ("Les retours
    internationaux sont à la charge du client", under "Baleares, Ceuta y Melilla")? An
    exception in brackets ("España (excepto Canarias)") does not make it so."""
    return another_option(sentence, len(sentence), heading, cues, express=False)


def _under_returns(heading: str | None, cues: CueView) -> bool:
    """A heading about sending things back and not about delivery ("Returns of goods" /
    "Shipping costs are the customer's"): what is listed under it is the return's."""
    above = words(heading or "")
    return about_returns(above, cues)[1] and not _elsewhere(above, cues)


SHOPPER_REACH = 12  # words between the shopper and what is put on them ("vom Kunden … zu tragen")


def _burdened(tokens: list[str], cues: CueView) -> list[int]:
    """Where a cost is put on the shopper ("the customer is responsible for return shipping",
    "los costes correrán a cargo del usuario"), not negated before or right after, in a
    sentence where the store does not say it pays or calls anything free."""
    if starts(tokens, cue_group(cues, "we_pay"), cues) or starts(tokens, free_words(cues), cues):
        return []
    shoppers = starts(tokens, cue_group(cues, "shopper"), cues)
    return [
        i
        for i, end in cue_spans(tokens, cue_group(cues, "burden"), cues)
        if any(abs(i - j) <= SHOPPER_REACH for j in shoppers)
        and not _negated(tokens, i, cues)
        # "der Kunde trägt keine Kosten", "the customer pays nothing"
        and not cues.has(tokens[end : end + NEGATION_REACH - 1], "negation")
        and not cues.has(tokens[end : end + 1], "nothing")
    ]


REFUND_OF_REACH = 3  # words before "no costs" that say it is the refund's


def _of_refund(tokens: list[str], at: int, cues: CueView) -> bool:
    """Is the "no costs" at `at` the refund's ("voor deze terugbetaling geen kosten": the
    refund itself costs nothing — not the return)? Words of both (Polish "zwrot") do not say."""
    return bool(starts(tokens[max(0, at - REFUND_OF_REACH) : at], refund_names(cues), cues))


def refund_method(text: str, cues: CueView) -> Fact | None:
    """How the money comes back: the original payment method, store credit, or a choice;
    said in a sentence about refunds or returns, or listed under a heading about them
    ("Refund method" / "Card payments: back to the same account")."""
    spare: Fact | None = None  # store credit said of something else ("exchanges are issued
    # as store credit"), if no sentence says how refunds are paid
    for item in with_headings(text):
        sentence = item.sentence
        tokens = words(sentence)
        topic = words(item.context)
        if not (has_cue(topic, cues, "refund", "proof", "links") or about_returns(topic, cues)[1]):
            continue
        original = _original_payment(tokens, cues)
        credit = _store_credit(tokens, cues)
        if original or credit:
            value = (
                "original payment method or store credit"
                if original and credit
                else "original payment method"
                if original
                else "store credit"
            )
            fact = Fact("refund_method", value, clip(sentence, 220))
            if original or _refunds_said(tokens, cues):
                return fact
            spare = spare or fact
    return spare


def _refunds_said(tokens: list[str], cues: CueView) -> bool:
    """A word of refunding, not denied ("non-refundable") nor the store credit itself."""
    credit = cue_spans(tokens, cue_group(cues, "store_credit"), cues)
    refunds = [
        i
        for i, _ in cue_spans(tokens, refund_words(cues), cues)
        if not any(a <= i < b for a, b in credit)
    ]
    return any(not _negated(tokens, i, cues) and tokens[i - 1 : i] != ["non"] for i in refunds)


CREDIT_ONTO_REACH = 7  # words from a credit to the original payment it is put on


def _store_credit(tokens: list[str], cues: CueView) -> bool:
    """Names store credit as the refund: a gift card is one only where the sentence refunds
    with it ("refunded as a gift card"), not where it is sold ("gift cards are
    non-refundable", "final sale: earrings, gift cards")."""
    gift = cue_spans(tokens, intent_words(cues, "gift_card"), cues)
    credit = [i for i, _ in cue_spans(tokens, cue_group(cues, "store_credit"), cues)]
    # "een tegoed toegepast op uw creditcard of originele betaalmethode": a credit put on
    # the original payment is the money going back there
    onto = starts(tokens, cue_group(cues, "original_payment"), cues)
    credit = [i for i in credit if not any(0 < o - i <= CREDIT_ONTO_REACH for o in onto)]
    if any(not any(a <= i < b for a, b in gift) for i in credit):
        return True  # "store credit", "a credit note"
    return bool(credit) and _refunds_said(tokens, cues)


DEPENDS_REACH = 4  # words from "depending on" to the payment method it names


def _original_payment(tokens: list[str], cues: CueView) -> bool:
    """Names the original payment method as where the money goes back, not as what a time
    depends on ("refund times vary with the payment method used")."""
    depends = starts(tokens, cue_group(cues, "depends"), cues)
    return any(
        not any(0 < i - d <= DEPENDS_REACH for d in depends)
        for i in starts(tokens, cue_group(cues, "original_payment"), cues)
    )


def refund_delay(text: str, cues: CueView) -> Fact | None:
    """How long the refund takes once the return arrives ("5–7 business days"); not the time
    a delivery must come in ("not delivered within 30 days, you are refunded")."""
    for item in with_headings(text):
        for d, owner, said in _owned(item, cues):
            refund = owner == "refund" and contains(words(said), refund_words(cues), cues)
            if refund and not delivery_deadline(said, d, cues):
                return Fact("refund_delay", d.label(), clip(said, 220), round(d.days, 2), "days")
    return None


def _owned(item: Item, cues: CueView) -> list[tuple[Duration, str | None, str]]:
    """The durations of an item's sentence, each with whose it is ("return", "refund" or
    None) and the text that says so: the sentence itself, else after its heading ("Returns"
    / "Within 30 days"), else with the label under it ("30 days" / "Return window")."""
    length = len(normalize(item.sentence))
    readings = [(item.sentence, 0), (item.context, item.start)]  # its own words first
    own = words(item.sentence)
    reply = cues.has(own, "response")  # "we reply within 48 hours" under "Refunds"
    topic = words(without_counted_from(item.sentence, cues))
    if not about_money_back(own, cues) and (reply or _elsewhere(topic, cues, item.above)):
        readings = readings[:1]  # "Fast delivery (1–5 days)" under "Shipping, returns"
    heard = words(item.context)
    if item.labelled is not None and not _elsewhere(heard, cues):
        readings.append((item.labelled, 0))
    for said, start in readings:
        if not about_money_back(words(said), cues):
            continue
        found = [d for d in durations(said, cues) if start <= d.start and d.end <= start + length]
        owned = [(d, claimed(said, d, whose(said, d, cues), cues), said) for d in found]
        if any(owner for _, owner, _ in owned):
            return owned
    return []
