"""Contact: email addresses, phone numbers (normalised with phonenumbers), opening hours and
the response time a store promises."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from benchmark.measure.extract.common import (
    Fact,
    clip,
    cue_positions,
    durations,
    phrase_spans,
    sentence_around,
    sentences,
    timed,
    words,
)
from benchmark.spec.lexicon import CueView
from benchmark.text import normalize

_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|uur|u)?"
# a time zone after the first time: "7:00 am EST until 8:00 pm EST"
_ZONE = r"\b(?:[ecmp][sd]?t|gmt|bst|utc|cet|cest|eet|aest|ist)\b"
_TIME_RANGE = re.compile(
    # the word between the two times, in the languages of the lexicon (accents are folded:
    # "das 9h às 18h" is read as "as"; "od 8 do 16", "dalle 9 alle 18", "с 9 до 18")
    rf"({_TIME})(?:\s*{_ZONE})?\s*(?:-|–|—|~|〜|to|a|à|as|ate|bis|tot|la|al|alle|hasta|until"
    rf"|till|do|до|e|y|si|and|und|et|en)\s*({_TIME})",
    re.IGNORECASE,
)
# what makes a range a time of day: 8:00, 8 am, 9h, 18 Uhr; or a word for "at … o'clock"
# written before it (Finnish "klo 9-16", Scandinavian "kl. 9-17", Polish "godz. 8-16",
# Italian "ore 9-18", Romanian "orele 9-17")
_CLOCK = re.compile(
    r"\d[:.h]\d{2}|\d\s*(?:am|pm|a\.m\.|p\.m\.|h\b|uhr|uur|u\b)|^(?:klo|kl|godz|ore|orele)\b",
    re.IGNORECASE,
)
# opening hours read as digits: "09.00-18.00" is no phone number
_CLOCK_SPAN = re.compile(r"(\d{1,2})[:.h](\d{2})\s*[-–—~]\s*(\d{1,2})[:.h](\d{2})")
CLOCK_WORD_REACH = 8  # characters before a range where "klo", "godz." stand
SERVICE_LINES = (
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
)
HOURS_REACH = 70  # characters between the first day name and the time range
OPENING_HOURS_REACH = 12  # "(Mon–Sat 9–18 h)": a span right after day names is opening hours


# addresses written so that harvesters miss them: "service(at)shop.de", "info [at] shop [dot]
# com", the full-width "info＠shop.jp" of Japanese pages
_BRACKETED = r"\s*[\(\[\{{<]\s*(?:{})\s*[\)\]\}}>]\s*"
_OBFUSCATED = re.compile(
    r"\b([A-Za-z0-9._%+-]+)(?:" + _BRACKETED.format("at|ät|@") + r"|\s*＠\s*)"
    r"([A-Za-z0-9-]+(?:(?:\.|．|"
    + _BRACKETED.format("dot|punkt|point|punto")
    + r")[A-Za-z0-9-]+)+)",
    re.IGNORECASE,
)
_DOT = re.compile(r"．|" + _BRACKETED.format("dot|punkt|point|punto"), re.IGNORECASE)


def _addresses(text: str) -> list[tuple[str, int, int]]:
    """E-mail addresses in `text` with where they stand, plain or written around filters."""
    found = [(m.group(0).lower(), m.start(), m.end()) for m in _EMAIL.finditer(text)]
    for m in _OBFUSCATED.finditer(text):
        domain = _DOT.sub(".", m.group(2))
        if re.search(r"\.[A-Za-z]{2,}$", domain):
            found.append((f"{m.group(1)}@{domain}".lower(), m.start(), m.end()))
    return sorted(found, key=lambda a: a[1])


def email(text: str, cues: CueView) -> Fact | None:
    found = _addresses(text)
    if not found:
        return None
    address, start, end = found[0]
    return Fact("email", address, sentence_around(text, start, end))


def phone_region(cues: CueView) -> str:
    """The country to read phone numbers with: the page's own, else its language's."""
    return cues.region or cues.primary.spec.region


PHONE_CUE_REACH = 40  # characters before a number where "call us", "tél." makes it a phone


def phones(text: str, cues: CueView, region: str | None = None, strict: bool = False) -> list[Fact]:
    """Every phone number in the text, in international format, read with the country the
    page serves (else its language's). A number counts when it looks like one written for
    people to dial (+…, 00…, (…), or grouped by spaces, dots or dashes) or follows a phone
    word ("Tel.", "call us", "Nous appeler"): order numbers and prices do not. `strict`
    (for running text, not a header or footer): only +…, (…) or after a phone word."""
    default = region or phone_region(cues)
    found: dict[str, Fact] = {}
    for candidate_region in dict.fromkeys([default, "US", "GB"]):
        for m in phonenumbers.PhoneNumberMatcher(text, candidate_region):
            raw = m.raw_string.strip()
            if _clock_span(raw):
                continue
            dialled = raw.startswith(("+", "00", "("))
            grouped = len(re.findall(r"[\s./-]", raw)) >= 2
            shaped = dialled or (not strict and grouped)
            before = words(text[max(0, m.start - PHONE_CUE_REACH) : m.start])
            # a toll-free or shared-cost number ("1-800-284-8155", "0800 123 456") is a line
            # for customers wherever it is written
            service = grouped and phonenumbers.number_type(m.number) in SERVICE_LINES
            if not (shaped or service or cues.has(before, "phone")):
                continue
            if cues.has(before[-3:], "messaging") and not cues.has(before[-3:], "phone"):
                continue  # "WhatsApp: +34 612 345 678" is a messaging channel, not a line
            number = phonenumbers.format_number(
                m.number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            found.setdefault(number, Fact("phone", number, sentence_around(text, m.start, m.end)))
        if found:
            break
    return list(found.values())


def _clock_span(raw: str) -> bool:
    """Is `raw` a span of two times of day ("09.00-18.00", "8:30–17:00")?"""
    m = _CLOCK_SPAN.fullmatch(raw)
    return bool(m) and all(
        int(h) <= 24 and int(mm) < 60 for h, mm in (m.group(1, 2), m.group(3, 4))
    )


def phone(text: str, cues: CueView, region: str | None = None) -> Fact | None:
    """The first phone number of the text (see `phones`)."""
    found = phones(text, cues, region)
    return found[0] if found else None


def emails(text: str) -> list[str]:
    return list(dict.fromkeys(address for address, _, _ in _addresses(text)))


def _clock(norm: str, m: re.Match[str], days: list[int]) -> bool:
    """The range is a time of day: a clock mark in it, or "klo", "godz." just before it, or
    (hours under 24, no unit after) a day name just before it ("lunedì al venerdì dalle 9
    alle 18"), never "2–4 days"."""
    if _CLOCK.search(m.group(0)):
        return True
    before = norm[max(0, m.start() - CLOCK_WORD_REACH) : m.start()].split()
    if before and _CLOCK.search(before[-1].rstrip(".")):
        return True
    hours = [int(re.match(r"\d+", g).group(0)) for g in m.groups()]  # type: ignore[union-attr]
    after = norm[m.end() : m.end() + 1]
    return (
        all(h <= 24 for h in hours)
        and not after.isalnum()
        and any(0 <= m.start() - d <= HOURS_REACH for d in days)
    )


def _hours_in(sentence: str, cues: CueView) -> str | None:
    """ "Monday to Friday 8 am – 6 pm" as written: from the first day name to the time range
    (or the time range alone). A range counts only as a time of day (see `_clock`), so
    "2–4 days" is never taken for opening hours."""
    norm = normalize(sentence)
    # day names first ("du lundi au vendredi" starts at "lundi"), else "on weekdays" words
    days = [p for g in ("weekdays", "every_day") for p in cue_positions(sentence, cues, g)]
    days = days or cue_positions(sentence, cues, "weekdays_only")
    times = [m for m in _TIME_RANGE.finditer(norm) if _clock(norm, m, days)]
    # offsets are the normalised sentence's: where it is not as long as the sentence (Hangul
    # is decomposed there), the words are taken from it, composed again
    source = sentence if len(norm) == len(sentence) else norm
    if not times:
        spans = phrase_spans(
            sentence, [(p, False) for lang, _ in cues.languages for p in lang.facts["always"]]
        )
        if not spans:
            return None
        return unicodedata.normalize("NFC", source[spans[0][0] : spans[0][1]])
    start, end = times[0].start(), times[0].end()
    for t in times:
        before = [d for d in days if 0 <= t.start() - d <= HOURS_REACH]
        if before:
            start, end = min(before), t.end()
            break
    return unicodedata.normalize("NFC", " ".join(source[start:end].split()))


FOLLOWING_SENTENCES = 2  # sentences after a channel's own that may still give its hours


def _hours(text: str, cues: CueView, group: str | None, name: str) -> Fact | None:
    """Opening hours in a sentence about `group` (phone, chat), or in one of the next two
    unless it names the other channel ("Call us on 0800 123 456. We're open Monday to
    Friday, 9am–5pm."; "… pn.–pt. w godz. 7:00–15:00", cut after "godz."); any sentence if
    `group` is None."""

    def about(sentence: str, tokens: list[str], channel: str) -> bool:
        return cues.has(tokens, channel) or (
            channel == "phone" and phone(sentence, cues) is not None
        )

    other = {"phone": "chat", "chat": "phone"}.get(group or "")
    after = 0  # sentences left in which the last one about `group` may still be continued
    for sentence in sentences(text):
        tokens = words(sentence)
        here = group is None or about(sentence, tokens, group)
        on_topic = here or (after > 0 and other is not None and not about(sentence, tokens, other))
        after = FOLLOWING_SENTENCES if here else max(0, after - 1)
        if not on_topic:
            continue
        hours = _hours_in(sentence, cues)
        if hours:
            return Fact(name, hours, clip(sentence, 220))
    return None


def phone_hours(text: str, cues: CueView) -> Fact | None:
    return _hours(text, cues, "phone", "phone_hours")


def chat_hours(text: str, cues: CueView) -> Fact | None:
    return _hours(text, cues, "chat", "chat_hours")


def panel_hours(text: str, cues: CueView) -> Fact | None:
    """Opening hours shown inside a chat panel: every sentence there is about the chat."""
    return _hours(text, cues, None, "chat_hours")


def response_time(text: str, cues: CueView) -> Fact | None:
    """The reply time a store promises ("within 24 hours", "in under 5 minutes")."""
    for sentence in sentences(text):
        tokens = words(sentence)
        if not cues.has(tokens, "response"):
            continue
        days = cue_positions(sentence, cues, "weekdays")
        after = [
            d
            for d in timed(sentence, cues, "response", durations(sentence, cues))
            if not any(0 <= d.start - w <= OPENING_HOURS_REACH for w in days)
        ]
        if after:
            d = after[0]
            return Fact("response_time", d.label(), clip(sentence, 220), d.hours, "hours")
    return None
