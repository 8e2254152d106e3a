"""The agent's judgement on hand-made page views: no browser needed."""

from dataclasses import asdict

import pytest

from benchmark.agent.contract import Candidate, FormField, Overlay, PageView, Section
from benchmark.agent.popups import age_gate_control, close_control, consent_choice
from benchmark.agent.scent import FOLLOW, Scent
from benchmark.agent.search import find_search_field
from benchmark.measure.answer import check_goal
from benchmark.politeness import HostPolicy

BASE = "https://shop.example/"
ALLOWS = HostPolicy(BASE).allows


def link(cid, text, href, region="footer", y=900.0, **kw):
    return Candidate(
        id=cid,
        kind=kw.pop("kind", "link"),
        tag="a",
        text=text,
        name=kw.pop("name", ""),
        href=href,
        region=region,
        x=100,
        y=y,
        w=80,
        h=20,
        **kw,
    )


def page(
    candidates=(), sections=(), title="Shop", h1=(), text="", fields=(), overlays=(), url=BASE
):
    return PageView(
        url=url,
        title=title,
        lang="en",
        h1=list(h1),
        viewport={"w": 1280, "h": 720},
        scroll={"x": 0, "y": 0, "height": 2000},
        candidates=list(candidates),
        fields=list(fields),
        overlays=list(overlays),
        sections=list(sections),
        text=text,
    )


def section(
    heading,
    text,
    tag="h2",
    region="main",
    collapsed=False,
    toggle_id=None,
    chars=None,
    link_chars=0,
):
    return Section(
        heading=heading,
        level=int(tag[1]) if tag[0] == "h" else 6,
        tag=tag,
        region=region,
        collapsed=collapsed,
        toggle_id=toggle_id,
        y=300,
        text=text,
        chars=len(text) if chars is None else chars,
        link_chars=link_chars,
    )


def test_intent_labels_outrank_hubs_and_avoid_account_and_offsite(lexicon):
    view = page(
        [
            link(1, "Help", BASE + "help", region="header", y=10),
            link(2, "Returns & refunds", BASE + "returns"),
            link(3, "My account", BASE + "account", region="header", y=10),
            link(4, "Returns", "https://evil.example/returns"),
            link(5, "Instagram", "https://instagram.com/shop"),
            link(6, "mail us", "mailto:a@b.example"),
        ]
    )
    ranked = Scent(lexicon.view("en"), ["returns", "refund"], ALLOWS).rank(view)
    assert [s.id for s in ranked] == [2, 1]
    assert ranked[0].strong and not ranked[1].strong


def test_promo_sentence_scores_less_than_a_plain_label(lexicon):
    view = page(
        [
            link(1, "Free returns on all orders over $50 this weekend only", BASE + "sale"),
            link(2, "Returns", BASE + "returns"),
        ]
    )
    ranked = Scent(lexicon.view("en"), ["returns"], ALLOWS).rank(view)
    assert ranked[0].id == 2 and ranked[1].score < ranked[0].score


def test_an_earlier_cue_of_the_lexicon_wins_a_tie(lexicon):
    """ "Still have questions?" and "Help pages" cover their labels alike; the lexicon lists
    "help" before "questions" as the likelier place, whatever comes first on the page."""
    view = page(
        [
            link(1, "Still have questions?", BASE + "ask", region="header", y=10),
            link(2, "Help pages", BASE + "pages", region="footer", y=900),
        ]
    )
    ranked = Scent(lexicon.view("en"), ["faq"], ALLOWS).rank(view)
    assert [s.id for s in ranked] == [2, 1]
    assert ranked[0].score - ranked[1].score < 0.05  # a tie-breaker, not a new order


@pytest.mark.parametrize(
    ("language", "offer", "terms"),
    [
        ("en", "Free delivery", "Delivery & collection"),
        ("de", "Kostenloser Versand", "Versand & Lieferung"),
        ("fr", "Livraison offerte", "Livraison et retrait"),
    ],
)
def test_a_label_announcing_an_offer_yields_to_the_plain_one(lexicon, language, offer, terms):
    # the offer comes first in reading order (a header strip), the terms later (the footer)
    view = page([link(1, offer, BASE + "deals", y=10), link(2, terms, BASE + "info")])
    ranked = Scent(lexicon.view(language), ["shipping"], ALLOWS).rank(view)
    assert [s.id for s in ranked] == [2, 1] and ranked[1].strong


def test_icon_link_scored_by_its_path_and_menu_toggle_recognised(lexicon):
    scent = Scent(lexicon.view("en"), ["order_tracking"], ALLOWS)
    icon = link(1, "", BASE + "order-tracking")
    burger = Candidate(
        id=2,
        kind="toggle",
        tag="button",
        text="",
        name="",
        href=None,
        region="header",
        x=0,
        y=0,
        w=40,
        h=40,
        classes="hamburger",
    )
    ranked = scent.rank(page([icon, burger]))
    assert ranked[0].id == 1 and scent.is_menu_toggle(burger)


def test_a_menu_toggle_is_mostly_a_menu_word(lexicon):
    from dataclasses import replace

    scent = Scent(lexicon.view("fr"), ["order_tracking"], ALLOWS)
    base = Candidate(2, "toggle", "button", "", "", None, "nav", 0, 0, 80, 20)
    assert scent.is_menu_toggle(replace(base, text="Toutes les catégories"))
    assert scent.is_menu_toggle(replace(base, text="Menu", name="Ouvrir le menu"))
    shelf = replace(base, text="Soldes", name="Soldes, voir les catégories de la vente")
    assert not scent.is_menu_toggle(shelf)


def test_a_label_about_another_topic_is_a_weak_promise_whatever_its_url(lexicon):
    """A help-centre URL under "Delivery times explained", or a passing "contact" in "Talk to
    our chatbot", does not promise the FAQ: the plain "Customer services" hub does."""
    view = page(
        [
            link(1, "Delivery times explained", BASE + "support/article-88", region="main", y=400),
            link(2, "Talk to our chatbot, contact us", BASE + "assistant", y=800),
            link(3, "Customer services", BASE + "customer-services", y=900),
        ]
    )
    ranked = Scent(lexicon.view("en"), ["faq"], ALLOWS).rank(view)
    assert ranked[0].id == 3
    by_id = {s.id: s for s in ranked}
    assert "elsewhere" in by_id[1].why and "also" in by_id[2].why
    # the same URL under a label that names nothing else keeps its path's promise
    plain = page([link(1, "Read this first", BASE + "support/article-88")])
    assert Scent(lexicon.view("en"), ["faq"], ALLOWS).rank(plain)[0].score > by_id[1].score


def test_a_help_url_under_a_label_a_shopper_skips_is_too_weak_to_follow(lexicon):
    """Legal and privacy pages are often filed under /help/ or /service/: "Privacy notice" or
    "About our cookies" there does not lead to the FAQ, though its URL says help."""
    view = page(
        [
            link(1, "About our cookies", BASE + "help/cookies-info", y=800),
            link(2, "Privacy notice", BASE + "service/privacy-notice", y=850),
            link(4, "Cookie policy", BASE + "help/cookie-policy", region="dialog", y=860),
            link(3, "Ask a question", BASE + "help/", y=900),
        ]
    )
    ranked = Scent(lexicon.view("en"), ["faq"], ALLOWS).rank(view)
    assert ranked[0].id == 3
    assert all(s.score < FOLLOW and "elsewhere" in s.why for s in ranked[1:])


def test_a_page_on_how_buying_works_comes_before_the_help_hub_for_delivery(lexicon):
    """ "Jak kupować" (how to buy: ordering, delivery, payment) is where a Polish shop explains
    its delivery; the FAQ may be, too, but less surely."""
    view = page(
        [
            link(1, "Pomoc", BASE + "pomoc", region="header", y=40),
            link(2, "Jak kupować", BASE + "jak-kupowac", region="header", y=40),
        ]
    )
    pl = lexicon.view("pl")
    assert [s.id for s in Scent(pl, ["shipping"], ALLOWS).rank(view)] == [2, 1]
    assert Scent(pl, ["faq"], ALLOWS).rank(view)[0].id == 1


@pytest.mark.parametrize(
    ("lang", "terms"),
    [("fr", "CGV"), ("en", "Terms and conditions"), ("es", "Términos y condiciones")],
)
def test_the_terms_of_sale_are_worth_a_look_for_delivery_where_nothing_else_is(
    lexicon, lang, terms
):
    """Terms of sale must state the delivery terms: where a shop has no delivery page, they
    are where a shopper looks — after the pages that name delivery outright."""
    view = page(
        [
            link(1, "Instagram", BASE + "insta", y=900),
            link(2, terms, BASE + "terms", y=900),
        ]
    )
    ranked = Scent(lexicon.view(lang), ["shipping"], ALLOWS).rank(view)
    assert [s.id for s in ranked][:1] == [2] and ranked[0].score >= FOLLOW


def test_equal_promises_go_to_the_sites_navigation_before_the_content(lexicon):
    """A "Customer service" link in the footer and the same words next to a form in the
    page's content score alike: the footer's store-wide one is read first, wherever each
    sits on the page."""
    view = page(
        [
            link(1, "Customer service", BASE + "p/123#service", region="main", y=300),
            link(2, "Customer service", BASE + "customer-service-centre", region="footer", y=3000),
        ]
    )
    ranked = Scent(lexicon.view("en"), ["faq"], ALLOWS).rank(view)
    assert ranked[0].score == ranked[1].score
    assert [s.id for s in ranked] == [2, 1]


def test_chat_bubbles_are_not_navigation(lexicon):
    bubble = link(1, "Help", BASE + "help", region="other", y=650, fixed=True)
    bubble.x = 1200
    assert Scent(lexicon.view("en"), ["faq"], ALLOWS).rank(page([bubble])) == []


def test_an_faq_page_answers_with_a_fact_stated_under_its_own_heading(scenarios, lexicon):
    """An FAQ page that states the delivery time in a paragraph of its own ("Questions" /
    "Orders arrive within 2–4 business days") answers the delivery task; an FAQ that does
    not state it, or a page that is no help page, does not."""
    said = "Orders are delivered within 2–4 business days anywhere in the country."
    faq = page(
        title="FAQ | Shop",
        h1=["Frequently asked questions"],
        sections=[section("Frequently asked questions", said, tag="h1")],
        text=said,
    )
    found = check_goal(faq, scenarios["shipping"], lexicon.view("en"))
    assert found.found and found.facts["delivery_time_days"].value == "2–4 business days"
    silent = "We answer every e-mail and are glad to help with any question."
    other = page(
        title="FAQ | Shop",
        h1=["Frequently asked questions"],
        sections=[section("Frequently asked questions", silent, tag="h1")],
        text=silent,
    )
    assert not check_goal(other, scenarios["shipping"], lexicon.view("en")).found
    blog = page(
        title="Our story | Shop",
        h1=["Our story"],
        sections=[section("Our story", said, tag="h1")],
        text=said,
    )
    assert not check_goal(blog, scenarios["shipping"], lexicon.view("en")).found
    teaser = "Delivery: orders arrive within 2–4 business days"
    hub = page(
        [link(1, teaser, BASE + "help/delivery", region="main", y=300)],
        title="Help Centre | Shop",
        h1=["Help Centre"],
        sections=[section("Help Centre", teaser, tag="h1")],
        text=teaser,
    )
    assert not check_goal(hub, scenarios["shipping"], lexicon.view("en")).found  # a link's teaser


def test_goal_needs_topic_heading_and_proof(scenarios, lexicon):
    returns = scenarios["returns-policy"]
    cues = lexicon.view("en")
    found = check_goal(
        page(
            title="Returns | Shop",
            h1=["Returns"],
            sections=[
                section("Returns", "You can return items within 30 days of delivery.", tag="h1")
            ],
        ),
        returns,
        cues,
    )
    assert found.found and found.facts["return_window_days"].value == 30
    no_proof = check_goal(
        page(
            title="Returns | Shop",
            h1=["Returns"],
            sections=[section("Returns", "Returns are easy.", tag="h1")],
        ),
        returns,
        cues,
    )
    assert not no_proof.found and no_proof.topic_seen
    promo = check_goal(
        page(
            title="Shop",
            h1=["Welcome"],
            sections=[section("Welcome", "Free 30-day returns on everything", tag="h1")],
        ),
        returns,
        cues,
    )
    assert not promo.found and not promo.topic_seen


def test_return_shipping_under_a_shipping_heading_is_no_delivery_answer(scenarios, lexicon):
    """A refund policy's "Shipping & returns" section speaks of posting the item back; a
    section on delivery that names returns once still speaks of delivery."""
    shipping, cues = scenarios["shipping"], lexicon.view("en")
    back = (
        "Postage for sending an item back to us is paid by you. The shipping fee of a return "
        "is never refunded. When we refund you, the cost of return shipping is taken off the "
        "refund. Use a tracked shipping service for anything valuable you return, since we "
        "cannot be responsible for returned parcels lost on their way to our warehouse."
    )
    head = "Shipping & returns"
    policy = page(
        title="Refund policy | Shop", h1=["Refund policy"], sections=[section(head, back)]
    )
    assert not check_goal(policy, shipping, cues).found
    out = (
        "We ship every order with a tracked carrier. Delivery to most addresses takes a few "
        "working days and shipping is charged by weight at checkout. Parcels leave our warehouse "
        "on weekdays, and large items are delivered by a freight service to your door. Returns "
        "have their own page."
    )
    guide = page(title="Help | Shop", h1=["Help"], sections=[section(head, out)])
    assert check_goal(guide, shipping, cues).found


def test_closed_accordion_is_opened_before_judging(scenarios, lexicon):
    cancel = scenarios["cancel-order"]
    view = page(
        title="FAQ",
        h1=["FAQ"],
        sections=[
            section("FAQ", "Can I cancel my order?", tag="h1"),
            section("Can I cancel my order?", "", tag="summary", collapsed=True, toggle_id=7),
        ],
    )
    first = check_goal(view, cancel, lexicon.view("en"))
    assert not first.found and first.expand_id == 7
    again = check_goal(view, cancel, lexicon.view("en"), opened={7})
    assert again.expand_id is None


def test_a_footer_list_of_links_proves_nothing(scenarios, lexicon):
    faq = scenarios["faq-help"]
    footer = section(
        "Customer service",
        "Help centre Frequently asked questions Contact",
        tag="h4",
        region="footer",
        link_chars=46,
    )
    assert not check_goal(page(sections=[footer]), faq, lexicon.view("en")).found


def test_contact_details_in_the_footer_count(scenarios, lexicon):
    contact = scenarios["contact"]
    footer = section(
        "Contact us",
        "Call +1 212-555-0134 or write to help@shop.example",
        tag="h4",
        region="footer",
    )
    result = check_goal(page(sections=[footer]), contact, lexicon.view("en"))
    assert result.found and result.facts["phone"].value == "+1 212-555-0134"


def test_search_field_must_be_a_get_form(lexicon):
    def field(method, name="q"):
        return FormField(
            id=1,
            type="text",
            name=name,
            label="",
            placeholder="Search",
            form_method=method,
            form_action="/s",
            in_search=False,
            region="header",
            x=0,
            y=0,
            w=100,
            h=20,
        )

    cues = lexicon.view("en")
    assert find_search_field(page(fields=[field("get")]), cues) is not None
    assert find_search_field(page(fields=[field("post")]), cues) is None


def test_an_age_gate_is_answered_as_an_adult_and_other_popups_are_not(lexicon):
    leave = link(3, "No, take me back", None, region="dialog", kind="button")
    adult = link(4, "Yes, I'm 21 or older", None, region="dialog", kind="button")
    gate = Overlay(
        id=9,
        area=0.9,
        text="You must be of legal drinking age to enter this site. Are you 21 or older?",
        dialog=True,
        members=[3, 4],
    )
    assert age_gate_control(page([leave, adult], overlays=[gate]), lexicon.view("en")).id == 4
    # Italian, answered in the page's own words
    esci = link(5, "Esci", None, region="dialog", kind="button")
    entra = link(6, "Sì, sono maggiorenne", None, region="dialog", kind="button")
    cancello = Overlay(9, 0.9, "Vendiamo vini: per entrare devi essere maggiorenne.", True, [5, 6])
    assert age_gate_control(page([esci, entra], overlays=[cancello]), lexicon.view("it")).id == 6
    # a newsletter pop-up with a "Yes" button is not an age gate
    yes = link(7, "Yes please", None, region="dialog", kind="button")
    promo = Overlay(9, 0.8, "Get 10% off your first order", True, [7])
    assert age_gate_control(page([yes], overlays=[promo]), lexicon.view("en")) is None


def test_a_stores_own_cookie_bar_is_answered_sharing_least(lexicon):
    def bar(*labels):
        members = [
            link(20 + n, t, None, region="footer", kind="button") for n, t in enumerate(labels)
        ]
        view = page(members)
        text = "We use cookies to improve your experience."
        view.banners = [Overlay(99, 0.0, text, False, [c.id for c in members])]
        return view

    chosen, answer = consent_choice(bar("Accept all cookies", "Reject all"), lexicon.view("en"))
    assert (chosen.text, answer) == ("Reject all", "refused")
    chosen, answer = consent_choice(bar("Got it"), lexicon.view("en"))
    assert (chosen.text, answer) == ("Got it", "accepted")
    chosen, answer = consent_choice(bar("Alle akzeptieren", "Nur notwendige"), lexicon.view("de"))
    assert answer == "refused" and chosen.text == "Nur notwendige"
    # a bar whose only control is a link to the cookie policy is left alone
    assert consent_choice(bar("Cookie policy"), lexicon.view("en")) is None


def test_popup_close_button_found_by_symbol_or_word(lexicon):
    x = link(5, "×", None, region="dialog", kind="button")
    sub = link(6, "Subscribe", None, region="dialog", kind="submit")
    view = page(
        [sub, x], overlays=[Overlay(id=9, area=0.8, text="10% off", dialog=True, members=[5, 6])]
    )
    assert close_control(view, lexicon.view("en")).id == 5
    fermer = link(7, "", None, region="dialog", kind="button", name="Fermer")
    view = page([fermer], overlays=[Overlay(id=9, area=0.8, text="", dialog=True, members=[7])])
    assert close_control(view, lexicon.view("fr")).id == 7


def test_a_product_named_track_something_is_not_order_tracking(lexicon):
    view = page(
        [
            link(1, "Track pants", BASE + "c/track-pants", region="nav", y=40),
            link(2, "Order status", BASE + "account/orders", y=900),
            link(3, "", BASE + "track", region="header", y=10, name=""),
        ]
    )
    ranked = Scent(lexicon.view("en"), ["order_tracking"], ALLOWS).rank(view)
    assert ranked[0].id == 2 and ranked[0].strong
    by_id = {s.id: s for s in ranked}
    assert 1 not in by_id or not by_id[1].strong  # at most a weak path match
    assert 3 in by_id  # an icon link to /track still promises tracking by its URL


@pytest.mark.parametrize(
    ("language", "home", "returns"),
    [
        ("fr", "Retourner à la page d'accueil", "Retourner un article"),
        ("es", "Volver a la página de inicio", "Devolver un producto"),
        ("it", "Torna alla homepage", "Restituire un articolo"),
    ],
)
def test_going_back_to_the_home_page_is_no_return(lexicon, language, home, returns):
    """The verb of "go back to the home page" is the verb of returning an item in several
    languages: that link leads home, not to the returns policy."""
    view = page([link(1, home, BASE + "index", y=300), link(2, returns, BASE + "r", y=900)])
    ranked = Scent(lexicon.view(language), ["returns", "refund"], ALLOWS).rank(view)
    assert [s.id for s in ranked] == [2]


def test_a_view_is_written_out_as_plain_data_field_by_field():
    view = page(
        [link(1, "Retours", BASE + "retours", name="Retours et échanges")],
        sections=[section("Délai", "30 jours pour changer d'avis")],
        overlays=[Overlay(id=7, area=0.4, text="Newsletter", dialog=True, members=[8, 9])],
    )
    assert view.to_dict() == asdict(view)
    view.to_dict()["candidates"][0]["text"] = "changed"
    assert view.candidates[0].text == "Retours"  # a copy, not the records themselves
    view.h1 = ("Retours", "Échanges")  # a tuple stays a tuple, as asdict keeps it
    assert view.to_dict() == asdict(view)


def test_remembered_scores_belong_to_their_task_and_language(lexicon):
    """Scores are remembered across pages: one task's answer is never another's."""
    view = page([link(1, "Shipping & returns", BASE + "p/42")])
    for _ in range(2):
        returns = Scent(lexicon.view("en"), ["returns"], ALLOWS).rank(view)
        shipping = Scent(lexicon.view("en"), ["shipping"], ALLOWS).rank(view)
        assert returns[0].why != shipping[0].why
    french = Scent(lexicon.view("fr"), ["returns"], ALLOWS).rank(view)
    assert french[0].score < returns[0].score  # English read as the fallback there


@pytest.mark.parametrize(
    ("lang", "hub", "orders", "track"),
    [
        ("en", "Help centre", "My orders", "Track your order"),
        ("de", "Hilfe", "Meine Bestellungen", "Sendungsverfolgung"),
        ("pt", "Ajuda", "Meus pedidos", "Rastrear pedido"),
        ("sv", "Hjälp", "Mina beställningar", "Spåra din order"),
    ],
)
def test_a_shopper_tracks_an_order_in_their_order_list_before_the_help_hub(
    lexicon, lang, hub, orders, track
):
    """Where a store has no tracking page, "My orders" is where a shopper sees where a
    parcel is; a page that names tracking outright still comes first."""
    view = page(
        [
            link(1, hub, BASE + "help", region="header", y=40),
            link(2, orders, BASE + "account/orders", region="header", y=40),
        ]
    )
    scent = Scent(lexicon.view(lang), ["order_tracking"], ALLOWS)
    assert [s.id for s in scent.rank(view)] == [2, 1]
    view.candidates.append(link(3, track, BASE + "t", region="footer", y=900))
    assert scent.rank(view)[0].id == 3


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en", "User Agreement"),
        ("fr", "Conditions d'utilisation"),
        ("it", "Condizioni d'uso"),
        ("de", "Nutzungsbedingungen"),
    ],
)
def test_terms_of_use_filed_under_help_are_no_way_to_help(lexicon, lang, label):
    """A site's terms of use often live under /help/; a shopper looking for help does not
    open them, whatever their URL says."""
    view = page([link(1, label, BASE + "help/policies/terms-of-use-4259")])
    assert Scent(lexicon.view(lang), ["faq"], ALLOWS).rank(view) == []


def test_a_link_that_names_nothing_takes_its_columns_heading(lexicon):
    """ "View all" under the footer column "Customer help" leads into help; the same words
    under "About us" promise nothing, and a link that names its own topic ("Delivery")
    keeps that topic whatever column it is in."""
    view = page(
        [
            link(1, "View all", BASE + "a", group="About us"),
            link(2, "View all", BASE + "b", group="Customer help"),
            link(3, "Delivery", BASE + "c", group="Customer help"),
        ]
    )
    ranked = Scent(lexicon.view("en"), ["faq"], ALLOWS).rank(view)
    assert [s.id for s in ranked] == [2]
    assert ranked[0].score >= FOLLOW


def test_a_column_heading_joining_two_titles_promises_each(lexicon):
    """ "Orders, Delivery & Returns" is three titles: a nameless "See more" under it leads to
    returns as surely as under "Returns" alone."""
    view = page([link(1, "See more", BASE + "x", group="Orders, Delivery & Returns")])
    ranked = Scent(lexicon.view("en"), ["returns"], ALLOWS).rank(view)
    assert ranked and ranked[0].strong
