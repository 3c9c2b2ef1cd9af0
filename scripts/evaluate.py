"""Score quoteapi against a gold JSONL with the shared scorer.

    python scripts/evaluate.py GOLD.jsonl [--scorer ../shared/eval/score.py] [--errors N] [--by-sieve]

Runs ``quoteapi batch`` on the gold documents' texts (only "id" and "text" are passed on), then
the scorer; with --by-sieve, also prints strict speaker accuracy per attribution sieve.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import io
import json
import pathlib
import subprocess
import sys
import tempfile

from quoteapi.cli import run_batch

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _load_scorer(path: pathlib.Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def by_sieve(score, gold_path: str, pred_path: str) -> None:
    gold, pred = score.load(gold_path), score.load(pred_path)
    total, right = collections.Counter(), collections.Counter()
    for doc_id, g in gold.items():
        text = g["text"]
        gq = [q for q in g["quotes"] if q.get("type") in ("direct", "mixed")]
        pq = list(pred.get(doc_id, {}).get("quotes", []))
        excluded = [q for q in g["quotes"] if q not in gq]
        drop = {pi for _, pi in score.match(excluded, pq, text)}
        pq = [q for i, q in enumerate(pq) if i not in drop]
        for gi, pi in score.match(gq, pq, text):
            if not gq[gi].get("speaker"):
                continue
            strict, _ = score.same_speaker(score.speaker_name(pq[pi].get("speaker")), gq[gi]["speaker"],
                                           gq[gi].get("speaker_mentions"))
            total[pq[pi]["sieve"]] += 1
            right[pq[pi]["sieve"]] += strict
    print(f"{'sieve':18s} {'strict':>7s} {'quotes':>7s}")
    for sieve, n in total.most_common():
        print(f"{str(sieve):18s} {right[sieve] / n:7.3f} {n:7d}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--by-sieve", action="store_true")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    lines = io.StringIO()
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                lines.write(json.dumps({"id": doc["id"], "text": doc["text"]}) + "\n")
    lines.seek(0)
    with tempfile.TemporaryDirectory() as tmp:
        pred = pathlib.Path(tmp) / "pred.jsonl"
        with open(pred, "w", encoding="utf-8") as out:
            run_batch(lines, out, workers=args.workers)
        cmd = [sys.executable, args.scorer, args.gold, str(pred)]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        subprocess.run(cmd, check=True)
        if args.by_sieve:
            print()
            by_sieve(_load_scorer(pathlib.Path(args.scorer)), args.gold, str(pred))
    return 0


if __name__ == "__main__":
    sys.exit(main())
