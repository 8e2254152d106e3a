"""Run the robot on real store pages (../shared/realpages) and grade it against their labels.

Each labelled page is served on 127.0.0.1 as UTF-8 and benchmarked like any store (every
scenario, desktop). Relative links then lead to pages that do not exist here and absolute
ones leave the allowed host, so what is graded is what a page alone can show:

- first click: for each task with labelled links (returns, contact, shipping, FAQ/help,
  order tracking, live chat), is the first link the shopper follows (menus it opens on the
  way do not count) one a person would click: a labelled link's text, or its address (the
  store's tracking tags such as `ref_` or `utm_*` aside, which only say where on the page
  a link was)? Tasks with no labelled link are left out; a
  task answered on the page itself without following anything (contact details in the
  header or footer, a delivery price in the product's own section; closing a cookie banner
  or opening a section of the page on the way is no first click) counts as right.
- phone and e-mail recall: of the numbers and addresses the page shows, how many the run
  reports (channels and facts);
- chat vendor: of the pages whose embed code names a chat vendor, how many the run names
  (a label naming two vendors is met by either); a store's own chat ("platform's own",
  "in-house") has no vendor to name: there the run must report a chat, open or not;
- false chat: pages without any chat where the run says it opened one (must be 0);
- consent: of the pages with a consent banner in the DOM, how many the run handled;
- seconds per site-run (wall clock, every scenario).

Each site is declared with the country its real host name gives (``.com.ar`` → AR, nothing
for ``.com``), as a user benchmarking it would; served from 127.0.0.1 the page itself no
longer says it. The labels are never an input.

The captured pages still reference their stores' scripts and images; as the corpus README
says, the browser's network is limited to 127.0.0.1 here (every other host name resolves to
nothing at once), so dead third-party requests do not hold each page load for seconds.

Usage:
    python bench/realpages.py                       # every page
    python bench/realpages.py --hosts www.kiabi.com --concurrency 2
    python bench/realpages.py --run-dir RUN_DIR [RUN_DIR …]   # grade saved runs again, together
    python bench/realpages.py --run-dir RUN_DIR --remeasure  # … measured with today's code
    python bench/realpages.py --replay RUN_DIR      # first clicks only, today's ranking code

`--replay` needs no browser: each task is replayed by the agent over the start page the saved
run perceived (`agent.replay.ReplayDriver`), so a change to ranking or the lexicon is graded in
about a minute instead of an hour. It grades the first click only, on desktop views.

Last line: first_click=… phone=… email=… chat_vendor=… false_chat=… s_per_site=…
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import re
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qsl, urljoin, urlsplit

import yaml

from benchmark import api
from benchmark.browser import session as browser_session
from benchmark.measure.channels import inventory
from benchmark.spec.lexicon import page_country
from benchmark.store.record import Run, SiteRun
from benchmark.store.rundir import read_run
from benchmark.text import normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "realpages"
TASKS = {
    "returns-policy": "returns",
    "contact": "contact",
    "shipping": "shipping",
    "faq-help": "faq_help",
    "order-tracking": "order_tracking",
    "live-chat": "live_chat",
}


def serve(root: Path) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map: ClassVar[dict[str, str]] = {
            **http.server.SimpleHTTPRequestHandler.extensions_map,
            ".html": "text/html; charset=utf-8",
        }

        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args):  # type: ignore[no-untyped-def]
            return

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request, client_address):  # type: ignore[no-untyped-def]
            if not isinstance(sys.exc_info()[1], ConnectionError):  # a beacon the page dropped
                super().handle_error(request, client_address)

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@dataclass
class Page:
    host: str
    page_id: str
    label: dict
    name: str = ""
    url: str = ""


def load_pages(corpus: Path, hosts: list[str]) -> list[Page]:
    labels = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8"))
    pages = []
    for entry in labels:
        if hosts and entry["host"] not in hosts:
            continue
        for n, page_id in enumerate(entry["pages"], start=1):
            pages.append(Page(entry["host"], page_id, entry, name=f"{entry['host']} #{n}"))
    return pages


def write_benchmark(pages: list[Page], folder: Path, port: int) -> Path:
    sites = []
    for page in pages:
        page.url = f"http://127.0.0.1:{port}/{page.host}/{page.page_id}/index.html"
        # the store's own host is its host here too: its absolute links are the store's (they
        # lead nowhere offline, but the first click is graded, not the page it opens)
        site = {"name": page.name, "start_url": page.url, "allowed_hosts": [page.host]}
        # served from 127.0.0.1, a page loses the country its real address names (.com.ar,
        # .sk): declare it as a user would, from the real host name alone (never the label)
        country = page_country("", f"https://{page.host}/")
        if country:
            site["country"] = country
        sites.append(site)
    spec = {
        "name": "Real store pages",
        "your_store": sites[0],
        "competitors": sites[1:],
        "devices": ["desktop"],
        "scenarios": "all",
        "politeness": {"max_requests_per_second": 20, "user_agent": "supportbench-realpages"},
        "timeouts": {"navigation_s": 15, "scenario_s": 90, "chat_wait_s": 4},
    }
    path = folder / "realpages.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------- grading


def _applies(item: dict, page: Page) -> bool:
    return "pages" not in item or page.page_id in item["pages"]


def _text(value: str) -> str:
    return " ".join(normalize(value or "").split())


def _first_link(result) -> tuple[str, str | None] | None:  # type: ignore[no-untyped-def]
    """The first link the shopper followed (after any menus it opened), or its first act."""
    for step in result.steps:
        if step.action == "click":
            return step.label, step.url
        if step.action in ("search", "open-chat"):
            return step.label, None
    if result.first_click is not None:
        return result.first_click.label, result.first_click.url
    return None


NAVIGATION = ("click", "back", "search", "open-chat")


def first_click_right(result, links: list[dict], page: Page) -> bool:  # type: ignore[no-untyped-def]
    if result.found and not any(s.action in NAVIGATION for s in result.steps):
        # answered where the shopper already was: closing a cookie banner or opening a
        # section of the same page is no first click to grade
        return True
    first = _first_link(result)
    if first is None:
        return False
    label, url = first
    for link in links:
        if link.get("text") and _text(link["text"]) == _text(label):
            return True
        href = link.get("href")
        if href and url and not href.startswith(("javascript:", "#")):
            target = urljoin(page.url, href)
            if _same_place(url, target) or (
                link.get("match") == "prefix" and url.startswith(target)
            ):
                return True
    return False


# query parameters that only say where a link sat or which campaign it belongs to
TRACKING = re.compile(r"^(utm_\w+|ref_?|gclid|fbclid|msclkid|mc_[ce]id|_ga|srsltid)$", re.I)


def _same_place(url: str, target: str) -> bool:
    """`url` is the labelled `target`: the same address, whatever tracking tags either
    carries ("/order-history?ref_=footer" is "/order-history?ref_=nav"); every other
    parameter of the target must be there with its value."""
    a, b = urlsplit(url), urlsplit(target)
    if (a.netloc, a.path.rstrip("/")) != (b.netloc, b.path.rstrip("/")):
        return False
    have = dict(parse_qsl(a.query, keep_blank_values=True))
    wanted = [
        (k, v) for k, v in parse_qsl(b.query, keep_blank_values=True) if not TRACKING.match(k)
    ]
    return all(have.get(k) == v for k, v in wanted)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value or "")


def _phone_found(expected: str, found: set[str]) -> bool:
    want = _digits(expected)[-8:]
    return any(want and _digits(f).endswith(want) for f in found)


def chat_named(result, vendor: str) -> bool:  # type: ignore[no-untyped-def]
    """The run names the labelled chat vendor (a label may name two: either counts). A
    store's own chat ("platform's own", "in-house") has no vendor to name: there the run must
    report a chat, found or configured."""
    chat = result.evidence.chat if result is not None else None
    if chat is None:
        return False
    if "own" in vendor or "in-house" in vendor:
        return result.found or bool(chat.detected_by)
    name = _text(chat.vendor_name or "")
    return bool(name) and name in _text(vendor)


@dataclass
class Grade:
    first: list[bool] = field(default_factory=list)
    phones: list[bool] = field(default_factory=list)
    emails: list[bool] = field(default_factory=list)
    vendors: list[bool] = field(default_factory=list)
    consent: list[bool] = field(default_factory=list)
    false_chat: int = 0
    seconds: list[float] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def grade_site(site_run: SiteRun, page: Page, grade: Grade) -> None:
    label = page.label
    results = {r.scenario_id: r for r in site_run.results}
    marks = []
    for scenario, task in TASKS.items():
        links = [x for x in label["tasks"][task]["links"] if _applies(x, page)]
        result = results.get(scenario)
        if not links or result is None:
            continue
        right = first_click_right(result, links, page)
        grade.first.append(right)
        first = _first_link(result)
        marks.append(f"{task}:{'✔' if right else '✘ ' + repr(first[0][:40] if first else None)}")
    channels = inventory(site_run)
    # a number shown only in a WhatsApp link is reported as that messaging channel
    phones = {c.name for c in channels.get("phone", [])} | {
        c.evidence for c in channels.get("messaging", []) if c.name == "WhatsApp"
    }
    emails = {c.name.lower() for c in channels.get("email", [])}
    for item in label.get("phones") or []:
        if _applies(item, page):
            grade.phones.append(_phone_found(str(item["value"]), phones))
    for item in label.get("emails") or []:
        if _applies(item, page):
            grade.emails.append(str(item["value"]).lower() in emails)
    chat = results.get("live-chat")
    vendor = (label.get("chat") or {}).get("vendor", "none")
    if vendor != "none":
        grade.vendors.append(chat_named(chat, vendor))
    elif chat is not None and chat.found:
        grade.false_chat += 1
    if (label.get("consent") or {}).get("banner_in_dom"):
        grade.consent.append(any(i.kind == "consent" for i in site_run.interruptions))
    if site_run.finished_at and site_run.started_at:
        start = datetime.fromisoformat(site_run.started_at.replace("Z", "+00:00"))
        end = datetime.fromisoformat(site_run.finished_at.replace("Z", "+00:00"))
        grade.seconds.append((end - start).total_seconds())
    grade.lines.append(f"{page.name:<32} {site_run.language or '?':<4} {' '.join(marks)}")


def share(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.2f}" if values else "n/a"


def grade_run(run: Run, pages: list[Page], grade: Grade | None = None) -> Grade:
    grade = grade if grade is not None else Grade()
    by_name = {p.name: p for p in pages}
    for site_run in run.site_runs:
        page = by_name.get(site_run.site)
        if page is not None:
            page.url = next(s.start_url for s in run.sites if s.name == site_run.site)
            grade_site(site_run, page, grade)
    return grade


def replay_first_clicks(run_dir: Path, pages: list[Page]) -> list[bool]:
    """First clicks graded by replaying each task over the run's saved start page."""
    import asyncio

    from benchmark.agent import ShopperSettings, run_scenario
    from benchmark.agent.chat_vendors import load_vendors
    from benchmark.agent.replay import ReplayDriver
    from benchmark.artifacts import PageLog
    from benchmark.artifacts import load_pages as load_views
    from benchmark.measure.extract import FACT_NAMES
    from benchmark.plan import help_desk_hosts
    from benchmark.politeness import HostPolicy
    from benchmark.spec.lexicon import load_lexicon
    from benchmark.spec.models import DEFAULT_SCENARIOS_DIR, load_scenarios

    run = read_run(run_dir)
    lexicon, vendors = load_lexicon(), load_vendors()
    scenarios = load_scenarios(DEFAULT_SCENARIOS_DIR, lexicon.intents, set(FACT_NAMES))
    by_name = {p.name: p for p in pages}
    urls = {s.name: s.start_url for s in run.sites}
    grades: list[bool] = []
    for sr in run.site_runs:
        page = by_name.get(sr.site)
        home = dict(sr.page_roles).get("home") if sr.page_roles else None
        if page is None or home is None:
            continue
        views = load_views(run_dir, sr.key)
        if home not in views:
            continue
        page.url = urls[sr.site]
        marks = []
        for scenario_id, task in TASKS.items():
            links = [x for x in page.label["tasks"][task]["links"] if _applies(x, page)]
            if scenario_id == "live-chat" or not links:
                continue
            allows = HostPolicy(page.url, [page.host], vendor_domains=help_desk_hosts()).allows
            settings = ShopperSettings(
                lexicon=lexicon,
                allows=allows,
                mobile=False,
                vendors=vendors,
                deadline_s=30,
                accessibility=False,
                pages=PageLog(),
            )
            driver = ReplayDriver.of([views[home]])
            result = asyncio.run(
                run_scenario(driver, scenarios[scenario_id], views[home].url, settings)
            )
            ok = first_click_right(result, links, page)
            grades.append(ok)
            first = _first_link(result)
            marks.append(f"{task}:{'✔' if ok else '✘ ' + repr(first[0][:40] if first else None)}")
        print(f"{sr.site:<32} {' '.join(marks)}")
    return grades


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--hosts", nargs="*", default=[])
    parser.add_argument(
        "--run-dir", type=Path, nargs="+", help="grade these saved runs again, together"
    )
    parser.add_argument(
        "--remeasure",
        action="store_true",
        help="with --run-dir: measure the saved pages again with today's code first (no browser)",
    )
    parser.add_argument("--replay", type=Path, help="replay first clicks over this saved run")
    parser.add_argument("--concurrency", type=int, default=None)
    args = parser.parse_args()
    if not (args.corpus / "labels.yaml").exists():
        print(f"no corpus at {args.corpus} (expected labels.yaml there)", file=sys.stderr)
        return 2
    pages = load_pages(args.corpus, args.hosts)
    if args.replay:
        grades = replay_first_clicks(args.replay, pages)
        print(f"first_clicks={len(grades)} first_click={share(grades)} (replayed)")
        return 0
    browser_session.LAUNCH_ARGS.append("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1")
    if args.run_dir:
        runs = [read_run(d) for d in args.run_dir]
        if args.remeasure:
            from benchmark.artifacts import load_pages as load_views
            from benchmark.measure.site import measure_run
            from benchmark.spec.lexicon import load_lexicon

            for folder, run in zip(args.run_dir, runs, strict=True):
                measure_run(run, lambda key, d=folder: load_views(d, key), load_lexicon())
    else:
        root = Path(tempfile.mkdtemp(prefix="realpages-"))
        for page in pages:
            folder = root / page.host / page.page_id
            folder.mkdir(parents=True)
            with gzip.open(args.corpus / "pages" / page.host / f"{page.page_id}.html.gz") as src:
                (folder / "index.html").write_bytes(src.read())
        server = serve(root)
        try:
            bench = write_benchmark(pages, root, server.server_address[1])
            result = api.run_benchmark(
                bench, results_dir=root / "results", concurrency=args.concurrency
            )
        finally:
            server.shutdown()
        runs = [result.run]
        print(f"run: {result.run_dir}")
        shutil.rmtree(root / ROOT.name, ignore_errors=True)
    grade = Grade()
    for run in runs:
        grade_run(run, pages, grade)
    for line in grade.lines:
        print(line)
    seconds = sum(grade.seconds) / len(grade.seconds) if grade.seconds else 0.0
    print(
        f"pages={len(grade.lines)} first_clicks={len(grade.first)} phones={len(grade.phones)} "
        f"emails={len(grade.emails)} chat_pages={len(grade.vendors)} "
        f"consent={share(grade.consent)} (of {len(grade.consent)})"
    )
    print(
        f"first_click={share(grade.first)} phone={share(grade.phones)} "
        f"email={share(grade.emails)} chat_vendor={share(grade.vendors)} "
        f"false_chat={grade.false_chat} s_per_site={seconds:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
