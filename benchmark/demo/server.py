"""Serve the bundled demo stores on this machine, one port per store: on 127.0.0.1, or on a
name under localhost for a store with sub-domains (the Host header picks the sub-domain).

The stores themselves are data (``demo/store.py``); they share nothing but the vendor scripts
in ``demo/assets/`` (a real cookie-consent library and look-alikes of chat widgets).
"""

from __future__ import annotations

import json
import mimetypes
import threading
from collections import Counter
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from benchmark.demo.store import DEMO_DIR, VARIANTS, Store, load_stores

ASSETS_DIR = DEMO_DIR / "assets"
DEMO_BENCHMARK = DEMO_DIR / "demo.yaml"


class _Handler(BaseHTTPRequestHandler):
    store: Store
    counter: Counter[str]
    variant: str = ""
    server_version = "supportbench-demo/1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self.counter[self.command] += 1
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        try:
            self._dispatch(path, parse_qs(parts.query))
        except (BrokenPipeError, ConnectionResetError):
            return

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def _render(self, template: str, **context: Any) -> str:
        return self.store.render(template, port=self.port, variant=self.variant, **context)

    def _key(self, path: str) -> str | None:
        """The page key asked for: the Host header picks a sub-domain; None for a host
        this store does not answer for."""
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
        key = self.store.key_of(f"http://{host}{path}")
        sub = key.split("/", 1)[0]
        return key if not sub or sub in self.store.config.get("subdomains", []) else None

    def do_POST(self) -> None:
        """The demo stores never accept a form; the tests check none is ever sent."""
        self.counter[self.command] += 1
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"forms are not accepted here", "text/plain")

    def _dispatch(self, path: str, query: dict[str, list[str]]) -> None:
        store = self.store
        if path == "/robots.txt":
            body = store.config.get("robots", "User-agent: *\nAllow: /\n")
            return self._send(HTTPStatus.OK, body.encode(), "text/plain")
        if path.startswith("/assets/"):
            return self._file(ASSETS_DIR, path.removeprefix("/assets/"))
        if path.startswith("/static/"):
            return self._file(store.folder / "static", path.removeprefix("/static/"))
        if path == "/favicon.ico":
            return self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
        if store.spa:
            if path == "/app-content.json":
                return self._json(store.spa_routes())
            return self._html(HTTPStatus.OK, self._render("index.html", path=path, title=""))
        key = self._key(path)
        on_store_host = key == path
        if path == "/search" and on_store_host:
            q = (query.get("q") or [""])[0]
            return self._html(
                HTTPStatus.OK,
                self._render("search.html", path=path, query=q, results=store.search(q), title=q),
            )
        if path.startswith("/p/") and on_store_host:
            product = store.product(path.removeprefix("/p/"))
            if product:
                return self._html(
                    HTTPStatus.OK,
                    self._render("product.html", path=path, product=product, title=product["name"]),
                )
        page = store.page(key) if key else None
        if page is None:
            not_found = self._render("404.html", path=path, title="404")
            return self._html(HTTPStatus.NOT_FOUND, not_found)
        return self._html(
            HTTPStatus.OK,
            self._render(page["template"], path=key, page=page, title=page.get("title", "")),
        )

    def _file(self, root: Path, rel: str) -> None:
        target = (root / rel).resolve()
        if not target.is_file() or root.resolve() not in target.parents:
            return self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self._send(HTTPStatus.OK, target.read_bytes(), kind, cache=True)

    def _json(self, data: Any) -> None:
        self._send(HTTPStatus.OK, json.dumps(data).encode(), "application/json")

    def _html(self, status: HTTPStatus, body: str) -> None:
        self._send(status, body.encode("utf-8"), "text/html; charset=utf-8")

    def _send(self, status: HTTPStatus, body: bytes, kind: str, cache: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600" if cache else "no-cache")
        self.end_headers()
        self.wfile.write(body)


@dataclass
class RunningStore:
    store: Store
    server: ThreadingHTTPServer
    thread: threading.Thread
    requests: Counter[str]  # by HTTP method

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        if self.store.host:
            return self.store.urls(int(port))[""] + "/"
        return f"http://{host}:{port}/"


class DemoServer:
    """All demo stores, each on its own port. Use as a context manager."""

    def __init__(
        self,
        base_port: int = 0,
        stores: list[Store] | None = None,
        host: str = "127.0.0.1",
        variant: str = "",
    ) -> None:
        if variant not in VARIANTS:
            raise ValueError(f"no demo variant {variant!r}")
        self.base_port = base_port
        self.host = host
        self.variant = variant
        self.stores = stores if stores is not None else load_stores()
        self.running: dict[str, RunningStore] = {}

    def start(self) -> DemoServer:
        for index, store in enumerate(self.stores):
            counter: Counter[str] = Counter()
            handler = type(
                f"Handler_{store.id}",
                (_Handler,),
                {"store": store, "counter": counter, "variant": self.variant},
            )
            port = self.base_port + index if self.base_port else 0
            server = ThreadingHTTPServer((self.host, port), handler)
            server.daemon_threads = True
            thread = threading.Thread(
                target=server.serve_forever, daemon=True, name=f"demo-{store.id}"
            )
            thread.start()
            self.running[store.id] = RunningStore(store, server, thread, counter)
        return self

    def stop(self) -> None:
        for running in self.running.values():
            running.server.shutdown()
            running.server.server_close()
        self.running.clear()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, store_id: str) -> str:
        return self.running[store_id].url

    def resolve(self, url: str) -> str:
        """``demo://northwind/help`` → ``http://127.0.0.1:PORT/help``."""
        parts = urlsplit(url)
        if parts.scheme != "demo":
            return url
        base = self.url(parts.netloc).rstrip("/")
        return base + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
