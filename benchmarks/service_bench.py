"""Service benchmark: gunicorn with the repository's configuration under a wrk load.

    python benchmarks/service_bench.py [--duration 30] [--connections 8] [--workers 2] [--no-recycle]

Needs ``wrk`` (Debian/Ubuntu: ``apt-get install wrk``). Starts ``quoteapi serve`` on a free
loopback port, then:
1. measures time outside the engine: sequential keep-alive requests, client-side latency minus
   the engine's own time (``Server-Timing``), from Python and from wrk with one connection;
2. runs wrk for ``--duration`` seconds at ``--connections`` concurrency, POSTing a 5 KB seed
   article (360 s at ~280 req/s is the 100,000-request memory run);
3. reports requests/s, p50/p95/p99 latency, errors, and each worker's memory (RSS) before and after.
Only loopback traffic; the run is bounded in time. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import pathlib
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quoteapi.cli import serve_command  # noqa: E402

ARTICLE = ROOT / "seeds" / "000_ef2b256f07d44701.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid: int) -> int:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def workers_of(master: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()
    return sorted(int(p) for p in out)


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn exited")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/v1/health")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not become ready")


def overhead(port: int, body: bytes, n: int = 300) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    totals, engine, app = [], [], []
    for _ in range(n):
        t0 = time.perf_counter()
        conn.request("POST", "/v1/quotes", body, {"Content-Type": "text/plain; charset=utf-8"})
        resp = conn.getresponse()
        resp.read()
        totals.append((time.perf_counter() - t0) * 1000)
        timing = dict(part.strip().split(";dur=") for part in resp.headers["Server-Timing"].split(","))
        engine.append(float(timing["engine"]))
        app.append(float(timing["app"]))
    total, eng, in_app = statistics.median(totals), statistics.median(engine), statistics.median(app)
    return {"request_ms": total, "engine_ms": eng, "app_ms": in_app, "outside_ms": in_app - eng,
            "outside_share": (in_app - eng) / eng, "client_and_wire_ms": total - in_app}


def run_wrk(port: int, threads: int, connections: int, seconds: int) -> dict:
    cmd = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
           "--timeout", "5s", "-s", str(ROOT / "benchmarks" / "post_article.lua"),
           f"http://127.0.0.1:{port}", "--", str(ARTICLE)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("WRK_JSON "))[9:])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=int, default=30, help="seconds of load (default 30)")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-recycle", action="store_true",
                    help="disable gunicorn's worker recycling (QUOTEAPI_MAX_REQUESTS=0), to see real memory growth")
    args = ap.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed (Debian/Ubuntu: apt-get install wrk)", file=sys.stderr)
        return 2
    port = free_port()
    env = {**os.environ, "QUOTEAPI_LOG_LEVEL": "warning"}
    if args.no_recycle:
        env["QUOTEAPI_MAX_REQUESTS"] = "0"
    proc = subprocess.Popen(serve_command(f"127.0.0.1:{port}", args.workers), cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(port, proc)
        body = ARTICLE.read_bytes()
        over = overhead(port, body)
        # the same round trip from a C client, one request at a time: what a request costs beyond
        # the engine, without the Python client's own time
        single = run_wrk(port, threads=1, connections=1, seconds=5)
        over["wrk_c1_mean_ms"] = single["mean_us"] / 1000
        over["wrk_c1_engine_mean_ms"] = single["engine_mean_ms"]
        over["wrk_c1_outside_share"] = (over["wrk_c1_mean_ms"] - single["engine_mean_ms"]) / single["engine_mean_ms"]
        workers = workers_of(proc.pid)
        before = {p: rss_kb(p) for p in workers}
        stats = run_wrk(port, args.threads, args.connections, args.duration)
        after = {p: rss_kb(p) for p in workers_of(proc.pid)}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    errors = sum(stats[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts"))
    rps = stats["requests"] / (stats["duration_us"] / 1e6)
    print(f"article: {ARTICLE.name} ({len(body)} bytes); gunicorn workers: {args.workers}; "
          f"wrk: {args.connections} connections, {args.threads} threads, {args.duration}s")
    print(f"sequential (medians): engine {over['engine_ms']:.2f} ms; whole request in the app "
          f"{over['app_ms']:.2f} ms, so outside the engine {over['outside_ms']:.2f} ms = "
          f"{over['outside_share'] * 100:.0f}% of engine time; client round trip {over['request_ms']:.2f} ms "
          f"(gunicorn, socket and client {over['client_and_wire_ms']:.2f} ms)")
    print(f"one connection (wrk, same requests): mean round trip {over['wrk_c1_mean_ms']:.2f} ms, engine "
          f"{over['wrk_c1_engine_mean_ms']:.2f} ms, so everything outside the engine (gunicorn, HTTP, "
          f"validation, JSON, socket, client) is {over['wrk_c1_outside_share'] * 100:.0f}% of engine time")
    print(f"load: {stats['requests']} requests, {rps:.0f} req/s, p50 {stats['p50_us'] / 1000:.1f} ms, "
          f"p95 {stats['p95_us'] / 1000:.1f} ms, p99 {stats['p99_us'] / 1000:.1f} ms, "
          f"max {stats['max_us'] / 1000:.1f} ms, errors {errors}")
    for pid in sorted(set(before) | set(after)):
        b, a = before.get(pid), after.get(pid)
        print(f"worker {pid}: RSS before {b and b / 1024:.1f} MB, after {a and a / 1024:.1f} MB" if b and a
              else f"worker {pid}: RSS before {b}, after {a} (recycled or new)")
    print("WRK_SUMMARY " + json.dumps({"rps": rps, **stats, "errors": errors, "overhead": over,
                                       "rss_before_kb": before, "rss_after_kb": after}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
