"""Golden tests over seeds/: the engine's output is pinned, and hand-checked speakers are scored."""
import json
import pathlib

import pytest

from tests.golden.regenerate import HERE, SEEDS, snapshot

CASES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("seed", CASES, ids=lambda p: p.name)
def test_output_matches_snapshot(seed):
    expected = json.loads((HERE / (seed.stem + ".json")).read_text(encoding="utf-8"))
    got = snapshot(seed.read_text(encoding="utf-8"))
    strip = [{k: v for k, v in r.items() if k != "expected_speaker"} for r in expected]
    assert got == strip, "seed output changed: review it and run python tests/golden/regenerate.py"


def test_hand_checked_speakers():
    rows = [r for seed in CASES for r in json.loads((HERE / (seed.stem + ".json")).read_text(encoding="utf-8"))]
    right = sum(r["speaker"] == r["expected_speaker"] for r in rows)
    assert len(rows) >= 39
    assert right / len(rows) >= 0.95


SHARED_GOLD = pathlib.Path(__file__).resolve().parents[2] / "shared" / "seeds" / "gold.jsonl"


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="../shared/seeds/gold.jsonl is not beside the repo")
def test_shared_scorer_thresholds(tmp_path):
    """The done-when figures, with the scorer everyone uses."""
    import subprocess
    import sys

    import quoteapi

    pred = tmp_path / "pred.jsonl"
    with open(SHARED_GOLD, encoding="utf-8") as f, open(pred, "w", encoding="utf-8") as out:
        for line in f:
            doc = json.loads(line)
            out.write(json.dumps({"id": doc["id"], **quoteapi.extract(doc["text"])}) + "\n")
    scorer = SHARED_GOLD.parent.parent / "eval" / "score.py"
    proc = subprocess.run([sys.executable, str(scorer), str(SHARED_GOLD), str(pred), "--json"],
                          capture_output=True, text=True, check=True)
    scores = json.loads(proc.stdout.strip().splitlines()[-1])
    assert scores["quote_f1"] >= 0.97
    assert scores["attribution_accuracy_strict"] >= 0.95
