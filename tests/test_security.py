"""Security basics: no outbound network, no eval/exec/pickle of input, no internals in responses."""
import pathlib
import re
import socket

import pytest

import quoteapi
from quoteapi.app import create_app

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "quoteapi").rglob("*.py"))


@pytest.mark.parametrize("pattern", [r"\beval\(", r"\bexec\(", r"\bpickle\b", r"\bmarshal\b", r"yaml\.load\(",
                                     r"\bsubprocess\b.*shell=True", r"nltk\.download", r"nltk\.data"])
def test_no_dangerous_calls_in_the_package(pattern):
    offenders = [str(p.relative_to(ROOT)) for p in SOURCES if re.search(pattern, p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_outbound_network(monkeypatch, seed_texts):
    def refuse(*args, **kwargs):
        raise AssertionError("outbound network connection attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    client = create_app({"LOG_LEVEL": "WARNING"}).test_client()
    for text in seed_texts.values():
        quoteapi.extract(text)
        assert client.post("/v1/quotes", data=text.encode(), content_type="text/plain").status_code == 200
    assert client.get("/docs").status_code == 200


def test_html_is_locked_down():
    resp = create_app().test_client().get("/docs")
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script" not in resp.get_data(as_text=True)
