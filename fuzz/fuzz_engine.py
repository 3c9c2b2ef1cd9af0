"""Coverage-guided fuzzing (atheris) of the engine and of request parsing.

    pip install atheris
    python fuzz/fuzz_engine.py -atheris_runs=1000000            # the engine
    python fuzz/fuzz_engine.py -atheris_runs=200000 --target=http  # request parsing, through the app

Each input is checked the way the property tests check: no exception, every span slices the text
to its stated text, every quoted speaker is listed, the output is JSON and stable. Over HTTP:
no 5xx, every response is JSON (problem+json for errors). A crash leaves its input in the working
directory (crash-*); turn it into a regression test in tests/test_regressions.py.
"""
import json
import sys

import atheris

TARGET = "engine"
for arg in list(sys.argv):
    if arg.startswith("--target="):
        TARGET = arg.split("=", 1)[1]
        sys.argv.remove(arg)

# Instrument only what the target exercises: coverage feedback from Flask internals would slow
# the engine target several times over.
with atheris.instrument_imports(include=["quoteapi"]):
    import quoteapi
    if TARGET == "http":
        from quoteapi.app import create_app

CLIENT = create_app({"LOG_LEVEL": "CRITICAL", "MAX_BODY_BYTES": 64 * 1024}).test_client() if TARGET == "http" else None
CONTENT_TYPES = ["application/json", "text/plain; charset=utf-8", "text/plain", "application/json; charset=latin-1",
                 "application/xml", "", "multipart/form-data; boundary=x"]
PATHS = ["/v1/quotes", "/v1/quotes/batch", "/v1/quotes?include_non_quotes=true", "/v1/health", "/docs", "/nowhere"]


def check_engine(text: str) -> None:
    result = quoteapi.extract(text, include_non_quotes=True)
    ids = {s["id"] for s in result["speakers"]}
    for q in result["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"], q
        assert 0.0 <= q["confidence"] <= 1.0
        if q["speaker"] is not None:
            assert q["speaker"]["id"] in ids
            m = q["speaker"]["mention"]
            assert text[m["start"]:m["end"]] == m["text"]
        if q["cue"] is not None:
            assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
    assert json.loads(json.dumps(result)) == result
    assert quoteapi.extract(text, include_non_quotes=True) == result


def check_http(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    path = PATHS[fdp.ConsumeIntInRange(0, len(PATHS) - 1)]
    ctype = CONTENT_TYPES[fdp.ConsumeIntInRange(0, len(CONTENT_TYPES) - 1)]
    method = "POST" if fdp.ConsumeBool() else "GET"
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    headers = {"Content-Type": ctype} if ctype else {}
    resp = CLIENT.open(path, method=method, data=body, headers=headers)
    assert resp.status_code < 500, (resp.status_code, resp.get_data()[:200])
    if resp.status_code >= 400:
        assert resp.mimetype == "application/problem+json", resp.mimetype
        problem = json.loads(resp.get_data())
        assert problem["status"] == resp.status_code


def test_one_input(data: bytes) -> None:
    if TARGET == "http":
        check_http(data)
        return
    fdp = atheris.FuzzedDataProvider(data)
    check_engine(fdp.ConsumeUnicodeNoSurrogates(len(data)))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
