"""The multilingual lexicon: cue words per intent and per language, loaded from data files.

One YAML file per language in ``benchmark/data/lexicon/`` (or a folder the user gives). For each
intent (returns, contact, shipping, …) a language lists:

- ``links``   labels that lead straight to the answer ("Retours & remboursements")
- ``slugs``   words of URL paths that do the same (``/retours``)
- ``related`` labels of pages that often hold the answer one level down ("Mes commandes")
- ``page``    headings that prove the shopper arrived ("Politique de retour")
- ``legal``   legal texts that hold the answer too ("Droit de rétractation", "CGV"): a
              heading for arrival, only a related place for the choice of link
- ``proof``   words the answer's text uses ("remboursé")
- ``fields``  form field labels that prove a tool is there ("Numéro de commande")
- ``search``  what a shopper types into the site search

plus interface words (help hubs, menu toggles, close buttons, chat launchers, links to avoid) and
unit words for the fact extractors. A page is read with its own language first and English
second (weight `ENGLISH_FALLBACK`), because stores everywhere use "FAQ", "Help" or "Tracking".

A little longer than 300 lines: the file model, its compiled form and the matching that every
stage uses belong together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from benchmark import DATA_DIR as PACKAGE_DATA
from benchmark.errors import SpecError
from benchmark.phrases import Phrase, PhraseIndex, cue_words_for, find_phrase, may_start
from benchmark.spec.files import read_yaml, validate
from benchmark.text import CACHED_TOKENS, normalize, teach_han_words, words

DATA_DIR = PACKAGE_DATA / "lexicon"
ENGLISH_FALLBACK = 0.9
UNKNOWN_FALLBACK = 0.8  # the other lexicons, for a language that has none
# language codes read with another code's file: Norwegian pages say "no", "nb" or "nn";
# Hebrew pages still say "iw" (its code before 1989)
ALIASES = {"no": "nb", "nn": "nb", "iw": "he"}
INTENT_FIELDS = ("links", "slugs", "related", "page", "legal", "proof", "fields")
# the cues that name a place (a link, a heading, a related place) are read in any case
# ("Pogoji dostave", "Dodacie lehoty") when links are scored; the extractors read every
# intent's words and the facts' cues in any case too (`Language.read`, `Language.facts`)
NAMING = ("links", "related", "page", "legal")
UI_FIELDS = (
    "hub",
    "menu",
    "close",
    "search",
    "chat_launcher",
    "avoid",
    "age_gate",
    "age_confirm",
    "consent_reject",
    "consent_accept",
)
UNIT_FIELDS = ("minute", "day", "business_day", "hour", "business_hour", "week", "month", "free")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IntentCues(_Strict):
    links: list[str] = Field(min_length=1)
    slugs: list[str] = []
    related: list[str] = []
    page: list[str] = Field(min_length=1)
    legal: list[str] = []  # legal texts that state the answer (withdrawal right, terms of sale)
    proof: list[str] = []
    fields: list[str] = []
    search: str = Field(min_length=1)


class UiCues(_Strict):
    hub: list[str] = Field(min_length=1)
    menu: list[str] = Field(min_length=1)
    close: list[str] = Field(min_length=1)
    search: list[str] = Field(min_length=1)
    chat_launcher: list[str] = Field(min_length=1)
    avoid: list[str] = []
    age_gate: list[str] = []  # an overlay asking for the visitor's age ("are you 18 or older")
    age_confirm: list[str] = []  # the answer that lets an adult in ("I am 18 or older", "Yes")
    consent_reject: list[str] = []  # a cookie bar's least-sharing answer ("Reject all")
    consent_accept: list[str] = []  # its other answer, when it offers no refusal ("Got it")


class Units(_Strict):
    numbers: list[str] = Field(min_length=10, max_length=10)  # one … ten ("un/une")
    filler: list[str] = []  # words between a number and its unit ("24 de ore")
    # a time said with an article for "one" after the word that times it ("within a week",
    # "up to an hour"): the phrase, ending in the article
    article_one: list[str] = []
    minute: list[str] = Field(min_length=1)
    day: list[str] = Field(min_length=1)
    business_day: list[str] = Field(min_length=1)
    hour: list[str] = Field(min_length=1)
    # hours counted on working days only ("within 24 business hours", "48 heures ouvrées",
    # "12 horas hábiles"): a promise slower than the same number of hours
    business_hour: list[str] = []
    week: list[str] = Field(min_length=1)
    month: list[str] = Field(min_length=1)
    free: list[str] = Field(min_length=1)
    # the next day or business day, said without a number ("next business day", "am nächsten
    # Werktag", "le lendemain"): one day, or one business day if a business-day word is in it
    next_day: list[str] = []
    # "within" where it also means "inside" a place ("innerhalb Deutschlands", "binnen
    # Nederland", "within the US"): a time cue ending in it names only the time right after
    within: list[str] = []
    # written before a count of days to make them business days ("영업일 기준 7일": 7 days
    # counted in business days)
    business_before: list[str] = []


class FactCues(_Strict):
    """Words the fact extractors use: what makes a return paid, a refund go to the card,
    an amount a threshold, a sentence a promise of a response time…"""

    negation: list[str] = Field(min_length=1)
    nothing: list[str] = []  # "the customer pays nothing": undoes the cue it follows
    # the negation words that mean "only" ("only", "solo", "nur"): they restrict, and deny
    # nothing where what they restrict is offered ("we only offer exchanges")
    only: list[str] = []
    # a right or rule said not to apply ("the 14-day right of withdrawal does not apply to
    # sealed goods"): its duration is no return window
    not_applicable: list[str] = []
    messaging: list[str] = []  # app names a number is written after: that number is the app's
    paid: list[str] = Field(min_length=1)
    # a deduction for the value an item lost by being used or damaged ("diminished value",
    # "Wertverlust", "värdeminskning"): the law's compensation, not a cost of sending it back
    depreciation: list[str] = []
    # who the shopper is called ("customer", "Käufer", "usuario") and what is put on someone
    # ("responsible for", "zu tragen", "a cargo de"): the two close together make a return paid
    # ("return shipping is at the customer's expense", "correrán a cargo del usuario")
    shopper: list[str] = []
    burden: list[str] = []
    we_pay: list[str] = Field(min_length=1)
    # a parcel refused or never collected ("refused deliveries", "Annahmeverweigerung", "mancato
    # ritiro"): what sending it back costs is no returns policy
    refused: list[str] = []
    # the shopper asked to wait ("please allow 14 days", "comptez 5 jours ouvrés"): the time
    # is that of what is named after it ("… for your return to be processed")
    wait: list[str] = []
    # how long a parcel is kept for collection ("held at the pickup point for 7 days", "in
    # giacenza per 10 giorni", "úložná doba 7 dní"): that time is no delivery or return time
    held: list[str] = []
    # when a parcel counts as lost ("considered lost", "als verloren", "considéré comme
    # perdu"): that time is no delivery time either
    lost: list[str] = []
    # a fault of the item or the store ("defective", "erreur de notre part", "不良品"): returns
    # said to be free for it are not free for a shopper who changed their mind
    fault: list[str] = []
    original_payment: list[str] = Field(min_length=1)
    # a time said to vary with the payment method ("depending on the payment method used",
    # "varia conforme a forma de pagamento"): the method named after it is no refund method
    depends: list[str] = []
    store_credit: list[str] = Field(min_length=1)
    # the order reaches the shopper ("your order arrives in 3–5 days", "recibirás tu pedido
    # en 48 horas"): a delivery time said without a shipping word
    arrives: list[str] = []
    # what a duration counts from ("within 14 days from receipt of the return"): a return or
    # refund word after one names that day, not whose the duration is
    since: list[str] = []
    # buying the order ("of purchase", "data di acquisto") and receiving it ("from delivery",
    # "ricezione dell'ordine"): a refund's time counted from either is the shopper's time to
    # ask, never the refund's delay; a time counted from delivery is no delivery time
    purchase: list[str] = []
    received: list[str] = []
    # the shopper asking for a refund ("request", "solicitar", "richiedere"), written before it
    claim: list[str] = []
    # buying again ("place a new order", "neue Bestellung", "yeni bir sipariş"): an exchange
    # done as a return and a new purchase is no exchange offered
    new_order: list[str] = []
    # money exchanged, not an item ("exchange rate", "exchanged for cash", "taux de change",
    # "tipo de cambio"): no word of an exchange policy
    money_exchange: list[str] = []
    # a particle that makes the word before it the sentence's topic (Japanese "は"): a return
    # or refund word marked so owns the sentence's times ("返金は、…到着後5営業日以内に行います")
    topic: list[str] = []
    processing: list[str] = Field(min_length=1)
    same_day: list[str] = []  # words that an order leaves the day it is placed ("jour même")
    weekend: list[str] = Field(min_length=1)
    # said outright ("Monday to Friday", "weekdays only"): a bare business-days word ("1–3
    # vardagar") says how long, not that weekends are off; it goes with the day names
    weekdays_only: list[str] = Field(min_length=1)
    duties: list[str] = Field(min_length=1)
    po_box: list[str] = Field(min_length=1)
    response: list[str] = Field(min_length=1)
    phone: list[str] = Field(min_length=1)
    chat: list[str] = Field(min_length=1)
    threshold: list[str] = Field(min_length=1)
    threshold_after: list[str] = []  # written after the amount: "$50 or more", "50 € et plus"
    # the least an order must come to ("minimum order value", "Mindestbestellwert", "минимальная
    # сумма заказа"): the amount named is neither a price of delivery nor a threshold
    minimum: list[str] = []
    # a word of "free" that is free delivery by itself where no delivery word can be read in
    # it ("免運", "包邮", "送料無料", "무료배송"): that free is never the return's
    free_delivery: list[str] = []
    weekdays: list[str] = Field(min_length=7)
    every_day: list[str] = Field(min_length=1)
    always: list[str] = []  # open round the clock ("24/7", "rund um die Uhr", "全天候")
    delivery_options: list[str] = Field(min_length=1)
    # a faster, dearer option ("express", "overnight", "Eilversand") and delivery abroad
    # ("international", "ins Ausland"): a price or a time said for either is not the standard
    # delivery's, nor is an express option's weekend rule
    premium: list[str] = []
    abroad: list[str] = []
    # the remote parts of the market, priced and timed apart ("Alaska & Hawaii", "Baleares,
    # Canarias", "isole", "Corse"): not the standard delivery either
    remote: list[str] = []
    # collecting the order in a shop ("in-store pickup", "Abholung im Geschäft", "személyes
    # átvétel"): its price (often nothing) is no price of delivering it
    collect: list[str] = []
    # a promotion ("free shipping promos", "Aktionszeitraum", "code promo"): free delivery said
    # of one is not free delivery for every order
    promotion: list[str] = []


FACT_CUE_FIELDS = tuple(FactCues.model_fields)


class LanguageFile(_Strict):
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    # the country whose phone numbering a page in this language is read with when the page
    # does not say which country it serves (no country in <html lang>, no country domain)
    region: str = Field(default="US", pattern=r"^[A-Z]{2}$")
    compounds: bool = False
    connectors: list[str] = []
    # letters written on the front of a word ("ה" the, "ו" and; "ال" the, "و" and): a word with
    # one of them also matches the cue without it ("המשלוח" is "משלוח", "الشحن" is "شحن")
    prefixes: list[str] = []
    # and letters written on the end of a word, longer than a cue word's usual ending (Korean
    # particles: "배송에서" is "배송" + "에서")
    suffixes: list[str] = []
    # the endings of a word that are its case or number, not its stem (Slavic, Baltic, Greek,
    # Italian: "dostava", "dostave", "dostavi"; "spedizione", "spedizioni"): a place's name
    # ending in one of them matches its stem followed by another of them
    endings: list[str] = []
    # the time comes before the verb it times ("3営業日以内に発送", "24小時內回覆", "3일 이내
    # 출고", "2 iş günü içinde kargoya verilir"): a processing or reply cue also times the
    # duration right before it
    time_first: bool = False
    # a clause ends in its verb ("Ihre Bestellung wird innerhalb von 24 Stunden versendet",
    # "Innerhalb von 24 Stunden wird die Ware … versendet", "wordt binnen 24 uur verzonden"): a
    # cue written "… versendet" times the nearest duration before it in the sentence
    verb_final: bool = False
    stopwords: list[str] = []
    ui: UiCues
    units: Units
    facts: FactCues
    intents: dict[str, IntentCues]

    @field_validator("intents")
    @classmethod
    def _intent_names(cls, value: dict[str, IntentCues]) -> dict[str, IntentCues]:
        for name in value:
            if not name.replace("_", "").isalnum():
                raise ValueError(f"intent name {name!r} must be letters, digits and _")
        return value


MATCH_MEMO = 50_000  # answers kept per language (a few MB), then forgotten and started again
T = TypeVar("T")


@dataclass(frozen=True)
class Match:
    """The best cue found in a piece of text."""

    phrase: str
    language: str
    weight: float
    coverage: float
    rank: int = 0  # position of the phrase in its list: earlier phrases are the likelier places


@dataclass
class Language:
    """One language file, compiled into phrases ready for matching."""

    spec: LanguageFile
    path: Path

    @property
    def code(self) -> str:
        return self.spec.language

    @property
    def compounds(self) -> bool:
        return self.spec.compounds

    @cached_property
    def stopwords(self) -> frozenset[str]:
        return frozenset(w for s in self.spec.stopwords for w in words(s))

    @cached_property
    def _endings(self) -> tuple[str, ...]:
        endings = {normalize(e) for e in self.spec.endings} - {""}
        return tuple(sorted(endings, key=len, reverse=True))

    @cached_property
    def _drop(self) -> frozenset[str]:
        return frozenset(w for c in self.spec.connectors for w in words(c))

    def phrases(self, texts: Iterable[str], inflected: bool = False) -> tuple[Phrase, ...]:
        """`texts` as phrases; with `inflected`, each word as its stem (`endings`)."""
        endings = self._endings if inflected else ()
        return tuple(Phrase.of(t, self._drop, endings) for t in texts)

    @cached_property
    def ui(self) -> dict[str, tuple[Phrase, ...]]:
        ui = {f: self.phrases(getattr(self.spec.ui, f)) for f in UI_FIELDS}
        # a label saying something is free ("Gratis-Versand") announces an offer: the same
        # words that read a shipping cost of zero
        ui["offer"] = self.phrases(self.spec.units.free)
        return ui

    @cached_property
    def intents(self) -> dict[str, dict[str, tuple[Phrase, ...]]]:
        return {
            name: {f: self.phrases(getattr(cues, f)) for f in INTENT_FIELDS}
            for name, cues in self.spec.intents.items()
        }

    @cached_property
    def read(self) -> dict[str, dict[str, tuple[Phrase, ...]]]:
        """The intents' words as a page's sentences write them: in a language that inflects
        (`endings`), in any case ("доставки", "dostawy" are "доставка", "dostawa")."""
        return {
            name: {
                f: self.phrases(getattr(cues, f), inflected=f in NAMING or f == "proof")
                for f in INTENT_FIELDS
            }
            for name, cues in self.spec.intents.items()
        }

    @cached_property
    def facts(self) -> dict[str, tuple[Phrase, ...]]:
        """The fact cues, in any case where the language inflects ("за счёт покупателя" is
        also "за счёт покупателей")."""
        return {
            f: self.phrases(getattr(self.spec.facts, f), inflected=True) for f in FACT_CUE_FIELDS
        }

    @cached_property
    def _indexes(self) -> dict[tuple[str, str | None, bool], PhraseIndex]:
        return {}

    @cached_property
    def matches(self) -> dict[tuple, Any]:
        """`CueView.remembered` answers, for pages whose cues start with this language: a
        site's header and footer labels and URLs are scored again on every page and look."""
        return {}

    def index(self, kind: str, intent: str | None, as_written: bool = False) -> PhraseIndex:
        """The phrases of `kind` (of `intent`, or a ui field), indexed by their first word;
        a place's name in any case (`NAMING`, `endings`) unless `as_written`."""
        key = (kind, intent, as_written)
        if key not in self._indexes:
            if intent is None:
                phrases = self.ui[kind]
            elif (
                kind in NAMING and not as_written and self._endings and intent in self.spec.intents
            ):
                phrases = self.phrases(getattr(self.spec.intents[intent], kind), inflected=True)
            else:
                phrases = self.intents.get(intent, {}).get(kind, ())
            self._indexes[key] = PhraseIndex(phrases)
        return self._indexes[key]

    def search_term(self, intent: str) -> str:
        return self.spec.intents[intent].search

    @cached_property
    def _affixes(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        def longest_first(items: list[str]) -> tuple[str, ...]:
            return tuple(sorted({normalize(i) for i in items}, key=len, reverse=True))

        return longest_first(self.spec.prefixes), longest_first(self.spec.suffixes)

    def bare(self, tokens: Sequence[str], shortest: bool = False) -> list[str] | None:
        """`tokens` with the prefix and the suffix a word carries taken off (the rest keeps
        two letters or more), or None when no word carries one. The longest prefix that fits,
        or with `shortest` the shortest: "בהחזרת" is "ב" + "החזרת", "בהזמנה" "בה" + "זמנה"."""
        prefixes, suffixes = self._affixes
        if not (prefixes or suffixes):
            return None
        memo = self._bare_words[shortest]
        out, changed = [], False
        for t in tokens:
            word = memo.get(t)
            if word is None:
                if len(memo) >= MATCH_MEMO:
                    memo.clear()
                word = memo[t] = self._bare_word(t, shortest)
            out.append(word)
            changed |= word != t
        return out if changed else None

    @cached_property
    def _bare_words(self) -> dict[bool, dict[str, str]]:
        return {False: {}, True: {}}  # word → its bare form, with or without `shortest`

    def _bare_word(self, word: str, shortest: bool) -> str:
        prefixes, suffixes = self._affixes
        if shortest:
            prefixes = prefixes[::-1]
        p = next((p for p in prefixes if word.startswith(p) and len(word) - len(p) >= 2), "")
        word = word[len(p) :]
        x = next((x for x in suffixes if word.endswith(x) and len(word) - len(x) >= 2), "")
        return word[: len(word) - len(x)]

    def content_words(self, tokens: Sequence[str]) -> list[str]:
        return [t for t in tokens if t not in self.stopwords and t not in self._drop]


@dataclass
class CueView:
    """The cues for one page: its own language first, English as a fallback; `region` is the
    country the page serves when it says so (``<html lang="fr-BE">``, a .ie address), for
    reading its phone numbers."""

    languages: list[tuple[Language, float]]
    region: str | None = None

    @property
    def primary(self) -> Language:
        return self.languages[0][0]

    def _content_len(self, tokens: Sequence[str]) -> int:
        content = [
            t
            for t in tokens
            if all(t not in lang.stopwords and t not in lang._drop for lang, _ in self.languages)
        ]
        return max(1, len(content))

    def best(
        self, tokens: Sequence[str], kind: str, intent: str | None = None, as_written: bool = False
    ) -> Match | None:
        """Best phrase of `kind` (an intent field, or a ui field when `intent` is None).
        Links to avoid match whole words only: "cart" must not hide "Cartes cadeaux". A
        place's name is read in any case unless `as_written` (`Language.index`)."""
        if not tokens:
            return None
        return self.remembered(
            (tuple(tokens), kind, intent, as_written),
            lambda: self._best(tokens, kind, intent, as_written),
        )

    def remembered(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()`, once per language mix and `key` (at most MATCH_MEMO answers per
        language, then started again)."""
        memo = self.primary.matches
        key = (tuple((lang.code, weight) for lang, weight in self.languages[1:]), *key)
        if key not in memo:
            if len(memo) >= MATCH_MEMO:
                memo.clear()
            memo[key] = compute()
        return memo[key]  # type: ignore[no-any-return]

    def _best(
        self, tokens: Sequence[str], kind: str, intent: str | None, as_written: bool
    ) -> Match | None:
        content_len = self._content_len(tokens)
        found: Match | None = None
        covered: set[int] = set()  # label words any cue of this kind accounts for
        exact = kind == "avoid"
        keys = {
            compounds: {k for t in tokens for k in cue_words_for(t, compounds)}
            for compounds in {lang.compounds and not exact for lang, _ in self.languages}
        }
        for lang, weight in self.languages:
            compounds = lang.compounds and not exact
            # without a word's prefix, the longest or the shortest that fits ("והחזרות" is
            # "ו" + "החזרות", "והמשלוח" "וה" + "משלוח")
            bares = [] if exact else [lang.bare(tokens), lang.bare(tokens, shortest=True)]
            bares = [b for i, b in enumerate(bares) if b is not None and b not in bares[:i]]
            lookup = keys[compounds]
            for bare in bares:
                lookup = lookup | {k for t in bare for k in cue_words_for(t, compounds)}
            # cue phrases are kept without their connectors ("terms and conditions" is "terms
            # conditions"): so is the label, to find them ("Terms and conditions")
            kept = [i for i, t in enumerate(tokens) if exact or t not in lang._drop]
            joined = [tokens[i] for i in kept] if len(kept) < len(tokens) else None
            for rank, phrase in lang.index(kind, intent, as_written).candidates(lookup):
                at = find_phrase(tokens, phrase, compounds, exact)
                for bare in bares:
                    if at < 0:
                        at = find_phrase(bare, phrase, compounds, exact)
                span = range(at, at + len(phrase.words))
                if at < 0 and joined is not None and phrase.gap == 0:
                    at = find_phrase(joined, phrase, compounds, exact)
                    span = (
                        range(0)
                        if at < 0
                        else range(kept[at], kept[at + len(phrase.words) - 1] + 1)
                    )
                if at < 0:
                    continue
                covered.update(span)
                coverage = min(1.0, len(phrase.words) / content_len)
                candidate = Match(phrase.text, lang.code, weight, coverage, rank)
                if found is None or (candidate.weight, candidate.coverage, -rank) > (
                    found.weight,
                    found.coverage,
                    -found.rank,
                ):
                    found = candidate
        union = min(1.0, len(covered) / content_len)
        if found is not None and union > found.coverage:
            # "寄送運費說明" holds two shipping cues, "Shipping & delivery" two: the label is
            # about the topic through and through, as much as one cue covering it all
            found = replace(found, coverage=union)
        return found

    def has(self, tokens: Sequence[str], group: str) -> bool:
        """Does the text contain a fact cue of `group` (in the page's language or English)?
        Negations are whole words even where words compound: "returneringen" (the return)
        ends in "ingen" (none), "Nichtgefallen" (dissatisfaction) starts with "nicht"."""
        if len(tokens) > CACHED_TOKENS:  # a whole page's words are not worth remembering
            return self._has(tokens, group)
        return self.remembered(("has", tuple(tokens), group), lambda: self._has(tokens, group))

    def _has(self, tokens: Sequence[str], group: str) -> bool:
        for lang, _ in self.languages:
            bare = lang.bare(tokens)
            compounds = lang.compounds and group != "negation"
            for form in (tokens,) if bare is None else (tokens, bare):
                possible = may_start(form, compounds)
                for phrase in lang.facts[group]:
                    if possible(phrase) and find_phrase(form, phrase, compounds) >= 0:
                        return True
        return False

    def search_term(self, intent: str) -> str:
        return self.primary.search_term(intent)


@dataclass
class Lexicon:
    languages: dict[str, Language] = field(default_factory=dict)
    country: str | None = None  # a site's declared market: overrides what its pages suggest

    def for_site(self, country: str | None) -> Lexicon:
        """The same cues, reading pages as serving `country` when it is given."""
        return self if country == self.country else replace(self, country=country)

    @property
    def english(self) -> Language:
        return self.languages["en"]

    def view(self, language: str | None, region: str | None = None) -> CueView:
        code = (language or "en")[:2].lower()
        code = ALIASES.get(code, code)
        lang = self.languages.get(code, self.english)
        if lang.code == "en" and code != "en":
            # A language without a lexicon file: English first, then every lexicon language,
            # since neighbours share words (Danish "Kontakt", Czech "Doprava", Japanese "配送").
            others = [(other, UNKNOWN_FALLBACK) for c, other in self.languages.items() if c != "en"]
            return CueView([(lang, 1.0), *others], region)
        if lang.code == "en":
            return CueView([(lang, 1.0)], region)
        return CueView([(lang, 1.0), (self.english, ENGLISH_FALLBACK)], region)

    def for_page(
        self, lang_attr: str, text: str, url: str, locale: str = ""
    ) -> tuple[str, CueView]:
        """The page's language and its cues, with the country it serves if it says so."""
        language = detect_language(self, lang_attr, text)
        country = self.country or page_country(lang_attr, url, locale, text)
        return language, self.view(language, country)

    @property
    def intents(self) -> set[str]:
        return set(self.english.spec.intents)

    def stopword_sets(self) -> dict[str, frozenset[str]]:
        return {code: lang.stopwords for code, lang in self.languages.items()}


def lexicon_codes(folder: Path | None = None) -> set[str]:
    """The languages the bundled lexicon reads ("en", "fr"…, and "no" through "nb")."""
    codes = {path.stem for path in (folder or DATA_DIR).glob("*.yaml")}
    return codes | {alias for alias, code in ALIASES.items() if code in codes}


def _phrases(data: object) -> Iterator[str]:
    """Every string in a lexicon file's data, for the Chinese segmenter's dictionary."""
    if isinstance(data, str):
        yield from (part.strip() for part in data.split("/"))
    elif isinstance(data, dict):
        for value in data.values():
            yield from _phrases(value)
    elif isinstance(data, list):
        for value in data:
            yield from _phrases(value)


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Load every ``*.yaml`` in `folder`; English is required, and every language must define
    the same intents as English so a scenario never silently loses a language."""
    folder = folder or DATA_DIR
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise SpecError(folder, "no lexicon files (*.yaml) in this folder")
    lexicon = Lexicon()
    for path in files:
        data, lines = read_yaml(path)
        spec = validate(LanguageFile, data, path, lines)
        if spec.language != path.stem:
            raise SpecError(
                path, f"language {spec.language!r} must match the file name", field="language"
            )
        lexicon.languages[spec.language] = Language(spec, path)
    if "en" not in lexicon.languages:
        raise SpecError(folder, "the lexicon needs an English file (en.yaml)")
    if "zh" in lexicon.languages:
        teach_han_words(_phrases(lexicon.languages["zh"].spec.model_dump()))
    wanted = lexicon.intents
    for lang in lexicon.languages.values():
        missing = wanted - set(lang.spec.intents)
        if missing:
            raise SpecError(
                lang.path,
                f"missing intents defined in en.yaml: {', '.join(sorted(missing))}",
                field="intents",
            )
    return lexicon


# country-code top-level domains that are not the ISO code of their country
_CCTLD = {"uk": "GB", "el": "GR"}
_GENERIC_2 = {"co", "io", "me", "tv", "ai", "ly", "fm", "to", "eu"}


def page_country(lang_attr: str, url: str, locale: str = "", text: str = "") -> str | None:
    """The country a page serves, if it says so: ``<html lang="fr-BE">``, else its declared
    locale (``og:locale`` "bg_BG", Content-Language), else a country top-level domain
    (``.ie``, ``.co.uk``, ``.com.ar``), else the currency its prices are in when only one
    country uses it (``data/countries.yaml``: "лв" → BG, "NT$" → TW); None otherwise."""
    for tag in (lang_attr, locale):
        parts = (tag or "").replace("_", "-").split("-")
        if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isalpha():
            return parts[-1].upper()
    host = urlsplit(url).hostname or ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) == 2 and tld.isalpha() and tld not in _GENERIC_2:
        return _CCTLD.get(tld, tld.upper())
    return currency_country(text)


CURRENCY_MIN_MENTIONS = 2  # one stray "CLP" in a footer is not a market


def currency_country(text: str) -> str | None:
    """The country whose own currency the page's prices are written in, if one stands out."""
    counts: dict[str, int] = {}
    for pattern, country in _currency_patterns():
        n = len(pattern.findall(text[:40000]))
        if n:
            counts[country] = counts.get(country, 0) + n
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] >= CURRENCY_MIN_MENTIONS else None


@lru_cache(maxsize=1)
def _currency_patterns() -> list[tuple[re.Pattern[str], str]]:
    data, _lines = read_yaml(PACKAGE_DATA / "countries.yaml")
    patterns = []
    for country, signs in (data.get("currency_signs") or {}).items():
        for sign in signs:
            escaped = re.escape(sign)
            # letters as a whole word ("лв", "zł", "CLP"); symbols anywhere ("₪", "NT$")
            edge = r"(?<![^\W\d_])" if sign[0].isalpha() else ""
            tail = r"(?![^\W\d_])" if sign[-1].isalpha() else ""
            patterns.append((re.compile(edge + escaped + tail), country))
    return patterns


def detect_language(lexicon: Lexicon, lang_attr: str, text: str) -> str:
    """The page's language: ``<html lang>`` when it names one (a language without a lexicon
    file stays itself, e.g. "sk", and is read with English cues, never as a look-alike
    language), else the lexicon language whose stop words are most frequent in the visible
    text, else "und" (undetermined) for text mostly in another script, else English."""
    code = (lang_attr or "").strip().lower()[:2]
    if code.isalpha() and len(code) == 2:
        return code
    sample = text[:6000]
    tokens = words(sample)
    if not tokens:
        return "en"
    counts = {
        code: sum(1 for t in tokens if t in lang.stopwords)
        for code, lang in lexicon.languages.items()
    }
    best = max(counts, key=lambda code: (counts[code], code == "en"))
    if counts[best] >= 5 and counts[best] >= 0.03 * len(tokens):
        return best
    letters = [ch for ch in sample if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250")
    return "und" if letters and latin < 0.5 * len(letters) else "en"
