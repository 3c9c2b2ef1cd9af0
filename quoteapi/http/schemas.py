"""marshmallow schemas: load schemas (``unknown=RAISE``) for requests, dump schemas for responses.

The OpenAPI contract in ``openapi.yaml`` describes the same shapes; tests keep the two in step.
"""
from __future__ import annotations

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates


# -- requests ----------------------------------------------------------------------------------

class StrictBoolean(fields.Boolean):
    """JSON true or false only (marshmallow's Boolean also takes 0, 1, "yes", ...)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class OptionsSchema(Schema):
    class Meta:
        unknown = RAISE

    include_non_quotes = StrictBoolean(load_default=False)


class _TextMixin:
    def __init__(self, *args, max_chars: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_chars = max_chars

    @validates("text")
    def _text(self, value: str, data_key: str) -> None:
        if not value.strip():
            raise ValidationError("must not be empty")
        if len(value) > self.max_chars:
            raise ValidationError(f"must be at most {self.max_chars} characters (got {len(value)})")


class QuoteRequestSchema(_TextMixin, Schema):
    """``POST /v1/quotes`` with ``application/json``."""

    class Meta:
        unknown = RAISE

    text = fields.String(required=True)
    options = fields.Nested(OptionsSchema, load_default=lambda: {"include_non_quotes": False})


class DocumentSchema(_TextMixin, Schema):
    """One document of a batch; validated on its own so that a bad one fails alone."""

    class Meta:
        unknown = RAISE

    id = fields.String(required=True, validate=validate.Length(min=1, max=200))
    text = fields.String(required=True)


class BatchRequestSchema(Schema):
    """``POST /v1/quotes/batch``: the envelope; documents are checked one by one."""

    class Meta:
        unknown = RAISE

    def __init__(self, *args, max_documents: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_documents = max_documents

    @validates("documents")
    def _documents(self, value: list, data_key: str) -> None:
        if not 1 <= len(value) <= self.max_documents:
            raise ValidationError(f"must hold between 1 and {self.max_documents} documents (got {len(value)})")

    documents = fields.List(fields.Raw(allow_none=True), required=True)
    options = fields.Nested(OptionsSchema, load_default=lambda: {"include_non_quotes": False})


# -- responses ---------------------------------------------------------------------------------

class SpanSchema(Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class SpeakerRefSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    mention = fields.Nested(SpanSchema, required=True)
    resolution = fields.String(required=True)


class QuoteSchema(Schema):
    id = fields.String(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    type = fields.String(required=True)
    speaker = fields.Nested(SpeakerRefSchema, allow_none=True, required=True)
    cue = fields.Nested(SpanSchema, allow_none=True, required=True)
    sieve = fields.String(allow_none=True, required=True)
    confidence = fields.Float(required=True)
    non_quote_reason = fields.String()


class SpeakerSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True)
    titles = fields.List(fields.String(), required=True)
    mentions = fields.List(fields.Nested(SpanSchema), required=True)
    quote_count = fields.Integer(required=True)


class MetaSchema(Schema):
    characters = fields.Integer(required=True)
    elapsed_ms = fields.Float(required=True)
    version = fields.String(required=True)


class QuoteResultSchema(Schema):
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class ProblemSchema(Schema):
    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.Dict()


class BatchItemSchema(Schema):
    """One batch result: the document's quotes, or its own problem."""

    id = fields.Raw(required=True, allow_none=True)
    quotes = fields.List(fields.Nested(QuoteSchema))
    speakers = fields.List(fields.Nested(SpeakerSchema))
    meta = fields.Nested(MetaSchema)
    error = fields.Nested(ProblemSchema)


class BatchResultSchema(Schema):
    results = fields.List(fields.Nested(BatchItemSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class HealthSchema(Schema):
    status = fields.String(required=True)
    version = fields.String(required=True)
