"""Stores in languages that write differently, end to end in Chromium: a Japanese store (no
spaces, kana and kanji, prices in 円, ranges with the wave dash) and a Danish one (compound
words whose definite ending "-ingen" reads like "ingen", none). Each task is found where a
person finds it, and the facts come out in the store's own terms."""

from __future__ import annotations

import pytest

from tests.conftest import html
from tests.test_e2e_agent import run_on

pytestmark = pytest.mark.browser

ROBOTS = {"/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n")}
TASKS = ["returns-policy", "shipping", "contact", "order-tracking"]


def _facts(result) -> dict:  # type: ignore[no-untyped-def]
    return {name: fact.value for name, fact in result.facts.items()}


def test_a_japanese_store(tmp_path, page_server):
    footer = (
        '<footer><a href="/guide/delivery">送料・お届けについて</a> '
        '<a href="/guide/henpin">返品・交換のご案内</a> <a href="/inquiry">お問い合わせ</a> '
        '<a href="/law">特定商取引法に基づく表記</a> <a href="/mypage">マイページ</a></footer>'
    )
    pages = {
        **ROBOTS,
        "/": html(
            f"<h1>登山用ザック 30L</h1><p>12,100円（税込）</p><button>カートへ</button>{footer}",
            lang="ja",
        ),
        "/guide/delivery": html(
            "<h1>送料・お届けについて</h1><p>送料は一律770円です。8,000円以上のご注文で送料無料。"
            "</p><p>平日13時までのご注文は即日発送、3〜5営業日でお届けします。</p>"
            '<p>ご注文の状況は<a href="/status">ご注文状況の確認</a>から。</p>',
            lang="ja",
        ),
        "/guide/henpin": html(
            "<h1>返品・交換のご案内</h1><p>未使用の商品に限り、お届けから10日以内であれば返品を"
            "承ります。返品の送料は当店負担です。</p>",
            lang="ja",
        ),
        "/inquiry": html(
            "<h1>お問い合わせ</h1><p>電話：03-1234-5678（受付時間 平日9:30〜18:00）</p>"
            "<p>メール：shop@yamagoya.example</p>",
            lang="ja",
        ),
        "/status": html(
            "<h1>ご注文状況の確認</h1><form><label>注文番号 <input name='n'></label>"
            "<button>確認</button></form>",
            lang="ja",
        ),
    }
    with page_server(pages) as site:
        results = run_on(tmp_path, site.url, TASKS)
    assert all(results[t].found for t in TASKS), {t: results[t].reason for t in TASKS}
    returns = _facts(results["returns-policy"])
    assert returns["return_window_days"] == 10 and returns["free_returns"] is True
    shipping = _facts(results["shipping"])
    assert shipping["shipping_cost"] == "770円" and shipping["free_shipping_threshold"] == "8,000円"
    assert shipping["delivery_time_days"] == "3–5 business days"
    assert shipping["order_processing_time"] == "same day"
    contact = _facts(results["contact"])
    assert contact["email"] == "shop@yamagoya.example"
    assert contact["phone_hours"] == "平日9:30〜18:00"


def test_a_danish_store(tmp_path, page_server):
    footer = (
        '<footer><a href="/kundeservice">Kundeservice</a> <a href="/fragt">Fragt og levering</a> '
        '<a href="/returnering">Returnering</a> <a href="/kurv">Kurv</a></footer>'
    )
    pages = {
        **ROBOTS,
        "/": html(f"<h1>Regnjakke</h1><p>899,95 kr.</p>{footer}", lang="da"),
        "/kundeservice": html(
            "<h1>Kundeservice</h1><p>Ring til os på 33 12 34 56 alle hverdage 10-15, eller skriv "
            'til kundeservice@regntoej.example.</p><p><a href="/spor">Spor din pakke</a></p>',
            lang="da",
        ),
        "/fragt": html(
            "<h1>Fragt og levering</h1><p>Leveringen koster 45 kr. – fri fragt ved køb over 600 kr."
            "</p><p>Pakken er fremme 2-4 hverdage efter bestillingen.</p>",
            lang="da",
        ),
        "/returnering": html(
            "<h1>Returnering</h1><p>Du har 45 dages returret. Returneringen er gratis, og pengene "
            "sættes ind på det kort, du betalte med.</p>",
            lang="da",
        ),
        "/spor": html(
            "<h1>Spor din pakke</h1><form><label>Ordrenummer <input name='o'></label></form>",
            lang="da",
        ),
    }
    with page_server(pages) as site:
        results = run_on(tmp_path, site.url, TASKS)
    assert all(results[t].found for t in TASKS), {t: results[t].reason for t in TASKS}
    returns = _facts(results["returns-policy"])
    assert returns["return_window_days"] == 45 and returns["free_returns"] is True
    assert returns["refund_method"] == "original payment method"
    shipping = _facts(results["shipping"])
    assert shipping["shipping_cost"] == "45 kr" and shipping["free_shipping_threshold"] == "600 kr"
    assert shipping["delivery_time_days"] == "2–4 business days"
    assert "weekend_shipping" not in shipping  # "hverdage" says how long, not "no weekends"
