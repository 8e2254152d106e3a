from benchmark.text import Phrase, find_phrase, normalize, word_matches, words


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


def test_a_chinese_cue_matches_across_words_but_never_straddles_two():
    # a cue spanning whole words matches, one that begins and ends inside two words does not
    assert find_phrase(words("查看退貨政策"), Phrase.of("退貨政策")) >= 0
    assert find_phrase(words("物流中心"), Phrase.of("物流")) == 0
    assert find_phrase(words("線上購物流程圖"), Phrase.of("物流")) == -1
    assert find_phrase(words("退貨政策"), Phrase.of("貨政")) == -1
    # the tokens are still characters, compared as text
    assert words("Hi 退貨") == ["hi", "退", "貨"]


def test_the_first_word_index_offers_every_phrase_that_can_match():
    from benchmark.text import PhraseIndex, cue_words_for

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
