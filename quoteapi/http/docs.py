"""The contract, served: ``GET /openapi.yaml`` and a human-readable ``GET /docs`` rendered from it.

Everything the page needs is served by the app itself (no CDN, no scripts).
"""
from __future__ import annotations

import functools
import html
import json
from importlib import resources

import yaml
from flask import Blueprint, Response

bp = Blueprint("docs", __name__)

_METHODS = ("get", "post", "put", "patch", "delete")


@functools.lru_cache(maxsize=1)
def spec_text() -> str:
    return resources.files("quoteapi.http").joinpath("openapi.yaml").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def spec() -> dict:
    return yaml.safe_load(spec_text())


@bp.get("/openapi.yaml")
def openapi_yaml():
    return Response(spec_text(), mimetype="application/yaml")


@bp.get("/docs/docs.css")
def docs_css():
    css = resources.files("quoteapi.http").joinpath("static/docs.css").read_text(encoding="utf-8")
    return Response(css, mimetype="text/css")


@functools.lru_cache(maxsize=1)
def _page() -> str:
    return render(spec())


@bp.get("/docs")
def docs_page():
    return Response(_page(), mimetype="text/html")


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _example_blocks(content: dict) -> str:
    out = []
    for media, body in (content or {}).items():
        examples = body.get("examples") or ({"example": {"value": body["example"]}} if "example" in body else {})
        for name, ex in examples.items():
            value = ex.get("value")
            shown = value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)
            out.append(f"<figure><figcaption>{_e(media)} — {_e(ex.get('summary', name))}</figcaption>"
                       f"<pre><code>{_e(shown)}</code></pre></figure>")
    return "".join(out)


def render(doc: dict) -> str:
    info = doc.get("info", {})
    parts = [f"<h1>{_e(info.get('title', 'API'))} <small>{_e(info.get('version', ''))}</small></h1>",
             f"<p>{_e(info.get('description', ''))}</p>",
             '<p>Machine-readable contract: <a href="/openapi.yaml">/openapi.yaml</a></p>',
             "<nav><h2>Operations</h2><ul>"]
    ops = []
    for path, item in doc.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                ops.append((path, method, item[method]))
                anchor = f"{method}-{path}".replace("/", "-")
                parts.append(f'<li><a href="#{_e(anchor)}"><code>{method.upper()} {_e(path)}</code></a> '
                             f"{_e(item[method].get('summary', ''))}</li>")
    parts.append("</ul></nav>")
    for path, method, op in ops:
        anchor = f"{method}-{path}".replace("/", "-")
        parts.append(f'<section id="{_e(anchor)}"><h2><code>{method.upper()} {_e(path)}</code></h2>'
                     f"<p><strong>{_e(op.get('summary', ''))}</strong></p><p>{_e(op.get('description', ''))}</p>")
        params = op.get("parameters") or []
        if params:
            parts.append("<h3>Parameters</h3><ul>")
            for prm in params:
                parts.append(f"<li><code>{_e(prm.get('name'))}</code> ({_e(prm.get('in'))}) "
                             f"{_e(prm.get('description', ''))}</li>")
            parts.append("</ul>")
        body = op.get("requestBody")
        if body:
            media = ", ".join(body.get("content", {}))
            parts.append(f"<h3>Request</h3><p>{_e(body.get('description', ''))} Media types: {_e(media)}</p>"
                         + _example_blocks(body.get("content")))
        parts.append("<h3>Responses</h3><dl>")
        for status, resp in op.get("responses", {}).items():
            resp = resolve_ref(doc, resp)
            parts.append(f"<dt>{_e(status)}</dt><dd>{_e(resp.get('description', ''))}"
                         f"{_example_blocks(resp.get('content'))}</dd>")
        parts.append("</dl></section>")
    parts.append("<section><h2>Schemas</h2>")
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        parts.append(f"<h3 id=\"schema-{_e(name)}\">{_e(name)}</h3><p>{_e(schema.get('description', ''))}</p>"
                     f"<pre><code>{_e(json.dumps(schema, indent=2, ensure_ascii=False))}</code></pre>")
    parts.append("</section>")
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{_e(info.get('title', 'API'))} documentation</title>"
            "<link rel=\"stylesheet\" href=\"/docs/docs.css\"></head><body><main>"
            + "".join(parts) + "</main></body></html>")


def resolve_ref(doc: dict, obj: dict) -> dict:
    """``obj`` itself, or the part of ``doc`` its local ``$ref`` points to."""
    ref = obj.get("$ref") if isinstance(obj, dict) else None
    if not ref:
        return obj
    node = doc
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node
