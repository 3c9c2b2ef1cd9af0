"""The REST API through the Flask test client: happy paths and every error path, checked
against the contract (status, media type, body shape)."""
import json

import pytest

from quoteapi import __version__
from quoteapi.app import create_app
from tests.api_contract import SPEC, check, load_json

SEED_EXAMPLE = SPEC["paths"]["/v1/quotes"]["post"]["requestBody"]["content"]["application/json"]["examples"]["seed"]


@pytest.fixture()
def client():
    app = create_app({"MAX_BODY_BYTES": 4096, "MAX_TEXT_CHARS": 2000, "MAX_BATCH_DOCUMENTS": 3})
    return app.test_client()


def problem_of(resp, status):
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/problem+json"
    body = load_json(resp)
    assert body["status"] == status and body["title"] and body["detail"] and body["type"].startswith("https://")
    assert "Traceback" not in resp.get_data(as_text=True)
    return body


def test_quotes_json(client):
    resp = client.post("/v1/quotes", json=SEED_EXAMPLE["value"])
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    body = load_json(resp)
    check("/v1/quotes", "post", 200, "application/json", body)
    assert [q["speaker"]["name"] for q in body["quotes"]] == ["Mark Rutte", "Mark Rutte"]
    assert body["meta"]["characters"] == len(SEED_EXAMPLE["value"]["text"])
    assert body["meta"]["version"] == __version__


def test_quotes_text_plain(client):
    text = '"We will win," NATO chief Mark Rutte said.'
    resp = client.post("/v1/quotes", data=text.encode(), content_type="text/plain; charset=utf-8")
    body = load_json(resp)
    check("/v1/quotes", "post", 200, "application/json", body)
    assert body["quotes"][0]["text"] == "We will win,"


def test_text_plain_option(client):
    text = 'He was on "Face the Nation" on Sunday.\n\nMore.'
    plain = load_json(client.post("/v1/quotes", data=text, content_type="text/plain"))
    flagged = load_json(client.post("/v1/quotes?include_non_quotes=true", data=text, content_type="text/plain"))
    assert plain["quotes"] == [] and flagged["quotes"][0]["type"] == "non_quote"
    body = problem_of(client.post("/v1/quotes?include_non_quotes=maybe", data=text, content_type="text/plain"), 422)
    assert "include_non_quotes" in body["errors"]


def test_options_in_json(client):
    text = 'He was on "Face the Nation" on Sunday.\n\nMore.'
    body = load_json(client.post("/v1/quotes", json={"text": text, "options": {"include_non_quotes": True}}))
    check("/v1/quotes", "post", 200, "application/json", body)
    assert body["quotes"][0]["non_quote_reason"] == "title"


def test_batch_keeps_order_and_isolates_bad_documents(client):
    docs = [{"id": "a", "text": '"Yes," Kirby said.'}, {"id": "b", "text": ""}, {"id": "c", "nope": 1},
            ]
    resp = client.post("/v1/quotes/batch", json={"documents": docs})
    assert resp.status_code == 200
    body = load_json(resp)
    check("/v1/quotes/batch", "post", 200, "application/json", body)
    assert [r["id"] for r in body["results"]] == ["a", "b", "c"]
    assert body["results"][0]["quotes"][0]["speaker"]["name"] == "Kirby"
    assert body["results"][1]["error"]["errors"] == {"text": ["must not be empty"]}
    assert set(body["results"][2]["error"]["errors"]) == {"nope", "text"}


def test_batch_with_non_object_document(client):
    body = load_json(client.post("/v1/quotes/batch", json={"documents": ["just a string"]}))
    check("/v1/quotes/batch", "post", 200, "application/json", body)
    assert body["results"][0]["id"] is None and body["results"][0]["error"]["status"] == 422


def test_health(client):
    resp = client.get("/v1/health")
    check("/v1/health", "get", 200, "application/json", load_json(resp))


@pytest.mark.parametrize("data, content_type", [
    (b"{not json", "application/json"),
    (b'{"text": "unterminated', "application/json"),
    (b"\xff\xfe\x00bad", "application/json"),
    (b"\xff\xfe\x00bad", "text/plain; charset=utf-8"),
    (b"[" * 2000, "application/json"),
    (b"", "application/json"),
])
def test_400_malformed(client, data, content_type):
    body = problem_of(client.post("/v1/quotes", data=data, content_type=content_type), 400)
    check("/v1/quotes", "post", 400, "application/problem+json", body)


def test_400_deeply_nested_json(client):
    deep = "[" * 1500 + "]" * 1500
    problem_of(client.post("/v1/quotes", data=deep, content_type="application/json"), 400)


@pytest.mark.parametrize("content_type", [None, "application/xml", "multipart/form-data; boundary=x",
                                           "text/plain; charset=latin-1", "application/x-www-form-urlencoded"])
def test_415_wrong_media_type(client, content_type):
    kwargs = {"data": b'{"text": "x"}'}
    if content_type:
        kwargs["content_type"] = content_type
    body = problem_of(client.post("/v1/quotes", **kwargs), 415)
    check("/v1/quotes", "post", 415, "application/problem+json", body)


def test_415_batch_needs_json(client):
    problem_of(client.post("/v1/quotes/batch", data="x", content_type="text/plain"), 415)


def test_413_declared_length_refused_before_reading(client):
    body = problem_of(client.post("/v1/quotes", data=b"x" * 5000, content_type="text/plain"), 413)
    check("/v1/quotes", "post", 413, "application/problem+json", body)


def test_413_undeclared_length_stops_at_the_limit(client):
    import io

    # a chunked body (no Content-Length), as gunicorn presents it: the read stops at the limit
    resp = client.post("/v1/quotes", input_stream=io.BytesIO(b"x" * 100_000), content_type="text/plain",
                       headers={"Transfer-Encoding": "chunked"}, environ_overrides={"wsgi.input_terminated": True})
    problem_of(resp, 413)


@pytest.mark.parametrize("payload, field", [
    ({}, "text"),
    ({"text": ""}, "text"),
    ({"text": "   \n "}, "text"),
    ({"text": 42}, "text"),
    ({"text": None}, "text"),
    ({"text": ["a"]}, "text"),
    ({"text": "x" * 2001}, "text"),
    ({"text": "ok", "extra": 1}, "extra"),
    ({"text": "ok", "options": {"bogus": True}}, "options"),
    ({"text": "ok", "options": {"include_non_quotes": "perhaps"}}, "options"),
    ([1, 2], "_schema"),
    ("just a string", "_schema"),
    (12345678901234567890, "_schema"),
])
def test_422_validation(client, payload, field):
    body = problem_of(client.post("/v1/quotes", data=json.dumps(payload), content_type="application/json"), 422)
    check("/v1/quotes", "post", 422, "application/problem+json", body)
    assert field in body["errors"]


@pytest.mark.parametrize("payload, field", [
    ({}, "documents"),
    ({"documents": []}, "documents"),
    ({"documents": [{"id": str(i), "text": "x"} for i in range(4)]}, "documents"),
    ({"documents": "abc"}, "documents"),
    ({"documents": [], "more": 1}, "more"),
])
def test_422_batch_envelope(client, payload, field):
    body = problem_of(client.post("/v1/quotes/batch", json=payload), 422)
    check("/v1/quotes/batch", "post", 422, "application/problem+json", body)
    assert field in body["errors"]


def test_404_and_405_are_problems(client):
    problem_of(client.get("/nope"), 404)
    resp = client.get("/v1/quotes")
    problem_of(resp, 405)
    assert "POST" in resp.headers["Allow"]


def test_500_without_internals(monkeypatch, client):
    from quoteapi.http import routes

    def boom(*args, **kwargs):
        raise RuntimeError("secret internal detail /srv/quoteapi/x.py")

    monkeypatch.setattr(routes, "extract", boom)
    resp = client.post("/v1/quotes", json={"text": "hello"})
    body = problem_of(resp, 500)
    check("/v1/quotes", "post", 500, "application/problem+json", body)
    assert "secret" not in resp.get_data(as_text=True) and ".py" not in resp.get_data(as_text=True)


def test_request_id_is_echoed_or_made(client):
    resp = client.get("/v1/health", headers={"X-Request-ID": "abc-123"})
    assert resp.headers["X-Request-ID"] == "abc-123"
    made = client.get("/v1/health", headers={"X-Request-ID": "bad id with spaces"}).headers["X-Request-ID"]
    assert made and made != "bad id with spaces" and len(made) == 32


def test_one_json_log_line_per_request(client, caplog):
    import logging

    logger = logging.getLogger("quoteapi.access")
    logger.addHandler(caplog.handler)
    try:
        client.post("/v1/quotes", json={"text": "x"}, headers={"X-Request-ID": "r1"})
    finally:
        logger.removeHandler(caplog.handler)
    entries = [r.entry for r in caplog.records if getattr(r, "entry", None)]
    assert len(entries) == 1
    assert entries[0]["request_id"] == "r1" and entries[0]["method"] == "POST"
    assert entries[0]["path"] == "/v1/quotes" and entries[0]["status"] == 200 and entries[0]["duration_ms"] >= 0


def test_cors_off_by_default(client):
    resp = client.post("/v1/quotes", json={"text": "x"}, headers={"Origin": "https://cms.example"})
    assert "Access-Control-Allow-Origin" not in resp.headers


def test_cors_allow_list():
    c = create_app({"CORS_ORIGINS": ("https://cms.example",)}).test_client()
    ok = c.post("/v1/quotes", json={"text": "x"}, headers={"Origin": "https://cms.example"})
    assert ok.headers["Access-Control-Allow-Origin"] == "https://cms.example"
    other = c.post("/v1/quotes", json={"text": "x"}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers
    pre = c.options("/v1/quotes", headers={"Origin": "https://cms.example",
                                           "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 204 and "POST" in pre.headers["Access-Control-Allow-Methods"]


def test_security_headers(client):
    assert client.get("/v1/health").headers["X-Content-Type-Options"] == "nosniff"
    page = client.get("/docs")
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]


def test_config_from_environment(monkeypatch):
    from quoteapi import config

    monkeypatch.setenv("QUOTEAPI_MAX_TEXT_CHARS", "10")
    monkeypatch.setenv("QUOTEAPI_CORS_ORIGINS", "https://a.example, https://b.example")
    cfg = config.load()
    assert cfg["MAX_TEXT_CHARS"] == 10 and cfg["CORS_ORIGINS"] == ("https://a.example", "https://b.example")
    c = create_app().test_client()
    problem_of(c.post("/v1/quotes", json={"text": "x" * 11}), 422)
    monkeypatch.setenv("QUOTEAPI_MAX_TEXT_CHARS", "ten")
    with pytest.raises(ValueError, match="QUOTEAPI_MAX_TEXT_CHARS"):
        config.load()
    monkeypatch.delenv("QUOTEAPI_MAX_TEXT_CHARS")
    with pytest.raises(KeyError):
        config.load({"NOT_A_SETTING": 1})


def test_seed_articles_validate_against_the_contract(seed_texts):
    client = create_app().test_client()
    for name, text in seed_texts.items():
        resp = client.post("/v1/quotes", data=text.encode("utf-8"), content_type="text/plain; charset=utf-8")
        body = load_json(resp)
        check("/v1/quotes", "post", 200, "application/json", body)
        assert len(body["quotes"]) >= 15, name
    batch = client.post("/v1/quotes/batch", json={"documents": [{"id": n, "text": t} for n, t in seed_texts.items()]})
    body = load_json(batch)
    check("/v1/quotes/batch", "post", 200, "application/json", body)
    assert [r["id"] for r in body["results"]] == list(seed_texts)


@pytest.mark.parametrize("data", [
    b'{"text": 1' + b"0" * 5000 + b"}",                  # a number too big to parse as text, and not text
    b'{"text": 1e999999}',                               # overflows to infinity
    b'{"text": "ok", "options": {"include_non_quotes": 99999999999999999999999999}}',
    b'{"text": {"nested": [[[[[[[[[[[]]]]]]]]]]]}}',
])
def test_huge_numbers_and_wrong_types_are_4xx(client, data):
    resp = client.post("/v1/quotes", data=data, content_type="application/json")
    assert 400 <= resp.status_code < 500
    assert resp.mimetype == "application/problem+json"


@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/batch"])
@pytest.mark.parametrize("content_type", ["application/json", "text/plain", None])
def test_empty_bodies_are_4xx(client, path, content_type):
    kwargs = {"data": b""}
    if content_type:
        kwargs["content_type"] = content_type
    resp = client.post(path, **kwargs)
    assert resp.status_code in (400, 415, 422)
    assert resp.mimetype == "application/problem+json"
    assert load_json(resp)["status"] == resp.status_code


def test_responses_are_compact_utf8_json_in_engine_order(client):
    """Why: responses go through orjson (quoteapi/http/jsonio.py); they must stay what the engine
    built: UTF-8 text unescaped, keys in the engine's order, one line ending in a newline."""
    from quoteapi import extract

    text = "Zelenskyy said: “Ça va, 🙂.”"
    resp = client.post("/v1/quotes", data=text.encode(), content_type="text/plain; charset=utf-8")
    raw = resp.get_data()
    assert resp.status_code == 200 and raw.endswith(b"\n") and raw.count(b"\n") == 1
    assert "Ça va, 🙂.".encode() in raw and b"\\u" not in raw and b'", "' not in raw
    body = json.loads(raw)
    expected = extract(text)
    assert list(body) == [*expected, "meta"] and list(body["quotes"][0]) == list(expected["quotes"][0])
    assert {k: body[k] for k in expected} == expected
