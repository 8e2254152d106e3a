import pytest

from benchmark.measure.extract import (
    delivery_time_days,
    email,
    extract,
    free_shipping_threshold,
    phone,
    return_window_days,
    shipping_cost,
)


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        (
            "en",
            "Changed your mind? Items can be sent back up to 45 days after they arrive, and"
            " the refund follows within 10 business days.",
            45,
        ),
        (
            "fr",
            "Un article ne vous convient pas ? Retournez-le gratuitement sous 100 jours après"
            " sa livraison.",
            100,
        ),
        (
            "es",
            "Dispones de un plazo de 15 días desde la entrega del pedido para solicitar la"
            " devolución.",
            15,
        ),
        ("ro", "Produsele pot fi returnate în termen de 30 de zile de la livrare.", 30),
        (
            "de",
            "Die Rückgabefrist beträgt 30 Tage ab Zustellung der Ware.",
            30,
        ),
        ("nl", "Retourneren kan tot 14 dagen nadat je het pakket hebt ontvangen.", 14),
        ("it", "Hai 14 giorni per effettuare il reso.", 14),
        ("pt", "Tem 30 dias para devolver um artigo.", 30),
        ("en", "Free 30-day returns on every order.", 30),
    ],
)
def test_return_window_in_every_language(lexicon, lang, text, days):
    fact = return_window_days(text, lexicon.view(lang))
    assert fact is not None and fact.value == days
    assert str(days) in fact.snippet


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("de", "Gefällt dir etwas nicht, kannst du es bis zu 60 Tage lang zurückschicken.", 60),
        ("de", "Der Käufer ist verpflichtet, die Ware binnen 14 Tagen zurückzugeben.", 14),
        ("fr", "Vous avez 45 jours pour nous renvoyer un article qui ne vous plaît pas.", 45),
        ("it", "Hai 21 giorni per rispedirci i prodotti non graditi.", 21),
        ("nl", "Je hebt 100 dagen de tijd om een artikel terug te sturen.", 100),
        ("en", "Simply send your order back within 28 days of delivery.", 28),
        ("es", "Si algo no te convence, lo devuelves en un plazo de 15 días.", 15),
        ("pt", "Tem 60 dias para nos devolver as compras que não quiser.", 60),
        ("pl", "Na zwrot towaru kupujący ma 100 dni od dnia odbioru paczki.", 100),
        ("zh", "收到商品後10天內均可辦理退貨。", 10),
        ("zh", "退货须在签收后15天内申请，退款约需7个工作日。", 15),
        ("fr", "Satisfait ou remboursé : vous avez 60 jours.", 60),
        ("en", "Unused items may be returned within sixty (60) days.", 60),
        ("sl", "Blago lahko vrnete v 30 dneh po prejemu.", 30),
        ("sv", "Hos oss har du alltid 60 dagars öppet köp.", 60),
        ("sv", "Vill du returnera en vara har du 14 dagar på dig.", 14),
    ],
)
def test_the_window_as_stores_write_it(lexicon, lang, text, days):
    """Stores write the window with the verb, in its forms (zurückschicken, zurückzugeben,
    renvoyer, rispedirci, terug te sturen, "send your order back"), not only with the noun;
    Chinese without spaces between words or around "天"; "satisfait ou remboursé" (the
    money-back promise, though it holds "remboursé"); "sixty (60) days"; "v 30 dneh"."""
    fact = return_window_days(text, lexicon.view(lang))
    assert fact is not None and fact.value == days


def test_a_word_for_both_return_and_refund_yields_to_the_longer_cue(lexicon):
    """Polish "zwrot" is either; "zwrot towaru" is sending the goods back, "zwrot pieniędzy"
    the money coming back."""
    pl = lexicon.view("pl")
    assert return_window_days("Masz 40 dni na zwrot towaru.", pl).value == 40
    assert return_window_days("Zwrot pieniędzy nastąpi w ciągu 7 dni.", pl) is None


def test_refund_delay_is_not_taken_for_the_return_window(lexicon):
    text = "Refunds are issued to your card within 10 days. You may return items within 45 days."
    assert return_window_days(text, lexicon.view("en")).value == 45


def test_no_number_no_fact(lexicon):
    assert return_window_days("Returns are easy: just send it back.", lexicon.view("en")) is None
    assert email("write to us any time", lexicon.view("en")) is None
    assert phone("call us, we are nice", lexicon.view("en")) is None


def test_shipping_facts(lexicon):
    cues = lexicon.view("de")
    text = (
        "Der Standardversand kostet 4,95 € und dauert 2–3 Werktage. "
        "Ab 75 € liefern wir versandkostenfrei."
    )
    assert shipping_cost(text, cues).value == "4,95 €"
    assert delivery_time_days(text, cues).value == "2–3 business days"
    assert free_shipping_threshold(text, cues).value == "75 €"


def test_contact_facts_normalised(lexicon):
    text = "Ne găsești la telefon 021 310 4455 sau pe email la Contact@CasaVerde.example."
    cues = lexicon.view("ro")
    assert phone(text, cues).value == "+40 21 310 4455"
    assert email(text, cues).value == "contact@casaverde.example"
    found = extract(["email", "phone", "chat_vendor"], text, cues)
    assert set(found) == {"email", "phone"}


@pytest.mark.parametrize(
    ("lang", "text", "cost", "threshold"),
    [
        ("en", "Ground shipping is $8.50. Orders of $120 or more ship free.", "$8.50", "$120"),
        ("en", "Free shipping on all orders $49+ (otherwise $5.99).", "$5.99", "$49"),
        ("fr", "Frais de port : 3,50 €, offerts pour 45 € d'achats et plus.", "3,50 €", "45 €"),
        ("de", "Versand 4,50 €, bei Bestellungen von 80 € oder mehr kostenlos.", "4,50 €", "80 €"),
        ("en", "Free delivery over $60. Orders below $60 ship for a flat $7.50.", "$7.50", "$60"),
        ("ko", "배송비 2,500원 (30,000원 이상 구매 시 무료배송)", "2,500원", "30,000원"),
        (
            "hr",
            "Trošak dostave je 3,50 €. Naručite iznad 60 € i dostava je besplatna.",
            "3,50 €",
            "60 €",
        ),
    ],
)
def test_an_amount_before_or_more_is_the_free_shipping_threshold(
    lexicon, lang, text, cost, threshold
):
    """ "$120 or more", "$49+", "45 € d'achats et plus": the order value from which delivery
    is free, never the price of delivery."""
    cues = lexicon.view(lang)
    assert shipping_cost(text, cues).value == cost
    assert free_shipping_threshold(text, cues).value == threshold


def test_chinese_prices_in_yuan_and_new_taiwan_dollars(lexicon):
    from benchmark.measure.extract.numbers import amounts

    found = amounts("運費NT$120，滿2000元免運", "zh")
    assert [(a.number, a.currency) for a in found] == [(120.0, "TWD"), (2000.0, "元")]
