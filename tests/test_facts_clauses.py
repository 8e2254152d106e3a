"""Facts said in the clause shapes real policy pages use: delivery free with no amount beside
it, a verb that ends its clause (German, Dutch), "within" that names a place, a cost put on
the shopper in any word order, customs apart from VAT, and a heading that a colon hands to
the sentence under it. Sentences are written for these tests the way shops of each market
word them."""

import pytest

from benchmark.measure.extract.common import Fact
from benchmark.score.facts import rank

from .factories import fact_value


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Every parcel we send goes out with free tracked shipping.", "free"),
        ("de", "Innerhalb Österreichs ist der Versand für Sie immer kostenlos.", "free"),
        ("fr", "La livraison en point relais est offerte pour toute commande.", "free"),
        ("en", "Orders to Alaska and Hawaii are not eligible for free shipping.", None),
        ("en", "Is shipping free?", None),
        # a threshold on the page says free is not for every order
        ("en", "Free shipping on orders of $60 or more.\nAll free-ship items go by ground.", None),
    ],
)
def test_delivery_free_with_no_amount_is_a_free_shipping_cost(lexicon, lang, text, expected):
    assert fact_value(lexicon, "shipping_cost", lang, text) == expected


def test_free_delivery_ranks_best_beside_priced_delivery_in_any_currency():
    values = {
        "a": Fact("shipping_cost", "free", "Free shipping on every order.", 0.0),
        "b": Fact("shipping_cost", "4,95 €", "Versand 4,95 €", 4.95, "EUR"),
        "c": Fact("shipping_cost", "6,90 €", "Versand 6,90 €", 6.9, "EUR"),
    }
    ranked = rank("shipping_cost", values)
    assert ranked.best == {"a"}
    assert ranked.gap["b"] == 1.0


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "de",
            "Deine Bestellung wird innerhalb von 48 Stunden verschickt.",
            "order_processing_time",
            "48 hours",
        ),
        (
            "de",
            "Innerhalb von 2 Werktagen wird Ihr Paket an DHL übergeben und versendet.",
            "order_processing_time",
            "2 business days",
        ),
        (
            "nl",
            "Uw pakket wordt binnen 2 werkdagen verstuurd.",
            "order_processing_time",
            "2 business days",
        ),
        (
            "de",
            "Wir werden Ihre Anfrage binnen 24 Stunden beantworten.",
            "response_time",
            "24 hours",
        ),
        # what a clause said before its processing time is still said
        (
            "de",
            "Die Zustellung dauert 1-3 Tage, das Paket wird am nächsten Werktag versendet.",
            "delivery_time_days",
            "1–3 days",
        ),
        (
            "de",
            "Die Zustellung dauert 1-3 Tage, das Paket wird am nächsten Werktag versendet.",
            "order_processing_time",
            "1 business day",
        ),
        (
            "de",
            "Bestellungen bis 14 Uhr werden am selben oder nächsten Werktag "
            "verpackt und verschickt.",
            "order_processing_time",
            "same day",
        ),
        # a return sent within a time is no order leaving
        (
            "de",
            "Retouren müssen innerhalb von 30 Tagen versendet werden.",
            "order_processing_time",
            None,
        ),
    ],
)
def test_a_verb_that_ends_its_clause_times_the_duration_before_it(
    lexicon, lang, text, name, expected
):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "We ship within Canada with Canada Post; parcels take 2-6 business days.",
            "order_processing_time",
            None,
        ),
        (
            "en",
            "We ship within Canada with Canada Post; parcels take 2-6 business days.",
            "delivery_time_days",
            "2–6 business days",
        ),
        (
            "nl",
            "Wij verzenden binnen België met bpost, levertijd 1-2 werkdagen.",
            "order_processing_time",
            None,
        ),
        (
            "de",
            "Versand innerhalb der EU:\nZustellung am nächsten Werktag nach Zahlungseingang "
            "für 9 €.",
            "order_processing_time",
            None,
        ),
        ("en", "Orders ship within the next 24 hours.", "order_processing_time", "24 hours"),
        # a word of arrival between the processing word and the time takes the time
        (
            "de",
            "Versand innerhalb der EU: die Ware trifft in 3-6 Werktagen beim Empfänger ein.",
            "delivery_time_days",
            "3–6 business days",
        ),
    ],
)
def test_within_a_place_names_no_time(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Parcels leave our warehouse Monday through Saturday.", True),
        ("de", "Wir versenden von Montag bis Samstag.", True),
        ("de", "Keine Zustellung an Sonn- und Feiertagen oder Samstagen.", False),
        ("en", "Our phone line is open Monday - Saturday.", None),
    ],
)
def test_a_range_of_days_that_ends_on_a_weekend_day(lexicon, lang, text, expected):
    assert fact_value(lexicon, "weekend_shipping", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Return postage is paid by the customer.", False),
        ("es", "Los costos de envío de la devolución serán asumidos por el usuario.", False),
        ("fr", "Les frais de renvoi sont supportés par le consommateur.", False),
        ("pt", "Os custos de envio da devolução ficam por conta do consumidor.", False),
        ("nl", "De kosten voor het terugsturen zijn voor rekening van de koper.", False),
        ("de", "Die Kosten für die Rücksendung übernimmt der Besteller.", False),
        ("de", "Der Kunde trägt keine Kosten für die Rücksendung.", True),
        ("en", "Return shipping is covered by us, so the customer pays nothing.", True),
    ],
)
def test_a_cost_put_on_the_shopper_makes_returns_paid(lexicon, lang, text, expected):
    assert fact_value(lexicon, "free_returns", lang, text) is expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le remboursement est fait sur le même mode de paiement que votre achat.",
            "original payment method",
        ),
        (
            "es",
            "El reembolso se hace en la tarjeta que usaste para pagar tu compra.",
            "original payment method",
        ),
        (
            "de",
            "Die Gutschrift des Betrags erfolgt auf das Konto, von dem Sie gezahlt haben.",
            None,
        ),
        ("de", "Die Erstattung der Retoure erfolgt in Form einer Gutschrift.", "store credit"),
    ],
)
def test_how_the_money_comes_back(lexicon, lang, text, expected):
    assert fact_value(lexicon, "refund_method", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Alle Preise verstehen sich inklusive Mehrwertsteuer.", None),
        ("en", "Prices include VAT.", None),
        ("fr", "Tous nos prix sont indiqués TTC, TVA comprise.", None),
        (
            "en",
            "Delivery takes 5-10 days depending on customs.\n"
            "Import duties are the customer's responsibility.",
            "Import duties are the customer's responsibility.",
        ),
    ],
)
def test_customs_duties_not_vat_and_who_pays_them_first(lexicon, lang, text, expected):
    assert fact_value(lexicon, "duties_taxes", lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "es",
            "Plazo de devolución:\nDispones de 21 días naturales desde que recibes el pedido "
            "para solicitarlo por escrito.",
            "return_window_days",
            21,
        ),
        ("en", "Refunds\nProcessing time: 5-7 business days", "refund_delay", "5–7 business days"),
        ("en", "Refunds\nProcessing time: 5-7 business days", "order_processing_time", None),
    ],
)
def test_a_heading_hands_its_topic_to_what_it_announces(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # an article before the second number of a range
        (
            "it",
            "Il corriere consegna tra i 2 e i 4 giorni lavorativi.",
            "delivery_time_days",
            "2–4 business days",
        ),
        (
            "es",
            "El envío llega entre los 2 y los 4 días hábiles.",
            "delivery_time_days",
            "2–4 business days",
        ),
        # a numbered section title is a heading ("2.1 Tempi di elaborazione")
        (
            "it",
            "2.1 Tempi di elaborazione\nGli ordini partono in 1-2 giorni lavorativi.",
            "order_processing_time",
            "1–2 business days",
        ),
        (
            "it",
            "Gli ordini vengono elaborati entro 2 giorni lavorativi.",
            "order_processing_time",
            "2 business days",
        ),
        (
            "it",
            "Ordini spediti entro 24 ore, escluso sabato e domenica.",
            "weekend_shipping",
            False,
        ),
        (
            "it",
            "Spedizione 5,90 € per ordini inferiori ai 49 euro, gratuita oltre.",
            "free_shipping_threshold",
            "49 euro",
        ),
        (
            "it",
            "In caso di recesso, Lei dovrà sostenere il costo diretto della restituzione.",
            "free_returns",
            False,
        ),
    ],
)
def test_italian_policy_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # days "counted in business days" written before the count
        ("ko", "환불은 영업일 기준 3일 이내에 처리됩니다.", "refund_delay", "3 business days"),
        # a threshold written after its amount, in a compound ("무료배송")
        ("ko", "배송비 2,500원 (50,000원 이상 구매 시 무료배송)", "shipping_cost", "2,500원"),
        (
            "ko",
            "배송비 2,500원 (50,000원 이상 구매 시 무료배송)",
            "free_shipping_threshold",
            "50,000원",
        ),
        # a note in brackets after a sentence, or under a delivery heading, is about delivery
        ("ko", "택배는 평균 2~3일 소요됩니다. (주말 및 공휴일 제외)", "weekend_shipping", False),
        (
            "en",
            "Delivery\nParcels usually arrive in 3-5 days.\n(weekends excluded)",
            "weekend_shipping",
            False,
        ),
        # a price for sending an item back makes returns paid, where nothing says free
        ("en", "Return shipping: $6.95 per parcel.", "free_returns", False),
        ("en", "Returns are free.\nReturn label for oversized items: $20.", "free_returns", True),
        ("en", "We refund $25 to your card once the return arrives.", "free_returns", None),
        ("ko", "반품 배송비는 편도 3,000원입니다.", "free_returns", False),
        (
            "pl",
            "Przysługuje Ci prawo do odstąpienia od umowy w terminie 30 dni od otrzymania paczki.",
            "return_window_days",
            30,
        ),
    ],
)
def test_korean_and_polish_policy_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # roubles written out, and "less than" a threshold
        (
            "ru",
            "Если сумма заказа менее 3000 рублей, доставка стоит 250 рублей.",
            "shipping_cost",
            "250 рублей",
        ),
        (
            "ru",
            "Бесплатная доставка при заказе на сумму от 2500 рублей.",
            "free_shipping_threshold",
            "2500 рублей",
        ),
        (
            "ru",
            "Заказы отправляем ежедневно, кроме субботы и воскресенья.",
            "weekend_shipping",
            False,
        ),
        # "the next day" alone is no processing word: the courier delivers then
        ("ru", "Курьер доставит заказ на следующий день.", "order_processing_time", None),
        (
            "ru",
            "При возврате товара стоимость доставки составляет 350 рублей.",
            "free_returns",
            False,
        ),
        # the first exchange shipping free says nothing of delivering orders
        ("pt", "A primeira troca tem envio grátis pelos Correios.", "shipping_cost", None),
        # a refund counted from cancelling the purchase is the refund's delay
        (
            "pt",
            "O estorno é feito em até 5 dias úteis a partir do cancelamento da compra.",
            "refund_delay",
            "5 business days",
        ),
    ],
)
def test_russian_and_brazilian_policy_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # Hebrew letters written on the front of a word: "ולהחזיר" is "להחזיר", "בהחזרת" "החזרת"
        (
            "he",
            "לקוחות יכולים לבטל ולהחזיר מוצר בתוך 21 ימים ממועד קבלת ההזמנה.",
            "return_window_days",
            21,
        ),
        ("he", "העלויות הכרוכות בהחזרת מוצר יחולו על הלקוח.", "free_returns", False),
        (
            "he",
            "ההחזר הכספי יבוצע באמצעי התשלום שבו שילמתם.",
            "refund_method",
            "original payment method",
        ),
        # a refund's time counted from the order's receipt is the time to ask for it
        (
            "he",
            "זיכוי כספי יינתן בבקשה שתוגש עד 10 ימים לאחר קבלת ההזמנה.",
            "return_window_days",
            10,
        ),
        # Turkish endings: "iadelerinde" is "iade", "müşteriye" "müşteri"
        ("tr", "Ürün iadelerinde kargo ücreti müşteriye aittir.", "free_returns", False),
        (
            "tr",
            "Ürünü teslim aldığınız tarihten itibaren 30 gün içinde iade edebilirsiniz.",
            "return_window_days",
            30,
        ),
        (
            "tr",
            "İade ödemeniz 5 iş günü içinde kartınıza yapılır.",
            "refund_delay",
            "5 business days",
        ),
        (
            "tr",
            "Ücret iadesi, ödeme yaptığınız kartınıza yapılır.",
            "refund_method",
            "original payment method",
        ),
    ],
)
def test_hebrew_and_turkish_policy_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "cs",
            "Zboží doručíme do 5 až 8 pracovních dnů.",
            "delivery_time_days",
            "5–8 business days",
        ),
        (
            "cs",
            "Objednávka bude zpravidla odeslána ještě ten stejný den.",
            "order_processing_time",
            "same day",
        ),
        ("cs", "Zásilky rozvážíme od pondělí do pátku.", "weekend_shipping", False),
        # a refund method listed under a heading about refunds
        (
            "ar",
            "طريقة استرداد الأموال\nالدفع بالبطاقة: يتم التحويل لنفس البطاقة.",
            "refund_method",
            "original payment method",
        ),
        # a refund's time counted from the date of receipt is the time to send it back
        (
            "ar",
            "يمكنك إعادة المنتج واسترداد المبلغ خلال 10 أيام من تاريخ الاستلام.",
            "return_window_days",
            10,
        ),
        # a cancellation window is no delivery time, even under a heading that names shipping
        (
            "ar",
            "1. الإلغاء قبل الشحن\nيُسمح بالإلغاء خلال 12 ساعة من الطلب.",
            "delivery_time_days",
            None,
        ),
    ],
)
def test_czech_and_arabic_policy_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("fi", "Asiakas vastaa itse palautuksen postikuluista.", "free_returns", False),
        (
            "fi",
            "Vähintään 50 €:n tilaukset toimitetaan toimituskuluitta.",
            "free_shipping_threshold",
            "50 €",
        ),
        (
            "fi",
            "Tilaus lähetetään 2 arkipäivän kuluessa maksusta.",
            "order_processing_time",
            "2 business days",
        ),
        ("fi", "Tuotteilla on 21 vuorokauden palautusoikeus.", "return_window_days", 21),
        # a refund verb right after the time, in a language that writes the time first
        ("hu", "Az árát legkésőbb 10 napon belül visszatérítjük.", "refund_delay", "10 days"),
        ("hu", "Az árát legkésőbb 10 napon belül visszatérítjük.", "response_time", None),
        (
            "hu",
            "A vásárló 30 naptári napon belül elállhat a vásárlástól.",
            "return_window_days",
            30,
        ),
        ("ru", "Вернуть товар можно в течение 21 календарного дня.", "return_window_days", 21),
    ],
)
def test_finnish_and_hungarian_policy_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "hr",
            "Kupac može raskinuti ugovor u roku od 15 dana od primitka robe.",
            "return_window_days",
            15,
        ),
        ("hr", "Trošak povrata robe snosi kupac.", "free_returns", False),
        ("hr", "Trošak povrata robe snosimo mi.", "free_returns", True),
        # a "from" clause after a comma still says what the time counts from
        (
            "hr",
            "Refundaciju možete zatražiti u roku od 10 dana, od dana prijema robe.",
            "return_window_days",
            10,
        ),
        (
            "ro",
            "Poți renunța la achiziție în termen de 30 de zile de la primire.",
            "return_window_days",
            30,
        ),
        (
            "ro",
            "Suma va fi returnată pe același card în termen de 7 zile.",
            "refund_method",
            "original payment method",
        ),
        (
            "ro",
            "Suma va fi returnată pe același card în termen de 7 zile.",
            "refund_delay",
            "7 days",
        ),
        (
            "ro",
            "Pentru retur, clientul va trebui să suporte costul transportului.",
            "free_returns",
            False,
        ),
    ],
)
def test_croatian_and_romanian_policy_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "el",
            "Η επιστροφή του ποσού γίνεται στο ίδιο μέσο πληρωμής εντός 5 εργάσιμων ημερών.",
            "refund_delay",
            "5 business days",
        ),
        ("el", "Ο αγοραστής επιβαρύνεται με τα έξοδα επιστροφής.", "free_returns", False),
        # a time counted from the delivery is no delivery time
        (
            "el",
            "Μπορείτε να υπαναχωρήσετε εντός 14 ημερών από την παράδοση του προϊόντος.",
            "delivery_time_days",
            None,
        ),
        (
            "ja",
            "返金はご利用のクレジットカードに行います。",
            "refund_method",
            "original payment method",
        ),
        # listed under a heading about returns alone, a cost put on the shopper is the return's
        ("en", "Returns\nPostage is paid by the customer.", "free_returns", False),
        ("en", "Shipping and returns\nPostage is paid by the customer.", "free_returns", None),
    ],
)
def test_greek_and_japanese_policy_wording(lexicon, lang, text, name, expected):
    assert fact_value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the day the window ends on, written as an ordinal with a full stop
        ("hr", "Proizvod možete vratiti do 15. dana od primitka pošiljke.", 15),
        ("et", "Toote saab tagastada 21. päeva jooksul pärast kättesaamist.", 21),
        ("cs", "Zboží můžete vrátit do 14. dne od převzetí zásilky.", 14),
        # where "14." ends a sentence it is no ordinal: English writes none with a dot
        ("en", "Send returns to dock 14. Days and hours are on the contact page.", None),
    ],
)
def test_an_ordinal_day_ends_the_return_window(lexicon, lang, text, expected):
    """Languages that write "the 30th" as "30." say a return window as the day it ends on."""
    assert fact_value(lexicon, "return_window_days", lang, text) == expected
