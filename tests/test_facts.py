"""Support facts in every lexicon language: stated facts are found, unstated ones never are."""

import pytest

from benchmark.measure.extract import EXTRACTORS

CASES = [
    ("en", "Sending it back costs nothing: use the label in your parcel.", "free_returns", True),
    ("en", "Return shipping is paid by you.", "free_returns", False),
    ("de", "Retouren aus Österreich sind für dich kostenlos.", "free_returns", True),
    ("ro", "Taxa de transport pentru returnare este suportată de client.", "free_returns", False),
    ("es", "Solicita la devolución y un mensajero la recoge sin coste.", "free_returns", True),
    (
        "fr",
        "Le remboursement est effectué sur le moyen de paiement d'origine dès réception du colis.",
        "refund_method",
        "original payment method",
    ),
    ("en", "Refunds are issued as store credit within 3 days.", "refund_method", "store credit"),
    (
        "nl",
        "Na ontvangst van je retour storten we het bedrag binnen 5 werkdagen terug op je rekening.",
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
    (
        "fr",
        "Votre colis quitte notre entrepôt sous 48 heures.",
        "order_processing_time",
        "48 hours",
    ),
    (
        "en",
        "Parcels leave our warehouse on weekdays only; weekend orders go out on Monday.",
        "weekend_shipping",
        False,
    ),
    ("de", "Wir liefern auch samstags.", "weekend_shipping", True),
    (
        "en",
        "Import duties for non-EU countries are paid by the recipient on delivery.",
        "duties_taxes",
        "Import duties for non-EU countries are paid by the recipient on delivery.",
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
        "Suna-ne la 0264 450 200, de luni până sâmbătă între 8:30 și 20:00.",
        "phone_hours",
        "luni până sâmbătă între 8:30 și 20:00",
    ),
    ("en", "Live chat: click the bubble, 7 am – 9 pm Pacific", "chat_hours", "7 am – 9 pm"),
    # hours with no clock mark, after day names; "klo" (o'clock) before them; "~" between
    (
        "it",
        "Assistenza telefonica 02 9988 7766, dal martedì al sabato dalle 10 alle 19.",
        "phone_hours",
        "martedì al sabato dalle 10 alle 19",
    ),
    ("fi", "Soita numeroon 09 123 4567 arkisin klo 8-17.", "phone_hours", "arkisin klo 8-17"),
    ("zh", "客服專線 (04) 2255-6677，服務時間 10:00~19:00。", "phone_hours", "10:00~19:00"),
    ("ko", "고객센터 1600-0000 (평일 10:00~17:00)", "phone_hours", "평일 10:00~17:00"),
    ("en", "We'll reply within two business days.", "response_time", "2 business days"),
    ("de", "Wir antworten innerhalb von 24 Stunden.", "response_time", "24 hours"),
    (
        "es",
        "Los gastos de envío son de 4,99 € por pedido, gratis en compras superiores a 39 €.",
        "shipping_cost",
        "4,99 €",
    ),
    (
        "es",
        "Los gastos de envío son de 4,99 € por pedido, gratis en compras superiores a 39 €.",
        "free_shipping_threshold",
        "39 €",
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
        (
            "it",
            "Chiamaci: 02 9988 7766. Spediamo dal lunedì al venerdì in 2-4 giorni.",
            "phone_hours",
        ),
        ("nl", "Onze klantenservice is bereikbaar van ma–vr 8–17 uur.", "response_time"),
        ("es", "Tu pedido llegará en 3 a 5 días laborables.", "weekend_shipping"),
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


# ---------------------------------------------------------------- numbers a CX lead can trust


def _fact(lexicon, name: str, lang: str, text: str):
    return EXTRACTORS[name](text, lexicon.view(lang))


def test_hours_stay_hours_when_compared_as_days(lexicon):
    fact = _fact(lexicon, "refund_delay", "en", "Your refund is issued within 48 hours.")
    assert fact.value == "48 hours" and (fact.number, fact.unit) == (2, "days")


@pytest.mark.parametrize(
    ("lang", "text", "name", "number", "currency"),
    [
        ("en", "Free shipping on orders over $1,000.", "free_shipping_threshold", 1000, "USD"),
        ("de", "Versandkostenfrei ab 1.000 € Bestellwert.", "free_shipping_threshold", 1000, "EUR"),
        ("en", "Standard shipping to Canada costs C$9.95.", "shipping_cost", 9.95, "CAD"),
        ("pt", "O envio normal custa R$ 19,90.", "shipping_cost", 19.9, "BRL"),
        (
            "fr",
            "La livraison standard coûte 1 250,00 € pour les meubles.",
            "shipping_cost",
            1250,
            "EUR",
        ),
    ],
)
def test_prices_keep_their_thousands_and_their_currency(
    lexicon, lang, text, name, number, currency
):
    fact = _fact(lexicon, name, lang, text)
    assert fact is not None and (fact.number, fact.unit) == (number, currency), fact


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("en", "You may return any item within thirty days of delivery.", 30),
        ("de", "Du kannst Artikel binnen vierzehn Tagen zurücksenden.", 14),
        ("fr", "Vous disposez de quarante-cinq jours pour retourner un article.", 45),
        ("es", "Puedes devolver tu pedido en un plazo de sesenta días.", 60),
        ("it", "Hai novanta giorni per restituire il prodotto.", 90),
        ("pt", "Tem trinta e um dias para devolver a encomenda.", 31),
        ("nl", "Je kunt je bestelling binnen honderd dagen retourneren.", 100),
        ("ro", "Poți returna produsele în douăzeci și unu de zile.", 21),
        ("cs", "Od smlouvy lze odstoupit ve lhůtě čtrnácti dnů od převzetí.", 14),
        ("de", "Bitte schicke die Jacke innerhalb von sechzig Tagen ungetragen an uns zurück.", 60),
        ("nl", "Stuur het artikel binnen veertien dagen ongebruikt naar ons terug.", 14),
        ("sk", "Nepoužitý tovar môžete vrátiť do tridsiatich dní.", 30),
        ("pl", "Towar można zwrócić w ciągu dwudziestu jeden dni od dostawy.", 21),
        ("cs", "Nevhodné zboží nám můžete vrátit do pětadvaceti dnů.", 25),
        ("sv", "Ångerrätten gäller i fjorton dagar från att du tagit emot varan.", 14),
        ("da", "Returfristen er femogtyve dage fra modtagelsen.", 25),
        ("nb", "Du har tretti dagers returrett på alle varer.", 30),
        ("fi", "Tuotteet voi palauttaa neljäntoista päivän kuluessa vastaanotosta.", 14),
        ("et", "Ostu saab tagastada neljateistkümne päeva jooksul.", 14),
        ("lv", "Preci iespējams atgriezt četrpadsmit dienu laikā pēc saņemšanas.", 14),
        ("hu", "A terméket harminc napon belül visszaküldheted.", 30),
        ("el", "Έχετε δικαίωμα επιστροφής εντός τριάντα ημερών.", 30),
        ("ru", "Товар надлежащего качества можно вернуть в течение четырнадцати дней.", 14),
        ("hr", "Kupac može vratiti proizvod u roku od trideset dana.", 30),
        ("sl", "Blago lahko vrnete v petinštiridesetih dneh.", 45),
        ("tr", "Ürünlerinizi on dört gün içinde iade edebilirsiniz.", 14),
        ("zh", "收到商品後享有十四天鑑賞期，可辦理退貨。", 14),
        ("zh", "本店提供七天鑑賞期，不滿意可申請退貨。", 7),
        ("ja", "商品到着後七日以内であれば返品を受け付けます。", 7),
    ],
)
def test_return_windows_written_in_words(lexicon, lang, text, days):
    fact = _fact(lexicon, "return_window_days", lang, text)
    assert fact is not None and fact.value == days, fact


@pytest.mark.parametrize(
    ("lang", "text", "free"),
    [
        ("en", "Returns are free; you pay nothing for the return label.", True),
        ("en", "Free returns. We never charge a return fee.", True),
        ("pt", "Na devolução você não paga nada pelo envio de retorno.", True),
        ("ro", "Costul returului este suportat integral de noi.", True),
        ("fr", "Les frais de retour sont à nos frais, l'étiquette est fournie.", True),
        ("it", "Il reso è a nostro carico.", True),
        ("nl", "Retourneren is voor onze rekening.", True),
        ("es", "La devolución corre de nuestra cuenta.", True),
        ("de", "Die Kosten der Rücksendung übernehmen wir.", True),
        ("en", "Return shipping is at your own expense.", False),
        ("fr", "Le retour n'est pas gratuit.", False),
        ("de", "Rücksendungen sind leider nicht kostenlos.", False),
    ],
)
def test_free_or_paid_returns_understand_negation_and_who_pays(lexicon, lang, text, free):
    fact = _fact(lexicon, "free_returns", lang, text)
    assert fact is not None and fact.value is free, fact


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Return shipping costs depend on the carrier you choose."),
        ("de", "Informationen zu den Rücksendekosten findest du unten."),
        ("pt", "O custo da devolução depende da transportadora."),
        ("tr", "İade kargo ücreti hakkında bilgi aşağıdadır."),
        ("da", "Returgebyret afhænger af, hvor du bor."),
        ("ja", "返品手数料については下記をご覧ください。"),
    ],
)
def test_a_cost_word_alone_is_not_proof_of_paid_returns(lexicon, lang, text):
    assert _fact(lexicon, "free_returns", lang, text) is None


def test_a_negation_must_sit_next_to_the_exchange_word(lexicon):
    """ "Hassle-free exchanges, online only" offers exchanges; "exchanges are not possible"
    does not. A restriction elsewhere in the sentence is not a refusal."""
    from benchmark.measure.extract.exchanges import exchanges_offered

    cases = [
        ("fr", "Échange sans tracas sous 30 jours, uniquement sur notre site.", True),
        ("en", "Easy size exchanges within 60 days, only for full-price items.", True),
        ("en", "Exchanges are not possible on sale items.", False),
        ("de", "Ein Umtausch ist leider nicht möglich.", False),
        ("en", "We are unable to offer exchanges at this time.", False),
    ]
    for lang, sentence, offered in cases:
        fact = exchanges_offered(sentence, lexicon.view(lang))
        assert fact is not None and fact.value is offered, (lang, sentence)


def test_a_statutory_right_said_not_to_apply_is_no_return_window(lexicon):
    from benchmark.measure.extract.policies import return_window_days

    text = (
        "The 14-day right of withdrawal does not apply to opened cosmetics. "
        "Unopened items can be sent back within 60 days of delivery."
    )
    assert return_window_days(text, lexicon.view("en")).value == 60
    de = "Das 14-tägige Widerrufsrecht gilt nicht für versiegelte Waren."
    assert return_window_days(de, lexicon.view("de")) is None


def test_phone_hours_joined_by_the_languages_own_word(lexicon):
    """The word between two times is the language's own: "das 8h às 20h", "od 8:00 do 16:00"."""
    from benchmark.measure.extract.contact import phone_hours

    pt = phone_hours(
        "Atendimento por telefone de segunda a sábado, das 8h às 20h.", lexicon.view("pt")
    )
    hr = phone_hours("Telefon: 01 234 5678, pon – pet od 8:00 do 16:00.", lexicon.view("hr", "HR"))
    assert pt is not None and pt.value == "segunda a sábado, das 8h às 20h"
    assert hr is not None and hr.value.endswith("8:00 do 16:00")
    # without a clock mark a range is not opening hours
    assert phone_hours("Telefone: envio em 2 até 4 dias.", lexicon.view("pt")) is None


def test_a_number_written_after_a_messaging_app_is_not_the_phone_line(lexicon):
    from benchmark.measure.extract.contact import phones

    text = "Atención por WhatsApp: +34 611 222 333. Llámanos al +34 910 111 222."
    assert [f.value for f in phones(text, lexicon.view("es", "ES"))] == ["+34 910 11 12 22"]
    alone = "Assistenza clienti su Telegram +39 333 123 4567"
    assert phones(alone, lexicon.view("it", "IT")) == []


def test_a_toll_free_number_in_running_text_is_a_customer_line(lexicon):
    """Running text only yields dialled numbers or numbers after a phone word, except
    toll-free and shared-cost lines, which exist for customers whatever precedes them."""
    from benchmark.measure.extract.contact import phones

    us = "Guest Relations – 1-888-555-0142, every day from 8 AM to 10 PM Eastern."
    assert [f.value for f in phones(us, lexicon.view("en", "US"), strict=True)] == [
        "+1 888-555-0142"
    ]
    order = "Your parcel 212-555-0199-7 left the depot."  # grouped, but an ordinary number
    assert phones(order, lexicon.view("en", "US"), strict=True) == []


def test_hours_in_the_sentence_after_the_number_and_after_abbreviated_days(lexicon):
    """A number, then its hours in one of the next sentences, is how contact pages often
    say it; an abbreviated day followed by a word ("Sa. von", "pn.–pt. w") does not end
    the sentence. The next sentence naming
    the chat is the chat's hours, not the phone's."""
    from benchmark.measure.extract.contact import chat_hours, phone_hours

    en = lexicon.view("en")
    text = "Ring our team on 0345 600 7000. Lines are open Monday to Saturday, 8am to 6pm."
    assert phone_hours(text, en).value == "Monday to Saturday, 8am to 6pm"
    text = "Ring our team on 0345 600 7000. Our chat agents are online from 10:00 to 16:00."
    assert phone_hours(text, en) is None
    assert chat_hours(text, en).value == "10:00 to 16:00"
    de = lexicon.view("de")
    text = "Telefonisch unter 0221 998877, Sa. von 9 bis 14 Uhr."
    assert phone_hours(text, de).value == "Sa. von 9 bis 14 Uhr"
    pl = lexicon.view("pl")
    text = "Zadzwoń: 61 222 33 44. Konsultanci są dostępni pn.–pt. w godz. 7:00–15:00."
    assert phone_hours(text, pl).value.endswith("7:00–15:00")  # "godz. 7…" is cut there


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "cs",
            "Nepoužité zboží nám můžete vrátit do 30 dnů od převzetí.",
            "return_window_days",
            30,
        ),
        (
            "cs",
            "Doprava stojí 89 Kč, nad 1 500 Kč je zdarma.",
            "free_shipping_threshold",
            "1 500 Kč",
        ),
        (
            "cs",
            "Zákaznická linka +420 225 000 111, po–pá 8:00–18:00",
            "phone_hours",
            "po–pá 8:00–18:00",
        ),
        ("da", "Du har 30 dages returret på alle varer.", "return_window_days", 30),
        (
            "da",
            "Din ordre afsendes inden for 1-2 hverdage.",
            "order_processing_time",
            "1–2 business days",
        ),
        ("nb", "Returen er gratis: bruk returlappen i pakken.", "free_returns", True),
        (
            "et",
            "Kauba saab tagastada 14 päeva jooksul alates kättesaamisest.",
            "return_window_days",
            14,
        ),
        ("et", "Klienditeenindus: tel 600 1234, E–R 9–17", "phone_hours", "E–R 9–17"),
        ("ja", "商品到着後8日以内であれば返品を承ります。", "return_window_days", 8),
        (
            "ja",
            "お問い合わせへの回答は2営業日以内にいたします。",
            "response_time",
            "2 business days",
        ),
        (
            "ja",
            "送料は全国一律550円、5,000円以上のお買い上げで送料無料です。",
            "shipping_cost",
            "550円",
        ),
        (
            "ja",
            "送料は全国一律550円、5,000円以上のお買い上げで送料無料です。",
            "free_shipping_threshold",
            "5,000円",
        ),
        (
            "tr",
            "Ürünü teslim aldıktan sonra 14 gün içinde iade edebilirsiniz.",
            "return_window_days",
            14,
        ),
        (
            "tr",
            "Kargo ücreti 29,90 TL'dir; 250 TL ve üzeri alışverişlerde ücretsiz.",
            "free_shipping_threshold",
            "250 TL",
        ),
        (
            "hu",
            "A terméket 14 napon belül indoklás nélkül visszaküldheti.",
            "return_window_days",
            14,
        ),
        (
            "hu",
            "A szállítási díj 1 490 Ft, 20 000 Ft feletti rendelés esetén ingyenes.",
            "shipping_cost",
            "1 490 Ft",
        ),
        (
            "hu",
            "A szállítási díj 1 490 Ft, 20 000 Ft feletti rendelés esetén ingyenes.",
            "free_shipping_threshold",
            "20 000 Ft",
        ),
        ("hu", "A visszaküldés költsége a vásárlót terheli.", "free_returns", False),
        ("tr", "İade kargo ücreti firmamıza aittir.", "free_returns", True),
        (
            "el",
            "Μπορείτε να επιστρέψετε το προϊόν εντός 14 ημερών από την παραλαβή.",
            "return_window_days",
            14,
        ),
        ("el", "Τα έξοδα επιστροφής βαρύνουν τον πελάτη.", "free_returns", False),
    ],
)
def test_facts_in_the_newer_lexicon_languages(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert fact is not None and fact.value == expected, fact


def test_a_word_after_an_amount_makes_only_the_nearest_amount_a_threshold(lexicon):
    text = "Delivery is $4.95 per order, $60 or more ships free."
    assert _fact(lexicon, "shipping_cost", "en", text).value == "$4.95"
    assert _fact(lexicon, "free_shipping_threshold", "en", text).value == "$60"


def test_a_short_currency_sign_with_a_capital_is_matched_as_written(lexicon):
    # forints are "Ft"; "6 ft" on an English page is a length, never a price
    assert _fact(lexicon, "shipping_cost", "en", "Sofas 7 ft long ship by freight.") is None
    fact = _fact(lexicon, "shipping_cost", "hu", "A házhozszállítás díja 990 Ft.")
    assert fact is not None and (fact.number, fact.unit) == (990, "HUF")


@pytest.mark.parametrize(
    ("lang", "text", "processing", "delivery"),
    [
        (
            "en",
            "Orders leave our warehouse the same day and reach you in 2–4 business days.",
            "same day",
            "2–4 business days",
        ),
        (
            "da",
            "Vi sender samme dag, og leveringstiden er 1-3 hverdage.",
            "same day",
            "1–3 business days",
        ),
        (
            "en",
            "Parcels are dispatched within 24 hours and delivered in 3–5 days.",
            "24 hours",
            "3–5 days",
        ),
        ("et", "Tellimused saadame teele samal päeval.", "same day", None),
        ("ja", "ご注文は即日発送、2〜3営業日でお届けします。", "same day", "2–3 business days"),
    ],
)
def test_a_sentence_with_both_times_gives_each_its_own(lexicon, lang, text, processing, delivery):
    """The time an order takes to leave and the time it takes to arrive, said in one sentence,
    are two facts; the same day said first is the processing time, never the delivery's."""
    fact = _fact(lexicon, "order_processing_time", lang, text)
    assert fact is not None and fact.value == processing, fact
    fact = _fact(lexicon, "delivery_time_days", lang, text)
    assert (fact.value if fact else None) == delivery, fact


def test_times_joined_by_a_wave_dash(lexicon):
    fact = _fact(lexicon, "phone_hours", "ja", "お電話：0120-123-456（受付時間 平日10:00〜17:00）")
    assert fact is not None and fact.value == "平日10:00〜17:00"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Leverans inom 1–3 vardagar med PostNord."),
        ("da", "Levering tager 1-3 hverdage med GLS."),
        ("nb", "Levering tar 2–4 virkedager."),
        ("zh", "商品將於3-5個工作日內送達。"),
        ("he", "המשלוח מגיע תוך 3 ימי עבודה."),
        ("el", "Οι παραγγελίες παραδίδονται σε 1-3 εργάσιμες ημέρες."),
    ],
)
def test_a_delivery_time_in_business_days_says_nothing_of_weekends(lexicon, lang, text):
    """ "Within 1–3 business days" is how long, not "no weekend deliveries"."""
    assert _fact(lexicon, "weekend_shipping", lang, text) is None
    assert _fact(lexicon, "delivery_time_days", lang, text) is not None


def test_a_business_days_word_still_starts_opening_hours(lexicon):
    fact = _fact(lexicon, "phone_hours", "sv", "Ring oss på 08-123 456 78, vardagar 9–17.")
    assert fact is not None and fact.value == "vardagar 9–17"


@pytest.mark.parametrize(
    ("lang", "text", "hours"),
    [
        ("pl", "Biuro obsługi klienta: tel. 58 123 45 67. Czynne godz. 9–17.", "9–17"),
        ("pl", "Zadzwoń do nas: tel. 58 123 45 67, pn.–pt. 9–17", "pn.–pt. 9–17"),
        ("de", "Unsere Hotline 030 1234567 erreichen Sie Mo.–Fr. 8–20 Uhr.", "Mo.–Fr. 8–20 Uhr"),
    ],
)
def test_an_abbreviation_before_a_number_does_not_end_the_sentence(lexicon, lang, text, hours):
    fact = _fact(lexicon, "phone_hours", lang, text)
    assert fact is not None and fact.value == hours, fact


def test_a_short_word_that_ends_a_sentence_before_a_number_still_ends_it():
    from benchmark.measure.extract.common import sentences

    assert sentences("We ship to the EU. 30 days to return.") == [
        "We ship to the EU.",
        "30 days to return.",
    ]


def test_under_the_threshold_the_price_named_after_the_word_is_the_shipping_cost(lexicon):
    """ "滿1000元免運，未滿收取運費80元": free from 1000; under it, shipping costs 80."""
    text = "滿1000元免運，未滿收取運費80元。"
    assert _fact(lexicon, "shipping_cost", "zh", text).value == "80元"
    assert _fact(lexicon, "free_shipping_threshold", "zh", text).value == "1000元"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Returneringen er gratis, og labelen ligger i pakken."),
        ("nb", "Returen er gratis når bestillingen sendes tilbake innen 30 dager."),
        ("de", "Kostenlose Rücksendung bei Nichtgefallen."),
    ],
)
def test_a_negation_is_a_whole_word_even_where_words_compound(lexicon, lang, text):
    """Danish and Norwegian "-ingen" (the …ing) is not "ingen" (none), nor is German
    "Nichtgefallen" (not liking it) a "nicht"."""
    fact = _fact(lexicon, "free_returns", lang, text)
    assert fact is not None and fact.value is True, fact


def test_a_processing_time_is_no_delivery_option_time(lexicon):
    text = "Pakiautomaati tarne maksab 2,99 €.\nTellimused saadame teele 1-2 tööpäeva jooksul."
    assert _fact(lexicon, "delivery_times", "et", text) is None
    assert _fact(lexicon, "order_processing_time", "et", text).value == "1–2 business days"


def test_a_pickup_point_is_not_a_po_box(lexicon):
    assert _fact(lexicon, "po_box", "da", "Levering til pakkeshop koster 39 kr.") is None
    fact = _fact(lexicon, "po_box", "da", "Vi leverer også til pakkeautomater.")
    assert fact is not None and fact.value is True


def test_han_numerals_are_read_where_their_digits_fit():
    from benchmark.measure.extract.numbers import han_value, spelled_to_digits

    assert [han_value(n) for n in ("十四", "三十", "二十一", "一百二十", "兩")] == [
        14,
        30,
        21,
        120,
        2,
    ]
    assert han_value("三四") is None  # "three or four": not one number
    # offsets stay: every number keeps the width of its characters
    assert spelled_to_digits("約三十天送達", [("zh", ())]) == "約30天送達"
    # a lone 一 is in too many words ("一般", "統一"); a lone 十 has no room for "10"
    assert spelled_to_digits("一般宅配十天", [("zh", ())]) == "一般宅配十天"


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "ja",
            "ご注文確定後、2営業日以内に出荷いたします。",
            "order_processing_time",
            "2 business days",
        ),
        ("zh", "訂單成立後約三個工作天內出貨。", "order_processing_time", "3 business days"),
        ("ko", "결제 완료 후 2일 이내 출고됩니다.", "order_processing_time", "2 days"),
        (
            "tr",
            "Siparişleriniz 1-2 iş günü içinde kargoya verilir.",
            "order_processing_time",
            "1–2 business days",
        ),
        (
            "hu",
            "A csomagot 1 munkanapon belül feladjuk.",
            "order_processing_time",
            "1 business day",
        ),
        ("zh", "客服人員將於兩個工作天內回覆您的來信。", "response_time", "2 business days"),
        (
            "ja",
            "メールでのお問い合わせには3営業日以内にご返信いたします。",
            "response_time",
            "3 business days",
        ),
        ("zh", "預計三至五個工作天送達。", "delivery_time_days", "3–5 business days"),
        ("ko", "배송은 2~3일 소요됩니다.", "delivery_time_days", "2–3 days"),
    ],
)
def test_languages_that_write_the_time_before_its_verb(lexicon, lang, text, name, expected):
    """Japanese, Chinese, Korean, Turkish and Hungarian say "in 2 days ship": the processing
    or reply cue follows the time it gives."""
    fact = _fact(lexicon, name, lang, text)
    assert fact is not None and fact.value == expected, fact


def test_a_time_before_the_verb_counts_only_where_the_language_says_it_so(lexicon):
    text = "Standard parcels arrive in 3-5 days ship from our Leeds warehouse."
    assert _fact(lexicon, "order_processing_time", "en", text) is None


@pytest.mark.parametrize(
    ("lang", "text", "hours"),
    [
        ("en", "Our support team replies to e-mails within 2 business days.", 48),
        ("de", "Wir beantworten jede Nachricht innerhalb von 24 Stunden.", 24),
        ("ja", "お問い合わせには2営業日以内に返信いたします。", 48),
    ],
)
def test_a_reply_time_is_no_delivery_time(lexicon, lang, text, hours):
    assert _fact(lexicon, "delivery_time_days", lang, text) is None
    fact = _fact(lexicon, "response_time", lang, text)
    assert fact is not None and fact.number == hours, fact


def test_within_alone_is_no_processing_time(lexicon):
    text = "يمكنك إرجاع المنتج خلال 14 يوما من تاريخ الاستلام."
    assert _fact(lexicon, "order_processing_time", "ar", text) is None
    assert _fact(lexicon, "return_window_days", "ar", text).value == 14


def test_a_page_without_a_lexicon_reads_only_english_number_words(lexicon):
    """Catalan has no lexicon: its "tres" (3) must not be read as Danish "tres" (60)."""
    from benchmark.measure.extract.durations import number_languages

    assert [code for code, _ in number_languages(lexicon.view("ca"))] == ["en"]
    assert [code for code, _ in number_languages(lexicon.view("da"))] == ["da", "en"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Please allow 2-3 business days for order processing.",
            "order_processing_time",
            "2–3 business days",
        ),
        (
            "fr",
            "Comptez 24 à 48 heures de préparation avant l'envoi.",
            "order_processing_time",
            "24–48 hours",
        ),
        ("en", "Please allow 2-3 business days for order processing.", "delivery_time_days", None),
        (
            "en",
            "Please allow 3-5 business days for delivery.",
            "delivery_time_days",
            "3–5 business days",
        ),
    ],
)
def test_a_processing_word_after_its_time(lexicon, lang, text, name, expected):
    """ "… for processing" gives the time written before it, in any language."""
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("en", "Our chat team is online 24/7 to help.", "chat_hours", "24/7"),
        (
            "de",
            "Die Hotline 030 123456 ist rund um die Uhr erreichbar.",
            "phone_hours",
            "rund um die Uhr",
        ),
        ("zh", "真人線上客服全天候為您解答。", "chat_hours", "全天候"),
        ("zh", "線上客服將於24小時內回覆您。", "chat_hours", None),
    ],
)
def test_hours_round_the_clock(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "es",
            "Recibirás tu pedido en 24/48 horas laborables.",
            "delivery_time_days",
            "24–48 business hours",  # hours on working days, slower than 48 hours
        ),
        ("it", "La consegna avviene in 48 ore.", "delivery_time_days", "48 hours"),
        ("tr", "Müşteri hizmetlerimiz 7/24 saat hizmetinizdedir.", "delivery_time_days", None),
        (
            "de",
            "Die Rückzahlung auf dein Konto erfolgt binnen 10 Tagen.",
            "refund_delay",
            "10 days",
        ),
        ("nl", "Op alle artikelen geldt 30 dagen bedenktijd.", "return_window_days", 30),
    ],
)
def test_ranges_hours_and_words_stores_use(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Most parcels arrive within 2-4 business days.", "2–4 business days"),
        ("es", "Tu compra llegará en 2 a 4 días.", "2–4 days"),
        ("it", "Riceverai il tuo ordine entro 3 giorni lavorativi.", "3 business days"),
        ("nl", "Vandaag besteld, binnen 1 werkdag in huis.", "1 business day"),
        ("en", "You will receive a confirmation email within 24 hours.", None),
    ],
)
def test_a_delivery_time_said_as_the_order_arriving(lexicon, lang, text, expected):
    fact = _fact(lexicon, "delivery_time_days", lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Fragen? Schreib an hilfe(at)mein-laden.de oder ruf uns an.", "hilfe@mein-laden.de"),
        ("en", "Write to care [at] shopname [dot] co [dot] uk for help.", "care@shopname.co.uk"),
        ("ja", "メール：info＠sample-store.jp までご連絡ください。", "info@sample-store.jp"),
        ("en", "Visit us (at) our flagship store on Main Street.", None),
    ],
)
def test_e_mail_addresses_written_around_spam_filters(lexicon, lang, text, expected):
    fact = _fact(lexicon, "email", lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "All refunds are processed within 7 days of approval.",
            "order_processing_time",
            None,
        ),
        ("en", "All refunds are processed within 7 days of approval.", "refund_delay", "7 days"),
        ("en", "Every order comes with a 14 day cooling-off period.", "return_window_days", 14),
        ("de", "Die Rückgabe ist innerhalb eines Monats möglich.", "return_window_days", 30),
        ("sv", "Vi erbjuder en månads öppet köp på allt.", "return_window_days", 30),
        ("da", "Du har en måneds returret.", "return_window_days", 30),
    ],
)
def test_refund_processing_and_a_month_in_the_genitive(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Money back to your card\nWithin 3–5 Business Days", None),
        ("de", "Die Gutschrift erfolgt nach 5 Werktagen.", None),
        ("pl", "Paczka dotrze do Ciebie w 2 dni robocze.", "2 business days"),
        ("el", "Η παραγγελία σας θα φτάσει σε 2-4 εργάσιμες ημέρες.", "2–4 business days"),
    ],
)
def test_a_business_days_word_alone_is_no_delivery(lexicon, lang, text, expected):
    """ "Business days" proves a shipping page, not a sentence: a delivery time needs the
    sentence to speak of delivery or of the order arriving."""
    fact = _fact(lexicon, "delivery_time_days", lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Orders are usually processed within 2 business days.",
            "order_processing_time",
            "2 business days",
        ),
        ("en", "In-stock items ship out within 48 hours.", "order_processing_time", "48 hours"),
        (
            "en",
            "It can take up to 24 business hours to process your order.",
            "order_processing_time",
            "24 business hours",
        ),
        (
            "en",
            "Parcels are delivered within 4-6 business days.",
            "delivery_time_days",
            "4–6 business days",
        ),
        ("es", "Entregamos en 24/48h en la península.", "delivery_time_days", "24–48 hours"),
        ("nl", "Besteld voor 22u, binnen 24u geleverd.", "delivery_time_days", "24 hours"),
    ],
)
def test_shipping_pages_as_stores_write_them(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "If you cancel, you bear the direct cost of sending the goods back.",
            "free_returns",
            False,
        ),
        # free for a fault only: a shopper who changed their mind still pays
        ("en", "We will bear the cost of returning faulty goods.", "free_returns", None),
        (
            "de",
            "Sie tragen die unmittelbaren Kosten, wenn Sie Waren zurücksenden.",
            "free_returns",
            False,
        ),
        ("de", "Die Versand- und Rücksendekosten bezahlt der Käufer.", "free_returns", False),
        (
            "fr",
            "Vous devrez prendre en charge les frais de renvoi des articles.",
            "free_returns",
            False,
        ),
        ("nl", "U draagt de rechtstreekse kosten van het retourneren.", "free_returns", False),
        ("pl", "Koszty odesłania towaru ponosi klient.", "free_returns", False),
        (
            "en",
            "We reimburse you using the same means of payment you used.",
            "refund_method",
            "original payment method",
        ),
        (
            "de",
            "Die Rückzahlung erfolgt über dasselbe Zahlungsmittel wie bei der Bestellung.",
            "refund_method",
            "original payment method",
        ),
        (
            "nl",
            "We betalen je terug met hetzelfde betaalmiddel.",
            "refund_method",
            "original payment method",
        ),
        (
            "fr",
            "Nous vous rembourserons au plus tard 14 jours après votre demande.",
            "refund_delay",
            "14 days",
        ),
        (
            "it",
            "Ti saranno rimborsati tutti gli importi entro 14 giorni.",
            "refund_delay",
            "14 days",
        ),
        ("es", "Puedes desistir de la compra en un plazo de 30 días.", "response_time", None),
        (
            "en",
            "We refund all payments, including the costs of delivery, within 14 days.",
            "delivery_time_days",
            None,
        ),
    ],
)
def test_withdrawal_notices_as_eu_shops_word_them(lexicon, lang, text, name, expected):
    """The statutory withdrawal notice every EU shop publishes says who pays for sending the
    goods back and how the money comes back; its refund sentence is no delivery time."""
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


def test_items_listed_under_a_heading_take_its_topic(lexicon):
    """Shipping pages list their figures under headings ("Delivery times" / "France: 2–4
    business days") or after a lead-in ending in a colon; each item is about its heading."""
    text = "\n".join(
        [
            "Order preparation",
            "1–2 business days",
            "Delivery times",
            "- Mainland: 2 to 4 business days",
            "- Islands: 5 to 8 business days",
            "What it costs",
            "- Shipping costs",
            "- Locker pickup: $3.50",
            "Once your parcel has left us, it reaches you in:",
            "- Canada: 6–9 days",
        ]
    )
    view = lexicon.view("en")
    assert EXTRACTORS["order_processing_time"](text, view).value == "1–2 business days"
    assert EXTRACTORS["delivery_time_days"](text, view).value == "2–4 business days"
    assert EXTRACTORS["shipping_cost"](text, view).value == "$3.50"


def test_a_long_sentence_under_a_heading_must_say_its_own_topic(lexicon):
    text = (
        "Delivery\n"
        "Our founders started the company in 2015 and spent 10 days a year in the mountains."
    )
    assert EXTRACTORS["delivery_time_days"](text, lexicon.view("en")) is None


def test_a_range_with_the_unit_after_each_number(lexicon):
    fact = _fact(lexicon, "delivery_times", "fr", "Livraison express en 24h/48h : 9,90 €")
    assert fact is not None and fact.value == "Express: 24–48 hours", fact


def test_a_figure_takes_the_label_under_it_when_its_heading_says_nothing(lexicon):
    """Hero and stat cards put the figure over its label ("60 days" / "to change your mind");
    a list's last item still belongs to its own heading, not to the next section's."""
    text = "At a glance\n60 Days\nReturn period\nMoney back\nIn 3–5 business days\nHow it works"
    view = lexicon.view("en")
    assert EXTRACTORS["return_window_days"](text, view).value == 60
    assert EXTRACTORS["refund_delay"](text, view).value == "3–5 business days"
    listed = "Delivery times\n- Mainland: 2-4 days\nReturns\nSend it back within 30 days."
    assert EXTRACTORS["delivery_time_days"](listed, view).value == "2–4 days"
    assert EXTRACTORS["return_window_days"](listed, view).value == 30


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Free shipping on orders over $75, mainland US only.",
            "free_shipping_threshold",
            "$75",
        ),
        ("es", "Envío gratis desde 40 € (solo península).", "free_shipping_threshold", "40 €"),
        (
            "es",
            "Con compras de más de 40 €, el envío no es gratuito.",
            "free_shipping_threshold",
            None,
        ),
        (
            "en",
            "Orders placed over the weekend are shipped the next business day.",
            "weekend_shipping",
            False,
        ),
        (
            "es",
            "Los pedidos se procesarán en un plazo de 2 días hábiles.",
            "order_processing_time",
            "2 business days",
        ),
        (
            "en",
            "Allow 7-10 business days for us to receive and process your return.",
            "return_window_days",
            None,
        ),
        ("es", "Los gastos de devolución son responsabilidad del cliente.", "free_returns", False),
    ],
)
def test_restrictions_weekend_orders_and_handling_returns(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


def test_a_lead_in_reaches_through_the_sub_heading_under_it(lexicon):
    text = (
        "Delivery times:\nIn Germany\n(mainland, islands excluded) 2/4 business days after payment."
    )
    assert EXTRACTORS["delivery_time_days"](text, lexicon.view("en")).value == "2–4 business days"


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "it",
            "Il corriere consegna dalle 24 alle 48 ore dalla spedizione.",
            "delivery_time_days",
            "24–48 hours",
        ),
        ("it", "Offriamo una garanzia di rimborso di 60 giorni.", "return_window_days", 60),
        (
            "it",
            "Gli ordini vengono spediti entro 2 giorni lavorativi.",
            "order_processing_time",
            "2 business days",
        ),
        ("en", "Try it with our 90-day money-back guarantee.", "return_window_days", 90),
    ],
)
def test_italian_ranges_and_money_back_guarantees(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Once your return is approved, it takes up to 10 days to process your refund.",
            "refund_delay",
            "10 days",
        ),
        (
            "en",
            "Once your return is approved, it takes up to 10 days to process your refund.",
            "return_window_days",
            None,
        ),
        (
            "en",
            "Unworn items can be returned within 45 days for a full refund.",
            "return_window_days",
            45,
        ),
        (
            "nl",
            "Zodra je retour binnen is, duurt het maximaal 10 dagen om je restitutie te verwerken.",
            "refund_delay",
            "10 days",
        ),
        (
            "nl",
            "Je bent zelf verantwoordelijk voor de kosten van het retourneren.",
            "free_returns",
            False,
        ),
        (
            "nl",
            "Bestellingen die voor 20:00 binnen zijn, worden dezelfde dag nog verstuurd.",
            "order_processing_time",
            "same day",
        ),
        (
            "nl",
            "Verzending & retour\nOnder de 50 euro betaal je voor verzending € 4,95.",
            "shipping_cost",
            "€ 4,95",
        ),
    ],
)
def test_whose_time_it_is_and_shipping_under_a_mixed_heading(lexicon, lang, text, name, expected):
    """A return named in another clause is the event the refund waits for, not its owner;
    a sentence that speaks of shipping is about shipping under "Shipping & Returns" too."""
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We pay the money back to your card, within 5 days from receipt of your return."),
        ("it", "Ti rimborsiamo sulla carta usata, entro 5 giorni dal ricevimento del reso."),
        (
            "de",
            "Wir erstatten den Betrag auf dein Konto, spätestens 5 Tage nach Eingang der "
            "Rücksendung.",
        ),
    ],
)
def test_a_return_named_as_the_day_a_refund_counts_from(lexicon, lang, text):
    """ "Within 5 days from receipt of your return": the return is when the refund's clock
    starts; the 5 days are the refund's, and no return window."""
    assert _fact(lexicon, "return_window_days", lang, text) is None
    fact = _fact(lexicon, "refund_delay", lang, text)
    assert fact is not None and fact.value == "5 days", fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "pl",
            "Czas realizacji zamówienia wynosi 1-3 dni robocze.",
            "order_processing_time",
            "1–3 business days",
        ),
        ("pl", "Koszty odesłania zwrotnego obciążają klienta.", "free_returns", False),
        ("pl", "Masz 30 dni na zwrot zakupionego produktu.", "return_window_days", 30),
        ("pl", "Masz 30 dni na zwrot zakupionego produktu.", "refund_delay", None),
    ],
)
def test_polish_shops_wording(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("sv", "Fraktfritt vid köp över 499 kr.", "free_shipping_threshold", "499 kr"),
        ("sv", "Vi levererar till ditt närmaste postombud.", "po_box", None),
        ("de", "Abholung in jeder Postfiliale möglich.", "po_box", None),
        ("sv", "Frakt och retur\nExpressleverans (1-2 dagar)", "return_window_days", None),
        ("sv", "Frakt och retur\nExpressleverans (1-2 dagar)", "delivery_time_days", "1–2 days"),
    ],
)
def test_swedish_free_shipping_pickup_points_and_a_shipping_line_under_a_mixed_heading(
    lexicon, lang, text, name, expected
):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "pt",
            "Prazo de postagem: 1 dia útil após a aprovação do pedido.",
            "order_processing_time",
            "1 business day",
        ),
        (
            "pt",
            "O estorno aparece na fatura do cartão em até 2 faturas.",
            "refund_method",
            "original payment method",
        ),
        (
            "en",
            "Refunds go back to your card once we have checked the parcel.",
            "refund_method",
            "original payment method",
        ),
    ],
)
def test_brazilian_posting_time_and_card_refunds(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        ("zh", "本店全館滿1500元免運費，未滿收取運費100元", "free_shipping_threshold", "1500元"),
        ("zh", "本店全館滿1500元免運費，未滿收取運費100元", "shipping_cost", "100元"),
        ("zh", "非瑕疵品之退貨運費由買家負擔", "free_returns", False),
    ],
)
def test_chinese_cue_words_survive_segmentation(lexicon, lang, text, name, expected):
    """The segmenter glued "元免" in "1500元免運費" and hid 免運 (free shipping): the
    lexicon's Chinese cue words are words of its dictionary."""
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Items may be sent back up to 21 calendar days after delivery.",
            "return_window_days",
            21,
        ),
        ("de", "Sie können innerhalb von 30 Kalendertagen zurücksenden.", "return_window_days", 30),
        (
            "en",
            "After 60 days have gone by, sadly we cannot give you a refund.",
            "refund_delay",
            None,
        ),
        (
            "en",
            "After 60 days have gone by, sadly we cannot give you a refund or exchange.",
            "exchanges_offered",
            True,
        ),
        (
            "en",
            "Sorry, we cannot offer a refund or exchange on sale items.",
            "exchanges_offered",
            False,
        ),
        (
            "en",
            "We never charge for returns and you can exchange anything.",
            "exchanges_offered",
            True,
        ),
        ("en", "If you are not happy, send it back within 30 days.", "return_window_days", 30),
        (
            "de",
            "Die Kosten für die Retoure ziehen wir vom Erstattungsbetrag ab.",
            "free_returns",
            False,
        ),
        ("de", "Die Rücksendekosten werden vom Kunden getragen.", "free_returns", False),
        (
            "en",
            "You will be responsible for paying the postage to send items back.",
            "free_returns",
            False,
        ),
    ],
)
def test_refusals_limits_and_who_pays_as_policy_pages_say_it(lexicon, lang, text, name, expected):
    """A refund said not to happen owns no duration; an exchange refused after a time is a
    time limit on exchanges that are offered; a refusal does not reach past an "and"."""
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


def test_a_table_cell_takes_its_column_header(lexicon):
    text = (
        "Option\tTransit time\tPreparation time\tFee\n"
        "Ground\t4-6 business days\t2 business days\t$7.50"
    )
    view = lexicon.view("en")
    assert EXTRACTORS["delivery_time_days"](text, view).value == "4–6 business days"
    assert EXTRACTORS["order_processing_time"](text, view).value == "2 business days"


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Phone lines (0800 111 2222) open Mon-Fri 8:30 am GMT until 6 pm.",
            "phone_hours",
            "Mon-Fri 8:30 am GMT until 6 pm",
        ),
        ("en", "Saturday delivery is offered in most postcodes.", "weekend_shipping", True),
        ("en", "Weekends and bank holidays can slow down delivery.", "weekend_shipping", None),
        ("en", "Weekend orders won't ship until Monday.", "weekend_shipping", False),
        (
            "en",
            "Most orders ship the same or next business day.",
            "order_processing_time",
            "same day",
        ),
    ],
)
def test_time_zones_weekend_services_and_next_day_dispatch(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Parcels take between 3 and 5 business days to arrive.",
            "delivery_time_days",
            "3–5 business days",
        ),
        (
            "de",
            "Die Lieferung dauert zwischen 2 und 4 Werktagen.",
            "delivery_time_days",
            "2–4 business days",
        ),
        (
            "pl",
            "Przesyłka dotrze od 2 do 3 dni roboczych.",
            "delivery_time_days",
            "2–3 business days",
        ),
        (
            "fr",
            "Votre commande est envoyée sous 2 jours puis reçue dans un délai de 3 à 5 jours "
            "ouvrables.",
            "order_processing_time",
            "2 days",
        ),
        (
            "fr",
            "Les remboursements sont crédités sur le mode de paiement original.",
            "refund_method",
            "original payment method",
        ),
        (
            "fr",
            "Comptez 10 jours ouvrés pour le traitement des retours.",
            "refund_delay",
            "10 business days",
        ),
    ],
)
def test_between_ranges_and_french_policy_wording(lexicon, lang, text, name, expected):
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        (
            "en",
            "Once 45 days have passed since your order, sadly we can't give you a refund.",
            "return_window_days",
            45,
        ),
        (
            "en",
            "Once 45 days have passed since your order, sadly we can't give you a refund.",
            "refund_delay",
            None,
        ),
        (
            "es",
            "Si han pasado 15 días desde su compra, no podemos ofrecerle un reembolso.",
            "return_window_days",
            15,
        ),
        (
            "es",
            "El reembolso se abona en su tarjeta de crédito o método de pago original.",
            "refund_method",
            "original payment method",
        ),
        (
            "it",
            "Il rimborso avviene sulla carta di credito utilizzata.",
            "refund_method",
            "original payment method",
        ),
        ("tr", "İade tutarı kredi kartınıza yansıtılır.", "refund_method", None),
    ],
)
def test_a_refusal_after_days_since_purchase_and_credit_cards(lexicon, lang, text, name, expected):
    """ "If 30 days have gone by since your purchase, we can't offer a refund" is a 30-day
    return window (the template of countless shops); a credit card is no store credit."""
    fact = _fact(lexicon, name, lang, text)
    assert (fact.value if fact else None) == expected, fact


def test_chinese_and_japanese_headings_are_counted_in_words_not_characters(lexicon):
    """ "商品の引渡し時期" (when the goods are handed over: the delivery time a Japanese shop must
    state) is a short heading, though it is eight characters."""
    text = "返品送料\n不良品の場合は当社負担\n商品の引渡し時期\nご注文後通常5日以内"
    fact = EXTRACTORS["delivery_time_days"](text, lexicon.view("ja"))
    assert fact is not None and fact.value == "5 days", fact
    assert EXTRACTORS["return_window_days"](text, lexicon.view("ja")) is None


def test_a_japanese_shop_ships_in_a_week(lexicon):
    fact = _fact(lexicon, "order_processing_time", "ja", "在庫がある商品は1週間程度で発送します。")
    assert fact is not None and fact.value == "1 week", fact
