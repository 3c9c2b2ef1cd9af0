"""A real gunicorn process, started the way the README starts it, answering the README's curl
examples verbatim (only the port differs) and shutting down gracefully."""
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from quoteapi.cli import serve_command
from tests.api_contract import check

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = {**os.environ, "QUOTEAPI_LOG_LEVEL": "warning"}
    proc = subprocess.Popen(serve_command(f"127.0.0.1:{port}", 2), cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/v1/health", timeout=1) as resp:
                if resp.status == 200:
                    break
        except OSError as exc:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                raise RuntimeError("gunicorn did not start: " + proc.stderr.read().decode()[-2000:]) from exc
            time.sleep(0.2)
    yield base, port
    proc.send_signal(signal.SIGTERM)
    try:
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()


def readme_curls() -> list[str]:
    """The curl commands of the README's service section (one a line, in ```sh blocks)."""
    section = README.split("## Use the service", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    return [line for block in blocks for line in block.splitlines() if line.startswith("curl ")]


def test_readme_has_the_four_examples():
    curls = readme_curls()
    assert len(curls) == 4
    assert any("text/plain" in c for c in curls) and any("/batch" in c for c in curls)


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("index", range(4))
def test_readme_curl_examples_verbatim(server, index):
    base, port = server
    cmd = readme_curls()[index].replace("localhost:8000", f"127.0.0.1:{port}")
    out = subprocess.run(["bash", "-c", cmd + " -w '\\n%{http_code} %{content_type}'"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    body, _, status_line = out.stdout.rpartition("\n")
    status, content_type = status_line.split(" ", 1)
    payload = json.loads(body[body.index("{"):])
    path = re.search(r"localhost:8000(/\S*)", readme_curls()[index]).group(1).strip("'\"")
    if status == "200":
        check(path, "post", 200, "application/json", payload)
        assert "quotes" in payload or "results" in payload
    else:
        assert content_type.startswith("application/problem+json")
        check(path, "post", int(status), "application/problem+json", payload)


def test_same_requests_as_the_test_client(server):
    """The seed article through gunicorn equals the engine's own answer."""
    import quoteapi

    base, _ = server
    text = (ROOT / "seeds" / "000_ef2b256f07d44701.txt").read_text(encoding="utf-8")
    req = urllib.request.Request(base + "/v1/quotes", data=text.encode("utf-8"),
                                 headers={"Content-Type": "text/plain; charset=utf-8", "X-Request-ID": "seed-1"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        body = json.loads(resp.read())
        assert resp.headers["X-Request-ID"] == "seed-1"
    expected = quoteapi.extract(text)
    assert body["quotes"] == expected["quotes"] and body["speakers"] == expected["speakers"]


def test_errors_through_gunicorn(server):
    base, _ = server
    for data, ctype, status in [(b"{bad", "application/json", 400), (b"x", "application/xml", 415),
                                (b'{"text": ""}', "application/json", 422), (b"x" * (3 * 1024 * 1024),
                                                                             "text/plain", 413)]:
        req = urllib.request.Request(base + "/v1/quotes", data=data, headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=30)
        assert err.value.code == status
        assert err.value.headers["Content-Type"].startswith("application/problem+json")
        assert json.loads(err.value.read())["status"] == status
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(base + "/nowhere", timeout=30)
    assert err.value.code == 404 and err.value.headers["Content-Type"].startswith("application/problem+json")


def test_serve_command_is_what_the_dockerfile_runs():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "python:quoteapi.gunicorn_conf" in dockerfile and "quoteapi.app:create_app()" in dockerfile
    assert serve_command(None, None)[1:] == ["-m", "gunicorn", "-c", "python:quoteapi.gunicorn_conf",
                                             "quoteapi.app:create_app()"]
    assert sys.executable == serve_command(None, None)[0]


def test_readme_ci_and_dockerfile_install_with_the_constraints():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    test_command = ci.strip().splitlines()[-1]
    assert test_command in README  # .ci/run runs exactly the README's test command
    assert "-c constraints.txt" in test_command and "pip install -c constraints.txt" in dockerfile
    run_command = next(line for line in README.splitlines() if line.endswith("quoteapi serve"))
    assert "-c constraints.txt" in run_command
    pinned = [line for line in (ROOT / "constraints.txt").read_text().splitlines() if line and line[0] != "#"]
    assert pinned and all("==" in line for line in pinned)
    names = {line.split("==")[0].lower() for line in pinned}
    assert {"flask", "marshmallow", "nltk", "gunicorn", "pytest", "pyyaml"} <= names
    assert "USER quoteapi" in dockerfile and "HEALTHCHECK" in dockerfile


def test_a_slow_client_cannot_hold_the_only_worker():
    """A client that sends half a request and stalls ties a sync worker up for QUOTEAPI_TIMEOUT
    at most: gunicorn then replaces the worker and the next client is served."""
    port = _free_port()
    env = {**os.environ, "QUOTEAPI_LOG_LEVEL": "warning", "QUOTEAPI_TIMEOUT": "2"}
    proc = subprocess.Popen(serve_command(f"127.0.0.1:{port}", 1), cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/v1/health", timeout=1).read()
                break
            except OSError:
                assert time.time() < deadline and proc.poll() is None
                time.sleep(0.2)
        slow = socket.create_connection(("127.0.0.1", port))
        slow.sendall(b"POST /v1/quotes HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                     b"Content-Length: 1000\r\n\r\nonly a little")
        time.sleep(0.3)
        t0 = time.time()
        with urllib.request.urlopen(base + "/v1/health", timeout=20) as resp:
            assert resp.status == 200
        waited = time.time() - t0
        slow.close()
        assert waited < 12, f"the next client waited {waited:.1f}s"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        finally:
            proc.kill()
