"""Reports render from run.json alone, and page text is escaped in every format."""

import csv
import io
import re

from benchmark.report import render_csv, render_html, render_markdown
from benchmark.score.scorecard import analyse
from benchmark.store.record import FactValue

from .factories import HOSTILE, run


def test_html_escapes_page_text_and_is_self_contained():
    page = render_html(analyse(run(HOSTILE)))
    assert "<script>alert" not in page and "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing loaded from the network
    assert "<link" not in page and "<script" not in page
    assert "How measured" in page and "connection refused" in page


def _columns(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line)) - 1


def test_markdown_neutralises_tables_and_html():
    text = render_markdown(analyse(run(HOSTILE)))
    assert "<script>" not in text and "<img" not in text
    assert "\\| =HYPERLINK" in text
    # a pipe in page text must not add a column: every row has its header's columns
    header = None
    for line in text.splitlines():
        if not line.startswith("|"):
            header = None
        elif header is None:
            header = _columns(line)
        else:
            assert _columns(line) == header, line


def test_csv_guards_every_text_column_against_formulas():
    hostile = run('=HYPERLINK("evil")')
    found = hostile.site_runs[0].results[0]
    found.evidence.final_url = "@SUM(1+1)"
    found.language = "+cmd"
    rows = list(csv.DictReader(io.StringIO(render_csv(analyse(hostile)))))
    assert rows[0]["first_click"] == '\'=HYPERLINK("evil")'
    assert rows[0]["heading"] == '\'=HYPERLINK("evil")'
    assert rows[0]["final_url"] == "'@SUM(1+1)" and rows[0]["language"] == "'+cmd"
    cells = [value for row in rows for value in row.values() if value]
    assert not [v for v in cells if v[0] in "=+-@\t\r"]
    assert rows[0]["verdict"] == "found" and rows[-1]["reason"] == "connection refused"


def test_the_scorecard_opens_with_a_heatmap_and_time_bars():
    r = run()
    r.site_runs[0].results[0].facts["free_returns"] = FactValue(
        value=True, snippet="Returns are free.", url="https://s.example/r"
    )
    page = render_html(analyse(r))
    glance = page[page.index('id="at-a-glance"') : page.index("<h2>Overall</h2>")]
    assert glance.count("<tr><th>") == (len(r.scenarios) + 1) * len(r.devices)  # + header
    assert "hsl(" in glance and "✔ 1 click" in glance  # coloured by score, clicks written
    assert "<svg" in glance and "Estimated time per task" in glance
    assert "True" not in render_markdown(analyse(r)) and "| yes" in render_markdown(analyse(r))


def test_a_site_read_without_a_lexicon_of_its_language_is_said_so():
    """A store in a language the lexicon has no file for is named in both formats, its
    language with it; stores in lexicon languages are not."""
    r = run()
    r.site_runs[1].language = "lt"
    page, text = render_html(analyse(r)), render_markdown(analyse(r))
    assert "Read without a lexicon of their language" in page and "<li>Theirs: lt</li>" in page
    assert "- Theirs: lt" in text and "- Mine:" not in text
    r.site_runs[1].language = "fr-CA"
    assert "without a lexicon" not in render_markdown(analyse(r))


def test_how_measured_says_how_many_runs_shared_the_machine():
    """Measured times stretch when more site × device runs share the processor: the report
    says how many did, so runs made at another concurrency are not compared by them."""
    r = run()
    assert "at once" not in render_markdown(analyse(r))  # older runs did not record it
    r.settings["contexts"], r.settings["executor"] = 6, "local"
    for text in (render_markdown(analyse(r)), render_html(analyse(r))):
        assert "This run had 6 site × device runs at once (local)" in text
