"""Shared fixtures. End-to-end tests drive the real Chromium that supportbench itself finds."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmark.chat import load_vendors
from benchmark.demo.server import DemoServer
from benchmark.extract import FACT_NAMES
from benchmark.lexicon import Lexicon, load_lexicon
from benchmark.spec import DEFAULT_SCENARIOS_DIR, Scenario, load_scenarios


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
    """A throw-away site on 127.0.0.1: {path: (status, content type, body)}; counts requests."""

    def __init__(self, pages: dict[str, tuple[int, str, str]]) -> None:
        self.pages = pages
        self.requests: list[tuple[str, str]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def _serve(self) -> None:
                outer.requests.append((self.command, self.path))
                status, kind, body = outer.pages.get(
                    self.path.split("?")[0], (404, "text/html", "<h1>not found</h1>")
                )
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = _serve
            do_POST = _serve

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self) -> PageServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


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
