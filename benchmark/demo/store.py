"""One demo store as data: its folder's ``store.yaml`` (name, language, pages, products,
search index), its own Jinja templates and static files. Pages are rendered per request, so
stores share nothing but the shared templates and the vendor scripts in ``demo/assets/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import yaml

from benchmark.text import words

DEMO_DIR = Path(__file__).parent
STORES_DIR = DEMO_DIR / "stores"
SHARED_TEMPLATES = DEMO_DIR / "templates"
# "changed": Northwind's returns link leaves the footer (only the help centre has it), Quiet
# Goods adds a live chat, Tienda Sol drops its phone number: what a scheduled check must see
VARIANTS = ("", "changed")


@dataclass
class Store:
    """One demo store, loaded from its folder."""

    folder: Path
    config: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Store:
        config = yaml.safe_load((folder / "store.yaml").read_text(encoding="utf-8"))
        return cls(folder=folder, config=config)

    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def name(self) -> str:
        return self.config["name"]

    @property
    def spa(self) -> bool:
        return bool(self.config.get("spa"))

    @cached_property
    def env(self) -> jinja2.Environment:
        return jinja2.Environment(
            loader=jinja2.FileSystemLoader([self.folder / "templates", SHARED_TEMPLATES]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )

    @property
    def host(self) -> str | None:
        """A store with a host name is served as ``http://<host>.localhost:PORT/`` and may
        have sub-domains (a help centre on ``ajuda.<host>.localhost``); others on 127.0.0.1."""
        return self.config.get("host")

    def urls(self, port: int) -> dict[str, str]:
        """Base URL of the store ('') and of each sub-domain, for templates to link across."""
        if not self.host:
            return {}
        names = ["", *self.config.get("subdomains", [])]
        return {n: f"http://{n + '.' if n else ''}{self.host}.localhost:{port}" for n in names}

    def key_of(self, url: str) -> str:
        """The page key of a URL: its path on the store's host, ``<sub>/path`` on a
        sub-domain (``ajuda/devolucoes``)."""
        parts = urlsplit(url)
        path = parts.path or "/"
        host = (parts.hostname or "").lower()
        suffix = f".{self.host}.localhost"
        if self.host and host.endswith(suffix):
            return host.removesuffix(suffix) + path
        return path

    def page(self, path: str) -> dict[str, Any] | None:
        return self.config.get("pages", {}).get(path)

    def product(self, slug: str) -> dict[str, Any] | None:
        return next((p for p in self.config.get("products", []) if p["slug"] == slug), None)

    def search(self, query: str) -> list[dict[str, Any]]:
        """Pages whose title or keywords contain every word of the query (prefix match)."""
        wanted = words(query)
        if not wanted or not self.config.get("search"):
            return []
        hits = []
        for path, page in self.config.get("pages", {}).items():
            if page.get("searchable") is False or not path.startswith("/"):
                continue  # the store's own pages only: a sub-domain is another site
            haystack = words(" ".join([page.get("title", ""), *page.get("keywords", [])]))
            if all(any(h.startswith(w[: max(3, len(w) - 2)]) for h in haystack) for w in wanted):
                hits.append(
                    {
                        "path": path,
                        "title": page.get("title", path),
                        "summary": page.get("summary", ""),
                    }
                )
        for product in self.config.get("products", []):
            haystack = words(product["name"])
            if all(any(h.startswith(w) for h in haystack) for w in wanted):
                hits.append(
                    {
                        "path": f"/p/{product['slug']}",
                        "title": product["name"],
                        "summary": product.get("price", ""),
                    }
                )
        return hits

    def spa_routes(self) -> dict[str, dict[str, str]]:
        """Every route of a single-page app as {title, html}, fetched once by its router."""
        routes = {}
        for path, page in self.config.get("pages", {}).items():
            html = self.render(page["template"], path=path, page=page, title=page["title"])
            routes[path] = {"title": page["title"], "html": html}
        for product in self.config.get("products", []):
            html = self.render(
                "product.html", path=f"/p/{product['slug']}", product=product, title=product["name"]
            )
            routes[f"/p/{product['slug']}"] = {"title": product["name"], "html": html}
        return routes

    def render(self, template: str, port: int = 0, variant: str = "", **context: Any) -> str:
        """`variant` "changed": the stores as they are after a change (see VARIANTS)."""
        base = {
            "store": self.config,
            "store_id": self.id,
            "urls": self.urls(port),
            "variant": variant,
        }
        return self.env.get_template(template).render(**base, **context)


def load_stores(folder: Path = STORES_DIR) -> list[Store]:
    return [Store.load(p) for p in sorted(folder.iterdir()) if (p / "store.yaml").exists()]
