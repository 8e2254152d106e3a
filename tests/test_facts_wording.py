"""How shops word the facts a person reads on policy and delivery pages: a time said without a
number, the words a threshold or a price note is written with, whose a duration is when it
counts from the purchase, and what "no costs" is said of. Sentences are written for these tests
in the way shops of each market word them."""

import pytest

from benchmark.measure.extract import EXTRACTORS


def _value(lexicon, name: str, lang: str, text: str):
    fact = EXTRACTORS[name](text, lexicon.view(lang))
    return fact.value if fact else None


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Place your order by 3 pm and it is delivered the next working day.",
            "delivery_time_days",
            "1 business day",
        ),
        (
            "fr",
            "Commandé avant midi, votre colis est livré le lendemain.",
            "delivery_time_days",
            "1 day",
        ),
        (
            "it",
            "Gli ordini effettuati entro le 13 vengono consegnati il giorno lavorativo successivo.",
            "delivery_time_days",
            "1 business day",
        ),
        (
            "nl",
            "Op werkdagen voor 22:00 besteld, de volgende dag bezorgd.",
            "delivery_time_days",
            "1 day",
        ),
        (
            "en",
            "Orders received after 1 pm ship the next business day.",
            "order_processing_time",
            "1 business day",
        ),
        (
            "ja",
            "午後2時までのご注文は翌営業日に発送いたします。",
            "order_processing_time",
            "1 business day",
        ),
        ("zh", "下午三點前完成訂購，隔日到貨。", "delivery_time_days", "1 day"),
    ],
)
def test_the_next_day_said_without_a_number(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


def test_a_numbered_delivery_time_wins_over_a_next_day_option(lexicon):
    """ "Next day" often names one option; the time the page promises has a number."""
    text = (
        "Pick Express at checkout and it arrives the next day.\n"
        "Standard delivery takes 3–5 business days."
    )
    assert _value(lexicon, "delivery_time_days", "en", text) == "3–5 business days"


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "it",
            "Spedizione gratuita per ordini a partire dai 49 €.",
            "free_shipping_threshold",
            "49 €",
        ),
        (
            "it",
            "Per ordini inferiori ad € 39 il contributo di spedizione è di € 4,90.",
            "shipping_cost",
            "€ 4,90",
        ),
        (
            "nl",
            "Is het totaalbedrag meer dan € 75, dan betaal je geen verzendkosten.",
            "free_shipping_threshold",
            "€ 75",
        ),
        (
            "pl",
            "Dla zamówień powyżej 150 złotych wysyłka jest bezpłatna.",
            "free_shipping_threshold",
            "150 złotych",
        ),
        (
            "pl",
            "Przy zamówieniu poniżej 150 zł koszt wysyłki wynosi 12,99 zł.",
            "shipping_cost",
            "12,99 zł",
        ),
        (
            "de",
            "Ab 40 € Bestellwert fallen keine Versandkosten an.",
            "free_shipping_threshold",
            "40 €",
        ),
        ("fr", "Livraison sans frais dès 60 € d'achats.", "free_shipping_threshold", "60 €"),
    ],
)
def test_thresholds_and_prices_as_each_language_writes_them(lexicon, lang, text, name, expected):
    """Italian "a partire dai", "inferiori ad"; Dutch "meer … dan"; Polish "poniżej" and the
    currency written as a word; "no shipping costs" is free, its "no" denies nothing."""
    assert _value(lexicon, name, lang, text) == expected


def test_free_shipping_is_still_denied_outright(lexicon):
    assert (
        _value(lexicon, "free_shipping_threshold", "de", "Ab 50 € ist der Versand nicht kostenlos.")
        is None
    )


@pytest.mark.parametrize(
    ("lang", "text", "duties"),
    [
        ("nl", "Voor bestellingen vanaf 60 euro (excl. BTW) is de verzending gratis.", False),
        ("de", "Der Versand kostet 5,90 € zzgl. MwSt.", False),
        ("en", "Delivery is charged on the price excl. VAT.", False),
        ("en", "Customs duties and import taxes are charged on delivery outside the EU.", True),
    ],
)
def test_a_tax_word_that_qualifies_a_price_is_no_duties_statement(lexicon, lang, text, duties):
    assert (_value(lexicon, "duties_taxes", lang, text) is not None) == duties


def test_an_abbreviation_like_excl_never_ends_the_sentence(lexicon):
    text = "Voor bestellingen vanaf 60 euro (excl. BTW) is de verzending gratis."
    assert _value(lexicon, "free_shipping_threshold", "nl", text) == "60 euro"


@pytest.mark.parametrize(
    ("lang", "text", "window", "delay"),
    [
        ("en", "Refunds may be requested within 21 days of delivery.", 21, None),
        ("en", "You can ask for a refund within 30 days of your purchase.", 30, None),
        (
            "en",
            "We issue the refund within 10 days of receiving the returned parcel.",
            None,
            "10 days",
        ),
        (
            "pt",
            "Pode pedir o reembolso em até 7 (sete) dias corridos a contar da data de entrega.",
            7,
            None,
        ),
        (
            "pt",
            "O reembolso é feito em até 10 dias úteis após o recebimento do produto devolvido.",
            None,
            "10 business days",
        ),
    ],
)
def test_a_refund_time_counted_from_the_purchase_is_the_time_to_ask(
    lexicon, lang, text, window, delay
):
    """A refund's delay counts from the return; counted from the purchase or the delivery, it
    is the shopper's time to ask for the refund: the return window."""
    assert _value(lexicon, "return_window_days", lang, text) == window
    assert _value(lexicon, "refund_delay", lang, text) == delay


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("pt", "Você tem 30 (trinta) dias para devolver o produto.", 30),
        ("it", "Hai quattordici (14) giorni per restituire l'articolo.", 14),
        ("pl", "Możesz dokonać zwrotu w ciągu 30 dni bez podania przyczyny.", 30),
    ],
)
def test_return_windows_in_legal_wording(lexicon, lang, text, days):
    assert _value(lexicon, "return_window_days", lang, text) == days


@pytest.mark.parametrize(
    ("lang", "text", "free"),
    [
        ("nl", "Voor deze terugbetaling brengen wij geen kosten in rekening.", None),
        ("nl", "Retourneren is bij ons gratis.", True),
        ("nl", "De kosten van het terugsturen draagt u zelf.", False),
        ("it", "Le spese di spedizione per la restituzione sono a tuo carico.", False),
        ("pl", "Darmowy zwrot w ciągu 30 dni.", True),
    ],
)
def test_who_pays_for_the_return_not_for_the_refund(lexicon, lang, text, free):
    """ "No costs for this refund" (the EU model text) says the refund is free of charges,
    not the return."""
    assert _value(lexicon, "free_returns", lang, text) == free


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("nl", "Je krijgt het aankoopbedrag binnen 7 dagen terug.", "refund_delay", "7 days"),
        ("nl", "Je krijgt het aankoopbedrag binnen 7 dagen terug.", "return_window_days", None),
        ("it", "Il venditore rimborserà il cliente entro 14 giorni.", "refund_delay", "14 days"),
        (
            "it",
            "La merce viene spedita il giorno stesso se ordini entro le 12.",
            "order_processing_time",
            "same day",
        ),
        (
            "pl",
            "Zamówienia realizowane są w ciągu 48 godzin od zaksięgowania wpłaty.",
            "order_processing_time",
            "48 hours",
        ),
    ],
)
def test_money_back_and_orders_leaving_in_each_languages_words(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


def test_a_range_written_in_steps_runs_from_first_to_last(lexicon):
    text = "Consegna in 24/48/72 ore a seconda della zona di destinazione."
    assert _value(lexicon, "delivery_time_days", "it", text) == "24–72 hours"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "¿Aceptan cambios de talla?\nEscríbenos y te ayudamos.", "exchanges_offered"),
        ("en", "Are returns free?\nPlease see our returns page.", "free_returns"),
        ("de", "Liefern Sie auch am Samstag?\nBitte kontaktieren Sie uns.", "weekend_shipping"),
    ],
)
def test_a_question_asks_and_states_nothing(lexicon, lang, text, name):
    """An FAQ's question names the topic its answer speaks of; only the answer states it."""
    assert _value(lexicon, name, lang, text) is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "es",
            "El envío tarda entre 48h y 72h según la provincia.",
            "delivery_time_days",
            "48–72 hours",
        ),
        (
            "es",
            "Nos comprometemos a procesar tu pedido en 1 o 2 días hábiles.",
            "order_processing_time",
            "1–2 business days",
        ),
    ],
)
def test_ranges_joined_by_a_word_and_processing_said_with_a_verb(
    lexicon, lang, text, name, expected
):
    assert _value(lexicon, name, lang, text) == expected


def test_a_range_needs_the_same_unit_on_both_sides(lexicon):
    """ "Replies within 24h and 7 days a week" is no range of 24 hours to 7 days."""
    text = "Our team replies within 24h and 7 days a week by e-mail."
    assert _value(lexicon, "response_time", "en", text) == "24 hours"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le délai de rétractation court à compter du lendemain de la livraison.", None),
        (
            "fr",
            "Vous disposez de 14 jours à dater de la livraison pour changer d'avis.",
            None,
        ),
        ("fr", "Commandé avant 14h, livré le lendemain de la commande.", "1 day"),
        (
            "en",
            "Orders are shipped the same or next business day and arrive in 3–5 days.",
            "3–5 days",
        ),
    ],
)
def test_a_time_counted_from_the_delivery_is_no_delivery_time(lexicon, lang, text, expected):
    """A legal period that starts at delivery, or the day after it, says nothing of how long
    delivery takes; "the same or next business day" is when the order leaves."""
    assert _value(lexicon, "delivery_time_days", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "window", "delay"),
    [
        ("en", "You can request a refund within 30 days.", 30, None),
        ("en", "Refund requests are processed within 5 business days.", None, "5 business days"),
        (
            "es",
            "Puedes solicitar el cambio o el reembolso en un plazo de 30 días.",
            30,
            None,
        ),
    ],
)
def test_asking_for_a_refund_within_a_time_is_the_return_window(lexicon, lang, text, window, delay):
    assert _value(lexicon, "return_window_days", lang, text) == window
    assert _value(lexicon, "refund_delay", lang, text) == delay


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "de",
            "Die Kosten der Rücksendung hat der Käufer selbst zu tragen.",
            "free_returns",
            False,
        ),
        (
            "de",
            "Den Kaufpreis bekommen Sie binnen 10 Tagen zurücküberwiesen.",
            "refund_delay",
            "10 days",
        ),
        (
            "fr",
            "Le vendeur s'engage à expédier les colis sous 2 jours ouvrés.",
            "order_processing_time",
            "2 business days",
        ),
    ],
)
def test_legal_wording_of_who_pays_the_refund_and_dispatch(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("sv", "Vid retur står kunden för returfrakten.", "free_returns", False),
        ("sv", "Vi står för returfrakten.", "free_returns", True),
        ("sv", "Vi betalar tillbaka beloppet inom 10 dagar.", "refund_delay", "10 days"),
        ("da", "Udgifterne til returnering skal du selv afholde.", "free_returns", False),
        ("da", "Købsprisen refunderes inden for 5 dage.", "refund_delay", "5 days"),
        ("nb", "Kostnaden ved å returnere varen må du selv dekke.", "free_returns", False),
        (
            "sv",
            "Ångerfristen börjar dagen efter att du tagit emot varan.",
            "return_window_days",
            None,
        ),
    ],
)
def test_nordic_wording_of_who_pays_and_of_the_refund(lexicon, lang, text, name, expected):
    """ "The period starts the day after you received it" names a day, not a window."""
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "free"),
    [
        ("en", "For returns, the customer pays the shipping costs.", False),
        ("en", "We cover return postage, so the customer pays nothing.", True),
        ("en", "Return shipping is paid by you, not by us.", False),
        ("nl", "Bij een retour betaalt de klant de verzendkosten.", False),
        ("de", "Die Kosten der Rücksendung übernimmt der Käufer.", False),
        ("fr", "En cas de retour, le client prend en charge les frais de port.", False),
    ],
)
def test_the_customer_paying_in_each_languages_word_order(lexicon, lang, text, free):
    """ "The customer pays" is said with the verb before or after the customer; "pays
    nothing" says the opposite."""
    assert _value(lexicon, "free_returns", lang, text) == free


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "zh",
            "收到退回商品並確認無誤後,7個工作天內退款。",
            "refund_delay",
            "7 business days",
        ),
        (
            "ja",
            "ご注文後2営業日以内に出荷いたします。出荷後2~4日程度でお届けします。",
            "delivery_time_days",
            "2–4 days",
        ),
        ("ja", "返品にかかる送料は当店が負担いたします。", "free_returns", True),
    ],
)
def test_times_after_a_comma_and_after_dispatch_in_chinese_and_japanese(
    lexicon, lang, text, name, expected
):
    """A number right after a comma is no thousands group ("無誤後,7個工作天"); "出荷後"
    (after dispatch) is the day a delivery time counts from, not a processing time."""
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("et", "Pakid jõuavad kohale tavaliselt 2 kuni 6 tööpäeva jooksul.", "2–6 business days"),
        ("ru", "Доставка по России занимает от 4 до 9 рабочих дней.", "4–9 business days"),
        ("tr", "Kargonuz 2 ile 4 iş günü içinde teslim edilir.", "2–4 business days"),
        ("el", "Η αποστολή παραδίδεται σε 3 έως 6 εργάσιμες ημέρες.", "3–6 business days"),
        ("sl", "Dostava paketa traja od 1 do 3 delovne dni.", "1–3 business days"),
    ],
)
def test_a_span_joined_by_the_word_its_language_writes(lexicon, lang, text, expected):
    assert _value(lexicon, "delivery_time_days", lang, text) == expected


def test_a_numeral_with_a_case_ending_still_counts(lexicon):
    text = "Naročila odpremimo v roku 24-ih ur od plačila."
    assert _value(lexicon, "order_processing_time", "sl", text) == "24 hours"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Delivery\nYour parcel is held at the collection point for 10 days.",
            "delivery_time_days",
        ),
        (
            "en",
            "Returns\nUncollected parcels are kept for 14 days, then sent back to our warehouse.",
            "return_window_days",
        ),
        (
            "de",
            "Versand\nDie Sendung wird 5 Werktage in der Filiale aufbewahrt.",
            "delivery_time_days",
        ),
        (
            "it",
            "Spedizioni\nIl pacco resta in giacenza presso il punto di ritiro per 10 giorni.",
            "delivery_time_days",
        ),
        ("cs", "Doprava\nÚložní doba na výdejním místě je 7 dní.", "delivery_time_days"),
        ("pl", "Dostawa\nPaczkę należy odebrać w ciągu 48 godzin od awizo.", "delivery_time_days"),
    ],
)
def test_how_long_a_parcel_waits_for_collection_is_no_delivery_or_return_time(
    lexicon, lang, text, name
):
    assert _value(lexicon, name, lang, text) is None


def test_a_holding_period_leaves_the_delivery_time_said_beside_it(lexicon):
    text = "Delivery\nWe deliver in 2–3 business days; parcels are held at the locker for 7 days."
    assert _value(lexicon, "delivery_time_days", "en", text) == "2–3 business days"


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "ru",
            "Доставка\nПри заказе свыше 7000 рублей доставка в подарок.",
            "free_shipping_threshold",
            "7000 рублей",
        ),
        (
            "ru",
            "Покупатель вправе отказаться от товара в течение 10 дней после получения.",
            "return_window_days",
            10,
        ),
        (
            "tr",
            "Kargo\nTüm siparişlerde kargo ücreti tarafımızca karşılanmaktadır.",
            "shipping_cost",
            "free",
        ),
        (
            "tr",
            "Kargo\nSiparişiniz 2 iş günü içinde hazırlanır ve kargoya verilir. Teslimat 1-4 iş "
            "günü sürer.",
            "order_processing_time",
            "2 business days",
        ),
        (
            "tr",
            "Kargo\nSiparişiniz 2 iş günü içinde hazırlanır ve kargoya verilir. Teslimat 1-4 iş "
            "günü sürer.",
            "delivery_time_days",
            "1–4 business days",
        ),
        # a line of six words broken before the rest of its sentence
        (
            "ru",
            "Возврат денежных средств производится на Вашу\nбанковскую карту в течение 10 рабочих "
            "дней.",
            "refund_delay",
            "10 business days",
        ),
    ],
)
def test_russian_and_turkish_as_shops_write_them(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "ar",
            "الشحن\nيتم تسليم الطلبات خلال 2 إلى 4 أيام عمل.",
            "delivery_time_days",
            "2–4 business days",
        ),
        (
            "ar",
            "يتم رد المبلغ بنفس طريقة الدفع خلال 5 أيام عمل.",
            "refund_method",
            "original payment method",
        ),
        (
            "ar",
            "الاستلام من المتجر\nسنحتفظ بطلبك في الفرع لمدة 10 أيام.",
            "delivery_time_days",
            None,
        ),
        (
            "he",
            "משלוחים\nזמן אספקת ההזמנה הוא עד 6 ימי עסקים.",
            "delivery_time_days",
            "6 business days",
        ),
        (
            "he",
            "משלוחים\nההזמנות מטופלות תוך 2 ימי עסקים ונשלחות בשליח.",
            "order_processing_time",
            "2 business days",
        ),
    ],
)
def test_arabic_and_hebrew_as_shops_write_them(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "pt",
            "Devoluções\nVocê pode desistir da compra em até 7 dias corridos após o recebimento.",
            "return_window_days",
            7,
        ),
        (
            "pt",
            "Atendimento\nAguarde nosso contato em até 3 dias úteis.",
            "response_time",
            "3 business days",
        ),
        (
            "pt",
            "Envio\nDespacharemos o seu pedido em até 2 dias úteis após o pagamento.",
            "order_processing_time",
            "2 business days",
        ),
    ],
)
def test_brazilian_withdrawal_reply_and_dispatch_wording(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the verb comes after the time in German and Dutch
        (
            "de",
            "Versand\nBestellungen werden innerhalb von 1 bis 2 Werktagen bearbeitet.",
            "1–2 business days",
        ),
        ("nl", "Verzending\nJe bestelling wordt binnen 2 werkdagen verwerkt.", "2 business days"),
    ],
)
def test_a_preparation_verb_after_its_time(lexicon, lang, text, expected):
    assert _value(lexicon, "order_processing_time", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # Belgian and French shops: dispatch the same day or the day after, a return's own
        # processing time, a parcel kept at the pickup point
        (
            "fr",
            "Commandé avant 14 h, votre colis est expédié le même jour ; après, le lendemain.",
            "order_processing_time",
            "same day",
        ),
        (
            "fr",
            "Dès réception, comptez un délai de 5 jours ouvrés pour que votre retour soit traité.",
            "refund_delay",
            "5 business days",
        ),
        (
            "fr",
            "Livraison en point relais : le commerçant tient votre colis à votre "
            "disposition durant 10 jours.",
            "delivery_times",
            None,
        ),
        # a delivery that must come within a time, or the shopper is refunded: no refund time
        (
            "en",
            "Should your parcel not be delivered within 21 days, you can cancel and be refunded.",
            "refund_delay",
            None,
        ),
        (
            "fr",
            "Livraison dépassant vingt jours : la vente peut être annulée et le client remboursé",
            "refund_delay",
            None,
        ),
    ],
)
def test_belgian_dispatch_return_processing_and_delivery_deadlines(
    lexicon, lang, text, name, expected
):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # days of each week are how often, not how long
        ("en", "Our pickup points are open 7 days a week.", "delivery_times", None),
        ("en", "We answer 7 days a week, within 24 hours.", "response_time", "24 hours"),
        (
            "es",
            "Atendemos 7 días a la semana y respondemos en 48 horas.",
            "response_time",
            "48 hours",
        ),
        ("it", "Assistenza 7 giorni su 7: rispondiamo entro 12 ore.", "response_time", "12 hours"),
        # a span that ends in weeks stays a span
        ("en", "Delivery takes 5 days, a week at the most.", "delivery_time_days", "5 days"),
    ],
)
def test_days_of_each_week_are_no_time(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # European Portuguese: "até" (up to) a band of order values, "igual ou superior a",
        # "oferta de envio" (delivery offered), a parcel to be collected within some days
        ("pt", "Até 40,00€ - correio registado: 2,95€.", "shipping_cost", "2,95€"),
        (
            "pt",
            "Encomendas de valor igual ou superior a 45€ têm oferta de envio.",
            "free_shipping_threshold",
            "45€",
        ),
        (
            "pt",
            "Se não estiver em casa na entrega, dispõe de 5 dias para efetuar o levantamento.",
            "delivery_time_days",
            None,
        ),
    ],
)
def test_european_portuguese_delivery_wording(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a currency word written on the number ("5euro"); a short one is not read so
        ("nl", "Verzending binnen België: 6euro per pakje.", "shipping_cost", "6euro"),
        (
            "nl",
            "Bestellingen vanaf 75euro versturen we gratis.",
            "free_shipping_threshold",
            "75euro",
        ),
        # Flemish: a dispatch verb after its time
        (
            "nl",
            "Wij proberen je pakje binnen 3 werkdagen op te sturen.",
            "order_processing_time",
            "3 business days",
        ),
    ],
)
def test_flemish_amounts_and_dispatch(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "it",
            "Sono accettate restituzioni entro 20 giorni dalla consegna.",
            "return_window_days",
            20,
        ),
        (
            "it",
            "La spedizione avverrà entro tre giorni lavorativi dal pagamento.",
            "order_processing_time",
            "3 business days",
        ),
    ],
)
def test_italian_plural_returns_and_dispatch(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a verb and its particle around what is sent back name the return window
        ("Not the right fit? Mail the boots back to us within 28 days.", "return_window_days", 28),
        ("You may ship any unworn item back within 60 days of delivery.", "return_window_days", 60),
        # … unless what comes back is the money: that is the refund's time
        (
            "We send the money back to your card within 10 days of receiving the parcel.",
            "refund_delay",
            "10 days",
        ),
        (
            "We send the money back to your card within 10 days of receiving the parcel.",
            "return_window_days",
            None,
        ),
    ],
)
def test_something_sent_back_is_the_return_unless_it_is_the_money(lexicon, text, name, expected):
    assert _value(lexicon, name, "en", text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a time counted from the delivery is a deadline after it, never how long delivery takes
        (
            "en",
            "Please report a damaged parcel to us within 7 days of delivery.",
            "delivery_time_days",
            None,
        ),
        # … and the commas of a list of adjectives do not part the return from its time (a
        # guard: this already held)
        (
            "en",
            "Unworn, unwashed, tagged clothing can be returned within 21 days of delivery "
            "for a full refund.",
            "return_window_days",
            21,
        ),
        (
            "en",
            "Unworn, unwashed, tagged clothing can be returned within 21 days of delivery "
            "for a full refund.",
            "refund_delay",
            None,
        ),
        # a refund counted from the parcel's arrival is the time to ask for it
        (
            "en",
            "You can return a product and get your money back up to 45 days after your "
            "parcel is received.",
            "return_window_days",
            45,
        ),
        # a reply promised under a heading about refunds is no refund time
        (
            "en",
            "How refunds work\nFill in the form below.\nOur team will respond within 24 hours.",
            "refund_delay",
            None,
        ),
        # "depuis" counts the time from the delivery: what is refused once it has passed
        (
            "fr",
            "Passé un délai de 20 jours depuis la réception, nous ne pouvons plus accepter "
            "de retour.",
            "return_window_days",
            20,
        ),
        (
            "fr",
            "Les frais de renvoi pourront être déduits du montant remboursé.",
            "free_returns",
            False,
        ),
        # exchanges refused for some items and offered for the rest are offered
        (
            "en",
            "Exchanges are not available for items bought on clearance. To swap a size, simply "
            "request an exchange within 30 days.",
            "exchanges_offered",
            True,
        ),
        ("en", "Sorry, we are not able to offer exchanges.", "exchanges_offered", False),
        # a range of weekdays leaves the weekend out; a list of two days is no range
        ("en", "Parcels leave our warehouse Tuesday to Friday.", "weekend_shipping", False),
        (
            "en",
            "Orders are processed Monday–Friday, excluding public holidays.",
            "weekend_shipping",
            False,
        ),
        ("en", "Rural orders are dispatched on Mondays and Thursdays.", "weekend_shipping", None),
    ],
)
def test_what_a_time_counts_from_and_what_is_refused_for_some_orders(
    lexicon, lang, text, name, expected
):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # Latin American wording: "mayores a" is a threshold, "pesos" a currency word
        (
            "es",
            "Envío sin costo en pedidos mayores a 90.000 COP.",
            "free_shipping_threshold",
            "90.000 COP",
        ),
        ("es", "Envío sin costo en pedidos mayores a 90.000 COP.", "shipping_cost", None),
        (
            "es",
            "Envío gratis en compras de más de 800 pesos.",
            "free_shipping_threshold",
            "800 pesos",
        ),
        (
            "es",
            "Si cambias de opinión, los gastos del retorno corren por cuenta del comprador.",
            "free_returns",
            False,
        ),
        (
            "es",
            "Nuestro equipo necesita de 2 a 4 días hábiles para preparar tu pedido.",
            "order_processing_time",
            "2–4 business days",
        ),
        ("es", "Los despachos se realizan solamente en días hábiles.", "weekend_shipping", False),
        ("en", "Couriers deliver only on business days.", "weekend_shipping", False),
        # a clause of its own ships on Saturdays, whatever the next clause refuses
        (
            "es",
            "Despachamos los sábados hasta las 13 h y los domingos no hay envíos.",
            "weekend_shipping",
            True,
        ),
        ("en", "We do not dispatch orders on Saturdays or Sundays.", "weekend_shipping", False),
        # a sentence with no topic of its own continues the delivery sentence before it, when
        # it gives a range (an estimate), not a single deadline
        (
            "fr",
            "Les délais de livraison dépendent de votre région.\n"
            "Comptez de 3 à 6 jours ouvrables en ville.",
            "delivery_time_days",
            "3–6 business days",
        ),
        (
            "en",
            "Parcels go out with our courier.\nYour invoice must be settled within 14 days.",
            "delivery_time_days",
            None,
        ),
    ],
)
def test_latin_american_wording_and_sentences_that_continue_the_one_before(
    lexicon, lang, text, name, expected
):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Refunds go back to the form of payment used at checkout.",
            "refund_method",
            "original payment method",
        ),
        # a gift card sold is no refund in store credit; one refunded with is
        ("Gift cards and personalised items are non-refundable.", "refund_method", None),
        (
            "Final sale: swimwear, gift cards and earrings cannot be returned.",
            "refund_method",
            None,
        ),
        ("Returns are refunded as an e-gift card.", "refund_method", "store credit"),
        ("Returned items are refunded minus a $5 return shipping fee.", "free_returns", False),
        # a heading naming shipping and returns together does not make a time the refund's
        (
            "Shipping & Returns\nAll orders are processed within 2 business days.",
            "order_processing_time",
            "2 business days",
        ),
        (
            "Shipping & Returns\nOrders are shipped on business days only.",
            "weekend_shipping",
            False,
        ),
        # "only" restricts, "depends on" says neither, "cannot" refuses
        ("PO Box addresses can only be served by USPS.", "po_box", True),
        ("Delivery to PO boxes depends on the carrier.", "po_box", None),
        ("We cannot ship to PO boxes.", "po_box", False),
        # what comes at no extra cost is not refused
        ("Saturday deliveries come at no extra cost.", "weekend_shipping", True),
    ],
)
def test_american_wording_gift_cards_and_what_only_or_no_cost_say(lexicon, text, name, expected):
    assert _value(lexicon, name, "en", text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "zendingen" (shipments) speaks of delivery; a payment method "gekozen" (chosen) at
        # checkout is the original one
        (
            "Voor kleinere bestellingen brengen wij €3,95 in rekening voor zendingen in Nederland.",
            "shipping_cost",
            "€3,95",
        ),
        (
            "Het terugbetaalde bedrag storten wij terug via de door jou gekozen betaalmethode.",
            "refund_method",
            "original payment method",
        ),
    ],
)
def test_dutch_shipments_and_the_chosen_payment_method(lexicon, text, name, expected):
    assert _value(lexicon, name, "nl", text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a katakana loanword is one word: "キャンセル・返品について" is a heading, and the short
        # sentence under it is one of its items
        (
            "キャンセル・返品について\n- 不良品の場合に限り、商品の返品を承ります。"
            "お届けから10日以内にご連絡ください。",
            "return_window_days",
            10,
        ),
        # the refund marked as the sentence's topic owns its time, whatever arrival is named
        (
            "返金は、ご返送いただいた商品の到着後7営業日以内にお手続きします。",
            "refund_delay",
            "7 business days",
        ),
        ("返品は、商品到着後14日以内にご連絡ください。", "return_window_days", 14),
        ("返品は、商品到着後14日以内にご連絡ください。", "refund_delay", None),
        # orders waiting for the end of a break ship on no weekend
        ("土日祝のご注文は休日明けに発送いたします。", "weekend_shipping", False),
    ],
)
def test_japanese_topics_headings_and_breaks(lexicon, text, name, expected):
    assert _value(lexicon, name, "ja", text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # the delivery a time counts from is no topic of the sentence: under a returns heading
        # the time is the return window
        ("en", "Returns\nGet in touch within 21 days of delivery.", "return_window_days", 21),
        ("en", "Returns\nGet in touch within 21 days of delivery.", "delivery_time_days", None),
        (
            "de",
            "Umtausch und Rückgabe\nMelde dich bitte binnen 20 Tagen nach Erhalt der Lieferung.",
            "return_window_days",
            20,
        ),
        # a sentence about delivering itself stays the delivery's
        ("en", "Returns\nOrders are delivered within 5 days.", "return_window_days", None),
    ],
)
def test_a_time_counted_from_delivery_under_a_returns_heading(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a word between the number and its unit: "3–5 additional business days"
        (
            "Your bank may need 2-4 additional business days to post the funds to your card.",
            "delivery_time_days",
            None,
        ),
        (
            "Once approved, expect 3-6 more business days for the funds to be credited.",
            "refund_delay",
            "3–6 business days",
        ),
        (
            "Allow 4-8 extra days for the credit to appear on your statement.",
            "refund_delay",
            "4–8 days",
        ),
        # "returns will be processed within …" is the refund's time, not the window
        (
            "Returns will be processed within 6 business days of arrival.",
            "return_window_days",
            None,
        ),
        (
            "Returns will be processed within 6 business days of arrival.",
            "refund_delay",
            "6 business days",
        ),
        # a time named a processing time is no window to send things back
        (
            "Returns can take up to 21 days processing time. You have ten days to mail "
            "the returned goods back after delivery.",
            "return_window_days",
            10,
        ),
        ("Return postage must be paid and tracked by you.", "free_returns", False),
        (
            "Refunds go back to the payment method you used at checkout.",
            "refund_method",
            "original payment method",
        ),
    ],
)
def test_english_refund_timing_and_costs(lexicon, text, name, expected):
    assert _value(lexicon, name, "en", text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # an exchange done as a return and a new purchase is no exchange offered
        (
            "en",
            "To exchange an item, send it back for a refund and place a new order.",
            "exchanges_offered",
            False,
        ),
        (
            "de",
            "Ein Umtausch ist nur über eine Rücksendung und eine neue Bestellung möglich.",
            "exchanges_offered",
            False,
        ),
        ("en", "Exchanges for another size are free within 60 days.", "exchanges_offered", True),
        # Turkish ends the clause in its verb, far from the time
        (
            "tr",
            "Siparişiniz ödeme onayından sonra 3 iş günü içinde seçtiğiniz kargo firmasıyla "
            "gönderilecektir.",
            "order_processing_time",
            "3 business days",
        ),
        ("tr", "İade kargo ücreti müşteri tarafından karşılanır.", "free_returns", False),
        (
            "tr",
            "Tutar, orijinal ödeme yönteminize 5 iş günü içinde iade edilir.",
            "refund_method",
            "original payment method",
        ),
        ("tr", "Maalesef ürün değişimi yapmıyoruz.", "exchanges_offered", False),
    ],
)
def test_exchanges_done_as_new_orders_and_turkish_terms(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # store credit said of exchanges is not how refunds are paid: the refunds' sentence is
        (
            "Returns & exchanges\nExchanges are issued as store credit once approved, and "
            "postage is non-refundable. Refunds go back to your original card within a week.",
            "original payment method",
        ),
        # … but where nothing else is said, store credit is what the shopper gets
        ("Returns\nWe offer an exchange or store credit on unworn items.", "store credit"),
        (
            "Your refund comes back in the same form of payment you chose at checkout.",
            "original payment method",
        ),
    ],
)
def test_store_credit_for_exchanges_is_not_the_refund_method(lexicon, text, expected):
    assert _value(lexicon, "refund_method", "en", text) == expected


def test_a_complaint_acknowledged_within_a_day_is_a_reply_time(lexicon):
    text = "Every message we receive will be acknowledged within 2 working days."
    assert _value(lexicon, "response_time", "en", text) == "2 business days"


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a negation that denies the price of exchanges, not the exchanges
        (
            "es",
            "Los cambios de talla no son gratuitos en pedidos a Canarias.",
            "exchanges_offered",
            True,
        ),
        (
            "en",
            "Exchanges are not free of charge for orders shipped abroad.",
            "exchanges_offered",
            True,
        ),
        ("en", "We do not accept exchanges on sale items.", "exchanges_offered", False),
        # the time to cancel an order is no delivery time
        (
            "es",
            "Para anular el pedido tienes un plazo de 12 horas desde la compra, antes del envío.",
            "delivery_time_days",
            None,
        ),
        # a time counted from the date of receipt is no delivery time
        (
            "es",
            "Una vez entregado el envío, tienes 20 días naturales a partir de la fecha de "
            "recepción para contactarnos.",
            "delivery_time_days",
            None,
        ),
        (
            "es",
            "El reembolso se hará de la misma forma en que se abonó el pedido.",
            "refund_method",
            "original payment method",
        ),
        (
            "es",
            "Si cambias de opinión, los portes serán descontados del reembolso.",
            "free_returns",
            False,
        ),
    ],
)
def test_spanish_costs_cancellations_and_exchanges(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # returns paid for only when the store erred say nothing of a change of mind
        (
            "en",
            "Returns\nWe cover return postage when we sent the wrong size.",
            "free_returns",
            None,
        ),
        (
            "fr",
            "Retours\nLe retour est pris en charge par nos soins en cas d'erreur de notre part.",
            "free_returns",
            None,
        ),
        ("en", "Returns\nReturn postage is free, whatever the reason.", "free_returns", True),
        # a question and its answer after a colon are one statement
        (
            "fr",
            "Quand serai-je remboursé ? : Dans les 9 jours suivant l'arrivée de votre colis.",
            "refund_delay",
            "9 days",
        ),
    ],
)
def test_returns_free_only_for_our_errors_and_answers_after_a_question(
    lexicon, lang, text, name, expected
):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Returns\nUnopened items may come back for a refund, less the return shipping.",
            "free_returns",
            False,
        ),
        (
            "Every order needs 1-2 days of processing time before it leaves us.",
            "order_processing_time",
            "1–2 days",
        ),
        (
            "Every order needs 1-2 days of processing time before it leaves us.",
            "delivery_time_days",
            None,
        ),
    ],
)
def test_costs_taken_off_the_refund_and_time_before_processing(lexicon, text, name, expected):
    assert _value(lexicon, name, "en", text) == expected
