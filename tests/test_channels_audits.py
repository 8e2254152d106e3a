"""Channels and checklist audits from saved page snapshots: no browser needed."""

from benchmark.agent.contract import FormSummary, Link, PageView
from benchmark.measure.channels import classify_link, find_channels, inventory
from benchmark.measure.checks import audit_site_run, audit_specs
from benchmark.score.facts import rank
from benchmark.store.record import (
    ChatEvidence,
    Evidence,
    FactValue,
    FieldInfo,
    FormInfo,
    LinkInfo,
    PageSnapshot,
    Run,
    ScenarioResult,
    SiteRun,
)


def test_links_classified_by_host_and_scheme():
    assert classify_link("https://www.instagram.com/shop") == ("social", "Instagram")
    assert classify_link("https://wa.me/34612345678") == ("messaging", "WhatsApp")
    assert classify_link("sms:+123") == ("messaging", "SMS")
    assert classify_link("https://acme.zendesk.com/hc/en-us") == ("help_centre", "Zendesk Guide")
    assert classify_link("https://notinstagram.com/") is None


def test_find_channels_on_a_page(lexicon):
    view = PageView(
        url="https://s.example/contact",
        title="",
        lang="en",
        h1=[],
        viewport={},
        scroll={},
        links=[
            Link("mailto:Help@S.example?subject=x", "mail", "main", True),
            Link("tel:+12125550134", "call", "main", True),
            Link("https://m.me/shop", "Messenger", "footer", True),
        ],
        forms=[
            FormSummary(
                method="post",
                search=False,
                region="main",
                fields=[
                    {"type": "textarea", "label": "Your message", "name": "m", "placeholder": ""}
                ],
                submit_visible=True,
            )
        ],
    )
    kinds = {(f.kind, f.name) for f in find_channels(view, lexicon.view("en"))}
    assert kinds == {
        ("email", "help@s.example"),
        ("phone", "+1 212-555-0134"),
        ("messaging", "Messenger"),
        ("contact_form", "contact form"),
    }


def test_numbers_and_addresses_written_in_the_page_text_are_channels_too(lexicon):
    """A seller box or a delivery help text shows a number or address with no link: the
    shopper sees it. In running text a number counts only when written to be dialled or
    after a phone word, so order numbers and prices stay out."""
    view = PageView(
        url="https://tienda.example.cl/p/1",
        title="",
        lang="es-CL",
        h1=[],
        viewport={},
        scroll={},
        region_text={"footer": "Servicio al cliente: 600 360 3000 · Lunes a viernes"},
        text=(
            "Zapatilla urbana 39.990 pesos. Pedido 4471 2210 99 confirmado. "
            "¿Dudas con la entrega? Llámanos al +56 2 2345 6789 o escribe a "
            "ayuda@tienda.example.cl. Código de producto 120 455 778."
        ),
    )
    found = {(f.kind, f.name) for f in find_channels(view, lexicon.view("es", "CL"), "CL")}
    phones = {name for kind, name in found if kind == "phone"}
    assert "+56 2 2345 6789" in phones
    assert ("email", "ayuda@tienda.example.cl") in found
    assert not any("4471" in p or "455" in p for p in phones)


def snapshot(role, links=(), forms=(), url="https://s.example/", scenario=None):
    return PageSnapshot(
        role=role, scenario_id=scenario, url=url, links=list(links), forms=list(forms)
    )


def link(text, intents, region="footer", href="https://s.example/x"):
    return LinkInfo(text=text, href=href, region=region, visible=True, intents=intents)


def site_run(device="desktop", pages=(), results=()):
    return SiteRun(
        site="S",
        slug="s",
        role="yours",
        device=device,
        start_url="https://s.example/",
        pages=list(pages),
        results=list(results),
    )


def found(scenario, page=None, facts=None, chat=None):
    return ScenarioResult(
        scenario_id=scenario,
        verdict="found",
        page=page,
        facts=facts or {},
        evidence=Evidence(final_url="https://s.example/c", chat=chat),
    )


def bare_run(site_runs, devices):
    return Run(
        run_id="r",
        name="n",
        spec_hash="h",
        agent_version="1",
        tool_version="0",
        devices=devices,
        site_runs=site_runs,
    )


def statuses(sr, run):
    return {a.id: a.status for a in audit_site_run(sr, run)}


def test_contact_details_written_in_the_footer_count_and_a_whatsapp_number_is_not_a_phone(
    lexicon,
):
    from benchmark.store.record import ChannelFinding

    home = snapshot("home", [link("FAQ", ["faq"])])
    home.channels = [ChannelFinding(kind="email", name="hi@s.example", evidence="footer", url="u")]
    sr = site_run(pages=[home])
    assert statuses(sr, bare_run([sr], ["desktop"]))["contact_in_footer"] == "pass"
    view = PageView(
        url="https://s.example/contact",
        title="",
        lang="es",
        h1=[],
        viewport={},
        scroll={},
        links=[Link("https://wa.me/34612345678", "+34 612 345 678", "main", True)],
        text="Escríbenos por WhatsApp: +34 612 345 678. Teléfono: +34 912 34 56 78.",
    )
    found = {(f.kind, f.name) for f in find_channels(view, lexicon.view("es", "ES"), "ES")}
    assert ("messaging", "WhatsApp") in found
    assert {name for kind, name in found if kind == "phone"} == {"+34 912 34 56 78"}


def test_audits_pass_and_fail_with_evidence():
    footer = [
        link("Contact", ["contact"]),
        link("FAQ", ["faq"]),
        link("Returns", ["returns"]),
        link("Shipping", ["shipping"]),
    ]
    hub = snapshot(
        "visited",
        [
            link("Contact us", ["contact"], "main"),
            link("Returns", ["returns"], "main"),
            link("Track", ["order_tracking"], "main"),
        ],
        url="https://s.example/help",
    )
    form = FormInfo(
        method="post",
        search=False,
        region="main",
        submit_visible=True,
        contact=True,
        fields=[FieldInfo(type="text", label="", placeholder="Name")],
    )
    contact = snapshot("answer", forms=[form], scenario="contact", url="https://s.example/contact")
    fact = FactValue(value="24 hours", snippet="We reply within 24 hours", url="u")
    sr = site_run(
        pages=[snapshot("home", footer), snapshot("category", footer[:2]), hub],
        results=[
            found("contact", contact, {"response_time": fact}),
            found("live-chat", chat=ChatEvidence(panel_open=True)),
        ],
    )
    run = bare_run([sr], ["desktop"])
    got = statuses(sr, run)
    assert got["super_footer"] == "pass" and got["faq_in_footer"] == "pass"
    assert got["support_hub"] == "pass"
    assert got["contact_form_usable"] == "fail"  # a placeholder is not a label
    assert got["response_time_stated"] == "pass"
    assert got["chat_hours_shown"] == "fail"
    assert got["policies_everywhere"] == "fail"  # the category page lacks both policies
    assert got["support_on_mobile"] == "not_applicable"
    assert set(got) == set(audit_specs())


def test_support_on_mobile_compares_devices():
    desktop = site_run(results=[found("returns-policy"), found("contact")])
    mobile = site_run(
        "mobile",
        results=[
            found("returns-policy"),
            ScenarioResult(scenario_id="contact", verdict="not_found"),
        ],
    )
    run = bare_run([desktop, mobile], ["desktop", "mobile"])
    result = next(a for a in audit_site_run(mobile, run) if a.id == "support_on_mobile")
    assert result.status == "fail" and "contact" in result.evidence


def test_inventory_merges_pages_facts_and_chat():
    chat = ChatEvidence(vendor="tidio", vendor_name="Tidio", panel_open=True, mode="offline")
    sr = site_run(
        results=[
            found("live-chat", chat=chat),
            found("contact", facts={"email": FactValue(value="A@S.example", snippet="", url="u")}),
        ]
    )
    inv = inventory(sr)
    assert [f.name for f in inv["live_chat"]] == ["Tidio (offline: leave a message)"]
    assert [f.name for f in inv["email"]] == ["a@s.example"]


def test_best_values_ranked_by_direction_and_currency():
    def fv(value, number, unit):
        return FactValue(value=value, snippet="", url="", number=number, unit=unit)

    ranked = rank("return_window_days", {"a": fv(30, 30, "days"), "b": fv(60, 60, "days")})
    assert ranked.best == {"b"} and ranked.gap["a"] == 0.5
    cost = rank("shipping_cost", {"a": fv("$5", 5, "USD"), "b": fv("4 €", 4, "EUR")})
    assert cost.best == set()  # different currencies are not compared
    nobody = rank("weekend_shipping", {"a": fv(False, None, None), "b": fv(False, None, None)})
    assert nobody.best == set()


def test_a_tel_link_counts_the_number_it_shows_and_ignores_invisible_marks(lexicon):
    """The shopper notes the number written on the link; the href may dial another one and
    carry an invisible direction mark. A trunk-prefixed number of a store whose country is
    unknown stays as written instead of becoming a made-up US number."""
    view = PageView(
        url="https://s.example/",
        title="",
        lang="en",
        h1=[],
        viewport={},
        scroll={},
        links=[
            Link("tel:%E2%80%8E+4031%20555%2001%2002", "+40 31 555 01 99", "header", True),
            Link("tel:0800 555 0101", "0800 555 0101", "footer", True),
        ],
    )
    romania = {f.name for f in find_channels(view, lexicon.view("en"), "RO") if f.kind == "phone"}
    assert romania == {"+40 31 555 0102", "+40 31 555 0199", "0800 555 0101"}
    unknown = {f.name for f in find_channels(view, lexicon.view("en"), "US") if f.kind == "phone"}
    assert "0800 555 0101" in unknown and not any(n.startswith("+1 0") for n in unknown)
