"""Delivery options: each option a page names ("Standard", "Express", "Point relais") with
the time it takes."""

from __future__ import annotations

from benchmark.measure.extract.common import Fact, clip, contains, lines, sentences, words
from benchmark.measure.extract.owners import return_words
from benchmark.measure.extract.sentences import ROW_WORDS, size
from benchmark.measure.extract.shipping import about_shipping, after_processing
from benchmark.phrases import find_phrase
from benchmark.spec.lexicon import CueView


def delivery_times(text: str, cues: CueView) -> Fact | None:
    """Each named delivery option ("Standard", "Express", "Point relais") with its time.

    The option is named in the sentence or table row itself, or in a short heading line just
    above it ("International shipping" followed by "We ship to Canada in 7–12 days"); the time
    an order takes to leave ("we ship within 2 days") is no option's delivery time."""
    options: dict[str, str] = {}
    snippet = ""
    heading: str | None = None
    for row in lines(text):
        for sentence in sentences(row) if "\t" not in row else [row]:
            found = [
                d for d in after_processing(sentence, words(sentence), cues) if d.kind != "minute"
            ]
            name = _option_name(sentence, cues)
            if not found:
                if name is not None and len(words(sentence)) <= 5:
                    heading = name
                elif len(words(sentence)) <= 5:
                    heading = None
                continue
            if contains(words(sentence), return_words(cues), cues):
                continue
            # a sentence naming an option must speak of delivery: "standard warranty of
            # three months" is no delivery option (a table's row ends in no full stop)
            prose = name is not None and size(sentence) > ROW_WORDS and sentence[-1:] in ".!。"
            if prose and not about_shipping(words(sentence), cues):
                continue
            name = name or heading
            if name is not None and name not in options:
                options[name] = found[0].label()
                snippet = snippet or clip(sentence, 220)
    if not options:
        return None
    value = "; ".join(f"{name}: {time}" for name, time in options.items())
    return Fact("delivery_times", value, snippet)


def _option_name(sentence: str, cues: CueView) -> str | None:
    """The delivery option a sentence or table row is about, as the lexicon names it."""
    tokens = words(sentence)
    for lang, _ in cues.languages:
        for phrase in lang.facts["delivery_options"]:
            if find_phrase(tokens[:8], phrase, lang.compounds) >= 0:
                return phrase.text[:1].upper() + phrase.text[1:]
    return None
