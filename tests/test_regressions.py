"""Inputs that once crashed the engine or the API; each stays here as a regression test.

Add every crash the fuzzers (fuzz/fuzz_engine.py, hypothesis, schemathesis) find, with a note.
"""
import pytest

import quoteapi
from quoteapi.app import create_app
from tests.test_invariants import check

ENGINE_CRASHES = [
    # hypothesis: an opening mark whose quote part was empty broke chain bookkeeping (IndexError)
    '"\n"',
    '"\n\n"\n\n"',
    # a run of opening marks grew the pairing stack without bound (quadratic time)
    "‘" * 3000,
    # a quote over thousands of paragraphs re-scanned its chain for every part (quadratic time)
    '"Part,\n\n' * 2000,
    # review: a role's complement after a possessive determiner ran past the paragraph's end (IndexError)
    '"No," said the head of his',
]


@pytest.mark.parametrize("text", ENGINE_CRASHES, ids=range(len(ENGINE_CRASHES)))
def test_engine_regressions(text):
    check(text, quoteapi.extract(text, include_non_quotes=True))


API_CRASHES = [
    # schemathesis: a null document failed the whole batch with 422 instead of its own error
    ("/v1/quotes/batch", b'{"documents": [null]}', "application/json", 200),
    # schemathesis: 0 was accepted as a boolean option
    ("/v1/quotes", b'{"text": "x", "options": {"include_non_quotes": 0}}', "application/json", 422),
    # schemathesis: the query option was not validated for JSON bodies
    ("/v1/quotes?include_non_quotes=null", b'{"text": "x"}', "application/json", 422),
    # probe after the orjson encoder: a batch error echoes the document's id, and orjson refuses
    # integers beyond 64 bits (500); such a body now falls back to the standard encoder
    ("/v1/quotes/batch", b'{"documents": [{"id": 1180591620717411303424}]}', "application/json", 200),
    ("/v1/quotes/batch", b'{"documents": [{"id": -1180591620717411303424, "text": "x"}]}', "application/json", 200),
]


@pytest.mark.parametrize("path, body, ctype, status", API_CRASHES)
def test_api_regressions(path, body, ctype, status):
    resp = create_app({"LOG_LEVEL": "WARNING"}).test_client().post(path, data=body, content_type=ctype)
    assert resp.status_code == status


def test_sentence_splitter_keeps_no_state_between_requests():
    """Punkt's orthographic context was a defaultdict that stored a 0 for every unseen word type
    it looked up, so the process-wide splitter grew with every article's vocabulary."""
    from quoteapi.nlp import segment

    params = segment._punkt()._params
    before = len(params.ortho_context)
    for k in range(50):
        quoteapi.extract(f"Gen. J. Ortiz{k} left. He said T. Word{k} stays. The 3. Item{k} is new.")
    assert len(params.ortho_context) == before == 0
