"""The shopper on small purpose-built sites (not the demo zoo): it never submits a form, uses
only GET site search, never leaves the allowed hosts, survives dialogs, opens unknown chat
widgets by their look."""

from __future__ import annotations

import pytest

from benchmark import api

from .conftest import html, write

pytestmark = pytest.mark.browser
ROBOTS = {"/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n")}
CONTACT = html("<h1>Contact us</h1><p>Email help@shop.example or call +1 212-555-0134.</p>")


def run_on(tmp_path, url: str, scenarios: list[str], extra_hosts: str = ""):
    bench = write(
        tmp_path / "b.yaml",
        f"""
name: Agent test
your_store: {{name: Shop, start_url: "{url}"{extra_hosts}}}
devices: [desktop]
scenarios: {scenarios}
politeness: {{max_requests_per_second: 20}}
timeouts: {{navigation_s: 10, scenario_s: 60, chat_wait_s: 3}}
""",
    )
    result = api.run_benchmark(bench, results_dir=tmp_path / "results", screenshots=False)
    return {r.scenario_id: r for r in result.run.site_runs[0].results}


def test_never_clicks_a_submit_button(tmp_path, page_server):
    pages = {
        **ROBOTS,
        "/": html(
            '<form method="post" action="/send"><button type="submit">Contact us</button>'
            '</form><footer><a href="/help">Help</a></footer>'
        ),
        "/help": html('<h1>Help</h1><p><a href="/contact">Contact</a></p>'),
        "/contact": CONTACT,
    }
    with page_server(pages) as site:
        results = run_on(tmp_path, site.url, ["contact"])
    assert results["contact"].found
    assert [m for m, _ in site.requests if m != "GET"] == []


@pytest.mark.parametrize(("method", "expected"), [("get", "found"), ("post", "not_found")])
def test_site_search_only_when_it_is_a_get_form(tmp_path, page_server, method, expected):
    pages = {
        **ROBOTS,
        "/": html(
            f'<form role="search" method="{method}" action="/search">'
            '<input type="search" name="q" aria-label="Search"></form><h1>Shop</h1>'
        ),
        "/search": html('<h1>Results</h1><a href="/policies/returns">Returns policy</a>'),
        "/policies/returns": html("<h1>Returns</h1><p>Return items within 21 days.</p>"),
    }
    with page_server(pages) as site:
        results = run_on(tmp_path, site.url, ["returns-policy"])
    assert results["returns-policy"].verdict == expected
    assert results["returns-policy"].searches == (1 if method == "get" else 0)
    assert [m for m, _ in site.requests if m != "GET"] == []


def test_a_search_box_under_a_layer_is_given_up_at_once(tmp_path, page_server):
    """A transparent layer left over the page (a consent backdrop whose box is gone): typing
    into the search box under it fails as a click on a covered link does, saying what lies
    over it, and no search is sent."""
    pages = {
        **ROBOTS,
        "/": html(
            '<form role="search" method="get" action="/search">'
            '<input type="search" name="q" aria-label="Search"></form><h1>Shop</h1>'
            '<div class="privacy-backdrop" style="position:fixed;inset:0;z-index:9"></div>'
        ),
        "/search": html('<h1>Results</h1><a href="/policies/returns">Returns policy</a>'),
    }
    with page_server(pages) as site:
        results = run_on(tmp_path, site.url, ["returns-policy"])
    steps = [s for s in results["returns-policy"].steps if s.action == "search"]
    assert steps and "lies over the search box" in (steps[0].note or "")
    assert "div.privacy-backdrop" in steps[0].note
    assert not [p for _, p in site.requests if p.startswith("/search")]


def test_links_to_other_hosts_are_not_followed(tmp_path, page_server):
    with page_server({"/returns": html("<h1>Returns</h1><p>30 days to return.</p>")}) as other:
        pages = {
            **ROBOTS,
            "/": html(
                f'<nav><a href="{other.url}returns">Returns</a>'
                '<a href="javascript:alert(1)">Returns policy</a></nav>'
                '<footer><a href="/help">Help</a></footer>'
            ),
            "/help": html('<h1>Help</h1><a href="/help/returns">Returning an item</a>'),
            "/help/returns": html(
                "<h1>Returning an item</h1><p>You can return items within 30 days of delivery.</p>"
            ),
        }
        with page_server(pages) as site:
            results = run_on(tmp_path, site.url, ["returns-policy"])
        assert other.requests == []
    assert results["returns-policy"].found
    assert results["returns-policy"].evidence.final_url.endswith("/help/returns")


def test_dialogs_are_dismissed_and_unknown_chat_widgets_are_opened(tmp_path, page_server):
    widget = """
<button id="bubble" aria-label="Chat with us" style="position:fixed;right:16px;bottom:16px;
  width:56px;height:56px;border-radius:50%">?</button>
<div id="panel" style="display:none;position:fixed;right:16px;bottom:80px;width:340px;height:460px;
  background:#fff;border:1px solid #333">Hi! An agent will answer in 2 minutes.</div>
<script>
  alert('Welcome!');
  document.getElementById('bubble').onclick = () => {
    document.getElementById('panel').style.display = 'block'; };
</script>"""
    with page_server({**ROBOTS, "/": html("<h1>Shop</h1>" + widget)}) as site:
        results = run_on(tmp_path, site.url, ["live-chat"])
    chat = results["live-chat"]
    assert chat.found and chat.evidence.chat.generic and chat.evidence.chat.vendor is None
    assert "agent will answer" in (chat.evidence.chat.panel_text or "")


def test_a_scroll_revealed_footer_and_a_stores_own_cookie_bar(tmp_path, page_server):
    """Footer links faded in by a scroll-reveal library (transparent until scrolled to) are
    links a person uses; a plain transparent element is not. The store's own cookie bar (no
    consent tool) is answered least-sharing first and recorded. (Its id is one autoconsent's
    cosmetic rules do not already hide, as they hide the usual "cookie-bar".)"""
    home = html(
        '<div id="shop-gdpr-strip" style="position:fixed;bottom:0;left:0;right:0;background:#eee">'
        "This shop uses cookies to remember your basket."
        '<button onclick="this.parentNode.remove()">Accept all</button>'
        '<button onclick="this.parentNode.remove()">Reject all</button></div>'
        '<main style="height:1500px"><h1>Garden tools</h1></main>'
        '<footer><div data-aos="fade-up" style="opacity:0">'
        '<a href="/shipping-info">Delivery information</a></div>'
        '<div style="opacity:0"><a href="/secret">Shipping secrets</a></div></footer>'
    )
    shipping = html(
        "<h1>Delivery information</h1><p>We deliver in 2 to 4 working days. Standard "
        "delivery costs $5.95 and is free on orders over $60.</p>"
    )
    pages = {**ROBOTS, "/": home, "/shipping-info": shipping}
    with page_server(pages) as site:
        results = run_on(tmp_path, site.url, ["shipping"])
        run = next((tmp_path / "results").glob("*/run.json")).read_text()
    shipping_result = results["shipping"]
    assert shipping_result.found
    assert [s.label for s in shipping_result.steps if s.action == "click"] == [
        "Delivery information"
    ]
    assert "cookie banner, no known consent tool (refused: 'Reject all')" in run


def test_a_block_faded_in_when_scrolled_into_view_is_seen(tmp_path, page_server):
    """A page's own script lifts an inline opacity:0 from its footer only once the footer
    scrolls into view (an IntersectionObserver): a person scrolling down sees its links, so
    the shopper scrolls there and uses them."""
    home = html(
        '<main style="height:1800px"><h1>Camping stoves</h1></main>'
        '<footer id="foot" style="opacity:0;transition:opacity .2s">'
        '<a href="/help/shipping">Shipping &amp; delivery</a></footer>'
        "<script>new IntersectionObserver((seen, watch) => {"
        "  if (seen.some((e) => e.isIntersecting)) {"
        "    document.getElementById('foot').style.opacity = '1'; watch.disconnect(); }"
        "}).observe(document.getElementById('foot'));</script>"
    )
    shipping = html(
        "<h1>Shipping &amp; delivery</h1><p>Parcels leave our warehouse within one working "
        "day and arrive in 3 to 5 working days. Shipping is $4.50, free above $40.</p>"
    )
    with page_server({**ROBOTS, "/": home, "/help/shipping": shipping}) as site:
        result = run_on(tmp_path, site.url, ["shipping"])["shipping"]
    assert result.found
    assert [s.label for s in result.steps if s.action == "click"] == ["Shipping & delivery"]


def test_a_page_footer_whose_fade_in_never_ran_is_read_but_nothing_else_transparent(
    tmp_path, page_server
):
    """A store's footer left at opacity 0 by a fade-in whose script never came (blocked, not
    loaded) is a footer a person on a working page sees: its links are used. A transparent
    block that is not the page's footer (a card's own footer, a plain block) stays unseen."""
    home = html(
        '<main style="height:1600px"><h1>Rain jackets</h1>'
        '<article><footer style="opacity:0"><a href="/card-returns">Returns for this item</a>'
        "</footer></article>"
        '<div style="opacity:0"><a href="/hidden-returns">Returns hidden</a></div></main>'
        '<footer style="opacity:0"><ul><li><a href="/returns">Returns &amp; refunds</a></li>'
        "</ul></footer>"
    )
    returns = html(
        "<h1>Returns &amp; refunds</h1><p>Changed your mind? Send the jacket back within "
        "45 days of delivery and we refund the card you paid with.</p>"
    )
    pages = {**ROBOTS, "/": home, "/returns": returns}
    with page_server(pages) as site:
        result = run_on(tmp_path, site.url, ["returns-policy"])["returns-policy"]
    clicks = [s.label for s in result.steps if s.action == "click"]
    assert result.found, clicks
    assert clicks == ["Returns & refunds"]


def test_a_footer_link_that_names_nothing_is_read_with_its_columns_heading(tmp_path, page_server):
    """ "Browse everything" says nothing alone; under the footer column "Help & FAQ" it is the
    way into the help centre. The same words under "Company" promise nothing."""
    footer = (
        "<footer><section><h3>Company</h3><ul><li><a href='/story'>Our story</a></li>"
        "<li><a href='/jobs-list'>Browse everything</a></li></ul></section>"
        # parts of a footer may carry its name ("site-footer_column"): they are no footer
        "<section class='site-footer_column'><h3><span>Help &amp; FAQ</span></h3>"
        "<div class='site-footer_links'><div>"
        "<a href='/hub'>Browse everything</a></div><div>"
        "<a href='/delivery'>Delivery</a></div></div></section></footer>"
    )
    home = html("<main style='height:900px'><h1>Kettles</h1></main>" + footer)
    hub = html(
        "<h1>Help centre</h1><h2>Frequently asked questions</h2>"
        "<p>Find answers about orders, delivery, returns and payment.</p>"
        + "".join(f"<h3>Question {n}</h3><p>Answer {n}.</p>" for n in range(8))
    )
    pages = {**ROBOTS, "/": home, "/hub": hub}
    with page_server(pages) as site:
        result = run_on(tmp_path, site.url, ["faq-help"])["faq-help"]
    clicks = [(s.label, s.url) for s in result.steps if s.action == "click"]
    assert clicks and clicks[0][1].endswith("/hub"), clicks


def test_the_pages_own_heading_titles_no_footer_link(tmp_path, page_server):
    """A footer's links are not titled by what lies beside the footer: the page's heading
    ("Search results: gift cards") over a footer of plain links promises nothing for them."""
    home = html(
        "<main><h1>Search results: gift cards</h1><p>No results.</p></main>"
        "<footer><a href='/terms-of-sale'>Terms</a> <a href='/journal'>Journal</a></footer>"
    )
    with page_server({**ROBOTS, "/": home}) as site:
        result = run_on(tmp_path, site.url, ["gift-card"])["gift-card"]
    clicks = [s.url for s in result.steps if s.action == "click"]
    assert clicks == [], clicks


def test_a_column_of_links_titles_none_of_the_links_after_it(tmp_path, page_server):
    """Product links in the block after the footer's help column are not help links: a
    block with links of its own is another column, its heading not theirs."""
    footer = (
        "<footer><div><section><h3>Help &amp; FAQ</h3><ul><li><a href='/delivery'>Delivery"
        "</a></li></ul></section><div><a href='/kettles-red'>red kettles</a> "
        "<a href='/kettles-blue'>blue kettles</a></div></div></footer>"
    )
    home = html("<main style='height:900px'><h1>Kettles</h1></main>" + footer)
    with page_server({**ROBOTS, "/": home}) as site:
        result = run_on(tmp_path, site.url, ["faq-help"])["faq-help"]
    clicks = [s.url for s in result.steps if s.action == "click"]
    assert not any("kettles" in (url or "") for url in clicks), clicks


def test_a_list_item_of_text_between_links_titles_none_of_them(tmp_path, page_server):
    """A header row of icons with a line of text among them ("Questions? We can help") is one
    list of items: the text is an item, not the title of the basket link after it."""
    header = (
        "<header><ul><li><a href='/saved'>Saved items</a></li>"
        "<li><span>Questions? We can help</span></li>"
        "<li><a href='/basket'>0</a></li></ul></header>"
    )
    home = html(header + "<main style='height:900px'><h1>Kettles</h1></main>")
    with page_server({**ROBOTS, "/": home}) as site:
        result = run_on(tmp_path, site.url, ["faq-help"])["faq-help"]
    clicks = [s.url for s in result.steps if s.action == "click"]
    assert not any("basket" in (url or "") for url in clicks), clicks


def test_a_link_masked_in_a_data_attribute_is_followed(tmp_path, page_server):
    """Stores hide links from crawlers as spans holding the address base64-encoded in a data
    attribute, decoded by a script on click; without any stylesheet they look like text. The
    shopper follows them all the same; an attribute that decodes to no address is no link."""
    script = (
        "<script>document.addEventListener('click', (e) => {"
        " const t = e.target.closest('[data-enc]');"
        " if (t) location.href = atob(t.dataset.enc); });</script>"
    )
    home = html(
        "<main style='height:900px'><h1>Kettles</h1>"
        "<span data-enc='c2hpcHBpbmc='>Shipping</span></main>"  # "shipping": no address
        "<footer><ul><li><span data-enc='L2Jhc2tldA=='>Basket</span></li>"
        "<li><span data-enc='L3JldHVybnM='>Returns and refunds</span></li></ul></footer>" + script
    )
    returns = html(
        "<h1>Returns and refunds</h1><p>You can return any item within 30 days of delivery "
        "for a full refund to your original payment method.</p>"
    )
    with page_server({**ROBOTS, "/": home, "/returns": returns}) as site:
        result = run_on(tmp_path, site.url, ["returns-policy"])["returns-policy"]
    clicks = [(s.label, s.url) for s in result.steps if s.action == "click"]
    assert result.found, clicks
    assert clicks[0][1].endswith("/returns"), clicks


def test_a_pop_up_that_comes_after_the_shopper_looked_is_closed_and_the_click_made_again(
    tmp_path, page_server
):
    """A newsletter offer that opens as the pointer reaches the page's link (here: on its
    first mouseover, so it always comes after the shopper looked) refuses that click. The
    shopper closes it and clicks the link again, instead of giving the link up."""
    home = html(
        "<h1>Tea and teapots</h1>"
        '<p><a id="help" href="/contact">Contact us</a></p>'
        '<div id="offer" role="dialog" hidden style="position:fixed;inset:0;background:#fff">'
        "<p>Join our newsletter for 10% off</p>"
        '<button aria-label="Close" onclick="this.parentNode.hidden = true">×</button></div>'
        "<script>document.getElementById('help').addEventListener('mouseover', () => {"
        "  document.getElementById('offer').hidden = false; }, {once: true});</script>"
    )
    contact = html(
        "<h1>Contact</h1><p>Phone: +1 415-555-0186 (Monday to Friday, 9am to 5pm). "
        "E-mail: tea@example.com</p>"
    )
    with page_server({**ROBOTS, "/": home, "/contact": contact}) as site:
        result = run_on(tmp_path, site.url, ["contact"])["contact"]
    steps = [(s.action, s.label) for s in result.steps]
    assert result.found, steps
    assert ("close-popup", "×") in steps or ("close-popup", "Close") in steps
    assert steps[-1] == ("click", "Contact us")


def test_controls_wired_by_script_alone_are_clicked_like_links(tmp_path, page_server):
    """Real stores hide links from crawlers: a footer span with a pointer cursor whose target
    sits encoded in a data attribute, a "#contact" link whose script opens a panel on the same
    page. A person clicks both; a pointer-cursor span inside a form is never touched."""
    home = html(
        "<h1>Bicycle lights</h1>"
        '<form method="post" action="/send"><span class="send" style="cursor:pointer">'
        "Delivery help</span></form>"
        "<footer><ul>"
        '<li><span class="obf" data-target="L2RlbGl2ZXJ5LWNvc3Rz" style="cursor:pointer">'
        "Delivery costs</span></li>"
        '<li><a href="#contact" id="contact-link">Contact</a></li></ul>'
        '<div id="contact" hidden><h2>Contact</h2><p>Call us on +1 415-555-0147, '
        "Monday to Friday 9am to 5pm.</p></div></footer>"
        "<script>"
        "document.addEventListener('click', (e) => {"
        "  const s = e.target.closest('.obf');"
        "  if (s) location.href = atob(s.dataset.target);"
        "});"
        "document.querySelector('.send').addEventListener('click', (e) => {"
        "  e.target.closest('form').submit(); });"
        "document.getElementById('contact-link').addEventListener('click', (e) => {"
        "  e.preventDefault(); document.getElementById('contact').hidden = false; });"
        "</script>"
    )
    costs = html(
        "<h1>Delivery costs</h1><p>Standard delivery takes 3 to 5 working days and costs "
        "$4.50; orders over $40 travel free.</p>"
    )
    pages = {**ROBOTS, "/": home, "/delivery-costs": costs}
    with page_server(pages) as site:
        results = run_on(tmp_path, site.url, ["shipping", "contact"])
    shipping = results["shipping"]
    assert shipping.found and shipping.evidence.final_url.endswith("/delivery-costs")
    assert [s.label for s in shipping.steps if s.action == "click"] == ["Delivery costs"]
    contact = results["contact"]
    assert contact.found and [s.label for s in contact.steps if s.action == "click"] == ["Contact"]
    assert [m for m, _ in site.requests if m != "GET"] == []


# A page-speed plugin's loader, as WordPress and Shopify speed plugins write them: the scripts
# it holds carry their address in a data attribute and another type, and start on the first
# of the visitor's events in `events` (none of these loaders has a time-out here).
HOLDING_LOADER = """<script>
(() => {
  const events = %s;
  const start = () => {
    events.forEach((e) => window.removeEventListener(e, start));
    document.querySelectorAll('script[type="held/javascript"]').forEach((held) => {
      const s = document.createElement('script');
      s.src = held.dataset.heldSrc;
      held.replaceWith(s);
    });
  };
  events.forEach((e) => window.addEventListener(e, start, {passive: true}));
})();
</script>"""
HELP_WIDGET = """
const bubble = document.createElement('button');
bubble.setAttribute('aria-label', 'Message us');
bubble.style.cssText = 'position:fixed;right:20px;bottom:20px;width:60px;height:60px';
const panel = document.createElement('div');
panel.style.cssText = 'display:none;position:fixed;right:20px;bottom:90px;width:360px;' +
  'height:480px;background:#fafafa;border:1px solid #222';
panel.textContent = 'Our advisers are online: we reply within a few minutes.';
bubble.onclick = () => { panel.style.display = 'block'; };
document.body.append(bubble, panel);
"""


@pytest.mark.parametrize(
    "events", [["mousemove", "wheel", "keydown"], ["mouseover", "scroll", "touchstart"]]
)
def test_a_chat_held_until_the_visitor_moves_is_opened(tmp_path, page_server, events):
    """A widget whose script waits for the visitor's first movement (pointer or wheel, as
    page-speed plugins wait) appears once the shopper looks around, and is opened."""
    home = html(
        '<main style="height:1800px"><h1>Ceramic planters</h1></main>'
        '<script type="held/javascript" data-held-src="/assets/help-widget.js"></script>'
        + HOLDING_LOADER
        % events
    )
    pages = {
        **ROBOTS,
        "/": home,
        "/assets/help-widget.js": (200, "application/javascript", HELP_WIDGET),
    }
    with page_server(pages) as site:
        results = run_on(tmp_path, site.url, ["live-chat"])
    chat = results["live-chat"]
    assert chat.found and chat.evidence.chat.panel_open
    assert "reply within a few minutes" in (chat.evidence.chat.panel_text or "")


def test_a_vendor_snippet_held_back_still_names_the_vendor(tmp_path, page_server):
    """A chat vendor's snippet parked by a page-speed plugin (its address moved to a data
    attribute) is the vendor configured on the page, even when it never loads."""
    home = html(
        "<h1>Ceramic planters</h1>"
        '<script type="rocketlazyloadscript" '
        'data-rocket-src="https://static.zdassets.com/ekr/snippet.js?key=0f0f0f" defer></script>'
    )
    with page_server({**ROBOTS, "/": home}) as site:
        results = run_on(tmp_path, site.url, ["live-chat"])
    chat = results["live-chat"].evidence.chat
    assert chat.vendor == "zendesk-web-widget" and chat.mode == "configured, not shown"
    assert any("static.zdassets.com" in e for e in chat.detected_by)
