"""Support facts in every lexicon language: stated facts are found, unstated ones never are."""

import pytest

from benchmark.extract import EXTRACTORS

CASES = [
    ("en", "Returns are free: print the prepaid label.", "free_returns", True),
    ("en", "Return shipping is paid by you.", "free_returns", False),
    ("de", "Die Rücksendung ist innerhalb Deutschlands kostenlos.", "free_returns", True),
    ("ro", "Costul transportului pentru retur este suportat de client.", "free_returns", False),
    ("es", "Solicita la devolución y un mensajero la recoge sin coste.", "free_returns", True),
    (
        "fr",
        "Nous vous remboursons sur le moyen de paiement utilisé sous 10 jours ouvrés.",
        "refund_method",
        "original payment method",
    ),
    ("en", "Refunds are issued as store credit within 3 days.", "refund_method", "store credit"),
    (
        "nl",
        "We betalen het aankoopbedrag binnen 5 werkdagen terug via je oorspronkelijke "
        "betaalmethode. Terugbetaling gaat snel.",
        "refund_delay",
        "5 business days",
    ),
    (
        "en",
        "We refund your card within 5–7 business days after your return arrives.",
        "refund_delay",
        "5–7 business days",
    ),
    (
        "it",
        "Non è possibile effettuare cambi: restituisci l'articolo e ordina di nuovo.",
        "exchanges_offered",
        False,
    ),
    ("pt", "Pode trocar por outro tamanho em 30 dias.", "exchanges_offered", True),
    (
        "en",
        "Orders placed before 1 pm ship the same business day.",
        "order_processing_time",
        "same day",
    ),
    ("fr", "Les commandes sont expédiées sous 24 heures.", "order_processing_time", "24 hours"),
    (
        "en",
        "We ship Monday to Friday; orders placed on weekends ship on Monday.",
        "weekend_shipping",
        False,
    ),
    ("de", "Wir liefern auch samstags.", "weekend_shipping", True),
    (
        "en",
        "Duties and taxes are shown at checkout.",
        "duties_taxes",
        "Duties and taxes are shown at checkout.",
    ),
    ("en", "We do not deliver to PO boxes.", "po_box", False),
    ("de", "Lieferung an Packstationen ist möglich.", "po_box", True),
    (
        "en",
        "Phone: +1 212-555-0134, Monday to Friday 8 am – 6 pm",
        "phone_hours",
        "Monday to Friday 8 am – 6 pm",
    ),
    (
        "ro",
        "Ne găsești la telefon 021 310 4455, de luni până vineri între 9:00 și 17:00.",
        "phone_hours",
        "luni până vineri între 9:00 și 17:00",
    ),
    ("en", "Live chat: click the bubble, 7 am – 9 pm Pacific", "chat_hours", "7 am – 9 pm"),
    ("en", "We'll reply within two business days.", "response_time", "2 business days"),
    ("de", "Wir antworten innerhalb von 24 Stunden.", "response_time", "24 hours"),
    (
        "es",
        "El envío estándar cuesta 3,95 € y es gratis a partir de 50 €.",
        "shipping_cost",
        "3,95 €",
    ),
    (
        "es",
        "El envío estándar cuesta 3,95 € y es gratis a partir de 50 €.",
        "free_shipping_threshold",
        "50 €",
    ),
    (
        "en",
        "Standard\t3–5 business days\t$5.95\nExpress\t1–2 business days\t$19.95",
        "delivery_times",
        "Standard: 3–5 business days; Express: 1–2 business days",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "expected"), CASES)
def test_stated_facts_are_found(lexicon, lang, text, name, expected):
    fact = EXTRACTORS[name](text, lexicon.view(lang))
    assert fact is not None and fact.value == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Returns within 30 days of delivery.", "delivery_time_days"),
        ("en", "Delivery takes 2–4 business days.", "phone_hours"),
        ("nl", "We reageren meestal binnen een paar minuten (ma–za 9–18 uur).", "response_time"),
        ("es", "Enviamos a toda la península en 2–4 días hábiles.", "weekend_shipping"),
        ("fr", "Vous pouvez avoir un remboursement rapide.", "refund_method"),
        ("en", "Our team loves the outdoors.", "free_returns"),
    ],
)
def test_unstated_facts_are_not_invented(lexicon, lang, text, name):
    assert EXTRACTORS[name](text, lexicon.view(lang)) is None


def test_comparable_numbers(lexicon):
    fact = EXTRACTORS["response_time"]("We reply within 2 days.", lexicon.view("en"))
    assert (fact.number, fact.unit) == (48, "hours")
    price = EXTRACTORS["shipping_cost"]("Shipping costs £3.99.", lexicon.view("en"))
    assert (price.number, price.unit) == (3.99, "GBP")
