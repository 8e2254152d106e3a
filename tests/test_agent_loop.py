"""The shopper's decision loop on replayed page views: choose, act, back, search, budget —
the same code as in Chromium, served by `ReplayDriver`, no browser."""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path

import pytest

from benchmark.agent import ShopperSettings, run_scenario
from benchmark.agent.contract import Candidate, FormField, Overlay, PageView
from benchmark.agent.replay import SEARCH_BOX, ReplayDriver
from benchmark.artifacts import PageLog
from benchmark.politeness import HostPolicy
from benchmark.store.record import SiteRun

from .test_agent_units import ALLOWS, BASE, link, page, section


def _search_box() -> FormField:
    return FormField(
        id=90,
        type="search",
        name="q",
        label="Search",
        placeholder="",
        form_method="get",
        form_action="/search",
        in_search=True,
        region="header",
        x=500,
        y=10,
        w=200,
        h=30,
    )


def _settings(lexicon, vendors, pages: PageLog | None = None, allows=ALLOWS) -> ShopperSettings:
    return ShopperSettings(
        lexicon=lexicon,
        allows=allows,
        mobile=False,
        vendors=vendors,
        deadline_s=30,
        accessibility=False,
        pages=pages or PageLog(),
    )


def _run(driver, scenario, settings):
    return asyncio.run(run_scenario(driver, scenario, BASE, settings))


RETURNS_PAGE = page(
    [link(1, "Home", BASE, region="header", y=10)],
    sections=[section("How long do I have?", "You can return items within 30 days of delivery.")],
    title="Returns policy",
    h1=["Returns policy"],
    text="Returns policy\nHow long do I have?\nYou can return items within 30 days of delivery.",
    url=BASE + "returns",
)


def test_a_label_naming_the_task_is_followed_before_a_vague_one(lexicon, vendors, scenarios):
    home = page([link(1, "Our story", BASE + "about"), link(2, "Returns", BASE + "returns")])
    about = page([], title="Our story", h1=["Our story"], url=BASE + "about")
    driver = ReplayDriver.of([home, about, RETURNS_PAGE])
    result = _run(driver, scenarios["returns-policy"], _settings(lexicon, vendors))
    assert result.verdict == "found" and result.clicks == 1 and result.page_loads == 2
    assert result.first_click.label == "Returns" and result.first_click.on_success_path
    assert result.evidence.final_url == BASE + "returns"


def test_a_failed_task_says_what_it_opened_and_does_not_blame_a_good_first_click(
    lexicon, vendors, scenarios
):
    """The returns page exists but states nothing a shopper could act on: the result must
    say a page on the topic was opened (not "nothing promised it"), and the first click that
    led there is on the right route, not marked wrong because the task failed."""
    home = page([link(1, "Returns & refunds", BASE + "returns")])
    empty = page(
        [link(1, "Home", BASE, region="header", y=10)],
        sections=[section("Returns & refunds", "Our team is updating this page.")],
        title="Returns & refunds",
        h1=["Returns & refunds"],
        text="Returns & refunds\nOur team is updating this page.",
        url=BASE + "returns",
    )
    result = _run(
        ReplayDriver.of([home, empty]), scenarios["returns-policy"], _settings(lexicon, vendors)
    )
    assert result.verdict == "not_found"
    assert "nothing" not in result.reason and "topic" in result.reason
    assert result.first_click.label == "Returns & refunds"
    assert result.first_click.on_success_path is True
    # a first click into a dead end, and nothing on the topic anywhere: not judged either way
    about = page([], title="About us", h1=["About us"], url=BASE + "about")
    home = page([link(1, "About us", BASE + "about")])
    result = _run(ReplayDriver.of([home, about]), scenarios["contact"], _settings(lexicon, vendors))
    assert result.verdict == "not_found" and result.first_click.on_success_path is None


def test_a_page_whose_links_cannot_be_clicked_is_given_up_after_two_tries(
    lexicon, vendors, scenarios
):
    """A layer nobody could close lies over the page: every click times out. A person stops
    after a couple of tries and uses the search box instead of trying every link."""
    covered = [
        link(n, label, BASE + f"x{n}", covered=True)
        for n, label in enumerate(["Returns", "Returns & refunds", "Refunds", "Help", "FAQ"], 1)
    ]
    home = page(covered, fields=[_search_box()])
    driver = ReplayDriver.of([home], searches={"returns": BASE + "search?q=returns"})
    _run(driver, scenarios["returns-policy"], _settings(lexicon, vendors))
    clicks = [a for a in driver.actions if a.startswith("link ")]
    assert len(clicks) == 2
    assert "search returns" in driver.actions


def test_the_path_says_when_it_changes_host(lexicon, vendors, scenarios):
    help_returns = page(
        [],
        sections=[section("Returns", "You can return items within 30 days of delivery.")],
        title="Returns",
        h1=["Returns"],
        text="Returns\nYou can return items within 30 days of delivery.",
        url="https://help.shop.example/returns",
    )
    home = page([link(1, "Returns", "https://help.shop.example/returns")])
    allows = HostPolicy(BASE, ["help.shop.example"]).allows
    settings = _settings(lexicon, vendors, allows=allows)
    result = _run(ReplayDriver.of([home, help_returns]), scenarios["returns-policy"], settings)
    assert result.found
    click = next(s for s in result.steps if s.action == "click")
    assert click.note == "now on help.shop.example"


def test_a_failed_expand_does_not_make_a_consent_dialog_look_like_our_menu(
    lexicon, vendors, scenarios
):
    """A consent dialog lies over the page, so opening the folded "Questions and answers"
    section fails: the dialog's links ("cookie policy") are then not a menu we opened, and
    the shopper does not pick from them instead of the page's own "Help"."""
    toggle = link(1, "Questions and answers", None, region="main", y=600, kind="toggle")
    toggle.covered = True
    helplink = link(2, "Help", BASE + "help", region="header", y=10)
    cookie = link(3, "cookie policy", BASE + "help/cookie-policy", region="dialog", y=400)
    folded = section("Questions and answers", "", collapsed=True, toggle_id=1)
    dialog = Overlay(9, 0.6, "We use cookies", True, [3])
    home = page([toggle, helplink, cookie], sections=[folded], overlays=[dialog])
    driver = ReplayDriver.of([home])
    _run(driver, scenarios["faq-help"], _settings(lexicon, vendors))
    acts = [a for a in driver.actions if a.startswith(("toggle", "link"))]
    assert "link cookie policy" not in acts[:2], acts


def test_a_cookie_bar_that_shows_up_late_is_answered_once_per_site(lexicon, vendors, scenarios):
    accept = link(7, "Accept all", None, region="footer", y=700, kind="button")
    decline = link(8, "Decline", None, region="footer", y=700, kind="button")
    home = page([link(1, "Returns", BASE + "returns"), accept, decline])
    home.banners = [Overlay(9, 0.0, "We use cookies for ads.", False, [7, 8])]
    settings = _settings(lexicon, vendors)
    driver = ReplayDriver.of([home, RETURNS_PAGE])
    result = _run(driver, scenarios["returns-policy"], settings)
    assert result.found
    assert [s.label for s in result.steps if s.action == "close-popup"] == [
        "cookie banner: Decline"
    ]
    # the next task on the same site: the bar (still in the saved view) is not answered again
    second = _settings(lexicon, vendors)
    second.memory = settings.memory
    result = _run(ReplayDriver.of([home, RETURNS_PAGE]), scenarios["returns-policy"], second)
    assert not [s for s in result.steps if s.action == "close-popup"]


def test_a_refused_click_is_not_repeated_in_a_task_but_tried_by_the_next(
    lexicon, vendors, scenarios
):
    """A menu toggle an invisible layer lies over: its click is refused at once. The task
    turns to the rest of the page; the site's next task, a first-time visitor, tries it too."""
    menu = link(1, "Menu", None, region="header", y=10, kind="toggle")
    menu.covered = True
    home = page([menu, link(2, "Help", BASE + "help", region="footer", y=900)])
    help_page = page([], title="Help", h1=["Help"], url=BASE + "help")
    settings = _settings(lexicon, vendors)
    driver = ReplayDriver.of([home, help_page])
    _run(driver, scenarios["returns-policy"], settings)
    assert driver.actions.count("toggle Menu") == 1  # tried once, and it failed
    assert "link Help" in driver.actions
    second = _settings(lexicon, vendors)
    second.memory = settings.memory
    driver = ReplayDriver.of([home, help_page])
    _run(driver, scenarios["shipping"], second)
    assert driver.actions.count("toggle Menu") == 1


def test_a_click_that_hung_is_not_tried_again_by_the_next_task(lexicon, vendors, scenarios):
    """A toggle whose click waits out its whole limit: the site's next task does not spend
    another click and 4 s on it, but still uses the rest."""
    menu = link(1, "Menu", None, region="header", y=10, kind="toggle")
    home = page([menu, link(2, "Help", BASE + "help", region="footer", y=900)])
    help_page = page([], title="Help", h1=["Help"], url=BASE + "help")
    settings = _settings(lexicon, vendors)
    driver = ReplayDriver.of([home, help_page], hung={"Menu"})
    _run(driver, scenarios["returns-policy"], settings)
    assert driver.actions.count("toggle Menu") == 1
    second = _settings(lexicon, vendors)
    second.memory = settings.memory
    driver = ReplayDriver.of([home, help_page], hung={"Menu"})
    _run(driver, scenarios["shipping"], second)
    assert "toggle Menu" not in driver.actions
    assert "link Help" in driver.actions


def test_a_search_box_that_hung_is_not_typed_into_by_the_next_task(lexicon, vendors, scenarios):
    """A search box that never took the text (a layer left over it, a field that never
    becomes usable) costs the site's first task one try; its later tasks do not wait on it."""
    home = page([link(1, "About us", BASE + "about", region="footer")], fields=[_search_box()])
    settings = _settings(lexicon, vendors)
    driver = ReplayDriver.of([home], hung={SEARCH_BOX})
    _run(driver, scenarios["returns-policy"], settings)
    assert driver.actions.count("search returns") == 1
    second = _settings(lexicon, vendors)
    second.memory = settings.memory
    driver = ReplayDriver.of([home], hung={SEARCH_BOX})
    _run(driver, scenarios["shipping"], second)
    assert not [a for a in driver.actions if a.startswith("search")]


def test_a_dead_end_then_the_site_search(lexicon, vendors, scenarios):
    home = page([link(1, "Help", BASE + "help", region="header", y=10)], fields=[_search_box()])
    help_page = page(
        [link(1, "Shipping", BASE + "shipping")],
        title="Help",
        h1=["Help"],
        fields=[_search_box()],
        url=BASE + "help",
    )
    shipping = page([], title="Shipping", h1=["Shipping"], url=BASE + "shipping")
    results = page(
        [link(1, "Returns policy", BASE + "returns", region="main", y=300)],
        title="Search results",
        fields=[_search_box()],
        url=BASE + "search?q=returns",
    )
    driver = ReplayDriver.of(
        [home, help_page, shipping, results, RETURNS_PAGE],
        searches={"returns": BASE + "search?q=returns"},
    )
    result = _run(driver, scenarios["returns-policy"], _settings(lexicon, vendors))
    assert result.found and result.searches == 1
    assert "search returns" in driver.actions
    assert driver.actions.index("search returns") > driver.actions.index("link Help")
    assert result.evidence.final_url == BASE + "returns"


def test_the_click_budget_ends_a_fruitless_walk(lexicon, vendors, scenarios):
    chain = [
        page(
            [link(1, "Help", BASE + f"help/{n + 1}")],
            title="Help",
            h1=["Help centre"],
            url=BASE + (f"help/{n}" if n else ""),
        )
        for n in range(12)
    ]
    scenario = scenarios["returns-policy"].model_copy(update={"click_budget": 2})
    result = _run(ReplayDriver.of(chain), scenario, _settings(lexicon, vendors))
    assert result.verdict == "not_found" and result.clicks <= 2
    assert "click budget (2)" in result.reason or "nothing" in result.reason


def test_a_closed_accordion_whose_question_matches_is_opened(lexicon, vendors, scenarios):
    toggle = Candidate(
        id=5,
        kind="toggle",
        tag="button",
        text="Can I return an item?",
        name="",
        href=None,
        region="main",
        x=100,
        y=300,
        w=300,
        h=30,
    )
    closed = page(
        [toggle],
        sections=[section("Can I return an item?", "", collapsed=True, toggle_id=5)],
        title="FAQ",
        h1=["FAQ"],
        url=BASE,
    )
    opened = page(
        [toggle],
        sections=[
            section("Can I return an item?", "Yes, you can return it within 14 days.", toggle_id=5)
        ],
        title="FAQ",
        h1=["FAQ"],
        url=BASE,
    )
    driver = ReplayDriver.of([closed])
    driver.after[(BASE, "expand", "can i return an item")] = opened
    result = _run(driver, scenarios["returns-policy"], _settings(lexicon, vendors))
    assert result.found and [s.action for s in result.steps] == ["open", "expand"]


def test_a_recorded_site_run_replays_to_the_same_path(lexicon, vendors, scenarios):
    home = page(
        [
            link(1, "Help", BASE + "help", region="header", y=10),
            link(2, "Contact us", BASE + "contact"),
        ]
    )
    help_page = page(
        [link(1, "Returns & refunds", BASE + "returns", region="main", y=300)],
        title="Help",
        h1=["Help centre"],
        url=BASE + "help",
    )
    contact = page(
        [],
        title="Contact us",
        h1=["Contact us"],
        text="Contact us\nWrite to help@shop.example or call +1 212-555-0134.",
        url=BASE + "contact",
    )
    log = PageLog()
    recorded = SiteRun(site="S", slug="s", role="yours", device="desktop", start_url=BASE)
    for sid in ("returns-policy", "contact"):
        driver = ReplayDriver.of([home, help_page, contact, RETURNS_PAGE])
        recorded.results.append(_run(driver, scenarios[sid], _settings(lexicon, vendors, log)))
    assert all(r.found for r in recorded.results)
    again = ReplayDriver.from_site_run(recorded, log.pages)
    replayed = _run(again, scenarios["returns-policy"], _settings(lexicon, vendors))
    assert [(s.action, s.label) for s in replayed.steps] == [
        (s.action, s.label) for s in recorded.results[0].steps
    ]


REAL = Path(__file__).parent / "data" / "realpages"


def _real_view(host: str) -> PageView:
    data = json.loads(gzip.decompress((REAL / f"{host}.view.json.gz").read_bytes()))
    return PageView.from_js(data)


@pytest.mark.parametrize(
    ("scenario_id", "labelled"),
    [
        # the links a person would click, as hand-labelled in shared/realpages/labels.yaml
        ("returns-policy", {"Retour, échange, rétractation", "Retour facile"}),
        ("shipping", {"La livraison"}),
    ],
)
def test_first_click_on_a_saved_real_page(lexicon, vendors, scenarios, scenario_id, labelled):
    """A French store's real product page (kiabi.com): the shopper's first click for each
    task is one of the links a person would choose, among 300 candidates."""
    view = _real_view("www.kiabi.com")
    settings = _settings(lexicon, vendors, allows=HostPolicy(view.url).allows)
    result = asyncio.run(
        run_scenario(ReplayDriver.of([view]), scenarios[scenario_id], view.url, settings)
    )
    assert result.language == "fr"
    assert any(result.first_click.label.startswith(label) for label in labelled), result.first_click


def test_contact_details_in_the_footer_answer_at_zero_clicks(lexicon, vendors, scenarios):
    """kiabi.com shows its phone number in the footer: a shopper has the answer without a
    click, whatever the headings say."""
    view = _real_view("www.kiabi.com")
    settings = _settings(lexicon, vendors, allows=HostPolicy(view.url).allows)
    result = asyncio.run(
        run_scenario(ReplayDriver.of([view]), scenarios["contact"], view.url, settings)
    )
    assert result.found and result.clicks == 0
    assert result.evidence.heading == "contact details in the footer"
    assert "09 69 32 00 23" in result.evidence.snippet


def test_a_search_that_ends_on_an_error_page_goes_straight_back(lexicon, vendors, scenarios):
    """An error page where results should be holds nothing to read: the shopper goes back at
    once, without scrolling it for a late footer."""
    home = page([link(1, "About us", BASE + "about", region="footer")], fields=[_search_box()])
    driver = ReplayDriver.of([home], searches={"returns": BASE + "search?q=returns"})
    _run(driver, scenarios["returns-policy"], _settings(lexicon, vendors))
    after = driver.actions[driver.actions.index("search returns") + 1 :]
    assert after[:1] == ["back"] and "press End" not in after


def test_a_page_whose_end_showed_nothing_is_not_scrolled_again_by_the_next_task(
    lexicon, vendors, scenarios
):
    """No footer and nothing promising: the first task scrolls to the page's end and waits
    for late content; when nothing came, the site's later tasks do not wait there again."""
    home = page([link(1, "Our story", BASE + "about", region="main")])
    first = _settings(lexicon, vendors)
    driver = ReplayDriver.of([home])
    _run(driver, scenarios["returns-policy"], first)
    assert driver.actions.count("press End") == 1
    second = _settings(lexicon, vendors)
    second.memory = first.memory
    driver = ReplayDriver.of([home])
    _run(driver, scenarios["shipping"], second)
    assert "press End" not in driver.actions
