"""Sentences that look like a fact and are a condition on something else: free delivery during
a promotion, a refund time that varies with the payment method, a fee for a parcel the shopper
refused, a range of days that starts on the day of the order. Sentences are written for these
tests the way shops of each market word them."""

import pytest

from .factories import fact_number, fact_value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Free shipping promotions cannot be combined with other discount codes."),
        ("de", "Während unserer Aktion ist der Versand kostenlos."),
        ("fr", "La livraison est offerte avec le code promo ETE."),
        ("es", "Envío gratis solo durante la promoción de verano."),
    ],
)
def test_free_delivery_in_a_promotion_is_no_free_shipping_cost(lexicon, lang, text):
    assert fact_value(lexicon, "shipping_cost", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "How long a refund takes depends on the payment method used.", None),
        ("it", "I tempi del rimborso variano a seconda del metodo di pagamento utilizzato.", None),
        ("de", "Die Dauer der Erstattung ist je nach Zahlungsart unterschiedlich.", None),
        # the method named where the money goes is still read
        (
            "en",
            "Refunds go back to the original payment method; timing depends on your bank.",
            "original payment method",
        ),
    ],
)
def test_a_refund_time_that_varies_with_the_payment_method_names_no_method(
    lexicon, lang, text, expected
):
    assert fact_value(lexicon, "refund_method", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Returns: refused or unclaimed packages are charged a $15 return fee."),
        ("it", "Resi: in caso di mancato ritiro del pacco, le spese di rientro sono a tuo carico."),
        ("de", "Rücksendung: Bei Annahmeverweigerung tragen Sie die Kosten der Rücksendung."),
    ],
)
def test_a_fee_for_a_refused_parcel_is_no_paid_returns(lexicon, lang, text):
    assert fact_value(lexicon, "free_returns", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "processing", "delivery"),
    [
        (
            "en",
            "Orders leave our warehouse from the same day to 3 business days after payment.",
            "3 business days",
            None,
        ),
        (
            "es",
            "Los pedidos se envían desde el mismo día hasta 2 días hábiles después del pago.",
            "2 business days",
            None,
        ),
        # two times, not a range: the same day, and then the delivery
        ("en", "We ship the same day, and delivery takes 3 business days.", "same day", "3"),
    ],
)
def test_a_range_from_the_same_day_is_the_processing_time(
    lexicon, lang, text, processing, delivery
):
    assert fact_value(lexicon, "order_processing_time", lang, text) == processing
    got = fact_value(lexicon, "delivery_time_days", lang, text)
    assert (got is None) if delivery is None else (delivery in got)


@pytest.mark.parametrize(
    ("lang", "text", "shipping_cost", "free_returns"),
    [
        # the free word is the delivery's, the returns are only easy
        ("es", "Envío gratuito y devoluciones sencillas en tienda.", "free", None),
        ("it", "Spedizione gratuita e resi semplici.", "free", None),
        # one free word for both, either order
        ("en", "Enjoy free delivery & returns on every order.", "free", True),
        ("fr", "Retours et livraison gratuits pour tous.", "free", True),
        # the return's own shipping, by its word or by its label
        ("en", "We include free return shipping with every parcel.", None, True),
        ("fr", "Retours en France : frais de port offerts", None, True),
    ],
)
def test_a_free_word_qualifies_the_words_beside_it(
    lexicon, lang, text, shipping_cost, free_returns
):
    assert fact_value(lexicon, "shipping_cost", lang, text) == shipping_cost
    assert fact_value(lexicon, "free_returns", lang, text) is free_returns


def test_a_delivery_time_as_a_rule_is_no_reply_time(lexicon):
    text = "Die Ware wird per DHL geliefert, in der Regel innerhalb von 3-4 Werktagen."
    assert fact_value(lexicon, "response_time", "de", text) is None


def test_a_bullet_alone_on_its_line_keeps_the_item_under_its_heading(lexicon):
    text = "Délais de livraison\n-\nFrance : 2 à 3 jours ouvrés\n-\nSuisse : 5 jours ouvrés"
    assert fact_value(lexicon, "delivery_time_days", "fr", text) == "2–3 business days"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # free only for a fault: a shopper who changed their mind pays, or nothing is said
        ("en", "Return shipping is on us when an item arrives damaged.", None),
        (
            "es",
            "Si el producto es defectuoso, los gastos de devolución corren de nuestra cuenta.",
            None,
        ),
        # a cost put on returns from abroad is not the home returns' cost
        ("en", "Returns: international returns are at the customer's expense.", None),
        (
            "fr",
            "Retours : gratuits en France. Les retours internationaux sont à la charge du client.",
            True,
        ),
    ],
)
def test_returns_free_for_a_fault_or_paid_from_abroad_only(lexicon, lang, text, expected):
    assert fact_value(lexicon, "free_returns", lang, text) is expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # the store saying it does not pay is a paid return
        ("nl", "Retourkosten worden niet door ons vergoed.", "free_returns", False),
        ("en", "Returns: we do not pay for return shipping.", "free_returns", False),
        # the time to ask for a refund, said after the time, is the shopper's window
        (
            "sv",
            "Du har 60 dagar efter mottagandet att begära återbetalning.",
            "return_window_days",
            60,
        ),
        # a time of day is no duration
        (
            "nl",
            "Voor 17:00 uur besteld? Dan wordt je pakket dezelfde dag nog verzonden.",
            "order_processing_time",
            "same day",
        ),
        # a word of "free" built on a delivery word is delivery's, beside a return word too
        (
            "sv",
            "Returer: en order under gränsen för fraktfritt returneras på din bekostnad.",
            "free_returns",
            False,
        ),
        # return costs put on shoppers abroad only
        (
            "sv",
            "Vid returer utanför Sverige står kunden för fraktkostnaden.",
            "free_returns",
            None,
        ),
    ],
)
def test_who_pays_and_whose_time_in_nordic_and_dutch_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a sentence says more than a title naming the topic
        ("en", "Returns & exchanges\nWe do not exchange items; return it and order again.", False),
        ("da", "Returret og ombytning\nVi tilbyder desværre ikke ombytning.", False),
        ("en", "Returns & exchanges\nSend it back within 30 days.", True),
        # "only" restricts exchanges, it does not refuse them
        ("da", "Ombytning kan kun ske til en anden størrelse af samme vare.", True),
        # a title too long for a heading is still a title: the sentence under it refuses
        (
            "es",
            "Política de devoluciones, cambios y reembolsos de la tienda\n"
            "Lamentablemente no hacemos cambios de talla.",
            False,
        ),
        ("es", "Política de devoluciones, cambios y reembolsos de la tienda", True),
        # a label before a colon names the topic; what follows it says yes or no
        ("fr", "Échange de taille : nous n'acceptons pas d'échange de taille.", False),
        ("en", "Exchanges: swap any size within 60 days.", True),
    ],
)
def test_exchanges_are_read_from_sentences_before_titles(lexicon, lang, text, expected):
    assert fact_value(lexicon, "exchanges_offered", lang, text) is expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "da",
            "Du får pengene retur senest 10 dage efter, vi har modtaget varen.",
            "refund_delay",
            "10 days",
        ),
        (
            "da",
            "Beløbet krediteres din oprindelige betalingsform.",
            "refund_method",
            "original payment method",
        ),
        (
            "pt",
            "O estorno é feito na fatura do cartão em até 2 faturas.",
            "refund_method",
            "original payment method",
        ),
    ],
)
def test_danish_and_brazilian_refund_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Returns: any diminished value caused by wear is deducted from your refund."),
        ("de", "Rücksendung: Für einen Wertverlust durch Benutzung ziehen wir einen Betrag ab."),
        ("sv", "Retur: vid skada på varan görs ett värdeminskningsavdrag från beloppet."),
        ("da", "Returnering: en eventuel værdiforringelse fratrækkes det beløb, du får retur."),
    ],
)
def test_a_deduction_for_lost_value_is_no_paid_return(lexicon, lang, text):
    assert fact_value(lexicon, "free_returns", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Frakt: för ej utlösta paket tar vi ut en avgift på 150 kr."),
        ("en", "Delivery: unclaimed parcels are charged $20 for the trip back to us."),
    ],
)
def test_a_fee_for_an_uncollected_parcel_is_no_delivery_price(lexicon, lang, text):
    assert fact_value(lexicon, "shipping_cost", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "What should I do if my delivery has not arrived after 12 working days?"),
        ("sv", "Vad gör jag om leveransen inte har kommit efter 8 vardagar?"),
    ],
)
def test_a_question_states_no_delivery_time(lexicon, lang, text):
    assert fact_value(lexicon, "delivery_time_days", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Butiken har öppet vardagar 10.00-17.00 och svarar i telefon 031-12 34 56.",
            "+46 31 12 34 56",
        ),
        ("nl", "Wij zijn bereikbaar van 08.30-17.30, bel ons gerust.", None),
    ],
)
def test_opening_hours_in_digits_are_no_phone_number(lexicon, lang, text, expected):
    assert fact_value(lexicon, "phone", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("sv", "Vi besvarar alla frågor via mejl inom 24 timmar.", "response_time", "24 hours"),
        (
            "sv",
            "Vi skickar beställningar inom 2 vardagar.",
            "order_processing_time",
            "2 business days",
        ),
        (
            "sv",
            "Din retur behandlas inom 7 vardagar efter att den kommit fram.",
            "refund_delay",
            "7 business days",
        ),
        ("pt", "O tempo médio de resposta é de 4 horas em dias úteis.", "response_time", "4 hours"),
    ],
)
def test_swedish_and_portuguese_wordings_of_replies_and_returns(
    lexicon, lang, text, name, expected
):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # "les consignes" are instructions; a parcel locker is "une consigne automatique"
        (
            "fr",
            "Merci de suivre les consignes d'emballage avant de déposer le colis.",
            "po_box",
            None,
        ),
        ("es", "Sigue las consignas de embalaje antes de entregar el paquete.", "po_box", None),
        ("fr", "Nous livrons aussi en consigne automatique.", "po_box", True),
        (
            "es",
            "Procesamos todos los pedidos dentro de 2 a 3 días hábiles.",
            "order_processing_time",
            "2–3 business days",
        ),
        (
            "fr",
            "Retour : il vous incombe de payer les frais de renvoi du colis.",
            "free_returns",
            False,
        ),
    ],
)
def test_french_and_spanish_words_that_are_something_else(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "You have 14 days from the moment your return is approved to send the parcel."
            " You may return items within 60 days of delivery.",
            60,
        ),
        (
            "fr",
            "Vous avez 10 jours à compter de l'acceptation du retour pour expédier le colis."
            " Les retours sont acceptés sous 45 jours après la livraison.",
            45,
        ),
        (
            "sv",
            "Skicka varan inom 7 dagar från att du anmält returen."
            " Du har 60 dagars öppet köp från leveransen.",
            60,
        ),
        # counted from the receipt of the item, it is the window itself
        ("it", "Hai 20 giorni dalla ricezione dell'articolo per richiedere un reso.", 20),
        # a refund counted from the item's arrival at the store stays the refund's time
        ("it", "Rimborsiamo entro 5 giorni lavorativi dalla ricezione dell'articolo.", None),
    ],
)
def test_a_deadline_counted_from_the_return_request_is_not_the_window(
    lexicon, lang, text, expected
):
    assert fact_value(lexicon, "return_window_days", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # the time counts from the return's arrival; the refund is what comes then
        (
            "nl",
            "Uiterlijk 10 dagen na ontvangst van je retour volgt de terugbetaling.",
            "refund_delay",
            "10 days",
        ),
        (
            "nl",
            "Uiterlijk 10 dagen na ontvangst van je retour volgt de terugbetaling.",
            "return_window_days",
            None,
        ),
        (
            "en",
            "No later than 7 days after receipt of your return we issue the refund.",
            "refund_delay",
            "7 days",
        ),
        (
            "pl",
            "Pieniądze zwracamy na instrument płatniczy użyty przy zakupie.",
            "refund_method",
            "original payment method",
        ),
        ("fi", "Palautuksessa asiakkaan on maksettava lähetyksen kulut.", "free_returns", False),
        ("fi", "Voit perua kaupan 21 päivän sisällä ostoksesta.", "return_window_days", 21),
        ("fi", "Ilmaiset toimitukset kerrotaan kampanjoiden yhteydessä.", "shipping_cost", None),
        ("nl", "Een omruiling naar een andere maat is altijd mogelijk.", "exchanges_offered", True),
        (
            "nl",
            "Stuur ons een bericht, we komen binnen 4 uur bij je terug.",
            "response_time",
            "4 hours",
        ),
    ],
)
def test_dutch_finnish_and_polish_wordings(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If the parcel is not delivered within 30 days, you may cancel the contract."),
        (
            "de",
            "Wird die Ware nicht innerhalb von 30 Tagen geliefert, können Sie vom Vertrag "
            "zurücktreten. Die Lieferung erfolgt nicht innerhalb von 30 Tagen? Dann "
            "dürfen Sie zurücktreten.",
        ),
        ("en", "Should your order not arrive within 20 days, you can withdraw from the purchase."),
    ],
)
def test_a_delivery_deadline_with_a_right_to_withdraw_is_no_return_window(lexicon, lang, text):
    assert fact_value(lexicon, "return_window_days", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "From the day of delivery you have 28 days to send the item back.", 28),
        ("en", "After your order arrives you have 14 days to return it.", 14),
        ("ja", "商品到着後8日以内であれば返品を承ります。", 8),
    ],
)
def test_a_window_counted_from_the_delivery_is_still_the_return_window(
    lexicon, lang, text, expected
):
    assert fact_value(lexicon, "return_window_days", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If your order shipped free, the delivery cost is deducted from your refund."),
        (
            "de",
            "Haben Sie kostenlosen Versand gewählt, ziehen wir die Versandkosten von der "
            "Erstattung ab.",
        ),
    ],
)
def test_free_delivery_named_in_a_refund_rule_is_no_free_shipping(lexicon, lang, text):
    assert fact_value(lexicon, "shipping_cost", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a wait the shopper is asked for belongs to what is named after it
        (
            "en",
            "If you are returning several items we ask you to allow 12 days from dispatch for "
            "the return to be processed.",
            "refund_delay",
            "12 days",
        ),
        (
            "en",
            "If you are returning several items we ask you to allow 12 days from dispatch for "
            "the return to be processed.",
            "return_window_days",
            None,
        ),
        (
            "fr",
            "Après réception de votre colis retourné, comptez 7 jours ouvrés pour le "
            "remboursement.",
            "refund_delay",
            "7 business days",
        ),
        # a shipping process that starts after a time is the order's preparation
        (
            "en",
            "Shipping\nThe shipping process will commence 48 hours after payment is received.",
            "order_processing_time",
            "48 hours",
        ),
    ],
)
def test_a_wait_belongs_to_what_follows_and_a_process_start_is_preparation(
    lexicon, lang, text, name, expected
):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # when to chase a parcel that has not come is no delivery time
        (
            "en",
            "Delivery\nIf your parcel has not arrived within 12 working days, please get in touch.",
            "delivery_time_days",
            None,
        ),
        (
            "en",
            "Delivery\nHaven't received your order after 9 days? Contact our team.",
            "delivery_time_days",
            None,
        ),
        (
            "en",
            "Delivery\nParcels arrive within 2-4 working days. If it has not arrived within 12 "
            "working days, contact us.",
            "delivery_time_days",
            "2–4 business days",
        ),
        # nor is when a parcel counts as lost
        (
            "en",
            "Delivery\nA parcel is only treated as lost 20 working days after posting.",
            "delivery_time_days",
            None,
        ),
        (
            "de",
            "Versand\nEin Paket gilt erst nach 15 Werktagen als verloren.",
            "delivery_time_days",
            None,
        ),
        # a dispatch promise with its object between verb and time
        (
            "en",
            "Shipping\nWe dispatch all in-stock orders within 2 working days.",
            "order_processing_time",
            "2 business days",
        ),
        ("en", "Shipping\nParcels are sent out Mon to Fri only.", "weekend_shipping", False),
    ],
)
def test_chasing_a_late_parcel_and_dispatch_as_uk_shops_word_it(
    lexicon, lang, text, name, expected
):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "only" restricts what it names: exchanges offered, nothing else
        ("en", "Returns\nWe only offer exchanges, no refunds.", True),
        ("es", "Devoluciones\nSolo aceptamos cambios de talla dentro de 15 días.", True),
        ("de", "Rückgabe\nUmtausch ist nur in unseren Filialen möglich.", True),
        ("en", "Returns\nExchanges are only possible in store, refunds are not.", True),
        ("en", "Returns\nWe do not offer exchanges.", False),
    ],
)
def test_only_restricts_exchanges_it_does_not_refuse_them(lexicon, lang, text, expected):
    assert fact_value(lexicon, "exchanges_offered", lang, text) is expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a heading that says free over a bare threshold line
        ("en", "Free Shipping\nOn all orders over $65", "free_shipping_threshold", "$65"),
        ("es", "Envío gratis\nEn compras superiores a $40", "free_shipping_threshold", "$40"),
        # free over an amount that is not named, or a label whose terms follow, is no free
        # shipping for every order
        (
            "en",
            "Shipping\nWe offer free shipping on orders over a certain amount.",
            "shipping_cost",
            None,
        ),
        (
            "es",
            "Envíos\nOfrecemos envío gratuito para pedidos superiores a un monto específico.",
            "shipping_cost",
            None,
        ),
        ("en", "Free shipping:\nAvailable only when a promotion says so.", "shipping_cost", None),
        ("en", "Shipping\nWe offer free shipping on every order.", "shipping_cost", "free"),
    ],
)
def test_free_delivery_said_by_a_heading_or_for_an_unnamed_amount(
    lexicon, lang, text, name, expected
):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # the bound of a band is another quantity: the amount after it is the price
        ("de", "Für Pakete bis 5 kg berechnen wir 6,50 € Versand.", "shipping_cost", 6.5),
        # a German order value ("Bestellwert", "Warenwert") names the amount after it
        ("de", "Bis 39 € Bestellwert kostet der Versand 4,95 €.", "shipping_cost", 4.95),
        (
            "de",
            "Liegt der Warenwert unter 60 €, verrechnen wir 5,50 € Versandkosten.",
            "shipping_cost",
            5.5,
        ),
        ("de", "Versandkostenfrei ab einem Warenwert von 60 €.", "free_shipping_threshold", 60),
        (
            "de",
            "Frachtfreie Lieferung ab einem Einkaufswert von 80 €.",
            "free_shipping_threshold",
            80,
        ),
    ],
)
def test_a_band_of_order_values_or_weights_labels_the_price_after_it(
    lexicon, lang, text, name, expected
):
    assert fact_number(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Sorry, we cannot send parcels to P.O. Boxes or forwarding addresses.", False),
        ("en", "Rural addresses and P.O. Boxes are fine: we use the postal service.", True),
    ],
)
def test_initials_do_not_end_a_sentence(lexicon, lang, text, expected):
    assert fact_value(lexicon, "po_box", lang, text) is expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "En général, les colis sont préparés et expédiés 2 à 3 jours ouvrés après l'achat."),
        ("es", "Normalmente los pedidos son preparados y enviados 1-2 días hábiles tras el pago."),
    ],
)
def test_a_processing_cue_written_with_its_and_times_the_preparation(lexicon, lang, text):
    """ "préparés et expédiés": the cue is kept without its "et"; the sentence still says how
    long the order takes to leave, which is no delivery time."""
    assert fact_value(lexicon, "order_processing_time", lang, text) is not None
    assert fact_value(lexicon, "delivery_time_days", lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "window", "delay"),
    [
        # the verb ending the time's clause says what the time is for
        (
            "nl",
            "U mag het pakket tot 21 dagen na levering terugsturen, en wij maken het bedrag "
            "binnen 3 werkdagen over.",
            21,
            "3 business days",
        ),
        (
            "de",
            "Sie können Ihre Bestellung bis 60 Tage nach Erhalt zurücksenden, die Erstattung "
            "erfolgt binnen 4 Werktagen.",
            60,
            "4 business days",
        ),
    ],
)
def test_the_verb_that_ends_a_clause_owns_its_time(lexicon, lang, text, window, delay):
    assert fact_value(lexicon, "return_window_days", lang, text) == window
    assert fact_value(lexicon, "refund_delay", lang, text) == delay


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a credit put on the card paid with is the money going back there
        (
            "nl",
            "Na goedkeuring boeken we het tegoed terug op de oorspronkelijke betaalmethode.",
            "original payment method",
        ),
        ("nl", "Na goedkeuring van je retour krijg je een tegoed in onze winkel.", "store credit"),
    ],
)
def test_a_credit_put_on_the_original_payment_is_no_store_credit(lexicon, lang, text, expected):
    assert fact_value(lexicon, "refund_method", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a reply promised as the team getting in touch, the time before or after it
        (
            "en",
            "Please give us 12-24 hours for a representative to contact you.",
            "response_time",
            "12–24 hours",
        ),
        (
            "es",
            "Nos pondremos en contacto contigo en un plazo de 48 horas.",
            "response_time",
            "48 hours",
        ),
        # … and then it is no delivery time
        (
            "en",
            "Please give us 12-24 hours for a representative to contact you.",
            "delivery_time_days",
            None,
        ),
        # the store processing a return it got is no time to send one back
        (
            "en",
            "We process returns within 2-4 business days of receiving them.",
            "return_window_days",
            None,
        ),
        # translated English for dispatch
        (
            "en",
            "Shipping is done within 24 hours for items in stock.",
            "order_processing_time",
            "24 hours",
        ),
    ],
)
def test_reply_promises_and_store_side_times(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected
