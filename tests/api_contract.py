"""Helpers that check HTTP responses against openapi.yaml (JSON Schema 2020-12 inside OpenAPI 3.1)."""
import json
import pathlib

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from quoteapi.http.docs import resolve_ref

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
_URI = "urn:quoteapi:openapi"
_REGISTRY = Registry().with_resource(_URI, Resource.opaque(SPEC))


def response_schema(path: str, method: str, status: int, mimetype: str) -> dict:
    op = SPEC["paths"][path][method.lower()]
    resp = op["responses"].get(str(status))
    assert resp is not None, f"{method} {path} has no {status} response in openapi.yaml"
    content = resolve_ref(SPEC, resp)["content"]
    assert mimetype in content, f"{method} {path} {status}: {mimetype} not in {list(content)}"
    return content[mimetype]["schema"]


def check(path: str, method: str, status: int, mimetype: str, body) -> None:
    """Assert that ``body`` (parsed JSON, or text) is what the contract promises."""
    schema = response_schema(path, method, status, mimetype)
    validator = Draft202012Validator({"$ref": _URI + "#" + schema["$ref"][1:]} if "$ref" in schema else schema,
                                     registry=_REGISTRY)
    validator.validate(body)


def schema_validator(name: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": f"{_URI}#/components/schemas/{name}"}, registry=_REGISTRY)


def load_json(response) -> object:
    return json.loads(response.get_data(as_text=True))
