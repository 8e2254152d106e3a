"""Shipping: costs, the free-shipping threshold, delivery and processing times, weekends,
duties and unusual addresses."""

from __future__ import annotations

import re

from benchmark.measure.extract.common import (
    Duration,
    Fact,
    Item,
    asks,
    clip,
    contains,
    cue_group,
    cue_positions,
    cue_reaches,
    durations,
    has_cue,
    original_offsets,
    phrase_spans,
    timed,
    verb_timed,
    with_headings,
    without_business_days,
    words,
)
from benchmark.measure.extract.counted import from_delivery
from benchmark.measure.extract.options import another_option, names_standard
from benchmark.measure.extract.owners import (
    about_money_back,
    about_returns,
    chased_delivery,
    intent_words,
)
from benchmark.measure.extract.sentences import BRACKETED
from benchmark.spec.lexicon import CueView
from benchmark.text import CACHED_TOKENS, normalize


def about_shipping(tokens: list[str], cues: CueView) -> bool:
    """Speaks of delivery, and not of sending things back, refunds or cancelling ("30 days
    after delivery", "we reimburse the costs of delivery within 14 days"). A
    business-days word proves a shipping page, but not a sentence: "refund issued within
    5–7 business days" is no delivery."""

    def said() -> bool:
        bare = without_business_days(tokens, cues)
        delivery = has_cue(bare, cues, "shipping", "proof", "links", "page")
        return (
            (delivery or cues.has(bare, "arrives"))
            and not about_returns(bare, cues)[1]
            # "orders may be cancelled within 24 hours of purchase": no delivery time
            and not has_cue(bare, cues, "cancellation", "links")
        )

    if len(tokens) > CACHED_TOKENS:
        return said()
    return cues.remembered(("about_shipping", tuple(tokens)), said)


def delivery_time_days(text: str, cues: CueView) -> Fact | None:
    """The first delivery time stated next to a shipping word, e.g. "3–5 business days", or
    listed under a delivery heading ("Delivery times" / "France: 2–4 business days").
    Sentences about preparing the order ("we ship within 3 days") are processing times. A
    time said without a number ("the next business day") counts only where none is: it is
    often one option's ("choose Next-Day Air … you would get it the next business day"). An
    express or international option's time is no standard delivery time (`another_option`).
    A sentence that names no topic of its own continues a delivery sentence before it that gave
    no time, when it gives a range, as estimates are ("Delivery time varies by town." / "It
    can be 2 to 8 days."); a single deadline there is no delivery time ("… within 14 days")."""
    spare: Fact | None = None
    express = names_standard(text, cues)
    lead: list[str] = []  # a sentence on delivery that gives no time: the next may say it
    for item in with_headings(text):
        sentence, tokens = item.sentence, item_topic(item, cues)
        continued = bool(lead) and not (about_shipping(tokens, cues) or _any_topic(tokens, cues))
        if continued:
            tokens = lead + tokens  # "Delivery time varies by town." / "It can be 2 to 8 days."
        said = len(words(sentence)) >= LEAD_WORDS and not durations(sentence, cues)
        timeless = said and not cues.has(tokens, "processing")
        lead = tokens if timeless and about_shipping(tokens, cues) else []
        if asks(sentence) or not about_shipping(tokens, cues):
            continue  # "What if my order has not come after 10 days?" states no time
        if item.above is not None and _named_processing_last(item.above, cues):
            continue  # a table's row "Preparation time" under "Delivery options"
        at = original_offsets(sentence)
        for d in after_processing(sentence, tokens, cues):
            if (
                (continued and (d.numberless or d.low == d.high))  # an estimate is a range
                or from_delivery(sentence, d, cues)
                or chased_delivery(sentence, d, cues)
                or another_option(sentence, at[d.start], item.above, cues, express)
            ):
                continue  # "if you have not received your order within 10 days, contact us"
            # "24/48 horas", "livraison en 48h": a day or more counted in hours
            hours = d.kind in ("hour", "business_hour")
            if d.kind in ("day", "business_day", "week") or (hours and d.high >= 24):
                days = round(d.days, 2)
                fact = Fact("delivery_time_days", d.label(), clip(sentence, 220), days, "days")
                if not d.numberless:
                    return fact
                spare = spare or fact
    return spare


def _named_processing_last(heading: str, cues: CueView) -> bool:
    """Is the nearest label of the heading about preparing the order, not delivery ("Delivery
    options: Handling time: Standard"; not "Shipping and handling times")?"""
    for label in reversed(heading.split(":")):
        if phrase_spans(label, intent_words(cues, "shipping"), cues):
            return False
        if cue_positions(label, cues, "processing"):
            return True
    return False


LEAD_WORDS = 3  # a sentence, not a list number ("2.") or a lone label, leads the next one


def _processing(
    sentence: str, cues: CueView, found: list[Duration] | None = None
) -> tuple[int, Duration | None] | None:
    """Where a sentence says how soon an order leaves, and in what time (None: the same day):
    the first duration after a processing cue ("ships within 2 days"), unless the same day is
    said before it ("shipped the same day, delivered in 1–2 days"); never in a sentence about
    returns or refunds. `found`: the sentence's durations, if known."""
    if not cue_positions(sentence, cues, "processing"):
        return None
    found = durations(sentence, cues) if found is None else found
    if about_returns(words(sentence), cues)[1] and not _dispatch_first(sentence, cues, found):
        return None  # "refunds are processed within 5 days" is no order leaving
    after = timed(sentence, cues, "processing", found)
    # "Versand innerhalb Deutschlands: die Ware trifft in 2–5 Tagen beim Empfänger ein": a
    # word of arrival between the processing word and the time takes the time
    marks = cue_positions(sentence, cues, "processing", time_first=False)
    arrivals = cue_positions(sentence, cues, "arrives")
    after = [d for d in after if not any(m < a < d.start for a in arrivals for m in marks)]
    if cues.primary.spec.time_first:
        after = [d for d in after if not _arrival_verb(sentence, d, arrivals, cues)]
    same = phrase_spans(sentence, cue_group(cues, "same_day"), cues)
    if same and (not after or same[0][0] < after[0].start):
        # "the same or next business day" names two days, not a range: the time has a number
        if after and not after[0].numberless and _up_to(sentence, same[0][1], after[0]):
            return after[0].start, after[0]  # "from the same day up to 4 business days"
        return same[0][0], None
    return (after[0].start, after[0]) if after else None


def _arrival_verb(sentence: str, d: Duration, arrivals: list[int], cues: CueView) -> bool:
    """Where the time comes before its verb, is the first verb after `d` in its clause an
    arrival ("出貨時間：商品將於7個工作天內送達", "발송되며 주문 후 2~3일(주말 제외) 내에
    수령하실 수 있습니다")? Then `d` is the delivery's, whatever label or cue came before."""
    norm = BRACKETED.sub(lambda m: " " * len(m.group()), normalize(sentence))
    end = re.search(r"[,.;!?。，；]", norm[d.end :])
    stop = d.end + (end.start() if end else len(norm))
    verbs = [v for v in cue_positions(sentence, cues, "processing", time_first=True) if v > d.end]
    first = min([a for a in arrivals if d.end <= a < stop], default=None)
    return first is not None and not any(v < first for v in verbs)


def _dispatch_first(sentence: str, cues: CueView, found: list[Duration]) -> bool:
    """A processing cue that names delivery, and its time, said before any word of refunds:
    "handing the goods over for delivery takes 2 days, counted from the payment of the price
    and of the delivery costs" (what follows says when it counts from)."""
    norm = normalize(sentence)
    spans = phrase_spans(sentence, cue_group(cues, "processing"), cues)
    if not spans:
        return False
    start, end = min(spans)
    if not about_shipping(words(norm[start:end]), cues):
        return False  # "processed within 5 days of receiving your return" may be the refund's
    after = [d for d in found if d.start >= end]
    if not after:
        return False
    said = words(norm[: after[0].end])  # "we ship exchanges within 3 days of …": no order
    exchange = contains(said, intent_words(cues, "exchange"), cues)
    return not (about_returns(said, cues)[1] or exchange)


RANGE_GAP = 12  # characters between "the same day" and the time a range runs to ("fino a")


def _up_to(sentence: str, end: int, d: Duration) -> bool:
    """Do the words between a same-day cue (ending at `end`) and the time `d` make them one
    range ("same day to 3 days", "dal giorno stesso fino a 4 giorni")? Short, with no
    punctuation but a dash between ("即日発送、2〜3営業日でお届け" is two times)."""
    between = normalize(sentence)[end : d.start]
    return len(between) <= RANGE_GAP and not re.search(r"[^\w\s\-–~〜]", between)


def _topical(tokens: list[str], cues: CueView) -> bool:
    """Speaks of returns, of preparing the order or of delivery."""
    topical = about_returns(tokens, cues)[1] or cues.has(tokens, "processing")
    return topical or about_shipping(tokens, cues)


def _any_topic(tokens: list[str], cues: CueView) -> bool:
    """Names any support topic at all (an exchange, a refund, tracking, an order's
    preparation…): a sentence that names none continues the one before it."""
    intents = {i for lang, _ in cues.languages for i in lang.spec.intents}
    bare = without_business_days(tokens, cues)  # "días hábiles" is no topic of its own
    return cues.has(bare, "processing") or any(
        has_cue(bare, cues, intent, "links", "proof", "page") for intent in intents
    )


def item_topic(item: Item, cues: CueView) -> list[str]:
    """The words that say what an item is about: its own if they name a topic ("Shipping &
    Returns" / "Orders over € 100 ship free"), else its heading's too, else the label under it
    ("5–7 business days" / "Delivery") if the heading speaks of neither delivery, preparation
    nor returns, else the page's title when it names one topic ("Livraison à domicile" /
    "France métropolitaine" / "France : 48h ouvrable"; not "Shipping & Returns")."""
    for said in (item.sentence, item.context):
        tokens = words(said)
        if _topical(tokens, cues):
            return tokens
    titled = words(item.page or "") if item.above else []  # a short item, not prose
    if _topical(titled, cues) and not (
        about_returns(titled, cues)[1] and about_shipping(titled, cues)
    ):
        return titled + words(item.labelled or item.context)
    return words(item.labelled or item.context)


def _listed_processing(
    sentence: str, heading: str, cues: CueView
) -> tuple[int, Duration | None] | None:
    """An item under a processing heading: its first duration is the processing time."""
    # "Versand innerhalb Deutschlands" names a place, not a time to come
    named = any(reach is None for _, reach in cue_reaches(heading, cues, "processing", None))
    if not named or about_returns(words(heading), cues)[1]:
        return None
    found = durations(sentence, cues)
    return (found[0].start, found[0]) if found else None


def after_processing(sentence: str, tokens: list[str], cues: CueView) -> list[Duration]:
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
    if processing is None:  # its processing word times nothing: "出荷後1~3日でお届け"
        return found
    same = phrase_spans(sentence, cue_group(cues, "same_day"))
    # a time right after any processing cue is a processing time too: "expédiée sous 72
    # heures, après avoir été traitée dans les 24 heures" leaves no delivery time (where the
    # time comes after its verb: "出荷後1~3日でお届け" counts from the shipping)
    time_first = cues.primary.spec.time_first
    timing = phrase_spans(sentence, cue_group(cues, "processing"))
    # … and where it comes before its verb, every time the verb times, or one inside a cue:
    # "即日発送時間外のご注文は翌営業日の発送となります" says the next business day of dispatch
    verbed = verb_timed(sentence, cues, "processing", found) if time_first else []
    # "shipped the same or next business day": the next day is the same-day cue's; a clause
    # ending in its verb ("Lieferzeit 2–3 Tage, die Ware wird morgen versendet") keeps the rest
    verb_final = cues.primary.spec.verb_final
    return [
        d
        for d in found
        if (d.start > processing[0] or (verb_final and d is not processing[1]))
        and not any(a <= d.start < b for a, b in same)
        # "posted the same day (if possible) or next day": the other day of the same choice
        and not (d.numberless and any(0 <= d.start - b <= SAME_OR_REACH for _, b in same))
        and not any(a <= d.start < b for a, b in timing)
        and (time_first or not any(0 <= d.start - b <= PROCESSING_REACH for _, b in timing))
        and d not in verbed
    ]


SAME_OR_REACH = 25  # characters from "the same day" to the next day offered instead
PROCESSING_REACH = 12  # characters from a processing cue to the time it names: "in the next 2"


def order_processing_time(text: str, cues: CueView) -> Fact | None:
    """How soon an order leaves the warehouse ("same business day", "24 hours"), said in
    the sentence or listed under a processing heading ("Processing time" / "1–2 days"); not
    an express or international option's ("Express: same-day processing", `another_option`)."""
    express = names_standard(text, cues)
    for item in with_headings(text):
        sentence = item.sentence
        above = words(item.above or "")
        if about_money_back(above, cues) and not has_cue(above, cues, "shipping", "links", "page"):
            continue  # "Refunds" / "Processing time: 5–7 days" is the refund's
        processing = _processing(sentence, cues)
        if processing is None and item.above is not None:
            processing = _listed_processing(sentence, item.above, cues)
        at = original_offsets(sentence)[processing[0]] if processing else 0
        if processing is None or another_option(sentence, at, item.above, cues, express):
            continue  # "Express: same-day processing" is the express option's
        d = processing[1]
        if d is None:
            return Fact("order_processing_time", "same day", clip(sentence, 220), 0, "hours")
        return Fact("order_processing_time", d.label(), clip(sentence, 220), d.hours, "hours")
    return None
