"""Load and fault test: many concurrent clients, valid and invalid requests, a worker killed mid-run.

    python benchmarks/load_faults.py [--requests 10000] [--concurrency 64] [--max-seconds 300]

Starts ``quoteapi serve`` (2 workers) on a free loopback port, sends a bounded number of requests
from ``--concurrency`` threads (each request is valid or one of several invalid kinds, chosen in a
fixed rotation), and SIGKILLs one worker half way. Checks: no 5xx; every request gets the status
its kind calls for (200, 400, 413, 415, 422, 404, 405); gunicorn replaces the killed worker; the
only failures are connections that were in flight on the killed worker; worker memory before and
after. Loopback only; stops by itself. Prints figures and exits 1 if a check fails.
"""
from __future__ import annotations

import argparse
import collections
import http.client
import json
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quoteapi.cli import serve_command  # noqa: E402
from service_bench import free_port, rss_kb, wait_ready, workers_of  # noqa: E402

ARTICLE = (ROOT / "seeds" / "000_ef2b256f07d44701.txt").read_bytes()

# (kind, method, path, content type, body, expected status)
KINDS = [
    ("valid text", "POST", "/v1/quotes", "text/plain; charset=utf-8", ARTICLE, 200),
    ("valid json", "POST", "/v1/quotes", "application/json",
     json.dumps({"text": ARTICLE.decode()}).encode(), 200),
    ("valid batch", "POST", "/v1/quotes/batch", "application/json",
     json.dumps({"documents": [{"id": "a", "text": ARTICLE.decode()}, {"id": "b", "text": ""}]}).encode(), 200),
    ("health", "GET", "/v1/health", None, None, 200),
    ("malformed json", "POST", "/v1/quotes", "application/json", b'{"text": "unterminated', 400),
    ("invalid utf-8", "POST", "/v1/quotes", "text/plain; charset=utf-8", b"\xff\xfe bad", 400),
    ("deep json", "POST", "/v1/quotes", "application/json", b"[" * 100_000, 400),
    ("too large", "POST", "/v1/quotes", "text/plain", b"x" * (3 * 1024 * 1024), 413),
    ("wrong media type", "POST", "/v1/quotes", "application/xml", b"<text/>", 415),
    ("no media type", "POST", "/v1/quotes", None, b"text", 415),
    ("empty text", "POST", "/v1/quotes", "application/json", b'{"text": ""}', 422),
    ("wrong type", "POST", "/v1/quotes", "application/json", b'{"text": 42}', 422),
    ("too many documents", "POST", "/v1/quotes/batch", "application/json",
     json.dumps({"documents": [{"id": str(i), "text": "x"} for i in range(101)]}).encode(), 422),
    ("unknown path", "GET", "/v1/nothing", None, None, 404),
    ("wrong method", "GET", "/v1/quotes", None, None, 405),
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--max-seconds", type=float, default=300)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    port = free_port()
    env = {**os.environ, "QUOTEAPI_LOG_LEVEL": "warning"}
    proc = subprocess.Popen(serve_command(f"127.0.0.1:{port}", args.workers), cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lock = threading.Lock()
    counter = iter(range(args.requests))
    results = collections.Counter()   # (kind, status) -> n
    wrong: list[tuple[str, int, int]] = []
    failures: list[tuple[str, str]] = []
    deadline = time.time() + args.max_seconds
    killed = {}

    def client() -> None:
        while time.time() < deadline:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            kind, method, path, ctype, body, expected = KINDS[n % len(KINDS)]
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                headers = {"Content-Type": ctype} if ctype else {}
                conn.request(method, path, body=body, headers=headers)
                resp = conn.getresponse()
                resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException) as exc:
                with lock:
                    failures.append((kind, type(exc).__name__))
                continue
            finally:
                conn.close()
            with lock:
                results[(kind, status)] += 1
                if status != expected:
                    wrong.append((kind, expected, status))
            if n == args.requests // 2 and not killed:
                victims = workers_of(proc.pid)
                if victims:
                    os.kill(victims[0], signal.SIGKILL)
                    killed["pid"], killed["at"] = victims[0], n

    try:
        wait_ready(port, proc)
        before = {p: rss_kb(p) for p in workers_of(proc.pid)}
        t0 = time.time()
        threads = [threading.Thread(target=client) for _ in range(args.concurrency)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.time() - t0
        time.sleep(1)
        after_pids = workers_of(proc.pid)
        after = {p: rss_kb(p) for p in after_pids}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    total = sum(results.values())
    five_xx = sum(n for (kind, status), n in results.items() if status >= 500)
    print(f"{total} responses + {len(failures)} connection failures in {elapsed:.1f} s "
          f"({total / elapsed:.0f} req/s) at concurrency {args.concurrency}")
    for (kind, status), n in sorted(results.items()):
        print(f"  {kind:<20} {status}  x{n}")
    print(f"5xx: {five_xx}; wrong status: {len(wrong)}; connection failures: {failures or 'none'}")
    replaced = killed.get("pid") not in after_pids and len(after_pids) == args.workers
    print(f"killed worker {killed.get('pid')} at request {killed.get('at')}; workers after: {after_pids} "
          f"({'replaced' if replaced else 'NOT replaced'})")
    for pid, kb in before.items():
        print(f"worker {pid} RSS before: {kb / 1024:.1f} MB")
    for pid, kb in after.items():
        print(f"worker {pid} RSS after: {kb / 1024:.1f} MB")
    ok = five_xx == 0 and not wrong and replaced and len(failures) <= args.workers
    print("LOAD_FAULTS " + json.dumps({"responses": total, "failures": len(failures), "five_xx": five_xx,
                                       "wrong": len(wrong), "replaced": replaced, "ok": ok}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
