"""The project's exceptions and their rendering as RFC 9457 problem details."""
from __future__ import annotations

from typing import Any

PROBLEM_TYPE_BASE = "https://quoteapi.dev/problems/"
PROBLEM_JSON = "application/problem+json"


class QuoteAPIError(Exception):
    """Root of every error the service reports on purpose."""

    status = 500
    title = "Internal Server Error"
    slug = "internal"

    def __init__(self, detail: str, errors: dict[str, Any] | None = None):
        super().__init__(detail)
        self.detail = detail
        self.errors = errors


class BadRequest(QuoteAPIError):
    status, title, slug = 400, "Bad Request", "malformed-request"


class UnsupportedMediaType(QuoteAPIError):
    status, title, slug = 415, "Unsupported Media Type", "unsupported-media-type"


class PayloadTooLarge(QuoteAPIError):
    status, title, slug = 413, "Payload Too Large", "payload-too-large"


class ValidationFailed(QuoteAPIError):
    status, title, slug = 422, "Unprocessable Content", "validation"


def problem(status: int, title: str, detail: str, slug: str | None = None,
            errors: dict[str, Any] | None = None) -> dict[str, Any]:
    """A problem-details body: ``type``, ``title``, ``status``, ``detail`` and, for validation, ``errors``."""
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + (slug or str(status)),
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    return body
