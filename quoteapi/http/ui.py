"""The journalists' page: ``GET /`` and its assets, all shipped in the package (no CDN, no build)."""
from __future__ import annotations

from importlib import resources

from flask import Blueprint, Response, abort

bp = Blueprint("ui", __name__)

_STATIC = resources.files("quoteapi.http").joinpath("static/ui")
_TYPES = {"app.js": "text/javascript", "app.css": "text/css"}
_EXAMPLES = ("nato_confirms.txt", "nato_desperation.txt")
# The page runs its own script and calls only this service.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@bp.get("/")
def page():
    resp = Response(_STATIC.joinpath("index.html").read_text(encoding="utf-8"), mimetype="text/html")
    resp.headers["Content-Security-Policy"] = PAGE_CSP
    return resp


@bp.get("/ui/<name>")
def asset(name: str):
    if name not in _TYPES:
        abort(404)
    return Response(_STATIC.joinpath(name).read_text(encoding="utf-8"), mimetype=_TYPES[name])


@bp.get("/ui/examples/<name>")
def example(name: str):
    if name not in _EXAMPLES:
        abort(404)
    return Response(_STATIC.joinpath("examples", name).read_text(encoding="utf-8"),
                    mimetype="text/plain")
