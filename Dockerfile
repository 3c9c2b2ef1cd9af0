# quoteapi service image: docker build -t quoteapi . && docker run -p 8000:8000 quoteapi
# Runs with a read-only root filesystem too: docker run --read-only --tmpfs /tmp -p 8000:8000 quoteapi
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin quoteapi
WORKDIR /app

# The same install as the README's run command (non-editable inside an image).
COPY pyproject.toml setup.cfg README.md constraints.txt ./
# the page's example articles are links to seeds/
COPY seeds ./seeds
COPY quoteapi ./quoteapi
# The source tree is removed after the install: the server must import the installed package
# (a working directory holding quoteapi/ would shadow it on sys.path).
RUN pip install -c constraints.txt . && cd / && rm -rf /app

WORKDIR /home/quoteapi
USER quoteapi
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/v1/health', timeout=2).status != 200)"

# What `quoteapi serve` runs: gunicorn with the repository's configuration.
CMD ["python", "-m", "gunicorn", "-c", "python:quoteapi.gunicorn_conf", "quoteapi.app:create_app()"]
