"""Time of the fact extractors on real pages: every extractor on every page, as a run measures.

Each saved page view of a run (`--run-dir`, any run folder: its `artifacts/` keep the text the
browser saw, cut at `benchmark.artifacts.MAX_TEXT` characters) is read with its language's
cues and passed through every extractor, one page after the other in one process, the way a
run measures the pages its shopper opened. Without `--run-dir`, the pages are the real store
pages of ../shared/realpages, their text taken from the HTML with BeautifulSoup (script and
style dropped; close to, not the same as, what the browser shows) and cut the same way.

Prints the pages timed, the slowest ones, and ends with one line:
    pages=N chars_per_page=N ms_per_page=N.N p95_ms=N max_ms=N

Usage:
    python bench/extract_speed.py                     # the realpages corpus
    python bench/extract_speed.py --run-dir RUN_DIR   # the views a saved run perceived
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from pathlib import Path

from benchmark.artifacts import ARTIFACTS_DIR, MAX_TEXT, load_pages
from benchmark.measure.extract import EXTRACTORS
from benchmark.spec.lexicon import load_lexicon

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "realpages"


def corpus_pages(corpus: Path) -> list[tuple[str, str, str, str]]:
    """(name, lang attribute, url, text) of each page of the corpus."""
    from bs4 import BeautifulSoup

    pages = []
    for path in sorted(corpus.glob("pages/*/*.html.gz")):
        soup = BeautifulSoup(gzip.decompress(path.read_bytes()), "html.parser")
        for tag in soup(["script", "style", "noscript", "template"]):
            tag.decompose()
        html = soup.find("html")
        lang = str(html.get("lang") or "") if html is not None else ""
        text = "\n".join(s for s in soup.get_text("\n").splitlines() if s.strip())
        host = path.parent.name
        pages.append((f"{host}/{path.name[:8]}", lang, f"https://{host}/", text[:MAX_TEXT]))
    return pages


def run_pages(run_dir: Path) -> list[tuple[str, str, str, str]]:
    """(name, lang attribute, url, text) of each view a saved run kept."""
    pages = []
    for path in sorted((run_dir / ARTIFACTS_DIR).glob("*.json.gz")):
        key = path.name.removesuffix(".json.gz")
        for pid, view in load_pages(run_dir, key).items():
            pages.append((f"{key}/{pid}", view.lang, view.url, view.text))
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run-dir", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--slowest", type=int, default=5, help="slowest pages to list")
    args = parser.parse_args()
    pages = run_pages(args.run_dir) if args.run_dir else corpus_pages(args.corpus)
    if not pages:
        print("no pages to time")
        return 1
    lexicon = load_lexicon()
    timed = []
    for name, lang, url, text in pages:
        start = time.perf_counter()
        _, cues = lexicon.for_page(lang, text, url)
        for extractor in EXTRACTORS.values():
            extractor(text, cues)
        timed.append((1000 * (time.perf_counter() - start), len(text), name))
    ms = sorted(t for t, _, _ in timed)
    for t, chars, name in sorted(timed, reverse=True)[: args.slowest]:
        print(f"{t:8.0f} ms  {chars:6d} chars  {name}")
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    chars = statistics.mean(c for _, c, _ in timed)
    print(
        f"pages={len(ms)} chars_per_page={chars:.0f} ms_per_page={statistics.mean(ms):.1f} "
        f"p95_ms={p95:.0f} max_ms={ms[-1]:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
