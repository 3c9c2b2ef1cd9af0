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
