import asyncio

from benchmark.politeness import (
    HostPolicy,
    RateLimiter,
    RobotsRules,
    judged_requests,
    on_local_network,
    user_agent,
)


def test_host_policy_start_host_twin_and_extras():
    policy = HostPolicy("https://shop.example/", ["help.shop.example"])
    assert policy.allows("https://shop.example/returns")
    assert policy.allows("https://www.shop.example/")
    assert policy.allows("http://help.shop.example/a")
    assert not policy.allows("https://evil.example/")
    assert not policy.allows("javascript:alert(1)")
    assert not policy.allows("file:///etc/passwd")
    assert not policy.allows("data:text/html,hi")


def test_host_policy_keeps_ports_apart():
    policy = HostPolicy("http://127.0.0.1:8701/")
    assert policy.allows("http://127.0.0.1:8701/x")
    assert not policy.allows("http://127.0.0.1:8702/x")


def test_a_site_on_a_port_keeps_its_subdomains_on_that_port():
    """help.shop.localhost is the same site as shop.localhost (RFC 6761 names are sites one
    label below localhost); another port or a sibling name is not."""
    policy = HostPolicy("http://shop.localhost:8701/")
    assert policy.allows("http://help.shop.localhost:8701/returns")
    assert not policy.allows("http://help.shop.localhost:8702/returns")
    assert not policy.allows("http://other.localhost:8701/")
    assert not HostPolicy("http://localhost:8701/").allows("http://evil.localhost:8701/")


def test_robots_rules_follow_rfc_9309():
    rules = RobotsRules(
        200, "User-agent: *\nDisallow: /private\n\nUser-agent: supportbench\nDisallow: /search\n"
    )
    assert rules.allows("https://s.example/returns")
    assert not rules.allows("https://s.example/search?q=x")
    assert RobotsRules(404).allows("https://s.example/anything")
    assert not RobotsRules(503).allows("https://s.example/")
    assert "RFC 9309" in RobotsRules(0).reason("https://s.example/")


def test_robots_rules_longest_match_wildcards_and_end_anchor():
    """RFC 9309: the most specific (longest) rule wins, `*` matches any run of characters
    and `$` anchors the end; urllib.robotparser gets all four of these wrong."""

    def allowed(text: str, path: str) -> bool:
        return RobotsRules(200, "User-agent: *\n" + text).allows("https://s.example" + path)

    assert allowed("Disallow: /\nAllow: /help\n", "/help/returns")
    assert not allowed("Disallow: /\nAllow: /help\n", "/cart")
    assert not allowed("Disallow: /*/returns\n", "/en/returns")
    assert allowed("Disallow: /*/returns\n", "/returns-info")
    assert not allowed("Disallow: /*?q=\n", "/search?q=x")
    assert allowed("Disallow: /*?q=\n", "/search")
    assert allowed("Allow: /$\nDisallow: /\n", "/")
    assert not allowed("Allow: /$\nDisallow: /\n", "/shop")


def test_user_agent_is_honest():
    ua = user_agent("Mozilla/5.0 (X11) Chrome/150", contact="ops@example.com")
    assert ua.startswith("Mozilla/5.0") and "supportbench/" in ua and "ops@example.com" in ua
    named = user_agent("Mozilla/5.0 Chrome/150", "acme-cx", "cx@acme.example")
    assert " acme-cx supportbench/" in named and named.endswith(" (+cx@acme.example)")


def test_rate_limiter_spaces_requests_per_host():
    async def scenario():
        limiter = RateLimiter(per_second=10)
        waits = [await limiter.wait("a") for _ in range(3)]
        other = await limiter.wait("b")
        return waits, other

    waits, other = asyncio.run(scenario())
    assert waits[0] == 0
    assert all(w > 0.05 for w in waits[1:])
    assert other == 0


def test_local_network_means_this_machine_or_a_private_address():
    for url in ("http://127.0.0.1:8700/", "http://localhost/", "http://10.1.2.3/", "http://[::1]/"):
        assert on_local_network(url), url
    for url in ("https://shop.example/", "http://8.8.8.8/", "https://localhost.shop.example/"):
        assert not on_local_network(url), url


def test_only_the_own_hosts_scripts_styles_and_fonts_pass_unjudged():
    """Everything a page could be opened at goes through the guard: pages, data, images,
    anything on another host (even a script), and the whole of a host with something blocked
    on it. Matched the way Playwright's driver matches it: a JavaScript-compatible regex."""
    judged = judged_requests(HostPolicy("https://www.shop.example/", ["help.shop.example"]), [])
    for url in (
        "https://www.shop.example/assets/app.js",
        "https://shop.example:443/theme.min.CSS?v=3",
        "https://help.shop.example/fonts/a.woff2#x",
    ):
        assert not judged.search(url), url
    for url in (
        "https://www.shop.example/returns",
        "https://www.shop.example/returns.js/page",
        "https://www.shop.example/img/logo.png",
        "https://www.shop.example/api/cart.json",
        "https://cdn.shop.example/app.js",  # same site, but not named outright
        "https://tracker.example/www.shop.example/app.js",
        "http://evil.example/app.js",
    ):
        assert judged.search(url), url

    on_port = judged_requests(HostPolicy("http://127.0.0.1:8701/"), [])
    assert not on_port.search("http://127.0.0.1:8701/a.js")
    assert on_port.search("http://127.0.0.1:8702/a.js")

    blocked = judged_requests(HostPolicy("https://shop.example/"), ["shop.example/chat"])
    assert blocked.search("https://shop.example/chat/widget.js")
    assert blocked.search("https://www.shop.example/app.css")
