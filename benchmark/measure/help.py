"""Help and FAQ pages as a person knows them: named as the help hub is ("Customer service"),
answering support topics under sub-headings or links of their own, or asking questions in
their text, each over its answer. Many FAQs are not marked up as headings: "Q: How do I track
my parcel? A: …" on one line, "6. Can I cancel my order?" as a list item, a question line over
the lines that answer it. A person reads each question as the heading of its answer, and so
does `check_goal`: the question names the topic, the answer under it proves the task."""

from __future__ import annotations

import re
from functools import lru_cache

from benchmark.agent.contract import CONTENT, PageView, Section
from benchmark.measure.extract.exchanges import item_words
from benchmark.measure.extract.sentences import QUESTION_MARKS, sentences
from benchmark.spec.lexicon import CueView
from benchmark.text import clip, words

FAQ_MIN_QUESTIONS = 3  # questions that make a page an FAQ (as `questions: 3` proves that task)
QUESTION_MAX_CHARS = 160  # a question is short; a "?" deep in a paragraph asks nothing here
# what a question or its answer may start with: a bullet, a number, a short label with a number
# and a stop ("1.", "Q1:", "S1-)", "P:", "В:", "A:", "R:"), written the same in every language
_MARK = re.compile(
    r"^[\s\W]*(?:[^\W\d_]{0,3}\s*\d{1,3}(?:\.\d{1,3})*\s*[:：.)\-]+|[^\W\d_]{1,2}\s*[:：)\-]+)?\s*"
)
_SENTENCE_END = re.compile(r"[.!。！](?:\s|$)")


def _question(line: str) -> tuple[str, str] | None:
    """(question, what follows it on the line) when the line starts with a question."""
    text = _MARK.sub("", line, count=1)
    ends = [i for i in (text.find(m) for m in QUESTION_MARKS if m != "¿") if i >= 0]
    if not ends or min(ends) >= QUESTION_MAX_CHARS:
        return None
    end = min(ends) + 1
    question = text[:end].strip()
    if len(question) < 4 or _SENTENCE_END.search(question):
        return None  # "We ship worldwide. Questions?": a sentence before it, no FAQ entry
    return question, _MARK.sub("", text[end:].strip(), count=1).strip()


@lru_cache(maxsize=16)
def question_units(text: str) -> tuple[tuple[str, str], ...]:
    """(question, answer) for every question line of `text` that has an answer under it or
    after it on its line; none unless the text asks `FAQ_MIN_QUESTIONS` questions or more."""
    units: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        asked = _question(line)
        if asked is not None:
            units.append((asked[0], [asked[1]] if asked[1] else []))
        elif units:
            units[-1][1].append(line.strip())
    if len(units) < FAQ_MIN_QUESTIONS:
        return ()
    return tuple((q, "\n".join(answer)) for q, answer in units if answer)


def questions_asked(text: str) -> int:
    """How many questions the text asks as an FAQ does (0 below `FAQ_MIN_QUESTIONS`)."""
    return len(question_units(text))


def names_help(tokens: list[str], cues: CueView) -> bool:
    """The words name an FAQ or help page, or the help hub ("Service client")."""
    return bool(cues.best(tokens, "hub")) or any(
        cues.best(tokens, kind, "faq") for kind in ("page", "links")
    )


def hub_topics(view: PageView, cues: CueView, section: Section | None) -> set[str]:
    """The support topics (returns, delivery, order tracking, contact…) the page's own links
    lead to or its own sub-headings answer: a help centre is a page of them ("How can we
    help?" over "Returns & Exchanges", "Track My Order", "Contact Us"; "FAQ" over "Shipping",
    "Return & Warranty", "Order tracking" and what each says). Header, footer and menus are
    every page's, not counted; under a sub-heading, only the links below it (down to the
    next section)."""
    top, bottom = float("-inf"), float("inf")
    if section is not None:
        top = section.y
        bottom = min((s.y for s in view.sections if s.y > section.y), default=bottom)
    intents = [i for lang, _ in cues.languages[:1] for i in lang.intents if i != "faq"]
    labels = [(c.label, c.y) for c in view.candidates if c.kind == "link" and c.region in CONTENT]
    if section is None:  # the page's own answers, each under a sub-heading of its topic
        labels += [
            (s.heading, s.y)
            for s in view.sections
            if s.tag != "h1" and s.region in CONTENT and s.text.strip() and not s.mostly_links
        ]
    found = set()
    for label, y in labels:
        tokens = words(label)
        topic = next((i for i in intents if cues.best(tokens, "links", i)), None)
        if topic is not None and top <= y < bottom:  # one topic per label: "Returns & Refunds"
            found.add(topic)
    return found


def task_sentence(text: str, intent: str, cues: CueView) -> str | None:
    """On a help page, the sentence that names the task in the shopper's words and says it
    ("Si vous souhaitez modifier ou annuler votre commande, contactez…", "You can track your
    order with the number in your e-mail"): a person scanning the FAQ for the task stops
    there, heading or not. A name of one word ("annuler", "track") is too common in passing
    to count alone; a question ("Can I cancel my order?") asks, it does not answer."""
    for sentence in sentences(text):
        if sentence.rstrip().endswith(QUESTION_MARKS):
            continue
        tokens = words(sentence)
        named = (cues.best(tokens, kind, intent) for kind in ("page", "links"))
        if any(m is not None and len(words(m.phrase)) >= 2 for m in named) and cues.best(
            item_words(tokens, cues), "proof", intent
        ):
            return clip(sentence, 220)
    return None
