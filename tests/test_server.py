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
