"""Support facts read from the text of the pages the shopper reached.

Each extractor is a pure function of a text and the page's cues (`CueView`), and returns a
`Fact` with the sentence that states it, or None. A fact that is not in the text is reported
as not found; no extractor guesses. Cue words come from the lexicon (``facts:`` and
``units:`` of each language file), so every fact works in every lexicon language.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmark.measure.extract.common import Fact
from benchmark.measure.extract.contact import chat_hours, email, phone, phone_hours, response_time
from benchmark.measure.extract.delivery_options import delivery_times
from benchmark.measure.extract.exchanges import exchanges_offered
from benchmark.measure.extract.policies import (
    free_returns,
    refund_delay,
    refund_method,
    return_window_days,
)
from benchmark.measure.extract.prices import free_shipping_threshold, shipping_cost
from benchmark.measure.extract.shipping import delivery_time_days, order_processing_time
from benchmark.measure.extract.terms import duties_taxes, po_box, weekend_shipping
from benchmark.spec.lexicon import CueView

Extractor = Callable[[str, CueView], Fact | None]
EXTRACTORS: dict[str, Extractor] = {
    "return_window_days": return_window_days,
    "free_returns": free_returns,
    "refund_method": refund_method,
    "refund_delay": refund_delay,
    "exchanges_offered": exchanges_offered,
    "shipping_cost": shipping_cost,
    "free_shipping_threshold": free_shipping_threshold,
    "delivery_time_days": delivery_time_days,
    "delivery_times": delivery_times,
    "order_processing_time": order_processing_time,
    "weekend_shipping": weekend_shipping,
    "duties_taxes": duties_taxes,
    "po_box": po_box,
    "email": email,
    "phone": phone,
    "phone_hours": phone_hours,
    "chat_hours": chat_hours,
    "response_time": response_time,
}
# Facts that other modules record: the chat flow names the vendor and reads the reply time
# its panel promises.
RECORDED_FACTS = frozenset({"chat_vendor", "chat_response_time"})
FACT_NAMES = frozenset(EXTRACTORS) | RECORDED_FACTS


def extract(names: list[str], text: str, cues: CueView) -> dict[str, Fact]:
    """Run the named extractors on `text`; facts not found are simply absent."""
    found: dict[str, Fact] = {}
    for name in names:
        extractor = EXTRACTORS.get(name)
        if extractor is None:
            continue
        fact = extractor(text, cues)
        if fact is not None:
            found[name] = fact
    return found


__all__ = ["EXTRACTORS", "FACT_NAMES", "RECORDED_FACTS", "Fact", "extract"]
