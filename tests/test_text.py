from benchmark.phrases import Phrase, find_phrase
from benchmark.text import normalize, word_matches, words


def test_normalize_removes_accents_and_case():
    assert normalize("Rücksendungen & Échanges") == "rucksendungen & echanges"
    assert words("Returnări și rambursări!") == ["returnari", "si", "rambursari"]
    assert normalize("Straße") == "strasse"


def test_suffixes_grow_with_word_length():
    assert word_matches("return", "returns")
    assert word_matches("return", "returning")
    assert word_matches("devolucion", "devoluciones")
    assert not word_matches("cont", "contact")  # Romanian "account" must not hide "Contact"
    assert word_matches("card", "cards")
    assert not word_matches("faq", "faqx")


def test_compounds_only_where_the_language_writes_them():
    assert word_matches("rucksendung", "warenrucksendung", compounds=True)
    assert word_matches("ruckgabe", "ruckgabefrist", compounds=True)
    assert not word_matches("ruckgabe", "ruckgabefrist", compounds=False)


def test_exact_matching_for_avoid_lists():
    assert not word_matches("cart", "cartes", exact=True)
    assert word_matches("cart", "cart", exact=True)


def test_phrase_search_ignores_connectors():
    phrase = Phrase.of("retours et remboursements", drop={"et"})
    assert find_phrase(words("Retours & remboursements"), phrase) == 0
    assert find_phrase(words("Nos retours"), phrase) == -1


def test_a_cue_left_without_its_connector_matches_with_or_without_one():
    # the lexicon keeps "packed and posted" as "packed posted": a text may write the "and",
    # an ampersand, or nothing; another word between them is no match
    phrase = Phrase.of("packed and posted", drop={"and"})
    assert phrase.words == ("packed", "posted") and phrase.joins == {"and"}
    assert find_phrase(words("Orders are packed and posted daily"), phrase) == 2
    assert find_phrase(words("Packed & posted the same day"), phrase) == 0
    assert find_phrase(words("packed posted"), phrase) == 0
    assert find_phrase(words("packed then posted"), phrase) == -1
    assert find_phrase(words("packed and"), phrase) == -1
    # links to avoid are matched word for word, as before
    assert find_phrase(words("packed and posted"), phrase, exact=True) == -1


def test_a_chinese_cue_matches_across_words_but_never_straddles_two():
    # a cue spanning whole words matches, one that begins and ends inside two words does not
    assert find_phrase(words("查看退貨政策"), Phrase.of("退貨政策")) >= 0
    assert find_phrase(words("物流中心"), Phrase.of("物流")) == 0
    assert find_phrase(words("線上購物流程圖"), Phrase.of("物流")) == -1
    assert find_phrase(words("退貨政策"), Phrase.of("貨政")) == -1
    # the tokens are still characters, compared as text
    assert words("Hi 退貨") == ["hi", "退", "貨"]


def test_the_first_word_index_offers_every_phrase_that_can_match():
    from benchmark.phrases import PhraseIndex, cue_words_for

    phrases = [Phrase.of(t) for t in ("returns", "retour", "rucksendung", "track order", "faq")]
    index = PhraseIndex(phrases)
    for label, compounds in (
        ("Returning items", False),
        ("Warenrücksendung", True),
        ("Retours", False),
        ("Track my order", False),
        ("FAQs", False),
    ):
        tokens = words(label)
        keys = {k for t in tokens for k in cue_words_for(t, compounds)}
        offered = {p.text for _, p in index.candidates(keys)}
        matching = {p.text for p in phrases if find_phrase(tokens, p, compounds) >= 0}
        assert matching <= offered, label
    assert {p.text for _, p in index.candidates(cue_words_for("shipping", False))} == set()


def test_the_quick_first_word_test_never_rejects_a_phrase_that_is_written():
    # every fact cue of every bundled language, written plainly, with endings and inside a
    # compound: wherever find_phrase finds it, may_start must let it through
    from benchmark.phrases import may_start
    from benchmark.spec.lexicon import load_lexicon

    checked = 0
    for lang in load_lexicon().languages.values():
        for group in lang.facts:
            for phrase in lang.facts[group]:
                plain = list(phrase.words)
                for tokens in (
                    ["see", *plain, "here"],
                    [w + "es" for w in plain],
                    ["waren" + plain[0], *plain[1:]] if plain else [],
                ):
                    for compounds in (False, True):
                        if find_phrase(tokens, phrase, compounds) >= 0:
                            checked += 1
                            assert may_start(tokens, compounds)(phrase), (lang.code, phrase)
    assert checked > 1000
    assert not may_start(words("nothing to see here"), False)(Phrase.of("free returns"))


def test_words_learn_a_taught_chinese_word_even_for_a_text_read_before():
    from benchmark.text import teach_han_words

    before = words("鑫淼焱垚")
    teach_han_words(["淼焱"])
    after = words("鑫淼焱垚")
    assert after == before  # the same characters…
    assert after[1].starts and after[2].ends and not after[2].starts  # …now 淼焱 is one word


def test_a_stem_takes_a_case_ending_but_not_another_word():
    from benchmark.text import stem

    vowels = ("a", "e", "i", "o", "u", "y")
    cue = stem("dostava", vowels)
    assert cue == "dostav"
    assert all(word_matches(cue, w) for w in ("dostave", "dostavi", "dostavou", "dostavami"))
    assert not word_matches(cue, "dostavljac")  # a consonant starts no case ending here
    assert not word_matches(stem("dostawa", vowels), "dostawcy")  # suppliers, not delivery
    assert stem("cena", vowels) == "cena"  # too short to say which word it is
    assert stem("tovar", vowels) == "tovar"  # no ending to take off
    # longest ending first: Greek "-ες" / "-ης" replace each other
    greek = stem(normalize("επιστροφές"), ("εσ", "ησ", "ε", "η"))
    assert word_matches(greek, normalize("επιστροφής"))
