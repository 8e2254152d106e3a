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
        ("it", "Posso cancellare il mio ordine?", "page", "cancellation"),
        ("it", "Cancellazione ordini", "links", "cancellation"),
        # the FAQ named in the superlative, as often as not
        ("es", "Las preguntas más frecuentes", "page", "faq"),
        ("it", "Le domande più frequenti", "page", "faq"),
        ("nl", "Onze meest gestelde vragen", "links", "faq"),
        ("en", "Our most asked questions", "page", "faq"),
        ("es", "Consulta el seguimiento de tu pedido", "page", "order_tracking"),
        ("es", "Rastrear mi paquete", "links", "order_tracking"),
    ],
)
def test_cue_words_from_real_store_labels(lexicon, lang, label, kind, intent):
    assert lexicon.view(lang).best(words(label), kind, intent) is not None


def test_italian_erasure_of_data_is_no_order_cancellation(lexicon):
    """Italian shops say "cancellare l'ordine" as often as "annullare"; the GDPR's "diritto
    alla cancellazione" of a privacy page names no order."""
    it = lexicon.view("it")
    for heading in ("Diritto alla cancellazione dei dati", "Cancellazione dell'account"):
        assert it.best(words(heading), "page", "cancellation") is None


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
    # <html lang="lt">: Lithuanian stays Lithuanian (read with English cues), never Latvian
    assert detect_language(lexicon, "lt", "") == "lt"
    assert lexicon.view("lt").primary.code == "en"
    lithuanian = "Prekes galite grąžinti per keturiolika dienų nuo jų gavimo dienos"
    assert detect_language(lexicon, "", lithuanian) not in lexicon.languages.keys() - {"en"}
    thai = "ท่านสามารถคืนสินค้าได้ภายในสิบสี่วันนับจากวันที่ได้รับสินค้า"
    assert detect_language(lexicon, "", thai) == "und"


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


@pytest.mark.parametrize(
    ("lang", "label", "kind", "intent", "cue"),
    [
        ("en", "Terms and conditions", "legal", "returns", "terms and conditions"),
        ("en", "Returns and exchanges", "links", "returns", "returns and exchanges"),
        ("es", "Términos y condiciones", "related", "shipping", "términos y condiciones"),
        ("de", "Versand und Rückgabe", "related", "returns", "versand und rückgabe"),
    ],
)
def test_a_cue_written_with_and_matches_the_label_that_says_and(
    lexicon, lang, label, kind, intent, cue
):
    """Cue phrases drop their "and" ("terms and conditions" is "terms conditions"), so the
    label must drop it too: "Terms and conditions" was no legal text, "Terms & Conditions"
    was."""
    found = lexicon.view(lang).best(words(label), kind, intent)
    assert found is not None and found.phrase == cue and found.coverage == 1.0


def test_a_language_without_a_lexicon_is_read_with_every_lexicon(lexicon):
    """Lithuanian has no file: its "Kontaktai" is still a contact link (Czech, German
    "Kontakt"), English first; a lexicon language keeps its own words and English only."""
    from benchmark.text import words

    lt = lexicon.view("lt")
    assert lt.primary.code == "en" and len(lt.languages) == len(lexicon.languages)
    assert lt.best(words("Kontaktai"), "links", "contact") is not None
    assert [lang.code for lang, _ in lexicon.view("nl").languages] == ["nl", "en"]
    assert lexicon.view("en").best(words("Kontaktai"), "links", "contact") is None


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


# Paragraphs as the stores of each market write their help pages (not taken from any page in
# this repository): without <html lang>, each is read as its own language, and neighbours that
# share words (Czech and Slovak, Danish, Norwegian and Swedish, Estonian and Finnish, Japanese
# and Chinese) are told apart.
NEIGHBOURS = {
    "cs": "Objednané zboží odesíláme do dvou pracovních dnů. Pokud vám nebude sedět, můžete ho "
    "vrátit do třiceti dnů, a to bez udání důvodu. Peníze vám pošleme zpět na účet, ze kterého "
    "jste platili, nebo na kartu.",
    "sk": "Objednaný tovar odosielame do dvoch pracovných dní. Ak vám nebude sedieť, môžete ho "
    "vrátiť do tridsiatich dní, a to bez udania dôvodu. Peniaze vám pošleme späť na účet, z "
    "ktorého ste platili, alebo na kartu.",
    "da": "Vi sender din pakke inden for to hverdage. Hvis du ikke er tilfreds med dit køb, kan "
    "du returnere varerne inden for 30 dage, og vi betaler pengene tilbage til det kort, du "
    "brugte. Det er meget nemt, og vores kundeservice hjælper dig gerne.",
    "nb": "Vi sender pakken din innen to virkedager. Hvis du ikke er fornøyd med kjøpet, kan du "
    "returnere varene innen 30 dager, og vi betaler pengene tilbake til kortet du brukte. Det "
    "er veldig enkelt, og kundeservice hjelper deg gjerne om noe er uklart.",
    "et": "Saadame tellimuse teele kahe tööpäeva jooksul. Kui toode ei sobi, võid selle "
    "tagastada 14 päeva jooksul ning me kanname raha tagasi samale kontole, millelt makse "
    "tehti. Palun pane kaasa ka ostutšekk, sest ilma selleta on tagastamine keerulisem.",
    "fi": "Lähetämme tilauksen kahden arkipäivän kuluessa. Jos tuote ei sovi, voit palauttaa "
    "sen 14 päivän kuluessa, ja palautamme rahat samalle tilille, jolta maksu tehtiin. Liitä "
    "mukaan myös kuitti, koska ilman sitä palautus on hankalampaa.",
    "ja": "ご注文いただいた商品は、2営業日以内に発送いたします。商品がお気に召さない場合は、"
    "到着後30日以内であれば返品を承ります。返金はご購入時のお支払い方法にて行います。",
    "zh": "您訂購的商品將於兩個工作天內出貨。如果商品不合適，您可以在收到後三十天內申請退貨，"
    "我們會將款項退回您原本的付款方式。",
    "tr": "Siparişiniz iki iş günü içinde kargoya verilir. Ürün size uymazsa, teslim aldığınız "
    "tarihten itibaren 30 gün içinde iade edebilirsiniz ve ödemeniz kartınıza iade edilir. "
    "Bu işlem için ürünün kullanılmamış olması ve faturanın da gönderilmesi gerekir.",
    "hu": "A rendelést két munkanapon belül feladjuk. Ha a termék nem felel meg, a kézhezvételtől "
    "számított 30 napon belül visszaküldheti, és a vételárat arra a kártyára utaljuk vissza, "
    "amellyel fizetett. Kérjük, a számlát is küldje vissza, mert az ügyintézés így gyorsabb.",
    "el": "Η παραγγελία σας αποστέλλεται μέσα σε δύο εργάσιμες ημέρες. Αν το προϊόν δεν σας "
    "ταιριάζει, μπορείτε να το επιστρέψετε εντός 30 ημερών και θα σας επιστρέψουμε τα χρήματα "
    "στην κάρτα με την οποία πληρώσατε.",
}


@pytest.mark.parametrize("code", sorted(NEIGHBOURS))
def test_newer_languages_are_read_from_their_text_and_told_from_their_neighbours(lexicon, code):
    assert detect_language(lexicon, "", NEIGHBOURS[code]) == code


def test_norwegian_pages_say_no_nb_or_nn_and_are_read_with_one_file(lexicon):
    from benchmark.report.context import without_lexicon
    from benchmark.spec.lexicon import lexicon_codes
    from benchmark.store.record import SiteRun

    for code in ("no", "nb", "nn", "nb-NO"):
        assert lexicon.view(detect_language(lexicon, code, "")).primary.code == "nb"
    assert lexicon.view("iw").primary.code == "he"  # Hebrew's code before 1989
    assert {"no", "nb", "nn"} <= lexicon_codes()
    runs = [
        SiteRun(
            site=name, slug=name, role="competitor", device="desktop", start_url=url, language=lang
        )
        for name, url, lang in [
            ("Fjellsko", "http://127.0.0.1/no", "no"),
            ("Batai", "http://127.0.0.1/lt", "lt"),
        ]
    ]
    assert without_lexicon(runs) == [("Batai", "lt")]


@pytest.mark.parametrize(
    ("lang", "label", "kind", "intent"),
    [
        ("cs", "Reklamace a vrácení zboží", "links", "returns"),
        ("cs", "Doprava a platba", "links", "shipping"),
        ("cs", "Sledování zásilky", "links", "order_tracking"),
        ("da", "Fragt og levering", "links", "shipping"),
        ("da", "Kundeservice", "hub", None),
        ("nb", "Angrerett og retur", "links", "returns"),
        ("nb", "Spor pakken din", "links", "order_tracking"),
        ("et", "Tagastamine", "links", "returns"),
        ("et", "KKK", "links", "faq"),
        ("et", "Tarneinfo", "links", "shipping"),
        ("ja", "返品・交換について", "links", "returns"),
        ("ja", "お問い合わせ", "links", "contact"),
        ("ja", "ご注文状況の確認", "links", "order_tracking"),
        ("ja", "特定商取引法に基づく表記", "legal", "returns"),
        ("tr", "İade ve Değişim", "links", "returns"),
        ("tr", "Kargo Takibi", "links", "order_tracking"),
        ("tr", "Sıkça Sorulan Sorular", "links", "faq"),
        ("hu", "Szállítási információk", "links", "shipping"),
        ("hu", "Elállási jog", "links", "returns"),
        ("el", "Επιστροφές & Αλλαγές", "links", "returns"),
        ("el", "Τρόποι Αποστολής", "links", "shipping"),
        ("fr", "Discuter avec notre chatbot", "links", "chat"),
    ],
)
def test_cue_words_of_the_newer_languages(lexicon, lang, label, kind, intent):
    match = lexicon.view(lang).best(words(label), kind, intent)
    assert match is not None and match.language == lang, match


def test_whole_labels_of_the_newer_languages_are_fully_on_topic(lexicon):
    """The katakana middle dot is punctuation ("返品・交換" is two words, not three); Greek
    "back to the top" is a link to avoid, though it starts with the word for "return"."""
    assert words("返品・交換") == ["返", "品", "交", "換"]
    ja = lexicon.view("ja").best(words("返品・交換について"), "links", "returns")
    assert ja.coverage == 1.0
    el = lexicon.view("el")
    assert el.best(words("Επιστροφή στην αρχή"), "avoid") is not None
    assert el.best(words("Επιστροφές"), "avoid") is None


@pytest.mark.parametrize(
    ("lang", "label", "intent"),
    [
        ("he", "המשלוח", "shipping"),  # the shipping
        ("he", "למדיניות ההחזרות", "returns"),  # to the returns policy
        ("ar", "والشحن", "shipping"),  # and shipping
        ("ar", "بالشحن", "shipping"),  # with shipping
        ("ko", "배송에서", "shipping"),  # at delivery (a particle of two syllables)
        ("ko", "고객센터으로", "contact"),  # to the customer centre
    ],
)
def test_a_word_carrying_a_written_on_affix_matches_the_cue(lexicon, lang, label, intent):
    """Hebrew and Arabic write the article and "and", "to", "with" on the word itself, Korean
    its particles on the end."""
    match = lexicon.view(lang).best(words(label), "links", intent)
    assert match is not None and match.coverage == 1.0, match


def test_an_explanation_word_does_not_dilute_a_chinese_label(lexicon):
    """ "說明" (explanation) ends many Taiwanese help labels, as "information" does English
    ones: "購物流程說明" is as much about the shopping guide as "購物流程"."""
    zh = lexicon.view("zh")
    assert zh.best(words("購物流程說明"), "links", "faq").coverage == 1.0
    assert zh.best(words("運費說明"), "links", "shipping").coverage == 1.0


def test_a_separable_verb_matches_with_its_particle_at_the_end_of_the_clause():
    """German and Dutch put the particle of "zurückschicken", "terugsturen" last: a cue
    written "schick … zurück" finds it up to twelve words on, and no further."""
    from benchmark.phrases import Phrase, find_phrase

    cue = Phrase.of("schick … zurück")
    assert cue.words == ("schick", "zuruck") and cue.gap == 1
    near = words("Schicke das Paket bitte innerhalb von vier Wochen an uns zurück")
    assert find_phrase(near, cue) == 0
    far = words(
        "Schicke uns eine Nachricht über das Formular, und unser Team meldet sich dann so "
        "schnell es geht mit allen Details bei dir zurück"
    )
    assert find_phrase(far, cue) == -1
    assert find_phrase(words("zurück schicken"), cue) == -1


@pytest.mark.parametrize(
    "lang, heading, intent",
    [
        ("sk", "Informácie o doprave", "shipping"),  # locative of "doprava"
        ("ru", "Информация о доставке", "shipping"),  # prepositional of "доставка"
        ("pl", "Warunki dostawy", "shipping"),  # genitive of "dostawa"
        ("cs", "Informace o dopravě", "shipping"),  # locative of "doprava"
        ("lv", "Informācija par piegādi", "shipping"),  # accusative of "piegāde"
        ("it", "Costi delle consegne", "shipping"),  # plural of "consegna"
        ("he", "משלוחים והחזרות", "returns"),  # "ו" (and) on "החזרות", whose "ה" is its own
    ],
)
def test_a_heading_names_its_topic_in_any_case(lexicon, lang, heading, intent):
    assert lexicon.view(lang).best(words(heading), "page", intent) is not None


def test_the_extractors_read_cue_words_as_written(lexicon):
    view = lexicon.view("ru")
    assert view.best(words("о доставке"), "page", "shipping") is not None
    assert view.best(words("о доставке"), "page", "shipping", as_written=True) is None
