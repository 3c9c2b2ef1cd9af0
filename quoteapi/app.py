"""The Flask application factory: ``create_app(config=None)``.

Errors of every kind leave as ``application/problem+json``; each request logs one JSON line.
"""
from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from typing import Any, Mapping

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from . import config as settings
from .errors import PROBLEM_JSON, PayloadTooLarge, QuoteAPIError, problem
from .http import docs, routes, ui
from .http.jsonio import OrjsonProvider
from .nlp.extract import extract

ACCESS_LOG = "quoteapi.access"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = getattr(record, "entry", None) or {"message": record.getMessage()}
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname, **entry}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def _logger(level: str) -> logging.Logger:
    log = logging.getLogger(ACCESS_LOG)
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_JsonFormatter())
        log.addHandler(handler)
        log.propagate = False
    log.setLevel(level.upper())
    return log


def _problem_response(body: dict[str, Any], headers: Mapping[str, str] | None = None) -> Response:
    resp = Response(json.dumps(body, ensure_ascii=False), status=body["status"], mimetype=PROBLEM_JSON)
    for key, value in (headers or {}).items():
        resp.headers[key] = value
    return resp


class _QuoteAPIFlask(Flask):
    json_provider_class = OrjsonProvider


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the service. ``config`` overrides settings from :mod:`quoteapi.config` (for tests)."""
    cfg = settings.load(config)
    app = _QuoteAPIFlask(__name__)
    app.config["QUOTEAPI"] = cfg
    log = _logger(cfg["LOG_LEVEL"])
    origins = set(cfg["CORS_ORIGINS"])

    app.register_blueprint(routes.bp)
    app.register_blueprint(docs.bp)
    app.register_blueprint(ui.bp)
    extract('"Warm," he said.')  # load lexicons and the sentence splitter now, not on the first request

    @app.before_request
    def _start() -> Response | None:
        g.t0 = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        # refuse an oversized body from its declared length, before reading any of it
        if request.content_length is not None and request.content_length > cfg["MAX_BODY_BYTES"]:
            raise PayloadTooLarge(f"the body is {request.content_length} bytes; the limit is {cfg['MAX_BODY_BYTES']}")
        if request.method == "OPTIONS" and origins and request.headers.get("Origin"):
            return Response(status=204)
        return None

    @app.after_request
    def _finish(resp: Response) -> Response:
        resp.headers["X-Request-ID"] = g.get("request_id", "")
        resp.headers["X-Content-Type-Options"] = "nosniff"
        if resp.mimetype == "text/html" and "Content-Security-Policy" not in resp.headers:
            resp.headers["Content-Security-Policy"] = _CSP
        origin = request.headers.get("Origin")
        if origins and origin and ("*" in origins or origin in origins):
            resp.headers["Access-Control-Allow-Origin"] = "*" if "*" in origins else origin
            resp.headers["Vary"] = "Origin"
            if request.method == "OPTIONS":
                resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
                resp.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Request-ID"
                resp.headers["Access-Control-Max-Age"] = "600"
            resp.headers["Access-Control-Expose-Headers"] = "X-Request-ID, Server-Timing"
        duration = (time.perf_counter() - g.get("t0", time.perf_counter())) * 1000
        # Server-Timing: the whole request in the app, and the engine's share of it
        timing = f"app;dur={duration:.3f}"
        if "engine_ms" in g:
            timing = f"engine;dur={g.engine_ms:.3f}, " + timing
        resp.headers["Server-Timing"] = timing
        log.info("request", extra={"entry": {
            "request_id": g.get("request_id"), "method": request.method, "path": request.path,
            "status": resp.status_code, "duration_ms": round(duration, 3)}})
        return resp

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        detail = exc.description or exc.name
        if status == 413:
            detail = f"the body is larger than the limit of {cfg['MAX_BODY_BYTES']} bytes"
        headers = {k: v for k, v in exc.get_headers() if k.lower() == "allow"}
        return _problem_response(problem(status, exc.name, detail), headers)

    @app.errorhandler(QuoteAPIError)
    def _own_error(exc: QuoteAPIError) -> Response:
        return _problem_response(problem(exc.status, exc.title, exc.detail, exc.slug, exc.errors))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        log.error("unhandled error", exc_info=exc,
                  extra={"entry": {"request_id": g.get("request_id"), "path": request.path}})
        return _problem_response(problem(500, "Internal Server Error",
                                         "the server failed to process the request; it has been logged"))

    return app
