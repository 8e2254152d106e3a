"""Whose is a duration on a returns page: the return window's (the shopper's time to send
back or to ask) or the refund's (how soon the money comes back)?"""

from __future__ import annotations

import re

from benchmark.measure.extract.common import (
    TIME_FIRST_REACH,
    Duration,
    contains,
    cue_group,
    cue_positions,
    has_cue,
    phrase_spans,
    words,
)
from benchmark.phrases import Phrase
from benchmark.spec.lexicon import CueView
from benchmark.text import CACHED_TOKENS, normalize

_CLAUSE_BREAK = re.compile(r"[,;]")  # a cue across a comma is another clause's
OWNER_AFTER_REACH = 40  # characters from a duration to a cue after it that owns it
OWNER_NEGATION = 5  # words before a cue where a negation says it does not happen


def return_words(cues: CueView) -> list[tuple[Phrase, bool]]:
    """Cues that speak of sending something back, not of the money coming back."""
    return cues.remembered(("return_words",), lambda: _return_words(cues))


def _return_words(cues: CueView) -> list[tuple[Phrase, bool]]:
    found = []
    for lang, _ in cues.languages:
        # by the words matched, not as written: "zwroty" read in any case is "zwrot", which
        # names the refund too
        refund = {p.words for kind in ("links", "proof", "page") for p in lang.read["refund"][kind]}
        for kind in ("links", "proof"):
            found += [
                (p, lang.compounds) for p in lang.read["returns"][kind] if p.words not in refund
            ]
    return found


def intent_words(cues: CueView, intent: str) -> list[tuple[Phrase, bool]]:
    """The link and proof cues of an intent in every language of the page."""
    return cues.remembered(
        ("intent_words", intent),
        lambda: [
            (p, lang.compounds)
            for lang, _ in cues.languages
            for kind in ("links", "proof")
            for p in lang.read[intent][kind]
        ],
    )


def refund_words(cues: CueView) -> list[tuple[Phrase, bool]]:
    return intent_words(cues, "refund")


def refund_names(cues: CueView) -> list[tuple[Phrase, bool]]:
    """What the refund is called ("refund", "terugbetaling", "zwrot pieniędzy"; not Polish
    "zwrot" alone, which names the return too)."""
    return [(p, lang.compounds) for lang, _ in cues.languages for p in lang.read["refund"]["links"]]


def about_returns(tokens: list[str], cues: CueView) -> tuple[bool, bool]:
    """(speaks of sending back, speaks of returns at all — refunds included)."""

    def said() -> tuple[bool, bool]:
        sending_back = contains(tokens, return_words(cues), cues)
        return sending_back, sending_back or has_cue(tokens, cues, "returns", "proof", "links")

    if len(tokens) > CACHED_TOKENS:
        return said()
    return cues.remembered(("about_returns", tuple(tokens)), said)


def whose(sentence: str, d: Duration, cues: CueView) -> str | None:
    """Whose duration is it — "return" (the window) or "refund" (the delay)? The cue just
    before it in the same clause decides ("refunds take 10 days"); without one, a cue close
    after it ("once your return is approved, allow 14 days for the refund"), else the one
    before (a cue far after names the day it counts from: "we refund …, at the latest 14 days
    from the day we learn of your withdrawal", and so does one after a word like "from":
    "14 days from receipt of the return"), else the first after; a return or refund refused
    once the days have passed since the purchase makes them the return window. Where a word of both
    starts, the longer cue says which: Polish "zwrot" is either, "zwrot towaru"
    (sending the goods back) is the return, "zwrot pieniędzy" the refund."""
    sending = return_words(cues)
    marks = [
        (a, b - a, "return")
        for a, b in phrase_spans(sentence, [p for p in sending if not p[0].gap], cues)
    ]
    refunds = [(a, b - a, "refund") for a, b in phrase_spans(sentence, refund_words(cues), cues)]
    # a verb and its particle around something sent back ("send the jacket back", "schick
    # … zurück") name the return, unless what is sent back is the money ("send the money
    # back to your card": the refund's words between them)
    marks += [
        (a, b - a, "return")
        for a, b in phrase_spans(sentence, [p for p in sending if p[0].gap], cues)
        if not any(a < r < b for r, _, _ in refunds)
    ]
    marks += refunds
    norm = normalize(sentence)
    # "… we cannot offer you a refund": a refund or return said not to happen (in its own
    # clause: "if you are not happy, return it within 30 days" returns it) owns nothing
    refused = [m for m in marks if _refused(norm[: m[0]], cues)]
    marks = [m for m in marks if m not in refused]
    # a cue inside a longer one is part of it: "satisfait ou remboursé" (money back if not
    # satisfied: the return window) holds "remboursé"
    marks = [
        m
        for m in marks
        if not any(o[0] <= m[0] and m[0] + m[1] <= o[0] + o[1] and o[1] > m[1] for o in marks)
    ]
    if (topic := _topic(norm, marks, d, cues)) is not None:
        return topic
    if cues.primary.spec.time_first or cues.primary.spec.verb_final:
        # "14 napon belül visszatéríti", "7日以内に返金", "binnen 5 dagen crediteren": a refund
        # verb right after the time (a return word there may name what is refunded: "ödeme 7
        # iş günü içinde iade edilir")
        verb = [m for m in marks if 0 <= m[0] - d.end <= TIME_FIRST_REACH and m[2] == "refund"]
        if any(not _CLAUSE_BREAK.search(norm[d.end : m[0]]) for m in verb):
            return "refund"
    if cues.primary.spec.verb_final:
        # "binnen 30 dagen na ontvangst retourneren": the verb that ends the time's clause (a
        # noun there has its article: "5 Tage nach Eingang der Rücksendung" counts from it)
        end = d.end + len(_CLAUSE_BREAK.split(norm[d.end :])[0].rstrip(" .!?"))
        last = [m for m in marks if d.end <= m[0] and m[0] + m[1] == end]
        if last and not set(words(norm[: last[0][0]])[-1:]) & cues.primary.stopwords:
            return last[0][2]
    # "please allow 14 days, from the date posted, for your return to be processed"
    waited = phrase_spans(sentence, cue_group(cues, "wait"), cues)
    later = [m for m in marks if m[0] >= d.end]
    if later and any(0 <= d.start - end <= WAIT_REACH for _, end in waited):
        return min(later)[2]
    before = [m for m in marks if m[0] < d.start]
    if near := [m for m in before if not _CLAUSE_BREAK.search(norm[m[0] + m[1] : d.start])]:
        return max(near)[2]
    after = sorted((a, -length, owner) for a, length, owner in marks if a >= d.end)
    since = cue_positions(sentence, cues, "since")
    close = [m for m in after if m[0] - d.end <= OWNER_AFTER_REACH]
    if (
        close
        and not _CLAUSE_BREAK.search(norm[d.end : close[0][0]])
        and not any(d.end <= p < close[0][0] for p in since)
    ):
        return close[0][2]
    if before:
        return max(before)[2]
    # the first cue after a word like "from" is the day the time counts from ("14 dagen na
    # ontvangst van je retour … een terugbetaling": the refund's, counted from the return)
    counted = {_counted_from(norm, p, after, cues) for p in since}
    after = [m for m in after if m not in counted] or after
    if after:
        return after[0][2]
    # "if 30 days have gone by since your purchase, we can't offer you a refund": what is
    # refused once the days have passed since the purchase is a return window
    late = [m for m in refused if m[0] >= d.end]
    if late and any(d.end <= p < late[0][0] for p in since):
        return "return"
    return None


def _topic(norm: str, marks: list[tuple[int, int, str]], d: Duration, cues: CueView) -> str | None:
    """Whose the sentence is when its first cue, before the time, is marked as its topic:
    "返金は、返品された商品が到着後5営業日以内に行います" (as for the refund: within 5 business
    days of the returned item arriving) is the refund's, whatever is named in between."""
    first = min(marks, default=None)
    if first is None or first[0] >= d.start:
        return None
    rest = norm[first[0] + first[1] :].lstrip()
    particles = cue_group(cues, "topic")
    return first[2] if any(rest.startswith(p.text) for p, _ in particles) else None


SINCE_OBJECT_REACH = 30  # characters from "from" to the event it names: "na ontvangst van …"
WAIT_REACH = 12  # characters from "allow" to the time: "allow up to 14 days"


def _counted_from(
    norm: str, since: int, marks: list[tuple[int, int, str]], cues: CueView
) -> tuple[int, int, str] | None:
    """The cue a "from" word at `since` names as the day a time counts from: the first one
    close after it, with no purchase or delivery named first ("na levering retourneren"
    counts from the delivery, and "retourneren" is what is done)."""
    first = min((m for m in marks if m[0] > since), default=None)
    if first is None or first[0] - since > SINCE_OBJECT_REACH:
        return None
    between = norm[since : first[0]]
    if cue_positions(between, cues, "purchase") or cue_positions(between, cues, "received"):
        return None
    return first


PURCHASE_REACH = 60  # characters from a duration to the purchase or delivery it counts from


def claimed(sentence: str, d: Duration, owner: str | None, cues: CueView) -> str | None:
    """A refund's duration counted from the purchase or the delivery is the shopper's time to
    ask for it ("request a refund within 30 days of purchase"): a refund's delay counts from
    the return, never from the order."""
    if owner != "refund":
        return owner
    norm = normalize(sentence)
    pieces = _CLAUSE_BREAK.split(norm[d.end : d.end + PURCHASE_REACH])
    clause = pieces[0]
    if len(pieces) > 1 and 0 in cue_positions(pieces[1].lstrip(), cues, "since"):
        clause += " " + pieces[1]  # "within 14 days, from the day the goods arrive"
    bought = cue_positions(clause, cues, "purchase") + cue_positions(clause, cues, "received")
    # "… a partir da data de cancelamento da compra": counted from cancelling the purchase
    cancelled = [a for a, _ in phrase_spans(clause, intent_words(cues, "cancellation"), cues)]
    from_purchase = bought and not any(c < min(bought) for c in cancelled)
    if from_purchase and not about_money_back(words(clause), cues):
        return "return"
    # "you may request a refund within 30 days", "solicitar o reembolso em até 7 dias": the
    # shopper asking for the refund, just before the time in the same clause, or after it
    # ("30 dagar efter mottagandet att begära återbetalning": 30 days to ask for it)
    for said in (_CLAUSE_BREAK.split(norm[: d.start])[-1], clause):
        spans = phrase_spans(said, refund_words(cues), cues)
        asks = cue_positions(said, cues, "claim")
        if any(0 < a - c <= CLAIM_REACH for c in asks for a, _ in spans):
            return "return"
    return owner


def counted_from_elsewhere(sentence: str, d: Duration, cues: CueView) -> bool:
    """Is `d` counted from a step of the return itself ("14 days from the moment the return
    is accepted", "inom 7 dagar från att du anmält returen": from when the return was asked
    for or accepted)? Then it is a deadline within the return, not the return window. The step
    must be what "from" names (`_counted_from`): in "30 giorni dalla ricezione dell'articolo
    per richiedere un reso" the time counts from the receipt, and asking is what is done."""
    clause = _CLAUSE_BREAK.split(normalize(sentence)[d.end : d.end + PURCHASE_REACH])[0]
    marks = [(a, b - a, "return") for a, b in phrase_spans(clause, return_words(cues), cues)]
    marks += [(p, 0, "claim") for p in cue_positions(clause, cues, "claim")]
    return any(_counted_from(clause, p, marks, cues) for p in cue_positions(clause, cues, "since"))


CLAIM_REACH = 45  # characters from "request" to the refund it asks for
DEADLINE_REACH = 30  # characters from a delivery word to the time it must happen in
VERB_AFTER_REACH = 3  # characters from a time to the verb right after it ("30 Tagen geliefert")


def chased_delivery(sentence: str, d: Duration, cues: CueView) -> bool:
    """Is `d` the time after which an order that has not come is chased ("if you have not
    received your order within 10 working days, please contact us")? A delivery deadline
    (`delivery_deadline`) said of a delivery that did not happen: no delivery time."""
    clause = _CLAUSE_BREAK.split(normalize(sentence)[: d.start])[-1]
    return delivery_deadline(sentence, d, cues) and cues.has(words(clause), "negation")


def delivery_deadline(sentence: str, d: Duration, cues: CueView) -> bool:
    """Is `d` the time the delivery must happen in ("if the goods are not delivered within 30
    days, you may withdraw from the contract", "Erfolgt die Lieferung nicht innerhalb von 30
    Tagen, …")? A delivery or arrival word shortly before it in the same clause, and not what
    it counts from ("after delivery you have 30 days to return it"). Where the time comes
    before its verb, a delivery word before it is always what it counts from ("商品到着後7日以内",
    "수령 후 7일 이내")."""
    if cues.primary.spec.time_first:
        return False
    norm = normalize(sentence)
    before = _CLAUSE_BREAK.split(norm[: d.start])[-1]
    since = cue_positions(before, cues, "since")
    for group in ("received", "arrives"):
        for at in cue_positions(before, cues, group):
            counted = any(0 <= at - s <= SINCE_OBJECT_REACH for s in since)
            if len(before) - at <= DEADLINE_REACH and not counted:
                return True
    if cues.primary.spec.verb_final:
        # "nicht innerhalb von 30 Tagen geliefert": the verb right after the time
        after = norm[d.end : d.end + DEADLINE_REACH]
        return any(
            p <= VERB_AFTER_REACH
            for group in ("received", "arrives")
            for p in cue_positions(after, cues, group)
        )
    return False


def about_money_back(tokens: list[str], cues: CueView) -> bool:
    """Speaks of returns or refunds."""
    return about_returns(tokens, cues)[1] or contains(tokens, refund_words(cues), cues)


def _refused(before: str, cues: CueView) -> bool:
    clause = _CLAUSE_BREAK.split(before)[-1]
    return cues.has(words(clause)[-OWNER_NEGATION:], "negation")
