"""Worst-case inputs scale linearly: four times the input may not cost sixteen times the time.

Compares two sizes of the same input (best of five runs each), never absolute times; a quadratic
step would make the larger input sixteen times slower, the bound allows ten.
"""
import time

import pytest

import quoteapi

WORST = {
    "many quotes with cues": lambda n: '"A," he said. ' * n,
    "quote over many paragraphs": lambda n: '"Part of it,\n\n' * n,
    "thousands of names": lambda n: "".join(f'Mark Rutte met John Smith{i}. He said "{i}." ' for i in range(n)),
    "runs of opening marks": lambda n: "‘" * (4 * n),
    "unbalanced doubles": lambda n: "“" * (2 * n) + "”" * (2 * n),
    "no whitespace": lambda n: 'x"y' * (2 * n),
    "one giant sentence": lambda n: "and Smith said that " * n + '"end."',
    "all capitals": lambda n: "NATO SAID THAT RUSSIA " * n,
    # a pronoun's fronted-clause test once scanned back to its sentence's start
    "pronouns in one giant sentence": lambda n: "When it rained he said it's fine and " * n,
    # "X's reply was swift:" looks only at the mentions between the sentence start and its quote
    "possessor lead-ins in one giant sentence": lambda n: "Trump's reply was swift: \"No\" and " * n,
    # an answer's interlocutor once rebuilt the set of everybody quoted before it
    "a long exchange of questions and answers": lambda n: "Ann Lee questioned Tom Reed.\n\n"
    + '"Why?" Lee asked.\n\n"Because I can."\n\n' * n,
    "tagged replies, each a run of quotes": lambda n: '"Why?" Ann Lee asked.\n\n"I can," Tom Reed replied. '
    + '"Yes." ' * 20 + '\n\n"How?"\n\n' * n,
}


def _best_time(text):
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        quoteapi.extract(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("name", WORST)
def test_scales_linearly(name):
    make = WORST[name]
    small, large = _best_time(make(500)), _best_time(make(2000))
    assert large < 10 * max(small, 1e-3), f"{name}: {small:.3f}s -> {large:.3f}s for 4x the input"


def test_same_sentence_looks_at_a_bounded_number_of_cues(monkeypatch):
    """Why: same_sentence once compared every cue of the quote's sentence, quadratic in a giant
    sentence full of cues and quotes (a timing ratio at test sizes does not show it reliably, so
    this counts): each quote now sees at most a few cues on each side, whatever the sentence size."""
    from quoteapi.nlp import sieves

    seen = []
    original = sieves.Attributor._cues_around

    def counting(self, ctx):
        cues = original(self, ctx)
        seen.append(len(cues))
        return cues

    monkeypatch.setattr(sieves.Attributor, "_cues_around", counting)
    unit = 'DENVER (Reuters) - Ann Walsh{i} said "no," saying it was "a gift"; '
    result = quoteapi.extract("".join(unit.format(i=i) for i in range(400)))
    assert len(result["quotes"]) >= 400 and seen
    assert max(seen) <= 4 * sieves._NEAREST_CUES
