"""Numbers as pages write them: number words ("thirty days", "binnen vierzehn Tagen",
"douăzeci și unu de zile") and prices ("$1,000", "1.000 €", "C$9.95").

Number words are read by text2num where it covers the language (``data/numbers.yaml``) and
from composed word lists for the others; the lexicon's own 1–10 words (with their gendered
and inflected forms: "une", "einen", "duas") count too. Words are replaced by digits padded
with spaces, so every character offset in a sentence stays where it was.

Prices are found next to a currency sign or word (``data/currencies.yaml``) and read by
price-parser; the page's decimal separator decides only what the text cannot ("1,000").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import yaml
from price_parser import Price
from text_to_num import text2num

from benchmark import DATA_DIR
from benchmark.text import normalize

DATA = DATA_DIR
MAX_WORDS = 6  # "quatre-vingt-dix-neuf", "one hundred and twenty five"
_WORD = re.compile(r"[^\W\d_]+")
_JOIN = re.compile(r"^[\s-]*$")


@lru_cache(maxsize=1)
def _numbers_file() -> dict:
    return yaml.safe_load((DATA / "numbers.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=32)
def _composed(lang: str) -> dict[str, int]:
    """Words → value for a language composed from unit, teen and ten words (1–100)."""
    spec = _numbers_file().get("composed", {}).get(lang)
    if not spec:
        return {}

    def forms(entry: str) -> list[str]:
        return [normalize(f.strip()) for f in entry.split("/") if f.strip()]

    table: dict[str, int] = {}
    units = [(value, unit) for value, e in enumerate(spec["units"], 1) for unit in forms(e)]
    table.update({unit: value for value, unit in units})
    for value, entry in enumerate(spec["teens"], start=10):
        table.update(dict.fromkeys(forms(entry), value))
    for tens, entry in enumerate(spec["tens"], start=2):
        for ten in forms(entry):
            table[ten] = tens * 10
            for value, unit in units:
                for between in spec.get("between", []):
                    table[f"{ten}{normalize(between)}{unit}"] = tens * 10 + value
                for between in spec.get("unit_first", []):
                    table[f"{unit}{normalize(between)}{ten}"] = tens * 10 + value
    for entry in spec.get("hundred", []):
        table[normalize(entry)] = 100
    return table


_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_HAN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_HAN_POWERS = {"十": 10, "百": 100, "千": 1000}
_HAN_RUN = re.compile(f"[{''.join(_HAN_DIGITS)}{''.join(_HAN_POWERS)}]+")


def han_value(run: str) -> int | None:
    """The number a run of Han numerals writes (十四 = 14, 三十 = 30, 一百二十 = 120)."""
    total, digit = 0, None
    for ch in run:
        if ch in _HAN_POWERS:
            if digit == 0:
                return None
            total += (1 if digit is None else digit) * _HAN_POWERS[ch]
            digit = None
        elif digit is not None:
            return None  # two digits in a row (一兩, 三四): a guess, not a number
        else:
            digit = _HAN_DIGITS[ch]
    return total + (digit or 0) or None


def _han_to_digits(out: list[str], text: str) -> None:
    for m in _HAN_RUN.finditer(text):
        if m.group(0) == "一":
            continue  # "one" is in too many words: 一般, 統一, 一日も早く ("as soon as possible")
        value = han_value(m.group(0))
        digits = str(value)
        if value is not None and len(digits) <= len(m.group(0)):
            out[m.start() : m.end()] = list(digits.ljust(len(m.group(0))))


@lru_cache(maxsize=16)
def _connectors(lang: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in _numbers_file().get("connectors", {}).get(lang, []))


@lru_cache(maxsize=4096)
def word_value(text: str, lang: str, extra: tuple[tuple[str, int], ...] = ()) -> int | None:
    """The number `text` (one or more words, lower case) spells in `lang`, or None."""
    flat = " ".join(normalize(text).replace("-", " ").split())
    for word, value in extra:
        if word == flat:
            return value
    if lang in _numbers_file().get("text2num", []):
        try:
            value = text2num(text.strip(), lang)
        except (ValueError, IndexError, KeyError):
            value = None
        if value is not None:
            return int(value)
    return _composed(lang).get(flat)


def spelled_to_digits(text: str, languages: list[tuple[str, tuple[tuple[str, int], ...]]]) -> str:
    """`text` with number words of the given languages (code, extra words) written in digits,
    each padded with spaces to the length of the words it replaces."""
    tokens = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]
    if not tokens:
        return text
    out = list(text)
    if any(lang in _numbers_file().get("han", []) for lang, _ in languages):
        _han_to_digits(out, text)
    i = 0
    while i < len(tokens):
        done = False
        for lang, extra in languages:
            j = _longest_number(text, tokens, i, lang, extra)
            if j is None:
                continue
            start, end = tokens[i][0], tokens[j][1]
            value = word_value(text[start:end].lower(), lang, extra)
            digits = str(value)
            if value is not None and 0 < value <= 1000 and len(digits) <= end - start:
                out[start:end] = list(digits.ljust(end - start))
                i, done = j + 1, True
                break
        if not done:
            i += 1
    return "".join(out)


def _longest_number(
    text: str, tokens: list[tuple[int, int, str]], i: int, lang: str, extra: tuple
) -> int | None:
    """Index of the last token of the longest run from token `i` that spells a number."""
    if tokens[i][2] in _connectors(lang):
        return None
    best = None
    for j in range(i, min(len(tokens), i + MAX_WORDS)):
        if j > i and not _JOIN.match(text[tokens[j - 1][1] : tokens[j][0]]):
            break
        if word_value(text[tokens[i][0] : tokens[j][1]].lower(), lang, extra) is not None:
            best = j
    return best


# ---------------------------------------------------------------- prices


@dataclass(frozen=True)
class Amount:
    text: str
    number: float
    currency: str
    start: int
    end: int = -1


_GLUED = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")  # Han and Hangul: "1000元", "3,000원"


GLUED_SIGN = 3  # letters a currency word needs to be read on a number: "5euro", not "5kr"


@lru_cache(maxsize=1)
def _currency_signs() -> tuple[re.Pattern[str], dict[str, str]]:
    data = yaml.safe_load((DATA / "currencies.yaml").read_text(encoding="utf-8"))
    code_of = {sign.lower(): code for code, signs in data.items() for sign in signs}
    written = {sign.lower(): sign for signs in data.values() for sign in signs}
    parts = []
    for sign in sorted(code_of, key=len, reverse=True):
        escaped = re.escape(written[sign])
        # a word sign is a word of its own ("lei", "CHF"), a long one also written on the
        # number ("5euro", "150eur"), and so is one in another script than Latin ("800р",
        # "5лв": short Latin ones are units there, "5m", "6ft"); Chinese and Korean write
        # theirs on the number too
        alone = sign[-1].isalpha() and sign[0].isalpha() and not _GLUED.search(sign)
        pattern = escaped
        if alone and (len(sign) >= GLUED_SIGN or not sign.isascii()):
            pattern = rf"(?<![^\W\d_]){escaped}(?![^\W\d_])"  # no letter either side
        elif alone:
            pattern = rf"\b{escaped}\b"
        elif sign.endswith("-"):
            pattern = rf"{escaped}(?!\d)"  # "139:-", not the times "14:-15:00"
        # a short sign with a capital is matched as written: "6 Ft" is forints, "6 ft" feet
        if sum(ch.isalpha() for ch in sign) <= 2 and written[sign] != sign:
            pattern = rf"(?-i:{pattern})"
        parts.append(pattern)
    signs = "|".join(parts)
    number = r"\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?"
    # a whole amount may end in a dash where the cents would be: "60,- €", "99,- Kč", "€ 50,-",
    # "Fr. 5.–" (Central Europe, the Netherlands, Switzerland)
    whole = r"(?:[.,][-–]{1,2}(?!\d))?"
    pattern = re.compile(
        rf"(?:(?P<cur1>{signs})\s?(?P<num1>{number}){whole}"
        rf"|(?P<num2>{number}){whole}\s?(?P<cur2>{signs}))",
        re.IGNORECASE,
    )
    return pattern, code_of


def _decimal_separator(number: str, page_decimal: str) -> str | None:
    """The separator price-parser should read as decimal, where the text cannot tell."""
    seps = re.findall(r"[.,]", number)
    if len(seps) != 1:
        return None  # none, or both kinds ("1.234,50"): price-parser reads them right
    sep = seps[0]
    after = len(number) - number.rfind(sep) - 1
    if after != 3:
        return sep  # "4,95", "5.9": a decimal separator
    return sep if sep == page_decimal else ("," if sep == "." else ".")


def amounts(sentence: str, language: str = "en") -> list[Amount]:
    """Prices as written on the page, with a comparable number and an ISO currency code."""
    pattern, code_of = _currency_signs()
    page_decimal = _numbers_file().get("decimal", {}).get(language, ".")
    found = []
    for m in pattern.finditer(sentence):
        raw = m.group("num1") or m.group("num2")
        sign = (m.group("cur1") or m.group("cur2") or "").lower()
        price = Price.fromstring(raw, decimal_separator=_decimal_separator(raw, page_decimal))
        if price.amount is None:
            continue
        # "499 kr." at the end of a sentence: the full stop is the sentence's
        text = " ".join(sentence[m.start() : m.end()].split()).rstrip(".")
        number = float(price.amount.quantize(Decimal("0.01")))
        found.append(Amount(text, number, code_of.get(sign, sign.upper()), m.start(), m.end()))
    return sorted(found + _myriads(sentence, code_of), key=lambda a: a.start)


@lru_cache(maxsize=1)
def _myriad_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    values = {str(k): int(v) for k, v in (_numbers_file().get("multipliers") or {}).items()}
    words = "|".join(map(re.escape, sorted(values, key=len, reverse=True)))
    return re.compile(rf"(?<![\d.,])(\d{{1,4}}(?:[.,]\d{{1,2}})?)\s?({words})\s?(원|円|元)"), values


def _myriads(sentence: str, code_of: dict[str, str]) -> list[Amount]:
    """Amounts written with a multiplier before their currency ("5만원", "1万円", "1萬元")."""
    pattern, values = _myriad_pattern()
    if not values:
        return []
    found = []
    for m in pattern.finditer(sentence):
        number = float(m.group(1).replace(",", ".")) * values[m.group(2)]
        text = sentence[m.start() : m.end()]
        found.append(Amount(text, number, code_of.get(m.group(3), m.group(3)), m.start(), m.end()))
    return found
