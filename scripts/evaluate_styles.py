#!/usr/bin/env python3
"""Score the engine on the style battery: invented news articles in many house styles.

    python scripts/evaluate_styles.py [tests/corpus/styles.jsonl] [--errors]

Each line of the corpus is ``{"id", "text", "gold": [{"snippet", "speakers", "kind"}]}``, written
by hand before the engine ran on it (AP, Reuters, BBC/Guardian, NYT, local news, sports,
business, science, 2016 campaign coverage, court reporting, transcripts, live blogs, op-eds,
Indian, Australian, Irish, South African and Canadian copy, tech, obituaries, disasters, Q&A,
press releases, foreign desks, earnings, US political outlets from AP to Breitbart, and ordinary
campaign, statehouse and world news, and web pages as a CMS pastes them: bylines, captions,
pull quotes, live blogs, reaction roundups, UK single-quote style, the world press in English
with Asian, African, Arab and Latin American names, and long 2016 campaign features with many
speakers and shared surnames). A gold item is located by the
text its quotation starts with (``snippet``); ``speakers`` lists the acceptable speaker names (null: anonymous, no name is
wrong) and ``kind`` is ``q`` (a quotation), ``nq`` (quoted text that is no quotation), ``amb``
(either), ``nest`` (a quote inside a quote, not returned by design) or ``label`` (a transcript
label). Prints figures; asserts nothing (tests/test_styles.py does).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quoteapi  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "styles.jsonl"


def _norm(name: str | None) -> str | None:
    return None if name is None else re.sub(r"^(a|an|the) ", "", name.lower().strip())


def score(records: list[dict], errors: list[str] | None = None) -> Counter:
    """Counts: ``quotes`` (gold quotations), ``found``, ``right`` (an accepted speaker),
    ``partial`` (a name inside an accepted one or around it), ``wrong``; ``non_quotes`` and
    ``non_quotes_right``; ``spurious`` (returned quotations matching no gold item)."""
    stats: Counter = Counter()
    for rec in records:
        text = rec["text"]
        found = quoteapi.extract(text, include_non_quotes=True)["quotes"]
        used = set()
        for item in rec["gold"]:
            p = text.find(item["snippet"])
            hits = [q for q in found if q["start"] < p + len(item["snippet"]) and q["end"] > p]
            used.update(q["id"] for q in hits)
            q = hits[0] if hits else None
            kind = item["kind"]
            if kind in ("nest", "label", "amb"):
                continue
            if kind == "nq":
                stats["non_quotes"] += 1
                stats["non_quotes_right"] += q is None or q["type"] == "non_quote"
                continue
            stats["quotes"] += 1
            if q is None or q["type"] == "non_quote":
                if errors is not None:
                    errors.append(f"{rec['id']}: missed {item['snippet']!r}")
                continue
            stats["found"] += 1
            name = q["speaker"] and q["speaker"]["name"]
            accepted = [_norm(a) for a in (item["speakers"] or [None])]
            if _norm(name) in accepted:
                stats["right"] += 1
                continue
            partial = name is not None and any(a and (_norm(name) in a or a in _norm(name)) for a in accepted)
            stats["partial" if partial else "wrong"] += 1
            if errors is not None:
                errors.append(f"{rec['id']}: {'partly ' if partial else ''}wrong {item['snippet']!r} "
                              f"-> {name!r} (gold {item['speakers']}, sieve {q['sieve']})")
        stats["spurious"] += sum(q["id"] not in used and q["type"] != "non_quote" for q in found)
    return stats


def load(path: Path = CORPUS) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    paths = [a for a in argv if not a.startswith("--")]
    errors: list[str] | None = [] if "--errors" in argv else None
    records = load(Path(paths[0]) if paths else CORPUS)
    s = score(records, errors)
    print(f"{len(records)} articles, {s['quotes']} gold quotations: found {s['found']}, "
          f"speaker right {s['right']} ({s['right'] / max(1, s['quotes']):.3f}), partly right {s['partial']}, "
          f"wrong {s['wrong']}; spurious {s['spurious']}; non-quotes right {s['non_quotes_right']} of "
          f"{s['non_quotes']}")
    for e in errors or []:
        print(" ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
