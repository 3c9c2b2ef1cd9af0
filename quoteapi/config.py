"""Every setting of the service, with its default; each may be overridden by a ``QUOTEAPI_*``
environment variable of the same name (``MAX_TEXT_CHARS`` -> ``QUOTEAPI_MAX_TEXT_CHARS``)."""
from __future__ import annotations

import os
from typing import Any, Mapping

DEFAULTS: dict[str, Any] = {
    # largest request body accepted, in bytes; larger bodies get 413 before they are read
    "MAX_BODY_BYTES": 2 * 1024 * 1024,
    # largest text of one document, in characters (422 above it)
    "MAX_TEXT_CHARS": 200_000,
    # most documents in one batch request (422 above it)
    "MAX_BATCH_DOCUMENTS": 100,
    # origins allowed to call the API from a browser; empty means CORS is off
    "CORS_ORIGINS": (),
    # log level of the service's own logger (one JSON line per request)
    "LOG_LEVEL": "INFO",
    # pass every response through its marshmallow dump schema (tests: on; production: off, as the
    # engine's output already has the documented shape and the dump costs ~10% of a request)
    "DUMP_RESPONSES": False,
}

_ENV_PREFIX = "QUOTEAPI_"


def _coerce(key: str, raw: str) -> Any:
    default = DEFAULTS[key]
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, tuple):
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    return raw


def load(overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Defaults, then ``QUOTEAPI_*`` environment variables, then ``overrides`` (for tests)."""
    environ = os.environ if environ is None else environ
    config = dict(DEFAULTS)
    for key in DEFAULTS:
        raw = environ.get(_ENV_PREFIX + key)
        if raw is not None:
            try:
                config[key] = _coerce(key, raw)
            except ValueError as exc:
                raise ValueError(f"{_ENV_PREFIX}{key}={raw!r}: {exc}") from None
    for key, value in (overrides or {}).items():
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}; settings are {sorted(DEFAULTS)}")
        config[key] = value
    return config
