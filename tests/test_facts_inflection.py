"""Facts in a language that inflects (Russian, Polish, Czech…: "доставка", "доставки",
"доставкой"), and the amounts an order must reach before it may be placed at all. Sentences are
written for these tests the way shops of each market word them."""

import pytest

from benchmark.measure.extract import EXTRACTORS
from benchmark.measure.extract.numbers import amounts
from benchmark.measure.extract.sentences import sentences


def _value(lexicon, name: str, lang: str, text: str):
    fact = EXTRACTORS[name](text, lexicon.view(lang))
    return fact.value if fact else None


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # a cue in another case than the lexicon writes it: "курьерской доставки" is delivery
        ("ru", "Стоимость курьерской доставки по району — 350 ₽.", "shipping_cost", "350 ₽"),
        # the cost put on the buyer, whatever the verb: "за свой счёт" near "покупатель"
        (
            "ru",
            "Возврат товара: покупатель отправляет посылку обратно за свой счёт.",
            "free_returns",
            False,
        ),
        # the law's wording: the refund leaves out what the seller paid to get it back
        (
            "ru",
            "При возврате товара деньги перечисляются за исключением расходов магазина "
            "на обратную пересылку.",
            "free_returns",
            False,
        ),
        # "the seller returns the price … within ten days": the refund's time, in words
        (
            "ru",
            "Магазин возвращает клиенту полную стоимость покупки в течение десяти дней.",
            "refund_delay",
            "10 days",
        ),
        # "Mon–Sat" runs into the weekend: deliveries on Saturday
        ("ru", "Доставка курьером: пн-сб с 10 до 20.", "weekend_shipping", True),
        # "assembling the order" is the store's preparation, not the delivery
        (
            "ru",
            "Сборка заказа занимает 1–2 рабочих дня, после чего посылка едет к вам 3–6 дней.",
            "order_processing_time",
            "1–2 business days",
        ),
        # "больше" (more than) marks the amount above which delivery is free
        (
            "ru",
            "Если сумма заказа больше 2000 руб., доставка бесплатна.",
            "free_shipping_threshold",
            "2000 руб",
        ),
        # "до" (up to) is a bound on the order, the price comes after it
        (
            "ru",
            "Доставка при заказе до 1 500 руб. стоит 199 руб.",
            "shipping_cost",
            "199 руб",
        ),
        # "г." before a city's name ends no sentence
        (
            "ru",
            "Курьерская доставка по г. Казани — 250 руб.",
            "shipping_cost",
            "250 руб",
        ),
    ],
)
def test_russian_cases_costs_and_bounds(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


def test_a_store_paying_at_its_own_expense_puts_no_cost_on_the_shopper(lexicon):
    """ "за свой счёт" (at one's own expense) is the shopper's only where the shopper is named
    close by: here the store pays."""
    text = "Возврат товара: обратную доставку магазин оплачивает за свой счёт."
    assert _value(lexicon, "free_returns", "ru", text) is not False


def test_a_ruble_sign_written_on_the_number():
    """ "800р" and "800 р." are rubles; a short sign in another script than Latin is read on
    the number, while short Latin letters there stay units ("5m", "6ft")."""
    assert [(a.number, a.currency) for a in amounts("от 800р. или 1200 р.", "ru")] == [
        (800.0, "RUB"),
        (1200.0, "RUB"),
    ]
    assert amounts("a 5m cable", "en") == []


def test_a_city_abbreviation_keeps_its_sentence():
    assert sentences("Самовывоз из г. Тулы бесплатно. Курьер — 300 руб.") == [
        "Самовывоз из г. Тулы бесплатно.",
        "Курьер — 300 руб.",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "price"),
    [
        ("en", "We deliver orders with a minimum order value of $25 for $4.95.", 4.95),
        ("de", "Lieferung ab einem Mindestbestellwert von 20 € für 4,90 € pro Bestellung.", 4.90),
        ("ru", "Доставка при минимальной сумме заказа 700 руб. стоит 290 руб.", 290.0),
        ("pl", "Dostawa przy minimalnej wartości zamówienia 30 zł kosztuje 14,99 zł.", 14.99),
    ],
)
def test_a_minimum_order_value_is_no_price_of_delivery(lexicon, lang, text, price):
    """The least an order may come to says nothing of what delivery costs, nor when it is
    free: the price is the one said of the delivery (here, in the same sentence)."""
    cost = EXTRACTORS["shipping_cost"](text, lexicon.view(lang))
    assert cost is not None and cost.number == price, cost
    assert EXTRACTORS["free_shipping_threshold"](text, lexicon.view(lang)) is None


def test_a_minimum_order_alone_gives_no_delivery_price(lexicon):
    text = "Доставка по городу. Минимальная сумма заказа с доставкой составляет 900 руб."
    assert _value(lexicon, "shipping_cost", "ru", text) is None


def test_a_return_word_in_another_case_that_also_names_the_refund_is_no_return(lexicon):
    """Polish "zwroty" (returns) read in any case is "zwrot", which also names the refund:
    after a sentence about refunds, "the longest time for a refund ("zwrotu") is 14 days" is
    the refund's time, not a window to send things back."""
    text = (
        "Zwrot pieniędzy wysyłamy zwykle w ciągu 2 dni od otrzymania paczki. "
        "Najdłuższy czas zwrotu to 14 dni."
    )
    assert _value(lexicon, "return_window_days", "pl", text) is None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a label and its value with no space after the colon ("期限：…") is an item of the
        # heading above it: the window under "退換貨" (returns and exchanges)
        (
            "退換貨須知\n期限：收到商品後10天內，請先來信告知客服人員並附上訂單編號。",
            "return_window_days",
            10,
        ),
        # a time right after the receipt ("收到商品14日內") counts from it: no delivery time
        (
            "配送說明\n收到商品14日內如有問題請聯絡客服，我們會盡快處理您的問題。",
            "delivery_time_days",
            None,
        ),
        # the label says dispatch, the sentence says arrival ("…天內送達"): a delivery time
        ("出貨時間：付款完成後，商品將於5個工作天內送達。", "delivery_time_days", 5),
        ("出貨時間：付款完成後，商品將於5個工作天內送達。", "order_processing_time", None),
    ],
)
def test_chinese_labels_receipts_and_arrivals(lexicon, text, name, expected):
    fact = EXTRACTORS[name](text, lexicon.view("zh"))
    assert (fact.number if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("text", "threshold", "price"),
    [
        # "below 1,500 and under" is the bound the price is said for
        ("運費：訂單金額低於1,500元以下，酌收80元運費。", None, 80.0),
        # "free from the threshold ($599 or $899)": both are thresholds, "or" joins them
        ("免運門檻（$599或是$899），未達門檻酌收70元運費。", 599.0, 70.0),
    ],
)
def test_chinese_bounds_and_thresholds_joined_by_or(lexicon, text, threshold, price):
    cues = lexicon.view("zh")
    got = EXTRACTORS["free_shipping_threshold"](text, cues)
    assert (got.number if got else None) == threshold
    assert EXTRACTORS["shipping_cost"](text, cues).number == price


KO_FROM_DISPATCH = "배송은 판매자가 발송한 날로부터 보통 2~4일 걸립니다."


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # an amount written with its myriad ("5만원" is 50,000 won; "1万円" 10,000 yen) and
        # delivery "exempted" ("면제") above it
        ("ko", "5만원 이상 구매하시면 배송비가 면제됩니다.", "free_shipping_threshold", 50000.0),
        ("ja", "1万円以上のご注文で送料無料となります。", "free_shipping_threshold", 10000.0),
        # "after dispatch, 2–4 business days": counted from the dispatch, the time is the
        # delivery's, not the dispatch's
        ("ko", "도착 예정: 발송 후 2~4영업일 소요", "delivery_time_days", 4.0),
        ("ko", "도착 예정: 발송 후 2~4영업일 소요", "order_processing_time", None),
        # "sent by courier, and you receive it 1–2 days after ordering": the first verb after
        # the time is the arrival
        (
            "ko",
            "택배로 발송되며 주문 후 1~2일(주말 제외) 내에 받아보실 수 있습니다.",
            "delivery_time_days",
            2.0,
        ),
        # "from the day it was dispatched": the particle "로부터" written on "날" (day) counts
        # the time from the dispatch, as "후" (after) does
        ("ko", KO_FROM_DISPATCH, "delivery_time_days", 4.0),
        ("ko", KO_FROM_DISPATCH, "order_processing_time", None),
        # a line broken after a comma goes on in a script without capitals
        (
            "ko",
            "교환/반품의 경우 왕복 배송비를 부담하셔야 하며,\n"
            "상품 개봉 전인 경우에 한하여 가능합니다. (수령 후 10일 이내)",
            "return_window_days",
            10.0,
        ),
    ],
)
def test_korean_myriads_dispatch_and_arrival(lexicon, lang, text, name, expected):
    fact = EXTRACTORS[name](text, lexicon.view(lang))
    assert (fact.number if fact else None) == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "name", "expected"),
    [
        # shekels written with a gershayim, under a returns heading: returning costs money
        ("he", "החזרות\n• החזרה באמצעות שליח בעלות של 35 ש״ח", "free_returns", False),
        # "return it and get full credit up to 21 days from receiving the item": counted from
        # the receipt, the shopper's time to send it back, not the refund's delay
        (
            "he",
            "ניתן להחזיר פריט ולקבל זיכוי מלא עד 21 יום מיום קבלת הפריט.",
            "return_window_days",
            21,
        ),
        # "we will credit your account within 5 business days": the refund's time
        (
            "he",
            "החזרות\nלאחר שהפריט יגיע למחסן, נזכה את חשבונכם תוך 5 ימי עסקים.",
            "refund_delay",
            "5 business days",
        ),
        # "the amount is paid back by the same means of payment": to the original method
        (
            "ar",
            "الاسترجاع: يتم رد المبلغ بنفس وسيلة الدفع التي استخدمتها عند الشراء.",
            "refund_method",
            "original payment method",
        ),
    ],
)
def test_hebrew_and_arabic_receipts_credits_and_payment_means(lexicon, lang, text, name, expected):
    assert _value(lexicon, name, lang, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an article for "one" after the word that times it
        (
            "Refunds are sent to your card within a week of your parcel reaching us.",
            "refund_delay",
            7,
        ),
        (
            "Orders placed before noon leave our warehouse in a business day.",
            "order_processing_time",
            24,
        ),
        # … and nothing times the article in a rate: no time here
        ("Our phone team answers 24 hours a day, 7 days a week.", "response_time", None),
        # a prepaid label that names shipping is still the store paying
        ("Returns: we include a prepaid return shipping label in every box.", "free_returns", True),
        # a credit said to appear on the card is the refund's way back
        (
            "Once we have inspected it, a credit should appear on your original method of payment.",
            "refund_method",
            "original payment method",
        ),
    ],
)
def test_english_articles_labels_and_credits(lexicon, text, name, expected):
    fact = EXTRACTORS[name](text, lexicon.view("en"))
    got = (
        fact.value
        if isinstance(expected, (bool, str)) and fact
        else (fact.number if fact else None)
    )
    assert got == expected, fact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # European Portuguese says the time after "no prazo de"
        ("As encomendas são expedidas no prazo de 2 dias úteis após o pagamento.", 48),
        # a cue with a connector in it ("processar e enviar") times what follows it too
        ("Procuramos processar e enviar cada encomenda no prazo de 3 a 5 dias úteis.", 120),
    ],
)
def test_portuguese_dispatch_within_a_term(lexicon, text, expected):
    fact = EXTRACTORS["order_processing_time"](text, lexicon.view("pt"))
    assert fact is not None and fact.number == expected, fact


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the verb and its negation end the clause, several characters after "exchange"
        ("ja", "サイズ違いによる商品の交換は現在受け付けておりません。", False),
        ("ja", "未使用の商品に限り、到着後7日以内であれば交換を承ります。", True),
        # a negation is a whole word even where words compound: "returneringen" is no "ingen"
        ("sv", "Byten av storlek görs enkelt i samband med returneringen.", True),
    ],
)
def test_a_negation_at_the_end_of_the_clause_refuses_exchanges(lexicon, lang, text, expected):
    assert _value(lexicon, "exchanges_offered", lang, text) is expected
