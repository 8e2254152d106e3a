"""How real stores write things, checked on hand-made views (no demo sentences): the page
that answers without stating a number, contact details in the footer, phone numbers in the
country the store serves, help centres on a sister host."""

import pytest

from benchmark.agent.contract import Link, PageView
from benchmark.measure.answer import check_goal
from benchmark.measure.channels import find_channels
from benchmark.measure.extract.contact import phone, phones
from benchmark.measure.help import question_units, task_sentence
from benchmark.politeness import HostPolicy
from benchmark.spec.lexicon import page_country

from .factories import fact_value
from .test_agent_units import link, page, section

POLICY = (
    "Changed your mind? Items can be sent back unworn with their tags. Start your return from "
    "your account, print the label and drop the parcel at any post office. Once the returned "
    "items reach our warehouse we inspect them and refund the amount to your original payment "
    "method. Sale items can be returned too, except underwear and gift cards."
)


def test_a_returns_page_that_states_no_window_is_still_the_answer(lexicon, scenarios):
    view = page(
        title="Returns | Shop",
        h1=["Returns & refunds"],
        text=POLICY,
        sections=[section("Returns & refunds", POLICY, tag="h1")],
    )
    goal = check_goal(view, scenarios["returns-policy"], lexicon.view("en"))
    assert goal.found and goal.heading and "return_window_days" not in goal.facts


def test_a_returns_banner_on_a_product_page_is_not_the_answer(lexicon, scenarios):
    view = page(
        [link(i, f"Jacket {i}", f"https://shop.example/p/{i}", region="main") for i in range(30)],
        sections=[section("Free returns", "Free returns on every order.")],
        title="Rain jacket",
        h1=["Rain jacket"],
        text="Rain jacket\nFree returns\nFree returns on every order.",
    )
    assert not check_goal(view, scenarios["returns-policy"], lexicon.view("en")).found


def _with_links(links: list[Link], region_text: dict[str, str] | None = None) -> PageView:
    view = page(title="Kitchen scales", h1=["Kitchen scales"])
    view.links = links
    view.region_text = region_text or {}
    return view


def test_a_phone_link_in_the_footer_answers_the_contact_task(lexicon, scenarios):
    view = _with_links([Link("tel:+35316123456", "Call 01 612 3456", "footer", True)])
    goal = check_goal(view, scenarios["contact"], lexicon.view("en", "IE"))
    assert goal.found and goal.heading == "contact details in the footer"
    assert goal.facts["phone"].value == "+353 1 612 3456"


def test_an_address_written_in_the_header_answers_it_too(lexicon, scenarios):
    view = _with_links([], {"header": "Questions? servicio@tienda.example · Lun–Vie 9–18 h"})
    goal = check_goal(view, scenarios["contact"], lexicon.view("es"))
    assert goal.found and goal.facts["email"].value == "servicio@tienda.example"


def test_no_contact_answer_without_contact_details(lexicon, scenarios):
    view = _with_links(
        [Link("https://shop.example/about", "About", "footer", True)],
        {"footer": "© 2026 Shop Ltd. Company no. 08123456. All rights reserved."},
    )
    assert not check_goal(view, scenarios["contact"], lexicon.view("en")).found


def test_phone_numbers_need_the_shape_or_the_word_of_a_phone(lexicon):
    en = lexicon.view("en", "GB")
    assert phone("Order 447911123456 was shipped.", en) is None
    assert phone("Customer care: 0345 600 7030 (8am–8pm)", en).value == "+44 345 600 7030"
    assert phone("Tel 02079460000", en).value == "+44 20 7946 0000"
    fr = lexicon.view("fr", "BE")
    assert [f.value for f in phones("Appelez-nous au 02 555 12 34.", fr)] == ["+32 2 555 12 34"]


def test_the_country_a_page_serves():
    assert page_country("fr-BE", "https://www.shop.example/") == "BE"
    assert page_country("en", "https://www.currys.ie/p/1") == "IE"
    assert page_country("", "https://www.argos.co.uk/") == "GB"
    assert page_country("", "https://www.shop.com/") is None
    assert page_country("", "http://127.0.0.1:8700/") is None


def test_a_dot_com_store_says_its_country_through_its_locale_or_its_currency():
    # an English page of a Bulgarian store on .com: og:locale names the market
    assert page_country("en", "https://www.shop.com/", "bg_BG") == "BG"
    assert page_country("", "https://www.shop.com/", "pt-BR") == "BR"
    # prices in a currency only one country uses, written more than once
    prices = "Zapatillas 49.990 CLP · Polera 12.990 CLP · Envío gratis"
    assert page_country("es", "https://www.shop.com/", "", prices) == "CL"
    assert page_country("zh", "https://shop.example/", "", "特價 NT$399 原價 NT$599") == "TW"
    # shared currencies and a single stray mention name no country
    assert page_country("en", "https://www.shop.com/", "", "From $20 to $40, or 30 €") is None
    assert page_country("es", "https://www.shop.com/", "", "Pagos en CLP disponibles") is None


def test_footer_numbers_feed_the_channels_and_whatsapp_stays_messaging(lexicon):
    view = _with_links(
        [Link("https://wa.me/34600123456", "WhatsApp", "footer", True)],
        {"footer": "Atención al cliente 910 123 456 · hola@tienda.example"},
    )
    found = {(c.kind, c.name) for c in find_channels(view, lexicon.view("es", "ES"), "ES")}
    assert ("messaging", "WhatsApp") in found and ("phone", "+34 600 12 34 56") not in found
    assert ("phone", "+34 910 12 34 56") in found and ("email", "hola@tienda.example") in found


def test_help_centres_on_a_sister_host_or_a_help_desk_vendor_are_reachable():
    policy = HostPolicy("https://www.boutique.fr/", [], ["zendesk.com", "gorgias.help"])
    assert policy.allows("https://aide.boutique.fr/retours")
    assert policy.allows("https://boutique.zendesk.com/hc/fr")
    assert not policy.allows("https://boutique.fr.example.net/")
    assert not policy.allows("https://autre-boutique.fr/")
    local = HostPolicy("http://127.0.0.1:8700/", ["shop.outdoorgear.co.uk"])
    assert local.allows("https://help.outdoorgear.co.uk/hc")  # sister of an allowed host
    shops = HostPolicy("https://one.myshopify.com/")
    assert not shops.allows("https://two.myshopify.com/")  # a public suffix: two stores


def test_a_country_declared_for_a_site_overrides_what_its_pages_suggest(lexicon):
    text = "Atención al cliente 0810-777-7862 de lunes a viernes"
    _lang, cues = lexicon.for_page("es", text, "http://127.0.0.1:8000/p")
    assert cues.region is None  # nothing on a local address says Argentina
    _lang, cues = lexicon.for_site("AR").for_page("es", text, "http://127.0.0.1:8000/p")
    assert cues.region == "AR"
    assert [f.value for f in phones(text, cues)] == ["+54 810-777-7862"]


def _centre(links, heading):
    topics = " ".join(label for label, _ in links)
    return page(
        [
            link(i, label, f"https://shop.example/{i}", region=where)
            for i, (label, where) in enumerate(links)
        ],
        sections=[section(heading, topics, tag="h1", link_chars=len(topics))],
        title=f"{heading} | Shop",
        h1=[heading],
        text=topics,
    )


def test_a_help_centre_is_a_page_of_links_to_support_topics(lexicon, scenarios):
    """A help centre often says nothing but its topics ("Delivery information", "Returns
    and refunds", "Track your order", "Contact us"): three or more of them in the page's own
    content make it the FAQ/help answer. The same links only in the footer, or two of them,
    do not."""
    faq, en = scenarios["faq-help"], lexicon.view("en")
    labels = ["Delivery information", "Returns and refunds", "Track your order", "Contact us"]
    goal = check_goal(_centre([(label, "main") for label in labels], "Help centre"), faq, en)
    assert goal.found and goal.snippet == "links to 4 support topics"
    footer_only = [(label, "footer") for label in labels]
    assert not check_goal(_centre(footer_only, "Help centre"), faq, en).found
    two = [(label, "main") for label in labels[:2]]
    assert not check_goal(_centre(two, "Help centre"), faq, en).found


def test_a_heading_is_read_with_the_lines_under_it(lexicon, scenarios):
    # the heading states the answer itself; the lines under it say how
    body = (
        "Print a label from your account, pack the items with their tags and drop the parcel "
        "at any post office."
    )
    view = page(
        title="Help | Shop",
        h1=["Help"],
        text=f"Help\nFree returns within 30 days\n{body}",
        sections=[section("Free returns within 30 days", body)],
    )
    goal = check_goal(view, scenarios["returns-policy"], lexicon.view("en"))
    assert goal.found and goal.heading == "Free returns within 30 days"
    assert goal.facts["return_window_days"].value == 30


def test_the_link_followed_names_the_task_when_the_page_does_not(lexicon, scenarios):
    # a policy page under a heading that does not name returns ("Deadlines and conditions"),
    # reached by clicking "Returns & refunds": its return window answers the task
    body = (
        "Window: 21 days from the day the parcel is delivered to send items back.\n"
        "Items must be unused, with their tags."
    )
    view = page(
        title="Deadlines and conditions",
        h1=["Deadlines and conditions"],
        text=f"Deadlines and conditions\n{body}",
        sections=[section("Deadlines and conditions", body, tag="h1")],
    )
    returns = scenarios["returns-policy"]
    en = lexicon.view("en")
    goal = check_goal(view, returns, en, via="Returns & refunds")
    assert goal.found and goal.heading == "Returns & refunds"
    assert goal.facts["return_window_days"].value == 21
    assert not check_goal(view, returns, en).found  # reached some other way: no answer
    assert not check_goal(view, returns, en, via="Careers").found  # a link not about returns
    talk = page(  # the topic talked of, but no answer stated: the link alone does not do it
        title="Deadlines and conditions",
        text="We care about the items you send back and about every return we receive.",
    )
    assert not check_goal(talk, returns, en, via="Returns & refunds").found


def test_the_link_followed_names_a_task_proved_by_words(lexicon, scenarios):
    # an article whose title asks something else, reached by "Where is my order?": the
    # sentence that names tracking and says how answers it; no link, or a link about
    # something else, and the same page answers nothing
    body = (
        "Each parcel leaves with a carrier reference.\n"
        "You can track your order with the tracking number in the dispatch e-mail."
    )
    view = page(
        title="Has my parcel left?",
        h1=["Has my parcel left?"],
        text=f"Has my parcel left?\n{body}",
        sections=[section("Has my parcel left?", body, tag="h1")],
    )
    tracking, en = scenarios["order-tracking"], lexicon.view("en")
    goal = check_goal(view, tracking, en, via="Where is my order?")
    assert goal.found and goal.heading == "Where is my order?"
    assert not check_goal(view, tracking, en).found
    assert not check_goal(view, tracking, en, via="Gift ideas").found
    word = page(  # a word of the task in passing says nothing of it
        title="Has my parcel left?",
        text="Orders leave our warehouse every day and you can track them.",
    )
    assert not check_goal(word, tracking, en, via="Where is my order?").found


def test_the_delivery_page_tells_how_to_track_in_a_sentence(lexicon, scenarios):
    # a delivery page that says how to follow the parcel answers order tracking; the same
    # sentence on a page about something else, or a delivery page that only says parcels are
    # tracked, does not
    said = (
        "Parcels go out with a carrier every weekday.\n"
        "The dispatch e-mail holds a link to track your parcel until it reaches you."
    )
    tracking, en = scenarios["order-tracking"], lexicon.view("en")

    def titled(title: str, text: str) -> PageView:
        return page(title=title, h1=[title], text=f"{title}\n{text}",
                    sections=[section(title, text, tag="h1")])  # fmt: skip

    goal = check_goal(titled("Delivery information", said), tracking, en)
    assert goal.found and goal.heading == "Delivery information"
    assert not check_goal(titled("Our story", said), tracking, en).found
    tracked = "Parcels go out with a carrier every weekday and every parcel is tracked."
    assert not check_goal(titled("Delivery information", tracked), tracking, en).found


def _service_page(lang_heading: str, questions: list[tuple[str, str]]) -> PageView:
    text = "\n".join(f"{q}\n{a}" for q, a in questions)
    return page(
        title=f"{lang_heading} | Shop",
        h1=[lang_heading],
        text=f"{lang_heading}\n{text}",
        sections=[section(lang_heading, text, tag="h1")]
        + [section(q, a, tag="h3") for q, a in questions],
    )


def test_a_customer_service_page_of_questions_is_the_help_page(lexicon, scenarios):
    """Stores name their help hub as shoppers know it ("Customer service", "Kundendienst"):
    such a page that answers questions is the FAQ/help answer, and what it states answers
    the task it speaks of; a contact page of that name with no questions is no FAQ."""
    asked = [
        ("When will my parcel arrive?", "Parcels reach most addresses in 2–4 working days."),
        ("Which cards do you take?", "Visa, Mastercard and American Express are accepted."),
        ("Can I change my address?", "Write to us before your order is packed."),
    ]
    en = lexicon.view("en")
    view = _service_page("Customer service", asked)
    assert check_goal(view, scenarios["faq-help"], en).found
    shipping = check_goal(view, scenarios["shipping"], en)
    assert shipping.found and "delivery_time_days" in shipping.facts
    gefragt = [
        ("Wann kommt mein Paket?", "Pakete sind meist nach 2 bis 4 Werktagen bei Ihnen."),
        ("Wie kann ich bezahlen?", "Per Rechnung, Kreditkarte oder PayPal."),
        ("Kann ich meine Adresse ändern?", "Schreiben Sie uns, bevor die Ware gepackt ist."),
    ]
    assert check_goal(
        _service_page("Kundendienst", gefragt), scenarios["faq-help"], lexicon.view("de")
    ).found
    only = page(
        title="Customer service | Shop",
        h1=["Customer service"],
        text="Customer service\nWrite to us any time, we answer within a day.",
        sections=[
            section("Customer service", "Write to us any time, we answer within a day.", tag="h1")
        ],
    )
    assert not check_goal(only, scenarios["faq-help"], en).found


def _returns_page(body: str, links=()) -> PageView:
    return page(
        list(links),
        title="Returns | Shop",
        h1=["Returns"],
        text=f"Returns\n{body}",
        sections=[section("Returns", body, tag="h1")],
    )


def test_a_returns_page_that_says_how_to_swap_a_size_answers_the_exchange_task(lexicon, scenarios):
    """Exchanges often live on the returns page; one that only points on to an exchanges
    page leaves the answer there, and money exchanged is no exchange policy."""
    swap, en = scenarios["exchange"], lexicon.view("en")
    told = "Send unworn shoes back within 30 days. Need another size? We swap it free of charge."
    assert check_goal(_returns_page(told), swap, en).found
    onward = link(3, "Exchanges", "https://shop.example/exchanges", region="main")
    assert not check_goal(_returns_page(told, [onward]), swap, en).found
    cash = "Send unworn shoes back within 30 days. Gift cards cannot be exchanged for cash."
    assert not check_goal(_returns_page(cash), swap, en).found
    rate = "Refunds are made in euros at the exchange rate of the day of the return."
    assert not check_goal(_returns_page(rate), swap, en).found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("No exchanges, sorry", False),
        ("Gift cards cannot be exchanged for cash.", None),
        ("Prices in dollars are converted at the exchange rate of your bank.", None),
        ("Los importes se abonan al tipo de cambio del día.", None),
    ],
)
def test_money_exchanged_or_refused_in_a_title_is_no_exchange_offered(lexicon, text, expected):
    lang = "es" if text.startswith("Los") else "en"
    assert fact_value(lexicon, "exchanges_offered", lang, text) == expected


def test_a_help_page_that_answers_topic_by_topic_is_the_help_answer(lexicon, scenarios):
    """A help page often answers under its own sub-headings rather than linking out
    ("Shipping", "Returns", "Order tracking", each with what it says): three topics answered
    there make it the FAQ/help answer, like three linked; sub-headings with nothing under
    them, or two topics, do not."""
    faq, en = scenarios["faq-help"], lexicon.view("en")
    answers = [
        ("Shipping", "Parcels leave within two working days and arrive two days later."),
        ("Returns", "Send anything back unworn within 60 days for a full refund."),
        ("Order tracking", "Each dispatch email carries a tracking number you can follow."),
    ]

    def helped(parts: list[tuple[str, str]], title: str = "Help") -> PageView:
        text = "\n".join(f"{h}\n{t}" for h, t in parts)
        return page(
            title=f"{title} | Shop",
            h1=[title],
            text=f"{title}\n{text}",
            sections=[section(title, text, tag="h1")] + [section(h, t) for h, t in parts],
        )

    assert check_goal(helped(answers), faq, en).found
    assert not check_goal(helped(answers[:2]), faq, en).found
    assert not check_goal(helped([(h, "") for h, _ in answers]), faq, en).found
    # a page that calls itself the FAQ is the FAQ, whatever its sub-headings
    assert check_goal(helped(answers[:2], "FAQ"), faq, en).found


@pytest.mark.parametrize(
    "lang, scenario, heading, body",
    [
        (
            "sv",
            "order-tracking",
            "Hur spårar jag min beställning?",
            "När paketet lämnat lagret mejlar vi ett spårningsnummer som du följer hos PostNord.",
        ),
        (
            "nb",
            "order-tracking",
            "Hvor ser jeg status på bestillingen min?",
            "Under Min side finner du ordrestatus og sporingsnummer for hver pakke.",
        ),
        (
            "it",
            "order-tracking",
            "Non ho ancora ricevuto il mio ordine: cosa faccio?",
            "Apri il link di tracking nella mail di spedizione: vedrai lo stato del tuo ordine.",
        ),
        (
            "en",
            "order-tracking",
            "I haven't received my order yet",
            "Every dispatch email has a tracking number; enter it on the carrier's page.",
        ),
        (
            "es",
            "order-tracking",
            "¿Cómo rastrear mi pedido?",
            "Cuando sale del almacén te enviamos la guía de rastreo para seguirlo en la web.",
        ),
        (
            "nl",
            "gift-card",
            "Waardebonnen",
            "Een waardebon is een jaar geldig en het saldo blijft staan voor je volgende aankoop.",
        ),
        (
            "ro",
            "order-tracking",
            "Informații de urmărire",
            "După expediere primești pe e-mail numărul de urmărire al coletului.",
        ),
        (
            "fi",
            "cancel-order",
            "Peruutusehdot",
            "Tilauksen voi peruuttaa maksutta niin kauan kuin sitä ei ole vielä lähetetty.",
        ),
        # how the parcel is followed, in the words of Polish and Turkish shops
        (
            "pl",
            "order-tracking",
            "Śledzenie przesyłki",
            "W e-mailu z potwierdzeniem wysyłki podajemy numer paczki u kuriera.",
        ),
        (
            "tr",
            "order-tracking",
            "Sipariş takibi",
            "Paketiniz yola çıkınca e-postadaki bağlantıdan kargo takip sayfasına ulaşırsınız.",
        ),
        (
            "de",
            "cancel-order",
            "Wie storniere ich meine Bestellung?",
            "Solange das Paket nicht versandt ist, stornieren wir sie nach einer kurzen Mail.",
        ),
    ],
)
def test_a_question_as_shoppers_ask_it_names_the_task(
    lexicon, scenarios, lang, scenario, heading, body
):
    """FAQ questions put the task in the shopper's words: a possessive between the verb and
    the order, a verb conjugated ("storniere"), an order that has not come (where it is)."""
    view = page(
        title="FAQ | Shop",
        h1=["FAQ"],
        text=f"FAQ\n{heading}\n{body}",
        sections=[section(heading, body, tag="h3")],
    )
    view.lang = lang
    assert check_goal(view, scenarios[scenario], lexicon.view(lang)).found


@pytest.mark.parametrize(
    ("lang", "scenario", "title", "body"),
    [
        # the noun a store puts on its footer link is the title of the page it opens
        (
            "et",
            "returns-policy",
            "Tagastus",
            "Ostu võib tagastada 30 päeva jooksul, kui kaup on kasutamata.",
        ),
        ("ru", "shipping", "Самовывоз", "Забрать заказ из магазина можно бесплатно через 2 дня."),
        (
            "ko",
            "order-tracking",
            "주문/배송 조회",
            "발송 후 문자로 받은 운송장 번호로 택배 위치를 확인하실 수 있습니다.",
        ),
        (
            "es",
            "cancel-order",
            "Anulación",
            "Puedes cancelar tu pedido gratis mientras no haya salido del almacén.",
        ),
        ("lv", "exchange", "Izmēra maiņa", "Preci var apmainīt pret citu izmēru 14 dienu laikā."),
        # loyalty schemes as German and Russian shops name them
        (
            "de",
            "loyalty-membership",
            "Treuebonus",
            "Mit jedem Einkauf sammeln Sie Punkte, die Sie beim nächsten Mal einlösen.",
        ),
        (
            "ru",
            "loyalty-membership",
            "Бонусная система",
            "С каждой покупки на бонусный счет возвращается 3% в виде бонусных рублей.",
        ),
    ],
)
def test_a_page_titled_with_the_topic_noun_of_its_link_is_the_answer(
    lexicon, scenarios, lang, scenario, title, body
):
    """A store's link says "Tagastus", "Самовывоз", "주문/배송 조회" and the page it opens
    carries the same word as its title: that title names the topic."""
    view = page(title=f"{title} | Pood", h1=[title], text=f"{title}\n{body}")
    view.lang = lang
    assert check_goal(view, scenarios[scenario], lexicon.view(lang)).found


FAQ_AS_TEXT = """Frequently asked questions
Q: Which cards do you take? A: Visa, Mastercard and PayPal.
Q: Where is my parcel? A: The dispatch e-mail holds a link to the carrier's tracking page.
Q: Can I change my address? A: Only while the order has not left the warehouse.
Q: How long does delivery take? A: Most parcels arrive within 2-4 working days."""


def test_questions_written_in_the_text_are_read_over_their_answers(lexicon, scenarios):
    """An FAQ whose questions are not headings ("Q: … A: …" on one line): each question
    heads its answer, so the parcel question answers order tracking and the delivery one
    shipping, and the page is the FAQ answer itself."""
    view = page(title="FAQ", h1=["Frequently asked questions"], text=FAQ_AS_TEXT)
    cues = lexicon.view("en")
    tracking = check_goal(view, scenarios["order-tracking"], cues)
    assert tracking.found and tracking.heading == "Where is my parcel?"
    shipping = check_goal(view, scenarios["shipping"], cues)
    assert shipping.found and shipping.facts["delivery_time_days"].value == "2–4 business days"
    assert check_goal(view, scenarios["faq-help"], cues).found
    assert not check_goal(view, scenarios["gift-card"], cues).found


def test_two_questions_of_one_topic_speak_of_it_at_length_together(lexicon, scenarios):
    """Numbered questions in a list ("1. …?"), two of them on delivery with no figure: each
    answer is short, together they speak of delivery as one section would."""
    text = (
        "Вопросы и ответы\n"
        "1. Как рассчитывается стоимость доставки?\n"
        "Стоимость доставки считается при оформлении заказа по тарифам транспортных "
        "компаний и зависит от веса посылки и города получателя.\n"
        "2. Как работает доставка по регионам?\n"
        "Доставка по регионам идет транспортными компаниями, курьерская доставка есть "
        "в крупных городах, а в остальные места заказ везет Почта России.\n"
        "3. Какие способы оплаты есть?\n"
        "Карта на сайте или наличные при получении."
    )
    view = page(title="Вопросы и ответы", h1=["Вопросы и ответы"], text=text)
    view.lang = "ru"
    cues = lexicon.view("ru")
    assert check_goal(view, scenarios["shipping"], cues).found
    one = page(title="Вопросы и ответы", h1=["Вопросы и ответы"], text=text.split("\n2.")[0])
    one.lang = "ru"
    assert not check_goal(one, scenarios["shipping"], cues).found


def test_question_lines_as_faqs_write_them():
    """Markers before a question or an answer are the same in every language ("1.", "Q1:",
    "S1-)", "В:"); a question after a sentence is no FAQ entry; two questions make no FAQ."""
    text = (
        "S1-) İade ücreti ne zaman yatar? C1-) Ürün bize ulaşınca başlar.\n"
        "• Как отследить посылку?\n"
        "В письме есть трек-номер.\n"
        "2.1. Can I pay later?\n"
        "Yes, with an invoice.\n"
        "We ship worldwide. Questions? Write to us."
    )
    assert question_units(text) == (
        ("İade ücreti ne zaman yatar?", "Ürün bize ulaşınca başlar."),
        ("Как отследить посылку?", "В письме есть трек-номер."),
        ("Can I pay later?", "Yes, with an invoice.\nWe ship worldwide. Questions? Write to us."),
    )
    assert question_units("Is it free?\nYes.\nCan I return it?\nYes, within 30 days.") == ()


def test_a_help_page_sentence_that_names_the_task_answers_it(lexicon, scenarios):
    """On a help page a shopper scanning for the task stops at the sentence that names it in
    their words, heading or not; a one-word mention in passing is no answer, and the same
    sentence on a page that is no help page answers nothing."""
    said = (
        "We pack most parcels within a few hours of payment. Should you wish to change or "
        "cancel an order, call the service team as early as you can; once it has left us, "
        "send it back instead."
    )
    passing = "Unsubscribe and cancel the newsletter from the link at the foot of every e-mail."
    en = lexicon.view("en")

    def help_page(body: str, title: str = "Help centre") -> PageView:
        return page(
            title=title,
            h1=[title],
            text=f"{title}\nOrders and payment\n{body}",
            sections=[section("Orders and payment", body, tag="h2")],
        )

    goal = check_goal(help_page(said), scenarios["cancel-order"], en)
    assert goal.found and goal.heading == "Help centre" and "cancel an order" in goal.snippet
    assert not check_goal(help_page(passing), scenarios["cancel-order"], en).found
    assert not check_goal(help_page(said, "Our story"), scenarios["cancel-order"], en).found


@pytest.mark.parametrize(
    ("lang", "sentence", "intent"),
    [
        (
            "fr",
            "Vous pouvez annuler votre commande tant qu'elle n'est pas expédiée.",
            "cancellation",
        ),
        ("pt", "Pode cancelar o seu pedido até ao envio, basta escrever-nos.", "cancellation"),
        (
            "it",
            "Puoi tracciare il tuo ordine con il numero di tracciamento ricevuto.",
            "order_tracking",
        ),
        (
            "es",
            "Puedes ver el seguimiento de tu pedido con el número de seguimiento.",
            "order_tracking",
        ),
    ],
)
def test_an_faq_answer_names_the_order_with_the_shoppers_possessive(
    lexicon, lang, sentence, intent
):
    """FAQ answers say "your order" where link labels say "my order" or "an order"."""
    assert task_sentence(sentence, intent, lexicon.view(lang)) is not None
