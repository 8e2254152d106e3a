"""Shared fixtures. End-to-end tests drive the real Chromium that supportbench itself finds."""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmark.agent.chat_vendors import load_vendors
from benchmark.browser.driver import PageDriver
from benchmark.browser.session import BrowserSession, SiteSettings
from benchmark.demo.server import DemoServer
from benchmark.measure.extract import FACT_NAMES
from benchmark.spec.lexicon import Lexicon, load_lexicon
from benchmark.spec.models import DEFAULT_SCENARIOS_DIR, Scenario, load_scenarios


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def scenarios(lexicon: Lexicon) -> dict[str, Scenario]:
    return load_scenarios(DEFAULT_SCENARIOS_DIR, lexicon.intents, set(FACT_NAMES))


@pytest.fixture(scope="session")
def vendors():  # type: ignore[no-untyped-def]
    return load_vendors()


@pytest.fixture(scope="session")
def demo() -> Iterator[DemoServer]:
    with DemoServer() as server:
        yield server


def run_async(coro: Any) -> Any:
    return asyncio.run(coro)


class PageServer:
    """A throw-away site on 127.0.0.1: {path: (status, content type, body[, headers])}, or
    {path: [answer, answer, …]} for answers given in turn (the last one then repeats);
    records every request (method, path, time, user agent). `tls` serves HTTPS."""

    def __init__(
        self, pages: dict[str, tuple], tls: tuple[str, str] | None = None, port: int = 0
    ) -> None:
        self.pages = pages
        self.requests: list[tuple[str, str]] = []
        self.log: list[tuple[str, str, float, str]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def _serve(self) -> None:
                outer.requests.append((self.command, self.path))
                outer.log.append(
                    (self.command, self.path, time.monotonic(), self.headers.get("User-Agent", ""))
                )
                entry = outer.pages.get(
                    self.path.split("?")[0], (404, "text/html", "<h1>not found</h1>")
                )
                if isinstance(entry, list):
                    entry = entry.pop(0) if len(entry) > 1 else entry[0]
                status, kind, body = entry[:3]
                headers = entry[3] if len(entry) > 3 else {}
                data = body.encode() if isinstance(body, str) else body
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = _serve
            do_POST = _serve

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.scheme = "https" if tls else "http"
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self) -> PageServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextlib.asynccontextmanager
async def tab_on(url: str, navigation_timeout_s: float = 10.0) -> AsyncIterator[PageDriver]:
    """A browser, the site context of `url` (desktop) and one tab on it, closed after; the
    context (its guard, consent log) is the tab's `site`."""
    settings = SiteSettings(
        name="Shop", start_url=url, device="desktop", navigation_timeout_s=navigation_timeout_s
    )
    async with BrowserSession(local_network=True, rate_per_second=20) as session:
        site = await session.open_site(settings)
        try:
            yield await PageDriver.open(site)
        finally:
            await site.close()


@pytest.fixture
def page_server() -> Callable[[dict[str, tuple[int, str, str]]], PageServer]:
    return PageServer


def html(body: str, lang: str = "en", title: str = "Shop") -> tuple[int, str, str]:
    return (
        200,
        "text/html; charset=utf-8",
        (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="viewport" content="width=device-width"></head><body>{body}</body></html>'
        ),
    )


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


class SilentServer:
    """Accepts connections and never answers: a site that times out."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(50)
        self.clients: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            self.clients.append(client)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/"

    def __enter__(self) -> SilentServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()
        for client in self.clients:
            client.close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return str(cert), str(key)
