import io
import json
import subprocess
import sys

import pytest

from quoteapi import cli, extract

ARTICLE = '"We will win," NATO chief Mark Rutte said. "Soon."'


def run(args, stdin=None):
    return subprocess.run([sys.executable, "-m", "quoteapi", *args], input=stdin, capture_output=True,
                          text=True, timeout=60)


def test_extract_file_matches_python_api(tmp_path, seed_texts):
    name, text = next(iter(seed_texts.items()))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    proc = run(["extract", str(path)])
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == extract(text)


def test_extract_stdin():
    proc = run(["extract", "-", "--compact"], stdin=ARTICLE)
    assert proc.returncode == 0
    out = json.loads(proc.stdout)
    assert [q["speaker"]["name"] for q in out["quotes"]] == ["Mark Rutte", "Mark Rutte"]
    assert "\n" not in proc.stdout.strip()


def test_extract_missing_file_is_a_clean_error(tmp_path):
    proc = run(["extract", str(tmp_path / "nope.txt")])
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "nope.txt" in proc.stderr


def test_extract_include_non_quotes_flags_them():
    text = 'He appeared on "Face the Nation" on Sunday.\n\nMore text here.'
    assert extract(text)["quotes"] == []
    flagged = extract(text, include_non_quotes=True)["quotes"]
    assert [(q["type"], q["non_quote_reason"]) for q in flagged] == [("non_quote", "title")]


BATCH = "\n".join([
    json.dumps({"id": "a", "text": ARTICLE}),
    "{not json",
    json.dumps({"id": "b"}),
    json.dumps({"id": "c", "text": 42}),
    "[1, 2]",
    "",
    json.dumps({"id": "d", "text": "No quotes at all."}),
]) + "\n"


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_keeps_order_and_reports_bad_lines(workers):
    out = io.StringIO()
    errors = cli.run_batch(io.StringIO(BATCH), out, workers=workers)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r.get("id") for r in records] == ["a", None, "b", "c", None, "d"]
    assert errors == 4
    assert records[0]["quotes"][0]["speaker"]["name"] == "Mark Rutte"
    assert records[1]["error"]["title"] == "malformed JSON" and records[1]["line"] == 2
    assert records[2]["error"]["title"] == "missing text"
    assert records[3]["error"]["title"] == "missing text"
    assert records[4]["error"]["title"] == "not an object"
    assert records[5] == {"id": "d", "quotes": [], "speakers": []}


def test_batch_command_files(tmp_path):
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    src.write_text(BATCH, encoding="utf-8")
    proc = run(["batch", str(src), "-o", str(dst), "--workers", "2"])
    assert proc.returncode == 0, proc.stderr
    assert "4 line(s)" in proc.stderr
    assert "[" not in proc.stderr  # no progress bar when stderr is not a terminal
    lines = dst.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
def test_batch_reads_a_pipe_once(tmp_path):
    """A pipe (``quoteapi batch <(zcat in.jsonl.gz)``) can be read only once: nothing may consume it
    before the batch does (the progress counter once did, and the output was silently empty)."""
    import os
    import threading

    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(BATCH, encoding="utf-8"))
    writer.start()
    dst = tmp_path / "out.jsonl"
    proc = run(["batch", str(fifo), "-o", str(dst)])
    writer.join(timeout=10)
    assert proc.returncode == 0, proc.stderr
    assert len(dst.read_text(encoding="utf-8").splitlines()) == 6


def test_batch_survives_an_engine_error(monkeypatch):
    """One article that trips an engine bug gets an error record; the others are still done."""
    def flaky(text, **_):
        if "boom" in text:
            raise RuntimeError("boom")
        return extract(text)

    monkeypatch.setattr(cli, "extract", flaky)
    src = io.StringIO(json.dumps({"id": 1, "text": "boom"}) + "\n" + json.dumps({"id": 2, "text": ARTICLE}) + "\n")
    out = io.StringIO()
    assert cli.run_batch(src, out, workers=1) == 1
    first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    assert first["error"] == {"title": "engine error", "detail": "RuntimeError: boom"} and first["id"] == 1
    assert second["id"] == 2 and second["quotes"]


def test_batch_stdin_to_stdout():
    proc = run(["batch", "-"], stdin=json.dumps({"id": 7, "text": ARTICLE}) + "\n")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["id"] == 7


def test_console_script_help():
    proc = run(["--help"])
    assert proc.returncode == 0 and "extract" in proc.stdout and "batch" in proc.stdout
