"""Command line: ``quoteapi extract [FILE|-]`` and ``quoteapi batch IN.jsonl [-o OUT] [--workers N]``."""
from __future__ import annotations

import argparse
import json
import os
import sys
from multiprocessing import Pool
from typing import IO, Iterable, Iterator

from . import __version__
from .nlp.extract import extract

_CHUNK = 8


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def _dumps(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)


def process_line(item: tuple[int, str]) -> dict:
    """One batch input line -> one output record (an error record rather than an exception)."""
    lineno, line = item
    try:
        doc = json.loads(line)
    except ValueError as exc:
        return {"id": None, "line": lineno, "error": {"title": "malformed JSON", "detail": str(exc)}}
    if not isinstance(doc, dict):
        return {"id": None, "line": lineno, "error": {"title": "not an object",
                                                      "detail": "each line must be a JSON object"}}
    doc_id = doc.get("id")
    text = doc.get("text")
    if not isinstance(text, str):
        return {"id": doc_id, "line": lineno, "error": {"title": "missing text",
                                                        "detail": "'text' must be a string"}}
    try:
        return {"id": doc_id, **extract(text)}
    except Exception as exc:  # noqa: BLE001 - an archive job must not die on one article
        # Why: a batch over an archive runs for hours; one article that trips an engine bug gets an
        # error record naming the exception (stderr counts such records), the rest still run
        return {"id": doc_id, "line": lineno, "error": {"title": "engine error",
                                                        "detail": f"{type(exc).__name__}: {exc}"}}


def _lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for n, line in enumerate(stream, 1):
        if line.strip():
            yield n, line


class _Progress:
    """A one-line progress counter on stderr, only when stderr is a terminal."""

    def __init__(self, total: int | None):
        self.total, self.done = total, 0
        self.enabled = sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.enabled and (self.done % 10 == 0 or self.done == self.total):
            width = 30
            if self.total:
                filled = width * self.done // self.total
                bar = "#" * filled + "-" * (width - filled)
                sys.stderr.write(f"\r[{bar}] {self.done}/{self.total}")
            else:
                sys.stderr.write(f"\r{self.done} documents")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\n")


def run_batch(source: IO[str], sink: IO[str], workers: int = 1, total: int | None = None) -> int:
    """Write one output line per input line, in input order; returns the number of error records."""
    errors = 0
    progress = _Progress(total)
    items: Iterable[tuple[int, str]] = _lines(source)
    if workers > 1:
        with Pool(workers) as pool:
            results: Iterable[dict] = pool.imap(process_line, items, chunksize=_CHUNK)
            errors = _write(results, sink, progress)
    else:
        errors = _write(map(process_line, items), sink, progress)
    progress.close()
    return errors


def _write(results: Iterable[dict], sink: IO[str], progress: _Progress) -> int:
    errors = 0
    for rec in results:
        errors += "error" in rec
        sink.write(_dumps(rec) + "\n")
        progress.step()
    return errors


def _count_lines(path: str) -> int | None:
    """Input lines, for the progress bar; None when there is no bar, or when the input can be read
    only once (stdin, a pipe such as ``<(zcat in.jsonl.gz)``: counting it would consume it)."""
    if path == "-" or not sys.stderr.isatty() or not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="quoteapi", description="Find quotations in news text and who said them.")
    ap.add_argument("--version", action="version", version=f"quoteapi {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the quotes of one document as JSON")
    ex.add_argument("file", nargs="?", default="-", help="a UTF-8 text file, or - for standard input")
    ex.add_argument("--include-non-quotes", action="store_true",
                    help="also list quoted titles, nicknames, scare quotes and headline quotes")
    ex.add_argument("--compact", action="store_true", help="one line of JSON instead of indented")
    b = sub.add_parser("batch", help='JSONL in ({"id", "text"} a line), JSONL out, in input order')
    b.add_argument("input", help="a JSONL file, or - for standard input")
    b.add_argument("-o", "--output", default="-", help="output JSONL file (default: standard output)")
    b.add_argument("--workers", type=int, default=1, help="worker processes (default 1; 0 = one per CPU)")
    sv = sub.add_parser("serve", help="run the HTTP service under gunicorn (settings: QUOTEAPI_* variables)")
    sv.add_argument("--bind", help="address to listen on (default 0.0.0.0:8000, or QUOTEAPI_BIND)")
    sv.add_argument("--workers", type=int, help="worker processes (default: one per CPU, or QUOTEAPI_WORKERS)")
    return ap


def serve_command(bind: str | None, workers: int | None) -> list[str]:
    """The gunicorn command line that ``quoteapi serve`` runs (and the Dockerfile spells out)."""
    cmd = [sys.executable, "-m", "gunicorn", "-c", "python:quoteapi.gunicorn_conf"]
    if bind:
        cmd += ["--bind", bind]
    if workers:
        cmd += ["--workers", str(workers)]
    return cmd + ["quoteapi.app:create_app()"]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        cmd = serve_command(args.bind, args.workers)
        os.execv(cmd[0], cmd)  # replaces this process: gunicorn handles signals itself
    try:
        if args.command == "extract":
            result = extract(_read_text(args.file), include_non_quotes=args.include_non_quotes)
            sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=None if args.compact else 2) + "\n")
            return 0
        workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)
        total = _count_lines(args.input)
        source = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")
        sink = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
        try:
            errors = run_batch(source, sink, workers, total)
        finally:
            if source is not sys.stdin:
                source.close()
            if sink is not sys.stdout:
                sink.close()
        if errors:
            sys.stderr.write(f"quoteapi: {errors} line(s) could not be processed; see their error records\n")
        return 0
    except (OSError, UnicodeDecodeError) as exc:
        sys.stderr.write(f"quoteapi: {exc}\n")
        return 2
