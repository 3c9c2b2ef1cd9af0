"""The v1 API: thin handlers that parse, validate, call the engine and dump the result."""
from __future__ import annotations

import json
import time
from typing import Any

from flask import Blueprint, current_app, g, jsonify, request
from marshmallow import ValidationError

from .. import __version__
from ..errors import BadRequest, PayloadTooLarge, UnsupportedMediaType, ValidationFailed, problem
from ..nlp.extract import extract
from . import schemas

bp = Blueprint("v1", __name__, url_prefix="/v1")

_QUOTE_RESULT = schemas.QuoteResultSchema()
_BATCH_RESULT = schemas.BatchResultSchema()
_HEALTH = schemas.HealthSchema()


def _body_text() -> str:
    """The request body as text: UTF-8 only (400 otherwise)."""
    charset = (request.mimetype_params.get("charset") or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"charset {charset!r} is not supported; send UTF-8")
    limit = current_app.config["QUOTEAPI"]["MAX_BODY_BYTES"]
    # A declared length over the limit was refused before reading; a chunked body is read only
    # up to one byte past the limit.
    data = request.stream.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(f"the body is larger than the limit of {limit} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the body is not valid UTF-8 (byte {exc.start})") from None


def _json_body() -> Any:
    if request.mimetype != "application/json":
        raise UnsupportedMediaType(
            f"send application/json{' or text/plain' if request.endpoint == 'v1.quotes' else ''}, "
            f"not {request.mimetype or 'a body without Content-Type'}")
    raw = _body_text()
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"the body is not valid JSON: {str(exc)[:200]}") from None


def _load(schema, data: Any) -> dict:
    try:
        return schema.load(data)
    except ValidationError as exc:
        raise ValidationFailed("the request does not match the schema; see errors", _errors(exc.messages)) from None


def _errors(messages: Any) -> dict:
    return messages if isinstance(messages, dict) else {"_schema": messages}


def _query_flag() -> bool | None:
    """``?include_non_quotes=true|false`` (also 1/0); None when absent; 422 otherwise."""
    values = request.args.getlist("include_non_quotes")
    if not values:
        return None
    if len(values) > 1 or values[0].lower() not in ("true", "false", "1", "0"):
        raise ValidationFailed("include_non_quotes must be given once, as true or false",
                               {"include_non_quotes": ["Not a valid boolean."]})
    return values[0].lower() in ("true", "1")


def _run(text: str, include_non_quotes: bool) -> dict:
    t0 = time.perf_counter()
    result = extract(text, include_non_quotes=include_non_quotes)
    elapsed = (time.perf_counter() - t0) * 1000
    g.engine_ms = g.get("engine_ms", 0.0) + elapsed
    result["meta"] = {"characters": len(text), "elapsed_ms": round(elapsed, 3), "version": __version__}
    return result


@bp.post("/quotes")
def quotes():
    config = current_app.config["QUOTEAPI"]
    schema = schemas.QuoteRequestSchema(max_chars=config["MAX_TEXT_CHARS"])
    flag = _query_flag()
    if request.mimetype == "text/plain":
        data = {"text": _body_text(), "options": {"include_non_quotes": bool(flag)}}
    else:
        data = _json_body()
        if flag is not None and isinstance(data, dict) and "options" not in data:
            data = {**data, "options": {"include_non_quotes": flag}}  # the body's options win
    doc = _load(schema, data)
    return _respond(_QUOTE_RESULT, _run(doc["text"], doc["options"]["include_non_quotes"]))


@bp.post("/quotes/batch")
def batch():
    config = current_app.config["QUOTEAPI"]
    envelope = _load(schemas.BatchRequestSchema(max_documents=config["MAX_BATCH_DOCUMENTS"]), _json_body())
    flag = envelope["options"]["include_non_quotes"]
    doc_schema = schemas.DocumentSchema(max_chars=config["MAX_TEXT_CHARS"])
    t0 = time.perf_counter()
    results = []
    for raw in envelope["documents"]:
        doc_id = raw.get("id") if isinstance(raw, dict) else None
        try:
            doc = doc_schema.load(raw)
        except ValidationError as exc:
            results.append({"id": doc_id if isinstance(doc_id, (str, int)) else None,
                            "error": problem(422, ValidationFailed.title, "this document is invalid; see errors",
                                             ValidationFailed.slug, _errors(exc.messages))})
            continue
        results.append({"id": doc["id"], **_run(doc["text"], flag)})
    meta = {"characters": sum(r["meta"]["characters"] for r in results if "meta" in r),
            "elapsed_ms": round((time.perf_counter() - t0) * 1000, 3), "version": __version__}
    return _respond(_BATCH_RESULT, {"results": results, "meta": meta})


@bp.get("/health")
def health():
    return _respond(_HEALTH, {"status": "ok", "version": __version__})


def _respond(schema, body: dict):
    """JSON response. The engine already builds the documented shape, so the dump schema runs only
    when DUMP_RESPONSES is on (the tests turn it on and check that it changes nothing); it would
    otherwise cost a tenth of a request."""
    if current_app.config["QUOTEAPI"]["DUMP_RESPONSES"]:
        body = schema.dump(body)
    return jsonify(body)
