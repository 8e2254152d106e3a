"""Reports render from run.json alone, and page text is escaped in every format."""

import csv
import io
import re

from benchmark.report import render_csv, render_html, render_markdown

from .factories import HOSTILE, run


def test_html_escapes_page_text_and_is_self_contained():
    page = render_html(run(HOSTILE))
    assert "<script>alert" not in page and "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing loaded from the network
    assert "<link" not in page and "<script" not in page
    assert "How measured" in page and "connection refused" in page


def test_markdown_neutralises_tables_and_html():
    text = render_markdown(run(HOSTILE))
    assert "<script>" not in text and "<img" not in text
    assert "\\| =HYPERLINK" in text
    for line in text.splitlines():
        if line.startswith("| Returns"):
            assert line.count(" | ") + 2 >= 3


def test_csv_guards_against_formulas():
    rows = list(csv.DictReader(io.StringIO(render_csv(run('=HYPERLINK("evil")')))))
    assert rows[0]["first_click"].startswith("'=")
    assert rows[0]["verdict"] == "found" and rows[-1]["reason"] == "connection refused"
