"""Code and contract in step: the spec validates, routes and spec paths match one to one, examples
are real (requests valid, responses what the service returns), marshmallow and spec agree."""
import copy
import re

import pytest
from marshmallow import fields
from openapi_spec_validator import validate

from quoteapi.app import create_app
from quoteapi.http import schemas
from tests.api_contract import ROOT, SPEC, check, load_json, schema_validator


@pytest.fixture(scope="module")
def app():
    return create_app()


def test_spec_is_valid_openapi():
    validate(copy.deepcopy(SPEC))


def test_top_level_openapi_is_the_served_one(app):
    served = app.test_client().get("/openapi.yaml")
    assert served.status_code == 200 and served.mimetype == "application/yaml"
    assert served.get_data(as_text=True) == (ROOT / "openapi.yaml").read_text(encoding="utf-8")


def _routes(app):
    out = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)  # Flask's /ui/<name> is OpenAPI's /ui/{name}
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            out.add((path, method.lower()))
    return out


def test_every_route_is_in_the_spec_and_back(app):
    documented = {(path, method) for path, item in SPEC["paths"].items() for method in item
                  if method in ("get", "post", "put", "patch", "delete")}
    assert _routes(app) == documented


@pytest.mark.parametrize("path, method", [(p, m) for p, item in SPEC["paths"].items() for m in item
                                          if m == "post"])
def test_post_operations_document_every_error(path, method):
    responses = SPEC["paths"][path][method]["responses"]
    assert {"200", "400", "413", "415", "422", "500"} <= set(responses)


def _examples(content):
    for media, body in content.items():
        for name, ex in body.get("examples", {}).items():
            yield media, name, ex["value"]


def test_request_examples_match_their_schemas():
    validated = 0
    for item in SPEC["paths"].values():
        for op in item.values():
            for media, _, value in _examples(op.get("requestBody", {}).get("content", {})):
                if media == "application/json":
                    name = op["requestBody"]["content"][media]["schema"]["$ref"].rsplit("/", 1)[1]
                    schema_validator(name).validate(value)
                    validated += 1
    assert validated == 2


def _normalise(body):
    body = copy.deepcopy(body)
    for holder in [body] + body.get("results", []):
        if "meta" in holder:
            holder["meta"]["elapsed_ms"] = 0
    return body


@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/batch"])
def test_response_examples_are_what_the_service_returns(app, path):
    """Examples that are also tests: post each request example, compare with the documented response."""
    op = SPEC["paths"][path]["post"]
    responses = op["responses"]["200"]["content"]["application/json"]["examples"]
    client = app.test_client()
    for media, name, value in _examples(op["requestBody"]["content"]):
        if media == "application/json":
            resp = client.post(path, json=value)
        else:
            resp = client.post(path, data=value.encode("utf-8"), content_type=media + "; charset=utf-8")
        assert resp.status_code == 200
        body = load_json(resp)
        check(path, "post", 200, "application/json", body)
        key = name if media == "application/json" else name + "_text"
        expected = responses[key]["value"]
        check(path, "post", 200, "application/json", expected)
        assert _normalise(body) == _normalise(expected), f"{path} example {key!r} is out of date"


def test_error_examples_match_problem_schema():
    for resp in SPEC["components"]["responses"].values():
        for _, _, value in _examples(resp["content"]):
            schema_validator("Problem").validate(value)


PAIRS = [
    (schemas.QuoteRequestSchema, "QuoteRequest", {"max_chars": 1}),
    (schemas.DocumentSchema, "Document", {"max_chars": 1}),
    (schemas.BatchRequestSchema, "BatchRequest", {"max_documents": 1}),
    (schemas.OptionsSchema, "Options", {}),
    (schemas.QuoteResultSchema, "QuoteResult", {}),
    (schemas.QuoteSchema, "Quote", {}),
    (schemas.SpeakerRefSchema, "SpeakerRef", {}),
    (schemas.SpeakerSchema, "Speaker", {}),
    (schemas.SpanSchema, "Span", {}),
    (schemas.MetaSchema, "Meta", {}),
    (schemas.BatchItemSchema, "BatchItem", {}),
    (schemas.BatchResultSchema, "BatchResult", {}),
    (schemas.ProblemSchema, "Problem", {}),
    (schemas.HealthSchema, "Health", {}),
]


@pytest.mark.parametrize("schema_cls, name, kwargs", PAIRS, ids=[p[1] for p in PAIRS])
def test_marshmallow_and_spec_agree(schema_cls, name, kwargs):
    ma = schema_cls(**kwargs)
    spec = SPEC["components"]["schemas"][name]
    assert set(ma.fields) == set(spec["properties"])
    required = {n for n, f in ma.fields.items() if f.required}
    assert required == set(spec.get("required", []))
    for n, f in ma.fields.items():
        prop = spec["properties"][n]
        nested = f.inner if isinstance(f, fields.List) else f
        if isinstance(nested, fields.Nested):
            target = prop.get("items", prop) if isinstance(f, fields.List) else prop
            refs = [target.get("$ref")] + [alt.get("$ref") for alt in target.get("oneOf", [])]
            assert "#/components/schemas/" + _spec_name(nested.schema) in refs, (n, refs)
        if isinstance(f, fields.Integer):
            assert prop.get("type") in ("integer", ["integer", "null"])
        if isinstance(f, fields.String) and "enum" not in prop and "$ref" not in prop:
            assert "string" in (prop.get("type") if isinstance(prop.get("type"), list) else [prop.get("type")])


def _spec_name(schema) -> str:
    """QuoteSchema -> Quote; the dump schema of a span is Span, of a problem Problem, and so on."""
    return type(schema).__name__.removesuffix("Schema")


def test_docs_page_renders_the_spec(app):
    page = app.test_client().get("/docs")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and page.mimetype == "text/html"
    for path in SPEC["paths"]:
        assert path in html
    assert "NATO Secretary General Mark Rutte" in html  # the seed example is on the page
    assert "http://" not in html.replace("http://localhost:8000", "") and "https://cdn" not in html
    css = app.test_client().get("/docs/docs.css")
    assert css.status_code == 200 and css.mimetype == "text/css"


def test_dump_schemas_change_nothing(seed_texts):
    """Responses skip the dump schemas in production; they must be the identity on real output."""
    plain = create_app({"DUMP_RESPONSES": False}).test_client()
    dumped = create_app({"DUMP_RESPONSES": True}).test_client()
    for text in seed_texts.values():
        for flag in (False, True):
            payload = {"text": text, "options": {"include_non_quotes": flag}}
            a, b = load_json(plain.post("/v1/quotes", json=payload)), load_json(dumped.post("/v1/quotes", json=payload))
            assert _normalise(a) == _normalise(b)
    docs = {"documents": [{"id": str(i), "text": t} for i, t in enumerate(seed_texts.values())] + [{"id": "x"}]}
    assert _normalise(load_json(plain.post("/v1/quotes/batch", json=docs))) == \
        _normalise(load_json(dumped.post("/v1/quotes/batch", json=docs)))
    assert load_json(plain.get("/v1/health")) == load_json(dumped.get("/v1/health"))


def test_spec_enums_name_every_engine_value():
    """Why: the spec's sieve and reason enums drifted once when the engine gained a sieve."""
    from quoteapi.nlp.kinds import NON_QUOTE_REASONS
    from quoteapi.nlp.sieves import SIEVES

    quote = SPEC["components"]["schemas"]["Quote"]["properties"]
    assert quote["sieve"]["enum"] == [*SIEVES, None]
    assert set(quote["non_quote_reason"]["enum"]) == set(NON_QUOTE_REASONS)
