"""Engine benchmark: throughput, growth with input size, peak memory and worst cases.

    python benchmarks/engine_bench.py [--repeat 3] [--max-scale 64] [--densest CORPUS.jsonl]

Prints figures; asserts nothing. Inputs are built from the seed articles (news text) and from
synthetic worst cases of the same sizes. One process, one core.
"""
from __future__ import annotations

import argparse
import gc
import json
import pathlib
import platform
import resource
import sys
import time
import tracemalloc

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quoteapi  # noqa: E402

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def news(chars: int) -> str:
    """Seed articles repeated (as separate paragraphs) up to about ``chars`` characters."""
    out, n, k = [], 0, 0
    while n < chars:
        piece = SEEDS[k % len(SEEDS)]
        out.append(piece)
        n += len(piece) + 2
        k += 1
    return "\n\n".join(out)


def _fill(unit: str, chars: int, sep: str = "") -> str:
    return (unit + sep) * max(1, chars // (len(unit) + len(sep)))


WORST = {
    "one huge paragraph": lambda n: news(n).replace("\n\n", " "),
    "thousands of quote marks": lambda n: _fill('"A," he said. "B." \u201cC\u201d \u2018d\u2019 ', n),
    "unbalanced marks": lambda n: _fill('\u201c\u201c " \u2018 it\'s \u00ab ', n),
    "no spaces": lambda n: _fill('word"quote"x\u2019y,', n),
    "all capitalised": lambda n: _fill("NATO SECRETARY GENERAL MARK RUTTE SAID RUSSIA WAS WRONG. ", n),
    "distinct names": lambda n: "".join(f"Mark Smith{i} met Ann Jones{i}. \"Yes,\" he said. "
                                        for i in range(max(1, n // 48))),
}


def best_time(text: str, repeat: int) -> float:
    return best_times([text], repeat)[0]


def best_times(texts: list[str], repeat: int) -> list[float]:
    """Best of ``repeat`` runs for each text, the texts taking turns so that a drift in the
    machine's speed (seen here: +-30 % within minutes) hits them alike."""
    best = [float("inf")] * len(texts)
    for _ in range(repeat):
        for k, text in enumerate(texts):
            gc.collect()
            t0 = time.perf_counter()
            quoteapi.extract(text)
            best[k] = min(best[k], time.perf_counter() - t0)
    return best


def peak_memory(text: str) -> int:
    tracemalloc.start()
    quoteapi.extract(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def densest(path: str, repeat: int) -> list[dict]:
    """Real articles with the most quotes per character, each timed in turns with news text of
    its size: how far real text is from the synthetic quote-dense case."""
    with open(path, encoding="utf-8") as f:
        texts = [t for t in (json.loads(line).get("text") for line in f if line.strip())
                 if isinstance(t, str) and len(t) > 2000]
    density = sorted(((len(quoteapi.extract(t, include_non_quotes=True)["quotes"]) / len(t) * 1000, t)
                      for t in texts), key=lambda row: row[0], reverse=True)
    print(f"\nMost quote-dense articles of {path} ({len(texts)} over 2,000 characters; the synthetic case has "
          f"{4 / 27 * 1000:.0f} quotes per 1,000 characters, the median article {density[len(density) // 2][0]:.1f}):")
    print(f"{'quotes/1000 chars':>18} {'chars':>7} {'x news':>7}")
    rows = []
    for per_1000, text in density[:5]:
        plain = news(len(text))
        t, t_news = best_times([text, plain], repeat)
        ratio = (t / len(text)) / (t_news / len(plain))
        rows.append({"quotes_per_1000_chars": per_1000, "chars": len(text), "relative_to_news": ratio})
        print(f"{per_1000:>18.1f} {len(text):>7} {ratio:>7.2f}")
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-scale", type=int, default=64)
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    ap.add_argument("--densest", metavar="JSONL",
                    help='also time the five most quote-dense articles (over 2,000 characters) of a JSONL file '
                         'of {"text": ...} lines against news text of the same size')
    args = ap.parse_args(argv)
    quoteapi.extract(SEEDS[0])  # warm: lexicons, sentence splitter
    base = sum(map(len, SEEDS)) // len(SEEDS)
    print(f"python {platform.python_version()} on {platform.machine()}, quoteapi {quoteapi.__version__}")
    print(f"\nNews text (seed articles, about {base} characters each), one core:")
    print(f"{'scale':>6} {'chars':>9} {'seconds':>9} {'chars/s':>11} {'docs/s':>8} {'us/char':>8} {'peak MB':>8}")
    scales = [s for s in (1, 2, 4, 8, 16, 32, 64) if s <= args.max_scale]
    figures = {"news": [], "worst": []}
    for s in scales:
        text = news(base * s)
        t = best_time(text, args.repeat)
        peak = peak_memory(text) / 1e6
        row = {"scale": s, "chars": len(text), "seconds": t, "chars_per_s": len(text) / t,
               "docs_per_s": s and (1 / t) * s, "us_per_char": t / len(text) * 1e6, "peak_mb": peak}
        figures["news"].append(row)
        print(f"{s:>6} {len(text):>9} {t:>9.4f} {row['chars_per_s']:>11,.0f} {row['docs_per_s']:>8.1f} "
              f"{row['us_per_char']:>8.3f} {peak:>8.1f}")
    # throughput over many separate documents (per-call overhead included)
    batch = SEEDS * 50
    t0 = time.perf_counter()
    for d in batch:
        quoteapi.extract(d)
    dt = time.perf_counter() - t0
    chars = sum(map(len, batch))
    print(f"\n{len(batch)} separate seed documents: {chars / dt:,.0f} chars/s, {len(batch) / dt:,.0f} docs/s")
    print("\nWorst cases, per character relative to news text of the same size, timed in turns with it:")
    print(f"{'input':<26} {'chars':>9} {'us/char':>8} {'news':>8} {'x news':>7}   growth 1x->{scales[-1]}x")
    for name, make in WORST.items():
        rows = []
        for s in (scales[0], scales[-1]):
            text, plain = make(base * s), news(base * s)
            t, t_news = best_times([text, plain], args.repeat)
            rows.append((len(text), t / len(text) * 1e6, t_news / len(plain) * 1e6))
        chars, per_char, news_per_char = rows[-1]
        ratio = per_char / news_per_char
        growth = per_char / rows[0][1]
        figures["worst"].append({"input": name, "chars": chars, "us_per_char": per_char,
                                 "news_us_per_char": news_per_char, "relative_to_news": ratio,
                                 "per_char_growth": growth})
        print(f"{name:<26} {chars:>9} {per_char:>8.3f} {news_per_char:>8.3f} {ratio:>7.2f}   {growth:.2f}x per char")
    if args.densest:
        figures["densest"] = densest(args.densest, args.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nprocess peak RSS: {rss:.0f} MB")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
