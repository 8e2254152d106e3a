"""Where facts are stated: sentences, table cells and lines, and the heading a short item
stands under ("Delivery times" / "France: 2–4 business days")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from benchmark.text import clip, normalize, words

# a full stop and a space; a Chinese or Japanese full stop needs none; a line; a table cell
_SENTENCE = re.compile(r"(?<=[.!?])[^\S\n\t]+|(?<=[。！？；])\s*|[^\S\n\t]*[\n\t]\s*")


# letters with full stops, an abbreviation made of initials ("P.O. Box", "U.K. mainland")
_INITIALS = re.compile(r"(?<!\w)(?:\w\.){2,}$")


def sentences(text: str) -> list[str]:
    """Sentences and table cells/rows: the units facts are stated in. A full stop followed by
    a lower-case word ends an abbreviation, not a sentence ("Mo.–Fr. von 8 bis 20 Uhr",
    "ca. drei Werktage", "pn.–pt. w godz."), as do initials ("P.O. Boxes") and a short word
    written before numbers followed by a number ("tel. 58 123 45 67", "godz. 9–17"); a note
    in brackets after a full stop belongs to its sentence ("… 2~7일 소요됩니다. (토/일 제외)")."""
    text = unwrap(text)
    found: list[str] = []
    start, glue = 0, False  # glue: the piece before ended in an abbreviation
    for m in [*_SENTENCE.finditer(text), None]:
        piece = text[start : m.start() if m else len(text)].strip()
        if piece and glue and found:
            found[-1] = f"{found[-1]} {piece}"
        elif piece:
            found.append(piece)
        if m is None:
            break
        start = m.end()
        after, tail = text[start : start + 1], text[max(0, m.start() - 12) : m.start()]
        glue = not any(c in m.group(0) for c in "\n\t") and (
            after.islower()
            or after == "("  # a note in brackets after a sentence is that sentence's
            or after == ":"  # "Je serai remboursé quand ? : Sous 15 jours": its label
            or (after.isdigit() and _before_number(tail))
            or _before_number(tail, "joined")
            or bool(_INITIALS.search(tail))
        )
    return found


WRAPPED_LINE = 6  # words: a line this long that stops mid-sentence was wrapped, not ended


def unwrap(text: str) -> str:
    """`text` with its wrapped lines joined. Text copied from a document keeps the lines it
    was wrapped in ("… når du benytter deg" / "av angrerett betaler du …"): a long line that
    ends in a word or a comma, with a lower-case word on the next line (no blank line, no
    table cell between), goes on there."""
    if "\n" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        first = line.lstrip()[:1]
        # a script without capitals (Korean, Chinese…) shows no new sentence: a comma does
        caseless = first.isalpha() and not first.isupper() and not first.islower()
        goes_on = first.islower() or (caseless and out and out[-1].rstrip().endswith((",", "，")))
        if out and goes_on and _goes_on(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _goes_on(line: str) -> bool:
    end = line.rstrip()[-1:]
    return bool(end) and end not in ".:;!?)" and "\t" not in line and size(line) >= WRAPPED_LINE


QUESTION_MARKS = ("?", "？", "¿")


def asks(sentence: str) -> bool:
    """Is it a question ("Do you offer exchanges?", "¿Ofrecen reembolsos o cambios?")? It
    states nothing: its answer does."""
    return sentence.rstrip(" *").endswith(QUESTION_MARKS)


def statements(text: str) -> list[str]:
    """`sentences` that state something (no question)."""
    return [s for s in sentences(text) if not asks(s)]


def _before_number(piece: str, kind: str = "abbreviations") -> bool:
    """Does `piece` end in an abbreviation written before numbers ("tel.", "godz.")? With
    `kind` "joined": in one that never ends a sentence ("excl.", "zzgl.")."""
    last = re.search(r"(?<!\w)(\w+)\.$", piece)
    return bool(last) and normalize(last.group(1)) in _abbreviations(kind)  # type: ignore[union-attr]


def after_joined(piece: str) -> bool:
    """Does `piece` end in a word like "excl." or "inkl." (and a space)?"""
    return _before_number(piece.rstrip(), "joined")


@lru_cache(maxsize=2)
def _abbreviations(kind: str) -> frozenset[str]:
    from benchmark.measure.extract.numbers import _numbers_file

    return frozenset(normalize(w) for w in _numbers_file().get(kind, []))


def lines(text: str) -> list[str]:
    """The lines with words or figures in them: a bullet alone on its line ("-" above "France
    : 3 à 7 jours") belongs to the line under it and must not stand between it and its
    heading."""
    return [line.strip() for line in re.split(r"\n+", unwrap(text)) if re.search(r"\w", line)]


SENTENCE_WORDS = 4  # a line this long ending in a full stop is a sentence, not a heading
HEADING_WORDS = 6  # a line this short without a number is a heading ("Délais de livraison")
ITEM_WORDS = 12  # a sentence this short under a heading is one of its items…
LISTED_WORDS = 25  # … and one this short written as a list item ("- France : 2 à 4 jours")
# a list item: a bullet or number, a bracket, or a short name and a colon ("Express: 1–2 days";
# Chinese and Japanese write no space after theirs: "申請期限：收到商品7日內")
_LISTED = re.compile(
    r"^\s*(?:[-–•·*▪►✓✔]|\d+[.)]\s|\(|[^\W\d][^:：.!?]{0,40}"
    r"(?::\s|[:：](?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])))"
)
FIGURE_WORDS = 4  # a line this short with a number is a figure its label may follow


@dataclass(frozen=True)
class Item:
    """A sentence with what it stands under and over: the heading of a short item
    ("Delivery times" / "France: 2–4 business days"), or the label under a bare figure
    ("30 days" / "Return window")."""

    sentence: str
    above: str | None = None
    below: str | None = None
    page: str | None = None  # the heading the whole text stands under (its first line)

    @property
    def context(self) -> str:
        """The sentence after its heading: what an item is about."""
        return f"{self.above}: {self.sentence}" if self.above else self.sentence

    @property
    def start(self) -> int:
        """Where the sentence starts in the normalised `context`."""
        return len(normalize(f"{self.above}: ")) if self.above else 0

    @property
    def labelled(self) -> str | None:
        """The figure with its label, for when its heading says nothing of it."""
        return f"{self.sentence} ({self.below})" if self.below else None


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")  # a loanword: "キャンセル" (cancel)


def size(text: str) -> int:
    """About how many words `text` has: Chinese, Japanese and Korean characters count two
    to a word (words() splits Han text into single characters), a run of katakana one."""
    loans = len(_KATAKANA.findall(text))
    text = _KATAKANA.sub(" ", text)
    cjk = len(_CJK.findall(text))
    return len(words(_CJK.sub(" ", text))) + (cjk + 1) // 2 + loans


# words of a table's row written without cells ("Standard 3–5 business days $5.95"): a
# longer line is a sentence
ROW_WORDS = 12
BRACKETED = re.compile(r"\([^()]*\)")
# a section's number before its title ("1.", "2)", "1.1", "§ 4", or a word and a number
# before a dash or colon as legal texts number theirs: "Articolo 3 – …", "Art. 5: …"):
# "1.1 Processing times" and "Article 3 – Shipping costs" are headings
_SECTION_NUMBER = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+|§+\s*\d+[a-z]?\.?"
    r"|[^\W\d_]{2,12}\.?\s*\d+(?:\.\d+)*\s*[–—:.-])\s+"
)


def heading_like(line: str) -> bool:
    if line.startswith("(") and line.endswith(")"):
        return False  # a note in brackets: "(Saturdays and Sundays excluded)"
    line = _SECTION_NUMBER.sub("", line)
    if re.search(r"\S:\s+\S", line):
        return False  # a label and its value: "Card payments: back to the same card"
    if line.endswith(".") and size(line) >= SENTENCE_WORDS:
        return False  # a sentence: "Postage is paid by the customer."
    # "Express shipping (2–3 business days)": a number in brackets is a note on the title
    line = BRACKETED.sub(" ", line).strip()
    return bool(line) and size(line) <= HEADING_WORDS and not re.search(r"\d", line)


@lru_cache(maxsize=8)
def with_headings(text: str) -> tuple[Item, ...]:
    """Each sentence as an `Item`: a short item takes the heading above it, or a lead-in line
    ending in a colon ("the estimated delivery time is:" / "United States: 5–7 days"), with the
    lead-in right above a heading ("Delivery times:" / "Italy" / "3–5 days"); a bare figure
    takes the label right under it, and a table cell its column's header. Prose sentences and
    headings themselves stand alone: they say what they are about themselves. Five extractors
    read a page's items, so they are worked out once per text."""
    out: list[Item] = []
    heading: str | None = None
    under = False  # the line before was a lead-in: "Delivery times:" / "In Italy" / "3–5 days"
    rows = lines(text)
    columns: list[str] | None = None  # a table's header cells: "Shipping time", "Processing"
    for n, line in enumerate(rows):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > 1:
            named = [c for c in cells if c]  # a header row may leave its corner cell empty
            if len(named) > 1 and all(heading_like(c) for c in named):
                columns = cells
                out += [Item(c) for c in named]
            else:
                out += [
                    Item(part, head)
                    for c, head in zip(cells, _cell_heads(cells, columns, heading), strict=True)
                    for part in sentences(c)
                ]
            continue
        columns = None
        if line.endswith(":") or heading_like(line):
            said = sentences(line)
            out += [Item(sentence) for sentence in said]
            last = said[-1].rstrip(":") if said else None
            heading = f"{heading}: {last}" if under and heading and last else last
            under = line.endswith(":")
            continue
        led, under = under, False  # right under "Return period:": what the colon announces
        below = rows[n + 1] if n + 1 < len(rows) else ""
        figure = size(line) <= FIGURE_WORDS and heading_like(below) and not below.endswith(":")
        for k, sentence in enumerate(sentences(line)):
            n_words = size(sentence)
            listed = n_words <= LISTED_WORDS and bool(_LISTED.match(sentence))
            item = n_words <= ITEM_WORDS or listed or (led and k == 0)
            out.append(Item(sentence, heading if item else None, below if figure else None))
    page = rows[0] if rows and heading_like(rows[0]) else None
    return tuple(Item(i.sentence, i.above, i.below, page) if page else i for i in out)


def _cell_heads(cells: list[str], columns: list[str] | None, heading: str | None) -> list:
    """What each cell of a table row is said of: its column's header (a row cut short lines
    up with the first columns; a row one longer starts with its own label), after the row's
    label where its first cell is one ("Handling time" / "2–3 business days" under
    "Standard")."""
    if columns and len(cells) <= len(columns):
        heads: list[str | None] = [c or None for c in columns[: len(cells)]]
    elif columns and len(cells) == len(columns) + 1:
        heads = [None, *(c or None for c in columns)]
    else:
        return [heading] * len(cells)
    label = cells[0] if heading_like(cells[0]) else None
    if label is not None:
        heads = [heads[0]] + [f"{label}: {h}" if h else label for h in heads[1:]]
    # the section the table sits in ("Delivery options") speaks of every cell
    return [f"{heading}: {h}" if heading and h else h or heading for h in heads]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of `text` that contains the span start:end."""
    marks = (". ", "\n", "! ", "? ")
    left = max(text.rfind(mark, 0, start) for mark in marks)
    rights = [i for mark in marks if (i := text.find(mark, end)) >= 0]
    right = min(rights) if rights else len(text)
    return clip(text[left + 1 : right + 1].strip(), 220)
