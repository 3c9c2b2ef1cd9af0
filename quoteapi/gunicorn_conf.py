"""gunicorn settings for the service: ``gunicorn -c python:quoteapi.gunicorn_conf 'quoteapi.app:create_app()'``.

Every value can be set from the environment (QUOTEAPI_BIND, QUOTEAPI_WORKERS, QUOTEAPI_TIMEOUT,
QUOTEAPI_GRACEFUL_TIMEOUT, QUOTEAPI_KEEPALIVE, QUOTEAPI_MAX_REQUESTS, QUOTEAPI_LOG_LEVEL).
"""
import os

bind = os.environ.get("QUOTEAPI_BIND", "0.0.0.0:8000")
# The engine is CPU-bound and single-threaded: one sync worker per core.
workers = int(os.environ.get("QUOTEAPI_WORKERS") or os.cpu_count() or 1)
worker_class = "sync"
# A request (reading the body included) that takes longer than this kills and replaces its worker;
# this is what stops a slow client from holding a worker forever.
timeout = int(os.environ.get("QUOTEAPI_TIMEOUT", "30"))
# On SIGTERM, workers finish the requests they hold for up to this long.
graceful_timeout = int(os.environ.get("QUOTEAPI_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("QUOTEAPI_KEEPALIVE", "5"))
# Recycle workers now and then so that memory stays flat over very long runs.
max_requests = int(os.environ.get("QUOTEAPI_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# Load the app (and its lexicons) once in the master; workers fork with everything warm.
preload_app = True
# The app logs one JSON line per request itself; gunicorn's own log goes to stderr.
accesslog = None
# No runtime control socket (gunicornc): nothing here uses it, and it needs a writable home
# directory, which a read-only container does not have.
control_socket_disable = True
errorlog = "-"
loglevel = os.environ.get("QUOTEAPI_LOG_LEVEL", "info").lower()
