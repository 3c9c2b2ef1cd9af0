"""Contract fuzzing: schemathesis generates requests from openapi.yaml (valid and invalid) and checks
every response against the spec: no 5xx, documented status codes, media types and bodies, invalid
requests rejected, valid ones accepted. Bounded: QUOTEAPI_FUZZ_EXAMPLES per operation (default 60)."""
import os

import schemathesis
from hypothesis import HealthCheck, settings

from quoteapi.app import create_app

APP = create_app({"LOG_LEVEL": "WARNING"})  # the documented default limits: the spec states them
SCHEMA = schemathesis.openapi.from_wsgi("/openapi.yaml", APP)
EXAMPLES = int(os.environ.get("QUOTEAPI_FUZZ_EXAMPLES", "60"))


@SCHEMA.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_contract(case):
    case.call_and_validate()
