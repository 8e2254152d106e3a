"""Write the saved page views used by tests/test_agent_loop.py from ../shared/realpages.

Each page is served on 127.0.0.1 as UTF-8, opened in Chromium by supportbench's own browser
layer (desktop), perceived once, and saved as `<host>.view.json.gz`. Run from the repository:

    .venv/bin/python tests/data/realpages/make.py
"""

from __future__ import annotations

import asyncio
import gzip
import http.server
import json
import shutil
import tempfile
import threading
from pathlib import Path
from typing import ClassVar

from benchmark.browser import BrowserSession, PageDriver, SiteSettings

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2].parent / "shared" / "realpages" / "pages"
PAGES = {
    "www.currys.ie": "7a082dd9d7489842c09333e6b4a1f65aa5d5f0b97d9f0def28510eb71c2aff59",
    "www.kiabi.com": "3ae14333546c0447a483a3f29cabfc7d6e4301a5aae525cc3b0548b053daefc0",
}


def serve(root: Path) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map: ClassVar[dict[str, str]] = {
            **http.server.SimpleHTTPRequestHandler.extensions_map,
            ".html": "text/html; charset=utf-8",
        }

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args):
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


async def perceive_all(root: Path, port: int) -> dict[str, dict]:
    views = {}
    async with BrowserSession(local_network=True, rate_per_second=20) as session:
        for host in PAGES:
            url = f"http://127.0.0.1:{port}/{host}/index.html"
            site = await session.open_site(SiteSettings(name=host, start_url=url, device="desktop"))
            driver = await PageDriver.open(site)
            outcome = await driver.goto(url)
            assert outcome.ok, (host, outcome.error)
            views[host] = (await driver.perceive()).to_dict()
            await site.close()
    return views


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="realpages-"))
    for host, page in PAGES.items():
        (root / host).mkdir()
        with gzip.open(CORPUS / host / f"{page}.html.gz", "rb") as src:
            (root / host / "index.html").write_bytes(src.read())
    server = serve(root)
    try:
        views = asyncio.run(perceive_all(root, server.server_address[1]))
    finally:
        server.shutdown()
        shutil.rmtree(root)
    for host, view in views.items():
        data = json.dumps(view, ensure_ascii=False).encode()
        (HERE / f"{host}.view.json.gz").write_bytes(gzip.compress(data, mtime=0))
        print(host, len(view["candidates"]), "candidates,", len(view["links"]), "links")


if __name__ == "__main__":
    main()
