import pytest

from benchmark.errors import SpecError
from benchmark.spec.lexicon import detect_language, load_lexicon
from benchmark.text import words

REQUIRED = {"en", "fr", "es", "ro", "de", "it", "pt", "nl"}


def test_all_languages_define_every_intent(lexicon):
    assert set(lexicon.languages) >= REQUIRED
    assert {
        "returns",
        "refund",
        "contact",
        "chat",
        "shipping",
        "faq",
        "order_tracking",
        "cancellation",
        "exchange",
        "gift_card",
        "loyalty",
    } <= lexicon.intents
    for lang in lexicon.languages.values():
        assert set(lang.spec.intents) == lexicon.intents, lang.code


@pytest.mark.parametrize(
    ("lang", "label", "kind", "intent"),
    [
        ("fr", "Retours & remboursements", "links", "returns"),
        ("fr", "Nous contacter", "links", "contact"),
        ("es", "Devoluciones", "links", "returns"),
        ("ro", "Returnări", "links", "returns"),
        ("de", "Rücksendung", "links", "returns"),
        ("de", "Warenrücksendung", "links", "returns"),
        ("it", "Aiuto", "hub", None),
        ("pt", "Ajuda", "hub", None),
        ("nl", "Klantenservice", "hub", None),
        ("nl", "Track & trace", "links", "order_tracking"),
        ("es", "¿Dónde está mi pedido?", "links", "order_tracking"),
        ("ro", "Pot anula comanda?", "page", "cancellation"),
    ],
)
def test_cue_words_from_real_store_labels(lexicon, lang, label, kind, intent):
    assert lexicon.view(lang).best(words(label), kind, intent) is not None


def test_english_cues_work_on_foreign_pages_at_lower_weight(lexicon):
    match = lexicon.view("de").best(words("FAQ"), "links", "faq")
    assert match is not None and match.language in ("de", "en")
    match = lexicon.view("fr").best(words("Tracking"), "links", "order_tracking")
    assert match.language == "en" and match.weight < 1


def test_language_from_html_lang_then_text(lexicon):
    assert detect_language(lexicon, "fr-FR", "") == "fr"
    text = "Wir liefern die Bestellung mit der Post und du kannst sie in der Filiale abholen"
    assert detect_language(lexicon, "", text) == "de"


def test_a_language_without_a_lexicon_is_reported_as_itself_not_as_a_look_alike(lexicon):
    # <html lang="et">: Estonian stays Estonian (read with English cues), never Finnish
    assert detect_language(lexicon, "et", "") == "et"
    assert lexicon.view("et").primary.code == "en"
    estonian = "Kauba saate tagastada neljateistkümne päeva jooksul alates kättesaamisest"
    assert detect_language(lexicon, "", estonian) not in lexicon.languages.keys() - {"en"}
    greek = "Παράδοση σε όλη τη χώρα, επιστροφή προϊόντων εντός δεκατεσσάρων ημερών"
    assert detect_language(lexicon, "", greek) == "und"


def test_languages_of_big_markets_are_read_from_their_text_without_a_lang_attribute(lexicon):
    samples = {
        "ru": "Мы доставим ваш заказ в течение трёх дней, и вы можете вернуть товар,"
        " если он не подошёл",
        "pl": "Możesz zwrócić towar w ciągu trzydziestu dni od dostawy. Zwrot jest bezpłatny, a"
        " pieniądze przelejemy na konto, z którego przyszła płatność, w ciągu tygodnia.",
        "zh": "您可以在收到商品後七天內申請退貨，我們將在確認後為您辦理退款",
        "ar": "يمكنك إرجاع المنتج خلال ثلاثين يوما من تاريخ الاستلام. إذا كان المنتج في حالته"
        " الأصلية، سنعيد المبلغ إلى بطاقتك بعد فحص المنتج، ولا يمكن إرجاع الملابس الداخلية.",
        "sk": "Tovar môžete vrátiť do štrnástich dní od doručenia, a to bez udania dôvodu,"
        " ak sa vám nepáči",
    }
    for code, text in samples.items():
        assert detect_language(lexicon, "", text) == code, code


def test_chinese_cues_match_inside_labels_written_without_spaces(lexicon):
    view = lexicon.view("zh")
    assert view.best(words("退換貨須知與流程"), "links", "returns") is not None
    assert view.best(words("訂單查詢"), "links", "order_tracking") is not None
    assert view.best(words("退換貨須知"), "links", "order_tracking") is None
    assert words("七天內退貨") == ["七", "天", "內", "退", "貨"]


def test_lexicon_file_errors_name_the_file(tmp_path):
    (tmp_path / "en.yaml").write_text("language: en\nname: English\n", encoding="utf-8")
    with pytest.raises(SpecError) as err:
        load_lexicon(tmp_path)
    assert "en.yaml" in str(err.value) and "required field is missing" in str(err.value)


def test_lexicon_needs_english(tmp_path):
    with pytest.raises(SpecError, match="no lexicon files"):
        load_lexicon(tmp_path)


def test_a_label_made_of_two_cues_counts_as_fully_about_the_topic(lexicon):
    zh = lexicon.view("zh")
    # "shipping and freight explained" holds two shipping cues; "shopping process explained"
    # only contains 物流 by accident, across two words (購物 + 流程): no shipping cue at all
    both = zh.best(words("寄送運費說明"), "links", "shipping")
    assert both is not None and both.coverage > 0.6
    assert zh.best(words("購物流程說明"), "links", "shipping") is None
    assert zh.best(words("物流配送說明"), "links", "shipping") is not None
    en = lexicon.view("en")
    two = en.best(words("Shipping & delivery info"), "links", "shipping")
    one = en.best(words("Shipping partners info"), "links", "shipping")
    assert two.coverage > one.coverage


def test_a_language_without_a_lexicon_is_read_with_every_lexicon(lexicon):
    """Danish has no file: its "Kontakt os" is still a contact link (German "Kontakt"),
    English first; a lexicon language keeps its own words and English only."""
    from benchmark.text import words

    da = lexicon.view("da")
    assert da.primary.code == "en" and len(da.languages) == len(lexicon.languages)
    assert da.best(words("Kontakt os"), "links", "contact") is not None
    assert [lang.code for lang, _ in lexicon.view("nl").languages] == ["nl", "en"]
    assert lexicon.view("en").best(words("Kontakt os"), "links", "contact") is None


def test_swedish_is_read_as_swedish_and_its_neighbours_are_not(lexicon):
    """With no <html lang>, a Swedish text is Swedish by its own words; Danish and Norwegian,
    which share many (and fold "för" to "for"), are not taken for it."""
    from benchmark.spec.lexicon import detect_language

    swedish = (
        "Beställ före klockan 15 så skickas paketet samma dag från vårt lager i Borås. "
        "Om något inte passar kan du byta till en annan storlek, och alla returer är gratis."
    )
    danish = (
        "Bestil inden klokken 15, så sendes pakken samme dag fra vores lager i Vejle. "
        "Hvis noget ikke passer, kan du bytte til en anden størrelse. Alle returer er gratis."
    )
    norwegian = (
        "Bestill før klokken 15, så sendes pakken samme dag fra vårt lager i Drammen. "
        "Hvis noe ikke passer, kan du bytte til en annen størrelse, og alle returer er gratis."
    )
    assert detect_language(lexicon, "", swedish) == "sv"
    assert detect_language(lexicon, "", danish) != "sv"
    assert detect_language(lexicon, "", norwegian) != "sv"
