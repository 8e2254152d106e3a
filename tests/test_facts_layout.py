"""How a policy page is laid out decides what its figures are about: a numbered legal article
is a heading ("Article 3 – Delivery costs"), every time a processing word names is a processing
time (a page may name two), a paragraph with a fee and a time in it is no row of a price table,
and a sentence naming "standard" must speak of delivery to give a delivery option. Sentences
are written for these tests the way shops of each market word them."""

import pytest

from benchmark.measure.extract.sentences import heading_like

from .factories import fact_value


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Article 4 – Delivery charges", True),
        ("Art. 7: Rimborsi", True),
        ("§ 3 Lieferbedingungen", True),
        ("Artículo 12 - Gastos de envío", True),
        ("2.1 Processing times", True),
        # a label with its figure stays an item
        ("Zone 2 – €5.95", False),
        ("Standard: 3-5 days", False),
        ("4 days", False),
    ],
)
def test_a_numbered_article_is_a_heading(line, expected):
    assert heading_like(line) is expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Articolo 2 – Spese di consegna\nOrdini sotto i 50 €: 4,50 €", "4,50 €"),
        ("en", "Article 5 - Delivery charges\nOrders under £40: £3.99", "£3.99"),
    ],
)
def test_a_price_listed_under_a_numbered_article_is_the_delivery_price(
    lexicon, lang, text, expected
):
    assert fact_value(lexicon, "shipping_cost", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "processing", "delivery"),
    [
        (
            "fr",
            "Les colis partent sous 48 heures, une fois la commande traitée dans les 24 heures."
            " Ils arrivent ensuite en 3 à 5 jours ouvrés.",
            "48 hours",
            "3–5 business days",
        ),
        (
            "en",
            "Orders are dispatched within 2 days and processed within 24 hours of payment."
            " Parcels arrive in 4 to 6 business days.",
            "2 days",
            "4–6 business days",
        ),
    ],
)
def test_every_time_a_processing_word_names_is_no_delivery_time(
    lexicon, lang, text, processing, delivery
):
    assert fact_value(lexicon, "order_processing_time", lang, text) == processing
    assert fact_value(lexicon, "delivery_time_days", lang, text) == delivery


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Een klacht leggen we binnen 2 weken voor aan de commissie; daarvoor betaalt u een"
            " vergoeding van € 25,00 die u terugkrijgt als u gelijk krijgt.",
        ),
        (
            "en",
            "If you open a dispute we answer within 10 days, and an arbitration fee of $30.00"
            " applies which is refunded when the dispute is settled in your favour.",
        ),
    ],
)
def test_a_paragraph_with_a_fee_and_a_time_is_no_delivery_price(lexicon, lang, text):
    assert fact_value(lexicon, "shipping_cost", lang, text) is None


def test_a_standard_warranty_is_no_delivery_option(lexicon):
    text = "Every lamp comes with a standard warranty of six months against defects in materials."
    assert fact_value(lexicon, "delivery_times", "en", text) is None
    row = "Standard (tracked) 3-4 business days 1-2 business days free over $100"
    assert fact_value(lexicon, "delivery_times", "en", row) == "Standard: 3–4 business days"


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "nl",
            "De verzendkosten voor het terugsturen zijn voor uw eigen rekening.",
            "free_returns",
            False,
        ),
        (
            "nl",
            "Na ontvangst van je retour zullen we het aankoopbedrag binnen 5 dagen crediteren.",
            "refund_delay",
            "5 days",
        ),
        (
            "de",
            "Bei einer Retoure legen wir einen vorfrankierten Rücksendeschein bei.",
            "free_returns",
            True,
        ),
        (
            "cs",
            "Na dotazy se zavazujeme reagovat nejpozději ve lhůtě 3 pracovních dnů.",
            "response_time",
            "3 business days",
        ),
        (
            "cs",
            "Zboží vám dodáme nejpozději do 4 dnů od zaplacení.",
            "delivery_time_days",
            "4 days",
        ),
        (
            "en",
            "After sending your question you will hear back from us within 2 business days.",
            "response_time",
            "2 business days",
        ),
    ],
)
def test_market_wordings_of_costs_refunds_and_replies(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # an amount before "未満" (under) is a bound, not a price
        ("ja", "送料について\n3,000円未満 660円\n3,000円以上 無料", "shipping_cost", "660円"),
        # … and a bracketed tax note between an amount and "以上" keeps it a threshold
        ("ja", "9,900円(税込)以上のご注文で送料無料です。", "free_shipping_threshold", "9,900円"),
        # a time counted from the arrival is the shopper's time to write, no delivery time
        ("ja", "お届け後、商品到着から10日以内にご連絡ください。", "delivery_time_days", None),
        # the next business day a verb of dispatch times is no delivery time
        ("ja", "即日発送の締切後のご注文は翌営業日の発送となります。", "delivery_time_days", None),
        ("it", "Il reso è a spese proprie del cliente.", "free_returns", False),
    ],
)
def test_japanese_bounds_and_times_and_italian_costs(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Our team answers every ticket within 8 business hours.",
            "response_time",
            "8 business hours",
        ),
        (
            "fr",
            "Nous répondons sous 24 à 48 heures ouvrées.",
            "response_time",
            "24–48 business hours",
        ),
        (
            "it",
            "Gli ordini vengono spediti entro 24 ore lavorative.",
            "order_processing_time",
            "24 business hours",
        ),
        # hours said plainly stay hours
        ("en", "We reply to e-mails within 12 hours.", "response_time", "12 hours"),
    ],
)
def test_business_hours_are_kept_apart_from_hours(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a paragraph copied with its hard line breaks: the refund's time is on the next line
        (
            "en",
            "Right of withdrawal\n"
            "Should you withdraw from this purchase we will pay back the price\n"
            "of the goods no later than 21 days after your notice reaches us.",
            "refund_delay",
            "21 days",
        ),
        (
            "nb",
            "Hvis du angrer på kjøpet, vil vi tilbakebetale hele beløpet du har betalt\n"
            "senest innen 20 dager fra vi fikk varen i retur.",
            "refund_delay",
            "20 days",
        ),
    ],
)
def test_a_sentence_wrapped_over_two_lines_is_read_whole(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


def test_lines_are_joined_only_where_a_sentence_goes_on():
    from benchmark.measure.extract.sentences import lines, sentences

    wrapped = "Orders placed before noon on a weekday leave our warehouse\nthe same afternoon."
    assert lines(wrapped) == [wrapped.replace("\n", " ")]
    # a heading, a short line, a full stop, a blank line or a capital ends the line
    for kept in (
        "Delivery\nwithin Germany only",
        "Orders placed before noon on a weekday leave our warehouse.\nthe next one …",
        "Orders placed before noon on a weekday leave our warehouse\n\nthe same afternoon.",
        "Orders placed before noon on a weekday leave our warehouse\nThe same afternoon.",
    ):
        assert len(lines(kept)) == 2, kept
        assert len(sentences(kept)) == 2, kept


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a whole amount written with a dash for its cents
        ("sk", "Poštovné pri nákupe nad 50,- € je zadarmo.", "free_shipping_threshold", "50,- €"),
        ("cs", "Cena dopravy: kurýr PPL 119,- Kč.", "shipping_cost", "119,- Kč"),
        ("nl", "Verzendkosten bedragen € 5,- per bestelling.", "shipping_cost", "€ 5,-"),
        # the other end of a range is no price of its own
        ("en", "Delivery charges range from £2.50 to £7.50 by weight.", "shipping_cost", None),
        ("sk", "Poštovné sa pohybuje od 2,90 € do 5,90 €.", "shipping_cost", None),
        # a bound of an order band ("up to") is no price either
        ("cs", "Objednávka do 999 Kč: poštovné 89 Kč", "shipping_cost", "89 Kč"),
        (
            "ro",
            "Transportul este gratuit pentru comenzile ce depășesc 250 lei.",
            "free_shipping_threshold",
            "250 lei",
        ),
    ],
)
def test_amounts_written_as_central_european_shops_do(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # nothing to pay above a threshold is the threshold's, the other price is delivery's
        (
            "en",
            "UK delivery: £0 (orders over £40); £3.95 (orders under £40).",
            "shipping_cost",
            "£3.95",
        ),
        (
            "en",
            "UK delivery: £0 (orders over £40); £3.95 (orders under £40).",
            "free_shipping_threshold",
            "£40",
        ),
        (
            "lv",
            "Piegāde: 0 EUR pasūtījumiem virs 40 EUR; 4 EUR pasūtījumiem līdz 40 EUR.",
            "free_shipping_threshold",
            "40 EUR",
        ),
        (
            "lv",
            "Bezmaksas piegāde pirkumiem, kuru summa pārsniedz 45 eiro.",
            "free_shipping_threshold",
            "45 eiro",
        ),
        (
            "el",
            "Για παραγγελίες 40€ και πάνω η αποστολή είναι δωρεάν.",
            "free_shipping_threshold",
            "40€",
        ),
    ],
)
def test_free_above_a_threshold_written_as_nothing_to_pay_or_and_above(
    lexicon, lang, text, name, expected
):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "lv",
            "Piegāde\nPreci piegādāsim 2 (divu) līdz 4 (četru) darba dienu laikā.",
            "delivery_time_days",
            "2–4 business days",
        ),
        (
            "en",
            "Delivery\nParcels arrive in 3 (three) to 5 (five) working days.",
            "delivery_time_days",
            "3–5 business days",
        ),
        (
            "lv",
            "Preci var atgriezt 14 (četrpadsmit) kalendāro dienu laikā no saņemšanas.",
            "return_window_days",
            14,
        ),
    ],
)
def test_a_number_repeated_in_words_in_brackets_is_said_once(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


def test_latvian_business_days_are_no_weekday_only_shipping(lexicon):
    text = "Piegāde\nPiegādes laiks ir 2-4 darba dienas."
    assert fact_value(lexicon, "weekend_shipping", "lv", text) is None
    text = "Piegāde\nPasūtījumi netiek izsūtīti nedēļas nogalēs."
    assert fact_value(lexicon, "weekend_shipping", "lv", text) is False


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a band of order values labels the price after it
        (
            "fr",
            "Frais de livraison\n0.00$ à 74.99$ : frais fixes de 9.99$ par commande",
            "shipping_cost",
            "9.99$",
        ),
        ("en", "Shipping rates\nOrders $0–$39.99: $4.50 shipping", "shipping_cost", "$4.50"),
        # "and +" after an amount makes it a threshold
        (
            "fr",
            "Frais de livraison\n75.00$ et + : livraison gratuite",
            "free_shipping_threshold",
            "75.00$",
        ),
        # Swiss German free delivery
        (
            "de",
            "Versand\nAb einem Bestellwert von CHF 80.- entfallen die Versandkosten.",
            "free_shipping_threshold",
            "CHF 80.-",
        ),
        (
            "de",
            "Versand\nDer Versand ist ab Fr. 60.– portofrei.",
            "free_shipping_threshold",
            "Fr. 60.–",
        ),
        (
            "fr",
            "Livraison\nLa livraison est gratuite pour toute commande de 80 $ CAN ou plus.",
            "free_shipping_threshold",
            "80 $",
        ),
    ],
)
def test_order_bands_and_thresholds_as_swiss_and_canadian_shops_write_them(
    lexicon, lang, text, name, expected
):
    assert fact_value(lexicon, name, lang, text) == expected


TABLE_WITH_ROW_LABELS = (
    "Delivery options\n"
    "\tEconomy\tPriority\n"
    "Price\t$4.50\t$19\n"
    "Preparation time\t1–2 business days\t1–2 business days\n"
    "Transit\t4–9 business days\t1–2 business days"
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("shipping_cost", "$4.50"),
        ("order_processing_time", "1–2 business days"),
        ("delivery_time_days", "4–9 business days"),
    ],
)
def test_a_table_whose_rows_are_labelled(lexicon, name, expected):
    """A header row with an empty corner cell, and rows that start with their own label: each
    value is said of its row ("Preparation time") and its column ("Economy")."""
    assert fact_value(lexicon, name, "en", TABLE_WITH_ROW_LABELS) == expected


def test_a_table_row_cut_short_lines_up_with_the_first_columns(lexicon):
    text = "Service\tTransit time\tHandling time\tPrice\nGround\t2–6 business days\t1 business day"
    assert fact_value(lexicon, "delivery_time_days", "en", text) == "2–6 business days"
    assert fact_value(lexicon, "order_processing_time", "en", text) == "1 business day"
