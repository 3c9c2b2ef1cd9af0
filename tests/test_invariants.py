"""Properties every output must have, on the seeds and on awkward inputs."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteapi
from quoteapi.nlp import document, mentions

AWKWARD = [
    "",
    "   \n\n  ",
    '"',
    '""""""""',
    "“‘«„‹›»’”" * 50,
    "'" * 200,
    'He said "' + "word " * 2000,
    "x" * 5000,
    "NATO NATO NATO " * 300,
    '"Quote one," he said.\n"Quote two," she said.\r\n"Three," they said.\t"Four"',
    "مرحبا \"اقتباس\" قال.\n\n«Цитата», — сказал он. 🙂 \u0301\"e\u0301\" \x00\x1b",
]


def check(text, result):
    json.dumps(result)
    ids = {s["id"] for s in result["speakers"]}
    for q in result["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
        assert 0.0 <= q["confidence"] <= 1.0
        assert q["type"] in ("direct", "mixed", "non_quote")
        if q["speaker"] is not None:
            assert q["speaker"]["id"] in ids
            m = q["speaker"]["mention"]
            assert text[m["start"]:m["end"]] == m["text"]
        if q["cue"] is not None:
            c = q["cue"]
            assert text[c["start"]:c["end"]] == c["text"]
    for s in result["speakers"]:
        assert s["quote_count"] == sum(1 for q in result["quotes"] if (q["speaker"] or {}).get("id") == s["id"])
        for m in s["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    starts = [q["start"] for q in result["quotes"]]
    assert starts == sorted(starts)


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_inputs(text):
    for flag in (False, True):
        check(text, quoteapi.extract(text, include_non_quotes=flag))


def test_seeds(seed_texts):
    for text in seed_texts.values():
        result = quoteapi.extract(text, include_non_quotes=True)
        check(text, result)
        assert result == quoteapi.extract(text, include_non_quotes=True)  # stable


def test_every_internal_span_slices_the_input(seed_texts):
    for text in seed_texts.values():
        doc = document.analyse(text)
        for p in doc.paragraphs:
            for s, e in [p.span, *p.sentences, *p.tokens]:
                assert text[s:e] and text[s:e] == text[s:e].strip()
        for m in mentions.find(doc):
            assert text[m.name_span[0]:m.name_span[1]] == m.name



@pytest.mark.parametrize("space, newline", [("\u00a0", "\n"), ("\u202f", "\n"), ("\u2009", "\u2028"),
                                            ("\u3000", "\u2029"), (" ", "\u2029")])
def test_web_page_spaces_change_no_attribution(seed_texts, space, newline):
    """A page pasted from a website has no-break spaces and Unicode line separators: the speakers
    are the same as with plain spaces, their names have plain spaces, and every span still slices
    the input itself."""
    for text in seed_texts.values():
        odd = text.replace(" ", space).replace("\n", newline)
        plain, result = quoteapi.extract(text), quoteapi.extract(odd)
        check(odd, result)
        assert [(q["start"], q["end"], q["type"], q["speaker"] and q["speaker"]["name"]) for q in result["quotes"]] \
            == [(q["start"], q["end"], q["type"], q["speaker"] and q["speaker"]["name"]) for q in plain["quotes"]]
        assert [s["name"] for s in result["speakers"]] == [s["name"] for s in plain["speakers"]]


def test_odd_spaces_stay_in_the_spans_but_not_in_names():
    text = 'Defence Minister Ilse\u00a0Varga said: "We will not be rushed." "It is ours," the\u00a0minister added.'
    result = quoteapi.extract(text)
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Ilse Varga", "Ilse Varga"]
    assert result["quotes"][0]["speaker"]["mention"]["text"] == "Defence Minister Ilse\u00a0Varga"
    assert result["quotes"][1]["speaker"]["mention"]["text"] == "the\u00a0minister"
    check(text, result)


MARKS = st.sampled_from(list("\"'“”‘’«»„‹›‚‟` \n\t\r.,:;!?—–-()[]<>") +
                        ["He said", "Rutte", "\n\n", "it's", "Mr.", "U.S.", "said Kirby", "according to",
                         "''", "``", " ― ", "\u200f", "\u202e", "\ufeff", "\u0301", "\x00", "\x1b", "\u2028"])
# Any code point but lone surrogates (not valid in UTF-8 text): RTL scripts, emoji, combining
# marks, control and format characters all included.
ANY_CHAR = st.characters(exclude_categories=("Cs",))
WORDS = st.sampled_from(["مرحبا", "שלום", "Привет", "名字", "🙂", "👩‍👩‍👧", "e\u0301", "NATO", "he", "she", "They"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(MARKS, WORDS, st.text(ANY_CHAR, max_size=8)), max_size=80).map("".join))
def test_property_any_text(text):
    result = quoteapi.extract(text, include_non_quotes=True)
    check(text, result)
    assert quoteapi.extract(text, include_non_quotes=True) == result  # stable


@settings(max_examples=100, deadline=None)
@given(st.text(ANY_CHAR, max_size=400))
def test_property_arbitrary_unicode(text):
    check(text, quoteapi.extract(text))


def test_extract_rejects_non_strings():
    with pytest.raises(TypeError):
        quoteapi.extract(b"bytes")


def test_no_downloads(monkeypatch, seed_texts):
    import nltk

    def forbidden(*args, **kwargs):
        raise AssertionError("nltk.download called")

    monkeypatch.setattr(nltk, "download", forbidden)
    monkeypatch.setattr(nltk.data, "load", forbidden)
    monkeypatch.setattr(nltk.data, "find", forbidden)
    for text in seed_texts.values():
        quoteapi.extract(text)


def test_cycle_collector_state_is_restored(seed_texts, monkeypatch):
    """extract pauses the cycle collector for the call only: it is back on afterwards, also when
    the call raises, and a caller that disabled it finds it still disabled."""
    import gc

    from quoteapi.nlp import extract as engine

    text = next(iter(seed_texts.values()))
    assert gc.isenabled()
    seen = []
    real = engine.analyse
    monkeypatch.setattr(engine, "analyse", lambda t: (seen.append(gc.isenabled()), real(t))[1])
    quoteapi.extract(text)
    assert seen == [False] and gc.isenabled()

    monkeypatch.setattr(engine, "analyse", lambda t: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        quoteapi.extract(text)
    assert gc.isenabled()

    monkeypatch.setattr(engine, "analyse", real)
    gc.disable()
    try:
        quoteapi.extract(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extract_leaves_no_reference_cycles(seed_texts):
    """Pausing the collector is only safe while the engine frees everything by reference counting:
    nothing it builds may be left for the cycle collector."""
    import gc

    texts = list(seed_texts.values()) + ['"A," he said. "B." “C” ‘d’ ' * 50, "“ “ ‘ it's « " * 50]
    gc.collect()
    for text in texts:
        gc.disable()
        try:
            quoteapi.extract(text, include_non_quotes=True)
            assert gc.collect() == 0
        finally:
            gc.enable()


def test_cycle_collector_is_back_on_after_concurrent_calls(seed_texts):
    """Calls from several threads overlap; whichever order they end in, the collector ends on."""
    import gc
    from concurrent.futures import ThreadPoolExecutor

    texts = list(seed_texts.values()) * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(quoteapi.extract, texts))
    assert all(r["quotes"] for r in results)
    assert gc.isenabled()
