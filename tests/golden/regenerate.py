"""Rewrite the golden snapshots from the current engine: python tests/golden/regenerate.py

Review the diff before committing: every changed line is a behaviour change on a seed article.
Hand-checked corrections live in the "expected_speaker" field and are kept across regenerations.
"""
import json
import pathlib

import quoteapi

HERE = pathlib.Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "seeds"


def snapshot(text):
    return [{"start": q["start"], "end": q["end"], "type": q["type"],
             "speaker": (q["speaker"] or {}).get("name"), "sieve": q["sieve"], "text": q["text"]}
            for q in quoteapi.extract(text)["quotes"]]


def main():
    for seed in sorted(SEEDS.glob("*.txt")):
        path = HERE / (seed.stem + ".json")
        old = {}
        if path.exists():
            old = {(r["start"], r["end"]): r for r in json.loads(path.read_text(encoding="utf-8"))}
        rows = snapshot(seed.read_text(encoding="utf-8"))
        for r in rows:
            prev = old.get((r["start"], r["end"]), {})
            r["expected_speaker"] = prev.get("expected_speaker", r["speaker"])
        path.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
