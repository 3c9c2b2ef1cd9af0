import re

import pytest

from quoteapi.nlp import segment


def _texts(text, spans):
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize("text, expected", [
    ("One.\n\nTwo.", ["One.", "Two."]),
    ("One.\nTwo.", ["One.", "Two."]),                                  # CMS paste: single newlines
    ("  Indented.\n\n\n  Next.  ", ["Indented.", "Next."]),
    ("A line that was hard\nwrapped here.\n\nNew.", ["A line that was hard\nwrapped here.", "New."]),
    ("Ends with colon:\nlower case quote follows.", ["Ends with colon:", "lower case quote follows."]),
    ("", []),
    ("\n\n \n", []),
])
def test_paragraphs(text, expected):
    assert _texts(text, segment.paragraphs(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mr. Putin spoke. He left.", ["Mr. Putin spoke.", "He left."]),
    ("The U.S. had evidence. Gen. Smith agreed.", ["The U.S. had evidence.", "Gen. Smith agreed."]),
    ('"We get U.S. missiles." Lynch said.', ['"We get U.S. missiles."', "Lynch said."]),
    ('"It was U.S. missiles," he said. "Yes."', ['"It was U.S. missiles," he said.', '"Yes."']),
    ("Sen. Ted Cruz and Rep. Jim Jordan met in Jan. at St. Paul.", ["Sen. Ted Cruz and Rep. Jim Jordan met in Jan. at St. Paul."]),
    ("Loretta E. Lynch said so. Then she left.", ["Loretta E. Lynch said so.", "Then she left."]),
    # a possessive right after an abbreviation's period, but not a quote opening after one
    ("Dom Reinholt, the W.F.P.'s director, spoke.", ["Dom Reinholt, the W.F.P.'s director, spoke."]),
    ("He saw the W.F.P. 'So what,' he said.", ["He saw the W.F.P.", "'So what,' he said."]),
    # a person's initials run on into the name ...
    ("Chief Minister R.K. Selvan on Monday spoke.", ["Chief Minister R.K. Selvan on Monday spoke."]),
    ("Former President George H.W. Bush spoke. He left.", ["Former President George H.W. Bush spoke.", "He left."]),
    ("Later, J.R.R. Tolkien was cited.", ["Later, J.R.R. Tolkien was cited."]),
    ("D.K. Mensah said no.", ["D.K. Mensah said no."]),
    # ... but an acronym after "the", a state after a comma, or a word that opens sentences ends one
    ("He was seen by the F.B.I. The bureau said nothing.", ["He was seen by the F.B.I.", "The bureau said nothing."]),
    ("She lives in Greensboro, N.C. Her sister does too.", ["She lives in Greensboro, N.C.", "Her sister does too."]),
    ("He joined N.A.A.C.P. In 1990 he left.", ["He joined N.A.A.C.P.", "In 1990 he left."]),
])
def test_sentences_keep_abbreviations(text, expected):
    para = segment.paragraphs(text)[0]
    assert _texts(text, segment.sentences(text, para)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rutte's remarks", ["Rutte", "'s", "remarks"]),
    ("don't stop", ["don't", "stop"]),
    ("the U.S. and U.N.", ["the", "U.S.", "and", "U.N."]),
    ("Kim Yong-hyun said:", ["Kim", "Yong-hyun", "said", ":"]),
    ('"Yes," he said', ['"', "Yes", ",", '"', "he", "said"]),
    ("O'Neill’s view", ["O'Neill", "’s", "view"]),
])
def test_tokens(text, expected):
    assert _texts(text, segment.tokens(text, (0, len(text)))) == expected


def test_spans_slice_the_input():
    text = "Le « président » a dit: ‘non’.\n\nÉté — 2024… 🙂 \"OK,\" said Ana."
    for para in segment.paragraphs(text):
        for s, e in segment.sentences(text, para) + segment.tokens(text, para):
            assert 0 <= s < e <= len(text)
            assert text[s:e].strip() == text[s:e]


@pytest.mark.parametrize("text", [
    "One sentence only.", 'He said "yes."', "A headline without a period", "Is it? ", "Ends with a bracket.)",
])
def test_single_sentence_paragraphs_skip_punkt_but_agree_with_it(text):
    from quoteapi.nlp.segment import _punkt

    para = segment.paragraphs(text)[0]
    chunk = text[para[0]:para[1]]
    assert segment.sentences(text, para) == [(para[0] + a, para[0] + b) for a, b in _punkt().span_tokenize(chunk)]


_PUNKT_CASES = [
    "Mr. Smith went to Washington. He said so.",
    'She left at 5 p.m. Then "Yes." He went... And then? Nobody knew!',
    "The U.S. Army said (in a statement.) It was over. J. R. Ewing arrived in 1999. next day.",
    "“It is done,” she said. ‘Is it?’ he asked. «Oui.» Fin -- ok... 3.5 percent. Etc. Yes.",
    "Gen. Kim met Sen. Lee on Jan. 3. The meeting -- short -- ended.\tDone . ; Fine ?! Ok.",
    "Prices fell 2.5%. A.B.C. News said: 'No.' Then Mrs. O'Neill, of St. Louis, spoke.",
]


@pytest.mark.parametrize("text", _PUNKT_CASES)
def test_punkt_with_stdlib_patterns_splits_like_stock_punkt(text):
    """Why: segment runs Punkt's own patterns through ``re`` for speed; the splits must stay NLTK's."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from quoteapi.nlp.segment import _params, _punkt

    stock = PunktSentenceTokenizer(_params())
    assert list(_punkt().span_tokenize(text)) == list(stock.span_tokenize(text))


def test_punkt_with_stdlib_patterns_agrees_on_the_seed_articles(seed_texts):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from quoteapi.nlp.segment import _params, _punkt

    stock = PunktSentenceTokenizer(_params())
    for text in seed_texts.values():
        for s, e in segment.paragraphs(text):
            chunk = text[s:e]
            assert list(_punkt().span_tokenize(chunk)) == list(stock.span_tokenize(chunk))


def test_punkt_with_stdlib_patterns_agrees_on_generated_text():
    from hypothesis import given, settings, strategies as st
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from quoteapi.nlp.segment import _params, _punkt

    stock = PunktSentenceTokenizer(_params())
    pieces = st.sampled_from(["Mr.", "U.S.", "he", "She", "said", "5", "3.5", "J.", "...", ".", "?", "!", ",",
                              "\"", "“", "”", "'", "’", "(", ")", "--", " ", "  ", "\t", "é", "Ünal", "x.y",
                              "\n", " \n", "]", "}", "»", "\x0b", "-"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(pieces, max_size=40).map("".join))
    def agree(text):
        assert list(_punkt().span_tokenize(text)) == list(stock.span_tokenize(text))

    agree()


def test_fast_sentence_break_decision_is_nltks():
    """Every candidate context Punkt asks about, decided by our shortcut and by NLTK's own code."""
    from hypothesis import given, settings, strategies as st
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from quoteapi.nlp.segment import _params, _punkt

    fast = _punkt()
    stock = PunktSentenceTokenizer(_params())
    cases = ["said. He", "Mr. Smith", "U.S. Army", "J. Bach", "J. bach", "J. 5", "1989. The", "1989. the",
             "No. 5", "5. ,", "p.m. Monday", "etc.) and", "... The", ".. the", "word.. The", "a.\n.\n.",
             "end.\n\nNext", "Why? Then", "now! he", "e.g. the", "vice-pres. Lee", "x.", "“Yes.” She",
             "-3.5. Then", "##number##. The", "É. Ünal", "it. “", "it.\" 'And"]
    for ctx in cases:
        assert fast.text_contains_sentbreak(ctx) == stock.text_contains_sentbreak(ctx), ctx
    pieces = st.sampled_from(["Mr", "U.S", "he", "She", "said", "5", "3.5", "J", "i", "...", ".", "..", "?", "!",
                              ",", ";", "\"", "“", "'", "(", ")", "-", " ", "\n", "é", "Ünal", "etc", "1989"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(pieces, max_size=12).map("".join))
    def agree(ctx):
        assert fast.text_contains_sentbreak(ctx) == stock.text_contains_sentbreak(ctx)

    agree()


def test_plain_word_shortcut_splits_like_the_full_decision():
    """A plain word and a period are decided without tokenising their context (_ends_sentence); the
    splits must be those of the full decision, which the tests above hold to NLTK's."""
    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp.segment import _params, _punkt, _PunktSentenceTokenizer

    full = _PunktSentenceTokenizer(_params())
    full._ends_sentence = lambda word, end: False
    pieces = st.sampled_from(["said", "he", "Mr", "U.S", "J", "i", "etc", "Jan", "Ünal", "é", "5", "1989", ".", ". ",
                              "..", "...", "?", "!", ",", ";", ":", "\"", "“", "”", "'", "’", "(", ")", "[", "*",
                              "@", "«", "»", "--", "-", " ", "  ", "\n", "\t"])

    @settings(max_examples=1000, deadline=None)
    @given(st.lists(pieces, max_size=30).map("".join))
    def agree(text):
        assert _punkt().span_tokenize(text) == full.span_tokenize(text)

    agree()


def test_tokens_in_place_equal_tokens_of_the_slice():
    """Matching with pos/endpos must give the slice's tokens: the pattern never looks outside."""
    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp.segment import _TOKEN_PATTERN

    pattern = re.compile(_TOKEN_PATTERN)
    pieces = st.sampled_from(["U.S.", "a.m.", "it's", "'s", "’S", "don’t", "x", "Ab", "-", "‐", "9", "_", " ", ".",
                              "é", "'", "’"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=20).map("".join), st.integers(0, 40), st.integers(0, 40))
    def agree(text, a, b):
        a, b = min(a, b, len(text)), min(max(a, b), len(text))
        expected = [(a + m.start(), a + m.end()) for m in pattern.finditer(text[a:b])]
        assert segment.tokens(text, (a, b)) == expected

    agree()


def test_token_pattern_equals_its_plain_form():
    """The token pattern is written for the regex engine's speed (the abbreviation branch opens with
    a letter, possessive groups); it must find the same tokens as its plain form."""
    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp.segment import _TOKEN_PATTERN

    plain = re.compile(r"(?:[^\W\d_]\.){2,}(?![^\W\d_])"
                       r"|\w+(?:[-‐‑]\w+)*(?:['’](?![sS]\b)\w+)*"
                       r"|['’][sS]\b"
                       r"|[^\w\s]")
    fast = re.compile(_TOKEN_PATTERN)
    pieces = st.sampled_from(["U.S.", "a.m.", "e.", "A.B", "it's", "'s", "’S", "s", "don’t", "x", "Ab", "-", "‐",
                              "‑", "9", "_", " ", ".", "é", "'", "’", "rock-'n'-roll"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(pieces, max_size=24).map("".join))
    def agree(text):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]

    agree()


def test_word_pattern_equals_its_plain_form():
    """``document.WORD``'s group is possessive for speed; it must find the same words as the plain form."""
    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp.document import WORD

    plain = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
    pieces = st.sampled_from(["Yong", "-", "hyun", "O", "'", "’", "Neill", "_", " ", "9", "é", "--", "''"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=16).map("".join))
    def agree(text):
        assert [m.span() for m in WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]

    agree()


def test_end_patterns_searched_from_the_last_word():
    """The end-anchored sentence patterns find the same match when searched from the last word."""
    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp.segment import _FINAL_END, _LAST_WORD, _QUESTION_END, _last_word_start

    pieces = st.sampled_from(["said", "Mr", "U.S", "J", "é", "5", ".", "..", "?", "!", "…", ",", "\"", "“", "”",
                              "'", "’", "»", ")", "]", " ", "  ", "\n", "\t", "\x0b", "\u2003"])

    @settings(max_examples=1000, deadline=None)
    @given(st.lists(pieces, max_size=30).map("".join))
    def same(text):
        start = _last_word_start(text)
        for pattern in (_FINAL_END, _LAST_WORD, _QUESTION_END):
            a, b = pattern.search(text), pattern.search(text, start)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern.pattern, text)

    same()
