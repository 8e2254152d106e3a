"""How long: durations as pages write them ("3–5 business days", "24/48 horas", "thirty
(30) days", "the next business day"), read in the page's language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from benchmark.measure.extract.cues import cue_group, phrase_spans
from benchmark.measure.extract.numbers import spelled_to_digits
from benchmark.spec.lexicon import UNKNOWN_FALLBACK, CueView
from benchmark.text import normalize

_UNSPACED_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")

HOURS_PER = {
    "minute": 1 / 60,
    "hour": 1,
    "business_hour": 1,
    "day": 24,
    "business_day": 24,
    "week": 168,
    "month": 720,
}


@dataclass(frozen=True)
class Duration:
    low: int
    high: int
    kind: str  # minute | hour | business_hour | day | business_day | week | month
    start: int
    end: int
    numberless: bool = False  # "next business day": said without a number

    @property
    def hours(self) -> float:
        return self.high * HOURS_PER[self.kind]

    @property
    def days(self) -> float:
        """The longest end of the span in days: 48 hours is 2 days, never 48."""
        return self.hours / 24

    def label(self) -> str:
        unit = {
            "business_day": "business days",
            "minute": "minutes",
            "hour": "hours",
            "business_hour": "business hours",
            "day": "days",
            "week": "weeks",
            "month": "months",
        }[self.kind]
        if self.high == 1:
            unit = unit.rstrip("s")
        span = f"{self.low}–{self.high}" if self.low != self.high else f"{self.high}"
        return f"{span} {unit}"


@lru_cache(maxsize=64)
def _duration_pattern(
    key: tuple[str, ...], fillers: tuple[str, ...], ordinal_dot: bool = False
) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(u) for u in sorted(key, key=len, reverse=True))
    filler = "|".join(re.escape(f) for f in fillers)
    # "30-day", "30 days", "thirty (30) days", "7 (sete) dias" (its word written in digits and
    # padded: "7 (7   ) dias"); "14. päeva" where an ordinal is written with a full stop
    dot = r"\.?" if ordinal_dot else ""
    gap = rf"{dot}\s*\)?[\s-]*(?:(?:{filler})\s+)?" if filler else rf"{dot}\s*\)?[\s-]*"
    number = r"\d{1,3}"
    words = r"(?:to|and|y|e|et|und|a|à|bis|tot|en|och|og|do|até|ate|alle|until)"
    return re.compile(
        # "24/48/72 ore": a range written in steps runs from its first to its last
        # "before 15:00 uur" is a time of day, not a duration of 0 hours
        rf"(?<![\d.])(?<!\d,)(?<!\d/)(?<!\d:)(?P<low>{number})(?:(?:\s*/\s*{number})*?\s*(?P<sep>-|–|—|~|〜|/|至|到|{_range_words()})"
        # "24h/48h", "24h y 72h": the unit after each number, the same
        # "tra i 3 e i 5 giorni", "entre los 3 y los 5 días": an article before the second
        rf"\s*(?:(?:i|gli|los|las|les|os|as)\s+)?(?P<high>{number})|\s*(?P<ufirst>{alternatives})\s*(?P<usep>[-–/~〜]|{words}(?=\s))"
        rf"\s*(?P<uhigh>{number})(?=\s*(?P=ufirst)))?"
        rf"{gap}(?P<unit>{alternatives})(?:\b|(?<=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]))"
    )


@lru_cache(maxsize=1)
def _range_words() -> str:
    """The words written between the two ends of a span ("3 to 5", "2 do 4", "5 kuni 21"),
    from `range:` in data/numbers.yaml, as a regex alternation (normalised, longest first)."""
    from benchmark.measure.extract.numbers import _numbers_file

    found = {normalize(w) for w in _numbers_file().get("range", [])}
    return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))


@lru_cache(maxsize=1)
def _ordinal_dot_languages() -> frozenset[str]:
    from benchmark.measure.extract.numbers import _numbers_file

    return frozenset(_numbers_file().get("ordinal_dot", []))


def _ordinal_dot(cues: CueView) -> bool:
    """Does the page's language write "14." for the fourteenth (data/numbers.yaml)?"""
    return cues.primary.code in _ordinal_dot_languages()


def number_languages(cues: CueView) -> list[tuple[str, tuple[tuple[str, int], ...]]]:
    """(language, its lexicon's own 1–10 words) for `spelled_to_digits`, page language first.
    Only the page's language and English: on a page in a language without a lexicon, another
    lexicon's number words are guesses that collide (Danish "tres" is 60, Catalan "tres" 3)."""
    return [
        (lang.code, _lexicon_numbers(lang.spec.units.numbers))
        for lang, weight in cues.languages
        if weight > UNKNOWN_FALLBACK
    ]


@lru_cache(maxsize=32)
def _lexicon_numbers_cached(numbers: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    return tuple(
        (normalize(word.strip()), value)
        for value, spelled in enumerate(numbers, start=1)
        for word in spelled.split("/")
    )


def _lexicon_numbers(numbers: list[str]) -> tuple[tuple[str, int], ...]:
    return _lexicon_numbers_cached(tuple(numbers))


def _unit_table(cues: CueView) -> dict[str, str]:
    table: dict[str, str] = {}
    for lang, _ in cues.languages:
        spec = lang.spec.units
        for kind in ("business_day", "business_hour", "minute", "hour", "day", "week", "month"):
            for word in getattr(spec, kind):
                table.setdefault(normalize(word), kind)
    return table


# "3 (trīs) līdz 6 (sešas)", "14 (fourteen)": a number repeated in words in brackets (written
# in digits by `spelled_to_digits`) is said once; blanked, not cut, so offsets stay the same
_SAID_TWICE = re.compile(r"(\d{1,3})(\s*\(\s*(\d{1,3})\s*\))")


def _once(m: re.Match[str]) -> str:
    return m.group(1) + (" " * len(m.group(2)) if m.group(1) == m.group(3) else m.group(2))


def durations(sentence: str, cues: CueView) -> list[Duration]:
    """Every "<number> <unit>" or "<a>–<b> <unit>" in a sentence, in order."""
    table = _unit_table(cues)
    fillers = tuple(normalize(f) for lang, _ in cues.languages for f in lang.spec.units.filler)
    pattern = _duration_pattern(tuple(table), fillers, _ordinal_dot(cues))
    found = []
    norm = _SAID_TWICE.sub(_once, normalize(spelled_to_digits(sentence, number_languages(cues))))
    norm = _articles_as_one(norm, cues, tuple(table))
    basis = tuple(
        normalize(p) for lang, _ in cues.languages for p in lang.spec.units.business_before
    )
    for m in pattern.finditer(norm):
        low = int(m.group("low"))
        high = int(m.group("high") or m.group("uhigh") or low)  # "2–4 days", "24h/48h"
        if "/" in (m.group("sep"), m.group("usep")) and {low, high} == {24, 7}:
            continue  # "24/7 hours" is round the clock; "24/48 horas" is a range
        kind = table[m.group("unit")]
        if kind == "day" and basis and norm[: m.start()].rstrip().endswith(basis):
            kind = "business_day"  # "영업일 기준 7일"
        if kind == "day" and low == high <= 7 and _weekly(norm[m.end() :], table, low):
            continue  # "7 days a week", "7 Tage die Woche", "7 jours sur 7": how often
        found.append(Duration(min(low, high), max(low, high), kind, m.start(), m.end()))
    found += [
        d for d in _next_days(norm, cues) if not any(f.start <= d.start < f.end for f in found)
    ]
    held = _held_clauses(norm, cues)
    return sorted(
        (d for d in found if not any(a <= d.start < b for a, b in held)), key=lambda d: d.start
    )


def _articles_as_one(norm: str, cues: CueView, units: tuple[str, ...]) -> str:
    """`norm` with "a"/"an" written "1" where it counts a unit after a word that times it
    ("within a week" is "within 1 week"; "24 hours a day" stays: nothing times that "a")."""
    articles, pattern = cues.remembered(("article_one",), lambda: _article_pattern(cues, units))
    if pattern is None or not any(f" {a} " in norm for a in articles):
        return norm

    def one(m: re.Match[str]) -> str:
        head, _, article = m.group(0).rpartition(" ")
        return f"{head} {'1'.ljust(len(article))}"

    return pattern.sub(one, norm)


def _article_pattern(
    cues: CueView, units: tuple[str, ...]
) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The articles ("a", "an") and a pattern for the phrases that end in them."""
    phrases = [normalize(p) for lang, _ in cues.languages for p in lang.spec.units.article_one]
    if not phrases:
        return frozenset(), None
    articles = frozenset(p.rsplit(" ", 1)[-1] for p in phrases)
    leads = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    unit = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return articles, re.compile(rf"\b(?:{leads})\b(?=\s+(?:\w+\s+)?(?:{unit})\b)")


WEEKLY_REACH = 3  # words between "7 days" and the week it is counted in ("a la", "die")


def _weekly(rest: str, table: dict[str, str], days: int) -> bool:
    """Do the words after "<days> days" make them days of each week ("a week", "por semana",
    "sur 7")? A number of days then is how often, not how long."""
    clause = re.split(r"[,;.:!?()]", rest, maxsplit=1)[0]  # "5 days, a week at most": a span
    after = re.findall(r"\w+", clause)[: WEEKLY_REACH + 1]
    if after[1:2] == [str(days)]:
        return True  # "7 jours sur 7", "7 giorni su 7"
    for word in after:
        if word.isdigit():
            return False  # "5 days to 2 weeks" is a span
        if table.get(word) == "week":
            return True
    return False


_CLAUSE = re.compile(r"[^,;]+")


def _held_clauses(norm: str, cues: CueView) -> list[tuple[int, int]]:
    """Spans of the clauses that say how long a parcel is kept for collection ("held at the
    pickup point for 7 days", "7 Tage in der Packstation aufbewahrt", "rok dviga paketa je 4
    delovne dni") or when it counts as lost ("not considered lost until 15 working days after
    posting"): their times are no delivery, processing, return or refund time."""
    spans = phrase_spans(norm, cue_group(cues, "held") + cue_group(cues, "lost"), cues)
    if not spans:
        return []
    clauses = [m.span() for m in _CLAUSE.finditer(norm)]
    return [(a, b) for a, b in clauses if any(a <= s < b for s, _ in spans)]


def _next_days(norm: str, cues: CueView) -> list[Duration]:
    """ "Next business day", "am nächsten Werktag", "le lendemain": one day (or business day)
    written without a number."""
    found: list[Duration] = []
    for lang, _ in cues.languages:
        units = lang.spec.units
        for pattern, kind in _next_day_patterns(tuple(units.next_day), tuple(units.business_day)):
            for m in pattern.finditer(norm):
                if not any(f.start <= m.start() < f.end for f in found):
                    found.append(Duration(1, 1, kind, m.start(), m.end(), numberless=True))
    return found


@lru_cache(maxsize=64)
def _next_day_patterns(
    next_day: tuple[str, ...], business_day: tuple[str, ...]
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A language's next-day phrases, longest first, each with its kind: worked out once, not
    for every sentence read."""
    business = [normalize(u) for u in business_day]
    out = []
    for phrase in sorted((normalize(p) for p in next_day), key=len)[::-1]:
        kind = "business_day" if any(u in phrase for u in business) else "day"
        spaced = not _UNSPACED_OR_HANGUL.search(phrase)  # 翌営業日, 익일배송: no word edges
        pattern = rf"(?<!\w){re.escape(phrase)}(?!\w)" if spaced else re.escape(phrase)
        out.append((re.compile(pattern), kind))
    return tuple(out)
