"""A policy page names several delivery options; the standard home delivery's price, time and
weekend rule are the facts, not an express or international option's. Sentences are written
for these tests the way shops of each market word them."""

import pytest

from .factories import fact_value


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the option named last before the price owns it, whichever comes first
        ("en", "Express delivery is $14.50 and standard delivery is $4.95.", "$4.95"),
        ("de", "Expressversand kostet 9,90 €, der Standardversand 3,95 €.", "3,95 €"),
        ("es", "Envío urgente: 8,95 €. Envío estándar: 3,50 €.", "3,50 €"),
        # listed under a heading that names the option
        (
            "en",
            "Overnight shipping (next business day)\n- Price: $29\n"
            "Standard shipping (4–6 business days)\n- Price: $7",
            "$7",
        ),
        # abroad is never the home delivery, even where nothing else is priced
        ("fr", "Livraison à l'international : 19,90 €.", None),
        (
            "pl",
            "Wysyłka zagraniczna kosztuje 59 zł, kurier na terenie Polski 14,99 zł.",
            "14,99 zł",
        ),
        # a shop whose one courier service is called "express": that is its delivery
        ("it", "Spedizione express in tutta Italia: 7,50 €.", "7,50 €"),
    ],
)
def test_the_shipping_cost_is_the_standard_options_price(lexicon, lang, text, expected):
    assert fact_value(lexicon, "shipping_cost", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Express orders placed before noon leave the same day. Standard orders ship "
            "within 2 business days.",
            "order_processing_time",
            "2 business days",
        ),
        (
            "nl",
            "Spoedlevering: morgen in huis. Standaard bezorging duurt 2–3 werkdagen.",
            "delivery_time_days",
            "2–3 business days",
        ),
        (
            "en",
            "Worldwide orders arrive in 10–20 business days; orders within the UK arrive in "
            "2–4 business days with our standard service.",
            "delivery_time_days",
            "2–4 business days",
        ),
        (
            "sv",
            "Internationell frakt: 7–14 arbetsdagar.\nStandardfrakt inom Sverige: 1–3 arbetsdagar.",
            "delivery_time_days",
            "1–3 business days",
        ),
    ],
)
def test_an_express_or_abroad_option_has_no_standard_time(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our overnight service is not available on Saturdays or Sundays."),
        ("de", "Bei Expresszustellung ist keine Lieferung am Samstag möglich."),
    ],
)
def test_an_express_options_weekend_rule_says_nothing_of_standard_delivery(lexicon, lang, text):
    assert fact_value(lexicon, "weekend_shipping", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # remote parts of the market are priced apart: not the standard delivery
        (
            "es",
            "Península: envío gratuito.\nCanarias y Baleares: 6,95 €.",
            "shipping_cost",
            "free",
        ),
        (
            "en",
            "Shipping to Alaska and Hawaii: $19.99.\nShipping to the contiguous US: $5.99.",
            "shipping_cost",
            "$5.99",
        ),
        (
            "it",
            "Isole e Sardegna: consegna gratuita sopra i 150 €.\n"
            "Resto d'Italia: spedizione gratuita sopra i 49 €.",
            "free_shipping_threshold",
            "49 €",
        ),
        # an exception in brackets names no option
        (
            "fr",
            "Livraison en France (hors Corse) : 3 à 5 jours ouvrés.",
            "delivery_time_days",
            "3–5 business days",
        ),
    ],
)
def test_remote_parts_of_the_market_are_not_the_standard_delivery(
    lexicon, lang, text, name, expected
):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a bound below which an order pays is no price: the price is the amount after it
        ("sv", "Köp upp till 499 kr kostar 49 kr i frakt.", "shipping_cost", "49 kr"),
        ("da", "Ordrer under 300 kr koster 39 kr i fragt.", "shipping_cost", "39 kr"),
        ("nb", "Bestillinger opp til 500 kr sendes for 59 kr.", "shipping_cost", "59 kr"),
        # a price of nothing above a bound, said of the standard option, makes the bound the
        # free-delivery threshold
        (
            "sv",
            "Standardfrakt kostar 0 kr för order över 450 kr, annars 39 kr.",
            "free_shipping_threshold",
            "450 kr",
        ),
    ],
)
def test_order_values_below_which_delivery_is_charged(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "processing"),
    [
        ("da", "Vi sender normalt din ordre afsted inden for 2 hverdage.", "2 business days"),
        ("da", "Pakken forlader vores lager inden for 24 timer.", "24 hours"),
        ("nb", "Ordren blir vanligvis sendt innen 1–2 virkedager.", "1–2 business days"),
        ("nb", "Vi sender alle bestillinger ut innen 48 timer.", "48 hours"),
    ],
)
def test_when_an_order_leaves_is_its_processing_not_its_delivery(lexicon, lang, text, processing):
    """Danish and Norwegian say "we send it off within …" of dispatch: how long until the
    parcel leaves, not how long until it arrives."""
    assert fact_value(lexicon, "order_processing_time", lang, text) == processing
    assert fact_value(lexicon, "delivery_time_days", lang, text) is None


def test_sending_an_email_is_no_dispatch(lexicon):
    """Danish "sende" is said of e-mails too: only an order, a parcel or goods sent off is
    dispatch."""
    text = "Vi sender dig en bekræftelse på mail inden for 24 timer."
    assert fact_value(lexicon, "order_processing_time", "da", text) is None
    assert fact_value(lexicon, "delivery_time_days", "da", text) is None


@pytest.mark.parametrize(
    ("lang", "text", "processing"),
    [
        # what follows the time says when it counts from, refund words and all
        (
            "pl",
            "Przekazanie przesyłki do wysyłki trwa do 3 dni roboczych od zaksięgowania "
            "wpłaty za towar i zwrotu kosztów przesyłki.",
            "3 business days",
        ),
        (
            "en",
            "Orders ship within 2 business days of payment, refunds excluded.",
            "2 business days",
        ),
        # a processing word that names no delivery may be the refund's …
        ("en", "Orders are processed within 5 days of receiving your returned item.", None),
        # … and an exchange sent out is no order leaving
        ("en", "We ship exchanges within 3 days of receiving your return.", None),
        # a heading of preparing the parcel times the sentence under it
        (
            "pl",
            "Przygotowanie zamówienia\n\nTowar pakujemy w naszym magazynie. "
            "Trwa to zazwyczaj 1–2 dni robocze.",
            "1–2 business days",
        ),
    ],
)
def test_a_dispatch_time_said_before_any_word_of_refunds(lexicon, lang, text, processing):
    assert fact_value(lexicon, "order_processing_time", lang, text) == processing


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Pieniądze oddamy przy użyciu tej samej metody płatności, "
            "którą wybrano przy zamówieniu.",
            "refund_method",
            "original payment method",
        ),
        ("Klient ponosi wyłącznie koszty odesłania towaru.", "free_returns", False),
    ],
)
def test_polish_refund_wording_in_its_cases(lexicon, text, name, expected):
    assert fact_value(lexicon, name, "pl", text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "processing"),
    [
        ("cs", "Balík předáme přepravci do 3 pracovních dnů od zaplacení.", "3 business days"),
        ("sk", "Zásielku odovzdáme prepravcovi spravidla do 2 pracovných dní.", "2 business days"),
    ],
)
def test_handing_the_parcel_to_the_carrier_is_dispatch(lexicon, lang, text, processing):
    """Czech and Slovak shop terms say when the parcel is handed to the carrier."""
    assert fact_value(lexicon, "order_processing_time", lang, text) == processing
    assert fact_value(lexicon, "delivery_time_days", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "Frete grátis nas trocas para pedidos acima de R$ 200.", None),
        ("en", "Free exchange shipping on orders over $80.", None),
        # an exchange named after the threshold is another offer of the sentence
        ("en", "Free delivery on orders over $80, plus free exchanges.", "$80"),
    ],
)
def test_an_exchanges_free_shipping_is_no_threshold_of_orders(lexicon, lang, text, expected):
    assert fact_value(lexicon, "free_shipping_threshold", lang, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a band of order values before the price it costs
        ("Purchases of $0.01 to $59.99 pay $7 for delivery.", "shipping_cost", "$7"),
        ("Purchases of $60 and higher get free shipping.", "free_shipping_threshold", "$60"),
        # weekend orders that wait for Monday: no weekend shipping
        (
            "Orders placed on a Saturday or Sunday begin processing the following Monday.",
            "weekend_shipping",
            False,
        ),
    ],
)
def test_us_shipping_terms(lexicon, text, name, expected):
    assert fact_value(lexicon, name, "en", text) == expected


def test_orders_handled_on_weekdays_ship_on_no_weekend(lexicon):
    text = "Käsittelemme tilaukset arkipäivisin, joten viikonlopun tilaukset lähtevät maanantaina."
    assert fact_value(lexicon, "weekend_shipping", "fi", text) is False


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # collecting in a shop costs nothing; delivering it is what the shopper pays for
        ("en", "In-store pickup: free\nHome delivery: $6.50", "$6.50"),
        ("en", "Store pickup $0.00. Standard delivery $5.99.", "$5.99"),
        (
            "hu",
            "Átvételi lehetőségek\nSzemélyes átvétel\n- Díj: 0 Ft\n"
            "Házhozszállítás\n- Díj: 1 890 Ft",
            "1 890 Ft",
        ),
        ("en", "Click and collect\n- Delivery cost: $0\nCourier\n- Delivery cost: $7", "$7"),
    ],
)
def test_a_pickup_in_store_price_is_no_delivery_price(lexicon, lang, text, expected):
    assert fact_value(lexicon, "shipping_cost", lang, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A visszaküldés költsége a vásárló saját költségére történik.", "free_returns", False),
        (
            "A vételárat az eredeti fizetési módra utaljuk vissza 14 napon belül.",
            "refund_method",
            "original payment method",
        ),
        (
            "A rendeléseket 2 munkanapon belül adjuk át a futárnak.",
            "order_processing_time",
            "2 business days",
        ),
    ],
)
def test_hungarian_return_costs_refunds_and_dispatch(lexicon, text, name, expected):
    assert fact_value(lexicon, name, "hu", text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a charge for a parcel the courier could not deliver is no price of delivery
        (
            "If the courier fails to reach you twice, the parcel comes back to us. "
            "We then charge £4.50 to cover the cost of trying to deliver it.",
            "shipping_cost",
            None,
        ),
        # the next day offered instead of the same day is the dispatch's, not a delivery time
        (
            "Parcels are posted the same day (stock allowing) or next day by Royal Mail.",
            "delivery_time_days",
            None,
        ),
        (
            "Orders made after the cut-off are posted out the following working day.",
            "delivery_time_days",
            None,
        ),
        # a cut-off time on weekdays only says no weekend dispatch
        ("Our cut-off time is 3pm, Monday to Friday only.", "weekend_shipping", False),
    ],
)
def test_uk_dispatch_wording_gives_no_delivery_time(lexicon, text, name, expected):
    assert fact_value(lexicon, name, "en", text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a heading naming delivery and handling together still heads delivery times
        (
            "Shipping and handling times\n- Standard parcel: 3-6 business days",
            "delivery_time_days",
            "3–6 business days",
        ),
        # its own label of preparing the order does not
        (
            "Delivery\nHandling time: 1-2 business days",
            "delivery_time_days",
            None,
        ),
        (
            "Processing order time is 1-4 business days.",
            "order_processing_time",
            "1–4 business days",
        ),
        ("Processing order time is 1-4 business days.", "delivery_time_days", None),
        (
            "Refunds\nWe refund via the same method in which payment was made.",
            "refund_method",
            "original payment method",
        ),
    ],
)
def test_handling_headings_and_australian_wording(lexicon, text, name, expected):
    assert fact_value(lexicon, name, "en", text) == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a word that is free delivery by itself, with a return mentioned elsewhere
        ("zh", "訂單滿1200元享免運優惠，收到商品後七天內可以辦理退貨。", None),
        ("zh", "结算金额满99元包邮，如需退货请在签收后7天内联系客服。", None),
        ("ja", "送料無料キャンペーン中の商品でも、到着後8日以内なら返品できます。", None),
        ("ko", "무료배송 이벤트 상품도 받으신 날부터 7일 안에 반품하실 수 있어요.", None),
        # the same word right after the return's is the return's own
        ("zh", "退貨免運費，物流人員會到府收取商品。", True),
    ],
)
def test_a_word_of_free_delivery_is_not_free_returns(lexicon, lang, text, expected):
    assert fact_value(lexicon, "free_returns", lang, text) == expected


@pytest.mark.parametrize(
    "lang, name, text, expected",
    [
        # the page's title names delivery; a paragraph, then a sub-heading that names a place
        (
            "en",
            "delivery_time_days",
            "Home delivery with our courier\nOur drivers ring the bell and, when nobody answers,"
            " leave a card so that you can choose another slot on our website.\nMainland\n"
            "Mainland: 2–3 working days.\nIslands: 4–6 working days.",
            "2–3 business days",
        ),
        (
            "de",
            "delivery_time_days",
            "Lieferung nach Hause\nUnser Kurier klingelt und hinterlässt eine Karte, wenn niemand"
            " öffnet, damit Sie online einen neuen Termin wählen können.\nInland\n"
            "Deutschland: 2–3 Werktage.",
            "2–3 business days",
        ),
        # a prose sentence must still say its own topic
        (
            "en",
            "delivery_time_days",
            "Delivery\nOur team walked 10 days across the Alps in 2019 to test the boots we sell.",
            None,
        ),
        # a table flattened to lines: the band of order values from nothing is no price
        (
            "en",
            "shipping_cost",
            "Postage\nBasket value\n$0 – $39.99\n$4.50\n$40 and over\nFree",
            "$4.50",
        ),
        (
            "pl",
            "shipping_cost",
            "Koszty dostawy\nWartość zamówienia\n0 zł - 149,99 zł\n12,99 zł\nod 150 zł\n0 zł",
            "12,99 zł",
        ),
    ],
)
def test_items_under_a_placename_stand_under_the_pages_title(lexicon, lang, name, text, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a threshold word at the end of a compound, as the token matching reads it
        (
            "de",
            "Ab einem Gesamtbestellwert von 40 € liefern wir versandkostenfrei.",
            "free_shipping_threshold",
            "40 €",
        ),
        # a minimum order is no range of order values with the price after it
        (
            "de",
            "Versand ab einem Mindestbestellwert von 15 € für 3,50 € je Paket.",
            "shipping_cost",
            "3,50 €",
        ),
        # the Swedish whole-krona price: "49:-"
        ("sv", "Frakten kostar 49:- per beställning.", "shipping_cost", "49:-"),
        # a lead-in with the threshold over a bare "free"
        (
            "en",
            "Delivery charges\nBaskets worth more than £60:\n- Standard delivery: free",
            "free_shipping_threshold",
            "£60",
        ),
    ],
)
def test_thresholds_and_prices_as_shops_write_them(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


def test_a_colon_and_dash_between_two_times_is_no_price(lexicon):
    from benchmark.measure.extract.numbers import amounts

    assert amounts("Öppet 10:-18:00 alla dagar", "sv") == []
