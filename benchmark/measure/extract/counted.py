"""What a duration counts from: the delivery ("within 14 days of delivery", "收到商品7日內")
makes it a period after the order came — a window to send things back, never the time
delivery takes."""

from __future__ import annotations

import re

from benchmark.measure.extract.common import (
    Duration,
    cue_group,
    cue_positions,
    phrase_spans,
)
from benchmark.measure.extract.owners import SINCE_OBJECT_REACH
from benchmark.spec.lexicon import CueView
from benchmark.text import normalize

COUNTED_REACH = 60  # characters from a duration to the delivery it counts from
NEXT_DAY_OF_REACH = 20  # "lendemain de la livraison": the day after it, no time it takes
SINCE_REACH = 8  # characters from an arrival to the "from" after it: "到着から", "받으신 날로부터"


def _bare_receipt(norm: str, end: int, cues: CueView) -> bool:
    """A language that writes the time first may put it right after the receipt with no
    word for "from" ("收到商品7日內": within 7 days of receiving the goods)."""
    return cues.primary.spec.time_first and bool(re.match(r"\s?\d", norm[end:]))


def without_counted_from(sentence: str, cues: CueView) -> str:
    """The sentence without the delivery a time counts from: "Contact us within 10 days of
    delivery" under "Returns" speaks of the return, not of delivering ("お届けから10日以内")."""
    norm = normalize(sentence)
    since = cue_positions(sentence, cues, "since")
    first = cues.primary.spec.time_first
    for a, b in phrase_spans(sentence, cue_group(cues, "received"), cues):
        if _bare_receipt(norm, b, cues) or any(
            0 <= a - p <= SINCE_OBJECT_REACH or (first and 0 <= p - b <= 1) for p in since
        ):
            norm = norm[:a] + " " * (b - a) + norm[b:]
    return norm


def from_delivery(sentence: str, d: Duration, cues: CueView) -> bool:
    """Is `d` counted from the delivery ("14 jours à dater de la livraison", "the day after
    delivery")? Then it is a legal period, not how long delivery takes."""
    norm = normalize(sentence)
    if cues.primary.spec.time_first:
        # "商品到着から7日以内にご連絡ください": the arrival and "from" come before the time
        start = max(0, d.start - COUNTED_REACH)
        before = re.split(r"[,;、。，]", norm[start : d.start])[-1]
        offset = d.start - len(before)
        received = phrase_spans(before, cue_group(cues, "received"), cues)
        got = received + phrase_spans(before, cue_group(cues, "arrives"), cues)
        bare = any(_bare_receipt(norm, offset + b, cues) for _, b in received)
        # "from" right after the arrival names it ("到着から"); after another step it names
        # that one ("도착 예상일: 발송 후 3~7영업일": counted from the dispatch)
        since = cue_positions(before, cues, "since")
        return bare or any(0 <= s - b <= SINCE_REACH for _, b in got for s in since)
    after = re.split(r"[,;]", norm[d.end : d.end + COUNTED_REACH])[0]
    received = cue_positions(after, cues, "received")
    if not received:
        return False
    if d.numberless:  # "le lendemain de la livraison"
        return received[0] <= NEXT_DAY_OF_REACH
    return any(s < received[0] for s in cue_positions(after, cues, "since"))
